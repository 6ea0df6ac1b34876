"""Model -> source text (unformatted) for every generated file, via Jinja.

Spec strings reach Python source only through two filters: ``pyrepr``
(a Python string literal) and ``docstring`` (text made safe inside a
triple-quoted docstring).  Identifiers come from :mod:`.naming` and are
validated; annotations come from :mod:`.pytypes`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from . import naming
from .introspect import RuntimeInfo
from .layout import Group, import_lines, signature_lines, statement_lines
from .model import Api, ErrorCode, Field, Method, Namespace, TypeRef
from .pytypes import TypeWriter, returns_word

__all__ = [
    "PACKAGE",
    "RenderError",
    "docstring_filter",
    "make_environment",
    "pyrepr",
    "render_all",
]

PACKAGE = "b24client"
TEMPLATES = Path(__file__).parent / "templates"
TWINS = ("sync", "async", "batch")
V3_TWINS = ("sync", "async")
"""REST 3.0 nodes have no batch twin: the batch endpoint is classic only."""
_PREFIX = {"sync": "", "async": "Async", "batch": "Batch"}


def twins_of(python_path: tuple[str, ...]) -> tuple[str, ...]:
    return V3_TWINS if python_path[:1] == ("v3",) else TWINS


class RenderError(Exception):
    """The output cannot be produced (not a spec problem: the runtime or a template)."""


# -- filters -----------------------------------------------------------------------

# Characters str.splitlines() treats as line breaks besides "\n": black and
# inspect.cleandoc split docstrings with it, so they must not appear raw.
_LINE_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def pyrepr(value: object) -> str:
    """A Python literal for a spec string: ``repr``, in double quotes when
    that needs no extra escape (black's preference)."""
    if not isinstance(value, str):
        raise TypeError(f"pyrepr expects a str, got {type(value).__name__}")
    literal = repr(value)
    if literal[0] == '"':
        return literal  # repr chose double quotes: the text has ' but no "
    if '"' not in value:
        return '"' + literal[1:-1] + '"'
    if value.count('"') > value.count("'"):
        return literal  # double quotes would need more escapes
    body = "".join('\\"' if ch == '"' else repr(ch)[1:-1] for ch in value)
    return '"' + body + '"'


_PLAIN_DOC = re.compile(r"[ -!#-\[\]-~\n]*\Z")
"""ASCII text without quotes, backslashes or control characters other than
``\\n``: :func:`docstring_filter` has only its line breaks to indent."""


@functools.lru_cache(maxsize=65536)
def docstring_filter(value: object, indent: int = 0) -> str:
    """Text that is safe between triple double quotes and reads back unchanged.

    Backslashes are doubled; a quote that would make a third in a row, a
    quote at the very start and one at the very end (they would touch the
    opening or closing quotes), are escaped; control, format and line-separator characters other than
    ``\\n`` become escapes.  Lines after the first get ``indent`` spaces
    (blank lines stay empty), so the text lines up inside an indented
    docstring.
    """
    if not isinstance(value, str):
        raise TypeError(f"docstring expects a str, got {type(value).__name__}")
    if _PLAIN_DOC.match(value):
        return _indent_lines(value, indent)
    out: list[str] = []
    run = 0  # unescaped quotes at the end of out
    for i, ch in enumerate(value):
        if ch == '"':
            if run == 2 or i == 0:
                # A third quote in a row would close the docstring; a leading
                # one would touch the opening quotes (black then adds a space).
                out.append('\\"')
                run = 0
            else:
                out.append('"')
                run += 1
            continue
        run = 0
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch in _LINE_BREAKS or unicodedata.category(ch) in (
            "Cc",
            "Cf",
            "Cs",
            "Zl",
            "Zp",
        ):
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    if run:
        out[-1] = '\\"'
    return _indent_lines("".join(out), indent)


def _indent_lines(text: str, indent: int) -> str:
    if indent and "\n" in text:
        pad = " " * indent
        lines = text.split("\n")
        text = "\n".join(
            [lines[0]] + [pad + line if line else line for line in lines[1:]]
        )
    return text


def _md_cell(value: object) -> str:
    """Text for one Markdown table cell."""
    if not isinstance(value, str):
        raise TypeError(f"md_cell expects a str, got {type(value).__name__}")
    text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("|", "\\|")
    return "<br>".join(line for line in text.split("\n"))


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
    env.filters["md_cell"] = _md_cell
    return env


# -- views: what the templates see ----------------------------------------------------


@dataclass
class FieldView:
    """A documented key of an object parameter, flattened for the docs table."""

    path: str
    """``fields.TITLE``: the parameter's wire name, then the keys."""
    type: str
    required: str
    """"yes", "no" or "unknown"."""
    doc_type: str
    description: str


@dataclass
class ParamView:
    python_name: str
    wire: str
    required: bool
    description: str
    annotation: dict[str, str]
    """Per twin, with ``| NotGiven`` when optional (the default is added by the signature)."""
    doc_type: str
    """The Python annotation as the docs page shows it."""
    told: bool = False
    """The docstring's Args section lists it: it has a description or a wire
    name other than its Python name."""
    required_word: str = "no"
    """"yes", "no" or "unknown" (the docs do not say)."""
    source_type: str = ""
    """The docs' own type name when the spec records one (``crm_status``)."""


@dataclass
class MethodView:
    method: Method
    attr: str
    const: str
    call_path: str
    """``crm.deal.contact.items.delete`` spelt in Python names."""
    twins: tuple[str, ...]
    params: list[ParamView]
    returns: dict[str, str]
    doc_returns: dict[str, str]
    signature: dict[str, list[str]]
    """Per twin: the ``def`` line(s), relative to the def's indentation."""
    body: dict[str, list[str]]
    """Per twin: the ``return`` statement line(s), relative to the def's indentation."""
    constant: list[str]
    """The ``_NAME = MethodInfo(...)`` line(s)."""
    fields: list[FieldView] = field(default_factory=list)


@dataclass
class ChildView:
    attr: str
    name: str
    """How docstrings name the child node."""
    twins: tuple[str, ...]
    classes: dict[str, str]
    module: str
    """Module to import the class from inside the property, or "" (same module)."""
    imports: dict[str, list[str]] = field(default_factory=dict)
    """Per twin, that import statement, relative to the property body."""


@dataclass
class NodeView:
    name: str
    twins: tuple[str, ...]
    classes: dict[str, str]
    children: list[ChildView]
    call: MethodView | None
    methods: list[MethodView]


@dataclass
class ModuleView:
    name: str
    imports: list[str]
    type_checking: list[str]
    constants: list[MethodView]
    nodes: list[NodeView]


def _child_view(node: Namespace, lazy: bool) -> ChildView:
    twins = twins_of(node.python_path)
    classes = _classes(node.python_path)
    module = _module_of(node.python_path) if lazy else ""
    imports = {
        twin: (
            [line[8:] for line in import_lines(module, [classes[twin]], 8)]
            if lazy
            else []
        )
        for twin in twins
    }
    return ChildView(node.attribute, node.label, twins, classes, module, imports)


def _classes(python_path: tuple[str, ...]) -> dict[str, str]:
    base = naming.class_name(python_path)
    return {twin: _PREFIX[twin] + base for twin in twins_of(python_path)}


def _module_of(python_path: tuple[str, ...]) -> str:
    """The dotted module holding the classes of a node (depth >= 1)."""
    parts = [PACKAGE, "_api", naming.module_name(python_path[0])]
    if len(python_path) >= 2:
        parts.append(naming.module_name(python_path[1]))
    return ".".join(parts)


# Methods live in classes: their def is indented 4 spaces, their body 8.
_DEF_INDENT = 4


def _return_lines(annotation: str, call: Group) -> list[str]:
    """``return cast(T, <call>)`` (no cast when T is Any), laid out like black."""
    if annotation == "Any":
        lines = statement_lines("return ", call, "", _DEF_INDENT + 4)
    else:
        target = annotation if annotation.isidentifier() else pyrepr(annotation)
        lines = statement_lines(
            "return ", Group("cast(", (target, call), ")"), "", _DEF_INDENT + 4
        )
    return [line[_DEF_INDENT:] for line in lines]


def _field_views(prefix: str, fields: tuple[Field, ...]) -> list[FieldView]:
    out: list[FieldView] = []
    for f in fields:
        path = f"{prefix}.{f.name}"
        out.append(
            FieldView(
                path=path,
                type=str(f.type),
                required=(
                    "unknown" if f.required is None else "yes" if f.required else "no"
                ),
                doc_type=f.doc_type,
                description=f.description,
            )
        )
        out.extend(_field_views(path, f.fields))
    return out


def _method_view(
    method: Method,
    attr: str,
    writer: TypeWriter,
    uses: set[str],
    receiver: str = "self._backend",
) -> MethodView:
    docs = TypeWriter()
    twins = twins_of(method.python_path)
    const = naming.constant_name(method.python_path)
    params: list[ParamView] = []
    entries: list[str] = []
    for p in method.params:
        base = writer.param(p.type)
        annotation = {"sync": base, "async": base, "batch": f"{base} | Ref"}
        if "batch" in twins:
            uses.add("Ref")
        if not p.required:
            uses.update(("NotGiven", "NOT_GIVEN"))
            annotation = {t: f"{a} | NotGiven" for t, a in annotation.items()}
        value = p.python_name
        if p.type.kind == "base" and p.type.name == "flag":
            uses.add("yes_no")
            value = f"yes_no({p.python_name})"
        entries.append(f"{pyrepr(p.name)}: {value}")
        params.append(
            ParamView(
                python_name=p.python_name,
                wire=p.name,
                required=p.required,
                description=p.description,
                annotation=annotation,
                doc_type=docs.param(p.type),
                required_word=(
                    "yes" if p.required else "unknown" if p.required_unknown else "no"
                ),
                source_type=p.doc_type,
                told=bool(p.description) or p.name != p.python_name,
            )
        )
    params_dict = Group("{", tuple(entries), "}")
    uses.add("MethodInfo")
    if "batch" in twins:
        uses.add("BatchCommand")
    if method.pagination == "offset":
        item = writer.returned(method.returns.items[0])
        doc_item = docs.returned(method.returns.items[0])
        uses.update(("Page", "AsyncPage"))
        returns = {
            "sync": f"Page[{item}]",
            "async": f"AsyncPage[{item}]",
            "batch": f"BatchCommand[{writer.builtin('list')}[{item}]]",
        }
        doc_returns = {
            "sync": f"Page[{doc_item}]",
            "async": f"AsyncPage[{doc_item}]",
            "batch": f"BatchCommand[list[{doc_item}]]",
        }
        invoke = "_invoke_page"
    else:
        ret = writer.returned(method.returns)
        doc_ret = docs.returned(method.returns)
        returns = {"sync": ret, "async": ret, "batch": f"BatchCommand[{ret}]"}
        doc_returns = {
            "sync": doc_ret,
            "async": doc_ret,
            "batch": f"BatchCommand[{doc_ret}]",
        }
        invoke = "_invoke"
    signature: dict[str, list[str]] = {}
    body: dict[str, list[str]] = {}
    for twin in twins:
        awaited = "await " if twin == "async" else ""
        call = Group(f"{awaited}{receiver}.{invoke}(", (const, params_dict), ")")
        body[twin] = _return_lines(returns[twin], call)
        if returns[twin] != "Any":
            uses.add("cast")
        args = ["self"]
        if params:
            args.append("*")
            for view in params:
                default = "" if view.required else " = NOT_GIVEN"
                args.append(f"{view.python_name}: {view.annotation[twin]}{default}")
        head = f"{'async ' if twin == 'async' else ''}def {attr}("
        lines = signature_lines(head, args, f") -> {returns[twin]}:", _DEF_INDENT)
        signature[twin] = [line[_DEF_INDENT:] for line in lines]
    info = Group(
        "MethodInfo(",
        (
            f"name={pyrepr(method.name)}",
            f"idempotent={method.idempotent}",
            f"returns={pyrepr(returns_word(method.returns))}",
            f"api={method.api}",
        ),
        ")",
    )
    fields: list[FieldView] = []
    for p in method.params:
        fields.extend(_field_views(p.name, p.fields))
    return MethodView(
        method=method,
        attr=attr,
        const=const,
        call_path=".".join(method.python_path),
        twins=twins,
        params=params,
        returns=returns,
        doc_returns=doc_returns,
        signature=signature,
        body=body,
        constant=statement_lines(f"{const} = ", info, "", 0),
        fields=fields,
    )


def _node_view(node: Namespace, lazy_children: bool, uses: set[str]) -> NodeView:
    members = frozenset(
        [m.attribute for m in node.methods] + [c.attribute for c in node.children]
    )
    writer = TypeWriter(members)
    children = [_child_view(child, lazy_children) for child in node.children]
    call = _method_view(node.call, "__call__", writer, uses) if node.call else None
    methods = [_method_view(m, m.attribute, writer, uses) for m in node.methods]
    uses.update(writer.used)
    uses.add("Namespace")
    return NodeView(
        name=node.label,
        twins=twins_of(node.python_path),
        classes=_classes(node.python_path),
        children=children,
        call=call,
        methods=methods,
    )


_IMPORTS: list[tuple[str, tuple[str, ...]]] = [
    ("collections.abc", ("Sequence",)),
    ("typing", ("TYPE_CHECKING", "Any", "cast")),
    (
        f"{PACKAGE}._core.batch",
        ("AsyncBatchBase", "BatchCommand", "Ref", "SyncBatchBase"),
    ),
    (f"{PACKAGE}._core.client", ("AsyncClientBase", "SyncClientBase")),
    (f"{PACKAGE}._core.namespace", ("Namespace",)),
    (f"{PACKAGE}._core.paging", ("AsyncPage", "Page")),
    (f"{PACKAGE}._core.types", ("NOT_GIVEN", "MethodInfo", "NotGiven", "yes_no")),
]


def _import_lines(uses: set[str]) -> list[str]:
    """Import statements, standard library first; "" separates the groups."""
    stdlib = [f"import {name}" for name in ("builtins", "datetime") if name in uses]
    ours: list[str] = []
    for module, names in _IMPORTS:
        wanted = [n for n in names if n in uses]
        if wanted:
            group = ours if module.startswith(PACKAGE) else stdlib
            group.extend(import_lines(module, wanted))
    return stdlib + [""] + ours if stdlib and ours else stdlib + ours


def _type_checking_lines(children: list[ChildView]) -> list[str]:
    """Imports of child classes for annotations, relative to ``if TYPE_CHECKING:``."""
    lines: list[str] = []
    for child in children:
        classes = sorted(child.classes.values())
        lines.extend(line[4:] for line in import_lines(child.module, classes, 4))
    return lines


def _module_view(name: str, nodes: list[Namespace], lazy: bool) -> ModuleView:
    uses: set[str] = set()
    views = [_node_view(node, lazy and i == 0, uses) for i, node in enumerate(nodes)]
    type_checking = _type_checking_lines(
        [c for v in views for c in v.children if c.module]
    )
    if type_checking:
        uses.add("TYPE_CHECKING")
    constants: list[MethodView] = []
    for view in views:
        if view.call:
            constants.append(view.call)
        constants.extend(view.methods)
    return ModuleView(
        name=name,
        imports=_import_lines(uses),
        type_checking=type_checking,
        constants=constants,
        nodes=views,
    )


# -- docs helpers ------------------------------------------------------------------


def _example_value(ref: TypeRef) -> str:
    if ref.kind == "union":
        return _example_value(ref.items[0])
    if ref.kind == "array":
        return f"[{_example_value(ref.items[0])}]"
    if ref.kind == "named":
        return "{}"
    return {
        "integer": "1",
        "string": '"..."',
        "boolean": "True",
        "flag": "True",
        "number": "1.5",
        "date": '"2025-01-31"',
        "datetime": '"2025-01-31T10:00:00+03:00"',
        "file": '("report.pdf", "<base64>")',
        "any": "...",
        "object": "{}",
        "null": "None",
    }[ref.name]


def _docs_context(
    view: MethodView,
    codes: dict[str, ErrorCode],
    known: dict[str, str],
    not_generated: str = "",
) -> dict[str, Any]:
    method = view.method
    required = [p for p in method.params if p.required]
    example_args = ", ".join(
        f"{p.python_name}={_example_value(p.type)}" for p in required
    )
    short_args = ", ".join(f"{p.python_name}=…" for p in required)
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
        "example_args": example_args,
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
    children = [_child_view(node, True) for node in top]
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
    root_writer = TypeWriter(root_members)
    root_methods = [
        _method_view(m, m.attribute, root_writer, root_uses, receiver="self")
        for m in api.root.methods
    ]
    root_uses.update(root_writer.used)
    type_checking = _type_checking_lines(children)
    if type_checking:
        root_uses.add("TYPE_CHECKING")
    out[f"{PACKAGE}/_client.py"] = env.get_template("client.py.j2").render(
        children=children,
        type_checking=type_checking,
        methods=root_methods,
        imports=_import_lines(root_uses - {"Namespace"}),
    )
    out[f"{PACKAGE}/_error_codes.py"] = env.get_template("error_codes.py.j2").render(
        codes=sorted(
            ((e.code.lower(), e.exception, e.retry) for e in api.errors),
            key=lambda c: c[0],
        ),
    )
    out[f"{PACKAGE}/_api/__init__.py"] = env.get_template("api_init.py.j2").render()
    out[f"{PACKAGE}/_catalog.py"] = env.get_template("catalog.py.j2").render(
        methods=[m for m in api.methods if m.api == 1],
        methods_v3=[m for m in api.methods if m.api == 3],
    )

    module_template = env.get_template("namespace_module.py.j2")
    views: list[MethodView] = list(root_methods)
    for node in top:
        first = naming.module_name(node.attribute)
        module = _module_view(node.label, [node], lazy=True)
        out[f"{PACKAGE}/_api/{first}/__init__.py"] = module_template.render(
            module=module
        )
        views.extend(module.constants)
        for child in node.children:
            module = _module_view(child.label, child.walk(), lazy=False)
            path = f"{PACKAGE}/_api/{first}/{naming.module_name(child.attribute)}.py"
            out[path] = module_template.render(module=module)
            views.extend(module.constants)

    codes = {e.code.lower(): e for e in api.errors}
    known = {m.name: m.doc_name for m in api.methods if m.api == 1}
    known.update({m.name: m.doc_name for m, _ in api.not_generated})
    skipped_views = [
        (_method_view(m, m.attribute, TypeWriter(), set(), receiver="self"), why)
        for m, why in api.not_generated
    ]
    views.sort(key=lambda v: (v.method.api, v.method.name))
    page = env.get_template("docs_method.md.j2")
    rows: list[dict[str, Any]] = []
    for view in views:
        context = _docs_context(view, codes, known)
        out[f"docs/{view.method.doc_name}.md"] = page.render(**context)
        rows.append(context)
    for view, why in skipped_views:
        context = _docs_context(view, codes, known, not_generated=why)
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
    )
    for scope, items in sorted(by_scope.items()):
        out[f"docs/scopes/{_scope_slug(scope)}.md"] = index.render(
            rows=items, scope=scope
        )
    return out
