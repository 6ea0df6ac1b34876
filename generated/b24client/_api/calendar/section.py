"""Methods under ``calendar.section``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.calendar import (
        CalendarSection as _CalendarSection,
        CalendarSectionAddExport,
        CalendarSectionUpdateExport,
    )

_CALENDAR_SECTION_ADD = MethodInfo(
    name="calendar.section.add", idempotent=False, returns="integer", api=1
)
_CALENDAR_SECTION_DELETE = MethodInfo(
    name="calendar.section.delete", idempotent=False, returns="boolean", api=1
)
_CALENDAR_SECTION_GET = MethodInfo(
    name="calendar.section.get", idempotent=True, returns="any", api=1
)
_CALENDAR_SECTION_UPDATE = MethodInfo(
    name="calendar.section.update", idempotent=False, returns="integer", api=1
)


class CalendarSection(Namespace):
    """Methods under ``calendar.section``."""

    __slots__ = ()

    def add(
        self,
        *,
        type: Literal["user", "group"],
        owner_id: int,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        export: CalendarSectionAddExport | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a new calendar for a user or a workgroup; returns its ID.

        REST method: ``calendar.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-add.html

        Args:
            type: Calendar kind: "user" or "group".
            owner_id: ID of the owner: the user or group. For a user calendar it defaults to the current user. Wire name: ``ownerId``.
            name: Name of the calendar.
            description: Description of the calendar.
            color: Color of the calendar, such as "#9cbeee".
            text_color: Text color of the calendar, such as "#283033".
            export: Export settings of the calendar.

        Returns:
            int

        Example:
            result = client.calendar.section.add(type="user", owner_id=1, name="Anna")
            result = await client.calendar.section.add(type="user", owner_id=1, name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CALENDAR_SECTION_ADD,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "name": name,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "export": export,
                },
            ),
        )

    def delete(self, *, type: str, owner_id: int, id: int) -> bool:
        """Remove a user or group calendar together with its events.

        REST method: ``calendar.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-delete.html

        Args:
            type: Calendar kind: "user" or "group".
            owner_id: ID of the calendar owner: the user or group. Wire name: ``ownerId``.
            id: ID of the calendar to remove.

        Returns:
            bool

        Example:
            result = client.calendar.section.delete(type="example", owner_id=1, id=1)
            result = await client.calendar.section.delete(type="example", owner_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CALENDAR_SECTION_DELETE, {"type": type, "ownerId": owner_id, "id": id}
            ),
        )

    def get(
        self, *, type: str, owner_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> list[_CalendarSection]:
        """List the calendars owned by a user, a workgroup or the company.

        REST method: ``calendar.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the owner: the user or group. May be omitted for a user calendar, then the current user is taken. Wire name: ``ownerId``.
            start: Offset of the first entry to return, for paging.

        Returns:
            list[CalendarSection]

        Example:
            result = client.calendar.section.get(type="example", owner_id=1)
            result = await client.calendar.section.get(type="example", owner_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CalendarSection]",
            self._backend._invoke(
                _CALENDAR_SECTION_GET,
                {"type": type, "ownerId": owner_id, "start": start},
            ),
        )

    def update(
        self,
        *,
        type: Literal["user", "group"],
        owner_id: int,
        id: str | int,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        export: Sequence[CalendarSectionUpdateExport] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Change the name, colors, description or export settings of a calendar; returns its ID.

        REST method: ``calendar.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-update.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group. Wire name: ``ownerId``.
            id: ID of the calendar to change.
            name: Name of the calendar.
            description: Description of the calendar.
            color: Color of the calendar, such as "#9cbeee".
            text_color: Text color of the calendar, such as "#283033".
            export: Export settings of the calendar.

        Returns:
            int

        Example:
            result = client.calendar.section.update(type="user", owner_id=1, id="1")
            result = await client.calendar.section.update(type="user", owner_id=1, id="1")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CALENDAR_SECTION_UPDATE,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "id": id,
                    "name": name,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "export": export,
                },
            ),
        )


class AsyncCalendarSection(Namespace):
    """Methods under ``calendar.section`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        type: Literal["user", "group"],
        owner_id: int,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        export: CalendarSectionAddExport | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a new calendar for a user or a workgroup; returns its ID.

        REST method: ``calendar.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-add.html

        Args:
            type: Calendar kind: "user" or "group".
            owner_id: ID of the owner: the user or group. For a user calendar it defaults to the current user. Wire name: ``ownerId``.
            name: Name of the calendar.
            description: Description of the calendar.
            color: Color of the calendar, such as "#9cbeee".
            text_color: Text color of the calendar, such as "#283033".
            export: Export settings of the calendar.

        Returns:
            int

        Example:
            result = client.calendar.section.add(type="user", owner_id=1, name="Anna")
            result = await client.calendar.section.add(type="user", owner_id=1, name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CALENDAR_SECTION_ADD,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "name": name,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "export": export,
                },
            ),
        )

    async def delete(self, *, type: str, owner_id: int, id: int) -> bool:
        """Remove a user or group calendar together with its events.

        REST method: ``calendar.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-delete.html

        Args:
            type: Calendar kind: "user" or "group".
            owner_id: ID of the calendar owner: the user or group. Wire name: ``ownerId``.
            id: ID of the calendar to remove.

        Returns:
            bool

        Example:
            result = client.calendar.section.delete(type="example", owner_id=1, id=1)
            result = await client.calendar.section.delete(type="example", owner_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CALENDAR_SECTION_DELETE, {"type": type, "ownerId": owner_id, "id": id}
            ),
        )

    async def get(
        self, *, type: str, owner_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> list[_CalendarSection]:
        """List the calendars owned by a user, a workgroup or the company.

        REST method: ``calendar.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the owner: the user or group. May be omitted for a user calendar, then the current user is taken. Wire name: ``ownerId``.
            start: Offset of the first entry to return, for paging.

        Returns:
            list[CalendarSection]

        Example:
            result = client.calendar.section.get(type="example", owner_id=1)
            result = await client.calendar.section.get(type="example", owner_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CalendarSection]",
            await self._backend._invoke(
                _CALENDAR_SECTION_GET,
                {"type": type, "ownerId": owner_id, "start": start},
            ),
        )

    async def update(
        self,
        *,
        type: Literal["user", "group"],
        owner_id: int,
        id: str | int,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        text_color: str | NotGiven = NOT_GIVEN,
        export: Sequence[CalendarSectionUpdateExport] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Change the name, colors, description or export settings of a calendar; returns its ID.

        REST method: ``calendar.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-update.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group. Wire name: ``ownerId``.
            id: ID of the calendar to change.
            name: Name of the calendar.
            description: Description of the calendar.
            color: Color of the calendar, such as "#9cbeee".
            text_color: Text color of the calendar, such as "#283033".
            export: Export settings of the calendar.

        Returns:
            int

        Example:
            result = client.calendar.section.update(type="user", owner_id=1, id="1")
            result = await client.calendar.section.update(type="user", owner_id=1, id="1")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CALENDAR_SECTION_UPDATE,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "id": id,
                    "name": name,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "export": export,
                },
            ),
        )


class BatchCalendarSection(Namespace):
    """Methods under ``calendar.section`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        type: Literal["user", "group"] | Ref,
        owner_id: int | Ref,
        name: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
        color: str | Ref | NotGiven = NOT_GIVEN,
        text_color: str | Ref | NotGiven = NOT_GIVEN,
        export: CalendarSectionAddExport | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a new calendar for a user or a workgroup; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-add.html

        Args:
            type: Calendar kind: "user" or "group".
            owner_id: ID of the owner: the user or group. For a user calendar it defaults to the current user. Wire name: ``ownerId``.
            name: Name of the calendar.
            description: Description of the calendar.
            color: Color of the calendar, such as "#9cbeee".
            text_color: Text color of the calendar, such as "#283033".
            export: Export settings of the calendar.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.calendar.section.add(type="user", owner_id=1, name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CALENDAR_SECTION_ADD,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "name": name,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "export": export,
                },
            ),
        )

    def delete(
        self, *, type: str | Ref, owner_id: int | Ref, id: int | Ref
    ) -> BatchCommand[bool]:
        """Remove a user or group calendar together with its events.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-delete.html

        Args:
            type: Calendar kind: "user" or "group".
            owner_id: ID of the calendar owner: the user or group. Wire name: ``ownerId``.
            id: ID of the calendar to remove.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.calendar.section.delete(type="example", owner_id=1, id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CALENDAR_SECTION_DELETE, {"type": type, "ownerId": owner_id, "id": id}
            ),
        )

    def get(
        self,
        *,
        type: str | Ref,
        owner_id: int | Ref,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CalendarSection]]:
        """List the calendars owned by a user, a workgroup or the company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the owner: the user or group. May be omitted for a user calendar, then the current user is taken. Wire name: ``ownerId``.
            start: Offset of the first entry to return, for paging.

        Returns:
            BatchCommand[list[CalendarSection]]

        Example:
            command = batch.calendar.section.get(type="example", owner_id=1)
        """
        return cast(
            "BatchCommand[list[_CalendarSection]]",
            self._backend._invoke(
                _CALENDAR_SECTION_GET,
                {"type": type, "ownerId": owner_id, "start": start},
            ),
        )

    def update(
        self,
        *,
        type: Literal["user", "group"] | Ref,
        owner_id: int | Ref,
        id: str | int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        color: str | Ref | NotGiven = NOT_GIVEN,
        text_color: str | Ref | NotGiven = NOT_GIVEN,
        export: Sequence[CalendarSectionUpdateExport] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Change the name, colors, description or export settings of a calendar; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-update.html

        Args:
            type: Calendar kind: "user", "group" or "company_calendar".
            owner_id: ID of the calendar owner: the user or group. Wire name: ``ownerId``.
            id: ID of the calendar to change.
            name: Name of the calendar.
            description: Description of the calendar.
            color: Color of the calendar, such as "#9cbeee".
            text_color: Text color of the calendar, such as "#283033".
            export: Export settings of the calendar.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.calendar.section.update(type="user", owner_id=1, id="1")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CALENDAR_SECTION_UPDATE,
                {
                    "type": type,
                    "ownerId": owner_id,
                    "id": id,
                    "name": name,
                    "description": description,
                    "color": color,
                    "text_color": text_color,
                    "export": export,
                },
            ),
        )
