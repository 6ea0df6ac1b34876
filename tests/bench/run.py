"""``make bench``: b24client against fast-bitrix24 and b24pysdk, in one table.

Run with the benchmark venv (``.venv-bench``: this package plus the two
competitors, which never become dependencies):

    .venv-bench/bin/python tests/bench/run.py [--runs 5] [--quick]

Every figure is the median of ``--runs`` runs (20 processes for imports);
every ratio compares with a baseline measured in the same run. The fake portal
runs in its own process (``bench_portal.py``), each measured client run in a
fresh process (``bench_clients.py``), so a client's CPU time and memory are
its own and the HTTP request counts are the portal's.

1. Import: ``import X`` plus building a client, in a fresh interpreter,
   against ``import httpx`` (the floor: every library here needs an HTTP
   stack).
2. Per call: N sequential ``crm.deal.contact.items.delete(id=1)``, against
   raw ``httpx`` posts of the same request (JSON body, same headers, answer
   decoded); client-side rate limits off.
3. Bulk read of every deal: (a) limits off: wall time, HTTP requests, the
   peak memory the read added; (b) the portal enforcing 2 requests/s, burst
   50, and holding each answer ``--latency`` seconds: wall time against the
   floor, and the requests the portal refused; (c) the same with a table
   large enough (``--bound-deals``, 250,000) that the limit, not the round
   trips, sets the pace (a competitor slower than ``--skip-after`` seconds
   is skipped).
4. Bulk write: N ``crm.deal.add`` through each library's batching, the same
   two ways; (c) a small write (600) under the limit, which fits the burst,
   and 600 updates, three per deal (the portal's journal tells whether each
   deal's writes ran in input order).
5. Many processes, one portal (``bench_shared.py``): the rate limit, the
   token refresh and the operating budget shared through a real Redis, each
   beside the same run with per-process state; the Redis bucket's cost per
   call. Needs ``redis-server`` (``apt-get install redis-server``).

The b24client rows run without the optional extras (``B24CLIENT_JSON=json``,
httpx's transport) even where the bench venv has them; the rows marked
``[speed]`` (msgspec decoding) and ``[aiohttp]`` (``DefaultAioHttpClient``)
are the extras' own.

The floor under the limit is what the limit, the latency and the portal
itself allow at best: R requests (the fewest the job needs: 50 commands per
batch, a read's first page alone), the portal letting burst + 1 pass at once
and then one per 1/rate s, each answered after the latency L, any number in
flight. For a write ``L + max(0, R - burst - 1) / rate`` plus one batch's
share of the portal's time, or ``L`` plus all of it when that is more (a
job within the burst: every batch arrives at once); for a read
``2 L + max(0, R - burst - 1) / rate`` (its first answer must come back
before the batches can be planned) plus all of the portal's time for the
job (a single-threaded portal serves the batches one after another). The portal's time is measured, in the same run, with a
trivial client sending the same requests one after another, no limit and no
latency, answers not decoded. The floor leaves out the client's own work; to
show what that costs, the same client is timed decoding each answer with
``json.loads``, and the read under the limit has a reference row: the
thinnest whole read in Python (``httpx`` and ``json.loads``, every batch at
once).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PYTHON = sys.executable
PYCACHE = ROOT / "build" / "bench" / "pycache"
RATE, BURST = 2.0, 50
PAGE, COMMANDS = 50, 50

IMPORTS = {
    "httpx": "import httpx",
    "b24client": (
        "import b24client; "
        "b24client.Bitrix24('https://example.bitrix24.com/rest/1/abc123/')"
    ),
    "b24pysdk": (
        "import b24pysdk; b24pysdk.Client(b24pysdk.BitrixWebhook("
        "domain='example.bitrix24.com', webhook_token='1/abc123'))"
    ),
    "fast_bitrix24": (
        "import fast_bitrix24; "
        "fast_bitrix24.Bitrix('https://example.bitrix24.com/rest/1/abc123/')"
    ),
}
DISTRIBUTIONS = {
    "b24client": "b24client",
    "b24pysdk": "b24pysdk",
    "fast_bitrix24": "fast-bitrix24",
    "httpx": "httpx",
    "aiohttp": "aiohttp",
    "requests": "requests",
    "msgspec": "msgspec",
    "httpx_aiohttp": "httpx-aiohttp",
}


def version(name: str) -> str | None:
    try:
        return metadata.version(DISTRIBUTIONS.get(name, name))
    except metadata.PackageNotFoundError:
        return None


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


class Portal:
    """``bench_portal.py`` in its own process, steered over its stdin."""

    def __init__(self, deals: int) -> None:
        self.process = subprocess.Popen(
            [PYTHON, str(HERE / "bench_portal.py"), "--deals", str(deals)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        hello = json.loads(self.process.stdout.readline())
        self.url: str = hello["url"]

    def command(self, text: str) -> dict[str, Any]:
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(text + "\n")
        process.stdin.flush()
        answer: dict[str, Any] = json.loads(process.stdout.readline())
        return answer

    def close(self) -> None:
        try:
            self.command("quit")
        finally:
            self.process.wait(timeout=30)

    def __enter__(self) -> Portal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass
class Result:
    """The runs of one library in one benchmark."""

    label: str
    walls: list[float] = field(default_factory=list)
    requests: list[int] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)
    extra_mb: list[float] = field(default_factory=list)
    out_of_order: list[int] = field(default_factory=list)
    busy: list[float] = field(default_factory=list)
    failure: str | None = None

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)


def run_client(
    portal: Portal,
    task: str,
    library: str,
    n: int,
    *,
    limits: bool,
    timeout: float = 900,
) -> tuple[dict[str, Any] | None, dict[str, Any], str]:
    """One measured run in a fresh process: its report (None if it failed),
    the portal's counters and, on failure, the last line the client printed."""
    portal.command("reset")
    env = dict(os.environ, BENCH_LIMITS="1" if limits else "0")
    if "-speed" not in library:  # the plain install's decoder, extras or not
        env["B24CLIENT_JSON"] = "json"
    try:
        done = subprocess.run(
            [PYTHON, str(HERE / "bench_clients.py"), task, library, portal.url, str(n)],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, portal.command("stats"), f"timed out after {timeout:g} s"
    stats = portal.command("stats")
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, stats, tail
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report, stats, ""


def measure(
    portal: Portal,
    task: str,
    libraries: dict[str, str],
    n: int,
    runs: int,
    *,
    limits: bool,
    expect: int,
    skip_after: dict[str, float] | None = None,
) -> dict[str, Result]:
    """Each library ``runs`` times, interleaved (noise spreads evenly); one
    that takes longer than its ``skip_after`` seconds is skipped."""
    results = {name: Result(label) for name, label in libraries.items()}
    for _ in range(runs):
        for name, result in results.items():
            if result.failure is not None:
                continue
            limit = (skip_after or {}).get(name)
            report, stats, error = run_client(
                portal, task, name, n, limits=limits, timeout=limit or 900
            )
            result.requests.append(stats["requests"])
            result.refused.append(stats["refused"])
            result.out_of_order.append(stats.get("out_of_order", 0))
            result.busy.append(stats.get("busy", 0.0))
            if report is None:
                if limit is not None and error.startswith("timed out"):
                    result.failure = f"skipped: took over {limit:g} s"
                else:
                    result.failure = f"failed: {error}"
                continue
            if report["count"] != expect:
                result.failure = f"got {report['count']} results, expected {expect}"
                continue
            result.walls.append(report["wall"])
            result.extra_mb.append(report["extra_mb"])
    return results


def busy_note(result: Result) -> str:
    """The portal's own serving time in a library's runs (median): where it
    is most of the wall time, the portal, not the client, sets the pace."""
    if not result.busy:
        return ""
    return f"portal busy {statistics.median(result.busy):.2f} s"


def prepare_environment() -> None:
    """Measured processes import from compiled bytecode, as installed code does.

    With PYTHONDONTWRITEBYTECODE set, every run would compile b24client (an
    editable install) from source while the competitors load the bytecode pip
    wrote; so bytecode is kept, under build/bench/pycache (not in the tree),
    and one warm-up process compiles everything first.
    """
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(PYCACHE))
    modules = [
        "httpx",
        "b24client",
        "b24client.testing",
        "b24client._api.crm.deal",
        "b24client._catalog",
        "fast_bitrix24",
        "b24pysdk",
        "aiohttp",
        "concurrent.futures",
        "msgspec.json",
        "b24client.aiohttp",
    ]
    for module in modules:
        subprocess.run([PYTHON, "-c", f"import {module}"], capture_output=True)
    for script in ("bench_portal.py", "bench_clients.py"):
        subprocess.run(
            [
                PYTHON,
                "-c",
                f"import py_compile; py_compile.compile({str(HERE / script)!r})",
            ],
            capture_output=True,
        )


