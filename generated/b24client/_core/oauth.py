# Source: generator/runtime/_core/oauth.py (hand-written; copied into the package by make generate).
"""OAuth 2.0 credentials: an access token in ``auth``, refreshed when it expires.

Bitrix24 access tokens live an hour; on ``401 expired_token`` the client
asks the OAuth server for a new pair (a GET with ``grant_type=refresh_token``)
and repeats the call once (bitrix24-protocol.md §9). Each refresh returns a
new refresh token that replaces the old one; ``on_token_refresh`` receives
the new :class:`TokenPair` so the application can store it. The client makes
sure concurrent calls that hit an expired token refresh only once.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any, Callable
from urllib.parse import urlencode

from .credentials import split_origin
from .errors import AuthenticationError, InvalidResponseError, api_error, normalise_code
from .protocol import Request
from .redaction import MASK, register_secrets

__all__ = ["OAuth", "TokenPair", "OAUTH_SERVER"]

OAUTH_SERVER = "https://oauth.bitrix.info/oauth/token/"


class TokenPair:
    """A fresh grant as the OAuth server returned it."""

    __slots__ = (
        "access_token",
        "refresh_token",
        "expires_at",
        "client_endpoint",
        "raw",
    )

    def __init__(
        self,
        access_token: str,
        refresh_token: str,
        expires_at: float | None = None,
        client_endpoint: str | None = None,
        raw: dict[str, Any] | None = None,
    ) -> None:
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at = expires_at
        """Unix time when the access token expires, when known."""
        self.client_endpoint = client_endpoint
        """The portal's REST base (``https://portal/rest/``)."""
        self.raw = raw or {}
        """The whole answer of the OAuth server (tokens included: store it safely)."""

    def __repr__(self) -> str:
        return (
            f"TokenPair(access_token='{MASK}', refresh_token='{MASK}', "
            f"expires_at={self.expires_at!r}, client_endpoint={self.client_endpoint!r})"
        )


class OAuth:
    """Credentials of an OAuth application (local or marketplace).

    ``client_endpoint`` is the portal's REST base from the token answer
    (``https://portal.bitrix24.com/rest/``); ``token_url`` the OAuth server
    (``https://oauth.bitrix.info/oauth/token/``; tests point it elsewhere).
    The client secret is only ever sent to ``token_url``.
    """

    can_refresh = True

    def __init__(
        self,
        *,
        access_token: str,
        refresh_token: str,
        client_id: str,
        client_secret: str,
        client_endpoint: str,
        token_url: str = OAUTH_SERVER,
        on_token_refresh: Callable[[TokenPair], None] | None = None,
    ) -> None:
        for name, value in (
            ("access_token", access_token),
            ("refresh_token", refresh_token),
            ("client_id", client_id),
            ("client_secret", client_secret),
        ):
            if not isinstance(value, str) or not value:
                raise ValueError(f"OAuth {name} must be a non-empty string")
        self._origin, segments = split_origin(client_endpoint, "OAuth client_endpoint")
        if segments != ["rest"]:
            raise ValueError(
                "OAuth client_endpoint must be the portal's REST base, "
                f"like https://portal.bitrix24.com/rest/ (got {client_endpoint!r})"
            )
        split_origin(token_url, "OAuth token_url")
        self._access = access_token
        self._refresh = refresh_token
        self.client_id = client_id
        self._secret = client_secret
        self.token_url = token_url
        self.on_token_refresh = on_token_refresh
        self._generation = 0
        self._lock = threading.Lock()
        register_secrets(self.secrets)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self._access, self._refresh, self._secret)

    @property
    def client_endpoint(self) -> str:
        return f"{self._origin}/rest/"

    def url(self, method: str, *, api: int = 1) -> str:
        prefix = "/rest/api/" if api == 3 else "/rest/"
        return f"{self._origin}{prefix}{method}"

    def auth_params(self) -> dict[str, Any]:
        with self._lock:
            return {"auth": self._access}

    def moved_to(self, origin: str) -> OAuth:
        with self._lock:
            self._origin = origin
        return self

    def refresh_request(self, user_agent: str) -> Request:
        """The GET that trades the refresh token for a new pair."""
        with self._lock:
            query = urlencode(
                {
                    "grant_type": "refresh_token",
                    "client_id": self.client_id,
                    "client_secret": self._secret,
                    "refresh_token": self._refresh,
                }
            )
        separator = "&" if "?" in self.token_url else "?"
        return Request(
            url=f"{self.token_url}{separator}{query}",
            content=b"",
            method="oauth.token",
            headers={"Accept": "application/json", "User-Agent": user_agent},
            verb="GET",
        )

    def apply_refresh(self, status: int, content: bytes) -> TokenPair:
        """Take the OAuth server's answer: store the new pair, or raise why not."""
        try:
            body = json.loads(content) if content.strip() else None
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise InvalidResponseError(
                f"the OAuth server answered HTTP {status} with no JSON object",
                status=status,
                method="oauth.token",
            )
        if "error" in body or status != 200:
            code = normalise_code(body.get("error"))
            text = body.get("error_description")
            text = text if isinstance(text, str) and text else code or f"HTTP {status}"
            if status >= 500:
                raise api_error(code, text, status=status, method="oauth.token")
            raise AuthenticationError(
                f"the token refresh was refused: {text}",
                code=code,
                status=status,
                method="oauth.token",
            )
        access, refresh = body.get("access_token"), body.get("refresh_token")
        if not isinstance(access, str) or not isinstance(refresh, str) or not access:
            raise InvalidResponseError(
                "the OAuth server's answer has no access_token/refresh_token",
                status=status,
                method="oauth.token",
            )
        expires = body.get("expires")
        expires_in = body.get("expires_in")
        if isinstance(expires, (int, float)):
            expires_at: float | None = float(expires)
        elif isinstance(expires_in, (int, float)):
            expires_at = time.time() + float(expires_in)
        else:
            expires_at = None
        endpoint = body.get("client_endpoint")
        pair = TokenPair(
            access_token=access,
            refresh_token=refresh,
            expires_at=expires_at,
            client_endpoint=endpoint if isinstance(endpoint, str) else None,
            raw=body,
        )
        register_secrets((access, refresh))
        with self._lock:
            self._access, self._refresh = access, refresh
            if pair.client_endpoint:
                try:
                    self._origin, _ = split_origin(
                        pair.client_endpoint, "client_endpoint"
                    )
                except ValueError:
                    pass  # keep the known portal rather than trust a bad endpoint
            self._generation += 1
        if self.on_token_refresh is not None:
            self.on_token_refresh(pair)
        return pair

    def __repr__(self) -> str:
        return f"OAuth(client_endpoint='{self.client_endpoint}', client_id={self.client_id!r})"
