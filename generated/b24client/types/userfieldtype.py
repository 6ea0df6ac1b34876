"""TypedDicts of ``b24client.types.userfieldtype``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Userfieldtype",
]


class Userfieldtype(TypedDict, total=False):
    """Userfieldtype, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-list.html
    """

    USER_TYPE_ID: str
    HANDLER: str
    TITLE: str
    DESCRIPTION: str
