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
    """Entity, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-get.html
    """

    ID: str
    IBLOCK_TYPE_ID: str
    ENTITY: str
    NAME: str


class EntityItem(TypedDict, total=False):
    """Entity item, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html
    """

    ID: str
    TIMESTAMP_X: str
    MODIFIED_BY: str
    DATE_CREATE: str
    CREATED_BY: str
    ACTIVE: str
    DATE_ACTIVE_FROM: str
    DATE_ACTIVE_TO: str
    SORT: str
    NAME: str
    PREVIEW_PICTURE: Any
    PREVIEW_TEXT: Any
    DETAIL_PICTURE: Any
    DETAIL_TEXT: Any
    CODE: Any
    ENTITY: str
    SECTION: Any


class EntityItemProperty(TypedDict, total=False):
    """Entity item property, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html
    """

    PROPERTY: str
    NAME: str
    TYPE: str
    SORT: str


class EntityRightsResult(TypedDict, total=False):
    """Keys of the result of ``entity.rights``."""

    U1: str
    AU: str
    U577: str


class EntitySection(TypedDict, total=False):
    """Entity section, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-get.html
    """

    ID: str
    CODE: str | None
    TIMESTAMP_X: str
    DATE_CREATE: str
    CREATED_BY: str
    MODIFIED_BY: str
    ACTIVE: str
    SORT: str
    NAME: str
    PICTURE: Any
    DETAIL_PICTURE: Any
    DESCRIPTION: str | None
    LEFT_MARGIN: str
    RIGHT_MARGIN: str
    DEPTH_LEVEL: str
    ENTITY: str
    SECTION: str | None
