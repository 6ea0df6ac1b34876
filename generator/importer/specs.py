"""Method facts -> spec YAML text: summaries by rule, stable key order, safe quoting."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import yaml

from .. import naming
from .facts import FieldFact, MethodFacts
from .named import NamedType, named_expr

__all__ = [
    "HEADER",
    "DOCS_SITE",
    "READ_VERBS",
    "dump",
    "idempotent",
    "python_names",
    "spec_data",
    "spec_path",
    "summary",
    "type_data",
]

DOCS_SITE = "https://apidocs.bitrix24.com/"
HEADER = (
    "# Imported from the Bitrix24 REST docs by `python -m generator.importer`; do not edit.\n"
    "# To keep a hand edit, set `curated: true`: the importer then leaves this file alone.\n"
)

# -- summaries: a rule over the method name, never the page's prose ------------------

# The first word of the last segment (camelCase split, or a known verb prefix
# of an all-lower-case segment) -> the English verb that starts the summary.
VERBS: dict[str, str] = {
    "activate": "Activate",
    "add": "Add",
    "answer": "Answer",
    "apply": "Apply",
    "approve": "Approve",
    "archive": "Archive",
    "attach": "Attach",
    "bind": "Bind",
    "call": "Call",
    "cancel": "Cancel",
    "change": "Change",
    "check": "Check",
    "clear": "Clear",
    "close": "Close",
    "commit": "Commit",
    "complete": "Complete",
    "confirm": "Confirm",
    "copy": "Copy",
    "count": "Count",
    "create": "Create",
    "deactivate": "Deactivate",
    "defer": "Defer",
    "delegate": "Delegate",
    "delete": "Delete",
    "disable": "Disable",
    "disapprove": "Disapprove",
    "download": "Download",
    "edit": "Edit",
    "enable": "Enable",
    "execute": "Execute",
    "expose": "Expose",
    "export": "Export",
    "find": "Find",
    "finish": "Finish",
    "force": "Force",
    "forward": "Forward",
    "get": "Get",
    "hide": "Hide",
    "import": "Import",
    "install": "Install",
    "invite": "Invite",
    "join": "Join",
    "kill": "Kill",
    "leave": "Leave",
    "like": "Like",
    "link": "Link",
    "list": "List",
    "mark": "Mark",
    "merge": "Merge",
    "modify": "Modify",
    "move": "Move",
    "mute": "Mute",
    "notify": "Notify",
    "open": "Open",
    "pause": "Pause",
    "pay": "Pay",
    "pin": "Pin",
    "publish": "Publish",
    "read": "Read",
    "recall": "Recall",
    "register": "Register",
    "remove": "Remove",
    "rename": "Rename",
    "renew": "Renew",
    "reply": "Reply to",
    "reset": "Reset",
    "resolve": "Resolve",
    "restore": "Restore",
    "resume": "Resume",
    "save": "Save",
    "search": "Search",
    "send": "Send",
    "set": "Set",
    "share": "Share",
    "show": "Show",
    "skip": "Skip",
    "start": "Start",
    "stop": "Stop",
    "subscribe": "Subscribe to",
    "terminate": "Terminate",
    "transfer": "Transfer",
    "trigger": "Trigger",
    "unbind": "Unbind",
    "unconfirm": "Unconfirm",
    "uninstall": "Uninstall",
    "unlink": "Unlink",
    "unpay": "Unpay",
    "unpin": "Unpin",
    "unpublish": "Unpublish",
    "unregister": "Unregister",
    "unset": "Unset",
    "unsubscribe": "Unsubscribe from",
    "update": "Update",
    "upload": "Upload",
    "vote": "Vote in",
}

# Read-only verbs: a repeated call cannot change anything, so the client may
# retry it after a timeout or a 5xx.
READ_VERBS = frozenset(
    {"get", "list", "fields", "current", "search", "count", "find", "info"}
)

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


def _words(segment: str) -> list[str]:
    return _CAMEL.sub(r"\1 \2", segment).replace("_", " ").lower().split()


def _verb_split(segment: str) -> tuple[str, list[str]]:
    """(verb or "", remaining words) of a method's last segment.

    ``getFields`` -> ("get", ["fields"]); ``getlist`` -> ("get", ["list"]) by a
    known-verb prefix of an all-lower-case segment; ``status`` -> ("", ["status"]).
    """
    words = _words(segment)
    if not words:
        return "", []
    first = words[0]
    if first in VERBS:
        return first, words[1:]
    if segment.islower():
        for verb in sorted(VERBS, key=len, reverse=True):
            rest = first[len(verb) :]
            if first.startswith(verb) and len(rest) >= 2:
                return verb, [rest] + words[1:]
    return "", words


def summary(name: str, api: int = 1) -> str:
    """The one-line summary of an imported method: a rule over its name.

    ``<Verb> <object>.`` where the object is the name's other segments as
    words (``crm.deal.contact.items.delete`` -> "Delete crm deal contact items."),
    with special forms for field lists and lists; a last segment that is no
    known verb gives "Call <segment> on <object>.".
    """
    segments = name.split(".")
    last = segments[-1]
    obj = " ".join(w for s in segments[:-1] for w in _words(s))
    verb, rest = _verb_split(last)
    if rest == ["fields"] and verb in ("", "get"):
        text = f"Describe the fields of {obj}" if obj else "Describe the fields"
    elif verb == "list" or (verb == "get" and rest == ["list"]):
        text = f"List {obj} entries" if obj else "List entries"
    elif verb:
        phrase = VERBS[verb]
        target = " ".join(rest)
        if obj and target:
            text = f"{phrase} {target} of {obj}"
        else:
            text = f"{phrase} {obj or target}".rstrip()
    else:
        what = " ".join(rest) or last
        text = f"Call {what} on {obj}" if obj else f"Call {what}"
    if api == 3:
        text += " (REST 3.0)"
    return text + "."


def idempotent(name: str) -> bool:
    """True for read verbs (:data:`READ_VERBS`, also as a camelCase prefix: ``getFields``)."""
    last = name.split(".")[-1]
    if last.lower() in READ_VERBS:
        return True
    verb, _ = _verb_split(last)
    return verb in READ_VERBS


# -- Python names of parameters -------------------------------------------------------


def python_names(params: list[FieldFact]) -> tuple[dict[str, str], list[str]]:
    """``python_name`` overrides the generator needs: wire name -> name, and notes.

    A name that is not an identifier after snake_case (``filter[ID]``,
    ``items[]``) gets its non-alphanumeric runs replaced by ``_``; a name that
    collides with an earlier parameter's gets ``_2``, ``_3``…
    """
    overrides: dict[str, str] = {}
    notes: list[str] = []
    taken: set[str] = set()
    for param in params:
        natural = naming.python_param(param.name)
        candidate = natural
        if not naming.is_identifier(candidate) or not re.fullmatch(
            r"[a-z_][a-z0-9_]*", candidate
        ):
            cleaned = re.sub(r"[^A-Za-z0-9]+", "_", param.name).strip("_")
            candidate = naming.python_param(cleaned) if cleaned else "param"
            if candidate[:1].isdigit():
                candidate = "p_" + candidate
        if candidate in taken:
            n = 2
            while f"{candidate}_{n}" in taken:
                n += 1
            notes.append(
                f"parameter {param.name!r} becomes {candidate!r} like an earlier one; named {candidate}_{n}"
            )
            candidate = f"{candidate}_{n}"
        taken.add(candidate)
        if candidate != natural:
            overrides[param.name] = candidate
    return overrides, notes


# -- spec data and YAML text ----------------------------------------------------------------


def spec_path(name: str, api: int) -> str:
    """Where a method's spec lives, relative to spec/."""
    first = name.split(".")[0]
    return f"v3/{first}/{name}.yaml" if api == 3 else f"{first}/{name}.yaml"


