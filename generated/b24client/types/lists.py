"""TypedDicts of ``b24client.types.lists``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "Lists",
    "ListsAddFields",
    "ListsElement",
    "ListsElementAddFields",
    "ListsElementUpdateFields",
    "ListsField",
    "ListsFieldAddFields",
    "ListsFieldGetResult",
    "ListsFieldSettings",
    "ListsFieldType",
    "ListsFieldUpdateFields",
    "ListsSection",
    "ListsSectionAddFields",
    "ListsSectionUpdateFields",
    "ListsUpdateFields",
]


class Lists(TypedDict, total=False):
    """Lists, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get.html
    """

    ID: str
    TIMESTAMP_X: str
    IBLOCK_TYPE_ID: str
    LID: str
    CODE: Any
    API_CODE: Any
    NAME: str
    ACTIVE: str
    SORT: str
    LIST_PAGE_URL: Any
    DETAIL_PAGE_URL: Any
    SECTION_PAGE_URL: Any
    CANONICAL_PAGE_URL: Any
    PICTURE: Any
    DESCRIPTION: str
    DESCRIPTION_TYPE: str
    RSS_TTL: str
    RSS_ACTIVE: str
    RSS_FILE_ACTIVE: str
    RSS_FILE_LIMIT: Any
    RSS_FILE_DAYS: Any
    RSS_YANDEX_ACTIVE: str
    XML_ID: Any
    TMP_ID: Any
    INDEX_ELEMENT: str
    INDEX_SECTION: str
    WORKFLOW: str
    BIZPROC: str
    SECTION_CHOOSER: str
    LIST_MODE: Any
    RIGHTS_MODE: str
    SECTION_PROPERTY: Any
    PROPERTY_INDEX: Any
    VERSION: str
    LAST_CONV_ELEMENT: str
    SOCNET_GROUP_ID: str
    EDIT_FILE_BEFORE: Any
    EDIT_FILE_AFTER: Any
    SECTIONS_NAME: str
    SECTION_NAME: str
    ELEMENTS_NAME: str
    ELEMENT_NAME: str
    REST_ON: str
    FULLTEXT_INDEX: str
    EXTERNAL_ID: Any
    LANG_DIR: str
    SERVER_NAME: Any


class ListsAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.add``."""

    NAME: Required[str]
    DESCRIPTION: str
    SORT: int
    PICTURE: Sequence[Any] | dict[str, Any]
    BIZPROC: Literal["Y", "N"]


class ListsElement(TypedDict, total=False):
    """Lists element, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html
    """

    ID: str
    NAME: str
    IBLOCK_SECTION_ID: Any
    CREATED_BY: str
    CODE: str


class ListsElementAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.element.add``."""

    NAME: Required[str]
    PROPERTY_PropertyId: Any


class ListsElementUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.element.update``."""

    NAME: Required[str]
    PROPERTY_PropertyId: Any


class ListsFieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``ListsField``."""

    SHOW_ADD_FORM: str
    SHOW_EDIT_FORM: str
    ADD_READ_ONLY_FIELD: str
    EDIT_READ_ONLY_FIELD: str
    SHOW_FIELD_PREVIEW: str


class ListsField(TypedDict, total=False):
    """Lists field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-get.html
    """

    FIELD_ID: str
    SORT: int
    NAME: str
    IS_REQUIRED: str
    MULTIPLE: str
    DEFAULT_VALUE: str
    TYPE: str
    PROPERTY_TYPE: str
    PROPERTY_USER_TYPE: bool
    CODE: str
    ID: str
    LINK_IBLOCK_ID: Any
    ROW_COUNT: str
    COL_COUNT: str
    USER_TYPE_SETTINGS: Any
    SETTINGS: ListsFieldSettings
    DISPLAY_VALUES_FORM: dict[str, Any]


class ListsFieldAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.field.add``."""

    NAME: Required[str]
    TYPE: Required[str]
    IS_REQUIRED: Literal["Y", "N"]
    MULTIPLE: Literal["Y", "N"]
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


class ListsFieldGetResult(TypedDict, total=False):
    """Keys of the result of ``lists.field.get``."""

    L: Required[ListsField]


ListsFieldType = TypedDict(
    "ListsFieldType",
    {
        "SORT": str,
        "ACTIVE_FROM": str,
        "ACTIVE_TO": str,
        "PREVIEW_PICTURE": str,
        "PREVIEW_TEXT": str,
        "DETAIL_PICTURE": str,
        "DETAIL_TEXT": str,
        "CREATED_BY": str,
        "TIMESTAMP_X": str,
        "MODIFIED_BY": str,
        "S": str,
        "N": str,
        "L": str,
        "F": str,
        "G": str,
        "E": str,
        "S:Date": str,
        "S:DateTime": str,
        "S:HTML": str,
        "E:EList": str,
        "N:Sequence": str,
        "S:ECrm": str,
        "S:Money": str,
        "S:DiskFile": str,
        "S:map_yandex": str,
        "S:employee": str,
    },
    total=False,
)


class ListsFieldUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.field.update``."""

    NAME: Required[str]
    TYPE: Required[str]
    IS_REQUIRED: Literal["Y", "N"]
    MULTIPLE: Literal["Y", "N"]
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


class ListsSection(TypedDict, total=False):
    """Lists section, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-get.html
    """

    ID: str
    CODE: str
    XML_ID: str
    EXTERNAL_ID: str
    IBLOCK_SECTION_ID: Any
    TIMESTAMP_X: str
    SORT: str
    NAME: str
    ACTIVE: str
    GLOBAL_ACTIVE: str
    LEFT_MARGIN: str
    RIGHT_MARGIN: str
    DEPTH_LEVEL: str
    SEARCHABLE_CONTENT: str
    MODIFIED_BY: str
    DATE_CREATE: str
    CREATED_BY: str


class ListsSectionAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.section.add``."""

    NAME: Required[str]
    EXTERNAL_ID: str
    XML_ID: str
    SORT: int
    ACTIVE: Literal["Y", "N"]
    PICTURE: Sequence[Any] | dict[str, Any]
    DESCRIPTION: str
    DESCRIPTION_TYPE: Literal["text", "html"]
    DETAIL_PICTURE: Sequence[Any] | dict[str, Any]
    SECTION_PROPERTY: Sequence[Any] | dict[str, Any]


class ListsSectionUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.section.update``."""

    NAME: Required[str]
    EXTERNAL_ID: str
    XML_ID: str
    SORT: int
    ACTIVE: Literal["Y", "N"]
    PICTURE: Sequence[Any] | dict[str, Any]
    DESCRIPTION: str
    DESCRIPTION_TYPE: Literal["text", "html"]
    DETAIL_PICTURE: Sequence[Any] | dict[str, Any]
    SECTION_PROPERTY: Sequence[Any] | dict[str, Any]


class ListsUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.update``."""

    NAME: Required[str]
    DESCRIPTION: str
    SORT: int
    PICTURE: Sequence[Any] | dict[str, Any]
    BIZPROC: Literal["Y", "N"]
