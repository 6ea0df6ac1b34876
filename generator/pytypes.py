"""Spec type expressions -> Python annotations (parameters and return values)."""

from __future__ import annotations

from .model import TypeRef

__all__ = ["BUILTIN_TYPE_NAMES", "TypeWriter", "returns_word"]

BUILTIN_TYPE_NAMES = frozenset({"bool", "dict", "float", "int", "list", "str", "tuple"})

_SCALAR_RETURNS = frozenset({"integer", "boolean", "string", "number", "any"})


def returns_word(ref: TypeRef) -> str:
    """``MethodInfo.returns``: the scalar type name, else ``any``."""
    if ref.kind == "base" and ref.name in _SCALAR_RETURNS:
        return ref.name
    return "any"


class TypeWriter:
    """Spells annotations for one class body.

    ``shadowed`` are the attribute names the class defines: a method called
    ``list`` hides the builtin from the annotations of the class body, so
    those builtins are spelt ``builtins.list``.  ``used`` collects what the
    module must import (``Any``, ``Sequence``, ``datetime``, ``builtins``).
    """

    def __init__(self, shadowed: frozenset[str] = frozenset()) -> None:
        self.shadowed = shadowed & BUILTIN_TYPE_NAMES
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

    def _members(self, ref: TypeRef, *, returned: bool) -> list[str]:
        if ref.kind == "base":
            return self._base(ref.name, returned=returned)
        if ref.kind == "named":
            return self._base("object", returned=returned)
        if ref.kind == "array":
            inner = self._spell(ref.items[0], returned=returned)
            if returned:
                return [f"{self.builtin('list')}[{inner}]"]
            self.used.add("Sequence")
            return [f"Sequence[{inner}]"]
        out: list[str] = []
        for item in ref.items:
            for member in self._members(item, returned=returned):
                if member not in out:
                    out.append(member)
        return out

    def _spell(self, ref: TypeRef, *, returned: bool) -> str:
        members = self._members(ref, returned=returned)
        if "Any" in members:
            return "Any"
        return " | ".join(members)

    def param(self, ref: TypeRef) -> str:
        """The annotation of a parameter: ``Sequence[int]``, ``datetime.date | str``."""
        return self._spell(ref, returned=False)

    def returned(self, ref: TypeRef) -> str:
        """The annotation of a return value: ``list[int]``, ``str`` for dates."""
        return self._spell(ref, returned=True)
