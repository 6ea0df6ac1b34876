"""ReadAhead, the read's in-flight count and byte budget: fed events, no I/O."""

from __future__ import annotations

import pytest

from b24client._core.readahead import COST_GUESS, LEAST, MARGIN, Answer, ReadAhead

ROWS = 2_500  # a batch of 50 pages
ROW = 1_000  # bytes per row
FULL = ROWS * ROW  # a full answer's bytes


def answer(
    size: int = FULL,
    rows: int = ROWS,
    *,
    trip: float = 0.5,
    decode: float = 0.0,
    throttled: bool = False,
) -> Answer:
    return Answer(size, rows, trip, decode, throttled)


def adaptive(budget: int | None = 10**12) -> ReadAhead:
    return ReadAhead(fixed=None, budget=budget, rows_per_request=ROWS)


def fill(pace: ReadAhead, now: float = 0.0) -> int:
    """Plan requests while there is room, as the clients' loops do."""
    count = 0
    while pace.room():
        pace.sent(now)
        count += 1
    return count


def test_fixed_keeps_its_count_whatever_happens() -> None:
    pace = ReadAhead(fixed=3, budget=None, rows_per_request=ROWS)
    assert fill(pace) == 3 and pace.target == 3
    pace.taken(answer(trip=5.0), now=1.0)  # a far portal: no growth
    assert fill(pace, 1.0) == 1 and pace.target == 3
    pace.handed(now=100.0)  # a slow consumer: no shrinking
    pace.taken(answer(trip=0.001, throttled=True), now=100.0)
    assert pace.target == 3 and pace.in_flight == 2


def test_starts_with_one_request_then_as_many_as_hide_the_round_trip() -> None:
    pace = adaptive()
    assert pace.target == LEAST
    pace.sent(0.0)  # the first page, alone: nothing is known yet
    pace.taken(answer(size=50 * ROW, rows=50, trip=0.51), now=0.51)
    per_answer = COST_GUESS * ROW * ROWS  # 25 ms before anything is measured
    assert pace.target == round(0.51 / per_answer) == 20
    assert fill(pace, 0.51) == 20


def test_a_near_portal_keeps_two_in_flight() -> None:
    pace = adaptive()
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50, trip=0.004), now=0.004)
    assert pace.target == LEAST


def test_the_least_round_trip_counts_not_the_queueing() -> None:
    pace = adaptive()
    fill(pace)
    pace.taken(answer(trip=0.1), now=1.0)
    pace.handed(now=1.03)  # 30 ms per full answer: need round(0.1 / 0.03)
    pace.taken(answer(trip=2.0), now=2.0)  # queued behind others: not latency
    assert pace.target == 3


def test_a_slow_consumer_brings_the_count_down() -> None:
    pace = adaptive()
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50, trip=0.51), now=0.5)
    assert pace.target == 20
    fill(pace, 0.5)
    pace.handed(now=0.6)  # the first page: too small a sample, cost not learnt
    pace.taken(answer(), now=1.0)
    assert pace.target == 20  # the least round trip, now 0.5 s, over 25 ms
    pace.handed(now=3.0)  # 2 s for one answer's rows: the consumer is the bottleneck
    pace.taken(answer(), now=3.0)
    assert pace.target == LEAST
    assert not pace.room()  # 19 still in flight: nothing more until they drain


def test_decoding_counts_as_the_consumer_side() -> None:
    pace = adaptive()
    fill(pace)
    pace.taken(answer(trip=0.5, decode=0.2), now=1.0)
    pace.handed(now=1.1)  # 0.3 s per answer
    pace.taken(answer(trip=0.5, decode=0.05), now=2.0)
    assert pace.target == 2  # round(0.5 / 0.3)
    pace.handed(now=2.0)  # 0.3 s, then 0.05 s (decoding): 0.175 s on average
    pace.sent(2.0)
    pace.taken(answer(trip=0.5), now=3.0)
    assert pace.target == 3  # round(0.5 / 0.175)


def test_answers_held_back_by_the_rate_limit_lower_the_count() -> None:
    pace = adaptive()
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50, trip=0.51), now=0.5)
    assert pace.target == 20
    fill(pace, 0.5)
    targets = []
    for step in range(30):
        pace.taken(answer(throttled=True), now=1.0 + step)
        targets.append(pace.target)
        pace.handed(now=1.0 + step)
        fill(pace, 1.0 + step)
    assert targets[:3] == [19, 18, 17] and targets[-1] == LEAST
    assert min(targets) == LEAST  # never below
    pace.taken(answer(), now=40.0)  # the bucket let one through at once:
    assert pace.target == LEAST + 1  # grows back one answer at a time
    pace.handed(now=40.0)
    pace.taken(answer(), now=41.0)
    assert pace.target == LEAST + 2


def test_the_budget_bounds_the_bytes_held() -> None:
    budget = 3 * FULL
    pace = adaptive(budget)
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50), now=0.5)
    estimate = pace.estimate()
    assert estimate == round(ROW * ROWS * MARGIN)
    assert fill(pace, 0.5) == 2  # the first page held, and 2 estimates fit
    assert pace.held == 50 * ROW + 2 * estimate <= budget
    pace.handed(now=0.6)
    assert fill(pace, 0.6) == 0  # a third estimate would not fit
    pace.taken(answer(), now=1.0)
    assert pace.held == FULL + estimate <= budget
    assert fill(pace, 1.0) == 0
    pace.handed(now=1.1)
    assert fill(pace, 1.1) == 1 and pace.held == 2 * estimate
    for _ in range(2):
        pace.taken(answer(), now=2.0)
        pace.handed(now=2.0)
    assert pace.held == 0 and pace.in_flight == 0


def test_a_read_always_makes_progress_within_a_tiny_budget() -> None:
    pace = adaptive(budget=1)
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50, trip=0.5), now=0.5)
    assert not pace.room()  # its rows are held: nothing more
    pace.handed(now=0.5)
    assert fill(pace, 0.5) == 1  # nothing held: one request goes, alone
    pace.taken(answer(), now=1.0)
    assert not pace.room()
    pace.handed(now=1.0)
    assert fill(pace, 1.0) == 1


def test_no_budget_with_a_fixed_count() -> None:
    pace = ReadAhead(fixed=40, budget=None, rows_per_request=ROWS)
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50), now=0.5)
    assert fill(pace, 0.5) == 40


@pytest.mark.parametrize("most", [5, 50])
def test_never_more_than_most(most: int) -> None:
    pace = ReadAhead(fixed=None, budget=None, rows_per_request=ROWS, most=most)
    pace.sent(0.0)
    pace.taken(answer(size=50 * ROW, rows=50, trip=60.0), now=60.0)
    assert pace.target == most and fill(pace, 60.0) == most
