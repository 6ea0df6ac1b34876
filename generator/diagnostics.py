"""Spec errors: where (file, key path), what is wrong, what was expected."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SpecError"]


@dataclass(frozen=True, order=True)
class SpecError:
    """One problem in spec/, printed as
    ``spec/<file>: <key path>: <what is wrong> (expected <what>)``."""

    file: str
    """Relative to spec/, posix: ``crm/crm.deal.add.yaml``."""
    path: str
    """Key path inside the file (``params[1].type``) or ``line N, column M``."""
    what: str
    expected: str

    def __str__(self) -> str:
        return f"spec/{self.file}: {self.path}: {self.what} (expected {self.expected})"
