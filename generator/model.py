"""The validated spec as frozen dataclasses: what render works from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "BASE_TYPES",
    "NOT_GENERATED",
    "Api",
    "Conflict",
    "ErrorCode",
    "Field",
    "Method",
    "Namespace",
    "Param",
    "TypeDef",
    "TypeRef",
    "Value",
]

BASE_TYPES = (
    "any",
    "boolean",
    "date",
    "datetime",
    "file",
    "flag",
    "integer",
    "null",
    "number",
    "object",
    "string",
)


Value = str | int
"""An enumeration value (``values: [Y, N]``, ``values: [1, 2]``)."""


@dataclass(frozen=True)
class TypeRef:
    """A parsed type expression: a base type, a named type, ``T[]`` or ``a | b``."""

    kind: Literal["base", "named", "array", "union"]
    name: str = ""
    """The base type name (``base``) or the type's name (``named``: ``CrmDeal``)."""
    items: tuple[TypeRef, ...] = ()
    """The element type (``array``: one) or the members (``union``: two or more)."""

    def __str__(self) -> str:
        if self.kind in ("base", "named"):
            return self.name
        if self.kind == "array":
            return f"{self.items[0]}[]"
        return " | ".join(str(item) for item in self.items)

    def base_names(self) -> frozenset[str]:
        """Every base type used anywhere in the expression."""
        if self.kind == "base":
            return frozenset({self.name})
        if self.kind == "named":
            return frozenset()
        return frozenset().union(*(item.base_names() for item in self.items))

    def named(self) -> frozenset[str]:
        """Every named type used anywhere in the expression."""
        if self.kind == "named":
            return frozenset({self.name})
        if self.kind == "base":
            return frozenset()
        return frozenset().union(*(item.named() for item in self.items))

    def members(self) -> tuple[TypeRef, ...]:
        """The union's members, or the expression itself."""
        return self.items if self.kind == "union" else (self,)


@dataclass(frozen=True)
class Field:
    """A documented key of an object (a parameter's, a result's or a named type's)."""

    name: str
    type: TypeRef
    required: bool | None = False
    """True, False, or None when the docs do not say (``required: unknown``)."""
    description: str = ""
    doc_type: str = ""
    fields: tuple[Field, ...] = ()
    values: tuple[Value, ...] = ()
    """The allowed values, when the docs list them (a ``Literal`` on parameters)."""
    default: str = ""
    """The documented default as JSON text (``"N"``, ``10``), or ""."""
    shape: str = ""
    """The TypedDict that ``object`` in :attr:`type` stands for, when :attr:`fields`
    lists its keys (``CrmDealAddFieldsProductRows``); else ""."""


@dataclass(frozen=True)
class Param:
    name: str
    """Wire name, exact case."""
    python_name: str
    type: TypeRef
    required: bool = False
    """Only ``required: true`` makes a parameter required; ``unknown`` is optional."""
    description: str = ""
    required_unknown: bool = False
    """``required: unknown``: the docs mark no parameter as required."""
    doc_type: str = ""
    """The docs' own type name when it was mapped to a base type (``crm_status``)."""
    fields: tuple[Field, ...] = ()
    values: tuple[Value, ...] = ()
    default: str = ""
    shape: str = ""
    """As :attr:`Field.shape`: ``CrmDealAddFields`` when :attr:`fields` is set."""
    user_fields: str = ""
    """The keyword that carries portal-defined keys merged into this object
    (``user_fields``, or ``fields_user_fields`` when a method has two), or ""."""


@dataclass(frozen=True)
class Conflict:
    """Where the docs' table and the docs' examples disagree (the examples won)."""

    param: str
    what: str
    table: str
    examples: str


@dataclass(frozen=True)
class TypeDef:
    """One TypedDict of ``b24client.types``: a named type from spec/_types/, or an
    inline object of a parameter, a result or another type."""

    name: str
    module: str
    """The submodule of ``b24client.types`` (``crm``)."""
    fields: tuple[Field, ...]
    file: str
    """The spec file that defines it, relative to spec/."""
    path: str
    """Its key path in that file (``params[0].fields``), "" for a named type."""
    uses: frozenset[Literal["param", "result"]] = frozenset()
    """Where it appears: a result type never gets a ``Literal`` or a date object."""
    summary: str = ""
    description: str = ""
    docs: str = ""
    source: str = ""
    user_fields: bool = False
    """The portal may add its own keys (``UF_CRM_*``)."""

    @property
    def inline(self) -> bool:
        return bool(self.path)

    @property
    def param_only(self) -> bool:
        return self.uses == frozenset({"param"})


