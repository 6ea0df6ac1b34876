"""A hostile server cannot hang, flood or crash the client — sync and async.

Every answer here comes from :class:`Hostile`, a raw HTTP/1.1 server on
127.0.0.1 whose bytes each test scripts: counts and IDs that are not
numbers, ``next`` that never ends, batch answers that lack commands, time
limits that never lift. Each bad value must end in a typed error
(InvalidResponseError and friends, never ValueError or OverflowError), each
server-driven loop within the client's ``max_retries`` and a generous
wall-time bound. The server answers ``CAP`` requests at most (then an error
no test expects), and every scenario runs under a watchdog, so a client
that would loop or sleep for ever fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from b24client import (
    APIConnectionError,
    BadRequestError,
    BatchCommandNotRunError,
    Bitrix24Error,
    InvalidResponseError,
    OperationTimeLimitError,
    ServerError,
)
from b24client._core.phpquery import parse

from .conftest import SecretGuard, collect, drive, settle

CAP = 60
"""Requests a test's server answers before it refuses (a loop, not a client)."""
BOUND = 30.0
"""Seconds any scenario may take at most: a hang is the failure, not slowness."""
CODE = "h0st1lec0de77"

Answer = tuple[int, Any]
Script = Callable[[str, dict[str, Any]], Answer]


class Hostile:
    """A loopback HTTP server answering each request as ``script`` says.

    ``script(method, params)`` returns ``(status, body)``: bytes are sent as
    they are, anything else as JSON. ``requests`` keeps ``(method, params)``
    of every request, batch ``cmd`` texts parsed back into parameters.
    """

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self._lock = threading.Lock()
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                params = json.loads(self.rfile.read(length) or b"{}")
                method = self.path.rsplit("/", 1)[-1]
                status, body = hostile.answer(method, params)
                content = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/rest/1/{CODE}/"

    def answer(self, method: str, params: dict[str, Any]) -> Answer:
        if method == "batch":
            params = {
                **params,
                "cmd": {
                    cid: parse(text.partition("?")[2])
                    for cid, text in params["cmd"].items()
                },
            }
        with self._lock:
            self.requests.append((method, params))
            if len(self.requests) > CAP:
                return 400, {"error": "TEST_CAP", "error_description": "endless"}
        return self.script(method, params)

    def count(self, method: str) -> int:
        return sum(1 for name, _ in self.requests if name == method)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def hostile(guard: SecretGuard) -> Iterator[Callable[[Script], Hostile]]:
    servers: list[Hostile] = []
    guard.watch(CODE)

    def start(script: Script) -> Hostile:
        servers.append(Hostile(script))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def bounded(mode: str, url: str, scenario: Any, **options: Any) -> Any:
    """``drive`` the scenario against ``url``; it must end within :data:`BOUND` s.

    It runs in a watchdog thread: a client that hangs (sleeping for ever, or
    looping) fails the test instead of hanging the suite.
    """
    options.setdefault("max_retries", 2)
    options.setdefault("timeout", 5.0)
    options.setdefault("rate_limit", None)
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = drive(mode, url, scenario, **options)
        except BaseException as exc:  # handed to the test's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(BOUND)
    assert not worker.is_alive(), f"the client did not finish within {BOUND:.0f}s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def ok(result: Any, **extra: Any) -> Answer:
    return 200, {"result": result, "time": {"start": 1.0, "finish": 1.1}, **extra}


def batch_answer(
    results: Any = (),
    errors: Any = (),
    totals: Any = (),
    times: Any = (),
) -> Answer:
    """A batch answer; PHP sends an empty section as ``[]``."""
    return ok(
        {
            "result": results or [],
            "result_error": errors or [],
            "result_total": totals or [],
            "result_next": [],
            "result_time": times or [],
        }
    )


def rows_of(ids: list[int], params: dict[str, Any]) -> tuple[list[Any], int | None]:
    """A list method over ``ids`` (ascending): filtered, ordered, paged.

    Returns the page's rows and its total (None for ``start=-1``).
    """
    chosen = ids
    for key, value in (params.get("filter") or {}).items():
        if key == ">ID":
            chosen = [i for i in chosen if i > int(value)]
        elif key == "<ID":
            chosen = [i for i in chosen if i < int(value)]
    if str((params.get("order") or {}).get("ID", "ASC")).upper() == "DESC":
        chosen = chosen[::-1]
    start = int(params.get("start", 0))
    rows = [{"ID": str(i)} for i in chosen[max(start, 0) : max(start, 0) + 50]]
    return rows, None if start == -1 else len(chosen)


def list_portal(ids: list[int]) -> Script:
    """An honest list method (plain calls and batches of page commands)."""

    def script(method: str, params: dict[str, Any]) -> Answer:
        if method != "batch":
            rows, total = rows_of(ids, params)
            return ok(rows, **({} if total is None else {"total": total}))
        results: dict[str, Any] = {}
        totals: dict[str, Any] = {}
        for cid, command in params["cmd"].items():
            results[cid], total = rows_of(ids, command)
            if total is not None:
                totals[cid] = total
        return batch_answer(results, totals=totals)

    return script


# --- paging -----------------------------------------------------------------------


def endless_pages(
    *, total: Any = None, next_of: Callable[[int], Any], rows: int = 50
) -> Script:
    """``crm.deal.list`` pages of ``rows`` rows, ``next`` as ``next_of`` says."""

    def script(method: str, params: dict[str, Any]) -> Answer:
        start = int(params.get("start") or 0)
        page = [{"ID": str(start + i + 1)} for i in range(rows)]
        extra: dict[str, Any] = {"next": next_of(start)}
        if total is not None:
            extra["total"] = total
        return ok(page, **extra)

    return script


async def every_row(b24: Any) -> list[Any]:
    return await collect(await settle(b24.crm.deal.list()))


@pytest.mark.parametrize(
    ("next_of", "pages"),
    [
        (lambda start: 0, 1),  # the first page (no start sent) points at itself
        (lambda start: start + 50 if start < 100 else start, 3),
        (lambda start: start + 50 if start < 100 else 50, 3),
    ],
    ids=["zero-on-the-first-page", "same", "backwards"],
)
def test_a_next_that_does_not_advance_is_an_error(
    mode: str, hostile: Any, guard: SecretGuard, next_of: Any, pages: int
) -> None:
    server = hostile(endless_pages(next_of=next_of))

    async def scenario(b24: Any) -> Bitrix24Error:
        with pytest.raises(InvalidResponseError, match="does not advance") as caught:
            await every_row(b24)
        return guard.check(caught.value)

    error = bounded(mode, server.url, scenario)
    assert error.method == "crm.deal.list"
    assert server.count("crm.deal.list") == pages  # refused before fetching again


def test_paging_stops_at_the_total_whatever_next_says(mode: str, hostile: Any) -> None:
    # every page is full and points one page on: only the total ends it
    server = hostile(endless_pages(total=120, next_of=lambda start: start + 50))

    rows = bounded(mode, server.url, every_row)
    assert len(rows) == 150  # the third page starts before 120, the fourth would not
    assert server.count("crm.deal.list") == 3


def test_paging_stops_at_a_page_without_rows(mode: str, hostile: Any) -> None:
    server = hostile(endless_pages(next_of=lambda start: start + 50, rows=0))

    async def scenario(b24: Any) -> Any:
        page = await settle(b24.crm.deal.list())
        assert page.next is None
        return await collect(page)

    assert bounded(mode, server.url, scenario) == []
    assert server.count("crm.deal.list") == 1


BAD_COUNTS = [
    pytest.param("9" * 5000, id="5000-digit-string"),
    pytest.param("١٢٣", id="arabic-indic-digits"),
    pytest.param("²", id="superscript-two"),
    pytest.param(-50, id="negative"),
    pytest.param(2**63, id="beyond-int64"),
    pytest.param(50.0, id="float"),
    pytest.param(True, id="bool"),
    pytest.param({"n": 50}, id="object"),
    pytest.param("50 rows", id="words"),
]


