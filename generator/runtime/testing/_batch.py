# Source: generator/runtime/testing/_batch.py (hand-written; copied into the package by make generate).
"""The ``batch`` method: commands run in order, ``$result[...]`` references, ``halt``.

Commands are ``"method?query"`` strings; each runs through
:meth:`Portal.call` like a top-level call (so each is charged to its own
method's operating time and counted in the stats), and its outcome lands in
the ``result``/``result_error``/``result_total``/``result_next``/``result_time``
sections, which come back as ``[]`` when empty (bitrix24-protocol.md §7).
References are resolved in the decoded query, as the portal does, so a
percent-encoded ``%24result%5Bkey%5D`` works as well as a raw one.

The answer's ``result`` section is joined from the commands' own JSON text
where they have it (a page of cached deal rows), so a 50-page read is
mostly string joins rather than encoding 2,500 rows again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._errors import ApiError
from ._outcome import Outcome
from ._wire import (
    as_mapping,
    encode_json,
    param,
    php_array,
    php_array_json,
    php_parse,
    truthy,
)

if TYPE_CHECKING:
    from ._portal import Portal

__all__ = ["MAX_BATCH", "run_batch", "substitute"]

MAX_BATCH = 50
"""Most commands one ``batch`` call may carry."""

_REF = re.compile(
    r"\$(result_error|result_total|result_next|result_time|result)((?:\[[^\[\]]*\])+)"
)
_REF_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_MISSING = object()


def _lookup(sections: Mapping[str, Mapping[str, Any]], match: re.Match[str]) -> Any:
    node: Any = sections[match.group(1)]
    for segment in _REF_SEGMENT.findall(match.group(2)):
        if isinstance(node, Mapping):
            if segment not in node:
                return _MISSING
            node = node[segment]
        elif isinstance(node, list):
            try:
                node = node[int(segment)]
            except (ValueError, IndexError):
                return _MISSING
        else:
            return _MISSING
    return node


def _ref_text(value: Any) -> str | None:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def substitute(value: Any, sections: Mapping[str, Mapping[str, Any]]) -> Any:
    """Replace ``$result[cmd][key]...`` references in parameter values.

    A value that is one whole reference takes the referenced value as is
    (so arrays travel); references inside longer text become text. A
    reference that does not resolve stays literal, as on the real portal.
    """
    if isinstance(value, str):
        if "$result" not in value:
            return value
        whole = _REF.fullmatch(value)
        if whole is not None:
            found = _lookup(sections, whole)
            return value if found is _MISSING else found

        def replace(match: re.Match[str]) -> str:
            found = _lookup(sections, match)
            as_text = None if found is _MISSING else _ref_text(found)
            return match.group(0) if as_text is None else as_text

        return _REF.sub(replace, value)
    if isinstance(value, dict):
        return {key: substitute(item, sections) for key, item in value.items()}
    if isinstance(value, list):
        return [substitute(item, sections) for item in value]
    return value


def _internal(error: Exception) -> dict[str, Any]:
    return {
        "error": "INTERNAL_SERVER_ERROR",
        "error_description": f"Internal server error: {error!r}",
    }


def run_batch(portal: Portal, params: dict[str, Any]) -> Outcome:
    """Run the commands of one ``batch`` call; its outcome is the ``result`` object."""
    raw = param(params, "cmd")
    if raw is None:
        commands: dict[str, Any] = {}
    else:
        mapping = as_mapping(raw)
        if mapping is None:
            raise ApiError(400, "ERROR_ARGUMENT", "The parameter cmd must be array.")
        commands = mapping
    if len(commands) > MAX_BATCH:
        raise ApiError(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded")
    halt = truthy(param(params, "halt"))
    outcomes: dict[str, Outcome] = {}
    results: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    totals: dict[str, Any] = {}
    nexts: dict[str, Any] = {}
    times: dict[str, Any] = {}
    sections = {
        "result": results,
        "result_error": errors,
        "result_total": totals,
        "result_next": nexts,
        "result_time": times,
    }
    for key, command in commands.items():
        started = time.time()
        method = ""
        try:
            method, _, query = str(command).strip().partition("?")
            sub_params = php_parse(query) if query else {}
            if "$" in query or "%24" in query:  # a reference, maybe percent-encoded
                sub_params = substitute(sub_params, sections)
            method = method.strip().lstrip("/")
            if method[-5:].lower() == ".json":
                method = method[:-5]
            fault = portal.faults.take_command(method.lower(), str(key))
            if fault is not None:
                raise ApiError(fault.status, fault.code, fault.description)
            outcome = portal.call(method, sub_params, in_batch=True)
        except ApiError as error:
            portal.stats.bump("errors")
            errors[key] = error.envelope()
            if halt:
                break
            continue
        except Exception as error:
            portal.stats.bump("errors")
            errors[key] = _internal(error)
            if halt:
                break
            continue
        outcomes[key] = outcome
        results[key] = outcome.result
        if outcome.total is not None:
            totals[key] = outcome.total
        if outcome.next is not None:
            nexts[key] = outcome.next
        times[key] = portal.time_info(started, time.time(), method)
    answer = {name: php_array(section) for name, section in sections.items()}

    def encoded() -> str:
        texts = {key: _json_of(outcome) for key, outcome in outcomes.items()}
        others = {name: value for name, value in answer.items() if name != "result"}
        return '{"result":' + php_array_json(texts) + "," + encode_json(others)[1:]

    return Outcome(answer, encoded=encoded)


def _json_of(outcome: Outcome) -> str:
    if outcome.encoded is not None:
        return outcome.encoded()
    return encode_json(outcome.result)
