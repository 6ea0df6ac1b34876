"""Methods under ``task.planner``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_TASK_PLANNER_GETLIST = MethodInfo(
    name="task.planner.getlist", idempotent=True, returns="any", api=1
)


class TaskPlanner(Namespace):
    """Methods under ``task.planner``."""

    __slots__ = ()

    def getlist(self) -> list[int]:
        """List task planner entries.

        REST method: ``task.planner.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/planner/task-planner-get-list.html
        """
        return cast("list[int]", self._backend._invoke(_TASK_PLANNER_GETLIST, {}))


class AsyncTaskPlanner(Namespace):
    """Methods under ``task.planner`` (async)."""

    __slots__ = ()

    async def getlist(self) -> list[int]:
        """List task planner entries.

        REST method: ``task.planner.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/planner/task-planner-get-list.html
        """
        return cast("list[int]", await self._backend._invoke(_TASK_PLANNER_GETLIST, {}))


class BatchTaskPlanner(Namespace):
    """Methods under ``task.planner`` (queued into a batch)."""

    __slots__ = ()

    def getlist(self) -> BatchCommand[list[int]]:
        """List task planner entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.planner.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/planner/task-planner-get-list.html
        """
        return cast(
            "BatchCommand[list[int]]", self._backend._invoke(_TASK_PLANNER_GETLIST, {})
        )
