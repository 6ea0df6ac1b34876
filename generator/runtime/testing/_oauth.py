# Source: generator/runtime/testing/_oauth.py (hand-written; copied into the package by make generate).
"""OAuth 2.0 for the fake portal: tokens it accepts in ``auth``, and a token
endpoint that answers like oauth.bitrix.info (bitrix24-protocol.md §9).

Tests get a pair from :meth:`OAuthServer.issue`, expire it with
:meth:`OAuthServer.expire`, and point the client's token URL at
``FakePortal.oauth_server_url`` (``/oauth/token/`` on the same server).
A refresh token works once: the exchange returns a new pair and the old
refresh token answers ``invalid_grant`` from then on. Access tokens stay
valid until they expire (after ``lifetime`` seconds, or :meth:`expire`).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import ApiError

__all__ = ["OAuthServer", "TOKEN_PATH"]

TOKEN_PATH = "/oauth/token/"
"""Where the token endpoint listens (with or without the trailing slash)."""

_NO_AUTH = ("NO_AUTH_FOUND", "Wrong authorization data")
_EXPIRED = ("expired_token", "The access token provided has expired.")


@dataclass(slots=True)
class _Grant:
    user_id: int
    scope: str
    expires_at: float = 0.0


class OAuthServer:
    """The tokens of one application installed on one portal; thread-safe.

    Args:
        user_id: the user tokens are issued for unless told otherwise.
        on_refresh: called after each successful refresh (stats).
        clock: Unix time source.
    """

    def __init__(
        self,
        user_id: int = 1,
        *,
        on_refresh: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.user_id = user_id
        self.client_id = "local." + secrets.token_hex(7) + ".00000001"
        """The application's client id (``configure`` sets another)."""
        self.client_secret = secrets.token_urlsafe(32)
        self.member_id = secrets.token_hex(16)
        """The portal's stable id, as the token answer reports it."""
        self.scope = "crm,user"
        self.status = "L"
        """The application's status letter (L: local)."""
        self.lifetime = 3600
        """Seconds an access token lives."""
        self.base_url = "http://127.0.0.1"
        """The server's own origin (``FakePortal`` sets it when it starts)."""
        self.clock = clock
        self._on_refresh = on_refresh
        self._lock = threading.Lock()
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._codes: dict[str, _Grant] = {}

    def configure(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
        lifetime: int | None = None,
        status: str | None = None,
    ) -> None:
        """Change the application's credentials or the tokens' scope/lifetime."""
        with self._lock:
            if client_id is not None:
                self.client_id = client_id
            if client_secret is not None:
                self.client_secret = client_secret
            if scope is not None:
                self.scope = scope
            if lifetime is not None:
                self.lifetime = lifetime
            if status is not None:
                self.status = status

    @property
    def client_endpoint(self) -> str:
        """The portal's REST base, ``http://127.0.0.1:<port>/rest/``."""
        return self.base_url + "/rest/"

    # --- what tests use -----------------------------------------------------------

    def _grant(self, user_id: int | None, scope: str | None) -> _Grant:
        return _Grant(self.user_id if user_id is None else user_id, scope or self.scope)

    def _new_pair(self, grant: _Grant, expires_in: float | None) -> tuple[str, str]:
        access, refresh = secrets.token_hex(16), secrets.token_hex(16)
        lifetime = self.lifetime if expires_in is None else expires_in
        self._access[access] = _Grant(
            grant.user_id, grant.scope, self.clock() + lifetime
        )
        self._refresh[refresh] = _Grant(grant.user_id, grant.scope)
        return access, refresh

    def issue(
        self,
        user_id: int | None = None,
        *,
        scope: str | None = None,
        expires_in: float | None = None,
    ) -> tuple[str, str]:
        """A new ``(access_token, refresh_token)`` pair, as after installing the app."""
        with self._lock:
            return self._new_pair(self._grant(user_id, scope), expires_in)

    def issue_code(
        self, user_id: int | None = None, *, scope: str | None = None
    ) -> str:
        """An authorization code for ``grant_type=authorization_code`` (30 s)."""
        code = secrets.token_hex(16)
        with self._lock:
            grant = self._grant(user_id, scope)
            grant.expires_at = self.clock() + 30
            self._codes[code] = grant
        return code

    def expire(self, access_token: str | None = None) -> None:
        """Expire one access token, or every one (None)."""
        with self._lock:
            if access_token is None:
                for grant in self._access.values():
                    grant.expires_at = 0.0
            elif access_token in self._access:
                self._access[access_token].expires_at = 0.0

    def revoke(self, refresh_token: str) -> None:
        """Make a refresh token unusable (as after 180 days)."""
        with self._lock:
            self._refresh.pop(refresh_token, None)

    @property
    def refresh_tokens(self) -> list[str]:
        """Refresh tokens that would still work."""
        with self._lock:
            return list(self._refresh)

    # --- what the portal uses -----------------------------------------------------

    def authenticate(self, token: Any) -> int:
        """The user a REST call's ``auth`` token acts as; 401 ApiError if none."""
        if not isinstance(token, str) or not token:
            raise ApiError(401, *_NO_AUTH)
        with self._lock:
            grant = self._access.get(token)
            if grant is None:
                raise ApiError(401, *_NO_AUTH)
            if self.clock() >= grant.expires_at:
                raise ApiError(401, *_EXPIRED)
            return grant.user_id

    def token_endpoint(self, params: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer one token request: ``(HTTP status, JSON body)``."""

        def fail(status: int, code: str, text: str) -> tuple[int, dict[str, Any]]:
            return status, {"error": code, "error_description": text}

        grant_type = params.get("grant_type")
        if grant_type not in ("refresh_token", "authorization_code"):
            return fail(400, "invalid_request", "Unsupported or missing grant_type")
        if not params.get("client_id") or not params.get("client_secret"):
            return fail(400, "invalid_request", "client_id and client_secret needed")
        with self._lock:
            if (
                params.get("client_id") != self.client_id
                or params.get("client_secret") != self.client_secret
            ):
                return fail(401, "invalid_client", "Invalid client credentials")
            if grant_type == "refresh_token":
                grant = self._refresh.pop(str(params.get("refresh_token") or ""), None)
                if grant is None:
                    return fail(400, "invalid_grant", "Invalid refresh token")
            else:
                grant = self._codes.pop(str(params.get("code") or ""), None)
                if grant is None or self.clock() >= grant.expires_at:
                    return fail(400, "invalid_grant", "Invalid authorization code")
            access, refresh = self._new_pair(grant, None)
            now = self.clock()
            body = {
                "access_token": access,
                "client_endpoint": self.client_endpoint,
                "domain": self.base_url.split("://", 1)[-1],
                "expires": int(now + self.lifetime),
                "expires_in": self.lifetime,
                "member_id": self.member_id,
                "refresh_token": refresh,
                "scope": grant.scope,
                "server_endpoint": self.base_url + "/rest/",
                "status": self.status,
                "user_id": grant.user_id,
            }
        if grant_type == "refresh_token" and self._on_refresh is not None:
            self._on_refresh()
        return 200, body
