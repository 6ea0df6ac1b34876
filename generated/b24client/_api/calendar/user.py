"""Methods under ``calendar.user``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.calendar import (
        CalendarUserSettings as _CalendarUserSettings,
        CalendarUserSettingsSetSettings,
    )

_CALENDAR_USER_SETTINGS_GET = MethodInfo(
    name="calendar.user.settings.get", idempotent=True, returns="any", api=1
)
_CALENDAR_USER_SETTINGS_SET = MethodInfo(
    name="calendar.user.settings.set", idempotent=False, returns="boolean", api=1
)


class CalendarUser(Namespace):
    """Methods under ``calendar.user``."""

    __slots__ = ()

    @property
    def settings(self) -> CalendarUserSettings:
        """Methods under ``calendar.user.settings``."""
        return CalendarUserSettings(self._backend)


class AsyncCalendarUser(Namespace):
    """Methods under ``calendar.user`` (async)."""

    __slots__ = ()

    @property
    def settings(self) -> AsyncCalendarUserSettings:
        """Methods under ``calendar.user.settings``."""
        return AsyncCalendarUserSettings(self._backend)


class BatchCalendarUser(Namespace):
    """Methods under ``calendar.user`` (queued into a batch)."""

    __slots__ = ()

    @property
    def settings(self) -> BatchCalendarUserSettings:
        """Methods under ``calendar.user.settings``."""
        return BatchCalendarUserSettings(self._backend)


class CalendarUserSettings(Namespace):
    """Methods under ``calendar.user.settings``."""

    __slots__ = ()

    def get(self) -> _CalendarUserSettings:
        """Read the current user's personal calendar preferences.

        REST method: ``calendar.user.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-get.html

        Returns:
            CalendarUserSettings

        Example:
            result = client.calendar.user.settings.get()
            result = await client.calendar.user.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_CalendarUserSettings",
            self._backend._invoke(_CALENDAR_USER_SETTINGS_GET, {}),
        )

    def set(self, *, settings: CalendarUserSettingsSetSettings) -> bool:
        """Save the current user's personal calendar preferences.

        REST method: ``calendar.user.settings.set``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-set.html

        Args:
            settings: Preferences to save; keys left out keep their values.

        Returns:
            bool

        Example:
            result = client.calendar.user.settings.set(settings={"sendFromEmail": "anna.smith@example.com", "view": "day"})
            result = await client.calendar.user.settings.set(settings={"sendFromEmail": "anna.smith@example.com", "view": "day"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CALENDAR_USER_SETTINGS_SET, {"settings": settings}),
        )


class AsyncCalendarUserSettings(Namespace):
    """Methods under ``calendar.user.settings`` (async)."""

    __slots__ = ()

    async def get(self) -> _CalendarUserSettings:
        """Read the current user's personal calendar preferences.

        REST method: ``calendar.user.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-get.html

        Returns:
            CalendarUserSettings

        Example:
            result = client.calendar.user.settings.get()
            result = await client.calendar.user.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_CalendarUserSettings",
            await self._backend._invoke(_CALENDAR_USER_SETTINGS_GET, {}),
        )

    async def set(self, *, settings: CalendarUserSettingsSetSettings) -> bool:
        """Save the current user's personal calendar preferences.

        REST method: ``calendar.user.settings.set``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-set.html

        Args:
            settings: Preferences to save; keys left out keep their values.

        Returns:
            bool

        Example:
            result = client.calendar.user.settings.set(settings={"sendFromEmail": "anna.smith@example.com", "view": "day"})
            result = await client.calendar.user.settings.set(settings={"sendFromEmail": "anna.smith@example.com", "view": "day"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CALENDAR_USER_SETTINGS_SET, {"settings": settings}
            ),
        )


class BatchCalendarUserSettings(Namespace):
    """Methods under ``calendar.user.settings`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_CalendarUserSettings]:
        """Read the current user's personal calendar preferences.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.user.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-get.html

        Returns:
            BatchCommand[CalendarUserSettings]

        Example:
            command = batch.calendar.user.settings.get()
        """
        return cast(
            "BatchCommand[_CalendarUserSettings]",
            self._backend._invoke(_CALENDAR_USER_SETTINGS_GET, {}),
        )

    def set(
        self, *, settings: CalendarUserSettingsSetSettings | Ref
    ) -> BatchCommand[bool]:
        """Save the current user's personal calendar preferences.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.user.settings.set``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-set.html

        Args:
            settings: Preferences to save; keys left out keep their values.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.calendar.user.settings.set(settings={"sendFromEmail": "anna.smith@example.com", "view": "day"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CALENDAR_USER_SETTINGS_SET, {"settings": settings}),
        )
