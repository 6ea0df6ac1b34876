"""TypedDicts of ``b24client.types.profile``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "ProfileResult",
]


class ProfileResult(TypedDict, total=False):
    """Keys of the result of ``profile``."""

    ID: str
    """ID of the current user."""
    ADMIN: bool
    """true when the user may manage app settings, as user.admin reports."""
    NAME: str
    """First name."""
    LAST_NAME: str
    """Last name."""
    PERSONAL_GENDER: str
    """\"M" male, "F" female, or an empty string when not set."""
    TIME_ZONE: str
    """User's time zone, such as "Europe/Berlin"; empty when not set."""
    PERSONAL_PHOTO: str
    """URL of the user's photo; present only when a photo is uploaded."""
