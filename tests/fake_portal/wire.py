"""Small helpers shared by the fake portal's tests."""

from __future__ import annotations

import socket
from typing import Any

import httpx

from b24client.testing import FakePortal


def ok(client: httpx.Client, method: str, **params: Any) -> Any:
    response = client.post(method, json=params)
    assert response.status_code == 200, response.text
    return response.json()["result"]


def classic_error(response: httpx.Response, status: int, code: Any, text: str) -> None:
    assert response.status_code == status, response.text
    assert response.json() == {"error": code, "error_description": text}


def pipeline(portal: FakePortal, method: str, count: int) -> list[int]:
    """Send ``count`` requests on one connection in a single write; their statuses."""
    request = (
        f"POST {portal.portal.webhook_path}{method} HTTP/1.1\r\n"
        "Host: fake\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    ).encode()
    statuses: list[int] = []
    with socket.create_connection((portal.host, portal.port), timeout=10) as sock:
        sock.sendall(request * count)
        data = b""
        while len(statuses) < count:
            chunk = sock.recv(1 << 16)
            assert chunk, "connection closed early"
            data += chunk
            while True:
                end = data.find(b"\r\n\r\n")
                if end < 0:
                    break
                head = data[:end].decode("latin-1")
                length = int(head.lower().split("content-length:")[1].split("\r\n")[0])
                if len(data) < end + 4 + length:
                    break
                statuses.append(int(head.split(" ")[1]))
                data = data[end + 4 + length :]
    return statuses
