"""Every ```python block of README.md runs against the bundled fake portal.

A block runs as written, with two substitutions only: the example webhook URL
literal becomes the fake portal's ``webhook_url`` and the example REST base
its ``rest_url`` (the OAuth server, a default the snippet does not spell, is
the fake portal's token endpoint). What a block takes as given — a client
``b24``, a deal 42, a contact 7, the user's ``save`` — comes from a small
prelude per block, keyed by the block's first line; a check per block then
asserts what the block did on the portal. A new block with no prelude fails
the test, and so does any block that raises, naming its first line.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import io
import re
import shutil
import tempfile
import traceback
from collections.abc import Callable
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from b24client import Bitrix24, NotFoundError, OAuth
from b24client.testing import FakePortal, event_body
from generator import REPO_ROOT

README = REPO_ROOT / "README.md"
WEBHOOK_LITERAL = '"https://example.bitrix24.com/rest/1/your-code/"'
REST_BASE_LITERAL = '"https://example.bitrix24.com/rest/"'
EXAMPLE_HOST = "example.bitrix24.com"

Namespace = dict[str, Any]


@dataclass(frozen=True)
class Block:
    """One ```python block of the README."""

    first_line: str
    code: str
    line: int
    """Where its code starts in README.md (1-based)."""

    @property
    def key(self) -> str:
        """The first line without a trailing comment: what names the block."""
        return re.sub(r"\s+#.*$", "", self.first_line).strip()


def readme_blocks(text: str) -> list[Block]:
    blocks = []
    for match in re.finditer(r"^```python\n(.*?)^```", text, re.M | re.S):
        code = match.group(1)
        line = text.count("\n", 0, match.start(1)) + 1
        first = next((ln for ln in code.splitlines() if ln.strip()), "")
        blocks.append(Block(first.rstrip(), code, line))
    return blocks


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


def _client(portal: FakePortal, ns: Namespace) -> None:
    ns["b24"] = Bitrix24(portal.webhook_url)


# --- "Use" -----------------------------------------------------------------------


def _use_prelude(portal: FakePortal, ns: Namespace) -> None:
    portal.store.seed_deals(42)
    contact = portal.store.add_contact(NAME="Ann")
    portal.store.update_deal(42, {"CONTACT_IDS": [contact]}, user_id=1)
    seen: list[dict[str, Any]] = []

    def method_without_a_spec(_: Any, params: dict[str, Any]) -> int:
        seen.append(params)
        return 5

    portal.portal.register("some.method.without.a.spec", method_without_a_spec)
    ns["_seen"] = seen


def _use_check(portal: FakePortal, ns: Namespace) -> None:
    assert portal.store.deal_contacts(42) == []  # items.delete(id=42) ran
    assert ns["added"]["item"]["id"] == 43 and ns["added"]["item"]["title"] == "Order"
    assert ns["deal"] == ns["added"]["item"]  # the same deal, read back
    assert ns["deal"]["entityTypeId"] == 2
    assert (portal.store.get_deal(43) or {})["TITLE"] == "Order"
    assert ns["_seen"] == [{"x": 1}]
    calls = portal.stats.requests_by_method
    assert calls["crm.deal.contact.items.delete"] == calls["crm.item.add"] == 1
    assert calls["crm.item.get"] == calls["some.method.without.a.spec"] == 1
    assert portal.stats.writes_by_method["crm.item.add"] == 1
    assert "crm.deal.add" not in calls and "crm.deal.get" not in calls


# --- "Typed structures and portal fields" -------------------------------------------


def _typed_check(portal: FakePortal, ns: Namespace) -> None:
    stored = portal.store.get_deal(ns["deal_id"]) or {}
    assert stored["TITLE"] == "Order" and stored["UF_CRM_1721244482250"] == "hi"
    assert ns["deal"]["ID"] == str(ns["deal_id"])  # crm sends IDs as strings
    assert ns["__stdout__"].split() == [str(ns["deal_id"]), "1500.00", "hi"]
    assert portal.stats.requests_by_method["crm.deal.add"] == 1


# --- "OAuth applications" --------------------------------------------------------


def _oauth_prelude(portal: FakePortal, ns: Namespace) -> None:
    ns["access_token"], ns["refresh_token"] = portal.oauth.issue()
    ns["client_id"] = portal.oauth.client_id
    ns["client_secret"] = portal.oauth.client_secret
    saved: list[tuple[str, str]] = []
    ns["save"] = lambda access, refresh: saved.append((access, refresh))
    ns["_saved"] = saved


def _oauth_check(portal: FakePortal, ns: Namespace) -> None:
    """The snippet builds a client; use it across an expiry: ``store`` is called."""
    portal.oauth.expire()
    assert ns["b24"].user.current()["ID"] == "1"
    assert portal.stats.token_requests == portal.stats.refreshes == 1
    ((access, refresh),) = ns["_saved"]
    assert access != ns["access_token"] and refresh != ns["refresh_token"]
    assert portal.oauth.refresh_tokens == [refresh]
    assert portal.stats.requests_by_method["user.current"] == 2  # expired, repeated


# --- "Many processes" ------------------------------------------------------------


def _many_prelude(portal: FakePortal, ns: Namespace) -> None:
    from ..shared.harness import RedisServer  # a real redis-server, its own dir

    directory = tempfile.mkdtemp(prefix="b24client-readme-redis-")
    server = RedisServer(Path(directory)).start()
    ns["_redis"], ns["_dir"] = server, directory
    ns["redis_url"] = f"redis://127.0.0.1:{server.port}/0"
    ns["member_id"] = portal.oauth.member_id
    ns["access_token"], ns["refresh_token"] = portal.oauth.issue()
    ns["client_id"] = portal.oauth.client_id
    ns["client_secret"] = portal.oauth.client_secret
    portal.store.seed_deals(1)


def _many_check(portal: FakePortal, ns: Namespace) -> None:
    """The worker's task across an expiry: one refresh, stored before use."""
    try:
        portal.oauth.expire()
        ns["close_deal"](1)
        assert (portal.store.get_deal(1) or {})["STAGE_ID"] == "WON"
        assert portal.stats.refreshes == 1
        stored = ns["tokens"].load(ns["member_id"])
        assert stored.version == 2 and portal.oauth.refresh_tokens == [
            stored.refresh_token
        ]
        ns["b24"].close()
    finally:
        ns["_redis"].stop()
        shutil.rmtree(ns["_dir"], ignore_errors=True)


# --- "Incoming events" -----------------------------------------------------------


def _event_prelude(portal: FakePortal, ns: Namespace) -> None:
    ns["stored_token"] = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"
    ns["request_body"] = event_body(
        "ONCRMDEALADD", {"ID": 77}, application_token=ns["stored_token"]
    )


def _event_check(portal: FakePortal, ns: Namespace) -> None:
    assert ns["event"].event == "ONCRMDEALADD"
    assert ns["event"].data["FIELDS"]["ID"] == "77"


# --- "Async" ---------------------------------------------------------------------


def _async_check(portal: FakePortal, ns: Namespace) -> None:
    calls = portal.stats.requests_by_method
    assert calls["user.current"] == calls["crm.item.fields"] == 1
    assert portal.stats.errors == 0


# --- "Paging" --------------------------------------------------------------------


def _seeded_client(portal: FakePortal, ns: Namespace) -> None:
    portal.store.seed_deals(120)
    _client(portal, ns)


def _paging_check(portal: FakePortal, ns: Namespace) -> None:
    rows = [portal.store.get_deal(i) or {} for i in portal.store.deal_ids()]
    expected = [row["ID"] for row in rows if float(row["OPPORTUNITY"]) > 1000]
    assert 50 < len(expected) < 120  # more than one page, not every deal
    assert ns["__stdout__"].split() == expected
    assert ns["page"].total == len(expected)
    assert set(ns["page"].items[0]) == {"id", "title"}
    assert portal.stats.requests_by_method["crm.item.list"] == 2


# --- "Bulk" ----------------------------------------------------------------------


def _bulk_check(portal: FakePortal, ns: Namespace) -> None:
    assert ns["titles"] == {n: f"Deal {n}" for n in range(1, 121)}
    found = ns["found"]
    assert found[0].result["item"]["id"] == 1 and found[1].result["item"]["id"] == 2
    assert isinstance(found[2].error, NotFoundError)
    assert [item.result["item"]["id"] for item in ns["added"]] == [121, 122]
    stored = [portal.store.get_deal(n) or {} for n in (121, 122)]
    assert [deal["TITLE"] for deal in stored] == ["A", "B"]
    assert portal.stats.writes_by_method["crm.item.add"] == 2
    assert portal.stats.calls["crm.item.list"] >= 3  # read by the batches of read_all
    assert set(portal.stats.requests_by_method) == {"batch"}


# --- "Batch" ---------------------------------------------------------------------


def _batch_prelude(portal: FakePortal, ns: Namespace) -> None:
    for _ in range(7):
        portal.store.add_contact(NAME="Contact")
    _client(portal, ns)


def _batch_check(portal: FakePortal, ns: Namespace) -> None:
    assert ns["result"].errors == {} and ns["result"].ok
    deal_id = ns["deal"].result["item"]["id"]
    assert (portal.store.get_deal(deal_id) or {})["TITLE"] == "Batched"
    (link,) = ns["items"].result
    assert link["CONTACT_ID"] == 7
    assert portal.store.deal_contacts(deal_id)[0]["CONTACT_ID"] == 7
    assert portal.stats.requests == portal.stats.requests_by_method["batch"] == 1
    assert portal.stats.calls["crm.item.add"] == 1


# --- "The fake portal" -----------------------------------------------------------


def _own_portal_check(portal: FakePortal, ns: Namespace) -> None:
    own = ns["portal"]
    assert isinstance(own, FakePortal) and own is not portal
    assert own.stats.requests_by_method["crm.item.list"] == 3  # 120 rows, 3 pages


# --- "Per-call options and your own httpx client" ---------------------------------


def _options_check(portal: FakePortal, ns: Namespace) -> None:
    assert ns["me"]["ID"] == "1"
    assert portal.stats.requests == 1  # the view called; the proxy client did not
    assert ns["corporate"].is_closed  # closed by its owner, after b24.close()
    assert callable(ns["main"])


# --- "Security" --------------------------------------------------------------------

ELSEWHERE = "http://127.0.0.1:9"
"""Where the portal claims to have moved: never contacted (port 9 discards)."""


def _moved_prelude(portal: FakePortal, ns: Namespace) -> None:
    portal.redirect_all_to(ELSEWHERE)


def _moved_check(portal: FakePortal, ns: Namespace) -> None:
    assert ns["__stdout__"].strip() == f"moved to {ELSEWHERE} - update the webhook URL"
    assert portal.stats.redirects == 1  # one request, not repeated
    assert ns["b24"].credentials.origin == portal.base_url


@dataclass(frozen=True)
class Setup:
    prelude: Callable[[FakePortal, Namespace], None]
    """Fills the block's namespace with what it takes as given."""
    check: Callable[[FakePortal, Namespace], None]
    """Asserts what the block did (on the portal it used)."""
    sends: Literal["block", "check", "none"] = "block"
    """Who sends requests: the block; the check, with what the block built (a
    client); or no one (parsing an incoming event needs no portal)."""


def _nothing(portal: FakePortal, ns: Namespace) -> None:
    pass


SETUPS: dict[str, Setup] = {
    "from b24client import Bitrix24, AsyncBitrix24": Setup(_use_prelude, _use_check),
    "from b24client.types import CrmDeal, CrmDealFields": Setup(_client, _typed_check),
    "from b24client import Bitrix24, OAuth, TokenPair": Setup(
        _oauth_prelude, _oauth_check, sends="check"
    ),
    "import redis": Setup(_many_prelude, _many_check, sends="check"),
    "from b24client import parse_event, EventVerificationError": Setup(
        _event_prelude, _event_check, sends="none"
    ),
    "import asyncio": Setup(_nothing, _async_check),
    'page = b24.crm.item.list(entity_type_id=2, filter={">opportunity": 1000}, select=["id", "title"])': Setup(
        _seeded_client, _paging_check
    ),
    'deals = {"entityTypeId": 2}': Setup(_seeded_client, _bulk_check),
    "batch = b24.batch(halt=True)": Setup(_batch_prelude, _batch_check),
    "from b24client import Bitrix24": Setup(_nothing, _own_portal_check),
    "import httpx": Setup(_nothing, _options_check),
    "from b24client import Bitrix24, PortalMovedError": Setup(
        _moved_prelude, _moved_check
    ),
}
"""Block key (first line, no comment) -> how it runs."""

SKIPPED: dict[str, str] = {}
"""Block key -> why it cannot run offline. Every README block runs today."""


def run_block(
    block: Block, setup: Setup, portal: FakePortal, monkeypatch: pytest.MonkeyPatch
) -> Namespace:
    """Run one block as written (URLs pointed at ``portal``); its namespace after."""
    code = block.code.replace(WEBHOOK_LITERAL, repr(portal.webhook_url))
    code = code.replace(REST_BASE_LITERAL, repr(portal.rest_url))
    assert EXAMPLE_HOST not in code, (
        f"README block {block.first_line!r} (README.md line {block.line}) has an "
        f"{EXAMPLE_HOST} address the test does not point at the fake portal"
    )
    defaults = OAuth.__init__.__kwdefaults__  # the OAuth server: the fake portal's
    assert defaults is not None and "token_url" in defaults
    monkeypatch.setitem(defaults, "token_url", portal.oauth_server_url)
    ns: Namespace = {"__name__": "readme_snippet"}
    setup.prelude(portal, ns)
    out = io.StringIO()
    failure: Exception | None = None
    try:
        compiled = compile(
            code,
            f"README.md:{block.line}",
            "exec",
            flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
            dont_inherit=True,
        )
        with redirect_stdout(out):
            if compiled.co_flags & inspect.CO_COROUTINE:  # top-level await
                asyncio.run(eval(compiled, ns))
            else:
                exec(compiled, ns)
    except Exception as error:
        failure = error
    if failure is not None:
        _close_clients(ns)
        pytest.fail(
            f"README block {block.first_line!r} (README.md line {block.line}) failed: "
            f"{type(failure).__name__}: {failure}\n"
            + "".join(traceback.format_exception(failure)[1:]),
            pytrace=False,
        )
    ns["__stdout__"] = out.getvalue()
    return ns


def _close_clients(ns: Namespace) -> None:
    for value in list(ns.values()):
        if isinstance(value, Bitrix24):
            value.close()


@pytest.mark.parametrize(
    "block", [b for b in BLOCKS if b.key not in SKIPPED], ids=lambda b: b.key[:60]
)
def test_readme_block_runs(block: Block, monkeypatch: pytest.MonkeyPatch) -> None:
    setup = SETUPS.get(block.key)
    assert setup is not None, (
        f"README block {block.first_line!r} (README.md line {block.line}) has no "
        "prelude in tests/package/test_readme_snippets.py: add one to SETUPS"
    )
    with FakePortal() as portal:
        ns = run_block(block, setup, portal, monkeypatch)
        try:
            used = ns.get("portal", portal)
            sent = used.stats.requests
            assert (sent > 0) == (setup.sends == "block"), (
                f"README block {block.first_line!r} sent {sent} requests to the "
                f"portal; its setup says {setup.sends!r} sends them"
            )
            setup.check(portal, ns)
            if setup.sends == "check":
                assert used.stats.requests > 0
        finally:
            _close_clients(ns)


def test_every_block_is_run_or_listed_as_skipped() -> None:
    keys = [block.key for block in BLOCKS]
    assert len(keys) == len(set(keys)), f"two README blocks start alike: {keys}"
    assert not set(SETUPS) & set(SKIPPED)
    skipped = [block.first_line for block in BLOCKS if block.key in SKIPPED]
    assert skipped == [], f"README blocks skipped: {skipped}"
    assert set(SKIPPED) <= set(keys), "a skipped block is no longer in the README"
    assert set(SETUPS) == set(keys), (
        f"README blocks with no prelude: {sorted(set(keys) - set(SETUPS))}; "
        f"preludes of blocks no longer in the README: {sorted(set(SETUPS) - set(keys))}"
    )


def test_a_failing_block_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard: the batch block on a portal without contact 7 fails by name."""
    (block,) = [b for b in BLOCKS if b.key == "batch = b24.batch(halt=True)"]
    no_contacts = Setup(_client, _batch_check)
    with FakePortal() as portal:
        with pytest.raises(pytest.fail.Exception) as caught:
            run_block(block, no_contacts, portal, monkeypatch)
        assert portal.stats.requests_by_method["batch"] == 1
    message = str(caught.value)
    assert block.first_line in message
    assert f"README.md line {block.line}" in message
    assert "BatchCommandNotRunError" in message


def test_readme_blocks_are_found() -> None:
    text = "x\n```python\n\nfirst = 1  # note\nsecond = 2\n```\n```sh\nmake\n```\n"
    (block,) = readme_blocks(text)
    assert (block.first_line, block.key, block.line) == (
        "first = 1  # note",
        "first = 1",
        3,
    )
    assert block.code == "\nfirst = 1  # note\nsecond = 2\n"
