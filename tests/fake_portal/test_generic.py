"""Catalog methods without a hand-written handler, and REST 3.0 paths."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from b24client import _catalog
from b24client.testing import FakePortal, Portal
from b24client.testing._generic import CatalogEntry, catalog, sample

from .wire import classic_error, ok

V3 = "BITRIX_REST_V3_EXCEPTION_"
ROWS: list[tuple[str, tuple[Any, ...]]] = [
    *_catalog.METHODS.items(),
    *getattr(_catalog, "METHODS_V3", {}).items(),
]
"""Every catalog row, classic and REST 3.0 (a name may be in both)."""


def entry(
    name: str,
    returns: str,
    required: tuple[str, ...] = (),
    *,
    pagination: str = "none",
    api: int = 1,
    idempotent: bool = True,
) -> CatalogEntry:
    return CatalogEntry(name, returns, required, required, pagination, api, idempotent)


def add_entries(portal: FakePortal, *entries: CatalogEntry) -> None:
    """Extend this portal's catalog (the shared one stays untouched)."""
    core = portal.portal
    core.catalog = {
        **core.catalog,
        **{e.name.lower(): e for e in entries if e.api == 1},
    }
    core.v3_catalog = {
        **core.v3_catalog,
        **{e.name.lower(): e for e in entries if e.api == 3},
    }


@pytest.mark.parametrize(
    ("returns", "expected"),
    [
        ("integer", 1),
        ("string", "text"),
        ("boolean", True),
        ("flag", True),
        ("number", 1.5),
        ("date", "2024-01-02"),
        ("datetime", "2024-01-02T03:04:05+03:00"),
        ("file", ["file.txt", "ZmFrZQ=="]),
        ("object", {"ID": 1}),
        ("any", {}),
        ("integer[]", [1]),
        ("object[][]", [[{"ID": 1}]]),
        ("string | integer", "text"),
        ("integer[] | boolean", [1]),
    ],
)
def test_sample_of_each_type(returns: str, expected: Any) -> None:
    assert sample(returns) == expected


def test_catalog_is_read_from_the_package() -> None:
    classic, rest_v3 = catalog()
    assert len(classic) + len(rest_v3) == len(ROWS)
    for name, row in ROWS:
        table = rest_v3 if row[4] == 3 else classic
        assert table[name.lower()].returns == row[0]


def test_generic_answers_and_required_params(
    portal: FakePortal, client: httpx.Client
) -> None:
    add_entries(
        portal,
        entry("im.thing.get", "object", ("ID",)),
        entry("im.thing.add", "integer", ("fields",), idempotent=False),
        entry("im.thing.list", "object[]", pagination="offset"),
        entry("im.thing.ok", "boolean"),
    )
    assert ok(client, "im.thing.get", ID=5) == {"ID": 1}
    assert ok(client, "IM.Thing.Get", id=5) == {"ID": 1}  # names and keys: any case
    assert ok(client, "im.thing.ok") is True
    classic_error(
        client.post("im.thing.get", json={}),
        400,
        "ERROR_REQUIRED_PARAMETERS_MISSING",
        "Required parameter 'ID' is missing",
    )
    form = client.post("im.thing.add", data={"fields[TITLE]": "x"})
    assert form.json()["result"] == 1
    body = client.post("im.thing.list", json={}).json()
    assert body["result"] == [{"ID": 1}] and body["total"] == 1 and "next" not in body
    assert portal.stats.writes == 1 and portal.stats.writes_by_method == {
        "im.thing.add": 1
    }
    assert portal.stats.calls["im.thing.get"] == 3  # the refused call ran too


def test_hand_written_handlers_win(client: httpx.Client) -> None:
    assert "crm.deal.get" in _catalog.METHODS
    classic_error(client.post("crm.deal.get", json={"id": 99}), 400, "", "Not found")


def test_catalog_methods_in_batch(portal: FakePortal, client: httpx.Client) -> None:
    add_entries(portal, entry("im.thing.get", "object", ("ID",)))
    result = ok(
        client,
        "batch",
        cmd={"a": "im.thing.get?ID=1", "b": "im.thing.get", "c": "im.nothing"},
    )
    assert result["result"] == {"a": {"ID": 1}}
    assert result["result_error"]["b"]["error"] == "ERROR_REQUIRED_PARAMETERS_MISSING"
    assert result["result_error"]["c"]["error"] == "ERROR_METHOD_NOT_FOUND"


