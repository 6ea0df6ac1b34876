# Source: generator/runtime/testing/_outcome.py (hand-written; copied into the package by make generate).
"""What a method returns to the portal: its result, paging, and maybe its JSON.

A module of its own so that :mod:`._batch`, which :mod:`._portal` imports,
can build one too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Outcome"]


@dataclass(slots=True)
class Outcome:
    """A method's result, with ``total``/``next`` for list methods."""

    result: Any
    total: int | None = None
    next: int | None = None
    encoded: Callable[[], str] | None = None
    """Optional: returns ``result`` as JSON text (a cache of stored rows), so
    answers are mostly joined from ready-made text rather than encoded."""
