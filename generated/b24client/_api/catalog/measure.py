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
        """Create a unit of measure (piece, kilogram, metre) for catalog products.

        REST method: ``catalog.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-add.html

        Args:
            fields: Values of the new unit of measure, keyed by field name.

        Returns:
            CatalogMeasureAddResult

        Example:
            result = client.catalog.measure.add(fields={"code": 1, "measureTitle": "Kick-off call"})
            result = await client.catalog.measure.add(fields={"code": 1, "measureTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CatalogMeasureAddResult",
            self._backend._invoke(_CATALOG_MEASURE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a unit of measure from the catalog.

        REST method: ``catalog.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-delete.html

        Args:
            id: ID of the unit of measure.

        Returns:
            bool

        Example:
            result = client.catalog.measure.delete(id=1)
            result = await client.catalog.measure.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_MEASURE_DELETE, {"id": id}))

    def get(self, *, id: int) -> CatalogMeasureGetResult:
        """Read one unit of measure with its code and symbols.

        REST method: ``catalog.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html

        Args:
            id: ID of the unit of measure.

        Returns:
            CatalogMeasureGetResult

        Example:
            result = client.catalog.measure.get(id=1)
            result = await client.catalog.measure.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogMeasureGetResult",
            self._backend._invoke(_CATALOG_MEASURE_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogMeasureGetFieldsResult:
        """Describe the unit of measure fields: type, required and read-only flags.

        REST method: ``catalog.measure.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get-fields.html

        Returns:
            CatalogMeasureGetFieldsResult

        Example:
            result = client.catalog.measure.get_fields()
            result = await client.catalog.measure.get_fields()  # AsyncBitrix24
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
        """List the units of measure available for products.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogMeasure]

        Example:
            result = client.catalog.measure.list()
            result = await client.catalog.measure.list()  # AsyncBitrix24
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
        """Change the code, name, symbols or default flag of a unit of measure.

        REST method: ``catalog.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-update.html

        Args:
            id: ID of the unit of measure.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogMeasureUpdateResult

        Example:
            result = client.catalog.measure.update(id=1, fields={"measureTitle": "Kick-off call", "code": 1})
            result = await client.catalog.measure.update(id=1, fields={"measureTitle": "Kick-off call", "code": 1})  # AsyncBitrix24
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
        """Create a unit of measure (piece, kilogram, metre) for catalog products.

        REST method: ``catalog.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-add.html

        Args:
            fields: Values of the new unit of measure, keyed by field name.

        Returns:
            CatalogMeasureAddResult

        Example:
            result = client.catalog.measure.add(fields={"code": 1, "measureTitle": "Kick-off call"})
            result = await client.catalog.measure.add(fields={"code": 1, "measureTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CatalogMeasureAddResult",
            await self._backend._invoke(_CATALOG_MEASURE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a unit of measure from the catalog.

        REST method: ``catalog.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-delete.html

        Args:
            id: ID of the unit of measure.

        Returns:
            bool

        Example:
            result = client.catalog.measure.delete(id=1)
            result = await client.catalog.measure.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_MEASURE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogMeasureGetResult:
        """Read one unit of measure with its code and symbols.

        REST method: ``catalog.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html

        Args:
            id: ID of the unit of measure.

        Returns:
            CatalogMeasureGetResult

        Example:
            result = client.catalog.measure.get(id=1)
            result = await client.catalog.measure.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogMeasureGetResult",
            await self._backend._invoke(_CATALOG_MEASURE_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogMeasureGetFieldsResult:
        """Describe the unit of measure fields: type, required and read-only flags.

        REST method: ``catalog.measure.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get-fields.html

        Returns:
            CatalogMeasureGetFieldsResult

        Example:
            result = client.catalog.measure.get_fields()
            result = await client.catalog.measure.get_fields()  # AsyncBitrix24
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
        """List the units of measure available for products.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogMeasure]

        Example:
            result = client.catalog.measure.list()
            result = await client.catalog.measure.list()  # AsyncBitrix24
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
        """Change the code, name, symbols or default flag of a unit of measure.

        REST method: ``catalog.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-update.html

        Args:
            id: ID of the unit of measure.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogMeasureUpdateResult

        Example:
            result = client.catalog.measure.update(id=1, fields={"measureTitle": "Kick-off call", "code": 1})
            result = await client.catalog.measure.update(id=1, fields={"measureTitle": "Kick-off call", "code": 1})  # AsyncBitrix24
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
        """Create a unit of measure (piece, kilogram, metre) for catalog products.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-add.html

        Args:
            fields: Values of the new unit of measure, keyed by field name.

        Returns:
            BatchCommand[CatalogMeasureAddResult]

        Example:
            command = batch.catalog.measure.add(fields={"code": 1, "measureTitle": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CatalogMeasureAddResult]",
            self._backend._invoke(_CATALOG_MEASURE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a unit of measure from the catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-delete.html

        Args:
            id: ID of the unit of measure.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.measure.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_MEASURE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogMeasureGetResult]:
        """Read one unit of measure with its code and symbols.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get.html

        Args:
            id: ID of the unit of measure.

        Returns:
            BatchCommand[CatalogMeasureGetResult]

        Example:
            command = batch.catalog.measure.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogMeasureGetResult]",
            self._backend._invoke(_CATALOG_MEASURE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogMeasureGetFieldsResult]:
        """Describe the unit of measure fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-get-fields.html

        Returns:
            BatchCommand[CatalogMeasureGetFieldsResult]

        Example:
            command = batch.catalog.measure.get_fields()
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
        """List the units of measure available for products.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogMeasure]]

        Example:
            command = batch.catalog.measure.list()
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
        """Change the code, name, symbols or default flag of a unit of measure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/measure/catalog-measure-update.html

        Args:
            id: ID of the unit of measure.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogMeasureUpdateResult]

        Example:
            command = batch.catalog.measure.update(id=1, fields={"measureTitle": "Kick-off call", "code": 1})
        """
        return cast(
            "BatchCommand[CatalogMeasureUpdateResult]",
            self._backend._invoke(
                _CATALOG_MEASURE_UPDATE, {"id": id, "fields": fields}
            ),
        )
