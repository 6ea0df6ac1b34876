"""Methods under ``crm.calllist``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmCalllist as _CrmCalllist,
        CrmCalllistItems as _CrmCalllistItems,
        CrmCalllistStatuslistResult,
    )

_CRM_CALLLIST_ADD = MethodInfo(
    name="crm.calllist.add", idempotent=False, returns="integer", api=1
)
_CRM_CALLLIST_GET = MethodInfo(
    name="crm.calllist.get", idempotent=True, returns="any", api=1
)
_CRM_CALLLIST_LIST = MethodInfo(
    name="crm.calllist.list", idempotent=True, returns="any", api=1
)
_CRM_CALLLIST_STATUSLIST = MethodInfo(
    name="crm.calllist.statuslist", idempotent=False, returns="any", api=1
)
_CRM_CALLLIST_UPDATE = MethodInfo(
    name="crm.calllist.update", idempotent=False, returns="boolean", api=1
)
_CRM_CALLLIST_ITEMS_GET = MethodInfo(
    name="crm.calllist.items.get", idempotent=True, returns="any", api=1
)


class CrmCalllist(Namespace):
    """Methods under ``crm.calllist``."""

    __slots__ = ()

    @property
    def items(self) -> CrmCalllistItems:
        """Methods under ``crm.calllist.items``."""
        return CrmCalllistItems(self._backend)

    def add(
        self,
        *,
        entity_type: str,
        entities: Sequence[int],
        webform_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a calling campaign from a set of contacts or companies and return its ID.

        REST method: ``crm.calllist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-add.html

        Args:
            entity_type: \"CONTACT" or "COMPANY": what the IDs in ENTITIES are. Wire name: ``ENTITY_TYPE``.
            entities: IDs of the contacts or companies to call. Wire name: ``ENTITIES``.
            webform_id: ID of the CRM form shown to the operator during calls. Wire name: ``WEBFORM_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.crm.calllist.add(entity_type="CRM_DEAL", entities=[1])
            result = await client.crm.calllist.add(entity_type="CRM_DEAL", entities=[1])  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_CALLLIST_ADD,
                {
                    "ENTITY_TYPE": entity_type,
                    "ENTITIES": entities,
                    "WEBFORM_ID": webform_id,
                },
            ),
        )

    def get(self, *, id: int) -> _CrmCalllist:
        """Read one calling campaign by ID.

        REST method: ``crm.calllist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-get.html

        Args:
            id: ID of the calling campaign. Wire name: ``ID``.

        Returns:
            CrmCalllist

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.crm.calllist.get(id=1)
            result = await client.crm.calllist.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmCalllist", self._backend._invoke(_CRM_CALLLIST_GET, {"ID": id})
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmCalllist]:
        """Find calling campaigns by filter, with sorting and paging.

        REST method: ``crm.calllist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-list.html

        Args:
            select: Fields to return. Wire name: ``SELECT``.
            filter: Conditions on fields. Wire name: ``FILTER``.
            order: Sort order, such as {"ID": "DESC"}. Wire name: ``ORDER``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmCalllist]

        Example:
            result = client.crm.calllist.list()
            result = await client.crm.calllist.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmCalllist]",
            self._backend._invoke(
                _CRM_CALLLIST_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def statuslist(self) -> builtins.list[CrmCalllistStatuslistResult]:
        """List the call statuses a calling campaign entry can have.

        Statuses are edited with the crm.status.* methods.

        REST method: ``crm.calllist.statuslist``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-statuslist.html

        Returns:
            list[CrmCalllistStatuslistResult]

        Example:
            result = client.crm.calllist.statuslist()
            result = await client.crm.calllist.statuslist()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CrmCalllistStatuslistResult]",
            self._backend._invoke(_CRM_CALLLIST_STATUSLIST, {}),
        )

    def update(
        self,
        *,
        list_id: int,
        entity_type: str,
        entities: Sequence[int],
        webform_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace the participants and the linked CRM form of a calling campaign.

        ENTITIES overwrites the whole list: send current and new IDs to add, only the remaining ones to remove. WEBFORM_ID is overwritten too; leaving it out clears it.

        REST method: ``crm.calllist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-update.html

        Args:
            list_id: ID of the calling campaign. Wire name: ``LIST_ID``.
            entity_type: \"CONTACT" or "COMPANY": what the IDs in ENTITIES are. Wire name: ``ENTITY_TYPE``.
            entities: IDs of all contacts or companies the campaign should have; replaces the current list. Wire name: ``ENTITIES``.
            webform_id: ID of the CRM form shown during calls; cleared when left out. Wire name: ``WEBFORM_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.crm.calllist.update(list_id=1, entity_type="CRM_DEAL", entities=[1])
            result = await client.crm.calllist.update(list_id=1, entity_type="CRM_DEAL", entities=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CALLLIST_UPDATE,
                {
                    "LIST_ID": list_id,
                    "ENTITY_TYPE": entity_type,
                    "ENTITIES": entities,
                    "WEBFORM_ID": webform_id,
                },
            ),
        )


