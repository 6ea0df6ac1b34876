"""TypedDicts of ``b24client.types.catalog``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "CatalogDocumentAddFields",
    "CatalogDocumentElementAddFields",
    "CatalogDocumentElementUpdateFields",
    "CatalogDocumentUpdateFields",
    "CatalogDocumentcontractorAddFields",
    "CatalogMeasureAddFields",
    "CatalogMeasureUpdateFields",
    "CatalogPriceAddFields",
    "CatalogPriceModifyFields",
    "CatalogPriceModifyFieldsProduct",
    "CatalogPriceModifyFieldsProductPrices",
    "CatalogPriceTypeAddFields",
    "CatalogPriceTypeGroupAddFields",
    "CatalogPriceTypeLangAddFields",
    "CatalogPriceTypeLangUpdateFields",
    "CatalogPriceTypeUpdateFields",
    "CatalogPriceUpdateFields",
    "CatalogProductAddFields",
    "CatalogProductDownloadFields",
    "CatalogProductImageAddFields",
    "CatalogProductOfferAddFields",
    "CatalogProductOfferDownloadFields",
    "CatalogProductOfferUpdateFields",
    "CatalogProductPropertyAddFields",
    "CatalogProductPropertyEnumAddFields",
    "CatalogProductPropertyEnumUpdateFields",
    "CatalogProductPropertyFeatureAddFields",
    "CatalogProductPropertyFeatureUpdateFields",
    "CatalogProductPropertySectionSetFields",
    "CatalogProductPropertyUpdateFields",
    "CatalogProductServiceAddFields",
    "CatalogProductServiceDownloadFields",
    "CatalogProductServiceUpdateFields",
    "CatalogProductSkuAddFields",
    "CatalogProductSkuDownloadFields",
    "CatalogProductSkuUpdateFields",
    "CatalogProductUpdateFields",
    "CatalogRoundingRuleAddFields",
    "CatalogRoundingRuleUpdateFields",
    "CatalogSectionAddFields",
    "CatalogSectionUpdateFields",
    "CatalogStoreAddFields",
    "CatalogStoreUpdateFields",
    "CatalogUserfieldDocumentUpdateFields",
    "CatalogVatAddFields",
    "CatalogVatUpdateFields",
]


class CatalogDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.add``."""

    docType: Required[str]
    currency: Required[str]
    responsibleId: Required[int]
    siteId: str
    dateDocument: datetime.datetime | str
    title: str
    commentary: str
    total: float
    docNumber: str
    createdBy: int


class CatalogDocumentElementAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.element.add``."""

    docId: Required[int]
    elementId: Required[int]
    storeFrom: int
    storeTo: int
    amount: float
    purchasingPrice: float


class CatalogDocumentElementUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.document.element.update``."""

    storeFrom: int
    storeTo: int
    amount: float
    purchasingPrice: float


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


class CatalogDocumentcontractorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.documentcontractor.add``."""

    documentId: Required[int]
    entityTypeId: Required[int]
    entityId: Required[int]


class CatalogMeasureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.measure.add``."""

    code: Required[int]
    isDefault: str
    measureTitle: Required[str]
    symbol: str
    symbolIntl: str
    symbolLetterIntl: str


class CatalogMeasureUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.measure.update``."""

    code: int
    isDefault: str
    measureTitle: str
    symbol: str
    symbolIntl: str
    symbolLetterIntl: str


class CatalogPriceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.add``."""

    productId: Required[int]
    catalogGroupId: Required[int]
    price: Required[float]
    currency: Required[str]


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


class CatalogPriceTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceType.add``."""

    name: Required[str]
    base: str
    sort: int
    xmlId: str


class CatalogPriceTypeGroupAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeGroup.add``."""

    catalogGroupId: Required[int]
    groupId: Required[int]
    access: Required[str]


class CatalogPriceTypeLangAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeLang.add``."""

    catalogGroupId: Required[int]
    name: Required[str]
    lang: Required[str]


class CatalogPriceTypeLangUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceTypeLang.update``."""

    catalogGroupId: int
    name: str
    lang: str


class CatalogPriceTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.priceType.update``."""

    name: Required[str]
    base: str
    sort: int
    xmlId: str


class CatalogPriceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.price.update``."""

    price: Required[float]
    currency: Required[str]


class CatalogProductAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: str
    code: str
    xmlId: str
    barcodeMulti: str
    canBuyZero: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    subscribe: str
    vatId: int
    vatIncluded: str
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: str
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: str
    propertyN: Any


class CatalogProductDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductImageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productImage.add``."""

    productId: Required[int]
    type: str


class CatalogProductOfferAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: str
    code: str
    xmlId: str
    barcodeMulti: str
    canBuyZero: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    subscribe: str
    vatId: int
    vatIncluded: str
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: str
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: str
    parentId: int
    propertyN: Any


class CatalogProductOfferDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductOfferUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.offer.update``."""

    name: str
    active: str
    code: str
    xmlId: str
    barcodeMulti: str
    canBuyZero: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    subscribe: str
    vatId: int
    vatIncluded: str
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: str
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: str
    parentId: dict[str, Any]
    propertyN: Any
    iblockId: int


class CatalogProductPropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productProperty.add``."""

    iblockId: Required[int]
    name: Required[str]
    propertyType: Required[str]
    active: str
    sort: int
    code: str
    defaultValue: str
    userType: str
    rowCount: int
    colCount: int
    listType: str
    multiple: str
    xmlId: str
    fileType: str
    multipleCnt: int
    linkIblockId: int
    withDescription: str
    searchable: str
    filtrable: str
    isRequired: str
    hint: str
    userTypeSettings: dict[str, Any]


CatalogProductPropertyEnumAddFields = TypedDict(
    "CatalogProductPropertyEnumAddFields",
    {
        "propertyId": Required[int],
        "value": Required[str],
        "xmlId": Required[str],
        "def": str,
        "sort": int,
    },
    total=False,
)


CatalogProductPropertyEnumUpdateFields = TypedDict(
    "CatalogProductPropertyEnumUpdateFields",
    {
        "propertyId": Required[int],
        "value": Required[str],
        "xmlId": Required[str],
        "def": str,
        "sort": int,
    },
    total=False,
)


class CatalogProductPropertyFeatureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertyFeature.add``."""

    propertyId: Required[int]
    moduleId: Required[str]
    featureId: Required[str]
    isEnabled: Required[str]


class CatalogProductPropertyFeatureUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertyFeature.update``."""

    propertyId: Required[int]
    moduleId: Required[str]
    featureId: Required[str]
    isEnabled: Required[str]


class CatalogProductPropertySectionSetFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productPropertySection.set``."""

    smartFilter: str
    displayType: str
    displayExpanded: str
    filterHint: str


class CatalogProductPropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.productProperty.update``."""

    iblockId: Required[int]
    name: str
    propertyType: str
    active: str
    sort: int
    code: str
    defaultValue: str
    userType: str
    rowCount: int
    colCount: int
    listType: str
    multiple: str
    xmlId: str
    fileType: str
    multipleCnt: int
    linkIblockId: int
    withDescription: str
    searchable: str
    filtrable: str
    isRequired: str
    hint: str
    userTypeSettings: dict[str, Any]


class CatalogProductServiceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    vatId: int
    vatIncluded: str
    propertyN: Any


class CatalogProductServiceDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductServiceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.service.update``."""

    name: str
    active: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    vatId: int
    vatIncluded: str
    propertyN: Any


class CatalogProductSkuAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.add``."""

    iblockId: Required[int]
    name: Required[str]
    active: str
    code: str
    xmlId: str
    canBuyZero: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    subscribe: str
    vatId: int
    vatIncluded: str
    height: float
    length: float
    weight: float
    width: float
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    propertyN: Any


class CatalogProductSkuDownloadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.download``."""

    fileId: Required[int]
    productId: Required[int]
    fieldName: Required[str]


class CatalogProductSkuUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.sku.update``."""

    name: str
    active: str
    code: str
    xmlId: str
    canBuyZero: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    subscribe: str
    vatId: int
    vatIncluded: str
    height: float
    length: float
    weight: float
    width: float
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    propertyN: Any


class CatalogProductUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.product.update``."""

    name: str
    active: str
    code: str
    xmlId: str
    barcodeMulti: str
    canBuyZero: str
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
    previewTextType: str
    detailTextType: str
    sort: int
    subscribe: str
    vatId: int
    vatIncluded: str
    height: float
    length: float
    weight: float
    width: float
    quantityTrace: str
    purchasingCurrency: str
    purchasingPrice: float
    quantity: float
    quantityReserved: float
    recurSchemeLength: int
    recurSchemeType: str
    trialPriceId: int
    withoutOrder: str
    propertyN: Any


class CatalogRoundingRuleAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.roundingRule.add``."""

    catalogGroupId: Required[int]
    price: Required[float]
    roundType: Required[int]
    roundPrecision: Required[float]


class CatalogRoundingRuleUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.roundingRule.update``."""

    catalogGroupId: Required[int]
    price: Required[float]
    roundType: Required[int]
    roundPrecision: Required[float]


class CatalogSectionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.section.add``."""

    iblockId: Required[int]
    iblockSectionId: int
    name: Required[str]
    xmlId: str
    code: str
    sort: int | str
    active: str
    description: str
    descriptionType: str


class CatalogSectionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.section.update``."""

    iblockId: Required[int]
    iblockSectionId: int
    name: Required[str]
    xmlId: str
    code: str
    sort: int
    active: str
    description: str
    descriptionType: str


class CatalogStoreAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.store.add``."""

    address: Required[str]
    title: str
    active: str
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
    issuingCenter: str
    code: str


class CatalogStoreUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.store.update``."""

    address: str
    title: str
    active: str
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
    issuingCenter: str
    code: str


class CatalogUserfieldDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.userfield.document.update``."""

    documentType: Required[str]
    fieldN: Any
    field7097: str


class CatalogVatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.vat.add``."""

    name: Required[str]
    active: str
    rate: Required[float]
    sort: int


class CatalogVatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``catalog.vat.update``."""

    name: Required[str]
    active: str
    rate: Required[float]
    sort: int
