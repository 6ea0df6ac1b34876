"""The docs' example calls as evidence against the parameter table: the examples win.

For each parameter (and each documented key of an object parameter, to any
depth), the values the page's readable example calls pass are compared with
the table:

- name case: when most calls spell a name in another case than the table, the
  calls' spelling is the wire name;
- missing: a key that calls in two languages (or every call) pass and the
  table lacks is added (unless it is a near-spelling of a documented key:
  ``IS_RECCURING`` beside ``IS_RECURRING`` is the examples' typo when its
  values fit the documented key, else the table's: ``entityId`` typed
  ``integer`` where every call passes a list as ``entityIds``), its type from the values (``start``, the list-method
  offset, also from one language); portal fields (``UF_*``) mark the object
  ``user_fields`` instead;
- type: when some value does not fit the table's type, the type becomes what
  the values are (keeping the table's type if some values fit it, or if they
  are the same number spelt otherwise: ``796`` for a string, ``"5"`` for an
  integer); a Y/N
  parameter becomes ``flag`` (a key: ``string`` with values ``[Y, N]``);
- required: a required key that calls in two languages (or every call) leave
  out, and no alternatives group explains, becomes optional; left out by one
  language only, it stays required and the report names that example;
- values: an enumeration that a call's value is not in is dropped;
- a vague table type (``array``: ``any[] | object``, ``mixed``: ``any``) is
  narrowed to what the values are (a note, not a conflict).

Each change is a :class:`Conflict` in the spec, and a line of the report.
"""

from __future__ import annotations

import difflib
from collections import Counter
from typing import Any

from .examples import Call
from .facts import Conflict, FieldFact, MethodFacts
from .literals import UNKNOWN
from .tables import name_ok
from .wire import fits, is_user_field, join_types, kind_of

__all__ = ["apply_examples"]

_YN = {"Y", "N"}
_VAGUE = frozenset({"any", "any[]", "any[] | object"})
"""Table types that say little (``array``, ``mixed``): the examples narrow them."""


_SAYS = {
    "name case": lambda table, examples: (
        f"the table spells it {table!r}, the examples {examples!r}; "
        "the examples' spelling is the wire name"
    ),
    "name": lambda table, examples: (
        f"the table names it {table!r}, the examples pass {examples!r} with values "
        "that do not fit the table's type; the examples' name is the wire name"
    ),
    "type": lambda table, examples: (
        f"the table types it {table}, the examples pass {examples}; "
        "typed as the examples pass it"
    ),
    "required": lambda table, examples: (
        f"the table marks it required, the examples leave it out ({examples}); optional"
    ),
    "missing from the table": lambda table, examples: (
        f"the examples pass it ({examples}), the table lacks it; added"
    ),
    "values": lambda table, examples: (
        f"the examples pass {examples}, not among the table's values ({table}); "
        "no enumeration"
    ),
}
"""How the report words each kind of conflict (what the docs say, what the spec does)."""


def _same_number(value: Any, spec_type: str) -> bool:
    """A number where the table says string, or digits where it says a number:
    the portal takes both, so the table's type stays beside the examples'."""
    if spec_type == "string":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if spec_type in ("integer", "number"):
        return isinstance(value, str) and value.strip().lstrip("-").isdigit()
    return False


_ABSENT = object()


def _get(obj: dict[str, Any], name: str) -> Any:
    """``obj[name]``, else the value of a key that differs only in case, else _ABSENT."""
    if name in obj:
        return obj[name]
    lowered = name.lower()
    for key, value in obj.items():
        if key.lower() == lowered:
            return value
    return _ABSENT


Seen = list[tuple[str, Any]]
"""Values with the kind of example (``curl``, ``js``, ``php``, ``go``) that passed each."""


