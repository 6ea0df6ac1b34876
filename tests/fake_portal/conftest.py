"""Fixtures for the fake portal's own tests (raw httpx over loopback)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from b24client.testing import FakePortal


@pytest.fixture
def portal() -> Iterator[FakePortal]:
    with FakePortal() as running:
        yield running


@pytest.fixture
def client(portal: FakePortal) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=portal.webhook_url, timeout=10) as http:
        yield http