@dataclass(frozen=True)
class Method:
    name: str
    """Wire name, exact case: ``crm.deal.contact.items.delete``."""
    file: str
    """The spec file, relative to spec/ (posix): ``crm/crm.deal.contact.items.delete.yaml``."""
    python_path: tuple[str, ...]
    """Python names of the segments: ``("crm", "deal", "contact", "items", "delete")``;
    REST 3.0 methods start with ``v3`` (``client.v3.tasks.task.get``)."""
    scopes: tuple[str, ...]
    summary: str
    docs: str
    returns: TypeRef
    description: str = ""
    idempotent: bool = False
    pagination: Literal["none", "offset"] = "none"
    api: Literal[1, 3] = 1
    deprecated: bool = False
    successor: str = ""
    errors: tuple[str, ...] = ()
    params: tuple[Param, ...] = ()
    access: str = ""
    source: str = ""
    """The docs page, relative to the docs root (``api-reference/crm/deals/crm-deal-add.md``)."""
    curated: bool = False
    result_fields: tuple[Field, ...] = ()
    result_shape: str = ""
    """The TypedDict that ``object`` in :attr:`returns` stands for (``<Method>Result``)."""
    alternatives: tuple[tuple[str, ...], ...] = ()
    """Groups of parameter wire names: at least one group must be given in full."""
    conflicts: tuple[Conflict, ...] = ()

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.name.split("."))

    @property
    def tree_path(self) -> tuple[str, ...]:
        """The method's place in the node tree: its segments, under ``v3`` for REST 3.0."""
        return ("v3",) + self.segments if self.api == 3 else self.segments

    @property
    def scope(self) -> str:
        """The scopes, comma-separated."""
        return ", ".join(self.scopes)

    @property
    def doc_name(self) -> str:
        """The docs page stem: ``crm.deal.add``, ``v3/tasks.task.get`` for REST 3.0."""
        return f"v3/{self.name}" if self.api == 3 else self.name

    @property
    def attribute(self) -> str:
        """The Python name of the last segment (the method's attribute)."""
        return self.python_path[-1]


@dataclass(frozen=True)
class Namespace:
    """A node of the method tree: ``crm``, ``crm.deal``, ``crm.deal.contact``…"""

    path: tuple[str, ...]
    """Wire segments; empty for the root."""
    python_path: tuple[str, ...]
    methods: tuple[Method, ...] = ()
    """Methods directly under this node, sorted by attribute name."""
    children: tuple[Namespace, ...] = ()
    """Child nodes, sorted by attribute name."""
    call: Method | None = None
    """A method whose name is also this node's path (``im.notify`` beside
    ``im.notify.read``): the node is callable."""

    @property
    def name(self) -> str:
        return ".".join(self.path)

    @property
    def attribute(self) -> str:
        return self.python_path[-1] if self.python_path else ""

    @property
    def v3(self) -> bool:
        """A REST 3.0 node (``v3`` and below): no batch twin."""
        return bool(self.path) and self.path[0] == "v3"

    @property
    def label(self) -> str:
        """How docstrings name the node: ``Methods under ``crm.deal````,
        ``REST 3.0 methods under ``tasks.task````."""
        if self.v3:
            rest = ".".join(self.path[1:])
            return f"REST 3.0 methods under ``{rest}``" if rest else "REST 3.0 methods"
        return f"Methods under ``{self.name}``"

    def walk(self) -> list[Namespace]:
        """This node and every descendant, depth first, sorted."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class ErrorCode:
    code: str
    exception: str
    retry: Literal["always", "idempotent", "never"]
    status: int | None = None
    meaning: str = ""


NOT_GENERATED: dict[str, str] = {
    "batch": "the client's own batch machinery: use `client.batch()`",
}
"""Classic methods that have a spec (and a docs page) but no generated method."""


@dataclass(frozen=True)
class Api:
    """The whole validated spec."""

    root: Namespace
    methods: tuple[Method, ...] = field(default=())
    """Every generated method, sorted by (api, wire name)."""
    errors: tuple[ErrorCode, ...] = ()
    """spec/_errors.yaml, in file order."""
    not_generated: tuple[tuple[Method, str], ...] = ()
    """Spec'd methods with no generated method, and why (:data:`NOT_GENERATED`)."""
    types: tuple[TypeDef, ...] = ()
    """Every TypedDict, sorted by (module, name)."""


def build_tree(methods: list[Method] | tuple[Method, ...]) -> Namespace:
    """Arrange methods (already validated: no name collisions) into the node tree.

    A method whose full path is also a node (``im.notify`` beside
    ``im.notify.read``) becomes that node's ``call``.
    """

    class _Node:
        def __init__(self, path: tuple[str, ...], python_path: tuple[str, ...]) -> None:
            self.path = path
            self.python_path = python_path
            self.methods: list[Method] = []
            self.children: dict[str, _Node] = {}
            self.call: Method | None = None

    root = _Node((), ())
    for method in methods:
        node = root
        for segment, python in zip(
            method.tree_path[:-1], method.python_path[:-1], strict=True
        ):
            child = node.children.get(python)
            if child is None:
                child = node.children[python] = _Node(
                    node.path + (segment,), node.python_path + (python,)
                )
            node = child
        node.methods.append(method)

    def freeze(node: _Node) -> Namespace:
        plain: list[Method] = []
        for method in node.methods:
            child = node.children.get(method.attribute)
            if child is not None:
                child.call = method
            else:
                plain.append(method)
        return Namespace(
            path=node.path,
            python_path=node.python_path,
            methods=tuple(sorted(plain, key=lambda m: m.attribute)),
            children=tuple(freeze(node.children[k]) for k in sorted(node.children)),
            call=node.call,
        )

    return freeze(root)
