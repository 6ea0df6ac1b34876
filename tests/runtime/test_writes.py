"""CallMany's planning, driven by hand: which items may go next, and when."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from b24client import ServerError
from b24client._core.client import SyncClientBase
from b24client._core.phpquery import parse
from b24client._core.writes import CallMany

from .conftest import WEBHOOK


class Portal:
    """Answers every batch command with its ``n``; records each request's ``n``s."""

    def __init__(self) -> None:
        self.sent: list[list[int]] = []
        self.fail_next = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        commands = json.loads(request.content)["cmd"]
        numbers = [
            int(parse(text.partition("?")[2])["n"]) for text in commands.values()
        ]
        self.sent.append(numbers)
        if self.fail_next:
            self.fail_next = False
            return httpx.Response(500, json={"error": "INTERNAL_SERVER_ERROR"})
        results = {cid: n for cid, n in zip(commands, numbers, strict=True)}
        return httpx.Response(200, json={"result": {"result": results}, "time": {}})


@pytest.fixture
def portal() -> Portal:
    return Portal()


@pytest.fixture
def client(portal: Portal) -> Any:
    with SyncClientBase(
        WEBHOOK, transport=httpx.MockTransport(portal), rate_limit=None
    ) as running:
        yield running


def job(client: Any, sets: list[dict[str, Any]], **options: Any) -> CallMany:
    return CallMany(client, "test.record.update", sets, **options)  # results: any


def plans(job: CallMany) -> list[Any]:
    """Every plan that may go now."""
    found: list[Any] = []
    while len(found) < job.concurrency and (plan := job.next_plan()) is not None:
        found.append(plan)
    return found


def one_round(client: Any, calls: CallMany, batches: int) -> None:
    """Every batch goes at once (``batches`` of them), and nothing after."""
    first = plans(calls)
    assert len(first) == batches
    for plan in first:
        calls.accept(client._run(plan))
    assert plans(calls) == []


def test_a_keys_items_go_together_and_batches_stay_full(
    client: Any, portal: Portal
) -> None:
    sets = [{"id": k, "n": k} for k in range(50)]  # 50 deals
    sets += [{"id": k, "n": 50 + k} for k in range(10)]  # deals 0..9 again
    sets += [{"n": 60 + k} for k in range(20)]  # no key
    calls = job(client, sets)
    one_round(client, calls, 2)  # a deal's items ride in one batch: none waits
    pairs = [n for k in range(10) for n in (k, 50 + k)]
    assert portal.sent == [
        pairs + list(range(10, 40)),
        list(range(40, 50)) + list(range(60, 80)),
    ]
    assert [r.result for r in calls.results] == list(range(80))


def test_a_key_too_large_for_the_room_left_waits_for_the_next_batch(
    client: Any, portal: Portal
) -> None:
    # 200 deals updated 3 times each, 200 items apart (bench 4c): 16 deals
    # fill a batch to 48, and no deal is split across two batches
    sets = [{"id": k % 200, "n": k} for k in range(600)]
    calls = job(client, sets)
    one_round(client, calls, 13)
    for sent in portal.sent:
        deals = [n % 200 for n in sent]
        assert all(deals.count(deal) == 3 for deal in deals)
        for deal in set(deals):
            assert [n for n in sent if n % 200 == deal] == [
                deal,
                deal + 200,
                deal + 400,
            ]
    assert [len(sent) for sent in portal.sent] == [48] * 12 + [24]
    assert [r.result for r in calls.results] == list(range(600))


def test_a_short_batch_waits_only_for_items_an_answer_frees(
    client: Any, portal: Portal
) -> None:
    sets = [{"id": 1, "n": k} for k in range(60)]  # one deal: 50, then 10
    sets += [{"n": 60 + k} for k in range(20)]  # no key
    calls = job(client, sets)
    first = plans(calls)
    # the 20 free items would make a short batch while deal 1's 10 wait
    assert len(first) == 1
    calls.accept(client._run(first[0]))
    second = plans(calls)
    assert len(second) == 1
    calls.accept(client._run(second[0]))
    assert portal.sent == [list(range(50)), list(range(50, 80))]


