"""Methods under ``rpa``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.rpa.comment import AsyncRpaComment, BatchRpaComment, RpaComment
    from b24client._api.rpa.fields import AsyncRpaFields, BatchRpaFields, RpaFields
    from b24client._api.rpa.item import AsyncRpaItem, BatchRpaItem, RpaItem
    from b24client._api.rpa.stage import AsyncRpaStage, BatchRpaStage, RpaStage
    from b24client._api.rpa.task import AsyncRpaTask, BatchRpaTask, RpaTask
    from b24client._api.rpa.timeline import (
        AsyncRpaTimeline,
        BatchRpaTimeline,
        RpaTimeline,
    )
    from b24client._api.rpa.type import AsyncRpaType, BatchRpaType, RpaType


class Rpa(Namespace):
    """Methods under ``rpa``."""

    __slots__ = ()

    @property
    def comment(self) -> RpaComment:
        """Methods under ``rpa.comment``."""
        from b24client._api.rpa.comment import RpaComment

        return RpaComment(self._backend)

    @property
    def fields(self) -> RpaFields:
        """Methods under ``rpa.fields``."""
        from b24client._api.rpa.fields import RpaFields

        return RpaFields(self._backend)

    @property
    def item(self) -> RpaItem:
        """Methods under ``rpa.item``."""
        from b24client._api.rpa.item import RpaItem

        return RpaItem(self._backend)

    @property
    def stage(self) -> RpaStage:
        """Methods under ``rpa.stage``."""
        from b24client._api.rpa.stage import RpaStage

        return RpaStage(self._backend)

    @property
    def task(self) -> RpaTask:
        """Methods under ``rpa.task``."""
        from b24client._api.rpa.task import RpaTask

        return RpaTask(self._backend)

    @property
    def timeline(self) -> RpaTimeline:
        """Methods under ``rpa.timeline``."""
        from b24client._api.rpa.timeline import RpaTimeline

        return RpaTimeline(self._backend)

    @property
    def type(self) -> RpaType:
        """Methods under ``rpa.type``."""
        from b24client._api.rpa.type import RpaType

        return RpaType(self._backend)


class AsyncRpa(Namespace):
    """Methods under ``rpa`` (async)."""

    __slots__ = ()

    @property
    def comment(self) -> AsyncRpaComment:
        """Methods under ``rpa.comment``."""
        from b24client._api.rpa.comment import AsyncRpaComment

        return AsyncRpaComment(self._backend)

    @property
    def fields(self) -> AsyncRpaFields:
        """Methods under ``rpa.fields``."""
        from b24client._api.rpa.fields import AsyncRpaFields

        return AsyncRpaFields(self._backend)

    @property
    def item(self) -> AsyncRpaItem:
        """Methods under ``rpa.item``."""
        from b24client._api.rpa.item import AsyncRpaItem

        return AsyncRpaItem(self._backend)

    @property
    def stage(self) -> AsyncRpaStage:
        """Methods under ``rpa.stage``."""
        from b24client._api.rpa.stage import AsyncRpaStage

        return AsyncRpaStage(self._backend)

    @property
    def task(self) -> AsyncRpaTask:
        """Methods under ``rpa.task``."""
        from b24client._api.rpa.task import AsyncRpaTask

        return AsyncRpaTask(self._backend)

    @property
    def timeline(self) -> AsyncRpaTimeline:
        """Methods under ``rpa.timeline``."""
        from b24client._api.rpa.timeline import AsyncRpaTimeline

        return AsyncRpaTimeline(self._backend)

    @property
    def type(self) -> AsyncRpaType:
        """Methods under ``rpa.type``."""
        from b24client._api.rpa.type import AsyncRpaType

        return AsyncRpaType(self._backend)


class BatchRpa(Namespace):
    """Methods under ``rpa`` (queued into a batch)."""

    __slots__ = ()

    @property
    def comment(self) -> BatchRpaComment:
        """Methods under ``rpa.comment``."""
        from b24client._api.rpa.comment import BatchRpaComment

        return BatchRpaComment(self._backend)

    @property
    def fields(self) -> BatchRpaFields:
        """Methods under ``rpa.fields``."""
        from b24client._api.rpa.fields import BatchRpaFields

        return BatchRpaFields(self._backend)

    @property
    def item(self) -> BatchRpaItem:
        """Methods under ``rpa.item``."""
        from b24client._api.rpa.item import BatchRpaItem

        return BatchRpaItem(self._backend)

    @property
    def stage(self) -> BatchRpaStage:
        """Methods under ``rpa.stage``."""
        from b24client._api.rpa.stage import BatchRpaStage

        return BatchRpaStage(self._backend)

    @property
    def task(self) -> BatchRpaTask:
        """Methods under ``rpa.task``."""
        from b24client._api.rpa.task import BatchRpaTask

        return BatchRpaTask(self._backend)

    @property
    def timeline(self) -> BatchRpaTimeline:
        """Methods under ``rpa.timeline``."""
        from b24client._api.rpa.timeline import BatchRpaTimeline

        return BatchRpaTimeline(self._backend)

    @property
    def type(self) -> BatchRpaType:
        """Methods under ``rpa.type``."""
        from b24client._api.rpa.type import BatchRpaType

        return BatchRpaType(self._backend)
