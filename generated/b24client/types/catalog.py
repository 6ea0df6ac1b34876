"""TypedDicts of ``b24client.types.catalog``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "CatalogCatalog",
    "CatalogCatalogGetFieldsResult",
    "CatalogCatalogGetFieldsResultCatalog",
    "CatalogCatalogGetResult",
    "CatalogDocument",
    "CatalogDocumentAddFields",
    "CatalogDocumentAddResult",
    "CatalogDocumentElement",
    "CatalogDocumentElementAddFields",
    "CatalogDocumentElementAddResult",
    "CatalogDocumentElementAddResultDocumentElement",
    "CatalogDocumentElementFieldsResult",
    "CatalogDocumentElementFieldsResultId",
    "CatalogDocumentElementGetFieldsResult",
    "CatalogDocumentElementGetFieldsResultDocumentElement",
    "CatalogDocumentElementUpdateFields",
    "CatalogDocumentElementUpdateResult",
    "CatalogDocumentElementUpdateResultDocumentElement",
    "CatalogDocumentFieldsResult",
    "CatalogDocumentFieldsResultId",
    "CatalogDocumentGetFieldsResult",
    "CatalogDocumentGetFieldsResultDocument",
    "CatalogDocumentUpdateFields",
    "CatalogDocumentUpdateResult",
    "CatalogDocumentcontractor",
    "CatalogDocumentcontractorAddFields",
    "CatalogDocumentcontractorAddResult",
    "CatalogDocumentcontractorGetFieldsResult",
    "CatalogDocumentcontractorGetFieldsResultDocumentContractor",
    "CatalogEnumGetRoundTypesResult",
    "CatalogEnumGetRoundTypesResultEnum",
    "CatalogEnumGetStoreDocumentTypesResult",
    "CatalogEnumGetStoreDocumentTypesResultEnum",
    "CatalogExtra",
    "CatalogExtraGetFieldsResult",
    "CatalogExtraGetFieldsResultExtra",
    "CatalogExtraGetResult",
    "CatalogFieldDescription",
    "CatalogMeasure",
    "CatalogMeasureAddFields",
    "CatalogMeasureAddResult",
    "CatalogMeasureGetFieldsResult",
    "CatalogMeasureGetFieldsResultMeasure",
    "CatalogMeasureGetResult",
    "CatalogMeasureUpdateFields",
    "CatalogMeasureUpdateResult",
    "CatalogPrice",
    "CatalogPriceAddFields",
    "CatalogPriceAddResult",
    "CatalogPriceGetFieldsResult",
    "CatalogPriceGetFieldsResultPrice",
    "CatalogPriceGetResult",
    "CatalogPriceModifyFields",
    "CatalogPriceModifyFieldsProduct",
    "CatalogPriceModifyFieldsProductPrices",
    "CatalogPriceModifyResult",
    "CatalogPriceModifyResultPrices",
    "CatalogPriceType",
    "CatalogPriceTypeAddFields",
    "CatalogPriceTypeAddResult",
    "CatalogPriceTypeGetFieldsResult",
    "CatalogPriceTypeGetFieldsResultPriceType",
    "CatalogPriceTypeGetResult",
    "CatalogPriceTypeGroup",
    "CatalogPriceTypeGroupAddFields",
    "CatalogPriceTypeGroupAddResult",
    "CatalogPriceTypeGroupGetFieldsResult",
    "CatalogPriceTypeGroupGetFieldsResultPriceTypeGroup",
    "CatalogPriceTypeLang",
    "CatalogPriceTypeLangAddFields",
    "CatalogPriceTypeLangAddResult",
    "CatalogPriceTypeLangGetFieldsResult",
    "CatalogPriceTypeLangGetFieldsResultPriceTypeLang",
    "CatalogPriceTypeLangGetLanguagesResult",
    "CatalogPriceTypeLangGetResult",
    "CatalogPriceTypeLangUpdateFields",
    "CatalogPriceTypeLangUpdateResult",
    "CatalogPriceTypeUpdateFields",
    "CatalogPriceTypeUpdateResult",
    "CatalogPriceUpdateFields",
    "CatalogPriceUpdateResult",
    "CatalogProduct",
    "CatalogProductAddFields",
    "CatalogProductAddResult",
    "CatalogProductAddResultElement",
    "CatalogProductAddResultElementDetailPicture",
    "CatalogProductAddResultElementPreviewPicture",
    "CatalogProductDetailPicture",
    "CatalogProductDownloadFields",
    "CatalogProductGetFieldsByFilterResult",
    "CatalogProductGetFieldsByFilterResultProduct",
    "CatalogProductGetResult",
    "CatalogProductImage",
    "CatalogProductImageAddFields",
    "CatalogProductImageAddResult",
    "CatalogProductImageGetFieldsResult",
    "CatalogProductImageGetFieldsResultProductImage",
    "CatalogProductImageGetResult",
    "CatalogProductOffer",
    "CatalogProductOfferAddFields",
    "CatalogProductOfferAddResult",
    "CatalogProductOfferDetailPicture",
    "CatalogProductOfferDownloadFields",
    "CatalogProductOfferGetFieldsByFilterResult",
    "CatalogProductOfferGetFieldsByFilterResultOffer",
    "CatalogProductOfferGetResult",
    "CatalogProductOfferParentId",
    "CatalogProductOfferPreviewPicture",
    "CatalogProductOfferUpdateFields",
    "CatalogProductOfferUpdateResult",
    "CatalogProductPreviewPicture",
    "CatalogProductProperty",
    "CatalogProductPropertyActive",
    "CatalogProductPropertyAddFields",
    "CatalogProductPropertyAddResult",
    "CatalogProductPropertyEnum",
    "CatalogProductPropertyEnumAddFields",
    "CatalogProductPropertyEnumAddResult",
    "CatalogProductPropertyEnumGetFieldsResult",
    "CatalogProductPropertyEnumGetFieldsResultProductPropertyEnum",
    "CatalogProductPropertyEnumGetResult",
    "CatalogProductPropertyEnumUpdateFields",
    "CatalogProductPropertyEnumUpdateResult",
    "CatalogProductPropertyFeature",
    "CatalogProductPropertyFeatureAddFields",
    "CatalogProductPropertyFeatureAddResult",
    "CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult",
    "CatalogProductPropertyFeatureGetFieldsResult",
    "CatalogProductPropertyFeatureGetFieldsResultProductPropertyFeature",
    "CatalogProductPropertyFeatureGetResult",
    "CatalogProductPropertyFeatureUpdateFields",
    "CatalogProductPropertyFeatureUpdateResult",
    "CatalogProductPropertyGetFieldsResult",
    "CatalogProductPropertyGetResult",
    "CatalogProductPropertySection",
    "CatalogProductPropertySectionGetResult",
    "CatalogProductPropertySectionSetFields",
    "CatalogProductPropertySectionSetResult",
    "CatalogProductPropertyUpdateFields",
    "CatalogProductPropertyUpdateResult",
    "CatalogProductService",
    "CatalogProductServiceAddFields",
    "CatalogProductServiceAddResult",
    "CatalogProductServiceDetailPicture",
    "CatalogProductServiceDownloadFields",
    "CatalogProductServiceGetFieldsByFilterResult",
    "CatalogProductServiceGetFieldsByFilterResultService",
    "CatalogProductServiceGetResult",
    "CatalogProductServicePreviewPicture",
    "CatalogProductServiceUpdateFields",
    "CatalogProductServiceUpdateResult",
    "CatalogProductSku",
    "CatalogProductSkuAddFields",
    "CatalogProductSkuAddResult",
    "CatalogProductSkuDetailPicture",
    "CatalogProductSkuDownloadFields",
    "CatalogProductSkuGetFieldsByFilterResult",
    "CatalogProductSkuGetFieldsByFilterResultSku",
    "CatalogProductSkuGetResult",
    "CatalogProductSkuPreviewPicture",
    "CatalogProductSkuUpdateFields",
    "CatalogProductSkuUpdateResult",
    "CatalogProductUpdateFields",
    "CatalogProductUpdateResult",
    "CatalogProductUpdateResultElement",
    "CatalogProductUpdateResultElementDetailPicture",
    "CatalogProductUpdateResultElementPreviewPicture",
    "CatalogRatio",
    "CatalogRatioGetFieldsResult",
    "CatalogRatioGetFieldsResultRatio",
    "CatalogRatioGetResult",
    "CatalogRoundingRule",
    "CatalogRoundingRuleAddFields",
    "CatalogRoundingRuleAddResult",
    "CatalogRoundingRuleGetFieldsResult",
    "CatalogRoundingRuleGetFieldsResultRoundingRule",
    "CatalogRoundingRuleGetResult",
    "CatalogRoundingRuleUpdateFields",
    "CatalogRoundingRuleUpdateResult",
    "CatalogSection",
    "CatalogSectionAddFields",
    "CatalogSectionAddResult",
    "CatalogSectionGetFieldsResult",
    "CatalogSectionGetFieldsResultSection",
    "CatalogSectionGetResult",
    "CatalogSectionUpdateFields",
    "CatalogSectionUpdateResult",
    "CatalogStore",
    "CatalogStoreAddFields",
    "CatalogStoreAddResult",
    "CatalogStoreGetFieldsResult",
    "CatalogStoreGetFieldsResultStore",
    "CatalogStoreGetResult",
    "CatalogStoreImageId",
    "CatalogStoreUpdateFields",
    "CatalogStoreUpdateResult",
    "CatalogStoreproduct",
    "CatalogStoreproductGetFieldsResult",
    "CatalogStoreproductGetFieldsResultStoreProduct",
    "CatalogStoreproductGetResult",
    "CatalogUserfieldDocument",
    "CatalogUserfieldDocumentUpdateFields",
    "CatalogUserfieldDocumentUpdateResult",
    "CatalogVat",
    "CatalogVatAddFields",
    "CatalogVatAddResult",
    "CatalogVatGetFieldsResult",
    "CatalogVatGetFieldsResultVat",
    "CatalogVatUpdateFields",
    "CatalogVatUpdateResult",
]


class CatalogCatalog(TypedDict, total=False):
    """A trade catalog (product or variation information block).

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get.html
    """

    iblockId: int
    """ID of the information block of the catalog."""
    iblockTypeId: int
    """Type of the information block; "CRM_PRODUCT_CATALOG" for CRM catalogs."""
    id: int
    """ID of the catalog."""
    lid: str
    """Site ID; always "s1"."""
    name: str
    """Name of the catalog."""
    productIblockId: Any
    """ID of the parent product information block; set only for a variation catalog."""
    skuPropertyId: Any
    """ID of the property that stores the parent product; set only for a variation catalog."""
    subscription: str
    """\"Y" when content is sold (on-premise only)."""
    vatId: Any
    """ID of the VAT rate."""


class CatalogFieldDescription(TypedDict, total=False):
    """Description of one catalog field: its type and flags.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get-fields.html
    """

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""
    name: str
    """Display name of the field."""
    isDynamic: bool
    """Whether the field is a product property."""
    isMultiple: bool
    """Whether the field holds several values."""
    propertyType: str
    """Base type of the property, such as "S" string or "L" list."""
    userType: str
    """Custom type of the property, such as "DateTime"."""


class CatalogCatalogGetFieldsResultCatalog(TypedDict, total=False):
    """Keys of ``result.catalog`` in ``catalog.catalog.getFields``."""

    iblockId: CatalogFieldDescription
    """Type and flags of `iblockId`: ID of the information block that holds the catalog."""
    iblockTypeId: CatalogFieldDescription
    """Type and flags of `iblockTypeId`: type of the information block; "CRM_PRODUCT_CATALOG" for CRM catalogs."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the product catalog."""
    lid: CatalogFieldDescription
    """Type and flags of `lid`: ID of the site; always "s1"."""
    name: CatalogFieldDescription
    """Type and flags of `name`: catalog name."""
    productIblockId: CatalogFieldDescription
    """Type and flags of `productIblockId`: ID of the parent product catalog; set only for a catalog of variations."""
    skuPropertyId: CatalogFieldDescription
    """Type and flags of `skuPropertyId`: ID of the property that stores the parent product ID; set only for a catalog of variations."""
    subscription: CatalogFieldDescription
    """Type and flags of `subscription`: "Y" if the catalog sells content; on-premise only."""
    vatId: CatalogFieldDescription
    """Type and flags of `vatId`: ID of the default VAT rate (catalog.vat.list)."""


class CatalogCatalogGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.catalog.getFields``."""

    catalog: Required[CatalogCatalogGetFieldsResultCatalog]
    """Descriptions of the product catalog fields, keyed by field name."""


class CatalogCatalogGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.catalog.get``."""

    catalog: Required[CatalogCatalog]
    """The product catalog with its fields."""


class CatalogDocument(TypedDict, total=False):
    """An inventory document: receipt, transfer, write-off and the like.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-list.html
    """

    docType: str
    """Document type; see catalog.enum.getStoreDocumentTypes."""
    id: int
    """ID of the document."""
    status: str
    """Status: "N" draft, "Y" posted, "C" cancelled."""
    title: str
    """Name of the document."""
    commentary: str
    """Comment."""
    createdBy: int
    """ID of the user who created the document."""
    currency: str
    """Currency of the document."""
    dateCreate: str
    """Creation time."""
    dateDocument: Any
    """When the document was posted."""
    dateModify: str
    """Time of the last change."""
    dateStatus: str
    """When the status changed."""
    docNumber: str
    """Internal document number; generated when not given."""
    modifiedBy: int
    """ID of the user who last changed the document."""
    responsibleId: int
    """ID of the responsible user."""
    siteId: str
    """Site code; "s1" by default."""
    statusBy: Any
    """ID of the user who changed the status."""
    total: Any
    """Total of the products; calculated on posting, or set by hand."""


class CatalogDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.add``."""

    docType: Required[Literal["A", "S", "M", "R", "D"]]
    """Document type: "A" receipt, "S" stock adjustment, "M" transfer between warehouses, "R" return, "D" write-off."""
    currency: Required[str]
    """Currency of the document, an ISO 4217 code such as "RUB"; cannot be changed after creation."""
    responsibleId: Required[int]
    """ID of the user responsible for the document."""
    siteId: str
    """Code of the site the document belongs to; "s1" by default."""
    dateDocument: datetime.datetime | str
    """Date of the document (ISO 8601)."""
    title: str
    """Document title."""
    commentary: str
    """Comment on the document."""
    total: float
    """Total of the document lines; calculated when the document is posted, but can be set by hand."""
    docNumber: str
    """Internal document number."""
    createdBy: int
    """ID of the user who created the document; defaults to the current user, an administrator may set any."""


class CatalogDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.add``."""

    document: Required[CatalogDocument]
    """The created inventory document with its fields."""


class CatalogDocumentElement(TypedDict, total=False):
    """A product line in an inventory document.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-list.html
    """

    amount: int
    """Quantity."""
    docId: int
    """ID of the inventory document."""
    elementId: int
    """ID of the catalog product."""
    id: int
    """ID of the line."""
    purchasingPrice: int
    """Purchase price."""
    storeFrom: Any
    """ID of the source warehouse (documents that write stock off)."""
    storeTo: int
    """ID of the receiving warehouse (receipts and transfers)."""


class CatalogDocumentElementAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.element.add``."""

    docId: Required[int]
    """ID of the inventory document; it must be in draft status "N"."""
    elementId: Required[int]
    """ID of the catalog product (catalog.product.*)."""
    storeFrom: int
    """ID of the source warehouse (catalog.store.list); used for write-offs and transfers."""
    storeTo: int
    """ID of the receiving warehouse (catalog.store.list); used for receipts and transfers."""
    amount: float
    """Quantity, in the accounting units of the document."""
    purchasingPrice: float
    """Purchase price in the document currency."""


class CatalogDocumentElementAddResultDocumentElement(TypedDict, total=False):
    """Keys of ``result.documentElement`` in ``catalog.document.element.add``."""

    amount: int
    """Quantity, in the accounting units of the document."""
    docId: int
    """ID of the inventory document; it must be in draft status "N"."""
    elementId: int
    """ID of the catalog product (catalog.product.*)."""
    id: int
    """ID of the document line (catalog.document.element.list)."""
    purchasingPrice: float
    """Purchase price in the document currency."""
    storeFrom: Any
    """ID of the source warehouse (catalog.store.list); used for write-offs and transfers."""
    storeTo: int
    """ID of the receiving warehouse (catalog.store.list); used for receipts and transfers."""


class CatalogDocumentElementAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.add``."""

    documentElement: Required[CatalogDocumentElementAddResultDocumentElement]
    """The created document line with its fields."""


class CatalogDocumentElementFieldsResultId(TypedDict, total=False):
    """Keys of ``result.id`` in ``catalog.document.element.fields``."""

    type: str
    """Data type of the field."""
    isRequired: bool
    """True if the field must be filled."""
    isReadOnly: bool
    """True if the field cannot be written."""
    isImmutable: bool
    """True if the field can be set only when the record is created."""
    isMultiple: bool
    """True if the field takes several values."""
    isDynamic: bool
    """True for a custom (user) field."""
    title: str
    """Field title."""


class CatalogDocumentElementFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.fields``."""

    id: Required[CatalogDocumentElementFieldsResultId]
    """Description of one field, keyed by field name (the docs show `id`)."""


class CatalogDocumentElementGetFieldsResultDocumentElement(TypedDict, total=False):
    """Keys of ``result.documentElement`` in ``catalog.document.element.getFields``."""

    amount: CatalogFieldDescription
    """Type and flags of `amount`: quantity, in the accounting units of the document."""
    docId: CatalogFieldDescription
    """Type and flags of `docId`: ID of the inventory document; it must be in draft status "N"."""
    elementId: CatalogFieldDescription
    """Type and flags of `elementId`: ID of the catalog product (catalog.product.*)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the document line (catalog.document.element.list)."""
    purchasingPrice: CatalogFieldDescription
    """Type and flags of `purchasingPrice`: purchase price in the document currency."""
    storeFrom: CatalogFieldDescription
    """Type and flags of `storeFrom`: ID of the source warehouse (catalog.store.list); used for write-offs and transfers."""
    storeTo: CatalogFieldDescription
    """Type and flags of `storeTo`: ID of the receiving warehouse (catalog.store.list); used for receipts and transfers."""


class CatalogDocumentElementGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.getFields``."""

    documentElement: Required[CatalogDocumentElementGetFieldsResultDocumentElement]
    """Descriptions of the document line fields, keyed by field name."""


class CatalogDocumentElementUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.element.update``."""

    storeFrom: int
    """ID of the source warehouse (catalog.store.list); left unchanged when omitted."""
    storeTo: int
    """ID of the receiving warehouse (catalog.store.list); left unchanged when omitted."""
    amount: float
    """Quantity in the accounting units of the document; left unchanged when omitted."""
    purchasingPrice: float
    """Purchase price in the document currency; left unchanged when omitted."""


class CatalogDocumentElementUpdateResultDocumentElement(TypedDict, total=False):
    """Keys of ``result.documentElement`` in ``catalog.document.element.update``."""

    amount: int
    """Quantity, in the accounting units of the document."""
    docId: int
    """ID of the inventory document; it must be in draft status "N"."""
    elementId: int
    """ID of the catalog product (catalog.product.*)."""
    id: int
    """ID of the document line (catalog.document.element.list)."""
    purchasingPrice: int
    """Purchase price in the document currency."""
    storeFrom: Any
    """ID of the source warehouse (catalog.store.list); used for write-offs and transfers."""
    storeTo: int
    """ID of the receiving warehouse (catalog.store.list); used for receipts and transfers."""


class CatalogDocumentElementUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.update``."""

    documentElement: Required[CatalogDocumentElementUpdateResultDocumentElement]
    """The document line after the change."""


class CatalogDocumentFieldsResultId(TypedDict, total=False):
    """Keys of ``result.id`` in ``catalog.document.fields``."""

    type: str
    """Data type of the field."""
    isRequired: bool
    """True if the field must be filled."""
    isReadOnly: bool
    """True if the field cannot be written."""
    isImmutable: bool
    """True if the field can be set only when the record is created."""
    isMultiple: bool
    """True if the field takes several values."""
    isDynamic: bool
    """True for a custom (user) field."""
    title: str
    """Field title."""


class CatalogDocumentFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.fields``."""

    id: Required[CatalogDocumentFieldsResultId]
    """Description of one field, keyed by field name (the docs show `id`)."""


class CatalogDocumentGetFieldsResultDocument(TypedDict, total=False):
    """Keys of ``result.document`` in ``catalog.document.getFields``."""

    commentary: CatalogFieldDescription
    """Type and flags of `commentary`: comment on the document."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the document; defaults to the current user, an administrator may set any."""
    currency: CatalogFieldDescription
    """Type and flags of `currency`: currency of the document, an ISO 4217 code such as "RUB"; cannot be changed after creation."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when the document was created."""
    dateDocument: CatalogFieldDescription
    """Type and flags of `dateDocument`: date of the document (ISO 8601)."""
    dateModify: CatalogFieldDescription
    """Type and flags of `dateModify`: when the document was last changed; defaults to now."""
    dateStatus: CatalogFieldDescription
    """Type and flags of `dateStatus`: when the status last changed."""
    docNumber: CatalogFieldDescription
    """Type and flags of `docNumber`: internal document number."""
    docType: CatalogFieldDescription
    """Type and flags of `docType`: document type: "A" receipt, "S" stock adjustment, "M" transfer between warehouses, "R" return, "D" write-off."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the inventory document (catalog.document.list)."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the document; defaults to the current user, an administrator may set any."""
    responsibleId: CatalogFieldDescription
    """Type and flags of `responsibleId`: ID of the user responsible for the document."""
    siteId: CatalogFieldDescription
    """Type and flags of `siteId`: code of the site the document belongs to; "s1" by default."""
    status: CatalogFieldDescription
    """Type and flags of `status`: status: "N" draft, "Y" posted, "C" canceled; changes when the document is posted or canceled."""
    statusBy: CatalogFieldDescription
    """Type and flags of `statusBy`: ID of the user who last changed the status."""
    title: CatalogFieldDescription
    """Type and flags of `title`: document title."""
    total: CatalogFieldDescription
    """Type and flags of `total`: total of the document lines; calculated when the document is posted, but can be set by hand."""


class CatalogDocumentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.getFields``."""

    document: Required[CatalogDocumentGetFieldsResultDocument]
    """Descriptions of the inventory document fields, keyed by field name."""


class CatalogDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.update``."""

    responsibleId: int
    """ID of the user responsible for the document."""
    dateModify: datetime.datetime | str
    """When the document was last changed; defaults to now."""
    dateDocument: datetime.datetime | str
    """Date of the document (ISO 8601)."""
    total: float
    """Total of the document lines; calculated when the document is posted, but can be set by hand."""
    commentary: str
    """Comment on the document."""
    title: str
    """Document title."""
    docNumber: str
    """Internal document number."""
    modifiedBy: int
    """ID of the user who last changed the document; defaults to the current user, an administrator may set any."""


class CatalogDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.update``."""

    document: Required[CatalogDocument]
    """The inventory document after the change."""


class CatalogDocumentcontractor(TypedDict, total=False):
    """A supplier (contact or company) linked to an inventory document.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-list.html
    """

    documentId: int
    """ID of the inventory document."""
    id: int
    """ID of the link."""
    entityId: int
    """ID of the supplier contact or company."""
    entityTypeId: int
    """Entity type ID: 3 contact, 4 company."""


class CatalogDocumentcontractorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.documentcontractor.add``."""

    documentId: Required[int]
    """ID of the inventory document; must be a receipt ("A")."""
    entityTypeId: Required[int]
    """CRM object type of the supplier: 3 contact, 4 company."""
    entityId: Required[int]
    """ID of the CRM contact or company in the "Supplier" category."""


class CatalogDocumentcontractorAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.documentcontractor.add``."""

    documentContractor: Required[CatalogDocumentcontractor]
    """The created supplier link with its fields."""


class CatalogDocumentcontractorGetFieldsResultDocumentContractor(
    TypedDict, total=False
):
    """Keys of ``result.documentContractor`` in ``catalog.documentcontractor.getFields``."""

    documentId: CatalogFieldDescription
    """Type and flags of `documentId`: ID of the inventory document; must be a receipt ("A")."""
    entityId: CatalogFieldDescription
    """Type and flags of `entityId`: ID of the CRM contact or company in the "Supplier" category."""
    entityTypeId: CatalogFieldDescription
    """Type and flags of `entityTypeId`: CRM object type of the supplier: 3 contact, 4 company."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the supplier link (catalog.documentcontractor.list)."""


class CatalogDocumentcontractorGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.documentcontractor.getFields``."""

    documentContractor: Required[
        CatalogDocumentcontractorGetFieldsResultDocumentContractor
    ]
    """Descriptions of the supplier link fields, keyed by field name."""


class CatalogEnumGetRoundTypesResultEnum(TypedDict, total=False):
    """Keys of ``result.enum`` in ``catalog.enum.getRoundTypes``."""

    id: int
    """Mode code: 1 standard rounding, 2 up, 4 down."""
    name: str
    """Mode name."""


class CatalogEnumGetRoundTypesResult(TypedDict, total=False):
    """Keys of the result of ``catalog.enum.getRoundTypes``."""

    enum: Required[list[CatalogEnumGetRoundTypesResultEnum]]
    """Rounding modes."""


class CatalogEnumGetStoreDocumentTypesResultEnum(TypedDict, total=False):
    """Keys of ``result.enum`` in ``catalog.enum.getStoreDocumentTypes``."""

    id: str
    """Type code, such as "A" or "D"."""
    name: str
    """Type name."""


class CatalogEnumGetStoreDocumentTypesResult(TypedDict, total=False):
    """Keys of the result of ``catalog.enum.getStoreDocumentTypes``."""

    enum: Required[list[CatalogEnumGetStoreDocumentTypesResultEnum]]
    """Document types."""


class CatalogExtra(TypedDict, total=False):
    """A price markup.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get.html
    """

    id: int
    """ID of the markup."""
    name: str
    """Name of the markup."""
    percentage: float
    """Size of the markup in percent."""
    extras: list[dict[str, Any]]
    """Markups in a list answer."""


class CatalogExtraGetFieldsResultExtra(TypedDict, total=False):
    """Keys of ``result.extra`` in ``catalog.extra.getFields``."""

    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the markup."""
    name: CatalogFieldDescription
    """Type and flags of `name`: markup name."""
    percentage: CatalogFieldDescription
    """Type and flags of `percentage`: markup size in percent."""


class CatalogExtraGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.extra.getFields``."""

    extra: Required[CatalogExtraGetFieldsResultExtra]
    """Descriptions of the markup fields, keyed by field name."""


class CatalogExtraGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.extra.get``."""

    extra: Required[CatalogExtra]
    """The markup with its fields."""


class CatalogMeasure(TypedDict, total=False):
    """A unit of measure for products.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html
    """

    code: int
    """Unit code, such as 796."""
    id: int
    """ID of the unit."""
    isDefault: str
    """\"Y" for the default unit of new products."""
    measureTitle: str
    """Name of the unit."""
    symbol: str
    """Symbol, such as "pcs"."""
    symbolIntl: str
    """International symbol."""
    symbolLetterIntl: str
    """International letter code."""
    measure: list[dict[str, Any]]
    """Units in a list answer."""


class CatalogMeasureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.measure.add``."""

    code: Required[int]
    """Unique numeric code of the unit."""
    isDefault: Literal["Y", "N"]
    """\"Y" if new products get this unit by default."""
    measureTitle: Required[str]
    """Unit name."""
    symbol: str
    """Short symbol of the unit."""
    symbolIntl: str
    """International symbol of the unit."""
    symbolLetterIntl: str
    """International letter code of the unit."""


class CatalogMeasureAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.add``."""

    measure: Required[CatalogMeasure]
    """The created unit of measure with its fields."""


