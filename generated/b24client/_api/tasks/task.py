"""Methods under ``tasks.task``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import (
        TasksTask as _TasksTask,
        TasksTaskAddResult,
        TasksTaskApproveResult,
        TasksTaskCompleteResult,
        TasksTaskCounters as _TasksTaskCounters,
        TasksTaskDeferResult,
        TasksTaskDelegateResult,
        TasksTaskDeleteResult,
        TasksTaskDisapproveResult,
        TasksTaskFilesAttachResult,
        TasksTaskGetFieldsResult,
        TasksTaskGetResult,
        TasksTaskGetaccessResult,
        TasksTaskHistoryListResult,
        TasksTaskMuteResult,
        TasksTaskPauseResult,
        TasksTaskPinResult,
        TasksTaskRenewResult,
        TasksTaskResult as _TasksTaskResult,
        TasksTaskResultAddFromCommentResult,
        TasksTaskStartResult,
        TasksTaskStartwatchResult,
        TasksTaskStopwatchResult,
        TasksTaskUnmuteResult,
        TasksTaskUnpinResult,
        TasksTaskUpdateResult,
    )

_TASKS_TASK_ADD = MethodInfo(
    name="tasks.task.add", idempotent=False, returns="any", api=1
)
_TASKS_TASK_APPROVE = MethodInfo(
    name="tasks.task.approve", idempotent=False, returns="any", api=1
)
_TASKS_TASK_COMPLETE = MethodInfo(
    name="tasks.task.complete", idempotent=False, returns="any", api=1
)
_TASKS_TASK_DEFER = MethodInfo(
    name="tasks.task.defer", idempotent=False, returns="any", api=1
)
_TASKS_TASK_DELEGATE = MethodInfo(
    name="tasks.task.delegate", idempotent=False, returns="any", api=1
)
_TASKS_TASK_DELETE = MethodInfo(
    name="tasks.task.delete", idempotent=False, returns="any", api=1
)
_TASKS_TASK_DISAPPROVE = MethodInfo(
    name="tasks.task.disapprove", idempotent=False, returns="any", api=1
)
_TASKS_TASK_GET = MethodInfo(
    name="tasks.task.get", idempotent=True, returns="any", api=1
)
_TASKS_TASK_GET_FIELDS = MethodInfo(
    name="tasks.task.getFields", idempotent=True, returns="any", api=1
)
_TASKS_TASK_GETACCESS = MethodInfo(
    name="tasks.task.getaccess", idempotent=True, returns="any", api=1
)
_TASKS_TASK_LIST = MethodInfo(
    name="tasks.task.list", idempotent=True, returns="any", api=1
)
_TASKS_TASK_MUTE = MethodInfo(
    name="tasks.task.mute", idempotent=False, returns="any", api=1
)
_TASKS_TASK_PAUSE = MethodInfo(
    name="tasks.task.pause", idempotent=False, returns="any", api=1
)
_TASKS_TASK_PIN = MethodInfo(
    name="tasks.task.pin", idempotent=False, returns="any", api=1
)
_TASKS_TASK_RENEW = MethodInfo(
    name="tasks.task.renew", idempotent=False, returns="any", api=1
)
_TASKS_TASK_START = MethodInfo(
    name="tasks.task.start", idempotent=False, returns="any", api=1
)
_TASKS_TASK_STARTWATCH = MethodInfo(
    name="tasks.task.startwatch", idempotent=False, returns="any", api=1
)
_TASKS_TASK_STOPWATCH = MethodInfo(
    name="tasks.task.stopwatch", idempotent=False, returns="any", api=1
)
_TASKS_TASK_UNMUTE = MethodInfo(
    name="tasks.task.unmute", idempotent=False, returns="any", api=1
)
_TASKS_TASK_UNPIN = MethodInfo(
    name="tasks.task.unpin", idempotent=False, returns="any", api=1
)
_TASKS_TASK_UPDATE = MethodInfo(
    name="tasks.task.update", idempotent=False, returns="any", api=1
)
_TASKS_TASK_COUNTERS_GET = MethodInfo(
    name="tasks.task.counters.get", idempotent=True, returns="any", api=1
)
_TASKS_TASK_FAVORITE_ADD = MethodInfo(
    name="tasks.task.favorite.add", idempotent=False, returns="boolean", api=1
)
_TASKS_TASK_FAVORITE_REMOVE = MethodInfo(
    name="tasks.task.favorite.remove", idempotent=False, returns="boolean", api=1
)
_TASKS_TASK_FILES_ATTACH = MethodInfo(
    name="tasks.task.files.attach", idempotent=False, returns="any", api=1
)
_TASKS_TASK_HISTORY_LIST = MethodInfo(
    name="tasks.task.history.list", idempotent=True, returns="any", api=1
)
_TASKS_TASK_RESULT_ADD_FROM_COMMENT = MethodInfo(
    name="tasks.task.result.addFromComment", idempotent=False, returns="any", api=1
)
_TASKS_TASK_RESULT_DELETE_FROM_COMMENT = MethodInfo(
    name="tasks.task.result.deleteFromComment", idempotent=False, returns="any", api=1
)
_TASKS_TASK_RESULT_LIST = MethodInfo(
    name="tasks.task.result.list", idempotent=True, returns="any", api=1
)


class TasksTask(Namespace):
    """Methods under ``tasks.task``."""

    __slots__ = ()

    @property
    def counters(self) -> TasksTaskCounters:
        """Methods under ``tasks.task.counters``."""
        return TasksTaskCounters(self._backend)

    @property
    def favorite(self) -> TasksTaskFavorite:
        """Methods under ``tasks.task.favorite``."""
        return TasksTaskFavorite(self._backend)

    @property
    def files(self) -> TasksTaskFiles:
        """Methods under ``tasks.task.files``."""
        return TasksTaskFiles(self._backend)

    @property
    def history(self) -> TasksTaskHistory:
        """Methods under ``tasks.task.history``."""
        return TasksTaskHistory(self._backend)

    @property
    def result(self) -> TasksTaskResult:
        """Methods under ``tasks.task.result``."""
        return TasksTaskResult(self._backend)

    def add(self, *, fields: dict[str, Any]) -> TasksTaskAddResult:
        """Create a task with a title, assignee and any other task fields.

        TITLE and RESPONSIBLE_ID are required, and so is every custom field your portal marks as mandatory. Extra options go in SE_PARAMETER as a list of {VALUE, CODE} objects: code 1 takes dates from subtasks, code 2 completes the task together with its subtasks, code 3 forbids completing it without a result.

        REST method: ``tasks.task.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-add.html

        Args:
            fields: Values of the new task keyed by field name (TITLE, RESPONSIBLE_ID, DEADLINE, UF_CRM_TASK ...).

        Returns:
            TasksTaskAddResult

        Example:
            result = client.tasks.task.add(fields={})
            result = await client.tasks.task.add(fields={})  # AsyncBitrix24
        """
        return cast(
            "TasksTaskAddResult",
            self._backend._invoke(_TASKS_TASK_ADD, {"fields": fields}),
        )

    def approve(self, *, task_id: int) -> TasksTaskApproveResult:
        """Accept the work done on a controlled task and mark it completed.

        Works only when task control is on; meant for the task creator or an administrator. Check the right first with tasks.task.getaccess.

        REST method: ``tasks.task.approve``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-approve.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskApproveResult

        Example:
            result = client.tasks.task.approve(task_id=1)
            result = await client.tasks.task.approve(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskApproveResult",
            self._backend._invoke(_TASKS_TASK_APPROVE, {"taskId": task_id}),
        )

    def complete(self, *, task_id: int) -> TasksTaskCompleteResult:
        """Finish a task and set its status to completed.

        When task control is on, the task goes to "awaiting control" until the creator approves it.

        REST method: ``tasks.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-complete.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskCompleteResult

        Example:
            result = client.tasks.task.complete(task_id=1)
            result = await client.tasks.task.complete(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskCompleteResult",
            self._backend._invoke(_TASKS_TASK_COMPLETE, {"taskId": task_id}),
        )

    def defer(self, *, task_id: int) -> TasksTaskDeferResult:
        """Put a task on hold by switching it to the deferred status.

        REST method: ``tasks.task.defer``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-defer.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskDeferResult

        Example:
            result = client.tasks.task.defer(task_id=1)
            result = await client.tasks.task.defer(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDeferResult",
            self._backend._invoke(_TASKS_TASK_DEFER, {"taskId": task_id}),
        )

    def delegate(self, *, task_id: int, user_id: int) -> TasksTaskDelegateResult:
        """Hand a task over to another user, who becomes the new assignee.

        Check the right to delegate with tasks.task.getaccess first.

        REST method: ``tasks.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delegate.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            user_id: ID of the user who receives the task. Wire name: ``userId``.

        Returns:
            TasksTaskDelegateResult

        Example:
            result = client.tasks.task.delegate(task_id=1, user_id=1)
            result = await client.tasks.task.delegate(task_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDelegateResult",
            self._backend._invoke(
                _TASKS_TASK_DELEGATE, {"taskId": task_id, "userId": user_id}
            ),
        )

    def delete(self, *, task_id: int) -> TasksTaskDeleteResult:
        """Remove a task permanently by its ID.

        Check the right to delete with tasks.task.getaccess first.

        REST method: ``tasks.task.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delete.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskDeleteResult

        Example:
            result = client.tasks.task.delete(task_id=1)
            result = await client.tasks.task.delete(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDeleteResult",
            self._backend._invoke(_TASKS_TASK_DELETE, {"taskId": task_id}),
        )

    def disapprove(self, *, task_id: int) -> TasksTaskDisapproveResult:
        """Reject the work on a controlled task and send it back to the assignee for rework.

        Works only when task control is on. Check the right first with tasks.task.getaccess.

        REST method: ``tasks.task.disapprove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-disapprove.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskDisapproveResult

        Example:
            result = client.tasks.task.disapprove(task_id=1)
            result = await client.tasks.task.disapprove(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDisapproveResult",
            self._backend._invoke(_TASKS_TASK_DISAPPROVE, {"taskId": task_id}),
        )

    def get(
        self,
        *,
        task_id: int | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> TasksTaskGetResult:
        """Read one task with its fields, people and checklist by ID.

        An empty array comes back when the task does not exist or the user cannot see it. Custom fields and UF_CRM_TASK, UF_TASK_WEBDAV_FILES, UF_MAIL_MESSAGE are returned only when named in select.

        REST method: ``tasks.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            select: Fields to return; by default all except custom fields. "*" returns all standard fields; name UF_ fields to get them.

        Returns:
            TasksTaskGetResult

        Example:
            result = client.tasks.task.get()
            result = await client.tasks.task.get()  # AsyncBitrix24
        """
        return cast(
            "TasksTaskGetResult",
            self._backend._invoke(
                _TASKS_TASK_GET, {"taskId": task_id, "select": select}
            ),
        )

    def get_fields(self) -> TasksTaskGetFieldsResult:
        """List every standard and custom task field with its title, data type and allowed values.

        Use it to learn the exact names of custom UF_ fields before passing them to select in tasks.task.get or tasks.task.list.

        REST method: ``tasks.task.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-fields.html

        Returns:
            TasksTaskGetFieldsResult

        Example:
            result = client.tasks.task.get_fields()
            result = await client.tasks.task.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksTaskGetFieldsResult",
            self._backend._invoke(_TASKS_TASK_GET_FIELDS, {}),
        )

    def getaccess(
        self, *, task_id: int, users: Sequence[int] | NotGiven = NOT_GIVEN
    ) -> TasksTaskGetaccessResult:
        """Check which actions given users may perform on a task.

        REST method: ``tasks.task.getaccess``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-access.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            users: IDs of the users to check; the current user by default.

        Returns:
            TasksTaskGetaccessResult

        Example:
            result = client.tasks.task.getaccess(task_id=1)
            result = await client.tasks.task.getaccess(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskGetaccessResult",
            self._backend._invoke(
                _TASKS_TASK_GETACCESS, {"taskId": task_id, "users": users}
            ),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_TasksTask]:
        """Find tasks by filter and read them page by page, 50 at a time.

        A page always holds 50 tasks; pass start=50 for the second page, 100 for the third. Always name the fields you need in select: the default set may change.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``tasks.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}; by default ID descending.
            filter: Conditions as {"FIELD": value}; prefix a field with "!", "<", ">=", etc. to change the comparison.
            select: Fields to return for each task.
            params: Extra data: WITH_RESULT_INFO (result flags), WITH_TIMER_INFO (timer data), WITH_PARSED_DESCRIPTION (formatted description).
            start: Offset of the first task, a multiple of 50.

        Returns:
            Page[TasksTask]

        Example:
            result = client.tasks.task.list()
            result = await client.tasks.task.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_TasksTask]",
            self._backend._invoke_page(
                _TASKS_TASK_LIST,
                {
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "params": params,
                    "start": start,
                },
            ),
        )

    def mute(self, *, id: int) -> TasksTaskMuteResult:
        """Silence notifications about one task for the current user.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.mute``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-mute.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskMuteResult

        Example:
            result = client.tasks.task.mute(id=1)
            result = await client.tasks.task.mute(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskMuteResult", self._backend._invoke(_TASKS_TASK_MUTE, {"id": id})
        )

    def pause(self, *, task_id: int) -> TasksTaskPauseResult:
        """Stop work in progress and return the task to the pending status.

        REST method: ``tasks.task.pause``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-pause.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskPauseResult

        Example:
            result = client.tasks.task.pause(task_id=1)
            result = await client.tasks.task.pause(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskPauseResult",
            self._backend._invoke(_TASKS_TASK_PAUSE, {"taskId": task_id}),
        )

    def pin(self, *, id: int) -> TasksTaskPinResult:
        """Keep a task at the top of the current user's task list.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-pin.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskPinResult

        Example:
            result = client.tasks.task.pin(id=1)
            result = await client.tasks.task.pin(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskPinResult", self._backend._invoke(_TASKS_TASK_PIN, {"id": id})
        )

    def renew(self, *, task_id: int) -> TasksTaskRenewResult:
        """Reopen a completed or deferred task so work can continue.

        REST method: ``tasks.task.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-renew.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskRenewResult

        Example:
            result = client.tasks.task.renew(task_id=1)
            result = await client.tasks.task.renew(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskRenewResult",
            self._backend._invoke(_TASKS_TASK_RENEW, {"taskId": task_id}),
        )

    def start(self, *, task_id: int) -> TasksTaskStartResult:
        """Begin work on a task by moving it to the in-progress status.

        REST method: ``tasks.task.start``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-start.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskStartResult

        Example:
            result = client.tasks.task.start(task_id=1)
            result = await client.tasks.task.start(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskStartResult",
            self._backend._invoke(_TASKS_TASK_START, {"taskId": task_id}),
        )

    def startwatch(self, *, task_id: int) -> TasksTaskStartwatchResult:
        """Make the current user an observer who follows the task.

        REST method: ``tasks.task.startwatch``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-start-watch.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskStartwatchResult

        Example:
            result = client.tasks.task.startwatch(task_id=1)
            result = await client.tasks.task.startwatch(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskStartwatchResult",
            self._backend._invoke(_TASKS_TASK_STARTWATCH, {"taskId": task_id}),
        )

    def stopwatch(self, *, task_id: int) -> TasksTaskStopwatchResult:
        """Stop following a task as an observer.

        REST method: ``tasks.task.stopwatch``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-stop-watch.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskStopwatchResult

        Example:
            result = client.tasks.task.stopwatch(task_id=1)
            result = await client.tasks.task.stopwatch(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskStopwatchResult",
            self._backend._invoke(_TASKS_TASK_STOPWATCH, {"taskId": task_id}),
        )

    def unmute(self, *, id: int) -> TasksTaskUnmuteResult:
        """Turn notifications about a muted task back on for the current user.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.unmute``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-unmute.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskUnmuteResult

        Example:
            result = client.tasks.task.unmute(id=1)
            result = await client.tasks.task.unmute(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUnmuteResult",
            self._backend._invoke(_TASKS_TASK_UNMUTE, {"id": id}),
        )

    def unpin(self, *, id: int) -> TasksTaskUnpinResult:
        """Release a pinned task so it sorts normally in the current user's list.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.unpin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-unpin.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskUnpinResult

        Example:
            result = client.tasks.task.unpin(id=1)
            result = await client.tasks.task.unpin(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUnpinResult", self._backend._invoke(_TASKS_TASK_UNPIN, {"id": id})
        )

    def update(self, *, task_id: int, fields: dict[str, Any]) -> TasksTaskUpdateResult:
        """Change fields of an existing task, such as its deadline or assignee.

        Send at least one field, otherwise the call fails. Only the creator or a user allowed to edit the task may call it. Planned start and end dates must be sent as a pair.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            fields: Task fields to change, keyed by field name; only the keys you send are changed.

        Returns:
            TasksTaskUpdateResult

        Example:
            result = client.tasks.task.update(task_id=1, fields={})
            result = await client.tasks.task.update(task_id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUpdateResult",
            self._backend._invoke(
                _TASKS_TASK_UPDATE, {"taskId": task_id, "fields": fields}
            ),
        )


