# Source: generator/runtime/_core/writes.py (hand-written; copied into the package by make generate).
"""Calling one method many times as plans, free of I/O: ``call_many``, ``get_many``.

:class:`CallMany` works like :mod:`.bulk`'s reader: :meth:`~CallMany.next_plan`
hands out the plan of one ``batch`` request (up to 50 commands),
:meth:`~CallMany.accept` takes each fetched batch back in the order planned,
and the clients' loops only do the I/O (threads or tasks, up to
``concurrency`` requests in flight).

Which items may go next (bitrix24-protocol.md §7: a batch's commands run one
after another, in the order given):

- Items that touch the same record keep their input order. The record is the
  item's ``key``: by default its top-level parameter named ``id`` in any case
  (``id``, ``ID``, ``Id``), compared as the text the portal reads (``5`` and
  ``"5"`` are one record); or another parameter's name; or a callable
  ``key(params)``. Items without a key (``None``: an ``add``) depend on
  nothing. The items of one key go in one batch, in input order, since the
  portal runs a batch in order; only a key of more than 50 items spans
  batches, and then an item is not sent while an earlier item with its key
  is in flight: it waits until that item's batch is answered (whether that
  item succeeded or failed).
- Everything else goes out as soon as there is room, up to ``concurrency``
  batches in flight, paced by the client's rate limit. A batch goes out with
  fewer than 50 commands only when waiting could not fill it (nothing is in
  flight, or every item left is in it), so the requests stay few.
- ``ordered=True``: one batch after another, in input order (the strict
  behaviour, for items that depend on each other in ways no key says).

Every item ends ``ok``, ``failed`` (the portal's error for it), ``not_run``
(never sent, or refused before it ran) or ``unknown`` (its request failed
after it may have run, or the answer has no entry for it). A batch of writes
is never repeated after it may have run, and once a request fails no further
batch is sent (the batches already in flight are settled as they come).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, Literal

from .batch import MAX_COMMANDS, BatchSections, command_line, nothing_ran
from .bulk import (
    Planner,
    Progress,
    _batch_plan,
    _concurrency,
    _method_info,
    _method_name,
    _Progress,
)
from .calls import Plan
from .errors import BatchCommandNotRunError, Bitrix24Error, InvalidResponseError
from .phpquery import encode, scalar_text
from .protocol import coerce_result, preview
from .types import MethodInfo

__all__ = [
    "WRITE_CONCURRENCY",
    "BulkResult",
    "CallMany",
    "Key",
    "id_param_sets",
]

WRITE_CONCURRENCY = 16
"""Batches in flight by default. The rate limiter paces the requests, so this
only has to keep the portal busy: after the burst a standard portal admits
2 requests/s, which 2 batches in flight already cover at a latency of 1 s;
within the burst (50 requests) it lets a job of up to 800 writes go out in
one round trip. More would only hold more answers at once."""

_WRITES = frozenset({"add", "update", "delete", "set"})
"""Methods named so are sent as writes (never repeated) before the catalog
is asked about them."""

Status = Literal["ok", "failed", "not_run", "unknown"]
Key = str | Callable[[Mapping[str, Any]], Hashable | None] | None
"""How items name their record: a parameter name (any case), a callable, or
None (no item depends on another)."""


class BulkResult:
    """The outcome of one item of :meth:`call_many` / :meth:`get_many`.

    ``status`` is ``"ok"``, ``"failed"`` (the portal refused or failed this
    item; the others are unaffected), ``"not_run"`` (never ran: safe to send
    again) or ``"unknown"`` (its request failed after it may have run).
    """

    __slots__ = ("status", "_value", "error")

    def __init__(
        self, status: Status, value: Any = None, error: Bitrix24Error | None = None
    ) -> None:
        self.status: Status = status
        self._value = value
        self.error = error
        """The item's error unless it is ``ok``."""

    @property
    def ok(self) -> bool:
        """True when the item ran and succeeded."""
        return self.status == "ok"

    @property
    def result(self) -> Any:
        """The item's result; raises its error unless it is ``ok``."""
        if self.status == "ok":
            return self._value
        assert self.error is not None
        raise self.error

    def __repr__(self) -> str:
        if self.status == "ok":
            return f"<BulkResult ok {preview(self._value)}>"
        return f"<BulkResult {self.status} {type(self.error).__name__}: {self.error}>"


def id_param_sets(
    ids: Iterable[int | str], id_param: str, params: Mapping[str, Any] | None
) -> list[dict[str, Any]]:
    """``get_many``'s parameter sets: ``params`` plus each ID."""
    if isinstance(ids, (str, bytes)):
        raise TypeError("ids must be an iterable of IDs, not a string")
    if not isinstance(id_param, str) or not id_param.strip():
        raise ValueError(f"id_param must be a parameter name, got {id_param!r}")
    common = dict(params or {})
    return [{**common, id_param: item} for item in ids]


