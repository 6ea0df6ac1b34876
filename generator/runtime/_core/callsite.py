# Source: generator/runtime/_core/callsite.py (hand-written; copied into the package by make generate).
"""What a generated method checks before it sends anything.

Shared by the sync, async and batch twins, so a call fails the same way
whichever way it is made: :func:`deprecated` warns once per REST method,
:func:`merge_user_fields` puts the portal's own keys (``UF_CRM_*``) into the
object they belong to, :func:`require_one_of` enforces the documented
"one of A or B" rules.  Imported by the generated namespace modules only, so
``import b24client`` does not load it.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .types import NOT_GIVEN, MethodInfo

__all__ = ["deprecated", "merge_user_fields", "require_one_of"]

_F = TypeVar("_F", bound=Callable[..., Any])

_warned: set[str] = set()
"""The messages already shown: one warning per REST method, whichever twin."""


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        warnings.warn(message, DeprecationWarning, stacklevel=3)


def deprecated(message: str) -> Callable[[_F], _F]:
    """Mark a generated method as deprecated: the first call warns.

    The type checkers see ``typing_extensions.deprecated`` instead (IDEs strike
    the method through); this is its run-time stand-in, without the dependency.
    """

    def decorate(function: _F) -> _F:
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def awaited(*args: Any, **kwargs: Any) -> Any:
                _warn_once(message)
                return await function(*args, **kwargs)

            wrapper: Any = awaited
        else:

            @functools.wraps(function)
            def called(*args: Any, **kwargs: Any) -> Any:
                _warn_once(message)
                return function(*args, **kwargs)

            wrapper = called
        wrapper.__deprecated__ = message
        return wrapper  # type: ignore[no-any-return]

    return decorate


def merge_user_fields(
    info: MethodInfo, value: Any, extra: Any, param: str, keyword: str
) -> Any:
    """``value`` (the ``param`` object) with the keys of ``extra`` (the
    ``keyword`` argument) merged in, as a new dict; ``value`` unchanged when
    ``extra`` is not given.  A key in both is a ValueError: which one to send
    would be a guess."""
    if extra is NOT_GIVEN:
        return value
    if not isinstance(extra, Mapping):
        raise TypeError(
            f"{info.name}: {keyword} must be a mapping of field names to values, "
            f"not {type(extra).__name__}"
        )
    if value is NOT_GIVEN:
        return dict(extra)
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{info.name}: {keyword} is merged into {param}, which must then be a "
            f"mapping, not {type(value).__name__}"
        )
    both = [key for key in extra if key in value]
    if both:
        keys = ", ".join(repr(key) for key in both)
        raise ValueError(
            f"{info.name}: {keys} given in both {param} and {keyword}; give each key once"
        )
    return {**value, **extra}


def require_one_of(info: MethodInfo, *groups: Mapping[str, object]) -> None:
    """Raise TypeError unless every argument of at least one group was given.

    ``groups`` map Python parameter names to the arguments; the message names
    the documented ways to call: ``lists.element.get needs iblock_id, or
    iblock_code``.
    """
    for group in groups:
        if all(value is not NOT_GIVEN for value in group.values()):
            return
    ways = ", or ".join(" and ".join(group) for group in groups)
    raise TypeError(f"{info.name} needs {ways}")
