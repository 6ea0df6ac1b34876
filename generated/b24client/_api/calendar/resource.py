"""Methods under ``calendar.resource``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.calendar import (
        CalendarResource as _CalendarResource,
        CalendarResourceBooking as _CalendarResourceBooking,
    )

_CALENDAR_RESOURCE_ADD = MethodInfo(
    name="calendar.resource.add", idempotent=False, returns="integer", api=1
)
_CALENDAR_RESOURCE_DELETE = MethodInfo(
    name="calendar.resource.delete", idempotent=False, returns="boolean", api=1
)
_CALENDAR_RESOURCE_LIST = MethodInfo(
    name="calendar.resource.list", idempotent=True, returns="any", api=1
)
_CALENDAR_RESOURCE_UPDATE = MethodInfo(
    name="calendar.resource.update", idempotent=False, returns="integer", api=1
)
_CALENDAR_RESOURCE_BOOKING_LIST = MethodInfo(
    name="calendar.resource.booking.list", idempotent=True, returns="any", api=1
)


class CalendarResource(Namespace):
    """Methods under ``calendar.resource``."""

    __slots__ = ()

    @property
    def booking(self) -> CalendarResourceBooking:
        """Methods under ``calendar.resource.booking``."""
        return CalendarResourceBooking(self._backend)

    def add(self, *, name: str) -> int:
        """Create a bookable resource, such as a room or a piece of equipment; returns its ID.

        REST method: ``calendar.resource.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-add.html

        Args:
            name: Name of the resource.

        Returns:
            int

        Example:
            result = client.calendar.resource.add(name="Anna")
            result = await client.calendar.resource.add(name="Anna")  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_CALENDAR_RESOURCE_ADD, {"name": name}))

    def delete(self, *, resource_id: int) -> bool:
        """Remove a bookable resource.

        REST method: ``calendar.resource.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-delete.html

        Args:
            resource_id: ID of the resource, from calendar.resource.add or calendar.resource.list. Wire name: ``resourceId``.

        Returns:
            bool

        Example:
            result = client.calendar.resource.delete(resource_id=1)
            result = await client.calendar.resource.delete(resource_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CALENDAR_RESOURCE_DELETE, {"resourceId": resource_id}
            ),
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CalendarResource]:
        """List all bookable resources of the portal.

        REST method: ``calendar.resource.list``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-list.html

        Args:
            start: Offset of the first entry to return, for paging.

        Returns:
            list[CalendarResource]

        Example:
            result = client.calendar.resource.list()
            result = await client.calendar.resource.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CalendarResource]",
            self._backend._invoke(_CALENDAR_RESOURCE_LIST, {"start": start}),
        )

    def update(self, *, resource_id: int, name: str) -> int:
        """Change the name of a bookable resource; returns its ID.

        REST method: ``calendar.resource.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-update.html

        Args:
            resource_id: ID of the resource, from calendar.resource.add or calendar.resource.list. Wire name: ``resourceId``.
            name: New name of the resource.

        Returns:
            int

        Example:
            result = client.calendar.resource.update(resource_id=1, name="Anna")
            result = await client.calendar.resource.update(resource_id=1, name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CALENDAR_RESOURCE_UPDATE, {"resourceId": resource_id, "name": name}
            ),
        )


class AsyncCalendarResource(Namespace):
    """Methods under ``calendar.resource`` (async)."""

    __slots__ = ()

    @property
    def booking(self) -> AsyncCalendarResourceBooking:
        """Methods under ``calendar.resource.booking``."""
        return AsyncCalendarResourceBooking(self._backend)

    async def add(self, *, name: str) -> int:
        """Create a bookable resource, such as a room or a piece of equipment; returns its ID.

        REST method: ``calendar.resource.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-add.html

        Args:
            name: Name of the resource.

        Returns:
            int

        Example:
            result = client.calendar.resource.add(name="Anna")
            result = await client.calendar.resource.add(name="Anna")  # AsyncBitrix24
        """
        return cast(
            int, await self._backend._invoke(_CALENDAR_RESOURCE_ADD, {"name": name})
        )

    async def delete(self, *, resource_id: int) -> bool:
        """Remove a bookable resource.

        REST method: ``calendar.resource.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-delete.html

        Args:
            resource_id: ID of the resource, from calendar.resource.add or calendar.resource.list. Wire name: ``resourceId``.

        Returns:
            bool

        Example:
            result = client.calendar.resource.delete(resource_id=1)
            result = await client.calendar.resource.delete(resource_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CALENDAR_RESOURCE_DELETE, {"resourceId": resource_id}
            ),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CalendarResource]:
        """List all bookable resources of the portal.

        REST method: ``calendar.resource.list``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-list.html

        Args:
            start: Offset of the first entry to return, for paging.

        Returns:
            list[CalendarResource]

        Example:
            result = client.calendar.resource.list()
            result = await client.calendar.resource.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CalendarResource]",
            await self._backend._invoke(_CALENDAR_RESOURCE_LIST, {"start": start}),
        )

    async def update(self, *, resource_id: int, name: str) -> int:
        """Change the name of a bookable resource; returns its ID.

        REST method: ``calendar.resource.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-update.html

        Args:
            resource_id: ID of the resource, from calendar.resource.add or calendar.resource.list. Wire name: ``resourceId``.
            name: New name of the resource.

        Returns:
            int

        Example:
            result = client.calendar.resource.update(resource_id=1, name="Anna")
            result = await client.calendar.resource.update(resource_id=1, name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CALENDAR_RESOURCE_UPDATE, {"resourceId": resource_id, "name": name}
            ),
        )


