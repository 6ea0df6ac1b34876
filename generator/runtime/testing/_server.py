# Source: generator/runtime/testing/_server.py (hand-written; copied into the package by make generate).
"""The fake portal's HTTP/1.1 server: a hand-written asyncio protocol.

One background thread runs its own event loop. The parser handles
keep-alive, pipelined requests (answered in order, one write per read),
``Content-Length`` bodies and ``Expect: 100-continue``; chunked request
bodies are refused with 411. Every request goes to :meth:`Portal.handle`.
"""

from __future__ import annotations

import asyncio
import http
import signal
import socket
import threading
from dataclasses import dataclass
from types import TracebackType
from typing import Any, cast

from ._portal import Portal, Stats
from ._store import Store

__all__ = ["FakePortal"]

MAX_HEAD = 64 * 1024
MAX_BODY = 64 * 1024 * 1024
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_REASONS = {status.value: status.phrase for status in http.HTTPStatus}


class _BadRequest(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


@dataclass(slots=True)
class _Head:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    length: int
    keep_alive: bool
    expect_continue: bool


def _parse_head(raw: bytes) -> _Head:
    lines = raw.decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ")
    except ValueError:
        raise _BadRequest(400, "Malformed request line") from None
    if not version.startswith("HTTP/1."):
        raise _BadRequest(505, "Only HTTP/1.x is supported")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise _BadRequest(400, "Malformed header line")
        headers[name.lower()] = value.strip()
    if "transfer-encoding" in headers:
        raise _BadRequest(411, "Send the body with Content-Length")
    length_text = headers.get("content-length", "0")
    if not length_text.isdigit():
        raise _BadRequest(400, "Invalid Content-Length")
    length = int(length_text)
    if length > MAX_BODY:
        raise _BadRequest(413, "Request body too large")
    connection = headers.get("connection", "").lower()
    if version == "HTTP/1.0":
        keep_alive = "keep-alive" in connection
    else:
        keep_alive = "close" not in connection
    if target.startswith(("http://", "https://")):  # absolute form
        slash = target.find("/", target.find("//") + 2)
        target = target[slash:] if slash >= 0 else "/"
    path, _, query = target.partition("?")
    expect = headers.get("expect", "").lower() == "100-continue"
    return _Head(method, path, query, headers, length, keep_alive, expect)


def _simple(status: int, text: str, *, close: bool) -> bytes:
    body = text.encode()
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        + ("Connection: close\r\n" if close else "")
        + "\r\n"
    )
    return head.encode("latin-1") + body


class _Connection(asyncio.Protocol):
    """One client connection: parse requests, answer them in order."""

    __slots__ = ("_owner", "_portal", "_transport", "_buffer", "_head", "_continued")

    def __init__(self, owner: FakePortal) -> None:
        self._owner = owner
        self._portal = owner.portal
        self._transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._head: _Head | None = None
        self._continued = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        self._owner._connections.add(self._transport)
        self._portal.stats.connections += 1

    def connection_lost(self, exc: Exception | None) -> None:
        if self._transport is not None:
            self._owner._connections.discard(self._transport)

    def data_received(self, data: bytes) -> None:
        transport = self._transport
        assert transport is not None
        buffer = self._buffer
        buffer += data
        out: list[bytes] = []
        close = False
        while True:
            head = self._head
            if head is None:
                while buffer[:2] == b"\r\n":  # stray CRLFs between requests
                    del buffer[:2]
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    if len(buffer) > MAX_HEAD:
                        out.append(_simple(431, "Request head too large", close=True))
                        close = True
                    break
                try:
                    head = _parse_head(bytes(buffer[:end]))
                except _BadRequest as error:
                    out.append(_simple(error.status, error.text, close=True))
                    close = True
                    break
                del buffer[: end + 4]
                self._head = head
            if len(buffer) < head.length:
                if head.expect_continue and not self._continued:
                    out.append(_CONTINUE)
                    self._continued = True
                break
            body = bytes(buffer[: head.length])
            del buffer[: head.length]
            self._head = None
            self._continued = False
            out.append(self._respond(head, body))
            if not head.keep_alive:
                close = True
                break
        if out:
            transport.write(out[0] if len(out) == 1 else b"".join(out))
        if close:
            transport.close()

    def _respond(self, head: _Head, body: bytes) -> bytes:
        status, headers, payload = self._portal.handle(
            head.method, head.path, head.query, head.headers, body
        )
        parts = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}\r\n"]
        for name, value in headers.items():
            parts.append(f"{name}: {value}\r\n")
        parts.append(f"Content-Length: {len(payload)}\r\n")
        if not head.keep_alive:
            parts.append("Connection: close\r\n")
        parts.append("\r\n")
        raw = "".join(parts).encode("latin-1")
        return raw if head.method == "HEAD" else raw + payload


