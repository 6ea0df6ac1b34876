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
    """A universal list (an information block).

    Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get.html
    """

    ID: str
    """ID of the list."""
    TIMESTAMP_X: str
    """Date and time of the last change."""
    IBLOCK_TYPE_ID: str
    """Kind of information block: "lists", "bitrix_processes" or "lists_socnet"."""
    LID: str
    """Site ID."""
    CODE: Any
    """Symbolic code of the list."""
    API_CODE: Any
    """API code of the information block."""
    NAME: str
    """Name of the list."""
    ACTIVE: str
    """\"Y" if the list is active."""
    SORT: str
    """Sort index."""
    LIST_PAGE_URL: Any
    """URL template of the list page."""
    DETAIL_PAGE_URL: Any
    """URL template of an element page."""
    SECTION_PAGE_URL: Any
    """URL template of a section page."""
    CANONICAL_PAGE_URL: Any
    """Canonical URL template."""
    PICTURE: Any
    """ID of the list picture."""
    DESCRIPTION: str
    """Description of the list."""
    DESCRIPTION_TYPE: str
    """Description format: "text" or "html"."""
    RSS_TTL: str
    """RSS time to live."""
    RSS_ACTIVE: str
    """\"Y" if RSS export is on."""
    RSS_FILE_ACTIVE: str
    """\"Y" if export to an RSS file is on."""
    RSS_FILE_LIMIT: Any
    """Number of elements in the RSS file."""
    RSS_FILE_DAYS: Any
    """Number of days covered by the RSS file."""
    RSS_YANDEX_ACTIVE: str
    """\"Y" if export to Yandex is on."""
    XML_ID: Any
    """External ID."""
    TMP_ID: Any
    """Temporary ID."""
    INDEX_ELEMENT: str
    """\"Y" if elements are indexed for search."""
    INDEX_SECTION: str
    """\"Y" if sections are indexed for search."""
    WORKFLOW: str
    """\"Y" if document workflow is on."""
    BIZPROC: str
    """\"Y" if business processes are enabled."""
    SECTION_CHOOSER: str
    """How sections are chosen in the element form."""
    LIST_MODE: Any
    """Display mode of the list."""
    RIGHTS_MODE: str
    """Rights mode of the information block."""
    SECTION_PROPERTY: Any
    """Whether section properties are used."""
    PROPERTY_INDEX: Any
    """Whether the property index is used."""
    VERSION: str
    """Storage version of properties."""
    LAST_CONV_ELEMENT: str
    """ID of the last element converted."""
    SOCNET_GROUP_ID: str
    """ID of the workgroup the list belongs to."""
    EDIT_FILE_BEFORE: Any
    """File run before the element edit form."""
    EDIT_FILE_AFTER: Any
    """File with the element edit form."""
    SECTIONS_NAME: str
    """Label for sections."""
    SECTION_NAME: str
    """Label for one section."""
    ELEMENTS_NAME: str
    """Label for elements."""
    ELEMENT_NAME: str
    """Label for one element."""
    REST_ON: str
    """\"Y" if REST access is on."""
    FULLTEXT_INDEX: str
    """Whether full-text indexing is on."""
    EXTERNAL_ID: Any
    """External ID."""
    LANG_DIR: str
    """Language directory of the site."""
    SERVER_NAME: Any
    """Server name of the site."""


class ListsAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.add``."""

    NAME: Required[str]
    """Name of the list."""
    DESCRIPTION: str
    """Description of the list."""
    SORT: int
    """Sort index."""
    PICTURE: Sequence[Any] | dict[str, Any]
    """Picture as {"fileData": ["name.png", "<Base64 content>"]}."""
    BIZPROC: Literal["Y", "N"]
    """\"Y" to enable business processes for the list."""


class ListsElement(TypedDict, total=False):
    """An element of a universal list.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html
    """

    ID: str
    """ID of the element."""
    NAME: str
    """Name of the element."""
    IBLOCK_SECTION_ID: Any
    """ID of the section holding the element."""
    CREATED_BY: str
    """ID of the user who created the element."""
    CODE: str
    """Symbolic code of the element."""


class ListsElementAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.element.add``."""

    NAME: Required[str]
    """Name of the element."""
    PROPERTY_PropertyId: Any
    """Value of a custom property, key PROPERTY_<ID>; send an array for multiple properties, and for a file {"fileData": ["name", "<Base64 content>"]}."""


class ListsElementUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.element.update``."""

    NAME: Required[str]
    """Name of the element."""
    PROPERTY_PropertyId: Any
    """Value of a custom property, key PROPERTY_<ID>; send an array for multiple properties, and for a file {"fileData": ["name", "<Base64 content>"]}."""


class ListsFieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``ListsField``."""

    SHOW_ADD_FORM: str
    """\"Y" if the field is shown in the add form."""
    SHOW_EDIT_FORM: str
    """\"Y" if the field is shown in the edit form."""
    ADD_READ_ONLY_FIELD: str
    """\"Y" if the field is read-only in the add form."""
    EDIT_READ_ONLY_FIELD: str
    """\"Y" if the field is read-only in the edit form."""
    SHOW_FIELD_PREVIEW: str
    """\"Y" if the field is shown when a link to the element is built."""


class ListsField(TypedDict, total=False):
    """A field of a universal list.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-get.html
    """

    FIELD_ID: str
    """ID of the field: PROPERTY_<ID> for a custom field, the code for a system field."""
    SORT: int
    """Sort index."""
    NAME: str
    """Name of the field."""
    IS_REQUIRED: str
    """\"Y" if the field must be filled."""
    MULTIPLE: str
    """\"Y" if the field holds several values."""
    DEFAULT_VALUE: str
    """Default value."""
    TYPE: str
    """Field type, such as "S", "L" or "S:Date"."""
    PROPERTY_TYPE: str
    """Base property type, such as "S", "N" or "L"."""
    PROPERTY_USER_TYPE: bool
    """Custom type handler of the property; false when none."""
    CODE: str
    """Symbolic code of the field."""
    ID: str
    """ID of the property."""
    LINK_IBLOCK_ID: Any
    """ID of the linked list."""
    ROW_COUNT: str
    """Height of the input box."""
    COL_COUNT: str
    """Width of the input box."""
    USER_TYPE_SETTINGS: Any
    """Settings of the custom field type."""
    SETTINGS: ListsFieldSettings
    """Form behaviour settings."""
    DISPLAY_VALUES_FORM: dict[str, Any]
    """Choices of a list field, keyed by choice ID."""


class ListsFieldAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.field.add``."""

    NAME: Required[str]
    """Name of the field."""
    TYPE: Required[str]
    """Field type, fixed after creation: "S" string, "N" number, "L" list, "F" file, "G" section link, "E" element link, "S:Date", "S:DateTime", "S:HTML", "E:EList", "N:Sequence", "S:ECrm", "S:Money", "S:DiskFile", "S:map_yandex", "S:employee", or a system field code such as "SORT" or "DETAIL_TEXT"."""
    IS_REQUIRED: Literal["Y", "N"]
    """\"Y" if the field must be filled; default "N"."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" if the field holds several values; default "N". System fields and Yandex map fields cannot be multiple."""
    SORT: int | str
    """Sort index."""
    DEFAULT_VALUE: Any
    """Default value; required when ADD_READ_ONLY_FIELD is on in SETTINGS."""
    LIST: dict[str, Any]
    """Choices of a list field as {"<temp ID>": {"VALUE": "text", "SORT": 10, "DEF": "N"}}."""
    LIST_TEXT_VALUES: str
    """Choices of a list field as one string, one choice per line; use instead of LIST."""
    LIST_DEF: Sequence[Any] | dict[str, Any]
    """Default choices of a list field, as temporary IDs from LIST."""
    CODE: str
    """Symbolic code of the field; required for custom fields, unused for system fields."""
    SETTINGS: dict[str, Any]
    """Form behaviour, each "Y" or "N": SHOW_ADD_FORM and SHOW_EDIT_FORM (default "Y"), ADD_READ_ONLY_FIELD, EDIT_READ_ONLY_FIELD and SHOW_FIELD_PREVIEW (default "N")."""
    USER_TYPE_SETTINGS: Sequence[Any] | dict[str, Any]
    """Settings of a custom field type, such as {"height": 200} for HTML text."""
    ROW_COUNT: int
    """Height of the input box; default 1."""
    COL_COUNT: int
    """Width of the input box; default 30."""
    LINK_IBLOCK_ID: int
    """ID of the linked list; required for section and element link types."""


class ListsFieldGetResult(TypedDict, total=False):
    """Keys of the result of ``lists.field.get``."""

    L: Required[ListsField]
    """Description of one field; in the example answer it is keyed "L"."""


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
    """Name of the field."""
    TYPE: Required[str]
    """Field type, fixed after creation: "S" string, "N" number, "L" list, "F" file, "G" section link, "E" element link, "S:Date", "S:DateTime", "S:HTML", "E:EList", "N:Sequence", "S:ECrm", "S:Money", "S:DiskFile", "S:map_yandex", "S:employee", or a system field code such as "SORT" or "DETAIL_TEXT"."""
    IS_REQUIRED: Literal["Y", "N"]
    """\"Y" if the field must be filled; default "N"."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" if the field holds several values; default "N". System fields and Yandex map fields cannot be multiple."""
    SORT: int | str
    """Sort index."""
    DEFAULT_VALUE: Any
    """Default value; required when ADD_READ_ONLY_FIELD is on in SETTINGS."""
    LIST: dict[str, Any]
    """Choices of a list field as {"<temp ID>": {"VALUE": "text", "SORT": 10, "DEF": "N"}}."""
    LIST_TEXT_VALUES: str
    """Choices of a list field as one string, one choice per line; use instead of LIST."""
    LIST_DEF: Sequence[str]
    """Default choices of a list field, as temporary IDs from LIST."""
    CODE: str
    """Symbolic code of the field; required for custom fields, unused for system fields."""
    SETTINGS: dict[str, Any]
    """Form behaviour, each "Y" or "N": SHOW_ADD_FORM and SHOW_EDIT_FORM (default "Y"), ADD_READ_ONLY_FIELD, EDIT_READ_ONLY_FIELD and SHOW_FIELD_PREVIEW (default "N")."""
    USER_TYPE_SETTINGS: Sequence[Any] | dict[str, Any]
    """Settings of a custom field type, such as {"height": 200} for HTML text."""
    ROW_COUNT: int
    """Height of the input box; default 1."""
    COL_COUNT: int
    """Width of the input box; default 30."""
    LINK_IBLOCK_ID: int
    """ID of the linked list; required for section and element link types."""


class ListsSection(TypedDict, total=False):
    """A section of a universal list.

    Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-get.html
    """

    ID: str
    """ID of the section."""
    CODE: str
    """Symbolic code of the section."""
    XML_ID: str
    """External XML ID of the section."""
    EXTERNAL_ID: str
    """External ID of the section."""
    IBLOCK_SECTION_ID: Any
    """ID of the parent section."""
    TIMESTAMP_X: str
    """Date and time of the last change."""
    SORT: str
    """Sort index."""
    NAME: str
    """Name of the section."""
    ACTIVE: str
    """\"Y" if the section is active."""
    GLOBAL_ACTIVE: str
    """\"Y" if the section and all its parents are active."""
    LEFT_MARGIN: str
    """Left bound of the section in the tree (nested sets)."""
    RIGHT_MARGIN: str
    """Right bound of the section in the tree (nested sets)."""
    DEPTH_LEVEL: str
    """Nesting level of the section, 1 for the top level."""
    SEARCHABLE_CONTENT: str
    """Text indexed for search."""
    MODIFIED_BY: str
    """ID of the user who last changed the section."""
    DATE_CREATE: str
    """Date and time of creation."""
    CREATED_BY: str
    """ID of the user who created the section."""


class ListsSectionAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.section.add``."""

    NAME: Required[str]
    """Name of the section."""
    EXTERNAL_ID: str
    """External ID of the section."""
    XML_ID: str
    """External XML ID of the section."""
    SORT: int
    """Sort index."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" if the section is active."""
    PICTURE: Sequence[Any] | dict[str, Any]
    """Deprecated. Picture as {"fileData": ["name.png", "<Base64 content>"]}."""
    DESCRIPTION: str
    """Deprecated. Description."""
    DESCRIPTION_TYPE: Literal["text", "html"]
    """Deprecated. Description format: "text" (default) or "html"."""
    DETAIL_PICTURE: Sequence[Any] | dict[str, Any]
    """Deprecated. Detail picture as {"fileData": ["name.png", "<Base64 content>"]}."""
    SECTION_PROPERTY: Sequence[Any] | dict[str, Any]
    """Deprecated. Custom properties of the section."""


class ListsSectionUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.section.update``."""

    NAME: Required[str]
    """Name of the section."""
    EXTERNAL_ID: str
    """External ID of the section."""
    XML_ID: str
    """External XML ID of the section."""
    SORT: int
    """Sort index."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" if the section is active."""
    PICTURE: Sequence[Any] | dict[str, Any]
    """Deprecated. Picture as {"fileData": ["name.png", "<Base64 content>"]}."""
    DESCRIPTION: str
    """Deprecated. Description."""
    DESCRIPTION_TYPE: Literal["text", "html"]
    """Deprecated. Description format: "text" (default) or "html"."""
    DETAIL_PICTURE: Sequence[Any] | dict[str, Any]
    """Deprecated. Detail picture as {"fileData": ["name.png", "<Base64 content>"]}."""
    SECTION_PROPERTY: Sequence[Any] | dict[str, Any]
    """Deprecated. Custom properties of the section."""


class ListsUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``lists.update``."""

    NAME: Required[str]
    """Name of the list."""
    DESCRIPTION: str
    """Description of the list."""
    SORT: int
    """Sort index."""
    PICTURE: Sequence[Any] | dict[str, Any]
    """Picture as {"fileData": ["name.png", "<Base64 content>"]}."""
    BIZPROC: Literal["Y", "N"]
    """\"Y" to enable business processes for the list."""
