"""REST 3.0 methods under ``tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import (
        V3TasksTask as _V3TasksTask,
        V3TasksTaskAccess as _V3TasksTaskAccess,
        V3TasksTaskAccessField as _V3TasksTaskAccessField,
        V3TasksTaskAddFields,
        V3TasksTaskAddResult,
        V3TasksTaskChatMessageField as _V3TasksTaskChatMessageField,
        V3TasksTaskChatMessageSendFields,
        V3TasksTaskField as _V3TasksTaskField,
        V3TasksTaskFileField as _V3TasksTaskFileField,
        V3TasksTaskResult as _V3TasksTaskResult,
        V3TasksTaskResultAddFields,
        V3TasksTaskResultAddResult,
        V3TasksTaskResultAddfromchatmessageFields,
        V3TasksTaskResultAddfromchatmessageResult,
        V3TasksTaskResultUpdateFields,
        V3TasksTaskResultUpdateResult,
    )

_V3_TASKS_TASK_ADD = MethodInfo(
    name="tasks.task.add", idempotent=False, returns="any", api=3
)
_V3_TASKS_TASK_DELETE = MethodInfo(
    name="tasks.task.delete", idempotent=False, returns="boolean", api=3
)
_V3_TASKS_TASK_GET = MethodInfo(
    name="tasks.task.get", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_LIST = MethodInfo(
    name="tasks.task.list", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_UPDATE = MethodInfo(
    name="tasks.task.update", idempotent=False, returns="boolean", api=3
)
_V3_TASKS_TASK_ACCESS_GET = MethodInfo(
    name="tasks.task.access.get", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_ACCESS_FIELD_GET = MethodInfo(
    name="tasks.task.access.field.get", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_ACCESS_FIELD_LIST = MethodInfo(
    name="tasks.task.access.field.list", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_CHAT_MESSAGE_SEND = MethodInfo(
    name="tasks.task.chat.message.send", idempotent=False, returns="boolean", api=3
)
_V3_TASKS_TASK_CHAT_MESSAGE_FIELD_GET = MethodInfo(
    name="tasks.task.chat.message.field.get", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_CHAT_MESSAGE_FIELD_LIST = MethodInfo(
    name="tasks.task.chat.message.field.list", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_FIELD_GET = MethodInfo(
    name="tasks.task.field.get", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_FIELD_LIST = MethodInfo(
    name="tasks.task.field.list", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_FILE_ATTACH = MethodInfo(
    name="tasks.task.file.attach", idempotent=False, returns="boolean", api=3
)
_V3_TASKS_TASK_FILE_FIELD_GET = MethodInfo(
    name="tasks.task.file.field.get", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_FILE_FIELD_LIST = MethodInfo(
    name="tasks.task.file.field.list", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_RESULT_ADD = MethodInfo(
    name="tasks.task.result.add", idempotent=False, returns="any", api=3
)
_V3_TASKS_TASK_RESULT_ADDFROMCHATMESSAGE = MethodInfo(
    name="tasks.task.result.addfromchatmessage", idempotent=False, returns="any", api=3
)
_V3_TASKS_TASK_RESULT_DELETE = MethodInfo(
    name="tasks.task.result.delete", idempotent=False, returns="boolean", api=3
)
_V3_TASKS_TASK_RESULT_LIST = MethodInfo(
    name="tasks.task.result.list", idempotent=True, returns="any", api=3
)
_V3_TASKS_TASK_RESULT_UPDATE = MethodInfo(
    name="tasks.task.result.update", idempotent=False, returns="any", api=3
)


class V3Tasks(Namespace):
    """REST 3.0 methods under ``tasks``."""

    __slots__ = ()

    @property
    def task(self) -> V3TasksTask:
        """REST 3.0 methods under ``tasks.task``."""
        return V3TasksTask(self._backend)


class AsyncV3Tasks(Namespace):
    """REST 3.0 methods under ``tasks`` (async)."""

    __slots__ = ()

    @property
    def task(self) -> AsyncV3TasksTask:
        """REST 3.0 methods under ``tasks.task``."""
        return AsyncV3TasksTask(self._backend)


class V3TasksTask(Namespace):
    """REST 3.0 methods under ``tasks.task``."""

    __slots__ = ()

    @property
    def access(self) -> V3TasksTaskAccess:
        """REST 3.0 methods under ``tasks.task.access``."""
        return V3TasksTaskAccess(self._backend)

    @property
    def chat(self) -> V3TasksTaskChat:
        """REST 3.0 methods under ``tasks.task.chat``."""
        return V3TasksTaskChat(self._backend)

    @property
    def field(self) -> V3TasksTaskField:
        """REST 3.0 methods under ``tasks.task.field``."""
        return V3TasksTaskField(self._backend)

    @property
    def file(self) -> V3TasksTaskFile:
        """REST 3.0 methods under ``tasks.task.file``."""
        return V3TasksTaskFile(self._backend)

    @property
    def result(self) -> V3TasksTaskResult:
        """REST 3.0 methods under ``tasks.task.result``."""
        return V3TasksTaskResult(self._backend)

    def add(self, *, fields: V3TasksTaskAddFields) -> V3TasksTaskAddResult:
        """Create a task with a title, creator and assignee, and return the full task.

        Which fields a user may set depends on their role in the task, group settings and the company hierarchy.

        REST method: ``tasks.task.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-add-rest-v3.html

        Args:
            fields: Task fields; title, creatorId and responsibleId are required. Any task field can be set here.

        Returns:
            V3TasksTaskAddResult

        Example:
            result = client.v3.tasks.task.add(fields={"title": "Kick-off call", "creatorId": 1, "responsibleId": 1})
            result = await client.v3.tasks.task.add(fields={"title": "Kick-off call", "creatorId": 1, "responsibleId": 1})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskAddResult",
            self._backend._invoke(_V3_TASKS_TASK_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a task from the portal by its ID.

        Requires the right to delete the task; check it with tasks.task.access.get.

        REST method: ``tasks.task.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delete-rest-v3.html

        Args:
            id: ID of the task.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.delete(id=1)
            result = await client.v3.tasks.task.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_V3_TASKS_TASK_DELETE, {"id": id}))

    def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTask:
        """Get a task by ID, optionally with related objects such as the assignee or group.

        Admins see every task, supervisors their employees' tasks, others only tasks available to them.

        REST method: ``tasks.task.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html

        Args:
            id: ID of the task.
            select: Fields to return; nested paths such as "responsible.name" add related objects. By default the basic fields without related objects.

        Returns:
            V3TasksTask

        Example:
            result = client.v3.tasks.task.get(id=1)
            result = await client.v3.tasks.task.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTask",
            self._backend._invoke(_V3_TASKS_TASK_GET, {"id": id, "select": select}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: Sequence[Sequence[Any]] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TasksTask]:
        """List tasks the user can see, with field selection, sort and paging.

        Admins see every task, supervisors their employees' tasks, others only tasks available to them.

        REST method: ``tasks.task.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list-rest-v3.html

        Args:
            select: Task fields to return; only id by default.
            filter: Conditions as ["field", "operator", value] or ["field", value]; only id is supported for tasks.
            order: Sort order as {"field": "ASC"|"DESC"} over fields such as id, title, created, deadline, priority, status, changed; default id ascending.
            pagination: Paging: page, limit (default 50, at most 1000) and offset.

        Returns:
            list[V3TasksTask]

        Example:
            result = client.v3.tasks.task.list()
            result = await client.v3.tasks.task.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTask]",
            self._backend._invoke(
                _V3_TASKS_TASK_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "pagination": pagination,
                },
            ),
        )

    def update(self, *, id: int, fields: dict[str, Any]) -> bool:
        """Change fields of an existing task.

        Allowed to the task creator or users who may edit the task.

        REST method: ``tasks.task.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update-rest-v3.html

        Args:
            id: ID of the task.
            fields: Task field values to change.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.update(id=1, fields={})
            result = await client.v3.tasks.task.update(id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_V3_TASKS_TASK_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncV3TasksTask(Namespace):
    """REST 3.0 methods under ``tasks.task`` (async)."""

    __slots__ = ()

    @property
    def access(self) -> AsyncV3TasksTaskAccess:
        """REST 3.0 methods under ``tasks.task.access``."""
        return AsyncV3TasksTaskAccess(self._backend)

    @property
    def chat(self) -> AsyncV3TasksTaskChat:
        """REST 3.0 methods under ``tasks.task.chat``."""
        return AsyncV3TasksTaskChat(self._backend)

    @property
    def field(self) -> AsyncV3TasksTaskField:
        """REST 3.0 methods under ``tasks.task.field``."""
        return AsyncV3TasksTaskField(self._backend)

    @property
    def file(self) -> AsyncV3TasksTaskFile:
        """REST 3.0 methods under ``tasks.task.file``."""
        return AsyncV3TasksTaskFile(self._backend)

    @property
    def result(self) -> AsyncV3TasksTaskResult:
        """REST 3.0 methods under ``tasks.task.result``."""
        return AsyncV3TasksTaskResult(self._backend)

    async def add(self, *, fields: V3TasksTaskAddFields) -> V3TasksTaskAddResult:
        """Create a task with a title, creator and assignee, and return the full task.

        Which fields a user may set depends on their role in the task, group settings and the company hierarchy.

        REST method: ``tasks.task.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-add-rest-v3.html

        Args:
            fields: Task fields; title, creatorId and responsibleId are required. Any task field can be set here.

        Returns:
            V3TasksTaskAddResult

        Example:
            result = client.v3.tasks.task.add(fields={"title": "Kick-off call", "creatorId": 1, "responsibleId": 1})
            result = await client.v3.tasks.task.add(fields={"title": "Kick-off call", "creatorId": 1, "responsibleId": 1})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskAddResult",
            await self._backend._invoke(_V3_TASKS_TASK_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a task from the portal by its ID.

        Requires the right to delete the task; check it with tasks.task.access.get.

        REST method: ``tasks.task.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-delete-rest-v3.html

        Args:
            id: ID of the task.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.delete(id=1)
            result = await client.v3.tasks.task.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_V3_TASKS_TASK_DELETE, {"id": id})
        )

    async def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTask:
        """Get a task by ID, optionally with related objects such as the assignee or group.

        Admins see every task, supervisors their employees' tasks, others only tasks available to them.

        REST method: ``tasks.task.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html

        Args:
            id: ID of the task.
            select: Fields to return; nested paths such as "responsible.name" add related objects. By default the basic fields without related objects.

        Returns:
            V3TasksTask

        Example:
            result = client.v3.tasks.task.get(id=1)
            result = await client.v3.tasks.task.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTask",
            await self._backend._invoke(
                _V3_TASKS_TASK_GET, {"id": id, "select": select}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: Sequence[Sequence[Any]] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TasksTask]:
        """List tasks the user can see, with field selection, sort and paging.

        Admins see every task, supervisors their employees' tasks, others only tasks available to them.

        REST method: ``tasks.task.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list-rest-v3.html

        Args:
            select: Task fields to return; only id by default.
            filter: Conditions as ["field", "operator", value] or ["field", value]; only id is supported for tasks.
            order: Sort order as {"field": "ASC"|"DESC"} over fields such as id, title, created, deadline, priority, status, changed; default id ascending.
            pagination: Paging: page, limit (default 50, at most 1000) and offset.

        Returns:
            list[V3TasksTask]

        Example:
            result = client.v3.tasks.task.list()
            result = await client.v3.tasks.task.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTask]",
            await self._backend._invoke(
                _V3_TASKS_TASK_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "pagination": pagination,
                },
            ),
        )

    async def update(self, *, id: int, fields: dict[str, Any]) -> bool:
        """Change fields of an existing task.

        Allowed to the task creator or users who may edit the task.

        REST method: ``tasks.task.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-update-rest-v3.html

        Args:
            id: ID of the task.
            fields: Task field values to change.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.update(id=1, fields={})
            result = await client.v3.tasks.task.update(id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _V3_TASKS_TASK_UPDATE, {"id": id, "fields": fields}
            ),
        )


class V3TasksTaskAccess(Namespace):
    """REST 3.0 methods under ``tasks.task.access``."""

    __slots__ = ()

    @property
    def field(self) -> V3TasksTaskAccessField:
        """REST 3.0 methods under ``tasks.task.access.field``."""
        return V3TasksTaskAccessField(self._backend)

    def get(self, *, id: int) -> _V3TasksTaskAccess:
        """Check which actions (edit, complete, delegate and more) the current user may take on a task.

        REST method: ``tasks.task.access.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-get.html

        Args:
            id: ID of the task.

        Returns:
            V3TasksTaskAccess

        Example:
            result = client.v3.tasks.task.access.get(id=1)
            result = await client.v3.tasks.task.access.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskAccess",
            self._backend._invoke(_V3_TASKS_TASK_ACCESS_GET, {"id": id}),
        )


