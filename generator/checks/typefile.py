"""One named type file: ``spec/_types/<scope>/<TypeName>.yaml``."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

from .. import naming
from ..loader import TYPES_DIR
from ..model import TypeDef
from .base import Checker, got
from .fields import check_fields
from .typeexpr import TYPE_NAME

__all__ = ["RESERVED_TYPE_NAMES", "TYPES_DIR", "TYPE_KEYS", "TypeFileCheck"]


TYPE_KEYS = (
    "curated",
    "description",
    "docs",
    "fields",
    "scope",
    "source",
    "summary",
    "type",
    "user_fields",
)
RESERVED_TYPE_NAMES = frozenset(
    {"Any", "Literal", "NotRequired", "ReadOnly", "Required", "Sequence", "TypedDict"}
)
"""Names the types modules import: a type of that name would hide them."""
_MODULE = re.compile(r"[a-z][a-z0-9_]*\Z")


class TypeFileCheck(Checker):
    """A named type: :meth:`check` gives its :class:`TypeDef` (uses not yet known)."""

    def check(self, data: Any) -> TypeDef | None:
        if not isinstance(data, dict):
            what = (
                "the file is empty"
                if data is None
                else f"wrong value type: {got(data)}"
            )
            self.err("<top level>", what, "a mapping with type, scope, summary, fields")
            return None
        self.unknown_keys(data, TYPE_KEYS, "")
        name = self._name(data)
        scope = self._scope(data)
        summary = self.text(data, "summary", required=True)
        if summary is not None and "\n" in summary:
            self.err(
                "summary",
                "more than one line",
                "a one-line summary; details go in description",
            )
        description = self.text(data, "description", required=False)
        docs = self.docs(data, required=False)
        source = self.source(data)
        user_fields = self.boolean(data, "user_fields", "user_fields")
        self.boolean(data, "curated", "curated")
        if "fields" not in data:
            self.err("fields", "missing required key", "a list of the type's keys")
        elif data["fields"] == []:
            self.err("fields", "empty list", "at least one key")
        fields = check_fields(self, data, "fields", 0, name or "")
        if self.problems:
            return None
        assert name is not None and scope is not None and fields is not None
        return TypeDef(
            name=name,
            module=scope,
            fields=fields,
            file=self.rel,
            path="",
            summary=summary or "",
            description=description or "",
            docs=docs or "",
            source=source or "",
            user_fields=bool(user_fields),
        )

    def _name(self, data: dict[str, Any]) -> str | None:
        name = self.string(
            data, "type", "type", required=True, expected="the type's name, PascalCase"
        )
        if name is None:
            return None
        if not TYPE_NAME.match(name):
            self.err(
                "type",
                f"{name!r} is not a type name",
                "an identifier starting with an upper-case letter, e.g. CrmDeal",
            )
            return None
        if name in RESERVED_TYPE_NAMES:
            self.err(
                "type",
                f"{name!r} is a reserved name",
                "a name other than " + ", ".join(sorted(RESERVED_TYPE_NAMES)),
            )
            return None
        stem = PurePosixPath(self.rel).name.removesuffix(".yaml")
        if stem != name:
            self.err(
                "type",
                f"{name!r} does not match the file name {stem + '.yaml'!r}",
                f"the file to be named {name}.yaml",
            )
            return None
        return name

    def _scope(self, data: dict[str, Any]) -> str | None:
        scope = self.string(
            data,
            "scope",
            "scope",
            required=True,
            expected="the types module, e.g. crm (b24client.types.crm)",
        )
        if scope is None:
            return None
        if not _MODULE.match(scope) or scope in naming.KEYWORDS:
            self.err(
                "scope",
                f"{scope!r} is not a module name",
                "lower-case letters, digits and underscores, e.g. crm",
            )
            return None
        parts = PurePosixPath(self.rel).parts
        if parts[1:-1] != (scope,):
            self.err(
                "scope",
                f"the file is in spec/{'/'.join(parts[:-1])}/ but its scope is {scope!r}",
                f"spec/{TYPES_DIR}/{scope}/{parts[-1]}",
            )
            return None
        return scope
