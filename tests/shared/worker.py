"""One worker process of the many-process scenarios (see ``harness.py``).

``python worker.py SPEC_JSON``: builds a client as the spec says (sync with
threads, or async with tasks; its rate limit, operating budget and token
store in Redis, SQLite or this process), prints ``ready``, waits for a line
on stdin, makes its calls, and prints one JSON line: calls that succeeded,
the errors (class names), when the first call started and the last ended
(Unix time), and the store version of the pair it ends with.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from typing import Any

from b24client import (
    AsyncBitrix24,
    Bitrix24,
    LeakyBucket,
    OAuth,
    RateLimit,
    RedisBucket,
    RedisOperatingBudget,
    RedisTokenStore,
    SQLiteTokenStore,
)


def redis_client(spec: dict[str, Any], asynchronous: bool) -> Any:
    import redis
    import redis.asyncio

    kind = redis.asyncio.Redis if asynchronous else redis.Redis
    return kind(host="127.0.0.1", port=spec["redis_port"])


def options(spec: dict[str, Any], asynchronous: bool) -> dict[str, Any]:
    chosen: dict[str, Any] = {
        "max_retries": spec.get("max_retries", 3),
        "backoff_base": 0.05,
        "backoff_max": 0.2,
    }
    if spec.get("bucket") in ("redis", "local"):
        limit = RateLimit(spec["rate"], spec["burst"])
        chosen["rate_limit"] = (
            RedisBucket(redis_client(spec, asynchronous), limit)
            if spec["bucket"] == "redis"
            else limit
        )
    else:
        chosen["rate_limit"] = None
    if spec.get("budget") == "redis":
        chosen["operating_budget"] = RedisOperatingBudget(
            redis_client(spec, asynchronous), spec["budget_limit"]
        )
    elif spec.get("budget") == "local":
        chosen["operating_budget"] = spec["budget_limit"]
    if spec.get("wait_on_operation_limit"):
        chosen["wait_on_operation_limit"] = spec["wait_on_operation_limit"]
    return chosen


def portal(spec: dict[str, Any], asynchronous: bool) -> Any:
    oauth = spec.get("oauth")
    if oauth is None:
        return spec["webhook_url"]
    if spec.get("store") == "redis":
        store: Any = RedisTokenStore(
            redis_client(spec, asynchronous), lock_ttl=spec["lock_ttl"]
        )
    else:
        store = SQLiteTokenStore(spec["sqlite"], lock_ttl=spec["lock_ttl"])
    return OAuth(
        client_id=oauth["client_id"],
        client_secret=oauth["client_secret"],
        client_endpoint=oauth["rest_url"],
        token_url=oauth["token_url"],
        member_id=oauth["member_id"],
        store=store,
    )


class Tally:
    def __init__(self) -> None:
        self.ok = 0
        self.errors: list[str] = []
        self.first = float("inf")
        self.last = 0.0
        self.lock = threading.Lock()

    def note(self, started: float, error: BaseException | None) -> None:
        ended = time.time()
        with self.lock:
            self.first = min(self.first, started)
            self.last = max(self.last, ended)
            if error is None:
                self.ok += 1
            else:
                self.errors.append(f"{type(error).__name__}: {error}")


def ready() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def run_sync(spec: dict[str, Any], tally: Tally) -> int:
    with Bitrix24(portal(spec, False), **options(spec, False)) as client:

        def work(calls: int, counted: Tally) -> None:
            for _ in range(calls):
                started = time.time()
                try:
                    client.call(spec["method"])
                    counted.note(started, None)
                except Exception as error:  # noqa: BLE001 - reported
                    counted.note(started, error)

        def run(calls: int, counted: Tally) -> None:
            threads = [
                threading.Thread(target=work, args=(calls, counted))
                for _ in range(spec["workers"])
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

        if spec.get("warm"):  # every thread's connection open, as in a worker
            run(1, Tally())
        ready()
        run(spec["calls"], tally)
        return held_version(client)


async def run_async(spec: dict[str, Any], tally: Tally) -> int:
    async with AsyncBitrix24(portal(spec, True), **options(spec, True)) as client:

        async def work(calls: int, counted: Tally) -> None:
            for _ in range(calls):
                started = time.time()
                try:
                    await client.call(spec["method"])
                    counted.note(started, None)
                except Exception as error:  # noqa: BLE001 - reported
                    counted.note(started, error)

        async def run(calls: int, counted: Tally) -> None:
            await asyncio.gather(
                *(work(calls, counted) for _ in range(spec["workers"]))
            )

        if spec.get("warm"):  # every task's connection open, as in a worker
            await run(1, Tally())
        await asyncio.to_thread(ready)
        await run(spec["calls"], tally)
        return held_version(client)


NEVER_WAITS = RateLimit(1e9, 10**9)


def overhead(spec: dict[str, Any]) -> dict[str, float]:
    """µs per call (in-process bucket, Redis bucket) and per bare reservation:
    the best of three interleaved rounds each (the least disturbed)."""
    asynchronous = spec["mode"] == "async"
    n = spec["calls"]
    buckets: dict[str, Any] = {
        "local": LeakyBucket(NEVER_WAITS),
        "redis": RedisBucket(redis_client(spec, asynchronous), NEVER_WAITS, key="x"),
    }
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, float("inf")), seconds / n * 1e6)

    async def rounds_async() -> None:
        for _ in range(3):
            for name, bucket in buckets.items():
                async with AsyncBitrix24(spec["webhook_url"], rate_limit=bucket) as c:
                    for _ in range(20):
                        await c.call("user.current")
                    started = time.perf_counter()
                    for _ in range(n):
                        await c.call("user.current")
                    keep(f"call_{name}", time.perf_counter() - started)
                started = time.perf_counter()
                for _ in range(n):
                    await bucket.areserve()
                keep(f"reserve_{name}", time.perf_counter() - started)

    if asynchronous:
        asyncio.run(rounds_async())
        return best
    for _ in range(3):
        for name, bucket in buckets.items():
            with Bitrix24(spec["webhook_url"], rate_limit=bucket) as client:
                for _ in range(20):
                    client.call("user.current")
                started = time.perf_counter()
                for _ in range(n):
                    client.call("user.current")
                keep(f"call_{name}", time.perf_counter() - started)
            started = time.perf_counter()
            for _ in range(n):
                bucket.reserve()
            keep(f"reserve_{name}", time.perf_counter() - started)
    return best


def held_version(client: Any) -> int:
    credentials = client.credentials
    return credentials.held()[0] if isinstance(credentials, OAuth) else 0


def main() -> int:
    spec = json.loads(sys.argv[1])
    if spec.get("task") == "overhead":
        ready()
        print(json.dumps(overhead(spec)), flush=True)
        return 0
    tally = Tally()
    if spec["mode"] == "async":
        version = asyncio.run(run_async(spec, tally))
    else:
        version = run_sync(spec, tally)
    print(
        json.dumps(
            {
                "ok": tally.ok,
                "errors": tally.errors,
                "first": tally.first if tally.ok or tally.errors else None,
                "last": tally.last,
                "version": version,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
