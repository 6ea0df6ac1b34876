"""Trust (issue 10) over real loopback sockets, sync and async: credentials
never follow a redirect they were not allowed to, echoed secrets are masked
everywhere, and no server can flood or hold an attempt past its deadline.

Each test talks to a :class:`~tests.hostile.HostileServer`; the ``guard``
fixture fails a test whose secrets reach a log record (DEBUG, every logger)
or an exception it checked.
"""

from __future__ import annotations

import gzip
import json
import time
from typing import Any
from urllib.parse import quote

import pytest

from b24client import (
    APITimeoutError,
    Bitrix24,
    InvalidResponseError,
    OAuth,
    PortalMovedError,
    ResponseTooLargeError,
    TokenPair,
    Webhook,
)

from ..hostile import Conn, HostileServer, Seen
from .conftest import SecretGuard, drive, settle

CODE = "hostileCode0123456789"
"""The webhook code every test's client holds."""

TIMEOUT = 1.0
HANG_BOUND = 3 * TIMEOUT + 1.5
"""Generous: an attempt ends at its timeout plus a margin; a hang never ends."""


def envelope(result: Any = True) -> bytes:
    return json.dumps({"result": result, "time": {"start": 1, "finish": 1}}).encode()


def scripted(*answers: Any) -> Any:
    """A handler giving each answer in turn (the last one again and again);
    an answer is ``(status, body, headers)`` or a callable taking the conn."""
    queue = list(answers)

    def handler(conn: Conn, seen: Seen) -> None:
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(answer):
            answer(conn)
        else:
            conn.answer(*answer)

    return handler


def redirect(status: int, location: str) -> tuple[int, bytes, dict[str, str]]:
    return status, b"", {"Location": location}


@pytest.fixture
def watched(guard: SecretGuard) -> SecretGuard:
    guard.watch(CODE)
    return guard


# --- credentials stay where the user put them ----------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_elsewhere_is_never_followed(
    mode: str, status: int, watched: SecretGuard
) -> None:
    with HostileServer(scripted((200, envelope()))) as evil:
        target = f"{evil.webhook(CODE)}crm.deal.add?auth={CODE}"
        with HostileServer(
            scripted(redirect(status, target), (200, envelope(7)))
        ) as portal:

            async def scenario(b24: Any) -> None:
                with pytest.raises(PortalMovedError) as caught:
                    await settle(b24.call("crm.deal.add", {"fields": {"TITLE": "x"}}))
                error = watched.check(caught.value)
                assert isinstance(error, PortalMovedError)
                assert error.new_origin == evil.origin
                assert error.location.startswith(f"'{evil.origin}/rest/1/***/")
                assert "not followed and nothing sent there" in str(error)
                # the client keeps its configured address
                assert b24.credentials.origin == portal.origin
                assert (await settle(b24.call("crm.deal.add"))).result == 7

            drive(mode, portal.webhook(CODE), scenario, max_retries=3)
        assert len(portal.requests) == 2
    assert evil.connections == 0


def test_an_approved_move_to_an_unlisted_host_is_refused(
    mode: str, watched: SecretGuard
) -> None:
    asked: list[str] = []
    with HostileServer(scripted((200, envelope()))) as evil:
        with HostileServer(
            scripted(redirect(302, evil.webhook(CODE) + "user.current"))
        ) as portal:

            async def scenario(b24: Any) -> None:
                with pytest.raises(PortalMovedError, match="not a Bitrix24 cloud host"):
                    await settle(b24.call("user.current"))

            drive(
                mode,
                portal.webhook(CODE),
                scenario,
                on_portal_moved=lambda origin: asked.append(origin) or True,
            )
    assert evil.connections == 0 and asked == []  # refused before asking


@pytest.mark.parametrize("answer", [None, False, 1, "yes"])
def test_only_a_true_approval_follows(
    mode: str, answer: Any, watched: SecretGuard
) -> None:
    asked: list[str] = []
    with HostileServer(scripted((200, envelope()))) as new:
        with HostileServer(
            scripted(redirect(302, new.webhook(CODE) + "user.current"))
        ) as old:

            async def scenario(b24: Any) -> None:
                with pytest.raises(PortalMovedError, match="did not approve"):
                    await settle(b24.call("user.current"))

            drive(
                mode,
                old.webhook(CODE),
                scenario,
                on_portal_moved=lambda origin: asked.append(origin) or answer,
                portal_move_hosts=["127.0.0.1"],
            )
        assert asked == [new.origin]
    assert new.connections == 0


