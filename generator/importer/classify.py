"""Is a docs page a method page (and of which method), an event page, or neither."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from .yfm import Code, Heading, Page

__all__ = [
    "METHOD_NAME",
    "Classified",
    "call_names",
    "classify",
    "namespaces_apart",
    "title_token",
]

METHOD_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*\Z")
_TOKEN_STRIP = "`*_.,:;!?()[]«»\"'"


@dataclass(frozen=True)
class Classified:
    kind: str
    """``method``, ``event``, ``js`` or ``other``."""
    name: str = ""
    reason: str = ""
    called: bool = False
    """A method page whose examples call the method (else a dotted name that
    is also a namespace of other methods is not taken as a method)."""


_EVENT_TITLE = re.compile(r"^(Событи[ея]|Cобыти[ея]|При |После |Перед |В конце )")
_EVENT_HEADINGS = ("Что получает обработчик", "Что приходит в обработчик")
_PARAMS_HEADING = "Параметры метода"
_CALL_URL = re.compile(
    r"/rest/(?:[^\s'\"`?#)]*/)?([A-Za-z][A-Za-z0-9_.]*?)(?:\.json|\.xml)?(?=[?\s'\"`)\\]|$)"
)
_CALL_FUNC = re.compile(
    r"(?:callMethod|callListMethod|callFastListMethod|CRest::call|->call|\.call|Call\(ctx,)"
    r"\s*\(?\s*['\"]([A-Za-z][A-Za-z0-9_.]*)['\"]"
)
_CALL_REST = re.compile(
    r"(?:callMethod|CRest::call)\s*\(?\s*['\"]([A-Za-z][A-Za-z0-9_.]*)['\"]"
)
_CALL_KEY = re.compile(r"\bmethod\s*:\s*['\"]([A-Za-z][A-Za-z0-9_.]*)['\"]")


def title_token(title: str) -> str:
    """The last word of a title, stripped of Markdown and punctuation."""
    words = title.split()
    if not words:
        return ""
    return words[-1].strip(_TOKEN_STRIP)


def call_names(page: Page, *, rest_only: bool = False) -> dict[str, int]:
    """Method names the page's code examples call, with counts.

    A call is a ``/rest/…/<method>`` URL or an SDK call naming the method
    (``callMethod('…')``, ``CRest::call('…')``, ``->call('…')``, ``method: '…'``);
    ``rest_only`` keeps URLs, ``callMethod`` and ``CRest::call`` (the forms
    that cannot be a JS interface call).
    """
    found: dict[str, int] = {}
    regexes = (
        (_CALL_URL, _CALL_REST) if rest_only else (_CALL_URL, _CALL_FUNC, _CALL_KEY)
    )
    for block in page.blocks:
        if not isinstance(block, Code):
            continue
        for regex in regexes:
            for match in regex.finditer(block.text):
                name = match.group(1).rstrip(".")
                if name == "api" or not METHOD_NAME.match(name):
                    continue
                found[name] = found.get(name, 0) + 1
    return found


def classify(page: Page) -> Classified:
    """What a page documents, judged from its title, headings and examples.

    A dotted name at the end of the title is taken as a method (the caller
    still drops a name that no example calls when other methods live under
    it: ``imbot.v2``).  A single word is a method only when a REST URL or
    ``callMethod`` calls it.
    """
    title = page.title
    if not title:
        return Classified("other", reason="no title")
    token = title_token(title)
    headings = [b.text for b in page.blocks if isinstance(b, Heading)]
    if token.startswith("BX24.") or page.rel.startswith("sdk/bx24-js-sdk/"):
        return Classified("js", token, "JS SDK page (BX24.*), not a REST method")
    handler = any(h in _EVENT_HEADINGS for h in headings)
    if handler and any(h.startswith(_PARAMS_HEADING) for h in headings):
        # a method that registers a handler documents what the handler gets
        handler = token.lower() not in {n.lower() for n in call_names(page)}
    if _EVENT_TITLE.match(title) or handler:
        return Classified("event", token, "event page, not a method")
    if not METHOD_NAME.match(token) or not token.isascii():
        return Classified("other", reason="the title names no method")
    if "." not in token:
        called = token.lower() in {n.lower() for n in call_names(page, rest_only=True)}
        if called:
            return Classified("method", token)
        return Classified(
            "other", token, "a single word in the title that no REST example calls"
        )
    called = token.lower() in {n.lower() for n in call_names(page)}
    return Classified("method", token, called=called)


P = TypeVar("P")


def namespaces_apart(found: list[tuple[P, Classified]]) -> list[tuple[P, Classified]]:
    """``found`` with the method pages whose title names a namespace of other
    methods (``imbot.v2`` beside ``imbot.v2.Bot.register``) and that no example
    calls made ``other`` pages."""
    dotted = {k.name for _, k in found if k.kind == "method"}
    out: list[tuple[P, Classified]] = []
    for page, kind in found:
        if kind.kind == "method" and not kind.called:
            prefix = kind.name + "."
            if any(other.startswith(prefix) for other in dotted):
                kind = Classified(
                    "other",
                    kind.name,
                    "the title names a namespace of other methods and no example calls it",
                )
        out.append((page, kind))
    return out
