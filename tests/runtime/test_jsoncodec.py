"""Both answer decoders, msgspec (``b24client[speed]``) and json, give the same
Python objects for every body, and the same typed error for every bad one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24client import InvalidResponseError
from b24client._core import jsoncodec
from b24client._core.protocol import parse_response

msgspec = pytest.importorskip("msgspec")


@pytest.fixture(params=["json", "msgspec"])
def decoder(request: pytest.FixtureRequest) -> Iterator[str]:
    """The decoder under test, as the runtime would pick it."""
    fast = None if request.param == "json" else msgspec.json.Decoder().decode
    saved = jsoncodec._fast
    jsoncodec._fast = fast
    try:
        assert jsoncodec.decoder_name() == request.param
        yield request.param
    finally:
        jsoncodec._fast = saved


def reference(content: bytes) -> str:
    """What the standard library makes of a body (NaN and Infinity refused)."""

    def refuse(name: str) -> Any:
        raise ValueError(name)

    try:
        return repr(json.loads(content, parse_constant=refuse))
    except (ValueError, RecursionError) as error:
        return f"refused: {type(error).__name__}"


def outcome(content: bytes) -> str:
    """What the client makes of an answer with this body."""
    try:
        return repr(parse_response(200, content, "crm.deal.list").result)
    except InvalidResponseError as error:
        return f"InvalidResponseError: {error}"


HOSTILE = {
    "beyond int64": b'{"result":[9223372036854775808,-9223372036854775809]}',
    "beyond 64 bits": b'{"result":123456789012345678901234567890}',
    "5,000 digits": b'{"result":' + b"9" * 5000 + b"}",
    "1e400": b'{"result":1e400}',
    "-1e400": b'{"result":-1e400}',
    "huge exponent": b'{"result":1e99999999999999999999}',
    "minus zero": b'{"result":[-0,-0.0,0e0]}',
    "floats": b'{"result":[0.1,5e-324,2.2250738585072011e-308,1e-400,1.5E+3]}',
    "NaN": b'{"result":NaN}',
    "Infinity": b'{"result":-Infinity}',
    "duplicate keys": b'{"result":{"a":1,"b":2,"a":3},"result":[1]}',
    "lone surrogate escape": b'{"result":"\\ud800"}',
    "surrogate pair": b'{"result":"\\ud83d\\ude00"}',
    "encoded surrogate": b'{"result":"\xed\xa0\x80"}',
    "invalid UTF-8": b'{"result":"\xff\xfe"}',
    "overlong UTF-8": b'{"result":"\xc0\xaf"}',
    "raw control character": b'{"result":"a\x01b"}',
    "escaped NUL": b'{"result":"\\u0000"}',
    "trailing garbage": b'{"result":1}x',
    "two values": b'{"result":1}{"result":2}',
    "vertical tab": b'{"result":1}\x0b',
    "byte order mark": b'\xef\xbb\xbf{"result":1}',
    "UTF-16": json.dumps({"result": "é"}).encode("utf-16"),
    "NUL second byte": b'{\x00"\x00',
    "leading zero": b'{"result":01}',
    "truncated": b'{"result":[1,2',
    "empty": b"",
    "not an object": b"[1,2,3]",
    "bare string": b'"result"',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bodies(decoder: str, name: str) -> None:
    """The same value, or the same InvalidResponseError, as json gives."""
    content = HOSTILE[name]
    got = outcome(content)
    expected = reference(content)
    if expected.startswith("refused"):
        problem = "an empty body" if not content.strip() else "malformed JSON"
    elif not expected.startswith("{"):
        problem = "JSON that is not an object"
    else:
        assert got == repr(json.loads(content)["result"])
        return
    assert got == (
        "InvalidResponseError: crm.deal.list: the portal answered HTTP 200 "
        f"with {problem} (HTTP 200)"
    )


@pytest.mark.parametrize("depth", [995, 1000, 5000, 200_000])
def test_nesting_beyond_the_recursion_limit(decoder: str, depth: int) -> None:
    """Deeper than json would go: the same typed error, never RecursionError."""
    content = b'{"result":' + b"[" * depth + b"]" * depth + b"}"
    with pytest.raises(InvalidResponseError, match="with malformed JSON"):
        parse_response(200, content, "crm.deal.list")


def test_deep_but_allowed_nesting(decoder: str) -> None:
    content = b'{"result":' + b'[{"a":' * 200 + b"1" + b"}]" * 200 + b"}"
    assert outcome(content) == repr(json.loads(content)["result"])


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 10, max_value=2**70)
    | st.integers(min_value=-(2**70), max_value=-(2**63) + 10)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.from_regex(r"-?[0-9]{1,19}(\.[0-9]{1,4})?", fullmatch=True),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.booleans())
def test_both_decoders_give_the_same_objects(value: Any, ascii_only: bool) -> None:
    content = json.dumps({"result": value}, ensure_ascii=ascii_only).encode()
    expected = reference(content)
    for fast in (None, msgspec.json.Decoder().decode):
        saved = jsoncodec._fast
        jsoncodec._fast = fast
        try:
            assert repr(jsoncodec.loads(content)) == expected
        finally:
            jsoncodec._fast = saved


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80).map(lambda tail: b"{" + tail))
def test_both_decoders_refuse_alike(content: bytes) -> None:
    expected = reference(content)
    for fast in (None, msgspec.json.Decoder().decode):
        saved = jsoncodec._fast
        jsoncodec._fast = fast
        try:
            try:
                got = repr(jsoncodec.loads(content))
            except (ValueError, RecursionError) as error:
                got = f"refused: {type(error).__name__}"
        finally:
            jsoncodec._fast = saved
        assert got == expected
