# Source: generator/runtime/_core/oauth.py (hand-written; copied into the package by make generate).
"""OAuth 2.0 credentials: an access token in ``auth``, refreshed when it expires.

Bitrix24 access tokens live an hour; on ``401 expired_token`` the client
asks the OAuth server for a new pair (a GET with ``grant_type=refresh_token``)
and repeats the call once (bitrix24-protocol.md §9). Each refresh returns a
new refresh token that replaces the old one, so the pair lives in a
:class:`~.tokens.TokenStore` (this process's memory unless ``store=`` names a
shared one) and one refresh serves every thread, task and process that
shares the store (:mod:`.refresh`); ``on_token_refresh`` receives the new
:class:`TokenPair` in the process that made the refresh.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from .credentials import masked_url, split_origin
from .errors import AuthenticationError, InvalidResponseError, api_error, normalise_code
from .jsoncodec import loads_stdlib
from .protocol import Request
from .redaction import MASK, clean_text, register_secrets
from .tokens import (
    MAX_TOKEN,
    MemoryTokenStore,
    StoredPair,
    TokenStore,
    check_member_id,
    is_token,
)

__all__ = ["OAuth", "TokenPair", "OAUTH_SERVER"]

OAUTH_SERVER = "https://oauth.bitrix.info/oauth/token/"


def _seconds(value: object) -> float | None:
    """A count of seconds from the OAuth server, if it is a sane one."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if 0 <= value < 2**40 else None  # NaN fails the test


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
            f"expires_at={self.expires_at!r}, "
            f"client_endpoint={clean_text(str(self.client_endpoint), limit=300)!r})"
        )


