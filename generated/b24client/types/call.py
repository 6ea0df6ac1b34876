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
    """Transcription language code."""
    segments: list[Any]
    """Speaker lines in chronological order."""


class V3CallFollowupOverview(TypedDict, total=False):
    """Keys of ``overview`` in ``V3CallFollowup``."""

    topic: str
    """Short meeting topic."""
    actionItems: list[Any]
    """Action items agreed in the meeting."""


class V3CallFollowupSummary(TypedDict, total=False):
    """Keys of ``summary`` in ``V3CallFollowup``."""

    segments: list[Any]
    """Summary segments, each with a title and text."""


class V3CallFollowupInsights(TypedDict, total=False):
    """Keys of ``insights`` in ``V3CallFollowup``."""

    speakerEvaluationAvailable: bool
    """Whether speaker evaluation is available; false outside the CIS region."""
    speakerAnalysis: list[Any]
    """Analysis per speaker, ordered by share of speech and efficiency."""


class V3CallFollowupEvaluation(TypedDict, total=False):
    """Keys of ``evaluation`` in ``V3CallFollowup``."""

    efficiencyValue: int
    """Overall meeting efficiency, 0 to 100."""
    criteria: dict[str, Any]
    """Evaluation criteria keyed by criterion code."""


class V3CallFollowupAfterCursor(TypedDict, total=False):
    """Keys of ``afterCursor`` in ``V3CallFollowup``."""

    startDate: str
    """Start date of the last call on the page."""
    id: int
    """ID of the last call on the page."""


class V3CallFollowup(TypedDict, total=False):
    """The AI follow-up of a call: metadata, transcript, overview, insights and evaluation.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-get.html
    """

    callId: int
    """ID of the call."""
    callType: int
    """1 instant call, 2 permanent conference, 3 large room."""
    initiatorId: int
    """ID of the user who started the call."""
    startDate: str
    """Call start, ISO 8601."""
    endDate: str
    """Call end, ISO 8601; null while the call is still going."""
    durationSeconds: int
    """Call length in seconds."""
    uuid: str
    """UUID of the call session."""
    language: str
    """Transcription language code, such as "en"."""
    version: int
    """Highest schema version among the stored AI blocks."""
    participants: list[Any]
    """Call participants."""
    outcomes: list[str]
    """AI blocks that are ready: "transcription", "overview", "summary", "insights", "evaluation"."""
    createdAt: str
    """Date of the latest AI record for the call, ISO 8601."""
    tracks: list[Any]
    """Call recordings."""
    transcription: V3CallFollowupTranscription
    """Call transcript."""
    overview: V3CallFollowupOverview
    """Meeting overview."""
    summary: V3CallFollowupSummary
    """Call summary split into segments."""
    insights: V3CallFollowupInsights
    """Insights and speaker analysis."""
    evaluation: V3CallFollowupEvaluation
    """Meeting efficiency evaluation."""
    items: list[Any]
    """Follow-ups in a list answer."""
    hasMore: bool
    """Whether another page exists."""
    afterCursor: V3CallFollowupAfterCursor
    """Cursor of the next page, or null; pass it unchanged to get the next page."""


class V3CallFollowupField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    description: str
    """Field description."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""
    multiple: bool
    """Whether the field holds several values."""


class V3CallFollowupListPaginationAfterCursor(TypedDict, total=False):
    """Keys of ``pagination.afterCursor`` in ``call.followup.list`` (REST 3.0)."""

    startDate: Required[str]
    """Start date of the last call on the previous page."""
    id: Required[int]
    """ID of the last call on the previous page."""


class V3CallFollowupListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``call.followup.list`` (REST 3.0)."""

    limit: int
    """Page size; default 50, at most 200, or 20 with heavy AI fields."""
    afterCursor: V3CallFollowupListPaginationAfterCursor
    """Cursor of the next page; pass the afterCursor of the previous answer unchanged."""
