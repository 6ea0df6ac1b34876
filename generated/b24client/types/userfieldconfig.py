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
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str


class UserfieldconfigLanguageId(TypedDict, total=False):
    """Keys of ``languageId`` in ``Userfieldconfig``."""

    en: str
    ru: str


class UserfieldconfigEditFormLabel(TypedDict, total=False):
    """Keys of ``editFormLabel`` in ``Userfieldconfig``."""

    en: str
    ru: str


class UserfieldconfigListColumnLabel(TypedDict, total=False):
    """Keys of ``listColumnLabel`` in ``Userfieldconfig``."""

    en: Any
    ru: Any


class UserfieldconfigListFilterLabel(TypedDict, total=False):
    """Keys of ``listFilterLabel`` in ``Userfieldconfig``."""

    en: Any
    ru: Any


class UserfieldconfigErrorMessage(TypedDict, total=False):
    """Keys of ``errorMessage`` in ``Userfieldconfig``."""

    en: Any
    ru: Any


class UserfieldconfigHelpMessage(TypedDict, total=False):
    """Keys of ``helpMessage`` in ``Userfieldconfig``."""

    en: Any
    ru: Any


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
    """Userfieldconfig, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get.html
    """

    id: str
    entityId: str
    fieldName: str
    userTypeId: str
    xmlId: str | None
    sort: str
    multiple: str
    mandatory: str
    showFilter: str
    showInList: str
    editInList: str
    isSearchable: str
    settings: UserfieldconfigSettings
    languageId: UserfieldconfigLanguageId
    editFormLabel: UserfieldconfigEditFormLabel
    listColumnLabel: UserfieldconfigListColumnLabel | None
    listFilterLabel: UserfieldconfigListFilterLabel | None
    errorMessage: UserfieldconfigErrorMessage | None
    helpMessage: UserfieldconfigHelpMessage | None
    enum: list[UserfieldconfigEnum]


class UserfieldconfigAddFieldSettings(TypedDict, total=False):
    """Keys of ``field.settings`` in ``userfieldconfig.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    SIZE: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int


class UserfieldconfigAddField(TypedDict, total=False):
    """Keys of the ``field`` parameter of ``userfieldconfig.add``."""

    entityId: Required[str]
    fieldName: Required[str]
    userTypeId: Required[str]
    xmlId: str
    sort: int
    multiple: Literal["Y", "N"]
    mandatory: bool
    showFilter: bool
    editInList: bool
    isSearchable: bool
    settings: UserfieldconfigAddFieldSettings
    editFormLabel: str | dict[str, Any]
    helpMessage: str | dict[str, Any]
    enum: Sequence[dict[str, Any]]


class UserfieldconfigAddResultFieldSettings(TypedDict, total=False):
    """Keys of ``result.field.settings`` in ``userfieldconfig.add``."""

    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str


class UserfieldconfigAddResultFieldLanguageId(TypedDict, total=False):
    """Keys of ``result.field.languageId`` in ``userfieldconfig.add``."""

    en: str
    ru: str


class UserfieldconfigAddResultFieldEditFormLabel(TypedDict, total=False):
    """Keys of ``result.field.editFormLabel`` in ``userfieldconfig.add``."""

    en: str
    ru: str


class UserfieldconfigAddResultFieldListColumnLabel(TypedDict, total=False):
    """Keys of ``result.field.listColumnLabel`` in ``userfieldconfig.add``."""

    en: Any
    ru: Any


class UserfieldconfigAddResultFieldListFilterLabel(TypedDict, total=False):
    """Keys of ``result.field.listFilterLabel`` in ``userfieldconfig.add``."""

    en: Any
    ru: Any


class UserfieldconfigAddResultFieldErrorMessage(TypedDict, total=False):
    """Keys of ``result.field.errorMessage`` in ``userfieldconfig.add``."""

    en: Any
    ru: Any


class UserfieldconfigAddResultFieldHelpMessage(TypedDict, total=False):
    """Keys of ``result.field.helpMessage`` in ``userfieldconfig.add``."""

    en: Any
    ru: Any


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
    entityId: str
    fieldName: str
    userTypeId: str
    xmlId: str | None
    sort: str
    multiple: str
    mandatory: str
    showFilter: str
    showInList: str
    editInList: str
    isSearchable: str
    settings: UserfieldconfigAddResultFieldSettings
    languageId: UserfieldconfigAddResultFieldLanguageId
    editFormLabel: UserfieldconfigAddResultFieldEditFormLabel
    listColumnLabel: UserfieldconfigAddResultFieldListColumnLabel
    listFilterLabel: UserfieldconfigAddResultFieldListFilterLabel
    errorMessage: UserfieldconfigAddResultFieldErrorMessage
    helpMessage: UserfieldconfigAddResultFieldHelpMessage
    enum: list[UserfieldconfigAddResultFieldEnum]


class UserfieldconfigAddResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.add``."""

    field: Required[UserfieldconfigAddResultField]


class UserfieldconfigGetResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.get``."""

    field: Required[Userfieldconfig]


class UserfieldconfigGetTypesResultTypesCrm(TypedDict, total=False):
    """Keys of ``result.types.crm`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesCrmStatus(TypedDict, total=False):
    """Keys of ``result.types.crm_status`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesMoney(TypedDict, total=False):
    """Keys of ``result.types.money`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesEmployee(TypedDict, total=False):
    """Keys of ``result.types.employee`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesRest219Test(TypedDict, total=False):
    """Keys of ``result.types.rest_219_test`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesString(TypedDict, total=False):
    """Keys of ``result.types.string`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesInteger(TypedDict, total=False):
    """Keys of ``result.types.integer`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesDouble(TypedDict, total=False):
    """Keys of ``result.types.double`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesDatetime(TypedDict, total=False):
    """Keys of ``result.types.datetime`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesDate(TypedDict, total=False):
    """Keys of ``result.types.date`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesBoolean(TypedDict, total=False):
    """Keys of ``result.types.boolean`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesAddress(TypedDict, total=False):
    """Keys of ``result.types.address`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesUrl(TypedDict, total=False):
    """Keys of ``result.types.url`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesFile(TypedDict, total=False):
    """Keys of ``result.types.file`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesEnumeration(TypedDict, total=False):
    """Keys of ``result.types.enumeration`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesIblockSection(TypedDict, total=False):
    """Keys of ``result.types.iblock_section`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypesIblockElement(TypedDict, total=False):
    """Keys of ``result.types.iblock_element`` in ``userfieldconfig.getTypes``."""

    userTypeId: str
    description: str


class UserfieldconfigGetTypesResultTypes(TypedDict, total=False):
    """Keys of ``result.types`` in ``userfieldconfig.getTypes``."""

    crm: UserfieldconfigGetTypesResultTypesCrm
    crm_status: UserfieldconfigGetTypesResultTypesCrmStatus
    money: UserfieldconfigGetTypesResultTypesMoney
    employee: UserfieldconfigGetTypesResultTypesEmployee
    rest_219_test: UserfieldconfigGetTypesResultTypesRest219Test
    string: UserfieldconfigGetTypesResultTypesString
    integer: UserfieldconfigGetTypesResultTypesInteger
    double: UserfieldconfigGetTypesResultTypesDouble
    datetime: UserfieldconfigGetTypesResultTypesDatetime
    date: UserfieldconfigGetTypesResultTypesDate
    boolean: UserfieldconfigGetTypesResultTypesBoolean
    address: UserfieldconfigGetTypesResultTypesAddress
    url: UserfieldconfigGetTypesResultTypesUrl
    file: UserfieldconfigGetTypesResultTypesFile
    enumeration: UserfieldconfigGetTypesResultTypesEnumeration
    iblock_section: UserfieldconfigGetTypesResultTypesIblockSection
    iblock_element: UserfieldconfigGetTypesResultTypesIblockElement


class UserfieldconfigGetTypesResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.getTypes``."""

    types: Required[UserfieldconfigGetTypesResultTypes]


class UserfieldconfigUpdateFieldSettings(TypedDict, total=False):
    """Keys of ``field.settings`` in ``userfieldconfig.update``."""

    DEFAULT_VALUE: str
    ROWS: int
    SIZE: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int


class UserfieldconfigUpdateField(TypedDict, total=False):
    """Keys of the ``field`` parameter of ``userfieldconfig.update``."""

    xmlId: str
    sort: int
    mandatory: Literal["Y", "N"]
    showFilter: bool
    isSearchable: bool
    editFormLabel: dict[str, Any]
    helpMessage: dict[str, Any]
    settings: UserfieldconfigUpdateFieldSettings
    enum: Sequence[dict[str, Any]]
    userTypeId: str


class UserfieldconfigUpdateResultFieldSettings(TypedDict, total=False):
    """Keys of ``result.field.settings`` in ``userfieldconfig.update``."""

    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str


class UserfieldconfigUpdateResultFieldLanguageId(TypedDict, total=False):
    """Keys of ``result.field.languageId`` in ``userfieldconfig.update``."""

    en: str
    ru: str


class UserfieldconfigUpdateResultFieldEditFormLabel(TypedDict, total=False):
    """Keys of ``result.field.editFormLabel`` in ``userfieldconfig.update``."""

    en: str
    ru: str


class UserfieldconfigUpdateResultFieldListColumnLabel(TypedDict, total=False):
    """Keys of ``result.field.listColumnLabel`` in ``userfieldconfig.update``."""

    en: Any
    ru: Any


class UserfieldconfigUpdateResultFieldListFilterLabel(TypedDict, total=False):
    """Keys of ``result.field.listFilterLabel`` in ``userfieldconfig.update``."""

    en: Any
    ru: Any


class UserfieldconfigUpdateResultFieldErrorMessage(TypedDict, total=False):
    """Keys of ``result.field.errorMessage`` in ``userfieldconfig.update``."""

    en: Any
    ru: Any


class UserfieldconfigUpdateResultFieldHelpMessage(TypedDict, total=False):
    """Keys of ``result.field.helpMessage`` in ``userfieldconfig.update``."""

    en: Any
    ru: Any


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
    entityId: str
    fieldName: str
    userTypeId: str
    xmlId: str | None
    sort: str
    multiple: str
    mandatory: str
    showFilter: str
    showInList: str
    editInList: str
    isSearchable: str
    settings: UserfieldconfigUpdateResultFieldSettings
    languageId: UserfieldconfigUpdateResultFieldLanguageId
    editFormLabel: UserfieldconfigUpdateResultFieldEditFormLabel
    listColumnLabel: UserfieldconfigUpdateResultFieldListColumnLabel
    listFilterLabel: UserfieldconfigUpdateResultFieldListFilterLabel
    errorMessage: UserfieldconfigUpdateResultFieldErrorMessage
    helpMessage: UserfieldconfigUpdateResultFieldHelpMessage
    enum: list[UserfieldconfigUpdateResultFieldEnum]


class UserfieldconfigUpdateResult(TypedDict, total=False):
    """Keys of the result of ``userfieldconfig.update``."""

    field: Required[UserfieldconfigUpdateResultField]
