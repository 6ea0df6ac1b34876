"""b24client: a typed sync and async client for the Bitrix24 REST API.

Generated from spec/ by ``python -m generator``; do not edit.
"""

from ._core import APIError, NOT_GIVEN, NotGiven
from ._client import AsyncBatch, AsyncBitrix24, Batch, Bitrix24
from ._version import __version__ as __version__

__all__ = [
    "APIError",
    "AsyncBatch",
    "AsyncBitrix24",
    "Batch",
    "Bitrix24",
    "NOT_GIVEN",
    "NotGiven",
]
