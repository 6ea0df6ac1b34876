"""A method's ``params:`` list: names, Python names, types and fields."""

from __future__ import annotations

import re
from typing import Any

from .. import naming
from ..model import Param, TypeRef
from .base import Checker, clean_text, got
from .fields import (
    FIELDS_NEED_OBJECT,
    check_default,
    check_fields,
    check_values,
    has_object,
)

__all__ = ["IDENTIFIER_EXPECTED", "PARAM_KEYS", "check_params"]

PARAM_KEYS = (
    "default",
    "description",
    "doc_type",
    "fields",
    "name",
    "python_name",
    "required",
    "type",
    "user_fields",
    "values",
)
IDENTIFIER_EXPECTED = "letters, digits and underscores, not starting with a digit"
_LOWER_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*\Z")


def check_params(
    check: Checker, data: dict[str, Any], owner: str
) -> list[Param] | None:
    """The parameters; None on a problem.  ``owner`` is the method's class name
    (``CrmDealAdd``): an object parameter with fields gets the TypedDict
    ``owner`` + the parameter in PascalCase (``CrmDealAddFields``)."""
    if "params" not in data:
        return []
    value = data["params"]
    if not isinstance(value, list):
        check.err(
            "params",
            f"wrong value type: {got(value)}",
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
            check.err(
                prefix,
                f"wrong value type: {got(item)}",
                "a mapping with name, type, required, description",
            )
            ok = False
            continue
        check.unknown_keys(item, PARAM_KEYS, prefix + ".")
        name = check.string(
            item,
            "name",
            prefix + ".name",
            required=True,
            expected="a string: the wire name, exact case",
        )
        type_ = check.type_expr(item, "type", prefix + ".type", required=True)
        required = check.required(item, prefix + ".required")
        doc_type = check.string(
            item,
            "doc_type",
            prefix + ".doc_type",
            required=False,
            expected="a string: the docs' own type name",
        )
        shape = owner + naming.pascal_case(name) if name else ""
        fields = check_fields(check, item, prefix + ".fields", 0, shape)
        values = check_values(check, item, prefix + ".values", type_)
        default = check_default(check, item, prefix + ".default", values)
        user_fields = check.boolean(item, "user_fields", prefix + ".user_fields")
        description = check.string(
            item,
            "description",
            prefix + ".description",
            required=False,
            expected="a string",
        )
        override = check.string(
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
            check.err(
                prefix + ".name", "empty string", "the wire name of the parameter"
            )
            ok = False
            continue
        if name in wire_seen:
            check.err(
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
                check.err(
                    where,
                    f"{override!r} is not a lower-case Python identifier",
                    "a snake_case identifier",
                )
                ok = False
                continue
            if override in naming.PARAM_RESERVED:
                check.err(
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
                check.err(
                    where,
                    f"{name!r} is not a valid Python identifier after conversion ({python_name!r})",
                    IDENTIFIER_EXPECTED + "; or set python_name",
                )
                ok = False
                continue
        if python_name in python_seen:
            j, other = python_seen[python_name]
            check.err(
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
            check.err(
                prefix + ".type",
                f"flag cannot be part of an array or union: {str(type_)!r}",
                "flag on its own (a single Y/N value)",
            )
            ok = False
            continue
        if fields and not has_object(type_):
            check.err(
                prefix + ".fields",
                f"keys listed for the type {str(type_)!r}",
                FIELDS_NEED_OBJECT,
            )
            ok = False
            continue
        if user_fields and not any(
            m.kind == "named" or m == TypeRef("base", "object") for m in type_.members()
        ):
            check.err(
                prefix + ".user_fields",
                f"portal fields cannot be merged into the type {str(type_)!r}",
                "user_fields on an object parameter (object, or a named type)",
            )
            ok = False
            continue
        if fields is None or values is None or default is None:
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
                values=values,
                default=default,
                shape=shape if fields else "",
                user_fields="user_fields" if user_fields else "",
            )
        )
    return params if ok else None
