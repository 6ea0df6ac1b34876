"""The HTML docs site in a real headless browser (Debian's chromium).

The site is built by the real builder (generator/site) from generated/docs
and README.md, with the method pages of ``crm.deal.contact.`` only, so the suite
stays quick (``make docs`` builds all of them).  It is served over loopback
HTTP (the search runs in a web worker, which file:// URLs do not allow).
The browser then does what a new user does: types a wire name into the
search box, opens the hit and reads the signature; types what they need
in words ("link a contact to a deal") and finds the method.  Screenshots
go to build/test-artifacts/site/ (not committed).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from generator import REPO_ROOT
from generator.site import build_site

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
SHOTS = REPO_ROOT / "build" / "test-artifacts" / "site"
SEED = "crm.deal.contact.items.delete"

pytestmark = pytest.mark.skipif(
    (CHROMIUM is None or DRIVER is None) and not os.environ.get("CI"),
    reason="Debian's chromium and chromium-driver (.ci/run installs them; "
    "under CI a missing browser fails instead)",
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    html = build_site(tmp_path_factory.mktemp("site"), methods="crm.deal.contact.")
    handler = functools.partial(_Quiet, directory=str(html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(DRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


_HITS = (
    "return Array.from(document.querySelectorAll('.md-search-result__item > a'))"
    ".map(a => [a.textContent, a.href])"
)


def _search(driver: object, url: str, text: str) -> list[tuple[str, str]]:
    """Type ``text`` into the site's search box; the hits as (title, href)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url + "index.html")  # type: ignore[attr-defined]
    wait = WebDriverWait(driver, 30)
    # What the magnifier does (on a narrow window it is a header button).
    driver.execute_script(  # type: ignore[attr-defined]
        "document.getElementById('__search').checked = true"
    )
    box = wait.until(
        ready.element_to_be_clickable(
            (By.CSS_SELECTOR, "input[data-md-component=search-query]")
        )
    )
    box.click()
    box.send_keys(text)
    last = text.split()[-1].lower()
    seen: list[list[tuple[str, str]]] = []

    def settled(driver: Any) -> list[tuple[str, str]] | None:
        """The hits once they answer the whole query and stop changing (the
        list is redrawn after every key while the user types)."""
        hits = [
            (title, href)
            for title, href in driver.execute_script(_HITS)
            if last in urllib.parse.unquote_plus(href).lower()
        ]
        seen.append(hits)
        return hits if hits and seen[-2:] == [hits, hits] else None

    return WebDriverWait(driver, 30, poll_frequency=0.3).until(settled)


def _path(href: str) -> str:
    return urllib.parse.urlsplit(href).path


def _shot(driver: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / name))  # type: ignore[attr-defined]


def test_search_by_wire_name_opens_the_page_with_its_signature(
    site: str, browser: object
) -> None:
    from selenium.webdriver.common.by import By

    hits = _search(browser, site, SEED)
    _shot(browser, "1-search-wire-name.png")
    pages = [href for _, href in hits if _path(href).endswith(f"/{SEED}.html")]
    assert pages, hits
    browser.get(pages[0])  # type: ignore[attr-defined]
    _shot(browser, "2-method-page.png")
    code = " ".join(
        e.text for e in browser.find_elements(By.CSS_SELECTOR, "pre code")  # type: ignore[attr-defined]
    )
    assert f"client.{SEED}(" in code
    assert f"await client.{SEED}(" in code
    assert "id: int" in code


def test_search_in_words_finds_the_method(site: str, browser: object) -> None:
    hits = _search(browser, site, "link a contact to a deal")
    _shot(browser, "3-search-words.png")
    top = [_path(href) for _, href in hits[:3]]
    assert any(path.endswith("/crm.deal.contact.add.html") for path in top), hits