def _keyer(key: Key) -> Callable[[Mapping[str, Any]], Hashable | None] | None:
    """The function that names an item's record, or None when none is kept."""
    if key is None or callable(key):
        return key
    if not isinstance(key, str) or not key.strip():
        raise ValueError(
            f"key must be a parameter name, a callable or None, got {key!r}"
        )
    name = key.strip().lower()

    def by_name(params: Mapping[str, Any]) -> Hashable | None:
        for param, value in params.items():
            if isinstance(param, str) and param.lower() == name:
                return _record(value)
        return None

    return by_name


def _record(value: Any) -> Hashable | None:
    """A record's key as the portal reads the value (``5`` and ``"5"`` match)."""
    if value is None:
        return None
    if isinstance(value, (dict, list, tuple)):
        return repr(value)
    return scalar_text(value).strip()


class _Chunk:
    """One batch of :class:`CallMany`: its items and how its request ended."""

    __slots__ = ("items", "keys", "sections", "error")

    def __init__(self, items: list[int], keys: set[Hashable]) -> None:
        self.items = items
        """The input positions of its commands ``c0``, ``c1``, ..."""
        self.keys = keys
        self.sections: BatchSections | None = None
        self.error: Bitrix24Error | None = None


class CallMany:
    """Plans the batches that call ``method`` once per parameter set.

    Every parameter set is encoded (and its key read) before anything is
    sent, so a value that cannot be sent fails the call without side
    effects. :meth:`next_plan` gives the next batch's plan, or None when no
    batch may go now; :meth:`accept` takes the plans' values back in the
    order planned; :attr:`results` holds one :class:`BulkResult` per set, in
    input order, once the job is finished.
    """

    def __init__(
        self,
        client: Planner,
        method: str,
        param_sets: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        ordered: bool = False,
        key: Key = "id",
        progress: Progress = None,
    ) -> None:
        name = _method_name(method)
        if isinstance(param_sets, Mapping):
            raise TypeError(
                "param_sets must be an iterable of parameter mappings, not one mapping"
            )
        if ordered:
            if concurrency is not None and concurrency != 1:
                raise ValueError(
                    "ordered=True sends one batch after another; "
                    f"it cannot take concurrency={concurrency!r}"
                )
            concurrency = 1
        self.concurrency = _concurrency(
            WRITE_CONCURRENCY if concurrency is None else concurrency
        )
        self._client = client
        self._name = name
        self._info: MethodInfo | None = None
        if name.rsplit(".", 1)[-1].lower() in _WRITES:
            self._idempotent = False  # the result type is looked up later
        else:
            self._info = _method_info(name)
            self._idempotent = self._info.idempotent
        keyer = None if ordered else _keyer(key)
        texts: list[str] = []
        keys: list[Hashable | None] = []
        for index, params in enumerate(param_sets):
            if not isinstance(params, Mapping):
                raise TypeError(
                    f"parameter set {index} is a {type(params).__name__}, not a mapping"
                )
            texts.append(command_line(name, encode(params)))
            if keyer is not None:
                record = keyer(params)
                try:
                    hash(record)
                except TypeError:
                    raise TypeError(
                        f"the key of parameter set {index} is a "
                        f"{type(record).__name__}, which cannot be hashed"
                    ) from None
                keys.append(record)
        self._texts = texts
        self._keys = keys
        self._results: list[BulkResult | None] = [None] * len(texts)
        # what may go next: items without a key, and the first unsent item of
        # every key with nothing in flight (a heap of input positions)
        self._ready: list[int] = [] if keyer is not None else list(range(len(texts)))
        self._queues: dict[Hashable, deque[int]] = {}
        for index, record in enumerate(keys):
            if record is None:
                self._ready.append(index)
            else:
                queue = self._queues.get(record)
                if queue is None:
                    queue = self._queues[record] = deque()
                    self._ready.append(index)
                queue.append(index)
        self._keyed = bool(self._queues)
        """False: :attr:`_ready` is every unsent item, in order (no heap work)."""
        self._unsent = len(texts)
        self._in_flight = 0
        self._stopped: Bitrix24Error | None = None
        self._progress = _Progress(progress, "call")
        self._progress.total = len(texts)

    @property
    def method(self) -> str:
        return self._name

    def look_up(self) -> MethodInfo:
        """The method's catalog entry (its result type), loaded once.

        Importing the catalog takes 2 ms from bytecode but 0.1 s where
        none was written (compiling 230 KB of source), so for a write (whose
        batches are never repeated, whatever the catalog says) it is left
        until the first batches are in flight: the sync loop calls this
        while it waits for their answers, :meth:`accept` at the latest.
        """
        if self._info is None:
            self._info = _method_info(self._name)
        return self._info

    @property
    def results(self) -> list[BulkResult]:
        """One result per parameter set, in input order (unsent ones ``not_run``)."""
        text = "not sent"
        reason = self._stopped
        if reason is not None:
            text += (
                ": an earlier request of this call failed "
                f"({type(reason).__name__}: {reason})"
            )
        return [
            (
                result
                if result is not None
                else BulkResult(
                    "not_run", error=BatchCommandNotRunError(text, method=self.method)
                )
            )
            for result in self._results
        ]

    def next_plan(self) -> Plan[_Chunk] | None:
        """The plan of the next batch, or None when none may go now."""
        if self._stopped is not None or not self._ready:
            return None
        items, keys, exhausted = self._pick()
        if (
            len(items) < MAX_COMMANDS
            and exhausted
            and self._in_flight
            and len(items) < self._unsent
        ):
            self._put_back(items, keys)  # an answer in flight may free more
            return None
        self._unsent -= len(items)
        self._in_flight += 1
        return self._chunk_plan(_Chunk(items, keys))

    def _pick(self) -> tuple[list[int], set[Hashable], bool]:
        """Take the next batch's items, and whether every ready item is in it.

        The earliest ready items go first, each with every unsent item of its
        key, in input order: the batch runs them in order, so nothing of that
        key waits for an answer. A key with more items than the batch has
        room for is passed over for later ones (at most a batch's worth), so
        that it goes whole in the next batch rather than split across two
        requests sent one after the other; only a key of more than 50 items
        is split, and its rest waits for the answer.
        """
        ready, queues, record_of = self._ready, self._queues, self._keys
        items: list[int] = []
        keys: set[Hashable] = set()
        if not self._keyed:  # the first items, as they come
            count = min(MAX_COMMANDS, len(ready))
            items = ready[:count]
            del ready[:count]
            return items, keys, not ready
        passed: list[int] = []  # ready keys too large for the room left
        pop = heapq.heappop
        while ready and len(items) < MAX_COMMANDS and len(passed) < MAX_COMMANDS:
            index = pop(ready)
            record = record_of[index]
            if record is None:
                items.append(index)
                continue
            queue = queues[record]
            room = MAX_COMMANDS - len(items)
            if room < len(queue) <= MAX_COMMANDS:
                passed.append(index)
                continue
            items.extend(queue.popleft() for _ in range(min(room, len(queue))))
            keys.add(record)
        exhausted = not ready and not passed
        for index in passed:
            heapq.heappush(ready, index)
        return items, keys, exhausted

    def _put_back(self, items: list[int], keys: set[Hashable]) -> None:
        """Undo :meth:`_pick`: the items wait for a fuller batch."""
        queues, record_of = self._queues, self._keys
        if not self._keyed:
            self._ready[:0] = items
            return
        for index in reversed(items):
            record = record_of[index]
            if record is None:
                heapq.heappush(self._ready, index)
            else:
                queues[record].appendleft(index)
        for record in keys:
            heapq.heappush(self._ready, queues[record][0])

    def accept(self, chunk: _Chunk) -> None:
        """Settle the items of a batch and free its keys."""
        self._in_flight -= 1
        results = self._results
        if chunk.error is not None:
            error = chunk.error
            status: Status = "not_run" if nothing_ran(error) else "unknown"
            for index in chunk.items:
                results[index] = BulkResult(status, error=error)
            if self._stopped is None:
                self._stopped = error
        else:
            sections = chunk.sections
            assert sections is not None
            info = self.look_up()
            for k, index in enumerate(chunk.items):
                results[index] = self._settle(sections, f"c{k}", info)
        for record in chunk.keys:
            queue = self._queues[record]
            if queue:
                heapq.heappush(self._ready, queue[0])
            else:
                del self._queues[record]
        self._progress.advance(len(chunk.items), None)

    def _settle(
        self, sections: BatchSections, command_id: str, info: MethodInfo
    ) -> BulkResult:
        if command_id in sections.errors:
            return BulkResult("failed", error=sections.error(command_id, self.method))
        if command_id not in sections.results:  # halt is off: it may have run
            return BulkResult(
                "unknown", error=sections.missing(command_id, self.method)
            )
        try:
            value = coerce_result(info, sections.results[command_id])
        except InvalidResponseError as error:
            return BulkResult("failed", error=error)
        return BulkResult("ok", value)

    def close(self) -> None:
        self._progress.close()

    def __enter__(self) -> CallMany:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        settled = sum(result is not None for result in self._results)
        return f"<CallMany {self.method}: {settled}/{len(self._texts)} settled>"

    def _chunk_plan(self, chunk: _Chunk) -> Plan[_Chunk]:
        texts = self._texts
        commands = {f"c{k}": texts[index] for k, index in enumerate(chunk.items)}
        try:
            chunk.sections = yield from _batch_plan(
                self._client,
                self.method,
                commands,
                halt=False,
                idempotent=self._idempotent,
            )
        except Bitrix24Error as error:
            chunk.error = error
        return chunk