@pytest.mark.parametrize("key", ["total", "next"])
@pytest.mark.parametrize("value", BAD_COUNTS)
def test_bad_total_or_next_is_an_invalid_response(
    mode: str, hostile: Any, guard: SecretGuard, key: str, value: Any
) -> None:
    server = hostile(lambda method, params: ok([{"ID": "1"}], **{key: value}))

    async def scenario(b24: Any) -> Bitrix24Error:
        with pytest.raises(InvalidResponseError, match=f"'{key}'") as caught:
            await every_row(b24)
        return guard.check(caught.value)

    error = bounded(mode, server.url, scenario)
    assert error.method == "crm.deal.list"
    assert len(str(error)) < 300  # the 5,000 digits are not repeated in full
    # a read: repeated as the policy allows, then raised
    assert server.count("crm.deal.list") == 3


@pytest.mark.parametrize(
    "body",
    [
        b'{"result": [], "total": ' + b"9" * 5000 + b"}",
        b'{"result": [], "total": NaN}',
        b'{"result": [{"ID": Infinity}]}',
        b'{"result": -Infinity}',
        b'{"result": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
    ids=["5000-digit-number", "nan", "infinity", "minus-infinity", "deep"],
)
def test_answers_that_are_not_json_are_invalid_responses(
    mode: str, hostile: Any, body: bytes
) -> None:
    server = hostile(lambda method, params: (200, body))

    async def scenario(b24: Any) -> None:
        with pytest.raises(InvalidResponseError, match="malformed JSON"):
            await every_row(b24)

    bounded(mode, server.url, scenario)


# --- read_all ---------------------------------------------------------------------


def bad_ids(bad: bytes) -> Script:
    """Full pages of ascending IDs, but the last row's ID is ``bad`` (raw JSON)."""

    def script(method: str, params: dict[str, Any]) -> Answer:
        rows = ",".join(f'{{"ID":"{i}"}}' for i in range(1, 50))
        page = f'[{rows},{{"ID":{bad.decode()}}}]'
        if method != "batch":
            return 200, f'{{"result":{page},"total":500}}'.encode()
        cmd = ",".join(f'"{cid}":{page}' for cid in params["cmd"])
        total = ",".join(f'"{cid}":500' for cid in params["cmd"])
        sections = f'{{"result":{{{cmd}}},"result_total":{{{total}}}}}'
        return 200, f'{{"result":{sections}}}'.encode()

    return script


STRATEGIES = ["auto", "ranges", "offset", "keyset"]


@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(b"1e400", id="1e400"),
        pytest.param(b'"' + b"9" * 5000 + b'"', id="5000-digit-string"),
        pytest.param(b"1.5", id="1.5"),
        pytest.param(b'"1.5"', id="1.5-string"),
        pytest.param(b'"\\u0661\\u0662\\u0663"', id="arabic-indic"),
        pytest.param(str(2**64).encode(), id="beyond-int64"),
        pytest.param(b"-7", id="negative"),
        pytest.param(b"null", id="null"),
        pytest.param(b"[51]", id="list"),
    ],
)
def test_read_all_refuses_ids_that_are_not_integers(
    mode: str, hostile: Any, guard: SecretGuard, strategy: str, bad: bytes
) -> None:
    server = hostile(bad_ids(bad))

    async def scenario(b24: Any) -> Bitrix24Error:
        with pytest.raises(InvalidResponseError, match="row field 'ID'") as caught:
            await collect(b24.read_all("crm.deal.list", strategy=strategy))
        return guard.check(caught.value)

    error = bounded(mode, server.url, scenario)
    assert error.method == "crm.deal.list" and len(str(error)) < 300
    assert len(server.requests) == 1  # a bad ID is not a reason to ask again


