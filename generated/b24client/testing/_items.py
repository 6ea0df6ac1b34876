# Source: generator/runtime/testing/_items.py (hand-written; copied into the package by make generate).
"""``crm.item.*`` for deals (entityTypeId 2): the universal API over the deal rows.

The rows are the ones ``crm.deal.*`` serves, shown as the universal API shows
them: camelCase names (``stageId``; ``createdTime`` for ``DATE_CREATE``),
typed values (IDs and amounts as numbers), ``contactIds`` from the deal's
contact links, answers wrapped as ``{"item": …}`` and ``{"items": […]}``.
``filter``, ``order`` and ``select`` name camelCase fields and are translated
to deal columns, so listing runs the code of ``crm.deal.list`` (its filter
operators, 50 rows a page, ``start=-1``). Names match case-insensitively;
nested filters (``logic``) are refused. Other entity types answer 400
``NOT_FOUND``: this fake portal keeps deals only.

User fields: ``UF_CRM_<n>`` is ``ufCrm_<n>`` and ``UF_CRM_<t>_<n>`` is
``ufCrm<t>_<n>`` (``useOriginalUfNames=Y`` keeps the originals in answers;
both forms are read); other ``UF_`` names pass unchanged. ``PARENT_ID_<t>``
is ``parentId<t>``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._errors import ApiError, missing_param
from ._outcome import Outcome
from ._store import DEAL_FIELDS, INT_TYPES, positive_int, split_filter_key
from ._wire import as_mapping, names_param, param, start_param, truthy

if TYPE_CHECKING:
    from ._portal import Portal
    from ._store import Store

__all__ = [
    "DEAL_TYPE_ID",
    "item_add",
    "item_get",
    "item_list",
    "item_update",
    "item_delete",
    "item_fields",
]

DEAL_TYPE_ID = 2
"""The ``entityTypeId`` of deals: the only type this fake portal serves."""

_RENAMED = {
    "DATE_CREATE": "createdTime",
    "DATE_MODIFY": "updatedTime",
    "CREATED_BY_ID": "createdBy",
    "MODIFY_BY_ID": "updatedBy",
    "MOVED_BY_ID": "movedBy",
}
"""Deal columns whose universal name is not their camelCase form."""

_CONTACT_IDS = "CONTACT_IDS"
"""Not a row column: the deal's contact links, in their order."""


def _camel(column: str) -> str:
    head, *rest = column.lower().split("_")
    return head + "".join(part.capitalize() for part in rest)


_TYPE_OF = {spec.name: spec.type for spec in DEAL_FIELDS}
_NAME_OF = {
    spec.name: _RENAMED.get(spec.name, _camel(spec.name)) for spec in DEAL_FIELDS
}
_NAME_OF[_CONTACT_IDS] = "contactIds"
_COLUMN_OF = {name.lower(): column for column, name in _NAME_OF.items()}

_UF_TYPED = re.compile(r"UF_CRM_(\d+)_(\d+)")
_UF_PLAIN = re.compile(r"UF_CRM_(\d+)")
_PARENT = re.compile(r"PARENT_ID_(\d+)")
_UF_TYPED_CAMEL = re.compile(r"ufCrm(\d+)_(\d+)")
_UF_PLAIN_CAMEL = re.compile(r"ufCrm_(\d+)")
_PARENT_CAMEL = re.compile(r"parentId(\d+)")
_HUMPS = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_NOT_SERVED = (
    "Smart process not found: the fake portal serves crm.item.* for deals "
    f"(entityTypeId={DEAL_TYPE_ID}) only"
)


# --- names ----------------------------------------------------------------------


