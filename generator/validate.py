"""Check the loaded spec and build the model; every problem is collected.

Each problem names its file and key path (:class:`SpecError`).  A file with
any problem yields no :class:`Method`; cross-file checks (duplicates, name
collisions) still run over every file whose ``method`` is usable, so one run
reports everything.  The checks themselves live in :mod:`generator.checks`.
"""

from __future__ import annotations

from .checks.base import clean_text
from .checks.crossfile import cross_file
from .checks.errortable import error_codes
from .checks.method import Identity, MethodCheck
from .checks.typeexpr import TYPE_EXPECTED, parse_type
from .checks.typefile import TypeFileCheck
from .checks.typegraph import FileRefs, resolve_types
from .diagnostics import SpecError
from .introspect import RuntimeInfo
from .loader import ERRORS_FILE, TYPES_DIR, Loaded
from .model import NOT_GENERATED, Api, Method, TypeDef, build_tree

__all__ = ["TYPE_EXPECTED", "clean_text", "parse_type", "validate"]


def validate(
    loaded: Loaded, runtime: RuntimeInfo
) -> tuple[Api | None, list[SpecError]]:
    """Check everything; return the model (None on any problem) and the problems.

    Problems are sorted by file, in the order found within a file.
    """
    problems = list(loaded.problems)
    methods: list[Method] = []
    identities: list[Identity] = []
    method_refs: list[FileRefs] = []
    for spec in loaded.files:
        check = MethodCheck(spec.rel, runtime)
        method, identity = check.check(spec.data)
        problems.extend(check.problems)
        method_refs.append(FileRefs(spec.rel, check.refs))
        if identity is not None:
            identities.append(identity)
        if method is not None:
            methods.append(method)
    problems.extend(cross_file(identities))
    named: list[TypeDef] = []
    type_refs: list[FileRefs] = []
    for spec in loaded.type_files:
        type_check = TypeFileCheck(spec.rel, runtime)
        typedef = type_check.check(spec.data)
        problems.extend(type_check.problems)
        type_refs.append(FileRefs(spec.rel, type_check.refs))
        if typedef is not None:
            named.append(typedef)
    declared = {r.type_name for r in type_refs} | {
        FileRefs(p.file).type_name
        for p in loaded.problems
        if p.file.startswith(TYPES_DIR + "/")
    }
    types, methods, type_problems = resolve_types(
        method_refs, type_refs, declared, named, methods
    )
    problems.extend(type_problems)
    error_present = loaded.errors_file is not None or any(
        p.file == ERRORS_FILE for p in problems
    )
    codes, error_problems = error_codes(loaded.errors_file, error_present, runtime)
    problems.extend(error_problems)
    problems.sort(key=lambda p: p.file)
    if problems:
        return None, problems
    methods.sort(key=lambda m: (m.api, m.name))
    generated = [m for m in methods if not (m.api == 1 and m.name in NOT_GENERATED)]
    skipped = tuple(
        (m, NOT_GENERATED[m.name])
        for m in methods
        if m.api == 1 and m.name in NOT_GENERATED
    )
    return (
        Api(
            root=build_tree(generated),
            methods=tuple(generated),
            errors=tuple(codes),
            not_generated=skipped,
            types=tuple(types),
        ),
        [],
    )
