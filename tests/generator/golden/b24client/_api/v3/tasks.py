"""REST 3.0 methods under ``tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import TasksTask

_V3_TASKS_TASK_GET = MethodInfo(
    name="tasks.task.get", idempotent=True, returns="any", api=3
)


class V3Tasks(Namespace):
    """REST 3.0 methods under ``tasks``."""

    __slots__ = ()

    @property
    def task(self) -> V3TasksTask:
        """REST 3.0 methods under ``tasks.task``."""
        return V3TasksTask(self._backend)


class AsyncV3Tasks(Namespace):
    """REST 3.0 methods under ``tasks`` (async)."""

    __slots__ = ()

    @property
    def task(self) -> AsyncV3TasksTask:
        """REST 3.0 methods under ``tasks.task``."""
        return AsyncV3TasksTask(self._backend)


class V3TasksTask(Namespace):
    """REST 3.0 methods under ``tasks.task``."""

    __slots__ = ()

    def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> TasksTask:
        """Get one task (REST 3.0).

        REST method: ``tasks.task.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html

        Returns:
            TasksTask

        Example:
            result = client.v3.tasks.task.get(id=1)
            result = await client.v3.tasks.task.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTask",
            self._backend._invoke(_V3_TASKS_TASK_GET, {"id": id, "select": select}),
        )


class AsyncV3TasksTask(Namespace):
    """REST 3.0 methods under ``tasks.task`` (async)."""

    __slots__ = ()

    async def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> TasksTask:
        """Get one task (REST 3.0).

        REST method: ``tasks.task.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html

        Returns:
            TasksTask

        Example:
            result = client.v3.tasks.task.get(id=1)
            result = await client.v3.tasks.task.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTask",
            await self._backend._invoke(
                _V3_TASKS_TASK_GET, {"id": id, "select": select}
            ),
        )
