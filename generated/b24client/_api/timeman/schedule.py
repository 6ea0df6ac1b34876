"""Methods under ``timeman.schedule``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.timeman import TimemanSchedule as _TimemanSchedule

_TIMEMAN_SCHEDULE_GET = MethodInfo(
    name="timeman.schedule.get", idempotent=True, returns="any", api=1
)


class TimemanSchedule(Namespace):
    """Methods under ``timeman.schedule``."""

    __slots__ = ()

    def get(self, *, id: int | NotGiven = NOT_GIVEN) -> _TimemanSchedule:
        """Get a work schedule (fixed, shift or flexible) with its rules.

        REST method: ``timeman.schedule.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/schedule/timeman-schedule-get.html

        Args:
            id: ID of the schedule, shown in the schedule list under Employees > Time and reports > Work schedules.

        Returns:
            TimemanSchedule

        Example:
            result = client.timeman.schedule.get()
            result = await client.timeman.schedule.get()  # AsyncBitrix24
        """
        return cast(
            "_TimemanSchedule", self._backend._invoke(_TIMEMAN_SCHEDULE_GET, {"id": id})
        )


class AsyncTimemanSchedule(Namespace):
    """Methods under ``timeman.schedule`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int | NotGiven = NOT_GIVEN) -> _TimemanSchedule:
        """Get a work schedule (fixed, shift or flexible) with its rules.

        REST method: ``timeman.schedule.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/schedule/timeman-schedule-get.html

        Args:
            id: ID of the schedule, shown in the schedule list under Employees > Time and reports > Work schedules.

        Returns:
            TimemanSchedule

        Example:
            result = client.timeman.schedule.get()
            result = await client.timeman.schedule.get()  # AsyncBitrix24
        """
        return cast(
            "_TimemanSchedule",
            await self._backend._invoke(_TIMEMAN_SCHEDULE_GET, {"id": id}),
        )


class BatchTimemanSchedule(Namespace):
    """Methods under ``timeman.schedule`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[_TimemanSchedule]:
        """Get a work schedule (fixed, shift or flexible) with its rules.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.schedule.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/schedule/timeman-schedule-get.html

        Args:
            id: ID of the schedule, shown in the schedule list under Employees > Time and reports > Work schedules.

        Returns:
            BatchCommand[TimemanSchedule]

        Example:
            command = batch.timeman.schedule.get()
        """
        return cast(
            "BatchCommand[_TimemanSchedule]",
            self._backend._invoke(_TIMEMAN_SCHEDULE_GET, {"id": id}),
        )
