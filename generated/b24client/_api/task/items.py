"""Methods under ``task.items``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_TASK_ITEMS_GETLIST = MethodInfo(
    name="task.items.getlist", idempotent=True, returns="any", api=1
)


class TaskItems(Namespace):
    """Methods under ``task.items``."""

    __slots__ = ()

    @deprecated(
        "The REST method task.items.getlist is deprecated; use tasks.task.list instead."
    )
    def getlist(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        taskdata: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        nav_params: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find tasks by filter with the old list call.

        Deprecated: no longer developed; use tasks.task.list instead.

        Deprecated: use ``tasks.task.list`` instead.

        REST method: ``task.items.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-items-get-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}.
            filter: Conditions as {"FIELD": value}, such as ID or PARENT_ID.
            taskdata: Task fields to return. Wire name: ``TASKDATA``.
            nav_params: Paging; iNumPage is the page number. Wire name: ``NAV_PARAMS``.
            select: Task fields to return.

        Returns:
            Any

        Example:
            result = client.task.items.getlist()
            result = await client.task.items.getlist()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEMS_GETLIST,
            {
                "order": order,
                "filter": filter,
                "TASKDATA": taskdata,
                "NAV_PARAMS": nav_params,
                "select": select,
            },
        )


class AsyncTaskItems(Namespace):
    """Methods under ``task.items`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.items.getlist is deprecated; use tasks.task.list instead."
    )
    async def getlist(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        taskdata: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        nav_params: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find tasks by filter with the old list call.

        Deprecated: no longer developed; use tasks.task.list instead.

        Deprecated: use ``tasks.task.list`` instead.

        REST method: ``task.items.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-items-get-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}.
            filter: Conditions as {"FIELD": value}, such as ID or PARENT_ID.
            taskdata: Task fields to return. Wire name: ``TASKDATA``.
            nav_params: Paging; iNumPage is the page number. Wire name: ``NAV_PARAMS``.
            select: Task fields to return.

        Returns:
            Any

        Example:
            result = client.task.items.getlist()
            result = await client.task.items.getlist()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEMS_GETLIST,
            {
                "order": order,
                "filter": filter,
                "TASKDATA": taskdata,
                "NAV_PARAMS": nav_params,
                "select": select,
            },
        )


class BatchTaskItems(Namespace):
    """Methods under ``task.items`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method task.items.getlist is deprecated; use tasks.task.list instead."
    )
    def getlist(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        taskdata: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        nav_params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Find tasks by filter with the old list call.

        Deprecated: no longer developed; use tasks.task.list instead.

        Deprecated: use ``tasks.task.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.items.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-items-get-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}.
            filter: Conditions as {"FIELD": value}, such as ID or PARENT_ID.
            taskdata: Task fields to return. Wire name: ``TASKDATA``.
            nav_params: Paging; iNumPage is the page number. Wire name: ``NAV_PARAMS``.
            select: Task fields to return.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.items.getlist()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEMS_GETLIST,
                {
                    "order": order,
                    "filter": filter,
                    "TASKDATA": taskdata,
                    "NAV_PARAMS": nav_params,
                    "select": select,
                },
            ),
        )