def test_an_approved_move_is_followed_and_the_client_stays(
    mode: str, watched: SecretGuard
) -> None:
    with HostileServer(scripted((200, envelope("moved")))) as new:
        with HostileServer(
            scripted(redirect(302, new.webhook(CODE) + "user.current"))
        ) as old:

            async def scenario(b24: Any) -> None:
                first = await settle(b24.call("crm.deal.add", {"x": 1}))
                assert first.result == "moved"
                assert b24.credentials.origin == new.origin
                second = await settle(b24.call("crm.deal.add", {"x": 2}))
                assert second.result == "moved"

            drive(
                mode,
                old.webhook(CODE),
                scenario,
                on_portal_moved=lambda origin: True,
                portal_move_hosts=["127.0.0.1"],
            )
        assert len(old.requests) == 1
    # the POST reached the new portal as a POST with the same body, and the
    # client stayed there for the next call
    assert [r.head.split(" ")[0] for r in new.requests] == ["POST", "POST"]
    assert [json.loads(r.body) for r in new.requests] == [{"x": 1}, {"x": 2}]


def test_a_chain_through_the_moved_portal_stops_at_one_hop(
    mode: str, watched: SecretGuard
) -> None:
    with HostileServer(scripted((200, envelope()))) as third:
        with HostileServer(
            scripted(redirect(302, third.webhook(CODE) + "user.current"))
        ) as new:
            with HostileServer(
                scripted(redirect(302, new.webhook(CODE) + "user.current"))
            ) as old:

                async def scenario(b24: Any) -> None:
                    with pytest.raises(PortalMovedError, match="one hop"):
                        await settle(b24.call("user.current"))

                drive(
                    mode,
                    old.webhook(CODE),
                    scenario,
                    on_portal_moved=lambda origin: True,
                    portal_move_hosts=["127.0.0.1"],
                )
    assert third.connections == 0


@pytest.mark.parametrize(
    "location",
    [
        "/rest/1/{code}/user.current",  # same origin
        "{self}/rest/1/{code}/user.current",  # a loop
        "http://[::1",  # unreadable
        "ftp://127.0.0.1/rest/1/{code}/",
        "http://user:{code}@127.0.0.1:1/rest/",
        "http://192.0.2.1/rest/1/{code}/user.current",  # plain http, not loopback
    ],
)
def test_unusable_redirects_end_in_one_request(
    mode: str, location: str, watched: SecretGuard
) -> None:
    def handler(conn: Conn, seen: Seen) -> None:
        target = location.format(code=CODE, self=f"http://127.0.0.1:{portal.port}")
        conn.answer(302, headers={"Location": target})

    with HostileServer(handler) as portal:

        async def scenario(b24: Any) -> None:
            with pytest.raises(PortalMovedError) as caught:
                await settle(b24.call("user.current", idempotent=True))
            watched.check(caught.value)

        drive(
            mode,
            portal.webhook(CODE),
            scenario,
            on_portal_moved=lambda origin: True,
            portal_move_hosts=["127.0.0.1", "192.0.2.1"],
        )
    assert len(portal.requests) == 1


def test_the_callers_objects_are_never_changed(mode: str, watched: SecretGuard) -> None:
    with HostileServer(scripted((200, envelope()))) as new:
        with HostileServer(
            scripted(redirect(302, new.origin + "/rest/user.current"))
        ) as old:
            oauth = OAuth(
                access_token="access-token-0123",
                refresh_token="refresh-token-0123",
                client_id="app.1",
                client_secret="client-secret-0123",
                client_endpoint=old.origin + "/rest/",
                token_url=old.origin + "/oauth/token/",
            )
            hook = Webhook(old.origin, "1", CODE)
            watched.watch("access-token-0123", "client-secret-0123")

            async def scenario(b24: Any) -> None:
                await settle(b24.call("user.current"))
                assert b24.credentials.origin == new.origin

            for credentials in (oauth, hook):
                drive(
                    mode,
                    credentials,
                    scenario,
                    on_portal_moved=lambda origin: True,
                    portal_move_hosts=["127.0.0.1"],
                )
            assert oauth.client_endpoint == old.origin + "/rest/"
            assert oauth.secrets[0] == "access-token-0123"
            assert hook.origin == old.origin


# --- secrets a server echoes back ------------------------------------------------


def echoes(*secrets: str) -> str:
    """Every form a server might echo a secret in."""
    forms = []
    for secret in secrets:
        forms += [secret, quote(secret, safe=""), json.dumps(secret)[1:-1]]
    return " | ".join(forms)


