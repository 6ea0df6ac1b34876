"""Methods under ``crm.orderentity``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmOrderentity as _CrmOrderentity,
        CrmOrderentityAddFields,
        CrmOrderentityAddResult,
        CrmOrderentityDeleteByFilterFields,
        CrmOrderentityGetFieldsResult,
    )

_CRM_ORDERENTITY_ADD = MethodInfo(
    name="crm.orderentity.add", idempotent=False, returns="any", api=1
)
_CRM_ORDERENTITY_DELETE_BY_FILTER = MethodInfo(
    name="crm.orderentity.deleteByFilter", idempotent=False, returns="boolean", api=1
)
_CRM_ORDERENTITY_GET_FIELDS = MethodInfo(
    name="crm.orderentity.getFields", idempotent=True, returns="any", api=1
)
_CRM_ORDERENTITY_LIST = MethodInfo(
    name="crm.orderentity.list", idempotent=True, returns="any", api=1
)


class CrmOrderentity(Namespace):
    """Methods under ``crm.orderentity``."""

    __slots__ = ()

    def add(self, *, fields: CrmOrderentityAddFields) -> CrmOrderentityAddResult:
        """Link an online-store order to a deal or invoice.

        REST method: ``crm.orderentity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-add.html

        Args:
            fields: The link to create.

        Returns:
            CrmOrderentityAddResult

        Example:
            result = client.crm.orderentity.add(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})
            result = await client.crm.orderentity.add(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmOrderentityAddResult",
            self._backend._invoke(_CRM_ORDERENTITY_ADD, {"fields": fields}),
        )

    def delete_by_filter(self, *, fields: CrmOrderentityDeleteByFilterFields) -> bool:
        """Unlink an order from a deal or invoice; both records stay.

        REST method: ``crm.orderentity.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-delete-by-filter.html

        Args:
            fields: The link to remove, named by all three keys.

        Returns:
            bool

        Example:
            result = client.crm.orderentity.delete_by_filter(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})
            result = await client.crm.orderentity.delete_by_filter(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ORDERENTITY_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> CrmOrderentityGetFieldsResult:
        """Describe the fields of an order-to-deal link.

        REST method: ``crm.orderentity.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-get-fields.html

        Returns:
            CrmOrderentityGetFieldsResult

        Example:
            result = client.crm.orderentity.get_fields()
            result = await client.crm.orderentity.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CrmOrderentityGetFieldsResult",
            self._backend._invoke(_CRM_ORDERENTITY_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmOrderentity]:
        """Find links between orders and deals or invoices.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.orderentity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-list.html

        Args:
            select: Fields to return: "orderId", "ownerId", "ownerTypeId".
            filter: Conditions on the link fields, such as {"ownerTypeId": 2}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmOrderentity]

        Example:
            result = client.crm.orderentity.list()
            result = await client.crm.orderentity.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmOrderentity]",
            self._backend._invoke_page(
                _CRM_ORDERENTITY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCrmOrderentity(Namespace):
    """Methods under ``crm.orderentity`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmOrderentityAddFields) -> CrmOrderentityAddResult:
        """Link an online-store order to a deal or invoice.

        REST method: ``crm.orderentity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-add.html

        Args:
            fields: The link to create.

        Returns:
            CrmOrderentityAddResult

        Example:
            result = client.crm.orderentity.add(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})
            result = await client.crm.orderentity.add(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmOrderentityAddResult",
            await self._backend._invoke(_CRM_ORDERENTITY_ADD, {"fields": fields}),
        )

    async def delete_by_filter(
        self, *, fields: CrmOrderentityDeleteByFilterFields
    ) -> bool:
        """Unlink an order from a deal or invoice; both records stay.

        REST method: ``crm.orderentity.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-delete-by-filter.html

        Args:
            fields: The link to remove, named by all three keys.

        Returns:
            bool

        Example:
            result = client.crm.orderentity.delete_by_filter(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})
            result = await client.crm.orderentity.delete_by_filter(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ORDERENTITY_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    async def get_fields(self) -> CrmOrderentityGetFieldsResult:
        """Describe the fields of an order-to-deal link.

        REST method: ``crm.orderentity.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-get-fields.html

        Returns:
            CrmOrderentityGetFieldsResult

        Example:
            result = client.crm.orderentity.get_fields()
            result = await client.crm.orderentity.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CrmOrderentityGetFieldsResult",
            await self._backend._invoke(_CRM_ORDERENTITY_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmOrderentity]:
        """Find links between orders and deals or invoices.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.orderentity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-list.html

        Args:
            select: Fields to return: "orderId", "ownerId", "ownerTypeId".
            filter: Conditions on the link fields, such as {"ownerTypeId": 2}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmOrderentity]

        Example:
            result = client.crm.orderentity.list()
            result = await client.crm.orderentity.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmOrderentity]",
            await self._backend._invoke_page(
                _CRM_ORDERENTITY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCrmOrderentity(Namespace):
    """Methods under ``crm.orderentity`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmOrderentityAddFields | Ref
    ) -> BatchCommand[CrmOrderentityAddResult]:
        """Link an online-store order to a deal or invoice.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.orderentity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-add.html

        Args:
            fields: The link to create.

        Returns:
            BatchCommand[CrmOrderentityAddResult]

        Example:
            command = batch.crm.orderentity.add(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})
        """
        return cast(
            "BatchCommand[CrmOrderentityAddResult]",
            self._backend._invoke(_CRM_ORDERENTITY_ADD, {"fields": fields}),
        )

    def delete_by_filter(
        self, *, fields: CrmOrderentityDeleteByFilterFields | Ref
    ) -> BatchCommand[bool]:
        """Unlink an order from a deal or invoice; both records stay.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.orderentity.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-delete-by-filter.html

        Args:
            fields: The link to remove, named by all three keys.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.orderentity.delete_by_filter(fields={"orderId": 1, "ownerTypeId": 1, "ownerId": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ORDERENTITY_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> BatchCommand[CrmOrderentityGetFieldsResult]:
        """Describe the fields of an order-to-deal link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.orderentity.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-get-fields.html

        Returns:
            BatchCommand[CrmOrderentityGetFieldsResult]

        Example:
            command = batch.crm.orderentity.get_fields()
        """
        return cast(
            "BatchCommand[CrmOrderentityGetFieldsResult]",
            self._backend._invoke(_CRM_ORDERENTITY_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmOrderentity]]:
        """Find links between orders and deals or invoices.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.orderentity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-list.html

        Args:
            select: Fields to return: "orderId", "ownerId", "ownerTypeId".
            filter: Conditions on the link fields, such as {"ownerTypeId": 2}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmOrderentity]]

        Example:
            command = batch.crm.orderentity.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmOrderentity]]",
            self._backend._invoke_page(
                _CRM_ORDERENTITY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
