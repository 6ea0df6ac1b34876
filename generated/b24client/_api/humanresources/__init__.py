"""Methods under ``humanresources``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.humanresources.hcmlink import (
        AsyncHumanresourcesHcmlink,
        BatchHumanresourcesHcmlink,
        HumanresourcesHcmlink,
    )


class Humanresources(Namespace):
    """Methods under ``humanresources``."""

    __slots__ = ()

    @property
    def hcmlink(self) -> HumanresourcesHcmlink:
        """Methods under ``humanresources.hcmlink``."""
        from b24client._api.humanresources.hcmlink import HumanresourcesHcmlink

        return HumanresourcesHcmlink(self._backend)


class AsyncHumanresources(Namespace):
    """Methods under ``humanresources`` (async)."""

    __slots__ = ()

    @property
    def hcmlink(self) -> AsyncHumanresourcesHcmlink:
        """Methods under ``humanresources.hcmlink``."""
        from b24client._api.humanresources.hcmlink import AsyncHumanresourcesHcmlink

        return AsyncHumanresourcesHcmlink(self._backend)


class BatchHumanresources(Namespace):
    """Methods under ``humanresources`` (queued into a batch)."""

    __slots__ = ()

    @property
    def hcmlink(self) -> BatchHumanresourcesHcmlink:
        """Methods under ``humanresources.hcmlink``."""
        from b24client._api.humanresources.hcmlink import BatchHumanresourcesHcmlink

        return BatchHumanresourcesHcmlink(self._backend)