class AsyncV3TasksTaskAccess(Namespace):
    """REST 3.0 methods under ``tasks.task.access`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3TasksTaskAccessField:
        """REST 3.0 methods under ``tasks.task.access.field``."""
        return AsyncV3TasksTaskAccessField(self._backend)

    async def get(self, *, id: int) -> _V3TasksTaskAccess:
        """Check which actions (edit, complete, delegate and more) the current user may take on a task.

        REST method: ``tasks.task.access.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-get.html

        Args:
            id: ID of the task.

        Returns:
            V3TasksTaskAccess

        Example:
            result = client.v3.tasks.task.access.get(id=1)
            result = await client.v3.tasks.task.access.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskAccess",
            await self._backend._invoke(_V3_TASKS_TASK_ACCESS_GET, {"id": id}),
        )


class V3TasksTaskAccessField(Namespace):
    """REST 3.0 methods under ``tasks.task.access.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskAccessField:
        """Describe one task access right field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.access.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-field-get.html

        Args:
            name: Name of the field to describe, such as "edit" or "remove".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskAccessField

        Example:
            result = client.v3.tasks.task.access.field.get(name="Anna")
            result = await client.v3.tasks.task.access.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskAccessField",
            self._backend._invoke(
                _V3_TASKS_TASK_ACCESS_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TasksTaskAccessField]:
        """List the task access-right fields with their types and captions.

        REST method: ``tasks.task.access.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".
            start: Offset of the first record, for paging.

        Returns:
            list[V3TasksTaskAccessField]

        Example:
            result = client.v3.tasks.task.access.field.list()
            result = await client.v3.tasks.task.access.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskAccessField]",
            self._backend._invoke(
                _V3_TASKS_TASK_ACCESS_FIELD_LIST, {"select": select, "start": start}
            ),
        )


class AsyncV3TasksTaskAccessField(Namespace):
    """REST 3.0 methods under ``tasks.task.access.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskAccessField:
        """Describe one task access right field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.access.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-field-get.html

        Args:
            name: Name of the field to describe, such as "edit" or "remove".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskAccessField

        Example:
            result = client.v3.tasks.task.access.field.get(name="Anna")
            result = await client.v3.tasks.task.access.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskAccessField",
            await self._backend._invoke(
                _V3_TASKS_TASK_ACCESS_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TasksTaskAccessField]:
        """List the task access-right fields with their types and captions.

        REST method: ``tasks.task.access.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".
            start: Offset of the first record, for paging.

        Returns:
            list[V3TasksTaskAccessField]

        Example:
            result = client.v3.tasks.task.access.field.list()
            result = await client.v3.tasks.task.access.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskAccessField]",
            await self._backend._invoke(
                _V3_TASKS_TASK_ACCESS_FIELD_LIST, {"select": select, "start": start}
            ),
        )


class V3TasksTaskChat(Namespace):
    """REST 3.0 methods under ``tasks.task.chat``."""

    __slots__ = ()

    @property
    def message(self) -> V3TasksTaskChatMessage:
        """REST 3.0 methods under ``tasks.task.chat.message``."""
        return V3TasksTaskChatMessage(self._backend)


class AsyncV3TasksTaskChat(Namespace):
    """REST 3.0 methods under ``tasks.task.chat`` (async)."""

    __slots__ = ()

    @property
    def message(self) -> AsyncV3TasksTaskChatMessage:
        """REST 3.0 methods under ``tasks.task.chat.message``."""
        return AsyncV3TasksTaskChatMessage(self._backend)


class V3TasksTaskChatMessage(Namespace):
    """REST 3.0 methods under ``tasks.task.chat.message``."""

    __slots__ = ()

    @property
    def field(self) -> V3TasksTaskChatMessageField:
        """REST 3.0 methods under ``tasks.task.chat.message.field``."""
        return V3TasksTaskChatMessageField(self._backend)

    def send(self, *, fields: V3TasksTaskChatMessageSendFields) -> bool:
        """Post a message to a task's chat.

        Requires at least read access to the task.

        REST method: ``tasks.task.chat.message.send`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-send.html

        Args:
            fields: Message data.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.chat.message.send(fields={"taskId": 1, "text": "Please call back after 3 pm."})
            result = await client.v3.tasks.task.chat.message.send(fields={"taskId": 1, "text": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_V3_TASKS_TASK_CHAT_MESSAGE_SEND, {"fields": fields}),
        )


class AsyncV3TasksTaskChatMessage(Namespace):
    """REST 3.0 methods under ``tasks.task.chat.message`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3TasksTaskChatMessageField:
        """REST 3.0 methods under ``tasks.task.chat.message.field``."""
        return AsyncV3TasksTaskChatMessageField(self._backend)

    async def send(self, *, fields: V3TasksTaskChatMessageSendFields) -> bool:
        """Post a message to a task's chat.

        Requires at least read access to the task.

        REST method: ``tasks.task.chat.message.send`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-send.html

        Args:
            fields: Message data.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.chat.message.send(fields={"taskId": 1, "text": "Please call back after 3 pm."})
            result = await client.v3.tasks.task.chat.message.send(fields={"taskId": 1, "text": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _V3_TASKS_TASK_CHAT_MESSAGE_SEND, {"fields": fields}
            ),
        )


