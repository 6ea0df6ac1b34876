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
    """A product line in an order basket: product, price, quantity and tax.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html
    """

    basePrice: int
    """Price without discounts and markups; equals price + discountPrice."""
    canBuy: str
    """\"Y" when the product can be bought."""
    catalogXmlId: str
    """External ID of the catalog, for syncing with systems such as 1C."""
    currency: str
    """Currency of the price; must match the order currency."""
    customPrice: str
    """\"Y" when the price was set by hand."""
    dateInsert: str
    """When the item was added."""
    dateUpdate: str
    """When the item was last changed."""
    dimensions: str
    """Size in millimetres: empty, or a serialized array with WIDTH, HEIGHT and LENGTH."""
    discountPrice: int
    """Total discount (negative for a markup)."""
    id: int
    """ID of the basket item."""
    measureCode: str
    """Code of the unit of measure."""
    measureName: str
    """Name of the unit of measure."""
    name: str
    """Product name."""
    orderId: int
    """ID of the order."""
    price: int
    """Price with discounts and markups."""
    productId: int
    """ID of the product; 0 for a product not in the catalog."""
    productXmlId: str
    """External ID of the product, for syncing with systems such as 1C."""
    properties: list[Any]
    """Properties of the item."""
    quantity: int
    """Quantity."""
    reservations: list[Any]
    """Stock reservations of the item."""
    sort: int
    """Position in the list of order items."""
    vatIncluded: str
    """\"Y" when the tax is included in the price."""
    vatRate: Any
    """Tax rate as a fraction, such as 0.1 for 10%; null for "no VAT"."""
    weight: int
    """Weight in grams."""
    xmlId: str
    """External code of the item, for syncing with systems such as 1C."""
    type: Any
    """Item kind, not the catalog product type: 1 set, 2 service, null anything else."""
    roductid: int
    """A misspelling of productId copied from a docs example; the portal does not send it."""


class SaleBasketitemAddCatalogProductFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.addCatalogProduct``."""

    orderId: Required[int]
    """ID of the order the item belongs to; set only when the item is created."""
    sort: int
    """Position of the item among the order lines."""
    productId: Required[int]
    """ID of the catalog product or variation; 0 for a product that is not in the catalog."""
    price: float
    """Unit price after markups and discounts; calculated automatically unless customPrice is "Y"."""
    basePrice: float
    """Unit price before markups and discounts; basePrice = price + discountPrice."""
    discountPrice: float
    """Total discount per unit (negative for a markup); calculated automatically unless customPrice is "Y"."""
    currency: Required[str]
    """Currency of the price; must match the order currency."""
    customPrice: Literal["Y", "N"]
    """\"Y" when the price is set by hand and catalog prices are ignored (then give price, basePrice and discountPrice); "N" takes prices from the catalog."""
    quantity: Required[float]
    """Number of units."""
    xmlId: str
    """External code of the basket item, for syncing with outside systems."""
    name: str
    """Product name; taken from the catalog when productId points to a real product."""


class SaleBasketitemAddCatalogProductResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.addCatalogProduct``."""

    basketItem: Required[SaleBasketitem]
    """The created basket item with its fields."""


class SaleBasketitemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.add``."""

    orderId: Required[int]
    """ID of the order the item belongs to; set only when the item is created."""
    sort: int
    """Position of the item among the order lines."""
    productId: Required[int]
    """ID of the catalog product or variation; 0 for a product that is not in the catalog."""
    price: float
    """Unit price after markups and discounts; calculated automatically unless customPrice is "Y"."""
    basePrice: float
    """Unit price before markups and discounts; basePrice = price + discountPrice."""
    discountPrice: float
    """Total discount per unit (negative for a markup); calculated automatically unless customPrice is "Y"."""
    currency: Required[str]
    """Currency of the price; must match the order currency."""
    customPrice: Literal["Y", "N"]
    """\"Y" when the price is set by hand and catalog prices are ignored (then give price, basePrice and discountPrice); "N" takes prices from the catalog."""
    quantity: Required[float]
    """Number of units."""
    xmlId: str
    """External code of the basket item, for syncing with outside systems."""
    name: str
    """Product name; taken from the catalog when productId points to a real product."""
    weight: int
    """Product weight in grams; taken from the catalog for catalog products."""
    dimensions: str
    """Product size in millimetres as a serialized array with WIDTH, HEIGHT and LENGTH."""
    measureCode: str
    """Code of the unit of measure (see catalog.measure.list)."""
    measureName: str
    """Name of the unit of measure."""
    canBuy: Literal["Y", "N"]
    """\"Y" if the product can be bought, "N" if not."""
    vatRate: float
    """Tax rate as a fraction: 0.1 means 10%; an empty string means "no VAT"."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if the tax is included in the price, "N" if it is added on top."""
    catalogXmlId: str
    """External code of the product catalog, for syncing with 1C and similar systems."""
    productXmlId: str
    """External code of the product, for syncing with 1C and similar systems."""


class SaleBasketitemAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.add``."""

    basketItem: Required[SaleBasketitem]
    """The created basket item with its fields."""


class SaleFieldDescriptionFieldsMax(TypedDict, total=False):
    """Keys of ``fields.max`` in ``SaleFieldDescription``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleFieldDescriptionFieldsMin(TypedDict, total=False):
    """Keys of ``fields.min`` in ``SaleFieldDescription``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleFieldDescriptionFieldsStep(TypedDict, total=False):
    """Keys of ``fields.step`` in ``SaleFieldDescription``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleFieldDescriptionFields(TypedDict, total=False):
    """Keys of ``fields`` in ``SaleFieldDescription``."""

    max: SaleFieldDescriptionFieldsMax
    """Description of the "max" part."""
    min: SaleFieldDescriptionFieldsMin
    """Description of the "min" part."""
    step: SaleFieldDescriptionFieldsStep
    """Description of the "step" part."""


class SaleFieldDescription(TypedDict, total=False):
    """Description of one field: its type and whether it is required, read-only or fixed.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-catalog-product-fields.html
    """

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""
    fields: SaleFieldDescriptionFields
    """Descriptions of the parts of a compound field."""


class SaleBasketitemGetFieldsCatalogProductResultBasketItem(TypedDict, total=False):
    """Keys of ``result.basketItem`` in ``sale.basketitem.getFieldsCatalogProduct``."""

    basePrice: SaleFieldDescription
    """Type and flags of `basePrice`: unit price before markups and discounts; basePrice = price + discountPrice."""
    canBuy: SaleFieldDescription
    """Type and flags of `canBuy`: "Y" if the product can be bought, "N" if not."""
    catalogXmlId: SaleFieldDescription
    """Type and flags of `catalogXmlId`: external code of the product catalog, for syncing with 1C and similar systems."""


class SaleBasketitemGetFieldsCatalogProductResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.getFieldsCatalogProduct``."""

    basketItem: Required[SaleBasketitemGetFieldsCatalogProductResultBasketItem]
    """Descriptions of the basket item fields, keyed by field name."""


class SaleBasketitemGetFieldsResultBasketItem(TypedDict, total=False):
    """Keys of ``result.basketItem`` in ``sale.basketitem.getFields``."""

    basePrice: SaleFieldDescription
    """Type and flags of `basePrice`: unit price before markups and discounts; basePrice = price + discountPrice."""
    canBuy: SaleFieldDescription
    """Type and flags of `canBuy`: "Y" if the product can be bought, "N" if not."""
    catalogXmlId: SaleFieldDescription
    """Type and flags of `catalogXmlId`: external code of the product catalog, for syncing with 1C and similar systems."""


class SaleBasketitemGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.getFields``."""

    basketItem: Required[SaleBasketitemGetFieldsResultBasketItem]
    """Descriptions of the basket item fields, keyed by field name."""


class SaleBasketitemGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.get``."""

    basketItem: Required[SaleBasketitem]
    """The basket item with its fields."""


class SaleBasketitemUpdateCatalogProductFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.updateCatalogProduct``."""

    sort: int
    """Position of the item among the order lines."""
    quantity: Required[float]
    """Number of units."""
    xmlId: str
    """External code of the basket item, for syncing with outside systems."""


class SaleBasketitemUpdateCatalogProductResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.updateCatalogProduct``."""

    basketItem: Required[SaleBasketitem]
    """The basket item after the change."""


class SaleBasketitemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.update``."""

    sort: int
    """Position of the item among the order lines."""
    price: float
    """Unit price after markups and discounts; calculated automatically unless customPrice is "Y"."""
    basePrice: float
    """Unit price before markups and discounts; basePrice = price + discountPrice."""
    discountPrice: float
    """Total discount per unit (negative for a markup); calculated automatically unless customPrice is "Y"."""
    quantity: float
    """Number of units."""
    xmlId: str
    """External code of the basket item, for syncing with outside systems."""
    name: str
    """Product name; taken from the catalog when productId points to a real product."""
    weight: int
    """Product weight in grams; taken from the catalog for catalog products."""
    dimensions: str
    """Product size in millimetres as a serialized array with WIDTH, HEIGHT and LENGTH."""
    measureCode: str
    """Code of the unit of measure (see catalog.measure.list)."""
    measureName: str
    """Name of the unit of measure."""
    canBuy: Literal["Y", "N"]
    """\"Y" if the product can be bought, "N" if not."""
    vatRate: float
    """Tax rate as a fraction: 0.1 means 10%; an empty string means "no VAT"."""
    vatIncluded: Literal["Y", "N"]
    """\"Y" if the tax is included in the price, "N" if it is added on top."""
    catalogXmlId: str
    """External code of the product catalog, for syncing with 1C and similar systems."""
    productXmlId: str
    """External code of the product, for syncing with 1C and similar systems."""


class SaleBasketitemUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketitem.update``."""

    basketItem: Required[SaleBasketitem]
    """The basket item after the change."""


class SaleBasketproperties(TypedDict, total=False):
    """A property of a basket item, such as a size or color.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get.html
    """

    basketId: int
    """ID of the basket item."""
    code: str
    """Property code."""
    id: int
    """ID of the property."""
    name: str
    """Property name."""
    sort: int
    """Sort order."""
    value: str
    """Property value."""
    xmlId: str
    """External ID."""


class SaleBasketpropertiesAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketproperties.add``."""

    basketId: Required[int]
    """ID of the basket item the property belongs to."""
    name: Required[str]
    """Property name."""
    value: Required[str]
    """Property value."""
    code: Required[str]
    """Symbolic code of the property."""
    sort: int
    """Position among the item properties; 100 when omitted."""
    xmlId: str
    """External code of the property."""


class SaleBasketpropertiesAddResultBasketProperty(TypedDict, total=False):
    """Keys of ``result.basketProperty`` in ``sale.basketproperties.add``."""

    basketId: int
    """ID of the basket item the property belongs to."""
    code: str
    """Symbolic code of the property."""
    id: int
    """ID of the basket item property."""
    name: str
    """Property name."""
    value: str
    """Property value."""
    xmlId: str
    """External code of the property."""


class SaleBasketpropertiesAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.add``."""

    basketProperty: Required[SaleBasketpropertiesAddResultBasketProperty]
    """The created basket item property with its fields."""


class SaleBasketpropertiesGetFieldsResultBasketProperties(TypedDict, total=False):
    """Keys of ``result.basketProperties`` in ``sale.basketproperties.getFields``."""

    basketId: SaleFieldDescription
    """Type and flags of `basketId`: ID of the basket item the property belongs to."""
    code: SaleFieldDescription
    """Type and flags of `code`: symbolic code of the property."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the basket item property."""
    name: SaleFieldDescription
    """Type and flags of `name`: property name."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: position among the item properties; 100 when omitted."""
    value: SaleFieldDescription
    """Type and flags of `value`: property value."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external code of the property."""


class SaleBasketpropertiesGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.getFields``."""

    basketProperties: Required[SaleBasketpropertiesGetFieldsResultBasketProperties]
    """Descriptions of the basket item property fields, keyed by field name."""


class SaleBasketpropertiesGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.get``."""

    basketProperty: Required[SaleBasketproperties]
    """The basket item property with its fields."""


class SaleBasketpropertiesUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketproperties.update``."""

    name: str
    """Property name."""
    value: str
    """Property value."""
    code: str
    """Symbolic code of the property."""
    sort: int
    """Position among the item properties; 100 when omitted."""
    xmlId: str
    """External code of the property."""


class SaleBasketpropertiesUpdateResultBasketProperty(TypedDict, total=False):
    """Keys of ``result.basketProperty`` in ``sale.basketproperties.update``."""

    basketId: int
    """ID of the basket item the property belongs to."""
    code: str
    """Symbolic code of the property."""
    id: int
    """ID of the basket item property."""
    name: str
    """Property name."""
    sort: int
    """Position among the item properties; 100 when omitted."""
    value: str
    """Property value."""
    xmlId: str
    """External code of the property."""


class SaleBasketpropertiesUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.basketproperties.update``."""

    basketProperty: Required[SaleBasketpropertiesUpdateResultBasketProperty]
    """The basket item property after the change."""


class SaleBusinessValuePersonDomainPersonTypeId(TypedDict, total=False):
    """Keys of ``personTypeId`` in ``SaleBusinessValuePersonDomain``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleBusinessValuePersonDomainDomain(TypedDict, total=False):
    """Keys of ``domain`` in ``SaleBusinessValuePersonDomain``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleBusinessValuePersonDomain(TypedDict, total=False):
    """Whether a payer type is an individual or a legal entity.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-list.html
    """

    personTypeId: int | SaleBusinessValuePersonDomainPersonTypeId
    """ID of the payer type, or its field description."""
    domain: SaleBusinessValuePersonDomainDomain
    """\"I" individual or "E" legal entity, or the field description."""


class SaleBusinessValuePersonDomainAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.businessValuePersonDomain.add``."""

    personTypeId: Required[int]
    """ID of the payer type (sale.persontype.list)."""
    domain: Required[str]
    """\"I" for an individual, "E" for a legal entity."""


class SaleBusinessValuePersonDomainAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.businessValuePersonDomain.add``."""

    businessValuePersonDomain: Required[dict[str, Any]]
    """The created mapping."""


class SaleBusinessValuePersonDomainDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.businessValuePersonDomain.deleteByFilter``."""

    personTypeId: Required[int]
    """ID of the payer type (sale.persontype.list)."""
    domain: Required[str]
    """\"I" for an individual, "E" for a legal entity."""


class SaleBusinessValuePersonDomainGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.businessValuePersonDomain.getFields``."""

    businessValuePersonDomain: Required[SaleBusinessValuePersonDomain]
    """Descriptions of the payer type mapping fields, keyed by field name."""


class SaleCashbox(TypedDict, total=False):
    """A cash register that prints receipts for payments.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html
    """

    ID: str
    """ID of the cash register."""
    NAME: str
    """Name of the cash register."""
    OFD: str
    """Code of the fiscal data operator handler, such as "bx_firstofd"."""
    EMAIL: str
    """E-mail address for receipt printing errors."""
    DATE_CREATE: dict[str, Any]
    """When the cash register was added."""
    DATE_LAST_CHECK: Any
    """When the last receipt was printed."""
    NUMBER_KKM: str
    """Number of the cash register device."""
    KKM_ID: Any
    """Model of the cash register."""
    ACTIVE: str
    """\"Y" when the cash register is active."""
    SORT: str
    """Sort order."""
    USE_OFFLINE: str
    """\"Y" for an offline cash register."""
    ENABLED: str
    """\"Y" when the cash register is available."""


class SaleCashboxAddOfdSettings(TypedDict, total=False):
    """Keys of the ``OFD_SETTINGS`` parameter of ``sale.cashbox.add``."""

    OFD_MODE: dict[str, Any]
    """Operator mode: {"IS_TEST": "Y"} for test mode, "N" for live."""
    SELLER_INFO: dict[str, Any]
    """Seller details: {"INN": "<taxpayer number>"}, required."""
    AUTH: dict[str, Any]
    """Authorization settings with the security key."""


