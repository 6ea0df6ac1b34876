"""One method spec file: its keys, its name and place, and its Method."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import Any

from .. import naming
from ..model import NOT_GENERATED, Method
from .base import Checker, got, one_of
from .fields import FIELDS_NEED_OBJECT, check_fields, has_object
from .params import IDENTIFIER_EXPECTED, check_params
from .rules import check_alternatives, check_conflicts

__all__ = ["TOP_KEYS", "V3_DIR", "Identity", "MethodCheck"]

TOP_KEYS = (
    "access",
    "alternatives",
    "api",
    "conflicts",
    "curated",
    "deprecated",
    "description",
    "docs",
    "errors",
    "idempotent",
    "method",
    "pagination",
    "params",
    "result_fields",
    "returns",
    "scope",
    "source",
    "successor",
    "summary",
)
V3_DIR = "v3"
"""REST 3.0 specs live in spec/v3/<first segment>/; their Python path starts with ``v3``."""
READ_SEGMENTS = frozenset({"get", "list", "fields", "current"})
RETURN_ONLY_FORBIDDEN = ("file", "flag")


@dataclass(frozen=True)
class Identity:
    """What cross-file checks need of a file: its usable method name."""

    rel: str
    name: str
    python_path: tuple[str, ...]
    tree_path: tuple[str, ...]
    """Wire segments, under ``v3`` for REST 3.0 methods."""


class MethodCheck(Checker):
    """One method spec: :meth:`check` gives its Method and identity."""

    def check(self, data: Any) -> tuple[Method | None, Identity | None]:
        if data is None:
            self.err("<top level>", "the file is empty", "a mapping of spec keys")
            return None, None
        if not isinstance(data, dict):
            self.err(
                "<top level>",
                f"wrong value type: {got(data)}",
                "a mapping of spec keys",
            )
            return None, None
        self.unknown_keys(data, TOP_KEYS, "")

        api = data.get("api", 1)
        if "api" in data and (isinstance(api, bool) or api not in (1, 3)):
            self.err(
                "api", f"wrong value: {got(api)}", "1 (classic /rest/) or 3 (REST 3.0)"
            )
            api = 1
        identity = self._method_name(data, 3 if api == 3 else 1)
        scopes = self._scopes(data)
        curated = self.boolean(data, "curated", "curated")
        access = self.text(data, "access", required=False)
        if access is not None and "\n" in access:
            self.err("access", "more than one line", "a short one-line phrase")
        source = self.source(data)
        summary = self.text(data, "summary", required=True)
        if summary is not None:
            if not summary:
                self.err("summary", "empty string", "a one-line summary")
            elif "\n" in summary:
                self.err(
                    "summary",
                    "more than one line",
                    "a one-line summary; details go in description",
                )
        description = self.text(data, "description", required=False)
        docs = self.docs(data, required=True)
        idempotent = self.boolean(data, "idempotent", "idempotent")
        pagination = self.string(
            data,
            "pagination",
            "pagination",
            required=False,
            expected=one_of(("none", "offset")),
        )
        if pagination is not None and pagination not in ("none", "offset"):
            self.err(
                "pagination",
                f"unknown pagination {pagination!r}",
                one_of(("none", "offset")),
            )
            pagination = None
        deprecated = self.boolean(data, "deprecated", "deprecated")
        successor = self.string(
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
        owner = naming.class_name(identity.python_path) if identity else ""
        params = check_params(self, data, owner)
        alternatives = check_alternatives(self, data, params)
        conflicts = check_conflicts(self, data)
        returns = self.type_expr(data, "returns", "returns", required=True)
        result_fields = check_fields(
            self, data, "result_fields", 0, owner + "Result", key="result_fields"
        )
        if result_fields and returns is not None and not has_object(returns):
            self.err(
                "result_fields",
                f"keys listed for the return type {str(returns)!r}",
                FIELDS_NEED_OBJECT,
            )
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
        assert alternatives is not None and conflicts is not None
        assert result_fields is not None
        optional = {name for group in alternatives for name in group}
        if optional:  # any documented way to call type-checks; checked at call time
            params = [
                replace(p, required=False) if p.name in optional else p for p in params
            ]
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
            result_fields=result_fields,
            result_shape=owner + "Result" if result_fields else "",
            alternatives=alternatives,
            conflicts=conflicts,
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
                self.err(where, f"wrong value type: {got(item)}", expected)
                return None
            if not item.strip() or re.search(r"\s", item):
                self.err(where, f"not a scope name: {item!r}", "a scope such as crm")
                return None
            if item in out:
                self.err(where, f"duplicate scope {item!r}", "each scope once")
                return None
            out.append(item)
        return tuple(out)

    def _method_name(self, data: dict[str, Any], api: int) -> Identity | None:
        name = self.string(
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
        return Identity(self.rel, name, tuple(python_path), tree)

    def _errors(self, data: dict[str, Any]) -> list[str] | None:
        if "errors" not in data:
            return []
        value = data["errors"]
        expected = 'a list of error code strings ("" for the empty code)'
        if not isinstance(value, list):
            self.err("errors", f"wrong value type: {got(value)}", expected)
            return None
        codes: list[str] = []
        for i, code in enumerate(value):
            if not isinstance(code, str):
                self.err(
                    f"errors[{i}]",
                    f"wrong value type: {got(code)}",
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
