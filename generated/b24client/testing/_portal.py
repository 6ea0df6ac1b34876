# Source: generator/runtime/testing/_portal.py (hand-written; copied into the package by make generate).
"""The sans-I/O core of the fake portal: one HTTP request in, one reply out.

:meth:`Portal.serve` takes the parts of an HTTP request and returns a
:class:`Reply` (the response plus how to send it: latency, faults);
:meth:`Portal.handle` is the same reduced to ``(status, headers, body)``.
Nothing here touches a socket, so it can be driven directly in unit tests.
The socket server lives in :mod:`._server`.

Request flow, one step per method:
redirect? -> route (:meth:`_route`) -> injected fault? -> rate limit ->
decode parameters -> authenticate (webhook path or OAuth ``auth``) ->
:meth:`call` (hand-written handler, else a catalog answer; operating-time
check and charge) -> classic or REST 3.0 envelope.
"""

from __future__ import annotations

import datetime as _dt
import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import unquote

from ._batch import MAX_BATCH, run_batch, substitute
from ._errors import ApiError, crm_error, missing_param
from ._faults import OAUTH_TOKEN_NAME, Faults
from ._generic import CatalogEntry, catalog, missing_params, sample
from ._idempotency import IdempotencyStore
from ._limits import Limits
from ._oauth import OAuthServer
from ._outcome import Outcome
from ._reply import JSON_HEADERS, Reply, json_reply
from ._stats import Executed, Stats
from ._store import Store, iso
from ._v3 import decode_v3, validation_error, wrap
from ._wire import as_mapping, encode_json, param, php_array, php_parse, truthy

__all__ = [
    "ApiError",
    "MethodSpec",
    "Outcome",
    "Portal",
    "Reply",
    "Response",
    "Stats",
    "Handler",
    "MAX_BATCH",
    "crm_error",
    "php_parse",
    "param",
    "as_mapping",
    "truthy",
    "php_array",
    "substitute",
]

Response = tuple[int, dict[str, str], bytes]
"""``(HTTP status, headers, body)`` as :meth:`Portal.handle` returns it."""

_METHOD_NOT_FOUND = ("ERROR_METHOD_NOT_FOUND", "Method not found!")
_NO_AUTH = ("NO_AUTH_FOUND", "Wrong authorization data")
_SYSTEM_CODES = frozenset(
    {"NO_AUTH_FOUND", "expired_token", "QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT"}
)
"""Raised by the REST layer shared by both protocols: always the classic shape."""


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


@dataclass(slots=True)
class _Route:
    name: str
    """The method as named in the URL (``.json`` dropped); ``oauth.token``."""
    api: int = 1
    webhook: tuple[str, str] | None = None
    """``(user, code)`` from a webhook path; None: OAuth (``auth`` param)."""
    token: bool = False
    """The OAuth token endpoint."""