def import_times(runs: int) -> dict[str, Result]:
    results = {name: Result(name) for name in IMPORTS}
    for _ in range(runs):
        for name, code in IMPORTS.items():
            if results[name].failure is not None:
                continue
            script = (
                "import time; t = time.perf_counter(); "
                f"{code}; print(time.perf_counter() - t)"
            )
            done = subprocess.run(
                [PYTHON, "-c", script], capture_output=True, text=True, timeout=60
            )
            if done.returncode != 0:
                results[name].failure = "not installed"
                continue
            results[name].walls.append(float(done.stdout.strip()))
    return results


# --- the table ------------------------------------------------------------------------


@dataclass
class Row:
    section: str
    library: str
    figure: str
    ratio: str = ""
    requests: str = ""
    refused: str = ""
    memory: str = ""
    note: str = ""


def order_note(result: Result) -> str:
    """Whether the portal ran every record's writes in input order (its journal)."""
    if not result.out_of_order:
        return ""
    worst = max(result.out_of_order)
    return "order kept" if worst == 0 else f"{worst} deals' writes out of order"


def median_int(values: list[int]) -> str:
    if not values:
        return ""
    low, high = min(values), max(values)
    middle = int(statistics.median(values))
    return str(middle) if low == high else f"{middle} ({low}-{high})"


