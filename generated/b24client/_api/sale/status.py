"""Methods under ``sale.status``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleStatus as _SaleStatus,
        SaleStatusAddFields,
        SaleStatusAddResult,
        SaleStatusGetFieldsResult,
        SaleStatusGetResult,
        SaleStatusUpdateFields,
        SaleStatusUpdateResult,
    )

_SALE_STATUS_ADD = MethodInfo(
    name="sale.status.add", idempotent=False, returns="any", api=1
)
_SALE_STATUS_DELETE = MethodInfo(
    name="sale.status.delete", idempotent=False, returns="boolean", api=1
)
_SALE_STATUS_GET = MethodInfo(
    name="sale.status.get", idempotent=True, returns="any", api=1
)
_SALE_STATUS_GET_FIELDS = MethodInfo(
    name="sale.status.getFields", idempotent=True, returns="any", api=1
)
_SALE_STATUS_LIST = MethodInfo(
    name="sale.status.list", idempotent=True, returns="any", api=1
)
_SALE_STATUS_UPDATE = MethodInfo(
    name="sale.status.update", idempotent=False, returns="any", api=1
)


class SaleStatus(Namespace):
    """Methods under ``sale.status``."""

    __slots__ = ()

    def add(self, *, fields: SaleStatusAddFields) -> SaleStatusAddResult:
        """Create an order or delivery status for the store workflow.

        REST method: ``sale.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-add.html

        Args:
            fields: Values of the new status, keyed by field name.

        Returns:
            SaleStatusAddResult

        Example:
            result = client.sale.status.add(fields={"id": "1", "type": "example"})
            result = await client.sale.status.add(fields={"id": "1", "type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleStatusAddResult",
            self._backend._invoke(_SALE_STATUS_ADD, {"fields": fields}),
        )

    def delete(self, *, id: str) -> bool:
        """Remove an order or delivery status.

        REST method: ``sale.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-delete.html

        Args:
            id: ID of the status.

        Returns:
            bool

        Example:
            result = client.sale.status.delete(id="1")
            result = await client.sale.status.delete(id="1")  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_STATUS_DELETE, {"id": id}))

    def get(self, *, id: str) -> SaleStatusGetResult:
        """Read one order or delivery status with its type, colour and notice flag.

        REST method: ``sale.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get.html

        Args:
            id: ID of the status.

        Returns:
            SaleStatusGetResult

        Example:
            result = client.sale.status.get(id="1")
            result = await client.sale.status.get(id="1")  # AsyncBitrix24
        """
        return cast(
            "SaleStatusGetResult", self._backend._invoke(_SALE_STATUS_GET, {"id": id})
        )

    def get_fields(self) -> SaleStatusGetFieldsResult:
        """Describe the fields of order and delivery statuses.

        REST method: ``sale.status.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get-fields.html

        Returns:
            SaleStatusGetFieldsResult

        Example:
            result = client.sale.status.get_fields()
            result = await client.sale.status.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleStatusGetFieldsResult",
            self._backend._invoke(_SALE_STATUS_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleStatus]:
        """List order and delivery statuses matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleStatus]

        Example:
            result = client.sale.status.list()
            result = await client.sale.status.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleStatus]",
            self._backend._invoke_page(
                _SALE_STATUS_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: str, fields: SaleStatusUpdateFields
    ) -> SaleStatusUpdateResult:
        """Change the type, colour, position or notice flag of a status.

        REST method: ``sale.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-update.html

        Args:
            id: ID of the status.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleStatusUpdateResult

        Example:
            result = client.sale.status.update(id="1", fields={"type": "example"})
            result = await client.sale.status.update(id="1", fields={"type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleStatusUpdateResult",
            self._backend._invoke(_SALE_STATUS_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncSaleStatus(Namespace):
    """Methods under ``sale.status`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SaleStatusAddFields) -> SaleStatusAddResult:
        """Create an order or delivery status for the store workflow.

        REST method: ``sale.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-add.html

        Args:
            fields: Values of the new status, keyed by field name.

        Returns:
            SaleStatusAddResult

        Example:
            result = client.sale.status.add(fields={"id": "1", "type": "example"})
            result = await client.sale.status.add(fields={"id": "1", "type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleStatusAddResult",
            await self._backend._invoke(_SALE_STATUS_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: str) -> bool:
        """Remove an order or delivery status.

        REST method: ``sale.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-delete.html

        Args:
            id: ID of the status.

        Returns:
            bool

        Example:
            result = client.sale.status.delete(id="1")
            result = await client.sale.status.delete(id="1")  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_SALE_STATUS_DELETE, {"id": id}))

    async def get(self, *, id: str) -> SaleStatusGetResult:
        """Read one order or delivery status with its type, colour and notice flag.

        REST method: ``sale.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get.html

        Args:
            id: ID of the status.

        Returns:
            SaleStatusGetResult

        Example:
            result = client.sale.status.get(id="1")
            result = await client.sale.status.get(id="1")  # AsyncBitrix24
        """
        return cast(
            "SaleStatusGetResult",
            await self._backend._invoke(_SALE_STATUS_GET, {"id": id}),
        )

    async def get_fields(self) -> SaleStatusGetFieldsResult:
        """Describe the fields of order and delivery statuses.

        REST method: ``sale.status.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get-fields.html

        Returns:
            SaleStatusGetFieldsResult

        Example:
            result = client.sale.status.get_fields()
            result = await client.sale.status.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleStatusGetFieldsResult",
            await self._backend._invoke(_SALE_STATUS_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleStatus]:
        """List order and delivery statuses matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleStatus]

        Example:
            result = client.sale.status.list()
            result = await client.sale.status.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleStatus]",
            await self._backend._invoke_page(
                _SALE_STATUS_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: str, fields: SaleStatusUpdateFields
    ) -> SaleStatusUpdateResult:
        """Change the type, colour, position or notice flag of a status.

        REST method: ``sale.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-update.html

        Args:
            id: ID of the status.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleStatusUpdateResult

        Example:
            result = client.sale.status.update(id="1", fields={"type": "example"})
            result = await client.sale.status.update(id="1", fields={"type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleStatusUpdateResult",
            await self._backend._invoke(
                _SALE_STATUS_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleStatus(Namespace):
    """Methods under ``sale.status`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleStatusAddFields | Ref
    ) -> BatchCommand[SaleStatusAddResult]:
        """Create an order or delivery status for the store workflow.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-add.html

        Args:
            fields: Values of the new status, keyed by field name.

        Returns:
            BatchCommand[SaleStatusAddResult]

        Example:
            command = batch.sale.status.add(fields={"id": "1", "type": "example"})
        """
        return cast(
            "BatchCommand[SaleStatusAddResult]",
            self._backend._invoke(_SALE_STATUS_ADD, {"fields": fields}),
        )

    def delete(self, *, id: str | Ref) -> BatchCommand[bool]:
        """Remove an order or delivery status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-delete.html

        Args:
            id: ID of the status.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.status.delete(id="1")
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_SALE_STATUS_DELETE, {"id": id})
        )

    def get(self, *, id: str | Ref) -> BatchCommand[SaleStatusGetResult]:
        """Read one order or delivery status with its type, colour and notice flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get.html

        Args:
            id: ID of the status.

        Returns:
            BatchCommand[SaleStatusGetResult]

        Example:
            command = batch.sale.status.get(id="1")
        """
        return cast(
            "BatchCommand[SaleStatusGetResult]",
            self._backend._invoke(_SALE_STATUS_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SaleStatusGetFieldsResult]:
        """Describe the fields of order and delivery statuses.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.status.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-get-fields.html

        Returns:
            BatchCommand[SaleStatusGetFieldsResult]

        Example:
            command = batch.sale.status.get_fields()
        """
        return cast(
            "BatchCommand[SaleStatusGetFieldsResult]",
            self._backend._invoke(_SALE_STATUS_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleStatus]]:
        """List order and delivery statuses matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleStatus]]

        Example:
            command = batch.sale.status.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleStatus]]",
            self._backend._invoke_page(
                _SALE_STATUS_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: str | Ref, fields: SaleStatusUpdateFields | Ref
    ) -> BatchCommand[SaleStatusUpdateResult]:
        """Change the type, colour, position or notice flag of a status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status/sale-status-update.html

        Args:
            id: ID of the status.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleStatusUpdateResult]

        Example:
            command = batch.sale.status.update(id="1", fields={"type": "example"})
        """
        return cast(
            "BatchCommand[SaleStatusUpdateResult]",
            self._backend._invoke(_SALE_STATUS_UPDATE, {"id": id, "fields": fields}),
        )
