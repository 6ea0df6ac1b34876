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
    model_context_type: str
    model_context_limit: int


class AiEngine(TypedDict, total=False):
    """Ai engine, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-list.html
    """

    id: int
    app_code: str
    name: str
    code: str
    category: str
    completions_url: str
    settings: AiEngineSettings
    date_create: int


class AiEngineRegisterSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``ai.engine.register``."""

    code_alias: str
    model_context_type: Literal["token", "symbol"]
    model_context_limit: int
