"""Rate and operating-time limits, OAuth refresh and a renamed portal, over sockets."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from b24client import (
    AsyncBitrix24,
    AuthenticationError,
    Bitrix24,
    OAuth,
    OperationTimeLimitError,
    RateLimit,
    RateLimitError,
    TokenPair,
)
from b24client.testing import FakePortal

from .conftest import SecretGuard, drive, settle


def test_portal_refusals_are_retried_when_the_client_does_not_throttle(
    run: Any, portal: FakePortal
) -> None:
    # slow enough that 30 calls in a row meet the limit even on a loaded machine
    portal.limits.configure(rate=10, burst=2)

    async def scenario(b24: Any) -> int:
        for _ in range(30):
            await settle(b24.user.current())
        return 30

    run(scenario, rate_limit=None, backoff_base=0.05, backoff_max=0.2, max_retries=10)
    assert portal.stats.refused > 0  # the portal did refuse...
    assert portal.stats.requests_by_method["user.current"] == 30 + portal.stats.refused


def test_a_matching_client_bucket_is_never_refused(
    run: Any, portal: FakePortal
) -> None:
    portal.limits.configure(rate=50, burst=5)

    async def scenario(b24: Any) -> None:
        for _ in range(30):
            await settle(b24.user.current())

    run(scenario, rate_limit=RateLimit(50, 5))
    assert portal.stats.refused == 0


def test_rate_limit_error_when_retries_run_out(
    run: Any, portal: FakePortal, guard: SecretGuard
) -> None:
    portal.limits.configure(rate=0.01, burst=1)

    async def scenario(b24: Any) -> None:
        await settle(b24.user.current())
        await settle(b24.user.current())
        with pytest.raises(RateLimitError) as caught:
            await settle(b24.user.current())
        guard.check(caught.value)

    run(scenario, rate_limit=None, max_retries=1)


def test_operating_time_limit(run: Any, portal: FakePortal, guard: SecretGuard) -> None:
    portal.limits.configure_operating(1.0, window_seconds=2.0, cost=0.6)

    async def scenario(b24: Any) -> Any:
        await settle(b24.crm.deal.fields())
        await settle(b24.crm.deal.fields())  # 1.2 s used: over the 1 s budget
        with pytest.raises(OperationTimeLimitError) as caught:
            await settle(b24.crm.deal.fields())
        guard.check(caught.value)
        assert caught.value.operating_reset_at is not None
        assert caught.value.operating_reset_at > time.time() - 1
        await settle(b24.user.current())  # other methods are not blocked
        return b24.operating.used("crm.deal.fields") if b24.operating else None

    assert run(scenario, operating_budget=None) is None
    assert portal.stats.operating_refused == 1


def test_waiting_out_the_operating_limit(run: Any, portal: FakePortal) -> None:
    portal.limits.configure_operating(1.0, window_seconds=1.0, cost=0.6)

    async def scenario(b24: Any) -> float:
        started = time.monotonic()
        for _ in range(3):
            await settle(b24.crm.deal.fields())
        return time.monotonic() - started

    assert run(scenario, wait_on_operation_limit=5.0) < 5.0
    assert portal.stats.calls["crm.deal.fields"] == 3


def test_operating_budget_slows_down_before_the_portal_blocks(
    run: Any, portal: FakePortal
) -> None:
    portal.limits.configure_operating(1.0, window_seconds=1.0, cost=0.3)

    async def scenario(b24: Any) -> None:
        for _ in range(6):
            await settle(b24.crm.deal.fields())

    run(scenario, operating_budget=1.0)
    assert portal.stats.operating_refused == 0


def oauth_for(portal: FakePortal, guard: SecretGuard, stored: list[TokenPair]) -> OAuth:
    access, refresh = portal.oauth.issue()
    guard.watch(access, refresh, portal.oauth.client_secret)
    return OAuth(
        access_token=access,
        refresh_token=refresh,
        client_id=portal.oauth.client_id,
        client_secret=portal.oauth.client_secret,
        client_endpoint=portal.rest_url,
        token_url=portal.oauth_server_url,
        on_token_refresh=lambda pair: (
            stored.append(pair),
            guard.watch(pair.access_token, pair.refresh_token),
        ),
    )


def test_oauth_refresh_over_sockets(
    mode: str, portal: FakePortal, guard: SecretGuard
) -> None:
    stored: list[TokenPair] = []
    creds = oauth_for(portal, guard, stored)

    async def scenario(b24: Any) -> None:
        assert "ID" in await settle(b24.user.current())
        portal.oauth.expire()
        assert "ID" in await settle(b24.user.current())
        portal.oauth.expire()
        assert "ID" in await settle(b24.user.current())

    async def checked(b24: Any) -> None:
        await scenario(b24)
        # the client's own copy holds the newest pair; the caller's is untouched
        assert b24.credentials.secrets[1] == stored[1].refresh_token
        assert creds.secrets[1] != stored[1].refresh_token

    drive(mode, creds, checked)
    assert portal.stats.refreshes == 2
    assert len(stored) == 2 and stored[0].refresh_token != stored[1].refresh_token


def test_concurrent_expiry_refreshes_once_async(
    portal: FakePortal, guard: SecretGuard
) -> None:
    creds = oauth_for(portal, guard, [])

    async def main() -> None:
        async with AsyncBitrix24(creds, rate_limit=None) as b24:
            await b24.user.current()
            portal.oauth.expire()
            await asyncio.gather(*(b24.user.current() for _ in range(40)))

    asyncio.run(main())
    assert portal.stats.refreshes == 1


def test_concurrent_expiry_refreshes_once_threads(
    portal: FakePortal, guard: SecretGuard
) -> None:
    creds = oauth_for(portal, guard, [])
    failures: list[BaseException] = []
    with Bitrix24(creds, rate_limit=None) as b24:
        b24.user.current()
        portal.oauth.expire()

        def work() -> None:
            try:
                for _ in range(5):
                    b24.user.current()
            except BaseException as exc:  # noqa: BLE001 - asserted below
                failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == [] and portal.stats.refreshes == 1


def test_revoked_refresh_token(
    mode: str, portal: FakePortal, guard: SecretGuard
) -> None:
    creds = oauth_for(portal, guard, [])
    stale = OAuth(
        access_token=creds.secrets[0],
        refresh_token="not-a-refresh-token",
        client_id=portal.oauth.client_id,
        client_secret=portal.oauth.client_secret,
        client_endpoint=portal.rest_url,
        token_url=portal.oauth_server_url,
    )

    async def scenario(b24: Any) -> None:
        portal.oauth.expire()
        with pytest.raises(AuthenticationError) as caught:
            await settle(b24.user.current())
        guard.check(caught.value)
        assert caught.value.code == "invalid_grant"

    drive(mode, stale, scenario)


def test_renamed_portal(mode: str, portal: FakePortal, guard: SecretGuard) -> None:
    moved: list[str] = []
    with FakePortal(
        webhook_code=portal.webhook_code, redirect_to=portal.base_url
    ) as old:
        old_url = old.webhook_url

        async def scenario(b24: Any) -> None:
            deal = await settle(b24.crm.deal.add(fields={"TITLE": "Moved"}))
            assert (await settle(b24.crm.deal.get(id=deal)))["TITLE"] == "Moved"

        def approve(origin: str) -> bool:
            moved.append(origin)
            return True

        drive(
            mode,
            old_url,
            scenario,
            on_portal_moved=approve,
            portal_move_hosts=["127.0.0.1"],
        )
        assert old.stats.redirects == 1
    assert moved == [portal.base_url]
    assert (
        portal.stats.writes == 1
    )  # the POST arrived once, as a POST, at the new address
