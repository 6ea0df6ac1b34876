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
    """Catalog catalog, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get.html
    """

    iblockId: int
    iblockTypeId: int
    id: int
    lid: str
    name: str
    productIblockId: Any
    skuPropertyId: Any
    subscription: str
    vatId: Any


class CatalogFieldDescription(TypedDict, total=False):
    """Catalog field description, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get-fields.html
    """

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str
    name: str
    isDynamic: bool
    isMultiple: bool
    propertyType: str
    userType: str


class CatalogCatalogGetFieldsResultCatalog(TypedDict, total=False):
    """Keys of ``result.catalog`` in ``catalog.catalog.getFields``."""

    iblockId: CatalogFieldDescription
    iblockTypeId: CatalogFieldDescription
    id: CatalogFieldDescription
    lid: CatalogFieldDescription
    name: CatalogFieldDescription
    productIblockId: CatalogFieldDescription
    skuPropertyId: CatalogFieldDescription
    subscription: CatalogFieldDescription
    vatId: CatalogFieldDescription


class CatalogCatalogGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.catalog.getFields``."""

    catalog: Required[CatalogCatalogGetFieldsResultCatalog]


class CatalogCatalogGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.catalog.get``."""

    catalog: Required[CatalogCatalog]


class CatalogDocument(TypedDict, total=False):
    """Catalog document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-list.html
    """

    docType: str
    id: int
    status: str
    title: str
    commentary: str
    createdBy: int
    currency: str
    dateCreate: str
    dateDocument: Any
    dateModify: str
    dateStatus: str
    docNumber: str
    modifiedBy: int
    responsibleId: int
    siteId: str
    statusBy: Any
    total: Any


class CatalogDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.add``."""

    docType: Required[Literal["A", "S", "M", "R", "D"]]
    currency: Required[str]
    responsibleId: Required[int]
    siteId: str
    dateDocument: datetime.datetime | str
    title: str
    commentary: str
    total: float
    docNumber: str
    createdBy: int


class CatalogDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.add``."""

    document: Required[CatalogDocument]


class CatalogDocumentElement(TypedDict, total=False):
    """Catalog document element, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-list.html
    """

    amount: int
    docId: int
    elementId: int
    id: int
    purchasingPrice: int
    storeFrom: Any
    storeTo: int


class CatalogDocumentElementAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.element.add``."""

    docId: Required[int]
    elementId: Required[int]
    storeFrom: int
    storeTo: int
    amount: float
    purchasingPrice: float


class CatalogDocumentElementAddResultDocumentElement(TypedDict, total=False):
    """Keys of ``result.documentElement`` in ``catalog.document.element.add``."""

    amount: int
    docId: int
    elementId: int
    id: int
    purchasingPrice: float
    storeFrom: Any
    storeTo: int


class CatalogDocumentElementAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.add``."""

    documentElement: Required[CatalogDocumentElementAddResultDocumentElement]


class CatalogDocumentElementFieldsResultId(TypedDict, total=False):
    """Keys of ``result.id`` in ``catalog.document.element.fields``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CatalogDocumentElementFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.fields``."""

    id: Required[CatalogDocumentElementFieldsResultId]


class CatalogDocumentElementGetFieldsResultDocumentElement(TypedDict, total=False):
    """Keys of ``result.documentElement`` in ``catalog.document.element.getFields``."""

    amount: CatalogFieldDescription
    docId: CatalogFieldDescription
    elementId: CatalogFieldDescription
    id: CatalogFieldDescription
    purchasingPrice: CatalogFieldDescription
    storeFrom: CatalogFieldDescription
    storeTo: CatalogFieldDescription


class CatalogDocumentElementGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.getFields``."""

    documentElement: Required[CatalogDocumentElementGetFieldsResultDocumentElement]


class CatalogDocumentElementUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.element.update``."""

    storeFrom: int
    storeTo: int
    amount: float
    purchasingPrice: float


class CatalogDocumentElementUpdateResultDocumentElement(TypedDict, total=False):
    """Keys of ``result.documentElement`` in ``catalog.document.element.update``."""

    amount: int
    docId: int
    elementId: int
    id: int
    purchasingPrice: int
    storeFrom: Any
    storeTo: int


class CatalogDocumentElementUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.element.update``."""

    documentElement: Required[CatalogDocumentElementUpdateResultDocumentElement]


class CatalogDocumentFieldsResultId(TypedDict, total=False):
    """Keys of ``result.id`` in ``catalog.document.fields``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CatalogDocumentFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.fields``."""

    id: Required[CatalogDocumentFieldsResultId]


class CatalogDocumentGetFieldsResultDocument(TypedDict, total=False):
    """Keys of ``result.document`` in ``catalog.document.getFields``."""

    commentary: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    currency: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    dateDocument: CatalogFieldDescription
    dateModify: CatalogFieldDescription
    dateStatus: CatalogFieldDescription
    docNumber: CatalogFieldDescription
    docType: CatalogFieldDescription
    id: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    responsibleId: CatalogFieldDescription
    siteId: CatalogFieldDescription
    status: CatalogFieldDescription
    statusBy: CatalogFieldDescription
    title: CatalogFieldDescription
    total: CatalogFieldDescription


class CatalogDocumentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.getFields``."""

    document: Required[CatalogDocumentGetFieldsResultDocument]


class CatalogDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.update``."""

    responsibleId: int
    dateModify: datetime.datetime | str
    dateDocument: datetime.datetime | str
    total: float
    commentary: str
    title: str
    docNumber: str
    modifiedBy: int


class CatalogDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.document.update``."""

    document: Required[CatalogDocument]


class CatalogDocumentcontractor(TypedDict, total=False):
    """Catalog documentcontractor, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-list.html
    """

    documentId: int
    id: int
    entityId: int
    entityTypeId: int


class CatalogDocumentcontractorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.documentcontractor.add``."""

    documentId: Required[int]
    entityTypeId: Required[int]
    entityId: Required[int]


class CatalogDocumentcontractorAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.documentcontractor.add``."""

    documentContractor: Required[CatalogDocumentcontractor]


