"""Methods under ``catalog.priceTypeGroup``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.catalog import (
        CatalogPriceTypeGroup as _CatalogPriceTypeGroup,
        CatalogPriceTypeGroupAddFields,
        CatalogPriceTypeGroupAddResult,
        CatalogPriceTypeGroupGetFieldsResult,
    )

_CATALOG_PRICE_TYPE_GROUP_ADD = MethodInfo(
    name="catalog.priceTypeGroup.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRICE_TYPE_GROUP_DELETE = MethodInfo(
    name="catalog.priceTypeGroup.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRICE_TYPE_GROUP_GET_FIELDS = MethodInfo(
    name="catalog.priceTypeGroup.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_GROUP_LIST = MethodInfo(
    name="catalog.priceTypeGroup.list", idempotent=True, returns="any", api=1
)


class CatalogPriceTypeGroup(Namespace):
    """Methods under ``catalog.priceTypeGroup``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogPriceTypeGroupAddFields
    ) -> CatalogPriceTypeGroupAddResult:
        """Let a customer group see or buy at a given price type.

        REST method: ``catalog.priceTypeGroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-add.html

        Args:
            fields: Values of the new price type access rule, keyed by field name.

        Returns:
            CatalogPriceTypeGroupAddResult

        Example:
            result = client.catalog.price_type_group.add(fields={"catalogGroupId": 1, "groupId": 1, "access": "Y"})
            result = await client.catalog.price_type_group.add(fields={"catalogGroupId": 1, "groupId": 1, "access": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGroupAddResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Take away a customer group access to a price type.

        REST method: ``catalog.priceTypeGroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-delete.html

        Args:
            id: ID of the price type access rule.

        Returns:
            bool

        Example:
            result = client.catalog.price_type_group.delete(id=1)
            result = await client.catalog.price_type_group.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_DELETE, {"id": id})
        )

    def get_fields(self) -> CatalogPriceTypeGroupGetFieldsResult:
        """Describe the fields of price type access rules for customer groups.

        REST method: ``catalog.priceTypeGroup.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-get-fields.html

        Returns:
            CatalogPriceTypeGroupGetFieldsResult

        Example:
            result = client.catalog.price_type_group.get_fields()
            result = await client.catalog.price_type_group.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGroupGetFieldsResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogPriceTypeGroup]:
        """List which customer groups may see or buy at which price types.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceTypeGroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogPriceTypeGroup]

        Example:
            result = client.catalog.price_type_group.list()
            result = await client.catalog.price_type_group.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogPriceTypeGroup]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_GROUP_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCatalogPriceTypeGroup(Namespace):
    """Methods under ``catalog.priceTypeGroup`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogPriceTypeGroupAddFields
    ) -> CatalogPriceTypeGroupAddResult:
        """Let a customer group see or buy at a given price type.

        REST method: ``catalog.priceTypeGroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-add.html

        Args:
            fields: Values of the new price type access rule, keyed by field name.

        Returns:
            CatalogPriceTypeGroupAddResult

        Example:
            result = client.catalog.price_type_group.add(fields={"catalogGroupId": 1, "groupId": 1, "access": "Y"})
            result = await client.catalog.price_type_group.add(fields={"catalogGroupId": 1, "groupId": 1, "access": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGroupAddResult",
            await self._backend._invoke(
                _CATALOG_PRICE_TYPE_GROUP_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Take away a customer group access to a price type.

        REST method: ``catalog.priceTypeGroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-delete.html

        Args:
            id: ID of the price type access rule.

        Returns:
            bool

        Example:
            result = client.catalog.price_type_group.delete(id=1)
            result = await client.catalog.price_type_group.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_DELETE, {"id": id}),
        )

    async def get_fields(self) -> CatalogPriceTypeGroupGetFieldsResult:
        """Describe the fields of price type access rules for customer groups.

        REST method: ``catalog.priceTypeGroup.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-get-fields.html

        Returns:
            CatalogPriceTypeGroupGetFieldsResult

        Example:
            result = client.catalog.price_type_group.get_fields()
            result = await client.catalog.price_type_group.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGroupGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogPriceTypeGroup]:
        """List which customer groups may see or buy at which price types.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceTypeGroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogPriceTypeGroup]

        Example:
            result = client.catalog.price_type_group.list()
            result = await client.catalog.price_type_group.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogPriceTypeGroup]",
            await self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_GROUP_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCatalogPriceTypeGroup(Namespace):
    """Methods under ``catalog.priceTypeGroup`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogPriceTypeGroupAddFields | Ref
    ) -> BatchCommand[CatalogPriceTypeGroupAddResult]:
        """Let a customer group see or buy at a given price type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeGroup.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-add.html

        Args:
            fields: Values of the new price type access rule, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceTypeGroupAddResult]

        Example:
            command = batch.catalog.price_type_group.add(fields={"catalogGroupId": 1, "groupId": 1, "access": "Y"})
        """
        return cast(
            "BatchCommand[CatalogPriceTypeGroupAddResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Take away a customer group access to a price type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeGroup.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-delete.html

        Args:
            id: ID of the price type access rule.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.price_type_group.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_DELETE, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogPriceTypeGroupGetFieldsResult]:
        """Describe the fields of price type access rules for customer groups.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeGroup.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-get-fields.html

        Returns:
            BatchCommand[CatalogPriceTypeGroupGetFieldsResult]

        Example:
            command = batch.catalog.price_type_group.get_fields()
        """
        return cast(
            "BatchCommand[CatalogPriceTypeGroupGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GROUP_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogPriceTypeGroup]]:
        """List which customer groups may see or buy at which price types.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeGroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-group/catalog-price-type-group-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogPriceTypeGroup]]

        Example:
            command = batch.catalog.price_type_group.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogPriceTypeGroup]]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_GROUP_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
