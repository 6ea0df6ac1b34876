"""Replay the docs' own examples against spec/ and print issue 11's four figures.

``python -m tests.importer.replay [--docs PATH] [--spec DIR] [--misses CLASS]``

Method:

- Pages: every docs page the importer classifies as a method page
  (``generator.importer.classify``, namespace titles such as ``imbot.v2``
  set apart); its method is the one the title names.
  The spec is the one of that name (REST 3.0 pages: the ``api: 3`` one);
  a page whose method has no spec counts every call and answer as a miss.
- Calls: every example call on the page to that method (names compared
  ignoring case), read by ``generator.importer.examples``: cURL ``-d`` JSON
  bodies (shell quoting undone) or URL query strings, JS ``callMethod('m',
  {…})`` / ``{method: 'm', params: {…}}`` objects, PHP ``CRest::call('m',
  […])`` arrays, Go ``Call(ctx, "m", b24.Params{…})`` maps.  Values that are
  expressions (``now.toISOString()``, ``$id``) are of no known type and pass
  every check; calls whose whole parameter argument is not a literal are
  counted apart ("unreadable") and left out of the figures.
- Answers: every JSON block on the page that parses (comments, trailing
  commas and ``...`` elisions forgiven) to an object with ``result`` and no
  ``error``.

Figures:

(a) calls accepted by the typed signature: every top-level key is a
    parameter (a key that matches one only ignoring case is accepted when most
    of the page's calls that pass it spell it as the spec does — the docs then
    show both spellings — else it is a "name case" miss); every value fits the
    declared type (``tests/importer/replay_spec.py``: JSON types as mypy
    would judge them, documented object keys closed, enumerations as
    Literals); required parameters and required documented keys present,
    unless one of the method's ``alternatives`` groups is given in full.
(b) answers that decode and match the declared result: REST 3.0 answers
    unwrapped and scalar results coerced exactly as the runtime does
    (``generator/runtime/_core/protocol.py``, ``paging.py``); paged methods
    take their rows as the runtime does and check each row; structures are
    checked strictly (JSON types, documented keys closed, nested keys
    included); an answer that carries ``next``/``total`` over a list of rows
    (as the runtime's pages take them) for a method without ``pagination:
    offset`` is a miss (the total is lost).
(c) required flags that agree: every ``required: true`` parameter (and
    documented key) that at least one readable call could show, agreeing when
    every such call passes it (or, for a member of an ``alternatives`` group,
    when every call gives some group in full).
(d) the share of generated (sync) methods whose result is ``any``,
    ``object`` without documented keys, or a list/page of them (a union counts
    when any member is), over all methods, and over the methods whose page
    describes the result's structure (an answer with an object holding keys,
    or a response table listing keys below ``result``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator.importer.classify import (  # noqa: E402
    Classified,
    classify,
    namespaces_apart,
)
from generator.importer.examples import Answer, Call, answers, calls  # noqa: E402
from generator.importer.meta import is_v3  # noqa: E402
from generator.importer.sections import RESPONSE_HEADING  # noqa: E402
from generator.importer.structure import rows_of  # noqa: E402
from generator.importer.tables import table_rows  # noqa: E402
from generator.importer.yfm import Heading, Page, Table, read_page  # noqa: E402
from generator.model import NOT_GENERATED  # noqa: E402
from generator.runtime._core.errors import InvalidResponseError  # noqa: E402
from generator.runtime._core.paging import page_items  # noqa: E402
from generator.runtime._core.protocol import coerce_result, unwrap_v3  # noqa: E402
from generator.runtime._core.types import MethodInfo, Returns  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replay_spec import (  # noqa: E402
    Checker,
    MethodSpec,
    Miss,
    SpecView,
    TypeExpr,
)

__all__ = ["Figures", "main", "measure"]

DOCS = Path(os.environ.get("DOCS") or REPO.parent / "shared" / "bitrix24-rest-docs")
_ENVELOPE = {"result", "time", "total", "next", "error", "error_description"}
_RUNTIME_SCALARS: dict[str, Returns] = {
    "integer": "integer",
    "string": "string",
    "boolean": "boolean",
    "number": "number",
}
"""Result types the runtime coerces (``generator.pytypes.returns_word``)."""


@dataclass
class Ratio:
    ok: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.ok += ok

    @property
    def percent(self) -> float:
        return 100.0 * self.ok / self.total if self.total else 100.0


@dataclass
class Figures:
    calls: Ratio = field(default_factory=Ratio)
    answers: Ratio = field(default_factory=Ratio)
    required: Ratio = field(default_factory=Ratio)
    untyped_all: Ratio = field(default_factory=Ratio)
    """ok = untyped (the share reported is untyped / methods)."""
    untyped_described: Ratio = field(default_factory=Ratio)
    unreadable_calls: int = 0
    pages: int = 0
    misses: dict[str, list[tuple[str, Miss]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def miss(self, figure: str, method: str, miss: Miss) -> None:
        self.misses[f"{figure} {miss.klass}"].append((method, miss))


def _method_pages(docs: Path) -> list[tuple[Page, str]]:
    found: list[tuple[Page, Classified]] = []
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs)
        if any(part.startswith((".", "_")) for part in rel.parts):
            continue
        page = read_page(docs, rel.as_posix())
        found.append((page, classify(page)))
    return [(page, k.name) for page, k in namespaces_apart(found) if k.kind == "method"]


def _untyped(expr: TypeExpr, view: SpecView, has_fields: bool) -> bool:
    if expr.kind == "union":
        return any(_untyped(m, view, has_fields) for m in expr.items)
    if expr.kind == "array":
        return _untyped(expr.items[0], view, has_fields)
    if expr.kind == "named":
        return expr.name not in view.types
    return expr.name == "any" or (expr.name == "object" and not has_fields)


def _described(page: Page, found: list[Answer], api: int) -> bool:
    """The page describes the result's structure: an answer with keyed objects,
    or a response table listing keys other than the envelope's."""
    for answer in found:
        result = answer.body.get("result")
        if api == 3:
            result = unwrap_v3(result)
        rows = result if isinstance(result, list) else [result]
        if isinstance(result, dict):
            rows = [result] + [
                r for v in result.values() if isinstance(v, list) for r in v
            ]
        if any(isinstance(r, dict) and r for r in rows):
            return True
    inside = False
    for block in page.blocks:
        if isinstance(block, Heading) and block.level == 2:
            inside = bool(RESPONSE_HEADING.search(block.text))
        elif inside and isinstance(block, Table):
            rows, _ = table_rows(block)
            if any(r.name not in _ENVELOPE for r in rows):
                return True
    return False


def _case_votes(found: list[Call], spec: MethodSpec) -> dict[str, bool]:
    """Param name -> do most readable calls passing it spell it as the spec does."""
    exact: Counter[str] = Counter()
    other: Counter[str] = Counter()
    names = {p.name.lower(): p.name for p in spec.params}
    for call in found:
        for key in call.params or {}:
            name = names.get(key.lower())
            if name is None:
                continue
            (exact if key == name else other)[name] += 1
    return {name: exact[name] > other[name] for name in names.values()}


def _check_call(
    call: Call, spec: MethodSpec, checker: Checker, votes: dict[str, bool]
) -> tuple[list[Miss], set[str]]:
    """Misses of one call, and the (lower-case) names of the params it passes."""
    assert call.params is not None
    misses: list[Miss] = []
    by_name = {p.name: p for p in spec.params}
    lowered = {p.name.lower(): p for p in spec.params}
    given: set[str] = set()
    for key, value in call.params.items():
        param = by_name.get(key)
        if param is None and key.lower() in lowered:
            param = lowered[key.lower()]
            if not votes.get(param.name, False):
                misses.append(Miss("param: name case differs", key, param.name))
        if param is None:
            misses.append(Miss("param: unknown parameter", key))
            continue
        given.add(param.name)
        misses += checker.value(
            value,
            param.type,
            param.name,
            fields=param.fields,
            values=param.values,
            user_fields=param.user_fields,
        )
    grouped = {n for group in spec.alternatives for n in group}
    for param in spec.params:
        if param.required and param.name not in given and param.name not in grouped:
            misses.append(Miss("param: required parameter missing", param.name))
    if spec.alternatives and not any(
        all(n in given for n in group) for group in spec.alternatives
    ):
        misses.append(Miss("param: no alternatives group given", "", ""))
    return misses, given


