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
        """Add task stages.

        REST method: ``task.stages.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-add.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Call canmovetask on task stages.

        REST method: ``task.stages.canmovetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-can-move-task.html

        Args:
            entity_id: Wire name: ``entityId``.
            entity_type: Wire name: ``entityType``.

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
        """Delete task stages.

        REST method: ``task.stages.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-delete.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Get task stages.

        REST method: ``task.stages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-get.html

        Args:
            entity_id: Wire name: ``entityId``.
            is_admin: Wire name: ``isAdmin``.

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
        """Move task of task stages.

        REST method: ``task.stages.movetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-move-task.html

        Args:
            stage_id: Wire name: ``stageId``.

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
        """Update task stages.

        REST method: ``task.stages.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-update.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Add task stages.

        REST method: ``task.stages.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-add.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Call canmovetask on task stages.

        REST method: ``task.stages.canmovetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-can-move-task.html

        Args:
            entity_id: Wire name: ``entityId``.
            entity_type: Wire name: ``entityType``.

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
        """Delete task stages.

        REST method: ``task.stages.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-delete.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Get task stages.

        REST method: ``task.stages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-get.html

        Args:
            entity_id: Wire name: ``entityId``.
            is_admin: Wire name: ``isAdmin``.

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
        """Move task of task stages.

        REST method: ``task.stages.movetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-move-task.html

        Args:
            stage_id: Wire name: ``stageId``.

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
        """Update task stages.

        REST method: ``task.stages.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-update.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Add task stages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-add.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Call canmovetask on task stages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.canmovetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-can-move-task.html

        Args:
            entity_id: Wire name: ``entityId``.
            entity_type: Wire name: ``entityType``.

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
        """Delete task stages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-delete.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
        """Get task stages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-get.html

        Args:
            entity_id: Wire name: ``entityId``.
            is_admin: Wire name: ``isAdmin``.

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
        """Move task of task stages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.movetask``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-move-task.html

        Args:
            stage_id: Wire name: ``stageId``.

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
        """Update task stages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.stages.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/stages/task-stages-update.html

        Args:
            is_admin: Wire name: ``isAdmin``.

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
