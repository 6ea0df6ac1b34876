"""Methods under ``tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.tasks.api import AsyncTasksApi, BatchTasksApi, TasksApi
    from b24client._api.tasks.flow import AsyncTasksFlow, BatchTasksFlow, TasksFlow
    from b24client._api.tasks.task import AsyncTasksTask, BatchTasksTask, TasksTask
    from b24client._api.tasks.template import (
        AsyncTasksTemplate,
        BatchTasksTemplate,
        TasksTemplate,
    )


class Tasks(Namespace):
    """Methods under ``tasks``."""

    __slots__ = ()

    @property
    def api(self) -> TasksApi:
        """Methods under ``tasks.api``."""
        from b24client._api.tasks.api import TasksApi

        return TasksApi(self._backend)

    @property
    def flow(self) -> TasksFlow:
        """Methods under ``tasks.flow``."""
        from b24client._api.tasks.flow import TasksFlow

        return TasksFlow(self._backend)

    @property
    def task(self) -> TasksTask:
        """Methods under ``tasks.task``."""
        from b24client._api.tasks.task import TasksTask

        return TasksTask(self._backend)

    @property
    def template(self) -> TasksTemplate:
        """Methods under ``tasks.template``."""
        from b24client._api.tasks.template import TasksTemplate

        return TasksTemplate(self._backend)


class AsyncTasks(Namespace):
    """Methods under ``tasks`` (async)."""

    __slots__ = ()

    @property
    def api(self) -> AsyncTasksApi:
        """Methods under ``tasks.api``."""
        from b24client._api.tasks.api import AsyncTasksApi

        return AsyncTasksApi(self._backend)

    @property
    def flow(self) -> AsyncTasksFlow:
        """Methods under ``tasks.flow``."""
        from b24client._api.tasks.flow import AsyncTasksFlow

        return AsyncTasksFlow(self._backend)

    @property
    def task(self) -> AsyncTasksTask:
        """Methods under ``tasks.task``."""
        from b24client._api.tasks.task import AsyncTasksTask

        return AsyncTasksTask(self._backend)

    @property
    def template(self) -> AsyncTasksTemplate:
        """Methods under ``tasks.template``."""
        from b24client._api.tasks.template import AsyncTasksTemplate

        return AsyncTasksTemplate(self._backend)


class BatchTasks(Namespace):
    """Methods under ``tasks`` (queued into a batch)."""

    __slots__ = ()

    @property
    def api(self) -> BatchTasksApi:
        """Methods under ``tasks.api``."""
        from b24client._api.tasks.api import BatchTasksApi

        return BatchTasksApi(self._backend)

    @property
    def flow(self) -> BatchTasksFlow:
        """Methods under ``tasks.flow``."""
        from b24client._api.tasks.flow import BatchTasksFlow

        return BatchTasksFlow(self._backend)

    @property
    def task(self) -> BatchTasksTask:
        """Methods under ``tasks.task``."""
        from b24client._api.tasks.task import BatchTasksTask

        return BatchTasksTask(self._backend)

    @property
    def template(self) -> BatchTasksTemplate:
        """Methods under ``tasks.template``."""
        from b24client._api.tasks.template import BatchTasksTemplate

        return BatchTasksTemplate(self._backend)
