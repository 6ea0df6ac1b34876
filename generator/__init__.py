"""b24client's code generator: ``python -m generator`` turns spec/ into generated/.

Pipeline (one job per module): loader -> validate (+ naming) -> model ->
render (Jinja templates, pytypes) -> emit (formatting: black).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["REPO_ROOT"]

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The repository root, found from this package's location."""