def test_echoed_secrets_are_masked_in_errors_and_logs(
    mode: str, watched: SecretGuard
) -> None:
    body = json.dumps(
        {
            "error": f"E_{CODE}",
            "error_description": f"bad code {echoes(CODE)}\n[forged] log line",
            "detail": {"echo": [CODE]},
        }
    ).encode()
    headers = {"Location": f"https://x.example/rest/1/{CODE}/", "X-Echo": CODE}
    with HostileServer(scripted((400, body, headers))) as portal:

        async def scenario(b24: Any) -> None:
            with pytest.raises(Exception) as caught:
                await settle(b24.call("user.current"))
            error = watched.check(caught.value)
            watched.texts.append(repr(getattr(error, "body", None)))
            assert "***" in str(error) and "\\n[forged]" in str(error)

        drive(mode, portal.webhook(CODE), scenario)


def test_a_refused_token_refresh_echoing_secrets_is_masked(
    mode: str, watched: SecretGuard
) -> None:
    secrets = ("acc-0123456789", "ref-0123456789", "csecret-0123456789")
    watched.watch(*secrets)

    def handler(conn: Conn, seen: Seen) -> None:
        if seen.path.startswith("/oauth/token"):
            text = f"refresh refused for {echoes(*secrets)}"
            conn.answer(
                400,
                json.dumps(
                    {"error": "invalid_grant", "error_description": text}
                ).encode(),
            )
        else:
            conn.answer(
                401,
                json.dumps(
                    {"error": "expired_token", "error_description": secrets[0]}
                ).encode(),
            )

    with HostileServer(handler) as portal:
        oauth = OAuth(
            access_token=secrets[0],
            refresh_token=secrets[1],
            client_id="app.1",
            client_secret=secrets[2],
            client_endpoint=portal.origin + "/rest/",
            token_url=portal.origin + "/oauth/token/",
        )

        async def scenario(b24: Any) -> None:
            with pytest.raises(Exception, match="refresh was refused") as caught:
                await settle(b24.call("user.current"))
            watched.check(caught.value)
            watched.texts += [repr(b24), repr(b24.credentials), repr(oauth)]

        drive(mode, oauth, scenario)


def test_batch_command_errors_are_masked(mode: str, watched: SecretGuard) -> None:
    answer = {
        "result": {
            "result": {},
            "result_error": {"c0": {"error": CODE, "error_description": echoes(CODE)}},
        },
        "time": {},
    }
    with HostileServer(scripted((200, json.dumps(answer).encode()))) as portal:

        async def scenario(b24: Any) -> None:
            batch = b24.batch()
            command = batch.add("user.current")
            result = await settle(batch.execute())
            for error in result.errors.values():
                watched.check(error)
            watched.texts += [repr(result), repr(command), repr(command.error.body)]
            assert command.status == "failed"

        drive(mode, portal.webhook(CODE), scenario)


@pytest.mark.parametrize(
    "url",
    [
        f"https://portal.bitrix24.com/rest/{CODE}/",  # no user id
        f"https://portal.bitrix24.com/{CODE}/",  # no /rest/
        f"https://portal.bitrix24.com/rest/1/{CODE}/x/y/",
        f"https://portal.bitrix24.com/rest/1/{CODE}!/",
        f"http://portal.bitrix24.com/rest/1/{CODE}/",
        f"https://portal.bitrix24.com:{CODE}/rest/1/x/",
        f"https://portal.bitrix24.com/rest/1/{CODE}/?auth={CODE}",
    ],
)
def test_a_malformed_webhook_url_never_prints_its_code(url: str) -> None:
    with pytest.raises(ValueError) as caught:
        Bitrix24(url)
    assert CODE not in str(caught.value) and CODE not in repr(caught.value)


# --- no server can flood the client ---------------------------------------------


def test_a_gzip_bomb_stops_at_the_cap(mode: str, watched: SecretGuard) -> None:
    bomb = gzip.compress(b"0" * 40_000_000, compresslevel=9)
    headers = {"Content-Encoding": "gzip"}
    with HostileServer(scripted((200, bomb, headers))) as portal:

        async def scenario(b24: Any) -> None:
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
                await settle(b24.call("user.current", idempotent=True))

        drive(mode, portal.webhook(CODE), scenario, max_response_bytes=4_000_000)
    assert len(portal.requests) == 1  # too large is never repeated