class V3TasksTaskChatMessageField(Namespace):
    """REST 3.0 methods under ``tasks.task.chat.message.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskChatMessageField:
        """Describe one task chat message field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.chat.message.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-field-get.html

        Args:
            name: Name of the field to describe, such as "taskId" or "text".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskChatMessageField

        Example:
            result = client.v3.tasks.task.chat.message.field.get(name="Anna")
            result = await client.v3.tasks.task.chat.message.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskChatMessageField",
            self._backend._invoke(
                _V3_TASKS_TASK_CHAT_MESSAGE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TasksTaskChatMessageField]:
        """List the task chat message fields with their types, captions and filter/sort/edit flags.

        REST method: ``tasks.task.chat.message.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TasksTaskChatMessageField]

        Example:
            result = client.v3.tasks.task.chat.message.field.list()
            result = await client.v3.tasks.task.chat.message.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskChatMessageField]",
            self._backend._invoke(
                _V3_TASKS_TASK_CHAT_MESSAGE_FIELD_LIST, {"select": select}
            ),
        )


class AsyncV3TasksTaskChatMessageField(Namespace):
    """REST 3.0 methods under ``tasks.task.chat.message.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskChatMessageField:
        """Describe one task chat message field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.chat.message.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-field-get.html

        Args:
            name: Name of the field to describe, such as "taskId" or "text".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskChatMessageField

        Example:
            result = client.v3.tasks.task.chat.message.field.get(name="Anna")
            result = await client.v3.tasks.task.chat.message.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskChatMessageField",
            await self._backend._invoke(
                _V3_TASKS_TASK_CHAT_MESSAGE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TasksTaskChatMessageField]:
        """List the task chat message fields with their types, captions and filter/sort/edit flags.

        REST method: ``tasks.task.chat.message.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TasksTaskChatMessageField]

        Example:
            result = client.v3.tasks.task.chat.message.field.list()
            result = await client.v3.tasks.task.chat.message.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskChatMessageField]",
            await self._backend._invoke(
                _V3_TASKS_TASK_CHAT_MESSAGE_FIELD_LIST, {"select": select}
            ),
        )


