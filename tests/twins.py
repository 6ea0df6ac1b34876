"""Helpers that let one ``async def`` scenario drive the sync and the async client."""

from __future__ import annotations

import inspect
from typing import Any


async def settle(value: Any) -> Any:
    """The value of a sync call, or the awaited value of an async one."""
    return await value if inspect.isawaitable(value) else value


async def collect(page: Any) -> list[Any]:
    """Every row of a Page (sync) or AsyncPage (async)."""
    if hasattr(page, "__aiter__"):
        return [row async for row in page]
    return list(page)
