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
    """Imopenlines config, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-get.html
    """

    ID: str
    LINE_NAME: str
    ACTIVE: str
    CRM: str
    CRM_CREATE: str
    CRM_CREATE_SECOND: str
    CRM_CREATE_THIRD: str
    CRM_FORWARD: str
    CRM_CHAT_TRACKER: str
    CRM_TRANSFER_CHANGE: str
    CRM_SOURCE: str
    QUEUE_TYPE: str
    QUEUE_TIME: str
    NO_ANSWER_TIME: str
    CHECK_AVAILABLE: str
    WATCH_TYPING: str
    WELCOME_BOT_ENABLE: str
    WELCOME_MESSAGE: str
    WELCOME_MESSAGE_TEXT: str
    VOTE_MESSAGE: str
    VOTE_TIME_LIMIT: str
    VOTE_BEFORE_FINISH: str
    VOTE_CLOSING_DELAY: str
    VOTE_MESSAGE_1_TEXT: str
    VOTE_MESSAGE_1_LIKE: str
    VOTE_MESSAGE_1_DISLIKE: str
    VOTE_MESSAGE_2_TEXT: str
    VOTE_MESSAGE_2_LIKE: str
    VOTE_MESSAGE_2_DISLIKE: str
    AGREEMENT_MESSAGE: str
    AGREEMENT_ID: str
    CATEGORY_ENABLE: str
    CATEGORY_ID: str
    WELCOME_BOT_JOIN: str
    WELCOME_BOT_ID: str
    WELCOME_BOT_TIME: str
    WELCOME_BOT_LEFT: str
    NO_ANSWER_RULE: str
    NO_ANSWER_FORM_ID: str
    NO_ANSWER_BOT_ID: str
    NO_ANSWER_TEXT: str
    WORKTIME_ENABLE: str
    WORKTIME_FROM: str
    WORKTIME_TO: str
    WORKTIME_TIMEZONE: str
    WORKTIME_HOLIDAYS: list[Any]
    WORKTIME_DAYOFF: list[Any]
    WORKTIME_DAYOFF_RULE: str
    WORKTIME_DAYOFF_FORM_ID: str
    WORKTIME_DAYOFF_BOT_ID: str
    WORKTIME_DAYOFF_TEXT: str
    CLOSE_RULE: str
    CLOSE_FORM_ID: str
    CLOSE_BOT_ID: str
    CLOSE_TEXT: str
    FULL_CLOSE_TIME: str
    AUTO_CLOSE_RULE: str
    AUTO_CLOSE_FORM_ID: str
    AUTO_CLOSE_BOT_ID: str
    AUTO_CLOSE_TIME: str
    AUTO_CLOSE_TEXT: str
    AUTO_EXPIRE_TIME: str
    DATE_CREATE: dict[str, Any]
    DATE_MODIFY: dict[str, Any]
    MODIFY_USER_ID: str
    TEMPORARY: str
    XML_ID: str | None
    LANGUAGE_ID: str
    QUICK_ANSWERS_IBLOCK_ID: str
    SESSION_PRIORITY: str
    TYPE_MAX_CHAT: str
    MAX_CHAT: str
    OPERATOR_DATA: str
    QUEUE: list[Any]
    QUEUE_FULL: dict[str, Any]
    QUEUE_USERS_FIELDS: dict[str, Any]
    QUEUE_ONLINE: str
    DEFAULT_OPERATOR_DATA: list[Any]
    KPI_FIRST_ANSWER_TIME: str
    KPI_FIRST_ANSWER_ALERT: str
    KPI_FIRST_ANSWER_LIST: list[Any] | dict[str, Any] | None
    KPI_FIRST_ANSWER_TEXT: str
    KPI_FURTHER_ANSWER_TIME: str
    KPI_FURTHER_ANSWER_ALERT: str
    KPI_FURTHER_ANSWER_LIST: list[Any] | dict[str, Any] | None
    KPI_FURTHER_ANSWER_TEXT: str
    KPI_CHECK_OPERATOR_ACTIVITY: str
    SEND_NOTIFICATION_EMPTY_QUEUE: str
    USE_WELCOME_FORM: str
    WELCOME_FORM_ID: str
    WELCOME_FORM_DELAY: str
    SEND_WELCOME_EACH_SESSION: str
    CONFIRM_CLOSE: str
    IGNORE_WELCOME_FORM_RESPONSIBLE: str


class ImopenlinesConfigAddParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``imopenlines.config.add``."""

    LINE_NAME: str
    ACTIVE: Literal["Y", "N"]
    QUEUE: Sequence[dict[str, Any]]
    QUEUE_TYPE: Literal["evenly", "strictly", "all"]
    QUEUE_TIME: int
    NO_ANSWER_TIME: int
    WELCOME_MESSAGE: Literal["Y", "N"]
    WELCOME_MESSAGE_TEXT: str
    WORKTIME_ENABLE: Literal["Y", "N"]
    WORKTIME_FROM: str
    WORKTIME_TO: str
    WORKTIME_TIMEZONE: str
    CRM: Literal["Y", "N"]
    CRM_CREATE: str
    VOTE_MESSAGE: Literal["Y", "N"]
    LANGUAGE_ID: str
    CRM_CREATE_SECOND: str
    CRM_CREATE_THIRD: Literal["Y", "N"]
    CRM_CHAT_TRACKER: Literal["Y", "N"]
    CRM_FORWARD: Literal["Y", "N"]
    CRM_TRANSFER_CHANGE: Literal["Y", "N"]
    CRM_SOURCE: str
    MAX_CHAT: int
    TYPE_MAX_CHAT: Literal["answered", "answered_new", "closed"]
    CATEGORY_ENABLE: Literal["Y", "N"]
    CATEGORY_ID: int
    SESSION_PRIORITY: int
    WELCOME_BOT_ENABLE: Literal["Y", "N"]
    WELCOME_BOT_JOIN: Literal["first", "always"]
    WELCOME_BOT_ID: int
    WELCOME_BOT_TIME: int
    WELCOME_BOT_LEFT: Literal["queue", "close"]
    CHECK_AVAILABLE: Literal["Y", "N"]
    WATCH_TYPING: Literal["Y", "N"]
    SEND_WELCOME_EACH_SESSION: Literal["Y", "N"]
    OPERATOR_DATA: Literal["profile", "queue", "hide"]
    DEFAULT_OPERATOR_DATA: dict[str, Any]
    NO_ANSWER_RULE: Literal["none", "text"]
    NO_ANSWER_FORM_ID: int
    NO_ANSWER_BOT_ID: int
    NO_ANSWER_TEXT: str
    WORKTIME_DAYOFF: Sequence[str]
    WORKTIME_HOLIDAYS: str
    WORKTIME_DAYOFF_RULE: Literal["none", "text"]
    WORKTIME_DAYOFF_FORM_ID: int
    WORKTIME_DAYOFF_BOT_ID: int
    WORKTIME_DAYOFF_TEXT: str
    CLOSE_RULE: Literal["none", "text"]
    CLOSE_FORM_ID: int
    CLOSE_BOT_ID: int
    CLOSE_TEXT: str
    VOTE_TIME_LIMIT: int
    VOTE_CLOSING_DELAY: Literal["Y", "N"]
    VOTE_BEFORE_FINISH: Literal["Y", "N"]
    VOTE_MESSAGE_1_TEXT: str
    VOTE_MESSAGE_1_LIKE: str
    VOTE_MESSAGE_1_DISLIKE: str
    VOTE_MESSAGE_2_TEXT: str
    VOTE_MESSAGE_2_LIKE: str
    VOTE_MESSAGE_2_DISLIKE: str
    AUTO_CLOSE_RULE: Literal["none", "text"]
    FULL_CLOSE_TIME: int
    AUTO_CLOSE_TIME: int
    AUTO_CLOSE_FORM_ID: int
    AUTO_CLOSE_BOT_ID: int
    AUTO_CLOSE_TEXT: str
    AUTO_EXPIRE_TIME: int
    TEMPORARY: Literal["Y", "N"]
    QUICK_ANSWERS_IBLOCK_ID: int
    KPI_FIRST_ANSWER_TIME: int
    KPI_FIRST_ANSWER_ALERT: Literal["Y", "N"]
    KPI_FIRST_ANSWER_LIST: Sequence[Any] | dict[str, Any]
    KPI_FIRST_ANSWER_TEXT: str
    KPI_FURTHER_ANSWER_TIME: int
    KPI_FURTHER_ANSWER_ALERT: Literal["Y", "N"]
    KPI_FURTHER_ANSWER_LIST: Sequence[Any] | dict[str, Any]
    KPI_FURTHER_ANSWER_TEXT: str
    KPI_CHECK_OPERATOR_ACTIVITY: Literal["Y", "N"]
    USE_WELCOME_FORM: Literal["Y", "N"]
    WELCOME_FORM_ID: int
    WELCOME_FORM_DELAY: Literal["Y", "N"]
    CONFIRM_CLOSE: Literal["Y", "N"]
    IGNORE_WELCOME_FORM_RESPONSIBLE: Literal["Y", "N"]


class ImopenlinesConfigList(TypedDict, total=False):
    """Imopenlines config list, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html
    """

    ID: str
    LINE_NAME: str
    ACTIVE: str
    CRM: str
    CRM_CREATE: str
    CRM_CREATE_SECOND: str
    CRM_CREATE_THIRD: str
    CRM_FORWARD: str
    CRM_CHAT_TRACKER: str
    CRM_TRANSFER_CHANGE: str
    CRM_SOURCE: str
    QUEUE_TYPE: str
    QUEUE_TIME: str
    NO_ANSWER_TIME: str
    CHECK_AVAILABLE: str
    WATCH_TYPING: str
    WELCOME_BOT_ENABLE: str
    WELCOME_MESSAGE: str
    WELCOME_MESSAGE_TEXT: str
    VOTE_MESSAGE: str
    VOTE_TIME_LIMIT: str
    VOTE_BEFORE_FINISH: str
    VOTE_CLOSING_DELAY: str
    VOTE_MESSAGE_1_TEXT: str
    VOTE_MESSAGE_1_LIKE: str
    VOTE_MESSAGE_1_DISLIKE: str
    VOTE_MESSAGE_2_TEXT: str
    VOTE_MESSAGE_2_LIKE: str
    VOTE_MESSAGE_2_DISLIKE: str
    AGREEMENT_MESSAGE: str
    AGREEMENT_ID: str
    CATEGORY_ENABLE: str
    CATEGORY_ID: str
    WELCOME_BOT_JOIN: str
    WELCOME_BOT_ID: str
    WELCOME_BOT_TIME: str
    WELCOME_BOT_LEFT: str
    NO_ANSWER_RULE: str
    NO_ANSWER_FORM_ID: str
    NO_ANSWER_BOT_ID: str
    NO_ANSWER_TEXT: str
    WORKTIME_ENABLE: str
    WORKTIME_FROM: str
    WORKTIME_TO: str
    WORKTIME_TIMEZONE: str
    WORKTIME_HOLIDAYS: list[Any] | dict[str, Any]
    WORKTIME_DAYOFF: list[Any] | dict[str, Any]
    WORKTIME_DAYOFF_RULE: str
    WORKTIME_DAYOFF_FORM_ID: str
    WORKTIME_DAYOFF_BOT_ID: str
    WORKTIME_DAYOFF_TEXT: str
    CLOSE_RULE: str
    CLOSE_FORM_ID: str
    CLOSE_BOT_ID: str
    CLOSE_TEXT: str
    FULL_CLOSE_TIME: str
    AUTO_CLOSE_RULE: str
    AUTO_CLOSE_FORM_ID: str
    AUTO_CLOSE_BOT_ID: str
    AUTO_CLOSE_TIME: str
    AUTO_CLOSE_TEXT: str
    AUTO_EXPIRE_TIME: str
    DATE_CREATE: dict[str, Any]
    DATE_MODIFY: dict[str, Any]
    MODIFY_USER_ID: str
    TEMPORARY: str
    XML_ID: str
    LANGUAGE_ID: str
    QUICK_ANSWERS_IBLOCK_ID: str
    SESSION_PRIORITY: str
    TYPE_MAX_CHAT: str
    MAX_CHAT: str
    OPERATOR_DATA: str
    QUEUE: list[Any]
    QUEUE_USERS_FIELDS: dict[str, Any]
    CONFIG_QUEUE: list[Any]
    DEFAULT_OPERATOR_DATA: list[Any] | dict[str, Any]
    KPI_FIRST_ANSWER_TIME: str
    KPI_FIRST_ANSWER_ALERT: str
    KPI_FIRST_ANSWER_LIST: list[Any] | dict[str, Any]
    KPI_FIRST_ANSWER_TEXT: str
    KPI_FURTHER_ANSWER_TIME: str
    KPI_FURTHER_ANSWER_ALERT: str
    KPI_FURTHER_ANSWER_LIST: list[Any] | dict[str, Any]
    KPI_FURTHER_ANSWER_TEXT: str
    KPI_CHECK_OPERATOR_ACTIVITY: str
    SEND_NOTIFICATION_EMPTY_QUEUE: str
    USE_WELCOME_FORM: str
    WELCOME_FORM_ID: str
    WELCOME_FORM_DELAY: str
    SEND_WELCOME_EACH_SESSION: str
    CONFIRM_CLOSE: str
    IGNORE_WELCOME_FORM_RESPONSIBLE: str


class ImopenlinesConfigListGetOptions(TypedDict, total=False):
    """Keys of the ``OPTIONS`` parameter of ``imopenlines.config.list.get``."""

    QUEUE: Literal["Y", "N"]
    CONFIG_QUEUE: Literal["Y", "N"]
    CHECK_PERMISSION: str


class ImopenlinesConfigListGetParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``imopenlines.config.list.get``."""

    select: Sequence[str]
    order: dict[str, Any]
    filter: dict[str, Any]
    limit: int
    offset: int


