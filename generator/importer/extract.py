"""Facts of one method page, put together from the per-concern modules.

Only facts are taken: names, types, required flags, scopes, error codes,
deprecation and successor, list behaviour, REST version.  No sentence of the
page is kept.  Every judgement the importer makes that a reader may want to
check is recorded in :attr:`MethodFacts.notes` and ends up in the report.
Modules: classify (what a page is), sections (where its parts are), meta
(scope, access, deprecation, version), tables and params (parameters),
evidence (the examples win over the tables), results (the result type and
paging), codes (error codes).
"""

from __future__ import annotations

from .classify import call_names
from .codes import errors_of
from .evidence import apply_examples
from .examples import answers, calls
from .facts import MethodFacts
from .meta import access_from_lines, deprecation, is_v3, scopes_from_lines
from .params import params_of
from .results import returns_of
from .sections import lead_lines
from .structure import Refs
from .yfm import Page

__all__ = ["extract"]


def extract(page: Page, name: str, refs: Refs) -> MethodFacts:
    """The facts of a method page; ``refs`` reads the pages it links to."""
    facts = MethodFacts(name=name, source=page.rel)
    facts.api = 3 if is_v3(page) else 1
    lead = lead_lines(page)
    facts.scopes = scopes_from_lines(lead) or scopes_from_lines(
        page.text.split("\n")[:60]
    )
    facts.access = access_from_lines(lead)
    facts.deprecated, facts.successor = deprecation(page)
    if facts.successor == name:
        facts.successor = ""
    facts.calls = call_names(page)
    params_of(page, facts)
    apply_examples(facts, [c for c in calls(page) if c.method.lower() == name.lower()])
    returns_of(page, facts, answers(page), refs)
    errors_of(page, facts)
    return facts
