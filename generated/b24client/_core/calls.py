# Source: generator/runtime/_core/calls.py (hand-written; copied into the package by make generate).
"""A call as a plan: the steps of one method call, free of I/O.

:func:`call_plan` is a generator. It yields a :class:`~.protocol.Request`
when it wants one sent, a :class:`Sleep` when it wants a pause and a
:class:`Refresh` when the OAuth token must be renewed; the driver sends back
a :class:`Reply` (or the transport exception) and returns the plan's final
value. Throttling, retries, backoff, token refresh, portal moves and error
mapping live here once; the sync and async clients differ only in the
driver loop that performs the steps (``SyncClientBase._run`` /
``AsyncClientBase._run``).
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Generator, Mapping, NamedTuple, TypeVar
from urllib.parse import urlsplit

import httpx

from .credentials import Credentials, split_origin
from .errors import (
    APIConnectionError,
    APITimeoutError,
    Bitrix24Error,
    InvalidResponseError,
    OperationTimeLimitError,
    TokenExpiredError,
)
from .protocol import Envelope, Request, build_request, parse_response
from .ratelimit import LeakyBucket, OperatingBudget, operating_wait
from .redaction import redact
from .retry import RetryPolicy
from .types import MethodInfo

__all__ = [
    "Sleep",
    "Refresh",
    "Reply",
    "Plan",
    "Session",
    "call_plan",
    "refresh_plan",
    "transport_error",
]

log = logging.getLogger("b24client")

T = TypeVar("T")

MAX_REDIRECTS = 3
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class Sleep(NamedTuple):
    """Pause for ``seconds`` before the next step."""

    seconds: float


class Refresh(NamedTuple):
    """Renew the OAuth token, unless someone did since ``generation`` was read."""

    generation: int


class Reply(NamedTuple):
    """What came back for a request: status, raw body and a redirect target."""

    status: int
    content: bytes
    location: str | None = None


Step = Request | Sleep | Refresh
Outcome = Reply | httpx.HTTPError | None
Plan = Generator[Step, Outcome, T]

_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


class Session:
    """Everything a plan needs from its client, and the state calls share.

    ``credentials`` may change under the plans' feet (a refreshed token, a
    moved portal); a plan reads it afresh for every attempt.
    """

    def __init__(
        self,
        credentials: Credentials,
        policy: RetryPolicy,
        *,
        user_agent: str,
        bucket: LeakyBucket | None,
        budget: OperatingBudget | None,
        wait_on_operation_limit: float,
        on_portal_moved: Callable[[str], None] | None,
    ) -> None:
        self.credentials = credentials
        self.policy = policy
        self.user_agent = user_agent
        self.bucket = bucket
        self.budget = budget
        self.wait_on_operation_limit = wait_on_operation_limit
        self.on_portal_moved = on_portal_moved

    def wait_before(self, method: str) -> float:
        """Seconds to hold a request back: the bucket's and the budget's."""
        wait = self.bucket.reserve() if self.bucket is not None else 0.0
        if self.budget is not None:
            wait = max(wait, self.budget.delay(method))
        return wait

    def record(self, method: str, time_block: dict[str, Any]) -> None:
        if self.budget is not None:
            self.budget.record(method, time_block)

    def follow(self, location: str, method: str) -> None:
        """The portal answered 3xx: it moved. Re-point the credentials there."""
        secrets = self.credentials.secrets
        parts = urlsplit(location)
        shown = f"'{redact(f'{parts.scheme}://{parts.netloc}{parts.path}', secrets)}'"
        try:
            origin, _ = split_origin(location, "the portal's redirect", shown)
        except ValueError as exc:
            raise InvalidResponseError(str(exc), method=method) from None
        self.credentials = self.credentials.moved_to(origin)
        log.info("%s: the portal moved to %s", method, origin)
        if self.on_portal_moved is not None:
            self.on_portal_moved(origin)


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
    session: Session, info: MethodInfo, params: Mapping[str, Any]
) -> Plan[Envelope]:
    """Send one method call: throttled, repeated as the policy allows."""
    retry = redirects = 0
    refreshed = False
    while True:
        wait = session.wait_before(info.name)
        if wait > 0:
            log.debug("%s: throttled for %.2fs", info.name, wait)
            yield Sleep(wait)
        credentials = session.credentials
        generation = credentials.generation  # the token this attempt carries
        request = build_request(
            credentials, info, params, user_agent=session.user_agent
        )
        log.debug("-> %s (attempt %d)", info.name, retry + 1)
        outcome = yield request
        try:
            if isinstance(outcome, Reply):
                if outcome.status in REDIRECTS and outcome.location:
                    if redirects >= MAX_REDIRECTS:
                        raise InvalidResponseError(
                            f"the portal redirected more than {MAX_REDIRECTS} times",
                            status=outcome.status,
                            method=info.name,
                        )
                    redirects += 1
                    session.follow(outcome.location, info.name)
                    continue
                envelope = parse_response(outcome.status, outcome.content, info.name)
                log.debug("<- %s HTTP %d", info.name, outcome.status)
                session.record(info.name, envelope.time)
                return envelope
            assert isinstance(outcome, httpx.HTTPError), "driver must answer a Request"
            raise transport_error(outcome, info, credentials.secrets)
        except TokenExpiredError:
            if refreshed or not credentials.can_refresh:
                raise
            refreshed = True
            log.debug("%s: access token expired, refreshing", info.name)
            yield Refresh(generation)
            continue
        except OperationTimeLimitError as error:
            block = (error.body or {}).get("time")
            session.record(info.name, block if isinstance(block, dict) else {})
            pause = operating_wait(
                error.operating_reset_at,
                limit=session.wait_on_operation_limit,
                now=time.time(),
            )
            if pause is None or retry >= session.policy.max_retries:
                raise  # each wait is a retry: a portal cannot keep the call forever
            log.info(
                "%s: operating-time limit; waiting %.1fs for the window",
                info.name,
                pause,
            )
            delay = pause
        except Bitrix24Error as error:
            delay_or_none = session.policy.next_delay(
                error, idempotent=info.idempotent, retry=retry
            )
            if delay_or_none is None:
                log.debug("%s failed: %s: %s", info.name, type(error).__name__, error)
                raise error from None
            delay = delay_or_none
            log.debug(
                "%s: %s, repeating in %.2fs", info.name, type(error).__name__, delay
            )
        yield Sleep(delay)
        retry += 1


def refresh_plan(session: Session) -> Plan[None]:
    """Trade the refresh token for a new pair (the caller holds the refresh lock)."""
    credentials = session.credentials
    request = credentials.refresh_request(session.user_agent)
    outcome = yield request
    if not isinstance(outcome, Reply):
        assert isinstance(outcome, httpx.HTTPError)
        raise transport_error(
            outcome, MethodInfo("oauth.token", idempotent=True), credentials.secrets
        )
    credentials.apply_refresh(outcome.status, outcome.content)
