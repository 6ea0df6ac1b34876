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
    """true when the call was started."""
    CALL_ID: str
    """ID of the call."""


class VoximplantInfocallStartwithsoundResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.infocall.startwithsound``."""

    RESULT: bool
    """true when the call was started."""
    CALL_ID: str
    """ID of the call."""


class VoximplantInfocallStartwithtextResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.infocall.startwithtext``."""

    RESULT: bool
    """true when the call was started."""
    CALL_ID: str
    """ID of the call."""


class VoximplantLine(TypedDict, total=False):
    """Outgoing lines as line ID to line name.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-get.html
    """

    reg150907: str
    """Name of line "reg150907" (example line ID from the documentation)."""
    sip7: str
    """Name of line "sip7" (example line ID from the documentation)."""
    reg151083: str
    """Name of line "reg151083" (example line ID from the documentation)."""
    sip11: str
    """Name of line "sip11" (example line ID from the documentation)."""
    reg151085: str
    """Name of line "reg151085" (example line ID from the documentation)."""


class VoximplantSip(TypedDict, total=False):
    """A SIP line created by the application.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html
    """

    TYPE: str
    """\"cloud" or "office" PBX."""
    CONFIG_ID: str
    """ID of the SIP line settings."""
    REG_ID: str
    """ID of the SIP registration; for a cloud PBX."""
    SERVER: str
    """SIP registration server address."""
    LOGIN: str
    """Login for the server."""
    PASSWORD: str
    """Password for the server."""
    AUTH_USER: str | None
    """User name for SIP authorization."""
    OUTBOUND_PROXY: str | None
    """SIP proxy address for outgoing connections."""
    DETECT_LINE_NUMBER: str
    """\"Y" when line number detection is on."""
    LINE_DETECT_HEADER_ORDER: str
    """Order of headers used to detect the line number."""
    REGISTRATION_STATUS_CODE: str
    """SIP registration status code."""
    REGISTRATION_ERROR_MESSAGE: str | None
    """SIP registration error text."""
    TITLE: str
    """Connection name."""
    INCOMING_SERVER: str
    """Server address for incoming calls; for an office PBX."""
    INCOMING_LOGIN: str
    """Login for incoming calls; for an office PBX."""
    INCOMING_PASSWORD: str
    """Password for incoming calls; for an office PBX."""


class VoximplantSipAddResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.sip.add``."""

    ID: str
    """Internal ID of the SIP line record."""
    TYPE: str
    """PBX type, "cloud" or "office"."""
    CONFIG_ID: str
    """ID of the SIP line settings."""
    REG_ID: int
    """ID of the SIP registration; for a cloud PBX."""
    TITLE: str
    """Connection name."""
    SERVER: str
    """SIP registration server address."""
    LOGIN: str
    """Login for the server."""
    PASSWORD: str
    """Password for the server."""
    AUTH_USER: str | None
    """User name for SIP authorization."""
    OUTBOUND_PROXY: str | None
    """SIP proxy address for outgoing connections."""
    DETECT_LINE_NUMBER: str
    """\"Y" when line number detection is on."""
    LINE_DETECT_HEADER_ORDER: str
    """Order of headers used to detect the line number."""
    REGISTRATION_STATUS_CODE: str | None
    """SIP registration status code."""
    REGISTRATION_ERROR_MESSAGE: str | None
    """SIP registration error text."""
    INCOMING_SERVER: str
    """Server address for incoming calls; for an office PBX."""
    INCOMING_LOGIN: str
    """Login for incoming calls; for an office PBX."""
    INCOMING_PASSWORD: str
    """Password for incoming calls; for an office PBX."""


class VoximplantSipConnectorStatusResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.sip.connector.status``."""

    FREE_MINUTES: int
    """Free minutes left for setting up and testing the integration."""
    PAID: bool
    """true when the SIP connector is paid."""
    PAID_DATE_END: str
    """End date of the paid period; present when paid."""


