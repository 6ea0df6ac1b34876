"""Check the loaded spec and build the model; every problem is collected.

Each problem names its file and key path (:class:`SpecError`).  A file with
any problem yields no :class:`Method`; cross-file checks (duplicates, name
collisions) still run over every file whose ``method`` is usable, so one run
reports everything.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from . import naming
from .diagnostics import SpecError
from .introspect import RuntimeInfo
from .loader import ERRORS_FILE, Loaded, SpecFile
from .model import (
    BASE_TYPES,
    NOT_GENERATED,
    Api,
    ErrorCode,
    Field,
    Method,
    Param,
    TypeRef,
    build_tree,
)

__all__ = ["TYPE_EXPECTED", "clean_text", "parse_type", "validate"]

TOP_KEYS = (
    "access",
    "api",
    "curated",
    "deprecated",
    "description",
    "docs",
    "errors",
    "idempotent",
    "method",
    "pagination",
    "params",
    "returns",
    "scope",
    "source",
    "successor",
    "summary",
)
REQUIRED_KEYS = ("method", "scope", "summary", "docs", "returns")
PARAM_KEYS = (
    "description",
    "doc_type",
    "fields",
    "name",
    "python_name",
    "required",
    "type",
)
FIELD_KEYS = ("description", "doc_type", "fields", "name", "required", "type")
REQUIRED_EXPECTED = "true, false or unknown"
V3_DIR = "v3"
"""REST 3.0 specs live in spec/v3/<first segment>/; their Python path starts with ``v3``."""
MAX_FIELD_DEPTH = 8
ERROR_KEYS = ("code", "exception", "meaning", "retry", "status")
RETRY_CLASSES = ("always", "idempotent", "never")
READ_SEGMENTS = frozenset({"get", "list", "fields", "current"})
RETURN_ONLY_FORBIDDEN = ("file", "flag")

TYPE_EXPECTED = "one of: " + ", ".join(BASE_TYPES) + ", or T[] / a | b of them"
IDENTIFIER_EXPECTED = "letters, digits and underscores, not starting with a digit"
_TERM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\s*\[\s*\])*)\Z")
_LOWER_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*\Z")


# -- small helpers -----------------------------------------------------------


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return "date"
    return type(value).__name__


def _got(value: Any) -> str:
    kind = _kind(value)
    if isinstance(value, (list, dict)):
        return f"got a {kind}"
    if value is None:
        return "got null"
    text = repr(value) if isinstance(value, str) else str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"got {kind} {text}"


def _one_of(options: tuple[str, ...] | list[str]) -> str:
    return "one of: " + ", ".join(sorted(options))


def clean_text(text: str) -> str:
    """Strip the text and the end of each line; keep the inner layout."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def parse_type(text: str) -> tuple[TypeRef | None, list[str]]:
    """Parse ``integer[] | string``; returns (type, problems)."""
    members: list[TypeRef] = []
    problems: list[str] = []
    for raw in text.split("|"):
        term = raw.strip()
        match = _TERM.match(term)
        if not match:
            problems.append(f"malformed type expression {text!r}")
            continue
        base, brackets = match.groups()
        if base not in BASE_TYPES:
            problems.append(f"unknown type {base!r}")
            continue
        ref = TypeRef("base", base)
        for _ in range(brackets.count("[")):
            ref = TypeRef("array", items=(ref,))
        if ref in members:
            problems.append(f"type {str(ref)!r} appears twice in {text!r}")
            continue
        members.append(ref)
    if problems:
        return None, problems
    if len(members) == 1:
        return members[0], []
    return TypeRef("union", items=tuple(members)), []


# -- one spec file -----------------------------------------------------------


@dataclass(frozen=True)
class _Identity:
    """What cross-file checks need of a file: its usable method name."""

    rel: str
    name: str
    python_path: tuple[str, ...]
    tree_path: tuple[str, ...]
    """Wire segments, under ``v3`` for REST 3.0 methods."""


