# Source: generator/runtime/_core/credentials.py (hand-written; copied into the package by make generate).
"""Where requests go and what secret they carry, kept out of every repr.

An inbound webhook URL ``https://portal/rest/<user>/<code>/`` holds its
secret in the path. :func:`parse_webhook` checks the shape and says what is
wrong without echoing the secret; :class:`Webhook` builds method URLs and
prints itself with the code masked.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .redaction import MASK

__all__ = ["Webhook", "WebhookURLError", "parse_webhook"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_USER = re.compile(r"^[0-9]+$")
_CODE = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True, repr=False)
class Webhook:
    """An inbound webhook: portal origin, user ID and the secret code."""

    origin: str
    """``https://portal.bitrix24.com`` (scheme, host and port; no path)."""
    user_id: str
    code: str = field(compare=False)

    def url(self, method: str, *, api: int = 1) -> str:
        """The URL of a classic (``/rest/``) or REST 3.0 (``/rest/api/``) method."""
        prefix = "/rest/api/" if api == 3 else "/rest/"
        return f"{self.origin}{prefix}{self.user_id}/{self.code}/{method}"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every value that must never be shown."""
        return (self.code,)

    def __repr__(self) -> str:
        return f"Webhook('{self.origin}/rest/{self.user_id}/{MASK}/')"

    __str__ = __repr__


class WebhookURLError(ValueError):
    """The webhook URL given to a client is not usable; the message says why."""


def parse_webhook(url: str) -> Webhook:
    """Check an inbound webhook URL and split it into its parts.

    Accepts ``https://host[:port]/rest/<user id>/<code>/`` (the trailing slash
    and a trailing method name such as ``profile.json`` are tolerated). Plain
    ``http`` is accepted only for loopback hosts, where the bundled fake
    portal runs.
    """
    if not isinstance(url, str):
        raise WebhookURLError(f"webhook URL must be a string, got {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        port = parts.port
    except ValueError as exc:
        raise WebhookURLError(f"webhook URL is not a valid URL ({exc})") from None
    segments = [s for s in parts.path.split("/") if s]
    shown = _masked(parts.scheme, parts.netloc, segments)
    if parts.scheme not in ("https", "http"):
        raise WebhookURLError(f"webhook URL must start with https:// (got {shown})")
    if not host:
        raise WebhookURLError(f"webhook URL has no host (got {shown})")
    if parts.scheme == "http" and not _is_loopback(host):
        raise WebhookURLError(
            f"webhook URL must use https; plain http is allowed only for "
            f"loopback addresses (got {shown})"
        )
    if parts.username or parts.password:
        raise WebhookURLError(
            f"webhook URL must not carry a user:password@ part (got {shown})"
        )
    if parts.query or parts.fragment:
        raise WebhookURLError(
            f"webhook URL must not have a query or fragment (got {shown})"
        )
    if len(segments) == 4 and "." in segments[3]:
        segments = segments[:3]
    if len(segments) != 3 or segments[0] != "rest":
        raise WebhookURLError(
            "webhook URL must look like https://<portal>/rest/<user id>/<code>/ "
            f"(got {shown})"
        )
    _, user_id, code = segments
    if not _USER.match(user_id):
        raise WebhookURLError(f"webhook URL user id must be a number (got {shown})")
    if not _CODE.match(code):
        raise WebhookURLError(
            "webhook URL code may hold only letters, digits, '_' and '-' "
            f"(got {shown})"
        )
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    return Webhook(
        origin=f"{parts.scheme}://{netloc.lower()}", user_id=user_id, code=code
    )


def _masked(scheme: str, netloc: str, segments: list[str]) -> str:
    """The URL as it may be shown: any path segment after the user id masked."""
    shown = [s if i < 2 else MASK for i, s in enumerate(segments)]
    return f"'{scheme}://{netloc.rsplit('@', 1)[-1]}/{'/'.join(shown)}'"
