"""Methods under ``sale.propertygroup``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePropertygroup as _SalePropertygroup,
        SalePropertygroupAddFields,
        SalePropertygroupAddResult,
        SalePropertygroupGetFieldsResult,
        SalePropertygroupGetResult,
        SalePropertygroupUpdateFields,
        SalePropertygroupUpdateResult,
    )

_SALE_PROPERTYGROUP_ADD = MethodInfo(
    name="sale.propertygroup.add", idempotent=False, returns="any", api=1
)
_SALE_PROPERTYGROUP_DELETE = MethodInfo(
    name="sale.propertygroup.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PROPERTYGROUP_GET = MethodInfo(
    name="sale.propertygroup.get", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYGROUP_GET_FIELDS = MethodInfo(
    name="sale.propertygroup.getFields", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYGROUP_LIST = MethodInfo(
    name="sale.propertygroup.list", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYGROUP_UPDATE = MethodInfo(
    name="sale.propertygroup.update", idempotent=False, returns="any", api=1
)


class SalePropertygroup(Namespace):
    """Methods under ``sale.propertygroup``."""

    __slots__ = ()

    def add(self, *, fields: SalePropertygroupAddFields) -> SalePropertygroupAddResult:
        """Add sale propertygroup.

        REST method: ``sale.propertygroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-add.html

        Returns:
            SalePropertygroupAddResult

        Example:
            result = client.sale.propertygroup.add(fields={"personTypeId": 1, "name": "Anna"})
            result = await client.sale.propertygroup.add(fields={"personTypeId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupAddResult",
            self._backend._invoke(_SALE_PROPERTYGROUP_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete sale propertygroup.

        REST method: ``sale.propertygroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-delete.html

        Returns:
            bool

        Example:
            result = client.sale.propertygroup.delete(id=1)
            result = await client.sale.propertygroup.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PROPERTYGROUP_DELETE, {"id": id}))

    def get(self, *, id: int) -> SalePropertygroupGetResult:
        """Get sale propertygroup.

        REST method: ``sale.propertygroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html

        Returns:
            SalePropertygroupGetResult

        Example:
            result = client.sale.propertygroup.get(id=1)
            result = await client.sale.propertygroup.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupGetResult",
            self._backend._invoke(_SALE_PROPERTYGROUP_GET, {"id": id}),
        )

    def get_fields(self) -> SalePropertygroupGetFieldsResult:
        """Describe the fields of sale propertygroup.

        REST method: ``sale.propertygroup.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get-fields.html

        Returns:
            SalePropertygroupGetFieldsResult

        Example:
            result = client.sale.propertygroup.get_fields()
            result = await client.sale.propertygroup.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupGetFieldsResult",
            self._backend._invoke(_SALE_PROPERTYGROUP_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePropertygroup]:
        """List sale propertygroup entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertygroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-list.html

        Returns:
            Page[SalePropertygroup]

        Example:
            result = client.sale.propertygroup.list()
            result = await client.sale.propertygroup.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePropertygroup]",
            self._backend._invoke_page(
                _SALE_PROPERTYGROUP_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePropertygroupUpdateFields
    ) -> SalePropertygroupUpdateResult:
        """Update sale propertygroup.

        REST method: ``sale.propertygroup.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-update.html

        Returns:
            SalePropertygroupUpdateResult

        Example:
            result = client.sale.propertygroup.update(id=1, fields={"personTypeId": 1, "name": "Anna"})
            result = await client.sale.propertygroup.update(id=1, fields={"personTypeId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupUpdateResult",
            self._backend._invoke(
                _SALE_PROPERTYGROUP_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSalePropertygroup(Namespace):
    """Methods under ``sale.propertygroup`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SalePropertygroupAddFields
    ) -> SalePropertygroupAddResult:
        """Add sale propertygroup.

        REST method: ``sale.propertygroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-add.html

        Returns:
            SalePropertygroupAddResult

        Example:
            result = client.sale.propertygroup.add(fields={"personTypeId": 1, "name": "Anna"})
            result = await client.sale.propertygroup.add(fields={"personTypeId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupAddResult",
            await self._backend._invoke(_SALE_PROPERTYGROUP_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete sale propertygroup.

        REST method: ``sale.propertygroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-delete.html

        Returns:
            bool

        Example:
            result = client.sale.propertygroup.delete(id=1)
            result = await client.sale.propertygroup.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_PROPERTYGROUP_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SalePropertygroupGetResult:
        """Get sale propertygroup.

        REST method: ``sale.propertygroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html

        Returns:
            SalePropertygroupGetResult

        Example:
            result = client.sale.propertygroup.get(id=1)
            result = await client.sale.propertygroup.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupGetResult",
            await self._backend._invoke(_SALE_PROPERTYGROUP_GET, {"id": id}),
        )

    async def get_fields(self) -> SalePropertygroupGetFieldsResult:
        """Describe the fields of sale propertygroup.

        REST method: ``sale.propertygroup.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get-fields.html

        Returns:
            SalePropertygroupGetFieldsResult

        Example:
            result = client.sale.propertygroup.get_fields()
            result = await client.sale.propertygroup.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupGetFieldsResult",
            await self._backend._invoke(_SALE_PROPERTYGROUP_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePropertygroup]:
        """List sale propertygroup entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertygroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-list.html

        Returns:
            AsyncPage[SalePropertygroup]

        Example:
            result = client.sale.propertygroup.list()
            result = await client.sale.propertygroup.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePropertygroup]",
            await self._backend._invoke_page(
                _SALE_PROPERTYGROUP_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePropertygroupUpdateFields
    ) -> SalePropertygroupUpdateResult:
        """Update sale propertygroup.

        REST method: ``sale.propertygroup.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-update.html

        Returns:
            SalePropertygroupUpdateResult

        Example:
            result = client.sale.propertygroup.update(id=1, fields={"personTypeId": 1, "name": "Anna"})
            result = await client.sale.propertygroup.update(id=1, fields={"personTypeId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SalePropertygroupUpdateResult",
            await self._backend._invoke(
                _SALE_PROPERTYGROUP_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSalePropertygroup(Namespace):
    """Methods under ``sale.propertygroup`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePropertygroupAddFields | Ref
    ) -> BatchCommand[SalePropertygroupAddResult]:
        """Add sale propertygroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-add.html

        Returns:
            BatchCommand[SalePropertygroupAddResult]

        Example:
            command = batch.sale.propertygroup.add(fields={"personTypeId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[SalePropertygroupAddResult]",
            self._backend._invoke(_SALE_PROPERTYGROUP_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete sale propertygroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-delete.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.propertygroup.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PROPERTYGROUP_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePropertygroupGetResult]:
        """Get sale propertygroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html

        Returns:
            BatchCommand[SalePropertygroupGetResult]

        Example:
            command = batch.sale.propertygroup.get(id=1)
        """
        return cast(
            "BatchCommand[SalePropertygroupGetResult]",
            self._backend._invoke(_SALE_PROPERTYGROUP_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SalePropertygroupGetFieldsResult]:
        """Describe the fields of sale propertygroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get-fields.html

        Returns:
            BatchCommand[SalePropertygroupGetFieldsResult]

        Example:
            command = batch.sale.propertygroup.get_fields()
        """
        return cast(
            "BatchCommand[SalePropertygroupGetFieldsResult]",
            self._backend._invoke(_SALE_PROPERTYGROUP_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePropertygroup]]:
        """List sale propertygroup entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-list.html

        Returns:
            BatchCommand[list[SalePropertygroup]]

        Example:
            command = batch.sale.propertygroup.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePropertygroup]]",
            self._backend._invoke_page(
                _SALE_PROPERTYGROUP_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePropertygroupUpdateFields | Ref
    ) -> BatchCommand[SalePropertygroupUpdateResult]:
        """Update sale propertygroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-update.html

        Returns:
            BatchCommand[SalePropertygroupUpdateResult]

        Example:
            command = batch.sale.propertygroup.update(id=1, fields={"personTypeId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[SalePropertygroupUpdateResult]",
            self._backend._invoke(
                _SALE_PROPERTYGROUP_UPDATE, {"id": id, "fields": fields}
            ),
        )
