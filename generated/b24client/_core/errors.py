# Source: generator/runtime/_core/errors.py (hand-written; copied into the package by make generate).
"""The exception hierarchy: one class per kind of failure a caller can act on.

Bitrix24 reports failures as ``{"error": CODE, "error_description": TEXT}``.
The code decides the class (``spec/_errors.yaml`` maps codes to classes; it
is rendered into ``b24client._error_codes``); a code the table does not know
falls back to the HTTP status. Every exception carries ``code``,
``description``, ``status`` and ``method`` — and never a credential: URLs
and bodies are not kept, only the method name.
"""

from __future__ import annotations

from typing import Any, Literal, cast

from .ratelimit import finite_number
from .redaction import clean_text, redact_value

RetryClass = Literal["always", "idempotent", "never"]
"""When an error may be retried (see spec/_errors.yaml)."""

__all__ = [
    "Bitrix24Error",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidResponseError",
    "ResponseTooLargeError",
    "PortalMovedError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "TokenExpiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotFoundError",
    "RateLimitError",
    "OperationTimeLimitError",
    "OverloadError",
    "ServerError",
    "BatchCommandNotRunError",
    "SharedStateError",
]


class Bitrix24Error(Exception):
    """Base of every error b24client raises."""

    def __init__(
        self,
        description: str,
        *,
        code: str | None = None,
        status: int | None = None,
        method: str | None = None,
    ) -> None:
        # Server text (codes, descriptions) may echo a secret or carry control
        # characters: both are made safe here, once, for every error class.
        self.code = None if code is None else clean_text(str(code), limit=200)
        self.description = clean_text(str(description))
        self.status = status
        self.method = method
        super().__init__(self.description)

    def __str__(self) -> str:
        tags = [f"code {self.code!r}"] if self.code is not None else []
        if self.status is not None:
            tags.append(f"HTTP {self.status}")
        text = f"{self.method}: {self.description}" if self.method else self.description
        return f"{text} ({', '.join(tags)})" if tags else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, status={self.status!r}, "
            f"method={self.method!r}, description={self.description!r})"
        )


class APIConnectionError(Bitrix24Error):
    """The portal could not be reached, or the connection broke.

    ``sent`` tells whether the request may have reached the portal: when it
    is True and the method is not idempotent, its outcome is unknown.
    """

    def __init__(
        self, description: str, *, method: str | None = None, sent: bool = False
    ) -> None:
        super().__init__(description, method=method)
        self.sent = sent


class APITimeoutError(APIConnectionError):
    """No answer within the configured timeout."""


class InvalidResponseError(Bitrix24Error):
    """The portal answered with something that is not a Bitrix24 envelope."""


class ResponseTooLargeError(InvalidResponseError):
    """The answer exceeded ``max_response_bytes`` (after decompression); never repeated."""


class PortalMovedError(InvalidResponseError):
    """The portal answered with a redirect that the client did not follow.

    Nothing was sent to the new address. ``location`` is where the answer
    pointed (secrets masked, query left out) and ``new_origin`` its origin,
    when it is a usable URL; the README says when a move is followed.
    """

    def __init__(
        self,
        description: str,
        *,
        location: str,
        new_origin: str | None,
        status: int | None = None,
        method: str | None = None,
    ) -> None:
        super().__init__(description, status=status, method=method)
        self.location = location
        self.new_origin = new_origin


