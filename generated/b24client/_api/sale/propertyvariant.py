"""Methods under ``sale.propertyvariant``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePropertyvariant as _SalePropertyvariant,
        SalePropertyvariantAddFields,
        SalePropertyvariantAddResult,
        SalePropertyvariantGetFieldsResult,
        SalePropertyvariantGetResult,
        SalePropertyvariantUpdateFields,
        SalePropertyvariantUpdateResult,
    )

_SALE_PROPERTYVARIANT_ADD = MethodInfo(
    name="sale.propertyvariant.add", idempotent=False, returns="any", api=1
)
_SALE_PROPERTYVARIANT_DELETE = MethodInfo(
    name="sale.propertyvariant.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PROPERTYVARIANT_GET = MethodInfo(
    name="sale.propertyvariant.get", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYVARIANT_GET_FIELDS = MethodInfo(
    name="sale.propertyvariant.getFields", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYVARIANT_LIST = MethodInfo(
    name="sale.propertyvariant.list", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYVARIANT_UPDATE = MethodInfo(
    name="sale.propertyvariant.update", idempotent=False, returns="any", api=1
)


class SalePropertyvariant(Namespace):
    """Methods under ``sale.propertyvariant``."""

    __slots__ = ()

    def add(
        self, *, fields: SalePropertyvariantAddFields
    ) -> SalePropertyvariantAddResult:
        """Add a choice to a list-type ("ENUM") order property.

        REST method: ``sale.propertyvariant.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-add.html

        Args:
            fields: Values of the new property variant, keyed by field name.

        Returns:
            SalePropertyvariantAddResult

        Example:
            result = client.sale.propertyvariant.add(fields={"orderPropsId": 1, "name": "Anna", "value": "example"})
            result = await client.sale.propertyvariant.add(fields={"orderPropsId": 1, "name": "Anna", "value": "example"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantAddResult",
            self._backend._invoke(_SALE_PROPERTYVARIANT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a choice from a list-type order property.

        REST method: ``sale.propertyvariant.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-delete.html

        Args:
            id: ID of the property variant.

        Returns:
            bool

        Example:
            result = client.sale.propertyvariant.delete(id=1)
            result = await client.sale.propertyvariant.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_PROPERTYVARIANT_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SalePropertyvariantGetResult:
        """Read one choice of a list-type order property.

        REST method: ``sale.propertyvariant.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get.html

        Args:
            id: ID of the property variant.

        Returns:
            SalePropertyvariantGetResult

        Example:
            result = client.sale.propertyvariant.get(id=1)
            result = await client.sale.propertyvariant.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantGetResult",
            self._backend._invoke(_SALE_PROPERTYVARIANT_GET, {"id": id}),
        )

    def get_fields(self) -> SalePropertyvariantGetFieldsResult:
        """Describe the fields of choices of list-type order properties.

        REST method: ``sale.propertyvariant.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get-fields.html

        Returns:
            SalePropertyvariantGetFieldsResult

        Example:
            result = client.sale.propertyvariant.get_fields()
            result = await client.sale.propertyvariant.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantGetFieldsResult",
            self._backend._invoke(_SALE_PROPERTYVARIANT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePropertyvariant]:
        """List the choices of list-type order properties.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertyvariant.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

        Returns:
            Page[SalePropertyvariant]

        Example:
            result = client.sale.propertyvariant.list()
            result = await client.sale.propertyvariant.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePropertyvariant]",
            self._backend._invoke_page(
                _SALE_PROPERTYVARIANT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePropertyvariantUpdateFields
    ) -> SalePropertyvariantUpdateResult:
        """Change the name, code or position of a choice of a list-type order property.

        REST method: ``sale.propertyvariant.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-update.html

        Args:
            id: ID of the property variant.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePropertyvariantUpdateResult

        Example:
            result = client.sale.propertyvariant.update(id=1, fields={"name": "Anna", "value": "example"})
            result = await client.sale.propertyvariant.update(id=1, fields={"name": "Anna", "value": "example"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantUpdateResult",
            self._backend._invoke(
                _SALE_PROPERTYVARIANT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSalePropertyvariant(Namespace):
    """Methods under ``sale.propertyvariant`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SalePropertyvariantAddFields
    ) -> SalePropertyvariantAddResult:
        """Add a choice to a list-type ("ENUM") order property.

        REST method: ``sale.propertyvariant.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-add.html

        Args:
            fields: Values of the new property variant, keyed by field name.

        Returns:
            SalePropertyvariantAddResult

        Example:
            result = client.sale.propertyvariant.add(fields={"orderPropsId": 1, "name": "Anna", "value": "example"})
            result = await client.sale.propertyvariant.add(fields={"orderPropsId": 1, "name": "Anna", "value": "example"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantAddResult",
            await self._backend._invoke(_SALE_PROPERTYVARIANT_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a choice from a list-type order property.

        REST method: ``sale.propertyvariant.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-delete.html

        Args:
            id: ID of the property variant.

        Returns:
            bool

        Example:
            result = client.sale.propertyvariant.delete(id=1)
            result = await client.sale.propertyvariant.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_PROPERTYVARIANT_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SalePropertyvariantGetResult:
        """Read one choice of a list-type order property.

        REST method: ``sale.propertyvariant.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get.html

        Args:
            id: ID of the property variant.

        Returns:
            SalePropertyvariantGetResult

        Example:
            result = client.sale.propertyvariant.get(id=1)
            result = await client.sale.propertyvariant.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantGetResult",
            await self._backend._invoke(_SALE_PROPERTYVARIANT_GET, {"id": id}),
        )

    async def get_fields(self) -> SalePropertyvariantGetFieldsResult:
        """Describe the fields of choices of list-type order properties.

        REST method: ``sale.propertyvariant.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get-fields.html

        Returns:
            SalePropertyvariantGetFieldsResult

        Example:
            result = client.sale.propertyvariant.get_fields()
            result = await client.sale.propertyvariant.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantGetFieldsResult",
            await self._backend._invoke(_SALE_PROPERTYVARIANT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePropertyvariant]:
        """List the choices of list-type order properties.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertyvariant.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

        Returns:
            AsyncPage[SalePropertyvariant]

        Example:
            result = client.sale.propertyvariant.list()
            result = await client.sale.propertyvariant.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePropertyvariant]",
            await self._backend._invoke_page(
                _SALE_PROPERTYVARIANT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePropertyvariantUpdateFields
    ) -> SalePropertyvariantUpdateResult:
        """Change the name, code or position of a choice of a list-type order property.

        REST method: ``sale.propertyvariant.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-update.html

        Args:
            id: ID of the property variant.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePropertyvariantUpdateResult

        Example:
            result = client.sale.propertyvariant.update(id=1, fields={"name": "Anna", "value": "example"})
            result = await client.sale.propertyvariant.update(id=1, fields={"name": "Anna", "value": "example"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvariantUpdateResult",
            await self._backend._invoke(
                _SALE_PROPERTYVARIANT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSalePropertyvariant(Namespace):
    """Methods under ``sale.propertyvariant`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePropertyvariantAddFields | Ref
    ) -> BatchCommand[SalePropertyvariantAddResult]:
        """Add a choice to a list-type ("ENUM") order property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvariant.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-add.html

        Args:
            fields: Values of the new property variant, keyed by field name.

        Returns:
            BatchCommand[SalePropertyvariantAddResult]

        Example:
            command = batch.sale.propertyvariant.add(fields={"orderPropsId": 1, "name": "Anna", "value": "example"})
        """
        return cast(
            "BatchCommand[SalePropertyvariantAddResult]",
            self._backend._invoke(_SALE_PROPERTYVARIANT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a choice from a list-type order property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvariant.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-delete.html

        Args:
            id: ID of the property variant.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.propertyvariant.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PROPERTYVARIANT_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePropertyvariantGetResult]:
        """Read one choice of a list-type order property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvariant.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get.html

        Args:
            id: ID of the property variant.

        Returns:
            BatchCommand[SalePropertyvariantGetResult]

        Example:
            command = batch.sale.propertyvariant.get(id=1)
        """
        return cast(
            "BatchCommand[SalePropertyvariantGetResult]",
            self._backend._invoke(_SALE_PROPERTYVARIANT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SalePropertyvariantGetFieldsResult]:
        """Describe the fields of choices of list-type order properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvariant.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-get-fields.html

        Returns:
            BatchCommand[SalePropertyvariantGetFieldsResult]

        Example:
            command = batch.sale.propertyvariant.get_fields()
        """
        return cast(
            "BatchCommand[SalePropertyvariantGetFieldsResult]",
            self._backend._invoke(_SALE_PROPERTYVARIANT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePropertyvariant]]:
        """List the choices of list-type order properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvariant.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[SalePropertyvariant]]

        Example:
            command = batch.sale.propertyvariant.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePropertyvariant]]",
            self._backend._invoke_page(
                _SALE_PROPERTYVARIANT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePropertyvariantUpdateFields | Ref
    ) -> BatchCommand[SalePropertyvariantUpdateResult]:
        """Change the name, code or position of a choice of a list-type order property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvariant.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-variant/sale-property-variant-update.html

        Args:
            id: ID of the property variant.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SalePropertyvariantUpdateResult]

        Example:
            command = batch.sale.propertyvariant.update(id=1, fields={"name": "Anna", "value": "example"})
        """
        return cast(
            "BatchCommand[SalePropertyvariantUpdateResult]",
            self._backend._invoke(
                _SALE_PROPERTYVARIANT_UPDATE, {"id": id, "fields": fields}
            ),
        )
