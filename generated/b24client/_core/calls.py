# Source: generator/runtime/_core/calls.py (hand-written; copied into the package by make generate).
"""A call as a plan: the steps of one method call, free of I/O.

:func:`call_plan` is a generator. It yields a :class:`~.protocol.Request`
when it wants one sent, and a :class:`Sleep` when it wants a pause; the
driver sends back a :class:`Reply` (or the transport exception) and returns
the plan's final value. Retries, backoff and error mapping live here once;
the sync and async clients differ only in the driver loop that performs the
steps (``SyncClientBase._run`` / ``AsyncClientBase._run``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Generator, Mapping, TypeVar

import httpx

from .credentials import Webhook
from .errors import APIConnectionError, APITimeoutError, Bitrix24Error
from .protocol import Envelope, Request, build_request, parse_response
from .redaction import redact
from .retry import RetryPolicy
from .types import MethodInfo

__all__ = ["Sleep", "Reply", "Plan", "call_plan", "transport_error"]

log = logging.getLogger("b24client")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sleep:
    """Pause for ``seconds`` before the next step."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Reply:
    """What came back for a request: status and raw body."""

    status: int
    content: bytes


Step = Request | Sleep
Outcome = Reply | httpx.HTTPError | None
Plan = Generator[Step, Outcome, T]

_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


def transport_error(
    exc: httpx.HTTPError, info: MethodInfo, secrets: tuple[str, ...]
) -> APIConnectionError:
    """Our exception for an httpx failure, its text scrubbed of secrets."""
    sent = not isinstance(exc, _NOT_SENT)
    kind = (
        APITimeoutError
        if isinstance(exc, httpx.TimeoutException)
        else APIConnectionError
    )
    what = "timed out" if kind is APITimeoutError else "connection failed"
    detail = redact(str(exc) or type(exc).__name__, secrets)
    text = f"{what} ({type(exc).__name__}: {detail})"
    if sent and not info.idempotent:
        text += (
            "; the request may have reached the portal, so whether it ran is "
            "unknown (not repeated: the method is not idempotent)"
        )
    return kind(text, method=info.name, sent=sent)


def call_plan(
    webhook: Webhook,
    policy: RetryPolicy,
    info: MethodInfo,
    params: Mapping[str, Any],
    *,
    user_agent: str,
) -> Plan[Envelope]:
    """Send one method call, repeating it as the retry policy allows."""
    request = build_request(webhook, info, params, user_agent=user_agent)
    retry = 0
    while True:
        log.debug("-> %s (attempt %d)", info.name, retry + 1)
        outcome = yield request
        try:
            if isinstance(outcome, Reply):
                envelope = parse_response(outcome.status, outcome.content, info.name)
                log.debug("<- %s HTTP %d", info.name, outcome.status)
                return envelope
            assert isinstance(outcome, httpx.HTTPError), "driver must answer a Request"
            raise transport_error(outcome, info, webhook.secrets)
        except Bitrix24Error as error:
            delay = policy.next_delay(error, idempotent=info.idempotent, retry=retry)
            if delay is None:
                log.debug("%s failed: %s: %s", info.name, type(error).__name__, error)
                raise error from None
            log.debug(
                "%s: %s, repeating in %.2fs", info.name, type(error).__name__, delay
            )
        yield Sleep(delay)
        retry += 1
