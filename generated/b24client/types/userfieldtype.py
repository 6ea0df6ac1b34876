"""TypedDicts of ``b24client.types.userfieldtype``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Userfieldtype",
]


class Userfieldtype(TypedDict, total=False):
    """A custom field type registered by the application.

    Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-list.html
    """

    USER_TYPE_ID: str
    """Type code."""
    HANDLER: str
    """URL of the type handler."""
    TITLE: str
    """Type name."""
    DESCRIPTION: str
    """Type description."""
