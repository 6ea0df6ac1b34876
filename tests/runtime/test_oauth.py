"""OAuth: the token travels as ``auth``; one refresh on expired_token, even
when many threads or tasks hit it at once; the new pair replaces the old."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from b24client import (
    AuthenticationError,
    InvalidResponseError,
    OAuth,
    TokenExpiredError,
    TokenPair,
)
from b24client._core.client import AsyncClientBase, SyncClientBase

SECRETS = ("acc-OLD-123", "ref-OLD-456", "client-SECRET-789")


class OAuthPortal:
    """A MockTransport handler: a REST endpoint plus an OAuth token endpoint."""

    def __init__(self) -> None:
        self.valid = {"acc-OLD-123": False}  # token -> valid?
        self.refresh_tokens = {"ref-OLD-456"}
        self.refreshes = 0
        self.lock = threading.Lock()
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = urlsplit(str(request.url))
        if url.path == "/oauth/token/":
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            with self.lock:
                if query.get("client_secret") != "client-SECRET-789":
                    return httpx.Response(
                        401,
                        json={
                            "error": "invalid_client",
                            "error_description": "bad client",
                        },
                    )
                if query.get("refresh_token") not in self.refresh_tokens:
                    return httpx.Response(
                        400,
                        json={"error": "invalid_grant", "error_description": "gone"},
                    )
                self.refresh_tokens.discard(query["refresh_token"])
                self.refreshes += 1
                access, refresh = (
                    f"acc-NEW-{self.refreshes}",
                    f"ref-NEW-{self.refreshes}",
                )
                self.valid[access] = True
                self.refresh_tokens.add(refresh)
            return httpx.Response(
                200,
                json={
                    "access_token": access,
                    "refresh_token": refresh,
                    "expires_in": 3600,
                    "client_endpoint": "https://portal.example.com/rest/",
                    "member_id": "m1",
                },
            )
        body = json.loads(request.content)
        self.calls.append(url.path)
        assert url.path.startswith("/rest/") and "/rest/1/" not in url.path
        if not self.valid.get(body.get("auth")):
            return httpx.Response(
                401, json={"error": "expired_token", "error_description": "expired"}
            )
        return httpx.Response(200, json={"result": {"ID": "1"}, "time": {}})


def oauth(**extra: Any) -> OAuth:
    return OAuth(
        access_token="acc-OLD-123",
        refresh_token="ref-OLD-456",
        client_id="app.1",
        client_secret="client-SECRET-789",
        client_endpoint="https://portal.example.com/rest/",
        token_url="https://oauth.example.com/oauth/token/",
        **extra,
    )


def test_refresh_once_then_repeat_sync() -> None:
    portal, stored = OAuthPortal(), []
    creds = oauth(on_token_refresh=stored.append)
    before = creds.secrets
    with SyncClientBase(creds, transport=httpx.MockTransport(portal)) as client:
        assert client.call("user.current").result == {"ID": "1"}
        assert client.call("user.current").result == {"ID": "1"}
        live = client.credentials
    assert portal.refreshes == 1
    assert [p.refresh_token for p in stored] == ["ref-NEW-1"]
    assert isinstance(stored[0], TokenPair) and "NEW" not in repr(stored[0])
    assert live.generation == 1 and live.secrets[:2] == ("acc-NEW-1", "ref-NEW-1")
    # the caller's own object is never changed behind its back
    assert creds.generation == 0 and creds.secrets == before


def test_single_flight_across_threads() -> None:
    portal = OAuthPortal()
    with SyncClientBase(
        oauth(), transport=httpx.MockTransport(portal), rate_limit=None
    ) as client:
        errors: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(5):
                    client.call("user.current")
            except BaseException as exc:  # noqa: BLE001 - collected for the assert
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert portal.refreshes == 1


def test_single_flight_across_tasks() -> None:
    portal = OAuthPortal()

    async def main() -> None:
        async with AsyncClientBase(
            oauth(), transport=httpx.MockTransport(portal), rate_limit=None
        ) as client:
            results = await asyncio.gather(
                *(client.call("user.current") for _ in range(30))
            )
            assert all(r.result == {"ID": "1"} for r in results)

    asyncio.run(main())
    assert portal.refreshes == 1


def test_refused_refresh_raises_authentication_error() -> None:
    portal = OAuthPortal()
    portal.refresh_tokens.clear()  # the refresh token was revoked
    with SyncClientBase(oauth(), transport=httpx.MockTransport(portal)) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.call("user.current")
    assert caught.value.code == "invalid_grant" and caught.value.method == "oauth.token"
    assert "refused" in str(caught.value)
    assert not any(s in str(caught.value) for s in SECRETS)


def test_expired_twice_is_raised_not_looped() -> None:
    portal = OAuthPortal()

    def always_expired(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/rest/"):
            return httpx.Response(
                401, json={"error": "expired_token", "error_description": "expired"}
            )
        return portal(request)

    with SyncClientBase(
        oauth(), transport=httpx.MockTransport(always_expired)
    ) as client:
        with pytest.raises(TokenExpiredError):
            client.call("user.current")
    assert portal.refreshes == 1


def test_oauth_repr_and_validation() -> None:
    creds = oauth()
    assert not any(s in repr(creds) for s in SECRETS)
    assert "portal.example.com" in repr(SyncClientBase(creds))
    with pytest.raises(
        ValueError, match="client_endpoint must be the portal's REST base"
    ):
        OAuth(
            access_token="a",
            refresh_token="b",
            client_id="c",
            client_secret="d",
            client_endpoint="https://portal.example.com/",
        )
    with pytest.raises(ValueError, match="must use https"):
        OAuth(
            access_token="a",
            refresh_token="b",
            client_id="c",
            client_secret="d",
            client_endpoint="http://portal.example.com/rest/",
        )
    with pytest.raises(ValueError, match="client_secret"):
        OAuth(
            access_token="a",
            refresh_token="b",
            client_id="c",
            client_secret="",
            client_endpoint="https://portal.example.com/rest/",
        )
    with pytest.raises(TypeError, match="webhook URL or OAuth"):
        SyncClientBase(42)  # type: ignore[arg-type]


def test_oauth_url_shapes() -> None:
    creds = oauth()
    assert creds.url("crm.deal.get") == "https://portal.example.com/rest/crm.deal.get"
    assert (
        creds.url("tasks.task.get", api=3)
        == "https://portal.example.com/rest/api/tasks.task.get"
    )
    assert creds.auth_params() == {"auth": "acc-OLD-123"}


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_token_answer_with_a_non_json_number_is_refused(constant: str) -> None:
    """The token answer is read as strict JSON, as every portal answer is."""
    body = (
        '{"access_token": "acc-NEW-1", "refresh_token": "ref-NEW-2", '
        f'"expires_in": {constant}}}'
    ).encode()
    with pytest.raises(InvalidResponseError, match="no JSON object"):
        oauth().parse_refresh(200, body)
    pair = oauth().parse_refresh(200, body.replace(constant.encode(), b"3600"))
    assert pair.access_token == "acc-NEW-1"
