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
        """Create a property (such as colour or size) for products or variations of a catalog.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html

        Args:
            fields: Values of the new product property, keyed by field name.

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
        """Remove a property of products or variations from a catalog.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html

        Args:
            id: ID of the product property.

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
        """Read one product or variation property with its type and settings.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html

        Args:
            id: ID of the product property.

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
        """Describe the product property fields: type, required and read-only flags.

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
        """List the properties of products and variations matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

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
        """Change the name, flags or settings of a product or variation property.

        propertyType and userType cannot be changed.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html

        Args:
            id: ID of the product property.
            fields: Fields to change, keyed by field name.

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
        """Create a property (such as colour or size) for products or variations of a catalog.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html

        Args:
            fields: Values of the new product property, keyed by field name.

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
        """Remove a property of products or variations from a catalog.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html

        Args:
            id: ID of the product property.

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
        """Read one product or variation property with its type and settings.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html

        Args:
            id: ID of the product property.

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
        """Describe the product property fields: type, required and read-only flags.

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
        """List the properties of products and variations matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

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
        """Change the name, flags or settings of a product or variation property.

        propertyType and userType cannot be changed.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html

        Args:
            id: ID of the product property.
            fields: Fields to change, keyed by field name.

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
        """Create a property (such as colour or size) for products or variations of a catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html

        Args:
            fields: Values of the new product property, keyed by field name.

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
        """Remove a property of products or variations from a catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html

        Args:
            id: ID of the product property.

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
        """Read one product or variation property with its type and settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html

        Args:
            id: ID of the product property.

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
        """Describe the product property fields: type, required and read-only flags.

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
        """List the properties of products and variations matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

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
        """Change the name, flags or settings of a product or variation property.

        propertyType and userType cannot be changed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html

        Args:
            id: ID of the product property.
            fields: Fields to change, keyed by field name.

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
