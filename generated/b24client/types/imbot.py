"""TypedDicts of ``b24client.types.imbot``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "ImbotChat",
    "ImbotCommandRegisterLang",
    "ImbotCommandUpdateFields",
    "ImbotCommandUpdateFieldsLang",
    "ImbotDialog",
    "ImbotDialogEntityLink",
    "ImbotDialogLastMessageViews",
    "ImbotDialogPermissions",
    "ImbotDialogRestrictions",
    "ImbotRegisterProperties",
    "ImbotUpdateFields",
    "ImbotUpdateFieldsProperties",
    "ImbotV2Bot",
    "ImbotV2BotBot",
    "ImbotV2BotBots",
    "ImbotV2BotRegisterFields",
    "ImbotV2BotRegisterFieldsProperties",
    "ImbotV2BotRegisterResult",
    "ImbotV2BotRegisterResultBot",
    "ImbotV2BotRegisterResultUsers",
    "ImbotV2BotUnregisterResult",
    "ImbotV2BotUpdateFields",
    "ImbotV2BotUpdateFieldsProperties",
    "ImbotV2BotUpdateResult",
    "ImbotV2BotUpdateResultBot",
    "ImbotV2BotUpdateResultUsers",
    "ImbotV2BotUsers",
    "ImbotV2Chat",
    "ImbotV2ChatAddFields",
    "ImbotV2ChatAddResult",
    "ImbotV2ChatAddResultChat",
    "ImbotV2ChatAddResultUsers",
    "ImbotV2ChatGetResult",
    "ImbotV2ChatInputActionNotifyResult",
    "ImbotV2ChatLeaveResult",
    "ImbotV2ChatManagerAddResult",
    "ImbotV2ChatManagerDeleteResult",
    "ImbotV2ChatMessage",
    "ImbotV2ChatMessageDeleteResult",
    "ImbotV2ChatMessageGetContextResult",
    "ImbotV2ChatMessageGetContextResultMessages",
    "ImbotV2ChatMessageGetContextResultUsers",
    "ImbotV2ChatMessageMessage",
    "ImbotV2ChatMessageReactionAddResult",
    "ImbotV2ChatMessageReactionDeleteResult",
    "ImbotV2ChatMessageReadResult",
    "ImbotV2ChatMessageSendFields",
    "ImbotV2ChatMessageSendResult",
    "ImbotV2ChatMessageUpdateFields",
    "ImbotV2ChatMessageUpdateResult",
    "ImbotV2ChatMessageUser",
    "ImbotV2ChatSetOwnerResult",
    "ImbotV2ChatTextFieldEnabledResult",
    "ImbotV2ChatUpdateFields",
    "ImbotV2ChatUpdateResult",
    "ImbotV2ChatUser",
    "ImbotV2ChatUserAddResult",
    "ImbotV2ChatUserDeleteResult",
    "ImbotV2Command",
    "ImbotV2CommandAnswerFields",
    "ImbotV2CommandAnswerResult",
    "ImbotV2CommandListResult",
    "ImbotV2CommandRegisterFields",
    "ImbotV2CommandRegisterResult",
    "ImbotV2CommandUnregisterResult",
    "ImbotV2CommandUpdateFields",
    "ImbotV2CommandUpdateResult",
    "ImbotV2Event",
    "ImbotV2EventEvents",
    "ImbotV2FileDownloadResult",
    "ImbotV2FileUploadFields",
    "ImbotV2FileUploadResult",
    "ImbotV2FileUploadResultFile",
    "ImbotV2Revision",
]


class ImbotChat(TypedDict, total=False):
    """The chat found for an external object.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html
    """

    ID: int
    """ID of the chat."""


class ImbotCommandRegisterLang(TypedDict, total=False):
    """Keys of the ``LANG`` parameter of ``imbot.command.register``."""

    LANGUAGE_ID: Required[str]
    """Language code, such as "en" or "de"."""
    TITLE: Required[str]
    """Title shown in that language."""
    PARAMS: str
    """Hint about the command parameters in that language."""


class ImbotCommandUpdateFieldsLang(TypedDict, total=False):
    """Keys of ``FIELDS.LANG`` in ``imbot.command.update``."""

    LANGUAGE_ID: Required[str]
    """Language code, such as "en" or "de"."""
    TITLE: Required[str]
    """Title shown in that language."""
    PARAMS: str
    """Hint about the command parameters in that language."""


class ImbotCommandUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``imbot.command.update``."""

    COMMAND: str
    """New command text."""
    EVENT_COMMAND_ADD: str
    """URL that receives ONIMCOMMANDADD when the command is used."""
    HIDDEN: Literal["Y", "N"]
    """\"Y" hides the command; "N" shows it."""
    EXTRANET_SUPPORT: Literal["Y", "N"]
    """\"Y" makes the command available to extranet users."""
    LANG: Sequence[ImbotCommandUpdateFieldsLang]
    """Translations of the title and hints, one entry per language."""


class ImbotDialogRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImbotDialog``."""

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


class ImbotDialogEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImbotDialog``."""

    type: str
    """Type of the linked object."""
    url: str
    """URL of the linked object."""
    id: str
    """ID of the linked object."""


class ImbotDialogPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImbotDialog``."""

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


class ImbotDialogLastMessageViews(TypedDict, total=False):
    """Keys of ``last_message_views`` in ``ImbotDialog``."""

    message_id: int
    """ID of the latest message."""
    first_viewers: list[Any]
    """First users who viewed the message."""
    count_of_viewers: int
    """Number of users who viewed the message."""


class ImbotDialog(TypedDict, total=False):
    """A chat or dialog with its settings and state.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-dialog-get.html
    """

    id: int
    """ID of the chat."""
    parent_chat_id: int
    """ID of the parent chat (for threads and comments)."""
    parent_message_id: int
    """ID of the message the chat was started from."""
    name: str
    """Chat title."""
    description: str
    """Chat description."""
    owner: int
    """ID of the chat owner."""
    extranet: bool
    """Whether the chat has external (extranet) members."""
    avatar: str
    """URL of the chat avatar."""
    color: str
    """Chat colour in hex format."""
    type: str
    """Chat type, such as "chat", "open" or "lines"."""
    counter: int
    """Number of unread messages for the current user."""
    user_counter: int
    """Number of chat members."""
    message_count: int
    """Number of messages in the chat."""
    unread_id: int
    """ID of the first unread message."""
    restrictions: ImbotDialogRestrictions
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
    """Kind of object the chat is linked to, such as "CRM" or "LINES"."""
    entity_id: str
    """ID of the linked object within entity_type."""
    entity_data_1: str
    """Extra data of the linked object (slot 1)."""
    entity_data_2: str
    """Extra data of the linked object (slot 2)."""
    entity_data_3: str
    """Extra data of the linked object (slot 3)."""
    mute_list: list[Any]
    """Users who have muted notifications for the chat."""
    date_create: str
    """Time the chat was created (ATOM format)."""
    message_type: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""
    public: str
    """Marker showing whether the chat is public."""
    role: str
    """Role of the current user in the chat, such as owner, manager or member."""
    entity_link: ImbotDialogEntityLink
    """Link to the object the chat is tied to."""
    text_field_enabled: bool
    """Whether the message input field is available."""
    background_id: int | None
    """ID of the chat background, or null."""
    permissions: ImbotDialogPermissions
    """Who may perform each action in the chat."""
    is_new: bool
    """Whether the dialog is new for the current user."""
    readed_list: list[Any]
    """Members with the last message each of them has read."""
    manager_list: list[Any]
    """IDs of the chat managers."""
    last_message_views: ImbotDialogLastMessageViews
    """Who has viewed the latest message."""
    dialog_id: str
    """Dialog ID as passed in DIALOG_ID."""


class ImbotRegisterProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``imbot.register``."""

    NAME: Required[str]
    """Bot first name; NAME or LAST_NAME is required."""
    LAST_NAME: str
    """Bot last name; NAME or LAST_NAME is required."""
    COLOR: str
    """Bot colour in the mobile app, such as "RED", "MINT" or "GRAPHITE"."""
    EMAIL: str
    """Contact e-mail; must differ from e-mails of real portal users."""
    PERSONAL_BIRTHDAY: str
    """Birthday as "YYYY-MM-DD"."""
    WORK_POSITION: str
    """Job title or short description of the bot."""
    PERSONAL_WWW: str
    """Website link."""
    PERSONAL_GENDER: str
    """Gender: "M" or "F"."""
    PERSONAL_PHOTO: tuple[str, str]
    """Avatar as a base64 image, at most 5000x5000 pixels."""


class ImbotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``imbot.update``."""

    NAME: str
    """Bot first name; NAME and LAST_NAME may not both be empty."""
    LAST_NAME: str
    """Bot last name; NAME and LAST_NAME may not both be empty."""
    COLOR: str
    """Bot colour, such as "RED", "MINT" or "GRAPHITE"."""
    EMAIL: str
    """Contact e-mail; must differ from e-mails of real portal users."""
    PERSONAL_BIRTHDAY: str
    """Birthday as "YYYY-MM-DD"."""
    WORK_POSITION: str
    """Job title or short description of the bot."""
    PERSONAL_WWW: str
    """Website link."""
    PERSONAL_GENDER: str
    """Gender: "M" or "F"."""
    PERSONAL_PHOTO: tuple[str, str]
    """Avatar as a base64 image, at most 5000x5000 pixels."""


class ImbotUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``imbot.update``."""

    CODE: str
    """New bot code, unique on the portal."""
    EVENT_HANDLER: str
    """Common handler URL for all bot events."""
    EVENT_MESSAGE_ADD: str
    """URL that receives ONIMBOTMESSAGEADD (new message to the bot)."""
    EVENT_MESSAGE_UPDATE: str
    """URL that receives ONIMBOTMESSAGEUPDATE (message edited)."""
    EVENT_MESSAGE_DELETE: str
    """URL that receives ONIMBOTMESSAGEDELETE (message deleted)."""
    EVENT_WELCOME_MESSAGE: str
    """URL that receives ONIMBOTJOINCHAT (bot added to a chat)."""
    EVENT_BOT_DELETE: str
    """URL that receives ONIMBOTDELETE (bot removed)."""
    PROPERTIES: ImbotUpdateFieldsProperties
    """Bot profile fields to change."""


class ImbotV2BotBot(TypedDict, total=False):
    """Keys of ``bot`` in ``ImbotV2Bot``."""

    id: int
    """ID of the bot (also its user ID)."""
    code: str
    """Bot code."""
    type: str
    """Bot type, such as "bot"."""
    isHidden: bool
    """Whether the bot is hidden from the contact list."""
    isSupportOpenline: bool
    """Whether the bot works in open channels."""
    isReactionsEnabled: bool
    """Whether reactions are enabled for the bot's messages."""
    backgroundId: Any
    """ID of the chat background, or null."""
    language: str
    """Language of the bot."""
    moduleId: str
    """ID of the module that owns the bot."""
    eventMode: str
    """Event delivery mode: "webhook" or "fetch"."""
    countMessage: int
    """Number of messages the bot has sent."""
    countCommand: int
    """Number of commands the bot has registered."""
    countChat: int
    """Number of chats the bot is in."""
    countUser: int
    """Number of users who have talked to the bot."""


class ImbotV2BotUsers(TypedDict, total=False):
    """Keys of ``users`` in ``ImbotV2Bot``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    bot: bool
    """Whether the user is a chat bot."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2BotBots(TypedDict, total=False):
    """Keys of ``bots`` in ``ImbotV2Bot``."""

    id: int
    """ID of the bot (also its user ID)."""
    code: str
    """Bot code."""
    type: str
    """Bot type, such as "bot"."""
    isHidden: bool
    """Whether the bot is hidden from the contact list."""
    isSupportOpenline: bool
    """Whether the bot works in open channels."""
    isReactionsEnabled: bool
    """Whether reactions are enabled for the bot's messages."""
    backgroundId: Any
    """ID of the chat background, or null."""
    language: str
    """Language of the bot."""
    moduleId: str
    """ID of the module that owns the bot."""
    eventMode: str
    """Event delivery mode: "webhook" or "fetch"."""
    countMessage: int
    """Number of messages the bot has sent."""
    countCommand: int
    """Number of commands the bot has registered."""
    countChat: int
    """Number of chats the bot is in."""
    countUser: int
    """Number of users who have talked to the bot."""


class ImbotV2Bot(TypedDict, total=False):
    """A bot, or a page of bots, with related users.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html
    """

    bot: ImbotV2BotBot
    """The bot."""
    users: list[ImbotV2BotUsers]
    """Users related to the result."""
    bots: list[ImbotV2BotBots]
    """Bots of this page."""
    hasNextPage: bool
    """Whether there is another page of bots."""


class ImbotV2BotRegisterFieldsProperties(TypedDict, total=False):
    """Keys of ``fields.properties`` in ``imbot.v2.Bot.register``."""

    name: Required[str]
    """Bot first name."""
    lastName: str
    """Bot last name."""
    workPosition: str
    """Job title or short description of the bot."""
    color: str
    """Bot colour, such as "RED", "MINT" or "GRAPHITE"."""
    gender: str
    """Gender: "M" or "F"."""
    avatar: tuple[str, str]
    """Avatar as a base64 image."""


class ImbotV2BotRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Bot.register``."""

    code: Required[str]
    """Bot code, unique within the application."""
    botToken: str
    """Bot token for webhook authorization."""
    properties: Required[ImbotV2BotRegisterFieldsProperties]
    """Bot profile shown in the chat."""
    type: str
    """Bot type, such as "bot" (default)."""
    eventMode: Literal["fetch", "webhook"]
    """\"fetch" (bot polls imbot.v2.Event.get) or "webhook" (events are POSTed to webhookUrl)."""
    webhookUrl: str
    """URL that receives events; required with eventMode "webhook"."""
    isHidden: bool
    """true hides the bot from the contact list."""
    isReactionsEnabled: bool
    """Whether users can react to the bot's messages."""
    isSupportOpenline: bool
    """true lets the bot work in open channels."""
    backgroundId: str
    """ID of the chat background for the bot's chats; null uses the user's own."""


class ImbotV2BotRegisterResultBot(TypedDict, total=False):
    """Keys of ``result.bot`` in ``imbot.v2.Bot.register``."""

    id: int
    """ID of the bot (also its user ID)."""
    code: str
    """Bot code."""
    type: str
    """Bot type, such as "bot"."""
    isHidden: bool
    """Whether the bot is hidden from the contact list."""
    isSupportOpenline: bool
    """Whether the bot works in open channels."""
    isReactionsEnabled: bool
    """Whether reactions are enabled for the bot's messages."""
    backgroundId: Any
    """ID of the chat background, or null."""
    language: str
    """Language of the bot."""
    moduleId: str
    """ID of the module that owns the bot."""
    eventMode: str
    """Event delivery mode: "webhook" or "fetch"."""
    countMessage: int
    """Number of messages the bot has sent."""
    countCommand: int
    """Number of commands the bot has registered."""
    countChat: int
    """Number of chats the bot is in."""
    countUser: int
    """Number of users who have talked to the bot."""


class ImbotV2BotRegisterResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Bot.register``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    firstName: str
    """First name."""
    lastName: str
    """Last name."""
    workPosition: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    externalAuthId: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    lastActivityDate: str
    """Time of the user's last activity."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[int]
    """IDs of the user's departments."""
    phones: bool
    """User's phone numbers, or false when none are set."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2BotRegisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Bot.register``."""

    bot: ImbotV2BotRegisterResultBot
    """The bot."""
    users: list[ImbotV2BotRegisterResultUsers]
    """Users related to the result."""


class ImbotV2BotUnregisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Bot.unregister``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2BotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``fields.properties`` in ``imbot.v2.Bot.update``."""

    name: str
    """Bot first name."""
    lastName: str
    """Bot last name."""
    workPosition: str
    """Job title or short description of the bot."""
    color: str
    """Bot colour, such as "RED", "MINT" or "GRAPHITE"."""
    gender: str
    """Gender: "M" or "F"."""
    avatar: tuple[str, str]
    """Avatar as a base64 image."""


class ImbotV2BotUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Bot.update``."""

    properties: ImbotV2BotUpdateFieldsProperties
    """Bot profile shown in the chat."""
    isHidden: bool
    """true hides the bot from the contact list."""
    isReactionsEnabled: bool
    """Whether users can react to the bot's messages."""
    isSupportOpenline: bool
    """true lets the bot work in open channels."""
    backgroundId: str
    """ID of the chat background for the bot's chats; null uses the user's own."""
    eventMode: str
    """\"fetch" (bot polls imbot.v2.Event.get) or "webhook" (events are POSTed to webhookUrl)."""
    webhookUrl: str
    """URL that receives events; required with eventMode "webhook"."""
    botToken: str
    """Bot token for webhook authorization."""


