"""TypedDicts of ``b24client.types.method``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Method",
]


class Method(TypedDict, total=False):
    """Method, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/common/system/method-get.html
    """

    isExisting: bool
    isAvailable: bool
