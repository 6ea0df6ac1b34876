# Source: generator/runtime/testing/_portal.py (hand-written; copied into the package by make generate).
"""The sans-I/O core of the fake portal: one HTTP request in, one response out.

:meth:`Portal.handle` takes the parts of an HTTP request and returns
``(status, headers, body)``; it knows nothing about sockets, so it can be
driven directly in unit tests or wrapped by another transport. The socket
server lives in :mod:`._server`.

Request flow (each step is one method, so later features slot in between):
:meth:`Portal.handle` -> route and authorise (:meth:`Portal._authorise`)
-> decode parameters (:meth:`Portal.decode_params`) -> :meth:`Portal.call`
(the dispatch table :attr:`Portal.methods`) -> envelope.
"""

from __future__ import annotations

import collections
import datetime as _dt
import json
import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import unquote

from .._core.phpquery import parse
from ._store import Store, encode_json, iso

__all__ = [
    "ApiError",
    "MethodSpec",
    "Outcome",
    "Portal",
    "Response",
    "Stats",
    "Handler",
    "MAX_BATCH",
]

MAX_BATCH = 50
"""Most commands one ``batch`` call may carry."""

Response = tuple[int, dict[str, str], bytes]
"""``(HTTP status, headers, body)`` as :meth:`Portal.handle` returns it."""

JSON_HEADERS: Mapping[str, str] = {"Content-Type": "application/json; charset=utf-8"}


class ApiError(Exception):
    """A method failure: becomes ``{"error": code, "error_description": text}``."""

    def __init__(self, status: int, code: str, description: str) -> None:
        super().__init__(f"{status} {code!r}: {description}")
        self.status = status
        self.code = code
        self.description = description

    def envelope(self) -> dict[str, Any]:
        return {"error": self.code, "error_description": self.description}


def crm_error(description: str) -> ApiError:
    """The usual CRM failure: empty code, HTTP 400."""
    return ApiError(400, "", description)


@dataclass(slots=True)
class Outcome:
    """A method's result, with ``total``/``next`` for list methods."""

    result: Any
    total: int | None = None
    next: int | None = None
    encoded: Callable[[], str] | None = None
    """Optional: returns ``result`` as JSON text (a cache), used at top level."""


Handler = Callable[["Portal", dict[str, Any]], Any]
"""``handler(portal, params) -> result or Outcome``; raises :class:`ApiError`."""


@dataclass(frozen=True, slots=True)
class MethodSpec:
    """One entry of the dispatch table."""

    handler: Handler
    write: bool = False
    """Counted in :attr:`Stats.writes` when it succeeds."""
    batchable: bool = True
    """False: refused inside ``batch`` with ERROR_BATCH_METHOD_NOT_ALLOWED."""


@dataclass
class Stats:
    """What the fake portal has seen (read it from tests; reset between phases)."""

    requests: int = 0
    """HTTP requests received (a ``batch`` is one)."""
    connections: int = 0
    """TCP connections accepted (the socket server counts them)."""
    requests_by_method: collections.Counter[str] = field(
        default_factory=collections.Counter
    )
    """HTTP requests per method name (lower case), as sent in the URL."""
    calls: collections.Counter[str] = field(default_factory=collections.Counter)
    """Method executions, ``batch`` commands included (known methods only)."""
    writes: int = 0
    """Successful write calls (add/update/delete/set...), batch commands included."""
    errors: int = 0
    """Failed method executions (top-level responses and batch commands)."""
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)
    """HTTP responses per status code."""

    @property
    def by_method(self) -> collections.Counter[str]:
        """Short for :attr:`requests_by_method`."""
        return self.requests_by_method

    @property
    def writes_executed(self) -> int:
        """Same as :attr:`writes`."""
        return self.writes

    def reset(self) -> None:
        self.requests = self.connections = self.writes = self.errors = 0
        self.requests_by_method.clear()
        self.calls.clear()
        self.statuses.clear()


_ENCODED_BRACKET = re.compile(r"%5[bBdD]")


def php_parse(query: str) -> dict[str, Any]:
    """Parse a query string as PHP does: percent-encoded brackets in a key
    (``fields%5BTITLE%5D=x``, as form encoders send them) still nest."""
    if "%5" in query:
        parts = []
        for part in query.split("&"):
            key, eq, value = part.partition("=")
            if "%5" in key:
                key = _ENCODED_BRACKET.sub(
                    lambda m: "[" if m.group(0)[2] in "bB" else "]", key
                )
            parts.append(key + eq + value)
        query = "&".join(parts)
    return parse(query)


