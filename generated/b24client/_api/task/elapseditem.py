"""Methods under ``task.elapseditem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.task import (
        TaskElapseditem as _TaskElapseditem,
        TaskElapseditemAddArfields,
        TaskElapseditemGetmanifestResult,
        TaskElapseditemUpdateArfields,
    )

_TASK_ELAPSEDITEM_ADD = MethodInfo(
    name="task.elapseditem.add", idempotent=False, returns="integer", api=1
)
_TASK_ELAPSEDITEM_DELETE = MethodInfo(
    name="task.elapseditem.delete", idempotent=False, returns="any", api=1
)
_TASK_ELAPSEDITEM_GET = MethodInfo(
    name="task.elapseditem.get", idempotent=True, returns="any", api=1
)
_TASK_ELAPSEDITEM_GETLIST = MethodInfo(
    name="task.elapseditem.getlist", idempotent=True, returns="any", api=1
)
_TASK_ELAPSEDITEM_GETMANIFEST = MethodInfo(
    name="task.elapseditem.getmanifest", idempotent=True, returns="any", api=1
)
_TASK_ELAPSEDITEM_ISACTIONALLOWED = MethodInfo(
    name="task.elapseditem.isactionallowed", idempotent=False, returns="boolean", api=1
)
_TASK_ELAPSEDITEM_UPDATE = MethodInfo(
    name="task.elapseditem.update", idempotent=False, returns="any", api=1
)


class TaskElapseditem(Namespace):
    """Methods under ``task.elapseditem``."""

    __slots__ = ()

    def add(self, *, taskid: int, arfields: TaskElapseditemAddArfields) -> int:
        """Log time spent on a task, with a comment.

        Returns the ID of the new record.

        REST method: ``task.elapseditem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            arfields: Data of the time record. Wire name: ``ARFIELDS``.

        Returns:
            int

        Example:
            result = client.task.elapseditem.add(taskid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})
            result = await client.task.elapseditem.add(taskid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _TASK_ELAPSEDITEM_ADD, {"TASKID": taskid, "ARFIELDS": arfields}
            ),
        )

    def delete(self, *, taskid: int, itemid: int) -> Any:
        """Remove a time record from a task.

        Check the right first with task.elapseditem.isactionallowed.

        REST method: ``task.elapseditem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.

        Returns:
            Any

        Example:
            result = client.task.elapseditem.delete(taskid=1, itemid=1)
            result = await client.task.elapseditem.delete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ELAPSEDITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
        )

    def get(self, *, taskid: int, itemid: int) -> list[_TaskElapseditem]:
        """Read one time record of a task by ID.

        REST method: ``task.elapseditem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.

        Returns:
            list[TaskElapseditem]

        Example:
            result = client.task.elapseditem.get(taskid=1, itemid=1)
            result = await client.task.elapseditem.get(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_TaskElapseditem]",
            self._backend._invoke(
                _TASK_ELAPSEDITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def getlist(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_TaskElapseditem]:
        """Read the time records of a task with sort, filter and paging.

        Pages hold at most 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.elapseditem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, USER_ID, MINUTES, SECONDS, CREATED_DATE, DATE_START or DATE_STOP. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}, such as ID, USER_ID or CREATED_DATE. Wire name: ``FILTER``.
            select: Fields to return; "*" for all. Wire name: ``SELECT``.
            params: Call options; NAV_PARAMS holds nPageSize (at most 50) and iNumPage. Wire name: ``PARAMS``.
            start: Offset of the first record, for paging.

        Returns:
            Page[TaskElapseditem]

        Example:
            result = client.task.elapseditem.getlist()
            result = await client.task.elapseditem.getlist()  # AsyncBitrix24
        """
        return cast(
            "Page[_TaskElapseditem]",
            self._backend._invoke_page(
                _TASK_ELAPSEDITEM_GETLIST,
                {
                    "TASKID": taskid,
                    "ORDER": order,
                    "FILTER": filter,
                    "SELECT": select,
                    "PARAMS": params,
                    "start": start,
                },
            ),
        )

    def getmanifest(self) -> TaskElapseditemGetmanifestResult:
        """Describe the task.elapseditem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        REST method: ``task.elapseditem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-manifest.html

        Returns:
            TaskElapseditemGetmanifestResult

        Example:
            result = client.task.elapseditem.getmanifest()
            result = await client.task.elapseditem.getmanifest()  # AsyncBitrix24
        """
        return cast(
            "TaskElapseditemGetmanifestResult",
            self._backend._invoke(_TASK_ELAPSEDITEM_GETMANIFEST, {}),
        )

    def isactionallowed(self, *, taskid: int, itemid: int, actionid: int) -> bool:
        """Check whether the current user may add, change or remove a time record.

        REST method: ``task.elapseditem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.
            actionid: Action to check: 1 add, 2 modify, 3 remove. Wire name: ``ACTIONID``.

        Returns:
            bool

        Example:
            result = client.task.elapseditem.isactionallowed(taskid=1, itemid=1, actionid=1)
            result = await client.task.elapseditem.isactionallowed(taskid=1, itemid=1, actionid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_ELAPSEDITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    def update(
        self, *, taskid: int, itemid: int, arfields: TaskElapseditemUpdateArfields
    ) -> Any:
        """Change the time, comment or user of a time record.

        Check the right first with task.elapseditem.isactionallowed.

        REST method: ``task.elapseditem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.
            arfields: Data of the time record. Wire name: ``ARFIELDS``.

        Returns:
            Any

        Example:
            result = client.task.elapseditem.update(taskid=1, itemid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})
            result = await client.task.elapseditem.update(taskid=1, itemid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ELAPSEDITEM_UPDATE,
            {"TASKID": taskid, "ITEMID": itemid, "ARFIELDS": arfields},
        )


