"""TypedDicts of ``b24client.types.lists``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "ListsAddFields",
    "ListsElementAddFields",
    "ListsElementUpdateFields",
    "ListsFieldAddFields",
    "ListsFieldUpdateFields",
    "ListsSectionAddFields",
    "ListsSectionUpdateFields",
    "ListsUpdateFields",
]


class ListsAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.add``."""

    NAME: Required[str]
    DESCRIPTION: str
    SORT: int
    PICTURE: Sequence[Any] | dict[str, Any]
    BIZPROC: str


class ListsElementAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.element.add``."""

    NAME: Required[str]
    PROPERTY_PropertyId: Any


class ListsElementUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.element.update``."""

    NAME: Required[str]
    PROPERTY_PropertyId: Any


class ListsFieldAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.field.add``."""

    NAME: Required[str]
    TYPE: Required[str]
    IS_REQUIRED: str
    MULTIPLE: str
    SORT: int | str
    DEFAULT_VALUE: Any
    LIST: dict[str, Any]
    LIST_TEXT_VALUES: str
    LIST_DEF: Sequence[Any] | dict[str, Any]
    CODE: str
    SETTINGS: dict[str, Any]
    USER_TYPE_SETTINGS: Sequence[Any] | dict[str, Any]
    ROW_COUNT: int
    COL_COUNT: int
    LINK_IBLOCK_ID: int


class ListsFieldUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.field.update``."""

    NAME: Required[str]
    TYPE: Required[str]
    IS_REQUIRED: str
    MULTIPLE: str
    SORT: int | str
    DEFAULT_VALUE: Any
    LIST: dict[str, Any]
    LIST_TEXT_VALUES: str
    LIST_DEF: Sequence[str]
    CODE: str
    SETTINGS: dict[str, Any]
    USER_TYPE_SETTINGS: Sequence[Any] | dict[str, Any]
    ROW_COUNT: int
    COL_COUNT: int
    LINK_IBLOCK_ID: int


class ListsSectionAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.section.add``."""

    NAME: Required[str]
    EXTERNAL_ID: str
    XML_ID: str
    SORT: int
    ACTIVE: str
    PICTURE: Sequence[Any] | dict[str, Any]
    DESCRIPTION: str
    DESCRIPTION_TYPE: str
    DETAIL_PICTURE: Sequence[Any] | dict[str, Any]
    SECTION_PROPERTY: Sequence[Any] | dict[str, Any]


class ListsSectionUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.section.update``."""

    NAME: Required[str]
    EXTERNAL_ID: str
    XML_ID: str
    SORT: int
    ACTIVE: str
    PICTURE: Sequence[Any] | dict[str, Any]
    DESCRIPTION: str
    DESCRIPTION_TYPE: str
    DETAIL_PICTURE: Sequence[Any] | dict[str, Any]
    SECTION_PROPERTY: Sequence[Any] | dict[str, Any]


class ListsUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.update``."""

    NAME: Required[str]
    DESCRIPTION: str
    SORT: int
    PICTURE: Sequence[Any] | dict[str, Any]
    BIZPROC: str
