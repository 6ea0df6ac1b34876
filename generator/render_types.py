"""``b24client.types``: the TypedDicts, one module per scope, and their docs.

Every :class:`TypeDef` becomes one closed TypedDict (``total=False``, a
required key ``Required[...]``).  A type that only parameters use takes what
a caller may pass (``Literal`` for enumerations, date objects); any other
takes what the portal sends (base types, dates as strings).  The package
``__init__`` loads a module on the first use of one of its names.  One pass
over the types, grouped by module.

The annotations are evaluated when the module loads (no ``from __future__
import annotations``): a string annotation costs a ``compile`` each, which
for a big scope is most of its import time.  Types come after the types they
name, so only a cycle or another module's type needs quotes.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

import jinja2

from .filters import pyrepr
from .layout import import_lines, signature_lines
from .model import TypeDef
from .pytypes import TypeNames, TypeWriter
from .views import PACKAGE, FieldView, field_views

__all__ = ["render_types", "type_modules"]

_WORDS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class KeyView:
    name: str
    """The key, as a Python string literal in the functional form."""
    key: str
    annotation: str
    description: str


@dataclass
class TypedDictView:
    name: str
    doc: list[str]
    """Docstring paragraphs (raw text: the template filters them)."""
    functional: bool
    """Some key is no identifier (or would hide a name the annotations use):
    ``Name = TypedDict("Name", {...}, total=False)``."""
    keys: list[KeyView]
    header: str = ""
    """The ``class Name(TypedDict, total=False):`` line(s), broken like black."""


@dataclass
class TypeDocView:
    typedef: TypeDef
    anchor: str
    label: str
    uses: str
    keys: list[FieldView]
    links: list[tuple[str, str]]
    """(name, link) of the TypedDicts its keys name."""


def type_modules(types: tuple[TypeDef, ...]) -> dict[str, str]:
    """Each TypedDict's submodule of ``b24client.types``."""
    return {t.name: t.module for t in types}


def _label(t: TypeDef) -> str:
    """The first line of its docstring (a named type's summary may be empty)."""
    return t.summary or f"The ``{t.name}`` object."


def _doc(t: TypeDef) -> list[str]:
    doc = [_label(t)]
    if t.description:
        doc.append(t.description)
    if t.user_fields:
        doc.append(
            "The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):\n"
            "read them with .get(), send them with the method's user_fields."
        )
    if t.docs:
        doc.append(f"Docs: {t.docs}")
    return doc


def _names(t: TypeDef) -> list[str]:
    """The TypedDicts its keys name, in key order."""
    out: list[str] = []
    for f in t.fields:
        for name in sorted(f.type.named()) + ([f.shape] if f.shape else []):
            if name not in out:
                out.append(name)
    return out


def _dependency_order(defs: list[TypeDef]) -> list[TypeDef]:
    """``defs`` with each type after the types of its module it names, where
    no cycle forbids it (depth first from the sorted list: deterministic)."""
    local = {t.name: t for t in defs}
    placed: set[str] = set()
    entered: set[str] = set()
    order: list[TypeDef] = []
    for root in defs:
        stack = [(root, iter(_names(root)))]
        entered.add(root.name)
        while stack:
            t, pending = stack[-1]
            name = next((n for n in pending if n in local and n not in entered), None)
            if name is None:
                stack.pop()
                if t.name not in placed:
                    placed.add(t.name)
                    order.append(t)
                continue
            entered.add(name)
            stack.append((local[name], iter(_names(local[name]))))
    return order


