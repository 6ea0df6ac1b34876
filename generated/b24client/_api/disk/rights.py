"""Methods under ``disk.rights``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.disk import DiskRightsGetTasksResult

_DISK_RIGHTS_GET_TASKS = MethodInfo(
    name="disk.rights.getTasks", idempotent=True, returns="any", api=1
)


class DiskRights(Namespace):
    """Methods under ``disk.rights``."""

    __slots__ = ()

    def get_tasks(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> list[DiskRightsGetTasksResult]:
        """List the access levels (read, edit, full access and so on) that can be assigned on Drive objects.

        REST method: ``disk.rights.getTasks``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/rights/disk-rights-get-tasks.html

        Args:
            start: Offset of the first entry to return, for paging.

        Returns:
            list[DiskRightsGetTasksResult]

        Example:
            result = client.disk.rights.get_tasks()
            result = await client.disk.rights.get_tasks()  # AsyncBitrix24
        """
        return cast(
            "list[DiskRightsGetTasksResult]",
            self._backend._invoke(_DISK_RIGHTS_GET_TASKS, {"start": start}),
        )


class AsyncDiskRights(Namespace):
    """Methods under ``disk.rights`` (async)."""

    __slots__ = ()

    async def get_tasks(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> list[DiskRightsGetTasksResult]:
        """List the access levels (read, edit, full access and so on) that can be assigned on Drive objects.

        REST method: ``disk.rights.getTasks``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/rights/disk-rights-get-tasks.html

        Args:
            start: Offset of the first entry to return, for paging.

        Returns:
            list[DiskRightsGetTasksResult]

        Example:
            result = client.disk.rights.get_tasks()
            result = await client.disk.rights.get_tasks()  # AsyncBitrix24
        """
        return cast(
            "list[DiskRightsGetTasksResult]",
            await self._backend._invoke(_DISK_RIGHTS_GET_TASKS, {"start": start}),
        )


class BatchDiskRights(Namespace):
    """Methods under ``disk.rights`` (queued into a batch)."""

    __slots__ = ()

    def get_tasks(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[DiskRightsGetTasksResult]]:
        """List the access levels (read, edit, full access and so on) that can be assigned on Drive objects.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.rights.getTasks``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/rights/disk-rights-get-tasks.html

        Args:
            start: Offset of the first entry to return, for paging.

        Returns:
            BatchCommand[list[DiskRightsGetTasksResult]]

        Example:
            command = batch.disk.rights.get_tasks()
        """
        return cast(
            "BatchCommand[list[DiskRightsGetTasksResult]]",
            self._backend._invoke(_DISK_RIGHTS_GET_TASKS, {"start": start}),
        )
