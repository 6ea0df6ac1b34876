"""TypedDicts of ``b24client.types.socialnetwork``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "SocialnetworkApiWorkgroup",
    "SocialnetworkApiWorkgroupActions",
    "SocialnetworkApiWorkgroupAdditionalData",
    "SocialnetworkApiWorkgroupAvatarData",
    "SocialnetworkApiWorkgroupAvatarTypes",
    "SocialnetworkApiWorkgroupCounters",
    "SocialnetworkApiWorkgroupFeatures",
    "SocialnetworkApiWorkgroupGetParams",
    "SocialnetworkApiWorkgroupGroupMembersList",
    "SocialnetworkApiWorkgroupListOfMembers",
    "SocialnetworkApiWorkgroupListOfMembersAwaitingInvite",
    "SocialnetworkApiWorkgroupListParams",
    "SocialnetworkApiWorkgroupOwnerData",
    "SocialnetworkApiWorkgroupSubjectData",
    "SocialnetworkApiWorkgroupUserData",
]


class SocialnetworkApiWorkgroupAvatarTypes(TypedDict, total=False):
    """Keys of ``AVATAR_TYPES`` in ``SocialnetworkApiWorkgroup``."""

    sort: int
    mobileUrl: str
    webCssClass: str
    entitySelectorUrl: str


class SocialnetworkApiWorkgroupAvatarData(TypedDict, total=False):
    """Keys of ``AVATAR_DATA`` in ``SocialnetworkApiWorkgroup``."""

    type: str
    id: str


class SocialnetworkApiWorkgroupOwnerData(TypedDict, total=False):
    """Keys of ``OWNER_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ID: int
    PHOTO: str
    FORMATTED_NAME: str


class SocialnetworkApiWorkgroupSubjectData(TypedDict, total=False):
    """Keys of ``SUBJECT_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ID: int
    NAME: str


class SocialnetworkApiWorkgroupActions(TypedDict, total=False):
    """Keys of ``ACTIONS`` in ``SocialnetworkApiWorkgroup``."""

    EDIT: bool
    DELETE: bool
    INVITE: bool
    JOIN: bool
    LEAVE: bool
    FOLLOW: bool
    PIN: bool
    EDIT_FEATURES: bool


class SocialnetworkApiWorkgroupUserData(TypedDict, total=False):
    """Keys of ``USER_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ROLE: Any
    INITIATED_BY_TYPE: Any
    IS_SUBSCRIBED: bool


class SocialnetworkApiWorkgroupListOfMembers(TypedDict, total=False):
    """Keys of ``LIST_OF_MEMBERS`` in ``SocialnetworkApiWorkgroup``."""

    id: int
    isOwner: bool
    isModerator: bool
    isScrumMaster: bool
    isAutoMember: bool
    name: str
    lastName: str
    position: str
    photo: str


class SocialnetworkApiWorkgroupFeatures(TypedDict, total=False):
    """Keys of ``FEATURES`` in ``SocialnetworkApiWorkgroup``."""

    featureName: str
    name: str
    customName: str
    id: str
    active: bool


class SocialnetworkApiWorkgroupListOfMembersAwaitingInvite(TypedDict, total=False):
    """Keys of ``LIST_OF_MEMBERS_AWAITING_INVITE`` in ``SocialnetworkApiWorkgroup``."""

    id: int
    name: str
    photo: str


class SocialnetworkApiWorkgroupGroupMembersList(TypedDict, total=False):
    """Keys of ``GROUP_MEMBERS_LIST`` in ``SocialnetworkApiWorkgroup``."""

    id: int
    invited: bool
    isAwaiting: bool
    isMember: bool


class SocialnetworkApiWorkgroupCounters(TypedDict, total=False):
    """Keys of ``COUNTERS`` in ``SocialnetworkApiWorkgroup``."""

    workgroup_requests_out: int
    workgroup_requests_in: int


class SocialnetworkApiWorkgroupAdditionalData(TypedDict, total=False):
    """Keys of ``ADDITIONAL_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ROLE: str
    INITIATED_BY_TYPE: str


class SocialnetworkApiWorkgroup(TypedDict, total=False):
    """Socialnetwork api workgroup, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html
    """

    ID: int
    ACTIVE: str
    SITE_ID: str
    SUBJECT_ID: int
    NAME: str
    DESCRIPTION: str
    KEYWORDS: str
    CLOSED: str
    VISIBLE: str
    OPENED: str
    DATE_CREATE: str
    DATE_UPDATE: str
    DATE_ACTIVITY: str
    IMAGE_ID: int
    AVATAR_TYPE: str
    OWNER_ID: int
    INITIATE_PERMS: str
    NUMBER_OF_MEMBERS: int
    NUMBER_OF_MODERATORS: int
    PROJECT: str
    PROJECT_DATE_START: Any
    PROJECT_DATE_FINISH: Any
    SEARCH_INDEX: str
    LANDING: str
    SCRUM_MASTER_ID: int
    SCRUM_SPRINT_DURATION: int
    SCRUM_TASK_RESPONSIBLE: str
    TYPE: str
    MEMBERS: list[Any]
    CHAT_ID: int
    DIALOG_ID: str
    ORDINARY_MEMBERS: list[Any]
    INVITED_MEMBERS: list[Any]
    MODERATOR_MEMBERS: list[Any]
    SITE_IDS: list[Any]
    AVATAR: str
    AVATAR_TYPES: SocialnetworkApiWorkgroupAvatarTypes
    AVATAR_DATA: SocialnetworkApiWorkgroupAvatarData
    OWNER_DATA: SocialnetworkApiWorkgroupOwnerData
    SUBJECT_DATA: SocialnetworkApiWorkgroupSubjectData
    TAGS: list[Any]
    ACTIONS: SocialnetworkApiWorkgroupActions
    USER_DATA: SocialnetworkApiWorkgroupUserData
    DEPARTMENTS: list[Any]
    IS_PIN: bool
    PRIVACY_CODE: str
    LIST_OF_MEMBERS: SocialnetworkApiWorkgroupListOfMembers
    FEATURES: SocialnetworkApiWorkgroupFeatures
    LIST_OF_MEMBERS_AWAITING_INVITE: (
        SocialnetworkApiWorkgroupListOfMembersAwaitingInvite
    )
    GROUP_MEMBERS_LIST: SocialnetworkApiWorkgroupGroupMembersList
    COUNTERS: SocialnetworkApiWorkgroupCounters
    EFFICIENCY: int
    ADDITIONAL_DATA: SocialnetworkApiWorkgroupAdditionalData
    SCRUM_OWNER_ID: int
    NUMBER_OF_MEMBERS_PLURAL: int
    id: str
    name: str
    type: str
    imageId: str
    avatarType: Any
    avatar: str
    additionalData: dict[str, Any]
    dialogId: str


class SocialnetworkApiWorkgroupGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.get``."""

    groupId: Required[int]
    select: Sequence[str]
    mode: str


class SocialnetworkApiWorkgroupListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.list``."""

    IS_ADMIN: str
    siteId: str
    mode: str
    features: Sequence[Any] | dict[str, Any]
    mandatoryFeatures: Sequence[Any] | dict[str, Any]
    shouldSelectDialogId: Literal["Y", "N"]