def rows_for(
    section: str,
    results: dict[str, Result],
    *,
    unit: str,
    scale: float,
    baseline: str | None = None,
    faster_than: str | None = None,
    floor: float | None = None,
    notes: dict[str, str] | None = None,
    memory: bool = False,
) -> list[Row]:
    rows = []
    base = results.get(baseline) if baseline else None
    fast = results.get(faster_than) if faster_than else None
    for name, result in results.items():
        note = (notes or {}).get(name, "")
        if result.failure is not None or not result.walls:
            rows.append(
                Row(
                    section,
                    result.label,
                    (
                        "skipped"
                        if (result.failure or "").startswith("skip")
                        else "failed"
                    ),
                    requests=median_int(result.requests),
                    refused=median_int(result.refused),
                    note=result.failure or "",
                )
            )
            continue
        value = result.wall * scale
        figure = f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.2f} {unit}"
        ratio = ""
        if floor is not None:
            ratio = f"{result.wall / floor:.2f}x floor"
        elif base is not None and base.walls and name != baseline:
            ratio = f"{result.wall / base.wall:.2f}x {base.label}"
        elif fast is not None and fast.walls and name != faster_than:
            speed = fast.wall / result.wall
            ratio = (
                f"{speed:.2f}x faster than {fast.label}"
                if speed >= 1
                else f"{1 / speed:.2f}x slower than {fast.label}"
            )
        rows.append(
            Row(
                section,
                result.label,
                figure,
                ratio,
                median_int(result.requests),
                median_int(result.refused) if floor is not None else "",
                f"{statistics.median(result.extra_mb):,.1f}" if memory else "",
                note,
            )
        )
    return rows