class ImbotV2BotUpdateResultBot(TypedDict, total=False):
    """Keys of ``result.bot`` in ``imbot.v2.Bot.update``."""

    id: int
    """ID of the bot (also its user ID)."""
    code: str
    """Bot code."""
    type: str
    """Bot type, such as "bot"."""
    isHidden: bool
    """Whether the bot is hidden from the contact list."""
    isSupportOpenline: bool
    """Whether the bot works in open channels."""
    isReactionsEnabled: bool
    """Whether reactions are enabled for the bot's messages."""
    backgroundId: Any
    """ID of the chat background, or null."""
    language: str
    """Language of the bot."""
    moduleId: str
    """ID of the module that owns the bot."""
    eventMode: str
    """Event delivery mode: "webhook" or "fetch"."""
    countMessage: int
    """Number of messages the bot has sent."""
    countCommand: int
    """Number of commands the bot has registered."""
    countChat: int
    """Number of chats the bot is in."""
    countUser: int
    """Number of users who have talked to the bot."""


class ImbotV2BotUpdateResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Bot.update``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    bot: bool
    """Whether the user is a chat bot."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2BotUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Bot.update``."""

    bot: ImbotV2BotUpdateResultBot
    """The bot."""
    users: list[ImbotV2BotUpdateResultUsers]
    """Users related to the result."""


class ImbotV2Chat(TypedDict, total=False):
    """A chat as a bot sees it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html
    """

    id: int
    """ID of the chat."""
    dialogId: str
    """Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat."""
    name: str
    """Chat title."""
    description: str
    """Chat description."""
    type: str
    """Chat type, such as "chat", "open" or "channel"."""
    messageType: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""
    owner: int
    """ID of the chat owner."""
    color: str
    """Chat colour."""
    avatar: str
    """URL of the chat avatar."""
    extranet: bool
    """Whether the chat has external (extranet) members."""
    containsCollaber: bool
    """Whether the chat includes collaborators (collab guests)."""
    entityType: str
    """Kind of object the chat is linked to, such as "CRM" or "LINES"."""
    entityId: str
    """ID of the linked object within entityType."""
    entityData1: str
    """Extra data of the linked object (slot 1)."""
    entityData2: str
    """Extra data of the linked object (slot 2)."""
    entityData3: str
    """Extra data of the linked object (slot 3)."""
    entityLink: dict[str, Any]
    """Link to the object the chat is tied to."""
    diskFolderId: int
    """ID of the chat's Drive folder for files."""
    role: str
    """Bot's role in the chat: "owner", "manager", "member", "guest" or "none"."""
    permissions: dict[str, Any]
    """Who may perform each action in the chat."""
    muteList: list[Any]
    """Users who have muted notifications for the chat."""
    parentChatId: Any
    """ID of the parent chat (for threads and comments)."""
    parentMessageId: Any
    """ID of the message the chat was started from."""
    isNew: bool
    """Whether the dialog is new for the current user."""
    textFieldEnabled: str
    """\"Y" when the message input field is on, "N" when off."""
    backgroundId: Any
    """ID of the chat background, or null."""
    dateCreate: str
    """Time the chat was created (ISO 8601)."""
    lastMessageId: int
    """ID of the latest message in the chat."""
    lastMessageViews: str
    """Views of the latest message, as a JSON string."""
    lastId: int
    """ID of the last message the current user has read."""
    managerList: list[Any]
    """IDs of the chat managers."""
    markedId: Any
    """ID of the message marked by the current user."""
    messageCount: int
    """Number of messages in the chat."""
    public: str
    """Marker showing whether the chat is public."""
    unreadId: Any
    """ID of the first unread message."""
    userCounter: int
    """Number of chat members."""


