"""to_wire: what a Python argument becomes on the wire."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import pytest

from b24client._core.types import NOT_GIVEN, to_wire


class Stage(enum.Enum):
    WON = "WON"


class Level(enum.IntEnum):
    HIGH = 3


class Kind(str, enum.Enum):  # noqa: UP042 - the str mixin is what is tested
    LEAD = "LEAD"


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (True, True),
        (5, 5),
        (1.5, 1.5),
        ("Y", "Y"),
        (None, None),
        (Stage.WON, "WON"),
        (Level.HIGH, 3),
        (Kind.LEAD, "LEAD"),
        (dt.date(2024, 1, 2), "2024-01-02"),
        ({"a": NOT_GIVEN, "b": (Level.HIGH, [Kind.LEAD])}, {"b": [3, ["LEAD"]]}),
    ],
)
def test_to_wire(value: Any, wire: Any) -> None:
    """Plain scalars pass as they are; int and str enums still become values."""
    got = to_wire(value)
    assert got == wire and type(got) is type(wire)
