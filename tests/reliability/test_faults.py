"""Every fault ends in a documented, typed exception or a successful retry,
within the timeout, with no write lost or duplicated — sync and async."""

from __future__ import annotations

import time
from typing import Any

import pytest

from b24client import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    Bitrix24Error,
    InvalidResponseError,
    NotFoundError,
    ServerError,
)
from b24client.testing import FakePortal

from .conftest import SecretGuard, settle

# kind -> (exception a write gets; None: a write is repeated and succeeds)
FAULTS: dict[str, type[Bitrix24Error] | None] = {
    "reset": APIConnectionError,
    "disconnect": APIConnectionError,
    "incomplete_body": APIConnectionError,
    "html_500": ServerError,
    "bad_gateway": ServerError,
    "gateway_timeout": ServerError,
    "malformed_json": InvalidResponseError,
    "truncated_json": InvalidResponseError,
    "empty_body": InvalidResponseError,
}


@pytest.mark.parametrize("kind", sorted(FAULTS))
def test_reads_are_repeated_after_a_fault(
    run: Any, portal: FakePortal, kind: str
) -> None:
    deal = portal.store.add_deal(TITLE="Kept")
    portal.faults.inject(kind, "crm.deal.get")

    async def scenario(b24: Any) -> Any:
        return await settle(b24.crm.deal.get(id=deal))

    assert run(scenario)["TITLE"] == "Kept"
    assert portal.stats.faults[kind] == 1
    assert portal.stats.requests_by_method["crm.deal.get"] == 2


# a proxy's error page comes whether or not the write ran: both cases matter
WRITE_CASES = [
    pytest.param(kind, after_run, id=f"{kind}-{'after' if after_run else 'before'}-run")
    for kind in sorted(FAULTS)
    for after_run in (False, True)
]


@pytest.mark.parametrize(("kind", "after_run"), WRITE_CASES)
def test_writes_are_never_repeated_blindly(
    run: Any, portal: FakePortal, guard: SecretGuard, kind: str, after_run: bool
) -> None:
    portal.faults.inject(kind, "crm.deal.add", after_run=after_run)

    async def scenario(b24: Any) -> Bitrix24Error:
        with pytest.raises(Bitrix24Error) as caught:
            await settle(b24.crm.deal.add(fields={"TITLE": "Once"}))
        return guard.check(caught.value)  # type: ignore[return-value]

    error = run(scenario)
    expected = FAULTS[kind]
    assert expected is not None and isinstance(error, expected)
    assert error.method == "crm.deal.add"
    if isinstance(error, APIConnectionError):
        assert error.sent and "whether it ran is unknown" in str(error)
    assert portal.stats.requests_by_method["crm.deal.add"] == 1
    assert portal.stats.writes == (1 if after_run else 0)


def test_slow_answer_times_out_and_a_read_is_repeated(
    run: Any, portal: FakePortal
) -> None:
    portal.faults.inject("slow", "user.current", delay=2.0)

    async def scenario(b24: Any) -> Any:
        started = time.monotonic()
        me = await settle(b24.user.current())
        return me, time.monotonic() - started

    me, took = run(scenario, timeout=0.3)
    assert "ID" in me
    assert took < 2.0  # the client gave up on the slow answer instead of waiting it out


def test_slow_write_after_it_ran_is_reported_unknown_and_not_repeated(
    run: Any, portal: FakePortal, guard: SecretGuard
) -> None:
    portal.faults.inject("slow", "crm.deal.add", delay=2.0, after_run=True)

    async def scenario(b24: Any) -> Any:
        with pytest.raises(APITimeoutError) as caught:
            await settle(b24.crm.deal.add(fields={"TITLE": "Slow"}))
        return guard.check(caught.value)

    error = run(scenario, timeout=0.3)
    assert "whether it ran is unknown" in str(error)
    assert portal.stats.writes == 1
    assert portal.stats.requests_by_method["crm.deal.add"] == 1


@pytest.mark.parametrize("method", ["user.current", "crm.deal.add"])
def test_refused_connection_is_repeated_for_every_method(
    run: Any, portal: FakePortal, method: str
) -> None:
    async def scenario(b24: Any) -> Any:
        portal.faults.inject("refuse", delay=0.2)
        if method == "user.current":
            return await settle(b24.user.current())
        return await settle(b24.crm.deal.add(fields={"TITLE": "After refusal"}))

    assert run(scenario, backoff_base=0.3, backoff_max=1.0, max_retries=4)
    assert portal.stats.writes == (1 if method == "crm.deal.add" else 0)


def test_refused_for_good_raises_a_connection_error(
    run: Any, portal: FakePortal, guard: SecretGuard
) -> None:
    async def scenario(b24: Any) -> Any:
        portal.faults.inject("refuse", delay=None)
        with pytest.raises(APIConnectionError) as caught:
            await settle(b24.user.current())
        return guard.check(caught.value)

    error = run(scenario, max_retries=2)
    assert (
        not error.sent
        and "Connection refused" in str(error)
        or "connect" in str(error).lower()
    )


@pytest.mark.parametrize(
    ("kind", "cls", "code"),
    [
        ("error", BadRequestError, "ERROR_CORE"),
        ("error_200", APIError, "ERROR_CORE"),
        ("error_empty_code", NotFoundError, ""),
        ("error_numeric_code", BadRequestError, "200040300020"),
    ],
)
def test_error_envelopes(
    run: Any, portal: FakePortal, kind: str, cls: type[APIError], code: str
) -> None:
    portal.faults.inject(kind, "user.current")

    async def scenario(b24: Any) -> Any:
        with pytest.raises(APIError) as caught:
            await settle(b24.user.current())
        return caught.value

    error = run(scenario)
    assert type(error) is cls and error.code == code
    assert portal.stats.requests_by_method["user.current"] == 1


@pytest.mark.parametrize("halt", [False, True], ids=["halt-off", "halt-on"])
def test_batch_with_failing_commands(run: Any, portal: FakePortal, halt: bool) -> None:
    portal.faults.inject("command_error", "crm.deal.get", count=None)

    async def scenario(b24: Any) -> Any:
        batch = b24.batch(halt=halt)
        first = batch.crm.deal.add(fields={"TITLE": "a"})
        failing = batch.crm.deal.get(id=first)
        last = batch.crm.deal.add(fields={"TITLE": "b"})
        result = await settle(batch.execute())
        return first.status, failing.status, last.status, result

    first, failing, last, result = run(scenario)
    assert (first, failing) == ("ok", "failed")
    assert last == ("not_run" if halt else "ok")
    assert portal.stats.writes == (1 if halt else 2)
    assert portal.stats.requests_by_method["batch"] == 1
    assert set(result.errors) == ({"c1", "c2"} if halt else {"c1"})