class V3TasksTaskField(Namespace):
    """REST 3.0 methods under ``tasks.task.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskField:
        """Describe one task field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-field-get.html

        Args:
            name: Name of the field to describe, such as "deadline" or "priority".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskField

        Example:
            result = client.v3.tasks.task.field.get(name="Anna")
            result = await client.v3.tasks.task.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskField",
            self._backend._invoke(
                _V3_TASKS_TASK_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TasksTaskField]:
        """List the task fields with their types, captions and filter/sort/edit flags.

        REST method: ``tasks.task.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TasksTaskField]

        Example:
            result = client.v3.tasks.task.field.list()
            result = await client.v3.tasks.task.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskField]",
            self._backend._invoke(_V3_TASKS_TASK_FIELD_LIST, {"select": select}),
        )


class AsyncV3TasksTaskField(Namespace):
    """REST 3.0 methods under ``tasks.task.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskField:
        """Describe one task field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-field-get.html

        Args:
            name: Name of the field to describe, such as "deadline" or "priority".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskField

        Example:
            result = client.v3.tasks.task.field.get(name="Anna")
            result = await client.v3.tasks.task.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskField",
            await self._backend._invoke(
                _V3_TASKS_TASK_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TasksTaskField]:
        """List the task fields with their types, captions and filter/sort/edit flags.

        REST method: ``tasks.task.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TasksTaskField]

        Example:
            result = client.v3.tasks.task.field.list()
            result = await client.v3.tasks.task.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskField]",
            await self._backend._invoke(_V3_TASKS_TASK_FIELD_LIST, {"select": select}),
        )


