"""Methods under ``calendar``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.calendar.accessibility import (
        AsyncCalendarAccessibility,
        BatchCalendarAccessibility,
        CalendarAccessibility,
    )
    from b24client._api.calendar.event import (
        AsyncCalendarEvent,
        BatchCalendarEvent,
        CalendarEvent,
    )
    from b24client._api.calendar.meeting import (
        AsyncCalendarMeeting,
        BatchCalendarMeeting,
        CalendarMeeting,
    )
    from b24client._api.calendar.resource import (
        AsyncCalendarResource,
        BatchCalendarResource,
        CalendarResource,
    )
    from b24client._api.calendar.section import (
        AsyncCalendarSection,
        BatchCalendarSection,
        CalendarSection,
    )
    from b24client._api.calendar.settings import (
        AsyncCalendarSettings,
        BatchCalendarSettings,
        CalendarSettings,
    )
    from b24client._api.calendar.user import (
        AsyncCalendarUser,
        BatchCalendarUser,
        CalendarUser,
    )


class Calendar(Namespace):
    """Methods under ``calendar``."""

    __slots__ = ()

    @property
    def accessibility(self) -> CalendarAccessibility:
        """Methods under ``calendar.accessibility``."""
        from b24client._api.calendar.accessibility import CalendarAccessibility

        return CalendarAccessibility(self._backend)

    @property
    def event(self) -> CalendarEvent:
        """Methods under ``calendar.event``."""
        from b24client._api.calendar.event import CalendarEvent

        return CalendarEvent(self._backend)

    @property
    def meeting(self) -> CalendarMeeting:
        """Methods under ``calendar.meeting``."""
        from b24client._api.calendar.meeting import CalendarMeeting

        return CalendarMeeting(self._backend)

    @property
    def resource(self) -> CalendarResource:
        """Methods under ``calendar.resource``."""
        from b24client._api.calendar.resource import CalendarResource

        return CalendarResource(self._backend)

    @property
    def section(self) -> CalendarSection:
        """Methods under ``calendar.section``."""
        from b24client._api.calendar.section import CalendarSection

        return CalendarSection(self._backend)

    @property
    def settings(self) -> CalendarSettings:
        """Methods under ``calendar.settings``."""
        from b24client._api.calendar.settings import CalendarSettings

        return CalendarSettings(self._backend)

    @property
    def user(self) -> CalendarUser:
        """Methods under ``calendar.user``."""
        from b24client._api.calendar.user import CalendarUser

        return CalendarUser(self._backend)


class AsyncCalendar(Namespace):
    """Methods under ``calendar`` (async)."""

    __slots__ = ()

    @property
    def accessibility(self) -> AsyncCalendarAccessibility:
        """Methods under ``calendar.accessibility``."""
        from b24client._api.calendar.accessibility import AsyncCalendarAccessibility

        return AsyncCalendarAccessibility(self._backend)

    @property
    def event(self) -> AsyncCalendarEvent:
        """Methods under ``calendar.event``."""
        from b24client._api.calendar.event import AsyncCalendarEvent

        return AsyncCalendarEvent(self._backend)

    @property
    def meeting(self) -> AsyncCalendarMeeting:
        """Methods under ``calendar.meeting``."""
        from b24client._api.calendar.meeting import AsyncCalendarMeeting

        return AsyncCalendarMeeting(self._backend)

    @property
    def resource(self) -> AsyncCalendarResource:
        """Methods under ``calendar.resource``."""
        from b24client._api.calendar.resource import AsyncCalendarResource

        return AsyncCalendarResource(self._backend)

    @property
    def section(self) -> AsyncCalendarSection:
        """Methods under ``calendar.section``."""
        from b24client._api.calendar.section import AsyncCalendarSection

        return AsyncCalendarSection(self._backend)

    @property
    def settings(self) -> AsyncCalendarSettings:
        """Methods under ``calendar.settings``."""
        from b24client._api.calendar.settings import AsyncCalendarSettings

        return AsyncCalendarSettings(self._backend)

    @property
    def user(self) -> AsyncCalendarUser:
        """Methods under ``calendar.user``."""
        from b24client._api.calendar.user import AsyncCalendarUser

        return AsyncCalendarUser(self._backend)


class BatchCalendar(Namespace):
    """Methods under ``calendar`` (queued into a batch)."""

    __slots__ = ()

    @property
    def accessibility(self) -> BatchCalendarAccessibility:
        """Methods under ``calendar.accessibility``."""
        from b24client._api.calendar.accessibility import BatchCalendarAccessibility

        return BatchCalendarAccessibility(self._backend)

    @property
    def event(self) -> BatchCalendarEvent:
        """Methods under ``calendar.event``."""
        from b24client._api.calendar.event import BatchCalendarEvent

        return BatchCalendarEvent(self._backend)

    @property
    def meeting(self) -> BatchCalendarMeeting:
        """Methods under ``calendar.meeting``."""
        from b24client._api.calendar.meeting import BatchCalendarMeeting

        return BatchCalendarMeeting(self._backend)

    @property
    def resource(self) -> BatchCalendarResource:
        """Methods under ``calendar.resource``."""
        from b24client._api.calendar.resource import BatchCalendarResource

        return BatchCalendarResource(self._backend)

    @property
    def section(self) -> BatchCalendarSection:
        """Methods under ``calendar.section``."""
        from b24client._api.calendar.section import BatchCalendarSection

        return BatchCalendarSection(self._backend)

    @property
    def settings(self) -> BatchCalendarSettings:
        """Methods under ``calendar.settings``."""
        from b24client._api.calendar.settings import BatchCalendarSettings

        return BatchCalendarSettings(self._backend)

    @property
    def user(self) -> BatchCalendarUser:
        """Methods under ``calendar.user``."""
        from b24client._api.calendar.user import BatchCalendarUser

        return BatchCalendarUser(self._backend)