class Portal:
    """A fake Bitrix24 portal without I/O: see :meth:`serve`.

    Args:
        user_id: the webhook's user (also ``user.current``).
        webhook_code: the webhook secret; random when None.
        store: the data; a fresh empty :class:`Store` when None.
        rate_limit: ``(rate, burst)`` to enforce the request-rate limit
            (off when None); see :attr:`limits`.
        latency: seconds every reply is held back (the socket server waits
            without blocking other connections).
        redirect_to: answer every request with a 302 to this origin (a
            renamed portal); see :meth:`redirect_all_to`.
    """

    def __init__(
        self,
        user_id: int = 1,
        webhook_code: str | None = None,
        *,
        store: Store | None = None,
        rate_limit: tuple[float, int] | None = None,
        latency: float = 0.0,
        redirect_to: str | None = None,
    ) -> None:
        from ._methods import METHODS

        self.user_id = user_id
        self.webhook_code = webhook_code or secrets.token_hex(8)
        self.store = store if store is not None else Store()
        self.store.ensure_user(user_id)
        self.stats = Stats()
        self.methods: dict[str, MethodSpec] = dict(METHODS)
        """Dispatch table: lower-case method name -> spec. Add entries freely."""
        self.v3_methods: dict[str, MethodSpec] = {}
        """Hand-written REST 3.0 handlers (they return the v3 ``result`` object)."""
        self.catalog, self.v3_catalog = catalog()
        """Every spec'd method (classic, REST 3.0), answered when no handler is."""
        self.limits = Limits()
        """Rate and operating-time limits: ``limits.configure(rate=, burst=)``,
        ``limits.configure_operating(limit_seconds=, window_seconds=, cost=)``."""
        if rate_limit is not None:
            self.limits.configure(*rate_limit)
        self.faults = Faults(self._count_fault)
        """``faults.inject(kind, method=None, count=1, ...)``: see :mod:`._faults`."""
        self.oauth = OAuthServer(user_id, on_refresh=self._count_refresh)
        """Tokens and the token endpoint: ``oauth.issue()``, ``oauth.expire()``."""
        self.idempotency = IdempotencyStore()
        """REST 3.0 writes kept by ``Idempotency-Key`` (see :mod:`._idempotency`)."""
        self.latency = latency
        self.redirect_to = redirect_to
        self.caller_id = user_id
        """The user the running call acts as (the webhook's, or the token's)."""
        self._credential = "webhook"
        self._user_text = str(user_id)
        self._iso_cache: tuple[int, _dt.tzinfo | None, str] = (-1, None, "")

    def register(
        self,
        name: str,
        handler: Handler,
        *,
        write: bool = False,
        batchable: bool = True,
        api: int = 1,
    ) -> None:
        """Add or replace a method of this portal (``api=3``: a REST 3.0 one)."""
        table = self.v3_methods if api == 3 else self.methods
        table[name.lower()] = MethodSpec(handler, write, batchable)

    def redirect_all_to(self, origin: str | None) -> None:
        """Act as a renamed portal: every request gets 302 to ``origin`` + the
        same path and query. None: serve normally again."""
        self.redirect_to = origin.rstrip("/") if origin else None

    @property
    def webhook_path(self) -> str:
        """``/rest/<user>/<code>/``"""
        return f"/rest/{self.user_id}/{self.webhook_code}/"

    @property
    def base_url(self) -> str:
        """The portal's own origin, as the OAuth answers report it."""
        return self.oauth.base_url

    @base_url.setter
    def base_url(self, origin: str) -> None:
        self.oauth.base_url = origin.rstrip("/")

    def _count_fault(self, kind: str) -> None:
        with self.stats.lock:
            self.stats.faults[kind] += 1

    def _count_refresh(self) -> None:
        self.stats.bump("refreshes")

    # --- the request --------------------------------------------------------------

    def handle(
        self,
        http_method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Response:
        """Serve one request without the wire: no waiting, faults' wire actions
        ignored (a reset becomes an empty status-0 response)."""
        reply = self.serve(http_method, path, query, headers, body).settle()
        return reply.status, reply.headers, reply.body

    def serve(
        self,
        http_method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Reply:
        """Serve one HTTP request. ``headers`` keys must be lower case."""
        started = time.time()
        stats = self.stats
        redirect = self.redirect_to
        if redirect is not None:
            with stats.lock:
                stats.requests += 1
                stats.redirects += 1
                stats.statuses[302] += 1
            target = redirect + path + ("?" + query if query else "")
            return Reply(302, {"Location": target}, b"", delay=self.latency)
        try:
            route = self._route(path)
        except ApiError as error:
            with stats.lock:
                stats.requests += 1
                stats.errors += 1
            return self._finish(json_reply(error.status, error.envelope()))
        name = route.name.lower()
        with stats.lock:
            stats.requests += 1
            stats.requests_by_method[name] += 1
        fault = self.faults.take(name)
        v3 = route.api == 3
        if fault is not None and not fault.after_run:
            if fault.kind == "slow":

                def late() -> Reply:
                    return self._finish(
                        self._process(route, http_method, query, headers, body, started)
                    )

                return Reply(0, {}, b"", delay=fault.delay or 0.0, then=late)
            return self._finish(fault.reply(None, v3=v3))
        reply = self._process(route, http_method, query, headers, body, started)
        if fault is not None:
            if fault.kind == "slow":
                reply.delay += fault.delay or 0.0
            else:
                reply = fault.reply(reply, v3=v3)
        return self._finish(reply)

    def _finish(self, reply: Reply) -> Reply:
        reply.delay += self.latency
        if reply.action == "send" or reply.action == "incomplete":
            with self.stats.lock:
                self.stats.statuses[reply.status] += 1
        return reply

    def respond(self, status: int, envelope: Any) -> Response:
        """A JSON response (kept for callers of the old API)."""
        reply = json_reply(status, envelope)
        return reply.status, reply.headers, reply.body

    def _route(self, path: str) -> _Route:
        """Parse the path: which method, which protocol, which credential."""
        if path.startswith("/oauth/token"):
            if path.rstrip("/") == "/oauth/token":
                return _Route(OAUTH_TOKEN_NAME, token=True)
            raise ApiError(404, "NOT_FOUND", "Not found")
        if not path.startswith("/rest/"):
            raise ApiError(404, "NOT_FOUND", "Not found")
        parts = path[6:].split("/")
        api = 1
        if parts[0] == "api" and len(parts) in (2, 4):
            api = 3
            del parts[0]
        if len(parts) == 3:
            user, code, method = parts
            webhook: tuple[str, str] | None = (user, code)
        elif len(parts) == 1:  # /rest/<method>: the OAuth form
            method, webhook = parts[0], None
        else:
            raise ApiError(404, *_METHOD_NOT_FOUND)
        method = unquote(method)
        if method[-5:].lower() == ".json":
            method = method[:-5]
        return _Route(method, api, webhook)

    def _process(
        self,
        route: _Route,
        http_method: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        started: float,
    ) -> Reply:
        if route.token:
            return self._token(query, headers, body)
        stats = self.stats
        v3 = route.api == 3
        key = headers.get("idempotency-key") if v3 and self._writes(route) else None
        try:
            if http_method not in ("GET", "POST"):
                raise ApiError(405, "ERROR_METHOD_NOT_ALLOWED", "Method not allowed")
            if not self.limits.admit():
                stats.bump("refused")
                raise ApiError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests")
            params = decode_v3(body) if v3 else self.decode_params(query, headers, body)
            user_id, credential = self._authenticate(route, params)
            scope = (credential_of(route), user_id, route.name.lower())
            if key is not None:
                self.idempotency.check(key)
                kept = self.idempotency.replay(scope, key, body)
                if kept is not None:
                    stats.bump("replays")
                    return kept
            with self.store.lock:
                self.caller_id, self._credential = user_id, credential
                try:
                    outcome = self.call(
                        route.name, params, in_batch=False, api=route.api
                    )
                    # the result's JSON may come ready-made (a cache of stored rows)
                    ready = outcome.encoded() if outcome.encoded is not None else None
                finally:
                    self.caller_id, self._credential = self.user_id, "webhook"
        except ApiError as error:
            stats.bump("errors")
            return self._error(error, v3, started, route.name, credential_of(route))
        except Exception as error:  # a bug in a handler: report it like the portal
            stats.bump("errors")
            failure = ApiError(
                500, "INTERNAL_SERVER_ERROR", f"Internal server error: {error!r}"
            )
            return self._error(failure, v3, started, route.name, credential_of(route))
        tail: dict[str, Any] = {}
        if outcome.next is not None:
            tail["next"] = outcome.next
        if outcome.total is not None:
            tail["total"] = outcome.total
        tail["time"] = self.time_info(
            started, time.time(), route.name, credential_of(route)
        )
        if ready is not None and not v3:
            text = '{"result":' + ready + "," + encode_json(tail)[1:]
        else:
            text = encode_json({"result": outcome.result, **tail})
        reply = Reply(200, dict(JSON_HEADERS), text.encode())
        if key is not None:
            self.idempotency.keep(scope, key, body, reply)
        return reply

    def _writes(self, route: _Route) -> bool:
        """Whether a REST 3.0 method changes data (only those honour the key)."""
        name = route.name.lower()
        spec = self.v3_methods.get(name)
        if spec is not None:
            return spec.write
        entry = self.v3_catalog.get(name)
        return entry is not None and entry.write

    def _error(
        self, error: ApiError, v3: bool, started: float, method: str, credential: str
    ) -> Reply:
        if v3 and error.code not in _SYSTEM_CODES:
            return json_reply(error.status, error.v3_envelope())
        envelope = error.envelope()
        if error.code == "OPERATION_TIME_LIMIT":
            envelope["time"] = self.time_info(started, time.time(), method, credential)
        return json_reply(error.status, envelope)

    def _authenticate(self, route: _Route, params: dict[str, Any]) -> tuple[int, str]:
        """``(user id, credential key)`` of the request, or a 401 ApiError."""
        if route.webhook is not None:
            user, code = route.webhook
            if user != self._user_text or code != self.webhook_code:
                raise ApiError(401, *_NO_AUTH)
            return self.user_id, "webhook"
        token = params.pop("auth", None)
        return self.oauth.authenticate(token), "app"

    def _token(self, query: str, headers: Mapping[str, str], body: bytes) -> Reply:
        self.stats.bump("token_requests")
        try:
            params = self.decode_params(query, headers, body)
        except ApiError:
            params = {}
        status, payload = self.oauth.token_endpoint(params)
        return json_reply(status, payload)

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

    # --- one method ---------------------------------------------------------------

    def call(
        self, method: str, params: dict[str, Any], *, in_batch: bool, api: int = 1
    ) -> Outcome:
        """Run one method (top level or a batch command); raise ApiError on failure."""
        name = method.lower()
        spec = (self.v3_methods if api == 3 else self.methods).get(name)
        entry: CatalogEntry | None = None
        if spec is None:
            entry = (self.v3_catalog if api == 3 else self.catalog).get(name)
            if entry is None:
                raise ApiError(404, *_METHOD_NOT_FOUND)
        elif in_batch and not spec.batchable:
            raise ApiError(
                405,
                "ERROR_BATCH_METHOD_NOT_ALLOWED",
                "Method is not allowed for batch usage",
            )
        limits, stats, credential = self.limits, self.stats, self._credential
        charged = name != "batch"
        if charged and limits.blocked(credential, name) is not None:
            stats.bump("operating_refused")
            raise ApiError(
                429,
                "OPERATION_TIME_LIMIT",
                "Method is blocked due to operation time limit.",
            )
        with stats.lock:
            stats.calls[name] += 1
        began = time.perf_counter()
        try:
            if spec is not None:
                result = spec.handler(self, params)
                write = spec.write
            else:
                assert entry is not None
                result = self._answer(entry, params)
                write = entry.write
        finally:
            if charged:
                limits.charge(credential, name, time.perf_counter() - began)
        if write:
            record = _record(params, result)
            with stats.lock:
                stats.writes += 1
                stats.writes_by_method[name] += 1
                stats.journal.append(Executed(name, record, params))
        return result if isinstance(result, Outcome) else Outcome(result)

    def _answer(self, entry: CatalogEntry, params: dict[str, Any]) -> Outcome:
        """A catalog method's answer: required parameters checked, a sample result."""
        missing = missing_params(entry, params)
        if missing:
            if entry.api == 3:
                raise validation_error(missing)
            raise missing_param(missing[0])
        value = sample(entry.returns)
        if entry.api == 3:
            return Outcome(wrap(entry.returns, value))
        if entry.pagination == "offset":
            rows = value if isinstance(value, list) else [value]
            return Outcome(rows, total=len(rows))
        return Outcome(value)

    def time_info(
        self,
        started: float,
        finished: float,
        method: str = "",
        credential: str | None = None,
    ) -> dict[str, Any]:
        """The ``time`` object of an envelope (``operating`` is ``method``'s,
        for ``credential``, by default the running call's)."""
        operating, reset_at = self.limits.operating(
            self._credential if credential is None else credential, method
        )
        return {
            "start": started,
            "finish": finished,
            "duration": finished - started,
            "processing": finished - started,
            "date_start": self._iso(started),
            "date_finish": self._iso(finished),
            "operating_reset_at": reset_at,
            "operating": operating,
        }

    def _iso(self, moment: float) -> str:
        """A Unix time as the portal's ISO text; cached per second (hot path)."""
        second, tz = int(moment), self.store.tz
        cached = self._iso_cache
        if cached[0] != second or cached[1] is not tz:
            stamp = _dt.datetime.fromtimestamp(second, tz)
            cached = self._iso_cache = (second, tz, iso(stamp))
        return cached[2]

    # --- batch --------------------------------------------------------------------

    def run_batch(self, params: dict[str, Any]) -> Outcome:
        """The ``batch`` method: see :mod:`._batch`."""
        return run_batch(self, params)


def _record(params: dict[str, Any], result: Any) -> str | None:
    """The record a write touched: its ``id`` parameter (any case), else the
    ID it returned (an add)."""
    for key, value in params.items():
        if key.lower() == "id" and isinstance(value, (str, int)):
            return str(value).strip()
    if isinstance(result, Outcome):
        result = result.result
    if isinstance(result, (str, int)) and not isinstance(result, bool):
        return str(result)
    return None


def credential_of(route: _Route) -> str:
    """Whose operating time a request is charged to: the webhook or the app."""
    return "webhook" if route.webhook is not None else "app"
