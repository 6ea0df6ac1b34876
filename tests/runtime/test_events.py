"""Incoming events: verification first, then bounded, linear parsing of
hostile form and JSON bodies; no secret or body text in any message."""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from b24client import Event, EventVerificationError, parse_event
from b24client._core import events
from b24client._core.phpquery import nest as real_nest
from b24client._core.phpquery import parse
from b24client.testing import event_body

TOKEN = "app-TOKEN-1"
BODY = (
    "event=ONCRMDEALADD&event_handler_id=3&data%5BFIELDS%5D%5BID%5D=5&ts=1700000000"
    "&auth%5Bdomain%5D=portal.example.com&auth%5Bmember_id%5D=m1"
    "&auth%5Bapplication_token%5D=app-TOKEN-1"
)
JSON_BODY: dict[str, Any] = {
    "event": "ONCRMDEALADD",
    "event_handler_id": "3",
    "data": {"FIELDS": {"ID": "5"}},
    "ts": "1700000000",
    "auth": {
        "domain": "portal.example.com",
        "member_id": "m1",
        "application_token": TOKEN,
    },
}


def refused(body: Any, code: str, **bounds: int) -> EventVerificationError:
    """The error ``parse_event`` raises for ``body``, checked for its code."""
    with pytest.raises(EventVerificationError) as caught:
        parse_event(body, application_token=TOKEN, **bounds)
    assert caught.value.code == code, caught.value
    return caught.value


def summary(event: Event) -> tuple[Any, ...]:
    return (event.event, event.data, event.handler_id, event.ts, event.domain)


EXPECTED = (
    "ONCRMDEALADD",
    {"FIELDS": {"ID": "5"}},
    "3",
    1700000000,
    "portal.example.com",
)


# --- the accepted forms ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        BODY,
        BODY.encode(),
        BODY.replace("%5B", "[").replace("%5D", "]"),
        json.dumps(JSON_BODY),
        b" \r\n\t" + json.dumps(JSON_BODY).encode(),
        JSON_BODY,
    ],
    ids=[
        "form-text",
        "form-bytes",
        "form-literal-brackets",
        "json-text",
        "json-bytes",
        "json-mapping",
    ],
)
def test_event_is_parsed_and_verified(body: Any) -> None:
    event = parse_event(body, application_token=TOKEN)
    assert isinstance(event, Event)
    assert summary(event) == EXPECTED
    assert event.auth["member_id"] == "m1"
    assert TOKEN not in repr(event) and TOKEN not in str(event)


class FormMapping(Mapping[str, str]):
    """What a framework hands over (a QueryDict: one value per key)."""

    def __init__(self, pairs: dict[str, str]) -> None:
        self._pairs = pairs

    def __getitem__(self, key: str) -> str:
        return self._pairs[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._pairs)

    def __len__(self) -> int:
        return len(self._pairs)


@pytest.mark.parametrize("kind", [dict, FormMapping])
def test_event_from_a_flat_form_mapping(kind: Callable[[dict[str, str]], Any]) -> None:
    form = kind(
        {
            "event": "onCrmDealUpdate",
            "data[FIELDS][ID]": "7",
            "data[FIELDS][TAGS][]": "a",
            "auth[application_token]": "t",
        }
    )
    event = parse_event(form, application_token="t")
    assert event.event == "ONCRMDEALUPDATE"
    assert event.data == {"FIELDS": {"ID": "7", "TAGS": ["a"]}}


def test_the_bundled_event_body_is_accepted() -> None:
    raw = event_body(
        "ONCRMDEALADD",
        {"ID": 5},
        application_token=TOKEN,
        ts=1700000000,
        auth={"access_token": "acc-1", "refresh_token": "ref-1"},
    )
    event = parse_event(raw, application_token=TOKEN)
    assert summary(event)[:2] == ("ONCRMDEALADD", {"FIELDS": {"ID": "5"}})
    assert event.auth["access_token"] == "acc-1"


def test_arrays_take_the_next_free_index_as_in_php() -> None:
    body = (
        "event=X&auth[application_token]=app-TOKEN-1"
        "&data[x][5]=a&data[x][]=b&data[x][07]=c&data[x][]=d"
        "&data[a][]=1&data[a]=s&data[b][]=2&data[b][]=3"
    )
    assert parse_event(body, application_token=TOKEN).data == {
        "x": {"5": "a", "6": "b", "07": "c", "7": "d"},
        "a": "s",
        "b": ["2", "3"],
    }


def test_the_portal_parser_stays_lenient() -> None:
    """The fake portal reads bad escapes as U+FFFD, unbounded (parse's defaults)."""
    assert parse("a=%ff&b[]=1&b[]=2") == {"a": "\ufffd", "b": ["1", "2"]}
    assert parse("k" + "[x]" * 100 + "=1")["k"]["x"]["x"]["x"] is not None


# --- the token comes first ------------------------------------------------------------


def test_event_needs_an_expected_token() -> None:
    with pytest.raises(ValueError):
        parse_event(BODY, application_token="")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (BODY.replace("app-TOKEN-1", "app-TOKEN-2"), "EVENT_TOKEN_MISMATCH"),
        (BODY.replace("app-TOKEN-1", "app-TOKEN-12"), "EVENT_TOKEN_MISMATCH"),
        (
            BODY.replace("&auth%5Bapplication_token%5D=app-TOKEN-1", ""),
            "EVENT_TOKEN_MISSING",
        ),
        (BODY.replace("=app-TOKEN-1", "="), "EVENT_TOKEN_MISSING"),
        (BODY.replace("app-TOKEN-1", "app-T%C3%96KEN-1"), "EVENT_TOKEN_MISMATCH"),
        (
            {**JSON_BODY, "auth": {"application_token": "app-TOKEN-2"}},
            "EVENT_TOKEN_MISMATCH",
        ),
        ({**JSON_BODY, "auth": {"application_token": 5}}, "EVENT_TOKEN_MISSING"),
        ({**JSON_BODY, "auth": "app-TOKEN-1"}, "EVENT_TOKEN_MISSING"),
        ("", "EVENT_TOKEN_MISSING"),
        ("[1]", "EVENT_TOKEN_MISSING"),
    ],
)
def test_wrong_or_missing_tokens_are_refused(body: Any, code: str) -> None:
    error = refused(body, code)
    assert "app-TOKEN" not in str(error) + repr(error)


