"""TypedDicts of ``b24client.types.userconsent``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "UserconsentAgreement",
    "UserconsentAgreementTextReplace",
    "UserconsentAgreementTextResult",
]


class UserconsentAgreement(TypedDict, total=False):
    """Userconsent agreement, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-list.html
    """

    ID: str
    NAME: str
    ACTIVE: str
    LANGUAGE_ID: str | None


class UserconsentAgreementTextReplace(TypedDict, total=False):
    """Keys of the ``replace`` parameter of ``userconsent.agreement.text``."""

    COMPANY_NAME: str
    COMPANY_ADDRESS: str
    PURPOSES: str
    THIRD_PARTIES: str
    EMAIL: str
    button_caption: str
    fields: dict[str, Any]


class UserconsentAgreementTextResult(TypedDict, total=False):
    """Keys of the result of ``userconsent.agreement.text``."""

    LABEL: str
    TEXT: str
