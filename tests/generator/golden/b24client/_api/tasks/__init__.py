"""Methods under ``tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.tasks.task import AsyncTasksTask, BatchTasksTask, TasksTask


class Tasks(Namespace):
    """Methods under ``tasks``."""

    __slots__ = ()

    @property
    def task(self) -> TasksTask:
        """Methods under ``tasks.task``."""
        from b24client._api.tasks.task import TasksTask

        return TasksTask(self._backend)


class AsyncTasks(Namespace):
    """Methods under ``tasks`` (async)."""

    __slots__ = ()

    @property
    def task(self) -> AsyncTasksTask:
        """Methods under ``tasks.task``."""
        from b24client._api.tasks.task import AsyncTasksTask

        return AsyncTasksTask(self._backend)


class BatchTasks(Namespace):
    """Methods under ``tasks`` (queued into a batch)."""

    __slots__ = ()

    @property
    def task(self) -> BatchTasksTask:
        """Methods under ``tasks.task``."""
        from b24client._api.tasks.task import BatchTasksTask

        return BatchTasksTask(self._backend)