def _column(name: str) -> str | None:
    """The deal column a universal field name stands for; None if none."""
    column = _COLUMN_OF.get(name.lower())
    if column is not None:
        return column
    if match := _UF_TYPED_CAMEL.fullmatch(name):
        return f"UF_CRM_{match[1]}_{match[2]}"
    if match := _UF_PLAIN_CAMEL.fullmatch(name):
        return f"UF_CRM_{match[1]}"
    if match := _PARENT_CAMEL.fullmatch(name):
        return f"PARENT_ID_{match[1]}"
    if name.startswith("UF_") or _PARENT.fullmatch(name):
        return name
    return None


def _dynamic_name(column: str, original_uf: bool) -> str:
    """The universal name of a ``UF_*`` or ``PARENT_ID_*`` column."""
    if match := _PARENT.fullmatch(column):
        return f"parentId{match[1]}"
    if original_uf:
        return column
    if match := _UF_TYPED.fullmatch(column):
        return f"ufCrm{match[1]}_{match[2]}"
    if match := _UF_PLAIN.fullmatch(column):
        return f"ufCrm_{match[1]}"
    return column


# --- rows -----------------------------------------------------------------------


def _value(kind: str, value: Any) -> Any:
    """A stored (text) value as the universal API types it."""
    if value is None:
        return None
    if kind in INT_TYPES:
        return int(value)
    if kind == "double":
        number = float(value)
        return number if math.isfinite(number) else None
    return value


def _item(
    store: Store,
    row: Mapping[str, Any],
    *,
    original_uf: bool,
    contacts: bool = True,
    whole: bool = True,
) -> dict[str, Any]:
    """A stored deal row (whole, or as ``select`` cut it) as a universal item."""
    item: dict[str, Any] = {}
    for column, value in row.items():
        kind = _TYPE_OF.get(column)
        if kind is not None:
            item[_NAME_OF[column]] = _value(kind, value)
        elif column.startswith("PARENT_ID_"):
            item[_dynamic_name(column, original_uf)] = _value("integer", value)
        else:
            item[_dynamic_name(column, original_uf)] = value
    if contacts:
        links = store.links(int(row["ID"]))
        item["contactIds"] = [link["CONTACT_ID"] for link in links]
    if whole:
        item["entityTypeId"] = DEAL_TYPE_ID
    return item


def _wrapped(portal: Portal, params: Mapping[str, Any], deal_id: int) -> dict[str, Any]:
    row = portal.store.deal(deal_id)
    assert row is not None, deal_id
    original_uf = truthy(param(params, "useOriginalUfNames"))
    return {"item": _item(portal.store, row, original_uf=original_uf)}


# --- parameters -----------------------------------------------------------------


def _check_type(params: Mapping[str, Any]) -> None:
    raw = param(params, "entityTypeId")
    if raw is None:
        raise missing_param("entityTypeId")
    type_id = positive_int(raw)
    if type_id != DEAL_TYPE_ID:
        got = "" if type_id is None else f", not entityTypeId={type_id}"
        raise ApiError(400, "NOT_FOUND", _NOT_SERVED + got)


def _existing(portal: Portal, params: Mapping[str, Any]) -> int:
    raw = param(params, "id")
    if raw is None:
        raise missing_param("id")
    deal_id = positive_int(raw)
    if deal_id is None or portal.store.deal(deal_id) is None:
        raise ApiError(400, "NOT_FOUND", "Item not found")
    return deal_id


def _object(params: Mapping[str, Any], name: str, *, required: bool) -> dict[str, Any]:
    raw = param(params, name)
    if raw is None:
        if required:
            raise missing_param(name)
        return {}
    mapping = as_mapping(raw)
    if mapping is None:
        raise ApiError(
            400, "INVALID_ARG_VALUE", f"Parameter '{name}' must be an object"
        )
    return mapping