@pytest.fixture
def nested(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the nested structures built (form bodies) and the JSON bodies walked."""
    built: list[int] = []
    real_walk = events._walk

    def nest(flat: Any, **kwargs: Any) -> Any:
        built.append(len(flat))
        return real_nest(flat, **kwargs)

    def walk(root: Any, limits: Any) -> None:
        built.append(len(root))
        real_walk(root, limits)

    monkeypatch.setattr(events, "nest", nest)
    monkeypatch.setattr(events, "_walk", walk)
    return built


DEEP_KEY = "data" + "[a]" * 10_000 + "=1"


def hostile(token: str | None) -> tuple[str, dict[str, Any]]:
    """A form body past every nesting bound (not the field bound) and a JSON
    object 100 levels deep, both carrying ``token``."""
    auth = "" if token is None else f"&auth[application_token]={token}"
    form = "event=X&" + DEEP_KEY + "&data[b][]=1" * 5_000 + auth
    data: dict[str, Any] = {}
    node = data
    for _ in range(100):
        node["a"] = node = {}
    return form, {"event": "X", "auth": {"application_token": token}, "data": data}


@pytest.mark.parametrize(
    ("token", "code"),
    [("wrong", "EVENT_TOKEN_MISMATCH"), (None, "EVENT_TOKEN_MISSING")],
)
def test_a_wrong_token_builds_nothing_nested(
    nested: list[int], token: str | None, code: str
) -> None:
    """The token decides before the bounds, and nothing nested is built (nor
    a JSON body walked); with the right token the depth bound refuses both."""
    started = time.monotonic()
    form, deep_json = hostile(token)
    for body in (form, form.encode(), json.dumps(deep_json), deep_json):
        refused(body, code)
    assert nested == []
    form, deep_json = hostile(TOKEN)
    refused(form, "EVENT_TOO_DEEP")
    refused(deep_json, "EVENT_TOO_DEEP")
    assert len(nested) == 2
    assert time.monotonic() - started < 30  # a hang is the failure, not speed


def test_a_token_overwritten_by_a_later_field_is_refused() -> None:
    for tail in (
        "&auth[application_token][]=x",
        "&auth=x",
        "&auth[application_token][a]=x",
    ):
        refused(BODY.replace("%5B", "[").replace("%5D", "]") + tail, "EVENT_MALFORMED")
    # a later duplicate wins, as in PHP
    assert parse_event(
        BODY.replace("=app-TOKEN-1", "=x") + "&auth[application_token]=" + TOKEN,
        application_token=TOKEN,
    )


@pytest.mark.parametrize(
    ("expected", "sent"),
    [
        ("tök\u00e9n", "t%C3%B6k%C3%A9n"),
        ("tok\ud800en", "tok%ED%A0%80en"),
        ("tok\udcffen", "token"),
    ],
)
def test_tokens_with_any_text_compare_without_unicode_errors(
    expected: str, sent: str
) -> None:
    body = f"event=X&auth[application_token]={sent}"
    try:
        event = parse_event(body, application_token=expected)
    except EventVerificationError as error:
        assert error.code in ("EVENT_TOKEN_MISMATCH", "EVENT_MALFORMED")
    else:
        assert event.auth["application_token"] == expected


def test_a_json_token_with_a_lone_surrogate_is_refused_not_a_unicode_error() -> None:
    body = '{"event": "X", "auth": {"application_token": "t\\ud800"}}'
    with pytest.raises(EventVerificationError):
        parse_event(body, application_token="t\ud800")
    with pytest.raises(EventVerificationError):
        parse_event(body, application_token="t")


# --- bounds ---------------------------------------------------------------------------


def with_token(body: str) -> str:
    return "event=X&auth[application_token]=" + TOKEN + "&" + body


@pytest.mark.parametrize("as_bytes", [False, True])
def test_deep_keys_are_refused(as_bytes: bool) -> None:
    body = with_token(DEEP_KEY)
    error = refused(body.encode() if as_bytes else body, "EVENT_TOO_DEEP")
    assert "32" in str(error) and "max_depth" in str(error)
    at_bound = with_token("data" + "[a]" * 32 + "=1")
    assert parse_event(at_bound, application_token=TOKEN).data
    refused(with_token("data" + "[a]" * 33 + "=1"), "EVENT_TOO_DEEP")
    refused(with_token("data[a][b]=1"), "EVENT_TOO_DEEP", max_depth=1)


def deep_json(levels: int) -> str:
    inner = "[" * levels + "]" * levels
    return (
        f'{{"event": "X", "auth": {{"application_token": "{TOKEN}"}}, "data": {inner}}}'
    )


@pytest.mark.parametrize("levels", [10_000, 100_000, 33])
def test_deep_json_is_refused(levels: int) -> None:
    error = refused(deep_json(levels), "EVENT_TOO_DEEP", max_bytes=1 << 21)
    assert "JSON" in str(error) or "max_depth" in str(error)


def test_json_depth_counts_as_form_brackets_do() -> None:
    """``data[a]…`` n levels deep as a form and as JSON: the same bound applies."""
    for levels in (31, 32):
        assert parse_event(deep_json(levels), application_token=TOKEN)
        assert parse_event(
            with_token("data" + "[]" * levels + "=1"), application_token=TOKEN
        )
    refused(deep_json(32), "EVENT_TOO_DEEP", max_depth=31)
    refused(with_token("data" + "[]" * 32 + "=1"), "EVENT_TOO_DEEP", max_depth=31)


def test_a_field_flood_is_refused() -> None:
    error = refused(with_token("x[]=1&" * 100_000), "EVENT_TOO_MANY_FIELDS")
    assert "10000" in str(error) and "max_fields" in str(error)
    flood = json.loads(deep_json(1))
    flood["data"] = [1] * 100_000
    refused(flood, "EVENT_TOO_MANY_FIELDS")
    refused(json.dumps(flood), "EVENT_TOO_MANY_FIELDS")
    refused(
        {"x[]": "1", **{f"k{i}": "v" for i in range(10)}},
        "EVENT_TOO_MANY_FIELDS",
        max_fields=10,
    )
    # the bound is inclusive: the token and event pairs count too
    assert parse_event(with_token("x[]=1&" * 8), application_token=TOKEN, max_fields=10)
    refused(with_token("x[]=1&" * 9), "EVENT_TOO_MANY_FIELDS", max_fields=10)


def best_time(body: Any) -> float:
    """The quickest of three parses (the least disturbed by the shared machine)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        parse_event(body, application_token=TOKEN, max_fields=10**7, max_bytes=10**8)
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: with_token("data[x][]=1&" * n),
        lambda n: with_token("".join(f"data[{i}][]=1&" for i in range(n))),
        lambda n: json.dumps({**JSON_BODY, "data": {"x": ["1"] * n}}),
        lambda n: {**JSON_BODY, "data": {str(i): {"a": "1"} for i in range(n)}},
    ],
    ids=["form-append", "form-many-arrays", "json-list", "json-mapping"],
)
def test_floods_parse_in_linear_time(build: Callable[[int], Any]) -> None:
    """10x the pairs may not cost 40x the time: a linear parser costs about
    10x, a quadratic one (``x[]`` recounting its array) 100x. (4x the pairs
    would not tell them apart under a generous bound: 4x against 16x.)"""
    n = 5_000
    small, large = best_time(build(n)), best_time(build(10 * n))
    assert large < 40 * small, (small, large)


