"""TypedDicts of ``b24client.types.userfieldconfig``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "Userfieldconfig",
    "UserfieldconfigAddField",
    "UserfieldconfigAddFieldSettings",
    "UserfieldconfigAddResult",
    "UserfieldconfigAddResultField",
    "UserfieldconfigAddResultFieldEditFormLabel",
    "UserfieldconfigAddResultFieldEnum",
    "UserfieldconfigAddResultFieldErrorMessage",
    "UserfieldconfigAddResultFieldHelpMessage",
    "UserfieldconfigAddResultFieldLanguageId",
    "UserfieldconfigAddResultFieldListColumnLabel",
    "UserfieldconfigAddResultFieldListFilterLabel",
    "UserfieldconfigAddResultFieldSettings",
    "UserfieldconfigEditFormLabel",
    "UserfieldconfigEnum",
    "UserfieldconfigErrorMessage",
    "UserfieldconfigGetResult",
    "UserfieldconfigGetTypesResult",
    "UserfieldconfigGetTypesResultTypes",
    "UserfieldconfigGetTypesResultTypesAddress",
    "UserfieldconfigGetTypesResultTypesBoolean",
    "UserfieldconfigGetTypesResultTypesCrm",
    "UserfieldconfigGetTypesResultTypesCrmStatus",
    "UserfieldconfigGetTypesResultTypesDate",
    "UserfieldconfigGetTypesResultTypesDatetime",
    "UserfieldconfigGetTypesResultTypesDouble",
    "UserfieldconfigGetTypesResultTypesEmployee",
    "UserfieldconfigGetTypesResultTypesEnumeration",
    "UserfieldconfigGetTypesResultTypesFile",
    "UserfieldconfigGetTypesResultTypesIblockElement",
    "UserfieldconfigGetTypesResultTypesIblockSection",
    "UserfieldconfigGetTypesResultTypesInteger",
    "UserfieldconfigGetTypesResultTypesMoney",
    "UserfieldconfigGetTypesResultTypesRest219Test",
    "UserfieldconfigGetTypesResultTypesString",
    "UserfieldconfigGetTypesResultTypesUrl",
    "UserfieldconfigHelpMessage",
    "UserfieldconfigLanguageId",
    "UserfieldconfigListColumnLabel",
    "UserfieldconfigListFilterLabel",
    "UserfieldconfigSettings",
    "UserfieldconfigUpdateField",
    "UserfieldconfigUpdateFieldSettings",
    "UserfieldconfigUpdateResult",
    "UserfieldconfigUpdateResultField",
    "UserfieldconfigUpdateResultFieldEditFormLabel",
    "UserfieldconfigUpdateResultFieldEnum",
    "UserfieldconfigUpdateResultFieldErrorMessage",
    "UserfieldconfigUpdateResultFieldHelpMessage",
    "UserfieldconfigUpdateResultFieldLanguageId",
    "UserfieldconfigUpdateResultFieldListColumnLabel",
    "UserfieldconfigUpdateResultFieldListFilterLabel",
    "UserfieldconfigUpdateResultFieldSettings",
]


class UserfieldconfigSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``Userfieldconfig``."""

    DISPLAY: str
    """How a list field is shown, such as "LIST", "UI", "CHECKBOX" or "DIALOG"."""
    LIST_HEIGHT: int
    """Height of the list, above 0."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice."""
    SHOW_NO_VALUE: str
    """\"Y" to offer an empty choice."""


