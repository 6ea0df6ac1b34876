"""Methods under ``task.logitem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_TASK_LOGITEM_LIST = MethodInfo(
    name="task.logitem.list", idempotent=True, returns="any", api=1
)


class TaskLogitem(Namespace):
    """Methods under ``task.logitem``."""

    __slots__ = ()

    @deprecated(
        "The REST method task.logitem.list is deprecated; use tasks.task.history.list instead."
    )
    def list(
        self, *, id: Any | NotGiven = NOT_GIVEN, task_id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Read the change log of a task (legacy call).

        Deprecated: no longer developed; use tasks.task.history.list instead.

        Deprecated: use ``tasks.task.history.list`` instead.

        REST method: ``task.logitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-log-item-list.html

        Args:
            id: ID of the task. Wire name: ``ID``.
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            Any

        Example:
            result = client.task.logitem.list()
            result = await client.task.logitem.list()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_LOGITEM_LIST, {"ID": id, "taskId": task_id})


class AsyncTaskLogitem(Namespace):
    """Methods under ``task.logitem`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.logitem.list is deprecated; use tasks.task.history.list instead."
    )
    async def list(
        self, *, id: Any | NotGiven = NOT_GIVEN, task_id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Read the change log of a task (legacy call).

        Deprecated: no longer developed; use tasks.task.history.list instead.

        Deprecated: use ``tasks.task.history.list`` instead.

        REST method: ``task.logitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-log-item-list.html

        Args:
            id: ID of the task. Wire name: ``ID``.
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            Any

        Example:
            result = client.task.logitem.list()
            result = await client.task.logitem.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_LOGITEM_LIST, {"ID": id, "taskId": task_id}
        )


class BatchTaskLogitem(Namespace):
    """Methods under ``task.logitem`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.logitem.list is deprecated; use tasks.task.history.list instead."
    )
    def list(
        self,
        *,
        id: Any | Ref | NotGiven = NOT_GIVEN,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Read the change log of a task (legacy call).

        Deprecated: no longer developed; use tasks.task.history.list instead.

        Deprecated: use ``tasks.task.history.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.logitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-log-item-list.html

        Args:
            id: ID of the task. Wire name: ``ID``.
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.logitem.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_LOGITEM_LIST, {"ID": id, "taskId": task_id}),
        )