class AsyncTasksTask(Namespace):
    """Methods under ``tasks.task`` (async)."""

    __slots__ = ()

    @property
    def counters(self) -> AsyncTasksTaskCounters:
        """Methods under ``tasks.task.counters``."""
        return AsyncTasksTaskCounters(self._backend)

    @property
    def favorite(self) -> AsyncTasksTaskFavorite:
        """Methods under ``tasks.task.favorite``."""
        return AsyncTasksTaskFavorite(self._backend)

    @property
    def files(self) -> AsyncTasksTaskFiles:
        """Methods under ``tasks.task.files``."""
        return AsyncTasksTaskFiles(self._backend)

    @property
    def history(self) -> AsyncTasksTaskHistory:
        """Methods under ``tasks.task.history``."""
        return AsyncTasksTaskHistory(self._backend)

    @property
    def result(self) -> AsyncTasksTaskResult:
        """Methods under ``tasks.task.result``."""
        return AsyncTasksTaskResult(self._backend)

    async def add(self, *, fields: dict[str, Any]) -> TasksTaskAddResult:
        """Create a task with a title, assignee and any other task fields.

        TITLE and RESPONSIBLE_ID are required, and so is every custom field your portal marks as mandatory. Extra options go in SE_PARAMETER as a list of {VALUE, CODE} objects: code 1 takes dates from subtasks, code 2 completes the task together with its subtasks, code 3 forbids completing it without a result.

        REST method: ``tasks.task.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-add.html

        Args:
            fields: Values of the new task keyed by field name (TITLE, RESPONSIBLE_ID, DEADLINE, UF_CRM_TASK ...).

        Returns:
            TasksTaskAddResult

        Example:
            result = client.tasks.task.add(fields={})
            result = await client.tasks.task.add(fields={})  # AsyncBitrix24
        """
        return cast(
            "TasksTaskAddResult",
            await self._backend._invoke(_TASKS_TASK_ADD, {"fields": fields}),
        )

    async def approve(self, *, task_id: int) -> TasksTaskApproveResult:
        """Accept the work done on a controlled task and mark it completed.

        Works only when task control is on; meant for the task creator or an administrator. Check the right first with tasks.task.getaccess.

        REST method: ``tasks.task.approve``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-approve.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskApproveResult

        Example:
            result = client.tasks.task.approve(task_id=1)
            result = await client.tasks.task.approve(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskApproveResult",
            await self._backend._invoke(_TASKS_TASK_APPROVE, {"taskId": task_id}),
        )

    async def complete(self, *, task_id: int) -> TasksTaskCompleteResult:
        """Finish a task and set its status to completed.

        When task control is on, the task goes to "awaiting control" until the creator approves it.

        REST method: ``tasks.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-complete.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskCompleteResult

        Example:
            result = client.tasks.task.complete(task_id=1)
            result = await client.tasks.task.complete(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskCompleteResult",
            await self._backend._invoke(_TASKS_TASK_COMPLETE, {"taskId": task_id}),
        )

    async def defer(self, *, task_id: int) -> TasksTaskDeferResult:
        """Put a task on hold by switching it to the deferred status.

        REST method: ``tasks.task.defer``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-defer.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskDeferResult

        Example:
            result = client.tasks.task.defer(task_id=1)
            result = await client.tasks.task.defer(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDeferResult",
            await self._backend._invoke(_TASKS_TASK_DEFER, {"taskId": task_id}),
        )

    async def delegate(self, *, task_id: int, user_id: int) -> TasksTaskDelegateResult:
        """Hand a task over to another user, who becomes the new assignee.

        Check the right to delegate with tasks.task.getaccess first.

        REST method: ``tasks.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delegate.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            user_id: ID of the user who receives the task. Wire name: ``userId``.

        Returns:
            TasksTaskDelegateResult

        Example:
            result = client.tasks.task.delegate(task_id=1, user_id=1)
            result = await client.tasks.task.delegate(task_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDelegateResult",
            await self._backend._invoke(
                _TASKS_TASK_DELEGATE, {"taskId": task_id, "userId": user_id}
            ),
        )

    async def delete(self, *, task_id: int) -> TasksTaskDeleteResult:
        """Remove a task permanently by its ID.

        Check the right to delete with tasks.task.getaccess first.

        REST method: ``tasks.task.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delete.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskDeleteResult

        Example:
            result = client.tasks.task.delete(task_id=1)
            result = await client.tasks.task.delete(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDeleteResult",
            await self._backend._invoke(_TASKS_TASK_DELETE, {"taskId": task_id}),
        )

    async def disapprove(self, *, task_id: int) -> TasksTaskDisapproveResult:
        """Reject the work on a controlled task and send it back to the assignee for rework.

        Works only when task control is on. Check the right first with tasks.task.getaccess.

        REST method: ``tasks.task.disapprove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-disapprove.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskDisapproveResult

        Example:
            result = client.tasks.task.disapprove(task_id=1)
            result = await client.tasks.task.disapprove(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskDisapproveResult",
            await self._backend._invoke(_TASKS_TASK_DISAPPROVE, {"taskId": task_id}),
        )

    async def get(
        self,
        *,
        task_id: int | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> TasksTaskGetResult:
        """Read one task with its fields, people and checklist by ID.

        An empty array comes back when the task does not exist or the user cannot see it. Custom fields and UF_CRM_TASK, UF_TASK_WEBDAV_FILES, UF_MAIL_MESSAGE are returned only when named in select.

        REST method: ``tasks.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            select: Fields to return; by default all except custom fields. "*" returns all standard fields; name UF_ fields to get them.

        Returns:
            TasksTaskGetResult

        Example:
            result = client.tasks.task.get()
            result = await client.tasks.task.get()  # AsyncBitrix24
        """
        return cast(
            "TasksTaskGetResult",
            await self._backend._invoke(
                _TASKS_TASK_GET, {"taskId": task_id, "select": select}
            ),
        )

    async def get_fields(self) -> TasksTaskGetFieldsResult:
        """List every standard and custom task field with its title, data type and allowed values.

        Use it to learn the exact names of custom UF_ fields before passing them to select in tasks.task.get or tasks.task.list.

        REST method: ``tasks.task.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-fields.html

        Returns:
            TasksTaskGetFieldsResult

        Example:
            result = client.tasks.task.get_fields()
            result = await client.tasks.task.get_fields()  # AsyncBitrix24
        """
        return cast(
            "TasksTaskGetFieldsResult",
            await self._backend._invoke(_TASKS_TASK_GET_FIELDS, {}),
        )

    async def getaccess(
        self, *, task_id: int, users: Sequence[int] | NotGiven = NOT_GIVEN
    ) -> TasksTaskGetaccessResult:
        """Check which actions given users may perform on a task.

        REST method: ``tasks.task.getaccess``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-access.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            users: IDs of the users to check; the current user by default.

        Returns:
            TasksTaskGetaccessResult

        Example:
            result = client.tasks.task.getaccess(task_id=1)
            result = await client.tasks.task.getaccess(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskGetaccessResult",
            await self._backend._invoke(
                _TASKS_TASK_GETACCESS, {"taskId": task_id, "users": users}
            ),
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_TasksTask]:
        """Find tasks by filter and read them page by page, 50 at a time.

        A page always holds 50 tasks; pass start=50 for the second page, 100 for the third. Always name the fields you need in select: the default set may change.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``tasks.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}; by default ID descending.
            filter: Conditions as {"FIELD": value}; prefix a field with "!", "<", ">=", etc. to change the comparison.
            select: Fields to return for each task.
            params: Extra data: WITH_RESULT_INFO (result flags), WITH_TIMER_INFO (timer data), WITH_PARSED_DESCRIPTION (formatted description).
            start: Offset of the first task, a multiple of 50.

        Returns:
            AsyncPage[TasksTask]

        Example:
            result = client.tasks.task.list()
            result = await client.tasks.task.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_TasksTask]",
            await self._backend._invoke_page(
                _TASKS_TASK_LIST,
                {
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "params": params,
                    "start": start,
                },
            ),
        )

    async def mute(self, *, id: int) -> TasksTaskMuteResult:
        """Silence notifications about one task for the current user.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.mute``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-mute.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskMuteResult

        Example:
            result = client.tasks.task.mute(id=1)
            result = await client.tasks.task.mute(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskMuteResult",
            await self._backend._invoke(_TASKS_TASK_MUTE, {"id": id}),
        )

    async def pause(self, *, task_id: int) -> TasksTaskPauseResult:
        """Stop work in progress and return the task to the pending status.

        REST method: ``tasks.task.pause``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-pause.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskPauseResult

        Example:
            result = client.tasks.task.pause(task_id=1)
            result = await client.tasks.task.pause(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskPauseResult",
            await self._backend._invoke(_TASKS_TASK_PAUSE, {"taskId": task_id}),
        )

    async def pin(self, *, id: int) -> TasksTaskPinResult:
        """Keep a task at the top of the current user's task list.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-pin.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskPinResult

        Example:
            result = client.tasks.task.pin(id=1)
            result = await client.tasks.task.pin(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskPinResult",
            await self._backend._invoke(_TASKS_TASK_PIN, {"id": id}),
        )

    async def renew(self, *, task_id: int) -> TasksTaskRenewResult:
        """Reopen a completed or deferred task so work can continue.

        REST method: ``tasks.task.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-renew.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskRenewResult

        Example:
            result = client.tasks.task.renew(task_id=1)
            result = await client.tasks.task.renew(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskRenewResult",
            await self._backend._invoke(_TASKS_TASK_RENEW, {"taskId": task_id}),
        )

    async def start(self, *, task_id: int) -> TasksTaskStartResult:
        """Begin work on a task by moving it to the in-progress status.

        REST method: ``tasks.task.start``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-start.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskStartResult

        Example:
            result = client.tasks.task.start(task_id=1)
            result = await client.tasks.task.start(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskStartResult",
            await self._backend._invoke(_TASKS_TASK_START, {"taskId": task_id}),
        )

    async def startwatch(self, *, task_id: int) -> TasksTaskStartwatchResult:
        """Make the current user an observer who follows the task.

        REST method: ``tasks.task.startwatch``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-start-watch.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskStartwatchResult

        Example:
            result = client.tasks.task.startwatch(task_id=1)
            result = await client.tasks.task.startwatch(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskStartwatchResult",
            await self._backend._invoke(_TASKS_TASK_STARTWATCH, {"taskId": task_id}),
        )

    async def stopwatch(self, *, task_id: int) -> TasksTaskStopwatchResult:
        """Stop following a task as an observer.

        REST method: ``tasks.task.stopwatch``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-stop-watch.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            TasksTaskStopwatchResult

        Example:
            result = client.tasks.task.stopwatch(task_id=1)
            result = await client.tasks.task.stopwatch(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskStopwatchResult",
            await self._backend._invoke(_TASKS_TASK_STOPWATCH, {"taskId": task_id}),
        )

    async def unmute(self, *, id: int) -> TasksTaskUnmuteResult:
        """Turn notifications about a muted task back on for the current user.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.unmute``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-unmute.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskUnmuteResult

        Example:
            result = client.tasks.task.unmute(id=1)
            result = await client.tasks.task.unmute(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUnmuteResult",
            await self._backend._invoke(_TASKS_TASK_UNMUTE, {"id": id}),
        )

    async def unpin(self, *, id: int) -> TasksTaskUnpinResult:
        """Release a pinned task so it sorts normally in the current user's list.

        An empty array comes back when the task does not exist or the user has no access to it.

        REST method: ``tasks.task.unpin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-unpin.html

        Args:
            id: ID of the task.

        Returns:
            TasksTaskUnpinResult

        Example:
            result = client.tasks.task.unpin(id=1)
            result = await client.tasks.task.unpin(id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUnpinResult",
            await self._backend._invoke(_TASKS_TASK_UNPIN, {"id": id}),
        )

    async def update(
        self, *, task_id: int, fields: dict[str, Any]
    ) -> TasksTaskUpdateResult:
        """Change fields of an existing task, such as its deadline or assignee.

        Send at least one field, otherwise the call fails. Only the creator or a user allowed to edit the task may call it. Planned start and end dates must be sent as a pair.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            fields: Task fields to change, keyed by field name; only the keys you send are changed.

        Returns:
            TasksTaskUpdateResult

        Example:
            result = client.tasks.task.update(task_id=1, fields={})
            result = await client.tasks.task.update(task_id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            "TasksTaskUpdateResult",
            await self._backend._invoke(
                _TASKS_TASK_UPDATE, {"taskId": task_id, "fields": fields}
            ),
        )


