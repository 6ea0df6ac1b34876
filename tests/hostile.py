"""A hostile HTTP server on loopback: it answers each request with whatever
bytes a test scripts, as slowly as the test likes.

Unlike the fake portal it keeps no protocol: a handler gets the raw socket
and the request it read, and writes anything (a redirect elsewhere, a body
that drips, endless ``100 Continue``, a gzip bomb). Every wait it makes is
bounded and ends when the server stops, so a test cannot leave it running.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_WAIT = 20.0
"""No handler waits or drips for longer than this, whatever it was asked."""


@dataclass
class Seen:
    """One request as the server read it."""

    head: str
    body: bytes

    @property
    def path(self) -> str:
        return self.head.split(" ", 2)[1]

    def header(self, name: str) -> str | None:
        for line in self.head.split("\r\n")[1:]:
            key, _, value = line.partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None


Handler = Callable[["Conn", Seen], None]


@dataclass
class Conn:
    """The server's side of one connection, for handlers."""

    sock: socket.socket
    stopping: threading.Event

    def send(self, data: bytes) -> bool:
        """Write ``data``; False once the client has gone."""
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            return False

    def answer(
        self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        """A whole response with a Content-Length."""
        lines = [f"HTTP/1.1 {status} X"]
        fields = {"Content-Type": "application/json", **(headers or {})}
        fields.setdefault("Content-Length", str(len(body)))
        lines += [f"{k}: {v}" for k, v in fields.items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def drip(self, data: bytes, every: float) -> None:
        """Send ``data`` a byte at a time, ``every`` seconds apart, until the
        client goes, the server stops or :data:`MAX_WAIT` passes."""
        ends = time.monotonic() + MAX_WAIT
        for i in range(len(data)):
            if self.stopping.is_set() or time.monotonic() > ends:
                return
            if not self.send(data[i : i + 1]):
                return
            self.stopping.wait(every)

    def repeat(self, data: bytes, every: float) -> None:
        """Send ``data`` again and again (endless ``100 Continue``), bounded as drip."""
        ends = time.monotonic() + MAX_WAIT
        while not self.stopping.is_set() and time.monotonic() < ends:
            if not self.send(data):
                return
            self.stopping.wait(every)


@dataclass
class HostileServer:
    """``with HostileServer(handler) as server:`` serves on 127.0.0.1."""

    handler: Handler
    requests: list[Seen] = field(default_factory=list)
    connections: int = 0
    _stopping: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _socks: list[socket.socket] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def webhook(self, code: str, user: int = 1) -> str:
        return f"{self.origin}/rest/{user}/{code}/"

    def __enter__(self) -> HostileServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self._listener.close()
        for sock in list(self._socks):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            self._socks.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(MAX_WAIT)
        buffer = b""
        try:
            while not self._stopping.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                seen = Seen(head.decode("latin-1"), b"")
                length = int(seen.header("content-length") or 0)
                while len(buffer) < length:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                seen.body, buffer = buffer[:length], buffer[length:]
                self.requests.append(seen)
                self.handler(Conn(sock, self._stopping), seen)
        except OSError:
            return
        finally:
            sock.close()
