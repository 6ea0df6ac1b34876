"""Methods under ``catalog.vat``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogVat as _CatalogVat,
        CatalogVatAddFields,
        CatalogVatAddResult,
        CatalogVatGetFieldsResult,
        CatalogVatUpdateFields,
        CatalogVatUpdateResult,
    )

_CATALOG_VAT_ADD = MethodInfo(
    name="catalog.vat.add", idempotent=False, returns="any", api=1
)
_CATALOG_VAT_DELETE = MethodInfo(
    name="catalog.vat.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_VAT_GET = MethodInfo(
    name="catalog.vat.get", idempotent=True, returns="any", api=1
)
_CATALOG_VAT_GET_FIELDS = MethodInfo(
    name="catalog.vat.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_VAT_LIST = MethodInfo(
    name="catalog.vat.list", idempotent=True, returns="any", api=1
)
_CATALOG_VAT_UPDATE = MethodInfo(
    name="catalog.vat.update", idempotent=False, returns="any", api=1
)


class CatalogVat(Namespace):
    """Methods under ``catalog.vat``."""

    __slots__ = ()

    def add(self, *, fields: CatalogVatAddFields) -> CatalogVatAddResult:
        """Create a VAT rate that products can use.

        REST method: ``catalog.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-add.html

        Args:
            fields: Values of the new VAT rate, keyed by field name.

        Returns:
            CatalogVatAddResult

        Example:
            result = client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatAddResult",
            self._backend._invoke(_CATALOG_VAT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a VAT rate from the catalog.

        REST method: ``catalog.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-delete.html

        Args:
            id: ID of the VAT rate.

        Returns:
            bool

        Example:
            result = client.catalog.vat.delete(id=1)
            result = await client.catalog.vat.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_VAT_DELETE, {"id": id}))

    def get(self, *, id: int) -> _CatalogVat:
        """Read one VAT rate with its value and activity.

        REST method: ``catalog.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html

        Args:
            id: ID of the VAT rate.

        Returns:
            CatalogVat

        Example:
            result = client.catalog.vat.get(id=1)
            result = await client.catalog.vat.get(id=1)  # AsyncBitrix24
        """
        return cast("_CatalogVat", self._backend._invoke(_CATALOG_VAT_GET, {"id": id}))

    def get_fields(self) -> CatalogVatGetFieldsResult:
        """Describe the VAT rate fields: type, required and read-only flags.

        REST method: ``catalog.vat.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get-fields.html

        Returns:
            CatalogVatGetFieldsResult

        Example:
            result = client.catalog.vat.get_fields()
            result = await client.catalog.vat.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogVatGetFieldsResult",
            self._backend._invoke(_CATALOG_VAT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogVat]:
        """List the VAT rates defined for catalog products.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogVat]

        Example:
            result = client.catalog.vat.list()
            result = await client.catalog.vat.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogVat]",
            self._backend._invoke_page(
                _CATALOG_VAT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogVatUpdateFields
    ) -> CatalogVatUpdateResult:
        """Change the name, value or activity of a VAT rate.

        REST method: ``catalog.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-update.html

        Args:
            id: ID of the VAT rate.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogVatUpdateResult

        Example:
            result = client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatUpdateResult",
            self._backend._invoke(_CATALOG_VAT_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCatalogVat(Namespace):
    """Methods under ``catalog.vat`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogVatAddFields) -> CatalogVatAddResult:
        """Create a VAT rate that products can use.

        REST method: ``catalog.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-add.html

        Args:
            fields: Values of the new VAT rate, keyed by field name.

        Returns:
            CatalogVatAddResult

        Example:
            result = client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatAddResult",
            await self._backend._invoke(_CATALOG_VAT_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a VAT rate from the catalog.

        REST method: ``catalog.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-delete.html

        Args:
            id: ID of the VAT rate.

        Returns:
            bool

        Example:
            result = client.catalog.vat.delete(id=1)
            result = await client.catalog.vat.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CATALOG_VAT_DELETE, {"id": id}))

    async def get(self, *, id: int) -> _CatalogVat:
        """Read one VAT rate with its value and activity.

        REST method: ``catalog.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html

        Args:
            id: ID of the VAT rate.

        Returns:
            CatalogVat

        Example:
            result = client.catalog.vat.get(id=1)
            result = await client.catalog.vat.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CatalogVat", await self._backend._invoke(_CATALOG_VAT_GET, {"id": id})
        )

    async def get_fields(self) -> CatalogVatGetFieldsResult:
        """Describe the VAT rate fields: type, required and read-only flags.

        REST method: ``catalog.vat.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get-fields.html

        Returns:
            CatalogVatGetFieldsResult

        Example:
            result = client.catalog.vat.get_fields()
            result = await client.catalog.vat.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogVatGetFieldsResult",
            await self._backend._invoke(_CATALOG_VAT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogVat]:
        """List the VAT rates defined for catalog products.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogVat]

        Example:
            result = client.catalog.vat.list()
            result = await client.catalog.vat.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogVat]",
            await self._backend._invoke_page(
                _CATALOG_VAT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogVatUpdateFields
    ) -> CatalogVatUpdateResult:
        """Change the name, value or activity of a VAT rate.

        REST method: ``catalog.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-update.html

        Args:
            id: ID of the VAT rate.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogVatUpdateResult

        Example:
            result = client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatUpdateResult",
            await self._backend._invoke(
                _CATALOG_VAT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogVat(Namespace):
    """Methods under ``catalog.vat`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogVatAddFields | Ref
    ) -> BatchCommand[CatalogVatAddResult]:
        """Create a VAT rate that products can use.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-add.html

        Args:
            fields: Values of the new VAT rate, keyed by field name.

        Returns:
            BatchCommand[CatalogVatAddResult]

        Example:
            command = batch.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})
        """
        return cast(
            "BatchCommand[CatalogVatAddResult]",
            self._backend._invoke(_CATALOG_VAT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a VAT rate from the catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-delete.html

        Args:
            id: ID of the VAT rate.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.vat.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CATALOG_VAT_DELETE, {"id": id})
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CatalogVat]:
        """Read one VAT rate with its value and activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html

        Args:
            id: ID of the VAT rate.

        Returns:
            BatchCommand[CatalogVat]

        Example:
            command = batch.catalog.vat.get(id=1)
        """
        return cast(
            "BatchCommand[_CatalogVat]",
            self._backend._invoke(_CATALOG_VAT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogVatGetFieldsResult]:
        """Describe the VAT rate fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get-fields.html

        Returns:
            BatchCommand[CatalogVatGetFieldsResult]

        Example:
            command = batch.catalog.vat.get_fields()
        """
        return cast(
            "BatchCommand[CatalogVatGetFieldsResult]",
            self._backend._invoke(_CATALOG_VAT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogVat]]:
        """List the VAT rates defined for catalog products.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogVat]]

        Example:
            command = batch.catalog.vat.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogVat]]",
            self._backend._invoke_page(
                _CATALOG_VAT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogVatUpdateFields | Ref
    ) -> BatchCommand[CatalogVatUpdateResult]:
        """Change the name, value or activity of a VAT rate.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-update.html

        Args:
            id: ID of the VAT rate.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogVatUpdateResult]

        Example:
            command = batch.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})
        """
        return cast(
            "BatchCommand[CatalogVatUpdateResult]",
            self._backend._invoke(_CATALOG_VAT_UPDATE, {"id": id, "fields": fields}),
        )
