"""Reliability and security tests against the fake portal over real sockets.

Every test here runs with DEBUG logging captured from every logger, and the
``guard`` fixture fails the test if any secret it knows (the webhook code,
OAuth tokens, the client secret) shows up in a log record or in the text,
repr or traceback of an exception the test handed to it.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from b24client import AsyncBitrix24, Bitrix24
from b24client.testing import FakePortal

from ..twins import collect, settle  # noqa: F401  (re-exported to the tests)


class SecretGuard:
    """Collects secrets and exceptions; checks them against the captured logs."""

    def __init__(self) -> None:
        self.secrets: set[str] = set()
        self.texts: list[str] = []

    def watch(self, *secrets: str) -> None:
        self.secrets.update(s for s in secrets if s)

    def check(self, error: BaseException) -> BaseException:
        """Remember an exception's str, repr and formatted traceback."""
        self.texts += [
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
        ]
        return error

    def leaks(self, log_text: str) -> list[str]:
        return [
            s for s in self.secrets for text in [log_text, *self.texts] if s in text
        ]


@pytest.fixture
def guard(caplog: pytest.LogCaptureFixture) -> Iterator[SecretGuard]:
    caplog.set_level(logging.DEBUG)
    keeper = SecretGuard()
    yield keeper
    log_text = "\n".join(
        f"{record.getMessage()} {record.exc_text or ''}" for record in caplog.records
    )
    assert not keeper.leaks(log_text), "a secret leaked into logs or exceptions"


@pytest.fixture
def portal(guard: SecretGuard) -> Iterator[FakePortal]:
    with FakePortal() as running:
        guard.watch(running.webhook_code)
        yield running


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


Scenario = Callable[[Any], Awaitable[Any]]


def drive(mode: str, target: Any, scenario: Scenario, **options: Any) -> Any:
    """Run ``scenario(client)`` with a fresh sync or async client of ``target``."""
    options.setdefault("backoff_base", 0.01)
    options.setdefault("backoff_max", 0.05)

    async def main() -> Any:
        if mode == "sync":
            with Bitrix24(target, **options) as client:
                return await scenario(client)
        async with AsyncBitrix24(target, **options) as client:
            return await scenario(client)

    return asyncio.run(main())


@pytest.fixture
def run(mode: str, portal: FakePortal) -> Callable[..., Any]:
    """``run(scenario, **client_options)`` against the portal's webhook."""

    def runner(scenario: Scenario, **options: Any) -> Any:
        return drive(mode, portal.webhook_url, scenario, **options)

    return runner
