"""Spec type expressions -> Python annotations (parameters and return values)."""

from __future__ import annotations

from .filters import pyrepr
from .model import TypeRef, Value

__all__ = ["BUILTIN_TYPE_NAMES", "TypeNames", "TypeWriter", "returns_word"]

BUILTIN_TYPE_NAMES = frozenset({"bool", "dict", "float", "int", "list", "str", "tuple"})

_SCALAR_RETURNS = frozenset({"integer", "boolean", "string", "number", "any"})
_ENUMERABLE = frozenset({"integer", "number", "string"})
"""Base types whose values a ``values:`` list spells out as a ``Literal``."""


def returns_word(ref: TypeRef) -> str:
    """``MethodInfo.returns``: the scalar type name, else ``any``."""
    if ref.kind == "base" and ref.name in _SCALAR_RETURNS:
        return ref.name
    return "any"


def wire_shape(ref: TypeRef) -> str:
    """The expression with named types as ``object`` (what the wire carries)."""
    if ref.kind == "named":
        return "object"
    if ref.kind == "base":
        return ref.name
    if ref.kind == "array":
        return f"{wire_shape(ref.items[0])}[]"
    return " | ".join(wire_shape(item) for item in ref.items)


def literal(values: tuple[Value, ...]) -> str:
    """``Literal["Y", "N"]``, ``Literal[1, 2]``."""
    return (
        "Literal["
        + ", ".join(pyrepr(v) if isinstance(v, str) else str(v) for v in values)
        + "]"
    )


class TypeNames:
    """How one module spells the TypedDicts it annotates with.

    A TypedDict is spelt by its name, or ``_Name`` where the module already
    uses the name (the namespace class of ``user.*`` is ``User``, like the
    user type).  ``used`` maps each name to its spelling, for the imports.
    """

    def __init__(self, taken: frozenset[str] = frozenset()) -> None:
        self.taken = taken
        self.used: dict[str, str] = {}

    def spell(self, name: str) -> str:
        spelling = self.used.get(name)
        if spelling is None:
            spelling = self.used[name] = f"_{name}" if name in self.taken else name
        return spelling


class TypeWriter:
    """Spells annotations for one class body (or one types module).

    ``shadowed`` are the attribute names the class defines: a method called
    ``list`` hides the builtin from the annotations of the class body, so
    those builtins are spelt ``builtins.list``.  ``used`` collects what the
    module must import (``Any``, ``Sequence``, ``Literal``, ``datetime``,
    ``builtins``); ``names`` the TypedDicts.
    """

    def __init__(
        self,
        shadowed: frozenset[str] = frozenset(),
        names: TypeNames | None = None,
    ) -> None:
        self.shadowed = shadowed & BUILTIN_TYPE_NAMES
        self.names = names if names is not None else TypeNames()
        self.used: set[str] = set()

    def builtin(self, name: str) -> str:
        if name in self.shadowed:
            self.used.add("builtins")
            return f"builtins.{name}"
        return name

    def _any(self) -> str:
        self.used.add("Any")
        return "Any"

    def _base(self, name: str, *, returned: bool) -> list[str]:
        if name == "integer":
            return [self.builtin("int")]
        if name == "string":
            return [self.builtin("str")]
        if name in ("boolean", "flag"):
            return [self.builtin("bool")]
        if name == "number":
            return [self.builtin("float")]
        if name in ("date", "datetime"):
            if returned:
                return [self.builtin("str")]
            self.used.add("datetime")
            return [f"datetime.{name}", self.builtin("str")]
        if name == "file":
            s = self.builtin("str")
            return [f"{self.builtin('tuple')}[{s}, {s}]"]
        if name == "object":
            return [f"{self.builtin('dict')}[{self.builtin('str')}, {self._any()}]"]
        if name == "null":
            return ["None"]
        return [self._any()]

    def _members(
        self, ref: TypeRef, returned: bool, shape: str, values: tuple[Value, ...]
    ) -> list[str]:
        if ref.kind == "base":
            if ref.name == "object" and shape:
                return [self.names.spell(shape)]
            if values and not returned and ref.name in _ENUMERABLE:
                self.used.add("Literal")
                return [literal(values)]
            return self._base(ref.name, returned=returned)
        if ref.kind == "named":
            return [self.names.spell(ref.name)]
        if ref.kind == "array":
            inner = self._spell(ref.items[0], returned, shape, values)
            if returned:
                return [f"{self.builtin('list')}[{inner}]"]
            self.used.add("Sequence")
            return [f"Sequence[{inner}]"]
        out: list[str] = []
        for item in ref.items:
            for member in self._members(item, returned, shape, values):
                if member not in out:
                    out.append(member)
        return out

    def _spell(
        self, ref: TypeRef, returned: bool, shape: str, values: tuple[Value, ...]
    ) -> str:
        members = self._members(ref, returned, shape, values)
        if "Any" in members:
            return "Any"
        return " | ".join(members)

    def param(
        self, ref: TypeRef, shape: str = "", values: tuple[Value, ...] = ()
    ) -> str:
        """The annotation of a parameter: ``Sequence[int]``, ``datetime.date | str``;
        ``object`` is the TypedDict ``shape`` when given, ``values`` a ``Literal``."""
        return self._spell(ref, False, shape, values)

    def returned(self, ref: TypeRef, shape: str = "") -> str:
        """The annotation of a return value: ``list[int]``, ``str`` for dates
        (what the portal sends: enumerations stay their base type)."""
        return self._spell(ref, True, shape, ())
