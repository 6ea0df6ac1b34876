"""The no-op run: answered from the last run's stamp only when no input and no
output file changed; any change anywhere is a full run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from generator_testlib import BASIC_SPEC, STANDIN_RUNTIME, snapshot

SKIPPED = "no input and no output changed since the last run"


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    spec = tmp_path / "spec"
    shutil.copytree(BASIC_SPEC, spec)
    return spec, tmp_path / "out"


def _run(spec: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    from generator.__main__ import main

    cache = out.parent / "cache" / "black.json"
    args = ["--spec", str(spec), "--out", str(out), "--runtime", str(STANDIN_RUNTIME)]
    assert main([*args, "--cache", str(cache), "--jobs", "1", *extra]) == 0
    return capsys.readouterr().out.splitlines()[-1]


def test_a_second_run_is_answered_from_the_stamp(
    tree: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = tree
    first = _run(spec, out, capsys)
    assert SKIPPED not in first
    before = snapshot(out)
    again = _run(spec, out, capsys)
    assert SKIPPED in again and "(0 written, 0 removed)" in again
    assert again.split(" (")[0] == first.split(" (")[0]  # the same methods and files
    assert snapshot(out) == before
    # --check trusts no stamp
    assert SKIPPED not in _run(spec, out, capsys, "--check")


def test_an_edited_spec_is_a_full_run(
    tree: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = tree
    _run(spec, out, capsys)
    path = next(p for p in sorted(spec.rglob("*.yaml")) if "summary:" in p.read_text())
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("summary: ", "summary: Edited ", 1), encoding="utf-8")
    line = _run(spec, out, capsys)
    assert SKIPPED not in line and "(0 written" not in line
    assert any(b"Edited" in data for data in snapshot(out).values())


@pytest.mark.parametrize("change", ["removed", "edited", "added"])
def test_a_changed_output_file_is_a_full_run(
    tree: tuple[Path, Path], capsys: pytest.CaptureFixture[str], change: str
) -> None:
    spec, out = tree
    _run(spec, out, capsys)
    before = snapshot(out)
    module = next(p for p in sorted(out.rglob("*.py")) if p.stat().st_size > 0)
    rel = module.relative_to(out).as_posix()
    if change == "removed":
        module.unlink()
    elif change == "edited":
        module.write_bytes(module.read_bytes() + b"# by hand\n")
    else:
        (module.parent / "stray.py").write_text("x = 1\n", encoding="utf-8")
    line = _run(spec, out, capsys)
    assert SKIPPED not in line
    expected = (
        "(0 written, 1 removed)" if change == "added" else "(1 written, 0 removed)"
    )
    assert expected in line, (rel, line)
    assert snapshot(out) == before


def test_a_touched_output_file_is_checked_again(
    tree: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = tree
    _run(spec, out, capsys)
    module = next(iter(sorted(out.rglob("*.py"))))
    os.utime(module, (1_000_000_000, 1_000_000_000))
    line = _run(spec, out, capsys)
    assert SKIPPED not in line and "(0 written, 0 removed)" in line
    assert SKIPPED in _run(spec, out, capsys)
