"""Methods under ``calendar.event``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.calendar import (
        CalendarEvent as _CalendarEvent,
        CalendarEventAddMeeting,
        CalendarEventAddRemind,
        CalendarEventAddRrule,
        CalendarEventGetNearestResult,
        CalendarEventGetbyidResult,
        CalendarEventUpdateMeeting,
        CalendarEventUpdateRemind,
        CalendarEventUpdateResult,
        CalendarEventUpdateRrule,
    )

_CALENDAR_EVENT_ADD = MethodInfo(
    name="calendar.event.add", idempotent=False, returns="integer", api=1
)
_CALENDAR_EVENT_DELETE = MethodInfo(
    name="calendar.event.delete", idempotent=False, returns="boolean", api=1
)
_CALENDAR_EVENT_GETBYID = MethodInfo(
    name="calendar.event.getbyid", idempotent=True, returns="any", api=1
)
_CALENDAR_EVENT_UPDATE = MethodInfo(
    name="calendar.event.update", idempotent=False, returns="any", api=1
)
_CALENDAR_EVENT_GET = MethodInfo(
    name="calendar.event.get", idempotent=True, returns="any", api=1
)
_CALENDAR_EVENT_GET_NEAREST = MethodInfo(
    name="calendar.event.get.nearest", idempotent=False, returns="any", api=1
)


class CalendarEvent(Namespace):
    """Methods under ``calendar.event``."""

    __slots__ = ()

    @property
    def get(self) -> CalendarEventGet:
        """Methods under ``calendar.event.get``."""
        return CalendarEventGet(self._backend)

    def add(
        self,
        *,
        type: str,
        owner_id: int | str,
        from_: str,
        to: str,
        from_ts: int | NotGiven = NOT_GIVEN,
        to_ts: int | NotGiven = NOT_GIVEN,
        section: int,
        auto_detect_section: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        name: str,
        skip_time: bool | NotGiven = NOT_GIVEN,
        timezone_from: str | NotGiven = NOT_GIVEN,
        timezone_to: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        accessibility: str | NotGiven = NOT_GIVEN,
        importance: str | NotGiven = NOT_GIVEN,
        private_event: bool | NotGiven = NOT_GIVEN,
        rrule: CalendarEventAddRrule | NotGiven = NOT_GIVEN,
        is_meeting: bool | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        remind: Sequence[CalendarEventAddRemind] | NotGiven = NOT_GIVEN,
        attendees: Sequence[int] | NotGiven = NOT_GIVEN,
        meeting: CalendarEventAddMeeting | NotGiven = NOT_GIVEN,
        crm_fields: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add calendar event.

        REST method: ``calendar.event.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-add.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            int

        Example:
            result = client.calendar.event.add(type="example", owner_id=1, from_="2025-01-31T10:00:00+03:00", to="2025-01-31T10:00:00+03:00", section=1, name="Anna")
            result = await client.calendar.event.add(type="example", owner_id=1, from_="2025-01-31T10:00:00+03:00", to="2025-01-31T10:00:00+03:00", section=1, name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CALENDAR_EVENT_ADD,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "from_ts": from_ts,
                    "to_ts": to_ts,
                    "section": section,
                    "auto_detect_section": auto_detect_section,
                    "name": name,
                    "skip_time": yes_no(skip_time),
                    "timezone_from": timezone_from,
                    "timezone_to": timezone_to,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "accessibility": accessibility,
                    "importance": importance,
                    "private_event": yes_no(private_event),
                    "rrule": rrule,
                    "is_meeting": yes_no(is_meeting),
                    "location": location,
                    "remind": remind,
                    "attendees": attendees,
                    "meeting": meeting,
                    "crm_fields": crm_fields,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Delete calendar event.

        REST method: ``calendar.event.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-delete.html

        Returns:
            bool

        Example:
            result = client.calendar.event.delete(id=1)
            result = await client.calendar.event.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CALENDAR_EVENT_DELETE, {"id": id}))

    def getbyid(self, *, id: int) -> CalendarEventGetbyidResult:
        """Get byid of calendar event.

        REST method: ``calendar.event.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-by-id.html

        Returns:
            CalendarEventGetbyidResult

        Example:
            result = client.calendar.event.getbyid(id=1)
            result = await client.calendar.event.getbyid(id=1)  # AsyncBitrix24
        """
        return cast(
            "CalendarEventGetbyidResult",
            self._backend._invoke(_CALENDAR_EVENT_GETBYID, {"id": id}),
        )

    def update(
        self,
        *,
        id: int,
        type: str,
        owner_id: int,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        from_ts: int | NotGiven = NOT_GIVEN,
        to_ts: int | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        skip_time: bool | NotGiven = NOT_GIVEN,
        timezone_from: str | NotGiven = NOT_GIVEN,
        timezone_to: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        accessibility: str | NotGiven = NOT_GIVEN,
        importance: str | NotGiven = NOT_GIVEN,
        private_event: bool | NotGiven = NOT_GIVEN,
        recurrence_mode: Literal["this", "next", "all"] | NotGiven = NOT_GIVEN,
        current_date_from: datetime.date | str | NotGiven = NOT_GIVEN,
        rrule: CalendarEventUpdateRrule | NotGiven = NOT_GIVEN,
        is_meeting: bool | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        remind: Sequence[CalendarEventUpdateRemind] | NotGiven = NOT_GIVEN,
        attendees: Sequence[int] | NotGiven = NOT_GIVEN,
        host: int | NotGiven = NOT_GIVEN,
        meeting: CalendarEventUpdateMeeting | NotGiven = NOT_GIVEN,
        crm_fields: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> int | CalendarEventUpdateResult:
        """Update calendar event.

        REST method: ``calendar.event.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-update.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            int | CalendarEventUpdateResult

        Example:
            result = client.calendar.event.update(id=1, type="example", owner_id=1)
            result = await client.calendar.event.update(id=1, type="example", owner_id=1)  # AsyncBitrix24
        """
        return cast(
            "int | CalendarEventUpdateResult",
            self._backend._invoke(
                _CALENDAR_EVENT_UPDATE,
                {
                    "id": id,
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "from_ts": from_ts,
                    "to_ts": to_ts,
                    "section": section,
                    "name": name,
                    "skip_time": yes_no(skip_time),
                    "timezone_from": timezone_from,
                    "timezone_to": timezone_to,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "accessibility": accessibility,
                    "importance": importance,
                    "private_event": yes_no(private_event),
                    "recurrence_mode": recurrence_mode,
                    "current_date_from": current_date_from,
                    "rrule": rrule,
                    "is_meeting": yes_no(is_meeting),
                    "location": location,
                    "remind": remind,
                    "attendees": attendees,
                    "host": host,
                    "meeting": meeting,
                    "crm_fields": crm_fields,
                },
            ),
        )


class AsyncCalendarEvent(Namespace):
    """Methods under ``calendar.event`` (async)."""

    __slots__ = ()

    @property
    def get(self) -> AsyncCalendarEventGet:
        """Methods under ``calendar.event.get``."""
        return AsyncCalendarEventGet(self._backend)

    async def add(
        self,
        *,
        type: str,
        owner_id: int | str,
        from_: str,
        to: str,
        from_ts: int | NotGiven = NOT_GIVEN,
        to_ts: int | NotGiven = NOT_GIVEN,
        section: int,
        auto_detect_section: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        name: str,
        skip_time: bool | NotGiven = NOT_GIVEN,
        timezone_from: str | NotGiven = NOT_GIVEN,
        timezone_to: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        accessibility: str | NotGiven = NOT_GIVEN,
        importance: str | NotGiven = NOT_GIVEN,
        private_event: bool | NotGiven = NOT_GIVEN,
        rrule: CalendarEventAddRrule | NotGiven = NOT_GIVEN,
        is_meeting: bool | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        remind: Sequence[CalendarEventAddRemind] | NotGiven = NOT_GIVEN,
        attendees: Sequence[int] | NotGiven = NOT_GIVEN,
        meeting: CalendarEventAddMeeting | NotGiven = NOT_GIVEN,
        crm_fields: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add calendar event.

        REST method: ``calendar.event.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-add.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            int

        Example:
            result = client.calendar.event.add(type="example", owner_id=1, from_="2025-01-31T10:00:00+03:00", to="2025-01-31T10:00:00+03:00", section=1, name="Anna")
            result = await client.calendar.event.add(type="example", owner_id=1, from_="2025-01-31T10:00:00+03:00", to="2025-01-31T10:00:00+03:00", section=1, name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CALENDAR_EVENT_ADD,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "from_ts": from_ts,
                    "to_ts": to_ts,
                    "section": section,
                    "auto_detect_section": auto_detect_section,
                    "name": name,
                    "skip_time": yes_no(skip_time),
                    "timezone_from": timezone_from,
                    "timezone_to": timezone_to,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "accessibility": accessibility,
                    "importance": importance,
                    "private_event": yes_no(private_event),
                    "rrule": rrule,
                    "is_meeting": yes_no(is_meeting),
                    "location": location,
                    "remind": remind,
                    "attendees": attendees,
                    "meeting": meeting,
                    "crm_fields": crm_fields,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete calendar event.

        REST method: ``calendar.event.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-delete.html

        Returns:
            bool

        Example:
            result = client.calendar.event.delete(id=1)
            result = await client.calendar.event.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CALENDAR_EVENT_DELETE, {"id": id})
        )

    async def getbyid(self, *, id: int) -> CalendarEventGetbyidResult:
        """Get byid of calendar event.

        REST method: ``calendar.event.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-by-id.html

        Returns:
            CalendarEventGetbyidResult

        Example:
            result = client.calendar.event.getbyid(id=1)
            result = await client.calendar.event.getbyid(id=1)  # AsyncBitrix24
        """
        return cast(
            "CalendarEventGetbyidResult",
            await self._backend._invoke(_CALENDAR_EVENT_GETBYID, {"id": id}),
        )

    async def update(
        self,
        *,
        id: int,
        type: str,
        owner_id: int,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        from_ts: int | NotGiven = NOT_GIVEN,
        to_ts: int | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        skip_time: bool | NotGiven = NOT_GIVEN,
        timezone_from: str | NotGiven = NOT_GIVEN,
        timezone_to: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        accessibility: str | NotGiven = NOT_GIVEN,
        importance: str | NotGiven = NOT_GIVEN,
        private_event: bool | NotGiven = NOT_GIVEN,
        recurrence_mode: Literal["this", "next", "all"] | NotGiven = NOT_GIVEN,
        current_date_from: datetime.date | str | NotGiven = NOT_GIVEN,
        rrule: CalendarEventUpdateRrule | NotGiven = NOT_GIVEN,
        is_meeting: bool | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        remind: Sequence[CalendarEventUpdateRemind] | NotGiven = NOT_GIVEN,
        attendees: Sequence[int] | NotGiven = NOT_GIVEN,
        host: int | NotGiven = NOT_GIVEN,
        meeting: CalendarEventUpdateMeeting | NotGiven = NOT_GIVEN,
        crm_fields: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> int | CalendarEventUpdateResult:
        """Update calendar event.

        REST method: ``calendar.event.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-update.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            int | CalendarEventUpdateResult

        Example:
            result = client.calendar.event.update(id=1, type="example", owner_id=1)
            result = await client.calendar.event.update(id=1, type="example", owner_id=1)  # AsyncBitrix24
        """
        return cast(
            "int | CalendarEventUpdateResult",
            await self._backend._invoke(
                _CALENDAR_EVENT_UPDATE,
                {
                    "id": id,
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "from_ts": from_ts,
                    "to_ts": to_ts,
                    "section": section,
                    "name": name,
                    "skip_time": yes_no(skip_time),
                    "timezone_from": timezone_from,
                    "timezone_to": timezone_to,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "accessibility": accessibility,
                    "importance": importance,
                    "private_event": yes_no(private_event),
                    "recurrence_mode": recurrence_mode,
                    "current_date_from": current_date_from,
                    "rrule": rrule,
                    "is_meeting": yes_no(is_meeting),
                    "location": location,
                    "remind": remind,
                    "attendees": attendees,
                    "host": host,
                    "meeting": meeting,
                    "crm_fields": crm_fields,
                },
            ),
        )


class BatchCalendarEvent(Namespace):
    """Methods under ``calendar.event`` (queued into a batch)."""

    __slots__ = ()

    @property
    def get(self) -> BatchCalendarEventGet:
        """Methods under ``calendar.event.get``."""
        return BatchCalendarEventGet(self._backend)

    def add(
        self,
        *,
        type: str | Ref,
        owner_id: int | str | Ref,
        from_: str | Ref,
        to: str | Ref,
        from_ts: int | Ref | NotGiven = NOT_GIVEN,
        to_ts: int | Ref | NotGiven = NOT_GIVEN,
        section: int | Ref,
        auto_detect_section: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref,
        skip_time: bool | Ref | NotGiven = NOT_GIVEN,
        timezone_from: str | Ref | NotGiven = NOT_GIVEN,
        timezone_to: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        color: str | Ref | NotGiven = NOT_GIVEN,
        text_color: str | Ref | NotGiven = NOT_GIVEN,
        accessibility: str | Ref | NotGiven = NOT_GIVEN,
        importance: str | Ref | NotGiven = NOT_GIVEN,
        private_event: bool | Ref | NotGiven = NOT_GIVEN,
        rrule: CalendarEventAddRrule | Ref | NotGiven = NOT_GIVEN,
        is_meeting: bool | Ref | NotGiven = NOT_GIVEN,
        location: str | Ref | NotGiven = NOT_GIVEN,
        remind: Sequence[CalendarEventAddRemind] | Ref | NotGiven = NOT_GIVEN,
        attendees: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        meeting: CalendarEventAddMeeting | Ref | NotGiven = NOT_GIVEN,
        crm_fields: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add calendar event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-add.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.calendar.event.add(type="example", owner_id=1, from_="2025-01-31T10:00:00+03:00", to="2025-01-31T10:00:00+03:00", section=1, name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CALENDAR_EVENT_ADD,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "from_ts": from_ts,
                    "to_ts": to_ts,
                    "section": section,
                    "auto_detect_section": auto_detect_section,
                    "name": name,
                    "skip_time": yes_no(skip_time),
                    "timezone_from": timezone_from,
                    "timezone_to": timezone_to,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "accessibility": accessibility,
                    "importance": importance,
                    "private_event": yes_no(private_event),
                    "rrule": rrule,
                    "is_meeting": yes_no(is_meeting),
                    "location": location,
                    "remind": remind,
                    "attendees": attendees,
                    "meeting": meeting,
                    "crm_fields": crm_fields,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete calendar event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-delete.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.calendar.event.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CALENDAR_EVENT_DELETE, {"id": id}),
        )

    def getbyid(self, *, id: int | Ref) -> BatchCommand[CalendarEventGetbyidResult]:
        """Get byid of calendar event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-by-id.html

        Returns:
            BatchCommand[CalendarEventGetbyidResult]

        Example:
            command = batch.calendar.event.getbyid(id=1)
        """
        return cast(
            "BatchCommand[CalendarEventGetbyidResult]",
            self._backend._invoke(_CALENDAR_EVENT_GETBYID, {"id": id}),
        )

    def update(
        self,
        *,
        id: int | Ref,
        type: str | Ref,
        owner_id: int | Ref,
        from_: str | Ref | NotGiven = NOT_GIVEN,
        to: str | Ref | NotGiven = NOT_GIVEN,
        from_ts: int | Ref | NotGiven = NOT_GIVEN,
        to_ts: int | Ref | NotGiven = NOT_GIVEN,
        section: int | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        skip_time: bool | Ref | NotGiven = NOT_GIVEN,
        timezone_from: str | Ref | NotGiven = NOT_GIVEN,
        timezone_to: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        color: str | Ref | NotGiven = NOT_GIVEN,
        text_color: str | Ref | NotGiven = NOT_GIVEN,
        accessibility: str | Ref | NotGiven = NOT_GIVEN,
        importance: str | Ref | NotGiven = NOT_GIVEN,
        private_event: bool | Ref | NotGiven = NOT_GIVEN,
        recurrence_mode: Literal["this", "next", "all"] | Ref | NotGiven = NOT_GIVEN,
        current_date_from: datetime.date | str | Ref | NotGiven = NOT_GIVEN,
        rrule: CalendarEventUpdateRrule | Ref | NotGiven = NOT_GIVEN,
        is_meeting: bool | Ref | NotGiven = NOT_GIVEN,
        location: str | Ref | NotGiven = NOT_GIVEN,
        remind: Sequence[CalendarEventUpdateRemind] | Ref | NotGiven = NOT_GIVEN,
        attendees: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        host: int | Ref | NotGiven = NOT_GIVEN,
        meeting: CalendarEventUpdateMeeting | Ref | NotGiven = NOT_GIVEN,
        crm_fields: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int | CalendarEventUpdateResult]:
        """Update calendar event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-update.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            BatchCommand[int | CalendarEventUpdateResult]

        Example:
            command = batch.calendar.event.update(id=1, type="example", owner_id=1)
        """
        return cast(
            "BatchCommand[int | CalendarEventUpdateResult]",
            self._backend._invoke(
                _CALENDAR_EVENT_UPDATE,
                {
                    "id": id,
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "from_ts": from_ts,
                    "to_ts": to_ts,
                    "section": section,
                    "name": name,
                    "skip_time": yes_no(skip_time),
                    "timezone_from": timezone_from,
                    "timezone_to": timezone_to,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "accessibility": accessibility,
                    "importance": importance,
                    "private_event": yes_no(private_event),
                    "recurrence_mode": recurrence_mode,
                    "current_date_from": current_date_from,
                    "rrule": rrule,
                    "is_meeting": yes_no(is_meeting),
                    "location": location,
                    "remind": remind,
                    "attendees": attendees,
                    "host": host,
                    "meeting": meeting,
                    "crm_fields": crm_fields,
                },
            ),
        )


class CalendarEventGet(Namespace):
    """Methods under ``calendar.event.get``."""

    __slots__ = ()

    def __call__(
        self,
        *,
        type: str,
        owner_id: int | str,
        from_: datetime.date | str | NotGiven = NOT_GIVEN,
        to: datetime.date | str | NotGiven = NOT_GIVEN,
        section: Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> list[_CalendarEvent]:
        """Get calendar event.

        REST method: ``calendar.event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            list[CalendarEvent]

        Example:
            result = client.calendar.event.get(type="example", owner_id=1)
            result = await client.calendar.event.get(type="example", owner_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CalendarEvent]",
            self._backend._invoke(
                _CALENDAR_EVENT_GET,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "section": section,
                },
            ),
        )

    def nearest(
        self,
        *,
        type: str | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN,
        for_current_user: bool | NotGiven = NOT_GIVEN,
        max_events_count: int | NotGiven = NOT_GIVEN,
        detail_url: str | NotGiven = NOT_GIVEN,
    ) -> list[CalendarEventGetNearestResult]:
        """Call nearest on calendar event get.

        REST method: ``calendar.event.get.nearest``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-nearest.html

        Args:
            owner_id: Wire name: ``ownerId``.
            for_current_user: Wire name: ``forCurrentUser``.
            max_events_count: Wire name: ``maxEventsCount``.
            detail_url: Wire name: ``detailUrl``.

        Returns:
            list[CalendarEventGetNearestResult]

        Example:
            result = client.calendar.event.get.nearest()
            result = await client.calendar.event.get.nearest()  # AsyncBitrix24
        """
        return cast(
            "list[CalendarEventGetNearestResult]",
            self._backend._invoke(
                _CALENDAR_EVENT_GET_NEAREST,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "days": days,
                    "forCurrentUser": for_current_user,
                    "maxEventsCount": max_events_count,
                    "detailUrl": detail_url,
                },
            ),
        )


