"""Methods under ``task``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.task.checklistitem import (
        AsyncTaskChecklistitem,
        BatchTaskChecklistitem,
        TaskChecklistitem,
    )
    from b24client._api.task.comment import (
        AsyncTaskComment,
        BatchTaskComment,
        TaskComment,
    )
    from b24client._api.task.commentitem import (
        AsyncTaskCommentitem,
        BatchTaskCommentitem,
        TaskCommentitem,
    )
    from b24client._api.task.dependence import (
        AsyncTaskDependence,
        BatchTaskDependence,
        TaskDependence,
    )
    from b24client._api.task.elapseditem import (
        AsyncTaskElapseditem,
        BatchTaskElapseditem,
        TaskElapseditem,
    )
    from b24client._api.task.item import AsyncTaskItem, BatchTaskItem, TaskItem
    from b24client._api.task.items import AsyncTaskItems, BatchTaskItems, TaskItems
    from b24client._api.task.logitem import (
        AsyncTaskLogitem,
        BatchTaskLogitem,
        TaskLogitem,
    )
    from b24client._api.task.planner import (
        AsyncTaskPlanner,
        BatchTaskPlanner,
        TaskPlanner,
    )
    from b24client._api.task.stages import AsyncTaskStages, BatchTaskStages, TaskStages


class Task(Namespace):
    """Methods under ``task``."""

    __slots__ = ()

    @property
    def checklistitem(self) -> TaskChecklistitem:
        """Methods under ``task.checklistitem``."""
        from b24client._api.task.checklistitem import TaskChecklistitem

        return TaskChecklistitem(self._backend)

    @property
    def comment(self) -> TaskComment:
        """Methods under ``task.comment``."""
        from b24client._api.task.comment import TaskComment

        return TaskComment(self._backend)

    @property
    def commentitem(self) -> TaskCommentitem:
        """Methods under ``task.commentitem``."""
        from b24client._api.task.commentitem import TaskCommentitem

        return TaskCommentitem(self._backend)

    @property
    def dependence(self) -> TaskDependence:
        """Methods under ``task.dependence``."""
        from b24client._api.task.dependence import TaskDependence

        return TaskDependence(self._backend)

    @property
    def elapseditem(self) -> TaskElapseditem:
        """Methods under ``task.elapseditem``."""
        from b24client._api.task.elapseditem import TaskElapseditem

        return TaskElapseditem(self._backend)

    @property
    def item(self) -> TaskItem:
        """Methods under ``task.item``."""
        from b24client._api.task.item import TaskItem

        return TaskItem(self._backend)

    @property
    def items(self) -> TaskItems:
        """Methods under ``task.items``."""
        from b24client._api.task.items import TaskItems

        return TaskItems(self._backend)

    @property
    def logitem(self) -> TaskLogitem:
        """Methods under ``task.logitem``."""
        from b24client._api.task.logitem import TaskLogitem

        return TaskLogitem(self._backend)

    @property
    def planner(self) -> TaskPlanner:
        """Methods under ``task.planner``."""
        from b24client._api.task.planner import TaskPlanner

        return TaskPlanner(self._backend)

    @property
    def stages(self) -> TaskStages:
        """Methods under ``task.stages``."""
        from b24client._api.task.stages import TaskStages

        return TaskStages(self._backend)


class AsyncTask(Namespace):
    """Methods under ``task`` (async)."""

    __slots__ = ()

    @property
    def checklistitem(self) -> AsyncTaskChecklistitem:
        """Methods under ``task.checklistitem``."""
        from b24client._api.task.checklistitem import AsyncTaskChecklistitem

        return AsyncTaskChecklistitem(self._backend)

    @property
    def comment(self) -> AsyncTaskComment:
        """Methods under ``task.comment``."""
        from b24client._api.task.comment import AsyncTaskComment

        return AsyncTaskComment(self._backend)

    @property
    def commentitem(self) -> AsyncTaskCommentitem:
        """Methods under ``task.commentitem``."""
        from b24client._api.task.commentitem import AsyncTaskCommentitem

        return AsyncTaskCommentitem(self._backend)

    @property
    def dependence(self) -> AsyncTaskDependence:
        """Methods under ``task.dependence``."""
        from b24client._api.task.dependence import AsyncTaskDependence

        return AsyncTaskDependence(self._backend)

    @property
    def elapseditem(self) -> AsyncTaskElapseditem:
        """Methods under ``task.elapseditem``."""
        from b24client._api.task.elapseditem import AsyncTaskElapseditem

        return AsyncTaskElapseditem(self._backend)

    @property
    def item(self) -> AsyncTaskItem:
        """Methods under ``task.item``."""
        from b24client._api.task.item import AsyncTaskItem

        return AsyncTaskItem(self._backend)

    @property
    def items(self) -> AsyncTaskItems:
        """Methods under ``task.items``."""
        from b24client._api.task.items import AsyncTaskItems

        return AsyncTaskItems(self._backend)

    @property
    def logitem(self) -> AsyncTaskLogitem:
        """Methods under ``task.logitem``."""
        from b24client._api.task.logitem import AsyncTaskLogitem

        return AsyncTaskLogitem(self._backend)

    @property
    def planner(self) -> AsyncTaskPlanner:
        """Methods under ``task.planner``."""
        from b24client._api.task.planner import AsyncTaskPlanner

        return AsyncTaskPlanner(self._backend)

    @property
    def stages(self) -> AsyncTaskStages:
        """Methods under ``task.stages``."""
        from b24client._api.task.stages import AsyncTaskStages

        return AsyncTaskStages(self._backend)


class BatchTask(Namespace):
    """Methods under ``task`` (queued into a batch)."""

    __slots__ = ()

    @property
    def checklistitem(self) -> BatchTaskChecklistitem:
        """Methods under ``task.checklistitem``."""
        from b24client._api.task.checklistitem import BatchTaskChecklistitem

        return BatchTaskChecklistitem(self._backend)

    @property
    def comment(self) -> BatchTaskComment:
        """Methods under ``task.comment``."""
        from b24client._api.task.comment import BatchTaskComment

        return BatchTaskComment(self._backend)

    @property
    def commentitem(self) -> BatchTaskCommentitem:
        """Methods under ``task.commentitem``."""
        from b24client._api.task.commentitem import BatchTaskCommentitem

        return BatchTaskCommentitem(self._backend)

    @property
    def dependence(self) -> BatchTaskDependence:
        """Methods under ``task.dependence``."""
        from b24client._api.task.dependence import BatchTaskDependence

        return BatchTaskDependence(self._backend)

    @property
    def elapseditem(self) -> BatchTaskElapseditem:
        """Methods under ``task.elapseditem``."""
        from b24client._api.task.elapseditem import BatchTaskElapseditem

        return BatchTaskElapseditem(self._backend)

    @property
    def item(self) -> BatchTaskItem:
        """Methods under ``task.item``."""
        from b24client._api.task.item import BatchTaskItem

        return BatchTaskItem(self._backend)

    @property
    def items(self) -> BatchTaskItems:
        """Methods under ``task.items``."""
        from b24client._api.task.items import BatchTaskItems

        return BatchTaskItems(self._backend)

    @property
    def logitem(self) -> BatchTaskLogitem:
        """Methods under ``task.logitem``."""
        from b24client._api.task.logitem import BatchTaskLogitem

        return BatchTaskLogitem(self._backend)

    @property
    def planner(self) -> BatchTaskPlanner:
        """Methods under ``task.planner``."""
        from b24client._api.task.planner import BatchTaskPlanner

        return BatchTaskPlanner(self._backend)

    @property
    def stages(self) -> BatchTaskStages:
        """Methods under ``task.stages``."""
        from b24client._api.task.stages import BatchTaskStages

        return BatchTaskStages(self._backend)
