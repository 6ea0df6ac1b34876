"""The docs' example code as values: the literal reader and the call/answer finder."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.importer.examples import answers, calls
from generator.importer.literals import EMPTY, UNKNOWN, UNREADABLE, loads, read_value
from generator.importer.yfm import Page, parse_blocks


def _page(text: str) -> Page:
    return Page("p.md", text, "T", parse_blocks(text))


def test_js_objects_keep_literals_and_mark_expressions() -> None:
    value, _ = read_value(
        "{ fields: { TITLE: 'x', N: -1, F: 0.5, D: now.toISOString(), L: [1, 2],"
        " 'q': 'a' + b, \"k\": `t`, s, ...rest, [comp]: 1, B: true, Z: null, },"
        " params: {R: 'N'} /* c */ }, cb)"
    )
    assert value == {
        "fields": {
            "TITLE": "x",
            "N": -1,
            "F": 0.5,
            "D": UNKNOWN,
            "L": [1, 2],
            "q": UNKNOWN,
            "k": "t",
            "s": UNKNOWN,
            "B": True,
            "Z": None,
        },
        "params": {"R": "N"},
    }


def test_php_arrays_lists_maps_and_the_empty_array() -> None:
    value, _ = read_value(
        "[ 'FIELDS' => ['TITLE' => 'x', 'I' => [84, 83], 'D' => (new DateTime())"
        "->format(DateTime::ATOM)], 'E' => [], 'A' => array('x'), \"s\" => \"$v\","
        " 'T' => TRUE, 'K' => [0 => 'a', 1 => 'b'], # note\n 'M' => [5 => 'x'] ]",
        dialect="php",
    )
    assert value == {
        "FIELDS": {"TITLE": "x", "I": [84, 83], "D": UNKNOWN},
        "E": EMPTY,
        "A": ["x"],
        "s": UNKNOWN,
        "T": True,
        "K": ["a", "b"],
        "M": {"5": "x"},
    }


def test_go_maps_and_typed_lists() -> None:
    value, _ = read_value(
        'b24.Params{ "fields": b24.Params{ "A": 1, "L": []int{84, 83},'
        ' "T": time.Now().Format(time.RFC3339), "M": []b24.Params{{"a": 1}},'
        ' "R": `raw`, "X": map[string]any{"k": "v"} }, "n": nil }',
        dialect="go",
    )
    assert value == {
        "fields": {
            "A": 1,
            "L": [84, 83],
            "T": UNKNOWN,
            "M": [{"a": 1}],
            "R": "raw",
            "X": {"k": "v"},
        },
        "n": None,
    }


def test_json_as_the_docs_write_it() -> None:
    assert loads('{"result": [ {"a": 1}, ... ], // c\n "total": 2,}') == {
        "result": [{"a": 1}],
        "total": 2,
    }
    assert loads('{"a": }') is UNREADABLE
    assert loads("[1, 2] trailing") is UNREADABLE


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="{}[]()'\"`,:=>$ab1.-/*#\n\\", max_size=60))
def test_the_reader_never_raises(text: str) -> None:
    for dialect in ("js", "php", "go"):
        value, end = read_value(text, 0, dialect)  # type: ignore[arg-type]
        assert value is UNREADABLE or 0 <= end <= len(text)
    loads(text)


def test_curl_bodies_query_strings_and_placeholders() -> None:
    page = _page(
        "```bash\n"
        "curl -X POST \\\n"
        '  -d \'{"FIELDS":{"TITLE":"x","D":"\'"$(date)"\'","ID":"**put_id_here**"},'
        '"auth":"**put_access_token_here**"}\' \\\n'
        "  https://**put_your_bitrix24_address**/rest/crm.deal.add.json\n"
        "curl 'https://example.bitrix24.com/rest/1/abc/crm.deal.get?id=5&select[]=X&filter[>ID]=1'\n"
        "```\n"
    )
    found = calls(page)
    assert [(c.method, c.kind) for c in found] == [
        ("crm.deal.add", "curl"),
        ("crm.deal.get", "curl"),
    ]
    assert found[0].params == {"FIELDS": {"TITLE": "x", "D": UNKNOWN, "ID": UNKNOWN}}
    assert found[1].params == {
        "id": UNKNOWN,
        "select": [UNKNOWN],
        "filter": {">ID": UNKNOWN},
    }


def test_js_php_and_go_calls() -> None:
    page = _page(
        "```js\n"
        "BX24.callMethod('crm.deal.get', { id: 5 }, cb);\n"
        "BX24.callMethod('crm.deal.list', params, cb);\n"
        "await $b24.actions.v2.call.make({ method: 'crm.deal.update', params: { id: 1 },"
        " requestId: x })\n"
        "```\n"
        "```php\n"
        "$r = CRest::call('crm.deal.fields');\n"
        "$r = CRest::call('crm.deal.delete', ['id' => 3]);\n"
        "```\n"
        "```go\n"
        'res, err := client.Core().Call(ctx, "crm.deal.get", b24.Params{"id": 7})\n'
        'res, err := client.Core().Call(ctx, "crm.deal.fields", nil)\n'
        "```\n"
    )
    assert [(c.method, c.kind, c.params) for c in calls(page)] == [
        ("crm.deal.get", "js", {"id": 5}),
        ("crm.deal.list", "js", None),
        ("crm.deal.update", "js", {"id": 1}),
        ("crm.deal.fields", "php", {}),
        ("crm.deal.delete", "php", {"id": 3}),
        ("crm.deal.get", "go", {"id": 7}),
        ("crm.deal.fields", "go", {}),
    ]


def test_answers_are_json_objects_with_a_result() -> None:
    page = _page(
        '```json\n{"result": {"ID": "1"}, "time": {}}\n```\n'
        '```json\n{"error": "X", "result": 1}\n```\n'
        '```php\n{"result": 2}\n```\n'
        '```json\n{"result": [1, 2], "total": 2, "next": 50,}\n```\n'
    )
    assert [a.body for a in answers(page)] == [
        {"result": {"ID": "1"}, "time": {}},
        {"result": [1, 2], "total": 2, "next": 50},
    ]
