"""A real ``redis-server`` for the many-process tests.

One server per test session, on a free loopback port in a temporary
directory, with persistence off; each test starts from an empty database.
A machine without redis-server fails these tests with the reason (CI
installs it: .ci/run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import RedisServer, RedisUnavailable


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(Path(tmp_path_factory.mktemp("redis")))
    try:
        server.start()
    except RedisUnavailable as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def server(redis_server: RedisServer) -> RedisServer:
    redis_server.flush()
    return redis_server