class BatchTasksTask(Namespace):
    """Methods under ``tasks.task`` (queued into a batch)."""

    __slots__ = ()

    @property
    def counters(self) -> BatchTasksTaskCounters:
        """Methods under ``tasks.task.counters``."""
        return BatchTasksTaskCounters(self._backend)

    @property
    def favorite(self) -> BatchTasksTaskFavorite:
        """Methods under ``tasks.task.favorite``."""
        return BatchTasksTaskFavorite(self._backend)

    @property
    def files(self) -> BatchTasksTaskFiles:
        """Methods under ``tasks.task.files``."""
        return BatchTasksTaskFiles(self._backend)

    @property
    def history(self) -> BatchTasksTaskHistory:
        """Methods under ``tasks.task.history``."""
        return BatchTasksTaskHistory(self._backend)

    @property
    def result(self) -> BatchTasksTaskResult:
        """Methods under ``tasks.task.result``."""
        return BatchTasksTaskResult(self._backend)

    def add(self, *, fields: dict[str, Any] | Ref) -> BatchCommand[TasksTaskAddResult]:
        """Create a task with a title, assignee and any other task fields.

        TITLE and RESPONSIBLE_ID are required, and so is every custom field your portal marks as mandatory. Extra options go in SE_PARAMETER as a list of {VALUE, CODE} objects: code 1 takes dates from subtasks, code 2 completes the task together with its subtasks, code 3 forbids completing it without a result.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-add.html

        Args:
            fields: Values of the new task keyed by field name (TITLE, RESPONSIBLE_ID, DEADLINE, UF_CRM_TASK ...).

        Returns:
            BatchCommand[TasksTaskAddResult]

        Example:
            command = batch.tasks.task.add(fields={})
        """
        return cast(
            "BatchCommand[TasksTaskAddResult]",
            self._backend._invoke(_TASKS_TASK_ADD, {"fields": fields}),
        )

    def approve(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskApproveResult]:
        """Accept the work done on a controlled task and mark it completed.

        Works only when task control is on; meant for the task creator or an administrator. Check the right first with tasks.task.getaccess.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.approve``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-approve.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskApproveResult]

        Example:
            command = batch.tasks.task.approve(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskApproveResult]",
            self._backend._invoke(_TASKS_TASK_APPROVE, {"taskId": task_id}),
        )

    def complete(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskCompleteResult]:
        """Finish a task and set its status to completed.

        When task control is on, the task goes to "awaiting control" until the creator approves it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-complete.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskCompleteResult]

        Example:
            command = batch.tasks.task.complete(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskCompleteResult]",
            self._backend._invoke(_TASKS_TASK_COMPLETE, {"taskId": task_id}),
        )

    def defer(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskDeferResult]:
        """Put a task on hold by switching it to the deferred status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.defer``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-defer.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskDeferResult]

        Example:
            command = batch.tasks.task.defer(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskDeferResult]",
            self._backend._invoke(_TASKS_TASK_DEFER, {"taskId": task_id}),
        )

    def delegate(
        self, *, task_id: int | Ref, user_id: int | Ref
    ) -> BatchCommand[TasksTaskDelegateResult]:
        """Hand a task over to another user, who becomes the new assignee.

        Check the right to delegate with tasks.task.getaccess first.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delegate.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            user_id: ID of the user who receives the task. Wire name: ``userId``.

        Returns:
            BatchCommand[TasksTaskDelegateResult]

        Example:
            command = batch.tasks.task.delegate(task_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskDelegateResult]",
            self._backend._invoke(
                _TASKS_TASK_DELEGATE, {"taskId": task_id, "userId": user_id}
            ),
        )

    def delete(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskDeleteResult]:
        """Remove a task permanently by its ID.

        Check the right to delete with tasks.task.getaccess first.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delete.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskDeleteResult]

        Example:
            command = batch.tasks.task.delete(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskDeleteResult]",
            self._backend._invoke(_TASKS_TASK_DELETE, {"taskId": task_id}),
        )

    def disapprove(
        self, *, task_id: int | Ref
    ) -> BatchCommand[TasksTaskDisapproveResult]:
        """Reject the work on a controlled task and send it back to the assignee for rework.

        Works only when task control is on. Check the right first with tasks.task.getaccess.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.disapprove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-disapprove.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskDisapproveResult]

        Example:
            command = batch.tasks.task.disapprove(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskDisapproveResult]",
            self._backend._invoke(_TASKS_TASK_DISAPPROVE, {"taskId": task_id}),
        )

    def get(
        self,
        *,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TasksTaskGetResult]:
        """Read one task with its fields, people and checklist by ID.

        An empty array comes back when the task does not exist or the user cannot see it. Custom fields and UF_CRM_TASK, UF_TASK_WEBDAV_FILES, UF_MAIL_MESSAGE are returned only when named in select.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            select: Fields to return; by default all except custom fields. "*" returns all standard fields; name UF_ fields to get them.

        Returns:
            BatchCommand[TasksTaskGetResult]

        Example:
            command = batch.tasks.task.get()
        """
        return cast(
            "BatchCommand[TasksTaskGetResult]",
            self._backend._invoke(
                _TASKS_TASK_GET, {"taskId": task_id, "select": select}
            ),
        )

    def get_fields(self) -> BatchCommand[TasksTaskGetFieldsResult]:
        """List every standard and custom task field with its title, data type and allowed values.

        Use it to learn the exact names of custom UF_ fields before passing them to select in tasks.task.get or tasks.task.list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-fields.html

        Returns:
            BatchCommand[TasksTaskGetFieldsResult]

        Example:
            command = batch.tasks.task.get_fields()
        """
        return cast(
            "BatchCommand[TasksTaskGetFieldsResult]",
            self._backend._invoke(_TASKS_TASK_GET_FIELDS, {}),
        )

    def getaccess(
        self, *, task_id: int | Ref, users: Sequence[int] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[TasksTaskGetaccessResult]:
        """Check which actions given users may perform on a task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.getaccess``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-access.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            users: IDs of the users to check; the current user by default.

        Returns:
            BatchCommand[TasksTaskGetaccessResult]

        Example:
            command = batch.tasks.task.getaccess(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskGetaccessResult]",
            self._backend._invoke(
                _TASKS_TASK_GETACCESS, {"taskId": task_id, "users": users}
            ),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_TasksTask]]:
        """Find tasks by filter and read them page by page, 50 at a time.

        A page always holds 50 tasks; pass start=50 for the second page, 100 for the third. Always name the fields you need in select: the default set may change.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}; by default ID descending.
            filter: Conditions as {"FIELD": value}; prefix a field with "!", "<", ">=", etc. to change the comparison.
            select: Fields to return for each task.
            params: Extra data: WITH_RESULT_INFO (result flags), WITH_TIMER_INFO (timer data), WITH_PARSED_DESCRIPTION (formatted description).
            start: Offset of the first task, a multiple of 50.

        Returns:
            BatchCommand[list[TasksTask]]

        Example:
            command = batch.tasks.task.list()
        """
        return cast(
            "BatchCommand[builtins.list[_TasksTask]]",
            self._backend._invoke_page(
                _TASKS_TASK_LIST,
                {
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "params": params,
                    "start": start,
                },
            ),
        )

    def mute(self, *, id: int | Ref) -> BatchCommand[TasksTaskMuteResult]:
        """Silence notifications about one task for the current user.

        An empty array comes back when the task does not exist or the user has no access to it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.mute``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-mute.html

        Args:
            id: ID of the task.

        Returns:
            BatchCommand[TasksTaskMuteResult]

        Example:
            command = batch.tasks.task.mute(id=1)
        """
        return cast(
            "BatchCommand[TasksTaskMuteResult]",
            self._backend._invoke(_TASKS_TASK_MUTE, {"id": id}),
        )

    def pause(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskPauseResult]:
        """Stop work in progress and return the task to the pending status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.pause``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-pause.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskPauseResult]

        Example:
            command = batch.tasks.task.pause(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskPauseResult]",
            self._backend._invoke(_TASKS_TASK_PAUSE, {"taskId": task_id}),
        )

    def pin(self, *, id: int | Ref) -> BatchCommand[TasksTaskPinResult]:
        """Keep a task at the top of the current user's task list.

        An empty array comes back when the task does not exist or the user has no access to it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-pin.html

        Args:
            id: ID of the task.

        Returns:
            BatchCommand[TasksTaskPinResult]

        Example:
            command = batch.tasks.task.pin(id=1)
        """
        return cast(
            "BatchCommand[TasksTaskPinResult]",
            self._backend._invoke(_TASKS_TASK_PIN, {"id": id}),
        )

    def renew(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskRenewResult]:
        """Reopen a completed or deferred task so work can continue.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-renew.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskRenewResult]

        Example:
            command = batch.tasks.task.renew(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskRenewResult]",
            self._backend._invoke(_TASKS_TASK_RENEW, {"taskId": task_id}),
        )

    def start(self, *, task_id: int | Ref) -> BatchCommand[TasksTaskStartResult]:
        """Begin work on a task by moving it to the in-progress status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.start``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/status/tasks-task-start.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskStartResult]

        Example:
            command = batch.tasks.task.start(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskStartResult]",
            self._backend._invoke(_TASKS_TASK_START, {"taskId": task_id}),
        )

    def startwatch(
        self, *, task_id: int | Ref
    ) -> BatchCommand[TasksTaskStartwatchResult]:
        """Make the current user an observer who follows the task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.startwatch``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-start-watch.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskStartwatchResult]

        Example:
            command = batch.tasks.task.startwatch(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskStartwatchResult]",
            self._backend._invoke(_TASKS_TASK_STARTWATCH, {"taskId": task_id}),
        )

    def stopwatch(
        self, *, task_id: int | Ref
    ) -> BatchCommand[TasksTaskStopwatchResult]:
        """Stop following a task as an observer.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.stopwatch``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-stop-watch.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[TasksTaskStopwatchResult]

        Example:
            command = batch.tasks.task.stopwatch(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskStopwatchResult]",
            self._backend._invoke(_TASKS_TASK_STOPWATCH, {"taskId": task_id}),
        )

    def unmute(self, *, id: int | Ref) -> BatchCommand[TasksTaskUnmuteResult]:
        """Turn notifications about a muted task back on for the current user.

        An empty array comes back when the task does not exist or the user has no access to it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.unmute``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-unmute.html

        Args:
            id: ID of the task.

        Returns:
            BatchCommand[TasksTaskUnmuteResult]

        Example:
            command = batch.tasks.task.unmute(id=1)
        """
        return cast(
            "BatchCommand[TasksTaskUnmuteResult]",
            self._backend._invoke(_TASKS_TASK_UNMUTE, {"id": id}),
        )

    def unpin(self, *, id: int | Ref) -> BatchCommand[TasksTaskUnpinResult]:
        """Release a pinned task so it sorts normally in the current user's list.

        An empty array comes back when the task does not exist or the user has no access to it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.unpin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-unpin.html

        Args:
            id: ID of the task.

        Returns:
            BatchCommand[TasksTaskUnpinResult]

        Example:
            command = batch.tasks.task.unpin(id=1)
        """
        return cast(
            "BatchCommand[TasksTaskUnpinResult]",
            self._backend._invoke(_TASKS_TASK_UNPIN, {"id": id}),
        )

    def update(
        self, *, task_id: int | Ref, fields: dict[str, Any] | Ref
    ) -> BatchCommand[TasksTaskUpdateResult]:
        """Change fields of an existing task, such as its deadline or assignee.

        Send at least one field, otherwise the call fails. Only the creator or a user allowed to edit the task may call it. Planned start and end dates must be sent as a pair.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            fields: Task fields to change, keyed by field name; only the keys you send are changed.

        Returns:
            BatchCommand[TasksTaskUpdateResult]

        Example:
            command = batch.tasks.task.update(task_id=1, fields={})
        """
        return cast(
            "BatchCommand[TasksTaskUpdateResult]",
            self._backend._invoke(
                _TASKS_TASK_UPDATE, {"taskId": task_id, "fields": fields}
            ),
        )