def _values(fact: FieldFact) -> list[Any]:
    """The enumeration, when the format takes it for the type (strings on a
    string type, integers on an integer or number type, none on a flag)."""
    bases = {m.replace("[]", "") for m in fact.type.split(" | ")}
    if not fact.values or "flag" in bases:
        return []
    for value in fact.values:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return []
        if isinstance(value, str) and "string" not in bases:
            return []
        if isinstance(value, int) and not bases & {"integer", "number"}:
            return []
    return list(fact.values)


def _field(
    fact: FieldFact,
    overrides: dict[str, str] | None,
    *,
    result: bool = False,
    top: bool = False,
) -> dict[str, Any]:
    spec_type = fact.type
    out: dict[str, Any] = {"name": fact.name, "type": spec_type}
    if fact.doc_type:
        out["doc_type"] = fact.doc_type
    if not result:
        out["required"] = "unknown" if fact.required is None else fact.required
    values = _values(fact)
    if values:
        out["values"] = values
    default = fact.default
    if (
        default is not None
        and not result
        and isinstance(default, (str, int, float, bool))
        and (not values or default in values)
    ):
        out["default"] = default
    if fact.user_fields and top:
        out["user_fields"] = True
    if overrides and fact.name in overrides:
        out["python_name"] = overrides[fact.name]
    if fact.fields and _holds_object(spec_type):
        out["fields"] = _fields(fact.fields, result=result)
    return out


