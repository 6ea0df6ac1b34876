"""One measured client run per process (benchmarks only; run.py drives these).

``python tests/bench/bench_clients.py TASK LIBRARY WEBHOOK_URL [N]`` runs one
task with one library against a portal started by ``bench_portal.py`` and
prints one JSON line: wall seconds, rows or results seen, and the peak RSS the
task added to this process (``ru_maxrss`` after the task minus after imports
and client construction). Tasks:

- ``calls``: N sequential ``crm.deal.contact.items.delete(id=1)`` calls
  (after 50 unmeasured warm-up calls).
- ``read``: every deal of ``crm.deal.list``; rows are counted and their IDs
  checked (N expected, each once), not kept, unless the library's API
  returns a list.
- ``write``: N ``crm.deal.add`` calls through the library's batching;
  ``update``: N ``crm.deal.update`` calls, three per deal (see :func:`writes`).
- ``raw-read`` / ``raw-write``: the same requests, one after another, from a
  trivial client: with library ``httpx`` it decodes nothing (the portal's own
  time for the job), with ``httpx-json`` it decodes each answer with
  ``json.loads`` (what decoding adds: printed beside the floor).

Libraries: ``httpx`` / ``httpx-async`` (raw posts: the floor; for ``read``,
``httpx-async`` is the thinnest whole read, see :func:`httpx_read`), ``b24client`` /
``b24client-async`` (``-offset`` / ``-keyset`` pick the read strategy,
``-cN`` the concurrency, ``-ordered`` call_many's ``ordered=True``,
``-aiohttp`` the aiohttp transport, ``-warm`` one unmeasured
``crm.deal.fields`` call first, as in a process that has made a call before;
any library's ``-cold`` counts its import and client construction in the wall
time, as a new process that does only this job would;
``-speed`` is run.py's: the only rows
whose process may decode with msgspec),
``b24pysdk``, ``fast_bitrix24`` / ``fast_bitrix24-async``. The client-side
rate limit is off unless ``BENCH_LIMITS=1`` (then each library keeps its own
documented defaults for the standard plan: 2 requests/s, burst 50).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import resource
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

LIMITS = os.environ.get("BENCH_LIMITS") == "1"
DELETE = "crm.deal.contact.items.delete"
WARMUP = 50


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Checker:
    """Counts rows and checks that IDs 1..expected each came exactly once."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.seen = bytearray(expected + 1)
        self.count = 0

    def add(self, row: Any) -> None:
        index = int(row["ID"])
        if not 0 < index <= self.expected or self.seen[index]:
            raise SystemExit(f"row {index} is unexpected or repeated")
        self.seen[index] = 1
        self.count += 1

    def done(self) -> int:
        if self.count != self.expected:
            raise SystemExit(f"expected {self.expected} rows, got {self.count}")
        return self.count


