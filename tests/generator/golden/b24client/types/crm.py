"""TypedDicts of ``b24client.types.crm``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "CrmDeal",
    "CrmDealAddParams",
    "CrmDealFields",
    "CrmDealUtm",
    "CrmProductRow",
]


class CrmProductRow(TypedDict, total=False):
    """One product row of a deal."""

    PRODUCT_ID: Required[int | str]
    PRICE: float | str
    DISCOUNT_TYPE_ID: int
    """1 is an amount, 2 a percentage."""


class CrmDealUtm(TypedDict, total=False):
    """Keys of ``UTM`` in ``CrmDeal``."""

    SOURCE: str
    MEDIUM: str | None


class CrmDeal(TypedDict, total=False):
    """A deal as the portal sends it.

    IDs and numbers arrive as strings; an empty date is "".

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html#deal
    """

    ID: Required[str]
    """ID of the deal."""
    TITLE: str
    STAGE_SEMANTIC_ID: str
    """Stage group: in progress, won or lost."""
    LEAD_ID: str | None
    BEGINDATE: str
    PRODUCT_ROWS: list[CrmProductRow]
    UTM: CrmDealUtm


class CrmDealAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.deal.add``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]


class CrmDealFields(TypedDict, total=False):
    """The keys of a new or changed deal.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.
    """

    TITLE: Required[str]
    OPENED: Literal["Y", "N"]
    """Visible to everyone."""
    BEGINDATE: datetime.date | str
    CONTACT_IDS: Sequence[int]
    PRODUCT_ROWS: Sequence[CrmProductRow]
