"""Bulk helpers over MockTransport: read_all's planning, get_many and call_many."""

from __future__ import annotations

import asyncio
import bisect
import json
import re
import sys
import threading
import time
import types
from typing import Any

import httpx
import pytest

from b24client import (
    BulkResult,
    InvalidResponseError,
    NotFoundError,
    OperatingBudget,
    RateLimitError,
    ServerError,
)
from b24client._core.client import SyncClientBase
from b24client._core.phpquery import parse
from b24client._core.reads import PAGE_SIZE, ListReader
from b24client._core.writes import id_param_sets

from .conftest import WEBHOOK, Recorder, collect, err, ok, settle

_REF = re.compile(r"^\$result\[(\w+)\]((?:\[[^\[\]]*\])+)$")


class ListPortal:
    """A list method over rows ``1..n`` (IDs as strings), plus ``batch``.

    Speaks offset paging (``start``, ``total``, ``next``) and ``start=-1``
    (``step``: IDs ``1, 1 + step, ...``, gaps between them);
    honours ``>ID``/``<ID`` filters and ID order; resolves ``$result[...]``
    references like the portal and, like it, leaves an unresolved one as
    literal text, which this list reads as "no bound" (rows from the start).
    ``fail``: command ids of every batch that fail; ``wrapper``/``id_field``
    shape the rows like ``crm.item.list``.
    """

    def __init__(
        self,
        n: int,
        *,
        wrapper: str | None = None,
        id_field: str = "ID",
        fail: dict[str, int] | None = None,
        fail_code: str = "INTERNAL_SERVER_ERROR",
        fail_time: dict[str, Any] | None = None,
        ignore_filter: bool = False,
        total_hidden: bool = False,
        step: int = 1,
    ) -> None:
        self.ids = list(range(1, n * step + 1, step))
        self.wrapper = wrapper
        self.id_field = id_field
        self.fail = dict(fail or {})
        self.fail_code = fail_code
        self.fail_time = fail_time
        self.ignore_filter = ignore_filter
        self.total_hidden = total_hidden
        self.pages: list[dict[str, Any]] = []
        self.batches: list[dict[str, str]] = []

    def page(self, params: dict[str, Any]) -> tuple[Any, int | None, int | None]:
        self.pages.append(params)
        start = int(params.get("start", 0))
        order = params.get("order") or {}
        desc = str(order.get(self.id_field, "ASC")).upper() == "DESC"
        ids = self.ids  # kept in ascending order
        for key, value in (params.get("filter") or {}).items():
            if self.ignore_filter or str(value).startswith("$result"):
                continue
            if key == ">" + self.id_field:
                ids = ids[bisect.bisect_right(ids, int(value)) :]
            elif key == "<" + self.id_field:
                ids = ids[: bisect.bisect_left(ids, int(value))]
        if desc:
            ids = ids[::-1]
        if start == -1:
            chosen, total, nxt = ids[:PAGE_SIZE], None, None
        else:
            chosen = ids[start : start + PAGE_SIZE]
            total = len(ids)
            nxt = start + PAGE_SIZE if start + PAGE_SIZE < total else None
            if self.total_hidden:
                total = nxt = None
        rows: list[dict[str, Any]] = [
            {self.id_field: str(i), "TITLE": f"Deal {i}"} for i in chosen
        ]
        result: Any = {self.wrapper: rows} if self.wrapper else rows
        return result, total, nxt

    def resolve(self, value: Any, results: dict[str, Any]) -> Any:
        if isinstance(value, dict):
            return {k: self.resolve(v, results) for k, v in value.items()}
        if isinstance(value, str):
            match = _REF.match(value)
            if match:
                node: Any = results.get(match.group(1))
                for key in re.findall(r"\[([^\[\]]*)\]", match.group(2)):
                    try:
                        node = node[int(key) if isinstance(node, list) else key]
                    except (KeyError, IndexError, TypeError, ValueError):
                        return value
                return node
        return value

    def __call__(self, request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        body = json.loads(request.content)
        if method != "batch":
            result, total, nxt = self.page(body)
            extra = {
                k: v for k, v in (("total", total), ("next", nxt)) if v is not None
            }
            return httpx.Response(200, json={"result": result, "time": {}, **extra})
        self.batches.append(body["cmd"])
        results: dict[str, Any] = {}
        errors: dict[str, Any] = {}
        totals: dict[str, Any] = {}
        times: dict[str, Any] = {}
        for cid, text in body["cmd"].items():
            if self.fail.get(cid, 0) > 0:
                self.fail[cid] -= 1
                errors[cid] = {"error": self.fail_code, "error_description": "boom"}
                if self.fail_time is not None:
                    times[cid] = self.fail_time
                if body["halt"]:
                    break
                continue
            _, _, query = text.partition("?")
            params = self.resolve(parse(query), results)
            results[cid], total, _ = self.page(params)
            if total is not None:
                totals[cid] = total
            times[cid] = {"operating": 1.0 + len(times), "operating_reset_at": 1}
        sections = {
            "result": results or [],
            "result_error": errors or [],
            "result_total": totals or [],
            "result_next": [],
            "result_time": times or [],
        }
        return httpx.Response(200, json={"result": sections, "time": {}})


def ids_of(rows: list[dict[str, Any]], field: str = "ID") -> list[int]:
    return [int(row[field]) for row in rows]


def read(client: Any, method: str = "crm.deal.list", **options: Any) -> Any:
    return collect(client.read_all(method, **options))


# --- keyset -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "requests"),
    [(0, 1), (30, 1), (50, 2), (120, 2), (2549, 2), (2550, 3), (5001, 3), (5050, 4)],
)
def test_keyset_reads_every_row_once_in_order(run: Any, n: int, requests: int) -> None:
    portal = ListPortal(n)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="keyset")

    assert ids_of(run(scenario, recorder)) == list(range(1, n + 1))
    assert len(recorder.requests) == requests
    assert recorder.methods() == ["crm.deal.list"] + ["batch"] * (requests - 1)


def test_keyset_request_shapes_and_chaining(run: Any) -> None:
    portal = ListPortal(2600)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(
            client,
            filter={"STAGE_ID": "NEW"},
            select=["TITLE"],
            params={"x": 1},
            strategy="keyset",
        )

    run(scenario, recorder)
    first = recorder.bodies()[0]
    assert first == {
        "x": 1,
        "order": {"ID": "ASC"},
        "select": ["TITLE", "ID"],
        "filter": {"STAGE_ID": "NEW"},
        "start": -1,
    }
    cmd = portal.batches[0]
    assert list(cmd) == [f"c{k}" for k in range(50)]
    assert cmd["c0"] == (
        "crm.deal.list?x=1&order[ID]=ASC&select[]=TITLE&select[]=ID"
        "&filter[STAGE_ID]=NEW&filter[%3EID]=50&start=-1"
    )
    assert cmd["c1"].endswith("&filter[%3EID]=$result[c0][49][ID]&start=-1")
    assert cmd["c49"].endswith("&filter[%3EID]=$result[c48][49][ID]&start=-1")
    assert recorder.bodies()[1]["halt"] == 1
    # the second batch starts from the last ID of the first one
    assert portal.batches[1]["c0"].endswith("filter[%3EID]=2550&start=-1")


def test_keyset_ignores_commands_after_the_short_page(run: Any) -> None:
    # 120 rows: the first page holds 1-50; in the batch, c0 holds 51-100 and c1
    # is short (101-120); c2..c49 ran with an unresolved reference and got rows
    # from the start, which must not be yielded again
    portal = ListPortal(120)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="keyset")

    assert ids_of(run(scenario, recorder)) == list(range(1, 121))
    assert len(portal.pages) == 1 + 50  # every command of the batch ran


def test_keyset_descending(run: Any) -> None:
    portal = ListPortal(130)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, order={"ID": "desc"}, strategy="keyset")

    assert ids_of(run(scenario, recorder)) == list(range(130, 0, -1))
    assert recorder.bodies()[0]["order"] == {"ID": "DESC"}
    assert "filter[%3CID]=81&" in portal.batches[0]["c0"]


def test_wrapped_rows_and_lowercase_id(run: Any) -> None:
    portal = ListPortal(140, wrapper="items", id_field="id")
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(
            client,
            "crm.item.list",
            params={"entityTypeId": 2},
            select=["id", "title"],
            id_field="id",
            strategy="keyset",
        )

    assert ids_of(run(scenario, recorder), "id") == list(range(1, 141))
    assert recorder.bodies()[0]["order"] == {"id": "ASC"}
    assert recorder.bodies()[0]["select"] == ["id", "title"]
    assert portal.batches[0]["c1"].endswith(
        "filter[%3Eid]=$result[c0][items][49][id]&start=-1"
    )


