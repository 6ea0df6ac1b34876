"""The HTML docs site: ``make docs`` (``python -m generator.site``).

MkDocs with the Material theme, because the generator already writes one
Markdown page per method (generated/docs/), Material's built-in search
finds a page by a dotted wire name and by the words of its summary, and
the whole build is one command with no server.  Its packages are the
``docs`` extra, never a runtime dependency.

The site is assembled in ``build/site/``: generated/docs as they are, the
guides (sections of README.md, so the text lives in one place, plus the
pages under ``generator/site/pages/``), and an ``mkdocs.yml`` written here.
Navigation is by scope; the 1,700 method pages are reached from their
scope's page and from search, and the types pages from the home page and
the method pages, not from the sidebar (which every page carries whole:
its size is most of a page's rendering time).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import REPO_ROOT

__all__ = ["GUIDES", "Guide", "SiteError", "build_site", "guide_text", "stage"]

PAGES = Path(__file__).parent / "pages"


class SiteError(Exception):
    """The site cannot be assembled (a README heading a guide names is gone)."""


@dataclass(frozen=True)
class Guide:
    slug: str
    title: str
    parts: tuple[str, ...]
    """Each a page under generator/site/pages/ (``page:limits.md``) or a README
    heading (``## Paging``: the section with its subsections; ``## Use!``:
    only its own text, up to the next heading)."""


GUIDES = (
    Guide("install", "Install and first call", ("## Install", "## Set up and try it")),
    Guide("auth", "Webhooks and OAuth", ("page:auth.md", "### OAuth applications")),
    Guide(
        "client",
        "Using the client",
        (
            "## Use!",
            "### Typed structures and portal fields",
            "### Per-call options and your own httpx client",
            "### Async",
            "### Logging",
        ),
    ),
    Guide("paging", "Paging", ("### Paging",)),
    Guide("bulk", "Bulk reads and writes", ("### Bulk",)),
    Guide("batch", "Batch", ("### Batch",)),
    Guide("errors", "Errors and retries", ("## Errors and retries",)),
    Guide("limits", "Limits", ("page:limits.md", "## Many processes")),
    Guide("events", "Incoming events", ("### Incoming events",)),
    Guide("testing", "Testing with the fake portal", ("## The fake portal",)),
    Guide("security", "Security", ("## Security",)),
)

SEPARATOR = (
    r'(?:[\s\-,:!=\[\]()"/.]|\b(?:a|an|the|to|of|for|in|on|at|and|or|by|with|is|it)\b)+'
)
"""Where search splits words, in the index and in a query: spaces,
punctuation and dots (so the words of a wire name match as words, and the
whole name still ranks its own page first), and the small English words,
which would otherwise match every page as prefixes while the user types
("link a contact to a deal")."""

_HEADING = re.compile(r"^(#{1,6}) ", re.M)


_NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"


def _headings(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(index, level) of each Markdown heading among ``lines``, code blocks skipped."""
    in_code = False
    for index, line in enumerate(lines):
        if line.startswith("```"):
            in_code = not in_code
        found = None if in_code else _HEADING.match(line)
        if found:
            yield index, len(found.group(1))


def _section(readme: str, heading: str) -> str:
    own_only = heading.endswith("!")
    heading = heading.rstrip("!")
    level = len(heading) - len(heading.lstrip("#"))
    start = readme.find(f"\n{heading}\n")
    if start < 0:
        raise SiteError(f"README.md has no heading {heading!r} (a guide takes it)")
    lines = readme[start + len(heading) + 2 :].split("\n")
    end = next(
        (i for i, found in _headings(lines) if own_only or found <= level),
        len(lines),
    )
    lines = lines[:end]
    # A subsection's headings move up to sit under the guide's own title.
    shift = level - 2
    if shift > 0:
        for index, _ in list(_headings(lines)):
            lines[index] = lines[index][shift:]
    return "\n".join(lines).strip("\n")


def guide_text(guide: Guide, readme: str) -> str:
    """The guide's Markdown page."""
    parts = [f"# {guide.title}"]
    for part in guide.parts:
        if part.startswith("page:"):
            parts.append((PAGES / part[5:]).read_text(encoding="utf-8").strip("\n"))
        else:
            title = part.rstrip("!").lstrip("#").strip()
            text = _section(readme, part)
            if len(guide.parts) > 1 and not part.endswith("!"):
                text = f"## {title}\n\n{text}"
            parts.append(text)
    return "\n\n".join(parts) + "\n"


def _config(docs: Path) -> str:
    scopes = sorted(p.name for p in (docs / "scopes").glob("*.md"))
    lines = [
        "site_name: b24client",
        "site_description: A typed Python client for the Bitrix24 REST API",
        "docs_dir: src",
        "site_dir: html",
        "use_directory_urls: false",
        "theme:",
        "  name: material",
        "  features: [navigation.sections, search.highlight]",
        "plugins:",
        "  - search:",
        f"      separator: '{SEPARATOR}'",
        "markdown_extensions: [tables, admonition, toc]",
        "nav:",
        "  - Home: index.md",
        "  - Guides:",
        *(f"    - {g.title}: guides/{g.slug}.md" for g in GUIDES),
    ]
    if scopes:
        lines.append("  - Methods by scope:")
        lines.extend(f"    - {name[:-3]}: scopes/{name}" for name in scopes)
    return "\n".join(lines) + "\n"


def stage(site: Path, docs: Path, readme: Path, methods: str | None = None) -> Path:
    """Lay out the site's sources in ``site`` (emptied first); returns its
    mkdocs.yml.  ``methods``, a wire-name prefix, keeps only the method pages
    under it and no types pages (a quick site for tests; links to the
    others dangle)."""
    if site.exists():
        shutil.rmtree(site)
    src = site / "src"
    shutil.copytree(docs, src)
    if methods is not None:
        for page in src.glob("*.md"):
            if page.name != "index.md" and not page.name.startswith(methods):
                page.unlink()
        shutil.rmtree(src / "v3", ignore_errors=True)
        shutil.rmtree(src / "types", ignore_errors=True)
    # The types pages (a third of the text) stay out of the search index: the
    # method pages carry the same keys, and indexing is a third of the build.
    for page in (src / "types").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(_NO_SEARCH + text, encoding="utf-8")
    (src / "guides").mkdir()
    text = readme.read_text(encoding="utf-8")
    for guide in GUIDES:
        (src / "guides" / f"{guide.slug}.md").write_text(
            guide_text(guide, text), encoding="utf-8"
        )
    config = site / "mkdocs.yml"
    config.write_text(_config(src), encoding="utf-8")
    return config


def build_site(site: Path, methods: str | None = None) -> Path:
    """Build the site from generated/docs and README.md (``methods``: see
    :func:`stage`); returns the directory of its HTML."""
    config = stage(
        site, REPO_ROOT / "generated" / "docs", REPO_ROOT / "README.md", methods
    )
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config)],
        cwd=site,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SiteError(f"mkdocs build failed:\n{done.stderr.strip()}")
    return site / "html"
