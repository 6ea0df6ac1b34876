"""Every docs page's examples, run as a user would paste them.

Each method page (generated/docs/**.md) ends with a sync and an async
program.  Both run here, unchanged but for the webhook URL, against the
bundled fake portal over loopback, and must finish without an exception.
The portal answers each method generically with a value of the method's
return shape (its hand-written handlers, which need matching records, are
switched off, as in test_every_method.py).  The docstrings' example lines
are the same calls (test_docstring_examples_are_the_pages_calls).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
from pathlib import Path

import pytest

from b24client import AsyncBitrix24, Bitrix24
from b24client.testing import FakePortal
from generator import REPO_ROOT
from generator.examples import WEBHOOK

DOCS = REPO_ROOT / "generated" / "docs"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _pages() -> list[Path]:
    return sorted(
        p
        for p in DOCS.rglob("*.md")
        if p.parent.name != "types" and "\n## Example\n" in p.read_text("utf-8")
    )


def examples(page: Path) -> list[str]:
    """The page's example programs: the python blocks under "## Example"."""
    text = page.read_text("utf-8").split("\n## Example\n", 1)[1]
    return _BLOCK.findall(text)


def test_every_generated_method_has_a_page_with_examples() -> None:
    pages = _pages()
    assert len(pages) >= 1600
    for page in pages:
        assert len(examples(page)) == 2, page


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.stem)
def test_examples_run(page: Path, generic_portal: FakePortal) -> None:
    sync, asynchronous = examples(page)
    assert "Bitrix24(" in sync and "AsyncBitrix24(" in asynchronous
    for program in (sync, asynchronous):
        assert program.count(WEBHOOK) == 1
        code = compile(
            program.replace(WEBHOOK, generic_portal.webhook_url), str(page), "exec"
        )
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(code, {"__name__": "__example__"})  # noqa: S102 - our own docs
        assert printed.getvalue(), f"{page.name}: the example printed nothing"


_CALL = re.compile(r"(?:result = |in )(?:await )?(client\.([\w.]+)\(.*\))(?::)?$", re.M)


def test_docstring_examples_are_the_pages_calls() -> None:
    """The Example section of each method's docstring shows the call its page
    runs, on the sync and on the async client."""
    checked = 0
    asynchronous = AsyncBitrix24(WEBHOOK)  # only read here: never opened
    with Bitrix24(WEBHOOK) as sync:
        for page in _pages():
            program = examples(page)[0]
            found = _CALL.search(program)
            assert found is not None, page
            call, path = found.groups()
            for client in (sync, asynchronous):
                target: object = client
                for attr in path.split("."):
                    target = getattr(target, attr)
                if not hasattr(target, "__func__"):  # a namespace that is a method too
                    target = type(target).__call__
                doc = getattr(target, "__doc__", None) or ""
                assert f"result = {call}\n" in doc, (page.name, call)
                assert f"result = await {call}  # AsyncBitrix24" in doc, page.name
            checked += 1
    assert checked >= 1600
    asyncio.run(asynchronous.aclose())
