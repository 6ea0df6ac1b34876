# Source: generator/runtime/testing/_http.py (hand-written; copied into the package by make generate).
"""HTTP/1.1 on one connection of the fake portal: parse requests, send replies.

A hand-written asyncio protocol. It handles keep-alive, pipelined requests
(answered in order, one write per read), ``Content-Length`` bodies and
``Expect: 100-continue``; chunked request bodies are refused with 411.
Every request goes to :meth:`Portal.serve`, whose :class:`Reply` may ask to
wait (latency, a slow fault: an asyncio sleep in a task, so other
connections go on) or to misbehave on the wire (reset, close, a body cut
short).
"""

from __future__ import annotations

import asyncio
import collections
import http
import socket
import struct
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, cast

from ._reply import Reply

if TYPE_CHECKING:
    from ._portal import Portal

__all__ = ["Connection", "Owner"]


class Owner(Protocol):
    """What a connection needs from the server that accepted it."""

    portal: Portal
    _connections: set[asyncio.Transport]

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None: ...


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


class Connection(asyncio.Protocol):
    """One client connection: parse requests, answer them in order.

    Replies that can go at once are written from :meth:`data_received`
    (pipelined ones batched into one write). A reply that must wait (latency,
    a slow fault) or misbehave (reset, cut short) is carried out by a task;
    requests that arrive meanwhile queue behind it, so answers keep their order.
    """

    __slots__ = (
        "_owner",
        "_portal",
        "_transport",
        "_buffer",
        "_head",
        "_continued",
        "_backlog",
        "_busy",
    )

    def __init__(self, owner: Owner) -> None:
        self._owner = owner
        self._portal = owner.portal
        self._transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._head: _Head | None = None
        self._continued = False
        self._backlog: collections.deque[tuple[_Head, bytes]] = collections.deque()
        self._busy = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        self._owner._connections.add(self._transport)
        self._portal.stats.bump("connections")

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
            if self._busy:
                self._backlog.append((head, body))
                continue
            reply = self._serve(head, body)
            if reply.immediate:
                self._portal.stats.answered()
                out.append(_render(head, reply))
                if not head.keep_alive:
                    close = True
                    break
                continue
            self._busy = True
            self._owner._spawn(self._deliver(head, reply))
        if out:
            transport.write(out[0] if len(out) == 1 else b"".join(out))
        if close:
            transport.close()

    def _serve(self, head: _Head, body: bytes) -> Reply:
        self._portal.stats.arrived()
        return self._portal.serve(
            head.method, head.path, head.query, head.headers, body
        )

    async def _deliver(self, head: _Head, reply: Reply) -> None:
        """Carry out a reply that waits or misbehaves, then the queued requests."""
        stats = self._portal.stats
        try:
            while True:
                try:
                    more = await self._carry_out(head, reply)
                finally:
                    stats.answered()
                if not (more and self._backlog):
                    break
                head, body = self._backlog.popleft()
                reply = self._serve(head, body)
        finally:
            self._busy = False

    async def _carry_out(self, head: _Head, reply: Reply) -> bool:
        """Wait, run what comes after the wait, act; False once the connection is gone."""
        while True:
            if reply.delay > 0:
                await asyncio.sleep(reply.delay)
            follow = reply.then
            if follow is None:
                break
            reply = follow()
        transport = self._transport
        if transport is None or transport.is_closing():
            return False
        if reply.action == "reset":
            sock = transport.get_extra_info("socket")
            if sock is not None:  # linger 0: close() sends RST, not FIN
                try:
                    sock.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                except OSError:
                    pass
            transport.abort()
            return False
        if reply.action == "disconnect":
            transport.close()
            return False
        raw = _render(head, reply)
        if reply.action == "incomplete":
            transport.write(raw[: len(raw) - max(1, len(reply.body) // 2)])
            transport.close()
            return False
        transport.write(raw)
        if not head.keep_alive:
            transport.close()
            return False
        return True


def _render(head: _Head, reply: Reply) -> bytes:
    status = reply.status
    parts = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}\r\n"]
    for name, value in reply.headers.items():
        parts.append(f"{name}: {value}\r\n")
    parts.append(f"Content-Length: {len(reply.body)}\r\n")
    if not head.keep_alive:
        parts.append("Connection: close\r\n")
    parts.append("\r\n")
    raw = "".join(parts).encode("latin-1")
    return raw if head.method == "HEAD" else raw + reply.body
