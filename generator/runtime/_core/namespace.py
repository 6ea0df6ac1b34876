# Source: generator/runtime/_core/namespace.py (hand-written; copied into the package by make generate).
"""The base of every generated namespace (``client.crm``, ``client.crm.deal``…)."""

from __future__ import annotations

from typing import Any

__all__ = ["Namespace"]


class Namespace:
    """A node of the method tree; it forwards calls to its backend.

    The backend is the client (sync or async) or a batch being built; the
    generated subclasses only add typed methods and child properties.
    """

    __slots__ = ("_backend",)

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
