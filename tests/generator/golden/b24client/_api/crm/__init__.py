"""Methods under ``crm``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.crm.deal import AsyncCrmDeal, BatchCrmDeal, CrmDeal


class Crm(Namespace):
    """Methods under ``crm``."""

    __slots__ = ()

    @property
    def deal(self) -> CrmDeal:
        """Methods under ``crm.deal``."""
        from b24client._api.crm.deal import CrmDeal

        return CrmDeal(self._backend)


class AsyncCrm(Namespace):
    """Methods under ``crm`` (async)."""

    __slots__ = ()

    @property
    def deal(self) -> AsyncCrmDeal:
        """Methods under ``crm.deal``."""
        from b24client._api.crm.deal import AsyncCrmDeal

        return AsyncCrmDeal(self._backend)


class BatchCrm(Namespace):
    """Methods under ``crm`` (queued into a batch)."""

    __slots__ = ()

    @property
    def deal(self) -> BatchCrmDeal:
        """Methods under ``crm.deal``."""
        from b24client._api.crm.deal import BatchCrmDeal

        return BatchCrmDeal(self._backend)