class AsyncTaskElapseditem(Namespace):
    """Methods under ``task.elapseditem`` (async)."""

    __slots__ = ()

    async def add(self, *, taskid: int, arfields: TaskElapseditemAddArfields) -> int:
        """Log time spent on a task, with a comment.

        Returns the ID of the new record.

        REST method: ``task.elapseditem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            arfields: Data of the time record. Wire name: ``ARFIELDS``.

        Returns:
            int

        Example:
            result = client.task.elapseditem.add(taskid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})
            result = await client.task.elapseditem.add(taskid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _TASK_ELAPSEDITEM_ADD, {"TASKID": taskid, "ARFIELDS": arfields}
            ),
        )

    async def delete(self, *, taskid: int, itemid: int) -> Any:
        """Remove a time record from a task.

        Check the right first with task.elapseditem.isactionallowed.

        REST method: ``task.elapseditem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.

        Returns:
            Any

        Example:
            result = client.task.elapseditem.delete(taskid=1, itemid=1)
            result = await client.task.elapseditem.delete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ELAPSEDITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
        )

    async def get(self, *, taskid: int, itemid: int) -> list[_TaskElapseditem]:
        """Read one time record of a task by ID.

        REST method: ``task.elapseditem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.

        Returns:
            list[TaskElapseditem]

        Example:
            result = client.task.elapseditem.get(taskid=1, itemid=1)
            result = await client.task.elapseditem.get(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_TaskElapseditem]",
            await self._backend._invoke(
                _TASK_ELAPSEDITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    async def getlist(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_TaskElapseditem]:
        """Read the time records of a task with sort, filter and paging.

        Pages hold at most 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.elapseditem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, USER_ID, MINUTES, SECONDS, CREATED_DATE, DATE_START or DATE_STOP. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}, such as ID, USER_ID or CREATED_DATE. Wire name: ``FILTER``.
            select: Fields to return; "*" for all. Wire name: ``SELECT``.
            params: Call options; NAV_PARAMS holds nPageSize (at most 50) and iNumPage. Wire name: ``PARAMS``.
            start: Offset of the first record, for paging.

        Returns:
            AsyncPage[TaskElapseditem]

        Example:
            result = client.task.elapseditem.getlist()
            result = await client.task.elapseditem.getlist()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_TaskElapseditem]",
            await self._backend._invoke_page(
                _TASK_ELAPSEDITEM_GETLIST,
                {
                    "TASKID": taskid,
                    "ORDER": order,
                    "FILTER": filter,
                    "SELECT": select,
                    "PARAMS": params,
                    "start": start,
                },
            ),
        )

    async def getmanifest(self) -> TaskElapseditemGetmanifestResult:
        """Describe the task.elapseditem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        REST method: ``task.elapseditem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-manifest.html

        Returns:
            TaskElapseditemGetmanifestResult

        Example:
            result = client.task.elapseditem.getmanifest()
            result = await client.task.elapseditem.getmanifest()  # AsyncBitrix24
        """
        return cast(
            "TaskElapseditemGetmanifestResult",
            await self._backend._invoke(_TASK_ELAPSEDITEM_GETMANIFEST, {}),
        )

    async def isactionallowed(self, *, taskid: int, itemid: int, actionid: int) -> bool:
        """Check whether the current user may add, change or remove a time record.

        REST method: ``task.elapseditem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.
            actionid: Action to check: 1 add, 2 modify, 3 remove. Wire name: ``ACTIONID``.

        Returns:
            bool

        Example:
            result = client.task.elapseditem.isactionallowed(taskid=1, itemid=1, actionid=1)
            result = await client.task.elapseditem.isactionallowed(taskid=1, itemid=1, actionid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_ELAPSEDITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    async def update(
        self, *, taskid: int, itemid: int, arfields: TaskElapseditemUpdateArfields
    ) -> Any:
        """Change the time, comment or user of a time record.

        Check the right first with task.elapseditem.isactionallowed.

        REST method: ``task.elapseditem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.
            arfields: Data of the time record. Wire name: ``ARFIELDS``.

        Returns:
            Any

        Example:
            result = client.task.elapseditem.update(taskid=1, itemid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})
            result = await client.task.elapseditem.update(taskid=1, itemid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ELAPSEDITEM_UPDATE,
            {"TASKID": taskid, "ITEMID": itemid, "ARFIELDS": arfields},
        )


