# Source: generator/runtime/_core/bulk.py (hand-written; copied into the package by make generate).
"""The pieces reading a whole list (:mod:`.reads`) and calling one method many
times (:mod:`.writes`) share: plans free of I/O.

The clients' ``read_all``, ``get_many`` and ``call_many`` only drive what is
planned there. A job (:class:`~.reads.ListReader`, :class:`~.writes.CallMany`)
hands out the plan of each request (``next_plan``: one HTTP request, a pure
fetch) and takes the fetched answers back *in the order it planned them*
(``accept``); the client keeps the requests the job allows in flight (threads
for the sync client, tasks for the async one) and is the only one to do I/O.

Both respect the client's leaky bucket (a batch is one request) and, when the
client keeps an operating budget, the budget of the method inside the batch:
the portal charges each command to its own method, not to ``batch``.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from .batch import BatchCommand, BatchSections, command_text
from .calls import Plan, Session, Sleep, hold_back, note_time
from .protocol import Envelope
from .types import MethodInfo, Returns

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

__all__ = ["Planner", "Progress", "thread_pool"]

Progress = Callable[[int, int | None], None] | bool | None
"""``(done, total)`` after each request; True: a tqdm bar (when installed)."""

_READS = frozenset({"get", "list", "fields", "current"})
_SCALARS: dict[str, Returns] = {
    "integer": "integer",
    "boolean": "boolean",
    "string": "string",
    "number": "number",
}


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