class AsyncCrmCalllist(Namespace):
    """Methods under ``crm.calllist`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmCalllistItems:
        """Methods under ``crm.calllist.items``."""
        return AsyncCrmCalllistItems(self._backend)

    async def add(
        self,
        *,
        entity_type: str,
        entities: Sequence[int],
        webform_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a calling campaign from a set of contacts or companies and return its ID.

        REST method: ``crm.calllist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-add.html

        Args:
            entity_type: \"CONTACT" or "COMPANY": what the IDs in ENTITIES are. Wire name: ``ENTITY_TYPE``.
            entities: IDs of the contacts or companies to call. Wire name: ``ENTITIES``.
            webform_id: ID of the CRM form shown to the operator during calls. Wire name: ``WEBFORM_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.crm.calllist.add(entity_type="CRM_DEAL", entities=[1])
            result = await client.crm.calllist.add(entity_type="CRM_DEAL", entities=[1])  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_CALLLIST_ADD,
                {
                    "ENTITY_TYPE": entity_type,
                    "ENTITIES": entities,
                    "WEBFORM_ID": webform_id,
                },
            ),
        )

    async def get(self, *, id: int) -> _CrmCalllist:
        """Read one calling campaign by ID.

        REST method: ``crm.calllist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-get.html

        Args:
            id: ID of the calling campaign. Wire name: ``ID``.

        Returns:
            CrmCalllist

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.crm.calllist.get(id=1)
            result = await client.crm.calllist.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmCalllist", await self._backend._invoke(_CRM_CALLLIST_GET, {"ID": id})
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmCalllist]:
        """Find calling campaigns by filter, with sorting and paging.

        REST method: ``crm.calllist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-list.html

        Args:
            select: Fields to return. Wire name: ``SELECT``.
            filter: Conditions on fields. Wire name: ``FILTER``.
            order: Sort order, such as {"ID": "DESC"}. Wire name: ``ORDER``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmCalllist]

        Example:
            result = client.crm.calllist.list()
            result = await client.crm.calllist.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmCalllist]",
            await self._backend._invoke(
                _CRM_CALLLIST_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    async def statuslist(self) -> builtins.list[CrmCalllistStatuslistResult]:
        """List the call statuses a calling campaign entry can have.

        Statuses are edited with the crm.status.* methods.

        REST method: ``crm.calllist.statuslist``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-statuslist.html

        Returns:
            list[CrmCalllistStatuslistResult]

        Example:
            result = client.crm.calllist.statuslist()
            result = await client.crm.calllist.statuslist()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CrmCalllistStatuslistResult]",
            await self._backend._invoke(_CRM_CALLLIST_STATUSLIST, {}),
        )

    async def update(
        self,
        *,
        list_id: int,
        entity_type: str,
        entities: Sequence[int],
        webform_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace the participants and the linked CRM form of a calling campaign.

        ENTITIES overwrites the whole list: send current and new IDs to add, only the remaining ones to remove. WEBFORM_ID is overwritten too; leaving it out clears it.

        REST method: ``crm.calllist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-update.html

        Args:
            list_id: ID of the calling campaign. Wire name: ``LIST_ID``.
            entity_type: \"CONTACT" or "COMPANY": what the IDs in ENTITIES are. Wire name: ``ENTITY_TYPE``.
            entities: IDs of all contacts or companies the campaign should have; replaces the current list. Wire name: ``ENTITIES``.
            webform_id: ID of the CRM form shown during calls; cleared when left out. Wire name: ``WEBFORM_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.crm.calllist.update(list_id=1, entity_type="CRM_DEAL", entities=[1])
            result = await client.crm.calllist.update(list_id=1, entity_type="CRM_DEAL", entities=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CALLLIST_UPDATE,
                {
                    "LIST_ID": list_id,
                    "ENTITY_TYPE": entity_type,
                    "ENTITIES": entities,
                    "WEBFORM_ID": webform_id,
                },
            ),
        )


