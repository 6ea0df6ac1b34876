"""What the namespace templates see: methods, nodes and modules as views.

A view holds text that is ready to print: signatures and bodies laid out
like black (:mod:`.layout`), annotations from :mod:`.pytypes`, spec strings
made safe by :mod:`.filters`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from . import naming
from .filters import pyrepr
from .layout import Group, import_lines, signature_lines, statement_lines
from .model import Field, Method, Namespace
from .pytypes import BUILTIN_TYPE_NAMES, TypeNames, TypeWriter, returns_word

__all__ = [
    "PACKAGE",
    "TWINS",
    "ChildView",
    "FieldView",
    "MethodView",
    "ModuleView",
    "NodeView",
    "ParamView",
    "child_view",
    "field_views",
    "import_block",
    "method_view",
    "module_view",
    "twins_of",
    "type_checking_lines",
]

PACKAGE = "b24client"
TWINS = ("sync", "async", "batch")
V3_TWINS = ("sync", "async")
"""REST 3.0 nodes have no batch twin: the batch endpoint is classic only."""
_PREFIX = {"sync": "", "async": "Async", "batch": "Batch"}


def twins_of(python_path: tuple[str, ...]) -> tuple[str, ...]:
    return V3_TWINS if python_path[:1] == ("v3",) else TWINS


@dataclass
class FieldView:
    """A documented key of an object, flattened for the docs table."""

    path: str
    """``fields.TITLE``: the parameter's wire name, then the keys."""
    type: str
    required: str
    """"yes", "no" or "unknown"."""
    doc_type: str
    description: str
    values: str = ""
    """The allowed values, comma-separated, or ""."""
    default: str = ""


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
    """"yes", "no", "unknown" (the docs do not say) or "one of" (alternatives)."""
    source_type: str = ""
    """The docs' own type name when the spec records one (``crm_status``)."""
    default: str = ""
    merged_into: str = ""
    """For a ``user_fields`` keyword: the wire name of the object it fills."""


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
    """Per twin: the decorator and ``def`` line(s), relative to the def's indentation."""
    body: dict[str, list[str]]
    """Per twin: the checks and the ``return`` statement, relative to the def's indentation."""
    constant: list[str]
    """The ``_NAME = MethodInfo(...)`` line(s)."""
    fields: list[FieldView] = field(default_factory=list)
    result_fields: list[FieldView] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    """The TypedDicts its signature names, for the docs' links."""
    alternatives: list[str] = field(default_factory=list)
    """Each documented way to call, as Python names joined by " and "."""
    example_args: str = ""
    """``name=value, ...`` of its example call (see :mod:`generator.examples`)."""
    raises: list[tuple[str, str]] = field(default_factory=list)
    """(exception class, the documented codes it stands for), for the docstring."""


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
    """Imports for the checkers only, relative to ``if TYPE_CHECKING:``."""
    runtime_only: list[str]
    """Their run-time stand-ins, relative to the ``else:`` (the deprecated shim)."""
    constants: list[MethodView]
    nodes: list[NodeView]


def child_view(node: Namespace, lazy: bool) -> ChildView:
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
_UNQUOTED_CASTS = BUILTIN_TYPE_NAMES
"""Cast targets that exist at run time; the rest (TypedDicts are imported for
the checkers only, generics) go in quotes."""


def _return_lines(annotation: str, call: Group) -> list[str]:
    """``return cast(T, <call>)`` (no cast when T is Any), laid out like black."""
    if annotation == "Any":
        lines = statement_lines("return ", call, "", _DEF_INDENT + 4)
    else:
        target = annotation if annotation in _UNQUOTED_CASTS else pyrepr(annotation)
        lines = statement_lines(
            "return ", Group("cast(", (target, call), ")"), "", _DEF_INDENT + 4
        )
    return [line[_DEF_INDENT:] for line in lines]


def _required_word(required: bool | None) -> str:
    return "unknown" if required is None else "yes" if required else "no"


