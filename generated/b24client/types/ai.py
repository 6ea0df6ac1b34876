"""TypedDicts of ``b24client.types.ai``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Literal, TypedDict

__all__ = [
    "AiEngine",
    "AiEngineRegisterSettings",
    "AiEngineSettings",
]


class AiEngineSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``AiEngine``."""

    code_alias: str
    """Model alias."""
    model_context_type: str
    """How context size is counted: "token" or "symbol"."""
    model_context_limit: int
    """Context size limit."""


class AiEngine(TypedDict, total=False):
    """A custom AI service registered on the portal.

    Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-list.html
    """

    id: int
    """ID of the service."""
    app_code: str
    """Code of the application that owns the service."""
    name: str
    """Service name shown in the interface."""
    code: str
    """Unique service code."""
    category: str
    """\"text", "image", "audio" or "call"."""
    completions_url: str
    """URL of the service endpoint."""
    settings: AiEngineSettings
    """Extra service settings."""
    date_create: int
    """Creation date and time, ISO 8601."""


class AiEngineRegisterSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``ai.engine.register``."""

    code_alias: str
    """Model alias; default "ChatGPT"."""
    model_context_type: Literal["token", "symbol"]
    """How context size is counted: "token" (default) or "symbol"."""
    model_context_limit: int
    """Context size limit; default 15666."""