class UserfieldconfigLanguageId(TypedDict, total=False):
    """Keys of ``languageId`` in ``Userfieldconfig``."""

    en: str
    """Language entry in the language "en" (an example key; keys are language codes)."""
    ru: str
    """Language entry in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigEditFormLabel(TypedDict, total=False):
    """Keys of ``editFormLabel`` in ``Userfieldconfig``."""

    en: str
    """Edit form label in the language "en" (an example key; keys are language codes)."""
    ru: str
    """Edit form label in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigListColumnLabel(TypedDict, total=False):
    """Keys of ``listColumnLabel`` in ``Userfieldconfig``."""

    en: Any
    """Column header in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Column header in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigListFilterLabel(TypedDict, total=False):
    """Keys of ``listFilterLabel`` in ``Userfieldconfig``."""

    en: Any
    """Filter label in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Filter label in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigErrorMessage(TypedDict, total=False):
    """Keys of ``errorMessage`` in ``Userfieldconfig``."""

    en: Any
    """Error message in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Error message in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigHelpMessage(TypedDict, total=False):
    """Keys of ``helpMessage`` in ``Userfieldconfig``."""

    en: Any
    """Hint in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Hint in the language "ru" (an example key; keys are language codes)."""


UserfieldconfigEnum = TypedDict(
    "UserfieldconfigEnum",
    {
        "id": str,
        "userFieldId": str,
        "value": str,
        "def": str,
        "sort": str,
        "xmlId": str,
    },
    total=False,
)


class Userfieldconfig(TypedDict, total=False):
    """Settings of a custom field.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get.html
    """

    id: str
    """ID of the field settings."""
    entityId: str
    """Entity the field belongs to; the format depends on the module, such as "CRM_7" for a smart process."""
    fieldName: str
    """Field code in the form UF_{ENTITY}_{POSTFIX}: unique within the entity, A-Z, 0-9 and "_", at most 50 characters."""
    userTypeId: str
    """Data type of the field, one of the IDs from userfieldconfig.getTypes."""
    xmlId: str | None
    """External ID of the field."""
    sort: str
    """Sort index."""
    multiple: str
    """\"Y" if the field holds several values."""
    mandatory: str
    """\"Y" if the field must be filled."""
    showFilter: str
    """\"Y" if the field is shown in the filter."""
    showInList: str
    """\"Y" if the field is shown in the list."""
    editInList: str
    """\"Y" if the value can be edited in the list."""
    isSearchable: str
    """\"Y" if the values are included in search."""
    settings: UserfieldconfigSettings
    """Extra settings; the keys depend on userTypeId."""
    languageId: UserfieldconfigLanguageId
    """Languages the field has labels for."""
    editFormLabel: UserfieldconfigEditFormLabel
    """Label in the edit form: a string for all languages or an object by language code."""
    listColumnLabel: UserfieldconfigListColumnLabel | None
    """Column header in the list, by language code."""
    listFilterLabel: UserfieldconfigListFilterLabel | None
    """Label in the filter, by language code."""
    errorMessage: UserfieldconfigErrorMessage | None
    """Message shown when the value is invalid, by language code."""
    helpMessage: UserfieldconfigHelpMessage | None
    """Hint for the field: a string for all languages or an object by language code."""
    enum: list[UserfieldconfigEnum]
    """Choices of an "enumeration" field."""


class UserfieldconfigAddFieldSettings(TypedDict, total=False):
    """Keys of ``field.settings`` in ``userfieldconfig.add``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Number of lines in the input box, above 0."""
    SIZE: int
    """Width of the input box."""
    REGEXP: str
    """Regular expression the value must match."""
    MIN_LENGTH: int
    """Minimum length of the value."""
    MAX_LENGTH: int
    """Maximum length of the value."""


class UserfieldconfigAddField(TypedDict, total=False):
    """Keys of the ``field`` parameter of ``userfieldconfig.add``."""

    entityId: Required[str]
    """Entity the field belongs to; the format depends on the module, such as "CRM_7" for a smart process."""
    fieldName: Required[str]
    """Field code in the form UF_{ENTITY}_{POSTFIX}: unique within the entity, A-Z, 0-9 and "_", at most 50 characters."""
    userTypeId: Required[str]
    """Data type of the field, one of the IDs from userfieldconfig.getTypes."""
    xmlId: str
    """External ID of the field."""
    sort: int
    """Sort index; default 100."""
    multiple: Literal["Y", "N"]
    """\"Y" if the field holds several values; default "N"."""
    mandatory: bool
    """\"Y" if the field must be filled; default "N"."""
    showFilter: bool
    """\"Y" to show the field in the filter; default "N"."""
    editInList: bool
    """\"Y" to allow editing the value in the list."""
    isSearchable: bool
    """\"Y" to include the values in search."""
    settings: UserfieldconfigAddFieldSettings
    """Extra settings; the keys depend on userTypeId."""
    editFormLabel: str | dict[str, Any]
    """Label in the edit form: a string for all languages or an object by language code."""
    helpMessage: str | dict[str, Any]
    """Hint for the field: a string for all languages or an object by language code."""
    enum: Sequence[dict[str, Any]]
    """Choices of an "enumeration" field."""


class UserfieldconfigAddResultFieldSettings(TypedDict, total=False):
    """Keys of ``result.field.settings`` in ``userfieldconfig.add``."""

    DISPLAY: str
    """How a list field is shown, such as "LIST", "UI", "CHECKBOX" or "DIALOG"."""
    LIST_HEIGHT: int
    """Height of the list, above 0."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice."""
    SHOW_NO_VALUE: str
    """\"Y" to offer an empty choice."""


