# Source: generator/runtime/_core/shared.py (hand-written; copied into the package by make generate).
"""The rate limit, the operating budget and the token pairs kept in Redis.

A Bitrix24 app runs as many processes (web workers, queue workers, cron
jobs) that call the same portals. The portal counts its request limit per
portal and source address (bitrix24-protocol.md §5) and its operating time
per app and method (§6), and rotates the refresh token on every refresh
(§9): so the books must be kept where every process reads them.

- :class:`RedisBucket`: the leaky bucket as one Lua script. Redis's own
  clock (``TIME``) drains it, so the processes' clocks do not matter; a
  reservation is a level increment that drains by itself, so a process that
  dies holds nothing.
- :class:`RedisOperatingBudget`: the newest ``time.operating`` any process
  saw, per method, so a process that has not called a method for a while
  (or ever) holds back with the others.
- :class:`RedisTokenStore`: a :class:`~.tokens.TokenStore` (pair, version
  and refresh lock per ``member_id``).

Each takes a ``redis.Redis`` (for ``Bitrix24``) or a ``redis.asyncio.Redis``
(for ``AsyncBitrix24``: its loop never waits on a socket). redis-py is
imported only when one of them is built (``pip install 'b24client[redis]'``).
Redis failures raise :class:`~.errors.SharedStateError`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Self

from .errors import SharedStateError
from .ratelimit import (
    STANDARD,
    WINDOW,
    RateLimit,
    budget_delay,
    check_budget,
    finite_number,
)
from .redaction import clean_text, redact, register_secrets
from .tokens import StoredPair, check_lock_ttl, check_member_id, checked_pair

__all__ = ["RedisBucket", "RedisOperatingBudget", "RedisTokenStore"]

PREFIX = "b24client"

_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'level', 'updated')
local level, updated = tonumber(state[1]) or 0, tonumber(state[2]) or now
level = math.max(0, level - math.max(0, now - updated) * rate)
local wait = math.max(0, (level + 1 - burst) / rate)
level = level + 1
redis.call('HSET', KEYS[1], 'level', string.format('%.17g', level),
           'updated', string.format('%.17g', now))
redis.call('PEXPIRE', KEYS[1], math.ceil(level / rate * 1000) + 1000)
return string.format('%.17g', wait)
"""
"""One reservation, as :meth:`~.ratelimit.LeakyBucket.reserve` makes it."""

_RECORD = """
local state = redis.call('HMGET', KEYS[1], 'operating', 'reset_at')
local operating, reset_at = tonumber(ARGV[1]), tonumber(ARGV[2])
local known, known_reset = tonumber(state[1]), tonumber(state[2])
if known == nil or known_reset == nil or reset_at > known_reset
   or (reset_at == known_reset and operating > known) then
  redis.call('HSET', KEYS[1], 'operating', ARGV[1], 'reset_at', ARGV[2])
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
"""
"""Keep the newest report: a later window (a later reset), or more time used
in the same window. Reports that arrive out of order cannot turn it back."""

_SAVE = """
local version = tonumber(redis.call('HGET', KEYS[1], 'version')) or 0
if version ~= tonumber(ARGV[4]) then return 0 end
redis.call('HSET', KEYS[1], 'access', ARGV[1], 'refresh', ARGV[2],
           'expires', ARGV[3], 'version', version + 1)
return version + 1
"""
"""Compare-and-set: the pair replaces version ARGV[4] only (0: no pair yet)."""

_PUT = """
local version = (tonumber(redis.call('HGET', KEYS[1], 'version')) or 0) + 1
redis.call('HSET', KEYS[1], 'access', ARGV[1], 'refresh', ARGV[2],
           'expires', ARGV[3], 'version', version)
return version
"""

_LOCK = """
local token = redis.call('INCR', KEYS[2])
if redis.call('SET', KEYS[1], token, 'NX', 'PX', tonumber(ARGV[1])) then
  return token
end
return 0
"""
"""SET NX PX with a fencing token that grows with every attempt."""

