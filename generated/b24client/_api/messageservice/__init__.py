"""Methods under ``messageservice``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.messageservice.message import (
        AsyncMessageserviceMessage,
        BatchMessageserviceMessage,
        MessageserviceMessage,
    )
    from b24client._api.messageservice.sender import (
        AsyncMessageserviceSender,
        BatchMessageserviceSender,
        MessageserviceSender,
    )


class Messageservice(Namespace):
    """Methods under ``messageservice``."""

    __slots__ = ()

    @property
    def message(self) -> MessageserviceMessage:
        """Methods under ``messageservice.message``."""
        from b24client._api.messageservice.message import MessageserviceMessage

        return MessageserviceMessage(self._backend)

    @property
    def sender(self) -> MessageserviceSender:
        """Methods under ``messageservice.sender``."""
        from b24client._api.messageservice.sender import MessageserviceSender

        return MessageserviceSender(self._backend)


class AsyncMessageservice(Namespace):
    """Methods under ``messageservice`` (async)."""

    __slots__ = ()

    @property
    def message(self) -> AsyncMessageserviceMessage:
        """Methods under ``messageservice.message``."""
        from b24client._api.messageservice.message import AsyncMessageserviceMessage

        return AsyncMessageserviceMessage(self._backend)

    @property
    def sender(self) -> AsyncMessageserviceSender:
        """Methods under ``messageservice.sender``."""
        from b24client._api.messageservice.sender import AsyncMessageserviceSender

        return AsyncMessageserviceSender(self._backend)


class BatchMessageservice(Namespace):
    """Methods under ``messageservice`` (queued into a batch)."""

    __slots__ = ()

    @property
    def message(self) -> BatchMessageserviceMessage:
        """Methods under ``messageservice.message``."""
        from b24client._api.messageservice.message import BatchMessageserviceMessage

        return BatchMessageserviceMessage(self._backend)

    @property
    def sender(self) -> BatchMessageserviceSender:
        """Methods under ``messageservice.sender``."""
        from b24client._api.messageservice.sender import BatchMessageserviceSender

        return BatchMessageserviceSender(self._backend)
