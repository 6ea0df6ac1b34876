"""The spec as the replay sees it: methods, named types, and what a value must be.

Read with the generator's own loader (``generator.loader.load_spec_dir``) but
interpreted here, so that the replay measures the spec format v2 (named
types under ``spec/_types/``, ``values``, ``alternatives``, ``result_fields``,
``user_fields``) whether or not the generator renders it yet.

Two directions of checking, as the generated package types them:

- ``param``: what a user passes, as mypy would judge the docs' value written
  in Python: ``integer`` takes an int (not ``"5"``), ``flag`` takes ``"Y"``/``"N"``
  or a bool, ``values`` are Literals, object keys are closed (a documented
  object takes only its documented keys, plus portal fields where
  ``user_fields: true``), required keys must be there;
- ``result``: what the portal sends, against the annotation: the same JSON
  types (``null`` only where the type says so), keys closed except portal
  fields (read with ``.get()``), a ``Required`` key (the one key of a
  wrapped answer) must be there;
  enumerations are plain strings there.

A value of no known type (:data:`UNKNOWN`: ``now.toISOString()``) passes every
check; a PHP ``[]`` (:data:`EMPTY`) is an empty list or an empty object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from generator.importer.literals import EMPTY, UNKNOWN
from generator.importer.wire import is_user_field
from generator.loader import load_spec_dir

__all__ = [
    "Checker",
    "FieldSpec",
    "MethodSpec",
    "SpecView",
    "TypeExpr",
    "parse_type",
]

Direction = Literal["param", "result"]

TYPES_DIR = "_types/"


@dataclass(frozen=True)
class TypeExpr:
    """``base`` (lower-case name), ``named`` (a type under _types), ``array`` or ``union``."""

    kind: str
    name: str = ""
    items: tuple[TypeExpr, ...] = ()

    def __str__(self) -> str:
        if self.kind in ("base", "named"):
            return self.name
        if self.kind == "array":
            return f"{self.items[0]}[]"
        return " | ".join(str(i) for i in self.items)


def parse_type(text: str) -> TypeExpr:
    members = [m.strip() for m in str(text).split("|") if m.strip()]
    parsed: list[TypeExpr] = []
    for member in members:
        depth = 0
        while member.endswith("[]"):
            member = member[:-2].strip()
            depth += 1
        kind = "named" if member[:1].isupper() else "base"
        expr = TypeExpr(kind, member)
        for _ in range(depth):
            expr = TypeExpr("array", items=(expr,))
        parsed.append(expr)
    if len(parsed) == 1:
        return parsed[0]
    return TypeExpr("union", items=tuple(parsed))


@dataclass(frozen=True)
class FieldSpec:
    """A parameter or an object key."""

    name: str
    type: TypeExpr
    required: bool | None = False
    values: tuple[Any, ...] = ()
    fields: tuple[FieldSpec, ...] | None = None
    """Documented keys of an inline object (None: not documented)."""
    user_fields: bool = False


@dataclass
class MethodSpec:
    name: str
    file: str
    api: int = 1
    params: tuple[FieldSpec, ...] = ()
    alternatives: tuple[tuple[str, ...], ...] = ()
    returns: TypeExpr = field(default_factory=lambda: TypeExpr("base", "any"))
    result_fields: tuple[FieldSpec, ...] | None = None
    pagination: str = "none"
    curated: bool = False


def _field(data: Any) -> FieldSpec | None:
    if not isinstance(data, dict) or "name" not in data:
        return None
    raw = data.get("fields")
    nested = _fields(raw) if isinstance(raw, list) else None
    values = data.get("values")
    required = data.get("required", False)
    return FieldSpec(
        name=str(data["name"]),
        type=parse_type(data.get("type", "any")),
        required=None if required == "unknown" else bool(required),
        values=tuple(values) if isinstance(values, list) else (),
        fields=nested,
        user_fields=data.get("user_fields") is True,
    )


def _fields(items: list[Any]) -> tuple[FieldSpec, ...]:
    out = [_field(item) for item in items]
    return tuple(f for f in out if f is not None)


@dataclass
class NamedType:
    name: str
    fields: tuple[FieldSpec, ...]
    user_fields: bool = False


class SpecView:
    """Every method spec and named type of one spec directory."""

    def __init__(self, spec_dir: Path) -> None:
        loaded = load_spec_dir(spec_dir)
        self.methods: dict[str, list[MethodSpec]] = {}
        self.types: dict[str, NamedType] = {}
        self.count = 0
        # the v2 loader keeps named types apart (type_files); v1 lists them as files
        files = list(loaded.files) + list(getattr(loaded, "type_files", []))
        for spec_file in files:
            data = spec_file.data
            if not isinstance(data, dict):
                continue
            if spec_file.rel.startswith(TYPES_DIR):
                name = str(data.get("type", ""))
                raw = data.get("fields")
                self.types[name] = NamedType(
                    name,
                    _fields(raw) if isinstance(raw, list) else (),
                    data.get("user_fields") is True,
                )
                continue
            if "method" not in data:
                continue
            raw_params = data.get("params")
            raw_result = data.get("result_fields")
            alternatives = data.get("alternatives") or []
            method = MethodSpec(
                name=str(data["method"]),
                file=spec_file.rel,
                api=int(data.get("api", 1)),
                params=_fields(raw_params) if isinstance(raw_params, list) else (),
                alternatives=tuple(
                    tuple(str(n) for n in group)
                    for group in alternatives
                    if isinstance(group, list)
                ),
                returns=parse_type(data.get("returns", "any")),
                result_fields=(
                    _fields(raw_result) if isinstance(raw_result, list) else None
                ),
                pagination=str(data.get("pagination", "none")),
                curated=data.get("curated") is True,
            )
            self.count += 1
            self.methods.setdefault(method.name.lower(), []).append(method)

    def method(self, name: str, api: int) -> MethodSpec | None:
        candidates = self.methods.get(name.lower(), [])
        exact = [m for m in candidates if m.name == name]
        for pool in (exact, candidates):
            for method in pool:
                if method.api == api:
                    return method
        pool = exact or candidates
        return pool[0] if pool else None

    def all_methods(self) -> list[MethodSpec]:
        return [m for ms in self.methods.values() for m in ms]


@dataclass
class Miss:
    """One disagreement: a class (for the summary) and where."""

    klass: str
    path: str
    detail: str = ""


_SCALAR_OK: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "date": (str,),
    "datetime": (str,),
    "boolean": (bool,),
}


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if value is EMPTY:
        return "[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "?"


class Checker:
    """Checks values against type expressions of one :class:`SpecView`."""

    def __init__(self, view: SpecView, direction: Direction) -> None:
        self.view = view
        self.direction = direction

    def value(
        self,
        value: Any,
        expr: TypeExpr,
        path: str,
        *,
        fields: tuple[FieldSpec, ...] | None = None,
        values: tuple[Any, ...] = (),
        user_fields: bool = False,
        depth: int = 0,
    ) -> list[Miss]:
        """The misses of ``value`` against ``expr`` (empty when it fits)."""
        if value is UNKNOWN or depth > 40:
            return []
        if expr.kind == "union":
            best: list[Miss] | None = None
            for member in expr.items:
                misses = self.value(
                    value,
                    member,
                    path,
                    fields=fields,
                    values=values,
                    user_fields=user_fields,
                    depth=depth,
                )
                if not misses:
                    return []
                if best is None or len(misses) < len(best):
                    best = misses
            return best or []
        if expr.kind == "array":
            if value is EMPTY:
                return []
            if not isinstance(value, list):
                return [self._type_miss(value, expr, path)]
            out: list[Miss] = []
            for _i, item in enumerate(value):
                out += self.value(
                    item,
                    expr.items[0],
                    f"{path}[]",
                    fields=fields,
                    values=values,
                    user_fields=user_fields,
                    depth=depth + 1,
                )
                if out:
                    break
            return out
        if expr.kind == "named":
            named = self.view.types.get(expr.name)
            if named is None:
                return [Miss("unknown named type", path, expr.name)]
            return self.value(
                value,
                TypeExpr("base", "object"),
                path,
                fields=named.fields,
                user_fields=named.user_fields,
                depth=depth,
            )
        return self._base(value, expr, path, fields, values, user_fields, depth)

    def _type_miss(self, value: Any, expr: TypeExpr, path: str) -> Miss:
        got = _json_kind(value)
        want = str(expr)
        if value is None:
            return Miss(f"{self.direction}: null where {want}", path)
        if got == "array" and value == [] and "object" in want:
            return Miss(f"{self.direction}: empty object sent as []", path)
        return Miss(f"{self.direction}: {got} where {want}", path, repr(value)[:60])

    def _base(
        self,
        value: Any,
        expr: TypeExpr,
        path: str,
        fields: tuple[FieldSpec, ...] | None,
        values: tuple[Any, ...],
        user_fields: bool,
        depth: int,
    ) -> list[Miss]:
        name = expr.name
        if name == "any" or (name == "null" and value is None):
            return []
        if name == "flag":
            if value in ("Y", "N") or isinstance(value, bool):
                return []
            return [self._type_miss(value, TypeExpr("base", "Y | N"), path)]
        if name == "file":
            if (
                isinstance(value, list)
                and len(value) == 2
                and all(isinstance(v, str) or v is UNKNOWN for v in value)
            ):
                return []
            return [self._type_miss(value, expr, path)]
        if name == "object":
            if value is EMPTY:
                return []
            if not isinstance(value, dict):
                return [self._type_miss(value, expr, path)]
            if fields is None:
                return []
            return self.keys(value, fields, path, user_fields, depth)
        allowed = _SCALAR_OK.get(name)
        if allowed is None:
            return [Miss("unknown base type", path, name)]
        if isinstance(value, bool) and bool not in allowed:
            return [self._type_miss(value, expr, path)]
        if not isinstance(value, allowed):
            return [self._type_miss(value, expr, path)]
        if values and self.direction == "param" and value not in values:
            return [Miss("param: value not in the enumeration", path, repr(value))]
        return []

    def keys(
        self,
        value: dict[str, Any],
        fields: tuple[FieldSpec, ...],
        path: str,
        user_fields: bool,
        depth: int,
    ) -> list[Miss]:
        """A dict against documented keys: closed, required keys present."""
        by_name = {f.name: f for f in fields}
        out: list[Miss] = []
        for key, item in value.items():
            spec = by_name.get(key)
            where = f"{path}.{key}"
            if spec is None:
                if is_user_field(key) and (user_fields or self.direction == "result"):
                    continue  # portal fields: a keyword on params, .get() on results
                lowered = {f.name.lower(): f.name for f in fields}
                if key.lower() in lowered:
                    out.append(
                        Miss(
                            f"{self.direction}: nested key case differs",
                            where,
                            lowered[key.lower()],
                        )
                    )
                elif is_user_field(key):
                    out.append(
                        Miss(f"{self.direction}: portal field, no user_fields", where)
                    )
                else:
                    out.append(Miss(f"{self.direction}: unknown nested key", where))
                continue
            out += self.value(
                item,
                spec.type,
                where,
                fields=spec.fields,
                values=spec.values,
                user_fields=spec.user_fields,
                depth=depth + 1,
            )
        for spec in fields:
            if spec.required and spec.name not in value:
                out.append(
                    Miss(
                        f"{self.direction}: required nested key missing",
                        f"{path}.{spec.name}",
                    )
                )
        return out
