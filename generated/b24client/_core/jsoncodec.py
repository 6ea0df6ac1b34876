"""Decoding answers: msgspec when it is installed (``b24client[speed]``), else json.

Either way an answer decodes to the same Python objects as with the standard
library's ``json`` (with ``NaN`` and ``Infinity`` refused). msgspec is tried
first and gives the same values where it accepts a body (integers of any size,
floats rounded alike, the last of duplicate keys); whatever it refuses (a lone
surrogate, ``1e400``, nesting at the recursion limit, malformed JSON) goes to
``json``, whose verdict stands. orjson is faster still but turns integers
beyond 64 bits into floats, so it is not used.

``B24CLIENT_JSON=json`` in the environment forces ``json`` (for debugging and
for benchmarks of the plain install); it is read once, at the first answer.
Requests are always encoded by ``json`` (:mod:`.protocol`): a request body is
small, and ``json`` refuses ``NaN`` where a faster encoder would send null.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

__all__ = ["decoder_name", "loads", "loads_stdlib"]

ENV = "B24CLIENT_JSON"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)
"""Strict JSON: ``NaN`` and ``Infinity``, which ``json`` accepts by default,
are refused."""


def loads_stdlib(content: bytes | bytearray) -> Any:
    """``json.loads`` without its encoding sniffing for the usual body, an
    object in UTF-8 (a NUL second byte would mean UTF-16 or UTF-32)."""
    if content[:1] == b"{" and content[1:2] != b"\x00":
        return _DECODER.decode(content.decode("utf-8", "surrogatepass"))
    return json.loads(content, parse_constant=_refuse_constant)


def _choose() -> Callable[[bytes | bytearray], Any] | None:
    if os.environ.get(ENV, "").strip().lower() == "json":
        return None
    try:
        import msgspec.json
    except ImportError:
        return None
    decode: Callable[[bytes | bytearray], Any] = msgspec.json.Decoder().decode
    return decode


_UNCHOSEN: Any = object()
_fast: Callable[[bytes | bytearray], Any] | None = _UNCHOSEN


def _fast_decoder() -> Callable[[bytes | bytearray], Any] | None:
    global _fast
    if _fast is _UNCHOSEN:  # chosen at the first answer: `import b24client` stays light
        _fast = _choose()
    return _fast


def decoder_name() -> str:
    """``"msgspec"`` or ``"json"``: what decodes answers in this process."""
    return "json" if _fast_decoder() is None else "msgspec"


def loads(content: bytes | bytearray) -> Any:
    """One JSON value; ValueError or RecursionError for anything else."""
    fast = _fast if _fast is not _UNCHOSEN else _fast_decoder()
    if fast is not None and content[:1] == b"{":
        try:
            return fast(content)
        except Exception:  # noqa: BLE001 - json decides every body msgspec refuses
            pass
    return loads_stdlib(content)
