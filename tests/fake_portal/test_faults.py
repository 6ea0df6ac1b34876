"""Injected faults, each seen on the wire with raw httpx."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest

from b24client.testing import FAULT_KINDS, FakePortal

from .wire import classic_error, ok


def add_deal(client: httpx.Client) -> httpx.Response:
    return client.post("crm.deal.add", json={"fields": {"TITLE": "Fault"}})


@pytest.mark.parametrize("after_run", [False, True])
def test_reset_and_disconnect(
    portal: FakePortal, client: httpx.Client, after_run: bool
) -> None:
    portal.faults.inject("reset", "crm.deal.add", after_run=after_run)
    with pytest.raises(httpx.ReadError):  # ECONNRESET
        add_deal(client)
    portal.faults.inject("disconnect", "crm.deal.add", after_run=after_run)
    with pytest.raises(httpx.RemoteProtocolError):
        add_deal(client)
    executed = 2 if after_run else 0  # after_run: the write happened, the answer not
    assert portal.stats.writes == executed == len(portal.store)
    assert portal.stats.faults == {"reset": 1, "disconnect": 1}
    assert add_deal(client).status_code == 200  # one-shot: the next one works
    assert portal.stats.writes == executed + 1


def test_slow_answer_after_running(portal: FakePortal, client: httpx.Client) -> None:
    portal.faults.inject("slow", "crm.deal.add", delay=0.5, after_run=True)
    with pytest.raises(httpx.ReadTimeout):
        client.post("crm.deal.add", json={}, timeout=0.1)
    assert portal.stats.writes == 1  # it ran at once; only the answer was late


def test_slow_before_running(portal: FakePortal, client: httpx.Client) -> None:
    portal.faults.inject("slow", "crm.deal.add", delay=0.3)
    with pytest.raises(httpx.ReadTimeout):
        client.post("crm.deal.add", json={}, timeout=0.05)
    assert portal.stats.writes == 0
    deadline = time.monotonic() + 5
    while portal.stats.writes == 0 and time.monotonic() < deadline:
        time.sleep(0.02)  # the request arrived: it still runs after the wait
    assert portal.stats.writes == 1


def test_slow_answer_blocks_no_one_else(portal: FakePortal) -> None:
    portal.faults.inject("slow", "crm.deal.add", delay=1.2)
    outcome: list[int] = []

    def slow_call() -> None:
        with httpx.Client(base_url=portal.webhook_url) as http:
            outcome.append(http.post("crm.deal.add", json={}).status_code)

    thread = threading.Thread(target=slow_call)
    thread.start()
    while portal.stats.faults["slow"] == 0:
        time.sleep(0.01)
    with httpx.Client(base_url=portal.webhook_url) as http:
        for _ in range(5):
            assert http.post("user.current").status_code == 200
    assert thread.is_alive() and not outcome  # the slow one is still waiting
    thread.join()
    assert outcome == [200]


def test_incomplete_body(portal: FakePortal, client: httpx.Client) -> None:
    portal.faults.inject("incomplete_body", after_run=True)
    with pytest.raises(httpx.RemoteProtocolError):
        add_deal(client)
    assert portal.stats.writes == 1


@pytest.mark.parametrize(
    ("kind", "status", "title"),
    [
        ("html_500", 500, "500 Internal Server Error"),
        ("bad_gateway", 502, "502 Bad Gateway"),
        ("gateway_timeout", 504, "504 Gateway Time-out"),
    ],
)
def test_html_pages(
    portal: FakePortal, client: httpx.Client, kind: str, status: int, title: str
) -> None:
    portal.faults.inject(kind)
    response = add_deal(client)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"<title>{title}</title>" in response.text
    assert portal.stats.writes == 0 and portal.stats.statuses[status] == 1


@pytest.mark.parametrize("after_run", [False, True])
def test_broken_json(portal: FakePortal, client: httpx.Client, after_run: bool) -> None:
    for kind in ("malformed_json", "truncated_json"):
        portal.faults.inject(kind, after_run=after_run)
        response = add_deal(client)
        assert response.status_code == 200 and response.content
        with pytest.raises(ValueError):
            json.loads(response.content)
    portal.faults.inject("empty_body", after_run=after_run)
    response = add_deal(client)
    assert response.status_code == 200 and response.content == b""
    assert portal.stats.writes == (3 if after_run else 0)


def test_error_envelopes(portal: FakePortal, client: httpx.Client) -> None:
    portal.faults.inject("error")
    classic_error(add_deal(client), 400, "ERROR_CORE", "Injected failure")
    portal.faults.inject(
        "error", status=503, code="OVERLOAD_LIMIT", description="Blocked"
    )
    classic_error(add_deal(client), 503, "OVERLOAD_LIMIT", "Blocked")
    portal.faults.inject("error_200", code="ACCESS_DENIED", description="No")
    classic_error(add_deal(client), 200, "ACCESS_DENIED", "No")
    portal.faults.inject("error_empty_code")
    classic_error(add_deal(client), 400, "", "Not found")
    portal.faults.inject("error_numeric_code")
    response = add_deal(client)
    assert response.status_code == 400
    assert response.content == (
        b'{"error":200040300020,"error_description":"Access denied"}'
    )
    assert portal.stats.writes == 0


def test_error_after_running(portal: FakePortal, client: httpx.Client) -> None:
    portal.faults.inject(
        "error", status=500, code="INTERNAL_SERVER_ERROR", after_run=True
    )
    assert add_deal(client).status_code == 500
    assert portal.stats.writes == 1


def test_matching_count_and_clear(portal: FakePortal, client: httpx.Client) -> None:
    portal.faults.inject("error", "crm.deal.add", count=2)
    assert ok(client, "user.current")["ID"] == "1"  # another method: untouched
    assert [add_deal(client).status_code for _ in range(3)] == [400, 400, 200]
    fault = portal.faults.inject("error_200", count=None)
    assert [client.post("user.current").status_code for _ in range(3)] == [200] * 3
    assert fault.applied == 3 and portal.faults.pending == [fault]
    assert client.post("user.current").json()["error"] == "ERROR_CORE"
    portal.faults.clear()
    assert "error" not in client.post("user.current").json()
    assert portal.stats.faults == {"error": 2, "error_200": 4}
    with pytest.raises(ValueError):
        portal.faults.inject("lightning")
    assert "refuse" in FAULT_KINDS


@pytest.mark.parametrize("halt", [False, True])
def test_command_error_in_batch(
    portal: FakePortal, client: httpx.Client, halt: bool
) -> None:
    portal.faults.inject("command_error", "crm.deal.add", code="ERROR_CORE")
    cmd = {
        "a": "crm.deal.add?fields[TITLE]=A",
        "b": "crm.deal.add?fields[TITLE]=B",
        "c": "crm.deal.add?fields[TITLE]=C",
    }
    result = ok(client, "batch", cmd=cmd, halt=halt)
    assert result["result_error"] == {
        "a": {"error": "ERROR_CORE", "error_description": "Injected command failure"}
    }
    assert sorted(result["result"] or {}) == ([] if halt else ["b", "c"])
    assert portal.stats.writes == (0 if halt else 2)
    portal.faults.inject("command_error", command="c", code="", description="Nope")
    result = ok(client, "batch", cmd=cmd, halt=halt)
    assert result["result_error"] == {"c": {"error": "", "error_description": "Nope"}}


def test_command_error_leaves_top_level_calls_alone(
    portal: FakePortal, client: httpx.Client
) -> None:
    portal.faults.inject("command_error", "crm.deal.add")
    assert add_deal(client).status_code == 200
    assert len(portal.faults.pending) == 1


def test_fault_on_token_endpoint(portal: FakePortal) -> None:
    portal.faults.inject("bad_gateway", "oauth.token")
    assert httpx.get(portal.oauth_server_url).status_code == 502


def test_refuse_for_a_while(portal: FakePortal, client: httpx.Client) -> None:
    assert client.post("user.current").status_code == 200  # a pooled connection
    portal.faults.inject("refuse", delay=0.4)
    assert portal.refusing
    with pytest.raises(httpx.ConnectError):
        client.post("user.current")
    deadline = time.monotonic() + 5
    while portal.refusing and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.post("user.current").status_code == 200  # same port again
    assert portal.stats.faults["refuse"] == 1


def test_refuse_until_told(portal: FakePortal, client: httpx.Client) -> None:
    portal.refuse_connections()
    for _ in range(2):
        with pytest.raises(httpx.ConnectError):
            client.post("user.current")
    portal.accept_connections()
    assert client.post("user.current").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.post(portal.refusing_url() + "user.current")


def test_faults_need_a_socket_to_refuse() -> None:
    from b24client.testing import Portal

    with pytest.raises(RuntimeError):
        Portal().faults.inject("refuse")


def test_latency_holds_answers_without_blocking(portal: FakePortal) -> None:
    portal.latency = 0.3
    done: list[float] = []

    def call() -> None:
        with httpx.Client(base_url=portal.webhook_url) as http:
            assert http.post("user.current").status_code == 200
            done.append(time.monotonic())

    started = time.monotonic()
    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(done) == 6
    assert min(done) - started >= 0.29
    assert max(done) - started < 1.5  # 6 x 0.3 s would be 1.8 s in series


def test_pipelined_answers_keep_order_behind_a_slow_one(portal: FakePortal) -> None:
    import socket

    portal.faults.inject("slow", "crm.deal.fields", delay=0.2)
    requests = b""
    for method in ("crm.deal.fields", "user.current", "crm.deal.fields"):
        requests += (
            f"GET {portal.portal.webhook_path}{method} HTTP/1.1\r\nHost: x\r\n\r\n"
        ).encode()
    with socket.create_connection((portal.host, portal.port), timeout=5) as sock:
        sock.sendall(requests)
        data = b""
        while data.count(b"HTTP/1.1 200") < 3:
            chunk = sock.recv(1 << 16)
            assert chunk
            data += chunk
    first, second, third = data.split(b"HTTP/1.1 200")[1:]
    assert b'"TITLE"' in first and b'"NAME"' in second and b'"TITLE"' in third
