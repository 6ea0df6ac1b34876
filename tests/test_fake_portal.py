"""The bundled fake portal (b24client.testing), driven over real loopback HTTP.

These tests talk to the server with httpx directly, not with the b24client
client, so they pin the wire behaviour the client is written against.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from b24client.testing import FakePortal, Portal

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
TIME_KEYS = {
    "start",
    "finish",
    "duration",
    "processing",
    "date_start",
    "date_finish",
    "operating_reset_at",
    "operating",
}


@pytest.fixture
def portal() -> Iterator[FakePortal]:
    with FakePortal() as running:
        yield running


@pytest.fixture
def client(portal: FakePortal) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=portal.webhook_url, timeout=10) as http:
        yield http


def call(client: httpx.Client, method: str, **params: Any) -> httpx.Response:
    return client.post(method, json=params)


def ok(client: httpx.Client, method: str, **params: Any) -> Any:
    response = call(client, method, **params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body["time"]) == TIME_KEYS
    return body["result"]


def failure(response: httpx.Response, status: int, code: str, text: str) -> None:
    assert response.status_code == status, response.text
    assert response.json() == {"error": code, "error_description": text}


# --- transport and protocol ---------------------------------------------------------


def test_urls_and_random_code(portal: FakePortal) -> None:
    assert portal.port > 0
    assert portal.base_url == f"http://127.0.0.1:{portal.port}"
    assert portal.webhook_url == (
        f"http://127.0.0.1:{portal.port}/rest/1/{portal.webhook_code}/"
    )
    assert FakePortal().webhook_code != FakePortal().webhook_code
    fixed = FakePortal(user_id=7, webhook_code="secret")
    assert fixed.user_id == 7 and fixed.webhook_code == "secret"


def test_wrong_auth(portal: FakePortal) -> None:
    expected = (401, "NO_AUTH_FOUND", "Wrong authorization data")
    with httpx.Client(base_url=portal.base_url) as http:
        code = portal.webhook_code
        failure(http.post(f"/rest/1/{code}x/user.current"), *expected)
        failure(http.post(f"/rest/2/{code}/user.current"), *expected)
        failure(http.post("/rest/user.current"), *expected)
        assert http.post(f"/rest/1/{code}/user.current").status_code == 200


def test_unknown_method_case_and_suffix(client: httpx.Client) -> None:
    failure(
        call(client, "crm.deal.nothing"),
        404,
        "ERROR_METHOD_NOT_FOUND",
        "Method not found!",
    )
    assert ok(client, "CRM.Deal.Fields")["TITLE"]["type"] == "string"
    assert ok(client, "user.current.json")["ID"] == "1"


def test_get_with_query_string(client: httpx.Client) -> None:
    deal_id = ok(client, "crm.deal.add", fields={"TITLE": "Query"})
    response = client.get("crm.deal.get", params={"id": deal_id})
    assert response.status_code == 200
    assert response.json()["result"]["TITLE"] == "Query"
    # query-string parameters merge with the body
    response = client.post(
        f"crm.deal.update?id={deal_id}", json={"fields": {"TITLE": "Merged"}}
    )
    assert response.json()["result"] is True
    assert ok(client, "crm.deal.get", id=deal_id)["TITLE"] == "Merged"


def test_form_body_nested_and_encoded_brackets(client: httpx.Client) -> None:
    # literal brackets, as phpquery.encode writes them
    raw = "fields[TITLE]=Form%20deal&fields[OPPORTUNITY]=12.5&fields[UF_CRM_9]=x"
    response = client.post(
        "crm.deal.add",
        content=raw,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    deal_id = response.json()["result"]
    row = ok(client, "crm.deal.get", id=deal_id)
    assert (row["TITLE"], row["OPPORTUNITY"], row["UF_CRM_9"]) == (
        "Form deal",
        "12.50",
        "x",
    )
    # percent-encoded brackets, as ordinary form encoders send them
    response = client.post(
        "crm.deal.update", data={"id": deal_id, "fields[TITLE]": "B"}
    )
    assert response.json()["result"] is True
    assert ok(client, "crm.deal.get", id=deal_id)["TITLE"] == "B"


def test_invalid_json_body(client: httpx.Client) -> None:
    response = client.post(
        "crm.deal.add",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"error", "error_description"} and body["error"]


def test_user_current(portal: FakePortal, client: httpx.Client) -> None:
    user = ok(client, "user.current")
    assert user["ID"] == "1" and user["ACTIVE"] is True
    assert ISO_WITH_OFFSET.match(user["DATE_REGISTER"])
    with FakePortal(user_id=42) as other, httpx.Client() as http:
        body = http.post(other.webhook_url + "user.current").json()
        assert body["result"]["ID"] == "42"


def test_keep_alive_reuses_one_connection(portal: FakePortal) -> None:
    with httpx.Client(base_url=portal.webhook_url) as http:
        for _ in range(200):
            assert http.post("user.current").status_code == 200
    assert portal.stats.connections == 1
    assert portal.stats.requests == 200
    assert portal.stats.by_method["user.current"] == 200


def _read_responses(sock: socket.socket, count: int) -> list[tuple[int, bytes]]:
    data = b""
    out: list[tuple[int, bytes]] = []
    while len(out) < count:
        end = data.find(b"\r\n\r\n")
        if end >= 0:
            head = data[:end].decode("latin-1")
            found = re.search(r"Content-Length: (\d+)", head)
            assert found is not None
            length = int(found.group(1))
            if len(data) >= end + 4 + length:
                out.append((int(head.split(" ")[1]), data[end + 4 : end + 4 + length]))
                data = data[end + 4 + length :]
                continue
        chunk = sock.recv(65536)
        assert chunk, "connection closed early"
        data += chunk
    return out


def test_pipelined_requests_answer_in_order(portal: FakePortal) -> None:
    path = portal.webhook_url[len(portal.base_url) :]
    body = b'{"fields": {"TITLE": "P"}}'
    requests = (
        f"POST {path}crm.deal.add HTTP/1.1\r\nHost: x\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    requests += f"GET {path}crm.deal.get?id=1 HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    requests += f"GET {path}nope HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", portal.port)) as sock:
        # split mid-request to exercise the incremental parser
        sock.sendall(requests[:37])
        sock.sendall(requests[37:])
        responses = _read_responses(sock, 3)
    assert [status for status, _ in responses] == [200, 200, 404]
    assert json.loads(responses[0][1])["result"] == 1
    assert json.loads(responses[1][1])["result"]["TITLE"] == "P"


def test_connection_close_and_http10(portal: FakePortal) -> None:
    path = portal.webhook_url[len(portal.base_url) :]
    for request in (
        f"GET {path}user.current HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        f"GET {path}user.current HTTP/1.0\r\n\r\n",
    ):
        with socket.create_connection(("127.0.0.1", portal.port)) as sock:
            sock.sendall(request.encode())
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        assert data.startswith(b"HTTP/1.1 200 OK\r\n")


def test_clean_stop_closes_port_and_connections() -> None:
    portal = FakePortal().start()
    port = portal.port
    http = httpx.Client(base_url=portal.webhook_url)
    assert http.post("user.current").status_code == 200  # an idle keep-alive
    before = threading.active_count()
    portal.stop()
    assert not portal.running
    assert threading.active_count() == before - 1
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with pytest.raises(httpx.TransportError):
        http.post("user.current")
    http.close()
    portal.stop()  # idempotent
    with portal:  # restartable
        assert httpx.post(portal.webhook_url + "user.current").status_code == 200


def test_sans_io_handle() -> None:
    portal = Portal(webhook_code="code")
    status, headers, body = portal.handle(
        "POST",
        "/rest/1/code/crm.deal.add",
        "",
        {"content-type": "application/json"},
        b'{"fields": {"TITLE": "Direct"}}',
    )
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["result"] == 1
    status, _, body = portal.handle("GET", "/rest/1/code/crm.deal.get", "id=1", {}, b"")
    assert json.loads(body)["result"]["TITLE"] == "Direct"
    assert portal.stats.writes == 1


# --- crm.deal.* ---------------------------------------------------------------------


def test_deal_add_get_shape(client: httpx.Client) -> None:
    deal_id = ok(
        client,
        "crm.deal.add",
        fields={
            "TITLE": "Big deal",
            "OPPORTUNITY": 1000,
            "PROBABILITY": 55,
            "IS_RETURN_CUSTOMER": "Y",
            "BEGINDATE": "2024-08-30",
            "UF_CRM_1721244482250": "Hello",
            "NOT_A_FIELD": "ignored",
            "DATE_CREATE": "2000-01-01T00:00:00+00:00",  # read-only: ignored
        },
        params={"REGISTER_SONET_EVENT": "N"},
    )
    assert isinstance(deal_id, int) and deal_id == 1
    assert ok(client, "crm.deal.add") == 2  # fields are optional
    row = ok(client, "crm.deal.get", id=deal_id)
    assert row["ID"] == "1"
    assert row["TITLE"] == "Big deal"
    assert row["OPPORTUNITY"] == "1000.00" and row["TAX_VALUE"] == "0.00"
    assert row["PROBABILITY"] == "55"
    assert row["IS_RETURN_CUSTOMER"] == "Y" and row["OPENED"] == "Y"
    assert row["CLOSED"] == "N" and row["STAGE_SEMANTIC_ID"] == "P"
    assert row["CATEGORY_ID"] == "0" and row["ASSIGNED_BY_ID"] == "1"
    assert row["UF_CRM_1721244482250"] == "Hello"
    assert "NOT_A_FIELD" not in row and "CONTACT_IDS" not in row
    assert ISO_WITH_OFFSET.match(row["DATE_CREATE"])
    assert not row["DATE_CREATE"].startswith("2000")
    assert row["BEGINDATE"].startswith("2024-08-30T00:00:00")
    assert row["CONTACT_ID"] is None and row["LEAD_ID"] is None
    # ID given as a string, upper-case parameter names
    assert ok(client, "crm.deal.get", ID="1")["ID"] == "1"
    assert ok(client, "crm.deal.get", id=2)["TITLE"] == "Deal #2"


def test_deal_update_delete(portal: FakePortal, client: httpx.Client) -> None:
    deal_id = portal.store.add_deal(TITLE="Old", STAGE_ID="NEW")
    assert ok(
        client,
        "crm.deal.update",
        id=deal_id,
        FIELDS={"TITLE": "New", "STAGE_ID": "WON", "CATEGORY_ID": 5},
    )
    row = ok(client, "crm.deal.get", id=deal_id)
    assert row["TITLE"] == "New" and row["STAGE_ID"] == "WON"
    assert row["STAGE_SEMANTIC_ID"] == "S" and row["CLOSED"] == "Y"
    assert row["CATEGORY_ID"] == "0"  # immutable on update
    assert ok(client, "crm.deal.delete", id=deal_id) is True
    failure(call(client, "crm.deal.get", id=deal_id), 400, "", "Not found")
    assert portal.stats.writes == 2


def test_deal_errors(client: httpx.Client) -> None:
    invalid = (400, "", "ID is not defined or invalid.")
    for method in ("crm.deal.get", "crm.deal.update", "crm.deal.delete"):
        failure(call(client, method), *invalid)
        failure(call(client, method, id=0), *invalid)
        failure(call(client, method, id="abc"), *invalid)
        failure(call(client, method, id=999), 400, "", "Not found")
    failure(
        call(client, "crm.deal.add", fields="text"),
        400,
        "",
        "Parameter 'fields' must be array.",
    )
    failure(
        call(client, "crm.deal.add", fields={}, params="text"),
        400,
        "",
        "Parameter 'params' must be array.",
    )
    deal_id = ok(client, "crm.deal.add", fields={"TITLE": "x"})
    failure(
        call(client, "crm.deal.update", id=deal_id, fields=5),
        400,
        "",
        "Parameter 'fields' must be array.",
    )


def test_deal_fields(client: httpx.Client) -> None:
    fields = ok(client, "crm.deal.fields")
    assert fields["ID"]["isReadOnly"] is True and fields["ID"]["type"] == "integer"
    assert fields["OPPORTUNITY"]["type"] == "double"
    assert fields["CONTACT_IDS"]["isMultiple"] is True
    assert fields["STAGE_ID"]["statusType"] == "DEAL_STAGE"
    ok(client, "crm.deal.add", fields={"UF_CRM_77": "v"})
    assert ok(client, "crm.deal.fields")["UF_CRM_77"]["isDynamic"] is True


# --- crm.deal.contact.* -------------------------------------------------------------


def test_deal_contacts(portal: FakePortal, client: httpx.Client) -> None:
    store = portal.store
    first, second, third = (store.add_contact(NAME=n) for n in ("A", "B", "C"))
    deal_id = store.add_deal(TITLE="With contacts")

    assert ok(client, "crm.deal.contact.add", id=deal_id, fields={"CONTACT_ID": first})
    assert (
        ok(client, "crm.deal.contact.add", id=deal_id, fields={"CONTACT_ID": first})
        is False
    )
    assert ok(
        client,
        "crm.deal.contact.add",
        id=deal_id,
        fields={"CONTACT_ID": second, "IS_PRIMARY": "Y", "SORT": 5},
    )
    items = ok(client, "crm.deal.contact.items.get", id=deal_id)
    assert items == [
        {"CONTACT_ID": second, "SORT": 5, "ROLE_ID": 0, "IS_PRIMARY": "Y"},
        {"CONTACT_ID": first, "SORT": 10, "ROLE_ID": 0, "IS_PRIMARY": "N"},
    ]
    assert ok(client, "crm.deal.get", id=deal_id)["CONTACT_ID"] == str(second)

    # deleting the primary link makes the first remaining one primary
    assert ok(
        client, "crm.deal.contact.delete", id=deal_id, fields={"CONTACT_ID": second}
    )
    assert (
        ok(client, "crm.deal.contact.delete", id=deal_id, fields={"CONTACT_ID": 99})
        is False
    )
    items = ok(client, "crm.deal.contact.items.get", id=deal_id)
    assert items == [{"CONTACT_ID": first, "SORT": 10, "ROLE_ID": 0, "IS_PRIMARY": "Y"}]

    assert ok(
        client,
        "crm.deal.contact.items.set",
        id=deal_id,
        items=[{"CONTACT_ID": third}, {"CONTACT_ID": first, "IS_PRIMARY": "Y"}],
    )
    items = ok(client, "crm.deal.contact.items.get", id=deal_id)
    assert items == [
        {"CONTACT_ID": third, "SORT": 10, "ROLE_ID": 0, "IS_PRIMARY": "N"},
        {"CONTACT_ID": first, "SORT": 20, "ROLE_ID": 0, "IS_PRIMARY": "Y"},
    ]
    assert ok(
        client, "crm.deal.contact.items.set", id=deal_id, items=[{"CONTACT_ID": second}]
    )
    assert [
        i["IS_PRIMARY"] for i in ok(client, "crm.deal.contact.items.get", id=deal_id)
    ] == ["Y"]

    assert ok(client, "crm.deal.contact.items.delete", id=deal_id) is True
    assert ok(client, "crm.deal.contact.items.get", id=deal_id) == []
    assert ok(client, "crm.deal.get", id=deal_id)["CONTACT_ID"] is None

    fields = ok(client, "crm.deal.contact.fields")
    assert set(fields) == {"SORT", "IS_PRIMARY", "CONTACT_ID"}
    assert fields["CONTACT_ID"]["isRequired"] is True

    # CONTACT_IDS on add links contacts; deleting the deal drops its links
    other = ok(client, "crm.deal.add", fields={"CONTACT_IDS": [second, first]})
    assert [i["CONTACT_ID"] for i in store.deal_contacts(other)] == [second, first]
    ok(client, "crm.deal.delete", id=other)
    assert store.deal_contacts(other) == []


def test_deal_contact_errors(portal: FakePortal, client: httpx.Client) -> None:
    contact = portal.store.add_contact(NAME="A")
    deal_id = portal.store.add_deal()
    owner_quoted = "The parameter 'ownerEntityID' is invalid or not defined."
    owner = "The parameter ownerEntityID is invalid or not defined."
    add, delete = "crm.deal.contact.add", "crm.deal.contact.delete"
    failure(call(client, add, fields={"CONTACT_ID": contact}), 400, "", owner_quoted)
    failure(
        call(client, delete, id=-1, fields={"CONTACT_ID": 1}), 400, "", owner_quoted
    )
    failure(
        call(client, add, id=deal_id, fields="x"),
        400,
        "",
        "The parameter 'fields' must be array.",
    )
    failure(
        call(client, delete, id=deal_id), 400, "", "The parameter 'item' must be array."
    )
    not_valid = "The parameter 'fields' is not valid."
    failure(call(client, add, id=deal_id, fields={"SORT": 1}), 400, "", not_valid)
    failure(
        call(client, add, id=deal_id, fields={"CONTACT_ID": 555}), 400, "", not_valid
    )
    failure(
        call(client, add, id=999, fields={"CONTACT_ID": contact}), 400, "", "Not found."
    )
    failure(call(client, "crm.deal.contact.items.get"), 400, "", owner)
    failure(call(client, "crm.deal.contact.items.get", id=999), 400, "", "Not found.")
    failure(call(client, "crm.deal.contact.items.delete", id=999), 400, "", "Not found")
    set_ = "crm.deal.contact.items.set"
    failure(
        call(client, set_, id=deal_id, items="x"),
        400,
        "",
        "The parameter items must be array.",
    )
    failure(call(client, set_, id=999, items=[]), 400, "", "Not found.")
    failure(
        call(client, set_, id=deal_id, items=[{"CONTACT_ID": 555}]),
        400,
        "",
        "The parameter items is not valid.",
    )


# --- crm.deal.list --------------------------------------------------------------------


@pytest.fixture
def seeded(portal: FakePortal) -> FakePortal:
    portal.store.seed_deals(120)
    return portal


def test_list_offset_paging(seeded: FakePortal, client: httpx.Client) -> None:
    seen: list[str] = []
    start: int | None = 0
    pages = 0
    while start is not None:
        body = call(client, "crm.deal.list", start=start).json()
        assert body["total"] == 120
        seen += [row["ID"] for row in body["result"]]
        start = body.get("next")
        pages += 1
        if start is not None:
            assert start == pages * 50
    assert pages == 3 and seen == [str(i) for i in range(1, 121)]
    beyond = call(client, "crm.deal.list", start=500).json()
    assert beyond["result"] == [] and beyond["total"] == 120 and "next" not in beyond


def test_list_keyset_with_start_minus_one(
    seeded: FakePortal, client: httpx.Client
) -> None:
    last = 0
    seen: list[int] = []
    while True:
        body = call(
            client,
            "crm.deal.list",
            order={"ID": "ASC"},
            filter={">ID": last},
            select=["ID"],
            start=-1,
        ).json()
        assert body["total"] == 0 and "next" not in body
        ids = [int(row["ID"]) for row in body["result"]]
        seen += ids
        if len(ids) < 50:
            break
        last = ids[-1]
    assert seen == list(range(1, 121))


def test_list_filters(seeded: FakePortal, client: httpx.Client) -> None:
    store = seeded.store
    rows = [store.get_deal(i) for i in store.deal_ids()]

    def ids(filter_: dict[str, Any]) -> list[int]:
        result: list[int] = []
        start: int | None = 0
        while start is not None:
            body = call(client, "crm.deal.list", filter=filter_, start=start).json()
            result += [int(row["ID"]) for row in body["result"]]
            start = body.get("next")
        return result

    def expect(check: Any) -> list[int]:
        return [int(row["ID"]) for row in rows if row is not None and check(row)]

    def amount(row: dict[str, Any]) -> float:
        return float(row["OPPORTUNITY"])

    assert ids({">=OPPORTUNITY": 2500}) == expect(lambda r: amount(r) >= 2500)
    assert ids({">OPPORTUNITY": "2500"}) == expect(lambda r: amount(r) > 2500)
    assert ids({"<=OPPORTUNITY": 900}) == expect(lambda r: amount(r) <= 900)
    assert ids({"<ID": 10}) == list(range(1, 10))
    # numeric, not string, comparison: "9" < "10" numerically
    assert ids({">ID": 9, "<ID": 11}) == [10]
    # ID bounds are kept as a range of the sorted IDs: fractions, text, equality
    assert ids({">ID": 9.5, "<=ID": "12"}) == [10, 11, 12]
    assert ids({">=ID": "118.2"}) == [119, 120]
    assert ids({"ID": "7"}) == [7] and ids({"=ID": 7.5}) == []
    assert ids({">ID": 5, ">=ID": 3, "<ID": 9, "<=ID": 7}) == [6, 7]
    assert ids({"!ID": 5, "<ID": 8}) == [1, 2, 3, 4, 6, 7]
    assert ids({"@ID": [3, 5, 700]}) == [3, 5]
    assert ids({"!@ID": list(range(1, 119))}) == [119, 120]
    assert ids({"STAGE_ID": "WON"}) == expect(lambda r: r["STAGE_ID"] == "WON")
    assert ids({"=STAGE_ID": "WON"}) == ids({"STAGE_ID": "WON"})
    assert ids({"!=STAGE_ID": "WON"}) == expect(lambda r: r["STAGE_ID"] != "WON")
    assert ids({"!STAGE_ID": "WON"}) == ids({"!=STAGE_ID": "WON"})
    assert ids({"%TITLE": "deal 11"}) == [
        11,
        110,
        111,
        112,
        113,
        114,
        115,
        116,
        117,
        118,
        119,
    ]
    assert ids({"=%TITLE": "Deal 1_"}) == list(range(10, 20))
    assert ids({"%=TITLE": "%20"}) == [20, 120]
    assert ids({"STAGE_ID": ["WON", "LOSE"]}) == expect(
        lambda r: r["STAGE_ID"] in ("WON", "LOSE")
    )
    assert ids({">=DATE_CREATE": "2024-01-29"}) == expect(
        lambda r: r["DATE_CREATE"] >= "2024-01-29T00:00:00+03:00"
    )
    assert ids({"ASSIGNED_BY_ID": 2, "STAGE_ID": "NEW"}) == expect(
        lambda r: r["ASSIGNED_BY_ID"] == "2" and r["STAGE_ID"] == "NEW"
    )
    # upper-case parameter names and the documented error
    body = call(client, "crm.deal.list", FILTER={"ID": 7}, SELECT=["TITLE"]).json()
    assert body["result"] == [{"ID": "7", "TITLE": "Deal 7"}] and body["total"] == 1
    failure(
        call(client, "crm.deal.list", filter="x"),
        400,
        "",
        "Parameter 'filter' must be array.",
    )
    failure(
        call(client, "crm.deal.list", order="x"),
        400,
        "",
        "Parameter 'order' must be array.",
    )


def test_list_order_is_stable(seeded: FakePortal, client: httpx.Client) -> None:
    body = call(
        client,
        "crm.deal.list",
        order={"STAGE_ID": "DESC", "OPPORTUNITY": "ASC"},
        select=["STAGE_ID", "OPPORTUNITY"],
    ).json()
    rows = body["result"]
    keys = [
        (row["STAGE_ID"], float(row["OPPORTUNITY"]), int(row["ID"])) for row in rows
    ]
    stages = [k[0] for k in keys]
    assert stages == sorted(stages, reverse=True)
    for a, b in zip(keys, keys[1:], strict=False):
        if a[0] == b[0]:
            assert (a[1], a[2]) <= (b[1], b[2])
    # equal keys keep ID ascending even in DESC order
    body = call(client, "crm.deal.list", order={"ASSIGNED_BY_ID": "desc"}).json()
    first = [row for row in body["result"] if row["ASSIGNED_BY_ID"] == "3"]
    assert [int(r["ID"]) for r in first] == sorted(int(r["ID"]) for r in first)
    body = call(client, "crm.deal.list", order={"ID": "DESC"}, start=100).json()
    assert [row["ID"] for row in body["result"]] == [str(i) for i in range(20, 0, -1)]


def test_list_select(seeded: FakePortal, client: httpx.Client) -> None:
    seeded.store.add_deal(TITLE="Custom", UF_CRM_5="five")
    full = call(client, "crm.deal.list", filter={"ID": 121}).json()["result"][0]
    assert full["UF_CRM_5"] == "five" and full["TITLE"] == "Custom"
    assert (
        call(client, "crm.deal.list", filter={"ID": 1}).json()["result"][0]["UF_CRM_5"]
        is None
    )
    star = call(client, "crm.deal.list", filter={"ID": 121}, select=["*"]).json()
    assert "UF_CRM_5" not in star["result"][0] and "TITLE" in star["result"][0]
    uf = call(client, "crm.deal.list", filter={"ID": 121}, select=["UF_*"]).json()
    assert uf["result"][0] == {"ID": "121", "UF_CRM_5": "five"}
    both = call(
        client, "crm.deal.list", filter={"ID": 121}, select=["*", "UF_*"]
    ).json()
    assert both["result"][0] == full
    some = call(
        client, "crm.deal.list", select=["opportunity", "TITLE", "BOGUS"]
    ).json()
    assert list(some["result"][0]) == ["ID", "TITLE", "OPPORTUNITY"]


# --- batch --------------------------------------------------------------------------


def test_batch_references_and_sections(
    portal: FakePortal, client: httpx.Client
) -> None:
    portal.store.seed_deals(60)
    result = ok(
        client,
        "batch",
        halt=0,
        cmd={
            "add": "crm.deal.add?fields[TITLE]=Batch%20deal&fields[OPPORTUNITY]=10",
            "get": "crm.deal.get?id=$result[add]",
            "list": "crm.deal.list?filter[%3E%3DID]=$result[get][ID]&select[]=TITLE",
            "page": "crm.deal.list?select[]=ID",
            "first": "crm.deal.get?id=$result[page][0][ID]",
            "text": "crm.deal.update?id=$result[add]&fields[TITLE]=Got%20$result[get][TITLE]!",
            "bad": "crm.deal.get?id=99999",
            "literal": "crm.deal.list?filter[TITLE]=$result[bad][TITLE]",
            "nested": "batch?cmd[x]=user.current",
        },
    )
    res = result["result"]
    assert res["add"] == 61
    assert res["get"]["TITLE"] == "Batch deal" and res["get"]["OPPORTUNITY"] == "10.00"
    assert res["list"] == [{"ID": "61", "TITLE": "Batch deal"}]
    assert res["first"]["ID"] == "1"
    assert res["text"] is True
    assert res["literal"] == []  # the reference stayed literal text
    assert "bad" not in res and "nested" not in res
    assert result["result_error"] == {
        "bad": {"error": "", "error_description": "Not found"},
        "nested": {
            "error": "ERROR_BATCH_METHOD_NOT_ALLOWED",
            "error_description": "Method is not allowed for batch usage",
        },
    }
    assert result["result_total"] == {"list": 1, "page": 61, "literal": 0}
    assert result["result_next"] == {"page": 50}
    assert set(result["result_time"]) == set(res)
    assert set(result["result_time"]["get"]) == TIME_KEYS
    assert ok(client, "crm.deal.get", id=61)["TITLE"] == "Got Batch deal!"
    # writes inside batch count; the batch is one request
    assert portal.stats.writes == 2
    assert portal.stats.requests_by_method["batch"] == 1 and portal.stats.requests == 2


def test_batch_halt(client: httpx.Client) -> None:
    commands = {
        "one": "crm.deal.add?fields[TITLE]=1",
        "two": "crm.deal.get?id=0",
        "three": "crm.deal.add?fields[TITLE]=3",
    }
    for halt in (1, True, "Y", "true"):
        result = ok(client, "batch", halt=halt, cmd=commands)
        assert list(result["result"]) == ["one"]
        assert list(result["result_error"]) == ["two"]
        assert list(result["result_time"]) == ["one"]
        assert result["result_total"] == [] and result["result_next"] == []
    for halt in (0, False, "N"):
        result = ok(client, "batch", halt=halt, cmd=commands)
        assert list(result["result"]) == ["one", "three"]
        assert list(result["result_error"]) == ["two"]
    result = ok(client, "batch", cmd={})
    assert result == {
        "result": [],
        "result_error": [],
        "result_total": [],
        "result_next": [],
        "result_time": [],
    }


def test_batch_list_form_and_limit(client: httpx.Client) -> None:
    # cmd as a list: keys are indices; a full 0..n-1 section is a JSON array
    result = ok(client, "batch", cmd=["crm.deal.add", "crm.deal.get?id=$result[0]"])
    assert result["result"][0] == 1 and result["result"][1]["ID"] == "1"
    result = ok(client, "batch", cmd=["crm.deal.get?id=0", "user.current"])
    assert result["result"] == {"1": result["result"]["1"]}
    assert result["result_error"] == [  # keys 0..n-1: PHP shows a list
        {"error": "", "error_description": "ID is not defined or invalid."}
    ]
    # the whole batch form-encoded (inner query strings encoded twice)
    response = client.post(
        "batch",
        data={"halt": "1", "cmd[a]": "crm.deal.add?fields%5BTITLE%5D=A%26B"},
    )
    new_id = response.json()["result"]["result"]["a"]
    assert ok(client, "crm.deal.get", id=new_id)["TITLE"] == "A&B"
    fifty = {f"c{i}": "user.current" for i in range(50)}
    assert len(ok(client, "batch", cmd=fifty)["result"]) == 50
    failure(
        call(client, "batch", cmd={**fifty, "extra": "user.current"}),
        400,
        "ERROR_BATCH_LENGTH_EXCEEDED",
        "Max batch length exceeded",
    )


# --- the CLI ------------------------------------------------------------------------


def test_cli_serves_until_terminated() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "b24client.testing", "--deals", "7", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/rest/1/\w+/", url), url
        body = httpx.post(url + "crm.deal.list", json={}).json()
        assert body["total"] == 7
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