class _FileCheck:
    def __init__(self, rel: str, runtime: RuntimeInfo) -> None:
        self.rel = rel
        self.runtime = runtime
        self.problems: list[SpecError] = []

    def err(self, path: str, what: str, expected: str) -> None:
        self.problems.append(SpecError(self.rel, path, what, expected))

    # typed getters: report and return None when the value is unusable

    def _unknown_keys(
        self, data: dict[Any, Any], allowed: tuple[str, ...], prefix: str
    ) -> None:
        for key in data:
            if key in allowed:
                continue
            where = f"{prefix}{key}" if isinstance(key, str) else f"{prefix}{key!r}"
            hint = ""
            if isinstance(key, str):
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
                if close:
                    hint = f", did you mean {close[0]!r}?"
            self.err(where, f"unknown key{hint}", _one_of(allowed))

    def _str(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        required: bool,
        expected: str,
    ) -> str | None:
        if key not in data:
            if required:
                self.err(path, "missing required key", expected)
            return None
        value = data[key]
        if not isinstance(value, str):
            if isinstance(value, bool):
                expected += "; quote it: YAML reads yes/no/on/off as booleans"
            self.err(path, f"wrong value type: {_got(value)}", expected)
            return None
        return value

    def _bool(self, data: dict[str, Any], key: str, path: str) -> bool | None:
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, bool):
            self.err(
                path, f"wrong value type: {_got(value)}", "a boolean: true or false"
            )
            return None
        return value

    def _type(
        self, data: dict[str, Any], key: str, path: str, *, required: bool
    ) -> TypeRef | None:
        text = self._str(
            data, key, path, required=required, expected=f"a type: {TYPE_EXPECTED}"
        )
        if text is None:
            return None
        ref, problems = parse_type(text)
        for problem in problems:
            self.err(path, problem, TYPE_EXPECTED)
        return ref

    # the file

    def check(self, data: Any) -> tuple[Method | None, _Identity | None]:
        if data is None:
            self.err("<top level>", "the file is empty", "a mapping of spec keys")
            return None, None
        if not isinstance(data, dict):
            self.err(
                "<top level>",
                f"wrong value type: {_got(data)}",
                "a mapping of spec keys",
            )
            return None, None
        self._unknown_keys(data, TOP_KEYS, "")

        api = data.get("api", 1)
        if "api" in data and (isinstance(api, bool) or api not in (1, 3)):
            self.err(
                "api", f"wrong value: {_got(api)}", "1 (classic /rest/) or 3 (REST 3.0)"
            )
            api = 1
        identity = self._method_name(data, 3 if api == 3 else 1)
        scopes = self._scopes(data)
        curated = self._bool(data, "curated", "curated")
        access = self._text(data, "access", required=False)
        if access is not None and "\n" in access:
            self.err("access", "more than one line", "a short one-line phrase")
        source = self._str(
            data,
            "source",
            "source",
            required=False,
            expected="the docs page path, e.g. api-reference/crm/deals/crm-deal-add.md",
        )
        if source is not None and (
            not source.endswith(".md")
            or source.startswith("/")
            or ".." in source.split("/")
            or re.search(r"\s", source)
        ):
            self.err(
                "source",
                f"not a docs page path: {source!r}",
                "a relative path ending in .md, e.g. api-reference/crm/deals/crm-deal-add.md",
            )
        summary = self._text(data, "summary", required=True)
        if summary is not None:
            if not summary:
                self.err("summary", "empty string", "a one-line summary")
            elif "\n" in summary:
                self.err(
                    "summary",
                    "more than one line",
                    "a one-line summary; details go in description",
                )
        description = self._text(data, "description", required=False)
        docs = self._str(
            data,
            "docs",
            "docs",
            required=True,
            expected="an https:// URL of the official docs page",
        )
        if docs is not None and (
            not docs.startswith("https://") or re.search(r"\s", docs)
        ):
            self.err(
                "docs",
                f"not an https URL: {docs!r}",
                "an https:// URL of the official docs page",
            )
        idempotent = self._bool(data, "idempotent", "idempotent")
        pagination = self._str(
            data,
            "pagination",
            "pagination",
            required=False,
            expected=_one_of(("none", "offset")),
        )
        if pagination is not None and pagination not in ("none", "offset"):
            self.err(
                "pagination",
                f"unknown pagination {pagination!r}",
                _one_of(("none", "offset")),
            )
            pagination = None
        deprecated = self._bool(data, "deprecated", "deprecated")
        successor = self._str(
            data, "successor", "successor", required=False, expected="a method name"
        )
        if successor is not None:
            if deprecated is not True:
                self.err(
                    "successor",
                    "set without deprecated: true",
                    "deprecated: true alongside successor",
                )
            if not re.fullmatch(r"[^.\s]+(\.[^.\s]+)+", successor):
                self.err(
                    "successor",
                    f"not a method name: {successor!r}",
                    "a dotted REST method name",
                )
        errors = self._errors(data)
        params = self._params(data)
        returns = self._type(data, "returns", "returns", required=True)
        if returns is not None:
            bad = sorted(returns.base_names() & set(RETURN_ONLY_FORBIDDEN))
            for name in bad:
                self.err(
                    "returns",
                    f"type {name!r} is for parameters only",
                    "a return type without file or flag",
                )
            if pagination == "offset" and returns.kind != "array":
                self.err(
                    "returns",
                    f"pagination: offset needs an array return type, got {str(returns)!r}",
                    "an array type T[], e.g. object[]",
                )

        if self.problems or identity is None:
            return None, identity
        assert scopes is not None and summary is not None and docs is not None
        assert returns is not None and params is not None and errors is not None
        if idempotent is None:
            idempotent = identity.name.split(".")[-1] in READ_SEGMENTS
        method = Method(
            name=identity.name,
            file=self.rel,
            python_path=identity.python_path,
            scopes=scopes,
            summary=summary,
            docs=docs,
            returns=returns,
            description=description or "",
            idempotent=idempotent,
            pagination="offset" if pagination == "offset" else "none",
            api=3 if api == 3 else 1,
            deprecated=bool(deprecated),
            successor=successor or "",
            errors=tuple(errors),
            params=tuple(params),
            access=access or "",
            source=source or "",
            curated=bool(curated),
        )
        return method, identity

    def _scopes(self, data: dict[str, Any]) -> tuple[str, ...] | None:
        expected = "the permission scope: a string, or a list of strings"
        if "scope" not in data:
            self.err("scope", "missing required key", expected)
            return None
        value = data["scope"]
        items = value if isinstance(value, list) else [value]
        if isinstance(value, list) and not value:
            self.err("scope", "empty list", expected)
            return None
        out: list[str] = []
        for i, item in enumerate(items):
            where = f"scope[{i}]" if isinstance(value, list) else "scope"
            if not isinstance(item, str):
                self.err(where, f"wrong value type: {_got(item)}", expected)
                return None
            if not item.strip() or re.search(r"\s", item):
                self.err(where, f"not a scope name: {item!r}", "a scope such as crm")
                return None
            if item in out:
                self.err(where, f"duplicate scope {item!r}", "each scope once")
                return None
            out.append(item)
        return tuple(out)

    def _text(self, data: dict[str, Any], key: str, *, required: bool) -> str | None:
        expected = "a one-line string" if key == "summary" else "a string"
        value = self._str(data, key, key, required=required, expected=expected)
        return clean_text(value) if value is not None else None

    def _method_name(self, data: dict[str, Any], api: int) -> _Identity | None:
        name = self._str(
            data,
            "method",
            "method",
            required=True,
            expected="the REST method name, exact case",
        )
        if name is None:
            return None
        segments = name.split(".")
        if not name or re.search(r"\s", name) or any(not s for s in segments):
            self.err(
                "method",
                f"malformed method name {name!r}",
                "dot-separated non-empty segments without spaces",
            )
            return None
        usable = True
        python_path: list[str] = []
        for segment in segments:
            converted = naming.python_attribute(segment)
            if not naming.is_identifier(converted):
                self.err(
                    "method",
                    f"segment {segment!r} is not a valid Python identifier after conversion ({converted!r})",
                    IDENTIFIER_EXPECTED,
                )
                usable = False
            elif converted.startswith("_"):
                self.err(
                    "method",
                    f"segment {segment!r} becomes {converted!r}, which starts with an underscore",
                    "a segment whose Python name starts with a letter",
                )
                usable = False
            python_path.append(converted)
        if api == 3:
            python_path.insert(0, V3_DIR)
        elif python_path[0] == V3_DIR:
            self.err(
                "method",
                f"the first segment {segments[0]!r} is reserved for REST 3.0 methods (client.v3)",
                "a classic method whose first segment is not v3",
            )
            usable = False
        elif python_path[0] in self.runtime.client_names and name not in NOT_GENERATED:
            # client.call is the escape hatch, so call.followup.get is client.call_...
            python_path[0] += "_"
        rel = PurePosixPath(self.rel)
        if rel.name != f"{name}.yaml":
            self.err(
                "method",
                f"{name!r} does not match the file name {rel.name!r}",
                f"the file to be named {name}.yaml",
            )
        parent = rel.parent.as_posix()
        want = f"{V3_DIR}/{segments[0]}" if api == 3 else segments[0]
        if parent != want:
            where = "at the top of spec/" if parent == "." else f"in spec/{parent}/"
            if api == 3 and not parent.startswith(V3_DIR + "/"):
                what = f"a REST 3.0 method (api: 3) {where}"
            elif api != 3 and parent.split("/")[0] == V3_DIR:
                what = f"a classic method (api: 1) {where}; spec/{V3_DIR}/ holds REST 3.0 methods"
            else:
                what = f"the file is {where} but the method's first segment is {segments[0]!r}"
            self.err("method", what, f"spec/{want}/{name}.yaml")
        if not usable:
            return None
        tree = (V3_DIR,) + tuple(segments) if api == 3 else tuple(segments)
        return _Identity(self.rel, name, tuple(python_path), tree)

    def _errors(self, data: dict[str, Any]) -> list[str] | None:
        if "errors" not in data:
            return []
        value = data["errors"]
        expected = 'a list of error code strings ("" for the empty code)'
        if not isinstance(value, list):
            self.err("errors", f"wrong value type: {_got(value)}", expected)
            return None
        codes: list[str] = []
        for i, code in enumerate(value):
            if not isinstance(code, str):
                self.err(
                    f"errors[{i}]",
                    f"wrong value type: {_got(code)}",
                    "a string (quote numeric codes)",
                )
                continue
            if code in codes:
                self.err(
                    f"errors[{i}]", f"duplicate error code {code!r}", "each code once"
                )
                continue
            codes.append(code)
        return codes

    def _required(self, item: dict[str, Any], path: str) -> bool | str | None:
        """``required``: true, false or "unknown" (None when absent or wrong)."""
        if "required" not in item:
            return None
        value = item["required"]
        if isinstance(value, bool) or value == "unknown":
            return value  # type: ignore[no-any-return]
        self.err(path, f"wrong value type: {_got(value)}", REQUIRED_EXPECTED)
        return None

    def _fields(
        self, item: dict[str, Any], path: str, depth: int
    ) -> tuple[Field, ...] | None:
        """The documented keys of an object parameter (recursive); None on a problem."""
        if "fields" not in item:
            return ()
        value = item["fields"]
        expected = "a list of field mappings with name, type, required, description"
        if not isinstance(value, list):
            self.err(path, f"wrong value type: {_got(value)}", expected)
            return None
        if depth >= MAX_FIELD_DEPTH:
            self.err(
                path, f"nested deeper than {MAX_FIELD_DEPTH} levels", "flatter fields"
            )
            return None
        out: list[Field] = []
        seen: dict[str, int] = {}
        ok = True
        for i, entry in enumerate(value):
            prefix = f"{path}[{i}]"
            if not isinstance(entry, dict):
                self.err(prefix, f"wrong value type: {_got(entry)}", expected)
                ok = False
                continue
            before = len(self.problems)
            self._unknown_keys(entry, FIELD_KEYS, prefix + ".")
            name = self._str(
                entry,
                "name",
                prefix + ".name",
                required=True,
                expected="a string: the key, exact case",
            )
            type_ = self._type(entry, "type", prefix + ".type", required=True)
            required = self._required(entry, prefix + ".required")
            doc_type = self._str(
                entry,
                "doc_type",
                prefix + ".doc_type",
                required=False,
                expected="a string",
            )
            description = self._str(
                entry,
                "description",
                prefix + ".description",
                required=False,
                expected="a string",
            )
            nested = self._fields(entry, prefix + ".fields", depth + 1)
            if name is not None:
                if not name:
                    self.err(prefix + ".name", "empty string", "the key's name")
                elif name in seen:
                    self.err(
                        prefix + ".name",
                        f"duplicate field {name!r}, also {path}[{seen[name]}]",
                        "each field once",
                    )
                else:
                    seen[name] = i
            if len(self.problems) != before or name is None or type_ is None:
                ok = False
                continue
            if nested is None:
                ok = False
                continue
            out.append(
                Field(
                    name=name,
                    type=type_,
                    required=None if required == "unknown" else required is True,
                    description=clean_text(description) if description else "",
                    doc_type=doc_type or "",
                    fields=nested,
                )
            )
        return tuple(out) if ok else None

    def _params(self, data: dict[str, Any]) -> list[Param] | None:
        if "params" not in data:
            return []
        value = data["params"]
        if not isinstance(value, list):
            self.err(
                "params",
                f"wrong value type: {_got(value)}",
                "a list of parameter mappings",
            )
            return None
        params: list[Param] = []
        wire_seen: dict[str, int] = {}
        python_seen: dict[str, tuple[int, str]] = {}
        ok = True
        for i, item in enumerate(value):
            prefix = f"params[{i}]"
            if not isinstance(item, dict):
                self.err(
                    prefix,
                    f"wrong value type: {_got(item)}",
                    "a mapping with name, type, required, description",
                )
                ok = False
                continue
            self._unknown_keys(item, PARAM_KEYS, prefix + ".")
            name = self._str(
                item,
                "name",
                prefix + ".name",
                required=True,
                expected="a string: the wire name, exact case",
            )
            type_ = self._type(item, "type", prefix + ".type", required=True)
            required = self._required(item, prefix + ".required")
            doc_type = self._str(
                item,
                "doc_type",
                prefix + ".doc_type",
                required=False,
                expected="a string: the docs' own type name",
            )
            fields = self._fields(item, prefix + ".fields", 0)
            description = self._str(
                item,
                "description",
                prefix + ".description",
                required=False,
                expected="a string",
            )
            override = self._str(
                item,
                "python_name",
                prefix + ".python_name",
                required=False,
                expected="a snake_case identifier",
            )
            if name is None:
                ok = False
                continue
            if not name:
                self.err(
                    prefix + ".name", "empty string", "the wire name of the parameter"
                )
                ok = False
                continue
            if name in wire_seen:
                self.err(
                    prefix + ".name",
                    f"duplicate parameter {name!r}, also params[{wire_seen[name]}]",
                    "each parameter once",
                )
                ok = False
                continue
            wire_seen[name] = i
            if override is not None:
                where = prefix + ".python_name"
                python_name = override
                if not _LOWER_IDENTIFIER.match(override):
                    self.err(
                        where,
                        f"{override!r} is not a lower-case Python identifier",
                        "a snake_case identifier",
                    )
                    ok = False
                    continue
                if override in naming.PARAM_RESERVED:
                    self.err(
                        where,
                        f"{override!r} is a reserved name",
                        "a name other than " + ", ".join(sorted(naming.PARAM_RESERVED)),
                    )
                    ok = False
                    continue
            else:
                where = prefix + ".name"
                python_name = naming.python_param(name)
                if not naming.is_identifier(python_name):
                    self.err(
                        where,
                        f"{name!r} is not a valid Python identifier after conversion ({python_name!r})",
                        IDENTIFIER_EXPECTED + "; or set python_name",
                    )
                    ok = False
                    continue
            if python_name in python_seen:
                j, other = python_seen[python_name]
                self.err(
                    where,
                    f"{name!r} becomes {python_name!r}, which collides with params[{j}] ({other!r})",
                    "distinct Python names; set python_name on one of them",
                )
                ok = False
                continue
            python_seen[python_name] = (i, name)
            if type_ is None:
                ok = False
                continue
            if "flag" in type_.base_names() and type_ != TypeRef("base", "flag"):
                self.err(
                    prefix + ".type",
                    f"flag cannot be part of an array or union: {str(type_)!r}",
                    "flag on its own (a single Y/N value)",
                )
                ok = False
                continue
            if fields is None:
                ok = False
                continue
            params.append(
                Param(
                    name=name,
                    python_name=python_name,
                    type=type_,
                    required=required is True,
                    description=clean_text(description) if description else "",
                    required_unknown=required == "unknown",
                    doc_type=doc_type or "",
                    fields=fields,
                )
            )
        return params if ok else None


