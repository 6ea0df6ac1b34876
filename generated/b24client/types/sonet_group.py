"""TypedDicts of ``b24client.types.sonet_group``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "SonetGroupUserGroupsResult",
    "Sonet_group",
    "Sonet_groupUser",
]


class SonetGroupUserGroupsResult(TypedDict, total=False):
    """Keys of the result of ``sonet_group.user.groups``."""

    GROUP_ID: str
    GROUP_NAME: str
    ROLE: str
    GROUP_IMAGE_ID: str | None
    GROUP_IMAGE: str
    IS_EXTRANET: str


class Sonet_group(TypedDict, total=False):
    """Sonet_group, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html
    """

    ID: str
    SITE_ID: str
    NAME: str
    DESCRIPTION: str | None
    DATE_CREATE: str
    DATE_UPDATE: str
    DATE_ACTIVITY: str
    ACTIVE: str
    VISIBLE: str
    OPENED: str
    CLOSED: str
    SUBJECT_ID: str
    OWNER_ID: str
    KEYWORDS: str | None
    NUMBER_OF_MEMBERS: str
    SUBJECT_NAME: str
    IMAGE: str
    IS_EXTRANET: str
    PROJECT: str


class Sonet_groupUser(TypedDict, total=False):
    """Sonet_group user, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html
    """

    USER_ID: str
    ROLE: str
