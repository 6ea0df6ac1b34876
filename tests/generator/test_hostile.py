"""Hostile spec strings: the module compiles and docstrings read back as written."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import yaml
from generator_testlib import run_generator, write_spec

from generator.validate import clean_text

SUMMARY = 'Close """ early? \\ {{ x }} {% if %} \'\'\' ends in "'
DESCRIPTION = (
    'Line one """"" and \\n and \\\n'
    "{{ line }} {% for %} {# c #}\n"
    "\n"
    "    indented ''' \"\n"
    "unicode Сделка ✓ 🙂 \u2028 \x0c\n"
    "ends in a backslash \\"
)
PARAM = 'A "quoted" \\ param """\nover two lines'


def _spec_text() -> str:
    return yaml.safe_dump(
        {
            "method": "crm.hostile.get",
            "scope": "crm",
            "summary": SUMMARY,
            "description": DESCRIPTION,
            "docs": "https://apidocs.bitrix24.com/x.html",
            "params": [{"name": "x", "type": "string", "description": PARAM}],
            "returns": "object",
        },
        allow_unicode=True,
    )


def test_hostile_strings(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, {"crm/crm.hostile.get.yaml": _spec_text()})
    out = tmp_path / "out"
    assert run_generator(spec, out) == 0
    source = (out / "b24client" / "_api" / "crm" / "hostile.py").read_text(
        encoding="utf-8"
    )
    compile(source, "hostile.py", "exec")
    tree = ast.parse(source)
    methods = [
        node
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for node in cls.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.name == "get"
    ]
    assert len(methods) == 3  # sync, async, batch
    for method in methods:
        doc = ast.get_docstring(method)
        assert doc is not None
        first, rest = doc.split("\n\n", 1)
        assert first == SUMMARY
        assert rest.startswith(
            inspect.cleandoc(clean_text(DESCRIPTION)).expandtabs() + "\n\n"
        )
        assert "x: " + clean_text(PARAM).replace("\n", "\n        ") in doc
    # The wire name and method name only appear as literals.
    assert 'name="crm.hostile.get", idempotent=True' in source
    docs = (out / "docs" / "crm.hostile.get.md").read_text(encoding="utf-8")
    assert SUMMARY in docs


KEYS = ['say "hi"', "back\\slash", "from", "__dunder", "Δ", "x" * 3]
VALUES = ['"""', "a'b", "\\", "Y"]


def test_hostile_named_type(tmp_path: Path) -> None:
    """A named type's text, odd keys and enumeration values: the module compiles,
    its docstring reads back, keys and values are literals."""
    typed = yaml.safe_dump(
        {
            "type": "CrmOdd",
            "scope": "crm",
            "summary": SUMMARY,
            "description": DESCRIPTION,
            "fields": [
                {"name": k, "type": "string", "description": PARAM} for k in KEYS
            ],
        },
        allow_unicode=True,
    )
    plain = yaml.safe_dump(
        {
            "type": "CrmPlain",
            "scope": "crm",
            "summary": SUMMARY,
            "description": DESCRIPTION,
            "fields": [{"name": "K", "type": "string", "description": PARAM}],
        },
        allow_unicode=True,
    )
    method = yaml.safe_dump(
        {
            "method": "crm.odd.set",
            "scope": "crm",
            "summary": "Set.",
            "docs": "https://apidocs.bitrix24.com/x.html",
            "params": [
                {"name": "odd", "type": "CrmOdd", "required": True},
                {"name": "plain", "type": "CrmPlain"},
                {"name": "v", "type": "string", "values": VALUES, "default": '"""'},
            ],
            "conflicts": [
                {"param": "v", "what": "| pipe", "table": "<b>", "examples": '"""'}
            ],
            "returns": "boolean",
        },
        allow_unicode=True,
    )
    spec = write_spec(
        tmp_path,
        {
            "_types/crm/CrmOdd.yaml": typed,
            "_types/crm/CrmPlain.yaml": plain,
            "crm/crm.odd.set.yaml": method,
        },
    )
    out = tmp_path / "out"
    assert run_generator(spec, out) == 0
    source = (out / "b24client" / "types" / "crm.py").read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(compile(source, "crm.py", "exec"), namespace)
    odd = namespace["CrmOdd"]
    assert list(odd.__annotations__) == KEYS  # type: ignore[attr-defined]
    plain_cls = namespace["CrmPlain"]
    assert inspect.cleandoc(plain_cls.__doc__ or "").startswith(SUMMARY)  # type: ignore[attr-defined]
    api = (out / "b24client" / "_api" / "crm" / "odd.py").read_text(encoding="utf-8")
    tree = ast.parse(api)
    literal = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Literal"
    )
    assert ast.literal_eval(literal.slice) == tuple(VALUES)
    docs = (out / "docs" / "crm.odd.set.md").read_text(encoding="utf-8")
    assert "| `v` | \\| pipe | `&lt;b&gt;` |" in docs