def param(params: Mapping[str, Any], name: str) -> Any:
    """A parameter by name, as the portal reads it: ``name`` or ``NAME``."""
    value = params.get(name)
    if value is None:
        value = params.get(name.upper())
        if value is None:
            lowered = name.lower()
            for key, item in params.items():
                if key.lower() == lowered:
                    return item
    return value


def as_mapping(value: Any) -> dict[str, Any] | None:
    """A PHP array as a dict (lists get index keys); None if not an array."""
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    return None


def truthy(value: Any) -> bool:
    """``halt``-style booleans: true/1/"1"/"Y"/"true"."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "y", "true", "yes")
    return bool(value)


def php_array(section: dict[str, Any]) -> Any:
    """How PHP's json_encode shows an array: ``[]`` when empty, a list when
    the keys are 0..n-1 in order, else an object."""
    if not section:
        return []
    if all(key == str(index) for index, key in enumerate(section)):
        return list(section.values())
    return section


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


class Portal:
    """A fake Bitrix24 portal without I/O: see :meth:`handle`.

    Args:
        user_id: the webhook's user (also ``user.current``).
        webhook_code: the webhook secret; random when None.
        store: the data; a fresh empty :class:`Store` when None.
    """

    def __init__(
        self,
        user_id: int = 1,
        webhook_code: str | None = None,
        *,
        store: Store | None = None,
    ) -> None:
        from ._methods import METHODS

        self.user_id = user_id
        self.webhook_code = webhook_code or secrets.token_hex(8)
        self.store = store if store is not None else Store()
        self.store.ensure_user(user_id)
        self.stats = Stats()
        self.methods: dict[str, MethodSpec] = dict(METHODS)
        """Dispatch table: lower-case method name -> spec. Add entries freely."""
        self._user_text = str(user_id)

    def register(
        self,
        name: str,
        handler: Handler,
        *,
        write: bool = False,
        batchable: bool = True,
    ) -> None:
        """Add or replace a method of this portal."""
        self.methods[name.lower()] = MethodSpec(handler, write, batchable)

    @property
    def webhook_path(self) -> str:
        """``/rest/<user>/<code>/``"""
        return f"/rest/{self.user_id}/{self.webhook_code}/"

    # --- the request --------------------------------------------------------------

    def handle(
        self,
        http_method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Response:
        """Serve one HTTP request. ``headers`` keys must be lower case."""
        started = time.time()
        stats = self.stats
        stats.requests += 1
        try:
            if http_method not in ("GET", "POST"):
                raise ApiError(405, "ERROR_METHOD_NOT_ALLOWED", "Method not allowed")
            method = self._authorise(path)
            stats.requests_by_method[method.lower()] += 1
            params = self.decode_params(query, headers, body)
            with self.store.lock:
                outcome = self.call(method, params, in_batch=False)
                # the result's JSON may come ready-made (a cache of stored rows)
                ready = outcome.encoded() if outcome.encoded is not None else None
        except ApiError as error:
            stats.errors += 1
            return self.respond(error.status, error.envelope())
        except Exception as error:  # a bug in a handler: report it like the portal
            stats.errors += 1
            failure = {
                "error": "INTERNAL_SERVER_ERROR",
                "error_description": f"Internal server error: {error!r}",
            }
            return self.respond(500, failure)
        tail: dict[str, Any] = {}
        if outcome.next is not None:
            tail["next"] = outcome.next
        if outcome.total is not None:
            tail["total"] = outcome.total
        tail["time"] = self.time_info(started, time.time())
        self.stats.statuses[200] += 1
        if ready is not None:
            text = '{"result":' + ready + "," + encode_json(tail)[1:]
        else:
            text = encode_json({"result": outcome.result, **tail})
        return 200, dict(JSON_HEADERS), text.encode()

    def respond(self, status: int, envelope: Any) -> Response:
        self.stats.statuses[status] += 1
        return status, dict(JSON_HEADERS), encode_json(envelope).encode()

    def _authorise(self, path: str) -> str:
        """Check the webhook path; return the method name it names."""
        if not path.startswith("/rest/"):
            raise ApiError(404, "NOT_FOUND", "Not found")
        parts = path[6:].split("/")
        if len(parts) != 3:
            if len(parts) == 1:  # /rest/<method>: the OAuth form, no token given
                raise ApiError(401, "NO_AUTH_FOUND", "Wrong authorization data")
            raise ApiError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!")
        user, code, method = parts
        if user != self._user_text or code != self.webhook_code:
            raise ApiError(401, "NO_AUTH_FOUND", "Wrong authorization data")
        method = unquote(method)
        if method[-5:].lower() == ".json":
            method = method[:-5]
        return method

    def decode_params(
        self, query: str, headers: Mapping[str, str], body: bytes
    ) -> dict[str, Any]:
        """Query-string parameters merged with the body's (the body wins)."""
        params = php_parse(query) if query else {}
        if not body.strip():
            return params
        content_type = headers.get("content-type", "").lower()
        decoded: Any
        if "json" in content_type:
            try:
                decoded = json.loads(body)
            except ValueError as error:  # UnicodeDecodeError is a ValueError
                raise ApiError(
                    400, "INVALID_REQUEST", f"Invalid JSON in the request body: {error}"
                ) from None
            if isinstance(decoded, list):
                decoded = as_mapping(decoded)
            if not isinstance(decoded, dict):
                raise ApiError(
                    400, "INVALID_REQUEST", "The JSON body must be an object."
                )
        else:
            try:
                decoded = php_parse(body.decode("utf-8"))
            except UnicodeDecodeError:
                raise ApiError(
                    400, "INVALID_REQUEST", "The request body is not valid UTF-8."
                ) from None
        if params:
            params.update(decoded)
            return params
        return cast(dict[str, Any], decoded)

    def call(self, method: str, params: dict[str, Any], *, in_batch: bool) -> Outcome:
        """Run one method (top level or a batch command); raise ApiError on failure."""
        name = method.lower()
        spec = self.methods.get(name)
        if spec is None:
            raise ApiError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!")
        if in_batch and not spec.batchable:
            raise ApiError(
                405,
                "ERROR_BATCH_METHOD_NOT_ALLOWED",
                "Method is not allowed for batch usage",
            )
        self.stats.calls[name] += 1
        result = spec.handler(self, params)
        if spec.write:
            self.stats.writes += 1
        return result if isinstance(result, Outcome) else Outcome(result)

    def time_info(self, started: float, finished: float) -> dict[str, Any]:
        """The ``time`` object of an envelope."""
        tz = self.store.tz
        return {
            "start": started,
            "finish": finished,
            "duration": finished - started,
            "processing": finished - started,
            "date_start": iso(_dt.datetime.fromtimestamp(started, tz)),
            "date_finish": iso(_dt.datetime.fromtimestamp(finished, tz)),
            "operating_reset_at": int(started) + 600,
            "operating": 0,
        }

    # --- batch --------------------------------------------------------------------

    def run_batch(self, params: dict[str, Any]) -> dict[str, Any]:
        """The ``batch`` method: run commands in order; see the protocol notes."""
        raw = param(params, "cmd")
        if raw is None:
            commands: dict[str, Any] = {}
        else:
            mapping = as_mapping(raw)
            if mapping is None:
                raise ApiError(
                    400, "ERROR_ARGUMENT", "The parameter cmd must be array."
                )
            commands = mapping
        if len(commands) > MAX_BATCH:
            raise ApiError(
                400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded"
            )
        halt = truthy(param(params, "halt"))
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
            try:
                method, _, query = str(command).strip().partition("?")
                sub_params = php_parse(query) if query else {}
                if "$result" in query:
                    sub_params = substitute(sub_params, sections)
                method = method.strip().lstrip("/")
                if method[-5:].lower() == ".json":
                    method = method[:-5]
                outcome = self.call(method, sub_params, in_batch=True)
            except ApiError as error:
                self.stats.errors += 1
                errors[key] = error.envelope()
                if halt:
                    break
                continue
            except Exception as error:
                self.stats.errors += 1
                errors[key] = {
                    "error": "INTERNAL_SERVER_ERROR",
                    "error_description": f"Internal server error: {error!r}",
                }
                if halt:
                    break
                continue
            results[key] = outcome.result
            if outcome.total is not None:
                totals[key] = outcome.total
            if outcome.next is not None:
                nexts[key] = outcome.next
            times[key] = self.time_info(started, time.time())
        return {name: php_array(section) for name, section in sections.items()}
