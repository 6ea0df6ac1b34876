"""Methods under ``biconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.biconnector.connector import (
        AsyncBiconnectorConnector,
        BatchBiconnectorConnector,
        BiconnectorConnector,
    )
    from b24client._api.biconnector.dataset import (
        AsyncBiconnectorDataset,
        BatchBiconnectorDataset,
        BiconnectorDataset,
    )
    from b24client._api.biconnector.source import (
        AsyncBiconnectorSource,
        BatchBiconnectorSource,
        BiconnectorSource,
    )


class Biconnector(Namespace):
    """Methods under ``biconnector``."""

    __slots__ = ()

    @property
    def connector(self) -> BiconnectorConnector:
        """Methods under ``biconnector.connector``."""
        from b24client._api.biconnector.connector import BiconnectorConnector

        return BiconnectorConnector(self._backend)

    @property
    def dataset(self) -> BiconnectorDataset:
        """Methods under ``biconnector.dataset``."""
        from b24client._api.biconnector.dataset import BiconnectorDataset

        return BiconnectorDataset(self._backend)

    @property
    def source(self) -> BiconnectorSource:
        """Methods under ``biconnector.source``."""
        from b24client._api.biconnector.source import BiconnectorSource

        return BiconnectorSource(self._backend)


class AsyncBiconnector(Namespace):
    """Methods under ``biconnector`` (async)."""

    __slots__ = ()

    @property
    def connector(self) -> AsyncBiconnectorConnector:
        """Methods under ``biconnector.connector``."""
        from b24client._api.biconnector.connector import AsyncBiconnectorConnector

        return AsyncBiconnectorConnector(self._backend)

    @property
    def dataset(self) -> AsyncBiconnectorDataset:
        """Methods under ``biconnector.dataset``."""
        from b24client._api.biconnector.dataset import AsyncBiconnectorDataset

        return AsyncBiconnectorDataset(self._backend)

    @property
    def source(self) -> AsyncBiconnectorSource:
        """Methods under ``biconnector.source``."""
        from b24client._api.biconnector.source import AsyncBiconnectorSource

        return AsyncBiconnectorSource(self._backend)


class BatchBiconnector(Namespace):
    """Methods under ``biconnector`` (queued into a batch)."""

    __slots__ = ()

    @property
    def connector(self) -> BatchBiconnectorConnector:
        """Methods under ``biconnector.connector``."""
        from b24client._api.biconnector.connector import BatchBiconnectorConnector

        return BatchBiconnectorConnector(self._backend)

    @property
    def dataset(self) -> BatchBiconnectorDataset:
        """Methods under ``biconnector.dataset``."""
        from b24client._api.biconnector.dataset import BatchBiconnectorDataset

        return BatchBiconnectorDataset(self._backend)

    @property
    def source(self) -> BatchBiconnectorSource:
        """Methods under ``biconnector.source``."""
        from b24client._api.biconnector.source import BatchBiconnectorSource

        return BatchBiconnectorSource(self._backend)
