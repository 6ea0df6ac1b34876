# Source: generator/runtime/_core/client.py (hand-written; copied into the package by make generate).
"""The client bases: configuration shared, one I/O loop each for sync and async.

Everything a call does apart from sending bytes, sleeping and holding the
token-refresh lock is in :mod:`.calls` (the plans) and :mod:`.protocol`;
:class:`SyncClientBase` and :class:`AsyncClientBase` only drive plans over a
pooled httpx client. The generated ``Bitrix24`` / ``AsyncBitrix24`` add the
typed namespaces.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import (
    Callable,
    Mapping,
    Sequence,
)
from contextlib import AbstractContextManager as ContextManager
from contextlib import nullcontext
from typing import (
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
)

import httpx

from .bulkio import AsyncBulk, SyncBulk
from .calls import Plan, Refresh, Reply, Session, Shared, Sleep, call_plan
from .clientsetup import (
    HttpPool,
    check_size,
    check_store,
    check_timeout,
    check_wait,
    checked_http,
    credentials_of,
    shared_keys,
)
from .credentials import Credentials, Webhook
from .errors import APITimeoutError, Bitrix24Error
from .moves import MovePolicy
from .oauth import OAuth
from .paging import AsyncPage, Page
from .protocol import USER_AGENT, Envelope, Request, coerce_result
from .ratelimit import STANDARD, Budget, RateLimit, Throttle, budget_for, throttle_for
from .redaction import register_secrets
from .refresh import refresh_plan
from .retry import RetryPolicy
from .transport import (
    DEADLINE_MARGIN,
    MAX_RESPONSE_BYTES,
    BodyReader,
    attempt_deadline,
    bounded_async_transport,
    bounded_sync_transport,
)
from .types import MethodInfo

__all__ = ["SyncClientBase", "AsyncClientBase", "ClientCore"]

T = TypeVar("T")

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport | None
AnyHTTPClient = httpx.Client | httpx.AsyncClient | None
_ANY_TIME: ContextManager[Any] = nullcontext()  # a plan's steps need no turn


class ClientCore:
    """Configuration and plan building shared by the sync and async clients.

    ``portal`` is an inbound webhook URL (``https://portal/rest/1/code/``) or
    :class:`OAuth` credentials. ``rate_limit`` keeps requests within the
    portal's leaky bucket (default: the standard plan's 2/s, burst 50; pass
    ``ENTERPRISE``, your own ``RateLimit``, a ``LeakyBucket`` shared with other
    clients of the portal, or None). ``operating_budget`` (seconds, or an
    ``OperatingBudget``) slows a method down before the portal's
    operating-time limit blocks it; ``wait_on_operation_limit`` (seconds)
    lets a blocked call wait for the window instead of raising.

    Many processes share one portal's limit, budget and token through Redis
    (``RedisBucket``, ``RedisOperatingBudget``, and ``OAuth(store=...)``
    with a ``RedisTokenStore`` or ``SQLiteTokenStore``).

    ``timeout`` bounds each attempt as a whole (connecting, sending and the
    whole answer), and ``max_response_bytes`` the decoded size of an answer.
    A redirect to another address is followed only when ``on_portal_moved``
    returns True for it, it is https and its host is a Bitrix24 cloud host or
    listed in ``portal_move_hosts`` (see :mod:`.moves`).

    ``http_client`` is your own configured ``httpx.Client`` (sync) or
    ``httpx.AsyncClient`` (async: proxies, certificates, event hooks, mounts);
    the client never closes it, and still sends every request with its own
    timeout and without following redirects. The async client also takes
    ``b24client.aiohttp.DefaultAioHttpClient()`` (aiohttp underneath; the
    client owns and closes it). ``transport`` is an httpx
    transport for tests. :meth:`with_options` gives a view with other
    options over the same pool, rate limit and token.
    """

    _asynchronous: ClassVar[bool]

    def __init__(
        self,
        portal: str | Webhook | OAuth,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        rate_limit: RateLimit | Throttle | None = STANDARD,
        operating_budget: float | Budget | None = None,
        wait_on_operation_limit: float = 0.0,
        on_portal_moved: Callable[[str], bool] | None = None,
        portal_move_hosts: Sequence[str] = (),
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        user_agent: str = USER_AGENT,
        transport: AnyTransport = None,
        http_client: AnyHTTPClient = None,
    ) -> None:
        timeout = check_timeout(timeout)
        max_response_bytes = check_size(max_response_bytes)
        if transport is not None and http_client is not None:
            raise ValueError("pass transport= or http_client=, not both")
        credentials = credentials_of(portal)
        register_secrets(credentials.secrets)
        asynchronous = self._asynchronous
        check_store(credentials, asynchronous)
        portal_key, credential_key = shared_keys(credentials)
        self._session = Session(
            credentials,
            RetryPolicy(max_retries, backoff_base, backoff_max),
            user_agent=user_agent,
            bucket=throttle_for(rate_limit, portal_key, asynchronous),
            budget=budget_for(operating_budget, credential_key, asynchronous),
            wait_on_operation_limit=check_wait(wait_on_operation_limit),
            moves=MovePolicy(on_portal_moved, portal_move_hosts),
        )
        self._set_limits(timeout, max_response_bytes)
        self._open(transport, http_client)

    def _set_limits(self, timeout: float, max_response_bytes: int) -> None:
        self._timeout = timeout
        self._httpx_timeout = httpx.Timeout(timeout)
        self._max_response_bytes = max_response_bytes

    def _open(self, transport: AnyTransport, http_client: AnyHTTPClient) -> None:
        """Set up the pooled HTTP client (sync or async)."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        backoff_base: float | None = None,
        backoff_max: float | None = None,
        wait_on_operation_limit: float | None = None,
        max_response_bytes: int | None = None,
        user_agent: str | None = None,
    ) -> Self:
        """A view of this client with other options (None keeps the current one).

        Cheap: it shares the connection pool, the rate limit, the operating
        budget and the token (a refresh by either serves both), e.g.
        ``b24.with_options(timeout=5, max_retries=0).crm.deal.get(id=1)``.
        """
        session = self._session
        policy = session.policy
        twin = copy.copy(self)
        twin._session = session.derive(
            policy=RetryPolicy(
                policy.max_retries if max_retries is None else max_retries,
                policy.backoff_base if backoff_base is None else backoff_base,
                policy.backoff_max if backoff_max is None else backoff_max,
            ),
            user_agent=session.user_agent if user_agent is None else user_agent,
            wait_on_operation_limit=(
                session.wait_on_operation_limit
                if wait_on_operation_limit is None
                else check_wait(wait_on_operation_limit)
            ),
        )
        twin._set_limits(
            self._timeout if timeout is None else check_timeout(timeout),
            (
                self._max_response_bytes
                if max_response_bytes is None
                else check_size(max_response_bytes)
            ),
        )
        return twin

    @property
    def credentials(self) -> Credentials:
        """The webhook or OAuth credentials in use (reprs never show secrets)."""
        return self._session.credentials

    @property
    def operating(self) -> Budget | None:
        """Per-method ``time.operating`` as last reported, when a budget is kept."""
        return self._session.budget

    def _plan(
        self,
        info: MethodInfo,
        params: Mapping[str, Any],
        idempotency_key: str | None = None,
    ) -> Plan[Envelope]:
        return call_plan(self._session, info, params, idempotency_key=idempotency_key)

    def _result_plan(self, info: MethodInfo, params: Mapping[str, Any]) -> Plan[Any]:
        envelope = yield from self._plan(info, params)
        return coerce_result(info, envelope.result)

    @staticmethod
    def _escape_hatch(method: str, idempotent: bool, api: int) -> MethodInfo:
        if not isinstance(method, str) or not method.strip():
            raise ValueError(f"method must be a REST method name, got {method!r}")
        if api not in (1, 3):
            raise ValueError(f"api must be 1 or 3, got {api!r}")
        return MethodInfo(
            method.strip(), idempotent=idempotent, api=3 if api == 3 else 1
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._session.credentials!r})"


class SyncClientBase(ClientCore, SyncBulk):
    """A synchronous client over a pooled :class:`httpx.Client`; thread-safe."""

    _asynchronous = False

    def _open(self, transport: AnyTransport, http_client: AnyHTTPClient) -> None:
        own = checked_http("sync", "transport", transport, httpx.BaseTransport)
        given = checked_http("sync", "http_client", http_client, httpx.Client)

        def build() -> httpx.Client:
            return httpx.Client(
                timeout=self._timeout,
                transport=own or bounded_sync_transport(),
                follow_redirects=False,
            )

        self._pool = HttpPool(build, given)
        self._refresh_lock = threading.Lock()

    def _send(self, request: Request) -> Reply | httpx.HTTPError | Bitrix24Error:
        with attempt_deadline(self._timeout + DEADLINE_MARGIN) as deadline:
            try:
                with self._pool.get().stream(
                    request.verb,
                    request.url,
                    content=request.content,
                    headers=request.headers,
                    timeout=self._httpx_timeout,
                    follow_redirects=False,
                ) as response:
                    body = BodyReader.of(
                        response,
                        method=request.method,
                        limit=self._max_response_bytes,
                        deadline=deadline,
                    )
                    if body.streaming:
                        for chunk in response.iter_raw():
                            body.feed(chunk)
                    return body.reply(response.status_code)
            except (httpx.HTTPError, Bitrix24Error) as exc:
                return exc

    def _run(self, plan: Plan[T], turn: ContextManager[Any] = _ANY_TIME) -> T:
        """The I/O loop: perform each step the plan asks for.

        ``turn`` is held while the plan works out its next step (encoding a
        request, decoding an answer). The bulk helpers give their threads one
        lock: under the GIL, decoding answers side by side only slows each
        down, so they are decoded one at a time, as on the async loop, while
        the requests still wait in parallel.
        """
        outcome: Any = None  # a request's Outcome, or the shared state's answer
        try:
            while True:
                with turn:
                    step = plan.send(outcome)
                outcome = None
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                elif isinstance(step, Shared):
                    outcome = step.perform()
                elif isinstance(step, Refresh):
                    with self._refresh_lock:  # one refresh for all threads
                        self._run(refresh_plan(self._session, step.generation))
                else:
                    outcome = self._send(step)
        except StopIteration as done:
            result: T = done.value
            return result

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        idempotent: bool = False,
        api: Literal[1, 3] = 1,
        idempotency_key: str | None = None,
    ) -> Envelope:
        """Call any REST method by name and get the whole envelope back.

        For methods b24client has no spec for yet. ``idempotent=True`` lets
        timeouts and 5xx be retried; leave it False for writes. ``api=3``
        calls REST 3.0 (``/rest/api/``), where a write carries an
        ``Idempotency-Key`` (``idempotency_key``, or a fresh one) and is
        repeated safely; ``Envelope.replayed`` says the answer came from the
        portal's store.
        """
        return self._run(
            self._plan(
                self._escape_hatch(method, idempotent, api),
                params or {},
                idempotency_key,
            )
        )

    def _invoke(self, info: MethodInfo, params: Mapping[str, Any]) -> Any:
        return self._run(self._result_plan(info, params))

    def _invoke_page(self, info: MethodInfo, params: Mapping[str, Any]) -> Page[Any]:
        return Page(self, info, params, self._run(self._plan(info, params)))

    def close(self) -> None:
        """Close the pooled connections (never an ``http_client`` you passed)."""
        pool = self._pool.detach()
        if pool is not None:
            pool.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientBase(ClientCore, AsyncBulk):
    """An asyncio client over a pooled :class:`httpx.AsyncClient`; task-safe."""

    _asynchronous = True

    def _open(self, transport: AnyTransport, http_client: AnyHTTPClient) -> None:
        own = checked_http("async", "transport", transport, httpx.AsyncBaseTransport)
        given = checked_http("async", "http_client", http_client, httpx.AsyncClient)
        import asyncio  # here, not at the top: `import b24client` stays light

        def build() -> httpx.AsyncClient:
            return httpx.AsyncClient(
                timeout=self._timeout,
                transport=own or bounded_async_transport(),
                follow_redirects=False,
            )

        # b24client.aiohttp.DefaultAioHttpClient: handed over to this client
        fresh: Callable[[], httpx.AsyncClient] | None = getattr(
            given, "_b24client_fresh", None
        )
        self._pool = HttpPool(fresh or build, given, owned=fresh is not None)
        self._bounded = given is None  # its transport keeps each read to the deadline
        self._refresh_lock = asyncio.Lock()
        self._sleep = asyncio.sleep

    async def _send(self, request: Request) -> Reply | httpx.HTTPError | Bitrix24Error:
        if self._bounded:
            return await self._attempt(request)
        import asyncio

        try:  # another transport (aiohttp, a user's): bound the whole task
            async with asyncio.timeout(self._timeout + DEADLINE_MARGIN):
                return await self._attempt(request)
        except TimeoutError:
            return APITimeoutError(
                "timed out: the attempt did not finish within its deadline",
                method=request.method,
                sent=True,
            )

    async def _attempt(
        self, request: Request
    ) -> Reply | httpx.HTTPError | Bitrix24Error:
        with attempt_deadline(self._timeout + DEADLINE_MARGIN) as deadline:
            try:
                pool = self._pool.get()
                direct = getattr(pool, "_b24client_direct", None)  # b24client.aiohttp
                exchange = direct(request, self._httpx_timeout) if direct else None
                if exchange is not None:
                    async with exchange as (status, headers, chunks):
                        body = BodyReader(
                            headers,
                            method=request.method,
                            limit=self._max_response_bytes,
                            deadline=deadline,
                        )
                        async for chunk in chunks:
                            body.feed(chunk)
                        return body.reply(status)
                async with pool.stream(
                    request.verb,
                    request.url,
                    content=request.content,
                    headers=request.headers,
                    timeout=self._httpx_timeout,
                    follow_redirects=False,
                ) as response:
                    body = BodyReader.of(
                        response,
                        method=request.method,
                        limit=self._max_response_bytes,
                        deadline=deadline,
                    )
                    if body.streaming:
                        async for chunk in response.aiter_raw():
                            body.feed(chunk)
                    return body.reply(response.status_code)
            except (httpx.HTTPError, Bitrix24Error) as exc:
                return exc

    async def _run(self, plan: Plan[T]) -> T:
        """The I/O loop: perform each step the plan asks for."""
        outcome: Any = None  # a request's Outcome, or the shared state's answer
        try:
            while True:
                step = plan.send(outcome)
                outcome = None
                if isinstance(step, Sleep):
                    await self._sleep(step.seconds)
                elif isinstance(step, Shared):
                    outcome = await step.aperform()
                elif isinstance(step, Refresh):
                    async with self._refresh_lock:  # one refresh for all tasks
                        await self._run(refresh_plan(self._session, step.generation))
                else:
                    outcome = await self._send(step)
        except StopIteration as done:
            result: T = done.value
            return result

    async def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        idempotent: bool = False,
        api: Literal[1, 3] = 1,
        idempotency_key: str | None = None,
    ) -> Envelope:
        """Call any REST method by name and get the whole envelope back.

        For methods b24client has no spec for yet. ``idempotent=True`` lets
        timeouts and 5xx be retried; leave it False for writes. ``api=3``
        calls REST 3.0 (``/rest/api/``), where a write carries an
        ``Idempotency-Key`` (``idempotency_key``, or a fresh one) and is
        repeated safely; ``Envelope.replayed`` says the answer came from the
        portal's store.
        """
        return await self._run(
            self._plan(
                self._escape_hatch(method, idempotent, api),
                params or {},
                idempotency_key,
            )
        )

    async def _invoke(self, info: MethodInfo, params: Mapping[str, Any]) -> Any:
        return await self._run(self._result_plan(info, params))

    async def _invoke_page(
        self, info: MethodInfo, params: Mapping[str, Any]
    ) -> AsyncPage[Any]:
        return AsyncPage(self, info, params, await self._run(self._plan(info, params)))

    async def aclose(self) -> None:
        """Close the pooled connections (never an ``http_client`` you passed)."""
        pool = self._pool.detach()
        if pool is not None:
            await pool.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
