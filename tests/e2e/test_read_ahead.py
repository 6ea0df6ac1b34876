"""read_all's adaptive requests in flight and its read-ahead budget, against the
fake portal over loopback sockets, sync and async.

What is in flight is counted by the transport (a request from its start to
the end of its answer's body) and by the portal; the reader's decisions are
seen through a recording :class:`ReadAhead`. Nothing here asserts a speed:
the wall-time bounds only catch hangs.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from b24client import AsyncBitrix24, Bitrix24, RateLimit
from b24client._core import reads
from b24client._core.readahead import LEAST, ReadAhead
from b24client.testing import FakePortal

DEALS = 20_000  # the first page, then 8 batches of up to 2,500 rows
HANG = 120.0  # seconds: beyond this a read is hung


@pytest.fixture(scope="module")
def seeded() -> Iterator[FakePortal]:
    with FakePortal() as running:
        running.store.seed_deals(DEALS)
        yield running


@pytest.fixture
def portal(seeded: FakePortal) -> Iterator[FakePortal]:
    seeded.stats.reset()
    seeded.limits.reset()
    yield seeded
    seeded.latency = 0.0
    seeded.limits.configure(None)


class Counter:
    """Requests in flight as the transport sees them, and each answer's size."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.started = 0
        self.open = 0
        self.most = 0
        self.sizes: list[int] = []

    def start(self) -> None:
        with self.lock:
            self.started += 1
            self.open += 1
            self.most = max(self.most, self.open)

    def end(self, size: int) -> None:
        with self.lock:
            self.open -= 1
            self.sizes.append(size)


class _Body(httpx.SyncByteStream):
    def __init__(self, inner: Any, counter: Counter) -> None:
        self.inner, self.counter, self.size = inner, counter, 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.size += len(chunk)
            yield chunk

    def close(self) -> None:
        self.inner.close()
        self.counter.end(self.size)


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, inner: Any, counter: Counter) -> None:
        self.inner, self.counter, self.size = inner, counter, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self.size += len(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()
        self.counter.end(self.size)


class CountingTransport(httpx.HTTPTransport):
    def __init__(self, counter: Counter) -> None:
        super().__init__()
        self.counter = counter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.counter.start()
        response = super().handle_request(request)
        response.stream = _Body(response.stream, self.counter)
        return response


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, counter: Counter) -> None:
        super().__init__()
        self.counter = counter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.counter.start()
        response = await super().handle_async_request(request)
        response.stream = _AsyncBody(response.stream, self.counter)
        return response


class Recorded(ReadAhead):
    """A ReadAhead that keeps what it decided: (target, in flight, held) after
    each answer taken, and the answers the rate limit held back."""

    last: Recorded | None = None

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.history: list[tuple[int, int, int]] = []
        self.throttled = 0
        self.most_held = 0
        Recorded.last = self

    def sent(self, now: float) -> None:
        super().sent(now)
        self.most_held = max(self.most_held, self.held)

    def taken(self, answer: Any, now: float) -> None:
        super().taken(answer, now)
        self.throttled += answer.throttled
        self.most_held = max(self.most_held, self.held)
        self.history.append((self.target, self.in_flight, self.held))


@pytest.fixture(autouse=True)
def recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    Recorded.last = None
    monkeypatch.setattr(reads, "ReadAhead", Recorded)


