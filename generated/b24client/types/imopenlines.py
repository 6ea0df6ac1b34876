"""TypedDicts of ``b24client.types.imopenlines``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "ImopenlinesConfig",
    "ImopenlinesConfigAddParams",
    "ImopenlinesConfigList",
    "ImopenlinesConfigListGetOptions",
    "ImopenlinesConfigListGetParams",
    "ImopenlinesConfigPath",
    "ImopenlinesCrmChat",
    "ImopenlinesDialog",
    "ImopenlinesDialogEntityLink",
    "ImopenlinesDialogLastMessageViews",
    "ImopenlinesDialogPermissions",
    "ImopenlinesDialogRestrictions",
    "ImopenlinesRevision",
    "ImopenlinesSessionHistory",
    "ImopenlinesSessionHistoryOpenlines",
    "ImopenlinesSessionHistoryUsersMessage",
    "ImopenlinesSessionOpenResult",
]


class ImopenlinesConfig(TypedDict, total=False):
    """Settings of an open channel.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-get.html
    """

    ID: str
    """ID of the open channel."""
    LINE_NAME: str
    """Open channel name."""
    ACTIVE: str
    """\"Y" when the line is active, "N" when not."""
    CRM: str
    """\"Y" looks the client up in CRM."""
    CRM_CREATE: str
    """What to create in CRM for a new client."""
    CRM_CREATE_SECOND: str
    """Second CRM creation mode."""
    CRM_CREATE_THIRD: str
    """\"Y" creates a third CRM item."""
    CRM_FORWARD: str
    """\"Y" routes the conversation to the responsible person of the CRM record."""
    CRM_CHAT_TRACKER: str
    """\"Y" turns on the CRM chat tracker."""
    CRM_TRANSFER_CHANGE: str
    """\"Y" changes the CRM responsible person when the conversation is transferred."""
    CRM_SOURCE: str
    """Source set on CRM items created from the line."""
    QUEUE_TYPE: str
    """How conversations are spread over operators: "evenly", "strictly" (in order) or "all"."""
    QUEUE_TIME: str
    """Seconds before a conversation moves on to the next operator."""
    NO_ANSWER_TIME: str
    """Seconds without an answer before the no-answer action runs."""
    CHECK_AVAILABLE: str
    """\"Y" checks operator availability when distributing conversations."""
    WATCH_TYPING: str
    """\"Y" shows the typing indicator."""
    WELCOME_BOT_ENABLE: str
    """\"Y" greets clients with a chat bot."""
    WELCOME_MESSAGE: str
    """\"Y" sends a welcome message to new clients."""
    WELCOME_MESSAGE_TEXT: str
    """Text of the welcome message."""
    VOTE_MESSAGE: str
    """\"Y" asks the client to rate the service."""
    VOTE_TIME_LIMIT: str
    """Time limit for the client's rating."""
    VOTE_BEFORE_FINISH: str
    """\"Y" asks for the rating before the conversation ends."""
    VOTE_CLOSING_DELAY: str
    """\"Y" closes the session right after the rating."""
    VOTE_MESSAGE_1_TEXT: str
    """Rating request text in the website widget."""
    VOTE_MESSAGE_1_LIKE: str
    """Widget reply to a positive rating."""
    VOTE_MESSAGE_1_DISLIKE: str
    """Widget reply to a negative rating."""
    VOTE_MESSAGE_2_TEXT: str
    """Rating request text in external channels."""
    VOTE_MESSAGE_2_LIKE: str
    """External channel reply to a positive rating."""
    VOTE_MESSAGE_2_DISLIKE: str
    """External channel reply to a negative rating."""
    AGREEMENT_MESSAGE: str
    """\"Y" shows the consent message."""
    AGREEMENT_ID: str
    """ID of the consent agreement."""
    CATEGORY_ENABLE: str
    """\"Y" turns on categories."""
    CATEGORY_ID: str
    """ID of the category."""
    WELCOME_BOT_JOIN: str
    """\"first" adds the bot only at the start of a conversation, "always" every time."""
    WELCOME_BOT_ID: str
    """ID of the welcome chat bot."""
    WELCOME_BOT_TIME: str
    """Seconds before the bot hands the conversation to the queue."""
    WELCOME_BOT_LEFT: str
    """\"queue" removes the bot when the conversation goes to operators, "close" when it is closed."""
    NO_ANSWER_RULE: str
    """Action when no operator answers: "none" or "text"."""
    NO_ANSWER_FORM_ID: str
    """ID of the CRM form for the no-answer action."""
    NO_ANSWER_BOT_ID: str
    """ID of the chat bot for the no-answer action."""
    NO_ANSWER_TEXT: str
    """Message for the no-answer action."""
    WORKTIME_ENABLE: str
    """\"Y" makes the line follow its working hours."""
    WORKTIME_FROM: str
    """Start of working hours, "HH:MM"."""
    WORKTIME_TO: str
    """End of working hours, "HH:MM"."""
    WORKTIME_TIMEZONE: str
    """Time zone of the working hours, such as "Europe/Berlin"."""
    WORKTIME_HOLIDAYS: list[Any]
    """Holidays as "DD.MM", comma-separated."""
    WORKTIME_DAYOFF: list[Any]
    """Days off, such as "SA" and "SU"."""
    WORKTIME_DAYOFF_RULE: str
    """Action outside working hours: "none" or "text"."""
    WORKTIME_DAYOFF_FORM_ID: str
    """ID of the CRM form used outside working hours."""
    WORKTIME_DAYOFF_BOT_ID: str
    """ID of the chat bot used outside working hours."""
    WORKTIME_DAYOFF_TEXT: str
    """Message sent outside working hours."""
    CLOSE_RULE: str
    """Action when a conversation is closed: "none" or "text"."""
    CLOSE_FORM_ID: str
    """ID of the CRM form shown on closing."""
    CLOSE_BOT_ID: str
    """ID of the chat bot used on closing."""
    CLOSE_TEXT: str
    """Message sent on closing."""
    FULL_CLOSE_TIME: str
    """Time until a manually closed conversation is closed for good."""
    AUTO_CLOSE_RULE: str
    """Action on automatic closing: "none" or "text"."""
    AUTO_CLOSE_FORM_ID: str
    """ID of the CRM form used on automatic closing."""
    AUTO_CLOSE_BOT_ID: str
    """ID of the chat bot used on automatic closing."""
    AUTO_CLOSE_TIME: str
    """Time until a conversation closes automatically."""
    AUTO_CLOSE_TEXT: str
    """Message sent on automatic closing."""
    AUTO_EXPIRE_TIME: str
    """Lifetime of an automatically closed session."""
    DATE_CREATE: dict[str, Any]
    """Time the line was created, in serialized form."""
    DATE_MODIFY: dict[str, Any]
    """Time the line was last changed, in serialized form."""
    MODIFY_USER_ID: str
    """ID of the user who last changed the line."""
    TEMPORARY: str
    """\"Y" for a temporary line, "N" for a permanent one."""
    XML_ID: str | None
    """External ID, or null."""
    LANGUAGE_ID: str
    """Language of the line, such as "en"."""
    QUICK_ANSWERS_IBLOCK_ID: str
    """ID of the information block holding quick answers."""
    SESSION_PRIORITY: str
    """Priority of the line's sessions in the queue."""
    TYPE_MAX_CHAT: str
    """What counts toward MAX_CHAT: "answered", "answered_new" or "closed"."""
    MAX_CHAT: str
    """Maximum number of simultaneous conversations per operator."""
    OPERATOR_DATA: str
    """What the client sees about the operator: "profile", "queue" or "hide"."""
    QUEUE: list[Any]
    """IDs of the operators in the queue."""
    QUEUE_FULL: dict[str, Any]
    """Queue entries keyed by user ID."""
    QUEUE_USERS_FIELDS: dict[str, Any]
    """Queue users' display data keyed by user ID."""
    QUEUE_ONLINE: str
    """\"Y" when operator online status is checked."""
    DEFAULT_OPERATOR_DATA: list[Any]
    """Default operator display fields."""
    KPI_FIRST_ANSWER_TIME: str
    """Target time for the first answer."""
    KPI_FIRST_ANSWER_ALERT: str
    """\"Y" notifies when the first-answer target is missed."""
    KPI_FIRST_ANSWER_LIST: list[Any] | dict[str, Any] | None
    """Who is notified about a missed first-answer target."""
    KPI_FIRST_ANSWER_TEXT: str
    """Notification text for a missed first-answer target."""
    KPI_FURTHER_ANSWER_TIME: str
    """Target time for later answers."""
    KPI_FURTHER_ANSWER_ALERT: str
    """\"Y" notifies when a later-answer target is missed."""
    KPI_FURTHER_ANSWER_LIST: list[Any] | dict[str, Any] | None
    """Who is notified about a missed later-answer target."""
    KPI_FURTHER_ANSWER_TEXT: str
    """Notification text for a missed later-answer target."""
    KPI_CHECK_OPERATOR_ACTIVITY: str
    """\"Y" tracks operator activity."""
    SEND_NOTIFICATION_EMPTY_QUEUE: str
    """\"Y" sends notifications when the queue is empty."""
    USE_WELCOME_FORM: str
    """\"Y" shows a CRM welcome form."""
    WELCOME_FORM_ID: str
    """ID of the CRM welcome form."""
    WELCOME_FORM_DELAY: str
    """\"Y" shows the welcome form with a delay."""
    SEND_WELCOME_EACH_SESSION: str
    """\"Y" sends the welcome in every session."""
    CONFIRM_CLOSE: str
    """\"Y" asks for confirmation before closing."""
    IGNORE_WELCOME_FORM_RESPONSIBLE: str
    """\"Y" ignores the responsible person set by the welcome form."""


class ImopenlinesConfigAddParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``imopenlines.config.add``."""

    LINE_NAME: str
    """Open channel name."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" when the line is active, "N" when not."""
    QUEUE: Sequence[dict[str, Any]]
    """Operator queue as objects with ENTITY_TYPE ("user" or "department") and ENTITY_ID."""
    QUEUE_TYPE: Literal["evenly", "strictly", "all"]
    """How conversations are spread over operators: "evenly", "strictly" (in order) or "all"."""
    QUEUE_TIME: int
    """Seconds before a conversation moves on to the next operator."""
    NO_ANSWER_TIME: int
    """Seconds without an answer before the no-answer action runs."""
    WELCOME_MESSAGE: Literal["Y", "N"]
    """\"Y" sends a welcome message to new clients."""
    WELCOME_MESSAGE_TEXT: str
    """Text of the welcome message."""
    WORKTIME_ENABLE: Literal["Y", "N"]
    """\"Y" makes the line follow its working hours."""
    WORKTIME_FROM: str
    """Start of working hours, "HH:MM"."""
    WORKTIME_TO: str
    """End of working hours, "HH:MM"."""
    WORKTIME_TIMEZONE: str
    """Time zone of the working hours, such as "Europe/Berlin"."""
    CRM: Literal["Y", "N"]
    """\"Y" looks the client up in CRM."""
    CRM_CREATE: str
    """What to create in CRM for a new client."""
    VOTE_MESSAGE: Literal["Y", "N"]
    """\"Y" asks the client to rate the service."""
    LANGUAGE_ID: str
    """Language of the line, such as "en"."""
    CRM_CREATE_SECOND: str
    """Second CRM creation mode."""
    CRM_CREATE_THIRD: Literal["Y", "N"]
    """\"Y" creates a third CRM item."""
    CRM_CHAT_TRACKER: Literal["Y", "N"]
    """\"Y" turns on the CRM chat tracker."""
    CRM_FORWARD: Literal["Y", "N"]
    """\"Y" routes the conversation to the responsible person of the CRM record."""
    CRM_TRANSFER_CHANGE: Literal["Y", "N"]
    """\"Y" changes the CRM responsible person when the conversation is transferred."""
    CRM_SOURCE: str
    """Source set on CRM items created from the line."""
    MAX_CHAT: int
    """Maximum number of simultaneous conversations per operator."""
    TYPE_MAX_CHAT: Literal["answered", "answered_new", "closed"]
    """What counts toward MAX_CHAT: "answered", "answered_new" or "closed"."""
    CATEGORY_ENABLE: Literal["Y", "N"]
    """\"Y" turns on categories."""
    CATEGORY_ID: int
    """ID of the category."""
    SESSION_PRIORITY: int
    """Priority of the line's sessions in the queue."""
    WELCOME_BOT_ENABLE: Literal["Y", "N"]
    """\"Y" greets clients with a chat bot."""
    WELCOME_BOT_JOIN: Literal["first", "always"]
    """\"first" adds the bot only at the start of a conversation, "always" every time."""
    WELCOME_BOT_ID: int
    """ID of the welcome chat bot."""
    WELCOME_BOT_TIME: int
    """Seconds before the bot hands the conversation to the queue."""
    WELCOME_BOT_LEFT: Literal["queue", "close"]
    """\"queue" removes the bot when the conversation goes to operators, "close" when it is closed."""
    CHECK_AVAILABLE: Literal["Y", "N"]
    """\"Y" checks operator availability when distributing conversations."""
    WATCH_TYPING: Literal["Y", "N"]
    """\"Y" shows the typing indicator."""
    SEND_WELCOME_EACH_SESSION: Literal["Y", "N"]
    """\"Y" sends the welcome in every session."""
    OPERATOR_DATA: Literal["profile", "queue", "hide"]
    """What the client sees about the operator: "profile", "queue" or "hide"."""
    DEFAULT_OPERATOR_DATA: dict[str, Any]
    """Default operator name and avatar shown to clients."""
    NO_ANSWER_RULE: Literal["none", "text"]
    """Action when no operator answers: "none" or "text"."""
    NO_ANSWER_FORM_ID: int
    """ID of the CRM form for the no-answer action."""
    NO_ANSWER_BOT_ID: int
    """ID of the chat bot for the no-answer action."""
    NO_ANSWER_TEXT: str
    """Message for the no-answer action."""
    WORKTIME_DAYOFF: Sequence[str]
    """Days off, such as "SA" and "SU"."""
    WORKTIME_HOLIDAYS: str
    """Holidays as "DD.MM", comma-separated."""
    WORKTIME_DAYOFF_RULE: Literal["none", "text"]
    """Action outside working hours: "none" or "text"."""
    WORKTIME_DAYOFF_FORM_ID: int
    """ID of the CRM form used outside working hours."""
    WORKTIME_DAYOFF_BOT_ID: int
    """ID of the chat bot used outside working hours."""
    WORKTIME_DAYOFF_TEXT: str
    """Message sent outside working hours."""
    CLOSE_RULE: Literal["none", "text"]
    """Action when a conversation is closed: "none" or "text"."""
    CLOSE_FORM_ID: int
    """ID of the CRM form shown on closing."""
    CLOSE_BOT_ID: int
    """ID of the chat bot used on closing."""
    CLOSE_TEXT: str
    """Message sent on closing."""
    VOTE_TIME_LIMIT: int
    """Time limit for the client's rating."""
    VOTE_CLOSING_DELAY: Literal["Y", "N"]
    """\"Y" closes the session right after the rating."""
    VOTE_BEFORE_FINISH: Literal["Y", "N"]
    """\"Y" asks for the rating before the conversation ends."""
    VOTE_MESSAGE_1_TEXT: str
    """Rating request text in the website widget."""
    VOTE_MESSAGE_1_LIKE: str
    """Widget reply to a positive rating."""
    VOTE_MESSAGE_1_DISLIKE: str
    """Widget reply to a negative rating."""
    VOTE_MESSAGE_2_TEXT: str
    """Rating request text in external channels."""
    VOTE_MESSAGE_2_LIKE: str
    """External channel reply to a positive rating."""
    VOTE_MESSAGE_2_DISLIKE: str
    """External channel reply to a negative rating."""
    AUTO_CLOSE_RULE: Literal["none", "text"]
    """Action on automatic closing: "none" or "text"."""
    FULL_CLOSE_TIME: int
    """Time until a manually closed conversation is closed for good."""
    AUTO_CLOSE_TIME: int
    """Time until a conversation closes automatically."""
    AUTO_CLOSE_FORM_ID: int
    """ID of the CRM form used on automatic closing."""
    AUTO_CLOSE_BOT_ID: int
    """ID of the chat bot used on automatic closing."""
    AUTO_CLOSE_TEXT: str
    """Message sent on automatic closing."""
    AUTO_EXPIRE_TIME: int
    """Lifetime of an automatically closed session."""
    TEMPORARY: Literal["Y", "N"]
    """\"Y" for a temporary line, "N" for a permanent one."""
    QUICK_ANSWERS_IBLOCK_ID: int
    """ID of the information block holding quick answers."""
    KPI_FIRST_ANSWER_TIME: int
    """Target time for the first answer."""
    KPI_FIRST_ANSWER_ALERT: Literal["Y", "N"]
    """\"Y" notifies when the first-answer target is missed."""
    KPI_FIRST_ANSWER_LIST: Sequence[Any] | dict[str, Any]
    """Who is notified about a missed first-answer target."""
    KPI_FIRST_ANSWER_TEXT: str
    """Notification text for a missed first-answer target."""
    KPI_FURTHER_ANSWER_TIME: int
    """Target time for later answers."""
    KPI_FURTHER_ANSWER_ALERT: Literal["Y", "N"]
    """\"Y" notifies when a later-answer target is missed."""
    KPI_FURTHER_ANSWER_LIST: Sequence[Any] | dict[str, Any]
    """Who is notified about a missed later-answer target."""
    KPI_FURTHER_ANSWER_TEXT: str
    """Notification text for a missed later-answer target."""
    KPI_CHECK_OPERATOR_ACTIVITY: Literal["Y", "N"]
    """\"Y" tracks operator activity."""
    USE_WELCOME_FORM: Literal["Y", "N"]
    """\"Y" shows a CRM welcome form."""
    WELCOME_FORM_ID: int
    """ID of the CRM welcome form."""
    WELCOME_FORM_DELAY: Literal["Y", "N"]
    """\"Y" shows the welcome form with a delay."""
    CONFIRM_CLOSE: Literal["Y", "N"]
    """\"Y" asks for confirmation before closing."""
    IGNORE_WELCOME_FORM_RESPONSIBLE: Literal["Y", "N"]
    """\"Y" ignores the responsible person set by the welcome form."""


