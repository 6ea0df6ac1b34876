"""Methods under ``tasks.api``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import (
        TasksApiScrumBacklog as _TasksApiScrumBacklog,
        TasksApiScrumBacklogAddFields,
        TasksApiScrumBacklogAddResult,
        TasksApiScrumBacklogGetFieldsResult,
        TasksApiScrumBacklogUpdateFields,
        TasksApiScrumBacklogUpdateResult,
        TasksApiScrumEpicAddFields,
        TasksApiScrumEpicUpdateFields,
        TasksApiScrumKanbanAddStageFields,
        TasksApiScrumKanbanGetFieldsResult,
        TasksApiScrumKanbanGetStagesResult,
        TasksApiScrumKanbanUpdateStageFields,
        TasksApiScrumSprint as _TasksApiScrumSprint,
        TasksApiScrumSprintAddFields,
        TasksApiScrumSprintAddResult,
        TasksApiScrumSprintCompleteResult,
        TasksApiScrumSprintGetFieldsResult,
        TasksApiScrumSprintStartResult,
        TasksApiScrumSprintUpdateFields,
        TasksApiScrumSprintUpdateResult,
        TasksApiScrumTask as _TasksApiScrumTask,
        TasksApiScrumTaskUpdateFields,
    )

_TASKS_API_SCRUM_BACKLOG_ADD = MethodInfo(
    name="tasks.api.scrum.backlog.add", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_BACKLOG_DELETE = MethodInfo(
    name="tasks.api.scrum.backlog.delete", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_BACKLOG_GET = MethodInfo(
    name="tasks.api.scrum.backlog.get", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_BACKLOG_GET_FIELDS = MethodInfo(
    name="tasks.api.scrum.backlog.getFields", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_BACKLOG_UPDATE = MethodInfo(
    name="tasks.api.scrum.backlog.update", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_EPIC_ADD = MethodInfo(
    name="tasks.api.scrum.epic.add", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_EPIC_DELETE = MethodInfo(
    name="tasks.api.scrum.epic.delete", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_EPIC_GET = MethodInfo(
    name="tasks.api.scrum.epic.get", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_EPIC_GET_FIELDS = MethodInfo(
    name="tasks.api.scrum.epic.getFields", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_EPIC_LIST = MethodInfo(
    name="tasks.api.scrum.epic.list", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_EPIC_UPDATE = MethodInfo(
    name="tasks.api.scrum.epic.update", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_KANBAN_ADD_STAGE = MethodInfo(
    name="tasks.api.scrum.kanban.addStage", idempotent=False, returns="integer", api=1
)
_TASKS_API_SCRUM_KANBAN_ADD_TASK = MethodInfo(
    name="tasks.api.scrum.kanban.addTask", idempotent=False, returns="boolean", api=1
)
_TASKS_API_SCRUM_KANBAN_DELETE_STAGE = MethodInfo(
    name="tasks.api.scrum.kanban.deleteStage",
    idempotent=False,
    returns="boolean",
    api=1,
)
_TASKS_API_SCRUM_KANBAN_DELETE_TASK = MethodInfo(
    name="tasks.api.scrum.kanban.deleteTask", idempotent=False, returns="boolean", api=1
)
_TASKS_API_SCRUM_KANBAN_GET_FIELDS = MethodInfo(
    name="tasks.api.scrum.kanban.getFields", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_KANBAN_GET_STAGES = MethodInfo(
    name="tasks.api.scrum.kanban.getStages", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_KANBAN_UPDATE_STAGE = MethodInfo(
    name="tasks.api.scrum.kanban.updateStage",
    idempotent=False,
    returns="boolean",
    api=1,
)
_TASKS_API_SCRUM_SPRINT_ADD = MethodInfo(
    name="tasks.api.scrum.sprint.add", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_COMPLETE = MethodInfo(
    name="tasks.api.scrum.sprint.complete", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_DELETE = MethodInfo(
    name="tasks.api.scrum.sprint.delete", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_GET = MethodInfo(
    name="tasks.api.scrum.sprint.get", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_GET_FIELDS = MethodInfo(
    name="tasks.api.scrum.sprint.getFields", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_LIST = MethodInfo(
    name="tasks.api.scrum.sprint.list", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_START = MethodInfo(
    name="tasks.api.scrum.sprint.start", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_SPRINT_UPDATE = MethodInfo(
    name="tasks.api.scrum.sprint.update", idempotent=False, returns="any", api=1
)
_TASKS_API_SCRUM_TASK_GET = MethodInfo(
    name="tasks.api.scrum.task.get", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_TASK_GET_FIELDS = MethodInfo(
    name="tasks.api.scrum.task.getFields", idempotent=True, returns="any", api=1
)
_TASKS_API_SCRUM_TASK_UPDATE = MethodInfo(
    name="tasks.api.scrum.task.update", idempotent=False, returns="any", api=1
)


class TasksApi(Namespace):
    """Methods under ``tasks.api``."""

    __slots__ = ()

    @property
    def scrum(self) -> TasksApiScrum:
        """Methods under ``tasks.api.scrum``."""
        return TasksApiScrum(self._backend)


class AsyncTasksApi(Namespace):
    """Methods under ``tasks.api`` (async)."""

    __slots__ = ()

    @property
    def scrum(self) -> AsyncTasksApiScrum:
        """Methods under ``tasks.api.scrum``."""
        return AsyncTasksApiScrum(self._backend)


class BatchTasksApi(Namespace):
    """Methods under ``tasks.api`` (queued into a batch)."""

    __slots__ = ()

    @property
    def scrum(self) -> BatchTasksApiScrum:
        """Methods under ``tasks.api.scrum``."""
        return BatchTasksApiScrum(self._backend)


class TasksApiScrum(Namespace):
    """Methods under ``tasks.api.scrum``."""

    __slots__ = ()

    @property
    def backlog(self) -> TasksApiScrumBacklog:
        """Methods under ``tasks.api.scrum.backlog``."""
        return TasksApiScrumBacklog(self._backend)

    @property
    def epic(self) -> TasksApiScrumEpic:
        """Methods under ``tasks.api.scrum.epic``."""
        return TasksApiScrumEpic(self._backend)

    @property
    def kanban(self) -> TasksApiScrumKanban:
        """Methods under ``tasks.api.scrum.kanban``."""
        return TasksApiScrumKanban(self._backend)

    @property
    def sprint(self) -> TasksApiScrumSprint:
        """Methods under ``tasks.api.scrum.sprint``."""
        return TasksApiScrumSprint(self._backend)

    @property
    def task(self) -> TasksApiScrumTask:
        """Methods under ``tasks.api.scrum.task``."""
        return TasksApiScrumTask(self._backend)


class AsyncTasksApiScrum(Namespace):
    """Methods under ``tasks.api.scrum`` (async)."""

    __slots__ = ()

    @property
    def backlog(self) -> AsyncTasksApiScrumBacklog:
        """Methods under ``tasks.api.scrum.backlog``."""
        return AsyncTasksApiScrumBacklog(self._backend)

    @property
    def epic(self) -> AsyncTasksApiScrumEpic:
        """Methods under ``tasks.api.scrum.epic``."""
        return AsyncTasksApiScrumEpic(self._backend)

    @property
    def kanban(self) -> AsyncTasksApiScrumKanban:
        """Methods under ``tasks.api.scrum.kanban``."""
        return AsyncTasksApiScrumKanban(self._backend)

    @property
    def sprint(self) -> AsyncTasksApiScrumSprint:
        """Methods under ``tasks.api.scrum.sprint``."""
        return AsyncTasksApiScrumSprint(self._backend)

    @property
    def task(self) -> AsyncTasksApiScrumTask:
        """Methods under ``tasks.api.scrum.task``."""
        return AsyncTasksApiScrumTask(self._backend)


class BatchTasksApiScrum(Namespace):
    """Methods under ``tasks.api.scrum`` (queued into a batch)."""

    __slots__ = ()

    @property
    def backlog(self) -> BatchTasksApiScrumBacklog:
        """Methods under ``tasks.api.scrum.backlog``."""
        return BatchTasksApiScrumBacklog(self._backend)

    @property
    def epic(self) -> BatchTasksApiScrumEpic:
        """Methods under ``tasks.api.scrum.epic``."""
        return BatchTasksApiScrumEpic(self._backend)

    @property
    def kanban(self) -> BatchTasksApiScrumKanban:
        """Methods under ``tasks.api.scrum.kanban``."""
        return BatchTasksApiScrumKanban(self._backend)

    @property
    def sprint(self) -> BatchTasksApiScrumSprint:
        """Methods under ``tasks.api.scrum.sprint``."""
        return BatchTasksApiScrumSprint(self._backend)

    @property
    def task(self) -> BatchTasksApiScrumTask:
        """Methods under ``tasks.api.scrum.task``."""
        return BatchTasksApiScrumTask(self._backend)


class TasksApiScrumBacklog(Namespace):
    """Methods under ``tasks.api.scrum.backlog``."""

    __slots__ = ()

    def add(
        self, *, fields: TasksApiScrumBacklogAddFields
    ) -> TasksApiScrumBacklogAddResult:
        """Add tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html

        Returns:
            TasksApiScrumBacklogAddResult

        Example:
            result = client.tasks.api.scrum.backlog.add(fields={"groupId": 1})
            result = await client.tasks.api.scrum.backlog.add(fields={"groupId": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumBacklogAddResult",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> list[Any]:
        """Delete tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html

        Returns:
            list[Any]

        Example:
            result = client.tasks.api.scrum.backlog.delete(id=1)
            result = await client.tasks.api.scrum.backlog.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_DELETE, {"id": id}),
        )

    def get(self, *, id: int) -> _TasksApiScrumBacklog:
        """Get tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html

        Returns:
            TasksApiScrumBacklog

        Example:
            result = client.tasks.api.scrum.backlog.get(id=1)
            result = await client.tasks.api.scrum.backlog.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumBacklog",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_GET, {"id": id}),
        )

    def get_fields(self) -> TasksApiScrumBacklogGetFieldsResult:
        """Describe the fields of tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.html

        Returns:
            TasksApiScrumBacklogGetFieldsResult

        Example:
            result = client.tasks.api.scrum.backlog.get_fields()
            result = await client.tasks.api.scrum.backlog.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumBacklogGetFieldsResult",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_GET_FIELDS, {}),
        )

    def update(
        self, *, id: int, fields: TasksApiScrumBacklogUpdateFields
    ) -> TasksApiScrumBacklogUpdateResult:
        """Update tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html

        Returns:
            TasksApiScrumBacklogUpdateResult

        Example:
            result = client.tasks.api.scrum.backlog.update(id=1, fields={"groupId": 1, "createdBy": 1})
            result = await client.tasks.api.scrum.backlog.update(id=1, fields={"groupId": 1, "createdBy": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumBacklogUpdateResult",
            self._backend._invoke(
                _TASKS_API_SCRUM_BACKLOG_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncTasksApiScrumBacklog(Namespace):
    """Methods under ``tasks.api.scrum.backlog`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: TasksApiScrumBacklogAddFields
    ) -> TasksApiScrumBacklogAddResult:
        """Add tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html

        Returns:
            TasksApiScrumBacklogAddResult

        Example:
            result = client.tasks.api.scrum.backlog.add(fields={"groupId": 1})
            result = await client.tasks.api.scrum.backlog.add(fields={"groupId": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumBacklogAddResult",
            await self._backend._invoke(
                _TASKS_API_SCRUM_BACKLOG_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> list[Any]:
        """Delete tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html

        Returns:
            list[Any]

        Example:
            result = client.tasks.api.scrum.backlog.delete(id=1)
            result = await client.tasks.api.scrum.backlog.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[Any]",
            await self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> _TasksApiScrumBacklog:
        """Get tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html

        Returns:
            TasksApiScrumBacklog

        Example:
            result = client.tasks.api.scrum.backlog.get(id=1)
            result = await client.tasks.api.scrum.backlog.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumBacklog",
            await self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_GET, {"id": id}),
        )

    async def get_fields(self) -> TasksApiScrumBacklogGetFieldsResult:
        """Describe the fields of tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.html

        Returns:
            TasksApiScrumBacklogGetFieldsResult

        Example:
            result = client.tasks.api.scrum.backlog.get_fields()
            result = await client.tasks.api.scrum.backlog.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumBacklogGetFieldsResult",
            await self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_GET_FIELDS, {}),
        )

    async def update(
        self, *, id: int, fields: TasksApiScrumBacklogUpdateFields
    ) -> TasksApiScrumBacklogUpdateResult:
        """Update tasks api scrum backlog.

        REST method: ``tasks.api.scrum.backlog.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html

        Returns:
            TasksApiScrumBacklogUpdateResult

        Example:
            result = client.tasks.api.scrum.backlog.update(id=1, fields={"groupId": 1, "createdBy": 1})
            result = await client.tasks.api.scrum.backlog.update(id=1, fields={"groupId": 1, "createdBy": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumBacklogUpdateResult",
            await self._backend._invoke(
                _TASKS_API_SCRUM_BACKLOG_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchTasksApiScrumBacklog(Namespace):
    """Methods under ``tasks.api.scrum.backlog`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: TasksApiScrumBacklogAddFields | Ref
    ) -> BatchCommand[TasksApiScrumBacklogAddResult]:
        """Add tasks api scrum backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html

        Returns:
            BatchCommand[TasksApiScrumBacklogAddResult]

        Example:
            command = batch.tasks.api.scrum.backlog.add(fields={"groupId": 1})
        """
        return cast(
            "BatchCommand[TasksApiScrumBacklogAddResult]",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[list[Any]]:
        """Delete tasks api scrum backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html

        Returns:
            BatchCommand[list[Any]]

        Example:
            command = batch.tasks.api.scrum.backlog.delete(id=1)
        """
        return cast(
            "BatchCommand[list[Any]]",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_TasksApiScrumBacklog]:
        """Get tasks api scrum backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html

        Returns:
            BatchCommand[TasksApiScrumBacklog]

        Example:
            command = batch.tasks.api.scrum.backlog.get(id=1)
        """
        return cast(
            "BatchCommand[_TasksApiScrumBacklog]",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[TasksApiScrumBacklogGetFieldsResult]:
        """Describe the fields of tasks api scrum backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.html

        Returns:
            BatchCommand[TasksApiScrumBacklogGetFieldsResult]

        Example:
            command = batch.tasks.api.scrum.backlog.get_fields()
        """
        return cast(
            "BatchCommand[TasksApiScrumBacklogGetFieldsResult]",
            self._backend._invoke(_TASKS_API_SCRUM_BACKLOG_GET_FIELDS, {}),
        )

    def update(
        self, *, id: int | Ref, fields: TasksApiScrumBacklogUpdateFields | Ref
    ) -> BatchCommand[TasksApiScrumBacklogUpdateResult]:
        """Update tasks api scrum backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html

        Returns:
            BatchCommand[TasksApiScrumBacklogUpdateResult]

        Example:
            command = batch.tasks.api.scrum.backlog.update(id=1, fields={"groupId": 1, "createdBy": 1})
        """
        return cast(
            "BatchCommand[TasksApiScrumBacklogUpdateResult]",
            self._backend._invoke(
                _TASKS_API_SCRUM_BACKLOG_UPDATE, {"id": id, "fields": fields}
            ),
        )


class TasksApiScrumEpic(Namespace):
    """Methods under ``tasks.api.scrum.epic``."""

    __slots__ = ()

    def add(self, *, fields: TasksApiScrumEpicAddFields) -> Any:
        """Add tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-add.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})
            result = await client.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_ADD, {"fields": fields})

    def delete(self, *, id: int) -> Any:
        """Delete tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-delete.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.delete(id=1)
            result = await client.tasks.api.scrum.epic.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_DELETE, {"id": id})

    def get(self, *, id: int) -> Any:
        """Get tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.get(id=1)
            result = await client.tasks.api.scrum.epic.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET, {"id": id})

    def get_fields(self) -> Any:
        """Describe the fields of tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get-fields.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.get_fields()
            result = await client.tasks.api.scrum.epic.get_fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET_FIELDS, {})

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List tasks api scrum epic entries.

        REST method: ``tasks.api.scrum.epic.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-list.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.list()
            result = await client.tasks.api.scrum.epic.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASKS_API_SCRUM_EPIC_LIST,
            {"order": order, "filter": filter, "select": select, "start": start},
        )

    def update(self, *, id: int, fields: TasksApiScrumEpicUpdateFields) -> Any:
        """Update tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-update.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.update(id=1, fields={"name": "Anna"})
            result = await client.tasks.api.scrum.epic.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASKS_API_SCRUM_EPIC_UPDATE, {"id": id, "fields": fields}
        )


class AsyncTasksApiScrumEpic(Namespace):
    """Methods under ``tasks.api.scrum.epic`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: TasksApiScrumEpicAddFields) -> Any:
        """Add tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-add.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})
            result = await client.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASKS_API_SCRUM_EPIC_ADD, {"fields": fields}
        )

    async def delete(self, *, id: int) -> Any:
        """Delete tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-delete.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.delete(id=1)
            result = await client.tasks.api.scrum.epic.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASKS_API_SCRUM_EPIC_DELETE, {"id": id})

    async def get(self, *, id: int) -> Any:
        """Get tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.get(id=1)
            result = await client.tasks.api.scrum.epic.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET, {"id": id})

    async def get_fields(self) -> Any:
        """Describe the fields of tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get-fields.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.get_fields()
            result = await client.tasks.api.scrum.epic.get_fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET_FIELDS, {})

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List tasks api scrum epic entries.

        REST method: ``tasks.api.scrum.epic.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-list.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.list()
            result = await client.tasks.api.scrum.epic.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASKS_API_SCRUM_EPIC_LIST,
            {"order": order, "filter": filter, "select": select, "start": start},
        )

    async def update(self, *, id: int, fields: TasksApiScrumEpicUpdateFields) -> Any:
        """Update tasks api scrum epic.

        REST method: ``tasks.api.scrum.epic.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-update.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.update(id=1, fields={"name": "Anna"})
            result = await client.tasks.api.scrum.epic.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASKS_API_SCRUM_EPIC_UPDATE, {"id": id, "fields": fields}
        )