def print_table(rows: list[Row]) -> None:
    header = Row(
        "benchmark",
        "library",
        "median",
        "comparison",
        "HTTP req",
        "refused",
        "+peak MB",
        "note",
    )
    table = [header] + rows
    columns = list(vars(header))
    widths = {c: max(len(str(getattr(r, c))) for r in table) for c in columns}
    widths["note"] = 1

    def line(row: Row) -> str:
        cells = [str(getattr(row, c)).ljust(widths[c]) for c in columns]
        return "| " + " | ".join(cells).rstrip() + " |"

    print(line(header))
    print("|" + "|".join("-" * (widths[c] + 2) for c in columns) + "|")
    previous = None
    for row in rows:
        shown = (
            row if row.section != previous else Row("", *list(vars(row).values())[1:])
        )
        previous = row.section
        print(line(shown))


# --- the benchmarks -------------------------------------------------------------


def read_floor(rows: int, latency: float, portal: float) -> tuple[int, float, float]:
    """(requests, floor from the limit and latency, floor with the portal's time).

    The first page, then the batches; the single-threaded portal serves them
    one after another, so all of its time for the job is on the way.
    """
    pages = max(1, math.ceil(rows / PAGE))
    requests = 1 + math.ceil((pages - 1) / COMMANDS)
    bare = 2 * latency + max(0, requests - BURST - 1) / RATE
    return requests, bare, bare + portal


def write_floor(
    calls: int, latency: float, portal: float, busy: float = 0.0
) -> tuple[int, float, float]:
    """(requests, floor from the limit and latency, floor with the portal's time).

    Batches wait for the limit, not for each other: only the last one's
    share of the portal's time is on the way, unless the whole job fits the
    burst. Then every batch arrives at once and the single-threaded portal
    serves them one after another: all of its ``busy`` time (its own, not
    the trivial client's round trips) is on the way; the larger bound holds.
    """
    requests = math.ceil(calls / COMMANDS)
    bare = latency + max(0, requests - BURST - 1) / RATE
    return requests, bare, max(bare + portal / requests, latency + busy)


