"""Data-driven, over every spec: each generated method sends its exact wire
name and wire keys with the runtime's serialisation, and leaves out every
optional parameter it was not given — sync, async and in a batch."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from functools import cache
from typing import Any

import httpx
import pytest

from b24client import AsyncBitrix24, Bitrix24
from b24client._core.batch import command_text
from b24client._core.phpquery import parse, php_view
from generator import REPO_ROOT
from generator.introspect import read_runtime
from generator.loader import load_spec_dir
from generator.model import Method, TypeRef
from generator.validate import validate

WEBHOOK = "https://portal.example.com/rest/1/code/"
MOMENT = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=3)))

# base type -> (a Python argument, what goes on the wire as JSON)
SAMPLES: dict[str, tuple[Any, Any]] = {
    "integer": (7, 7),
    "string": ("text", "text"),
    "boolean": (True, True),
    "number": (1.5, 1.5),
    "date": (MOMENT.date(), "2024-01-02"),
    "datetime": (MOMENT, "2024-01-02T03:04:05+03:00"),
    "file": (("a.txt", "QUJD"), ["a.txt", "QUJD"]),
    "any": ({"K": "V"}, {"K": "V"}),
    "object": ({"K": "V"}, {"K": "V"}),
    "flag": (True, "Y"),
}
RESULTS = {"integer": 1, "boolean": True, "string": "s", "number": 1.0}


def sample(ref: TypeRef) -> tuple[Any, Any]:
    if ref.kind == "base":
        return SAMPLES[ref.name]
    if ref.kind == "named":  # a TypedDict: a dict on the wire
        return SAMPLES["object"]
    if ref.kind == "array":
        value, wire = sample(ref.items[0])
        return [value], [wire]
    return sample(ref.items[0])


@cache
def methods() -> tuple[Method, ...]:
    runtime = read_runtime(REPO_ROOT / "generator" / "runtime")
    api, problems = validate(load_spec_dir(REPO_ROOT / "spec"), runtime)
    assert api is not None and not problems, problems
    return api.methods


def answer_for(method: Method) -> dict[str, Any]:
    if method.pagination == "offset":
        return {"result": [], "total": 0, "time": {}}
    if method.returns.kind == "array":
        return {"result": [], "time": {}}
    return {"result": RESULTS.get(method.returns.name, {}), "time": {}}


def arguments(
    method: Method, everything: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    kwargs, wire = {}, {}
    first_way = set(method.alternatives[0]) if method.alternatives else set()
    for param in method.params:
        if param.required or everything or param.name in first_way:
            kwargs[param.python_name], wire[param.name] = sample(param.type)
    return kwargs, wire


def target(root: Any, method: Method) -> Any:
    for attribute in method.python_path:
        root = getattr(root, attribute)
    return root


CASES = [
    pytest.param(m, everything, id=f"{m.name}-{'all' if everything else 'required'}")
    for m in methods()
    for everything in (False, True)
]


@pytest.mark.parametrize(("method", "everything"), CASES)
def test_request_shape(method: Method, everything: bool) -> None:
    kwargs, wire = arguments(method, everything)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer_for(method))

    transport = httpx.MockTransport(handler)
    with Bitrix24(WEBHOOK, transport=transport) as b24:
        target(b24, method)(**kwargs)

    async def async_call() -> None:
        async with AsyncBitrix24(WEBHOOK, transport=transport) as ab24:
            await target(ab24, method)(**kwargs)

    asyncio.run(async_call())
    assert len(seen) == 2
    prefix = "/rest/api/1/code/" if method.api == 3 else "/rest/1/code/"
    for request in seen:
        assert request.method == "POST"
        assert request.url.path == prefix + method.name
        assert json.loads(request.content) == wire

    if method.api == 3:  # REST 3.0 cannot be batched: its batch namespace lacks it
        with pytest.raises(AttributeError):
            target(Bitrix24(WEBHOOK, transport=transport).batch(), method)
        return
    batch = Bitrix24(WEBHOOK, transport=transport).batch()
    command = target(batch, method)(**kwargs)
    name, _, query = command_text(command).partition("?")
    assert name == method.name
    assert parse(query) == php_view(wire)


def test_every_spec_is_covered() -> None:
    assert len(CASES) == 2 * len(methods()) >= 2 * 1660
