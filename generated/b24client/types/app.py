"""TypedDicts of ``b24client.types.app``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "AppInfoResult",
    "AppOption",
]


class AppInfoResult(TypedDict, total=False):
    """Keys of the result of ``app.info``."""

    ID: int
    """Local ID of the application on this portal."""
    CODE: str
    """Application code."""
    VERSION: int
    """Installed version of the application."""
    STATUS: str
    """Licensing status: "F" free, "D" demo, "T" trial, "P" paid, "L" local, "S" subscription."""
    INSTALLED: bool
    """false while installation is not finished; the app is then visible only to admins and must call BX24.installFinish."""
    PAYMENT_EXPIRED: str
    """\"Y" when the paid or trial period has ended."""
    DAYS: Any
    """Days left in the paid or trial period."""
    LANGUAGE_ID: str
    """Base language of the portal, such as "ru"."""
    LICENSE: str
    """Portal plan with a region prefix, such as "ru_pro100"."""
    LICENSE_TYPE: str
    """Portal plan without the region prefix, such as "ent10000"."""
    LICENSE_FAMILY: str
    """Plan family, such as "ent"."""


class AppOption(TypedDict, total=False):
    """Values an application stored with app.option.set.

    Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-get.html
    """

    data: str
    """Example stored value named "data"; the real keys are the option names the app saved."""
    data2: str
    """Example stored value named "data2"."""
