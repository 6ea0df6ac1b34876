"""Facts of one docs page: is it a method page, and what does it document.

Only facts are taken: names, types, required flags, scopes, error codes,
deprecation and successor, list behaviour, REST version.  No sentence of the
page is kept.  Every judgement the importer makes that a reader may want to
check is recorded in :attr:`MethodFacts.notes` and ends up in the report.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .typemap import map_union
from .yfm import Block, Code, Heading, Page, Table, Text, parse_blocks

__all__ = [
    "Classified",
    "FieldFact",
    "MethodFacts",
    "call_names",
    "classify",
    "extract",
]

METHOD_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*\Z")
_TOKEN_STRIP = "`*_.,:;!?()[]«»\"'"


# -- classification ---------------------------------------------------------------


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
    if _EVENT_TITLE.match(title) or any(h in _EVENT_HEADINGS for h in headings):
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


# -- facts ---------------------------------------------------------------------------


@dataclass
class FieldFact:
    """A parameter, or a documented key of an object parameter."""

    name: str
    type: str
    doc_type: str = ""
    required: bool | None = None
    fields: list[FieldFact] = field(default_factory=list)


@dataclass
class MethodFacts:
    name: str
    source: str
    api: int = 1
    scopes: list[str] = field(default_factory=list)
    access: str = ""
    deprecated: bool = False
    successor: str = ""
    params: list[FieldFact] = field(default_factory=list)
    params_found: str = "absent"
    """``table`` (a parameter table), ``none`` (the page says there are no
    parameters) or ``absent`` (neither)."""
    required_unknown: bool = False
    """The parameter table marks no parameter as required."""
    returns: str = "any"
    returns_from: str = "default"
    """``table``, ``example`` or ``default``."""
    pagination: str = "none"
    errors: list[str] = field(default_factory=list)
    calls: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    unknown_types: list[str] = field(default_factory=list)


# Headings of the page's parts (level 2), by their first word(s).
_PARAMS_HEADING = re.compile(r"^Параметры(?! стадии)")
_RESPONSE_HEADING = re.compile(
    r"^(Обработка ответа|Ответ в случае успеха|Возвращаемые данные|Поля, возвращаемые методом|Результат)"
)
_ERRORS_HEADING = re.compile(r"^(Обработка ошибок|Возможные коды ошибок)")
_EXAMPLES_HEADING = re.compile(r"^(Примеры? кода|Примеры?)\b")
_NO_PARAMS = re.compile(
    r"(?i)(без параметров|не принимает(?: никаких)? (?:входящих )?параметр|параметров нет|нет параметров|не имеет параметров|параметры не требуются|вызывается без параметров)"
)
_REQUIRED_NOTE = "_includes/required.md"

_SCOPE_LINE = re.compile(r"(?i)\bscope\b\**\s*:?\s*\**\s*:?(.*)")
_ACCESS_LINE = re.compile(
    r"Кто может (?:выполнять|вызывать) метод\**\s*:?\s*\**\s*:?(.*)"
)
_RIGHTS_LINE = re.compile(r"Права на выполнение\**\s*:?\s*\**\s*:?(.*)")
_BACKTICKED = re.compile(r"`([^`]+)`")
_LIST_METHODS_LINK = "list-methods-pecularities"


def _section(blocks: list[Block], start: int) -> list[Block]:
    """Blocks after the heading at ``start`` up to the next heading of its level or higher."""
    head = blocks[start]
    assert isinstance(head, Heading)
    out: list[Block] = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level <= head.level:
            break
        out.append(block)
    return out


def _find_heading(
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


def _lead_lines(page: Page) -> list[str]:
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
        for token in _BACKTICKED.findall(rest):
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
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


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
            for text, _target in _LINK.findall(window):
                candidate = text.strip().strip("`")
                if METHOD_NAME.match(candidate) and "." in candidate:
                    successor = candidate
                    break
            if not successor:
                for candidate in _BACKTICKED.findall(window):
                    candidate = candidate.strip()
                    if METHOD_NAME.match(candidate) and "." in candidate:
                        successor = candidate
                        break
            break
    parts = page.rel.split("/")
    if not deprecated and ("outdated" in parts[:-1] or "deprecated" in parts[:-1]):
        deprecated = True
    return deprecated, successor


# -- parameter tables ------------------------------------------------------------------------

_NAME_CELL = re.compile(r"^\s*\*\*(?P<name>.+?)\*\*(?P<rest>.*)\Z", re.S)
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*(?:\[[A-Za-z0-9_]*\])*\Z")
_UF_PATTERN = re.compile(r"(?:\.\.\.|…|\\\*|\*|\{[^}]*\}|<[^>]*>|XXX|_N\b)")


@dataclass
class _Row:
    name: str
    required: bool
    tokens: list[str]
    cells: tuple[str, ...]


def _split_name(cell: str) -> tuple[str, bool, str] | None:
    """``**id***`` / ``**id**^*^`` / ``**id^*^**`` / ``**id\\***`` -> (name, required, rest)."""
    match = _NAME_CELL.match(cell)
    if not match:
        return None
    name = match.group("name").strip()
    rest = match.group("rest")
    required = False
    for marker in ("^*^", "\\*"):
        if name.endswith(marker):
            name = name[: -len(marker)].strip()
            required = True
    if name.endswith("*") and not name.endswith("\\*"):
        # "**id*" + "**": the marker inside the bold
        stripped = name.rstrip("*")
        if len(name) - len(stripped) == 1:
            name = stripped.strip()
            required = True
    head = rest.lstrip(" ")
    if head.startswith("^*^") or head.startswith("\\*"):
        required = True
    elif head.startswith("*") and not head.startswith("**"):
        required = True
    return name, required, rest


_TYPE_TERM = re.compile(r"\s*(?:\[\s*`([^`]+)`\s*\]\([^)]*\)|`([^`]+)`)")
_TYPE_SEP = re.compile(r"\s*(?:\\\||\||,|или\b|or\b|/)\s*")


def _type_tokens(text: str) -> list[str]:
    """The type notation right after a parameter's name: ``[`a`](..) \\| `b` или `c[]``.

    Only the leading run of backticked names (linked or bare) and separators
    counts; the description that follows is not read.
    """
    tokens: list[str] = []
    pos = len(text) - len(text.lstrip(" \t*^\\,"))
    while True:
        term = _TYPE_TERM.match(text, pos)
        if not term:
            break
        raw = term.group(1) or term.group(2)
        for piece in re.split(r"\s*(?:\\?\||,|\bили\b|\bor\b)\s*", raw):
            piece = piece.strip()
            if piece and piece not in tokens:
                tokens.append(piece)
        pos = term.end()
        sep = _TYPE_SEP.match(text, pos)
        if not sep:
            break
        pos = sep.end()
    return tokens


def _table_rows(table: Table) -> tuple[list[_Row], int]:
    """Parameter-like rows of a table, and the index of a separate type column (or -1)."""
    type_col = -1
    rows: list[_Row] = []
    for i, cells in enumerate(table.rows):
        if not cells:
            continue
        if i == 0:
            lowered = [re.sub(r"[*`\s]+", " ", c).strip().lower() for c in cells]
            if _looks_like_header(lowered):
                for j, text in enumerate(lowered):
                    if j > 0 and text in ("тип", "type"):
                        type_col = j
                continue
        split = _split_name(cells[0])
        if split is None:
            continue
        name, required, rest = split
        if type_col > 0 and len(cells) > type_col:
            tokens = _type_tokens(cells[type_col])
        else:
            tokens = _type_tokens(rest)
        rows.append(_Row(name, required, tokens, cells))
    return rows, type_col


def _looks_like_header(lowered: list[str]) -> bool:
    first = lowered[0]
    return first.startswith(
        (
            "название",
            "поле",
            "параметр",
            "ключ",
            "имя",
            "код",
            "статус",
            "тип",
            "описание",
        )
    )


def _is_param_table(table: Table) -> bool:
    if not table.rows:
        return False
    lowered = [re.sub(r"[*`\s]+", " ", c).strip().lower() for c in table.rows[0]]
    if _looks_like_header(lowered):
        return lowered[0].startswith(("название", "поле", "параметр", "ключ", "имя"))
    rows, _ = _table_rows(table)
    return bool(rows) and all(r.tokens for r in rows[:3])


@dataclass
class _Context:
    blocks: list[Block]
    anchors: dict[str, int]
    """Heading anchor -> block index."""
    by_title: dict[str, list[int]]
    """Last word of a heading (lower case) -> block indexes."""
    limit: tuple[int, int]
    """Block index range where nested-field sections may be found."""
    facts: MethodFacts
    starred_note: bool = False
    """The page says required parameters are starred: an unstarred row is optional."""

    def required(self, row: _Row, marked: bool) -> bool | None:
        if marked or self.starred_note:
            return row.required
        return None


def _first_table(blocks: list[Block]) -> Table | None:
    for block in blocks:
        if isinstance(block, Table):
            return block
        if isinstance(block, Heading):
            return None
    return None


def _nested_table_in_cell(cells: tuple[str, ...]) -> Table | None:
    for cell in cells[1:]:
        if "#|" in cell:
            for block in parse_blocks(cell):
                if isinstance(block, Table) and _is_param_table(block):
                    return block
    return None


def _fields_section(ctx: _Context, row: _Row) -> Table | None:
    """The table documenting an object parameter's keys: a cell-local table, a
    section the row links to (``#anchor``), or a section titled with its name."""
    inner = _nested_table_in_cell(row.cells)
    if inner is not None:
        return inner
    low, high = ctx.limit
    candidates: list[int] = []
    for cell in row.cells[1:]:
        for _text, target in _LINK.findall(cell):
            if target.startswith("#"):
                index = ctx.anchors.get(target[1:])
                if index is not None:
                    candidates.append(index)
    for index in ctx.by_title.get(row.name.lower(), []):
        candidates.append(index)
    for index in candidates:
        if not low <= index < high:
            continue
        table = _first_table(ctx.blocks[index + 1 :])
        if table is not None and _is_param_table(table):
            return table
    return None


_OBJECTISH = ("object", "object[]", "any", "any[]", "any[] | object")


def _name_ok(name: str) -> bool:
    return bool(_PARAM_NAME.match(name)) and not _UF_PATTERN.search(name)


def _fields(
    ctx: _Context, table: Table, seen: frozenset[int], where: str
) -> list[FieldFact]:
    rows, _ = _table_rows(table)
    marked = any(r.required for r in rows)
    out: list[FieldFact] = []
    names: set[str] = set()
    by_name: dict[str, FieldFact] = {}
    for row in rows:
        if "." in row.name and row.name.split(".", 1)[0] in by_name:
            # "fields.CONTACT_ID": a key of the object parameter "fields".
            parent_name, key = row.name.split(".", 1)
            parent = by_name[parent_name]
            if _name_ok(key) and all(f.name != key for f in parent.fields):
                mapped = map_union(row.tokens) if row.tokens else None
                parent.fields.append(
                    FieldFact(
                        name=key,
                        type=mapped.type if mapped and mapped.type else "any",
                        doc_type=mapped.doc_type if mapped else "",
                        required=ctx.required(row, marked),
                    )
                )
                continue
        if not _name_ok(row.name):
            continue
        if row.name in names:
            ctx.facts.notes.append(
                f"{where}: {row.name!r} documented twice; the first kept"
            )
            continue
        names.add(row.name)
        mapped = map_union(row.tokens) if row.tokens else None
        spec_type = mapped.type if mapped and mapped.type else "any"
        doc_type = mapped.doc_type if mapped else ""
        if mapped:
            ctx.facts.unknown_types.extend(mapped.unknown)
        if not row.tokens:
            ctx.facts.notes.append(f"{where}: {row.name!r} has no documented type; any")
        fact = FieldFact(
            name=row.name,
            type=spec_type,
            doc_type=doc_type,
            required=ctx.required(row, marked),
        )
        if spec_type in _OBJECTISH or spec_type.startswith("object"):
            nested = _fields_section(ctx, row)
            if nested is not None and id(nested) not in seen:
                fact.fields = _fields(
                    ctx, nested, seen | {id(nested)}, f"{where}.{row.name}"
                )
        out.append(fact)
        by_name[row.name] = fact
    return out


def params_of(page: Page, facts: MethodFacts) -> None:
    blocks = page.blocks
    start = _find_heading(blocks, _PARAMS_HEADING, max_level=2)
    anchors = {
        b.anchor: i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.anchor
    }
    by_title: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and block.level >= 2:
            word = block.text.split()[-1].strip("`*") if block.text.split() else ""
            by_title.setdefault(word.lower(), []).append(i)
    end_index = len(blocks)
    for regex in (_EXAMPLES_HEADING, _RESPONSE_HEADING, _ERRORS_HEADING):
        found = _find_heading(blocks, regex, max_level=2)
        if found > start and found < end_index:
            end_index = found
    table: Table | None = None
    region: list[Block] = []
    if start >= 0:
        region = _section(blocks, start)
        for block in region:
            if isinstance(block, Table) and _is_param_table(block):
                table = block
                break
            if isinstance(block, Heading):
                break
        if table is None:
            for block in region:
                if isinstance(block, Table) and _is_param_table(block):
                    table = block
                    break
    else:
        # Tables before the first heading (some short pages have no headings).
        for block in blocks:
            if isinstance(block, Heading) and block.level >= 2:
                break
            if isinstance(block, Table) and _is_param_table(block):
                table = block
                facts.notes.append("parameter table before the first heading")
                break
    low = start if start >= 0 else 0
    ctx = _Context(
        blocks,
        anchors,
        by_title,
        (low, end_index),
        facts,
        starred_note=_REQUIRED_NOTE in page.includes,
    )
    text_region = region if start >= 0 else blocks[:end_index]
    if table is None:
        said_none = any(
            isinstance(b, Text) and _NO_PARAMS.search(b.text) for b in text_region
        ) or any(isinstance(b, Heading) and _NO_PARAMS.search(b.text) for b in blocks)
        facts.params_found = "none" if said_none else "absent"
        if not said_none and start >= 0:
            facts.notes.append("a parameters heading without a parameter table")
        return
    facts.params_found = "table"
    facts.params = _fields(ctx, table, frozenset({id(table)}), "params")
    rows, _ = _table_rows(table)
    nested_names = {f"{p.name}.{f.name}" for p in facts.params for f in p.fields}
    for row in rows:
        if not _name_ok(row.name) and row.name not in nested_names:
            facts.notes.append(
                f"params: row {row.name!r} is not a parameter name; left out"
            )
    if facts.params and all(p.required is None for p in facts.params):
        facts.required_unknown = True


# -- the response ---------------------------------------------------------------------------


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
    start = _find_heading(blocks, _RESPONSE_HEADING, max_level=3)
    if start < 0:
        return out
    stop = len(blocks)
    for i in range(start + 1, len(blocks)):
        b = blocks[i]
        if (
            isinstance(b, Heading)
            and b.level == 2
            and (_ERRORS_HEADING.search(b.text) or not _RESPONSE_HEADING.search(b.text))
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
        rows, _ = _table_rows(block)
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


# -- errors -----------------------------------------------------------------------------------

_EMPTY_CODE = re.compile(
    r"(?i)^(пуст\w*( значение| строка| код)?|empty( string| value)?|\"\"|''|—|-)$"
)
_CODE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:\-]*\Z")


def errors_of(page: Page, facts: MethodFacts) -> None:
    blocks = page.blocks
    start = _find_heading(blocks, _ERRORS_HEADING, max_level=2)
    if start < 0:
        start = _find_heading(blocks, _ERRORS_HEADING, max_level=3)
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
            ticked = _BACKTICKED.findall(raw)
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


# -- entry point ---------------------------------------------------------------------------------

_V3_NOTE = re.compile(r"относ[ия]тся к REST 3\.0")


def is_v3(page: Page) -> bool:
    """The REST 3.0 note, or a ``/rest/api/`` URL in the examples."""
    if _V3_NOTE.search(page.text):
        return True
    for block in page.blocks:
        if isinstance(block, Code) and "/rest/api/" in block.text:
            return True
    return False


def extract(page: Page, name: str) -> MethodFacts:
    facts = MethodFacts(name=name, source=page.rel)
    facts.api = 3 if is_v3(page) else 1
    lead = _lead_lines(page)
    facts.scopes = scopes_from_lines(lead) or scopes_from_lines(
        page.text.split("\n")[:60]
    )
    facts.access = access_from_lines(lead)
    facts.deprecated, facts.successor = deprecation(page)
    if facts.successor == name:
        facts.successor = ""
    facts.calls = call_names(page)
    params_of(page, facts)
    returns_of(page, facts)
    errors_of(page, facts)
    return facts
