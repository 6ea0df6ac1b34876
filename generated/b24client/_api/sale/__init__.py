"""Methods under ``sale``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.sale.basketitem import (
        AsyncSaleBasketitem,
        BatchSaleBasketitem,
        SaleBasketitem,
    )
    from b24client._api.sale.basketproperties import (
        AsyncSaleBasketproperties,
        BatchSaleBasketproperties,
        SaleBasketproperties,
    )
    from b24client._api.sale.business_value_person_domain import (
        AsyncSaleBusinessValuePersonDomain,
        BatchSaleBusinessValuePersonDomain,
        SaleBusinessValuePersonDomain,
    )
    from b24client._api.sale.cashbox import (
        AsyncSaleCashbox,
        BatchSaleCashbox,
        SaleCashbox,
    )
    from b24client._api.sale.delivery import (
        AsyncSaleDelivery,
        BatchSaleDelivery,
        SaleDelivery,
    )
    from b24client._api.sale.order import AsyncSaleOrder, BatchSaleOrder, SaleOrder
    from b24client._api.sale.payment import (
        AsyncSalePayment,
        BatchSalePayment,
        SalePayment,
    )
    from b24client._api.sale.payment_item_shipment import (
        AsyncSalePaymentItemShipment,
        BatchSalePaymentItemShipment,
        SalePaymentItemShipment,
    )
    from b24client._api.sale.paymentitembasket import (
        AsyncSalePaymentitembasket,
        BatchSalePaymentitembasket,
        SalePaymentitembasket,
    )
    from b24client._api.sale.paysystem import (
        AsyncSalePaysystem,
        BatchSalePaysystem,
        SalePaysystem,
    )
    from b24client._api.sale.persontype import (
        AsyncSalePersontype,
        BatchSalePersontype,
        SalePersontype,
    )
    from b24client._api.sale.property_ import (
        AsyncSaleProperty,
        BatchSaleProperty,
        SaleProperty,
    )
    from b24client._api.sale.property_relation import (
        AsyncSalePropertyRelation,
        BatchSalePropertyRelation,
        SalePropertyRelation,
    )
    from b24client._api.sale.propertygroup import (
        AsyncSalePropertygroup,
        BatchSalePropertygroup,
        SalePropertygroup,
    )
    from b24client._api.sale.propertyvalue import (
        AsyncSalePropertyvalue,
        BatchSalePropertyvalue,
        SalePropertyvalue,
    )
    from b24client._api.sale.propertyvariant import (
        AsyncSalePropertyvariant,
        BatchSalePropertyvariant,
        SalePropertyvariant,
    )
    from b24client._api.sale.shipment import (
        AsyncSaleShipment,
        BatchSaleShipment,
        SaleShipment,
    )
    from b24client._api.sale.shipmentitem import (
        AsyncSaleShipmentitem,
        BatchSaleShipmentitem,
        SaleShipmentitem,
    )
    from b24client._api.sale.shipmentproperty import (
        AsyncSaleShipmentproperty,
        BatchSaleShipmentproperty,
        SaleShipmentproperty,
    )
    from b24client._api.sale.shipmentpropertyvalue import (
        AsyncSaleShipmentpropertyvalue,
        BatchSaleShipmentpropertyvalue,
        SaleShipmentpropertyvalue,
    )
    from b24client._api.sale.status import AsyncSaleStatus, BatchSaleStatus, SaleStatus
    from b24client._api.sale.status_lang import (
        AsyncSaleStatusLang,
        BatchSaleStatusLang,
        SaleStatusLang,
    )
    from b24client._api.sale.trade_binding import (
        AsyncSaleTradeBinding,
        BatchSaleTradeBinding,
        SaleTradeBinding,
    )
    from b24client._api.sale.trade_platform import (
        AsyncSaleTradePlatform,
        BatchSaleTradePlatform,
        SaleTradePlatform,
    )


class Sale(Namespace):
    """Methods under ``sale``."""

    __slots__ = ()

    @property
    def basketitem(self) -> SaleBasketitem:
        """Methods under ``sale.basketitem``."""
        from b24client._api.sale.basketitem import SaleBasketitem

        return SaleBasketitem(self._backend)

    @property
    def basketproperties(self) -> SaleBasketproperties:
        """Methods under ``sale.basketproperties``."""
        from b24client._api.sale.basketproperties import SaleBasketproperties

        return SaleBasketproperties(self._backend)

    @property
    def business_value_person_domain(self) -> SaleBusinessValuePersonDomain:
        """Methods under ``sale.businessValuePersonDomain``."""
        from b24client._api.sale.business_value_person_domain import (
            SaleBusinessValuePersonDomain,
        )

        return SaleBusinessValuePersonDomain(self._backend)

    @property
    def cashbox(self) -> SaleCashbox:
        """Methods under ``sale.cashbox``."""
        from b24client._api.sale.cashbox import SaleCashbox

        return SaleCashbox(self._backend)

    @property
    def delivery(self) -> SaleDelivery:
        """Methods under ``sale.delivery``."""
        from b24client._api.sale.delivery import SaleDelivery

        return SaleDelivery(self._backend)

    @property
    def order(self) -> SaleOrder:
        """Methods under ``sale.order``."""
        from b24client._api.sale.order import SaleOrder

        return SaleOrder(self._backend)

    @property
    def payment(self) -> SalePayment:
        """Methods under ``sale.payment``."""
        from b24client._api.sale.payment import SalePayment

        return SalePayment(self._backend)

    @property
    def payment_item_shipment(self) -> SalePaymentItemShipment:
        """Methods under ``sale.paymentItemShipment``."""
        from b24client._api.sale.payment_item_shipment import SalePaymentItemShipment

        return SalePaymentItemShipment(self._backend)

    @property
    def paymentitembasket(self) -> SalePaymentitembasket:
        """Methods under ``sale.paymentitembasket``."""
        from b24client._api.sale.paymentitembasket import SalePaymentitembasket

        return SalePaymentitembasket(self._backend)

    @property
    def paysystem(self) -> SalePaysystem:
        """Methods under ``sale.paysystem``."""
        from b24client._api.sale.paysystem import SalePaysystem

        return SalePaysystem(self._backend)

    @property
    def persontype(self) -> SalePersontype:
        """Methods under ``sale.persontype``."""
        from b24client._api.sale.persontype import SalePersontype

        return SalePersontype(self._backend)

    @property
    def property_(self) -> SaleProperty:
        """Methods under ``sale.property``."""
        from b24client._api.sale.property_ import SaleProperty

        return SaleProperty(self._backend)

    @property
    def property_relation(self) -> SalePropertyRelation:
        """Methods under ``sale.propertyRelation``."""
        from b24client._api.sale.property_relation import SalePropertyRelation

        return SalePropertyRelation(self._backend)

    @property
    def propertygroup(self) -> SalePropertygroup:
        """Methods under ``sale.propertygroup``."""
        from b24client._api.sale.propertygroup import SalePropertygroup

        return SalePropertygroup(self._backend)

    @property
    def propertyvalue(self) -> SalePropertyvalue:
        """Methods under ``sale.propertyvalue``."""
        from b24client._api.sale.propertyvalue import SalePropertyvalue

        return SalePropertyvalue(self._backend)

    @property
    def propertyvariant(self) -> SalePropertyvariant:
        """Methods under ``sale.propertyvariant``."""
        from b24client._api.sale.propertyvariant import SalePropertyvariant

        return SalePropertyvariant(self._backend)

    @property
    def shipment(self) -> SaleShipment:
        """Methods under ``sale.shipment``."""
        from b24client._api.sale.shipment import SaleShipment

        return SaleShipment(self._backend)

    @property
    def shipmentitem(self) -> SaleShipmentitem:
        """Methods under ``sale.shipmentitem``."""
        from b24client._api.sale.shipmentitem import SaleShipmentitem

        return SaleShipmentitem(self._backend)

    @property
    def shipmentproperty(self) -> SaleShipmentproperty:
        """Methods under ``sale.shipmentproperty``."""
        from b24client._api.sale.shipmentproperty import SaleShipmentproperty

        return SaleShipmentproperty(self._backend)

    @property
    def shipmentpropertyvalue(self) -> SaleShipmentpropertyvalue:
        """Methods under ``sale.shipmentpropertyvalue``."""
        from b24client._api.sale.shipmentpropertyvalue import SaleShipmentpropertyvalue

        return SaleShipmentpropertyvalue(self._backend)

    @property
    def status(self) -> SaleStatus:
        """Methods under ``sale.status``."""
        from b24client._api.sale.status import SaleStatus

        return SaleStatus(self._backend)

    @property
    def status_lang(self) -> SaleStatusLang:
        """Methods under ``sale.statusLang``."""
        from b24client._api.sale.status_lang import SaleStatusLang

        return SaleStatusLang(self._backend)

    @property
    def trade_binding(self) -> SaleTradeBinding:
        """Methods under ``sale.tradeBinding``."""
        from b24client._api.sale.trade_binding import SaleTradeBinding

        return SaleTradeBinding(self._backend)

    @property
    def trade_platform(self) -> SaleTradePlatform:
        """Methods under ``sale.tradePlatform``."""
        from b24client._api.sale.trade_platform import SaleTradePlatform

        return SaleTradePlatform(self._backend)


class AsyncSale(Namespace):
    """Methods under ``sale`` (async)."""

    __slots__ = ()

    @property
    def basketitem(self) -> AsyncSaleBasketitem:
        """Methods under ``sale.basketitem``."""
        from b24client._api.sale.basketitem import AsyncSaleBasketitem

        return AsyncSaleBasketitem(self._backend)

    @property
    def basketproperties(self) -> AsyncSaleBasketproperties:
        """Methods under ``sale.basketproperties``."""
        from b24client._api.sale.basketproperties import AsyncSaleBasketproperties

        return AsyncSaleBasketproperties(self._backend)

    @property
    def business_value_person_domain(self) -> AsyncSaleBusinessValuePersonDomain:
        """Methods under ``sale.businessValuePersonDomain``."""
        from b24client._api.sale.business_value_person_domain import (
            AsyncSaleBusinessValuePersonDomain,
        )

        return AsyncSaleBusinessValuePersonDomain(self._backend)

    @property
    def cashbox(self) -> AsyncSaleCashbox:
        """Methods under ``sale.cashbox``."""
        from b24client._api.sale.cashbox import AsyncSaleCashbox

        return AsyncSaleCashbox(self._backend)

    @property
    def delivery(self) -> AsyncSaleDelivery:
        """Methods under ``sale.delivery``."""
        from b24client._api.sale.delivery import AsyncSaleDelivery

        return AsyncSaleDelivery(self._backend)

    @property
    def order(self) -> AsyncSaleOrder:
        """Methods under ``sale.order``."""
        from b24client._api.sale.order import AsyncSaleOrder

        return AsyncSaleOrder(self._backend)

    @property
    def payment(self) -> AsyncSalePayment:
        """Methods under ``sale.payment``."""
        from b24client._api.sale.payment import AsyncSalePayment

        return AsyncSalePayment(self._backend)

    @property
    def payment_item_shipment(self) -> AsyncSalePaymentItemShipment:
        """Methods under ``sale.paymentItemShipment``."""
        from b24client._api.sale.payment_item_shipment import (
            AsyncSalePaymentItemShipment,
        )

        return AsyncSalePaymentItemShipment(self._backend)

    @property
    def paymentitembasket(self) -> AsyncSalePaymentitembasket:
        """Methods under ``sale.paymentitembasket``."""
        from b24client._api.sale.paymentitembasket import AsyncSalePaymentitembasket

        return AsyncSalePaymentitembasket(self._backend)

    @property
    def paysystem(self) -> AsyncSalePaysystem:
        """Methods under ``sale.paysystem``."""
        from b24client._api.sale.paysystem import AsyncSalePaysystem

        return AsyncSalePaysystem(self._backend)

    @property
    def persontype(self) -> AsyncSalePersontype:
        """Methods under ``sale.persontype``."""
        from b24client._api.sale.persontype import AsyncSalePersontype

        return AsyncSalePersontype(self._backend)

    @property
    def property_(self) -> AsyncSaleProperty:
        """Methods under ``sale.property``."""
        from b24client._api.sale.property_ import AsyncSaleProperty

        return AsyncSaleProperty(self._backend)

    @property
    def property_relation(self) -> AsyncSalePropertyRelation:
        """Methods under ``sale.propertyRelation``."""
        from b24client._api.sale.property_relation import AsyncSalePropertyRelation

        return AsyncSalePropertyRelation(self._backend)

    @property
    def propertygroup(self) -> AsyncSalePropertygroup:
        """Methods under ``sale.propertygroup``."""
        from b24client._api.sale.propertygroup import AsyncSalePropertygroup

        return AsyncSalePropertygroup(self._backend)

    @property
    def propertyvalue(self) -> AsyncSalePropertyvalue:
        """Methods under ``sale.propertyvalue``."""
        from b24client._api.sale.propertyvalue import AsyncSalePropertyvalue

        return AsyncSalePropertyvalue(self._backend)

    @property
    def propertyvariant(self) -> AsyncSalePropertyvariant:
        """Methods under ``sale.propertyvariant``."""
        from b24client._api.sale.propertyvariant import AsyncSalePropertyvariant

        return AsyncSalePropertyvariant(self._backend)

    @property
    def shipment(self) -> AsyncSaleShipment:
        """Methods under ``sale.shipment``."""
        from b24client._api.sale.shipment import AsyncSaleShipment

        return AsyncSaleShipment(self._backend)

    @property
    def shipmentitem(self) -> AsyncSaleShipmentitem:
        """Methods under ``sale.shipmentitem``."""
        from b24client._api.sale.shipmentitem import AsyncSaleShipmentitem

        return AsyncSaleShipmentitem(self._backend)

    @property
    def shipmentproperty(self) -> AsyncSaleShipmentproperty:
        """Methods under ``sale.shipmentproperty``."""
        from b24client._api.sale.shipmentproperty import AsyncSaleShipmentproperty

        return AsyncSaleShipmentproperty(self._backend)

    @property
    def shipmentpropertyvalue(self) -> AsyncSaleShipmentpropertyvalue:
        """Methods under ``sale.shipmentpropertyvalue``."""
        from b24client._api.sale.shipmentpropertyvalue import (
            AsyncSaleShipmentpropertyvalue,
        )

        return AsyncSaleShipmentpropertyvalue(self._backend)

    @property
    def status(self) -> AsyncSaleStatus:
        """Methods under ``sale.status``."""
        from b24client._api.sale.status import AsyncSaleStatus

        return AsyncSaleStatus(self._backend)

    @property
    def status_lang(self) -> AsyncSaleStatusLang:
        """Methods under ``sale.statusLang``."""
        from b24client._api.sale.status_lang import AsyncSaleStatusLang

        return AsyncSaleStatusLang(self._backend)

    @property
    def trade_binding(self) -> AsyncSaleTradeBinding:
        """Methods under ``sale.tradeBinding``."""
        from b24client._api.sale.trade_binding import AsyncSaleTradeBinding

        return AsyncSaleTradeBinding(self._backend)

    @property
    def trade_platform(self) -> AsyncSaleTradePlatform:
        """Methods under ``sale.tradePlatform``."""
        from b24client._api.sale.trade_platform import AsyncSaleTradePlatform

        return AsyncSaleTradePlatform(self._backend)


class BatchSale(Namespace):
    """Methods under ``sale`` (queued into a batch)."""

    __slots__ = ()

    @property
    def basketitem(self) -> BatchSaleBasketitem:
        """Methods under ``sale.basketitem``."""
        from b24client._api.sale.basketitem import BatchSaleBasketitem

        return BatchSaleBasketitem(self._backend)

    @property
    def basketproperties(self) -> BatchSaleBasketproperties:
        """Methods under ``sale.basketproperties``."""
        from b24client._api.sale.basketproperties import BatchSaleBasketproperties

        return BatchSaleBasketproperties(self._backend)

    @property
    def business_value_person_domain(self) -> BatchSaleBusinessValuePersonDomain:
        """Methods under ``sale.businessValuePersonDomain``."""
        from b24client._api.sale.business_value_person_domain import (
            BatchSaleBusinessValuePersonDomain,
        )

        return BatchSaleBusinessValuePersonDomain(self._backend)

    @property
    def cashbox(self) -> BatchSaleCashbox:
        """Methods under ``sale.cashbox``."""
        from b24client._api.sale.cashbox import BatchSaleCashbox

        return BatchSaleCashbox(self._backend)

    @property
    def delivery(self) -> BatchSaleDelivery:
        """Methods under ``sale.delivery``."""
        from b24client._api.sale.delivery import BatchSaleDelivery

        return BatchSaleDelivery(self._backend)

    @property
    def order(self) -> BatchSaleOrder:
        """Methods under ``sale.order``."""
        from b24client._api.sale.order import BatchSaleOrder

        return BatchSaleOrder(self._backend)

    @property
    def payment(self) -> BatchSalePayment:
        """Methods under ``sale.payment``."""
        from b24client._api.sale.payment import BatchSalePayment

        return BatchSalePayment(self._backend)

    @property
    def payment_item_shipment(self) -> BatchSalePaymentItemShipment:
        """Methods under ``sale.paymentItemShipment``."""
        from b24client._api.sale.payment_item_shipment import (
            BatchSalePaymentItemShipment,
        )

        return BatchSalePaymentItemShipment(self._backend)

    @property
    def paymentitembasket(self) -> BatchSalePaymentitembasket:
        """Methods under ``sale.paymentitembasket``."""
        from b24client._api.sale.paymentitembasket import BatchSalePaymentitembasket

        return BatchSalePaymentitembasket(self._backend)

    @property
    def paysystem(self) -> BatchSalePaysystem:
        """Methods under ``sale.paysystem``."""
        from b24client._api.sale.paysystem import BatchSalePaysystem

        return BatchSalePaysystem(self._backend)

    @property
    def persontype(self) -> BatchSalePersontype:
        """Methods under ``sale.persontype``."""
        from b24client._api.sale.persontype import BatchSalePersontype

        return BatchSalePersontype(self._backend)

    @property
    def property_(self) -> BatchSaleProperty:
        """Methods under ``sale.property``."""
        from b24client._api.sale.property_ import BatchSaleProperty

        return BatchSaleProperty(self._backend)

    @property
    def property_relation(self) -> BatchSalePropertyRelation:
        """Methods under ``sale.propertyRelation``."""
        from b24client._api.sale.property_relation import BatchSalePropertyRelation

        return BatchSalePropertyRelation(self._backend)

    @property
    def propertygroup(self) -> BatchSalePropertygroup:
        """Methods under ``sale.propertygroup``."""
        from b24client._api.sale.propertygroup import BatchSalePropertygroup

        return BatchSalePropertygroup(self._backend)

    @property
    def propertyvalue(self) -> BatchSalePropertyvalue:
        """Methods under ``sale.propertyvalue``."""
        from b24client._api.sale.propertyvalue import BatchSalePropertyvalue

        return BatchSalePropertyvalue(self._backend)

    @property
    def propertyvariant(self) -> BatchSalePropertyvariant:
        """Methods under ``sale.propertyvariant``."""
        from b24client._api.sale.propertyvariant import BatchSalePropertyvariant

        return BatchSalePropertyvariant(self._backend)

    @property
    def shipment(self) -> BatchSaleShipment:
        """Methods under ``sale.shipment``."""
        from b24client._api.sale.shipment import BatchSaleShipment

        return BatchSaleShipment(self._backend)

    @property
    def shipmentitem(self) -> BatchSaleShipmentitem:
        """Methods under ``sale.shipmentitem``."""
        from b24client._api.sale.shipmentitem import BatchSaleShipmentitem

        return BatchSaleShipmentitem(self._backend)

    @property
    def shipmentproperty(self) -> BatchSaleShipmentproperty:
        """Methods under ``sale.shipmentproperty``."""
        from b24client._api.sale.shipmentproperty import BatchSaleShipmentproperty

        return BatchSaleShipmentproperty(self._backend)

    @property
    def shipmentpropertyvalue(self) -> BatchSaleShipmentpropertyvalue:
        """Methods under ``sale.shipmentpropertyvalue``."""
        from b24client._api.sale.shipmentpropertyvalue import (
            BatchSaleShipmentpropertyvalue,
        )

        return BatchSaleShipmentpropertyvalue(self._backend)

    @property
    def status(self) -> BatchSaleStatus:
        """Methods under ``sale.status``."""
        from b24client._api.sale.status import BatchSaleStatus

        return BatchSaleStatus(self._backend)

    @property
    def status_lang(self) -> BatchSaleStatusLang:
        """Methods under ``sale.statusLang``."""
        from b24client._api.sale.status_lang import BatchSaleStatusLang

        return BatchSaleStatusLang(self._backend)

    @property
    def trade_binding(self) -> BatchSaleTradeBinding:
        """Methods under ``sale.tradeBinding``."""
        from b24client._api.sale.trade_binding import BatchSaleTradeBinding

        return BatchSaleTradeBinding(self._backend)

    @property
    def trade_platform(self) -> BatchSaleTradePlatform:
        """Methods under ``sale.tradePlatform``."""
        from b24client._api.sale.trade_platform import BatchSaleTradePlatform

        return BatchSaleTradePlatform(self._backend)
