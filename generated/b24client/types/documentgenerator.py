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
    """How the document was created."""
    stampsEnabled: bool | str
    """Whether stamps and signatures are included."""
    productsTableVariant: str
    """Layout variant of the products table."""
    CurrentDate: str
    """Value of the CurrentDate field (an example key; keys are template field codes)."""
    ClientName: str
    """Value of the ClientName field (an example key; keys are template field codes)."""
    ClientPhone: str
    """Value of the ClientPhone field (an example key; keys are template field codes)."""
    Total: str
    """Value of the Total field (an example key; keys are template field codes)."""
    Comment: str
    """Value of the Comment field (an example key; keys are template field codes)."""
    UserName: str
    """Value of the UserName field (an example key; keys are template field codes)."""
    DocumentNumber: str
    """Value of the DocumentNumber field (an example key; keys are template field codes)."""


class DocumentgeneratorDocumentPublicUrlView(TypedDict, total=False):
    """Keys of ``publicUrlView`` in ``DocumentgeneratorDocument``."""

    time: str
    """Date and time the public link was last opened."""


class DocumentgeneratorDocument(TypedDict, total=False):
    """A document generated from a template.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get.html
    """

    id: str | int
    """ID of the document."""
    title: str
    """Document title."""
    number: str
    """Document number."""
    templateId: str
    """ID of the template the document was built from."""
    provider: str
    """Data provider class."""
    value: str
    """External ID of the object the document is for."""
    values: DocumentgeneratorDocumentValues | None
    """Field values of the document, or null."""
    fileId: int | str
    """ID of the DOCX file of the document."""
    imageId: int | str
    """ID of the image file of the document."""
    pdfId: int | str
    """ID of the PDF file of the document."""
    stampsEnabled: bool
    """Whether stamps and signatures are included."""
    downloadUrl: str
    """Link that downloads the DOCX file."""
    downloadUrlMachine: str
    """Link that downloads the DOCX file, for applications."""
    pdfUrl: str
    """Link that downloads the PDF, once it has been made."""
    pdfUrlMachine: str
    """Link that downloads the PDF, for applications."""
    printUrl: str
    """Link to view or print the PDF, once it has been made."""
    printUrlMachine: str
    """Link to view or print the PDF, for applications."""
    imageUrl: str
    """Link that downloads the image, once it has been made."""
    imageUrlMachine: str
    """Link that downloads the image, for applications."""
    publicUrl: str | None
    """Public link of the document when it is turned on, otherwise null."""
    isTransformationError: bool
    """Whether converting the document failed."""
    transformationErrorCode: str
    """Code of the conversion error, if any."""
    transformationErrorMessage: str
    """Text of the conversion error, if any."""
    transformationCancelReason: str
    """Why the conversion was cancelled, if it was."""
    pullTag: str
    """Tag to subscribe to for conversion status updates."""
    emailDiskFile: int
    """ID of the Drive file used to send the document by e-mail."""
    createTime: str
    """Date and time of creation."""
    updateTime: str
    """Date and time of the last change."""
    createdBy: str | int
    """ID of the user who created the document."""
    updatedBy: int | str | None
    """ID of the user who last changed the document, or null."""
    publicUrlView: DocumentgeneratorDocumentPublicUrlView
    """Views of the public link."""


class DocumentgeneratorDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.document.add``."""

    TYPE: str
    """Type of the value, such as "DATE"."""
    FORMAT: dict[str, Any]
    """Format options for the field type, such as {"format": "d.m.Y"} for a date."""
    PROVIDER: str
    """Data provider class of the field."""
    TITLE: str
    """Field name."""
    CurrentDate: dict[str, Any]
    """Format settings of the CurrentDate field (an example key; keys are template field codes)."""


class DocumentgeneratorDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.add``."""

    document: Required[DocumentgeneratorDocument]
    """The document."""


