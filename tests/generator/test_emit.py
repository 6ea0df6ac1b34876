"""emit: determinism, --check, write-only-what-changed, stale files, the runtime copy."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from generator_testlib import BASIC_SPEC, STANDIN_RUNTIME, run_generator, snapshot


def test_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_generator(BASIC_SPEC, a) == 0
    assert run_generator(BASIC_SPEC, b) == 0
    assert snapshot(a) == snapshot(b)
    for data in snapshot(a).values():
        assert str(tmp_path).encode() not in data  # no absolute paths


def test_check_after_generation_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run_generator(BASIC_SPEC, out) == 0
    capsys.readouterr()
    assert run_generator(BASIC_SPEC, out, "--check") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("checked 14 methods, ")


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., int]:
    """``python -m generator`` as ``make`` runs it: caches on (one black cache
    for the module: it holds only black's own output, so the same results, sooner)."""
    from generator.__main__ import main

    cache = tmp_path_factory.mktemp("cache") / "black.json"

    def run(out: Path, *extra: str) -> int:
        return main(
            ["--spec", str(BASIC_SPEC), "--out", str(out), "--runtime"]
            + [str(STANDIN_RUNTIME), "--cache", str(cache), "--jobs", "1", *extra]
        )

    return run


@pytest.mark.parametrize("change", ["modify", "delete", "add", "add-docs", "runtime"])
def test_check_finds_every_difference(
    change: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cached: Callable[..., int],
) -> None:
    out = tmp_path / "out"
    assert cached(out) == 0
    client = out / "b24client" / "_client.py"
    if change == "modify":
        client.write_text(client.read_text() + "# edited\n")
        expected = "differs: {out}/b24client/_client.py"
    elif change == "delete":
        client.unlink()
        expected = "missing: {out}/b24client/_client.py"
    elif change == "add":
        (out / "b24client" / "_api" / "extra.py").write_text("x = 1\n")
        expected = "stale: {out}/b24client/_api/extra.py"
    elif change == "add-docs":
        (out / "docs" / "sub").mkdir()
        (out / "docs" / "sub" / "old.md").write_text("# old\n")
        expected = "stale: {out}/docs/sub/old.md"
    else:
        (out / "b24client" / "_core" / "errors.py").write_text("# edited\n")
        expected = "differs: {out}/b24client/_core/errors.py"
    before = snapshot(out)
    capsys.readouterr()
    assert cached(out, "--check") == 1
    printed = capsys.readouterr().out.splitlines()
    assert expected.format(out=out.as_posix()) in printed
    assert snapshot(out) == before, "--check writes nothing"
    # and a normal run repairs it
    assert cached(out) == 0
    assert cached(out, "--check") == 0


def test_writes_only_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run_generator(BASIC_SPEC, out) == 0
    total = len(snapshot(out))
    assert f"({total} written, 0 removed)" in capsys.readouterr().out
    stamp = 1_000_000_000
    for path in out.rglob("*"):
        os.utime(path, (stamp, stamp))
    assert run_generator(BASIC_SPEC, out) == 0
    assert "(0 written, 0 removed)" in capsys.readouterr().out
    assert all(p.stat().st_mtime == stamp for p in out.rglob("*") if p.is_file())


def test_stale_files_and_dirs_are_removed(basic_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_generator(basic_copy, out) == 0
    # Python caches left by an import stay where the module stays...
    cache = out / "b24client" / "_api" / "crm" / "__pycache__"
    cache.mkdir()
    (cache / "deal.cpython-311.pyc").write_bytes(b"x")
    # ...and go with a package that is no longer generated.
    im_cache = out / "b24client" / "_api" / "im" / "__pycache__"
    im_cache.mkdir()
    (im_cache / "notify.cpython-311.pyc").write_bytes(b"x")
    # Files outside the managed roots are not ours.
    (out / "b24client.egg-info").mkdir()
    (out / "b24client.egg-info" / "PKG-INFO").write_text("x")
    for name in ("im.notify.yaml", "im.notify.read.yaml"):
        (basic_copy / "im" / name).unlink()
    assert run_generator(basic_copy, out) == 0
    assert not (out / "b24client" / "_api" / "im").exists()
    assert not (out / "docs" / "im.notify.md").exists()
    assert (cache / "deal.cpython-311.pyc").exists()
    assert (out / "b24client.egg-info" / "PKG-INFO").exists()
    assert "def im(" not in (out / "b24client" / "_client.py").read_text()
    assert run_generator(basic_copy, out, "--check") == 0


def test_runtime_is_mirrored_verbatim(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    shutil.copytree(STANDIN_RUNTIME, runtime)
    (runtime / "testing").mkdir()
    (runtime / "testing" / "portal.py").write_bytes(b"# not black-formatted  \r\nx=1\n")
    (runtime / "_core" / "__pycache__").mkdir()
    (runtime / "_core" / "__pycache__" / "errors.cpython-311.pyc").write_bytes(b"x")
    (runtime / "_core" / "stray.pyc").write_bytes(b"x")
    out = tmp_path / "out"
    assert run_generator(BASIC_SPEC, out, runtime=runtime) == 0
    package = snapshot(out / "b24client")
    for rel, data in snapshot(runtime).items():
        if "__pycache__" in rel or rel.endswith(".pyc"):
            assert rel not in package
        else:
            assert package[rel] == data, rel
    assert "py.typed" in package


def test_runtime_colliding_with_generated_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runtime = tmp_path / "runtime"
    shutil.copytree(STANDIN_RUNTIME, runtime)
    (runtime / "_client.py").write_text("x = 1\n")
    out = tmp_path / "out"
    assert run_generator(BASIC_SPEC, out, runtime=runtime) == 1
    assert not out.exists()
    assert capsys.readouterr().err == (
        "error: generator/runtime/_client.py collides with a generated file; nothing written\n"
    )


def test_cache_gives_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.__main__ import main

    cache = tmp_path / "cache" / "black.json"
    args = [
        "--spec",
        str(BASIC_SPEC),
        "--runtime",
        str(STANDIN_RUNTIME),
        "--cache",
        str(cache),
    ]
    assert main(args + ["--out", str(tmp_path / "a")]) == 0
    assert cache.is_file()
    assert main(args + ["--out", str(tmp_path / "b")]) == 0  # all cache hits
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    cache.write_text("not json")  # a broken cache is ignored
    assert main(args + ["--out", str(tmp_path / "c")]) == 0
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "c")


def test_progress_and_summary_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_generator(BASIC_SPEC, tmp_path / "out") == 0
    lines = capsys.readouterr().out.splitlines()
    files = snapshot(tmp_path / "out")
    modules = [
        rel
        for rel in files
        if rel.endswith(".py") and not rel.startswith("b24client/_core/")
    ]
    rendered = [rel for rel in files if rel.startswith(("docs/", *modules))]
    shown = [re.sub(r" in \d+\.\d\ds$", " in Ts", line) for line in lines]
    assert re.fullmatch(
        r"loaded and validated 14 methods from \S*fixtures/basic/spec in Ts", shown[0]
    )
    assert shown[1:] == [
        f"rendered {len(rendered)} files in Ts",
        f"formatting {len(modules)} module(s) in 1 process(es)...",
        f"formatted {len(modules)} module(s) (the statements that need it "
        "through black; 0 unchanged per manifest, 0 from the cache) in Ts",
        f"generated 14 methods, {len(files)} files ({len(files)} written, 0 removed) in Ts",
    ]
