# Source: generator/runtime/_core/bulkio.py (hand-written; copied into the package by make generate).
"""The bulk helpers' I/O loops, sync and async: ``read_all``, ``get_many``,
``call_many``.

:mod:`.reads` and :mod:`.writes` plan what to send and take the answers back;
these loops only run the plans, threads or tasks up to the job's concurrency.
They are mixed into the client bases (:mod:`.client`) and need of a client
only what :class:`SyncRunner` / :class:`AsyncRunner` name, so neither module
imports the other.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager as ContextManager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .bulk import Planner, Progress, thread_pool
from .calls import Plan
from .reads import ListReader, Strategy
from .writes import BulkResult, CallMany, Key, id_param_sets

__all__ = ["AsyncBulk", "AsyncRunner", "SyncBulk", "SyncRunner"]

T = TypeVar("T")


class SyncRunner(Planner, Protocol):
    """A sync client as the loops see it: a planner that runs plans."""

    def _run(self, plan: Plan[T], turn: ContextManager[Any] = ...) -> T: ...


class AsyncRunner(Planner, Protocol):
    """An async client as the loops see it."""

    async def _run(self, plan: Plan[T]) -> T: ...


if TYPE_CHECKING:  # the client bases give the mixins what the runners name
    _SyncBase = SyncRunner
    _AsyncBase = AsyncRunner
else:
    _SyncBase = _AsyncBase = object


class SyncBulk(_SyncBase):
    """The sync client's bulk helpers (mixed into ``SyncClientBase``)."""

    def read_all(
        self,
        method: str,
        *,
        filter: Mapping[str, Any] | None = None,
        select: Sequence[str] | None = None,
        order: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        strategy: Strategy = "auto",
        id_field: str = "ID",
        concurrency: int | None = None,
        max_read_ahead_bytes: int | None = None,
        progress: Progress = None,
    ) -> Iterator[dict[str, Any]]:
        """Every row of a list method, streamed, by ID unless ``order`` says otherwise.

        Pages are fetched 50 commands per ``batch`` request (2,500 rows each),
        within the client's rate limit, several requests in flight: as many as
        hide the round trip behind your loop's work on the rows (two next
        door, about 20 for a portal 0.5 s away), fewer when your loop is the
        slower side or the rate limit sets the pace (see :mod:`.readahead`).
        ``max_read_ahead_bytes`` (default 64 MiB) bounds the answers read
        ahead of your loop (requests in flight, rows not yet handed over),
        counted as the bytes the portal sent: answers wait undecoded, and only
        the one being handed over is decoded. ``concurrency=N`` keeps exactly
        N requests in flight instead (no byte bound unless one is given).
        ``strategy``: ``"ranges"`` (ID order: the first page counted and the
        last ID, then one uncounted command per window of 50 IDs),
        ``"offset"`` (the total first, then pages by position; any order),
        ``"keyset"`` (no counting at all, for tables where one count is too
        slow: chained ``>ID`` pages, one request at a time) or ``"auto"``
        (ranges when ``order`` is empty or by ``id_field`` alone, going on by
        offset when gaps in the IDs make windows costly; else offset). Rows
        created during the read beyond the last ID may be missed. A row is
        never yielded twice. ``select`` always gains ``id_field``;
        ``id_field="id"`` for families such as ``crm.item.list`` (rows wrapped
        in ``items`` are unwrapped).
        ``progress``: a ``(done, total)`` callback after each request, or True
        for a tqdm bar (``pip install 'b24client[progress]'``).
        """
        reader = ListReader(
            self,
            method,
            filter=filter,
            select=select,
            order=order,
            params=params,
            strategy=strategy,
            id_field=id_field,
            concurrency=concurrency,
            max_read_ahead_bytes=max_read_ahead_bytes,
            progress=progress,
        )
        return self._read_rows(reader)

    def _read_rows(self, reader: ListReader) -> Iterator[dict[str, Any]]:
        window: deque[Any] = deque()  # futures of the requests in flight, in order
        pool = thread_pool(reader.concurrency)
        turn = threading.Lock()
        try:
            with reader:
                rows: list[dict[str, Any]] | None = None
                while True:
                    while (plan := reader.next_plan()) is not None:
                        window.append(pool.submit(self._run, plan, turn))
                    if rows is not None:
                        rows.reverse()  # handed over from the end: each freed when done
                        while rows:
                            yield rows.pop()
                        reader.handed()
                        rows = None
                    elif not window:
                        return
                    else:
                        parked = window.popleft().result()
                        rows = reader.accept(self._run(reader.resume(parked), turn))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def get_many(
        self,
        method: str,
        ids: Iterable[int | str],
        *,
        id_param: str = "id",
        params: Mapping[str, Any] | None = None,
        concurrency: int | None = None,
        progress: Progress = None,
    ) -> list[BulkResult]:
        """Call ``method`` once per ID (``{id_param: id, **params}``), 50 per request.

        As :meth:`call_many` (one :class:`BulkResult` per ID, in input order,
        up to ``concurrency`` requests in flight); reads change no record, so
        no ID waits for another.
        """
        sets = id_param_sets(ids, id_param, params)
        return self.call_many(
            method, sets, concurrency=concurrency, key=None, progress=progress
        )

    def call_many(
        self,
        method: str,
        param_sets: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        ordered: bool = False,
        key: Key = "id",
        progress: Progress = None,
    ) -> list[BulkResult]:
        """Call ``method`` once per parameter set, batched 50 per request.

        Returns one :class:`BulkResult` per set, in input order: ``ok`` with its
        ``result``, ``failed`` with its own ``error`` (the others are not
        affected), ``not_run``, or ``unknown`` when its request failed after it
        may have run. A batch of writes is never repeated after it may have
        run, and no batch is sent after such a failure.

        Sets that touch the same record run in input order: they go in one
        batch, which the portal runs in order (a record with more than 50
        sets spans batches, each sent once the one before is answered). The
        key is the parameter named ``id`` in any case (``5`` and ``"5"`` are
        one record), another parameter's name, a callable ``key(params)``, or
        None; sets without one (``add``) depend on nothing. The rest go out
        up to ``concurrency`` batches at once (default 16), paced by the rate
        limit. ``ordered=True`` sends one batch after another, in input order,
        for sets that depend on each other in ways no key says.
        """
        with (
            CallMany(
                self,
                method,
                param_sets,
                concurrency=concurrency,
                ordered=ordered,
                key=key,
                progress=progress,
            ) as job,
            thread_pool(job.concurrency) as pool,
        ):
            window: deque[Any] = deque()  # futures of the requests in flight, in order
            turn = threading.Lock()
            while True:
                while (
                    len(window) < job.concurrency
                    and (plan := job.next_plan()) is not None
                ):
                    window.append(pool.submit(self._run, plan, turn))
                if not window:
                    break
                job.look_up()  # while the first answers are on their way
                job.accept(window.popleft().result())
        return job.results


