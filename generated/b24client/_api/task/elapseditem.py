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
        """Add task elapseditem.

        REST method: ``task.elapseditem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-add.html

        Args:
            taskid: Wire name: ``TASKID``.
            arfields: Wire name: ``ARFIELDS``.

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
        """Delete task elapseditem.

        REST method: ``task.elapseditem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-delete.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.

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
        """Get task elapseditem.

        REST method: ``task.elapseditem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.

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
        """List task elapseditem entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.elapseditem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html

        Args:
            taskid: Wire name: ``TASKID``.
            order: Wire name: ``ORDER``.
            filter: Wire name: ``FILTER``.
            select: Wire name: ``SELECT``.
            params: Wire name: ``PARAMS``.

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
        """Get manifest of task elapseditem.

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
        """Call isactionallowed on task elapseditem.

        REST method: ``task.elapseditem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-is-action-allowed.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.
            actionid: Wire name: ``ACTIONID``.

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
        """Update task elapseditem.

        REST method: ``task.elapseditem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-update.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.
            arfields: Wire name: ``ARFIELDS``.

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
        """Add task elapseditem.

        REST method: ``task.elapseditem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-add.html

        Args:
            taskid: Wire name: ``TASKID``.
            arfields: Wire name: ``ARFIELDS``.

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
        """Delete task elapseditem.

        REST method: ``task.elapseditem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-delete.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.

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
        """Get task elapseditem.

        REST method: ``task.elapseditem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.

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
        """List task elapseditem entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.elapseditem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html

        Args:
            taskid: Wire name: ``TASKID``.
            order: Wire name: ``ORDER``.
            filter: Wire name: ``FILTER``.
            select: Wire name: ``SELECT``.
            params: Wire name: ``PARAMS``.

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
        """Get manifest of task elapseditem.

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
        """Call isactionallowed on task elapseditem.

        REST method: ``task.elapseditem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-is-action-allowed.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.
            actionid: Wire name: ``ACTIONID``.

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
        """Update task elapseditem.

        REST method: ``task.elapseditem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-update.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.
            arfields: Wire name: ``ARFIELDS``.

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
        """Add task elapseditem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-add.html

        Args:
            taskid: Wire name: ``TASKID``.
            arfields: Wire name: ``ARFIELDS``.

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
        """Delete task elapseditem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-delete.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.

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
        """Get task elapseditem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.

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
        """List task elapseditem entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html

        Args:
            taskid: Wire name: ``TASKID``.
            order: Wire name: ``ORDER``.
            filter: Wire name: ``FILTER``.
            select: Wire name: ``SELECT``.
            params: Wire name: ``PARAMS``.

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
        """Get manifest of task elapseditem.

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
        """Call isactionallowed on task elapseditem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-is-action-allowed.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.
            actionid: Wire name: ``ACTIONID``.

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
        """Update task elapseditem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.elapseditem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-update.html

        Args:
            taskid: Wire name: ``TASKID``.
            itemid: Wire name: ``ITEMID``.
            arfields: Wire name: ``ARFIELDS``.

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
