"""The async client over aiohttp (``b24client[aiohttp]``) keeps every rule of
the httpx transport, over real loopback sockets: calls work, a hung server
ends at the timeout, an answer past ``max_response_bytes`` stops at the cap, a
redirect is never followed, and a dropped connection is never taken for
"nothing sent" (which would repeat a write)."""

from __future__ import annotations

import asyncio
import gzip
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from b24client import (
    APIConnectionError,
    APITimeoutError,
    AsyncBitrix24,
    InvalidResponseError,
    PortalMovedError,
    ResponseTooLargeError,
)
from b24client.testing import FakePortal

from ..hostile import Conn, HostileServer, Seen
from .conftest import SecretGuard
from .test_trust import (
    CODE,
    HANG_BOUND,
    TIMEOUT,
    drip_body,
    drip_headers,
    endless_continue,
    envelope,
    redirect,
    scripted,
)

pytest.importorskip("httpx_aiohttp")
from b24client.aiohttp import DefaultAioHttpClient  # noqa: E402


def drive(
    target: str, scenario: Callable[[AsyncBitrix24], Awaitable[Any]], **options: Any
) -> Any:
    """``scenario(client)`` with an async client over a fresh aiohttp client."""
    options.setdefault("backoff_base", 0.01)
    options.setdefault("backoff_max", 0.05)
    options.setdefault("rate_limit", None)

    async def main() -> Any:
        http = DefaultAioHttpClient()
        async with AsyncBitrix24(target, http_client=http, **options) as b24:
            result = await scenario(b24)
        assert http.is_closed  # the client closed the aiohttp client it was handed
        return result

    return asyncio.run(main())


@pytest.fixture
def watched(guard: SecretGuard) -> SecretGuard:
    guard.watch(CODE)
    return guard


def test_calls_batches_and_reads(guard: SecretGuard) -> None:
    with FakePortal() as portal:
        guard.watch(portal.webhook_code)
        for n in range(120):
            portal.store.add_deal(TITLE=f"Deal {n}")

        async def scenario(b24: AsyncBitrix24) -> None:
            deal_id = await b24.crm.deal.add(fields={"TITLE": "Über"})
            deal = await b24.crm.deal.get(id=deal_id)
            assert deal["TITLE"] == "Über"
            ids = [int(row["ID"]) async for row in b24.read_all("crm.deal.list")]
            assert sorted(ids) == list(range(1, 122))
            results = await b24.call_many(
                "crm.deal.add", [{"fields": {"TITLE": f"M{n}"}} for n in range(60)]
            )
            assert all(result.ok for result in results) and len(results) == 60
            together = await asyncio.gather(
                *(b24.crm.deal.get(id=n) for n in range(1, 21))
            )
            assert [int(row["ID"]) for row in together] == list(range(1, 21))

        drive(portal.webhook_url, scenario)


def test_calls_go_straight_to_aiohttp_with_the_clients_headers(
    watched: SecretGuard, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Seen] = []

    def handler(conn: Conn, request: Seen) -> None:
        seen.append(request)
        conn.answer(200, envelope({"ID": "1"}), {})

    async def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the call went through httpx's request path")

    monkeypatch.setattr(httpx.AsyncClient, "send", refuse)
    with HostileServer(handler) as portal:

        async def main() -> None:
            http = DefaultAioHttpClient(headers={"X-Trace": "t1"})
            async with AsyncBitrix24(
                portal.webhook(CODE), http_client=http, rate_limit=None
            ) as b24:
                assert (await b24.call("user.current")).result == {"ID": "1"}

        asyncio.run(main())
    assert len(seen) == 1
    assert seen[0].header("X-Trace") == "t1"
    assert seen[0].header("Content-Type") == "application/json"
    assert "," not in (seen[0].header("Content-Type") or "")  # sent once


def test_options_only_httpx_applies_keep_calls_on_its_path(
    guard: SecretGuard,
) -> None:
    hooked: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooked.append(request.method)

    with FakePortal() as portal:
        guard.watch(portal.webhook_code)

        async def main() -> None:
            http = DefaultAioHttpClient(event_hooks={"request": [hook]})
            async with AsyncBitrix24(
                portal.webhook_url, http_client=http, rate_limit=None
            ) as b24:
                assert (await b24.call("user.current")).result["ID"]

        asyncio.run(main())
    assert hooked == ["POST"]


def test_a_closed_client_builds_a_new_aiohttp_client(guard: SecretGuard) -> None:
    with FakePortal() as portal:
        guard.watch(portal.webhook_code)

        async def main() -> None:
            http = DefaultAioHttpClient(limits=httpx.Limits(max_connections=3))
            b24 = AsyncBitrix24(portal.webhook_url, http_client=http, rate_limit=None)
            assert (await b24.call("user.current")).result["ID"]
            await b24.aclose()
            assert http.is_closed
            assert (await b24.call("user.current")).result["ID"]  # a fresh one
            again = b24._pool.get()
            assert isinstance(again, DefaultAioHttpClient) and again is not http
            await b24.aclose()
            assert again.is_closed

        asyncio.run(main())


@pytest.mark.parametrize(
    "behaviour", [drip_body, drip_headers, endless_continue], ids=lambda f: f.__name__
)
def test_a_hung_server_ends_at_the_timeout(
    behaviour: Any, watched: SecretGuard
) -> None:
    with HostileServer(scripted(behaviour)) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                await b24.call("crm.deal.add", {"fields": {}})
            elapsed = time.monotonic() - started
            assert elapsed < HANG_BOUND, f"the attempt took {elapsed:.1f}s"
            assert caught.value.sent  # a write whose outcome is unknown
            watched.check(caught.value)

        drive(portal.webhook(CODE), scenario, timeout=TIMEOUT)
    assert len(portal.requests) == 1  # a write is not repeated blindly


def test_a_gzip_bomb_stops_at_the_cap(watched: SecretGuard) -> None:
    bomb = gzip.compress(b"0" * 40_000_000, compresslevel=9)
    with HostileServer(scripted((200, bomb, {"Content-Encoding": "gzip"}))) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
                await b24.call("user.current", idempotent=True)

        drive(portal.webhook(CODE), scenario, max_response_bytes=4_000_000)
    assert len(portal.requests) == 1


def test_an_endless_body_stops_at_the_cap(watched: SecretGuard) -> None:
    def endless(conn: Conn) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        conn.repeat(b"10000\r\n" + b"a" * 65536 + b"\r\n", 0.0005)

    with HostileServer(scripted(endless)) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            started = time.monotonic()
            with pytest.raises(ResponseTooLargeError):
                await b24.call("user.current")
            assert time.monotonic() - started < HANG_BOUND

        drive(portal.webhook(CODE), scenario, max_response_bytes=2_000_000)


def test_a_gzipped_answer_is_decoded(watched: SecretGuard) -> None:
    answer = (200, gzip.compress(envelope({"ID": "5"})), {"Content-Encoding": "gzip"})
    with HostileServer(scripted(answer)) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            assert (await b24.call("user.current")).result == {"ID": "5"}

        drive(portal.webhook(CODE), scenario)
    assert portal.requests[0].header("accept-encoding") == "gzip, deflate"


def test_a_corrupt_body_is_a_typed_error(watched: SecretGuard) -> None:
    answer = (200, b"\x1f\x8b\x08\x00garbage", {"Content-Encoding": "gzip"})
    with HostileServer(scripted(answer)) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            with pytest.raises(InvalidResponseError, match="corrupt"):
                await b24.call("user.current")

        drive(portal.webhook(CODE), scenario, max_retries=0)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_never_followed(status: int, watched: SecretGuard) -> None:
    with HostileServer(scripted((200, envelope()))) as evil:
        target = f"{evil.webhook(CODE)}crm.deal.add?auth={CODE}"
        with HostileServer(
            scripted(redirect(status, target), (200, envelope(7)))
        ) as portal:

            async def scenario(b24: AsyncBitrix24) -> None:
                with pytest.raises(PortalMovedError) as caught:
                    await b24.call("crm.deal.add", {"fields": {"TITLE": "x"}})
                error = watched.check(caught.value)
                assert isinstance(error, PortalMovedError)
                assert error.new_origin == evil.origin
                assert "not followed and nothing sent there" in str(error)
                assert (await b24.call("crm.deal.add")).result == 7

            drive(portal.webhook(CODE), scenario, max_retries=3)
        assert len(portal.requests) == 2
    assert evil.connections == 0


def test_a_dropped_connection_is_not_taken_for_nothing_sent(
    watched: SecretGuard,
) -> None:
    """httpx-aiohttp alone calls this a ConnectTimeout, and a write would be
    sent again; the request did reach the server."""

    def hang_up(conn: Conn) -> None:
        conn.sock.shutdown(socket.SHUT_RDWR)

    with HostileServer(scripted(hang_up)) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            with pytest.raises(APIConnectionError) as caught:
                await b24.call("crm.deal.add", {"fields": {}})
            assert caught.value.sent
            assert "whether it ran is unknown" in str(caught.value)
            watched.check(caught.value)

        drive(portal.webhook(CODE), scenario, max_retries=3)
    assert len(portal.requests) == 1


def test_a_refused_connection_sent_nothing(watched: SecretGuard) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, never listening: refused

        async def scenario(b24: AsyncBitrix24) -> None:
            with pytest.raises(APIConnectionError) as caught:
                await b24.call("crm.deal.add", {"fields": {}})
            assert not caught.value.sent
            watched.check(caught.value)

        drive(f"http://127.0.0.1:{port}/rest/1/{CODE}/", scenario, max_retries=0)


def test_an_answer_aiohttp_cannot_parse_is_a_typed_error(
    watched: SecretGuard,
) -> None:
    def garbage(conn: Conn) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n{}")

    with HostileServer(scripted(garbage)) as portal:

        async def scenario(b24: AsyncBitrix24) -> None:
            with pytest.raises(APIConnectionError) as caught:
                await b24.call("user.current")
            assert caught.value.sent
            watched.check(caught.value)

        drive(portal.webhook(CODE), scenario, max_retries=3)
    assert len(portal.requests) == 1  # the request may have run: not repeated