class CatalogDocumentcontractorGetFieldsResultDocumentContractor(
    TypedDict, total=False
):
    """Keys of ``result.documentContractor`` in ``catalog.documentcontractor.getFields``."""

    documentId: CatalogFieldDescription
    entityId: CatalogFieldDescription
    entityTypeId: CatalogFieldDescription
    id: CatalogFieldDescription


class CatalogDocumentcontractorGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.documentcontractor.getFields``."""

    documentContractor: Required[
        CatalogDocumentcontractorGetFieldsResultDocumentContractor
    ]


class CatalogEnumGetRoundTypesResultEnum(TypedDict, total=False):
    """Keys of ``result.enum`` in ``catalog.enum.getRoundTypes``."""

    id: int
    name: str


class CatalogEnumGetRoundTypesResult(TypedDict, total=False):
    """Keys of the result of ``catalog.enum.getRoundTypes``."""

    enum: Required[list[CatalogEnumGetRoundTypesResultEnum]]


class CatalogEnumGetStoreDocumentTypesResultEnum(TypedDict, total=False):
    """Keys of ``result.enum`` in ``catalog.enum.getStoreDocumentTypes``."""

    id: str
    name: str


class CatalogEnumGetStoreDocumentTypesResult(TypedDict, total=False):
    """Keys of the result of ``catalog.enum.getStoreDocumentTypes``."""

    enum: Required[list[CatalogEnumGetStoreDocumentTypesResultEnum]]


class CatalogExtra(TypedDict, total=False):
    """Catalog extra, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get.html
    """

    id: int
    name: str
    percentage: float
    extras: list[dict[str, Any]]


class CatalogExtraGetFieldsResultExtra(TypedDict, total=False):
    """Keys of ``result.extra`` in ``catalog.extra.getFields``."""

    id: CatalogFieldDescription
    name: CatalogFieldDescription
    percentage: CatalogFieldDescription


class CatalogExtraGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.extra.getFields``."""

    extra: Required[CatalogExtraGetFieldsResultExtra]


class CatalogExtraGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.extra.get``."""

    extra: Required[CatalogExtra]


class CatalogMeasure(TypedDict, total=False):
    """Catalog measure, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html
    """

    code: int
    id: int
    isDefault: str
    measureTitle: str
    symbol: str
    symbolIntl: str
    symbolLetterIntl: str
    measure: list[dict[str, Any]]


class CatalogMeasureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.measure.add``."""

    code: Required[int]
    isDefault: Literal["Y", "N"]
    measureTitle: Required[str]
    symbol: str
    symbolIntl: str
    symbolLetterIntl: str


class CatalogMeasureAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.add``."""

    measure: Required[CatalogMeasure]


class CatalogMeasureGetFieldsResultMeasure(TypedDict, total=False):
    """Keys of ``result.measure`` in ``catalog.measure.getFields``."""

    code: CatalogFieldDescription
    id: CatalogFieldDescription
    isDefault: CatalogFieldDescription
    measureTitle: CatalogFieldDescription
    symbol: CatalogFieldDescription
    symbolIntl: CatalogFieldDescription
    symbolLetterIntl: CatalogFieldDescription


class CatalogMeasureGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.getFields``."""

    measure: Required[CatalogMeasureGetFieldsResultMeasure]


class CatalogMeasureGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.get``."""

    measure: Required[CatalogMeasure]


class CatalogMeasureUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.measure.update``."""

    code: int
    isDefault: Literal["Y", "N"]
    measureTitle: str
    symbol: str
    symbolIntl: str
    symbolLetterIntl: str


class CatalogMeasureUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.measure.update``."""

    measure: Required[CatalogMeasure]


class CatalogPrice(TypedDict, total=False):
    """Catalog price, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get.html
    """

    catalogGroupId: int
    currency: str
    extraId: Any
    id: int
    price: float
    productId: int
    quantityFrom: Any
    quantityTo: Any
    timestampX: str


class CatalogPriceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.add``."""

    productId: Required[int]
    catalogGroupId: Required[int]
    price: Required[float]
    currency: Required[str]


class CatalogPriceAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.add``."""

    price: Required[CatalogPrice]


class CatalogPriceGetFieldsResultPrice(TypedDict, total=False):
    """Keys of ``result.price`` in ``catalog.price.getFields``."""

    catalogGroupId: CatalogFieldDescription
    currency: CatalogFieldDescription
    extraId: CatalogFieldDescription
    id: CatalogFieldDescription
    price: CatalogFieldDescription
    priceScale: CatalogFieldDescription
    productId: CatalogFieldDescription
    quantityFrom: CatalogFieldDescription
    quantityTo: CatalogFieldDescription
    timestampX: CatalogFieldDescription


class CatalogPriceGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.getFields``."""

    price: Required[CatalogPriceGetFieldsResultPrice]


class CatalogPriceGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.get``."""

    price: Required[CatalogPrice]


class CatalogPriceModifyFieldsProductPrices(TypedDict, total=False):
    """Keys of ``fields.product.prices`` in ``catalog.price.modify``."""

    id: int
    catalogGroupId: Required[int]
    price: Required[float]
    currency: Required[str]


class CatalogPriceModifyFieldsProduct(TypedDict, total=False):
    """Keys of ``fields.product`` in ``catalog.price.modify``."""

    id: Required[int]
    prices: Required[Sequence[CatalogPriceModifyFieldsProductPrices]]


class CatalogPriceModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.modify``."""

    product: Required[CatalogPriceModifyFieldsProduct]


class CatalogPriceModifyResultPrices(TypedDict, total=False):
    """Keys of ``result.prices`` in ``catalog.price.modify``."""

    catalogGroupId: int
    currency: str
    extraId: Any
    id: int
    price: int
    priceScale: int
    productId: int
    quantityFrom: Any
    quantityTo: Any
    timestampX: str


class CatalogPriceModifyResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.modify``."""

    prices: Required[list[CatalogPriceModifyResultPrices]]


class CatalogPriceType(TypedDict, total=False):
    """Catalog price type, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get.html
    """

    base: str
    createdBy: int
    dateCreate: str
    id: int
    modifiedBy: int
    name: str
    sort: int
    timestampX: str
    xmlId: str
    priceTypes: list[dict[str, Any]]


class CatalogPriceTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceType.add``."""

    name: Required[str]
    base: Literal["Y", "N"]
    sort: int
    xmlId: str


class CatalogPriceTypeAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.add``."""

    priceType: Required[CatalogPriceType]


class CatalogPriceTypeGetFieldsResultPriceType(TypedDict, total=False):
    """Keys of ``result.priceType`` in ``catalog.priceType.getFields``."""

    base: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    id: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    name: CatalogFieldDescription
    sort: CatalogFieldDescription
    timestampX: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogPriceTypeGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.getFields``."""

    priceType: Required[CatalogPriceTypeGetFieldsResultPriceType]


class CatalogPriceTypeGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.get``."""

    priceType: Required[CatalogPriceType]


class CatalogPriceTypeGroup(TypedDict, total=False):
    """Catalog price type group, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-list.html
    """

    access: str
    catalogGroupId: int
    groupId: int
    id: int


class CatalogPriceTypeGroupAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeGroup.add``."""

    catalogGroupId: Required[int]
    groupId: Required[int]
    access: Required[Literal["Y", "N"]]


class CatalogPriceTypeGroupAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeGroup.add``."""

    priceTypeGroup: Required[CatalogPriceTypeGroup]


class CatalogPriceTypeGroupGetFieldsResultPriceTypeGroup(TypedDict, total=False):
    """Keys of ``result.priceTypeGroup`` in ``catalog.priceTypeGroup.getFields``."""

    access: CatalogFieldDescription
    catalogGroupId: CatalogFieldDescription
    groupId: CatalogFieldDescription
    id: CatalogFieldDescription


class CatalogPriceTypeGroupGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeGroup.getFields``."""

    priceTypeGroup: Required[CatalogPriceTypeGroupGetFieldsResultPriceTypeGroup]


class CatalogPriceTypeLang(TypedDict, total=False):
    """Catalog price type lang, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get.html
    """

    catalogGroupId: int
    id: int
    lang: str
    name: str


class CatalogPriceTypeLangAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeLang.add``."""

    catalogGroupId: Required[int]
    name: Required[str]
    lang: Required[str]


class CatalogPriceTypeLangAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.add``."""

    priceTypeLang: Required[CatalogPriceTypeLang]


class CatalogPriceTypeLangGetFieldsResultPriceTypeLang(TypedDict, total=False):
    """Keys of ``result.priceTypeLang`` in ``catalog.priceTypeLang.getFields``."""

    catalogGroupId: CatalogFieldDescription
    id: CatalogFieldDescription
    lang: CatalogFieldDescription
    name: CatalogFieldDescription


class CatalogPriceTypeLangGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.getFields``."""

    priceTypeLang: Required[CatalogPriceTypeLangGetFieldsResultPriceTypeLang]


class CatalogPriceTypeLangGetLanguagesResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.getLanguages``."""

    active: str
    lid: str
    name: str


class CatalogPriceTypeLangGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.get``."""

    priceTypeLang: Required[CatalogPriceTypeLang]


class CatalogPriceTypeLangUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeLang.update``."""

    catalogGroupId: int
    name: str
    lang: str


class CatalogPriceTypeLangUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceTypeLang.update``."""

    priceTypeLang: Required[CatalogPriceTypeLang]


class CatalogPriceTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceType.update``."""

    name: Required[str]
    base: Literal["Y", "N"]
    sort: int
    xmlId: str


class CatalogPriceTypeUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.priceType.update``."""

    priceType: Required[CatalogPriceType]


class CatalogPriceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.update``."""

    price: Required[float]
    currency: Required[str]


class CatalogPriceUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.price.update``."""

    price: Required[CatalogPrice]


class CatalogProductDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProduct``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductPreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProduct``."""

    id: str
    url: str
    urlMachine: str


class CatalogProduct(TypedDict, total=False):
    """Catalog product, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get.html
    """

    active: str
    available: str
    bundle: str
    canBuyZero: str
    code: str
    createdBy: int
    dateActiveFrom: str
    dateActiveTo: str
    dateCreate: str
    detailPicture: CatalogProductDetailPicture
    detailText: Any
    detailTextType: str
    height: int
    iblockId: int
    iblockSectionId: int
    id: int
    length: int
    measure: int
    modifiedBy: int
    name: str
    previewPicture: CatalogProductPreviewPicture
    previewText: Any
    previewTextType: str
    purchasingCurrency: str
    purchasingPrice: str | int
    quantity: int
    quantityReserved: int
    quantityTrace: str
    sort: int
    subscribe: str
    timestampX: str
    type: int
    vatId: int
    vatIncluded: str
    weight: int
    width: int
    xmlId: str
    barcodeMulti: str
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: str


class CatalogProductAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    barcodeMulti: Literal["Y", "N"]
    canBuyZero: Literal["Y", "N"]
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    subscribe: Literal["Y", "N"]
    vatId: int
    vatIncluded: Literal["Y", "N"]
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: Literal["Y", "N"]
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: Literal["Y", "N"]
    propertyN: Any


class CatalogProductAddResultElementDetailPicture(TypedDict, total=False):
    """Keys of ``result.element.detailPicture`` in ``catalog.product.add``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductAddResultElementPreviewPicture(TypedDict, total=False):
    """Keys of ``result.element.previewPicture`` in ``catalog.product.add``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductAddResultElement(TypedDict, total=False):
    """Keys of ``result.element`` in ``catalog.product.add``."""

    active: str
    available: str
    bundle: str
    canBuyZero: str
    code: str
    createdBy: int
    dateActiveFrom: str
    dateActiveTo: str
    dateCreate: str
    detailPicture: CatalogProductAddResultElementDetailPicture
    detailText: Any
    detailTextType: str
    height: int
    iblockId: int
    iblockSectionId: int
    id: int
    length: int
    measure: int
    modifiedBy: int
    name: str
    previewPicture: CatalogProductAddResultElementPreviewPicture
    previewText: Any
    previewTextType: str
    purchasingCurrency: str
    purchasingPrice: str
    quantity: int
    quantityReserved: int
    quantityTrace: str
    sort: int
    subscribe: str
    timestampX: str
    type: int
    vatId: int
    vatIncluded: str
    weight: int
    width: int
    xmlId: str


class CatalogProductAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.add``."""

    element: Required[CatalogProductAddResultElement]


class CatalogProductDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductGetFieldsByFilterResultProduct(TypedDict, total=False):
    """Keys of ``result.product`` in ``catalog.product.getFieldsByFilter``."""

    active: CatalogFieldDescription
    available: CatalogFieldDescription
    bundle: CatalogFieldDescription
    canBuyZero: CatalogFieldDescription
    code: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    dateActiveFrom: CatalogFieldDescription
    dateActiveTo: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    detailPicture: CatalogFieldDescription
    detailText: CatalogFieldDescription
    detailTextType: CatalogFieldDescription
    height: CatalogFieldDescription
    iblockId: CatalogFieldDescription
    iblockSectionId: CatalogFieldDescription
    id: CatalogFieldDescription
    length: CatalogFieldDescription
    measure: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    name: CatalogFieldDescription
    negativeAmountTrace: CatalogFieldDescription
    previewPicture: CatalogFieldDescription
    previewText: CatalogFieldDescription
    previewTextType: CatalogFieldDescription
    priceType: CatalogFieldDescription
    purchasingCurrency: CatalogFieldDescription
    purchasingPrice: CatalogFieldDescription
    quantity: CatalogFieldDescription
    quantityReserved: CatalogFieldDescription
    quantityTrace: CatalogFieldDescription
    sort: CatalogFieldDescription
    subscribe: CatalogFieldDescription
    timestampX: CatalogFieldDescription
    type: CatalogFieldDescription
    vatId: CatalogFieldDescription
    vatIncluded: CatalogFieldDescription
    weight: CatalogFieldDescription
    width: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogProductGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.getFieldsByFilter``."""

    product: Required[CatalogProductGetFieldsByFilterResultProduct]


class CatalogProductGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.get``."""

    product: Required[CatalogProduct]


class CatalogProductImage(TypedDict, total=False):
    """Catalog product image, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get.html
    """

    createTime: str
    detailUrl: str
    downloadUrl: str
    id: int
    name: str
    productId: int
    type: str


class CatalogProductImageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productImage.add``."""

    productId: Required[int]
    type: str


class CatalogProductImageAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productImage.add``."""

    productImage: Required[CatalogProductImage]


class CatalogProductImageGetFieldsResultProductImage(TypedDict, total=False):
    """Keys of ``result.productImage`` in ``catalog.productImage.getFields``."""

    createTime: CatalogFieldDescription
    detailUrl: CatalogFieldDescription
    downloadUrl: CatalogFieldDescription
    id: CatalogFieldDescription
    name: CatalogFieldDescription
    productId: CatalogFieldDescription
    type: CatalogFieldDescription


class CatalogProductImageGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productImage.getFields``."""

    productImage: Required[CatalogProductImageGetFieldsResultProductImage]


class CatalogProductImageGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productImage.get``."""

    productImage: Required[CatalogProductImage]


class CatalogProductOfferDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProductOffer``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductOfferParentId(TypedDict, total=False):
    """Keys of ``parentId`` in ``CatalogProductOffer``."""

    value: str
    valueId: str


class CatalogProductOfferPreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProductOffer``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductOffer(TypedDict, total=False):
    """Catalog product offer, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get.html
    """

    active: str
    available: str
    bundle: str
    canBuyZero: str
    code: str
    createdBy: int
    dateActiveFrom: str
    dateActiveTo: str
    dateCreate: str
    detailPicture: CatalogProductOfferDetailPicture
    detailText: Any
    detailTextType: str
    height: int
    iblockId: int
    iblockSectionId: Any
    id: int
    length: int
    measure: int
    modifiedBy: int
    name: str
    parentId: CatalogProductOfferParentId
    previewPicture: CatalogProductOfferPreviewPicture
    previewText: Any
    previewTextType: str
    purchasingCurrency: str
    purchasingPrice: str | int
    quantity: int
    quantityReserved: int
    quantityTrace: str
    sort: int
    subscribe: str
    timestampX: str
    type: int
    vatId: int
    vatIncluded: str
    weight: int
    width: int
    xmlId: str
    barcodeMulti: str
    recurSchemeLength: Any
    recurSchemeType: str
    trialPriceId: Any
    withoutOrder: str


class CatalogProductOfferAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    barcodeMulti: Literal["Y", "N"]
    canBuyZero: Literal["Y", "N"]
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    subscribe: Literal["Y", "N", "D"]
    vatId: int
    vatIncluded: Literal["Y", "N"]
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: Literal["Y", "N", "D"]
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: Literal["H", "D", "W", "M", "Q", "S", "Y"]
    trialPriceId: int
    withoutOrder: Literal["Y", "N"]
    parentId: int
    propertyN: Any


class CatalogProductOfferAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.add``."""

    offer: Required[CatalogProductOffer]


class CatalogProductOfferDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductOfferGetFieldsByFilterResultOffer(TypedDict, total=False):
    """Keys of ``result.offer`` in ``catalog.product.offer.getFieldsByFilter``."""

    active: CatalogFieldDescription
    available: CatalogFieldDescription
    bundle: CatalogFieldDescription
    canBuyZero: CatalogFieldDescription
    code: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    dateActiveFrom: CatalogFieldDescription
    dateActiveTo: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    detailPicture: CatalogFieldDescription
    detailText: CatalogFieldDescription
    detailTextType: CatalogFieldDescription
    height: CatalogFieldDescription
    iblockId: CatalogFieldDescription
    iblockSectionId: CatalogFieldDescription
    id: CatalogFieldDescription
    length: CatalogFieldDescription
    measure: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    name: CatalogFieldDescription
    negativeAmountTrace: CatalogFieldDescription
    parentId: CatalogFieldDescription
    previewPicture: CatalogFieldDescription
    previewText: CatalogFieldDescription
    previewTextType: CatalogFieldDescription
    priceType: CatalogFieldDescription
    purchasingCurrency: CatalogFieldDescription
    purchasingPrice: CatalogFieldDescription
    quantity: CatalogFieldDescription
    quantityReserved: CatalogFieldDescription
    quantityTrace: CatalogFieldDescription
    sort: CatalogFieldDescription
    subscribe: CatalogFieldDescription
    timestampX: CatalogFieldDescription
    type: CatalogFieldDescription
    vatId: CatalogFieldDescription
    vatIncluded: CatalogFieldDescription
    weight: CatalogFieldDescription
    width: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogProductOfferGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.getFieldsByFilter``."""

    offer: Required[CatalogProductOfferGetFieldsByFilterResultOffer]


class CatalogProductOfferGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.get``."""

    offer: Required[CatalogProductOffer]


class CatalogProductOfferUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.update``."""

    name: str
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    barcodeMulti: Literal["Y", "N"]
    canBuyZero: Literal["Y", "N"]
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    subscribe: Literal["Y", "N", "D"]
    vatId: int
    vatIncluded: Literal["Y", "N"]
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: Literal["Y", "N", "D"]
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: Literal["H", "D", "W", "M", "Q", "S", "Y"]
    trialPriceId: int
    withoutOrder: Literal["Y", "N"]
    parentId: dict[str, Any]
    propertyN: Any
    iblockId: int


class CatalogProductOfferUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.offer.update``."""

    offer: Required[CatalogProductOffer]


class CatalogProductPropertyActive(TypedDict, total=False):
    """Keys of ``active`` in ``CatalogProductProperty``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class CatalogProductProperty(TypedDict, total=False):
    """Catalog product property, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html
    """

    active: str | CatalogProductPropertyActive
    code: Any
    colCount: int
    defaultValue: Any
    fileType: Any
    filtrable: str
    hint: Any
    iblockId: int
    id: int
    isRequired: str
    linkIblockId: Any
    listType: str
    multiple: str
    multipleCnt: Any
    name: str
    propertyType: str
    rowCount: int
    searchable: str
    sort: Any
    timestampX: str
    userType: Any
    userTypeSettings: Any
    withDescription: Any
    xmlId: Any


class CatalogProductPropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productProperty.add``."""

    iblockId: Required[int]
    name: Required[str]
    propertyType: Required[Literal["N", "S", "L", "F", "E", "G"]]
    active: Literal["Y", "N"]
    sort: int
    code: str
    defaultValue: str
    userType: str
    rowCount: int
    colCount: int
    listType: Literal["L", "C"]
    multiple: Literal["Y", "N"]
    xmlId: str
    fileType: str
    multipleCnt: int
    linkIblockId: int
    withDescription: Literal["Y", "N"]
    searchable: Literal["Y", "N"]
    filtrable: Literal["Y", "N"]
    isRequired: Literal["Y", "N"]
    hint: str
    userTypeSettings: dict[str, Any]


class CatalogProductPropertyAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.add``."""

    productProperty: Required[CatalogProductProperty]


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


class CatalogProductPropertyEnumGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyEnum.get``."""

    productPropertyEnum: Required[CatalogProductPropertyEnum]


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


class CatalogProductPropertyFeature(TypedDict, total=False):
    """Catalog product property feature, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get.html
    """

    featureId: str
    id: int
    isEnabled: str
    moduleId: str
    propertyId: int


class CatalogProductPropertyFeatureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertyFeature.add``."""

    propertyId: Required[int]
    moduleId: Required[str]
    featureId: Required[str]
    isEnabled: Required[Literal["Y", "N"]]


class CatalogProductPropertyFeatureAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.add``."""

    productPropertyFeature: Required[CatalogProductPropertyFeature]


class CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult(
    TypedDict, total=False
):
    """Keys of the result of ``catalog.productPropertyFeature.getAvailableFeaturesByProperty``."""

    features: Required[list[Any]]


class CatalogProductPropertyFeatureGetFieldsResultProductPropertyFeature(
    TypedDict, total=False
):
    """Keys of ``result.productPropertyFeature`` in ``catalog.productPropertyFeature.getFields``."""

    featureId: CatalogFieldDescription
    id: CatalogFieldDescription
    isEnabled: CatalogFieldDescription
    moduleId: CatalogFieldDescription
    propertyId: CatalogFieldDescription


class CatalogProductPropertyFeatureGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.getFields``."""

    productPropertyFeature: Required[
        CatalogProductPropertyFeatureGetFieldsResultProductPropertyFeature
    ]


class CatalogProductPropertyFeatureGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.get``."""

    productPropertyFeature: Required[CatalogProductPropertyFeature]


class CatalogProductPropertyFeatureUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertyFeature.update``."""

    propertyId: Required[int]
    moduleId: Required[str]
    featureId: Required[str]
    isEnabled: Required[Literal["Y", "N"]]


class CatalogProductPropertyFeatureUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertyFeature.update``."""

    productPropertyFeature: Required[CatalogProductPropertyFeature]


class CatalogProductPropertyGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.getFields``."""

    productProperty: Required[CatalogProductProperty]


class CatalogProductPropertyGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.get``."""

    productProperty: Required[CatalogProductProperty]


class CatalogProductPropertySection(TypedDict, total=False):
    """Catalog product property section, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-get.html
    """

    displayExpanded: str
    displayType: str
    filterHint: str
    propertyId: int | str
    smartFilter: str
    iblockId: str
    sectionId: str


class CatalogProductPropertySectionGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertySection.get``."""

    productPropertySection: Required[CatalogProductPropertySection]


class CatalogProductPropertySectionSetFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertySection.set``."""

    smartFilter: Literal["Y", "N"]
    displayType: Literal["F", "K", "P"]
    displayExpanded: Literal["Y", "N"]
    filterHint: str


class CatalogProductPropertySectionSetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productPropertySection.set``."""

    productPropertySection: Required[CatalogProductPropertySection]


class CatalogProductPropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productProperty.update``."""

    iblockId: Required[int]
    name: str
    propertyType: str
    active: Literal["Y", "N"]
    sort: int
    code: str
    defaultValue: str
    userType: str
    rowCount: int
    colCount: int
    listType: Literal["L", "C"]
    multiple: Literal["Y", "N"]
    xmlId: str
    fileType: str
    multipleCnt: int
    linkIblockId: int
    withDescription: Literal["Y", "N"]
    searchable: Literal["Y", "N"]
    filtrable: Literal["Y", "N"]
    isRequired: Literal["Y", "N"]
    hint: str
    userTypeSettings: dict[str, Any]


class CatalogProductPropertyUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.productProperty.update``."""

    productProperty: Required[CatalogProductProperty]


class CatalogProductServiceDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProductService``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductServicePreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProductService``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductService(TypedDict, total=False):
    """Catalog product service, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get.html
    """

    active: str
    available: str
    bundle: str
    code: str
    createdBy: int
    dateActiveFrom: str
    dateActiveTo: str
    dateCreate: str
    detailPicture: CatalogProductServiceDetailPicture
    detailText: Any
    detailTextType: str
    iblockId: int
    iblockSectionId: int
    id: int
    modifiedBy: int
    name: str
    previewPicture: CatalogProductServicePreviewPicture
    previewText: Any
    previewTextType: str
    sort: int
    timestampX: str
    type: int
    vatId: int
    vatIncluded: str
    xmlId: str


class CatalogProductServiceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    vatId: int
    vatIncluded: Literal["Y", "N"]
    propertyN: Any


class CatalogProductServiceAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.add``."""

    service: Required[CatalogProductService]


class CatalogProductServiceDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductServiceGetFieldsByFilterResultService(TypedDict, total=False):
    """Keys of ``result.service`` in ``catalog.product.service.getFieldsByFilter``."""

    active: CatalogFieldDescription
    available: CatalogFieldDescription
    bundle: CatalogFieldDescription
    code: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    dateActiveFrom: CatalogFieldDescription
    dateActiveTo: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    detailPicture: CatalogFieldDescription
    detailText: CatalogFieldDescription
    detailTextType: CatalogFieldDescription
    iblockId: CatalogFieldDescription
    iblockSectionId: CatalogFieldDescription
    id: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    name: CatalogFieldDescription
    previewPicture: CatalogFieldDescription
    previewText: CatalogFieldDescription
    previewTextType: CatalogFieldDescription
    priceType: CatalogFieldDescription
    sort: CatalogFieldDescription
    timestampX: CatalogFieldDescription
    type: CatalogFieldDescription
    vatId: CatalogFieldDescription
    vatIncluded: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogProductServiceGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.getFieldsByFilter``."""

    service: Required[CatalogProductServiceGetFieldsByFilterResultService]


class CatalogProductServiceGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.get``."""

    service: Required[CatalogProductService]


class CatalogProductServiceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.update``."""

    name: str
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    vatId: int
    vatIncluded: Literal["Y", "N"]
    propertyN: Any


class CatalogProductServiceUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.service.update``."""

    service: Required[CatalogProductService]


class CatalogProductSkuDetailPicture(TypedDict, total=False):
    """Keys of ``detailPicture`` in ``CatalogProductSku``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductSkuPreviewPicture(TypedDict, total=False):
    """Keys of ``previewPicture`` in ``CatalogProductSku``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductSku(TypedDict, total=False):
    """Catalog product sku, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get.html
    """

    active: str
    available: str
    bundle: str
    canBuyZero: str
    code: str
    createdBy: int
    dateActiveFrom: str
    dateActiveTo: str
    dateCreate: str
    detailPicture: CatalogProductSkuDetailPicture
    detailText: Any
    detailTextType: str
    height: Any
    iblockId: int
    iblockSectionId: int
    id: int
    length: Any
    measure: Any
    modifiedBy: int
    name: str
    previewPicture: CatalogProductSkuPreviewPicture
    previewText: Any
    previewTextType: str
    purchasingCurrency: Any
    purchasingPrice: Any
    quantity: Any
    sort: int
    subscribe: str
    timestampX: str
    type: int
    vatId: Any
    vatIncluded: str
    weight: Any
    width: Any
    xmlId: str


class CatalogProductSkuAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    canBuyZero: Literal["Y", "N"]
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    subscribe: Literal["Y", "N", "D"]
    vatId: int
    vatIncluded: Literal["Y", "N"]
    height: float
    length: float
    weight: float
    width: float
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    propertyN: Any


class CatalogProductSkuAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.add``."""

    sku: Required[CatalogProductSku]


class CatalogProductSkuDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductSkuGetFieldsByFilterResultSku(TypedDict, total=False):
    """Keys of ``result.sku`` in ``catalog.product.sku.getFieldsByFilter``."""

    active: CatalogFieldDescription
    available: CatalogFieldDescription
    bundle: CatalogFieldDescription
    canBuyZero: CatalogFieldDescription
    code: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    dateActiveFrom: CatalogFieldDescription
    dateActiveTo: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    detailPicture: CatalogFieldDescription
    detailText: CatalogFieldDescription
    detailTextType: CatalogFieldDescription
    height: CatalogFieldDescription
    iblockId: CatalogFieldDescription
    iblockSectionId: CatalogFieldDescription
    id: CatalogFieldDescription
    length: CatalogFieldDescription
    measure: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    name: CatalogFieldDescription
    previewPicture: CatalogFieldDescription
    previewText: CatalogFieldDescription
    previewTextType: CatalogFieldDescription
    priceType: CatalogFieldDescription
    purchasingCurrency: CatalogFieldDescription
    purchasingPrice: CatalogFieldDescription
    quantity: CatalogFieldDescription
    sort: CatalogFieldDescription
    subscribe: CatalogFieldDescription
    timestampX: CatalogFieldDescription
    type: CatalogFieldDescription
    vatId: CatalogFieldDescription
    vatIncluded: CatalogFieldDescription
    weight: CatalogFieldDescription
    width: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogProductSkuGetFieldsByFilterResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.getFieldsByFilter``."""

    sku: Required[CatalogProductSkuGetFieldsByFilterResultSku]


class CatalogProductSkuGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.get``."""

    sku: Required[CatalogProductSku]


class CatalogProductSkuUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.update``."""

    name: str
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    canBuyZero: Literal["Y", "N"]
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    subscribe: Literal["Y", "N", "D"]
    vatId: int
    vatIncluded: Literal["Y", "N"]
    height: float
    length: float
    weight: float
    width: float
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    propertyN: Any


class CatalogProductSkuUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.sku.update``."""

    sku: Required[CatalogProductSku]


class CatalogProductUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.update``."""

    name: str
    active: Literal["Y", "N"]
    code: str
    xmlId: str
    barcodeMulti: Literal["Y", "N"]
    canBuyZero: Literal["Y", "N"]
    createdBy: int
    modifiedBy: int
    dateActiveFrom: datetime.datetime | str
    dateActiveTo: datetime.datetime | str
    dateCreate: datetime.datetime | str
    iblockSectionId: int
    IblockSection: Sequence[Any] | dict[str, Any]
    measure: int
    previewText: str
    detailText: str
    previewPicture: dict[str, Any]
    detailPicture: dict[str, Any]
    previewTextType: Literal["text", "html"]
    detailTextType: Literal["text", "html"]
    sort: int
    subscribe: Literal["Y", "N"]
    vatId: int
    vatIncluded: Literal["Y", "N"]
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: Literal["Y", "N"]
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: Literal["Y", "N"]
    propertyN: Any


class CatalogProductUpdateResultElementDetailPicture(TypedDict, total=False):
    """Keys of ``result.element.detailPicture`` in ``catalog.product.update``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductUpdateResultElementPreviewPicture(TypedDict, total=False):
    """Keys of ``result.element.previewPicture`` in ``catalog.product.update``."""

    id: str
    url: str
    urlMachine: str


class CatalogProductUpdateResultElement(TypedDict, total=False):
    """Keys of ``result.element`` in ``catalog.product.update``."""

    active: str
    available: str
    bundle: str
    canBuyZero: str
    code: str
    createdBy: int
    dateActiveFrom: str
    dateActiveTo: str
    dateCreate: str
    detailPicture: CatalogProductUpdateResultElementDetailPicture
    detailText: Any
    detailTextType: str
    height: int
    iblockId: int
    iblockSectionId: int
    id: int
    length: int
    measure: int
    modifiedBy: int
    name: str
    previewPicture: CatalogProductUpdateResultElementPreviewPicture
    previewText: Any
    previewTextType: str
    purchasingCurrency: str
    purchasingPrice: str
    quantity: int
    quantityReserved: int
    quantityTrace: str
    sort: int
    subscribe: str
    timestampX: str
    type: int
    vatId: int
    vatIncluded: str
    weight: int
    width: int
    xmlId: str


class CatalogProductUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.product.update``."""

    element: Required[CatalogProductUpdateResultElement]


class CatalogRatio(TypedDict, total=False):
    """Catalog ratio, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get.html
    """

    id: int
    isDefault: str
    productId: int
    ratio: int


class CatalogRatioGetFieldsResultRatio(TypedDict, total=False):
    """Keys of ``result.ratio`` in ``catalog.ratio.getFields``."""

    id: CatalogFieldDescription
    isDefault: CatalogFieldDescription
    productId: CatalogFieldDescription
    ratio: CatalogFieldDescription


class CatalogRatioGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.ratio.getFields``."""

    ratio: Required[CatalogRatioGetFieldsResultRatio]


class CatalogRatioGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.ratio.get``."""

    ratio: Required[CatalogRatio]


class CatalogRoundingRule(TypedDict, total=False):
    """Catalog rounding rule, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get.html
    """

    catalogGroupId: int
    createdBy: int
    dateCreate: str
    dateModify: str
    id: int
    modifiedBy: int
    price: int
    roundPrecision: int
    roundType: int
    roundingRules: list[dict[str, Any]]


class CatalogRoundingRuleAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.roundingRule.add``."""

    catalogGroupId: Required[int]
    price: Required[float]
    roundType: Required[Literal[1, 2, 4]]
    roundPrecision: Required[float]


class CatalogRoundingRuleAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.add``."""

    roundingRule: Required[CatalogRoundingRule]


class CatalogRoundingRuleGetFieldsResultRoundingRule(TypedDict, total=False):
    """Keys of ``result.roundingRule`` in ``catalog.roundingRule.getFields``."""

    catalogGroupId: CatalogFieldDescription
    createdBy: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    dateModify: CatalogFieldDescription
    id: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    price: CatalogFieldDescription
    roundPrecision: CatalogFieldDescription
    roundType: CatalogFieldDescription


class CatalogRoundingRuleGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.getFields``."""

    roundingRule: Required[CatalogRoundingRuleGetFieldsResultRoundingRule]


class CatalogRoundingRuleGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.get``."""

    roundingRule: Required[CatalogRoundingRule]


class CatalogRoundingRuleUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.roundingRule.update``."""

    catalogGroupId: Required[int]
    price: Required[float]
    roundType: Required[Literal[1, 2, 4]]
    roundPrecision: Required[float]


class CatalogRoundingRuleUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.roundingRule.update``."""

    roundingRule: Required[CatalogRoundingRule]


class CatalogSection(TypedDict, total=False):
    """Catalog section, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get.html
    """

    active: str
    code: str
    description: str
    descriptionType: str
    iblockId: int
    iblockSectionId: int
    id: int
    name: str
    sort: int
    xmlId: str
    section: list[dict[str, Any]]


class CatalogSectionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.section.add``."""

    iblockId: Required[int]
    iblockSectionId: int
    name: Required[str]
    xmlId: str
    code: str
    sort: int | str
    active: Literal["Y", "N"]
    description: str
    descriptionType: str


class CatalogSectionAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.add``."""

    section: Required[CatalogSection]


