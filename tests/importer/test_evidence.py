"""What the importer keeps of a page beyond names and top-level types: the
examples as evidence, enumerations, defaults, alternatives, result keys and
named types (spec format 2).  Sample pages written for these tests (not
copied)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from importer_testlib import spec, write_docs

from generator.importer.run import ImportResult, import_docs, report, write_specs

SCOPE = "> Scope: [`demo`](../scopes/permissions.md)\n"
REQUIRED = "{% include [Сноска](../../_includes/required.md) %}\n"

# The table and the examples disagree: name case, Y/N, a type, a required key,
# keys the table lacks, a portal field; the answers page with next/total and
# send numbers as strings, nulls and [] for an empty object.
EVIDENCE = (
    "# Изменить виджет demo.widget.update\n\n"
    + SCOPE
    + "\n## Параметры метода\n\n"
    + REQUIRED
    + """
#|
|| **Название**
`тип` | **Описание** ||
|| **Id***
[`integer`](../data-types.md) | Текст ||
|| **active**
[`boolean`](../data-types.md) | Текст ||
|| **mode**
[`string`](../data-types.md) | Текст. Возможные значения:
- `fast` — текст
- `slow` — текст

По умолчанию — `slow` ||
|| **fields***
[`object`](../data-types.md) | Текст, [ниже](#fields) ||
|| **filter**
[`object`](../data-types.md) | Текст, [ниже](#filter) ||
|| **itemId**
[`integer`](../data-types.md) | Массив идентификаторов ||
|#

### Параметр fields {#fields}

#|
|| **Название**
`тип` | **Описание** ||
|| **TITLE***
[`string`](../data-types.md) | Текст ||
|| **SORT**
[`integer`](../data-types.md) | Текст ||
|| **IS_ON**
[`char`](../data-types.md) | Текст. Возможные значения:
- `Y` — да
- `N` — нет ||
|| **IS_RECURRING**
[`string`](../data-types.md) | Текст ||
|#

### Параметр filter {#filter}

#|
|| **Название**
`тип` | **Описание** ||
|| **ID**
[`integer`](../data-types.md) | Текст ||
|#

## Примеры кода

```bash
curl -X POST -d '{"id": 5, "active": "Y", "fields": {"TITLE": "a", "SORT": "500", "EXTRA": [3], "IS_RECCURING": "N"}, "itemIds": [1], "start": 0}' https://example.bitrix24.com/rest/1/x/demo.widget.update
```

```js
BX24.callMethod('demo.widget.update', {id: 5, mode: 'fast', fields: {SORT: 1, IS_ON: 'N', UF_CRM_1: 'x', EXTRA: [1, 2], JS_ONLY: 1, IS_RECCURING: 'Y'}, itemIds: [2, 3], filter: {'>ID': 1}}, cb);
```

```php
$r = CRest::call('demo.widget.update', ['id' => 5, 'active' => 'N', 'fields' => ['SORT' => 2]]);
```

```go
res, err := client.Core().Call(ctx, "demo.widget.update", nil)
```

## Обработка ответа

```json
{"result": [{"ID": "161", "NAME": null, "OPTS": []}, {"ID": "7", "NAME": "x", "OPTS": {"a": 1}}], "total": 2, "time": {}}
```

### Возвращаемые данные

#|
|| **Название**
`тип` | **Описание** ||
|| **result**
[`object[]`](../data-types.md) | Текст, [ниже](#row) ||
|| **total**
[`integer`](../data-types.md) | Текст ||
|#

#### Тип row {#row}

#|
|| **Название**
`тип` | **Описание** ||
|| **ID**
[`integer`](../data-types.md) | Текст ||
|| **NAME**
[`string`](../data-types.md) | Текст ||
|| **OPTS**
[`object`](../data-types.md) | Текст ||
|| **SORT**
[`integer`](../data-types.md) | Текст ||
|#
"""
)

# Two documented ways to call; one-of and required-if rules; a table typo.
VARIANTS = (
    "# Прочитать опрос demo.poll.get\n\n"
    + SCOPE
    + """
## Параметры метода

Доступно два варианта вызова метода.

### 1. Через идентификатор

"""
    + REQUIRED
    + """
#|
|| **Название**
`тип` | **Описание** ||
|| **pollId***
[`integer`](../data-types.md) | Текст ||
|| **lang**
[`string`](../data-types.md) | Текст ||
|#

### 2. Через элемент

#|
|| **Название**
`тип` | **Описание** ||
|| **moduleId***
[`string`](../data-types.md) | Текст ||
|| **entityId***
[`integer`](../data-types.md) | Текст ||
|#

## Примеры кода

```js
BX24.callMethod('demo.poll.get', {pollId: 1}, cb);
BX24.callMethod('demo.poll.get', {moduleId: 'im', entityId: 2}, cb);
```
"""
)

ONE_OF = (
    "# Прочитать элемент demo.list.element.get\n\n"
    + SCOPE
    + "\n## Параметры метода\n\n"
    + REQUIRED
    + """
#|s
|| **Название**
`тип` | **Описание** ||
|| **IBLOCK_ID***
[`integer`](../data-types.md) | Текст ||
|| **IBLOCK_CODE***
[`string`](../data-types.md) | Текст ||
|| **uuid**
[`string`](../data-types.md) | Обязателен, если не передан параметр `crmId` ||
|| **crmId**
[`integer`](../data-types.md) | Текст ||
|| **SECTION_ID**
[`integer`](../data-types.md) | Текст ||
|| **SECTION_CODE**
[`string`](../data-types.md) | Текст ||
|#

Необходимо указать хотя бы один из параметров: `IBLOCK_ID` или `IBLOCK_CODE`.
Чтобы выбрать раздел, необходимо указать хотя бы один из параметров: `SECTION_ID` или `SECTION_CODE`.

## Примеры кода

```js
BX24.callMethod('demo.list.element.get', {IBLOCK_CODE: 'x', uuid: 'u'}, cb);
```
"""
)

# One entity, read by get (wrapped) and list (rows): one named type, with the
# keys of a field reference page.
ENTITY_GET = "# Получить виджет demo.gadget.get\n\n" + SCOPE + """
## Параметры метода

#|
|| **Название**
`тип` | **Описание** ||
|| **id**
[`integer`](../data-types.md) | Текст ||
|#

## Обработка ответа

```json
{"result": {"gadget": {"id": 1, "title": "t", "state": "on"}}}
```

### Возвращаемые данные

#|
|| **Название**
`тип` | **Описание** ||
|| **result**
[`object`](../data-types.md) | Текст ||
|| **gadget**
[`object`](../data-types.md) | Объект с [описанием](./fields.md) ||
|#
"""

ENTITY_LIST = "# Список виджетов demo.gadget.list\n\n" + SCOPE + """
## Параметры метода

См. описание [списочных методов](../../settings/list-methods-pecularities.md).

## Обработка ответа

```json
{"result": {"gadgets": [{"id": 2, "title": "u", "owner": "5"}]}, "next": 50, "total": 51}
```
"""

ENTITY_ADD = "# Добавить виджет demo.gadget.add\n\n" + SCOPE + """
## Параметры метода

Без параметров.

## Обработка ответа

```json
{"result": {"gadget": {"id": 3, "title": "v", "color": "red"}}}
```
"""

FIELDS_PAGE = """
# Поля виджета

#|
|| **Название**
`тип` | **Описание** ||
|| **id**
[`integer`](../data-types.md) | Текст ||
|| **title**
[`string`](../data-types.md) | Текст ||
|| **state**
[`string`](../data-types.md) | Возможные значения:
- `on` — текст
- `off` — текст ||
|| **created**
[`datetime`](../data-types.md) | Текст ||
|| **UF_GADGET_1**
[`string`](../data-types.md) | Пользовательское поле ||
|#
"""

PAGES = {
    "api-reference/demo/demo-widget-update.md": EVIDENCE,
    "api-reference/demo/demo-poll-get.md": VARIANTS,
    "api-reference/demo/demo-list-element-get.md": ONE_OF,
    "api-reference/demo/demo-gadget-get.md": ENTITY_GET,
    "api-reference/demo/demo-gadget-list.md": ENTITY_LIST,
    "api-reference/demo/demo-gadget-add.md": ENTITY_ADD,
    "api-reference/demo/fields.md": FIELDS_PAGE,
    "_includes/required.md": "Обязательные параметры отмечены *\n",
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_docs(tmp_path_factory.mktemp("evidence"), PAGES)


@pytest.fixture(scope="module")
def v2(docs: Path) -> ImportResult:
    return import_docs(docs)


def _by_name(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for item in items}


def test_the_examples_win_over_the_table(v2: ImportResult) -> None:
    data = spec(v2, "demo/demo.widget.update.yaml")
    params = _by_name(data["params"])
    # name case: every call spells it "id"
    assert params["id"]["type"] == "integer" and params["id"]["required"] is True
    # Y/N in the calls: a flag (bool in Python, "Y"/"N" on the wire)
    assert params["active"]["type"] == "flag"
    assert params["mode"]["values"] == ["fast", "slow"]
    assert params["mode"]["default"] == "slow"
    # a key the calls pass and the table lacks
    assert params["start"] == {"name": "start", "type": "integer", "required": False}
    fields = params["fields"]
    assert fields["user_fields"] is True  # UF_CRM_1 in a call
    keys = _by_name(fields["fields"])
    assert keys["TITLE"]["required"] is False  # js and php leave it out
    # only the Go example leaves out the required "id": its docs error
    assert params["id"]["required"] is True
    assert keys["SORT"]["type"] == "integer | string"  # "500" and 1
    assert keys["IS_ON"] == {
        "name": "IS_ON",
        "type": "string",
        "doc_type": "char",
        "required": False,
        "values": ["Y", "N"],
    }
    assert keys["EXTRA"]["type"] == "integer[]"  # curl and js pass it
    assert "JS_ONLY" not in keys  # one language only: that example's docs error
    assert "IS_RECCURING" not in keys  # a typo of IS_RECURRING: its values fit it
    # "itemId" typed integer, every call passes a list as "itemIds": the table's slip
    assert params["itemIds"]["type"] == "integer[]" and "itemId" not in params
    assert "fields" not in params["filter"]  # operators in the keys: left open
    conflicts = {(c["param"], c["what"]) for c in data["conflicts"]}
    assert conflicts >= {
        ("Id", "name case"),
        ("itemId", "name"),
        ("itemIds", "type"),
        ("active", "type"),
        ("start", "missing from the table"),
        ("fields.TITLE", "required"),
        ("fields.SORT", "type"),
        ("fields.EXTRA", "missing from the table"),
    }


def test_results_admit_what_the_answers_send(v2: ImportResult) -> None:
    data = spec(v2, "demo/demo.widget.update.yaml")
    assert data["pagination"] == "offset" and data["returns"] == "object[]"
    keys = _by_name(data["result_fields"])
    assert keys["ID"] == {"name": "ID", "type": "string", "doc_type": "integer"}
    assert keys["NAME"]["type"] == "string | null"
    assert keys["OPTS"]["type"] == "object | any[]"
    assert keys["OPTS"]["fields"] == [{"name": "a", "type": "integer"}]
    # no answer shows SORT: numbers come as strings on this page
    assert keys["SORT"]["type"] == "string"


def test_ways_to_call_and_one_of_rules_are_alternatives(v2: ImportResult) -> None:
    poll = spec(v2, "demo/demo.poll.get.yaml")
    assert poll["alternatives"] == [["pollId"], ["moduleId", "entityId"]]
    assert [p["name"] for p in poll["params"]] == [
        "pollId",
        "lang",
        "moduleId",
        "entityId",
    ]
    element = spec(v2, "demo/demo.list.element.get.yaml")
    assert [p["name"] for p in element["params"]] == [
        "IBLOCK_ID",
        "IBLOCK_CODE",
        "uuid",
        "crmId",
        "SECTION_ID",
        "SECTION_CODE",
    ]
    # "to choose a section, give one of …" is a condition, not a rule of every call
    assert element["alternatives"] == [
        ["IBLOCK_ID", "uuid"],
        ["IBLOCK_ID", "crmId"],
        ["IBLOCK_CODE", "uuid"],
        ["IBLOCK_CODE", "crmId"],
    ]
    # the grouped required parameters stay as the table says (the group rules)
    assert _by_name(element["params"])["IBLOCK_ID"]["required"] is True


def test_one_entity_is_one_named_type(v2: ImportResult) -> None:
    get = spec(v2, "demo/demo.gadget.get.yaml")
    assert get["returns"] == "object"
    wrapped = [{"name": "gadget", "type": "DemoGadget", "required": True}]
    assert get["result_fields"] == wrapped  # the wrapper is always sent
    # an add that answers {"gadget": {…}} sends the same entity
    added = spec(v2, "demo/demo.gadget.add.yaml")
    assert added["result_fields"] == wrapped
    listed = spec(v2, "demo/demo.gadget.list.yaml")
    assert listed["pagination"] == "offset" and listed["returns"] == "DemoGadget[]"
    assert [p["name"] for p in listed["params"]] == [
        "select",
        "filter",
        "order",
        "start",
    ]
    named = yaml.safe_load(v2.types["_types/demo/DemoGadget.yaml"])
    assert named["type"] == "DemoGadget" and named["scope"] == "demo"
    assert (
        named["summary"] and named["source"] == "api-reference/demo/demo-gadget-get.md"
    )
    keys = _by_name(named["fields"])
    assert list(keys) == ["id", "title", "state", "created", "owner", "color"]
    assert named["user_fields"] is True  # the reference page has a UF_ row
    assert keys["state"]["values"] == ["on", "off"]  # shown, not a Literal on results
    assert keys["owner"]["type"] == "string"
    # no key of an entity is Required: a select, or the docs' own answers,
    # leave out even the ID
    assert "required" not in keys["id"] and "required" not in keys["title"]


def test_docs_errors_are_reported(v2: ImportResult) -> None:
    text = report(v2, full=True)
    assert "== docs errors and how the spec handles them ==" in text
    assert "the parameter table opens with '#|s'" in text
    assert (
        "demo.widget.update: Id: the table spells it 'Id', the examples 'id'; "
        "the examples' spelling is the wire name"
    ) in text
    assert (
        "fields.TITLE: the table marks it required, the examples leave it out" in text
    )
    assert "id: the go example leaves out this required key; kept required" in text
    assert (
        "fields.JS_ONLY: only the js example passes it and the table lacks it" in text
    )
    assert (
        "fields.IS_RECCURING: the examples pass 'IS_RECCURING', the table documents "
        "'IS_RECURRING' (a typo in the examples); left out"
    ) in text


def test_named_types_are_written_and_removed(
    v2: ImportResult, docs: Path, tmp_path: Path
) -> None:
    target = tmp_path / "spec"
    write_specs(v2, target)
    path = target / "_types" / "demo" / "DemoGadget.yaml"
    assert path.read_text(encoding="utf-8").startswith("# Imported from the Bitrix24")
    again = import_docs(docs)
    write_specs(again, target)
    assert again.written == [] and again.removed == []
    # a type no page gives any more goes; a hand-written one stays
    stale = target / "_types" / "demo" / "DemoGone.yaml"
    stale.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    kept = target / "_types" / "demo" / "DemoMine.yaml"
    kept.write_text("type: DemoMine\nscope: demo\nfields: []\n", encoding="utf-8")
    third = import_docs(docs)
    write_specs(third, target)
    assert third.removed == ["_types/demo/DemoGone.yaml"] and not stale.exists()
    assert kept.exists() and path.exists()