_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
"""


def _redis_module() -> Any:
    try:
        import redis
        import redis.asyncio
    except ImportError:
        raise ImportError(
            "the Redis bucket, budget and token store need redis-py: "
            "pip install 'b24client[redis]'"
        ) from None
    return redis


class _Redis:
    """One redis-py client, sync or async, and how its failures are reported."""

    def __init__(self, client: object, what: str) -> None:
        redis = _redis_module()
        if isinstance(client, redis.asyncio.Redis):
            self.asynchronous = True
        elif isinstance(client, redis.Redis):
            self.asynchronous = False
        else:
            raise TypeError(
                f"{what} needs a redis.Redis (for Bitrix24) or a "
                f"redis.asyncio.Redis (for AsyncBitrix24), got {type(client).__name__}"
            )
        self.client: Any = client
        self.what = what
        self._errors = (redis.RedisError, OSError)

    def script(self, lua: str) -> Any:
        return self.client.register_script(lua)

    def check(self, asynchronous: bool) -> None:
        if asynchronous != self.asynchronous:
            given, wanted = (
                ("redis.asyncio.Redis", "AsyncBitrix24")
                if self.asynchronous
                else ("redis.Redis", "Bitrix24")
            )
            raise TypeError(f"{self.what} is built over {given}: use it with {wanted}")

    def _failed(self, error: BaseException) -> SharedStateError:
        detail = clean_text(redact(str(error)), limit=200)
        return SharedStateError(
            f"{self.what} in Redis failed ({type(error).__name__}: {detail})"
        )

    def run(self, send: Callable[[Any], Any]) -> Any:
        self.check(False)
        try:
            return send(self.client)
        except self._errors as error:
            raise self._failed(error) from None

    async def arun(self, send: Callable[[Any], Awaitable[Any]]) -> Any:
        self.check(True)
        try:
            return await send(self.client)
        except self._errors as error:
            raise self._failed(error) from None


def _text(value: object) -> str | None:
    """A reply as text (redis-py hands bytes unless ``decode_responses``)."""
    if isinstance(value, bytes):
        try:
            return value.decode("ascii")
        except UnicodeDecodeError:
            return "\ufffd"  # not a value b24client wrote: the caller's check fails
    return value if isinstance(value, str) else None


def _number(value: object, what: str) -> float:
    text = _text(value)
    try:
        number = float(text) if text is not None else None
    except ValueError:
        number = None
    checked = finite_number(number)
    if checked is None:
        raise SharedStateError(f"{what} in Redis holds a value b24client did not write")
    return checked


def _check_key(key: object, what: str) -> str:
    if (
        not isinstance(key, str)
        or not 1 <= len(key) <= 500
        or not all(" " < c <= "~" for c in key)
    ):
        raise ValueError(f"{what} key must be 1 to 500 printable characters")
    return key


class RedisBucket:
    """The portal's leaky bucket kept in Redis: one level for every process.

    Pass it as ``rate_limit=``. Without ``key`` each client keys it by its
    portal (``member_id`` for OAuth with one, else the portal's address), so
    one bucket object serves clients of many portals; with ``key`` every
    client shares that one bucket. Set ``limit`` to the portal's plan
    (``STANDARD``: 2/s, burst 50; ``ENTERPRISE``: 5/s, burst 250).
    """

    def __init__(
        self,
        redis: Any,
        limit: RateLimit = STANDARD,
        *,
        key: str | None = None,
        prefix: str = PREFIX,
    ) -> None:
        if not isinstance(limit, RateLimit):
            raise TypeError(f"limit must be a RateLimit, got {type(limit).__name__}")
        self._redis = _Redis(redis, "the shared rate limit")
        self.limit = limit
        self.key = None if key is None else _check_key(key, "the bucket")
        self._prefix = _check_key(prefix, "the prefix")
        self._script = self._redis.script(_RESERVE)

    @property
    def asynchronous(self) -> bool:
        return self._redis.asynchronous

    def for_client(self, portal: str, *, asynchronous: bool) -> Self:
        self._redis.check(asynchronous)
        if self.key is not None:
            return self
        bound = self.__class__.__new__(self.__class__)
        bound.__dict__.update(self.__dict__)
        bound.key = _check_key(portal, "the bucket")
        return bound

    def _args(self) -> tuple[list[str], list[Any]]:
        if self.key is None:
            raise TypeError("this RedisBucket has no key: give it key= or a client")
        keys = [f"{self._prefix}:bucket:{self.key}"]
        return keys, [repr(self.limit.rate), self.limit.burst]

    def _wait(self, reply: object) -> float:
        wait = _number(reply, "the shared rate limit")
        if wait < 0:
            raise SharedStateError(
                "the shared rate limit in Redis holds a value b24client did not write"
            )
        return wait

    def reserve(self) -> float:
        keys, args = self._args()
        return self._wait(self._redis.run(lambda _: self._script(keys, args)))

    async def areserve(self) -> float:
        keys, args = self._args()
        return self._wait(await self._redis.arun(lambda _: self._script(keys, args)))

    def __repr__(self) -> str:
        return (
            f"RedisBucket(rate={self.limit.rate}, burst={self.limit.burst}, "
            f"key={self.key!r})"
        )


class RedisOperatingBudget:
    """Per-method operating time kept in Redis: the newest report any process saw.

    Pass it as ``operating_budget=``. Like :class:`~.ratelimit.OperatingBudget`,
    once a method has used ``headroom`` of ``limit`` seconds in the portal's
    window, callers of it wait for the reported reset, now in every process.
    Without ``key`` each client keys it by its portal and app (or webhook
    user), as the portal counts. Reports below the headroom are not written
    (the portal's sum only grows until its reset), so a call far from the
    limit costs one Redis read.

    A method is still refused by the portal if the calls in flight at once,
    across all processes, cost more than the margin ``(1 - headroom) *
    limit``: lower ``headroom`` for many concurrent, costly calls.
    """

    def __init__(
        self,
        redis: Any,
        limit: float = 480.0,
        *,
        headroom: float = 0.9,
        key: str | None = None,
        prefix: str = PREFIX,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        check_budget(limit, headroom)
        self._redis = _Redis(redis, "the shared operating budget")
        self.limit = float(limit)
        self.headroom = headroom
        self.key = None if key is None else _check_key(key, "the budget")
        self._prefix = _check_key(prefix, "the prefix")
        self._now = wall_clock
        self._record = self._redis.script(_RECORD)
        self._seen: dict[str, float] = {}  # this process's last reading per method

    @property
    def asynchronous(self) -> bool:
        return self._redis.asynchronous

    def for_client(self, credential: str, *, asynchronous: bool) -> Self:
        self._redis.check(asynchronous)
        if self.key is not None:
            return self
        bound = self.__class__.__new__(self.__class__)
        bound.__dict__.update(self.__dict__)
        bound.key = _check_key(credential, "the budget")
        bound._seen = {}
        return bound

    def _name(self, method: str) -> str:
        if self.key is None:
            raise TypeError("this RedisOperatingBudget has no key: give it key=")
        return f"{self._prefix}:operating:{self.key}:{method.lower()}"

    def _report(self, method: str, block: dict[str, Any]) -> list[str] | None:
        """The arguments of a report worth writing, else None."""
        operating = finite_number(block.get("operating"))
        reset_at = finite_number(block.get("operating_reset_at"))
        if operating is None:
            return None
        self._seen[method.lower()] = operating
        if reset_at is None or operating < self.limit * self.headroom:
            return None
        return [repr(operating), repr(reset_at), str(int(WINDOW) + 60)]

    def _delay(self, reply: Any) -> float:
        if not isinstance(reply, (list, tuple)) or len(reply) != 2:
            raise SharedStateError(
                "the shared operating budget in Redis answered an unexpected reply"
            )
        if reply[0] is None:
            return 0.0
        return budget_delay(
            _number(reply[0], "the shared operating budget"),
            _number(reply[1], "the shared operating budget"),
            limit=self.limit,
            headroom=self.headroom,
            now=self._now(),
        )

    def record(self, method: str, time_block: dict[str, Any]) -> None:
        """Note a method's reported use; write it when it nears the limit."""
        args = self._report(method, time_block)
        if args is not None:
            keys = [self._name(method)]
            self._redis.run(lambda _: self._record(keys, args))

    async def arecord(self, method: str, time_block: dict[str, Any]) -> None:
        args = self._report(method, time_block)
        if args is not None:
            keys = [self._name(method)]
            await self._redis.arun(lambda _: self._record(keys, args))

    def delay(self, method: str) -> float:
        """Seconds to wait before calling ``method`` (0 when within budget)."""
        name = self._name(method)
        return self._delay(
            self._redis.run(lambda r: r.hmget(name, "operating", "reset_at"))
        )

    async def adelay(self, method: str) -> float:
        name = self._name(method)
        return self._delay(
            await self._redis.arun(lambda r: r.hmget(name, "operating", "reset_at"))
        )

    def used(self, method: str) -> float:
        """Seconds of the window the method has used, as this process last saw."""
        return self._seen.get(method.lower(), 0.0)

    def __repr__(self) -> str:
        return (
            f"RedisOperatingBudget(limit={self.limit}, headroom={self.headroom}, "
            f"key={self.key!r})"
        )


class RedisTokenStore:
    """Token pairs and refresh locks in Redis, one set of keys per ``member_id``.

    The pair is a hash with its version, replaced only by a compare-and-set
    script over the version it was refreshed from; the lock is ``SET NX PX``
    (it expires after ``lock_ttl`` seconds) holding a fencing token from a
    counter, freed by a script only by its holder. Pairs do not expire (a
    refresh token lives 180 days). The tokens are stored as they are: keep
    the Redis server private (a password, TLS, no public port).
    """

    def __init__(
        self, redis: Any, *, lock_ttl: float = 60.0, prefix: str = PREFIX
    ) -> None:
        self._redis = _Redis(redis, "the shared token store")
        self.lock_ttl = check_lock_ttl(lock_ttl)
        self._prefix = _check_key(prefix, "the prefix")
        self._save = self._redis.script(_SAVE)
        self._put = self._redis.script(_PUT)
        self._lock = self._redis.script(_LOCK)
        self._unlock = self._redis.script(_UNLOCK)

    @property
    def asynchronous(self) -> bool:
        return self._redis.asynchronous

    def _keys(self, member_id: str) -> tuple[str, str, str]:
        base = f"{self._prefix}:oauth:{{{check_member_id(member_id)}}}"
        return f"{base}:pair", f"{base}:lock", f"{base}:fence"

    def _pair(self, reply: Any) -> StoredPair | None:
        if not isinstance(reply, (list, tuple)) or len(reply) != 4:
            raise SharedStateError(
                "the shared token store in Redis answered an unexpected reply"
            )
        if all(value is None for value in reply):
            return None
        access, refresh, expires, version = (_text(value) for value in reply)
        where = "the shared token store in Redis"
        try:
            number = int(version) if version is not None else None
            expiry = float(expires) if expires else None
        except ValueError:
            raise SharedStateError(
                f"{where} holds a pair version b24client did not write"
            ) from None
        return checked_pair(access, refresh, expiry, number, where)

    def _load(self, member_id: str) -> Callable[[Any], Any]:
        pair_key = self._keys(member_id)[0]
        return lambda r: r.hmget(pair_key, "access", "refresh", "expires", "version")

    @staticmethod
    def _version(reply: object) -> int:
        if isinstance(reply, bool) or not isinstance(reply, int) or reply < 0:
            raise SharedStateError(
                "the shared token store in Redis answered an unexpected reply"
            )
        return reply

    def _pair_args(
        self, access: str, refresh: str, expires_at: float | None
    ) -> list[str]:
        register_secrets((access, refresh))
        return [access, refresh, "" if expires_at is None else repr(expires_at)]

    def _saved(
        self, reply: object, access: str, refresh: str, expires_at: float | None
    ) -> StoredPair | None:
        version = self._version(reply)
        return StoredPair(access, refresh, expires_at, version) if version else None

    def load(self, member_id: str) -> StoredPair | None:
        return self._pair(self._redis.run(self._load(member_id)))

    async def aload(self, member_id: str) -> StoredPair | None:
        return self._pair(await self._redis.arun(self._load(member_id)))

    def save(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        keys = [self._keys(member_id)[0]]
        args = self._pair_args(access_token, refresh_token, expires_at)
        reply = self._redis.run(lambda _: self._save(keys, [*args, replaces]))
        return self._saved(reply, access_token, refresh_token, expires_at)

    async def asave(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        keys = [self._keys(member_id)[0]]
        args = self._pair_args(access_token, refresh_token, expires_at)
        reply = await self._redis.arun(lambda _: self._save(keys, [*args, replaces]))
        return self._saved(reply, access_token, refresh_token, expires_at)

    def put(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        keys = [self._keys(member_id)[0]]
        args = self._pair_args(access_token, refresh_token, expires_at)
        reply = self._redis.run(lambda _: self._put(keys, args))
        return StoredPair(access_token, refresh_token, expires_at, self._version(reply))

    async def aput(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        keys = [self._keys(member_id)[0]]
        args = self._pair_args(access_token, refresh_token, expires_at)
        reply = await self._redis.arun(lambda _: self._put(keys, args))
        return StoredPair(access_token, refresh_token, expires_at, self._version(reply))

    def _lock_args(self, member_id: str) -> tuple[list[str], list[int]]:
        _, lock, fence = self._keys(member_id)
        return [lock, fence], [max(1, int(self.lock_ttl * 1000))]

    def lock(self, member_id: str) -> int | None:
        keys, args = self._lock_args(member_id)
        return self._version(self._redis.run(lambda _: self._lock(keys, args))) or None

    async def alock(self, member_id: str) -> int | None:
        keys, args = self._lock_args(member_id)
        reply = await self._redis.arun(lambda _: self._lock(keys, args))
        return self._version(reply) or None

    def unlock(self, member_id: str, token: int) -> None:
        keys = [self._keys(member_id)[1]]
        self._redis.run(lambda _: self._unlock(keys, [token]))

    async def aunlock(self, member_id: str, token: int) -> None:
        keys = [self._keys(member_id)[1]]
        await self._redis.arun(lambda _: self._unlock(keys, [token]))

    def __repr__(self) -> str:
        return f"RedisTokenStore(lock_ttl={self.lock_ttl}, prefix={self._prefix!r})"
