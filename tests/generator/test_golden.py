"""Golden files: the basic fixture spec rendered and compared file by file.

Refresh after an intended change with::

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/generator/test_golden.py

and review the diff of tests/generator/golden/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator_testlib import (
    BASIC_SPEC,
    GOLDEN,
    STANDIN_RUNTIME,
    run_generator,
    snapshot,
)


def _generated(out: Path) -> dict[str, bytes]:
    """The output without the runtime copy (that is tested elsewhere)."""
    runtime = set(snapshot(STANDIN_RUNTIME))
    return {
        rel: data
        for rel, data in snapshot(out).items()
        if not (rel.startswith("b24client/") and rel[len("b24client/") :] in runtime)
    }


def test_golden(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_generator(BASIC_SPEC, out) == 0
    actual = _generated(out)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in actual.items():
            path = GOLDEN / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    expected = snapshot(GOLDEN)
    assert sorted(actual) == sorted(expected), "generated file set differs from golden/"
    for rel in sorted(expected):
        assert (
            actual[rel].decode() == expected[rel].decode()
        ), f"{rel} differs from golden/{rel}"


def test_golden_python_is_black_stable_and_compiles() -> None:
    import black

    from generator.formatting import MODE

    for path in sorted(GOLDEN.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        compile(text, str(path), "exec")
        assert black.format_str(text, mode=MODE) == text, path


def test_docs_examples_compile() -> None:
    import re

    for path in sorted((GOLDEN / "docs").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for block in re.findall(r"```python\n(.*?)```", text, re.S):
            if block.startswith(("from ", "import ")):
                compile(block, str(path), "exec")
