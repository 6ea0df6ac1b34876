# Source: generator/runtime/_core/calls.py (hand-written; copied into the package by make generate).
"""A call as a plan: the steps of one method call, free of I/O.

:func:`call_plan` is a generator. It yields a :class:`~.protocol.Request`
when it wants one sent, a :class:`Sleep` when it wants a pause, a
:class:`Shared` when it asks the state that processes may share (the rate
limit, the operating budget, the token store: in Redis that is I/O too) and
a :class:`Refresh` when the OAuth token must be renewed; the driver sends
back a :class:`Reply` (or the transport exception) or the shared state's
answer, and returns the plan's final value. Throttling, retries, backoff, token refresh, portal moves and error
mapping live here once; the sync and async clients differ only in the
driver loop that performs the steps (``SyncClientBase._run`` /
``AsyncClientBase._run``).
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping
from typing import (
    Any,
    NamedTuple,
    TypeVar,
)

import httpx

from .credentials import Credentials
from .errors import (
    APIConnectionError,
    APITimeoutError,
    Bitrix24Error,
    OperationTimeLimitError,
    PortalMovedError,
    TokenExpiredError,
)
from .moves import MovePolicy
from .oauth import OAuth
from .protocol import Envelope, Request, build_request, parse_response
from .ratelimit import Budget, LeakyBucket, OperatingBudget, Throttle, operating_wait
from .redaction import redact
from .retry import RetryPolicy
from .types import MethodInfo

__all__ = [
    "Sleep",
    "Refresh",
    "Shared",
    "Reply",
    "Plan",
    "Session",
    "call_plan",
    "ask",
    "hold_back",
    "note_time",
    "transport_error",
]

log = logging.getLogger("b24client")

T = TypeVar("T")

REDIRECTS = frozenset({301, 302, 303, 307, 308})


class Sleep(NamedTuple):
    """Pause for ``seconds`` before the next step."""

    seconds: float


class Refresh(NamedTuple):
    """Renew the OAuth token, unless someone did since ``generation`` was read."""

    generation: int


class Shared(NamedTuple):
    """Ask the state processes may share (a bucket, a budget, a token store):
    a sync client calls ``call()``, an async one awaits ``acall()``, and sends
    the answer back (an async client's loop never waits on a socket)."""

    call: Callable[[], Any]
    acall: Callable[[], Awaitable[Any]]

    def perform(self) -> Any:
        """The answer, or the :class:`Bitrix24Error` to raise in the plan."""
        try:
            return self.call()
        except Bitrix24Error as error:
            return _Failed(error)

    async def aperform(self) -> Any:
        try:
            return await self.acall()
        except Bitrix24Error as error:
            return _Failed(error)


class _Failed(NamedTuple):
    error: Bitrix24Error


def ask(
    method: Callable[..., Any],
    amethod: Callable[..., Awaitable[Any]],
    *args: Any,
    **kwargs: Any,
) -> Plan[Any]:
    """``method(*args, **kwargs)`` (``await amethod(...)`` in an async client)
    as a plan step; its failure is raised here, in the plan."""
    answer = yield Shared(
        functools.partial(method, *args, **kwargs),
        functools.partial(amethod, *args, **kwargs),
    )
    if isinstance(answer, _Failed):
        raise answer.error
    return answer


class Reply(NamedTuple):
    """What came back for a request: status, decoded body, a redirect target."""

    status: int
    content: bytes | bytearray
    """The body as read: a bytearray when its length was announced."""
    location: str | None = None
    replayed: bool = False
    """REST 3.0 answered a repeated ``Idempotency-Key`` from its store."""


Step = Request | Sleep | Refresh | Shared
Outcome = Reply | httpx.HTTPError | Bitrix24Error | None
"""For a request: a reply; the transport's failure; or the driver's own
verdict on the answer (too large, past the attempt's deadline)."""
Plan = Generator[Step, Any, T]
"""Sent an :data:`Outcome` for a request, the answer for a :class:`Shared`."""

_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


class Session:
    """Everything a plan needs from its client, and the state calls share.

    ``credentials`` may change under the plans' feet (a refreshed token, a
    moved portal); a plan reads it afresh for every attempt. Sessions made by
    :meth:`derive` (``client.with_options``) share the credentials, the
    bucket, the budget and the move policy, and differ in their options.
    """

    def __init__(
        self,
        credentials: Credentials,
        policy: RetryPolicy,
        *,
        user_agent: str,
        bucket: Throttle | None,
        budget: Budget | None,
        wait_on_operation_limit: float,
        moves: MovePolicy,
    ) -> None:
        self._credentials = [credentials]  # one cell, shared by derived sessions
        self.policy = policy
        self.user_agent = user_agent
        self.bucket = bucket
        self.budget = budget
        self.wait_on_operation_limit = wait_on_operation_limit
        self.moves = moves

    @property
    def credentials(self) -> Credentials:
        return self._credentials[0]

    @credentials.setter
    def credentials(self, credentials: Credentials) -> None:
        self._credentials[0] = credentials

    def derive(
        self,
        *,
        policy: RetryPolicy,
        user_agent: str,
        wait_on_operation_limit: float,
    ) -> Session:
        """A session with other options over the same portal state."""
        twin = copy.copy(self)
        twin.policy = policy
        twin.user_agent = user_agent
        twin.wait_on_operation_limit = wait_on_operation_limit
        return twin

    @property
    def in_process(self) -> bool:
        """The bucket and the budget live in this process (none is shared)."""
        return (self.bucket is None or isinstance(self.bucket, LeakyBucket)) and (
            self.budget is None or isinstance(self.budget, OperatingBudget)
        )

    def throttle(self, methods: Iterable[str], reserve: bool) -> float:
        """Seconds to hold a request back: the bucket's (if ``reserve``) and
        the budget's for each of ``methods``."""
        wait = self.bucket.reserve() if reserve and self.bucket is not None else 0.0
        if self.budget is not None:
            for method in methods:
                wait = max(wait, self.budget.delay(method))
        return wait

    async def athrottle(self, methods: Iterable[str], reserve: bool) -> float:
        """:meth:`throttle` for the async client."""
        bucket = self.bucket
        wait = await bucket.areserve() if reserve and bucket is not None else 0.0
        if self.budget is not None:
            for method in methods:
                wait = max(wait, await self.budget.adelay(method))
        return wait

    def follow(self, reply: Reply, method: str, *, hopped: bool) -> None:
        """The portal answered 3xx: re-point the credentials if the move is
        allowed (:mod:`.moves`), else raise :class:`PortalMovedError`."""
        credentials = self.credentials
        origin = self.moves.target(
            reply.location or "",
            credentials.origin,
            status=reply.status,
            method=method,
            hopped=hopped,
        )
        self.credentials = credentials.moved_to(origin)
        log.warning("%s: the portal moved to %s; calls now go there", method, origin)

    def endpoint_named(self, endpoint: str) -> None:
        """A token refresh named the portal's REST base: a move when it differs,
        followed only as a redirect would be (else logged, not followed)."""
        credentials = self.credentials
        try:
            origin = self.moves.target(
                endpoint,
                credentials.origin,
                status=200,
                method="oauth.token",
                hopped=False,
            )
        except PortalMovedError as refused:
            if refused.new_origin != credentials.origin:
                log.warning("the token refresh named another portal: %s", refused)
            return
        self.credentials = credentials.moved_to(origin)
        log.warning("the token refresh moved the portal to %s", origin)


def new_idempotency_key() -> str:
    """A fresh ``Idempotency-Key``: 128 random bits, as hex."""
    return os.urandom(16).hex()


def _checked_key(key: object) -> str:
    if (
        not isinstance(key, str)
        or not 1 <= len(key) <= 255
        or not all(" " <= c <= "~" for c in key)
    ):
        raise ValueError("idempotency_key must be 1 to 255 printable ASCII characters")
    return key


def transport_error(
    exc: httpx.HTTPError, info: MethodInfo, *, repeatable: bool
) -> Bitrix24Error:
    """Our exception for an httpx failure (its text is scrubbed of secrets)."""
    if isinstance(exc, httpx.RemoteProtocolError) and "location header" in str(exc):
        # httpx reads a redirect's Location even when it does not follow it
        return PortalMovedError(
            "the portal answered with a redirect to an unreadable address; "
            "not followed and nothing sent there",
            location="(unreadable)",
            new_origin=None,
            method=info.name,
        )
    sent = not isinstance(exc, _NOT_SENT)
    kind = (
        APITimeoutError
        if isinstance(exc, httpx.TimeoutException)
        else APIConnectionError
    )
    what = "timed out" if kind is APITimeoutError else "connection failed"
    detail = redact(str(exc) or type(exc).__name__)
    text = f"{what} ({type(exc).__name__}: {detail})"
    if sent and not repeatable:
        text += (
            "; the request may have reached the portal, so whether it ran is "
            "unknown (not repeated: the method is not idempotent)"
        )
    return kind(text, method=info.name, sent=sent)


def hold_back(
    session: Session, methods: tuple[str, ...], *, reserve: bool = True
) -> Plan[None]:
    """Wait for a slot in the rate limit (``reserve``) and until the operating
    budget of each of ``methods`` allows a call."""
    if (not reserve or session.bucket is None) and session.budget is None:
        return
    if session.in_process:  # no I/O to wait on: no plan step on the hot path
        wait = session.throttle(methods, reserve)
    else:
        wait = yield from ask(session.throttle, session.athrottle, methods, reserve)
    if wait > 0:
        log.debug("%s: throttled for %.2fs", ", ".join(methods), wait)
        yield Sleep(wait)


def note_time(session: Session, method: str, time_block: dict[str, Any]) -> Plan[None]:
    """Give the operating budget a method's reported ``time`` block."""
    budget = session.budget
    if budget is not None:
        yield from ask(budget.record, budget.arecord, method, time_block)


def call_plan(
    session: Session,
    info: MethodInfo,
    params: Mapping[str, Any],
    *,
    idempotency_key: str | None = None,
) -> Plan[Envelope]:
    """Send one method call: throttled, repeated as the policy allows.

    A REST 3.0 write carries an ``Idempotency-Key`` (the caller's, or one
    made here), the same on every attempt: the portal answers a repeat from
    its store, so such a write is repeated like a read.
    """
    if idempotency_key is not None:
        key: str | None = _checked_key(idempotency_key)
    else:
        key = new_idempotency_key() if info.api == 3 and not info.idempotent else None
    repeatable = info.idempotent or key is not None
    retry = 0
    hopped = refreshed = False
    methods = (info.name,)
    while True:
        credentials = session.credentials
        if isinstance(credentials, OAuth) and not credentials.held()[1]:
            yield Refresh(credentials.generation)  # no pair yet: load the stored one
        yield from hold_back(session, methods)
        credentials = session.credentials
        generation = credentials.generation  # the token this attempt carries
        request = build_request(
            credentials,
            info,
            params,
            user_agent=session.user_agent,
            idempotency_key=key,
        )
        log.debug("-> %s (attempt %d)", info.name, retry + 1)
        outcome = yield request
        try:
            if isinstance(outcome, Reply):
                if outcome.status in REDIRECTS and outcome.location is not None:
                    session.follow(outcome, info.name, hopped=hopped)
                    hopped = True
                    continue
                envelope = parse_response(outcome.status, outcome.content, info.name)
                log.debug("<- %s HTTP %d", info.name, outcome.status)
                yield from note_time(session, info.name, envelope.time)
                if outcome.replayed:
                    log.info(
                        "%s: answered from the portal's idempotency store", info.name
                    )
                    envelope = envelope._replace(replayed=True)
                return envelope
            if isinstance(outcome, Bitrix24Error):
                raise outcome
            assert isinstance(outcome, httpx.HTTPError), "driver must answer a Request"
            raise transport_error(outcome, info, repeatable=repeatable)
        except TokenExpiredError:
            if refreshed or not credentials.can_refresh:
                raise
            refreshed = True
            log.info("%s: the access token expired; refreshing it once", info.name)
            yield Refresh(generation)
            continue
        except OperationTimeLimitError as error:
            block = (error.body or {}).get("time")
            yield from note_time(
                session, info.name, block if isinstance(block, dict) else {}
            )
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
                error, idempotent=repeatable, retry=retry
            )
            if delay_or_none is None:
                log.debug("%s failed: %s: %s", info.name, type(error).__name__, error)
                raise error from None
            delay = delay_or_none
            log.info(
                "%s: retry %d of %d in %.2fs after %s: %s",
                info.name,
                retry + 1,
                session.policy.max_retries,
                delay,
                type(error).__name__,
                error.description,
            )
        yield Sleep(delay)
        retry += 1
