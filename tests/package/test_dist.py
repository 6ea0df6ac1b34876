"""The package as a user gets it.

The wheel and the sdist are built (the wheel from the sdist, as ``make dist``
does) from a copy of this checkout with build junk planted in it; their file
lists are checked; then the wheel goes into a fresh venv outside the repo and a
script there calls the bundled fake portal: a sync call, an async call, paging
and a batch. Installing resolves httpx and sniffio from the package index: if
pip cannot reach it the test fails (it does not skip).
"""

from __future__ import annotations

import ast
import email.parser
import json
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest

from generator import REPO_ROOT
from generator.__main__ import main as generate

RUNTIME_VERSION = REPO_ROOT / "generator" / "runtime" / "_version.py"
SHIPPED_DIRS = ("spec", "generator", "generated", "tests", "examples")
TOP_FILES = (
    "LICENSE",
    "CHANGELOG.md",
    "README.md",
    "Makefile",
    "pyproject.toml",
    "MANIFEST.in",
)
JUNK_DIRS = frozenset(
    {".git", ".venv", ".venv-bench", "build", "dist", ".mypy_cache"}
    | {"__pycache__", ".pytest_cache", ".hypothesis"}
)
PLANTED_JUNK = (
    ".venv/lib/site.py",
    ".venv-bench/pyvenv.cfg",
    "build/generator/black-cache.json",
    "dist/old-0.0.0.tar.gz",
    ".mypy_cache/3.11/cache.json",
    "generator/__pycache__/render.cpython-311.pyc",
    "generated/b24client/__pycache__/__init__.cpython-311.pyc",
    "tests/.hypothesis/examples/x",
    "tests/package/.pytest_cache/v",
)
BUILD_TIMEOUT = 300
INSTALL_TIMEOUT = 300