# -- across files --------------------------------------------------------------


def _cross_file(identities: list[_Identity]) -> list[SpecError]:
    problems: list[SpecError] = []
    first_file: dict[tuple[str, ...], str] = {}
    # (python parent path, python name) -> (wire segment, file)
    slots: dict[tuple[tuple[str, ...], str], tuple[str, str]] = {}
    clean: list[_Identity] = []
    for ident in identities:
        if ident.tree_path in first_file:
            problems.append(
                SpecError(
                    ident.rel,
                    "method",
                    f"duplicate method {ident.name!r}, also defined in spec/{first_file[ident.tree_path]}",
                    "each method in exactly one file",
                )
            )
            continue
        first_file[ident.tree_path] = ident.rel
        segments = ident.tree_path
        collided = False
        for depth, (segment, python) in enumerate(
            zip(segments, ident.python_path, strict=False)
        ):
            key = (ident.python_path[:depth], python)
            taken = slots.get(key)
            if taken is None:
                slots[key] = (segment, ident.rel)
            elif taken[0] != segment:
                problems.append(
                    SpecError(
                        ident.rel,
                        "method",
                        f"segment {segment!r} becomes {python!r}, which collides with sibling "
                        f"segment {taken[0]!r} of spec/{taken[1]}",
                        "sibling namespace segments with distinct Python names",
                    )
                )
                collided = True
                break
        if not collided:
            clean.append(ident)

    # Generated class and constant names must be unique too
    # (crm.dealItem and crm.deal.item would both be CrmDealItem).
    classes: dict[str, tuple[tuple[str, ...], str]] = {
        name: ((), "") for name in ("AsyncBatch", "AsyncBitrix24", "Batch", "Bitrix24")
    }
    constants: dict[str, tuple[str, str]] = {}
    for ident in clean:
        const = naming.constant_name(ident.python_path)
        other = constants.setdefault(const, (ident.name, ident.rel))
        if other[0] != ident.name:
            problems.append(
                SpecError(
                    ident.rel,
                    "method",
                    f"the method's constant {const} collides with that of {other[0]!r} (spec/{other[1]})",
                    "method names that stay distinct when their segments are joined",
                )
            )
            continue
        for depth in range(1, len(ident.python_path)):
            node = ident.python_path[:depth]
            base = naming.class_name(node)
            clash = None
            for cls in (base, "Async" + base, "Batch" + base):
                seen = classes.setdefault(cls, (node, ident.rel))
                if seen[0] != node:
                    clash = cls, seen
                    break
            if clash is not None:
                cls, seen = clash
                owner = (
                    "the client"
                    if not seen[1]
                    else f"{'.'.join(seen[0])!r} (spec/{seen[1]})"
                )
                problems.append(
                    SpecError(
                        ident.rel,
                        "method",
                        f"namespace {'.'.join(node)!r} gets the class name {cls}, already used by {owner}",
                        "namespace paths that stay distinct when their segments are joined",
                    )
                )
                break
    return problems