@pytest.mark.parametrize("strategy", ["keyset", "auto"])
def test_id_paging_refuses_a_method_that_ignores_the_bounds(
    run: Any, strategy: str
) -> None:
    recorder = Recorder([ListPortal(200, ignore_filter=True)])

    async def scenario(client: Any, _: Any) -> Any:
        with pytest.raises(InvalidResponseError, match="strategy='offset'"):
            await read(client, strategy=strategy)

    run(scenario, recorder)
    assert len(recorder.requests) == 2


def test_rows_without_the_id_field_are_explained(run: Any) -> None:
    recorder = Recorder([ok([{"TITLE": "x"}] * 50)])

    async def scenario(client: Any, _: Any) -> Any:
        with pytest.raises(InvalidResponseError, match="id_field="):
            await read(client, strategy="keyset")

    run(scenario, recorder)


# --- ranges (auto in ID order) -------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "requests"),
    [(0, 1), (30, 1), (50, 1), (51, 2), (2550, 2), (2551, 3), (5050, 3), (5051, 4)],
)
def test_ranges_read_every_row_once_in_order(run: Any, n: int, requests: int) -> None:
    portal = ListPortal(n)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client)

    assert ids_of(run(scenario, recorder)) == list(range(1, n + 1))
    assert len(recorder.requests) == requests
    assert recorder.methods() == ["batch"] * requests
    assert len(portal.pages) == 2 + -(-max(n - 50, 0) // 50)  # a page per window


def test_ranges_request_shapes(run: Any) -> None:
    portal = ListPortal(2600)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(
            client, filter={"STAGE_ID": "NEW"}, select=["TITLE"], params={"x": 1}
        )

    assert ids_of(run(scenario, recorder)) == list(range(1, 2601))
    common = "crm.deal.list?x=1&order[ID]=ASC&select[]=TITLE&select[]=ID"
    # the first page counted, and the ID at the other end
    assert portal.batches[0] == {
        "c0": f"{common}&filter[STAGE_ID]=NEW&start=0",
        "c1": "crm.deal.list?x=1&order[ID]=DESC&select[]=ID"
        "&filter[STAGE_ID]=NEW&start=-1",
    }
    assert recorder.bodies()[0]["halt"] == 1
    # then a window of 50 IDs per command, uncounted, independent of each other
    window = (
        f"{common}&filter[STAGE_ID]=NEW&start=-1&filter[%3EID]={{}}&filter[%3CID]={{}}"
    )
    assert portal.batches[1]["c0"] == window.format(50, 101)
    assert portal.batches[1]["c49"] == window.format(2500, 2551)
    assert portal.batches[2] == {"c0": window.format(2550, 2601)}


@pytest.mark.parametrize("order", ["ASC", "DESC"])
def test_ranges_keep_the_callers_id_bounds(run: Any, order: str) -> None:
    # the windows' own ">ID"/"<ID" replace the caller's: the last one must
    # still end at the last row the caller's filter lets through
    portal = ListPortal(400)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, filter={">ID": 20, "<ID": 333}, order={"ID": order})

    wanted = list(range(21, 333))
    assert ids_of(run(scenario, recorder)) == (
        wanted if order == "ASC" else wanted[::-1]
    )


def test_ranges_descending_and_wrapped_rows(run: Any) -> None:
    portal = ListPortal(130, wrapper="items", id_field="id")
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, "crm.item.list", order={"id": "desc"}, id_field="id")

    assert ids_of(run(scenario, recorder), "id") == list(range(130, 0, -1))
    assert portal.batches[0]["c1"] == (
        "crm.item.list?order[id]=ASC&start=-1&select[]=id"
    )
    assert portal.batches[1] == {
        "c0": "crm.item.list?order[id]=DESC&start=-1&filter[%3Cid]=81&filter[%3Eid]=30",
        "c1": "crm.item.list?order[id]=DESC&start=-1&filter[%3Cid]=31&filter[%3Eid]=0",
    }


def test_auto_reads_sparse_ids_by_offset_and_ranges_when_asked(run: Any) -> None:
    # IDs 1, 3, 5, ...: windows would cost twice the pages the total calls for
    for strategy, pages in (("auto", 2 + 99), ("ranges", 2 + 198)):
        portal = ListPortal(5000, step=2)
        recorder = Recorder([portal])

        async def scenario(client: Any, _: Any, strategy: str = strategy) -> Any:
            return await read(client, strategy=strategy)

        assert ids_of(run(scenario, recorder)) == list(range(1, 10_000, 2))
        assert len(portal.pages) == pages
    assert portal.batches[1]["c0"].endswith("filter[%3EID]=99&filter[%3CID]=150")


def test_reads_in_id_order_need_integer_ids(run: Any) -> None:
    # "a000" cannot be compared with the portal's own order: reads in ID order
    # refuse it, naming the field; ordered by another field, the rows are read
    rows = [{"ID": f"a{n:03}", "TITLE": f"t{n:03}"} for n in range(60)]

    def page(params: dict[str, Any]) -> dict[str, Any]:
        start = max(int(params.get("start", 0)), 0)
        return {"rows": rows[start : start + 50], "total": len(rows)}

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if "cmd" not in body:
            found = page(body)
            return httpx.Response(
                200, json={"result": found["rows"], "total": found["total"]}
            )
        results: dict[str, Any] = {}
        totals: dict[str, Any] = {}
        for cid, text in body["cmd"].items():
            found = page(parse(text.partition("?")[2]))
            results[cid], totals[cid] = found["rows"], found["total"]
        sections = {"result": results, "result_total": totals}
        return httpx.Response(200, json={"result": sections, "time": {}})

    recorder = Recorder([handler])

    async def scenario(client: Any, _: Any) -> Any:
        for strategy in ("auto", "ranges", "offset", "keyset"):
            with pytest.raises(InvalidResponseError, match="row field 'ID' is 'a000'"):
                await read(client, strategy=strategy)
        return await read(client, order={"TITLE": "ASC"})

    assert run(scenario, recorder) == rows


def test_ranges_refuse_rows_outside_their_window(run: Any) -> None:
    portal = ListPortal(300, step=2)

    def loose(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        for cid, text in list(body["cmd"].items()):  # the portal drops "<ID"
            body["cmd"][cid] = re.sub(r"&filter\[%3CID\]=\d+", "", text)
        return portal(httpx.Request("POST", request.url, json=body))

    async def scenario(client: Any, _: Any) -> Any:
        with pytest.raises(InvalidResponseError, match="'>ID' and '<ID' filters"):
            await read(client, strategy="ranges")

    run(scenario, Recorder([loose]))


def test_ranges_run_concurrently_and_a_failed_window_is_asked_again(
    run: Any, mode: str
) -> None:
    portal = ListPortal(20_000, fail={"c2": 1})
    slow = Slow(portal, mode, 0.005)
    recorder = Recorder([slow])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, concurrency=3)

    assert ids_of(run(scenario, recorder)) == list(range(1, 20_001))
    assert 1 < slow.peak <= 3 and len(recorder.requests) > 9


def test_ranges_first_request_failures(run: Any) -> None:
    # the first page failing is retried; the far end failing makes auto go on
    # by offset and ranges raise
    for strategy, fail in (("auto", {"c0": 1}), ("auto", {"c1": 1})):
        portal = ListPortal(200, fail=fail)
        recorder = Recorder([portal])

        async def scenario(client: Any, _: Any, strategy: str = strategy) -> Any:
            return await read(client, strategy=strategy)

        assert ids_of(run(scenario, recorder)) == list(range(1, 201))
    assert portal.batches[1]["c0"].endswith("&start=50")  # offset after c1 failed

    async def strict(client: Any, _: Any) -> Any:
        with pytest.raises(ServerError, match="boom"):
            await read(client, strategy="ranges")

    run(strict, Recorder([ListPortal(200, fail={"c1": 1})]))


# --- offset -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "requests"),
    [(0, 1), (50, 1), (51, 2), (2550, 2), (2551, 3), (5050, 3), (5100, 4)],
)
def test_offset_plans_from_the_total(run: Any, n: int, requests: int) -> None:
    portal = ListPortal(n)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="offset")

    assert ids_of(run(scenario, recorder)) == list(range(1, n + 1))
    assert len(recorder.requests) == requests
    # every page once, none beyond the total (batches may arrive in any order)
    starts = sorted(int(p["start"]) for p in portal.pages)
    assert starts == list(range(0, max(n, 1), 50))
    assert all(len(cmd) <= 50 for cmd in portal.batches)


def test_auto_uses_offset_for_other_orders_with_the_id_tie_break(run: Any) -> None:
    portal = ListPortal(60)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, order={"TITLE": "ASC"})

    assert sorted(ids_of(run(scenario, recorder))) == list(range(1, 61))
    assert recorder.bodies()[0]["order"] == {"TITLE": "ASC", "ID": "ASC"}
    assert recorder.bodies()[0]["start"] == 0
    assert portal.batches[0] == {
        "c0": "crm.deal.list?order[TITLE]=ASC&order[ID]=ASC&start=50"
    }


def test_offset_without_a_total_reads_to_the_short_page(run: Any) -> None:
    portal = ListPortal(120, total_hidden=True)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="offset")

    assert ids_of(run(scenario, recorder)) == list(range(1, 121))
    assert len(portal.batches[0]) == 50 and len(recorder.requests) == 2


def test_offset_in_id_order_never_repeats_a_row(run: Any) -> None:
    """A row inserted before the read position shifts the pages by one."""
    portal = ListPortal(100)

    def shifting(request: httpx.Request) -> httpx.Response:
        response = portal(request)
        if len(portal.pages) == 1:
            portal.ids.insert(0, 0)  # a new row sorts first: page 2 repeats row 50
        return response

    recorder = Recorder([shifting])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="offset")

    assert ids_of(run(scenario, recorder)) == list(range(1, 101))


class Slow:
    """Wraps a handler: each answer takes ``delay``; records the peak in flight.

    Sync clients call it from their worker threads (it sleeps); async ones
    from the event loop (it returns a coroutine, which MockTransport awaits).
    """

    def __init__(self, inner: Any, mode: str, delay: float = 0.02) -> None:
        self.inner, self.delay, self.mode = inner, delay, mode
        self.now = self.peak = 0
        self.lock = threading.Lock()

    def _enter(self) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def _leave(self) -> None:
        with self.lock:
            self.now -= 1

    def __call__(self, request: httpx.Request) -> Any:
        if self.mode == "sync":
            self._enter()
            time.sleep(self.delay)
            self._leave()
            return self.inner(request)

        async def later() -> httpx.Response:
            self._enter()
            await asyncio.sleep(self.delay)
            self._leave()
            response: httpx.Response = self.inner(request)
            return response

        return later()


def test_offset_batches_run_concurrently_and_rows_stay_in_order(
    run: Any, mode: str
) -> None:
    portal = ListPortal(20_000)
    slow = Slow(portal, mode)
    recorder = Recorder([slow])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="offset", concurrency=3)

    assert ids_of(run(scenario, recorder)) == list(range(1, 20_001))
    assert len(recorder.requests) == 9 and 1 < slow.peak <= 3


def test_keyset_batches_go_one_at_a_time(run: Any, mode: str) -> None:
    slow = Slow(ListPortal(8_000), mode)
    recorder = Recorder([slow])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, concurrency=8, strategy="keyset")

    assert ids_of(run(scenario, recorder)) == list(range(1, 8_001))
    assert slow.peak == 1


def test_concurrent_offset_read_recovers_from_a_failed_batch(
    run: Any, mode: str
) -> None:
    # whichever batch reaches the portal first fails at c2; the batches planned
    # after it are asked again, and no row is lost or repeated
    portal = ListPortal(20_000, fail={"c2": 1})
    recorder = Recorder([Slow(portal, mode, 0.005)])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="offset", concurrency=4)

    assert ids_of(run(scenario, recorder)) == list(range(1, 20_001))
    assert len(recorder.requests) > 9


# --- errors while reading -----------------------------------------------------------


def test_failed_command_resumes_where_it_stopped(run: Any) -> None:
    portal = ListPortal(3000, fail={"c3": 1})
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="keyset")

    assert ids_of(run(scenario, recorder)) == list(range(1, 3001))
    # batch 1 stopped at c3 (halt): 3 pages; the next one resumed after them
    assert portal.batches[1]["c0"].endswith("filter[%3EID]=200&start=-1")


def test_persistent_command_failure_is_raised_after_retries(run: Any) -> None:
    portal = ListPortal(3000, fail={"c0": 99})
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        rows = []
        with pytest.raises(ServerError, match="boom"):
            reader = client.read_all("crm.deal.list", strategy="keyset")
            async for row in _aiter(reader):
                rows.append(row)
        return rows

    assert ids_of(run(scenario, recorder, max_retries=2)) == list(range(1, 51))
    assert len(portal.batches) == 3  # the first try and two repeats


def test_operating_time_limit_of_a_command_is_waited_out(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("b24client._core.reads.time.time", lambda: 1000.0)
    portal = ListPortal(
        200,
        fail={"c0": 1},
        fail_code="OPERATION_TIME_LIMIT",
        fail_time={"operating": 500, "operating_reset_at": 1000.01},
    )
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="keyset")

    assert ids_of(run(scenario, recorder, wait_on_operation_limit=5)) == list(
        range(1, 201)
    )
    assert len(portal.batches) == 2

    portal = ListPortal(
        200,
        fail={"c0": 1},
        fail_code="OPERATION_TIME_LIMIT",
        fail_time={"operating": 500, "operating_reset_at": 1900},
    )

    async def too_long(client: Any, _: Any) -> Any:
        from b24client import OperationTimeLimitError

        with pytest.raises(OperationTimeLimitError):
            await read(client, strategy="keyset")

    run(too_long, Recorder([portal]), wait_on_operation_limit=5)