def _typed_dict(t: TypeDef, writer: TypeWriter, defined: set[str]) -> TypedDictView:
    """``defined``: the types of this module already defined (not quoted)."""
    result = not t.param_only
    keys: list[KeyView] = []
    for f in t.fields:
        if result:
            annotation = writer.returned(f.type, f.shape)
        else:
            annotation = writer.param(f.type, f.shape, f.values)
        named = f.type.named() | ({f.shape} if f.shape else set())
        if not named <= defined:
            annotation = pyrepr(annotation)
        if f.required:
            writer.used.add("Required")
            annotation = f"Required[{annotation}]"
        keys.append(KeyView(pyrepr(f.name), f.name, annotation, f.description))
    words = {w for k in keys for w in _WORDS.findall(k.annotation)}
    functional = any(
        not k.key.isidentifier()
        or not k.key.isascii()
        or keyword.iskeyword(k.key)
        or k.key.startswith("__")
        or k.key in words
        for k in keys
    )
    header = signature_lines(f"class {t.name}(", ["TypedDict", "total=False"], "):", 0)
    return TypedDictView(t.name, _doc(t), functional, keys, "\n".join(header))


_TYPING = ("TYPE_CHECKING", "Any", "Literal", "Required", "TypedDict")


def _module_source(
    env: jinja2.Environment,
    module: str,
    defs: list[TypeDef],
    modules: dict[str, str],
) -> str:
    names = TypeNames()
    writer = TypeWriter(names=names)
    defined: set[str] = set()
    views: list[TypedDictView] = []
    for t in _dependency_order(defs):
        views.append(_typed_dict(t, writer, defined))
        defined.add(t.name)
    foreign: dict[str, list[str]] = {}
    for name in sorted(names.used):
        if modules[name] != module:
            foreign.setdefault(modules[name], []).append(name)
    checking: list[str] = []
    for other, imported in sorted(foreign.items()):
        checking.extend(
            line[4:] for line in import_lines(f"{PACKAGE}.types.{other}", imported, 4)
        )
    used = writer.used | {"TypedDict"} | ({"TYPE_CHECKING"} if checking else set())
    imports = [f"import {n}" for n in ("builtins", "datetime") if n in used]
    if "Sequence" in used:
        imports.append("from collections.abc import Sequence")
    imports.extend(import_lines("typing", [n for n in _TYPING if n in used]))
    return env.get_template("types_module.py.j2").render(
        module=module,
        imports=imports,
        type_checking=checking,
        names=sorted(v.name for v in views),
        types=views,
    )


def _doc_view(t: TypeDef, modules: dict[str, str]) -> TypeDocView:
    keys = field_views("", t.fields, nested=False)
    for key in keys:
        key.path = key.path[1:]
    named = sorted(
        {n for f in t.fields for n in f.type.named()}
        | {f.shape for f in t.fields if f.shape}
    )
    uses = " and ".join(
        {"param": "parameters", "result": "results"}[u] for u in sorted(t.uses)
    )
    return TypeDocView(
        typedef=t,
        anchor=t.name.lower(),
        label=_label(t),
        uses=uses or "—",
        keys=keys,
        links=[(n, f"{modules[n]}.md#{n.lower()}") for n in named],
    )


def render_types(env: jinja2.Environment, types: tuple[TypeDef, ...]) -> dict[str, str]:
    """``b24client/types/__init__.py``, one module and one docs page per scope."""
    modules = type_modules(types)
    grouped: dict[str, list[TypeDef]] = {}
    for t in types:
        grouped.setdefault(t.module, []).append(t)
    out: dict[str, str] = {}
    checking: list[str] = []
    for module, defs in sorted(grouped.items()):
        names = sorted(t.name for t in defs)
        checking.extend(line[4:] for line in import_lines(f".{module}", names, 4))
    out[f"{PACKAGE}/types/__init__.py"] = env.get_template("types_init.py.j2").render(
        type_checking=checking, names=sorted(modules.items())
    )
    page = env.get_template("docs_types.md.j2")
    for module, defs in sorted(grouped.items()):
        out[f"{PACKAGE}/types/{module}.py"] = _module_source(env, module, defs, modules)
        out[f"docs/types/{module}.md"] = page.render(
            module=module, types=[_doc_view(t, modules) for t in defs]
        )
    return out
