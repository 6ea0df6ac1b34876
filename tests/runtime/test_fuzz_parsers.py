"""Fuzzing: any answer gives a parsed envelope or a typed b24client exception,
any event delivery an Event or an EventVerificationError."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from b24client import Bitrix24Error, EventVerificationError, parse_event
from b24client._core.batch import BatchBase
from b24client._core.jsoncodec import loads
from b24client._core.paging import page_items
from b24client._core.protocol import Envelope, coerce_result, parse_response
from b24client._core.types import MethodInfo

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=25,
)
keys = st.sampled_from(
    ["result", "error", "error_description", "time", "total", "next", "x"]
)
envelopes = st.dictionaries(keys, json_values, max_size=6)
statuses = st.sampled_from(
    [200, 201, 204, 301, 302, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504]
) | st.integers(100, 599)
RETURNS = ["integer", "boolean", "string", "number", "any"]


@settings(max_examples=400, deadline=None)
@given(statuses, st.binary(max_size=200))
def test_any_bytes(status: int, content: bytes) -> None:
    try:
        envelope = parse_response(status, content, "crm.deal.get")
    except Bitrix24Error as error:
        assert error.method == "crm.deal.get"
    else:
        assert isinstance(envelope, Envelope)


encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"])


@settings(max_examples=400, deadline=None)
@given(
    st.binary(max_size=60)
    | st.builds(
        lambda body, codec: json.dumps(body, ensure_ascii=False).encode(codec),
        envelopes,
        encodings,
    )
)
def test_decoding_agrees_with_json_loads(content: bytes) -> None:
    """The decoder in use (msgspec when installed) decodes (or refuses) every
    body as json.loads does when it refuses NaN and Infinity, which are not
    JSON; tests/runtime/test_jsoncodec.py runs both decoders."""

    def refuse(name: str) -> Any:
        raise ValueError(name)

    try:
        expected = repr(json.loads(content, parse_constant=refuse))
    except ValueError as error:
        expected = type(error).__name__
    try:
        got = repr(loads(content))
    except ValueError as error:
        got = type(error).__name__
    assert got == expected


@settings(max_examples=400, deadline=None)
@given(
    statuses, envelopes | json_values, st.sampled_from(RETURNS), st.sampled_from([1, 3])
)
def test_any_json(status: int, body: Any, returns: Any, api: Any) -> None:
    info = MethodInfo("crm.deal.get", returns=returns, api=api)
    try:
        envelope = parse_response(status, json.dumps(body).encode(), info.name)
        coerce_result(info, envelope.result)
        page_items(info, envelope.result)
    except Bitrix24Error:
        pass


sections = st.fixed_dictionaries(
    {},
    optional={
        name: json_values
        | st.dictionaries(
            st.sampled_from(["c0", "c1", "c2", "0"]), json_values, max_size=3
        )
        for name in (
            "result",
            "result_error",
            "result_total",
            "result_next",
            "result_time",
        )
    },
)


@settings(max_examples=400, deadline=None)
@given(sections | json_values, st.sampled_from(RETURNS))
def test_any_batch_answer(result: Any, returns: Any) -> None:
    batch = BatchBase(client=None)  # type: ignore[arg-type]
    commands = [
        batch._invoke(MethodInfo("crm.deal.add", returns=returns), {}),
        batch._invoke_page(MethodInfo("crm.deal.list"), {}),
        batch._invoke(MethodInfo("user.current"), {}),
    ]
    try:
        batch._settle_chunk(commands, result)
    except Bitrix24Error:
        return
    for command in commands:
        assert command.status in ("ok", "failed", "not_run", "unknown")
        if command.status != "ok":
            assert isinstance(command.error, Bitrix24Error)


# --- incoming events ------------------------------------------------------------------

EVENT_TOKEN = "app-TOKEN-1"
form_pieces = st.sampled_from(
    [
        "auth[application_token]=app-TOKEN-1",
        "auth%5Bapplication_token%5D=app-TOKEN-1",
        "auth[application_token][]=x",
        "auth=x",
        "event=ONCRMDEALADD",
        "event=",
        "ts=17",
        "ts=\u0661",
        "data[FIELDS][ID]=5",
        "data[x][]=1",
        "data[5]=a",
        "data[][]=b",
        "&",
        "=",
        "[",
        "]",
        "[]",
        "%",
        "%5B",
        "%ED%A0%80",
        "%FF",
        "%00",
        "+",
        "\x00",
        "\ud800",
        "é",
        "{",
        " ",
    ]
)
verified = st.sampled_from(
    ["event=ONCRMDEALADD&auth[application_token]=app-TOKEN-1&", ""]
)
form_bodies = st.builds(
    str.__add__,
    verified,
    st.lists(form_pieces | st.text(max_size=8), max_size=30).map("".join),
)
tokens = st.sampled_from([EVENT_TOKEN, "other", ""]) | json_values
event_objects = st.fixed_dictionaries(
    {
        "event": st.sampled_from(["ONCRMDEALADD", "", "x" * 300, "a\nb"]) | json_values,
        "auth": st.fixed_dictionaries({"application_token": tokens}) | json_values,
    },
    optional={
        "data": json_values | st.lists(st.floats(), max_size=2),
        "ts": st.sampled_from(["17", "1" * 30, "\u0661"]) | json_values,
        "event_handler_id": json_values,
    },
)
json_bodies = event_objects.map(json.dumps) | event_objects.map(
    lambda body: json.dumps(body)[:-1]  # cut short
)
event_bodies = (
    st.binary(max_size=120)
    | form_bodies
    | form_bodies.map(lambda text: text.encode("utf-8", "surrogatepass"))
    | json_bodies
    | json_bodies.map(str.encode)
    | event_objects
    | st.dictionaries(
        st.sampled_from(["event", "auth[application_token]", "data[x][]"]),
        st.text(max_size=5) | json_values,
        max_size=3,
    )
)
bounds = st.fixed_dictionaries(
    {},
    optional={
        "max_bytes": st.integers(0, 2000),
        "max_depth": st.integers(0, 4),
        "max_fields": st.integers(0, 20),
    },
)


@settings(max_examples=1000, deadline=None)
@given(event_bodies, bounds)
def test_any_event_body(body: Any, limits: dict[str, int]) -> None:
    """Any delivery gives a verified Event or an EventVerificationError."""
    try:
        event = parse_event(body, application_token=EVENT_TOKEN, **limits)
    except EventVerificationError as error:
        assert error.code is not None and error.code.startswith("EVENT_")
        assert EVENT_TOKEN not in str(error)
    else:
        assert event.auth["application_token"] == EVENT_TOKEN
        assert 0 < len(event.event) <= 255 and event.event.isprintable()
        assert isinstance(event.data, dict)
        assert event.ts is None or 0 <= event.ts < 10**20
        assert EVENT_TOKEN not in repr(event)
