"""Methods under ``catalog.productPropertyEnum``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogProductPropertyEnum as _CatalogProductPropertyEnum,
        CatalogProductPropertyEnumAddFields,
        CatalogProductPropertyEnumAddResult,
        CatalogProductPropertyEnumGetFieldsResult,
        CatalogProductPropertyEnumGetResult,
        CatalogProductPropertyEnumUpdateFields,
        CatalogProductPropertyEnumUpdateResult,
    )

_CATALOG_PRODUCT_PROPERTY_ENUM_ADD = MethodInfo(
    name="catalog.productPropertyEnum.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_ENUM_DELETE = MethodInfo(
    name="catalog.productPropertyEnum.delete",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CATALOG_PRODUCT_PROPERTY_ENUM_GET = MethodInfo(
    name="catalog.productPropertyEnum.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_ENUM_GET_FIELDS = MethodInfo(
    name="catalog.productPropertyEnum.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_ENUM_LIST = MethodInfo(
    name="catalog.productPropertyEnum.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRODUCT_PROPERTY_ENUM_UPDATE = MethodInfo(
    name="catalog.productPropertyEnum.update", idempotent=False, returns="any", api=1
)


class CatalogProductPropertyEnum(Namespace):
    """Methods under ``catalog.productPropertyEnum``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyEnumAddFields
    ) -> CatalogProductPropertyEnumAddResult:
        """Add a choice to a list-type product property.

        REST method: ``catalog.productPropertyEnum.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-add.html

        Args:
            fields: Values of the new list value, keyed by field name.

        Returns:
            CatalogProductPropertyEnumAddResult

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            result = client.catalog.product_property_enum.add(fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})
            result = await client.catalog.product_property_enum.add(fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumAddResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a choice from a list-type product property.

        REST method: ``catalog.productPropertyEnum.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-delete.html

        Args:
            id: ID of the list value.

        Returns:
            bool

        Example:
            result = client.catalog.product_property_enum.delete(id=1)
            result = await client.catalog.product_property_enum.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_DELETE, {"id": id}),
        )

    def get(self, *, id: int) -> CatalogProductPropertyEnumGetResult:
        """Read one choice of a list-type product property.

        REST method: ``catalog.productPropertyEnum.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-get.html

        Args:
            id: ID of the list value.

        Returns:
            CatalogProductPropertyEnumGetResult

        Example:
            result = client.catalog.product_property_enum.get(id=1)
            result = await client.catalog.product_property_enum.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumGetResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogProductPropertyEnumGetFieldsResult:
        """Describe the fields of choices of list-type product properties.

        REST method: ``catalog.productPropertyEnum.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-get-fields.html

        Returns:
            CatalogProductPropertyEnumGetFieldsResult

        Example:
            result = client.catalog.product_property_enum.get_fields()
            result = await client.catalog.product_property_enum.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumGetFieldsResult",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogProductPropertyEnum]:
        """List the choices of list-type product properties.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productPropertyEnum.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogProductPropertyEnum]

        Example:
            result = client.catalog.product_property_enum.list()
            result = await client.catalog.product_property_enum.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogProductPropertyEnum]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_ENUM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogProductPropertyEnumUpdateFields
    ) -> CatalogProductPropertyEnumUpdateResult:
        """Change the text, default flag or position of a list property choice.

        REST method: ``catalog.productPropertyEnum.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-update.html

        Args:
            id: ID of the list value.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogProductPropertyEnumUpdateResult

        Example:
            result = client.catalog.product_property_enum.update(id=1, fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})
            result = await client.catalog.product_property_enum.update(id=1, fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumUpdateResult",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogProductPropertyEnum(Namespace):
    """Methods under ``catalog.productPropertyEnum`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogProductPropertyEnumAddFields
    ) -> CatalogProductPropertyEnumAddResult:
        """Add a choice to a list-type product property.

        REST method: ``catalog.productPropertyEnum.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-add.html

        Args:
            fields: Values of the new list value, keyed by field name.

        Returns:
            CatalogProductPropertyEnumAddResult

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            result = client.catalog.product_property_enum.add(fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})
            result = await client.catalog.product_property_enum.add(fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumAddResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a choice from a list-type product property.

        REST method: ``catalog.productPropertyEnum.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-delete.html

        Args:
            id: ID of the list value.

        Returns:
            bool

        Example:
            result = client.catalog.product_property_enum.delete(id=1)
            result = await client.catalog.product_property_enum.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_DELETE, {"id": id}
            ),
        )

    async def get(self, *, id: int) -> CatalogProductPropertyEnumGetResult:
        """Read one choice of a list-type product property.

        REST method: ``catalog.productPropertyEnum.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-get.html

        Args:
            id: ID of the list value.

        Returns:
            CatalogProductPropertyEnumGetResult

        Example:
            result = client.catalog.product_property_enum.get(id=1)
            result = await client.catalog.product_property_enum.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumGetResult",
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogProductPropertyEnumGetFieldsResult:
        """Describe the fields of choices of list-type product properties.

        REST method: ``catalog.productPropertyEnum.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-get-fields.html

        Returns:
            CatalogProductPropertyEnumGetFieldsResult

        Example:
            result = client.catalog.product_property_enum.get_fields()
            result = await client.catalog.product_property_enum.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogProductPropertyEnum]:
        """List the choices of list-type product properties.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.productPropertyEnum.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogProductPropertyEnum]

        Example:
            result = client.catalog.product_property_enum.list()
            result = await client.catalog.product_property_enum.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogProductPropertyEnum]",
            await self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_ENUM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogProductPropertyEnumUpdateFields
    ) -> CatalogProductPropertyEnumUpdateResult:
        """Change the text, default flag or position of a list property choice.

        REST method: ``catalog.productPropertyEnum.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-update.html

        Args:
            id: ID of the list value.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogProductPropertyEnumUpdateResult

        Example:
            result = client.catalog.product_property_enum.update(id=1, fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})
            result = await client.catalog.product_property_enum.update(id=1, fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "CatalogProductPropertyEnumUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogProductPropertyEnum(Namespace):
    """Methods under ``catalog.productPropertyEnum`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogProductPropertyEnumAddFields | Ref
    ) -> BatchCommand[CatalogProductPropertyEnumAddResult]:
        """Add a choice to a list-type product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyEnum.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-add.html

        Args:
            fields: Values of the new list value, keyed by field name.

        Returns:
            BatchCommand[CatalogProductPropertyEnumAddResult]

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            command = batch.catalog.product_property_enum.add(fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})
        """
        return cast(
            "BatchCommand[CatalogProductPropertyEnumAddResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a choice from a list-type product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyEnum.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-delete.html

        Args:
            id: ID of the list value.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.product_property_enum.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_DELETE, {"id": id}),
        )

    def get(
        self, *, id: int | Ref
    ) -> BatchCommand[CatalogProductPropertyEnumGetResult]:
        """Read one choice of a list-type product property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyEnum.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-get.html

        Args:
            id: ID of the list value.

        Returns:
            BatchCommand[CatalogProductPropertyEnumGetResult]

        Example:
            command = batch.catalog.product_property_enum.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogProductPropertyEnumGetResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogProductPropertyEnumGetFieldsResult]:
        """Describe the fields of choices of list-type product properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyEnum.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-get-fields.html

        Returns:
            BatchCommand[CatalogProductPropertyEnumGetFieldsResult]

        Example:
            command = batch.catalog.product_property_enum.get_fields()
        """
        return cast(
            "BatchCommand[CatalogProductPropertyEnumGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRODUCT_PROPERTY_ENUM_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogProductPropertyEnum]]:
        """List the choices of list-type product properties.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyEnum.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogProductPropertyEnum]]

        Example:
            command = batch.catalog.product_property_enum.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogProductPropertyEnum]]",
            self._backend._invoke_page(
                _CATALOG_PRODUCT_PROPERTY_ENUM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogProductPropertyEnumUpdateFields | Ref
    ) -> BatchCommand[CatalogProductPropertyEnumUpdateResult]:
        """Change the text, default flag or position of a list property choice.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.productPropertyEnum.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/product-property-enum/catalog-product-property-enum-update.html

        Args:
            id: ID of the list value.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogProductPropertyEnumUpdateResult]

        Example:
            command = batch.catalog.product_property_enum.update(id=1, fields={"propertyId": 1, "value": "example", "xmlId": "example_code"})
        """
        return cast(
            "BatchCommand[CatalogProductPropertyEnumUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRODUCT_PROPERTY_ENUM_UPDATE, {"id": id, "fields": fields}
            ),
        )
