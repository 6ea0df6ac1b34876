"""PHP-style query encoding: exact forms and the encode/parse round trip."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24client._core.phpquery import Raw, encode, parse, php_view


@pytest.mark.parametrize(
    ("params", "query"),
    [
        ({"fields": {"TITLE": "Deal"}}, "fields[TITLE]=Deal"),
        ({"select": ["ID", "TITLE"]}, "select[]=ID&select[]=TITLE"),
        (
            {"filter": {">ID": 5, "@STAGE_ID": ["NEW", "WON"]}},
            "filter[%3EID]=5&filter[%40STAGE_ID][]=NEW&filter[%40STAGE_ID][]=WON",
        ),
        (
            {"rows": [{"A": 1}, {"B": [1, 2]}]},
            "rows[0][A]=1&rows[1][B][]=1&rows[1][B][]=2",
        ),
        ({"flag": True, "off": False, "none": None}, "flag=1&off=0&none="),
        ({"empty": {}, "also": [], "x": 1}, "x=1"),
        ({"text": "a b&c=d?e#f%g+h/é"}, "text=a%20b%26c%3Dd%3Fe%23f%25g%2Bh%2F%C3%A9"),
        ({"n": 1.0, "f": 2.5}, "n=1&f=2.5"),
        ({"ref": Raw("$result[c0][ID]")}, "ref=$result[c0][ID]"),
    ],
)
def test_exact_encoding(params: dict[str, Any], query: str) -> None:
    assert encode(params) == query


def test_parse_handles_plus_duplicates_and_odd_keys() -> None:
    assert parse("a=1+2&a=3") == {"a": "3"}
    assert parse("a[b=1&c]=2&&=x") == {"a[b": "1", "c]": "2", "": "x"}
    assert parse("x[]=1&x[]=2&y[k][]=z") == {"x": ["1", "2"], "y": {"k": ["z"]}}


scalars = st.one_of(
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
keys = st.text(min_size=1, max_size=8).filter(lambda k: "[" not in k and "]" not in k)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, values, max_size=5))
def test_round_trip(params: dict[str, Any]) -> None:
    assert parse(encode(params)) == php_view(params)


def test_encoded_brackets_in_keys_are_brackets() -> None:
    assert parse("auth%5Bdomain%5D=x&data%5BFIELDS%5D%5BID%5D=5") == {
        "auth": {"domain": "x"},
        "data": {"FIELDS": {"ID": "5"}},
    }


@pytest.mark.parametrize("params", [{"a[b": 1}, {"fields": {"X]": 1}}])
def test_keys_with_brackets_are_refused(params: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="keys may not contain"):
        encode(params)
