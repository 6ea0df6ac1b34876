"""TypedDicts of ``b24client.types.lists``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from typing import TypedDict

__all__ = [
    "ListsElementGetFilter",
]


ListsElementGetFilter = TypedDict(
    "ListsElementGetFilter",
    {
        ">=DATE_CREATE": datetime.datetime | str,
        "from": str,
        "NAME": str,
    },
    total=False,
)
