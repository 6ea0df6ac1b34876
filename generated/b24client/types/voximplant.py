"""TypedDicts of ``b24client.types.voximplant``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from typing import TypedDict

__all__ = [
    "VoximplantSipGetFilter",
    "VoximplantStatisticGetFilter",
]


class VoximplantSipGetFilter(TypedDict, total=False):
    """Keys of the ``FILTER`` parameter of ``voximplant.sip.get``."""

    ID: int
    TYPE: str
    TITLE: str
    CONFIG_ID: int
    REG_ID: int
    APP_ID: str
    SERVER: str
    LOGIN: str
    PASSWORD: str
    INCOMING_SERVER: str
    INCOMING_LOGIN: str
    INCOMING_PASSWORD: str
    AUTH_USER: str
    OUTBOUND_PROXY: str
    DETECT_LINE_NUMBER: str
    LINE_DETECT_HEADER_ORDER: str
    REGISTRATION_STATUS_CODE: int
    REGISTRATION_ERROR_MESSAGE: str


class VoximplantStatisticGetFilter(TypedDict, total=False):
    """Keys of the ``FILTER`` parameter of ``voximplant.statistic.get``."""

    ID: int
    CALL_ID: str
    EXTERNAL_CALL_ID: str
    CALL_CATEGORY: str
    PORTAL_USER_ID: int
    PORTAL_NUMBER: str
    PHONE_NUMBER: str
    CALL_TYPE: int
    CALL_DURATION: int
    CALL_START_DATE: datetime.datetime | str
    CALL_LOG: str
    CALL_RECORD_URL: str
    CALL_VOTE: int
    COST: float
    COST_CURRENCY: str
    CALL_FAILED_CODE: str
    CALL_FAILED_REASON: str
    CRM_ENTITY_TYPE: str
    CRM_ENTITY_ID: int
    CRM_ACTIVITY_ID: int
    REST_APP_ID: int
    REST_APP_NAME: str
    TRANSCRIPT_ID: int
    TRANSCRIPT_PENDING: str
    SESSION_ID: int
    REDIAL_ATTEMPT: int
    COMMENT: str
    RECORD_DURATION: int
