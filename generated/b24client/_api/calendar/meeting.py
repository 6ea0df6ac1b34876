"""Methods under ``calendar.meeting``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_CALENDAR_MEETING_STATUS_GET = MethodInfo(
    name="calendar.meeting.status.get", idempotent=True, returns="string", api=1
)
_CALENDAR_MEETING_STATUS_SET = MethodInfo(
    name="calendar.meeting.status.set", idempotent=False, returns="boolean", api=1
)


class CalendarMeeting(Namespace):
    """Methods under ``calendar.meeting``."""

    __slots__ = ()

    @property
    def status(self) -> CalendarMeetingStatus:
        """Methods under ``calendar.meeting.status``."""
        return CalendarMeetingStatus(self._backend)


class AsyncCalendarMeeting(Namespace):
    """Methods under ``calendar.meeting`` (async)."""

    __slots__ = ()

    @property
    def status(self) -> AsyncCalendarMeetingStatus:
        """Methods under ``calendar.meeting.status``."""
        return AsyncCalendarMeetingStatus(self._backend)


class BatchCalendarMeeting(Namespace):
    """Methods under ``calendar.meeting`` (queued into a batch)."""

    __slots__ = ()

    @property
    def status(self) -> BatchCalendarMeetingStatus:
        """Methods under ``calendar.meeting.status``."""
        return BatchCalendarMeetingStatus(self._backend)


class CalendarMeetingStatus(Namespace):
    """Methods under ``calendar.meeting.status``."""

    __slots__ = ()

    def get(self, *, event_id: int) -> str:
        """Find out whether the current user accepted, declined or has not yet answered a meeting invitation.

        REST method: ``calendar.meeting.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-meeting-status-get.html

        Args:
            event_id: ID of the event, from calendar.event.get or calendar.event.get.nearest. Wire name: ``eventId``.

        Returns:
            str

        Example:
            result = client.calendar.meeting.status.get(event_id=1)
            result = await client.calendar.meeting.status.get(event_id=1)  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(_CALENDAR_MEETING_STATUS_GET, {"eventId": event_id}),
        )

    def set(self, *, event_id: int, status: Literal["Y", "N", "Q"]) -> bool:
        """Accept, decline or leave undecided the current user's invitation to a meeting.

        REST method: ``calendar.meeting.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-meeting-status-set.html

        Args:
            event_id: ID of the event, from calendar.event.get or calendar.event.get.nearest. Wire name: ``eventId``.
            status: Answer to the invitation: "Y" accepted, "N" declined, "Q" not answered yet.

        Returns:
            bool

        Example:
            result = client.calendar.meeting.status.set(event_id=1, status="Y")
            result = await client.calendar.meeting.status.set(event_id=1, status="Y")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CALENDAR_MEETING_STATUS_SET, {"eventId": event_id, "status": status}
            ),
        )


class AsyncCalendarMeetingStatus(Namespace):
    """Methods under ``calendar.meeting.status`` (async)."""

    __slots__ = ()

    async def get(self, *, event_id: int) -> str:
        """Find out whether the current user accepted, declined or has not yet answered a meeting invitation.

        REST method: ``calendar.meeting.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-meeting-status-get.html

        Args:
            event_id: ID of the event, from calendar.event.get or calendar.event.get.nearest. Wire name: ``eventId``.

        Returns:
            str

        Example:
            result = client.calendar.meeting.status.get(event_id=1)
            result = await client.calendar.meeting.status.get(event_id=1)  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _CALENDAR_MEETING_STATUS_GET, {"eventId": event_id}
            ),
        )

    async def set(self, *, event_id: int, status: Literal["Y", "N", "Q"]) -> bool:
        """Accept, decline or leave undecided the current user's invitation to a meeting.

        REST method: ``calendar.meeting.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-meeting-status-set.html

        Args:
            event_id: ID of the event, from calendar.event.get or calendar.event.get.nearest. Wire name: ``eventId``.
            status: Answer to the invitation: "Y" accepted, "N" declined, "Q" not answered yet.

        Returns:
            bool

        Example:
            result = client.calendar.meeting.status.set(event_id=1, status="Y")
            result = await client.calendar.meeting.status.set(event_id=1, status="Y")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CALENDAR_MEETING_STATUS_SET, {"eventId": event_id, "status": status}
            ),
        )


class BatchCalendarMeetingStatus(Namespace):
    """Methods under ``calendar.meeting.status`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, event_id: int | Ref) -> BatchCommand[str]:
        """Find out whether the current user accepted, declined or has not yet answered a meeting invitation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.meeting.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-meeting-status-get.html

        Args:
            event_id: ID of the event, from calendar.event.get or calendar.event.get.nearest. Wire name: ``eventId``.

        Returns:
            BatchCommand[str]

        Example:
            command = batch.calendar.meeting.status.get(event_id=1)
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(_CALENDAR_MEETING_STATUS_GET, {"eventId": event_id}),
        )

    def set(
        self, *, event_id: int | Ref, status: Literal["Y", "N", "Q"] | Ref
    ) -> BatchCommand[bool]:
        """Accept, decline or leave undecided the current user's invitation to a meeting.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.meeting.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-meeting-status-set.html

        Args:
            event_id: ID of the event, from calendar.event.get or calendar.event.get.nearest. Wire name: ``eventId``.
            status: Answer to the invitation: "Y" accepted, "N" declined, "Q" not answered yet.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.calendar.meeting.status.set(event_id=1, status="Y")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CALENDAR_MEETING_STATUS_SET, {"eventId": event_id, "status": status}
            ),
        )
