"""Methods under ``rpa.task``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_RPA_TASK_ADD_USER = MethodInfo(
    name="rpa.task.addUser", idempotent=False, returns="any", api=1
)
_RPA_TASK_DELETE = MethodInfo(
    name="rpa.task.delete", idempotent=False, returns="any", api=1
)
_RPA_TASK_DO = MethodInfo(name="rpa.task.do", idempotent=False, returns="any", api=1)


class RpaTask(Namespace):
    """Methods under ``rpa.task``."""

    __slots__ = ()

    @deprecated("The REST method rpa.task.addUser is deprecated.")
    def add_user(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        stage_id: int | NotGiven = NOT_GIVEN,
        robot_name: str | NotGiven = NOT_GIVEN,
        user_value: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add a participant to an existing RPA approval task.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.task.addUser``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-add-user.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Wire name: ``stageId``.
            robot_name: Name of the robot (task). Wire name: ``robotName``.
            user_value: User as "First Last [user ID]". Wire name: ``userValue``.

        Returns:
            Any

        Example:
            result = client.rpa.task.add_user()
            result = await client.rpa.task.add_user()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_TASK_ADD_USER,
            {
                "typeId": type_id,
                "stageId": stage_id,
                "robotName": robot_name,
                "userValue": user_value,
            },
        )

    @deprecated("The REST method rpa.task.delete is deprecated.")
    def delete(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        stage_id: int | NotGiven = NOT_GIVEN,
        robot_name: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Remove a robot (task) from a stage of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.task.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-delete.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Wire name: ``stageId``.
            robot_name: Name of the robot to remove. Wire name: ``robotName``.

        Returns:
            Any

        Example:
            result = client.rpa.task.delete()
            result = await client.rpa.task.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_TASK_DELETE,
            {"typeId": type_id, "stageId": stage_id, "robotName": robot_name},
        )

    @deprecated("The REST method rpa.task.do is deprecated.")
    def do(self) -> Any:
        """Complete an RPA approval task; parameters depend on the task.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.task.do``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-do.html

        Returns:
            Any

        Example:
            result = client.rpa.task.do()
            result = await client.rpa.task.do()  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TASK_DO, {})


class AsyncRpaTask(Namespace):
    """Methods under ``rpa.task`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.task.addUser is deprecated.")
    async def add_user(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        stage_id: int | NotGiven = NOT_GIVEN,
        robot_name: str | NotGiven = NOT_GIVEN,
        user_value: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add a participant to an existing RPA approval task.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.task.addUser``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-add-user.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Wire name: ``stageId``.
            robot_name: Name of the robot (task). Wire name: ``robotName``.
            user_value: User as "First Last [user ID]". Wire name: ``userValue``.

        Returns:
            Any

        Example:
            result = client.rpa.task.add_user()
            result = await client.rpa.task.add_user()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TASK_ADD_USER,
            {
                "typeId": type_id,
                "stageId": stage_id,
                "robotName": robot_name,
                "userValue": user_value,
            },
        )

    @deprecated("The REST method rpa.task.delete is deprecated.")
    async def delete(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        stage_id: int | NotGiven = NOT_GIVEN,
        robot_name: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Remove a robot (task) from a stage of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.task.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-delete.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Wire name: ``stageId``.
            robot_name: Name of the robot to remove. Wire name: ``robotName``.

        Returns:
            Any

        Example:
            result = client.rpa.task.delete()
            result = await client.rpa.task.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TASK_DELETE,
            {"typeId": type_id, "stageId": stage_id, "robotName": robot_name},
        )

    @deprecated("The REST method rpa.task.do is deprecated.")
    async def do(self) -> Any:
        """Complete an RPA approval task; parameters depend on the task.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.task.do``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-do.html

        Returns:
            Any

        Example:
            result = client.rpa.task.do()
            result = await client.rpa.task.do()  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_TASK_DO, {})


class BatchRpaTask(Namespace):
    """Methods under ``rpa.task`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.task.addUser is deprecated.")
    def add_user(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        stage_id: int | Ref | NotGiven = NOT_GIVEN,
        robot_name: str | Ref | NotGiven = NOT_GIVEN,
        user_value: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Add a participant to an existing RPA approval task.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.task.addUser``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-add-user.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Wire name: ``stageId``.
            robot_name: Name of the robot (task). Wire name: ``robotName``.
            user_value: User as "First Last [user ID]". Wire name: ``userValue``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.task.add_user()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_TASK_ADD_USER,
                {
                    "typeId": type_id,
                    "stageId": stage_id,
                    "robotName": robot_name,
                    "userValue": user_value,
                },
            ),
        )

    @deprecated("The REST method rpa.task.delete is deprecated.")
    def delete(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        stage_id: int | Ref | NotGiven = NOT_GIVEN,
        robot_name: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Remove a robot (task) from a stage of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.task.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-delete.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Wire name: ``stageId``.
            robot_name: Name of the robot to remove. Wire name: ``robotName``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.task.delete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_TASK_DELETE,
                {"typeId": type_id, "stageId": stage_id, "robotName": robot_name},
            ),
        )

    @deprecated("The REST method rpa.task.do is deprecated.")
    def do(self) -> BatchCommand[Any]:
        """Complete an RPA approval task; parameters depend on the task.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.task.do``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/task/rpa-task-do.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.task.do()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_RPA_TASK_DO, {}))
