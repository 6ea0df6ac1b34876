"""Per-call control (issue 13) over real sockets, sync and async:
``with_options`` views share the pool, the rate limit and the token, and a
user's own ``http_client`` (here one that goes through a proxy) is used as
configured, never closed, and never allowed to follow a redirect."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import httpx
import pytest

from b24client import (
    APITimeoutError,
    AsyncBitrix24,
    Bitrix24,
    PortalMovedError,
    ServerError,
)
from b24client.testing import FakePortal

from ..hostile import Conn, HostileServer, Seen
from .conftest import SecretGuard, drive, settle
from .test_limits_oauth_moves import oauth_for


def test_with_options_sets_a_per_call_timeout(run: Any, portal: FakePortal) -> None:
    portal.faults.inject("slow", "user.current", delay=1.5)

    async def scenario(b24: Any) -> None:
        quick = b24.with_options(timeout=0.3, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await settle(quick.user.current())
        assert time.monotonic() - started < 3 * 0.3 + 1.5
        assert quick._pool is b24._pool  # one pool, one bucket
        assert quick._session.bucket is b24._session.bucket
        assert (await settle(b24.user.current()))["ID"] == "1"  # the base keeps 30 s

    run(scenario)


def test_with_options_sets_retries_per_call(run: Any, portal: FakePortal) -> None:
    async def scenario(b24: Any) -> None:
        portal.faults.inject("html_500", "user.current")
        with pytest.raises(ServerError):
            await settle(b24.with_options(max_retries=0).user.current())
        portal.faults.inject("html_500", "user.current")
        assert (await settle(b24.user.current()))["ID"] == "1"  # repeated once

    run(scenario)
    assert portal.stats.requests_by_method["user.current"] == 3


def test_with_options_views_share_the_token(
    mode: str, portal: FakePortal, guard: SecretGuard
) -> None:
    stored: list[Any] = []
    creds = oauth_for(portal, guard, stored)

    async def scenario(b24: Any) -> None:
        view = b24.with_options(timeout=10)
        portal.oauth.expire()
        await settle(view.user.current())  # the view refreshes…
        await settle(b24.user.current())  # …and the base uses the new token
        assert view.credentials is b24.credentials

    drive(mode, creds, scenario)
    assert portal.stats.refreshes == 1 and len(stored) == 1


@pytest.mark.parametrize(
    "options",
    [{"timeout": 0}, {"timeout": "1"}, {"max_retries": -1}, {"max_response_bytes": 0}],
)
def test_with_options_checks_its_values(options: dict[str, Any]) -> None:
    with Bitrix24("https://p.bitrix24.com/rest/1/code0123/") as b24:
        with pytest.raises(ValueError):
            b24.with_options(**options)


# --- your own httpx client --------------------------------------------------------


def forwarding_proxy() -> HostileServer:
    """A plain-HTTP forward proxy: reads the absolute-form request, sends it on
    to its origin and relays the answer (each request on a new connection)."""

    def handler(conn: Conn, seen: Seen) -> None:
        line, _, rest = seen.head.partition("\r\n")
        verb, target, version = line.split(" ")
        url = httpx.URL(target)
        head = [f"{verb} {url.raw_path.decode()} {version}"]
        head += [
            h
            for h in rest.split("\r\n")
            if not h.lower().startswith(("proxy-", "connection"))
        ]
        head.append("Connection: close")
        upstream = socket.create_connection((url.host, url.port or 80), timeout=10)
        with upstream:
            upstream.sendall(
                ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + seen.body
            )
            answer = b""
            while chunk := upstream.recv(65536):
                answer += chunk
        head_bytes, _, body = answer.partition(b"\r\n\r\n")
        kept = [
            h
            for h in head_bytes.split(b"\r\n")
            if not h.lower().startswith(b"connection")
        ]
        conn.send(b"\r\n".join(kept) + b"\r\nConnection: keep-alive\r\n\r\n" + body)

    return HostileServer(handler)


def test_a_users_proxy_client_is_used_and_never_closed(
    mode: str, portal: FakePortal
) -> None:
    hooked: list[str] = []
    with forwarding_proxy() as proxy:

        async def main() -> None:
            if mode == "sync":
                own = httpx.Client(
                    proxy=proxy.origin,
                    event_hooks={"request": [lambda r: hooked.append(r.url.path)]},
                )
                with Bitrix24(portal.webhook_url, http_client=own) as b24:
                    assert b24.user.current()["ID"] == "1"
                    assert b24.with_options(timeout=5).user.current()["ID"] == "1"
                assert not own.is_closed  # not ours to close
                own.close()
            else:

                async def hook(request: httpx.Request) -> None:
                    hooked.append(request.url.path)

                own_async = httpx.AsyncClient(
                    proxy=proxy.origin, event_hooks={"request": [hook]}
                )
                async with AsyncBitrix24(
                    portal.webhook_url, http_client=own_async
                ) as b24:
                    assert (await b24.user.current())["ID"] == "1"
                    assert (await b24.with_options(timeout=5).user.current())[
                        "ID"
                    ] == "1"
                assert not own_async.is_closed
                await own_async.aclose()

        asyncio.run(main())
        through = [seen.head.split(" ")[1] for seen in proxy.requests]
    assert (
        through == [f"{portal.webhook_url}user.current"] * 2
    )  # absolute form: via the proxy
    assert len(hooked) == 2 and portal.stats.requests == 2


def test_a_users_client_never_follows_a_redirect(mode: str) -> None:
    with HostileServer(lambda conn, seen: conn.answer(200, b'{"result": 1}')) as evil:
        location = f"{evil.origin}/rest/1/code0123456/user.current"
        with HostileServer(
            lambda conn, seen: conn.answer(302, headers={"Location": location})
        ) as portal:

            async def main() -> None:
                if mode == "sync":
                    with httpx.Client(follow_redirects=True) as own:
                        b24 = Bitrix24(portal.webhook("code0123456"), http_client=own)
                        with pytest.raises(PortalMovedError):
                            b24.call("user.current")
                else:
                    async with httpx.AsyncClient(follow_redirects=True) as own_async:
                        ab24 = AsyncBitrix24(
                            portal.webhook("code0123456"), http_client=own_async
                        )
                        with pytest.raises(PortalMovedError):
                            await ab24.call("user.current")

            asyncio.run(main())
    assert evil.connections == 0


def test_http_client_must_match_the_client() -> None:
    url = "https://p.bitrix24.com/rest/1/code0123/"
    with pytest.raises(TypeError, match="httpx.Client"):
        Bitrix24(url, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.AsyncClient"):
        AsyncBitrix24(url, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not both"):
        Bitrix24(url, http_client=httpx.Client(), transport=httpx.HTTPTransport())


def test_json_is_what_went_through(portal: FakePortal) -> None:
    sent: list[bytes] = []
    with httpx.Client(
        event_hooks={"request": [lambda r: sent.append(r.read())]}
    ) as own:
        with Bitrix24(portal.webhook_url, http_client=own) as b24:
            b24.crm.deal.add(fields={"TITLE": "x"})
    assert json.loads(sent[0]) == {"fields": {"TITLE": "x"}}


def test_a_users_async_client_is_bounded_by_the_deadline() -> None:
    def drip_headers(conn: Conn, seen: Seen) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\n")
        conn.drip(b"X-Slow: " + b"a" * 200, 0.1)

    with HostileServer(drip_headers) as portal:

        async def main() -> None:
            async with httpx.AsyncClient() as own:
                ab24 = AsyncBitrix24(
                    portal.webhook("code0123456"), http_client=own, timeout=0.5
                )
                started = time.monotonic()
                with pytest.raises(APITimeoutError):
                    await ab24.call("crm.deal.add")
                assert time.monotonic() - started < 3 * 0.5 + 1.5

        asyncio.run(main())