class UserfieldconfigAddResultFieldLanguageId(TypedDict, total=False):
    """Keys of ``result.field.languageId`` in ``userfieldconfig.add``."""

    en: str
    """Language entry in the language "en" (an example key; keys are language codes)."""
    ru: str
    """Language entry in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigAddResultFieldEditFormLabel(TypedDict, total=False):
    """Keys of ``result.field.editFormLabel`` in ``userfieldconfig.add``."""

    en: str
    """Edit form label in the language "en" (an example key; keys are language codes)."""
    ru: str
    """Edit form label in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigAddResultFieldListColumnLabel(TypedDict, total=False):
    """Keys of ``result.field.listColumnLabel`` in ``userfieldconfig.add``."""

    en: Any
    """Column header in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Column header in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigAddResultFieldListFilterLabel(TypedDict, total=False):
    """Keys of ``result.field.listFilterLabel`` in ``userfieldconfig.add``."""

    en: Any
    """Filter label in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Filter label in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigAddResultFieldErrorMessage(TypedDict, total=False):
    """Keys of ``result.field.errorMessage`` in ``userfieldconfig.add``."""

    en: Any
    """Error message in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Error message in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigAddResultFieldHelpMessage(TypedDict, total=False):
    """Keys of ``result.field.helpMessage`` in ``userfieldconfig.add``."""

    en: Any
    """Hint in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Hint in the language "ru" (an example key; keys are language codes)."""


UserfieldconfigAddResultFieldEnum = TypedDict(
    "UserfieldconfigAddResultFieldEnum",
    {
        "id": str,
        "userFieldId": str,
        "value": str,
        "def": str,
        "sort": str,
        "xmlId": str,
    },
    total=False,
)


class UserfieldconfigAddResultField(TypedDict, total=False):
    """Keys of ``result.field`` in ``userfieldconfig.add``."""

    id: str
    """ID of the field settings."""
    entityId: str
    """Entity the field belongs to; the format depends on the module, such as "CRM_7" for a smart process."""
    fieldName: str
    """Field code in the form UF_{ENTITY}_{POSTFIX}: unique within the entity, A-Z, 0-9 and "_", at most 50 characters."""
    userTypeId: str
    """Data type of the field, one of the IDs from userfieldconfig.getTypes."""
    xmlId: str | None
    """External ID of the field."""
    sort: str
    """Sort index."""
    multiple: str
    """\"Y" if the field holds several values."""
    mandatory: str
    """\"Y" if the field must be filled."""
    showFilter: str
    """\"Y" if the field is shown in the filter."""
    showInList: str
    """\"Y" if the field is shown in the list."""
    editInList: str
    """\"Y" if the value can be edited in the list."""
    isSearchable: str
    """\"Y" if the values are included in search."""
    settings: UserfieldconfigAddResultFieldSettings
    """Extra settings; the keys depend on userTypeId."""
    languageId: UserfieldconfigAddResultFieldLanguageId
    """Languages the field has labels for."""
    editFormLabel: UserfieldconfigAddResultFieldEditFormLabel
    """Label in the edit form: a string for all languages or an object by language code."""
    listColumnLabel: UserfieldconfigAddResultFieldListColumnLabel
    """Column header in the list, by language code."""
    listFilterLabel: UserfieldconfigAddResultFieldListFilterLabel
    """Label in the filter, by language code."""
    errorMessage: UserfieldconfigAddResultFieldErrorMessage
    """Message shown when the value is invalid, by language code."""
    helpMessage: UserfieldconfigAddResultFieldHelpMessage
    """Hint for the field: a string for all languages or an object by language code."""
    enum: list[UserfieldconfigAddResultFieldEnum]
    """Choices of an "enumeration" field."""


class UserfieldconfigAddResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.add``."""

    field: Required[UserfieldconfigAddResultField]
    """Settings of the custom field as saved."""


class UserfieldconfigGetResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.get``."""

    field: Required[Userfieldconfig]
    """Settings of the custom field as saved."""


class UserfieldconfigGetTypesResultTypesCrm(TypedDict, total=False):
    """Keys of ``result.types.crm`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "crm"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesCrmStatus(TypedDict, total=False):
    """Keys of ``result.types.crm_status`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "crm_status"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesMoney(TypedDict, total=False):
    """Keys of ``result.types.money`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "money"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesEmployee(TypedDict, total=False):
    """Keys of ``result.types.employee`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "employee"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesRest219Test(TypedDict, total=False):
    """Keys of ``result.types.rest_219_test`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "rest_219_test"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesString(TypedDict, total=False):
    """Keys of ``result.types.string`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "string"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesInteger(TypedDict, total=False):
    """Keys of ``result.types.integer`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "integer"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesDouble(TypedDict, total=False):
    """Keys of ``result.types.double`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "double"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesDatetime(TypedDict, total=False):
    """Keys of ``result.types.datetime`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "datetime"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesDate(TypedDict, total=False):
    """Keys of ``result.types.date`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "date"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesBoolean(TypedDict, total=False):
    """Keys of ``result.types.boolean`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "boolean"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesAddress(TypedDict, total=False):
    """Keys of ``result.types.address`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "address"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesUrl(TypedDict, total=False):
    """Keys of ``result.types.url`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "url"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesFile(TypedDict, total=False):
    """Keys of ``result.types.file`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "file"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesEnumeration(TypedDict, total=False):
    """Keys of ``result.types.enumeration`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "enumeration"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesIblockSection(TypedDict, total=False):
    """Keys of ``result.types.iblock_section`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "iblock_section"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypesIblockElement(TypedDict, total=False):
    """Keys of ``result.types.iblock_element`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    """Type ID, "iblock_element"."""
    description: str
    """Display name of the type."""


