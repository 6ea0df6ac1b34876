"""Methods under ``catalog.measure``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogMeasure as _CatalogMeasure,
        CatalogMeasureAddFields,
        CatalogMeasureAddResult,
        CatalogMeasureGetFieldsResult,
        CatalogMeasureGetResult,
        CatalogMeasureUpdateFields,
        CatalogMeasureUpdateResult,
    )

_CATALOG_MEASURE_ADD = MethodInfo(
    name="catalog.measure.add", idempotent=False, returns="any", api=1
)
_CATALOG_MEASURE_DELETE = MethodInfo(
    name="catalog.measure.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_MEASURE_GET = MethodInfo(
    name="catalog.measure.get", idempotent=True, returns="any", api=1
)
_CATALOG_MEASURE_GET_FIELDS = MethodInfo(
    name="catalog.measure.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_MEASURE_LIST = MethodInfo(
    name="catalog.measure.list", idempotent=True, returns="any", api=1
)
_CATALOG_MEASURE_UPDATE = MethodInfo(
    name="catalog.measure.update", idempotent=False, returns="any", api=1
)


class CatalogMeasure(Namespace):
    """Methods under ``catalog.measure``."""

    __slots__ = ()

    def add(self, *, fields: CatalogMeasureAddFields) -> CatalogMeasureAddResult:
        """Add catalog measure.

        REST method: ``catalog.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-add.html
        """
        return cast(
            "CatalogMeasureAddResult",
            self._backend._invoke(_CATALOG_MEASURE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete catalog measure.

        REST method: ``catalog.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-delete.html
        """
        return cast(bool, self._backend._invoke(_CATALOG_MEASURE_DELETE, {"id": id}))

    def get(self, *, id: int) -> CatalogMeasureGetResult:
        """Get catalog measure.

        REST method: ``catalog.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html
        """
        return cast(
            "CatalogMeasureGetResult",
            self._backend._invoke(_CATALOG_MEASURE_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogMeasureGetFieldsResult:
        """Describe the fields of catalog measure.

        REST method: ``catalog.measure.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get-fields.html
        """
        return cast(
            "CatalogMeasureGetFieldsResult",
            self._backend._invoke(_CATALOG_MEASURE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogMeasure]:
        """List catalog measure entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-list.html
        """
        return cast(
            "Page[_CatalogMeasure]",
            self._backend._invoke_page(
                _CATALOG_MEASURE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogMeasureUpdateFields
    ) -> CatalogMeasureUpdateResult:
        """Update catalog measure.

        REST method: ``catalog.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-update.html
        """
        return cast(
            "CatalogMeasureUpdateResult",
            self._backend._invoke(
                _CATALOG_MEASURE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogMeasure(Namespace):
    """Methods under ``catalog.measure`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogMeasureAddFields) -> CatalogMeasureAddResult:
        """Add catalog measure.

        REST method: ``catalog.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-add.html
        """
        return cast(
            "CatalogMeasureAddResult",
            await self._backend._invoke(_CATALOG_MEASURE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete catalog measure.

        REST method: ``catalog.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-delete.html
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_MEASURE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogMeasureGetResult:
        """Get catalog measure.

        REST method: ``catalog.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html
        """
        return cast(
            "CatalogMeasureGetResult",
            await self._backend._invoke(_CATALOG_MEASURE_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogMeasureGetFieldsResult:
        """Describe the fields of catalog measure.

        REST method: ``catalog.measure.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get-fields.html
        """
        return cast(
            "CatalogMeasureGetFieldsResult",
            await self._backend._invoke(_CATALOG_MEASURE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogMeasure]:
        """List catalog measure entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-list.html
        """
        return cast(
            "AsyncPage[_CatalogMeasure]",
            await self._backend._invoke_page(
                _CATALOG_MEASURE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogMeasureUpdateFields
    ) -> CatalogMeasureUpdateResult:
        """Update catalog measure.

        REST method: ``catalog.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-update.html
        """
        return cast(
            "CatalogMeasureUpdateResult",
            await self._backend._invoke(
                _CATALOG_MEASURE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogMeasure(Namespace):
    """Methods under ``catalog.measure`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogMeasureAddFields | Ref
    ) -> BatchCommand[CatalogMeasureAddResult]:
        """Add catalog measure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-add.html
        """
        return cast(
            "BatchCommand[CatalogMeasureAddResult]",
            self._backend._invoke(_CATALOG_MEASURE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete catalog measure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-delete.html
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_MEASURE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogMeasureGetResult]:
        """Get catalog measure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html
        """
        return cast(
            "BatchCommand[CatalogMeasureGetResult]",
            self._backend._invoke(_CATALOG_MEASURE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogMeasureGetFieldsResult]:
        """Describe the fields of catalog measure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get-fields.html
        """
        return cast(
            "BatchCommand[CatalogMeasureGetFieldsResult]",
            self._backend._invoke(_CATALOG_MEASURE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogMeasure]]:
        """List catalog measure entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-list.html
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogMeasure]]",
            self._backend._invoke_page(
                _CATALOG_MEASURE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogMeasureUpdateFields | Ref
    ) -> BatchCommand[CatalogMeasureUpdateResult]:
        """Update catalog measure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-update.html
        """
        return cast(
            "BatchCommand[CatalogMeasureUpdateResult]",
            self._backend._invoke(
                _CATALOG_MEASURE_UPDATE, {"id": id, "fields": fields}
            ),
        )
