"""TypedDicts of ``b24client.types.entity``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "Entity",
    "EntityItem",
    "EntityItemProperty",
    "EntityRightsResult",
    "EntitySection",
]


class Entity(TypedDict, total=False):
    """An application data storage.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-get.html
    """

    ID: str
    """ID of the storage."""
    IBLOCK_TYPE_ID: str
    """ID of the storage type."""
    ENTITY: str
    """Storage code given by the application."""
    NAME: str
    """Storage name."""


class EntityItem(TypedDict, total=False):
    """A record of an application data storage.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html
    """

    ID: str
    """ID of the item."""
    TIMESTAMP_X: str
    """Date and time of the last change."""
    MODIFIED_BY: str
    """ID of the user who last changed it."""
    DATE_CREATE: str
    """Creation date and time."""
    CREATED_BY: str
    """ID of the user who created it."""
    ACTIVE: str
    """\"Y" active, "N" inactive."""
    DATE_ACTIVE_FROM: str
    """Start of the active period, or an empty string."""
    DATE_ACTIVE_TO: str
    """End of the active period, or an empty string."""
    SORT: str
    """Sort index."""
    NAME: str
    """Item name."""
    PREVIEW_PICTURE: Any
    """URL of the preview image, or null."""
    PREVIEW_TEXT: Any
    """Preview text, or null."""
    DETAIL_PICTURE: Any
    """URL of the detail image, or null."""
    DETAIL_TEXT: Any
    """Detail text, or null."""
    CODE: Any
    """Symbolic code, or null."""
    ENTITY: str
    """Code of the storage."""
    SECTION: Any
    """ID of the section, or null."""


class EntityItemProperty(TypedDict, total=False):
    """A custom property of data storage records.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html
    """

    PROPERTY: str
    """Property code."""
    NAME: str
    """Property name."""
    TYPE: str
    """\"S" string, "N" number or "F" file."""
    SORT: str
    """Sort index."""


class EntityRightsResult(TypedDict, total=False):
    """Keys of the result of ``entity.rights``."""

    U1: str
    """Access level of user 1, as in the documentation example ("R", "W" or "X")."""
    AU: str
    """Access level of all authorized users ("R", "W" or "X")."""
    U577: str
    """Access level of user 577, as in the documentation example."""


class EntitySection(TypedDict, total=False):
    """A section (folder) of an application data storage.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-get.html
    """

    ID: str
    """ID of the section."""
    CODE: str | None
    """Symbolic code."""
    TIMESTAMP_X: str
    """Date and time of the last change."""
    DATE_CREATE: str
    """Creation date and time."""
    CREATED_BY: str
    """ID of the user who created it."""
    MODIFIED_BY: str
    """ID of the user who last changed it."""
    ACTIVE: str
    """\"Y" active, "N" inactive."""
    SORT: str
    """Sort index."""
    NAME: str
    """Section name."""
    PICTURE: Any
    """URL of the section image, or null."""
    DETAIL_PICTURE: Any
    """URL of the detail image, or null."""
    DESCRIPTION: str | None
    """Section description."""
    LEFT_MARGIN: str
    """Left bound of the section in the tree."""
    RIGHT_MARGIN: str
    """Right bound of the section in the tree."""
    DEPTH_LEVEL: str
    """Nesting level."""
    ENTITY: str
    """Code of the storage."""
    SECTION: str | None
    """ID of the parent section, or null."""
