"""Bad specs: the exact error text, exit code 1, and an untouched output directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from generator_testlib import run_failing, run_generator, write_spec

BASE = """\
method: {m}
scope: crm
summary: Get a thing.
docs: https://apidocs.bitrix24.com/x.html
returns: object
"""
TYPES = (
    "one of: any, boolean, date, datetime, file, flag, integer, null, number, object, string, "
    "a named type from spec/_types/ (PascalCase), or T[] / a | b of them"
)

CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "unknown type": (
        {
            "crm/crm.deal.add.yaml": BASE.format(m="crm.deal.add")
            + "params:\n  - {name: fields, type: object}\n  - {name: id, type: integr}\n"
        },
        [
            f"spec/crm/crm.deal.add.yaml: params[1].type: unknown type 'integr' (expected {TYPES})"
        ],
    ),
    "malformed type": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get").replace(
                "returns: object", "returns: object["
            )
        },
        [
            f"spec/crm/crm.deal.get.yaml: returns: malformed type expression 'object[' (expected {TYPES})"
        ],
    ),
    "missing required key": (
        {
            "crm/crm.deal.get.yaml": "method: crm.deal.get\nscope: crm\ndocs: https://a.b/\nreturns: object\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: summary: missing required key (expected a one-line string)"
        ],
    ),
    "missing param name": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "params:\n  - {type: integer}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: params[0].name: missing required key "
            "(expected a string: the wire name, exact case)"
        ],
    ),
    "unknown key": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "sumary: x\nparams:\n  - {name: id, type: integer, requird: true}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: sumary: unknown key, did you mean 'summary'? (expected one of: "
            "access, alternatives, api, conflicts, curated, deprecated, description, docs, errors, "
            "idempotent, method, pagination, params, result_fields, returns, scope, source, "
            "successor, summary)",
            "spec/crm/crm.deal.get.yaml: params[0].requird: unknown key, did you mean 'required'? "
            "(expected one of: default, description, doc_type, fields, name, python_name, required, "
            "type, user_fields, values)",
        ],
    ),
    "wrong value type": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "idempotent: 1\nparams:\n  - {name: id, type: integer, required: 'yes'}\n"
            "  - {name: on, type: flag}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: idempotent: wrong value type: got integer 1 "
            "(expected a boolean: true or false)",
            "spec/crm/crm.deal.get.yaml: params[0].required: wrong value type: got string 'yes' "
            "(expected true, false or unknown)",
            "spec/crm/crm.deal.get.yaml: params[1].name: wrong value type: got boolean True "
            "(expected a string: the wire name, exact case; quote it: YAML reads yes/no/on/off as booleans)",
        ],
    ),
    "file name does not match method": (
        {"crm/crm.deal.gett.yaml": BASE.format(m="crm.deal.get")},
        [
            "spec/crm/crm.deal.gett.yaml: method: 'crm.deal.get' does not match the file name "
            "'crm.deal.gett.yaml' (expected the file to be named crm.deal.get.yaml)"
        ],
    ),
    "file in the wrong directory": (
        {"user/crm.deal.get.yaml": BASE.format(m="crm.deal.get")},
        [
            "spec/user/crm.deal.get.yaml: method: the file is in spec/user/ but the method's first "
            "segment is 'crm' (expected spec/crm/crm.deal.get.yaml)"
        ],
    ),
    "duplicate method": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get"),
            "crm/old/crm.deal.get.yaml": BASE.format(m="crm.deal.get"),
        },
        [
            "spec/crm/old/crm.deal.get.yaml: method: the file is in spec/crm/old/ but the method's "
            "first segment is 'crm' (expected spec/crm/crm.deal.get.yaml)",
            "spec/crm/old/crm.deal.get.yaml: method: duplicate method 'crm.deal.get', also defined in "
            "spec/crm/crm.deal.get.yaml (expected each method in exactly one file)",
        ],
    ),
    "duplicate param": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "params:\n  - {name: id, type: integer}\n  - {name: id, type: string}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: params[1].name: duplicate parameter 'id', also params[0] "
            "(expected each parameter once)"
        ],
    ),
    "params collide after snake_case": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "params:\n  - {name: entityTypeId, type: integer}\n  - {name: ENTITY_TYPE_ID, type: integer}\n"
            "  - {name: ID, type: integer}\n  - {name: x, type: integer, python_name: id}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: params[1].name: 'ENTITY_TYPE_ID' becomes 'entity_type_id', "
            "which collides with params[0] ('entityTypeId') "
            "(expected distinct Python names; set python_name on one of them)",
            "spec/crm/crm.deal.get.yaml: params[3].python_name: 'x' becomes 'id', which collides with "
            "params[2] ('ID') (expected distinct Python names; set python_name on one of them)",
        ],
    ),
    "sibling segments collide after snake_case": (
        {
            "crm/crm.dealItem.get.yaml": BASE.format(m="crm.dealItem.get"),
            "crm/crm.deal_item.list.yaml": BASE.format(m="crm.deal_item.list"),
        },
        [
            "spec/crm/crm.deal_item.list.yaml: method: segment 'deal_item' becomes 'deal_item', which "
            "collides with sibling segment 'dealItem' of spec/crm/crm.dealItem.get.yaml "
            "(expected sibling namespace segments with distinct Python names)"
        ],
    ),
    "method names collide after snake_case": (
        {
            "crm/crm.deal.getList.yaml": BASE.format(m="crm.deal.getList"),
            "crm/crm.deal.get_list.yaml": BASE.format(m="crm.deal.get_list"),
        },
        [
            "spec/crm/crm.deal.get_list.yaml: method: segment 'get_list' becomes 'get_list', which "
            "collides with sibling segment 'getList' of spec/crm/crm.deal.getList.yaml "
            "(expected sibling namespace segments with distinct Python names)"
        ],
    ),
    "class names collide": (
        {
            "crm/crm.dealItem.x.get.yaml": BASE.format(m="crm.dealItem.x.get"),
            "crm/crm.deal.item.get.yaml": BASE.format(m="crm.deal.item.get"),
        },
        [
            "spec/crm/crm.dealItem.x.get.yaml: method: namespace 'crm.deal_item' gets the class name "
            "CrmDealItem, already used by 'crm.deal.item' (spec/crm/crm.deal.item.get.yaml) "
            "(expected namespace paths that stay distinct when their segments are joined)"
        ],
    ),
    "not an identifier after conversion": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "params:\n  - {name: 'a;b', type: integer}\n",
            "crm/crm.1abc.get.yaml": BASE.format(m="crm.1abc.get"),
        },
        [
            "spec/crm/crm.1abc.get.yaml: method: segment '1abc' is not a valid Python identifier after "
            "conversion ('1abc') (expected letters, digits and underscores, not starting with a digit)",
            "spec/crm/crm.deal.get.yaml: params[0].name: 'a;b' is not a valid Python identifier after "
            "conversion ('a;b') (expected letters, digits and underscores, not starting with a digit; "
            "or set python_name)",
        ],
    ),
    "bad python_name": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "params:\n  - {name: y, type: integer, python_name: Bad}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: params[0].python_name: 'Bad' is not a lower-case Python "
            "identifier (expected a snake_case identifier)"
        ],
    ),
    "successor without deprecated": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "successor: crm.item.get\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: successor: set without deprecated: true "
            "(expected deprecated: true alongside successor)"
        ],
    ),
    "pagination offset with a non-array return": (
        {
            "crm/crm.deal.list.yaml": BASE.format(m="crm.deal.list")
            + "pagination: offset\n"
        },
        [
            "spec/crm/crm.deal.list.yaml: returns: pagination: offset needs an array return type, "
            "got 'object' (expected an array type T[], e.g. object[])"
        ],
    ),
    "REST 3.0 method outside spec/v3": (
        {"tasks/tasks.task.get.yaml": BASE.format(m="tasks.task.get") + "api: 3\n"},
        [
            "spec/tasks/tasks.task.get.yaml: method: a REST 3.0 method (api: 3) in spec/tasks/ "
            "(expected spec/v3/tasks/tasks.task.get.yaml)"
        ],
    ),
    "classic method under spec/v3": (
        {"v3/tasks/tasks.task.get.yaml": BASE.format(m="tasks.task.get")},
        [
            "spec/v3/tasks/tasks.task.get.yaml: method: a classic method (api: 1) in spec/v3/tasks/; "
            "spec/v3/ holds REST 3.0 methods (expected spec/tasks/tasks.task.get.yaml)"
        ],
    ),
    "classic first segment v3": (
        {"v3/v3.thing.get.yaml": BASE.format(m="v3.thing.get")},
        [
            "spec/v3/v3.thing.get.yaml: method: the first segment 'v3' is reserved for REST 3.0 "
            "methods (client.v3) (expected a classic method whose first segment is not v3)",
        ],
    ),
    "scope list": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get").replace(
                "scope: crm", "scope: [crm, crm, 'a b', 3]"
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: scope[1]: duplicate scope 'crm' (expected each scope once)",
        ],
    ),
    "empty scope list": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get").replace(
                "scope: crm", "scope: []"
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: scope: empty list "
            "(expected the permission scope: a string, or a list of strings)",
        ],
    ),
    "bad source and access": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "source: ../secret.md\naccess: \"two\\nlines\"\ncurated: 'yes'\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: curated: wrong value type: got string 'yes' "
            "(expected a boolean: true or false)",
            "spec/crm/crm.deal.get.yaml: access: more than one line (expected a short one-line phrase)",
            "spec/crm/crm.deal.get.yaml: source: not a docs page path: '../secret.md' "
            "(expected a relative path ending in .md, e.g. api-reference/crm/deals/crm-deal-add.md)",
        ],
    ),
    "bad nested fields": (
        {
            "crm/crm.deal.add.yaml": BASE.format(m="crm.deal.add")
            + "params:\n  - name: fields\n    type: object\n    fields:\n"
            "      - {name: TITLE, type: strin}\n"
            "      - {name: TITLE, type: string, required: maybe, python_name: t}\n"
            "      - {type: string}\n"
        },
        [
            "spec/crm/crm.deal.add.yaml: params[0].fields[0].type: unknown type 'strin' "
            f"(expected {TYPES})",
            "spec/crm/crm.deal.add.yaml: params[0].fields[1].python_name: unknown key "
            "(expected one of: default, description, doc_type, fields, name, required, type, values)",
            "spec/crm/crm.deal.add.yaml: params[0].fields[1].required: wrong value type: "
            "got string 'maybe' (expected true, false or unknown)",
            "spec/crm/crm.deal.add.yaml: params[0].fields[1].name: duplicate field 'TITLE', "
            "also params[0].fields[0] (expected each field once)",
            "spec/crm/crm.deal.add.yaml: params[0].fields[2].name: missing required key "
            "(expected a string: the key, exact case)",
        ],
    ),
    "duplicate REST 3.0 method": (
        {
            "v3/tasks/tasks.task.get.yaml": BASE.format(m="tasks.task.get")
            + "api: 3\n",
            "tasks/tasks.task.get.yaml": BASE.format(m="tasks.task.get"),
            "v3/tasks/sub/tasks.task.get.yaml": BASE.format(m="tasks.task.get")
            + "api: 3\n",
        },
        [
            "spec/v3/tasks/sub/tasks.task.get.yaml: method: the file is in spec/v3/tasks/sub/ but "
            "the method's first segment is 'tasks' (expected spec/v3/tasks/tasks.task.get.yaml)",
            "spec/v3/tasks/tasks.task.get.yaml: method: duplicate method 'tasks.task.get', "
            "also defined in spec/v3/tasks/sub/tasks.task.get.yaml (expected each method in exactly one file)",
        ],
    ),
    "flag in a union": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get")
            + "params:\n  - {name: x, type: flag | string}\n"
        },
        [
            "spec/crm/crm.deal.get.yaml: params[0].type: flag cannot be part of an array or union: "
            "'flag | string' (expected flag on its own (a single Y/N value))"
        ],
    ),
    "flag as a return type": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get").replace(
                "returns: object", "returns: flag"
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: returns: type 'flag' is for parameters only "
            "(expected a return type without file or flag)"
        ],
    ),
    "two-line summary": (
        {
            "crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get").replace(
                "Get a thing.", '"One.\\nTwo."'
            )
        },
        [
            "spec/crm/crm.deal.get.yaml: summary: more than one line "
            "(expected a one-line summary; details go in description)"
        ],
    ),
    "yaml syntax error": (
        {"crm/crm.deal.get.yaml": "method: crm.deal.get\nscope: [crm\n"},
        [
            "spec/crm/crm.deal.get.yaml: line 3, column 1: invalid YAML: did not find expected ',' or ']' "
            "(expected valid YAML)"
        ],
    ),
    "duplicate yaml key": (
        {"crm/crm.deal.get.yaml": BASE.format(m="crm.deal.get") + "scope: user\n"},
        [
            "spec/crm/crm.deal.get.yaml: line 6: duplicate key 'scope' (expected each key once per mapping)"
        ],
    ),
    "empty file": (
        {"crm/crm.deal.get.yaml": ""},
        [
            "spec/crm/crm.deal.get.yaml: <top level>: the file is empty (expected a mapping of spec keys)"
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_spec(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files, expected = CASES[name]
    lines = run_failing(tmp_path, files, capsys)
    assert lines == expected + [f"{len(expected)} error(s) in spec/; nothing written"]


def test_every_error_of_every_file_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files: dict[str, str] = {}
    expected: list[str] = []
    for name in (
        "unknown type",
        "REST 3.0 method outside spec/v3",
        "pagination offset with a non-array return",
        "sibling segments collide after snake_case",
    ):
        case_files, case_expected = CASES[name]
        files.update(case_files)
        expected.extend(case_expected)
    lines = run_failing(tmp_path, files, capsys)
    assert lines[-1] == f"{len(expected)} error(s) in spec/; nothing written"
    assert sorted(lines[:-1]) == sorted(expected)
    # sorted by file
    assert [line.split(":")[0] for line in lines[:-1]] == sorted(
        line.split(":")[0] for line in lines[:-1]
    )


ERRORS_BAD = """\
errors:
  - code: QUERY_LIMIT_EXCEEDED
    exception: RateLimitErr
    retry: sometimes
  - code: query_limit_exceeded
    status: 999
    exception: RateLimitError
    retry: always
  - code: 5
    exception: APIError
    retry: never
    extra: 1
