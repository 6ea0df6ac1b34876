"""TypedDicts of ``b24client.types.voximplant``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "VoximplantCallbackStartResult",
    "VoximplantInfocallStartwithsoundResult",
    "VoximplantInfocallStartwithtextResult",
    "VoximplantLine",
    "VoximplantSip",
    "VoximplantSipAddResult",
    "VoximplantSipConnectorStatusResult",
    "VoximplantSipStatusResult",
    "VoximplantStatistic",
    "VoximplantTtsVoices",
    "VoximplantUrl",
    "VoximplantUser",
]


class VoximplantCallbackStartResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.callback.start``."""

    RESULT: bool
    CALL_ID: str


class VoximplantInfocallStartwithsoundResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.infocall.startwithsound``."""

    RESULT: bool
    CALL_ID: str


class VoximplantInfocallStartwithtextResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.infocall.startwithtext``."""

    RESULT: bool
    CALL_ID: str


class VoximplantLine(TypedDict, total=False):
    """Voximplant line, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-get.html
    """

    reg150907: str
    sip7: str
    reg151083: str
    sip11: str
    reg151085: str


class VoximplantSip(TypedDict, total=False):
    """Voximplant sip, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html
    """

    TYPE: str
    CONFIG_ID: str
    REG_ID: str
    SERVER: str
    LOGIN: str
    PASSWORD: str
    AUTH_USER: str | None
    OUTBOUND_PROXY: str | None
    DETECT_LINE_NUMBER: str
    LINE_DETECT_HEADER_ORDER: str
    REGISTRATION_STATUS_CODE: str
    REGISTRATION_ERROR_MESSAGE: str | None
    TITLE: str
    INCOMING_SERVER: str
    INCOMING_LOGIN: str
    INCOMING_PASSWORD: str


class VoximplantSipAddResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.sip.add``."""

    ID: str
    TYPE: str
    CONFIG_ID: str
    REG_ID: int
    TITLE: str
    SERVER: str
    LOGIN: str
    PASSWORD: str
    AUTH_USER: str | None
    OUTBOUND_PROXY: str | None
    DETECT_LINE_NUMBER: str
    LINE_DETECT_HEADER_ORDER: str
    REGISTRATION_STATUS_CODE: str | None
    REGISTRATION_ERROR_MESSAGE: str | None
    INCOMING_SERVER: str
    INCOMING_LOGIN: str
    INCOMING_PASSWORD: str


class VoximplantSipConnectorStatusResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.sip.connector.status``."""

    FREE_MINUTES: int
    PAID: bool
    PAID_DATE_END: str


class VoximplantSipStatusResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.sip.status``."""

    REG_ID: int
    LAST_UPDATED: str
    ERROR_MESSAGE: str
    STATUS_CODE: int
    STATUS_RESULT: str


class VoximplantStatistic(TypedDict, total=False):
    """Voximplant statistic, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html
    """

    ID: str
    PORTAL_USER_ID: str
    PORTAL_NUMBER: str
    PHONE_NUMBER: str
    CALL_ID: str
    EXTERNAL_CALL_ID: Any
    CALL_CATEGORY: str
    CALL_LOG: str | None
    CALL_DURATION: str
    CALL_START_DATE: str
    CALL_RECORD_URL: str | None
    CALL_VOTE: str | None
    COST: str
    COST_CURRENCY: str
    CALL_FAILED_CODE: str
    CALL_FAILED_REASON: str
    CRM_ENTITY_TYPE: str
    CRM_ENTITY_ID: str
    CRM_ACTIVITY_ID: str
    REST_APP_ID: str | None
    REST_APP_NAME: str | None
    TRANSCRIPT_ID: str | None
    TRANSCRIPT_PENDING: str
    SESSION_ID: str | None
    REDIAL_ATTEMPT: Any
    COMMENT: Any
    RECORD_DURATION: Any
    RECORD_FILE_ID: int | None
    CALL_TYPE: str


class VoximplantTtsVoices(TypedDict, total=False):
    """Voximplant tts voices, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-tts-voices-get.html
    """

    auenglishfemale: str
    brportuguesefemale: str
    caenglishfemale: str
    cafrenchfemale: str
    cafrenchmale: str
    chchinesefemale: str
    chchinesemale: str
    eurcatalanfemale: str
    eurczechfemale: str
    eurdanishfemale: str
    eurdutchfemale: str
    eurfinnishfemale: str
    eurfrenchfemale: str
    eurfrenchmale: str
    eurgermanfemale: str
    eurgermanmale: str
    euritalianfemale: str
    euritalianmale: str
    eurnorwegianfemale: str
    eurpolishfemale: str
    eurportuguesefemale: str
    eurportuguesemale: str
    eurspanishfemale: str
    eurspanishmale: str
    eurturkishfemale: str
    eurturkishmale: str
    hkchinesefemale: str
    huhungarianfemale: str
    jpjapanesefemale: str
    jpjapanesemale: str
    krkoreanfemale: str
    krkoreanmale: str
    ruinternalfemale: str
    ruinternalmale: str
    swswedishfemale: str
    twchinesefemale: str
    ukenglishfemale: str
    ukenglishmale: str
    usenglishfemale: str
    usenglishmale: str
    usspanishfemale: str
    usspanishmale: str


class VoximplantUrl(TypedDict, total=False):
    """Voximplant url, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-url-get.html
    """

    detail_statistics: str
    buy_connector: str
    edit_config: str
    lines: str


class VoximplantUser(TypedDict, total=False):
    """Voximplant user, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-get.html
    """

    ID: str
    DEFAULT_LINE: str | None
    PHONE_ENABLED: str
    SIP_SERVER: str
    SIP_LOGIN: str
    SIP_PASSWORD: str | None
    INNER_NUMBER: str | None
