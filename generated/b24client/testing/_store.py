# Source: generator/runtime/testing/_store.py (hand-written; copied into the package by make generate).
"""The fake portal's in-memory data: deals, contacts, deal-contact links, users.

Rows are kept in the shape the portal sends them (IDs and numbers as strings,
``Y``/``N`` flags, ISO dates with an offset), so reading needs no conversion.
Rows are copy-on-write: a change replaces the stored dict instead of mutating
it, so a row handed out earlier (e.g. a ``batch`` command's result waiting to
be serialised) never changes under its holder.

Everything public takes :attr:`Store.lock` (re-entrant), so tests may seed
data from their own thread while the server thread serves requests.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._wire import encode_json

__all__ = [
    "Store",
    "FieldSpec",
    "DEAL_FIELDS",
    "INT_TYPES",
    "PAGE_SIZE",
    "split_filter_key",
]

PAGE_SIZE = 50
"""Rows per page of a classic list method."""

DEFAULT_TZ = _dt.timezone(_dt.timedelta(hours=3))
"""The portal's time zone: a non-UTC offset, so clients cannot assume UTC."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One standard deal field as ``crm.deal.fields`` describes it."""

    name: str
    type: str
    title: str
    read_only: bool = False
    immutable: bool = False
    multiple: bool = False
    required: bool = False
    deprecated: bool = False
    status_type: str | None = None
    parent_entity_type_id: int | None = None

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "isRequired": self.required,
            "isReadOnly": self.read_only,
            "isImmutable": self.immutable,
            "isMultiple": self.multiple,
            "isDynamic": False,
        }
        if self.deprecated:
            out["isDeprecated"] = True
        if self.status_type is not None:
            out["statusType"] = self.status_type
        out["title"] = self.title
        if self.parent_entity_type_id is not None:
            out["settings"] = {"parentEntityTypeId": self.parent_entity_type_id}
        return out


_F = FieldSpec

DEAL_FIELDS: tuple[FieldSpec, ...] = (
    _F("ID", "integer", "ID", read_only=True),
    _F("TITLE", "string", "Title"),
    _F("TYPE_ID", "crm_status", "Type", status_type="DEAL_TYPE"),
    _F("STAGE_ID", "crm_status", "Stage", status_type="DEAL_STAGE"),
    _F("PROBABILITY", "integer", "Probability"),
    _F("CURRENCY_ID", "crm_currency", "Currency"),
    _F("OPPORTUNITY", "double", "Amount"),
    _F("IS_MANUAL_OPPORTUNITY", "char", "IS_MANUAL_OPPORTUNITY"),
    _F("TAX_VALUE", "double", "Tax rate"),
    _F("LEAD_ID", "crm_lead", "Lead", read_only=True, parent_entity_type_id=1),
    _F("COMPANY_ID", "crm_company", "Company", parent_entity_type_id=4),
    _F("CONTACT_ID", "crm_contact", "Contact", deprecated=True),
    _F("QUOTE_ID", "crm_quote", "Quote", read_only=True, parent_entity_type_id=7),
    _F("BEGINDATE", "date", "Start date"),
    _F("CLOSEDATE", "date", "End date"),
    _F("ASSIGNED_BY_ID", "user", "Responsible person"),
    _F("CREATED_BY_ID", "user", "Created by", read_only=True),
    _F("MODIFY_BY_ID", "user", "Modified by", read_only=True),
    _F("DATE_CREATE", "datetime", "Created on", read_only=True),
    _F("DATE_MODIFY", "datetime", "Modified on", read_only=True),
    _F("OPENED", "char", "Available to everyone"),
    _F("CLOSED", "char", "Closed"),
    _F("COMMENTS", "string", "Comment"),
    _F("ADDITIONAL_INFO", "string", "Additional information"),
    _F("LOCATION_ID", "location", "Location"),
    _F("CATEGORY_ID", "crm_category", "Pipeline", immutable=True),
    _F("STAGE_SEMANTIC_ID", "string", "Stage group", read_only=True),
    _F("IS_NEW", "char", "New deal", read_only=True),
    _F("IS_RECURRING", "char", "Recurring deal"),
    _F("IS_RETURN_CUSTOMER", "char", "Returning customer"),
    _F("IS_REPEATED_APPROACH", "char", "Repeated inquiry"),
    _F("SOURCE_ID", "crm_status", "Source", status_type="SOURCE"),
    _F("SOURCE_DESCRIPTION", "string", "Source details"),
    _F("ORIGINATOR_ID", "string", "External source"),
    _F("ORIGIN_ID", "string", "Item ID in the external source"),
    _F("MOVED_BY_ID", "user", "MOVED_BY_ID", read_only=True),
    _F("MOVED_TIME", "datetime", "MOVED_TIME", read_only=True),
    _F("LAST_ACTIVITY_TIME", "datetime", "LAST_ACTIVITY_TIME", read_only=True),
    _F("UTM_SOURCE", "string", "Ad system"),
    _F("UTM_MEDIUM", "string", "Traffic type"),
    _F("UTM_CAMPAIGN", "string", "Ad campaign"),
    _F("UTM_CONTENT", "string", "Campaign content"),
    _F("UTM_TERM", "string", "Campaign search term"),
    _F("LAST_ACTIVITY_BY", "user", "LAST_ACTIVITY_BY", read_only=True),
)
_FIELD_MAP: dict[str, FieldSpec] = {spec.name: spec for spec in DEAL_FIELDS}
_CONTACT_IDS = FieldSpec("CONTACT_IDS", "crm_contact", "Contacts", multiple=True)

