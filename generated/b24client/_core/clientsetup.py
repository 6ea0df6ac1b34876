# Source: generator/runtime/_core/clientsetup.py (hand-written; copied into the package by make generate).
"""What a client is built from: its credentials, its checked options and the
HTTP pool it shares with its ``with_options`` views."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from .credentials import Credentials, Webhook, parse_webhook
from .oauth import OAuth

__all__ = [
    "HttpPool",
    "check_size",
    "check_store",
    "check_timeout",
    "check_wait",
    "checked_http",
    "credentials_of",
    "shared_keys",
]

H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def shared_keys(credentials: Credentials) -> tuple[str, str]:
    """How shared state knows this client's portal (the request limit's unit)
    and its app or webhook on that portal (the operating budget's)."""
    if isinstance(credentials, OAuth):
        portal = credentials.member_id or credentials.origin
        return portal, f"{portal}|app:{credentials.client_id}"
    user = credentials.user_id if isinstance(credentials, Webhook) else "?"
    return credentials.origin, f"{credentials.origin}|webhook:{user}"


def check_store(credentials: Credentials, asynchronous: bool) -> None:
    if isinstance(credentials, OAuth):
        mode = credentials.store.asynchronous
        if mode is not None and mode != asynchronous:
            wanted = "AsyncBitrix24" if mode else "Bitrix24"
            raise TypeError(
                f"the OAuth token store {credentials.store!r} serves {wanted} only"
            )


def credentials_of(portal: str | Webhook | OAuth) -> Credentials:
    if isinstance(portal, str):
        return parse_webhook(portal)
    if isinstance(portal, (Webhook, OAuth)):
        return portal.copy()  # the caller's object is never changed
    raise TypeError(
        "a client needs an inbound webhook URL or OAuth credentials, "
        f"got {type(portal).__name__}"
    )


class HttpPool(Generic[H]):
    """The HTTP client that a client and its ``with_options`` views share.

    Built on first use (it costs ~40 ms) unless the user handed one in; only
    a pool the client built, or a ``DefaultAioHttpClient`` handed to it, is
    ever closed by it.
    """

    __slots__ = ("_client", "_build", "_lock", "owned")

    def __init__(
        self, build: Callable[[], H], given: H | None, *, owned: bool = False
    ) -> None:
        self._client: H | None = given
        self._build: Callable[[], H] = build
        self._lock = threading.Lock()  # never held across an await
        self.owned = owned or given is None

    def get(self) -> H:
        client = self._client
        if client is None:
            with self._lock:
                client = self._client
                if client is None:
                    client = self._client = self._build()
        return client

    def detach(self) -> H | None:
        """The pool to close, if the client built it (the next call builds anew)."""
        with self._lock:
            if not self.owned:
                return None
            client: H | None = self._client
            self._client = None
        return client


X = TypeVar("X")


def checked_http(kind: str, name: str, given: object, wanted: type[X]) -> X | None:
    """``given`` (a transport or an HTTP client) if it fits a sync or async client."""
    if given is not None and not isinstance(given, wanted):
        raise TypeError(
            f"the {kind} client needs an httpx.{wanted.__name__} as {name}, "
            f"got {type(given).__name__}"
        )
    return given


def check_timeout(timeout: object) -> float:
    if not (isinstance(timeout, (int, float)) and timeout > 0):
        raise ValueError(
            f"timeout must be a positive number of seconds, got {timeout!r}"
        )
    return float(timeout)


def check_size(max_response_bytes: object) -> int:
    if not (isinstance(max_response_bytes, int) and max_response_bytes > 0):
        raise ValueError(
            "max_response_bytes must be a positive whole number, "
            f"got {max_response_bytes!r}"
        )
    return max_response_bytes


def check_wait(wait_on_operation_limit: float) -> float:
    if not wait_on_operation_limit >= 0:
        raise ValueError("wait_on_operation_limit must be >= 0 seconds")
    return float(wait_on_operation_limit)