class VoximplantSipStatusResult(TypedDict, total=False):
    """Keys of the result of ``voximplant.sip.status``."""

    REG_ID: int
    """ID of the SIP registration."""
    LAST_UPDATED: str
    """Date and time the status last changed."""
    ERROR_MESSAGE: str
    """Registration error text."""
    STATUS_CODE: int
    """Numeric status or error code."""
    STATUS_RESULT: str
    """\"success", "error", "in_progress" or "wait"."""


class VoximplantStatistic(TypedDict, total=False):
    """A call record from telephony statistics.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html
    """

    ID: str
    """ID of the statistics record."""
    PORTAL_USER_ID: str
    """ID of the user."""
    PORTAL_NUMBER: str
    """Line number the call went through."""
    PHONE_NUMBER: str
    """Client phone number."""
    CALL_ID: str
    """ID of the call."""
    EXTERNAL_CALL_ID: Any
    """Call ID on the external PBX side."""
    CALL_CATEGORY: str
    """Call category."""
    CALL_LOG: str | None
    """URL of the call log."""
    CALL_DURATION: str
    """Call length in seconds."""
    CALL_START_DATE: str
    """Call start, ISO 8601 with time zone."""
    CALL_RECORD_URL: str | None
    """URL of the call recording."""
    CALL_VOTE: str | None
    """Call rating 1-5; 0 or null when not rated."""
    COST: str
    """Call cost."""
    COST_CURRENCY: str
    """Currency of the cost."""
    CALL_FAILED_CODE: str
    """Call result code: "200" success, "304" missed, "603" declined, "603-S" cancelled, "403" forbidden, "404" wrong number, "486" busy, "484" or "503" destination unavailable, "480" temporarily unavailable, "402" insufficient funds, "423" blocked, "OTHER" unknown."""
    CALL_FAILED_REASON: str
    """Text of the call result."""
    CRM_ENTITY_TYPE: str
    """\"CONTACT", "COMPANY" or "LEAD"."""
    CRM_ENTITY_ID: str
    """ID of the linked CRM record."""
    CRM_ACTIVITY_ID: str
    """ID of the call activity in CRM."""
    REST_APP_ID: str | None
    """ID of the application."""
    REST_APP_NAME: str | None
    """Name of the application."""
    TRANSCRIPT_ID: str | None
    """ID of the call transcript."""
    TRANSCRIPT_PENDING: str
    """\"Y" while a transcript is awaited."""
    SESSION_ID: str | None
    """Session ID on the telephony side."""
    REDIAL_ATTEMPT: Any
    """Redial attempt number, for callbacks."""
    COMMENT: Any
    """Comment on the call."""
    RECORD_DURATION: Any
    """Length of the recording."""
    RECORD_FILE_ID: int | None
    """ID of the recording file."""
    CALL_TYPE: str
    """Call type: "1" outgoing, "2" incoming, "3" incoming with redirect, "4" callback, "5" information call."""


