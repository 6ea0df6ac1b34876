"""The importer's small parts: YFM tables, the type table, the naming and summary rules."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.importer.describe import (
    default_in,
    one_of_in,
    required_unless,
    values_in,
)
from generator.importer.facts import FieldFact
from generator.importer.literals import EMPTY, UNKNOWN
from generator.importer.specs import dump, idempotent, python_names, summary
from generator.importer.structure import wire_type
from generator.importer.tables import split_name, type_tokens
from generator.importer.typemap import map_union
from generator.importer.wire import fits, join_types, shape
from generator.importer.yfm import Code, Heading, Table, parse_blocks


def _table(text: str) -> Table:
    tables = [b for b in parse_blocks(text) if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def test_table_cells_span_lines_and_hold_code() -> None:
    table = _table(
        "#|\n"
        "|| **a**\n`string` | one\n\nmore ||\n"
        "|| **b** | code:\n```\ncode | with || pipes\n```\n||\n"
        "|| **c** | inline `x | y` and \\| escaped ||\n"
        "|#\n"
    )
    assert table.rows == (
        ("**a**\n`string`", "one\n\nmore"),
        ("**b**", "code:\n```\ncode | with || pipes\n```"),
        ("**c**", "inline `x | y` and \\| escaped"),
    )


def test_table_inside_a_list_and_nested_tables() -> None:
    text = (
        "- item\n\n"
        "    #|\n"
        "    || **outer** | text\n"
        "    #|\n"
        "    || **inner** | x ||\n"
        "    |#\n"
        "    ||\n"
        "    |#\n"
        "## After\n"
    )
    blocks = parse_blocks(text)
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0][0] == "**outer**"
    assert "**inner**" in table.rows[0][1]
    assert [b.text for b in blocks if isinstance(b, Heading)] == ["After"]


def test_merged_cells_and_the_closing_fence_with_the_row_end() -> None:
    table = _table("#|\n|| a | b |> ||\n|| **x** | text\n```\n{}\n``` ||\n|#\n")
    assert table.rows == (("a", "b", ""), ("**x**", "text\n```\n{}\n```"))


def test_headings_anchors_and_code_blocks() -> None:
    blocks = parse_blocks(
        "# T x.y\n\n### Параметр fields {#fields}\n\n```json\n# not a heading\n```\n"
    )
    headings = [b for b in blocks if isinstance(b, Heading)]
    assert [(h.level, h.text, h.anchor) for h in headings] == [
        (1, "T x.y", ""),
        (3, "Параметр fields", "fields"),
    ]
    (code,) = [b for b in blocks if isinstance(b, Code)]
    assert code.lang == "json" and code.text == "# not a heading"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("**id***\n`integer`", ("id", True)),
        ("**id**^*^\n`integer`", ("id", True)),
        ("**id^*^**\n`integer`", ("id", True)),
        ("**id**\\*", ("id", True)),
        ("**id****\n`integer`", ("id", False)),
        ("**name***,**", ("name", True)),
        ("**id**", ("id", False)),
    ],
)
def test_required_marker_spellings(cell: str, expected: tuple[str, bool]) -> None:
    split = split_name(cell)
    assert split is not None
    assert split[:2] == expected


@pytest.mark.parametrize(
    ("rest", "tokens"),
    [
        ("\n[`integer`](../data-types.md)", ["integer"]),
        (" `string` | Description with `code`", ["string"]),
        ("\n[`string`](a.md) \\| [`integer`](a.md)", ["string", "integer"]),
        ("\n`string` или `null`", ["string", "null"]),
        ("\n[`crm_contact[]`](a.md)", ["crm_contact[]"]),
        ("\nсначала текст `integer`", []),
    ],
)
def test_type_notation_after_the_name(rest: str, tokens: list[str]) -> None:
    assert type_tokens(rest) == tokens


@pytest.mark.parametrize(
    ("tokens", "spec", "doc_type"),
    [
        (["integer"], "integer", ""),
        (["double"], "number", "double"),
        (["char"], "string", "char"),
        (["crm_status"], "string", "crm_status"),
        (["crm_contact[]"], "integer[]", "crm_contact[]"),
        (["user.id"], "integer", "user.id"),
        (["sale_paysystem.ID"], "integer", "sale_paysystem.ID"),
        (["catalog_measure.code"], "string", "catalog_measure.code"),
        (["crm_enum_ownertype"], "integer", "crm_enum_ownertype"),
        (["catalog_product"], "object", "catalog_product"),
        (["catalog_product[]"], "object[]", "catalog_product[]"),
        (["array"], "any[] | object", "array"),
        (["string", "null"], "string", "string | null"),
        (["string", "integer"], "string | integer", ""),
        (["object", "any"], "any", "object | any"),
        (["timestamp"], "integer", "timestamp"),
    ],
)
def test_the_one_type_table(tokens: list[str], spec: str, doc_type: str) -> None:
    mapped = map_union(tokens)
    assert (mapped.type, mapped.doc_type) == (spec, doc_type)


def test_unknown_names_are_reported_structures() -> None:
    mapped = map_union(["RestAppLayoutDto"])
    assert mapped.type == "object" and mapped.unknown == ("RestAppLayoutDto",)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (1, "integer"),
        (1.5, "number"),
        (True, "boolean"),
        ("x", "string"),
        ({}, "object"),
        ([], "any[]"),
        ([{"a": 1}], "object[]"),
        ([1, "a"], "any[]"),
        ([[1]], "integer[][]"),
        (None, "any"),
    ],
)
def test_shape_of_an_example(value: object, kind: str) -> None:
    assert shape(value) == kind


@pytest.mark.parametrize(
    ("name", "api", "text"),
    [
        ("crm.deal.add", 1, "Add crm deal."),
        ("crm.deal.contact.items.delete", 1, "Delete crm deal contact items."),
        ("crm.deal.fields", 1, "Describe the fields of crm deal."),
        ("sale.payment.getFields", 1, "Describe the fields of sale payment."),
        ("crm.dealcategory.list", 1, "List crm dealcategory entries."),
        ("sale.delivery.getlist", 1, "List sale delivery entries."),
        (
            "crm.documentgenerator.document.getPdf",
            1,
            "Get pdf of crm documentgenerator document.",
        ),
        ("voximplant.sip.status", 1, "Call status on voximplant sip."),
        ("tasks.task.get", 3, "Get tasks task (REST 3.0)."),
        ("profile", 1, "Call profile."),
        ("methods", 1, "Call methods."),
    ],
)
def test_summary_rule(name: str, api: int, text: str) -> None:
    assert summary(name, api) == text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("crm.deal.get", True),
        ("crm.deal.list", True),
        ("crm.deal.fields", True),
        ("user.current", True),
        ("sale.payment.getFields", True),
        ("sale.delivery.getlist", True),
        ("crm.duplicate.findbycomm", True),
        ("crm.deal.add", False),
        ("crm.deal.update", False),
        ("im.notify", False),
        ("batch", False),
    ],
)
def test_idempotent_rule(name: str, expected: bool) -> None:
    assert idempotent(name) is expected


def test_python_names_for_collisions_and_odd_names() -> None:
    params = [
        FieldFact("filter", "object"),
        FieldFact("FILTER", "object"),
        FieldFact("filter[ID]", "integer"),
        FieldFact("items[]", "any"),
        FieldFact("class", "string"),
    ]
    overrides, notes = python_names(params)
    assert overrides == {
        "FILTER": "filter_2",
        "filter[ID]": "filter_id",
        "items[]": "items",
    }
    assert len(notes) == 1


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(max_size=40))
def test_yaml_scalars_round_trip(text: str) -> None:
    data = {"method": "a.b", "summary": text, "errors": [text, ""]}
    assert yaml.safe_load(dump(data)) == data


# -- descriptions, type unions, wire types ------------------------------------------


@pytest.mark.parametrize(
    ("text", "spec_type", "values"),
    [
        ("Возможные значения:\n- `Y` — да\n- `N` — нет", "string", ["Y", "N"]),
        ("Флаг.\n- `Y` — да\n- `N` — нет ||", "boolean", ["Y", "N"]),
        ("Допустимые значения:\n\n- `1` — один\n- `2` — два", "integer", [1, 2]),
        ("Возможные значения:\n- `1` — один\n- `x` — икс", "integer", []),
        ("Возможные значения:\n- `true` — да\n- `false` — нет", "boolean", []),
        ("Возможные значения:\n- `a b` — проза\n- `c` — ещё", "string", []),
        ("Возможные значения:\n- `only` — одно", "string", []),
        ("Возможные значения:\n- `A` — а\n- `B` — б", "object", []),
        ("- `A` — а\n- `B` — б", "string", []),  # no phrase, not a Y/N pair
    ],
)
def test_values_in_a_description(
    text: str, spec_type: str, values: list[object]
) -> None:
    assert values_in(text, spec_type) == values


@pytest.mark.parametrize(
    ("text", "spec_type", "default"),
    [
        ("По умолчанию — `N`.", "string", "N"),
        ("по умолчанию выставляется в значение `Y`", "flag", "Y"),
        ("По умолчанию `0`", "integer", 0),
        ("По умолчанию `false`", "boolean", False),
        ("По умолчанию — `null`", "string", None),
        ("По умолчанию `''`", "string", ""),
        ("Без значения по умолчанию", "string", None),
    ],
)
def test_default_in_a_description(text: str, spec_type: str, default: object) -> None:
    assert default_in(text, spec_type) == default


def test_one_of_rules_and_required_unless() -> None:
    names = {"A", "B", "C", "D"}
    text = (
        "Необходимо указать хотя бы один из параметров: `A` или `B`. "
        "Чтобы выбрать раздел, передайте один из параметров: `C` или `D`.\n"
        "Передайте один из параметров `A` или `Z`."
    )
    assert one_of_in(text, names) == [["A", "B"]]
    assert required_unless("Обязателен, если не передан параметр `B`.") == "B"
    assert required_unless("Обязателен.") == ""


@pytest.mark.parametrize(
    ("types", "joined"),
    [
        (("string", "null"), "string | null"),
        (("null", "integer", "number"), "number | null"),
        (("object", "any[]", "object"), "object | any[]"),
        (("string", "any"), "any"),
        (("null",), "any"),
        (("", "string"), "string"),
    ],
)
def test_join_types(types: tuple[str, ...], joined: str) -> None:
    assert join_types(*types) == joined


def test_fits_judges_json_values_against_types() -> None:
    assert fits({"a": 1}, "flag") is False  # a dict is no Y/N (and no crash)
    assert fits("Y", "flag") and fits(True, "flag")
    assert fits(EMPTY, "object") and fits(EMPTY, "string[]")
    assert fits(["a.txt", "Zm9v"], "file") and not fits("x", "file")
    assert fits(1, "number") and not fits(1.5, "integer")
    assert fits("2024-01-01", "date") and not fits(True, "integer")
    assert fits([1, "2"], "integer[] | string[]") is False
    assert fits(UNKNOWN, "integer") and fits(None, "integer")


@pytest.mark.parametrize(
    ("table", "values", "strings", "wire"),
    [
        ("integer", ["161", "7"], False, "string"),
        ("integer", [1, None], False, "integer | null"),
        ("string", [None], False, "string | null"),
        ("object", [[], {"a": 1}], False, "object | any[]"),
        ("integer", [], True, "string"),
        ("integer[]", [], True, "string[]"),
        ("datetime", [""], False, "datetime"),
        ("", [1, 2.5], False, "number"),
        ("", [None], False, "any"),
        ("boolean", ["Y"], False, "string"),
    ],
)
def test_result_types_admit_what_answers_send(
    table: str, values: list[object], strings: bool, wire: str
) -> None:
    assert wire_type(table, values, strings) == wire