class BatchTaskElapseditem(Namespace):
    """Methods under ``task.elapseditem`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, taskid: int | Ref, arfields: TaskElapseditemAddArfields | Ref
    ) -> BatchCommand[int]:
        """Log time spent on a task, with a comment.

        Returns the ID of the new record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            arfields: Data of the time record. Wire name: ``ARFIELDS``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.task.elapseditem.add(taskid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _TASK_ELAPSEDITEM_ADD, {"TASKID": taskid, "ARFIELDS": arfields}
            ),
        )

    def delete(self, *, taskid: int | Ref, itemid: int | Ref) -> BatchCommand[Any]:
        """Remove a time record from a task.

        Check the right first with task.elapseditem.isactionallowed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.elapseditem.delete(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ELAPSEDITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def get(
        self, *, taskid: int | Ref, itemid: int | Ref
    ) -> BatchCommand[list[_TaskElapseditem]]:
        """Read one time record of a task by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[list[TaskElapseditem]]

        Example:
            command = batch.task.elapseditem.get(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[list[_TaskElapseditem]]",
            self._backend._invoke(
                _TASK_ELAPSEDITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    def getlist(
        self,
        *,
        taskid: int | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_TaskElapseditem]]:
        """Read the time records of a task with sort, filter and paging.

        Pages hold at most 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, USER_ID, MINUTES, SECONDS, CREATED_DATE, DATE_START or DATE_STOP. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}, such as ID, USER_ID or CREATED_DATE. Wire name: ``FILTER``.
            select: Fields to return; "*" for all. Wire name: ``SELECT``.
            params: Call options; NAV_PARAMS holds nPageSize (at most 50) and iNumPage. Wire name: ``PARAMS``.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[TaskElapseditem]]

        Example:
            command = batch.task.elapseditem.getlist()
        """
        return cast(
            "BatchCommand[list[_TaskElapseditem]]",
            self._backend._invoke_page(
                _TASK_ELAPSEDITEM_GETLIST,
                {
                    "TASKID": taskid,
                    "ORDER": order,
                    "FILTER": filter,
                    "SELECT": select,
                    "PARAMS": params,
                    "start": start,
                },
            ),
        )

    def getmanifest(self) -> BatchCommand[TaskElapseditemGetmanifestResult]:
        """Describe the task.elapseditem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-manifest.html

        Returns:
            BatchCommand[TaskElapseditemGetmanifestResult]

        Example:
            command = batch.task.elapseditem.getmanifest()
        """
        return cast(
            "BatchCommand[TaskElapseditemGetmanifestResult]",
            self._backend._invoke(_TASK_ELAPSEDITEM_GETMANIFEST, {}),
        )

    def isactionallowed(
        self, *, taskid: int | Ref, itemid: int | Ref, actionid: int | Ref
    ) -> BatchCommand[bool]:
        """Check whether the current user may add, change or remove a time record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.
            actionid: Action to check: 1 add, 2 modify, 3 remove. Wire name: ``ACTIONID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.elapseditem.isactionallowed(taskid=1, itemid=1, actionid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_ELAPSEDITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    def update(
        self,
        *,
        taskid: int | Ref,
        itemid: int | Ref,
        arfields: TaskElapseditemUpdateArfields | Ref,
    ) -> BatchCommand[Any]:
        """Change the time, comment or user of a time record.

        Check the right first with task.elapseditem.isactionallowed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the time record. Wire name: ``ITEMID``.
            arfields: Data of the time record. Wire name: ``ARFIELDS``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.elapseditem.update(taskid=1, itemid=1, arfields={"SECONDS": 1, "COMMENT_TEXT": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ELAPSEDITEM_UPDATE,
                {"TASKID": taskid, "ITEMID": itemid, "ARFIELDS": arfields},
            ),
        )
