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
    """Imbot chat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html
    """

    ID: int


class ImbotCommandRegisterLang(TypedDict, total=False):
    """Keys of the ``LANG`` parameter of ``imbot.command.register``."""

    LANGUAGE_ID: Required[str]
    TITLE: Required[str]
    PARAMS: str


class ImbotCommandUpdateFieldsLang(TypedDict, total=False):
    """Keys of ``FIELDS.LANG`` in ``imbot.command.update``."""

    LANGUAGE_ID: Required[str]
    TITLE: Required[str]
    PARAMS: str


class ImbotCommandUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``imbot.command.update``."""

    COMMAND: str
    EVENT_COMMAND_ADD: str
    HIDDEN: Literal["Y", "N"]
    EXTRANET_SUPPORT: Literal["Y", "N"]
    LANG: Sequence[ImbotCommandUpdateFieldsLang]


class ImbotDialogRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImbotDialog``."""

    avatar: bool
    rename: bool
    extend: bool
    call: bool
    mute: bool
    leave: bool
    leave_owner: bool
    send: bool
    user_list: bool


class ImbotDialogEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImbotDialog``."""

    type: str
    url: str
    id: str


class ImbotDialogPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImbotDialog``."""

    manage_users_add: str
    manage_users_delete: str
    manage_ui: str
    manage_settings: str
    manage_messages: str
    can_post: str


class ImbotDialogLastMessageViews(TypedDict, total=False):
    """Keys of ``last_message_views`` in ``ImbotDialog``."""

    message_id: int
    first_viewers: list[Any]
    count_of_viewers: int


class ImbotDialog(TypedDict, total=False):
    """Imbot dialog, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-dialog-get.html
    """

    id: int
    parent_chat_id: int
    parent_message_id: int
    name: str
    description: str
    owner: int
    extranet: bool
    avatar: str
    color: str
    type: str
    counter: int
    user_counter: int
    message_count: int
    unread_id: int
    restrictions: ImbotDialogRestrictions
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
    entity_link: ImbotDialogEntityLink
    text_field_enabled: bool
    background_id: int | None
    permissions: ImbotDialogPermissions
    is_new: bool
    readed_list: list[Any]
    manager_list: list[Any]
    last_message_views: ImbotDialogLastMessageViews
    dialog_id: str


class ImbotRegisterProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``imbot.register``."""

    NAME: Required[str]
    LAST_NAME: str
    COLOR: str
    EMAIL: str
    PERSONAL_BIRTHDAY: str
    WORK_POSITION: str
    PERSONAL_WWW: str
    PERSONAL_GENDER: str
    PERSONAL_PHOTO: tuple[str, str]


class ImbotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``imbot.update``."""

    NAME: str
    LAST_NAME: str
    COLOR: str
    EMAIL: str
    PERSONAL_BIRTHDAY: str
    WORK_POSITION: str
    PERSONAL_WWW: str
    PERSONAL_GENDER: str
    PERSONAL_PHOTO: tuple[str, str]


class ImbotUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``imbot.update``."""

    CODE: str
    EVENT_HANDLER: str
    EVENT_MESSAGE_ADD: str
    EVENT_MESSAGE_UPDATE: str
    EVENT_MESSAGE_DELETE: str
    EVENT_WELCOME_MESSAGE: str
    EVENT_BOT_DELETE: str
    PROPERTIES: ImbotUpdateFieldsProperties


class ImbotV2BotBot(TypedDict, total=False):
    """Keys of ``bot`` in ``ImbotV2Bot``."""

    id: int
    code: str
    type: str
    isHidden: bool
    isSupportOpenline: bool
    isReactionsEnabled: bool
    backgroundId: Any
    language: str
    moduleId: str
    eventMode: str
    countMessage: int
    countCommand: int
    countChat: int
    countUser: int


class ImbotV2BotUsers(TypedDict, total=False):
    """Keys of ``users`` in ``ImbotV2Bot``."""

    id: int
    active: bool
    name: str
    bot: bool
    type: str


class ImbotV2BotBots(TypedDict, total=False):
    """Keys of ``bots`` in ``ImbotV2Bot``."""

    id: int
    code: str
    type: str
    isHidden: bool
    isSupportOpenline: bool
    isReactionsEnabled: bool
    backgroundId: Any
    language: str
    moduleId: str
    eventMode: str
    countMessage: int
    countCommand: int
    countChat: int
    countUser: int


class ImbotV2Bot(TypedDict, total=False):
    """Imbot v2 bot, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html
    """

    bot: ImbotV2BotBot
    users: list[ImbotV2BotUsers]
    bots: list[ImbotV2BotBots]
    hasNextPage: bool


class ImbotV2BotRegisterFieldsProperties(TypedDict, total=False):
    """Keys of ``fields.properties`` in ``imbot.v2.Bot.register``."""

    name: Required[str]
    lastName: str
    workPosition: str
    color: str
    gender: str
    avatar: tuple[str, str]


class ImbotV2BotRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Bot.register``."""

    code: Required[str]
    botToken: str
    properties: Required[ImbotV2BotRegisterFieldsProperties]
    type: str
    eventMode: Literal["fetch", "webhook"]
    webhookUrl: str
    isHidden: bool
    isReactionsEnabled: bool
    isSupportOpenline: bool
    backgroundId: str


