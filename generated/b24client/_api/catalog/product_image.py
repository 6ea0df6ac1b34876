"""Methods under ``catalog.productImage``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.catalog import (
        CatalogProductImage as _CatalogProductImage,
        CatalogProductImageAddFields,
        CatalogProductImageAddResult,
        CatalogProductImageGetFieldsResult,
        CatalogProductImageGetResult,
    )

_CATALOG_PRODUCT_IMAGE_ADD = MethodInfo(
    name="catalog.productImage.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_IMAGE_DELETE = MethodInfo(
    name="catalog.productImage.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRODUCT_IMAGE_GET = MethodInfo(
    name="catalog.productImage.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_IMAGE_GET_FIELDS = MethodInfo(
    name="catalog.productImage.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_IMAGE_LIST = MethodInfo(
    name="catalog.productImage.list", idempotent=True, returns="any", api=1
)


class CatalogProductImage(Namespace):
    """Methods under ``catalog.productImage``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductImageAddFields, file_content: Sequence[str]
    ) -> CatalogProductImageAddResult:
        """Upload an image to a product, parent product, variation or service.

        REST method: ``catalog.productImage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-add.html

        Args:
            fields: Values of the new product image, keyed by field name.
            file_content: The image as [file name, base64 content]. Wire name: ``fileContent``.

        Returns:
            CatalogProductImageAddResult

        Example:
            result = client.catalog.product_image.add(fields={"productId": 1}, file_content=["example"])
            result = await client.catalog.product_image.add(fields={"productId": 1}, file_content=["example"])  # AsyncBitrix24
        """
        return cast(
            "CatalogProductImageAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_ADD,
                {"fields": fields, "fileContent": file_content},
            ),
        )

    def delete(self, *, product_id: int, id: int) -> bool:
        """Remove an image from a product or variation.

        REST method: ``catalog.productImage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-delete.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            id: ID of the product image.

        Returns:
            bool

        Example:
            result = client.catalog.product_image.delete(product_id=1, id=1)
            result = await client.catalog.product_image.delete(product_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_DELETE, {"productId": product_id, "id": id}
            ),
        )

    def get(self, *, product_id: int, id: int) -> CatalogProductImageGetResult:
        """Read one product image with its type and download links.

        REST method: ``catalog.productImage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            id: ID of the product image.

        Returns:
            CatalogProductImageGetResult

        Example:
            result = client.catalog.product_image.get(product_id=1, id=1)
            result = await client.catalog.product_image.get(product_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductImageGetResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_GET, {"productId": product_id, "id": id}
            ),
        )

    def get_fields(self) -> CatalogProductImageGetFieldsResult:
        """Describe the product image fields: type, required and read-only flags.

        REST method: ``catalog.productImage.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get-fields.html

        Returns:
            CatalogProductImageGetFieldsResult

        Example:
            result = client.catalog.product_image.get_fields()
            result = await client.catalog.product_image.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductImageGetFieldsResult",
            self._backend._invoke(_CATALOG_PRODUCT_IMAGE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        product_id: int,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductImage]:
        """List the images of a product, variation or service with their links.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productImage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-list.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            select: Fields to return.
            start: Offset of the first record to return, for paging.

        Returns:
            Page[CatalogProductImage]

        Example:
            result = client.catalog.product_image.list(product_id=1)
            result = await client.catalog.product_image.list(product_id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductImage]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_IMAGE_LIST,
                {"productId": product_id, "select": select, "start": start},
            ),
        )


