"""Batches: encoding, references, chunking, halt, partial results."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from b24client import (
    BatchCommandNotRunError,
    Bitrix24Error,
    InvalidResponseError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from b24client._core.batch import MAX_COMMANDS, command_text
from b24client._core.phpquery import parse
from b24client._core.types import NOT_GIVEN, MethodInfo

from .conftest import Recorder, err, ok, settle

ADD = MethodInfo("crm.deal.add", returns="integer")
GET = MethodInfo("crm.deal.get", idempotent=True)
LIST = MethodInfo("crm.deal.list", idempotent=True)


def echo_batch(fail: set[str] = frozenset(), halt_stops: bool = True) -> Any:
    """A batch endpoint: each command's result is its id; ``fail`` ids fail."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        result: dict[str, Any] = {}
        errors: dict[str, Any] = {}
        for cid in body["cmd"]:
            if cid in fail:
                errors[cid] = {"error": "ACCESS_DENIED", "error_description": "no"}
                if body["halt"] and halt_stops:
                    break
            else:
                result[cid] = int(cid[1:]) + 100
        return httpx.Response(
            200,
            json={
                "result": {
                    "result": result or [],
                    "result_error": errors or [],
                    "result_total": [],
                    "result_next": [],
                    "result_time": [],
                },
                "time": {},
            },
        )

    return answer


def test_command_text_encoding_and_references() -> None:
    from b24client._core.batch import BatchBase

    batch = BatchBase(client=None)  # type: ignore[arg-type]
    deal = batch._invoke(
        ADD, {"fields": {"TITLE": "A&B [1]", "OPPORTUNITY": 10.5}, "params": NOT_GIVEN}
    )
    rows = batch._invoke_page(
        LIST, {"select": ["ID", "TITLE"], "filter": {">ID": deal["ID"]}}
    )
    get = batch._invoke(GET, {"id": rows[0]["ID"]})
    assert (
        command_text(deal)
        == "crm.deal.add?fields[TITLE]=A%26B%20%5B1%5D&fields[OPPORTUNITY]=10.5"
    )
    assert (
        command_text(rows)
        == "crm.deal.list?select[]=ID&select[]=TITLE&filter[%3EID]=$result[c0][ID]"
    )
    assert command_text(get) == "crm.deal.get?id=$result[c1][0][ID]"
    method, _, query = command_text(deal).partition("?")
    assert parse(query) == {"fields": {"TITLE": "A&B [1]", "OPPORTUNITY": "10.5"}}


def test_reference_to_a_foreign_command_is_refused() -> None:
    from b24client._core.batch import BatchBase

    one, two = BatchBase(client=None), BatchBase(client=None)  # type: ignore[arg-type]
    other = one._invoke(ADD, {})
    with pytest.raises(
        ValueError, match=r"refers to \$result\[c0\], which is not an earlier command"
    ):
        two._invoke(GET, {"id": other})


def test_reference_keys_are_checked() -> None:
    from b24client._core.batch import BatchBase

    cmd = BatchBase(client=None)._invoke(ADD, {})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot contain"):
        cmd["a]b"]
    with pytest.raises(TypeError):
        cmd[1.5]  # type: ignore[index]


def test_results_errors_and_request_shape(run: Any) -> None:
    recorder = Recorder([echo_batch(fail={"c1"})])

    async def scenario(client: Any, batch_cls: Any) -> Any:
        batch = batch_cls(client)
        a = batch._invoke(ADD, {"fields": {"TITLE": "a"}})
        b = batch._invoke(GET, {"id": a})
        c = batch.add("user.current")
        result = await settle(batch.execute())
        assert (a.status, b.status, c.status) == ("ok", "failed", "ok")
        assert a.result == 100 and c.result == 102
        assert (
            isinstance(b.error, PermissionDeniedError)
            and b.error.method == "crm.deal.get"
        )
        with pytest.raises(PermissionDeniedError):
            b.result
        assert not result.ok and list(result.errors) == ["c1"]
        with pytest.raises(PermissionDeniedError):
            result.raise_for_errors()
        return result

    run(scenario, recorder)
    (body,) = recorder.bodies()
    assert recorder.methods() == ["batch"]
    assert body == {
        "halt": 0,
        "cmd": {
            "c0": "crm.deal.add?fields[TITLE]=a",
            "c1": "crm.deal.get?id=$result[c0]",
            "c2": "user.current",
        },
    }


def test_halt_marks_later_commands_not_run(run: Any) -> None:
    recorder = Recorder([echo_batch(fail={"c1"})])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client, halt=True)
        cmds = [batch._invoke(ADD, {"fields": {"TITLE": str(i)}}) for i in range(4)]
        await settle(batch.execute())
        assert [c.status for c in cmds] == ["ok", "failed", "not_run", "not_run"]
        with pytest.raises(BatchCommandNotRunError):
            cmds[2].result

    run(scenario, recorder)
    assert recorder.bodies()[0]["halt"] == 1