def portal_time(
    portal: Portal, task: str, n: int, runs: int
) -> tuple[float, float, float]:
    """(the portal's own time for a job, the same with the answers decoded,
    the time the portal itself spent serving it): a trivial client, one
    request after another, no limit, no latency."""
    alone = measure(
        portal,
        task,
        {"httpx": "trivial client", "httpx-json": "trivial client, json.loads"},
        n,
        runs,
        limits=False,
        expect=n,
    )
    walls = [alone[name].wall if alone[name].walls else 0.0 for name in alone]
    busy = alone["httpx"].busy
    return walls[0], walls[1], statistics.median(busy) if busy else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="b24client benchmarks (one table)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure")
    parser.add_argument(
        "--limited-runs", type=int, default=3, help="runs under the limit"
    )
    parser.add_argument("--import-runs", type=int, default=20)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--limited-deals", type=int, default=100_000)
    parser.add_argument("--bound-deals", type=int, default=250_000)
    parser.add_argument(
        "--skip-after",
        type=float,
        default=300,
        help="3c: seconds after which a competitor is skipped",
    )
    parser.add_argument("--writes", type=int, default=5000)
    parser.add_argument(
        "--small-writes", type=int, default=600, help="writes in section 4c"
    )
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, 2 runs: a smoke test"
    )
    parser.add_argument(
        "--sections",
        default="1,2,3a,3b,3c,4a,4b,4c,5",
        help="comma-separated sections to run (default: all)",
    )
    args = parser.parse_args(argv)
    wanted = set(args.sections.split(","))
    if args.quick:
        args.runs = args.limited_runs = 2
        args.import_runs = 4
        args.calls, args.deals, args.limited_deals, args.writes = 300, 6000, 3000, 600
        args.small_writes = 300
        args.bound_deals = 150_000
    started = time.perf_counter()
    load_before = load()
    prepare_environment()
    rows: list[Row] = []
    floors: list[str] = []
    loads: list[float] = []
    raw: dict[str, Result] = {}
    calls_alone: Result | None = None

    def section(name: str) -> bool:
        if name in wanted:
            loads.append(os.getloadavg()[0])
        return name in wanted

    # 1. import
    if section("1"):
        imports = import_times(args.import_runs)
        rows += rows_for(
            f"1. import + client ({args.import_runs} processes)",
            imports,
            unit="ms",
            scale=1000,
            baseline="httpx",
            notes={"httpx": "floor: import httpx", "b24client": "target <= 1.3x httpx"},
        )

    # 2. per-call overhead
    if section("2"):
        with Portal(deals=1) as portal:
            sync = measure(
                portal,
                "calls",
                {
                    "httpx": "httpx.Client",
                    "b24client": "b24client",
                    "b24client-speed": "b24client [speed]",
                    "b24pysdk": "b24pysdk",
                    "fast_bitrix24": "fast_bitrix24 raw",
                },
                args.calls,
                args.runs,
                limits=False,
                expect=args.calls,
            )
            asyncs = measure(
                portal,
                "calls",
                {
                    "httpx-async": "httpx.AsyncClient",
                    "b24client-async": "b24client async",
                    "b24client-async-aiohttp": "b24client async [aiohttp]",
                    "fast_bitrix24-async": "fast_bitrix24 async raw",
                },
                args.calls,
                args.runs,
                limits=False,
                expect=args.calls,
            )
        calls_alone = sync.get("httpx")
        per_call = f"2. per call, sync ({args.calls:,} calls)"
        rows += rows_for(
            per_call,
            sync,
            unit="us/call",
            scale=1e6 / args.calls,
            baseline="httpx",
            notes={
                "httpx": "floor",
                "b24client": "target <= 1.10x",
                "b24pysdk": "requests, a new connection per call",
            },
        )
        rows += rows_for(
            f"   per call, async ({args.calls:,} calls)",
            asyncs,
            unit="us/call",
            scale=1e6 / args.calls,
            baseline="httpx-async",
            notes={
                "httpx-async": "floor",
                "b24client-async": "target <= 1.10x",
                "b24client-async-aiohttp": "target <= fast_bitrix24 async raw",
                "fast_bitrix24-async": "aiohttp, user session",
            },
        )

    # 3a. bulk read, limits off
    if section("3a"):
        readers = {
            "fast_bitrix24": "fast_bitrix24 get_all",
            "httpx-async": "httpx + json.loads, every batch at once",
            "b24pysdk": "b24pysdk call_list_fast",
            "b24client": "b24client read_all (defaults)",
            "b24client-speed": "b24client read_all [speed]",
            "b24client-async": "b24client async (defaults)",
            "b24client-async-aiohttp": "b24client async [aiohttp]",
            "b24client-offset": "b24client strategy=offset",
            "b24client-keyset": "b24client strategy=keyset",
        }
        with Portal(deals=args.deals) as portal:
            # unmeasured: a new portal's first read of its rows is several
            # times slower than later ones (the other read sections start
            # with portal_time, which warms it the same way)
            run_client(portal, "raw-read", "httpx", args.deals, limits=False)
            reads = measure(
                portal,
                "read",
                readers,
                args.deals,
                args.runs,
                limits=False,
                expect=args.deals,
            )
            raw = measure(
                portal,
                "raw-read",
                {"httpx": "portal alone (raw httpx)"},
                args.deals,
                args.runs,
                limits=False,
                expect=args.deals,
            )
        rows += rows_for(
            f"3a. read {args.deals:,} deals, limits off",
            reads,
            unit="s",
            scale=1,
            faster_than="fast_bitrix24",
            memory=True,
            notes={
                "httpx-async": "the thinnest whole read: the bound with json",
                "b24client": "target >= 2.3x, <= its requests, <= 30 MB",
                "b24client-keyset": "chained: one request at a time",
                "fast_bitrix24": "returns one list",
            },
        )

    # 3b. bulk read under the limit
    if section("3b"):
        with Portal(deals=args.limited_deals) as portal:
            alone, decoded, _ = portal_time(
                portal, "raw-read", args.limited_deals, args.runs
            )
            requests, bare, floor = read_floor(args.limited_deals, args.latency, alone)
            wide = max(1, requests - 1)  # every batch in flight: one round trip
            portal.command(f"limit {RATE} {BURST}")
            portal.command(f"latency {args.latency}")
            limited_reads = measure(
                portal,
                "read",
                {
                    "httpx-async": "httpx + json.loads, every batch at once",
                    "fast_bitrix24": "fast_bitrix24 get_all",
                    "b24pysdk": "b24pysdk call_list_fast",
                    "b24client": "b24client read_all (defaults)",
                    "b24client-async": "b24client async (defaults)",
                    "b24client-speed": "b24client read_all [speed]",
                    "b24client-async-aiohttp": "b24client async [aiohttp]",
                    f"b24client-c{wide}": f"b24client concurrency={wide}",
                    f"b24client-async-c{wide}": f"b24client async, concurrency={wide}",
                },
                args.limited_deals,
                args.limited_runs,
                limits=True,
                expect=args.limited_deals,
            )
        floors.append(
            f"3b floor {floor:.2f} s = {bare:.2f} s from the limit and latency "
            f"({requests} requests) + {alone:.2f} s of the portal's own time; "
            f"decoding the answers (json.loads) takes a client another "
            f"{decoded - alone:.2f} s"
        )
        thinnest = limited_reads["httpx-async"]
        versus = {
            name: f"{result.wall / thinnest.wall:.2f}x the httpx read"
            for name, result in limited_reads.items()
            if name.startswith("b24client") and result.walls and thinnest.walls
        }
        rows += rows_for(
            f"3b. read {args.limited_deals:,}, limit on (floor {floor:.2f} s)",
            limited_reads,
            unit="s",
            scale=1,
            floor=floor,
            memory=True,
            notes={
                "httpx-async": "the thinnest whole read",
                "b24client": "adaptive; target <= 1.10x the httpx read, 0 refused; "
                + versus.get("b24client", ""),
                "b24client-async": versus.get("b24client-async", ""),
                "b24client-speed": versus.get("b24client-speed", ""),
                "b24client-async-aiohttp": versus.get("b24client-async-aiohttp", ""),
                f"b24client-c{wide}": versus.get(f"b24client-c{wide}", ""),
                f"b24client-async-c{wide}": versus.get(f"b24client-async-c{wide}", ""),
            },
        )

    # 3c. bulk read where the limit binds
    if section("3c"):
        with Portal(deals=args.bound_deals) as portal:
            alone, decoded, _ = portal_time(
                portal, "raw-read", args.bound_deals, args.runs
            )
            requests, bare, floor = read_floor(args.bound_deals, args.latency, alone)
            portal.command(f"limit {RATE} {BURST}")
            portal.command(f"latency {args.latency}")
            bound_reads = measure(
                portal,
                "read",
                {
                    "b24client": "b24client read_all (defaults)",
                    "b24client-async": "b24client async (defaults)",
                    "fast_bitrix24": "fast_bitrix24 get_all",
                    "b24pysdk": "b24pysdk call_list_fast",
                },
                args.bound_deals,
                args.limited_runs,
                limits=True,
                expect=args.bound_deals,
                skip_after={
                    "fast_bitrix24": args.skip_after,
                    "b24pysdk": args.skip_after,
                },
            )
        floors.append(
            f"3c floor {floor:.2f} s = {bare:.2f} s from the limit and latency "
            f"({requests} requests) + {alone:.2f} s of the portal's own time; "
            f"decoding the answers (json.loads) takes a client another "
            f"{decoded - alone:.2f} s"
        )
        rows += rows_for(
            f"3c. read {args.bound_deals:,}, the limit binds (floor {floor:.2f} s)",
            bound_reads,
            unit="s",
            scale=1,
            floor=floor,
            memory=True,
            notes={
                "b24client": "adaptive; target <= 1.05x, 0 refused",
                "fast_bitrix24": "returns one list",
            },
        )

    # 4a. bulk write, limits off
    if section("4a"):
        writers = {
            "fast_bitrix24": "fast_bitrix24 call",
            "b24pysdk": "b24pysdk call_batches",
            "b24client": "b24client call_many (defaults)",
            "b24client-speed": "b24client call_many [speed]",
            "b24client-async": "b24client async call_many (defaults)",
            "b24client-async-aiohttp": "b24client async call_many [aiohttp]",
            "b24client-ordered": "b24client call_many, ordered=True",
            "b24client-c4": "b24client call_many, concurrency 4",
            "b24client-warm": "b24client call_many, after one call",
            "b24client-async-warm": "b24client async, after one call",
        }
        with Portal(deals=0) as portal:
            writes = measure(
                portal,
                "write",
                writers,
                args.writes,
                args.runs,
                limits=False,
                expect=args.writes,
            )
        rows += rows_for(
            f"4a. write {args.writes:,} crm.deal.add, limits off",
            writes,
            unit="s",
            scale=1,
            faster_than="fast_bitrix24",
            notes={name: busy_note(result) for name, result in writes.items()}
            | {
                "b24client": "target >= 1.0x; " + busy_note(writes["b24client"]),
                "b24client-async": "target >= 1.0x; "
                + busy_note(writes["b24client-async"]),
                "b24client-warm": "as in 4c; " + busy_note(writes["b24client-warm"]),
            },
        )
    # 4b. bulk write under the limit
    if section("4b"):
        with Portal(deals=0) as portal:
            alone, decoded, _ = portal_time(portal, "raw-write", args.writes, args.runs)
            requests, bare, floor = write_floor(args.writes, args.latency, alone)
            portal.command(f"limit {RATE} {BURST}")
            portal.command(f"latency {args.latency}")
            limited_writes = measure(
                portal,
                "write",
                {
                    "fast_bitrix24": "fast_bitrix24 call",
                    "b24pysdk": "b24pysdk call_batches",
                    "b24client": "b24client call_many (defaults)",
                    "b24client-async": "b24client async call_many (defaults)",
                    "b24client-ordered": "b24client call_many, ordered=True",
                    "b24client-c4": "b24client call_many, concurrency 4",
                    "b24client-async-c4": "b24client async, concurrency 4",
                },
                args.writes,
                args.limited_runs,
                limits=True,
                expect=args.writes,
            )
        floors.append(
            f"4b floor {floor:.2f} s = {bare:.2f} s from the limit and latency "
            f"({requests} requests) + {alone / requests:.3f} s, one batch's share of "
            f"the portal's own time (with its answer decoded {decoded / requests:.3f} s)"
        )
        rows += rows_for(
            f"4b. write {args.writes:,}, limit on (floor {floor:.2f} s)",
            limited_writes,
            unit="s",
            scale=1,
            floor=floor,
            notes={
                "b24client": "target <= 1.05x, 0 refused",
                "b24client-async": "target <= 1.05x, 0 refused",
            },
        )
    # 4c. a small write under the limit: within the burst, one round trip
    if section("4c"):
        small = args.small_writes
        with Portal(deals=max(1, small // 3)) as portal:
            alone, decoded, busy = portal_time(portal, "raw-write", small, args.runs)
            requests, bare, floor = write_floor(small, args.latency, alone, busy)
            portal.command(f"limit {RATE} {BURST}")
            portal.command(f"latency {args.latency}")
            small_writes = measure(
                portal,
                "write",
                {
                    "fast_bitrix24": "fast_bitrix24 call",
                    "b24client": "b24client call_many (defaults)",
                    "b24client-async": "b24client async call_many (defaults)",
                    "b24client-warm": "b24client call_many, after one call",
                    "b24client-async-warm": "b24client async, after one call",
                    "fast_bitrix24-cold": "fast_bitrix24, import + client + job",
                    "b24client-cold": "b24client, import + client + job",
                    "b24client-async-cold": "b24client async, import + client + job",
                },
                small,
                args.limited_runs,
                limits=True,
                expect=small,
            )
            updates = measure(
                portal,
                "update",
                {
                    "fast_bitrix24": "fast_bitrix24 call",
                    "b24client": "b24client call_many (defaults)",
                },
                small,
                args.limited_runs,
                limits=True,
                expect=small,
            )
        floors.append(
            f"4c floor {floor:.2f} s = {bare:.2f} s from the latency "
            f"({requests} requests, within the burst: all sent at once) + "
            f"{busy:.2f} s, all the time the portal spent serving them "
            f"({alone:.2f} s for a trivial client sending them one after "
            "another); the updates touch each "
            f"of {max(1, small // 3)} deals three times, {max(1, small // 3)} "
            "items apart: order is kept in one round trip by sending a deal's "
            "three updates in one batch"
        )
        rows += rows_for(
            f"4c. write {small:,}, limit on (floor {floor:.2f} s)",
            small_writes,
            unit="s",
            scale=1,
            floor=floor,
            notes={
                "b24client": "target <= 1.05x, 0 refused",
                "b24client-async": "target <= 1.05x, 0 refused",
                "b24client-warm": "the first request's imports and TLS set-up "
                "done before (its request is counted)",
                "fast_bitrix24-cold": "a new process doing only this job: "
                "aiohttp sets up TLS on import",
            },
        )
        rows += rows_for(
            f"   {small:,} updates, 3 per deal, limit on",
            updates,
            unit="s",
            scale=1,
            floor=floor,
            notes={name: order_note(result) for name, result in updates.items()},
        )

    # 5. many processes, one portal
    if section("5"):
        from bench_shared import section_rows

        shared_rows, shared_notes = section_rows(Row, quick=args.quick)
        rows += shared_rows
        floors += shared_notes

    print_table(rows)
    print()
    print(
        f"Limit on: the portal refuses beyond {RATE:g} requests/s, burst {BURST}, "
        f"and holds every answer {args.latency:g} s; each library keeps its own "
        "documented defaults for that plan (b24client: rate_limit=STANDARD)."
    )
    for line in floors:
        print(line)
    alone_parts = []
    if calls_alone is not None and calls_alone.walls:
        alone_parts.append(f"{args.calls / calls_alone.wall:,.0f} requests/s")
    raw_read = raw.get("httpx")
    if raw_read is not None and raw_read.walls:
        alone_parts.append(
            f"{args.deals / raw_read.wall:,.0f} rows/s ({raw_read.wall:.2f} s for "
            f"the {args.deals:,}-deal read in offset batches, answers not decoded)"
        )
    if alone_parts:
        print(
            "Fake portal alone (a trivial httpx client, one connection): "
            + "; ".join(alone_parts)
        )
    print(
        f"Machine: {os.cpu_count()} CPUs (nproc), Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} "
        f"{platform.machine()}; load before {load_before}, after {load()}; "
        f"1-min load at each section's start: "
        + ", ".join(f"{value:.2f}" for value in loads)
    )
    versions = ", ".join(
        f"{name} {version(name) or 'missing'}"
        for name in (
            "b24client",
            "fast_bitrix24",
            "b24pysdk",
            "httpx",
            "aiohttp",
            "msgspec",
            "httpx_aiohttp",
        )
    )
    print(f"Versions: {versions}")
    print(
        f"Runs: {args.runs} per figure ({args.limited_runs} under the limit, "
        f"{args.import_runs} processes per import); medians; "
        f"{time.perf_counter() - started:.0f} s in all"
    )
    print("Command: make bench   (.venv-bench/bin/python tests/bench/run.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
