"""The docs site's guides are README sections: each one is there, and whole."""

from __future__ import annotations

import pytest

from generator import REPO_ROOT
from generator.site import GUIDES, Guide, SiteError, guide_text

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.slug)
def test_every_guide_is_found_and_has_its_text(guide: Guide) -> None:
    text = guide_text(guide, README)
    assert text.startswith(f"# {guide.title}\n\n")
    assert len(text) > 400
    assert text.count("```") % 2 == 0, "a code block cut in half"


def test_a_section_ends_at_the_next_heading_of_its_level() -> None:
    paging = guide_text(Guide("paging", "Paging", ("### Paging",)), README)
    assert "### Bulk" not in paging and "## Bulk" not in paging
    use = guide_text(Guide("use", "Use", ("## Use!",)), README)
    assert "Typed structures and portal fields" not in use


def test_a_heading_the_readme_lost_is_named() -> None:
    with pytest.raises(SiteError, match="README.md has no heading '## Gone'"):
        guide_text(Guide("gone", "Gone", ("## Gone",)), README)