def _values_text(values: tuple[str | int, ...]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


def field_views(
    prefix: str, fields: tuple[Field, ...], *, nested: bool = True
) -> list[FieldView]:
    """The keys as table rows (``prefix.KEY``), with the nested keys after each."""
    out: list[FieldView] = []
    for f in fields:
        path = f"{prefix}.{f.name}"
        out.append(
            FieldView(
                path=path,
                type=str(f.type),
                required=_required_word(f.required),
                doc_type=f.doc_type,
                description=f.description,
                values=_values_text(f.values),
                default=f.default,
            )
        )
        if nested:
            out.extend(field_views(path, f.fields))
    return out


def _deprecation(method: Method) -> list[str]:
    """The ``@deprecated(...)`` decorator (the message names the successor)."""
    text = f"The REST method {method.name} is deprecated"
    text += f"; use {method.successor} instead." if method.successor else "."
    lines = statement_lines(
        "@deprecated", Group("(", (pyrepr(text),), ")"), "", _DEF_INDENT
    )
    return [line[_DEF_INDENT:] for line in lines]


def method_view(
    method: Method,
    attr: str,
    writer: TypeWriter,
    uses: set[str],
    receiver: str = "self._backend",
) -> MethodView:
    docs = TypeWriter()
    twins = twins_of(method.python_path)
    const = naming.constant_name(method.python_path)
    in_groups = {name for group in method.alternatives for name in group}
    params: list[ParamView] = []
    keywords: list[ParamView] = []
    entries: list[str | Group] = []
    for p in method.params:
        required = None if p.required_unknown else p.required
        base = writer.param(p.type, p.shape, p.values)
        annotation = {"sync": base, "async": base, "batch": f"{base} | Ref"}
        if "batch" in twins:
            uses.add("Ref")
        if not p.required:
            uses.update(("NotGiven", "NOT_GIVEN"))
            annotation = {t: f"{a} | NotGiven" for t, a in annotation.items()}
        key = f"{pyrepr(p.name)}: "
        entry: str | Group = key + p.python_name
        if p.type.kind == "base" and p.type.name == "flag":
            uses.add("yes_no")
            entry = Group(f"{key}yes_no(", (p.python_name,), ")")
        if p.user_fields:
            uses.update(("merge_user_fields", "Mapping", "Any", "NotGiven"))
            uses.add("NOT_GIVEN")
            entry = Group(
                f"{key}merge_user_fields(",
                (
                    const,
                    p.python_name,
                    p.user_fields,
                    pyrepr(p.python_name),
                    pyrepr(p.user_fields),
                ),
                ")",
            )
            keyword = "Mapping[str, Any] | NotGiven"
            keywords.append(
                ParamView(
                    python_name=p.user_fields,
                    wire="",
                    required=False,
                    description=f"Portal-defined keys (UF_*) merged into {p.python_name}.",
                    annotation={t: keyword for t in twins},
                    doc_type="Mapping[str, Any]",
                    told=True,
                    merged_into=p.name,
                )
            )
        entries.append(entry)
        params.append(
            ParamView(
                python_name=p.python_name,
                wire=p.name,
                required=p.required,
                description=p.description,
                annotation=annotation,
                doc_type=docs.param(p.type, p.shape, p.values),
                required_word=(
                    "one of" if p.name in in_groups else _required_word(required)
                ),
                source_type=p.doc_type,
                told=bool(p.description) or p.name != p.python_name,
                default=p.default,
            )
        )
    params_dict = Group("{", tuple(entries), "}", collection=True)
    uses.add("MethodInfo")
    if "batch" in twins:
        uses.add("BatchCommand")
    rows = method.returns.items[0] if method.pagination == "offset" else None
    if rows is not None:
        item = writer.returned(rows, method.result_shape)
        doc_item = docs.returned(rows, method.result_shape)
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
        ret = writer.returned(method.returns, method.result_shape)
        doc_ret = docs.returned(method.returns, method.result_shape)
        returns = {"sync": ret, "async": ret, "batch": f"BatchCommand[{ret}]"}
        doc_returns = {
            "sync": doc_ret,
            "async": doc_ret,
            "batch": f"BatchCommand[{doc_ret}]",
        }
        invoke = "_invoke"
    by_wire = {p.name: p.python_name for p in method.params}
    checks: list[str] = []
    if method.alternatives:
        uses.add("require_one_of")
        groups = tuple(
            Group(
                "{",
                tuple(f"{pyrepr(by_wire[n])}: {by_wire[n]}" for n in group),
                "}",
                collection=True,
            )
            for group in method.alternatives
        )
        checks = statement_lines(
            "", Group("require_one_of(", (const,) + groups, ")"), "", _DEF_INDENT + 4
        )
        checks = [line[_DEF_INDENT:] for line in checks]
    decorator = _deprecation(method) if method.deprecated else []
    if decorator:
        uses.add("deprecated")
    signature: dict[str, list[str]] = {}
    body: dict[str, list[str]] = {}
    for twin in twins:
        awaited = "await " if twin == "async" else ""
        call = Group(f"{awaited}{receiver}.{invoke}(", (const, params_dict), ")")
        body[twin] = checks + _return_lines(returns[twin], call)
        if returns[twin] != "Any":
            uses.add("cast")
        args = ["self"]
        if params:
            args.append("*")
            for view in params + keywords:
                default = "" if view.required else " = NOT_GIVEN"
                args.append(f"{view.python_name}: {view.annotation[twin]}{default}")
        head = f"{'async ' if twin == 'async' else ''}def {attr}("
        lines = signature_lines(head, args, f") -> {returns[twin]}:", _DEF_INDENT)
        signature[twin] = decorator + [line[_DEF_INDENT:] for line in lines]
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
        fields.extend(field_views(p.name, p.fields))
    return MethodView(
        method=method,
        attr=attr,
        const=const,
        call_path=".".join(method.python_path),
        twins=twins,
        params=params + keywords,
        returns=returns,
        doc_returns=doc_returns,
        signature=signature,
        body=body,
        constant=statement_lines(f"{const} = ", info, "", 0),
        fields=fields,
        result_fields=field_views("result", method.result_fields),
        types=sorted(docs.names.used),
        alternatives=[
            " and ".join(by_wire[n] for n in group) for group in method.alternatives
        ],
    )


def _node_view(
    node: Namespace, lazy_children: bool, uses: set[str], names: TypeNames
) -> NodeView:
    members = frozenset(
        [m.attribute for m in node.methods] + [c.attribute for c in node.children]
    )
    writer = TypeWriter(members, names)
    children = [child_view(child, lazy_children) for child in node.children]
    call = method_view(node.call, "__call__", writer, uses) if node.call else None
    methods = [method_view(m, m.attribute, writer, uses) for m in node.methods]
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
    ("collections.abc", ("Mapping", "Sequence")),
    ("typing", ("TYPE_CHECKING", "Any", "Literal", "cast")),
    (
        f"{PACKAGE}._core.batch",
        ("AsyncBatchBase", "BatchCommand", "Ref", "SyncBatchBase"),
    ),
    (f"{PACKAGE}._core.callsite", ("merge_user_fields", "require_one_of")),
    (f"{PACKAGE}._core.client", ("AsyncClientBase", "SyncClientBase")),
    (f"{PACKAGE}._core.namespace", ("Namespace",)),
    (f"{PACKAGE}._core.paging", ("AsyncPage", "Page")),
    (f"{PACKAGE}._core.types", ("NOT_GIVEN", "MethodInfo", "NotGiven", "yes_no")),
]
IMPORTED_NAMES = frozenset(
    {"TYPE_CHECKING", "deprecated"} | {n for _, names in _IMPORTS for n in names}
)
"""Every name a generated namespace module may import: a TypedDict of the same
name gets an alias there (:class:`TypeNames`)."""


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


