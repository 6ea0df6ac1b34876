"""The result of a method page: its type, and whether it is a paged list."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .facts import MethodFacts
from .sections import ERRORS_HEADING, RESPONSE_HEADING, find_heading
from .tables import table_rows
from .typemap import map_union
from .yfm import Code, Heading, Page, Table

__all__ = ["returns_of", "shape"]

_LIST_METHODS_LINK = "list-methods-pecularities"

_NOPE = object()
"""No usable example (distinct from a JSON null)."""


def _loads(text: str) -> Any:
    """Parse an example's JSON, forgiving comments, trailing commas and ``...``."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    cleaned = re.sub(r"(?m)^\s*//.*$", "", text)
    cleaned = re.sub(r"(?m)(?<=[\]}\",\d])\s*//[^\n\"]*$", "", cleaned)
    cleaned = re.sub(r"(?m)^\s*(\.\.\.|…)\s*,?\s*$", "", cleaned)
    cleaned = re.sub(r",\s*(\.\.\.|…)\s*(?=[\]}])", "", cleaned)
    cleaned = re.sub(r",(\s*[\]}])", r"\1", cleaned)
    try:
        return json.loads(cleaned)
    except ValueError:
        return _NOPE


def shape(value: Any) -> str:
    """The spec type of a JSON value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        if not value:
            return "any[]"
        kinds = {shape(v) for v in value}
        if len(kinds) == 1:
            kind = kinds.pop()
            if kind == "any" or " | " in kind:
                return "any[]"
            return kind + "[]"
        return "any[]"
    return "any"


def _result_by_regex(text: str) -> str | None:
    match = re.search(r'"result"\s*:\s*(\S)', text)
    if not match:
        return None
    ch = match.group(1)
    rest = text[match.end() - 1 :]
    if ch == "{":
        return "object"
    if ch == "[":
        inner = rest[1:].lstrip()
        if inner.startswith("{"):
            return "object[]"
        if inner.startswith('"'):
            return "string[]"
        if inner[:1].isdigit():
            return "integer[]"
        return "any[]"
    if ch == '"':
        return "string"
    if ch in "tf":
        return "boolean"
    if ch.isdigit() or ch == "-":
        number = re.match(r"-?\d+(\.\d+)?", rest)
        return "number" if number and number.group(1) else "integer"
    return None


@dataclass
class _Response:
    table_type: str = ""
    table_doc_type: str = ""
    table_fields: list[str] = field(default_factory=list)
    example: Any = _NOPE
    example_text: str = ""


def _response(page: Page, facts: MethodFacts) -> _Response:
    blocks = page.blocks
    out = _Response()
    start = find_heading(blocks, RESPONSE_HEADING, max_level=3)
    if start < 0:
        return out
    stop = len(blocks)
    for i in range(start + 1, len(blocks)):
        b = blocks[i]
        if (
            isinstance(b, Heading)
            and b.level == 2
            and (ERRORS_HEADING.search(b.text) or not RESPONSE_HEADING.search(b.text))
        ):
            stop = i
            break
    region = blocks[start + 1 : stop]
    examples = [
        b
        for b in region
        if isinstance(b, Code) and b.lang.lower() in ("json", "js", "")
    ]
    # The success example: the first one with a "result", else the first one.
    for example in sorted(examples, key=lambda b: '"result"' not in b.text)[:1]:
        out.example_text = example.text
        out.example = _loads(example.text)
    for block in region:
        if not isinstance(block, Table):
            continue
        rows, _ = table_rows(block)
        names = [r.name for r in rows]
        if "result" in names:
            row = rows[names.index("result")]
            out.table_fields = names
            if row.tokens:
                mapped = map_union(row.tokens)
                out.table_type = mapped.type
                out.table_doc_type = mapped.doc_type
            break
        if names and out.table_fields == []:
            out.table_fields = names
    return out


_SCALARS = ("integer", "string", "boolean", "number", "date", "datetime")


def _clean_return(spec: str) -> str:
    """Return types have no file or flag; dates come back as strings."""
    members = []
    for member in spec.split(" | "):
        base = member.replace("[]", "")
        depth = member.count("[]")
        if base in ("file",):
            base = "any"
        member = base + "[]" * depth
        if member not in members:
            members.append(member)
    if "any" in members:
        return "any"
    return " | ".join(members)


def returns_of(page: Page, facts: MethodFacts) -> _Response:
    response = _response(page, facts)
    example_result: Any = _NOPE
    if isinstance(response.example, dict) and "result" in response.example:
        example_result = response.example["result"]
    elif isinstance(response.example, dict) and (
        "total" in response.example or "next" in response.example
    ):
        # A list example written without its "result" wrapper: {"vats": [...], "total": 2}.
        inner = {
            k: v
            for k, v in response.example.items()
            if k not in ("total", "next", "time")
        }
        if len(inner) == 1:
            example_result = inner
            facts.notes.append(
                "the success example omits the result wrapper; read as its content"
            )
    if facts.api == 3 and isinstance(example_result, dict) and len(example_result) == 1:
        # REST 3.0 answers {"result": {"item": …}} / {"items": […]}: the runtime unwraps it.
        ((key, inner),) = example_result.items()
        if key in ("item", "items", "result"):
            example_result = inner
    table = response.table_type
    if facts.api == 3:
        table = ""  # the table describes the wrapper; the example shows the payload
    example_shape = shape(example_result) if example_result is not _NOPE else ""
    if not example_shape and response.example_text and facts.api != 3:
        example_shape = _result_by_regex(response.example_text) or ""
    if table and all(m.replace("[]", "") in _SCALARS for m in table.split(" | ")):
        facts.returns, facts.returns_from = table, "table"
    elif example_shape and example_shape != "any":
        facts.returns, facts.returns_from = example_shape, "example"
    elif table:
        facts.returns, facts.returns_from = table, "table"
    elif example_shape:
        facts.returns, facts.returns_from = example_shape, "example"
    facts.returns = _clean_return(facts.returns)
    # List behaviour: start/next/total documented.
    documented = set(response.table_fields)
    if isinstance(response.example, dict):
        documented |= set(response.example)
    elif response.example_text:
        documented |= set(
            re.findall(r'^\s*"(total|next)"\s*:', response.example_text, re.M)
        )
    has_start = any(p.name == "start" for p in facts.params)
    list_link = _LIST_METHODS_LINK in page.text
    if (
        facts.api == 1
        and (has_start or list_link)
        and ("total" in documented or "next" in documented)
    ):
        rows = _rows_type(facts.returns, example_result)
        if rows:
            facts.pagination = "offset"
            if rows != facts.returns:
                facts.notes.append(
                    f"paged: the result wraps its rows; returns describes the rows ({rows})"
                )
            facts.returns = rows
        else:
            facts.notes.append(
                f"start/next/total documented but the result ({facts.returns}) holds no single list of rows: not paged"
            )
    return response


def _rows_type(returns: str, example_result: Any) -> str:
    if returns.endswith("[]") and " | " not in returns:
        return returns
    if returns == "any[] | object":
        if isinstance(example_result, list):
            return shape(example_result) if example_result else "object[]"
        if example_result is _NOPE:
            return "object[]"
    if isinstance(example_result, dict):
        lists = [v for v in example_result.values() if isinstance(v, list)]
        if isinstance(example_result.get("items"), list):
            inner = example_result["items"]
        elif len(example_result) == 1 and len(lists) == 1:
            inner = lists[0]
        else:
            return ""
        kind = shape(inner) if inner else "object[]"
        return kind if kind != "any[]" else "object[]"
    return ""