def read(
    mode: str,
    portal: FakePortal,
    counter: Counter,
    *,
    pause_every: int = 0,
    pause: float = 0.0,
    seen: list[tuple[int, int]] | None = None,
    **options: Any,
) -> list[int]:
    """Every deal's ID through ``read_all(**options)``; the consumer sleeps
    ``pause`` every ``pause_every`` rows and notes (rows seen, requests
    started) at each row in ``seen``."""
    client_options = {"rate_limit": options.pop("rate_limit", None)}
    ids: list[int] = []

    def note(row: dict[str, Any]) -> None:
        ids.append(int(row["ID"]))
        if seen is not None:
            seen.append((len(ids), counter.started))
        if pause_every and len(ids) % pause_every == 0:
            time.sleep(pause)  # the consumer's own work (blocks either loop)

    started = time.monotonic()
    if mode == "sync":
        with Bitrix24(
            portal.webhook_url, transport=CountingTransport(counter), **client_options
        ) as b24:
            for row in b24.read_all("crm.deal.list", **options):
                note(row)
    else:

        async def main() -> None:
            async with AsyncBitrix24(
                portal.webhook_url,
                transport=AsyncCountingTransport(counter),
                **client_options,
            ) as b24:
                async for row in b24.read_all("crm.deal.list", **options):
                    note(row)

        asyncio.run(main())
    assert time.monotonic() - started < HANG
    return ids


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_more_requests_in_flight_against_a_distant_portal(
    mode: str, portal: FakePortal
) -> None:
    portal.latency = 0.3
    counter = Counter()
    assert read(mode, portal, counter) == list(range(1, DEALS + 1))
    # once the first page shows a 0.3 s round trip, every batch left goes at once
    assert counter.started == portal.stats.requests == 9
    assert counter.most >= 6
    pace = Recorded.last
    assert pace is not None and pace.history[0][0] > 8  # the first target
    assert portal.stats.refused == 0


def test_an_explicit_concurrency_is_kept(mode: str, portal: FakePortal) -> None:
    portal.latency = 0.3
    counter = Counter()
    ids = read(mode, portal, counter, concurrency=3)
    assert ids == list(range(1, DEALS + 1))
    assert counter.most == 3
    pace = Recorded.last
    assert pace is not None and {target for target, _, _ in pace.history} == {3}


def test_within_the_rate_limit_without_refusals(mode: str, portal: FakePortal) -> None:
    portal.latency = 0.1
    portal.limits.configure(4.0, 3)
    counter = Counter()
    ids = read(mode, portal, counter, rate_limit=RateLimit(4.0, 3))
    assert ids == list(range(1, DEALS + 1))
    assert portal.stats.refused == 0 and portal.stats.requests == 9
    pace = Recorded.last
    assert pace is not None and pace.throttled > 0
    targets = [target for target, _, _ in pace.history]
    # held back by the bucket: the count came down from where the latency put it
    assert targets[-1] < max(targets)


def test_a_slow_consumer_brings_the_count_down(mode: str, portal: FakePortal) -> None:
    portal.latency = 0.1
    counter = Counter()
    # 20 ms per 100 rows: half a second per answer, five round trips
    ids = read(mode, portal, counter, pause_every=100, pause=0.02)
    assert ids == list(range(1, DEALS + 1))
    pace = Recorded.last
    assert pace is not None
    first, *_, last = [target for target, _, _ in pace.history]
    assert first > LEAST and last == LEAST


def test_a_slow_consumer_never_holds_more_than_the_budget(
    mode: str, portal: FakePortal
) -> None:
    portal.latency = 0.05
    budget = 6_000_000  # a little over two answers of 2,500 deals
    counter = Counter()
    seen: list[tuple[int, int]] = []
    ids = read(
        mode,
        portal,
        counter,
        pause_every=250,
        pause=0.01,
        seen=seen,
        max_read_ahead_bytes=budget,
    )
    assert ids == list(range(1, DEALS + 1))
    first_page, *batches = counter.sizes
    assert first_page < 100_000 and 2 * max(batches) <= budget < 3 * max(batches)
    for rows, started in seen:
        # answers whose rows are not all handed over: the one being handed,
        # and every request started after it
        done = 0 if rows <= 50 else 1 + (rows - 51) // 2_500
        held = started - done
        sizes = [
            first_page if index == 0 else max(batches)
            for index in range(done, done + held)
        ]
        assert sum(sizes) <= budget, (rows, started)
    pace = Recorded.last
    assert pace is not None and pace.most_held <= budget
