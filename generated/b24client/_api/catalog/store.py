"""Methods under ``catalog.store``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogStore as _CatalogStore,
        CatalogStoreAddFields,
        CatalogStoreAddResult,
        CatalogStoreGetFieldsResult,
        CatalogStoreGetResult,
        CatalogStoreUpdateFields,
        CatalogStoreUpdateResult,
    )

_CATALOG_STORE_ADD = MethodInfo(
    name="catalog.store.add", idempotent=False, returns="any", api=1
)
_CATALOG_STORE_DELETE = MethodInfo(
    name="catalog.store.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_STORE_GET = MethodInfo(
    name="catalog.store.get", idempotent=True, returns="any", api=1
)
_CATALOG_STORE_GET_FIELDS = MethodInfo(
    name="catalog.store.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_STORE_LIST = MethodInfo(
    name="catalog.store.list", idempotent=True, returns="any", api=1
)
_CATALOG_STORE_UPDATE = MethodInfo(
    name="catalog.store.update", idempotent=False, returns="any", api=1
)


class CatalogStore(Namespace):
    """Methods under ``catalog.store``."""

    __slots__ = ()

    def add(self, *, fields: CatalogStoreAddFields) -> CatalogStoreAddResult:
        """Create a warehouse with its address, contacts and opening hours.

        REST method: ``catalog.store.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-add.html

        Args:
            fields: Values of the new warehouse, keyed by field name.

        Returns:
            CatalogStoreAddResult

        Example:
            result = client.catalog.store.add(fields={"address": "example"})
            result = await client.catalog.store.add(fields={"address": "example"})  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreAddResult",
            self._backend._invoke(_CATALOG_STORE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete a warehouse from inventory management.

        REST method: ``catalog.store.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-delete.html

        Args:
            id: ID of the warehouse.

        Returns:
            bool

        Example:
            result = client.catalog.store.delete(id=1)
            result = await client.catalog.store.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_STORE_DELETE, {"id": id}))

    def get(self, *, id: int) -> CatalogStoreGetResult:
        """Read one warehouse with its address, contacts and location.

        REST method: ``catalog.store.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get.html

        Args:
            id: ID of the warehouse.

        Returns:
            CatalogStoreGetResult

        Example:
            result = client.catalog.store.get(id=1)
            result = await client.catalog.store.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreGetResult",
            self._backend._invoke(_CATALOG_STORE_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogStoreGetFieldsResult:
        """Describe the warehouse fields: type, required and read-only flags.

        REST method: ``catalog.store.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get-fields.html

        Returns:
            CatalogStoreGetFieldsResult

        Example:
            result = client.catalog.store.get_fields()
            result = await client.catalog.store.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreGetFieldsResult",
            self._backend._invoke(_CATALOG_STORE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogStore]:
        """List warehouses matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.store.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogStore]

        Example:
            result = client.catalog.store.list()
            result = await client.catalog.store.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogStore]",
            self._backend._invoke_page(
                _CATALOG_STORE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogStoreUpdateFields
    ) -> CatalogStoreUpdateResult:
        """Change the address, contacts, schedule or activity of a warehouse.

        REST method: ``catalog.store.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-update.html

        Args:
            id: ID of the warehouse.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogStoreUpdateResult

        Example:
            result = client.catalog.store.update(id=1, fields={"title": "Kick-off call", "email": "anna.smith@example.com"})
            result = await client.catalog.store.update(id=1, fields={"title": "Kick-off call", "email": "anna.smith@example.com"})  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreUpdateResult",
            self._backend._invoke(_CATALOG_STORE_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCatalogStore(Namespace):
    """Methods under ``catalog.store`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogStoreAddFields) -> CatalogStoreAddResult:
        """Create a warehouse with its address, contacts and opening hours.

        REST method: ``catalog.store.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-add.html

        Args:
            fields: Values of the new warehouse, keyed by field name.

        Returns:
            CatalogStoreAddResult

        Example:
            result = client.catalog.store.add(fields={"address": "example"})
            result = await client.catalog.store.add(fields={"address": "example"})  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreAddResult",
            await self._backend._invoke(_CATALOG_STORE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete a warehouse from inventory management.

        REST method: ``catalog.store.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-delete.html

        Args:
            id: ID of the warehouse.

        Returns:
            bool

        Example:
            result = client.catalog.store.delete(id=1)
            result = await client.catalog.store.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_STORE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogStoreGetResult:
        """Read one warehouse with its address, contacts and location.

        REST method: ``catalog.store.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get.html

        Args:
            id: ID of the warehouse.

        Returns:
            CatalogStoreGetResult

        Example:
            result = client.catalog.store.get(id=1)
            result = await client.catalog.store.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreGetResult",
            await self._backend._invoke(_CATALOG_STORE_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogStoreGetFieldsResult:
        """Describe the warehouse fields: type, required and read-only flags.

        REST method: ``catalog.store.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get-fields.html

        Returns:
            CatalogStoreGetFieldsResult

        Example:
            result = client.catalog.store.get_fields()
            result = await client.catalog.store.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreGetFieldsResult",
            await self._backend._invoke(_CATALOG_STORE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogStore]:
        """List warehouses matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.store.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogStore]

        Example:
            result = client.catalog.store.list()
            result = await client.catalog.store.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogStore]",
            await self._backend._invoke_page(
                _CATALOG_STORE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogStoreUpdateFields
    ) -> CatalogStoreUpdateResult:
        """Change the address, contacts, schedule or activity of a warehouse.

        REST method: ``catalog.store.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-update.html

        Args:
            id: ID of the warehouse.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogStoreUpdateResult

        Example:
            result = client.catalog.store.update(id=1, fields={"title": "Kick-off call", "email": "anna.smith@example.com"})
            result = await client.catalog.store.update(id=1, fields={"title": "Kick-off call", "email": "anna.smith@example.com"})  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreUpdateResult",
            await self._backend._invoke(
                _CATALOG_STORE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogStore(Namespace):
    """Methods under ``catalog.store`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogStoreAddFields | Ref
    ) -> BatchCommand[CatalogStoreAddResult]:
        """Create a warehouse with its address, contacts and opening hours.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.store.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-add.html

        Args:
            fields: Values of the new warehouse, keyed by field name.

        Returns:
            BatchCommand[CatalogStoreAddResult]

        Example:
            command = batch.catalog.store.add(fields={"address": "example"})
        """
        return cast(
            "BatchCommand[CatalogStoreAddResult]",
            self._backend._invoke(_CATALOG_STORE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete a warehouse from inventory management.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.store.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-delete.html

        Args:
            id: ID of the warehouse.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.store.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_STORE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogStoreGetResult]:
        """Read one warehouse with its address, contacts and location.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.store.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get.html

        Args:
            id: ID of the warehouse.

        Returns:
            BatchCommand[CatalogStoreGetResult]

        Example:
            command = batch.catalog.store.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogStoreGetResult]",
            self._backend._invoke(_CATALOG_STORE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogStoreGetFieldsResult]:
        """Describe the warehouse fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.store.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-get-fields.html

        Returns:
            BatchCommand[CatalogStoreGetFieldsResult]

        Example:
            command = batch.catalog.store.get_fields()
        """
        return cast(
            "BatchCommand[CatalogStoreGetFieldsResult]",
            self._backend._invoke(_CATALOG_STORE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogStore]]:
        """List warehouses matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.store.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogStore]]

        Example:
            command = batch.catalog.store.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogStore]]",
            self._backend._invoke_page(
                _CATALOG_STORE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogStoreUpdateFields | Ref
    ) -> BatchCommand[CatalogStoreUpdateResult]:
        """Change the address, contacts, schedule or activity of a warehouse.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.store.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store/catalog-store-update.html

        Args:
            id: ID of the warehouse.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogStoreUpdateResult]

        Example:
            command = batch.catalog.store.update(id=1, fields={"title": "Kick-off call", "email": "anna.smith@example.com"})
        """
        return cast(
            "BatchCommand[CatalogStoreUpdateResult]",
            self._backend._invoke(_CATALOG_STORE_UPDATE, {"id": id, "fields": fields}),
        )
