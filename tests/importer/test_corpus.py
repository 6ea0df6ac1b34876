"""The importer on the real docs corpus: it reproduces spec/ exactly and covers
at least 1,660 methods.  Skipped (with the reason) when the corpus is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from generator import REPO_ROOT
from generator.importer.run import ImportResult, import_docs, report, write_specs

DOCS = Path(
    os.environ.get("DOCS") or REPO_ROOT.parent / "shared" / "bitrix24-rest-docs"
)
SPEC = REPO_ROOT / "spec"

pytestmark = pytest.mark.skipif(
    not (DOCS / "api-reference").is_dir(),
    reason=f"the docs corpus is absent: no {DOCS}/api-reference (set DOCS to a checkout)",
)


def _yaml_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*.yaml"))
        if not any(part.startswith("_") for part in p.relative_to(root).parts)
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[ImportResult, Path]:
    """The import of the corpus into a copy of spec/ that holds only its curated
    and hand-kept specs (everything the importer must not write)."""
    target = tmp_path_factory.mktemp("corpus") / "spec"
    target.mkdir()
    for rel, data in _yaml_files(SPEC).items():
        if not data.startswith(b"# Imported from the Bitrix24 REST docs"):
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    result = import_docs(DOCS)
    write_specs(result, target)
    return result, target


def test_corpus_reproduces_spec_exactly(corpus: tuple[ImportResult, Path]) -> None:
    _, target = corpus
    produced = _yaml_files(target)
    committed = _yaml_files(SPEC)
    missing = sorted(set(produced) - set(committed))
    extra = sorted(set(committed) - set(produced))
    differ = sorted(
        r for r in set(produced) & set(committed) if produced[r] != committed[r]
    )
    assert not (missing or extra or differ), (
        f"spec/ drifted from the docs: {len(missing)} missing, {len(extra)} extra, "
        f"{len(differ)} differ; first: {(missing + extra + differ)[:5]} "
        "(run `make specs` and review)"
    )


def test_corpus_covers_every_documented_method(
    corpus: tuple[ImportResult, Path],
) -> None:
    result, _ = corpus
    assert len(result.methods) >= 1660, report(result, full=False)
    curated = [
        rel for rel, text in _yaml_files(SPEC).items() if b"\ncurated: true" in text
    ]
    # Curated specs are methods the docs document too.
    assert set(curated) <= set(result.methods)
    assert sum(1 for f in result.methods.values() if f.api == 3) >= 100


def test_nothing_is_skipped_silently(corpus: tuple[ImportResult, Path]) -> None:
    result, _ = corpus
    text = report(result, full=True)
    assert result.pages == sum(result.kinds.values())
    for skipped in result.skipped + result.not_methods:
        assert skipped.source in text


def test_every_spec_names_its_page(corpus: tuple[ImportResult, Path]) -> None:
    _, target = corpus
    for rel, data in _yaml_files(target).items():
        spec = yaml.safe_load(data)
        source = spec.get("source")
        assert source and (DOCS / source).is_file(), rel
        assert spec["docs"].endswith(source[: -len(".md")] + ".html"), rel
