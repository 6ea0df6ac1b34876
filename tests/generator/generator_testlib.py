"""Shared helpers for the generator tests (conftest.py puts this directory on sys.path)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
BASIC_SPEC = FIXTURES / "basic" / "spec"
STANDIN_RUNTIME = FIXTURES / "runtime"
GOLDEN = HERE / "golden"

MINIMAL_ERRORS = textwrap.dedent("""\
    errors:
      - code: NOT_FOUND
        exception: NotFoundError
        retry: never
    """)


def run_generator(
    spec: Path, out: Path, *extra: str, runtime: Path = STANDIN_RUNTIME
) -> int:
    """``python -m generator`` in process, with no cache and one process."""
    from generator.__main__ import main

    args = ["--spec", str(spec), "--out", str(out), "--runtime", str(runtime)]
    return main(args + ["--no-cache", "--jobs", "1", *extra])


def write_spec(
    root: Path, files: dict[str, str], *, errors: str | None = MINIMAL_ERRORS
) -> Path:
    """A spec directory under ``root`` holding ``files`` (relative path -> YAML text)."""
    spec = root / "spec"
    spec.mkdir(parents=True, exist_ok=True)
    if errors is not None:
        (spec / "_errors.yaml").write_text(errors, encoding="utf-8")
    for rel, text in files.items():
        path = spec / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return spec


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative posix path -> bytes)."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def run_failing(
    tmp_path: Path,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    *,
    errors: str | None = MINIMAL_ERRORS,
) -> list[str]:
    """Generate a spec that must fail: exit 1, nothing written; the stderr lines."""
    spec = write_spec(tmp_path, files, errors=errors)
    out = tmp_path / "out"
    (out / "b24client").mkdir(parents=True)
    (out / "b24client" / "old.py").write_text("x = 1\n")
    (out / "docs").mkdir()
    (out / "docs" / "old.md").write_text("# old\n")
    before = snapshot(out)
    assert run_generator(spec, out) == 1
    assert snapshot(out) == before, "a failing run must write nothing"
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err.splitlines()