class ImopenlinesConfigList(TypedDict, total=False):
    """An open channel in a list.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html
    """

    ID: str
    """ID of the open channel."""
    LINE_NAME: str
    """Open channel name."""
    ACTIVE: str
    """\"Y" when the line is active, "N" when not."""
    CRM: str
    """\"Y" looks the client up in CRM."""
    CRM_CREATE: str
    """What to create in CRM for a new client."""
    CRM_CREATE_SECOND: str
    """Second CRM creation mode."""
    CRM_CREATE_THIRD: str
    """\"Y" creates a third CRM item."""
    CRM_FORWARD: str
    """\"Y" routes the conversation to the responsible person of the CRM record."""
    CRM_CHAT_TRACKER: str
    """\"Y" turns on the CRM chat tracker."""
    CRM_TRANSFER_CHANGE: str
    """\"Y" changes the CRM responsible person when the conversation is transferred."""
    CRM_SOURCE: str
    """Source set on CRM items created from the line."""
    QUEUE_TYPE: str
    """How conversations are spread over operators: "evenly", "strictly" (in order) or "all"."""
    QUEUE_TIME: str
    """Seconds before a conversation moves on to the next operator."""
    NO_ANSWER_TIME: str
    """Seconds without an answer before the no-answer action runs."""
    CHECK_AVAILABLE: str
    """\"Y" checks operator availability when distributing conversations."""
    WATCH_TYPING: str
    """\"Y" shows the typing indicator."""
    WELCOME_BOT_ENABLE: str
    """\"Y" greets clients with a chat bot."""
    WELCOME_MESSAGE: str
    """\"Y" sends a welcome message to new clients."""
    WELCOME_MESSAGE_TEXT: str
    """Text of the welcome message."""
    VOTE_MESSAGE: str
    """\"Y" asks the client to rate the service."""
    VOTE_TIME_LIMIT: str
    """Time limit for the client's rating."""
    VOTE_BEFORE_FINISH: str
    """\"Y" asks for the rating before the conversation ends."""
    VOTE_CLOSING_DELAY: str
    """\"Y" closes the session right after the rating."""
    VOTE_MESSAGE_1_TEXT: str
    """Rating request text in the website widget."""
    VOTE_MESSAGE_1_LIKE: str
    """Widget reply to a positive rating."""
    VOTE_MESSAGE_1_DISLIKE: str
    """Widget reply to a negative rating."""
    VOTE_MESSAGE_2_TEXT: str
    """Rating request text in external channels."""
    VOTE_MESSAGE_2_LIKE: str
    """External channel reply to a positive rating."""
    VOTE_MESSAGE_2_DISLIKE: str
    """External channel reply to a negative rating."""
    AGREEMENT_MESSAGE: str
    """\"Y" shows the consent message."""
    AGREEMENT_ID: str
    """ID of the consent agreement."""
    CATEGORY_ENABLE: str
    """\"Y" turns on categories."""
    CATEGORY_ID: str
    """ID of the category."""
    WELCOME_BOT_JOIN: str
    """\"first" adds the bot only at the start of a conversation, "always" every time."""
    WELCOME_BOT_ID: str
    """ID of the welcome chat bot."""
    WELCOME_BOT_TIME: str
    """Seconds before the bot hands the conversation to the queue."""
    WELCOME_BOT_LEFT: str
    """\"queue" removes the bot when the conversation goes to operators, "close" when it is closed."""
    NO_ANSWER_RULE: str
    """Action when no operator answers: "none" or "text"."""
    NO_ANSWER_FORM_ID: str
    """ID of the CRM form for the no-answer action."""
    NO_ANSWER_BOT_ID: str
    """ID of the chat bot for the no-answer action."""
    NO_ANSWER_TEXT: str
    """Message for the no-answer action."""
    WORKTIME_ENABLE: str
    """\"Y" makes the line follow its working hours."""
    WORKTIME_FROM: str
    """Start of working hours, "HH:MM"."""
    WORKTIME_TO: str
    """End of working hours, "HH:MM"."""
    WORKTIME_TIMEZONE: str
    """Time zone of the working hours, such as "Europe/Berlin"."""
    WORKTIME_HOLIDAYS: list[Any] | dict[str, Any]
    """Holidays as "DD.MM", comma-separated."""
    WORKTIME_DAYOFF: list[Any] | dict[str, Any]
    """Days off, such as "SA" and "SU"."""
    WORKTIME_DAYOFF_RULE: str
    """Action outside working hours: "none" or "text"."""
    WORKTIME_DAYOFF_FORM_ID: str
    """ID of the CRM form used outside working hours."""
    WORKTIME_DAYOFF_BOT_ID: str
    """ID of the chat bot used outside working hours."""
    WORKTIME_DAYOFF_TEXT: str
    """Message sent outside working hours."""
    CLOSE_RULE: str
    """Action when a conversation is closed: "none" or "text"."""
    CLOSE_FORM_ID: str
    """ID of the CRM form shown on closing."""
    CLOSE_BOT_ID: str
    """ID of the chat bot used on closing."""
    CLOSE_TEXT: str
    """Message sent on closing."""
    FULL_CLOSE_TIME: str
    """Time until a manually closed conversation is closed for good."""
    AUTO_CLOSE_RULE: str
    """Action on automatic closing: "none" or "text"."""
    AUTO_CLOSE_FORM_ID: str
    """ID of the CRM form used on automatic closing."""
    AUTO_CLOSE_BOT_ID: str
    """ID of the chat bot used on automatic closing."""
    AUTO_CLOSE_TIME: str
    """Time until a conversation closes automatically."""
    AUTO_CLOSE_TEXT: str
    """Message sent on automatic closing."""
    AUTO_EXPIRE_TIME: str
    """Lifetime of an automatically closed session."""
    DATE_CREATE: dict[str, Any]
    """Time the line was created, in serialized form."""
    DATE_MODIFY: dict[str, Any]
    """Time the line was last changed, in serialized form."""
    MODIFY_USER_ID: str
    """ID of the user who last changed the line."""
    TEMPORARY: str
    """\"Y" for a temporary line, "N" for a permanent one."""
    XML_ID: str
    """External ID, or null."""
    LANGUAGE_ID: str
    """Language of the line, such as "en"."""
    QUICK_ANSWERS_IBLOCK_ID: str
    """ID of the information block holding quick answers."""
    SESSION_PRIORITY: str
    """Priority of the line's sessions in the queue."""
    TYPE_MAX_CHAT: str
    """What counts toward MAX_CHAT: "answered", "answered_new" or "closed"."""
    MAX_CHAT: str
    """Maximum number of simultaneous conversations per operator."""
    OPERATOR_DATA: str
    """What the client sees about the operator: "profile", "queue" or "hide"."""
    QUEUE: list[Any]
    """IDs of the operators in the queue; only with OPTIONS/QUEUE "Y"."""
    QUEUE_USERS_FIELDS: dict[str, Any]
    """Queue users' display data keyed by user ID."""
    CONFIG_QUEUE: list[Any]
    """Ordered queue entries of the line, each with ENTITY_TYPE and ENTITY_ID; only with OPTIONS/CONFIG_QUEUE "Y"."""
    DEFAULT_OPERATOR_DATA: list[Any] | dict[str, Any]
    """Default operator name and avatar shown to clients."""
    KPI_FIRST_ANSWER_TIME: str
    """Target time for the first answer."""
    KPI_FIRST_ANSWER_ALERT: str
    """\"Y" notifies when the first-answer target is missed."""
    KPI_FIRST_ANSWER_LIST: list[Any] | dict[str, Any]
    """Who is notified about a missed first-answer target."""
    KPI_FIRST_ANSWER_TEXT: str
    """Notification text for a missed first-answer target."""
    KPI_FURTHER_ANSWER_TIME: str
    """Target time for later answers."""
    KPI_FURTHER_ANSWER_ALERT: str
    """\"Y" notifies when a later-answer target is missed."""
    KPI_FURTHER_ANSWER_LIST: list[Any] | dict[str, Any]
    """Who is notified about a missed later-answer target."""
    KPI_FURTHER_ANSWER_TEXT: str
    """Notification text for a missed later-answer target."""
    KPI_CHECK_OPERATOR_ACTIVITY: str
    """\"Y" tracks operator activity."""
    SEND_NOTIFICATION_EMPTY_QUEUE: str
    """\"Y" sends notifications when the queue is empty."""
    USE_WELCOME_FORM: str
    """\"Y" shows a CRM welcome form."""
    WELCOME_FORM_ID: str
    """ID of the CRM welcome form."""
    WELCOME_FORM_DELAY: str
    """\"Y" shows the welcome form with a delay."""
    SEND_WELCOME_EACH_SESSION: str
    """\"Y" sends the welcome in every session."""
    CONFIRM_CLOSE: str
    """\"Y" asks for confirmation before closing."""
    IGNORE_WELCOME_FORM_RESPONSIBLE: str
    """\"Y" ignores the responsible person set by the welcome form."""


