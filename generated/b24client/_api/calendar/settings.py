"""Methods under ``calendar.settings``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.calendar import CalendarSettings as _CalendarSettings

_CALENDAR_SETTINGS_GET = MethodInfo(
    name="calendar.settings.get", idempotent=True, returns="any", api=1
)


class CalendarSettings(Namespace):
    """Methods under ``calendar.settings``."""

    __slots__ = ()

    def get(self) -> _CalendarSettings:
        """Read the portal-wide calendar settings: work hours, holidays, week start and link templates.

        REST method: ``calendar.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-settings-get.html

        Returns:
            CalendarSettings

        Example:
            result = client.calendar.settings.get()
            result = await client.calendar.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_CalendarSettings", self._backend._invoke(_CALENDAR_SETTINGS_GET, {})
        )


class AsyncCalendarSettings(Namespace):
    """Methods under ``calendar.settings`` (async)."""

    __slots__ = ()

    async def get(self) -> _CalendarSettings:
        """Read the portal-wide calendar settings: work hours, holidays, week start and link templates.

        REST method: ``calendar.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-settings-get.html

        Returns:
            CalendarSettings

        Example:
            result = client.calendar.settings.get()
            result = await client.calendar.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_CalendarSettings", await self._backend._invoke(_CALENDAR_SETTINGS_GET, {})
        )


class BatchCalendarSettings(Namespace):
    """Methods under ``calendar.settings`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_CalendarSettings]:
        """Read the portal-wide calendar settings: work hours, holidays, week start and link templates.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-settings-get.html

        Returns:
            BatchCommand[CalendarSettings]

        Example:
            command = batch.calendar.settings.get()
        """
        return cast(
            "BatchCommand[_CalendarSettings]",
            self._backend._invoke(_CALENDAR_SETTINGS_GET, {}),
        )
