"""Methods under ``task.checklistitem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.task import (
        TaskChecklistitem as _TaskChecklistitem,
        TaskChecklistitemAddFields,
        TaskChecklistitemGetmanifestResult,
        TaskChecklistitemUpdateFields,
    )

_TASK_CHECKLISTITEM_ADD = MethodInfo(
    name="task.checklistitem.add", idempotent=False, returns="integer", api=1
)
_TASK_CHECKLISTITEM_COMPLETE = MethodInfo(
    name="task.checklistitem.complete", idempotent=False, returns="boolean", api=1
)
_TASK_CHECKLISTITEM_DELETE = MethodInfo(
    name="task.checklistitem.delete", idempotent=False, returns="boolean", api=1
)
_TASK_CHECKLISTITEM_GET = MethodInfo(
    name="task.checklistitem.get", idempotent=True, returns="any", api=1
)
_TASK_CHECKLISTITEM_GETLIST = MethodInfo(
    name="task.checklistitem.getlist", idempotent=True, returns="any", api=1
)
_TASK_CHECKLISTITEM_GETMANIFEST = MethodInfo(
    name="task.checklistitem.getmanifest", idempotent=True, returns="any", api=1
)
_TASK_CHECKLISTITEM_ISACTIONALLOWED = MethodInfo(
    name="task.checklistitem.isactionallowed",
    idempotent=False,
    returns="boolean",
    api=1,
)
_TASK_CHECKLISTITEM_MOVEAFTERITEM = MethodInfo(
    name="task.checklistitem.moveafteritem", idempotent=False, returns="any", api=1
)
_TASK_CHECKLISTITEM_RENEW = MethodInfo(
    name="task.checklistitem.renew", idempotent=False, returns="boolean", api=1
)
_TASK_CHECKLISTITEM_UPDATE = MethodInfo(
    name="task.checklistitem.update", idempotent=False, returns="any", api=1
)


class TaskChecklistitem(Namespace):
    """Methods under ``task.checklistitem``."""

    __slots__ = ()

    def add(self, *, taskid: int, fields: TaskChecklistitemAddFields) -> int:
        """Add an item, or a new checklist, to the checklist of a task.

        Returns the ID of the new item. Pass PARENT_ID 0 to start a new checklist named by TITLE.

        REST method: ``task.checklistitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            fields: Item fields. Wire name: ``FIELDS``.

        Returns:
            int

        Example:
            result = client.task.checklistitem.add(taskid=1, fields={"TITLE": "Kick-off call"})
            result = await client.task.checklistitem.add(taskid=1, fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _TASK_CHECKLISTITEM_ADD, {"TASKID": taskid, "FIELDS": fields}
            ),
        )

    def complete(self, *, taskid: int, itemid: int) -> bool:
        """Tick off a checklist item in a task.

        Sets IS_COMPLETE to "Y" and records who did it and when.

        REST method: ``task.checklistitem.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-complete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.complete(taskid=1, itemid=1)
            result = await client.task.checklistitem.complete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_CHECKLISTITEM_COMPLETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def delete(self, *, taskid: int, itemid: int) -> bool:
        """Remove an item from the checklist of a task.

        REST method: ``task.checklistitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.delete(taskid=1, itemid=1)
            result = await client.task.checklistitem.delete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_CHECKLISTITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def get(self, *, taskid: int, itemid: int) -> _TaskChecklistitem:
        """Read one checklist item of a task with its people and files.

        REST method: ``task.checklistitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            TaskChecklistitem

        Example:
            result = client.task.checklistitem.get(taskid=1, itemid=1)
            result = await client.task.checklistitem.get(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            "_TaskChecklistitem",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def getlist(
        self,
        *,
        taskid: int,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_TaskChecklistitem]:
        """Read all checklist items of a task, sorted as you choose.

        REST method: ``task.checklistitem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, PARENT_ID, CREATED_BY, TITLE, SORT_INDEX and others. Wire name: ``ORDER``.
            start: Offset of the first item, for paging.

        Returns:
            list[TaskChecklistitem]

        Example:
            result = client.task.checklistitem.getlist(taskid=1)
            result = await client.task.checklistitem.getlist(taskid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_TaskChecklistitem]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_GETLIST,
                {"TASKID": taskid, "ORDER": order, "start": start},
            ),
        )

    def getmanifest(self) -> TaskChecklistitemGetmanifestResult:
        """Describe the task.checklistitem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        REST method: ``task.checklistitem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-manifest.html

        Returns:
            TaskChecklistitemGetmanifestResult

        Example:
            result = client.task.checklistitem.getmanifest()
            result = await client.task.checklistitem.getmanifest()  # AsyncBitrix24
        """
        return cast(
            "TaskChecklistitemGetmanifestResult",
            self._backend._invoke(_TASK_CHECKLISTITEM_GETMANIFEST, {}),
        )

    def isactionallowed(self, *, taskid: int, itemid: int, actionid: int) -> bool:
        """Check whether the current user may perform an action on a checklist item.

        false also comes back for IDs that do not exist.

        REST method: ``task.checklistitem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.
            actionid: Action to check: "1" add, "2" modify, "3" remove, "4" toggle, "5" reorder. Wire name: ``ACTIONID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.isactionallowed(taskid=1, itemid=1, actionid=1)
            result = await client.task.checklistitem.isactionallowed(taskid=1, itemid=1, actionid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_CHECKLISTITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    def moveafteritem(self, *, taskid: int, itemid: int, afteritemid: int) -> Any:
        """Reorder a task checklist item so it follows another one.

        Both items must belong to the same task. Returns null on success.

        REST method: ``task.checklistitem.moveafteritem``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-move-after-item.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the item to move. Wire name: ``ITEMID``.
            afteritemid: ID of the item to place it after. Wire name: ``AFTERITEMID``.

        Returns:
            Any

        Example:
            result = client.task.checklistitem.moveafteritem(taskid=1, itemid=1, afteritemid=1)
            result = await client.task.checklistitem.moveafteritem(taskid=1, itemid=1, afteritemid=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_CHECKLISTITEM_MOVEAFTERITEM,
            {"TASKID": taskid, "ITEMID": itemid, "AFTERITEMID": afteritemid},
        )

    def renew(self, *, taskid: int, itemid: int) -> bool:
        """Clear the done mark from a task checklist item.

        Sets IS_COMPLETE back to "N" and records who did it and when.

        REST method: ``task.checklistitem.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-renew.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.renew(taskid=1, itemid=1)
            result = await client.task.checklistitem.renew(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_CHECKLISTITEM_RENEW, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def update(
        self, *, taskid: int, itemid: int, fields: TaskChecklistitemUpdateFields
    ) -> Any:
        """Change a task checklist item's text, position, flags or people.

        Returns null on success.

        REST method: ``task.checklistitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.
            fields: Item fields to change. Wire name: ``FIELDS``.

        Returns:
            Any

        Example:
            result = client.task.checklistitem.update(taskid=1, itemid=1, fields={"TITLE": "Kick-off call", "SORT_INDEX": 1})
            result = await client.task.checklistitem.update(taskid=1, itemid=1, fields={"TITLE": "Kick-off call", "SORT_INDEX": 1})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_CHECKLISTITEM_UPDATE,
            {"TASKID": taskid, "ITEMID": itemid, "FIELDS": fields},
        )


