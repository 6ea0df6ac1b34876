"""Methods under ``task.dependence``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_TASK_DEPENDENCE_ADD = MethodInfo(
    name="task.dependence.add", idempotent=False, returns="any", api=1
)
_TASK_DEPENDENCE_DELETE = MethodInfo(
    name="task.dependence.delete", idempotent=False, returns="any", api=1
)


class TaskDependence(Namespace):
    """Methods under ``task.dependence``."""

    __slots__ = ()

    def add(
        self, *, task_id_from: int, task_id_to: int, link_type: int
    ) -> dict[str, Any]:
        """Link two tasks with a Gantt dependency, such as finish-to-start.

        On success the result is an empty array.

        REST method: ``task.dependence.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/task-dependence-add.html

        Args:
            task_id_from: ID of the task the dependency starts from. Wire name: ``taskIdFrom``.
            task_id_to: ID of the task that depends on it. Wire name: ``taskIdTo``.
            link_type: Kind of link: 0 start-start, 1 start-finish, 2 finish-start, 3 finish-finish. Wire name: ``linkType``.

        Returns:
            dict[str, Any]

        Example:
            result = client.task.dependence.add(task_id_from=1, task_id_to=1, link_type=1)
            result = await client.task.dependence.add(task_id_from=1, task_id_to=1, link_type=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _TASK_DEPENDENCE_ADD,
                {
                    "taskIdFrom": task_id_from,
                    "taskIdTo": task_id_to,
                    "linkType": link_type,
                },
            ),
        )

    def delete(self, *, task_id_from: int, task_id_to: int) -> dict[str, Any]:
        """Remove a Gantt dependency between two tasks.

        REST method: ``task.dependence.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/task-dependence-delete.html

        Args:
            task_id_from: ID of the task the dependency starts from. Wire name: ``taskIdFrom``.
            task_id_to: ID of the task that depends on it. Wire name: ``taskIdTo``.

        Returns:
            dict[str, Any]

        Example:
            result = client.task.dependence.delete(task_id_from=1, task_id_to=1)
            result = await client.task.dependence.delete(task_id_from=1, task_id_to=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _TASK_DEPENDENCE_DELETE,
                {"taskIdFrom": task_id_from, "taskIdTo": task_id_to},
            ),
        )


class AsyncTaskDependence(Namespace):
    """Methods under ``task.dependence`` (async)."""

    __slots__ = ()

    async def add(
        self, *, task_id_from: int, task_id_to: int, link_type: int
    ) -> dict[str, Any]:
        """Link two tasks with a Gantt dependency, such as finish-to-start.

        On success the result is an empty array.

        REST method: ``task.dependence.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/task-dependence-add.html

        Args:
            task_id_from: ID of the task the dependency starts from. Wire name: ``taskIdFrom``.
            task_id_to: ID of the task that depends on it. Wire name: ``taskIdTo``.
            link_type: Kind of link: 0 start-start, 1 start-finish, 2 finish-start, 3 finish-finish. Wire name: ``linkType``.

        Returns:
            dict[str, Any]

        Example:
            result = client.task.dependence.add(task_id_from=1, task_id_to=1, link_type=1)
            result = await client.task.dependence.add(task_id_from=1, task_id_to=1, link_type=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _TASK_DEPENDENCE_ADD,
                {
                    "taskIdFrom": task_id_from,
                    "taskIdTo": task_id_to,
                    "linkType": link_type,
                },
            ),
        )

    async def delete(self, *, task_id_from: int, task_id_to: int) -> dict[str, Any]:
        """Remove a Gantt dependency between two tasks.

        REST method: ``task.dependence.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/task-dependence-delete.html

        Args:
            task_id_from: ID of the task the dependency starts from. Wire name: ``taskIdFrom``.
            task_id_to: ID of the task that depends on it. Wire name: ``taskIdTo``.

        Returns:
            dict[str, Any]

        Example:
            result = client.task.dependence.delete(task_id_from=1, task_id_to=1)
            result = await client.task.dependence.delete(task_id_from=1, task_id_to=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _TASK_DEPENDENCE_DELETE,
                {"taskIdFrom": task_id_from, "taskIdTo": task_id_to},
            ),
        )


class BatchTaskDependence(Namespace):
    """Methods under ``task.dependence`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, task_id_from: int | Ref, task_id_to: int | Ref, link_type: int | Ref
    ) -> BatchCommand[dict[str, Any]]:
        """Link two tasks with a Gantt dependency, such as finish-to-start.

        On success the result is an empty array.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.dependence.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/task-dependence-add.html

        Args:
            task_id_from: ID of the task the dependency starts from. Wire name: ``taskIdFrom``.
            task_id_to: ID of the task that depends on it. Wire name: ``taskIdTo``.
            link_type: Kind of link: 0 start-start, 1 start-finish, 2 finish-start, 3 finish-finish. Wire name: ``linkType``.

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.task.dependence.add(task_id_from=1, task_id_to=1, link_type=1)
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _TASK_DEPENDENCE_ADD,
                {
                    "taskIdFrom": task_id_from,
                    "taskIdTo": task_id_to,
                    "linkType": link_type,
                },
            ),
        )

    def delete(
        self, *, task_id_from: int | Ref, task_id_to: int | Ref
    ) -> BatchCommand[dict[str, Any]]:
        """Remove a Gantt dependency between two tasks.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.dependence.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/task-dependence-delete.html

        Args:
            task_id_from: ID of the task the dependency starts from. Wire name: ``taskIdFrom``.
            task_id_to: ID of the task that depends on it. Wire name: ``taskIdTo``.

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.task.dependence.delete(task_id_from=1, task_id_to=1)
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _TASK_DEPENDENCE_DELETE,
                {"taskIdFrom": task_id_from, "taskIdTo": task_id_to},
            ),
        )
