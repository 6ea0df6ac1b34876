# Source: generator/runtime/_core/paging.py (hand-written; copied into the package by make generate).
"""Pages of list methods that fetch the following pages while you iterate.

Classic list methods answer 50 rows at a time with ``total`` and, while rows
remain, ``next`` (the ``start`` of the following page). A :class:`Page`
holds one answer; iterating it yields its rows and then every following
page's rows, fetched on demand. :class:`AsyncPage` is the same with
``async for``. Only the fetch differs; the bookkeeping is :class:`PageState`.

The portal's ``next`` is not followed blindly: paging ends at ``total`` and on
a page without rows, and a ``next`` that does not advance raises
InvalidResponseError, so no answer can make iteration endless.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    TypeVar,
)

from .errors import InvalidResponseError
from .protocol import Envelope, _int_or_none
from .types import MethodInfo

if TYPE_CHECKING:
    from .client import AsyncClientBase, SyncClientBase

__all__ = ["Page", "AsyncPage", "page_items"]

T = TypeVar("T")


def page_items(info: MethodInfo, result: Any) -> list[Any]:
    """The rows of one page: the list itself, or the list a wrapper holds.

    Most list methods answer a JSON array; some wrap it (``{"items": […]}``,
    ``{"tasks": […]}``); an empty PHP array may arrive as ``[]`` or ``{}``.
    """
    if isinstance(result, list):
        return result
    if isinstance(result, dict):
        if not result:
            return []
        if isinstance(result.get("items"), list):
            return list(result["items"])
        lists = [value for value in result.values() if isinstance(value, list)]
        if len(result) == 1 and len(lists) == 1:
            return list(lists[0])
    raise InvalidResponseError(
        f"expected a list of rows, got {type(result).__name__}", method=info.name
    )


class PageState(Generic[T]):
    """One answer of a list method and how to ask for the next one."""

    __slots__ = ("_info", "_params", "items", "total", "next", "time")

    def __init__(
        self, info: MethodInfo, params: Mapping[str, Any], envelope: Envelope
    ) -> None:
        self._info = info
        self._params = dict(params)
        self.items: list[T] = page_items(info, envelope.result)
        """The rows of this page."""
        self.total = envelope.total
        """How many rows match in all, when the portal counted them."""
        last = not self.items or (
            self.total is not None
            and envelope.next is not None
            and envelope.next >= self.total
        )
        self.next = None if last else envelope.next
        """The ``start`` of the next page; None on the last page (one without
        rows, or whose ``next`` reaches ``total``, whatever ``next`` said)."""
        self.time = envelope.time

    def _next_params(self) -> dict[str, Any] | None:
        """The parameters of the following page, or None on the last one.

        A ``next`` that does not go past this page's start is an error:
        following it would read the same rows forever.
        """
        if self.next is None:
            return None
        start = _int_or_none(self._params.get("start")) or 0
        if self.next <= start:
            raise InvalidResponseError(
                f"the portal's next page start {self.next} does not advance past {start}",
                method=self._info.name,
            )
        return {**self._params, "start": self.next}

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self._info.name}: {len(self.items)} rows, "
            f"total={self.total}, next={self.next}>"
        )


class Page(PageState[T]):
    """A page of a list method; iterate it to get every row of every page."""

    __slots__ = ("_client",)

    def __init__(
        self,
        client: SyncClientBase,
        info: MethodInfo,
        params: Mapping[str, Any],
        envelope: Envelope,
    ) -> None:
        super().__init__(info, params, envelope)
        self._client = client

    def next_page(self) -> Page[T] | None:
        """Fetch the following page, or None when this is the last."""
        params = self._next_params()
        if params is None:
            return None
        return self._client._invoke_page(self._info, params)

    def pages(self) -> Iterator[Page[T]]:
        """This page and every following one, fetched as you go."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPage(PageState[T]):
    """A page of a list method; ``async for`` it to get every row of every page."""

    __slots__ = ("_client",)

    def __init__(
        self,
        client: AsyncClientBase,
        info: MethodInfo,
        params: Mapping[str, Any],
        envelope: Envelope,
    ) -> None:
        super().__init__(info, params, envelope)
        self._client = client

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the following page, or None when this is the last."""
        params = self._next_params()
        if params is None:
            return None
        return await self._client._invoke_page(self._info, params)

    async def pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one, fetched as you go."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