def test_more_than_50_independent_commands_are_split(run: Any) -> None:
    recorder = Recorder([echo_batch()])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        cmds = [batch._invoke(ADD, {"fields": {"TITLE": str(i)}}) for i in range(120)]
        result = await settle(batch.execute())
        assert result.ok and len(result) == 120
        assert all(c.status == "ok" for c in cmds)

    run(scenario, recorder)
    assert [len(b["cmd"]) for b in recorder.bodies()] == [
        MAX_COMMANDS,
        MAX_COMMANDS,
        20,
    ]


def test_halt_stops_sending_later_requests(run: Any) -> None:
    recorder = Recorder([echo_batch(fail={"c3"})])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client, halt=True)
        cmds = [batch._invoke(ADD, {}) for i in range(60)]
        await settle(batch.execute())
        assert cmds[3].status == "failed"
        assert all(c.status == "not_run" for c in cmds[50:])

    run(scenario, recorder)
    assert len(recorder.requests) == 1


def test_reference_across_requests_is_refused_before_sending(run: Any) -> None:
    recorder = Recorder([echo_batch()])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        first = batch._invoke(ADD, {})
        for _ in range(MAX_COMMANDS):
            batch._invoke(ADD, {})
        batch._invoke(GET, {"id": first})
        with pytest.raises(ValueError, match="cannot cross requests"):
            await settle(batch.execute())

    run(scenario, recorder)
    assert recorder.requests == []


def test_a_batch_is_never_repeated_whole(run: Any) -> None:
    recorder = Recorder([(500, b"<html>fail</html>"), echo_batch()])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        cmd = batch._invoke(GET, {"id": 1})
        with pytest.raises(ServerError):
            await settle(batch.execute())
        assert cmd.status == "unknown"  # a 5xx may come after the command ran
        with pytest.raises(ServerError):
            cmd.result

    run(scenario, recorder)
    assert len(recorder.requests) == 1


def test_rate_limited_batch_is_repeated(run: Any) -> None:
    recorder = Recorder([err(503, "QUERY_LIMIT_EXCEEDED"), echo_batch()])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        cmd = batch._invoke(ADD, {})
        await settle(batch.execute())
        assert cmd.result == 100

    run(scenario, recorder)
    assert len(recorder.requests) == 2


def test_list_command_totals(run: Any) -> None:
    sections = {
        "result": {"c0": [{"ID": "1"}]},
        "result_error": [],
        "result_total": {"c0": 120},
        "result_next": {"c0": 50},
        "result_time": {"c0": {"duration": 0.1}},
    }
    recorder = Recorder([ok(sections)])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        rows = batch._invoke_page(LIST, {})
        await settle(batch.execute())
        assert rows.result == [{"ID": "1"}]
        assert (rows.total, rows.next, rows.time) == (120, 50, {"duration": 0.1})

    run(scenario, recorder)


def test_numeric_sections_and_bad_results(run: Any) -> None:
    # ids are c0.. so a list section means PHP renumbered nothing: nothing matches
    recorder = Recorder([ok({"result": {"c0": "not a number"}, "result_error": []})])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        cmd = batch._invoke(ADD, {})
        result = await settle(batch.execute())
        assert cmd.status == "failed" and isinstance(cmd.error, InvalidResponseError)
        assert not result.ok

    run(scenario, recorder)


def test_executing_twice_and_adding_after_is_refused(run: Any) -> None:
    recorder = Recorder([echo_batch()])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        batch._invoke(ADD, {})
        await settle(batch.execute())
        with pytest.raises(RuntimeError, match="executed"):
            await settle(batch.execute())
        with pytest.raises(RuntimeError, match="executed"):
            batch._invoke(ADD, {})

    run(scenario, recorder)


def test_pending_result_and_nested_batch(run: Any) -> None:
    recorder = Recorder([echo_batch()])

    async def scenario(client: Any, batch_cls: Any) -> None:
        batch = batch_cls(client)
        cmd = batch._invoke(ADD, {})
        with pytest.raises(RuntimeError, match="has not been executed"):
            cmd.result
        with pytest.raises(ValueError, match="another batch"):
            batch.add("batch", {"cmd": {}})
        assert isinstance(RateLimitError("x"), Bitrix24Error)

    run(scenario, recorder)


def test_batch_commands_count_against_their_own_operating_budget(
    run: Any, slept: list[float]
) -> None:
    import time

    from b24client import OperatingBudget

    reset_at = time.time() + 30
    sections = {
        "result": {"c0": [{"ID": "1"}]},
        "result_time": {"c0": {"operating": 9.5, "operating_reset_at": reset_at}},
    }
    recorder = Recorder([ok(sections)])

    async def scenario(client: Any, batch_cls: Any) -> None:
        for _ in range(2):
            batch = batch_cls(client)
            batch._invoke_page(LIST, {})
            await settle(batch.execute())
        assert client.operating.used("crm.deal.list") == 9.5
        assert client.operating.used("batch") == 0.0

    run(scenario, recorder, operating_budget=OperatingBudget(10.0))
    assert len(recorder.requests) == 2
    assert len(slept) == 1 and 25 < slept[0] <= 30
