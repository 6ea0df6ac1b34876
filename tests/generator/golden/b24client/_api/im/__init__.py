"""Methods under ``im``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.im.notify import AsyncImNotify, BatchImNotify, ImNotify


class Im(Namespace):
    """Methods under ``im``."""

    __slots__ = ()

    @property
    def notify(self) -> ImNotify:
        """Methods under ``im.notify``."""
        from b24client._api.im.notify import ImNotify

        return ImNotify(self._backend)


class AsyncIm(Namespace):
    """Methods under ``im`` (async)."""

    __slots__ = ()

    @property
    def notify(self) -> AsyncImNotify:
        """Methods under ``im.notify``."""
        from b24client._api.im.notify import AsyncImNotify

        return AsyncImNotify(self._backend)


class BatchIm(Namespace):
    """Methods under ``im`` (queued into a batch)."""

    __slots__ = ()

    @property
    def notify(self) -> BatchImNotify:
        """Methods under ``im.notify``."""
        from b24client._api.im.notify import BatchImNotify

        return BatchImNotify(self._backend)