def test_one_key_shares_a_batch_in_order_and_waits_across_batches(
    client: Any, portal: Portal
) -> None:
    sets = [{"ID": "7" if k % 2 else 7, "n": k} for k in range(120)]
    sets += [{"id": 8, "n": 120 + k} for k in range(3)]
    calls = job(client, sets)
    first = plans(calls)
    # the first 50 of deal 7, then deal 8 (free) rather than a short wait
    assert len(first) == 1
    calls.accept(client._run(first[0]))
    while batch := plans(calls):
        assert len(batch) == 1  # deal 7 is always in flight: one at a time
        calls.accept(client._run(batch[0]))
    assert portal.sent[0] == list(range(50))
    assert sorted(n for sent in portal.sent for n in sent) == list(range(123))
    sevens = [n for sent in portal.sent for n in sent if n < 120]
    assert sevens == list(range(120))


def test_independent_batches_go_together_up_to_the_concurrency(
    client: Any, portal: Portal
) -> None:
    sets = [{"id": k, "n": k} for k in range(500)]
    calls = job(client, sets, concurrency=4)
    first = plans(calls)
    assert len(first) == 4
    for plan in first:
        calls.accept(client._run(plan))
    assert portal.sent == [list(range(k, k + 50)) for k in range(0, 200, 50)]


@pytest.mark.parametrize(
    "key",
    ["ref", "REF", lambda params: params["ref"]["deal"] if "ref" in params else None],
)
def test_a_callers_key(client: Any, portal: Portal, key: Any) -> None:
    def ref(k: int) -> Any:
        return {"deal": k % 3} if callable(key) else k % 3

    sets = [{"Ref": ref(k), "ref": ref(k), "id": k, "n": k} for k in range(300)]
    calls = job(client, sets, key=key, concurrency=8)
    # three records of 100 items each: one batch of each at a time
    while batch := plans(calls):
        assert len(batch) == 3
        for plan in batch:
            calls.accept(client._run(plan))
    assert len(portal.sent) == 6
    for record in range(3):
        mine = [n for sent in portal.sent for n in sent if n % 3 == record]
        assert mine == list(range(record, 300, 3))
    assert all(len({n % 3 for n in sent}) == 1 for sent in portal.sent)


def test_no_key_and_ordered(client: Any, portal: Portal) -> None:
    same = [{"id": 1, "n": k} for k in range(150)]
    free = job(client, same, key=None, concurrency=8)
    assert len(plans(free)) == 3  # nothing ties the items together
    strict = job(client, [{"id": k, "n": k} for k in range(150)], ordered=True)
    assert strict.concurrency == 1
    for expected in (0, 50, 100):
        batch = plans(strict)
        assert len(batch) == 1
        strict.accept(client._run(batch[0]))
        assert portal.sent[-1] == list(range(expected, expected + 50))
    assert plans(strict) == []


def test_a_failed_request_stops_the_planning(client: Any, portal: Portal) -> None:
    calls = job(client, [{"id": k, "n": k} for k in range(300)], concurrency=2)
    first, second = plans(calls)
    portal.fail_next = True
    failed = client._run(first)
    calls.accept(failed)
    assert calls.next_plan() is None  # nothing more after a failure
    calls.accept(client._run(second))  # the one in flight is still settled
    statuses = [r.status for r in calls.results]
    assert statuses == ["unknown"] * 50 + ["ok"] * 50 + ["not_run"] * 200
    assert isinstance(calls.results[0].error, ServerError)
    assert "earlier request" in str(calls.results[100].error)
    assert len(portal.sent) == 2


def test_bad_keys_and_options_fail_before_sending(client: Any, portal: Portal) -> None:
    with pytest.raises(ValueError, match="ordered=True"):
        job(client, [{}], ordered=True, concurrency=3)
    with pytest.raises(ValueError, match="key must be"):
        job(client, [{}], key=" ")
    with pytest.raises(TypeError, match="parameter set 0 .*cannot be hashed"):
        job(client, [{"n": 0}, {"n": 1}], key=lambda params: [params["n"]])
    with pytest.raises(ValueError, match="concurrency"):
        job(client, [{}], concurrency=0)
    assert portal.sent == []
