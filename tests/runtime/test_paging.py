"""Pages fetch the following pages while iterated, sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from b24client import InvalidResponseError
from b24client._core.paging import page_items
from b24client._core.types import MethodInfo

from .conftest import Recorder, collect, ok, settle

LIST = MethodInfo("crm.deal.list", idempotent=True)


def pager(total: int, size: int = 50) -> Any:
    """Answers like a list method over ``total`` rows."""

    def answer(request: httpx.Request) -> httpx.Response:
        start = int(json.loads(request.content).get("start", 0))
        rows = [{"ID": str(i + 1)} for i in range(start, min(total, start + size))]
        extra: dict[str, Any] = {"total": total}
        if start + size < total:
            extra["next"] = start + size
        return httpx.Response(200, json={"result": rows, "time": {}, **extra})

    return answer


def test_iterating_fetches_every_page(run: Any) -> None:
    recorder = Recorder([pager(120)])

    async def scenario(client: Any, _: Any) -> Any:
        page = await settle(client._invoke_page(LIST, {"filter": {">ID": 0}}))
        assert (len(page.items), page.total, page.next) == (50, 120, 50)
        assert len(recorder.requests) == 1  # nothing fetched before iteration
        return await collect(page)

    rows = run(scenario, recorder)
    assert [r["ID"] for r in rows] == [str(i) for i in range(1, 121)]
    assert [b.get("start") for b in recorder.bodies()] == [None, 50, 100]
    assert all(b["filter"] == {">ID": 0} for b in recorder.bodies())


def test_pages_and_next_page(run: Any, mode: str) -> None:
    recorder = Recorder([pager(60)])

    async def scenario(client: Any, _: Any) -> Any:
        page = await settle(client._invoke_page(LIST, {}))
        second = await settle(page.next_page())
        assert second is not None and [r["ID"] for r in second.items] == [
            str(i) for i in range(51, 61)
        ]
        assert second.next is None
        assert await settle(second.next_page()) is None
        if mode == "sync":
            sizes = [len(p) for p in page.pages()]
        else:
            sizes = [len(p) async for p in page.pages()]
        return sizes

    assert run(scenario, recorder) == [50, 10]


def test_single_empty_page(run: Any) -> None:
    recorder = Recorder([ok([], total=0)])

    async def scenario(client: Any, _: Any) -> Any:
        return await collect(await settle(client._invoke_page(LIST, {})))

    assert run(scenario, recorder) == []


def test_next_that_does_not_advance_is_an_error(run: Any) -> None:
    recorder = Recorder(
        [ok([{"ID": "1"}], total=100, next=50), ok([{"ID": "2"}], total=100, next=50)]
    )

    async def scenario(client: Any, _: Any) -> Any:
        page = await settle(client._invoke_page(LIST, {}))
        with pytest.raises(InvalidResponseError, match="does not advance"):
            await collect(page)

    run(scenario, recorder)


@pytest.mark.parametrize(
    ("result", "rows"),
    [
        ([{"a": 1}], [{"a": 1}]),
        ({"items": [{"id": 1}]}, [{"id": 1}]),
        ({"tasks": [{"id": 1}]}, [{"id": 1}]),
        ({}, []),
    ],
)
def test_page_items_shapes(result: Any, rows: list[Any]) -> None:
    assert page_items(LIST, result) == rows


@pytest.mark.parametrize("result", [5, "x", {"a": 1, "b": 2}, None])
def test_page_items_rejects_non_lists(result: Any) -> None:
    with pytest.raises(InvalidResponseError, match="expected a list of rows"):
        page_items(LIST, result)