class SaleCashboxHandlerSettingsConfigAuthItemsLogin(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH.ITEMS.LOGIN`` in ``SaleCashboxHandler``."""

    TYPE: str
    """Setting type, such as "STRING", "NUMBER", "Y/N", "ENUM" or "DATE"."""
    REQUIRED: str
    """\"Y" when the setting is required."""
    LABEL: str
    """Caption of the setting."""


class SaleCashboxHandlerSettingsConfigAuthItemsPassword(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH.ITEMS.PASSWORD`` in ``SaleCashboxHandler``."""

    TYPE: str
    """Setting type, such as "STRING", "NUMBER", "Y/N", "ENUM" or "DATE"."""
    REQUIRED: str
    """\"Y" when the setting is required."""
    LABEL: str
    """Caption of the setting."""


class SaleCashboxHandlerSettingsConfigAuthItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH.ITEMS`` in ``SaleCashboxHandler``."""

    LOGIN: SaleCashboxHandlerSettingsConfigAuthItemsLogin
    """Sample login setting."""
    PASSWORD: SaleCashboxHandlerSettingsConfigAuthItemsPassword
    """Sample password setting."""


class SaleCashboxHandlerSettingsConfigAuth(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.AUTH`` in ``SaleCashboxHandler``."""

    LABEL: str
    """Section heading."""
    ITEMS: SaleCashboxHandlerSettingsConfigAuthItems
    """Settings of the section, keyed by setting code."""


class SaleCashboxHandlerSettingsConfigCompanyItemsInn(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.COMPANY.ITEMS.INN`` in ``SaleCashboxHandler``."""

    TYPE: str
    """Setting type, such as "STRING", "NUMBER", "Y/N", "ENUM" or "DATE"."""
    REQUIRED: str
    """\"Y" when the setting is required."""
    LABEL: str
    """Caption of the setting."""
    DISABLED: str
    """\"Y" when the setting cannot be edited."""
    MULTIPLE: str
    """\"Y" when the setting takes several values."""
    MULTILINE: str
    """\"Y" for a multi-line input (STRING settings)."""


class SaleCashboxHandlerSettingsConfigCompanyItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.COMPANY.ITEMS`` in ``SaleCashboxHandler``."""

    INN: SaleCashboxHandlerSettingsConfigCompanyItemsInn
    """Sample taxpayer number (INN) setting."""


class SaleCashboxHandlerSettingsConfigCompany(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.COMPANY`` in ``SaleCashboxHandler``."""

    LABEL: str
    """Section heading."""
    ITEMS: SaleCashboxHandlerSettingsConfigCompanyItems
    """Settings of the section, keyed by setting code."""


class SaleCashboxHandlerSettingsConfigInteractionItemsModeOptions(
    TypedDict, total=False
):
    """Keys of ``SETTINGS.CONFIG.INTERACTION.ITEMS.MODE.OPTIONS`` in ``SaleCashboxHandler``."""

    ACTIVE: str
    """Caption of the "ACTIVE" (live) mode."""
    TEST: str
    """Caption of the "TEST" mode."""


class SaleCashboxHandlerSettingsConfigInteractionItemsMode(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.INTERACTION.ITEMS.MODE`` in ``SaleCashboxHandler``."""

    TYPE: str
    """Setting type, such as "STRING", "NUMBER", "Y/N", "ENUM" or "DATE"."""
    LABEL: str
    """Caption of the setting."""
    OPTIONS: SaleCashboxHandlerSettingsConfigInteractionItemsModeOptions
    """Choices of an ENUM setting: value code to caption."""


class SaleCashboxHandlerSettingsConfigInteractionItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.INTERACTION.ITEMS`` in ``SaleCashboxHandler``."""

    MODE: SaleCashboxHandlerSettingsConfigInteractionItemsMode
    """Sample work mode setting."""


class SaleCashboxHandlerSettingsConfigInteraction(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.INTERACTION`` in ``SaleCashboxHandler``."""

    LABEL: str
    """Section heading."""
    ITEMS: SaleCashboxHandlerSettingsConfigInteractionItems
    """Settings of the section, keyed by setting code."""


class SaleCashboxHandlerSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``SaleCashboxHandler``."""

    AUTH: SaleCashboxHandlerSettingsConfigAuth
    """Sample section with authorization settings."""
    COMPANY: SaleCashboxHandlerSettingsConfigCompany
    """Sample section with company settings."""
    INTERACTION: SaleCashboxHandlerSettingsConfigInteraction
    """Sample section with interaction settings."""


class SaleCashboxHandlerSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``SaleCashboxHandler``."""

    PRINT_URL: str
    """Address that receives receipt data for printing."""
    CHECK_URL: str
    """Address used to check the receipt status."""
    CONFIG: SaleCashboxHandlerSettingsConfig
    """Setting sections the user fills in on the cash register form, keyed by section code."""
    SUPPORTS_FFD105: str
    """\"Y" when the cash register supports fiscal data format 1.05."""


class SaleCashboxHandler(TypedDict, total=False):
    """A REST handler that connects an external cash register service.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html
    """

    ID: str
    """ID of the cash register handler."""
    NAME: str
    """Name of the handler."""
    CODE: str
    """Unique code of the handler."""
    SORT: str
    """Sort order."""
    SETTINGS: SaleCashboxHandlerSettings
    """Handler settings, as given to sale.cashbox.handler.add."""


class SaleCashboxHandlerAddSettingsConfigItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.ITEMS`` in ``sale.cashbox.handler.add``."""

    TYPE: Required[str]
    """Setting type: "STRING", "NUMBER", "Y/N", "ENUM" or "DATE"."""
    LABEL: Required[str]
    """Setting name shown in the form."""
    REQUIRED: Required[Literal["Y", "N"]]
    """\"Y" if the setting must be filled."""
    DISABLED: Literal["Y", "N"]
    """\"Y" if the setting cannot be edited."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" if the setting takes several values."""
    MULTILINE: Literal["Y", "N"]
    """\"Y" for a multi-line text input."""
    OPTIONS: Required[dict[str, Any]]
    """Choices of an "ENUM" setting, as {code: label}."""
    TIME: Literal["Y", "N"]
    """\"Y" if a "DATE" setting also takes a time."""


class SaleCashboxHandlerAddSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``sale.cashbox.handler.add``."""

    LABEL: str
    """Section title."""
    ITEMS: SaleCashboxHandlerAddSettingsConfigItems
    """Settings of the section, keyed by setting code."""
    AUTH: dict[str, Any]
    """Example section code from the docs, holding authorization settings; section codes are your choice."""
    INTERACTION: dict[str, Any]
    """Example section code from the docs, holding settings for talking to the cash register."""


class SaleCashboxHandlerAddSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.cashbox.handler.add``."""

    PRINT_URL: Required[str]
    """URL that receives the receipt data to print."""
    CHECK_URL: Required[str]
    """URL the portal calls to check a receipt status."""
    HTTP_VERSION: str
    """HTTP version of the requests, "1.0" or "1.1"; "1.0" when empty."""
    CONFIG: Required[SaleCashboxHandlerAddSettingsConfig]
    """Settings form shown when a cash register of this handler is created or edited, as sections keyed by section code."""


class SaleCashboxUpdateFieldsOfdSettings(TypedDict, total=False):
    """Keys of ``FIELDS.OFD_SETTINGS`` in ``sale.cashbox.update``."""

    OFD_MODE: dict[str, Any]
    """Operator mode: {"IS_TEST": "Y"} for test mode, "N" for live."""
    SELLER_INFO: dict[str, Any]
    """Seller details: {"INN": "<taxpayer number>"}, required."""
    AUTH: dict[str, Any]
    """Authorization settings with the security key."""


class SaleCashboxUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.cashbox.update``."""

    NAME: str
    """Cash register name."""
    EMAIL: str
    """E-mail that gets notified when receipt printing fails."""
    OFD: str
    """Code of the fiscal data operator (OFD) handler, such as "bx_firstofd", "bx_platformaofd" or "bx_taxcomofd"."""
    OFD_SETTINGS: SaleCashboxUpdateFieldsOfdSettings
    """Settings of the fiscal data operator; empty by default."""
    NUMBER_KKM: str
    """External ID of the cash register; empty by default."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" if the cash register is active; "N" by default."""
    SORT: int
    """Sort position; 100 by default."""
    USE_OFFLINE: Literal["Y", "N"]
    """\"Y" if the cash register works offline; "N" by default."""
    SETTINGS: dict[str, Any]
    """Cash register settings, following the CONFIG structure declared by its handler in sale.cashbox.handler.add."""


class SaleDelivery(TypedDict, total=False):
    """A delivery service with its currency and parent service.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-get-list.html
    """

    NAME: str
    """Name of the delivery service."""
    ACTIVE: str
    """\"Y" when the service is active."""
    DESCRIPTION: str
    """Description of the service."""
    CURRENCY: str
    """Currency code of the service."""
    ID: int
    """ID of the delivery service."""
    PARENT_ID: int | None
    """ID of the parent delivery service, or null."""
    SORT: int
    """Sort order."""


class SaleDeliveryAddConfig(TypedDict, total=False):
    """Keys of the ``CONFIG`` parameter of ``sale.delivery.add``."""

    CODE: Required[str]
    """Code of the setting."""
    VALUE: Required[str | float]
    """Value of the setting."""


class SaleDeliveryAddResultParent(TypedDict, total=False):
    """Keys of ``result.parent`` in ``sale.delivery.add``."""

    NAME: str
    """Delivery service name."""
    ACTIVE: str
    """\"Y" if the delivery service is active, "N" if not."""
    DESCRIPTION: str
    """Delivery service description."""
    CURRENCY: str
    """Currency code of the delivery service."""
    ID: int
    """ID of the delivery service (sale.delivery.getlist)."""
    PARENT_ID: Any
    """ID of the parent delivery service; profiles point to their service."""
    SORT: int
    """Sort position."""
    LOGOTYPE: int
    """Logo of the delivery service, as the portal stores it."""


class SaleDeliveryAddResultProfiles(TypedDict, total=False):
    """Keys of ``result.profiles`` in ``sale.delivery.add``."""

    NAME: str
    """Delivery service name."""
    ACTIVE: str
    """\"Y" if the delivery service is active, "N" if not."""
    DESCRIPTION: str
    """Delivery service description."""
    CURRENCY: str
    """Currency code of the delivery service."""
    ID: int
    """ID of the delivery service (sale.delivery.getlist)."""
    PARENT_ID: int
    """ID of the parent delivery service; profiles point to their service."""
    SORT: int
    """Sort position."""
    LOGOTYPE: Any
    """Logo of the profile, as the portal stores it."""


class SaleDeliveryAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.delivery.add``."""

    parent: SaleDeliveryAddResultParent
    """The created delivery service."""
    profiles: list[SaleDeliveryAddResultProfiles]
    """Child services created from the handler profiles."""


class SaleDeliveryConfig(TypedDict, total=False):
    """One setting value of a delivery service.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-get.html
    """

    CODE: str
    """Symbolic code of the setting."""
    VALUE: Any
    """Value of the setting."""


class SaleDeliveryConfigUpdateConfig(TypedDict, total=False):
    """Keys of the ``CONFIG`` parameter of ``sale.delivery.config.update``."""

    CODE: Required[str]
    """Code of the setting."""
    VALUE: Required[str | float]
    """Value of the setting."""


class SaleDeliveryExtraServiceItems(TypedDict, total=False):
    """Keys of ``ITEMS`` in ``SaleDeliveryExtraService``."""

    TITLE: str
    """Name of the option."""
    CODE: Any
    """Symbolic code of the option."""
    PRICE: str
    """Price of the option in the currency of the delivery service."""


class SaleDeliveryExtraService(TypedDict, total=False):
    """An extra service a delivery service offers, such as door delivery.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-get.html
    """

    ID: str
    """ID of the extra service."""
    CODE: str
    """Symbolic code."""
    NAME: str
    """Name of the service."""
    DESCRIPTION: str
    """Description."""
    ACTIVE: str
    """\"Y" when the service is active."""
    SORT: str
    """Sort order."""
    TYPE: str
    """Service kind: "enum" (a list), "checkbox" (single) or "quantity"."""
    PRICE: float
    """Price; used for "checkbox" and "quantity" services."""
    ITEMS: list[SaleDeliveryExtraServiceItems]
    """Options of an "enum" service."""


class SaleDeliveryExtraServiceAddItems(TypedDict, total=False):
    """Keys of the ``ITEMS`` parameter of ``sale.delivery.extra.service.add``."""

    TITLE: Required[str]
    """Option name."""
    CODE: Required[str]
    """Symbolic code of the option."""
    PRICE: float
    """Price of the option in the delivery service currency."""


class SaleDeliveryExtraServiceUpdateItems(TypedDict, total=False):
    """Keys of the ``ITEMS`` parameter of ``sale.delivery.extra.service.update``."""

    TITLE: Required[str]
    """Option name."""
    CODE: Required[str]
    """Symbolic code of the option."""
    PRICE: float
    """Price of the option in the delivery service currency."""


class SaleDeliveryHandlerSettingsConfigOptions(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.OPTIONS`` in ``SaleDeliveryHandler``."""

    Option1Code: str
    """Caption of sample option 1."""
    Option2Code: str
    """Caption of sample option 2."""
    Option3Code: str
    """Caption of sample option 3."""
    Option4Code: str
    """Caption of sample option 4."""
    Option5Code: str
    """Caption of sample option 5."""


class SaleDeliveryHandlerSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``SaleDeliveryHandler``."""

    TYPE: str
    """Setting type, such as "STRING", "Y/N", "NUMBER", "ENUM", "DATE" or "LOCATION"."""
    NAME: str
    """Name of the setting."""
    CODE: str
    """Symbolic code of the setting."""
    OPTIONS: SaleDeliveryHandlerSettingsConfigOptions
    """Choices of an ENUM setting: option code to caption."""


class SaleDeliveryHandlerSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``SaleDeliveryHandler``."""

    CALCULATE_URL: str
    """Address that receives parcel data and returns the delivery price."""
    CREATE_DELIVERY_REQUEST_URL: str
    """Address that receives parcel data to book a delivery."""
    CANCEL_DELIVERY_REQUEST_URL: str
    """Address that receives parcel data to cancel a delivery."""
    HAS_CALLBACK_TRACKING_SUPPORT: str
    """\"Y" when the service sends delivery status updates (see sale.delivery.request.sendmessage)."""
    CONFIG: list[SaleDeliveryHandlerSettingsConfig]
    """Settings offered for delivery services made from this handler."""


class SaleDeliveryHandlerProfiles(TypedDict, total=False):
    """Keys of ``PROFILES`` in ``SaleDeliveryHandler``."""

    NAME: str
    """Name of the profile."""
    DESCRIPTION: str
    """Description of the profile."""
    CODE: str
    """Symbolic code of the profile."""


class SaleDeliveryHandler(TypedDict, total=False):
    """A REST handler that connects an external delivery service.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-list.html
    """

    ID: str
    """ID of the delivery service handler."""
    NAME: str
    """Name of the handler."""
    CODE: str
    """Symbolic code of the handler."""
    SORT: str
    """Sort order."""
    DESCRIPTION: str
    """Description of the handler."""
    SETTINGS: SaleDeliveryHandlerSettings
    """Handler settings."""
    PROFILES: list[SaleDeliveryHandlerProfiles]
    """Delivery profiles of the handler."""


class SaleDeliveryHandlerAddProfiles(TypedDict, total=False):
    """Keys of the ``PROFILES`` parameter of ``sale.delivery.handler.add``."""

    NAME: Required[str]
    """Profile name."""
    CODE: Required[str]
    """Symbolic code of the profile."""
    DESCRIPTION: str
    """Profile description."""


class SaleDeliveryHandlerAddSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``sale.delivery.handler.add``."""

    TYPE: Required[str]
    """Setting type: "STRING", "Y/N", "NUMBER", "ENUM", "DATE" or "LOCATION"."""
    CODE: Required[str]
    """Symbolic code of the setting."""
    NAME: Required[str]
    """Setting name."""
    OPTIONS: dict[str, Any]
    """Choices of an "ENUM" setting, as {code: label}."""


class SaleDeliveryHandlerAddSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.delivery.handler.add``."""

    CALCULATE_URL: Required[str]
    """URL that receives the parcel data and answers with the delivery cost."""
    CREATE_DELIVERY_REQUEST_URL: str
    """URL that receives the parcel data to order a delivery."""
    CANCEL_DELIVERY_REQUEST_URL: str
    """URL that receives the data of a delivery order to cancel."""
    HAS_CALLBACK_TRACKING_SUPPORT: Literal["Y", "N"]
    """\"Y" if the service reports delivery order status (sale.delivery.request.sendmessage); then a delivery activity is created for the manager."""
    CONFIG: Sequence[SaleDeliveryHandlerAddSettingsConfig]
    """Settings available to delivery services that use this handler."""


class SaleDeliveryHandlerUpdateProfiles(TypedDict, total=False):
    """Keys of the ``PROFILES`` parameter of ``sale.delivery.handler.update``."""

    NAME: Required[str]
    """Profile name."""
    CODE: Required[str]
    """Symbolic code of the profile."""
    DESCRIPTION: str
    """Profile description."""


class SaleDeliveryHandlerUpdateSettingsConfig(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG`` in ``sale.delivery.handler.update``."""

    TYPE: Required[str]
    """Setting type: "STRING", "Y/N", "NUMBER", "ENUM", "DATE" or "LOCATION"."""
    CODE: Required[str]
    """Symbolic code of the setting."""
    NAME: Required[str]
    """Setting name."""
    OPTIONS: dict[str, Any]
    """Choices of an "ENUM" setting, as {code: label}."""


class SaleDeliveryHandlerUpdateSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.delivery.handler.update``."""

    CALCULATE_URL: Required[str]
    """URL that receives the parcel data and answers with the delivery cost."""
    CREATE_DELIVERY_REQUEST_URL: str
    """URL that receives the parcel data to order a delivery."""
    CANCEL_DELIVERY_REQUEST_URL: str
    """URL that receives the data of a delivery order to cancel."""
    HAS_CALLBACK_TRACKING_SUPPORT: Literal["Y", "N"]
    """\"Y" if the service reports delivery order status (sale.delivery.request.sendmessage); then a delivery activity is created for the manager."""
    CONFIG: Sequence[SaleDeliveryHandlerUpdateSettingsConfig]
    """Settings available to delivery services that use this handler."""


class SaleDeliveryRequestSendmessageMessageStatus(TypedDict, total=False):
    """Keys of ``MESSAGE.STATUS`` in ``sale.delivery.request.sendmessage``."""

    MESSAGE: Required[str]
    """Status text."""
    SEMANTIC: Required[Literal["success", "process", "error"]]
    """Status meaning: "success", "process" or "error"."""


class SaleDeliveryRequestSendmessageMessage(TypedDict, total=False):
    """Keys of the ``MESSAGE`` parameter of ``sale.delivery.request.sendmessage``."""

    SUBJECT: Required[str]
    """Message title."""
    BODY: Required[str]
    """Message text; may hold placeholders replaced by MONEY_VALUES."""
    STATUS: SaleDeliveryRequestSendmessageMessageStatus
    """Status label shown with the message."""
    MONEY_VALUES: dict[str, Any]
    """Amounts to insert into the body, as {placeholder: amount}."""


class SaleDeliveryRequestUpdateProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``sale.delivery.request.update``."""

    NAME: Required[str]
    """Property name."""
    VALUE: Required[str]
    """Property value."""
    TAGS: Sequence[str]
    """Tags of the property; "phone" shows the value as a phone number."""


class SaleDeliveryRequestUpdateStatus(TypedDict, total=False):
    """Keys of the ``STATUS`` parameter of ``sale.delivery.request.update``."""

    TEXT: Required[str]
    """Status text."""
    SEMANTIC: Required[Literal["process", "success"]]
    """\"process" while the request is in progress, "success" when done."""


class SaleOrderBasketItemsProperties(TypedDict, total=False):
    """Keys of ``basketItems.properties`` in ``SaleOrder``."""

    basketId: int
    """ID of the basket item."""
    code: str
    """Property code."""
    id: int
    """ID of the property."""
    name: str
    """Property name."""
    sort: int
    """Sort order."""
    value: str
    """Property value."""
    xmlId: str
    """External ID."""


class SaleOrderBasketItemsReservations(TypedDict, total=False):
    """Keys of ``basketItems.reservations`` in ``SaleOrder``."""

    basketId: int
    """ID of the basket item."""
    dateReserve: str
    """When the stock was reserved."""
    dateReserveEnd: str
    """When the reservation ends."""
    id: int
    """ID of the reservation."""
    quantity: int
    """Quantity reserved."""
    reservedBy: Any
    """ID of the user who made the reservation."""
    storeId: int
    """ID of the warehouse."""


class SaleOrderBasketItems(TypedDict, total=False):
    """Keys of ``basketItems`` in ``SaleOrder``."""

    barcodeMulti: str
    """\"Y" when each unit has its own barcode (with inventory management on)."""
    basePrice: int
    """Price without discounts and markups; equals price + discountPrice."""
    canBuy: str
    """\"Y" when the product can be bought."""
    catalogXmlId: str
    """External ID of the catalog, for syncing with systems such as 1C."""
    currency: str
    """Currency of the price; must match the order currency."""
    customPrice: str
    """\"Y" when the price was set by hand."""
    dateInsert: str
    """When the item was added."""
    dateRefresh: Any
    """When the item data was last refreshed."""
    dateUpdate: str
    """When the item was last changed."""
    detailPageUrl: str
    """Address of the product page."""
    dimensions: str
    """Size in millimetres: empty, or a serialized array with WIDTH, HEIGHT and LENGTH."""
    discountCoupon: str
    """Discount coupon applied."""
    discountName: str
    """Name of the discount applied."""
    discountPrice: int
    """Total discount (negative for a markup)."""
    discountValue: str
    """Size of the discount."""
    fuserId: int
    """ID of the buyer basket owner (shop user)."""
    id: str
    """ID of the basket item."""
    lid: str
    """Site ID, such as "s1"."""
    measureCode: str
    """Code of the unit of measure."""
    measureName: str
    """Name of the unit of measure."""
    module: str
    """Module that supplies the product, such as "catalog"."""
    name: str
    """Product name."""
    notes: str
    """Notes, such as the price type name."""
    orderId: str
    """ID of the order."""
    price: int
    """Price with discounts and markups."""
    priceTypeId: int
    """ID of the price type."""
    productId: int
    """ID of the product; 0 for a product not in the catalog."""
    productPriceId: int
    """ID of the product price record."""
    productProviderClass: str
    """Class that supplies product data."""
    productXmlId: str
    """External ID of the product, for syncing with systems such as 1C."""
    properties: list[SaleOrderBasketItemsProperties]
    """Properties of the item."""
    quantity: int
    """Quantity."""
    recommendation: str
    """Recommendation data."""
    reservations: list[SaleOrderBasketItemsReservations]
    """Stock reservations of the item."""
    setParentId: str
    """ID of the parent set item, for items inside a set."""
    sort: int
    """Position in the list of order items."""
    subscribe: str
    """\"Y" for a subscription item."""
    type: str
    """Item kind, not the catalog product type: 1 set, 2 service, null anything else."""
    vatIncluded: str
    """\"Y" when the tax is included in the price."""
    vatRate: float
    """Tax rate as a fraction, such as 0.1 for 10%; null for "no VAT"."""
    weight: int
    """Weight in grams."""
    xmlId: str
    """External code of the item, for syncing with systems such as 1C."""


class SaleOrderClients(TypedDict, total=False):
    """Keys of ``clients`` in ``SaleOrder``."""

    entityId: int
    """ID of the CRM contact or company."""
    entityTypeId: int
    """Entity type ID: 3 contact, 4 company."""
    id: int
    """ID of the link."""
    isPrimary: str
    """\"Y" for the primary client."""
    orderId: int
    """ID of the order."""
    roleId: int
    """Outdated."""
    sort: int
    """Sort order."""


class SaleOrderPayments(TypedDict, total=False):
    """Keys of ``payments`` in ``SaleOrder``."""

    accountNumber: str
    """System number of the payment."""
    comments: str
    """Comment on the payment."""
    companyId: int
    """ID of the company that receives the payment."""
    currency: str
    """Payment currency."""
    dateBill: str
    """When the invoice was issued."""
    dateMarked: Any
    """When the flag was set."""
    datePaid: Any
    """When it was paid."""
    datePayBefore: Any
    """Date the invoice must be paid by (not used in the shop)."""
    dateResponsibleId: Any
    """When the responsible person was assigned."""
    empMarkedId: Any
    """ID of the user who flagged the payment."""
    empPaidId: Any
    """ID of the user who marked it paid."""
    empResponsibleId: Any
    """ID of the user who assigned the responsible person."""
    empReturnId: Any
    """ID of the user who made the refund."""
    externalPayment: str
    """\"Y" for a payment from an external system."""
    id: int
    """ID of the payment."""
    id1c: str
    """ID in 1C."""
    isReturn: str
    """\"Y" when the payment was refunded."""
    marked: str
    """\"Y" when the payment is flagged as having a problem."""
    orderId: int
    """ID of the order."""
    paid: str
    """\"Y" when the payment has been made."""
    payReturnComment: str
    """Comment on the refund."""
    payReturnDate: Any
    """Date of the refund document."""
    payReturnNum: str
    """Number of the refund document."""
    paySystemId: int
    """ID of the payment system."""
    paySystemIsCash: str
    """\"Y" when the payment system takes cash."""
    paySystemName: str
    """Name of the payment system."""
    paySystemXmlId: str
    """External ID of the payment system."""
    payVoucherDate: Any
    """Date of the payment document."""
    payVoucherNum: str
    """Number of the payment document."""
    priceCod: str
    """Cash-on-delivery charge."""
    psCurrency: str
    """Currency of the payment system."""
    psInvoiceId: int
    """ID of the payment in the payment system."""
    psResponseDate: Any
    """When the payment system answered."""
    psStatus: str
    """Transaction status reported by the payment system ("Y" when paid successfully)."""
    psStatusCode: str
    """Transaction status code from the payment system."""
    psStatusDescription: str
    """Transaction status description from the payment system."""
    psStatusMessage: str
    """Transaction status message from the payment system."""
    psSum: Any
    """Transaction amount reported by the payment system."""
    reasonMarked: str
    """Why the payment was flagged."""
    responsibleId: Any
    """ID of the user responsible for the payment."""
    sum: int
    """Payment amount."""
    updated1c: str
    """\"Y" when the payment was updated through 1C."""
    version1c: str
    """Version of the payment document from 1C."""
    xmlId: str
    """External ID."""


class SaleOrderPropertyValues(TypedDict, total=False):
    """Keys of ``propertyValues`` in ``SaleOrder``."""

    code: str
    """Property code."""
    id: int
    """ID of the property value."""
    name: str
    """Property name."""
    orderPropsId: int
    """ID of the order property."""
    orderPropsXmlId: str | None
    """External ID of the order property."""
    value: str | None
    """Property value."""


class SaleOrderRequisiteLink(TypedDict, total=False):
    """Keys of ``requisiteLink`` in ``SaleOrder``."""

    bankDetailId: int
    """ID of the client bank details."""
    mcBankDetailId: int
    """ID of the bank details of your own company."""
    mcRequisiteId: int
    """ID of the requisite of your own company."""
    requisiteId: int
    """ID of the client requisite."""


class SaleOrderShipmentsShipmentItems(TypedDict, total=False):
    """Keys of ``shipments.shipmentItems`` in ``SaleOrder``."""

    basketId: int
    """ID of the basket item."""
    dateInsert: str
    """When the item was added."""
    id: int
    """ID of the shipment item."""
    orderDeliveryId: int
    """ID of the shipment."""
    quantity: int
    """Quantity shipped."""
    reservedQuantity: int
    """Quantity reserved."""
    xmlId: str
    """External ID, for syncing the item with an external system."""


class SaleOrderShipments(TypedDict, total=False):
    """Keys of ``shipments`` in ``SaleOrder``."""

    accountNumber: str
    """System number of the shipment."""
    allowDelivery: str
    """\"Y" when delivery is allowed."""
    basePriceDelivery: int
    """Delivery price before discounts and markups."""
    canceled: str
    """\"Y" when cancelled (outdated; use the shipment status)."""
    comments: str
    """Manager comment."""
    companyId: int
    """ID of the company in the online store module (not used in the cloud)."""
    currency: str
    """Currency of the shipment."""
    customPriceDelivery: str
    """\"Y" when the delivery price was set by hand."""
    dateAllowDelivery: Any
    """When the delivery permission last changed."""
    dateCanceled: Any
    """When it was cancelled (outdated)."""
    dateDeducted: Any
    """When the shipped flag last changed."""
    dateInsert: str
    """When the shipment was created."""
    dateMarked: Any
    """When the flag was set."""
    dateResponsibleId: Any
    """When the responsible person changed."""
    deducted: str
    """\"Y" when the goods have been shipped."""
    deliveryDocDate: Any
    """Date of the shipping document."""
    deliveryDocNum: str
    """Number of the shipping document."""
    deliveryId: int
    """ID of the delivery service."""
    deliveryName: str
    """Name of the delivery service."""
    deliveryXmlId: str
    """External ID of the delivery service."""
    discountPrice: int
    """Discount on the delivery."""
    empAllowDeliveryId: Any
    """ID of the user who changed the delivery permission."""
    empCanceledId: Any
    """ID of the user who cancelled it (outdated)."""
    empDeductedId: Any
    """ID of the user who changed the shipped flag."""
    empMarkedId: Any
    """ID of the user who flagged the shipment."""
    empResponsibleId: Any
    """ID of the user who assigned the responsible person."""
    externalDelivery: str
    """\"Y" when the shipment was loaded from an external system such as 1C."""
    id: int
    """ID of the shipment."""
    id1c: str
    """ID in 1C."""
    marked: str
    """\"Y" when the shipment is flagged as having a problem."""
    orderId: int
    """ID of the order."""
    priceDelivery: int
    """Delivery price."""
    reasonMarked: str
    """Why the shipment was flagged."""
    reasonUndoDeducted: str
    """Outdated."""
    responsibleId: Any
    """ID of the user responsible for the shipment."""
    shipmentItems: list[SaleOrderShipmentsShipmentItems]
    """Products in the shipment."""
    statusId: str
    """Delivery status code."""
    statusXmlId: str
    """External ID of the delivery status."""
    system: str
    """Always "N": the system shipment is not visible through REST."""
    trackingDescription: str
    """Description of the parcel status."""
    trackingLastCheck: str
    """When the parcel status was last checked."""
    trackingNumber: str
    """Tracking number of the parcel."""
    trackingStatus: str
    """Parcel status."""
    updated1c: str
    """\"Y" when the shipment was updated through 1C."""
    version1c: str
    """Version from 1C."""
    xmlId: str
    """External ID, for syncing with an external system."""


class SaleOrderTradeBindings(TypedDict, total=False):
    """Keys of ``tradeBindings`` in ``SaleOrder``."""

    externalOrderId: str
    """Order number in the external system."""
    id: int
    """ID of the binding."""
    orderId: int
    """ID of the order."""
    params: Any
    """Parameters, serialized."""
    tradingPlatformId: str
    """ID of the trading platform."""
    tradingPlatformXmlId: str
    """External ID of the trading platform."""
    xmlId: str
    """External ID of the binding."""


class SaleOrder(TypedDict, total=False):
    """An online-store order with its basket, payments, shipments and properties.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get.html
    """

    accountNumber: str
    """Order number."""
    additionalInfo: str
    """Additional information (outdated)."""
    affiliateId: Any
    """ID of the affiliate (on-premise only)."""
    basketItems: list[SaleOrderBasketItems]
    """Products in the order."""
    canceled: str
    """\"Y" when the order is cancelled."""
    clients: list[SaleOrderClients] | list[Any]
    """CRM contacts and companies linked to the order."""
    comments: str
    """Manager comment on the order."""
    companyId: Any
    """ID of the company in the online store module."""
    currency: str
    """Order currency."""
    dateCanceled: Any
    """When the order was cancelled."""
    dateInsert: str
    """When the order was created."""
    dateLock: Any
    """When the order was locked."""
    dateMarked: Any
    """When the flag was set."""
    dateStatus: str
    """When the status changed."""
    dateUpdate: str
    """When the order was last changed."""
    deducted: str
    """\"Y" when the order is shipped (outdated)."""
    discountValue: int
    """Discount amount."""
    empCanceledId: Any
    """ID of the user who cancelled the order."""
    empMarkedId: Any
    """ID of the user who flagged the order."""
    empStatusId: int
    """ID of the user who changed the status."""
    externalOrder: str
    """\"Y" for an order from an external system."""
    id: int
    """ID of the order."""
    id1c: str
    """ID in 1C."""
    lid: str
    """Site ID; always "s1"."""
    lockedBy: str
    """ID of the user who locked the order for editing (on-premise only)."""
    marked: str
    """\"Y" when the order is flagged as having a problem; set automatically when saving fails."""
    orderTopic: str
    """Order topic (outdated)."""
    payed: str
    """\"Y" when the order is paid."""
    payments: list[SaleOrderPayments]
    """Payments of the order."""
    personTypeId: int
    """ID of the payer type."""
    personTypeXmlId: str
    """External ID of the payer type."""
    price: int
    """Order total."""
    propertyValues: list[SaleOrderPropertyValues]
    """Values of the order properties."""
    reasonCanceled: str
    """Why the order was cancelled."""
    reasonMarked: str
    """Why the order was flagged."""
    recountFlag: str
    """Recount flag (outdated)."""
    recurringId: str
    """ID of the subscription renewal."""
    requisiteLink: SaleOrderRequisiteLink | list[Any]
    """Requisites linked to the order."""
    responsibleId: int
    """ID of the user responsible for the order."""
    shipments: list[SaleOrderShipments]
    """Shipments of the order."""
    statusId: str
    """Order status code."""
    statusXmlId: str
    """External ID of the status."""
    taxValue: Any
    """Tax on the order."""
    tradeBindings: list[SaleOrderTradeBindings]
    """Sources (trading platforms) of the order."""
    updated1c: str
    """\"Y" when the order was updated through 1C."""
    userDescription: str
    """Buyer comment on the order."""
    userId: int
    """ID of the buyer."""
    version: int
    """Version of the order document."""
    version1c: str
    """Version in 1C."""
    xmlId: str
    """External ID."""


class SaleOrderAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.order.add``."""

    lid: Required[str]
    """ID of the site the order belongs to; always "s1"."""
    personTypeId: Required[int]
    """ID of the payer type (sale.persontype.list)."""
    currency: Required[str]
    """Order currency code (crm.currency.list)."""
    price: float
    """Order total."""
    discountValue: float
    """Discount amount."""
    statusId: str
    """ID of the order status (sale.status.list), such as "N"."""
    empStatusId: int
    """ID of the user who last changed the status."""
    dateInsert: datetime.datetime | str
    """When the order was created."""
    marked: Literal["Y", "N"]
    """\"Y" when the order is flagged as problematic, "N" otherwise; set to "Y" automatically when saving fails."""
    empMarkedId: int
    """ID of the user who flagged the order."""
    reasonMarked: str
    """Why the order was flagged."""
    userDescription: str
    """Comment of the buyer."""
    additionalInfo: str
    """Additional information; deprecated."""
    comments: str
    """Manager comment on the order."""
    responsibleId: int
    """ID of the user responsible for the order."""
    recurringId: int
    """ID of the subscription renewal."""
    lockedBy: int
    """ID of the user who locked the order by opening it in the admin panel; on-premise only."""
    recountFlag: Literal["Y", "N"]
    """Recalculation flag, "Y" or "N"; deprecated."""
    affiliateId: int
    """ID of the affiliate; on-premise only."""
    updated1c: Literal["Y", "N"]
    """\"Y" if the order was last updated through 1C; "N" by default."""
    orderTopic: str
    """Order topic; deprecated."""
    xmlId: str
    """External ID of the order."""
    id1c: str
    """ID of the order in 1C."""
    version1c: str
    """Version of the order in 1C."""
    externalOrder: Literal["Y", "N"]
    """\"Y" if the order came from an outside system; "N" by default."""
    canceled: Literal["Y", "N"]
    """\"Y" if the order is canceled; "N" by default."""
    empCanceledId: int
    """ID of the user who canceled the order."""
    reasonCanceled: str
    """Why the order was canceled."""
    userId: int
    """ID of the customer (a portal user)."""
    companyId: int
    """ID of the store company handling the order."""


class SaleOrderAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.add``."""

    order: Required[SaleOrder]
    """The created order with its fields."""


class SaleOrderGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.get``."""

    order: Required[SaleOrder]
    """The order with its fields."""


class SaleOrderGetfieldsResultOrder(TypedDict, total=False):
    """Keys of ``result.order`` in ``sale.order.getfields``."""

    accountNumber: SaleFieldDescription
    """Type and flags of `accountNumber`: order number shown to users."""
    additionalInfo: SaleFieldDescription
    """Type and flags of `additionalInfo`: additional information; deprecated."""
    affiliateId: SaleFieldDescription
    """Type and flags of `affiliateId`: ID of the affiliate; on-premise only."""
    canceled: SaleFieldDescription
    """Type and flags of `canceled`: "Y" if the order is canceled; "N" by default."""
    comments: SaleFieldDescription
    """Type and flags of `comments`: manager comment on the order."""
    companyId: SaleFieldDescription
    """Type and flags of `companyId`: ID of the store company handling the order."""
    currency: SaleFieldDescription
    """Type and flags of `currency`: order currency code (crm.currency.list)."""
    dateCanceled: SaleFieldDescription
    """Type and flags of `dateCanceled`: when the order was canceled."""
    dateInsert: SaleFieldDescription
    """Type and flags of `dateInsert`: when the order was created."""
    dateLock: SaleFieldDescription
    """Type and flags of `dateLock`: when the order was locked."""
    dateMarked: SaleFieldDescription
    """Type and flags of `dateMarked`: when the order was flagged."""
    dateStatus: SaleFieldDescription
    """Type and flags of `dateStatus`: when the status last changed."""
    dateUpdate: SaleFieldDescription
    """Type and flags of `dateUpdate`: when the order was last changed."""
    deducted: SaleFieldDescription
    """Type and flags of `deducted`: "Y" if the order is shipped; deprecated."""
    discountValue: SaleFieldDescription
    """Type and flags of `discountValue`: discount amount."""
    empCanceledId: SaleFieldDescription
    """Type and flags of `empCanceledId`: ID of the user who canceled the order."""
    empMarkedId: SaleFieldDescription
    """Type and flags of `empMarkedId`: ID of the user who flagged the order."""
    empStatusId: SaleFieldDescription
    """Type and flags of `empStatusId`: ID of the user who last changed the status."""
    externalOrder: SaleFieldDescription
    """Type and flags of `externalOrder`: "Y" if the order came from an outside system; "N" by default."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the order."""
    id1c: SaleFieldDescription
    """Type and flags of `id1c`: ID of the order in 1C."""
    lid: SaleFieldDescription
    """Type and flags of `lid`: ID of the site the order belongs to; always "s1"."""
    lockedBy: SaleFieldDescription
    """Type and flags of `lockedBy`: ID of the user who locked the order by opening it in the admin panel; on-premise only."""
    marked: SaleFieldDescription
    """Type and flags of `marked`: "Y" when the order is flagged as problematic, "N" otherwise; set to "Y" automatically when saving fails."""
    orderTopic: SaleFieldDescription
    """Type and flags of `orderTopic`: order topic; deprecated."""
    payed: SaleFieldDescription
    """Type and flags of `payed`: "Y" if the order is paid, "N" if not."""
    personTypeId: SaleFieldDescription
    """Type and flags of `personTypeId`: ID of the payer type (sale.persontype.list)."""
    personTypeXmlId: SaleFieldDescription
    """Type and flags of `personTypeXmlId`: external ID of the payer type."""
    price: SaleFieldDescription
    """Type and flags of `price`: order total."""
    reasonCanceled: SaleFieldDescription
    """Type and flags of `reasonCanceled`: why the order was canceled."""
    reasonMarked: SaleFieldDescription
    """Type and flags of `reasonMarked`: why the order was flagged."""
    recountFlag: SaleFieldDescription
    """Type and flags of `recountFlag`: recalculation flag, "Y" or "N"; deprecated."""
    recurringId: SaleFieldDescription
    """Type and flags of `recurringId`: ID of the subscription renewal."""
    responsibleId: SaleFieldDescription
    """Type and flags of `responsibleId`: ID of the user responsible for the order."""
    statusId: SaleFieldDescription
    """Type and flags of `statusId`: ID of the order status (sale.status.list), such as "N"."""
    statusXmlId: SaleFieldDescription
    """Type and flags of `statusXmlId`: external ID of the status."""
    taxValue: SaleFieldDescription
    """Type and flags of `taxValue`: tax on the order."""
    updated1c: SaleFieldDescription
    """Type and flags of `updated1c`: "Y" if the order was last updated through 1C; "N" by default."""
    userDescription: SaleFieldDescription
    """Type and flags of `userDescription`: comment of the buyer."""
    userId: SaleFieldDescription
    """Type and flags of `userId`: ID of the customer (a portal user)."""
    version: SaleFieldDescription
    """Type and flags of `version`: version of the order document."""
    version1c: SaleFieldDescription
    """Type and flags of `version1c`: version of the order in 1C."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the order."""


class SaleOrderGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.getfields``."""

    order: Required[SaleOrderGetfieldsResultOrder]
    """Descriptions of the order fields, keyed by field name."""


class SaleOrderUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.order.update``."""

    price: float
    """Order total."""
    discountValue: float
    """Discount amount."""
    statusId: str
    """ID of the order status (sale.status.list), such as "N"."""
    empStatusId: int
    """ID of the user who last changed the status."""
    dateInsert: datetime.datetime | str
    """When the order was created."""
    marked: Literal["Y", "N"]
    """\"Y" when the order is flagged as problematic, "N" otherwise; set to "Y" automatically when saving fails."""
    empMarkedId: int
    """ID of the user who flagged the order."""
    reasonMarked: str
    """Why the order was flagged."""
    userDescription: str
    """Comment of the buyer."""
    additionalInfo: str
    """Additional information; deprecated."""
    comments: str
    """Manager comment on the order."""
    responsibleId: int
    """ID of the user responsible for the order."""
    recurringId: int
    """ID of the subscription renewal."""
    lockedBy: int
    """ID of the user who locked the order by opening it in the admin panel; on-premise only."""
    recountFlag: Literal["Y", "N"]
    """Recalculation flag, "Y" or "N"; deprecated."""
    affiliateId: int
    """ID of the affiliate; on-premise only."""
    updated1c: Literal["Y", "N"]
    """\"Y" if the order was last updated through 1C; "N" by default."""
    orderTopic: str
    """Order topic; deprecated."""
    xmlId: str
    """External ID of the order."""
    id1c: str
    """ID of the order in 1C."""
    version1c: str
    """Version of the order in 1C."""
    externalOrder: Literal["Y", "N"]
    """\"Y" if the order came from an outside system; "N" by default."""
    canceled: Literal["Y", "N"]
    """\"Y" if the order is canceled; "N" by default."""
    empCanceledId: int
    """ID of the user who canceled the order."""
    reasonCanceled: str
    """Why the order was canceled."""
    companyId: int
    """ID of the store company handling the order."""


class SaleOrderUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.order.update``."""

    order: Required[SaleOrder]
    """The order after the change."""


class SalePayment(TypedDict, total=False):
    """A payment of an order and its status in the payment system.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get.html
    """

    accountNumber: str
    """System number of the payment."""
    comments: str
    """Comment on the payment."""
    companyId: Any
    """ID of the company that receives the payment."""
    currency: str
    """Payment currency."""
    dateBill: str
    """When the invoice was issued."""
    dateMarked: Any
    """When the flag was set."""
    datePaid: Any
    """When it was paid."""
    datePayBefore: Any
    """Date the invoice must be paid by (not used in the shop)."""
    dateResponsibleId: str
    """When the responsible person was assigned."""
    empMarkedId: Any
    """ID of the user who flagged the payment."""
    empPaidId: Any
    """ID of the user who marked it paid."""
    empResponsibleId: int
    """ID of the user who assigned the responsible person."""
    empReturnId: Any
    """ID of the user who made the refund."""
    externalPayment: str
    """\"Y" for a payment from an external system."""
    id: int
    """ID of the payment."""
    id1c: str
    """ID in 1C."""
    isReturn: str
    """\"Y" when the payment was refunded."""
    marked: str
    """\"Y" when the payment is flagged as having a problem."""
    orderId: int
    """ID of the order."""
    paid: str
    """\"Y" when the payment has been made."""
    payReturnComment: str
    """Comment on the refund."""
    payReturnDate: Any
    """Date of the refund document."""
    payReturnNum: str
    """Number of the refund document."""
    paySystemId: int
    """ID of the payment system."""
    paySystemIsCash: str
    """\"Y" when the payment system takes cash."""
    paySystemName: str
    """Name of the payment system."""
    paySystemXmlId: str
    """External ID of the payment system."""
    payVoucherDate: Any
    """Date of the payment document."""
    payVoucherNum: str
    """Number of the payment document."""
    priceCod: str
    """Cash-on-delivery charge."""
    psCurrency: str
    """Currency of the payment system."""
    psInvoiceId: Any
    """ID of the payment in the payment system."""
    psResponseDate: Any
    """When the payment system answered."""
    psStatus: str
    """Transaction status reported by the payment system ("Y" when paid successfully)."""
    psStatusCode: str
    """Transaction status code from the payment system."""
    psStatusDescription: str
    """Transaction status description from the payment system."""
    psStatusMessage: str
    """Transaction status message from the payment system."""
    psSum: Any
    """Transaction amount reported by the payment system."""
    reasonMarked: str
    """Why the payment was flagged."""
    responsibleId: int
    """ID of the user responsible for the payment."""
    sum: int
    """Payment amount."""
    updated1c: str
    """\"Y" when the payment was updated through 1C."""
    version1c: str
    """Version of the payment document from 1C."""
    xmlId: str
    """External ID."""


class SalePaymentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.payment.add``."""

    orderId: Required[int]
    """ID of the order the payment belongs to."""
    paySystemId: Required[int]
    """ID of the payment system (sale.paysystem.list)."""
    paid: Literal["Y", "N"]
    """\"Y" if the payment has been made; "N" by default."""
    datePaid: datetime.datetime | str
    """When the payment was made."""
    empPaidId: int
    """ID of the user who marked the payment as paid."""
    psStatus: Literal["Y", "N"]
    """Transaction result reported by the payment system: "Y" paid, "N" not; null by default."""
    psStatusCode: str
    """Status code of the payment system transaction."""
    psStatusDescription: str
    """Description of the payment system result."""
    psStatusMessage: str
    """Message from the payment system."""
    psSum: float
    """Amount reported by the payment system."""
    psCurrency: str
    """Currency reported by the payment system."""
    psResponseDate: datetime.datetime | str
    """When the payment system answered."""
    payVoucherNum: str
    """Number of the payment document."""
    payVoucherDate: datetime.datetime | str
    """Date of the payment document."""
    datePayBefore: datetime.datetime | str
    """Date the invoice must be paid by; deprecated."""
    dateBill: datetime.datetime | str
    """When the invoice was issued."""
    xmlId: str
    """External ID of the payment."""
    sum: float
    """Payment amount."""
    companyId: int
    """ID of the store company that takes the payment; currently unused."""
    payReturnNum: str
    """Number of the refund document."""
    priceCod: float
    """Cash-on-delivery charge; on-premise only."""
    payReturnDate: datetime.date | str
    """Date of the refund document."""
    empReturnId: int
    """ID of the user who made the refund."""
    payReturnComment: str
    """Comment on the refund."""
    responsibleId: int
    """ID of the user responsible for the payment."""
    empResponsibleId: int
    """ID of the user who assigned the responsible person."""
    isReturn: Literal["Y", "N"]
    """\"Y" if the payment was refunded; "N" by default."""
    comments: str
    """Comment on the payment."""
    updated1c: Literal["Y", "N"]
    """\"Y" if the payment was last updated through 1C; "N" by default."""
    id1c: str
    """ID of the payment in 1C."""
    version1c: str
    """Version of the payment document from 1C."""
    externalPayment: Literal["Y", "N"]
    """\"Y" for a payment imported from outside (1C), "F" for one loaded with its order, "N" otherwise; on-premise only."""
    psInvoiceId: str | int
    """ID of the payment in the payment system."""
    marked: Literal["Y", "N"]
    """\"Y" when the payment is flagged as problematic; "N" by default."""
    reasonMarked: str
    """Why the payment was flagged."""
    empMarkedId: int
    """ID of the user who flagged the payment."""


class SalePaymentAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.add``."""

    payment: Required[SalePayment]
    """The created payment with its fields."""


class SalePaymentGetFieldsResultPayment(TypedDict, total=False):
    """Keys of ``result.payment`` in ``sale.payment.getFields``."""

    accountNumber: SaleFieldDescription
    """Type and flags of `accountNumber`: payment number assigned by the system."""
    comments: SaleFieldDescription
    """Type and flags of `comments`: comment on the payment."""
    companyId: SaleFieldDescription
    """Type and flags of `companyId`: ID of the store company that takes the payment; currently unused."""
    currency: SaleFieldDescription
    """Type and flags of `currency`: payment currency."""
    dateBill: SaleFieldDescription
    """Type and flags of `dateBill`: when the invoice was issued."""
    dateMarked: SaleFieldDescription
    """Type and flags of `dateMarked`: when the payment was flagged."""
    datePaid: SaleFieldDescription
    """Type and flags of `datePaid`: when the payment was made."""
    datePayBefore: SaleFieldDescription
    """Type and flags of `datePayBefore`: date the invoice must be paid by; deprecated."""
    dateResponsibleId: SaleFieldDescription
    """Type and flags of `dateResponsibleId`: when the responsible person was assigned."""
    empMarkedId: SaleFieldDescription
    """Type and flags of `empMarkedId`: ID of the user who flagged the payment."""
    empPaidId: SaleFieldDescription
    """Type and flags of `empPaidId`: ID of the user who marked the payment as paid."""
    empResponsibleId: SaleFieldDescription
    """Type and flags of `empResponsibleId`: ID of the user who assigned the responsible person."""
    empReturnId: SaleFieldDescription
    """Type and flags of `empReturnId`: ID of the user who made the refund."""
    externalPayment: SaleFieldDescription
    """Type and flags of `externalPayment`: "Y" for a payment imported from outside (1C), "F" for one loaded with its order, "N" otherwise; on-premise only."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the payment."""
    id1c: SaleFieldDescription
    """Type and flags of `id1c`: ID of the payment in 1C."""
    isReturn: SaleFieldDescription
    """Type and flags of `isReturn`: "Y" if the payment was refunded; "N" by default."""
    marked: SaleFieldDescription
    """Type and flags of `marked`: "Y" when the payment is flagged as problematic; "N" by default."""
    orderId: SaleFieldDescription
    """Type and flags of `orderId`: ID of the order the payment belongs to."""
    paid: SaleFieldDescription
    """Type and flags of `paid`: "Y" if the payment has been made; "N" by default."""
    payReturnComment: SaleFieldDescription
    """Type and flags of `payReturnComment`: comment on the refund."""
    payReturnDate: SaleFieldDescription
    """Type and flags of `payReturnDate`: date of the refund document."""
    payReturnNum: SaleFieldDescription
    """Type and flags of `payReturnNum`: number of the refund document."""
    paySystemId: SaleFieldDescription
    """Type and flags of `paySystemId`: ID of the payment system (sale.paysystem.list)."""
    paySystemIsCash: SaleFieldDescription
    """Type and flags of `paySystemIsCash`: "Y" if the payment system takes cash."""
    paySystemName: SaleFieldDescription
    """Type and flags of `paySystemName`: name of the payment system."""
    paySystemXmlId: SaleFieldDescription
    """Type and flags of `paySystemXmlId`: external ID of the payment system."""
    payVoucherDate: SaleFieldDescription
    """Type and flags of `payVoucherDate`: date of the payment document."""
    payVoucherNum: SaleFieldDescription
    """Type and flags of `payVoucherNum`: number of the payment document."""
    priceCod: SaleFieldDescription
    """Type and flags of `priceCod`: cash-on-delivery charge; on-premise only."""
    psCurrency: SaleFieldDescription
    """Type and flags of `psCurrency`: currency reported by the payment system."""
    psInvoiceId: SaleFieldDescription
    """Type and flags of `psInvoiceId`: ID of the payment in the payment system."""
    psResponseDate: SaleFieldDescription
    """Type and flags of `psResponseDate`: when the payment system answered."""
    psStatus: SaleFieldDescription
    """Type and flags of `psStatus`: transaction result reported by the payment system: "Y" paid, "N" not; null by default."""
    psStatusCode: SaleFieldDescription
    """Type and flags of `psStatusCode`: status code of the payment system transaction."""
    psStatusDescription: SaleFieldDescription
    """Type and flags of `psStatusDescription`: description of the payment system result."""
    psStatusMessage: SaleFieldDescription
    """Type and flags of `psStatusMessage`: message from the payment system."""
    psSum: SaleFieldDescription
    """Type and flags of `psSum`: amount reported by the payment system."""
    reasonMarked: SaleFieldDescription
    """Type and flags of `reasonMarked`: why the payment was flagged."""
    responsibleId: SaleFieldDescription
    """Type and flags of `responsibleId`: ID of the user responsible for the payment."""
    sum: SaleFieldDescription
    """Type and flags of `sum`: payment amount."""
    updated1c: SaleFieldDescription
    """Type and flags of `updated1c`: "Y" if the payment was last updated through 1C; "N" by default."""
    version1c: SaleFieldDescription
    """Type and flags of `version1c`: version of the payment document from 1C."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the payment."""


class SalePaymentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.getFields``."""

    payment: Required[SalePaymentGetFieldsResultPayment]
    """Descriptions of the payment fields, keyed by field name."""


class SalePaymentGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.get``."""

    payment: Required[SalePayment]
    """The payment with its fields."""


class SalePaymentItemShipment(TypedDict, total=False):
    """A shipment covered by a payment.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get.html
    """

    dateInsert: str
    """When the link was added."""
    id: int
    """ID of the link."""
    paymentId: int
    """ID of the payment."""
    shipmentId: int
    """ID of the shipment."""
    xmlId: str
    """External ID."""


class SalePaymentItemShipmentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentItemShipment.add``."""

    shipmentId: Required[int]
    """ID of the shipment."""
    paymentId: Required[int]
    """ID of the payment."""
    xmlId: str
    """External ID of the link."""


class SalePaymentItemShipmentAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.add``."""

    paymentItemShipment: Required[SalePaymentItemShipment]
    """The created payment-to-shipment link with its fields."""


class SalePaymentItemShipmentGetFieldsResultPaymentItemShipment(TypedDict, total=False):
    """Keys of ``result.paymentItemShipment`` in ``sale.paymentItemShipment.getFields``."""

    dateInsert: SaleFieldDescription
    """Type and flags of `dateInsert`: when the payment was linked to the shipment."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the payment-to-shipment link."""
    paymentId: SaleFieldDescription
    """Type and flags of `paymentId`: ID of the payment."""
    shipmentId: SaleFieldDescription
    """Type and flags of `shipmentId`: ID of the shipment."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the link."""


class SalePaymentItemShipmentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.getFields``."""

    paymentItemShipment: Required[
        SalePaymentItemShipmentGetFieldsResultPaymentItemShipment
    ]
    """Descriptions of the payment-to-shipment link fields, keyed by field name."""


class SalePaymentItemShipmentGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.get``."""

    paymentItemShipment: Required[SalePaymentItemShipment]
    """The payment-to-shipment link with its fields."""


class SalePaymentItemShipmentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentItemShipment.update``."""

    xmlId: str
    """External ID of the link."""


class SalePaymentItemShipmentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentItemShipment.update``."""

    paymentItemShipment: Required[SalePaymentItemShipment]
    """The payment-to-shipment link after the change."""


class SalePaymentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.payment.update``."""

    paySystemId: Required[int]
    """ID of the payment system (sale.paysystem.list)."""
    paid: Literal["Y", "N"]
    """\"Y" if the payment has been made; "N" by default."""
    datePaid: datetime.datetime | str
    """When the payment was made."""
    empPaidId: int
    """ID of the user who marked the payment as paid."""
    psStatus: Literal["Y", "N"]
    """Transaction result reported by the payment system: "Y" paid, "N" not; null by default."""
    psStatusCode: str
    """Status code of the payment system transaction."""
    psStatusDescription: str
    """Description of the payment system result."""
    psStatusMessage: str
    """Message from the payment system."""
    psSum: float
    """Amount reported by the payment system."""
    psCurrency: str
    """Currency reported by the payment system."""
    psResponseDate: datetime.datetime | str
    """When the payment system answered."""
    payVoucherNum: str
    """Number of the payment document."""
    payVoucherDate: datetime.datetime | str
    """Date of the payment document."""
    datePayBefore: datetime.datetime | str
    """Date the invoice must be paid by; deprecated."""
    dateBill: datetime.datetime | str
    """When the invoice was issued."""
    xmlId: str
    """External ID of the payment."""
    sum: float
    """Payment amount."""
    companyId: int
    """ID of the store company that takes the payment; currently unused."""
    payReturnNum: str
    """Number of the refund document."""
    priceCod: float
    """Cash-on-delivery charge; on-premise only."""
    payReturnDate: datetime.date | str
    """Date of the refund document."""
    empReturnId: int
    """ID of the user who made the refund."""
    payReturnComment: str
    """Comment on the refund."""
    responsibleId: int
    """ID of the user responsible for the payment."""
    empResponsibleId: int
    """ID of the user who assigned the responsible person."""
    isReturn: Literal["Y", "N"]
    """\"Y" if the payment was refunded; "N" by default."""
    comments: str
    """Comment on the payment."""
    updated1c: Literal["Y", "N"]
    """\"Y" if the payment was last updated through 1C; "N" by default."""
    id1c: str
    """ID of the payment in 1C."""
    version1c: str
    """Version of the payment document from 1C."""
    externalPayment: Literal["Y", "N"]
    """\"Y" for a payment imported from outside (1C), "F" for one loaded with its order, "N" otherwise; on-premise only."""
    psInvoiceId: str | int
    """ID of the payment in the payment system."""
    marked: Literal["Y", "N"]
    """\"Y" when the payment is flagged as problematic; "N" by default."""
    reasonMarked: str
    """Why the payment was flagged."""
    empMarkedId: int
    """ID of the user who flagged the payment."""


class SalePaymentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.payment.update``."""

    payment: Required[SalePayment]
    """The payment after the change."""


class SalePaymentitembasket(TypedDict, total=False):
    """A basket item covered by a payment, with its quantity.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get.html
    """

    basketId: int
    """ID of the basket item."""
    dateInsert: str
    """When the link was added."""
    id: int
    """ID of the link."""
    paymentId: int
    """ID of the payment."""
    quantity: int
    """Quantity."""
    xmlId: str
    """External ID."""


class SalePaymentitembasketAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentitembasket.add``."""

    paymentId: Required[int]
    """ID of the payment."""
    basketId: Required[int]
    """ID of the basket item (order line)."""
    quantity: float
    """Quantity of the product covered by the payment."""
    xmlId: str
    """External ID of the link."""


class SalePaymentitembasketAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.add``."""

    paymentItemBasket: Required[SalePaymentitembasket]
    """The created payment-to-basket-item link with its fields."""


class SalePaymentitembasketGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.get``."""

    paymentItemBasket: Required[SalePaymentitembasket]
    """The payment-to-basket-item link with its fields."""


class SalePaymentitembasketGetfieldsResultPaymentItemBasket(TypedDict, total=False):
    """Keys of ``result.paymentItemBasket`` in ``sale.paymentitembasket.getfields``."""

    basketId: SaleFieldDescription
    """Type and flags of `basketId`: ID of the basket item (order line)."""
    dateInsert: SaleFieldDescription
    """Type and flags of `dateInsert`: when the basket item was linked to the payment."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the payment-to-basket-item link."""
    paymentId: SaleFieldDescription
    """Type and flags of `paymentId`: ID of the payment."""
    quantity: SaleFieldDescription
    """Type and flags of `quantity`: quantity of the product covered by the payment."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the link."""


class SalePaymentitembasketGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.getfields``."""

    paymentItemBasket: Required[SalePaymentitembasketGetfieldsResultPaymentItemBasket]
    """Descriptions of the payment-to-basket-item link fields, keyed by field name."""


class SalePaymentitembasketUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentitembasket.update``."""

    quantity: Required[float]
    """Quantity of the product covered by the payment."""
    xmlId: str
    """External ID of the link."""


class SalePaymentitembasketUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.paymentitembasket.update``."""

    paymentItemBasket: Required[SalePaymentitembasket]
    """The payment-to-basket-item link after the change."""


class SalePaysystem(TypedDict, total=False):
    """A payment system and its options.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-list.html
    """

    NAME: str
    """Name of the payment system."""
    PSA_NAME: str
    """Title of the payment system."""
    DESCRIPTION: str
    """Description."""
    ACTION_FILE: str
    """Handler code: the REST handler code, or the built-in handler name."""
    RESULT_FILE: Any
    """Result handler file."""
    NEW_WINDOW: str
    """\"Y" opens payment in a new window."""
    PS_MODE: str | None
    """Work mode, for handlers that have several."""
    HAVE_PAYMENT: str
    """\"Y" when the handler has a payment step."""
    HAVE_ACTION: str
    """\"Y" when the handler has an action."""
    HAVE_RESULT: str
    """\"Y" when the handler processes results."""
    HAVE_PREPAY: str
    """\"Y" when the handler supports prepayment."""
    HAVE_PRICE: str
    """\"Y" when the handler calculates a price."""
    HAVE_RESULT_RECEIVE: str
    """\"Y" when the handler receives result notifications."""
    ENCODING: str | None
    """Encoding, such as "utf-8"; not used for REST handlers."""
    ACTIVE: str
    """\"Y" when the payment system is active."""
    ALLOW_EDIT_PAYMENT: str
    """\"Y" allows automatic recalculation of the payment."""
    IS_CASH: str
    """Payment kind: "N" non-cash, "Y" cash, "A" card acquiring."""
    AUTO_CHANGE_1C: str
    """\"Y" allows the payment to change on import from 1C."""
    CAN_PRINT_CHECK: str
    """\"Y" allows receipts to be printed."""
    ENTITY_REGISTRY_TYPE: str
    """What the payment system serves: "ORDER", "CRM_INVOICE" or "CRM_QUOTE"."""
    XML_ID: str
    """Symbolic code."""
    ID: int
    """ID of the payment system."""
    PERSON_TYPE_ID: int
    """ID of the payer type."""
    SORT: int
    """Sort order."""
    TARIFF: Any
    """Not used."""


class SalePaysystemHandlerSettingsFormDataFieldsPhoneCode(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.phone.CODE`` in ``SalePaysystemHandler``."""

    NAME: str
    """Name of the value source."""
    TYPE: str
    """Kind of the value source."""


class SalePaysystemHandlerSettingsFormDataFieldsPhone(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.phone`` in ``SalePaysystemHandler``."""

    VISIBLE: str
    """\"Y" shows the field in the form."""
    CODE: SalePaysystemHandlerSettingsFormDataFieldsPhoneCode
    """Where the value comes from."""


class SalePaysystemHandlerSettingsFormDataFieldsPaymentId(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.paymentId`` in ``SalePaysystemHandler``."""

    CODE: str
    """Code of the handler parameter that fills the field."""
    VISIBLE: str
    """\"Y" shows the field in the form."""


class SalePaysystemHandlerSettingsFormDataFieldsServiceid(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS.serviceid`` in ``SalePaysystemHandler``."""

    CODE: str
    """Code of the handler parameter that fills the field."""


class SalePaysystemHandlerSettingsFormDataFields(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA.FIELDS`` in ``SalePaysystemHandler``."""

    phone: SalePaysystemHandlerSettingsFormDataFieldsPhone
    """Sample "phone" form field."""
    paymentId: SalePaysystemHandlerSettingsFormDataFieldsPaymentId
    """Sample "paymentId" form field."""
    serviceid: SalePaysystemHandlerSettingsFormDataFieldsServiceid
    """Sample "serviceid" form field."""


class SalePaysystemHandlerSettingsFormData(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA`` in ``SalePaysystemHandler``."""

    ACTION_URI: str
    """Address the form is sent to."""
    METHOD: str
    """HTTP method of the form; GET when empty."""
    FIELDS: SalePaysystemHandlerSettingsFormDataFields
    """Fields of the form, keyed by field name."""


class SalePaysystemHandlerSettingsCodesRestServiceId(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.REST_SERVICE_ID`` in ``SalePaysystemHandler``."""

    NAME: str
    """Caption of the parameter."""
    DESCRIPTION: str
    """Description of the parameter."""
    SORT: str
    """Sort order."""


class SalePaysystemHandlerSettingsCodesRestServiceKey(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.REST_SERVICE_KEY`` in ``SalePaysystemHandler``."""

    NAME: str
    """Caption of the parameter."""
    DESCRIPTION: str
    """Description of the parameter."""
    SORT: str
    """Sort order."""


class SalePaysystemHandlerSettingsCodesPaymentIdDefault(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_ID.DEFAULT`` in ``SalePaysystemHandler``."""

    PROVIDER_KEY: str
    """Provider the default comes from, such as "PAYMENT" or "ORDER"."""
    PROVIDER_VALUE: str
    """Code of the value taken from that provider."""


class SalePaysystemHandlerSettingsCodesPaymentId(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_ID`` in ``SalePaysystemHandler``."""

    NAME: str
    """Caption of the parameter."""
    SORT: str
    """Sort order."""
    GROUP: str
    """Code of the group the parameter belongs to."""
    DEFAULT: SalePaysystemHandlerSettingsCodesPaymentIdDefault
    """Default value of the parameter."""


class SalePaysystemHandlerSettingsCodesPsChangeStatusPayInput(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_CHANGE_STATUS_PAY.INPUT`` in ``SalePaysystemHandler``."""

    TYPE: str
    """Input type, such as "STRING", "Y/N" or "ENUM"."""


class SalePaysystemHandlerSettingsCodesPsChangeStatusPay(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_CHANGE_STATUS_PAY`` in ``SalePaysystemHandler``."""

    NAME: str
    """Caption of the parameter."""
    SORT: str
    """Sort order."""
    INPUT: SalePaysystemHandlerSettingsCodesPsChangeStatusPayInput
    """Input field of the parameter."""


class SalePaysystemHandlerSettingsCodesPaymentBuyerIdDefault(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_BUYER_ID.DEFAULT`` in ``SalePaysystemHandler``."""

    PROVIDER_KEY: str
    """Provider the default comes from, such as "PAYMENT" or "ORDER"."""
    PROVIDER_VALUE: str
    """Code of the value taken from that provider."""


class SalePaysystemHandlerSettingsCodesPaymentBuyerId(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PAYMENT_BUYER_ID`` in ``SalePaysystemHandler``."""

    NAME: str
    """Caption of the parameter."""
    SORT: str
    """Sort order."""
    GROUP: str
    """Code of the group the parameter belongs to."""
    DEFAULT: SalePaysystemHandlerSettingsCodesPaymentBuyerIdDefault
    """Default value of the parameter."""


class SalePaysystemHandlerSettingsCodesPsWorkModeInputOptions(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_WORK_MODE.INPUT.OPTIONS`` in ``SalePaysystemHandler``."""

    TEST: str
    """Caption of the test mode."""
    REGULAR: str
    """Caption of the regular mode."""


class SalePaysystemHandlerSettingsCodesPsWorkModeInput(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_WORK_MODE.INPUT`` in ``SalePaysystemHandler``."""

    TYPE: str
    """Input type, such as "STRING", "Y/N" or "ENUM"."""
    OPTIONS: SalePaysystemHandlerSettingsCodesPsWorkModeInputOptions
    """Choices of an ENUM input: value to caption."""


class SalePaysystemHandlerSettingsCodesPsWorkMode(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.PS_WORK_MODE`` in ``SalePaysystemHandler``."""

    NAME: str
    """Caption of the parameter."""
    SORT: str
    """Sort order."""
    INPUT: SalePaysystemHandlerSettingsCodesPsWorkModeInput
    """Input field of the parameter."""


class SalePaysystemHandlerSettingsCodes(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES`` in ``SalePaysystemHandler``."""

    REST_SERVICE_ID: SalePaysystemHandlerSettingsCodesRestServiceId
    """Sample service ID parameter."""
    REST_SERVICE_KEY: SalePaysystemHandlerSettingsCodesRestServiceKey
    """Sample service key parameter."""
    PAYMENT_ID: SalePaysystemHandlerSettingsCodesPaymentId
    """Sample payment ID parameter."""
    PS_CHANGE_STATUS_PAY: SalePaysystemHandlerSettingsCodesPsChangeStatusPay
    """Sample automatic status change parameter."""
    PAYMENT_BUYER_ID: SalePaysystemHandlerSettingsCodesPaymentBuyerId
    """Sample buyer ID parameter."""
    PS_WORK_MODE: SalePaysystemHandlerSettingsCodesPsWorkMode
    """Sample work mode parameter."""


class SalePaysystemHandlerSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``SalePaysystemHandler``."""

    CURRENCY: list[str]
    """Currency codes the payment system supports."""
    FORM_DATA: SalePaysystemHandlerSettingsFormData
    """Settings of the payment form (form mode)."""
    CODES: SalePaysystemHandlerSettingsCodes
    """Parameters of the handler, keyed by parameter code."""


class SalePaysystemHandler(TypedDict, total=False):
    """A REST handler that connects an external payment service.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-list.html
    """

    ID: str
    """ID of the payment system handler."""
    NAME: str
    """Name of the handler."""
    CODE: str
    """Code of the handler."""
    SORT: str
    """Sort order."""
    SETTINGS: SalePaysystemHandlerSettings
    """Handler settings, as given to sale.paysystem.handler.add."""


class SalePaysystemHandlerAddSettingsCodesDefault(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES.DEFAULT`` in ``sale.paysystem.handler.add``."""

    PROVIDER_KEY: str
    """Source of the default value, such as "PAYMENT" or "ORDER"."""
    PROVIDER_VALUE: str
    """Code of the value at the source, such as "SUM" or "ACCOUNT_NUMBER"."""


class SalePaysystemHandlerAddSettingsCodes(TypedDict, total=False):
    """Keys of ``SETTINGS.CODES`` in ``sale.paysystem.handler.add``."""

    NAME: str
    """Parameter name."""
    DESCRIPTION: str
    """Parameter description."""
    SORT: int
    """Sort position of the parameter."""
    GROUP: str
    """Code of the parameter group."""
    DEFAULT: SalePaysystemHandlerAddSettingsCodesDefault
    """Where the default value comes from."""
    INPUT: dict[str, Any]
    """Input field of the parameter: {"TYPE": "STRING" | "Y/N" | "ENUM", "OPTIONS": {...}}."""
    REST_SERVICE_ID: dict[str, Any]
    """Example parameter from the docs: the merchant ID in your service."""
    REST_SERVICE_KEY: dict[str, Any]
    """Example parameter from the docs: the secret key of the merchant."""
    PAYMENT_ID: dict[str, Any]
    """Example parameter from the docs: the payment number, defaulting to the payment ACCOUNT_NUMBER."""
    PAYMENT_SHOULD_PAY: dict[str, Any]
    """Example parameter from the docs: the amount to pay, defaulting to the payment SUM."""
    PS_CHANGE_STATUS_PAY: dict[str, Any]
    """Example parameter from the docs: a "Y/N" switch for changing the payment status automatically."""
    PAYMENT_BUYER_ID: dict[str, Any]
    """Example parameter from the docs: the buyer ID, defaulting to the order USER_ID."""
    PS_WORK_MODE: dict[str, Any]
    """Example parameter from the docs: test or live mode of the payment system."""
    REST_SERVICE_ID_CHECKOUT: dict[str, Any]
    """Example parameter from the docs: the merchant ID for checkout mode."""
    REST_SERVICE_KEY_CHECKOUT: dict[str, Any]
    """Example parameter from the docs: the secret key for checkout mode."""
    PS_WORK_MODE_CHECKOUT: dict[str, Any]
    """Example parameter from the docs: test or live mode for checkout mode."""
    REST_SERVICE_ID_IFRAME: dict[str, Any]
    """Example parameter from the docs: the merchant ID for iframe mode."""
    REST_SERVICE_KEY_IFRAME: dict[str, Any]
    """Example parameter from the docs: the secret key for iframe mode."""
    PS_WORK_MODE_IFRAME: dict[str, Any]
    """Example parameter from the docs: test or live mode for iframe mode."""


class SalePaysystemHandlerAddSettingsFormData(TypedDict, total=False):
    """Keys of ``SETTINGS.FORM_DATA`` in ``sale.paysystem.handler.add``."""

    BX_PAYSYSTEM_ID: int
    """Sent by the portal with the form: ID of the payment system used, usable with sale.paysystem.pay.payment."""
    BX_RETURN_URL: str
    """Sent by the portal with the form: the store URL to send the buyer back to."""
    ACTION_URI: str
    """URL the form is posted to."""
    METHOD: str
    """HTTP method of the form; GET when empty."""
    FIELDS: dict[str, Any]
    """Form fields keyed by field name, each with CODE (a parameter code or a field description) and VISIBLE ("Y"/"N")."""


class SalePaysystemHandlerAddSettingsCheckoutData(TypedDict, total=False):
    """Keys of ``SETTINGS.CHECKOUT_DATA`` in ``sale.paysystem.handler.add``."""

    RETURN_URL: str
    """URL to return the buyer to after payment."""
    PAYSYSTEM_ID: int
    """ID of the payment system."""
    PAYMENT_ID: int
    """ID of the payment."""
    SUM: float
    """Amount to pay."""
    CURRENCY: str
    """Currency of the amount."""
    EXTERNAL_PAYMENT_ID: str
    """ID of the payment in your service."""
    ACTION_URI: str
    """URL that receives the payment data."""
    FIELDS: dict[str, Any]
    """Fields sent to ACTION_URI, keyed by name, each with a CODE of a handler parameter."""


class SalePaysystemHandlerAddSettingsIframeData(TypedDict, total=False):
    """Keys of ``SETTINGS.IFRAME_DATA`` in ``sale.paysystem.handler.add``."""

    BX_SYSTEM_PARAMS: dict[str, Any]
    """System parameters the portal sends to your page."""
    BX_COMPUTED_STYLE: dict[str, Any]
    """Styles of the store page, sent so the iframe can match them."""
    ACTION_URI: str
    """URL of the page shown in the iframe."""
    FIELDS: dict[str, Any]
    """Fields sent to ACTION_URI, keyed by name, each with a CODE of a handler parameter."""


class SalePaysystemHandlerAddSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.paysystem.handler.add``."""

    CODES: Required[SalePaysystemHandlerAddSettingsCodes]
    """Handler parameters keyed by parameter code; each becomes a setting of payment systems built on the handler."""
    FORM_DATA: SalePaysystemHandlerAddSettingsFormData
    """Form mode: a payment form posted to your URL."""
    CHECKOUT_DATA: SalePaysystemHandlerAddSettingsCheckoutData
    """Checkout mode: the order is created on your service and the buyer is sent to its payment page."""
    IFRAME_DATA: SalePaysystemHandlerAddSettingsIframeData
    """Iframe mode: your payment page shown in an iframe on the store payment page."""
    CLIENT_TYPE: Literal["b2c", "b2b"]
    """Buyers the handler serves: "b2c" (individuals, the default) or "b2b" (companies)."""
    CURRENCY: Sequence[str]
    """Currency codes the payment system accepts; empty by default."""


class SalePaysystemHandlerUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.paysystem.handler.update``."""

    NAME: str
    """Handler name."""
    CODE: str
    """Unique code of the handler; payment systems refer to it in BX_REST_HANDLER."""
    SETTINGS: dict[str, Any]
    """Handler settings, in the format of sale.paysystem.handler.add."""
    SORT: int
    """Sort position."""


class SalePaysystemSettings(TypedDict, total=False):
    """Values of the settings of a payment system.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-get.html
    """

    REST_SERVICE_ID_IFRAME: str
    """Service ID setting (sample code from the handler)."""
    REST_SERVICE_KEY_IFRAME: str
    """Service key setting (sample code from the handler)."""
    PS_WORK_MODE_IFRAME: str
    """Work mode setting (sample code from the handler)."""


class SalePaysystemSettingsInvoice(TypedDict, total=False):
    """Values of the payment system settings for a CRM invoice (outdated).

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-settings-invoice-get.html
    """

    REST_SERVICE_ID_IFRAME: str
    """Service ID setting (sample code from the handler)."""
    REST_SERVICE_KEY_IFRAME: str
    """Service key setting (sample code from the handler)."""
    PS_WORK_MODE_IFRAME: str
    """Work mode setting (sample code from the handler)."""


class SalePaysystemSettingsPayment(TypedDict, total=False):
    """Values of the payment system settings for one payment.

    Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-payment-get.html
    """

    REST_SERVICE_ID_IFRAME: str
    """Service ID setting (sample code from the handler)."""
    REST_SERVICE_KEY_IFRAME: str
    """Service key setting (sample code from the handler)."""
    PS_WORK_MODE_IFRAME: str
    """Work mode setting (sample code from the handler)."""


class SalePaysystemSettingsUpdateSettings(TypedDict, total=False):
    """Keys of the ``SETTINGS`` parameter of ``sale.paysystem.settings.update``."""

    TYPE: str
    """Source of the setting value, such as "VALUE" for a literal."""
    VALUE: str
    """Code of the value at the source, or the value itself when TYPE is "VALUE"."""
    REST_SERVICE_KEY_IFRAME: dict[str, Any]
    """Example setting code from the docs, with its {"TYPE", "VALUE"} object."""


class SalePaysystemUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.paysystem.update``."""

    NAME: str
    """Payment system name."""
    DESCRIPTION: str
    """Payment system description."""
    PERSON_TYPE_ID: int
    """ID of the payer type (sale.persontype.list); it must belong to the same binding as ENTITY_REGISTRY_TYPE."""
    BX_REST_HANDLER: str
    """Code of the REST payment handler, as given to sale.paysystem.handler.add."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" if the payment system is active; "N" when omitted."""
    LOGOTYPE: str
    """Logo as a base64-encoded image."""
    NEW_WINDOW: Literal["Y", "N"]
    """\"Y" to open the payment page in a new window; "N" when omitted."""
    XML_ID: str
    """External ID of the payment system; can be used to filter sale.paysystem.list."""


class SalePersontype(TypedDict, total=False):
    """A payer type, such as an individual or a company.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get.html
    """

    active: str
    """\"Y" when the payer type is active."""
    code: Any
    """Code of the payer type."""
    id: int
    """ID of the payer type."""
    name: str
    """Name of the payer type."""
    sort: str
    """Sort order."""
    xmlId: Any
    """External ID, for syncing with an external system."""
    personTypes: list[dict[str, Any]]
    """Payer types in a list answer."""


class SalePersontypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.persontype.add``."""

    name: Required[str]
    """Name of the payer type."""
    code: str
    """Code of the payer type; must be unique."""
    sort: str
    """Sort position; 150 by default."""
    active: Literal["Y", "N"]
    """\"Y" if the payer type is active (default), "N" if not."""
    xmlId: str
    """External ID, used to match the payer type with an outside system."""


class SalePersontypeAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.add``."""

    personType: Required[SalePersontype]
    """The created payer type with its fields."""


class SalePersontypeGetFieldsResultPersonType(TypedDict, total=False):
    """Keys of ``result.personType`` in ``sale.persontype.getFields``."""

    active: SaleFieldDescription
    """Type and flags of `active`: "Y" if the payer type is active (default), "N" if not."""
    code: SaleFieldDescription
    """Type and flags of `code`: code of the payer type; must be unique."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the payer type."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the payer type."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: sort position; 150 by default."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID, used to match the payer type with an outside system."""


class SalePersontypeGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.getFields``."""

    personType: Required[SalePersontypeGetFieldsResultPersonType]
    """Descriptions of the payer type fields, keyed by field name."""


class SalePersontypeGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.get``."""

    personType: Required[SalePersontype]
    """The payer type with its fields."""


class SalePersontypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.persontype.update``."""

    name: Required[str]
    """Name of the payer type."""
    code: str
    """Code of the payer type; must be unique."""
    sort: str
    """Sort position; 150 by default."""
    active: str
    """\"Y" if the payer type is active (default), "N" if not."""
    xmlId: str
    """External ID, used to match the payer type with an outside system."""


class SalePersontypeUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.persontype.update``."""

    personType: Required[SalePersontype]
    """The payer type after the change."""


class SalePropertySettings(TypedDict, total=False):
    """Keys of ``settings`` in ``SaleProperty``."""

    size: int
    """Width of the input box."""
    maxlength: str
    """Maximum length of the value."""
    multiline: str
    """\"Y" for a multi-line input box."""


class SaleProperty(TypedDict, total=False):
    """An order property, such as a name, phone or address field of the checkout form.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get.html
    """

    active: str
    """\"Y" when the property is active."""
    code: str
    """Symbolic code."""
    defaultValue: str
    """Default value."""
    description: str
    """Description."""
    id: int
    """ID of the property."""
    inputFieldLocation: str
    """Outdated and unused."""
    isAddress: str
    """\"Y" uses the value as the address."""
    isAddressFrom: str
    """\"Y" uses the value as the pick-up address for delivery prices."""
    isAddressTo: str
    """\"Y" uses the value as the delivery address for delivery prices."""
    isEmail: str
    """\"Y" uses the value as the e-mail address."""
    isFiltered: str
    """\"Y" when the property is offered in the order list filter."""
    isLocation: str
    """\"Y" uses the value as the buyer location for delivery prices."""
    isLocation4tax: str
    """\"Y" uses the value as the buyer location for tax rates."""
    isPayer: str
    """\"Y" uses the value as the payer name."""
    isPhone: str
    """\"Y" uses the value as the phone number."""
    isProfileName: str
    """\"Y" uses the value as the buyer profile name."""
    isZip: str
    """\"Y" uses the value as the postal code."""
    multiple: str
    """\"Y" when several values are allowed."""
    name: str
    """Property name."""
    personTypeId: int
    """ID of the payer type."""
    propsGroupId: int
    """ID of the property group."""
    required: str
    """\"Y" when a value is required."""
    settings: list[Any] | SalePropertySettings
    """Settings that depend on the property type."""
    sort: int
    """Sort order."""
    type: str
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    userProps: str
    """\"Y" when the property is part of the buyer profile."""
    util: str
    """\"Y" for a service property hidden from buyers."""
    xmlId: str
    """External ID."""


class SalePropertyAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``sale.property.add``."""

    minlength: int
    """Minimum length of the value, in characters."""
    maxlength: int
    """Maximum length of the value, in characters."""
    pattern: str
    """Regular expression the value must match."""
    multiline: Literal["Y", "N"]
    """\"Y" to show a multi-line input."""
    cols: int
    """Unused; deprecated."""
    rows: int
    """Unused; deprecated."""
    size: int
    """Unused for strings; deprecated."""


class SalePropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.property.add``."""

    personTypeId: Required[int]
    """ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: Required[int]
    """ID of the property group (sale.propertygroup.list)."""
    name: Required[str]
    """Name of the order property."""
    type: Required[str]
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    code: str
    """Symbolic code of the order property."""
    active: Literal["Y", "N"]
    """\"Y" if the property is active, "N" if not."""
    util: Literal["Y", "N"]
    """\"Y" for a service property hidden from the public part of the store."""
    userProps: Literal["Y", "N"]
    """\"Y" if the property is part of the buyer profile."""
    isFiltered: Literal["Y", "N"]
    """\"Y" if the property is offered in the filter of the order list."""
    sort: int
    """Sort position."""
    description: str
    """Description of the order property."""
    required: Literal["Y", "N"]
    """\"Y" if a value is mandatory."""
    multiple: Literal["Y", "N"]
    """\"Y" if the property takes several values."""
    xmlId: str
    """External ID of the property."""
    defaultValue: str
    """Default value."""
    settings: SalePropertyAddFieldsSettings
    """Extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    isProfileName: Literal["Y", "N"]
    """\"Y" to use the value as the name of the buyer profile."""
    isPayer: Literal["Y", "N"]
    """\"Y" to use the value as the payer name."""
    isEmail: Literal["Y", "N"]
    """\"Y" to use the value as the e-mail, for example when a new user registers at checkout."""
    isPhone: Literal["Y", "N"]
    """\"Y" to use the value as the phone number."""
    isZip: Literal["Y", "N"]
    """\"Y" to use the value as the postal code."""
    isAddress: Literal["Y", "N"]
    """\"Y" to use the value as the address."""


class SalePropertyAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.add``."""

    property: Required[SaleProperty]
    """The created order property with its fields."""


class SalePropertyGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.get``."""

    property: Required[SaleProperty]
    """The order property with its fields."""


class SalePropertyGetfieldsbytypeResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.property.getfieldsbytype``."""

    active: SaleFieldDescription
    """Type and flags of `active`: "Y" if the property is active, "N" if not."""
    code: SaleFieldDescription
    """Type and flags of `code`: symbolic code of the order property."""
    defaultValue: SaleFieldDescription
    """Type and flags of `defaultValue`: default value."""
    description: SaleFieldDescription
    """Type and flags of `description`: description of the order property."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the order property."""
    isFiltered: SaleFieldDescription
    """Type and flags of `isFiltered`: "Y" if the property is offered in the filter of the order list."""
    multiple: SaleFieldDescription
    """Type and flags of `multiple`: "Y" if the property takes several values."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the order property."""
    personTypeId: SaleFieldDescription
    """Type and flags of `personTypeId`: ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: SaleFieldDescription
    """Type and flags of `propsGroupId`: ID of the property group (sale.propertygroup.list)."""
    required: SaleFieldDescription
    """Type and flags of `required`: "Y" if a value is mandatory."""
    settings: SaleFieldDescription
    """Type and flags of `settings`: extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: sort position."""
    type: SaleFieldDescription
    """Type and flags of `type`: property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    userProps: SaleFieldDescription
    """Type and flags of `userProps`: "Y" if the property is part of the buyer profile."""
    util: SaleFieldDescription
    """Type and flags of `util`: "Y" for a service property hidden from the public part of the store."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the property."""


class SalePropertyGetfieldsbytypeResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.getfieldsbytype``."""

    property: Required[SalePropertyGetfieldsbytypeResultProperty]
    """Descriptions of the order property fields for that type, keyed by field name."""


class SalePropertyRelation(TypedDict, total=False):
    """A link that limits an order property to a payment system, delivery, landing or order source.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-list.html
    """

    entityId: int
    """ID of the linked object."""
    entityType: str
    """Kind of object: "P" payment system, "D" delivery, "L" landing, "T" order source."""
    propertyId: int
    """ID of the order property."""


class SalePropertyRelationAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyRelation.add``."""

    entityId: Required[int]
    """ID of the bound object (payment system, delivery service, landing or order source)."""
    entityType: Required[str]
    """Kind of bound object: "P" payment system, "D" delivery, "L" landing, "T" order source."""
    propertyId: Required[int]
    """ID of the order property."""


class SalePropertyRelationAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyRelation.add``."""

    propertyRelation: Required[SalePropertyRelation]
    """The created binding."""


class SalePropertyRelationDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyRelation.deleteByFilter``."""

    entityId: Required[int]
    """ID of the bound object (payment system, delivery service, landing or order source)."""
    entityType: Required[str]
    """Kind of bound object: "P" payment system, "D" delivery, "L" landing, "T" order source."""
    propertyId: Required[int]
    """ID of the order property."""


class SalePropertyRelationGetFieldsResultPropertyRelation(TypedDict, total=False):
    """Keys of ``result.propertyRelation`` in ``sale.propertyRelation.getFields``."""

    entityId: SaleFieldDescription
    """Type and flags of `entityId`: ID of the bound object (payment system, delivery service, landing or order source)."""
    entityType: SaleFieldDescription
    """Type and flags of `entityType`: kind of bound object: "P" payment system, "D" delivery, "L" landing, "T" order source."""
    propertyId: SaleFieldDescription
    """Type and flags of `propertyId`: ID of the order property."""


class SalePropertyRelationGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyRelation.getFields``."""

    propertyRelation: Required[SalePropertyRelationGetFieldsResultPropertyRelation]
    """Descriptions of the property binding fields, keyed by field name."""


class SalePropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.property.update``."""

    name: Required[str]
    """Name of the order property."""
    code: str
    """Symbolic code of the order property."""
    active: Literal["Y", "N"]
    """\"Y" if the property is active, "N" if not."""
    util: Literal["Y", "N"]
    """\"Y" for a service property hidden from the public part of the store."""
    userProps: Literal["Y", "N"]
    """\"Y" if the property is part of the buyer profile."""
    isFiltered: Literal["Y", "N"]
    """\"Y" if the property is offered in the filter of the order list."""
    sort: int
    """Sort position."""
    description: str
    """Description of the order property."""
    required: Literal["Y", "N"]
    """\"Y" if a value is mandatory."""
    multiple: Literal["Y", "N"]
    """\"Y" if the property takes several values."""
    xmlId: str
    """External ID of the property."""
    defaultValue: str
    """Default value."""
    settings: dict[str, Any]
    """Extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    personTypeId: int
    """ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: int
    """ID of the property group (sale.propertygroup.list)."""
    type: str
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    isProfileName: Literal["Y", "N"]
    """\"Y" to use the value as the name of the buyer profile."""
    isPayer: Literal["Y", "N"]
    """\"Y" to use the value as the payer name."""
    isEmail: Literal["Y", "N"]
    """\"Y" to use the value as the e-mail, for example when a new user registers at checkout."""
    isPhone: Literal["Y", "N"]
    """\"Y" to use the value as the phone number."""
    isZip: Literal["Y", "N"]
    """\"Y" to use the value as the postal code."""
    isAddress: Literal["Y", "N"]
    """\"Y" to use the value as the address."""


class SalePropertyUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.property.update``."""

    property: Required[SaleProperty]
    """The order property after the change."""


class SalePropertygroup(TypedDict, total=False):
    """A group of order properties.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html
    """

    id: int
    """ID of the group."""
    name: str
    """Name of the group."""
    personTypeId: int
    """ID of the payer type."""
    sort: int
    """Sort order."""


class SalePropertygroupAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertygroup.add``."""

    personTypeId: Required[int]
    """ID of the payer type the group belongs to (sale.persontype.list)."""
    name: Required[str]
    """Name of the property group."""
    sort: int
    """Sort position."""


class SalePropertygroupAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.add``."""

    propertyGroup: Required[SalePropertygroup]
    """The created property group with its fields."""


class SalePropertygroupGetFieldsResultPropertyGroup(TypedDict, total=False):
    """Keys of ``result.propertyGroup`` in ``sale.propertygroup.getFields``."""

    id: SaleFieldDescription
    """Type and flags of `id`: ID of the property group."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the property group."""
    personTypeId: SaleFieldDescription
    """Type and flags of `personTypeId`: ID of the payer type the group belongs to (sale.persontype.list)."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: sort position."""


class SalePropertygroupGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.getFields``."""

    propertyGroup: Required[SalePropertygroupGetFieldsResultPropertyGroup]
    """Descriptions of the property group fields, keyed by field name."""


class SalePropertygroupGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.get``."""

    propertyGroup: Required[SalePropertygroup]
    """The property group with its fields."""


class SalePropertygroupUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertygroup.update``."""

    personTypeId: Required[int]
    """ID of the payer type the group belongs to (sale.persontype.list)."""
    name: Required[str]
    """Name of the property group."""
    sort: int
    """Sort position."""


class SalePropertygroupUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertygroup.update``."""

    propertyGroup: Required[SalePropertygroup]
    """The property group after the change."""


class SalePropertyvalue(TypedDict, total=False):
    """The value of an order property in one order.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get.html
    """

    code: str
    """Property code."""
    id: int
    """ID of the value."""
    name: str
    """Property name."""
    orderPropsId: int
    """ID of the order property."""
    value: str
    """The value."""
    orderId: int
    """ID of the order."""
    orderPropsXmlId: Any
    """External ID of the order property."""


class SalePropertyvalueGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvalue.get``."""

    propertyValue: Required[SalePropertyvalue]
    """The order property value with its fields."""


class SalePropertyvalueGetfieldsResultPropertyValue(TypedDict, total=False):
    """Keys of ``result.propertyValue`` in ``sale.propertyvalue.getfields``."""

    code: SaleFieldDescription
    """Type and flags of `code`: symbolic code of the property."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the property value."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the property."""
    orderId: SaleFieldDescription
    """Type and flags of `orderId`: ID of the order."""
    orderPropsId: SaleFieldDescription
    """Type and flags of `orderPropsId`: ID of the order property (sale.property.list)."""
    orderPropsXmlId: SaleFieldDescription
    """Type and flags of `orderPropsXmlId`: external ID of the order property."""
    value: SaleFieldDescription
    """Type and flags of `value`: value of the property; an array for multiple properties, a file object for "FILE" properties."""


class SalePropertyvalueGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvalue.getfields``."""

    propertyValue: Required[SalePropertyvalueGetfieldsResultPropertyValue]
    """Descriptions of the order property value fields, keyed by field name."""


class SalePropertyvalueModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvalue.modify``."""

    order: Required[dict[str, Any]]
    """The order: {"id": order ID, "propertyValues": [{"orderPropsId": ..., "value": ...}]}."""


class SalePropertyvalueModifyResultPropertyValuesValue(TypedDict, total=False):
    """Keys of ``result.propertyValues.value`` in ``sale.propertyvalue.modify``."""

    contentType: str
    """MIME type of the file."""
    description: str
    """File description."""
    externalId: str
    """External ID of the file."""
    fileName: str
    """File name on the server."""
    fileSize: str
    """File size in bytes."""
    handlerId: Any
    """ID of the storage handler, if any."""
    height: str
    """Image height in pixels (images only)."""
    id: str
    """ID of the file."""
    meta: str
    """File metadata."""
    moduleId: str
    """Module that owns the file."""
    originalName: str
    """Original file name."""
    src: str
    """Path to the file on the server."""
    subdir: str
    """Subfolder that holds the file."""
    timestampX: str
    """When the file record was changed."""
    versionOriginalId: Any
    """ID of the original file version."""
    width: str
    """Image width in pixels (images only)."""


class SalePropertyvalueModifyResultPropertyValues(TypedDict, total=False):
    """Keys of ``result.propertyValues`` in ``sale.propertyvalue.modify``."""

    code: str
    """Symbolic code of the property."""
    id: int
    """ID of the property value."""
    name: str
    """Name of the property."""
    orderPropsId: int
    """ID of the order property (sale.property.list)."""
    orderPropsXmlId: str | None
    """External ID of the order property."""
    value: str | SalePropertyvalueModifyResultPropertyValuesValue
    """Value of the property; an array for multiple properties, a file object for "FILE" properties."""


class SalePropertyvalueModifyResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvalue.modify``."""

    propertyValues: Required[list[SalePropertyvalueModifyResultPropertyValues]]
    """Property values of the order after the change."""


class SalePropertyvariant(TypedDict, total=False):
    """A choice of a list-type order property.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get.html
    """

    description: str
    """Description of the choice."""
    id: int
    """ID of the choice."""
    name: str
    """Caption of the choice."""
    orderPropsId: int
    """ID of the order property."""
    sort: int
    """Sort order."""
    value: str
    """Code of the choice."""


class SalePropertyvariantAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvariant.add``."""

    orderPropsId: Required[int]
    """ID of the "ENUM" order property the variant belongs to."""
    name: Required[str]
    """Name of the variant."""
    value: Required[str]
    """Code of the variant."""
    sort: int
    """Sort position."""
    description: str
    """Description of the variant."""


class SalePropertyvariantAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.add``."""

    propertyVariant: Required[SalePropertyvariant]
    """The created property variant with its fields."""


class SalePropertyvariantGetFieldsResultPropertyVariant(TypedDict, total=False):
    """Keys of ``result.propertyVariant`` in ``sale.propertyvariant.getFields``."""

    description: SaleFieldDescription
    """Type and flags of `description`: description of the variant."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the variant."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the variant."""
    orderPropsId: SaleFieldDescription
    """Type and flags of `orderPropsId`: ID of the "ENUM" order property the variant belongs to."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: sort position."""
    value: SaleFieldDescription
    """Type and flags of `value`: code of the variant."""
    xnlId: SaleFieldDescription
    """Type and flags of `xnlId`: external ID of the variant (the field name is spelled this way by the portal)."""


class SalePropertyvariantGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.getFields``."""

    propertyVariant: Required[SalePropertyvariantGetFieldsResultPropertyVariant]
    """Descriptions of the property variant fields, keyed by field name."""


class SalePropertyvariantGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.get``."""

    propertyVariant: Required[SalePropertyvariant]
    """The property variant with its fields."""


class SalePropertyvariantUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvariant.update``."""

    name: Required[str]
    """Name of the variant."""
    value: Required[str]
    """Code of the variant."""
    sort: int
    """Sort position."""
    description: str
    """Description of the variant."""


class SalePropertyvariantUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.propertyvariant.update``."""

    propertyVariant: Required[SalePropertyvariant]
    """The property variant after the change."""


class SaleShipmentShipmentItems(TypedDict, total=False):
    """Keys of ``shipmentItems`` in ``SaleShipment``."""

    basketId: int
    """ID of the basket item."""
    dateInsert: str
    """When the item was added."""
    id: int
    """ID of the shipment item."""
    orderDeliveryId: int
    """ID of the shipment."""
    quantity: int
    """Quantity shipped."""
    reservedQuantity: int
    """Quantity reserved."""
    xmlId: str
    """External ID, for syncing the item with an external system."""


class SaleShipment(TypedDict, total=False):
    """A shipment of an order: delivery service, price, status and tracking.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get.html
    """

    accountNumber: str
    """System number of the shipment."""
    allowDelivery: str
    """\"Y" when delivery is allowed."""
    basePriceDelivery: float
    """Delivery price before discounts and markups."""
    canceled: str
    """\"Y" when cancelled (outdated; use the shipment status)."""
    comments: str
    """Manager comment."""
    companyId: Any
    """ID of the company in the online store module (not used in the cloud)."""
    currency: str
    """Currency of the shipment."""
    customPriceDelivery: str
    """\"Y" when the delivery price was set by hand."""
    dateAllowDelivery: Any
    """When the delivery permission last changed."""
    dateCanceled: Any
    """When it was cancelled (outdated)."""
    dateDeducted: Any
    """When the shipped flag last changed."""
    dateInsert: str
    """When the shipment was created."""
    dateMarked: Any
    """When the flag was set."""
    dateResponsibleId: str
    """When the responsible person changed."""
    deducted: str
    """\"Y" when the goods have been shipped."""
    deliveryDocDate: Any
    """Date of the shipping document."""
    deliveryDocNum: str
    """Number of the shipping document."""
    deliveryId: int
    """ID of the delivery service."""
    deliveryName: str
    """Name of the delivery service."""
    deliveryXmlId: str
    """External ID of the delivery service."""
    discountPrice: Any
    """Discount on the delivery."""
    empAllowDeliveryId: Any
    """ID of the user who changed the delivery permission."""
    empCanceledId: Any
    """ID of the user who cancelled it (outdated)."""
    empDeductedId: Any
    """ID of the user who changed the shipped flag."""
    empMarkedId: Any
    """ID of the user who flagged the shipment."""
    empResponsibleId: Any
    """ID of the user who assigned the responsible person."""
    externalDelivery: str
    """\"Y" when the shipment was loaded from an external system such as 1C."""
    id: int
    """ID of the shipment."""
    id1c: str
    """ID in 1C."""
    marked: str
    """\"Y" when the shipment is flagged as having a problem."""
    orderId: int
    """ID of the order."""
    priceDelivery: float
    """Delivery price."""
    reasonMarked: str
    """Why the shipment was flagged."""
    reasonUndoDeducted: str
    """Outdated."""
    responsibleId: int
    """ID of the user responsible for the shipment."""
    shipmentItems: list[SaleShipmentShipmentItems] | list[Any]
    """Products in the shipment."""
    statusId: str
    """Delivery status code."""
    statusXmlId: str
    """External ID of the delivery status."""
    system: str
    """Always "N": the system shipment is not visible through REST."""
    trackingDescription: str
    """Description of the parcel status."""
    trackingLastCheck: str
    """When the parcel status was last checked."""
    trackingNumber: str
    """Tracking number of the parcel."""
    trackingStatus: str
    """Parcel status."""
    updated1c: str
    """\"Y" when the shipment was updated through 1C."""
    version1c: str
    """Version from 1C."""
    xmlId: str
    """External ID, for syncing with an external system."""


class SaleShipmentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipment.add``."""

    orderId: Required[int]
    """ID of the order the shipment belongs to."""
    allowDelivery: Required[Literal["Y", "N"]]
    """\"Y" if delivery is allowed, "N" if not."""
    deducted: Required[Literal["Y", "N"]]
    """\"Y" if the shipment has been shipped, "N" if not."""
    deliveryId: Required[int]
    """ID of the delivery service (sale.delivery.getlist)."""
    statusId: str
    """ID of the delivery status; "DN" when omitted."""
    deliveryDocDate: datetime.datetime | str
    """Date of the shipping document."""
    deliveryDocNum: str
    """Number of the shipping document."""
    trackingNumber: str
    """Tracking number of the parcel."""
    basePriceDelivery: float
    """Delivery cost before discounts and markups; also used as the delivery cost when given."""
    comments: str
    """Manager comment."""
    companyId: int
    """ID of the store company; currently unused."""
    responsibleId: int
    """ID of the user responsible for the shipment."""
    xmlId: str
    """External ID of the shipment, for syncing with an outside system."""


class SaleShipmentAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.add``."""

    shipment: Required[SaleShipment]
    """The created shipment with its fields."""


class SaleShipmentGetFieldsResultShipment(TypedDict, total=False):
    """Keys of ``result.shipment`` in ``sale.shipment.getFields``."""

    accountNumber: SaleFieldDescription
    """Type and flags of `accountNumber`: shipment number assigned by the system."""
    allowDelivery: SaleFieldDescription
    """Type and flags of `allowDelivery`: "Y" if delivery is allowed, "N" if not."""
    basePriceDelivery: SaleFieldDescription
    """Type and flags of `basePriceDelivery`: delivery cost before discounts and markups; also used as the delivery cost when given."""
    canceled: SaleFieldDescription
    """Type and flags of `canceled`: "Y" if the shipment is canceled; deprecated, use the shipment status."""
    comments: SaleFieldDescription
    """Type and flags of `comments`: manager comment."""
    companyId: SaleFieldDescription
    """Type and flags of `companyId`: ID of the store company; currently unused."""
    currency: SaleFieldDescription
    """Type and flags of `currency`: currency of the shipment."""
    customPriceDelivery: SaleFieldDescription
    """Type and flags of `customPriceDelivery`: "Y" if the delivery cost was set by hand instead of calculated."""
    dateAllowDelivery: SaleFieldDescription
    """Type and flags of `dateAllowDelivery`: when the delivery permission flag last changed."""
    dateCanceled: SaleFieldDescription
    """Type and flags of `dateCanceled`: when the shipment was canceled; deprecated."""
    dateDeducted: SaleFieldDescription
    """Type and flags of `dateDeducted`: when the shipped flag last changed."""
    dateInsert: SaleFieldDescription
    """Type and flags of `dateInsert`: when the shipment was created."""
    dateMarked: SaleFieldDescription
    """Type and flags of `dateMarked`: when the problem flag last changed."""
    dateResponsibleId: SaleFieldDescription
    """Type and flags of `dateResponsibleId`: when the responsible person was last changed."""
    deducted: SaleFieldDescription
    """Type and flags of `deducted`: "Y" if the shipment has been shipped, "N" if not."""
    deliveryDocDate: SaleFieldDescription
    """Type and flags of `deliveryDocDate`: date of the shipping document."""
    deliveryDocNum: SaleFieldDescription
    """Type and flags of `deliveryDocNum`: number of the shipping document."""
    deliveryId: SaleFieldDescription
    """Type and flags of `deliveryId`: ID of the delivery service (sale.delivery.getlist)."""
    deliveryName: SaleFieldDescription
    """Type and flags of `deliveryName`: name of the delivery service."""
    deliveryXmlId: SaleFieldDescription
    """Type and flags of `deliveryXmlId`: external ID of the delivery service."""
    discountPrice: SaleFieldDescription
    """Type and flags of `discountPrice`: discount on the delivery."""
    empAllowDeliveryId: SaleFieldDescription
    """Type and flags of `empAllowDeliveryId`: ID of the user who changed the delivery permission flag."""
    empCanceledId: SaleFieldDescription
    """Type and flags of `empCanceledId`: ID of the user who canceled the shipment; deprecated."""
    empDeductedId: SaleFieldDescription
    """Type and flags of `empDeductedId`: ID of the user who changed the shipped flag."""
    empMarkedId: SaleFieldDescription
    """Type and flags of `empMarkedId`: ID of the user who flagged the shipment as problematic."""
    empResponsibleId: SaleFieldDescription
    """Type and flags of `empResponsibleId`: ID of the user who assigned the responsible person."""
    externalDelivery: SaleFieldDescription
    """Type and flags of `externalDelivery`: "Y" if the shipment was loaded from an outside system such as 1C."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the shipment."""
    id1c: SaleFieldDescription
    """Type and flags of `id1c`: ID of the shipment in 1C."""
    marked: SaleFieldDescription
    """Type and flags of `marked`: "Y" if the shipment is flagged as problematic."""
    orderId: SaleFieldDescription
    """Type and flags of `orderId`: ID of the order the shipment belongs to."""
    priceDelivery: SaleFieldDescription
    """Type and flags of `priceDelivery`: delivery cost; also sets basePriceDelivery when that is not given."""
    reasonMarked: SaleFieldDescription
    """Type and flags of `reasonMarked`: why the shipment was flagged."""
    reasonUndoDeducted: SaleFieldDescription
    """Type and flags of `reasonUndoDeducted`: deprecated."""
    responsibleId: SaleFieldDescription
    """Type and flags of `responsibleId`: ID of the user responsible for the shipment."""
    statusId: SaleFieldDescription
    """Type and flags of `statusId`: ID of the delivery status; "DN" when omitted."""
    statusXmlId: SaleFieldDescription
    """Type and flags of `statusXmlId`: external ID of the delivery status."""
    system: SaleFieldDescription
    """Type and flags of `system`: always "N"; system shipments are not visible through REST."""
    trackingDescription: SaleFieldDescription
    """Type and flags of `trackingDescription`: description of the parcel status."""
    trackingLastCheck: SaleFieldDescription
    """Type and flags of `trackingLastCheck`: when the parcel status was last checked."""
    trackingNumber: SaleFieldDescription
    """Type and flags of `trackingNumber`: tracking number of the parcel."""
    trackingStatus: SaleFieldDescription
    """Type and flags of `trackingStatus`: parcel status."""
    updated1c: SaleFieldDescription
    """Type and flags of `updated1c`: "Y" if the shipment was synced with 1C."""
    version1c: SaleFieldDescription
    """Type and flags of `version1c`: version from 1C, if the shipment was updated from it."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the shipment, for syncing with an outside system."""


class SaleShipmentGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.getFields``."""

    shipment: Required[SaleShipmentGetFieldsResultShipment]
    """Descriptions of the shipment fields, keyed by field name."""


class SaleShipmentGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.get``."""

    shipment: Required[SaleShipment]
    """The shipment with its fields."""


class SaleShipmentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipment.update``."""

    allowDelivery: Required[Literal["Y", "N"]]
    """\"Y" if delivery is allowed, "N" if not."""
    deducted: Required[Literal["Y", "N"]]
    """\"Y" if the shipment has been shipped, "N" if not."""
    deliveryId: Required[int]
    """ID of the delivery service (sale.delivery.getlist)."""
    statusId: str
    """ID of the delivery status; "DN" when omitted."""
    deliveryDocDate: datetime.datetime | str
    """Date of the shipping document."""
    deliveryDocNum: str
    """Number of the shipping document."""
    trackingNumber: str
    """Tracking number of the parcel."""
    basePriceDelivery: float
    """Delivery cost before discounts and markups; also used as the delivery cost when given."""
    priceDelivery: float
    """Delivery cost; also sets basePriceDelivery when that is not given."""
    comments: str
    """Manager comment."""
    companyId: int
    """ID of the store company; currently unused."""
    responsibleId: int
    """ID of the user responsible for the shipment."""
    xmlId: str
    """External ID of the shipment, for syncing with an outside system."""


class SaleShipmentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipment.update``."""

    shipment: Required[SaleShipment]
    """The shipment after the change."""


class SaleShipmentitem(TypedDict, total=False):
    """A product line in a shipment.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get.html
    """

    basketId: int
    """ID of the basket item."""
    dateInsert: str
    """When the item was added."""
    id: int
    """ID of the shipment item."""
    orderDeliveryId: int
    """ID of the shipment."""
    quantity: int
    """Quantity shipped."""
    reservedQuantity: int
    """Quantity reserved."""
    xmlId: str
    """External ID, for syncing the item with an external system."""


class SaleShipmentitemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentitem.add``."""

    orderDeliveryId: Required[int]
    """ID of the shipment."""
    basketId: Required[int]
    """ID of the basket item (order line) to ship."""
    quantity: Required[float]
    """Quantity of the product to ship."""
    xmlId: str
    """External ID of the item, for syncing with an outside system."""


class SaleShipmentitemAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.add``."""

    shipmentItem: Required[SaleShipmentitem]
    """The created shipment item with its fields."""


class SaleShipmentitemGetFieldsResultShipmentItem(TypedDict, total=False):
    """Keys of ``result.shipmentItem`` in ``sale.shipmentitem.getFields``."""

    basketId: SaleFieldDescription
    """Type and flags of `basketId`: ID of the basket item (order line) to ship."""
    dateInsert: SaleFieldDescription
    """Type and flags of `dateInsert`: when the item was added to the shipment."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the shipment item."""
    orderDeliveryId: SaleFieldDescription
    """Type and flags of `orderDeliveryId`: ID of the shipment."""
    quantity: SaleFieldDescription
    """Type and flags of `quantity`: quantity of the product to ship."""
    reservedQuantity: SaleFieldDescription
    """Type and flags of `reservedQuantity`: quantity of the product reserved."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the item, for syncing with an outside system."""


class SaleShipmentitemGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.getFields``."""

    shipmentItem: Required[SaleShipmentitemGetFieldsResultShipmentItem]
    """Descriptions of the shipment item fields, keyed by field name."""


class SaleShipmentitemGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.get``."""

    shipmentItem: Required[SaleShipmentitem]
    """The shipment item with its fields."""


class SaleShipmentitemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentitem.update``."""

    quantity: Required[float]
    """Quantity of the product to ship."""
    xmlId: str
    """External ID of the item, for syncing with an outside system."""


class SaleShipmentitemUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentitem.update``."""

    shipmentItem: Required[SaleShipmentitem]
    """The shipment item after the change."""


class SaleShipmentpropertySettings(TypedDict, total=False):
    """Keys of ``settings`` in ``SaleShipmentproperty``."""

    size: int
    """Width of the input box."""


class SaleShipmentproperty(TypedDict, total=False):
    """A shipment property, such as a delivery address field.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html
    """

    active: str
    """\"Y" when the property is active."""
    code: str
    """Symbolic code."""
    defaultValue: str
    """Default value."""
    description: str
    """Description."""
    id: int
    """ID of the shipment property."""
    inputFieldLocation: str
    """Outdated and unused."""
    isAddress: str
    """\"Y" uses the value as the address."""
    isAddressFrom: str
    """\"Y" uses the value as the pick-up address for delivery prices."""
    isAddressTo: str
    """\"Y" uses the value as the delivery address for delivery prices."""
    isEmail: str
    """\"Y" uses the value as the e-mail address."""
    isFiltered: str
    """\"Y" when the property is offered in the order list filter."""
    isLocation: str
    """\"Y" uses the value as the buyer location for delivery prices."""
    isLocation4tax: str
    """\"Y" uses the value as the buyer location for tax rates."""
    isPayer: str
    """\"Y" uses the value as the payer name."""
    isPhone: str
    """\"Y" uses the value as the phone number."""
    isProfileName: str
    """\"Y" uses the value as the buyer profile name."""
    isZip: str
    """\"Y" uses the value as the postal code."""
    multiple: str
    """\"Y" when several values are allowed."""
    name: str
    """Property name."""
    personTypeId: int
    """ID of the payer type."""
    propsGroupId: int
    """ID of the property group."""
    required: str
    """\"Y" when a value is required."""
    settings: list[Any] | SaleShipmentpropertySettings
    """Settings that depend on the property type."""
    sort: int
    """Sort order."""
    type: str
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    userProps: str
    """\"Y" when the property is part of the buyer profile."""
    util: str
    """\"Y" for a service property hidden from buyers."""
    xmlId: str
    """External ID."""


class SaleShipmentpropertyAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``sale.shipmentproperty.add``."""

    minlength: int
    """Minimum length of the value, in characters."""
    maxlength: int
    """Maximum length of the value, in characters."""
    pattern: str
    """Regular expression the value must match."""
    multiline: Literal["Y", "N"]
    """\"Y" to show a multi-line input."""
    cols: int
    """Unused; deprecated."""
    rows: int
    """Unused; deprecated."""
    size: int
    """Unused for strings; deprecated."""


class SaleShipmentpropertyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentproperty.add``."""

    personTypeId: Required[int]
    """ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: Required[int]
    """ID of the property group (sale.propertygroup.list)."""
    name: Required[str]
    """Name of the shipment property."""
    type: Required[str]
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    code: str
    """Symbolic code of the shipment property."""
    active: Literal["Y", "N"]
    """\"Y" if the property is active, "N" if not."""
    util: Literal["Y", "N"]
    """\"Y" for a service property hidden from the public part of the store."""
    userProps: Literal["Y", "N"]
    """\"Y" if the property is part of the buyer profile."""
    isFiltered: Literal["Y", "N"]
    """\"Y" if the property is offered in the filter of the shipment list."""
    sort: int
    """Sort position."""
    description: str
    """Description of the shipment property."""
    required: Literal["Y", "N"]
    """\"Y" if a value is mandatory."""
    multiple: Literal["Y", "N"]
    """\"Y" if the property takes several values."""
    xmlId: str
    """External ID of the property."""
    defaultValue: str
    """Default value."""
    settings: SaleShipmentpropertyAddFieldsSettings
    """Extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    isProfileName: Literal["Y", "N"]
    """\"Y" to use the value as the name of the buyer profile."""
    isPayer: Literal["Y", "N"]
    """\"Y" to use the value as the payer name."""
    isEmail: Literal["Y", "N"]
    """\"Y" to use the value as the e-mail, for example when a new user registers at checkout."""
    isPhone: Literal["Y", "N"]
    """\"Y" to use the value as the phone number."""
    isZip: Literal["Y", "N"]
    """\"Y" to use the value as the postal code."""
    isAddress: Literal["Y", "N"]
    """\"Y" to use the value as the address."""


class SaleShipmentpropertyAddResultPropertySettings(TypedDict, total=False):
    """Keys of ``result.property.settings`` in ``sale.shipmentproperty.add``."""

    maxlength: str
    """Maximum length of the value, in characters."""
    multiline: str
    """\"Y" to show a multi-line input."""


class SaleShipmentpropertyAddResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.shipmentproperty.add``."""

    active: str
    """\"Y" if the property is active, "N" if not."""
    code: str
    """Symbolic code of the shipment property."""
    defaultValue: str
    """Default value."""
    description: str
    """Description of the shipment property."""
    id: int
    """ID of the shipment property."""
    inputFieldLocation: str
    """Unused; deprecated, only meaningful for "LOCATION" properties."""
    isAddress: str
    """\"Y" to use the value as the address."""
    isAddressFrom: str
    """\"Y" to use the value as the pickup address."""
    isAddressTo: str
    """\"Y" to use the value as the delivery address."""
    isEmail: str
    """\"Y" to use the value as the e-mail, for example when a new user registers at checkout."""
    isFiltered: str
    """\"Y" if the property is offered in the filter of the shipment list."""
    isLocation: str
    """\"Y" to use the value as the buyer location for delivery cost."""
    isLocation4tax: str
    """\"Y" to use the value as the buyer location for taxes."""
    isPayer: str
    """\"Y" to use the value as the payer name."""
    isPhone: str
    """\"Y" to use the value as the phone number."""
    isProfileName: str
    """\"Y" to use the value as the name of the buyer profile."""
    isZip: str
    """\"Y" to use the value as the postal code."""
    multiple: str
    """\"Y" if the property takes several values."""
    name: str
    """Name of the shipment property."""
    personTypeId: int
    """ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: int
    """ID of the property group (sale.propertygroup.list)."""
    required: str
    """\"Y" if a value is mandatory."""
    settings: SaleShipmentpropertyAddResultPropertySettings
    """Extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    sort: int
    """Sort position."""
    type: str
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    userProps: str
    """\"Y" if the property is part of the buyer profile."""
    util: str
    """\"Y" for a service property hidden from the public part of the store."""
    xmlId: str
    """External ID of the property."""


class SaleShipmentpropertyAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.add``."""

    property: Required[SaleShipmentpropertyAddResultProperty]
    """The created shipment property with its fields."""


class SaleShipmentpropertyGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.get``."""

    property: Required[SaleShipmentproperty]
    """The shipment property with its fields."""


class SaleShipmentpropertyGetfieldsbytypeResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.shipmentproperty.getfieldsbytype``."""

    active: SaleFieldDescription
    """Type and flags of `active`: "Y" if the property is active, "N" if not."""
    code: SaleFieldDescription
    """Type and flags of `code`: symbolic code of the shipment property."""
    defaultValue: SaleFieldDescription
    """Type and flags of `defaultValue`: default value."""
    description: SaleFieldDescription
    """Type and flags of `description`: description of the shipment property."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the shipment property."""
    isFiltered: SaleFieldDescription
    """Type and flags of `isFiltered`: "Y" if the property is offered in the filter of the shipment list."""
    multiple: SaleFieldDescription
    """Type and flags of `multiple`: "Y" if the property takes several values."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the shipment property."""
    personTypeId: SaleFieldDescription
    """Type and flags of `personTypeId`: ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: SaleFieldDescription
    """Type and flags of `propsGroupId`: ID of the property group (sale.propertygroup.list)."""
    required: SaleFieldDescription
    """Type and flags of `required`: "Y" if a value is mandatory."""
    settings: SaleFieldDescription
    """Type and flags of `settings`: extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: sort position."""
    type: SaleFieldDescription
    """Type and flags of `type`: property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    userProps: SaleFieldDescription
    """Type and flags of `userProps`: "Y" if the property is part of the buyer profile."""
    util: SaleFieldDescription
    """Type and flags of `util`: "Y" for a service property hidden from the public part of the store."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the property."""


class SaleShipmentpropertyGetfieldsbytypeResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.getfieldsbytype``."""

    property: Required[SaleShipmentpropertyGetfieldsbytypeResultProperty]
    """Descriptions of the shipment property fields for that type, keyed by field name."""


class SaleShipmentpropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentproperty.update``."""

    name: Required[str]
    """Name of the shipment property."""
    code: str
    """Symbolic code of the shipment property."""
    active: Literal["Y", "N"]
    """\"Y" if the property is active, "N" if not."""
    util: Literal["Y", "N"]
    """\"Y" for a service property hidden from the public part of the store."""
    userProps: Literal["Y", "N"]
    """\"Y" if the property is part of the buyer profile."""
    isFiltered: Literal["Y", "N"]
    """\"Y" if the property is offered in the filter of the shipment list."""
    sort: int
    """Sort position."""
    description: str
    """Description of the shipment property."""
    required: Literal["Y", "N"]
    """\"Y" if a value is mandatory."""
    multiple: Literal["Y", "N"]
    """\"Y" if the property takes several values."""
    xmlId: str
    """External ID of the property."""
    defaultValue: str
    """Default value."""
    settings: dict[str, Any]
    """Extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    personTypeId: int
    """ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: int
    """ID of the property group (sale.propertygroup.list)."""
    type: str
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    isProfileName: Literal["Y", "N"]
    """\"Y" to use the value as the name of the buyer profile."""
    isPayer: Literal["Y", "N"]
    """\"Y" to use the value as the payer name."""
    isEmail: Literal["Y", "N"]
    """\"Y" to use the value as the e-mail, for example when a new user registers at checkout."""
    isPhone: Literal["Y", "N"]
    """\"Y" to use the value as the phone number."""
    isZip: Literal["Y", "N"]
    """\"Y" to use the value as the postal code."""
    isAddress: Literal["Y", "N"]
    """\"Y" to use the value as the address."""


class SaleShipmentpropertyUpdateResultPropertySettings(TypedDict, total=False):
    """Keys of ``result.property.settings`` in ``sale.shipmentproperty.update``."""

    maxlength: str
    """Maximum length of the value, in characters."""
    multiline: str
    """\"Y" to show a multi-line input."""


class SaleShipmentpropertyUpdateResultProperty(TypedDict, total=False):
    """Keys of ``result.property`` in ``sale.shipmentproperty.update``."""

    active: str
    """\"Y" if the property is active, "N" if not."""
    code: str
    """Symbolic code of the shipment property."""
    defaultValue: str
    """Default value."""
    description: str
    """Description of the shipment property."""
    id: int
    """ID of the shipment property."""
    inputFieldLocation: str
    """Unused; deprecated, only meaningful for "LOCATION" properties."""
    isAddress: str
    """\"Y" to use the value as the address."""
    isAddressFrom: str
    """\"Y" to use the value as the pickup address."""
    isAddressTo: str
    """\"Y" to use the value as the delivery address."""
    isEmail: str
    """\"Y" to use the value as the e-mail, for example when a new user registers at checkout."""
    isFiltered: str
    """\"Y" if the property is offered in the filter of the shipment list."""
    isLocation: str
    """\"Y" to use the value as the buyer location for delivery cost."""
    isLocation4tax: str
    """\"Y" to use the value as the buyer location for taxes."""
    isPayer: str
    """\"Y" to use the value as the payer name."""
    isPhone: str
    """\"Y" to use the value as the phone number."""
    isProfileName: str
    """\"Y" to use the value as the name of the buyer profile."""
    isZip: str
    """\"Y" to use the value as the postal code."""
    multiple: str
    """\"Y" if the property takes several values."""
    name: str
    """Name of the shipment property."""
    personTypeId: int
    """ID of the payer type the property belongs to (sale.persontype.list)."""
    propsGroupId: int
    """ID of the property group (sale.propertygroup.list)."""
    required: str
    """\"Y" if a value is mandatory."""
    settings: SaleShipmentpropertyUpdateResultPropertySettings
    """Extra settings whose keys depend on the property type (length limits, pattern, input size and so on)."""
    sort: int
    """Sort position."""
    type: str
    """Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS"."""
    userProps: str
    """\"Y" if the property is part of the buyer profile."""
    util: str
    """\"Y" for a service property hidden from the public part of the store."""
    xmlId: str
    """External ID of the property."""


class SaleShipmentpropertyUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentproperty.update``."""

    property: Required[SaleShipmentpropertyUpdateResultProperty]
    """The shipment property after the change."""


class SaleShipmentpropertyvalue(TypedDict, total=False):
    """The value of a shipment property in one shipment.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get.html
    """

    code: Any
    """Property code."""
    id: int
    """ID of the value."""
    name: str
    """Property name."""
    shipmentPropsId: int
    """ID of the shipment property."""
    value: str
    """The value."""
    shipmentId: int
    """ID of the shipment."""
    shipmentPropsXmlId: str
    """External ID of the shipment property."""


class SaleShipmentpropertyvalueGetFieldsResultPropertyValue(TypedDict, total=False):
    """Keys of ``result.propertyValue`` in ``sale.shipmentpropertyvalue.getFields``."""

    code: SaleFieldDescription
    """Type and flags of `code`: symbolic code of the property."""
    id: SaleFieldDescription
    """Type and flags of `id`: ID of the property value."""
    name: SaleFieldDescription
    """Type and flags of `name`: name of the property."""
    shipmentId: SaleFieldDescription
    """Type and flags of `shipmentId`: ID of the shipment."""
    shipmentPropsId: SaleFieldDescription
    """Type and flags of `shipmentPropsId`: ID of the shipment property (sale.shipmentproperty.list)."""
    shipmentPropsXmlId: SaleFieldDescription
    """Type and flags of `shipmentPropsXmlId`: external ID of the shipment property."""
    value: SaleFieldDescription
    """Type and flags of `value`: value of the property."""


class SaleShipmentpropertyvalueGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentpropertyvalue.getFields``."""

    propertyValue: Required[SaleShipmentpropertyvalueGetFieldsResultPropertyValue]
    """Descriptions of the shipment property value fields, keyed by field name."""


class SaleShipmentpropertyvalueGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentpropertyvalue.get``."""

    propertyValue: Required[SaleShipmentpropertyvalue]
    """The shipment property value with its fields."""


class SaleShipmentpropertyvalueModifyFieldsShipmentPropertyValues(
    TypedDict, total=False
):
    """Keys of ``fields.shipment.propertyValues`` in ``sale.shipmentpropertyvalue.modify``."""

    shipmentPropsId: Required[int]
    """ID of the shipment property (sale.shipmentproperty.list)."""
    value: Required[str]
    """Value of the property."""


class SaleShipmentpropertyvalueModifyFieldsShipment(TypedDict, total=False):
    """Keys of ``fields.shipment`` in ``sale.shipmentpropertyvalue.modify``."""

    id: Required[int]
    """ID of the shipment."""
    propertyValues: Required[
        Sequence[SaleShipmentpropertyvalueModifyFieldsShipmentPropertyValues]
    ]
    """Property values to set, each {shipmentPropsId, value}."""


class SaleShipmentpropertyvalueModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentpropertyvalue.modify``."""

    shipment: Required[SaleShipmentpropertyvalueModifyFieldsShipment]
    """The shipment and its property values."""


class SaleShipmentpropertyvalueModifyResultPropertyValues(TypedDict, total=False):
    """Keys of ``result.propertyValues`` in ``sale.shipmentpropertyvalue.modify``."""

    code: Any
    """Symbolic code of the property."""
    id: int
    """ID of the property value."""
    name: str
    """Name of the property."""
    value: str
    """Value of the property."""


class SaleShipmentpropertyvalueModifyResult(TypedDict, total=False):
    """Keys of the result of ``sale.shipmentpropertyvalue.modify``."""

    propertyValues: Required[list[SaleShipmentpropertyvalueModifyResultPropertyValues]]
    """Property values of the shipment after the change."""


class SaleStatus(TypedDict, total=False):
    """An order or delivery status.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get.html
    """

    color: str
    """HEX color, such as "#FF0000"."""
    id: str
    """Symbolic ID of the status."""
    notify: str
    """\"Y" e-mails the buyer when an order or delivery enters this status."""
    sort: int
    """Sort order."""
    type: str
    """Status kind: "O" order, "D" delivery."""
    xmlId: Any
    """External ID."""


class SaleStatusAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.status.add``."""

    id: Required[str]
    """Symbolic ID of the status, such as "N" or "MS"."""
    type: Required[str]
    """\"O" for an order status, "D" for a delivery status."""
    notify: Literal["Y", "N"]
    """\"Y" to e-mail the customer when an order or shipment enters this status."""
    sort: int
    """Sort position."""
    color: str
    """Status colour as a HEX code, such as "#FF0000"."""
    xmlId: str
    """External ID of the status."""


class SaleStatusAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.add``."""

    status: Required[SaleStatus]
    """The created status with its fields."""


class SaleStatusGetFieldsResultStatus(TypedDict, total=False):
    """Keys of ``result.status`` in ``sale.status.getFields``."""

    color: SaleFieldDescription
    """Type and flags of `color`: status colour as a HEX code, such as "#FF0000"."""
    id: SaleFieldDescription
    """Type and flags of `id`: symbolic ID of the status, such as "N" or "MS"."""
    notify: SaleFieldDescription
    """Type and flags of `notify`: "Y" to e-mail the customer when an order or shipment enters this status."""
    sort: SaleFieldDescription
    """Type and flags of `sort`: sort position."""
    type: SaleFieldDescription
    """Type and flags of `type`: "O" for an order status, "D" for a delivery status."""
    xmlId: SaleFieldDescription
    """Type and flags of `xmlId`: external ID of the status."""


class SaleStatusGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.getFields``."""

    status: Required[SaleStatusGetFieldsResultStatus]
    """Descriptions of the status fields, keyed by field name."""


class SaleStatusGetResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.get``."""

    status: Required[SaleStatus]
    """The status with its fields."""


class SaleStatusLang(TypedDict, total=False):
    """The name and description of a status in one language.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-list.html
    """

    description: str
    """Status description."""
    lid: str
    """Language ID, such as "en"."""
    name: str
    """Status name."""
    statusId: str
    """Symbolic ID of the status."""


class SaleStatusLangAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.statusLang.add``."""

    statusId: Required[str]
    """Symbolic ID of the status (sale.status.list)."""
    lid: Required[str]
    """Language code, such as "ru" (sale.statusLang.getListLangs)."""
    name: Required[str]
    """Status name in that language."""
    description: str
    """Status description in that language."""


class SaleStatusLangAddResult(TypedDict, total=False):
    """Keys of the result of ``sale.statusLang.add``."""

    statusLang: Required[SaleStatusLang]
    """The created status translation with its fields."""


class SaleStatusLangDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.statusLang.deleteByFilter``."""

    statusId: Required[str]
    """Symbolic ID of the status (sale.status.list)."""
    lid: Required[str]
    """Language code, such as "ru" (sale.statusLang.getListLangs)."""
    name: Required[str]
    """Any non-empty value; required for the call to work."""


class SaleStatusLangGetFieldsResultStatusLang(TypedDict, total=False):
    """Keys of ``result.statusLang`` in ``sale.statusLang.getFields``."""

    description: SaleFieldDescription
    """Type and flags of `description`: status description in that language."""
    lid: SaleFieldDescription
    """Type and flags of `lid`: language code, such as "ru" (sale.statusLang.getListLangs)."""
    name: SaleFieldDescription
    """Type and flags of `name`: status name in that language."""
    statusId: SaleFieldDescription
    """Type and flags of `statusId`: symbolic ID of the status (sale.status.list)."""


class SaleStatusLangGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.statusLang.getFields``."""

    statusLang: Required[SaleStatusLangGetFieldsResultStatusLang]
    """Descriptions of the status translation fields, keyed by field name."""


class SaleStatusLangGetListLangsResult(TypedDict, total=False):
    """Keys of the result of ``sale.statusLang.getListLangs``."""

    active: str
    """\"Y" if the language is active."""
    lid: str
    """Language code."""
    name: str
    """Language name."""


class SaleStatusUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.status.update``."""

    type: Required[str]
    """\"O" for an order status, "D" for a delivery status."""
    notify: Literal["Y", "N"]
    """\"Y" to e-mail the customer when an order or shipment enters this status."""
    sort: int
    """Sort position."""
    color: str
    """Status colour as a HEX code, such as "#FF0000"."""
    xmlId: str
    """External ID of the status."""


class SaleStatusUpdateResult(TypedDict, total=False):
    """Keys of the result of ``sale.status.update``."""

    status: Required[SaleStatus]
    """The status after the change."""


class SaleTradeBindingExternalOrderId(TypedDict, total=False):
    """Keys of ``externalOrderId`` in ``SaleTradeBinding``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleTradeBindingId(TypedDict, total=False):
    """Keys of ``id`` in ``SaleTradeBinding``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleTradeBinding(TypedDict, total=False):
    """A link between an order and the trading platform it came from.

    Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-list.html
    """

    orderId: int
    """ID of the order."""
    tradingPlatformId: str
    """ID of the trading platform."""
    externalOrderId: SaleTradeBindingExternalOrderId
    """Order number in the external system, or its field description."""
    id: SaleTradeBindingId
    """ID of the binding, or its field description."""


class SaleTradeBindingGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``sale.tradeBinding.getFields``."""

    tradeBinding: Required[SaleTradeBinding]
    """Descriptions of the order source link fields, keyed by field name."""


class SaleTradePlatformCatalogSectionTabClassName(TypedDict, total=False):
    """Keys of ``catalogSectionTabClassName`` in ``SaleTradePlatform``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


class SaleTradePlatformClass(TypedDict, total=False):
    """Keys of ``class`` in ``SaleTradePlatform``."""

    isImmutable: bool
    """Whether the value can be set only on creation."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isRequired: bool
    """Whether the field is required on add and update."""
    type: str
    """Data type of the field, such as "integer" or "string"."""


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
    """Descriptions of the order source fields, keyed by field name."""
