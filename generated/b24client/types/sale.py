"""TypedDicts of ``b24client.types.sale``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "SaleBasketitemAddCatalogProductFields",
    "SaleBasketitemAddFields",
    "SaleBasketitemUpdateCatalogProductFields",
    "SaleBasketitemUpdateFields",
    "SaleBasketpropertiesAddFields",
    "SaleBasketpropertiesUpdateFields",
    "SaleBusinessValuePersonDomainAddFields",
    "SaleBusinessValuePersonDomainDeleteByFilterFields",
    "SaleCashboxAddOfdSettings",
    "SaleCashboxHandlerAddSettings",
    "SaleCashboxHandlerAddSettingsConfig",
    "SaleCashboxHandlerAddSettingsConfigItems",
    "SaleCashboxUpdateFields",
    "SaleCashboxUpdateFieldsOfdSettings",
    "SaleDeliveryAddConfig",
    "SaleDeliveryConfigUpdateConfig",
    "SaleDeliveryExtraServiceAddItems",
    "SaleDeliveryExtraServiceUpdateItems",
    "SaleDeliveryHandlerAddProfiles",
    "SaleDeliveryHandlerAddSettings",
    "SaleDeliveryHandlerAddSettingsConfig",
    "SaleDeliveryHandlerUpdateProfiles",
    "SaleDeliveryHandlerUpdateSettings",
    "SaleDeliveryHandlerUpdateSettingsConfig",
    "SaleDeliveryRequestSendmessageMessage",
    "SaleDeliveryRequestSendmessageMessageStatus",
    "SaleDeliveryRequestUpdateProperties",
    "SaleDeliveryRequestUpdateStatus",
    "SaleOrderAddFields",
    "SaleOrderUpdateFields",
    "SalePaymentAddFields",
    "SalePaymentItemShipmentAddFields",
    "SalePaymentItemShipmentUpdateFields",
    "SalePaymentUpdateFields",
    "SalePaymentitembasketAddFields",
    "SalePaymentitembasketUpdateFields",
    "SalePaysystemHandlerAddSettings",
    "SalePaysystemHandlerAddSettingsCheckoutData",
    "SalePaysystemHandlerAddSettingsCodes",
    "SalePaysystemHandlerAddSettingsCodesDefault",
    "SalePaysystemHandlerAddSettingsFormData",
    "SalePaysystemHandlerAddSettingsIframeData",
    "SalePaysystemHandlerUpdateFields",
    "SalePaysystemSettingsUpdateSettings",
    "SalePaysystemUpdateFields",
    "SalePersontypeAddFields",
    "SalePersontypeUpdateFields",
    "SalePropertyAddFields",
    "SalePropertyAddFieldsSettings",
    "SalePropertyRelationAddFields",
    "SalePropertyRelationDeleteByFilterFields",
    "SalePropertyUpdateFields",
    "SalePropertygroupAddFields",
    "SalePropertygroupUpdateFields",
    "SalePropertyvalueModifyFields",
    "SalePropertyvariantAddFields",
    "SalePropertyvariantUpdateFields",
    "SaleShipmentAddFields",
    "SaleShipmentUpdateFields",
    "SaleShipmentitemAddFields",
    "SaleShipmentitemUpdateFields",
    "SaleShipmentpropertyAddFields",
    "SaleShipmentpropertyAddFieldsSettings",
    "SaleShipmentpropertyUpdateFields",
    "SaleShipmentpropertyvalueModifyFields",
    "SaleShipmentpropertyvalueModifyFieldsShipment",
    "SaleShipmentpropertyvalueModifyFieldsShipmentPropertyValues",
    "SaleStatusAddFields",
    "SaleStatusLangAddFields",
    "SaleStatusLangDeleteByFilterFields",
    "SaleStatusUpdateFields",
]


class SaleBasketitemAddCatalogProductFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.addCatalogProduct``."""

    orderId: Required[int]
    sort: int
    productId: Required[int]
    price: float
    basePrice: float
    discountPrice: float
    currency: Required[str]
    customPrice: str
    quantity: Required[float]
    xmlId: str
    name: str


class SaleBasketitemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.add``."""

    orderId: Required[int]
    sort: int
    productId: Required[int]
    price: float
    basePrice: float
    discountPrice: float
    currency: Required[str]
    customPrice: str
    quantity: Required[float]
    xmlId: str
    name: str
    weight: int
    dimensions: str
    measureCode: str
    measureName: str
    canBuy: str
    vatRate: float
    vatIncluded: str
    catalogXmlId: str
    productXmlId: str


class SaleBasketitemUpdateCatalogProductFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketitem.updateCatalogProduct``."""

    sort: int
    quantity: Required[float]
    xmlId: str


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
    canBuy: str
    vatRate: float
    vatIncluded: str
    catalogXmlId: str
    productXmlId: str


class SaleBasketpropertiesAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketproperties.add``."""

    basketId: Required[int]
    name: Required[str]
    value: Required[str]
    code: Required[str]
    sort: int
    xmlId: str


class SaleBasketpropertiesUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.basketproperties.update``."""

    name: str
    value: str
    code: str
    sort: int
    xmlId: str


class SaleBusinessValuePersonDomainAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.businessValuePersonDomain.add``."""

    personTypeId: Required[int]
    domain: Required[str]


class SaleBusinessValuePersonDomainDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.businessValuePersonDomain.deleteByFilter``."""

    personTypeId: Required[int]
    domain: Required[str]


class SaleCashboxAddOfdSettings(TypedDict, total=False):
    """Keys of the ``OFD_SETTINGS`` parameter of ``sale.cashbox.add``."""

    OFD_MODE: dict[str, Any]
    SELLER_INFO: dict[str, Any]
    AUTH: dict[str, Any]


class SaleCashboxHandlerAddSettingsConfigItems(TypedDict, total=False):
    """Keys of ``SETTINGS.CONFIG.ITEMS`` in ``sale.cashbox.handler.add``."""

    TYPE: Required[str]
    LABEL: Required[str]
    REQUIRED: Required[str]
    DISABLED: str
    MULTIPLE: str
    MULTILINE: str
    OPTIONS: Required[dict[str, Any]]
    TIME: str


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
    ACTIVE: str
    SORT: int
    USE_OFFLINE: str
    SETTINGS: dict[str, Any]


class SaleDeliveryAddConfig(TypedDict, total=False):
    """Keys of the ``CONFIG`` parameter of ``sale.delivery.add``."""

    CODE: Required[str]
    VALUE: Required[str | float]


class SaleDeliveryConfigUpdateConfig(TypedDict, total=False):
    """Keys of the ``CONFIG`` parameter of ``sale.delivery.config.update``."""

    CODE: Required[str]
    VALUE: Required[str | float]


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
    HAS_CALLBACK_TRACKING_SUPPORT: str
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
    HAS_CALLBACK_TRACKING_SUPPORT: str
    CONFIG: Sequence[SaleDeliveryHandlerUpdateSettingsConfig]


class SaleDeliveryRequestSendmessageMessageStatus(TypedDict, total=False):
    """Keys of ``MESSAGE.STATUS`` in ``sale.delivery.request.sendmessage``."""

    MESSAGE: Required[str]
    SEMANTIC: Required[str]


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
    SEMANTIC: Required[str]


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
    marked: str
    empMarkedId: int
    reasonMarked: str
    userDescription: str
    additionalInfo: str
    comments: str
    responsibleId: int
    recurringId: int
    lockedBy: int
    recountFlag: str
    affiliateId: int
    updated1c: str
    orderTopic: str
    xmlId: str
    id1c: str
    version1c: str
    externalOrder: str
    canceled: str
    empCanceledId: int
    reasonCanceled: str
    userId: int
    companyId: int


class SaleOrderUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.order.update``."""

    price: float
    discountValue: float
    statusId: str
    empStatusId: int
    dateInsert: datetime.datetime | str
    marked: str
    empMarkedId: int
    reasonMarked: str
    userDescription: str
    additionalInfo: str
    comments: str
    responsibleId: int
    recurringId: int
    lockedBy: int
    recountFlag: str
    affiliateId: int
    updated1c: str
    orderTopic: str
    xmlId: str
    id1c: str
    version1c: str
    externalOrder: str
    canceled: str
    empCanceledId: int
    reasonCanceled: str
    companyId: int


class SalePaymentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.payment.add``."""

    orderId: Required[int]
    paySystemId: Required[int]
    paid: str
    datePaid: datetime.datetime | str
    empPaidId: int
    psStatus: str
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
    isReturn: str
    comments: str
    updated1c: str
    id1c: str
    version1c: str
    externalPayment: str
    psInvoiceId: str | int
    marked: str
    reasonMarked: str
    empMarkedId: int


class SalePaymentItemShipmentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentItemShipment.add``."""

    shipmentId: Required[int]
    paymentId: Required[int]
    xmlId: str


class SalePaymentItemShipmentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentItemShipment.update``."""

    xmlId: str


class SalePaymentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.payment.update``."""

    paySystemId: Required[int]
    paid: str
    datePaid: datetime.datetime | str
    empPaidId: int
    psStatus: str
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
    isReturn: str
    comments: str
    updated1c: str
    id1c: str
    version1c: str
    externalPayment: str
    psInvoiceId: str | int
    marked: str
    reasonMarked: str
    empMarkedId: int


class SalePaymentitembasketAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentitembasket.add``."""

    paymentId: Required[int]
    basketId: Required[int]
    quantity: float
    xmlId: str


class SalePaymentitembasketUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.paymentitembasket.update``."""

    quantity: Required[float]
    xmlId: str


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
    CLIENT_TYPE: str
    CURRENCY: Sequence[str]


class SalePaysystemHandlerUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``sale.paysystem.handler.update``."""

    NAME: str
    CODE: str
    SETTINGS: dict[str, Any]
    SORT: int


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
    ACTIVE: str
    LOGOTYPE: str
    NEW_WINDOW: str
    XML_ID: str


class SalePersontypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.persontype.add``."""

    name: Required[str]
    code: str
    sort: str
    active: str
    xmlId: str


class SalePersontypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.persontype.update``."""

    name: Required[str]
    code: str
    sort: str
    active: str
    xmlId: str


class SalePropertyAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``sale.property.add``."""

    minlength: int
    maxlength: int
    pattern: str
    multiline: str
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
    active: str
    util: str
    userProps: str
    isFiltered: str
    sort: int
    description: str
    required: str
    multiple: str
    xmlId: str
    defaultValue: str
    settings: SalePropertyAddFieldsSettings
    isProfileName: str
    isPayer: str
    isEmail: str
    isPhone: str
    isZip: str
    isAddress: str


class SalePropertyRelationAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyRelation.add``."""

    entityId: Required[int]
    entityType: Required[str]
    propertyId: Required[int]


class SalePropertyRelationDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyRelation.deleteByFilter``."""

    entityId: Required[int]
    entityType: Required[str]
    propertyId: Required[int]


class SalePropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.property.update``."""

    name: Required[str]
    code: str
    active: str
    util: str
    userProps: str
    isFiltered: str
    sort: int
    description: str
    required: str
    multiple: str
    xmlId: str
    defaultValue: str
    settings: dict[str, Any]
    personTypeId: int
    propsGroupId: int
    type: str
    isProfileName: str
    isPayer: str
    isEmail: str
    isPhone: str
    isZip: str
    isAddress: str


class SalePropertygroupAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertygroup.add``."""

    personTypeId: Required[int]
    name: Required[str]
    sort: int


class SalePropertygroupUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertygroup.update``."""

    personTypeId: Required[int]
    name: Required[str]
    sort: int


class SalePropertyvalueModifyFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvalue.modify``."""

    order: Required[dict[str, Any]]


class SalePropertyvariantAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvariant.add``."""

    orderPropsId: Required[int]
    name: Required[str]
    value: Required[str]
    sort: int
    description: str


class SalePropertyvariantUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.propertyvariant.update``."""

    name: Required[str]
    value: Required[str]
    sort: int
    description: str


class SaleShipmentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipment.add``."""

    orderId: Required[int]
    allowDelivery: Required[str]
    deducted: Required[str]
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


class SaleShipmentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipment.update``."""

    allowDelivery: Required[str]
    deducted: Required[str]
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


class SaleShipmentitemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentitem.add``."""

    orderDeliveryId: Required[int]
    basketId: Required[int]
    quantity: Required[float]
    xmlId: str


class SaleShipmentitemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentitem.update``."""

    quantity: Required[float]
    xmlId: str


class SaleShipmentpropertyAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``sale.shipmentproperty.add``."""

    minlength: int
    maxlength: int
    pattern: str
    multiline: str
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
    active: str
    util: str
    userProps: str
    isFiltered: str
    sort: int
    description: str
    required: str
    multiple: str
    xmlId: str
    defaultValue: str
    settings: SaleShipmentpropertyAddFieldsSettings
    isProfileName: str
    isPayer: str
    isEmail: str
    isPhone: str
    isZip: str
    isAddress: str


class SaleShipmentpropertyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.shipmentproperty.update``."""

    name: Required[str]
    code: str
    active: str
    util: str
    userProps: str
    isFiltered: str
    sort: int
    description: str
    required: str
    multiple: str
    xmlId: str
    defaultValue: str
    settings: dict[str, Any]
    personTypeId: int
    propsGroupId: int
    type: str
    isProfileName: str
    isPayer: str
    isEmail: str
    isPhone: str
    isZip: str
    isAddress: str


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


class SaleStatusAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.status.add``."""

    id: Required[str]
    type: Required[str]
    notify: str
    sort: int
    color: str
    xmlId: str


class SaleStatusLangAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.statusLang.add``."""

    statusId: Required[str]
    lid: Required[str]
    name: Required[str]
    description: str


class SaleStatusLangDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.statusLang.deleteByFilter``."""

    statusId: Required[str]
    lid: Required[str]
    name: Required[str]


class SaleStatusUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sale.status.update``."""

    type: Required[str]
    notify: str
    sort: int
    color: str
    xmlId: str