class APIError(Bitrix24Error):
    """The portal answered with an error envelope (or an error HTTP status)."""

    def __init__(
        self,
        description: str,
        *,
        code: str | None = None,
        status: int | None = None,
        method: str | None = None,
        body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(description, code=code, status=status, method=method)
        self.body: dict[str, Any] | None = None if body is None else redact_value(body)
        """The decoded error envelope as the portal sent it, secrets masked."""
        self.retry: RetryClass = "never"
        """When a repeat is safe: ``always``, ``idempotent`` (methods) or ``never``."""


class BadRequestError(APIError):
    """The portal rejected the arguments (HTTP 400 or a method-level code)."""


class AuthenticationError(APIError):
    """Wrong or missing webhook code or access token (NO_AUTH_FOUND, HTTP 401)."""


class TokenExpiredError(AuthenticationError):
    """The OAuth access token expired (``expired_token``): refresh and repeat."""


class PermissionDeniedError(APIError):
    """The user, webhook or app may not do this (ACCESS_DENIED, insufficient_scope, HTTP 403)."""


class NotFoundError(APIError):
    """The record does not exist (NOT_FOUND, HTTP 404)."""


class MethodNotFoundError(NotFoundError):
    """The portal does not know the method (ERROR_METHOD_NOT_FOUND)."""


class RateLimitError(APIError):
    """QUERY_LIMIT_EXCEEDED: refused before it ran; safe to retry after a pause."""


class OperationTimeLimitError(APIError):
    """OPERATION_TIME_LIMIT: this method's time budget is spent until ``operating_reset_at``."""

    @property
    def operating_reset_at(self) -> float | None:
        """Unix time when the portal lets the method run again, when it said
        (a finite number; anything else counts as not said)."""
        time = (self.body or {}).get("time")
        value = time.get("operating_reset_at") if isinstance(time, dict) else None
        return finite_number(value)


class OverloadError(APIError):
    """OVERLOAD_LIMIT: REST is blocked for the portal; only support can lift it."""


class ServerError(APIError):
    """The portal failed (HTTP 5xx, INTERNAL_SERVER_ERROR)."""


class BatchCommandNotRunError(Bitrix24Error):
    """A batch command never ran: an earlier one failed with ``halt`` on."""


class SharedStateError(Bitrix24Error):
    """The state processes share (a Redis bucket or budget, a token store) failed:
    unreachable, holding a value b24client did not write, or a refresh lock
    held by another process for too long. Nothing more was sent for the call."""


_BY_NAME: dict[str, type[APIError]] = {
    cls.__name__: cls
    for cls in (
        APIError,
        BadRequestError,
        AuthenticationError,
        TokenExpiredError,
        PermissionDeniedError,
        NotFoundError,
        MethodNotFoundError,
        RateLimitError,
        OperationTimeLimitError,
        OverloadError,
        ServerError,
    )
}

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: BadRequestError,
    429: RateLimitError,
}


def normalise_code(raw: Any) -> str:
    """The ``error`` value as a string: codes may be ``""``, strings or numbers."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return str(raw).lower()
    return str(raw)


_METHOD_ERROR_STATUS = 400
"""The HTTP status a method's own error comes with unless the table says otherwise."""


def classify(code: str, status: int | None) -> tuple[type[APIError], RetryClass]:
    """The exception class and retry class for an error code and HTTP status.

    ``status`` None is a batch command's error, which has no status of its
    own: it is classified as the same error outside a batch, a method error
    (HTTP 400), so a failure gets one class wherever it happens.
    """
    from .._error_codes import ERROR_CODES

    known = ERROR_CODES.get(code.lower())
    if known is not None:
        name, retry = known
        return _BY_NAME[name], cast(RetryClass, retry)
    if status is None:
        status = _METHOD_ERROR_STATUS
    if status >= 500:
        return ServerError, "idempotent"
    if status in _BY_STATUS:
        return _BY_STATUS[status], "never"
    return APIError, "never"


def api_error(
    code: str | None,
    description: Any,
    *,
    status: int | None,
    method: str | None,
    body: dict[str, Any] | None = None,
) -> APIError:
    """Build the typed exception for an error; ``code`` None means no envelope."""
    cls, retry = classify(code or "", status)
    desc = description if isinstance(description, str) and description else ""
    if code == "" and cls in (APIError, BadRequestError) and _says_not_found(desc):
        cls = NotFoundError  # crm: code "" and HTTP 400, its "Not found" included
    exc = cls(
        desc or "the portal answered with an error and no description",
        code=code,
        status=status,
        method=method,
        body=body,
    )
    exc.retry = retry
    return exc


def _says_not_found(description: str) -> bool:
    return description.strip().rstrip("!.").lower() == "not found"