class AsyncCatalogProductImage(Namespace):
    """Methods under ``catalog.productImage`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogProductImageAddFields, file_content: Sequence[str]
    ) -> CatalogProductImageAddResult:
        """Upload an image to a product, parent product, variation or service.

        REST method: ``catalog.productImage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-add.html

        Args:
            fields: Values of the new product image, keyed by field name.
            file_content: The image as [file name, base64 content]. Wire name: ``fileContent``.

        Returns:
            CatalogProductImageAddResult

        Example:
            result = client.catalog.product_image.add(fields={"productId": 1}, file_content=["example"])
            result = await client.catalog.product_image.add(fields={"productId": 1}, file_content=["example"])  # AsyncBitrix24
        """
        return cast(
            "CatalogProductImageAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_ADD,
                {"fields": fields, "fileContent": file_content},
            ),
        )

    async def delete(self, *, product_id: int, id: int) -> bool:
        """Remove an image from a product or variation.

        REST method: ``catalog.productImage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-delete.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            id: ID of the product image.

        Returns:
            bool

        Example:
            result = client.catalog.product_image.delete(product_id=1, id=1)
            result = await client.catalog.product_image.delete(product_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_DELETE, {"productId": product_id, "id": id}
            ),
        )

    async def get(self, *, product_id: int, id: int) -> CatalogProductImageGetResult:
        """Read one product image with its type and download links.

        REST method: ``catalog.productImage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            id: ID of the product image.

        Returns:
            CatalogProductImageGetResult

        Example:
            result = client.catalog.product_image.get(product_id=1, id=1)
            result = await client.catalog.product_image.get(product_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductImageGetResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_GET, {"productId": product_id, "id": id}
            ),
        )

    async def get_fields(self) -> CatalogProductImageGetFieldsResult:
        """Describe the product image fields: type, required and read-only flags.

        REST method: ``catalog.productImage.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get-fields.html

        Returns:
            CatalogProductImageGetFieldsResult

        Example:
            result = client.catalog.product_image.get_fields()
            result = await client.catalog.product_image.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductImageGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRODUCT_IMAGE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        product_id: int,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductImage]:
        """List the images of a product, variation or service with their links.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productImage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-list.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            select: Fields to return.
            start: Offset of the first record to return, for paging.

        Returns:
            AsyncPage[CatalogProductImage]

        Example:
            result = client.catalog.product_image.list(product_id=1)
            result = await client.catalog.product_image.list(product_id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductImage]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_IMAGE_LIST,
                {"productId": product_id, "select": select, "start": start},
            ),
        )


class BatchCatalogProductImage(Namespace):
    """Methods under ``catalog.productImage`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: CatalogProductImageAddFields | Ref,
        file_content: Sequence[str] | Ref,
    ) -> BatchCommand[CatalogProductImageAddResult]:
        """Upload an image to a product, parent product, variation or service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productImage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-add.html

        Args:
            fields: Values of the new product image, keyed by field name.
            file_content: The image as [file name, base64 content]. Wire name: ``fileContent``.

        Returns:
            BatchCommand[CatalogProductImageAddResult]

        Example:
            command = batch.catalog.product_image.add(fields={"productId": 1}, file_content=["example"])
        """
        return cast(
            "BatchCommand[CatalogProductImageAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_ADD,
                {"fields": fields, "fileContent": file_content},
            ),
        )

    def delete(self, *, product_id: int | Ref, id: int | Ref) -> BatchCommand[bool]:
        """Remove an image from a product or variation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productImage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-delete.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            id: ID of the product image.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product_image.delete(product_id=1, id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_DELETE, {"productId": product_id, "id": id}
            ),
        )

    def get(
        self, *, product_id: int | Ref, id: int | Ref
    ) -> BatchCommand[CatalogProductImageGetResult]:
        """Read one product image with its type and download links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productImage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            id: ID of the product image.

        Returns:
            BatchCommand[CatalogProductImageGetResult]

        Example:
            command = batch.catalog.product_image.get(product_id=1, id=1)
        """
        return cast(
            "BatchCommand[CatalogProductImageGetResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_IMAGE_GET, {"productId": product_id, "id": id}
            ),
        )

    def get_fields(self) -> BatchCommand[CatalogProductImageGetFieldsResult]:
        """Describe the product image fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productImage.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-get-fields.html

        Returns:
            BatchCommand[CatalogProductImageGetFieldsResult]

        Example:
            command = batch.catalog.product_image.get_fields()
        """
        return cast(
            "BatchCommand[CatalogProductImageGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRODUCT_IMAGE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        product_id: int | Ref,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductImage]]:
        """List the images of a product, variation or service with their links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productImage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-image/catalog-product-image-list.html

        Args:
            product_id: ID of the product, parent product, variation or service. Wire name: ``productId``.
            select: Fields to return.
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[CatalogProductImage]]

        Example:
            command = batch.catalog.product_image.list(product_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductImage]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_IMAGE_LIST,
                {"productId": product_id, "select": select, "start": start},
            ),
        )
