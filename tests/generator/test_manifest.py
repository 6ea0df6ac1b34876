"""The formatting manifest: a fresh clone runs no black, yet --check trusts nothing.

Each test starts from a copy of the basic fixture's output, generated once
per module (copied files have new mtimes, like a clone).  Each generating run
gets a cache file of its own that does not exist yet (a fresh clone has
none), so the manifest is the only thing that can spare black.  The --check
runs of a test share a copy of the cache that made the output, as on a
developer's machine: it only ever holds black's own output.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from generator_testlib import BASIC_SPEC, STANDIN_RUNTIME, run_generator, snapshot

import generator.formatting as formatting
from generator import __main__ as cli
from generator import render
from generator.introspect import read_runtime
from generator.loader import load_spec_dir
from generator.validate import validate

MODULE = "b24client/_api/crm/deal.py"


def _main(spec: Path, out: Path, runtime: Path, cache: Path, *extra: str) -> int:
    return cli.main(
        [
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--runtime",
            str(runtime),
            "--cache",
            str(cache),
            "--jobs",
            "1",
            *extra,
        ]
    )


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The basic fixture generated once: its output and the cache that made it."""
    root = tmp_path_factory.mktemp("made")
    cache = root / "black.json"
    assert _main(BASIC_SPEC, root / "out", STANDIN_RUNTIME, cache) == 0
    return root / "out", cache


class Runner:
    """``python -m generator`` in process: each generating run with a cold local cache."""

    def __init__(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        spec: Path,
        made: tuple[Path, Path],
    ) -> None:
        self.tmp_path, self.capsys, self.spec = tmp_path, capsys, spec
        self.runtime = STANDIN_RUNTIME
        self.out = tmp_path / "out"
        shutil.copytree(made[0], self.out)
        self.check_cache = tmp_path / "caches" / "check" / "black.json"
        self.check_cache.parent.mkdir(parents=True)
        shutil.copyfile(made[1], self.check_cache)
        self._caches = itertools.count()

    def __call__(self, *extra: str, out: Path | None = None) -> tuple[int, str, str]:
        if "--check" in extra:
            cache = self.check_cache
        else:
            cache = self.tmp_path / "caches" / str(next(self._caches)) / "black.json"
        self.capsys.readouterr()
        code = _main(self.spec, out or self.out, self.runtime, cache, *extra)
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def manifest(self) -> dict[str, object]:
        data = json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        return data

    def write_manifest(self, data: dict[str, object]) -> None:
        (self.out / "manifest.json").write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def run(
    basic_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    made: tuple[Path, Path],
) -> Runner:
    return Runner(tmp_path, capsys, basic_copy, made)


