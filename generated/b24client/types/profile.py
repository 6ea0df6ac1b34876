"""TypedDicts of ``b24client.types.profile``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "ProfileResult",
]


class ProfileResult(TypedDict, total=False):
    """Keys of the result of ``profile``."""

    ID: str
    ADMIN: bool
    NAME: str
    LAST_NAME: str
    PERSONAL_GENDER: str
    TIME_ZONE: str
    PERSONAL_PHOTO: str