class UserfieldconfigGetTypesResultTypes(TypedDict, total=False):
    """Keys of ``result.types`` in ``userfieldconfig.getTypes``."""

    crm: UserfieldconfigGetTypesResultTypesCrm
    """The "crm" field type (an example key; keys are type IDs)."""
    crm_status: UserfieldconfigGetTypesResultTypesCrmStatus
    """The "crm_status" field type (an example key; keys are type IDs)."""
    money: UserfieldconfigGetTypesResultTypesMoney
    """The "money" field type (an example key; keys are type IDs)."""
    employee: UserfieldconfigGetTypesResultTypesEmployee
    """The "employee" field type (an example key; keys are type IDs)."""
    rest_219_test: UserfieldconfigGetTypesResultTypesRest219Test
    """The "rest_219_test" field type (an example key; keys are type IDs)."""
    string: UserfieldconfigGetTypesResultTypesString
    """The "string" field type (an example key; keys are type IDs)."""
    integer: UserfieldconfigGetTypesResultTypesInteger
    """The "integer" field type (an example key; keys are type IDs)."""
    double: UserfieldconfigGetTypesResultTypesDouble
    """The "double" field type (an example key; keys are type IDs)."""
    datetime: UserfieldconfigGetTypesResultTypesDatetime
    """The "datetime" field type (an example key; keys are type IDs)."""
    date: UserfieldconfigGetTypesResultTypesDate
    """The "date" field type (an example key; keys are type IDs)."""
    boolean: UserfieldconfigGetTypesResultTypesBoolean
    """The "boolean" field type (an example key; keys are type IDs)."""
    address: UserfieldconfigGetTypesResultTypesAddress
    """The "address" field type (an example key; keys are type IDs)."""
    url: UserfieldconfigGetTypesResultTypesUrl
    """The "url" field type (an example key; keys are type IDs)."""
    file: UserfieldconfigGetTypesResultTypesFile
    """The "file" field type (an example key; keys are type IDs)."""
    enumeration: UserfieldconfigGetTypesResultTypesEnumeration
    """The "enumeration" field type (an example key; keys are type IDs)."""
    iblock_section: UserfieldconfigGetTypesResultTypesIblockSection
    """The "iblock_section" field type (an example key; keys are type IDs)."""
    iblock_element: UserfieldconfigGetTypesResultTypesIblockElement
    """The "iblock_element" field type (an example key; keys are type IDs)."""


class UserfieldconfigGetTypesResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.getTypes``."""

    types: Required[UserfieldconfigGetTypesResultTypes]
    """Available types, keyed by type ID; each has userTypeId and description."""


class UserfieldconfigUpdateFieldSettings(TypedDict, total=False):
    """Keys of ``field.settings`` in ``userfieldconfig.update``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Number of lines in the input box, above 0."""
    SIZE: int
    """Width of the input box."""
    REGEXP: str
    """Regular expression the value must match."""
    MIN_LENGTH: int
    """Minimum length of the value."""
    MAX_LENGTH: int
    """Maximum length of the value."""


class UserfieldconfigUpdateField(TypedDict, total=False):
    """Keys of the ``field`` parameter of ``userfieldconfig.update``."""

    xmlId: str
    """External ID of the field."""
    sort: int
    """Sort index."""
    mandatory: Literal["Y", "N"]
    """\"Y" if the field must be filled."""
    showFilter: bool
    """\"Y" to show the field in the filter."""
    isSearchable: bool
    """\"Y" to include the values in search."""
    editFormLabel: dict[str, Any]
    """Label in the edit form: a string for all languages or an object by language code."""
    helpMessage: dict[str, Any]
    """Hint for the field: a string for all languages or an object by language code."""
    settings: UserfieldconfigUpdateFieldSettings
    """Extra settings; the keys depend on userTypeId."""
    enum: Sequence[dict[str, Any]]
    """Choices of an "enumeration" field."""
    userTypeId: str
    """Data type of the field, one of the IDs from userfieldconfig.getTypes."""


class UserfieldconfigUpdateResultFieldSettings(TypedDict, total=False):
    """Keys of ``result.field.settings`` in ``userfieldconfig.update``."""

    DISPLAY: str
    """How a list field is shown, such as "LIST", "UI", "CHECKBOX" or "DIALOG"."""
    LIST_HEIGHT: int
    """Height of the list, above 0."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice."""
    SHOW_NO_VALUE: str
    """\"Y" to offer an empty choice."""


