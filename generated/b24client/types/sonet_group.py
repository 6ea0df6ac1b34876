"""TypedDicts of ``b24client.types.sonet_group``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from typing import TypedDict

__all__ = [
    "SonetGroupGetFilter",
]


class SonetGroupGetFilter(TypedDict, total=False):
    """Keys of the ``FILTER`` parameter of ``sonet_group.get``."""

    ID: int
    NAME: str
    OWNER_ID: int
    ACTIVE: str
    VISIBLE: str
    OPENED: str
    CLOSED: str
    DATE_CREATE: datetime.datetime | str
    DATE_UPDATE: datetime.datetime | str
    DATE_ACTIVITY: datetime.datetime | str
    IS_EXTRANET: str
