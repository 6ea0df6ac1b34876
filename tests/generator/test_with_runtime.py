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

    batch = client.batch()
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
    assert report["calls"] == [
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