class AsyncTaskChecklistitem(Namespace):
    """Methods under ``task.checklistitem`` (async)."""

    __slots__ = ()

    async def add(self, *, taskid: int, fields: TaskChecklistitemAddFields) -> int:
        """Add an item, or a new checklist, to the checklist of a task.

        Returns the ID of the new item. Pass PARENT_ID 0 to start a new checklist named by TITLE.

        REST method: ``task.checklistitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            fields: Item fields. Wire name: ``FIELDS``.

        Returns:
            int

        Example:
            result = client.task.checklistitem.add(taskid=1, fields={"TITLE": "Kick-off call"})
            result = await client.task.checklistitem.add(taskid=1, fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_ADD, {"TASKID": taskid, "FIELDS": fields}
            ),
        )

    async def complete(self, *, taskid: int, itemid: int) -> bool:
        """Tick off a checklist item in a task.

        Sets IS_COMPLETE to "Y" and records who did it and when.

        REST method: ``task.checklistitem.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-complete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.complete(taskid=1, itemid=1)
            result = await client.task.checklistitem.complete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_COMPLETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    async def delete(self, *, taskid: int, itemid: int) -> bool:
        """Remove an item from the checklist of a task.

        REST method: ``task.checklistitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.delete(taskid=1, itemid=1)
            result = await client.task.checklistitem.delete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    async def get(self, *, taskid: int, itemid: int) -> _TaskChecklistitem:
        """Read one checklist item of a task with its people and files.

        REST method: ``task.checklistitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            TaskChecklistitem

        Example:
            result = client.task.checklistitem.get(taskid=1, itemid=1)
            result = await client.task.checklistitem.get(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            "_TaskChecklistitem",
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    async def getlist(
        self,
        *,
        taskid: int,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_TaskChecklistitem]:
        """Read all checklist items of a task, sorted as you choose.

        REST method: ``task.checklistitem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, PARENT_ID, CREATED_BY, TITLE, SORT_INDEX and others. Wire name: ``ORDER``.
            start: Offset of the first item, for paging.

        Returns:
            list[TaskChecklistitem]

        Example:
            result = client.task.checklistitem.getlist(taskid=1)
            result = await client.task.checklistitem.getlist(taskid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_TaskChecklistitem]",
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_GETLIST,
                {"TASKID": taskid, "ORDER": order, "start": start},
            ),
        )

    async def getmanifest(self) -> TaskChecklistitemGetmanifestResult:
        """Describe the task.checklistitem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        REST method: ``task.checklistitem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-manifest.html

        Returns:
            TaskChecklistitemGetmanifestResult

        Example:
            result = client.task.checklistitem.getmanifest()
            result = await client.task.checklistitem.getmanifest()  # AsyncBitrix24
        """
        return cast(
            "TaskChecklistitemGetmanifestResult",
            await self._backend._invoke(_TASK_CHECKLISTITEM_GETMANIFEST, {}),
        )

    async def isactionallowed(self, *, taskid: int, itemid: int, actionid: int) -> bool:
        """Check whether the current user may perform an action on a checklist item.

        false also comes back for IDs that do not exist.

        REST method: ``task.checklistitem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.
            actionid: Action to check: "1" add, "2" modify, "3" remove, "4" toggle, "5" reorder. Wire name: ``ACTIONID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.isactionallowed(taskid=1, itemid=1, actionid=1)
            result = await client.task.checklistitem.isactionallowed(taskid=1, itemid=1, actionid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    async def moveafteritem(self, *, taskid: int, itemid: int, afteritemid: int) -> Any:
        """Reorder a task checklist item so it follows another one.

        Both items must belong to the same task. Returns null on success.

        REST method: ``task.checklistitem.moveafteritem``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-move-after-item.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the item to move. Wire name: ``ITEMID``.
            afteritemid: ID of the item to place it after. Wire name: ``AFTERITEMID``.

        Returns:
            Any

        Example:
            result = client.task.checklistitem.moveafteritem(taskid=1, itemid=1, afteritemid=1)
            result = await client.task.checklistitem.moveafteritem(taskid=1, itemid=1, afteritemid=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_CHECKLISTITEM_MOVEAFTERITEM,
            {"TASKID": taskid, "ITEMID": itemid, "AFTERITEMID": afteritemid},
        )

    async def renew(self, *, taskid: int, itemid: int) -> bool:
        """Clear the done mark from a task checklist item.

        Sets IS_COMPLETE back to "N" and records who did it and when.

        REST method: ``task.checklistitem.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-renew.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.checklistitem.renew(taskid=1, itemid=1)
            result = await client.task.checklistitem.renew(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_CHECKLISTITEM_RENEW, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    async def update(
        self, *, taskid: int, itemid: int, fields: TaskChecklistitemUpdateFields
    ) -> Any:
        """Change a task checklist item's text, position, flags or people.

        Returns null on success.

        REST method: ``task.checklistitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.
            fields: Item fields to change. Wire name: ``FIELDS``.

        Returns:
            Any

        Example:
            result = client.task.checklistitem.update(taskid=1, itemid=1, fields={"TITLE": "Kick-off call", "SORT_INDEX": 1})
            result = await client.task.checklistitem.update(taskid=1, itemid=1, fields={"TITLE": "Kick-off call", "SORT_INDEX": 1})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_CHECKLISTITEM_UPDATE,
            {"TASKID": taskid, "ITEMID": itemid, "FIELDS": fields},
        )


class BatchTaskChecklistitem(Namespace):
    """Methods under ``task.checklistitem`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, taskid: int | Ref, fields: TaskChecklistitemAddFields | Ref
    ) -> BatchCommand[int]:
        """Add an item, or a new checklist, to the checklist of a task.

        Returns the ID of the new item. Pass PARENT_ID 0 to start a new checklist named by TITLE.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            fields: Item fields. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.task.checklistitem.add(taskid=1, fields={"TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_ADD, {"TASKID": taskid, "FIELDS": fields}
            ),
        )

    def complete(self, *, taskid: int | Ref, itemid: int | Ref) -> BatchCommand[bool]:
        """Tick off a checklist item in a task.

        Sets IS_COMPLETE to "Y" and records who did it and when.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-complete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.checklistitem.complete(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_COMPLETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def delete(self, *, taskid: int | Ref, itemid: int | Ref) -> BatchCommand[bool]:
        """Remove an item from the checklist of a task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.checklistitem.delete(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def get(
        self, *, taskid: int | Ref, itemid: int | Ref
    ) -> BatchCommand[_TaskChecklistitem]:
        """Read one checklist item of a task with its people and files.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[TaskChecklistitem]

        Example:
            command = batch.task.checklistitem.get(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[_TaskChecklistitem]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def getlist(
        self,
        *,
        taskid: int | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_TaskChecklistitem]]:
        """Read all checklist items of a task, sorted as you choose.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, PARENT_ID, CREATED_BY, TITLE, SORT_INDEX and others. Wire name: ``ORDER``.
            start: Offset of the first item, for paging.

        Returns:
            BatchCommand[list[TaskChecklistitem]]

        Example:
            command = batch.task.checklistitem.getlist(taskid=1)
        """
        return cast(
            "BatchCommand[list[_TaskChecklistitem]]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_GETLIST,
                {"TASKID": taskid, "ORDER": order, "start": start},
            ),
        )

    def getmanifest(self) -> BatchCommand[TaskChecklistitemGetmanifestResult]:
        """Describe the task.checklistitem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-manifest.html

        Returns:
            BatchCommand[TaskChecklistitemGetmanifestResult]

        Example:
            command = batch.task.checklistitem.getmanifest()
        """
        return cast(
            "BatchCommand[TaskChecklistitemGetmanifestResult]",
            self._backend._invoke(_TASK_CHECKLISTITEM_GETMANIFEST, {}),
        )

    def isactionallowed(
        self, *, taskid: int | Ref, itemid: int | Ref, actionid: int | Ref
    ) -> BatchCommand[bool]:
        """Check whether the current user may perform an action on a checklist item.

        false also comes back for IDs that do not exist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.
            actionid: Action to check: "1" add, "2" modify, "3" remove, "4" toggle, "5" reorder. Wire name: ``ACTIONID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.checklistitem.isactionallowed(taskid=1, itemid=1, actionid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    def moveafteritem(
        self, *, taskid: int | Ref, itemid: int | Ref, afteritemid: int | Ref
    ) -> BatchCommand[Any]:
        """Reorder a task checklist item so it follows another one.

        Both items must belong to the same task. Returns null on success.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.moveafteritem``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-move-after-item.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the item to move. Wire name: ``ITEMID``.
            afteritemid: ID of the item to place it after. Wire name: ``AFTERITEMID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.checklistitem.moveafteritem(taskid=1, itemid=1, afteritemid=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_MOVEAFTERITEM,
                {"TASKID": taskid, "ITEMID": itemid, "AFTERITEMID": afteritemid},
            ),
        )

    def renew(self, *, taskid: int | Ref, itemid: int | Ref) -> BatchCommand[bool]:
        """Clear the done mark from a task checklist item.

        Sets IS_COMPLETE back to "N" and records who did it and when.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-renew.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.checklistitem.renew(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_RENEW, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def update(
        self,
        *,
        taskid: int | Ref,
        itemid: int | Ref,
        fields: TaskChecklistitemUpdateFields | Ref,
    ) -> BatchCommand[Any]:
        """Change a task checklist item's text, position, flags or people.

        Returns null on success.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.checklistitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the checklist item. Wire name: ``ITEMID``.
            fields: Item fields to change. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.checklistitem.update(taskid=1, itemid=1, fields={"TITLE": "Kick-off call", "SORT_INDEX": 1})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_CHECKLISTITEM_UPDATE,
                {"TASKID": taskid, "ITEMID": itemid, "FIELDS": fields},
            ),
        )
