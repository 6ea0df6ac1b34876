"""Methods under ``bizproc.task``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.bizproc import BizprocTask as _BizprocTask

_BIZPROC_TASK_COMPLETE = MethodInfo(
    name="bizproc.task.complete", idempotent=False, returns="boolean", api=1
)
_BIZPROC_TASK_DELEGATE = MethodInfo(
    name="bizproc.task.delegate", idempotent=False, returns="boolean", api=1
)
_BIZPROC_TASK_LIST = MethodInfo(
    name="bizproc.task.list", idempotent=True, returns="any", api=1
)


class BizprocTask(Namespace):
    """Methods under ``bizproc.task``."""

    __slots__ = ()

    def complete(
        self,
        *,
        task_id: int,
        status: int,
        comment: str | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Answer a business process task: approve, reject, acknowledge or fill in requested data.

        Which STATUS values are allowed depends on the task kind: 1 or 2 for approval, 3 for review and information requests.

        REST method: ``bizproc.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-complete.html

        Args:
            task_id: ID of the task, from bizproc.task.list. Wire name: ``TASK_ID``.
            status: Answer: 1 or "yes" (approve), 2 or "no" (reject), 3 or "ok" (acknowledge), 4 or "cancel". Wire name: ``STATUS``.
            comment: Comment of the user; whether it is required depends on the task settings. Wire name: ``COMMENT``.
            fields: Values for an information request task as {"field code": value}. Wire name: ``FIELDS``.

        Returns:
            bool

        Example:
            result = client.bizproc.task.complete(task_id=1, status=1)
            result = await client.bizproc.task.complete(task_id=1, status=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_TASK_COMPLETE,
                {
                    "TASK_ID": task_id,
                    "STATUS": status,
                    "COMMENT": comment,
                    "FIELDS": fields,
                },
            ),
        )

    def delegate(
        self, *, task_ids: Sequence[int], from_user_id: int, to_user_id: int
    ) -> bool:
        """Hand business process tasks over from one user to another.

        REST method: ``bizproc.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-delegate.html

        Args:
            task_ids: IDs of the tasks, from bizproc.task.list. Wire name: ``TASK_IDS``.
            from_user_id: ID of the user the tasks are taken from. Wire name: ``FROM_USER_ID``.
            to_user_id: ID of the user who receives the tasks; who is allowed depends on the task settings. Wire name: ``TO_USER_ID``.

        Returns:
            bool

        Example:
            result = client.bizproc.task.delegate(task_ids=[1], from_user_id=1, to_user_id=1)
            result = await client.bizproc.task.delegate(task_ids=[1], from_user_id=1, to_user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_TASK_DELEGATE,
                {
                    "TASK_IDS": task_ids,
                    "FROM_USER_ID": from_user_id,
                    "TO_USER_ID": to_user_id,
                },
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        start_2: int | NotGiven = NOT_GIVEN,
    ) -> Page[_BizprocTask]:
        """List business process tasks assigned to users, with filter and sort order.

        Without a USER_ID filter a non-administrator gets only their own tasks; heads of departments may ask for their subordinates' tasks.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html

        Args:
            select: Fields to return; by default ENTITY, DOCUMENT_ID, ID, WORKFLOW_ID, DOCUMENT_NAME, NAME and DOCUMENT_URL.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on. Wire name: ``START``.
            start_2: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on. Wire name: ``start``.

        Returns:
            Page[BizprocTask]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.task.list()
            result = await client.bizproc.task.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_BizprocTask]",
            self._backend._invoke_page(
                _BIZPROC_TASK_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "START": start,
                    "start": start_2,
                },
            ),
        )


class AsyncBizprocTask(Namespace):
    """Methods under ``bizproc.task`` (async)."""

    __slots__ = ()

    async def complete(
        self,
        *,
        task_id: int,
        status: int,
        comment: str | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Answer a business process task: approve, reject, acknowledge or fill in requested data.

        Which STATUS values are allowed depends on the task kind: 1 or 2 for approval, 3 for review and information requests.

        REST method: ``bizproc.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-complete.html

        Args:
            task_id: ID of the task, from bizproc.task.list. Wire name: ``TASK_ID``.
            status: Answer: 1 or "yes" (approve), 2 or "no" (reject), 3 or "ok" (acknowledge), 4 or "cancel". Wire name: ``STATUS``.
            comment: Comment of the user; whether it is required depends on the task settings. Wire name: ``COMMENT``.
            fields: Values for an information request task as {"field code": value}. Wire name: ``FIELDS``.

        Returns:
            bool

        Example:
            result = client.bizproc.task.complete(task_id=1, status=1)
            result = await client.bizproc.task.complete(task_id=1, status=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_TASK_COMPLETE,
                {
                    "TASK_ID": task_id,
                    "STATUS": status,
                    "COMMENT": comment,
                    "FIELDS": fields,
                },
            ),
        )

    async def delegate(
        self, *, task_ids: Sequence[int], from_user_id: int, to_user_id: int
    ) -> bool:
        """Hand business process tasks over from one user to another.

        REST method: ``bizproc.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-delegate.html

        Args:
            task_ids: IDs of the tasks, from bizproc.task.list. Wire name: ``TASK_IDS``.
            from_user_id: ID of the user the tasks are taken from. Wire name: ``FROM_USER_ID``.
            to_user_id: ID of the user who receives the tasks; who is allowed depends on the task settings. Wire name: ``TO_USER_ID``.

        Returns:
            bool

        Example:
            result = client.bizproc.task.delegate(task_ids=[1], from_user_id=1, to_user_id=1)
            result = await client.bizproc.task.delegate(task_ids=[1], from_user_id=1, to_user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_TASK_DELEGATE,
                {
                    "TASK_IDS": task_ids,
                    "FROM_USER_ID": from_user_id,
                    "TO_USER_ID": to_user_id,
                },
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        start_2: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_BizprocTask]:
        """List business process tasks assigned to users, with filter and sort order.

        Without a USER_ID filter a non-administrator gets only their own tasks; heads of departments may ask for their subordinates' tasks.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html

        Args:
            select: Fields to return; by default ENTITY, DOCUMENT_ID, ID, WORKFLOW_ID, DOCUMENT_NAME, NAME and DOCUMENT_URL.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on. Wire name: ``START``.
            start_2: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on. Wire name: ``start``.

        Returns:
            AsyncPage[BizprocTask]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.task.list()
            result = await client.bizproc.task.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_BizprocTask]",
            await self._backend._invoke_page(
                _BIZPROC_TASK_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "START": start,
                    "start": start_2,
                },
            ),
        )


class BatchBizprocTask(Namespace):
    """Methods under ``bizproc.task`` (queued into a batch)."""

    __slots__ = ()

    def complete(
        self,
        *,
        task_id: int | Ref,
        status: int | Ref,
        comment: str | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Answer a business process task: approve, reject, acknowledge or fill in requested data.

        Which STATUS values are allowed depends on the task kind: 1 or 2 for approval, 3 for review and information requests.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-complete.html

        Args:
            task_id: ID of the task, from bizproc.task.list. Wire name: ``TASK_ID``.
            status: Answer: 1 or "yes" (approve), 2 or "no" (reject), 3 or "ok" (acknowledge), 4 or "cancel". Wire name: ``STATUS``.
            comment: Comment of the user; whether it is required depends on the task settings. Wire name: ``COMMENT``.
            fields: Values for an information request task as {"field code": value}. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.bizproc.task.complete(task_id=1, status=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_TASK_COMPLETE,
                {
                    "TASK_ID": task_id,
                    "STATUS": status,
                    "COMMENT": comment,
                    "FIELDS": fields,
                },
            ),
        )

    def delegate(
        self,
        *,
        task_ids: Sequence[int] | Ref,
        from_user_id: int | Ref,
        to_user_id: int | Ref,
    ) -> BatchCommand[bool]:
        """Hand business process tasks over from one user to another.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-delegate.html

        Args:
            task_ids: IDs of the tasks, from bizproc.task.list. Wire name: ``TASK_IDS``.
            from_user_id: ID of the user the tasks are taken from. Wire name: ``FROM_USER_ID``.
            to_user_id: ID of the user who receives the tasks; who is allowed depends on the task settings. Wire name: ``TO_USER_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.bizproc.task.delegate(task_ids=[1], from_user_id=1, to_user_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_TASK_DELEGATE,
                {
                    "TASK_IDS": task_ids,
                    "FROM_USER_ID": from_user_id,
                    "TO_USER_ID": to_user_id,
                },
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        start_2: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_BizprocTask]]:
        """List business process tasks assigned to users, with filter and sort order.

        Without a USER_ID filter a non-administrator gets only their own tasks; heads of departments may ask for their subordinates' tasks.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html

        Args:
            select: Fields to return; by default ENTITY, DOCUMENT_ID, ID, WORKFLOW_ID, DOCUMENT_NAME, NAME and DOCUMENT_URL.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on. Wire name: ``START``.
            start_2: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on. Wire name: ``start``.

        Returns:
            BatchCommand[list[BizprocTask]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.task.list()
        """
        return cast(
            "BatchCommand[builtins.list[_BizprocTask]]",
            self._backend._invoke_page(
                _BIZPROC_TASK_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "START": start,
                    "start": start_2,
                },
            ),
        )