def _required_flags(readable: list[Call], spec: MethodSpec, figures: Figures) -> None:
    """(c): each required flag against the calls that could show it."""
    lowered = {p.name.lower(): p for p in spec.params}
    passed: list[dict[str, Any]] = []
    for call in readable:
        assert call.params is not None
        passed.append(
            {
                (lowered[k.lower()].name if k.lower() in lowered else k): v
                for k, v in call.params.items()
            }
        )
    grouped = {n for group in spec.alternatives for n in group}
    for param in spec.params:
        if param.required and passed:
            if param.name in grouped:
                ok = all(
                    any(all(n in p for n in g) for g in spec.alternatives)
                    for p in passed
                )
            else:
                ok = all(param.name in p for p in passed)
            figures.required.add(ok)
            if not ok:
                figures.miss(
                    "(c)", spec.name, Miss("required flag contradicted", param.name)
                )
        if param.fields:
            objects = [
                p[param.name] for p in passed if isinstance(p.get(param.name), dict)
            ]
            _nested_flags(objects, param.fields, param.name, spec.name, figures)


def _nested_flags(
    objects: list[dict[str, Any]],
    fields: tuple[Any, ...],
    path: str,
    method: str,
    figures: Figures,
) -> None:
    if not objects:
        return
    for spec in fields:
        if spec.required:
            ok = all(spec.name in o for o in objects)
            figures.required.add(ok)
            if not ok:
                figures.miss(
                    "(c)",
                    method,
                    Miss("required nested flag contradicted", f"{path}.{spec.name}"),
                )
        if spec.fields:
            inner = [
                o[spec.name] for o in objects if isinstance(o.get(spec.name), dict)
            ]
            _nested_flags(inner, spec.fields, f"{path}.{spec.name}", method, figures)


def _check_answer(answer: Answer, spec: MethodSpec, checker: Checker) -> list[Miss]:
    body = answer.body
    result = body.get("result")
    if spec.api == 3:
        result = unwrap_v3(result)
    scalar = _RUNTIME_SCALARS.get(str(spec.returns), "any")
    info = MethodInfo(name=spec.name, returns=scalar, api=1)
    if spec.pagination == "offset":
        try:
            rows = page_items(info, result)
        except InvalidResponseError:
            return [Miss("result: not a list of rows", "result")]
        element = (
            spec.returns.items[0] if spec.returns.kind == "array" else spec.returns
        )
        for row in rows:
            found = checker.value(row, element, "result[]", fields=spec.result_fields)
            if found:
                return found
        return []
    misses: list[Miss] = []
    if ("total" in body or "next" in body) and spec.api == 1:
        if rows_of(result) is not None:
            misses.append(
                Miss("result: rows with next/total but no pagination", "total")
            )
    if info.returns != "any":
        try:
            coerce_result(info, result)
        except InvalidResponseError:
            misses.append(
                Miss(f"result: not a {info.returns}", "result", repr(result)[:60])
            )
        return misses
    return misses + checker.value(
        result, spec.returns, "result", fields=spec.result_fields
    )


