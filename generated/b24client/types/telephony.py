"""TypedDicts of ``b24client.types.telephony``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Literal, Required, TypedDict

__all__ = [
    "TelephonyCallAttachTranscriptionMessages",
    "TelephonyCallAttachTranscriptionResult",
    "TelephonyExternalCallAttachRecordResult",
    "TelephonyExternalCallFinishResult",
    "TelephonyExternalCallRegisterResult",
    "TelephonyExternalCallSearchCrmEntitiesResult",
    "TelephonyExternalCallSearchCrmEntitiesResultAssignedBy",
    "TelephonyExternalLine",
    "TelephonyExternalLineAddResult",
    "TelephonyExternalLineUpdateResult",
]


class TelephonyCallAttachTranscriptionMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``telephony.call.attachTranscription``."""

    SIDE: Required[Literal["User", "Client"]]
    """Who speaks: "User" (portal user) or "Client"."""
    START_TIME: Required[int]
    """Start of the line, in seconds from the call start (0 or more)."""
    STOP_TIME: Required[int]
    """End of the line, in seconds from the call start (1 or more)."""
    MESSAGE: Required[str]
    """Text of the line."""


class TelephonyCallAttachTranscriptionResult(TypedDict, total=False):
    """Keys of the result of ``telephony.call.attachTranscription``."""

    TRANSCRIPT_ID: Required[int]
    """ID of the saved transcript."""


class TelephonyExternalCallAttachRecordResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.attachRecord``."""

    FILE_ID: int
    """ID of the attached file; returned when the file was attached at once."""
    uploadUrl: str
    """URL to upload the file to in a separate request, returned when FILE_CONTENT was not sent."""
    fieldName: str
    """Name of the form field to use for that upload."""


class TelephonyExternalCallFinishResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.finish``."""

    ID: int
    """ID of the statistics record."""
    CALL_ID: str
    """ID of the call."""
    EXTERNAL_CALL_ID: str | None
    """Call ID on the PBX or integration side."""
    PORTAL_USER_ID: int
    """ID of the user who ended the call."""
    PHONE_NUMBER: str
    """Client phone number."""
    PORTAL_NUMBER: str
    """Line number the call went through."""
    INCOMING: str
    """Call type: "1" outgoing, "2" incoming, "3" incoming with redirect, "4" callback, "5" information call."""
    CALL_DURATION: int
    """Call length in seconds."""
    CALL_START_DATE: dict[str, Any]
    """Date and time the call started."""
    CALL_STATUS: int
    """1 for a completed conversation, 0 for a failed or missed call."""
    CALL_VOTE: int
    """Call rating."""
    COST: float
    """Call cost."""
    COST_CURRENCY: str
    """Currency of the cost."""
    CALL_FAILED_CODE: str
    """Call result code: "200" success, "304" missed, "603" declined, "603-S" cancelled, "403" forbidden, "404" wrong number, "486" busy, "484" or "503" destination unavailable, "480" temporarily unavailable, "402" insufficient funds, "423" blocked, "OTHER" unknown."""
    CALL_FAILED_REASON: str
    """Text reason of the call result."""
    REST_APP_ID: str
    """ID of the application."""
    REST_APP_NAME: str
    """Name of the application."""
    CRM_ACTIVITY_ID: int
    """ID of the call activity in CRM."""
    COMMENT: str | None
    """Comment on the call."""
    CRM_ENTITY_TYPE: str
    """Type of the linked CRM record."""
    CRM_ENTITY_ID: int
    """ID of the linked CRM record."""
    ERRORS: dict[str, Any]
    """Errors that occurred while saving the call."""


class TelephonyExternalCallRegisterResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.register``."""

    CALL_ID: str
    """ID of the call, used by the other telephony.externalCall methods."""
    CRM_CREATED_LEAD: int | None
    """ID of the lead created automatically."""
    CRM_CREATED_ENTITIES: list[Any]
    """CRM records created automatically, each with ENTITY_TYPE and ENTITY_ID."""
    CRM_ENTITY_TYPE: str
    """Type of the main CRM record of the call."""
    CRM_ENTITY_ID: int
    """ID of the main CRM record of the call."""
    LEAD_CREATION_ERROR: str
    """Error text when automatic lead creation failed."""


class TelephonyExternalCallSearchCrmEntitiesResultAssignedBy(TypedDict, total=False):
    """Keys of ``result.ASSIGNED_BY`` in ``telephony.externalCall.searchCrmEntities``."""

    ID: str
    """ID of the employee."""
    TIMEMAN_STATUS: str
    """Work day status: "OPENED", "CLOSED", "PAUSED", "EXPIRED", "UNAVAILABLE" (time tracking off for the user) or "NOT_INSTALLED"."""
    USER_PHONE_INNER: str | None
    """Internal phone extension."""
    WORK_PHONE: str | None
    """Work phone."""
    PERSONAL_PHONE: str | None
    """Personal phone."""
    PERSONAL_MOBILE: str
    """Mobile phone."""


class TelephonyExternalCallSearchCrmEntitiesResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.searchCrmEntities``."""

    CRM_ENTITY_TYPE: str
    """\"CONTACT", "LEAD" or "COMPANY"."""
    CRM_ENTITY_ID: int
    """ID of the CRM record."""
    ASSIGNED_BY_ID: int
    """ID of the responsible employee."""
    NAME: str
    """Name of the CRM record."""
    ASSIGNED_BY: TelephonyExternalCallSearchCrmEntitiesResultAssignedBy
    """Responsible employee details."""


class TelephonyExternalLine(TypedDict, total=False):
    """An external phone line of the application.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-get.html
    """

    NUMBER: str
    """Line number."""
    NAME: str
    """Line name."""
    CRM_AUTO_CREATE: str
    """\"Y" when CRM records are created on outgoing calls."""


class TelephonyExternalLineAddResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalLine.add``."""

    ID: Required[int]
    """ID of the new line."""


class TelephonyExternalLineUpdateResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalLine.update``."""

    ID: Required[str]
    """ID of the changed line."""
