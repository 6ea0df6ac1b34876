"""TypedDicts of ``b24client.types.call``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "V3CallFollowupListPagination",
    "V3CallFollowupListPaginationAfterCursor",
]


class V3CallFollowupListPaginationAfterCursor(TypedDict, total=False):
    """Keys of ``pagination.afterCursor`` in ``call.followup.list`` (REST 3.0)."""

    startDate: Required[str]
    id: Required[int]


class V3CallFollowupListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``call.followup.list`` (REST 3.0)."""

    limit: int
    afterCursor: V3CallFollowupListPaginationAfterCursor
