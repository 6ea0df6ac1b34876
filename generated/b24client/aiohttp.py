# Source: generator/runtime/aiohttp.py (hand-written; copied into the package by make generate).
"""The async client over aiohttp (``pip install 'b24client[aiohttp]'``).

``AsyncBitrix24(url, http_client=DefaultAioHttpClient())``, as in
openai-python: an ``httpx.AsyncClient`` whose transport is aiohttp
(httpx-aiohttp), which spends less time per call than httpx's own. The client
that is handed one owns it (closes it in ``aclose``), and every rule of the
httpx transport still holds:

- each whole attempt ends within ``timeout`` (plus a small margin): the async
  client bounds the attempt as a task, since aiohttp's timeouts, like httpx's,
  bound each single read;
- bodies arrive raw (aiohttp decompresses nothing) and are decoded by
  b24client within ``max_response_bytes``;
- redirects are never followed (aiohttp is told so; a move is approved by
  b24client alone), so credentials go nowhere but the configured portal;
- aiohttp's errors become httpx's that say truthfully whether the request
  may have reached the portal (httpx-aiohttp calls a dropped connection a
  ``ConnectTimeout``, "nothing sent", which would let a write be repeated).

A call goes straight to the aiohttp session that httpx-aiohttp would use (its
connector, TLS context and proxy), past httpx's request and response models,
which cost more per call than aiohttp itself; the client's headers are sent
as httpx would send them. Options that need httpx's own layers (``auth``,
``cookies``, ``params``, ``event_hooks``, ``base_url``, ``transport``,
``mounts``) keep every call on the httpx path.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx

from ._core.protocol import Request

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient
except ImportError as exc:  # pragma: no cover - the extra is not installed
    raise ImportError(
        "b24client.aiohttp needs the aiohttp extra: pip install 'b24client[aiohttp]'"
    ) from exc

__all__ = ["DefaultAioHttpClient"]


def _httpx_error(exc: Exception) -> Exception:
    """The httpx error for an aiohttp failure (``exc`` as it is otherwise)."""
    cause = exc if isinstance(exc, aiohttp.ClientError) else exc.__cause__
    if not isinstance(cause, aiohttp.ClientError):
        return exc
    text = str(cause) or type(cause).__name__
    kind: type[httpx.HTTPError]
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # connecting, or waiting for the pool
    elif isinstance(cause, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError  # no connection: nothing was sent
    elif isinstance(cause, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.InvalidURL):
        kind = httpx.UnsupportedProtocol
    elif isinstance(cause, aiohttp.ClientPayloadError):
        kind = httpx.ReadError
    else:  # a dropped connection, a malformed answer: the request may have run
        kind = httpx.RemoteProtocolError
    return kind(f"{type(cause).__name__}: {text}")


class _Body(httpx.AsyncByteStream):
    """A response body whose aiohttp errors are httpx errors."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except Exception as exc:
            raise _httpx_error(exc) from None

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except Exception as exc:
            raise _httpx_error(exc) from None


class _Transport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport with its errors mapped by :func:`_httpx_error`."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._transport.handle_async_request(request)
        except Exception as exc:
            raise _httpx_error(exc) from None
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Body(response.stream)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()


Answer = tuple[int, Mapping[str, str], AsyncIterator[bytes]]
"""An answer straight from aiohttp: status, headers, the raw body's chunks."""

_LAYERS = frozenset(
    {"auth", "cookies", "params", "event_hooks", "base_url", "transport", "mounts"}
)
"""``httpx.AsyncClient`` options that only httpx's request path applies."""


class DefaultAioHttpClient(HttpxAiohttpClient):
    """An ``httpx.AsyncClient`` over aiohttp, for ``AsyncBitrix24(http_client=...)``.

    Takes ``httpx.AsyncClient``'s options (``limits``, ``verify``, ``proxy``...).
    The ``AsyncBitrix24`` it is handed to closes it, and builds a new one with
    the same options if it is used again after ``aclose``.
    """

    def __init__(self, **options: Any) -> None:
        self._b24client_options = dict(options)
        self._b24client_layered = not _LAYERS.isdisjoint(options)
        options.setdefault("follow_redirects", False)
        super().__init__(**options)

    def _b24client_direct(
        self, request: Request, timeout: httpx.Timeout
    ) -> AbstractAsyncContextManager[Answer] | None:
        """The exchange of ``request`` straight over aiohttp, or None when it
        must go through httpx (an option above, or a transport not aiohttp's)."""
        if self._b24client_layered:
            return None
        url = (
            request.url
            if isinstance(request.url, httpx.URL)
            else httpx.URL(request.url)
        )
        pick = getattr(self, "_transport_for_url", None)  # httpx's, by mounts
        transport = getattr(pick(url), "_transport", None) if pick else None
        if not isinstance(transport, AiohttpTransport) or not hasattr(
            transport, "get_client"
        ):
            return None
        return self._b24client_exchange(transport, request, str(url), timeout)

    @asynccontextmanager
    async def _b24client_exchange(
        self,
        transport: AiohttpTransport,
        request: Request,
        url: str,
        timeout: httpx.Timeout,
    ) -> AsyncIterator[Answer]:
        headers = {key.lower(): value for key, value in self.headers.items()}
        headers.update((key.lower(), value) for key, value in request.headers.items())
        proxy = transport.proxy
        try:
            session = transport.client
            if not isinstance(session, aiohttp.ClientSession):
                session = transport.client = transport.get_client()
            async with session.request(
                request.verb,
                url,
                data=request.content or None,
                headers=headers,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=aiohttp.ClientTimeout(
                    sock_connect=timeout.connect,
                    sock_read=timeout.read,
                    connect=timeout.pool,
                ),
                proxy=str(proxy.url) if proxy else None,
                proxy_auth=(
                    aiohttp.BasicAuth(*proxy.auth) if proxy and proxy.auth else None
                ),
                proxy_headers=proxy.headers if proxy else None,
            ) as response:
                yield response.status, response.headers, response.content.iter_any()
        except Exception as exc:
            raise _httpx_error(exc) from None

    def _b24client_fresh(self) -> DefaultAioHttpClient:
        """Another client with the same options (the old one is closed)."""
        return type(self)(**self._b24client_options)

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        return _Transport(super()._init_transport(*args, **kwargs))

    def _init_proxy_transport(
        self, *args: Any, **kwargs: Any
    ) -> httpx.AsyncBaseTransport:
        return _Transport(super()._init_proxy_transport(*args, **kwargs))
