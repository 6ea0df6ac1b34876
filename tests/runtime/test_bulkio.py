"""The async bulk read loop, driven with a scripted reader: when it starts
new requests while answers are already in, the requests go out first."""

from __future__ import annotations

import asyncio
from typing import Any

from b24client._core.bulkio import AsyncBulk


class Reader:
    """Plans ``send`` steps as a read would: one request, then three, then one
    more after the second answer; every answer holds one row."""

    def __init__(self) -> None:
        self.ready: list[str] = ["p1"]
        self.after = {"p1": ["p2", "p3", "p4"], "p2": ["p5"]}

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        pass

    def next_plan(self) -> Any:
        return ("send", self.ready.pop(0)) if self.ready else None

    def resume(self, parked: str) -> Any:
        return ("decode", parked)

    def accept(self, name: str) -> list[dict[str, Any]]:
        self.ready += self.after.get(name, [])
        return [{"ID": name}]

    def handed(self) -> None:
        pass


class Client(AsyncBulk):
    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    async def _run(self, plan: Any) -> Any:  # type: ignore[override]
        self.events.append(plan)
        return plan[1]


def test_new_requests_start_before_an_answer_already_in_is_decoded() -> None:
    client = Client()

    async def read() -> list[Any]:
        return [row["ID"] async for row in client._read_rows(Reader())]  # type: ignore[arg-type]

    assert asyncio.run(read()) == ["p1", "p2", "p3", "p4", "p5"]
    events = client.events
    # p3's answer was in before p5 was planned; p5 still goes out first
    assert events.index(("send", "p5")) < events.index(("decode", "p3"))
