"""Methods under ``rpa.item``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.rpa import RpaItemUpdateFields
else:
    from b24client._core.callsite import deprecated

_RPA_ITEM_ADD = MethodInfo(name="rpa.item.add", idempotent=False, returns="any", api=1)
_RPA_ITEM_DELETE = MethodInfo(
    name="rpa.item.delete", idempotent=False, returns="any", api=1
)
_RPA_ITEM_GET = MethodInfo(name="rpa.item.get", idempotent=True, returns="any", api=1)
_RPA_ITEM_GET_TASKS = MethodInfo(
    name="rpa.item.getTasks", idempotent=True, returns="any", api=1
)
_RPA_ITEM_LIST = MethodInfo(name="rpa.item.list", idempotent=True, returns="any", api=1)
_RPA_ITEM_UPDATE = MethodInfo(
    name="rpa.item.update", idempotent=False, returns="any", api=1
)


class RpaItem(Namespace):
    """Methods under ``rpa.item``."""

    __slots__ = ()

    @deprecated("The REST method rpa.item.add is deprecated.")
    def add(
        self,
        *,
        type_id: int,
        fields: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Create an item in an RPA process and start its robots.

        No longer developed; use smart processes instead. Returns the same data as rpa.item.get for the new item.

        Deprecated.

        REST method: ``rpa.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            fields: Values of the item's custom fields (UF_RPA_*); other keys are ignored.

        Returns:
            Any

        Example:
            result = client.rpa.item.add(type_id=1)
            result = await client.rpa.item.add(type_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_ITEM_ADD, {"typeId": type_id, "fields": fields}
        )

    @deprecated("The REST method rpa.item.delete is deprecated.")
    def delete(self, *, type_id: int, id: int) -> Any:
        """Remove a single record (card) from an RPA pipeline.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-delete.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            Any

        Example:
            result = client.rpa.item.delete(type_id=1, id=1)
            result = await client.rpa.item.delete(type_id=1, id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_ITEM_DELETE, {"typeId": type_id, "id": id})

    @deprecated("The REST method rpa.item.get is deprecated.")
    def get(
        self, *, type_id: int | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Get an RPA process item with its stage, users and custom field values.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-get.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            Any

        Example:
            result = client.rpa.item.get()
            result = await client.rpa.item.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_ITEM_GET, {"typeId": type_id, "id": id})

    @deprecated("The REST method rpa.item.getTasks is deprecated.")
    def get_tasks(
        self, *, type_id: int | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Get the open approval tasks of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.getTasks``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-get-tasks.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            Any

        Example:
            result = client.rpa.item.get_tasks()
            result = await client.rpa.item.get_tasks()  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_ITEM_GET_TASKS, {"typeId": type_id, "id": id})

    @deprecated("The REST method rpa.item.list is deprecated.")
    def list(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the items of an RPA process, with filter and sort.

        No longer developed; use smart processes instead. Items come with their main fields only, without tasks or users.

        Deprecated.

        REST method: ``rpa.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-list.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            order: Sort order as {"field": "ASC"|"DESC"}.
            filter: Filter; custom field keys in UPPER_CASE, other keys in camelCase.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.item.list()
            result = await client.rpa.item.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_ITEM_LIST,
            {"typeId": type_id, "order": order, "filter": filter, "start": start},
        )

    @deprecated("The REST method rpa.item.update is deprecated.")
    def update(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        id: int | NotGiven = NOT_GIVEN,
        fields: RpaItemUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Move an RPA item to another stage or change its custom field values.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-update.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.
            fields: Values to change.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            Any

        Example:
            result = client.rpa.item.update(fields={"stageId": 1})
            result = await client.rpa.item.update(fields={"stageId": 1})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_ITEM_UPDATE,
            {
                "typeId": type_id,
                "id": id,
                "fields": merge_user_fields(
                    _RPA_ITEM_UPDATE, fields, user_fields, "fields", "user_fields"
                ),
            },
        )


class AsyncRpaItem(Namespace):
    """Methods under ``rpa.item`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.item.add is deprecated.")
    async def add(
        self,
        *,
        type_id: int,
        fields: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Create an item in an RPA process and start its robots.

        No longer developed; use smart processes instead. Returns the same data as rpa.item.get for the new item.

        Deprecated.

        REST method: ``rpa.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            fields: Values of the item's custom fields (UF_RPA_*); other keys are ignored.

        Returns:
            Any

        Example:
            result = client.rpa.item.add(type_id=1)
            result = await client.rpa.item.add(type_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_ITEM_ADD, {"typeId": type_id, "fields": fields}
        )

    @deprecated("The REST method rpa.item.delete is deprecated.")
    async def delete(self, *, type_id: int, id: int) -> Any:
        """Remove a single record (card) from an RPA pipeline.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-delete.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            Any

        Example:
            result = client.rpa.item.delete(type_id=1, id=1)
            result = await client.rpa.item.delete(type_id=1, id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_ITEM_DELETE, {"typeId": type_id, "id": id}
        )

    @deprecated("The REST method rpa.item.get is deprecated.")
    async def get(
        self, *, type_id: int | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Get an RPA process item with its stage, users and custom field values.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-get.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            Any

        Example:
            result = client.rpa.item.get()
            result = await client.rpa.item.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_ITEM_GET, {"typeId": type_id, "id": id})

    @deprecated("The REST method rpa.item.getTasks is deprecated.")
    async def get_tasks(
        self, *, type_id: int | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Get the open approval tasks of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.getTasks``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-get-tasks.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            Any

        Example:
            result = client.rpa.item.get_tasks()
            result = await client.rpa.item.get_tasks()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_ITEM_GET_TASKS, {"typeId": type_id, "id": id}
        )

    @deprecated("The REST method rpa.item.list is deprecated.")
    async def list(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the items of an RPA process, with filter and sort.

        No longer developed; use smart processes instead. Items come with their main fields only, without tasks or users.

        Deprecated.

        REST method: ``rpa.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-list.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            order: Sort order as {"field": "ASC"|"DESC"}.
            filter: Filter; custom field keys in UPPER_CASE, other keys in camelCase.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.item.list()
            result = await client.rpa.item.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_ITEM_LIST,
            {"typeId": type_id, "order": order, "filter": filter, "start": start},
        )

    @deprecated("The REST method rpa.item.update is deprecated.")
    async def update(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        id: int | NotGiven = NOT_GIVEN,
        fields: RpaItemUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Move an RPA item to another stage or change its custom field values.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-update.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.
            fields: Values to change.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            Any

        Example:
            result = client.rpa.item.update(fields={"stageId": 1})
            result = await client.rpa.item.update(fields={"stageId": 1})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_ITEM_UPDATE,
            {
                "typeId": type_id,
                "id": id,
                "fields": merge_user_fields(
                    _RPA_ITEM_UPDATE, fields, user_fields, "fields", "user_fields"
                ),
            },
        )


class BatchRpaItem(Namespace):
    """Methods under ``rpa.item`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.item.add is deprecated.")
    def add(
        self,
        *,
        type_id: int | Ref,
        fields: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Create an item in an RPA process and start its robots.

        No longer developed; use smart processes instead. Returns the same data as rpa.item.get for the new item.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            fields: Values of the item's custom fields (UF_RPA_*); other keys are ignored.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.item.add(type_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_ITEM_ADD, {"typeId": type_id, "fields": fields}),
        )

    @deprecated("The REST method rpa.item.delete is deprecated.")
    def delete(self, *, type_id: int | Ref, id: int | Ref) -> BatchCommand[Any]:
        """Remove a single record (card) from an RPA pipeline.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-delete.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.item.delete(type_id=1, id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_ITEM_DELETE, {"typeId": type_id, "id": id}),
        )

    @deprecated("The REST method rpa.item.get is deprecated.")
    def get(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Get an RPA process item with its stage, users and custom field values.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-get.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.item.get()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_ITEM_GET, {"typeId": type_id, "id": id}),
        )

    @deprecated("The REST method rpa.item.getTasks is deprecated.")
    def get_tasks(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Get the open approval tasks of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.item.getTasks``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-get-tasks.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.item.get_tasks()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_ITEM_GET_TASKS, {"typeId": type_id, "id": id}),
        )

    @deprecated("The REST method rpa.item.list is deprecated.")
    def list(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the items of an RPA process, with filter and sort.

        No longer developed; use smart processes instead. Items come with their main fields only, without tasks or users.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-list.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            order: Sort order as {"field": "ASC"|"DESC"}.
            filter: Filter; custom field keys in UPPER_CASE, other keys in camelCase.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.item.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_ITEM_LIST,
                {"typeId": type_id, "order": order, "filter": filter, "start": start},
            ),
        )

    @deprecated("The REST method rpa.item.update is deprecated.")
    def update(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: RpaItemUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Move an RPA item to another stage or change its custom field values.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/item/rpa-item-update.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            id: ID of the process item.
            fields: Values to change.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.item.update(fields={"stageId": 1})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_ITEM_UPDATE,
                {
                    "typeId": type_id,
                    "id": id,
                    "fields": merge_user_fields(
                        _RPA_ITEM_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                },
            ),
        )
