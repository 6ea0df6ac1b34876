"""TypedDicts of ``b24client.types.documentgenerator``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "DocumentgeneratorDocument",
    "DocumentgeneratorDocumentAddFields",
    "DocumentgeneratorDocumentAddResult",
    "DocumentgeneratorDocumentEnablepublicurlResult",
    "DocumentgeneratorDocumentGetResult",
    "DocumentgeneratorDocumentGetfieldsResult",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFields",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientName",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientPhone",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsComment",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsCurrentDate",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentTitle",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsTotal",
    "DocumentgeneratorDocumentGetfieldsResultDocumentFieldsUserName",
    "DocumentgeneratorDocumentPublicUrlView",
    "DocumentgeneratorDocumentUpdateFields",
    "DocumentgeneratorDocumentUpdateResult",
    "DocumentgeneratorDocumentValues",
    "DocumentgeneratorNumerator",
    "DocumentgeneratorNumeratorAddFields",
    "DocumentgeneratorNumeratorAddFieldsSettings",
    "DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "DocumentgeneratorNumeratorAddResult",
    "DocumentgeneratorNumeratorGetResult",
    "DocumentgeneratorNumeratorSettings",
    "DocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "DocumentgeneratorNumeratorUpdateFields",
    "DocumentgeneratorNumeratorUpdateFieldsSettings",
    "DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "DocumentgeneratorNumeratorUpdateResult",
    "DocumentgeneratorNumeratorUpdateResultSettings",
    "DocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "DocumentgeneratorRegion",
    "DocumentgeneratorRegion1",
    "DocumentgeneratorRegionAddFields",
    "DocumentgeneratorRegionAddResult",
    "DocumentgeneratorRegionBr",
    "DocumentgeneratorRegionBy",
    "DocumentgeneratorRegionDe",
    "DocumentgeneratorRegionFr",
    "DocumentgeneratorRegionGetResult",
    "DocumentgeneratorRegionKz",
    "DocumentgeneratorRegionListResult",
    "DocumentgeneratorRegionMx",
    "DocumentgeneratorRegionPhrases",
    "DocumentgeneratorRegionPl",
    "DocumentgeneratorRegionRu",
    "DocumentgeneratorRegionSp",
    "DocumentgeneratorRegionUa",
    "DocumentgeneratorRegionUk",
    "DocumentgeneratorRegionUpdateFields",
    "DocumentgeneratorRegionUpdateResult",
    "DocumentgeneratorRole",
    "DocumentgeneratorRoleAddFields",
    "DocumentgeneratorRoleAddFieldsPermissions",
    "DocumentgeneratorRoleAddFieldsPermissionsDocuments",
    "DocumentgeneratorRoleAddFieldsPermissionsSettings",
    "DocumentgeneratorRoleAddFieldsPermissionsTemplates",
    "DocumentgeneratorRoleAddResult",
    "DocumentgeneratorRoleFillaccessesAccesses",
    "DocumentgeneratorRoleGetResult",
    "DocumentgeneratorRolePermissions",
    "DocumentgeneratorRolePermissionsDocuments",
    "DocumentgeneratorRolePermissionsSettings",
    "DocumentgeneratorRolePermissionsTemplates",
    "DocumentgeneratorRoleUpdateFields",
    "DocumentgeneratorRoleUpdateFieldsPermissions",
    "DocumentgeneratorRoleUpdateFieldsPermissionsDocuments",
    "DocumentgeneratorRoleUpdateFieldsPermissionsSettings",
    "DocumentgeneratorRoleUpdateFieldsPermissionsTemplates",
    "DocumentgeneratorRoleUpdateResult",
    "DocumentgeneratorTemplate",
    "DocumentgeneratorTemplateAddFields",
    "DocumentgeneratorTemplateAddResult",
    "DocumentgeneratorTemplateGetResult",
    "DocumentgeneratorTemplateGetfieldsResult",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFields",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientName",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientPhone",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsComment",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsCurrentDate",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentTitle",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsTotal",
    "DocumentgeneratorTemplateGetfieldsResultTemplateFieldsUserName",
    "DocumentgeneratorTemplateProviders",
    "DocumentgeneratorTemplateUpdateFields",
    "DocumentgeneratorTemplateUpdateResult",
    "DocumentgeneratorTemplateUsers",
]


class DocumentgeneratorDocumentValues(TypedDict, total=False):
    """Keys of ``values`` in ``DocumentgeneratorDocument``."""

    _creationMethod: str
    stampsEnabled: bool | str
    productsTableVariant: str
    CurrentDate: str
    ClientName: str
    ClientPhone: str
    Total: str
    Comment: str
    UserName: str
    DocumentNumber: str


class DocumentgeneratorDocumentPublicUrlView(TypedDict, total=False):
    """Keys of ``publicUrlView`` in ``DocumentgeneratorDocument``."""

    time: str


class DocumentgeneratorDocument(TypedDict, total=False):
    """Documentgenerator document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get.html
    """

    id: str | int
    title: str
    number: str
    templateId: str
    provider: str
    value: str
    values: DocumentgeneratorDocumentValues | None
    fileId: int | str
    imageId: int | str
    pdfId: int | str
    stampsEnabled: bool
    downloadUrl: str
    downloadUrlMachine: str
    pdfUrl: str
    pdfUrlMachine: str
    printUrl: str
    printUrlMachine: str
    imageUrl: str
    imageUrlMachine: str
    publicUrl: str | None
    isTransformationError: bool
    transformationErrorCode: str
    transformationErrorMessage: str
    transformationCancelReason: str
    pullTag: str
    emailDiskFile: int
    createTime: str
    updateTime: str
    createdBy: str | int
    updatedBy: int | str | None
    publicUrlView: DocumentgeneratorDocumentPublicUrlView


class DocumentgeneratorDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.document.add``."""

    TYPE: str
    FORMAT: dict[str, Any]
    PROVIDER: str
    TITLE: str
    CurrentDate: dict[str, Any]


class DocumentgeneratorDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.add``."""

    document: Required[DocumentgeneratorDocument]


class DocumentgeneratorDocumentEnablepublicurlResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.enablepublicurl``."""

    publicUrl: Required[str]


class DocumentgeneratorDocumentGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.get``."""

    document: Required[DocumentgeneratorDocument]


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.DocumentNumber`` in ``documentgenerator.document.getfields``."""

    title: str
    value: str
    required: str
    group: list[str]
    chain: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsCurrentDate(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.CurrentDate`` in ``documentgenerator.document.getfields``."""

    value: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientName(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.ClientName`` in ``documentgenerator.document.getfields``."""

    value: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientPhone(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.ClientPhone`` in ``documentgenerator.document.getfields``."""

    value: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsTotal(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.Total`` in ``documentgenerator.document.getfields``."""

    value: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsComment(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.Comment`` in ``documentgenerator.document.getfields``."""

    value: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsUserName(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.UserName`` in ``documentgenerator.document.getfields``."""

    value: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentTitle(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.DocumentTitle`` in ``documentgenerator.document.getfields``."""

    title: str
    value: str
    group: list[str]
    chain: list[Any]
    required: str
    default: str


class DocumentgeneratorDocumentGetfieldsResultDocumentFields(TypedDict, total=False):
    """Keys of ``result.documentFields`` in ``documentgenerator.document.getfields``."""

    title: str
    value: str
    default: str
    group: list[Any] | dict[str, Any]
    chain: str | list[Any] | dict[str, Any]
    required: str
    type: str
    DocumentNumber: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber
    CurrentDate: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsCurrentDate
    ClientName: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientName
    ClientPhone: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientPhone
    Total: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsTotal
    Comment: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsComment
    UserName: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsUserName
    DocumentTitle: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentTitle


class DocumentgeneratorDocumentGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.getfields``."""

    documentFields: Required[DocumentgeneratorDocumentGetfieldsResultDocumentFields]


class DocumentgeneratorDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.document.update``."""

    TYPE: str
    FORMAT: dict[str, Any]
    PROVIDER: str
    TITLE: str


class DocumentgeneratorDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.update``."""

    document: Required[DocumentgeneratorDocument]


class DocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``DocumentgeneratorNumerator``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str | None
    timezone: str | None
    isDirectNumeration: bool


class DocumentgeneratorNumeratorSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``DocumentgeneratorNumerator``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class DocumentgeneratorNumerator(TypedDict, total=False):
    """Documentgenerator numerator, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-get.html
    """

    id: str | int
    name: str
    template: str
    code: str | None
    settings: DocumentgeneratorNumeratorSettings


class DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.add``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: int


class DocumentgeneratorNumeratorAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``documentgenerator.numerator.add``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class DocumentgeneratorNumeratorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.numerator.add``."""

    name: Required[str]
    template: Required[str]
    settings: DocumentgeneratorNumeratorAddFieldsSettings


class DocumentgeneratorNumeratorAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.numerator.add``."""

    numerator: Required[DocumentgeneratorNumerator]


class DocumentgeneratorNumeratorGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.numerator.get``."""

    numerator: Required[DocumentgeneratorNumerator]


class DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.update``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: int


class DocumentgeneratorNumeratorUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class DocumentgeneratorNumeratorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.numerator.update``."""

    name: str
    template: str
    settings: DocumentgeneratorNumeratorUpdateFieldsSettings


class DocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``result.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.update``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: bool


class DocumentgeneratorNumeratorUpdateResultSettings(TypedDict, total=False):
    """Keys of ``result.settings`` in ``documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class DocumentgeneratorNumeratorUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.numerator.update``."""

    id: str
    name: str
    template: str
    code: str | None
    settings: DocumentgeneratorNumeratorUpdateResultSettings


class DocumentgeneratorRegionPhrases(TypedDict, total=False):
    """Keys of ``phrases`` in ``DocumentgeneratorRegion``."""

    TAX_INCLUDED: str
    TAX_NOT_INCLUDED: str


class DocumentgeneratorRegionRu(TypedDict, total=False):
    """Keys of ``ru`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionBy(TypedDict, total=False):
    """Keys of ``by`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionKz(TypedDict, total=False):
    """Keys of ``kz`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionUa(TypedDict, total=False):
    """Keys of ``ua`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionDe(TypedDict, total=False):
    """Keys of ``de`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionUk(TypedDict, total=False):
    """Keys of ``uk`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionBr(TypedDict, total=False):
    """Keys of ``br`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionSp(TypedDict, total=False):
    """Keys of ``sp`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionMx(TypedDict, total=False):
    """Keys of ``mx`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionPl(TypedDict, total=False):
    """Keys of ``pl`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegionFr(TypedDict, total=False):
    """Keys of ``fr`` in ``DocumentgeneratorRegion``."""

    code: str
    title: str
    languageId: str


class DocumentgeneratorRegion1(TypedDict, total=False):
    """Keys of ``1`` in ``DocumentgeneratorRegion``."""

    id: str
    title: str
    languageId: str
    formatDate: str
    formatDatetime: str
    formatName: str
    code: str


DocumentgeneratorRegion = TypedDict(
    "DocumentgeneratorRegion",
    {
        "id": str,
        "title": str,
        "languageId": str,
        "formatDate": str,
        "formatDatetime": str,
        "formatName": str,
        "phrases": DocumentgeneratorRegionPhrases,
        "code": str,
        "ru": DocumentgeneratorRegionRu,
        "by": DocumentgeneratorRegionBy,
        "kz": DocumentgeneratorRegionKz,
        "ua": DocumentgeneratorRegionUa,
        "de": DocumentgeneratorRegionDe,
        "uk": DocumentgeneratorRegionUk,
        "br": DocumentgeneratorRegionBr,
        "sp": DocumentgeneratorRegionSp,
        "mx": DocumentgeneratorRegionMx,
        "pl": DocumentgeneratorRegionPl,
        "fr": DocumentgeneratorRegionFr,
        "1": DocumentgeneratorRegion1,
    },
    total=False,
)


class DocumentgeneratorRegionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.region.add``."""

    title: Required[str]
    languageId: str
    formatDate: str
    formatDatetime: str
    formatName: str
    phrases: dict[str, Any]


class DocumentgeneratorRegionAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.add``."""

    region: Required[DocumentgeneratorRegion]


class DocumentgeneratorRegionGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.get``."""

    region: Required[DocumentgeneratorRegion]


class DocumentgeneratorRegionListResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.list``."""

    regions: Required[DocumentgeneratorRegion]


class DocumentgeneratorRegionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.region.update``."""

    title: str
    languageId: str
    formatDate: str
    formatDatetime: str
    formatName: str
    phrases: dict[str, Any]


class DocumentgeneratorRegionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.update``."""

    region: Required[DocumentgeneratorRegion]


class DocumentgeneratorRolePermissionsSettings(TypedDict, total=False):
    """Keys of ``permissions.settings`` in ``DocumentgeneratorRole``."""

    modify: str


class DocumentgeneratorRolePermissionsTemplates(TypedDict, total=False):
    """Keys of ``permissions.templates`` in ``DocumentgeneratorRole``."""

    modify: str


class DocumentgeneratorRolePermissionsDocuments(TypedDict, total=False):
    """Keys of ``permissions.documents`` in ``DocumentgeneratorRole``."""

    modify: str
    view: str


class DocumentgeneratorRolePermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``DocumentgeneratorRole``."""

    settings: DocumentgeneratorRolePermissionsSettings
    templates: DocumentgeneratorRolePermissionsTemplates
    documents: DocumentgeneratorRolePermissionsDocuments


class DocumentgeneratorRole(TypedDict, total=False):
    """Documentgenerator role, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-get.html
    """

    id: int
    name: str
    code: str
    permissions: DocumentgeneratorRolePermissions


class DocumentgeneratorRoleAddFieldsPermissionsSettings(TypedDict, total=False):
    """Keys of ``fields.permissions.SETTINGS`` in ``documentgenerator.role.add``."""

    MODIFY: str


class DocumentgeneratorRoleAddFieldsPermissionsTemplates(TypedDict, total=False):
    """Keys of ``fields.permissions.TEMPLATES`` in ``documentgenerator.role.add``."""

    MODIFY: str


class DocumentgeneratorRoleAddFieldsPermissionsDocuments(TypedDict, total=False):
    """Keys of ``fields.permissions.DOCUMENTS`` in ``documentgenerator.role.add``."""

    MODIFY: str
    VIEW: str


class DocumentgeneratorRoleAddFieldsPermissions(TypedDict, total=False):
    """Keys of ``fields.permissions`` in ``documentgenerator.role.add``."""

    SETTINGS: DocumentgeneratorRoleAddFieldsPermissionsSettings
    TEMPLATES: DocumentgeneratorRoleAddFieldsPermissionsTemplates
    DOCUMENTS: DocumentgeneratorRoleAddFieldsPermissionsDocuments


class DocumentgeneratorRoleAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.role.add``."""

    name: Required[str]
    code: str
    permissions: DocumentgeneratorRoleAddFieldsPermissions


class DocumentgeneratorRoleAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.role.add``."""

    role: Required[DocumentgeneratorRole]


class DocumentgeneratorRoleFillaccessesAccesses(TypedDict, total=False):
    """Keys of the ``accesses`` parameter of ``documentgenerator.role.fillaccesses``."""

    roleId: Required[int]
    accessCode: Required[str]


class DocumentgeneratorRoleGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.role.get``."""

    role: Required[DocumentgeneratorRole]


class DocumentgeneratorRoleUpdateFieldsPermissionsSettings(TypedDict, total=False):
    """Keys of ``fields.permissions.SETTINGS`` in ``documentgenerator.role.update``."""

    MODIFY: str


class DocumentgeneratorRoleUpdateFieldsPermissionsTemplates(TypedDict, total=False):
    """Keys of ``fields.permissions.TEMPLATES`` in ``documentgenerator.role.update``."""

    MODIFY: str


class DocumentgeneratorRoleUpdateFieldsPermissionsDocuments(TypedDict, total=False):
    """Keys of ``fields.permissions.DOCUMENTS`` in ``documentgenerator.role.update``."""

    MODIFY: str
    VIEW: str


class DocumentgeneratorRoleUpdateFieldsPermissions(TypedDict, total=False):
    """Keys of ``fields.permissions`` in ``documentgenerator.role.update``."""

    SETTINGS: DocumentgeneratorRoleUpdateFieldsPermissionsSettings
    TEMPLATES: DocumentgeneratorRoleUpdateFieldsPermissionsTemplates
    DOCUMENTS: DocumentgeneratorRoleUpdateFieldsPermissionsDocuments


class DocumentgeneratorRoleUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.role.update``."""

    name: str
    code: str
    permissions: DocumentgeneratorRoleUpdateFieldsPermissions


class DocumentgeneratorRoleUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.role.update``."""

    role: Required[DocumentgeneratorRole]


DocumentgeneratorTemplateProviders = TypedDict(
    "DocumentgeneratorTemplateProviders",
    {
        "bitrix\\documentgenerator\\dataprovider\\rest": str,
    },
    total=False,
)


class DocumentgeneratorTemplateUsers(TypedDict, total=False):
    """Keys of ``users`` in ``DocumentgeneratorTemplate``."""

    U503: str
    UA: str


class DocumentgeneratorTemplate(TypedDict, total=False):
    """Documentgenerator template, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get.html
    """

    id: str
    name: str
    region: str
    code: str
    download: str
    active: str
    moduleId: str
    numeratorId: str
    withStamps: str
    providers: DocumentgeneratorTemplateProviders
    users: DocumentgeneratorTemplateUsers
    isDeleted: str
    sort: str
    createTime: str
    updateTime: str
    downloadMachine: str
    templates: dict[str, Any]


class DocumentgeneratorTemplateAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.template.add``."""

    name: Required[str]
    fileId: Required[int]
    file: tuple[str, str]
    numeratorId: Required[int]
    region: Required[str]
    code: str
    users: Sequence[str]
    active: Literal["Y", "N"]
    withStamps: Literal["Y", "N"]
    sort: int


class DocumentgeneratorTemplateAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.add``."""

    template: Required[DocumentgeneratorTemplate]


class DocumentgeneratorTemplateGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.get``."""

    template: Required[DocumentgeneratorTemplate]


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.DocumentNumber`` in ``documentgenerator.template.getfields``."""

    title: str
    value: str
    required: str
    group: list[str]
    chain: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsCurrentDate(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.CurrentDate`` in ``documentgenerator.template.getfields``."""

    value: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientName(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.ClientName`` in ``documentgenerator.template.getfields``."""

    value: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientPhone(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.ClientPhone`` in ``documentgenerator.template.getfields``."""

    value: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsTotal(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.Total`` in ``documentgenerator.template.getfields``."""

    value: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsComment(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.Comment`` in ``documentgenerator.template.getfields``."""

    value: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsUserName(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.UserName`` in ``documentgenerator.template.getfields``."""

    value: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentTitle(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.DocumentTitle`` in ``documentgenerator.template.getfields``."""

    title: str
    value: str
    group: list[str]
    chain: list[Any]
    required: str
    default: str


class DocumentgeneratorTemplateGetfieldsResultTemplateFields(TypedDict, total=False):
    """Keys of ``result.templateFields`` in ``documentgenerator.template.getfields``."""

    title: str
    value: Any
    default: Any
    required: str
    type: str
    group: list[Any] | dict[str, Any]
    chain: str | list[Any] | dict[str, Any]
    DocumentNumber: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber
    CurrentDate: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsCurrentDate
    ClientName: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientName
    ClientPhone: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientPhone
    Total: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsTotal
    Comment: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsComment
    UserName: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsUserName
    DocumentTitle: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentTitle


class DocumentgeneratorTemplateGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.getfields``."""

    templateFields: Required[DocumentgeneratorTemplateGetfieldsResultTemplateFields]


class DocumentgeneratorTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.template.update``."""

    name: str
    file: tuple[str, str]
    numeratorId: int
    region: str
    code: str
    users: Sequence[str]
    providers: Sequence[Any] | dict[str, Any]
    active: Literal["Y", "N"]
    withStamps: Literal["Y", "N"]
    sort: int


class DocumentgeneratorTemplateUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.update``."""

    template: Required[DocumentgeneratorTemplate]