def test_read_all_refuses_an_infinity_constant(mode: str, hostile: Any) -> None:
    server = hostile(bad_ids(b"Infinity"))

    async def scenario(b24: Any) -> None:
        with pytest.raises(InvalidResponseError, match="malformed JSON"):
            await collect(b24.read_all("crm.deal.list"))

    bounded(mode, server.url, scenario)
    assert len(server.requests) == 3  # malformed answers to a read are repeated


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_read_all_ends_when_batch_answers_lack_every_command(
    mode: str, hostile: Any, guard: SecretGuard, strategy: str
) -> None:
    honest = list_portal(list(range(1, 501)))

    def script(method: str, params: dict[str, Any]) -> Answer:
        if method == "batch":
            return batch_answer()  # "result": [], "result_error": [], ...
        return honest(method, params)

    server = hostile(script)

    async def scenario(b24: Any) -> Any:
        rows = []
        with pytest.raises(InvalidResponseError) as caught:
            async for row in aiter_rows(
                b24.read_all("crm.deal.list", strategy=strategy)
            ):
                rows.append(row)
        return rows, guard.check(caught.value)

    rows, error = bounded(mode, server.url, scenario, max_retries=3)
    assert "no entry for command c0" in str(error)
    assert "halt" not in str(error)
    assert server.count("batch") == 4  # the first try and max_retries repeats
    assert [int(r["ID"]) for r in rows] == (
        [] if strategy in ("auto", "ranges") else list(range(1, 51))
    )


async def aiter_rows(rows: Any) -> Any:
    """Rows of a sync or async read_all, as an async iterator."""
    if hasattr(rows, "__aiter__"):
        async for row in rows:
            yield row
    else:
        for row in rows:
            yield row


def test_read_all_ends_when_pages_repeat_rows_already_read(
    mode: str, hostile: Any
) -> None:
    # offset without a total: every page is the same 50 rows, for ever
    def script(method: str, params: dict[str, Any]) -> Answer:
        rows = [{"ID": str(i)} for i in range(1, 51)]
        if method != "batch":
            return ok(rows)
        return batch_answer({cid: rows for cid in params["cmd"]})

    server = hostile(script)

    async def scenario(b24: Any) -> Any:
        with pytest.raises(InvalidResponseError, match="only rows already read"):
            await collect(b24.read_all("crm.deal.list", strategy="offset"))

    bounded(mode, server.url, scenario)
    assert server.count("batch") == 3


@pytest.mark.parametrize("strategy", ["auto", "ranges"])
def test_ranges_stop_at_the_total_whatever_the_far_id(
    mode: str, hostile: Any, strategy: str
) -> None:
    # 60 rows, but the "last row" claims an ID near 2**62: windows up to it
    # would be endless; the total ends the read (auto reads by offset instead)
    honest = list_portal(list(range(1, 61)))

    def script(method: str, params: dict[str, Any]) -> Answer:
        status, body = honest(method, params)
        if method == "batch" and len(params["cmd"]) == 2:  # the first request
            body["result"]["result"]["c1"] = [{"ID": str(2**62)}]
        return status, body

    server = hostile(script)

    async def scenario(b24: Any) -> Any:
        return await collect(b24.read_all("crm.deal.list", strategy=strategy))

    rows = bounded(mode, server.url, scenario)
    assert [int(r["ID"]) for r in rows] == list(range(1, 61))
    assert len(server.requests) <= 3  # the first, then two batches in flight at most


def test_ranges_refuse_a_far_id_beyond_64_bits(mode: str, hostile: Any) -> None:
    honest = list_portal(list(range(1, 61)))

    def script(method: str, params: dict[str, Any]) -> Answer:
        status, body = honest(method, params)
        if method == "batch" and len(params["cmd"]) == 2:
            body["result"]["result"]["c1"] = [{"ID": 10**300}]
        return status, body

    server = hostile(script)

    async def scenario(b24: Any) -> None:
        with pytest.raises(InvalidResponseError, match="row field 'ID'"):
            await collect(b24.read_all("crm.deal.list"))

    bounded(mode, server.url, scenario)


