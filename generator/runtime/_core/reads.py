# Source: generator/runtime/_core/reads.py (hand-written; copied into the package by make generate).
"""Reading a whole list as plans, free of I/O: :class:`ListReader`.

The clients' ``read_all`` only drives what is planned here: the reader hands
out the plan of each request (:meth:`ListReader.next_plan`) and takes the
answers back in the order it planned them (:meth:`ListReader.accept`); how
many requests are in flight at once is :class:`~.readahead.ReadAhead`'s call.

Reading (bitrix24-protocol.md §7-8). The first request is one
page; every following one is a ``batch`` of up to 50 page commands
(2,500 rows), so a 100,000-row table takes 41 requests.

- ``ranges`` (the default in ID order): the first request is a batch of the
  first page, counted, and the last row's ID (the other end of the order,
  ``start=-1``). The IDs between are then read in windows of 50 IDs, one
  command each (``>ID`` and ``<ID`` filters, ``start=-1``: no counting, no
  deep offset): a window holds at most 50 rows, so it is one page whatever
  the gaps, and the windows are independent, so many batches can be in
  flight. With ``auto``, when gaps make the windows cost more
  than a fifth above the pages the total calls for, or when the first page
  came without a total, the read goes on by offset instead. The read ends
  at the last ID or once the rows handed over reach the total, whichever
  comes first. Rows created after the first request beyond the last ID are
  not read.
- ``keyset`` (no counting at all, for tables where even one count is too
  slow): ``start=-1``, ID order and a ``>ID`` filter on the last ID seen.
  Inside one batch the commands are chained: command *k* filters on
  ``$result[c{k-1}][49][ID]``, the last row of the page before it. The first
  short page ends the read; the commands after it ran with an unresolved
  reference and their results are ignored. Each batch needs the one before
  it: one request at a time (the next one is sent before the current rows
  are handed over).
- ``offset`` (the default for any other order; the ID is added as the
  tie-break, so pages stay stable): the first page gives ``total``; the
  batches of ``start=k*50`` commands planned from it are independent, so
  many of them can be in flight.

Rows are checked before they are yielded: in ID order every ID must be an
integer (an int or ASCII digits, within 64 bits) beyond the last one
yielded, so a row never comes twice. A failed command ends its request's
useful part (``halt``); the read resumes there (answers already in flight
beyond it are dropped and asked again), after a pause when the error says to
wait (the client's retry policy and ``wait_on_operation_limit`` decide). A
request that makes no progress (its first command failed or has no entry in
the answer, or its pages hold only rows already read) counts against
``max_retries`` like a failed call, then its error is raised.

A request's plan runs in flight up to its answer, which is decoded only when
the loop takes it (:func:`~.readahead.park`, :func:`~.readahead.unpark`):
answers waiting their turn hold their bytes, not their rows.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from .batch import MAX_COMMANDS, BatchSections, Ref
from .bulk import (
    Planner,
    Progress,
    _batch_plan,
    _concurrency,
    _method_name,
    _Progress,
    _text,
)
from .calls import Plan, Sleep
from .errors import Bitrix24Error, InvalidResponseError, OperationTimeLimitError
from .paging import page_items
from .phpquery import encode
from .protocol import INT64_MAX, Envelope, server_count
from .ratelimit import operating_wait
from .readahead import READ_AHEAD_BYTES, Metered, Parked, ReadAhead, park, unpark
from .types import MethodInfo

__all__ = ["ListReader", "Strategy", "PAGE_SIZE"]

PAGE_SIZE = 50
"""Rows in a full page of a classic list method."""
RANGES_SLACK = 1.2
"""``auto`` reads by ranges while their commands are at most this many times the
pages the total calls for (IDs with few gaps)."""

Strategy = Literal["auto", "ranges", "offset", "keyset"]

_RESERVED = frozenset({"filter", "order", "select", "start"})


def _direction(value: Any, field: str) -> bool:
    """True for descending; the portal's ASC/DESC in any case."""
    text = str(value).strip().upper()
    if text not in ("ASC", "DESC"):
        raise ValueError(f"order[{field}] must be 'ASC' or 'DESC', got {value!r}")
    return text == "DESC"


class _Fetched:
    """One request's answer and what it asked for (plans return these)."""

    __slots__ = ("generation", "starts", "envelope", "sections")

    def __init__(
        self,
        generation: int,
        starts: list[int],
        *,
        envelope: Envelope | None = None,
        sections: BatchSections | None = None,
    ) -> None:
        self.generation = generation
        self.starts = starts
        """Offset and ranges batches: each command's page start or window index."""
        self.envelope = envelope
        """A first page asked alone."""
        self.sections = sections
        """A batch."""


class ListReader:
    """Plans the requests that read every row of a list method.

    :meth:`next_plan` gives the plan of the next request up to its answer, or
    None when no request can be planned now (the read is complete, the next
    request depends on one in flight, or :class:`~.readahead.ReadAhead` wants
    no more in flight); the answers are taken back in the order planned:
    :meth:`resume` gives the plan that decodes one, :meth:`accept` takes its
    value and returns the rows to yield, and :meth:`handed` is told once
    they are all handed over. Use it as a context
    manager so a progress bar is closed.
    """

    def __init__(
        self,
        client: Planner,
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
    ) -> None:
        name = _method_name(method)
        if not isinstance(id_field, str) or not id_field.strip():
            raise ValueError(f"id_field must be a field name, got {id_field!r}")
        if any(c in id_field for c in "[]&=#"):
            raise ValueError(f"id_field cannot contain [ ] & = #: {id_field!r}")
        if strategy not in ("auto", "ranges", "offset", "keyset"):
            raise ValueError(
                "strategy must be 'auto', 'ranges', 'offset' or 'keyset', "
                f"got {strategy!r}"
            )
        if filter is not None and not isinstance(filter, Mapping):
            raise TypeError("filter must be a mapping of conditions")
        if order is not None and not isinstance(order, Mapping):
            raise TypeError("order must be a mapping of field to 'ASC' or 'DESC'")
        if isinstance(select, str):
            raise TypeError("select must be a sequence of field names, not a string")
        extra = dict(params or {})
        clash = sorted(k for k in extra if str(k).lower() in _RESERVED)
        if clash:
            raise ValueError(
                f"pass {', '.join(map(repr, clash))} as read_all's own argument, "
                "not in params (start is managed by the reader)"
            )
        order = dict(order or {})
        directions = {field: _direction(value, field) for field, value in order.items()}
        by_id = all(field.lower() == id_field.lower() for field in order)
        self._auto = strategy == "auto"
        """Ranges may give way to offset once the first answer shows the gaps."""
        if strategy == "auto":
            strategy = "ranges" if by_id else "offset"
        if strategy in ("ranges", "keyset") and not by_id:
            raise ValueError(
                f"{strategy} paging reads in {id_field} order; order by other "
                "fields needs strategy='offset'"
            )
        self.method = name
        self.strategy: Literal["ranges", "offset", "keyset"] = strategy
        self.id_field = id_field
        if concurrency is not None:
            concurrency = _concurrency(concurrency)
        if max_read_ahead_bytes is not None:
            if (
                isinstance(max_read_ahead_bytes, bool)
                or not isinstance(max_read_ahead_bytes, int)
                or max_read_ahead_bytes < 1
            ):
                raise ValueError(
                    "max_read_ahead_bytes must be a positive int, "
                    f"got {max_read_ahead_bytes!r}"
                )
        elif concurrency is None:
            max_read_ahead_bytes = READ_AHEAD_BYTES
        self._pace = ReadAhead(
            fixed=1 if strategy == "keyset" else concurrency,
            budget=max_read_ahead_bytes,
            rows_per_request=MAX_COMMANDS * PAGE_SIZE,
        )
        """How many requests are in flight (keyset batches are chained: one)."""
        self._info = MethodInfo(name, idempotent=True)
        self._client = client
        self._descending = bool(order) and by_id and any(directions.values())
        if by_id:
            order = {id_field: "DESC" if self._descending else "ASC"}
        elif not any(field.lower() == id_field.lower() for field in order):
            order[id_field] = "ASC"  # the tie-break that keeps offset pages stable
        self._checked = by_id
        """Rows come in ID order, so each must be beyond the last one yielded."""
        base: dict[str, Any] = {**extra, "order": order}
        if select:
            fields = [str(field) for field in select]
            if not any(f.strip() in ("*", id_field) for f in fields):
                fields.append(id_field)
            base["select"] = fields
        self._filter = dict(filter or {})
        self._ahead = ("<" if self._descending else ">") + id_field
        """The filter key for "beyond this ID" in the reading order."""
        self._behind = (">" if self._descending else "<") + id_field
        self._base = base
        self._progress = _Progress(progress, "row")
        self._first = True
        self._done = False
        self._last: int | None = None
        """The last ID yielded (keyset bound; the duplicate check)."""
        self._wrapper: str | None = None
        """The key a wrapped page keeps its rows under (``items``), if any."""
        self._start = 0
        """Offset: the start of the next page to accept; ranges: its window."""
        self._planned = 0
        """Offset: the start of the next page to plan; ranges: its window."""
        self._end: int | None = None
        """Offset: the total; ranges: the number of windows (plans stop there)."""
        self._origin = 0
        """Ranges: the ID the windows count from (the first page's last)."""
        self._far = 0
        """Ranges: the last row's ID when the read began (no window goes past it)."""
        self._total: int | None = None
        self._in_flight = 0
        self._generation = 0
        """Bumped when the read resumes elsewhere: older answers are dropped."""
        self._pause = 0.0
        self._stalls = 0
        self._chain: list[str] | None = None
        self._prefix: str | None = None
        """Offset: every command but its start; ranges: up to the first bound's value."""
        self._infix = ""
        """Ranges: between the two bounds' values."""

    @property
    def done(self) -> bool:
        """True once every row has been handed over."""
        return self._done

    @property
    def concurrency(self) -> int:
        """Requests in flight at most (the sync client's worker threads)."""
        return self._pace.most

    # --- driving ------------------------------------------------------------------

    def next_plan(self) -> Plan[Parked[_Fetched]] | None:
        """The plan of the next request, or None when none can be planned now."""
        if self._done or not self._pace.room():
            return None
        if self._first or self.strategy == "keyset" or self._end is None:
            if self._in_flight:
                return None  # the next request depends on the answer in flight
        elif self._planned >= self._end or self._covered():
            return None
        self._in_flight += 1
        self._pace.sent(time.monotonic())
        return park(self._request())

    def resume(self, parked: Parked[_Fetched]) -> Plan[Metered[_Fetched]]:
        """The plan that decodes a request's answer (run it when taking it)."""
        return unpark(parked)

    def _covered(self) -> bool:
        """Ranges, adaptive: the batches in flight already cover the rows the
        total leaves to read (each brings at least 2,500 / ``RANGES_SLACK``
        rows while the IDs have few gaps); more would be sent in vain when
        the far end of the IDs lies beyond the rows."""
        if self.strategy != "ranges" or self._total is None or self._pace.fixed:
            return False
        unread = self._total - self._progress.done
        return self._in_flight * MAX_COMMANDS * PAGE_SIZE >= unread * RANGES_SLACK

    def _request(self) -> Plan[_Fetched]:
        """The next request's plan (next_plan found that one can be planned)."""
        pause, self._pause = self._pause, 0.0
        generation = self._generation
        if self._first:
            if self.strategy == "ranges":
                return self._batch(self._probe(), [], pause, generation)
            start = -1 if self.strategy == "keyset" else 0
            return self._first_plan(self._page_params(start, None), pause, generation)
        if self.strategy == "keyset":
            return self._batch(self._keyset_commands(), [], pause, generation)
        if self.strategy == "ranges":
            assert self._end is not None
            stop = min(self._planned + MAX_COMMANDS, self._end)
            starts = list(range(self._planned, stop))
            self._planned = stop
            return self._batch(self._windows(starts), starts, pause, generation)
        stop = self._planned + MAX_COMMANDS * PAGE_SIZE
        if self._end is not None:
            stop = min(stop, self._end)
        starts = list(range(self._planned, stop, PAGE_SIZE))
        self._planned = starts[-1] + PAGE_SIZE
        return self._batch(self._offsets(starts), starts, pause, generation)

    def accept(self, metered: Metered[_Fetched]) -> list[dict[str, Any]]:
        """The rows of a planned request's answer (answers come back in plan order).

        Call :meth:`handed` once they are all handed over.
        """
        self._in_flight -= 1
        fetched, answer = metered
        rows = self._rows_of(fetched)
        self._pace.taken(answer._replace(rows=len(rows)), time.monotonic())
        return rows

    def handed(self) -> None:
        """The rows :meth:`accept` gave last are all handed over (their bytes freed)."""
        self._pace.handed(time.monotonic())

    def _rows_of(self, fetched: _Fetched) -> list[dict[str, Any]]:
        if self._done or fetched.generation != self._generation:
            return []  # planned before the read resumed elsewhere, or not needed
        if fetched.envelope is not None:
            rows = self._accept_first(fetched.envelope)
        else:
            assert fetched.sections is not None
            if self._first:
                rows = self._accept_probe(fetched.sections)
            elif self.strategy == "keyset":
                rows = self._accept_keyset(fetched.sections)
            else:
                rows = self._accept_positions(fetched.sections, fetched.starts)
        if rows:
            self._stalls = 0  # progress: the retry count starts again
        self._progress.advance(len(rows), self._total)
        if self._done:
            self.close()
        return rows

    def close(self) -> None:
        self._progress.close()

    def __enter__(self) -> ListReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"<ListReader {self.method} {self.strategy}: {self._progress.done} rows"
            f"{', done' if self._done else ''}>"
        )

    # --- plans (pure fetches) -----------------------------------------------------

    def _first_plan(
        self, params: dict[str, Any], pause: float, generation: int
    ) -> Plan[_Fetched]:
        if pause > 0:
            yield Sleep(pause)
        envelope = yield from self._client._plan(self._info, params)
        return _Fetched(generation, [], envelope=envelope)

    def _batch(
        self,
        commands: dict[str, str],
        starts: list[int],
        pause: float,
        generation: int,
    ) -> Plan[_Fetched]:
        sections = yield from _batch_plan(
            self._client,
            self.method,
            commands,
            halt=True,
            idempotent=True,
            pause=pause,
        )
        return _Fetched(generation, starts, sections=sections)

    # --- commands -----------------------------------------------------------------

    def _page_params(self, start: int, bound: Any) -> dict[str, Any]:
        params = dict(self._base)
        conditions = dict(self._filter)
        if bound is not None:
            conditions[self._ahead] = bound
        if conditions:
            params["filter"] = conditions
        params["start"] = start
        return params

    def _probe(self) -> dict[str, str]:
        """Ranges' first batch: the first page, counted, and the last row's ID."""
        last = self._page_params(-1, None)
        last["order"] = {self.id_field: "ASC" if self._descending else "DESC"}
        last["select"] = [self.id_field]
        return {
            "c0": _text(self._info, self._page_params(0, None)),
            "c1": _text(self._info, last),
        }

    def _keyset_commands(self) -> dict[str, str]:
        """A chain of 50 pages, each beyond the last row of the one before it."""
        if self._chain is None:  # the same in every batch: encoded once
            self._chain = [
                _text(self._info, self._page_params(-1, self._last_row_ref(f"c{k}")))
                for k in range(MAX_COMMANDS - 1)
            ]
        commands = {"c0": _text(self._info, self._page_params(-1, self._last))}
        for k, text in enumerate(self._chain, 1):
            commands[f"c{k}"] = text
        return commands

    def _last_row_ref(self, command_id: str) -> Ref:
        ref = Ref(command_id)
        if self._wrapper is not None:
            ref = ref[self._wrapper]
        return ref[PAGE_SIZE - 1][self.id_field]

    def _windows(self, windows: list[int]) -> dict[str, str]:
        """One command per window of 50 IDs beyond the origin, uncounted."""
        if self._prefix is None:  # every command but its bounds' values, encoded once
            prefix = _text(self._info, self._page_params(-1, None))
            ahead, behind = encode({"filter": {self._ahead: 0, self._behind: 0}}).split(
                "&"
            )  # "filter[%3EID]=0": the keys, their values cut off
            self._prefix = f"{prefix}&{ahead[:-1]}"
            self._infix = f"&{behind[:-1]}"
        prefix, infix = self._prefix, self._infix
        commands: dict[str, str] = {}
        for k, window in enumerate(windows):
            # beyond its edge, up to the next window's edge included; the last
            # window ends at the far row (its bound replaces the caller's)
            if self._descending:
                end = max(self._edge(window + 1) - 1, self._far - 1)
            else:
                end = min(self._edge(window + 1) + 1, self._far + 1)
            commands[f"c{k}"] = f"{prefix}{self._edge(window)}{infix}{end}"
        return commands

    def _edge(self, window: int) -> int:
        """The ID a window's rows lie beyond: windows step 50 IDs from the origin."""
        step = -PAGE_SIZE if self._descending else PAGE_SIZE
        return self._origin + window * step

    def _offsets(self, starts: list[int]) -> dict[str, str]:
        """One counted page per start."""
        if self._prefix is None:  # every command but its start, encoded once
            params = self._page_params(0, None)
            del params["start"]
            self._prefix = _text(self._info, params)
        return {f"c{k}": f"{self._prefix}&start={s}" for k, s in enumerate(starts)}

    # --- rows ---------------------------------------------------------------------

    def _rows(self, result: Any) -> list[dict[str, Any]]:
        """A page's rows; the wrapper key is learnt from the first page."""
        if self._first and isinstance(result, dict) and result:
            keys = [k for k, v in result.items() if isinstance(v, list)]
            if isinstance(result.get("items"), list):
                self._wrapper = "items"
            elif len(result) == 1 and len(keys) == 1:
                self._wrapper = str(keys[0])
        rows = page_items(self._info, result)
        for row in rows:
            if not isinstance(row, dict):
                raise InvalidResponseError(
                    f"expected rows as objects, got {type(row).__name__}",
                    method=self.method,
                )
        return rows

    def _keys(self, rows: list[dict[str, Any]]) -> list[int]:
        """The rows' IDs as ints ("42" and 42 alike); InvalidResponseError names
        the field when one is not an ID (1.5, ``1e400``, 5,000 digits, "abc")."""
        field = self.id_field
        try:
            values = [row[field] for row in rows]
        except KeyError:
            raise InvalidResponseError(
                f"rows carry no {field!r} field to page by; pass id_field= "
                "(e.g. 'id' for crm.item.list) or strategy='offset'",
                method=self.method,
            ) from None
        kinds = set(map(type, values))
        if kinds == {str}:  # the usual case, checked and converted at C speed
            text = "".join(values)
            lengths = list(map(len, values))
            if (
                text.isascii()
                and text.isdigit()
                and 0 < min(lengths) <= max(lengths) < 19
            ):
                return list(map(int, values))
        elif kinds == {int} and 0 <= min(values) and max(values) <= INT64_MAX:
            return values
        keys = []
        for value in values:
            key = server_count(value, f"row field {field!r}", self.method)
            if key is None:
                raise InvalidResponseError(
                    f"the portal's row field {field!r} is null, not an ID",
                    method=self.method,
                )
            keys.append(key)
        return keys

    def _fresh(
        self, rows: list[dict[str, Any]], *, strict: bool
    ) -> list[dict[str, Any]] | None:
        """The rows beyond the last ID yielded, in order.

        ``strict`` (keyset): every row must be beyond it and beyond the row
        before it, else None (the command did not honour its bound). Offset
        reads in ID order drop the rows already yielded (pages shift when rows
        are added meanwhile).
        """
        if not self._checked or not rows:
            return rows
        keys = self._keys(rows)
        before = operator.gt if self._descending else operator.lt
        floor = self._last
        if all(map(before, keys, keys[1:])) and (
            floor is None or before(floor, keys[0])
        ):
            kept, floor = rows, keys[-1]
        elif strict:
            return None
        else:
            kept = []
            for row, key in zip(rows, keys, strict=False):
                if floor is None or before(floor, key):
                    kept.append(row)
                    floor = key
        self._last = floor
        return kept

    def _command_failed(self, error: Bitrix24Error) -> None:
        """A request made no progress: pause before the next one, or raise.

        Every such request counts against the client's ``max_retries``,
        whatever the error (an OPERATION_TIME_LIMIT wait included), so no
        answer can keep the read going round forever.
        """
        session = self._client._session
        delay: float | None
        if isinstance(error, OperationTimeLimitError):
            delay = operating_wait(
                error.operating_reset_at,
                limit=session.wait_on_operation_limit,
                now=time.time(),
            )
            if self._stalls >= session.policy.max_retries:
                delay = None
        else:
            delay = session.policy.next_delay(
                error, idempotent=True, retry=self._stalls
            )
        if delay is None:
            raise error
        self._stalls += 1
        self._pause = max(0.0, delay)

    def _unordered(self) -> InvalidResponseError:
        bounds = f"'{self._ahead}'"
        if self.strategy == "ranges":
            bounds += f" and '{self._behind}' filters"
        else:
            bounds += " filter"
        return InvalidResponseError(
            f"the rows do not come in {self.id_field} order within the {bounds}, "
            f"so {self.strategy} paging cannot be used; pass strategy='offset'",
            method=self.method,
        )

    # --- accepting answers --------------------------------------------------------

    def _accept_first(self, envelope: Envelope) -> list[dict[str, Any]]:
        rows = self._rows(envelope.result)
        self._first = False
        fresh = self._fresh(rows, strict=self.strategy == "keyset")
        if fresh is None:
            raise self._unordered()
        if self.strategy == "keyset":
            self._done = len(rows) < PAGE_SIZE
        else:
            self._end = self._total = envelope.total
            self._start = self._planned = PAGE_SIZE
            self._done = len(rows) < PAGE_SIZE or (
                self._end is not None and self._start >= self._end
            )
        return fresh

    def _accept_probe(self, sections: BatchSections) -> list[dict[str, Any]]:
        """Ranges' first batch: yield the first page, then plan the windows."""
        if "c0" in sections.errors or "c0" not in sections.results:
            self._command_failed(self._no_page(sections, "c0"))
            return []
        rows = self._rows(sections.results["c0"])
        self._first = False
        fresh = self._fresh(rows, strict=True)
        if fresh is None:
            raise self._unordered()
        self._total = sections.total("c0", self.method)
        if len(rows) < PAGE_SIZE or (
            self._total is not None and self._total <= PAGE_SIZE
        ):
            self._done = True
            return fresh
        windows = self._window_count(rows[-1], sections)
        pages = None if self._total is None else -(-self._total // PAGE_SIZE) - 1
        if windows is None or (
            self._auto and pages is not None and windows > RANGES_SLACK * pages
        ):
            self.strategy = "offset"  # sparse IDs: pages by position cost less
            self._end = self._total
            self._start = self._planned = PAGE_SIZE
        else:
            self._end = windows
            self._done = windows == 0
        return fresh

    def _window_count(
        self, last_row: dict[str, Any], sections: BatchSections
    ) -> int | None:
        """Windows of 50 IDs from the first page's last row to the other end.

        None when ``auto`` may read by offset instead: the far end is unknown
        (its command failed or is missing) or the rows are not counted (no
        ``total`` to stop at: a far ID alone could call for endless windows);
        ``ranges`` raises then.
        """
        far = None
        if "c1" in sections.results:
            far = self._rows(sections.results["c1"])[:1]
        if self._total is None or not far:
            if self._auto:
                return None
            if self._total is None:
                raise InvalidResponseError(
                    "the first page came without its total, so the ID windows "
                    "cannot be bounded; pass strategy='auto' or 'offset'",
                    method=self.method,
                )
            if not far and "c1" in sections.results:
                raise InvalidResponseError(
                    "the last row of the list came back empty although the first "
                    "page is full; pass strategy='auto' or 'offset'",
                    method=self.method,
                )
            raise self._no_page(sections, "c1")
        self._origin, self._far = self._keys([last_row, far[0]])
        span = self._far - self._origin
        if self._descending:
            span = -span
        return max(0, -(-span // PAGE_SIZE))

    def _no_page(self, sections: BatchSections, command_id: str) -> Bitrix24Error:
        """Why a command of a batch brought no page: its error, or no entry at all."""
        if command_id in sections.errors:
            return sections.error(command_id, self.method)
        return sections.missing(command_id, self.method)

    def _accept_keyset(self, sections: BatchSections) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for k in range(MAX_COMMANDS):
            command_id = f"c{k}"
            if command_id in sections.errors or command_id not in sections.results:
                if k == 0:  # no progress at all
                    self._command_failed(self._no_page(sections, command_id))
                break  # not run (halt): the next request resumes here
            page = self._rows(sections.results[command_id])
            fresh = self._fresh(page, strict=True)
            if fresh is None:
                if k == 0:
                    raise self._unordered()
                break  # its reference did not resolve: resume from the last ID
            rows += fresh
            if len(page) < PAGE_SIZE:
                self._done = True
                break
        return rows

    def _accept_positions(
        self, sections: BatchSections, starts: list[int]
    ) -> list[dict[str, Any]]:
        """An offset or ranges batch: its commands' pages up to the first failure.

        Ranges end once the rows handed over reach the first page's total;
        an offset batch whose pages hold only rows already handed over makes
        no progress, and counts against the retries like a failure.
        """
        rows: list[dict[str, Any]] = []
        ranges = self.strategy == "ranges"
        for k, start in enumerate(starts):
            command_id = f"c{k}"
            if command_id in sections.errors or command_id not in sections.results:
                # resume here; answers planned beyond it are asked again
                self._planned = start
                self._generation += 1
                if k == 0:
                    self._command_failed(self._no_page(sections, command_id))
                    return rows
                break
            page = self._rows(sections.results[command_id])
            if ranges:
                fresh = self._fresh(page, strict=True)
                if fresh is None or not self._inside(fresh, start):
                    raise self._unordered()
                rows += fresh
                self._start = start + 1
                done = self._start >= (self._end or 0) or (
                    self._total is not None
                    and self._progress.done + len(rows) >= self._total
                )
            else:
                fresh = self._fresh(page, strict=False)
                assert fresh is not None
                rows += fresh
                self._start = start + PAGE_SIZE
                total = sections.total(command_id, self.method)
                if total is not None:
                    self._end = self._total = total
                done = len(page) < PAGE_SIZE or (
                    self._end is not None and self._start >= self._end
                )
            if done:
                self._done = True
                break
        if not rows and not self._done and not ranges:
            self._command_failed(
                InvalidResponseError(
                    f"pages from start={starts[0]} hold only rows already read",
                    method=self.method,
                )
            )
        return rows

    def _inside(self, rows: list[dict[str, Any]], window: int) -> bool:
        """Whether a window's rows (in order, beyond the last yielded) end in it."""
        if not rows:
            return True
        limit = self._edge(window + 1)
        key = self._keys(rows[-1:])[0]
        return key >= limit if self._descending else key <= limit
