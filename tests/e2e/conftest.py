"""End-to-end tests: the generated clients against the bundled fake portal
over real loopback sockets. Each scenario is one ``async def`` run against
the sync client and against the async one (see :func:`settle`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from b24client import AsyncBitrix24, Bitrix24
from b24client.testing import FakePortal

from ..twins import collect, settle  # noqa: F401  (re-exported to the tests)


@pytest.fixture
def portal() -> Iterator[FakePortal]:
    with FakePortal() as running:
        yield running


@pytest.fixture(scope="module")
def generic_portal() -> Iterator[FakePortal]:
    """One portal for a module, answering every method from the catalog with
    a sample of its return type.

    The hand-written handlers (deal/contact semantics, tested in
    test_end_to_end.py) would need matching data for each sample argument,
    so they are switched off: the tests using this are about the generated
    surface.
    """
    with FakePortal() as running:
        running.portal.methods = {"batch": running.portal.methods["batch"]}
        yield running


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def run(mode: str, portal: FakePortal) -> Callable[..., Any]:
    """``run(scenario, **options)``: run ``scenario(client)`` with a fresh client."""

    def runner(scenario: Callable[[Any], Awaitable[Any]], **options: Any) -> Any:
        async def main() -> Any:
            if mode == "sync":
                with Bitrix24(portal.webhook_url, **options) as client:
                    return await scenario(client)
            async with AsyncBitrix24(portal.webhook_url, **options) as client:
                return await scenario(client)

        return asyncio.run(main())

    return runner
