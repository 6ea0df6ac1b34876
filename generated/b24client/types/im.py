"""TypedDicts of ``b24client.types.im``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "ImChat",
    "ImCounters",
    "ImCountersType",
    "ImDepartment",
    "ImDepartmentManagerUserData",
    "ImDepartmentManagerUserDataPhones",
    "ImDialog",
    "ImDialogEntityLink",
    "ImDialogLastMessageViews",
    "ImDialogMessages",
    "ImDialogMessagesSearchResult",
    "ImDialogMessagesSearchResultTariffRestrictions",
    "ImDialogPermissions",
    "ImDialogReadResult",
    "ImDialogRestrictions",
    "ImDialogUsers",
    "ImDialogUsersPhones",
    "ImDiskFileCommitResult",
    "ImDiskFileCommitResultFileModels",
    "ImDiskFileCommitResultFileModelsUpload5249",
    "ImDiskFileCommitResultFileModelsUpload5249Links",
    "ImDiskFileCommitResultFiles",
    "ImDiskFileCommitResultFilesUpload5249",
    "ImDiskFileCommitResultFilesUpload5249Image",
    "ImDiskFileCommitResultFilesUpload5249MediaUrl",
    "ImDiskFileCommitResultFilesUpload5249ViewerAttrs",
    "ImDiskFileSaveResult",
    "ImDiskFileSaveResultFile",
    "ImDiskFileSaveResultFolder",
    "ImDiskFolder",
    "ImNotify",
    "ImNotifyAnswerResult",
    "ImNotifyConfirmResult",
    "ImNotifyHistorySearchResult",
    "ImNotifyReadAllResult",
    "ImNotifySchema",
    "ImNotifySchemaGetResult",
    "ImNotifySchemaList",
    "ImRecent",
    "ImRecentAvatar",
    "ImRecentChat",
    "ImRecentChatEntityLink",
    "ImRecentChatPermissions",
    "ImRecentChatRestrictions",
    "ImRecentLines",
    "ImRecentMessage",
    "ImRecentUser",
    "ImRevision",
    "ImSearchChat",
    "ImSearchChatEntityLink",
    "ImSearchChatPermissions",
    "ImSearchChatRestrictions",
    "ImSearchDepartment",
    "ImSearchDepartmentManagerUserData",
    "ImSearchDepartmentManagerUserDataPhones",
    "ImSearchLast",
    "ImSearchLastAvatar",
    "ImSearchLastChat",
    "ImSearchLastUser",
    "ImSearchLastUserPhones",
    "ImUser",
    "ImUserList",
    "ImUserListPhones",
    "ImUserPhones",
    "ImV2Event",
    "ImV2EventEvents",
    "ImV2FileDownloadResult",
    "ImV2FileUploadFields",
    "ImV2FileUploadResult",
    "ImV2FileUploadResultFile",
    "ImV2FileUploadResultFileMediaUrl",
    "ImV2FileUploadResultFileViewerAttrs",
]


class ImChat(TypedDict, total=False):
    """The chat found for a linked object.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html
    """

    ID: int
    """ID of the chat."""


class ImCountersType(TypedDict, total=False):
    """Keys of ``TYPE`` in ``ImCounters``."""

    ALL: int
    """Unread messages and notifications in total."""
    CHAT: int
    """Unread messages in group chats."""
    DIALOG: int
    """Unread messages in one-to-one dialogs."""
    LINES: int
    """Unread messages in open channels."""
    NOTIFY: int
    """Unread notifications."""
    MESSENGER: int
    """Unread messages in the messenger, notifications excluded."""


class ImCounters(TypedDict, total=False):
    """Unread counters of the current user.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html
    """

    TYPE: ImCountersType
    """Totals by kind of conversation."""
    CHAT: list[Any]
    """Unread messages per group chat, keyed by chat ID."""
    CHAT_MUTED: dict[str, Any]
    """Unread messages per muted chat, keyed by chat ID."""
    CHAT_UNREAD: list[Any]
    """Chats with the manual "unread" mark."""
    LINES: list[Any]
    """Unread messages per open channel chat."""
    DIALOG: dict[str, Any]
    """Unread messages per one-to-one dialog, keyed by user ID."""
    DIALOG_UNREAD: list[Any]
    """One-to-one dialogs with the manual "unread" mark."""


class ImDepartmentManagerUserDataPhones(TypedDict, total=False):
    """Keys of ``manager_user_data.phones`` in ``ImDepartment``."""

    personal_mobile: str
    """Personal mobile number."""
    inner_phone: str
    """Internal extension number."""


class ImDepartmentManagerUserData(TypedDict, total=False):
    """Keys of ``manager_user_data`` in ``ImDepartment``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: bool
    """Time of the user's last activity in the mobile app, or false."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: bool | ImDepartmentManagerUserDataPhones
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImDepartment(TypedDict, total=False):
    """A department with its head.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html
    """

    id: int
    """ID of the department."""
    name: str
    """Department name."""
    full_name: str
    """Full department name with its place in the company structure."""
    manager_user_id: int
    """ID of the department head."""
    manager_user_data: ImDepartmentManagerUserData
    """Data of the department head; only with USER_DATA "Y"."""


class ImDialogRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImDialog``."""

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
    path: str
    """Link to the chat."""
    path_title: str
    """Text of the link to the chat."""


class ImDialogEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImDialog``."""

    type: str
    """Type of the linked object."""
    url: str
    """URL of the linked object."""
    id: str
    """ID of the linked object."""


class ImDialogPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImDialog``."""

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


class ImDialogLastMessageViews(TypedDict, total=False):
    """Keys of ``last_message_views`` in ``ImDialog``."""

    message_id: int
    """ID of the latest message."""
    first_viewers: list[Any]
    """First users who viewed the message."""
    count_of_viewers: int
    """Number of users who viewed the message."""


class ImDialog(TypedDict, total=False):
    """A chat or dialog with its settings and state.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html
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
    restrictions: ImDialogRestrictions
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
    entity_link: ImDialogEntityLink
    """Link to the object the chat is tied to."""
    text_field_enabled: bool
    """Whether the message input field is available."""
    background_id: int | None
    """ID of the chat background, or null."""
    permissions: ImDialogPermissions
    """Who may perform each action in the chat."""
    is_new: bool
    """Whether the dialog is new for the current user."""
    readed_list: list[Any]
    """Members with the last message each of them has read."""
    manager_list: list[Any]
    """IDs of the chat managers."""
    last_message_views: ImDialogLastMessageViews
    """Who has viewed the latest message."""
    dialog_id: str
    """Dialog ID as passed in DIALOG_ID."""


class ImDialogMessages(TypedDict, total=False):
    """A page of conversation messages.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html
    """

    chat_id: int
    """ID of the chat."""
    messages: list[Any]
    """Messages of the page; empty when LAST_ID or FIRST_ID does not exist."""
    users: list[Any]
    """Users appearing in the messages."""
    files: list[Any]
    """Files attached to the messages."""


class ImDialogMessagesSearchResultTariffRestrictions(TypedDict, total=False):
    """Keys of ``result.tariffRestrictions`` in ``im.dialog.messages.search``."""

    isHistoryLimitExceeded: bool
    """Whether the plan's message history limit is exceeded."""


class ImDialogMessagesSearchResult(TypedDict, total=False):
    """Keys of the result of ``im.dialog.messages.search``."""

    messages: list[Any]
    """Messages that matched."""
    users: list[Any]
    """Authors of the matched messages."""
    files: list[Any]
    """Files from the matched messages."""
    additionalMessages: list[Any]
    """Related messages, such as quoted or forwarded ones."""
    copilot: dict[str, Any] | None
    """BitrixGPT data, or null."""
    stickers: list[Any]
    """Stickers used in the matched messages."""
    reactions: list[Any]
    """Reactions on the matched messages."""
    tariffRestrictions: ImDialogMessagesSearchResultTariffRestrictions
    """History limits of the portal's plan."""
    usersShort: list[Any]
    """Short data (ID, name, avatar) of users who reacted."""


