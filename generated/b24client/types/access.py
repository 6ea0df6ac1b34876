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
    name: str
    provider_id: str


class AccessNameResultAu(TypedDict, total=False):
    """Keys of ``result.AU`` in ``access.name``."""

    provider: str
    name: str
    provider_id: str


class AccessNameResult(TypedDict, total=False):
    """Keys of the result of ``access.name``."""

    G2: AccessNameResultG2
    AU: AccessNameResultAu
