"""REST 3.0 methods: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.v3.crm import AsyncV3Crm, V3Crm
    from b24client._api.v3.tasks import AsyncV3Tasks, V3Tasks


class V3(Namespace):
    """REST 3.0 methods."""

    __slots__ = ()

    @property
    def crm(self) -> V3Crm:
        """REST 3.0 methods under ``crm``."""
        from b24client._api.v3.crm import V3Crm

        return V3Crm(self._backend)

    @property
    def tasks(self) -> V3Tasks:
        """REST 3.0 methods under ``tasks``."""
        from b24client._api.v3.tasks import V3Tasks

        return V3Tasks(self._backend)


class AsyncV3(Namespace):
    """REST 3.0 methods (async)."""

    __slots__ = ()

    @property
    def crm(self) -> AsyncV3Crm:
        """REST 3.0 methods under ``crm``."""
        from b24client._api.v3.crm import AsyncV3Crm

        return AsyncV3Crm(self._backend)

    @property
    def tasks(self) -> AsyncV3Tasks:
        """REST 3.0 methods under ``tasks``."""
        from b24client._api.v3.tasks import AsyncV3Tasks

        return AsyncV3Tasks(self._backend)
