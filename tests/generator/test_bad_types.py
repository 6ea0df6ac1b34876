"""Bad specs of the format v2 (named types, values, alternatives, conflicts,
user_fields): the exact error text, exit code 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from generator_testlib import run_failing

BASE = """\
method: {m}
scope: crm
summary: Get a thing.
docs: https://apidocs.bitrix24.com/x.html
returns: object
"""
TYPE = """\
type: {t}
scope: {s}
summary: A thing.
fields:
  - {{name: ID, type: string}}
"""


def m(name: str, extra: str = "", returns: str = "object") -> str:
    """A method spec with ``extra`` YAML appended."""
    return BASE.format(m=name).replace("returns: object", f"returns: {returns}") + extra


CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "unknown named type, with the closest name": (
        {
            "crm/crm.deal.get.yaml": m(
                "crm.deal.get",
                "params:\n  - {name: fields, type: CrmDealFeilds}\n",
                returns="CrmDel | boolean",
            ),
            "crm/crm.deal.list.yaml": m(
                "crm.deal.list",
                "params:\n  - {name: fields, type: CrmDealFields}\n",
                returns="CrmDeal[]",
            ),
            "_types/crm/CrmDeal.yaml": TYPE.format(t="CrmDeal", s="crm")
            + "  - {name: X, type: 'Zzz[] | null'}\n",
            "_types/crm/CrmDealFields.yaml": TYPE.format(t="CrmDealFields", s="crm"),
        },
        [
            "spec/_types/crm/CrmDeal.yaml: fields[1].type: unknown type 'Zzz' (expected a type defined in spec/_types/<scope>/Zzz.yaml)",
            "spec/crm/crm.deal.get.yaml: params[0].type: unknown type 'CrmDealFeilds', did you mean 'CrmDealFields'? (expected a type defined in spec/_types/<scope>/CrmDealFeilds.yaml)",
            "spec/crm/crm.deal.get.yaml: returns: unknown type 'CrmDel', did you mean 'CrmDeal'? (expected a type defined in spec/_types/<scope>/CrmDel.yaml)",
        ],
    ),
    "null alone and in an array": (
        {
            "crm/crm.deal.get.yaml": m(
                "crm.deal.get",
                "params:\n  - {name: a, type: 'null'}\n  - {name: b, type: 'null[] | string'}\n",
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: params[0].type: null on its own: 'null'; null is a member of a union (expected one of: any, boolean, date, datetime, file, flag, integer, null, number, object, string, a named type from spec/_types/ (PascalCase), or T[] / a | b of them)",
            "spec/crm/crm.deal.get.yaml: params[1].type: null cannot be an array element: 'null[] | string' (expected one of: any, boolean, date, datetime, file, flag, integer, null, number, object, string, a named type from spec/_types/ (PascalCase), or T[] / a | b of them)",
        ],
    ),
    "values and defaults": (
        {
            "crm/crm.deal.get.yaml": m(
                "crm.deal.get",
                "params:\n"
                "  - {name: a, type: string, values: [Y, N], default: X}\n"
                "  - {name: b, type: integer, values: [Y]}\n"
                "  - {name: c, type: string, values: []}\n"
                "  - {name: d, type: string, values: [Y, Y]}\n"
                "  - {name: e, type: string, values: [yes]}\n"
                "  - {name: f, type: flag, values: [Y, N]}\n"
                "  - {name: g, type: string, default: [1]}\n"
                "  - name: h\n    type: object\n    fields:\n      - {name: K, type: string, values: [1]}\n      - {name: L, type: integer, values: [1, 2], default: 3}\n",
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: params[0].default: 'X' is not one of the values (expected one of: 'Y', 'N')",
            "spec/crm/crm.deal.get.yaml: params[1].values: string values for the type 'integer' (expected string values on a string type, integer values on an integer or number type)",
            "spec/crm/crm.deal.get.yaml: params[2].values: wrong value type: got a list (expected a non-empty list of the allowed values: strings or integers)",
            "spec/crm/crm.deal.get.yaml: params[3].values[1]: duplicate value 'Y' (expected each value once)",
            "spec/crm/crm.deal.get.yaml: params[4].values[0]: wrong value type: got boolean True (expected a string or an integer; quote it: YAML reads yes/no/on/off as booleans)",
            "spec/crm/crm.deal.get.yaml: params[5].values: values on a flag (expected a flag without values (it is Y or N))",
            "spec/crm/crm.deal.get.yaml: params[6].default: wrong value type: got a list (expected a scalar: the default)",
            "spec/crm/crm.deal.get.yaml: params[7].fields[0].values: integer values for the type 'string' (expected string values on a string type, integer values on an integer or number type)",
            "spec/crm/crm.deal.get.yaml: params[7].fields[1].default: 3 is not one of the values (expected one of: 1, 2)",
        ],
    ),
    "fields on a type without object": (
        {
            "crm/crm.deal.get.yaml": m(
                "crm.deal.get",
                "params:\n"
                "  - name: a\n    type: string\n    fields:\n      - {name: K, type: string}\n"
                "  - name: b\n    type: object\n    fields:\n      - name: K\n        type: integer[]\n        fields:\n          - {name: Z, type: string}\n      - {name: F, type: flag}\n"
                "result_fields:\n  - {name: X, type: string}\n",
                returns="boolean",
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: params[0].fields: keys listed for the type 'string' (expected fields on a type with object: object, object[] or a union with one)",
            "spec/crm/crm.deal.get.yaml: params[1].fields[0].fields: keys listed for the type 'integer[]' (expected fields on a type with object: object, object[] or a union with one)",
            "spec/crm/crm.deal.get.yaml: params[1].fields[1].type: flag is for parameters only, not for keys of an object (expected string with values: [Y, N])",
            "spec/crm/crm.deal.get.yaml: result_fields: keys listed for the return type 'boolean' (expected fields on a type with object: object, object[] or a union with one)",
        ],
    ),
    "user_fields on a non-object parameter": (
        {
            "crm/crm.deal.add.yaml": m(
                "crm.deal.add",
                "params:\n  - {name: fields, type: 'object[]', user_fields: true}\n  - {name: more, type: object, user_fields: 'yes'}\n",
            )
        },
        [
            "spec/crm/crm.deal.add.yaml: params[0].user_fields: portal fields cannot be merged into the type 'object[]' (expected user_fields on an object parameter (object, or a named type))",
            "spec/crm/crm.deal.add.yaml: params[1].user_fields: wrong value type: got string 'yes' (expected a boolean: true or false)",
        ],
    ),
    "user_fields keyword collides with a parameter": (
        {
            "crm/crm.deal.add.yaml": m(
                "crm.deal.add",
                "params:\n  - {name: fields, type: CrmDealFields}\n  - {name: userFields, type: string}\n",
            ),
            "_types/crm/CrmDealFields.yaml": TYPE.format(t="CrmDealFields", s="crm")
            + "user_fields: true\n",
        },
        [
            "spec/crm/crm.deal.add.yaml: params[1].name: 'userFields' becomes 'user_fields', the keyword that carries portal fields into params[0] ('fields') (expected a parameter name other than the user_fields keyword; set python_name)"
        ],
    ),
    "alternatives": (
        {
            "lists/lists.element.get.yaml": m(
                "lists.element.get",
                "params:\n  - {name: IBLOCK_ID, type: integer, required: true}\n  - {name: IBLOCK_CODE, type: string, required: true}\n"
                "alternatives:\n  - [IBLOCK_ID]\n  - [IBLOCK_ID]\n  - [IBLOCK_COD]\n  - []\n  - [IBLOCK_ID, IBLOCK_ID]\n  - [3]\n",
            ).replace("scope: crm", "scope: lists"),
            "lists/lists.element.add.yaml": m(
                "lists.element.add",
                "params:\n  - {name: IBLOCK_ID, type: integer}\nalternatives: [[IBLOCK_ID]]\n",
            ).replace("scope: crm", "scope: lists"),
        },
        [
            "spec/lists/lists.element.add.yaml: alternatives: 1 group(s) (expected a list of at least two groups, each a list of parameter names (one group must be given in full))",
            "spec/lists/lists.element.get.yaml: alternatives[1]: the same group twice (expected distinct groups)",
            "spec/lists/lists.element.get.yaml: alternatives[2][0]: unknown parameter 'IBLOCK_COD', did you mean 'IBLOCK_CODE'? (expected one of: IBLOCK_CODE, IBLOCK_ID)",
            "spec/lists/lists.element.get.yaml: alternatives[3]: wrong value type: got a list (expected a non-empty list of parameter names)",
            "spec/lists/lists.element.get.yaml: alternatives[4][1]: 'IBLOCK_ID' twice (expected each name once)",
            "spec/lists/lists.element.get.yaml: alternatives[5][0]: wrong value type: got integer 3 (expected a parameter's wire name)",
        ],
    ),
    "conflicts": (
        {
            "crm/crm.deal.get.yaml": m(
                "crm.deal.get",
                "conflicts:\n  - {param: id, what: name case, table: Id, examples: id}\n  - {param: ID, what: type, table: integer}\n  - {param: ID, what: required, table: true, examples: 'false', source: x}\n  - just text\n",
            ),
            "crm/crm.deal.list.yaml": m("crm.deal.list", "conflicts: {param: id}\n"),
        },
        [
            "spec/crm/crm.deal.get.yaml: conflicts[1].examples: missing required key (expected a string)",
            "spec/crm/crm.deal.get.yaml: conflicts[2].source: unknown key (expected one of: examples, param, table, what)",
            "spec/crm/crm.deal.get.yaml: conflicts[2].table: wrong value type: got boolean True (expected a string; quote it: YAML reads yes/no/on/off as booleans)",
            "spec/crm/crm.deal.get.yaml: conflicts[3]: wrong value type: got string 'just text' (expected a list of mappings with param, what, table, examples)",
            "spec/crm/crm.deal.list.yaml: conflicts: wrong value type: got a mapping (expected a list of mappings with param, what, table, examples)",
        ],
    ),
    "type files": (
        {
            "crm/crm.deal.get.yaml": m(
                "crm.deal.get", returns="CrmDeal | CrmNote | Bad_name"
            ),
            "_types/crm/CrmDeal.yaml": 'type: CrmDeals\nscope: sale\nsummary: "two\\nlines"\ndocs: http://x\nsource: /abs.md\nuser_fields: 1\nextra: 1\nfields: []\n',
            "_types/crm/CrmNote.yaml": "",
            "_types/crm/Bad_name.yaml": "type: bad\nscope: Crm\nsummary: x\nfields:\n  - {name: ID, type: strin}\n",
            "_types/crm/sub/Any.yaml": "type: Any\nscope: crm\nsummary: x\n",
        },
        [
            "spec/_types/crm/Bad_name.yaml: type: 'bad' is not a type name (expected an identifier starting with an upper-case letter, e.g. CrmDeal)",
            "spec/_types/crm/Bad_name.yaml: scope: 'Crm' is not a module name (expected lower-case letters, digits and underscores, e.g. crm)",
            "spec/_types/crm/Bad_name.yaml: fields[0].type: unknown type 'strin' (expected one of: any, boolean, date, datetime, file, flag, integer, null, number, object, string, a named type from spec/_types/ (PascalCase), or T[] / a | b of them)",
            "spec/_types/crm/CrmDeal.yaml: extra: unknown key (expected one of: curated, description, docs, fields, scope, source, summary, type, user_fields)",
            "spec/_types/crm/CrmDeal.yaml: type: 'CrmDeals' does not match the file name 'CrmDeal.yaml' (expected the file to be named CrmDeals.yaml)",
            "spec/_types/crm/CrmDeal.yaml: scope: the file is in spec/_types/crm/ but its scope is 'sale' (expected spec/_types/sale/CrmDeal.yaml)",
            "spec/_types/crm/CrmDeal.yaml: summary: more than one line (expected a one-line summary; details go in description)",
            "spec/_types/crm/CrmDeal.yaml: docs: not an https URL: 'http://x' (expected an https:// URL of the official docs page)",
            "spec/_types/crm/CrmDeal.yaml: source: not a docs page path: '/abs.md' (expected a relative path ending in .md, e.g. api-reference/crm/deals/crm-deal-add.md)",
            "spec/_types/crm/CrmDeal.yaml: user_fields: wrong value type: got integer 1 (expected a boolean: true or false)",
            "spec/_types/crm/CrmDeal.yaml: fields: empty list (expected at least one key)",
            "spec/_types/crm/CrmNote.yaml: <top level>: the file is empty (expected a mapping with type, scope, summary, fields)",
            "spec/_types/crm/sub/Any.yaml: type: 'Any' is a reserved name (expected a name other than Any, Literal, NotRequired, ReadOnly, Required, Sequence, TypedDict)",
            "spec/_types/crm/sub/Any.yaml: scope: the file is in spec/_types/crm/sub/ but its scope is 'crm' (expected spec/_types/crm/Any.yaml)",
            "spec/_types/crm/sub/Any.yaml: fields: missing required key (expected a list of the type's keys)",
        ],
    ),
    "duplicate, unused and colliding types": (
        {
            "crm/crm.deal.add.yaml": m(
                "crm.deal.add",
                "params:\n  - name: fields\n    type: object\n    fields:\n      - {name: TITLE, type: string}\n"
                "      - name: ITEMS\n        type: object[]\n        fields:\n          - {name: ID, type: integer}\n"
                "  - name: fieldsItems\n    type: object\n    fields:\n      - {name: ID, type: integer}\n"
                "result_fields:\n  - {name: ITEM, type: CrmThing}\n",
            ),
            "_types/crm/CrmThing.yaml": TYPE.format(t="CrmThing", s="crm"),
            "_types/sale/CrmThing.yaml": TYPE.format(t="CrmThing", s="sale"),
            "_types/crm/CrmDealAddFields.yaml": TYPE.format(
                t="CrmDealAddFields", s="crm"
            ),
            "_types/crm/CrmLonely.yaml": TYPE.format(t="CrmLonely", s="crm")
            + "  - {name: PEER, type: CrmPeer}\n",
            "_types/crm/CrmPeer.yaml": TYPE.format(t="CrmPeer", s="crm")
            + "  - {name: BACK, type: CrmLonely}\n",
        },
        [
            "spec/_types/crm/CrmDealAddFields.yaml: type: 'CrmDealAddFields' is used by no method, directly or through another type (expected a type that a spec uses (else remove the file))",
            "spec/_types/crm/CrmLonely.yaml: type: 'CrmLonely' is used by no method, directly or through another type (expected a type that a spec uses (else remove the file))",
            "spec/_types/crm/CrmPeer.yaml: type: 'CrmPeer' is used by no method, directly or through another type (expected a type that a spec uses (else remove the file))",
            "spec/_types/sale/CrmThing.yaml: type: duplicate type 'CrmThing', also defined in spec/_types/crm/CrmThing.yaml (expected each type name once across spec/_types/)",
            "spec/crm/crm.deal.add.yaml: params[0].fields: the TypedDict name CrmDealAddFields is also made by spec/_types/crm/CrmDealAddFields.yaml (expected distinct TypedDict names: rename the type, the parameter or the key)",
            "spec/crm/crm.deal.add.yaml: params[1].fields: the TypedDict name CrmDealAddFieldsItems is also made by spec/crm/crm.deal.add.yaml: params[0].fields[1].fields (expected distinct TypedDict names: rename the type, the parameter or the key)",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_spec_v2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files, expected = CASES[name]
    lines = run_failing(tmp_path, files, capsys)
    assert lines == expected + [f"{len(expected)} error(s) in spec/; nothing written"]
