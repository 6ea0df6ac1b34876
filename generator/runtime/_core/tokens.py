# Source: generator/runtime/_core/tokens.py (hand-written; copied into the package by make generate).
"""Where OAuth token pairs live, so that one refresh serves every process.

Bitrix24 rotates the refresh token on every refresh (bitrix24-protocol.md
§9): two processes that refresh the same grant at once leave one of them
with a spent token. A :class:`TokenStore` holds each portal's pair (keyed by
``member_id``) with a *version*, and a refresh lock with an expiry:

- ``load`` reads the pair; a process whose pair is older than the stored
  one takes the stored one instead of refreshing;
- ``lock`` takes the refresh lock for ``lock_ttl`` seconds and returns a
  fencing token (a number that grows with every taking), ``unlock`` frees it
  only for the holder of that token; a holder that died frees it by expiry;
- ``save`` is a compare-and-set: it stores a pair only over the version it
  was refreshed from. A holder whose lock expired can therefore never
  overwrite a newer pair (the version is the write's fence), while the pair
  it alone holds (the old refresh token is spent) is still kept if nobody
  stored a newer one.

Three stores: :class:`MemoryTokenStore` (this process; the default),
:class:`SQLiteTokenStore` (a file: the processes of one machine) and
``RedisTokenStore`` (:mod:`.shared`: many machines). The refresh itself is
:mod:`.refresh`.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .errors import SharedStateError
from .redaction import MASK, register_secrets

if TYPE_CHECKING:  # sqlite3 and asyncio load when a store needs them
    import sqlite3

__all__ = [
    "StoredPair",
    "TokenStore",
    "MemoryTokenStore",
    "SQLiteTokenStore",
    "checked_pair",
    "is_token",
    "check_lock_ttl",
    "check_member_id",
]

T = TypeVar("T")

MAX_TOKEN = 4096
"""Real tokens are tens of characters; a longer one would ride every request."""


class StoredPair:
    """A token pair as a store holds it, with the version it was stored as."""

    __slots__ = ("access_token", "refresh_token", "expires_at", "version")

    def __init__(
        self,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        version: int,
    ) -> None:
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at = expires_at
        """Unix time when the access token expires, when known."""
        self.version = version
        """1 for the first pair stored for a portal, one more for each replacement."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoredPair) and (
            self.access_token,
            self.refresh_token,
            self.expires_at,
            self.version,
        ) == (other.access_token, other.refresh_token, other.expires_at, other.version)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"StoredPair(access_token='{MASK}', refresh_token='{MASK}', "
            f"expires_at={self.expires_at!r}, version={self.version})"
        )


def is_token(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_TOKEN
        and all(" " < c <= "~" for c in value)
    )


def checked_pair(
    access: object, refresh: object, expires_at: object, version: object, where: str
) -> StoredPair:
    """A pair read back from a store, checked: the store may hold anything."""
    if not (is_token(access) and is_token(refresh)):
        raise SharedStateError(f"{where} holds a token pair b24client did not write")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SharedStateError(f"{where} holds a pair version b24client did not write")
    if expires_at is not None and not (
        isinstance(expires_at, (int, float))
        and not isinstance(expires_at, bool)
        and math.isfinite(expires_at)
    ):
        raise SharedStateError(f"{where} holds an expiry b24client did not write")
    assert isinstance(access, str) and isinstance(refresh, str)
    register_secrets((access, refresh))
    return StoredPair(
        access, refresh, None if expires_at is None else float(expires_at), version
    )


def check_member_id(member_id: object) -> str:
    if (
        not isinstance(member_id, str)
        or not 1 <= len(member_id) <= 200
        or not all(" " < c <= "~" for c in member_id)
    ):
        raise ValueError(
            "member_id must be the portal's id (1 to 200 printable characters), "
            f"got {member_id!r}"
        )
    return member_id


def check_lock_ttl(lock_ttl: object) -> float:
    if (
        isinstance(lock_ttl, bool)
        or not isinstance(lock_ttl, (int, float))
        or not 0.05 <= lock_ttl <= 3600
    ):
        raise ValueError(f"lock_ttl must be 0.05 to 3600 seconds, got {lock_ttl!r}")
    return float(lock_ttl)


