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
    """Im chat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html
    """

    ID: int


class ImCountersType(TypedDict, total=False):
    """Keys of ``TYPE`` in ``ImCounters``."""

    ALL: int
    CHAT: int
    DIALOG: int
    LINES: int
    NOTIFY: int
    MESSENGER: int


class ImCounters(TypedDict, total=False):
    """Im counters, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html
    """

    TYPE: ImCountersType
    CHAT: list[Any]
    CHAT_MUTED: dict[str, Any]
    CHAT_UNREAD: list[Any]
    LINES: list[Any]
    DIALOG: dict[str, Any]
    DIALOG_UNREAD: list[Any]


class ImDepartmentManagerUserDataPhones(TypedDict, total=False):
    """Keys of ``manager_user_data.phones`` in ``ImDepartment``."""

    personal_mobile: str
    inner_phone: str


class ImDepartmentManagerUserData(TypedDict, total=False):
    """Keys of ``manager_user_data`` in ``ImDepartment``."""

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    avatar_hr: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: bool
    last_activity_date: str
    mobile_last_date: bool
    desktop_last_date: bool
    absent: bool
    departments: list[Any]
    phones: bool | ImDepartmentManagerUserDataPhones
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImDepartment(TypedDict, total=False):
    """Im department, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html
    """

    id: int
    name: str
    full_name: str
    manager_user_id: int
    manager_user_data: ImDepartmentManagerUserData


class ImDialogRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImDialog``."""

    avatar: bool
    rename: bool
    extend: bool
    call: bool
    mute: bool
    leave: bool
    leave_owner: bool
    send: bool
    user_list: bool
    path: str
    path_title: str


class ImDialogEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImDialog``."""

    type: str
    url: str
    id: str


class ImDialogPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImDialog``."""

    manage_users_add: str
    manage_users_delete: str
    manage_ui: str
    manage_settings: str
    manage_messages: str
    can_post: str


class ImDialogLastMessageViews(TypedDict, total=False):
    """Keys of ``last_message_views`` in ``ImDialog``."""

    message_id: int
    first_viewers: list[Any]
    count_of_viewers: int


class ImDialog(TypedDict, total=False):
    """Im dialog, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html
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
    restrictions: ImDialogRestrictions
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
    entity_link: ImDialogEntityLink
    text_field_enabled: bool
    background_id: int | None
    permissions: ImDialogPermissions
    is_new: bool
    readed_list: list[Any]
    manager_list: list[Any]
    last_message_views: ImDialogLastMessageViews
    dialog_id: str


class ImDialogMessages(TypedDict, total=False):
    """Im dialog messages, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html
    """

    chat_id: int
    messages: list[Any]
    users: list[Any]
    files: list[Any]


class ImDialogMessagesSearchResultTariffRestrictions(TypedDict, total=False):
    """Keys of ``result.tariffRestrictions`` in ``im.dialog.messages.search``."""

    isHistoryLimitExceeded: bool


class ImDialogMessagesSearchResult(TypedDict, total=False):
    """Keys of the result of ``im.dialog.messages.search``."""

    messages: list[Any]
    users: list[Any]
    files: list[Any]
    additionalMessages: list[Any]
    copilot: dict[str, Any] | None
    stickers: list[Any]
    reactions: list[Any]
    tariffRestrictions: ImDialogMessagesSearchResultTariffRestrictions
    usersShort: list[Any]


class ImDialogReadResult(TypedDict, total=False):
    """Keys of the result of ``im.dialog.read``."""

    dialogId: str
    chatId: int
    lastId: int
    counter: int


class ImDialogUsersPhones(TypedDict, total=False):
    """Keys of ``phones`` in ``ImDialogUsers``."""

    work_phone: str
    personal_mobile: str
    personal_phone: str