# -- spec/_errors.yaml -----------------------------------------------------------


def _error_codes(
    spec: SpecFile | None, found: bool, runtime: RuntimeInfo
) -> tuple[list[ErrorCode], list[SpecError]]:
    check = _FileCheck(ERRORS_FILE, runtime)
    codes: list[ErrorCode] = []
    if spec is None:
        if not found:
            check.err(
                "<file>",
                "missing",
                "spec/_errors.yaml mapping error codes to exceptions",
            )
        return codes, check.problems
    data = spec.data
    if not isinstance(data, dict):
        check.err(
            "<top level>",
            f"wrong value type: {_got(data)}",
            "a mapping with the key errors",
        )
        return codes, check.problems
    check._unknown_keys(data, ("errors",), "")
    entries = data.get("errors")
    if not isinstance(entries, list):
        if "errors" not in data:
            check.err("errors", "missing required key", "a list of error code mappings")
        else:
            check.err(
                "errors",
                f"wrong value type: {_got(entries)}",
                "a list of error code mappings",
            )
        return codes, check.problems
    known = runtime.exceptions
    where_known = "a class defined in generator/runtime/_core/errors.py"
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        prefix = f"errors[{i}]"
        if not isinstance(entry, dict):
            check.err(
                prefix,
                f"wrong value type: {_got(entry)}",
                "a mapping with code, exception, retry",
            )
            continue
        before = len(check.problems)
        check._unknown_keys(entry, ERROR_KEYS, prefix + ".")
        code = check._str(
            entry,
            "code",
            prefix + ".code",
            required=True,
            expected='a string ("" for the empty code)',
        )
        exception = check._str(
            entry,
            "exception",
            prefix + ".exception",
            required=True,
            expected=where_known,
        )
        retry = check._str(
            entry,
            "retry",
            prefix + ".retry",
            required=True,
            expected=_one_of(RETRY_CLASSES),
        )
        meaning = check._str(
            entry, "meaning", prefix + ".meaning", required=False, expected="a string"
        )
        status = entry.get("status")
        if "status" in entry and (
            isinstance(status, bool)
            or not isinstance(status, int)
            or not 100 <= status <= 599
        ):
            check.err(
                prefix + ".status",
                f"wrong value: {_got(status)}",
                "an HTTP status code, 100-599",
            )
        if exception is not None:
            if known is None:
                check.err(
                    prefix + ".exception",
                    f"cannot check {exception!r}: generator/runtime/_core/errors.py is missing",
                    where_known,
                )
            elif exception not in known:
                check.err(
                    prefix + ".exception",
                    f"unknown exception class {exception!r}",
                    where_known + ": " + ", ".join(sorted(known)),
                )
        if retry is not None and retry not in RETRY_CLASSES:
            check.err(
                prefix + ".retry",
                f"unknown retry class {retry!r}",
                _one_of(RETRY_CLASSES),
            )
        if code is not None:
            key = code.lower()
            if key in seen:
                check.err(
                    prefix + ".code",
                    f"duplicate code {code!r} (compared case-insensitively), also errors[{seen[key]}]",
                    "each code once",
                )
            else:
                seen[key] = i
        if len(check.problems) == before:
            assert code is not None and exception is not None and retry is not None
            codes.append(
                ErrorCode(
                    code=code,
                    exception=exception,
                    retry=retry,  # type: ignore[arg-type]
                    status=status if isinstance(status, int) else None,
                    meaning=clean_text(meaning) if meaning else "",
                )
            )
    return codes, check.problems


