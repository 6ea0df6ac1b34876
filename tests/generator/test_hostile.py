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
