# Source: generator/runtime/_core/refresh.py (hand-written; copied into the package by make generate).
"""One OAuth refresh for every thread, task and process that shares a token store.

The client's I/O loop runs :func:`refresh_plan` holding its own refresh lock
(threads or tasks of one client); the plan then works against the
credentials' :class:`~.tokens.TokenStore` (processes):

1. Read the stored pair. One newer than the pair held was stored by
   another process: use it, no refresh. (An empty store is given the pair
   held; a pair held by nobody is loaded, so workers need no tokens.)
2. Take the store's refresh lock; while another holds it, wait and go back
   to 1 (the holder stores its pair, or dies and its lock expires).
3. Holding the lock, read once more, then trade the refresh token for a
   new pair, store it over the version it came from, and only then use it;
   ``on_token_refresh`` receives it.

A holder whose lock expired during a slow refresh cannot overwrite a newer
pair (the store's compare-and-set names the version replaced); if its
refresh is refused because another process spent the refresh token first,
the pair that process stored is used.
"""

from __future__ import annotations

import logging
import random
import time

import httpx

from .calls import Plan, Reply, Session, Sleep, ask, transport_error
from .errors import AuthenticationError, Bitrix24Error, SharedStateError
from .oauth import OAuth, TokenPair
from .tokens import StoredPair
from .types import MethodInfo

__all__ = ["refresh_plan"]

log = logging.getLogger("b24client")

FIRST_POLL, LAST_POLL = 0.01, 0.25
"""Seconds between looks at a lock another process holds (growing, jittered)."""


def _take_stored(credentials: OAuth) -> Plan[bool]:
    """Step 1: use the stored pair if it is newer than the one held (True)."""
    store, key = credentials.store, credentials.store_key
    version, holding = credentials.held()
    stored: StoredPair | None = yield from ask(store.load, store.aload, key)
    if stored is None:
        if not holding:
            raise AuthenticationError(
                "no OAuth token pair is stored for this portal: save the grant "
                "with store.put(member_id, access_token, refresh_token)",
                method="oauth.token",
            )
        access, refresh = credentials.tokens()
        stored = yield from ask(
            store.save, store.asave, key, access, refresh, None, replaces=0
        )
        if stored is None:  # another process stored its pair first
            stored = yield from ask(store.load, store.aload, key)
            if stored is None:
                raise SharedStateError("the token store lost the pair just stored")
    if stored.version == version:
        return False
    if holding and credentials.tokens() == (stored.access_token, stored.refresh_token):
        credentials.stored_as(stored.version)  # the same pair: nothing to renew
        return False
    credentials.adopt(stored)
    return True


def refresh_plan(session: Session, generation: int) -> Plan[None]:
    """Renew the pair, unless a thread of this client did since ``generation``."""
    credentials = session.credentials
    assert isinstance(credentials, OAuth), "only OAuth credentials refresh"
    if credentials.generation != generation:
        return
    store, key = credentials.store, credentials.store_key
    give_up = time.monotonic() + 3 * store.lock_ttl
    poll = FIRST_POLL
    while True:
        if (yield from _take_stored(credentials)):
            return
        token: int | None = yield from ask(store.lock, store.alock, key)
        if token is not None:
            break
        if time.monotonic() > give_up:
            raise SharedStateError(
                "the OAuth refresh lock of this portal was held by others for more "
                f"than {3 * store.lock_ttl:g} s; not refreshed"
            )
        yield Sleep(poll * (0.5 + random.random()))
        poll = min(LAST_POLL, poll * 1.5)
    try:  # a plan abandoned here (a cancelled task) leaves the lock to expire
        pair = yield from _renew(session, credentials)
    except Bitrix24Error as error:
        yield from ask(store.unlock, store.aunlock, key, token)
        if isinstance(error, AuthenticationError) and (
            yield from _take_stored(credentials)
        ):
            return  # the refresh token was spent by another process, which stored
        raise
    yield from ask(store.unlock, store.aunlock, key, token)
    if pair is not None:
        if credentials.on_token_refresh is not None:
            credentials.on_token_refresh(pair)
        if pair.client_endpoint:
            session.endpoint_named(pair.client_endpoint)


def _renew(session: Session, credentials: OAuth) -> Plan[TokenPair | None]:
    """Step 3, under the store's lock: the new pair (None if another's was used)."""
    if (yield from _take_stored(credentials)):
        return None
    store, key = credentials.store, credentials.store_key
    version = credentials.held()[0]
    outcome = yield credentials.refresh_request(session.user_agent)
    if isinstance(outcome, Bitrix24Error):
        raise outcome
    if not isinstance(outcome, Reply):
        assert isinstance(outcome, httpx.HTTPError)
        raise transport_error(
            outcome, MethodInfo("oauth.token", idempotent=True), repeatable=True
        )
    pair = credentials.parse_refresh(outcome.status, outcome.content)
    stored: StoredPair | None = yield from ask(
        store.save,
        store.asave,
        key,
        pair.access_token,
        pair.refresh_token,
        pair.expires_at,
        replaces=version,
    )
    if stored is None:
        log.warning(
            "oauth.token: a newer pair was stored while this one was fetched "
            "(the refresh lock had expired); the stored pair is used"
        )
        yield from _take_stored(credentials)
        return None
    credentials.adopt(stored)
    return pair
