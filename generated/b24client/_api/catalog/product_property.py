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
        CatalogProductPropertyAddFields,
        CatalogProductPropertyUpdateFields,
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

    def add(self, *, fields: CatalogProductPropertyAddFields) -> dict[str, Any]:
        """Add catalog product property.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete catalog product property.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> dict[str, Any]:
        """Get catalog product property.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    def get_fields(self) -> dict[str, Any]:
        """Describe the fields of catalog product property.

        REST method: ``catalog.productProperty.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get-fields.html
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[dict[str, Any]]:
        """List catalog product property entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html
        """
        return cast(
            "Page[dict[str, Any]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogProductPropertyUpdateFields
    ) -> dict[str, Any]:
        """Update catalog product property.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogProductProperty(Namespace):
    """Methods under ``catalog.productProperty`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogProductPropertyAddFields) -> dict[str, Any]:
        """Add catalog product property.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete catalog product property.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> dict[str, Any]:
        """Get catalog product property.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    async def get_fields(self) -> dict[str, Any]:
        """Describe the fields of catalog product property.

        REST method: ``catalog.productProperty.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get-fields.html
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[dict[str, Any]]:
        """List catalog product property entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html
        """
        return cast(
            "AsyncPage[dict[str, Any]]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogProductPropertyUpdateFields
    ) -> dict[str, Any]:
        """Update catalog product property.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogProductProperty(Namespace):
    """Methods under ``catalog.productProperty`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyAddFields | Ref
    ) -> BatchCommand[dict[str, Any]]:
        """Add catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-add.html
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-delete.html
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[dict[str, Any]]:
        """Get catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get.html
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[dict[str, Any]]:
        """Describe the fields of catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-get-fields.html
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[dict[str, Any]]]:
        """List catalog product property entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-list.html
        """
        return cast(
            "BatchCommand[builtins.list[dict[str, Any]]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogProductPropertyUpdateFields | Ref
    ) -> BatchCommand[dict[str, Any]]:
        """Update catalog product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productProperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property/catalog-product-property-update.html
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )
