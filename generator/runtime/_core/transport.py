# Source: generator/runtime/_core/transport.py (hand-written; copied into the package by make generate).
"""Bounded HTTP: no server can hold an attempt past its deadline or flood it.

httpx's timeouts bound each single read, so a body that drips one byte a
second, endless headers or an endless run of ``100 Continue`` keep a request
alive for ever. Here every attempt gets a deadline (``timeout`` plus a small
margin, from the moment it starts): the network streams of the pooled
transports clamp each connect, read and write to the time left, so the
attempt ends with httpx's own timeout error when the deadline passes.

Bodies are read raw and decoded here (gzip, deflate), a chunk at a time and
never beyond ``max_response_bytes`` decoded bytes: a gzip bomb stops at the
cap, as does a body with no end. The I/O loops of the sync and async clients
feed a :class:`BodyReader`; everything else is shared.
"""

from __future__ import annotations

import functools
import ssl
import time
import zlib
from collections.abc import Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:  # httpx imports httpcore only when a transport is built
    import httpcore

from .calls import Reply
from .errors import APITimeoutError, InvalidResponseError, ResponseTooLargeError
from .protocol import ACCEPT_ENCODING

__all__ = [
    "DEADLINE_MARGIN",
    "MAX_RESPONSE_BYTES",
    "BodyReader",
    "attempt_deadline",
    "bounded_async_transport",
    "bounded_sync_transport",
]

MAX_RESPONSE_BYTES = 128 * 2**20
"""128 MiB decoded: a batch of 50 list pages (2,500 rows) at over 50 KiB a row."""

DEADLINE_MARGIN = 0.25
"""Seconds past ``timeout`` an attempt may take: httpx's own connect timeout
fires first when it applies, and says that nothing was sent."""

_deadline: ContextVar[float | None] = ContextVar("b24client_deadline", default=None)


class attempt_deadline:
    """``with attempt_deadline(seconds):`` bounds the I/O of one attempt.

    A context variable: each thread and each asyncio task has its own, so a
    pooled connection serves whichever attempt is using it.
    """

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds

    def __enter__(self) -> float:
        deadline = time.monotonic() + self._seconds
        self._token = _deadline.set(deadline)
        return deadline

    def __exit__(self, *exc_info: object) -> None:
        _deadline.reset(self._token)


def _clamp(timeout: float | None, phase: str) -> float | None:
    """The timeout for one socket operation (``phase``: connect, read or
    write): at most the time left, or httpcore's timeout error once it is gone."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore  # loaded already: a transport is running

        error = {
            "connect": httpcore.ConnectTimeout,
            "read": httpcore.ReadTimeout,
            "write": httpcore.WriteTimeout,
        }[phase]
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream:
    """A sync network stream whose every operation keeps to the deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, "read"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, "write"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> _Stream:
        timeout = _clamp(timeout, "connect")
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend:
    """httpcore's sync network backend, handing out :class:`_Stream` objects."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _Stream:
        timeout = _clamp(timeout, "connect")
        return _Stream(
            self._backend.connect_tcp(
                host, port, timeout, local_address, socket_options
            )
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _Stream:
        timeout = _clamp(timeout, "connect")
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream:
    """The async twin of :class:`_Stream`."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        timeout = _clamp(timeout, "read")
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _clamp(timeout, "write"))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> _AsyncStream:
        timeout = _clamp(timeout, "connect")
        stream = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return _AsyncStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend:
    """The async twin of :class:`_Backend`."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _AsyncStream:
        timeout = _clamp(timeout, "connect")
        stream = await self._backend.connect_tcp(
            host, port, timeout, local_address, socket_options
        )
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _AsyncStream:
        timeout = _clamp(timeout, "connect")
        stream = await self._backend.connect_unix_socket(path, timeout, socket_options)
        return _AsyncStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _pool(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> Any:
    pool = getattr(transport, "_pool", None)
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - httpx changed
        raise RuntimeError(
            "b24client cannot bound this httpx version's connections; "
            "install the httpx version b24client supports"
        )
    return pool


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's roots, or SSL_CERT_FILE /
    SSL_CERT_DIR as read at the first call), built once per process:
    loading the roots takes tens of milliseconds, every client needs the
    same context, and a context is safe to share between threads.

    The roots load in a thread of their own (OpenSSL parses them with the
    GIL released) while this one imports httpcore, which the transport
    built next needs: a new process's first call waits for the longer of
    the two instead of both (about 30 ms less)."""
    import threading

    built: list[ssl.SSLContext | Exception] = []

    def build() -> None:
        try:
            built.append(httpx.create_ssl_context())
        except Exception as error:  # raised below, in the caller's thread
            built.append(error)

    loader = threading.Thread(target=build, name="b24client-tls-roots", daemon=True)
    loader.start()
    import httpcore  # noqa: F401, F811 - meanwhile: the transport's first import

    loader.join()
    if isinstance(built[0], Exception):
        raise built[0]
    return built[0]


def bounded_sync_transport() -> httpx.HTTPTransport:
    """httpx's default transport with every socket operation under the deadline."""
    transport = httpx.HTTPTransport(verify=default_ssl_context())
    pool = _pool(transport)
    pool._network_backend = _Backend(pool._network_backend)
    return transport


def bounded_async_transport() -> httpx.AsyncHTTPTransport:
    """The async twin of :func:`bounded_sync_transport`."""
    transport = httpx.AsyncHTTPTransport(verify=default_ssl_context())
    pool = _pool(transport)
    pool._network_backend = _AsyncBackend(pool._network_backend)
    return transport


class BodyReader:
    """Decodes one response body as it arrives, within the size cap and deadline."""

    __slots__ = (
        "_method",
        "_headers",
        "_limit",
        "_deadline",
        "_decoder",
        "_body",
        "_raw",
        "streaming",
    )

    def __init__(
        self,
        headers: Mapping[str, str],
        *,
        method: str,
        limit: int,
        deadline: float,
        content: bytes | None = None,
    ) -> None:
        """``headers``: the answer's, looked up case-insensitively (httpx's or
        aiohttp's); ``content``: a body already read whole, else it is fed."""
        self._method = method
        self._limit = limit
        self._deadline = deadline
        self._headers = headers
        self._body = bytearray()
        """The body so far, grown as it arrives: a 2.5 MB answer is one
        buffer rather than 40 chunks joined into a copy, and nothing is set
        aside for a length the server merely announces."""
        self._raw = 0
        self.streaming = content is None
        """False: the body was handed in whole; nothing is left to feed."""
        if content is not None:
            self._decoder = None
            self.feed(content)
            return
        length = headers.get("content-length", "")
        if length.isdigit() and len(length) < 20 and int(length) > limit:
            raise self._too_large(f"announces {length} bytes")
        self._decoder = self._decoder_for(headers.get("content-encoding", ""))

    @classmethod
    def of(
        cls, response: httpx.Response, *, method: str, limit: int, deadline: float
    ) -> BodyReader:
        """The reader of an httpx answer; a response built in memory
        (httpx.MockTransport) was read and decoded by httpx: it is taken whole."""
        whole = response.content if response.is_stream_consumed else None
        return cls(
            response.headers,
            method=method,
            limit=limit,
            deadline=deadline,
            content=whole,
        )

    def _decoder_for(self, header: str) -> Any:
        encoding = header.strip().lower()
        if encoding in ("", "identity"):
            return None
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(zlib.MAX_WBITS | 16)
        if encoding == "deflate":
            return zlib.decompressobj()
        raise InvalidResponseError(
            f"the answer is encoded as {header[:40]!r}, which b24client did not ask "
            f"for (it accepts {ACCEPT_ENCODING})",
            method=self._method,
        )

    def _too_large(self, detail: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"the answer is larger than max_response_bytes={self._limit} ({detail})",
            method=self._method,
        )

    def _keep(self, data: bytes) -> None:
        if len(self._body) + len(data) > self._limit:
            raise self._too_large("after decompression" if self._decoder else "so far")
        self._body += data

    def feed(self, chunk: bytes) -> None:
        """Take the next raw chunk of the body."""
        if time.monotonic() > self._deadline:
            raise APITimeoutError(
                "timed out: the answer did not arrive within the attempt's deadline",
                method=self._method,
                sent=True,
            )
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise self._too_large("before decompression")
        decoder = self._decoder
        if decoder is None:
            self._keep(chunk)
            return
        try:
            data = decoder.decompress(chunk, self._limit - len(self._body) + 1)
            self._keep(data)
            while decoder.unconsumed_tail:
                data = decoder.decompress(
                    decoder.unconsumed_tail, self._limit - len(self._body) + 1
                )
                self._keep(data)
        except zlib.error:
            raise InvalidResponseError(
                "the answer's compressed body is corrupt", method=self._method
            ) from None

    def reply(self, status: int) -> Reply:
        """The whole decoded body, with what the driver needs from the head."""
        decoder = self._decoder
        if decoder is not None:
            try:
                self._keep(decoder.flush())
            except zlib.error:
                decoder = None
            if decoder is None or not decoder.eof:
                raise InvalidResponseError(
                    "the answer's compressed body is corrupt or cut short",
                    method=self._method,
                )
        headers = self._headers
        replayed = headers.get("idempotent-replayed", "").strip().lower() == "true"
        return Reply(
            status,
            self._body,
            headers.get("location"),
            replayed,
        )
