"""Runtime unit tests: the client over httpx.MockTransport, sync and async.

Each scenario is one ``async def`` run twice: once against the sync client
(whose calls return values) and once against the async one (whose calls
return awaitables); :func:`settle` makes both look alike.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from b24client._core.batch import AsyncBatchBase, SyncBatchBase
from b24client._core.client import AsyncClientBase, SyncClientBase

from ..twins import collect, settle  # noqa: F401  (re-exported to the tests)

SECRET = "s3cr3tc0de42xyz"
WEBHOOK = f"https://portal.example.com/rest/7/{SECRET}/"


@dataclass
class Recorder:
    """A scripted portal: answers requests from a list, records what came."""

    answers: list[Any]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            result: httpx.Response = answer(request)
            return result
        status, body = answer
        if isinstance(body, (bytes, str)):
            return httpx.Response(status, content=body)
        return httpx.Response(status, json=body)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]

    def methods(self) -> list[str]:
        return [r.url.path.rsplit("/", 1)[-1] for r in self.requests]


def ok(result: Any, **extra: Any) -> tuple[int, dict[str, Any]]:
    return 200, {"result": result, "time": {"start": 1.0, "finish": 1.1}, **extra}


def err(
    status: int, code: Any, description: str = "text"
) -> tuple[int, dict[str, Any]]:
    return status, {"error": code, "error_description": description}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch, mode: str) -> list[float]:
    """The pauses the client asked for, recorded instead of slept."""
    pauses: list[float] = []
    if mode == "sync":
        monkeypatch.setattr("b24client._core.client.time.sleep", pauses.append)
    else:

        async def fake_sleep(seconds: float) -> None:
            pauses.append(seconds)

        monkeypatch.setattr("asyncio.sleep", fake_sleep)
    return pauses


@pytest.fixture
def run(mode: str) -> Callable[..., Any]:
    """``run(scenario, recorder, **client_options)``: the scenario's result.

    The scenario receives the client (sync or async) and the batch class.
    """

    def runner(
        scenario: Callable[[Any, Any], Awaitable[Any]],
        recorder: Recorder,
        **options: Any,
    ) -> Any:
        options.setdefault("backoff_base", 0.0)
        transport = httpx.MockTransport(recorder)

        async def main() -> Any:
            if mode == "sync":
                with SyncClientBase(WEBHOOK, transport=transport, **options) as client:
                    return await scenario(client, SyncBatchBase)
            async with AsyncClientBase(
                WEBHOOK, transport=transport, **options
            ) as client:
                return await scenario(client, AsyncBatchBase)

        return asyncio.run(main())

    return runner
