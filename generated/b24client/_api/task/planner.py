"""Methods under ``task.planner``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_TASK_PLANNER_GETLIST = MethodInfo(
    name="task.planner.getlist", idempotent=True, returns="any", api=1
)


class TaskPlanner(Namespace):
    """Methods under ``task.planner``."""

    __slots__ = ()

    def getlist(self, *, start: int | NotGiven = NOT_GIVEN) -> list[int]:
        """List the IDs of the tasks in the current user's day plan.

        An empty array means the plan holds no tasks; read the tasks themselves with tasks.task.list.

        REST method: ``task.planner.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/planner/task-planner-get-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[int]

        Example:
            result = client.task.planner.getlist()
            result = await client.task.planner.getlist()  # AsyncBitrix24
        """
        return cast(
            "list[int]", self._backend._invoke(_TASK_PLANNER_GETLIST, {"start": start})
        )


class AsyncTaskPlanner(Namespace):
    """Methods under ``task.planner`` (async)."""

    __slots__ = ()

    async def getlist(self, *, start: int | NotGiven = NOT_GIVEN) -> list[int]:
        """List the IDs of the tasks in the current user's day plan.

        An empty array means the plan holds no tasks; read the tasks themselves with tasks.task.list.

        REST method: ``task.planner.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/planner/task-planner-get-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[int]

        Example:
            result = client.task.planner.getlist()
            result = await client.task.planner.getlist()  # AsyncBitrix24
        """
        return cast(
            "list[int]",
            await self._backend._invoke(_TASK_PLANNER_GETLIST, {"start": start}),
        )


class BatchTaskPlanner(Namespace):
    """Methods under ``task.planner`` (queued into a batch)."""

    __slots__ = ()

    def getlist(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[int]]:
        """List the IDs of the tasks in the current user's day plan.

        An empty array means the plan holds no tasks; read the tasks themselves with tasks.task.list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.planner.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/planner/task-planner-get-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[int]]

        Example:
            command = batch.task.planner.getlist()
        """
        return cast(
            "BatchCommand[list[int]]",
            self._backend._invoke(_TASK_PLANNER_GETLIST, {"start": start}),
        )
