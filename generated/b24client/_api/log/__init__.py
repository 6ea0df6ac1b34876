"""Methods under ``log``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.log.blogcomment import (
        AsyncLogBlogcomment,
        BatchLogBlogcomment,
        LogBlogcomment,
    )
    from b24client._api.log.blogpost import (
        AsyncLogBlogpost,
        BatchLogBlogpost,
        LogBlogpost,
    )


class Log(Namespace):
    """Methods under ``log``."""

    __slots__ = ()

    @property
    def blogcomment(self) -> LogBlogcomment:
        """Methods under ``log.blogcomment``."""
        from b24client._api.log.blogcomment import LogBlogcomment

        return LogBlogcomment(self._backend)

    @property
    def blogpost(self) -> LogBlogpost:
        """Methods under ``log.blogpost``."""
        from b24client._api.log.blogpost import LogBlogpost

        return LogBlogpost(self._backend)


class AsyncLog(Namespace):
    """Methods under ``log`` (async)."""

    __slots__ = ()

    @property
    def blogcomment(self) -> AsyncLogBlogcomment:
        """Methods under ``log.blogcomment``."""
        from b24client._api.log.blogcomment import AsyncLogBlogcomment

        return AsyncLogBlogcomment(self._backend)

    @property
    def blogpost(self) -> AsyncLogBlogpost:
        """Methods under ``log.blogpost``."""
        from b24client._api.log.blogpost import AsyncLogBlogpost

        return AsyncLogBlogpost(self._backend)


class BatchLog(Namespace):
    """Methods under ``log`` (queued into a batch)."""

    __slots__ = ()

    @property
    def blogcomment(self) -> BatchLogBlogcomment:
        """Methods under ``log.blogcomment``."""
        from b24client._api.log.blogcomment import BatchLogBlogcomment

        return BatchLogBlogcomment(self._backend)

    @property
    def blogpost(self) -> BatchLogBlogpost:
        """Methods under ``log.blogpost``."""
        from b24client._api.log.blogpost import BatchLogBlogpost

        return BatchLogBlogpost(self._backend)
