"""Methods under ``tasks.flow``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import (
        TasksFlowFlow as _TasksFlowFlow,
        TasksFlowFlowCreateFlowData,
        TasksFlowFlowCreateResult,
        TasksFlowFlowDeleteFlowData,
        TasksFlowFlowDeleteResult,
        TasksFlowFlowIsExistsResult,
        TasksFlowFlowUpdateFlowData,
        TasksFlowFlowUpdateResult,
    )

_TASKS_FLOW_FLOW_ACTIVATE = MethodInfo(
    name="tasks.flow.Flow.activate", idempotent=False, returns="boolean", api=1
)
_TASKS_FLOW_FLOW_CREATE = MethodInfo(
    name="tasks.flow.Flow.create", idempotent=False, returns="any", api=1
)
_TASKS_FLOW_FLOW_DELETE = MethodInfo(
    name="tasks.flow.Flow.delete", idempotent=False, returns="any", api=1
)
_TASKS_FLOW_FLOW_GET = MethodInfo(
    name="tasks.flow.Flow.get", idempotent=True, returns="any", api=1
)
_TASKS_FLOW_FLOW_IS_EXISTS = MethodInfo(
    name="tasks.flow.Flow.isExists", idempotent=False, returns="any", api=1
)
_TASKS_FLOW_FLOW_PIN = MethodInfo(
    name="tasks.flow.Flow.pin", idempotent=False, returns="boolean", api=1
)
_TASKS_FLOW_FLOW_UPDATE = MethodInfo(
    name="tasks.flow.Flow.update", idempotent=False, returns="any", api=1
)


class TasksFlow(Namespace):
    """Methods under ``tasks.flow``."""

    __slots__ = ()

    @property
    def flow(self) -> TasksFlowFlow:
        """Methods under ``tasks.flow.Flow``."""
        return TasksFlowFlow(self._backend)


class AsyncTasksFlow(Namespace):
    """Methods under ``tasks.flow`` (async)."""

    __slots__ = ()

    @property
    def flow(self) -> AsyncTasksFlowFlow:
        """Methods under ``tasks.flow.Flow``."""
        return AsyncTasksFlowFlow(self._backend)


class BatchTasksFlow(Namespace):
    """Methods under ``tasks.flow`` (queued into a batch)."""

    __slots__ = ()

    @property
    def flow(self) -> BatchTasksFlowFlow:
        """Methods under ``tasks.flow.Flow``."""
        return BatchTasksFlowFlow(self._backend)


class TasksFlowFlow(Namespace):
    """Methods under ``tasks.flow.Flow``."""

    __slots__ = ()

    def activate(self, *, flow_id: int) -> bool:
        """Toggle a flow on or off: an active flow is switched off and vice versa.

        REST method: ``tasks.flow.Flow.activate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-activate.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            bool

        Example:
            result = client.tasks.flow.flow.activate(flow_id=1)
            result = await client.tasks.flow.flow.activate(flow_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_TASKS_FLOW_FLOW_ACTIVATE, {"flowId": flow_id})
        )

    def create(
        self, *, flow_data: TasksFlowFlowCreateFlowData
    ) -> TasksFlowFlowCreateResult:
        """Create a flow that routes incoming tasks to a team by a distribution rule.

        name, plannedCompletionTime, distributionType and responsibleList are required. Without groupId a new workgroup is created for the flow.

        REST method: ``tasks.flow.Flow.create``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-create.html

        Args:
            flow_data: Values of the new flow. Wire name: ``flowData``.

        Returns:
            TasksFlowFlowCreateResult

        Example:
            result = client.tasks.flow.flow.create(flow_data={"name": "Anna", "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})
            result = await client.tasks.flow.flow.create(flow_data={"name": "Anna", "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowCreateResult",
            self._backend._invoke(_TASKS_FLOW_FLOW_CREATE, {"flowData": flow_data}),
        )

    def delete(
        self, *, flow_data: TasksFlowFlowDeleteFlowData
    ) -> TasksFlowFlowDeleteResult:
        """Remove a flow permanently by its ID.

        REST method: ``tasks.flow.Flow.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-delete.html

        Args:
            flow_data: Data identifying the flow. Wire name: ``flowData``.

        Returns:
            TasksFlowFlowDeleteResult

        Example:
            result = client.tasks.flow.flow.delete(flow_data={"id": 1})
            result = await client.tasks.flow.flow.delete(flow_data={"id": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowDeleteResult",
            self._backend._invoke(_TASKS_FLOW_FLOW_DELETE, {"flowData": flow_data}),
        )

    def get(self, *, flow_id: int) -> _TasksFlowFlow:
        """Read the settings and team of one flow by ID.

        REST method: ``tasks.flow.Flow.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-get.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            TasksFlowFlow

        Example:
            result = client.tasks.flow.flow.get(flow_id=1)
            result = await client.tasks.flow.flow.get(flow_id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksFlowFlow",
            self._backend._invoke(_TASKS_FLOW_FLOW_GET, {"flowId": flow_id}),
        )

    def is_exists(
        self,
        *,
        flow_data: dict[str, Any],
        name: str | NotGiven = NOT_GIVEN,
        id: int | NotGiven = NOT_GIVEN,
    ) -> TasksFlowFlowIsExistsResult:
        """Check whether a flow name is already taken.

        With id given, that flow is left out of the check, which suits renaming.

        REST method: ``tasks.flow.Flow.isExists``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-is-exists.html

        Args:
            flow_data: Data to check. Wire name: ``flowData``.
            name: Flow name to look for.
            id: ID of a flow to leave out of the check.

        Returns:
            TasksFlowFlowIsExistsResult

        Example:
            result = client.tasks.flow.flow.is_exists(flow_data={})
            result = await client.tasks.flow.flow.is_exists(flow_data={})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowIsExistsResult",
            self._backend._invoke(
                _TASKS_FLOW_FLOW_IS_EXISTS,
                {"flowData": flow_data, "name": name, "id": id},
            ),
        )

    def pin(self, *, flow_id: int) -> bool:
        """Toggle whether a flow is pinned at the top of the flow list.

        The result is true when the flow ends up pinned, false when unpinned.

        REST method: ``tasks.flow.Flow.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-pin.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            bool

        Example:
            result = client.tasks.flow.flow.pin(flow_id=1)
            result = await client.tasks.flow.flow.pin(flow_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_TASKS_FLOW_FLOW_PIN, {"flowId": flow_id})
        )

    def update(
        self, *, flow_data: TasksFlowFlowUpdateFlowData
    ) -> TasksFlowFlowUpdateResult:
        """Change a flow's settings, team or distribution rule.

        REST method: ``tasks.flow.Flow.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-update.html

        Args:
            flow_data: Flow fields to change, with the flow ID. Wire name: ``flowData``.

        Returns:
            TasksFlowFlowUpdateResult

        Example:
            result = client.tasks.flow.flow.update(flow_data={"id": 1, "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})
            result = await client.tasks.flow.flow.update(flow_data={"id": 1, "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowUpdateResult",
            self._backend._invoke(_TASKS_FLOW_FLOW_UPDATE, {"flowData": flow_data}),
        )


class AsyncTasksFlowFlow(Namespace):
    """Methods under ``tasks.flow.Flow`` (async)."""

    __slots__ = ()

    async def activate(self, *, flow_id: int) -> bool:
        """Toggle a flow on or off: an active flow is switched off and vice versa.

        REST method: ``tasks.flow.Flow.activate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-activate.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            bool

        Example:
            result = client.tasks.flow.flow.activate(flow_id=1)
            result = await client.tasks.flow.flow.activate(flow_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_TASKS_FLOW_FLOW_ACTIVATE, {"flowId": flow_id}),
        )

    async def create(
        self, *, flow_data: TasksFlowFlowCreateFlowData
    ) -> TasksFlowFlowCreateResult:
        """Create a flow that routes incoming tasks to a team by a distribution rule.

        name, plannedCompletionTime, distributionType and responsibleList are required. Without groupId a new workgroup is created for the flow.

        REST method: ``tasks.flow.Flow.create``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-create.html

        Args:
            flow_data: Values of the new flow. Wire name: ``flowData``.

        Returns:
            TasksFlowFlowCreateResult

        Example:
            result = client.tasks.flow.flow.create(flow_data={"name": "Anna", "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})
            result = await client.tasks.flow.flow.create(flow_data={"name": "Anna", "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowCreateResult",
            await self._backend._invoke(
                _TASKS_FLOW_FLOW_CREATE, {"flowData": flow_data}
            ),
        )

    async def delete(
        self, *, flow_data: TasksFlowFlowDeleteFlowData
    ) -> TasksFlowFlowDeleteResult:
        """Remove a flow permanently by its ID.

        REST method: ``tasks.flow.Flow.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-delete.html

        Args:
            flow_data: Data identifying the flow. Wire name: ``flowData``.

        Returns:
            TasksFlowFlowDeleteResult

        Example:
            result = client.tasks.flow.flow.delete(flow_data={"id": 1})
            result = await client.tasks.flow.flow.delete(flow_data={"id": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowDeleteResult",
            await self._backend._invoke(
                _TASKS_FLOW_FLOW_DELETE, {"flowData": flow_data}
            ),
        )

    async def get(self, *, flow_id: int) -> _TasksFlowFlow:
        """Read the settings and team of one flow by ID.

        REST method: ``tasks.flow.Flow.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-get.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            TasksFlowFlow

        Example:
            result = client.tasks.flow.flow.get(flow_id=1)
            result = await client.tasks.flow.flow.get(flow_id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksFlowFlow",
            await self._backend._invoke(_TASKS_FLOW_FLOW_GET, {"flowId": flow_id}),
        )

    async def is_exists(
        self,
        *,
        flow_data: dict[str, Any],
        name: str | NotGiven = NOT_GIVEN,
        id: int | NotGiven = NOT_GIVEN,
    ) -> TasksFlowFlowIsExistsResult:
        """Check whether a flow name is already taken.

        With id given, that flow is left out of the check, which suits renaming.

        REST method: ``tasks.flow.Flow.isExists``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-is-exists.html

        Args:
            flow_data: Data to check. Wire name: ``flowData``.
            name: Flow name to look for.
            id: ID of a flow to leave out of the check.

        Returns:
            TasksFlowFlowIsExistsResult

        Example:
            result = client.tasks.flow.flow.is_exists(flow_data={})
            result = await client.tasks.flow.flow.is_exists(flow_data={})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowIsExistsResult",
            await self._backend._invoke(
                _TASKS_FLOW_FLOW_IS_EXISTS,
                {"flowData": flow_data, "name": name, "id": id},
            ),
        )

    async def pin(self, *, flow_id: int) -> bool:
        """Toggle whether a flow is pinned at the top of the flow list.

        The result is true when the flow ends up pinned, false when unpinned.

        REST method: ``tasks.flow.Flow.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-pin.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            bool

        Example:
            result = client.tasks.flow.flow.pin(flow_id=1)
            result = await client.tasks.flow.flow.pin(flow_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_TASKS_FLOW_FLOW_PIN, {"flowId": flow_id})
        )

    async def update(
        self, *, flow_data: TasksFlowFlowUpdateFlowData
    ) -> TasksFlowFlowUpdateResult:
        """Change a flow's settings, team or distribution rule.

        REST method: ``tasks.flow.Flow.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-update.html

        Args:
            flow_data: Flow fields to change, with the flow ID. Wire name: ``flowData``.

        Returns:
            TasksFlowFlowUpdateResult

        Example:
            result = client.tasks.flow.flow.update(flow_data={"id": 1, "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})
            result = await client.tasks.flow.flow.update(flow_data={"id": 1, "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})  # AsyncBitrix24
        """
        return cast(
            "TasksFlowFlowUpdateResult",
            await self._backend._invoke(
                _TASKS_FLOW_FLOW_UPDATE, {"flowData": flow_data}
            ),
        )


class BatchTasksFlowFlow(Namespace):
    """Methods under ``tasks.flow.Flow`` (queued into a batch)."""

    __slots__ = ()

    def activate(self, *, flow_id: int | Ref) -> BatchCommand[bool]:
        """Toggle a flow on or off: an active flow is switched off and vice versa.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.activate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-activate.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.flow.flow.activate(flow_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASKS_FLOW_FLOW_ACTIVATE, {"flowId": flow_id}),
        )

    def create(
        self, *, flow_data: TasksFlowFlowCreateFlowData | Ref
    ) -> BatchCommand[TasksFlowFlowCreateResult]:
        """Create a flow that routes incoming tasks to a team by a distribution rule.

        name, plannedCompletionTime, distributionType and responsibleList are required. Without groupId a new workgroup is created for the flow.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.create``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-create.html

        Args:
            flow_data: Values of the new flow. Wire name: ``flowData``.

        Returns:
            BatchCommand[TasksFlowFlowCreateResult]

        Example:
            command = batch.tasks.flow.flow.create(flow_data={"name": "Anna", "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})
        """
        return cast(
            "BatchCommand[TasksFlowFlowCreateResult]",
            self._backend._invoke(_TASKS_FLOW_FLOW_CREATE, {"flowData": flow_data}),
        )

    def delete(
        self, *, flow_data: TasksFlowFlowDeleteFlowData | Ref
    ) -> BatchCommand[TasksFlowFlowDeleteResult]:
        """Remove a flow permanently by its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-delete.html

        Args:
            flow_data: Data identifying the flow. Wire name: ``flowData``.

        Returns:
            BatchCommand[TasksFlowFlowDeleteResult]

        Example:
            command = batch.tasks.flow.flow.delete(flow_data={"id": 1})
        """
        return cast(
            "BatchCommand[TasksFlowFlowDeleteResult]",
            self._backend._invoke(_TASKS_FLOW_FLOW_DELETE, {"flowData": flow_data}),
        )

    def get(self, *, flow_id: int | Ref) -> BatchCommand[_TasksFlowFlow]:
        """Read the settings and team of one flow by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-get.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            BatchCommand[TasksFlowFlow]

        Example:
            command = batch.tasks.flow.flow.get(flow_id=1)
        """
        return cast(
            "BatchCommand[_TasksFlowFlow]",
            self._backend._invoke(_TASKS_FLOW_FLOW_GET, {"flowId": flow_id}),
        )

    def is_exists(
        self,
        *,
        flow_data: dict[str, Any] | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TasksFlowFlowIsExistsResult]:
        """Check whether a flow name is already taken.

        With id given, that flow is left out of the check, which suits renaming.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.isExists``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-is-exists.html

        Args:
            flow_data: Data to check. Wire name: ``flowData``.
            name: Flow name to look for.
            id: ID of a flow to leave out of the check.

        Returns:
            BatchCommand[TasksFlowFlowIsExistsResult]

        Example:
            command = batch.tasks.flow.flow.is_exists(flow_data={})
        """
        return cast(
            "BatchCommand[TasksFlowFlowIsExistsResult]",
            self._backend._invoke(
                _TASKS_FLOW_FLOW_IS_EXISTS,
                {"flowData": flow_data, "name": name, "id": id},
            ),
        )

    def pin(self, *, flow_id: int | Ref) -> BatchCommand[bool]:
        """Toggle whether a flow is pinned at the top of the flow list.

        The result is true when the flow ends up pinned, false when unpinned.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-pin.html

        Args:
            flow_id: ID of the flow. Wire name: ``flowId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.flow.flow.pin(flow_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASKS_FLOW_FLOW_PIN, {"flowId": flow_id}),
        )

    def update(
        self, *, flow_data: TasksFlowFlowUpdateFlowData | Ref
    ) -> BatchCommand[TasksFlowFlowUpdateResult]:
        """Change a flow's settings, team or distribution rule.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.flow.Flow.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-update.html

        Args:
            flow_data: Flow fields to change, with the flow ID. Wire name: ``flowData``.

        Returns:
            BatchCommand[TasksFlowFlowUpdateResult]

        Example:
            command = batch.tasks.flow.flow.update(flow_data={"id": 1, "plannedCompletionTime": 1, "distributionType": "example", "responsibleList": [["example"]]})
        """
        return cast(
            "BatchCommand[TasksFlowFlowUpdateResult]",
            self._backend._invoke(_TASKS_FLOW_FLOW_UPDATE, {"flowData": flow_data}),
        )
