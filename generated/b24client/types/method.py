"""TypedDicts of ``b24client.types.method``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Method",
]


class Method(TypedDict, total=False):
    """Whether a REST method exists and may be called.

    Docs: https://apidocs.bitrix24.com/api-reference/common/system/method-get.html
    """

    isExisting: bool
    """true when the method exists on the portal."""
    isAvailable: bool
    """true when the application may call it."""
