"""The client classes: one lazy attribute per first segment of the method names.

Generated from spec/ by ``python -m generator``; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.batch import AsyncBatchBase, SyncBatchBase
from b24client._core.client import AsyncClientBase, SyncClientBase

if TYPE_CHECKING:
    from b24client._api.crm import AsyncCrm, BatchCrm, Crm
    from b24client._api.im import AsyncIm, BatchIm, Im
    from b24client._api.user import AsyncUser, BatchUser, User

__all__ = ["AsyncBatch", "AsyncBitrix24", "Batch", "Bitrix24"]


class Bitrix24(SyncClientBase):
    """Synchronous Bitrix24 client: ``client.crm.deal.add(...)`` calls ``crm.deal.add``.

    Construct it with an inbound webhook URL; see :class:`SyncClientBase`.
    """

    @property
    def crm(self) -> Crm:
        """Methods under ``crm``."""
        from b24client._api.crm import Crm

        return Crm(self)

    @property
    def im(self) -> Im:
        """Methods under ``im``."""
        from b24client._api.im import Im

        return Im(self)

    @property
    def user(self) -> User:
        """Methods under ``user``."""
        from b24client._api.user import User

        return User(self)

    def batch(self, *, halt: bool = False) -> Batch:
        """Start a batch: queue calls on it, then ``execute()`` sends them together."""
        return Batch(self, halt=halt)


class AsyncBitrix24(AsyncClientBase):
    """Asynchronous Bitrix24 client: ``await client.crm.deal.add(...)``.

    Construct it with an inbound webhook URL; see :class:`AsyncClientBase`.
    """

    @property
    def crm(self) -> AsyncCrm:
        """Methods under ``crm``."""
        from b24client._api.crm import AsyncCrm

        return AsyncCrm(self)

    @property
    def im(self) -> AsyncIm:
        """Methods under ``im``."""
        from b24client._api.im import AsyncIm

        return AsyncIm(self)

    @property
    def user(self) -> AsyncUser:
        """Methods under ``user``."""
        from b24client._api.user import AsyncUser

        return AsyncUser(self)

    def batch(self, *, halt: bool = False) -> AsyncBatch:
        """Start a batch: queue calls on it, then ``await execute()`` sends them together."""
        return AsyncBatch(self, halt=halt)


class Batch(SyncBatchBase):
    """A batch of the synchronous client: ``batch.crm.deal.add(...)`` queues a command."""

    @property
    def crm(self) -> BatchCrm:
        """Methods under ``crm``."""
        from b24client._api.crm import BatchCrm

        return BatchCrm(self)

    @property
    def im(self) -> BatchIm:
        """Methods under ``im``."""
        from b24client._api.im import BatchIm

        return BatchIm(self)

    @property
    def user(self) -> BatchUser:
        """Methods under ``user``."""
        from b24client._api.user import BatchUser

        return BatchUser(self)


class AsyncBatch(AsyncBatchBase):
    """A batch of the asynchronous client: ``batch.crm.deal.add(...)`` queues a command."""

    @property
    def crm(self) -> BatchCrm:
        """Methods under ``crm``."""
        from b24client._api.crm import BatchCrm

        return BatchCrm(self)

    @property
    def im(self) -> BatchIm:
        """Methods under ``im``."""
        from b24client._api.im import BatchIm

        return BatchIm(self)

    @property
    def user(self) -> BatchUser:
        """Methods under ``user``."""
        from b24client._api.user import BatchUser

        return BatchUser(self)
