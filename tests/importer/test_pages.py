"""The importer on sample pages (tests/importer/pages.py): every page variant."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from importer_testlib import run, spec, write_docs
from pages import PAGES

from generator.importer.run import ImportResult, report, write_specs


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> ImportResult:
    return run(tmp_path_factory.mktemp("docs"), PAGES)


def test_full_classic_page(result: ImportResult) -> None:
    data = spec(result, "demo/demo.item.add.yaml")
    fields = data["params"][0].pop("fields")
    assert data == {
        "method": "demo.item.add",
        "scope": "demo",
        "summary": "Add demo item.",
        "docs": "https://apidocs.bitrix24.com/api-reference/demo/demo-item-add.html",
        "source": "api-reference/demo/demo-item-add.md",
        "access": "any user",
        "idempotent": False,
        "params": [
            # the fields table has a UF_* row: portal fields are welcome
            {"name": "fields", "type": "object", "required": True, "user_fields": True},
            {"name": "params", "type": "object", "required": False},
        ],
        "returns": "integer",
        "errors": ["", "DEMO_LOCKED"],
    }
    assert fields == [
        {"name": "TITLE", "type": "string", "required": True},
        {
            "name": "STAGE_ID",
            "type": "string",
            "doc_type": "crm_status",
            "required": False,
        },
        {
            "name": "CONTACT_IDS",
            "type": "integer[]",
            "doc_type": "crm_contact[]",
            "required": False,
        },
        {
            "name": "ORDER_ID",
            "type": "integer",
            "doc_type": "sale_order.id",
            "required": False,
        },
        {"name": "OWNER", "type": "integer", "doc_type": "user", "required": False},
        {"name": "AMOUNT", "type": "number", "doc_type": "double", "required": False},
        {"name": "CODE", "type": "string | integer", "required": False},
        {
            "name": "NOTE",
            "type": "string",
            "doc_type": "string | null",
            "required": False,
        },
    ]


def test_required_markers(result: ImportResult) -> None:
    params = {
        p["name"]: p["required"]
        for p in spec(result, "demo/demo.item.check.yaml")["params"]
    }
    assert params == {
        "starAfter": True,
        "caretAfter": True,
        "caretInside": True,
        "footnote": False,
        "plain": False,
    }


def test_table_before_the_first_heading_and_required_unknown(
    result: ImportResult,
) -> None:
    data = spec(result, "demo/demo.item.summary.yaml")
    assert data["params"] == [
        {"name": "id", "type": "integer", "required": "unknown"},
        {"name": "withStats", "type": "boolean", "required": "unknown"},
    ]
    # no response section, but an answer on the page: every answer counts
    assert data["returns"] == "object"
    facts = result.methods["demo/demo.item.summary.yaml"]
    assert facts.required_unknown
    assert (
        "parameter table before the first heading"
        in result.notes["demo/demo.item.summary.yaml"]
    )


def test_parameterless_deprecated_with_successor(result: ImportResult) -> None:
    data = spec(result, "demo/demo.version.get.yaml")
    assert "params" not in data
    assert data["deprecated"] is True
    assert data["successor"] == "demo.info.get"
    assert data["access"] == "administrator"
    assert data["idempotent"] is True
    assert data["returns"] == "string"
    assert result.methods["demo/demo.version.get.yaml"].params_found == "none"


def test_list_method_pages_and_four_column_errors(result: ImportResult) -> None:
    data = spec(result, "demo/demo.item.list.yaml")
    assert data["pagination"] == "offset"
    assert data["returns"] == "DemoItem[]"  # the rows: the entity's named type
    assert "_types/demo/DemoItem.yaml" in result.types
    assert data["errors"] == ["DEMO_BAD_FILTER", ""]
    assert [p["required"] for p in data["params"]] == [False, False]


def test_rest3_page_sharing_a_name(result: ImportResult) -> None:
    data = spec(result, "v3/demo/demo.item.list.yaml")
    assert data["api"] == 3
    assert data["summary"] == "List demo item entries (REST 3.0)."
    assert "pagination" not in data
    # result.items, unwrapped by the runtime; REST 3.0 types start with V3
    assert data["returns"] == "V3DemoItem[]"
    assert data["params"] == [
        {
            "name": "select",
            "type": "any[] | object",
            "doc_type": "array",
            "required": "unknown",
        }
    ]


def test_pages_outside_api_reference(result: ImportResult) -> None:
    batch = spec(result, "batch/batch.yaml")
    assert batch["scope"] == "basic"
    assert [(p["name"], p["required"]) for p in batch["params"]] == [
        ("cmd", True),
        ("halt", False),
    ]
    pull = spec(result, "pull/pull.application.demo.get.yaml")
    assert pull["source"] == "settings/push/pull-application-demo-get.md"


def test_skipped_pages_say_why(result: ImportResult) -> None:
    reasons = {s.source: s.reason for s in result.not_methods}
    assert reasons["api-reference/demo/events/on-demo-item-add.md"].startswith("event:")
    assert reasons["sdk/bx24-js-sdk/bx24-open-demo.md"].startswith("js:")
    assert "namespace" in reasons["api-reference/demo/changelog.md"]
    assert "no REST example calls" in reasons["api-reference/widgets/close-card.md"]
    skipped = {s.source: s.reason for s in result.skipped}
    assert skipped["api-reference/demo/demo-broken-get.md"].startswith(
        "invalid spec: method:"
    )
    assert "1abc" in skipped["api-reference/demo/demo-broken-get.md"]
    # Two pages of one name: the first by path is used, the other reported.
    assert skipped["api-reference/demo/old/demo-item-add.md"].startswith(
        "a second page"
    )
    assert "api-reference/demo/demo-item-add.md" not in skipped
    text = report(result, full=True)
    for source in list(reasons) + list(skipped):
        assert source in text


def test_title_and_call_mismatch_is_reported(result: ImportResult) -> None:
    assert "demo/demo.thing.get.yaml" in result.specs
    assert any(
        "demo.thing.get" in m and "demo.thing.fetch" in m for m in result.mismatches
    )


def test_scope_from_the_section_index(result: ImportResult) -> None:
    assert spec(result, "demo/demo.queue.clear.yaml")["scope"] == "demo"
    assert (
        "scope taken from the section's index page"
        in result.notes["demo/demo.queue.clear.yaml"]
    )


def test_counts_in_the_report(result: ImportResult) -> None:
    text = report(result, full=False)
    assert "method pages: " in text
    assert (
        "required-unknown (the page marks no parameter as required): 2 methods" in text
    )
    assert "event pages skipped: 1" in text
    assert "JS SDK (BX24.*) pages skipped: 1" in text


def test_write_is_idempotent_and_merges_around_curated_specs(tmp_path: Path) -> None:
    docs = write_docs(tmp_path, PAGES)
    spec_dir = tmp_path / "spec"
    curated = spec_dir / "demo" / "demo.item.add.yaml"
    curated.parent.mkdir(parents=True)
    curated.write_text(
        "method: demo.item.add\ncurated: true\nscope: demo\n", encoding="utf-8"
    )
    hand = spec_dir / "demo" / "demo.item.check.yaml"
    hand.write_text("method: demo.item.check\n", encoding="utf-8")
    stale = spec_dir / "gone" / "gone.thing.get.yaml"
    stale.parent.mkdir(parents=True)
    from generator.importer.specs import HEADER

    stale.write_text(HEADER + "method: gone.thing.get\n", encoding="utf-8")

    from generator.importer.run import import_docs

    first = import_docs(docs)
    write_specs(first, spec_dir)
    assert first.curated_kept == ["demo/demo.item.add.yaml"]
    assert first.hand_kept == ["demo/demo.item.check.yaml"]
    assert first.removed == ["gone/gone.thing.get.yaml"]
    assert not stale.exists() and not stale.parent.exists()
    assert curated.read_text(encoding="utf-8").startswith(
        "method: demo.item.add\ncurated"
    )
    snapshot = {p: p.read_bytes() for p in spec_dir.rglob("*") if p.is_file()}
    second = import_docs(docs)
    write_specs(second, spec_dir)
    assert second.written == [] and second.removed == []
    assert {p: p.read_bytes() for p in spec_dir.rglob("*") if p.is_file()} == snapshot


def test_every_written_spec_is_valid_yaml_with_the_header(result: ImportResult) -> None:
    from generator.importer.specs import HEADER

    for rel, text in result.specs.items():
        assert text.startswith(HEADER), rel
        data = yaml.safe_load(text)
        assert isinstance(data, dict) and data["method"] in rel
