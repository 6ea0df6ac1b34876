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
    """ID of the group."""
    GROUP_NAME: str
    """Group name."""
    ROLE: str
    """Role of the current user: "A" owner, "E" moderator, "K" member."""
    GROUP_IMAGE_ID: str | None
    """ID of the group avatar file."""
    GROUP_IMAGE: str
    """URL of the group avatar."""
    IS_EXTRANET: str
    """\"Y" for an extranet group; present only for such groups."""


class Sonet_group(TypedDict, total=False):
    """A workgroup or project.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html
    """

    ID: str
    """ID of the group."""
    SITE_ID: str
    """ID of the site."""
    NAME: str
    """Group name."""
    DESCRIPTION: str | None
    """Group description."""
    DATE_CREATE: str
    """Creation date, ISO 8601."""
    DATE_UPDATE: str
    """Date of the last change, ISO 8601."""
    DATE_ACTIVITY: str
    """Date of the last activity, ISO 8601."""
    ACTIVE: str
    """\"Y" active, "N" deactivated."""
    VISIBLE: str
    """\"Y" shown in the public list."""
    OPENED: str
    """\"Y" when users may join freely."""
    CLOSED: str
    """\"Y" when the group is archived."""
    SUBJECT_ID: str
    """ID of the group subject (topic)."""
    OWNER_ID: str
    """ID of the owner."""
    KEYWORDS: str | None
    """Keywords."""
    NUMBER_OF_MEMBERS: str
    """Number of members."""
    SUBJECT_NAME: str
    """Name of the group subject."""
    IMAGE: str
    """URL of the group avatar."""
    IS_EXTRANET: str
    """\"Y" for an extranet group."""
    PROJECT: str
    """\"Y" for a project."""


class Sonet_groupUser(TypedDict, total=False):
    """A member of a workgroup or project.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html
    """

    USER_ID: str
    """ID of the member."""
    ROLE: str
    """\"A" owner, "E" moderator, "K" member."""