class V3TasksTaskFile(Namespace):
    """REST 3.0 methods under ``tasks.task.file``."""

    __slots__ = ()

    @property
    def field(self) -> V3TasksTaskFileField:
        """REST 3.0 methods under ``tasks.task.file.field``."""
        return V3TasksTaskFileField(self._backend)

    def attach(self, *, task_id: int, file_ids: Sequence[int]) -> bool:
        """Attach Drive files to a task.

        Allowed to the task creator or users who may edit the task; the caller needs read access to the files.

        REST method: ``tasks.task.file.attach`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-attach.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            file_ids: IDs of Drive files, from disk.*.uploadfile or disk.*.getchildren. Wire name: ``fileIds``.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.file.attach(task_id=1, file_ids=[1])
            result = await client.v3.tasks.task.file.attach(task_id=1, file_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _V3_TASKS_TASK_FILE_ATTACH, {"taskId": task_id, "fileIds": file_ids}
            ),
        )


class AsyncV3TasksTaskFile(Namespace):
    """REST 3.0 methods under ``tasks.task.file`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3TasksTaskFileField:
        """REST 3.0 methods under ``tasks.task.file.field``."""
        return AsyncV3TasksTaskFileField(self._backend)

    async def attach(self, *, task_id: int, file_ids: Sequence[int]) -> bool:
        """Attach Drive files to a task.

        Allowed to the task creator or users who may edit the task; the caller needs read access to the files.

        REST method: ``tasks.task.file.attach`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-attach.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            file_ids: IDs of Drive files, from disk.*.uploadfile or disk.*.getchildren. Wire name: ``fileIds``.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.file.attach(task_id=1, file_ids=[1])
            result = await client.v3.tasks.task.file.attach(task_id=1, file_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _V3_TASKS_TASK_FILE_ATTACH, {"taskId": task_id, "fileIds": file_ids}
            ),
        )


class V3TasksTaskFileField(Namespace):
    """REST 3.0 methods under ``tasks.task.file.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskFileField:
        """Describe one task file field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.file.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-field-get.html

        Args:
            name: Name of the field to describe, such as "fileIds".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskFileField

        Example:
            result = client.v3.tasks.task.file.field.get(name="Anna")
            result = await client.v3.tasks.task.file.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskFileField",
            self._backend._invoke(
                _V3_TASKS_TASK_FILE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TasksTaskFileField]:
        """List the task file fields with their types, captions and filter/sort/edit flags.

        REST method: ``tasks.task.file.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TasksTaskFileField]

        Example:
            result = client.v3.tasks.task.file.field.list()
            result = await client.v3.tasks.task.file.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskFileField]",
            self._backend._invoke(_V3_TASKS_TASK_FILE_FIELD_LIST, {"select": select}),
        )


class AsyncV3TasksTaskFileField(Namespace):
    """REST 3.0 methods under ``tasks.task.file.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TasksTaskFileField:
        """Describe one task file field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``tasks.task.file.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-field-get.html

        Args:
            name: Name of the field to describe, such as "fileIds".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TasksTaskFileField

        Example:
            result = client.v3.tasks.task.file.field.get(name="Anna")
            result = await client.v3.tasks.task.file.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TasksTaskFileField",
            await self._backend._invoke(
                _V3_TASKS_TASK_FILE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TasksTaskFileField]:
        """List the task file fields with their types, captions and filter/sort/edit flags.

        REST method: ``tasks.task.file.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TasksTaskFileField]

        Example:
            result = client.v3.tasks.task.file.field.list()
            result = await client.v3.tasks.task.file.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskFileField]",
            await self._backend._invoke(
                _V3_TASKS_TASK_FILE_FIELD_LIST, {"select": select}
            ),
        )