@pytest.mark.parametrize(
    "body",
    [
        b"x" * (1 << 20) + b"y",
        "x" * ((1 << 20) + 1),
        "é" * ((1 << 19) + 1),  # under the bound in characters, over it in UTF-8
        {"event": "X", "auth": {"application_token": TOKEN}, "data": "x" * (1 << 20)},
        {"data[x]": "x" * (1 << 20), "auth[application_token]": TOKEN},
    ],
    ids=["bytes", "text", "multibyte-text", "json-mapping", "form-mapping"],
)
def test_huge_bodies_are_refused(body: Any) -> None:
    error = refused(body, "EVENT_TOO_LARGE")
    assert "1048576" in str(error) and "max_bytes" in str(error)


def test_the_size_bound_is_a_keyword() -> None:
    refused(BODY, "EVENT_TOO_LARGE", max_bytes=len(BODY) - 1)
    assert parse_event(BODY, application_token=TOKEN, max_bytes=len(BODY))


# --- encodings and malformed bodies ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe",
        BODY.encode() + b"&data[x]=\xe9",  # Latin-1, not UTF-8
        BODY.encode() + b"&data[x]=\xed\xa0\x80",  # a surrogate encoded in UTF-8
        BODY + "&data[x]=%ED%A0%80",
        BODY + "&data%ED%A0%80=1",
        BODY + "&data[x]=%FF",
        BODY + "&data[x]=%C3",
        BODY + "&data[x]=\ud800",
        "\udcff" + BODY,
        BODY + "&data[x]=a\x00b",
        BODY.encode() + b"&data[x]=\x00",
        BODY + "&data[x]=%00",
        BODY + "&data%00=1",
        {**JSON_BODY, "data": {"x": "\ud800"}},
        {**JSON_BODY, "data": {"x\x00": "1"}},
        {"auth[application_token]": TOKEN, "event": "X", "data[x]": "\udfff"},
        json.dumps({**JSON_BODY, "data": {"x": "\ud800"}}),
        json.dumps({**JSON_BODY, "data": {"x": "\x00"}}),
    ],
)
def test_bad_text_is_refused_never_a_unicode_error(body: Any) -> None:
    refused(body, "EVENT_MALFORMED")