class ImbotV2ChatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.add``."""

    title: str
    """Chat title."""
    description: str
    """Chat description."""
    color: str
    """Chat colour code."""
    avatar: tuple[str, str]
    """Chat picture as a base64 image."""
    userIds: Sequence[int]
    """IDs of the members."""
    ownerId: int
    """ID of the owner; the bot becomes owner when omitted."""
    message: str
    """First message in the chat."""


class ImbotV2ChatAddResultChat(TypedDict, total=False):
    """Keys of ``result.chat`` in ``imbot.v2.Chat.add``."""

    id: int
    """ID of the chat."""
    dialogId: str
    """Dialog ID of the chat ("chatXXX")."""
    name: str
    """Chat title."""
    description: str
    """Chat description."""
    type: str
    """Chat type, such as "chat", "open" or "lines"."""
    messageType: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""
    owner: int
    """ID of the chat owner."""
    color: str
    """Chat colour in hex format."""
    avatar: str
    """URL of the chat avatar."""
    extranet: bool
    """Whether the chat has external (extranet) members."""
    containsCollaber: bool
    """Whether the chat includes collaborators (collab guests)."""
    entityType: str
    """Kind of object the chat is linked to, such as "CRM" or "LINES"."""
    entityId: str
    """ID of the linked object within entityType."""
    entityData1: str
    """Extra data of the linked object (slot 1)."""
    entityData2: str
    """Extra data of the linked object (slot 2)."""
    entityData3: str
    """Extra data of the linked object (slot 3)."""
    entityLink: dict[str, Any]
    """Link to the object the chat is tied to."""
    diskFolderId: int
    """ID of the chat's Drive folder for files."""
    role: str
    """Bot's role in the chat: "owner", "manager", "member", "guest" or "none"."""
    permissions: dict[str, Any]
    """Who may perform each action in the chat."""
    muteList: list[Any]
    """Users who have muted notifications for the chat."""
    parentChatId: Any
    """ID of the parent chat (for threads and comments)."""
    parentMessageId: Any
    """ID of the message the chat was started from."""
    isNew: bool
    """Whether the dialog is new for the current user."""
    textFieldEnabled: str
    """\"Y" when the message input field is on, "N" when off."""
    backgroundId: Any
    """ID of the chat background, or null."""
    dateCreate: str
    """Time the chat was created."""
    lastMessageId: int
    """ID of the latest message in the chat."""
    lastMessageViews: str
    """Views of the latest message, as a JSON string."""
    lastId: Any
    """ID of the last message the current user has read."""
    managerList: list[Any]
    """IDs of the chat managers."""
    markedId: Any
    """ID of the message marked by the current user."""
    messageCount: int
    """Number of messages in the chat."""
    public: str
    """Marker showing whether the chat is public."""
    unreadId: Any
    """ID of the first unread message."""
    userCounter: int
    """Number of chat members."""


class ImbotV2ChatAddResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Chat.add``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    firstName: str
    """First name."""
    lastName: str
    """Last name."""
    workPosition: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    externalAuthId: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    lastActivityDate: str
    """Time of the user's last activity."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[int]
    """IDs of the user's departments."""
    phones: bool
    """User's phone numbers, or false when none are set."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2ChatAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.add``."""

    chat: ImbotV2ChatAddResultChat
    """The new chat."""
    users: list[ImbotV2ChatAddResultUsers]
    """Members of the new chat."""


