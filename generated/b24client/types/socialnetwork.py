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
    """Sort index of the avatar."""
    mobileUrl: str
    """Avatar URL for the mobile app."""
    webCssClass: str
    """CSS class of the avatar."""
    entitySelectorUrl: str
    """Avatar URL for the entity selector."""


class SocialnetworkApiWorkgroupAvatarData(TypedDict, total=False):
    """Keys of ``AVATAR_DATA`` in ``SocialnetworkApiWorkgroup``."""

    type: str
    """\"icon" system avatar or "image" custom image."""
    id: str
    """System avatar code, such as "folder" or "briefcase", or the URL of a custom avatar."""


class SocialnetworkApiWorkgroupOwnerData(TypedDict, total=False):
    """Keys of ``OWNER_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ID: int
    """ID of the owner."""
    PHOTO: str
    """URL of the owner's resized avatar."""
    FORMATTED_NAME: str
    """Owner name formatted per portal settings."""


class SocialnetworkApiWorkgroupSubjectData(TypedDict, total=False):
    """Keys of ``SUBJECT_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ID: int
    """ID of the subject."""
    NAME: str
    """Subject name."""


class SocialnetworkApiWorkgroupActions(TypedDict, total=False):
    """Keys of ``ACTIONS`` in ``SocialnetworkApiWorkgroup``."""

    EDIT: bool
    """Whether the user may edit the group."""
    DELETE: bool
    """Whether the user may delete the group."""
    INVITE: bool
    """Whether the user may invite people."""
    JOIN: bool
    """Whether the user may join."""
    LEAVE: bool
    """Whether the user may leave."""
    FOLLOW: bool
    """Whether the user may follow group updates."""
    PIN: bool
    """Whether the user may pin the group."""
    EDIT_FEATURES: bool
    """Whether the user may change the group tools."""


class SocialnetworkApiWorkgroupUserData(TypedDict, total=False):
    """Keys of ``USER_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ROLE: Any
    """\"A" owner, "E" moderator, "K" member, "Z" awaiting approval, or false."""
    INITIATED_BY_TYPE: Any
    """Who started the relation: "U" the user (a join request), "G" the group (an invitation), or false."""
    IS_SUBSCRIBED: bool
    """Whether the user follows group updates."""


class SocialnetworkApiWorkgroupListOfMembers(TypedDict, total=False):
    """Keys of ``LIST_OF_MEMBERS`` in ``SocialnetworkApiWorkgroup``."""

    id: int
    """ID of the user."""
    isOwner: bool
    """Whether the user is the owner."""
    isModerator: bool
    """Whether the user is a moderator."""
    isScrumMaster: bool
    """Whether the user is the scrum master."""
    isAutoMember: bool
    """Whether the user was added automatically, without invitation."""
    name: str
    """First name."""
    lastName: str
    """Last name."""
    position: str
    """Job title."""
    photo: str
    """URL of the resized avatar."""


class SocialnetworkApiWorkgroupFeatures(TypedDict, total=False):
    """Keys of ``FEATURES`` in ``SocialnetworkApiWorkgroup``."""

    featureName: str
    """Tool code."""
    name: str
    """Tool name."""
    customName: str
    """Custom tool name from the group settings."""
    id: str
    """Numeric ID of the tool."""
    active: bool
    """Whether the tool is on in the group."""


class SocialnetworkApiWorkgroupListOfMembersAwaitingInvite(TypedDict, total=False):
    """Keys of ``LIST_OF_MEMBERS_AWAITING_INVITE`` in ``SocialnetworkApiWorkgroup``."""

    id: int
    """ID of the user."""
    name: str
    """Name formatted per portal settings."""
    photo: str
    """URL of the resized avatar."""


class SocialnetworkApiWorkgroupGroupMembersList(TypedDict, total=False):
    """Keys of ``GROUP_MEMBERS_LIST`` in ``SocialnetworkApiWorkgroup``."""

    id: int
    """ID of the user."""
    invited: bool
    """Whether the user was invited."""
    isAwaiting: bool
    """Whether the user awaits approval."""
    isMember: bool
    """Whether the user is a member."""


class SocialnetworkApiWorkgroupCounters(TypedDict, total=False):
    """Keys of ``COUNTERS`` in ``SocialnetworkApiWorkgroup``."""

    workgroup_requests_out: int
    """Invitations not yet accepted."""
    workgroup_requests_in: int
    """Pending join requests."""


class SocialnetworkApiWorkgroupAdditionalData(TypedDict, total=False):
    """Keys of ``ADDITIONAL_DATA`` in ``SocialnetworkApiWorkgroup``."""

    ROLE: str
    """\"A" owner, "E" moderator, "K" member, "Z" awaiting approval, "" unrelated."""
    INITIATED_BY_TYPE: str
    """\"U" the user, "G" the group, "" unrelated."""