def test_explicit_ranges_need_a_total(mode: str, hostile: Any) -> None:
    honest = list_portal(list(range(1, 201)))

    def script(method: str, params: dict[str, Any]) -> Answer:
        status, body = honest(method, params)
        if method == "batch":
            body["result"]["result_total"] = []
        return status, body

    server = hostile(script)

    async def scenario(b24: Any) -> Any:
        with pytest.raises(InvalidResponseError, match="without its total"):
            await collect(b24.read_all("crm.deal.list", strategy="ranges"))
        return await collect(b24.read_all("crm.deal.list"))  # auto: by offset

    rows = bounded(mode, server.url, scenario)
    assert [int(r["ID"]) for r in rows] == list(range(1, 201))


@pytest.mark.parametrize("value", ["9" * 5000, "١٢٣", -1, 1.5])
def test_read_all_refuses_a_bad_result_total(
    mode: str, hostile: Any, value: Any
) -> None:
    honest = list_portal(list(range(1, 201)))

    def script(method: str, params: dict[str, Any]) -> Answer:
        status, body = honest(method, params)
        if method == "batch":
            body["result"]["result_total"] = {"c0": value}
        return status, body

    server = hostile(script)

    async def scenario(b24: Any) -> None:
        with pytest.raises(InvalidResponseError, match="result_total of c0"):
            await collect(b24.read_all("crm.deal.list"))

    bounded(mode, server.url, scenario)


# --- batches ----------------------------------------------------------------------


def lacking(
    keep: Callable[[str], bool], *, fail: frozenset[str] = frozenset()
) -> Script:
    """Batch answers with results only for the commands ``keep`` lets through."""

    def script(method: str, params: dict[str, Any]) -> Answer:
        results = {cid: 1 for cid in params["cmd"] if keep(cid) and cid not in fail}
        errors = {
            cid: {"error": "ERROR_CORE", "error_description": "refused"} for cid in fail
        }
        return batch_answer(results, errors)

    return script


def test_call_many_items_missing_from_the_answer_are_unknown(
    mode: str, hostile: Any
) -> None:
    server = hostile(lacking(lambda cid: cid != "c1"))

    async def scenario(b24: Any) -> Any:
        sets = [{"id": n, "fields": {"TITLE": "x"}} for n in range(3)]
        return await settle(b24.call_many("crm.deal.update", sets))

    results = bounded(mode, server.url, scenario)
    assert [r.status for r in results] == ["ok", "unknown", "ok"]
    error = results[1].error
    assert isinstance(error, InvalidResponseError)
    assert "no entry for command c1" in str(error) and "halt" not in str(error)
    assert server.count("batch") == 1  # a write is never repeated


@pytest.mark.parametrize(
    "result",
    [[1, 2], "sections", 7, None],
    ids=["list", "string", "number", "null"],
)
def test_a_batch_result_that_is_not_an_object(
    mode: str, hostile: Any, result: Any
) -> None:
    server = hostile(lambda method, params: ok(result))

    async def scenario(b24: Any) -> Any:
        sets = [{"fields": {"TITLE": str(n)}} for n in range(60)]
        many = await settle(b24.call_many("crm.deal.add", sets, ordered=True))
        batch = b24.batch()
        commands = [batch.crm.deal.add(fields={"TITLE": str(n)}) for n in range(60)]
        with pytest.raises(InvalidResponseError, match="batch sections object"):
            await settle(batch.execute())
        return many, commands

    many, commands = bounded(mode, server.url, scenario)
    # the answer came: the first request's commands may have run
    assert [r.status for r in many] == ["unknown"] * 50 + ["not_run"] * 10
    assert [c.status for c in commands] == ["unknown"] * 50 + ["not_run"] * 10
    assert all(isinstance(r.error, InvalidResponseError) for r in many[:50])
    with pytest.raises(InvalidResponseError):
        commands[0].result
    with pytest.raises(BatchCommandNotRunError, match="was not sent"):
        commands[50].result
    assert server.count("batch") == 2  # one per job; nothing after the failure


@pytest.mark.parametrize("halt", [False, True], ids=["halt-off", "halt-on"])
def test_batch_commands_missing_from_the_answer(
    mode: str, hostile: Any, halt: bool
) -> None:
    # c1 fails, c3 is answered, c2 and c4 are missing
    server = hostile(lacking(lambda cid: cid in ("c0", "c3"), fail=frozenset({"c1"})))

    async def scenario(b24: Any) -> Any:
        batch = b24.batch(halt=halt)
        commands = [batch.crm.deal.add(fields={"TITLE": str(n)}) for n in range(5)]
        result = await settle(batch.execute())
        return commands, result

    commands, result = bounded(mode, server.url, scenario)
    statuses = [c.status for c in commands]
    if halt:  # the portal stops after a failure: what it left out did not run
        assert statuses == ["ok", "failed", "not_run", "ok", "not_run"]
        assert "halt is on" in str(commands[2].error)
    else:
        assert statuses == ["ok", "failed", "unknown", "ok", "unknown"]
        for missing in (commands[2], commands[4]):
            assert isinstance(missing.error, InvalidResponseError)
            assert "no entry for command" in str(missing.error)
            assert "halt" not in str(missing.error)
    assert set(result.errors) == {"c1", "c2", "c4"}
    assert not result.ok


def test_batch_missing_commands_without_a_failure_are_unknown_with_halt(
    mode: str, hostile: Any
) -> None:
    server = hostile(lacking(lambda cid: cid == "c0"))

    async def scenario(b24: Any) -> Any:
        batch = b24.batch(halt=True)
        commands = [batch.crm.deal.add(fields={"TITLE": str(n)}) for n in range(3)]
        result = await settle(batch.execute())
        with pytest.raises(InvalidResponseError, match="no entry for command c1"):
            result.raise_for_errors()
        return commands

    commands = bounded(mode, server.url, scenario)
    assert [c.status for c in commands] == ["ok", "unknown", "unknown"]
    assert "halt" not in str(commands[1].error)


FAILED_REQUESTS = [
    # (answer of the first request, error raised, status of its commands)
    pytest.param((500, b"<html>down</html>"), ServerError, "unknown", id="html-500"),
    pytest.param(
        (400, {"error": "ERROR_BATCH_LENGTH_EXCEEDED", "error_description": "51"}),
        BadRequestError,
        "not_run",
        id="refused-whole",
    ),
    pytest.param(
        (200, b'{"result": {'), InvalidResponseError, "unknown", id="truncated"
    ),
    pytest.param(
        (200, {"result": {"result": [], "result_total": {"c0": "9" * 5000}}}),
        None,
        "unknown",
        id="no-entries",
    ),
]


@pytest.mark.parametrize(("answer", "raised", "status"), FAILED_REQUESTS)
def test_no_batch_command_stays_pending(
    mode: str,
    hostile: Any,
    answer: Answer,
    raised: type[Bitrix24Error] | None,
    status: str,
) -> None:
    server = hostile(lambda method, params: answer)

    async def scenario(b24: Any) -> Any:
        batch = b24.batch()
        commands = [batch.crm.deal.add(fields={"TITLE": str(n)}) for n in range(120)]
        if raised is None:
            await settle(batch.execute())
        else:
            with pytest.raises(raised):
                await settle(batch.execute())
        return commands

    commands = bounded(mode, server.url, scenario)
    assert {c.status for c in commands[:50]} == {status}
    later = {c.status for c in commands[50:]}
    assert later == ({"not_run"} if raised is not None else {"unknown"})
    for command in commands:
        assert command.error is not None
        with pytest.raises(Bitrix24Error):
            command.result


def test_a_refused_connection_leaves_every_command_not_run(mode: str) -> None:
    server = Hostile(lambda method, params: ok(True))
    url = server.url
    server.close()  # nothing listens there any more: refused before sending

    async def scenario(b24: Any) -> Any:
        batch = b24.batch()
        commands = [batch.crm.deal.add(fields={"TITLE": str(n)}) for n in range(60)]
        with pytest.raises(APIConnectionError):
            await settle(batch.execute())
        return commands

    commands = bounded(mode, url, scenario, max_retries=1)
    assert {c.status for c in commands} == {"not_run"}
    assert isinstance(commands[0].error, APIConnectionError)
    assert "was not sent" in str(commands[59].error)


