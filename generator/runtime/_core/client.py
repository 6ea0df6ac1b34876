# Source: generator/runtime/_core/client.py (hand-written; copied into the package by make generate).
"""The client bases: configuration shared, one I/O loop each for sync and async.

Everything a call does apart from sending bytes, sleeping and holding the
token-refresh lock is in :mod:`.calls` (the plans) and :mod:`.protocol`;
:class:`SyncClientBase` and :class:`AsyncClientBase` only drive plans over a
pooled httpx client. The generated ``Bitrix24`` / ``AsyncBitrix24`` add the
typed namespaces.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Mapping, TypeVar

import httpx

from .calls import Plan, Refresh, Reply, Session, Sleep, call_plan, refresh_plan
from .credentials import Credentials, Webhook, parse_webhook
from .oauth import OAuth
from .paging import AsyncPage, Page
from .protocol import USER_AGENT, Envelope, Request, coerce_result
from .ratelimit import STANDARD, LeakyBucket, OperatingBudget, RateLimit
from .redaction import register_secrets
from .retry import RetryPolicy
from .types import MethodInfo

__all__ = ["SyncClientBase", "AsyncClientBase", "ClientCore"]

T = TypeVar("T")

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport | None


def _bucket(rate_limit: RateLimit | LeakyBucket | None) -> LeakyBucket | None:
    if rate_limit is None or isinstance(rate_limit, LeakyBucket):
        return rate_limit
    if isinstance(rate_limit, RateLimit):
        return LeakyBucket(rate_limit)
    raise TypeError(
        "rate_limit must be a RateLimit (e.g. STANDARD, ENTERPRISE), a shared "
        f"LeakyBucket, or None; got {type(rate_limit).__name__}"
    )


def _credentials(portal: str | Webhook | OAuth) -> Credentials:
    if isinstance(portal, str):
        return parse_webhook(portal)
    if isinstance(portal, (Webhook, OAuth)):
        return portal
    raise TypeError(
        "a client needs an inbound webhook URL or OAuth credentials, "
        f"got {type(portal).__name__}"
    )


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
    """

    def __init__(
        self,
        portal: str | Webhook | OAuth,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        rate_limit: RateLimit | LeakyBucket | None = STANDARD,
        operating_budget: float | OperatingBudget | None = None,
        wait_on_operation_limit: float = 0.0,
        on_portal_moved: Callable[[str], None] | None = None,
        user_agent: str = USER_AGENT,
        transport: AnyTransport = None,
    ) -> None:
        if not (isinstance(timeout, (int, float)) and timeout > 0):
            raise ValueError(
                f"timeout must be a positive number of seconds, got {timeout!r}"
            )
        if not wait_on_operation_limit >= 0:
            raise ValueError("wait_on_operation_limit must be >= 0 seconds")
        credentials = _credentials(portal)
        register_secrets(credentials.secrets)
        budget = (
            OperatingBudget(float(operating_budget))
            if isinstance(operating_budget, (int, float))
            else operating_budget
        )
        self._session = Session(
            credentials,
            RetryPolicy(max_retries, backoff_base, backoff_max),
            user_agent=user_agent,
            bucket=_bucket(rate_limit),
            budget=budget,
            wait_on_operation_limit=float(wait_on_operation_limit),
            on_portal_moved=on_portal_moved,
        )
        self._timeout = float(timeout)
        self._open(transport)

    def _open(self, transport: AnyTransport) -> None:
        """Create the pooled HTTP client (sync or async)."""
        raise NotImplementedError

    @property
    def credentials(self) -> Credentials:
        """The webhook or OAuth credentials in use (reprs never show secrets)."""
        return self._session.credentials

    @property
    def operating(self) -> OperatingBudget | None:
        """Per-method ``time.operating`` as last reported, when a budget is kept."""
        return self._session.budget

    def _plan(self, info: MethodInfo, params: Mapping[str, Any]) -> Plan[Envelope]:
        return call_plan(self._session, info, params)

    def _result_plan(self, info: MethodInfo, params: Mapping[str, Any]) -> Plan[Any]:
        envelope = yield from self._plan(info, params)
        return coerce_result(info, envelope.result)

    @staticmethod
    def _escape_hatch(method: str, idempotent: bool) -> MethodInfo:
        if not isinstance(method, str) or not method.strip():
            raise ValueError(f"method must be a REST method name, got {method!r}")
        return MethodInfo(method.strip(), idempotent=idempotent)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._session.credentials!r})"


def _reply(response: httpx.Response) -> Reply:
    return Reply(
        response.status_code, response.content, response.headers.get("location")
    )


class SyncClientBase(ClientCore):
    """A synchronous client over a pooled :class:`httpx.Client`; thread-safe."""

    def _open(self, transport: AnyTransport) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError("the sync client needs an httpx.BaseTransport")
        self._http = httpx.Client(
            timeout=self._timeout, transport=transport, follow_redirects=False
        )
        self._refresh_lock = threading.Lock()

    def _send(self, request: Request) -> Reply | httpx.HTTPError:
        try:
            return _reply(
                self._http.request(
                    request.verb,
                    request.url,
                    content=request.content,
                    headers=request.headers,
                )
            )
        except httpx.HTTPError as exc:
            return exc

    def _run(self, plan: Plan[T]) -> T:
        """The I/O loop: perform each step the plan asks for."""
        outcome: Reply | httpx.HTTPError | None = None
        try:
            while True:
                step = plan.send(outcome)
                outcome = None
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                elif isinstance(step, Refresh):
                    with self._refresh_lock:  # one refresh for all threads
                        if self._session.credentials.generation == step.generation:
                            self._run(refresh_plan(self._session))
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
    ) -> Envelope:
        """Call any REST method by name and get the whole envelope back.

        For methods b24client has no spec for yet. ``idempotent=True`` lets
        timeouts and 5xx be retried; leave it False for writes.
        """
        return self._run(
            self._plan(self._escape_hatch(method, idempotent), params or {})
        )

    def _invoke(self, info: MethodInfo, params: Mapping[str, Any]) -> Any:
        return self._run(self._result_plan(info, params))

    def _invoke_page(self, info: MethodInfo, params: Mapping[str, Any]) -> Page[Any]:
        return Page(self, info, params, self._run(self._plan(info, params)))

    def close(self) -> None:
        """Close the pooled connections."""
        self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientBase(ClientCore):
    """An asyncio client over a pooled :class:`httpx.AsyncClient`; task-safe."""

    def _open(self, transport: AnyTransport) -> None:
        if transport is not None and not isinstance(
            transport, httpx.AsyncBaseTransport
        ):
            raise TypeError("the async client needs an httpx.AsyncBaseTransport")
        import asyncio  # here, not at the top: `import b24client` stays light

        self._http = httpx.AsyncClient(
            timeout=self._timeout, transport=transport, follow_redirects=False
        )
        self._refresh_lock = asyncio.Lock()
        self._sleep = asyncio.sleep

    async def _send(self, request: Request) -> Reply | httpx.HTTPError:
        try:
            return _reply(
                await self._http.request(
                    request.verb,
                    request.url,
                    content=request.content,
                    headers=request.headers,
                )
            )
        except httpx.HTTPError as exc:
            return exc

    async def _run(self, plan: Plan[T]) -> T:
        """The I/O loop: perform each step the plan asks for."""
        outcome: Reply | httpx.HTTPError | None = None
        try:
            while True:
                step = plan.send(outcome)
                outcome = None
                if isinstance(step, Sleep):
                    await self._sleep(step.seconds)
                elif isinstance(step, Refresh):
                    async with self._refresh_lock:  # one refresh for all tasks
                        if self._session.credentials.generation == step.generation:
                            await self._run(refresh_plan(self._session))
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
    ) -> Envelope:
        """Call any REST method by name and get the whole envelope back.

        For methods b24client has no spec for yet. ``idempotent=True`` lets
        timeouts and 5xx be retried; leave it False for writes.
        """
        return await self._run(
            self._plan(self._escape_hatch(method, idempotent), params or {})
        )

    async def _invoke(self, info: MethodInfo, params: Mapping[str, Any]) -> Any:
        return await self._run(self._result_plan(info, params))

    async def _invoke_page(
        self, info: MethodInfo, params: Mapping[str, Any]
    ) -> AsyncPage[Any]:
        return AsyncPage(self, info, params, await self._run(self._plan(info, params)))

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