def test_offset_command_failure_resumes_at_that_start(run: Any) -> None:
    portal = ListPortal(300, fail={"c2": 1})
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        return await read(client, strategy="offset")

    assert ids_of(run(scenario, recorder)) == list(range(1, 301))
    assert portal.batches[1]["c0"].endswith("start=150")


async def _aiter(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


@pytest.mark.parametrize(("strategy", "most"), [("keyset", 3), ("auto", 4)])
def test_rows_stream_a_window_ahead(run: Any, strategy: str, most: int) -> None:
    portal = ListPortal(20_000)
    recorder = Recorder([portal])

    async def scenario(client: Any, _: Any) -> Any:
        seen = 0
        reader = client.read_all("crm.deal.list", strategy=strategy)
        async for _row in _aiter(reader):
            seen += 1
            if seen == 60:
                break
        return len(recorder.requests)

    # the first request, then ``concurrency`` batches in flight and at most one
    # more (sent before the rows are handed over); the read takes 9 requests
    assert run(scenario, recorder) <= most


def test_invalid_arguments_fail_before_sending(run: Any) -> None:
    recorder = Recorder([ok([])])

    async def scenario(client: Any, _: Any) -> None:
        cases: list[tuple[dict[str, Any], type[Exception], str]] = [
            ({"strategy": "fast"}, ValueError, "strategy"),
            ({"order": {"TITLE": "ASC"}, "strategy": "keyset"}, ValueError, "offset"),
            ({"order": {"ID": "UP"}}, ValueError, "ASC"),
            ({"params": {"START": 5}}, ValueError, "START"),
            ({"select": "ID"}, TypeError, "select"),
            ({"id_field": "a[b]"}, ValueError, "id_field"),
            ({"progress": 5}, TypeError, "progress"),
            ({"concurrency": 0}, ValueError, "concurrency"),
        ]
        for options, error, text in cases:
            with pytest.raises(error, match=text):
                client.read_all("crm.deal.list", **options)
        with pytest.raises(ValueError, match="batch"):
            client.read_all("batch")

    run(scenario, recorder)
    assert recorder.requests == []


def test_progress_callback_and_tqdm(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int | None]] = []
    bars: list[Any] = []

    class FakeBar:
        def __init__(self, total: Any, unit: str) -> None:
            self.total, self.n, self.closed = total, 0, False
            bars.append(self)

        def update(self, count: int) -> None:
            self.n += count

        def close(self) -> None:
            self.closed = True

    recorder = Recorder([ListPortal(2600)])

    async def scenario(client: Any, _: Any) -> None:
        await read(
            client, strategy="offset", progress=lambda d, t: calls.append((d, t))
        )
        await read(client, progress=lambda d, t: calls.append((d, t)))
        monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=FakeBar))
        await read(client, strategy="offset", progress=True)
        monkeypatch.setitem(sys.modules, "tqdm", None)  # not installed
        with pytest.warns(UserWarning, match="tqdm"):
            await read(client, progress=True)

    run(scenario, recorder)
    # offset and ranges (auto) both know the total from the first page
    assert calls == [(50, 2600), (2550, 2600), (2600, 2600)] * 2
    assert len(bars) == 1 and (bars[0].n, bars[0].total, bars[0].closed) == (
        2600,
        2600,
        True,
    )