def measure(docs: Path, spec_dir: Path) -> Figures:
    view = SpecView(spec_dir)
    params = Checker(view, "param")
    results = Checker(view, "result")
    figures = Figures()
    seen: set[str] = set()
    for page, name in _method_pages(docs):
        figures.pages += 1
        api = 3 if is_v3(page) else 1
        spec = view.method(name, api)
        mine = [c for c in calls(page) if c.method.lower() == name.lower()]
        found = answers(page)
        readable = [c for c in mine if c.params is not None]
        figures.unreadable_calls += len(mine) - len(readable)
        if spec is None:
            for _ in readable:
                figures.calls.add(False)
                figures.miss("(a)", name, Miss("no spec for the method", name))
            for _ in found:
                figures.answers.add(False)
                figures.miss("(b)", name, Miss("no spec for the method", name))
            continue
        seen.add(spec.file)
        votes = _case_votes(readable, spec)
        for call in readable:
            misses, _ = _check_call(call, spec, params, votes)
            figures.calls.add(not misses)
            for miss in misses[:1]:
                figures.miss("(a)", spec.name, miss)
        for answer in found:
            misses = _check_answer(answer, spec, results)
            figures.answers.add(not misses)
            for miss in misses[:1]:
                figures.miss("(b)", spec.name, miss)
        _required_flags(readable, spec, figures)
        if spec.name not in NOT_GENERATED:
            untyped = _untyped(spec.returns, view, spec.result_fields is not None)
            figures.untyped_all.add(untyped)
            if _described(page, found, spec.api):
                figures.untyped_described.add(untyped)
    for method in view.all_methods():
        if method.file not in seen and method.name not in NOT_GENERATED:
            untyped = _untyped(method.returns, view, method.result_fields is not None)
            figures.untyped_all.add(untyped)
    return figures


def render(figures: Figures, top: int = 25) -> str:
    lines = [
        f"pages: {figures.pages} method pages; calls read: {figures.calls.total} "
        f"(+{figures.unreadable_calls} whose parameters are no literal); "
        f"answers read: {figures.answers.total}",
        f"(a) example calls accepted by the typed signature: "
        f"{figures.calls.percent:.1f}% ({figures.calls.ok}/{figures.calls.total})",
        f"(b) documented answers that decode and match the result type: "
        f"{figures.answers.percent:.1f}% ({figures.answers.ok}/{figures.answers.total})",
        f"(c) required flags that agree with the examples: "
        f"{figures.required.percent:.1f}% ({figures.required.ok}/{figures.required.total})",
        f"(d) methods whose result is Any/dict[str, Any]/a list or page of them: "
        f"{figures.untyped_all.percent:.1f}% of all ({figures.untyped_all.ok}/"
        f"{figures.untyped_all.total}), {figures.untyped_described.percent:.1f}% of those "
        f"whose docs describe it ({figures.untyped_described.ok}/"
        f"{figures.untyped_described.total})",
        "top miss classes:",
    ]
    ranked = sorted(figures.misses.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for klass, found in ranked[:top]:
        methods = sorted({m for m, _ in found})
        shown = ", ".join(methods[:4]) + (" …" if len(methods) > 4 else "")
        lines.append(f"  {len(found):5d}  {klass}  [{len(methods)} methods: {shown}]")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.importer.replay")
    parser.add_argument("--docs", type=Path, default=DOCS)
    parser.add_argument("--spec", type=Path, default=REPO / "spec")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--misses", default="", help="list every miss whose class contains this text"
    )
    args = parser.parse_args(argv)
    if not (args.docs / "api-reference").is_dir():
        print(f"error: {args.docs} is not a docs checkout", file=sys.stderr)
        return 2
    figures = measure(args.docs, args.spec)
    print(render(figures, args.top), end="")
    if args.misses:
        for klass, found in sorted(figures.misses.items()):
            if args.misses in klass:
                for method, miss in found:
                    print(f"{klass}\t{method}\t{miss.path}\t{miss.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
