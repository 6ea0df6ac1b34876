"""The fake portal in its own process, steered over stdin (benchmarks only).

``python tests/bench/bench_portal.py --deals N`` starts a FakePortal (the
package's own, from ``b24client.testing``), seeds N deals and prints one
JSON line ``{"url": webhook_url}``. Then each line read on stdin is a command
answered with one JSON line on stdout:

- ``stats``: the request counters (requests, refused, by method, writes),
  the records whose writes ran out of input order (from the portal's journal)
  and ``busy``, the seconds the portal spent serving them;
- ``reset``: zero the counters and empty the rate-limit bucket;
- ``limit RATE BURST`` / ``limit off``: the portal's request-rate limit;
- ``latency SECONDS``: how long each reply is held back;
- ``quit``: stop.

Running the portal apart keeps its CPU time out of the measured client
process, and the counters are the portal's own (a client cannot hide its
requests or refusals from them).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from typing import Any

from b24client.testing import FakePortal


def timed(portal: FakePortal) -> list[float]:
    """The seconds the portal spends serving requests (its one thread's own
    time, latency aside), summed into the returned cell."""
    busy = [0.0]
    serve = portal.portal.serve

    def serve_timed(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return serve(*args)
        finally:
            busy[0] += time.perf_counter() - started

    portal.portal.serve = serve_timed  # type: ignore[assignment]
    return busy


def out_of_order(portal: FakePortal) -> int:
    """Records whose writes ran out of input order: a bench write's TITLE is
    ``Bench <input position>``, so each record's must rise."""
    last: dict[str | None, int] = {}
    wrong: set[str | None] = set()
    for entry in portal.stats.journal:
        title = entry.params.get("fields", {}).get("TITLE", "")
        position = int(title[6:]) if title.startswith("Bench ") else -1
        if position <= last.get(entry.record, -1):
            wrong.add(entry.record)
        last[entry.record] = position
    return len(wrong)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deals", type=int, default=0)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    portal = FakePortal(port=args.port)
    busy = timed(portal)
    portal.start()
    try:
        started = time.perf_counter()
        if args.deals:
            portal.store.seed_deals(args.deals)
        seeded = time.perf_counter() - started
        print(json.dumps({"url": portal.webhook_url, "seed_s": seeded}), flush=True)
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            command, rest = words[0], words[1:]
            answer: dict[str, object] = {"ok": True}
            if command == "stats":
                stats = portal.stats.snapshot()
                answer = {
                    "requests": stats["requests"],
                    "refused": stats.get("refused", 0),
                    "by_method": stats["requests_by_method"],
                    "writes": stats["writes"],
                    "out_of_order": out_of_order(portal),
                    "busy": busy[0],
                    "statuses": {str(k): v for k, v in stats["statuses"].items()},
                    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                    / 1024,
                }
            elif command == "reset":
                portal.stats.reset()
                busy[0] = 0.0
                portal.limits.reset()
            elif command == "limit":
                if rest == ["off"]:
                    portal.limits.configure(None)
                else:
                    portal.limits.configure(float(rest[0]), int(rest[1]))
            elif command == "latency":
                portal.latency = float(rest[0])
            elif command == "quit":
                print(json.dumps(answer), flush=True)
                break
            else:
                answer = {"ok": False, "error": f"unknown command {command!r}"}
            print(json.dumps(answer), flush=True)
    finally:
        portal.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