class ImbotV2BotRegisterResultBot(TypedDict, total=False):
    """Keys of ``result.bot`` in ``imbot.v2.Bot.register``."""

    id: int
    code: str
    type: str
    isHidden: bool
    isSupportOpenline: bool
    isReactionsEnabled: bool
    backgroundId: Any
    language: str
    moduleId: str
    eventMode: str
    countMessage: int
    countCommand: int
    countChat: int
    countUser: int


class ImbotV2BotRegisterResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Bot.register``."""

    id: int
    active: bool
    name: str
    firstName: str
    lastName: str
    workPosition: str
    color: str
    avatar: str
    gender: str
    birthday: str
    extranet: bool
    bot: bool
    connector: bool
    externalAuthId: str
    status: str
    idle: bool
    lastActivityDate: str
    absent: bool
    departments: list[int]
    phones: bool
    type: str


class ImbotV2BotRegisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Bot.register``."""

    bot: ImbotV2BotRegisterResultBot
    users: list[ImbotV2BotRegisterResultUsers]


class ImbotV2BotUnregisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Bot.unregister``."""

    result: Required[bool]


class ImbotV2BotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``fields.properties`` in ``imbot.v2.Bot.update``."""

    name: str
    lastName: str
    workPosition: str
    color: str
    gender: str
    avatar: tuple[str, str]


class ImbotV2BotUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Bot.update``."""

    properties: ImbotV2BotUpdateFieldsProperties
    isHidden: bool
    isReactionsEnabled: bool
    isSupportOpenline: bool
    backgroundId: str
    eventMode: str
    webhookUrl: str
    botToken: str


class ImbotV2BotUpdateResultBot(TypedDict, total=False):
    """Keys of ``result.bot`` in ``imbot.v2.Bot.update``."""

    id: int
    code: str
    type: str
    isHidden: bool
    isSupportOpenline: bool
    isReactionsEnabled: bool
    backgroundId: Any
    language: str
    moduleId: str
    eventMode: str
    countMessage: int
    countCommand: int
    countChat: int
    countUser: int


class ImbotV2BotUpdateResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Bot.update``."""

    id: int
    active: bool
    name: str
    bot: bool
    type: str


class ImbotV2BotUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Bot.update``."""

    bot: ImbotV2BotUpdateResultBot
    users: list[ImbotV2BotUpdateResultUsers]


class ImbotV2Chat(TypedDict, total=False):
    """Imbot v2 chat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html
    """

    id: int
    dialogId: str
    name: str
    description: str
    type: str
    messageType: str
    owner: int
    color: str
    avatar: str
    extranet: bool
    containsCollaber: bool
    entityType: str
    entityId: str
    entityData1: str
    entityData2: str
    entityData3: str
    entityLink: dict[str, Any]
    diskFolderId: int
    role: str
    permissions: dict[str, Any]
    muteList: list[Any]
    parentChatId: Any
    parentMessageId: Any
    isNew: bool
    textFieldEnabled: str
    backgroundId: Any
    dateCreate: str
    lastMessageId: int
    lastMessageViews: str
    lastId: int
    managerList: list[Any]
    markedId: Any
    messageCount: int
    public: str
    unreadId: Any
    userCounter: int


class ImbotV2ChatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.add``."""

    title: str
    description: str
    color: str
    avatar: tuple[str, str]
    userIds: Sequence[int]
    ownerId: int
    message: str


