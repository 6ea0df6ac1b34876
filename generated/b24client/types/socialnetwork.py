"""TypedDicts of ``b24client.types.socialnetwork``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "SocialnetworkApiWorkgroupGetParams",
    "SocialnetworkApiWorkgroupGetParamsSelect",
    "SocialnetworkApiWorkgroupListParams",
    "SocialnetworkApiWorkgroupListSelect",
]


class SocialnetworkApiWorkgroupGetParamsSelect(TypedDict, total=False):
    """Keys of ``params.select`` in ``socialnetwork.api.workgroup.get``."""

    ACTIONS: str
    AVATAR: str
    AVATAR_DATA: str
    AVATAR_TYPES: str
    COUNTERS: str
    DATE_CREATE: str
    DEPARTMENTS: str
    EFFICIENCY: str
    FEATURES: str
    GROUP_MEMBERS_LIST: str
    LIST_OF_MEMBERS: str
    LIST_OF_MEMBERS_AWAITING_INVITE: str
    OWNER_DATA: str
    PIN: str
    PRIVACY_TYPE: str
    SUBJECT_DATA: str
    TAGS: str
    USER_DATA: str


class SocialnetworkApiWorkgroupGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.get``."""

    groupId: Required[int]
    select: Sequence[Any] | SocialnetworkApiWorkgroupGetParamsSelect
    mode: str


class SocialnetworkApiWorkgroupListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.list``."""

    IS_ADMIN: str
    siteId: str
    mode: str
    features: Sequence[Any] | dict[str, Any]
    mandatoryFeatures: Sequence[Any] | dict[str, Any]
    shouldSelectDialogId: str


class SocialnetworkApiWorkgroupListSelect(TypedDict, total=False):
    """Keys of the ``select`` parameter of ``socialnetwork.api.workgroup.list``."""

    ID: int
    ACTIVE: str
    SUBJECT_ID: int
    NAME: str
    DESCRIPTION: str
    KEYWORDS: str
    CLOSED: str
    VISIBLE: str
    OPENED: str
    PROJECT: str
    LANDING: str
    DATE_CREATE: datetime.datetime | str
    DATE_UPDATE: datetime.datetime | str
    DATE_ACTIVITY: datetime.datetime | str
    IMAGE_ID: int
    AVATAR_TYPE: str
    OWNER_ID: int
    NUMBER_OF_MEMBERS: int
    NUMBER_OF_MODERATORS: int
    INITIATE_PERMS: str
    PROJECT_DATE_START: datetime.datetime | str
    PROJECT_DATE_FINISH: datetime.datetime | str
    SCRUM_OWNER_ID: int
    SCRUM_MASTER_ID: int
    SCRUM_SPRINT_DURATION: int
    SCRUM_TASK_RESPONSIBLE: str
    TYPE: str
    AVATAR: str