class ImbotV2ChatGetResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.get``."""

    chat: Required[ImbotV2Chat]
    """The chat."""


class ImbotV2ChatInputActionNotifyResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.InputAction.notify``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatLeaveResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.leave``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatManagerAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Manager.add``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatManagerDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Manager.delete``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatMessageMessage(TypedDict, total=False):
    """Keys of ``message`` in ``ImbotV2ChatMessage``."""

    id: int
    """ID of the message."""
    chatId: int
    """ID of the chat."""
    authorId: int
    """ID of the message author."""
    date: str
    """Time the message was sent."""
    text: str
    """Message text."""
    isSystem: bool
    """Whether it is a system message."""
    uuid: str
    """External ID of the message."""
    forward: Any
    """Data of the forwarded original, when the message is a forward."""
    params: dict[str, Any]
    """Extra message parameters."""
    viewedByOthers: bool
    """Whether other members have seen the message."""


class ImbotV2ChatMessageUser(TypedDict, total=False):
    """Keys of ``user`` in ``ImbotV2ChatMessage``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    bot: bool
    """Whether the user is a chat bot."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2ChatMessage(TypedDict, total=False):
    """A message with its author.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html
    """

    message: ImbotV2ChatMessageMessage
    """The message."""
    user: ImbotV2ChatMessageUser
    """Author of the message."""


class ImbotV2ChatMessageDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.delete``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatMessageGetContextResultMessages(TypedDict, total=False):
    """Keys of ``result.messages`` in ``imbot.v2.Chat.Message.getContext``."""

    id: int
    """ID of the message."""
    chatId: int
    """ID of the chat."""
    authorId: int
    """ID of the message author."""
    date: str
    """Time the message was sent."""
    text: str
    """Message text."""
    isSystem: bool
    """Whether it is a system message."""
    uuid: str
    """External ID of the message."""
    forward: Any
    """Data of the forwarded original, when the message is a forward."""
    params: dict[str, Any]
    """Extra message parameters."""
    viewedByOthers: bool
    """Whether other members have seen the message."""


class ImbotV2ChatMessageGetContextResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Chat.Message.getContext``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    bot: bool
    """Whether the user is a chat bot."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2ChatMessageGetContextResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.getContext``."""

    messages: list[ImbotV2ChatMessageGetContextResultMessages]
    """Messages, oldest first."""
    users: list[ImbotV2ChatMessageGetContextResultUsers]
    """Users related to the result."""
    hasPrevPage: bool
    """Whether there are earlier messages before this page."""
    hasNextPage: bool
    """Whether there is another page of results."""


class ImbotV2ChatMessageReactionAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.Reaction.add``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatMessageReactionDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.Reaction.delete``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatMessageReadResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.read``."""

    chatId: int
    """ID of the chat."""
    lastId: int
    """ID of the last read message."""
    counter: int
    """Unread messages left."""
    viewedMessages: list[int]
    """IDs of the messages marked as viewed."""


class ImbotV2ChatMessageSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.Message.send``."""

    message: str
    """Message text (at most 20,000 characters)."""
    attach: Sequence[Any] | dict[str, Any]
    """Attachment blocks."""
    keyboard: Sequence[dict[str, Any]]
    """Keyboard buttons under the message."""
    system: bool
    """true sends a system message."""
    urlPreview: bool
    """Whether links get rich previews."""
    replyId: int
    """ID of the message the bot replies to."""
    templateId: str
    """UUID of the message template."""
    forwardIds: dict[str, Any]
    """Messages to forward as {uuid: messageId}, with any UUID string as key."""


class ImbotV2ChatMessageSendResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.send``."""

    id: int
    """ID of the posted message."""
    uuidMap: dict[str, Any]
    """UUID to message ID map for the forwarded messages."""


class ImbotV2ChatMessageUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.Message.update``."""

    message: str
    """Message text (at most 20,000 characters)."""
    attach: Sequence[Any] | dict[str, Any]
    """Attachment blocks."""
    keyboard: Sequence[Any] | dict[str, Any]
    """New keyboard; "N" removes it."""
    urlPreview: str
    """\"Y" shows link previews (default), "N" hides them."""


class ImbotV2ChatMessageUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.update``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatSetOwnerResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.setOwner``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatTextFieldEnabledResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.TextField.enabled``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.update``."""

    title: str
    """New title."""
    description: str
    """New description."""
    color: str
    """New colour code."""
    avatar: tuple[str, str]
    """New picture as a base64 image."""


class ImbotV2ChatUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.update``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatUser(TypedDict, total=False):
    """A chat member.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html
    """

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    firstName: str
    """First name."""
    lastName: str
    """Last name."""
    workPosition: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    bot: bool
    """The bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    externalAuthId: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    lastActivityDate: str
    """Time of the user's last activity."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[int]
    """IDs of the user's departments."""
    phones: bool
    """User's phone numbers, or false when none are set."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""


class ImbotV2ChatUserAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.User.add``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2ChatUserDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.User.delete``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2Command(TypedDict, total=False):
    """A slash command of a bot.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html
    """

    id: int
    """ID of the command."""
    botId: int
    """ID of the bot that owns the command."""
    command: str
    """Command text users type after the slash."""
    title: str
    """Command title."""
    params: str
    """Hint about the command parameters."""
    common: bool
    """Whether the command works in any chat."""
    hidden: bool
    """Whether the command is hidden from the list."""
    extranetSupport: bool
    """Whether extranet users can use the command."""
    category: str
    """Category of the command."""
    context: str
    """Context the command works in."""


class ImbotV2CommandAnswerFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.answer``."""

    message: str
    """Message text (at most 20,000 characters)."""
    attach: Sequence[Any] | dict[str, Any]
    """Attachment blocks."""
    keyboard: Sequence[Any] | dict[str, Any]
    """Keyboard buttons under the message."""
    system: bool
    """true sends a system message."""
    urlPreview: bool
    """Whether links get rich previews."""


