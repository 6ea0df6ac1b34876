"""Methods under ``catalog.priceType``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogPriceType as _CatalogPriceType,
        CatalogPriceTypeAddFields,
        CatalogPriceTypeAddResult,
        CatalogPriceTypeGetFieldsResult,
        CatalogPriceTypeGetResult,
        CatalogPriceTypeUpdateFields,
        CatalogPriceTypeUpdateResult,
    )

_CATALOG_PRICE_TYPE_ADD = MethodInfo(
    name="catalog.priceType.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRICE_TYPE_DELETE = MethodInfo(
    name="catalog.priceType.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRICE_TYPE_GET = MethodInfo(
    name="catalog.priceType.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_GET_FIELDS = MethodInfo(
    name="catalog.priceType.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_LIST = MethodInfo(
    name="catalog.priceType.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_UPDATE = MethodInfo(
    name="catalog.priceType.update", idempotent=False, returns="any", api=1
)


class CatalogPriceType(Namespace):
    """Methods under ``catalog.priceType``."""

    __slots__ = ()

    def add(self, *, fields: CatalogPriceTypeAddFields) -> CatalogPriceTypeAddResult:
        """Create a price type, such as retail or wholesale, for product prices.

        REST method: ``catalog.priceType.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-add.html

        Args:
            fields: Values of the new price type, keyed by field name.

        Returns:
            CatalogPriceTypeAddResult

        Example:
            result = client.catalog.price_type.add(fields={"name": "Anna"})
            result = await client.catalog.price_type.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeAddResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a price type; the base price type cannot be removed.

        REST method: ``catalog.priceType.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-delete.html

        Args:
            id: ID of the price type.

        Returns:
            bool

        Example:
            result = client.catalog.price_type.delete(id=1)
            result = await client.catalog.price_type.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_PRICE_TYPE_DELETE, {"id": id}))

    def get(self, *, id: int) -> CatalogPriceTypeGetResult:
        """Read one price type with its code, base flag and position.

        REST method: ``catalog.priceType.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get.html

        Args:
            id: ID of the price type.

        Returns:
            CatalogPriceTypeGetResult

        Example:
            result = client.catalog.price_type.get(id=1)
            result = await client.catalog.price_type.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGetResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogPriceTypeGetFieldsResult:
        """Describe the price type fields: type, required and read-only flags.

        REST method: ``catalog.priceType.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get-fields.html

        Returns:
            CatalogPriceTypeGetFieldsResult

        Example:
            result = client.catalog.price_type.get_fields()
            result = await client.catalog.price_type.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGetFieldsResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogPriceType]:
        """List the price types of the catalog, such as retail or wholesale.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogPriceType]

        Example:
            result = client.catalog.price_type.list()
            result = await client.catalog.price_type.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogPriceType]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogPriceTypeUpdateFields
    ) -> CatalogPriceTypeUpdateResult:
        """Change the code, base flag or position of a price type.

        REST method: ``catalog.priceType.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-update.html

        Args:
            id: ID of the price type.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogPriceTypeUpdateResult

        Example:
            result = client.catalog.price_type.update(id=1, fields={"name": "Anna"})
            result = await client.catalog.price_type.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeUpdateResult",
            self._backend._invoke(
                _CATALOG_PRICE_TYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogPriceType(Namespace):
    """Methods under ``catalog.priceType`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogPriceTypeAddFields
    ) -> CatalogPriceTypeAddResult:
        """Create a price type, such as retail or wholesale, for product prices.

        REST method: ``catalog.priceType.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-add.html

        Args:
            fields: Values of the new price type, keyed by field name.

        Returns:
            CatalogPriceTypeAddResult

        Example:
            result = client.catalog.price_type.add(fields={"name": "Anna"})
            result = await client.catalog.price_type.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeAddResult",
            await self._backend._invoke(_CATALOG_PRICE_TYPE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a price type; the base price type cannot be removed.

        REST method: ``catalog.priceType.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-delete.html

        Args:
            id: ID of the price type.

        Returns:
            bool

        Example:
            result = client.catalog.price_type.delete(id=1)
            result = await client.catalog.price_type.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_PRICE_TYPE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogPriceTypeGetResult:
        """Read one price type with its code, base flag and position.

        REST method: ``catalog.priceType.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get.html

        Args:
            id: ID of the price type.

        Returns:
            CatalogPriceTypeGetResult

        Example:
            result = client.catalog.price_type.get(id=1)
            result = await client.catalog.price_type.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGetResult",
            await self._backend._invoke(_CATALOG_PRICE_TYPE_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogPriceTypeGetFieldsResult:
        """Describe the price type fields: type, required and read-only flags.

        REST method: ``catalog.priceType.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get-fields.html

        Returns:
            CatalogPriceTypeGetFieldsResult

        Example:
            result = client.catalog.price_type.get_fields()
            result = await client.catalog.price_type.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRICE_TYPE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogPriceType]:
        """List the price types of the catalog, such as retail or wholesale.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogPriceType]

        Example:
            result = client.catalog.price_type.list()
            result = await client.catalog.price_type.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogPriceType]",
            await self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogPriceTypeUpdateFields
    ) -> CatalogPriceTypeUpdateResult:
        """Change the code, base flag or position of a price type.

        REST method: ``catalog.priceType.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-update.html

        Args:
            id: ID of the price type.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogPriceTypeUpdateResult

        Example:
            result = client.catalog.price_type.update(id=1, fields={"name": "Anna"})
            result = await client.catalog.price_type.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRICE_TYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogPriceType(Namespace):
    """Methods under ``catalog.priceType`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogPriceTypeAddFields | Ref
    ) -> BatchCommand[CatalogPriceTypeAddResult]:
        """Create a price type, such as retail or wholesale, for product prices.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceType.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-add.html

        Args:
            fields: Values of the new price type, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceTypeAddResult]

        Example:
            command = batch.catalog.price_type.add(fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogPriceTypeAddResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a price type; the base price type cannot be removed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceType.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-delete.html

        Args:
            id: ID of the price type.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.price_type.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogPriceTypeGetResult]:
        """Read one price type with its code, base flag and position.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceType.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get.html

        Args:
            id: ID of the price type.

        Returns:
            BatchCommand[CatalogPriceTypeGetResult]

        Example:
            command = batch.catalog.price_type.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogPriceTypeGetResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogPriceTypeGetFieldsResult]:
        """Describe the price type fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceType.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-get-fields.html

        Returns:
            BatchCommand[CatalogPriceTypeGetFieldsResult]

        Example:
            command = batch.catalog.price_type.get_fields()
        """
        return cast(
            "BatchCommand[CatalogPriceTypeGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogPriceType]]:
        """List the price types of the catalog, such as retail or wholesale.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogPriceType]]

        Example:
            command = batch.catalog.price_type.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogPriceType]]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogPriceTypeUpdateFields | Ref
    ) -> BatchCommand[CatalogPriceTypeUpdateResult]:
        """Change the code, base flag or position of a price type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceType.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/catalog-price-type-update.html

        Args:
            id: ID of the price type.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceTypeUpdateResult]

        Example:
            command = batch.catalog.price_type.update(id=1, fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogPriceTypeUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRICE_TYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )
