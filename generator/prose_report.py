"""How much of spec/ is in our own words: ``python -m generator.prose_report``.

Counts, per scope and in all, the summaries that say more than the method's
name, and the parameters and documented keys (of object parameters, of
results, of named types) that have a description.  ``--list`` names what is
missing.  A summary restates its name when it has fewer than two words
besides the words of the name and a few small words ("Add tasks task.",
"Delete sale shipmentpropertyvalue."); those count as missing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import REPO_ROOT
from .loader import load_spec_dir
from .prose import SEPARATOR

__all__ = ["Coverage", "coverage", "restates_name"]

_SMALL = frozenset(
    "a an the of for to in on by and or with from its it this that one all "
    "is are be as at into via per rest api".split()
)
_WORD = re.compile(r"[A-Za-z0-9]+")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def _stem(word: str) -> str:
    word = word.lower()
    for ending in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def _name_words(method: str) -> set[str]:
    words: set[str] = set()
    for part in re.split(r"[._\-]", method):
        words.add(_stem(part))
        words.update(_stem(w) for w in _CAMEL.findall(part))
    return words


def restates_name(summary: str, method: str) -> bool:
    """Whether ``summary`` says little more than the words of ``method``."""
    name = _name_words(method)
    new = {
        _stem(w)
        for w in _WORD.findall(summary)
        if w.lower() not in _SMALL and not w.isdigit() and _stem(w) not in name
    }
    return len(new) < 2


@dataclass
class Coverage:
    methods: Counter[str] = field(default_factory=Counter)
    summaries: Counter[str] = field(default_factory=Counter)
    entries: Counter[str] = field(default_factory=Counter)
    described: Counter[str] = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)
    """``file: what`` for every summary and entry without our words."""


def _walk(items: Any, prefix: str) -> Iterator[tuple[str, bool]]:
    """(path, described) of every named entry, nested keys included."""
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        path = prefix + item["name"]
        yield path, bool(str(item.get("description") or "").strip())
        yield from _walk(item.get("fields"), path + SEPARATOR)


def coverage(spec_dir: Path) -> tuple[Coverage, list[str]]:
    """The counts for ``spec_dir``, and the load problems (prose that does not fit)."""
    loaded = load_spec_dir(spec_dir)
    cov = Coverage()
    for spec in loaded.files:
        data = spec.data
        if not isinstance(data, dict) or not isinstance(data.get("method"), str):
            continue
        scope = spec.rel.split("/")[0]
        cov.methods[scope] += 1
        summary = str(data.get("summary") or "")
        if restates_name(summary, data["method"]):
            cov.missing.append(f"{spec.rel}: summary {summary!r}")
        else:
            cov.summaries[scope] += 1
        entries = [
            *(("params", p, d) for p, d in _walk(data.get("params"), "")),
            *(("result", p, d) for p, d in _walk(data.get("result_fields"), "")),
        ]
        for section, path, described in entries:
            cov.entries[scope] += 1
            cov.described[scope] += described
            if not described:
                cov.missing.append(f"{spec.rel}: {section}.{path}")
    for spec in loaded.type_files:
        data = spec.data
        if not isinstance(data, dict):
            continue
        scope = "_types/" + spec.rel.split("/")[1]
        for path, described in _walk(data.get("fields"), ""):
            cov.entries[scope] += 1
            cov.described[scope] += described
            if not described:
                cov.missing.append(f"{spec.rel}: keys.{path}")
    return cov, [str(p) for p in loaded.problems]


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.prose_report")
    parser.add_argument("--spec", type=Path, default=REPO_ROOT / "spec")
    parser.add_argument("--scope", help="only this spec/ directory (crm, _types/crm)")
    parser.add_argument("--list", action="store_true", help="name what is missing")
    args = parser.parse_args(argv)
    cov, problems = coverage(args.spec)
    for problem in problems:
        print(problem, file=sys.stderr)
    scopes = sorted(set(cov.methods) | set(cov.entries))
    if args.scope:
        scopes = [s for s in scopes if s == args.scope]
    print(f"{'scope':24} {'summaries':>17} {'parameters and keys':>24}")
    for scope in scopes:
        m, s = cov.methods[scope], cov.summaries[scope]
        e, d = cov.entries[scope], cov.described[scope]
        print(f"{scope:24} {s:5}/{m:5} {_percent(s, m)} {d:7}/{e:7} {_percent(d, e)}")
    if not args.scope:
        m, s = sum(cov.methods.values()), sum(cov.summaries.values())
        e, d = sum(cov.entries.values()), sum(cov.described.values())
        print(f"{'all':24} {s:5}/{m:5} {_percent(s, m)} {d:7}/{e:7} {_percent(d, e)}")
    if args.list:
        for line in cov.missing:
            if not args.scope or line.startswith(f"{args.scope}/"):
                print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