class CatalogSectionGetFieldsResultSection(TypedDict, total=False):
    """Keys of ``result.section`` in ``catalog.section.getFields``."""

    active: CatalogFieldDescription
    code: CatalogFieldDescription
    description: CatalogFieldDescription
    descriptionType: CatalogFieldDescription
    iblockId: CatalogFieldDescription
    iblockSectionId: CatalogFieldDescription
    id: CatalogFieldDescription
    name: CatalogFieldDescription
    sort: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogSectionGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.getFields``."""

    section: Required[CatalogSectionGetFieldsResultSection]


class CatalogSectionGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.get``."""

    section: Required[CatalogSection]


class CatalogSectionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.section.update``."""

    iblockId: Required[int]
    iblockSectionId: int
    name: Required[str]
    xmlId: str
    code: str
    sort: int
    active: Literal["Y", "N"]
    description: str
    descriptionType: str


class CatalogSectionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.section.update``."""

    section: Required[CatalogSection]


class CatalogStoreImageId(TypedDict, total=False):
    """Keys of ``imageId`` in ``CatalogStore``."""

    id: int
    url: str


class CatalogStore(TypedDict, total=False):
    """Catalog store, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get.html
    """

    active: str
    address: str
    code: str
    dateCreate: str
    dateModify: str
    description: str
    email: str
    gpsN: float
    gpsS: float
    id: int
    imageId: CatalogStoreImageId
    issuingCenter: str
    modifiedBy: int
    phone: str
    schedule: str
    sort: int
    title: str
    userId: int
    xmlId: Any


class CatalogStoreAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.store.add``."""

    address: Required[str]
    title: str
    active: Literal["Y", "N"]
    description: str
    gpsN: str
    gpsS: str
    imageId: dict[str, Any]
    dateModify: datetime.datetime | str
    dateCreate: datetime.datetime | str
    userId: int
    modifiedBy: int
    phone: str
    schedule: str
    xmlId: str
    sort: int
    email: str
    issuingCenter: Literal["Y", "N"]
    code: str


class CatalogStoreAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.add``."""

    store: Required[CatalogStore]


class CatalogStoreGetFieldsResultStore(TypedDict, total=False):
    """Keys of ``result.store`` in ``catalog.store.getFields``."""

    active: CatalogFieldDescription
    address: CatalogFieldDescription
    code: CatalogFieldDescription
    dateCreate: CatalogFieldDescription
    dateModify: CatalogFieldDescription
    description: CatalogFieldDescription
    email: CatalogFieldDescription
    gpsN: CatalogFieldDescription
    gpsS: CatalogFieldDescription
    id: CatalogFieldDescription
    imageId: CatalogFieldDescription
    issuingCenter: CatalogFieldDescription
    modifiedBy: CatalogFieldDescription
    phone: CatalogFieldDescription
    schedule: CatalogFieldDescription
    sort: CatalogFieldDescription
    title: CatalogFieldDescription
    userId: CatalogFieldDescription
    xmlId: CatalogFieldDescription


class CatalogStoreGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.getFields``."""

    store: Required[CatalogStoreGetFieldsResultStore]


class CatalogStoreGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.get``."""

    store: Required[CatalogStore]


class CatalogStoreUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.store.update``."""

    address: str
    title: str
    active: Literal["Y", "N"]
    description: str
    gpsN: str
    gpsS: str
    imageId: dict[str, Any]
    dateModify: datetime.datetime | str
    dateCreate: datetime.datetime | str
    userId: int
    modifiedBy: int
    phone: str
    schedule: str
    xmlId: str
    sort: int
    email: str
    issuingCenter: Literal["Y", "N"]
    code: str


class CatalogStoreUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.store.update``."""

    store: Required[CatalogStore]


class CatalogStoreproduct(TypedDict, total=False):
    """Catalog storeproduct, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get.html
    """

    amount: int
    id: int
    productId: int
    quantityReserved: Any
    storeId: int


class CatalogStoreproductGetFieldsResultStoreProduct(TypedDict, total=False):
    """Keys of ``result.storeProduct`` in ``catalog.storeproduct.getFields``."""

    amount: CatalogFieldDescription
    id: CatalogFieldDescription
    productId: CatalogFieldDescription
    quantityReserved: CatalogFieldDescription
    storeId: CatalogFieldDescription


class CatalogStoreproductGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.storeproduct.getFields``."""

    storeProduct: Required[CatalogStoreproductGetFieldsResultStoreProduct]


class CatalogStoreproductGetResult(TypedDict, total=False):
    """Keys of the result of ``catalog.storeproduct.get``."""

    storeProduct: Required[CatalogStoreproduct]


class CatalogUserfieldDocument(TypedDict, total=False):
    """Catalog userfield document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html
    """

    documentId: int
    documentType: str
    field7097: str


class CatalogUserfieldDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.userfield.document.update``."""

    documentType: Required[str]
    fieldN: Any
    field7097: str


class CatalogUserfieldDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.userfield.document.update``."""

    document: Required[CatalogUserfieldDocument]


class CatalogVat(TypedDict, total=False):
    """Catalog vat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html
    """

    vat: dict[str, Any] | list[dict[str, Any]]
    active: str
    id: int
    name: str
    rate: int
    sort: int
    timestampX: str


class CatalogVatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.vat.add``."""

    name: Required[str]
    active: Literal["Y", "N"]
    rate: Required[float]
    sort: int


class CatalogVatAddResult(TypedDict, total=False):
    """Keys of the result of ``catalog.vat.add``."""

    vat: Required[CatalogVat]


class CatalogVatGetFieldsResultVat(TypedDict, total=False):
    """Keys of ``result.vat`` in ``catalog.vat.getFields``."""

    active: CatalogFieldDescription
    id: CatalogFieldDescription
    name: CatalogFieldDescription
    rate: CatalogFieldDescription
    sort: CatalogFieldDescription
    timestampX: CatalogFieldDescription


class CatalogVatGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``catalog.vat.getFields``."""

    vat: Required[CatalogVatGetFieldsResultVat]


class CatalogVatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.vat.update``."""

    name: Required[str]
    active: Literal["Y", "N"]
    rate: Required[float]
    sort: int


class CatalogVatUpdateResult(TypedDict, total=False):
    """Keys of the result of ``catalog.vat.update``."""

    vat: Required[CatalogVat]
