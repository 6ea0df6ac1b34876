"""Methods under ``catalog.extra``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogExtra as _CatalogExtra,
        CatalogExtraGetFieldsResult,
        CatalogExtraGetResult,
    )

_CATALOG_EXTRA_GET = MethodInfo(
    name="catalog.extra.get", idempotent=True, returns="any", api=1
)
_CATALOG_EXTRA_GET_FIELDS = MethodInfo(
    name="catalog.extra.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_EXTRA_LIST = MethodInfo(
    name="catalog.extra.list", idempotent=True, returns="any", api=1
)


class CatalogExtra(Namespace):
    """Methods under ``catalog.extra``."""

    __slots__ = ()

    def get(self, *, id: int) -> CatalogExtraGetResult:
        """Read one price markup with its percentage.

        REST method: ``catalog.extra.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get.html

        Args:
            id: ID of the markup.

        Returns:
            CatalogExtraGetResult

        Example:
            result = client.catalog.extra.get(id=1)
            result = await client.catalog.extra.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogExtraGetResult",
            self._backend._invoke(_CATALOG_EXTRA_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogExtraGetFieldsResult:
        """Describe the price markup fields: type, required and read-only flags.

        REST method: ``catalog.extra.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get-fields.html

        Returns:
            CatalogExtraGetFieldsResult

        Example:
            result = client.catalog.extra.get_fields()
            result = await client.catalog.extra.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogExtraGetFieldsResult",
            self._backend._invoke(_CATALOG_EXTRA_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogExtra]:
        """List the price markups defined in the catalog.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.extra.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogExtra]

        Example:
            result = client.catalog.extra.list()
            result = await client.catalog.extra.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogExtra]",
            self._backend._invoke_page(
                _CATALOG_EXTRA_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCatalogExtra(Namespace):
    """Methods under ``catalog.extra`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> CatalogExtraGetResult:
        """Read one price markup with its percentage.

        REST method: ``catalog.extra.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get.html

        Args:
            id: ID of the markup.

        Returns:
            CatalogExtraGetResult

        Example:
            result = client.catalog.extra.get(id=1)
            result = await client.catalog.extra.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogExtraGetResult",
            await self._backend._invoke(_CATALOG_EXTRA_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogExtraGetFieldsResult:
        """Describe the price markup fields: type, required and read-only flags.

        REST method: ``catalog.extra.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get-fields.html

        Returns:
            CatalogExtraGetFieldsResult

        Example:
            result = client.catalog.extra.get_fields()
            result = await client.catalog.extra.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogExtraGetFieldsResult",
            await self._backend._invoke(_CATALOG_EXTRA_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogExtra]:
        """List the price markups defined in the catalog.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.extra.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogExtra]

        Example:
            result = client.catalog.extra.list()
            result = await client.catalog.extra.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogExtra]",
            await self._backend._invoke_page(
                _CATALOG_EXTRA_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCatalogExtra(Namespace):
    """Methods under ``catalog.extra`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogExtraGetResult]:
        """Read one price markup with its percentage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.extra.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get.html

        Args:
            id: ID of the markup.

        Returns:
            BatchCommand[CatalogExtraGetResult]

        Example:
            command = batch.catalog.extra.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogExtraGetResult]",
            self._backend._invoke(_CATALOG_EXTRA_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogExtraGetFieldsResult]:
        """Describe the price markup fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.extra.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-get-fields.html

        Returns:
            BatchCommand[CatalogExtraGetFieldsResult]

        Example:
            command = batch.catalog.extra.get_fields()
        """
        return cast(
            "BatchCommand[CatalogExtraGetFieldsResult]",
            self._backend._invoke(_CATALOG_EXTRA_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogExtra]]:
        """List the price markups defined in the catalog.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.extra.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/extra/catalog-extra-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogExtra]]

        Example:
            command = batch.catalog.extra.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogExtra]]",
            self._backend._invoke_page(
                _CATALOG_EXTRA_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
