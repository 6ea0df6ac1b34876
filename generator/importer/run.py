"""The import run: docs pages -> spec files, merged around curated specs, with a report."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .. import REPO_ROOT
from ..introspect import RuntimeInfo, read_runtime
from ..loader import ERRORS_FILE, Loaded, SpecFile
from ..validate import validate
from .classify import Classified, classify, namespaces_apart
from .extract import extract
from .facts import MethodFacts
from .meta import scopes_from_lines
from .named import (
    COORDINATED,
    NamedType,
    entity_types,
    field_descriptions,
    references,
    type_path,
)
from .specs import HEADER, dump, spec_data, spec_path, type_data
from .yfm import Page, join_path, read_page

__all__ = ["ImportResult", "import_docs", "plan_specs", "write_specs"]

_HEADER_FIRST = HEADER.split("\n", 1)[0]
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Skipped:
    source: str
    name: str
    reason: str


@dataclass
class ImportResult:
    pages: int = 0
    fragments: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    other_reasons: Counter[str] = field(default_factory=Counter)
    not_methods: list[Skipped] = field(default_factory=list)
    facts: list[MethodFacts] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    specs: dict[str, str] = field(default_factory=dict)
    """Spec path (relative to spec/) -> YAML text, for every imported method."""
    types: dict[str, str] = field(default_factory=dict)
    """Named type path (``_types/<scope>/<Name>.yaml``) -> YAML text."""
    methods: dict[str, MethodFacts] = field(default_factory=dict)
    """Spec path -> the facts it was made from."""
    notes: dict[str, list[str]] = field(default_factory=dict)
    """Spec path -> notes for the report."""
    mismatches: list[str] = field(default_factory=list)
    curated_kept: list[str] = field(default_factory=list)
    hand_kept: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _pages(docs: Path) -> tuple[list[str], int]:
    """Every page (sorted); files under a ``_``-prefixed directory are include fragments."""
    pages: list[str] = []
    fragments = 0
    for path in docs.rglob("*.md"):
        rel = path.relative_to(docs)
        if any(part.startswith((".", "_")) for part in rel.parts):
            if not any(part.startswith(".") for part in rel.parts):
                fragments += 1
            continue
        pages.append(rel.as_posix())
    return sorted(pages), fragments


class _IndexScopes:
    """The scope line of the nearest ``index.md`` above a page (cached)."""

    def __init__(self, docs: Path) -> None:
        self.docs = docs
        self.cache: dict[str, list[str]] = {}

    def __call__(self, rel: str) -> list[str]:
        parts = rel.split("/")[:-1]
        while parts:
            folder = "/".join(parts)
            if folder not in self.cache:
                index = self.docs / folder / "index.md"
                found: list[str] = []
                if index.is_file():
                    text = index.read_text(encoding="utf-8", errors="replace")
                    found = scopes_from_lines(text.split("\n"))
                self.cache[folder] = found
            if self.cache[folder]:
                return self.cache[folder]
            parts.pop()
        return []


class _Refs:
    """Pages a page links to (``./fields.md``), read once each."""

    def __init__(self, docs: Path) -> None:
        self.docs = docs
        self.cache: dict[str, Page | None] = {}

    def __call__(self, rel: str, target: str) -> Page | None:
        path = join_path(PurePosixPath(rel).parent, target)
        if path is None:
            return None
        if path not in self.cache:
            found = (self.docs / path).is_file() and path.endswith(".md")
            self.cache[path] = read_page(self.docs, path) if found else None
        return self.cache[path]


def _check_calls(facts: MethodFacts, result: ImportResult) -> None:
    if not facts.calls or facts.name in facts.calls:
        return
    lowered = {name.lower(): name for name in facts.calls}
    if facts.name.lower() in lowered:
        result.mismatches.append(
            f"{facts.source}: title {facts.name!r}, examples call {lowered[facts.name.lower()]!r} "
            "(case differs; the title's spelling is used)"
        )
        return
    called = ", ".join(sorted(facts.calls))
    result.mismatches.append(
        f"{facts.source}: title {facts.name!r}, but the examples call {called} (the title's name is used)"
    )


def import_docs(docs: Path, runtime: RuntimeInfo | None = None) -> ImportResult:
    """Read every page and produce spec texts (in memory; nothing written)."""
    result = ImportResult()
    rels, result.fragments = _pages(docs)
    result.pages = len(rels)
    index_scopes = _IndexScopes(docs)
    refs = _Refs(docs)
    found: list[tuple[Page, Classified]] = []
    for rel in rels:
        page = read_page(docs, rel)
        kind = classify(page)
        found.append((page, kind))
    for page, kind in namespaces_apart(found):
        result.kinds[kind.kind] += 1
        if kind.kind != "method":
            result.other_reasons[f"{kind.kind}: {kind.reason}"] += 1
            result.not_methods.append(
                Skipped(page.rel, kind.name, f"{kind.kind}: {kind.reason}")
            )
            continue
        facts = extract(page, kind.name, refs)
        if not facts.scopes:
            facts.scopes = index_scopes(page.rel)
            if facts.scopes:
                facts.notes.append("scope taken from the section's index page")
        if not facts.scopes:
            result.skipped.append(
                Skipped(
                    page.rel, facts.name, "no scope on the page or its section index"
                )
            )
            continue
        if "v3" in page.rel.split("/")[:-1] and facts.api != 3:
            facts.notes.append("under a v3 folder but not marked REST 3.0")
        _check_calls(facts, result)
        result.facts.append(facts)

    runtime = runtime or read_runtime(REPO_ROOT / "generator" / "runtime")
    plan_specs(result, runtime)
    return result


def plan_specs(result: ImportResult, runtime: RuntimeInfo) -> None:
    """Facts -> spec texts; every spec the generator's validator rejects is dropped
    (with the validator's words as the reason), as is a second page of a name."""
    by_path: dict[str, tuple[MethodFacts, str, str]] = {}
    firsts: dict[str, MethodFacts] = {}
    for facts in result.facts:
        firsts.setdefault(spec_path(facts.name, facts.api), facts)
    named: dict[str, NamedType] = {}
    described = field_descriptions(list(firsts.values()))
    describers = {id(f) for t in described.values() for f in t.sources}
    named.update(described)
    named.update(entity_types([f for f in firsts.values() if id(f) not in describers]))
    for facts in result.facts:
        rel = spec_path(facts.name, facts.api)
        if rel in by_path:
            first = by_path[rel][0]
            result.skipped.append(
                Skipped(
                    facts.source,
                    facts.name,
                    f"a second page of the method; {first.source} is used",
                )
            )
            continue
        data, notes = spec_data(facts)
        text = dump(data)
        by_path[rel] = (facts, yaml.load(text, Loader=_Loader), text)
        result.notes[rel] = list(facts.notes) + notes
    type_files = [
        SpecFile(type_path(one), yaml.load(dump(type_data(one)), Loader=_Loader))
        for one in sorted(named.values(), key=type_path)
    ]
    # The generator's own validator decides what is a valid spec.
    while True:
        loaded = Loaded(
            files=[
                SpecFile(rel, data) for rel, (_, data, _) in sorted(by_path.items())
            ],
            errors_file=SpecFile(ERRORS_FILE, {"errors": []}),
            type_files=type_files,
        )
        _, problems = validate(loaded, runtime)
        bad: dict[str, list[str]] = {}
        for problem in problems:
            if problem.file in by_path:
                bad.setdefault(problem.file, []).append(
                    f"{problem.path}: {problem.what}"
                )
        if not bad:
            break
        for rel, whats in sorted(bad.items()):
            facts = by_path.pop(rel)[0]
            result.skipped.append(
                Skipped(facts.source, facts.name, "invalid spec: " + "; ".join(whats))
            )
            result.notes.pop(rel, None)
    for rel, (facts, _data, text) in sorted(by_path.items()):
        result.specs[rel] = text
        result.methods[rel] = facts
    for one in type_files:
        result.types[one.rel] = dump(one.data)


def _curated(text: str) -> bool:
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and data.get("curated") is True


def write_specs(result: ImportResult, spec_dir: Path, *, dry_run: bool = False) -> None:
    """Write what changed, leave curated and hand-kept files alone, remove stale imports."""
    existing: dict[str, str] = {}
    if spec_dir.is_dir():
        for path in spec_dir.rglob("*.yaml"):
            rel = path.relative_to(spec_dir).as_posix()
            if path.name.startswith("_") or any(
                p.startswith(".") for p in rel.split("/")
            ):
                continue
            existing[rel] = path.read_text(encoding="utf-8")
    owned = {rel for rel, text in existing.items() if text.startswith(_HEADER_FIRST)}
    by_hand = {
        rel
        for rel, text in existing.items()
        if rel in result.specs and rel not in owned
    }
    used = {
        name
        for rel, facts in result.methods.items()
        if rel not in by_hand
        for name in references(facts)
    }
    for rel in sorted(result.types):
        if PurePosixPath(rel).stem not in used | COORDINATED:
            del result.types[rel]  # only hand-kept specs read this entity
    for rel, text in sorted({**result.specs, **result.types}.items()):
        old = existing.get(rel)
        if old is not None and rel not in owned:
            if _curated(old):
                result.curated_kept.append(rel)
            else:
                result.hand_kept.append(rel)
            continue
        if old != text:
            result.written.append(rel)
            if not dry_run:
                path = spec_dir / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
                tmp.write_text(text, encoding="utf-8")
                os.replace(tmp, path)
    for rel in sorted(owned - set(result.specs) - set(result.types)):
        result.removed.append(rel)
        if not dry_run:
            path = spec_dir / rel
            path.unlink()
            parent = path.parent
            while parent != spec_dir and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent


# -- the report -----------------------------------------------------------------------------------


def report(result: ImportResult, *, full: bool) -> str:
    lines: list[str] = []
    add = lines.append
    methods = result.methods
    add(
        f"pages seen: {result.pages} (plus {result.fragments} include fragments, read only through includes)"
    )
    add(
        "  method pages: {m}; event pages skipped: {e}; JS SDK (BX24.*) pages skipped: {j}; "
        "other pages (no method): {o}".format(
            m=result.kinds["method"],
            e=result.kinds["event"],
            j=result.kinds["js"],
            o=result.kinds["other"],
        )
    )
    v3 = sum(1 for f in methods.values() if f.api == 3)
    names = len({f.name for f in methods.values()})
    kept = len(result.curated_kept) + len(result.hand_kept)
    add(
        f"methods with a valid spec: {len(methods)} ({len(methods) - v3} classic, "
        f"{v3} REST 3.0; {names} distinct names)"
    )
    add(
        f"  spec files: {len(methods) - kept} imported ({len(result.written)} written now, "
        f"{len(result.removed)} stale removed), {len(result.curated_kept)} curated and "
        f"{len(result.hand_kept)} hand-written kept as they are"
    )
    reasons = Counter(_reason_kind(s.reason) for s in result.skipped)
    add(f"method pages skipped: {len(result.skipped)}")
    for reason, count in sorted(reasons.items()):
        add(f"  {count:5d}  {reason}")
    add("pages that are not methods, by reason:")
    for reason, count in sorted(result.other_reasons.items()):
        add(f"  {count:5d}  {reason}")
    unknown = sum(1 for f in methods.values() if f.required_unknown)
    add(
        f"required-unknown (the page marks no parameter as required): {unknown} methods"
    )
    none = sum(1 for f in methods.values() if f.params_found == "none")
    absent = sum(1 for f in methods.values() if f.params_found == "absent")
    add(f"parameterless: {none} say so, {absent} have no parameter table")
    paged = sum(1 for f in methods.values() if f.pagination == "offset")
    add(f"paged (pagination: offset): {paged}")
    sources = Counter(f.returns_from for f in methods.values())
    add(
        "return type from: " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items()))
    )
    deprecated = sum(1 for f in methods.values() if f.deprecated)
    successors = sum(1 for f in methods.values() if f.successor)
    add(f"deprecated: {deprecated} ({successors} with a successor)")
    add(f"title/example mismatches: {len(result.mismatches)}")
    errors = sum(len(f.docs_errors) for f in methods.values())
    conflicted = sum(1 for f in methods.values() if f.conflicts)
    add(
        f"docs errors handled: {errors} in "
        f"{sum(1 for f in methods.values() if f.docs_errors)} methods "
        f"({conflicted} with table/example conflicts, the examples used)"
    )
    add(f"named types (spec/_types): {len(result.types)}")
    scopes = Counter(f.scopes[0] for f in methods.values())
    add("methods per scope (first scope):")
    for scope, count in sorted(scopes.items()):
        add(f"  {count:5d}  {scope}")
    if not full:
        return "\n".join(lines) + "\n"
    add("")
    add("== method pages skipped ==")
    for s in sorted(result.skipped, key=lambda s: s.source):
        add(f"{s.source}: {s.name}: {s.reason}")
    add("")
    add("== title / example call mismatches ==")
    lines.extend(sorted(result.mismatches))
    add("")
    add("== docs errors and how the spec handles them ==")
    for _, f in sorted(methods.items()):
        for error in f.docs_errors:
            add(f"{f.name}: {error}")
    add("")
    add("== required-unknown methods ==")
    for _, f in sorted(methods.items()):
        if f.required_unknown:
            add(f"{f.name} ({f.source})")
    add("")
    add("== doc types mapped to object by default (no table entry) ==")
    unknown_types = Counter(t for f in methods.values() for t in f.unknown_types)
    for name, count in sorted(unknown_types.items()):
        add(f"{count:5d}  {name}")
    add("")
    add("== notes per spec ==")
    for rel in sorted(result.notes):
        for note in result.notes[rel]:
            add(f"spec/{rel}: {note}")
    add("")
    add("== pages that are not methods ==")
    for s in sorted(result.not_methods, key=lambda s: s.source):
        add(f"{s.source}: {s.reason}" + (f" ({s.name})" if s.name else ""))
    if result.curated_kept:
        add("")
        add("== curated specs kept (not rewritten) ==")
        lines.extend(f"spec/{rel}" for rel in result.curated_kept)
    if result.hand_kept:
        add("")
        add(
            "== hand-written specs kept (no importer header, not curated: mark them curated) =="
        )
        lines.extend(f"spec/{rel}" for rel in result.hand_kept)
    return "\n".join(lines) + "\n"


def _reason_kind(reason: str) -> str:
    if reason.startswith("invalid spec"):
        return "invalid spec (see the full report)"
    return reason.split(";")[0]
