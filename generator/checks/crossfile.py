"""Checks across method files: duplicates and Python name collisions."""

from __future__ import annotations

from .. import naming
from ..diagnostics import SpecError
from .method import Identity

__all__ = ["cross_file"]


def cross_file(identities: list[Identity]) -> list[SpecError]:
    problems: list[SpecError] = []
    first_file: dict[tuple[str, ...], str] = {}
    # (python parent path, python name) -> (wire segment, file)
    slots: dict[tuple[tuple[str, ...], str], tuple[str, str]] = {}
    clean: list[Identity] = []
    for ident in identities:
        if ident.tree_path in first_file:
            problems.append(
                SpecError(
                    ident.rel,
                    "method",
                    f"duplicate method {ident.name!r}, also defined in spec/{first_file[ident.tree_path]}",
                    "each method in exactly one file",
                )
            )
            continue
        first_file[ident.tree_path] = ident.rel
        segments = ident.tree_path
        collided = False
        for depth, (segment, python) in enumerate(
            zip(segments, ident.python_path, strict=False)
        ):
            key = (ident.python_path[:depth], python)
            taken = slots.get(key)
            if taken is None:
                slots[key] = (segment, ident.rel)
            elif taken[0] != segment:
                problems.append(
                    SpecError(
                        ident.rel,
                        "method",
                        f"segment {segment!r} becomes {python!r}, which collides with sibling "
                        f"segment {taken[0]!r} of spec/{taken[1]}",
                        "sibling namespace segments with distinct Python names",
                    )
                )
                collided = True
                break
        if not collided:
            clean.append(ident)

    # Generated class and constant names must be unique too
    # (crm.dealItem and crm.deal.item would both be CrmDealItem).
    classes: dict[str, tuple[tuple[str, ...], str]] = {
        name: ((), "") for name in ("AsyncBatch", "AsyncBitrix24", "Batch", "Bitrix24")
    }
    constants: dict[str, tuple[str, str]] = {}
    for ident in clean:
        const = naming.constant_name(ident.python_path)
        other = constants.setdefault(const, (ident.name, ident.rel))
        if other[0] != ident.name:
            problems.append(
                SpecError(
                    ident.rel,
                    "method",
                    f"the method's constant {const} collides with that of {other[0]!r} (spec/{other[1]})",
                    "method names that stay distinct when their segments are joined",
                )
            )
            continue
        for depth in range(1, len(ident.python_path)):
            node = ident.python_path[:depth]
            base = naming.class_name(node)
            clash = None
            for cls in (base, "Async" + base, "Batch" + base):
                seen = classes.setdefault(cls, (node, ident.rel))
                if seen[0] != node:
                    clash = cls, seen
                    break
            if clash is not None:
                cls, seen = clash
                owner = (
                    "the client"
                    if not seen[1]
                    else f"{'.'.join(seen[0])!r} (spec/{seen[1]})"
                )
                problems.append(
                    SpecError(
                        ident.rel,
                        "method",
                        f"namespace {'.'.join(node)!r} gets the class name {cls}, already used by {owner}",
                        "namespace paths that stay distinct when their segments are joined",
                    )
                )
                break
    return problems