class OAuth:
    """Credentials of an OAuth application (local or marketplace).

    ``client_endpoint`` is the portal's REST base from the token answer
    (``https://portal.bitrix24.com/rest/``); ``token_url`` the OAuth server
    (``https://oauth.bitrix.info/oauth/token/``; tests point it elsewhere).
    The client secret is only ever sent to ``token_url``.

    ``store`` keeps the pair where other processes find it
    (``SQLiteTokenStore``, ``RedisTokenStore``), under ``member_id`` (the
    portal's id from the install or token answer), so that an expired token
    is refreshed once for all of them. With a store the tokens may be left
    out: the client loads the stored pair before its first call; given
    tokens are stored only when the store holds none for the portal (save
    a new grant with ``store.put``). Without a store the pair is kept in
    memory, shared by every client made from this object. A client works
    on its own copy, so this object keeps the tokens it was built with: the
    new pair after each refresh reaches ``on_token_refresh``.
    """

    can_refresh = True

    def __init__(
        self,
        *,
        access_token: str | None = None,
        refresh_token: str | None = None,
        client_id: str,
        client_secret: str,
        client_endpoint: str,
        token_url: str = OAUTH_SERVER,
        on_token_refresh: Callable[[TokenPair], None] | None = None,
        member_id: str | None = None,
        store: TokenStore | None = None,
    ) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"OAuth {name} must be a non-empty string")
        if store is not None and member_id is None:
            raise ValueError(
                "OAuth with a store= needs member_id= (the portal's id): one store "
                "keeps the pairs of many portals"
            )
        if (access_token is None) != (refresh_token is None) or (
            access_token is None and store is None
        ):
            raise ValueError(
                "OAuth needs access_token and refresh_token (both may be left "
                "out only with a store= that holds the pair)"
            )
        for token_name, token in (
            ("access_token", access_token),
            ("refresh_token", refresh_token),
        ):
            if token is not None and (not isinstance(token, str) or not token):
                raise ValueError(f"OAuth {token_name} must be a non-empty string")
        self._origin, segments = split_origin(client_endpoint, "OAuth client_endpoint")
        if segments != ["rest"]:
            raise ValueError(
                "OAuth client_endpoint must be the portal's REST base, "
                f"like https://portal.bitrix24.com/rest/ (got {masked_url(client_endpoint)})"
            )
        split_origin(token_url, "OAuth token_url")
        self._access = access_token
        self._refresh = refresh_token
        self.client_id = client_id
        self._secret = client_secret
        self.token_url = token_url
        self.on_token_refresh = on_token_refresh
        self.member_id = None if member_id is None else check_member_id(member_id)
        """The portal's id: the key of its pair in the store."""
        self.store: TokenStore = MemoryTokenStore() if store is None else store
        self._version = 0  # the store version of the pair held; 0: not from it
        self._generation = 0
        self._lock = threading.Lock()
        register_secrets(self.secrets)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def origin(self) -> str:
        return self._origin

    def copy(self) -> OAuth:
        """An independent copy: a client refreshes and moves its own."""
        with self._lock:
            twin = copy.copy(self)
        twin._lock = threading.Lock()
        return twin

    @property
    def secrets(self) -> tuple[str, ...]:
        with self._lock:
            held = (self._access, self._refresh, self._secret)
        return tuple(value for value in held if value is not None)

    @property
    def store_key(self) -> str:
        """The pair's key in the store: ``member_id`` (a private store: any)."""
        return self.member_id or "portal"

    def held(self) -> tuple[int, bool]:
        """``(store version, whether a pair is held at all)``."""
        with self._lock:
            return self._version, self._access is not None

    def tokens(self) -> tuple[str, str]:
        """The pair held (only when :meth:`held` says there is one)."""
        with self._lock:
            return self._access or "", self._refresh or ""

    def stored_as(self, version: int) -> None:
        """The pair held is the store's ``version`` (the token is unchanged)."""
        with self._lock:
            self._version = version

    def adopt(self, pair: StoredPair) -> None:
        """Use a pair from the store (newer than the one held, or the first)."""
        register_secrets((pair.access_token, pair.refresh_token))
        with self._lock:
            self._access, self._refresh = pair.access_token, pair.refresh_token
            self._version = pair.version
            self._generation += 1

    @property
    def client_endpoint(self) -> str:
        return f"{self._origin}/rest/"

    def url(self, method: str, *, api: int = 1) -> str:
        prefix = "/rest/api/" if api == 3 else "/rest/"
        return f"{self._origin}{prefix}{method}"

    def auth_params(self) -> dict[str, Any]:
        with self._lock:
            return {"auth": self._access or ""}  # the plans load a pair first

    def moved_to(self, origin: str) -> OAuth:
        twin = self.copy()
        twin._origin = origin
        return twin

    def refresh_request(self, user_agent: str) -> Request:
        """The GET that trades the refresh token for a new pair."""
        with self._lock:
            query = urlencode(
                {
                    "grant_type": "refresh_token",
                    "client_id": self.client_id,
                    "client_secret": self._secret,
                    "refresh_token": self._refresh or "",
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

    def parse_refresh(self, status: int, content: bytes | bytearray) -> TokenPair:
        """The OAuth server's answer as a new pair, or raise why there is none.

        The pair is not used yet: it is stored first (:mod:`.refresh`).
        """
        try:  # strict JSON, as for every answer: NaN and Infinity are refused
            body = loads_stdlib(content) if content.strip() else None
        except (ValueError, RecursionError):
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
        if not (is_token(access) and is_token(refresh)):
            raise InvalidResponseError(
                "the OAuth server's answer has no usable access_token/refresh_token "
                f"(each must be 1 to {MAX_TOKEN} printable ASCII characters)",
                status=status,
                method="oauth.token",
            )
        assert isinstance(access, str) and isinstance(refresh, str)
        register_secrets((access, refresh))
        member = body.get("member_id")
        if (
            self.member_id is not None
            and member is not None
            and member != self.member_id
        ):
            raise InvalidResponseError(
                "the OAuth server answered for another portal (its member_id is "
                "not the one configured); the pair is not used",
                status=status,
                method="oauth.token",
            )
        expires, expires_in = _seconds(body.get("expires")), _seconds(
            body.get("expires_in")
        )
        if expires is not None:
            expires_at: float | None = expires
        elif expires_in is not None:
            expires_at = time.time() + expires_in
        else:
            expires_at = None
        endpoint = body.get("client_endpoint")
        return TokenPair(
            access_token=access,
            refresh_token=refresh,
            expires_at=expires_at,
            client_endpoint=endpoint if isinstance(endpoint, str) else None,
            raw=body,
        )

    def __repr__(self) -> str:
        return f"OAuth(client_endpoint='{self.client_endpoint}', client_id={self.client_id!r})"
