"""TypedDicts of ``b24client.types.ai``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from typing import TypedDict

__all__ = [
    "AiEngineListFilter",
    "AiEngineRegisterSettings",
]


class AiEngineListFilter(TypedDict, total=False):
    """Keys of the ``filter`` parameter of ``ai.engine.list``."""

    ID: int
    APP_CODE: str
    NAME: str
    CODE: str
    CATEGORY: str
    COMPLETIONS_URL: str
    DATE_CREATE: datetime.datetime | str


class AiEngineRegisterSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``ai.engine.register``."""

    code_alias: str
    model_context_type: str
    model_context_limit: int
