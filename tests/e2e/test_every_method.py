"""Every generated method, called once through the real client against the
fake portal over loopback sockets, sync and async.

Arguments are built from each method's signature (required parameters only,
one sample value per annotated type); the answer must match the method's
declared return annotation (a Page/AsyncPage is iterated and each item
checked). The fake portal answers catalog methods with samples of their
return types, so this proves every generated method reaches the right URL,
passes the portal's required-parameter check and decodes its answer.
It grows with spec/: regenerate, and it covers the new methods.
"""

from __future__ import annotations

import asyncio
import collections.abc
import datetime as dt
import inspect
import os
import time
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from b24client import AsyncBitrix24, Bitrix24, _catalog
from b24client._core.paging import AsyncPage, Page
from b24client.testing import FakePortal
from generator import REPO_ROOT
from generator.introspect import read_runtime
from generator.loader import load_spec_dir
from generator.model import Method
from generator.validate import validate

MOMENT = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=3)))


SPEC_DIR = Path(os.environ.get("B24CLIENT_SPEC_DIR", REPO_ROOT / "spec"))
"""The specs the installed package was generated from (override to try the
suite on a package generated elsewhere, with PYTHONPATH pointing at it)."""


@cache
def methods() -> tuple[Method, ...]:
    runtime = read_runtime(REPO_ROOT / "generator" / "runtime")
    api, problems = validate(load_spec_dir(SPEC_DIR), runtime)
    assert api is not None and not problems, problems
    return api.methods


# --- finding the generated method -------------------------------------------------


def target(client: Any, method: Method) -> Any:
    """The bound method (or callable namespace) for ``method`` on ``client``.

    REST 3.0 methods live under ``client.v3`` (unless the generator already
    put ``v3`` in the Python path).
    """
    roots = [client]
    if method.api == 3:
        roots = [client.v3, client] if hasattr(client, "v3") else [client]
    for root in roots:
        node = root
        try:
            for attribute in method.python_path:
                node = getattr(node, attribute)
        except AttributeError:
            continue
        return node
    raise AssertionError(f"{method.name}: no {'.'.join(method.python_path)} on client")


@cache
def typed_dicts() -> dict[str, Any]:
    """The TypedDicts annotations name: the generated modules import them for
    the type checkers only, under their names or as ``_Name`` where the module
    has a class of that name."""
    import b24client.types

    found = {name: getattr(b24client.types, name) for name in b24client.types.__all__}
    return found | {f"_{name}": value for name, value in found.items()}


def hints(function: Any) -> dict[str, Any]:
    """Resolved annotations of a method or of a callable namespace's __call__."""
    routine = function if inspect.isroutine(function) else type(function).__call__
    return typing.get_type_hints(routine, localns=typed_dicts())


# --- arguments from annotations ---------------------------------------------------

_SCALARS: dict[Any, Any] = {
    int: 7,
    str: "text",
    bool: True,
    float: 1.5,
    dt.date: MOMENT.date(),
    dt.datetime: MOMENT,
}


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def sample(annotation: Any) -> Any:
    """A value of a parameter annotation (NotGiven and Ref members skipped)."""
    members = [
        m for m in _members(annotation) if getattr(m, "__name__", "") != "NotGiven"
    ]
    first = members[0]
    if first in _SCALARS:
        return _SCALARS[first]
    origin, args = typing.get_origin(first), typing.get_args(first)
    if origin is typing.Literal:
        return args[0]
    if typing.is_typeddict(first):
        return {"K": "V"}  # keys are not checked at run time
    if origin is tuple:
        return ("a.txt", "QUJD")
    if origin is dict or first is dict:
        return {"K": "V"}
    if origin in (collections.abc.Sequence, list):
        return [sample(args[0])] if args else ["text"]
    return {"K": "V"}  # Any


