"""Methods under ``ai``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.ai.engine import AiEngine, AsyncAiEngine, BatchAiEngine


class Ai(Namespace):
    """Methods under ``ai``."""

    __slots__ = ()

    @property
    def engine(self) -> AiEngine:
        """Methods under ``ai.engine``."""
        from b24client._api.ai.engine import AiEngine

        return AiEngine(self._backend)


class AsyncAi(Namespace):
    """Methods under ``ai`` (async)."""

    __slots__ = ()

    @property
    def engine(self) -> AsyncAiEngine:
        """Methods under ``ai.engine``."""
        from b24client._api.ai.engine import AsyncAiEngine

        return AsyncAiEngine(self._backend)


class BatchAi(Namespace):
    """Methods under ``ai`` (queued into a batch)."""

    __slots__ = ()

    @property
    def engine(self) -> BatchAiEngine:
        """Methods under ``ai.engine``."""
        from b24client._api.ai.engine import BatchAiEngine

        return BatchAiEngine(self._backend)