class ImopenlinesConfigPath(TypedDict, total=False):
    """Imopenlines config path, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-path-get.html
    """

    SERVER_ADDRESS: str
    PUBLIC_PATH: str


class ImopenlinesCrmChat(TypedDict, total=False):
    """Imopenlines crm chat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get.html
    """

    CHAT_ID: str
    CONNECTOR_ID: str
    CONNECTOR_TITLE: str


class ImopenlinesDialogRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImopenlinesDialog``."""

    avatar: bool
    rename: bool
    extend: bool
    call: bool
    mute: bool
    leave: bool
    leave_owner: bool
    send: bool
    user_list: bool


class ImopenlinesDialogEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImopenlinesDialog``."""

    type: str
    url: str
    id: str


class ImopenlinesDialogPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImopenlinesDialog``."""

    manage_users_add: str
    manage_users_delete: str
    manage_ui: str
    manage_settings: str
    manage_messages: str
    can_post: str


class ImopenlinesDialogLastMessageViews(TypedDict, total=False):
    """Keys of ``last_message_views`` in ``ImopenlinesDialog``."""

    message_id: int
    first_viewers: list[Any]
    count_of_viewers: int


class ImopenlinesDialog(TypedDict, total=False):
    """Imopenlines dialog, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-dialog-get.html
    """

    id: int
    parent_chat_id: int
    parent_message_id: int
    name: str
    description: str | None
    owner: int
    extranet: bool
    avatar: str
    color: str
    dialog_id: str
    type: str
    counter: int
    user_counter: int
    message_count: int
    unread_id: int
    restrictions: ImopenlinesDialogRestrictions
    last_message_id: int
    last_id: int
    marked_id: int
    disk_folder_id: int
    entity_type: str
    entity_id: str
    entity_data_1: str
    entity_data_2: str
    entity_data_3: str
    mute_list: list[Any]
    date_create: str
    message_type: str
    public: str
    role: str
    entity_link: ImopenlinesDialogEntityLink
    text_field_enabled: bool
    background_id: int | None
    permissions: ImopenlinesDialogPermissions
    is_new: bool
    readed_list: list[Any]
    manager_list: list[Any]
    last_message_views: ImopenlinesDialogLastMessageViews


class ImopenlinesRevision(TypedDict, total=False):
    """Imopenlines revision, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-revision-get.html
    """

    rest: int
    web: int
    mobile: int


class ImopenlinesSessionHistoryUsersMessage(TypedDict, total=False):
    """Keys of ``usersMessage`` in ``ImopenlinesSessionHistory``."""

    chat1763: list[str]


class ImopenlinesSessionHistoryOpenlines(TypedDict, total=False):
    """Keys of ``openlines`` in ``ImopenlinesSessionHistory``."""

    canvoteashead: dict[str, Any]


class ImopenlinesSessionHistory(TypedDict, total=False):
    """Imopenlines session history, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-history-get.html
    """

    chatId: int
    canJoin: str
    canVoteHead: str
    sessionId: int
    sessionVoteHead: int
    sessionCommentHead: str | None
    userId: str
    message: dict[str, Any]
    usersMessage: ImopenlinesSessionHistoryUsersMessage
    users: dict[str, Any]
    openlines: ImopenlinesSessionHistoryOpenlines
    userInGroup: dict[str, Any]
    woUserInGroup: list[Any]
    chat: dict[str, Any]
    userBlockChat: dict[str, Any]
    userInChat: dict[str, Any]
    files: dict[str, Any]


class ImopenlinesSessionOpenResult(TypedDict, total=False):
    """Keys of the result of ``imopenlines.session.open``."""

    chatId: Required[str]
