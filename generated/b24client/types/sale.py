"""TypedDicts of ``b24client.types.sale``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "SaleBasketitem",
    "SaleBasketitemAddCatalogProductFields",
    "SaleBasketitemAddCatalogProductResult",
    "SaleBasketitemAddFields",
    "SaleBasketitemAddResult",
    "SaleBasketitemGetFieldsCatalogProductResult",
    "SaleBasketitemGetFieldsCatalogProductResultBasketItem",
    "SaleBasketitemGetFieldsResult",
    "SaleBasketitemGetFieldsResultBasketItem",
    "SaleBasketitemGetResult",
    "SaleBasketitemUpdateCatalogProductFields",
    "SaleBasketitemUpdateCatalogProductResult",
    "SaleBasketitemUpdateFields",
    "SaleBasketitemUpdateResult",
    "SaleBasketproperties",
    "SaleBasketpropertiesAddFields",
    "SaleBasketpropertiesAddResult",
    "SaleBasketpropertiesAddResultBasketProperty",
    "SaleBasketpropertiesGetFieldsResult",
    "SaleBasketpropertiesGetFieldsResultBasketProperties",
    "SaleBasketpropertiesGetResult",
    "SaleBasketpropertiesUpdateFields",
    "SaleBasketpropertiesUpdateResult",
    "SaleBasketpropertiesUpdateResultBasketProperty",
    "SaleBusinessValuePersonDomain",
    "SaleBusinessValuePersonDomainAddFields",
    "SaleBusinessValuePersonDomainAddResult",
    "SaleBusinessValuePersonDomainDeleteByFilterFields",
    "SaleBusinessValuePersonDomainDomain",
    "SaleBusinessValuePersonDomainGetFieldsResult",
    "SaleBusinessValuePersonDomainPersonTypeId",
    "SaleCashbox",
    "SaleCashboxAddOfdSettings",
    "SaleCashboxHandler",
    "SaleCashboxHandlerAddSettings",
    "SaleCashboxHandlerAddSettingsConfig",
    "SaleCashboxHandlerAddSettingsConfigItems",
    "SaleCashboxHandlerSettings",
    "SaleCashboxHandlerSettingsConfig",
    "SaleCashboxHandlerSettingsConfigAuth",
    "SaleCashboxHandlerSettingsConfigAuthItems",
    "SaleCashboxHandlerSettingsConfigAuthItemsLogin",
    "SaleCashboxHandlerSettingsConfigAuthItemsPassword",
    "SaleCashboxHandlerSettingsConfigCompany",
    "SaleCashboxHandlerSettingsConfigCompanyItems",
    "SaleCashboxHandlerSettingsConfigCompanyItemsInn",
    "SaleCashboxHandlerSettingsConfigInteraction",
    "SaleCashboxHandlerSettingsConfigInteractionItems",
    "SaleCashboxHandlerSettingsConfigInteractionItemsMode",
    "SaleCashboxHandlerSettingsConfigInteractionItemsModeOptions",
    "SaleCashboxUpdateFields",
    "SaleCashboxUpdateFieldsOfdSettings",
    "SaleDelivery",
    "SaleDeliveryAddConfig",
    "SaleDeliveryAddResult",
    "SaleDeliveryAddResultParent",
    "SaleDeliveryAddResultProfiles",
    "SaleDeliveryConfig",
    "SaleDeliveryConfigUpdateConfig",
    "SaleDeliveryExtraService",
    "SaleDeliveryExtraServiceAddItems",
    "SaleDeliveryExtraServiceItems",
    "SaleDeliveryExtraServiceUpdateItems",
    "SaleDeliveryHandler",
    "SaleDeliveryHandlerAddProfiles",
    "SaleDeliveryHandlerAddSettings",
    "SaleDeliveryHandlerAddSettingsConfig",
    "SaleDeliveryHandlerProfiles",
    "SaleDeliveryHandlerSettings",
    "SaleDeliveryHandlerSettingsConfig",
    "SaleDeliveryHandlerSettingsConfigOptions",
    "SaleDeliveryHandlerUpdateProfiles",
    "SaleDeliveryHandlerUpdateSettings",
    "SaleDeliveryHandlerUpdateSettingsConfig",
    "SaleDeliveryRequestSendmessageMessage",
    "SaleDeliveryRequestSendmessageMessageStatus",
    "SaleDeliveryRequestUpdateProperties",
    "SaleDeliveryRequestUpdateStatus",
    "SaleFieldDescription",
    "SaleFieldDescriptionFields",
    "SaleFieldDescriptionFieldsMax",
    "SaleFieldDescriptionFieldsMin",
    "SaleFieldDescriptionFieldsStep",
    "SaleOrder",
    "SaleOrderAddFields",
    "SaleOrderAddResult",
    "SaleOrderBasketItems",
    "SaleOrderBasketItemsProperties",
    "SaleOrderBasketItemsReservations",
    "SaleOrderClients",
    "SaleOrderGetResult",
    "SaleOrderGetfieldsResult",
    "SaleOrderGetfieldsResultOrder",
    "SaleOrderPayments",
    "SaleOrderPropertyValues",
    "SaleOrderRequisiteLink",
    "SaleOrderShipments",
    "SaleOrderShipmentsShipmentItems",
    "SaleOrderTradeBindings",
    "SaleOrderUpdateFields",
    "SaleOrderUpdateResult",
    "SalePayment",
    "SalePaymentAddFields",
    "SalePaymentAddResult",
    "SalePaymentGetFieldsResult",
    "SalePaymentGetFieldsResultPayment",
    "SalePaymentGetResult",
    "SalePaymentItemShipment",
    "SalePaymentItemShipmentAddFields",
    "SalePaymentItemShipmentAddResult",
    "SalePaymentItemShipmentGetFieldsResult",
    "SalePaymentItemShipmentGetFieldsResultPaymentItemShipment",
    "SalePaymentItemShipmentGetResult",
    "SalePaymentItemShipmentUpdateFields",
    "SalePaymentItemShipmentUpdateResult",
    "SalePaymentUpdateFields",
    "SalePaymentUpdateResult",
    "SalePaymentitembasket",
    "SalePaymentitembasketAddFields",
    "SalePaymentitembasketAddResult",
    "SalePaymentitembasketGetResult",
    "SalePaymentitembasketGetfieldsResult",
    "SalePaymentitembasketGetfieldsResultPaymentItemBasket",
    "SalePaymentitembasketUpdateFields",
    "SalePaymentitembasketUpdateResult",
    "SalePaysystem",
    "SalePaysystemHandler",
    "SalePaysystemHandlerAddSettings",
    "SalePaysystemHandlerAddSettingsCheckoutData",
    "SalePaysystemHandlerAddSettingsCodes",
    "SalePaysystemHandlerAddSettingsCodesDefault",
    "SalePaysystemHandlerAddSettingsFormData",
    "SalePaysystemHandlerAddSettingsIframeData",
    "SalePaysystemHandlerSettings",
    "SalePaysystemHandlerSettingsCodes",
    "SalePaysystemHandlerSettingsCodesPaymentBuyerId",
    "SalePaysystemHandlerSettingsCodesPaymentBuyerIdDefault",
    "SalePaysystemHandlerSettingsCodesPaymentId",
    "SalePaysystemHandlerSettingsCodesPaymentIdDefault",
    "SalePaysystemHandlerSettingsCodesPsChangeStatusPay",
    "SalePaysystemHandlerSettingsCodesPsChangeStatusPayInput",
    "SalePaysystemHandlerSettingsCodesPsWorkMode",
    "SalePaysystemHandlerSettingsCodesPsWorkModeInput",
    "SalePaysystemHandlerSettingsCodesPsWorkModeInputOptions",
    "SalePaysystemHandlerSettingsCodesRestServiceId",
    "SalePaysystemHandlerSettingsCodesRestServiceKey",
    "SalePaysystemHandlerSettingsFormData",
    "SalePaysystemHandlerSettingsFormDataFields",
    "SalePaysystemHandlerSettingsFormDataFieldsPaymentId",
    "SalePaysystemHandlerSettingsFormDataFieldsPhone",
    "SalePaysystemHandlerSettingsFormDataFieldsPhoneCode",
    "SalePaysystemHandlerSettingsFormDataFieldsServiceid",
    "SalePaysystemHandlerUpdateFields",
    "SalePaysystemSettings",
    "SalePaysystemSettingsInvoice",
    "SalePaysystemSettingsPayment",
    "SalePaysystemSettingsUpdateSettings",
    "SalePaysystemUpdateFields",
    "SalePersontype",
    "SalePersontypeAddFields",
    "SalePersontypeAddResult",
    "SalePersontypeGetFieldsResult",
    "SalePersontypeGetFieldsResultPersonType",
    "SalePersontypeGetResult",
    "SalePersontypeUpdateFields",
    "SalePersontypeUpdateResult",
    "SaleProperty",
    "SalePropertyAddFields",
    "SalePropertyAddFieldsSettings",
    "SalePropertyAddResult",
    "SalePropertyGetResult",
    "SalePropertyGetfieldsbytypeResult",
    "SalePropertyGetfieldsbytypeResultProperty",
    "SalePropertyRelation",
    "SalePropertyRelationAddFields",
    "SalePropertyRelationAddResult",
    "SalePropertyRelationDeleteByFilterFields",
    "SalePropertyRelationGetFieldsResult",
    "SalePropertyRelationGetFieldsResultPropertyRelation",
    "SalePropertySettings",
    "SalePropertyUpdateFields",
    "SalePropertyUpdateResult",
    "SalePropertygroup",
    "SalePropertygroupAddFields",
    "SalePropertygroupAddResult",
    "SalePropertygroupGetFieldsResult",
    "SalePropertygroupGetFieldsResultPropertyGroup",
    "SalePropertygroupGetResult",
    "SalePropertygroupUpdateFields",
    "SalePropertygroupUpdateResult",
    "SalePropertyvalue",
    "SalePropertyvalueGetResult",
    "SalePropertyvalueGetfieldsResult",
    "SalePropertyvalueGetfieldsResultPropertyValue",
    "SalePropertyvalueModifyFields",
    "SalePropertyvalueModifyResult",
    "SalePropertyvalueModifyResultPropertyValues",
    "SalePropertyvalueModifyResultPropertyValuesValue",
    "SalePropertyvariant",
    "SalePropertyvariantAddFields",
    "SalePropertyvariantAddResult",
    "SalePropertyvariantGetFieldsResult",
    "SalePropertyvariantGetFieldsResultPropertyVariant",
    "SalePropertyvariantGetResult",
    "SalePropertyvariantUpdateFields",
    "SalePropertyvariantUpdateResult",
    "SaleShipment",
    "SaleShipmentAddFields",
    "SaleShipmentAddResult",
    "SaleShipmentGetFieldsResult",
    "SaleShipmentGetFieldsResultShipment",
    "SaleShipmentGetResult",
    "SaleShipmentShipmentItems",
    "SaleShipmentUpdateFields",
    "SaleShipmentUpdateResult",
    "SaleShipmentitem",
    "SaleShipmentitemAddFields",
    "SaleShipmentitemAddResult",
    "SaleShipmentitemGetFieldsResult",
    "SaleShipmentitemGetFieldsResultShipmentItem",
    "SaleShipmentitemGetResult",
    "SaleShipmentitemUpdateFields",
    "SaleShipmentitemUpdateResult",
    "SaleShipmentproperty",
    "SaleShipmentpropertyAddFields",
    "SaleShipmentpropertyAddFieldsSettings",
    "SaleShipmentpropertyAddResult",
    "SaleShipmentpropertyAddResultProperty",
    "SaleShipmentpropertyAddResultPropertySettings",
    "SaleShipmentpropertyGetResult",
    "SaleShipmentpropertyGetfieldsbytypeResult",
    "SaleShipmentpropertyGetfieldsbytypeResultProperty",
    "SaleShipmentpropertySettings",
    "SaleShipmentpropertyUpdateFields",
    "SaleShipmentpropertyUpdateResult",
    "SaleShipmentpropertyUpdateResultProperty",
    "SaleShipmentpropertyUpdateResultPropertySettings",
    "SaleShipmentpropertyvalue",
    "SaleShipmentpropertyvalueGetFieldsResult",
    "SaleShipmentpropertyvalueGetFieldsResultPropertyValue",
    "SaleShipmentpropertyvalueGetResult",
    "SaleShipmentpropertyvalueModifyFields",
    "SaleShipmentpropertyvalueModifyFieldsShipment",
    "SaleShipmentpropertyvalueModifyFieldsShipmentPropertyValues",
    "SaleShipmentpropertyvalueModifyResult",
    "SaleShipmentpropertyvalueModifyResultPropertyValues",
    "SaleStatus",
    "SaleStatusAddFields",
    "SaleStatusAddResult",
    "SaleStatusGetFieldsResult",
    "SaleStatusGetFieldsResultStatus",
    "SaleStatusGetResult",
    "SaleStatusLang",
    "SaleStatusLangAddFields",
    "SaleStatusLangAddResult",
    "SaleStatusLangDeleteByFilterFields",
    "SaleStatusLangGetFieldsResult",
    "SaleStatusLangGetFieldsResultStatusLang",
    "SaleStatusLangGetListLangsResult",
    "SaleStatusUpdateFields",
    "SaleStatusUpdateResult",
    "SaleTradeBinding",
    "SaleTradeBindingExternalOrderId",
    "SaleTradeBindingGetFieldsResult",
    "SaleTradeBindingId",
    "SaleTradePlatform",
    "SaleTradePlatformCatalogSectionTabClassName",
    "SaleTradePlatformClass",
    "SaleTradePlatformGetFieldsResult",
]


class SaleBasketitem(TypedDict, total=False):
    """Sale basketitem, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html
    """

    basePrice: int
    canBuy: str
    catalogXmlId: str
    currency: str
    customPrice: str
    dateInsert: str
    dateUpdate: str
    dimensions: str
    discountPrice: int
    id: int
    measureCode: str
    measureName: str
    name: str
    orderId: int
    price: int
    productId: int
    productXmlId: str
    properties: list[Any]
    quantity: int
    reservations: list[Any]
    sort: int
    vatIncluded: str
    vatRate: Any
    weight: int
    xmlId: str
    type: Any
    roductid: int


class SaleBasketitemAddCatalogProductFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.addCatalogProduct``."""

    orderId: Required[int]
    sort: int
    productId: Required[int]
    price: float
    basePrice: float
    discountPrice: float
    currency: Required[str]
    customPrice: Literal["Y", "N"]
    quantity: Required[float]
    xmlId: str
    name: str


class SaleBasketitemAddCatalogProductResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.addCatalogProduct``."""

    basketItem: Required[SaleBasketitem]


class SaleBasketitemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.add``."""

    orderId: Required[int]
    sort: int
    productId: Required[int]
    price: float
    basePrice: float
    discountPrice: float
    currency: Required[str]
    customPrice: Literal["Y", "N"]
    quantity: Required[float]
    xmlId: str
    name: str
    weight: int
    dimensions: str
    measureCode: str
    measureName: str
    canBuy: Literal["Y", "N"]
    vatRate: float
    vatIncluded: Literal["Y", "N"]
    catalogXmlId: str
    productXmlId: str


class SaleBasketitemAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.add``."""

    basketItem: Required[SaleBasketitem]


class SaleFieldDescriptionFieldsMax(TypedDict, total=False):
    """Keys of ``fields.max`` in ``SaleFieldDescription``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleFieldDescriptionFieldsMin(TypedDict, total=False):
    """Keys of ``fields.min`` in ``SaleFieldDescription``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleFieldDescriptionFieldsStep(TypedDict, total=False):
    """Keys of ``fields.step`` in ``SaleFieldDescription``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleFieldDescriptionFields(TypedDict, total=False):
    """Keys of ``fields`` in ``SaleFieldDescription``."""

    max: SaleFieldDescriptionFieldsMax
    min: SaleFieldDescriptionFieldsMin
    step: SaleFieldDescriptionFieldsStep


class SaleFieldDescription(TypedDict, total=False):
    """Sale field description, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-catalog-product-fields.html
    """

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str
    fields: SaleFieldDescriptionFields


class SaleBasketitemGetFieldsCatalogProductResultBasketItem(TypedDict, total=False):
    """Keys of ``result.basketItem`` in ``sale.basketitem.getFieldsCatalogProduct``."""

    basePrice: SaleFieldDescription
    canBuy: SaleFieldDescription
    catalogXmlId: SaleFieldDescription


class SaleBasketitemGetFieldsCatalogProductResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.getFieldsCatalogProduct``."""

    basketItem: Required[SaleBasketitemGetFieldsCatalogProductResultBasketItem]


class SaleBasketitemGetFieldsResultBasketItem(TypedDict, total=False):
    """Keys of ``result.basketItem`` in ``sale.basketitem.getFields``."""

    basePrice: SaleFieldDescription
    canBuy: SaleFieldDescription
    catalogXmlId: SaleFieldDescription


class SaleBasketitemGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.getFields``."""

    basketItem: Required[SaleBasketitemGetFieldsResultBasketItem]


class SaleBasketitemGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.get``."""

    basketItem: Required[SaleBasketitem]


class SaleBasketitemUpdateCatalogProductFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.updateCatalogProduct``."""

    sort: int
    quantity: Required[float]
    xmlId: str


class SaleBasketitemUpdateCatalogProductResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.updateCatalogProduct``."""

    basketItem: Required[SaleBasketitem]


class SaleBasketitemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.update``."""

    sort: int
    price: float
    basePrice: float
    discountPrice: float
    quantity: float
    xmlId: str
    name: str
    weight: int
    dimensions: str
    measureCode: str
    measureName: str
    canBuy: Literal["Y", "N"]
    vatRate: float
    vatIncluded: Literal["Y", "N"]
    catalogXmlId: str
    productXmlId: str


class SaleBasketitemUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.update``."""

    basketItem: Required[SaleBasketitem]


class SaleBasketproperties(TypedDict, total=False):
    """Sale basketproperties, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get.html
    """

    basketId: int
    code: str
    id: int
    name: str
    sort: int
    value: str
    xmlId: str


class SaleBasketpropertiesAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketproperties.add``."""

    basketId: Required[int]
    name: Required[str]
    value: Required[str]
    code: Required[str]
    sort: int
    xmlId: str


class SaleBasketpropertiesAddResultBasketProperty(TypedDict, total=False):
    """Keys of ``result.basketProperty`` in ``sale.basketproperties.add``."""

    basketId: int
    code: str
    id: int
    name: str
    value: str
    xmlId: str


class SaleBasketpropertiesAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.add``."""

    basketProperty: Required[SaleBasketpropertiesAddResultBasketProperty]


class SaleBasketpropertiesGetFieldsResultBasketProperties(TypedDict, total=False):
    """Keys of ``result.basketProperties`` in ``sale.basketproperties.getFields``."""

    basketId: SaleFieldDescription
    code: SaleFieldDescription
    id: SaleFieldDescription
    name: SaleFieldDescription
    sort: SaleFieldDescription
    value: SaleFieldDescription
    xmlId: SaleFieldDescription


class SaleBasketpropertiesGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.getFields``."""

    basketProperties: Required[SaleBasketpropertiesGetFieldsResultBasketProperties]


class SaleBasketpropertiesGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.get``."""

    basketProperty: Required[SaleBasketproperties]


class SaleBasketpropertiesUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketproperties.update``."""

    name: str
    value: str
    code: str
    sort: int
    xmlId: str


class SaleBasketpropertiesUpdateResultBasketProperty(TypedDict, total=False):
    """Keys of ``result.basketProperty`` in ``sale.basketproperties.update``."""

    basketId: int
    code: str
    id: int
    name: str
    sort: int
    value: str
    xmlId: str


class SaleBasketpropertiesUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.update``."""

    basketProperty: Required[SaleBasketpropertiesUpdateResultBasketProperty]


class SaleBusinessValuePersonDomainPersonTypeId(TypedDict, total=False):
    """Keys of ``personTypeId`` in ``SaleBusinessValuePersonDomain``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleBusinessValuePersonDomainDomain(TypedDict, total=False):
    """Keys of ``domain`` in ``SaleBusinessValuePersonDomain``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleBusinessValuePersonDomain(TypedDict, total=False):
    """Sale business value person domain, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-list.html
    """

    personTypeId: int | SaleBusinessValuePersonDomainPersonTypeId
    domain: SaleBusinessValuePersonDomainDomain


class SaleBusinessValuePersonDomainAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.businessValuePersonDomain.add``."""

    personTypeId: Required[int]
    domain: Required[str]


class SaleBusinessValuePersonDomainAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.businessValuePersonDomain.add``."""

    businessValuePersonDomain: Required[dict[str, Any]]


class SaleBusinessValuePersonDomainDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.businessValuePersonDomain.deleteByFilter``."""

    personTypeId: Required[int]
    domain: Required[str]


class SaleBusinessValuePersonDomainGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.businessValuePersonDomain.getFields``."""

    businessValuePersonDomain: Required[SaleBusinessValuePersonDomain]


class SaleCashbox(TypedDict, total=False):
    """Sale cashbox, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html
    """

    ID: str
    NAME: str
    OFD: str
    EMAIL: str
    DATE_CREATE: dict[str, Any]
    DATE_LAST_CHECK: Any
    NUMBER_KKM: str
    KKM_ID: Any
    ACTIVE: str
    SORT: str
    USE_OFFLINE: str
    ENABLED: str


class SaleCashboxAddOfdSettings(TypedDict, total=False):
    """Keys of the ``OFD_SETTINGS`` parameter of ``sale.cashbox.add``."""

    OFD_MODE: dict[str, Any]
    SELLER_INFO: dict[str, Any]
    AUTH: dict[str, Any]


class SaleCashboxHandlerSettingsConfigAuthItemsLogin(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH.ITEMS.LOGIN`` in ``SaleCashboxHandler``."""

    TYPE: str
    REQUIRED: str
    LABEL: str