def test_every_catalog_method_answers() -> None:
    """In process, for speed: each catalog method with its required params."""
    portal = Portal()
    portal.methods = {}
    headers = {"content-type": "application/json"}
    for name, (returns, required, _params, _paging, api, _safe) in ROWS:
        prefix = "/rest/api/" if api == 3 else "/rest/"
        path = f"{prefix}1/{portal.webhook_code}/{name}"
        body = json.dumps({param: 1 for param in required}).encode()
        status, _, raw = portal.handle("POST", path, "", headers, body)
        assert status == 200, (name, raw)
        result = json.loads(raw)["result"]
        if api == 3:
            result = next(iter(result.values()))
        assert result == sample(returns), name
        if required:
            status, _, raw = portal.handle("POST", path, "", headers, b"{}")
            assert status == 400, (name, raw)


# --- REST 3.0 -------------------------------------------------------------------------


@pytest.fixture
def v3(portal: FakePortal) -> httpx.Client:
    add_entries(
        portal,
        entry("tasks.task.get", "object", ("id",), api=3),
        entry("tasks.only.get", "object", ("id",), api=3),
        entry("tasks.task.list", "object[]", api=3),
        entry("tasks.task.delete", "boolean", ("id",), api=3, idempotent=False),
        entry("tasks.task.count", "integer", api=3),
    )
    return httpx.Client(base_url=portal.api_webhook_url, timeout=10)


def v3_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body["error"])


def test_v3_success_shapes(portal: FakePortal, v3: httpx.Client) -> None:
    body = v3.post("tasks.task.get", json={"id": 51}).json()
    assert body["result"] == {"item": {"ID": 1}} and "operating" in body["time"]
    assert v3.post("tasks.task.list", json={}).json()["result"] == {
        "items": [{"ID": 1}]
    }
    assert v3.post("tasks.task.delete", json={"id": 1}).json()["result"] == {
        "result": True
    }
    assert v3.get("tasks.task.count").json()["result"] == {"item": 1}
    assert portal.stats.writes == 1


def test_v3_errors(v3: httpx.Client) -> None:
    error = v3_error(
        v3.post("tasks.task.get", json={}),
        400,
        V3 + "VALIDATION_REQUESTVALIDATIONEXCEPTION",
    )
    assert [item["field"] for item in error["validation"]] == ["id"]
    # the query string is not read
    v3_error(
        v3.get("tasks.task.get", params={"id": 5}),
        400,
        V3 + "VALIDATION_REQUESTVALIDATIONEXCEPTION",
    )
    for bad in ({"data": {"id": "5"}}, {"content": b"{not json"}, {"json": [1]}):
        v3_error(
            v3.post("tasks.task.get", **bad),
            400,
            V3 + "INVALIDJSONEXCEPTION",
        )
    v3_error(v3.post("crm.deal.fields"), 404, "ERROR_METHOD_NOT_FOUND")
    v3_error(v3.post("tasks.nothing"), 404, "ERROR_METHOD_NOT_FOUND")


def test_v3_method_on_classic_path(v3: httpx.Client, client: httpx.Client) -> None:
    assert v3.post("tasks.only.get", json={"id": 1}).status_code == 200
    classic_error(
        client.post("tasks.only.get", json={"id": 1}),
        404,
        "ERROR_METHOD_NOT_FOUND",
        "Method not found!",
    )


def test_v3_auth(portal: FakePortal, v3: httpx.Client) -> None:
    with httpx.Client(base_url=portal.base_url) as http:
        code = portal.webhook_code
        classic_error(
            http.post(f"/rest/api/1/{code}x/tasks.task.count"),
            401,
            "NO_AUTH_FOUND",
            "Wrong authorization data",
        )
        access, _ = portal.oauth.issue()
        answer = http.post("/rest/api/tasks.task.get", json={"auth": access, "id": 1})
        assert answer.json()["result"] == {"item": {"ID": 1}}
        classic_error(
            http.post("/rest/api/tasks.task.get", json={"id": 1}),
            401,
            "NO_AUTH_FOUND",
            "Wrong authorization data",
        )
