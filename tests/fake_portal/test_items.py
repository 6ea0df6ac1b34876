"""``crm.item.*`` for deals over loopback: the universal API on the crm.deal rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from b24client import Bitrix24
from b24client.testing import FakePortal

from .wire import classic_error, ok

DEAL = 2
ISO = dt.datetime.fromisoformat


def item(client: httpx.Client, method: str, **params: Any) -> Any:
    return ok(client, method, entityTypeId=DEAL, **params)


def rows(portal: FakePortal) -> list[dict[str, Any]]:
    return [portal.store.get_deal(i) or {} for i in portal.store.deal_ids()]


def test_add_get_update_delete(portal: FakePortal, client: httpx.Client) -> None:
    anna = portal.store.add_contact(NAME="Anna")
    bob = portal.store.add_contact(NAME="Bob")
    fields = {
        "title": "Order",
        "opportunity": 1500.5,
        "currencyId": "EUR",
        "stageId": "PREPARATION",
        "contactIds": [bob, anna],
        "assignedById": 3,
        "createdBy": 9,  # read-only: ignored
        "noSuchField": "x",  # unknown: ignored
    }
    added = item(client, "crm.item.add", fields=fields)["item"]
    assert added["id"] == 1 and added["title"] == "Order"
    assert added["opportunity"] == 1500.5 and added["currencyId"] == "EUR"
    assert added["stageId"] == "PREPARATION" and added["stageSemanticId"] == "P"
    assert added["contactIds"] == [bob, anna] and added["contactId"] == bob
    assert added["assignedById"] == 3 and added["createdBy"] == 1
    assert added["companyId"] == 0 and added["categoryId"] == 0
    assert added["probability"] is None and added["opened"] == "Y"
    assert added["entityTypeId"] == DEAL and "noSuchField" not in added
    assert ISO(added["createdTime"]).utcoffset() is not None
    assert set(added) >= {"createdTime", "updatedTime", "updatedBy", "movedBy"}
    assert not any(key.isupper() for key in added)

    assert item(client, "crm.item.get", id=1) == {"item": added}

    updated = item(
        client, "crm.item.update", id=1, fields={"stageId": "WON", "opportunity": 10}
    )["item"]
    assert updated["stageId"] == "WON" and updated["closed"] == "Y"
    assert updated["opportunity"] == 10.0 and updated["title"] == "Order"
    assert updated["contactIds"] == [bob, anna]
    assert portal.stats.writes_by_method["crm.item.update"] == 1

    assert item(client, "crm.item.delete", id=1) == []
    assert portal.store.deal_ids() == []
    response = client.post("crm.item.get", json={"entityTypeId": DEAL, "id": 1})
    classic_error(response, 400, "NOT_FOUND", "Item not found")


def test_crm_item_and_crm_deal_see_the_same_rows(
    portal: FakePortal, client: httpx.Client
) -> None:
    contact = portal.store.add_contact(NAME="Anna")
    new = item(
        client, "crm.item.add", fields={"title": "Via item", "contactIds": [contact]}
    )
    deal = ok(client, "crm.deal.get", id=new["item"]["id"])
    assert deal["TITLE"] == "Via item" and deal["CONTACT_ID"] == str(contact)
    links = ok(client, "crm.deal.contact.items.get", id=deal["ID"])
    assert [link["CONTACT_ID"] for link in links] == [contact]

    old = ok(client, "crm.deal.add", fields={"TITLE": "Via deal", "OPPORTUNITY": 99})
    got = item(client, "crm.item.get", id=old)["item"]
    assert (got["title"], got["opportunity"], got["contactIds"]) == ("Via deal", 99, [])

    ok(client, "crm.deal.update", id=old, fields={"TITLE": "Renamed"})
    page = item(client, "crm.item.list", select=["title"], order={"id": "DESC"})
    assert page == {
        "items": [
            {"id": old, "title": "Renamed"},
            {"id": new["item"]["id"], "title": "Via item"},
        ]
    }

    item(client, "crm.item.delete", id=old)
    response = client.post("crm.deal.get", json={"id": old})
    classic_error(response, 400, "", "Not found")
    assert ok(client, "crm.deal.list", select=["ID"]) == [{"ID": "1"}]


def test_select(portal: FakePortal, client: httpx.Client) -> None:
    contact = portal.store.add_contact(NAME="Anna")
    item(client, "crm.item.add", fields={"title": "A", "contactIds": [contact]})
    whole = item(client, "crm.item.get", id=1)["item"]

    def listed(**params: Any) -> dict[str, Any]:
        (row,) = item(client, "crm.item.list", **params)["items"]
        assert isinstance(row, dict)
        return row

    assert listed() == whole
    assert listed(select=["*"]) == whole
    assert listed(select=["id", "title"]) == {"id": 1, "title": "A"}
    assert listed(select=["title"]) == {"id": 1, "title": "A"}  # the ID always
    assert listed(select=["createdTime", "stageId"]) == {
        "id": 1,
        "stageId": "NEW",
        "createdTime": whole["createdTime"],
    }
    assert listed(select=["contactIds"]) == {"id": 1, "contactIds": [contact]}
    assert listed(select=["noSuchField"]) == {"id": 1}


PREDICATES: list[tuple[dict[str, Any], Callable[[dict[str, Any]], bool]]] = [
    ({">opportunity": 1000}, lambda r: float(r["OPPORTUNITY"]) > 1000),
    ({"@stageId": ["WON", "LOSE"]}, lambda r: r["STAGE_ID"] in ("WON", "LOSE")),
    ({"!stageId": "NEW"}, lambda r: r["STAGE_ID"] != "NEW"),
    ({"!@stageId": ["NEW", "WON"]}, lambda r: r["STAGE_ID"] not in ("NEW", "WON")),
    ({"%title": "deal 1"}, lambda r: "deal 1" in r["TITLE"].lower()),
    (
        {"=%title": "Deal 1_"},
        lambda r: len(r["TITLE"]) == 7 and r["TITLE"][:6] == "Deal 1",
    ),
    ({"!%comments": "number 5"}, lambda r: "number 5" not in r["COMMENTS"]),
    (
        {"assignedById": 2, "<=id": 40, ">id": 5},
        lambda r: r["ASSIGNED_BY_ID"] == "2" and 5 < int(r["ID"]) <= 40,
    ),
    (
        {">=createdTime": "2024-01-10T00:00:00+03:00", "<createdTime": "2024-01-12"},
        lambda r: ISO("2024-01-10T00:00:00+03:00")
        <= ISO(r["DATE_CREATE"])
        < ISO("2024-01-12T00:00:00+03:00"),
    ),
    (
        {"CURRENCYID": "EUR", "typeId": "SALE"},
        lambda r: r["CURRENCY_ID"] == "EUR" and r["TYPE_ID"] == "SALE",
    ),
]


@pytest.mark.parametrize(
    ("conditions", "wanted"), PREDICATES, ids=[str(p[0]) for p in PREDICATES]
)
def test_filter(
    portal: FakePortal,
    client: httpx.Client,
    conditions: dict[str, Any],
    wanted: Callable[[dict[str, Any]], bool],
) -> None:
    portal.store.seed_deals(120)
    expected = [int(row["ID"]) for row in rows(portal) if wanted(row)]
    assert 0 < len(expected) < 120
    found: list[int] = []
    start: Any = 0
    while start is not None:
        response = client.post(
            "crm.item.list",
            json={
                "entityTypeId": DEAL,
                "filter": conditions,
                "select": ["id"],
                "start": start,
            },
        )
        assert response.status_code == 200, response.text
        body = response.json()
        found += [row["id"] for row in body["result"]["items"]]
        assert body["total"] == len(expected)
        start = body.get("next")
    assert found == expected


def test_order_and_paging(portal: FakePortal, client: httpx.Client) -> None:
    portal.store.seed_deals(120)
    expected = sorted(
        rows(portal), key=lambda r: (-float(r["OPPORTUNITY"]), int(r["ID"]))
    )
    seen: list[int] = []
    nexts: list[Any] = []
    start: Any = 0
    while start is not None:
        body = client.post(
            "crm.item.list",
            json={
                "entityTypeId": DEAL,
                "order": {"opportunity": "desc", "id": "ASC"},
                "select": ["id", "opportunity"],
                "start": start,
            },
        ).json()
        assert body["total"] == 120
        page = body["result"]["items"]
        assert len(page) == (50 if start < 100 else 20)
        seen += [row["id"] for row in page]
        start = body.get("next")
        nexts.append(start)
    assert nexts == [50, 100, None]
    assert seen == [int(r["ID"]) for r in expected]

    uncounted = item(
        client, "crm.item.list", start=-1, order={"id": "DESC"}, filter={"<id": 100}
    )
    assert [row["id"] for row in uncounted["items"]] == list(range(99, 49, -1))


def test_form_body_and_query_string(portal: FakePortal, client: httpx.Client) -> None:
    response = client.post(
        "crm.item.add",
        data={
            "entityTypeId": "2",
            "fields[title]": "Form",
            "fields[opportunity]": "12.5",
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["result"]["item"]["opportunity"] == 12.5
    got = client.get("crm.item.get", params={"entityTypeId": "2", "id": "1"})
    assert got.json()["result"]["item"]["title"] == "Form"


def test_fields(portal: FakePortal, client: httpx.Client) -> None:
    item(client, "crm.item.add", fields={"ufCrm_1721244707107": "x", "parentId1220": 5})
    fields = item(client, "crm.item.fields")["fields"]
    assert fields["title"]["upperName"] == "TITLE"
    assert fields["createdTime"]["upperName"] == "CREATED_TIME"
    assert fields["createdTime"]["isReadOnly"] is True
    assert fields["assignedById"]["upperName"] == "ASSIGNED_BY_ID"
    assert fields["opened"]["type"] == "boolean"
    assert fields["stageId"]["statusType"] == "DEAL_STAGE"
    assert fields["contactId"]["isDeprecated"] is True
    assert fields["contactIds"]["isMultiple"] is True
    assert fields["companyId"]["settings"] == {"parentEntityTypeId": 4}
    assert fields["ufCrm_1721244707107"]["upperName"] == "UF_CRM_1721244707107"
    assert fields["ufCrm_1721244707107"]["isDynamic"] is True
    assert fields["parentId1220"]["type"] == "crm_entity"
    assert not any("_" in name for name in fields if not name.startswith("ufCrm"))
    original = item(client, "crm.item.fields", useOriginalUfNames="Y")["fields"]
    assert "UF_CRM_1721244707107" in original and "ufCrm_1721244707107" not in original


def test_user_and_parent_fields(portal: FakePortal, client: httpx.Client) -> None:
    fields = {
        "ufCrm_1721244707107": "plain",
        "ufCrm7_1639669411830": ["a", "b"],
        "UF_CRM_OWN": "original name",
        "parentId1220": "5",
    }
    added = item(client, "crm.item.add", fields=fields)["item"]
    assert added["ufCrm_1721244707107"] == "plain"
    assert added["ufCrm7_1639669411830"] == ["a", "b"]
    assert added["UF_CRM_OWN"] == "original name"
    assert added["parentId1220"] == 5
    deal = ok(client, "crm.deal.get", id=1)
    assert deal["UF_CRM_1721244707107"] == "plain"
    assert deal["UF_CRM_7_1639669411830"] == ["a", "b"]
    assert deal["PARENT_ID_1220"] == "5"
    original = item(client, "crm.item.get", id=1, useOriginalUfNames="Y")["item"]
    assert original["UF_CRM_1721244707107"] == "plain" and original["parentId1220"] == 5
    assert "ufCrm_1721244707107" not in original
    found = item(client, "crm.item.list", filter={"ufCrm_1721244707107": "plain"})
    assert [row["id"] for row in found["items"]] == [1]


ERRORS: list[tuple[str, dict[str, Any], Any, str]] = [
    (
        "crm.item.get",
        {"entityTypeId": 3, "id": 1},
        "NOT_FOUND",
        "Smart process not found: the fake portal serves crm.item.* for deals "
        "(entityTypeId=2) only, not entityTypeId=3",
    ),
    (
        "crm.item.list",
        {"entityTypeId": "abc"},
        "NOT_FOUND",
        "Smart process not found: the fake portal serves crm.item.* for deals "
        "(entityTypeId=2) only",
    ),
    (
        "crm.item.add",
        {"fields": {"title": "x"}},
        "ERROR_REQUIRED_PARAMETERS_MISSING",
        "Required parameter 'entityTypeId' is missing",
    ),
    (
        "crm.item.add",
        {"entityTypeId": 2},
        "ERROR_REQUIRED_PARAMETERS_MISSING",
        "Required parameter 'fields' is missing",
    ),
    (
        "crm.item.add",
        {"entityTypeId": 2, "fields": "title"},
        "INVALID_ARG_VALUE",
        "Parameter 'fields' must be an object",
    ),
    (
        "crm.item.get",
        {"entityTypeId": 2},
        "ERROR_REQUIRED_PARAMETERS_MISSING",
        "Required parameter 'id' is missing",
    ),
    ("crm.item.get", {"entityTypeId": 2, "id": 99}, "NOT_FOUND", "Item not found"),
    ("crm.item.get", {"entityTypeId": 2, "id": "x"}, "NOT_FOUND", "Item not found"),
    (
        "crm.item.update",
        {"entityTypeId": 2, "id": 99, "fields": {"title": "x"}},
        "NOT_FOUND",
        "Item not found",
    ),
    ("crm.item.delete", {"entityTypeId": 2, "id": 0}, "NOT_FOUND", "Item not found"),
    (
        "crm.item.list",
        {"entityTypeId": 2, "filter": {">noSuchField": 1}},
        "INVALID_ARG_VALUE",
        "Invalid filter: field 'noSuchField' is not allowed in filter",
    ),
    (
        "crm.item.list",
        {"entityTypeId": 2, "filter": {"contactIds": [1]}},
        "INVALID_ARG_VALUE",
        "Invalid filter: field 'contactIds' is not allowed in filter",
    ),
    (
        "crm.item.list",
        {"entityTypeId": 2, "filter": {"0": {"logic": "OR", "title": "a"}}},
        "INVALID_ARG_VALUE",
        "Invalid filter: nested conditions and 'logic' are not supported by the "
        "fake portal",
    ),
    (
        "crm.item.list",
        {"entityTypeId": 2, "filter": {"!=%title": "a%"}},
        "INVALID_ARG_VALUE",
        "Invalid filter: the fake portal does not support the operator of '!=%title'",
    ),
    (
        "crm.item.list",
        {"entityTypeId": 2, "filter": "title"},
        "INVALID_ARG_VALUE",
        "Parameter 'filter' must be an object",
    ),
    (
        "crm.item.list",
        {"entityTypeId": 2, "order": {"noSuchField": "ASC"}},
        "INVALID_ARG_VALUE",
        "Invalid order: field 'noSuchField' is not allowed in order",
    ),
    (
        "crm.item.list",
        {"entityTypeId": 2, "order": {"title": "UP"}},
        "INVALID_ARG_VALUE",
        "Invalid order: allowed sort directions are ASC, DESC. But got 'UP' for "
        "field 'title'",
    ),
]


@pytest.mark.parametrize(
    ("method", "params", "code", "text"),
    ERRORS,
    ids=[f"{e[0]}-{e[3][:40]}" for e in ERRORS],
)
def test_errors(
    portal: FakePortal,
    client: httpx.Client,
    method: str,
    params: dict[str, Any],
    code: str,
    text: str,
) -> None:
    portal.store.add_deal(TITLE="Kept")
    classic_error(client.post(method, json=params), 400, code, text)
    assert portal.store.deal_ids() == [1]  # nothing written, nothing removed
    assert portal.stats.writes == 0


def test_batch_with_references(portal: FakePortal, client: httpx.Client) -> None:
    cmd = {
        "add": "crm.item.add?entityTypeId=2&fields[title]=Batched"
        "&fields[opportunity]=7",
        "get": "crm.item.get?entityTypeId=2&id=$result[add][item][id]",
        "rename": "crm.item.update?entityTypeId=2&id=$result[add][item][id]"
        "&fields[title]=Got%20$result[get][item][title]",
        "page": "crm.item.list?entityTypeId=2&select[]=title"
        "&filter[id]=$result[add][item][id]",
        "wrong": "crm.item.get?entityTypeId=4&id=1",
    }
    result = ok(client, "batch", cmd=cmd)
    res = result["result"]
    assert res["add"]["item"]["id"] == 1 and res["get"]["item"]["opportunity"] == 7
    assert res["rename"]["item"]["title"] == "Got Batched"
    assert res["page"] == {"items": [{"id": 1, "title": "Got Batched"}]}
    assert result["result_total"] == {"page": 1}
    assert result["result_error"]["wrong"]["error"] == "NOT_FOUND"
    assert ok(client, "crm.deal.get", id=1)["TITLE"] == "Got Batched"


def test_typed_batch_references_an_added_item(portal: FakePortal) -> None:
    contact = portal.store.add_contact(NAME="Anna")
    with Bitrix24(portal.webhook_url) as b24:
        batch = b24.batch(halt=True)
        added = batch.crm.item.add(
            entity_type_id=DEAL, fields={"title": "Typed", "contactIds": [contact]}
        )
        got = batch.crm.item.get(entity_type_id=DEAL, id=added["item"]["id"])
        links = batch.crm.deal.contact.items.get(id=added["item"]["id"])
        result = batch.execute()
    assert result.ok and result.errors == {}
    assert got.result["item"]["title"] == "Typed"
    assert got.result["item"]["contactIds"] == [contact]
    assert [link["CONTACT_ID"] for link in links.result] == [contact]
    assert portal.stats.requests == portal.stats.requests_by_method["batch"] == 1
