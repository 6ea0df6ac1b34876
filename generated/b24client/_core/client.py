# Source: generator/runtime/_core/client.py (hand-written; copied into the package by make generate).
"""The client bases: configuration shared, one I/O loop each for sync and async.

Everything a call does apart from sending bytes and sleeping is in
:mod:`.calls` (the plan) and :mod:`.protocol`; :class:`SyncClientBase` and
:class:`AsyncClientBase` only drive plans over a pooled httpx client. The
generated ``Bitrix24`` / ``AsyncBitrix24`` add the typed namespaces.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Mapping, TypeVar

import httpx

from .calls import Plan, Reply, Sleep, call_plan
from .credentials import parse_webhook
from .paging import AsyncPage, Page
from .protocol import USER_AGENT, Envelope, coerce_result
from .redaction import register_secrets
from .retry import RetryPolicy
from .types import MethodInfo

__all__ = ["SyncClientBase", "AsyncClientBase"]

T = TypeVar("T")


class ClientCore:
    """Configuration and plan building shared by the sync and async clients."""

    def __init__(
        self,
        webhook_url: str,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not (isinstance(timeout, (int, float)) and timeout > 0):
            raise ValueError(
                f"timeout must be a positive number of seconds, got {timeout!r}"
            )
        self._webhook = parse_webhook(webhook_url)
        register_secrets(self._webhook.secrets)
        self._policy = RetryPolicy(max_retries, backoff_base, backoff_max)
        self._timeout = float(timeout)
        self._user_agent = user_agent
        self._open(transport)

    def _open(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    ) -> None:
        """Create the pooled HTTP client (sync or async)."""
        raise NotImplementedError

    def _plan(self, info: MethodInfo, params: Mapping[str, Any]) -> Plan[Envelope]:
        return call_plan(
            self._webhook, self._policy, info, params, user_agent=self._user_agent
        )

    def _result_plan(self, info: MethodInfo, params: Mapping[str, Any]) -> Plan[Any]:
        envelope = yield from self._plan(info, params)
        return coerce_result(info, envelope.result)

    @staticmethod
    def _escape_hatch(method: str, idempotent: bool) -> MethodInfo:
        if not isinstance(method, str) or not method.strip():
            raise ValueError(f"method must be a REST method name, got {method!r}")
        return MethodInfo(method.strip(), idempotent=idempotent)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._webhook!r})"


class SyncClientBase(ClientCore):
    """A synchronous client over a pooled :class:`httpx.Client`."""

    def _open(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError("the sync client needs an httpx.BaseTransport")
        self._http = httpx.Client(
            timeout=self._timeout, transport=transport, follow_redirects=False
        )

    def _run(self, plan: Plan[T]) -> T:
        """The I/O loop: perform each step the plan asks for."""
        outcome: Reply | httpx.HTTPError | None = None
        try:
            while True:
                step = plan.send(outcome)
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                    outcome = None
                    continue
                try:
                    response = self._http.post(
                        step.url, content=step.content, headers=step.headers
                    )
                    outcome = Reply(response.status_code, response.content)
                except httpx.HTTPError as exc:
                    outcome = exc
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
    """An asyncio client over a pooled :class:`httpx.AsyncClient`."""

    def _open(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    ) -> None:
        if transport is not None and not isinstance(
            transport, httpx.AsyncBaseTransport
        ):
            raise TypeError("the async client needs an httpx.AsyncBaseTransport")
        self._http = httpx.AsyncClient(
            timeout=self._timeout, transport=transport, follow_redirects=False
        )

    async def _run(self, plan: Plan[T]) -> T:
        """The I/O loop: perform each step the plan asks for."""
        outcome: Reply | httpx.HTTPError | None = None
        try:
            while True:
                step = plan.send(outcome)
                if isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                    outcome = None
                    continue
                try:
                    response = await self._http.post(
                        step.url, content=step.content, headers=step.headers
                    )
                    outcome = Reply(response.status_code, response.content)
                except httpx.HTTPError as exc:
                    outcome = exc
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
