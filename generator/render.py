"""Model -> source text (unformatted) for every generated file, via Jinja.

Spec strings reach Python source only through two filters: ``pyrepr``
(a Python string literal) and ``docstring`` (text made safe inside a
triple-quoted docstring).  Identifiers come from :mod:`.naming` and are
validated; annotations come from :mod:`.pytypes`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from . import naming
from .examples import WEBHOOK, example_args, needed_params
from .filters import docstring_filter, md_cell, pyrepr
from .introspect import RuntimeInfo
from .layout import Group, import_lines, statement_lines
from .model import Api, ErrorCode, Method, TypeDef
from .pytypes import TypeNames, TypeWriter, wire_shape
from .render_types import render_types, type_modules
from .views import (
    IMPORTED_NAMES,
    PACKAGE,
    MethodView,
    child_view,
    import_block,
    method_view,
    module_view,
    type_checking_lines,
)

__all__ = [
    "PACKAGE",
    "RenderError",
    "TEMPLATES",
    "docstring_filter",
    "make_environment",
    "pyrepr",
    "render_all",
]

TEMPLATES = Path(__file__).parent / "templates"


class RenderError(Exception):
    """The output cannot be produced (not a spec problem: the runtime or a template)."""


def _entry(key: str, values: tuple[str | Group, ...]) -> str:
    """``key: (values...),`` in a dict display, broken the way black breaks it."""
    value = Group("(", values, ")", collection=True)
    return "\n".join(statement_lines(f"{key}: ", value, ",", 4))


def _catalog_entry(method: Method) -> str:
    """One ``METHODS`` row of ``_catalog.py`` (its docstring says the shape)."""
    required = tuple(pyrepr(p.name) for p in method.params if p.required is True)
    params = tuple(pyrepr(p.name) for p in method.params)
    return _entry(
        pyrepr(method.name),
        (
            pyrepr(wire_shape(method.returns)),
            Group("(", required, ")", collection=True),
            Group("(", params, ")", collection=True),
            pyrepr(method.pagination),
            str(method.api),
            str(method.idempotent),
        ),
    )


@functools.lru_cache(maxsize=1)
def make_environment() -> jinja2.Environment:
    """The Jinja environment (built once per process: compiling the templates is
    a real part of a small run)."""
    return _environment()


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["docstring"] = docstring_filter
    env.filters["md_cell"] = md_cell
    env.filters["wire_shape"] = wire_shape
    return env


# -- docs helpers ------------------------------------------------------------------


def _explain(
    views: list[MethodView], types: dict[str, TypeDef], codes: dict[str, ErrorCode]
) -> None:
    """Give each view its example call and the exceptions its documented
    error codes raise (both go into the docstrings)."""
    for view in views:
        view.example_args = example_args(view.method, types)
        raised: dict[str, list[str]] = {}
        for code in view.method.errors:
            mapped = codes.get(code.lower())
            if code and mapped is not None:
                raised.setdefault(mapped.exception, []).append(code)
        view.raises = [
            (name, ", ".join(f"``{c}``" for c in found))
            for name, found in sorted(raised.items())
        ]


def _docs_context(
    view: MethodView,
    codes: dict[str, ErrorCode],
    known: dict[str, str],
    types: dict[str, TypeDef],
    not_generated: str = "",
) -> dict[str, Any]:
    method = view.method
    short_args = ", ".join(f"{p.python_name}=…" for p in needed_params(method))
    errors = []
    for code in method.errors:
        mapped = codes.get(code.lower())
        errors.append(
            {
                "code": code,
                "exception": mapped.exception if mapped else "",
                "retry": mapped.retry if mapped else "",
                "meaning": mapped.meaning if mapped else "",
            }
        )
    depth = method.doc_name.count("/")
    return {
        "m": view,
        "method": method,
        "example_args": view.example_args,
        "webhook": WEBHOOK,
        "short_call": (
            f"client.{view.call_path}({short_args})" if not not_generated else "—"
        ),
        "errors": errors,
        "successor_link": (
            "../" * depth + known[method.successor] + ".md"
            if method.successor in known
            else ""
        ),
        "not_generated": not_generated,
        "up": "../" * depth,
        "type_links": [
            (name, f"{'../' * depth}types/{types[name].module}.md#{name.lower()}")
            for name in view.types
        ],
    }


def _scope_slug(scope: str) -> str:
    return scope


# -- entry point ---------------------------------------------------------------------


def render_all(api: Api, runtime: RuntimeInfo) -> dict[str, str]:
    """Every generated file (not the runtime copy), keyed by path under the
    output directory (``b24client/_client.py``, ``docs/index.md``…)."""
    if runtime.core_all is None:
        raise RenderError(
            "generator/runtime/_core/__init__.py is missing or has no static __all__ list "
            "(the package __init__ re-exports it)"
        )
    env = make_environment()
    out: dict[str, str] = {}
    top = list(api.root.children)
    core_all = sorted(runtime.core_all)
    client_names = ["AsyncBatch", "AsyncBitrix24", "Batch", "Bitrix24"]
    out[f"{PACKAGE}/__init__.py"] = env.get_template("package_init.py.j2").render(
        imports=import_lines("._core", core_all)
        + import_lines("._client", client_names),
        core_all=core_all,
        client_names=client_names,
    )
    modules = type_modules(api.types)
    children = [child_view(node, True) for node in top]
    # Single-segment methods (profile, methods, scope…) live on the client classes.
    root_uses: set[str] = {
        "AsyncBatchBase",
        "SyncBatchBase",
        "AsyncClientBase",
        "SyncClientBase",
    }
    root_members = frozenset(
        [m.attribute for m in api.root.methods]
        + [c.attribute for c in top]
        + ["batch", "call"]
    )
    taken = set(IMPORTED_NAMES) | set(client_names)
    taken.update(cls for child in children for cls in child.classes.values())
    root_names = TypeNames(frozenset(taken))
    root_writer = TypeWriter(root_members, root_names)
    root_methods = [
        method_view(m, m.attribute, root_writer, root_uses, receiver="self")
        for m in api.root.methods
    ]
    by_name = {t.name: t for t in api.types}
    codes = {e.code.lower(): e for e in api.errors}
    _explain(root_methods, by_name, codes)
    root_uses.update(root_writer.used)
    imports, checking, runtime_only = import_block(
        root_uses, root_names, modules, type_checking_lines(children)
    )
    out[f"{PACKAGE}/_client.py"] = env.get_template("client.py.j2").render(
        children=children,
        type_checking=checking,
        runtime_only=runtime_only,
        methods=root_methods,
        imports=imports,
    )
    error_rows = sorted(
        ((e.code.lower(), e.exception, e.retry) for e in api.errors),
        key=lambda c: c[0],
    )
    out[f"{PACKAGE}/_error_codes.py"] = env.get_template("error_codes.py.j2").render(
        entries=[
            _entry(pyrepr(code), (pyrepr(exception), pyrepr(retry)))
            for code, exception, retry in error_rows
        ],
    )
    out[f"{PACKAGE}/_api/__init__.py"] = env.get_template("api_init.py.j2").render()
    out[f"{PACKAGE}/_catalog.py"] = env.get_template("catalog.py.j2").render(
        methods=[_catalog_entry(m) for m in api.methods if m.api == 1],
        methods_v3=[_catalog_entry(m) for m in api.methods if m.api == 3],
    )

    module_template = env.get_template("namespace_module.py.j2")
    views: list[MethodView] = list(root_methods)
    for node in top:
        first = naming.module_name(node.attribute)
        module = module_view(node.label, [node], True, modules)
        _explain(module.constants, by_name, codes)
        out[f"{PACKAGE}/_api/{first}/__init__.py"] = module_template.render(
            module=module
        )
        views.extend(module.constants)
        for child in node.children:
            module = module_view(child.label, child.walk(), False, modules)
            _explain(module.constants, by_name, codes)
            path = f"{PACKAGE}/_api/{first}/{naming.module_name(child.attribute)}.py"
            out[path] = module_template.render(module=module)
            views.extend(module.constants)

    known = {m.name: m.doc_name for m in api.methods if m.api == 1}
    known.update({m.name: m.doc_name for m, _ in api.not_generated})
    skipped_views = [
        (method_view(m, m.attribute, TypeWriter(), set(), receiver="self"), why)
        for m, why in api.not_generated
    ]
    views.sort(key=lambda v: (v.method.api, v.method.name))
    page = env.get_template("docs_method.md.j2")
    rows: list[dict[str, Any]] = []
    for view in views:
        context = _docs_context(view, codes, known, by_name)
        out[f"docs/{view.method.doc_name}.md"] = page.render(**context)
        rows.append(context)
    for view, why in skipped_views:
        context = _docs_context(view, codes, known, by_name, not_generated=why)
        out[f"docs/{view.method.doc_name}.md"] = page.render(**context)
        rows.append(context)
    rows.sort(key=lambda r: (r["method"].api, r["method"].name))
    by_scope: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        for scope in row["method"].scopes:
            by_scope.setdefault(scope, []).append(row)
    index = env.get_template("docs_index.md.j2")
    out["docs/index.md"] = env.get_template("docs_scopes.md.j2").render(
        scopes=sorted((scope, len(items)) for scope, items in by_scope.items()),
        total=len(rows),
        slug=_scope_slug,
        type_modules=sorted({t.module for t in api.types}),
    )
    for scope, items in sorted(by_scope.items()):
        out[f"docs/scopes/{_scope_slug(scope)}.md"] = index.render(
            rows=items, scope=scope
        )
    out.update(render_types(env, api.types))
    return out