def _version() -> str:
    """The version as written in its one place (generator/runtime/_version.py)."""
    tree = ast.parse(RUNTIME_VERSION.read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [t.id for t in node.targets if isinstance(t, ast.Name)]
            == ["__version__"]
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise AssertionError(f"no __version__ = '...' in {RUNTIME_VERSION}")


VERSION = _version()


def _junk(rel: Path) -> bool:
    return any(part in JUNK_DIRS for part in rel.parts) or rel.suffix == ".pyc"


def _tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` that a distribution may carry, keyed by its
    path relative to ``root``."""
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not _junk(rel) and ".egg-info" not in rel.as_posix():
            files[rel.as_posix()] = path.read_bytes()
    return files


def _clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH and friends: nothing may lead a
    subprocess back to the checkout."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def _run(
    argv: list[str], *, cwd: Path, timeout: float, what: str
) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(
            argv,
            cwd=cwd,
            env=_clean_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what}: no end after {timeout:.0f} s ({' '.join(argv)})")
    if done.returncode != 0:
        pytest.fail(
            f"{what} failed (exit {done.returncode}): {' '.join(argv)}\n"
            f"--- stdout\n{done.stdout[-4000:]}\n--- stderr\n{done.stderr[-4000:]}"
        )
    return done


@dataclass(frozen=True)
class Dists:
    source: Path
    """The copy of the checkout the distributions were built from."""
    wheel: Path
    sdist: Path


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    """Wheel and sdist, built once for the module from a copy of the checkout
    (the build writes an egg-info into its source; the checkout stays as it
    is), with junk of every kind planted where a developer's tree has it."""
    try:
        import build  # noqa: F401
    except ImportError:
        pytest.fail(
            "the 'build' package is missing from this venv: "
            "pip install -e '.[dev]' (or make venv) installs it"
        )
    source = tmp_path_factory.mktemp("source") / "b24client"
    source.mkdir()
    for name in TOP_FILES:
        shutil.copy2(REPO_ROOT / name, source / name)
    for name in SHIPPED_DIRS:
        shutil.copytree(
            REPO_ROOT / name,
            source / name,
            ignore=shutil.ignore_patterns(*JUNK_DIRS, "*.pyc", "*.egg-info"),
        )
    for rel in PLANTED_JUNK:
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text("junk\n")
    out = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out)],
        cwd=source,
        timeout=BUILD_TIMEOUT,
        what="python -m build",
    )
    wheels = sorted(out.glob("*.whl"))
    sdists = sorted(out.glob("*.tar.gz"))
    assert [p.name for p in wheels] == [f"b24client-{VERSION}-py3-none-any.whl"]
    assert [p.name for p in sdists] == [f"b24client-{VERSION}.tar.gz"]
    return Dists(source, wheels[0], sdists[0])


def test_one_version_reaches_the_package_and_the_user_agent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new version in generator/runtime/_version.py is all a release edits:
    ``--check`` names the stale copy, and a regenerated package reports the new
    version and sends it in its User-Agent."""
    runtime = tmp_path / "runtime"
    shutil.copytree(
        REPO_ROOT / "generator" / "runtime",
        runtime,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    out = tmp_path / "out"
    args = [
        *(
            "--spec",
            str(REPO_ROOT / "tests" / "generator" / "fixtures" / "basic" / "spec"),
        ),
        *("--out", str(out), "--runtime", str(runtime)),
        *("--cache", str(tmp_path / "cache" / "black-cache.json"), "--jobs", "1"),
    ]
    assert generate(args) == 0
    assert generate([*args, "--check"]) == 0
    version_file = runtime / "_version.py"
    text = version_file.read_text(encoding="utf-8")
    assert text.count(f'__version__ = "{VERSION}"') == 1
    version_file.write_text(text.replace(VERSION, "9.8.7"), encoding="utf-8")
    capsys.readouterr()
    assert generate([*args, "--check"]) == 1
    differs = [
        line
        for line in capsys.readouterr().out.splitlines()
        if line.startswith(("differs:", "missing:", "stale:"))
    ]
    assert differs == [f"differs: {out.as_posix()}/b24client/_version.py"]

    assert generate(args) == 0
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import b24client, json; "
        "from b24client._core.protocol import USER_AGENT; "
        "print(json.dumps([b24client.__version__, USER_AGENT]))"
    )
    done = _run(
        [sys.executable, "-c", probe, str(out)],
        cwd=tmp_path,
        timeout=60,
        what="importing the regenerated package",
    )
    assert json.loads(done.stdout) == ["9.8.7", "b24client/9.8.7"]


def _metadata(text: str) -> Message:
    return email.parser.Parser().parsestr(text)


def test_wheel_holds_the_package_and_its_licence(dists: Dists) -> None:
    with zipfile.ZipFile(dists.wheel) as wheel:
        files = {
            info.filename: wheel.read(info)
            for info in wheel.infolist()
            if not info.is_dir()
        }
    info_dir = f"b24client-{VERSION}.dist-info/"
    package = {rel: data for rel, data in files.items() if not rel.startswith(info_dir)}
    # Exactly the generated package: no tests, spec, generator or docs, no
    # bytecode, and every file as generated/ has it (the sdist carried it all).
    generated = _tree(REPO_ROOT / "generated")
    assert package == {
        rel: data for rel, data in generated.items() if rel.startswith("b24client/")
    }
    assert "b24client/py.typed" in package
    assert "b24client/_version.py" in package
    assert "b24client/_api/crm/deal.py" in package
    assert "b24client/testing/_server.py" in package
    assert files[info_dir + "licenses/LICENSE"] == (REPO_ROOT / "LICENSE").read_bytes()

    meta = _metadata(files[info_dir + "METADATA"].decode("utf-8"))
    assert meta["Name"] == "b24client"
    assert meta["Version"] == VERSION
    assert meta["License-Expression"] == "MIT"
    assert meta["Requires-Python"] == ">=3.11"
    requires = meta.get_all("Requires-Dist") or []
    runtime = sorted(r for r in requires if "extra ==" not in r)
    assert runtime == ["httpx<1,>=0.27", "sniffio>=1.1"]
    assert 'tqdm; extra == "progress"' in requires
    classifiers = meta.get_all("Classifier") or []
    for wanted in (
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "Typing :: Typed",
        "Framework :: AsyncIO",
        "Operating System :: OS Independent",
    ):
        assert wanted in classifiers
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert set(urls) == {"Homepage", "Documentation", "Source", "Issues", "Changelog"}
    # The README is the long description, as Markdown.
    assert meta["Description-Content-Type"] == "text/markdown"
    description = meta.get_payload()
    assert isinstance(description, str)
    assert description.startswith("# b24client\n")


def test_sdist_rebuilds_the_package(dists: Dists) -> None:
    prefix = f"b24client-{VERSION}/"
    with tarfile.open(dists.sdist) as sdist:
        members = sdist.getmembers()
        names = [m.name for m in members]
        files: dict[str, bytes] = {}
        for member in members:
            data = sdist.extractfile(member) if member.isfile() else None
            if data is not None:
                files[member.name.removeprefix(prefix)] = data.read()
    assert all(name == prefix.rstrip("/") or name.startswith(prefix) for name in names)
    for name in TOP_FILES:
        assert files[name] == (REPO_ROOT / name).read_bytes(), name
    # spec/, generator/ (templates and runtime), generated/, tests/ and
    # examples/, file for file; no planted junk, no egg-info but setuptools' own.
    source = _tree(dists.source)
    for top in SHIPPED_DIRS:
        shipped = {
            rel: data
            for rel, data in files.items()
            if rel.startswith(top + "/") and ".egg-info/" not in rel
        }
        expected = {
            rel: data for rel, data in source.items() if rel.startswith(top + "/")
        }
        assert sorted(shipped) == sorted(expected), top
        assert [rel for rel in expected if shipped[rel] != expected[rel]] == []
    assert "generator/templates/package_init.py.j2" in files
    assert "generator/runtime/_version.py" in files
    assert "spec/crm/crm.deal.list.yaml" in files
    assert "tests/package/test_dist.py" in files
    for rel in PLANTED_JUNK:
        assert rel not in files, rel
    assert not [rel for rel in files if _junk(Path(rel))]
    assert _metadata(files["PKG-INFO"].decode("utf-8"))["Version"] == VERSION


SCRIPT = textwrap.dedent("""
    import asyncio, importlib.metadata, json, sys
    import httpx
    import b24client
    from b24client import AsyncBitrix24, Bitrix24
    from b24client.testing import FakePortal

    agents = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request):
            agents.append(request.headers["User-Agent"])
            return super().handle_request(request)

    report = {
        "file": b24client.__file__,
        "version": b24client.__version__,
        "metadata_version": importlib.metadata.version("b24client"),
        "prefix": sys.prefix,
        "checkout_on_path": [p for p in sys.path if p and sys.argv[1] in p],
    }
    with FakePortal() as portal:
        seeded = portal.store.seed_deals(120)
        with Bitrix24(portal.webhook_url, transport=Recording()) as b24:
            report["sync_user"] = b24.user.current()["ID"]
            report["listed"] = [int(deal["ID"]) for deal in b24.crm.deal.list()]
            batch = b24.batch(halt=True)
            added = batch.crm.deal.add(fields={"TITLE": "Batched"})
            got = batch.crm.deal.get(id=added)
            batch.execute()
            report["batch"] = [added.result, got.result["ID"], got.result["TITLE"]]

        async def main():
            async with AsyncBitrix24(portal.webhook_url) as ab24:
                deal = await ab24.crm.deal.get(id=seeded[6])
                return [deal["ID"], deal["TITLE"]]

        report["async_deal"] = asyncio.run(main())
        report["stored"] = [
            portal.store.get_deal(seeded[6])["TITLE"],
            portal.store.get_deal(report["batch"][0])["TITLE"],
        ]
    report["seeded"] = seeded
    report["agents"] = agents
    print(json.dumps(report))
    """)


def test_wheel_installs_and_runs_outside_the_checkout(
    dists: Dists, tmp_path: Path
) -> None:
    # An empty venv, and this venv's pip installing into it (`pip --python`):
    # the same install as a user's `pip install <wheel>`, without the seconds
    # that seeding the new venv with its own pip costs.
    venv = tmp_path / "venv"
    _run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        cwd=tmp_path,
        timeout=INSTALL_TIMEOUT,
        what="python -m venv",
    )
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    _run(
        [*pip, "install", "--quiet", "--no-compile", str(dists.wheel)],
        cwd=tmp_path,
        timeout=INSTALL_TIMEOUT,
        what="pip install of the wheel (httpx and sniffio come from the package "
        "index: is it reachable?)",
    )
    script = tmp_path / "use_b24client.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = _run(
        [str(python), "-I", str(script), str(REPO_ROOT)],
        cwd=tmp_path,
        timeout=120,
        what="the script against the fake portal",
    )
    report = json.loads(done.stdout)

    assert Path(report["file"]).resolve().is_relative_to(venv.resolve())
    assert Path(report["prefix"]).resolve() == venv.resolve()
    assert report["checkout_on_path"] == []
    assert report["version"] == report["metadata_version"] == VERSION
    # The sync client's requests: user.current, three list pages, one batch.
    assert report["agents"] == [f"b24client/{VERSION}"] * 5

    seeded = report["seeded"]
    assert len(seeded) == 120
    assert report["sync_user"] == "1"
    assert report["listed"] == seeded  # in ID order
    new_id, got_id, title = report["batch"]
    assert new_id not in seeded and got_id == str(new_id) and title == "Batched"
    seventh_title, batched_title = report["stored"]
    assert batched_title == "Batched"
    assert report["async_deal"] == [str(seeded[6]), seventh_title]
