"""Methods under ``booking.v1``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.booking import (
        BookingV1BookingAddFields,
        BookingV1BookingAddResult,
        BookingV1BookingClientListResult,
        BookingV1BookingClientSetClients,
        BookingV1BookingCreatefromwaitlistFields,
        BookingV1BookingExternalDataListResult,
        BookingV1BookingExternalDataSetExternalData,
        BookingV1BookingGetResult,
        BookingV1BookingListResult,
        BookingV1BookingUpdateFields,
        BookingV1ClienttypeListResult,
        BookingV1ResourceAddFields,
        BookingV1ResourceAddResult,
        BookingV1ResourceGetResult,
        BookingV1ResourceListResult,
        BookingV1ResourceSlotsListResult,
        BookingV1ResourceSlotsSetSlots,
        BookingV1ResourceTypeAddFields,
        BookingV1ResourceTypeAddResult,
        BookingV1ResourceTypeGetResult,
        BookingV1ResourceTypeListResult,
        BookingV1ResourceTypeUpdateFields,
        BookingV1ResourceUpdateFields,
        BookingV1WaitlistAddFields,
        BookingV1WaitlistAddResult,
        BookingV1WaitlistClientListResult,
        BookingV1WaitlistClientSetClients,
        BookingV1WaitlistExternalDataListResult,
        BookingV1WaitlistExternalDataSetExternalData,
        BookingV1WaitlistGetResult,
        BookingV1WaitlistListResult,
        BookingV1WaitlistUpdateFields,
    )

_BOOKING_V1_BOOKING_ADD = MethodInfo(
    name="booking.v1.booking.add", idempotent=False, returns="any", api=1
)
_BOOKING_V1_BOOKING_CREATEFROMWAITLIST = MethodInfo(
    name="booking.v1.booking.createfromwaitlist",
    idempotent=False,
    returns="integer",
    api=1,
)
_BOOKING_V1_BOOKING_DELETE = MethodInfo(
    name="booking.v1.booking.delete", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_BOOKING_GET = MethodInfo(
    name="booking.v1.booking.get", idempotent=True, returns="any", api=1
)
_BOOKING_V1_BOOKING_LIST = MethodInfo(
    name="booking.v1.booking.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_BOOKING_UPDATE = MethodInfo(
    name="booking.v1.booking.update", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_BOOKING_CLIENT_LIST = MethodInfo(
    name="booking.v1.booking.client.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_BOOKING_CLIENT_SET = MethodInfo(
    name="booking.v1.booking.client.set", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_BOOKING_CLIENT_UNSET = MethodInfo(
    name="booking.v1.booking.client.unset", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_BOOKING_EXTERNAL_DATA_LIST = MethodInfo(
    name="booking.v1.booking.externalData.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_BOOKING_EXTERNAL_DATA_SET = MethodInfo(
    name="booking.v1.booking.externalData.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_BOOKING_V1_BOOKING_EXTERNAL_DATA_UNSET = MethodInfo(
    name="booking.v1.booking.externalData.unset",
    idempotent=False,
    returns="boolean",
    api=1,
)
_BOOKING_V1_CLIENTTYPE_LIST = MethodInfo(
    name="booking.v1.clienttype.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_RESOURCE_ADD = MethodInfo(
    name="booking.v1.resource.add", idempotent=False, returns="any", api=1
)
_BOOKING_V1_RESOURCE_DELETE = MethodInfo(
    name="booking.v1.resource.delete", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_RESOURCE_GET = MethodInfo(
    name="booking.v1.resource.get", idempotent=True, returns="any", api=1
)
_BOOKING_V1_RESOURCE_LIST = MethodInfo(
    name="booking.v1.resource.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_RESOURCE_UPDATE = MethodInfo(
    name="booking.v1.resource.update", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_RESOURCE_SLOTS_LIST = MethodInfo(
    name="booking.v1.resource.slots.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_RESOURCE_SLOTS_SET = MethodInfo(
    name="booking.v1.resource.slots.set", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_RESOURCE_SLOTS_UNSET = MethodInfo(
    name="booking.v1.resource.slots.unset", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_RESOURCE_TYPE_ADD = MethodInfo(
    name="booking.v1.resourceType.add", idempotent=False, returns="any", api=1
)
_BOOKING_V1_RESOURCE_TYPE_DELETE = MethodInfo(
    name="booking.v1.resourceType.delete", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_RESOURCE_TYPE_GET = MethodInfo(
    name="booking.v1.resourceType.get", idempotent=True, returns="any", api=1
)
_BOOKING_V1_RESOURCE_TYPE_LIST = MethodInfo(
    name="booking.v1.resourceType.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_RESOURCE_TYPE_UPDATE = MethodInfo(
    name="booking.v1.resourceType.update", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_WAITLIST_ADD = MethodInfo(
    name="booking.v1.waitlist.add", idempotent=False, returns="any", api=1
)
_BOOKING_V1_WAITLIST_CREATEFROMBOOKING = MethodInfo(
    name="booking.v1.waitlist.createfrombooking",
    idempotent=False,
    returns="integer",
    api=1,
)
_BOOKING_V1_WAITLIST_DELETE = MethodInfo(
    name="booking.v1.waitlist.delete", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_WAITLIST_GET = MethodInfo(
    name="booking.v1.waitlist.get", idempotent=True, returns="any", api=1
)
_BOOKING_V1_WAITLIST_LIST = MethodInfo(
    name="booking.v1.waitlist.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_WAITLIST_UPDATE = MethodInfo(
    name="booking.v1.waitlist.update", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_WAITLIST_CLIENT_LIST = MethodInfo(
    name="booking.v1.waitlist.client.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_WAITLIST_CLIENT_SET = MethodInfo(
    name="booking.v1.waitlist.client.set", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_WAITLIST_CLIENT_UNSET = MethodInfo(
    name="booking.v1.waitlist.client.unset", idempotent=False, returns="boolean", api=1
)
_BOOKING_V1_WAITLIST_EXTERNAL_DATA_LIST = MethodInfo(
    name="booking.v1.waitlist.externalData.list", idempotent=True, returns="any", api=1
)
_BOOKING_V1_WAITLIST_EXTERNAL_DATA_SET = MethodInfo(
    name="booking.v1.waitlist.externalData.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_BOOKING_V1_WAITLIST_EXTERNAL_DATA_UNSET = MethodInfo(
    name="booking.v1.waitlist.externalData.unset",
    idempotent=False,
    returns="boolean",
    api=1,
)


class BookingV1(Namespace):
    """Methods under ``booking.v1``."""

    __slots__ = ()

    @property
    def booking(self) -> BookingV1Booking:
        """Methods under ``booking.v1.booking``."""
        return BookingV1Booking(self._backend)

    @property
    def clienttype(self) -> BookingV1Clienttype:
        """Methods under ``booking.v1.clienttype``."""
        return BookingV1Clienttype(self._backend)

    @property
    def resource(self) -> BookingV1Resource:
        """Methods under ``booking.v1.resource``."""
        return BookingV1Resource(self._backend)

    @property
    def resource_type(self) -> BookingV1ResourceType:
        """Methods under ``booking.v1.resourceType``."""
        return BookingV1ResourceType(self._backend)

    @property
    def waitlist(self) -> BookingV1Waitlist:
        """Methods under ``booking.v1.waitlist``."""
        return BookingV1Waitlist(self._backend)


class AsyncBookingV1(Namespace):
    """Methods under ``booking.v1`` (async)."""

    __slots__ = ()

    @property
    def booking(self) -> AsyncBookingV1Booking:
        """Methods under ``booking.v1.booking``."""
        return AsyncBookingV1Booking(self._backend)

    @property
    def clienttype(self) -> AsyncBookingV1Clienttype:
        """Methods under ``booking.v1.clienttype``."""
        return AsyncBookingV1Clienttype(self._backend)

    @property
    def resource(self) -> AsyncBookingV1Resource:
        """Methods under ``booking.v1.resource``."""
        return AsyncBookingV1Resource(self._backend)

    @property
    def resource_type(self) -> AsyncBookingV1ResourceType:
        """Methods under ``booking.v1.resourceType``."""
        return AsyncBookingV1ResourceType(self._backend)

    @property
    def waitlist(self) -> AsyncBookingV1Waitlist:
        """Methods under ``booking.v1.waitlist``."""
        return AsyncBookingV1Waitlist(self._backend)


class BatchBookingV1(Namespace):
    """Methods under ``booking.v1`` (queued into a batch)."""

    __slots__ = ()

    @property
    def booking(self) -> BatchBookingV1Booking:
        """Methods under ``booking.v1.booking``."""
        return BatchBookingV1Booking(self._backend)

    @property
    def clienttype(self) -> BatchBookingV1Clienttype:
        """Methods under ``booking.v1.clienttype``."""
        return BatchBookingV1Clienttype(self._backend)

    @property
    def resource(self) -> BatchBookingV1Resource:
        """Methods under ``booking.v1.resource``."""
        return BatchBookingV1Resource(self._backend)

    @property
    def resource_type(self) -> BatchBookingV1ResourceType:
        """Methods under ``booking.v1.resourceType``."""
        return BatchBookingV1ResourceType(self._backend)

    @property
    def waitlist(self) -> BatchBookingV1Waitlist:
        """Methods under ``booking.v1.waitlist``."""
        return BatchBookingV1Waitlist(self._backend)


class BookingV1Booking(Namespace):
    """Methods under ``booking.v1.booking``."""

    __slots__ = ()

    @property
    def client(self) -> BookingV1BookingClient:
        """Methods under ``booking.v1.booking.client``."""
        return BookingV1BookingClient(self._backend)

    @property
    def external_data(self) -> BookingV1BookingExternalData:
        """Methods under ``booking.v1.booking.externalData``."""
        return BookingV1BookingExternalData(self._backend)

    def add(self, *, fields: BookingV1BookingAddFields) -> BookingV1BookingAddResult:
        """Book one or more resources for a time period; returns the new booking ID.

        REST method: ``booking.v1.booking.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-add.html

        Args:
            fields: Values of the booking.

        Returns:
            BookingV1BookingAddResult

        Example:
            result = client.booking.v1.booking.add(fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})
            result = await client.booking.v1.booking.add(fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingAddResult",
            self._backend._invoke(_BOOKING_V1_BOOKING_ADD, {"fields": fields}),
        )

    def createfromwaitlist(
        self,
        *,
        wait_list_id: int,
        fields: BookingV1BookingCreatefromwaitlistFields | NotGiven = NOT_GIVEN,
    ) -> int:
        """Turn a waiting-list entry into a real booking; returns the booking ID.

        REST method: ``booking.v1.booking.createfromwaitlist``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-createfromwaitlist.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            fields: Values of the booking.

        Returns:
            int

        Example:
            result = client.booking.v1.booking.createfromwaitlist(wait_list_id=1, fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})
            result = await client.booking.v1.booking.createfromwaitlist(wait_list_id=1, fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CREATEFROMWAITLIST,
                {"waitListId": wait_list_id, "fields": fields},
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Cancel and remove a booking.

        REST method: ``booking.v1.booking.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-delete.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.delete(id=1)
            result = await client.booking.v1.booking.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_BOOKING_V1_BOOKING_DELETE, {"id": id}))

    def get(self, *, id: int) -> BookingV1BookingGetResult:
        """Read one booking with its time period and booked resources.

        REST method: ``booking.v1.booking.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-get.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.

        Returns:
            BookingV1BookingGetResult

        Example:
            result = client.booking.v1.booking.get(id=1)
            result = await client.booking.v1.booking.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingGetResult",
            self._backend._invoke(_BOOKING_V1_BOOKING_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1BookingListResult:
        """List bookings, optionally filtered by time period or client.

        REST method: ``booking.v1.booking.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-list.html

        Args:
            filter: Filter: within {"dateFrom": ..., "dateTo": ...} (Unix timestamps) and/or client {"entities": [{"code", "module", "id"}]}.
            order: Sort order by id, dateFrom or dateTo, "asc" or "desc"; default {"id": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1BookingListResult

        Example:
            result = client.booking.v1.booking.list()
            result = await client.booking.v1.booking.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingListResult",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: BookingV1BookingUpdateFields) -> bool:
        """Change the resources, name, description or time of a booking.

        REST method: ``booking.v1.booking.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-update.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.
            fields: Values of the booking.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})
            result = await client.booking.v1.booking.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_BOOKING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBookingV1Booking(Namespace):
    """Methods under ``booking.v1.booking`` (async)."""

    __slots__ = ()

    @property
    def client(self) -> AsyncBookingV1BookingClient:
        """Methods under ``booking.v1.booking.client``."""
        return AsyncBookingV1BookingClient(self._backend)

    @property
    def external_data(self) -> AsyncBookingV1BookingExternalData:
        """Methods under ``booking.v1.booking.externalData``."""
        return AsyncBookingV1BookingExternalData(self._backend)

    async def add(
        self, *, fields: BookingV1BookingAddFields
    ) -> BookingV1BookingAddResult:
        """Book one or more resources for a time period; returns the new booking ID.

        REST method: ``booking.v1.booking.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-add.html

        Args:
            fields: Values of the booking.

        Returns:
            BookingV1BookingAddResult

        Example:
            result = client.booking.v1.booking.add(fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})
            result = await client.booking.v1.booking.add(fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingAddResult",
            await self._backend._invoke(_BOOKING_V1_BOOKING_ADD, {"fields": fields}),
        )

    async def createfromwaitlist(
        self,
        *,
        wait_list_id: int,
        fields: BookingV1BookingCreatefromwaitlistFields | NotGiven = NOT_GIVEN,
    ) -> int:
        """Turn a waiting-list entry into a real booking; returns the booking ID.

        REST method: ``booking.v1.booking.createfromwaitlist``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-createfromwaitlist.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            fields: Values of the booking.

        Returns:
            int

        Example:
            result = client.booking.v1.booking.createfromwaitlist(wait_list_id=1, fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})
            result = await client.booking.v1.booking.createfromwaitlist(wait_list_id=1, fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_CREATEFROMWAITLIST,
                {"waitListId": wait_list_id, "fields": fields},
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Cancel and remove a booking.

        REST method: ``booking.v1.booking.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-delete.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.delete(id=1)
            result = await client.booking.v1.booking.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BOOKING_V1_BOOKING_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> BookingV1BookingGetResult:
        """Read one booking with its time period and booked resources.

        REST method: ``booking.v1.booking.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-get.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.

        Returns:
            BookingV1BookingGetResult

        Example:
            result = client.booking.v1.booking.get(id=1)
            result = await client.booking.v1.booking.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingGetResult",
            await self._backend._invoke(_BOOKING_V1_BOOKING_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1BookingListResult:
        """List bookings, optionally filtered by time period or client.

        REST method: ``booking.v1.booking.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-list.html

        Args:
            filter: Filter: within {"dateFrom": ..., "dateTo": ...} (Unix timestamps) and/or client {"entities": [{"code", "module", "id"}]}.
            order: Sort order by id, dateFrom or dateTo, "asc" or "desc"; default {"id": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1BookingListResult

        Example:
            result = client.booking.v1.booking.list()
            result = await client.booking.v1.booking.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingListResult",
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: BookingV1BookingUpdateFields) -> bool:
        """Change the resources, name, description or time of a booking.

        REST method: ``booking.v1.booking.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-update.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.
            fields: Values of the booking.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})
            result = await client.booking.v1.booking.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBookingV1Booking(Namespace):
    """Methods under ``booking.v1.booking`` (queued into a batch)."""

    __slots__ = ()

    @property
    def client(self) -> BatchBookingV1BookingClient:
        """Methods under ``booking.v1.booking.client``."""
        return BatchBookingV1BookingClient(self._backend)

    @property
    def external_data(self) -> BatchBookingV1BookingExternalData:
        """Methods under ``booking.v1.booking.externalData``."""
        return BatchBookingV1BookingExternalData(self._backend)

    def add(
        self, *, fields: BookingV1BookingAddFields | Ref
    ) -> BatchCommand[BookingV1BookingAddResult]:
        """Book one or more resources for a time period; returns the new booking ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-add.html

        Args:
            fields: Values of the booking.

        Returns:
            BatchCommand[BookingV1BookingAddResult]

        Example:
            command = batch.booking.v1.booking.add(fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})
        """
        return cast(
            "BatchCommand[BookingV1BookingAddResult]",
            self._backend._invoke(_BOOKING_V1_BOOKING_ADD, {"fields": fields}),
        )

    def createfromwaitlist(
        self,
        *,
        wait_list_id: int | Ref,
        fields: BookingV1BookingCreatefromwaitlistFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Turn a waiting-list entry into a real booking; returns the booking ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.createfromwaitlist``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-createfromwaitlist.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            fields: Values of the booking.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.booking.v1.booking.createfromwaitlist(wait_list_id=1, fields={"resourceIds": [1], "datePeriod": {"from": {}, "to": {}}})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CREATEFROMWAITLIST,
                {"waitListId": wait_list_id, "fields": fields},
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Cancel and remove a booking.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-delete.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.booking.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BOOKING_V1_BOOKING_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BookingV1BookingGetResult]:
        """Read one booking with its time period and booked resources.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-get.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.

        Returns:
            BatchCommand[BookingV1BookingGetResult]

        Example:
            command = batch.booking.v1.booking.get(id=1)
        """
        return cast(
            "BatchCommand[BookingV1BookingGetResult]",
            self._backend._invoke(_BOOKING_V1_BOOKING_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[BookingV1BookingListResult]:
        """List bookings, optionally filtered by time period or client.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-list.html

        Args:
            filter: Filter: within {"dateFrom": ..., "dateTo": ...} (Unix timestamps) and/or client {"entities": [{"code", "module", "id"}]}.
            order: Sort order by id, dateFrom or dateTo, "asc" or "desc"; default {"id": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1BookingListResult]

        Example:
            command = batch.booking.v1.booking.list()
        """
        return cast(
            "BatchCommand[BookingV1BookingListResult]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: BookingV1BookingUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the resources, name, description or time of a booking.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-update.html

        Args:
            id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list.
            fields: Values of the booking.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.booking.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BookingV1BookingClient(Namespace):
    """Methods under ``booking.v1.booking.client``."""

    __slots__ = ()

    def list(
        self, *, booking_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1BookingClientListResult:
        """List the CRM contacts and companies attached to a booking.

        REST method: ``booking.v1.booking.client.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-list.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1BookingClientListResult

        Example:
            result = client.booking.v1.booking.client.list(booking_id=1)
            result = await client.booking.v1.booking.client.list(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingClientListResult",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_LIST,
                {"bookingId": booking_id, "start": start},
            ),
        )

    def set(
        self, *, booking_id: int, clients: Sequence[BookingV1BookingClientSetClients]
    ) -> bool:
        """Attach CRM contacts or companies to a booking as its clients.

        REST method: ``booking.v1.booking.client.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-set.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            clients: Clients, each with id and type.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.client.set(booking_id=1, clients=[{"id": 1, "type": {}}])
            result = await client.booking.v1.booking.client.set(booking_id=1, clients=[{"id": 1, "type": {}}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_SET,
                {"bookingId": booking_id, "clients": clients},
            ),
        )

    def unset(self, *, booking_id: int) -> bool:
        """Detach CRM contacts or companies from a booking.

        REST method: ``booking.v1.booking.client.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-unset.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.client.unset(booking_id=1)
            result = await client.booking.v1.booking.client.unset(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_UNSET, {"bookingId": booking_id}
            ),
        )


