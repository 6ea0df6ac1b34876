"""Methods under ``tasks.task``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import TasksTaskUpdateFields, TasksTaskUpdateResult

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
        fields: TasksTaskUpdateFields | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        fields_user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        params_user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> TasksTaskUpdateResult:
        """Change fields of a task.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: Wire name: ``taskId``.
            responsible_id: Wire name: ``RESPONSIBLE_ID``.
            fields_user_fields: Portal-defined keys (UF_*) merged into fields.
            params_user_fields: Portal-defined keys (UF_*) merged into params.

        Returns:
            TasksTaskUpdateResult

        Example:
            result = client.tasks.task.update(fields={"TITLE": "Kick-off call", "STAGE_ID": "NEW"})
            result = await client.tasks.task.update(fields={"TITLE": "Kick-off call", "STAGE_ID": "NEW"})  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUpdateResult",
            self._backend._invoke(
                _TASKS_TASK_UPDATE,
                {
                    "taskId": task_id,
                    "fields": merge_user_fields(
                        _TASKS_TASK_UPDATE,
                        fields,
                        fields_user_fields,
                        "fields",
                        "fields_user_fields",
                    ),
                    "RESPONSIBLE_ID": responsible_id,
                    "params": merge_user_fields(
                        _TASKS_TASK_UPDATE,
                        params,
                        params_user_fields,
                        "params",
                        "params_user_fields",
                    ),
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
        fields: TasksTaskUpdateFields | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        fields_user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        params_user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> TasksTaskUpdateResult:
        """Change fields of a task.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: Wire name: ``taskId``.
            responsible_id: Wire name: ``RESPONSIBLE_ID``.
            fields_user_fields: Portal-defined keys (UF_*) merged into fields.
            params_user_fields: Portal-defined keys (UF_*) merged into params.

        Returns:
            TasksTaskUpdateResult

        Example:
            result = client.tasks.task.update(fields={"TITLE": "Kick-off call", "STAGE_ID": "NEW"})
            result = await client.tasks.task.update(fields={"TITLE": "Kick-off call", "STAGE_ID": "NEW"})  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUpdateResult",
            await self._backend._invoke(
                _TASKS_TASK_UPDATE,
                {
                    "taskId": task_id,
                    "fields": merge_user_fields(
                        _TASKS_TASK_UPDATE,
                        fields,
                        fields_user_fields,
                        "fields",
                        "fields_user_fields",
                    ),
                    "RESPONSIBLE_ID": responsible_id,
                    "params": merge_user_fields(
                        _TASKS_TASK_UPDATE,
                        params,
                        params_user_fields,
                        "params",
                        "params_user_fields",
                    ),
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
        fields: TasksTaskUpdateFields | Ref | NotGiven = NOT_GIVEN,
        responsible_id: int | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        fields_user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        params_user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TasksTaskUpdateResult]:
        """Change fields of a task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: Wire name: ``taskId``.
            responsible_id: Wire name: ``RESPONSIBLE_ID``.
            fields_user_fields: Portal-defined keys (UF_*) merged into fields.
            params_user_fields: Portal-defined keys (UF_*) merged into params.

        Returns:
            BatchCommand[TasksTaskUpdateResult]

        Example:
            command = batch.tasks.task.update(fields={"TITLE": "Kick-off call", "STAGE_ID": "NEW"})
        """
        return cast(
            "BatchCommand[TasksTaskUpdateResult]",
            self._backend._invoke(
                _TASKS_TASK_UPDATE,
                {
                    "taskId": task_id,
                    "fields": merge_user_fields(
                        _TASKS_TASK_UPDATE,
                        fields,
                        fields_user_fields,
                        "fields",
                        "fields_user_fields",
                    ),
                    "RESPONSIBLE_ID": responsible_id,
                    "params": merge_user_fields(
                        _TASKS_TASK_UPDATE,
                        params,
                        params_user_fields,
                        "params",
                        "params_user_fields",
                    ),
                },
            ),
        )
