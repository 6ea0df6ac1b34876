# Source: generator/runtime/testing/_faults.py (hand-written; copied into the package by make generate).
"""Fault injection: make the next matching request(s) fail the way real portals,
proxies and networks fail, so client tests can prove they cope.

``portal.faults.inject(kind, method=None, count=1, ...)`` queues a fault; the
first queued fault that matches a request (by method name, any when None)
applies to it, ``count`` times (None: until :meth:`Faults.clear`). Each
application is counted in ``stats.faults[kind]``. With ``after_run=False``
(the default) the portal never sees the request: the method does not run.
With ``after_run=True`` the method runs first (a write is done and counted)
and the fault then spoils the answer: the "outcome unknown" case.

Kinds and what they do on the wire (see :data:`KINDS`):

- ``refuse``: the listener closes and open connections are dropped, so new
  connections get ECONNREFUSED; listening resumes after ``delay`` seconds
  (None: at ``FakePortal.accept_connections()``). Not queued.
- ``reset``: the connection is reset (TCP RST) instead of an answer.
- ``disconnect``: the connection is closed (FIN) instead of an answer.
- ``slow``: the answer comes ``delay`` seconds late (``after_run=False``:
  the wait comes first and the method runs after it, even if the client
  gave up; ``after_run=True``: it runs at once and only the answer waits).
- ``incomplete_body``: the head announces the whole body, half is sent,
  then the connection closes.
- ``html_500`` / ``bad_gateway`` / ``gateway_timeout``: 500 / 502 / 504
  with an HTML page, as a web server or proxy sends them.
- ``malformed_json``: 200, JSON content type, a PHP warning before the JSON.
- ``truncated_json``: 200, a well-framed body holding the first half of the JSON.
- ``empty_body``: 200 with an empty body.
- ``error``: ``{"error": code, "error_description": description}`` with
  ``status`` (defaults 400, ``ERROR_CORE``); a REST 3.0 path gets the v3
  error object instead.
- ``error_200``: an error envelope with HTTP 200 (as biconnector.* answers).
- ``error_empty_code``: ``"error": ""`` (crm style), HTTP 400.
- ``error_numeric_code``: ``"error": 200040300020`` as a JSON number, HTTP 400.
- ``command_error``: inside ``batch`` only, commands calling ``method`` (or
  with the id ``command``) fail with ``code``/``description`` without running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._reply import JSON_HEADERS, Reply, json_reply

__all__ = ["Fault", "Faults", "KINDS", "OAUTH_TOKEN_NAME"]

KINDS = frozenset(
    {
        "refuse",
        "reset",
        "disconnect",
        "slow",
        "incomplete_body",
        "html_500",
        "bad_gateway",
        "gateway_timeout",
        "malformed_json",
        "truncated_json",
        "empty_body",
        "error",
        "error_200",
        "error_empty_code",
        "error_numeric_code",
        "command_error",
    }
)
"""Every fault kind :meth:`Faults.inject` knows."""

OAUTH_TOKEN_NAME = "oauth.token"
"""The name token-endpoint requests match as (``method="oauth.token"``)."""

_DEFAULTS: dict[str, tuple[int, Any, str]] = {
    "error": (400, "ERROR_CORE", "Injected failure"),
    "error_200": (200, "ERROR_CORE", "Injected failure with HTTP 200"),
    "error_empty_code": (400, "", "Not found"),
    "error_numeric_code": (400, 200040300020, "Access denied"),
    "command_error": (400, "ERROR_CORE", "Injected command failure"),
}

_HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}
_PAGES = {
    "html_500": (500, "500 Internal Server Error"),
    "bad_gateway": (502, "502 Bad Gateway"),
    "gateway_timeout": (504, "504 Gateway Time-out"),
}
_PHP_WARNING = (
    b"<br />\n<b>Warning</b>:  Undefined array key in "
    b"/home/bitrix/www/bitrix/modules/rest/lib/server.php on line 1<br />\n"
)
_CANNED = b'{"result":true,"time":{"start":1700000000.0,"finish":1700000000.01}}'


@dataclass(eq=False)
class Fault:
    """One queued fault (see the module docs for the kinds)."""

    kind: str
    method: str | None = None
    """Lower-case method name to match; None matches every request."""
    count: int | None = 1
    """Applications left; None: unlimited."""
    after_run: bool = False
    delay: float | None = 1.0
    """``slow``: seconds late; ``refuse``: seconds refused (None: until resumed)."""
    status: int = 400
    code: Any = "ERROR_CORE"
    description: str = ""
    command: str | None = None
    """``command_error``: the batch command id to fail (None: match by method)."""
    applied: int = 0
    """Times it has struck so far."""

    def error_envelope(self) -> dict[str, Any]:
        return {"error": self.code, "error_description": self.description}

    def reply(self, ran: Reply | None, *, v3: bool) -> Reply:
        """The spoilt answer: from scratch, or from the real one (``ran``)."""
        kind = self.kind
        if kind == "reset":
            return Reply(0, {}, b"", action="reset")
        if kind == "disconnect":
            return Reply(0, {}, b"", action="disconnect")
        if kind in _PAGES:
            status, title = _PAGES[kind]
            page = (
                f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
                f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
                "</body>\r\n</html>\r\n"
            )
            return Reply(status, dict(_HTML_HEADERS), page.encode())
        if kind.startswith("error"):
            if v3 and kind == "error":
                error = {"code": str(self.code), "message": self.description}
                return json_reply(self.status, {"error": error})
            return json_reply(self.status, self.error_envelope())
        body = ran.body if ran is not None and ran.status == 200 else _CANNED
        if kind == "malformed_json":
            return Reply(200, dict(JSON_HEADERS), _PHP_WARNING + body)
        if kind == "truncated_json":
            return Reply(200, dict(JSON_HEADERS), body[: max(1, len(body) // 2)])
        if kind == "empty_body":
            return Reply(200, dict(JSON_HEADERS), b"")
        if kind == "incomplete_body":
            source = ran if ran is not None else Reply(200, dict(JSON_HEADERS), body)
            return Reply(
                source.status, source.headers, source.body, action="incomplete"
            )
        raise ValueError(f"fault kind {kind!r} has no canned reply")


class Faults:
    """The fault queue of one portal; thread-safe."""

    def __init__(self, count_applied: Callable[[str], None]) -> None:
        self._lock = threading.Lock()
        self._queue: list[Fault] = []
        self._count_applied = count_applied
        self.refuse_hook: Callable[[float | None], None] | None = None
        """Set by the socket server: stop listening (for seconds, or None: until resumed)."""

    def inject(
        self,
        kind: str,
        method: str | None = None,
        *,
        count: int | None = 1,
        after_run: bool = False,
        delay: float | None = 1.0,
        status: int | None = None,
        code: Any = None,
        description: str | None = None,
        command: str | None = None,
    ) -> Fault:
        """Queue a fault for the next ``count`` requests matching ``method``.

        ``status``/``code``/``description`` shape the ``error*`` and
        ``command_error`` kinds (each has a default); ``delay`` is the lateness
        of ``slow`` and the duration of ``refuse``.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(KINDS)}")
        if count is not None and count < 1:
            raise ValueError("count must be at least 1 (None: unlimited)")
        default_status, default_code, default_text = _DEFAULTS.get(
            kind, (400, "ERROR_CORE", "")
        )
        fault = Fault(
            kind,
            None if method is None else method.lower(),
            count,
            after_run,
            delay,
            default_status if status is None else status,
            default_code if code is None else code,
            default_text if description is None else description,
            command,
        )
        if kind == "refuse":
            hook = self.refuse_hook
            if hook is None:
                raise RuntimeError("'refuse' needs a running FakePortal (a socket)")
            fault.applied = 1
            self._count_applied(kind)
            hook(delay)
            return fault
        with self._lock:
            self._queue.append(fault)
        return fault

    def clear(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._queue.clear()

    @property
    def pending(self) -> list[Fault]:
        """Queued faults with applications left, in order."""
        with self._lock:
            return list(self._queue)

    def _take(self, match: Callable[[Fault], bool]) -> Fault | None:
        if not self._queue:  # the common case: no lock, no work
            return None
        with self._lock:
            for index, fault in enumerate(self._queue):
                if match(fault):
                    fault.applied += 1
                    if fault.count is not None:
                        fault.count -= 1
                        if fault.count <= 0:
                            del self._queue[index]
                    break
            else:
                return None
        self._count_applied(fault.kind)
        return fault

    def take(self, method: str) -> Fault | None:
        """The fault for a top-level request of ``method`` (lower case), if any."""
        return self._take(
            lambda fault: fault.kind != "command_error"
            and (fault.method is None or fault.method == method)
        )

    def take_command(self, method: str, command: str) -> Fault | None:
        """The ``command_error`` for one batch command, if any."""

        def match(fault: Fault) -> bool:
            if fault.kind != "command_error":
                return False
            if fault.command is not None:
                return fault.command == command
            return fault.method is None or fault.method == method

        return self._take(match)