class TasksTaskCounters(Namespace):
    """Methods under ``tasks.task.counters``."""

    __slots__ = ()

    def get(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        group_id: int | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
    ) -> _TasksTaskCounters:
        """Read a user's task counters, such as overdue tasks and unread comments.

        REST method: ``tasks.task.counters.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-counters-get.html

        Args:
            user_id: ID of the user whose counters to read; the current user by default. Wire name: ``userId``.
            group_id: ID of the workgroup to count in; 0 or omitted counts all tasks. Wire name: ``groupId``.
            type: Role to count for: "view_all", "view_role_responsible", "view_role_accomplice", "view_role_auditor" or "view_role_originator".

        Returns:
            TasksTaskCounters

        Example:
            result = client.tasks.task.counters.get()
            result = await client.tasks.task.counters.get()  # AsyncBitrix24
        """
        return cast(
            "_TasksTaskCounters",
            self._backend._invoke(
                _TASKS_TASK_COUNTERS_GET,
                {"userId": user_id, "groupId": group_id, "type": type},
            ),
        )


class AsyncTasksTaskCounters(Namespace):
    """Methods under ``tasks.task.counters`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        group_id: int | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
    ) -> _TasksTaskCounters:
        """Read a user's task counters, such as overdue tasks and unread comments.

        REST method: ``tasks.task.counters.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-counters-get.html

        Args:
            user_id: ID of the user whose counters to read; the current user by default. Wire name: ``userId``.
            group_id: ID of the workgroup to count in; 0 or omitted counts all tasks. Wire name: ``groupId``.
            type: Role to count for: "view_all", "view_role_responsible", "view_role_accomplice", "view_role_auditor" or "view_role_originator".

        Returns:
            TasksTaskCounters

        Example:
            result = client.tasks.task.counters.get()
            result = await client.tasks.task.counters.get()  # AsyncBitrix24
        """
        return cast(
            "_TasksTaskCounters",
            await self._backend._invoke(
                _TASKS_TASK_COUNTERS_GET,
                {"userId": user_id, "groupId": group_id, "type": type},
            ),
        )


class BatchTasksTaskCounters(Namespace):
    """Methods under ``tasks.task.counters`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        group_id: int | Ref | NotGiven = NOT_GIVEN,
        type: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_TasksTaskCounters]:
        """Read a user's task counters, such as overdue tasks and unread comments.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.counters.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-counters-get.html

        Args:
            user_id: ID of the user whose counters to read; the current user by default. Wire name: ``userId``.
            group_id: ID of the workgroup to count in; 0 or omitted counts all tasks. Wire name: ``groupId``.
            type: Role to count for: "view_all", "view_role_responsible", "view_role_accomplice", "view_role_auditor" or "view_role_originator".

        Returns:
            BatchCommand[TasksTaskCounters]

        Example:
            command = batch.tasks.task.counters.get()
        """
        return cast(
            "BatchCommand[_TasksTaskCounters]",
            self._backend._invoke(
                _TASKS_TASK_COUNTERS_GET,
                {"userId": user_id, "groupId": group_id, "type": type},
            ),
        )


class TasksTaskFavorite(Namespace):
    """Methods under ``tasks.task.favorite``."""

    __slots__ = ()

    def add(self, *, task_id: int) -> bool:
        """Mark a task as a favorite in the current user's list.

        REST method: ``tasks.task.favorite.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-favorite-add.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            bool

        Example:
            result = client.tasks.task.favorite.add(task_id=1)
            result = await client.tasks.task.favorite.add(task_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_TASKS_TASK_FAVORITE_ADD, {"taskId": task_id})
        )

    def remove(self, *, task_id: int) -> bool:
        """Drop a task from the current user's favorites.

        REST method: ``tasks.task.favorite.remove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-favorite-remove.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            bool

        Example:
            result = client.tasks.task.favorite.remove(task_id=1)
            result = await client.tasks.task.favorite.remove(task_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_TASKS_TASK_FAVORITE_REMOVE, {"taskId": task_id}),
        )


class AsyncTasksTaskFavorite(Namespace):
    """Methods under ``tasks.task.favorite`` (async)."""

    __slots__ = ()

    async def add(self, *, task_id: int) -> bool:
        """Mark a task as a favorite in the current user's list.

        REST method: ``tasks.task.favorite.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-favorite-add.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            bool

        Example:
            result = client.tasks.task.favorite.add(task_id=1)
            result = await client.tasks.task.favorite.add(task_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_TASKS_TASK_FAVORITE_ADD, {"taskId": task_id}),
        )

    async def remove(self, *, task_id: int) -> bool:
        """Drop a task from the current user's favorites.

        REST method: ``tasks.task.favorite.remove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-favorite-remove.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            bool

        Example:
            result = client.tasks.task.favorite.remove(task_id=1)
            result = await client.tasks.task.favorite.remove(task_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_TASK_FAVORITE_REMOVE, {"taskId": task_id}
            ),
        )


class BatchTasksTaskFavorite(Namespace):
    """Methods under ``tasks.task.favorite`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, task_id: int | Ref) -> BatchCommand[bool]:
        """Mark a task as a favorite in the current user's list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.favorite.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-favorite-add.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.task.favorite.add(task_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASKS_TASK_FAVORITE_ADD, {"taskId": task_id}),
        )

    def remove(self, *, task_id: int | Ref) -> BatchCommand[bool]:
        """Drop a task from the current user's favorites.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.favorite.remove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-actions/tasks-task-favorite-remove.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.task.favorite.remove(task_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASKS_TASK_FAVORITE_REMOVE, {"taskId": task_id}),
        )


