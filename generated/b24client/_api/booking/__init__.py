"""Methods under ``booking``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.booking.v1 import AsyncBookingV1, BatchBookingV1, BookingV1


class Booking(Namespace):
    """Methods under ``booking``."""

    __slots__ = ()

    @property
    def v1(self) -> BookingV1:
        """Methods under ``booking.v1``."""
        from b24client._api.booking.v1 import BookingV1

        return BookingV1(self._backend)


class AsyncBooking(Namespace):
    """Methods under ``booking`` (async)."""

    __slots__ = ()

    @property
    def v1(self) -> AsyncBookingV1:
        """Methods under ``booking.v1``."""
        from b24client._api.booking.v1 import AsyncBookingV1

        return AsyncBookingV1(self._backend)


class BatchBooking(Namespace):
    """Methods under ``booking`` (queued into a batch)."""

    __slots__ = ()

    @property
    def v1(self) -> BatchBookingV1:
        """Methods under ``booking.v1``."""
        from b24client._api.booking.v1 import BatchBookingV1

        return BatchBookingV1(self._backend)
