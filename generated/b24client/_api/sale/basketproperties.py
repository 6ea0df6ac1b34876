"""Methods under ``sale.basketproperties``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleBasketproperties as _SaleBasketproperties,
        SaleBasketpropertiesAddFields,
        SaleBasketpropertiesAddResult,
        SaleBasketpropertiesGetFieldsResult,
        SaleBasketpropertiesGetResult,
        SaleBasketpropertiesUpdateFields,
        SaleBasketpropertiesUpdateResult,
    )

_SALE_BASKETPROPERTIES_ADD = MethodInfo(
    name="sale.basketproperties.add", idempotent=False, returns="any", api=1
)
_SALE_BASKETPROPERTIES_DELETE = MethodInfo(
    name="sale.basketproperties.delete", idempotent=False, returns="boolean", api=1
)
_SALE_BASKETPROPERTIES_GET = MethodInfo(
    name="sale.basketproperties.get", idempotent=True, returns="any", api=1
)
_SALE_BASKETPROPERTIES_GET_FIELDS = MethodInfo(
    name="sale.basketproperties.getFields", idempotent=True, returns="any", api=1
)
_SALE_BASKETPROPERTIES_LIST = MethodInfo(
    name="sale.basketproperties.list", idempotent=True, returns="any", api=1
)
_SALE_BASKETPROPERTIES_UPDATE = MethodInfo(
    name="sale.basketproperties.update", idempotent=False, returns="any", api=1
)


class SaleBasketproperties(Namespace):
    """Methods under ``sale.basketproperties``."""

    __slots__ = ()

    def add(
        self, *, fields: SaleBasketpropertiesAddFields
    ) -> SaleBasketpropertiesAddResult:
        """Attach a named property (such as size or colour) to an order basket line.

        REST method: ``sale.basketproperties.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-add.html

        Args:
            fields: Values of the new basket item property, keyed by field name.

        Returns:
            SaleBasketpropertiesAddResult

        Example:
            result = client.sale.basketproperties.add(fields={"basketId": 1, "name": "Anna", "value": "example", "code": "example_code"})
            result = await client.sale.basketproperties.add(fields={"basketId": 1, "name": "Anna", "value": "example", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesAddResult",
            self._backend._invoke(_SALE_BASKETPROPERTIES_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a property from an order basket line.

        REST method: ``sale.basketproperties.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-delete.html

        Args:
            id: ID of the basket item property.

        Returns:
            bool

        Example:
            result = client.sale.basketproperties.delete(id=1)
            result = await client.sale.basketproperties.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_BASKETPROPERTIES_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SaleBasketpropertiesGetResult:
        """Read one property of an order basket line.

        REST method: ``sale.basketproperties.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get.html

        Args:
            id: ID of the basket item property.

        Returns:
            SaleBasketpropertiesGetResult

        Example:
            result = client.sale.basketproperties.get(id=1)
            result = await client.sale.basketproperties.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesGetResult",
            self._backend._invoke(_SALE_BASKETPROPERTIES_GET, {"id": id}),
        )

    def get_fields(self) -> SaleBasketpropertiesGetFieldsResult:
        """Describe the fields of basket line properties: type, required and read-only flags.

        REST method: ``sale.basketproperties.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get-fields.html

        Returns:
            SaleBasketpropertiesGetFieldsResult

        Example:
            result = client.sale.basketproperties.get_fields()
            result = await client.sale.basketproperties.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesGetFieldsResult",
            self._backend._invoke(_SALE_BASKETPROPERTIES_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleBasketproperties]:
        """List properties of order basket lines matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.basketproperties.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleBasketproperties]

        Example:
            result = client.sale.basketproperties.list()
            result = await client.sale.basketproperties.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleBasketproperties]",
            self._backend._invoke_page(
                _SALE_BASKETPROPERTIES_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleBasketpropertiesUpdateFields
    ) -> SaleBasketpropertiesUpdateResult:
        """Change the value, position or code of a basket line property.

        REST method: ``sale.basketproperties.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-update.html

        Args:
            id: ID of the basket item property.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleBasketpropertiesUpdateResult

        Example:
            result = client.sale.basketproperties.update(id=1, fields={"name": "Anna", "value": "example"})
            result = await client.sale.basketproperties.update(id=1, fields={"name": "Anna", "value": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesUpdateResult",
            self._backend._invoke(
                _SALE_BASKETPROPERTIES_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSaleBasketproperties(Namespace):
    """Methods under ``sale.basketproperties`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SaleBasketpropertiesAddFields
    ) -> SaleBasketpropertiesAddResult:
        """Attach a named property (such as size or colour) to an order basket line.

        REST method: ``sale.basketproperties.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-add.html

        Args:
            fields: Values of the new basket item property, keyed by field name.

        Returns:
            SaleBasketpropertiesAddResult

        Example:
            result = client.sale.basketproperties.add(fields={"basketId": 1, "name": "Anna", "value": "example", "code": "example_code"})
            result = await client.sale.basketproperties.add(fields={"basketId": 1, "name": "Anna", "value": "example", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesAddResult",
            await self._backend._invoke(_SALE_BASKETPROPERTIES_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a property from an order basket line.

        REST method: ``sale.basketproperties.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-delete.html

        Args:
            id: ID of the basket item property.

        Returns:
            bool

        Example:
            result = client.sale.basketproperties.delete(id=1)
            result = await client.sale.basketproperties.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_BASKETPROPERTIES_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SaleBasketpropertiesGetResult:
        """Read one property of an order basket line.

        REST method: ``sale.basketproperties.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get.html

        Args:
            id: ID of the basket item property.

        Returns:
            SaleBasketpropertiesGetResult

        Example:
            result = client.sale.basketproperties.get(id=1)
            result = await client.sale.basketproperties.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesGetResult",
            await self._backend._invoke(_SALE_BASKETPROPERTIES_GET, {"id": id}),
        )

    async def get_fields(self) -> SaleBasketpropertiesGetFieldsResult:
        """Describe the fields of basket line properties: type, required and read-only flags.

        REST method: ``sale.basketproperties.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get-fields.html

        Returns:
            SaleBasketpropertiesGetFieldsResult

        Example:
            result = client.sale.basketproperties.get_fields()
            result = await client.sale.basketproperties.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesGetFieldsResult",
            await self._backend._invoke(_SALE_BASKETPROPERTIES_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleBasketproperties]:
        """List properties of order basket lines matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.basketproperties.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleBasketproperties]

        Example:
            result = client.sale.basketproperties.list()
            result = await client.sale.basketproperties.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleBasketproperties]",
            await self._backend._invoke_page(
                _SALE_BASKETPROPERTIES_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleBasketpropertiesUpdateFields
    ) -> SaleBasketpropertiesUpdateResult:
        """Change the value, position or code of a basket line property.

        REST method: ``sale.basketproperties.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-update.html

        Args:
            id: ID of the basket item property.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleBasketpropertiesUpdateResult

        Example:
            result = client.sale.basketproperties.update(id=1, fields={"name": "Anna", "value": "example"})
            result = await client.sale.basketproperties.update(id=1, fields={"name": "Anna", "value": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketpropertiesUpdateResult",
            await self._backend._invoke(
                _SALE_BASKETPROPERTIES_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleBasketproperties(Namespace):
    """Methods under ``sale.basketproperties`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleBasketpropertiesAddFields | Ref
    ) -> BatchCommand[SaleBasketpropertiesAddResult]:
        """Attach a named property (such as size or colour) to an order basket line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketproperties.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-add.html

        Args:
            fields: Values of the new basket item property, keyed by field name.

        Returns:
            BatchCommand[SaleBasketpropertiesAddResult]

        Example:
            command = batch.sale.basketproperties.add(fields={"basketId": 1, "name": "Anna", "value": "example", "code": "example_code"})
        """
        return cast(
            "BatchCommand[SaleBasketpropertiesAddResult]",
            self._backend._invoke(_SALE_BASKETPROPERTIES_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a property from an order basket line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketproperties.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-delete.html

        Args:
            id: ID of the basket item property.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.basketproperties.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_BASKETPROPERTIES_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleBasketpropertiesGetResult]:
        """Read one property of an order basket line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketproperties.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get.html

        Args:
            id: ID of the basket item property.

        Returns:
            BatchCommand[SaleBasketpropertiesGetResult]

        Example:
            command = batch.sale.basketproperties.get(id=1)
        """
        return cast(
            "BatchCommand[SaleBasketpropertiesGetResult]",
            self._backend._invoke(_SALE_BASKETPROPERTIES_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SaleBasketpropertiesGetFieldsResult]:
        """Describe the fields of basket line properties: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketproperties.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-get-fields.html

        Returns:
            BatchCommand[SaleBasketpropertiesGetFieldsResult]

        Example:
            command = batch.sale.basketproperties.get_fields()
        """
        return cast(
            "BatchCommand[SaleBasketpropertiesGetFieldsResult]",
            self._backend._invoke(_SALE_BASKETPROPERTIES_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleBasketproperties]]:
        """List properties of order basket lines matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketproperties.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleBasketproperties]]

        Example:
            command = batch.sale.basketproperties.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleBasketproperties]]",
            self._backend._invoke_page(
                _SALE_BASKETPROPERTIES_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleBasketpropertiesUpdateFields | Ref
    ) -> BatchCommand[SaleBasketpropertiesUpdateResult]:
        """Change the value, position or code of a basket line property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketproperties.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-properties/sale-basket-properties-update.html

        Args:
            id: ID of the basket item property.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleBasketpropertiesUpdateResult]

        Example:
            command = batch.sale.basketproperties.update(id=1, fields={"name": "Anna", "value": "example"})
        """
        return cast(
            "BatchCommand[SaleBasketpropertiesUpdateResult]",
            self._backend._invoke(
                _SALE_BASKETPROPERTIES_UPDATE, {"id": id, "fields": fields}
            ),
        )