class ImopenlinesConfigListGetOptions(TypedDict, total=False):
    """Keys of the ``OPTIONS`` parameter of ``imopenlines.config.list.get``."""

    QUEUE: Literal["Y", "N"]
    """\"Y" adds the operator IDs of each queue."""
    CONFIG_QUEUE: Literal["Y", "N"]
    """\"Y" adds the ordered queue entries of each line."""
    CHECK_PERMISSION: str
    """Return only lines the user may access for this permission action."""


class ImopenlinesConfigListGetParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``imopenlines.config.list.get``."""

    select: Sequence[str]
    """Fields to return."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "ASC"}."""
    filter: dict[str, Any]
    """Filter by line fields, such as {"ACTIVE": "Y"}."""
    limit: int
    """Lines per page (default 50, at most 200)."""
    offset: int
    """Number of lines to skip."""


class ImopenlinesConfigPath(TypedDict, total=False):
    """Where the public open channels page lives.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-path-get.html
    """

    SERVER_ADDRESS: str
    """Portal address."""
    PUBLIC_PATH: str
    """Path of the public open channels page."""


class ImopenlinesCrmChat(TypedDict, total=False):
    """A chat linked to a CRM record.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get.html
    """

    CHAT_ID: str
    """ID of the chat."""
    CONNECTOR_ID: str
    """ID of the channel connector, such as "livechat"."""
    CONNECTOR_TITLE: str
    """Name of the channel connector."""


class ImopenlinesDialogRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImopenlinesDialog``."""

    avatar: bool
    """Whether the avatar can be changed."""
    rename: bool
    """Whether the chat can be renamed."""
    extend: bool
    """Whether members can be added."""
    call: bool
    """Whether calls can be started."""
    mute: bool
    """Whether notifications can be muted."""
    leave: bool
    """Whether members can leave."""
    leave_owner: bool
    """Whether the owner can leave."""
    send: bool
    """Whether messages can be sent."""
    user_list: bool
    """Whether the member list can be viewed."""


class ImopenlinesDialogEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImopenlinesDialog``."""

    type: str
    """\"LINES" for open channel chats."""
    url: str
    """Link to the object in the external channel, or an empty string."""
    id: str
    """External ID of the dialog in the channel."""


class ImopenlinesDialogPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImopenlinesDialog``."""

    manage_users_add: str
    """Who may add members."""
    manage_users_delete: str
    """Who may remove members."""
    manage_ui: str
    """Who may change the title, colour and avatar."""
    manage_settings: str
    """Who may change chat settings."""
    manage_messages: str
    """Who may manage messages."""
    can_post: str
    """Who may post messages."""


class ImopenlinesDialogLastMessageViews(TypedDict, total=False):
    """Keys of ``last_message_views`` in ``ImopenlinesDialog``."""

    message_id: int
    """ID of the latest message."""
    first_viewers: list[Any]
    """First users who viewed the message."""
    count_of_viewers: int
    """Number of users who viewed the message."""


class ImopenlinesDialog(TypedDict, total=False):
    """An open channel chat with its settings and state.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-dialog-get.html
    """

    id: int
    """ID of the chat."""
    parent_chat_id: int
    """ID of the parent chat (for threads and comments)."""
    parent_message_id: int
    """ID of the message the chat was started from."""
    name: str
    """Chat title."""
    description: str | None
    """Chat description."""
    owner: int
    """ID of the chat owner."""
    extranet: bool
    """Whether the chat is an extranet chat."""
    avatar: str
    """URL of the chat avatar, or an empty string."""
    color: str
    """Chat colour in hex format."""
    dialog_id: str
    """Dialog ID as passed in DIALOG_ID."""
    type: str
    """Chat type; "lines" for open channels."""
    counter: int
    """Number of unread messages for the current user."""
    user_counter: int
    """Number of chat members."""
    message_count: int
    """Number of messages in the chat."""
    unread_id: int
    """ID of the first unread message."""
    restrictions: ImopenlinesDialogRestrictions
    """Which chat actions are available (true) or blocked (false)."""
    last_message_id: int
    """ID of the latest message in the chat."""
    last_id: int
    """ID of the last message the current user has read."""
    marked_id: int
    """ID of the message marked by the current user."""
    disk_folder_id: int
    """ID of the chat's Drive folder for files."""
    entity_type: str
    """\"LINES" for open channel chats."""
    entity_id: str
    """ID of the linked object within entity_type."""
    entity_data_1: str
    """Open channel session data string."""
    entity_data_2: str
    """CRM bindings string."""
    entity_data_3: str
    """Extra service flag."""
    mute_list: list[Any]
    """Users who have muted notifications for the chat."""
    date_create: str
    """Time the chat was created (ISO 8601)."""
    message_type: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""
    public: str
    """Marker showing whether the chat is public."""
    role: str
    """Role of the current user in the chat, such as owner, manager or member."""
    entity_link: ImopenlinesDialogEntityLink
    """Link to the object the chat is tied to."""
    text_field_enabled: bool
    """Whether the message input field is available."""
    background_id: int | None
    """ID of the chat background, or null."""
    permissions: ImopenlinesDialogPermissions
    """Who may perform each action in the chat."""
    is_new: bool
    """Whether the dialog is new for the current user."""
    readed_list: list[Any]
    """Members with the last message each of them has read."""
    manager_list: list[Any]
    """IDs of the chat managers."""
    last_message_views: ImopenlinesDialogLastMessageViews
    """Who has viewed the latest message."""


