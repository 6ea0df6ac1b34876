"""Many processes, one portal: a real Redis server, worker fleets, the scenarios.

Used by the tests in this folder (small sizes, correctness asserted) and by
``make bench`` section 5 (the issue's sizes, figures printed). The fake
portal runs in the calling process (a real socket server on loopback); the
workers (``worker.py``) are separate processes given its URLs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import b24client
from b24client import RedisTokenStore, SQLiteTokenStore
from b24client.testing import FakePortal

HERE = Path(__file__).resolve().parent
WORKER = HERE / "worker.py"
HUNG = 60.0
"""Seconds a fleet may take: far beyond any scenario here, so only a hang fails."""


class RedisUnavailable(RuntimeError):
    """redis-server is missing or would not start (the message says why)."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """``redis-server`` on a free loopback port, in a directory of its own."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        executable = shutil.which("redis-server")
        if executable is None:
            raise RedisUnavailable(
                "redis-server is not installed: `apt-get install redis-server` "
                "(.ci/run installs it)"
            )
        log = self.directory / "redis.log"
        for _ in range(3):  # a port taken between probing and binding: another
            self.port = free_port()
            with log.open("wb") as output:
                process = subprocess.Popen(
                    [
                        executable,
                        "--port",
                        str(self.port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        str(self.directory),
                    ],
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            deadline = time.monotonic() + 10
            while process.poll() is None and time.monotonic() < deadline:
                if _ping(self.port):
                    self._process = process
                    return self
                time.sleep(0.02)
            process.kill()
            process.wait()
        raise RedisUnavailable(
            "redis-server did not answer PING: "
            + log.read_text(errors="replace")[-2000:]
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def client(self) -> Any:
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port)

    def flush(self) -> None:
        with self.client() as client:
            client.flushall()


def child_env() -> dict[str, str]:
    """The environment of a worker: this b24client first on its path."""
    package_root = str(Path(b24client.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [package_root, *filter(None, [env.get("PYTHONPATH")])]
    )
    return env


class Worker:
    """One ``worker.py`` process; its output lines are read by a thread."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            if line.strip() == "ready":
                self.ready.set()
        self.ready.set()  # ended: whoever waits must not wait for ever

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def result(self, deadline: float) -> dict[str, Any]:
        try:
            self.process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(
                "a worker hung (killed after the scenario's bound)"
            ) from None
        self._reader.join(5)
        stderr = self.process.stderr.read() if self.process.stderr else ""
        if self.process.returncode != 0 or not self.lines:
            raise AssertionError(
                f"a worker failed (exit {self.process.returncode}): {stderr[-3000:]}"
            )
        report: dict[str, Any] = json.loads(self.lines[-1])
        return report

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


class Fleet:
    """Worker processes started together: built, then let go at one instant."""

    def __init__(self, specs: list[dict[str, Any]], bound: float = HUNG) -> None:
        self.workers = [Worker(spec) for spec in specs]
        self.deadline = time.monotonic() + bound

    def wait_ready(self, workers: list[Worker] | None = None) -> None:
        for worker in workers or self.workers:
            if not worker.ready.wait(max(0.1, self.deadline - time.monotonic())):
                raise AssertionError("a worker never got ready")

    def go(self, workers: list[Worker] | None = None) -> None:
        for worker in workers or self.workers:
            worker.go()

    def results(self, workers: list[Worker] | None = None) -> list[dict[str, Any]]:
        return [worker.result(self.deadline) for worker in workers or self.workers]

    def __enter__(self) -> Fleet:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for worker in self.workers:
            worker.close()


def _totals(reports: list[dict[str, Any]]) -> dict[str, Any]:
    firsts = [r["first"] for r in reports if r["first"] is not None]
    return {
        "ok": sum(r["ok"] for r in reports),
        "errors": [e for r in reports for e in r["errors"]],
        "span": (max(r["last"] for r in reports) - min(firsts)) if firsts else 0.0,
        "versions": sorted({r["version"] for r in reports}),
    }


# --- the scenarios -------------------------------------------------------------------


def shared_limit(
    redis: RedisServer,
    *,
    bucket: str,
    rate: float,
    burst: int,
    sync_processes: int = 4,
    threads: int = 4,
    async_processes: int = 2,
    concurrency: int = 20,
    calls: int = 2,
) -> dict[str, Any]:
    """Sync processes with threads and async ones with tasks hammer one portal
    that enforces ``rate``/``burst``, each client throttled by one bucket in
    Redis (``bucket="redis"``) or by a bucket of its own (``"local"``), both
    set to the portal's limit. Every worker has opened its connection first
    (a long-running worker has): a request on a new connection leaves late,
    and late requests reach the portal bunched."""
    redis.flush()
    with FakePortal() as portal:
        base = {
            "warm": True,
            "webhook_url": portal.webhook_url,
            "redis_port": redis.port,
            "bucket": bucket,
            "rate": rate,
            "burst": burst,
            "calls": calls,
            "method": "user.current",
            "max_retries": 8,
        }
        specs: list[dict[str, Any]] = [
            {**base, "mode": "sync", "workers": threads}
        ] * sync_processes + [
            {**base, "mode": "async", "workers": concurrency}
        ] * async_processes
        with Fleet(specs) as fleet:
            fleet.wait_ready()  # connections open (no limit yet), as in workers
            redis.flush()
            portal.limits.configure(rate, burst)
            portal.stats.reset()
            fleet.go()
            totals = _totals(fleet.results())
        stats = portal.stats.snapshot()
    accepted = stats["requests"] - stats["refused"]
    allowed = burst + rate * totals["span"]
    return {
        **totals,
        "calls": sum(s["workers"] * calls for s in specs),
        "requests": stats["requests"],
        "refused": stats["refused"],
        "accepted": accepted,
        "of_limit": accepted / allowed if allowed else 0.0,
    }


def _oauth_spec(portal: FakePortal, member_id: str) -> dict[str, Any]:
    return {
        "client_id": portal.oauth.client_id,
        "client_secret": portal.oauth.client_secret,
        "rest_url": portal.rest_url,
        "token_url": portal.oauth_server_url,
        "member_id": member_id,
    }


def _store(kind: str, redis: RedisServer, sqlite: Path, lock_ttl: float) -> Any:
    if kind == "redis":
        return RedisTokenStore(redis.client(), lock_ttl=lock_ttl)
    return SQLiteTokenStore(sqlite, lock_ttl=lock_ttl)


def single_refresh(
    redis: RedisServer,
    *,
    store: str,
    processes: int = 8,
    threads: int = 2,
    calls: int = 3,
) -> dict[str, Any]:
    """``processes`` workers (every fourth async) share one grant through the
    store; its access token has expired when they all start calling."""
    redis.flush()
    with tempfile.TemporaryDirectory() as directory, FakePortal() as portal:
        sqlite = Path(directory) / "tokens.sqlite3"
        member = portal.oauth.member_id
        shared = _store(store, redis, sqlite, lock_ttl=10.0)
        access, refresh = portal.oauth.issue()
        shared.put(member, access, refresh)  # as the install handler stores it
        portal.oauth.expire()
        base = {
            "oauth": _oauth_spec(portal, member),
            "redis_port": redis.port,
            "sqlite": str(sqlite),
            "store": store,
            "lock_ttl": 10.0,
            "calls": calls,
            "method": "user.current",
            "workers": threads,
        }
        specs = [
            {**base, "mode": "async" if i % 4 == 3 else "sync"}
            for i in range(processes)
        ]
        with Fleet(specs) as fleet:
            fleet.wait_ready()
            fleet.go()
            totals = _totals(fleet.results())
        stored = shared.load(member)
        free = shared.lock(member)  # a token: nobody held the lock
        if free is not None:
            shared.unlock(member, free)
        return {
            **totals,
            "calls": processes * threads * calls,
            "refreshes": portal.stats.refreshes,
            "token_requests": portal.stats.token_requests,
            "stored_version": stored.version,
            "stored_is_live": stored.refresh_token in portal.oauth.refresh_tokens,
            "lock_free": free is not None,
        }


def crash(
    redis: RedisServer,
    *,
    store: str,
    worst: bool = False,
    others: int = 7,
    lock_ttl: float = 1.0,
) -> dict[str, Any]:
    """The refresh lock's holder is SIGKILLed after the token endpoint got its
    request, whose answer the portal holds back. ``worst``: the portal has
    already rotated the refresh token (the new pair dies with the holder);
    else it has not yet (as when the request is still in flight)."""
    redis.flush()
    with tempfile.TemporaryDirectory() as directory, FakePortal() as portal:
        sqlite = Path(directory) / "tokens.sqlite3"
        member = portal.oauth.member_id
        shared = _store(store, redis, sqlite, lock_ttl)
        access, refresh = portal.oauth.issue()
        shared.put(member, access, refresh)
        portal.oauth.expire()
        held_back = 4 * lock_ttl + 2  # the holder's answer: long after the takeover
        portal.faults.inject("slow", "oauth.token", after_run=worst, delay=held_back)
        base = {
            "oauth": _oauth_spec(portal, member),
            "redis_port": redis.port,
            "sqlite": str(sqlite),
            "store": store,
            "lock_ttl": lock_ttl,
            "calls": 2,
            "method": "user.current",
            "workers": 2,
            "max_retries": 0,
        }
        specs = [
            {**base, "mode": "async" if i == 2 else "sync"} for i in range(1 + others)
        ]
        with Fleet(specs) as fleet:
            holder, rest = fleet.workers[0], fleet.workers[1:]
            fleet.wait_ready()
            holder.go()
            deadline = time.monotonic() + 20
            received = portal.stats.requests_by_method  # counted on arrival
            while received["oauth.token"] < 1:
                if time.monotonic() > deadline:
                    raise AssertionError("the holder never asked for a token")
                time.sleep(0.005)
            fleet.go(rest)
            time.sleep(min(0.3, lock_ttl / 3))  # the others now wait for the lock
            holder.kill()
            killed = time.monotonic()
            totals = _totals(fleet.results(rest))
            waited = time.monotonic() - killed
        free = shared.lock(member)  # a token: nobody held the lock
        if free is not None:
            shared.unlock(member, free)
        stored = shared.load(member)
        later = None
        if not worst:  # a fresh client on the stored pair: the grant lives on
            from b24client import Bitrix24, OAuth

            with Bitrix24(
                OAuth(
                    client_id=portal.oauth.client_id,
                    client_secret=portal.oauth.client_secret,
                    client_endpoint=portal.rest_url,
                    token_url=portal.oauth_server_url,
                    member_id=member,
                    store=shared,
                ),
                rate_limit=None,
            ) as client:
                later = "ID" in client.call("user.current").result
        return {
            **totals,
            "calls": others * 2 * 2,
            "waited_after_kill": waited,
            "refreshes": portal.stats.refreshes,
            "token_requests": portal.stats.token_requests,
            "stored_version": stored.version,
            "lock_free": free is not None,
            "later_call_ok": later,
        }


def operating(
    redis: RedisServer,
    *,
    budget: str,
    processes: int = 4,
    threads: int = 2,
    calls: int = 1,
    limit: float = 1.0,
    cost: float = 0.125,
    window: float = 3.0,
) -> dict[str, Any]:
    """One process spends a method's operating budget (a job that ran first);
    then the other processes, with ``threads`` threads each, call the same
    method. Each keeps its budget in Redis (``budget="redis"``) or in its
    own memory (``"local"``: the later processes know nothing yet). The
    portal refuses the method once its sum is above ``limit``."""
    redis.flush()
    with FakePortal() as portal:
        portal.limits.configure_operating(limit, window_seconds=window, cost=cost)
        base = {
            "webhook_url": portal.webhook_url,
            "redis_port": redis.port,
            "budget": budget,
            "budget_limit": limit,
            "method": "user.current",
            "max_retries": 0,
        }
        first = {**base, "mode": "sync", "workers": 1, "calls": round(limit / cost)}
        later = [
            {**base, "mode": "async" if i == 1 else "sync", "workers": threads}
            | {"calls": calls}
            for i in range(processes - 1)
        ]
        with Fleet([first, *later]) as fleet:
            fleet.wait_ready()
            spender, rest = fleet.workers[0], fleet.workers[1:]
            fleet.go([spender])
            spent = _totals(fleet.results([spender]))
            fleet.go(rest)
            totals = _totals(fleet.results(rest))
        return {
            **totals,
            "calls": (processes - 1) * threads * calls,
            "spent_first": spent["ok"],
            "operating_refused": portal.stats.operating_refused,
        }


def overhead(redis: RedisServer, *, mode: str, calls: int) -> dict[str, float]:
    """µs per call with the in-process bucket and with the Redis bucket (a
    limit that never makes a call wait), and µs per bare reservation, in
    one worker process against the portal in this one."""
    redis.flush()
    with FakePortal() as portal:
        spec = {
            "task": "overhead",
            "webhook_url": portal.webhook_url,
            "redis_port": redis.port,
            "mode": mode,
            "calls": calls,
        }
        with Fleet([spec], bound=HUNG + calls * 0.1) as fleet:  # 6 runs of calls
            fleet.wait_ready()
            fleet.go()
            (report,) = fleet.results()
    return report