class ImDialogUsers(TypedDict, total=False):
    """Im dialog users, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html
    """

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    avatar_hr: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: bool
    last_activity_date: str
    mobile_last_date: bool
    desktop_last_date: bool
    absent: bool
    departments: list[Any]
    phones: ImDialogUsersPhones | bool
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImDiskFileCommitResultFilesUpload5249Image(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249.image`` in ``im.disk.file.commit``."""

    height: int
    width: int


class ImDiskFileCommitResultFilesUpload5249ViewerAttrs(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249.viewerAttrs`` in ``im.disk.file.commit``."""

    viewer: str
    viewerType: str
    src: str
    viewerResized: str
    objectId: str
    viewerGroupBy: str
    imChatId: int
    title: str
    actions: str


class ImDiskFileCommitResultFilesUpload5249MediaUrl(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249.mediaUrl`` in ``im.disk.file.commit``."""

    preview: dict[str, Any]


class ImDiskFileCommitResultFilesUpload5249(TypedDict, total=False):
    """Keys of ``result.FILES.upload5249`` in ``im.disk.file.commit``."""

    id: int
    chatId: int
    date: dict[str, Any]
    type: str
    name: str
    extension: str
    size: int
    image: ImDiskFileCommitResultFilesUpload5249Image
    status: str
    progress: int
    authorId: int
    authorName: str
    urlPreview: str
    urlShow: str
    urlDownload: str
    viewerAttrs: ImDiskFileCommitResultFilesUpload5249ViewerAttrs
    mediaUrl: ImDiskFileCommitResultFilesUpload5249MediaUrl
    isTranscribable: bool
    isVideoNote: bool
    isVoiceNote: bool


class ImDiskFileCommitResultFiles(TypedDict, total=False):
    """Keys of ``result.FILES`` in ``im.disk.file.commit``."""

    upload5249: ImDiskFileCommitResultFilesUpload5249


class ImDiskFileCommitResultFileModelsUpload5249Links(TypedDict, total=False):
    """Keys of ``result.FILE_MODELS.upload5249.links`` in ``im.disk.file.commit``."""

    download: str
    showInGrid: str
    preview: str


class ImDiskFileCommitResultFileModelsUpload5249(TypedDict, total=False):
    """Keys of ``result.FILE_MODELS.upload5249`` in ``im.disk.file.commit``."""

    id: int
    name: str
    createTime: dict[str, Any]
    updateTime: dict[str, Any]
    deleteTime: Any
    code: str
    xmlId: Any
    storageId: int
    realObjectId: int
    parentId: int
    deletedType: int
    createdBy: str
    updatedBy: str
    deletedBy: str
    uniqueCode: str
    typeFile: int
    globalContentVersion: int
    fileId: int
    size: int
    etag: str
    links: ImDiskFileCommitResultFileModelsUpload5249Links


class ImDiskFileCommitResultFileModels(TypedDict, total=False):
    """Keys of ``result.FILE_MODELS`` in ``im.disk.file.commit``."""

    upload5249: ImDiskFileCommitResultFileModelsUpload5249


class ImDiskFileCommitResult(TypedDict, total=False):
    """Keys of the result of ``im.disk.file.commit``."""

    FILES: ImDiskFileCommitResultFiles
    DISK_ID: list[Any]
    FILE_MODELS: ImDiskFileCommitResultFileModels
    MESSAGE_ID: int


class ImDiskFileSaveResultFolder(TypedDict, total=False):
    """Keys of ``result.folder`` in ``im.disk.file.save``."""

    id: int
    name: str


class ImDiskFileSaveResultFile(TypedDict, total=False):
    """Keys of ``result.file`` in ``im.disk.file.save``."""

    id: int
    name: str


class ImDiskFileSaveResult(TypedDict, total=False):
    """Keys of the result of ``im.disk.file.save``."""

    folder: ImDiskFileSaveResultFolder
    file: ImDiskFileSaveResultFile


class ImDiskFolder(TypedDict, total=False):
    """Im disk folder, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html
    """

    ID: int


class ImNotify(TypedDict, total=False):
    """Im notify, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html
    """

    total_count: int
    total_unread_count: int
    chat_id: int
    notifications: list[Any]
    users: list[Any]


class ImNotifyAnswerResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.answer``."""

    result_message: Required[list[Any]]


class ImNotifyConfirmResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.confirm``."""

    result_message: Required[list[Any]]


class ImNotifyHistorySearchResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.history.search``."""

    chat_id: int
    total_results: int
    notifications: list[Any]
    users: list[Any]


class ImNotifyReadAllResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.read.all``."""

    result: bool
    newCounter: int


class ImNotifySchemaList(TypedDict, total=False):
    """Keys of ``LIST`` in ``ImNotifySchema``."""

    ID: str
    NAME: str


class ImNotifySchema(TypedDict, total=False):
    """Im notify schema, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html
    """

    NAME: str
    MODULE_ID: str
    LIST: list[ImNotifySchemaList]


class ImNotifySchemaGetResult(TypedDict, total=False):
    """Keys of the result of ``im.notify.schema.get``."""

    tasks: Required[ImNotifySchema]


class ImRecentAvatar(TypedDict, total=False):
    """Keys of ``avatar`` in ``ImRecent``."""

    url: str
    color: str


class ImRecentMessage(TypedDict, total=False):
    """Keys of ``message`` in ``ImRecent``."""

    id: int
    text: str
    file: bool
    attach: bool
    author_id: int
    date: str
    sticker: int | None
    status: str
    uuid: str | None


class ImRecentUser(TypedDict, total=False):
    """Keys of ``user`` in ``ImRecent``."""

    id: int
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: str | bool
    last_activity_date: str
    mobile_last_date: str | bool
    absent: str | bool
    active: bool
    avatar_hr: str
    desktop_last_date: bool
    departments: list[Any]
    phones: bool
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImRecentChatRestrictions(TypedDict, total=False):
    """Keys of ``chat.restrictions`` in ``ImRecent``."""

    avatar: bool
    rename: bool
    extend: bool
    call: bool
    mute: bool
    leave: bool
    leave_owner: bool
    send: bool
    user_list: bool


class ImRecentChatEntityLink(TypedDict, total=False):
    """Keys of ``chat.entity_link`` in ``ImRecent``."""

    type: str
    url: str
    id: str


class ImRecentChatPermissions(TypedDict, total=False):
    """Keys of ``chat.permissions`` in ``ImRecent``."""

    manage_users_add: str
    manage_users_delete: str
    manage_ui: str
    manage_settings: str
    manage_messages: str
    can_post: str


class ImRecentChat(TypedDict, total=False):
    """Keys of ``chat`` in ``ImRecent``."""

    id: int
    title: str
    name: str
    owner: int
    extranet: bool
    parent_chat_id: int
    parent_message_id: int
    contains_collaber: bool
    color: str
    avatar: str
    type: str
    entity_type: str
    entity_id: str
    entity_data_1: str
    entity_data_2: str
    entity_data_3: str
    date_create: str
    message_type: str
    mute_list: list[Any] | dict[str, Any]
    manager_list: list[Any]
    user_counter: int
    restrictions: ImRecentChatRestrictions
    role: str
    text_field_enabled: bool
    background_id: int | None
    entity_link: ImRecentChatEntityLink
    permissions: ImRecentChatPermissions
    public: str


class ImRecentLines(TypedDict, total=False):
    """Keys of ``lines`` in ``ImRecent``."""

    id: int
    status: int
    date_create: str


class ImRecent(TypedDict, total=False):
    """Im recent, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html
    """

    id: str | int
    type: str
    avatar: ImRecentAvatar
    title: str
    message: ImRecentMessage
    counter: int
    chat_id: int
    last_id: int
    pinned: bool
    unread: bool
    has_reminder: bool
    date_update: str
    date_last_activity: str
    user: ImRecentUser
    chat: ImRecentChat
    options: list[Any]
    lines: ImRecentLines


class ImRevision(TypedDict, total=False):
    """Im revision, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html
    """

    rest: int
    web: int
    mobile: int
    desktop: int
    im_revision_mobile: int


class ImSearchChatRestrictions(TypedDict, total=False):
    """Keys of ``restrictions`` in ``ImSearchChat``."""

    avatar: bool
    rename: bool
    extend: bool
    call: bool
    mute: bool
    leave: bool
    leave_owner: bool
    send: bool
    user_list: bool
    path: str
    path_title: str


class ImSearchChatEntityLink(TypedDict, total=False):
    """Keys of ``entity_link`` in ``ImSearchChat``."""

    type: str
    url: str
    id: str


class ImSearchChatPermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``ImSearchChat``."""

    manage_users_add: str
    manage_users_delete: str
    manage_ui: str
    manage_settings: str
    manage_messages: str
    can_post: str


class ImSearchChat(TypedDict, total=False):
    """Im search chat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html
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
    type: str
    counter: int
    user_counter: int
    message_count: int
    unread_id: int
    restrictions: ImSearchChatRestrictions
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
    entity_link: ImSearchChatEntityLink
    text_field_enabled: bool
    background_id: int | None
    permissions: ImSearchChatPermissions
    is_new: bool


class ImSearchDepartmentManagerUserDataPhones(TypedDict, total=False):
    """Keys of ``manager_user_data.phones`` in ``ImSearchDepartment``."""

    work_phone: str
    personal_mobile: str
    inner_phone: str


class ImSearchDepartmentManagerUserData(TypedDict, total=False):
    """Keys of ``manager_user_data`` in ``ImSearchDepartment``."""

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    avatar_hr: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: bool
    last_activity_date: str
    mobile_last_date: bool
    desktop_last_date: bool
    absent: bool
    departments: list[Any]
    phones: ImSearchDepartmentManagerUserDataPhones
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImSearchDepartment(TypedDict, total=False):
    """Im search department, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html
    """

    id: int
    name: str
    full_name: str
    manager_user_id: int
    manager_user_data: ImSearchDepartmentManagerUserData


class ImSearchLastAvatar(TypedDict, total=False):
    """Keys of ``avatar`` in ``ImSearchLast``."""

    url: str
    color: str


class ImSearchLastUserPhones(TypedDict, total=False):
    """Keys of ``user.phones`` in ``ImSearchLast``."""

    work_phone: str
    personal_mobile: str
    inner_phone: str


class ImSearchLastUser(TypedDict, total=False):
    """Keys of ``user`` in ``ImSearchLast``."""

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    avatar_hr: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: bool
    last_activity_date: str
    mobile_last_date: bool
    desktop_last_date: bool
    absent: bool
    departments: list[Any]
    phones: ImSearchLastUserPhones
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImSearchLastChat(TypedDict, total=False):
    """Keys of ``chat`` in ``ImSearchLast``."""

    id: int
    name: str
    owner: int
    extranet: bool
    avatar: str
    color: str
    type: str
    entity_type: str
    entity_id: str
    entity_data_1: str
    entity_data_2: str
    entity_data_3: str
    mute_list: dict[str, Any] | list[Any]
    date_create: str
    message_type: str


class ImSearchLast(TypedDict, total=False):
    """Im search last, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html
    """

    id: str | int
    type: str
    avatar: ImSearchLastAvatar
    title: str
    user: ImSearchLastUser
    chat: ImSearchLastChat


class ImUserPhones(TypedDict, total=False):
    """Keys of ``phones`` in ``ImUser``."""

    work_phone: str
    personal_mobile: str
    inner_phone: str


class ImUser(TypedDict, total=False):
    """Im user, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html
    """

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    avatar_hr: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: bool
    last_activity_date: str
    mobile_last_date: bool
    desktop_last_date: bool
    absent: bool
    departments: list[Any]
    phones: ImUserPhones
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImUserListPhones(TypedDict, total=False):
    """Keys of ``phones`` in ``ImUserList``."""

    work_phone: str
    personal_mobile: str
    inner_phone: str


class ImUserList(TypedDict, total=False):
    """Im user list, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html
    """

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    color: str
    avatar: str
    avatar_hr: str
    gender: str
    birthday: str
    extranet: bool
    network: bool
    bot: bool
    connector: bool
    external_auth_id: str
    status: str
    idle: bool
    last_activity_date: str
    mobile_last_date: bool
    desktop_last_date: bool
    absent: bool
    departments: list[Any]
    phones: ImUserListPhones
    bot_data: dict[str, Any] | None
    type: str
    website: str
    email: str


class ImV2EventEvents(TypedDict, total=False):
    """Keys of ``events`` in ``ImV2Event``."""

    eventId: int
    type: str
    date: str
    data: dict[str, Any]


class ImV2Event(TypedDict, total=False):
    """Im v2 event, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-get.html
    """

    events: list[ImV2EventEvents]
    nextOffset: int
    hasMore: bool


class ImV2FileDownloadResult(TypedDict, total=False):
    """Keys of the result of ``im.v2.File.download``."""

    downloadUrl: Required[str]


class ImV2FileUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``im.v2.File.upload``."""

    name: Required[str]
    content: Required[str]
    message: str


class ImV2FileUploadResultFileViewerAttrs(TypedDict, total=False):
    """Keys of ``result.file.viewerAttrs`` in ``im.v2.File.upload``."""

    viewer: str
    viewerType: str
    src: str
    objectId: str
    viewerGroupBy: str
    imChatId: int
    title: str
    unifiedLink: str
    actions: str


class ImV2FileUploadResultFileMediaUrl(TypedDict, total=False):
    """Keys of ``result.file.mediaUrl`` in ``im.v2.File.upload``."""

    preview: dict[str, Any]


class ImV2FileUploadResultFile(TypedDict, total=False):
    """Keys of ``result.file`` in ``im.v2.File.upload``."""

    id: int
    chatId: int
    date: str
    type: str
    name: str
    extension: str
    size: int
    image: bool
    status: str
    progress: int
    authorId: int
    authorName: str
    urlPreview: str
    urlShow: str
    urlDownload: str
    viewerAttrs: ImV2FileUploadResultFileViewerAttrs
    mediaUrl: ImV2FileUploadResultFileMediaUrl
    isTranscribable: bool
    isVideoNote: bool
    isVoiceNote: bool


class ImV2FileUploadResult(TypedDict, total=False):
    """Keys of the result of ``im.v2.File.upload``."""

    dialogId: str
    chatId: int
    messageId: int
    file: ImV2FileUploadResultFile