# -- entry point ------------------------------------------------------------------


def validate(
    loaded: Loaded, runtime: RuntimeInfo
) -> tuple[Api | None, list[SpecError]]:
    """Check everything; return the model (None on any problem) and the problems.

    Problems are sorted by file, in the order found within a file.
    """
    problems = list(loaded.problems)
    methods: list[Method] = []
    identities: list[_Identity] = []
    for spec in loaded.files:
        check = _FileCheck(spec.rel, runtime)
        method, identity = check.check(spec.data)
        problems.extend(check.problems)
        if identity is not None:
            identities.append(identity)
        if method is not None:
            methods.append(method)
    problems.extend(_cross_file(identities))
    error_present = loaded.errors_file is not None or any(
        p.file == ERRORS_FILE for p in problems
    )
    codes, error_problems = _error_codes(loaded.errors_file, error_present, runtime)
    problems.extend(error_problems)
    problems.sort(key=lambda p: p.file)
    if problems:
        return None, problems
    methods.sort(key=lambda m: (m.api, m.name))
    generated = [m for m in methods if not (m.api == 1 and m.name in NOT_GENERATED)]
    skipped = tuple(
        (m, NOT_GENERATED[m.name])
        for m in methods
        if m.api == 1 and m.name in NOT_GENERATED
    )
    return (
        Api(
            root=build_tree(generated),
            methods=tuple(generated),
            errors=tuple(codes),
            not_generated=skipped,
        ),
        [],
    )