class ImbotV2ChatAddResultChat(TypedDict, total=False):
    """Keys of ``result.chat`` in ``imbot.v2.Chat.add``."""

    id: int
    dialogId: str
    name: str
    description: str
    type: str
    messageType: str
    owner: int
    color: str
    avatar: str
    extranet: bool
    containsCollaber: bool
    entityType: str
    entityId: str
    entityData1: str
    entityData2: str
    entityData3: str
    entityLink: dict[str, Any]
    diskFolderId: int
    role: str
    permissions: dict[str, Any]
    muteList: list[Any]
    parentChatId: Any
    parentMessageId: Any
    isNew: bool
    textFieldEnabled: str
    backgroundId: Any
    dateCreate: str
    lastMessageId: int
    lastMessageViews: str
    lastId: Any
    managerList: list[Any]
    markedId: Any
    messageCount: int
    public: str
    unreadId: Any
    userCounter: int


class ImbotV2ChatAddResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Chat.add``."""

    id: int
    active: bool
    name: str
    firstName: str
    lastName: str
    workPosition: str
    color: str
    avatar: str
    gender: str
    birthday: str
    extranet: bool
    bot: bool
    connector: bool
    externalAuthId: str
    status: str
    idle: bool
    lastActivityDate: str
    absent: bool
    departments: list[int]
    phones: bool
    type: str


class ImbotV2ChatAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.add``."""

    chat: ImbotV2ChatAddResultChat
    users: list[ImbotV2ChatAddResultUsers]


class ImbotV2ChatGetResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.get``."""

    chat: Required[ImbotV2Chat]


class ImbotV2ChatInputActionNotifyResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.InputAction.notify``."""

    result: Required[bool]


class ImbotV2ChatLeaveResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.leave``."""

    result: Required[bool]


class ImbotV2ChatManagerAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Manager.add``."""

    result: Required[bool]


class ImbotV2ChatManagerDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Manager.delete``."""

    result: Required[bool]


class ImbotV2ChatMessageMessage(TypedDict, total=False):
    """Keys of ``message`` in ``ImbotV2ChatMessage``."""

    id: int
    chatId: int
    authorId: int
    date: str
    text: str
    isSystem: bool
    uuid: str
    forward: Any
    params: dict[str, Any]
    viewedByOthers: bool


class ImbotV2ChatMessageUser(TypedDict, total=False):
    """Keys of ``user`` in ``ImbotV2ChatMessage``."""

    id: int
    active: bool
    name: str
    bot: bool
    type: str


class ImbotV2ChatMessage(TypedDict, total=False):
    """Imbot v2 chat message, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html
    """

    message: ImbotV2ChatMessageMessage
    user: ImbotV2ChatMessageUser


class ImbotV2ChatMessageDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.delete``."""

    result: Required[bool]


class ImbotV2ChatMessageGetContextResultMessages(TypedDict, total=False):
    """Keys of ``result.messages`` in ``imbot.v2.Chat.Message.getContext``."""

    id: int
    chatId: int
    authorId: int
    date: str
    text: str
    isSystem: bool
    uuid: str
    forward: Any
    params: dict[str, Any]
    viewedByOthers: bool


class ImbotV2ChatMessageGetContextResultUsers(TypedDict, total=False):
    """Keys of ``result.users`` in ``imbot.v2.Chat.Message.getContext``."""

    id: int
    active: bool
    name: str
    bot: bool
    type: str


class ImbotV2ChatMessageGetContextResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.getContext``."""

    messages: list[ImbotV2ChatMessageGetContextResultMessages]
    users: list[ImbotV2ChatMessageGetContextResultUsers]
    hasPrevPage: bool
    hasNextPage: bool


class ImbotV2ChatMessageReactionAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.Reaction.add``."""

    result: Required[bool]


class ImbotV2ChatMessageReactionDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.Reaction.delete``."""

    result: Required[bool]


class ImbotV2ChatMessageReadResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.read``."""

    chatId: int
    lastId: int
    counter: int
    viewedMessages: list[int]