def _holds_object(spec_type: str) -> bool:
    return any(m.strip().startswith("object") for m in spec_type.split("|"))


_WORD = re.compile(r"[A-Za-z0-9]+")


def _shape_part(wire_name: str) -> str:
    """A key's part of a generated TypedDict name (as the generator spells it:
    ``additionalData`` and ``ADDITIONAL_DATA`` both ``AdditionalData``)."""
    words = _WORD.findall(naming.snake_case(wire_name))
    return "".join(word[:1].upper() + word[1:] for word in words)


def _fields(facts: list[FieldFact], *, result: bool) -> list[dict[str, Any]]:
    """Sibling keys; of two whose nested objects would get one generated name,
    the second keeps no nested keys (it stays an open object)."""
    out: list[dict[str, Any]] = []
    shapes: set[str] = set()
    for fact in facts:
        item = _field(fact, None, result=result)
        if "fields" in item:
            part = _shape_part(fact.name)
            if part in shapes:
                del item["fields"]
            shapes.add(part)
        out.append(item)
    return out


def _result(facts: MethodFacts, data: dict[str, Any]) -> None:
    """``returns`` and ``result_fields`` or a named type."""
    returns = facts.returns
    fields = facts.result_fields
    if not fields or "object" not in returns:
        data["returns"] = returns
        return
    if facts.result_named and facts.result_wrapper:
        wrapped = _fields(
            [f for f in fields if f.name != facts.result_wrapper], result=True
        )
        inner = next(f for f in fields if f.name == facts.result_wrapper)
        data["returns"] = returns
        # the wrapper is the answer itself: always there (a Required key, so
        # that pyright lets ``result["item"]`` be read)
        data["result_fields"] = [
            {
                "name": inner.name,
                "type": named_expr(inner.type, facts.result_named),
                "required": True,
            }
        ] + wrapped
        return
    if facts.result_named:
        data["returns"] = named_expr(returns, facts.result_named)
        return
    data["returns"] = returns
    data["result_fields"] = _fields(fields, result=True)
    if len(fields) == 1:  # {"fields": {…}}: the one key is the answer itself
        data["result_fields"][0]["required"] = True


