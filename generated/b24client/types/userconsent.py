"""TypedDicts of ``b24client.types.userconsent``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "UserconsentAgreement",
    "UserconsentAgreementTextReplace",
    "UserconsentAgreementTextResult",
]


class UserconsentAgreement(TypedDict, total=False):
    """A consent agreement.

    Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-list.html
    """

    ID: str
    """ID of the agreement."""
    NAME: str
    """Agreement name."""
    ACTIVE: str
    """\"Y" active, "N" inactive."""
    LANGUAGE_ID: str | None
    """Language of the agreement."""


class UserconsentAgreementTextReplace(TypedDict, total=False):
    """Keys of the ``replace`` parameter of ``userconsent.agreement.text``."""

    COMPANY_NAME: str
    """Company name."""
    COMPANY_ADDRESS: str
    """Company address."""
    PURPOSES: str
    """Purpose of the data processing."""
    THIRD_PARTIES: str
    """Third parties the data is passed to."""
    EMAIL: str
    """Contact e-mail address."""
    button_caption: str
    """Caption of the confirmation button."""
    fields: dict[str, Any]
    """Form fields the consent covers."""


class UserconsentAgreementTextResult(TypedDict, total=False):
    """Keys of the result of ``userconsent.agreement.text``."""

    LABEL: str
    """Agreement heading."""
    TEXT: str
    """Agreement text."""
