"""Facts in a table row's description: allowed values, a default, "one of A or B".

Read by fixed patterns over the docs' wording; no sentence is kept.  Only
backticked tokens are taken as values (``- `Y` — да``), so prose never
becomes a value.
"""

from __future__ import annotations

import re
from typing import Any

from .sections import BACKTICKED

__all__ = ["default_in", "one_of_in", "required_unless", "values_in"]

_VALUES_PHRASE = re.compile(
    r"(?i)(?:возможные|допустимые|доступные) значения|значения:"
)
_ITEM = re.compile(r"^\s*[-*•]\s*`([^`\n]+)`\s*(?:—|–|-|:|,|\(|$|\|\|)")
_TOKEN = re.compile(r"[A-Za-z0-9_.:\-]{1,40}\Z")
_DEFAULT = re.compile(
    r"(?i)по умолчанию\s*(?:—|–|-|:|равн\w*|устанавливается|выставляется в значение|"
    r"значение|принимает значение|используется)?\s*(?:—|–|:)?\s*`([^`\n]+)`"
)


def _items_after(text: str, start: int) -> list[str]:
    """Backticked list items right after ``start`` (blank lines allowed between)."""
    found: list[str] = []
    for line in text[start:].split("\n")[1:]:
        if not line.strip():
            continue
        match = _ITEM.match(line)
        if not match:
            if found:
                break
            if line.strip().startswith(("||", "|#")):
                break
            continue
        found.append(match.group(1).strip())
    return found


def values_in(description: str, spec_type: str) -> list[Any]:
    """The enumeration a description lists for a scalar type, or [].

    A list of backticked items after "Возможные значения" (or a bare ``Y``/``N``
    pair); every item must be a plain token, integers for ``integer``.
    """
    if spec_type not in ("string", "integer", "boolean", "flag", "string | integer"):
        return []
    items: list[str] = []
    phrase = _VALUES_PHRASE.search(description)
    if phrase:
        items = _items_after(description, phrase.start())
    if not items:
        bare = [
            m.group(1).strip()
            for line in description.split("\n")
            if (m := _ITEM.match(line))
        ]
        if sorted(bare) == ["N", "Y"]:
            items = bare
    if len(items) < 2 or len(set(items)) != len(items):
        return []
    if spec_type == "boolean" and sorted(items) != ["N", "Y"]:
        return []  # true/false: the type says it all
    if not all(_TOKEN.match(item) for item in items):
        return []
    if spec_type == "integer":
        if not all(re.fullmatch(r"-?\d+", item) for item in items):
            return []
        return [int(item) for item in items]
    return list(items)


def default_in(description: str, spec_type: str) -> Any:
    """The default a description states, typed like the parameter; None when none
    (or ``null``, which is no default a caller can pass)."""
    match = _DEFAULT.search(description)
    if not match:
        return None
    raw = match.group(1).strip()
    if raw in ("null", "NULL"):
        return None
    if raw in ("''", '""'):
        return ""
    if spec_type == "integer" and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if spec_type == "boolean" and raw in ("true", "false"):
        return raw == "true"
    if not _TOKEN.match(raw):
        return None
    return raw


_ONE_OF = re.compile(
    r"(?i)(?:хотя бы |только )?один из (?:двух |трех |трёх )?(?:обязательных )?параметров"
)
_REQUIRED_IF_NOT = re.compile(
    r"(?i)обязател\w*,? если не (?:передан|указан)\w*(?: параметр)?\s*`([^`]+)`"
)
_CONDITIONAL = re.compile(r"(?i)\b(?:чтобы|если)\b")
_SENTENCE_END = re.compile(r"(?:\.\s|\n\n|\|\||$)")


def one_of_in(text: str, names: set[str]) -> list[list[str]]:
    """Every "one of `A` or `B`" rule in ``text``: ``[[A, B], …]``, each naming
    at least two tokens that are all parameters in ``names``."""
    rules: list[list[str]] = []
    for match in _ONE_OF.finditer(text):
        head = text[: match.start()]
        start = max(head.rfind(". "), head.rfind("\n"), head.rfind("|"))
        if _CONDITIONAL.search(head[start + 1 :]):
            continue  # "to read one element, give one of …": no rule for every call
        tail = text[match.end() :]
        end = _SENTENCE_END.search(tail)
        sentence = tail[: end.start() if end else len(tail)]
        found = list(dict.fromkeys(t.strip() for t in BACKTICKED.findall(sentence)))
        if len(found) >= 2 and all(t in names for t in found) and found not in rules:
            rules.append(found)
    return rules


def required_unless(description: str) -> str:
    """``Обязателен, если не передан `X``` -> X ("" when the row says no such thing)."""
    match = _REQUIRED_IF_NOT.search(description)
    return match.group(1).strip() if match else ""
