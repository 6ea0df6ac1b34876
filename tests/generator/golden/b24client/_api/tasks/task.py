"""Methods under ``tasks.task``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_TASKS_TASK_UPDATE = MethodInfo(
    name="tasks.task.update", idempotent=False, returns="any", api=1
)


class TasksTask(Namespace):
    """Methods under ``tasks.task``."""

    __slots__ = ()

    def update(
        self,
        *,
        task_id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Change fields of a task.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: Wire name: ``taskId``.
            responsible_id: Wire name: ``RESPONSIBLE_ID``.
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _TASKS_TASK_UPDATE,
                {
                    "taskId": task_id,
                    "fields": fields,
                    "RESPONSIBLE_ID": responsible_id,
                    "params": params,
                },
            ),
        )


class AsyncTasksTask(Namespace):
    """Methods under ``tasks.task`` (async)."""

    __slots__ = ()

    async def update(
        self,
        *,
        task_id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Change fields of a task.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: Wire name: ``taskId``.
            responsible_id: Wire name: ``RESPONSIBLE_ID``.
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _TASKS_TASK_UPDATE,
                {
                    "taskId": task_id,
                    "fields": fields,
                    "RESPONSIBLE_ID": responsible_id,
                    "params": params,
                },
            ),
        )


class BatchTasksTask(Namespace):
    """Methods under ``tasks.task`` (queued into a batch)."""

    __slots__ = ()

    def update(
        self,
        *,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        responsible_id: int | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[dict[str, Any]]:
        """Change fields of a task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: Wire name: ``taskId``.
            responsible_id: Wire name: ``RESPONSIBLE_ID``.
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _TASKS_TASK_UPDATE,
                {
                    "taskId": task_id,
                    "fields": fields,
                    "RESPONSIBLE_ID": responsible_id,
                    "params": params,
                },
            ),
        )