class BatchCalendarResource(Namespace):
    """Methods under ``calendar.resource`` (queued into a batch)."""

    __slots__ = ()

    @property
    def booking(self) -> BatchCalendarResourceBooking:
        """Methods under ``calendar.resource.booking``."""
        return BatchCalendarResourceBooking(self._backend)

    def add(self, *, name: str | Ref) -> BatchCommand[int]:
        """Create a bookable resource, such as a room or a piece of equipment; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.resource.add``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-add.html

        Args:
            name: Name of the resource.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.calendar.resource.add(name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CALENDAR_RESOURCE_ADD, {"name": name}),
        )

    def delete(self, *, resource_id: int | Ref) -> BatchCommand[bool]:
        """Remove a bookable resource.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.resource.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-delete.html

        Args:
            resource_id: ID of the resource, from calendar.resource.add or calendar.resource.list. Wire name: ``resourceId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.calendar.resource.delete(resource_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CALENDAR_RESOURCE_DELETE, {"resourceId": resource_id}
            ),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CalendarResource]]:
        """List all bookable resources of the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.resource.list``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-list.html

        Args:
            start: Offset of the first entry to return, for paging.

        Returns:
            BatchCommand[list[CalendarResource]]

        Example:
            command = batch.calendar.resource.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CalendarResource]]",
            self._backend._invoke(_CALENDAR_RESOURCE_LIST, {"start": start}),
        )

    def update(self, *, resource_id: int | Ref, name: str | Ref) -> BatchCommand[int]:
        """Change the name of a bookable resource; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.resource.update``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-update.html

        Args:
            resource_id: ID of the resource, from calendar.resource.add or calendar.resource.list. Wire name: ``resourceId``.
            name: New name of the resource.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.calendar.resource.update(resource_id=1, name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CALENDAR_RESOURCE_UPDATE, {"resourceId": resource_id, "name": name}
            ),
        )


class CalendarResourceBooking(Namespace):
    """Methods under ``calendar.resource.booking``."""

    __slots__ = ()

    def list(
        self, *, filter: dict[str, Any], start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CalendarResourceBooking]:
        """List bookings of resources, filtered by resource and period.

        REST method: ``calendar.resource.booking.list``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-booking-list.html

        Args:
            filter: Filter with resourceTypeIdList (IDs of resources from calendar.resource.list) or resourceIdList (IDs of bookings from a CRM "resourcebooking" field), plus optional from and to dates.
            start: Offset of the first entry to return, for paging.

        Returns:
            list[CalendarResourceBooking]

        Example:
            result = client.calendar.resource.booking.list(filter={})
            result = await client.calendar.resource.booking.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CalendarResourceBooking]",
            self._backend._invoke(
                _CALENDAR_RESOURCE_BOOKING_LIST, {"filter": filter, "start": start}
            ),
        )


class AsyncCalendarResourceBooking(Namespace):
    """Methods under ``calendar.resource.booking`` (async)."""

    __slots__ = ()

    async def list(
        self, *, filter: dict[str, Any], start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CalendarResourceBooking]:
        """List bookings of resources, filtered by resource and period.

        REST method: ``calendar.resource.booking.list``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-booking-list.html

        Args:
            filter: Filter with resourceTypeIdList (IDs of resources from calendar.resource.list) or resourceIdList (IDs of bookings from a CRM "resourcebooking" field), plus optional from and to dates.
            start: Offset of the first entry to return, for paging.

        Returns:
            list[CalendarResourceBooking]

        Example:
            result = client.calendar.resource.booking.list(filter={})
            result = await client.calendar.resource.booking.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CalendarResourceBooking]",
            await self._backend._invoke(
                _CALENDAR_RESOURCE_BOOKING_LIST, {"filter": filter, "start": start}
            ),
        )


class BatchCalendarResourceBooking(Namespace):
    """Methods under ``calendar.resource.booking`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, filter: dict[str, Any] | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CalendarResourceBooking]]:
        """List bookings of resources, filtered by resource and period.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.resource.booking.list``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-booking-list.html

        Args:
            filter: Filter with resourceTypeIdList (IDs of resources from calendar.resource.list) or resourceIdList (IDs of bookings from a CRM "resourcebooking" field), plus optional from and to dates.
            start: Offset of the first entry to return, for paging.

        Returns:
            BatchCommand[list[CalendarResourceBooking]]

        Example:
            command = batch.calendar.resource.booking.list(filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CalendarResourceBooking]]",
            self._backend._invoke(
                _CALENDAR_RESOURCE_BOOKING_LIST, {"filter": filter, "start": start}
            ),
        )