class TasksTaskFiles(Namespace):
    """Methods under ``tasks.task.files``."""

    __slots__ = ()

    def attach(self, *, task_id: int, file_id: int) -> TasksTaskFilesAttachResult:
        """Link a Drive file to a task as an attachment.

        The user needs at least read access to the file.

        REST method: ``tasks.task.files.attach``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-files-attach.html

        Args:
            task_id: ID of the task that gets the file. Wire name: ``taskId``.
            file_id: ID of the file on Drive. Wire name: ``fileId``.

        Returns:
            TasksTaskFilesAttachResult

        Example:
            result = client.tasks.task.files.attach(task_id=1, file_id=1)
            result = await client.tasks.task.files.attach(task_id=1, file_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskFilesAttachResult",
            self._backend._invoke(
                _TASKS_TASK_FILES_ATTACH, {"taskId": task_id, "fileId": file_id}
            ),
        )


class AsyncTasksTaskFiles(Namespace):
    """Methods under ``tasks.task.files`` (async)."""

    __slots__ = ()

    async def attach(self, *, task_id: int, file_id: int) -> TasksTaskFilesAttachResult:
        """Link a Drive file to a task as an attachment.

        The user needs at least read access to the file.

        REST method: ``tasks.task.files.attach``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-files-attach.html

        Args:
            task_id: ID of the task that gets the file. Wire name: ``taskId``.
            file_id: ID of the file on Drive. Wire name: ``fileId``.

        Returns:
            TasksTaskFilesAttachResult

        Example:
            result = client.tasks.task.files.attach(task_id=1, file_id=1)
            result = await client.tasks.task.files.attach(task_id=1, file_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskFilesAttachResult",
            await self._backend._invoke(
                _TASKS_TASK_FILES_ATTACH, {"taskId": task_id, "fileId": file_id}
            ),
        )