class TokenStore(Protocol):
    """Token pairs per portal (``member_id``), and one refresh lock per portal.

    Every method has an ``a``-prefixed twin for the async client.
    ``asynchronous`` is True for a store only an async client can use (over
    an async Redis client), False for one only a sync client can use, None
    for one that serves both.
    """

    lock_ttl: float
    """Seconds a refresh lock lives unless freed: longer than one refresh."""

    @property
    def asynchronous(self) -> bool | None: ...

    def load(self, member_id: str) -> StoredPair | None:
        """The portal's stored pair, or None."""
        ...

    def save(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        """Store a pair over version ``replaces`` (0: over nothing); None when
        the stored version is another (someone stored first)."""
        ...

    def put(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        """Store a new grant whatever is stored (after installing the app or
        authorizing it again)."""
        ...

    def lock(self, member_id: str) -> int | None:
        """Take the refresh lock: its fencing token, or None while another holds it."""
        ...

    def unlock(self, member_id: str, token: int) -> None:
        """Free the lock if ``token`` still holds it (else it expired: no-op)."""
        ...

    async def aload(self, member_id: str) -> StoredPair | None: ...

    async def asave(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None: ...

    async def aput(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair: ...

    async def alock(self, member_id: str) -> int | None: ...

    async def aunlock(self, member_id: str, token: int) -> None: ...


class MemoryTokenStore:
    """Pairs and locks in this process: threads, tasks and clients share them.

    The default: an ``OAuth`` given no store gets its own, shared by every
    client made from it. Pass one store to several ``OAuth`` objects (with
    their ``member_id``) to make them share pairs too.
    """

    asynchronous = None

    def __init__(
        self,
        *,
        lock_ttl: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lock_ttl = check_lock_ttl(lock_ttl)
        self._clock = clock
        self._pairs: dict[str, StoredPair] = {}
        self._locks: dict[str, tuple[int, float]] = {}  # token, expiry
        self._guard = threading.Lock()

    def load(self, member_id: str) -> StoredPair | None:
        with self._guard:
            return self._pairs.get(member_id)

    def save(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        with self._guard:
            current = self._pairs.get(member_id)
            if (current.version if current else 0) != replaces:
                return None
            pair = StoredPair(access_token, refresh_token, expires_at, replaces + 1)
            self._pairs[member_id] = pair
            return pair

    def put(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        check_member_id(member_id)
        register_secrets((access_token, refresh_token))
        with self._guard:
            current = self._pairs.get(member_id)
            version = (current.version if current else 0) + 1
            pair = StoredPair(access_token, refresh_token, expires_at, version)
            self._pairs[member_id] = pair
            return pair

    def lock(self, member_id: str) -> int | None:
        with self._guard:
            token, expiry = self._locks.get(member_id, (0, 0.0))
            now = self._clock()
            if expiry > now:
                return None
            self._locks[member_id] = (token + 1, now + self.lock_ttl)
            return token + 1

    def unlock(self, member_id: str, token: int) -> None:
        with self._guard:
            held, expiry = self._locks.get(member_id, (0, 0.0))
            if held == token:
                self._locks[member_id] = (held, 0.0)

    async def aload(self, member_id: str) -> StoredPair | None:
        return self.load(member_id)

    async def asave(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        return self.save(
            member_id, access_token, refresh_token, expires_at, replaces=replaces
        )

    async def aput(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        return self.put(member_id, access_token, refresh_token, expires_at)

    async def alock(self, member_id: str) -> int | None:
        return self.lock(member_id)

    async def aunlock(self, member_id: str, token: int) -> None:
        self.unlock(member_id, token)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(lock_ttl={self.lock_ttl})"


_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS b24client_tokens (
        member_id TEXT PRIMARY KEY,
        access_token TEXT NOT NULL,
        refresh_token TEXT NOT NULL,
        expires_at REAL,
        version INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS b24client_locks (
        member_id TEXT PRIMARY KEY,
        token INTEGER NOT NULL,
        expires_at REAL NOT NULL)""",
)


class SQLiteTokenStore:
    """Pairs and locks in an SQLite file: the processes of one machine share them.

    Standard library only; every operation is one short ``BEGIN IMMEDIATE``
    transaction on a connection of its own (safe across threads, processes
    and ``fork``). The lock is a row with an expiry (Unix time: the processes
    share the machine's clock) and a fencing token that grows with every
    taking. The file holds live tokens: it is created readable by its owner
    only. ``timeout`` bounds the wait for another process's transaction. The
    async methods run the same work in a thread.
    """

    asynchronous = None

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lock_ttl: float = 60.0,
        timeout: float = 10.0,
    ) -> None:
        self.path = os.fspath(path)
        self.lock_ttl = check_lock_ttl(lock_ttl)
        self.timeout = float(timeout)
        try:
            os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        except OSError as error:
            raise self._failed("could not be opened", error) from None

        def create(db: sqlite3.Connection) -> None:
            for statement in _SCHEMA:
                db.execute(statement)

        self._run(create)

    def _failed(self, what: str, error: BaseException) -> SharedStateError:
        return SharedStateError(
            f"the SQLite token store {self.path!r} {what} ({type(error).__name__})"
        )

    def _transaction(self) -> _Transaction:
        return _Transaction(self.path, self.timeout)

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        import sqlite3

        try:
            with self._transaction() as db:
                return work(db)
        except (OSError, sqlite3.Error) as error:
            raise self._failed("failed", error) from None

    def _read(self, db: sqlite3.Connection, member_id: str) -> StoredPair | None:
        row = db.execute(
            "SELECT access_token, refresh_token, expires_at, version "
            "FROM b24client_tokens WHERE member_id = ?",
            (member_id,),
        ).fetchone()
        if row is None:
            return None
        where = f"the SQLite token store {self.path!r}"
        return checked_pair(row[0], row[1], row[2], row[3], where)

    def _write(
        self,
        db: sqlite3.Connection,
        member_id: str,
        access: str,
        refresh: str,
        expires_at: float | None,
        version: int,
    ) -> StoredPair:
        db.execute(
            "INSERT OR REPLACE INTO b24client_tokens "
            "(member_id, access_token, refresh_token, expires_at, version) "
            "VALUES (?, ?, ?, ?, ?)",
            (member_id, access, refresh, expires_at, version),
        )
        return StoredPair(access, refresh, expires_at, version)

    def load(self, member_id: str) -> StoredPair | None:
        return self._run(lambda db: self._read(db, member_id))

    def save(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        def work(db: sqlite3.Connection) -> StoredPair | None:
            current = self._read(db, member_id)
            if (current.version if current else 0) != replaces:
                return None
            return self._write(
                db, member_id, access_token, refresh_token, expires_at, replaces + 1
            )

        return self._run(work)

    def put(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        check_member_id(member_id)
        register_secrets((access_token, refresh_token))

        def work(db: sqlite3.Connection) -> StoredPair:
            row = db.execute(
                "SELECT version FROM b24client_tokens WHERE member_id = ?",
                (member_id,),
            ).fetchone()
            version = row[0] + 1 if row and isinstance(row[0], int) else 1
            return self._write(
                db, member_id, access_token, refresh_token, expires_at, version
            )

        return self._run(work)

    def lock(self, member_id: str) -> int | None:
        def work(db: sqlite3.Connection) -> int | None:
            row = db.execute(
                "SELECT token, expires_at FROM b24client_locks WHERE member_id = ?",
                (member_id,),
            ).fetchone()
            now = time.time()
            token = row[0] if row and isinstance(row[0], int) else 0
            if row and isinstance(row[1], (int, float)) and row[1] > now:
                return None
            db.execute(
                "INSERT OR REPLACE INTO b24client_locks (member_id, token, expires_at) "
                "VALUES (?, ?, ?)",
                (member_id, token + 1, now + self.lock_ttl),
            )
            return token + 1

        return self._run(work)

    def unlock(self, member_id: str, token: int) -> None:
        self._run(
            lambda db: db.execute(
                "UPDATE b24client_locks SET expires_at = 0 "
                "WHERE member_id = ? AND token = ?",
                (member_id, token),
            )
        )

    async def aload(self, member_id: str) -> StoredPair | None:
        return await _in_thread(self.load, member_id)

    async def asave(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None,
        *,
        replaces: int,
    ) -> StoredPair | None:
        return await _in_thread(
            self.save,
            member_id,
            access_token,
            refresh_token,
            expires_at,
            replaces=replaces,
        )

    async def aput(
        self,
        member_id: str,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
    ) -> StoredPair:
        return await _in_thread(
            self.put, member_id, access_token, refresh_token, expires_at
        )

    async def alock(self, member_id: str) -> int | None:
        return await _in_thread(self.lock, member_id)

    async def aunlock(self, member_id: str, token: int) -> None:
        await _in_thread(self.unlock, member_id, token)

    def __repr__(self) -> str:
        return f"SQLiteTokenStore({self.path!r}, lock_ttl={self.lock_ttl})"


async def _in_thread(work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    import asyncio

    return await asyncio.to_thread(work, *args, **kwargs)


class _Transaction:
    """A connection of its own in one ``BEGIN IMMEDIATE`` transaction: committed
    when the block ends, rolled back when it raises, closed either way."""

    def __init__(self, path: str, timeout: float) -> None:
        import sqlite3

        self._db = sqlite3.connect(path, timeout=timeout, isolation_level=None)

    def __enter__(self) -> sqlite3.Connection:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._db.close()
            raise
        return self._db

    def __exit__(self, exc_type: Any, *rest: Any) -> None:
        try:
            self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        finally:
            self._db.close()
