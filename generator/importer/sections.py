"""Where things are on a page: its part headings, sections and the lead lines."""

from __future__ import annotations

import re

from .yfm import Block, Heading, Page, Table, Text

__all__ = [
    "BACKTICKED",
    "ERRORS_HEADING",
    "EXAMPLES_HEADING",
    "LINK",
    "PARAMS_HEADING",
    "RESPONSE_HEADING",
    "find_heading",
    "lead_lines",
    "section",
]

# Headings of the page's parts (level 2), by their first word(s).
PARAMS_HEADING = re.compile(r"^Параметры(?! стадии)")
RESPONSE_HEADING = re.compile(
    r"^(Обработка ответа|Ответ в случае успеха|Возвращаемые данные|Поля, возвращаемые методом|Результат)"
)
ERRORS_HEADING = re.compile(r"^(Обработка ошибок|Возможные коды ошибок)")
EXAMPLES_HEADING = re.compile(r"^(Примеры? кода|Примеры?)\b")

BACKTICKED = re.compile(r"`([^`]+)`")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
"""A Markdown link: (text, target)."""


def section(blocks: list[Block], start: int) -> list[Block]:
    """Blocks after the heading at ``start`` up to the next heading of its level or higher."""
    head = blocks[start]
    assert isinstance(head, Heading)
    out: list[Block] = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level <= head.level:
            break
        out.append(block)
    return out


def find_heading(
    blocks: list[Block], regex: re.Pattern[str], max_level: int = 3
) -> int:
    for i, block in enumerate(blocks):
        if (
            isinstance(block, Heading)
            and 2 <= block.level <= max_level
            and regex.search(block.text)
        ):
            return i
    return -1


def lead_lines(page: Page) -> list[str]:
    """Text lines before the first level-2 heading (where scope and access live)."""
    out: list[str] = []
    for block in page.blocks:
        if isinstance(block, Heading) and block.level >= 2:
            break
        if isinstance(block, Text):
            out.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                out.extend(" | ".join(row).split("\n"))
    return out