class DocumentgeneratorDocumentEnablepublicurlResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.enablepublicurl``."""

    publicUrl: Required[str]
    """Public link of the document; null when the link was turned off."""


class DocumentgeneratorDocumentGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.get``."""

    document: Required[DocumentgeneratorDocument]
    """The document."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.DocumentNumber`` in ``documentgenerator.document.getfields``."""

    title: str
    """Field name; may be absent."""
    value: str
    """Current value of the field."""
    required: str
    """\"Y" if the field is required, otherwise "N"."""
    group: list[str]
    """Groups the field belongs to in the template."""
    chain: str
    """Path of the field in the data provider: a string such as "this.DOCUMENT.DOCUMENT_NUMBER" or an array."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsCurrentDate(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.CurrentDate`` in ``documentgenerator.document.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientName(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.ClientName`` in ``documentgenerator.document.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientPhone(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.ClientPhone`` in ``documentgenerator.document.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsTotal(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.Total`` in ``documentgenerator.document.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsComment(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.Comment`` in ``documentgenerator.document.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsUserName(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.UserName`` in ``documentgenerator.document.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentTitle(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.DocumentTitle`` in ``documentgenerator.document.getfields``."""

    title: str
    """Field name; may be absent."""
    value: str
    """Current value of the field."""
    group: list[str]
    """Groups the field belongs to in the template."""
    chain: list[Any]
    """Path of the field in the data provider: a string such as "this.DOCUMENT.DOCUMENT_NUMBER" or an array."""
    required: str
    """\"Y" if the field is required, otherwise "N"."""
    default: str
    """Default value of the field."""


class DocumentgeneratorDocumentGetfieldsResultDocumentFields(TypedDict, total=False):
    """Keys of ``result.documentFields`` in ``documentgenerator.document.getfields``."""

    title: str
    """Field name; may be absent."""
    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""
    group: list[Any] | dict[str, Any]
    """Groups the field belongs to in the template."""
    chain: str | list[Any] | dict[str, Any]
    """Path of the field in the data provider: a string such as "this.DOCUMENT.DOCUMENT_NUMBER" or an array."""
    required: str
    """\"Y" if the field is required, otherwise "N"."""
    type: str
    """Field type, such as "IMAGE", when set."""
    DocumentNumber: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber
    """Description of the template field DocumentNumber (an example key; the keys are the field codes of the template)."""
    CurrentDate: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsCurrentDate
    """Description of the template field CurrentDate (an example key; the keys are the field codes of the template)."""
    ClientName: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientName
    """Description of the template field ClientName (an example key; the keys are the field codes of the template)."""
    ClientPhone: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsClientPhone
    """Description of the template field ClientPhone (an example key; the keys are the field codes of the template)."""
    Total: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsTotal
    """Description of the template field Total (an example key; the keys are the field codes of the template)."""
    Comment: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsComment
    """Description of the template field Comment (an example key; the keys are the field codes of the template)."""
    UserName: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsUserName
    """Description of the template field UserName (an example key; the keys are the field codes of the template)."""
    DocumentTitle: DocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentTitle
    """Description of the template field DocumentTitle (an example key; the keys are the field codes of the template)."""


class DocumentgeneratorDocumentGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.getfields``."""

    documentFields: Required[DocumentgeneratorDocumentGetfieldsResultDocumentFields]
    """Fields of the document, keyed by field code."""


class DocumentgeneratorDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.document.update``."""

    TYPE: str
    """Type of the value, such as "DATE"."""
    FORMAT: dict[str, Any]
    """Format options for the field type, such as {"format": "d.m.Y"} for a date."""
    PROVIDER: str
    """Data provider class of the field."""
    TITLE: str
    """Field name."""


class DocumentgeneratorDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.document.update``."""

    document: Required[DocumentgeneratorDocument]
    """The document."""


class DocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``DocumentgeneratorNumerator``."""

    start: int
    """First counter value; default 1."""
    step: int
    """Amount the counter grows by; default 1."""
    length: int
    """Minimum length of the number; default 0."""
    padString: str
    """Character used to pad the number on the left when length is above 0; default "0"."""
    periodicBy: str | None
    """When the counter restarts: "" never, "day", "month" or "year"."""
    timezone: str | None
    """Time zone for periodic restarts, such as "Europe/Moscow"."""
    isDirectNumeration: bool
    """Direct numbering: 1 on, 0 off (default)."""


class DocumentgeneratorNumeratorSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``DocumentgeneratorNumerator``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class DocumentgeneratorNumerator(TypedDict, total=False):
    """A numbering scheme for documents.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-get.html
    """

    id: str | int
    """ID of the numbering scheme."""
    name: str
    """Name of the numbering scheme."""
    template: str
    """Number template with the {NUMBER} placeholder."""
    code: str | None
    """Symbolic code of the numbering scheme, or null."""
    settings: DocumentgeneratorNumeratorSettings
    """Settings of the number generators."""


class DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.add``."""

    start: int
    """First counter value; default 1."""
    step: int
    """Amount the counter grows by; default 1."""
    length: int
    """Minimum length of the number; default 0."""
    padString: str
    """Character used to pad the number on the left when length is above 0; default "0"."""
    periodicBy: str
    """When the counter restarts: "" never, "day", "month" or "year"."""
    timezone: str
    """Time zone for periodic restarts, such as "Europe/Moscow"."""
    isDirectNumeration: int
    """Direct numbering: 1 on, 0 off (default)."""


class DocumentgeneratorNumeratorAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``documentgenerator.numerator.add``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class DocumentgeneratorNumeratorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.numerator.add``."""

    name: Required[str]
    """Name of the numbering scheme."""
    template: Required[str]
    """Number template with the {NUMBER} placeholder, which is replaced by the next counter value, for example "INV-{NUMBER}"."""
    settings: DocumentgeneratorNumeratorAddFieldsSettings
    """Settings of the number generators."""


class DocumentgeneratorNumeratorAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.numerator.add``."""

    numerator: Required[DocumentgeneratorNumerator]
    """The numbering scheme."""


class DocumentgeneratorNumeratorGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.numerator.get``."""

    numerator: Required[DocumentgeneratorNumerator]
    """The numbering scheme."""


class DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.update``."""

    start: int
    """First counter value; default 1."""
    step: int
    """Amount the counter grows by; default 1."""
    length: int
    """Minimum length of the number; default 0."""
    padString: str
    """Character used to pad the number on the left when length is above 0; default "0"."""
    periodicBy: str
    """When the counter restarts: "" never, "day", "month" or "year"."""
    timezone: str
    """Time zone for periodic restarts, such as "Europe/Moscow"."""
    isDirectNumeration: int
    """Direct numbering: 1 on, 0 off (default)."""


class DocumentgeneratorNumeratorUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class DocumentgeneratorNumeratorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.numerator.update``."""

    name: str
    """Name of the numbering scheme."""
    template: str
    """Number template with the {NUMBER} placeholder, which is replaced by the next counter value, for example "INV-{NUMBER}"."""
    settings: DocumentgeneratorNumeratorUpdateFieldsSettings
    """Settings of the number generators."""


class DocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``result.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.update``."""

    start: int
    """First counter value; default 1."""
    step: int
    """Amount the counter grows by; default 1."""
    length: int
    """Minimum length of the number; default 0."""
    padString: str
    """Character used to pad the number on the left when length is above 0; default "0"."""
    periodicBy: str
    """When the counter restarts: "" never, "day", "month" or "year"."""
    timezone: str
    """Time zone for periodic restarts, such as "Europe/Moscow"."""
    isDirectNumeration: bool
    """Direct numbering: 1 on, 0 off (default)."""


class DocumentgeneratorNumeratorUpdateResultSettings(TypedDict, total=False):
    """Keys of ``result.settings`` in ``documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class DocumentgeneratorNumeratorUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.numerator.update``."""

    id: str
    """ID of the numbering scheme."""
    name: str
    """Name of the numbering scheme."""
    template: str
    """Number template with the {NUMBER} placeholder."""
    code: str | None
    """Symbolic code of the numbering scheme, or null."""
    settings: DocumentgeneratorNumeratorUpdateResultSettings
    """Settings of the number generators."""


class DocumentgeneratorRegionPhrases(TypedDict, total=False):
    """Keys of ``phrases`` in ``DocumentgeneratorRegion``."""

    TAX_INCLUDED: str
    """Phrase printed when tax is included in the price."""
    TAX_NOT_INCLUDED: str
    """Phrase printed when tax is not included in the price."""


class DocumentgeneratorRegionRu(TypedDict, total=False):
    """Keys of ``ru`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionBy(TypedDict, total=False):
    """Keys of ``by`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionKz(TypedDict, total=False):
    """Keys of ``kz`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionUa(TypedDict, total=False):
    """Keys of ``ua`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionDe(TypedDict, total=False):
    """Keys of ``de`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionUk(TypedDict, total=False):
    """Keys of ``uk`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionBr(TypedDict, total=False):
    """Keys of ``br`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionSp(TypedDict, total=False):
    """Keys of ``sp`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionMx(TypedDict, total=False):
    """Keys of ``mx`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionPl(TypedDict, total=False):
    """Keys of ``pl`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegionFr(TypedDict, total=False):
    """Keys of ``fr`` in ``DocumentgeneratorRegion``."""

    code: str
    """Code of the region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""


class DocumentgeneratorRegion1(TypedDict, total=False):
    """Keys of ``1`` in ``DocumentgeneratorRegion``."""

    id: str
    """ID of the custom region."""
    title: str
    """Name of the region."""
    languageId: str
    """Language of the region."""
    formatDate: str
    """Date format."""
    formatDatetime: str
    """Date and time format."""
    formatName: str
    """Full name template, such as "#LAST_NAME# #NAME# #SECOND_NAME#"."""
    code: str
    """Code of the region."""


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
    """Name of the region."""
    languageId: str
    """Language of the region, such as "ru"."""
    formatDate: str
    """Date format."""
    formatDatetime: str
    """Date and time format."""
    formatName: str
    """Full name template, such as "#LAST_NAME# #NAME# #SECOND_NAME#"."""
    phrases: dict[str, Any]
    """Phrases as {"code": "text"}, such as TAX_INCLUDED and TAX_NOT_INCLUDED."""


class DocumentgeneratorRegionAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.add``."""

    region: Required[DocumentgeneratorRegion]
    """The region."""


class DocumentgeneratorRegionGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.get``."""

    region: Required[DocumentgeneratorRegion]
    """The region."""


class DocumentgeneratorRegionListResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.list``."""

    regions: Required[DocumentgeneratorRegion]
    """All regions, keyed by region code."""


class DocumentgeneratorRegionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.region.update``."""

    title: str
    """Name of the region."""
    languageId: str
    """Language of the region, such as "ru"."""
    formatDate: str
    """Date format."""
    formatDatetime: str
    """Date and time format."""
    formatName: str
    """Full name template, such as "#LAST_NAME# #NAME# #SECOND_NAME#"."""
    phrases: dict[str, Any]
    """Phrases as {"code": "text"}, such as TAX_INCLUDED and TAX_NOT_INCLUDED."""


class DocumentgeneratorRegionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.region.update``."""

    region: Required[DocumentgeneratorRegion]
    """The region."""


class DocumentgeneratorRolePermissionsSettings(TypedDict, total=False):
    """Keys of ``permissions.settings`` in ``DocumentgeneratorRole``."""

    modify: str
    """Access to settings: "" none, "X" full."""


class DocumentgeneratorRolePermissionsTemplates(TypedDict, total=False):
    """Keys of ``permissions.templates`` in ``DocumentgeneratorRole``."""

    modify: str
    """Access to templates: "" none, "A" own only, "D" own and department, "X" all."""


class DocumentgeneratorRolePermissionsDocuments(TypedDict, total=False):
    """Keys of ``permissions.documents`` in ``DocumentgeneratorRole``."""

    modify: str
    """Right to change documents: "" none, "X" full."""
    view: str
    """Right to view documents: "" none, "X" full."""


class DocumentgeneratorRolePermissions(TypedDict, total=False):
    """Keys of ``permissions`` in ``DocumentgeneratorRole``."""

    settings: DocumentgeneratorRolePermissionsSettings
    """Rights on the document generator settings."""
    templates: DocumentgeneratorRolePermissionsTemplates
    """Rights on templates."""
    documents: DocumentgeneratorRolePermissionsDocuments
    """Rights on documents."""


class DocumentgeneratorRole(TypedDict, total=False):
    """An access role of the document generator.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-get.html
    """

    id: int
    """ID of the role."""
    name: str
    """Name of the role."""
    code: str
    """Symbolic code of the role."""
    permissions: DocumentgeneratorRolePermissions
    """Rights of the role."""


class DocumentgeneratorRoleAddFieldsPermissionsSettings(TypedDict, total=False):
    """Keys of ``fields.permissions.SETTINGS`` in ``documentgenerator.role.add``."""

    MODIFY: str
    """Access to settings: "" none, "X" full."""


class DocumentgeneratorRoleAddFieldsPermissionsTemplates(TypedDict, total=False):
    """Keys of ``fields.permissions.TEMPLATES`` in ``documentgenerator.role.add``."""

    MODIFY: str
    """Access to templates: "" none, "A" own only, "D" own and department, "X" all."""


class DocumentgeneratorRoleAddFieldsPermissionsDocuments(TypedDict, total=False):
    """Keys of ``fields.permissions.DOCUMENTS`` in ``documentgenerator.role.add``."""

    MODIFY: str
    """Right to change documents: "" none, "X" full."""
    VIEW: str
    """Right to view documents: "" none, "X" full."""


class DocumentgeneratorRoleAddFieldsPermissions(TypedDict, total=False):
    """Keys of ``fields.permissions`` in ``documentgenerator.role.add``."""

    SETTINGS: DocumentgeneratorRoleAddFieldsPermissionsSettings
    """Rights on the document generator settings."""
    TEMPLATES: DocumentgeneratorRoleAddFieldsPermissionsTemplates
    """Rights on templates."""
    DOCUMENTS: DocumentgeneratorRoleAddFieldsPermissionsDocuments
    """Rights on documents."""


class DocumentgeneratorRoleAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.role.add``."""

    name: Required[str]
    """Name of the role."""
    code: str
    """Symbolic code of the role."""
    permissions: DocumentgeneratorRoleAddFieldsPermissions
    """Rights of the role; the keys SETTINGS, TEMPLATES and DOCUMENTS must be in upper case."""


class DocumentgeneratorRoleAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.role.add``."""

    role: Required[DocumentgeneratorRole]
    """The role."""


class DocumentgeneratorRoleFillaccessesAccesses(TypedDict, total=False):
    """Keys of the ``accesses`` parameter of ``documentgenerator.role.fillaccesses``."""

    roleId: Required[int]
    """ID of the role."""
    accessCode: Required[str]
    """Who gets the role: "U{id}" user, "G{id}" user group, "D{id}" department, "DR{id}" department with subdepartments, "AU" all authorised users, "UA" all users."""


class DocumentgeneratorRoleGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.role.get``."""

    role: Required[DocumentgeneratorRole]
    """The role."""


class DocumentgeneratorRoleUpdateFieldsPermissionsSettings(TypedDict, total=False):
    """Keys of ``fields.permissions.SETTINGS`` in ``documentgenerator.role.update``."""

    MODIFY: str
    """Access to settings: "" none, "X" full."""


class DocumentgeneratorRoleUpdateFieldsPermissionsTemplates(TypedDict, total=False):
    """Keys of ``fields.permissions.TEMPLATES`` in ``documentgenerator.role.update``."""

    MODIFY: str
    """Access to templates: "" none, "A" own only, "D" own and department, "X" all."""


class DocumentgeneratorRoleUpdateFieldsPermissionsDocuments(TypedDict, total=False):
    """Keys of ``fields.permissions.DOCUMENTS`` in ``documentgenerator.role.update``."""

    MODIFY: str
    """Right to change documents: "" none, "X" full."""
    VIEW: str
    """Right to view documents: "" none, "X" full."""


class DocumentgeneratorRoleUpdateFieldsPermissions(TypedDict, total=False):
    """Keys of ``fields.permissions`` in ``documentgenerator.role.update``."""

    SETTINGS: DocumentgeneratorRoleUpdateFieldsPermissionsSettings
    """Rights on the document generator settings."""
    TEMPLATES: DocumentgeneratorRoleUpdateFieldsPermissionsTemplates
    """Rights on templates."""
    DOCUMENTS: DocumentgeneratorRoleUpdateFieldsPermissionsDocuments
    """Rights on documents."""


class DocumentgeneratorRoleUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.role.update``."""

    name: str
    """Name of the role."""
    code: str
    """Symbolic code of the role."""
    permissions: DocumentgeneratorRoleUpdateFieldsPermissions
    """Rights of the role; the keys SETTINGS, TEMPLATES and DOCUMENTS must be in upper case."""


class DocumentgeneratorRoleUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.role.update``."""

    role: Required[DocumentgeneratorRole]
    """The role."""


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
    """Access code of user 503 (an example key; keys are access codes)."""
    UA: str
    """Access code meaning all users (an example key; keys are access codes)."""


class DocumentgeneratorTemplate(TypedDict, total=False):
    """A document template.

    Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get.html
    """

    id: str
    """ID of the template."""
    name: str
    """Name of the template."""
    region: str
    """Region of the template, such as "ru"."""
    code: str
    """Symbolic code of the template."""
    download: str
    """Link that downloads the template file."""
    active: str
    """\"Y" if the template is active, otherwise "N"."""
    moduleId: str
    """Module the template belongs to."""
    numeratorId: str
    """ID of the numbering scheme."""
    withStamps: str
    """\"Y" if stamps and signatures are put into documents."""
    providers: DocumentgeneratorTemplateProviders
    """Data providers of the template; key and value are both the provider class name."""
    users: DocumentgeneratorTemplateUsers
    """Access codes allowed to use the template; key and value are both the access code."""
    isDeleted: str
    """\"Y" if the template is deleted, otherwise "N"."""
    sort: str
    """Sort index."""
    createTime: str
    """Date and time of creation."""
    updateTime: str
    """Date and time of the last change."""
    downloadMachine: str
    """Link that downloads the template file, for applications."""
    templates: dict[str, Any]
    """Templates keyed by ID, as documentgenerator.template.list returns them."""


class DocumentgeneratorTemplateAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.template.add``."""

    name: Required[str]
    """Name of the template."""
    fileId: Required[int]
    """ID of a template file already on Drive; use it or file."""
    file: tuple[str, str]
    """Template file to upload instead of fileId, for example as ["name.docx", "<Base64 content>"]."""
    numeratorId: Required[int]
    """ID of the numbering scheme for document numbers."""
    region: Required[str]
    """Region of the template, such as "ru"."""
    code: str
    """Symbolic code of the template."""
    users: Sequence[str]
    """Who may use the template, as access codes: "U{id}" user, "G{id}" user group, "D{id}" department, "DR{id}" department with subdepartments, "AU" all authorised users, "UA" all users."""
    active: Literal["Y", "N"]
    """\"Y" (default) if the template is active, "N" if not."""
    withStamps: Literal["Y", "N"]
    """\"Y" to put stamps and signatures into documents, "N" (default) not to."""
    sort: int
    """Sort index."""


class DocumentgeneratorTemplateAddResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.add``."""

    template: Required[DocumentgeneratorTemplate]
    """The template."""


class DocumentgeneratorTemplateGetResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.get``."""

    template: Required[DocumentgeneratorTemplate]
    """The template."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.DocumentNumber`` in ``documentgenerator.template.getfields``."""

    title: str
    """Field name; may be absent."""
    value: str
    """Current value of the field."""
    required: str
    """\"Y" if the field is required, otherwise "N"."""
    group: list[str]
    """Groups the field belongs to in the template."""
    chain: str
    """Path of the field in the data provider: a string such as "this.DOCUMENT.DOCUMENT_NUMBER" or an array."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsCurrentDate(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.CurrentDate`` in ``documentgenerator.template.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientName(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.ClientName`` in ``documentgenerator.template.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientPhone(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.ClientPhone`` in ``documentgenerator.template.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsTotal(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.Total`` in ``documentgenerator.template.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsComment(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.Comment`` in ``documentgenerator.template.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsUserName(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.UserName`` in ``documentgenerator.template.getfields``."""

    value: str
    """Current value of the field."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentTitle(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.DocumentTitle`` in ``documentgenerator.template.getfields``."""

    title: str
    """Field name; may be absent."""
    value: str
    """Current value of the field."""
    group: list[str]
    """Groups the field belongs to in the template."""
    chain: list[Any]
    """Path of the field in the data provider: a string such as "this.DOCUMENT.DOCUMENT_NUMBER" or an array."""
    required: str
    """\"Y" if the field is required, otherwise "N"."""
    default: str
    """Default value of the field."""


class DocumentgeneratorTemplateGetfieldsResultTemplateFields(TypedDict, total=False):
    """Keys of ``result.templateFields`` in ``documentgenerator.template.getfields``."""

    title: str
    """Field name; may be absent."""
    value: Any
    """Current value of the field."""
    default: Any
    """Default value of the field."""
    required: str
    """\"Y" if the field is required, otherwise "N"."""
    type: str
    """Field type, such as "IMAGE", when set."""
    group: list[Any] | dict[str, Any]
    """Groups the field belongs to in the template."""
    chain: str | list[Any] | dict[str, Any]
    """Path of the field in the data provider: a string such as "this.DOCUMENT.DOCUMENT_NUMBER" or an array."""
    DocumentNumber: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber
    """Description of the template field DocumentNumber (an example key; the keys are the field codes of the template)."""
    CurrentDate: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsCurrentDate
    """Description of the template field CurrentDate (an example key; the keys are the field codes of the template)."""
    ClientName: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientName
    """Description of the template field ClientName (an example key; the keys are the field codes of the template)."""
    ClientPhone: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsClientPhone
    """Description of the template field ClientPhone (an example key; the keys are the field codes of the template)."""
    Total: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsTotal
    """Description of the template field Total (an example key; the keys are the field codes of the template)."""
    Comment: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsComment
    """Description of the template field Comment (an example key; the keys are the field codes of the template)."""
    UserName: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsUserName
    """Description of the template field UserName (an example key; the keys are the field codes of the template)."""
    DocumentTitle: DocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentTitle
    """Description of the template field DocumentTitle (an example key; the keys are the field codes of the template)."""


class DocumentgeneratorTemplateGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.getfields``."""

    templateFields: Required[DocumentgeneratorTemplateGetfieldsResultTemplateFields]
    """Fields of the template, keyed by field code; the keys in each description depend on the field type."""


class DocumentgeneratorTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.template.update``."""

    name: str
    """Name of the template."""
    file: tuple[str, str]
    """Template file to upload instead of fileId, for example as ["name.docx", "<Base64 content>"]."""
    numeratorId: int
    """ID of the numbering scheme for document numbers."""
    region: str
    """Region of the template, such as "ru"."""
    code: str
    """Symbolic code of the template."""
    users: Sequence[str]
    """Who may use the template, as access codes: "U{id}" user, "G{id}" user group, "D{id}" department, "DR{id}" department with subdepartments, "AU" all authorised users, "UA" all users."""
    providers: Sequence[Any] | dict[str, Any]
    """Data providers of the template; key and value are both the provider class name."""
    active: Literal["Y", "N"]
    """\"Y" (default) if the template is active, "N" if not."""
    withStamps: Literal["Y", "N"]
    """\"Y" to put stamps and signatures into documents, "N" (default) not to."""
    sort: int
    """Sort index."""


class DocumentgeneratorTemplateUpdateResult(TypedDict, total=False):
    """Keys of the result of ``documentgenerator.template.update``."""

    template: Required[DocumentgeneratorTemplate]
    """The template."""
