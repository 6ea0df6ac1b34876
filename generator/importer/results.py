"""The result of a method page: its type, and whether it is a paged list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..runtime._core.errors import InvalidResponseError
from ..runtime._core.protocol import coerce_result
from ..runtime._core.types import MethodInfo, Returns
from .examples import Answer
from .facts import FieldFact, MethodFacts
from .literals import UNREADABLE, loads
from .params import LIST_METHODS_LINK
from .sections import ERRORS_HEADING, RESPONSE_HEADING, find_heading
from .structure import Refs, result_structure, rows_of
from .tables import table_rows
from .typemap import map_union
from .wire import shape
from .yfm import Code, Heading, Page, Table

__all__ = ["returns_of"]

_NOPE = UNREADABLE
"""No usable example (distinct from a JSON null)."""


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
        out.example = loads(example.text)
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


def _unwrapped(facts: MethodFacts, result: Any) -> Any:
    """REST 3.0 answers {"result": {"item": …}} / {"items": […]}: the runtime unwraps it."""
    if facts.api == 3 and isinstance(result, dict) and len(result) == 1:
        ((key, inner),) = result.items()
        if key in ("item", "items", "result"):
            return inner
    return result


def returns_of(
    page: Page, facts: MethodFacts, answers: list[Answer], refs: Refs
) -> None:
    """``returns``, ``pagination`` and the result's structure."""
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
    if example_result is _NOPE and answers:
        example_result = answers[0].body["result"]
    example_result = _unwrapped(facts, example_result)
    table = response.table_type
    if facts.api == 3:
        table = ""  # the table describes the wrapper; the example shows the payload
    example_shape = shape(example_result) if example_result is not _NOPE else ""
    if not example_shape and response.example_text and facts.api != 3:
        example_shape = _result_by_regex(response.example_text) or ""
    scalar_table = table and all(
        m.replace("[]", "") in _SCALARS for m in table.split(" | ")
    )
    if scalar_table and (
        example_shape in ("object", "object[]")
        or example_shape == "any[]"
        and not table.endswith("[]")
    ):
        facts.docs_errors.append(
            f"result: the table says {table}, the example answer holds "
            f"{example_shape}; the answer is used"
        )
        facts.returns, facts.returns_from = example_shape, "example"
    elif scalar_table:
        facts.returns, facts.returns_from = table, "table"
    elif example_shape and example_shape != "any":
        facts.returns, facts.returns_from = example_shape, "example"
    elif table:
        facts.returns, facts.returns_from = table, "table"
    elif example_shape:
        facts.returns, facts.returns_from = example_shape, "example"
    facts.returns = _clean_return(facts.returns)
    results = [_unwrapped(facts, a.body["result"]) for a in answers]
    _admit_answers(facts, results)
    # List behaviour: start/next/total documented.
    documented = set(response.table_fields)
    if isinstance(response.example, dict):
        documented |= set(response.example)
    elif response.example_text:
        documented |= set(
            re.findall(r'^\s*"(total|next)"\s*:', response.example_text, re.M)
        )
    has_start = any(p.name == "start" for p in facts.params)
    list_link = LIST_METHODS_LINK in page.text
    carried = any("total" in a.body or "next" in a.body for a in answers)
    if facts.api == 1 and (
        carried
        or (has_start or list_link)
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
            if not has_start:
                facts.params.append(FieldFact("start", "integer", required=False))
                facts.notes.append("paged: start added (the list-method conventions)")
        else:
            facts.notes.append(
                f"start/next/total documented but the result ({facts.returns}) holds no single list of rows: not paged"
            )
    result_structure(page, facts, results, refs)


_RUNTIME_SCALARS: dict[str, Returns] = {
    "integer": "integer",
    "boolean": "boolean",
    "string": "string",
    "number": "number",
}


def _decodes(returns: str, result: Any, name: str) -> bool:
    """Does an answer's result decode as ``returns`` (scalars as the runtime
    coerces them, structures by their JSON shape)?"""
    scalar = _RUNTIME_SCALARS.get(returns)
    if scalar is not None:
        try:
            coerce_result(MethodInfo(name=name, returns=scalar), result)
        except InvalidResponseError:
            return False
        return True
    kind = shape(result)
    for member in returns.split(" | "):
        if member == "any" or member == kind:
            return True
        if member.endswith("[]") and kind.endswith("[]"):
            if member == kind or "any[]" in (member, kind):
                return True
            if (member, kind) == ("number[]", "integer[]"):
                return True
        if member in ("date", "datetime", "string") and kind == "string":
            return True
        if member == "number" and kind == "integer":
            return True
        if member == "object" and kind == "any[]" and result == []:
            return True  # an empty object sent as []
    return False


def _admit_answers(facts: MethodFacts, results: list[Any]) -> None:
    """A result type that every example answer decodes as: answers of another
    shape join the union (``boolean | object``)."""
    for result in results:
        if result is None or _decodes(facts.returns, result, facts.name):
            continue
        kind = shape(result)
        facts.docs_errors.append(
            f"result: an example answer holds {kind}, the rest of the page says "
            f"{facts.returns}; the type admits both"
        )
        if kind.endswith("[]") and facts.returns.endswith("[]"):
            facts.returns = "any[]"  # rows of either kind: (a | b)[] has no spelling
        else:
            facts.returns = _clean_return(f"{facts.returns} | {kind}")


def _rows_type(returns: str, example_result: Any) -> str:
    if returns.endswith("[]") and " | " not in returns:
        return returns
    if returns == "any[] | object":
        if isinstance(example_result, list):
            return shape(example_result) if example_result else "object[]"
        if example_result is _NOPE:
            return "object[]"
    if isinstance(example_result, dict):
        inner = rows_of(example_result)
        if inner is None:
            return ""
        kind = shape(inner) if inner else "object[]"
        return kind if kind != "any[]" else "object[]"
    return ""
