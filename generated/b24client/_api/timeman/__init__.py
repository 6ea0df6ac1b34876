"""Methods under ``timeman``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.timeman import (
        TimemanCloseResult,
        TimemanOpenResult,
        TimemanPauseResult,
        TimemanSettingsResult,
        TimemanStatusResult,
    )
    from b24client._api.timeman.networkrange import (
        AsyncTimemanNetworkrange,
        BatchTimemanNetworkrange,
        TimemanNetworkrange,
    )
    from b24client._api.timeman.schedule import (
        AsyncTimemanSchedule,
        BatchTimemanSchedule,
        TimemanSchedule,
    )
    from b24client._api.timeman.timecontrol import (
        AsyncTimemanTimecontrol,
        BatchTimemanTimecontrol,
        TimemanTimecontrol,
    )

_TIMEMAN_CLOSE = MethodInfo(
    name="timeman.close", idempotent=False, returns="any", api=1
)
_TIMEMAN_OPEN = MethodInfo(name="timeman.open", idempotent=False, returns="any", api=1)
_TIMEMAN_PAUSE = MethodInfo(
    name="timeman.pause", idempotent=False, returns="any", api=1
)
_TIMEMAN_SETTINGS = MethodInfo(
    name="timeman.settings", idempotent=False, returns="any", api=1
)
_TIMEMAN_STATUS = MethodInfo(
    name="timeman.status", idempotent=False, returns="any", api=1
)


class Timeman(Namespace):
    """Methods under ``timeman``."""

    __slots__ = ()

    @property
    def networkrange(self) -> TimemanNetworkrange:
        """Methods under ``timeman.networkrange``."""
        from b24client._api.timeman.networkrange import TimemanNetworkrange

        return TimemanNetworkrange(self._backend)

    @property
    def schedule(self) -> TimemanSchedule:
        """Methods under ``timeman.schedule``."""
        from b24client._api.timeman.schedule import TimemanSchedule

        return TimemanSchedule(self._backend)

    @property
    def timecontrol(self) -> TimemanTimecontrol:
        """Methods under ``timeman.timecontrol``."""
        from b24client._api.timeman.timecontrol import TimemanTimecontrol

        return TimemanTimecontrol(self._backend)

    def close(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        time: datetime.datetime | str | NotGiven = NOT_GIVEN,
        report: str | NotGiven = NOT_GIVEN,
        lat: float | NotGiven = NOT_GIVEN,
        lon: float | NotGiven = NOT_GIVEN,
    ) -> TimemanCloseResult:
        """End a user's current work day in time tracking.

        REST method: ``timeman.close``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-close.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.
            time: End time, ISO 8601 (ATOM), on the same date as the day start; default now. Converted to the start time zone. Wire name: ``TIME``.
            report: Reason for changing the work day time; required when TIME is given and the employee is not on a flexible schedule. Wire name: ``REPORT``.
            lat: Latitude of the place the day ends. Wire name: ``LAT``.
            lon: Longitude of the place the day ends. Wire name: ``LON``.

        Returns:
            TimemanCloseResult

        Example:
            result = client.timeman.close()
            result = await client.timeman.close()  # AsyncBitrix24
        """
        return cast(
            "TimemanCloseResult",
            self._backend._invoke(
                _TIMEMAN_CLOSE,
                {
                    "USER_ID": user_id,
                    "TIME": time,
                    "REPORT": report,
                    "LAT": lat,
                    "LON": lon,
                },
            ),
        )

    def open(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        time: datetime.datetime | str | NotGiven = NOT_GIVEN,
        report: str | NotGiven = NOT_GIVEN,
        lat: float | NotGiven = NOT_GIVEN,
        lon: float | NotGiven = NOT_GIVEN,
    ) -> TimemanOpenResult:
        """Start or resume a user's work day in time tracking, optionally at a given time and place.

        Also resumes a paused or closed day.

        REST method: ``timeman.open``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-open.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.
            time: Start time, ISO 8601 (ATOM) such as "2025-02-12T15:52:01+00:00"; allowed only when the day is CLOSED. Its time zone is taken as the user's. Wire name: ``TIME``.
            report: Reason for changing the work day time; required when TIME is given and the employee is not on a flexible schedule. Wire name: ``REPORT``.
            lat: Latitude of the place the day starts. Wire name: ``LAT``.
            lon: Longitude of the place the day starts. Wire name: ``LON``.

        Returns:
            TimemanOpenResult

        Example:
            result = client.timeman.open()
            result = await client.timeman.open()  # AsyncBitrix24
        """
        return cast(
            "TimemanOpenResult",
            self._backend._invoke(
                _TIMEMAN_OPEN,
                {
                    "USER_ID": user_id,
                    "TIME": time,
                    "REPORT": report,
                    "LAT": lat,
                    "LON": lon,
                },
            ),
        )

    def pause(self, *, user_id: int | NotGiven = NOT_GIVEN) -> TimemanPauseResult:
        """Put a user's current work day on a break.

        If the day is already closed, it is reopened and the time since closing is added to its length.

        REST method: ``timeman.pause``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-pause.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            TimemanPauseResult

        Example:
            result = client.timeman.pause()
            result = await client.timeman.pause()  # AsyncBitrix24
        """
        return cast(
            "TimemanPauseResult",
            self._backend._invoke(_TIMEMAN_PAUSE, {"USER_ID": user_id}),
        )

    def settings(self, *, user_id: int | NotGiven = NOT_GIVEN) -> TimemanSettingsResult:
        """Get a user's time tracking settings: schedule limits and allowed changes.

        REST method: ``timeman.settings``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-settings.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            TimemanSettingsResult

        Example:
            result = client.timeman.settings()
            result = await client.timeman.settings()  # AsyncBitrix24
        """
        return cast(
            "TimemanSettingsResult",
            self._backend._invoke(_TIMEMAN_SETTINGS, {"USER_ID": user_id}),
        )

    def status(self, *, user_id: int | NotGiven = NOT_GIVEN) -> TimemanStatusResult:
        """Get the status, times and places of a user's current work day.

        REST method: ``timeman.status``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-status.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            TimemanStatusResult

        Example:
            result = client.timeman.status()
            result = await client.timeman.status()  # AsyncBitrix24
        """
        return cast(
            "TimemanStatusResult",
            self._backend._invoke(_TIMEMAN_STATUS, {"USER_ID": user_id}),
        )


class AsyncTimeman(Namespace):
    """Methods under ``timeman`` (async)."""

    __slots__ = ()

    @property
    def networkrange(self) -> AsyncTimemanNetworkrange:
        """Methods under ``timeman.networkrange``."""
        from b24client._api.timeman.networkrange import AsyncTimemanNetworkrange

        return AsyncTimemanNetworkrange(self._backend)

    @property
    def schedule(self) -> AsyncTimemanSchedule:
        """Methods under ``timeman.schedule``."""
        from b24client._api.timeman.schedule import AsyncTimemanSchedule

        return AsyncTimemanSchedule(self._backend)

    @property
    def timecontrol(self) -> AsyncTimemanTimecontrol:
        """Methods under ``timeman.timecontrol``."""
        from b24client._api.timeman.timecontrol import AsyncTimemanTimecontrol

        return AsyncTimemanTimecontrol(self._backend)

    async def close(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        time: datetime.datetime | str | NotGiven = NOT_GIVEN,
        report: str | NotGiven = NOT_GIVEN,
        lat: float | NotGiven = NOT_GIVEN,
        lon: float | NotGiven = NOT_GIVEN,
    ) -> TimemanCloseResult:
        """End a user's current work day in time tracking.

        REST method: ``timeman.close``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-close.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.
            time: End time, ISO 8601 (ATOM), on the same date as the day start; default now. Converted to the start time zone. Wire name: ``TIME``.
            report: Reason for changing the work day time; required when TIME is given and the employee is not on a flexible schedule. Wire name: ``REPORT``.
            lat: Latitude of the place the day ends. Wire name: ``LAT``.
            lon: Longitude of the place the day ends. Wire name: ``LON``.

        Returns:
            TimemanCloseResult

        Example:
            result = client.timeman.close()
            result = await client.timeman.close()  # AsyncBitrix24
        """
        return cast(
            "TimemanCloseResult",
            await self._backend._invoke(
                _TIMEMAN_CLOSE,
                {
                    "USER_ID": user_id,
                    "TIME": time,
                    "REPORT": report,
                    "LAT": lat,
                    "LON": lon,
                },
            ),
        )

    async def open(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        time: datetime.datetime | str | NotGiven = NOT_GIVEN,
        report: str | NotGiven = NOT_GIVEN,
        lat: float | NotGiven = NOT_GIVEN,
        lon: float | NotGiven = NOT_GIVEN,
    ) -> TimemanOpenResult:
        """Start or resume a user's work day in time tracking, optionally at a given time and place.

        Also resumes a paused or closed day.

        REST method: ``timeman.open``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-open.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.
            time: Start time, ISO 8601 (ATOM) such as "2025-02-12T15:52:01+00:00"; allowed only when the day is CLOSED. Its time zone is taken as the user's. Wire name: ``TIME``.
            report: Reason for changing the work day time; required when TIME is given and the employee is not on a flexible schedule. Wire name: ``REPORT``.
            lat: Latitude of the place the day starts. Wire name: ``LAT``.
            lon: Longitude of the place the day starts. Wire name: ``LON``.

        Returns:
            TimemanOpenResult

        Example:
            result = client.timeman.open()
            result = await client.timeman.open()  # AsyncBitrix24
        """
        return cast(
            "TimemanOpenResult",
            await self._backend._invoke(
                _TIMEMAN_OPEN,
                {
                    "USER_ID": user_id,
                    "TIME": time,
                    "REPORT": report,
                    "LAT": lat,
                    "LON": lon,
                },
            ),
        )

    async def pause(self, *, user_id: int | NotGiven = NOT_GIVEN) -> TimemanPauseResult:
        """Put a user's current work day on a break.

        If the day is already closed, it is reopened and the time since closing is added to its length.

        REST method: ``timeman.pause``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-pause.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            TimemanPauseResult

        Example:
            result = client.timeman.pause()
            result = await client.timeman.pause()  # AsyncBitrix24
        """
        return cast(
            "TimemanPauseResult",
            await self._backend._invoke(_TIMEMAN_PAUSE, {"USER_ID": user_id}),
        )

    async def settings(
        self, *, user_id: int | NotGiven = NOT_GIVEN
    ) -> TimemanSettingsResult:
        """Get a user's time tracking settings: schedule limits and allowed changes.

        REST method: ``timeman.settings``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-settings.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            TimemanSettingsResult

        Example:
            result = client.timeman.settings()
            result = await client.timeman.settings()  # AsyncBitrix24
        """
        return cast(
            "TimemanSettingsResult",
            await self._backend._invoke(_TIMEMAN_SETTINGS, {"USER_ID": user_id}),
        )

    async def status(
        self, *, user_id: int | NotGiven = NOT_GIVEN
    ) -> TimemanStatusResult:
        """Get the status, times and places of a user's current work day.

        REST method: ``timeman.status``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-status.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            TimemanStatusResult

        Example:
            result = client.timeman.status()
            result = await client.timeman.status()  # AsyncBitrix24
        """
        return cast(
            "TimemanStatusResult",
            await self._backend._invoke(_TIMEMAN_STATUS, {"USER_ID": user_id}),
        )


class BatchTimeman(Namespace):
    """Methods under ``timeman`` (queued into a batch)."""

    __slots__ = ()

    @property
    def networkrange(self) -> BatchTimemanNetworkrange:
        """Methods under ``timeman.networkrange``."""
        from b24client._api.timeman.networkrange import BatchTimemanNetworkrange

        return BatchTimemanNetworkrange(self._backend)

    @property
    def schedule(self) -> BatchTimemanSchedule:
        """Methods under ``timeman.schedule``."""
        from b24client._api.timeman.schedule import BatchTimemanSchedule

        return BatchTimemanSchedule(self._backend)

    @property
    def timecontrol(self) -> BatchTimemanTimecontrol:
        """Methods under ``timeman.timecontrol``."""
        from b24client._api.timeman.timecontrol import BatchTimemanTimecontrol

        return BatchTimemanTimecontrol(self._backend)

    def close(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        time: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        report: str | Ref | NotGiven = NOT_GIVEN,
        lat: float | Ref | NotGiven = NOT_GIVEN,
        lon: float | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TimemanCloseResult]:
        """End a user's current work day in time tracking.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.close``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-close.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.
            time: End time, ISO 8601 (ATOM), on the same date as the day start; default now. Converted to the start time zone. Wire name: ``TIME``.
            report: Reason for changing the work day time; required when TIME is given and the employee is not on a flexible schedule. Wire name: ``REPORT``.
            lat: Latitude of the place the day ends. Wire name: ``LAT``.
            lon: Longitude of the place the day ends. Wire name: ``LON``.

        Returns:
            BatchCommand[TimemanCloseResult]

        Example:
            command = batch.timeman.close()
        """
        return cast(
            "BatchCommand[TimemanCloseResult]",
            self._backend._invoke(
                _TIMEMAN_CLOSE,
                {
                    "USER_ID": user_id,
                    "TIME": time,
                    "REPORT": report,
                    "LAT": lat,
                    "LON": lon,
                },
            ),
        )

    def open(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        time: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        report: str | Ref | NotGiven = NOT_GIVEN,
        lat: float | Ref | NotGiven = NOT_GIVEN,
        lon: float | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TimemanOpenResult]:
        """Start or resume a user's work day in time tracking, optionally at a given time and place.

        Also resumes a paused or closed day.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.open``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-open.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.
            time: Start time, ISO 8601 (ATOM) such as "2025-02-12T15:52:01+00:00"; allowed only when the day is CLOSED. Its time zone is taken as the user's. Wire name: ``TIME``.
            report: Reason for changing the work day time; required when TIME is given and the employee is not on a flexible schedule. Wire name: ``REPORT``.
            lat: Latitude of the place the day starts. Wire name: ``LAT``.
            lon: Longitude of the place the day starts. Wire name: ``LON``.

        Returns:
            BatchCommand[TimemanOpenResult]

        Example:
            command = batch.timeman.open()
        """
        return cast(
            "BatchCommand[TimemanOpenResult]",
            self._backend._invoke(
                _TIMEMAN_OPEN,
                {
                    "USER_ID": user_id,
                    "TIME": time,
                    "REPORT": report,
                    "LAT": lat,
                    "LON": lon,
                },
            ),
        )

    def pause(
        self, *, user_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[TimemanPauseResult]:
        """Put a user's current work day on a break.

        If the day is already closed, it is reopened and the time since closing is added to its length.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.pause``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-pause.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[TimemanPauseResult]

        Example:
            command = batch.timeman.pause()
        """
        return cast(
            "BatchCommand[TimemanPauseResult]",
            self._backend._invoke(_TIMEMAN_PAUSE, {"USER_ID": user_id}),
        )

    def settings(
        self, *, user_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[TimemanSettingsResult]:
        """Get a user's time tracking settings: schedule limits and allowed changes.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.settings``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-settings.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[TimemanSettingsResult]

        Example:
            command = batch.timeman.settings()
        """
        return cast(
            "BatchCommand[TimemanSettingsResult]",
            self._backend._invoke(_TIMEMAN_SETTINGS, {"USER_ID": user_id}),
        )

    def status(
        self, *, user_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[TimemanStatusResult]:
        """Get the status, times and places of a user's current work day.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.status``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/base/timeman-status.html

        Args:
            user_id: ID of the user; default the current user. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[TimemanStatusResult]

        Example:
            command = batch.timeman.status()
        """
        return cast(
            "BatchCommand[TimemanStatusResult]",
            self._backend._invoke(_TIMEMAN_STATUS, {"USER_ID": user_id}),
        )
