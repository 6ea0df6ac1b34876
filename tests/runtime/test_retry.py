"""The retry matrix: what is repeated, for which methods, how many times."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from b24client import APIError, Bitrix24Error
from b24client._core.retry import RetryPolicy
from b24client._core.types import MethodInfo

from .conftest import Recorder, err, ok, settle

# (failure, repeated for an idempotent method, repeated for a write)
MATRIX: list[tuple[str, Any, bool, bool]] = [
    ("connect refused", httpx.ConnectError("refused"), True, True),
    ("connect timeout", httpx.ConnectTimeout("slow connect"), True, True),
    ("pool timeout", httpx.PoolTimeout("pool"), True, True),
    ("read timeout", httpx.ReadTimeout("slow answer"), True, False),
    ("reset after sending", httpx.ReadError("reset"), True, False),
    ("QUERY_LIMIT_EXCEEDED", err(503, "QUERY_LIMIT_EXCEEDED"), True, True),
    ("OPERATION_TIME_LIMIT", err(429, "OPERATION_TIME_LIMIT"), False, False),
    ("OVERLOAD_LIMIT", err(503, "OVERLOAD_LIMIT"), False, False),
    ("INTERNAL_SERVER_ERROR", err(500, "INTERNAL_SERVER_ERROR"), True, False),
    ("500 html", (500, b"<html>oops</html>"), True, False),
    ("502 empty", (502, b""), True, False),
    ("504", (504, b"Gateway Timeout"), True, False),
    ("truncated JSON on 200", (200, b'{"result": [1, 2'), True, False),
    ("ACCESS_DENIED", err(403, "ACCESS_DENIED"), False, False),
    ("NO_AUTH_FOUND", err(401, "NO_AUTH_FOUND"), False, False),
    ("expired_token", err(401, "expired_token"), False, False),
    ("empty code 400", err(400, "", "Not found"), False, False),
    ("ERROR_METHOD_NOT_FOUND", err(404, "ERROR_METHOD_NOT_FOUND"), False, False),
]


@pytest.mark.parametrize("idempotent", [True, False], ids=["idempotent", "write"])
@pytest.mark.parametrize(
    ("name", "failure", "for_reads", "for_writes"), MATRIX, ids=[m[0] for m in MATRIX]
)
def test_retry_matrix(
    run: Any,
    name: str,
    failure: Any,
    for_reads: bool,
    for_writes: bool,
    idempotent: bool,
) -> None:
    """One failure then success: repeated (2 requests) or raised (1 request)."""
    recorder = Recorder([failure, ok(True)])
    repeated = for_reads if idempotent else for_writes
    info = MethodInfo("crm.deal.update", idempotent=idempotent, returns="boolean")

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(client._invoke(info, {"id": 1}))

    if repeated:
        assert run(scenario, recorder) is True
        assert len(recorder.requests) == 2
        assert recorder.requests[0].content == recorder.requests[1].content
    else:
        with pytest.raises(Bitrix24Error):
            run(scenario, recorder)
        assert len(recorder.requests) == 1


def test_retries_stop_after_max_retries(run: Any) -> None:
    recorder = Recorder([err(503, "QUERY_LIMIT_EXCEEDED")])

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(APIError) as caught:
            await settle(client.call("crm.deal.list"))
        assert caught.value.code == "QUERY_LIMIT_EXCEEDED"

    run(scenario, recorder, max_retries=2)
    assert len(recorder.requests) == 3


def test_no_retries_when_zero(run: Any) -> None:
    recorder = Recorder([err(503, "QUERY_LIMIT_EXCEEDED"), ok(1)])

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(APIError):
            await settle(client.call("crm.deal.list"))

    run(scenario, recorder, max_retries=0)
    assert len(recorder.requests) == 1


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=10, backoff_base=0.5, backoff_max=4.0)
    for retry, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)]:
        delays = {policy.delay(retry) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered


def test_backoff_sleeps_between_attempts(run: Any, slept: list[float]) -> None:
    recorder = Recorder(
        [err(503, "QUERY_LIMIT_EXCEEDED"), err(503, "QUERY_LIMIT_EXCEEDED"), ok(5)]
    )

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(client.call("crm.deal.list"))

    assert run(scenario, recorder, backoff_base=1.0, backoff_max=10.0).result == 5
    assert len(slept) == 2
    assert 0.5 <= slept[0] <= 1.0 and 1.0 <= slept[1] <= 2.0


def test_policy_rejects_negative_values() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