def test_a_body_announced_too_large_is_not_read(
    mode: str, watched: SecretGuard
) -> None:
    def huge(conn: Conn) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n{")
        conn.repeat(b" " * 65536, 0.001)

    with HostileServer(scripted(huge)) as portal:

        async def scenario(b24: Any) -> None:
            started = time.monotonic()
            with pytest.raises(ResponseTooLargeError, match="announces"):
                await settle(b24.call("user.current"))
            assert time.monotonic() - started < HANG_BOUND

        drive(mode, portal.webhook(CODE), scenario, max_response_bytes=1_000_000)


def test_an_endless_chunked_body_stops_at_the_cap(
    mode: str, watched: SecretGuard
) -> None:
    def endless(conn: Conn) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        conn.repeat(b"10000\r\n" + b"a" * 65536 + b"\r\n", 0.0005)

    with HostileServer(scripted(endless)) as portal:

        async def scenario(b24: Any) -> None:
            with pytest.raises(ResponseTooLargeError):
                await settle(b24.call("user.current"))

        drive(mode, portal.webhook(CODE), scenario, max_response_bytes=2_000_000)


@pytest.mark.parametrize(
    ("body", "encoding", "message"),
    [
        (b"\x1f\x8b\x08\x00garbage", "gzip", "corrupt"),
        (b"{}", "br", "did not ask"),
        (b"{}", "gzip, gzip", "did not ask"),
    ],
)
def test_bad_encodings_are_typed_errors(
    mode: str, body: bytes, encoding: str, message: str, watched: SecretGuard
) -> None:
    with HostileServer(scripted((200, body, {"Content-Encoding": encoding}))) as portal:

        async def scenario(b24: Any) -> None:
            with pytest.raises(InvalidResponseError, match=message):
                await settle(b24.call("user.current"))

        drive(mode, portal.webhook(CODE), scenario, max_retries=0)


def test_the_default_cap_fits_a_batch_of_list_pages() -> None:
    with Bitrix24(f"https://p.bitrix24.com/rest/1/{CODE}/") as b24:
        assert b24._max_response_bytes == 128 * 2**20


# --- no server can hold an attempt past its deadline -----------------------------


def drip_body(conn: Conn) -> None:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n")
    conn.drip(b" " * 500, 0.1)


def drip_headers(conn: Conn) -> None:
    conn.send(b"HTTP/1.1 200 OK\r\n")
    conn.drip(b"X-Slow: " + b"a" * 500, 0.1)


def endless_continue(conn: Conn) -> None:
    conn.repeat(b"HTTP/1.1 100 Continue\r\n\r\n", 0.05)


@pytest.mark.parametrize(
    "behaviour", [drip_body, drip_headers, endless_continue], ids=lambda f: f.__name__
)
def test_slow_servers_end_at_the_timeout(
    mode: str, behaviour: Any, watched: SecretGuard
) -> None:
    with HostileServer(scripted(behaviour)) as portal:

        async def scenario(b24: Any) -> None:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                await settle(b24.call("crm.deal.add", {"fields": {}}))
            elapsed = time.monotonic() - started
            assert elapsed < HANG_BOUND, f"the attempt took {elapsed:.1f}s"
            assert caught.value.sent  # a write whose outcome is unknown
            watched.check(caught.value)

        drive(mode, portal.webhook(CODE), scenario, timeout=TIMEOUT)
    assert len(portal.requests) == 1  # a write is not repeated blindly


def test_a_read_repeats_its_slow_attempts_only_max_retries_times(
    mode: str, watched: SecretGuard
) -> None:
    with HostileServer(scripted(drip_body)) as portal:

        async def scenario(b24: Any) -> None:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await settle(b24.call("user.current", idempotent=True))
            assert time.monotonic() - started < 2 * HANG_BOUND

        drive(mode, portal.webhook(CODE), scenario, timeout=TIMEOUT, max_retries=1)
    assert len(portal.requests) == 2


def test_token_pair_repr_hides_tokens() -> None:
    pair = TokenPair(
        "acc-0123456789", "ref-0123456789", client_endpoint="https://p/rest/"
    )
    assert "0123456789" not in repr(pair)


def test_deeply_nested_answers_are_typed_errors(
    mode: str, watched: SecretGuard
) -> None:
    deep = "[" * 900 + "]" * 900
    error = f'{{"error": "E", "error_description": "x", "deep": {deep}}}'
    result = f'{{"result": {deep}, "time": {{}}}}'
    too_deep = '{"result": %s, "time": {}}' % ("[" * 100_000 + "]" * 100_000)
    answers = [(400, error.encode()), (200, result.encode()), (200, too_deep.encode())]
    with HostileServer(scripted(*answers)) as portal:

        async def scenario(b24: Any) -> None:
            with pytest.raises(Exception) as caught:
                await settle(b24.call("user.current"))
            assert "nested deeper" in repr(caught.value.body)
            with pytest.raises(InvalidResponseError, match="of 1 items"):
                await settle(b24.crm.deal.contact.items.delete(id=1))
            with pytest.raises(InvalidResponseError, match="malformed JSON"):
                await settle(b24.call("user.current"))

        drive(mode, portal.webhook(CODE), scenario, max_retries=0)