class BatchTasksApiScrumEpic(Namespace):
    """Methods under ``tasks.api.scrum.epic`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: TasksApiScrumEpicAddFields | Ref) -> BatchCommand[Any]:
        """Add tasks api scrum epic.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-add.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_EPIC_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Delete tasks api scrum epic.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-delete.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.epic.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_EPIC_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Get tasks api scrum epic.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.epic.get(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[Any]:
        """Describe the fields of tasks api scrum epic.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.epic.get_fields()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List tasks api scrum epic entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-list.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.epic.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASKS_API_SCRUM_EPIC_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: TasksApiScrumEpicUpdateFields | Ref
    ) -> BatchCommand[Any]:
        """Update tasks api scrum epic.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-update.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.epic.update(id=1, fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASKS_API_SCRUM_EPIC_UPDATE, {"id": id, "fields": fields}
            ),
        )


class TasksApiScrumKanban(Namespace):
    """Methods under ``tasks.api.scrum.kanban``."""

    __slots__ = ()

    def add_stage(self, *, fields: TasksApiScrumKanbanAddStageFields) -> int:
        """Add stage of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.addStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-stage.html

        Returns:
            int

        Example:
            result = client.tasks.api.scrum.kanban.add_stage(fields={"sprintId": 1, "name": "Anna"})
            result = await client.tasks.api.scrum.kanban.add_stage(fields={"sprintId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_ADD_STAGE, {"fields": fields}
            ),
        )

    def add_task(self, *, sprint_id: int, task_id: int, stage_id: int) -> bool:
        """Add task of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.addTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-task.html

        Args:
            sprint_id: Wire name: ``sprintId``.
            task_id: Wire name: ``taskId``.
            stage_id: Wire name: ``stageId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.add_task(sprint_id=1, task_id=1, stage_id=1)
            result = await client.tasks.api.scrum.kanban.add_task(sprint_id=1, task_id=1, stage_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_ADD_TASK,
                {"sprintId": sprint_id, "taskId": task_id, "stageId": stage_id},
            ),
        )

    def delete_stage(self, *, stage_id: int) -> bool:
        """Delete stage of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.deleteStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-stage.html

        Args:
            stage_id: Wire name: ``stageId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.delete_stage(stage_id=1)
            result = await client.tasks.api.scrum.kanban.delete_stage(stage_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_DELETE_STAGE, {"stageId": stage_id}
            ),
        )

    def delete_task(self, *, sprint_id: int, task_id: int) -> bool:
        """Delete task of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.deleteTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-task.html

        Args:
            sprint_id: Wire name: ``sprintId``.
            task_id: Wire name: ``taskId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.delete_task(sprint_id=1, task_id=1)
            result = await client.tasks.api.scrum.kanban.delete_task(sprint_id=1, task_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_DELETE_TASK,
                {"sprintId": sprint_id, "taskId": task_id},
            ),
        )

    def get_fields(self) -> TasksApiScrumKanbanGetFieldsResult:
        """Describe the fields of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-fields.html

        Returns:
            TasksApiScrumKanbanGetFieldsResult

        Example:
            result = client.tasks.api.scrum.kanban.get_fields()
            result = await client.tasks.api.scrum.kanban.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumKanbanGetFieldsResult",
            self._backend._invoke(_TASKS_API_SCRUM_KANBAN_GET_FIELDS, {}),
        )

    def get_stages(self, *, sprint_id: int) -> list[TasksApiScrumKanbanGetStagesResult]:
        """Get stages of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.getStages``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-stages.html

        Args:
            sprint_id: Wire name: ``sprintId``.

        Returns:
            list[TasksApiScrumKanbanGetStagesResult]

        Example:
            result = client.tasks.api.scrum.kanban.get_stages(sprint_id=1)
            result = await client.tasks.api.scrum.kanban.get_stages(sprint_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[TasksApiScrumKanbanGetStagesResult]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_GET_STAGES, {"sprintId": sprint_id}
            ),
        )

    def update_stage(
        self, *, stage_id: int, fields: TasksApiScrumKanbanUpdateStageFields
    ) -> bool:
        """Update stage of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.updateStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-update-stage.html

        Args:
            stage_id: Wire name: ``stageId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.update_stage(stage_id=1, fields={"name": "Anna", "sprintId": 1})
            result = await client.tasks.api.scrum.kanban.update_stage(stage_id=1, fields={"name": "Anna", "sprintId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_UPDATE_STAGE,
                {"stageId": stage_id, "fields": fields},
            ),
        )


class AsyncTasksApiScrumKanban(Namespace):
    """Methods under ``tasks.api.scrum.kanban`` (async)."""

    __slots__ = ()

    async def add_stage(self, *, fields: TasksApiScrumKanbanAddStageFields) -> int:
        """Add stage of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.addStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-stage.html

        Returns:
            int

        Example:
            result = client.tasks.api.scrum.kanban.add_stage(fields={"sprintId": 1, "name": "Anna"})
            result = await client.tasks.api.scrum.kanban.add_stage(fields={"sprintId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_ADD_STAGE, {"fields": fields}
            ),
        )

    async def add_task(self, *, sprint_id: int, task_id: int, stage_id: int) -> bool:
        """Add task of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.addTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-task.html

        Args:
            sprint_id: Wire name: ``sprintId``.
            task_id: Wire name: ``taskId``.
            stage_id: Wire name: ``stageId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.add_task(sprint_id=1, task_id=1, stage_id=1)
            result = await client.tasks.api.scrum.kanban.add_task(sprint_id=1, task_id=1, stage_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_ADD_TASK,
                {"sprintId": sprint_id, "taskId": task_id, "stageId": stage_id},
            ),
        )

    async def delete_stage(self, *, stage_id: int) -> bool:
        """Delete stage of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.deleteStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-stage.html

        Args:
            stage_id: Wire name: ``stageId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.delete_stage(stage_id=1)
            result = await client.tasks.api.scrum.kanban.delete_stage(stage_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_DELETE_STAGE, {"stageId": stage_id}
            ),
        )

    async def delete_task(self, *, sprint_id: int, task_id: int) -> bool:
        """Delete task of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.deleteTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-task.html

        Args:
            sprint_id: Wire name: ``sprintId``.
            task_id: Wire name: ``taskId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.delete_task(sprint_id=1, task_id=1)
            result = await client.tasks.api.scrum.kanban.delete_task(sprint_id=1, task_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_DELETE_TASK,
                {"sprintId": sprint_id, "taskId": task_id},
            ),
        )

    async def get_fields(self) -> TasksApiScrumKanbanGetFieldsResult:
        """Describe the fields of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-fields.html

        Returns:
            TasksApiScrumKanbanGetFieldsResult

        Example:
            result = client.tasks.api.scrum.kanban.get_fields()
            result = await client.tasks.api.scrum.kanban.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumKanbanGetFieldsResult",
            await self._backend._invoke(_TASKS_API_SCRUM_KANBAN_GET_FIELDS, {}),
        )

    async def get_stages(
        self, *, sprint_id: int
    ) -> list[TasksApiScrumKanbanGetStagesResult]:
        """Get stages of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.getStages``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-stages.html

        Args:
            sprint_id: Wire name: ``sprintId``.

        Returns:
            list[TasksApiScrumKanbanGetStagesResult]

        Example:
            result = client.tasks.api.scrum.kanban.get_stages(sprint_id=1)
            result = await client.tasks.api.scrum.kanban.get_stages(sprint_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[TasksApiScrumKanbanGetStagesResult]",
            await self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_GET_STAGES, {"sprintId": sprint_id}
            ),
        )

    async def update_stage(
        self, *, stage_id: int, fields: TasksApiScrumKanbanUpdateStageFields
    ) -> bool:
        """Update stage of tasks api scrum kanban.

        REST method: ``tasks.api.scrum.kanban.updateStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-update-stage.html

        Args:
            stage_id: Wire name: ``stageId``.

        Returns:
            bool

        Example:
            result = client.tasks.api.scrum.kanban.update_stage(stage_id=1, fields={"name": "Anna", "sprintId": 1})
            result = await client.tasks.api.scrum.kanban.update_stage(stage_id=1, fields={"name": "Anna", "sprintId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_UPDATE_STAGE,
                {"stageId": stage_id, "fields": fields},
            ),
        )