def type_checking_lines(children: list[ChildView]) -> list[str]:
    """Imports of child classes for annotations, relative to ``if TYPE_CHECKING:``."""
    lines: list[str] = []
    for child in children:
        classes = sorted(child.classes.values())
        lines.extend(line[4:] for line in import_lines(child.module, classes, 4))
    return lines


def import_block(
    uses: set[str], names: TypeNames, modules: dict[str, str], children: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """(imports, TYPE_CHECKING imports, their run-time stand-ins) of a module.

    ``children`` are the child-class import lines; ``modules`` maps each
    TypedDict to its ``b24client.types`` submodule.
    """
    checking: list[str] = []
    runtime: list[str] = []
    if "deprecated" in uses:
        checking.append("from typing_extensions import deprecated")
        runtime.append(f"from {PACKAGE}._core.callsite import deprecated")
    by_module: dict[str, list[str]] = {}
    for name, spelling in sorted(names.used.items()):
        alias = name if spelling == name else f"{name} as {spelling}"
        by_module.setdefault(modules[name], []).append(alias)
    for module, imported in sorted(by_module.items()):
        lines = import_lines(f"{PACKAGE}.types.{module}", imported, 4)
        checking.extend(line[4:] for line in lines)
    checking.extend(children)
    if checking:
        uses.add("TYPE_CHECKING")
    return _import_lines(uses), checking, runtime


def module_view(
    name: str, nodes: list[Namespace], lazy: bool, modules: dict[str, str]
) -> ModuleView:
    uses: set[str] = set()
    taken = set(IMPORTED_NAMES)
    for node in nodes:
        taken.update(_classes(node.python_path).values())
        for child in node.children:
            taken.update(_classes(child.python_path).values())
    names = TypeNames(frozenset(taken))
    views = [
        _node_view(node, lazy and i == 0, uses, names) for i, node in enumerate(nodes)
    ]
    children = type_checking_lines([c for v in views for c in v.children if c.module])
    imports, checking, runtime = import_block(uses, names, modules, children)
    constants: list[MethodView] = []
    for view in views:
        if view.call:
            constants.append(view.call)
        constants.extend(view.methods)
    return ModuleView(
        name=name,
        imports=imports,
        type_checking=checking,
        runtime_only=runtime,
        constants=constants,
        nodes=views,
    )
