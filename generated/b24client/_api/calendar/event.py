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
        """Create an event or a meeting with attendees in a user, group or company calendar; returns its ID.

        Either from/to or from_ts/to_ts must be given. Colors must be sent with "#" encoded as "%23".

        REST method: ``calendar.event.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-add.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the event: date and time, or only a date when skip_time is "Y". Wire name: ``from``.
            to: End of the event: date and time, or only a date when skip_time is "Y".
            from_ts: Start of the event as a Unix timestamp; alternative to from.
            to_ts: End of the event as a Unix timestamp; alternative to to.
            section: ID of the calendar (section) that holds the event. Required when auto_detect_section is not "Y".
            auto_detect_section: \"Y" lets the server pick the calendar; "N" uses section. When omitted the server tries to pick one.
            name: Event title.
            skip_time: \"Y" for an all-day event (from and to carry dates only), "N" to use date and time.
            timezone_from: Time zone of the start, such as "Europe/Riga"; defaults to the current user's zone.
            timezone_to: Time zone of the end, such as "Europe/Riga"; defaults to the current user's zone.
            description: Event description.
            color: Background color of the event, such as "%23FF0000" (send "#" as "%23").
            text_color: Text color of the event, such as "%23000000" (send "#" as "%23").
            accessibility: How the attendees appear during the event: "busy", "absent", "quest" (tentative) or "free".
            importance: Importance of the event: "high", "normal" or "low".
            private_event: \"Y" marks the event as private.
            rrule: Recurrence rule in iCalendar terms; leave out for a one-time event.
            is_meeting: \"Y" makes it a meeting with attendees (list them in attendees).
            location: Where the event takes place.
            remind: Reminders, each an object with type and count.
            attendees: IDs of the users invited to the meeting; defaults to the calling user alone.
            meeting: Meeting settings.
            crm_fields: CRM records to link, as IDs with a type prefix: "CO_" company, "C_" contact, "L_" lead, "D_" deal (for example "D_15").

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
        """Remove an event from the calendar by its ID.

        REST method: ``calendar.event.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-delete.html

        Args:
            id: ID of the event, from calendar.event.get or calendar.event.get.nearest.

        Returns:
            bool

        Example:
            result = client.calendar.event.delete(id=1)
            result = await client.calendar.event.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CALENDAR_EVENT_DELETE, {"id": id}))

    def getbyid(self, *, id: int) -> CalendarEventGetbyidResult:
        """Read one event with its time zone, recurrence, attendees and meeting settings.

        REST method: ``calendar.event.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-by-id.html

        Args:
            id: ID of the event, from calendar.event.get or calendar.event.get.nearest.

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
        """Change an event; for a recurring event, change just one occurrence, the following ones or the whole series.

        Returns the event ID, or, when one occurrence is split off a series, an object describing the new series. A meeting edited by someone other than its organiser needs host set to the current organiser.

        REST method: ``calendar.event.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-update.html

        Args:
            id: ID of the event to change.
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the event: date and time, or only a date when skip_time is "Y". Wire name: ``from``.
            to: End of the event: date and time, or only a date when skip_time is "Y".
            from_ts: Start of the event as a Unix timestamp; alternative to from.
            to_ts: End of the event as a Unix timestamp; alternative to to.
            section: ID of the calendar (section) that holds the event.
            name: Event title.
            skip_time: \"Y" for an all-day event (from and to carry dates only), "N" to use date and time.
            timezone_from: Time zone of the start, such as "Europe/Riga"; defaults to the current user's zone.
            timezone_to: Time zone of the end, such as "Europe/Riga"; defaults to the current user's zone.
            description: Event description.
            color: Background color of the event, such as "%23FF0000" (send "#" as "%23").
            text_color: Text color of the event, such as "%23000000" (send "#" as "%23").
            accessibility: How the attendees appear during the event: "busy", "absent", "quest" (tentative) or "free".
            importance: Importance of the event: "high", "normal" or "low".
            private_event: \"Y" marks the event as private.
            recurrence_mode: For a recurring event, what to change: "this" (only this occurrence), "next" (this and later ones) or "all" (the whole series). "this" and "next" need current_date_from.
            current_date_from: Date of the occurrence being edited; needed with recurrence_mode "this" or "next".
            rrule: Recurrence rule in iCalendar terms; leave out for a one-time event.
            is_meeting: \"Y" makes it a meeting with attendees (list them in attendees).
            location: Where the event takes place.
            remind: Reminders, each an object with type and count.
            attendees: IDs of the users invited to the meeting; defaults to the calling user alone.
            host: ID of the current meeting organiser (MEETING_HOST); pass it only when someone other than the organiser edits a meeting.
            meeting: Meeting settings.
            crm_fields: CRM records to link, as IDs with a type prefix: "CO_" company, "C_" contact, "L_" lead, "D_" deal (for example "D_15").

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
        """Create an event or a meeting with attendees in a user, group or company calendar; returns its ID.

        Either from/to or from_ts/to_ts must be given. Colors must be sent with "#" encoded as "%23".

        REST method: ``calendar.event.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-add.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the event: date and time, or only a date when skip_time is "Y". Wire name: ``from``.
            to: End of the event: date and time, or only a date when skip_time is "Y".
            from_ts: Start of the event as a Unix timestamp; alternative to from.
            to_ts: End of the event as a Unix timestamp; alternative to to.
            section: ID of the calendar (section) that holds the event. Required when auto_detect_section is not "Y".
            auto_detect_section: \"Y" lets the server pick the calendar; "N" uses section. When omitted the server tries to pick one.
            name: Event title.
            skip_time: \"Y" for an all-day event (from and to carry dates only), "N" to use date and time.
            timezone_from: Time zone of the start, such as "Europe/Riga"; defaults to the current user's zone.
            timezone_to: Time zone of the end, such as "Europe/Riga"; defaults to the current user's zone.
            description: Event description.
            color: Background color of the event, such as "%23FF0000" (send "#" as "%23").
            text_color: Text color of the event, such as "%23000000" (send "#" as "%23").
            accessibility: How the attendees appear during the event: "busy", "absent", "quest" (tentative) or "free".
            importance: Importance of the event: "high", "normal" or "low".
            private_event: \"Y" marks the event as private.
            rrule: Recurrence rule in iCalendar terms; leave out for a one-time event.
            is_meeting: \"Y" makes it a meeting with attendees (list them in attendees).
            location: Where the event takes place.
            remind: Reminders, each an object with type and count.
            attendees: IDs of the users invited to the meeting; defaults to the calling user alone.
            meeting: Meeting settings.
            crm_fields: CRM records to link, as IDs with a type prefix: "CO_" company, "C_" contact, "L_" lead, "D_" deal (for example "D_15").

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
        """Remove an event from the calendar by its ID.

        REST method: ``calendar.event.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-delete.html

        Args:
            id: ID of the event, from calendar.event.get or calendar.event.get.nearest.

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
        """Read one event with its time zone, recurrence, attendees and meeting settings.

        REST method: ``calendar.event.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-by-id.html

        Args:
            id: ID of the event, from calendar.event.get or calendar.event.get.nearest.

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
        """Change an event; for a recurring event, change just one occurrence, the following ones or the whole series.

        Returns the event ID, or, when one occurrence is split off a series, an object describing the new series. A meeting edited by someone other than its organiser needs host set to the current organiser.

        REST method: ``calendar.event.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-update.html

        Args:
            id: ID of the event to change.
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the event: date and time, or only a date when skip_time is "Y". Wire name: ``from``.
            to: End of the event: date and time, or only a date when skip_time is "Y".
            from_ts: Start of the event as a Unix timestamp; alternative to from.
            to_ts: End of the event as a Unix timestamp; alternative to to.
            section: ID of the calendar (section) that holds the event.
            name: Event title.
            skip_time: \"Y" for an all-day event (from and to carry dates only), "N" to use date and time.
            timezone_from: Time zone of the start, such as "Europe/Riga"; defaults to the current user's zone.
            timezone_to: Time zone of the end, such as "Europe/Riga"; defaults to the current user's zone.
            description: Event description.
            color: Background color of the event, such as "%23FF0000" (send "#" as "%23").
            text_color: Text color of the event, such as "%23000000" (send "#" as "%23").
            accessibility: How the attendees appear during the event: "busy", "absent", "quest" (tentative) or "free".
            importance: Importance of the event: "high", "normal" or "low".
            private_event: \"Y" marks the event as private.
            recurrence_mode: For a recurring event, what to change: "this" (only this occurrence), "next" (this and later ones) or "all" (the whole series). "this" and "next" need current_date_from.
            current_date_from: Date of the occurrence being edited; needed with recurrence_mode "this" or "next".
            rrule: Recurrence rule in iCalendar terms; leave out for a one-time event.
            is_meeting: \"Y" makes it a meeting with attendees (list them in attendees).
            location: Where the event takes place.
            remind: Reminders, each an object with type and count.
            attendees: IDs of the users invited to the meeting; defaults to the calling user alone.
            host: ID of the current meeting organiser (MEETING_HOST); pass it only when someone other than the organiser edits a meeting.
            meeting: Meeting settings.
            crm_fields: CRM records to link, as IDs with a type prefix: "CO_" company, "C_" contact, "L_" lead, "D_" deal (for example "D_15").

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
        """Create an event or a meeting with attendees in a user, group or company calendar; returns its ID.

        Either from/to or from_ts/to_ts must be given. Colors must be sent with "#" encoded as "%23".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-add.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the event: date and time, or only a date when skip_time is "Y". Wire name: ``from``.
            to: End of the event: date and time, or only a date when skip_time is "Y".
            from_ts: Start of the event as a Unix timestamp; alternative to from.
            to_ts: End of the event as a Unix timestamp; alternative to to.
            section: ID of the calendar (section) that holds the event. Required when auto_detect_section is not "Y".
            auto_detect_section: \"Y" lets the server pick the calendar; "N" uses section. When omitted the server tries to pick one.
            name: Event title.
            skip_time: \"Y" for an all-day event (from and to carry dates only), "N" to use date and time.
            timezone_from: Time zone of the start, such as "Europe/Riga"; defaults to the current user's zone.
            timezone_to: Time zone of the end, such as "Europe/Riga"; defaults to the current user's zone.
            description: Event description.
            color: Background color of the event, such as "%23FF0000" (send "#" as "%23").
            text_color: Text color of the event, such as "%23000000" (send "#" as "%23").
            accessibility: How the attendees appear during the event: "busy", "absent", "quest" (tentative) or "free".
            importance: Importance of the event: "high", "normal" or "low".
            private_event: \"Y" marks the event as private.
            rrule: Recurrence rule in iCalendar terms; leave out for a one-time event.
            is_meeting: \"Y" makes it a meeting with attendees (list them in attendees).
            location: Where the event takes place.
            remind: Reminders, each an object with type and count.
            attendees: IDs of the users invited to the meeting; defaults to the calling user alone.
            meeting: Meeting settings.
            crm_fields: CRM records to link, as IDs with a type prefix: "CO_" company, "C_" contact, "L_" lead, "D_" deal (for example "D_15").

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
        """Remove an event from the calendar by its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-delete.html

        Args:
            id: ID of the event, from calendar.event.get or calendar.event.get.nearest.

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
        """Read one event with its time zone, recurrence, attendees and meeting settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-by-id.html

        Args:
            id: ID of the event, from calendar.event.get or calendar.event.get.nearest.

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
        """Change an event; for a recurring event, change just one occurrence, the following ones or the whole series.

        Returns the event ID, or, when one occurrence is split off a series, an object describing the new series. A meeting edited by someone other than its organiser needs host set to the current organiser.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-update.html

        Args:
            id: ID of the event to change.
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the event: date and time, or only a date when skip_time is "Y". Wire name: ``from``.
            to: End of the event: date and time, or only a date when skip_time is "Y".
            from_ts: Start of the event as a Unix timestamp; alternative to from.
            to_ts: End of the event as a Unix timestamp; alternative to to.
            section: ID of the calendar (section) that holds the event.
            name: Event title.
            skip_time: \"Y" for an all-day event (from and to carry dates only), "N" to use date and time.
            timezone_from: Time zone of the start, such as "Europe/Riga"; defaults to the current user's zone.
            timezone_to: Time zone of the end, such as "Europe/Riga"; defaults to the current user's zone.
            description: Event description.
            color: Background color of the event, such as "%23FF0000" (send "#" as "%23").
            text_color: Text color of the event, such as "%23000000" (send "#" as "%23").
            accessibility: How the attendees appear during the event: "busy", "absent", "quest" (tentative) or "free".
            importance: Importance of the event: "high", "normal" or "low".
            private_event: \"Y" marks the event as private.
            recurrence_mode: For a recurring event, what to change: "this" (only this occurrence), "next" (this and later ones) or "all" (the whole series). "this" and "next" need current_date_from.
            current_date_from: Date of the occurrence being edited; needed with recurrence_mode "this" or "next".
            rrule: Recurrence rule in iCalendar terms; leave out for a one-time event.
            is_meeting: \"Y" makes it a meeting with attendees (list them in attendees).
            location: Where the event takes place.
            remind: Reminders, each an object with type and count.
            attendees: IDs of the users invited to the meeting; defaults to the calling user alone.
            host: ID of the current meeting organiser (MEETING_HOST); pass it only when someone other than the organiser edits a meeting.
            meeting: Meeting settings.
            crm_fields: CRM records to link, as IDs with a type prefix: "CO_" company, "C_" contact, "L_" lead, "D_" deal (for example "D_15").

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
        """List the events of a user, group or company calendar within a date range.

        Without from/to the range runs from one month before today to three months after it.

        REST method: ``calendar.event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the period; defaults to one month before today. Wire name: ``from``.
            to: End of the period; defaults to three months after today.
            section: IDs of the calendars to read.

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
        """List upcoming events of a calendar for the next days (60 by default).

        REST method: ``calendar.event.get.nearest``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-nearest.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            days: Number of days ahead to look; default 60.
            for_current_user: true (default) returns the events of the current user. Wire name: ``forCurrentUser``.
            max_events_count: Maximum number of events to return. Wire name: ``maxEventsCount``.
            detail_url: URL of the calendar page, used to build event links. Wire name: ``detailUrl``.

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
        """List the events of a user, group or company calendar within a date range.

        Without from/to the range runs from one month before today to three months after it.

        REST method: ``calendar.event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the period; defaults to one month before today. Wire name: ``from``.
            to: End of the period; defaults to three months after today.
            section: IDs of the calendars to read.

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
        """List upcoming events of a calendar for the next days (60 by default).

        REST method: ``calendar.event.get.nearest``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-nearest.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            days: Number of days ahead to look; default 60.
            for_current_user: true (default) returns the events of the current user. Wire name: ``forCurrentUser``.
            max_events_count: Maximum number of events to return. Wire name: ``maxEventsCount``.
            detail_url: URL of the calendar page, used to build event links. Wire name: ``detailUrl``.

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
        """List the events of a user, group or company calendar within a date range.

        Without from/to the range runs from one month before today to three months after it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            from_: Start of the period; defaults to one month before today. Wire name: ``from``.
            to: End of the period; defaults to three months after today.
            section: IDs of the calendars to read.

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
        """List upcoming events of a calendar for the next days (60 by default).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.event.get.nearest``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-event-get-nearest.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group; 0 for the company calendar. Wire name: ``ownerId``.
            days: Number of days ahead to look; default 60.
            for_current_user: true (default) returns the events of the current user. Wire name: ``forCurrentUser``.
            max_events_count: Maximum number of events to return. Wire name: ``maxEventsCount``.
            detail_url: URL of the calendar page, used to build event links. Wire name: ``detailUrl``.

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
