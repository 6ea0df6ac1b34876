"""Methods under ``sale.persontype``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePersontype as _SalePersontype,
        SalePersontypeAddFields,
        SalePersontypeAddResult,
        SalePersontypeGetFieldsResult,
        SalePersontypeGetResult,
        SalePersontypeUpdateFields,
        SalePersontypeUpdateResult,
    )

_SALE_PERSONTYPE_ADD = MethodInfo(
    name="sale.persontype.add", idempotent=False, returns="any", api=1
)
_SALE_PERSONTYPE_DELETE = MethodInfo(
    name="sale.persontype.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PERSONTYPE_GET = MethodInfo(
    name="sale.persontype.get", idempotent=True, returns="any", api=1
)
_SALE_PERSONTYPE_GET_FIELDS = MethodInfo(
    name="sale.persontype.getFields", idempotent=True, returns="any", api=1
)
_SALE_PERSONTYPE_LIST = MethodInfo(
    name="sale.persontype.list", idempotent=True, returns="any", api=1
)
_SALE_PERSONTYPE_UPDATE = MethodInfo(
    name="sale.persontype.update", idempotent=False, returns="any", api=1
)


class SalePersontype(Namespace):
    """Methods under ``sale.persontype``."""

    __slots__ = ()

    def add(self, *, fields: SalePersontypeAddFields) -> SalePersontypeAddResult:
        """Create a payer type, such as individual or company, for store orders.

        REST method: ``sale.persontype.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-add.html

        Args:
            fields: Values of the new payer type, keyed by field name.

        Returns:
            SalePersontypeAddResult

        Example:
            result = client.sale.persontype.add(fields={"name": "Anna"})
            result = await client.sale.persontype.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeAddResult",
            self._backend._invoke(_SALE_PERSONTYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a payer type from the store.

        REST method: ``sale.persontype.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-delete.html

        Args:
            id: ID of the payer type.

        Returns:
            bool

        Example:
            result = client.sale.persontype.delete(id=1)
            result = await client.sale.persontype.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PERSONTYPE_DELETE, {"id": id}))

    def get(self, *, id: int) -> SalePersontypeGetResult:
        """Read one payer type with its name, code and activity.

        REST method: ``sale.persontype.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get.html

        Args:
            id: ID of the payer type.

        Returns:
            SalePersontypeGetResult

        Example:
            result = client.sale.persontype.get(id=1)
            result = await client.sale.persontype.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeGetResult",
            self._backend._invoke(_SALE_PERSONTYPE_GET, {"id": id}),
        )

    def get_fields(self) -> SalePersontypeGetFieldsResult:
        """Describe the payer type fields: type, required and read-only flags.

        REST method: ``sale.persontype.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get-fields.html

        Returns:
            SalePersontypeGetFieldsResult

        Example:
            result = client.sale.persontype.get_fields()
            result = await client.sale.persontype.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeGetFieldsResult",
            self._backend._invoke(_SALE_PERSONTYPE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePersontype]:
        """List the payer types of the store matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.persontype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SalePersontype]

        Example:
            result = client.sale.persontype.list()
            result = await client.sale.persontype.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePersontype]",
            self._backend._invoke_page(
                _SALE_PERSONTYPE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePersontypeUpdateFields
    ) -> SalePersontypeUpdateResult:
        """Change the name, code, sort position or activity of a payer type.

        REST method: ``sale.persontype.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-update.html

        Args:
            id: ID of the payer type.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePersontypeUpdateResult

        Example:
            result = client.sale.persontype.update(id=1, fields={"name": "Anna"})
            result = await client.sale.persontype.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeUpdateResult",
            self._backend._invoke(
                _SALE_PERSONTYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSalePersontype(Namespace):
    """Methods under ``sale.persontype`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SalePersontypeAddFields) -> SalePersontypeAddResult:
        """Create a payer type, such as individual or company, for store orders.

        REST method: ``sale.persontype.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-add.html

        Args:
            fields: Values of the new payer type, keyed by field name.

        Returns:
            SalePersontypeAddResult

        Example:
            result = client.sale.persontype.add(fields={"name": "Anna"})
            result = await client.sale.persontype.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeAddResult",
            await self._backend._invoke(_SALE_PERSONTYPE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a payer type from the store.

        REST method: ``sale.persontype.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-delete.html

        Args:
            id: ID of the payer type.

        Returns:
            bool

        Example:
            result = client.sale.persontype.delete(id=1)
            result = await client.sale.persontype.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_PERSONTYPE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SalePersontypeGetResult:
        """Read one payer type with its name, code and activity.

        REST method: ``sale.persontype.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get.html

        Args:
            id: ID of the payer type.

        Returns:
            SalePersontypeGetResult

        Example:
            result = client.sale.persontype.get(id=1)
            result = await client.sale.persontype.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeGetResult",
            await self._backend._invoke(_SALE_PERSONTYPE_GET, {"id": id}),
        )

    async def get_fields(self) -> SalePersontypeGetFieldsResult:
        """Describe the payer type fields: type, required and read-only flags.

        REST method: ``sale.persontype.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get-fields.html

        Returns:
            SalePersontypeGetFieldsResult

        Example:
            result = client.sale.persontype.get_fields()
            result = await client.sale.persontype.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeGetFieldsResult",
            await self._backend._invoke(_SALE_PERSONTYPE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePersontype]:
        """List the payer types of the store matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.persontype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SalePersontype]

        Example:
            result = client.sale.persontype.list()
            result = await client.sale.persontype.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePersontype]",
            await self._backend._invoke_page(
                _SALE_PERSONTYPE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePersontypeUpdateFields
    ) -> SalePersontypeUpdateResult:
        """Change the name, code, sort position or activity of a payer type.

        REST method: ``sale.persontype.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-update.html

        Args:
            id: ID of the payer type.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePersontypeUpdateResult

        Example:
            result = client.sale.persontype.update(id=1, fields={"name": "Anna"})
            result = await client.sale.persontype.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePersontypeUpdateResult",
            await self._backend._invoke(
                _SALE_PERSONTYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSalePersontype(Namespace):
    """Methods under ``sale.persontype`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePersontypeAddFields | Ref
    ) -> BatchCommand[SalePersontypeAddResult]:
        """Create a payer type, such as individual or company, for store orders.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.persontype.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-add.html

        Args:
            fields: Values of the new payer type, keyed by field name.

        Returns:
            BatchCommand[SalePersontypeAddResult]

        Example:
            command = batch.sale.persontype.add(fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[SalePersontypeAddResult]",
            self._backend._invoke(_SALE_PERSONTYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a payer type from the store.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.persontype.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-delete.html

        Args:
            id: ID of the payer type.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.persontype.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PERSONTYPE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePersontypeGetResult]:
        """Read one payer type with its name, code and activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.persontype.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get.html

        Args:
            id: ID of the payer type.

        Returns:
            BatchCommand[SalePersontypeGetResult]

        Example:
            command = batch.sale.persontype.get(id=1)
        """
        return cast(
            "BatchCommand[SalePersontypeGetResult]",
            self._backend._invoke(_SALE_PERSONTYPE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SalePersontypeGetFieldsResult]:
        """Describe the payer type fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.persontype.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-get-fields.html

        Returns:
            BatchCommand[SalePersontypeGetFieldsResult]

        Example:
            command = batch.sale.persontype.get_fields()
        """
        return cast(
            "BatchCommand[SalePersontypeGetFieldsResult]",
            self._backend._invoke(_SALE_PERSONTYPE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePersontype]]:
        """List the payer types of the store matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.persontype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SalePersontype]]

        Example:
            command = batch.sale.persontype.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePersontype]]",
            self._backend._invoke_page(
                _SALE_PERSONTYPE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePersontypeUpdateFields | Ref
    ) -> BatchCommand[SalePersontypeUpdateResult]:
        """Change the name, code, sort position or activity of a payer type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.persontype.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/person-type/sale-person-type-update.html

        Args:
            id: ID of the payer type.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SalePersontypeUpdateResult]

        Example:
            command = batch.sale.persontype.update(id=1, fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[SalePersontypeUpdateResult]",
            self._backend._invoke(
                _SALE_PERSONTYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )
