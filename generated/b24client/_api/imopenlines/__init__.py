"""Methods under ``imopenlines``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.imopenlines.bot import (
        AsyncImopenlinesBot,
        BatchImopenlinesBot,
        ImopenlinesBot,
    )
    from b24client._api.imopenlines.config import (
        AsyncImopenlinesConfig,
        BatchImopenlinesConfig,
        ImopenlinesConfig,
    )
    from b24client._api.imopenlines.crm import (
        AsyncImopenlinesCrm,
        BatchImopenlinesCrm,
        ImopenlinesCrm,
    )
    from b24client._api.imopenlines.dialog import (
        AsyncImopenlinesDialog,
        BatchImopenlinesDialog,
        ImopenlinesDialog,
    )
    from b24client._api.imopenlines.message import (
        AsyncImopenlinesMessage,
        BatchImopenlinesMessage,
        ImopenlinesMessage,
    )
    from b24client._api.imopenlines.network import (
        AsyncImopenlinesNetwork,
        BatchImopenlinesNetwork,
        ImopenlinesNetwork,
    )
    from b24client._api.imopenlines.operator import (
        AsyncImopenlinesOperator,
        BatchImopenlinesOperator,
        ImopenlinesOperator,
    )
    from b24client._api.imopenlines.revision import (
        AsyncImopenlinesRevision,
        BatchImopenlinesRevision,
        ImopenlinesRevision,
    )
    from b24client._api.imopenlines.session import (
        AsyncImopenlinesSession,
        BatchImopenlinesSession,
        ImopenlinesSession,
    )


class Imopenlines(Namespace):
    """Methods under ``imopenlines``."""

    __slots__ = ()

    @property
    def bot(self) -> ImopenlinesBot:
        """Methods under ``imopenlines.bot``."""
        from b24client._api.imopenlines.bot import ImopenlinesBot

        return ImopenlinesBot(self._backend)

    @property
    def config(self) -> ImopenlinesConfig:
        """Methods under ``imopenlines.config``."""
        from b24client._api.imopenlines.config import ImopenlinesConfig

        return ImopenlinesConfig(self._backend)

    @property
    def crm(self) -> ImopenlinesCrm:
        """Methods under ``imopenlines.crm``."""
        from b24client._api.imopenlines.crm import ImopenlinesCrm

        return ImopenlinesCrm(self._backend)

    @property
    def dialog(self) -> ImopenlinesDialog:
        """Methods under ``imopenlines.dialog``."""
        from b24client._api.imopenlines.dialog import ImopenlinesDialog

        return ImopenlinesDialog(self._backend)

    @property
    def message(self) -> ImopenlinesMessage:
        """Methods under ``imopenlines.message``."""
        from b24client._api.imopenlines.message import ImopenlinesMessage

        return ImopenlinesMessage(self._backend)

    @property
    def network(self) -> ImopenlinesNetwork:
        """Methods under ``imopenlines.network``."""
        from b24client._api.imopenlines.network import ImopenlinesNetwork

        return ImopenlinesNetwork(self._backend)

    @property
    def operator(self) -> ImopenlinesOperator:
        """Methods under ``imopenlines.operator``."""
        from b24client._api.imopenlines.operator import ImopenlinesOperator

        return ImopenlinesOperator(self._backend)

    @property
    def revision(self) -> ImopenlinesRevision:
        """Methods under ``imopenlines.revision``."""
        from b24client._api.imopenlines.revision import ImopenlinesRevision

        return ImopenlinesRevision(self._backend)

    @property
    def session(self) -> ImopenlinesSession:
        """Methods under ``imopenlines.session``."""
        from b24client._api.imopenlines.session import ImopenlinesSession

        return ImopenlinesSession(self._backend)


class AsyncImopenlines(Namespace):
    """Methods under ``imopenlines`` (async)."""

    __slots__ = ()

    @property
    def bot(self) -> AsyncImopenlinesBot:
        """Methods under ``imopenlines.bot``."""
        from b24client._api.imopenlines.bot import AsyncImopenlinesBot

        return AsyncImopenlinesBot(self._backend)

    @property
    def config(self) -> AsyncImopenlinesConfig:
        """Methods under ``imopenlines.config``."""
        from b24client._api.imopenlines.config import AsyncImopenlinesConfig

        return AsyncImopenlinesConfig(self._backend)

    @property
    def crm(self) -> AsyncImopenlinesCrm:
        """Methods under ``imopenlines.crm``."""
        from b24client._api.imopenlines.crm import AsyncImopenlinesCrm

        return AsyncImopenlinesCrm(self._backend)

    @property
    def dialog(self) -> AsyncImopenlinesDialog:
        """Methods under ``imopenlines.dialog``."""
        from b24client._api.imopenlines.dialog import AsyncImopenlinesDialog

        return AsyncImopenlinesDialog(self._backend)

    @property
    def message(self) -> AsyncImopenlinesMessage:
        """Methods under ``imopenlines.message``."""
        from b24client._api.imopenlines.message import AsyncImopenlinesMessage

        return AsyncImopenlinesMessage(self._backend)

    @property
    def network(self) -> AsyncImopenlinesNetwork:
        """Methods under ``imopenlines.network``."""
        from b24client._api.imopenlines.network import AsyncImopenlinesNetwork

        return AsyncImopenlinesNetwork(self._backend)

    @property
    def operator(self) -> AsyncImopenlinesOperator:
        """Methods under ``imopenlines.operator``."""
        from b24client._api.imopenlines.operator import AsyncImopenlinesOperator

        return AsyncImopenlinesOperator(self._backend)

    @property
    def revision(self) -> AsyncImopenlinesRevision:
        """Methods under ``imopenlines.revision``."""
        from b24client._api.imopenlines.revision import AsyncImopenlinesRevision

        return AsyncImopenlinesRevision(self._backend)

    @property
    def session(self) -> AsyncImopenlinesSession:
        """Methods under ``imopenlines.session``."""
        from b24client._api.imopenlines.session import AsyncImopenlinesSession

        return AsyncImopenlinesSession(self._backend)


class BatchImopenlines(Namespace):
    """Methods under ``imopenlines`` (queued into a batch)."""

    __slots__ = ()

    @property
    def bot(self) -> BatchImopenlinesBot:
        """Methods under ``imopenlines.bot``."""
        from b24client._api.imopenlines.bot import BatchImopenlinesBot

        return BatchImopenlinesBot(self._backend)

    @property
    def config(self) -> BatchImopenlinesConfig:
        """Methods under ``imopenlines.config``."""
        from b24client._api.imopenlines.config import BatchImopenlinesConfig

        return BatchImopenlinesConfig(self._backend)

    @property
    def crm(self) -> BatchImopenlinesCrm:
        """Methods under ``imopenlines.crm``."""
        from b24client._api.imopenlines.crm import BatchImopenlinesCrm

        return BatchImopenlinesCrm(self._backend)

    @property
    def dialog(self) -> BatchImopenlinesDialog:
        """Methods under ``imopenlines.dialog``."""
        from b24client._api.imopenlines.dialog import BatchImopenlinesDialog

        return BatchImopenlinesDialog(self._backend)

    @property
    def message(self) -> BatchImopenlinesMessage:
        """Methods under ``imopenlines.message``."""
        from b24client._api.imopenlines.message import BatchImopenlinesMessage

        return BatchImopenlinesMessage(self._backend)

    @property
    def network(self) -> BatchImopenlinesNetwork:
        """Methods under ``imopenlines.network``."""
        from b24client._api.imopenlines.network import BatchImopenlinesNetwork

        return BatchImopenlinesNetwork(self._backend)

    @property
    def operator(self) -> BatchImopenlinesOperator:
        """Methods under ``imopenlines.operator``."""
        from b24client._api.imopenlines.operator import BatchImopenlinesOperator

        return BatchImopenlinesOperator(self._backend)

    @property
    def revision(self) -> BatchImopenlinesRevision:
        """Methods under ``imopenlines.revision``."""
        from b24client._api.imopenlines.revision import BatchImopenlinesRevision

        return BatchImopenlinesRevision(self._backend)

    @property
    def session(self) -> BatchImopenlinesSession:
        """Methods under ``imopenlines.session``."""
        from b24client._api.imopenlines.session import BatchImopenlinesSession

        return BatchImopenlinesSession(self._backend)
