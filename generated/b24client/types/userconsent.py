"""TypedDicts of ``b24client.types.userconsent``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "UserconsentAgreementTextReplace",
]


class UserconsentAgreementTextReplace(TypedDict, total=False):
    """Keys of the ``replace`` parameter of ``userconsent.agreement.text``."""

    COMPANY_NAME: str
    COMPANY_ADDRESS: str
    PURPOSES: str
    THIRD_PARTIES: str
    EMAIL: str
    button_caption: str
    fields: dict[str, Any]
