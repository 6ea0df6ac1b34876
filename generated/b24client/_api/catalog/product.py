"""Methods under ``catalog.product``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.catalog import (
        CatalogProduct as _CatalogProduct,
        CatalogProductAddFields,
        CatalogProductAddResult,
        CatalogProductDownloadFields,
        CatalogProductGetFieldsByFilterResult,
        CatalogProductGetResult,
        CatalogProductOffer as _CatalogProductOffer,
        CatalogProductOfferAddFields,
        CatalogProductOfferAddResult,
        CatalogProductOfferDownloadFields,
        CatalogProductOfferGetFieldsByFilterResult,
        CatalogProductOfferGetResult,
        CatalogProductOfferUpdateFields,
        CatalogProductOfferUpdateResult,
        CatalogProductService as _CatalogProductService,
        CatalogProductServiceAddFields,
        CatalogProductServiceAddResult,
        CatalogProductServiceDownloadFields,
        CatalogProductServiceGetFieldsByFilterResult,
        CatalogProductServiceGetResult,
        CatalogProductServiceUpdateFields,
        CatalogProductServiceUpdateResult,
        CatalogProductSku as _CatalogProductSku,
        CatalogProductSkuAddFields,
        CatalogProductSkuAddResult,
        CatalogProductSkuDownloadFields,
        CatalogProductSkuGetFieldsByFilterResult,
        CatalogProductSkuGetResult,
        CatalogProductSkuUpdateFields,
        CatalogProductSkuUpdateResult,
        CatalogProductUpdateFields,
        CatalogProductUpdateResult,
    )

_CATALOG_PRODUCT_ADD = MethodInfo(
    name="catalog.product.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_DELETE = MethodInfo(
    name="catalog.product.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRODUCT_DOWNLOAD = MethodInfo(
    name="catalog.product.download", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_GET = MethodInfo(
    name="catalog.product.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_GET_FIELDS_BY_FILTER = MethodInfo(
    name="catalog.product.getFieldsByFilter", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_LIST = MethodInfo(
    name="catalog.product.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_UPDATE = MethodInfo(
    name="catalog.product.update", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_OFFER_ADD = MethodInfo(
    name="catalog.product.offer.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_OFFER_DELETE = MethodInfo(
    name="catalog.product.offer.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRODUCT_OFFER_DOWNLOAD = MethodInfo(
    name="catalog.product.offer.download", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_OFFER_GET = MethodInfo(
    name="catalog.product.offer.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_OFFER_GET_FIELDS_BY_FILTER = MethodInfo(
    name="catalog.product.offer.getFieldsByFilter",
    idempotent=True,
    returns="any",
    api=1,
)
_CATALOG_PRODUCT_OFFER_LIST = MethodInfo(
    name="catalog.product.offer.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_OFFER_UPDATE = MethodInfo(
    name="catalog.product.offer.update", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_SERVICE_ADD = MethodInfo(
    name="catalog.product.service.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_SERVICE_DELETE = MethodInfo(
    name="catalog.product.service.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRODUCT_SERVICE_DOWNLOAD = MethodInfo(
    name="catalog.product.service.download", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_SERVICE_GET = MethodInfo(
    name="catalog.product.service.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_SERVICE_GET_FIELDS_BY_FILTER = MethodInfo(
    name="catalog.product.service.getFieldsByFilter",
    idempotent=True,
    returns="any",
    api=1,
)
_CATALOG_PRODUCT_SERVICE_LIST = MethodInfo(
    name="catalog.product.service.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_SERVICE_UPDATE = MethodInfo(
    name="catalog.product.service.update", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_SKU_ADD = MethodInfo(
    name="catalog.product.sku.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_SKU_DELETE = MethodInfo(
    name="catalog.product.sku.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRODUCT_SKU_DOWNLOAD = MethodInfo(
    name="catalog.product.sku.download", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_SKU_GET = MethodInfo(
    name="catalog.product.sku.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_SKU_GET_FIELDS_BY_FILTER = MethodInfo(
    name="catalog.product.sku.getFieldsByFilter", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_SKU_LIST = MethodInfo(
    name="catalog.product.sku.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_SKU_UPDATE = MethodInfo(
    name="catalog.product.sku.update", idempotent=False, returns="any", api=1
)


class CatalogProduct(Namespace):
    """Methods under ``catalog.product``."""

    __slots__ = ()

    @property
    def offer(self) -> CatalogProductOffer:
        """Methods under ``catalog.product.offer``."""
        return CatalogProductOffer(self._backend)

    @property
    def service(self) -> CatalogProductService:
        """Methods under ``catalog.product.service``."""
        return CatalogProductService(self._backend)

    @property
    def sku(self) -> CatalogProductSku:
        """Methods under ``catalog.product.sku``."""
        return CatalogProductSku(self._backend)

    def add(
        self,
        *,
        fields: CatalogProductAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductAddResult:
        """Create a product in a product catalog and return it.

        REST method: ``catalog.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-add.html

        Args:
            fields: Values of the new product, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductAddResult

        Example:
            result = client.catalog.product.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a product and its data from the catalog for good.

        REST method: ``catalog.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-delete.html

        Args:
            id: ID of the product.

        Returns:
            bool

        Example:
            result = client.catalog.product.delete(id=1)
            result = await client.catalog.product.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_PRODUCT_DELETE, {"id": id}))

    def download(self, *, fields: CatalogProductDownloadFields) -> Any:
        """Download a file (image or file property) attached to a product.

        REST method: ``catalog.product.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return self._backend._invoke(_CATALOG_PRODUCT_DOWNLOAD, {"fields": fields})

    def get(self, *, id: int) -> CatalogProductGetResult:
        """Read a product with its catalog fields and property values.

        REST method: ``catalog.product.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get.html

        Args:
            id: ID of the product.

        Returns:
            CatalogProductGetResult

        Example:
            result = client.catalog.product.get(id=1)
            result = await client.catalog.product.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductGetFieldsByFilterResult:
        """Describe the product fields, including properties, of one catalog information block.

        REST method: ``catalog.product.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductGetFieldsByFilterResult

        Example:
            result = client.catalog.product.get_fields_by_filter(filter={})
            result = await client.catalog.product.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductGetFieldsByFilterResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: str | int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProduct]:
        """List products of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProduct]

        Example:
            result = client.catalog.product.list()
            result = await client.catalog.product.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProduct]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: CatalogProductUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductUpdateResult:
        """Change the name, pictures, texts or property values of a product.

        REST method: ``catalog.product.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-update.html

        Args:
            id: ID of the product.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductUpdateResult

        Example:
            result = client.catalog.product.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncCatalogProduct(Namespace):
    """Methods under ``catalog.product`` (async)."""

    __slots__ = ()

    @property
    def offer(self) -> AsyncCatalogProductOffer:
        """Methods under ``catalog.product.offer``."""
        return AsyncCatalogProductOffer(self._backend)

    @property
    def service(self) -> AsyncCatalogProductService:
        """Methods under ``catalog.product.service``."""
        return AsyncCatalogProductService(self._backend)

    @property
    def sku(self) -> AsyncCatalogProductSku:
        """Methods under ``catalog.product.sku``."""
        return AsyncCatalogProductSku(self._backend)

    async def add(
        self,
        *,
        fields: CatalogProductAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductAddResult:
        """Create a product in a product catalog and return it.

        REST method: ``catalog.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-add.html

        Args:
            fields: Values of the new product, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductAddResult

        Example:
            result = client.catalog.product.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a product and its data from the catalog for good.

        REST method: ``catalog.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-delete.html

        Args:
            id: ID of the product.

        Returns:
            bool

        Example:
            result = client.catalog.product.delete(id=1)
            result = await client.catalog.product.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_PRODUCT_DELETE, {"id": id})
        )

    async def download(self, *, fields: CatalogProductDownloadFields) -> Any:
        """Download a file (image or file property) attached to a product.

        REST method: ``catalog.product.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CATALOG_PRODUCT_DOWNLOAD, {"fields": fields}
        )

    async def get(self, *, id: int) -> CatalogProductGetResult:
        """Read a product with its catalog fields and property values.

        REST method: ``catalog.product.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get.html

        Args:
            id: ID of the product.

        Returns:
            CatalogProductGetResult

        Example:
            result = client.catalog.product.get(id=1)
            result = await client.catalog.product.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductGetResult",
            await self._backend._invoke(_CATALOG_PRODUCT_GET, {"id": id}),
        )

    async def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductGetFieldsByFilterResult:
        """Describe the product fields, including properties, of one catalog information block.

        REST method: ``catalog.product.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductGetFieldsByFilterResult

        Example:
            result = client.catalog.product.get_fields_by_filter(filter={})
            result = await client.catalog.product.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductGetFieldsByFilterResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: str | int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProduct]:
        """List products of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProduct]

        Example:
            result = client.catalog.product.list()
            result = await client.catalog.product.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProduct]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: CatalogProductUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductUpdateResult:
        """Change the name, pictures, texts or property values of a product.

        REST method: ``catalog.product.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-update.html

        Args:
            id: ID of the product.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductUpdateResult

        Example:
            result = client.catalog.product.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchCatalogProduct(Namespace):
    """Methods under ``catalog.product`` (queued into a batch)."""

    __slots__ = ()

    @property
    def offer(self) -> BatchCatalogProductOffer:
        """Methods under ``catalog.product.offer``."""
        return BatchCatalogProductOffer(self._backend)

    @property
    def service(self) -> BatchCatalogProductService:
        """Methods under ``catalog.product.service``."""
        return BatchCatalogProductService(self._backend)

    @property
    def sku(self) -> BatchCatalogProductSku:
        """Methods under ``catalog.product.sku``."""
        return BatchCatalogProductSku(self._backend)

    def add(
        self,
        *,
        fields: CatalogProductAddFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductAddResult]:
        """Create a product in a product catalog and return it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-add.html

        Args:
            fields: Values of the new product, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductAddResult]

        Example:
            command = batch.catalog.product.add(fields={"iblockId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogProductAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a product and its data from the catalog for good.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-delete.html

        Args:
            id: ID of the product.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_DELETE, {"id": id}),
        )

    def download(
        self, *, fields: CatalogProductDownloadFields | Ref
    ) -> BatchCommand[Any]:
        """Download a file (image or file property) attached to a product.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-download.html

        Args:
            fields: Which file to download.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.catalog.product.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CATALOG_PRODUCT_DOWNLOAD, {"fields": fields}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogProductGetResult]:
        """Read a product with its catalog fields and property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get.html

        Args:
            id: ID of the product.

        Returns:
            BatchCommand[CatalogProductGetResult]

        Example:
            command = batch.catalog.product.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any] | Ref
    ) -> BatchCommand[CatalogProductGetFieldsByFilterResult]:
        """Describe the product fields, including properties, of one catalog information block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            BatchCommand[CatalogProductGetFieldsByFilterResult]

        Example:
            command = batch.catalog.product.get_fields_by_filter(filter={})
        """
        return cast(
            "BatchCommand[CatalogProductGetFieldsByFilterResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: str | int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProduct]]:
        """List products of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProduct]]

        Example:
            command = batch.catalog.product.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProduct]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CatalogProductUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductUpdateResult]:
        """Change the name, pictures, texts or property values of a product.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/catalog-product-update.html

        Args:
            id: ID of the product.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductUpdateResult]

        Example:
            command = batch.catalog.product.update(id=1, fields={"name": "Anna", "active": "Y"})
        """
        return cast(
            "BatchCommand[CatalogProductUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class CatalogProductOffer(Namespace):
    """Methods under ``catalog.product.offer``."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductOfferAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductOfferAddResult:
        """Create a variation in a product catalog and return it.

        REST method: ``catalog.product.offer.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-add.html

        Args:
            fields: Values of the new variation, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductOfferAddResult

        Example:
            result = client.catalog.product.offer.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.offer.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_OFFER_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a variation of a parent product from the catalog.

        REST method: ``catalog.product.offer.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-delete.html

        Args:
            id: ID of the variation.

        Returns:
            bool

        Example:
            result = client.catalog.product.offer.delete(id=1)
            result = await client.catalog.product.offer.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRODUCT_OFFER_DELETE, {"id": id})
        )

    def download(self, *, fields: CatalogProductOfferDownloadFields) -> Any:
        """Download a file (image or file property) attached to a variation.

        REST method: ``catalog.product.offer.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.offer.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.offer.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CATALOG_PRODUCT_OFFER_DOWNLOAD, {"fields": fields}
        )

    def get(self, *, id: int) -> CatalogProductOfferGetResult:
        """Read a variation with its catalog fields and property values.

        REST method: ``catalog.product.offer.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get.html

        Args:
            id: ID of the variation.

        Returns:
            CatalogProductOfferGetResult

        Example:
            result = client.catalog.product.offer.get(id=1)
            result = await client.catalog.product.offer.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_OFFER_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductOfferGetFieldsByFilterResult:
        """Describe the variation fields, including properties, of one catalog information block.

        REST method: ``catalog.product.offer.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductOfferGetFieldsByFilterResult

        Example:
            result = client.catalog.product.offer.get_fields_by_filter(filter={})
            result = await client.catalog.product.offer.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferGetFieldsByFilterResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductOffer]:
        """List variations of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.offer.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProductOffer]

        Example:
            result = client.catalog.product.offer.list()
            result = await client.catalog.product.offer.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductOffer]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_OFFER_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: CatalogProductOfferUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductOfferUpdateResult:
        """Change the name, pictures, texts or property values of a variation.

        REST method: ``catalog.product.offer.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-update.html

        Args:
            id: ID of the variation.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductOfferUpdateResult

        Example:
            result = client.catalog.product.offer.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.offer.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_OFFER_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncCatalogProductOffer(Namespace):
    """Methods under ``catalog.product.offer`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        fields: CatalogProductOfferAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductOfferAddResult:
        """Create a variation in a product catalog and return it.

        REST method: ``catalog.product.offer.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-add.html

        Args:
            fields: Values of the new variation, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductOfferAddResult

        Example:
            result = client.catalog.product.offer.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.offer.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_OFFER_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a variation of a parent product from the catalog.

        REST method: ``catalog.product.offer.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-delete.html

        Args:
            id: ID of the variation.

        Returns:
            bool

        Example:
            result = client.catalog.product.offer.delete(id=1)
            result = await client.catalog.product.offer.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_PRODUCT_OFFER_DELETE, {"id": id})
        )

    async def download(self, *, fields: CatalogProductOfferDownloadFields) -> Any:
        """Download a file (image or file property) attached to a variation.

        REST method: ``catalog.product.offer.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.offer.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.offer.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CATALOG_PRODUCT_OFFER_DOWNLOAD, {"fields": fields}
        )

    async def get(self, *, id: int) -> CatalogProductOfferGetResult:
        """Read a variation with its catalog fields and property values.

        REST method: ``catalog.product.offer.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get.html

        Args:
            id: ID of the variation.

        Returns:
            CatalogProductOfferGetResult

        Example:
            result = client.catalog.product.offer.get(id=1)
            result = await client.catalog.product.offer.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferGetResult",
            await self._backend._invoke(_CATALOG_PRODUCT_OFFER_GET, {"id": id}),
        )

    async def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductOfferGetFieldsByFilterResult:
        """Describe the variation fields, including properties, of one catalog information block.

        REST method: ``catalog.product.offer.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductOfferGetFieldsByFilterResult

        Example:
            result = client.catalog.product.offer.get_fields_by_filter(filter={})
            result = await client.catalog.product.offer.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferGetFieldsByFilterResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductOffer]:
        """List variations of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.offer.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProductOffer]

        Example:
            result = client.catalog.product.offer.list()
            result = await client.catalog.product.offer.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductOffer]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_OFFER_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: CatalogProductOfferUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductOfferUpdateResult:
        """Change the name, pictures, texts or property values of a variation.

        REST method: ``catalog.product.offer.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-update.html

        Args:
            id: ID of the variation.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductOfferUpdateResult

        Example:
            result = client.catalog.product.offer.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.offer.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductOfferUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_OFFER_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchCatalogProductOffer(Namespace):
    """Methods under ``catalog.product.offer`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductOfferAddFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductOfferAddResult]:
        """Create a variation in a product catalog and return it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-add.html

        Args:
            fields: Values of the new variation, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductOfferAddResult]

        Example:
            command = batch.catalog.product.offer.add(fields={"iblockId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogProductOfferAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_OFFER_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a variation of a parent product from the catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-delete.html

        Args:
            id: ID of the variation.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product.offer.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_OFFER_DELETE, {"id": id}),
        )

    def download(
        self, *, fields: CatalogProductOfferDownloadFields | Ref
    ) -> BatchCommand[Any]:
        """Download a file (image or file property) attached to a variation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-download.html

        Args:
            fields: Which file to download.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.catalog.product.offer.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CATALOG_PRODUCT_OFFER_DOWNLOAD, {"fields": fields}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogProductOfferGetResult]:
        """Read a variation with its catalog fields and property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get.html

        Args:
            id: ID of the variation.

        Returns:
            BatchCommand[CatalogProductOfferGetResult]

        Example:
            command = batch.catalog.product.offer.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductOfferGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_OFFER_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any] | Ref
    ) -> BatchCommand[CatalogProductOfferGetFieldsByFilterResult]:
        """Describe the variation fields, including properties, of one catalog information block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            BatchCommand[CatalogProductOfferGetFieldsByFilterResult]

        Example:
            command = batch.catalog.product.offer.get_fields_by_filter(filter={})
        """
        return cast(
            "BatchCommand[CatalogProductOfferGetFieldsByFilterResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductOffer]]:
        """List variations of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProductOffer]]

        Example:
            command = batch.catalog.product.offer.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductOffer]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_OFFER_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CatalogProductOfferUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductOfferUpdateResult]:
        """Change the name, pictures, texts or property values of a variation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.offer.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/offer/catalog-product-offer-update.html

        Args:
            id: ID of the variation.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductOfferUpdateResult]

        Example:
            command = batch.catalog.product.offer.update(id=1, fields={"name": "Anna", "active": "Y"})
        """
        return cast(
            "BatchCommand[CatalogProductOfferUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_OFFER_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_OFFER_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class CatalogProductService(Namespace):
    """Methods under ``catalog.product.service``."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductServiceAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductServiceAddResult:
        """Create a service in a product catalog and return it.

        REST method: ``catalog.product.service.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-add.html

        Args:
            fields: Values of the new service, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductServiceAddResult

        Example:
            result = client.catalog.product.service.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.service.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SERVICE_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a service item from the catalog for good.

        REST method: ``catalog.product.service.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-delete.html

        Args:
            id: ID of the service.

        Returns:
            bool

        Example:
            result = client.catalog.product.service.delete(id=1)
            result = await client.catalog.product.service.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRODUCT_SERVICE_DELETE, {"id": id})
        )

    def download(self, *, fields: CatalogProductServiceDownloadFields) -> Any:
        """Download a file (image or file property) attached to a service.

        REST method: ``catalog.product.service.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.service.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.service.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CATALOG_PRODUCT_SERVICE_DOWNLOAD, {"fields": fields}
        )

    def get(self, *, id: int) -> CatalogProductServiceGetResult:
        """Read a service with its catalog fields and property values.

        REST method: ``catalog.product.service.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get.html

        Args:
            id: ID of the service.

        Returns:
            CatalogProductServiceGetResult

        Example:
            result = client.catalog.product.service.get(id=1)
            result = await client.catalog.product.service.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_SERVICE_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductServiceGetFieldsByFilterResult:
        """Describe the service fields, including properties, of one catalog information block.

        REST method: ``catalog.product.service.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductServiceGetFieldsByFilterResult

        Example:
            result = client.catalog.product.service.get_fields_by_filter(filter={})
            result = await client.catalog.product.service.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceGetFieldsByFilterResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductService]:
        """List services of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.service.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProductService]

        Example:
            result = client.catalog.product.service.list()
            result = await client.catalog.product.service.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductService]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_SERVICE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: CatalogProductServiceUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductServiceUpdateResult:
        """Change the name, pictures, texts or property values of a service.

        REST method: ``catalog.product.service.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-update.html

        Args:
            id: ID of the service.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductServiceUpdateResult

        Example:
            result = client.catalog.product.service.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.service.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SERVICE_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncCatalogProductService(Namespace):
    """Methods under ``catalog.product.service`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        fields: CatalogProductServiceAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductServiceAddResult:
        """Create a service in a product catalog and return it.

        REST method: ``catalog.product.service.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-add.html

        Args:
            fields: Values of the new service, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductServiceAddResult

        Example:
            result = client.catalog.product.service.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.service.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SERVICE_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a service item from the catalog for good.

        REST method: ``catalog.product.service.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-delete.html

        Args:
            id: ID of the service.

        Returns:
            bool

        Example:
            result = client.catalog.product.service.delete(id=1)
            result = await client.catalog.product.service.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_PRODUCT_SERVICE_DELETE, {"id": id}),
        )

    async def download(self, *, fields: CatalogProductServiceDownloadFields) -> Any:
        """Download a file (image or file property) attached to a service.

        REST method: ``catalog.product.service.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.service.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.service.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CATALOG_PRODUCT_SERVICE_DOWNLOAD, {"fields": fields}
        )

    async def get(self, *, id: int) -> CatalogProductServiceGetResult:
        """Read a service with its catalog fields and property values.

        REST method: ``catalog.product.service.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get.html

        Args:
            id: ID of the service.

        Returns:
            CatalogProductServiceGetResult

        Example:
            result = client.catalog.product.service.get(id=1)
            result = await client.catalog.product.service.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceGetResult",
            await self._backend._invoke(_CATALOG_PRODUCT_SERVICE_GET, {"id": id}),
        )

    async def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductServiceGetFieldsByFilterResult:
        """Describe the service fields, including properties, of one catalog information block.

        REST method: ``catalog.product.service.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductServiceGetFieldsByFilterResult

        Example:
            result = client.catalog.product.service.get_fields_by_filter(filter={})
            result = await client.catalog.product.service.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceGetFieldsByFilterResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductService]:
        """List services of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.service.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProductService]

        Example:
            result = client.catalog.product.service.list()
            result = await client.catalog.product.service.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductService]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_SERVICE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: CatalogProductServiceUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductServiceUpdateResult:
        """Change the name, pictures, texts or property values of a service.

        REST method: ``catalog.product.service.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-update.html

        Args:
            id: ID of the service.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductServiceUpdateResult

        Example:
            result = client.catalog.product.service.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.service.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductServiceUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SERVICE_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchCatalogProductService(Namespace):
    """Methods under ``catalog.product.service`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductServiceAddFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductServiceAddResult]:
        """Create a service in a product catalog and return it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-add.html

        Args:
            fields: Values of the new service, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductServiceAddResult]

        Example:
            command = batch.catalog.product.service.add(fields={"iblockId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogProductServiceAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SERVICE_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a service item from the catalog for good.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-delete.html

        Args:
            id: ID of the service.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product.service.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_SERVICE_DELETE, {"id": id}),
        )

    def download(
        self, *, fields: CatalogProductServiceDownloadFields | Ref
    ) -> BatchCommand[Any]:
        """Download a file (image or file property) attached to a service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-download.html

        Args:
            fields: Which file to download.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.catalog.product.service.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_DOWNLOAD, {"fields": fields}
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogProductServiceGetResult]:
        """Read a service with its catalog fields and property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get.html

        Args:
            id: ID of the service.

        Returns:
            BatchCommand[CatalogProductServiceGetResult]

        Example:
            command = batch.catalog.product.service.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductServiceGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_SERVICE_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any] | Ref
    ) -> BatchCommand[CatalogProductServiceGetFieldsByFilterResult]:
        """Describe the service fields, including properties, of one catalog information block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            BatchCommand[CatalogProductServiceGetFieldsByFilterResult]

        Example:
            command = batch.catalog.product.service.get_fields_by_filter(filter={})
        """
        return cast(
            "BatchCommand[CatalogProductServiceGetFieldsByFilterResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductService]]:
        """List services of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProductService]]

        Example:
            command = batch.catalog.product.service.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductService]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_SERVICE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CatalogProductServiceUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductServiceUpdateResult]:
        """Change the name, pictures, texts or property values of a service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.service.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/service/catalog-product-service-update.html

        Args:
            id: ID of the service.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductServiceUpdateResult]

        Example:
            command = batch.catalog.product.service.update(id=1, fields={"name": "Anna", "active": "Y"})
        """
        return cast(
            "BatchCommand[CatalogProductServiceUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SERVICE_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SERVICE_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class CatalogProductSku(Namespace):
    """Methods under ``catalog.product.sku``."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductSkuAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductSkuAddResult:
        """Create a parent product in a product catalog and return it.

        For parent products, measure, VAT, dimensions, purchase price and quantity can be edited only on-premise, with the option that shows the catalog tab for products with variations turned on.

        REST method: ``catalog.product.sku.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-add.html

        Args:
            fields: Values of the new parent product, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductSkuAddResult

        Example:
            result = client.catalog.product.sku.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.sku.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_SKU_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SKU_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a parent product (a product with variations) from the catalog.

        REST method: ``catalog.product.sku.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-delete.html

        Args:
            id: ID of the parent product.

        Returns:
            bool

        Example:
            result = client.catalog.product.sku.delete(id=1)
            result = await client.catalog.product.sku.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRODUCT_SKU_DELETE, {"id": id})
        )

    def download(self, *, fields: CatalogProductSkuDownloadFields) -> Any:
        """Download a file (image or file property) attached to a parent product.

        REST method: ``catalog.product.sku.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.sku.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.sku.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return self._backend._invoke(_CATALOG_PRODUCT_SKU_DOWNLOAD, {"fields": fields})

    def get(self, *, id: int) -> CatalogProductSkuGetResult:
        """Read a parent product with its catalog fields and property values.

        REST method: ``catalog.product.sku.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get.html

        Args:
            id: ID of the parent product.

        Returns:
            CatalogProductSkuGetResult

        Example:
            result = client.catalog.product.sku.get(id=1)
            result = await client.catalog.product.sku.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_SKU_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductSkuGetFieldsByFilterResult:
        """Describe the parent product fields, including properties, of one catalog information block.

        REST method: ``catalog.product.sku.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductSkuGetFieldsByFilterResult

        Example:
            result = client.catalog.product.sku.get_fields_by_filter(filter={})
            result = await client.catalog.product.sku.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuGetFieldsByFilterResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_SKU_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductSku]:
        """List parent products of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.sku.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProductSku]

        Example:
            result = client.catalog.product.sku.list()
            result = await client.catalog.product.sku.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductSku]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_SKU_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: CatalogProductSkuUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductSkuUpdateResult:
        """Change the name, pictures, texts or property values of a parent product.

        REST method: ``catalog.product.sku.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-update.html

        Args:
            id: ID of the parent product.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductSkuUpdateResult

        Example:
            result = client.catalog.product.sku.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.sku.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_SKU_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SKU_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncCatalogProductSku(Namespace):
    """Methods under ``catalog.product.sku`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        fields: CatalogProductSkuAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductSkuAddResult:
        """Create a parent product in a product catalog and return it.

        For parent products, measure, VAT, dimensions, purchase price and quantity can be edited only on-premise, with the option that shows the catalog tab for products with variations turned on.

        REST method: ``catalog.product.sku.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-add.html

        Args:
            fields: Values of the new parent product, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductSkuAddResult

        Example:
            result = client.catalog.product.sku.add(fields={"iblockId": 1, "name": "Anna"})
            result = await client.catalog.product.sku.add(fields={"iblockId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_SKU_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SKU_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a parent product (a product with variations) from the catalog.

        REST method: ``catalog.product.sku.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-delete.html

        Args:
            id: ID of the parent product.

        Returns:
            bool

        Example:
            result = client.catalog.product.sku.delete(id=1)
            result = await client.catalog.product.sku.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_PRODUCT_SKU_DELETE, {"id": id})
        )

    async def download(self, *, fields: CatalogProductSkuDownloadFields) -> Any:
        """Download a file (image or file property) attached to a parent product.

        REST method: ``catalog.product.sku.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-download.html

        Args:
            fields: Which file to download.

        Returns:
            Any

        Example:
            result = client.catalog.product.sku.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
            result = await client.catalog.product.sku.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CATALOG_PRODUCT_SKU_DOWNLOAD, {"fields": fields}
        )

    async def get(self, *, id: int) -> CatalogProductSkuGetResult:
        """Read a parent product with its catalog fields and property values.

        REST method: ``catalog.product.sku.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get.html

        Args:
            id: ID of the parent product.

        Returns:
            CatalogProductSkuGetResult

        Example:
            result = client.catalog.product.sku.get(id=1)
            result = await client.catalog.product.sku.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuGetResult",
            await self._backend._invoke(_CATALOG_PRODUCT_SKU_GET, {"id": id}),
        )

    async def get_fields_by_filter(
        self, *, filter: dict[str, Any]
    ) -> CatalogProductSkuGetFieldsByFilterResult:
        """Describe the parent product fields, including properties, of one catalog information block.

        REST method: ``catalog.product.sku.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            CatalogProductSkuGetFieldsByFilterResult

        Example:
            result = client.catalog.product.sku.get_fields_by_filter(filter={})
            result = await client.catalog.product.sku.get_fields_by_filter(filter={})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuGetFieldsByFilterResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_SKU_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductSku]:
        """List parent products of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.product.sku.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProductSku]

        Example:
            result = client.catalog.product.sku.list()
            result = await client.catalog.product.sku.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductSku]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_SKU_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: CatalogProductSkuUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CatalogProductSkuUpdateResult:
        """Change the name, pictures, texts or property values of a parent product.

        REST method: ``catalog.product.sku.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-update.html

        Args:
            id: ID of the parent product.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CatalogProductSkuUpdateResult

        Example:
            result = client.catalog.product.sku.update(id=1, fields={"name": "Anna", "active": "Y"})
            result = await client.catalog.product.sku.update(id=1, fields={"name": "Anna", "active": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductSkuUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_SKU_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SKU_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchCatalogProductSku(Namespace):
    """Methods under ``catalog.product.sku`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductSkuAddFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductSkuAddResult]:
        """Create a parent product in a product catalog and return it.

        For parent products, measure, VAT, dimensions, purchase price and quantity can be edited only on-premise, with the option that shows the catalog tab for products with variations turned on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-add.html

        Args:
            fields: Values of the new parent product, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductSkuAddResult]

        Example:
            command = batch.catalog.product.sku.add(fields={"iblockId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[CatalogProductSkuAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SKU_ADD,
                {
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SKU_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a parent product (a product with variations) from the catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-delete.html

        Args:
            id: ID of the parent product.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product.sku.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_SKU_DELETE, {"id": id}),
        )

    def download(
        self, *, fields: CatalogProductSkuDownloadFields | Ref
    ) -> BatchCommand[Any]:
        """Download a file (image or file property) attached to a parent product.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.download``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-download.html

        Args:
            fields: Which file to download.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.catalog.product.sku.download(fields={"fileId": 1, "productId": 1, "fieldName": "example"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CATALOG_PRODUCT_SKU_DOWNLOAD, {"fields": fields}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogProductSkuGetResult]:
        """Read a parent product with its catalog fields and property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get.html

        Args:
            id: ID of the parent product.

        Returns:
            BatchCommand[CatalogProductSkuGetResult]

        Example:
            command = batch.catalog.product.sku.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductSkuGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_SKU_GET, {"id": id}),
        )

    def get_fields_by_filter(
        self, *, filter: dict[str, Any] | Ref
    ) -> BatchCommand[CatalogProductSkuGetFieldsByFilterResult]:
        """Describe the parent product fields, including properties, of one catalog information block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.getFieldsByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-get-fields-by-filter.html

        Args:
            filter: Must hold iblockId, the ID of the catalog information block (catalog.catalog.list).

        Returns:
            BatchCommand[CatalogProductSkuGetFieldsByFilterResult]

        Example:
            command = batch.catalog.product.sku.get_fields_by_filter(filter={})
        """
        return cast(
            "BatchCommand[CatalogProductSkuGetFieldsByFilterResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SKU_GET_FIELDS_BY_FILTER, {"filter": filter}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductSku]]:
        """List parent products of a catalog matching a filter, page by page.

        select must include "id" and "iblockId", and filter must include "iblockId". Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-list.html

        Args:
            select: Fields to return; must include "id" and "iblockId".
            filter: Conditions as {field: value}; must include "iblockId". A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProductSku]]

        Example:
            command = batch.catalog.product.sku.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductSku]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_SKU_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CatalogProductSkuUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CatalogProductSkuUpdateResult]:
        """Change the name, pictures, texts or property values of a parent product.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.product.sku.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product/sku/catalog-product-sku-update.html

        Args:
            id: ID of the parent product.
            fields: Fields to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CatalogProductSkuUpdateResult]

        Example:
            command = batch.catalog.product.sku.update(id=1, fields={"name": "Anna", "active": "Y"})
        """
        return cast(
            "BatchCommand[CatalogProductSkuUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_SKU_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CATALOG_PRODUCT_SKU_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )
