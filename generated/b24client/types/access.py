"""TypedDicts of ``b24client.types.access``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "AccessNameResult",
    "AccessNameResultAu",
    "AccessNameResultG2",
]


class AccessNameResultG2(TypedDict, total=False):
    """Keys of ``result.G2`` in ``access.name``."""

    provider: str
    """Name of the code's provider; empty for G and AU codes."""
    name: str
    """Readable name of the access code in the portal language."""
    provider_id: str
    """ID of the code's provider, such as "other"."""


class AccessNameResultAu(TypedDict, total=False):
    """Keys of ``result.AU`` in ``access.name``."""

    provider: str
    """Name of the code's provider; empty for AU."""
    name: str
    """Readable name, such as "All authorized users"."""
    provider_id: str
    """ID of the code's provider, such as "other"."""


class AccessNameResult(TypedDict, total=False):
    """Keys of the result of ``access.name``."""

    G2: AccessNameResultG2
    """Description of the access code G2 (the result is keyed by each requested code)."""
    AU: AccessNameResultAu
    """Description of the access code AU, all authorized users."""
