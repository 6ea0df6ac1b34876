# Source: generator/runtime/_core/bulk.py (hand-written; copied into the package by make generate).
"""Bulk work as plans, free of I/O: call one method many times, and the pieces
that reading a whole list (:mod:`.reads`) shares with it.

The clients' ``read_all``, ``get_many`` and ``call_many`` only drive what is
planned here and in :mod:`.reads`. A job (:class:`~.reads.ListReader`,
:class:`CallMany`) hands out the
plan of each request (:meth:`next_plan`: one HTTP request, a pure fetch) and
takes the fetched answers back *in the order it planned them*
(:meth:`accept`); the client keeps up to ``job.concurrency`` requests in
flight (threads for the sync client, tasks for the async one) and is the only
one to do I/O. All the bookkeeping is here, shared by both clients.

Calling (:class:`CallMany`): one method with many parameter sets, 50 commands
per batch, results in input order. Every item ends ``ok``, ``failed`` (the
portal's error for it), ``not_run`` (never sent, or refused before it ran) or
``unknown`` (its request failed after it may have run, or the answer has no
entry for it: a write is never repeated blindly). After a request-level
failure no further batch is sent. Batches run one after another unless
``concurrency`` allows more (only for items that do not depend on each
other's order).

Both respect the client's leaky bucket (a batch is one request) and, when the
client keeps an operating budget, the budget of the method inside the batch:
the portal charges each command to its own method, not to ``batch``.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Protocol,
)

from .batch import (
    MAX_COMMANDS,
    BatchCommand,
    BatchSections,
    command_text,
    nothing_ran,
)
from .calls import Plan, Session, Sleep, hold_back, note_time
from .errors import (
    BatchCommandNotRunError,
    Bitrix24Error,
    InvalidResponseError,
)
from .protocol import Envelope, coerce_result, preview
from .types import MethodInfo, Returns

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from .client import ClientCore  # CallMany's annotation (it moves to writes.py)

__all__ = [
    "BulkResult",
    "CallMany",
    "Planner",
    "Progress",
    "id_param_sets",
    "thread_pool",
]

Progress = Callable[[int, int | None], None] | bool | None
"""``(done, total)`` after each request; True: a tqdm bar (when installed)."""

Status = Literal["ok", "failed", "not_run", "unknown"]

_READS = frozenset({"get", "list", "fields", "current"})
_SCALARS: dict[str, Returns] = {
    "integer": "integer",
    "boolean": "boolean",
    "string": "string",
    "number": "number",
}


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


# --- shared pieces ----------------------------------------------------------------


class Planner(Protocol):
    """What the planners need of a client (``ClientCore`` has it): its session
    (rate limit, budget, retry policy) and the plan of one call. Typing only,
    so the plans need not import the client that drives them."""

    @property
    def _session(self) -> Session: ...

    def _plan(
        self,
        info: MethodInfo,
        params: Mapping[str, Any],
        idempotency_key: str | None = None,
    ) -> Plan[Envelope]: ...


class _Deferred:
    """A call made when its result is asked for (the one-at-a-time "pool")."""

    __slots__ = ("_call",)

    def __init__(self, call: Callable[[], Any]) -> None:
        self._call = call

    def result(self) -> Any:
        return self._call()


class _Inline:
    """Runs each submitted call in the caller's thread, when its result is asked
    for: with one request in flight a worker thread buys no overlap worth its
    GIL hand-offs (a 2.5 MB answer arrives in dozens of reads)."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Deferred:
        return _Deferred(lambda: fn(*args))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        pass


def thread_pool(workers: int) -> ThreadPoolExecutor | _Inline:
    """The sync client's workers for one bulk job: threads when ``workers > 1``."""
    if workers == 1:
        return _Inline()
    from concurrent.futures import ThreadPoolExecutor  # imported only when used

    return ThreadPoolExecutor(workers, thread_name_prefix="b24client-bulk")


def _concurrency(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"concurrency must be a positive int, got {value!r}")
    return value


class _Progress:
    """Reports ``(done, total)`` to a callback or a tqdm bar."""

    __slots__ = ("_callback", "_bar", "done", "total")

    def __init__(self, progress: Progress, unit: str) -> None:
        self._callback: Callable[[int, int | None], None] | None = None
        self._bar: Any = None
        self.done = 0
        self.total: int | None = None
        if progress is True:
            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:
                warnings.warn(
                    "progress=True draws a bar with tqdm, which is not installed "
                    "(pip install 'b24client[progress]'); continuing without one",
                    stacklevel=4,
                )
            else:
                self._bar = tqdm(total=None, unit=unit)
        elif callable(progress):
            self._callback = progress
        elif progress is not None and progress is not False:
            raise TypeError(
                "progress must be a callable (done, total), True or None, "
                f"got {type(progress).__name__}"
            )

    def advance(self, count: int, total: int | None) -> None:
        self.done += count
        if total is not None:
            self.total = total
        if self._callback is not None:
            self._callback(self.done, self.total)
        elif self._bar is not None:
            if self.total is not None and self._bar.total != self.total:
                self._bar.total = self.total
            self._bar.update(count)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _method_name(method: str) -> str:
    if not isinstance(method, str) or not method.strip() or "?" in method:
        raise ValueError(f"method must be a REST method name, got {method!r}")
    name = method.strip()
    if name.lower() == "batch":
        raise ValueError("a batch cannot contain another batch")
    return name