class BatchCrmCalllist(Namespace):
    """Methods under ``crm.calllist`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmCalllistItems:
        """Methods under ``crm.calllist.items``."""
        return BatchCrmCalllistItems(self._backend)

    def add(
        self,
        *,
        entity_type: str | Ref,
        entities: Sequence[int] | Ref,
        webform_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a calling campaign from a set of contacts or companies and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.calllist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-add.html

        Args:
            entity_type: \"CONTACT" or "COMPANY": what the IDs in ENTITIES are. Wire name: ``ENTITY_TYPE``.
            entities: IDs of the contacts or companies to call. Wire name: ``ENTITIES``.
            webform_id: ID of the CRM form shown to the operator during calls. Wire name: ``WEBFORM_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.crm.calllist.add(entity_type="CRM_DEAL", entities=[1])
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_CALLLIST_ADD,
                {
                    "ENTITY_TYPE": entity_type,
                    "ENTITIES": entities,
                    "WEBFORM_ID": webform_id,
                },
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmCalllist]:
        """Read one calling campaign by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.calllist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-get.html

        Args:
            id: ID of the calling campaign. Wire name: ``ID``.

        Returns:
            BatchCommand[CrmCalllist]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.crm.calllist.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmCalllist]",
            self._backend._invoke(_CRM_CALLLIST_GET, {"ID": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmCalllist]]:
        """Find calling campaigns by filter, with sorting and paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.calllist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-list.html

        Args:
            select: Fields to return. Wire name: ``SELECT``.
            filter: Conditions on fields. Wire name: ``FILTER``.
            order: Sort order, such as {"ID": "DESC"}. Wire name: ``ORDER``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmCalllist]]

        Example:
            command = batch.crm.calllist.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmCalllist]]",
            self._backend._invoke(
                _CRM_CALLLIST_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def statuslist(self) -> BatchCommand[builtins.list[CrmCalllistStatuslistResult]]:
        """List the call statuses a calling campaign entry can have.

        Statuses are edited with the crm.status.* methods.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.calllist.statuslist``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-statuslist.html

        Returns:
            BatchCommand[list[CrmCalllistStatuslistResult]]

        Example:
            command = batch.crm.calllist.statuslist()
        """
        return cast(
            "BatchCommand[builtins.list[CrmCalllistStatuslistResult]]",
            self._backend._invoke(_CRM_CALLLIST_STATUSLIST, {}),
        )

    def update(
        self,
        *,
        list_id: int | Ref,
        entity_type: str | Ref,
        entities: Sequence[int] | Ref,
        webform_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Replace the participants and the linked CRM form of a calling campaign.

        ENTITIES overwrites the whole list: send current and new IDs to add, only the remaining ones to remove. WEBFORM_ID is overwritten too; leaving it out clears it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.calllist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-update.html

        Args:
            list_id: ID of the calling campaign. Wire name: ``LIST_ID``.
            entity_type: \"CONTACT" or "COMPANY": what the IDs in ENTITIES are. Wire name: ``ENTITY_TYPE``.
            entities: IDs of all contacts or companies the campaign should have; replaces the current list. Wire name: ``ENTITIES``.
            webform_id: ID of the CRM form shown during calls; cleared when left out. Wire name: ``WEBFORM_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.crm.calllist.update(list_id=1, entity_type="CRM_DEAL", entities=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CALLLIST_UPDATE,
                {
                    "LIST_ID": list_id,
                    "ENTITY_TYPE": entity_type,
                    "ENTITIES": entities,
                    "WEBFORM_ID": webform_id,
                },
            ),
        )


class CrmCalllistItems(Namespace):
    """Methods under ``crm.calllist.items``."""

    __slots__ = ()

    def get(
        self, *, list_id: int, filter: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> list[_CrmCalllistItems]:
        """List the contacts or companies in a calling campaign with their call status.

        REST method: ``crm.calllist.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-items-get.html

        Args:
            list_id: ID of the calling campaign. Wire name: ``LIST_ID``.
            filter: Filter by call status, such as {"STATUS": "IN_WORK"}; codes come from crm.calllist.statuslist. Wire name: ``FILTER``.

        Returns:
            list[CrmCalllistItems]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.crm.calllist.items.get(list_id=1)
            result = await client.crm.calllist.items.get(list_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmCalllistItems]",
            self._backend._invoke(
                _CRM_CALLLIST_ITEMS_GET, {"LIST_ID": list_id, "FILTER": filter}
            ),
        )


class AsyncCrmCalllistItems(Namespace):
    """Methods under ``crm.calllist.items`` (async)."""

    __slots__ = ()

    async def get(
        self, *, list_id: int, filter: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> list[_CrmCalllistItems]:
        """List the contacts or companies in a calling campaign with their call status.

        REST method: ``crm.calllist.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-items-get.html

        Args:
            list_id: ID of the calling campaign. Wire name: ``LIST_ID``.
            filter: Filter by call status, such as {"STATUS": "IN_WORK"}; codes come from crm.calllist.statuslist. Wire name: ``FILTER``.

        Returns:
            list[CrmCalllistItems]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.crm.calllist.items.get(list_id=1)
            result = await client.crm.calllist.items.get(list_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmCalllistItems]",
            await self._backend._invoke(
                _CRM_CALLLIST_ITEMS_GET, {"LIST_ID": list_id, "FILTER": filter}
            ),
        )


class BatchCrmCalllistItems(Namespace):
    """Methods under ``crm.calllist.items`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, list_id: int | Ref, filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[_CrmCalllistItems]]:
        """List the contacts or companies in a calling campaign with their call status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.calllist.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-items-get.html

        Args:
            list_id: ID of the calling campaign. Wire name: ``LIST_ID``.
            filter: Filter by call status, such as {"STATUS": "IN_WORK"}; codes come from crm.calllist.statuslist. Wire name: ``FILTER``.

        Returns:
            BatchCommand[list[CrmCalllistItems]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.crm.calllist.items.get(list_id=1)
        """
        return cast(
            "BatchCommand[list[_CrmCalllistItems]]",
            self._backend._invoke(
                _CRM_CALLLIST_ITEMS_GET, {"LIST_ID": list_id, "FILTER": filter}
            ),
        )