@pytest.fixture
def black_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every module formatting works on: black on it whole (--check) or on the
    statements that need it (a run).  Runs stay in process: --jobs 1."""
    calls: list[str] = []
    for name in ("_black", "_black_spots"):
        real = getattr(formatting, name)

        def counting(
            source: str, real: Callable[[str], str | Exception] = real
        ) -> str | Exception:
            calls.append(source)
            return real(source)

        monkeypatch.setattr(formatting, name, counting)
    yield calls


def _formatted_line(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("formatted "))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _modules(out: Path) -> dict[str, bytes]:
    """The generated Python modules (not the runtime copy)."""
    runtime = {f"b24client/{rel}" for rel in snapshot(STANDIN_RUNTIME)}
    return {
        rel: data
        for rel, data in snapshot(out).items()
        if rel.endswith(".py") and rel not in runtime
    }


def _check_fails_then_generate_repairs(run: Runner, *expected: str) -> None:
    before = snapshot(run.out)
    code, out, _ = run("--check")
    assert code == 1
    for line in expected:
        assert line.format(out=run.out.as_posix()) in out.splitlines()
    assert snapshot(run.out) == before, "--check writes nothing"
    assert run()[0] == 0
    assert run("--check")[0] == 0


def test_manifest_records_each_module(run: Runner) -> None:
    data = run.manifest()
    assert data["black"] == formatting.BLACK_VERSION
    assert data["mode"] == formatting.MODE_TEXT
    files = data["files"]
    assert isinstance(files, dict)
    modules = _modules(run.out)
    assert list(files) == sorted(modules)
    api, problems = validate(load_spec_dir(run.spec), read_runtime(run.runtime))
    assert api is not None, problems
    rendered = render.render_all(api, read_runtime(run.runtime))
    for rel, (source_hash, file_hash) in files.items():
        assert source_hash == _sha(rendered[rel].encode("utf-8")), rel
        assert file_hash == _sha(modules[rel]), rel
    # one module per line, so a diff names the modules that changed
    lines = (run.out / "manifest.json").read_text(encoding="utf-8").splitlines()
    assert sum(1 for line in lines if line.startswith('    "b24client/')) == len(files)


def test_manifest_is_deterministic(run: Runner, tmp_path: Path) -> None:
    assert run(out=tmp_path / "again")[0] == 0
    first = (run.out / "manifest.json").read_bytes()
    assert (tmp_path / "again" / "manifest.json").read_bytes() == first
    # a run that trusted every module writes the same manifest as one that formatted them
    assert run()[0] == 0
    assert (run.out / "manifest.json").read_bytes() == first
    assert run("--no-cache")[0] == 0
    assert (run.out / "manifest.json").read_bytes() == first


def test_fresh_clone_runs_no_black(run: Runner, black_calls: list[str]) -> None:
    before = snapshot(run.out)
    modules = len(_modules(run.out))
    code, out, _ = run()
    assert code == 0
    assert black_calls == []
    assert _formatted_line(out).startswith(
        f"formatted 0 module(s) (the statements that need it through black; "
        f"{modules} unchanged per manifest, 0 from the cache) in "
    )
    assert "(0 written, 0 removed)" in out.splitlines()[-1]
    assert snapshot(run.out) == before
    # and without the manifest, every module is laid out again
    (run.out / "manifest.json").unlink()
    assert run()[0] == 0
    assert len(black_calls) == modules
    assert snapshot(run.out) == before


def test_check_trusts_no_manifest(run: Runner, black_calls: list[str]) -> None:
    modules = len(_modules(run.out))
    code, out, _ = run("--check", "--cache", str(run.tmp_path / "cold.json"))
    assert code == 0
    assert len(black_calls) == modules
    assert _formatted_line(out).startswith(
        f"formatted {modules} module(s) (whole through black; 0 unchanged per manifest, "
    )


def test_missing_manifest(run: Runner) -> None:
    (run.out / "manifest.json").unlink()
    _check_fails_then_generate_repairs(run, "missing: {out}/manifest.json")


def test_stale_manifest(run: Runner) -> None:
    old = (run.out / "manifest.json").read_bytes()
    path = run.spec / "crm" / "crm.deal.list.yaml"
    path.write_text(path.read_text().replace("page by page", "a page at a time"))
    assert run()[0] == 0
    (run.out / "manifest.json").write_bytes(old)  # the spec and module moved on
    _check_fails_then_generate_repairs(run, "differs: {out}/manifest.json")


@pytest.mark.parametrize("field", ["source", "file"])
def test_tampered_entry(field: str, run: Runner, black_calls: list[str]) -> None:
    data = run.manifest()
    files = data["files"]
    assert isinstance(files, dict)
    files[MODULE][0 if field == "source" else 1] = "0" * 64
    run.write_manifest(data)
    code, out, _ = run("--check")
    assert code == 1
    assert f"differs: {run.out.as_posix()}/manifest.json" in out.splitlines()
    black_calls.clear()
    assert run()[0] == 0
    assert len(black_calls) == 1, "the module the entry no longer vouches for"
    files = run.manifest()["files"]
    assert isinstance(files, dict)
    assert files[MODULE][1] == _sha((run.out / MODULE).read_bytes())
    assert run("--check")[0] == 0


def test_forged_entry_vouching_for_an_edited_module(run: Runner) -> None:
    """A hand-edited module whose entry was edited to match: a plain run would
    trust it (its hashes agree), so --check, which trusts nothing, must say so."""
    module = run.out / MODULE
    module.write_text(module.read_text() + "# edited\n")
    data = run.manifest()
    files = data["files"]
    assert isinstance(files, dict)
    files[MODULE][1] = _sha(module.read_bytes())
    run.write_manifest(data)
    code, out, err = run("--check")
    assert code == 1
    assert f"differs: {run.out.as_posix()}/{MODULE}" in out.splitlines()
    assert "vouches for 1 of these" in err and "--no-cache" in err
    # A run with a cache, then --check with that same cache: what the run
    # trusted never enters the cache, so the check still sees the edit.
    cache = run.tmp_path / "shared-cache.json"
    assert run("--cache", str(cache))[0] == 0
    assert run("--check", "--cache", str(cache))[0] == 1
    assert run("--no-cache")[0] == 0
    assert run("--check")[0] == 0
    assert "# edited" not in module.read_text()


def test_spec_change(run: Runner, black_calls: list[str]) -> None:
    path = run.spec / "crm" / "crm.deal.list.yaml"
    path.write_text(path.read_text().replace("page by page", "a page at a time"))
    black_calls.clear()
    code, out, _ = run("--check")
    assert code == 1
    lines = out.splitlines()
    assert f"differs: {run.out.as_posix()}/{MODULE}" in lines
    assert f"differs: {run.out.as_posix()}/manifest.json" in lines
    black_calls.clear()
    code, out, _ = run()
    assert code == 0
    # only the module whose rendered text changed is formatted again
    assert len(black_calls) == 1 and "a page at a time" in black_calls[0]
    assert _formatted_line(out).startswith("formatted 1 module(s) (")
    assert run("--check")[0] == 0


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of generator/templates/ that the renderer uses instead."""
    copy = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, copy)
    monkeypatch.setattr(render, "TEMPLATES", copy)
    render.make_environment.cache_clear()
    yield copy
    render.make_environment.cache_clear()


