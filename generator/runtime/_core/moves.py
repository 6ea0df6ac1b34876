# Source: generator/runtime/_core/moves.py (hand-written; copied into the package by make generate).
"""When a redirect may take the client's credentials to another address.

A renamed Bitrix24 portal answers its old address with a 302 to the new
one (bitrix24-protocol.md §1). But a redirect is only a claim by whoever
answered, and following it re-sends the webhook code or the access token to
the origin the ``Location`` names. So a move is followed only when all of
these hold, and otherwise reported as :class:`PortalMovedError` with nothing
sent to the new address:

- it leads to another origin (a redirect within the portal is not a move);
- it is the first redirect of this call (one hop);
- the new address is https (plain http only from a loopback portal to a
  loopback address, where the bundled fake portal runs);
- the new host is a Bitrix24 cloud host, or one the user listed in
  ``portal_move_hosts``;
- the user's ``on_portal_moved`` callback returned True for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from .credentials import is_loopback, masked_url, split_origin
from .errors import PortalMovedError

__all__ = ["CLOUD_DOMAINS", "MovePolicy", "is_cloud_host"]

CLOUD_DOMAINS = frozenset(
    f"bitrix24.{tld}"
    for tld in (
        "com", "ru", "de", "eu", "es", "fr", "it", "pl", "uk", "by", "kz", "ua",
        "in", "jp", "cn", "tr", "id", "vn", "com.br", "com.tr", "mx", "co",
    )
)  # fmt: skip
"""The domains Bitrix24's cloud portals live under (``name.bitrix24.com``)."""


def is_cloud_host(host: str) -> bool:
    """Whether ``host`` is a portal under one of the Bitrix24 cloud domains."""
    name, _, domain = host.lower().rstrip(".").partition(".")
    return bool(name) and domain in CLOUD_DOMAINS


def _host(origin: str) -> str:
    """The host of ``scheme://host[:port]`` (brackets kept off IPv6)."""
    netloc = origin.split("://", 1)[1]
    if netloc.startswith("["):
        return netloc[1 : netloc.index("]")]
    return netloc.rsplit(":", 1)[0] if ":" in netloc else netloc


class MovePolicy:
    """The user's say on portal moves: an approving callback and extra hosts."""

    __slots__ = ("approve", "hosts")

    def __init__(
        self, approve: Callable[[str], object] | None, hosts: Iterable[str] = ()
    ) -> None:
        if approve is not None and not callable(approve):
            raise TypeError("on_portal_moved must be a callable or None")
        if isinstance(hosts, str):
            raise TypeError("portal_move_hosts must be a list of host names")
        self.approve = approve
        self.hosts = frozenset(str(h).strip().lower().rstrip(".") for h in hosts)

    def target(
        self, location: str, current: str, *, status: int, method: str, hopped: bool
    ) -> str:
        """The origin to follow ``location`` to, or :class:`PortalMovedError`."""
        shown = masked_url(location)

        def refuse(reason: str, origin: str | None) -> PortalMovedError:
            return PortalMovedError(
                f"the portal answered HTTP {status} with a redirect to {shown}; "
                f"not followed and nothing sent there: {reason}",
                location=shown,
                new_origin=origin,
                status=status,
                method=method,
            )

        try:  # only the origin matters: requests are rebuilt from the credentials
            parts = urlsplit(location.strip())
            origin, _ = split_origin(
                f"{parts.scheme}://{parts.netloc}", "the redirect's address", shown
            )
        except ValueError as exc:
            raise refuse(str(exc), None) from None
        host = _host(origin)
        if origin == current:
            raise refuse("a redirect within the portal is not a move", origin)
        if hopped:
            raise refuse("a second redirect in one call (one hop at most)", origin)
        local = is_loopback(_host(current)) and is_loopback(host)
        if not origin.startswith("https://") and not local:
            raise refuse("the new address is not https", origin)
        if not is_cloud_host(host) and host not in self.hosts:
            raise refuse(
                f"{host} is not a Bitrix24 cloud host (list it in "
                "portal_move_hosts= to allow it)",
                origin,
            )
        if self.approve is None:
            raise refuse(
                "moves are followed only with approval: pass on_portal_moved=, "
                "a callable that returns True for an address it trusts",
                origin,
            )
        if self.approve(origin) is not True:
            raise refuse("on_portal_moved did not approve it", origin)
        return origin
