# Source: generator/runtime/testing/_methods.py (hand-written; copied into the package by make generate).
"""The REST methods the fake portal implements, and its dispatch table.

``crm.item.*`` (deals over the same rows) lives in :mod:`._items`.

A handler is ``handler(portal, params) -> result`` (or an :class:`Outcome`
for list methods) and raises :class:`ApiError` on failure. Error texts
follow each method's documentation page. To add a method, write a handler
and add a line to :data:`METHODS` (or call ``Portal.register`` at run time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import crm_error
from ._items import (
    item_add,
    item_delete,
    item_fields,
    item_get,
    item_list,
    item_update,
)
from ._portal import MethodSpec, Outcome
from ._store import deal_contact_fields, positive_int
from ._wire import as_mapping, names_param, param, start_param

if TYPE_CHECKING:
    from ._portal import Portal

__all__ = ["METHODS"]

_DEAL_ID_INVALID = "ID is not defined or invalid."
_OWNER_INVALID_QUOTED = "The parameter 'ownerEntityID' is invalid or not defined."
_OWNER_INVALID = "The parameter ownerEntityID is invalid or not defined."


def _deal_id(params: dict[str, Any], invalid: str) -> int:
    deal_id = positive_int(param(params, "id"))
    if deal_id is None:
        raise crm_error(invalid)
    return deal_id


def _existing_deal(
    portal: Portal, params: dict[str, Any], invalid: str, missing: str
) -> int:
    deal_id = _deal_id(params, invalid)
    if portal.store.deal(deal_id) is None:
        raise crm_error(missing)
    return deal_id


def _optional_array(params: dict[str, Any], name: str, message: str) -> dict[str, Any]:
    value = param(params, name)
    if value is None:
        return {}
    mapping = as_mapping(value)
    if mapping is None:
        raise crm_error(message)
    return mapping


# --- crm.deal.* ---------------------------------------------------------------------


def deal_add(portal: Portal, params: dict[str, Any]) -> int:
    fields = _optional_array(params, "fields", "Parameter 'fields' must be array.")
    _optional_array(params, "params", "Parameter 'params' must be array.")
    return portal.store.create_deal(fields, user_id=portal.caller_id)


def deal_get(portal: Portal, params: dict[str, Any]) -> Outcome:
    deal_id = _deal_id(params, _DEAL_ID_INVALID)
    store = portal.store
    row = store.deal(deal_id)
    if row is None:
        raise crm_error("Not found")
    return Outcome(row, encoded=lambda: store.row_json(row))


def deal_update(portal: Portal, params: dict[str, Any]) -> bool:
    deal_id = _existing_deal(portal, params, _DEAL_ID_INVALID, "Not found")
    fields = _optional_array(params, "fields", "Parameter 'fields' must be array.")
    _optional_array(params, "params", "Parameter 'params' must be array.")
    portal.store.update_deal(deal_id, fields, user_id=portal.caller_id)
    return True


def deal_delete(portal: Portal, params: dict[str, Any]) -> bool:
    deal_id = _existing_deal(portal, params, _DEAL_ID_INVALID, "Not found")
    portal.store.delete_deal(deal_id)
    return True


def deal_fields(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    return portal.store.deal_fields()


def deal_list(portal: Portal, params: dict[str, Any]) -> Outcome:
    filter_ = _optional_array(params, "filter", "Parameter 'filter' must be array.")
    order = _optional_array(params, "order", "Parameter 'order' must be array.")
    select = names_param(param(params, "select"))
    start = start_param(param(params, "start"))
    store = portal.store
    rows, total, following = store.list_deals(filter_, order, select, start)
    return Outcome(rows, total, following, lambda: store.rows_json(rows))


# --- crm.deal.contact.* -------------------------------------------------------------


def contact_fields(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    return deal_contact_fields()


def _flag_or_none(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip().upper() in ("Y", "1", "TRUE")
    return bool(value)


def _sort(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(float(str(value).strip()))
    except ValueError:
        return None


def contact_add(portal: Portal, params: dict[str, Any]) -> bool:
    deal_id = _deal_id(params, _OWNER_INVALID_QUOTED)
    fields = as_mapping(param(params, "fields"))
    if fields is None:
        raise crm_error("The parameter 'fields' must be array.")
    contact_id = positive_int(fields.get("CONTACT_ID"))
    if contact_id is None:
        raise crm_error("The parameter 'fields' is not valid.")
    store = portal.store
    if store.deal(deal_id) is None:
        raise crm_error("Not found.")
    if not store.contact_exists(contact_id):
        raise crm_error("The parameter 'fields' is not valid.")
    return store.link_contact(
        deal_id,
        contact_id,
        primary=_flag_or_none(fields.get("IS_PRIMARY")),
        sort=_sort(fields.get("SORT")),
    )


def contact_delete(portal: Portal, params: dict[str, Any]) -> bool:
    deal_id = _deal_id(params, _OWNER_INVALID_QUOTED)
    fields = as_mapping(param(params, "fields"))
    if fields is None:
        raise crm_error("The parameter 'item' must be array.")
    contact_id = positive_int(fields.get("CONTACT_ID"))
    if contact_id is None:
        raise crm_error("The parameter 'fields' is not valid.")
    if portal.store.deal(deal_id) is None:
        raise crm_error("Not found.")
    return portal.store.unlink_contact(deal_id, contact_id)


def contact_items_get(portal: Portal, params: dict[str, Any]) -> list[dict[str, Any]]:
    deal_id = _existing_deal(portal, params, _OWNER_INVALID, "Not found.")
    return [dict(link) for link in portal.store.links(deal_id)]


def contact_items_set(portal: Portal, params: dict[str, Any]) -> bool:
    deal_id = _deal_id(params, _OWNER_INVALID)
    raw = param(params, "items")
    items = as_mapping(raw) if raw is not None else None
    if items is None:
        raise crm_error("The parameter items must be array.")
    store = portal.store
    if store.deal(deal_id) is None:
        raise crm_error("Not found.")
    bindings: list[dict[str, Any]] = []
    seen: set[int] = set()
    for index, item in enumerate(items.values()):
        entry = as_mapping(item)
        contact_id = positive_int(entry.get("CONTACT_ID")) if entry else None
        if entry is None or contact_id is None or not store.contact_exists(contact_id):
            raise crm_error("The parameter items is not valid.")
        if contact_id in seen:
            continue
        seen.add(contact_id)
        sort = _sort(entry.get("SORT"))
        bindings.append(
            {
                "CONTACT_ID": contact_id,
                "SORT": (index + 1) * 10 if sort is None else sort,
                "IS_PRIMARY": "Y" if _flag_or_none(entry.get("IS_PRIMARY")) else "N",
            }
        )
    store.set_links(deal_id, bindings)
    return True


def contact_items_delete(portal: Portal, params: dict[str, Any]) -> bool:
    deal_id = _existing_deal(portal, params, _OWNER_INVALID, "Not found")
    portal.store.set_links(deal_id, [])
    return True


# --- others -------------------------------------------------------------------------


def user_current(portal: Portal, params: dict[str, Any]) -> dict[str, Any]:
    return dict(portal.store.ensure_user(portal.caller_id))


def batch(portal: Portal, params: dict[str, Any]) -> Outcome:
    return portal.run_batch(params)


METHODS: dict[str, MethodSpec] = {
    "crm.deal.add": MethodSpec(deal_add, write=True),
    "crm.deal.get": MethodSpec(deal_get),
    "crm.deal.list": MethodSpec(deal_list),
    "crm.deal.update": MethodSpec(deal_update, write=True),
    "crm.deal.delete": MethodSpec(deal_delete, write=True),
    "crm.deal.fields": MethodSpec(deal_fields),
    "crm.item.add": MethodSpec(item_add, write=True),
    "crm.item.get": MethodSpec(item_get),
    "crm.item.list": MethodSpec(item_list),
    "crm.item.update": MethodSpec(item_update, write=True),
    "crm.item.delete": MethodSpec(item_delete, write=True),
    "crm.item.fields": MethodSpec(item_fields),
    "crm.deal.contact.add": MethodSpec(contact_add, write=True),
    "crm.deal.contact.delete": MethodSpec(contact_delete, write=True),
    "crm.deal.contact.fields": MethodSpec(contact_fields),
    "crm.deal.contact.items.get": MethodSpec(contact_items_get),
    "crm.deal.contact.items.set": MethodSpec(contact_items_set, write=True),
    "crm.deal.contact.items.delete": MethodSpec(contact_items_delete, write=True),
    "user.current": MethodSpec(user_current),
    "batch": MethodSpec(batch, batchable=False),
}
"""Lower-case method name -> handler; copied into every :class:`Portal`."""
