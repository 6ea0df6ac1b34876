# Source: generator/runtime/testing/_v3.py (hand-written; copied into the package by make generate).
"""REST 3.0 on the fake portal: ``/rest/api/...``, JSON-only bodies, wrapped
results and the v3 error object (bitrix24-protocol.md §11).

- Parameters come only from a JSON object body (any Content-Type); the query
  string is ignored; anything else in the body is 400
  ``BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION``.
- Success: ``{"result": {"item": …}}`` for single values,
  ``{"result": {"items": […]}}`` for arrays, ``{"result": {"result": true}}``
  for booleans.
- A missing required field: 400
  ``BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION`` with one
  ``validation`` entry per field.
- An unknown method (or a classic-only one) on ``/rest/api/``: 404 with the
  v3 error object and the code ``ERROR_METHOD_NOT_FOUND`` (the docs name no
  v3 code for it). Errors of the REST layer both protocols share (auth,
  QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT) keep the classic envelope.
"""

from __future__ import annotations

import json
from typing import Any

from ._errors import V3_PREFIX, ApiError
from ._generic import boolean_only, is_array

__all__ = ["decode_v3", "wrap", "validation_error"]


def decode_v3(body: bytes) -> dict[str, Any]:
    """The parameters of a v3 call: its JSON object body ({} when empty)."""
    if not body.strip():
        return {}
    try:
        decoded = json.loads(body)
    except ValueError:  # UnicodeDecodeError is a ValueError
        decoded = None
    if not isinstance(decoded, dict):
        raise ApiError(
            400,
            V3_PREFIX + "INVALIDJSONEXCEPTION",
            "The request body is not a valid JSON object.",
        )
    return decoded


def wrap(returns: str, value: Any) -> dict[str, Any]:
    """A v3 ``result`` for a value of the spec's return type."""
    if is_array(returns):
        return {"items": value}
    if boolean_only(returns):
        return {"result": value}
    return {"item": value}


def validation_error(missing: list[str]) -> ApiError:
    """400 REQUESTVALIDATIONEXCEPTION naming each missing required field."""
    return ApiError(
        400,
        V3_PREFIX + "VALIDATION_REQUESTVALIDATIONEXCEPTION",
        "Request validation failed",
        validation=[
            {"field": name, "message": f"Required field `{name}` is not set"}
            for name in missing
        ],
    )