def test_template_change(run: Runner, templates: Path, black_calls: list[str]) -> None:
    """A template edit changes the rendered text of modules whose spec did not."""
    template = templates / "namespace_module.py.j2"
    text = template.read_text(encoding="utf-8")
    marker = "\nfrom __future__ import annotations\n"
    assert marker in text
    template.write_text(
        text.replace(marker, "\n# a template comment" + marker), encoding="utf-8"
    )
    render.make_environment.cache_clear()
    code, out, _ = run("--check")
    assert code == 1
    changed = [
        line.split("/out/", 1)[1]
        for line in out.splitlines()
        if line.startswith("differs: ")
    ]
    assert MODULE in changed and "manifest.json" in changed
    black_calls.clear()
    assert run()[0] == 0
    # the namespace modules, and only they, are formatted again
    assert len(black_calls) == len(changed) - 1
    assert all("# a template comment" in source for source in black_calls)
    assert "# a template comment" in (run.out / MODULE).read_text()
    assert run("--check")[0] == 0


def test_check_names_a_layout_black_would_change(run: Runner, templates: Path) -> None:
    """A run trusts the templates' layout where no line is too long; --check
    runs black on whole modules, so a shape black writes otherwise fails it,
    with a note that the generator (not the file) is wrong."""
    template = templates / "namespace_module.py.j2"
    text = template.read_text(encoding="utf-8")
    marker = "\nfrom __future__ import annotations\n"
    template.write_text(
        text.replace(marker, marker + "\n_STRAY = ( 1 )\n"), encoding="utf-8"
    )
    render.make_environment.cache_clear()
    assert run()[0] == 0
    assert "_STRAY = ( 1 )" in (run.out / MODULE).read_text(encoding="utf-8")
    code, out, err = run("--check")
    assert code == 1
    assert f"differs: {run.out.as_posix()}/{MODULE}" in out.splitlines()
    assert (
        f"note: {run.out.as_posix()}/{MODULE} is what a run writes, but black lays "
        "the whole module out otherwise: a generator bug" in err
    )


def test_runtime_change(run: Runner, tmp_path: Path, black_calls: list[str]) -> None:
    run.runtime = tmp_path / "runtime"
    shutil.copytree(STANDIN_RUNTIME, run.runtime)
    errors = run.runtime / "_core" / "errors.py"
    errors.write_text(errors.read_text() + "# edited\n")
    black_calls.clear()
    code, out, _ = run("--check")
    assert code == 1
    assert f"differs: {run.out.as_posix()}/b24client/_core/errors.py" in out
    black_calls.clear()
    assert run()[0] == 0
    assert black_calls == [], "the runtime is copied verbatim, never formatted"
    assert (run.out / "b24client" / "_core" / "errors.py").read_bytes() == (
        errors.read_bytes()
    )
    assert run("--check")[0] == 0


@pytest.mark.parametrize("setting", ["BLACK_VERSION", "MODE_TEXT"])
def test_black_version_or_mode_change(
    setting: str,
    run: Runner,
    monkeypatch: pytest.MonkeyPatch,
    black_calls: list[str],
) -> None:
    """Another black (or mode) may format differently: nothing recorded under
    the old one is trusted, and the manifest must be rewritten."""
    modules = len(_modules(run.out))
    monkeypatch.setattr(formatting, setting, "another")
    code, out, _ = run("--check")
    assert code == 1
    assert f"differs: {run.out.as_posix()}/manifest.json" in out.splitlines()
    black_calls.clear()
    code, out, _ = run()
    assert code == 0
    assert len(black_calls) == modules
    key = "black" if setting == "BLACK_VERSION" else "mode"
    assert run.manifest()[key] == "another"
    assert run("--check")[0] == 0


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"[]",
        b"\xff\xfe{}",
        b"[" * 100_000,
        b'{"black": "x"}',
        b'{"files": {"a": ["x", "y"]}}',
    ],
)
def test_unreadable_or_foreign_manifest_vouches_for_nothing(
    data: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "manifest.json"
    path.write_bytes(data)
    assert formatting.read_manifest(path) == {}
    assert formatting.read_manifest(tmp_path / "missing.json") == {}


def test_malformed_entries_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    good = ["a" * 64, "b" * 64]
    path.write_text(
        formatting.manifest_text({}, {}).replace(
            '"files": {}',
            '"files": '
            + json.dumps({"x.py": good, "y.py": 1, "z.py": ["a"], "w.py": [1, 2]}),
        )
    )
    assert formatting.read_manifest(path) == {"x.py": ("a" * 64, "b" * 64)}


def test_garbled_manifest_is_rewritten(run: Runner) -> None:
    (run.out / "manifest.json").write_text("not json")
    _check_fails_then_generate_repairs(run, "differs: {out}/manifest.json")


def test_manifest_outside_the_managed_roots_is_not_stale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_generator(BASIC_SPEC, out) == 0
    assert (out / "manifest.json").is_file()
    assert run_generator(BASIC_SPEC, out, "--check") == 0
