"""Methods under ``sale.shipmentproperty``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sale import (
        SaleShipmentproperty as _SaleShipmentproperty,
        SaleShipmentpropertyAddFields,
        SaleShipmentpropertyAddResult,
        SaleShipmentpropertyGetResult,
        SaleShipmentpropertyGetfieldsbytypeResult,
        SaleShipmentpropertyUpdateFields,
        SaleShipmentpropertyUpdateResult,
    )

_SALE_SHIPMENTPROPERTY_ADD = MethodInfo(
    name="sale.shipmentproperty.add", idempotent=False, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_DELETE = MethodInfo(
    name="sale.shipmentproperty.delete", idempotent=False, returns="boolean", api=1
)
_SALE_SHIPMENTPROPERTY_GET = MethodInfo(
    name="sale.shipmentproperty.get", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE = MethodInfo(
    name="sale.shipmentproperty.getfieldsbytype", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_LIST = MethodInfo(
    name="sale.shipmentproperty.list", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_UPDATE = MethodInfo(
    name="sale.shipmentproperty.update", idempotent=False, returns="any", api=1
)


class SaleShipmentproperty(Namespace):
    """Methods under ``sale.shipmentproperty``."""

    __slots__ = ()

    def add(
        self, *, fields: SaleShipmentpropertyAddFields
    ) -> SaleShipmentpropertyAddResult:
        """Add sale shipmentproperty.

        REST method: ``sale.shipmentproperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-add.html
        """
        return cast(
            "SaleShipmentpropertyAddResult",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete sale shipmentproperty.

        REST method: ``sale.shipmentproperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-delete.html
        """
        return cast(
            bool, self._backend._invoke(_SALE_SHIPMENTPROPERTY_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SaleShipmentpropertyGetResult:
        """Get sale shipmentproperty.

        REST method: ``sale.shipmentproperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html
        """
        return cast(
            "SaleShipmentpropertyGetResult",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_GET, {"id": id}),
        )

    def getfieldsbytype(
        self, *, type: str
    ) -> SaleShipmentpropertyGetfieldsbytypeResult:
        """Get fieldsbytype of sale shipmentproperty.

        REST method: ``sale.shipmentproperty.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get-fields-by-type.html
        """
        return cast(
            "SaleShipmentpropertyGetfieldsbytypeResult",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE, {"type": type}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleShipmentproperty]:
        """List sale shipmentproperty entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentproperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-list.html
        """
        return cast(
            "Page[_SaleShipmentproperty]",
            self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleShipmentpropertyUpdateFields
    ) -> SaleShipmentpropertyUpdateResult:
        """Update sale shipmentproperty.

        REST method: ``sale.shipmentproperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-update.html
        """
        return cast(
            "SaleShipmentpropertyUpdateResult",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSaleShipmentproperty(Namespace):
    """Methods under ``sale.shipmentproperty`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SaleShipmentpropertyAddFields
    ) -> SaleShipmentpropertyAddResult:
        """Add sale shipmentproperty.

        REST method: ``sale.shipmentproperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-add.html
        """
        return cast(
            "SaleShipmentpropertyAddResult",
            await self._backend._invoke(_SALE_SHIPMENTPROPERTY_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete sale shipmentproperty.

        REST method: ``sale.shipmentproperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-delete.html
        """
        return cast(
            bool, await self._backend._invoke(_SALE_SHIPMENTPROPERTY_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SaleShipmentpropertyGetResult:
        """Get sale shipmentproperty.

        REST method: ``sale.shipmentproperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html
        """
        return cast(
            "SaleShipmentpropertyGetResult",
            await self._backend._invoke(_SALE_SHIPMENTPROPERTY_GET, {"id": id}),
        )

    async def getfieldsbytype(
        self, *, type: str
    ) -> SaleShipmentpropertyGetfieldsbytypeResult:
        """Get fieldsbytype of sale shipmentproperty.

        REST method: ``sale.shipmentproperty.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get-fields-by-type.html
        """
        return cast(
            "SaleShipmentpropertyGetfieldsbytypeResult",
            await self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE, {"type": type}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleShipmentproperty]:
        """List sale shipmentproperty entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentproperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-list.html
        """
        return cast(
            "AsyncPage[_SaleShipmentproperty]",
            await self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleShipmentpropertyUpdateFields
    ) -> SaleShipmentpropertyUpdateResult:
        """Update sale shipmentproperty.

        REST method: ``sale.shipmentproperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-update.html
        """
        return cast(
            "SaleShipmentpropertyUpdateResult",
            await self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleShipmentproperty(Namespace):
    """Methods under ``sale.shipmentproperty`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleShipmentpropertyAddFields | Ref
    ) -> BatchCommand[SaleShipmentpropertyAddResult]:
        """Add sale shipmentproperty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-add.html
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyAddResult]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete sale shipmentproperty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-delete.html
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleShipmentpropertyGetResult]:
        """Get sale shipmentproperty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyGetResult]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_GET, {"id": id}),
        )

    def getfieldsbytype(
        self, *, type: str | Ref
    ) -> BatchCommand[SaleShipmentpropertyGetfieldsbytypeResult]:
        """Get fieldsbytype of sale shipmentproperty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get-fields-by-type.html
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyGetfieldsbytypeResult]",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE, {"type": type}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleShipmentproperty]]:
        """List sale shipmentproperty entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-list.html
        """
        return cast(
            "BatchCommand[builtins.list[_SaleShipmentproperty]]",
            self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleShipmentpropertyUpdateFields | Ref
    ) -> BatchCommand[SaleShipmentpropertyUpdateResult]:
        """Update sale shipmentproperty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-update.html
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyUpdateResult]",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )
