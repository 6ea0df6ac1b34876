"""Methods under ``task.commentitem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.task import (
        TaskCommentitem as _TaskCommentitem,
        TaskCommentitemAddFields,
        TaskCommentitemGetmanifestResult,
        TaskCommentitemUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_TASK_COMMENTITEM_ADD = MethodInfo(
    name="task.commentitem.add", idempotent=False, returns="integer", api=1
)
_TASK_COMMENTITEM_DELETE = MethodInfo(
    name="task.commentitem.delete", idempotent=False, returns="boolean", api=1
)
_TASK_COMMENTITEM_GET = MethodInfo(
    name="task.commentitem.get", idempotent=True, returns="any", api=1
)
_TASK_COMMENTITEM_GETLIST = MethodInfo(
    name="task.commentitem.getlist", idempotent=True, returns="any", api=1
)
_TASK_COMMENTITEM_GETMANIFEST = MethodInfo(
    name="task.commentitem.getmanifest", idempotent=True, returns="any", api=1
)
_TASK_COMMENTITEM_ISACTIONALLOWED = MethodInfo(
    name="task.commentitem.isactionallowed", idempotent=False, returns="boolean", api=1
)
_TASK_COMMENTITEM_UPDATE = MethodInfo(
    name="task.commentitem.update", idempotent=False, returns="boolean", api=1
)


class TaskCommentitem(Namespace):
    """Methods under ``task.commentitem``."""

    __slots__ = ()

    @deprecated(
        "The REST method task.commentitem.add is deprecated; use tasks.task.chat.message.send instead."
    )
    def add(
        self,
        *,
        taskid: int,
        fields: TaskCommentitemAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Post a comment to a task, optionally on behalf of another user.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send. Returns the ID of the new comment.

        Deprecated: use ``tasks.task.chat.message.send`` instead.

        REST method: ``task.commentitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            fields: Comment fields. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.task.commentitem.add(taskid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})
            result = await client.task.commentitem.add(taskid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _TASK_COMMENTITEM_ADD,
                {
                    "TASKID": taskid,
                    "FIELDS": merge_user_fields(
                        _TASK_COMMENTITEM_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    @deprecated(
        "The REST method task.commentitem.delete is deprecated; use im.message.delete instead."
    )
    def delete(self, *, taskid: int, itemid: int) -> bool:
        """Remove a comment from a task.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.message.delete`` instead.

        REST method: ``task.commentitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.commentitem.delete(taskid=1, itemid=1)
            result = await client.task.commentitem.delete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_COMMENTITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    @deprecated(
        "The REST method task.commentitem.get is deprecated; use im.dialog.messages.get instead."
    )
    def get(self, *, taskid: int, itemid: int) -> _TaskCommentitem:
        """Read one task comment with its author and attachments.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.dialog.messages.get`` instead.

        REST method: ``task.commentitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.

        Returns:
            TaskCommentitem

        Example:
            result = client.task.commentitem.get(taskid=1, itemid=1)
            result = await client.task.commentitem.get(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            "_TaskCommentitem",
            self._backend._invoke(
                _TASK_COMMENTITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    @deprecated(
        "The REST method task.commentitem.getlist is deprecated; use im.dialog.messages.get instead."
    )
    def getlist(
        self,
        *,
        taskid: int,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[_TaskCommentitem]:
        """Read the comments of a task with sort and filter.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.dialog.messages.get`` instead.

        REST method: ``task.commentitem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, AUTHOR_ID, AUTHOR_NAME, AUTHOR_EMAIL or POST_DATE. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}. Wire name: ``FILTER``.

        Returns:
            list[TaskCommentitem]

        Example:
            result = client.task.commentitem.getlist(taskid=1)
            result = await client.task.commentitem.getlist(taskid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_TaskCommentitem]",
            self._backend._invoke(
                _TASK_COMMENTITEM_GETLIST,
                {"TASKID": taskid, "ORDER": order, "FILTER": filter},
            ),
        )

    def getmanifest(self) -> TaskCommentitemGetmanifestResult:
        """Describe the task.commentitem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        REST method: ``task.commentitem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-manifest.html

        Returns:
            TaskCommentitemGetmanifestResult

        Example:
            result = client.task.commentitem.getmanifest()
            result = await client.task.commentitem.getmanifest()  # AsyncBitrix24
        """
        return cast(
            "TaskCommentitemGetmanifestResult",
            self._backend._invoke(_TASK_COMMENTITEM_GETMANIFEST, {}),
        )

    def isactionallowed(self, *, taskid: int, itemid: int, actionid: int) -> bool:
        """Check whether the current user may add, edit or remove a comment.

        REST method: ``task.commentitem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.
            actionid: Action to check: "1" add, "2" update, "3" remove. Wire name: ``ACTIONID``.

        Returns:
            bool

        Example:
            result = client.task.commentitem.isactionallowed(taskid=1, itemid=1, actionid=1)
            result = await client.task.commentitem.isactionallowed(taskid=1, itemid=1, actionid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_COMMENTITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    @deprecated(
        "The REST method task.commentitem.update is deprecated; use im.message.update instead."
    )
    def update(
        self,
        *,
        taskid: int,
        itemid: int,
        fields: TaskCommentitemUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Edit the text of a task comment.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.message.update`` instead.

        REST method: ``task.commentitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.
            fields: Comment fields to change. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.task.commentitem.update(taskid=1, itemid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})
            result = await client.task.commentitem.update(taskid=1, itemid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_COMMENTITEM_UPDATE,
                {
                    "TASKID": taskid,
                    "ITEMID": itemid,
                    "FIELDS": merge_user_fields(
                        _TASK_COMMENTITEM_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncTaskCommentitem(Namespace):
    """Methods under ``task.commentitem`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.commentitem.add is deprecated; use tasks.task.chat.message.send instead."
    )
    async def add(
        self,
        *,
        taskid: int,
        fields: TaskCommentitemAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Post a comment to a task, optionally on behalf of another user.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send. Returns the ID of the new comment.

        Deprecated: use ``tasks.task.chat.message.send`` instead.

        REST method: ``task.commentitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            fields: Comment fields. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.task.commentitem.add(taskid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})
            result = await client.task.commentitem.add(taskid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _TASK_COMMENTITEM_ADD,
                {
                    "TASKID": taskid,
                    "FIELDS": merge_user_fields(
                        _TASK_COMMENTITEM_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    @deprecated(
        "The REST method task.commentitem.delete is deprecated; use im.message.delete instead."
    )
    async def delete(self, *, taskid: int, itemid: int) -> bool:
        """Remove a comment from a task.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.message.delete`` instead.

        REST method: ``task.commentitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.

        Returns:
            bool

        Example:
            result = client.task.commentitem.delete(taskid=1, itemid=1)
            result = await client.task.commentitem.delete(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_COMMENTITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    @deprecated(
        "The REST method task.commentitem.get is deprecated; use im.dialog.messages.get instead."
    )
    async def get(self, *, taskid: int, itemid: int) -> _TaskCommentitem:
        """Read one task comment with its author and attachments.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.dialog.messages.get`` instead.

        REST method: ``task.commentitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.

        Returns:
            TaskCommentitem

        Example:
            result = client.task.commentitem.get(taskid=1, itemid=1)
            result = await client.task.commentitem.get(taskid=1, itemid=1)  # AsyncBitrix24
        """
        return cast(
            "_TaskCommentitem",
            await self._backend._invoke(
                _TASK_COMMENTITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    @deprecated(
        "The REST method task.commentitem.getlist is deprecated; use im.dialog.messages.get instead."
    )
    async def getlist(
        self,
        *,
        taskid: int,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[_TaskCommentitem]:
        """Read the comments of a task with sort and filter.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.dialog.messages.get`` instead.

        REST method: ``task.commentitem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, AUTHOR_ID, AUTHOR_NAME, AUTHOR_EMAIL or POST_DATE. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}. Wire name: ``FILTER``.

        Returns:
            list[TaskCommentitem]

        Example:
            result = client.task.commentitem.getlist(taskid=1)
            result = await client.task.commentitem.getlist(taskid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_TaskCommentitem]",
            await self._backend._invoke(
                _TASK_COMMENTITEM_GETLIST,
                {"TASKID": taskid, "ORDER": order, "FILTER": filter},
            ),
        )

    async def getmanifest(self) -> TaskCommentitemGetmanifestResult:
        """Describe the task.commentitem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        REST method: ``task.commentitem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-manifest.html

        Returns:
            TaskCommentitemGetmanifestResult

        Example:
            result = client.task.commentitem.getmanifest()
            result = await client.task.commentitem.getmanifest()  # AsyncBitrix24
        """
        return cast(
            "TaskCommentitemGetmanifestResult",
            await self._backend._invoke(_TASK_COMMENTITEM_GETMANIFEST, {}),
        )

    async def isactionallowed(self, *, taskid: int, itemid: int, actionid: int) -> bool:
        """Check whether the current user may add, edit or remove a comment.

        REST method: ``task.commentitem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.
            actionid: Action to check: "1" add, "2" update, "3" remove. Wire name: ``ACTIONID``.

        Returns:
            bool

        Example:
            result = client.task.commentitem.isactionallowed(taskid=1, itemid=1, actionid=1)
            result = await client.task.commentitem.isactionallowed(taskid=1, itemid=1, actionid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_COMMENTITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    @deprecated(
        "The REST method task.commentitem.update is deprecated; use im.message.update instead."
    )
    async def update(
        self,
        *,
        taskid: int,
        itemid: int,
        fields: TaskCommentitemUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Edit the text of a task comment.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.message.update`` instead.

        REST method: ``task.commentitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.
            fields: Comment fields to change. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.task.commentitem.update(taskid=1, itemid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})
            result = await client.task.commentitem.update(taskid=1, itemid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_COMMENTITEM_UPDATE,
                {
                    "TASKID": taskid,
                    "ITEMID": itemid,
                    "FIELDS": merge_user_fields(
                        _TASK_COMMENTITEM_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchTaskCommentitem(Namespace):
    """Methods under ``task.commentitem`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.commentitem.add is deprecated; use tasks.task.chat.message.send instead."
    )
    def add(
        self,
        *,
        taskid: int | Ref,
        fields: TaskCommentitemAddFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Post a comment to a task, optionally on behalf of another user.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send. Returns the ID of the new comment.

        Deprecated: use ``tasks.task.chat.message.send`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            fields: Comment fields. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.task.commentitem.add(taskid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _TASK_COMMENTITEM_ADD,
                {
                    "TASKID": taskid,
                    "FIELDS": merge_user_fields(
                        _TASK_COMMENTITEM_ADD,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )

    @deprecated(
        "The REST method task.commentitem.delete is deprecated; use im.message.delete instead."
    )
    def delete(self, *, taskid: int | Ref, itemid: int | Ref) -> BatchCommand[bool]:
        """Remove a comment from a task.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.message.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.commentitem.delete(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_COMMENTITEM_DELETE, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    @deprecated(
        "The REST method task.commentitem.get is deprecated; use im.dialog.messages.get instead."
    )
    def get(
        self, *, taskid: int | Ref, itemid: int | Ref
    ) -> BatchCommand[_TaskCommentitem]:
        """Read one task comment with its author and attachments.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.dialog.messages.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.

        Returns:
            BatchCommand[TaskCommentitem]

        Example:
            command = batch.task.commentitem.get(taskid=1, itemid=1)
        """
        return cast(
            "BatchCommand[_TaskCommentitem]",
            self._backend._invoke(
                _TASK_COMMENTITEM_GET, {"TASKID": taskid, "ITEMID": itemid}
            ),
        )

    @deprecated(
        "The REST method task.commentitem.getlist is deprecated; use im.dialog.messages.get instead."
    )
    def getlist(
        self,
        *,
        taskid: int | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_TaskCommentitem]]:
        """Read the comments of a task with sort and filter.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.dialog.messages.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-list.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, AUTHOR_ID, AUTHOR_NAME, AUTHOR_EMAIL or POST_DATE. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}. Wire name: ``FILTER``.

        Returns:
            BatchCommand[list[TaskCommentitem]]

        Example:
            command = batch.task.commentitem.getlist(taskid=1)
        """
        return cast(
            "BatchCommand[list[_TaskCommentitem]]",
            self._backend._invoke(
                _TASK_COMMENTITEM_GETLIST,
                {"TASKID": taskid, "ORDER": order, "FILTER": filter},
            ),
        )

    def getmanifest(self) -> BatchCommand[TaskCommentitemGetmanifestResult]:
        """Describe the task.commentitem.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-manifest.html

        Returns:
            BatchCommand[TaskCommentitemGetmanifestResult]

        Example:
            command = batch.task.commentitem.getmanifest()
        """
        return cast(
            "BatchCommand[TaskCommentitemGetmanifestResult]",
            self._backend._invoke(_TASK_COMMENTITEM_GETMANIFEST, {}),
        )

    def isactionallowed(
        self, *, taskid: int | Ref, itemid: int | Ref, actionid: int | Ref
    ) -> BatchCommand[bool]:
        """Check whether the current user may add, edit or remove a comment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.
            actionid: Action to check: "1" add, "2" update, "3" remove. Wire name: ``ACTIONID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.commentitem.isactionallowed(taskid=1, itemid=1, actionid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_COMMENTITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ITEMID": itemid, "ACTIONID": actionid},
            ),
        )

    @deprecated(
        "The REST method task.commentitem.update is deprecated; use im.message.update instead."
    )
    def update(
        self,
        *,
        taskid: int | Ref,
        itemid: int | Ref,
        fields: TaskCommentitemUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Edit the text of a task comment.

        Deprecated since tasks module 25.700.0 in favour of tasks.task.chat.message.send; does not work in the new task card.

        Deprecated: use ``im.message.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.commentitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-update.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            itemid: ID of the comment. Wire name: ``ITEMID``.
            fields: Comment fields to change. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.task.commentitem.update(taskid=1, itemid=1, fields={"POST_MESSAGE": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_COMMENTITEM_UPDATE,
                {
                    "TASKID": taskid,
                    "ITEMID": itemid,
                    "FIELDS": merge_user_fields(
                        _TASK_COMMENTITEM_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )
