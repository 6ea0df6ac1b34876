"""Methods under ``catalog.productProperty``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogProductProperty as _CatalogProductProperty,
        CatalogProductPropertyAddFields,
        CatalogProductPropertyAddResult,
        CatalogProductPropertyGetFieldsResult,
        CatalogProductPropertyGetResult,
        CatalogProductPropertyUpdateFields,
        CatalogProductPropertyUpdateResult,
    )

_CATALOG_PRODUCT_PROPERTY_ADD = MethodInfo(
    name="catalog.productProperty.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_DELETE = MethodInfo(
    name="catalog.productProperty.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRODUCT_PROPERTY_GET = MethodInfo(
    name="catalog.productProperty.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_GET_FIELDS = MethodInfo(
    name="catalog.productProperty.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_LIST = MethodInfo(
    name="catalog.productProperty.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_UPDATE = MethodInfo(
    name="catalog.productProperty.update", idempotent=False, returns="any", api=1
)


class CatalogProductProperty(Namespace):
    """Methods under ``catalog.productProperty``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyAddFields
    ) -> CatalogProductPropertyAddResult:
        """Add catalog product property.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html

        Returns:
            CatalogProductPropertyAddResult

        Example:
            result = client.catalog.product_property.add(fields={"iblockId": 1, "name": "Anna", "propertyType": "N"})
            result = await client.catalog.product_property.add(fields={"iblockId": 1, "name": "Anna", "propertyType": "N"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyAddResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete catalog product property.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html

        Returns:
            bool

        Example:
            result = client.catalog.product_property.delete(id=1)
            result = await client.catalog.product_property.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> CatalogProductPropertyGetResult:
        """Get catalog product property.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html

        Returns:
            CatalogProductPropertyGetResult

        Example:
            result = client.catalog.product_property.get(id=1)
            result = await client.catalog.product_property.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogProductPropertyGetFieldsResult:
        """Describe the fields of catalog product property.

        REST method: ``catalog.productProperty.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get-fields.html

        Returns:
            CatalogProductPropertyGetFieldsResult

        Example:
            result = client.catalog.product_property.get_fields()
            result = await client.catalog.product_property.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyGetFieldsResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductProperty]:
        """List catalog product property entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html

        Returns:
            Page[CatalogProductProperty]

        Example:
            result = client.catalog.product_property.list()
            result = await client.catalog.product_property.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductProperty]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogProductPropertyUpdateFields
    ) -> CatalogProductPropertyUpdateResult:
        """Update catalog product property.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html

        Returns:
            CatalogProductPropertyUpdateResult

        Example:
            result = client.catalog.product_property.update(id=1, fields={"iblockId": 1})
            result = await client.catalog.product_property.update(id=1, fields={"iblockId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogProductProperty(Namespace):
    """Methods under ``catalog.productProperty`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogProductPropertyAddFields
    ) -> CatalogProductPropertyAddResult:
        """Add catalog product property.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html

        Returns:
            CatalogProductPropertyAddResult

        Example:
            result = client.catalog.product_property.add(fields={"iblockId": 1, "name": "Anna", "propertyType": "N"})
            result = await client.catalog.product_property.add(fields={"iblockId": 1, "name": "Anna", "propertyType": "N"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete catalog product property.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html

        Returns:
            bool

        Example:
            result = client.catalog.product_property.delete(id=1)
            result = await client.catalog.product_property.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> CatalogProductPropertyGetResult:
        """Get catalog product property.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html

        Returns:
            CatalogProductPropertyGetResult

        Example:
            result = client.catalog.product_property.get(id=1)
            result = await client.catalog.product_property.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyGetResult",
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogProductPropertyGetFieldsResult:
        """Describe the fields of catalog product property.

        REST method: ``catalog.productProperty.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get-fields.html

        Returns:
            CatalogProductPropertyGetFieldsResult

        Example:
            result = client.catalog.product_property.get_fields()
            result = await client.catalog.product_property.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductProperty]:
        """List catalog product property entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html

        Returns:
            AsyncPage[CatalogProductProperty]

        Example:
            result = client.catalog.product_property.list()
            result = await client.catalog.product_property.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductProperty]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogProductPropertyUpdateFields
    ) -> CatalogProductPropertyUpdateResult:
        """Update catalog product property.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html

        Returns:
            CatalogProductPropertyUpdateResult

        Example:
            result = client.catalog.product_property.update(id=1, fields={"iblockId": 1})
            result = await client.catalog.product_property.update(id=1, fields={"iblockId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogProductProperty(Namespace):
    """Methods under ``catalog.productProperty`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyAddFields | Ref
    ) -> BatchCommand[CatalogProductPropertyAddResult]:
        """Add catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html

        Returns:
            BatchCommand[CatalogProductPropertyAddResult]

        Example:
            command = batch.catalog.product_property.add(fields={"iblockId": 1, "name": "Anna", "propertyType": "N"})
        """
        return cast(
            "BatchCommand[CatalogProductPropertyAddResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product_property.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogProductPropertyGetResult]:
        """Get catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html

        Returns:
            BatchCommand[CatalogProductPropertyGetResult]

        Example:
            command = batch.catalog.product_property.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductPropertyGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogProductPropertyGetFieldsResult]:
        """Describe the fields of catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get-fields.html

        Returns:
            BatchCommand[CatalogProductPropertyGetFieldsResult]

        Example:
            command = batch.catalog.product_property.get_fields()
        """
        return cast(
            "BatchCommand[CatalogProductPropertyGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductProperty]]:
        """List catalog product property entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html

        Returns:
            BatchCommand[list[CatalogProductProperty]]

        Example:
            command = batch.catalog.product_property.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductProperty]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogProductPropertyUpdateFields | Ref
    ) -> BatchCommand[CatalogProductPropertyUpdateResult]:
        """Update catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html

        Returns:
            BatchCommand[CatalogProductPropertyUpdateResult]

        Example:
            command = batch.catalog.product_property.update(id=1, fields={"iblockId": 1})
        """
        return cast(
            "BatchCommand[CatalogProductPropertyUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )
