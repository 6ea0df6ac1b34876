"""Page-level facts: scope, who may call, deprecation and successor, REST version."""

from __future__ import annotations

import re

from .classify import METHOD_NAME
from .sections import BACKTICKED, LINK
from .yfm import Code, Page

__all__ = ["access_from_lines", "deprecation", "is_v3", "scopes_from_lines"]

_SCOPE_LINE = re.compile(r"(?i)\bscope\b\**\s*:?\s*\**\s*:?(.*)")
_ACCESS_LINE = re.compile(
    r"Кто может (?:выполнять|вызывать) метод\**\s*:?\s*\**\s*:?(.*)"
)
_RIGHTS_LINE = re.compile(r"Права на выполнение\**\s*:?\s*\**\s*:?(.*)")

# -- scope and access -----------------------------------------------------------------

_SCOPE_WORDS = {"базовый": "basic", "basic": "basic"}
_SCOPE_TOKEN = re.compile(r"[a-z][a-z0-9_.]*\Z")


def scopes_from_lines(lines: list[str]) -> list[str]:
    for line in lines:
        text = line.lstrip("> ").strip()
        match = _SCOPE_LINE.search(text)
        if not match or not text.lstrip("*").lower().startswith("scope"):
            continue
        rest = match.group(1)
        rest = _ACCESS_LINE.split(rest)[0]
        rest = _RIGHTS_LINE.split(rest)[0]
        found: list[str] = []
        for token in BACKTICKED.findall(rest):
            for part in token.split(","):
                word = part.strip()
                word = _SCOPE_WORDS.get(word.lower(), word)
                if _SCOPE_TOKEN.match(word) and word not in found:
                    found.append(word)
        if found:
            return found
    return []


# Who may call the method: the page's wording -> our phrase.  Matched on the
# normalised text (lower case, no Markdown, no trailing period); the first
# entry that matches wins; no match means no ``access`` in the spec.
ACCESS_RULES: tuple[tuple[str, str], ...] = (
    (r"любой пользователь", "any user"),
    (
        r"любой авторизованный пользователь|авторизованный пользователь",
        "any authorised user",
    ),
    (r"администратор(?: портала| битрикс24)?", "administrator"),
    (
        r"администратор crm|пользователь с правами администратора crm",
        "CRM administrator",
    ),
    (
        r"(?:любой )?пользовател[ьи] с административным доступом к разделу crm",
        "CRM administrator",
    ),
    (
        r"администратор или пользователь с прав.*",
        "administrator or a user with the required permission",
    ),
    (r"любой пользователь с .*", "a user with the required permission"),
    (
        r"пользовател[ьи] с (?:прав|доступ|уровн).*",
        "a user with the required permission",
    ),
    (r"участник чата", "a chat member"),
    (r"владелец зарегистрированного бота", "the bot's owner"),
    (
        r"(?:авторизованный )?пользователь приложения, которое зарегистрировало чат-бота.*",
        "a user of the application that registered the bot",
    ),
    (r"менеджер магазина", "a store manager"),
)
_ACCESS_COMPILED = tuple((re.compile(p), phrase) for p, phrase in ACCESS_RULES)


def access_from_lines(lines: list[str]) -> str:
    for line in lines:
        text = line.lstrip("> ").strip()
        match = _ACCESS_LINE.search(text) or _RIGHTS_LINE.search(text)
        if not match:
            continue
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", match.group(1))
        raw = raw.replace("`", "").replace("*", "").strip().rstrip(".").strip().lower()
        raw = re.sub(r"\s+", " ", raw)
        for regex, phrase in _ACCESS_COMPILED:
            if regex.fullmatch(raw):
                return phrase
        return ""
    return ""


# -- deprecation -------------------------------------------------------------------------

_DEPRECATED = re.compile(
    r"DEPRECATED|Развитие метода остановлено|Устаревший метод|[Мм]етод устарел|метод (?:является )?устаревшим"
)


def deprecation(page: Page) -> tuple[bool, str]:
    """(deprecated, successor): a DEPRECATED note or wording, or an outdated section."""
    lines = page.text.split("\n")
    deprecated = False
    successor = ""
    for i, line in enumerate(lines):
        if _DEPRECATED.search(line) and not line.lstrip().startswith(
            ("||", "-", "```")
        ):
            deprecated = True
            window = "\n".join(lines[i : i + 8])
            end = window.find("{% endnote %}")
            if end != -1:
                window = window[:end]
            for text, _target in LINK.findall(window):
                candidate = text.strip().strip("`")
                if METHOD_NAME.match(candidate) and "." in candidate:
                    successor = candidate
                    break
            if not successor:
                for candidate in BACKTICKED.findall(window):
                    candidate = candidate.strip()
                    if METHOD_NAME.match(candidate) and "." in candidate:
                        successor = candidate
                        break
            break
    parts = page.rel.split("/")
    if not deprecated and ("outdated" in parts[:-1] or "deprecated" in parts[:-1]):
        deprecated = True
    return deprecated, successor


# -- REST version --------------------------------------------------------------------------

_V3_NOTE = re.compile(r"относ[ия]тся к REST 3\.0")


def is_v3(page: Page) -> bool:
    """The REST 3.0 note, or a ``/rest/api/`` URL in the examples."""
    if _V3_NOTE.search(page.text):
        return True
    for block in page.blocks:
        if isinstance(block, Code) and "/rest/api/" in block.text:
            return True
    return False
