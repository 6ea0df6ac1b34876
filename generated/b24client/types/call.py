"""TypedDicts of ``b24client.types.call``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "V3CallFollowup",
    "V3CallFollowupAfterCursor",
    "V3CallFollowupEvaluation",
    "V3CallFollowupField",
    "V3CallFollowupInsights",
    "V3CallFollowupListPagination",
    "V3CallFollowupListPaginationAfterCursor",
    "V3CallFollowupOverview",
    "V3CallFollowupSummary",
    "V3CallFollowupTranscription",
]


class V3CallFollowupTranscription(TypedDict, total=False):
    """Keys of ``transcription`` in ``V3CallFollowup``."""

    language: str
    segments: list[Any]


class V3CallFollowupOverview(TypedDict, total=False):
    """Keys of ``overview`` in ``V3CallFollowup``."""

    topic: str
    actionItems: list[Any]


class V3CallFollowupSummary(TypedDict, total=False):
    """Keys of ``summary`` in ``V3CallFollowup``."""

    segments: list[Any]


class V3CallFollowupInsights(TypedDict, total=False):
    """Keys of ``insights`` in ``V3CallFollowup``."""

    speakerEvaluationAvailable: bool
    speakerAnalysis: list[Any]


class V3CallFollowupEvaluation(TypedDict, total=False):
    """Keys of ``evaluation`` in ``V3CallFollowup``."""

    efficiencyValue: int
    criteria: dict[str, Any]


class V3CallFollowupAfterCursor(TypedDict, total=False):
    """Keys of ``afterCursor`` in ``V3CallFollowup``."""

    startDate: str
    id: int


class V3CallFollowup(TypedDict, total=False):
    """V3 call followup, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-get.html
    """

    callId: int
    callType: int
    initiatorId: int
    startDate: str
    endDate: str
    durationSeconds: int
    uuid: str
    language: str
    version: int
    participants: list[Any]
    outcomes: list[str]
    createdAt: str
    tracks: list[Any]
    transcription: V3CallFollowupTranscription
    overview: V3CallFollowupOverview
    summary: V3CallFollowupSummary
    insights: V3CallFollowupInsights
    evaluation: V3CallFollowupEvaluation
    items: list[Any]
    hasMore: bool
    afterCursor: V3CallFollowupAfterCursor


class V3CallFollowupField(TypedDict, total=False):
    """V3 call followup field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-get.html
    """

    name: str
    type: str
    title: str
    description: str
    filterable: bool
    sortable: bool
    multiple: bool


class V3CallFollowupListPaginationAfterCursor(TypedDict, total=False):
    """Keys of ``pagination.afterCursor`` in ``call.followup.list`` (REST 3.0)."""

    startDate: Required[str]
    id: Required[int]


class V3CallFollowupListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``call.followup.list`` (REST 3.0)."""

    limit: int
    afterCursor: V3CallFollowupListPaginationAfterCursor