class BatchTasksTaskFiles(Namespace):
    """Methods under ``tasks.task.files`` (queued into a batch)."""

    __slots__ = ()

    def attach(
        self, *, task_id: int | Ref, file_id: int | Ref
    ) -> BatchCommand[TasksTaskFilesAttachResult]:
        """Link a Drive file to a task as an attachment.

        The user needs at least read access to the file.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.files.attach``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-files-attach.html

        Args:
            task_id: ID of the task that gets the file. Wire name: ``taskId``.
            file_id: ID of the file on Drive. Wire name: ``fileId``.

        Returns:
            BatchCommand[TasksTaskFilesAttachResult]

        Example:
            command = batch.tasks.task.files.attach(task_id=1, file_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskFilesAttachResult]",
            self._backend._invoke(
                _TASKS_TASK_FILES_ATTACH, {"taskId": task_id, "fileId": file_id}
            ),
        )


class TasksTaskHistory(Namespace):
    """Methods under ``tasks.task.history``."""

    __slots__ = ()

    def list(
        self,
        *,
        task_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> TasksTaskHistoryListResult:
        """Read the change log of a task: who changed which field and when.

        REST method: ``tasks.task.history.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-history-list.html

        Args:
            task_id: ID of the task whose history to read. Wire name: ``taskId``.
            filter: Filter by event kind, in the form {FIELD: "EVENT"}, such as {"FIELD": "TITLE"}.
            order: Sort order as {"field": "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

        Returns:
            TasksTaskHistoryListResult

        Example:
            result = client.tasks.task.history.list(task_id=1)
            result = await client.tasks.task.history.list(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskHistoryListResult",
            self._backend._invoke(
                _TASKS_TASK_HISTORY_LIST,
                {"taskId": task_id, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncTasksTaskHistory(Namespace):
    """Methods under ``tasks.task.history`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        task_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> TasksTaskHistoryListResult:
        """Read the change log of a task: who changed which field and when.

        REST method: ``tasks.task.history.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-history-list.html

        Args:
            task_id: ID of the task whose history to read. Wire name: ``taskId``.
            filter: Filter by event kind, in the form {FIELD: "EVENT"}, such as {"FIELD": "TITLE"}.
            order: Sort order as {"field": "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

        Returns:
            TasksTaskHistoryListResult

        Example:
            result = client.tasks.task.history.list(task_id=1)
            result = await client.tasks.task.history.list(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskHistoryListResult",
            await self._backend._invoke(
                _TASKS_TASK_HISTORY_LIST,
                {"taskId": task_id, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchTasksTaskHistory(Namespace):
    """Methods under ``tasks.task.history`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        task_id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TasksTaskHistoryListResult]:
        """Read the change log of a task: who changed which field and when.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.history.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-history-list.html

        Args:
            task_id: ID of the task whose history to read. Wire name: ``taskId``.
            filter: Filter by event kind, in the form {FIELD: "EVENT"}, such as {"FIELD": "TITLE"}.
            order: Sort order as {"field": "asc" | "desc"}.
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[TasksTaskHistoryListResult]

        Example:
            command = batch.tasks.task.history.list(task_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskHistoryListResult]",
            self._backend._invoke(
                _TASKS_TASK_HISTORY_LIST,
                {"taskId": task_id, "filter": filter, "order": order, "start": start},
            ),
        )


class TasksTaskResult(Namespace):
    """Methods under ``tasks.task.result``."""

    __slots__ = ()

    def add_from_comment(
        self, *, comment_id: int
    ) -> TasksTaskResultAddFromCommentResult:
        """Mark a comment in a task as the result of the work.

        A user can turn only their own comments into a result.

        REST method: ``tasks.task.result.addFromComment``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-add-from-comment.html

        Args:
            comment_id: ID of the comment to use as the result. Wire name: ``commentId``.

        Returns:
            TasksTaskResultAddFromCommentResult

        Example:
            result = client.tasks.task.result.add_from_comment(comment_id=1)
            result = await client.tasks.task.result.add_from_comment(comment_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskResultAddFromCommentResult",
            self._backend._invoke(
                _TASKS_TASK_RESULT_ADD_FROM_COMMENT, {"commentId": comment_id}
            ),
        )

    def delete_from_comment(self, *, comment_id: int) -> Any:
        """Unmark a comment as the task result, keeping the comment itself.

        Returns null on success. To remove the comment too, delete it with the comment methods.

        REST method: ``tasks.task.result.deleteFromComment``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-delete-from-comment.html

        Args:
            comment_id: ID of the comment whose result mark to remove. Wire name: ``commentId``.

        Returns:
            Any

        Example:
            result = client.tasks.task.result.delete_from_comment(comment_id=1)
            result = await client.tasks.task.result.delete_from_comment(comment_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASKS_TASK_RESULT_DELETE_FROM_COMMENT, {"commentId": comment_id}
        )

    def list(
        self, *, task_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_TasksTaskResult]:
        """Read the results recorded in a task, with their text and files.

        REST method: ``tasks.task.result.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list.html

        Args:
            task_id: ID of the task whose results to read. Wire name: ``taskId``.
            start: Offset of the first record, for paging.

        Returns:
            list[TasksTaskResult]

        Example:
            result = client.tasks.task.result.list(task_id=1)
            result = await client.tasks.task.result.list(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_TasksTaskResult]",
            self._backend._invoke(
                _TASKS_TASK_RESULT_LIST, {"taskId": task_id, "start": start}
            ),
        )


class AsyncTasksTaskResult(Namespace):
    """Methods under ``tasks.task.result`` (async)."""

    __slots__ = ()

    async def add_from_comment(
        self, *, comment_id: int
    ) -> TasksTaskResultAddFromCommentResult:
        """Mark a comment in a task as the result of the work.

        A user can turn only their own comments into a result.

        REST method: ``tasks.task.result.addFromComment``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-add-from-comment.html

        Args:
            comment_id: ID of the comment to use as the result. Wire name: ``commentId``.

        Returns:
            TasksTaskResultAddFromCommentResult

        Example:
            result = client.tasks.task.result.add_from_comment(comment_id=1)
            result = await client.tasks.task.result.add_from_comment(comment_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTaskResultAddFromCommentResult",
            await self._backend._invoke(
                _TASKS_TASK_RESULT_ADD_FROM_COMMENT, {"commentId": comment_id}
            ),
        )

    async def delete_from_comment(self, *, comment_id: int) -> Any:
        """Unmark a comment as the task result, keeping the comment itself.

        Returns null on success. To remove the comment too, delete it with the comment methods.

        REST method: ``tasks.task.result.deleteFromComment``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-delete-from-comment.html

        Args:
            comment_id: ID of the comment whose result mark to remove. Wire name: ``commentId``.

        Returns:
            Any

        Example:
            result = client.tasks.task.result.delete_from_comment(comment_id=1)
            result = await client.tasks.task.result.delete_from_comment(comment_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASKS_TASK_RESULT_DELETE_FROM_COMMENT, {"commentId": comment_id}
        )

    async def list(
        self, *, task_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_TasksTaskResult]:
        """Read the results recorded in a task, with their text and files.

        REST method: ``tasks.task.result.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list.html

        Args:
            task_id: ID of the task whose results to read. Wire name: ``taskId``.
            start: Offset of the first record, for paging.

        Returns:
            list[TasksTaskResult]

        Example:
            result = client.tasks.task.result.list(task_id=1)
            result = await client.tasks.task.result.list(task_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_TasksTaskResult]",
            await self._backend._invoke(
                _TASKS_TASK_RESULT_LIST, {"taskId": task_id, "start": start}
            ),
        )


class BatchTasksTaskResult(Namespace):
    """Methods under ``tasks.task.result`` (queued into a batch)."""

    __slots__ = ()

    def add_from_comment(
        self, *, comment_id: int | Ref
    ) -> BatchCommand[TasksTaskResultAddFromCommentResult]:
        """Mark a comment in a task as the result of the work.

        A user can turn only their own comments into a result.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.result.addFromComment``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-add-from-comment.html

        Args:
            comment_id: ID of the comment to use as the result. Wire name: ``commentId``.

        Returns:
            BatchCommand[TasksTaskResultAddFromCommentResult]

        Example:
            command = batch.tasks.task.result.add_from_comment(comment_id=1)
        """
        return cast(
            "BatchCommand[TasksTaskResultAddFromCommentResult]",
            self._backend._invoke(
                _TASKS_TASK_RESULT_ADD_FROM_COMMENT, {"commentId": comment_id}
            ),
        )

    def delete_from_comment(self, *, comment_id: int | Ref) -> BatchCommand[Any]:
        """Unmark a comment as the task result, keeping the comment itself.

        Returns null on success. To remove the comment too, delete it with the comment methods.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.result.deleteFromComment``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-delete-from-comment.html

        Args:
            comment_id: ID of the comment whose result mark to remove. Wire name: ``commentId``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.tasks.task.result.delete_from_comment(comment_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASKS_TASK_RESULT_DELETE_FROM_COMMENT, {"commentId": comment_id}
            ),
        )

    def list(
        self, *, task_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_TasksTaskResult]]:
        """Read the results recorded in a task, with their text and files.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.task.result.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list.html

        Args:
            task_id: ID of the task whose results to read. Wire name: ``taskId``.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[TasksTaskResult]]

        Example:
            command = batch.tasks.task.result.list(task_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_TasksTaskResult]]",
            self._backend._invoke(
                _TASKS_TASK_RESULT_LIST, {"taskId": task_id, "start": start}
            ),
        )
