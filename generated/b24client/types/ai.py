"""TypedDicts of ``b24client.types.ai``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "AiEngineRegisterSettings",
]


class AiEngineRegisterSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``ai.engine.register``."""

    code_alias: str
    model_context_type: str
    model_context_limit: int