_NUMERIC_TYPES = frozenset(
    {
        "integer",
        "double",
        "user",
        "crm_company",
        "crm_contact",
        "crm_lead",
        "crm_quote",
        "crm_category",
    }
)
INT_TYPES = _NUMERIC_TYPES - {"double"}
"""Field types whose values are whole numbers (IDs, users, counts)."""
_DATE_TYPES = frozenset({"date", "datetime"})

DEAL_CONTACT_FIELDS: dict[str, dict[str, Any]] = {
    "SORT": {"type": "integer", "required": False, "title": "Sort index"},
    "IS_PRIMARY": {"type": "char", "required": False, "title": "Primary"},
    "CONTACT_ID": {"type": "integer", "required": True, "title": "Contact"},
}


def deal_contact_fields() -> dict[str, Any]:
    """The ``crm.deal.contact.fields`` result."""
    return {
        name: {
            "type": info["type"],
            "isRequired": info["required"],
            "isReadOnly": False,
            "isImmutable": False,
            "isMultiple": False,
            "isDynamic": False,
            "title": info["title"],
        }
        for name, info in DEAL_CONTACT_FIELDS.items()
    }


# --- value conversion ---------------------------------------------------------


def positive_int(value: Any) -> int | None:
    """``value`` as an ID (an integer above zero), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value > 0 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit():
            number = int(text)
            return number if number > 0 else None
    return None


def _to_float(value: Any) -> float | None:
    if type(value) is str:  # the common case: a stored row value
        try:
            return float(value)
        except ValueError:
            try:
                return float(value.replace(",", "."))
            except ValueError:
                return None
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def _int_text(value: Any) -> str | None:
    number = _to_float(value)
    if number is None or not math.isfinite(number):
        return None
    return str(int(number))


def _double_text(value: Any) -> str:
    number = _to_float(value)
    return f"{number:.2f}" if number is not None else "0.00"


def _flag(value: Any) -> str:
    if isinstance(value, str):
        return "Y" if value.strip().upper() in ("Y", "1", "TRUE") else "N"
    return "Y" if value else "N"


def text(value: Any) -> str:
    """A scalar as PHP would print it (floats without a trailing ``.0``)."""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _parse_when(value: Any, tz: _dt.tzinfo) -> _dt.datetime | None:
    """A date/time input as an aware datetime (naive input is portal time)."""
    if isinstance(value, _dt.datetime):
        moment = value
    elif isinstance(value, _dt.date):
        moment = _dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        raw = value.strip()
        if not raw:
            return None
        try:
            moment = _dt.datetime.fromisoformat(raw)
        except ValueError:
            parsed = _parse_site_format(raw)
            if parsed is None:
                return None
            moment = parsed
    else:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment


def _parse_site_format(raw: str) -> _dt.datetime | None:
    for pattern in ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y"):
        try:
            return _dt.datetime.strptime(raw, pattern)
        except ValueError:
            continue
    return None


def iso(moment: _dt.datetime) -> str:
    """``2024-08-30T14:29:00+03:00``: how the portal writes date-times."""
    return moment.replace(microsecond=0).isoformat()


def _dynamic_value(value: Any) -> Any:
    """A custom (``UF_*``) field value as the portal echoes it back."""
    if value is None or isinstance(value, dict):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return [_dynamic_value(item) for item in value]
    return text(value)


def _semantic(stage: str) -> str:
    upper = stage.upper()
    if upper.endswith("WON"):
        return "S"
    if upper.endswith("LOSE") or upper.endswith("APOLOGY"):
        return "F"
    return "P"


# --- filter / order -------------------------------------------------------------

_LIKE_SPECIAL = re.compile(r"[%_]|[^%_]+")
Row = dict[str, Any]
Predicate = Callable[[Row], bool]


def _like(pattern: str) -> re.Pattern[str]:
    parts = []
    for piece in _LIKE_SPECIAL.findall(pattern):
        parts.append(
            ".*" if piece == "%" else "." if piece == "_" else re.escape(piece)
        )
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


_ID_BOUNDS = frozenset({">", ">=", "=", "<", "<="})
"""Operators an ID filter can be kept by as a range of the sorted IDs."""


def split_filter_key(key: str) -> tuple[bool, str, str]:
    """``'!>=ID'`` -> (negated, operator, field)."""
    negate = False
    if key.startswith("!@"):
        return False, "!@", key[2:]
    if key.startswith("!="):
        return False, "!=", key[2:]
    if key.startswith("!"):
        negate, key = True, key[1:]
    for op in (">=", "<=", "=%", "%=", ">", "<", "@", "%", "="):
        if key.startswith(op):
            return negate, op, key[len(op) :]
    return negate, "=", key


def _values(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value is False


def _negated(predicate: Predicate) -> Predicate:
    return lambda row: not predicate(row)


class Store:
    """Deals, contacts and users of one fake portal."""

    def __init__(self, *, tz: _dt.tzinfo = DEFAULT_TZ) -> None:
        self.lock = threading.RLock()
        self.tz = tz
        self.clock: Callable[[], _dt.datetime] = lambda: _dt.datetime.now(self.tz)
        """Returns "now" for new and changed rows; tests may replace it."""
        self._deals: dict[int, Row] = {}
        self._deal_ids: list[int] = []  # ascending
        self._next_deal_id = 1
        self._contacts: dict[int, Row] = {}
        self._next_contact_id = 1
        self._links: dict[int, list[dict[str, Any]]] = {}
        self._dynamic: dict[str, None] = {}  # UF_* and PARENT_ID_* names, in order
        self._json_cache: dict[int, tuple[Row, str]] = {}  # deal ID -> (row, JSON)
        self.users: dict[int, Row] = {}
        self.ensure_user(1)

    # --- users --------------------------------------------------------------------

    def ensure_user(self, user_id: int) -> Row:
        """The user ``user_id``, created with placeholder data if missing."""
        with self.lock:
            user = self.users.get(user_id)
            if user is None:
                registered = iso(self.clock().replace(hour=0, minute=0, second=0))
                user = {
                    "ID": str(user_id),
                    "ACTIVE": True,
                    "NAME": "Test",
                    "LAST_NAME": f"User {user_id}",
                    "SECOND_NAME": "",
                    "EMAIL": f"user{user_id}@example.com",
                    "LAST_LOGIN": iso(self.clock()),
                    "DATE_REGISTER": registered,
                    "IS_ONLINE": "Y",
                    "TIME_ZONE": "",
                    "LAST_ACTIVITY_DATE": self.clock().strftime("%Y-%m-%d %H:%M:%S"),
                    "PERSONAL_GENDER": "",
                    "PERSONAL_BIRTHDAY": "",
                    "WORK_POSITION": "",
                    "UF_EMPLOYMENT_DATE": "",
                    "UF_DEPARTMENT": [1],
                }
                self.users[user_id] = user
            return user

    # --- contacts -----------------------------------------------------------------

    def add_contact(self, **fields: Any) -> int:
        """Create a contact (any fields; no validation) and return its ID."""
        with self.lock:
            contact_id = self._next_contact_id
            self._next_contact_id += 1
            now = iso(self.clock())
            row: Row = {"ID": str(contact_id), "NAME": None, "LAST_NAME": None}
            row.update({"DATE_CREATE": now, "DATE_MODIFY": now})
            for key, value in fields.items():
                row[key] = _dynamic_value(value)
            self._contacts[contact_id] = row
            return contact_id

    def contact_exists(self, contact_id: int) -> bool:
        with self.lock:
            return contact_id in self._contacts

    def get_contact(self, contact_id: int) -> Row | None:
        with self.lock:
            row = self._contacts.get(contact_id)
            return dict(row) if row is not None else None

    # --- deals: Python-side helpers -------------------------------------------------

    def add_deal(self, **fields: Any) -> int:
        """Create a deal and return its ID.

        Takes the fields ``crm.deal.add`` takes (``CONTACT_IDS`` links
        existing contacts) and, unlike the API, also read-only ones such as
        ``DATE_CREATE`` or ``CREATED_BY_ID``, so tests can build any row.
        """
        return self.create_deal(fields, user_id=1, trusted=True)

    def seed_deals(self, n: int) -> list[int]:
        """Create ``n`` varied deals (deterministic) and return their IDs."""
        stages = (
            "NEW",
            "PREPARATION",
            "PREPAYMENT_INVOICE",
            "EXECUTING",
            "WON",
            "LOSE",
        )
        currencies = ("USD", "EUR", "USD", "RUB")
        base = _dt.datetime(2024, 1, 1, 9, 0, tzinfo=self.tz)
        ids = []
        with self.lock:
            for _ in range(n):
                number = self._next_deal_id
                created = iso(base + _dt.timedelta(hours=7 * number))
                fields = {
                    "TITLE": f"Deal {number}",
                    "STAGE_ID": stages[number % len(stages)],
                    "CURRENCY_ID": currencies[number % len(currencies)],
                    "OPPORTUNITY": (number * 137) % 5000 + 100,
                    "PROBABILITY": (number * 10) % 100,
                    "ASSIGNED_BY_ID": number % 3 + 1,
                    "TYPE_ID": "SALE" if number % 2 else "SERVICES",
                    "COMMENTS": f"Seeded deal number {number}",
                    "DATE_CREATE": created,
                    "DATE_MODIFY": created,
                }
                ids.append(self.create_deal(fields, user_id=1, trusted=True))
        return ids

    def get_deal(self, deal_id: int) -> Row | None:
        """A copy of the deal row, or None."""
        with self.lock:
            row = self._deals.get(deal_id)
            return dict(row) if row is not None else None

    def deal_ids(self) -> list[int]:
        with self.lock:
            return list(self._deal_ids)

    def deal_contacts(self, deal_id: int) -> list[dict[str, Any]]:
        """The deal's contact links as ``crm.deal.contact.items.get`` shows them."""
        with self.lock:
            return [dict(link) for link in self._links.get(deal_id, [])]

    def __len__(self) -> int:
        return len(self._deals)

    # --- deals: what the methods use ------------------------------------------------

    def deal(self, deal_id: int) -> Row | None:
        """The stored row itself (never mutated; do not mutate it)."""
        return self._deals.get(deal_id)

    def create_deal(
        self, fields: Mapping[str, Any], *, user_id: int, trusted: bool = False
    ) -> int:
        with self.lock:
            deal_id = self._next_deal_id
            self._next_deal_id += 1
            now = self.clock()
            stamp = iso(now)
            today = iso(now.replace(hour=0, minute=0, second=0))
            week = iso(now.replace(hour=0, minute=0, second=0) + _dt.timedelta(days=7))
            user = str(user_id)
            row: Row = {
                "ID": str(deal_id),
                "TITLE": f"Deal #{deal_id}",
                "TYPE_ID": "SALE",
                "STAGE_ID": "NEW",
                "PROBABILITY": None,
                "CURRENCY_ID": "USD",
                "OPPORTUNITY": "0.00",
                "IS_MANUAL_OPPORTUNITY": "N",
                "TAX_VALUE": "0.00",
                "LEAD_ID": None,
                "COMPANY_ID": "0",
                "CONTACT_ID": None,
                "QUOTE_ID": None,
                "BEGINDATE": today,
                "CLOSEDATE": week,
                "ASSIGNED_BY_ID": user,
                "CREATED_BY_ID": user,
                "MODIFY_BY_ID": user,
                "DATE_CREATE": stamp,
                "DATE_MODIFY": stamp,
                "OPENED": "Y",
                "CLOSED": "N",
                "COMMENTS": None,
                "ADDITIONAL_INFO": None,
                "LOCATION_ID": None,
                "CATEGORY_ID": "0",
                "STAGE_SEMANTIC_ID": "P",
                "IS_NEW": "Y",
                "IS_RECURRING": "N",
                "IS_RETURN_CUSTOMER": "N",
                "IS_REPEATED_APPROACH": "N",
                "SOURCE_ID": "CALL",
                "SOURCE_DESCRIPTION": None,
                "ORIGINATOR_ID": None,
                "ORIGIN_ID": None,
                "MOVED_BY_ID": user,
                "MOVED_TIME": stamp,
                "LAST_ACTIVITY_TIME": stamp,
                "UTM_SOURCE": None,
                "UTM_MEDIUM": None,
                "UTM_CAMPAIGN": None,
                "UTM_CONTENT": None,
                "UTM_TERM": None,
                "LAST_ACTIVITY_BY": user,
            }
            for name in self._dynamic:
                row[name] = None
            contacts = self._apply(row, fields, creating=True, trusted=trusted)
            if "STAGE_ID" not in fields and row["CATEGORY_ID"] not in ("0", None):
                row["STAGE_ID"] = f"C{row['CATEGORY_ID']}:NEW"
            self._derive_stage(row, keep_closed="CLOSED" in fields)
            self._deals[deal_id] = row
            self._deal_ids.append(deal_id)
            self._links[deal_id] = []
            if contacts is not None:
                self._set_links(deal_id, self._bindings_from_ids(contacts))
            return deal_id

    def update_deal(
        self, deal_id: int, fields: Mapping[str, Any], *, user_id: int
    ) -> None:
        with self.lock:
            row = dict(self._deals[deal_id])
            old_stage = row["STAGE_ID"]
            contacts = self._apply(row, fields, creating=False, trusted=False)
            now = iso(self.clock())
            row["DATE_MODIFY"] = now
            row["MODIFY_BY_ID"] = str(user_id)
            if row["STAGE_ID"] != old_stage:
                row["MOVED_TIME"] = now
                row["MOVED_BY_ID"] = str(user_id)
            keep = "CLOSED" in fields or row["STAGE_ID"] == old_stage
            self._derive_stage(row, keep_closed=keep)
            self._deals[deal_id] = row
            if contacts is not None:
                self._set_links(deal_id, self._bindings_from_ids(contacts))

    def delete_deal(self, deal_id: int) -> None:
        with self.lock:
            del self._deals[deal_id]
            del self._links[deal_id]
            self._json_cache.pop(deal_id, None)
            index = bisect.bisect_left(self._deal_ids, deal_id)
            del self._deal_ids[index]

    def deal_fields(self) -> dict[str, Any]:
        """The ``crm.deal.fields`` result."""
        with self.lock:
            out = {spec.name: spec.describe() for spec in DEAL_FIELDS}
            out["CONTACT_IDS"] = _CONTACT_IDS.describe()
            for name in self._dynamic:
                kind = "crm_entity" if name.startswith("PARENT_ID_") else "string"
                out[name] = {
                    "type": kind,
                    "isRequired": False,
                    "isReadOnly": False,
                    "isImmutable": False,
                    "isMultiple": False,
                    "isDynamic": True,
                    "title": name,
                    "listLabel": name,
                    "formLabel": name,
                    "filterLabel": name,
                }
            return out

    def _apply(
        self, row: Row, fields: Mapping[str, Any], *, creating: bool, trusted: bool
    ) -> list[int] | None:
        """Write ``fields`` into ``row``; return new contact IDs if given."""
        contacts: list[int] | None = None
        for key, value in fields.items():
            spec = _FIELD_MAP.get(key)
            if spec is not None:
                if key == "ID":
                    continue
                if spec.read_only and not trusted:
                    continue
                if spec.immutable and not creating and not trusted:
                    continue
                if key == "CONTACT_ID":
                    if "CONTACT_IDS" not in fields:
                        contact = positive_int(value)
                        contacts = [contact] if contact is not None else []
                    continue
                row[key] = self._convert(spec.type, value, row.get(key))
            elif key == "CONTACT_IDS":
                contacts = [
                    number
                    for number in map(positive_int, _values(value))
                    if number is not None
                ]
            elif key.startswith("UF_") or key.startswith("PARENT_ID_"):
                self._register_dynamic(key, row)
                row[key] = (
                    _int_text(value)
                    if key.startswith("PARENT_ID_")
                    else _dynamic_value(value)
                )
            # any other key is ignored, as the portal ignores unknown fields
        return contacts

    def _convert(self, kind: str, value: Any, current: Any) -> Any:
        if kind == "double":
            return _double_text(value)
        if kind in INT_TYPES:
            return _int_text(value)
        if kind == "char":
            return _flag(value)
        if kind in _DATE_TYPES:
            moment = _parse_when(value, self.tz)
            if moment is None:
                return None
            if kind == "date":
                day = _dt.datetime(
                    moment.year, moment.month, moment.day, tzinfo=self.tz
                )
                return iso(day)
            return iso(moment.astimezone(self.tz))
        if value is None or isinstance(value, (dict, list)):
            return current if value is not None else None
        return text(value)

    def _derive_stage(self, row: Row, *, keep_closed: bool) -> None:
        stage = row["STAGE_ID"] or "NEW"
        row["STAGE_ID"] = stage
        semantic = _semantic(stage)
        row["STAGE_SEMANTIC_ID"] = semantic
        row["IS_NEW"] = "Y" if stage.upper().endswith("NEW") else "N"
        if semantic != "P":
            row["CLOSED"] = "Y"
        elif not keep_closed:
            row["CLOSED"] = "N"

    def _register_dynamic(self, name: str, row: Row) -> None:
        if name in self._dynamic:
            return
        self._dynamic[name] = None
        row.setdefault(name, None)
        for deal_id, other in self._deals.items():
            copy = dict(other)
            copy[name] = None
            self._deals[deal_id] = copy

    # --- contact links ------------------------------------------------------------

    def _bindings_from_ids(self, contact_ids: Iterable[int]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        seen: set[int] = set()
        for contact_id in contact_ids:
            if contact_id in seen or contact_id not in self._contacts:
                continue
            seen.add(contact_id)
            out.append({"CONTACT_ID": contact_id, "SORT": (len(out) + 1) * 10})
        return out

    def _set_links(self, deal_id: int, bindings: list[dict[str, Any]]) -> None:
        """Replace the deal's links; the first ``IS_PRIMARY=Y`` (or first) is primary."""
        links = []
        primary_seen = False
        for binding in bindings:
            primary = binding.get("IS_PRIMARY") == "Y" and not primary_seen
            primary_seen = primary_seen or primary
            links.append(
                {
                    "CONTACT_ID": binding["CONTACT_ID"],
                    "SORT": binding["SORT"],
                    "ROLE_ID": 0,
                    "IS_PRIMARY": "Y" if primary else "N",
                }
            )
        if links and not primary_seen:
            links[0]["IS_PRIMARY"] = "Y"
        links.sort(key=lambda link: link["SORT"])  # stable
        self._links[deal_id] = links
        primary_id = next(
            (link["CONTACT_ID"] for link in links if link["IS_PRIMARY"] == "Y"), None
        )
        row = self._deals[deal_id]
        new_value = str(primary_id) if primary_id is not None else None
        if row["CONTACT_ID"] != new_value:
            row = dict(row)
            row["CONTACT_ID"] = new_value
            self._deals[deal_id] = row

    def links(self, deal_id: int) -> list[dict[str, Any]]:
        """The stored link list (never mutated; do not mutate it)."""
        return self._links.get(deal_id, [])

    def link_contact(
        self, deal_id: int, contact_id: int, *, primary: bool | None, sort: int | None
    ) -> bool:
        """Link one contact; False when it is linked already."""
        with self.lock:
            current = self._links[deal_id]
            if any(link["CONTACT_ID"] == contact_id for link in current):
                return False
            if sort is None:
                sort = max((link["SORT"] for link in current), default=0) + 10
            bindings = [dict(link) for link in current]
            new = {"CONTACT_ID": contact_id, "SORT": sort, "IS_PRIMARY": "N"}
            if primary or (primary is None and not current):
                for binding in bindings:
                    binding["IS_PRIMARY"] = "N"
                new["IS_PRIMARY"] = "Y"
                bindings.insert(0, new)
            else:
                bindings.append(new)
            self._set_links(deal_id, bindings)
            return True

    def unlink_contact(self, deal_id: int, contact_id: int) -> bool:
        """Unlink one contact; False when it was not linked."""
        with self.lock:
            current = self._links[deal_id]
            rest = [dict(link) for link in current if link["CONTACT_ID"] != contact_id]
            if len(rest) == len(current):
                return False
            self._set_links(deal_id, rest)
            return True

    def set_links(self, deal_id: int, bindings: list[dict[str, Any]]) -> None:
        """Replace all links; bindings hold CONTACT_ID, SORT and IS_PRIMARY."""
        with self.lock:
            self._set_links(deal_id, bindings)

    # --- listing ------------------------------------------------------------------

    def list_deals(
        self,
        filter_: Mapping[str, Any],
        order: Mapping[str, Any],
        select: list[str],
        start: int,
    ) -> tuple[list[Row], int, int | None]:
        """One page of ``crm.deal.list``: (rows, total, next)."""
        with self.lock:
            predicates, low, high = self._compile_filter(filter_)
            sorts = self._compile_order(order)
            ids, deals = self._deal_ids, self._deals
            lo = bisect.bisect_left(ids, low) if low is not None else 0
            hi = bisect.bisect_right(ids, high) if high is not None else len(ids)
            by_id_only = all(name == "ID" for name, _ in sorts)
            # positions in ``ids``, by ID in the asked direction: a range, so a
            # page of an unfiltered list does not copy every ID
            positions = range(lo, hi)
            if by_id_only and sorts and sorts[0][1]:
                positions = positions[::-1]

            def rows_at(span: range) -> Iterator[Row]:
                return map(deals.__getitem__, map(ids.__getitem__, span))

            def matches(row: Row) -> bool:
                for predicate in predicates:
                    if not predicate(row):
                        return False
                return True

            if start == -1 and by_id_only:
                page: list[Row] = []
                for row in rows_at(positions):
                    if matches(row):
                        page.append(row)
                        if len(page) == PAGE_SIZE:
                            break
                return self._project(page, select), 0, None
            if predicates:
                found = [row for row in rows_at(positions) if matches(row)]
            elif by_id_only:  # no filter, ID order: only the page's rows are needed
                start = max(start, 0)
                total = len(positions)
                page = list(rows_at(positions[start : start + PAGE_SIZE]))
                following = start + PAGE_SIZE if start + PAGE_SIZE < total else None
                return self._project(page, select), total, following
            else:
                found = list(rows_at(positions))
            if not by_id_only:
                for name, desc in reversed(sorts):
                    found.sort(key=self._sort_key(name), reverse=desc)
            if start == -1:
                return self._project(found[:PAGE_SIZE], select), 0, None
            start = max(start, 0)
            total = len(found)
            page = found[start : start + PAGE_SIZE]
            following = start + PAGE_SIZE if start + PAGE_SIZE < total else None
            return self._project(page, select), total, following

    def rows_json(self, rows: list[Row]) -> str:
        """``rows`` as a JSON array; stored deal rows are encoded once and cached."""
        return "[" + ",".join(map(self.row_json, rows)) + "]"

    def row_json(self, row: Row) -> str:
        """One row as JSON (cached while it is the stored row of its deal)."""
        deal_id = positive_int(row.get("ID"))
        if deal_id is None or self._deals.get(deal_id) is not row:
            return encode_json(row)
        cached = self._json_cache.get(deal_id)
        if cached is not None and cached[0] is row:
            return cached[1]
        encoded = encode_json(row)
        self._json_cache[deal_id] = (row, encoded)
        return encoded

    def _kind(self, name: str) -> str | None:
        """'num', 'date' or 'str' for a filterable field; None if unknown."""
        spec = _FIELD_MAP.get(name)
        if spec is not None:
            if spec.type in _NUMERIC_TYPES:
                return "num"
            if spec.type in _DATE_TYPES:
                return "date"
            return "str"
        if name.startswith("PARENT_ID_"):
            return "num"
        if name.startswith("UF_"):
            return "str"
        return None

    def _compile_filter(
        self, filter_: Mapping[str, Any]
    ) -> tuple[list[Predicate], int | None, int | None]:
        predicates: list[Predicate] = []
        low: int | None = None
        high: int | None = None
        for key, value in filter_.items():
            negate, op, name = split_filter_key(str(key).strip())
            name = name.strip().upper()
            kind = self._kind(name)
            if kind is None:
                continue  # unknown fields are ignored
            bound = None
            if name == "ID" and not negate and op in _ID_BOUNDS:
                if not isinstance(value, (bool, list, tuple, dict)):
                    bound = _to_float(value)
            if bound is not None and math.isfinite(bound):
                # a range of the sorted IDs holds it exactly: no check per row
                if op in (">", ">=", "="):
                    floor = math.floor(bound) + 1 if op == ">" else math.ceil(bound)
                    low = floor if low is None else max(low, floor)
                if op in ("<", "<=", "="):
                    ceiling = math.ceil(bound) - 1 if op == "<" else math.floor(bound)
                    high = ceiling if high is None else min(high, ceiling)
                continue
            predicate = self._condition(name, op, value, kind)
            predicates.append(_negated(predicate) if negate else predicate)
        return predicates, low, high

    def _condition(self, name: str, op: str, value: Any, kind: str) -> Predicate:
        if op in ("%", "=%", "%="):
            needle = "" if value is None else text(value)
            if op == "%":
                lowered = needle.lower()

                def contains(row: Row) -> bool:
                    have = row.get(name)
                    return have is not None and lowered in str(have).lower()

                return contains
            pattern = _like(needle)

            def like(row: Row) -> bool:
                have = row.get(name)
                return have is not None and pattern.fullmatch(str(have)) is not None

            return like

        convert = self._comparable(kind)
        if op in ("@", "!@") or (
            op in ("=", "!=") and isinstance(value, (list, tuple, dict))
        ):
            wanted = {convert(item) for item in _values(value)} - {None}
            inside = op in ("@", "=")

            def member(row: Row) -> bool:
                have = convert(row.get(name))
                return (have is not None and have in wanted) is inside

            return member

        if op in ("=", "!=") and _empty(value):
            equal = op == "="

            def blank(row: Row) -> bool:
                return _empty(row.get(name)) is equal

            return blank

        target = convert(value)
        if target is None:
            return (lambda row: True) if op == "!=" else (lambda row: False)
        if op == "=":
            return lambda row: convert(row.get(name)) == target
        if op == "!=":
            return lambda row: convert(row.get(name)) != target
        compare: Callable[[Any, Any], bool] = {
            ">": lambda a, b: a > b,
            ">=": lambda a, b: a >= b,
            "<": lambda a, b: a < b,
            "<=": lambda a, b: a <= b,
        }[op]

        def ordered(row: Row) -> bool:
            have = convert(row.get(name))
            return have is not None and compare(have, target)

        return ordered

    def _comparable(self, kind: str) -> Callable[[Any], Any]:
        if kind == "num":
            return _to_float
        if kind == "date":
            tz = self.tz

            def moment(value: Any) -> Any:
                return _parse_when(value, tz) if isinstance(value, str) else None

            return moment

        def string(value: Any) -> Any:
            return None if value is None else text(value)

        return string

    def _compile_order(self, order: Mapping[str, Any]) -> list[tuple[str, bool]]:
        sorts = []
        for key, direction in order.items():
            name = str(key).strip().upper()
            if self._kind(name) is None:
                continue
            sorts.append((name, str(direction).strip().upper() == "DESC"))
        return sorts

    def _sort_key(self, name: str) -> Callable[[Row], tuple[int, Any]]:
        kind = self._kind(name)
        if kind == "num":

            def numeric(row: Row) -> tuple[int, Any]:
                number = _to_float(row.get(name))
                return (0, 0.0) if number is None else (1, number)

            return numeric

        def textual(row: Row) -> tuple[int, Any]:
            value = row.get(name)
            return (0, "") if value is None else (1, text(value).casefold())

        return textual

    def _project(self, rows: list[Row], select: list[str]) -> list[Row]:
        """Apply ``select``: default and ``*`` + ``UF_*`` give whole rows."""
        wanted: set[str] = set()
        standard = uf = False
        for item in select:
            name = str(item).strip().upper()
            if name == "*":
                standard = True
            elif name == "UF_*":
                uf = True
            elif name:
                wanted.add(name)
        if not select or (standard and uf):
            return rows
        columns = [spec.name for spec in DEAL_FIELDS]
        columns += [name for name in self._dynamic if name.startswith("PARENT_ID_")]
        keys = [name for name in columns if name == "ID" or standard or name in wanted]
        keys += [
            name
            for name in self._dynamic
            if name.startswith("UF_") and (uf or name in wanted)
        ]
        return [{key: row.get(key) for key in keys} for row in rows]
