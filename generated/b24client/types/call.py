"""TypedDicts of ``b24client.types.call``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "V3CallFollowupListFilter",
    "V3CallFollowupListFilterStartDate",
    "V3CallFollowupListOrder",
    "V3CallFollowupListPagination",
    "V3CallFollowupListPaginationAfterCursor",
]


V3CallFollowupListFilterStartDate = TypedDict(
    "V3CallFollowupListFilterStartDate",
    {
        "from": Required[str],
        "to": Required[str],
    },
    total=False,
)


class V3CallFollowupListFilter(TypedDict, total=False):
    """Keys of the ``filter`` parameter of ``call.followup.list`` (REST 3.0)."""

    startDate: Required[V3CallFollowupListFilterStartDate]
    participantId: int


class V3CallFollowupListOrder(TypedDict, total=False):
    """Keys of the ``order`` parameter of ``call.followup.list`` (REST 3.0)."""

    startDate: str


class V3CallFollowupListPaginationAfterCursor(TypedDict, total=False):
    """Keys of ``pagination.afterCursor`` in ``call.followup.list`` (REST 3.0)."""

    startDate: Required[str]
    id: Required[int]


class V3CallFollowupListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``call.followup.list`` (REST 3.0)."""

    limit: int
    afterCursor: V3CallFollowupListPaginationAfterCursor
