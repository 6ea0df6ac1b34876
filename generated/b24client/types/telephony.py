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
    START_TIME: Required[int]
    STOP_TIME: Required[int]
    MESSAGE: Required[str]


class TelephonyCallAttachTranscriptionResult(TypedDict, total=False):
    """Keys of the result of ``telephony.call.attachTranscription``."""

    TRANSCRIPT_ID: Required[int]


class TelephonyExternalCallAttachRecordResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.attachRecord``."""

    FILE_ID: int
    uploadUrl: str
    fieldName: str


class TelephonyExternalCallFinishResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.finish``."""

    ID: int
    CALL_ID: str
    EXTERNAL_CALL_ID: str | None
    PORTAL_USER_ID: int
    PHONE_NUMBER: str
    PORTAL_NUMBER: str
    INCOMING: str
    CALL_DURATION: int
    CALL_START_DATE: dict[str, Any]
    CALL_STATUS: int
    CALL_VOTE: int
    COST: float
    COST_CURRENCY: str
    CALL_FAILED_CODE: str
    CALL_FAILED_REASON: str
    REST_APP_ID: str
    REST_APP_NAME: str
    CRM_ACTIVITY_ID: int
    COMMENT: str | None
    CRM_ENTITY_TYPE: str
    CRM_ENTITY_ID: int
    ERRORS: dict[str, Any]


class TelephonyExternalCallRegisterResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.register``."""

    CALL_ID: str
    CRM_CREATED_LEAD: int | None
    CRM_CREATED_ENTITIES: list[Any]
    CRM_ENTITY_TYPE: str
    CRM_ENTITY_ID: int
    LEAD_CREATION_ERROR: str


class TelephonyExternalCallSearchCrmEntitiesResultAssignedBy(TypedDict, total=False):
    """Keys of ``result.ASSIGNED_BY`` in ``telephony.externalCall.searchCrmEntities``."""

    ID: str
    TIMEMAN_STATUS: str
    USER_PHONE_INNER: str | None
    WORK_PHONE: str | None
    PERSONAL_PHONE: str | None
    PERSONAL_MOBILE: str


class TelephonyExternalCallSearchCrmEntitiesResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalCall.searchCrmEntities``."""

    CRM_ENTITY_TYPE: str
    CRM_ENTITY_ID: int
    ASSIGNED_BY_ID: int
    NAME: str
    ASSIGNED_BY: TelephonyExternalCallSearchCrmEntitiesResultAssignedBy


class TelephonyExternalLine(TypedDict, total=False):
    """Telephony external line, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-get.html
    """

    NUMBER: str
    NAME: str
    CRM_AUTO_CREATE: str


class TelephonyExternalLineAddResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalLine.add``."""

    ID: Required[int]


class TelephonyExternalLineUpdateResult(TypedDict, total=False):
    """Keys of the result of ``telephony.externalLine.update``."""

    ID: Required[str]
