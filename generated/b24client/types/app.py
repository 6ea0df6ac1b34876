"""TypedDicts of ``b24client.types.app``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "AppInfoResult",
    "AppOption",
]


class AppInfoResult(TypedDict, total=False):
    """Keys of the result of ``app.info``."""

    ID: int
    CODE: str
    VERSION: int
    STATUS: str
    INSTALLED: bool
    PAYMENT_EXPIRED: str
    DAYS: Any
    LANGUAGE_ID: str
    LICENSE: str
    LICENSE_TYPE: str
    LICENSE_FAMILY: str


class AppOption(TypedDict, total=False):
    """App option, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-get.html
    """

    data: str
    data2: str
