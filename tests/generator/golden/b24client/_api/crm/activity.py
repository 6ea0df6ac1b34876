"""Methods under ``crm.activity``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

_CRM_ACTIVITY_TODO_UPDATE_DEADLINE = MethodInfo(
    name="crm.activity.todo.updateDeadline", idempotent=False, returns="any", api=3
)


class CrmActivity(Namespace):
    """Methods under ``crm.activity``."""

    __slots__ = ()

    @property
    def todo(self) -> CrmActivityTodo:
        """Methods under ``crm.activity.todo``."""
        return CrmActivityTodo(self._backend)


class AsyncCrmActivity(Namespace):
    """Methods under ``crm.activity`` (async)."""

    __slots__ = ()

    @property
    def todo(self) -> AsyncCrmActivityTodo:
        """Methods under ``crm.activity.todo``."""
        return AsyncCrmActivityTodo(self._backend)


class BatchCrmActivity(Namespace):
    """Methods under ``crm.activity`` (queued into a batch)."""

    __slots__ = ()

    @property
    def todo(self) -> BatchCrmActivityTodo:
        """Methods under ``crm.activity.todo``."""
        return BatchCrmActivityTodo(self._backend)


class CrmActivityTodo(Namespace):
    """Methods under ``crm.activity.todo``."""

    __slots__ = ()

    def update_deadline(
        self,
        *,
        id: int,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime.datetime | str,
        from_: datetime.date | str | NotGiven = NOT_GIVEN,
        notify: bool | NotGiven = NOT_GIVEN,
        tag_list: Sequence[int] | str | NotGiven = NOT_GIVEN,
    ) -> int | bool:
        """Move the deadline of a to-do activity.

        REST method: ``crm.activity.todo.updateDeadline``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the activity.
            owner_type_id: Type of the owning CRM object. Wire name: ``ownerTypeId``.
            owner_id: Wire name: ``ownerId``.
            deadline: The new deadline.
            from_: Only when the current deadline is after this day. Wire name: ``from``.
            notify: Tell the responsible person.
            tag_list: Wire name: ``tags``.
        """
        return cast(
            "int | bool",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "from": from_,
                    "notify": yes_no(notify),
                    "tags": tag_list,
                },
            ),
        )


class AsyncCrmActivityTodo(Namespace):
    """Methods under ``crm.activity.todo`` (async)."""

    __slots__ = ()

    async def update_deadline(
        self,
        *,
        id: int,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime.datetime | str,
        from_: datetime.date | str | NotGiven = NOT_GIVEN,
        notify: bool | NotGiven = NOT_GIVEN,
        tag_list: Sequence[int] | str | NotGiven = NOT_GIVEN,
    ) -> int | bool:
        """Move the deadline of a to-do activity.

        REST method: ``crm.activity.todo.updateDeadline``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the activity.
            owner_type_id: Type of the owning CRM object. Wire name: ``ownerTypeId``.
            owner_id: Wire name: ``ownerId``.
            deadline: The new deadline.
            from_: Only when the current deadline is after this day. Wire name: ``from``.
            notify: Tell the responsible person.
            tag_list: Wire name: ``tags``.
        """
        return cast(
            "int | bool",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "from": from_,
                    "notify": yes_no(notify),
                    "tags": tag_list,
                },
            ),
        )


class BatchCrmActivityTodo(Namespace):
    """Methods under ``crm.activity.todo`` (queued into a batch)."""

    __slots__ = ()

    def update_deadline(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        deadline: datetime.datetime | str | Ref,
        from_: datetime.date | str | Ref | NotGiven = NOT_GIVEN,
        notify: bool | Ref | NotGiven = NOT_GIVEN,
        tag_list: Sequence[int] | str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int | bool]:
        """Move the deadline of a to-do activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.updateDeadline``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the activity.
            owner_type_id: Type of the owning CRM object. Wire name: ``ownerTypeId``.
            owner_id: Wire name: ``ownerId``.
            deadline: The new deadline.
            from_: Only when the current deadline is after this day. Wire name: ``from``.
            notify: Tell the responsible person.
            tag_list: Wire name: ``tags``.
        """
        return cast(
            "BatchCommand[int | bool]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "from": from_,
                    "notify": yes_no(notify),
                    "tags": tag_list,
                },
            ),
        )