def spec_data(facts: MethodFacts) -> tuple[dict[str, Any], list[str]]:
    """The spec mapping of an imported method (keys in output order), and notes."""
    overrides, notes = python_names(facts.params)
    data: dict[str, Any] = {"method": facts.name}
    if facts.api == 3:
        data["api"] = 3
    data["scope"] = facts.scopes[0] if len(facts.scopes) == 1 else list(facts.scopes)
    data["summary"] = summary(facts.name, facts.api)
    data["docs"] = DOCS_SITE + facts.source[: -len(".md")] + ".html"
    data["source"] = facts.source
    if facts.access:
        data["access"] = facts.access
    data["idempotent"] = idempotent(facts.name)
    if facts.pagination == "offset":
        data["pagination"] = "offset"
    if facts.deprecated:
        data["deprecated"] = True
        if facts.successor:
            data["successor"] = facts.successor
    if facts.params:
        data["params"] = [_field(p, overrides, top=True) for p in facts.params]
    if len(facts.alternatives) >= 2:
        data["alternatives"] = [list(g) for g in facts.alternatives]
    _result(facts, data)
    if facts.errors:
        data["errors"] = list(facts.errors)
    if facts.conflicts:
        data["conflicts"] = [
            {"param": c.param, "what": c.what, "table": c.table, "examples": c.examples}
            for c in facts.conflicts
        ]
    return data, notes


def type_data(named: NamedType) -> dict[str, Any]:
    """The mapping of a named type file (format 2)."""
    first = named.sources[0]
    words = " ".join(re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", named.name).split())
    data: dict[str, Any] = {
        "type": named.name,
        "scope": named.scope,
        "summary": f"{words[:1].upper()}{words[1:].lower()}, as the portal sends it.",
        "docs": DOCS_SITE + first.source[: -len(".md")] + ".html",
        "source": first.source,
    }
    if named.user_fields:
        data["user_fields"] = True
    data["fields"] = _fields(named.fields, result=True)
    return data


_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_ .,:/()\-]*\Z")


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _text_scalar(str(value))


@functools.lru_cache(maxsize=65536)
def _text_scalar(text: str) -> str:
    """Plain when YAML reads the plain text back as the same string, else quoted."""
    if (
        _PLAIN.match(text)
        and not text.endswith((" ", ":"))
        and ": " not in text
        and " #" not in text
        and yaml.load(text, Loader=_Loader) == text
    ):
        return text
    return _quoted(text)


def _yaml_safe(ch: str) -> bool:
    """A character YAML takes as itself inside a double-quoted scalar."""
    code = ord(ch)
    if ch in "\x85\u2028\u2029":  # YAML line breaks: they would fold
        return False
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or code >= 0x10000
    )


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON escapes, plus \\uXXXX for what YAML
    would not take as is)."""
    body = json.dumps(text, ensure_ascii=False)
    return "".join(ch if _yaml_safe(ch) else f"\\u{ord(ch):04x}" for ch in body)


def _flow_list(values: list[Any]) -> str:
    return "[" + ", ".join(_flow_item(v) for v in values) + "]"


def _flow_item(value: Any) -> str:
    """An item of a flow list: a comma ends a plain scalar there, so text
    with one is quoted (``[A,0]`` reads back as two items)."""
    if isinstance(value, list):
        return _flow_list(value)
    if isinstance(value, str) and "," in value:
        return _quoted(value)
    return _scalar(value)


def _emit_mapping(
    data: dict[str, Any], indent: int, lines: list[str], first_prefix: str = ""
) -> None:
    pad = " " * indent
    first = True
    for key, value in data.items():
        prefix = first_prefix if first and first_prefix else pad
        first = False
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{prefix}{key}:")
            for item in value:
                _emit_mapping(item, indent + 4, lines, " " * (indent + 2) + "- ")
        elif isinstance(value, list):
            lines.append(f"{prefix}{key}: {_flow_list(value)}")
        else:
            lines.append(f"{prefix}{key}: {_scalar(value)}")


def dump(data: dict[str, Any]) -> str:
    """YAML text for a spec mapping: block style, keys in the given order."""
    lines: list[str] = []
    _emit_mapping(data, 0, lines)
    return HEADER + "\n".join(lines) + "\n"
