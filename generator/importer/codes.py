"""The error codes a page documents (its error tables)."""

from __future__ import annotations

import re

from .facts import MethodFacts
from .sections import BACKTICKED, ERRORS_HEADING, find_heading
from .yfm import Heading, Page, Table

__all__ = ["errors_of"]

_EMPTY_CODE = re.compile(
    r"(?i)^(пуст\w*( значение| строка| код)?|empty( string| value)?|\"\"|''|—|-)$"
)
_CODE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:\-]*\Z")


def errors_of(page: Page, facts: MethodFacts) -> None:
    blocks = page.blocks
    start = find_heading(blocks, ERRORS_HEADING, max_level=2)
    if start < 0:
        start = find_heading(blocks, ERRORS_HEADING, max_level=3)
    if start < 0:
        return
    codes: list[str] = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level == 2:
            break
        if not isinstance(block, Table) or not block.rows:
            continue
        header = [re.sub(r"[*`\s]+", " ", c).strip().lower() for c in block.rows[0]]
        if "код" not in header and "code" not in header:
            continue
        col = header.index("код") if "код" in header else header.index("code")
        for cells in block.rows[1:]:
            if len(cells) <= col:
                continue
            raw = cells[col].strip()
            ticked = BACKTICKED.findall(raw)
            candidates = ticked if ticked else [raw.strip("*").strip()]
            for candidate in candidates:
                candidate = candidate.strip().strip('"')
                if _EMPTY_CODE.match(candidate) or not candidate:
                    code = ""
                elif _CODE.match(candidate):
                    code = candidate
                else:
                    continue
                if code not in codes:
                    codes.append(code)
    facts.errors = codes