class ImopenlinesRevision(TypedDict, total=False):
    """API revisions of the open channels module.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-revision-get.html
    """

    rest: int
    """Revision of the REST API."""
    web: int
    """Revision of the web API."""
    mobile: int
    """Revision of the mobile API."""


class ImopenlinesSessionHistoryUsersMessage(TypedDict, total=False):
    """Keys of ``usersMessage`` in ``ImopenlinesSessionHistory``."""

    chat1763: list[str]
    """Message IDs of one chat (key is "chat" plus the chat ID)."""


class ImopenlinesSessionHistoryOpenlines(TypedDict, total=False):
    """Keys of ``openlines`` in ``ImopenlinesSessionHistory``."""

    canvoteashead: dict[str, Any]
    """Whether supervisor rating is possible."""


class ImopenlinesSessionHistory(TypedDict, total=False):
    """Messages and participants of a conversation.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-history-get.html
    """

    chatId: int
    """ID of the chat."""
    canJoin: str
    """\"Y" when the user can join the conversation."""
    canVoteHead: str
    """\"Y" when the user can rate operators as a supervisor."""
    sessionId: int
    """ID of the session."""
    sessionVoteHead: int
    """Supervisor's rating."""
    sessionCommentHead: str | None
    """Supervisor's comment, or null."""
    userId: str
    """Chat ID as "chatXXX"."""
    message: dict[str, Any]
    """Messages keyed by message ID."""
    usersMessage: ImopenlinesSessionHistoryUsersMessage
    """Message IDs per chat."""
    users: dict[str, Any]
    """Chat participants keyed by user ID."""
    openlines: ImopenlinesSessionHistoryOpenlines
    """Open channel data."""
    userInGroup: dict[str, Any]
    """Users grouped by department."""
    woUserInGroup: list[Any]
    """Users outside the departments of userInGroup."""
    chat: dict[str, Any]
    """Chat data keyed by chat ID."""
    userBlockChat: dict[str, Any]
    """Chat block flags per user."""
    userInChat: dict[str, Any]
    """Chat members."""
    files: dict[str, Any]
    """Files of the messages."""


class ImopenlinesSessionOpenResult(TypedDict, total=False):
    """Keys of the result of ``imopenlines.session.open``."""

    chatId: Required[str]
    """ID of the chat."""
