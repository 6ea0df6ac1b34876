"""Methods under ``salescenter``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.salescenter.payment import (
        AsyncSalescenterPayment,
        BatchSalescenterPayment,
        SalescenterPayment,
    )


class Salescenter(Namespace):
    """Methods under ``salescenter``."""

    __slots__ = ()

    @property
    def payment(self) -> SalescenterPayment:
        """Methods under ``salescenter.payment``."""
        from b24client._api.salescenter.payment import SalescenterPayment

        return SalescenterPayment(self._backend)


class AsyncSalescenter(Namespace):
    """Methods under ``salescenter`` (async)."""

    __slots__ = ()

    @property
    def payment(self) -> AsyncSalescenterPayment:
        """Methods under ``salescenter.payment``."""
        from b24client._api.salescenter.payment import AsyncSalescenterPayment

        return AsyncSalescenterPayment(self._backend)


class BatchSalescenter(Namespace):
    """Methods under ``salescenter`` (queued into a batch)."""

    __slots__ = ()

    @property
    def payment(self) -> BatchSalescenterPayment:
        """Methods under ``salescenter.payment``."""
        from b24client._api.salescenter.payment import BatchSalescenterPayment

        return BatchSalescenterPayment(self._backend)
