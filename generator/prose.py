"""Our own words, kept apart from the imported facts, laid over them at load.

``make specs`` rewrites every imported spec file from the docs, so text
written by hand cannot live there.  It lives under ``spec/_prose/``, one
file per spec file at the same relative path (``spec/_prose/crm/
crm.deal.add.yaml`` describes ``spec/crm/crm.deal.add.yaml``;
``spec/_prose/_types/crm/CrmDeal.yaml`` describes a named type).  The
importer never writes there.  A prose file holds text only::

    summary: Create a deal and get its ID.
    description: |
      Optional: the catch (limits, side effects, what false means).
    params:                       # methods: parameters and their keys
      fields: Values of the new deal.
      fields/TITLE: Name shown in the deal card.
    result:                       # methods: keys of the answer
      ID: ...
    keys:                         # named types: their keys
      TITLE: ...

A path names a parameter (or a key of the result or type) and then its
nested keys, joined by ``/``.  Text here replaces the spec's own; a path the
spec does not have is an error that names the prose file and the path, so
prose cannot silently go stale after a re-import.
"""

from __future__ import annotations

from typing import Any

from .diagnostics import SpecError

__all__ = ["PROSE_DIR", "SEPARATOR", "apply_prose"]

PROSE_DIR = "_prose"
SEPARATOR = "/"

_SECTIONS = {
    "method": {"params": "params", "result": "result_fields"},
    "type": {"keys": "fields"},
}
"""Per kind of spec file: prose section -> the spec's list of named entries."""


def _one_line(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and "\n" not in value.strip()


def _described(
    items: Any, parts: list[str], text: str
) -> tuple[list[Any] | None, str | None]:
    """A copy of ``items`` (a spec's list of named entries) with the entry at
    ``parts`` described, or None and the name that is missing.  Only the
    entries on the path are copied: the parsed spec (maybe cached) stays as
    it was."""
    if not isinstance(items, list):
        return None, parts[0]
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("name") == parts[0]:
            new = dict(item)
            if len(parts) == 1:
                new["description"] = text
            else:
                nested, missing = _described(item.get("fields"), parts[1:], text)
                if nested is None:
                    return None, missing
                new["fields"] = nested
            copy = list(items)
            copy[index] = new
            return copy, None
    return None, parts[0]


def _merged(
    spec: dict[str, Any], prose: Any, kind: str, rel: str
) -> tuple[dict[str, Any], list[SpecError]]:
    problems: list[SpecError] = []
    sections = _SECTIONS[kind]
    allowed = ["summary", "description", *sections]
    if not isinstance(prose, dict):
        expect = "a mapping with " + ", ".join(allowed)
        return spec, [SpecError(rel, "<root>", "not a mapping", expect)]
    out = dict(spec)
    for key, value in prose.items():
        if key not in allowed:
            problems.append(
                SpecError(rel, str(key), "unknown key", "one of " + ", ".join(allowed))
            )
        elif key == "summary":
            if _one_line(value):
                out["summary"] = value.strip()
            else:
                problems.append(
                    SpecError(rel, key, "not one line of text", "a one-line summary")
                )
        elif key == "description":
            if isinstance(value, str) and value.strip():
                out["description"] = value.strip()
            else:
                problems.append(SpecError(rel, key, "empty or not text", "text"))
        elif not isinstance(value, dict):
            problems.append(
                SpecError(rel, key, "not a mapping", f"path{SEPARATOR}to/key: text")
            )
        else:
            target = sections[key]
            for path, text in value.items():
                where = f"{key}.{path}"
                if not (isinstance(text, str) and text.strip()):
                    problems.append(SpecError(rel, where, "empty or not text", "text"))
                    continue
                parts = str(path).split(SEPARATOR)
                items, missing = _described(out.get(target), parts, text.strip())
                if items is None:
                    problems.append(
                        SpecError(
                            rel,
                            where,
                            f"the spec has no {missing!r} here",
                            "a name of the spec's "
                            + ("parameters" if target == "params" else "keys"),
                        )
                    )
                    continue
                out[target] = items
    return out, problems


def apply_prose(
    prose_files: list[tuple[str, Any]],
    method_files: dict[str, Any],
    type_files: dict[str, Any],
    types_dir: str,
) -> tuple[dict[str, Any], list[SpecError]]:
    """Lay each prose file (rel under spec/, parsed data) over the spec file
    it describes.  Returns the replaced spec data by spec rel, and problems."""
    replaced: dict[str, Any] = {}
    problems: list[SpecError] = []
    for rel, data in prose_files:
        target = rel[len(PROSE_DIR) + 1 :]
        kind = "type" if target.startswith(types_dir + "/") else "method"
        files = type_files if kind == "type" else method_files
        if target not in files:
            problems.append(
                SpecError(
                    rel,
                    "<file>",
                    f"there is no spec/{target} to describe",
                    "a prose file at the relative path of an existing spec file",
                )
            )
            continue
        spec = files[target]
        if not isinstance(spec, dict):
            continue  # the spec's own problem is reported by the validator
        merged, found = _merged(spec, data, kind, rel)
        problems.extend(found)
        if not found:
            replaced[target] = merged
    return replaced, problems