class ImbotV2CommandAnswerResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.answer``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2CommandListResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.list``."""

    commands: Required[list[ImbotV2Command]]
    """Commands of the bot."""


class ImbotV2CommandRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.register``."""

    command: Required[str]
    """Command text users type after the slash."""
    title: dict[str, Any]
    """Command title by language code, such as {"en": "Help"}."""
    params: dict[str, Any]
    """Parameter hint by language code."""
    common: bool
    """true makes the command work in any chat, not only where the bot is."""
    hidden: bool
    """true hides the command from the command list."""
    extranetSupport: bool
    """true makes the command available to extranet users."""


class ImbotV2CommandRegisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.register``."""

    command: Required[ImbotV2Command]
    """The registered command."""


class ImbotV2CommandUnregisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.unregister``."""

    result: Required[bool]
    """true when the action succeeded."""


class ImbotV2CommandUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.update``."""

    command: str
    """Command text users type after the slash."""
    title: dict[str, Any]
    """Command title by language code, such as {"en": "Help"}."""
    params: dict[str, Any]
    """Parameter hint by language code."""
    common: bool
    """true makes the command work in any chat, not only where the bot is."""
    hidden: bool
    """true hides the command from the command list."""
    extranetSupport: bool
    """true makes the command available to extranet users."""


class ImbotV2CommandUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.update``."""

    command: Required[ImbotV2Command]
    """The updated command."""


class ImbotV2EventEvents(TypedDict, total=False):
    """Keys of ``events`` in ``ImbotV2Event``."""

    eventId: int
    """ID of the event."""
    type: str
    """Event type, such as "ONIMBOTV2MESSAGEADD" or "ONIMV2MESSAGEADD"."""
    date: str
    """Time the event happened."""
    data: dict[str, Any]
    """Event payload; its keys depend on the event type."""


class ImbotV2Event(TypedDict, total=False):
    """A batch of polled bot events.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html
    """

    events: list[ImbotV2EventEvents]
    """Events, oldest first."""
    nextOffset: int
    """Offset to pass in the next call; it also confirms the events received."""
    hasMore: bool
    """Whether more events are waiting."""


class ImbotV2FileDownloadResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.File.download``."""

    downloadUrl: Required[str]
    """Link to download the file."""


class ImbotV2FileUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.File.upload``."""

    name: Required[str]
    """File name with extension."""
    content: Required[str]
    """File content in base64 (at most 100 MB)."""
    message: str
    """Text posted with the file."""


class ImbotV2FileUploadResultFile(TypedDict, total=False):
    """Keys of ``result.file`` in ``imbot.v2.File.upload``."""

    id: int
    """ID of the file on Drive."""
    chatId: int
    """ID of the chat the file was sent to."""
    name: str
    """File name."""
    extension: str
    """File extension."""
    size: int
    """File size in bytes."""


class ImbotV2FileUploadResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.File.upload``."""

    file: ImbotV2FileUploadResultFile
    """The uploaded file."""
    messageId: int
    """ID of the message carrying the file."""
    chatId: int
    """ID of the chat."""
    dialogId: str
    """Dialog the file was posted to."""


class ImbotV2Revision(TypedDict, total=False):
    """API revisions of the chat module.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html
    """

    rest: int
    """Revision of the REST API of the chat module."""
    web: int
    """Revision of the web API of the chat module."""
    mobile: int
    """Revision of the mobile API of the chat module."""
    desktop: int
    """Revision of the desktop API of the chat module."""
