"""Methods under ``lists``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.lists.element import (
        AsyncListsElement,
        BatchListsElement,
        ListsElement,
    )


class Lists(Namespace):
    """Methods under ``lists``."""

    __slots__ = ()

    @property
    def element(self) -> ListsElement:
        """Methods under ``lists.element``."""
        from b24client._api.lists.element import ListsElement

        return ListsElement(self._backend)


class AsyncLists(Namespace):
    """Methods under ``lists`` (async)."""

    __slots__ = ()

    @property
    def element(self) -> AsyncListsElement:
        """Methods under ``lists.element``."""
        from b24client._api.lists.element import AsyncListsElement

        return AsyncListsElement(self._backend)


class BatchLists(Namespace):
    """Methods under ``lists`` (queued into a batch)."""

    __slots__ = ()

    @property
    def element(self) -> BatchListsElement:
        """Methods under ``lists.element``."""
        from b24client._api.lists.element import BatchListsElement

        return BatchListsElement(self._backend)
