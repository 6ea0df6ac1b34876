# Source: generator/runtime/_core/__init__.py (hand-written; copied into the package by make generate).
"""The hand-written runtime of b24client; its public names are re-exported by the package."""

from .batch import BatchCommand, BatchResult, Ref
from .credentials import Webhook, WebhookURLError
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchCommandNotRunError,
    Bitrix24Error,
    InvalidResponseError,
    MethodNotFoundError,
    NotFoundError,
    OperationTimeLimitError,
    OverloadError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenExpiredError,
)
from .paging import AsyncPage, Page
from .protocol import Envelope
from .types import NOT_GIVEN, NotGiven

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "BatchCommand",
    "BatchCommandNotRunError",
    "BatchResult",
    "Bitrix24Error",
    "Envelope",
    "InvalidResponseError",
    "MethodNotFoundError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "OperationTimeLimitError",
    "OverloadError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "Ref",
    "ServerError",
    "TokenExpiredError",
    "Webhook",
    "WebhookURLError",
]
