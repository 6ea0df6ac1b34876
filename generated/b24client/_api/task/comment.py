"""Methods under ``task.comment``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_TASK_COMMENT_ADD = MethodInfo(
    name="task.comment.add", idempotent=False, returns="any", api=1
)


class TaskComment(Namespace):
    """Methods under ``task.comment``."""

    __slots__ = ()

    @deprecated(
        "The REST method task.comment.add is deprecated; use tasks.task.chat.message.send instead."
    )
    def add(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        commenttext: Any | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Post a comment to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.chat.message.send instead.

        Deprecated: use ``tasks.task.chat.message.send`` instead.

        REST method: ``task.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-comment-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            commenttext: Comment text. Wire name: ``COMMENTTEXT``.
            fields: Comment fields. Wire name: ``FIELDS``.

        Returns:
            Any

        Example:
            result = client.task.comment.add()
            result = await client.task.comment.add()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_COMMENT_ADD,
            {"TASKID": taskid, "COMMENTTEXT": commenttext, "FIELDS": fields},
        )


class AsyncTaskComment(Namespace):
    """Methods under ``task.comment`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.comment.add is deprecated; use tasks.task.chat.message.send instead."
    )
    async def add(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        commenttext: Any | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Post a comment to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.chat.message.send instead.

        Deprecated: use ``tasks.task.chat.message.send`` instead.

        REST method: ``task.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-comment-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            commenttext: Comment text. Wire name: ``COMMENTTEXT``.
            fields: Comment fields. Wire name: ``FIELDS``.

        Returns:
            Any

        Example:
            result = client.task.comment.add()
            result = await client.task.comment.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_COMMENT_ADD,
            {"TASKID": taskid, "COMMENTTEXT": commenttext, "FIELDS": fields},
        )


class BatchTaskComment(Namespace):
    """Methods under ``task.comment`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.comment.add is deprecated; use tasks.task.chat.message.send instead."
    )
    def add(
        self,
        *,
        taskid: int | Ref | NotGiven = NOT_GIVEN,
        commenttext: Any | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Post a comment to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.chat.message.send instead.

        Deprecated: use ``tasks.task.chat.message.send`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-comment-add.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            commenttext: Comment text. Wire name: ``COMMENTTEXT``.
            fields: Comment fields. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.comment.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_COMMENT_ADD,
                {"TASKID": taskid, "COMMENTTEXT": commenttext, "FIELDS": fields},
            ),
        )
