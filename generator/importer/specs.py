"""Method facts -> spec YAML text: summaries by rule, stable key order, safe quoting."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import yaml

from .. import naming
from .facts import FieldFact, MethodFacts

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


def _field(fact: FieldFact, overrides: dict[str, str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": fact.name, "type": fact.type}
    if fact.doc_type:
        out["doc_type"] = fact.doc_type
    out["required"] = "unknown" if fact.required is None else fact.required
    if overrides and fact.name in overrides:
        out["python_name"] = overrides[fact.name]
    if fact.fields:
        out["fields"] = [_field(f, None) for f in fact.fields]
    return out


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
        data["params"] = [_field(p, overrides) for p in facts.params]
    data["returns"] = facts.returns
    if facts.errors:
        data["errors"] = list(facts.errors)
    return data, notes


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
    return "[" + ", ".join(_scalar(v) for v in values) + "]"


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