def _fields(params: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` by deal column; unknown names dropped, as the portal drops them."""
    out: dict[str, Any] = {}
    for key, value in _object(params, "fields", required=True).items():
        column = _column(str(key).strip())
        if column is not None:
            out[column] = value
    return out


def _not_allowed(what: str, name: str) -> ApiError:
    return ApiError(
        400,
        "INVALID_ARG_VALUE",
        f"Invalid {what}: field '{name}' is not allowed in {what}",
    )


def _filter(conditions: Mapping[str, Any]) -> dict[str, Any]:
    """The filter with each field named by its deal column, operators kept."""
    out: dict[str, Any] = {}
    for key, value in conditions.items():
        text = str(key).strip()
        name = split_filter_key(text)[2].strip()
        column = _column(name)
        if column is not None and column != _CONTACT_IDS:
            out[text[: len(text) - len(name)] + column] = value
            continue
        if text.lower() == "logic" or text.isdigit():
            raise ApiError(
                400,
                "INVALID_ARG_VALUE",
                "Invalid filter: nested conditions and 'logic' are not supported "
                "by the fake portal",
            )
        if name[:1] in ("!", "=", "%", "<", ">", "@"):
            raise ApiError(
                400,
                "INVALID_ARG_VALUE",
                f"Invalid filter: the fake portal does not support the operator "
                f"of '{text}'",
            )
        raise _not_allowed("filter", name)
    return out


def _order(order: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, direction in order.items():
        name = str(key).strip()
        column = _column(name)
        if column is None or column == _CONTACT_IDS:
            raise _not_allowed("order", name)
        upper = str(direction).strip().upper()
        if upper not in ("ASC", "DESC"):
            raise ApiError(
                400,
                "INVALID_ARG_VALUE",
                "Invalid order: allowed sort directions are ASC, DESC. "
                f"But got '{direction}' for field '{name}'",
            )
        out[column] = upper
    return out


def _select(names: list[str]) -> tuple[list[str], bool, bool]:
    """(deal columns to keep, contactIds wanted, whole rows); unknown names dropped."""
    names = [name.strip() for name in names]
    if not names or "*" in names:
        return [], True, True
    columns: list[str] = []
    contacts = False
    for name in names:
        column = _column(name)
        if column == _CONTACT_IDS:
            contacts = True
        elif column is not None:
            columns.append(column)
    return columns or ["ID"], contacts, False


# --- the methods ----------------------------------------------------------------


def item_add(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    _check_type(params)
    fields = _fields(params)
    deal_id = portal.store.create_deal(fields, user_id=portal.caller_id)
    return _wrapped(portal, params, deal_id)


def item_get(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    _check_type(params)
    return _wrapped(portal, params, _existing(portal, params))


def item_update(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    _check_type(params)
    deal_id = _existing(portal, params)
    fields = _fields(params)
    portal.store.update_deal(deal_id, fields, user_id=portal.caller_id)
    return _wrapped(portal, params, deal_id)


def item_delete(portal: Portal, params: dict[str, Any]) -> list[Any]:
    _check_type(params)
    portal.store.delete_deal(_existing(portal, params))
    return []


def item_list(portal: Portal, params: dict[str, Any]) -> Outcome:
    _check_type(params)
    filter_ = _filter(_object(params, "filter", required=False))
    order = _order(_object(params, "order", required=False))
    columns, contacts, whole = _select(names_param(param(params, "select")))
    start = start_param(param(params, "start"))
    original_uf = truthy(param(params, "useOriginalUfNames"))
    store = portal.store
    rows, total, following = store.list_deals(filter_, order, columns, start)
    items = [
        _item(store, row, original_uf=original_uf, contacts=contacts, whole=whole)
        for row in rows
    ]
    return Outcome({"items": items}, total, following)


def item_fields(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    _check_type(params)
    original_uf = truthy(param(params, "useOriginalUfNames"))
    described: dict[str, Any] = {}
    for column, info in portal.store.deal_fields().items():
        entry = dict(info)
        if entry["type"] == "char":
            entry["type"] = "boolean"
        name = _NAME_OF.get(column)
        if name is None:
            name = _dynamic_name(column, original_uf)
            entry["upperName"] = column
        else:
            entry["upperName"] = _HUMPS.sub("_", name).upper()
        described[name] = entry
    return {"fields": described}
