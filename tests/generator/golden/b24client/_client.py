"""The client classes: one lazy attribute per first segment of the method names.

Generated from spec/ by ``python -m generator``; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import AsyncBatchBase, BatchCommand, SyncBatchBase
from b24client._core.client import AsyncClientBase, SyncClientBase
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client._api.crm import AsyncCrm, BatchCrm, Crm
    from b24client._api.im import AsyncIm, BatchIm, Im
    from b24client._api.lists import AsyncLists, BatchLists, Lists
    from b24client._api.tasks import AsyncTasks, BatchTasks, Tasks
    from b24client._api.user import AsyncUser, BatchUser, User
    from b24client._api.v3 import AsyncV3, V3

__all__ = ["AsyncBatch", "AsyncBitrix24", "Batch", "Bitrix24"]

_PROFILE = MethodInfo(name="profile", idempotent=True, returns="any", api=1)


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
    def lists(self) -> Lists:
        """Methods under ``lists``."""
        from b24client._api.lists import Lists

        return Lists(self)

    @property
    def tasks(self) -> Tasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import Tasks

        return Tasks(self)

    @property
    def user(self) -> User:
        """Methods under ``user``."""
        from b24client._api.user import User

        return User(self)

    @property
    def v3(self) -> V3:
        """REST 3.0 methods."""
        from b24client._api.v3 import V3

        return V3(self)

    def profile(self) -> dict[str, Any]:
        """Get the basic profile of the current user.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            dict[str, Any]

        Example:
            result = client.profile()
            result = await client.profile()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", self._invoke(_PROFILE, {}))

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
    def lists(self) -> AsyncLists:
        """Methods under ``lists``."""
        from b24client._api.lists import AsyncLists

        return AsyncLists(self)

    @property
    def tasks(self) -> AsyncTasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import AsyncTasks

        return AsyncTasks(self)

    @property
    def user(self) -> AsyncUser:
        """Methods under ``user``."""
        from b24client._api.user import AsyncUser

        return AsyncUser(self)

    @property
    def v3(self) -> AsyncV3:
        """REST 3.0 methods."""
        from b24client._api.v3 import AsyncV3

        return AsyncV3(self)

    async def profile(self) -> dict[str, Any]:
        """Get the basic profile of the current user.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            dict[str, Any]

        Example:
            result = client.profile()
            result = await client.profile()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", await self._invoke(_PROFILE, {}))

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
    def lists(self) -> BatchLists:
        """Methods under ``lists``."""
        from b24client._api.lists import BatchLists

        return BatchLists(self)

    @property
    def tasks(self) -> BatchTasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import BatchTasks

        return BatchTasks(self)

    @property
    def user(self) -> BatchUser:
        """Methods under ``user``."""
        from b24client._api.user import BatchUser

        return BatchUser(self)

    def profile(self) -> BatchCommand[dict[str, Any]]:
        """Get the basic profile of the current user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.profile()
        """
        return cast("BatchCommand[dict[str, Any]]", self._invoke(_PROFILE, {}))


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
    def lists(self) -> BatchLists:
        """Methods under ``lists``."""
        from b24client._api.lists import BatchLists

        return BatchLists(self)

    @property
    def tasks(self) -> BatchTasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import BatchTasks

        return BatchTasks(self)

    @property
    def user(self) -> BatchUser:
        """Methods under ``user``."""
        from b24client._api.user import BatchUser

        return BatchUser(self)

    def profile(self) -> BatchCommand[dict[str, Any]]:
        """Get the basic profile of the current user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.profile()
        """
        return cast("BatchCommand[dict[str, Any]]", self._invoke(_PROFILE, {}))
