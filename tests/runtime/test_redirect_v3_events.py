"""A renamed portal (302) and REST 3.0 payloads (events: test_events.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from b24client import InvalidResponseError
from b24client._core.protocol import coerce_result, unwrap_v3
from b24client._core.types import MethodInfo

from .conftest import SECRET, Recorder, ok, settle


def moved(request: httpx.Request) -> httpx.Response:
    if request.url.host == "portal.example.com":
        new = str(request.url).replace("portal.example.com", "new.example.com")
        return httpx.Response(302, headers={"Location": new})
    return httpx.Response(200, json={"result": request.method, "time": {}})


def test_post_is_resent_to_the_new_address(run: Any) -> None:
    recorder = Recorder([moved])
    told: list[str] = []

    async def scenario(client: Any, _: Any) -> None:
        assert (
            await settle(client.call("crm.deal.add", {"fields": {"TITLE": "x"}}))
        ).result == "POST"
        await settle(client.call("user.current"))

    run(scenario, recorder, on_portal_moved=told.append)
    hosts = [r.url.host for r in recorder.requests]
    assert hosts == ["portal.example.com", "new.example.com", "new.example.com"]
    assert [r.method for r in recorder.requests] == ["POST"] * 3
    assert recorder.requests[0].content == recorder.requests[1].content
    assert told == ["https://new.example.com"]


def test_redirect_to_plain_http_is_refused(run: Any) -> None:
    recorder = Recorder([(302, b""), ok(True)])
    recorder.answers[0] = lambda r: httpx.Response(
        302, headers={"Location": f"http://evil.example.com/rest/7/{SECRET}/x"}
    )

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(InvalidResponseError, match="must use https") as caught:
            await settle(client.call("user.current"))
        assert SECRET not in str(caught.value)

    run(scenario, recorder)
    assert len(recorder.requests) == 1


def test_redirect_loops_stop(run: Any) -> None:
    recorder = Recorder(
        [lambda r: httpx.Response(302, headers={"Location": str(r.url)})]
    )

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(InvalidResponseError, match="redirected more than"):
            await settle(client.call("user.current"))

    run(scenario, recorder)
    assert len(recorder.requests) == 4


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
