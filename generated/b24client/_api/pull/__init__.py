"""Methods under ``pull``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.pull.application import (
        AsyncPullApplication,
        BatchPullApplication,
        PullApplication,
    )


class Pull(Namespace):
    """Methods under ``pull``."""

    __slots__ = ()

    @property
    def application(self) -> PullApplication:
        """Methods under ``pull.application``."""
        from b24client._api.pull.application import PullApplication

        return PullApplication(self._backend)


class AsyncPull(Namespace):
    """Methods under ``pull`` (async)."""

    __slots__ = ()

    @property
    def application(self) -> AsyncPullApplication:
        """Methods under ``pull.application``."""
        from b24client._api.pull.application import AsyncPullApplication

        return AsyncPullApplication(self._backend)


class BatchPull(Namespace):
    """Methods under ``pull`` (queued into a batch)."""

    __slots__ = ()

    @property
    def application(self) -> BatchPullApplication:
        """Methods under ``pull.application``."""
        from b24client._api.pull.application import BatchPullApplication

        return BatchPullApplication(self._backend)