class AsyncBookingV1BookingClient(Namespace):
    """Methods under ``booking.v1.booking.client`` (async)."""

    __slots__ = ()

    async def list(
        self, *, booking_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1BookingClientListResult:
        """List the CRM contacts and companies attached to a booking.

        REST method: ``booking.v1.booking.client.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-list.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1BookingClientListResult

        Example:
            result = client.booking.v1.booking.client.list(booking_id=1)
            result = await client.booking.v1.booking.client.list(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingClientListResult",
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_LIST,
                {"bookingId": booking_id, "start": start},
            ),
        )

    async def set(
        self, *, booking_id: int, clients: Sequence[BookingV1BookingClientSetClients]
    ) -> bool:
        """Attach CRM contacts or companies to a booking as its clients.

        REST method: ``booking.v1.booking.client.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-set.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            clients: Clients, each with id and type.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.client.set(booking_id=1, clients=[{"id": 1, "type": {}}])
            result = await client.booking.v1.booking.client.set(booking_id=1, clients=[{"id": 1, "type": {}}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_SET,
                {"bookingId": booking_id, "clients": clients},
            ),
        )

    async def unset(self, *, booking_id: int) -> bool:
        """Detach CRM contacts or companies from a booking.

        REST method: ``booking.v1.booking.client.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-unset.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.client.unset(booking_id=1)
            result = await client.booking.v1.booking.client.unset(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_UNSET, {"bookingId": booking_id}
            ),
        )


class BatchBookingV1BookingClient(Namespace):
    """Methods under ``booking.v1.booking.client`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, booking_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[BookingV1BookingClientListResult]:
        """List the CRM contacts and companies attached to a booking.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.client.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-list.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1BookingClientListResult]

        Example:
            command = batch.booking.v1.booking.client.list(booking_id=1)
        """
        return cast(
            "BatchCommand[BookingV1BookingClientListResult]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_LIST,
                {"bookingId": booking_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        booking_id: int | Ref,
        clients: Sequence[BookingV1BookingClientSetClients] | Ref,
    ) -> BatchCommand[bool]:
        """Attach CRM contacts or companies to a booking as its clients.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.client.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-set.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            clients: Clients, each with id and type.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.booking.client.set(booking_id=1, clients=[{"id": 1, "type": {}}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_SET,
                {"bookingId": booking_id, "clients": clients},
            ),
        )

    def unset(self, *, booking_id: int | Ref) -> BatchCommand[bool]:
        """Detach CRM contacts or companies from a booking.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.client.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-unset.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.booking.client.unset(booking_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_CLIENT_UNSET, {"bookingId": booking_id}
            ),
        )


class BookingV1BookingExternalData(Namespace):
    """Methods under ``booking.v1.booking.externalData``."""

    __slots__ = ()

    def list(
        self, *, booking_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1BookingExternalDataListResult:
        """List the outside records (such as CRM deals) linked to a booking.

        REST method: ``booking.v1.booking.externalData.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-list.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1BookingExternalDataListResult

        Example:
            result = client.booking.v1.booking.external_data.list(booking_id=1)
            result = await client.booking.v1.booking.external_data.list(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingExternalDataListResult",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_LIST,
                {"bookingId": booking_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        booking_id: int,
        external_data: Sequence[BookingV1BookingExternalDataSetExternalData],
    ) -> bool:
        """Link a booking to outside records, such as a CRM deal.

        REST method: ``booking.v1.booking.externalData.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-set.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            external_data: Links to outside records, each with moduleId, entityTypeId and value. Wire name: ``externalData``.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.external_data.set(booking_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])
            result = await client.booking.v1.booking.external_data.set(booking_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_SET,
                {"bookingId": booking_id, "externalData": external_data},
            ),
        )

    def unset(self, *, booking_id: int) -> bool:
        """Remove the links between a booking and outside records.

        REST method: ``booking.v1.booking.externalData.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-unset.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.external_data.unset(booking_id=1)
            result = await client.booking.v1.booking.external_data.unset(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_UNSET, {"bookingId": booking_id}
            ),
        )


class AsyncBookingV1BookingExternalData(Namespace):
    """Methods under ``booking.v1.booking.externalData`` (async)."""

    __slots__ = ()

    async def list(
        self, *, booking_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1BookingExternalDataListResult:
        """List the outside records (such as CRM deals) linked to a booking.

        REST method: ``booking.v1.booking.externalData.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-list.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1BookingExternalDataListResult

        Example:
            result = client.booking.v1.booking.external_data.list(booking_id=1)
            result = await client.booking.v1.booking.external_data.list(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1BookingExternalDataListResult",
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_LIST,
                {"bookingId": booking_id, "start": start},
            ),
        )

    async def set(
        self,
        *,
        booking_id: int,
        external_data: Sequence[BookingV1BookingExternalDataSetExternalData],
    ) -> bool:
        """Link a booking to outside records, such as a CRM deal.

        REST method: ``booking.v1.booking.externalData.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-set.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            external_data: Links to outside records, each with moduleId, entityTypeId and value. Wire name: ``externalData``.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.external_data.set(booking_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])
            result = await client.booking.v1.booking.external_data.set(booking_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_SET,
                {"bookingId": booking_id, "externalData": external_data},
            ),
        )

    async def unset(self, *, booking_id: int) -> bool:
        """Remove the links between a booking and outside records.

        REST method: ``booking.v1.booking.externalData.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-unset.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.booking.external_data.unset(booking_id=1)
            result = await client.booking.v1.booking.external_data.unset(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_UNSET, {"bookingId": booking_id}
            ),
        )


class BatchBookingV1BookingExternalData(Namespace):
    """Methods under ``booking.v1.booking.externalData`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, booking_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[BookingV1BookingExternalDataListResult]:
        """List the outside records (such as CRM deals) linked to a booking.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.externalData.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-list.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1BookingExternalDataListResult]

        Example:
            command = batch.booking.v1.booking.external_data.list(booking_id=1)
        """
        return cast(
            "BatchCommand[BookingV1BookingExternalDataListResult]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_LIST,
                {"bookingId": booking_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        booking_id: int | Ref,
        external_data: Sequence[BookingV1BookingExternalDataSetExternalData] | Ref,
    ) -> BatchCommand[bool]:
        """Link a booking to outside records, such as a CRM deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.externalData.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-set.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.
            external_data: Links to outside records, each with moduleId, entityTypeId and value. Wire name: ``externalData``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.booking.external_data.set(booking_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_SET,
                {"bookingId": booking_id, "externalData": external_data},
            ),
        )

    def unset(self, *, booking_id: int | Ref) -> BatchCommand[bool]:
        """Remove the links between a booking and outside records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.booking.externalData.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-unset.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.booking.external_data.unset(booking_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_BOOKING_EXTERNAL_DATA_UNSET, {"bookingId": booking_id}
            ),
        )


class BookingV1Clienttype(Namespace):
    """Methods under ``booking.v1.clienttype``."""

    __slots__ = ()

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1ClienttypeListResult:
        """List the kinds of clients a booking can have, such as CRM contact and company.

        REST method: ``booking.v1.clienttype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking-v1-clienttype-list.html

        Args:
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ClienttypeListResult

        Example:
            result = client.booking.v1.clienttype.list()
            result = await client.booking.v1.clienttype.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1ClienttypeListResult",
            self._backend._invoke(_BOOKING_V1_CLIENTTYPE_LIST, {"start": start}),
        )


class AsyncBookingV1Clienttype(Namespace):
    """Methods under ``booking.v1.clienttype`` (async)."""

    __slots__ = ()

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1ClienttypeListResult:
        """List the kinds of clients a booking can have, such as CRM contact and company.

        REST method: ``booking.v1.clienttype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking-v1-clienttype-list.html

        Args:
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ClienttypeListResult

        Example:
            result = client.booking.v1.clienttype.list()
            result = await client.booking.v1.clienttype.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1ClienttypeListResult",
            await self._backend._invoke(_BOOKING_V1_CLIENTTYPE_LIST, {"start": start}),
        )


