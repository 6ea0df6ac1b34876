"""Methods under ``sale.propertyRelation``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sale import (
        SalePropertyRelation as _SalePropertyRelation,
        SalePropertyRelationAddFields,
        SalePropertyRelationAddResult,
        SalePropertyRelationDeleteByFilterFields,
        SalePropertyRelationGetFieldsResult,
    )

_SALE_PROPERTY_RELATION_ADD = MethodInfo(
    name="sale.propertyRelation.add", idempotent=False, returns="any", api=1
)
_SALE_PROPERTY_RELATION_DELETE_BY_FILTER = MethodInfo(
    name="sale.propertyRelation.deleteByFilter",
    idempotent=False,
    returns="boolean",
    api=1,
)
_SALE_PROPERTY_RELATION_GET_FIELDS = MethodInfo(
    name="sale.propertyRelation.getFields", idempotent=True, returns="any", api=1
)
_SALE_PROPERTY_RELATION_LIST = MethodInfo(
    name="sale.propertyRelation.list", idempotent=True, returns="any", api=1
)


class SalePropertyRelation(Namespace):
    """Methods under ``sale.propertyRelation``."""

    __slots__ = ()

    def add(
        self, *, fields: SalePropertyRelationAddFields
    ) -> SalePropertyRelationAddResult:
        """Bind an order property to a payment system, delivery service, landing or order source.

        REST method: ``sale.propertyRelation.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-add.html

        Args:
            fields: The binding to create.

        Returns:
            SalePropertyRelationAddResult

        Example:
            result = client.sale.property_relation.add(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})
            result = await client.sale.property_relation.add(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyRelationAddResult",
            self._backend._invoke(_SALE_PROPERTY_RELATION_ADD, {"fields": fields}),
        )

    def delete_by_filter(
        self, *, fields: SalePropertyRelationDeleteByFilterFields
    ) -> bool:
        """Remove the binding of an order property to a payment system, delivery or other object.

        REST method: ``sale.propertyRelation.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-delete-by-filter.html

        Args:
            fields: The binding to remove, identified by all three keys.

        Returns:
            bool

        Example:
            result = client.sale.property_relation.delete_by_filter(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})
            result = await client.sale.property_relation.delete_by_filter(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_PROPERTY_RELATION_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> SalePropertyRelationGetFieldsResult:
        """Describe the fields of order property bindings.

        REST method: ``sale.propertyRelation.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-get-fields.html

        Returns:
            SalePropertyRelationGetFieldsResult

        Example:
            result = client.sale.property_relation.get_fields()
            result = await client.sale.property_relation.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertyRelationGetFieldsResult",
            self._backend._invoke(_SALE_PROPERTY_RELATION_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePropertyRelation]:
        """List which order properties are bound to payment systems, deliveries and other objects.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertyRelation.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SalePropertyRelation]

        Example:
            result = client.sale.property_relation.list()
            result = await client.sale.property_relation.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePropertyRelation]",
            self._backend._invoke_page(
                _SALE_PROPERTY_RELATION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncSalePropertyRelation(Namespace):
    """Methods under ``sale.propertyRelation`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SalePropertyRelationAddFields
    ) -> SalePropertyRelationAddResult:
        """Bind an order property to a payment system, delivery service, landing or order source.

        REST method: ``sale.propertyRelation.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-add.html

        Args:
            fields: The binding to create.

        Returns:
            SalePropertyRelationAddResult

        Example:
            result = client.sale.property_relation.add(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})
            result = await client.sale.property_relation.add(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyRelationAddResult",
            await self._backend._invoke(
                _SALE_PROPERTY_RELATION_ADD, {"fields": fields}
            ),
        )

    async def delete_by_filter(
        self, *, fields: SalePropertyRelationDeleteByFilterFields
    ) -> bool:
        """Remove the binding of an order property to a payment system, delivery or other object.

        REST method: ``sale.propertyRelation.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-delete-by-filter.html

        Args:
            fields: The binding to remove, identified by all three keys.

        Returns:
            bool

        Example:
            result = client.sale.property_relation.delete_by_filter(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})
            result = await client.sale.property_relation.delete_by_filter(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_PROPERTY_RELATION_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    async def get_fields(self) -> SalePropertyRelationGetFieldsResult:
        """Describe the fields of order property bindings.

        REST method: ``sale.propertyRelation.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-get-fields.html

        Returns:
            SalePropertyRelationGetFieldsResult

        Example:
            result = client.sale.property_relation.get_fields()
            result = await client.sale.property_relation.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertyRelationGetFieldsResult",
            await self._backend._invoke(_SALE_PROPERTY_RELATION_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePropertyRelation]:
        """List which order properties are bound to payment systems, deliveries and other objects.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertyRelation.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SalePropertyRelation]

        Example:
            result = client.sale.property_relation.list()
            result = await client.sale.property_relation.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePropertyRelation]",
            await self._backend._invoke_page(
                _SALE_PROPERTY_RELATION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchSalePropertyRelation(Namespace):
    """Methods under ``sale.propertyRelation`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePropertyRelationAddFields | Ref
    ) -> BatchCommand[SalePropertyRelationAddResult]:
        """Bind an order property to a payment system, delivery service, landing or order source.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyRelation.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-add.html

        Args:
            fields: The binding to create.

        Returns:
            BatchCommand[SalePropertyRelationAddResult]

        Example:
            command = batch.sale.property_relation.add(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})
        """
        return cast(
            "BatchCommand[SalePropertyRelationAddResult]",
            self._backend._invoke(_SALE_PROPERTY_RELATION_ADD, {"fields": fields}),
        )

    def delete_by_filter(
        self, *, fields: SalePropertyRelationDeleteByFilterFields | Ref
    ) -> BatchCommand[bool]:
        """Remove the binding of an order property to a payment system, delivery or other object.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyRelation.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-delete-by-filter.html

        Args:
            fields: The binding to remove, identified by all three keys.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.property_relation.delete_by_filter(fields={"entityId": 1, "entityType": "CRM_DEAL", "propertyId": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_PROPERTY_RELATION_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> BatchCommand[SalePropertyRelationGetFieldsResult]:
        """Describe the fields of order property bindings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyRelation.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-get-fields.html

        Returns:
            BatchCommand[SalePropertyRelationGetFieldsResult]

        Example:
            command = batch.sale.property_relation.get_fields()
        """
        return cast(
            "BatchCommand[SalePropertyRelationGetFieldsResult]",
            self._backend._invoke(_SALE_PROPERTY_RELATION_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePropertyRelation]]:
        """List which order properties are bound to payment systems, deliveries and other objects.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyRelation.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-relation/sale-property-relation-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SalePropertyRelation]]

        Example:
            command = batch.sale.property_relation.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePropertyRelation]]",
            self._backend._invoke_page(
                _SALE_PROPERTY_RELATION_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
