# Source: generator/runtime/testing/__main__.py (hand-written; copied into the package by make generate).
"""``python -m b24client.testing``: serve a fake portal until Ctrl-C or SIGTERM.

Prints the webhook URL on one line (flushed) once the portal listens.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time

from ._server import FakePortal

_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m b24client.testing",
        description="Serve a fake Bitrix24 portal (in memory) on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free one)")
    parser.add_argument("--deals", type=int, default=0, help="deals to seed")
    parser.add_argument("--user-id", type=int, default=1, help="the webhook's user")
    parser.add_argument("--webhook-code", default=None, help="secret (random if unset)")
    parser.add_argument(
        "--rate-limit",
        default=None,
        metavar="RATE,BURST",
        help="enforce the request-rate limit, e.g. 2,50 (default: off)",
    )
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds each answer is held back"
    )
    args = parser.parse_args(argv)
    rate_limit = None
    if args.rate_limit:
        try:
            rate_text, burst_text = args.rate_limit.split(",")
            rate_limit = (float(rate_text), int(burst_text))
        except ValueError:
            parser.error("--rate-limit takes RATE,BURST, e.g. 2,50")
    # POSIX: block the stop signals before the server thread starts (it inherits
    # the mask), then wait for one synchronously: no handler races, prompt exit.
    posix = hasattr(signal, "pthread_sigmask") and hasattr(signal, "sigwait")
    if posix:
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    portal = FakePortal(
        args.user_id,
        args.webhook_code,
        host=args.host,
        port=args.port,
        rate_limit=rate_limit,
        latency=args.latency,
    )
    portal.start()
    try:
        if args.deals > 0:
            portal.store.seed_deals(args.deals)
        print(portal.webhook_url, flush=True)
        if posix:
            signal.sigwait(_STOP_SIGNALS)
        else:  # pragma: no cover - Windows: Ctrl-C raises KeyboardInterrupt
            while True:
                time.sleep(0.5)
    except KeyboardInterrupt:  # pragma: no cover
        pass
    finally:
        portal.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
