"""Load: thousands of calls against a portal enforcing its bucket, the client's
bucket set to match. Zero errors reach the caller, nothing is refused (or a
refused request is retried), every write happens exactly once; the
throughput against the configured rate is printed (not asserted: the
machine is shared and noisy)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from b24client import AsyncBitrix24, Bitrix24, RateLimit
from b24client.testing import FakePortal

RATE, BURST = 200.0, 20


def report(
    capsys: pytest.CaptureFixture[str],
    label: str,
    calls: int,
    seconds: float,
    portal: FakePortal,
) -> None:
    floor = max(0.0, (calls - BURST) / RATE)
    with capsys.disabled():
        print(
            f"\n[load] {label}: {calls} calls in {seconds:.2f}s = {calls / seconds:.0f}/s "
            f"({calls / seconds / RATE:.0%} of the configured {RATE:.0f}/s; floor {floor:.2f}s); "
            f"portal refused {portal.stats.refused}, writes {portal.stats.writes}"
        )


def titles(portal: FakePortal) -> list[str]:
    return [portal.store.get_deal(i)["TITLE"] for i in portal.store.deal_ids()]


def test_async_5000_calls_at_concurrency_100(
    capsys: pytest.CaptureFixture[str],
) -> None:
    workers, each = 100, 50
    with FakePortal(rate_limit=(RATE, BURST)) as portal:

        async def main() -> float:
            async with AsyncBitrix24(
                portal.webhook_url, rate_limit=RateLimit(RATE, BURST)
            ) as b24:

                async def worker(n: int) -> None:
                    for k in range(each):
                        await b24.crm.deal.add(fields={"TITLE": f"a{n}-{k}"})

                started = time.perf_counter()
                await asyncio.gather(*(worker(n) for n in range(workers)))
                return time.perf_counter() - started

        seconds = asyncio.run(main())
        report(capsys, "async, concurrency 100", workers * each, seconds, portal)
        made = titles(portal)
        assert sorted(made) == sorted(
            f"a{n}-{k}" for n in range(workers) for k in range(each)
        )
        assert portal.stats.writes == workers * each
        assert (
            portal.stats.requests_by_method["crm.deal.add"]
            == workers * each + portal.stats.refused
        )


def test_sync_2000_calls_from_8_threads(capsys: pytest.CaptureFixture[str]) -> None:
    threads, each = 8, 250
    failures: list[BaseException] = []
    with FakePortal(rate_limit=(RATE, BURST)) as portal:
        with Bitrix24(portal.webhook_url, rate_limit=RateLimit(RATE, BURST)) as b24:

            def worker(n: int) -> None:
                try:
                    for k in range(each):
                        b24.crm.deal.add(fields={"TITLE": f"s{n}-{k}"})
                except BaseException as exc:  # noqa: BLE001 - asserted below
                    failures.append(exc)

            pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
            started = time.perf_counter()
            for thread in pool:
                thread.start()
            for thread in pool:
                thread.join()
            seconds = time.perf_counter() - started
        report(capsys, "sync, 8 threads", threads * each, seconds, portal)
        assert failures == []
        made = titles(portal)
        assert sorted(made) == sorted(
            f"s{n}-{k}" for n in range(threads) for k in range(each)
        )
        assert portal.stats.writes == threads * each
        assert (
            portal.stats.requests_by_method["crm.deal.add"]
            == threads * each + portal.stats.refused
        )