class FakePortal:
    """A fake Bitrix24 portal served over real HTTP on loopback.

    ``with FakePortal() as portal:`` starts it on a free port and stops it
    (closing every connection and joining the thread) on exit; ``start()``
    and ``stop()`` do the same by hand. Call it at :attr:`webhook_url`.

    Args:
        user_id: the webhook's user ID.
        webhook_code: the webhook secret; random per instance when None.
        host: the address to listen on.
        port: the port; 0 picks a free one (read :attr:`port` after start).
        portal: a ready :class:`Portal` to serve (user_id/webhook_code are
            then taken from it).
    """

    def __init__(
        self,
        user_id: int = 1,
        webhook_code: str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        portal: Portal | None = None,
    ) -> None:
        self.portal = portal if portal is not None else Portal(user_id, webhook_code)
        self.host = host
        self.port = port
        self._requested_port = port
        self._connections: set[asyncio.Transport] = set()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None

    # --- what tests use -----------------------------------------------------------

    @property
    def store(self) -> Store:
        """The portal's data; seed it with ``add_deal``/``add_contact``/``seed_deals``."""
        return self.portal.store

    @property
    def stats(self) -> Stats:
        """Request, method and write counters."""
        return self.portal.stats

    @property
    def user_id(self) -> int:
        return self.portal.user_id

    @property
    def webhook_code(self) -> str:
        return self.portal.webhook_code

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (no trailing slash)."""
        return f"http://{self.host}:{self.port}"

    @property
    def webhook_url(self) -> str:
        """``http://127.0.0.1:<port>/rest/<user>/<code>/``"""
        return self.base_url + self.portal.webhook_path

    @property
    def running(self) -> bool:
        return self._thread is not None

    # --- life cycle ---------------------------------------------------------------

    def start(self) -> FakePortal:
        """Start serving in a background thread; return once it listens."""
        if self._thread is not None:
            raise RuntimeError("the fake portal is already running")
        self._ready.clear()
        self._startup_error = None
        thread = threading.Thread(
            target=self._serve, name="b24client-fake-portal", daemon=True
        )
        thread.start()
        self._ready.wait()
        if self._startup_error is not None:
            thread.join()
            error, self._startup_error = self._startup_error, None
            raise error
        self._thread = thread
        return self

    def stop(self) -> None:
        """Stop serving: close the listener and every connection, join the thread."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        try:
            loop.call_soon_threadsafe(loop.stop)
        except RuntimeError:  # the loop is already closed
            pass
        thread.join()
        self._thread = None
        self._loop = None

    def __enter__(self) -> FakePortal:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = self.webhook_url if self.running else "stopped"
        return f"<FakePortal {state}>"

    def _serve(self) -> None:
        if hasattr(signal, "pthread_sigmask"):  # let the main thread get Ctrl-C
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        loop = asyncio.new_event_loop()
        try:
            server = loop.run_until_complete(
                loop.create_server(
                    lambda: _Connection(self),
                    self.host,
                    self._requested_port,
                    backlog=1024,
                    reuse_address=True,
                )
            )
        except BaseException as error:
            self._startup_error = error
            loop.close()
            self._ready.set()
            return
        sockname: Any = server.sockets[0].getsockname()
        self.port = int(sockname[1])
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            for transport in list(self._connections):
                transport.abort()
            loop.run_until_complete(server.wait_closed())
            loop.run_until_complete(asyncio.sleep(0))
            self._connections.clear()
            loop.close()
