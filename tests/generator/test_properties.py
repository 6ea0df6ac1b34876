"""Property tests (hypothesis): any text in a spec's free-text fields gives a
module that compiles and docstrings that read back exactly; any name is
either a valid Python identifier in the output or a clear spec error."""

from __future__ import annotations

import ast
import keyword
import re
from typing import Any

from generator_testlib import STANDIN_RUNTIME
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.formatting import Formatter
from generator.introspect import read_runtime
from generator.loader import Loaded, SpecFile
from generator.render import render_all
from generator.validate import clean_text, validate

RUNTIME = read_runtime(STANDIN_RUNTIME)
ERRORS = SpecFile(
    "_errors.yaml",
    {"errors": [{"code": "NOT_FOUND", "exception": "NotFoundError", "retry": "never"}]},
)
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

# Any text; summaries are one line once cleaned (the validator's rule).
TEXT = st.text(min_size=1, max_size=80)
ONE_LINE = TEXT.map(clean_text).filter(lambda t: t != "" and "\n" not in t)
MULTI_LINE = st.lists(TEXT, min_size=1, max_size=4).map("\n".join)


def _spec(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "method": "crm.prop.get",
        "scope": "crm",
        "summary": "A summary.",
        "docs": "https://apidocs.bitrix24.com/x.html",
        "returns": "object",
    }
    data.update(overrides)
    return data


def _generate(
    data: dict[str, Any], rel: str = "crm/crm.prop.get.yaml", *, black: bool = False
) -> tuple[dict[str, str] | None, list[str]]:
    api, problems = validate(
        Loaded(files=[SpecFile(rel, data)], errors_file=ERRORS), RUNTIME
    )
    if api is None:
        return None, [str(p) for p in problems]
    out = render_all(api, RUNTIME)
    if black:
        python = {k: v for k, v in out.items() if k.startswith("b24client/_api/crm/")}
        out.update(Formatter(None).format_all(python))
    return out, []


def _functions(source: str, name: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(source)
    return [
        node
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for node in cls.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.name == name
    ]


def _indented(text: str, pad: int) -> str:
    return "\n".join(" " * pad + line if line else "" for line in text.split("\n"))


@SETTINGS
@given(summary=ONE_LINE, description=MULTI_LINE, param=MULTI_LINE)
@example(summary='"starts with a quote', description='"', param='"')
@example(summary='ends in a quote"', description="\\", param='""""')
@example(summary='a """ b \\', description="\t\x0b\u2028", param="é\U0001f600")
def test_any_text_compiles_and_reads_back(
    summary: str, description: str, param: str
) -> None:
    description = clean_text(description)
    param_text = clean_text(param)
    spec = _spec(
        summary=summary,
        description=description,
        params=[{"name": "x", "type": "string", "description": param}],
    )
    out, problems = _generate(spec, black=True)
    assert out is not None, problems
    source = out["b24client/_api/crm/prop.py"]
    compile(source, "prop.py", "exec")
    functions = _functions(source, "get")
    assert len(functions) == 3  # sync, async, batch
    for function in functions:
        raw = ast.get_docstring(function, clean=False)
        assert raw is not None
        head = summary
        if description:
            head += "\n\n" + _indented(description, 8)
        assert raw.startswith(head + "\n\n"), (raw, head)
        if param_text:
            assert "            x: " + _indented(param_text, 16)[16:] + "\n" in raw, raw


@SETTINGS
@given(
    access=ONE_LINE,
    doc_type=TEXT,
    codes=st.lists(TEXT, max_size=3, unique=True),
    field_description=MULTI_LINE,
)
def test_any_text_in_docs_only_fields_keeps_the_tables_whole(
    access: str, doc_type: str, codes: list[str], field_description: str
) -> None:
    spec = _spec(
        access=access,
        errors=codes,
        params=[
            {
                "name": "fields",
                "type": "object",
                "doc_type": doc_type,
                "required": "unknown",
                "fields": [
                    {
                        "name": doc_type,
                        "type": "string",
                        "description": field_description,
                    }
                ],
            }
        ],
    )
    out, problems = _generate(spec)
    assert out is not None, problems
    compile(out["b24client/_api/crm/prop.py"], "prop.py", "exec")
    compile(out["b24client/types/crm.py"], "crm.py", "exec")  # the key is any text
    page = out["docs/crm.prop.get.md"]
    for line in page.split("\n"):
        if line.startswith("| `fields"):
            cells = re.split(r"(?<!\\)\|", line)
            assert len(cells) == 8, line  # 6 columns between the pipes


# Names: camelCase-ish, odd characters, keywords, digits, dots.
NAME_CHARS = st.sampled_from(
    list("abcXYZ_019") + ["-", ".", " ", "[", "]", "é", "$", "class", "import"]
)
NAME = st.lists(NAME_CHARS, min_size=1, max_size=8).map("".join)


@SETTINGS
@given(param=NAME)
def test_any_param_name_is_an_identifier_or_a_spec_error(param: str) -> None:
    spec = _spec(params=[{"name": param, "type": "integer", "required": True}])
    out, problems = _generate(spec)
    if out is None:
        assert problems and all(
            p.startswith("spec/crm/crm.prop.get.yaml: params[0]") for p in problems
        ), problems
        return
    source = out["b24client/_api/crm/prop.py"]
    compile(source, "prop.py", "exec")
    function, *_ = _functions(source, "get")
    names = [a.arg for a in function.args.kwonlyargs]
    assert len(names) == 1
    assert names[0].isidentifier() and not keyword.iskeyword(names[0])
    assert repr(param) in source or f'"{param}"' in source


@SETTINGS
@given(segments=st.lists(NAME, min_size=1, max_size=4), api=st.sampled_from([1, 3]))
def test_any_method_name_is_a_path_of_identifiers_or_a_spec_error(
    segments: list[str], api: int
) -> None:
    name = ".".join(segments)
    first = name.split(".")[0] or "x"
    rel = (f"v3/{first}/" if api == 3 else f"{first}/") + f"{name}.yaml"
    out, problems = _generate(_spec(method=name, api=api), rel)
    if out is None:
        assert problems and all(p.startswith("spec/") for p in problems), problems
        assert all(" (expected " in p for p in problems), problems
        return
    for path, text in out.items():
        if path.endswith(".py"):
            compile(text, path, "exec")
    module_paths = [p for p in out if p.startswith("b24client/_api/")]
    for path in module_paths:
        for part in path[: -len(".py")].split("/"):
            assert part.isidentifier() and not keyword.iskeyword(part), path