def writes(task: str, n: int) -> tuple[str, list[dict[str, Any]]]:
    """The method and items of a write task: ``write`` adds N deals;
    ``update`` updates deals 1..N/3 three times each, a record's items N/3
    apart (batches cut in input order hold one update of each); TITLE is
    ``Bench <input position>``."""
    if task == "update":
        deals = max(1, n // 3)
        return "crm.deal.update", [
            {"id": i % deals + 1, "fields": {"TITLE": f"Bench {i}"}} for i in range(n)
        ]
    return "crm.deal.add", [{"fields": {"TITLE": f"Bench {i}"}} for i in range(n)]


# --- raw httpx: the floor ----------------------------------------------------------


def httpx_calls(url: str, n: int, asynchronous: bool) -> Callable[[], Any]:
    import httpx

    headers = {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "User-Agent": "bench",
    }
    body = json.dumps({"id": 1}, separators=(",", ":")).encode()
    target = url + DELETE
    if not asynchronous:
        client = httpx.Client(timeout=30.0)

        def run_sync() -> Any:
            for _ in range(WARMUP):
                client.post(target, content=body, headers=headers).json()
            started = time.perf_counter()
            for _ in range(n):
                client.post(target, content=body, headers=headers).json()
            return time.perf_counter() - started

        return run_sync

    async def main() -> float:
        async with httpx.AsyncClient(timeout=30.0) as aclient:
            for _ in range(WARMUP):
                (await aclient.post(target, content=body, headers=headers)).json()
            started = time.perf_counter()
            for _ in range(n):
                (await aclient.post(target, content=body, headers=headers)).json()
            return time.perf_counter() - started

    return lambda: asyncio.run(main())


def httpx_read(url: str, n: int) -> Callable[[], Any]:
    """The thinnest whole read: the first page (for the total), then every
    offset batch at once on one ``httpx.AsyncClient``; each answer decoded
    with ``json.loads`` and its rows checked as they land."""
    import httpx

    page = "crm.deal.list?order[ID]=ASC&start={}"

    async def main() -> Any:
        started = time.perf_counter()
        check = Checker(n)
        async with httpx.AsyncClient(timeout=60.0) as client:
            answer = await client.post(
                url + "crm.deal.list", json={"order": {"ID": "ASC"}}
            )
            first = json.loads(answer.content)
            for row in first["result"]:
                check.add(row)

            async def batch(starts: list[int]) -> None:
                cmd = {f"c{k}": page.format(start) for k, start in enumerate(starts)}
                answer = await client.post(url + "batch", json={"halt": 1, "cmd": cmd})
                pages = json.loads(answer.content)["result"]["result"]
                for k in range(len(starts)):
                    for row in pages[f"c{k}"]:
                        check.add(row)

            starts = list(range(50, int(first["total"]), 50))
            await asyncio.gather(
                *(batch(starts[i : i + 50]) for i in range(0, len(starts), 50))
            )
        return time.perf_counter() - started, check.done()

    return lambda: asyncio.run(main())


def raw_read(url: str, n: int, decode: bool) -> Callable[[], Any]:
    """The read's requests (offset batches) from a trivial client."""
    import httpx

    client = httpx.Client(timeout=60.0)
    page = "crm.deal.list?order[ID]=ASC&start={}"
    done = json.loads if decode else len

    def run() -> Any:
        started = time.perf_counter()
        done(client.post(url + "crm.deal.list", json={"order": {"ID": "ASC"}}).read())
        starts = list(range(50, n, 50))
        for first in range(0, len(starts), 50):
            chunk = starts[first : first + 50]
            cmd = {f"c{k}": page.format(start) for k, start in enumerate(chunk)}
            done(client.post(url + "batch", json={"halt": 1, "cmd": cmd}).read())
        return time.perf_counter() - started, n

    return run


def raw_write(url: str, n: int, decode: bool) -> Callable[[], Any]:
    """The write's batches from a trivial client."""
    import httpx

    client = httpx.Client(timeout=60.0)
    texts = [f"crm.deal.add?fields[TITLE]=Bench%20{i}" for i in range(n)]
    done = json.loads if decode else len

    def run() -> Any:
        started = time.perf_counter()
        for first in range(0, n, 50):
            cmd = {f"c{k}": text for k, text in enumerate(texts[first : first + 50])}
            done(client.post(url + "batch", json={"halt": 0, "cmd": cmd}).read())
        return time.perf_counter() - started, n

    return run


# --- b24client ------------------------------------------------------------------------


def b24client_task(task: str, url: str, n: int, variant: str) -> Callable[[], Any]:
    from b24client import AsyncBitrix24, Bitrix24

    asynchronous = "async" in variant
    found = re.search(r"-(offset|keyset|ranges)", variant)
    strategy = found.group(1) if found else "auto"
    found = re.search(r"-c(\d+)", variant)
    concurrency = int(found.group(1)) if found else None
    more: dict[str, Any] = {} if concurrency is None else {"concurrency": concurrency}
    if variant.endswith("-ordered"):
        more["ordered"] = True
    warm = variant.endswith("-warm")
    method, items = writes(task, n) if task in ("write", "update") else ("", [])
    options: dict[str, Any] = {} if LIMITS else {"rate_limit": None}

    def do_sync(b24: Bitrix24) -> Any:
        if task == "calls":
            for _ in range(WARMUP):
                b24.crm.deal.contact.items.delete(id=1)
            started = time.perf_counter()
            for _ in range(n):
                b24.crm.deal.contact.items.delete(id=1)
            return time.perf_counter() - started, n
        if warm:
            b24.call("crm.deal.fields")
        started = time.perf_counter()
        if task == "read":
            check = Checker(n)
            for row in b24.read_all("crm.deal.list", strategy=strategy, **more):
                check.add(row)
            return time.perf_counter() - started, check.done()
        results = b24.call_many(method, items, **more)
        return time.perf_counter() - started, sum(r.ok for r in results)

    async def do_async(b24: AsyncBitrix24) -> Any:
        if task == "calls":
            for _ in range(WARMUP):
                await b24.crm.deal.contact.items.delete(id=1)
            started = time.perf_counter()
            for _ in range(n):
                await b24.crm.deal.contact.items.delete(id=1)
            return time.perf_counter() - started, n
        if warm:
            await b24.call("crm.deal.fields")
        started = time.perf_counter()
        if task == "read":
            check = Checker(n)
            async for row in b24.read_all("crm.deal.list", strategy=strategy, **more):
                check.add(row)
            return time.perf_counter() - started, check.done()
        results = await b24.call_many(method, items, **more)
        return time.perf_counter() - started, sum(r.ok for r in results)

    if not asynchronous:
        client = Bitrix24(url, **options)
        return lambda: do_sync(client)

    async def main() -> Any:
        if "-aiohttp" in variant:
            from b24client.aiohttp import DefaultAioHttpClient

            options["http_client"] = DefaultAioHttpClient()
        async with AsyncBitrix24(url, **options) as b24:
            return await do_async(b24)

    return lambda: asyncio.run(main())


# --- b24pysdk -------------------------------------------------------------------------


def b24pysdk_task(task: str, url: str, n: int) -> Callable[[], Any]:
    import importlib

    from b24pysdk import BitrixWebhook, Client

    # b24pysdk always builds https:// URLs; the loopback portal speaks http.
    caller = importlib.import_module("b24pysdk.api.callers.call_method")._MethodCaller
    caller._base_url = property(lambda self: f"http://{self._domain}/rest")
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]  # rest, user, code
    token = BitrixWebhook(
        domain=parts.netloc, webhook_token=f"{segments[1]}/{segments[2]}"
    )
    client = Client(token)

    def run() -> Any:
        if task == "calls":
            for _ in range(WARMUP):
                client.crm.deal.contact.items.delete(bitrix_id=1).result
            started = time.perf_counter()
            for _ in range(n):
                client.crm.deal.contact.items.delete(bitrix_id=1).result
            return time.perf_counter() - started, n
        started = time.perf_counter()
        if task == "read":
            check = Checker(n)
            for row in token.call_list_fast("crm.deal.list")["result"]:
                check.add(row)
            return time.perf_counter() - started, check.done()
        methods = [
            ("crm.deal.add", {"fields": {"TITLE": f"Bench {i}"}}) for i in range(n)
        ]
        response = token.call_batches(methods)
        results = response["result"]["result"]
        return time.perf_counter() - started, len(results)

    return run


