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
        """Complete bizproc task.

        REST method: ``bizproc.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-complete.html

        Args:
            task_id: Wire name: ``TASK_ID``.
            status: Wire name: ``STATUS``.
            comment: Wire name: ``COMMENT``.
            fields: Wire name: ``FIELDS``.

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
        """Delegate bizproc task.

        REST method: ``bizproc.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-delegate.html

        Args:
            task_ids: Wire name: ``TASK_IDS``.
            from_user_id: Wire name: ``FROM_USER_ID``.
            to_user_id: Wire name: ``TO_USER_ID``.

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
        """List bizproc task entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html

        Args:
            start: Wire name: ``START``.
            start_2: Wire name: ``start``.

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
        """Complete bizproc task.

        REST method: ``bizproc.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-complete.html

        Args:
            task_id: Wire name: ``TASK_ID``.
            status: Wire name: ``STATUS``.
            comment: Wire name: ``COMMENT``.
            fields: Wire name: ``FIELDS``.

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
        """Delegate bizproc task.

        REST method: ``bizproc.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-delegate.html

        Args:
            task_ids: Wire name: ``TASK_IDS``.
            from_user_id: Wire name: ``FROM_USER_ID``.
            to_user_id: Wire name: ``TO_USER_ID``.

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
        """List bizproc task entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html

        Args:
            start: Wire name: ``START``.
            start_2: Wire name: ``start``.

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
        """Complete bizproc task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.task.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-complete.html

        Args:
            task_id: Wire name: ``TASK_ID``.
            status: Wire name: ``STATUS``.
            comment: Wire name: ``COMMENT``.
            fields: Wire name: ``FIELDS``.

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
        """Delegate bizproc task.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.task.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-delegate.html

        Args:
            task_ids: Wire name: ``TASK_IDS``.
            from_user_id: Wire name: ``FROM_USER_ID``.
            to_user_id: Wire name: ``TO_USER_ID``.

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
        """List bizproc task entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.task.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html

        Args:
            start: Wire name: ``START``.
            start_2: Wire name: ``start``.

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