class CatalogMeasureGetFieldsResultMeasure(TypedDict, total=False):
    """Keys of ``result.measure`` in ``catalog.measure.getFields``."""

    code: CatalogFieldDescription
    """Type and flags of `code`: unique numeric code of the unit."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the unit of measure."""
    isDefault: CatalogFieldDescription
    """Type and flags of `isDefault`: "Y" if new products get this unit by default."""
    measureTitle: CatalogFieldDescription
    """Type and flags of `measureTitle`: unit name."""
    symbol: CatalogFieldDescription
    """Type and flags of `symbol`: short symbol of the unit."""
    symbolIntl: CatalogFieldDescription
    """Type and flags of `symbolIntl`: international symbol of the unit."""
    symbolLetterIntl: CatalogFieldDescription
    """Type and flags of `symbolLetterIntl`: international letter code of the unit."""


class CatalogMeasureGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.getFields``."""

    measure: Required[CatalogMeasureGetFieldsResultMeasure]
    """Descriptions of the unit of measure fields, keyed by field name."""


class CatalogMeasureGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.get``."""

    measure: Required[CatalogMeasure]
    """The unit of measure with its fields."""


class CatalogMeasureUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.measure.update``."""

    code: int
    """Unique numeric code of the unit."""
    isDefault: Literal["Y", "N"]
    """\"Y" if new products get this unit by default."""
    measureTitle: str
    """Unit name."""
    symbol: str
    """Short symbol of the unit."""
    symbolIntl: str
    """International symbol of the unit."""
    symbolLetterIntl: str
    """International letter code of the unit."""


class CatalogMeasureUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.update``."""

    measure: Required[CatalogMeasure]
    """The unit of measure after the change."""


class CatalogPrice(TypedDict, total=False):
    """A price of a product for one price type.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get.html
    """

    catalogGroupId: int
    """ID of the price type."""
    currency: str
    """Currency of the price."""
    extraId: Any
    """ID of the markup (outdated)."""
    id: int
    """ID of the price."""
    price: float
    """Price value."""
    productId: int
    """ID of the product."""
    quantityFrom: Any
    """Minimum quantity for this price (outdated)."""
    quantityTo: Any
    """Maximum quantity for this price (outdated)."""
    timestampX: str
    """Time of the last change."""


class CatalogPriceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.add``."""

    productId: Required[int]
    """ID of the product, variation or service."""
    catalogGroupId: Required[int]
    """ID of the price type (catalog.priceType.list)."""
    price: Required[float]
    """Price value."""
    currency: Required[str]
    """Currency code (crm.currency.list)."""


class CatalogPriceAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.add``."""

    price: Required[CatalogPrice]
    """The created product price with its fields."""


class CatalogPriceGetFieldsResultPrice(TypedDict, total=False):
    """Keys of ``result.price`` in ``catalog.price.getFields``."""

    catalogGroupId: CatalogFieldDescription
    """Type and flags of `catalogGroupId`: ID of the price type (catalog.priceType.list)."""
    currency: CatalogFieldDescription
    """Type and flags of `currency`: currency code (crm.currency.list)."""
    extraId: CatalogFieldDescription
    """Type and flags of `extraId`: ID of the markup; deprecated."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the price (catalog.price.list)."""
    price: CatalogFieldDescription
    """Type and flags of `price`: price value."""
    priceScale: CatalogFieldDescription
    """Type and flags of `priceScale`: base price value."""
    productId: CatalogFieldDescription
    """Type and flags of `productId`: ID of the product, variation or service."""
    quantityFrom: CatalogFieldDescription
    """Type and flags of `quantityFrom`: minimum quantity the price applies to; deprecated."""
    quantityTo: CatalogFieldDescription
    """Type and flags of `quantityTo`: maximum quantity the price applies to; deprecated."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when the price was last changed."""


class CatalogPriceGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.getFields``."""

    price: Required[CatalogPriceGetFieldsResultPrice]
    """Descriptions of the product price fields, keyed by field name."""


class CatalogPriceGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.get``."""

    price: Required[CatalogPrice]
    """The product price with its fields."""


class CatalogPriceModifyFieldsProductPrices(TypedDict, total=False):
    """Keys of ``fields.product.prices`` in ``catalog.price.modify``."""

    id: int
    """ID of an existing price to update; omit to create a new price."""
    catalogGroupId: Required[int]
    """ID of the price type (catalog.priceType.list)."""
    price: Required[float]
    """Price value."""
    currency: Required[str]
    """Currency code (crm.currency.list)."""


class CatalogPriceModifyFieldsProduct(TypedDict, total=False):
    """Keys of ``fields.product`` in ``catalog.price.modify``."""

    id: Required[int]
    """ID of the product, variation or service."""
    prices: Required[Sequence[CatalogPriceModifyFieldsProductPrices]]
    """Every price the product should have after the call."""


class CatalogPriceModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.modify``."""

    product: Required[CatalogPriceModifyFieldsProduct]
    """The product and its prices."""


class CatalogPriceModifyResultPrices(TypedDict, total=False):
    """Keys of ``result.prices`` in ``catalog.price.modify``."""

    catalogGroupId: int
    """ID of the price type (catalog.priceType.list)."""
    currency: str
    """Currency code (crm.currency.list)."""
    extraId: Any
    """ID of the markup; deprecated."""
    id: int
    """ID of the price (catalog.price.list)."""
    price: int
    """Price value."""
    priceScale: int
    """Base price value."""
    productId: int
    """ID of the product, variation or service."""
    quantityFrom: Any
    """Minimum quantity the price applies to; deprecated."""
    quantityTo: Any
    """Maximum quantity the price applies to; deprecated."""
    timestampX: str
    """When the price was last changed."""


class CatalogPriceModifyResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.modify``."""

    prices: Required[list[CatalogPriceModifyResultPrices]]
    """Prices of the product after the change."""


class CatalogPriceType(TypedDict, total=False):
    """A price type, such as the base or a wholesale price.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get.html
    """

    base: str
    """\"Y" for the base price type."""
    createdBy: int
    """ID of the user who created it."""
    dateCreate: str
    """Creation time."""
    id: int
    """ID of the price type."""
    modifiedBy: int
    """ID of the user who last changed it."""
    name: str
    """Code of the price type."""
    sort: int
    """Sort order."""
    timestampX: str
    """Time of the last change."""
    xmlId: str
    """External code, for syncing with an external system."""
    priceTypes: list[dict[str, Any]]
    """Price types in a list answer."""


class CatalogPriceTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceType.add``."""

    name: Required[str]
    """Code of the price type; use Latin letters only so internal services keep working."""
    base: Literal["Y", "N"]
    """\"Y" for the base price type (only one can exist), "N" otherwise; "N" by default."""
    sort: int
    """Sort position; 100 by default."""
    xmlId: str
    """External code, used to match the price type with an outside system."""


class CatalogPriceTypeAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.add``."""

    priceType: Required[CatalogPriceType]
    """The created price type with its fields."""


class CatalogPriceTypeGetFieldsResultPriceType(TypedDict, total=False):
    """Keys of ``result.priceType`` in ``catalog.priceType.getFields``."""

    base: CatalogFieldDescription
    """Type and flags of `base`: "Y" for the base price type (only one can exist), "N" otherwise; "N" by default."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the price type."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when the price type was created."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the price type (catalog.priceType.list)."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the price type."""
    name: CatalogFieldDescription
    """Type and flags of `name`: code of the price type; use Latin letters only so internal services keep working."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position; 100 by default."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when the price type was last changed."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external code, used to match the price type with an outside system."""


class CatalogPriceTypeGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.getFields``."""

    priceType: Required[CatalogPriceTypeGetFieldsResultPriceType]
    """Descriptions of the price type fields, keyed by field name."""


class CatalogPriceTypeGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.get``."""

    priceType: Required[CatalogPriceType]
    """The price type with its fields."""


class CatalogPriceTypeGroup(TypedDict, total=False):
    """A customer group that may see or buy at a price type.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-list.html
    """

    access: str
    """\"Y" may buy at this price type, "N" may only see it."""
    catalogGroupId: int
    """ID of the price type."""
    groupId: int
    """ID of the customer group."""
    id: int
    """ID of the link."""


class CatalogPriceTypeGroupAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeGroup.add``."""

    catalogGroupId: Required[int]
    """ID of the price type (catalog.priceType.list)."""
    groupId: Required[int]
    """ID of the customer group."""
    access: Required[Literal["Y", "N"]]
    """\"Y" lets the group buy at this price type, "N" only lets it see the price."""


class CatalogPriceTypeGroupAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeGroup.add``."""

    priceTypeGroup: Required[CatalogPriceTypeGroup]
    """The created price type access rule with its fields."""


class CatalogPriceTypeGroupGetFieldsResultPriceTypeGroup(TypedDict, total=False):
    """Keys of ``result.priceTypeGroup`` in ``catalog.priceTypeGroup.getFields``."""

    access: CatalogFieldDescription
    """Type and flags of `access`: "Y" lets the group buy at this price type, "N" only lets it see the price."""
    catalogGroupId: CatalogFieldDescription
    """Type and flags of `catalogGroupId`: ID of the price type (catalog.priceType.list)."""
    groupId: CatalogFieldDescription
    """Type and flags of `groupId`: ID of the customer group."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the rule (catalog.priceTypeGroup.list)."""


class CatalogPriceTypeGroupGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeGroup.getFields``."""

    priceTypeGroup: Required[CatalogPriceTypeGroupGetFieldsResultPriceTypeGroup]
    """Descriptions of the price type access rule fields, keyed by field name."""


class CatalogPriceTypeLang(TypedDict, total=False):
    """The name of a price type in one language.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get.html
    """

    catalogGroupId: int
    """ID of the price type."""
    id: int
    """ID of the translation."""
    lang: str
    """Language ID, such as "en"."""
    name: str
    """Translated name of the price type."""


class CatalogPriceTypeLangAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeLang.add``."""

    catalogGroupId: Required[int]
    """ID of the price type (catalog.priceType.list)."""
    name: Required[str]
    """Translated name of the price type."""
    lang: Required[str]
    """Language code (catalog.priceTypeLang.getLanguages)."""


class CatalogPriceTypeLangAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.add``."""

    priceTypeLang: Required[CatalogPriceTypeLang]
    """The created price type translation with its fields."""


class CatalogPriceTypeLangGetFieldsResultPriceTypeLang(TypedDict, total=False):
    """Keys of ``result.priceTypeLang`` in ``catalog.priceTypeLang.getFields``."""

    catalogGroupId: CatalogFieldDescription
    """Type and flags of `catalogGroupId`: ID of the price type (catalog.priceType.list)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the translation."""
    lang: CatalogFieldDescription
    """Type and flags of `lang`: language code (catalog.priceTypeLang.getLanguages)."""
    name: CatalogFieldDescription
    """Type and flags of `name`: translated name of the price type."""


class CatalogPriceTypeLangGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.getFields``."""

    priceTypeLang: Required[CatalogPriceTypeLangGetFieldsResultPriceTypeLang]
    """Descriptions of the price type translation fields, keyed by field name."""


class CatalogPriceTypeLangGetLanguagesResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.getLanguages``."""

    active: str
    """\"Y" if the language is active."""
    lid: str
    """Language code."""
    name: str
    """Language name."""


class CatalogPriceTypeLangGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.get``."""

    priceTypeLang: Required[CatalogPriceTypeLang]
    """The price type translation with its fields."""


class CatalogPriceTypeLangUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeLang.update``."""

    catalogGroupId: int
    """ID of the price type (catalog.priceType.list)."""
    name: str
    """Translated name of the price type."""
    lang: str
    """Language code (catalog.priceTypeLang.getLanguages)."""


class CatalogPriceTypeLangUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.update``."""

    priceTypeLang: Required[CatalogPriceTypeLang]
    """The price type translation after the change."""


class CatalogPriceTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceType.update``."""

    name: Required[str]
    """Code of the price type; use Latin letters only so internal services keep working."""
    base: Literal["Y", "N"]
    """\"Y" for the base price type (only one can exist), "N" otherwise; "N" by default."""
    sort: int
    """Sort position; 100 by default."""
    xmlId: str
    """External code, used to match the price type with an outside system."""


class CatalogPriceTypeUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.update``."""

    priceType: Required[CatalogPriceType]
    """The price type after the change."""


class CatalogPriceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.update``."""

    price: Required[float]
    """Price value."""
    currency: Required[str]
    """Currency code (crm.currency.list)."""


class CatalogPriceUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.update``."""

    price: Required[CatalogPrice]
    """The product price after the change."""


class CatalogProductDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProduct``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductPreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProduct``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProduct(TypedDict, total=False):
    """A simple product in the trade catalog.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get.html
    """

    active: str
    """\"Y" when the product is active."""
    available: str
    """\"Y" when the product can be bought; read-only."""
    bundle: str
    """\"Y" when the product has a set."""
    canBuyZero: str
    """\"Y" allows buying when out of stock."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created the product."""
    dateActiveFrom: str
    """Start of the active period."""
    dateActiveTo: str
    """End of the active period."""
    dateCreate: str
    """Creation time."""
    detailPicture: CatalogProductDetailPicture
    """Detail image."""
    detailText: Any
    """Full description."""
    detailTextType: str
    """Format of the full description: "text" or "html"."""
    height: int
    """Height."""
    iblockId: int
    """ID of the catalog information block."""
    iblockSectionId: int
    """ID of the catalog section."""
    id: int
    """ID of the product."""
    length: int
    """Length."""
    measure: int
    """ID of the unit of measure."""
    modifiedBy: int
    """ID of the user who last changed the product."""
    name: str
    """Product name."""
    previewPicture: CatalogProductPreviewPicture
    """Preview image."""
    previewText: Any
    """Short description."""
    previewTextType: str
    """Format of the short description: "text" or "html"."""
    purchasingCurrency: str
    """Currency of the purchase price; fixed when inventory management is on."""
    purchasingPrice: str | int
    """Purchase price; fixed when inventory management is on."""
    quantity: int
    """Quantity in stock; fixed when inventory management is on."""
    quantityReserved: int
    """Quantity reserved; fixed when inventory management is on."""
    quantityTrace: str
    """Quantity tracking: "Y" on, "N" off, "D" default."""
    sort: int
    """Sort order."""
    subscribe: str
    """Subscription to the product: "Y" allowed, "N" not, "D" default."""
    timestampX: str
    """Time of the last change; read-only."""
    type: int
    """Product type; read-only: 1 simple product."""
    vatId: int
    """ID of the VAT rate."""
    vatIncluded: str
    """\"Y" when VAT is included in the price."""
    weight: int
    """Weight."""
    width: int
    """Width."""
    xmlId: str
    """External code."""
    barcodeMulti: str
    """\"Y" when each unit has its own barcode."""
    recurSchemeLength: int
    """Length of the payment period (content sales, on-premise only)."""
    recurSchemeType: str
    """Unit of the payment period: "H" hour, "D" day, "W" week, "M" month, "Q" quarter, "S" half-year, "Y" year."""
    trialPriceId: int
    """ID of the product for a trial payment (on-premise only)."""
    withoutOrder: str
    """\"Y" renews without placing an order (on-premise only)."""


class CatalogProductAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.add``."""

    iblockId: Required[int]
    """ID of the catalog information block that holds the product (catalog.catalog.list)."""
    name: Required[str]
    """Name of the product."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    barcodeMulti: Literal["Y", "N"]
    """\"Y" to use a unique barcode for every unit; "N" by default."""
    canBuyZero: Literal["Y", "N"]
    """\"Y" if the product can be bought when out of stock; "N" by default."""
    createdBy: int
    """ID of the user who created the product."""
    modifiedBy: int
    """ID of the user who last changed the product."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the product is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    subscribe: Literal["Y", "N"]
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    height: float
    """Height."""
    length: float
    """Length."""
    weight: float
    """Weight."""
    width: float
    """Width."""
    quantityTrace: Literal["Y", "N"]
    """Stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: float
    """Purchase price; read-only when inventory management is on."""
    quantity: float
    """Quantity in stock; read-only when inventory management is on."""
    quantityReserved: float
    """Reserved quantity; read-only when inventory management is on."""
    recurSchemeLength: int
    """Length of the payment period, 0 by default; on-premise only, for selling content."""
    recurSchemeType: str
    """Unit of the payment period: "H" hour, "D" day, "W" week, "M" month, "Q" quarter, "S" half-year, "Y" year; on-premise only."""
    trialPriceId: int
    """ID of the product used for a trial payment; on-premise only."""
    withoutOrder: Literal["Y", "N"]
    """\"Y" to renew without placing an order; "N" by default, on-premise only."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductAddResultElementDetailPicture(TypedDict, total=False):
    """Keys of ``result.element.detailPicture`` in ``catalog.product.add``."""

    id: str
    """ID of the image file."""
    url: str
    """URL of the file."""
    urlMachine: str
    """URL of the file for machine (REST) access."""


class CatalogProductAddResultElementPreviewPicture(TypedDict, total=False):
    """Keys of ``result.element.previewPicture`` in ``catalog.product.add``."""

    id: str
    """ID of the image file."""
    url: str
    """URL of the file."""
    urlMachine: str
    """URL of the file for machine (REST) access."""


class CatalogProductAddResultElement(TypedDict, total=False):
    """Keys of ``result.element`` in ``catalog.product.add``."""

    active: str
    """\"Y" if active (default), "N" if not."""
    available: str
    """\"Y" if it can be bought; read-only."""
    bundle: str
    """\"Y" if it is a bundle."""
    canBuyZero: str
    """\"Y" if the product can be bought when out of stock; "N" by default."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created the product."""
    dateActiveFrom: str
    """Start of the active period."""
    dateActiveTo: str
    """End of the active period."""
    dateCreate: str
    """When it was created."""
    detailPicture: CatalogProductAddResultElementDetailPicture
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailText: Any
    """Full description."""
    detailTextType: str
    """Format of the full description: "text" (default) or "html"."""
    height: int
    """Height."""
    iblockId: int
    """ID of the catalog information block that holds the product (catalog.catalog.list)."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    id: int
    """ID of the product."""
    length: int
    """Length."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    modifiedBy: int
    """ID of the user who last changed the product."""
    name: str
    """Name of the product."""
    previewPicture: CatalogProductAddResultElementPreviewPicture
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewText: Any
    """Short description."""
    previewTextType: str
    """Format of the short description: "text" (default) or "html"."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: str
    """Purchase price; read-only when inventory management is on."""
    quantity: int
    """Quantity in stock; read-only when inventory management is on."""
    quantityReserved: int
    """Reserved quantity; read-only when inventory management is on."""
    quantityTrace: str
    """Stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    sort: int
    """Sort position."""
    subscribe: str
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    timestampX: str
    """When it was last changed; read-only."""
    type: int
    """Product type: 1 simple product; read-only."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: str
    """\"Y" if VAT is included in the price; "N" by default."""
    weight: int
    """Weight."""
    width: int
    """Width."""
    xmlId: str
    """External code."""


class CatalogProductAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.add``."""

    element: Required[CatalogProductAddResultElement]
    """The created product."""


class CatalogProductDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.download``."""

    fileId: Required[int]
    """ID of the file, as returned by the get or list call of the product."""
    productId: Required[int]
    """ID of the product."""
    fieldName: Required[str]
    """Field that holds the file: "DETAIL_PICTURE", "PREVIEW_PICTURE" (old product card) or "PROPERTY_N" (N is a property ID or code)."""


class CatalogProductGetFieldsByFilterResultProduct(TypedDict, total=False):
    """Keys of ``result.product`` in ``catalog.product.getFieldsByFilter``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if active (default), "N" if not."""
    available: CatalogFieldDescription
    """Type and flags of `available`: "Y" if it can be bought; read-only."""
    bundle: CatalogFieldDescription
    """Type and flags of `bundle`: "Y" if it is a bundle."""
    canBuyZero: CatalogFieldDescription
    """Type and flags of `canBuyZero`: "Y" if the product can be bought when out of stock; "N" by default."""
    code: CatalogFieldDescription
    """Type and flags of `code`: symbolic code."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the product."""
    dateActiveFrom: CatalogFieldDescription
    """Type and flags of `dateActiveFrom`: start of the active period."""
    dateActiveTo: CatalogFieldDescription
    """Type and flags of `dateActiveTo`: end of the active period."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when it was created."""
    detailPicture: CatalogFieldDescription
    """Type and flags of `detailPicture`: detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailText: CatalogFieldDescription
    """Type and flags of `detailText`: full description."""
    detailTextType: CatalogFieldDescription
    """Type and flags of `detailTextType`: format of the full description: "text" (default) or "html"."""
    height: CatalogFieldDescription
    """Type and flags of `height`: height."""
    iblockId: CatalogFieldDescription
    """Type and flags of `iblockId`: ID of the catalog information block that holds the product (catalog.catalog.list)."""
    iblockSectionId: CatalogFieldDescription
    """Type and flags of `iblockSectionId`: ID of the main catalog section (catalog.section.list)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the product."""
    length: CatalogFieldDescription
    """Type and flags of `length`: length."""
    measure: CatalogFieldDescription
    """Type and flags of `measure`: ID of the unit of measure (catalog.measure.list)."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the product."""
    name: CatalogFieldDescription
    """Type and flags of `name`: name of the product."""
    negativeAmountTrace: CatalogFieldDescription
    """Type and flags of `negativeAmountTrace`: setting for tracking negative stock."""
    previewPicture: CatalogFieldDescription
    """Type and flags of `previewPicture`: preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewText: CatalogFieldDescription
    """Type and flags of `previewText`: short description."""
    previewTextType: CatalogFieldDescription
    """Type and flags of `previewTextType`: format of the short description: "text" (default) or "html"."""
    priceType: CatalogFieldDescription
    """Type and flags of `priceType`: price type setting of the product."""
    purchasingCurrency: CatalogFieldDescription
    """Type and flags of `purchasingCurrency`: currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: CatalogFieldDescription
    """Type and flags of `purchasingPrice`: purchase price; read-only when inventory management is on."""
    quantity: CatalogFieldDescription
    """Type and flags of `quantity`: quantity in stock; read-only when inventory management is on."""
    quantityReserved: CatalogFieldDescription
    """Type and flags of `quantityReserved`: reserved quantity; read-only when inventory management is on."""
    quantityTrace: CatalogFieldDescription
    """Type and flags of `quantityTrace`: stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position."""
    subscribe: CatalogFieldDescription
    """Type and flags of `subscribe`: "Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when it was last changed; read-only."""
    type: CatalogFieldDescription
    """Type and flags of `type`: product type: 1 simple product; read-only."""
    vatId: CatalogFieldDescription
    """Type and flags of `vatId`: ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: CatalogFieldDescription
    """Type and flags of `vatIncluded`: "Y" if VAT is included in the price; "N" by default."""
    weight: CatalogFieldDescription
    """Type and flags of `weight`: weight."""
    width: CatalogFieldDescription
    """Type and flags of `width`: width."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external code."""


class CatalogProductGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.getFieldsByFilter``."""

    product: Required[CatalogProductGetFieldsByFilterResultProduct]
    """Descriptions of the product fields, keyed by field name."""


class CatalogProductGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.get``."""

    product: Required[CatalogProduct]
    """The product with its fields."""


class CatalogProductImage(TypedDict, total=False):
    """An image of a product.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get.html
    """

    createTime: str
    """Creation time."""
    detailUrl: str
    """Link to the image."""
    downloadUrl: str
    """Download link signed with the current access token."""
    id: int
    """ID of the image."""
    name: str
    """Name of the image."""
    productId: int
    """ID of the product."""
    type: str
    """Image kind, such as "DETAIL_PICTURE", "PREVIEW_PICTURE" or "MORE_PHOTO"."""


class CatalogProductImageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productImage.add``."""

    productId: Required[int]
    """ID of the product, parent product, variation or service."""
    type: str
    """Where the image goes: "DETAIL_PICTURE" or "PREVIEW_PICTURE" (old product card) or "MORE_PHOTO" (the default)."""


class CatalogProductImageAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productImage.add``."""

    productImage: Required[CatalogProductImage]
    """The created product image with its fields."""


class CatalogProductImageGetFieldsResultProductImage(TypedDict, total=False):
    """Keys of ``result.productImage`` in ``catalog.productImage.getFields``."""

    createTime: CatalogFieldDescription
    """Type and flags of `createTime`: when the image was added."""
    detailUrl: CatalogFieldDescription
    """Type and flags of `detailUrl`: link to the image."""
    downloadUrl: CatalogFieldDescription
    """Type and flags of `downloadUrl`: download link, signed with the current access token."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the image."""
    name: CatalogFieldDescription
    """Type and flags of `name`: image name."""
    productId: CatalogFieldDescription
    """Type and flags of `productId`: ID of the product, parent product, variation or service."""
    type: CatalogFieldDescription
    """Type and flags of `type`: where the image goes: "DETAIL_PICTURE" or "PREVIEW_PICTURE" (old product card) or "MORE_PHOTO" (the default)."""


class CatalogProductImageGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productImage.getFields``."""

    productImage: Required[CatalogProductImageGetFieldsResultProductImage]
    """Descriptions of the product image fields, keyed by field name."""


class CatalogProductImageGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productImage.get``."""

    productImage: Required[CatalogProductImage]
    """The product image with its fields."""


class CatalogProductOfferDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProductOffer``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductOfferParentId(TypedDict, total=False):
    """Keys of ``parentId`` in ``CatalogProductOffer``."""

    value: str
    """ID of the parent product."""
    valueId: str
    """ID of the property value that stores the link."""


class CatalogProductOfferPreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProductOffer``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductOffer(TypedDict, total=False):
    """A product variation (offer) linked to a parent product.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get.html
    """

    active: str
    """\"Y" when the variation is active."""
    available: str
    """\"Y" when the variation can be bought; read-only."""
    bundle: str
    """\"Y" when the product has a set."""
    canBuyZero: str
    """\"Y" allows buying the variation when out of stock."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created the variation."""
    dateActiveFrom: str
    """Start of the active period."""
    dateActiveTo: str
    """End of the active period."""
    dateCreate: str
    """Creation time."""
    detailPicture: CatalogProductOfferDetailPicture
    """Detail image."""
    detailText: Any
    """Full description."""
    detailTextType: str
    """Format of the full description: "text" or "html"."""
    height: int
    """Height."""
    iblockId: int
    """ID of the catalog information block."""
    iblockSectionId: Any
    """ID of the catalog section."""
    id: int
    """ID of the variation."""
    length: int
    """Length."""
    measure: int
    """ID of the unit of measure."""
    modifiedBy: int
    """ID of the user who last changed the variation."""
    name: str
    """Name of the variation."""
    parentId: CatalogProductOfferParentId
    """Parent product of the variation."""
    previewPicture: CatalogProductOfferPreviewPicture
    """Preview image."""
    previewText: Any
    """Short description."""
    previewTextType: str
    """Format of the short description: "text" or "html"."""
    purchasingCurrency: str
    """Currency of the purchase price; fixed when inventory management is on."""
    purchasingPrice: str | int
    """Purchase price; fixed when inventory management is on."""
    quantity: int
    """Quantity in stock; fixed when inventory management is on."""
    quantityReserved: int
    """Quantity reserved; fixed when inventory management is on."""
    quantityTrace: str
    """Quantity tracking: "Y" on, "N" off, "D" default."""
    sort: int
    """Sort order."""
    subscribe: str
    """Subscription to the product: "Y" allowed, "N" not, "D" default."""
    timestampX: str
    """Time of the last change; read-only."""
    type: int
    """Product type; read-only: 4 variation, 5 variation without a parent product."""
    vatId: int
    """ID of the VAT rate."""
    vatIncluded: str
    """\"Y" when VAT is included in the price."""
    weight: int
    """Weight."""
    width: int
    """Width."""
    xmlId: str
    """External code."""
    barcodeMulti: str
    """\"Y" when each unit has its own barcode."""
    recurSchemeLength: Any
    """Length of the payment period (content sales, on-premise only)."""
    recurSchemeType: str
    """Unit of the payment period: "H" hour, "D" day, "W" week, "M" month, "Q" quarter, "S" half-year, "Y" year."""
    trialPriceId: Any
    """ID of the product for a trial payment (on-premise only)."""
    withoutOrder: str
    """\"Y" renews without placing an order (on-premise only)."""


class CatalogProductOfferAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.add``."""

    iblockId: Required[int]
    """ID of the catalog information block that holds the variation (catalog.catalog.list)."""
    name: Required[str]
    """Name of the variation."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    barcodeMulti: Literal["Y", "N"]
    """\"Y" to use a unique barcode for every unit; "N" by default."""
    canBuyZero: Literal["Y", "N"]
    """\"Y" if the variation can be bought when out of stock; "N" by default."""
    createdBy: int
    """ID of the user who created the variation."""
    modifiedBy: int
    """ID of the user who last changed the variation."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the variation is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    subscribe: Literal["Y", "N", "D"]
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    height: float
    """Height."""
    length: float
    """Length."""
    weight: float
    """Weight."""
    width: float
    """Width."""
    quantityTrace: Literal["Y", "N", "D"]
    """Stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: float
    """Purchase price; read-only when inventory management is on."""
    quantity: float
    """Quantity in stock; read-only when inventory management is on."""
    quantityReserved: float
    """Reserved quantity; read-only when inventory management is on."""
    recurSchemeLength: int
    """Length of the payment period, 0 by default; on-premise only, for selling content."""
    recurSchemeType: Literal["H", "D", "W", "M", "Q", "S", "Y"]
    """Unit of the payment period: "H" hour, "D" day, "W" week, "M" month, "Q" quarter, "S" half-year, "Y" year; on-premise only."""
    trialPriceId: int
    """ID of the product used for a trial payment; on-premise only."""
    withoutOrder: Literal["Y", "N"]
    """\"Y" to renew without placing an order; "N" by default, on-premise only."""
    parentId: int
    """ID of the parent product (catalog.product.sku.list)."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductOfferAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.add``."""

    offer: Required[CatalogProductOffer]
    """The created variation with its fields."""


class CatalogProductOfferDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.download``."""

    fileId: Required[int]
    """ID of the file, as returned by the get or list call of the variation."""
    productId: Required[int]
    """ID of the variation."""
    fieldName: Required[str]
    """Field that holds the file: "DETAIL_PICTURE", "PREVIEW_PICTURE" (old product card) or "PROPERTY_N" (N is a property ID or code)."""


class CatalogProductOfferGetFieldsByFilterResultOffer(TypedDict, total=False):
    """Keys of ``result.offer`` in ``catalog.product.offer.getFieldsByFilter``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if active (default), "N" if not."""
    available: CatalogFieldDescription
    """Type and flags of `available`: "Y" if it can be bought; read-only."""
    bundle: CatalogFieldDescription
    """Type and flags of `bundle`: "Y" if it is a bundle."""
    canBuyZero: CatalogFieldDescription
    """Type and flags of `canBuyZero`: "Y" if the variation can be bought when out of stock; "N" by default."""
    code: CatalogFieldDescription
    """Type and flags of `code`: symbolic code."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the variation."""
    dateActiveFrom: CatalogFieldDescription
    """Type and flags of `dateActiveFrom`: start of the active period."""
    dateActiveTo: CatalogFieldDescription
    """Type and flags of `dateActiveTo`: end of the active period."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when it was created."""
    detailPicture: CatalogFieldDescription
    """Type and flags of `detailPicture`: detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailText: CatalogFieldDescription
    """Type and flags of `detailText`: full description."""
    detailTextType: CatalogFieldDescription
    """Type and flags of `detailTextType`: format of the full description: "text" (default) or "html"."""
    height: CatalogFieldDescription
    """Type and flags of `height`: height."""
    iblockId: CatalogFieldDescription
    """Type and flags of `iblockId`: ID of the catalog information block that holds the variation (catalog.catalog.list)."""
    iblockSectionId: CatalogFieldDescription
    """Type and flags of `iblockSectionId`: ID of the main catalog section (catalog.section.list)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the variation."""
    length: CatalogFieldDescription
    """Type and flags of `length`: length."""
    measure: CatalogFieldDescription
    """Type and flags of `measure`: ID of the unit of measure (catalog.measure.list)."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the variation."""
    name: CatalogFieldDescription
    """Type and flags of `name`: name of the variation."""
    negativeAmountTrace: CatalogFieldDescription
    """Type and flags of `negativeAmountTrace`: setting for tracking negative stock."""
    parentId: CatalogFieldDescription
    """Type and flags of `parentId`: ID of the parent product (catalog.product.sku.list)."""
    previewPicture: CatalogFieldDescription
    """Type and flags of `previewPicture`: preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewText: CatalogFieldDescription
    """Type and flags of `previewText`: short description."""
    previewTextType: CatalogFieldDescription
    """Type and flags of `previewTextType`: format of the short description: "text" (default) or "html"."""
    priceType: CatalogFieldDescription
    """Type and flags of `priceType`: price type setting of the product."""
    purchasingCurrency: CatalogFieldDescription
    """Type and flags of `purchasingCurrency`: currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: CatalogFieldDescription
    """Type and flags of `purchasingPrice`: purchase price; read-only when inventory management is on."""
    quantity: CatalogFieldDescription
    """Type and flags of `quantity`: quantity in stock; read-only when inventory management is on."""
    quantityReserved: CatalogFieldDescription
    """Type and flags of `quantityReserved`: reserved quantity; read-only when inventory management is on."""
    quantityTrace: CatalogFieldDescription
    """Type and flags of `quantityTrace`: stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position."""
    subscribe: CatalogFieldDescription
    """Type and flags of `subscribe`: "Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when it was last changed; read-only."""
    type: CatalogFieldDescription
    """Type and flags of `type`: product type: 4 variation, 5 variation without a parent product; read-only."""
    vatId: CatalogFieldDescription
    """Type and flags of `vatId`: ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: CatalogFieldDescription
    """Type and flags of `vatIncluded`: "Y" if VAT is included in the price; "N" by default."""
    weight: CatalogFieldDescription
    """Type and flags of `weight`: weight."""
    width: CatalogFieldDescription
    """Type and flags of `width`: width."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external code."""


class CatalogProductOfferGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.getFieldsByFilter``."""

    offer: Required[CatalogProductOfferGetFieldsByFilterResultOffer]
    """Descriptions of the variation fields, keyed by field name."""


class CatalogProductOfferGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.get``."""

    offer: Required[CatalogProductOffer]
    """The variation with its fields."""


class CatalogProductOfferUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.update``."""

    name: str
    """Name of the variation."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    barcodeMulti: Literal["Y", "N"]
    """\"Y" to use a unique barcode for every unit; "N" by default."""
    canBuyZero: Literal["Y", "N"]
    """\"Y" if the variation can be bought when out of stock; "N" by default."""
    createdBy: int
    """ID of the user who created the variation."""
    modifiedBy: int
    """ID of the user who last changed the variation."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the variation is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    subscribe: Literal["Y", "N", "D"]
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    height: float
    """Height."""
    length: float
    """Length."""
    weight: float
    """Weight."""
    width: float
    """Width."""
    quantityTrace: Literal["Y", "N", "D"]
    """Stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: float
    """Purchase price; read-only when inventory management is on."""
    quantity: float
    """Quantity in stock; read-only when inventory management is on."""
    quantityReserved: float
    """Reserved quantity; read-only when inventory management is on."""
    recurSchemeLength: int
    """Length of the payment period, 0 by default; on-premise only, for selling content."""
    recurSchemeType: Literal["H", "D", "W", "M", "Q", "S", "Y"]
    """Unit of the payment period: "H" hour, "D" day, "W" week, "M" month, "Q" quarter, "S" half-year, "Y" year; on-premise only."""
    trialPriceId: int
    """ID of the product used for a trial payment; on-premise only."""
    withoutOrder: Literal["Y", "N"]
    """\"Y" to renew without placing an order; "N" by default, on-premise only."""
    parentId: dict[str, Any]
    """Parent product as {value: parent product ID, valueId: ID of the property value}."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""
    iblockId: int
    """ID of the catalog information block that holds the variation (catalog.catalog.list)."""


class CatalogProductOfferUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.update``."""

    offer: Required[CatalogProductOffer]
    """The variation after the change."""


class CatalogProductPropertyActive(TypedDict, total=False):
    """Keys of ``active`` in ``CatalogProductProperty``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class CatalogProductProperty(TypedDict, total=False):
    """A product or variation property, such as a color or size.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html
    """

    active: str | CatalogProductPropertyActive
    """\"Y" when the property is active (or its field description)."""
    code: Any
    """Symbolic code."""
    colCount: int
    """Number of columns in the input box."""
    defaultValue: Any
    """Default value."""
    fileType: Any
    """File extensions allowed (file properties)."""
    filtrable: str
    """\"Y" when the property takes part in filtering."""
    hint: Any
    """Hint for the field."""
    iblockId: int
    """ID of the catalog."""
    id: int
    """ID of the property."""
    isRequired: str
    """\"Y" when a value is required."""
    linkIblockId: Any
    """ID of the linked information block."""
    listType: str
    """Appearance of the list."""
    multiple: str
    """\"Y" when several values are allowed."""
    multipleCnt: Any
    """Number of input boxes for multiple values."""
    name: str
    """Property name."""
    propertyType: str
    """Base type: "N" number, "S" string, "L" list, "F" file, "E" link to elements, "G" link to sections."""
    rowCount: int
    """Number of rows in the input box."""
    searchable: str
    """\"Y" when the property takes part in search."""
    sort: Any
    """Sort order."""
    timestampX: str
    """Time of the last change."""
    userType: Any
    """Custom type within the base type, such as "DateTime" or "Money"."""
    userTypeSettings: Any
    """Settings of the custom type."""
    withDescription: Any
    """\"Y" stores a description with each value."""
    xmlId: Any
    """External ID."""


class CatalogProductPropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productProperty.add``."""

    iblockId: Required[int]
    """ID of the product catalog the property belongs to (catalog.catalog.list)."""
    name: Required[str]
    """Property name."""
    propertyType: Required[Literal["N", "S", "L", "F", "E", "G"]]
    """Base type: "N" number, "S" string, "L" list, "F" file, "E" link to elements, "G" link to sections."""
    active: Literal["Y", "N"]
    """\"Y" if the property is active, "N" if not."""
    sort: int
    """Sort position."""
    code: str
    """Symbolic code: Latin letters, digits and underscores, not starting with a digit."""
    defaultValue: str
    """Default value."""
    userType: str
    """Custom type matching propertyType, such as "DateTime", "Money", "directory", "employee" or "SKU"."""
    rowCount: int
    """Number of rows of the input field."""
    colCount: int
    """Number of columns of the input field."""
    listType: Literal["L", "C"]
    """Look of a list property: "L" drop-down, "C" checkboxes."""
    multiple: Literal["Y", "N"]
    """\"Y" if the property takes several values."""
    xmlId: str
    """External ID of the property."""
    fileType: str
    """File extensions allowed for an "F" property."""
    multipleCnt: int
    """Number of inputs shown for a multiple property."""
    linkIblockId: int
    """ID of the linked information block (catalog.catalog.list)."""
    withDescription: Literal["Y", "N"]
    """\"Y" to store a description with each value."""
    searchable: Literal["Y", "N"]
    """\"Y" if the property takes part in search."""
    filtrable: Literal["Y", "N"]
    """\"Y" if the property can be used in filters."""
    isRequired: Literal["Y", "N"]
    """\"Y" if a value is mandatory."""
    hint: str
    """Hint shown next to the field."""
    userTypeSettings: dict[str, Any]
    """Settings of the custom type; scalar values and nested objects of scalars only."""


class CatalogProductPropertyAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.add``."""

    productProperty: Required[CatalogProductProperty]
    """The created product property with its fields."""


CatalogProductPropertyEnum = TypedDict(
    "CatalogProductPropertyEnum",
    {
        "def": str,
        "id": int,
        "propertyId": int,
        "sort": int,
        "value": str,
        "xmlId": str,
    },
    total=False,
)


CatalogProductPropertyEnumAddFields = TypedDict(
    "CatalogProductPropertyEnumAddFields",
    {
        "propertyId": Required[int],
        "value": Required[str],
        "xmlId": Required[str],
        "def": Literal["Y", "N"],
        "sort": int,
    },
    total=False,
)


class CatalogProductPropertyEnumAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyEnum.add``."""

    productPropertyEnum: Required[CatalogProductPropertyEnum]
    """The created list value with its fields."""


CatalogProductPropertyEnumGetFieldsResultProductPropertyEnum = TypedDict(
    "CatalogProductPropertyEnumGetFieldsResultProductPropertyEnum",
    {
        "def": CatalogFieldDescription,
        "id": CatalogFieldDescription,
        "propertyId": CatalogFieldDescription,
        "sort": CatalogFieldDescription,
        "value": CatalogFieldDescription,
        "xmlId": CatalogFieldDescription,
    },
    total=False,
)


class CatalogProductPropertyEnumGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyEnum.getFields``."""

    productPropertyEnum: Required[
        CatalogProductPropertyEnumGetFieldsResultProductPropertyEnum
    ]
    """Descriptions of the list value fields, keyed by field name."""


class CatalogProductPropertyEnumGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyEnum.get``."""

    productPropertyEnum: Required[CatalogProductPropertyEnum]
    """The list value with its fields."""


CatalogProductPropertyEnumUpdateFields = TypedDict(
    "CatalogProductPropertyEnumUpdateFields",
    {
        "propertyId": Required[int],
        "value": Required[str],
        "xmlId": Required[str],
        "def": Literal["Y", "N"],
        "sort": int,
    },
    total=False,
)


class CatalogProductPropertyEnumUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyEnum.update``."""

    productPropertyEnum: Required[CatalogProductPropertyEnum]
    """The list value after the change."""


class CatalogProductPropertyFeature(TypedDict, total=False):
    """An extra option (feature) switched on or off for a product property.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get.html
    """

    featureId: str
    """Code of the option."""
    id: int
    """ID of the option."""
    isEnabled: str
    """\"Y" when the option is on."""
    moduleId: str
    """Module the option belongs to."""
    propertyId: int
    """ID of the property."""


class CatalogProductPropertyFeatureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertyFeature.add``."""

    propertyId: Required[int]
    """ID of the product or variation property (catalog.productProperty.list)."""
    moduleId: Required[str]
    """ID of the module the feature belongs to (catalog.productPropertyFeature.getAvailableFeaturesByProperty)."""
    featureId: Required[str]
    """Code of the feature (catalog.productPropertyFeature.getAvailableFeaturesByProperty)."""
    isEnabled: Required[Literal["Y", "N"]]
    """\"Y" if the feature is on, "N" if off."""


class CatalogProductPropertyFeatureAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.add``."""

    productPropertyFeature: Required[CatalogProductPropertyFeature]
    """The created property feature with its fields."""


class CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult(
    TypedDict, total=False
):
    """Keys of the result of ``catalog.productPropertyFeature.getAvailableFeaturesByProperty``."""

    features: Required[list[Any]]
    """Available features, each {featureId, featureName, moduleId}."""


class CatalogProductPropertyFeatureGetFieldsResultProductPropertyFeature(
    TypedDict, total=False
):
    """Keys of ``result.productPropertyFeature`` in ``catalog.productPropertyFeature.getFields``."""

    featureId: CatalogFieldDescription
    """Type and flags of `featureId`: code of the feature (catalog.productPropertyFeature.getAvailableFeaturesByProperty)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the property feature (catalog.productPropertyFeature.list)."""
    isEnabled: CatalogFieldDescription
    """Type and flags of `isEnabled`: "Y" if the feature is on, "N" if off."""
    moduleId: CatalogFieldDescription
    """Type and flags of `moduleId`: ID of the module the feature belongs to (catalog.productPropertyFeature.getAvailableFeaturesByProperty)."""
    propertyId: CatalogFieldDescription
    """Type and flags of `propertyId`: ID of the product or variation property (catalog.productProperty.list)."""


class CatalogProductPropertyFeatureGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.getFields``."""

    productPropertyFeature: Required[
        CatalogProductPropertyFeatureGetFieldsResultProductPropertyFeature
    ]
    """Descriptions of the property feature fields, keyed by field name."""


class CatalogProductPropertyFeatureGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.get``."""

    productPropertyFeature: Required[CatalogProductPropertyFeature]
    """The property feature with its fields."""


class CatalogProductPropertyFeatureUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertyFeature.update``."""

    propertyId: Required[int]
    """ID of the product or variation property (catalog.productProperty.list)."""
    moduleId: Required[str]
    """ID of the module the feature belongs to (catalog.productPropertyFeature.getAvailableFeaturesByProperty)."""
    featureId: Required[str]
    """Code of the feature (catalog.productPropertyFeature.getAvailableFeaturesByProperty)."""
    isEnabled: Required[Literal["Y", "N"]]
    """\"Y" if the feature is on, "N" if off."""


class CatalogProductPropertyFeatureUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.update``."""

    productPropertyFeature: Required[CatalogProductPropertyFeature]
    """The property feature after the change."""


class CatalogProductPropertyGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.getFields``."""

    productProperty: Required[CatalogProductProperty]
    """Descriptions of the product property fields, keyed by field name."""


class CatalogProductPropertyGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.get``."""

    productProperty: Required[CatalogProductProperty]
    """The product property with its fields."""


class CatalogProductPropertySection(TypedDict, total=False):
    """How a product property shows in the smart filter of a section.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-get.html
    """

    displayExpanded: str
    """\"Y" shows the property expanded in the filter."""
    displayType: str
    """Control in the smart filter: "F" checkboxes, "K" radio buttons, "P" drop-down."""
    filterHint: str
    """Hint shown to visitors in the smart filter."""
    propertyId: int | str
    """ID of the property."""
    smartFilter: str
    """\"Y" shows the property in the smart filter."""
    iblockId: str
    """ID of the catalog."""
    sectionId: str
    """ID of the catalog section; 0 for settings common to all sections."""


class CatalogProductPropertySectionGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertySection.get``."""

    productPropertySection: Required[CatalogProductPropertySection]
    """Smart filter settings of the property."""


class CatalogProductPropertySectionSetFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertySection.set``."""

    smartFilter: Literal["Y", "N"]
    """\"Y" to show the property in the smart filter."""
    displayType: Literal["F", "K", "P"]
    """Look in the smart filter: "F" checkboxes, "K" radio buttons, "P" drop-down."""
    displayExpanded: Literal["Y", "N"]
    """\"Y" to show the property expanded in the filter."""
    filterHint: str
    """Hint for visitors in the smart filter."""


class CatalogProductPropertySectionSetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertySection.set``."""

    productPropertySection: Required[CatalogProductPropertySection]
    """Smart filter settings after the change."""


class CatalogProductPropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productProperty.update``."""

    iblockId: Required[int]
    """ID of the product catalog the property belongs to (catalog.catalog.list)."""
    name: str
    """Property name."""
    propertyType: str
    """Base type of the property; cannot be changed."""
    active: Literal["Y", "N"]
    """\"Y" if the property is active, "N" if not."""
    sort: int
    """Sort position."""
    code: str
    """Symbolic code: Latin letters, digits and underscores, not starting with a digit."""
    defaultValue: str
    """Default value."""
    userType: str
    """Custom type of the property; cannot be changed."""
    rowCount: int
    """Number of rows of the input field."""
    colCount: int
    """Number of columns of the input field."""
    listType: Literal["L", "C"]
    """Look of a list property: "L" drop-down, "C" checkboxes."""
    multiple: Literal["Y", "N"]
    """\"Y" if the property takes several values."""
    xmlId: str
    """External ID of the property."""
    fileType: str
    """File extensions allowed for an "F" property."""
    multipleCnt: int
    """Number of inputs shown for a multiple property."""
    linkIblockId: int
    """ID of the linked information block (catalog.catalog.list)."""
    withDescription: Literal["Y", "N"]
    """\"Y" to store a description with each value."""
    searchable: Literal["Y", "N"]
    """\"Y" if the property takes part in search."""
    filtrable: Literal["Y", "N"]
    """\"Y" if the property can be used in filters."""
    isRequired: Literal["Y", "N"]
    """\"Y" if a value is mandatory."""
    hint: str
    """Hint shown next to the field."""
    userTypeSettings: dict[str, Any]
    """Settings of the custom type; scalar values and nested objects of scalars only."""


class CatalogProductPropertyUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.update``."""

    productProperty: Required[CatalogProductProperty]
    """The product property after the change."""


class CatalogProductServiceDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProductService``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductServicePreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProductService``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductService(TypedDict, total=False):
    """A service in the trade catalog.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get.html
    """

    active: str
    """\"Y" when the service is active."""
    available: str
    """\"Y" when the service can be bought; read-only."""
    bundle: str
    """\"Y" when the product has a set."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created the service."""
    dateActiveFrom: str
    """Start of the active period."""
    dateActiveTo: str
    """End of the active period."""
    dateCreate: str
    """Creation time."""
    detailPicture: CatalogProductServiceDetailPicture
    """Detail image."""
    detailText: Any
    """Full description."""
    detailTextType: str
    """Format of the full description: "text" or "html"."""
    iblockId: int
    """ID of the catalog information block."""
    iblockSectionId: int
    """ID of the catalog section."""
    id: int
    """ID of the service."""
    modifiedBy: int
    """ID of the user who last changed the service."""
    name: str
    """Name of the service."""
    previewPicture: CatalogProductServicePreviewPicture
    """Preview image."""
    previewText: Any
    """Short description."""
    previewTextType: str
    """Format of the short description: "text" or "html"."""
    sort: int
    """Sort order."""
    timestampX: str
    """Time of the last change; read-only."""
    type: int
    """Product type; read-only: 7 service."""
    vatId: int
    """ID of the VAT rate."""
    vatIncluded: str
    """\"Y" when VAT is included in the price."""
    xmlId: str
    """External code."""


class CatalogProductServiceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.add``."""

    iblockId: Required[int]
    """ID of the catalog information block that holds the service (catalog.catalog.list)."""
    name: Required[str]
    """Name of the service."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    createdBy: int
    """ID of the user who created the service."""
    modifiedBy: int
    """ID of the user who last changed the service."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the service is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductServiceAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.add``."""

    service: Required[CatalogProductService]
    """The created service with its fields."""


class CatalogProductServiceDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.download``."""

    fileId: Required[int]
    """ID of the file, as returned by the get or list call of the service."""
    productId: Required[int]
    """ID of the service."""
    fieldName: Required[str]
    """Field that holds the file: "DETAIL_PICTURE", "PREVIEW_PICTURE" (old product card) or "PROPERTY_N" (N is a property ID or code)."""


class CatalogProductServiceGetFieldsByFilterResultService(TypedDict, total=False):
    """Keys of ``result.service`` in ``catalog.product.service.getFieldsByFilter``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if active (default), "N" if not."""
    available: CatalogFieldDescription
    """Type and flags of `available`: "Y" if it can be bought; read-only."""
    bundle: CatalogFieldDescription
    """Type and flags of `bundle`: "Y" if it is a bundle."""
    code: CatalogFieldDescription
    """Type and flags of `code`: symbolic code."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the service."""
    dateActiveFrom: CatalogFieldDescription
    """Type and flags of `dateActiveFrom`: start of the active period."""
    dateActiveTo: CatalogFieldDescription
    """Type and flags of `dateActiveTo`: end of the active period."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when it was created."""
    detailPicture: CatalogFieldDescription
    """Type and flags of `detailPicture`: detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailText: CatalogFieldDescription
    """Type and flags of `detailText`: full description."""
    detailTextType: CatalogFieldDescription
    """Type and flags of `detailTextType`: format of the full description: "text" (default) or "html"."""
    iblockId: CatalogFieldDescription
    """Type and flags of `iblockId`: ID of the catalog information block that holds the service (catalog.catalog.list)."""
    iblockSectionId: CatalogFieldDescription
    """Type and flags of `iblockSectionId`: ID of the main catalog section (catalog.section.list)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the service."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the service."""
    name: CatalogFieldDescription
    """Type and flags of `name`: name of the service."""
    previewPicture: CatalogFieldDescription
    """Type and flags of `previewPicture`: preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewText: CatalogFieldDescription
    """Type and flags of `previewText`: short description."""
    previewTextType: CatalogFieldDescription
    """Type and flags of `previewTextType`: format of the short description: "text" (default) or "html"."""
    priceType: CatalogFieldDescription
    """Type and flags of `priceType`: price type setting of the product."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when it was last changed; read-only."""
    type: CatalogFieldDescription
    """Type and flags of `type`: product type: 7 service; read-only."""
    vatId: CatalogFieldDescription
    """Type and flags of `vatId`: ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: CatalogFieldDescription
    """Type and flags of `vatIncluded`: "Y" if VAT is included in the price; "N" by default."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external code."""


class CatalogProductServiceGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.getFieldsByFilter``."""

    service: Required[CatalogProductServiceGetFieldsByFilterResultService]
    """Descriptions of the service fields, keyed by field name."""


class CatalogProductServiceGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.get``."""

    service: Required[CatalogProductService]
    """The service with its fields."""


class CatalogProductServiceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.update``."""

    name: str
    """Name of the service."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    createdBy: int
    """ID of the user who created the service."""
    modifiedBy: int
    """ID of the user who last changed the service."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the service is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductServiceUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.update``."""

    service: Required[CatalogProductService]
    """The service after the change."""


class CatalogProductSkuDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProductSku``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductSkuPreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProductSku``."""

    id: str
    """ID of the image file."""
    url: str
    """Link to the image."""
    urlMachine: str
    """Link to the image for applications."""


class CatalogProductSku(TypedDict, total=False):
    """A parent product that may have variations.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get.html
    """

    active: str
    """\"Y" when the product is active."""
    available: str
    """\"Y" when the product can be bought; read-only."""
    bundle: str
    """\"Y" when the product has a set."""
    canBuyZero: str
    """\"Y" allows buying when out of stock."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created the product."""
    dateActiveFrom: str
    """Start of the active period."""
    dateActiveTo: str
    """End of the active period."""
    dateCreate: str
    """Creation time."""
    detailPicture: CatalogProductSkuDetailPicture
    """Detail image."""
    detailText: Any
    """Full description."""
    detailTextType: str
    """Format of the full description: "text" or "html"."""
    height: Any
    """Height."""
    iblockId: int
    """ID of the catalog information block."""
    iblockSectionId: int
    """ID of the catalog section."""
    id: int
    """ID of the parent product."""
    length: Any
    """Length."""
    measure: Any
    """ID of the unit of measure."""
    modifiedBy: int
    """ID of the user who last changed the product."""
    name: str
    """Name of the parent product."""
    previewPicture: CatalogProductSkuPreviewPicture
    """Preview image."""
    previewText: Any
    """Short description."""
    previewTextType: str
    """Format of the short description: "text" or "html"."""
    purchasingCurrency: Any
    """Currency of the purchase price; fixed when inventory management is on."""
    purchasingPrice: Any
    """Purchase price; fixed when inventory management is on."""
    quantity: Any
    """Quantity in stock; fixed when inventory management is on."""
    sort: int
    """Sort order."""
    subscribe: str
    """Subscription to the product: "Y" allowed, "N" not, "D" default."""
    timestampX: str
    """Time of the last change; read-only."""
    type: int
    """Product type; read-only: 3 product with variations, 6 product without variations."""
    vatId: Any
    """ID of the VAT rate."""
    vatIncluded: str
    """\"Y" when VAT is included in the price."""
    weight: Any
    """Weight."""
    width: Any
    """Width."""
    xmlId: str
    """External code."""


class CatalogProductSkuAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.add``."""

    iblockId: Required[int]
    """ID of the catalog information block that holds the parent product (catalog.catalog.list)."""
    name: Required[str]
    """Name of the parent product."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    canBuyZero: Literal["Y", "N"]
    """\"Y" if the parent product can be bought when out of stock; "N" by default."""
    createdBy: int
    """ID of the user who created the parent product."""
    modifiedBy: int
    """ID of the user who last changed the parent product."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the parent product is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    subscribe: Literal["Y", "N", "D"]
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    height: float
    """Height."""
    length: float
    """Length."""
    weight: float
    """Weight."""
    width: float
    """Width."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: float
    """Purchase price; read-only when inventory management is on."""
    quantity: float
    """Quantity in stock; read-only when inventory management is on."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductSkuAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.add``."""

    sku: Required[CatalogProductSku]
    """The created parent product with its fields."""


class CatalogProductSkuDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.download``."""

    fileId: Required[int]
    """ID of the file, as returned by the get or list call of the parent product."""
    productId: Required[int]
    """ID of the parent product."""
    fieldName: Required[str]
    """Field that holds the file: "DETAIL_PICTURE", "PREVIEW_PICTURE" (old product card) or "PROPERTY_N" (N is a property ID or code)."""


class CatalogProductSkuGetFieldsByFilterResultSku(TypedDict, total=False):
    """Keys of ``result.sku`` in ``catalog.product.sku.getFieldsByFilter``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if active (default), "N" if not."""
    available: CatalogFieldDescription
    """Type and flags of `available`: "Y" if it can be bought; read-only."""
    bundle: CatalogFieldDescription
    """Type and flags of `bundle`: "Y" if it is a bundle."""
    canBuyZero: CatalogFieldDescription
    """Type and flags of `canBuyZero`: "Y" if the parent product can be bought when out of stock; "N" by default."""
    code: CatalogFieldDescription
    """Type and flags of `code`: symbolic code."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the parent product."""
    dateActiveFrom: CatalogFieldDescription
    """Type and flags of `dateActiveFrom`: start of the active period."""
    dateActiveTo: CatalogFieldDescription
    """Type and flags of `dateActiveTo`: end of the active period."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when it was created."""
    detailPicture: CatalogFieldDescription
    """Type and flags of `detailPicture`: detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailText: CatalogFieldDescription
    """Type and flags of `detailText`: full description."""
    detailTextType: CatalogFieldDescription
    """Type and flags of `detailTextType`: format of the full description: "text" (default) or "html"."""
    height: CatalogFieldDescription
    """Type and flags of `height`: height."""
    iblockId: CatalogFieldDescription
    """Type and flags of `iblockId`: ID of the catalog information block that holds the parent product (catalog.catalog.list)."""
    iblockSectionId: CatalogFieldDescription
    """Type and flags of `iblockSectionId`: ID of the main catalog section (catalog.section.list)."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the parent product."""
    length: CatalogFieldDescription
    """Type and flags of `length`: length."""
    measure: CatalogFieldDescription
    """Type and flags of `measure`: ID of the unit of measure (catalog.measure.list)."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the parent product."""
    name: CatalogFieldDescription
    """Type and flags of `name`: name of the parent product."""
    previewPicture: CatalogFieldDescription
    """Type and flags of `previewPicture`: preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewText: CatalogFieldDescription
    """Type and flags of `previewText`: short description."""
    previewTextType: CatalogFieldDescription
    """Type and flags of `previewTextType`: format of the short description: "text" (default) or "html"."""
    priceType: CatalogFieldDescription
    """Type and flags of `priceType`: price type setting of the product."""
    purchasingCurrency: CatalogFieldDescription
    """Type and flags of `purchasingCurrency`: currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: CatalogFieldDescription
    """Type and flags of `purchasingPrice`: purchase price; read-only when inventory management is on."""
    quantity: CatalogFieldDescription
    """Type and flags of `quantity`: quantity in stock; read-only when inventory management is on."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position."""
    subscribe: CatalogFieldDescription
    """Type and flags of `subscribe`: "Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when it was last changed; read-only."""
    type: CatalogFieldDescription
    """Type and flags of `type`: product type: 3 parent product with variations, 6 without; read-only."""
    vatId: CatalogFieldDescription
    """Type and flags of `vatId`: ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: CatalogFieldDescription
    """Type and flags of `vatIncluded`: "Y" if VAT is included in the price; "N" by default."""
    weight: CatalogFieldDescription
    """Type and flags of `weight`: weight."""
    width: CatalogFieldDescription
    """Type and flags of `width`: width."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external code."""


class CatalogProductSkuGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.getFieldsByFilter``."""

    sku: Required[CatalogProductSkuGetFieldsByFilterResultSku]
    """Descriptions of the parent product fields, keyed by field name."""


class CatalogProductSkuGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.get``."""

    sku: Required[CatalogProductSku]
    """The parent product with its fields."""


class CatalogProductSkuUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.update``."""

    name: str
    """Name of the parent product."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    canBuyZero: Literal["Y", "N"]
    """\"Y" if the parent product can be bought when out of stock; "N" by default."""
    createdBy: int
    """ID of the user who created the parent product."""
    modifiedBy: int
    """ID of the user who last changed the parent product."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the parent product is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    subscribe: Literal["Y", "N", "D"]
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    height: float
    """Height."""
    length: float
    """Length."""
    weight: float
    """Weight."""
    width: float
    """Width."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: float
    """Purchase price; read-only when inventory management is on."""
    quantity: float
    """Quantity in stock; read-only when inventory management is on."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductSkuUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.update``."""

    sku: Required[CatalogProductSku]
    """The parent product after the change."""


class CatalogProductUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.update``."""

    name: str
    """Name of the product."""
    active: Literal["Y", "N"]
    """\"Y" if active (default), "N" if not."""
    code: str
    """Symbolic code."""
    xmlId: str
    """External code."""
    barcodeMulti: Literal["Y", "N"]
    """\"Y" to use a unique barcode for every unit; "N" by default."""
    canBuyZero: Literal["Y", "N"]
    """\"Y" if the product can be bought when out of stock; "N" by default."""
    createdBy: int
    """ID of the user who created the product."""
    modifiedBy: int
    """ID of the user who last changed the product."""
    dateActiveFrom: datetime.datetime | str
    """Start of the active period."""
    dateActiveTo: datetime.datetime | str
    """End of the active period."""
    dateCreate: datetime.datetime | str
    """When it was created."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    IblockSection: Sequence[Any] | dict[str, Any]
    """IDs of all sections the product is placed in."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    previewText: str
    """Short description."""
    detailText: str
    """Full description."""
    previewPicture: dict[str, Any]
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailPicture: dict[str, Any]
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewTextType: Literal["text", "html"]
    """Format of the short description: "text" (default) or "html"."""
    detailTextType: Literal["text", "html"]
    """Format of the full description: "text" (default) or "html"."""
    sort: int
    """Sort position."""
    subscribe: Literal["Y", "N"]
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if VAT is included in the price; "N" by default."""
    height: float
    """Height."""
    length: float
    """Length."""
    weight: float
    """Weight."""
    width: float
    """Width."""
    quantityTrace: Literal["Y", "N"]
    """Stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: float
    """Purchase price; read-only when inventory management is on."""
    quantity: float
    """Quantity in stock; read-only when inventory management is on."""
    quantityReserved: float
    """Reserved quantity; read-only when inventory management is on."""
    recurSchemeLength: int
    """Length of the payment period, 0 by default; on-premise only, for selling content."""
    recurSchemeType: str
    """Unit of the payment period: "H" hour, "D" day, "W" week, "M" month, "Q" quarter, "S" half-year, "Y" year; on-premise only."""
    trialPriceId: int
    """ID of the product used for a trial payment; on-premise only."""
    withoutOrder: Literal["Y", "N"]
    """\"Y" to renew without placing an order; "N" by default, on-premise only."""
    propertyN: Any
    """Value of property N (N is the property ID): a string, a number, {value: ...}, or an array of them for multiple properties."""


class CatalogProductUpdateResultElementDetailPicture(TypedDict, total=False):
    """Keys of ``result.element.detailPicture`` in ``catalog.product.update``."""

    id: str
    """ID of the image file."""
    url: str
    """URL of the file."""
    urlMachine: str
    """URL of the file for machine (REST) access."""


class CatalogProductUpdateResultElementPreviewPicture(TypedDict, total=False):
    """Keys of ``result.element.previewPicture`` in ``catalog.product.update``."""

    id: str
    """ID of the image file."""
    url: str
    """URL of the file."""
    urlMachine: str
    """URL of the file for machine (REST) access."""


class CatalogProductUpdateResultElement(TypedDict, total=False):
    """Keys of ``result.element`` in ``catalog.product.update``."""

    active: str
    """\"Y" if active (default), "N" if not."""
    available: str
    """\"Y" if it can be bought; read-only."""
    bundle: str
    """\"Y" if it is a bundle."""
    canBuyZero: str
    """\"Y" if the product can be bought when out of stock; "N" by default."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created the product."""
    dateActiveFrom: str
    """Start of the active period."""
    dateActiveTo: str
    """End of the active period."""
    dateCreate: str
    """When it was created."""
    detailPicture: CatalogProductUpdateResultElementDetailPicture
    """Detail image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    detailText: Any
    """Full description."""
    detailTextType: str
    """Format of the full description: "text" (default) or "html"."""
    height: int
    """Height."""
    iblockId: int
    """ID of the catalog information block that holds the product (catalog.catalog.list)."""
    iblockSectionId: int
    """ID of the main catalog section (catalog.section.list)."""
    id: int
    """ID of the product."""
    length: int
    """Length."""
    measure: int
    """ID of the unit of measure (catalog.measure.list)."""
    modifiedBy: int
    """ID of the user who last changed the product."""
    name: str
    """Name of the product."""
    previewPicture: CatalogProductUpdateResultElementPreviewPicture
    """Preview image: {fileData: [file name, base64 content]} on write; on read, the file id and URLs."""
    previewText: Any
    """Short description."""
    previewTextType: str
    """Format of the short description: "text" (default) or "html"."""
    purchasingCurrency: str
    """Currency of the purchase price (crm.currency.list); read-only when inventory management is on."""
    purchasingPrice: str
    """Purchase price; read-only when inventory management is on."""
    quantity: int
    """Quantity in stock; read-only when inventory management is on."""
    quantityReserved: int
    """Reserved quantity; read-only when inventory management is on."""
    quantityTrace: str
    """Stock tracking: "Y" on, "N" off, "D" (default) follow the catalog setting."""
    sort: int
    """Sort position."""
    subscribe: str
    """\"Y" or "N" to allow or forbid subscribing to it, "D" (default) to follow the catalog setting."""
    timestampX: str
    """When it was last changed; read-only."""
    type: int
    """Product type: 1 simple product; read-only."""
    vatId: int
    """ID of the VAT rate (catalog.vat.list)."""
    vatIncluded: str
    """\"Y" if VAT is included in the price; "N" by default."""
    weight: int
    """Weight."""
    width: int
    """Width."""
    xmlId: str
    """External code."""


class CatalogProductUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.update``."""

    element: Required[CatalogProductUpdateResultElement]
    """The product after the change."""


class CatalogRatio(TypedDict, total=False):
    """A unit ratio of a product (how many units are sold at once).

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get.html
    """

    id: int
    """ID of the ratio."""
    isDefault: str
    """\"Y" for the default ratio."""
    productId: int
    """ID of the product."""
    ratio: int
    """Ratio value."""


class CatalogRatioGetFieldsResultRatio(TypedDict, total=False):
    """Keys of ``result.ratio`` in ``catalog.ratio.getFields``."""

    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the unit ratio (catalog.ratio.list)."""
    isDefault: CatalogFieldDescription
    """Type and flags of `isDefault`: "Y" if this is the default ratio of the product."""
    productId: CatalogFieldDescription
    """Type and flags of `productId`: ID of the product."""
    ratio: CatalogFieldDescription
    """Type and flags of `ratio`: ratio of the unit of measure."""


class CatalogRatioGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.ratio.getFields``."""

    ratio: Required[CatalogRatioGetFieldsResultRatio]
    """Descriptions of the unit ratio fields, keyed by field name."""


class CatalogRatioGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.ratio.get``."""

    ratio: Required[CatalogRatio]
    """The unit ratio with its fields."""


class CatalogRoundingRule(TypedDict, total=False):
    """A price rounding rule for a price type.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get.html
    """

    catalogGroupId: int
    """ID of the price type."""
    createdBy: int
    """ID of the user who created it."""
    dateCreate: str
    """Creation time."""
    dateModify: str
    """Time of the last change."""
    id: int
    """ID of the rule."""
    modifiedBy: int
    """ID of the user who last changed it."""
    price: int
    """Lowest price the rule applies to."""
    roundPrecision: int
    """Rounding precision, such as 100 or 0.01."""
    roundType: int
    """Rounding: 1 mathematical, 2 up (in the shop's favour), 4 down (in the buyer's favour)."""
    roundingRules: list[dict[str, Any]]
    """Rules in a list answer."""


class CatalogRoundingRuleAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.roundingRule.add``."""

    catalogGroupId: Required[int]
    """ID of the price type the rule applies to (catalog.priceType.list)."""
    price: Required[float]
    """Lowest price the rule applies to."""
    roundType: Required[Literal[1, 2, 4]]
    """1 standard rounding, 2 round up (in the store favour), 4 round down (in the customer favour)."""
    roundPrecision: Required[float]
    """Rounding precision."""


class CatalogRoundingRuleAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.add``."""

    roundingRule: Required[CatalogRoundingRule]
    """The created rounding rule with its fields."""


class CatalogRoundingRuleGetFieldsResultRoundingRule(TypedDict, total=False):
    """Keys of ``result.roundingRule`` in ``catalog.roundingRule.getFields``."""

    catalogGroupId: CatalogFieldDescription
    """Type and flags of `catalogGroupId`: ID of the price type the rule applies to (catalog.priceType.list)."""
    createdBy: CatalogFieldDescription
    """Type and flags of `createdBy`: ID of the user who created the rule."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when the rule was created."""
    dateModify: CatalogFieldDescription
    """Type and flags of `dateModify`: when the rule was last changed."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the rounding rule."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the rule."""
    price: CatalogFieldDescription
    """Type and flags of `price`: lowest price the rule applies to."""
    roundPrecision: CatalogFieldDescription
    """Type and flags of `roundPrecision`: rounding precision."""
    roundType: CatalogFieldDescription
    """Type and flags of `roundType`: 1 standard rounding, 2 round up (in the store favour), 4 round down (in the customer favour)."""


class CatalogRoundingRuleGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.getFields``."""

    roundingRule: Required[CatalogRoundingRuleGetFieldsResultRoundingRule]
    """Descriptions of the rounding rule fields, keyed by field name."""


class CatalogRoundingRuleGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.get``."""

    roundingRule: Required[CatalogRoundingRule]
    """The rounding rule with its fields."""


class CatalogRoundingRuleUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.roundingRule.update``."""

    catalogGroupId: Required[int]
    """ID of the price type the rule applies to (catalog.priceType.list)."""
    price: Required[float]
    """Lowest price the rule applies to."""
    roundType: Required[Literal[1, 2, 4]]
    """1 standard rounding, 2 round up (in the store favour), 4 round down (in the customer favour)."""
    roundPrecision: Required[float]
    """Rounding precision."""


class CatalogRoundingRuleUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.update``."""

    roundingRule: Required[CatalogRoundingRule]
    """The rounding rule after the change."""


class CatalogSection(TypedDict, total=False):
    """A section of the product catalog.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get.html
    """

    active: str
    """\"Y" when the section is active."""
    code: str
    """Section code."""
    description: str
    """Description."""
    descriptionType: str
    """Format of the description: "text" or "html"."""
    iblockId: int
    """ID of the information block."""
    iblockSectionId: int
    """ID of the parent section."""
    id: int
    """ID of the section."""
    name: str
    """Name of the section."""
    sort: int
    """Sort order."""
    xmlId: str
    """External ID, for syncing with an external system."""
    section: list[dict[str, Any]]
    """Sections in a list answer."""


class CatalogSectionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.section.add``."""

    iblockId: Required[int]
    """ID of the information block of the catalog (catalog.catalog.list)."""
    iblockSectionId: int
    """ID of the parent section (catalog.section.list); the top level when omitted."""
    name: Required[str]
    """Section name."""
    xmlId: str
    """External ID, used to match the section with an outside system."""
    code: str
    """Section code; must be unique."""
    sort: int | str
    """Sort position; 500 by default."""
    active: Literal["Y", "N"]
    """\"Y" if the section is active (default), "N" if not."""
    description: str
    """Section description."""
    descriptionType: str
    """Format of the description: "text" or "html"."""


class CatalogSectionAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.add``."""

    section: Required[CatalogSection]
    """The created catalog section with its fields."""


class CatalogSectionGetFieldsResultSection(TypedDict, total=False):
    """Keys of ``result.section`` in ``catalog.section.getFields``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if the section is active (default), "N" if not."""
    code: CatalogFieldDescription
    """Type and flags of `code`: section code; must be unique."""
    description: CatalogFieldDescription
    """Type and flags of `description`: section description."""
    descriptionType: CatalogFieldDescription
    """Type and flags of `descriptionType`: format of the description: "text" or "html"."""
    iblockId: CatalogFieldDescription
    """Type and flags of `iblockId`: ID of the information block of the catalog (catalog.catalog.list)."""
    iblockSectionId: CatalogFieldDescription
    """Type and flags of `iblockSectionId`: ID of the parent section (catalog.section.list); the top level when omitted."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the catalog section."""
    name: CatalogFieldDescription
    """Type and flags of `name`: section name."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position; 500 by default."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external ID, used to match the section with an outside system."""


class CatalogSectionGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.getFields``."""

    section: Required[CatalogSectionGetFieldsResultSection]
    """Descriptions of the catalog section fields, keyed by field name."""


class CatalogSectionGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.get``."""

    section: Required[CatalogSection]
    """The catalog section with its fields."""


class CatalogSectionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.section.update``."""

    iblockId: Required[int]
    """ID of the information block of the catalog (catalog.catalog.list)."""
    iblockSectionId: int
    """ID of the parent section (catalog.section.list); the top level when omitted."""
    name: Required[str]
    """Section name."""
    xmlId: str
    """External ID, used to match the section with an outside system."""
    code: str
    """Section code; must be unique."""
    sort: int
    """Sort position; 500 by default."""
    active: Literal["Y", "N"]
    """\"Y" if the section is active (default), "N" if not."""
    description: str
    """Section description."""
    descriptionType: str
    """Format of the description: "text" or "html"."""


class CatalogSectionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.update``."""

    section: Required[CatalogSection]
    """The catalog section after the change."""


class CatalogStoreImageId(TypedDict, total=False):
    """Keys of ``imageId`` in ``CatalogStore``."""

    id: int
    """ID of the image file."""
    url: str
    """Link to the image."""


class CatalogStore(TypedDict, total=False):
    """A warehouse with its address, contacts and schedule.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get.html
    """

    active: str
    """\"Y" when the warehouse is active."""
    address: str
    """Address."""
    code: str
    """Symbolic code."""
    dateCreate: str
    """Creation time."""
    dateModify: str
    """Time of the last change."""
    description: str
    """Description."""
    email: str
    """E-mail."""
    gpsN: float
    """GPS latitude."""
    gpsS: float
    """GPS longitude."""
    id: int
    """ID of the warehouse."""
    imageId: CatalogStoreImageId
    """Image of the warehouse."""
    issuingCenter: str
    """\"Y" when the warehouse is a pick-up point."""
    modifiedBy: int
    """ID of the user who last changed it."""
    phone: str
    """Phone."""
    schedule: str
    """Working hours."""
    sort: int
    """Sort order."""
    title: str
    """Name of the warehouse."""
    userId: int
    """ID of the user who created it."""
    xmlId: Any
    """External code, for syncing with an external system."""


class CatalogStoreAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.store.add``."""

    address: Required[str]
    """Warehouse address."""
    title: str
    """Warehouse name."""
    active: Literal["Y", "N"]
    """\"Y" if the warehouse is active (default), "N" if not."""
    description: str
    """Warehouse description."""
    gpsN: str
    """GPS latitude."""
    gpsS: str
    """GPS longitude."""
    imageId: dict[str, Any]
    """Image: {fileData: [file name, base64 content]} on write."""
    dateModify: datetime.datetime | str
    """When the warehouse was last changed."""
    dateCreate: datetime.datetime | str
    """When the warehouse was created."""
    userId: int
    """ID of the user who created the warehouse."""
    modifiedBy: int
    """ID of the user who last changed the warehouse."""
    phone: str
    """Phone number."""
    schedule: str
    """Opening hours."""
    xmlId: str
    """External code, used to match the warehouse with an outside system."""
    sort: int
    """Sort position."""
    email: str
    """E-mail address."""
    issuingCenter: Literal["Y", "N"]
    """\"Y" if the warehouse is a pickup point; "N" by default."""
    code: str
    """Symbolic code."""


class CatalogStoreAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.add``."""

    store: Required[CatalogStore]
    """The created warehouse with its fields."""


class CatalogStoreGetFieldsResultStore(TypedDict, total=False):
    """Keys of ``result.store`` in ``catalog.store.getFields``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if the warehouse is active (default), "N" if not."""
    address: CatalogFieldDescription
    """Type and flags of `address`: warehouse address."""
    code: CatalogFieldDescription
    """Type and flags of `code`: symbolic code."""
    dateCreate: CatalogFieldDescription
    """Type and flags of `dateCreate`: when the warehouse was created."""
    dateModify: CatalogFieldDescription
    """Type and flags of `dateModify`: when the warehouse was last changed."""
    description: CatalogFieldDescription
    """Type and flags of `description`: warehouse description."""
    email: CatalogFieldDescription
    """Type and flags of `email`: E-mail address."""
    gpsN: CatalogFieldDescription
    """Type and flags of `gpsN`: GPS latitude."""
    gpsS: CatalogFieldDescription
    """Type and flags of `gpsS`: GPS longitude."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the warehouse (catalog.store.list)."""
    imageId: CatalogFieldDescription
    """Type and flags of `imageId`: image: {fileData: [file name, base64 content]} on write."""
    issuingCenter: CatalogFieldDescription
    """Type and flags of `issuingCenter`: "Y" if the warehouse is a pickup point; "N" by default."""
    modifiedBy: CatalogFieldDescription
    """Type and flags of `modifiedBy`: ID of the user who last changed the warehouse."""
    phone: CatalogFieldDescription
    """Type and flags of `phone`: phone number."""
    schedule: CatalogFieldDescription
    """Type and flags of `schedule`: opening hours."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position."""
    title: CatalogFieldDescription
    """Type and flags of `title`: warehouse name."""
    userId: CatalogFieldDescription
    """Type and flags of `userId`: ID of the user who created the warehouse."""
    xmlId: CatalogFieldDescription
    """Type and flags of `xmlId`: external code, used to match the warehouse with an outside system."""


class CatalogStoreGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.getFields``."""

    store: Required[CatalogStoreGetFieldsResultStore]
    """Descriptions of the warehouse fields, keyed by field name."""


class CatalogStoreGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.get``."""

    store: Required[CatalogStore]
    """The warehouse with its fields."""


class CatalogStoreUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.store.update``."""

    address: str
    """Warehouse address."""
    title: str
    """Warehouse name."""
    active: Literal["Y", "N"]
    """\"Y" if the warehouse is active (default), "N" if not."""
    description: str
    """Warehouse description."""
    gpsN: str
    """GPS latitude."""
    gpsS: str
    """GPS longitude."""
    imageId: dict[str, Any]
    """Image: {fileData: [file name, base64 content]} on write."""
    dateModify: datetime.datetime | str
    """When the warehouse was last changed."""
    dateCreate: datetime.datetime | str
    """When the warehouse was created."""
    userId: int
    """ID of the user who created the warehouse."""
    modifiedBy: int
    """ID of the user who last changed the warehouse."""
    phone: str
    """Phone number."""
    schedule: str
    """Opening hours."""
    xmlId: str
    """External code, used to match the warehouse with an outside system."""
    sort: int
    """Sort position."""
    email: str
    """E-mail address."""
    issuingCenter: Literal["Y", "N"]
    """\"Y" if the warehouse is a pickup point; "N" by default."""
    code: str
    """Symbolic code."""


class CatalogStoreUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.update``."""

    store: Required[CatalogStore]
    """The warehouse after the change."""


class CatalogStoreproduct(TypedDict, total=False):
    """The stock of one product in one warehouse.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get.html
    """

    amount: int
    """Quantity available."""
    id: int
    """ID of the stock record."""
    productId: int
    """ID of the product."""
    quantityReserved: Any
    """Quantity reserved."""
    storeId: int
    """ID of the warehouse."""


class CatalogStoreproductGetFieldsResultStoreProduct(TypedDict, total=False):
    """Keys of ``result.storeProduct`` in ``catalog.storeproduct.getFields``."""

    amount: CatalogFieldDescription
    """Type and flags of `amount`: quantity available in the warehouse."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the stock record (catalog.storeproduct.list)."""
    productId: CatalogFieldDescription
    """Type and flags of `productId`: ID of the product."""
    quantityReserved: CatalogFieldDescription
    """Type and flags of `quantityReserved`: quantity reserved in the warehouse."""
    storeId: CatalogFieldDescription
    """Type and flags of `storeId`: ID of the warehouse."""


class CatalogStoreproductGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.storeproduct.getFields``."""

    storeProduct: Required[CatalogStoreproductGetFieldsResultStoreProduct]
    """Descriptions of the stock record fields, keyed by field name."""


class CatalogStoreproductGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.storeproduct.get``."""

    storeProduct: Required[CatalogStoreproduct]
    """The stock record with its fields."""


class CatalogUserfieldDocument(TypedDict, total=False):
    """Custom field values of an inventory document.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html
    """

    documentId: int
    """ID of the inventory document."""
    documentType: str
    """Type of the inventory document."""
    field7097: str
    """Value of the custom field with ID 7097 (a sample; keys are field<ID>)."""


class CatalogUserfieldDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.userfield.document.update``."""

    documentType: Required[str]
    """Type of the inventory document, such as "A" (catalog.enum.getStoreDocumentTypes)."""
    fieldN: Any
    """Value of custom field N, such as field287."""
    field7097: str
    """Value of an example custom field from the docs; real field names differ per portal."""


class CatalogUserfieldDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.userfield.document.update``."""

    document: Required[CatalogUserfieldDocument]
    """Custom field values of the document after the change."""


class CatalogVat(TypedDict, total=False):
    """A VAT rate.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html
    """

    vat: dict[str, Any] | list[dict[str, Any]]
    """The VAT rate, or the rates in a list answer."""
    active: str
    """\"Y" when the rate is active."""
    id: int
    """ID of the VAT rate."""
    name: str
    """Name of the rate."""
    rate: int
    """Rate in percent."""
    sort: int
    """Sort order."""
    timestampX: str
    """Time of the last change."""


class CatalogVatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.vat.add``."""

    name: Required[str]
    """Name of the VAT rate."""
    active: Literal["Y", "N"]
    """\"Y" if the rate is active (default), "N" if not."""
    rate: Required[float]
    """Rate value in percent."""
    sort: int
    """Sort position."""


class CatalogVatAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.vat.add``."""

    vat: Required[CatalogVat]
    """The created VAT rate with its fields."""


class CatalogVatGetFieldsResultVat(TypedDict, total=False):
    """Keys of ``result.vat`` in ``catalog.vat.getFields``."""

    active: CatalogFieldDescription
    """Type and flags of `active`: "Y" if the rate is active (default), "N" if not."""
    id: CatalogFieldDescription
    """Type and flags of `id`: ID of the VAT rate (catalog.vat.list)."""
    name: CatalogFieldDescription
    """Type and flags of `name`: name of the VAT rate."""
    rate: CatalogFieldDescription
    """Type and flags of `rate`: rate value in percent."""
    sort: CatalogFieldDescription
    """Type and flags of `sort`: sort position."""
    timestampX: CatalogFieldDescription
    """Type and flags of `timestampX`: when the rate was last changed."""


class CatalogVatGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.vat.getFields``."""

    vat: Required[CatalogVatGetFieldsResultVat]
    """Descriptions of the VAT rate fields, keyed by field name."""


class CatalogVatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.vat.update``."""

    name: Required[str]
    """Name of the VAT rate."""
    active: Literal["Y", "N"]
    """\"Y" if the rate is active (default), "N" if not."""
    rate: Required[float]
    """Rate value in percent."""
    sort: int
    """Sort position."""


class CatalogVatUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.vat.update``."""

    vat: Required[CatalogVat]
    """The VAT rate after the change."""
