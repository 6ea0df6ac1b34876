"""Methods under ``sale.property``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleProperty as _SaleProperty,
        SalePropertyAddFields,
        SalePropertyAddResult,
        SalePropertyGetResult,
        SalePropertyGetfieldsbytypeResult,
        SalePropertyUpdateFields,
        SalePropertyUpdateResult,
    )

_SALE_PROPERTY_ADD = MethodInfo(
    name="sale.property.add", idempotent=False, returns="any", api=1
)
_SALE_PROPERTY_DELETE = MethodInfo(
    name="sale.property.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PROPERTY_GET = MethodInfo(
    name="sale.property.get", idempotent=True, returns="any", api=1
)
_SALE_PROPERTY_GETFIELDSBYTYPE = MethodInfo(
    name="sale.property.getfieldsbytype", idempotent=True, returns="any", api=1
)
_SALE_PROPERTY_LIST = MethodInfo(
    name="sale.property.list", idempotent=True, returns="any", api=1
)
_SALE_PROPERTY_UPDATE = MethodInfo(
    name="sale.property.update", idempotent=False, returns="any", api=1
)


class SaleProperty(Namespace):
    """Methods under ``sale.property``."""

    __slots__ = ()

    def add(self, *, fields: SalePropertyAddFields) -> SalePropertyAddResult:
        """Create an order property (a checkout field such as address or phone) for a payer type.

        REST method: ``sale.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-add.html

        Args:
            fields: Values of the new order property, keyed by field name.

        Returns:
            SalePropertyAddResult

        Example:
            result = client.sale.property_.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})
            result = await client.sale.property_.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyAddResult",
            self._backend._invoke(_SALE_PROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove an order property (checkout field).

        REST method: ``sale.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-delete.html

        Args:
            id: ID of the order property.

        Returns:
            bool

        Example:
            result = client.sale.property_.delete(id=1)
            result = await client.sale.property_.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PROPERTY_DELETE, {"id": id}))

    def get(self, *, id: int) -> SalePropertyGetResult:
        """Read one order property with its type, flags and settings.

        REST method: ``sale.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get.html

        Args:
            id: ID of the order property.

        Returns:
            SalePropertyGetResult

        Example:
            result = client.sale.property_.get(id=1)
            result = await client.sale.property_.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertyGetResult",
            self._backend._invoke(_SALE_PROPERTY_GET, {"id": id}),
        )

    def getfieldsbytype(self, *, type: str) -> SalePropertyGetfieldsbytypeResult:
        """Describe the fields an order property of a given type accepts.

        REST method: ``sale.property.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get-fields-by-type.html

        Args:
            type: Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS".

        Returns:
            SalePropertyGetfieldsbytypeResult

        Example:
            result = client.sale.property_.getfieldsbytype(type="example")
            result = await client.sale.property_.getfieldsbytype(type="example")  # AsyncBitrix24
        """
        return cast(
            "SalePropertyGetfieldsbytypeResult",
            self._backend._invoke(_SALE_PROPERTY_GETFIELDSBYTYPE, {"type": type}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleProperty]:
        """List order properties (checkout fields) matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.property.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleProperty]

        Example:
            result = client.sale.property_.list()
            result = await client.sale.property_.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleProperty]",
            self._backend._invoke_page(
                _SALE_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePropertyUpdateFields
    ) -> SalePropertyUpdateResult:
        """Change the name, flags or settings of an order property.

        REST method: ``sale.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-update.html

        Args:
            id: ID of the order property.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePropertyUpdateResult

        Example:
            result = client.sale.property_.update(id=1, fields={"name": "Anna"})
            result = await client.sale.property_.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyUpdateResult",
            self._backend._invoke(_SALE_PROPERTY_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncSaleProperty(Namespace):
    """Methods under ``sale.property`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SalePropertyAddFields) -> SalePropertyAddResult:
        """Create an order property (a checkout field such as address or phone) for a payer type.

        REST method: ``sale.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-add.html

        Args:
            fields: Values of the new order property, keyed by field name.

        Returns:
            SalePropertyAddResult

        Example:
            result = client.sale.property_.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})
            result = await client.sale.property_.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyAddResult",
            await self._backend._invoke(_SALE_PROPERTY_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove an order property (checkout field).

        REST method: ``sale.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-delete.html

        Args:
            id: ID of the order property.

        Returns:
            bool

        Example:
            result = client.sale.property_.delete(id=1)
            result = await client.sale.property_.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_PROPERTY_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SalePropertyGetResult:
        """Read one order property with its type, flags and settings.

        REST method: ``sale.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get.html

        Args:
            id: ID of the order property.

        Returns:
            SalePropertyGetResult

        Example:
            result = client.sale.property_.get(id=1)
            result = await client.sale.property_.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertyGetResult",
            await self._backend._invoke(_SALE_PROPERTY_GET, {"id": id}),
        )

    async def getfieldsbytype(self, *, type: str) -> SalePropertyGetfieldsbytypeResult:
        """Describe the fields an order property of a given type accepts.

        REST method: ``sale.property.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get-fields-by-type.html

        Args:
            type: Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS".

        Returns:
            SalePropertyGetfieldsbytypeResult

        Example:
            result = client.sale.property_.getfieldsbytype(type="example")
            result = await client.sale.property_.getfieldsbytype(type="example")  # AsyncBitrix24
        """
        return cast(
            "SalePropertyGetfieldsbytypeResult",
            await self._backend._invoke(_SALE_PROPERTY_GETFIELDSBYTYPE, {"type": type}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleProperty]:
        """List order properties (checkout fields) matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.property.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleProperty]

        Example:
            result = client.sale.property_.list()
            result = await client.sale.property_.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleProperty]",
            await self._backend._invoke_page(
                _SALE_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePropertyUpdateFields
    ) -> SalePropertyUpdateResult:
        """Change the name, flags or settings of an order property.

        REST method: ``sale.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-update.html

        Args:
            id: ID of the order property.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePropertyUpdateResult

        Example:
            result = client.sale.property_.update(id=1, fields={"name": "Anna"})
            result = await client.sale.property_.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyUpdateResult",
            await self._backend._invoke(
                _SALE_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleProperty(Namespace):
    """Methods under ``sale.property`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePropertyAddFields | Ref
    ) -> BatchCommand[SalePropertyAddResult]:
        """Create an order property (a checkout field such as address or phone) for a payer type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-add.html

        Args:
            fields: Values of the new order property, keyed by field name.

        Returns:
            BatchCommand[SalePropertyAddResult]

        Example:
            command = batch.sale.property_.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})
        """
        return cast(
            "BatchCommand[SalePropertyAddResult]",
            self._backend._invoke(_SALE_PROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove an order property (checkout field).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-delete.html

        Args:
            id: ID of the order property.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.property_.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PROPERTY_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePropertyGetResult]:
        """Read one order property with its type, flags and settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get.html

        Args:
            id: ID of the order property.

        Returns:
            BatchCommand[SalePropertyGetResult]

        Example:
            command = batch.sale.property_.get(id=1)
        """
        return cast(
            "BatchCommand[SalePropertyGetResult]",
            self._backend._invoke(_SALE_PROPERTY_GET, {"id": id}),
        )

    def getfieldsbytype(
        self, *, type: str | Ref
    ) -> BatchCommand[SalePropertyGetfieldsbytypeResult]:
        """Describe the fields an order property of a given type accepts.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.property.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-get-fields-by-type.html

        Args:
            type: Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS".

        Returns:
            BatchCommand[SalePropertyGetfieldsbytypeResult]

        Example:
            command = batch.sale.property_.getfieldsbytype(type="example")
        """
        return cast(
            "BatchCommand[SalePropertyGetfieldsbytypeResult]",
            self._backend._invoke(_SALE_PROPERTY_GETFIELDSBYTYPE, {"type": type}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleProperty]]:
        """List order properties (checkout fields) matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.property.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleProperty]]

        Example:
            command = batch.sale.property_.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleProperty]]",
            self._backend._invoke_page(
                _SALE_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePropertyUpdateFields | Ref
    ) -> BatchCommand[SalePropertyUpdateResult]:
        """Change the name, flags or settings of an order property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property/sale-property-update.html

        Args:
            id: ID of the order property.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SalePropertyUpdateResult]

        Example:
            command = batch.sale.property_.update(id=1, fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[SalePropertyUpdateResult]",
            self._backend._invoke(_SALE_PROPERTY_UPDATE, {"id": id, "fields": fields}),
        )
