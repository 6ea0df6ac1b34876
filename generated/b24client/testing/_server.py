# Source: generator/runtime/testing/_server.py (hand-written; copied into the package by make generate).
"""The fake portal on a socket: :class:`FakePortal`, served from a background thread.

One thread runs its own event loop with the HTTP protocol of :mod:`._http`.
The listener can be closed and reopened on the same port to refuse
connections (a fault tests need: "connection refused").
"""

from __future__ import annotations

import asyncio
import signal
import socket
import threading
from collections.abc import Coroutine
from types import TracebackType
from typing import Any

from ._faults import Faults
from ._http import Connection
from ._limits import Limits
from ._oauth import TOKEN_PATH, OAuthServer
from ._portal import Portal
from ._stats import Stats
from ._store import Store

__all__ = ["FakePortal"]


class FakePortal:
    """A fake Bitrix24 portal served over real HTTP on loopback.

    ``with FakePortal() as portal:`` starts it on a free port and stops it
    (closing every connection and joining the thread) on exit; ``start()``
    and ``stop()`` do the same by hand. Call it at :attr:`webhook_url`
    (classic REST), :attr:`api_webhook_url` (REST 3.0), or with OAuth at
    :attr:`rest_url` with tokens from ``portal.oauth.issue()``.

    Args:
        user_id: the webhook's user ID.
        webhook_code: the webhook secret; random per instance when None.
        host: the address to listen on.
        port: the port; 0 picks a free one (read :attr:`port` after start).
        portal: a ready :class:`Portal` to serve (user_id/webhook_code are
            then taken from it).
        rate_limit: ``(rate, burst)``: enforce the request-rate limit
            (503 QUERY_LIMIT_EXCEEDED); None: off.
        latency: seconds each reply is held back, without blocking others.
        redirect_to: act as a renamed portal: 302 every request to this origin.
    """

    def __init__(
        self,
        user_id: int = 1,
        webhook_code: str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        portal: Portal | None = None,
        rate_limit: tuple[float, int] | None = None,
        latency: float = 0.0,
        redirect_to: str | None = None,
    ) -> None:
        self.portal = portal if portal is not None else Portal(user_id, webhook_code)
        if rate_limit is not None:
            self.portal.limits.configure(*rate_limit)
        if latency:
            self.portal.latency = latency
        if redirect_to is not None:
            self.portal.redirect_all_to(redirect_to)
        self.host = host
        self.port = port
        self._requested_port = port
        self._connections: set[asyncio.Transport] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._resume: asyncio.TimerHandle | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self.portal.faults.refuse_hook = self.refuse_connections

    # --- what tests use -----------------------------------------------------------

    @property
    def store(self) -> Store:
        """The portal's data; seed it with ``add_deal``/``add_contact``/``seed_deals``."""
        return self.portal.store

    @property
    def stats(self) -> Stats:
        """Request, method, write, limit, fault and OAuth counters."""
        return self.portal.stats

    @property
    def limits(self) -> Limits:
        """``limits.configure(rate=, burst=)``, ``limits.configure_operating(...)``."""
        return self.portal.limits

    @property
    def faults(self) -> Faults:
        """``faults.inject(kind, method=None, count=1, ...)``."""
        return self.portal.faults

    @property
    def oauth(self) -> OAuthServer:
        """``oauth.issue()``, ``oauth.expire()``, ``oauth.client_id/secret``."""
        return self.portal.oauth

    @property
    def latency(self) -> float:
        """Seconds each reply is held back (settable at any time)."""
        return self.portal.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        self.portal.latency = seconds

    def redirect_all_to(self, origin: str | None) -> None:
        """302 every request to ``origin`` + the same path (None: stop)."""
        self.portal.redirect_all_to(origin)

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
    def api_webhook_url(self) -> str:
        """The REST 3.0 form: ``http://127.0.0.1:<port>/rest/api/<user>/<code>/``"""
        return f"{self.base_url}/rest/api/{self.user_id}/{self.webhook_code}/"

    @property
    def rest_url(self) -> str:
        """The OAuth ``client_endpoint``: ``http://127.0.0.1:<port>/rest/``"""
        return self.base_url + "/rest/"

    @property
    def oauth_server_url(self) -> str:
        """The token endpoint: ``http://127.0.0.1:<port>/oauth/token/``"""
        return self.base_url + TOKEN_PATH

    def refusing_url(self) -> str:
        """A webhook URL like :attr:`webhook_url` on a loopback port where
        nothing listens: every connection is refused."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind((self.host, 0))
            port = int(probe.getsockname()[1])
        return f"http://{self.host}:{port}{self.portal.webhook_path}"

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def refusing(self) -> bool:
        """True while the listener is closed (see :meth:`refuse_connections`)."""
        return self._thread is not None and self._server is None

    def refuse_connections(self, seconds: float | None = None) -> None:
        """Stop listening and drop open connections, so new connections are
        refused; listen again after ``seconds`` (None: at
        :meth:`accept_connections`). Returns once the port is closed."""
        loop = self._require_loop()

        async def close() -> None:
            if self._resume is not None:
                self._resume.cancel()
                self._resume = None
            server, self._server = self._server, None
            if server is not None:
                server.close()
            for transport in list(self._connections):
                transport.abort()
            if seconds is not None:
                self._resume = loop.call_later(
                    seconds, lambda: self._spawn(self._listen_again())
                )

        asyncio.run_coroutine_threadsafe(close(), loop).result(timeout=10)

    def accept_connections(self) -> None:
        """Listen again (on the same port) after :meth:`refuse_connections`."""
        loop = self._require_loop()
        asyncio.run_coroutine_threadsafe(self._listen_again(), loop).result(timeout=10)

    def _require_loop(self) -> asyncio.AbstractEventLoop:
        loop = self._loop
        if loop is None:
            raise RuntimeError("the fake portal is not running")
        return loop

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _listen(self, port: int) -> asyncio.Server:
        loop = asyncio.get_running_loop()
        return await loop.create_server(
            lambda: Connection(self),
            self.host,
            port,
            backlog=1024,
            reuse_address=True,
        )

    async def _listen_again(self) -> None:
        if self._resume is not None:
            self._resume.cancel()
            self._resume = None
        if self._server is None:
            self._server = await self._listen(self.port)

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
            server = loop.run_until_complete(self._listen(self._requested_port))
        except BaseException as error:
            self._startup_error = error
            loop.close()
            self._ready.set()
            return
        sockname: Any = server.sockets[0].getsockname()
        self.port = int(sockname[1])
        self.portal.base_url = self.base_url
        self._server = server
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            if self._resume is not None:
                self._resume.cancel()
                self._resume = None
            server, self._server = self._server, None
            if server is not None:
                server.close()
            for transport in list(self._connections):
                transport.abort()
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                loop.run_until_complete(
                    asyncio.gather(*self._tasks, return_exceptions=True)
                )
            if server is not None:
                loop.run_until_complete(server.wait_closed())
            loop.run_until_complete(asyncio.sleep(0))
            self._connections.clear()
            loop.close()
