"""The basic fixture generated against the real runtime (generator/runtime/):
lazy imports, wire names and flag serialisation, all three twins."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from generator_testlib import BASIC_SPEC, REPO, run_generator

PROBE = textwrap.dedent("""
    import asyncio, json, sys
    sys.path.insert(0, sys.argv[1])
    import b24client
    from b24client import Bitrix24, AsyncBitrix24, NOT_GIVEN

    def api_modules():
        return sorted(m for m in sys.modules if m.startswith("b24client._api"))

    report = {"after_import": api_modules(), "calls": []}

    class Sync(Bitrix24):
        def _invoke(self, info, params):
            report["calls"].append(["sync", info.name, info.idempotent, info.returns, info.api, dict(params)])
            return True

        def _invoke_page(self, info, params):
            report["calls"].append(["page", info.name, info.idempotent, info.returns, info.api, dict(params)])
            return []

    class Async(AsyncBitrix24):
        async def _invoke(self, info, params):
            report["calls"].append(["async", info.name, info.idempotent, info.returns, info.api, dict(params)])
            return 7

    url = "https://example.bitrix24.com/rest/1/s3cr3t/"
    client = Sync(url)
    client.crm.deal.contact.items.delete(id=5)
    report["after_call"] = api_modules()
    client.v3.crm.activity.todo.update_deadline(
        id=1, owner_type_id=2, owner_id=3, deadline="2025-01-31T10:00:00", notify=False
    )
    report["after_v3_call"] = api_modules()
    client.profile()
    client.im.notify(to=1, message="hi")
    client.im.notify.read(only_current=True)
    client.crm.deal.list(select=["ID"])

    async def main():
        aclient = Async(url)
        return await aclient.im.notify(to=2, message="yo")
    report["async_result"] = asyncio.run(main())

    async def no_way():
        try:
            await Async(url).lists.element.get(iblock_type_id="lists")
        except TypeError as error:
            return str(error)
    report["async_no_alternative"] = asyncio.run(no_way())

    report["plain_calls"] = len(report["calls"])

    def tidy(params):
        return {k: "NOT_GIVEN" if v is NOT_GIVEN else v for k, v in params.items()}

    def last():
        return tidy(report["calls"][-1][-1])

    def modules(prefix):
        return sorted(m for m in sys.modules if m.startswith(prefix))

    def failure(call):
        try:
            call()
        except (TypeError, ValueError) as error:
            return [type(error).__name__, str(error)]
        return None

    # user_fields: merged into its object on the wire, in all three twins
    client.crm.deal.add(fields={"TITLE": "A"}, user_fields={"UF_CRM_1": "hi"})
    report["merged"] = last()
    report["overlap"] = failure(
        lambda: client.crm.deal.add(fields={"TITLE": "A"}, user_fields={"TITLE": "B"})
    )
    report["not_a_mapping"] = failure(
        lambda: client.crm.deal.add(fields={"TITLE": "A"}, user_fields=["UF"])
    )
    client.tasks.task.update(
        task_id=1, fields_user_fields={"UF_AUTO_1": 1}, params_user_fields={"X": 2}
    )
    report["two_keywords"] = last()
    # alternatives: any one documented way to call; none is a TypeError, before sending
    sent = len(report["calls"])
    report["no_alternative"] = failure(
        lambda: client.lists.element.get(iblock_type_id="lists")
    )
    report["half_sent"] = len(report["calls"]) - sent
    client.lists.element.get(iblock_type_id="lists", iblock_code="books")
    report["alternative"] = last()
    # deprecated: one DeprecationWarning per REST method, whichever twin calls it
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.crm.deal.get(id=1)
        client.crm.deal.get(id=2)
        asyncio.run(Async(url).crm.deal.get(id=3))
        client.crm.deal.list()
    report["warnings"] = [
        [w.category.__name__, str(w.message), w.filename] for w in caught
    ]
    report["deprecated_attr"] = client.crm.deal.get.__deprecated__
    report["types_before"] = modules("b24client.types")
    from b24client.types import CrmDeal
    report["types_after"] = modules("b24client.types")
    report["typed_dict"] = [CrmDeal.__name__, CrmDeal.__total__, CrmDeal({"ID": "1"})]

    batch = client.batch()
    merged = batch.crm.deal.add(fields={"TITLE": "B"}, user_fields={"UF_CRM_2": 2})
    report["batch_merged"] = tidy(merged.params)
    report["batch_overlap"] = failure(
        lambda: batch.crm.deal.add(fields={"TITLE": "C"}, user_fields={"TITLE": 1})
    )
    report["batch_into_ref"] = failure(
        lambda: batch.crm.deal.add(fields=merged, user_fields={"UF_CRM_2": 2})
    )
    report["batch_no_alternative"] = failure(
        lambda: batch.lists.element.get(iblock_type_id="lists")
    )
    report["batch_size"] = len(batch)
    command = batch.crm.deal.contact.items.delete(id=9)
    report["batch_command"] = type(command).__name__
    report["batch_profile"] = type(batch.profile()).__name__
    report["batch_has_v3"] = hasattr(batch, "v3")
    report["client_batch_is_factory"] = type(client.batch).__name__
    report["all"] = sorted(b24client.__all__)

    def plain(value):
        return "NOT_GIVEN" if value is NOT_GIVEN else value
    for call in report["calls"]:
        call[-1] = {k: plain(v) for k, v in call[-1].items()}
    print(json.dumps(report))
    """)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("real") / "out"
    assert run_generator(BASIC_SPEC, out, runtime=REPO / "generator" / "runtime") == 0
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_import_loads_no_api_module(report: dict[str, object]) -> None:
    assert report["after_import"] == []


def test_a_call_loads_only_its_path(report: dict[str, object]) -> None:
    assert report["after_call"] == [
        "b24client._api",
        "b24client._api.crm",
        "b24client._api.crm.deal",
    ]


def test_v3_loads_its_own_modules(report: dict[str, object]) -> None:
    assert report["after_v3_call"] == [
        "b24client._api",
        "b24client._api.crm",
        "b24client._api.crm.deal",
        "b24client._api.v3",
        "b24client._api.v3.crm",
    ]


def test_wire_names_and_flags(report: dict[str, object]) -> None:
    calls = report["calls"]
    assert isinstance(calls, list) and isinstance(report["plain_calls"], int)
    assert calls[: report["plain_calls"]] == [
        ["sync", "crm.deal.contact.items.delete", False, "boolean", 1, {"id": 5}],
        [
            "sync",
            "crm.activity.todo.updateDeadline",
            False,
            "any",
            3,
            {
                "id": 1,
                "ownerTypeId": 2,
                "ownerId": 3,
                "deadline": "2025-01-31T10:00:00",
                "from": "NOT_GIVEN",
                "notify": "N",
                "tags": "NOT_GIVEN",
            },
        ],
        ["sync", "profile", True, "any", 1, {}],
        [
            "sync",
            "im.notify",
            False,
            "integer",
            1,
            {"to": 1, "message": "hi", "type": "NOT_GIVEN"},
        ],
        [
            "sync",
            "im.notify.read",
            False,
            "boolean",
            1,
            {"id": "NOT_GIVEN", "only_current": "Y"},
        ],
        [
            "page",
            "crm.deal.list",
            True,
            "any",
            1,
            {"filter": "NOT_GIVEN", "select": ["ID"], "order": "NOT_GIVEN"},
        ],
        [
            "async",
            "im.notify",
            False,
            "integer",
            1,
            {"to": 2, "message": "yo", "type": "NOT_GIVEN"},
        ],
    ]
    assert report["async_result"] == 7


def test_batch_twin_queues_a_command(report: dict[str, object]) -> None:
    assert report["batch_command"] == "BatchCommand"
    assert report["batch_profile"] == "BatchCommand"


def test_rest3_has_no_batch_twin_and_batch_stays_the_factory(
    report: dict[str, object],
) -> None:
    assert report["batch_has_v3"] is False
    assert report["client_batch_is_factory"] == "method"


def test_package_exports(report: dict[str, object]) -> None:
    exported = report["all"]
    assert isinstance(exported, list)
    for name in (
        "AsyncBatch",
        "AsyncBitrix24",
        "Batch",
        "Bitrix24",
        "NOT_GIVEN",
        "NotGiven",
    ):
        assert name in exported


def test_user_fields_are_merged_into_their_object(report: dict[str, object]) -> None:
    assert report["merged"] == {
        "fields": {"TITLE": "A", "UF_CRM_1": "hi"},
        "params": "NOT_GIVEN",
    }
    assert report["batch_merged"] == report["merged"] | {
        "fields": {"TITLE": "B", "UF_CRM_2": 2}
    }
    # two objects taking portal fields: one keyword each, named after the param
    assert report["two_keywords"] == {
        "taskId": 1,
        "fields": {"UF_AUTO_1": 1},
        "RESPONSIBLE_ID": "NOT_GIVEN",
        "params": {"X": 2},
    }


def test_user_fields_errors_name_the_key_and_the_param(
    report: dict[str, object],
) -> None:
    overlap = [
        "ValueError",
        "crm.deal.add: 'TITLE' given in both fields and user_fields; give each key once",
    ]
    assert report["overlap"] == overlap
    assert report["batch_overlap"] == overlap
    assert report["not_a_mapping"] == [
        "TypeError",
        "crm.deal.add: user_fields must be a mapping of field names to values, not list",
    ]
    assert report["batch_into_ref"] == [
        "TypeError",
        "crm.deal.add: user_fields is merged into fields, which must then be a "
        "mapping, not BatchCommand",
    ]


def test_alternatives_are_checked_before_sending(report: dict[str, object]) -> None:
    needs = "lists.element.get needs iblock_id, or iblock_code"
    assert report["no_alternative"] == ["TypeError", needs]
    assert report["batch_no_alternative"] == ["TypeError", needs]
    assert report["async_no_alternative"] == needs
    assert report["half_sent"] == 0
    assert report["batch_size"] == 1  # only the merged add was queued
    assert report["alternative"] == {
        "IBLOCK_TYPE_ID": "lists",
        "IBLOCK_ID": "NOT_GIVEN",
        "IBLOCK_CODE": "books",
        "FILTER": "NOT_GIVEN",
    }


def test_deprecated_methods_warn_once_each_at_the_caller(
    report: dict[str, object],
) -> None:
    get = "The REST method crm.deal.get is deprecated; use crm.item.get instead."
    # three calls of crm.deal.get (sync twice, async once): one warning, at the
    # calling line (not the shim); crm.deal.list warned at its first call, earlier
    assert report["warnings"] == [["DeprecationWarning", get, "<string>"]]
    assert report["deprecated_attr"] == get


def test_types_load_on_first_use(report: dict[str, object]) -> None:
    assert report["types_before"] == []
    assert report["types_after"] == ["b24client.types", "b24client.types.crm"]
    assert report["typed_dict"] == ["CrmDeal", False, {"ID": "1"}]