@pytest.mark.parametrize(
    "body",
    [
        '{"event": "X", "auth": {"application_token": "app-TOKEN-1"}',
        '{"event": "X"} trailing',
        '{"event": "X", "auth": {"application_token": "app-TOKEN-1"}, "n": NaN}',
        '{"event": "X", "auth": {"application_token": "app-TOKEN-1"}, "n": -Infinity}',
        '{"event": "X", "auth": {"application_token": "app-TOKEN-1"}, "n": 1e999}',
        '{"event": "X", "auth": {"application_token": "app-TOKEN-1"}, "n": '
        + "9" * 5000
        + "}",
        '{"event": "X", "auth": {"application_token": "app-TOKEN-1"}, "n": 0.'
        + "1" * 5000
        + "}",
        {**JSON_BODY, "data": {"n": float("nan")}},
        {**JSON_BODY, "data": {"n": b"bytes"}},
        {**JSON_BODY, "data": {1: "not a text key"}},
        {"event": "X", "auth[application_token]": TOKEN, "data[x]": 5},
        12,
        None,
    ],
)
def test_malformed_bodies_are_refused(body: Any) -> None:
    refused(body, "EVENT_MALFORMED")


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("ONCRMDEALADD", True),
        ("E" * 255, True),
        ("E" * 256, False),
        ("ON\nCRM", False),
        ("ON\x1b[31mCRM", False),
        ("", False),
    ],
)
def test_event_names_are_short_printable_text(name: str, ok: bool) -> None:
    body = {**JSON_BODY, "event": name}
    if ok:
        assert parse_event(body, application_token=TOKEN).event == name.upper()
    else:
        error = refused(body, "EVENT_MALFORMED")
        assert name not in str(error) or not name


@pytest.mark.parametrize(
    ("ts", "expected"),
    [
        ("1700000000", 1700000000),
        ("1" * 5000, None),
        ("\u0661\u0662\u0663", None),  # Arabic-Indic digits pass str.isdigit()
        ("-5", None),
        (" 17", None),
        (1700000000, 1700000000),
        (True, None),
        (-1, None),
        (10**30, None),
    ],
)
def test_ts_is_plain_digits_or_none(ts: Any, expected: int | None) -> None:
    form = BODY.replace("ts=1700000000", f"ts={ts}")
    if isinstance(ts, str):
        assert parse_event(form, application_token=TOKEN).ts == expected
    assert parse_event({**JSON_BODY, "ts": ts}, application_token=TOKEN).ts == expected


# --- secrets and body text stay out of reprs and errors -------------------------------

SECRETS = {
    "application_token": TOKEN,
    "access_token": "acc-SECRET-9",
    "refresh_token": "ref-SECRET-8",
}


def test_secrets_are_not_in_the_event_repr() -> None:
    body = {
        **JSON_BODY,
        "data": {"FIELDS": {"ID": "5", "ECHO": "acc-SECRET-9 ref-SECRET-8"}},
        "auth": {**JSON_BODY["auth"], **SECRETS},
    }
    event = parse_event(body, application_token=TOKEN)
    assert event.auth["access_token"] == "acc-SECRET-9"
    for text in (repr(event), str(event)):
        assert "ONCRMDEALADD" in text
        for secret in SECRETS.values():
            assert secret not in text


BODY_MARK = "BODYTEXT"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"event={BODY_MARK}&auth[application_token]=SENT-SECRET-0", TOKEN),
        (
            f"event={BODY_MARK}&auth[application_token]={TOKEN}&data[{BODY_MARK}]=%FF",
            TOKEN,
        ),
        (f"event={BODY_MARK}&auth[application_token]={TOKEN}&{BODY_MARK}=\x00", TOKEN),
        (
            f"event={BODY_MARK}&auth[application_token]={TOKEN}&{BODY_MARK}"
            + "[a]" * 40
            + "=1",
            TOKEN,
        ),
        (f"event={BODY_MARK}\n&auth[application_token]={TOKEN}", TOKEN),
        (
            f'{{"event": "{BODY_MARK}", "auth": {{"application_token": "SENT-SECRET-0"}}}}',
            TOKEN,
        ),
        (
            f'{{"event": "{BODY_MARK}", "auth": {{"application_token": "{TOKEN}"}}, "x": [NaN]}}',
            TOKEN,
        ),
        (f'{{"event": "{BODY_MARK}", "auth": {{"application_token": "{TOKEN}"', TOKEN),
        (
            f"event={BODY_MARK}&auth[application_token]={TOKEN}".encode() + b"\xff",
            TOKEN,
        ),
    ],
)
def test_errors_echo_no_token_and_no_body_text(body: Any, expected: str) -> None:
    with pytest.raises(EventVerificationError) as caught:
        parse_event(body, application_token=expected)
    error = caught.value
    shown = str(error) + repr(error) + "".join(traceback.format_exception(error))
    for text in (BODY_MARK, "SENT-SECRET-0", TOKEN):
        assert text not in shown
