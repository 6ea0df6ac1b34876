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
        """Create the backlog of a Scrum workgroup, for example when importing a project.

        REST method: ``tasks.api.scrum.backlog.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html

        Args:
            fields: Values of the new backlog.

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
        """Remove a Scrum backlog; Bitrix24 recreates it when the planning page opens.

        Normally there is no need to delete a backlog.

        REST method: ``tasks.api.scrum.backlog.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html

        Args:
            id: ID of the backlog.

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
        """Read the backlog of a Scrum workgroup, for example to get its ID.

        REST method: ``tasks.api.scrum.backlog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html

        Args:
            id: ID of the Scrum workgroup (not of the backlog).

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
        """List the backlog fields available for writing, with their data types.

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
        """Change the workgroup or author data of a Scrum backlog.

        REST method: ``tasks.api.scrum.backlog.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html

        Args:
            id: ID of the backlog.
            fields: Backlog fields to change.

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
        """Create the backlog of a Scrum workgroup, for example when importing a project.

        REST method: ``tasks.api.scrum.backlog.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html

        Args:
            fields: Values of the new backlog.

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
        """Remove a Scrum backlog; Bitrix24 recreates it when the planning page opens.

        Normally there is no need to delete a backlog.

        REST method: ``tasks.api.scrum.backlog.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html

        Args:
            id: ID of the backlog.

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
        """Read the backlog of a Scrum workgroup, for example to get its ID.

        REST method: ``tasks.api.scrum.backlog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html

        Args:
            id: ID of the Scrum workgroup (not of the backlog).

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
        """List the backlog fields available for writing, with their data types.

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
        """Change the workgroup or author data of a Scrum backlog.

        REST method: ``tasks.api.scrum.backlog.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html

        Args:
            id: ID of the backlog.
            fields: Backlog fields to change.

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
        """Create the backlog of a Scrum workgroup, for example when importing a project.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html

        Args:
            fields: Values of the new backlog.

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
        """Remove a Scrum backlog; Bitrix24 recreates it when the planning page opens.

        Normally there is no need to delete a backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-delete.html

        Args:
            id: ID of the backlog.

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
        """Read the backlog of a Scrum workgroup, for example to get its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html

        Args:
            id: ID of the Scrum workgroup (not of the backlog).

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
        """List the backlog fields available for writing, with their data types.

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
        """Change the workgroup or author data of a Scrum backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.backlog.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-update.html

        Args:
            id: ID of the backlog.
            fields: Backlog fields to change.

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
        """Create an epic that groups related tasks in a Scrum project.

        REST method: ``tasks.api.scrum.epic.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-add.html

        Args:
            fields: Values of the new epic; name and groupId are required.

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})
            result = await client.tasks.api.scrum.epic.add(fields={"name": "Anna", "groupId": 1})  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_ADD, {"fields": fields})

    def delete(self, *, id: int) -> Any:
        """Remove an epic from a Scrum project.

        REST method: ``tasks.api.scrum.epic.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-delete.html

        Args:
            id: ID of the epic; see tasks.api.scrum.epic.list.

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.delete(id=1)
            result = await client.tasks.api.scrum.epic.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_DELETE, {"id": id})

    def get(self, *, id: int) -> Any:
        """Read one Scrum epic with its files by ID.

        REST method: ``tasks.api.scrum.epic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html

        Args:
            id: ID of the epic.

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.get(id=1)
            result = await client.tasks.api.scrum.epic.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET, {"id": id})

    def get_fields(self) -> Any:
        """List the epic fields available for writing, with their data types.

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
        """Find Scrum epics by filter and read them page by page.

        A page holds 50 records; pass start=50 for the second page.

        REST method: ``tasks.api.scrum.epic.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-list.html

        Args:
            order: Sort order as {"field": "asc" | "desc"}.
            filter: Conditions as {"field": value}; a key prefix changes the comparison.
            select: Fields to return, from those of tasks.api.scrum.epic.get.
            start: Offset of the first record, a multiple of 50.

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
        """Change an epic's name, description, colour or files.

        REST method: ``tasks.api.scrum.epic.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-update.html

        Args:
            id: ID of the epic.
            fields: Epic fields to change.

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
        """Create an epic that groups related tasks in a Scrum project.

        REST method: ``tasks.api.scrum.epic.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-add.html

        Args:
            fields: Values of the new epic; name and groupId are required.

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
        """Remove an epic from a Scrum project.

        REST method: ``tasks.api.scrum.epic.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-delete.html

        Args:
            id: ID of the epic; see tasks.api.scrum.epic.list.

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.delete(id=1)
            result = await client.tasks.api.scrum.epic.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASKS_API_SCRUM_EPIC_DELETE, {"id": id})

    async def get(self, *, id: int) -> Any:
        """Read one Scrum epic with its files by ID.

        REST method: ``tasks.api.scrum.epic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html

        Args:
            id: ID of the epic.

        Returns:
            Any

        Example:
            result = client.tasks.api.scrum.epic.get(id=1)
            result = await client.tasks.api.scrum.epic.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASKS_API_SCRUM_EPIC_GET, {"id": id})

    async def get_fields(self) -> Any:
        """List the epic fields available for writing, with their data types.

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
        """Find Scrum epics by filter and read them page by page.

        A page holds 50 records; pass start=50 for the second page.

        REST method: ``tasks.api.scrum.epic.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-list.html

        Args:
            order: Sort order as {"field": "asc" | "desc"}.
            filter: Conditions as {"field": value}; a key prefix changes the comparison.
            select: Fields to return, from those of tasks.api.scrum.epic.get.
            start: Offset of the first record, a multiple of 50.

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
        """Change an epic's name, description, colour or files.

        REST method: ``tasks.api.scrum.epic.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-update.html

        Args:
            id: ID of the epic.
            fields: Epic fields to change.

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
        """Create an epic that groups related tasks in a Scrum project.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-add.html

        Args:
            fields: Values of the new epic; name and groupId are required.

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
        """Remove an epic from a Scrum project.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-delete.html

        Args:
            id: ID of the epic; see tasks.api.scrum.epic.list.

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
        """Read one Scrum epic with its files by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html

        Args:
            id: ID of the epic.

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
        """List the epic fields available for writing, with their data types.

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
        """Find Scrum epics by filter and read them page by page.

        A page holds 50 records; pass start=50 for the second page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-list.html

        Args:
            order: Sort order as {"field": "asc" | "desc"}.
            filter: Conditions as {"field": value}; a key prefix changes the comparison.
            select: Fields to return, from those of tasks.api.scrum.epic.get.
            start: Offset of the first record, a multiple of 50.

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
        """Change an epic's name, description, colour or files.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.epic.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-update.html

        Args:
            id: ID of the epic.
            fields: Epic fields to change.

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
        """Create a column on the Kanban board of a Scrum sprint.

        The board must always keep a "NEW" and a "FINISH" stage.

        REST method: ``tasks.api.scrum.kanban.addStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-stage.html

        Args:
            fields: Values of the new stage.

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
        """Put a sprint task onto a given column of the Scrum Kanban board.

        REST method: ``tasks.api.scrum.kanban.addTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-task.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.
            task_id: ID of the task. Wire name: ``taskId``.
            stage_id: ID of the stage; see tasks.api.scrum.kanban.getStages. Wire name: ``stageId``.

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
        """Remove an empty column from a Scrum Kanban board.

        A stage that still holds tasks is not deleted.

        REST method: ``tasks.api.scrum.kanban.deleteStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-stage.html

        Args:
            stage_id: ID of the stage. Wire name: ``stageId``.

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
        """Take a task off the Scrum Kanban board while keeping it in the sprint.

        The task stays in the sprint on the planning page; it is not moved to the backlog.

        REST method: ``tasks.api.scrum.kanban.deleteTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-task.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.
            task_id: ID of the task. Wire name: ``taskId``.

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
        """List the Kanban stage fields available for writing, with their data types.

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
        """Read the Kanban columns of a Scrum sprint.

        REST method: ``tasks.api.scrum.kanban.getStages``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-stages.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.

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
        """Change a Scrum Kanban column's name, type, order or colour.

        REST method: ``tasks.api.scrum.kanban.updateStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-update-stage.html

        Args:
            stage_id: ID of the stage. Wire name: ``stageId``.
            fields: Stage fields to change.

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
        """Create a column on the Kanban board of a Scrum sprint.

        The board must always keep a "NEW" and a "FINISH" stage.

        REST method: ``tasks.api.scrum.kanban.addStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-stage.html

        Args:
            fields: Values of the new stage.

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
        """Put a sprint task onto a given column of the Scrum Kanban board.

        REST method: ``tasks.api.scrum.kanban.addTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-task.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.
            task_id: ID of the task. Wire name: ``taskId``.
            stage_id: ID of the stage; see tasks.api.scrum.kanban.getStages. Wire name: ``stageId``.

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
        """Remove an empty column from a Scrum Kanban board.

        A stage that still holds tasks is not deleted.

        REST method: ``tasks.api.scrum.kanban.deleteStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-stage.html

        Args:
            stage_id: ID of the stage. Wire name: ``stageId``.

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
        """Take a task off the Scrum Kanban board while keeping it in the sprint.

        The task stays in the sprint on the planning page; it is not moved to the backlog.

        REST method: ``tasks.api.scrum.kanban.deleteTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-task.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.
            task_id: ID of the task. Wire name: ``taskId``.

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
        """List the Kanban stage fields available for writing, with their data types.

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
        """Read the Kanban columns of a Scrum sprint.

        REST method: ``tasks.api.scrum.kanban.getStages``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-stages.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.

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
        """Change a Scrum Kanban column's name, type, order or colour.

        REST method: ``tasks.api.scrum.kanban.updateStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-update-stage.html

        Args:
            stage_id: ID of the stage. Wire name: ``stageId``.
            fields: Stage fields to change.

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
        """Create a column on the Kanban board of a Scrum sprint.

        The board must always keep a "NEW" and a "FINISH" stage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.addStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-stage.html

        Args:
            fields: Values of the new stage.

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
        """Put a sprint task onto a given column of the Scrum Kanban board.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.addTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-add-task.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.
            task_id: ID of the task. Wire name: ``taskId``.
            stage_id: ID of the stage; see tasks.api.scrum.kanban.getStages. Wire name: ``stageId``.

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
        """Remove an empty column from a Scrum Kanban board.

        A stage that still holds tasks is not deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.deleteStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-stage.html

        Args:
            stage_id: ID of the stage. Wire name: ``stageId``.

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
        """Take a task off the Scrum Kanban board while keeping it in the sprint.

        The task stays in the sprint on the planning page; it is not moved to the backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.deleteTask``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-delete-task.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.
            task_id: ID of the task. Wire name: ``taskId``.

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
        """List the Kanban stage fields available for writing, with their data types.

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
        """Read the Kanban columns of a Scrum sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.getStages``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-get-stages.html

        Args:
            sprint_id: ID of the sprint. Wire name: ``sprintId``.

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
        """Change a Scrum Kanban column's name, type, order or colour.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.kanban.updateStage``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/kanban/tasks-api-scrum-kanban-update-stage.html

        Args:
            stage_id: ID of the stage. Wire name: ``stageId``.
            fields: Stage fields to change.

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
        """Create a sprint in a Scrum project with its dates and status.

        REST method: ``tasks.api.scrum.sprint.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-add.html

        Args:
            fields: Values of the new sprint; groupId and name are required.

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
        """Close the running sprint of a Scrum project.

        Unfinished tasks are moved to the backlog.

        REST method: ``tasks.api.scrum.sprint.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-complete.html

        Args:
            id: ID of the Scrum workgroup whose active sprint to close.

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
        """Remove a sprint; its tasks go back to the backlog.

        REST method: ``tasks.api.scrum.sprint.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-delete.html

        Args:
            id: ID of the sprint.

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
        """Read the data of one Scrum sprint by ID.

        The docs name the parameter sprintId while their examples send id; pass the sprint ID in one of them.

        REST method: ``tasks.api.scrum.sprint.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html

        Args:
            sprint_id: ID of the sprint; see tasks.api.scrum.sprint.list. Wire name: ``sprintId``.
            id: ID of the sprint.

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
        """List the sprint fields available for writing, with their data types.

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
        """Find Scrum sprints by filter and read them page by page.

        REST method: ``tasks.api.scrum.sprint.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}, such as {"ID": "desc"}.
            filter: Conditions as {"FIELD": value} on ID, GROUP_ID, ENTITY_TYPE, NAME, SORT, CREATED_BY, MODIFIED_BY, DATE_START, DATE_END or STATUS.
            select: Fields to return; only those you need.
            start: Offset of the first record, for paging.

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
        """Launch a planned sprint so its tasks move to the active board.

        Only a planned sprint can be started.

        REST method: ``tasks.api.scrum.sprint.start``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-start.html

        Args:
            id: ID of the sprint.

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
        """Change a sprint's name, dates, order or status.

        REST method: ``tasks.api.scrum.sprint.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-update.html

        Args:
            id: ID of the sprint.
            fields: Sprint fields to change.

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
        """Create a sprint in a Scrum project with its dates and status.

        REST method: ``tasks.api.scrum.sprint.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-add.html

        Args:
            fields: Values of the new sprint; groupId and name are required.

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
        """Close the running sprint of a Scrum project.

        Unfinished tasks are moved to the backlog.

        REST method: ``tasks.api.scrum.sprint.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-complete.html

        Args:
            id: ID of the Scrum workgroup whose active sprint to close.

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
        """Remove a sprint; its tasks go back to the backlog.

        REST method: ``tasks.api.scrum.sprint.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-delete.html

        Args:
            id: ID of the sprint.

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
        """Read the data of one Scrum sprint by ID.

        The docs name the parameter sprintId while their examples send id; pass the sprint ID in one of them.

        REST method: ``tasks.api.scrum.sprint.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html

        Args:
            sprint_id: ID of the sprint; see tasks.api.scrum.sprint.list. Wire name: ``sprintId``.
            id: ID of the sprint.

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
        """List the sprint fields available for writing, with their data types.

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
        """Find Scrum sprints by filter and read them page by page.

        REST method: ``tasks.api.scrum.sprint.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}, such as {"ID": "desc"}.
            filter: Conditions as {"FIELD": value} on ID, GROUP_ID, ENTITY_TYPE, NAME, SORT, CREATED_BY, MODIFIED_BY, DATE_START, DATE_END or STATUS.
            select: Fields to return; only those you need.
            start: Offset of the first record, for paging.

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
        """Launch a planned sprint so its tasks move to the active board.

        Only a planned sprint can be started.

        REST method: ``tasks.api.scrum.sprint.start``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-start.html

        Args:
            id: ID of the sprint.

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
        """Change a sprint's name, dates, order or status.

        REST method: ``tasks.api.scrum.sprint.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-update.html

        Args:
            id: ID of the sprint.
            fields: Sprint fields to change.

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
        """Create a sprint in a Scrum project with its dates and status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-add.html

        Args:
            fields: Values of the new sprint; groupId and name are required.

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
        """Close the running sprint of a Scrum project.

        Unfinished tasks are moved to the backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-complete.html

        Args:
            id: ID of the Scrum workgroup whose active sprint to close.

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
        """Remove a sprint; its tasks go back to the backlog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-delete.html

        Args:
            id: ID of the sprint.

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
        """Read the data of one Scrum sprint by ID.

        The docs name the parameter sprintId while their examples send id; pass the sprint ID in one of them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html

        Args:
            sprint_id: ID of the sprint; see tasks.api.scrum.sprint.list. Wire name: ``sprintId``.
            id: ID of the sprint.

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
        """List the sprint fields available for writing, with their data types.

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
        """Find Scrum sprints by filter and read them page by page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}, such as {"ID": "desc"}.
            filter: Conditions as {"FIELD": value} on ID, GROUP_ID, ENTITY_TYPE, NAME, SORT, CREATED_BY, MODIFIED_BY, DATE_START, DATE_END or STATUS.
            select: Fields to return; only those you need.
            start: Offset of the first record, for paging.

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
        """Launch a planned sprint so its tasks move to the active board.

        Only a planned sprint can be started.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.start``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-start.html

        Args:
            id: ID of the sprint.

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
        """Change a sprint's name, dates, order or status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.sprint.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-update.html

        Args:
            id: ID of the sprint.
            fields: Sprint fields to change.

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
        """Read the Scrum data of a task: story points, epic and backlog or sprint.

        REST method: ``tasks.api.scrum.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html

        Args:
            id: ID of the task.

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
        """List the Scrum task fields available for writing, with their data types.

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
        """Place a task in a Scrum backlog or sprint and set its story points and epic.

        Without entityId the task goes to the backlog of its Scrum project. The same call moves tasks between backlog and sprints.

        REST method: ``tasks.api.scrum.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-update.html

        Args:
            id: ID of the task.
            fields: Scrum fields of the task.

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
        """Read the Scrum data of a task: story points, epic and backlog or sprint.

        REST method: ``tasks.api.scrum.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html

        Args:
            id: ID of the task.

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
        """List the Scrum task fields available for writing, with their data types.

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
        """Place a task in a Scrum backlog or sprint and set its story points and epic.

        Without entityId the task goes to the backlog of its Scrum project. The same call moves tasks between backlog and sprints.

        REST method: ``tasks.api.scrum.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-update.html

        Args:
            id: ID of the task.
            fields: Scrum fields of the task.

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
        """Read the Scrum data of a task: story points, epic and backlog or sprint.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html

        Args:
            id: ID of the task.

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
        """List the Scrum task fields available for writing, with their data types.

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
        """Place a task in a Scrum backlog or sprint and set its story points and epic.

        Without entityId the task goes to the backlog of its Scrum project. The same call moves tasks between backlog and sprints.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.api.scrum.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-update.html

        Args:
            id: ID of the task.
            fields: Scrum fields of the task.

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
