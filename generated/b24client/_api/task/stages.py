"""Methods under ``task.stages``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.task import TaskStagesAddFields, TaskStagesUpdateFields

_TASK_STAGES_ADD = MethodInfo(
    name="task.stages.add", idempotent=False, returns="integer", api=1
)
_TASK_STAGES_CANMOVETASK = MethodInfo(
    name="task.stages.canmovetask", idempotent=False, returns="boolean", api=1
)
_TASK_STAGES_DELETE = MethodInfo(
    name="task.stages.delete", idempotent=False, returns="boolean", api=1
)
_TASK_STAGES_GET = MethodInfo(
    name="task.stages.get", idempotent=True, returns="any", api=1
)
_TASK_STAGES_MOVETASK = MethodInfo(
    name="task.stages.movetask", idempotent=False, returns="boolean", api=1
)
_TASK_STAGES_UPDATE = MethodInfo(
    name="task.stages.update", idempotent=False, returns="boolean", api=1
)


class TaskStages(Namespace):
    """Methods under ``task.stages``."""

    __slots__ = ()

    def add(
        self, *, fields: TaskStagesAddFields, is_admin: bool | NotGiven = NOT_GIVEN
    ) -> int:
        """Add a column to a workgroup's Kanban or to the user's My Plan.

        Returns the ID of the new stage.

        REST method: ``task.stages.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-add.html

        Args:
            fields: Values of the new stage.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.add(fields={"TITLE": "Kick-off call"})
            result = await client.task.stages.add(fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _TASK_STAGES_ADD, {"fields": fields, "isAdmin": is_admin}
            ),
        )

    def canmovetask(self, *, entity_id: int, entity_type: str) -> bool:
        """Check whether the current user may move tasks between the columns of a board.

        For "U" (My Plan) the answer is true only for the current user's own ID.

        REST method: ``task.stages.canmovetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-can-move-task.html

        Args:
            entity_id: ID of the workgroup or user. Wire name: ``entityId``.
            entity_type: \"U" for a user (My Plan) or "G" for a workgroup. Wire name: ``entityType``.

        Returns:
            bool

        Example:
            result = client.task.stages.canmovetask(entity_id=1, entity_type="CRM_DEAL")
            result = await client.task.stages.canmovetask(entity_id=1, entity_type="CRM_DEAL")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_STAGES_CANMOVETASK,
                {"entityId": entity_id, "entityType": entity_type},
            ),
        )

    def delete(self, *, id: int, is_admin: bool | NotGiven = NOT_GIVEN) -> bool:
        """Remove a column from a Kanban board or My Plan.

        REST method: ``task.stages.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-delete.html

        Args:
            id: ID of the stage.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.delete(id=1)
            result = await client.task.stages.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_TASK_STAGES_DELETE, {"id": id, "isAdmin": is_admin}),
        )

    def get(
        self, *, entity_id: int, is_admin: bool | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Read the columns of a workgroup's Kanban or of the user's My Plan.

        The result is keyed by stage ID.

        REST method: ``task.stages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-get.html

        Args:
            entity_id: ID of the workgroup for its Kanban, or 0 for the current user's My Plan. Wire name: ``entityId``.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.get(entity_id=1)
            result = await client.task.stages.get(entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _TASK_STAGES_GET, {"entityId": entity_id, "isAdmin": is_admin}
            ),
        )

    def movetask(
        self,
        *,
        id: int,
        stage_id: int,
        before: int | NotGiven = NOT_GIVEN,
        after: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a task to another Kanban or My Plan column, optionally next to a given task.

        REST method: ``task.stages.movetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-move-task.html

        Args:
            id: ID of the task.
            stage_id: ID of the target stage. Wire name: ``stageId``.
            before: ID of the task to place it before.
            after: ID of the task to place it after.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.task.stages.movetask(id=1, stage_id=1)
            result = await client.task.stages.movetask(id=1, stage_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_STAGES_MOVETASK,
                {"id": id, "stageId": stage_id, "before": before, "after": after},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: TaskStagesUpdateFields,
        is_admin: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename, recolour or move a Kanban or My Plan column.

        REST method: ``task.stages.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-update.html

        Args:
            id: ID of the stage.
            fields: Stage fields to change.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.update(id=1, fields={"TITLE": "Kick-off call", "COLOR": "#1e90ff"})
            result = await client.task.stages.update(id=1, fields={"TITLE": "Kick-off call", "COLOR": "#1e90ff"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_STAGES_UPDATE, {"id": id, "fields": fields, "isAdmin": is_admin}
            ),
        )


class AsyncTaskStages(Namespace):
    """Methods under ``task.stages`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: TaskStagesAddFields, is_admin: bool | NotGiven = NOT_GIVEN
    ) -> int:
        """Add a column to a workgroup's Kanban or to the user's My Plan.

        Returns the ID of the new stage.

        REST method: ``task.stages.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-add.html

        Args:
            fields: Values of the new stage.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.add(fields={"TITLE": "Kick-off call"})
            result = await client.task.stages.add(fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _TASK_STAGES_ADD, {"fields": fields, "isAdmin": is_admin}
            ),
        )

    async def canmovetask(self, *, entity_id: int, entity_type: str) -> bool:
        """Check whether the current user may move tasks between the columns of a board.

        For "U" (My Plan) the answer is true only for the current user's own ID.

        REST method: ``task.stages.canmovetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-can-move-task.html

        Args:
            entity_id: ID of the workgroup or user. Wire name: ``entityId``.
            entity_type: \"U" for a user (My Plan) or "G" for a workgroup. Wire name: ``entityType``.

        Returns:
            bool

        Example:
            result = client.task.stages.canmovetask(entity_id=1, entity_type="CRM_DEAL")
            result = await client.task.stages.canmovetask(entity_id=1, entity_type="CRM_DEAL")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_STAGES_CANMOVETASK,
                {"entityId": entity_id, "entityType": entity_type},
            ),
        )

    async def delete(self, *, id: int, is_admin: bool | NotGiven = NOT_GIVEN) -> bool:
        """Remove a column from a Kanban board or My Plan.

        REST method: ``task.stages.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-delete.html

        Args:
            id: ID of the stage.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.delete(id=1)
            result = await client.task.stages.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_STAGES_DELETE, {"id": id, "isAdmin": is_admin}
            ),
        )

    async def get(
        self, *, entity_id: int, is_admin: bool | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Read the columns of a workgroup's Kanban or of the user's My Plan.

        The result is keyed by stage ID.

        REST method: ``task.stages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-get.html

        Args:
            entity_id: ID of the workgroup for its Kanban, or 0 for the current user's My Plan. Wire name: ``entityId``.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.get(entity_id=1)
            result = await client.task.stages.get(entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _TASK_STAGES_GET, {"entityId": entity_id, "isAdmin": is_admin}
            ),
        )

    async def movetask(
        self,
        *,
        id: int,
        stage_id: int,
        before: int | NotGiven = NOT_GIVEN,
        after: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a task to another Kanban or My Plan column, optionally next to a given task.

        REST method: ``task.stages.movetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-move-task.html

        Args:
            id: ID of the task.
            stage_id: ID of the target stage. Wire name: ``stageId``.
            before: ID of the task to place it before.
            after: ID of the task to place it after.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.task.stages.movetask(id=1, stage_id=1)
            result = await client.task.stages.movetask(id=1, stage_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_STAGES_MOVETASK,
                {"id": id, "stageId": stage_id, "before": before, "after": after},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: TaskStagesUpdateFields,
        is_admin: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename, recolour or move a Kanban or My Plan column.

        REST method: ``task.stages.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-update.html

        Args:
            id: ID of the stage.
            fields: Stage fields to change.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.task.stages.update(id=1, fields={"TITLE": "Kick-off call", "COLOR": "#1e90ff"})
            result = await client.task.stages.update(id=1, fields={"TITLE": "Kick-off call", "COLOR": "#1e90ff"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_STAGES_UPDATE, {"id": id, "fields": fields, "isAdmin": is_admin}
            ),
        )


class BatchTaskStages(Namespace):
    """Methods under ``task.stages`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        fields: TaskStagesAddFields | Ref,
        is_admin: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a column to a workgroup's Kanban or to the user's My Plan.

        Returns the ID of the new stage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-add.html

        Args:
            fields: Values of the new stage.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.task.stages.add(fields={"TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _TASK_STAGES_ADD, {"fields": fields, "isAdmin": is_admin}
            ),
        )

    def canmovetask(
        self, *, entity_id: int | Ref, entity_type: str | Ref
    ) -> BatchCommand[bool]:
        """Check whether the current user may move tasks between the columns of a board.

        For "U" (My Plan) the answer is true only for the current user's own ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.canmovetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-can-move-task.html

        Args:
            entity_id: ID of the workgroup or user. Wire name: ``entityId``.
            entity_type: \"U" for a user (My Plan) or "G" for a workgroup. Wire name: ``entityType``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.stages.canmovetask(entity_id=1, entity_type="CRM_DEAL")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_STAGES_CANMOVETASK,
                {"entityId": entity_id, "entityType": entity_type},
            ),
        )

    def delete(
        self, *, id: int | Ref, is_admin: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Remove a column from a Kanban board or My Plan.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-delete.html

        Args:
            id: ID of the stage.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.task.stages.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASK_STAGES_DELETE, {"id": id, "isAdmin": is_admin}),
        )

    def get(
        self, *, entity_id: int | Ref, is_admin: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[dict[str, Any]]:
        """Read the columns of a workgroup's Kanban or of the user's My Plan.

        The result is keyed by stage ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-get.html

        Args:
            entity_id: ID of the workgroup for its Kanban, or 0 for the current user's My Plan. Wire name: ``entityId``.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            BatchCommand[dict[str, Any]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.task.stages.get(entity_id=1)
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _TASK_STAGES_GET, {"entityId": entity_id, "isAdmin": is_admin}
            ),
        )

    def movetask(
        self,
        *,
        id: int | Ref,
        stage_id: int | Ref,
        before: int | Ref | NotGiven = NOT_GIVEN,
        after: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Move a task to another Kanban or My Plan column, optionally next to a given task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.movetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-move-task.html

        Args:
            id: ID of the task.
            stage_id: ID of the target stage. Wire name: ``stageId``.
            before: ID of the task to place it before.
            after: ID of the task to place it after.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.task.stages.movetask(id=1, stage_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_STAGES_MOVETASK,
                {"id": id, "stageId": stage_id, "before": before, "after": after},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: TaskStagesUpdateFields | Ref,
        is_admin: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Rename, recolour or move a Kanban or My Plan column.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-update.html

        Args:
            id: ID of the stage.
            fields: Stage fields to change.
            is_admin: true skips the rights check when the caller is a portal administrator. Wire name: ``isAdmin``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.task.stages.update(id=1, fields={"TITLE": "Kick-off call", "COLOR": "#1e90ff"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_STAGES_UPDATE, {"id": id, "fields": fields, "isAdmin": is_admin}
            ),
        )