class _Evidence:
    def __init__(self, facts: MethodFacts) -> None:
        self.facts = facts

    def conflict(self, path: str, what: str, table: str, examples: str) -> None:
        self.facts.conflicts.append(Conflict(path, what, table, examples))
        self.facts.docs_errors.append(f"{path}: {_SAYS[what](table, examples)}")

    def error(self, text: str) -> None:
        if text not in self.facts.docs_errors:
            self.facts.docs_errors.append(text)

    def objects(
        self,
        fields: list[FieldFact],
        passed: list[tuple[str, dict[str, Any]]],
        path: str,
        *,
        top: bool,
        grouped: set[str],
    ) -> list[FieldFact]:
        """``fields`` corrected by the dicts ``passed`` for them (one per call)."""
        if not passed:
            return fields
        self._case(fields, [obj for _, obj in passed], path)
        by_name = {f.name.lower(): f for f in fields}
        sources: dict[str, set[str]] = {}
        for source, obj in passed:
            for key in obj:
                sources.setdefault(key, set()).add(source)
        everywhere = {s for s, _ in passed}
        documented = [f.name for f in fields]
        for _, obj in passed:
            for key, value in obj.items():
                if key.lower() in by_name:
                    continue
                if not name_ok(key):
                    self.error(
                        f"{path}{key}: an example passes {key!r}, which is no "
                        "parameter name (a typo); left out"
                    )
                    continue
                near = difflib.get_close_matches(key, documented, n=1, cutoff=0.88)
                if near:
                    twin = by_name[near[0].lower()]
                    if all(fits(v, twin.type) for _, o in passed for v in [o.get(key)]):
                        self.error(
                            f"{path}{key}: the examples pass {key!r}, the table "
                            f"documents {twin.name!r} (a typo in the examples); left out"
                        )
                        continue
                    # the values do not fit the documented key: the table's name is off
                    self.conflict(f"{path}{twin.name}", "name", twin.name, key)
                    del by_name[twin.name.lower()]
                    twin.name = key
                    by_name[key.lower()] = twin
                    continue
                langs = sources[key]
                if (
                    len(langs) < 2
                    and langs != everywhere
                    and (path, key) != ("", "start")
                ):
                    self.error(
                        f"{path}{key}: only the {min(langs)} example passes it and "
                        "the table lacks it; left out"
                    )
                    continue
                kind = kind_of(value) or "any"
                added = FieldFact(
                    key, "object" if kind == "object" else kind, required=False
                )
                by_name[key.lower()] = added
                fields.append(added)
                self.conflict(
                    f"{path}{key}", "missing from the table", "", f"passed as {kind}"
                )
        for field in fields:
            seen: Seen = []
            left_out: list[str] = []
            for source, obj in passed:
                value = _get(obj, field.name)
                if value is _ABSENT:
                    left_out.append(source)
                else:
                    seen.append((source, value))
            if field.required and left_out and field.name not in grouped:
                self._required(field, left_out, len(passed), f"{path}{field.name}")
            if seen:
                self._type(field, seen, f"{path}{field.name}", top=top)
        return fields

    def _required(
        self, field: FieldFact, left_out: list[str], calls: int, path: str
    ) -> None:
        """A required key some calls leave out: optional when calls in two
        languages (or all calls) do; one language alone is its docs error."""
        if len(set(left_out)) >= 2 or len(left_out) == calls:
            field.required = False
            self.conflict(path, "required", "true", f"{len(left_out)} of {calls} calls")
        else:
            self.error(
                f"{path}: the {left_out[0]} example leaves out this required key; "
                "kept required"
            )

    def _case(
        self, fields: list[FieldFact], passed: list[dict[str, Any]], path: str
    ) -> None:
        for field in fields:
            spellings: Counter[str] = Counter()
            for obj in passed:
                for key in obj:
                    if key.lower() == field.name.lower():
                        spellings[key] += 1
            if not spellings:
                continue
            best, count = spellings.most_common(1)[0]
            if best != field.name and count > spellings[field.name]:
                if any(f.name == best for f in fields):
                    continue
                self.conflict(f"{path}{field.name}", "name case", field.name, best)
                field.name = best

    def _type(self, field: FieldFact, seen: Seen, path: str, *, top: bool) -> None:
        if any(v is None for _, v in seen) and field.type not in (
            "any",
            "flag",
            "file",
        ):
            if "null" not in field.type:
                self.conflict(path, "type", field.type, "null")
                field.type = join_types(field.type, "null")
        seen = [(s, v) for s, v in seen if v is not UNKNOWN and v is not None]
        known = [v for _, v in seen]
        if not known:
            return
        strings = {v for v in known if isinstance(v, str)}
        yes_no = all(isinstance(v, str) and v in _YN for v in known)
        if (
            yes_no
            and field.type in ("boolean", "string", "flag")
            and (field.type == "boolean" or set(field.values) <= _YN)
        ):
            before = field.type
            if top:
                field.type, field.values = "flag", []
            else:
                field.type, field.values = "string", ["Y", "N"]
            if before == "boolean":
                self.conflict(path, "type", "boolean", "Y/N strings")
            return
        scalars = [v for v in known if isinstance(v, (str, int, float))]
        if field.values and any(v not in field.values for v in scalars):
            outside = sorted({repr(v) for v in scalars if v not in field.values})
            self.conflict(
                path, "values", ", ".join(map(str, field.values)), ", ".join(outside)
            )
            field.values = []
        bad = [v for v in known if not fits(v, field.type)]
        if not bad and field.type in _VAGUE:
            # "array" / "mixed" in the table: the examples show what it holds
            shown = join_types(*(kind_of(v) or "any" for v in known))
            if shown != "any":
                self.facts.notes.append(f"{path}: {field.type} narrowed to {shown}")
                field.type = shown
                if "object" not in shown:
                    field.fields = []
        if bad:
            kinds = [kind_of(v) or "any" for v in known]
            numeric = all(_same_number(v, field.type) for v in bad)
            keep = [field.type] if len(bad) < len(known) or numeric else []
            new = join_types(*keep, *kinds)
            if field.type == "flag" and strings:
                new = "string"
            self.conflict(path, "type", field.type, join_types(*kinds))
            field.type = new
            if "object" not in new:
                field.fields = []
        self._nested(field, seen, path)

    def _nested(self, field: FieldFact, seen: Seen, path: str) -> None:
        """The documented keys of an object (or of the objects in a list)."""
        if not field.fields:
            return
        dicts: list[tuple[str, dict[str, Any]]] = []
        for source, value in seen:
            if isinstance(value, dict):
                dicts.append((source, value))
            elif isinstance(value, list):
                dicts.extend((source, v) for v in value if isinstance(v, dict))
        if any(is_user_field(k) for _, d in dicts for k in d):
            field.user_fields = True
            dicts = [
                (s, {k: v for k, v in d.items() if not is_user_field(k)})
                for s, d in dicts
            ]
        odd = sorted({k for _, d in dicts for k in d if not name_ok(k)})
        if odd:
            field.fields = []
            self.error(
                f"{path}: the examples pass keys such as {odd[0]!r} that are not "
                "the documented names; the object is left open"
            )
            return
        field.fields = self.objects(
            field.fields, dicts, f"{path}.", top=False, grouped=set()
        )


def apply_examples(facts: MethodFacts, calls: list[Call]) -> None:
    """Correct ``facts.params`` by the page's readable calls of the method."""
    passed = [(c.kind, c.params) for c in calls if c.params is not None]
    if not passed:
        return
    grouped = {name for group in facts.alternatives for name in group}
    facts.params = _Evidence(facts).objects(
        facts.params, passed, "", top=True, grouped=grouped
    )
    if facts.params and facts.params_found != "table":
        facts.params_found = "table"
        facts.notes.append("params: none documented; taken from the examples")