class BatchTasksApiScrumKanban(Namespace):
    """Methods under ``tasks.api.scrum.kanban`` (queued into a batch)."""

    __slots__ = ()

    def add_stage(
        self, *, fields: TasksApiScrumKanbanAddStageFields | Ref
    ) -> BatchCommand[int]:
        """Add stage of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.addStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-stage.html

        Returns:
            BatchCommand[int]

        Example:
            command = batch.tasks.api.scrum.kanban.add_stage(fields={"sprintId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_ADD_STAGE, {"fields": fields}
            ),
        )

    def add_task(
        self, *, sprint_id: int | Ref, task_id: int | Ref, stage_id: int | Ref
    ) -> BatchCommand[bool]:
        """Add task of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.addTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-task.html

        Args:
            sprint_id: Wire name: ``sprintId``.
            task_id: Wire name: ``taskId``.
            stage_id: Wire name: ``stageId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.api.scrum.kanban.add_task(sprint_id=1, task_id=1, stage_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_ADD_TASK,
                {"sprintId": sprint_id, "taskId": task_id, "stageId": stage_id},
            ),
        )

    def delete_stage(self, *, stage_id: int | Ref) -> BatchCommand[bool]:
        """Delete stage of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.deleteStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-stage.html

        Args:
            stage_id: Wire name: ``stageId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.api.scrum.kanban.delete_stage(stage_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_DELETE_STAGE, {"stageId": stage_id}
            ),
        )

    def delete_task(
        self, *, sprint_id: int | Ref, task_id: int | Ref
    ) -> BatchCommand[bool]:
        """Delete task of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.deleteTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-task.html

        Args:
            sprint_id: Wire name: ``sprintId``.
            task_id: Wire name: ``taskId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.api.scrum.kanban.delete_task(sprint_id=1, task_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_DELETE_TASK,
                {"sprintId": sprint_id, "taskId": task_id},
            ),
        )

    def get_fields(self) -> BatchCommand[TasksApiScrumKanbanGetFieldsResult]:
        """Describe the fields of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-fields.html

        Returns:
            BatchCommand[TasksApiScrumKanbanGetFieldsResult]

        Example:
            command = batch.tasks.api.scrum.kanban.get_fields()
        """
        return cast(
            "BatchCommand[TasksApiScrumKanbanGetFieldsResult]",
            self._backend._invoke(_TASKS_API_SCRUM_KANBAN_GET_FIELDS, {}),
        )

    def get_stages(
        self, *, sprint_id: int | Ref
    ) -> BatchCommand[list[TasksApiScrumKanbanGetStagesResult]]:
        """Get stages of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.getStages``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-stages.html

        Args:
            sprint_id: Wire name: ``sprintId``.

        Returns:
            BatchCommand[list[TasksApiScrumKanbanGetStagesResult]]

        Example:
            command = batch.tasks.api.scrum.kanban.get_stages(sprint_id=1)
        """
        return cast(
            "BatchCommand[list[TasksApiScrumKanbanGetStagesResult]]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_GET_STAGES, {"sprintId": sprint_id}
            ),
        )

    def update_stage(
        self, *, stage_id: int | Ref, fields: TasksApiScrumKanbanUpdateStageFields | Ref
    ) -> BatchCommand[bool]:
        """Update stage of tasks api scrum kanban.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.updateStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-update-stage.html

        Args:
            stage_id: Wire name: ``stageId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.api.scrum.kanban.update_stage(stage_id=1, fields={"name": "Anna", "sprintId": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASKS_API_SCRUM_KANBAN_UPDATE_STAGE,
                {"stageId": stage_id, "fields": fields},
            ),
        )


class TasksApiScrumSprint(Namespace):
    """Methods under ``tasks.api.scrum.sprint``."""

    __slots__ = ()

    def add(
        self, *, fields: TasksApiScrumSprintAddFields
    ) -> TasksApiScrumSprintAddResult:
        """Add tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-add.html

        Returns:
            TasksApiScrumSprintAddResult

        Example:
            result = client.tasks.api.scrum.sprint.add(fields={"groupId": 1, "name": "Anna"})
            result = await client.tasks.api.scrum.sprint.add(fields={"groupId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintAddResult",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_ADD, {"fields": fields}),
        )

    def complete(self, *, id: int) -> TasksApiScrumSprintCompleteResult:
        """Complete tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-complete.html

        Returns:
            TasksApiScrumSprintCompleteResult

        Example:
            result = client.tasks.api.scrum.sprint.complete(id=1)
            result = await client.tasks.api.scrum.sprint.complete(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintCompleteResult",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_COMPLETE, {"id": id}),
        )

    def delete(self, *, id: int) -> builtins.list[Any]:
        """Delete tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-delete.html

        Returns:
            list[Any]

        Example:
            result = client.tasks.api.scrum.sprint.delete(id=1)
            result = await client.tasks.api.scrum.sprint.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_DELETE, {"id": id}),
        )

    def get(
        self, *, sprint_id: int | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN
    ) -> _TasksApiScrumSprint:
        """Get tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html

        Args:
            sprint_id: Wire name: ``sprintId``.

        Returns:
            TasksApiScrumSprint

        Example:
            result = client.tasks.api.scrum.sprint.get()
            result = await client.tasks.api.scrum.sprint.get()  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumSprint",
            self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_GET, {"sprintId": sprint_id, "id": id}
            ),
        )

    def get_fields(self) -> TasksApiScrumSprintGetFieldsResult:
        """Describe the fields of tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get-fields.html

        Returns:
            TasksApiScrumSprintGetFieldsResult

        Example:
            result = client.tasks.api.scrum.sprint.get_fields()
            result = await client.tasks.api.scrum.sprint.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintGetFieldsResult",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _TasksApiScrumSprint:
        """List tasks api scrum sprint entries.

        REST method: ``tasks.api.scrum.sprint.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-list.html

        Returns:
            TasksApiScrumSprint

        Example:
            result = client.tasks.api.scrum.sprint.list()
            result = await client.tasks.api.scrum.sprint.list()  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumSprint",
            self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    def start(self, *, id: int) -> TasksApiScrumSprintStartResult:
        """Start tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.start``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-start.html

        Returns:
            TasksApiScrumSprintStartResult

        Example:
            result = client.tasks.api.scrum.sprint.start(id=1)
            result = await client.tasks.api.scrum.sprint.start(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintStartResult",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_START, {"id": id}),
        )

    def update(
        self, *, id: int, fields: TasksApiScrumSprintUpdateFields
    ) -> TasksApiScrumSprintUpdateResult:
        """Update tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-update.html

        Returns:
            TasksApiScrumSprintUpdateResult

        Example:
            result = client.tasks.api.scrum.sprint.update(id=1, fields={"name": "Anna", "groupId": 1})
            result = await client.tasks.api.scrum.sprint.update(id=1, fields={"name": "Anna", "groupId": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintUpdateResult",
            self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncTasksApiScrumSprint(Namespace):
    """Methods under ``tasks.api.scrum.sprint`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: TasksApiScrumSprintAddFields
    ) -> TasksApiScrumSprintAddResult:
        """Add tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-add.html

        Returns:
            TasksApiScrumSprintAddResult

        Example:
            result = client.tasks.api.scrum.sprint.add(fields={"groupId": 1, "name": "Anna"})
            result = await client.tasks.api.scrum.sprint.add(fields={"groupId": 1, "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintAddResult",
            await self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_ADD, {"fields": fields}
            ),
        )

    async def complete(self, *, id: int) -> TasksApiScrumSprintCompleteResult:
        """Complete tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-complete.html

        Returns:
            TasksApiScrumSprintCompleteResult

        Example:
            result = client.tasks.api.scrum.sprint.complete(id=1)
            result = await client.tasks.api.scrum.sprint.complete(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintCompleteResult",
            await self._backend._invoke(_TASKS_API_SCRUM_SPRINT_COMPLETE, {"id": id}),
        )

    async def delete(self, *, id: int) -> builtins.list[Any]:
        """Delete tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-delete.html

        Returns:
            list[Any]

        Example:
            result = client.tasks.api.scrum.sprint.delete(id=1)
            result = await client.tasks.api.scrum.sprint.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            await self._backend._invoke(_TASKS_API_SCRUM_SPRINT_DELETE, {"id": id}),
        )

    async def get(
        self, *, sprint_id: int | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN
    ) -> _TasksApiScrumSprint:
        """Get tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html

        Args:
            sprint_id: Wire name: ``sprintId``.

        Returns:
            TasksApiScrumSprint

        Example:
            result = client.tasks.api.scrum.sprint.get()
            result = await client.tasks.api.scrum.sprint.get()  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumSprint",
            await self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_GET, {"sprintId": sprint_id, "id": id}
            ),
        )

    async def get_fields(self) -> TasksApiScrumSprintGetFieldsResult:
        """Describe the fields of tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get-fields.html

        Returns:
            TasksApiScrumSprintGetFieldsResult

        Example:
            result = client.tasks.api.scrum.sprint.get_fields()
            result = await client.tasks.api.scrum.sprint.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintGetFieldsResult",
            await self._backend._invoke(_TASKS_API_SCRUM_SPRINT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _TasksApiScrumSprint:
        """List tasks api scrum sprint entries.

        REST method: ``tasks.api.scrum.sprint.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-list.html

        Returns:
            TasksApiScrumSprint

        Example:
            result = client.tasks.api.scrum.sprint.list()
            result = await client.tasks.api.scrum.sprint.list()  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumSprint",
            await self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    async def start(self, *, id: int) -> TasksApiScrumSprintStartResult:
        """Start tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.start``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-start.html

        Returns:
            TasksApiScrumSprintStartResult

        Example:
            result = client.tasks.api.scrum.sprint.start(id=1)
            result = await client.tasks.api.scrum.sprint.start(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintStartResult",
            await self._backend._invoke(_TASKS_API_SCRUM_SPRINT_START, {"id": id}),
        )

    async def update(
        self, *, id: int, fields: TasksApiScrumSprintUpdateFields
    ) -> TasksApiScrumSprintUpdateResult:
        """Update tasks api scrum sprint.

        REST method: ``tasks.api.scrum.sprint.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-update.html

        Returns:
            TasksApiScrumSprintUpdateResult

        Example:
            result = client.tasks.api.scrum.sprint.update(id=1, fields={"name": "Anna", "groupId": 1})
            result = await client.tasks.api.scrum.sprint.update(id=1, fields={"name": "Anna", "groupId": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksApiScrumSprintUpdateResult",
            await self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchTasksApiScrumSprint(Namespace):
    """Methods under ``tasks.api.scrum.sprint`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: TasksApiScrumSprintAddFields | Ref
    ) -> BatchCommand[TasksApiScrumSprintAddResult]:
        """Add tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-add.html

        Returns:
            BatchCommand[TasksApiScrumSprintAddResult]

        Example:
            command = batch.tasks.api.scrum.sprint.add(fields={"groupId": 1, "name": "Anna"})
        """
        return cast(
            "BatchCommand[TasksApiScrumSprintAddResult]",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_ADD, {"fields": fields}),
        )

    def complete(
        self, *, id: int | Ref
    ) -> BatchCommand[TasksApiScrumSprintCompleteResult]:
        """Complete tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-complete.html

        Returns:
            BatchCommand[TasksApiScrumSprintCompleteResult]

        Example:
            command = batch.tasks.api.scrum.sprint.complete(id=1)
        """
        return cast(
            "BatchCommand[TasksApiScrumSprintCompleteResult]",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_COMPLETE, {"id": id}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[builtins.list[Any]]:
        """Delete tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-delete.html

        Returns:
            BatchCommand[list[Any]]

        Example:
            command = batch.tasks.api.scrum.sprint.delete(id=1)
        """
        return cast(
            "BatchCommand[builtins.list[Any]]",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_DELETE, {"id": id}),
        )

    def get(
        self,
        *,
        sprint_id: int | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_TasksApiScrumSprint]:
        """Get tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html

        Args:
            sprint_id: Wire name: ``sprintId``.

        Returns:
            BatchCommand[TasksApiScrumSprint]

        Example:
            command = batch.tasks.api.scrum.sprint.get()
        """
        return cast(
            "BatchCommand[_TasksApiScrumSprint]",
            self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_GET, {"sprintId": sprint_id, "id": id}
            ),
        )

    def get_fields(self) -> BatchCommand[TasksApiScrumSprintGetFieldsResult]:
        """Describe the fields of tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get-fields.html

        Returns:
            BatchCommand[TasksApiScrumSprintGetFieldsResult]

        Example:
            command = batch.tasks.api.scrum.sprint.get_fields()
        """
        return cast(
            "BatchCommand[TasksApiScrumSprintGetFieldsResult]",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_TasksApiScrumSprint]:
        """List tasks api scrum sprint entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-list.html

        Returns:
            BatchCommand[TasksApiScrumSprint]

        Example:
            command = batch.tasks.api.scrum.sprint.list()
        """
        return cast(
            "BatchCommand[_TasksApiScrumSprint]",
            self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    def start(self, *, id: int | Ref) -> BatchCommand[TasksApiScrumSprintStartResult]:
        """Start tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.start``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-start.html

        Returns:
            BatchCommand[TasksApiScrumSprintStartResult]

        Example:
            command = batch.tasks.api.scrum.sprint.start(id=1)
        """
        return cast(
            "BatchCommand[TasksApiScrumSprintStartResult]",
            self._backend._invoke(_TASKS_API_SCRUM_SPRINT_START, {"id": id}),
        )

    def update(
        self, *, id: int | Ref, fields: TasksApiScrumSprintUpdateFields | Ref
    ) -> BatchCommand[TasksApiScrumSprintUpdateResult]:
        """Update tasks api scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-update.html

        Returns:
            BatchCommand[TasksApiScrumSprintUpdateResult]

        Example:
            command = batch.tasks.api.scrum.sprint.update(id=1, fields={"name": "Anna", "groupId": 1})
        """
        return cast(
            "BatchCommand[TasksApiScrumSprintUpdateResult]",
            self._backend._invoke(
                _TASKS_API_SCRUM_SPRINT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class TasksApiScrumTask(Namespace):
    """Methods under ``tasks.api.scrum.task``."""

    __slots__ = ()

    def get(self, *, id: int) -> _TasksApiScrumTask:
        """Get tasks api scrum task.

        REST method: ``tasks.api.scrum.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html

        Returns:
            TasksApiScrumTask

        Example:
            result = client.tasks.api.scrum.task.get(id=1)
            result = await client.tasks.api.scrum.task.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumTask",
            self._backend._invoke(_TASKS_API_SCRUM_TASK_GET, {"id": id}),
        )

    def get_fields(self) -> Any:
        """Describe the fields of tasks api scrum task.

        REST method: ``tasks.api.scrum.task.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get-fields.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.task.get_fields()
            result = await client.tasks.api.scrum.task.get_fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_TASK_GET_FIELDS, {})

    def update(self, *, id: int, fields: TasksApiScrumTaskUpdateFields) -> Any:
        """Update tasks api scrum task.

        REST method: ``tasks.api.scrum.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-update.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.task.update(id=1, fields={"entityId": 1, "storyPoints": "example"})
            result = await client.tasks.api.scrum.task.update(id=1, fields={"entityId": 1, "storyPoints": "example"})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASKS_API_SCRUM_TASK_UPDATE, {"id": id, "fields": fields}
        )


class AsyncTasksApiScrumTask(Namespace):
    """Methods under ``tasks.api.scrum.task`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> _TasksApiScrumTask:
        """Get tasks api scrum task.

        REST method: ``tasks.api.scrum.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html

        Returns:
            TasksApiScrumTask

        Example:
            result = client.tasks.api.scrum.task.get(id=1)
            result = await client.tasks.api.scrum.task.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksApiScrumTask",
            await self._backend._invoke(_TASKS_API_SCRUM_TASK_GET, {"id": id}),
        )

    async def get_fields(self) -> Any:
        """Describe the fields of tasks api scrum task.

        REST method: ``tasks.api.scrum.task.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get-fields.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.task.get_fields()
            result = await client.tasks.api.scrum.task.get_fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASKS_API_SCRUM_TASK_GET_FIELDS, {})

    async def update(self, *, id: int, fields: TasksApiScrumTaskUpdateFields) -> Any:
        """Update tasks api scrum task.

        REST method: ``tasks.api.scrum.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-update.html

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.task.update(id=1, fields={"entityId": 1, "storyPoints": "example"})
            result = await client.tasks.api.scrum.task.update(id=1, fields={"entityId": 1, "storyPoints": "example"})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASKS_API_SCRUM_TASK_UPDATE, {"id": id, "fields": fields}
        )


class BatchTasksApiScrumTask(Namespace):
    """Methods under ``tasks.api.scrum.task`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[_TasksApiScrumTask]:
        """Get tasks api scrum task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html

        Returns:
            BatchCommand[TasksApiScrumTask]

        Example:
            command = batch.tasks.api.scrum.task.get(id=1)
        """
        return cast(
            "BatchCommand[_TasksApiScrumTask]",
            self._backend._invoke(_TASKS_API_SCRUM_TASK_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[Any]:
        """Describe the fields of tasks api scrum task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.task.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.task.get_fields()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASKS_API_SCRUM_TASK_GET_FIELDS, {}),
        )

    def update(
        self, *, id: int | Ref, fields: TasksApiScrumTaskUpdateFields | Ref
    ) -> BatchCommand[Any]:
        """Update tasks api scrum task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-update.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.api.scrum.task.update(id=1, fields={"entityId": 1, "storyPoints": "example"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASKS_API_SCRUM_TASK_UPDATE, {"id": id, "fields": fields}
            ),
        )
