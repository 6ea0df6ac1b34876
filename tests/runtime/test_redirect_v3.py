"""A renamed portal (302) and REST 3.0 payloads (events: test_events.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from b24client import PortalMovedError
from b24client._core.protocol import coerce_result, unwrap_v3
from b24client._core.types import MethodInfo

from .conftest import SECRET, Recorder, ok, settle


def moved(request: httpx.Request) -> httpx.Response:
    if request.url.host == "portal.example.com":
        new = str(request.url).replace("portal.example.com", "new.bitrix24.de")
        return httpx.Response(302, headers={"Location": new})
    return httpx.Response(200, json={"result": request.method, "time": {}})


def test_an_approved_move_to_a_cloud_host_resends_the_post(run: Any) -> None:
    recorder = Recorder([moved])
    told: list[str] = []

    async def scenario(client: Any, _: Any) -> None:
        assert (
            await settle(client.call("crm.deal.add", {"fields": {"TITLE": "x"}}))
        ).result == "POST"
        await settle(client.call("user.current"))

    run(scenario, recorder, on_portal_moved=lambda o: told.append(o) or True)
    hosts = [r.url.host for r in recorder.requests]
    assert hosts == ["portal.example.com", "new.bitrix24.de", "new.bitrix24.de"]
    assert [r.method for r in recorder.requests] == ["POST"] * 3
    assert recorder.requests[0].content == recorder.requests[1].content
    assert told == ["https://new.bitrix24.de"]


@pytest.mark.parametrize(
    ("location", "options", "reason"),
    [
        ("https://new.bitrix24.de/rest/7/{s}/x", {}, "only with approval"),
        ("https://evil.example.com/rest/7/{s}/x", {"approve": True}, "cloud host"),
        ("http://new.bitrix24.de/rest/7/{s}/x", {"approve": True}, "must use https"),
        ("https://portal.example.com/other", {"approve": True}, "within the portal"),
        ("https://x.bitrix24.com.evil.io/", {"approve": True}, "cloud host"),
        ("https://bitrix24.com/", {"approve": True}, "cloud host"),
    ],
)
def test_moves_that_are_not_followed(
    run: Any, location: str, options: dict[str, Any], reason: str
) -> None:
    recorder = Recorder(
        [lambda r: httpx.Response(302, headers={"Location": location.format(s=SECRET)})]
    )

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(PortalMovedError, match=reason) as caught:
            await settle(client.call("user.current", idempotent=True))
        assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)

    approve = (lambda origin: True) if options.get("approve") else None
    run(scenario, recorder, on_portal_moved=approve)
    assert len(recorder.requests) == 1  # refused moves are not repeated either


def test_listed_hosts_may_be_moved_to(run: Any) -> None:
    recorder = Recorder(
        [
            lambda r: httpx.Response(
                302, headers={"Location": "https://crm.example.org/rest/7/x/y"}
            ),
            ok(True),
        ]
    )

    async def scenario(client: Any, _: Any) -> None:
        await settle(client.call("user.current"))
        assert client.credentials.origin == "https://crm.example.org"

    run(
        scenario,
        recorder,
        on_portal_moved=lambda origin: True,
        portal_move_hosts=["CRM.example.org"],
    )
    assert [r.url.host for r in recorder.requests] == [
        "portal.example.com",
        "crm.example.org",
    ]


@pytest.mark.parametrize(
    ("result", "returns", "value"),
    [
        ({"item": {"id": 5}}, "any", {"id": 5}),
        ({"items": [{"id": 5}]}, "any", [{"id": 5}]),
        ({"result": True}, "boolean", True),
        ({"item": 1, "other": 2}, "any", {"item": 1, "other": 2}),
    ],
)
def test_v3_payloads_are_unwrapped(result: Any, returns: Any, value: Any) -> None:
    info = MethodInfo("tasks.task.get", returns=returns, api=3)
    assert coerce_result(info, result) == value
    assert unwrap_v3([1]) == [1]


def test_v3_url_and_result_over_the_client(run: Any) -> None:
    recorder = Recorder([ok({"item": {"id": 9}})])
    info = MethodInfo("tasks.task.get", idempotent=True, api=3)

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(client._invoke(info, {"id": 9}))

    assert run(scenario, recorder) == {"id": 9}
    assert recorder.requests[0].url.path == "/rest/api/7/" + SECRET + "/tasks.task.get"
