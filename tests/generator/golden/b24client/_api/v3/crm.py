"""REST 3.0 methods under ``crm``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

_V3_CRM_ACTIVITY_TODO_UPDATE_DEADLINE = MethodInfo(
    name="crm.activity.todo.updateDeadline", idempotent=False, returns="any", api=3
)


class V3Crm(Namespace):
    """REST 3.0 methods under ``crm``."""

    __slots__ = ()

    @property
    def activity(self) -> V3CrmActivity:
        """REST 3.0 methods under ``crm.activity``."""
        return V3CrmActivity(self._backend)


class AsyncV3Crm(Namespace):
    """REST 3.0 methods under ``crm`` (async)."""

    __slots__ = ()

    @property
    def activity(self) -> AsyncV3CrmActivity:
        """REST 3.0 methods under ``crm.activity``."""
        return AsyncV3CrmActivity(self._backend)


class V3CrmActivity(Namespace):
    """REST 3.0 methods under ``crm.activity``."""

    __slots__ = ()

    @property
    def todo(self) -> V3CrmActivityTodo:
        """REST 3.0 methods under ``crm.activity.todo``."""
        return V3CrmActivityTodo(self._backend)


class AsyncV3CrmActivity(Namespace):
    """REST 3.0 methods under ``crm.activity`` (async)."""

    __slots__ = ()

    @property
    def todo(self) -> AsyncV3CrmActivityTodo:
        """REST 3.0 methods under ``crm.activity.todo``."""
        return AsyncV3CrmActivityTodo(self._backend)


class V3CrmActivityTodo(Namespace):
    """REST 3.0 methods under ``crm.activity.todo``."""

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

        REST method: ``crm.activity.todo.updateDeadline`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the activity.
            owner_type_id: Type of the owning CRM object. Wire name: ``ownerTypeId``.
            owner_id: Wire name: ``ownerId``.
            deadline: The new deadline.
            from_: Only when the current deadline is after this day. Wire name: ``from``.
            notify: Tell the responsible person.
            tag_list: Wire name: ``tags``.

        Returns:
            int | bool

        Example:
            result = client.v3.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
            result = await client.v3.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "int | bool",
            self._backend._invoke(
                _V3_CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
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


class AsyncV3CrmActivityTodo(Namespace):
    """REST 3.0 methods under ``crm.activity.todo`` (async)."""

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

        REST method: ``crm.activity.todo.updateDeadline`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the activity.
            owner_type_id: Type of the owning CRM object. Wire name: ``ownerTypeId``.
            owner_id: Wire name: ``ownerId``.
            deadline: The new deadline.
            from_: Only when the current deadline is after this day. Wire name: ``from``.
            notify: Tell the responsible person.
            tag_list: Wire name: ``tags``.

        Returns:
            int | bool

        Example:
            result = client.v3.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
            result = await client.v3.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "int | bool",
            await self._backend._invoke(
                _V3_CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
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
