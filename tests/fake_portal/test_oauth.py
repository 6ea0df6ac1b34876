"""OAuth tokens and the token endpoint, the renamed-portal redirect, event bodies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from b24client._core.phpquery import parse
from b24client.testing import EVENT_CONTENT_TYPE, FakePortal, event_body

from .wire import classic_error

NO_AUTH = (401, "NO_AUTH_FOUND", "Wrong authorization data")
EXPIRED = (401, "expired_token", "The access token provided has expired.")


@pytest.fixture
def app(portal: FakePortal) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=portal.rest_url, timeout=10) as http:
        yield http


def refresh(portal: FakePortal, token: str, **overrides: str) -> httpx.Response:
    query = {
        "grant_type": "refresh_token",
        "client_id": portal.oauth.client_id,
        "client_secret": portal.oauth.client_secret,
        "refresh_token": token,
        **overrides,
    }
    return httpx.get(portal.oauth_server_url, params=query)


def test_urls(portal: FakePortal) -> None:
    assert portal.rest_url == f"http://127.0.0.1:{portal.port}/rest/"
    assert portal.oauth_server_url == f"http://127.0.0.1:{portal.port}/oauth/token/"
    assert portal.oauth.client_endpoint == portal.rest_url


def test_token_in_json_form_and_query(portal: FakePortal, app: httpx.Client) -> None:
    portal.store.ensure_user(7)
    access, _ = portal.oauth.issue(user_id=7)
    assert app.post("user.current", json={"auth": access}).json()["result"]["ID"] == "7"
    assert app.post("user.current", data={"auth": access}).json()["result"]["ID"] == "7"
    assert app.get("user.current", params={"auth": access}).status_code == 200
    deal = app.post("crm.deal.add", json={"auth": access, "fields": {"TITLE": "T"}})
    row = app.post("crm.deal.get", json={"auth": access, "id": deal.json()["result"]})
    assert row.json()["result"]["CREATED_BY_ID"] == "7"  # ran as the token's user
    # a batch runs as the token's user too
    batch = app.post("batch", json={"auth": access, "cmd": {"me": "user.current"}})
    assert batch.json()["result"]["result"]["me"]["ID"] == "7"


def test_wrong_missing_and_expired_tokens(
    portal: FakePortal, app: httpx.Client
) -> None:
    classic_error(app.post("user.current", json={"auth": "nope"}), *NO_AUTH)
    classic_error(app.post("user.current", json={}), *NO_AUTH)
    access, _ = portal.oauth.issue()
    other, _ = portal.oauth.issue()
    portal.oauth.expire(access)
    classic_error(app.post("user.current", json={"auth": access}), *EXPIRED)
    assert app.post("user.current", json={"auth": other}).status_code == 200
    portal.oauth.expire()
    classic_error(app.post("user.current", json={"auth": other}), *EXPIRED)
    short, _ = portal.oauth.issue(expires_in=-1)
    classic_error(app.post("user.current", json={"auth": short}), *EXPIRED)


def test_refresh_rotates_the_pair(portal: FakePortal, app: httpx.Client) -> None:
    access, refresh_token = portal.oauth.issue()
    portal.oauth.expire(access)
    answer = refresh(portal, refresh_token)
    assert answer.status_code == 200
    body: dict[str, Any] = answer.json()
    assert set(body) == {
        "access_token",
        "refresh_token",
        "expires_in",
        "expires",
        "client_endpoint",
        "server_endpoint",
        "domain",
        "member_id",
        "scope",
        "status",
        "user_id",
    }
    assert body["client_endpoint"] == portal.rest_url
    assert body["expires_in"] == 3600 and body["user_id"] == 1
    assert body["member_id"] == portal.oauth.member_id and body["scope"] == "crm,user"
    assert body["refresh_token"] != refresh_token and body["access_token"] != access
    new = app.post("user.current", json={"auth": body["access_token"]})
    assert new.status_code == 200
    # the old refresh token is spent
    again = refresh(portal, refresh_token)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    assert refresh(portal, body["refresh_token"]).status_code == 200
    assert portal.stats.refreshes == 2 and portal.stats.token_requests == 3


def test_token_endpoint_errors(portal: FakePortal) -> None:
    _, token = portal.oauth.issue()
    bad_secret = refresh(portal, token, client_secret="wrong")
    assert bad_secret.status_code == 401
    assert bad_secret.json()["error"] == "invalid_client"
    bad_id = refresh(portal, token, client_id="wrong")
    assert bad_id.json()["error"] == "invalid_client"
    assert refresh(portal, token, grant_type="password").json()["error"] == (
        "invalid_request"
    )
    assert refresh(portal, "unknown").json()["error"] == "invalid_grant"
    portal.oauth.revoke(token)
    assert refresh(portal, token).json()["error"] == "invalid_grant"
    assert portal.stats.refreshes == 0
    # a POST with a form body works like the GET
    _, token = portal.oauth.issue()
    form = httpx.post(
        portal.oauth_server_url,
        data={
            "grant_type": "refresh_token",
            "client_id": portal.oauth.client_id,
            "client_secret": portal.oauth.client_secret,
            "refresh_token": token,
        },
    )
    assert form.status_code == 200 and portal.stats.refreshes == 1


def test_configured_app_and_authorization_code(portal: FakePortal) -> None:
    portal.oauth.configure(
        client_id="local.app.1", client_secret="s3cret", scope="crm", lifetime=60
    )
    code = portal.oauth.issue_code(user_id=1)
    answer = httpx.get(
        portal.oauth_server_url,
        params={
            "grant_type": "authorization_code",
            "client_id": "local.app.1",
            "client_secret": "s3cret",
            "code": code,
        },
    )
    body = answer.json()
    assert answer.status_code == 200 and body["scope"] == "crm"
    assert body["expires_in"] == 60
    assert refresh(portal, body["refresh_token"]).status_code == 200


# --- renamed portal -------------------------------------------------------------------


def test_redirect_keeps_path_and_query() -> None:
    with FakePortal() as new, FakePortal(redirect_to=new.base_url) as old:
        path = new.portal.webhook_path + "crm.deal.add"
        with httpx.Client(base_url=old.base_url) as http:
            moved = http.post(path + "?x=1", json={"fields": {"TITLE": "T"}})
            assert moved.status_code == 302
            assert moved.headers["location"] == new.base_url + path + "?x=1"
            again = http.post(moved.headers["location"], json={"fields": {}})
            assert again.status_code == 200
            assert (
                http.get("/anything").headers["location"] == new.base_url + "/anything"
            )
            old.redirect_all_to(None)
            assert (
                http.post(old.portal.webhook_path + "user.current").status_code == 200
            )
        assert old.stats.redirects == 2 and old.stats.calls["crm.deal.add"] == 0
        assert new.stats.writes == 1


# --- incoming events ------------------------------------------------------------------


def test_event_body() -> None:
    raw = event_body(
        "ONCRMDEALADD",
        {"ID": 5},
        application_token="app-token",
        ts=1700000000,
        auth={"access_token": "a1", "expires_in": 3600},
    )
    pairs = parse_qsl(raw.decode("ascii"))
    assert [key for key, _ in pairs[:3]] == [
        "event",
        "event_handler_id",
        "data[FIELDS][ID]",
    ]
    assert b"data%5BFIELDS%5D%5BID%5D=5" in raw  # brackets encoded as PHP does
    fields = dict(pairs)
    assert fields["event"] == "ONCRMDEALADD" and fields["ts"] == "1700000000"
    assert fields["auth[application_token]"] == "app-token"
    assert fields["auth[domain]"] == "portal.example.com"
    assert fields["auth[client_endpoint]"] == "https://portal.example.com/rest/"
    assert fields["auth[access_token]"] == "a1"
    nested = parse(raw.decode("ascii").replace("%5B", "[").replace("%5D", "]"))
    assert nested["data"] == {"FIELDS": {"ID": "5"}}
    assert set(nested["auth"]) >= {
        "domain",
        "client_endpoint",
        "server_endpoint",
        "member_id",
        "application_token",
    }
    assert EVENT_CONTENT_TYPE == "application/x-www-form-urlencoded"


def test_event_body_without_token_and_with_data() -> None:
    raw = event_body(
        "ONAPPUNINSTALL",
        application_token=None,
        data={"LANGUAGE_ID": "en", "CLEAN": 0},
    )
    fields = dict(parse_qsl(raw.decode("ascii")))
    assert "auth[application_token]" not in fields
    assert fields["data[LANGUAGE_ID]"] == "en" and fields["data[CLEAN]"] == "0"
