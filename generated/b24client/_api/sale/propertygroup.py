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
        """Create a group that gathers order properties on the checkout form.

        REST method: ``sale.propertygroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-add.html

        Args:
            fields: Values of the new property group, keyed by field name.

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
        """Remove a group of order properties.

        REST method: ``sale.propertygroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-delete.html

        Args:
            id: ID of the property group.

        Returns:
            bool

        Example:
            result = client.sale.propertygroup.delete(id=1)
            result = await client.sale.propertygroup.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PROPERTYGROUP_DELETE, {"id": id}))

    def get(self, *, id: int) -> SalePropertygroupGetResult:
        """Read one order property group with its payer type and position.

        REST method: ``sale.propertygroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html

        Args:
            id: ID of the property group.

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
        """Describe the fields of order property groups.

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
        """List order property groups matching a filter.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertygroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

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
        """Rename or reorder a group of order properties.

        REST method: ``sale.propertygroup.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-update.html

        Args:
            id: ID of the property group.
            fields: Fields to change, keyed by field name.

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
        """Create a group that gathers order properties on the checkout form.

        REST method: ``sale.propertygroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-add.html

        Args:
            fields: Values of the new property group, keyed by field name.

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
        """Remove a group of order properties.

        REST method: ``sale.propertygroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-delete.html

        Args:
            id: ID of the property group.

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
        """Read one order property group with its payer type and position.

        REST method: ``sale.propertygroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html

        Args:
            id: ID of the property group.

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
        """Describe the fields of order property groups.

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
        """List order property groups matching a filter.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertygroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

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
        """Rename or reorder a group of order properties.

        REST method: ``sale.propertygroup.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-update.html

        Args:
            id: ID of the property group.
            fields: Fields to change, keyed by field name.

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
        """Create a group that gathers order properties on the checkout form.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-add.html

        Args:
            fields: Values of the new property group, keyed by field name.

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
        """Remove a group of order properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-delete.html

        Args:
            id: ID of the property group.

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
        """Read one order property group with its payer type and position.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-get.html

        Args:
            id: ID of the property group.

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
        """Describe the fields of order property groups.

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
        """List order property groups matching a filter.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

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
        """Rename or reorder a group of order properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertygroup.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-group/sale-property-group-update.html

        Args:
            id: ID of the property group.
            fields: Fields to change, keyed by field name.

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
