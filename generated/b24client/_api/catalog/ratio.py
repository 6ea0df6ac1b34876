"""Methods under ``catalog.ratio``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogRatio as _CatalogRatio,
        CatalogRatioGetFieldsResult,
        CatalogRatioGetResult,
    )

_CATALOG_RATIO_GET = MethodInfo(
    name="catalog.ratio.get", idempotent=True, returns="any", api=1
)
_CATALOG_RATIO_GET_FIELDS = MethodInfo(
    name="catalog.ratio.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_RATIO_LIST = MethodInfo(
    name="catalog.ratio.list", idempotent=True, returns="any", api=1
)


class CatalogRatio(Namespace):
    """Methods under ``catalog.ratio``."""

    __slots__ = ()

    def get(self, *, id: int) -> CatalogRatioGetResult:
        """Read one unit-of-measure ratio of a product.

        REST method: ``catalog.ratio.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get.html

        Args:
            id: ID of the unit ratio.

        Returns:
            CatalogRatioGetResult

        Example:
            result = client.catalog.ratio.get(id=1)
            result = await client.catalog.ratio.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogRatioGetResult",
            self._backend._invoke(_CATALOG_RATIO_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogRatioGetFieldsResult:
        """Describe the fields of product unit-of-measure ratios.

        REST method: ``catalog.ratio.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get-fields.html

        Returns:
            CatalogRatioGetFieldsResult

        Example:
            result = client.catalog.ratio.get_fields()
            result = await client.catalog.ratio.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogRatioGetFieldsResult",
            self._backend._invoke(_CATALOG_RATIO_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogRatio]:
        """List the unit-of-measure ratios of products.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.ratio.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogRatio]

        Example:
            result = client.catalog.ratio.list()
            result = await client.catalog.ratio.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogRatio]",
            self._backend._invoke_page(
                _CATALOG_RATIO_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCatalogRatio(Namespace):
    """Methods under ``catalog.ratio`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> CatalogRatioGetResult:
        """Read one unit-of-measure ratio of a product.

        REST method: ``catalog.ratio.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get.html

        Args:
            id: ID of the unit ratio.

        Returns:
            CatalogRatioGetResult

        Example:
            result = client.catalog.ratio.get(id=1)
            result = await client.catalog.ratio.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogRatioGetResult",
            await self._backend._invoke(_CATALOG_RATIO_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogRatioGetFieldsResult:
        """Describe the fields of product unit-of-measure ratios.

        REST method: ``catalog.ratio.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get-fields.html

        Returns:
            CatalogRatioGetFieldsResult

        Example:
            result = client.catalog.ratio.get_fields()
            result = await client.catalog.ratio.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogRatioGetFieldsResult",
            await self._backend._invoke(_CATALOG_RATIO_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogRatio]:
        """List the unit-of-measure ratios of products.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.ratio.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogRatio]

        Example:
            result = client.catalog.ratio.list()
            result = await client.catalog.ratio.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogRatio]",
            await self._backend._invoke_page(
                _CATALOG_RATIO_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCatalogRatio(Namespace):
    """Methods under ``catalog.ratio`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogRatioGetResult]:
        """Read one unit-of-measure ratio of a product.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.ratio.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get.html

        Args:
            id: ID of the unit ratio.

        Returns:
            BatchCommand[CatalogRatioGetResult]

        Example:
            command = batch.catalog.ratio.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogRatioGetResult]",
            self._backend._invoke(_CATALOG_RATIO_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogRatioGetFieldsResult]:
        """Describe the fields of product unit-of-measure ratios.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.ratio.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-get-fields.html

        Returns:
            BatchCommand[CatalogRatioGetFieldsResult]

        Example:
            command = batch.catalog.ratio.get_fields()
        """
        return cast(
            "BatchCommand[CatalogRatioGetFieldsResult]",
            self._backend._invoke(_CATALOG_RATIO_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogRatio]]:
        """List the unit-of-measure ratios of products.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.ratio.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/ratio/catalog-ratio-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogRatio]]

        Example:
            command = batch.catalog.ratio.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogRatio]]",
            self._backend._invoke_page(
                _CATALOG_RATIO_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
