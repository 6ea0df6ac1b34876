"""Methods under ``catalog.productPropertySection``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogProductPropertySection as _CatalogProductPropertySection,
        CatalogProductPropertySectionGetResult,
        CatalogProductPropertySectionSetFields,
        CatalogProductPropertySectionSetResult,
    )

_CATALOG_PRODUCT_PROPERTY_SECTION_GET = MethodInfo(
    name="catalog.productPropertySection.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_SECTION_LIST = MethodInfo(
    name="catalog.productPropertySection.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_SECTION_SET = MethodInfo(
    name="catalog.productPropertySection.set", idempotent=False, returns="any", api=1
)


class CatalogProductPropertySection(Namespace):
    """Methods under ``catalog.productPropertySection``."""

    __slots__ = ()

    def get(self, *, property_id: int) -> CatalogProductPropertySectionGetResult:
        """Read the smart filter settings of a product or variation property.

        REST method: ``catalog.productPropertySection.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-get.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.

        Returns:
            CatalogProductPropertySectionGetResult

        Example:
            result = client.catalog.product_property_section.get(property_id=1)
            result = await client.catalog.product_property_section.get(property_id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertySectionGetResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_SECTION_GET, {"propertyId": property_id}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductPropertySection]:
        """List the smart filter settings of product and variation properties.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productPropertySection.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProductPropertySection]

        Example:
            result = client.catalog.product_property_section.list()
            result = await client.catalog.product_property_section.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductPropertySection]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_SECTION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def set(
        self, *, property_id: int, fields: CatalogProductPropertySectionSetFields
    ) -> CatalogProductPropertySectionSetResult:
        """Set how a product property appears in the smart filter.

        Creates the settings record of the property if it has none, otherwise updates it.

        REST method: ``catalog.productPropertySection.set``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-set.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.
            fields: Settings to write.

        Returns:
            CatalogProductPropertySectionSetResult

        Example:
            result = client.catalog.product_property_section.set(property_id=1, fields={"smartFilter": "Y", "displayType": "F"})
            result = await client.catalog.product_property_section.set(property_id=1, fields={"smartFilter": "Y", "displayType": "F"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertySectionSetResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_SECTION_SET,
                {"propertyId": property_id, "fields": fields},
            ),
        )


class AsyncCatalogProductPropertySection(Namespace):
    """Methods under ``catalog.productPropertySection`` (async)."""

    __slots__ = ()

    async def get(self, *, property_id: int) -> CatalogProductPropertySectionGetResult:
        """Read the smart filter settings of a product or variation property.

        REST method: ``catalog.productPropertySection.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-get.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.

        Returns:
            CatalogProductPropertySectionGetResult

        Example:
            result = client.catalog.product_property_section.get(property_id=1)
            result = await client.catalog.product_property_section.get(property_id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertySectionGetResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_SECTION_GET, {"propertyId": property_id}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductPropertySection]:
        """List the smart filter settings of product and variation properties.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productPropertySection.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProductPropertySection]

        Example:
            result = client.catalog.product_property_section.list()
            result = await client.catalog.product_property_section.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductPropertySection]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_SECTION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def set(
        self, *, property_id: int, fields: CatalogProductPropertySectionSetFields
    ) -> CatalogProductPropertySectionSetResult:
        """Set how a product property appears in the smart filter.

        Creates the settings record of the property if it has none, otherwise updates it.

        REST method: ``catalog.productPropertySection.set``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-set.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.
            fields: Settings to write.

        Returns:
            CatalogProductPropertySectionSetResult

        Example:
            result = client.catalog.product_property_section.set(property_id=1, fields={"smartFilter": "Y", "displayType": "F"})
            result = await client.catalog.product_property_section.set(property_id=1, fields={"smartFilter": "Y", "displayType": "F"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertySectionSetResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_SECTION_SET,
                {"propertyId": property_id, "fields": fields},
            ),
        )


class BatchCatalogProductPropertySection(Namespace):
    """Methods under ``catalog.productPropertySection`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, property_id: int | Ref
    ) -> BatchCommand[CatalogProductPropertySectionGetResult]:
        """Read the smart filter settings of a product or variation property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertySection.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-get.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.

        Returns:
            BatchCommand[CatalogProductPropertySectionGetResult]

        Example:
            command = batch.catalog.product_property_section.get(property_id=1)
        """
        return cast(
            "BatchCommand[CatalogProductPropertySectionGetResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_SECTION_GET, {"propertyId": property_id}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductPropertySection]]:
        """List the smart filter settings of product and variation properties.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertySection.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProductPropertySection]]

        Example:
            command = batch.catalog.product_property_section.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductPropertySection]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_SECTION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def set(
        self,
        *,
        property_id: int | Ref,
        fields: CatalogProductPropertySectionSetFields | Ref,
    ) -> BatchCommand[CatalogProductPropertySectionSetResult]:
        """Set how a product property appears in the smart filter.

        Creates the settings record of the property if it has none, otherwise updates it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertySection.set``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-section/catalog-product-property-section-set.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.
            fields: Settings to write.

        Returns:
            BatchCommand[CatalogProductPropertySectionSetResult]

        Example:
            command = batch.catalog.product_property_section.set(property_id=1, fields={"smartFilter": "Y", "displayType": "F"})
        """
        return cast(
            "BatchCommand[CatalogProductPropertySectionSetResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_SECTION_SET,
                {"propertyId": property_id, "fields": fields},
            ),
        )
