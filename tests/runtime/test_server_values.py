"""Values taken from a server are checked: counts, IDs, reset times, budgets.

The pure helpers are tested directly; how the client uses them over a
socket is in tests/reliability/test_hostile_values.py.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from b24client import InvalidResponseError, OperatingBudget, OperationTimeLimitError
from b24client._core.protocol import (
    INT64_MAX,
    _int_or_none,
    coerce_result,
    parse_response,
    server_count,
)
from b24client._core.ratelimit import WINDOW, finite_number, operating_wait
from b24client._core.types import MethodInfo

from .conftest import Recorder, ok, settle

GOOD = [
    (0, 0),
    (50, 50),
    ("50", 50),
    (" 50 ", 50),
    ("007", 7),
    (INT64_MAX, INT64_MAX),
    (str(INT64_MAX), INT64_MAX),
]
BAD = [
    "9" * 5000,
    "١٢٣",
    "²",
    "",
    "-",
    "1_000",
    "+5",
    "5.0",
    "1e3",
    -1,
    "-1",
    INT64_MAX + 1,
    str(INT64_MAX + 1),
    "9" * 20,
    50.0,
    math.inf,
    True,
    False,
    {"n": 1},
    [1],
]


@pytest.mark.parametrize(("value", "expected"), GOOD)
def test_counts_the_portal_writes(value: Any, expected: int) -> None:
    assert server_count(value, "'total'", "crm.deal.list") == expected


@pytest.mark.parametrize("value", BAD)
def test_anything_else_is_an_invalid_response(value: Any) -> None:
    with pytest.raises(InvalidResponseError) as caught:
        server_count(value, "'total'", "crm.deal.list")
    assert caught.value.method == "crm.deal.list"
    assert "'total'" in str(caught.value) and len(str(caught.value)) < 200


def test_absent_is_none_and_the_lenient_parse_never_raises() -> None:
    assert server_count(None, "'next'", "m") is None
    assert {_int_or_none(value) for value in BAD} == {None, -1}  # -1 and "-1"
    assert _int_or_none("-5") == -5 and _int_or_none(-(2**63)) == -(2**63)
    assert _int_or_none(-(2**63) - 1) is None


@pytest.mark.parametrize("value", ["9" * 5000, "١٢٣", "²", 2**63, True])
def test_integer_results_refuse_what_is_not_an_int64(value: Any) -> None:
    with pytest.raises(InvalidResponseError, match="expected a integer result"):
        coerce_result(MethodInfo("crm.deal.add", returns="integer"), value)


@pytest.mark.parametrize(
    "body",
    [b'{"result": NaN}', b'{"result": 1, "total": Infinity}', b"[-Infinity]"],
)
def test_nan_and_infinity_are_not_json(body: bytes) -> None:
    with pytest.raises(InvalidResponseError, match="malformed JSON"):
        parse_response(200, body, "crm.deal.get")


def test_envelope_counts_are_checked() -> None:
    envelope = parse_response(200, b'{"result": [], "total": "7", "next": 5}', "m")
    assert (envelope.total, envelope.next) == (7, 5)
    with pytest.raises(InvalidResponseError, match="'next'.*not a whole number"):
        parse_response(200, b'{"result": [], "next": 1.5}', "m")


# --- reset times and the operating budget -------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1773234121, 1773234121.0),
        (1.5, 1.5),
        (10**400, None),
        (1e308 * 10, None),
        (True, None),
        ("1773234121", None),
        (None, None),
    ],
)
def test_finite_numbers(value: Any, expected: float | None) -> None:
    assert finite_number(value) == expected


def test_operation_time_limit_reset_is_a_finite_time_or_none() -> None:
    body = b'{"error": "OPERATION_TIME_LIMIT", "time": {"operating_reset_at": 1%s}}'
    with pytest.raises(OperationTimeLimitError) as caught:
        parse_response(429, body % (b"0" * 400), "crm.deal.list")
    assert caught.value.operating_reset_at is None
    with pytest.raises(OperationTimeLimitError) as caught:
        parse_response(429, body % b"e400", "crm.deal.list")
    assert caught.value.operating_reset_at is None


@pytest.mark.parametrize(
    ("reset_at", "limit", "expected"),
    [
        (1030.0, 60.0, 30.0),
        (1030.0, 10.0, None),  # longer than the client will wait
        (1000.0 + WINDOW, math.inf, WINDOW),
        (1000.0 + WINDOW + 1, math.inf, None),  # beyond the portal's window
        (1e18, math.inf, None),
        (math.inf, math.inf, None),
        (math.nan, math.inf, None),
        (999.0, 60.0, None),  # already past
        (None, 60.0, None),
    ],
)
def test_operating_wait(reset_at: Any, limit: float, expected: float | None) -> None:
    assert operating_wait(reset_at, limit=limit, now=1000.0) == expected


@pytest.mark.parametrize(
    ("reset_at", "delay"),
    [(1e18, WINDOW), (5000.0 + 90, 90.0), (4000.0, 0.0), (10**400, 0.0)],
)
def test_budget_delay_never_passes_the_window(reset_at: Any, delay: float) -> None:
    budget = OperatingBudget(100.0, wall_clock=lambda: 5000.0)
    budget.record("crm.deal.list", {"operating": 99.0, "operating_reset_at": reset_at})
    assert budget.delay("crm.deal.list") == pytest.approx(delay)


@pytest.mark.parametrize("operating", [math.nan, math.inf, 10**400, True, "99"])
def test_budget_ignores_operating_times_that_are_not_numbers(operating: Any) -> None:
    budget = OperatingBudget(100.0, wall_clock=lambda: 5000.0)
    budget.record("m", {"operating": 50.0, "operating_reset_at": 5060})
    budget.record("m", {"operating": operating, "operating_reset_at": 5060})
    assert budget.used("m") == 50.0 and budget.delay("m") == 0.0


def test_the_client_sleeps_no_longer_than_the_window(
    run: Any, slept: list[float]
) -> None:
    block = {"operating": 479.0, "operating_reset_at": 1e18}
    recorder = Recorder([ok(True, time=block)])

    async def scenario(client: Any, _: Any) -> None:
        await settle(client.call("crm.deal.update"))
        await settle(client.call("crm.deal.update"))

    run(scenario, recorder, operating_budget=480, rate_limit=None)
    assert slept == [WINDOW]
    assert len(recorder.requests) == 2


def test_a_time_block_that_is_not_an_object_is_ignored(run: Any) -> None:
    recorder = Recorder([(429, {"error": "OPERATION_TIME_LIMIT", "time": ["x"]})])

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(OperationTimeLimitError):
            await settle(client.call("crm.deal.update"))

    run(scenario, recorder, operating_budget=480, wait_on_operation_limit=5)
    assert len(recorder.requests) == 1