class VoximplantTtsVoices(TypedDict, total=False):
    """Speech synthesis voices as voice ID to voice name.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-tts-voices-get.html
    """

    auenglishfemale: str
    """Name of the voice with ID "auenglishfemale"."""
    brportuguesefemale: str
    """Name of the voice with ID "brportuguesefemale"."""
    caenglishfemale: str
    """Name of the voice with ID "caenglishfemale"."""
    cafrenchfemale: str
    """Name of the voice with ID "cafrenchfemale"."""
    cafrenchmale: str
    """Name of the voice with ID "cafrenchmale"."""
    chchinesefemale: str
    """Name of the voice with ID "chchinesefemale"."""
    chchinesemale: str
    """Name of the voice with ID "chchinesemale"."""
    eurcatalanfemale: str
    """Name of the voice with ID "eurcatalanfemale"."""
    eurczechfemale: str
    """Name of the voice with ID "eurczechfemale"."""
    eurdanishfemale: str
    """Name of the voice with ID "eurdanishfemale"."""
    eurdutchfemale: str
    """Name of the voice with ID "eurdutchfemale"."""
    eurfinnishfemale: str
    """Name of the voice with ID "eurfinnishfemale"."""
    eurfrenchfemale: str
    """Name of the voice with ID "eurfrenchfemale"."""
    eurfrenchmale: str
    """Name of the voice with ID "eurfrenchmale"."""
    eurgermanfemale: str
    """Name of the voice with ID "eurgermanfemale"."""
    eurgermanmale: str
    """Name of the voice with ID "eurgermanmale"."""
    euritalianfemale: str
    """Name of the voice with ID "euritalianfemale"."""
    euritalianmale: str
    """Name of the voice with ID "euritalianmale"."""
    eurnorwegianfemale: str
    """Name of the voice with ID "eurnorwegianfemale"."""
    eurpolishfemale: str
    """Name of the voice with ID "eurpolishfemale"."""
    eurportuguesefemale: str
    """Name of the voice with ID "eurportuguesefemale"."""
    eurportuguesemale: str
    """Name of the voice with ID "eurportuguesemale"."""
    eurspanishfemale: str
    """Name of the voice with ID "eurspanishfemale"."""
    eurspanishmale: str
    """Name of the voice with ID "eurspanishmale"."""
    eurturkishfemale: str
    """Name of the voice with ID "eurturkishfemale"."""
    eurturkishmale: str
    """Name of the voice with ID "eurturkishmale"."""
    hkchinesefemale: str
    """Name of the voice with ID "hkchinesefemale"."""
    huhungarianfemale: str
    """Name of the voice with ID "huhungarianfemale"."""
    jpjapanesefemale: str
    """Name of the voice with ID "jpjapanesefemale"."""
    jpjapanesemale: str
    """Name of the voice with ID "jpjapanesemale"."""
    krkoreanfemale: str
    """Name of the voice with ID "krkoreanfemale"."""
    krkoreanmale: str
    """Name of the voice with ID "krkoreanmale"."""
    ruinternalfemale: str
    """Name of the voice with ID "ruinternalfemale"."""
    ruinternalmale: str
    """Name of the voice with ID "ruinternalmale"."""
    swswedishfemale: str
    """Name of the voice with ID "swswedishfemale"."""
    twchinesefemale: str
    """Name of the voice with ID "twchinesefemale"."""
    ukenglishfemale: str
    """Name of the voice with ID "ukenglishfemale"."""
    ukenglishmale: str
    """Name of the voice with ID "ukenglishmale"."""
    usenglishfemale: str
    """Name of the voice with ID "usenglishfemale"."""
    usenglishmale: str
    """Name of the voice with ID "usenglishmale"."""
    usspanishfemale: str
    """Name of the voice with ID "usspanishfemale"."""
    usspanishmale: str
    """Name of the voice with ID "usspanishmale"."""


class VoximplantUrl(TypedDict, total=False):
    """Links to the telephony pages.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-url-get.html
    """

    detail_statistics: str
    """URL of the detailed call statistics page."""
    buy_connector: str
    """URL of the SIP connector purchase page."""
    edit_config: str
    """URL of the line settings page; replace #CONFIG_ID# with the settings ID."""
    lines: str
    """URL of the line list page."""


class VoximplantUser(TypedDict, total=False):
    """A user's telephony settings.

    Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-get.html
    """

    ID: str
    """ID of the user."""
    DEFAULT_LINE: str | None
    """Default outgoing line."""
    PHONE_ENABLED: str
    """\"Y" when the user's SIP phone is activated."""
    SIP_SERVER: str
    """Server address for the SIP phone."""
    SIP_LOGIN: str
    """Login for the SIP phone."""
    SIP_PASSWORD: str | None
    """Password for the SIP phone."""
    INNER_NUMBER: str | None
    """Internal phone extension."""
