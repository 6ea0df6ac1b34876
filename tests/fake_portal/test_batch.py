"""``batch``: percent-encoded references, and answers joined from cached JSON."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from b24client.testing import FakePortal, Portal

from .wire import ok


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
def test_percent_encoded_references_resolve(
    portal: FakePortal, client: httpx.Client, form: bool
) -> None:
    """As b24pysdk and CRest (http_build_query) send them: the portal decodes
    a command's query before it looks for references."""
    portal.store.seed_deals(3)
    cmd = {
        "add": "crm.deal.add?fields%5BTITLE%5D=New",
        "get": "crm.deal.get?id=%24result%5Badd%5D",
        "page": "crm.deal.list?order%5BID%5D=DESC",
        "first": "crm.deal.get?id=%24result%5bpage%5d%5b0%5d%5bID%5d",
        "text": "crm.deal.update?id=%24result%5Badd%5D"
        "&fields%5BTITLE%5D=Got%20%24result%5Bget%5D%5BTITLE%5D",
        "literal": "crm.deal.list?filter%5BTITLE%5D=%24result%5Bnone%5D",
    }
    if form:
        response = client.post("batch", data={f"cmd[{k}]": v for k, v in cmd.items()})
        assert response.status_code == 200, response.text
        result = response.json()["result"]
    else:
        result = ok(client, "batch", cmd=cmd)
    assert result["result_error"] == []
    res = result["result"]
    assert res["add"] == 4 and res["get"]["ID"] == "4" and res["first"]["ID"] == "4"
    assert res["text"] is True and res["literal"] == []
    assert ok(client, "crm.deal.get", id=4)["TITLE"] == "Got New"


def answer_of(portal: Portal, cmd: Any) -> tuple[Any, str]:
    outcome = portal.call("batch", {"cmd": cmd}, in_batch=False)
    assert outcome.encoded is not None
    return outcome.result, outcome.encoded()


@pytest.mark.parametrize(
    "cmd",
    [
        {
            "page": "crm.deal.list?start=50",
            "again": "crm.deal.list?start=50",  # the same cached rows
            "some": "crm.deal.list?select[]=TITLE&filter[>ID]=118",
            "one": "crm.deal.get?id=121",
            "none": "crm.deal.get?id=0",
            "me": "user.current",
            "ref": "crm.deal.get?id=$result[one][ID]",
            "fields": "crm.deal.fields",
        },
        ["crm.deal.get?id=1", "crm.deal.list?start=-1", "crm.deal.get?id=0"],
        ["crm.deal.get?id=0", "crm.deal.get?id=1"],  # keys 1..: an object
        {},
    ],
    ids=["object", "list", "not-a-list", "empty"],
)
def test_batch_answer_text_is_the_json_of_its_objects(cmd: Any) -> None:
    """The answer joined from cached rows is byte for byte what encoding
    the Python objects gives (key order, ``[]`` for empty sections, UTF-8)."""
    portal = Portal()
    portal.store.seed_deals(120)
    portal.store.add_deal(TITLE='Сделка "№1"\n', COMMENTS="</script>")
    result, text = answer_of(portal, cmd)
    assert text == json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    assert set(json.loads(text)) == {
        "result",
        "result_error",
        "result_total",
        "result_next",
        "result_time",
    }