def test_batches_take_one_bucket_slot_and_honour_the_method_budget(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from b24client._core.ratelimit import LeakyBucket

    reserved: list[int] = []

    class Counting(LeakyBucket):
        def reserve(self) -> float:
            reserved.append(1)
            return 0.0

    budget = OperatingBudget(1000.0, wall_clock=lambda: 0.0)
    delays: list[str] = []
    original = budget.delay

    def delay(method: str) -> float:
        delays.append(method)
        return original(method)

    monkeypatch.setattr(budget, "delay", delay)
    recorder = Recorder([ListPortal(3000)])

    async def scenario(client: Any, _: Any) -> None:
        await read(client)

    run(scenario, recorder, rate_limit=Counting(), operating_budget=budget)
    assert len(reserved) == len(recorder.requests) == 3
    # the commands' method, not "batch", is the one held back and charged
    assert delays.count("crm.deal.list") == 3
    # the last command's report of the batch that ended last (two in flight:
    # 50 windows, then 9)
    assert budget.used("crm.deal.list") in (9.0, 50.0)


# --- get_many / call_many ------------------------------------------------------------


def command_portal(answer: Any, *, missing: frozenset[int] = frozenset()) -> Any:
    """A batch endpoint: ``answer(method, params)`` -> result or error body."""

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        results: dict[str, Any] = {}
        errors: dict[str, Any] = {}
        for cid, text in body["cmd"].items():
            method, _, query = text.partition("?")
            params = parse(query)
            if int(params.get("n", params.get("id", -1))) in missing:
                continue
            value = answer(method, params)
            if isinstance(value, dict) and "error" in value:
                errors[cid] = value
            else:
                results[cid] = value
        sections = {"result": results or [], "result_error": errors or []}
        return httpx.Response(200, json={"result": sections, "time": {}})

    return handle


def test_call_many_in_order_with_failures_and_not_run(run: Any) -> None:
    def answer(method: str, params: dict[str, Any]) -> Any:
        n = int(params["fields"]["N"])
        if n % 7 == 3:
            return {"error": "", "error_description": f"bad {n}"}
        return str(1000 + n)  # crm.deal.add answers an ID; the catalog says integer

    recorder = Recorder([command_portal(answer, missing=frozenset())])
    seen: list[tuple[int, int | None]] = []

    async def scenario(client: Any, _: Any) -> list[BulkResult]:
        sets = ({"fields": {"N": n}} for n in range(120))
        return list(
            await settle(
                client.call_many(
                    "crm.deal.add", sets, progress=lambda d, t: seen.append((d, t))
                )
            )
        )

    results = run(scenario, recorder)
    assert [len(b["cmd"]) for b in recorder.bodies()] == [50, 50, 20]
    assert all(b["halt"] == 0 for b in recorder.bodies())
    assert len(results) == 120
    for n, item in enumerate(results):
        if n % 7 == 3:
            assert item.status == "failed" and not item.ok
            assert f"bad {n}" in str(item.error)
            with pytest.raises(type(item.error)):
                item.result
        else:
            assert item.ok and item.result == 1000 + n and item.error is None
    assert seen == [(50, 120), (100, 120), (120, 120)]


def test_call_many_concurrency_keeps_input_order(run: Any, mode: str) -> None:
    slow = Slow(command_portal(lambda m, p: int(p["fields"]["N"]) * 2), mode)
    recorder = Recorder([slow])

    async def scenario(client: Any, _: Any) -> Any:
        sets = [{"fields": {"N": n}} for n in range(420)]
        return await settle(client.call_many("crm.deal.add", sets, concurrency=3))

    results = run(scenario, recorder)
    assert [r.result for r in results] == [n * 2 for n in range(420)]
    assert len(recorder.requests) == 9 and 1 < slow.peak <= 3


def test_call_many_stops_sending_after_a_failed_request_in_flight(run: Any) -> None:
    answers = [command_portal(lambda m, p: 1)] * 2 + [
        err(500, "INTERNAL_SERVER_ERROR", "down")
    ]
    answers += [command_portal(lambda m, p: 1)]
    recorder = Recorder(answers)

    async def scenario(client: Any, _: Any) -> Any:
        sets = [{"fields": {}}] * 1000  # 20 batches
        return await settle(client.call_many("crm.deal.add", sets, concurrency=2))

    results = run(scenario, recorder)
    statuses = [r.status for r in results]
    assert statuses.count("unknown") == 50  # the third request's batch
    assert len(recorder.requests) <= 4  # at most one more was already in flight
    sent = len(recorder.requests) * 50
    assert statuses[:sent].count("ok") == sent - 50
    assert set(statuses[sent:]) == {"not_run"}


def test_command_missing_from_the_answer_is_unknown(run: Any) -> None:
    # halt is off: nothing says the command did not run
    recorder = Recorder([command_portal(lambda m, p: True, missing=frozenset({2}))])

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(
            client.call_many("crm.deal.update", [{"n": n} for n in range(4)])
        )

    results = run(scenario, recorder)
    assert [r.status for r in results] == ["ok", "ok", "unknown", "ok"]
    error = results[2].error
    assert isinstance(error, InvalidResponseError)
    assert "no entry for command c2" in str(error) and "halt" not in str(error)


def test_writes_are_not_repeated_after_they_may_have_run(run: Any) -> None:
    recorder = Recorder(
        [
            command_portal(lambda m, p: 1),
            err(500, "INTERNAL_SERVER_ERROR", "down"),
            command_portal(lambda m, p: 1),
        ]
    )

    async def scenario(client: Any, _: Any) -> Any:
        sets = [{"fields": {"N": n}} for n in range(130)]
        return await settle(client.call_many("crm.deal.add", sets, ordered=True))

    results = run(scenario, recorder)
    assert len(recorder.requests) == 2  # the 500 is not repeated, nothing after it
    assert [r.status for r in results[:50]] == ["ok"] * 50
    assert {r.status for r in results[50:100]} == {"unknown"}
    assert isinstance(results[50].error, ServerError)
    assert {r.status for r in results[100:]} == {"not_run"}
    assert "earlier request" in str(results[100].error)


def test_refused_batches_are_repeated_since_nothing_ran(run: Any) -> None:
    recorder = Recorder(
        [
            err(503, "QUERY_LIMIT_EXCEEDED", "slow down"),
            command_portal(lambda m, p: 7),
        ]
    )

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(client.call_many("crm.deal.add", [{"fields": {}}] * 3))

    results = run(scenario, recorder)
    assert len(recorder.requests) == 2 and all(r.result == 7 for r in results)


def test_refusal_after_retries_marks_items_not_run(run: Any) -> None:
    recorder = Recorder([err(503, "QUERY_LIMIT_EXCEEDED", "slow down")])

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(
            client.call_many("crm.deal.add", [{"fields": {}}] * 60, ordered=True)
        )

    results = run(scenario, recorder, max_retries=1)
    assert len(recorder.requests) == 2
    assert {r.status for r in results} == {"not_run"}
    assert isinstance(results[0].error, RateLimitError)


def test_get_many_reads_are_repeated_on_server_errors(run: Any) -> None:
    def answer(method: str, params: dict[str, Any]) -> Any:
        n = int(params["id"])
        if n == 13:
            return {"error": "", "error_description": "Not found"}
        return {"ID": str(n), "X": params["select"]}

    recorder = Recorder([err(502, "", "gateway"), command_portal(answer)])

    async def scenario(client: Any, _: Any) -> Any:
        return await settle(
            client.get_many("crm.deal.get", range(10, 16), params={"select": ["ID"]})
        )

    results = run(scenario, recorder)
    assert len(recorder.requests) == 2
    assert [r.ok for r in results] == [True, True, True, False, True, True]
    assert results[0].result == {"ID": "10", "X": ["ID"]}
    assert isinstance(results[3].error, NotFoundError)
    assert recorder.bodies()[1]["cmd"]["c0"] == "crm.deal.get?select[]=ID&id=10"


def test_call_many_validates_every_set_before_sending(run: Any) -> None:
    recorder = Recorder([command_portal(lambda m, p: 1)])

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(TypeError, match="parameter set 1"):
            await settle(client.call_many("crm.deal.add", [{}, 5]))
        with pytest.raises(TypeError, match="not one mapping"):
            await settle(client.call_many("crm.deal.add", {"fields": {}}))
        with pytest.raises(ValueError, match="batch"):
            await settle(client.call_many("batch", [{}]))
        with pytest.raises(TypeError, match="not a string"):
            await settle(client.get_many("crm.deal.get", "123"))
        assert await settle(client.call_many("crm.deal.add", [])) == []

    run(scenario, recorder)
    assert recorder.requests == []


def test_id_param_sets_and_bulk_result_repr() -> None:
    assert id_param_sets([1, "2"], "ID", {"select": ["X"]}) == [
        {"select": ["X"], "ID": 1},
        {"select": ["X"], "ID": "2"},
    ]
    with pytest.raises(ValueError):
        id_param_sets([1], " ", None)
    assert repr(BulkResult("ok", 5)) == "<BulkResult ok 5>"
    failed = BulkResult("failed", error=NotFoundError("gone", method="m"))
    assert repr(failed).startswith("<BulkResult failed NotFoundError:")


def test_reader_repr_and_explicit_close() -> None:
    client = SyncClientBase(WEBHOOK, transport=httpx.MockTransport(ListPortal(0)))
    reader = ListReader(client, "crm.deal.list")
    assert repr(reader) == "<ListReader crm.deal.list ranges: 0 rows>"
    with reader:
        plan = reader.next_plan()
        assert plan is not None and reader.next_plan() is None  # one at a time
        parked = client._run(plan)  # the answer, decoded when it is taken
        assert reader.accept(client._run(reader.resume(parked))) == [] and reader.done
        assert reader.next_plan() is None
    client.close()
