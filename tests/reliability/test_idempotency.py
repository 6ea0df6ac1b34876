"""REST 3.0 writes carry an Idempotency-Key and are repeated safely (issue 10),
over real sockets against the fake portal, which keeps answers by key as the
docs describe (api-reference/rest-v3.md): one execution per key."""

from __future__ import annotations

from typing import Any

import pytest

from b24client import APIError, APITimeoutError, BadRequestError
from b24client.testing import FakePortal

from .conftest import SecretGuard, settle

TASK = {"fields": {"title": "Report", "creatorId": 1, "responsibleId": 1}}


def test_a_timed_out_v3_write_is_repeated_and_runs_once(
    run: Any, portal: FakePortal, guard: SecretGuard
) -> None:
    portal.faults.inject("slow", "tasks.task.add", after_run=True, delay=2.0)

    async def scenario(b24: Any) -> None:
        envelope = await settle(b24.call("tasks.task.add", TASK, api=3))
        assert envelope.replayed is True  # the first attempt's answer, kept

    run(scenario, timeout=0.5)
    assert portal.stats.writes == 1 and portal.stats.replays == 1


@pytest.mark.parametrize("fault", ["disconnect", "reset", "incomplete_body"])
def test_a_v3_write_whose_answer_was_lost_runs_once(
    run: Any, portal: FakePortal, fault: str
) -> None:
    portal.faults.inject(fault, "tasks.task.add", after_run=True)

    async def scenario(b24: Any) -> None:
        result = await settle(b24.v3.tasks.task.add(**TASK))
        assert result is not None

    run(scenario)
    assert portal.stats.writes == 1 and portal.stats.replays == 1


def test_a_classic_write_is_still_never_repeated(run: Any, portal: FakePortal) -> None:
    portal.faults.inject("disconnect", "crm.deal.add", after_run=True)

    async def scenario(b24: Any) -> None:
        with pytest.raises(Exception) as caught:
            await settle(b24.crm.deal.add(fields={"TITLE": "x"}))
        assert getattr(caught.value, "sent", False)

    run(scenario)
    assert portal.stats.writes == 1 and portal.stats.replays == 0


def test_the_callers_key_makes_a_repeat_a_replay(run: Any, portal: FakePortal) -> None:
    async def scenario(b24: Any) -> None:
        first = await settle(
            b24.call("tasks.task.add", TASK, api=3, idempotency_key="k-1")
        )
        again = await settle(
            b24.call("tasks.task.add", TASK, api=3, idempotency_key="k-1")
        )
        assert (first.replayed, again.replayed) == (False, True)
        assert again.result == first.result
        other = {"fields": {**TASK["fields"], "title": "Other"}}
        with pytest.raises(APIError) as caught:
            await settle(
                b24.call("tasks.task.add", other, api=3, idempotency_key="k-1")
            )
        assert caught.value.code.endswith("IDEMPOTENCYKEYREUSEDEXCEPTION")
        assert isinstance(caught.value, BadRequestError)
        fresh = await settle(b24.call("tasks.task.add", TASK, api=3))
        assert fresh.replayed is False  # a new logical call gets a new key

    run(scenario)
    assert portal.stats.writes == 2 and portal.stats.replays == 1


@pytest.mark.parametrize("key", ["", "x" * 256, "ключ", "a\nb", 5])
def test_a_bad_key_is_refused_before_sending(
    run: Any, portal: FakePortal, key: Any
) -> None:
    async def scenario(b24: Any) -> None:
        with pytest.raises(ValueError, match="idempotency_key"):
            await settle(b24.call("tasks.task.add", TASK, api=3, idempotency_key=key))

    run(scenario)
    assert portal.stats.requests == 0


def test_a_v3_write_gives_up_after_max_retries(run: Any, portal: FakePortal) -> None:
    portal.faults.inject(
        "slow", "tasks.task.add", after_run=False, delay=2.0, count=None
    )

    async def scenario(b24: Any) -> None:
        with pytest.raises(APITimeoutError):
            await settle(b24.call("tasks.task.add", TASK, api=3))

    run(scenario, timeout=0.3, max_retries=2)
    portal.faults.clear()
    assert portal.stats.requests_by_method["tasks.task.add"] == 3