def _method_info(name: str) -> MethodInfo:
    """What the generated catalog knows of ``name`` (idempotency, result type).

    Unknown methods count as reads when their last segment is get, list,
    fields or current (the specs' own default), else as writes.
    """
    idempotent = name.rsplit(".", 1)[-1].lower() in _READS
    returns: Returns = "any"
    try:
        catalog: Any = importlib.import_module("b24client._catalog").METHODS
    except ImportError:  # pragma: no cover - the runtime outside the package
        catalog = {}
    entry = catalog.get(name)
    if entry is not None:
        idempotent = bool(entry[5])
        returns = _SCALARS.get(entry[0], "any")
    return MethodInfo(name, idempotent=idempotent, returns=returns)


def _batch_plan(
    client: Planner,
    method: str,
    commands: dict[str, str],
    *,
    halt: bool,
    idempotent: bool,
    pause: float = 0.0,
) -> Plan[BatchSections]:
    """Send one batch of ``method`` commands through the client's call plan.

    The client's plan throttles it (one leaky-bucket slot) and repeats it as
    the retry policy allows (a batch of reads is idempotent, one of writes is
    not). Before it, ``pause`` and the budget of ``method`` are honoured;
    after it, the method's operating time as the last command reported it is
    recorded.
    """
    if pause > 0:
        yield Sleep(pause)
    session = client._session
    yield from hold_back(session, (method,), reserve=False)
    info = MethodInfo("batch", idempotent=idempotent)
    envelope = yield from client._plan(
        info, {"halt": 1 if halt else 0, "cmd": commands}
    )
    sections = BatchSections(envelope.result)
    for command_id in reversed(list(commands)):
        block = sections.times.get(command_id)
        if isinstance(block, dict):
            yield from note_time(session, method, block)
            break
    return sections


def _text(method: MethodInfo, params: Mapping[str, Any]) -> str:
    return command_text(BatchCommand("c", method, dict(params), paged=False))


# --- calling ----------------------------------------------------------------------


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


class _Chunk:
    """One batch of :class:`CallMany`: its items and how its request ended."""

    __slots__ = ("lo", "hi", "sections", "error")

    def __init__(self, lo: int, hi: int) -> None:
        self.lo = lo
        self.hi = hi
        self.sections: BatchSections | None = None
        self.error: Bitrix24Error | None = None


class CallMany:
    """Plans the batches that call ``method`` once per parameter set.

    Every parameter set is encoded before anything is sent, so a value that
    cannot be sent fails the call without side effects. :meth:`next_plan` and
    :meth:`accept` work as in :class:`ListReader`; :attr:`results` holds one
    :class:`BulkResult` per set, in input order, once the job is finished.
    """

    def __init__(
        self,
        client: ClientCore,
        method: str,
        param_sets: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = 1,
        progress: Progress = None,
    ) -> None:
        name = _method_name(method)
        if isinstance(param_sets, Mapping):
            raise TypeError(
                "param_sets must be an iterable of parameter mappings, not one mapping"
            )
        self.concurrency = _concurrency(concurrency)
        self._client = client
        self._info = _method_info(name)
        texts: list[str] = []
        for index, params in enumerate(param_sets):
            if not isinstance(params, Mapping):
                raise TypeError(
                    f"parameter set {index} is a {type(params).__name__}, not a mapping"
                )
            texts.append(_text(self._info, params))
        self._texts = texts
        self._results: list[BulkResult] = []
        self._planned = 0
        self._stopped: Bitrix24Error | None = None
        self._progress = _Progress(progress, "call")
        self._progress.total = len(texts)

    @property
    def method(self) -> str:
        return self._info.name

    @property
    def results(self) -> list[BulkResult]:
        """One result per parameter set, in input order (unsent ones ``not_run``)."""
        reason = self._stopped
        while len(self._results) < len(self._texts):
            text = "not sent"
            if reason is not None:
                text += (
                    ": an earlier request of this call failed "
                    f"({type(reason).__name__}: {reason})"
                )
            self._results.append(
                BulkResult(
                    "not_run", error=BatchCommandNotRunError(text, method=self.method)
                )
            )
        return self._results

    def next_plan(self) -> Plan[_Chunk] | None:
        """The plan of the next batch, or None when no more are to be sent."""
        if self._stopped is not None or self._planned >= len(self._texts):
            return None
        lo = self._planned
        hi = self._planned = min(lo + MAX_COMMANDS, len(self._texts))
        return self._chunk_plan(lo, hi)

    def accept(self, chunk: _Chunk) -> None:
        """Settle the items of a batch (batches come back in plan order)."""
        count = chunk.hi - chunk.lo
        if chunk.error is not None:
            error = chunk.error
            status: Status = "not_run" if nothing_ran(error) else "unknown"
            self._results += [BulkResult(status, error=error) for _ in range(count)]
            if self._stopped is None:
                self._stopped = error
        else:
            sections = chunk.sections
            assert sections is not None
            for k in range(count):
                self._results.append(self._settle(sections, f"c{k}"))
        self._progress.advance(count, None)

    def _settle(self, sections: BatchSections, command_id: str) -> BulkResult:
        if command_id in sections.errors:
            return BulkResult("failed", error=sections.error(command_id, self.method))
        if command_id not in sections.results:  # halt is off: it may have run
            return BulkResult(
                "unknown", error=sections.missing(command_id, self.method)
            )
        try:
            value = coerce_result(self._info, sections.results[command_id])
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
        return (
            f"<CallMany {self.method}: {len(self._results)}/{len(self._texts)} settled>"
        )

    def _chunk_plan(self, lo: int, hi: int) -> Plan[_Chunk]:
        commands = {f"c{i - lo}": self._texts[i] for i in range(lo, hi)}
        chunk = _Chunk(lo, hi)
        try:
            chunk.sections = yield from _batch_plan(
                self._client,
                self.method,
                commands,
                halt=False,
                idempotent=self._info.idempotent,
            )
        except Bitrix24Error as error:
            chunk.error = error
        return chunk