class AsyncCalendarEventGet(Namespace):
    """Methods under ``calendar.event.get`` (async)."""

    __slots__ = ()

    async def __call__(
        self,
        *,
        type: str,
        owner_id: int | str,
        from_: datetime.date | str | NotGiven = NOT_GIVEN,
        to: datetime.date | str | NotGiven = NOT_GIVEN,
        section: Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> list[_CalendarEvent]:
        """Get calendar event.

        REST method: ``calendar.event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            list[CalendarEvent]

        Example:
            result = client.calendar.event.get(type="example", owner_id=1)
            result = await client.calendar.event.get(type="example", owner_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CalendarEvent]",
            await self._backend._invoke(
                _CALENDAR_EVENT_GET,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "section": section,
                },
            ),
        )

    async def nearest(
        self,
        *,
        type: str | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN,
        for_current_user: bool | NotGiven = NOT_GIVEN,
        max_events_count: int | NotGiven = NOT_GIVEN,
        detail_url: str | NotGiven = NOT_GIVEN,
    ) -> list[CalendarEventGetNearestResult]:
        """Call nearest on calendar event get.

        REST method: ``calendar.event.get.nearest``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-nearest.html

        Args:
            owner_id: Wire name: ``ownerId``.
            for_current_user: Wire name: ``forCurrentUser``.
            max_events_count: Wire name: ``maxEventsCount``.
            detail_url: Wire name: ``detailUrl``.

        Returns:
            list[CalendarEventGetNearestResult]

        Example:
            result = client.calendar.event.get.nearest()
            result = await client.calendar.event.get.nearest()  # AsyncBitrix24
        """
        return cast(
            "list[CalendarEventGetNearestResult]",
            await self._backend._invoke(
                _CALENDAR_EVENT_GET_NEAREST,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "days": days,
                    "forCurrentUser": for_current_user,
                    "maxEventsCount": max_events_count,
                    "detailUrl": detail_url,
                },
            ),
        )


class BatchCalendarEventGet(Namespace):
    """Methods under ``calendar.event.get`` (queued into a batch)."""

    __slots__ = ()

    def __call__(
        self,
        *,
        type: str | Ref,
        owner_id: int | str | Ref,
        from_: datetime.date | str | Ref | NotGiven = NOT_GIVEN,
        to: datetime.date | str | Ref | NotGiven = NOT_GIVEN,
        section: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CalendarEvent]]:
        """Get calendar event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get.html

        Args:
            owner_id: Wire name: ``ownerId``.
            from_: Wire name: ``from``.

        Returns:
            BatchCommand[list[CalendarEvent]]

        Example:
            command = batch.calendar.event.get(type="example", owner_id=1)
        """
        return cast(
            "BatchCommand[list[_CalendarEvent]]",
            self._backend._invoke(
                _CALENDAR_EVENT_GET,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "from": from_,
                    "to": to,
                    "section": section,
                },
            ),
        )

    def nearest(
        self,
        *,
        type: str | Ref | NotGiven = NOT_GIVEN,
        owner_id: int | Ref | NotGiven = NOT_GIVEN,
        days: int | Ref | NotGiven = NOT_GIVEN,
        for_current_user: bool | Ref | NotGiven = NOT_GIVEN,
        max_events_count: int | Ref | NotGiven = NOT_GIVEN,
        detail_url: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[CalendarEventGetNearestResult]]:
        """Call nearest on calendar event get.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.get.nearest``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-nearest.html

        Args:
            owner_id: Wire name: ``ownerId``.
            for_current_user: Wire name: ``forCurrentUser``.
            max_events_count: Wire name: ``maxEventsCount``.
            detail_url: Wire name: ``detailUrl``.

        Returns:
            BatchCommand[list[CalendarEventGetNearestResult]]

        Example:
            command = batch.calendar.event.get.nearest()
        """
        return cast(
            "BatchCommand[list[CalendarEventGetNearestResult]]",
            self._backend._invoke(
                _CALENDAR_EVENT_GET_NEAREST,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "days": days,
                    "forCurrentUser": for_current_user,
                    "maxEventsCount": max_events_count,
                    "detailUrl": detail_url,
                },
            ),
        )
