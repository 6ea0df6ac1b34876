"""The shared state one piece at a time: token stores (memory, SQLite, Redis),
the Redis bucket and budget, against a real Redis server; and how a client
takes them."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from b24client import (
    AsyncBitrix24,
    Bitrix24,
    InvalidResponseError,
    LeakyBucket,
    MemoryTokenStore,
    OAuth,
    RateLimit,
    RedisBucket,
    RedisOperatingBudget,
    RedisTokenStore,
    SharedStateError,
    SQLiteTokenStore,
    StoredPair,
)
from b24client.testing import FakePortal

from .harness import RedisServer, free_port

STORES = ["memory", "sqlite", "redis"]


def make_store(kind: str, server: RedisServer, tmp_path: Path, ttl: float) -> Any:
    if kind == "memory":
        return MemoryTokenStore(lock_ttl=ttl)
    if kind == "sqlite":
        return SQLiteTokenStore(tmp_path / "tokens.sqlite3", lock_ttl=ttl)
    return RedisTokenStore(server.client(), lock_ttl=ttl)


@pytest.mark.parametrize("kind", STORES)
def test_store_compare_and_set_lock_and_fencing(
    kind: str, server: RedisServer, tmp_path: Path
) -> None:
    store = make_store(kind, server, tmp_path, ttl=0.3)
    assert store.load("m1") is None
    first = store.save("m1", "acc-1", "ref-1", 100.0, replaces=0)
    assert first == StoredPair("acc-1", "ref-1", 100.0, 1)
    assert store.save("m1", "acc-x", "ref-x", None, replaces=0) is None  # not over 1
    assert store.save("m1", "acc-2", "ref-2", None, replaces=1) is not None
    assert store.save("m1", "acc-y", "ref-y", None, replaces=1) is None  # stale fence
    assert store.load("m1") == StoredPair("acc-2", "ref-2", None, 2)
    assert store.load("m2") is None  # keyed per portal
    assert store.put("m1", "acc-3", "ref-3").version == 3  # a new grant, whatever

    token = store.lock("m1")
    assert token is not None and store.lock("m1") is None
    assert store.lock("m2") is not None  # another portal, another lock
    store.unlock("m1", token + 1)  # not the holder: nothing happens
    assert store.lock("m1") is None
    store.unlock("m1", token)
    again = store.lock("m1")
    assert again is not None and again > token  # fencing tokens only grow
    time.sleep(0.4)  # the holder "died": its lock expires
    taken = store.lock("m1")
    assert taken is not None and taken > again
    store.unlock("m1", again)  # the expired holder cannot free the new one
    assert store.lock("m1") is None


@pytest.mark.parametrize("kind", STORES)
def test_store_async_twins(kind: str, server: RedisServer, tmp_path: Path) -> None:
    async def main() -> None:
        if kind == "redis":
            import redis.asyncio

            client = redis.asyncio.Redis(port=redis_port)
            store: Any = RedisTokenStore(client, lock_ttl=5)
        else:
            store = make_store(kind, redis_server, tmp_path, ttl=5)
        assert await store.aload("m") is None
        assert (await store.aput("m", "acc-1", "ref-1")).version == 1
        saved = await store.asave("m", "acc-2", "ref-2", 5.0, replaces=1)
        assert saved == StoredPair("acc-2", "ref-2", 5.0, 2)
        token = await store.alock("m")
        assert token is not None and await store.alock("m") is None
        await store.aunlock("m", token)
        assert await store.alock("m") is not None
        assert await store.aload("m") == saved
        if kind == "redis":
            await client.aclose()

    redis_server, redis_port = server, server.port
    asyncio.run(main())


def test_sqlite_store_file_is_private_and_shared_by_connections(tmp_path: Path) -> None:
    path = tmp_path / "tokens.sqlite3"
    SQLiteTokenStore(path).put("m", "acc-1", "ref-1")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert SQLiteTokenStore(path).load("m") == StoredPair("acc-1", "ref-1", None, 1)


def test_a_store_holding_foreign_values_raises_a_typed_error(
    server: RedisServer, tmp_path: Path
) -> None:
    with server.client() as client:
        client.hset("b24client:oauth:{m}:pair", mapping={"access": "a b", "version": 1})
        client.hset("b24client:bucket:p", mapping={"level": "x", "updated": "y"})
        client.hset("b24client:operating:p:user.current", "operating", "nan")
        client.hset("b24client:operating:p:user.current", "reset_at", "1")
        with pytest.raises(SharedStateError, match="did not write"):
            RedisTokenStore(client).load("m")
        # a level that is not a number counts as empty (the script's tonumber)
        assert RedisBucket(client, RateLimit(1, 1), key="p").reserve() == 0.0
        with pytest.raises(SharedStateError, match="did not write"):
            RedisOperatingBudget(client, 1.0, key="p").delay("user.current")
    sqlite = SQLiteTokenStore(tmp_path / "t.sqlite3")
    sqlite.put("m", "acc-1", "ref-1")
    import sqlite3

    with sqlite3.connect(tmp_path / "t.sqlite3") as db:
        db.execute("UPDATE b24client_tokens SET version = 'x'")
    with pytest.raises(SharedStateError, match="did not write"):
        sqlite.load("m")


def test_stored_pairs_never_show_their_tokens(server: RedisServer) -> None:
    pair = RedisTokenStore(server.client()).put("m", "acc-SECRET-1", "ref-SECRET-2")
    assert "SECRET" not in repr(pair) and "SECRET" not in str(pair)


def test_redis_bucket_keeps_the_leaky_bucket_books(server: RedisServer) -> None:
    limit = RateLimit(rate=20.0, burst=5)
    shared = RedisBucket(server.client(), limit, key="portal-a")
    waits = [shared.reserve() for _ in range(8)]
    local = LeakyBucket(limit)
    expected = [local.reserve() for _ in range(8)]
    assert waits[:5] == [0.0] * 5  # the burst, then the rate
    assert waits[5:] == pytest.approx(expected[5:], abs=0.02)
    other = RedisBucket(server.client(), limit, key="portal-b")
    assert other.reserve() == 0.0  # keyed per portal

    async def drained() -> float:
        import redis.asyncio

        client = redis.asyncio.Redis(port=server.port)
        bucket = RedisBucket(client, limit, key="portal-a")
        await asyncio.sleep(0.5)  # 10 slots drained at 20/s: empty again
        wait = await bucket.areserve()
        await client.aclose()
        return wait

    assert asyncio.run(drained()) == 0.0


def test_clients_key_an_unkeyed_redis_bucket_by_their_portal(
    server: RedisServer,
) -> None:
    bucket = RedisBucket(server.client(), RateLimit(1.0, 1))
    with (
        FakePortal() as one,
        FakePortal() as two,
        Bitrix24(one.webhook_url, rate_limit=bucket) as first,
        Bitrix24(two.webhook_url, rate_limit=bucket) as second,
    ):
        started = time.monotonic()
        first.call("user.current")
        second.call("user.current")  # another portal: its own bucket, no wait
        assert time.monotonic() - started < 0.9
    with server.client() as client:
        keys = sorted(k.decode() for k in client.keys("b24client:bucket:*"))
    assert keys == [
        f"b24client:bucket:{p.base_url}"
        for p in sorted((one, two), key=lambda p: p.base_url)
    ]


def test_a_redis_client_of_the_wrong_kind_is_refused(server: RedisServer) -> None:
    import redis.asyncio

    sync_bucket = RedisBucket(server.client(), RateLimit(2, 5))
    async_bucket = RedisBucket(redis.asyncio.Redis(port=server.port), RateLimit(2, 5))
    url = "https://example.bitrix24.com/rest/1/abc123/"
    with pytest.raises(TypeError, match="AsyncBitrix24"):
        Bitrix24(url, rate_limit=async_bucket)
    with pytest.raises(TypeError, match="Bitrix24"):
        AsyncBitrix24(url, rate_limit=sync_bucket)
    store = RedisTokenStore(redis.asyncio.Redis(port=server.port))
    oauth = OAuth(
        client_id="app",
        client_secret="secret-1",
        client_endpoint="https://example.bitrix24.com/rest/",
        member_id="m",
        store=store,
    )
    with pytest.raises(TypeError, match="AsyncBitrix24"):
        Bitrix24(oauth)
    with pytest.raises(TypeError, match="redis.Redis"):
        RedisBucket(object(), RateLimit(2, 5))


def test_redis_that_cannot_be_reached_fails_the_call_with_a_typed_error() -> None:
    import redis as redis_py
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    dead = redis_py.Redis(port=free_port(), retry=Retry(NoBackoff(), 0))
    with FakePortal() as portal:
        with Bitrix24(portal.webhook_url, rate_limit=RedisBucket(dead)) as client:
            started = time.monotonic()
            with pytest.raises(SharedStateError, match="shared rate limit"):
                client.call("user.current")
            assert time.monotonic() - started < 30
        assert portal.stats.requests == 0  # the call was not sent


def test_redis_budget_keeps_the_newest_report(server: RedisServer) -> None:
    now = 1_000_000.0
    budget = RedisOperatingBudget(
        server.client(), 10.0, key="p", wall_clock=lambda: now
    )
    budget.record("crm.deal.list", {"operating": 5.0, "operating_reset_at": now + 60})
    assert budget.delay("crm.deal.list") == 0.0  # below the headroom: not written
    budget.record("crm.deal.list", {"operating": 9.5, "operating_reset_at": now + 60})
    assert budget.delay("CRM.DEAL.LIST") == pytest.approx(60.0)
    other = RedisOperatingBudget(server.client(), 10.0, key="p", wall_clock=lambda: now)
    assert other.delay("crm.deal.list") == pytest.approx(60.0)  # another process
    # a report of the same window with less use arrives late: it changes nothing
    other.record("crm.deal.list", {"operating": 9.2, "operating_reset_at": now + 60})
    # a later window (the oldest minute left) replaces it
    other.record("crm.deal.list", {"operating": 9.1, "operating_reset_at": now + 120})
    assert budget.delay("crm.deal.list") == pytest.approx(120.0)
    assert budget.delay("crm.deal.get") == 0.0
    assert budget.used("crm.deal.list") == 9.5  # this process's last reading


def test_oauth_store_options_are_checked() -> None:
    base: dict[str, Any] = {
        "client_id": "app",
        "client_secret": "secret-1",
        "client_endpoint": "https://example.bitrix24.com/rest/",
    }
    with pytest.raises(ValueError, match="member_id"):
        OAuth(**base, access_token="a", refresh_token="r", store=MemoryTokenStore())
    with pytest.raises(ValueError, match="store="):
        OAuth(**base)
    with pytest.raises(ValueError, match="both"):
        OAuth(**base, access_token="a", store=MemoryTokenStore(), member_id="m")
    OAuth(**base, store=MemoryTokenStore(), member_id="m")  # tokens from the store


def test_a_token_answer_for_another_portal_is_not_used() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token/":
            return httpx.Response(
                200,
                json={
                    "access_token": "acc-NEW-1",
                    "refresh_token": "ref-NEW-1",
                    "member_id": "someone-else",
                },
            )
        return httpx.Response(
            401, json={"error": "expired_token", "error_description": "expired"}
        )

    store = MemoryTokenStore()
    oauth = OAuth(
        access_token="acc-OLD-1",
        refresh_token="ref-OLD-1",
        client_id="app",
        client_secret="secret-1",
        client_endpoint="https://example.bitrix24.com/rest/",
        token_url="https://oauth.example.com/oauth/token/",
        member_id="m",
        store=store,
    )
    with Bitrix24(oauth, transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(InvalidResponseError, match="another portal"):
            client.call("user.current")
    stored = store.load("m")
    assert stored is not None and stored.access_token == "acc-OLD-1"
    assert store.lock("m") is not None  # the lock was freed


def test_workers_need_no_tokens_and_clients_of_one_store_refresh_once(
    tmp_path: Path,
) -> None:
    with FakePortal() as portal:
        store = SQLiteTokenStore(tmp_path / "tokens.sqlite3")
        member = portal.oauth.member_id
        store.put(member, *portal.oauth.issue())
        seen: list[str] = []

        def worker() -> OAuth:
            return OAuth(
                client_id=portal.oauth.client_id,
                client_secret=portal.oauth.client_secret,
                client_endpoint=portal.rest_url,
                token_url=portal.oauth_server_url,
                member_id=member,
                store=store,
                on_token_refresh=lambda pair: seen.append(pair.refresh_token),
            )

        async def main() -> None:
            async with AsyncBitrix24(worker(), rate_limit=None) as second:
                with Bitrix24(worker(), rate_limit=None) as first:
                    assert "ID" in first.call("user.current").result
                    portal.oauth.expire()
                    assert "ID" in first.call("user.current").result
                    assert "ID" in (await second.call("user.current")).result

        asyncio.run(main())
        stored = store.load(member)
        assert portal.stats.refreshes == 1 and stored is not None
        assert seen == [stored.refresh_token] and stored.version == 2


def test_import_b24client_loads_neither_redis_nor_sqlite() -> None:
    script = (
        "import sys, json, b24client; "
        "print(json.dumps([m for m in ('redis', 'sqlite3', 'asyncio') "
        "if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []
