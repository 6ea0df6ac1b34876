"""Webhook URLs: accepted shapes, clear errors, the secret never shown."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from b24client import PermissionDeniedError, WebhookURLError
from b24client._core.client import AsyncClientBase, SyncClientBase
from b24client._core.credentials import parse_webhook

from .conftest import SECRET, WEBHOOK, Recorder, err, ok, settle


@pytest.mark.parametrize(
    ("url", "origin", "user"),
    [
        (
            "https://portal.example.com/rest/1/abc123/",
            "https://portal.example.com",
            "1",
        ),
        (
            "https://Portal.Example.com/rest/15/abc_1-2",
            "https://portal.example.com",
            "15",
        ),
        (
            "https://portal.example.com:8443/rest/1/abc/profile.json",
            "https://portal.example.com:8443",
            "1",
        ),
        ("http://127.0.0.1:5000/rest/1/abc/", "http://127.0.0.1:5000", "1"),
        ("http://localhost/rest/1/abc/", "http://localhost", "1"),
        ("http://[::1]:8000/rest/1/abc/", "http://[::1]:8000", "1"),
    ],
)
def test_valid_webhooks(url: str, origin: str, user: str) -> None:
    hook = parse_webhook(url)
    assert (hook.origin, hook.user_id) == (origin, user)
    assert hook.url("crm.deal.get") == f"{origin}/rest/{user}/{hook.code}/crm.deal.get"
    assert (
        hook.url("tasks.task.get", api=3)
        == f"{origin}/rest/api/{user}/{hook.code}/tasks.task.get"
    )
    assert hook.code not in repr(hook) and "***" in repr(hook)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "http://portal.example.com/rest/1/abc/",
            "must use https; plain http is allowed only for loopback",
        ),
        ("ftp://portal.example.com/rest/1/abc/", "must start with https://"),
        ("https:///rest/1/abc/", "has no host"),
        (
            "https://portal.example.com/rest/1/",
            "must look like https://<portal>/rest/<user id>/<code>/",
        ),
        ("https://portal.example.com/api/1/abc/", "must look like"),
        ("https://portal.example.com/rest/x/abc/", "user id must be a number"),
        ("https://portal.example.com/rest/1/a%20c/", "code may hold only letters"),
        ("https://portal.example.com/rest/1/abc/?x=1", "must not have a query"),
        ("https://u:p@portal.example.com/rest/1/abc/", "user:password@"),
        ("https://portal.example.com:99999/rest/1/abc/", "not a valid URL"),
        ("", "must start with https://"),
    ],
)
def test_bad_webhooks_say_what_is_wrong(url: str, message: str) -> None:
    with pytest.raises(WebhookURLError, match=message.replace("?", r"\?")) as caught:
        parse_webhook(url)
    assert "abc" not in str(caught.value).replace("abc/?", "") or "abc" not in url


def test_bad_webhook_error_masks_the_code() -> None:
    with pytest.raises(WebhookURLError) as caught:
        parse_webhook(f"http://portal.example.com/rest/1/{SECRET}/")
    assert SECRET not in str(caught.value)


def test_non_string_url() -> None:
    with pytest.raises(WebhookURLError, match="must be a string"):
        parse_webhook(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", [SyncClientBase, AsyncClientBase])
def test_client_repr_hides_secret(cls: Any) -> None:
    client = cls(WEBHOOK)
    assert SECRET not in repr(client) and SECRET not in str(client)
    assert "portal.example.com" in repr(client)


@pytest.mark.parametrize("cls", [SyncClientBase, AsyncClientBase])
def test_bad_options(cls: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        cls(WEBHOOK, timeout=0)
    with pytest.raises(ValueError, match="max_retries"):
        cls(WEBHOOK, max_retries=-1)


def test_wrong_transport_kind() -> None:
    import httpx

    class OnlyAsync(httpx.AsyncBaseTransport):
        pass

    class OnlySync(httpx.BaseTransport):
        pass

    with pytest.raises(TypeError, match="sync client"):
        SyncClientBase(WEBHOOK, transport=OnlyAsync())
    with pytest.raises(TypeError, match="async client"):
        AsyncClientBase(WEBHOOK, transport=OnlySync())


def test_debug_logs_never_show_the_secret(
    run: Any, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder(
        [err(503, "QUERY_LIMIT_EXCEEDED"), ok(True), err(403, "ACCESS_DENIED")]
    )

    async def scenario(client: Any, _: Any) -> None:
        await settle(client.call("crm.deal.get", {"id": 1}))
        with pytest.raises(PermissionDeniedError):
            await settle(client.call("crm.deal.get", {"id": 2}))

    with caplog.at_level(logging.DEBUG):
        run(scenario, recorder)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "crm.deal.get" in text and "retry 1 of 3" in text
    assert SECRET not in text


def test_escape_hatch_rejects_empty_names(run: Any) -> None:
    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(ValueError, match="REST method name"):
            await settle(client.call(" "))

    run(scenario, Recorder([ok(True)]))
