"""Helpers for the importer tests: a docs tree from sample pages, and an import run."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator.importer.run import ImportResult, import_docs  # noqa: E402


def write_docs(root: Path, pages: dict[str, str]) -> Path:
    """A docs checkout under ``root`` holding ``pages`` (relative path -> text)."""
    docs = root / "docs"
    (docs / "api-reference").mkdir(parents=True, exist_ok=True)
    for rel, text in pages.items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return docs


def run(root: Path, pages: dict[str, str]) -> ImportResult:
    return import_docs(write_docs(root, pages))


def spec(result: ImportResult, rel: str) -> dict[str, Any]:
    """The imported spec at ``rel`` (relative to spec/), parsed."""
    data = yaml.safe_load(result.specs[rel])
    assert isinstance(data, dict)
    return data
