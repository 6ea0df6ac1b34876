"""Methods under ``catalog.section``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogSection as _CatalogSection,
        CatalogSectionAddFields,
        CatalogSectionAddResult,
        CatalogSectionGetFieldsResult,
        CatalogSectionGetResult,
        CatalogSectionUpdateFields,
        CatalogSectionUpdateResult,
    )

_CATALOG_SECTION_ADD = MethodInfo(
    name="catalog.section.add", idempotent=False, returns="any", api=1
)
_CATALOG_SECTION_DELETE = MethodInfo(
    name="catalog.section.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_SECTION_GET = MethodInfo(
    name="catalog.section.get", idempotent=True, returns="any", api=1
)
_CATALOG_SECTION_GET_FIELDS = MethodInfo(
    name="catalog.section.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_SECTION_LIST = MethodInfo(
    name="catalog.section.list", idempotent=True, returns="any", api=1
)
_CATALOG_SECTION_UPDATE = MethodInfo(
    name="catalog.section.update", idempotent=False, returns="any", api=1
)


class CatalogSection(Namespace):
    """Methods under ``catalog.section``."""

    __slots__ = ()

    def add(self, *, fields: CatalogSectionAddFields) -> CatalogSectionAddResult:
        """Create a section (folder) in a product catalog, optionally inside another section.

        REST method: ``catalog.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-add.html

        Args:
            fields: Values of the new catalog section, keyed by field name.

        Returns:
            CatalogSectionAddResult

        Example:
            result = client.catalog.section.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.section.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionAddResult",
            self._backend._invoke(_CATALOG_SECTION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a section (folder) from a product catalog.

        REST method: ``catalog.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-delete.html

        Args:
            id: ID of the catalog section.

        Returns:
            bool

        Example:
            result = client.catalog.section.delete(id=1)
            result = await client.catalog.section.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_SECTION_DELETE, {"id": id}))

    def get(self, *, id: int) -> CatalogSectionGetResult:
        """Read one catalog section with its parent, code and description.

        REST method: ``catalog.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get.html

        Args:
            id: ID of the catalog section.

        Returns:
            CatalogSectionGetResult

        Example:
            result = client.catalog.section.get(id=1)
            result = await client.catalog.section.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionGetResult",
            self._backend._invoke(_CATALOG_SECTION_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogSectionGetFieldsResult:
        """Describe the catalog section fields: type, required and read-only flags.

        REST method: ``catalog.section.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get-fields.html

        Returns:
            CatalogSectionGetFieldsResult

        Example:
            result = client.catalog.section.get_fields()
            result = await client.catalog.section.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionGetFieldsResult",
            self._backend._invoke(_CATALOG_SECTION_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogSection]:
        """List the sections (folders) of product catalogs matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.section.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogSection]

        Example:
            result = client.catalog.section.list()
            result = await client.catalog.section.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogSection]",
            self._backend._invoke_page(
                _CATALOG_SECTION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogSectionUpdateFields
    ) -> CatalogSectionUpdateResult:
        """Rename, move or reorder a section of a product catalog.

        REST method: ``catalog.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-update.html

        Args:
            id: ID of the catalog section.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogSectionUpdateResult

        Example:
            result = client.catalog.section.update(id=1, fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.section.update(id=1, fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionUpdateResult",
            self._backend._invoke(
                _CATALOG_SECTION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogSection(Namespace):
    """Methods under ``catalog.section`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogSectionAddFields) -> CatalogSectionAddResult:
        """Create a section (folder) in a product catalog, optionally inside another section.

        REST method: ``catalog.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-add.html

        Args:
            fields: Values of the new catalog section, keyed by field name.

        Returns:
            CatalogSectionAddResult

        Example:
            result = client.catalog.section.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.section.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionAddResult",
            await self._backend._invoke(_CATALOG_SECTION_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a section (folder) from a product catalog.

        REST method: ``catalog.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-delete.html

        Args:
            id: ID of the catalog section.

        Returns:
            bool

        Example:
            result = client.catalog.section.delete(id=1)
            result = await client.catalog.section.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_SECTION_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogSectionGetResult:
        """Read one catalog section with its parent, code and description.

        REST method: ``catalog.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get.html

        Args:
            id: ID of the catalog section.

        Returns:
            CatalogSectionGetResult

        Example:
            result = client.catalog.section.get(id=1)
            result = await client.catalog.section.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionGetResult",
            await self._backend._invoke(_CATALOG_SECTION_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogSectionGetFieldsResult:
        """Describe the catalog section fields: type, required and read-only flags.

        REST method: ``catalog.section.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get-fields.html

        Returns:
            CatalogSectionGetFieldsResult

        Example:
            result = client.catalog.section.get_fields()
            result = await client.catalog.section.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionGetFieldsResult",
            await self._backend._invoke(_CATALOG_SECTION_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogSection]:
        """List the sections (folders) of product catalogs matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.section.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogSection]

        Example:
            result = client.catalog.section.list()
            result = await client.catalog.section.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogSection]",
            await self._backend._invoke_page(
                _CATALOG_SECTION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogSectionUpdateFields
    ) -> CatalogSectionUpdateResult:
        """Rename, move or reorder a section of a product catalog.

        REST method: ``catalog.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-update.html

        Args:
            id: ID of the catalog section.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogSectionUpdateResult

        Example:
            result = client.catalog.section.update(id=1, fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.section.update(id=1, fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogSectionUpdateResult",
            await self._backend._invoke(
                _CATALOG_SECTION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogSection(Namespace):
    """Methods under ``catalog.section`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogSectionAddFields | Ref
    ) -> BatchCommand[CatalogSectionAddResult]:
        """Create a section (folder) in a product catalog, optionally inside another section.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-add.html

        Args:
            fields: Values of the new catalog section, keyed by field name.

        Returns:
            BatchCommand[CatalogSectionAddResult]

        Example:
            command = batch.catalog.section.add(fields={"iblockId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogSectionAddResult]",
            self._backend._invoke(_CATALOG_SECTION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a section (folder) from a product catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-delete.html

        Args:
            id: ID of the catalog section.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.section.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_SECTION_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogSectionGetResult]:
        """Read one catalog section with its parent, code and description.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get.html

        Args:
            id: ID of the catalog section.

        Returns:
            BatchCommand[CatalogSectionGetResult]

        Example:
            command = batch.catalog.section.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogSectionGetResult]",
            self._backend._invoke(_CATALOG_SECTION_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogSectionGetFieldsResult]:
        """Describe the catalog section fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.section.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-get-fields.html

        Returns:
            BatchCommand[CatalogSectionGetFieldsResult]

        Example:
            command = batch.catalog.section.get_fields()
        """
        return cast(
            "BatchCommand[CatalogSectionGetFieldsResult]",
            self._backend._invoke(_CATALOG_SECTION_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogSection]]:
        """List the sections (folders) of product catalogs matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.section.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogSection]]

        Example:
            command = batch.catalog.section.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogSection]]",
            self._backend._invoke_page(
                _CATALOG_SECTION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogSectionUpdateFields | Ref
    ) -> BatchCommand[CatalogSectionUpdateResult]:
        """Rename, move or reorder a section of a product catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/section/catalog-section-update.html

        Args:
            id: ID of the catalog section.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogSectionUpdateResult]

        Example:
            command = batch.catalog.section.update(id=1, fields={"iblockId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogSectionUpdateResult]",
            self._backend._invoke(
                _CATALOG_SECTION_UPDATE, {"id": id, "fields": fields}
            ),
        )
