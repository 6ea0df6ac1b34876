"""Named types across files: references resolved, uses propagated, names unique.

Every file (method or type) records the named types it mentions with their
key paths (:attr:`Checker.refs`).  This pass reports unknown names (with the
closest known one), the types no method reaches (dead data), and two
TypedDicts of one name; it works out where each type is used (parameters,
results, both), lists the inline objects as TypeDefs, and gives each method
its ``user_fields`` keyword(s).  One walk over the files and one breadth-first
walk over the types: linear in the size of the spec.
"""

from __future__ import annotations

import difflib
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Literal

from .. import naming
from ..diagnostics import SpecError
from ..loader import TYPES_DIR
from ..model import Field, Method, TypeDef

__all__ = ["FileRefs", "resolve_types", "types_module"]

Use = Literal["param", "result"]
PARAM: frozenset[Use] = frozenset({"param"})
RESULT: frozenset[Use] = frozenset({"result"})


@dataclass
class FileRefs:
    """The named types one file mentions: (key path, type name)."""

    rel: str
    refs: list[tuple[str, str]] = field(default_factory=list)

    @property
    def type_name(self) -> str:
        """The type a spec/_types/ file defines (its file stem)."""
        return PurePosixPath(self.rel).name.removesuffix(".yaml")


def types_module(method: Method) -> str:
    """The ``b24client.types`` submodule of a method's inline objects: its
    first segment (``crm.deal.add`` -> ``crm``)."""
    return naming.python_attribute(method.segments[0])


def _use(path: str) -> Use:
    return "result" if path.startswith(("returns", "result_fields")) else "param"


def _inline(
    fields: tuple[Field, ...],
    module: str,
    file: str,
    path: str,
    uses: frozenset[Use],
    out: list[TypeDef],
    owner: str,
    dotted: str = "",
) -> None:
    """The TypedDicts of the objects nested in ``fields`` (depth first)."""
    for i, f in enumerate(fields):
        if f.shape:
            where = f"{path}[{i}].fields"
            key = f"{dotted}.{f.name}" if dotted else f.name
            summary = f"Keys of ``{key}`` in {owner}."
            out.append(TypeDef(f.shape, module, f.fields, file, where, uses, summary))
            _inline(f.fields, module, file, where, uses, out, owner, key)


def _keywords(
    method: Method, named: dict[str, TypeDef]
) -> tuple[Method, list[SpecError]]:
    """The method with :attr:`Param.user_fields` set on the params that take
    portal fields (``user_fields``, or ``<param>_user_fields`` for two or more)."""
    takers = [
        i
        for i, p in enumerate(method.params)
        if p.user_fields
        or any(
            m.kind == "named" and m.name in named and named[m.name].user_fields
            for m in p.type.members()
        )
    ]
    if not takers:
        return method, []
    problems: list[SpecError] = []
    python = {p.python_name: i for i, p in enumerate(method.params)}
    params = list(method.params)
    for i in takers:
        p = params[i]
        keyword = "user_fields" if len(takers) == 1 else f"{p.python_name}_user_fields"
        if keyword in python:
            other = python[keyword]
            problems.append(
                SpecError(
                    method.file,
                    f"params[{other}].name",
                    f"{params[other].name!r} becomes {keyword!r}, the keyword that "
                    f"carries portal fields into params[{i}] ({p.name!r})",
                    "a parameter name other than the user_fields keyword; set python_name",
                )
            )
        params[i] = replace(p, user_fields=keyword)
    return replace(method, params=tuple(params)), problems


def resolve_types(
    method_refs: list[FileRefs],
    type_refs: list[FileRefs],
    declared: set[str],
    named: list[TypeDef],
    methods: list[Method],
) -> tuple[list[TypeDef], list[Method], list[SpecError]]:
    """Resolve and check; returns every TypeDef (named and inline, sorted by
    module and name), the methods with their user_fields keywords, and the
    problems.  ``declared`` are the type names spec/_types/ has files for
    (also those with problems: a reference to them is not "unknown")."""
    problems: list[SpecError] = []
    by_name: dict[str, TypeDef] = {}
    for t in named:
        other = by_name.get(t.name)
        if other is not None:
            problems.append(
                SpecError(
                    t.file,
                    "type",
                    f"duplicate type {t.name!r}, also defined in spec/{other.file}",
                    "each type name once across spec/_types/",
                )
            )
            continue
        by_name[t.name] = t

    known = sorted(declared | set(by_name))
    for refs in method_refs + type_refs:
        for path, name in refs.refs:
            if name in declared or name in by_name:
                continue
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
            hint = f", did you mean {close[0]!r}?" if close else ""
            problems.append(
                SpecError(
                    refs.rel,
                    path,
                    f"unknown type {name!r}{hint}",
                    f"a type defined in spec/{TYPES_DIR}/<scope>/{name}.yaml",
                )
            )

    # Where each named type is used: breadth first from the methods.
    edges: dict[str, set[str]] = {
        r.type_name: {n for _, n in r.refs} for r in type_refs
    }
    uses: dict[str, set[Use]] = {}
    queue: deque[tuple[str, Use]] = deque(
        (name, _use(path)) for r in method_refs for path, name in r.refs
    )
    while queue:
        name, use = queue.popleft()
        seen = uses.setdefault(name, set())
        if use in seen:
            continue
        seen.add(use)
        queue.extend((n, use) for n in edges.get(name, ()))
    for t in by_name.values():
        if t.name not in uses:
            problems.append(
                SpecError(
                    t.file,
                    "type",
                    f"{t.name!r} is used by no method, directly or through another type",
                    "a type that a spec uses (else remove the file)",
                )
            )

    defs: list[TypeDef] = []
    for t in by_name.values():
        t = replace(t, uses=frozenset(uses.get(t.name, ())))
        defs.append(t)
        _inline(t.fields, t.module, t.file, "fields", t.uses, defs, f"``{t.name}``")
    resolved: list[Method] = []
    for m in methods:
        m, keyword_problems = _keywords(m, by_name)
        problems.extend(keyword_problems)
        resolved.append(m)
        module = types_module(m)
        owner = f"``{m.name}``" + (" (REST 3.0)" if m.api == 3 else "")
        for i, p in enumerate(m.params):
            if p.shape:
                where = f"params[{i}].fields"
                summary = f"Keys of the ``{p.name}`` parameter of {owner}."
                defs.append(
                    TypeDef(p.shape, module, p.fields, m.file, where, PARAM, summary)
                )
                _inline(p.fields, module, m.file, where, PARAM, defs, owner, p.name)
        if m.result_shape:
            where = "result_fields"
            summary = f"Keys of the result of {owner}."
            defs.append(
                TypeDef(
                    m.result_shape,
                    module,
                    m.result_fields,
                    m.file,
                    where,
                    RESULT,
                    summary,
                )
            )
            _inline(
                m.result_fields, module, m.file, where, RESULT, defs, owner, "result"
            )

    first: dict[str, TypeDef] = {}
    for t in sorted(defs, key=lambda d: (d.file, d.path)):
        other = first.setdefault(t.name, t)
        if other is not t:
            where = f"spec/{other.file}" + (f": {other.path}" if other.path else "")
            problems.append(
                SpecError(
                    t.file,
                    t.path or "type",
                    f"the TypedDict name {t.name} is also made by {where}",
                    "distinct TypedDict names: rename the type, the parameter or the key",
                )
            )
    defs.sort(key=lambda d: (d.module, d.name))
    return defs, resolved, problems