class SocialnetworkApiWorkgroup(TypedDict, total=False):
    """A workgroup, project, scrum team or collab.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html
    """

    ID: int
    """ID of the group."""
    ACTIVE: str
    """\"Y" when the group is active."""
    SITE_ID: str
    """ID of the site the group belongs to."""
    SUBJECT_ID: int
    """ID of the group subject (topic)."""
    NAME: str
    """Group name."""
    DESCRIPTION: str
    """Group description."""
    KEYWORDS: str
    """Tags, comma-separated."""
    CLOSED: str
    """\"Y" when the group is archived."""
    VISIBLE: str
    """\"Y" when the group is shown in the group list."""
    OPENED: str
    """\"Y" when the group is open to join."""
    DATE_CREATE: str
    """Creation date, "DD.MM.YYYY hh:mm:ss"; a friendlier text form when requested in select."""
    DATE_UPDATE: str
    """Date of the last change, "DD.MM.YYYY hh:mm:ss"."""
    DATE_ACTIVITY: str
    """Date of the last activity, "DD.MM.YYYY hh:mm:ss"."""
    IMAGE_ID: int
    """ID of the custom avatar file; 0 when a system avatar is used."""
    AVATAR_TYPE: str
    """Last system avatar set: "folder", "checks", "pie", "bag", "members" or ""."""
    OWNER_ID: int
    """ID of the owner."""
    INITIATE_PERMS: str
    """Who may invite: "A" owner, "E" owner and moderators, "K" all members."""
    NUMBER_OF_MEMBERS: int
    """Number of members."""
    NUMBER_OF_MODERATORS: int
    """Number of moderators."""
    PROJECT: str
    """\"Y" for a project."""
    PROJECT_DATE_START: Any
    """Project start date, or null."""
    PROJECT_DATE_FINISH: Any
    """Project end date, or null."""
    SEARCH_INDEX: str
    """Search keywords index of the group."""
    LANDING: str
    """\"Y" for a group used for site publishing."""
    SCRUM_MASTER_ID: int
    """ID of the scrum master; 0 when the group is not a scrum."""
    SCRUM_SPRINT_DURATION: int
    """Sprint length in seconds; 0 when not a scrum."""
    SCRUM_TASK_RESPONSIBLE: str
    """Default task assignee in scrum: "A" creator, "M" scrum master, "" not a scrum."""
    TYPE: str
    """\"group", "project", "scrum" or "collab"."""
    MEMBERS: list[Any]
    """IDs of the members."""
    CHAT_ID: int
    """ID of the group chat."""
    DIALOG_ID: str
    """Dialog ID of the group chat."""
    ORDINARY_MEMBERS: list[Any]
    """IDs of members who are neither owner nor moderators."""
    INVITED_MEMBERS: list[Any]
    """IDs of users invited who have not accepted yet."""
    MODERATOR_MEMBERS: list[Any]
    """IDs of the moderators."""
    SITE_IDS: list[Any]
    """IDs of the sites the group belongs to."""
    AVATAR: str
    """URL of the resized custom avatar; "" when none is set."""
    AVATAR_TYPES: SocialnetworkApiWorkgroupAvatarTypes
    """Available system avatars."""
    AVATAR_DATA: SocialnetworkApiWorkgroupAvatarData
    """Avatar of the group."""
    OWNER_DATA: SocialnetworkApiWorkgroupOwnerData
    """Owner details."""
    SUBJECT_DATA: SocialnetworkApiWorkgroupSubjectData
    """Group subject (topic)."""
    TAGS: list[Any]
    """Group tags as a list."""
    ACTIONS: SocialnetworkApiWorkgroupActions
    """Actions available to the current user."""
    USER_DATA: SocialnetworkApiWorkgroupUserData
    """The current user's relation to the group."""
    DEPARTMENTS: list[Any]
    """IDs of departments added to the group."""
    IS_PIN: bool
    """Whether the current user pinned the group."""
    PRIVACY_CODE: str
    """\"open", "closed" or "secret"."""
    LIST_OF_MEMBERS: SocialnetworkApiWorkgroupListOfMembers
    """Group members."""
    FEATURES: SocialnetworkApiWorkgroupFeatures
    """Group tools."""
    LIST_OF_MEMBERS_AWAITING_INVITE: (
        SocialnetworkApiWorkgroupListOfMembersAwaitingInvite
    )
    """Users awaiting approval to join."""
    GROUP_MEMBERS_LIST: SocialnetworkApiWorkgroupGroupMembersList
    """Users related to the group."""
    COUNTERS: SocialnetworkApiWorkgroupCounters
    """Counters."""
    EFFICIENCY: int
    """Group efficiency."""
    ADDITIONAL_DATA: SocialnetworkApiWorkgroupAdditionalData
    """Extra data for the current user (mobile mode)."""
    SCRUM_OWNER_ID: int
    """ID of the scrum owner."""
    NUMBER_OF_MEMBERS_PLURAL: int
    """Plural form index for the member count."""
    id: str
    """ID of the group (list answer)."""
    name: str
    """Group name (list answer)."""
    type: str
    """Group type (list answer)."""
    imageId: str
    """ID of the avatar file (list answer)."""
    avatarType: Any
    """System avatar type (list answer)."""
    avatar: str
    """URL of the avatar (list answer)."""
    additionalData: dict[str, Any]
    """Extra data added in mobile mode."""
    dialogId: str
    """Chat dialog ID, added when shouldSelectDialogId is "Y"."""


class SocialnetworkApiWorkgroupGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.get``."""

    groupId: Required[int]
    """ID of the group, as returned by sonet_group.get."""
    select: Sequence[str]
    """Extra fields to return, such as "ACTIONS", "AVATAR", "AVATAR_DATA" or "AVATAR_TYPES"."""
    mode: str
    """\"mobile" adds extra data under ADDITIONAL_DATA; no other value is accepted."""


class SocialnetworkApiWorkgroupListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.list``."""

    IS_ADMIN: str
    """\"Y" skips the rights check when the current user is an administrator."""
    siteId: str
    """Site ID used in the automatic SITE_ID filter; ignored for extranet users."""
    mode: str
    """\"mobile" adds an additionalData field to every item."""
    features: Sequence[Any] | dict[str, Any]
    """Group tool codes to take into account for additionalData in mobile mode."""
    mandatoryFeatures: Sequence[Any] | dict[str, Any]
    """Group tool codes always included in additionalData in mobile mode."""
    shouldSelectDialogId: Literal["Y", "N"]
    """\"Y" adds the chat ID (dialogId) to every item."""