# --- fast_bitrix24 -------------------------------------------------------------------


def fast_task(task: str, url: str, n: int, asynchronous: bool) -> Callable[[], Any]:
    import logging

    from fast_bitrix24 import Bitrix, BitrixAsync

    logging.getLogger("fast_bitrix24").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")
    options: dict[str, Any] = {"verbose": False}
    if not LIMITS:  # its own throttle off (respect_velocity_policy=False breaks calls)
        options.update(request_pool_size=1_000_000, requests_per_second=1e9)
    method, items = writes(task, n) if task in ("write", "update") else ("", [])
    if not asynchronous:
        b = Bitrix(url, **options)

        def run_sync() -> Any:
            if task == "calls":
                for _ in range(WARMUP):
                    b.call(DELETE, {"id": 1}, raw=True)
                started = time.perf_counter()
                for _ in range(n):
                    b.call(DELETE, {"id": 1}, raw=True)
                return time.perf_counter() - started, n
            started = time.perf_counter()
            if task == "read":
                check = Checker(n)
                for row in b.get_all("crm.deal.list"):
                    check.add(row)
                return time.perf_counter() - started, check.done()
            results = b.call(method, items)
            return time.perf_counter() - started, len(results)

        return run_sync

    async def main() -> Any:
        import aiohttp

        async with aiohttp.ClientSession(raise_for_status=True) as session:
            b = BitrixAsync(url, client=session, **options)
            if task == "calls":
                for _ in range(WARMUP):
                    await b.call(DELETE, {"id": 1}, raw=True)
                started = time.perf_counter()
                for _ in range(n):
                    await b.call(DELETE, {"id": 1}, raw=True)
                return time.perf_counter() - started, n
            started = time.perf_counter()
            if task == "read":
                check = Checker(n)
                for row in await b.get_all("crm.deal.list"):
                    check.add(row)
                return time.perf_counter() - started, check.done()
            results = await b.call(method, items)
            return time.perf_counter() - started, len(results)

    return lambda: asyncio.run(main())


def main(argv: list[str]) -> int:
    task, library, url = argv[0], argv[1], argv[2]
    n = int(argv[3]) if len(argv) > 3 else 0
    cold = library.endswith("-cold")  # the wall time counts the import and client too
    library = library.removesuffix("-cold")
    begun = time.perf_counter()
    if task.startswith("raw-"):
        raw = raw_read if task == "raw-read" else raw_write
        job = raw(url, n, decode=library == "httpx-json")
        before = rss_mb()
        wall, count = job()
    elif library == "httpx-async" and task == "read":
        job = httpx_read(url, n)
        before = rss_mb()
        wall, count = job()
    elif library.startswith("httpx"):
        runner = httpx_calls(url, n, library.endswith("async"))
        before = rss_mb()
        wall = runner()
        count = n
    else:
        if library.startswith("b24client"):
            job = b24client_task(task, url, n, library)
        elif library == "b24pysdk":
            job = b24pysdk_task(task, url, n)
        elif library.startswith("fast_bitrix24"):
            job = fast_task(task, url, n, library.endswith("async"))
        else:
            raise SystemExit(f"unknown library {library!r}")
        before = rss_mb()
        wall, count = job()
    if cold:
        wall = time.perf_counter() - begun
    print(
        json.dumps({"wall": wall, "count": count, "extra_mb": rss_mb() - before}),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
