"""Methods under ``im``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.im.chat import AsyncImChat, BatchImChat, ImChat
    from b24client._api.im.counters import AsyncImCounters, BatchImCounters, ImCounters
    from b24client._api.im.department import (
        AsyncImDepartment,
        BatchImDepartment,
        ImDepartment,
    )
    from b24client._api.im.dialog import AsyncImDialog, BatchImDialog, ImDialog
    from b24client._api.im.disk import AsyncImDisk, BatchImDisk, ImDisk
    from b24client._api.im.message import AsyncImMessage, BatchImMessage, ImMessage
    from b24client._api.im.notify import AsyncImNotify, BatchImNotify, ImNotify
    from b24client._api.im.recent import AsyncImRecent, BatchImRecent, ImRecent
    from b24client._api.im.revision import AsyncImRevision, BatchImRevision, ImRevision
    from b24client._api.im.search import AsyncImSearch, BatchImSearch, ImSearch
    from b24client._api.im.user import AsyncImUser, BatchImUser, ImUser
    from b24client._api.im.v2 import AsyncImV2, BatchImV2, ImV2


class Im(Namespace):
    """Methods under ``im``."""

    __slots__ = ()

    @property
    def chat(self) -> ImChat:
        """Methods under ``im.chat``."""
        from b24client._api.im.chat import ImChat

        return ImChat(self._backend)

    @property
    def counters(self) -> ImCounters:
        """Methods under ``im.counters``."""
        from b24client._api.im.counters import ImCounters

        return ImCounters(self._backend)

    @property
    def department(self) -> ImDepartment:
        """Methods under ``im.department``."""
        from b24client._api.im.department import ImDepartment

        return ImDepartment(self._backend)

    @property
    def dialog(self) -> ImDialog:
        """Methods under ``im.dialog``."""
        from b24client._api.im.dialog import ImDialog

        return ImDialog(self._backend)

    @property
    def disk(self) -> ImDisk:
        """Methods under ``im.disk``."""
        from b24client._api.im.disk import ImDisk

        return ImDisk(self._backend)

    @property
    def message(self) -> ImMessage:
        """Methods under ``im.message``."""
        from b24client._api.im.message import ImMessage

        return ImMessage(self._backend)

    @property
    def notify(self) -> ImNotify:
        """Methods under ``im.notify``."""
        from b24client._api.im.notify import ImNotify

        return ImNotify(self._backend)

    @property
    def recent(self) -> ImRecent:
        """Methods under ``im.recent``."""
        from b24client._api.im.recent import ImRecent

        return ImRecent(self._backend)

    @property
    def revision(self) -> ImRevision:
        """Methods under ``im.revision``."""
        from b24client._api.im.revision import ImRevision

        return ImRevision(self._backend)

    @property
    def search(self) -> ImSearch:
        """Methods under ``im.search``."""
        from b24client._api.im.search import ImSearch

        return ImSearch(self._backend)

    @property
    def user(self) -> ImUser:
        """Methods under ``im.user``."""
        from b24client._api.im.user import ImUser

        return ImUser(self._backend)

    @property
    def v2(self) -> ImV2:
        """Methods under ``im.v2``."""
        from b24client._api.im.v2 import ImV2

        return ImV2(self._backend)


class AsyncIm(Namespace):
    """Methods under ``im`` (async)."""

    __slots__ = ()

    @property
    def chat(self) -> AsyncImChat:
        """Methods under ``im.chat``."""
        from b24client._api.im.chat import AsyncImChat

        return AsyncImChat(self._backend)

    @property
    def counters(self) -> AsyncImCounters:
        """Methods under ``im.counters``."""
        from b24client._api.im.counters import AsyncImCounters

        return AsyncImCounters(self._backend)

    @property
    def department(self) -> AsyncImDepartment:
        """Methods under ``im.department``."""
        from b24client._api.im.department import AsyncImDepartment

        return AsyncImDepartment(self._backend)

    @property
    def dialog(self) -> AsyncImDialog:
        """Methods under ``im.dialog``."""
        from b24client._api.im.dialog import AsyncImDialog

        return AsyncImDialog(self._backend)

    @property
    def disk(self) -> AsyncImDisk:
        """Methods under ``im.disk``."""
        from b24client._api.im.disk import AsyncImDisk

        return AsyncImDisk(self._backend)

    @property
    def message(self) -> AsyncImMessage:
        """Methods under ``im.message``."""
        from b24client._api.im.message import AsyncImMessage

        return AsyncImMessage(self._backend)

    @property
    def notify(self) -> AsyncImNotify:
        """Methods under ``im.notify``."""
        from b24client._api.im.notify import AsyncImNotify

        return AsyncImNotify(self._backend)

    @property
    def recent(self) -> AsyncImRecent:
        """Methods under ``im.recent``."""
        from b24client._api.im.recent import AsyncImRecent

        return AsyncImRecent(self._backend)

    @property
    def revision(self) -> AsyncImRevision:
        """Methods under ``im.revision``."""
        from b24client._api.im.revision import AsyncImRevision

        return AsyncImRevision(self._backend)

    @property
    def search(self) -> AsyncImSearch:
        """Methods under ``im.search``."""
        from b24client._api.im.search import AsyncImSearch

        return AsyncImSearch(self._backend)

    @property
    def user(self) -> AsyncImUser:
        """Methods under ``im.user``."""
        from b24client._api.im.user import AsyncImUser

        return AsyncImUser(self._backend)

    @property
    def v2(self) -> AsyncImV2:
        """Methods under ``im.v2``."""
        from b24client._api.im.v2 import AsyncImV2

        return AsyncImV2(self._backend)


class BatchIm(Namespace):
    """Methods under ``im`` (queued into a batch)."""

    __slots__ = ()

    @property
    def chat(self) -> BatchImChat:
        """Methods under ``im.chat``."""
        from b24client._api.im.chat import BatchImChat

        return BatchImChat(self._backend)

    @property
    def counters(self) -> BatchImCounters:
        """Methods under ``im.counters``."""
        from b24client._api.im.counters import BatchImCounters

        return BatchImCounters(self._backend)

    @property
    def department(self) -> BatchImDepartment:
        """Methods under ``im.department``."""
        from b24client._api.im.department import BatchImDepartment

        return BatchImDepartment(self._backend)

    @property
    def dialog(self) -> BatchImDialog:
        """Methods under ``im.dialog``."""
        from b24client._api.im.dialog import BatchImDialog

        return BatchImDialog(self._backend)

    @property
    def disk(self) -> BatchImDisk:
        """Methods under ``im.disk``."""
        from b24client._api.im.disk import BatchImDisk

        return BatchImDisk(self._backend)

    @property
    def message(self) -> BatchImMessage:
        """Methods under ``im.message``."""
        from b24client._api.im.message import BatchImMessage

        return BatchImMessage(self._backend)

    @property
    def notify(self) -> BatchImNotify:
        """Methods under ``im.notify``."""
        from b24client._api.im.notify import BatchImNotify

        return BatchImNotify(self._backend)

    @property
    def recent(self) -> BatchImRecent:
        """Methods under ``im.recent``."""
        from b24client._api.im.recent import BatchImRecent

        return BatchImRecent(self._backend)

    @property
    def revision(self) -> BatchImRevision:
        """Methods under ``im.revision``."""
        from b24client._api.im.revision import BatchImRevision

        return BatchImRevision(self._backend)

    @property
    def search(self) -> BatchImSearch:
        """Methods under ``im.search``."""
        from b24client._api.im.search import BatchImSearch

        return BatchImSearch(self._backend)

    @property
    def user(self) -> BatchImUser:
        """Methods under ``im.user``."""
        from b24client._api.im.user import BatchImUser

        return BatchImUser(self._backend)

    @property
    def v2(self) -> BatchImV2:
        """Methods under ``im.v2``."""
        from b24client._api.im.v2 import BatchImV2

        return BatchImV2(self._backend)
