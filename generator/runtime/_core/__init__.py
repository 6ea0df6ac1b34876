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
    PortalMovedError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    SharedStateError,
    TokenExpiredError,
)
from .events import Event, EventVerificationError, parse_event
from .oauth import OAuth, TokenPair
from .paging import AsyncPage, Page
from .protocol import Envelope
from .ratelimit import ENTERPRISE, STANDARD, LeakyBucket, OperatingBudget, RateLimit
from .shared import RedisBucket, RedisOperatingBudget, RedisTokenStore
from .tokens import MemoryTokenStore, SQLiteTokenStore, StoredPair, TokenStore
from .types import NOT_GIVEN, NotGiven
from .writes import BulkResult

__all__ = [
    "TokenStore",
    "StoredPair",
    "SharedStateError",
    "SQLiteTokenStore",
    "RedisTokenStore",
    "RedisOperatingBudget",
    "RedisBucket",
    "MemoryTokenStore",
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
    "BulkResult",
    "ENTERPRISE",
    "Envelope",
    "Event",
    "EventVerificationError",
    "InvalidResponseError",
    "LeakyBucket",
    "MethodNotFoundError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "OAuth",
    "OperatingBudget",
    "OperationTimeLimitError",
    "OverloadError",
    "Page",
    "parse_event",
    "PermissionDeniedError",
    "PortalMovedError",
    "RateLimit",
    "RateLimitError",
    "Ref",
    "ResponseTooLargeError",
    "ServerError",
    "STANDARD",
    "TokenExpiredError",
    "TokenPair",
    "Webhook",
    "WebhookURLError",
]
