"""Methods under ``crm.stagehistory``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import CrmStagehistory as _CrmStagehistory

_CRM_STAGEHISTORY_LIST = MethodInfo(
    name="crm.stagehistory.list", idempotent=True, returns="any", api=1
)


class CrmStagehistory(Namespace):
    """Methods under ``crm.stagehistory``."""

    __slots__ = ()

    def list(
        self,
        *,
        entity_type_id: int | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmStagehistory]:
        """Read the stage-change history of leads, deals, invoices or smart-process items.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.stagehistory.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-stage-history-list.html

        Args:
            entity_type_id: Object type: 1 lead, 2 deal, 5 old invoice, 31 invoice, or a smart process type such as 130. Wire name: ``entityTypeId``.
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on history fields, such as {"OWNER_ID": 1}; prefixes >, <, @, !@, % and ! are supported.
            select: Fields of the history records to return, such as ["ID", "STAGE_ID", "CREATED_TIME"].
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmStagehistory]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``.

        Example:
            result = client.crm.stagehistory.list()
            result = await client.crm.stagehistory.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmStagehistory]",
            self._backend._invoke_page(
                _CRM_STAGEHISTORY_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "start": start,
                },
            ),
        )


class AsyncCrmStagehistory(Namespace):
    """Methods under ``crm.stagehistory`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        entity_type_id: int | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmStagehistory]:
        """Read the stage-change history of leads, deals, invoices or smart-process items.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.stagehistory.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-stage-history-list.html

        Args:
            entity_type_id: Object type: 1 lead, 2 deal, 5 old invoice, 31 invoice, or a smart process type such as 130. Wire name: ``entityTypeId``.
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on history fields, such as {"OWNER_ID": 1}; prefixes >, <, @, !@, % and ! are supported.
            select: Fields of the history records to return, such as ["ID", "STAGE_ID", "CREATED_TIME"].
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmStagehistory]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``.

        Example:
            result = client.crm.stagehistory.list()
            result = await client.crm.stagehistory.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmStagehistory]",
            await self._backend._invoke_page(
                _CRM_STAGEHISTORY_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "start": start,
                },
            ),
        )


class BatchCrmStagehistory(Namespace):
    """Methods under ``crm.stagehistory`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        entity_type_id: int | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmStagehistory]]:
        """Read the stage-change history of leads, deals, invoices or smart-process items.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.stagehistory.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-stage-history-list.html

        Args:
            entity_type_id: Object type: 1 lead, 2 deal, 5 old invoice, 31 invoice, or a smart process type such as 130. Wire name: ``entityTypeId``.
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on history fields, such as {"OWNER_ID": 1}; prefixes >, <, @, !@, % and ! are supported.
            select: Fields of the history records to return, such as ["ID", "STAGE_ID", "CREATED_TIME"].
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmStagehistory]]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``.

        Example:
            command = batch.crm.stagehistory.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmStagehistory]]",
            self._backend._invoke_page(
                _CRM_STAGEHISTORY_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "start": start,
                },
            ),
        )