def test_batch_command_with_a_bad_total_fails_alone(mode: str, hostile: Any) -> None:
    def script(method: str, params: dict[str, Any]) -> Answer:
        results = {cid: [{"ID": "1"}] for cid in params["cmd"]}
        return batch_answer(results, totals={"c0": "١٢٣", "c1": 7})

    server = hostile(script)

    async def scenario(b24: Any) -> Any:
        batch = b24.batch()
        first, second = batch.crm.deal.list(), batch.crm.deal.list()
        await settle(batch.execute())
        return first, second

    first, second = bounded(mode, server.url, scenario)
    assert first.status == "failed" and isinstance(first.error, InvalidResponseError)
    assert "result_total of c0" in str(first.error)
    assert second.status == "ok" and second.total == 7


# --- operating-time limit -----------------------------------------------------------


def time_limited(reset_at: Callable[[], Any]) -> Script:
    """Every call and every batch command blocked by OPERATION_TIME_LIMIT."""

    def script(method: str, params: dict[str, Any]) -> Answer:
        block = {"operating": 500.0, "operating_reset_at": reset_at()}
        error = {
            "error": "OPERATION_TIME_LIMIT",
            "error_description": "Method is blocked due to operation time limit.",
        }
        if method != "batch":
            return 429, {**error, "time": block}
        return batch_answer(errors={"c0": error}, times={"c0": block})

    return script


def test_operation_time_limit_waits_count_as_retries(mode: str, hostile: Any) -> None:
    # the window lifts half a second after each answer (a past reset is not waited)
    server = hostile(time_limited(lambda: time.time() + 0.5))

    async def scenario(b24: Any) -> None:
        with pytest.raises(OperationTimeLimitError):
            await settle(b24.crm.deal.get(id=1))
        with pytest.raises(OperationTimeLimitError):
            await collect(b24.read_all("crm.deal.list"))

    bounded(mode, server.url, scenario, max_retries=2, wait_on_operation_limit=5)
    assert server.count("crm.deal.get") == 3  # the first try and two waits
    assert server.count("batch") == 3


@pytest.mark.parametrize(
    "reset_at",
    [
        pytest.param(lambda: 1e18, id="1e18"),
        pytest.param(lambda: 10**400, id="400-digits"),
        pytest.param(lambda: time.time() + 3600, id="an-hour-on"),
        pytest.param(lambda: "soon", id="string"),
        pytest.param(lambda: None, id="null"),
    ],
)
def test_operation_time_limit_with_an_absurd_reset_is_not_waited(
    mode: str, hostile: Any, reset_at: Any
) -> None:
    server = hostile(time_limited(reset_at))

    async def scenario(b24: Any) -> Any:
        with pytest.raises(OperationTimeLimitError) as caught:
            await settle(b24.crm.deal.get(id=1))
        with pytest.raises(OperationTimeLimitError):
            await collect(b24.read_all("crm.deal.list"))
        return caught.value

    # even a client willing to wait for ever waits no longer than the window
    error = bounded(mode, server.url, scenario, wait_on_operation_limit=math.inf)
    reset = error.operating_reset_at
    assert reset is None or math.isfinite(reset)
    assert server.count("crm.deal.get") == 1 and server.count("batch") == 1


def test_operation_time_limit_with_a_nan_reset_is_a_malformed_answer(
    mode: str, hostile: Any
) -> None:
    body = (
        b'{"error": "OPERATION_TIME_LIMIT", "error_description": "blocked",'
        b' "time": {"operating": 500, "operating_reset_at": NaN}}'
    )
    server = hostile(lambda method, params: (429, body))

    async def scenario(b24: Any) -> Any:
        with pytest.raises(Bitrix24Error) as caught:
            await settle(b24.crm.deal.get(id=1))
        return caught.value

    error = bounded(mode, server.url, scenario, wait_on_operation_limit=math.inf)
    assert not isinstance(error, OperationTimeLimitError)
    assert "malformed JSON" in str(error)