class V3TasksTaskResult(Namespace):
    """REST 3.0 methods under ``tasks.task.result``."""

    __slots__ = ()

    def add(self, *, fields: V3TasksTaskResultAddFields) -> V3TasksTaskResultAddResult:
        """Record a result (outcome report) on a task.

        Requires access to the task.

        REST method: ``tasks.task.result.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-add.html

        Args:
            fields: Result data.

        Returns:
            V3TasksTaskResultAddResult

        Example:
            result = client.v3.tasks.task.result.add(fields={"taskId": 1, "text": "Please call back after 3 pm."})
            result = await client.v3.tasks.task.result.add(fields={"taskId": 1, "text": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskResultAddResult",
            self._backend._invoke(_V3_TASKS_TASK_RESULT_ADD, {"fields": fields}),
        )

    def addfromchatmessage(
        self, *, fields: V3TasksTaskResultAddfromchatmessageFields
    ) -> V3TasksTaskResultAddfromchatmessageResult:
        """Turn a task chat message into a task result.

        Requires access to the task.

        REST method: ``tasks.task.result.addfromchatmessage`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-addfromchatmessage.html

        Args:
            fields: Source message.

        Returns:
            V3TasksTaskResultAddfromchatmessageResult

        Example:
            result = client.v3.tasks.task.result.addfromchatmessage(fields={"messageId": 1})
            result = await client.v3.tasks.task.result.addfromchatmessage(fields={"messageId": 1})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskResultAddfromchatmessageResult",
            self._backend._invoke(
                _V3_TASKS_TASK_RESULT_ADDFROMCHATMESSAGE, {"fields": fields}
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove an outcome report you recorded on a task.

        Allowed to the result author.

        REST method: ``tasks.task.result.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-delete.html

        Args:
            id: ID of the result.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.result.delete(id=1)
            result = await client.v3.tasks.task.result.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_V3_TASKS_TASK_RESULT_DELETE, {"id": id})
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: Sequence[Sequence[Any]],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TasksTaskResult]:
        """List the outcome reports recorded on a task, with filter and sort.

        Requires access to the task.

        REST method: ``tasks.task.result.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list-rest-v3.html

        Args:
            order: Sort as {"field": "ASC"|"DESC"} over id, authorId, createdAt, updatedAt, status or messageId.
            filter: Conditions such as ["taskId", 51] or ["id", ">=", 17]; a taskId condition is required. Operators =, >, <, <=, >=, !=, in, between.
            select: Result fields to return, such as id, text, authorId, author, status, fileIds, rights.
            pagination: Paging: page, limit and offset.

        Returns:
            list[V3TasksTaskResult]

        Example:
            result = client.v3.tasks.task.result.list(filter=[["value"]])
            result = await client.v3.tasks.task.result.list(filter=[["value"]])  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskResult]",
            self._backend._invoke(
                _V3_TASKS_TASK_RESULT_LIST,
                {
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "pagination": pagination,
                },
            ),
        )

    def update(
        self, *, id: int, fields: V3TasksTaskResultUpdateFields
    ) -> V3TasksTaskResultUpdateResult:
        """Change the text of a task result.

        Allowed to the result author.

        REST method: ``tasks.task.result.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-update.html

        Args:
            id: ID of the result.
            fields: Fields to change.

        Returns:
            V3TasksTaskResultUpdateResult

        Example:
            result = client.v3.tasks.task.result.update(id=1, fields={"text": "Please call back after 3 pm."})
            result = await client.v3.tasks.task.result.update(id=1, fields={"text": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskResultUpdateResult",
            self._backend._invoke(
                _V3_TASKS_TASK_RESULT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncV3TasksTaskResult(Namespace):
    """REST 3.0 methods under ``tasks.task.result`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: V3TasksTaskResultAddFields
    ) -> V3TasksTaskResultAddResult:
        """Record a result (outcome report) on a task.

        Requires access to the task.

        REST method: ``tasks.task.result.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-add.html

        Args:
            fields: Result data.

        Returns:
            V3TasksTaskResultAddResult

        Example:
            result = client.v3.tasks.task.result.add(fields={"taskId": 1, "text": "Please call back after 3 pm."})
            result = await client.v3.tasks.task.result.add(fields={"taskId": 1, "text": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskResultAddResult",
            await self._backend._invoke(_V3_TASKS_TASK_RESULT_ADD, {"fields": fields}),
        )

    async def addfromchatmessage(
        self, *, fields: V3TasksTaskResultAddfromchatmessageFields
    ) -> V3TasksTaskResultAddfromchatmessageResult:
        """Turn a task chat message into a task result.

        Requires access to the task.

        REST method: ``tasks.task.result.addfromchatmessage`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-addfromchatmessage.html

        Args:
            fields: Source message.

        Returns:
            V3TasksTaskResultAddfromchatmessageResult

        Example:
            result = client.v3.tasks.task.result.addfromchatmessage(fields={"messageId": 1})
            result = await client.v3.tasks.task.result.addfromchatmessage(fields={"messageId": 1})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskResultAddfromchatmessageResult",
            await self._backend._invoke(
                _V3_TASKS_TASK_RESULT_ADDFROMCHATMESSAGE, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove an outcome report you recorded on a task.

        Allowed to the result author.

        REST method: ``tasks.task.result.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-delete.html

        Args:
            id: ID of the result.

        Returns:
            bool

        Example:
            result = client.v3.tasks.task.result.delete(id=1)
            result = await client.v3.tasks.task.result.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_V3_TASKS_TASK_RESULT_DELETE, {"id": id})
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: Sequence[Sequence[Any]],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TasksTaskResult]:
        """List the outcome reports recorded on a task, with filter and sort.

        Requires access to the task.

        REST method: ``tasks.task.result.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list-rest-v3.html

        Args:
            order: Sort as {"field": "ASC"|"DESC"} over id, authorId, createdAt, updatedAt, status or messageId.
            filter: Conditions such as ["taskId", 51] or ["id", ">=", 17]; a taskId condition is required. Operators =, >, <, <=, >=, !=, in, between.
            select: Result fields to return, such as id, text, authorId, author, status, fileIds, rights.
            pagination: Paging: page, limit and offset.

        Returns:
            list[V3TasksTaskResult]

        Example:
            result = client.v3.tasks.task.result.list(filter=[["value"]])
            result = await client.v3.tasks.task.result.list(filter=[["value"]])  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TasksTaskResult]",
            await self._backend._invoke(
                _V3_TASKS_TASK_RESULT_LIST,
                {
                    "order": order,
                    "filter": filter,
                    "select": select,
                    "pagination": pagination,
                },
            ),
        )

    async def update(
        self, *, id: int, fields: V3TasksTaskResultUpdateFields
    ) -> V3TasksTaskResultUpdateResult:
        """Change the text of a task result.

        Allowed to the result author.

        REST method: ``tasks.task.result.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-update.html

        Args:
            id: ID of the result.
            fields: Fields to change.

        Returns:
            V3TasksTaskResultUpdateResult

        Example:
            result = client.v3.tasks.task.result.update(id=1, fields={"text": "Please call back after 3 pm."})
            result = await client.v3.tasks.task.result.update(id=1, fields={"text": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "V3TasksTaskResultUpdateResult",
            await self._backend._invoke(
                _V3_TASKS_TASK_RESULT_UPDATE, {"id": id, "fields": fields}
            ),
        )