"""


def test_bad_errors_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = run_failing(tmp_path, {}, capsys, errors=ERRORS_BAD)
    assert lines == [
        "spec/_errors.yaml: errors[0].exception: unknown exception class 'RateLimitErr' (expected a "
        "class defined in generator/runtime/_core/errors.py: APIError, NotFoundError, "
        "PermissionDeniedError, RateLimitError)",
        "spec/_errors.yaml: errors[0].retry: unknown retry class 'sometimes' "
        "(expected one of: always, idempotent, never)",
        "spec/_errors.yaml: errors[1].status: wrong value: got integer 999 (expected an HTTP status code, 100-599)",
        "spec/_errors.yaml: errors[1].code: duplicate code 'query_limit_exceeded' (compared "
        "case-insensitively), also errors[0] (expected each code once)",
        "spec/_errors.yaml: errors[2].extra: unknown key (expected one of: code, exception, meaning, retry, status)",
        'spec/_errors.yaml: errors[2].code: wrong value type: got integer 5 (expected a string ("" for the empty code))',
        "6 error(s) in spec/; nothing written",
    ]


def test_missing_errors_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = run_failing(tmp_path, {}, capsys, errors=None)
    assert lines == [
        "spec/_errors.yaml: <file>: missing (expected spec/_errors.yaml mapping error codes to exceptions)",
        "1 error(s) in spec/; nothing written",
    ]


def test_keywords_are_escaped_not_rejected(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path,
        {
            "crm/crm.import.get.yaml": BASE.format(m="crm.import.get")
            + "params:\n  - {name: import, type: integer}\n  - {name: class, type: string}\n"
            "  - {name: self, type: string}\n"
        },
    )
    out = tmp_path / "out"
    assert run_generator(spec, out) == 0
    module = (out / "b24client" / "_api" / "crm" / "import_.py").read_text()
    assert (
        "def get(\n        self,\n        *,\n        import_: int | NotGiven = NOT_GIVEN,"
        in module
    )
    assert (
        '"import": import_' in module
        and '"class": class_' in module
        and '"self": self_' in module
    )
    compile(module, "import_.py", "exec")
    crm = (out / "b24client" / "_api" / "crm" / "__init__.py").read_text()
    assert "def import_(self) -> CrmImport:" in crm


def test_top_level_segment_shadowing_the_client_is_escaped(tmp_path: Path) -> None:
    # client.call is the escape hatch; call.followup.get becomes client.call_.followup.get
    runtime = tmp_path / "runtime"
    (runtime / "_core").mkdir(parents=True)
    (runtime / "_core" / "__init__.py").write_text('__all__ = ["X"]\n')
    (runtime / "_core" / "errors.py").write_text(
        "class NotFoundError(Exception):\n    pass\n"
    )
    (runtime / "_core" / "client.py").write_text(
        "class SyncClientBase:\n    def call(self):\n        pass\n"
    )
    spec = write_spec(
        tmp_path, {"call/call.followup.get.yaml": BASE.format(m="call.followup.get")}
    )
    out = tmp_path / "out"
    assert run_generator(spec, out, runtime=runtime) == 0
    client = (out / "b24client" / "_client.py").read_text()
    assert "def call_(self) -> Call:" in client
    assert (out / "b24client" / "_api" / "call_" / "followup.py").is_file()
