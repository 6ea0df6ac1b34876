# Source: generator/runtime/_core/credentials.py (hand-written; copied into the package by make generate).
"""Where requests go and what secret they carry, kept out of every repr.

An inbound webhook URL ``https://portal/rest/<user>/<code>/`` holds its
secret in the path. :func:`parse_webhook` checks the shape and says what is
wrong without echoing the secret; :class:`Webhook` builds method URLs and
prints itself with the code masked. OAuth credentials (the other kind) live
in :mod:`.oauth` and offer the same small surface (:class:`Credentials`).
"""

from __future__ import annotations

import ipaddress
import re
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import SplitResult, urlsplit

from .redaction import MASK, clean_text

if TYPE_CHECKING:
    from .protocol import Request

__all__ = [
    "Credentials",
    "Webhook",
    "WebhookURLError",
    "is_loopback",
    "masked_url",
    "parse_webhook",
    "split_origin",
]


class Credentials(Protocol):
    """What a call needs from a webhook or an OAuth grant.

    A client works on its own :meth:`copy`, so the caller's object is never
    changed behind its back (a followed move, a refreshed token).
    """

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` of the portal the requests go to."""
        ...

    def copy(self) -> Credentials:
        """An independent copy holding the same secrets."""
        ...

    @property
    def generation(self) -> int:
        """Bumped whenever the secret changes (an OAuth refresh)."""
        ...

    @property
    def can_refresh(self) -> bool: ...

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every value that must never be shown."""
        ...

    def url(self, method: str, *, api: int = 1) -> str: ...

    def auth_params(self) -> dict[str, Any]:
        """Parameters that carry the credential in the body (``auth`` for OAuth)."""
        ...

    def moved_to(self, origin: str) -> Credentials:
        """The same credentials for a portal that now answers at ``origin``."""
        ...

    def refresh_request(self, user_agent: str) -> Request:
        """The request that renews the secret (only when ``can_refresh``)."""
        ...


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookURLError(ValueError):
    """A portal URL given to b24client is not usable; the message says why."""


def _split(url: object, what: str) -> tuple[SplitResult, str, int | None]:
    if not isinstance(url, str):
        raise WebhookURLError(f"{what} must be a string, got {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
        return parts, parts.hostname or "", parts.port
    except ValueError:  # its text may quote a piece of the URL: say only what
        raise WebhookURLError(
            f"{what} is not a valid URL (its host or port cannot be read)"
        ) from None


_SHOWN_SEGMENTS = re.compile(
    r"^(rest|api|[0-9]{1,12}|[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+)$"
)
"""Path segments safe to show: the REST prefixes, a user ID, a method name
(a webhook code or a token has no dots)."""


def masked_url(url: str) -> str:
    """A URL fit for an error message: scheme, host and port, with every path
    segment but ``rest``, ``api``, a user ID and a method name masked, and no
    ``user:password@``, query or fragment (any of them may hold a secret)."""
    try:
        parts = urlsplit(url.strip())
        netloc = parts.netloc.rsplit("@", 1)[-1]
    except ValueError:
        return "'(an unreadable URL)'"
    segments = [s for s in parts.path.split("/") if s]
    path = "/".join(s if _SHOWN_SEGMENTS.match(s) else MASK for s in segments)
    tail = "/" if parts.path.endswith("/") and segments else ""
    query = "?..." if parts.query else ""
    shown = f"{parts.scheme}://{netloc}/{path}{tail}{query}"
    return repr(clean_text(shown, limit=300))


def split_origin(
    url: str, what: str, shown: str | None = None
) -> tuple[str, list[str]]:
    """``(origin, path segments)`` of a portal URL, after checking that it is
    https (plain http only for loopback hosts) with no credentials, query or
    fragment. ``shown`` is how the URL may appear in an error message."""
    parts, host, port = _split(url, what)
    segments = [s for s in parts.path.split("/") if s]
    shown = shown or masked_url(url)
    if parts.scheme not in ("https", "http"):
        raise WebhookURLError(f"{what} must start with https:// (got {shown})")
    if not host:
        raise WebhookURLError(f"{what} has no host (got {shown})")
    if parts.scheme == "http" and not is_loopback(host):
        raise WebhookURLError(
            f"{what} must use https; plain http is allowed only for "
            f"loopback addresses (got {shown})"
        )
    if parts.username or parts.password:
        raise WebhookURLError(
            f"{what} must not carry a user:password@ part (got {shown})"
        )
    if parts.query or parts.fragment:
        raise WebhookURLError(f"{what} must not have a query or fragment (got {shown})")
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    return f"{parts.scheme}://{netloc.lower()}", segments


_USER = re.compile(r"^[0-9]+$")
_CODE = re.compile(r"^[A-Za-z0-9_-]+$")


class Webhook:
    """An inbound webhook: portal origin, user ID and the secret code."""

    __slots__ = ("origin", "user_id", "code")

    generation = 0
    can_refresh = False

    def __init__(self, origin: str, user_id: str, code: str) -> None:
        self.origin = origin
        """``https://portal.bitrix24.com`` (scheme, host and port; no path)."""
        self.user_id = user_id
        self.code = code

    def url(self, method: str, *, api: int = 1) -> str:
        """The URL of a classic (``/rest/``) or REST 3.0 (``/rest/api/``) method."""
        prefix = "/rest/api/" if api == 3 else "/rest/"
        return f"{self.origin}{prefix}{self.user_id}/{self.code}/{method}"

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.code,)

    def auth_params(self) -> dict[str, Any]:
        return {}

    def moved_to(self, origin: str) -> Webhook:
        return Webhook(origin, self.user_id, self.code)

    def copy(self) -> Webhook:
        return Webhook(self.origin, self.user_id, self.code)

    def refresh_request(self, user_agent: str) -> Request:
        raise TypeError("a webhook has no token to refresh")

    def __repr__(self) -> str:
        return f"Webhook('{self.origin}/rest/{self.user_id}/{MASK}/')"

    __str__ = __repr__


def parse_webhook(url: str) -> Webhook:
    """Check an inbound webhook URL and split it into its parts.

    Accepts ``https://host[:port]/rest/<user id>/<code>/`` (the trailing slash
    and a trailing method name such as ``profile.json`` are tolerated). Plain
    ``http`` is accepted only for loopback hosts, where the bundled fake
    portal runs.
    """
    shown = masked_url(url) if isinstance(url, str) else ""
    origin, segments = split_origin(url, "webhook URL", shown)
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
    return Webhook(origin=origin, user_id=user_id, code=code)
