# Source: generator/runtime/testing/_reply.py (hand-written; copied into the package by make generate).
"""What the sans-I/O portal hands the socket server: a response, and how to send it.

Most replies are sent at once. Latency and injected faults need more: wait
before sending (without blocking other connections), run the method only
after a wait, or misbehave on the wire (reset, close, cut the body short).
:class:`Reply` carries those instructions; :mod:`._server` carries them out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._wire import encode_json

__all__ = ["Reply", "Action", "JSON_HEADERS", "json_reply"]

Action = Literal["send", "reset", "disconnect", "incomplete"]
"""``send`` the response; ``reset`` the connection (TCP RST) or ``disconnect``
(FIN) without a byte of response; send the head and only half the body of an
``incomplete`` response, then close."""

JSON_HEADERS: Mapping[str, str] = {"Content-Type": "application/json; charset=utf-8"}


@dataclass(slots=True)
class Reply:
    """One HTTP response and the instructions for sending it."""

    status: int
    headers: dict[str, str]
    body: bytes
    delay: float = 0.0
    """Seconds to wait before acting (the server sleeps without blocking)."""
    then: Callable[[], Reply] | None = None
    """After the delay, compute the real reply (the method runs then)."""
    action: Action = "send"

    @property
    def immediate(self) -> bool:
        """Nothing to wait for and nothing odd: send now."""
        return self.delay <= 0 and self.then is None and self.action == "send"

    def settle(self) -> Reply:
        """Follow :attr:`then` without waiting (sans-I/O callers)."""
        reply = self
        while reply.then is not None:
            reply = reply.then()
        return reply


def json_reply(status: int, payload: Any) -> Reply:
    """A JSON response of ``payload``."""
    return Reply(status, dict(JSON_HEADERS), encode_json(payload).encode())