class UserfieldconfigUpdateResultFieldLanguageId(TypedDict, total=False):
    """Keys of ``result.field.languageId`` in ``userfieldconfig.update``."""

    en: str
    """Language entry in the language "en" (an example key; keys are language codes)."""
    ru: str
    """Language entry in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigUpdateResultFieldEditFormLabel(TypedDict, total=False):
    """Keys of ``result.field.editFormLabel`` in ``userfieldconfig.update``."""

    en: str
    """Edit form label in the language "en" (an example key; keys are language codes)."""
    ru: str
    """Edit form label in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigUpdateResultFieldListColumnLabel(TypedDict, total=False):
    """Keys of ``result.field.listColumnLabel`` in ``userfieldconfig.update``."""

    en: Any
    """Column header in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Column header in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigUpdateResultFieldListFilterLabel(TypedDict, total=False):
    """Keys of ``result.field.listFilterLabel`` in ``userfieldconfig.update``."""

    en: Any
    """Filter label in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Filter label in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigUpdateResultFieldErrorMessage(TypedDict, total=False):
    """Keys of ``result.field.errorMessage`` in ``userfieldconfig.update``."""

    en: Any
    """Error message in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Error message in the language "ru" (an example key; keys are language codes)."""


class UserfieldconfigUpdateResultFieldHelpMessage(TypedDict, total=False):
    """Keys of ``result.field.helpMessage`` in ``userfieldconfig.update``."""

    en: Any
    """Hint in the language "en" (an example key; keys are language codes)."""
    ru: Any
    """Hint in the language "ru" (an example key; keys are language codes)."""


UserfieldconfigUpdateResultFieldEnum = TypedDict(
    "UserfieldconfigUpdateResultFieldEnum",
    {
        "id": str,
        "userFieldId": str,
        "value": str,
        "def": str,
        "sort": str,
        "xmlId": str,
    },
    total=False,
)


class UserfieldconfigUpdateResultField(TypedDict, total=False):
    """Keys of ``result.field`` in ``userfieldconfig.update``."""

    id: str
    """ID of the field settings."""
    entityId: str
    """Entity the field belongs to; the format depends on the module, such as "CRM_7" for a smart process."""
    fieldName: str
    """Field code in the form UF_{ENTITY}_{POSTFIX}: unique within the entity, A-Z, 0-9 and "_", at most 50 characters."""
    userTypeId: str
    """Data type of the field, one of the IDs from userfieldconfig.getTypes."""
    xmlId: str | None
    """External ID of the field."""
    sort: str
    """Sort index."""
    multiple: str
    """\"Y" if the field holds several values."""
    mandatory: str
    """\"Y" if the field must be filled."""
    showFilter: str
    """\"Y" to show the field in the filter."""
    showInList: str
    """\"Y" if the field is shown in the list."""
    editInList: str
    """\"Y" if the value can be edited in the list."""
    isSearchable: str
    """\"Y" if the values are included in search."""
    settings: UserfieldconfigUpdateResultFieldSettings
    """Extra settings; the keys depend on userTypeId."""
    languageId: UserfieldconfigUpdateResultFieldLanguageId
    """Languages the field has labels for."""
    editFormLabel: UserfieldconfigUpdateResultFieldEditFormLabel
    """Label in the edit form: a string for all languages or an object by language code."""
    listColumnLabel: UserfieldconfigUpdateResultFieldListColumnLabel
    """Column header in the list, by language code."""
    listFilterLabel: UserfieldconfigUpdateResultFieldListFilterLabel
    """Label in the filter, by language code."""
    errorMessage: UserfieldconfigUpdateResultFieldErrorMessage
    """Message shown when the value is invalid, by language code."""
    helpMessage: UserfieldconfigUpdateResultFieldHelpMessage
    """Hint for the field: a string for all languages or an object by language code."""
    enum: list[UserfieldconfigUpdateResultFieldEnum]
    """Choices of an "enumeration" field."""


class UserfieldconfigUpdateResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.update``."""

    field: Required[UserfieldconfigUpdateResultField]
    """Settings of the custom field as saved."""