def arguments(function: Any, method: Method) -> dict[str, Any]:
    """Every parameter without a default, and those of the first documented way
    to call (``alternatives``), filled with a sample of its type."""
    annotations = hints(function)
    signature = inspect.signature(function)
    first_way = set(method.alternatives[0]) if method.alternatives else set()
    wanted = {p.python_name for p in method.params if p.name in first_way}
    return {
        name: sample(annotations[name])
        for name, parameter in signature.parameters.items()
        if (parameter.default is inspect.Parameter.empty or name in wanted)
        and parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


# --- the declared return type ------------------------------------------------------


def conforms(value: Any, annotation: Any) -> bool:
    """Whether ``value`` is of the (resolved) annotation, recursively."""
    if annotation is Any:
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(conforms(value, member) for member in typing.get_args(annotation))
    if annotation is bool:
        return isinstance(value, bool)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if annotation in (str, dict, list):
        return isinstance(value, annotation)
    if typing.is_typeddict(annotation):
        return isinstance(value, dict)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is dict:
        return isinstance(value, dict)
    if origin is list:
        return isinstance(value, list) and all(conforms(v, args[0]) for v in value)
    if origin is tuple:  # file pairs arrive as JSON arrays
        return (
            isinstance(value, (list, tuple))
            and len(value) == len(args)
            and all(conforms(v, a) for v, a in zip(value, args, strict=False))
        )
    if annotation is type(None):
        return value is None
    raise AssertionError(f"no check for annotation {annotation!r}")


def page_item_type(annotation: Any) -> Any | None:
    """The item type of ``Page[T]``/``AsyncPage[T]``; None for other annotations."""
    if typing.get_origin(annotation) in (Page, AsyncPage):
        return typing.get_args(annotation)[0]
    return None


async def check_answer(method: Method, function: Any, value: Any) -> None:
    declared = hints(function)["return"]
    item_type = page_item_type(declared)
    if item_type is not None:
        if isinstance(value, AsyncPage):
            items = [row async for row in value]
        else:
            assert isinstance(value, Page), (method.name, value)
            items = list(value)
        assert items, f"{method.name}: the fake portal's sample page is not empty"
        bad = [row for row in items if not conforms(row, item_type)]
        assert not bad, f"{method.name}: items {bad!r} are not {item_type!r}"
        return
    assert conforms(value, declared), f"{method.name}: {value!r} is not {declared!r}"


# --- the smoke calls -----------------------------------------------------------------


def test_catalog_matches_the_specs() -> None:
    """Each spec is in the catalog once, under its protocol (a REST 3.0 method
    may share its name with a classic one)."""
    listed = [(name, row[4]) for name, row in _catalog.METHODS.items()]
    extra = getattr(_catalog, "METHODS_V3", {})
    listed += [(name, 3) for name in extra]
    assert sorted(listed) == sorted((m.name, m.api) for m in methods())


def _report(mode: str, count: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    print(f"\n{mode}: {count} methods in {elapsed:.2f} s ({count / elapsed:.0f}/s)")


def _failures(failures: list[str]) -> str:
    return f"{len(failures)} methods failed:\n" + "\n".join(failures[:40])


def test_every_method_sync(generic_portal: FakePortal) -> None:
    started = time.perf_counter()
    failures: list[str] = []
    with Bitrix24(generic_portal.webhook_url, rate_limit=None) as client:
        for method in methods():
            try:
                function = target(client, method)
                value = function(**arguments(function, method))
                asyncio.run(check_answer(method, function, value))
            except Exception as error:  # collect them all, report together
                failures.append(f"{method.name}: {type(error).__name__}: {error}")
    _report("sync", len(methods()), started)
    assert not failures, _failures(failures)


def test_every_method_async(generic_portal: FakePortal) -> None:
    async def main() -> list[str]:
        failures: list[str] = []
        async with AsyncBitrix24(generic_portal.webhook_url, rate_limit=None) as client:
            for method in methods():
                try:
                    function = target(client, method)
                    value = await function(**arguments(function, method))
                    await check_answer(method, function, value)
                except Exception as error:
                    failures.append(f"{method.name}: {type(error).__name__}: {error}")
        return failures

    started = time.perf_counter()
    failures = asyncio.run(main())
    _report("async", len(methods()), started)
    assert not failures, _failures(failures)