class ImDialogReadResult(TypedDict, total=False):
    """Keys of the result of ``im.dialog.read``."""

    dialogId: str
    """Dialog ID of the conversation."""
    chatId: int
    """ID of the chat."""
    lastId: int
    """ID of the last read message."""
    counter: int
    """Number of unread messages left."""


class ImDialogUsersPhones(TypedDict, total=False):
    """Keys of ``phones`` in ``ImDialogUsers``."""

    work_phone: str
    """Work phone number."""
    personal_mobile: str
    """Personal mobile number."""
    personal_phone: str
    """Personal phone number."""


class ImDialogUsers(TypedDict, total=False):
    """A user as the messenger shows them.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html
    """

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: bool
    """Time of the user's last activity in the mobile app, or false."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: ImDialogUsersPhones | bool
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImDiskFileCommitResultFilesUpload5249Image(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249.image`` in ``im.disk.file.commit``."""

    height: int
    """Image height in pixels."""
    width: int
    """Image width in pixels."""


class ImDiskFileCommitResultFilesUpload5249ViewerAttrs(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249.viewerAttrs`` in ``im.disk.file.commit``."""

    viewer: str
    """Viewer kind."""
    viewerType: str
    """How the viewer displays the file."""
    src: str
    """File source for the viewer."""
    viewerResized: str
    """Source of the reduced-size copy."""
    objectId: str
    """ID of the file object in the viewer."""
    viewerGroupBy: str
    """Group key that links files of one chat in the viewer."""
    imChatId: int
    """ID of the chat, for the viewer."""
    title: str
    """File title shown in the viewer."""
    actions: str
    """Actions available in the viewer, as a JSON string."""


class ImDiskFileCommitResultFilesUpload5249MediaUrl(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249.mediaUrl`` in ``im.disk.file.commit``."""

    preview: dict[str, Any]
    """Preview URLs keyed by size in pixels."""


class ImDiskFileCommitResultFilesUpload5249(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249`` in ``im.disk.file.commit``."""

    id: int
    """ID of the file."""
    chatId: int
    """ID of the chat."""
    date: dict[str, Any]
    """Time the file was created."""
    type: str
    """File kind, such as "file" or "image"."""
    name: str
    """File name."""
    extension: str
    """File extension."""
    size: int
    """File size in bytes."""
    image: ImDiskFileCommitResultFilesUpload5249Image
    """Image dimensions for pictures."""
    status: str
    """Processing status of the file."""
    progress: int
    """Processing progress in percent."""
    authorId: int
    """ID of the uploader."""
    authorName: str
    """Name of the uploader."""
    urlPreview: str
    """URL of the file preview."""
    urlShow: str
    """URL to open the file."""
    urlDownload: str
    """URL to download the file."""
    viewerAttrs: ImDiskFileCommitResultFilesUpload5249ViewerAttrs
    """Attributes for the built-in file viewer."""
    mediaUrl: ImDiskFileCommitResultFilesUpload5249MediaUrl
    """Media URLs for previews."""
    isTranscribable: bool
    """Whether the file can be transcribed."""
    isVideoNote: bool
    """Whether the file is a video note."""
    isVoiceNote: bool
    """Whether the file is a voice note."""


class ImDiskFileCommitResultFiles(TypedDict, total=False):
    """Keys of ``result.FILES`` in ``im.disk.file.commit``."""

    upload5249: ImDiskFileCommitResultFilesUpload5249
    """One posted file (key is "upload" plus its upload ID)."""


class ImDiskFileCommitResultFileModelsUpload5249Links(TypedDict, total=False):
    """Keys of ``result.FILE_MODELS.upload5249.links`` in ``im.disk.file.commit``."""

    download: str
    """URL to download the file."""
    showInGrid: str
    """URL to show the file in the Drive grid."""
    preview: str
    """URL of the preview."""


class ImDiskFileCommitResultFileModelsUpload5249(TypedDict, total=False):
    """Keys of ``result.FILE_MODELS.upload5249`` in ``im.disk.file.commit``."""

    id: int
    """ID of the Drive object."""
    name: str
    """File name."""
    createTime: dict[str, Any]
    """Time the file was created."""
    updateTime: dict[str, Any]
    """Time the file was last changed."""
    deleteTime: Any
    """Time the file was deleted, or null."""
    code: str
    """Code of the file type."""
    xmlId: Any
    """External ID, or null."""
    storageId: int
    """ID of the Drive storage."""
    realObjectId: int
    """ID of the real object (differs for links)."""
    parentId: int
    """ID of the parent folder."""
    deletedType: int
    """Deletion kind code."""
    createdBy: str
    """ID of the user who created the file."""
    updatedBy: str
    """ID of the user who last changed the file."""
    deletedBy: str
    """ID of the user who deleted the file."""
    uniqueCode: str
    """Unique code of the file."""
    typeFile: int
    """Numeric file type code."""
    globalContentVersion: int
    """Global content version number."""
    fileId: int
    """ID of the stored physical file."""
    size: int
    """File size in bytes."""
    etag: str
    """ETag of the file."""
    links: ImDiskFileCommitResultFileModelsUpload5249Links
    """Links for working with the file."""


class ImDiskFileCommitResultFileModels(TypedDict, total=False):
    """Keys of ``result.FILE_MODELS`` in ``im.disk.file.commit``."""

    upload5249: ImDiskFileCommitResultFileModelsUpload5249
    """Drive record of one file (key is "upload" plus its upload ID)."""


class ImDiskFileCommitResult(TypedDict, total=False):
    """Keys of the result of ``im.disk.file.commit``."""

    FILES: ImDiskFileCommitResultFiles
    """Posted files, keyed "upload" plus the upload ID."""
    DISK_ID: list[Any]
    """IDs of the files on Drive."""
    FILE_MODELS: ImDiskFileCommitResultFileModels
    """Drive records of the posted files, keyed "upload" plus the upload ID."""
    MESSAGE_ID: int
    """ID of the message carrying the files."""


class ImDiskFileSaveResultFolder(TypedDict, total=False):
    """Keys of ``result.folder`` in ``im.disk.file.save``."""

    id: int
    """ID of the folder."""
    name: str
    """Folder name."""


class ImDiskFileSaveResultFile(TypedDict, total=False):
    """Keys of ``result.file`` in ``im.disk.file.save``."""

    id: int
    """ID of the saved file."""
    name: str
    """Name of the saved file."""


class ImDiskFileSaveResult(TypedDict, total=False):
    """Keys of the result of ``im.disk.file.save``."""

    folder: ImDiskFileSaveResultFolder
    """The "Saved files" folder on the personal Drive."""
    file: ImDiskFileSaveResultFile
    """The saved copy."""


class ImDiskFolder(TypedDict, total=False):
    """The chat's Drive folder.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html
    """

    ID: int
    """ID of the folder where the chat stores files."""


class ImNotify(TypedDict, total=False):
    """A page of notifications.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html
    """

    total_count: int
    """Total number of notifications."""
    total_unread_count: int
    """Number of unread notifications."""
    chat_id: int
    """ID of the user's notification chat."""
    notifications: list[Any]
    """Notifications of this page."""
    users: list[Any]
    """Authors of the notifications."""


class ImNotifyAnswerResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.answer``."""

    result_message: Required[list[Any]]
    """Reply of the notification's handler, as strings, or false."""


class ImNotifyConfirmResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.confirm``."""

    result_message: Required[list[Any]]
    """Reply of the notification's handler, as strings, or false."""


class ImNotifyHistorySearchResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.history.search``."""

    chat_id: int
    """ID of the user's notification chat."""
    total_results: int
    """Total matches; returned on the first page only."""
    notifications: list[Any]
    """Matching notifications."""
    users: list[Any]
    """Authors of the notifications."""


class ImNotifyReadAllResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.read.all``."""

    result: bool
    """true when the notifications were marked."""
    newCounter: int
    """Unread notifications left after the call."""


class ImNotifySchemaList(TypedDict, total=False):
    """Keys of ``LIST`` in ``ImNotifySchema``."""

    ID: str
    """Type ID as "MODULE|EVENT"."""
    NAME: str
    """Type name."""


class ImNotifySchema(TypedDict, total=False):
    """Notification types of one module.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html
    """

    NAME: str
    """Module name."""
    MODULE_ID: str
    """Module ID."""
    LIST: list[ImNotifySchemaList]
    """Notification types of the module."""


class ImNotifySchemaGetResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.schema.get``."""

    tasks: Required[ImNotifySchema]
    """Example module entry (tasks); the result has one such entry per module ID."""


class ImRecentAvatar(TypedDict, total=False):
    """Keys of ``avatar`` in ``ImRecent``."""

    url: str
    """URL of the avatar; empty when none is set."""
    color: str
    """Colour shown instead of an avatar."""


class ImRecentMessage(TypedDict, total=False):
    """Keys of ``message`` in ``ImRecent``."""

    id: int
    """ID of the message."""
    text: str
    """Message text without BB-codes and line breaks."""
    file: bool
    """Whether the message has files."""
    attach: bool
    """Whether the message has attachments."""
    author_id: int
    """ID of the message author."""
    date: str
    """Time the message was sent."""
    sticker: int | None
    """ID of the sticker, or null."""
    status: str
    """Delivery status of the message."""
    uuid: str | None
    """External ID of the message, or null."""


class ImRecentUser(TypedDict, total=False):
    """Keys of ``user`` in ``ImRecent``."""

    id: int
    """ID of the user."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
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
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: str | bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: str | bool
    """Time of the user's last activity in the mobile app, or false."""
    absent: str | bool
    """End of the user's absence, or false when present."""
    active: bool
    """Whether the user account is active."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: bool
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImRecentChatRestrictions(TypedDict, total=False):
    """Keys of ``chat.restrictions`` in ``ImRecent``."""

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


class ImRecentChatEntityLink(TypedDict, total=False):
    """Keys of ``chat.entity_link`` in ``ImRecent``."""

    type: str
    """Type of the linked object."""
    url: str
    """URL of the linked object."""
    id: str
    """ID of the linked object."""


class ImRecentChatPermissions(TypedDict, total=False):
    """Keys of ``chat.permissions`` in ``ImRecent``."""

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


class ImRecentChat(TypedDict, total=False):
    """Keys of ``chat`` in ``ImRecent``."""

    id: int
    """ID of the chat."""
    title: str
    """Chat title."""
    name: str
    """Chat title."""
    owner: int
    """ID of the chat owner."""
    extranet: bool
    """Whether the chat has external (extranet) members."""
    parent_chat_id: int
    """ID of the parent chat (for threads and comments)."""
    parent_message_id: int
    """ID of the message the chat was started from."""
    contains_collaber: bool
    """Whether the chat includes collaborators (collab guests)."""
    color: str
    """Chat colour in hex format."""
    avatar: str
    """URL of the chat avatar."""
    type: str
    """Chat type, such as "chat", "open" or "lines"."""
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
    date_create: str
    """Time the chat was created (ATOM format)."""
    message_type: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""
    mute_list: list[Any] | dict[str, Any]
    """Users who have muted notifications for the chat."""
    manager_list: list[Any]
    """IDs of the chat managers."""
    user_counter: int
    """Number of chat members."""
    restrictions: ImRecentChatRestrictions
    """Which chat actions are available (true) or blocked (false)."""
    role: str
    """Role of the current user in the chat, such as owner, manager or member."""
    text_field_enabled: bool
    """Whether the message input field is available."""
    background_id: int | None
    """ID of the chat background, or null."""
    entity_link: ImRecentChatEntityLink
    """Link to the object the chat is tied to."""
    permissions: ImRecentChatPermissions
    """Who may perform each action in the chat."""
    public: str
    """Marker showing whether the chat is public."""


class ImRecentLines(TypedDict, total=False):
    """Keys of ``lines`` in ``ImRecent``."""

    id: int
    """ID of the open channel session."""
    status: int
    """Status code of the session."""
    date_create: str
    """Time the session started."""


class ImRecent(TypedDict, total=False):
    """One entry of the recent conversations list.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html
    """

    id: str | int
    """Dialog ID: a user ID or "chatXXX"."""
    type: str
    """\"user" for a private dialog, "chat" for a group chat."""
    avatar: ImRecentAvatar
    """Avatar of the entry."""
    title: str
    """Title of the entry."""
    message: ImRecentMessage
    """The latest message."""
    counter: int
    """Number of unread messages for the current user."""
    chat_id: int
    """ID of the chat."""
    last_id: int
    """ID of the last message the current user has read."""
    pinned: bool
    """Whether the conversation is pinned."""
    unread: bool
    """Whether the manual "unread" mark is set."""
    has_reminder: bool
    """Whether a reminder is set."""
    date_update: str
    """Time the entry last changed."""
    date_last_activity: str
    """Time of the last activity in the conversation."""
    user: ImRecentUser
    """The other user; absent for chat entries."""
    chat: ImRecentChat
    """The chat; absent for user entries."""
    options: list[Any]
    """Extra options of the entry."""
    lines: ImRecentLines
    """Open channel session data."""


class ImRevision(TypedDict, total=False):
    """API revisions of the chat module.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html
    """

    rest: int
    """Revision of the REST API of the chat module."""
    web: int
    """Revision of the web API of the chat module."""
    mobile: int
    """Revision of the mobile API of the chat module."""
    desktop: int
    """Revision of the desktop API of the chat module."""
    im_revision_mobile: int
    """Compatibility copy of the mobile revision."""


class ImSearchChatRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImSearchChat``."""

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
    path: str
    """Link to the chat."""
    path_title: str
    """Text of the link to the chat."""


class ImSearchChatEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImSearchChat``."""

    type: str
    """Type of the linked object."""
    url: str
    """URL of the linked object."""
    id: str
    """ID of the linked object."""


class ImSearchChatPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImSearchChat``."""

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


class ImSearchChat(TypedDict, total=False):
    """A chat found by search.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html
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
    restrictions: ImSearchChatRestrictions
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
    """Time the chat was created."""
    message_type: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""
    public: str
    """Marker showing whether the chat is public."""
    role: str
    """Role of the current user in the chat, such as owner, manager or member."""
    entity_link: ImSearchChatEntityLink
    """Link to the object the chat is tied to."""
    text_field_enabled: bool
    """Whether the message input field is available."""
    background_id: int | None
    """ID of the chat background, or null."""
    permissions: ImSearchChatPermissions
    """Who may perform each action in the chat."""
    is_new: bool
    """Whether the dialog is new for the current user."""


class ImSearchDepartmentManagerUserDataPhones(TypedDict, total=False):
    """Keys of ``manager_user_data.phones`` in ``ImSearchDepartment``."""

    work_phone: str
    """Work phone number."""
    personal_mobile: str
    """Personal mobile number."""
    inner_phone: str
    """Internal extension number."""


class ImSearchDepartmentManagerUserData(TypedDict, total=False):
    """Keys of ``manager_user_data`` in ``ImSearchDepartment``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: bool
    """Time of the user's last activity in the mobile app, or false."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: ImSearchDepartmentManagerUserDataPhones
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImSearchDepartment(TypedDict, total=False):
    """A department with its head.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html
    """

    id: int
    """ID of the department."""
    name: str
    """Department name."""
    full_name: str
    """Full department name with its place in the company structure."""
    manager_user_id: int
    """ID of the department head."""
    manager_user_data: ImSearchDepartmentManagerUserData
    """Data of the department head; only with USER_DATA "Y"."""


class ImSearchLastAvatar(TypedDict, total=False):
    """Keys of ``avatar`` in ``ImSearchLast``."""

    url: str
    """URL of the avatar; empty when none is set."""
    color: str
    """Colour shown instead of an avatar."""


class ImSearchLastUserPhones(TypedDict, total=False):
    """Keys of ``user.phones`` in ``ImSearchLast``."""

    work_phone: str
    """Work phone number."""
    personal_mobile: str
    """Personal mobile number."""
    inner_phone: str
    """Internal extension number."""


class ImSearchLastUser(TypedDict, total=False):
    """Keys of ``user`` in ``ImSearchLast``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: bool
    """Time of the user's last activity in the mobile app, or false."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: ImSearchLastUserPhones
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImSearchLastChat(TypedDict, total=False):
    """Keys of ``chat`` in ``ImSearchLast``."""

    id: int
    """ID of the chat."""
    name: str
    """Chat title."""
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
    mute_list: dict[str, Any] | list[Any]
    """Users who have muted notifications for the chat."""
    date_create: str
    """Time the chat was created (ATOM format)."""
    message_type: str
    """Chat message type, such as "C" (group), "O" (open) or "P" (private)."""


class ImSearchLast(TypedDict, total=False):
    """One entry of the recent conversations list.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html
    """

    id: str | int
    """Dialog ID: a user ID or "chatXXX"."""
    type: str
    """\"user" for a private dialog, "chat" for a group chat."""
    avatar: ImSearchLastAvatar
    """Avatar of the entry."""
    title: str
    """Title of the entry."""
    user: ImSearchLastUser
    """The other user; absent for chat entries."""
    chat: ImSearchLastChat
    """The chat; absent for user entries."""


class ImUserPhones(TypedDict, total=False):
    """Keys of ``phones`` in ``ImUser``."""

    work_phone: str
    """Work phone number."""
    personal_mobile: str
    """Personal mobile number."""
    inner_phone: str
    """Internal extension number."""


class ImUser(TypedDict, total=False):
    """A user as the messenger shows them.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html
    """

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: bool
    """Time of the user's last activity in the mobile app, or false."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: ImUserPhones
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImUserListPhones(TypedDict, total=False):
    """Keys of ``phones`` in ``ImUserList``."""

    work_phone: str
    """Work phone number."""
    personal_mobile: str
    """Personal mobile number."""
    inner_phone: str
    """Internal extension number."""


class ImUserList(TypedDict, total=False):
    """A user as the messenger shows them.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html
    """

    id: int
    """ID of the user."""
    active: bool
    """Whether the user account is active."""
    name: str
    """User's full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    color: str
    """User's colour in hex format."""
    avatar: str
    """URL of the user's avatar."""
    avatar_hr: str
    """URL of the avatar in high resolution."""
    gender: str
    """Gender: "M" or "F"."""
    birthday: str
    """Birthday as "DD-MM", or an empty string."""
    extranet: bool
    """Whether the user is an external (extranet) user."""
    network: bool
    """Whether the user comes from Bitrix24.Network."""
    bot: bool
    """Whether the user is a chat bot."""
    connector: bool
    """Whether the user is an open channel client (connector user)."""
    external_auth_id: str
    """External authorization type, such as "default", "bot" or "email"."""
    status: str
    """User status, such as "online", "dnd" or "away"."""
    idle: bool
    """Time since which the user is idle, or false when not idle."""
    last_activity_date: str
    """Time of the user's last activity."""
    mobile_last_date: bool
    """Time of the user's last activity in the mobile app, or false."""
    desktop_last_date: bool
    """Time of the user's last activity in the desktop app, or false."""
    absent: bool
    """End of the user's absence, or false when present."""
    departments: list[Any]
    """IDs of the user's departments."""
    phones: ImUserListPhones
    """User's phone numbers, or false when none are set."""
    bot_data: dict[str, Any] | None
    """Extra bot data; null for ordinary users."""
    type: str
    """User type, such as "employee", "extranet" or "bot"."""
    website: str
    """Personal website."""
    email: str
    """E-mail address."""


class ImV2EventEvents(TypedDict, total=False):
    """Keys of ``events`` in ``ImV2Event``."""

    eventId: int
    """ID of the event."""
    type: str
    """Event type, such as "ONIMBOTV2MESSAGEADD" or "ONIMV2MESSAGEADD"."""
    date: str
    """Time the event happened."""
    data: dict[str, Any]
    """Event payload; its keys depend on the event type."""


class ImV2Event(TypedDict, total=False):
    """A batch of polled events.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-get.html
    """

    events: list[ImV2EventEvents]
    """Events, oldest first."""
    nextOffset: int
    """Offset to pass in the next call; it also confirms the events received."""
    hasMore: bool
    """Whether more events are waiting."""


class ImV2FileDownloadResult(TypedDict, total=False):
    """Keys of the result of ``im.v2.File.download``."""

    downloadUrl: Required[str]
    """Link to download the file."""


class ImV2FileUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``im.v2.File.upload``."""

    name: Required[str]
    """File name with extension."""
    content: Required[str]
    """File content in base64 (at most 100 MB)."""
    message: str
    """Text posted with the file."""


class ImV2FileUploadResultFileViewerAttrs(TypedDict, total=False):
    """Keys of ``result.file.viewerAttrs`` in ``im.v2.File.upload``."""

    viewer: str
    """Viewer kind."""
    viewerType: str
    """How the viewer displays the file."""
    src: str
    """File source for the viewer."""
    objectId: str
    """ID of the file object in the viewer."""
    viewerGroupBy: str
    """Group key that links files of one chat in the viewer."""
    imChatId: int
    """ID of the chat, for the viewer."""
    title: str
    """File title shown in the viewer."""
    unifiedLink: str
    """Unified link to the file."""
    actions: str
    """Actions available in the viewer, as a JSON string."""


class ImV2FileUploadResultFileMediaUrl(TypedDict, total=False):
    """Keys of ``result.file.mediaUrl`` in ``im.v2.File.upload``."""

    preview: dict[str, Any]
    """Preview URLs keyed by size in pixels."""


class ImV2FileUploadResultFile(TypedDict, total=False):
    """Keys of ``result.file`` in ``im.v2.File.upload``."""

    id: int
    """ID of the file on Drive."""
    chatId: int
    """ID of the chat the file was sent to."""
    date: str
    """Time the file was uploaded."""
    type: str
    """File kind: "file", "image", "video" or "audio"."""
    name: str
    """File name."""
    extension: str
    """File extension."""
    size: int
    """File size in bytes."""
    image: bool
    """Whether the file is an image."""
    status: str
    """Upload status of the file."""
    progress: int
    """Upload progress in percent."""
    authorId: int
    """ID of the user who uploaded the file."""
    authorName: str
    """Name of the user who uploaded the file."""
    urlPreview: str
    """URL of the file preview."""
    urlShow: str
    """URL to open the file."""
    urlDownload: str
    """URL to download the file."""
    viewerAttrs: ImV2FileUploadResultFileViewerAttrs
    """Attributes for the built-in file viewer."""
    mediaUrl: ImV2FileUploadResultFileMediaUrl
    """Media URLs for previews."""
    isTranscribable: bool
    """Whether the file can be transcribed."""
    isVideoNote: bool
    """Whether the file is a video note."""
    isVoiceNote: bool
    """Whether the file is a voice note."""


class ImV2FileUploadResult(TypedDict, total=False):
    """Keys of the result of ``im.v2.File.upload``."""

    dialogId: str
    """Dialog the file was posted to."""
    chatId: int
    """ID of the chat."""
    messageId: int
    """ID of the message carrying the file."""
    file: ImV2FileUploadResultFile
    """The uploaded file."""