class BatchBookingV1Clienttype(Namespace):
    """Methods under ``booking.v1.clienttype`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[BookingV1ClienttypeListResult]:
        """List the kinds of clients a booking can have, such as CRM contact and company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.clienttype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/booking-v1-clienttype-list.html

        Args:
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1ClienttypeListResult]

        Example:
            command = batch.booking.v1.clienttype.list()
        """
        return cast(
            "BatchCommand[BookingV1ClienttypeListResult]",
            self._backend._invoke(_BOOKING_V1_CLIENTTYPE_LIST, {"start": start}),
        )


class BookingV1Resource(Namespace):
    """Methods under ``booking.v1.resource``."""

    __slots__ = ()

    @property
    def slots(self) -> BookingV1ResourceSlots:
        """Methods under ``booking.v1.resource.slots``."""
        return BookingV1ResourceSlots(self._backend)

    def add(self, *, fields: BookingV1ResourceAddFields) -> BookingV1ResourceAddResult:
        """Create a bookable resource (a room, a device or a specialist) with its client notification settings.

        REST method: ``booking.v1.resource.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-add.html

        Args:
            fields: Values of the resource.

        Returns:
            BookingV1ResourceAddResult

        Example:
            result = client.booking.v1.resource.add(fields={"name": "Anna", "typeId": 1})
            result = await client.booking.v1.resource.add(fields={"name": "Anna", "typeId": 1})  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceAddResult",
            self._backend._invoke(_BOOKING_V1_RESOURCE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a bookable resource.

        REST method: ``booking.v1.resource.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-delete.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.delete(id=1)
            result = await client.booking.v1.resource.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_BOOKING_V1_RESOURCE_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> BookingV1ResourceGetResult:
        """Read one bookable resource with its notification settings.

        REST method: ``booking.v1.resource.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-get.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.

        Returns:
            BookingV1ResourceGetResult

        Example:
            result = client.booking.v1.resource.get(id=1)
            result = await client.booking.v1.resource.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceGetResult",
            self._backend._invoke(_BOOKING_V1_RESOURCE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1ResourceListResult:
        """List bookable resources, filtered by name, type or display mode.

        REST method: ``booking.v1.resource.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-list.html

        Args:
            filter: Filter by searchQuery (part of the name), name, isMain ("Y"/"N") or typeId.
            order: Sort order as {"field": "asc"} or {"field": "desc"}; default {"ID": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ResourceListResult

        Example:
            result = client.booking.v1.resource.list()
            result = await client.booking.v1.resource.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceListResult",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: BookingV1ResourceUpdateFields) -> bool:
        """Change the name, type or notification settings of a bookable resource.

        REST method: ``booking.v1.resource.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-update.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.
            fields: Values of the resource.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})
            result = await client.booking.v1.resource.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBookingV1Resource(Namespace):
    """Methods under ``booking.v1.resource`` (async)."""

    __slots__ = ()

    @property
    def slots(self) -> AsyncBookingV1ResourceSlots:
        """Methods under ``booking.v1.resource.slots``."""
        return AsyncBookingV1ResourceSlots(self._backend)

    async def add(
        self, *, fields: BookingV1ResourceAddFields
    ) -> BookingV1ResourceAddResult:
        """Create a bookable resource (a room, a device or a specialist) with its client notification settings.

        REST method: ``booking.v1.resource.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-add.html

        Args:
            fields: Values of the resource.

        Returns:
            BookingV1ResourceAddResult

        Example:
            result = client.booking.v1.resource.add(fields={"name": "Anna", "typeId": 1})
            result = await client.booking.v1.resource.add(fields={"name": "Anna", "typeId": 1})  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceAddResult",
            await self._backend._invoke(_BOOKING_V1_RESOURCE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a bookable resource.

        REST method: ``booking.v1.resource.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-delete.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.delete(id=1)
            result = await client.booking.v1.resource.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BOOKING_V1_RESOURCE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> BookingV1ResourceGetResult:
        """Read one bookable resource with its notification settings.

        REST method: ``booking.v1.resource.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-get.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.

        Returns:
            BookingV1ResourceGetResult

        Example:
            result = client.booking.v1.resource.get(id=1)
            result = await client.booking.v1.resource.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceGetResult",
            await self._backend._invoke(_BOOKING_V1_RESOURCE_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1ResourceListResult:
        """List bookable resources, filtered by name, type or display mode.

        REST method: ``booking.v1.resource.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-list.html

        Args:
            filter: Filter by searchQuery (part of the name), name, isMain ("Y"/"N") or typeId.
            order: Sort order as {"field": "asc"} or {"field": "desc"}; default {"ID": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ResourceListResult

        Example:
            result = client.booking.v1.resource.list()
            result = await client.booking.v1.resource.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceListResult",
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: BookingV1ResourceUpdateFields) -> bool:
        """Change the name, type or notification settings of a bookable resource.

        REST method: ``booking.v1.resource.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-update.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.
            fields: Values of the resource.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})
            result = await client.booking.v1.resource.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBookingV1Resource(Namespace):
    """Methods under ``booking.v1.resource`` (queued into a batch)."""

    __slots__ = ()

    @property
    def slots(self) -> BatchBookingV1ResourceSlots:
        """Methods under ``booking.v1.resource.slots``."""
        return BatchBookingV1ResourceSlots(self._backend)

    def add(
        self, *, fields: BookingV1ResourceAddFields | Ref
    ) -> BatchCommand[BookingV1ResourceAddResult]:
        """Create a bookable resource (a room, a device or a specialist) with its client notification settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-add.html

        Args:
            fields: Values of the resource.

        Returns:
            BatchCommand[BookingV1ResourceAddResult]

        Example:
            command = batch.booking.v1.resource.add(fields={"name": "Anna", "typeId": 1})
        """
        return cast(
            "BatchCommand[BookingV1ResourceAddResult]",
            self._backend._invoke(_BOOKING_V1_RESOURCE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a bookable resource.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-delete.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.resource.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BOOKING_V1_RESOURCE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BookingV1ResourceGetResult]:
        """Read one bookable resource with its notification settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-get.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.

        Returns:
            BatchCommand[BookingV1ResourceGetResult]

        Example:
            command = batch.booking.v1.resource.get(id=1)
        """
        return cast(
            "BatchCommand[BookingV1ResourceGetResult]",
            self._backend._invoke(_BOOKING_V1_RESOURCE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[BookingV1ResourceListResult]:
        """List bookable resources, filtered by name, type or display mode.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-list.html

        Args:
            filter: Filter by searchQuery (part of the name), name, isMain ("Y"/"N") or typeId.
            order: Sort order as {"field": "asc"} or {"field": "desc"}; default {"ID": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1ResourceListResult]

        Example:
            command = batch.booking.v1.resource.list()
        """
        return cast(
            "BatchCommand[BookingV1ResourceListResult]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: BookingV1ResourceUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the name, type or notification settings of a bookable resource.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-update.html

        Args:
            id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list.
            fields: Values of the resource.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.resource.update(id=1, fields={"name": "Anna", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BookingV1ResourceSlots(Namespace):
    """Methods under ``booking.v1.resource.slots``."""

    __slots__ = ()

    def list(
        self, *, resource_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1ResourceSlotsListResult:
        """Read the working hours (slots) during which a resource can be booked.

        REST method: ``booking.v1.resource.slots.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-list.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ResourceSlotsListResult

        Example:
            result = client.booking.v1.resource.slots.list(resource_id=1)
            result = await client.booking.v1.resource.slots.list(resource_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceSlotsListResult",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_LIST,
                {"resourceId": resource_id, "start": start},
            ),
        )

    def set(
        self, *, resource_id: int, slots: Sequence[BookingV1ResourceSlotsSetSlots]
    ) -> bool:
        """Set the working hours and slot length during which a resource can be booked.

        REST method: ``booking.v1.resource.slots.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-set.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.
            slots: Slot settings of the resource.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.slots.set(resource_id=1, slots=[{"from": 1, "to": 1, "timezone": "Europe/Berlin", "weekDays": ["example"], "slotSize": 10}])
            result = await client.booking.v1.resource.slots.set(resource_id=1, slots=[{"from": 1, "to": 1, "timezone": "Europe/Berlin", "weekDays": ["example"], "slotSize": 10}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_SET,
                {"resourceId": resource_id, "slots": slots},
            ),
        )

    def unset(self, *, resource_id: int) -> bool:
        """Clear the working hours of a resource.

        REST method: ``booking.v1.resource.slots.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-unset.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.slots.unset(resource_id=1)
            result = await client.booking.v1.resource.slots.unset(resource_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_UNSET, {"resourceId": resource_id}
            ),
        )


class AsyncBookingV1ResourceSlots(Namespace):
    """Methods under ``booking.v1.resource.slots`` (async)."""

    __slots__ = ()

    async def list(
        self, *, resource_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1ResourceSlotsListResult:
        """Read the working hours (slots) during which a resource can be booked.

        REST method: ``booking.v1.resource.slots.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-list.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ResourceSlotsListResult

        Example:
            result = client.booking.v1.resource.slots.list(resource_id=1)
            result = await client.booking.v1.resource.slots.list(resource_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceSlotsListResult",
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_LIST,
                {"resourceId": resource_id, "start": start},
            ),
        )

    async def set(
        self, *, resource_id: int, slots: Sequence[BookingV1ResourceSlotsSetSlots]
    ) -> bool:
        """Set the working hours and slot length during which a resource can be booked.

        REST method: ``booking.v1.resource.slots.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-set.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.
            slots: Slot settings of the resource.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.slots.set(resource_id=1, slots=[{"from": 1, "to": 1, "timezone": "Europe/Berlin", "weekDays": ["example"], "slotSize": 10}])
            result = await client.booking.v1.resource.slots.set(resource_id=1, slots=[{"from": 1, "to": 1, "timezone": "Europe/Berlin", "weekDays": ["example"], "slotSize": 10}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_SET,
                {"resourceId": resource_id, "slots": slots},
            ),
        )

    async def unset(self, *, resource_id: int) -> bool:
        """Clear the working hours of a resource.

        REST method: ``booking.v1.resource.slots.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-unset.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource.slots.unset(resource_id=1)
            result = await client.booking.v1.resource.slots.unset(resource_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_UNSET, {"resourceId": resource_id}
            ),
        )


class BatchBookingV1ResourceSlots(Namespace):
    """Methods under ``booking.v1.resource.slots`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, resource_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[BookingV1ResourceSlotsListResult]:
        """Read the working hours (slots) during which a resource can be booked.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.slots.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-list.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1ResourceSlotsListResult]

        Example:
            command = batch.booking.v1.resource.slots.list(resource_id=1)
        """
        return cast(
            "BatchCommand[BookingV1ResourceSlotsListResult]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_LIST,
                {"resourceId": resource_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        resource_id: int | Ref,
        slots: Sequence[BookingV1ResourceSlotsSetSlots] | Ref,
    ) -> BatchCommand[bool]:
        """Set the working hours and slot length during which a resource can be booked.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.slots.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-set.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.
            slots: Slot settings of the resource.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.resource.slots.set(resource_id=1, slots=[{"from": 1, "to": 1, "timezone": "Europe/Berlin", "weekDays": ["example"], "slotSize": 10}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_SET,
                {"resourceId": resource_id, "slots": slots},
            ),
        )

    def unset(self, *, resource_id: int | Ref) -> BatchCommand[bool]:
        """Clear the working hours of a resource.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resource.slots.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/slots/booking-v1-resource-slots-unset.html

        Args:
            resource_id: ID of the resource, from booking.v1.resource.add or booking.v1.resource.list. Wire name: ``resourceId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.resource.slots.unset(resource_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_SLOTS_UNSET, {"resourceId": resource_id}
            ),
        )


class BookingV1ResourceType(Namespace):
    """Methods under ``booking.v1.resourceType``."""

    __slots__ = ()

    def add(
        self, *, fields: BookingV1ResourceTypeAddFields
    ) -> BookingV1ResourceTypeAddResult:
        """Create a kind of bookable resource with default client notification settings.

        REST method: ``booking.v1.resourceType.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-add.html

        Args:
            fields: Values of the resource kind.

        Returns:
            BookingV1ResourceTypeAddResult

        Example:
            result = client.booking.v1.resource_type.add(fields={"name": "Anna", "code": "example_code"})
            result = await client.booking.v1.resource_type.add(fields={"name": "Anna", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceTypeAddResult",
            self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a kind of bookable resource.

        REST method: ``booking.v1.resourceType.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-delete.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource_type.delete(id=1)
            result = await client.booking.v1.resource_type.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> BookingV1ResourceTypeGetResult:
        """Read one kind of bookable resource with its notification settings.

        REST method: ``booking.v1.resourceType.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-get.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.

        Returns:
            BookingV1ResourceTypeGetResult

        Example:
            result = client.booking.v1.resource_type.get(id=1)
            result = await client.booking.v1.resource_type.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceTypeGetResult",
            self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1ResourceTypeListResult:
        """List the kinds of bookable resources, filtered by name, code or module.

        REST method: ``booking.v1.resourceType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-list.html

        Args:
            filter: Filter by searchQuery (part of the name), name (exact), code or moduleId.
            order: Sort order as {"field": "asc"} or {"field": "desc"}; default {"ID": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ResourceTypeListResult

        Example:
            result = client.booking.v1.resource_type.list()
            result = await client.booking.v1.resource_type.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceTypeListResult",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: BookingV1ResourceTypeUpdateFields) -> bool:
        """Change the name, code or notification settings of a resource kind.

        REST method: ``booking.v1.resourceType.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-update.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.
            fields: Values of the resource kind.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource_type.update(id=1, fields={"name": "Anna", "code": "example_code"})
            result = await client.booking.v1.resource_type.update(id=1, fields={"name": "Anna", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBookingV1ResourceType(Namespace):
    """Methods under ``booking.v1.resourceType`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: BookingV1ResourceTypeAddFields
    ) -> BookingV1ResourceTypeAddResult:
        """Create a kind of bookable resource with default client notification settings.

        REST method: ``booking.v1.resourceType.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-add.html

        Args:
            fields: Values of the resource kind.

        Returns:
            BookingV1ResourceTypeAddResult

        Example:
            result = client.booking.v1.resource_type.add(fields={"name": "Anna", "code": "example_code"})
            result = await client.booking.v1.resource_type.add(fields={"name": "Anna", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceTypeAddResult",
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a kind of bookable resource.

        REST method: ``booking.v1.resourceType.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-delete.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource_type.delete(id=1)
            result = await client.booking.v1.resource_type.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> BookingV1ResourceTypeGetResult:
        """Read one kind of bookable resource with its notification settings.

        REST method: ``booking.v1.resourceType.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-get.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.

        Returns:
            BookingV1ResourceTypeGetResult

        Example:
            result = client.booking.v1.resource_type.get(id=1)
            result = await client.booking.v1.resource_type.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceTypeGetResult",
            await self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1ResourceTypeListResult:
        """List the kinds of bookable resources, filtered by name, code or module.

        REST method: ``booking.v1.resourceType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-list.html

        Args:
            filter: Filter by searchQuery (part of the name), name (exact), code or moduleId.
            order: Sort order as {"field": "asc"} or {"field": "desc"}; default {"ID": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1ResourceTypeListResult

        Example:
            result = client.booking.v1.resource_type.list()
            result = await client.booking.v1.resource_type.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1ResourceTypeListResult",
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: BookingV1ResourceTypeUpdateFields
    ) -> bool:
        """Change the name, code or notification settings of a resource kind.

        REST method: ``booking.v1.resourceType.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-update.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.
            fields: Values of the resource kind.

        Returns:
            bool

        Example:
            result = client.booking.v1.resource_type.update(id=1, fields={"name": "Anna", "code": "example_code"})
            result = await client.booking.v1.resource_type.update(id=1, fields={"name": "Anna", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBookingV1ResourceType(Namespace):
    """Methods under ``booking.v1.resourceType`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: BookingV1ResourceTypeAddFields | Ref
    ) -> BatchCommand[BookingV1ResourceTypeAddResult]:
        """Create a kind of bookable resource with default client notification settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resourceType.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-add.html

        Args:
            fields: Values of the resource kind.

        Returns:
            BatchCommand[BookingV1ResourceTypeAddResult]

        Example:
            command = batch.booking.v1.resource_type.add(fields={"name": "Anna", "code": "example_code"})
        """
        return cast(
            "BatchCommand[BookingV1ResourceTypeAddResult]",
            self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a kind of bookable resource.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resourceType.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-delete.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.resource_type.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BookingV1ResourceTypeGetResult]:
        """Read one kind of bookable resource with its notification settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resourceType.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-get.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.

        Returns:
            BatchCommand[BookingV1ResourceTypeGetResult]

        Example:
            command = batch.booking.v1.resource_type.get(id=1)
        """
        return cast(
            "BatchCommand[BookingV1ResourceTypeGetResult]",
            self._backend._invoke(_BOOKING_V1_RESOURCE_TYPE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[BookingV1ResourceTypeListResult]:
        """List the kinds of bookable resources, filtered by name, code or module.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resourceType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-list.html

        Args:
            filter: Filter by searchQuery (part of the name), name (exact), code or moduleId.
            order: Sort order as {"field": "asc"} or {"field": "desc"}; default {"ID": "ASC"}.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1ResourceTypeListResult]

        Example:
            command = batch.booking.v1.resource_type.list()
        """
        return cast(
            "BatchCommand[BookingV1ResourceTypeListResult]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: BookingV1ResourceTypeUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the name, code or notification settings of a resource kind.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.resourceType.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-update.html

        Args:
            id: ID of the resource kind, from booking.v1.resourceType.add or booking.v1.resourceType.list.
            fields: Values of the resource kind.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.resource_type.update(id=1, fields={"name": "Anna", "code": "example_code"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_RESOURCE_TYPE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BookingV1Waitlist(Namespace):
    """Methods under ``booking.v1.waitlist``."""

    __slots__ = ()

    @property
    def client(self) -> BookingV1WaitlistClient:
        """Methods under ``booking.v1.waitlist.client``."""
        return BookingV1WaitlistClient(self._backend)

    @property
    def external_data(self) -> BookingV1WaitlistExternalData:
        """Methods under ``booking.v1.waitlist.externalData``."""
        return BookingV1WaitlistExternalData(self._backend)

    def add(self, *, fields: BookingV1WaitlistAddFields) -> BookingV1WaitlistAddResult:
        """Put a request on the waiting list when no suitable slot is free; returns the entry ID.

        REST method: ``booking.v1.waitlist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-add.html

        Args:
            fields: Values of the waiting-list entry.

        Returns:
            BookingV1WaitlistAddResult

        Example:
            result = client.booking.v1.waitlist.add(fields={"note": "Please call back after 3 pm."})
            result = await client.booking.v1.waitlist.add(fields={"note": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistAddResult",
            self._backend._invoke(_BOOKING_V1_WAITLIST_ADD, {"fields": fields}),
        )

    def createfrombooking(self, *, booking_id: int) -> int:
        """Move a booking back to the waiting list; returns the new entry ID.

        REST method: ``booking.v1.waitlist.createfrombooking``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-createfrombooking.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            int

        Example:
            result = client.booking.v1.waitlist.createfrombooking(booking_id=1)
            result = await client.booking.v1.waitlist.createfrombooking(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CREATEFROMBOOKING, {"bookingId": booking_id}
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove an entry from the waiting list.

        REST method: ``booking.v1.waitlist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-delete.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.delete(id=1)
            result = await client.booking.v1.waitlist.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_BOOKING_V1_WAITLIST_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> BookingV1WaitlistGetResult:
        """Read one waiting-list entry with its note.

        REST method: ``booking.v1.waitlist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-get.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.

        Returns:
            BookingV1WaitlistGetResult

        Example:
            result = client.booking.v1.waitlist.get(id=1)
            result = await client.booking.v1.waitlist.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistGetResult",
            self._backend._invoke(_BOOKING_V1_WAITLIST_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1WaitlistListResult:
        """List waiting-list entries, optionally only those created within a date range.

        REST method: ``booking.v1.waitlist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-list.html

        Args:
            filter: Filter; createdWithin {"from": "dd.mm.yyyy", "to": "dd.mm.yyyy"} limits entries by creation date (from inclusive, to exclusive).
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1WaitlistListResult

        Example:
            result = client.booking.v1.waitlist.list()
            result = await client.booking.v1.waitlist.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistListResult",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_LIST, {"filter": filter, "start": start}
            ),
        )

    def update(self, *, id: int, fields: BookingV1WaitlistUpdateFields) -> bool:
        """Change the note of a waiting-list entry.

        REST method: ``booking.v1.waitlist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-update.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.
            fields: Values of the waiting-list entry.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.update(id=1, fields={"note": "Please call back after 3 pm."})
            result = await client.booking.v1.waitlist.update(id=1, fields={"note": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBookingV1Waitlist(Namespace):
    """Methods under ``booking.v1.waitlist`` (async)."""

    __slots__ = ()

    @property
    def client(self) -> AsyncBookingV1WaitlistClient:
        """Methods under ``booking.v1.waitlist.client``."""
        return AsyncBookingV1WaitlistClient(self._backend)

    @property
    def external_data(self) -> AsyncBookingV1WaitlistExternalData:
        """Methods under ``booking.v1.waitlist.externalData``."""
        return AsyncBookingV1WaitlistExternalData(self._backend)

    async def add(
        self, *, fields: BookingV1WaitlistAddFields
    ) -> BookingV1WaitlistAddResult:
        """Put a request on the waiting list when no suitable slot is free; returns the entry ID.

        REST method: ``booking.v1.waitlist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-add.html

        Args:
            fields: Values of the waiting-list entry.

        Returns:
            BookingV1WaitlistAddResult

        Example:
            result = client.booking.v1.waitlist.add(fields={"note": "Please call back after 3 pm."})
            result = await client.booking.v1.waitlist.add(fields={"note": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistAddResult",
            await self._backend._invoke(_BOOKING_V1_WAITLIST_ADD, {"fields": fields}),
        )

    async def createfrombooking(self, *, booking_id: int) -> int:
        """Move a booking back to the waiting list; returns the new entry ID.

        REST method: ``booking.v1.waitlist.createfrombooking``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-createfrombooking.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            int

        Example:
            result = client.booking.v1.waitlist.createfrombooking(booking_id=1)
            result = await client.booking.v1.waitlist.createfrombooking(booking_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_CREATEFROMBOOKING, {"bookingId": booking_id}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove an entry from the waiting list.

        REST method: ``booking.v1.waitlist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-delete.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.delete(id=1)
            result = await client.booking.v1.waitlist.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BOOKING_V1_WAITLIST_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> BookingV1WaitlistGetResult:
        """Read one waiting-list entry with its note.

        REST method: ``booking.v1.waitlist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-get.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.

        Returns:
            BookingV1WaitlistGetResult

        Example:
            result = client.booking.v1.waitlist.get(id=1)
            result = await client.booking.v1.waitlist.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistGetResult",
            await self._backend._invoke(_BOOKING_V1_WAITLIST_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> BookingV1WaitlistListResult:
        """List waiting-list entries, optionally only those created within a date range.

        REST method: ``booking.v1.waitlist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-list.html

        Args:
            filter: Filter; createdWithin {"from": "dd.mm.yyyy", "to": "dd.mm.yyyy"} limits entries by creation date (from inclusive, to exclusive).
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1WaitlistListResult

        Example:
            result = client.booking.v1.waitlist.list()
            result = await client.booking.v1.waitlist.list()  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistListResult",
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_LIST, {"filter": filter, "start": start}
            ),
        )

    async def update(self, *, id: int, fields: BookingV1WaitlistUpdateFields) -> bool:
        """Change the note of a waiting-list entry.

        REST method: ``booking.v1.waitlist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-update.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.
            fields: Values of the waiting-list entry.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.update(id=1, fields={"note": "Please call back after 3 pm."})
            result = await client.booking.v1.waitlist.update(id=1, fields={"note": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBookingV1Waitlist(Namespace):
    """Methods under ``booking.v1.waitlist`` (queued into a batch)."""

    __slots__ = ()

    @property
    def client(self) -> BatchBookingV1WaitlistClient:
        """Methods under ``booking.v1.waitlist.client``."""
        return BatchBookingV1WaitlistClient(self._backend)

    @property
    def external_data(self) -> BatchBookingV1WaitlistExternalData:
        """Methods under ``booking.v1.waitlist.externalData``."""
        return BatchBookingV1WaitlistExternalData(self._backend)

    def add(
        self, *, fields: BookingV1WaitlistAddFields | Ref
    ) -> BatchCommand[BookingV1WaitlistAddResult]:
        """Put a request on the waiting list when no suitable slot is free; returns the entry ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-add.html

        Args:
            fields: Values of the waiting-list entry.

        Returns:
            BatchCommand[BookingV1WaitlistAddResult]

        Example:
            command = batch.booking.v1.waitlist.add(fields={"note": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[BookingV1WaitlistAddResult]",
            self._backend._invoke(_BOOKING_V1_WAITLIST_ADD, {"fields": fields}),
        )

    def createfrombooking(self, *, booking_id: int | Ref) -> BatchCommand[int]:
        """Move a booking back to the waiting list; returns the new entry ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.createfrombooking``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-createfrombooking.html

        Args:
            booking_id: ID of the booking, from booking.v1.booking.add or booking.v1.booking.list. Wire name: ``bookingId``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.booking.v1.waitlist.createfrombooking(booking_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CREATEFROMBOOKING, {"bookingId": booking_id}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove an entry from the waiting list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-delete.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.waitlist.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BOOKING_V1_WAITLIST_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BookingV1WaitlistGetResult]:
        """Read one waiting-list entry with its note.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-get.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.

        Returns:
            BatchCommand[BookingV1WaitlistGetResult]

        Example:
            command = batch.booking.v1.waitlist.get(id=1)
        """
        return cast(
            "BatchCommand[BookingV1WaitlistGetResult]",
            self._backend._invoke(_BOOKING_V1_WAITLIST_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[BookingV1WaitlistListResult]:
        """List waiting-list entries, optionally only those created within a date range.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-list.html

        Args:
            filter: Filter; createdWithin {"from": "dd.mm.yyyy", "to": "dd.mm.yyyy"} limits entries by creation date (from inclusive, to exclusive).
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1WaitlistListResult]

        Example:
            command = batch.booking.v1.waitlist.list()
        """
        return cast(
            "BatchCommand[BookingV1WaitlistListResult]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_LIST, {"filter": filter, "start": start}
            ),
        )

    def update(
        self, *, id: int | Ref, fields: BookingV1WaitlistUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the note of a waiting-list entry.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-update.html

        Args:
            id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list.
            fields: Values of the waiting-list entry.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.waitlist.update(id=1, fields={"note": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BookingV1WaitlistClient(Namespace):
    """Methods under ``booking.v1.waitlist.client``."""

    __slots__ = ()

    def list(
        self, *, wait_list_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1WaitlistClientListResult:
        """List the CRM contacts and companies attached to a waiting-list entry.

        REST method: ``booking.v1.waitlist.client.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-list.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1WaitlistClientListResult

        Example:
            result = client.booking.v1.waitlist.client.list(wait_list_id=1)
            result = await client.booking.v1.waitlist.client.list(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistClientListResult",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_LIST,
                {"waitListId": wait_list_id, "start": start},
            ),
        )

    def set(
        self, *, wait_list_id: int, clients: Sequence[BookingV1WaitlistClientSetClients]
    ) -> bool:
        """Attach CRM contacts or companies to a waiting-list entry.

        REST method: ``booking.v1.waitlist.client.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-set.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            clients: Clients, each with id and type.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.client.set(wait_list_id=1, clients=[{"id": 1, "type": {}}])
            result = await client.booking.v1.waitlist.client.set(wait_list_id=1, clients=[{"id": 1, "type": {}}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_SET,
                {"waitListId": wait_list_id, "clients": clients},
            ),
        )

    def unset(self, *, wait_list_id: int) -> bool:
        """Detach CRM contacts or companies from a waiting-list entry.

        REST method: ``booking.v1.waitlist.client.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-unset.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.client.unset(wait_list_id=1)
            result = await client.booking.v1.waitlist.client.unset(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_UNSET, {"waitListId": wait_list_id}
            ),
        )


class AsyncBookingV1WaitlistClient(Namespace):
    """Methods under ``booking.v1.waitlist.client`` (async)."""

    __slots__ = ()

    async def list(
        self, *, wait_list_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1WaitlistClientListResult:
        """List the CRM contacts and companies attached to a waiting-list entry.

        REST method: ``booking.v1.waitlist.client.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-list.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1WaitlistClientListResult

        Example:
            result = client.booking.v1.waitlist.client.list(wait_list_id=1)
            result = await client.booking.v1.waitlist.client.list(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistClientListResult",
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_LIST,
                {"waitListId": wait_list_id, "start": start},
            ),
        )

    async def set(
        self, *, wait_list_id: int, clients: Sequence[BookingV1WaitlistClientSetClients]
    ) -> bool:
        """Attach CRM contacts or companies to a waiting-list entry.

        REST method: ``booking.v1.waitlist.client.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-set.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            clients: Clients, each with id and type.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.client.set(wait_list_id=1, clients=[{"id": 1, "type": {}}])
            result = await client.booking.v1.waitlist.client.set(wait_list_id=1, clients=[{"id": 1, "type": {}}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_SET,
                {"waitListId": wait_list_id, "clients": clients},
            ),
        )

    async def unset(self, *, wait_list_id: int) -> bool:
        """Detach CRM contacts or companies from a waiting-list entry.

        REST method: ``booking.v1.waitlist.client.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-unset.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.client.unset(wait_list_id=1)
            result = await client.booking.v1.waitlist.client.unset(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_UNSET, {"waitListId": wait_list_id}
            ),
        )


class BatchBookingV1WaitlistClient(Namespace):
    """Methods under ``booking.v1.waitlist.client`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, wait_list_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[BookingV1WaitlistClientListResult]:
        """List the CRM contacts and companies attached to a waiting-list entry.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.client.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-list.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1WaitlistClientListResult]

        Example:
            command = batch.booking.v1.waitlist.client.list(wait_list_id=1)
        """
        return cast(
            "BatchCommand[BookingV1WaitlistClientListResult]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_LIST,
                {"waitListId": wait_list_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        wait_list_id: int | Ref,
        clients: Sequence[BookingV1WaitlistClientSetClients] | Ref,
    ) -> BatchCommand[bool]:
        """Attach CRM contacts or companies to a waiting-list entry.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.client.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-set.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            clients: Clients, each with id and type.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.waitlist.client.set(wait_list_id=1, clients=[{"id": 1, "type": {}}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_SET,
                {"waitListId": wait_list_id, "clients": clients},
            ),
        )

    def unset(self, *, wait_list_id: int | Ref) -> BatchCommand[bool]:
        """Detach CRM contacts or companies from a waiting-list entry.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.client.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-unset.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.waitlist.client.unset(wait_list_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_CLIENT_UNSET, {"waitListId": wait_list_id}
            ),
        )


class BookingV1WaitlistExternalData(Namespace):
    """Methods under ``booking.v1.waitlist.externalData``."""

    __slots__ = ()

    def list(
        self, *, wait_list_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1WaitlistExternalDataListResult:
        """List the outside records (such as CRM deals) linked to a waiting-list entry.

        REST method: ``booking.v1.waitlist.externalData.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-list.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1WaitlistExternalDataListResult

        Example:
            result = client.booking.v1.waitlist.external_data.list(wait_list_id=1)
            result = await client.booking.v1.waitlist.external_data.list(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistExternalDataListResult",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_LIST,
                {"waitListId": wait_list_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        wait_list_id: int,
        external_data: Sequence[BookingV1WaitlistExternalDataSetExternalData],
    ) -> bool:
        """Link a waiting-list entry to outside records, such as a CRM deal.

        REST method: ``booking.v1.waitlist.externalData.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-set.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            external_data: Links to outside records, each with moduleId, entityTypeId and value. Wire name: ``externalData``.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.external_data.set(wait_list_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])
            result = await client.booking.v1.waitlist.external_data.set(wait_list_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_SET,
                {"waitListId": wait_list_id, "externalData": external_data},
            ),
        )

    def unset(self, *, wait_list_id: int) -> bool:
        """Remove the links between a waiting-list entry and outside records.

        REST method: ``booking.v1.waitlist.externalData.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-unset.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.external_data.unset(wait_list_id=1)
            result = await client.booking.v1.waitlist.external_data.unset(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_UNSET, {"waitListId": wait_list_id}
            ),
        )


class AsyncBookingV1WaitlistExternalData(Namespace):
    """Methods under ``booking.v1.waitlist.externalData`` (async)."""

    __slots__ = ()

    async def list(
        self, *, wait_list_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> BookingV1WaitlistExternalDataListResult:
        """List the outside records (such as CRM deals) linked to a waiting-list entry.

        REST method: ``booking.v1.waitlist.externalData.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-list.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            start: Offset of the first entry, for paging.

        Returns:
            BookingV1WaitlistExternalDataListResult

        Example:
            result = client.booking.v1.waitlist.external_data.list(wait_list_id=1)
            result = await client.booking.v1.waitlist.external_data.list(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            "BookingV1WaitlistExternalDataListResult",
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_LIST,
                {"waitListId": wait_list_id, "start": start},
            ),
        )

    async def set(
        self,
        *,
        wait_list_id: int,
        external_data: Sequence[BookingV1WaitlistExternalDataSetExternalData],
    ) -> bool:
        """Link a waiting-list entry to outside records, such as a CRM deal.

        REST method: ``booking.v1.waitlist.externalData.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-set.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            external_data: Links to outside records, each with moduleId, entityTypeId and value. Wire name: ``externalData``.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.external_data.set(wait_list_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])
            result = await client.booking.v1.waitlist.external_data.set(wait_list_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_SET,
                {"waitListId": wait_list_id, "externalData": external_data},
            ),
        )

    async def unset(self, *, wait_list_id: int) -> bool:
        """Remove the links between a waiting-list entry and outside records.

        REST method: ``booking.v1.waitlist.externalData.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-unset.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.

        Returns:
            bool

        Example:
            result = client.booking.v1.waitlist.external_data.unset(wait_list_id=1)
            result = await client.booking.v1.waitlist.external_data.unset(wait_list_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_UNSET, {"waitListId": wait_list_id}
            ),
        )


class BatchBookingV1WaitlistExternalData(Namespace):
    """Methods under ``booking.v1.waitlist.externalData`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, wait_list_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[BookingV1WaitlistExternalDataListResult]:
        """List the outside records (such as CRM deals) linked to a waiting-list entry.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.externalData.list``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-list.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            start: Offset of the first entry, for paging.

        Returns:
            BatchCommand[BookingV1WaitlistExternalDataListResult]

        Example:
            command = batch.booking.v1.waitlist.external_data.list(wait_list_id=1)
        """
        return cast(
            "BatchCommand[BookingV1WaitlistExternalDataListResult]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_LIST,
                {"waitListId": wait_list_id, "start": start},
            ),
        )

    def set(
        self,
        *,
        wait_list_id: int | Ref,
        external_data: Sequence[BookingV1WaitlistExternalDataSetExternalData] | Ref,
    ) -> BatchCommand[bool]:
        """Link a waiting-list entry to outside records, such as a CRM deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.externalData.set``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-set.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.
            external_data: Links to outside records, each with moduleId, entityTypeId and value. Wire name: ``externalData``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.waitlist.external_data.set(wait_list_id=1, external_data=[{"moduleId": "1", "entityTypeId": "CRM_DEAL", "value": "example"}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_SET,
                {"waitListId": wait_list_id, "externalData": external_data},
            ),
        )

    def unset(self, *, wait_list_id: int | Ref) -> BatchCommand[bool]:
        """Remove the links between a waiting-list entry and outside records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``booking.v1.waitlist.externalData.unset``
        Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-unset.html

        Args:
            wait_list_id: ID of the waiting-list entry, from booking.v1.waitlist.add or booking.v1.waitlist.list. Wire name: ``waitListId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.booking.v1.waitlist.external_data.unset(wait_list_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BOOKING_V1_WAITLIST_EXTERNAL_DATA_UNSET, {"waitListId": wait_list_id}
            ),
        )