class SaleCashboxHandlerSettingsConfigAuthItemsPassword(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH.ITEMS.PASSWORD`` in ``SaleCashboxHandler``."""

    TYPE: str
    REQUIRED: str
    LABEL: str


class SaleCashboxHandlerSettingsConfigAuthItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH.ITEMS`` in ``SaleCashboxHandler``."""

    LOGIN: SaleCashboxHandlerSettingsConfigAuthItemsLogin
    PASSWORD: SaleCashboxHandlerSettingsConfigAuthItemsPassword


class SaleCashboxHandlerSettingsConfigAuth(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH`` in ``SaleCashboxHandler``."""

    LABEL: str
    ITEMS: SaleCashboxHandlerSettingsConfigAuthItems


class SaleCashboxHandlerSettingsConfigCompanyItemsInn(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.COMPANY.ITEMS.INN`` in ``SaleCashboxHandler``."""

    TYPE: str
    REQUIRED: str
    LABEL: str
    DISABLED: str
    MULTIPLE: str
    MULTILINE: str


class SaleCashboxHandlerSettingsConfigCompanyItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.COMPANY.ITEMS`` in ``SaleCashboxHandler``."""

    INN: SaleCashboxHandlerSettingsConfigCompanyItemsInn


class SaleCashboxHandlerSettingsConfigCompany(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.COMPANY`` in ``SaleCashboxHandler``."""

    LABEL: str
    ITEMS: SaleCashboxHandlerSettingsConfigCompanyItems


class SaleCashboxHandlerSettingsConfigInteractionItemsModeOptions(
    TypedDict, total=False
):
    """Keys of ``SETTINGS.CONFIG.INTERACTION.ITEMS.MODE.OPTIONS`` in ``SaleCashboxHandler``."""

    ACTIVE: str
    TEST: str


class SaleCashboxHandlerSettingsConfigInteractionItemsMode(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.INTERACTION.ITEMS.MODE`` in ``SaleCashboxHandler``."""

    TYPE: str
    LABEL: str
    OPTIONS: SaleCashboxHandlerSettingsConfigInteractionItemsModeOptions


class SaleCashboxHandlerSettingsConfigInteractionItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.INTERACTION.ITEMS`` in ``SaleCashboxHandler``."""

    MODE: SaleCashboxHandlerSettingsConfigInteractionItemsMode


class SaleCashboxHandlerSettingsConfigInteraction(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.INTERACTION`` in ``SaleCashboxHandler``."""

    LABEL: str
    ITEMS: SaleCashboxHandlerSettingsConfigInteractionItems


class SaleCashboxHandlerSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``SaleCashboxHandler``."""

    AUTH: SaleCashboxHandlerSettingsConfigAuth
    COMPANY: SaleCashboxHandlerSettingsConfigCompany
    INTERACTION: SaleCashboxHandlerSettingsConfigInteraction


class SaleCashboxHandlerSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``SaleCashboxHandler``."""

    PRINT_URL: str
    CHECK_URL: str
    CONFIG: SaleCashboxHandlerSettingsConfig
    SUPPORTS_FFD105: str


class SaleCashboxHandler(TypedDict, total=False):
    """Sale cashbox handler, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html
    """

    ID: str
    NAME: str
    CODE: str
    SORT: str
    SETTINGS: SaleCashboxHandlerSettings


class SaleCashboxHandlerAddSettingsConfigItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.ITEMS`` in ``sale.cashbox.handler.add``."""

    TYPE: Required[str]
    LABEL: Required[str]
    REQUIRED: Required[Literal["Y", "N"]]
    DISABLED: Literal["Y", "N"]
    MULTIPLE: Literal["Y", "N"]
    MULTILINE: Literal["Y", "N"]
    OPTIONS: Required[dict[str, Any]]
    TIME: Literal["Y", "N"]


class SaleCashboxHandlerAddSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``sale.cashbox.handler.add``."""

    LABEL: str
    ITEMS: SaleCashboxHandlerAddSettingsConfigItems
    AUTH: dict[str, Any]
    INTERACTION: dict[str, Any]


class SaleCashboxHandlerAddSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.cashbox.handler.add``."""

    PRINT_URL: Required[str]
    CHECK_URL: Required[str]
    HTTP_VERSION: str
    CONFIG: Required[SaleCashboxHandlerAddSettingsConfig]


class SaleCashboxUpdateFieldsOfdSettings(TypedDict, total=False):
    """Keys of ``FIELDS.OFD_SETTINGS`` in ``sale.cashbox.update``."""

    OFD_MODE: dict[str, Any]
    SELLER_INFO: dict[str, Any]
    AUTH: dict[str, Any]


class SaleCashboxUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.cashbox.update``."""

    NAME: str
    EMAIL: str
    OFD: str
    OFD_SETTINGS: SaleCashboxUpdateFieldsOfdSettings
    NUMBER_KKM: str
    ACTIVE: Literal["Y", "N"]
    SORT: int
    USE_OFFLINE: Literal["Y", "N"]
    SETTINGS: dict[str, Any]


class SaleDelivery(TypedDict, total=False):
    """Sale delivery, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-get-list.html
    """

    NAME: str
    ACTIVE: str
    DESCRIPTION: str
    CURRENCY: str
    ID: int
    PARENT_ID: int | None
    SORT: int


class SaleDeliveryAddConfig(TypedDict, total=False):
    """Keys of the ``CONFIG`` parameter of ``sale.delivery.add``."""

    CODE: Required[str]
    VALUE: Required[str | float]


class SaleDeliveryAddResultParent(TypedDict, total=False):
    """Keys of ``result.parent`` in ``sale.delivery.add``."""

    NAME: str
    ACTIVE: str
    DESCRIPTION: str
    CURRENCY: str
    ID: int
    PARENT_ID: Any
    SORT: int
    LOGOTYPE: int


class SaleDeliveryAddResultProfiles(TypedDict, total=False):
    """Keys of ``result.profiles`` in ``sale.delivery.add``."""

    NAME: str
    ACTIVE: str
    DESCRIPTION: str
    CURRENCY: str
    ID: int
    PARENT_ID: int
    SORT: int
    LOGOTYPE: Any


class SaleDeliveryAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.delivery.add``."""

    parent: SaleDeliveryAddResultParent
    profiles: list[SaleDeliveryAddResultProfiles]


class SaleDeliveryConfig(TypedDict, total=False):
    """Sale delivery config, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-get.html
    """

    CODE: str
    VALUE: Any


class SaleDeliveryConfigUpdateConfig(TypedDict, total=False):
    """Keys of the ``CONFIG`` parameter of ``sale.delivery.config.update``."""

    CODE: Required[str]
    VALUE: Required[str | float]


class SaleDeliveryExtraServiceItems(TypedDict, total=False):
    """Keys of ``ITEMS`` in ``SaleDeliveryExtraService``."""

    TITLE: str
    CODE: Any
    PRICE: str


class SaleDeliveryExtraService(TypedDict, total=False):
    """Sale delivery extra service, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-get.html
    """

    ID: str
    CODE: str
    NAME: str
    DESCRIPTION: str
    ACTIVE: str
    SORT: str
    TYPE: str
    PRICE: float
    ITEMS: list[SaleDeliveryExtraServiceItems]


class SaleDeliveryExtraServiceAddItems(TypedDict, total=False):
    """Keys of the ``ITEMS`` parameter of ``sale.delivery.extra.service.add``."""

    TITLE: Required[str]
    CODE: Required[str]
    PRICE: float


class SaleDeliveryExtraServiceUpdateItems(TypedDict, total=False):
    """Keys of the ``ITEMS`` parameter of ``sale.delivery.extra.service.update``."""

    TITLE: Required[str]
    CODE: Required[str]
    PRICE: float


class SaleDeliveryHandlerSettingsConfigOptions(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.OPTIONS`` in ``SaleDeliveryHandler``."""

    Option1Code: str
    Option2Code: str
    Option3Code: str
    Option4Code: str
    Option5Code: str


class SaleDeliveryHandlerSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``SaleDeliveryHandler``."""

    TYPE: str
    NAME: str
    CODE: str
    OPTIONS: SaleDeliveryHandlerSettingsConfigOptions


class SaleDeliveryHandlerSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``SaleDeliveryHandler``."""

    CALCULATE_URL: str
    CREATE_DELIVERY_REQUEST_URL: str
    CANCEL_DELIVERY_REQUEST_URL: str
    HAS_CALLBACK_TRACKING_SUPPORT: str
    CONFIG: list[SaleDeliveryHandlerSettingsConfig]


class SaleDeliveryHandlerProfiles(TypedDict, total=False):
    """Keys of ``PROFILES`` in ``SaleDeliveryHandler``."""

    NAME: str
    DESCRIPTION: str
    CODE: str


class SaleDeliveryHandler(TypedDict, total=False):
    """Sale delivery handler, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-list.html
    """

    ID: str
    NAME: str
    CODE: str
    SORT: str
    DESCRIPTION: str
    SETTINGS: SaleDeliveryHandlerSettings
    PROFILES: list[SaleDeliveryHandlerProfiles]


class SaleDeliveryHandlerAddProfiles(TypedDict, total=False):
    """Keys of the ``PROFILES`` parameter of ``sale.delivery.handler.add``."""

    NAME: Required[str]
    CODE: Required[str]
    DESCRIPTION: str


class SaleDeliveryHandlerAddSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``sale.delivery.handler.add``."""

    TYPE: Required[str]
    CODE: Required[str]
    NAME: Required[str]
    OPTIONS: dict[str, Any]


class SaleDeliveryHandlerAddSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.delivery.handler.add``."""

    CALCULATE_URL: Required[str]
    CREATE_DELIVERY_REQUEST_URL: str
    CANCEL_DELIVERY_REQUEST_URL: str
    HAS_CALLBACK_TRACKING_SUPPORT: Literal["Y", "N"]
    CONFIG: Sequence[SaleDeliveryHandlerAddSettingsConfig]


class SaleDeliveryHandlerUpdateProfiles(TypedDict, total=False):
    """Keys of the ``PROFILES`` parameter of ``sale.delivery.handler.update``."""

    NAME: Required[str]
    CODE: Required[str]
    DESCRIPTION: str


class SaleDeliveryHandlerUpdateSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``sale.delivery.handler.update``."""

    TYPE: Required[str]
    CODE: Required[str]
    NAME: Required[str]
    OPTIONS: dict[str, Any]


class SaleDeliveryHandlerUpdateSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.delivery.handler.update``."""

    CALCULATE_URL: Required[str]
    CREATE_DELIVERY_REQUEST_URL: str
    CANCEL_DELIVERY_REQUEST_URL: str
    HAS_CALLBACK_TRACKING_SUPPORT: Literal["Y", "N"]
    CONFIG: Sequence[SaleDeliveryHandlerUpdateSettingsConfig]


class SaleDeliveryRequestSendmessageMessageStatus(TypedDict, total=False):
    """Keys of ``MESSAGE.STATUS`` in ``sale.delivery.request.sendmessage``."""

    MESSAGE: Required[str]
    SEMANTIC: Required[Literal["success", "process", "error"]]


class SaleDeliveryRequestSendmessageMessage(TypedDict, total=False):
    """Keys of the ``MESSAGE`` parameter of ``sale.delivery.request.sendmessage``."""

    SUBJECT: Required[str]
    BODY: Required[str]
    STATUS: SaleDeliveryRequestSendmessageMessageStatus
    MONEY_VALUES: dict[str, Any]


class SaleDeliveryRequestUpdateProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``sale.delivery.request.update``."""

    NAME: Required[str]
    VALUE: Required[str]
    TAGS: Sequence[str]


class SaleDeliveryRequestUpdateStatus(TypedDict, total=False):
    """Keys of the ``STATUS`` parameter of ``sale.delivery.request.update``."""

    TEXT: Required[str]
    SEMANTIC: Required[Literal["process", "success"]]


class SaleOrderBasketItemsProperties(TypedDict, total=False):
    """Keys of ``basketItems.properties`` in ``SaleOrder``."""

    basketId: int
    code: str
    id: int
    name: str
    sort: int
    value: str
    xmlId: str


class SaleOrderBasketItemsReservations(TypedDict, total=False):
    """Keys of ``basketItems.reservations`` in ``SaleOrder``."""

    basketId: int
    dateReserve: str
    dateReserveEnd: str
    id: int
    quantity: int
    reservedBy: Any
    storeId: int


class SaleOrderBasketItems(TypedDict, total=False):
    """Keys of ``basketItems`` in ``SaleOrder``."""

    barcodeMulti: str
    basePrice: int
    canBuy: str
    catalogXmlId: str
    currency: str
    customPrice: str
    dateInsert: str
    dateRefresh: Any
    dateUpdate: str
    detailPageUrl: str
    dimensions: str
    discountCoupon: str
    discountName: str
    discountPrice: int
    discountValue: str
    fuserId: int
    id: str
    lid: str
    measureCode: str
    measureName: str
    module: str
    name: str
    notes: str
    orderId: str
    price: int
    priceTypeId: int
    productId: int
    productPriceId: int
    productProviderClass: str
    productXmlId: str
    properties: list[SaleOrderBasketItemsProperties]
    quantity: int
    recommendation: str
    reservations: list[SaleOrderBasketItemsReservations]
    setParentId: str
    sort: int
    subscribe: str
    type: str
    vatIncluded: str
    vatRate: float
    weight: int
    xmlId: str


class SaleOrderClients(TypedDict, total=False):
    """Keys of ``clients`` in ``SaleOrder``."""

    entityId: int
    entityTypeId: int
    id: int
    isPrimary: str
    orderId: int
    roleId: int
    sort: int


class SaleOrderPayments(TypedDict, total=False):
    """Keys of ``payments`` in ``SaleOrder``."""

    accountNumber: str
    comments: str
    companyId: int
    currency: str
    dateBill: str
    dateMarked: Any
    datePaid: Any
    datePayBefore: Any
    dateResponsibleId: Any
    empMarkedId: Any
    empPaidId: Any
    empResponsibleId: Any
    empReturnId: Any
    externalPayment: str
    id: int
    id1c: str
    isReturn: str
    marked: str
    orderId: int
    paid: str
    payReturnComment: str
    payReturnDate: Any
    payReturnNum: str
    paySystemId: int
    paySystemIsCash: str
    paySystemName: str
    paySystemXmlId: str
    payVoucherDate: Any
    payVoucherNum: str
    priceCod: str
    psCurrency: str
    psInvoiceId: int
    psResponseDate: Any
    psStatus: str
    psStatusCode: str
    psStatusDescription: str
    psStatusMessage: str
    psSum: Any
    reasonMarked: str
    responsibleId: Any
    sum: int
    updated1c: str
    version1c: str
    xmlId: str


class SaleOrderPropertyValues(TypedDict, total=False):
    """Keys of ``propertyValues`` in ``SaleOrder``."""

    code: str
    id: int
    name: str
    orderPropsId: int
    orderPropsXmlId: str | None
    value: str | None


class SaleOrderRequisiteLink(TypedDict, total=False):
    """Keys of ``requisiteLink`` in ``SaleOrder``."""

    bankDetailId: int
    mcBankDetailId: int
    mcRequisiteId: int
    requisiteId: int


class SaleOrderShipmentsShipmentItems(TypedDict, total=False):
    """Keys of ``shipments.shipmentItems`` in ``SaleOrder``."""

    basketId: int
    dateInsert: str
    id: int
    orderDeliveryId: int
    quantity: int
    reservedQuantity: int
    xmlId: str


class SaleOrderShipments(TypedDict, total=False):
    """Keys of ``shipments`` in ``SaleOrder``."""

    accountNumber: str
    allowDelivery: str
    basePriceDelivery: int
    canceled: str
    comments: str
    companyId: int
    currency: str
    customPriceDelivery: str
    dateAllowDelivery: Any
    dateCanceled: Any
    dateDeducted: Any
    dateInsert: str
    dateMarked: Any
    dateResponsibleId: Any
    deducted: str
    deliveryDocDate: Any
    deliveryDocNum: str
    deliveryId: int
    deliveryName: str
    deliveryXmlId: str
    discountPrice: int
    empAllowDeliveryId: Any
    empCanceledId: Any
    empDeductedId: Any
    empMarkedId: Any
    empResponsibleId: Any
    externalDelivery: str
    id: int
    id1c: str
    marked: str
    orderId: int
    priceDelivery: int
    reasonMarked: str
    reasonUndoDeducted: str
    responsibleId: Any
    shipmentItems: list[SaleOrderShipmentsShipmentItems]
    statusId: str
    statusXmlId: str
    system: str
    trackingDescription: str
    trackingLastCheck: str
    trackingNumber: str
    trackingStatus: str
    updated1c: str
    version1c: str
    xmlId: str


class SaleOrderTradeBindings(TypedDict, total=False):
    """Keys of ``tradeBindings`` in ``SaleOrder``."""

    externalOrderId: str
    id: int
    orderId: int
    params: Any
    tradingPlatformId: str
    tradingPlatformXmlId: str
    xmlId: str


class SaleOrder(TypedDict, total=False):
    """Sale order, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get.html
    """

    accountNumber: str
    additionalInfo: str
    affiliateId: Any
    basketItems: list[SaleOrderBasketItems]
    canceled: str
    clients: list[SaleOrderClients] | list[Any]
    comments: str
    companyId: Any
    currency: str
    dateCanceled: Any
    dateInsert: str
    dateLock: Any
    dateMarked: Any
    dateStatus: str
    dateUpdate: str
    deducted: str
    discountValue: int
    empCanceledId: Any
    empMarkedId: Any
    empStatusId: int
    externalOrder: str
    id: int
    id1c: str
    lid: str
    lockedBy: str
    marked: str
    orderTopic: str
    payed: str
    payments: list[SaleOrderPayments]
    personTypeId: int
    personTypeXmlId: str
    price: int
    propertyValues: list[SaleOrderPropertyValues]
    reasonCanceled: str
    reasonMarked: str
    recountFlag: str
    recurringId: str
    requisiteLink: SaleOrderRequisiteLink | list[Any]
    responsibleId: int
    shipments: list[SaleOrderShipments]
    statusId: str
    statusXmlId: str
    taxValue: Any
    tradeBindings: list[SaleOrderTradeBindings]
    updated1c: str
    userDescription: str
    userId: int
    version: int
    version1c: str
    xmlId: str


class SaleOrderAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.order.add``."""

    lid: Required[str]
    personTypeId: Required[int]
    currency: Required[str]
    price: float
    discountValue: float
    statusId: str
    empStatusId: int
    dateInsert: datetime.datetime | str
    marked: Literal["Y", "N"]
    empMarkedId: int
    reasonMarked: str
    userDescription: str
    additionalInfo: str
    comments: str
    responsibleId: int
    recurringId: int
    lockedBy: int
    recountFlag: Literal["Y", "N"]
    affiliateId: int
    updated1c: Literal["Y", "N"]
    orderTopic: str
    xmlId: str
    id1c: str
    version1c: str
    externalOrder: Literal["Y", "N"]
    canceled: Literal["Y", "N"]
    empCanceledId: int
    reasonCanceled: str
    userId: int
    companyId: int


class SaleOrderAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.add``."""

    order: Required[SaleOrder]


class SaleOrderGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.get``."""

    order: Required[SaleOrder]


class SaleOrderGetfieldsResultOrder(TypedDict, total=False):
    """Keys of ``result.order`` in ``sale.order.getfields``."""

    accountNumber: SaleFieldDescription
    additionalInfo: SaleFieldDescription
    affiliateId: SaleFieldDescription
    canceled: SaleFieldDescription
    comments: SaleFieldDescription
    companyId: SaleFieldDescription
    currency: SaleFieldDescription
    dateCanceled: SaleFieldDescription
    dateInsert: SaleFieldDescription
    dateLock: SaleFieldDescription
    dateMarked: SaleFieldDescription
    dateStatus: SaleFieldDescription
    dateUpdate: SaleFieldDescription
    deducted: SaleFieldDescription
    discountValue: SaleFieldDescription
    empCanceledId: SaleFieldDescription
    empMarkedId: SaleFieldDescription
    empStatusId: SaleFieldDescription
    externalOrder: SaleFieldDescription
    id: SaleFieldDescription
    id1c: SaleFieldDescription
    lid: SaleFieldDescription
    lockedBy: SaleFieldDescription
    marked: SaleFieldDescription
    orderTopic: SaleFieldDescription
    payed: SaleFieldDescription
    personTypeId: SaleFieldDescription
    personTypeXmlId: SaleFieldDescription
    price: SaleFieldDescription
    reasonCanceled: SaleFieldDescription
    reasonMarked: SaleFieldDescription
    recountFlag: SaleFieldDescription
    recurringId: SaleFieldDescription
    responsibleId: SaleFieldDescription
    statusId: SaleFieldDescription
    statusXmlId: SaleFieldDescription
    taxValue: SaleFieldDescription
    updated1c: SaleFieldDescription
    userDescription: SaleFieldDescription
    userId: SaleFieldDescription
    version: SaleFieldDescription
    version1c: SaleFieldDescription
    xmlId: SaleFieldDescription


class SaleOrderGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.getfields``."""

    order: Required[SaleOrderGetfieldsResultOrder]


class SaleOrderUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.order.update``."""

    price: float
    discountValue: float
    statusId: str
    empStatusId: int
    dateInsert: datetime.datetime | str
    marked: Literal["Y", "N"]
    empMarkedId: int
    reasonMarked: str
    userDescription: str
    additionalInfo: str
    comments: str
    responsibleId: int
    recurringId: int
    lockedBy: int
    recountFlag: Literal["Y", "N"]
    affiliateId: int
    updated1c: Literal["Y", "N"]
    orderTopic: str
    xmlId: str
    id1c: str
    version1c: str
    externalOrder: Literal["Y", "N"]
    canceled: Literal["Y", "N"]
    empCanceledId: int
    reasonCanceled: str
    companyId: int


class SaleOrderUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.update``."""

    order: Required[SaleOrder]


class SalePayment(TypedDict, total=False):
    """Sale payment, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get.html
    """

    accountNumber: str
    comments: str
    companyId: Any
    currency: str
    dateBill: str
    dateMarked: Any
    datePaid: Any
    datePayBefore: Any
    dateResponsibleId: str
    empMarkedId: Any
    empPaidId: Any
    empResponsibleId: int
    empReturnId: Any
    externalPayment: str
    id: int
    id1c: str
    isReturn: str
    marked: str
    orderId: int
    paid: str
    payReturnComment: str
    payReturnDate: Any
    payReturnNum: str
    paySystemId: int
    paySystemIsCash: str
    paySystemName: str
    paySystemXmlId: str
    payVoucherDate: Any
    payVoucherNum: str
    priceCod: str
    psCurrency: str
    psInvoiceId: Any
    psResponseDate: Any
    psStatus: str
    psStatusCode: str
    psStatusDescription: str
    psStatusMessage: str
    psSum: Any
    reasonMarked: str
    responsibleId: int
    sum: int
    updated1c: str
    version1c: str
    xmlId: str


class SalePaymentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.payment.add``."""

    orderId: Required[int]
    paySystemId: Required[int]
    paid: Literal["Y", "N"]
    datePaid: datetime.datetime | str
    empPaidId: int
    psStatus: Literal["Y", "N"]
    psStatusCode: str
    psStatusDescription: str
    psStatusMessage: str
    psSum: float
    psCurrency: str
    psResponseDate: datetime.datetime | str
    payVoucherNum: str
    payVoucherDate: datetime.datetime | str
    datePayBefore: datetime.datetime | str
    dateBill: datetime.datetime | str
    xmlId: str
    sum: float
    companyId: int
    payReturnNum: str
    priceCod: float
    payReturnDate: datetime.date | str
    empReturnId: int
    payReturnComment: str
    responsibleId: int
    empResponsibleId: int
    isReturn: Literal["Y", "N"]
    comments: str
    updated1c: Literal["Y", "N"]
    id1c: str
    version1c: str
    externalPayment: Literal["Y", "N"]
    psInvoiceId: str | int
    marked: Literal["Y", "N"]
    reasonMarked: str
    empMarkedId: int


class SalePaymentAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.add``."""

    payment: Required[SalePayment]


class SalePaymentGetFieldsResultPayment(TypedDict, total=False):
    """Keys of ``result.payment`` in ``sale.payment.getFields``."""

    accountNumber: SaleFieldDescription
    comments: SaleFieldDescription
    companyId: SaleFieldDescription
    currency: SaleFieldDescription
    dateBill: SaleFieldDescription
    dateMarked: SaleFieldDescription
    datePaid: SaleFieldDescription
    datePayBefore: SaleFieldDescription
    dateResponsibleId: SaleFieldDescription
    empMarkedId: SaleFieldDescription
    empPaidId: SaleFieldDescription
    empResponsibleId: SaleFieldDescription
    empReturnId: SaleFieldDescription
    externalPayment: SaleFieldDescription
    id: SaleFieldDescription
    id1c: SaleFieldDescription
    isReturn: SaleFieldDescription
    marked: SaleFieldDescription
    orderId: SaleFieldDescription
    paid: SaleFieldDescription
    payReturnComment: SaleFieldDescription
    payReturnDate: SaleFieldDescription
    payReturnNum: SaleFieldDescription
    paySystemId: SaleFieldDescription
    paySystemIsCash: SaleFieldDescription
    paySystemName: SaleFieldDescription
    paySystemXmlId: SaleFieldDescription
    payVoucherDate: SaleFieldDescription
    payVoucherNum: SaleFieldDescription
    priceCod: SaleFieldDescription
    psCurrency: SaleFieldDescription
    psInvoiceId: SaleFieldDescription
    psResponseDate: SaleFieldDescription
    psStatus: SaleFieldDescription
    psStatusCode: SaleFieldDescription
    psStatusDescription: SaleFieldDescription
    psStatusMessage: SaleFieldDescription
    psSum: SaleFieldDescription
    reasonMarked: SaleFieldDescription
    responsibleId: SaleFieldDescription
    sum: SaleFieldDescription
    updated1c: SaleFieldDescription
    version1c: SaleFieldDescription
    xmlId: SaleFieldDescription


class SalePaymentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.getFields``."""

    payment: Required[SalePaymentGetFieldsResultPayment]


class SalePaymentGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.get``."""

    payment: Required[SalePayment]


class SalePaymentItemShipment(TypedDict, total=False):
    """Sale payment item shipment, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get.html
    """

    dateInsert: str
    id: int
    paymentId: int
    shipmentId: int
    xmlId: str


class SalePaymentItemShipmentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentItemShipment.add``."""

    shipmentId: Required[int]
    paymentId: Required[int]
    xmlId: str


class SalePaymentItemShipmentAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.add``."""

    paymentItemShipment: Required[SalePaymentItemShipment]


class SalePaymentItemShipmentGetFieldsResultPaymentItemShipment(TypedDict, total=False):
    """Keys of ``result.paymentItemShipment`` in ``sale.paymentItemShipment.getFields``."""

    dateInsert: SaleFieldDescription
    id: SaleFieldDescription
    paymentId: SaleFieldDescription
    shipmentId: SaleFieldDescription
    xmlId: SaleFieldDescription


class SalePaymentItemShipmentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.getFields``."""

    paymentItemShipment: Required[
        SalePaymentItemShipmentGetFieldsResultPaymentItemShipment
    ]


class SalePaymentItemShipmentGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.get``."""

    paymentItemShipment: Required[SalePaymentItemShipment]


class SalePaymentItemShipmentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentItemShipment.update``."""

    xmlId: str


class SalePaymentItemShipmentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.update``."""

    paymentItemShipment: Required[SalePaymentItemShipment]


class SalePaymentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.payment.update``."""

    paySystemId: Required[int]
    paid: Literal["Y", "N"]
    datePaid: datetime.datetime | str
    empPaidId: int
    psStatus: Literal["Y", "N"]
    psStatusCode: str
    psStatusDescription: str
    psStatusMessage: str
    psSum: float
    psCurrency: str
    psResponseDate: datetime.datetime | str
    payVoucherNum: str
    payVoucherDate: datetime.datetime | str
    datePayBefore: datetime.datetime | str
    dateBill: datetime.datetime | str
    xmlId: str
    sum: float
    companyId: int
    payReturnNum: str
    priceCod: float
    payReturnDate: datetime.date | str
    empReturnId: int
    payReturnComment: str
    responsibleId: int
    empResponsibleId: int
    isReturn: Literal["Y", "N"]
    comments: str
    updated1c: Literal["Y", "N"]
    id1c: str
    version1c: str
    externalPayment: Literal["Y", "N"]
    psInvoiceId: str | int
    marked: Literal["Y", "N"]
    reasonMarked: str
    empMarkedId: int


class SalePaymentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.update``."""

    payment: Required[SalePayment]


class SalePaymentitembasket(TypedDict, total=False):
    """Sale paymentitembasket, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get.html
    """

    basketId: int
    dateInsert: str
    id: int
    paymentId: int
    quantity: int
    xmlId: str


class SalePaymentitembasketAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentitembasket.add``."""

    paymentId: Required[int]
    basketId: Required[int]
    quantity: float
    xmlId: str


class SalePaymentitembasketAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.add``."""

    paymentItemBasket: Required[SalePaymentitembasket]


class SalePaymentitembasketGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.get``."""

    paymentItemBasket: Required[SalePaymentitembasket]


class SalePaymentitembasketGetfieldsResultPaymentItemBasket(TypedDict, total=False):
    """Keys of ``result.paymentItemBasket`` in ``sale.paymentitembasket.getfields``."""

    basketId: SaleFieldDescription
    dateInsert: SaleFieldDescription
    id: SaleFieldDescription
    paymentId: SaleFieldDescription
    quantity: SaleFieldDescription
    xmlId: SaleFieldDescription


class SalePaymentitembasketGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.getfields``."""

    paymentItemBasket: Required[SalePaymentitembasketGetfieldsResultPaymentItemBasket]


class SalePaymentitembasketUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentitembasket.update``."""

    quantity: Required[float]
    xmlId: str


class SalePaymentitembasketUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.update``."""

    paymentItemBasket: Required[SalePaymentitembasket]


class SalePaysystem(TypedDict, total=False):
    """Sale paysystem, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-list.html
    """

    NAME: str
    PSA_NAME: str
    DESCRIPTION: str
    ACTION_FILE: str
    RESULT_FILE: Any
    NEW_WINDOW: str
    PS_MODE: str | None
    HAVE_PAYMENT: str
    HAVE_ACTION: str
    HAVE_RESULT: str
    HAVE_PREPAY: str
    HAVE_PRICE: str
    HAVE_RESULT_RECEIVE: str
    ENCODING: str | None
    ACTIVE: str
    ALLOW_EDIT_PAYMENT: str
    IS_CASH: str
    AUTO_CHANGE_1C: str
    CAN_PRINT_CHECK: str
    ENTITY_REGISTRY_TYPE: str
    XML_ID: str
    ID: int
    PERSON_TYPE_ID: int
    SORT: int
    TARIFF: Any


class SalePaysystemHandlerSettingsFormDataFieldsPhoneCode(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.phone.CODE`` in ``SalePaysystemHandler``."""

    NAME: str
    TYPE: str


class SalePaysystemHandlerSettingsFormDataFieldsPhone(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.phone`` in ``SalePaysystemHandler``."""

    VISIBLE: str
    CODE: SalePaysystemHandlerSettingsFormDataFieldsPhoneCode


class SalePaysystemHandlerSettingsFormDataFieldsPaymentId(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.paymentId`` in ``SalePaysystemHandler``."""

    CODE: str
    VISIBLE: str


class SalePaysystemHandlerSettingsFormDataFieldsServiceid(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.serviceid`` in ``SalePaysystemHandler``."""

    CODE: str


class SalePaysystemHandlerSettingsFormDataFields(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS`` in ``SalePaysystemHandler``."""

    phone: SalePaysystemHandlerSettingsFormDataFieldsPhone
    paymentId: SalePaysystemHandlerSettingsFormDataFieldsPaymentId
    serviceid: SalePaysystemHandlerSettingsFormDataFieldsServiceid


class SalePaysystemHandlerSettingsFormData(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA`` in ``SalePaysystemHandler``."""

    ACTION_URI: str
    METHOD: str
    FIELDS: SalePaysystemHandlerSettingsFormDataFields


class SalePaysystemHandlerSettingsCodesRestServiceId(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.REST_SERVICE_ID`` in ``SalePaysystemHandler``."""

    NAME: str
    DESCRIPTION: str
    SORT: str


class SalePaysystemHandlerSettingsCodesRestServiceKey(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.REST_SERVICE_KEY`` in ``SalePaysystemHandler``."""

    NAME: str
    DESCRIPTION: str
    SORT: str


class SalePaysystemHandlerSettingsCodesPaymentIdDefault(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_ID.DEFAULT`` in ``SalePaysystemHandler``."""

    PROVIDER_KEY: str
    PROVIDER_VALUE: str


class SalePaysystemHandlerSettingsCodesPaymentId(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_ID`` in ``SalePaysystemHandler``."""

    NAME: str
    SORT: str
    GROUP: str
    DEFAULT: SalePaysystemHandlerSettingsCodesPaymentIdDefault


class SalePaysystemHandlerSettingsCodesPsChangeStatusPayInput(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_CHANGE_STATUS_PAY.INPUT`` in ``SalePaysystemHandler``."""

    TYPE: str


class SalePaysystemHandlerSettingsCodesPsChangeStatusPay(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_CHANGE_STATUS_PAY`` in ``SalePaysystemHandler``."""

    NAME: str
    SORT: str
    INPUT: SalePaysystemHandlerSettingsCodesPsChangeStatusPayInput


class SalePaysystemHandlerSettingsCodesPaymentBuyerIdDefault(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_BUYER_ID.DEFAULT`` in ``SalePaysystemHandler``."""

    PROVIDER_KEY: str
    PROVIDER_VALUE: str


class SalePaysystemHandlerSettingsCodesPaymentBuyerId(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_BUYER_ID`` in ``SalePaysystemHandler``."""

    NAME: str
    SORT: str
    GROUP: str
    DEFAULT: SalePaysystemHandlerSettingsCodesPaymentBuyerIdDefault


class SalePaysystemHandlerSettingsCodesPsWorkModeInputOptions(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_WORK_MODE.INPUT.OPTIONS`` in ``SalePaysystemHandler``."""

    TEST: str
    REGULAR: str


class SalePaysystemHandlerSettingsCodesPsWorkModeInput(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_WORK_MODE.INPUT`` in ``SalePaysystemHandler``."""

    TYPE: str
    OPTIONS: SalePaysystemHandlerSettingsCodesPsWorkModeInputOptions


class SalePaysystemHandlerSettingsCodesPsWorkMode(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_WORK_MODE`` in ``SalePaysystemHandler``."""

    NAME: str
    SORT: str
    INPUT: SalePaysystemHandlerSettingsCodesPsWorkModeInput


class SalePaysystemHandlerSettingsCodes(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES`` in ``SalePaysystemHandler``."""

    REST_SERVICE_ID: SalePaysystemHandlerSettingsCodesRestServiceId
    REST_SERVICE_KEY: SalePaysystemHandlerSettingsCodesRestServiceKey
    PAYMENT_ID: SalePaysystemHandlerSettingsCodesPaymentId
    PS_CHANGE_STATUS_PAY: SalePaysystemHandlerSettingsCodesPsChangeStatusPay
    PAYMENT_BUYER_ID: SalePaysystemHandlerSettingsCodesPaymentBuyerId
    PS_WORK_MODE: SalePaysystemHandlerSettingsCodesPsWorkMode


class SalePaysystemHandlerSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``SalePaysystemHandler``."""

    CURRENCY: list[str]
    FORM_DATA: SalePaysystemHandlerSettingsFormData
    CODES: SalePaysystemHandlerSettingsCodes


class SalePaysystemHandler(TypedDict, total=False):
    """Sale paysystem handler, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-list.html
    """

    ID: str
    NAME: str
    CODE: str
    SORT: str
    SETTINGS: SalePaysystemHandlerSettings


class SalePaysystemHandlerAddSettingsCodesDefault(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.DEFAULT`` in ``sale.paysystem.handler.add``."""

    PROVIDER_KEY: str
    PROVIDER_VALUE: str


class SalePaysystemHandlerAddSettingsCodes(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES`` in ``sale.paysystem.handler.add``."""

    NAME: str
    DESCRIPTION: str
    SORT: int
    GROUP: str
    DEFAULT: SalePaysystemHandlerAddSettingsCodesDefault
    INPUT: dict[str, Any]
    REST_SERVICE_ID: dict[str, Any]
    REST_SERVICE_KEY: dict[str, Any]
    PAYMENT_ID: dict[str, Any]
    PAYMENT_SHOULD_PAY: dict[str, Any]
    PS_CHANGE_STATUS_PAY: dict[str, Any]
    PAYMENT_BUYER_ID: dict[str, Any]
    PS_WORK_MODE: dict[str, Any]
    REST_SERVICE_ID_CHECKOUT: dict[str, Any]
    REST_SERVICE_KEY_CHECKOUT: dict[str, Any]
    PS_WORK_MODE_CHECKOUT: dict[str, Any]
    REST_SERVICE_ID_IFRAME: dict[str, Any]
    REST_SERVICE_KEY_IFRAME: dict[str, Any]
    PS_WORK_MODE_IFRAME: dict[str, Any]


class SalePaysystemHandlerAddSettingsFormData(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA`` in ``sale.paysystem.handler.add``."""

    BX_PAYSYSTEM_ID: int
    BX_RETURN_URL: str
    ACTION_URI: str
    METHOD: str
    FIELDS: dict[str, Any]


class SalePaysystemHandlerAddSettingsCheckoutData(TypedDict, total=False):
    """Keys of ``SETTINGS.CHECKOUT_DATA`` in ``sale.paysystem.handler.add``."""

    RETURN_URL: str
    PAYSYSTEM_ID: int
    PAYMENT_ID: int
    SUM: float
    CURRENCY: str
    EXTERNAL_PAYMENT_ID: str
    ACTION_URI: str
    FIELDS: dict[str, Any]


class SalePaysystemHandlerAddSettingsIframeData(TypedDict, total=False):
    """Keys of ``SETTINGS.IFRAME_DATA`` in ``sale.paysystem.handler.add``."""

    BX_SYSTEM_PARAMS: dict[str, Any]
    BX_COMPUTED_STYLE: dict[str, Any]
    ACTION_URI: str
    FIELDS: dict[str, Any]


class SalePaysystemHandlerAddSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.paysystem.handler.add``."""

    CODES: Required[SalePaysystemHandlerAddSettingsCodes]
    FORM_DATA: SalePaysystemHandlerAddSettingsFormData
    CHECKOUT_DATA: SalePaysystemHandlerAddSettingsCheckoutData
    IFRAME_DATA: SalePaysystemHandlerAddSettingsIframeData
    CLIENT_TYPE: Literal["b2c", "b2b"]
    CURRENCY: Sequence[str]


class SalePaysystemHandlerUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.paysystem.handler.update``."""

    NAME: str
    CODE: str
    SETTINGS: dict[str, Any]
    SORT: int


class SalePaysystemSettings(TypedDict, total=False):
    """Sale paysystem settings, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-get.html
    """

    REST_SERVICE_ID_IFRAME: str
    REST_SERVICE_KEY_IFRAME: str
    PS_WORK_MODE_IFRAME: str


class SalePaysystemSettingsInvoice(TypedDict, total=False):
    """Sale paysystem settings invoice, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-settings-invoice-get.html
    """

    REST_SERVICE_ID_IFRAME: str
    REST_SERVICE_KEY_IFRAME: str
    PS_WORK_MODE_IFRAME: str


class SalePaysystemSettingsPayment(TypedDict, total=False):
    """Sale paysystem settings payment, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-payment-get.html
    """

    REST_SERVICE_ID_IFRAME: str
    REST_SERVICE_KEY_IFRAME: str
    PS_WORK_MODE_IFRAME: str


class SalePaysystemSettingsUpdateSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.paysystem.settings.update``."""

    TYPE: str
    VALUE: str
    REST_SERVICE_KEY_IFRAME: dict[str, Any]


class SalePaysystemUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.paysystem.update``."""

    NAME: str
    DESCRIPTION: str
    PERSON_TYPE_ID: int
    BX_REST_HANDLER: str
    ACTIVE: Literal["Y", "N"]
    LOGOTYPE: str
    NEW_WINDOW: Literal["Y", "N"]
    XML_ID: str


class SalePersontype(TypedDict, total=False):
    """Sale persontype, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get.html
    """

    active: str
    code: Any
    id: int
    name: str
    sort: str
    xmlId: Any
    personTypes: list[dict[str, Any]]


class SalePersontypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.persontype.add``."""

    name: Required[str]
    code: str
    sort: str
    active: Literal["Y", "N"]
    xmlId: str


class SalePersontypeAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.add``."""

    personType: Required[SalePersontype]


class SalePersontypeGetFieldsResultPersonType(TypedDict, total=False):
    """Keys of ``result.personType`` in ``sale.persontype.getFields``."""

    active: SaleFieldDescription
    code: SaleFieldDescription
    id: SaleFieldDescription
    name: SaleFieldDescription
    sort: SaleFieldDescription
    xmlId: SaleFieldDescription


class SalePersontypeGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.getFields``."""

    personType: Required[SalePersontypeGetFieldsResultPersonType]


class SalePersontypeGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.get``."""

    personType: Required[SalePersontype]


class SalePersontypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.persontype.update``."""

    name: Required[str]
    code: str
    sort: str
    active: str
    xmlId: str


class SalePersontypeUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.update``."""

    personType: Required[SalePersontype]


class SalePropertySettings(TypedDict, total=False):
    """Keys of ``settings`` in ``SaleProperty``."""

    size: int
    maxlength: str
    multiline: str


class SaleProperty(TypedDict, total=False):
    """Sale property, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get.html
    """

    active: str
    code: str
    defaultValue: str
    description: str
    id: int
    inputFieldLocation: str
    isAddress: str
    isAddressFrom: str
    isAddressTo: str
    isEmail: str
    isFiltered: str
    isLocation: str
    isLocation4tax: str
    isPayer: str
    isPhone: str
    isProfileName: str
    isZip: str
    multiple: str
    name: str
    personTypeId: int
    propsGroupId: int
    required: str
    settings: list[Any] | SalePropertySettings
    sort: int
    type: str
    userProps: str
    util: str
    xmlId: str


class SalePropertyAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``sale.property.add``."""

    minlength: int
    maxlength: int
    pattern: str
    multiline: Literal["Y", "N"]
    cols: int
    rows: int
    size: int


class SalePropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.property.add``."""

    personTypeId: Required[int]
    propsGroupId: Required[int]
    name: Required[str]
    type: Required[str]
    code: str
    active: Literal["Y", "N"]
    util: Literal["Y", "N"]
    userProps: Literal["Y", "N"]
    isFiltered: Literal["Y", "N"]
    sort: int
    description: str
    required: Literal["Y", "N"]
    multiple: Literal["Y", "N"]
    xmlId: str
    defaultValue: str
    settings: SalePropertyAddFieldsSettings
    isProfileName: Literal["Y", "N"]
    isPayer: Literal["Y", "N"]
    isEmail: Literal["Y", "N"]
    isPhone: Literal["Y", "N"]
    isZip: Literal["Y", "N"]
    isAddress: Literal["Y", "N"]


class SalePropertyAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.add``."""

    property: Required[SaleProperty]


class SalePropertyGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.get``."""

    property: Required[SaleProperty]


class SalePropertyGetfieldsbytypeResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.property.getfieldsbytype``."""

    active: SaleFieldDescription
    code: SaleFieldDescription
    defaultValue: SaleFieldDescription
    description: SaleFieldDescription
    id: SaleFieldDescription
    isFiltered: SaleFieldDescription
    multiple: SaleFieldDescription
    name: SaleFieldDescription
    personTypeId: SaleFieldDescription
    propsGroupId: SaleFieldDescription
    required: SaleFieldDescription
    settings: SaleFieldDescription
    sort: SaleFieldDescription
    type: SaleFieldDescription
    userProps: SaleFieldDescription
    util: SaleFieldDescription
    xmlId: SaleFieldDescription


class SalePropertyGetfieldsbytypeResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.getfieldsbytype``."""

    property: Required[SalePropertyGetfieldsbytypeResultProperty]


class SalePropertyRelation(TypedDict, total=False):
    """Sale property relation, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-list.html
    """

    entityId: int
    entityType: str
    propertyId: int


class SalePropertyRelationAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyRelation.add``."""

    entityId: Required[int]
    entityType: Required[str]
    propertyId: Required[int]


class SalePropertyRelationAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyRelation.add``."""

    propertyRelation: Required[SalePropertyRelation]


class SalePropertyRelationDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyRelation.deleteByFilter``."""

    entityId: Required[int]
    entityType: Required[str]
    propertyId: Required[int]


class SalePropertyRelationGetFieldsResultPropertyRelation(TypedDict, total=False):
    """Keys of ``result.propertyRelation`` in ``sale.propertyRelation.getFields``."""

    entityId: SaleFieldDescription
    entityType: SaleFieldDescription
    propertyId: SaleFieldDescription


class SalePropertyRelationGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyRelation.getFields``."""

    propertyRelation: Required[SalePropertyRelationGetFieldsResultPropertyRelation]


class SalePropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.property.update``."""

    name: Required[str]
    code: str
    active: Literal["Y", "N"]
    util: Literal["Y", "N"]
    userProps: Literal["Y", "N"]
    isFiltered: Literal["Y", "N"]
    sort: int
    description: str
    required: Literal["Y", "N"]
    multiple: Literal["Y", "N"]
    xmlId: str
    defaultValue: str
    settings: dict[str, Any]
    personTypeId: int
    propsGroupId: int
    type: str
    isProfileName: Literal["Y", "N"]
    isPayer: Literal["Y", "N"]
    isEmail: Literal["Y", "N"]
    isPhone: Literal["Y", "N"]
    isZip: Literal["Y", "N"]
    isAddress: Literal["Y", "N"]


class SalePropertyUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.update``."""

    property: Required[SaleProperty]


class SalePropertygroup(TypedDict, total=False):
    """Sale propertygroup, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html
    """

    id: int
    name: str
    personTypeId: int
    sort: int


class SalePropertygroupAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertygroup.add``."""

    personTypeId: Required[int]
    name: Required[str]
    sort: int


class SalePropertygroupAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.add``."""

    propertyGroup: Required[SalePropertygroup]


class SalePropertygroupGetFieldsResultPropertyGroup(TypedDict, total=False):
    """Keys of ``result.propertyGroup`` in ``sale.propertygroup.getFields``."""

    id: SaleFieldDescription
    name: SaleFieldDescription
    personTypeId: SaleFieldDescription
    sort: SaleFieldDescription


class SalePropertygroupGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.getFields``."""

    propertyGroup: Required[SalePropertygroupGetFieldsResultPropertyGroup]


class SalePropertygroupGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.get``."""

    propertyGroup: Required[SalePropertygroup]


class SalePropertygroupUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertygroup.update``."""

    personTypeId: Required[int]
    name: Required[str]
    sort: int


class SalePropertygroupUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.update``."""

    propertyGroup: Required[SalePropertygroup]


class SalePropertyvalue(TypedDict, total=False):
    """Sale propertyvalue, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get.html
    """

    code: str
    id: int
    name: str
    orderPropsId: int
    value: str
    orderId: int
    orderPropsXmlId: Any


class SalePropertyvalueGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvalue.get``."""

    propertyValue: Required[SalePropertyvalue]


class SalePropertyvalueGetfieldsResultPropertyValue(TypedDict, total=False):
    """Keys of ``result.propertyValue`` in ``sale.propertyvalue.getfields``."""

    code: SaleFieldDescription
    id: SaleFieldDescription
    name: SaleFieldDescription
    orderId: SaleFieldDescription
    orderPropsId: SaleFieldDescription
    orderPropsXmlId: SaleFieldDescription
    value: SaleFieldDescription


class SalePropertyvalueGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvalue.getfields``."""

    propertyValue: Required[SalePropertyvalueGetfieldsResultPropertyValue]


class SalePropertyvalueModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvalue.modify``."""

    order: Required[dict[str, Any]]


class SalePropertyvalueModifyResultPropertyValuesValue(TypedDict, total=False):
    """Keys of ``result.propertyValues.value`` in ``sale.propertyvalue.modify``."""

    contentType: str
    description: str
    externalId: str
    fileName: str
    fileSize: str
    handlerId: Any
    height: str
    id: str
    meta: str
    moduleId: str
    originalName: str
    src: str
    subdir: str
    timestampX: str
    versionOriginalId: Any
    width: str


class SalePropertyvalueModifyResultPropertyValues(TypedDict, total=False):
    """Keys of ``result.propertyValues`` in ``sale.propertyvalue.modify``."""

    code: str
    id: int
    name: str
    orderPropsId: int
    orderPropsXmlId: str | None
    value: str | SalePropertyvalueModifyResultPropertyValuesValue


class SalePropertyvalueModifyResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvalue.modify``."""

    propertyValues: Required[list[SalePropertyvalueModifyResultPropertyValues]]


class SalePropertyvariant(TypedDict, total=False):
    """Sale propertyvariant, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get.html
    """

    description: str
    id: int
    name: str
    orderPropsId: int
    sort: int
    value: str


class SalePropertyvariantAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvariant.add``."""

    orderPropsId: Required[int]
    name: Required[str]
    value: Required[str]
    sort: int
    description: str


class SalePropertyvariantAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.add``."""

    propertyVariant: Required[SalePropertyvariant]


class SalePropertyvariantGetFieldsResultPropertyVariant(TypedDict, total=False):
    """Keys of ``result.propertyVariant`` in ``sale.propertyvariant.getFields``."""

    description: SaleFieldDescription
    id: SaleFieldDescription
    name: SaleFieldDescription
    orderPropsId: SaleFieldDescription
    sort: SaleFieldDescription
    value: SaleFieldDescription
    xnlId: SaleFieldDescription


class SalePropertyvariantGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.getFields``."""

    propertyVariant: Required[SalePropertyvariantGetFieldsResultPropertyVariant]


class SalePropertyvariantGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.get``."""

    propertyVariant: Required[SalePropertyvariant]


class SalePropertyvariantUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvariant.update``."""

    name: Required[str]
    value: Required[str]
    sort: int
    description: str


class SalePropertyvariantUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.update``."""

    propertyVariant: Required[SalePropertyvariant]


class SaleShipmentShipmentItems(TypedDict, total=False):
    """Keys of ``shipmentItems`` in ``SaleShipment``."""

    basketId: int
    dateInsert: str
    id: int
    orderDeliveryId: int
    quantity: int
    reservedQuantity: int
    xmlId: str


class SaleShipment(TypedDict, total=False):
    """Sale shipment, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get.html
    """

    accountNumber: str
    allowDelivery: str
    basePriceDelivery: float
    canceled: str
    comments: str
    companyId: Any
    currency: str
    customPriceDelivery: str
    dateAllowDelivery: Any
    dateCanceled: Any
    dateDeducted: Any
    dateInsert: str
    dateMarked: Any
    dateResponsibleId: str
    deducted: str
    deliveryDocDate: Any
    deliveryDocNum: str
    deliveryId: int
    deliveryName: str
    deliveryXmlId: str
    discountPrice: Any
    empAllowDeliveryId: Any
    empCanceledId: Any
    empDeductedId: Any
    empMarkedId: Any
    empResponsibleId: Any
    externalDelivery: str
    id: int
    id1c: str
    marked: str
    orderId: int
    priceDelivery: float
    reasonMarked: str
    reasonUndoDeducted: str
    responsibleId: int
    shipmentItems: list[SaleShipmentShipmentItems] | list[Any]
    statusId: str
    statusXmlId: str
    system: str
    trackingDescription: str
    trackingLastCheck: str
    trackingNumber: str
    trackingStatus: str
    updated1c: str
    version1c: str
    xmlId: str


class SaleShipmentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipment.add``."""

    orderId: Required[int]
    allowDelivery: Required[Literal["Y", "N"]]
    deducted: Required[Literal["Y", "N"]]
    deliveryId: Required[int]
    statusId: str
    deliveryDocDate: datetime.datetime | str
    deliveryDocNum: str
    trackingNumber: str
    basePriceDelivery: float
    comments: str
    companyId: int
    responsibleId: int
    xmlId: str


class SaleShipmentAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.add``."""

    shipment: Required[SaleShipment]


class SaleShipmentGetFieldsResultShipment(TypedDict, total=False):
    """Keys of ``result.shipment`` in ``sale.shipment.getFields``."""

    accountNumber: SaleFieldDescription
    allowDelivery: SaleFieldDescription
    basePriceDelivery: SaleFieldDescription
    canceled: SaleFieldDescription
    comments: SaleFieldDescription
    companyId: SaleFieldDescription
    currency: SaleFieldDescription
    customPriceDelivery: SaleFieldDescription
    dateAllowDelivery: SaleFieldDescription
    dateCanceled: SaleFieldDescription
    dateDeducted: SaleFieldDescription
    dateInsert: SaleFieldDescription
    dateMarked: SaleFieldDescription
    dateResponsibleId: SaleFieldDescription
    deducted: SaleFieldDescription
    deliveryDocDate: SaleFieldDescription
    deliveryDocNum: SaleFieldDescription
    deliveryId: SaleFieldDescription
    deliveryName: SaleFieldDescription
    deliveryXmlId: SaleFieldDescription
    discountPrice: SaleFieldDescription
    empAllowDeliveryId: SaleFieldDescription
    empCanceledId: SaleFieldDescription
    empDeductedId: SaleFieldDescription
    empMarkedId: SaleFieldDescription
    empResponsibleId: SaleFieldDescription
    externalDelivery: SaleFieldDescription
    id: SaleFieldDescription
    id1c: SaleFieldDescription
    marked: SaleFieldDescription
    orderId: SaleFieldDescription
    priceDelivery: SaleFieldDescription
    reasonMarked: SaleFieldDescription
    reasonUndoDeducted: SaleFieldDescription
    responsibleId: SaleFieldDescription
    statusId: SaleFieldDescription
    statusXmlId: SaleFieldDescription
    system: SaleFieldDescription
    trackingDescription: SaleFieldDescription
    trackingLastCheck: SaleFieldDescription
    trackingNumber: SaleFieldDescription
    trackingStatus: SaleFieldDescription
    updated1c: SaleFieldDescription
    version1c: SaleFieldDescription
    xmlId: SaleFieldDescription


class SaleShipmentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.getFields``."""

    shipment: Required[SaleShipmentGetFieldsResultShipment]


class SaleShipmentGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.get``."""

    shipment: Required[SaleShipment]


class SaleShipmentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipment.update``."""

    allowDelivery: Required[Literal["Y", "N"]]
    deducted: Required[Literal["Y", "N"]]
    deliveryId: Required[int]
    statusId: str
    deliveryDocDate: datetime.datetime | str
    deliveryDocNum: str
    trackingNumber: str
    basePriceDelivery: float
    priceDelivery: float
    comments: str
    companyId: int
    responsibleId: int
    xmlId: str


class SaleShipmentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.update``."""

    shipment: Required[SaleShipment]


class SaleShipmentitem(TypedDict, total=False):
    """Sale shipmentitem, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get.html
    """

    basketId: int
    dateInsert: str
    id: int
    orderDeliveryId: int
    quantity: int
    reservedQuantity: int
    xmlId: str


class SaleShipmentitemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentitem.add``."""

    orderDeliveryId: Required[int]
    basketId: Required[int]
    quantity: Required[float]
    xmlId: str


class SaleShipmentitemAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.add``."""

    shipmentItem: Required[SaleShipmentitem]


class SaleShipmentitemGetFieldsResultShipmentItem(TypedDict, total=False):
    """Keys of ``result.shipmentItem`` in ``sale.shipmentitem.getFields``."""

    basketId: SaleFieldDescription
    dateInsert: SaleFieldDescription
    id: SaleFieldDescription
    orderDeliveryId: SaleFieldDescription
    quantity: SaleFieldDescription
    reservedQuantity: SaleFieldDescription
    xmlId: SaleFieldDescription


class SaleShipmentitemGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.getFields``."""

    shipmentItem: Required[SaleShipmentitemGetFieldsResultShipmentItem]


class SaleShipmentitemGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.get``."""

    shipmentItem: Required[SaleShipmentitem]


class SaleShipmentitemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentitem.update``."""

    quantity: Required[float]
    xmlId: str


class SaleShipmentitemUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.update``."""

    shipmentItem: Required[SaleShipmentitem]


class SaleShipmentpropertySettings(TypedDict, total=False):
    """Keys of ``settings`` in ``SaleShipmentproperty``."""

    size: int


class SaleShipmentproperty(TypedDict, total=False):
    """Sale shipmentproperty, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html
    """

    active: str
    code: str
    defaultValue: str
    description: str
    id: int
    inputFieldLocation: str
    isAddress: str
    isAddressFrom: str
    isAddressTo: str
    isEmail: str
    isFiltered: str
    isLocation: str
    isLocation4tax: str
    isPayer: str
    isPhone: str
    isProfileName: str
    isZip: str
    multiple: str
    name: str
    personTypeId: int
    propsGroupId: int
    required: str
    settings: list[Any] | SaleShipmentpropertySettings
    sort: int
    type: str
    userProps: str
    util: str
    xmlId: str


class SaleShipmentpropertyAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``sale.shipmentproperty.add``."""

    minlength: int
    maxlength: int
    pattern: str
    multiline: Literal["Y", "N"]
    cols: int
    rows: int
    size: int


class SaleShipmentpropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentproperty.add``."""

    personTypeId: Required[int]
    propsGroupId: Required[int]
    name: Required[str]
    type: Required[str]
    code: str
    active: Literal["Y", "N"]
    util: Literal["Y", "N"]
    userProps: Literal["Y", "N"]
    isFiltered: Literal["Y", "N"]
    sort: int
    description: str
    required: Literal["Y", "N"]
    multiple: Literal["Y", "N"]
    xmlId: str
    defaultValue: str
    settings: SaleShipmentpropertyAddFieldsSettings
    isProfileName: Literal["Y", "N"]
    isPayer: Literal["Y", "N"]
    isEmail: Literal["Y", "N"]
    isPhone: Literal["Y", "N"]
    isZip: Literal["Y", "N"]
    isAddress: Literal["Y", "N"]


class SaleShipmentpropertyAddResultPropertySettings(TypedDict, total=False):
    """Keys of ``result.property.settings`` in ``sale.shipmentproperty.add``."""

    maxlength: str
    multiline: str


class SaleShipmentpropertyAddResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.shipmentproperty.add``."""

    active: str
    code: str
    defaultValue: str
    description: str
    id: int
    inputFieldLocation: str
    isAddress: str
    isAddressFrom: str
    isAddressTo: str
    isEmail: str
    isFiltered: str
    isLocation: str
    isLocation4tax: str
    isPayer: str
    isPhone: str
    isProfileName: str
    isZip: str
    multiple: str
    name: str
    personTypeId: int
    propsGroupId: int
    required: str
    settings: SaleShipmentpropertyAddResultPropertySettings
    sort: int
    type: str
    userProps: str
    util: str
    xmlId: str


class SaleShipmentpropertyAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.add``."""

    property: Required[SaleShipmentpropertyAddResultProperty]


class SaleShipmentpropertyGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.get``."""

    property: Required[SaleShipmentproperty]


class SaleShipmentpropertyGetfieldsbytypeResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.shipmentproperty.getfieldsbytype``."""

    active: SaleFieldDescription
    code: SaleFieldDescription
    defaultValue: SaleFieldDescription
    description: SaleFieldDescription
    id: SaleFieldDescription
    isFiltered: SaleFieldDescription
    multiple: SaleFieldDescription
    name: SaleFieldDescription
    personTypeId: SaleFieldDescription
    propsGroupId: SaleFieldDescription
    required: SaleFieldDescription
    settings: SaleFieldDescription
    sort: SaleFieldDescription
    type: SaleFieldDescription
    userProps: SaleFieldDescription
    util: SaleFieldDescription
    xmlId: SaleFieldDescription


class SaleShipmentpropertyGetfieldsbytypeResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.getfieldsbytype``."""

    property: Required[SaleShipmentpropertyGetfieldsbytypeResultProperty]


class SaleShipmentpropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentproperty.update``."""

    name: Required[str]
    code: str
    active: Literal["Y", "N"]
    util: Literal["Y", "N"]
    userProps: Literal["Y", "N"]
    isFiltered: Literal["Y", "N"]
    sort: int
    description: str
    required: Literal["Y", "N"]
    multiple: Literal["Y", "N"]
    xmlId: str
    defaultValue: str
    settings: dict[str, Any]
    personTypeId: int
    propsGroupId: int
    type: str
    isProfileName: Literal["Y", "N"]
    isPayer: Literal["Y", "N"]
    isEmail: Literal["Y", "N"]
    isPhone: Literal["Y", "N"]
    isZip: Literal["Y", "N"]
    isAddress: Literal["Y", "N"]


class SaleShipmentpropertyUpdateResultPropertySettings(TypedDict, total=False):
    """Keys of ``result.property.settings`` in ``sale.shipmentproperty.update``."""

    maxlength: str
    multiline: str


class SaleShipmentpropertyUpdateResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.shipmentproperty.update``."""

    active: str
    code: str
    defaultValue: str
    description: str
    id: int
    inputFieldLocation: str
    isAddress: str
    isAddressFrom: str
    isAddressTo: str
    isEmail: str
    isFiltered: str
    isLocation: str
    isLocation4tax: str
    isPayer: str
    isPhone: str
    isProfileName: str
    isZip: str
    multiple: str
    name: str
    personTypeId: int
    propsGroupId: int
    required: str
    settings: SaleShipmentpropertyUpdateResultPropertySettings
    sort: int
    type: str
    userProps: str
    util: str
    xmlId: str


class SaleShipmentpropertyUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.update``."""

    property: Required[SaleShipmentpropertyUpdateResultProperty]


class SaleShipmentpropertyvalue(TypedDict, total=False):
    """Sale shipmentpropertyvalue, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get.html
    """

    code: Any
    id: int
    name: str
    shipmentPropsId: int
    value: str
    shipmentId: int
    shipmentPropsXmlId: str


class SaleShipmentpropertyvalueGetFieldsResultPropertyValue(TypedDict, total=False):
    """Keys of ``result.propertyValue`` in ``sale.shipmentpropertyvalue.getFields``."""

    code: SaleFieldDescription
    id: SaleFieldDescription
    name: SaleFieldDescription
    shipmentId: SaleFieldDescription
    shipmentPropsId: SaleFieldDescription
    shipmentPropsXmlId: SaleFieldDescription
    value: SaleFieldDescription


class SaleShipmentpropertyvalueGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentpropertyvalue.getFields``."""

    propertyValue: Required[SaleShipmentpropertyvalueGetFieldsResultPropertyValue]


class SaleShipmentpropertyvalueGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentpropertyvalue.get``."""

    propertyValue: Required[SaleShipmentpropertyvalue]


class SaleShipmentpropertyvalueModifyFieldsShipmentPropertyValues(
    TypedDict, total=False
):
    """Keys of ``fields.shipment.propertyValues`` in ``sale.shipmentpropertyvalue.modify``."""

    shipmentPropsId: Required[int]
    value: Required[str]


class SaleShipmentpropertyvalueModifyFieldsShipment(TypedDict, total=False):
    """Keys of ``fields.shipment`` in ``sale.shipmentpropertyvalue.modify``."""

    id: Required[int]
    propertyValues: Required[
        Sequence[SaleShipmentpropertyvalueModifyFieldsShipmentPropertyValues]
    ]


class SaleShipmentpropertyvalueModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentpropertyvalue.modify``."""

    shipment: Required[SaleShipmentpropertyvalueModifyFieldsShipment]


class SaleShipmentpropertyvalueModifyResultPropertyValues(TypedDict, total=False):
    """Keys of ``result.propertyValues`` in ``sale.shipmentpropertyvalue.modify``."""

    code: Any
    id: int
    name: str
    value: str


class SaleShipmentpropertyvalueModifyResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentpropertyvalue.modify``."""

    propertyValues: Required[list[SaleShipmentpropertyvalueModifyResultPropertyValues]]


class SaleStatus(TypedDict, total=False):
    """Sale status, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get.html
    """

    color: str
    id: str
    notify: str
    sort: int
    type: str
    xmlId: Any


class SaleStatusAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.status.add``."""

    id: Required[str]
    type: Required[str]
    notify: Literal["Y", "N"]
    sort: int
    color: str
    xmlId: str


class SaleStatusAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.add``."""

    status: Required[SaleStatus]


class SaleStatusGetFieldsResultStatus(TypedDict, total=False):
    """Keys of ``result.status`` in ``sale.status.getFields``."""

    color: SaleFieldDescription
    id: SaleFieldDescription
    notify: SaleFieldDescription
    sort: SaleFieldDescription
    type: SaleFieldDescription
    xmlId: SaleFieldDescription


class SaleStatusGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.getFields``."""

    status: Required[SaleStatusGetFieldsResultStatus]


class SaleStatusGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.get``."""

    status: Required[SaleStatus]


class SaleStatusLang(TypedDict, total=False):
    """Sale status lang, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-list.html
    """

    description: str
    lid: str
    name: str
    statusId: str


class SaleStatusLangAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.statusLang.add``."""

    statusId: Required[str]
    lid: Required[str]
    name: Required[str]
    description: str


class SaleStatusLangAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.statusLang.add``."""

    statusLang: Required[SaleStatusLang]


class SaleStatusLangDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.statusLang.deleteByFilter``."""

    statusId: Required[str]
    lid: Required[str]
    name: Required[str]


class SaleStatusLangGetFieldsResultStatusLang(TypedDict, total=False):
    """Keys of ``result.statusLang`` in ``sale.statusLang.getFields``."""

    description: SaleFieldDescription
    lid: SaleFieldDescription
    name: SaleFieldDescription
    statusId: SaleFieldDescription


class SaleStatusLangGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.statusLang.getFields``."""

    statusLang: Required[SaleStatusLangGetFieldsResultStatusLang]


class SaleStatusLangGetListLangsResult(TypedDict, total=False):
    """Keys of the result of ``sale.statusLang.getListLangs``."""

    active: str
    lid: str
    name: str


class SaleStatusUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.status.update``."""

    type: Required[str]
    notify: Literal["Y", "N"]
    sort: int
    color: str
    xmlId: str


class SaleStatusUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.update``."""

    status: Required[SaleStatus]


class SaleTradeBindingExternalOrderId(TypedDict, total=False):
    """Keys of ``externalOrderId`` in ``SaleTradeBinding``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleTradeBindingId(TypedDict, total=False):
    """Keys of ``id`` in ``SaleTradeBinding``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleTradeBinding(TypedDict, total=False):
    """Sale trade binding, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-list.html
    """

    orderId: int
    tradingPlatformId: str
    externalOrderId: SaleTradeBindingExternalOrderId
    id: SaleTradeBindingId


class SaleTradeBindingGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.tradeBinding.getFields``."""

    tradeBinding: Required[SaleTradeBinding]


class SaleTradePlatformCatalogSectionTabClassName(TypedDict, total=False):
    """Keys of ``catalogSectionTabClassName`` in ``SaleTradePlatform``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


class SaleTradePlatformClass(TypedDict, total=False):
    """Keys of ``class`` in ``SaleTradePlatform``."""

    isImmutable: bool
    isReadOnly: bool
    isRequired: bool
    type: str


SaleTradePlatform = TypedDict(
    "SaleTradePlatform",
    {
        "code": str,
        "id": int,
        "catalogSectionTabClassName": SaleTradePlatformCatalogSectionTabClassName,
        "class": SaleTradePlatformClass,
    },
    total=False,
)


class SaleTradePlatformGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.tradePlatform.getFields``."""

    tradePlatform: Required[SaleTradePlatform]
