"""TypedDicts of ``b24client.types.feature``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Feature",
]


class Feature(TypedDict, total=False):
    """Availability of an optional REST capability.

    Docs: https://apidocs.bitrix24.com/api-reference/common/system/feature-get.html
    """

    value: str
    """\"Y" when the capability is available, "N" otherwise."""