class ImbotV2ChatMessageSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.Message.send``."""

    message: str
    attach: Sequence[Any] | dict[str, Any]
    keyboard: Sequence[dict[str, Any]]
    system: bool
    urlPreview: bool
    replyId: int
    templateId: str
    forwardIds: dict[str, Any]


class ImbotV2ChatMessageSendResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.send``."""

    id: int
    uuidMap: dict[str, Any]


class ImbotV2ChatMessageUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.Message.update``."""

    message: str
    attach: Sequence[Any] | dict[str, Any]
    keyboard: Sequence[Any] | dict[str, Any]
    urlPreview: str


class ImbotV2ChatMessageUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.Message.update``."""

    result: Required[bool]


class ImbotV2ChatSetOwnerResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.setOwner``."""

    result: Required[bool]


class ImbotV2ChatTextFieldEnabledResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.TextField.enabled``."""

    result: Required[bool]


class ImbotV2ChatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.update``."""

    title: str
    description: str
    color: str
    avatar: tuple[str, str]


class ImbotV2ChatUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.update``."""

    result: Required[bool]


class ImbotV2ChatUser(TypedDict, total=False):
    """Imbot v2 chat user, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html
    """

    id: int
    active: bool
    name: str
    firstName: str
    lastName: str
    workPosition: str
    color: str
    avatar: str
    gender: str
    birthday: str
    extranet: bool
    bot: bool
    connector: bool
    externalAuthId: str
    status: str
    idle: bool
    lastActivityDate: str
    absent: bool
    departments: list[int]
    phones: bool
    type: str


class ImbotV2ChatUserAddResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.User.add``."""

    result: Required[bool]


class ImbotV2ChatUserDeleteResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Chat.User.delete``."""

    result: Required[bool]


class ImbotV2Command(TypedDict, total=False):
    """Imbot v2 command, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html
    """

    id: int
    botId: int
    command: str
    title: str
    params: str
    common: bool
    hidden: bool
    extranetSupport: bool
    category: str
    context: str


class ImbotV2CommandAnswerFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.answer``."""

    message: str
    attach: Sequence[Any] | dict[str, Any]
    keyboard: Sequence[Any] | dict[str, Any]
    system: bool
    urlPreview: bool


class ImbotV2CommandAnswerResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.answer``."""

    result: Required[bool]


class ImbotV2CommandListResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.list``."""

    commands: Required[list[ImbotV2Command]]


class ImbotV2CommandRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.register``."""

    command: Required[str]
    title: dict[str, Any]
    params: dict[str, Any]
    common: bool
    hidden: bool
    extranetSupport: bool


class ImbotV2CommandRegisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.register``."""

    command: Required[ImbotV2Command]


class ImbotV2CommandUnregisterResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.unregister``."""

    result: Required[bool]


class ImbotV2CommandUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.update``."""

    command: str
    title: dict[str, Any]
    params: dict[str, Any]
    common: bool
    hidden: bool
    extranetSupport: bool


class ImbotV2CommandUpdateResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.Command.update``."""

    command: Required[ImbotV2Command]


class ImbotV2EventEvents(TypedDict, total=False):
    """Keys of ``events`` in ``ImbotV2Event``."""

    eventId: int
    type: str
    date: str
    data: dict[str, Any]


class ImbotV2Event(TypedDict, total=False):
    """Imbot v2 event, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html
    """

    events: list[ImbotV2EventEvents]
    nextOffset: int
    hasMore: bool


class ImbotV2FileDownloadResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.File.download``."""

    downloadUrl: Required[str]


class ImbotV2FileUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.File.upload``."""

    name: Required[str]
    content: Required[str]
    message: str


class ImbotV2FileUploadResultFile(TypedDict, total=False):
    """Keys of ``result.file`` in ``imbot.v2.File.upload``."""

    id: int
    chatId: int
    name: str
    extension: str
    size: int


class ImbotV2FileUploadResult(TypedDict, total=False):
    """Keys of the result of ``imbot.v2.File.upload``."""

    file: ImbotV2FileUploadResultFile
    messageId: int
    chatId: int
    dialogId: str


class ImbotV2Revision(TypedDict, total=False):
    """Imbot v2 revision, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html
    """

    rest: int
    web: int
    mobile: int
    desktop: int