class AsyncBulk(_AsyncBase):
    """The async client's bulk helpers (mixed into ``AsyncClientBase``)."""

    def read_all(
        self,
        method: str,
        *,
        filter: Mapping[str, Any] | None = None,
        select: Sequence[str] | None = None,
        order: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        strategy: Strategy = "auto",
        id_field: str = "ID",
        concurrency: int | None = None,
        max_read_ahead_bytes: int | None = None,
        progress: Progress = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every row of a list method, streamed (``async for``), by ID unless ordered.

        Pages are fetched 50 commands per ``batch`` request (2,500 rows each),
        within the client's rate limit, several requests in flight: as many as
        hide the round trip behind your loop's work on the rows (two next
        door, about 20 for a portal 0.5 s away), fewer when your loop is the
        slower side or the rate limit sets the pace (see :mod:`.readahead`).
        ``max_read_ahead_bytes`` (default 64 MiB) bounds the answers read
        ahead of your loop (requests in flight, rows not yet handed over),
        counted as the bytes the portal sent: answers wait undecoded, and only
        the one being handed over is decoded. ``concurrency=N`` keeps exactly
        N requests in flight instead (no byte bound unless one is given).
        ``strategy``: ``"ranges"`` (ID order: the first page counted and the
        last ID, then one uncounted command per window of 50 IDs),
        ``"offset"`` (the total first, then pages by position; any order),
        ``"keyset"`` (no counting at all, for tables where one count is too
        slow: chained ``>ID`` pages, one request at a time) or ``"auto"``
        (ranges when ``order`` is empty or by ``id_field`` alone, going on by
        offset when gaps in the IDs make windows costly; else offset). Rows
        created during the read beyond the last ID may be missed. A row is
        never yielded twice. ``select`` always gains ``id_field``;
        ``id_field="id"`` for families such as ``crm.item.list`` (rows wrapped
        in ``items`` are unwrapped).
        ``progress``: a ``(done, total)`` callback after each request, or True
        for a tqdm bar (``pip install 'b24client[progress]'``).
        """
        reader = ListReader(
            self,
            method,
            filter=filter,
            select=select,
            order=order,
            params=params,
            strategy=strategy,
            id_field=id_field,
            concurrency=concurrency,
            max_read_ahead_bytes=max_read_ahead_bytes,
            progress=progress,
        )
        return self._read_rows(reader)

    async def _read_rows(self, reader: ListReader) -> AsyncIterator[dict[str, Any]]:
        import asyncio

        window: deque[Any] = deque()  # tasks of the requests in flight, in order
        try:
            with reader:
                rows: list[dict[str, Any]] | None = None
                while True:
                    fresh = False
                    while (plan := reader.next_plan()) is not None:
                        window.append(asyncio.ensure_future(self._run(plan)))
                        fresh = True
                    if fresh:  # put the new requests on the wire before decoding
                        for _ in range(SEND_TURNS):
                            await asyncio.sleep(0)
                    if rows is not None:
                        rows.reverse()  # handed over from the end: each freed when done
                        while rows:
                            yield rows.pop()
                        reader.handed()
                        rows = None
                    elif not window:
                        return
                    else:
                        parked = await window.popleft()
                        rows = reader.accept(await self._run(reader.resume(parked)))
        finally:
            await _cancel(window)

    async def get_many(
        self,
        method: str,
        ids: Iterable[int | str],
        *,
        id_param: str = "id",
        params: Mapping[str, Any] | None = None,
        concurrency: int | None = None,
        progress: Progress = None,
    ) -> list[BulkResult]:
        """Call ``method`` once per ID (``{id_param: id, **params}``), 50 per request.

        As :meth:`call_many` (one :class:`BulkResult` per ID, in input order,
        up to ``concurrency`` requests in flight); reads change no record, so
        no ID waits for another.
        """
        sets = id_param_sets(ids, id_param, params)
        return await self.call_many(
            method, sets, concurrency=concurrency, key=None, progress=progress
        )

    async def call_many(
        self,
        method: str,
        param_sets: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        ordered: bool = False,
        key: Key = "id",
        progress: Progress = None,
    ) -> list[BulkResult]:
        """Call ``method`` once per parameter set, batched 50 per request.

        Returns one :class:`BulkResult` per set, in input order: ``ok`` with its
        ``result``, ``failed`` with its own ``error`` (the others are not
        affected), ``not_run``, or ``unknown`` when its request failed after it
        may have run. A batch of writes is never repeated after it may have
        run, and no batch is sent after such a failure.

        Sets that touch the same record run in input order: they go in one
        batch, which the portal runs in order (a record with more than 50
        sets spans batches, each sent once the one before is answered). The
        key is the parameter named ``id`` in any case (``5`` and ``"5"`` are
        one record), another parameter's name, a callable ``key(params)``, or
        None; sets without one (``add``) depend on nothing. The rest go out
        up to ``concurrency`` batches at once (default 16), paced by the rate
        limit. ``ordered=True`` sends one batch after another, in input order,
        for sets that depend on each other in ways no key says.
        """
        import asyncio

        with CallMany(
            self,
            method,
            param_sets,
            concurrency=concurrency,
            ordered=ordered,
            key=key,
            progress=progress,
        ) as job:
            window: deque[Any] = deque()  # tasks of the requests in flight, in order
            try:
                while True:
                    while (
                        len(window) < job.concurrency
                        and (plan := job.next_plan()) is not None
                    ):
                        window.append(asyncio.ensure_future(self._run(plan)))
                    if not window:
                        break
                    # the first accept looks the method up, while the later
                    # answers are on their way (a thread would slow the loop)
                    job.accept(await window.popleft())
            finally:
                await _cancel(window)
        return job.results


SEND_TURNS = 8
"""Event-loop turns a bulk read gives the requests it has just started before
it decodes the next answer. httpx's async stack takes a few turns to check a
connection out and write a request; an answer already in does not wait, so
without them a request planned while answers queue up would go out only when
the loop next waits, a round of decoding later (3b: half a second idle per
wave). A turn with nothing ready costs microseconds."""


async def _cancel(tasks: deque[Any]) -> None:
    """Cancel the bulk requests still in flight and let them unwind (a task
    cancelled but never awaited leaves its connection half made)."""
    import asyncio

    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
