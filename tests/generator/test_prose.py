"""spec/_prose: our own words over the imported facts, and the report on them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from generator_testlib import BASIC_SPEC, run_generator

from generator import REPO_ROOT
from generator.loader import ParseCache, load_spec_dir
from generator.prose_report import coverage, restates_name

PRODUCTROWS = "crm/crm.deal.productrows.set.yaml"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "spec"
    shutil.copytree(BASIC_SPEC, copy)
    return copy


def _write(spec: Path, rel: str, text: str) -> None:
    path = spec / "_prose" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _method(spec: Path, rel: str) -> dict[str, object]:
    loaded = load_spec_dir(spec)
    assert not loaded.problems, loaded.problems
    (data,) = [f.data for f in loaded.files if f.rel == rel]
    assert isinstance(data, dict)
    return data


def test_prose_replaces_the_summary_and_describes_params(spec: Path) -> None:
    _write(
        spec,
        PRODUCTROWS,
        "summary: Replace every product line of a deal at once.\n"
        "description: Rows left out are deleted.\n"
        "params:\n"
        "  id: ID of the deal.\n"
        "  rows: The deal's new product lines.\n",
    )
    data = _method(spec, PRODUCTROWS)
    assert data["summary"] == "Replace every product line of a deal at once."
    assert data["description"] == "Rows left out are deleted."
    params = data["params"]
    assert isinstance(params, list)
    assert [p["description"] for p in params] == [
        "ID of the deal.",
        "The deal's new product lines.",
    ]


def test_prose_describes_named_type_keys_and_nested_paths(spec: Path) -> None:
    _write(
        spec,
        "_types/crm/CrmProductRow.yaml",
        "keys:\n  PRODUCT_ID: ID of the catalog product.\n",
    )
    loaded = load_spec_dir(spec)
    assert not loaded.problems
    (row,) = [f.data for f in loaded.type_files if f.rel.endswith("CrmProductRow.yaml")]
    assert row["fields"][0]["description"] == "ID of the catalog product."
    # the key it did not name keeps its own text
    assert row["fields"][2]["description"] == "1 is an amount, 2 a percentage."


def test_prose_reaches_the_generated_docstrings_and_pages(
    spec: Path, tmp_path: Path
) -> None:
    _write(
        spec,
        PRODUCTROWS,
        "summary: Replace every product line of a deal at once.\n"
        "params:\n  id: ID of the deal whose lines change.\n",
    )
    out = tmp_path / "out"
    assert run_generator(spec, out) == 0
    module = (out / "b24client/_api/crm/deal.py").read_text(encoding="utf-8")
    assert '"""Replace every product line of a deal at once.' in module
    assert "id: ID of the deal whose lines change." in module
    page = (out / "docs/crm.deal.productrows.set.md").read_text(encoding="utf-8")
    assert "Replace every product line of a deal at once." in page


@pytest.mark.parametrize(
    ("rel", "text", "expected"),
    [
        (
            PRODUCTROWS,
            "params:\n  rows/NO_SUCH_KEY: x\n",
            f"spec/_prose/{PRODUCTROWS}: params.rows/NO_SUCH_KEY: the spec has no "
            "'NO_SUCH_KEY' here (expected a name of the spec's parameters)",
        ),
        (
            PRODUCTROWS,
            "params:\n  nope: x\n",
            f"spec/_prose/{PRODUCTROWS}: params.nope: the spec has no 'nope' here",
        ),
        (
            PRODUCTROWS,
            "summary: |\n  two\n  lines\n",
            f"spec/_prose/{PRODUCTROWS}: summary: not one line of text",
        ),
        (
            PRODUCTROWS,
            "sumary: typo\n",
            f"spec/_prose/{PRODUCTROWS}: sumary: unknown key (expected one of "
            "summary, description, params, result)",
        ),
        (
            "crm/crm.deal.gone.yaml",
            "summary: Whatever it was.\n",
            "spec/_prose/crm/crm.deal.gone.yaml: <file>: there is no "
            "spec/crm/crm.deal.gone.yaml to describe",
        ),
        (
            PRODUCTROWS,
            "- a list\n",
            f"spec/_prose/{PRODUCTROWS}: <root>: not a mapping",
        ),
    ],
)
def test_prose_that_does_not_fit_is_an_error_naming_file_and_path(
    spec: Path, tmp_path: Path, rel: str, text: str, expected: str
) -> None:
    _write(spec, rel, text)
    problems = [str(p) for p in load_spec_dir(spec).problems]
    assert any(p.startswith(expected) for p in problems), problems
    # and the generator writes nothing
    assert run_generator(spec, tmp_path / "out") == 1
    assert not (tmp_path / "out" / "b24client").exists()


def test_the_parse_cache_keeps_the_spec_as_imported(spec: Path, tmp_path: Path) -> None:
    """Prose is laid over a copy: a cached parse never holds prose text, so
    editing or deleting a prose file takes effect on the next run."""
    cache = ParseCache(tmp_path / "cache.json")
    _write(spec, PRODUCTROWS, "summary: Replace every product line of a deal.\n")
    first = load_spec_dir(spec, cache)
    cache.save()
    assert "Replace every product line" in str(
        [f.data for f in first.files if f.rel == PRODUCTROWS]
    )
    (spec / "_prose" / PRODUCTROWS).unlink()
    again = load_spec_dir(spec, ParseCache(tmp_path / "cache.json"))
    (data,) = [f.data for f in again.files if f.rel == PRODUCTROWS]
    assert data["summary"] == "Replace the product rows of a deal."


@pytest.mark.parametrize(
    ("summary", "method", "restates"),
    [
        ("Add tasks task.", "tasks.task.add", True),
        (
            "Delete sale shipmentpropertyvalue.",
            "sale.shipmentpropertyvalue.delete",
            True,
        ),
        (
            "List call followup field entries (REST 3.0).",
            "call.followup.field.list",
            True,
        ),
        (
            "Describe the fields of biconnector connector.",
            "biconnector.connector.fields",
            True,
        ),
        ("Unlink every contact from a deal.", "crm.deal.contact.items.delete", False),
        ("Create a task with a title and an assignee.", "tasks.task.add", False),
    ],
)
def test_restating_summaries(summary: str, method: str, restates: bool) -> None:
    assert restates_name(summary, method) is restates


def test_the_repository_spec_is_written_in_our_words() -> None:
    """Every summary says more than its method's name; nearly every parameter
    and documented key has a description (floors: raise them, never lower)."""
    cov, problems = coverage(REPO_ROOT / "spec")
    assert problems == []
    methods = sum(cov.methods.values())
    assert methods >= 1600
    assert sum(cov.summaries.values()) == methods, [
        line for line in cov.missing if ": summary " in line
    ][:20]
    entries, described = sum(cov.entries.values()), sum(cov.described.values())
    assert described / entries >= 0.999, (described, entries)
