"""The counters: exact under concurrency, snapshot and reset."""

from __future__ import annotations

import threading

import httpx

from b24client.testing import FakePortal, Portal


def test_counts_are_exact_across_threads() -> None:
    portal = Portal()
    path = portal.webhook_path
    headers = {"content-type": "application/json"}

    def hammer() -> None:
        for _ in range(500):
            portal.handle("POST", path + "crm.deal.add", "", headers, b"{}")
            portal.handle("POST", path + "user.current", "", headers, b"{}")

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats = portal.stats
    assert stats.requests == 8000 and stats.writes == 4000
    assert stats.calls == {"crm.deal.add": 4000, "user.current": 4000}
    assert stats.writes_by_method == {"crm.deal.add": 4000}
    assert stats.statuses == {200: 8000}
    assert len(portal.store) == 4000


def test_snapshot_and_reset(portal: FakePortal, client: httpx.Client) -> None:
    client.post("crm.deal.add", json={})
    client.post("nothing.here", json={})
    snapshot = portal.stats.snapshot()
    assert snapshot["requests"] == 2 and snapshot["writes"] == 1
    assert snapshot["statuses"] == {200: 1, 404: 1}
    assert snapshot["requests_by_method"] == {"crm.deal.add": 1, "nothing.here": 1}
    assert snapshot["connections"] == 1 and snapshot["errors"] == 1
    assert "lock" not in snapshot
    portal.stats.reset()
    assert portal.stats.snapshot() == {
        name: {} if isinstance(value, dict) else 0 for name, value in snapshot.items()
    }
    client.post("user.current")
    assert portal.stats.requests == 1 and portal.stats.by_method["user.current"] == 1
