# Source: generator/runtime/_core/types.py (hand-written; copied into the package by make generate).
"""The small vocabulary that generated code and the runtime share."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, Final, Literal, NamedTuple, TypeVar

_T = TypeVar("_T")


class NotGiven(enum.Enum):
    """The type of NOT_GIVEN: an optional argument the caller left out.

    An enum member, so mypy narrows ``x is NOT_GIVEN`` and it pickles as itself.
    """

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN

Returns = Literal["integer", "boolean", "string", "number", "any"]
"""How the runtime coerces a method's ``result`` before handing it back."""


class MethodInfo(NamedTuple):
    """What the runtime needs to know about one REST method to call it."""

    name: str
    """The wire name, exact case: ``crm.deal.contact.items.delete``."""
    idempotent: bool = False
    """True when repeating the call cannot change the outcome: timeouts and 5xx may be retried."""
    returns: Returns = "any"
    api: Literal[1, 3] = 1
    """1 for classic ``/rest/``, 3 for REST 3.0 ``/rest/api/``."""


def yes_no(value: _T) -> str | _T:
    """Serialise a Python bool for a ``Y``/``N`` flag parameter.

    Anything else (NOT_GIVEN, a batch reference) passes through unchanged.
    """
    if isinstance(value, bool):
        return "Y" if value else "N"
    return value


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_wire(value: Any) -> Any:
    """Turn a Python argument into JSON-ready data.

    Dates become ``YYYY-MM-DD``, datetimes ISO-8601 (with their offset when
    aware), enums their value; dicts, lists and tuples are walked; NOT_GIVEN
    entries of dicts are dropped.
    """
    if type(value) in _JSON_SCALARS:  # most arguments: nothing to turn
        return value
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum) and not isinstance(value, NotGiven):
        return to_wire(value.value)
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items() if v is not NOT_GIVEN}
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    return value
