# Source: generator/runtime/testing/_errors.py (hand-written; copied into the package by make generate).
"""How a fake-portal method fails: :class:`ApiError`, shaped for either protocol.

Handlers raise it; the portal turns it into the classic envelope
``{"error": code, "error_description": text}`` or, on a REST 3.0 path, the
v3 error object ``{"error": {"code", "message", "validation"?}}``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "crm_error", "missing_param", "V3_PREFIX"]

V3_PREFIX = "BITRIX_REST_V3_EXCEPTION_"
"""Every REST 3.0 error code starts with it."""


class ApiError(Exception):
    """A method failure: becomes ``{"error": code, "error_description": text}``.

    ``code`` may be ``""`` or a number, as some modules send them.
    ``validation`` (REST 3.0 only) lists ``{"field", "message"}`` entries.
    """

    def __init__(
        self,
        status: int,
        code: Any,
        description: str,
        *,
        validation: list[dict[str, str]] | None = None,
    ) -> None:
        super().__init__(f"{status} {code!r}: {description}")
        self.status = status
        self.code = code
        self.description = description
        self.validation = validation

    def envelope(self) -> dict[str, Any]:
        """The classic error envelope."""
        return {"error": self.code, "error_description": self.description}

    def v3_envelope(self) -> dict[str, Any]:
        """The REST 3.0 error object."""
        error: dict[str, Any] = {"code": str(self.code), "message": self.description}
        if self.validation is not None:
            error["validation"] = self.validation
        return {"error": error}


def crm_error(description: str) -> ApiError:
    """The usual CRM failure: empty code, HTTP 400."""
    return ApiError(400, "", description)


def missing_param(name: str) -> ApiError:
    """A classic method called without the required parameter ``name``."""
    return ApiError(
        400,
        "ERROR_REQUIRED_PARAMETERS_MISSING",
        f"Required parameter '{name}' is missing",
    )
