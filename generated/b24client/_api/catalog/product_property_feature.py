"""Methods under ``catalog.productPropertyFeature``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogProductPropertyFeature as _CatalogProductPropertyFeature,
        CatalogProductPropertyFeatureAddFields,
        CatalogProductPropertyFeatureAddResult,
        CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult,
        CatalogProductPropertyFeatureGetFieldsResult,
        CatalogProductPropertyFeatureGetResult,
        CatalogProductPropertyFeatureUpdateFields,
        CatalogProductPropertyFeatureUpdateResult,
    )

_CATALOG_PRODUCT_PROPERTY_FEATURE_ADD = MethodInfo(
    name="catalog.productPropertyFeature.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_FEATURE_GET = MethodInfo(
    name="catalog.productPropertyFeature.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_FEATURE_GET_AVAILABLE_FEATURES_BY_PROPERTY = MethodInfo(
    name="catalog.productPropertyFeature.getAvailableFeaturesByProperty",
    idempotent=True,
    returns="any",
    api=1,
)
_CATALOG_PRODUCT_PROPERTY_FEATURE_GET_FIELDS = MethodInfo(
    name="catalog.productPropertyFeature.getFields",
    idempotent=True,
    returns="any",
    api=1,
)
_CATALOG_PRODUCT_PROPERTY_FEATURE_LIST = MethodInfo(
    name="catalog.productPropertyFeature.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_FEATURE_UPDATE = MethodInfo(
    name="catalog.productPropertyFeature.update", idempotent=False, returns="any", api=1
)


class CatalogProductPropertyFeature(Namespace):
    """Methods under ``catalog.productPropertyFeature``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyFeatureAddFields
    ) -> CatalogProductPropertyFeatureAddResult:
        """Turn on a module feature for a product or variation property.

        Needs the right to view the product catalog and to edit the information block of the property.

        REST method: ``catalog.productPropertyFeature.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-add.html

        Args:
            fields: Values of the new property feature, keyed by field name.

        Returns:
            CatalogProductPropertyFeatureAddResult

        Example:
            result = client.catalog.product_property_feature.add(fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})
            result = await client.catalog.product_property_feature.add(fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_ADD, {"fields": fields}
            ),
        )

    def get(self, *, id: int) -> CatalogProductPropertyFeatureGetResult:
        """Read one feature setting of a product or variation property.

        REST method: ``catalog.productPropertyFeature.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get.html

        Args:
            id: ID of the property feature.

        Returns:
            CatalogProductPropertyFeatureGetResult

        Example:
            result = client.catalog.product_property_feature.get(id=1)
            result = await client.catalog.product_property_feature.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_FEATURE_GET, {"id": id}),
        )

    def get_available_features_by_property(
        self, *, property_id: int
    ) -> CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult:
        """List the module features that can be set for a product or variation property.

        REST method: ``catalog.productPropertyFeature.getAvailableFeaturesByProperty``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get-available-features-by-property.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.

        Returns:
            CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult

        Example:
            result = client.catalog.product_property_feature.get_available_features_by_property(property_id=1)
            result = await client.catalog.product_property_feature.get_available_features_by_property(property_id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_GET_AVAILABLE_FEATURES_BY_PROPERTY,
                {"propertyId": property_id},
            ),
        )

    def get_fields(self) -> CatalogProductPropertyFeatureGetFieldsResult:
        """Describe the fields of product property features.

        REST method: ``catalog.productPropertyFeature.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get-fields.html

        Returns:
            CatalogProductPropertyFeatureGetFieldsResult

        Example:
            result = client.catalog.product_property_feature.get_fields()
            result = await client.catalog.product_property_feature.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureGetFieldsResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_FEATURE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductPropertyFeature]:
        """List the feature settings of product and variation properties.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productPropertyFeature.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProductPropertyFeature]

        Example:
            result = client.catalog.product_property_feature.list()
            result = await client.catalog.product_property_feature.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductPropertyFeature]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogProductPropertyFeatureUpdateFields
    ) -> CatalogProductPropertyFeatureUpdateResult:
        """Switch a module feature of a product property on or off.

        REST method: ``catalog.productPropertyFeature.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-update.html

        Args:
            id: ID of the property feature.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogProductPropertyFeatureUpdateResult

        Example:
            result = client.catalog.product_property_feature.update(id=1, fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})
            result = await client.catalog.product_property_feature.update(id=1, fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogProductPropertyFeature(Namespace):
    """Methods under ``catalog.productPropertyFeature`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogProductPropertyFeatureAddFields
    ) -> CatalogProductPropertyFeatureAddResult:
        """Turn on a module feature for a product or variation property.

        Needs the right to view the product catalog and to edit the information block of the property.

        REST method: ``catalog.productPropertyFeature.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-add.html

        Args:
            fields: Values of the new property feature, keyed by field name.

        Returns:
            CatalogProductPropertyFeatureAddResult

        Example:
            result = client.catalog.product_property_feature.add(fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})
            result = await client.catalog.product_property_feature.add(fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_ADD, {"fields": fields}
            ),
        )

    async def get(self, *, id: int) -> CatalogProductPropertyFeatureGetResult:
        """Read one feature setting of a product or variation property.

        REST method: ``catalog.productPropertyFeature.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get.html

        Args:
            id: ID of the property feature.

        Returns:
            CatalogProductPropertyFeatureGetResult

        Example:
            result = client.catalog.product_property_feature.get(id=1)
            result = await client.catalog.product_property_feature.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureGetResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_GET, {"id": id}
            ),
        )

    async def get_available_features_by_property(
        self, *, property_id: int
    ) -> CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult:
        """List the module features that can be set for a product or variation property.

        REST method: ``catalog.productPropertyFeature.getAvailableFeaturesByProperty``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get-available-features-by-property.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.

        Returns:
            CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult

        Example:
            result = client.catalog.product_property_feature.get_available_features_by_property(property_id=1)
            result = await client.catalog.product_property_feature.get_available_features_by_property(property_id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_GET_AVAILABLE_FEATURES_BY_PROPERTY,
                {"propertyId": property_id},
            ),
        )

    async def get_fields(self) -> CatalogProductPropertyFeatureGetFieldsResult:
        """Describe the fields of product property features.

        REST method: ``catalog.productPropertyFeature.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get-fields.html

        Returns:
            CatalogProductPropertyFeatureGetFieldsResult

        Example:
            result = client.catalog.product_property_feature.get_fields()
            result = await client.catalog.product_property_feature.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureGetFieldsResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_GET_FIELDS, {}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductPropertyFeature]:
        """List the feature settings of product and variation properties.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productPropertyFeature.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProductPropertyFeature]

        Example:
            result = client.catalog.product_property_feature.list()
            result = await client.catalog.product_property_feature.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductPropertyFeature]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogProductPropertyFeatureUpdateFields
    ) -> CatalogProductPropertyFeatureUpdateResult:
        """Switch a module feature of a product property on or off.

        REST method: ``catalog.productPropertyFeature.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-update.html

        Args:
            id: ID of the property feature.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogProductPropertyFeatureUpdateResult

        Example:
            result = client.catalog.product_property_feature.update(id=1, fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})
            result = await client.catalog.product_property_feature.update(id=1, fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyFeatureUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogProductPropertyFeature(Namespace):
    """Methods under ``catalog.productPropertyFeature`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyFeatureAddFields | Ref
    ) -> BatchCommand[CatalogProductPropertyFeatureAddResult]:
        """Turn on a module feature for a product or variation property.

        Needs the right to view the product catalog and to edit the information block of the property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyFeature.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-add.html

        Args:
            fields: Values of the new property feature, keyed by field name.

        Returns:
            BatchCommand[CatalogProductPropertyFeatureAddResult]

        Example:
            command = batch.catalog.product_property_feature.add(fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})
        """
        return cast(
            "BatchCommand[CatalogProductPropertyFeatureAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_ADD, {"fields": fields}
            ),
        )

    def get(
        self, *, id: int | Ref
    ) -> BatchCommand[CatalogProductPropertyFeatureGetResult]:
        """Read one feature setting of a product or variation property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyFeature.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get.html

        Args:
            id: ID of the property feature.

        Returns:
            BatchCommand[CatalogProductPropertyFeatureGetResult]

        Example:
            command = batch.catalog.product_property_feature.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductPropertyFeatureGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_FEATURE_GET, {"id": id}),
        )

    def get_available_features_by_property(
        self, *, property_id: int | Ref
    ) -> BatchCommand[
        CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult
    ]:
        """List the module features that can be set for a product or variation property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyFeature.getAvailableFeaturesByProperty``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get-available-features-by-property.html

        Args:
            property_id: ID of the product or variation property (catalog.productProperty.list). Wire name: ``propertyId``.

        Returns:
            BatchCommand[CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult]

        Example:
            command = batch.catalog.product_property_feature.get_available_features_by_property(property_id=1)
        """
        return cast(
            "BatchCommand[CatalogProductPropertyFeatureGetAvailableFeaturesByPropertyResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_GET_AVAILABLE_FEATURES_BY_PROPERTY,
                {"propertyId": property_id},
            ),
        )

    def get_fields(self) -> BatchCommand[CatalogProductPropertyFeatureGetFieldsResult]:
        """Describe the fields of product property features.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyFeature.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-get-fields.html

        Returns:
            BatchCommand[CatalogProductPropertyFeatureGetFieldsResult]

        Example:
            command = batch.catalog.product_property_feature.get_fields()
        """
        return cast(
            "BatchCommand[CatalogProductPropertyFeatureGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_FEATURE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductPropertyFeature]]:
        """List the feature settings of product and variation properties.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyFeature.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProductPropertyFeature]]

        Example:
            command = batch.catalog.product_property_feature.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductPropertyFeature]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogProductPropertyFeatureUpdateFields | Ref
    ) -> BatchCommand[CatalogProductPropertyFeatureUpdateResult]:
        """Switch a module feature of a product property on or off.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyFeature.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-feature/catalog-product-property-feature-update.html

        Args:
            id: ID of the property feature.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogProductPropertyFeatureUpdateResult]

        Example:
            command = batch.catalog.product_property_feature.update(id=1, fields={"propertyId": 1, "moduleId": "1", "featureId": "1", "isEnabled": "Y"})
        """
        return cast(
            "BatchCommand[CatalogProductPropertyFeatureUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_FEATURE_UPDATE, {"id": id, "fields": fields}
            ),
        )
