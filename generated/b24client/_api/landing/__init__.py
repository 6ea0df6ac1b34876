"""Methods under ``landing``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.landing.block import (
        AsyncLandingBlock,
        BatchLandingBlock,
        LandingBlock,
    )
    from b24client._api.landing.demos import (
        AsyncLandingDemos,
        BatchLandingDemos,
        LandingDemos,
    )
    from b24client._api.landing.landing import (
        AsyncLandingLanding,
        BatchLandingLanding,
        LandingLanding,
    )
    from b24client._api.landing.repo import (
        AsyncLandingRepo,
        BatchLandingRepo,
        LandingRepo,
    )
    from b24client._api.landing.repowidget import (
        AsyncLandingRepowidget,
        BatchLandingRepowidget,
        LandingRepowidget,
    )
    from b24client._api.landing.role import (
        AsyncLandingRole,
        BatchLandingRole,
        LandingRole,
    )
    from b24client._api.landing.site import (
        AsyncLandingSite,
        BatchLandingSite,
        LandingSite,
    )
    from b24client._api.landing.syspage import (
        AsyncLandingSyspage,
        BatchLandingSyspage,
        LandingSyspage,
    )
    from b24client._api.landing.template import (
        AsyncLandingTemplate,
        BatchLandingTemplate,
        LandingTemplate,
    )


class Landing(Namespace):
    """Methods under ``landing``."""

    __slots__ = ()

    @property
    def block(self) -> LandingBlock:
        """Methods under ``landing.block``."""
        from b24client._api.landing.block import LandingBlock

        return LandingBlock(self._backend)

    @property
    def demos(self) -> LandingDemos:
        """Methods under ``landing.demos``."""
        from b24client._api.landing.demos import LandingDemos

        return LandingDemos(self._backend)

    @property
    def landing(self) -> LandingLanding:
        """Methods under ``landing.landing``."""
        from b24client._api.landing.landing import LandingLanding

        return LandingLanding(self._backend)

    @property
    def repo(self) -> LandingRepo:
        """Methods under ``landing.repo``."""
        from b24client._api.landing.repo import LandingRepo

        return LandingRepo(self._backend)

    @property
    def repowidget(self) -> LandingRepowidget:
        """Methods under ``landing.repowidget``."""
        from b24client._api.landing.repowidget import LandingRepowidget

        return LandingRepowidget(self._backend)

    @property
    def role(self) -> LandingRole:
        """Methods under ``landing.role``."""
        from b24client._api.landing.role import LandingRole

        return LandingRole(self._backend)

    @property
    def site(self) -> LandingSite:
        """Methods under ``landing.site``."""
        from b24client._api.landing.site import LandingSite

        return LandingSite(self._backend)

    @property
    def syspage(self) -> LandingSyspage:
        """Methods under ``landing.syspage``."""
        from b24client._api.landing.syspage import LandingSyspage

        return LandingSyspage(self._backend)

    @property
    def template(self) -> LandingTemplate:
        """Methods under ``landing.template``."""
        from b24client._api.landing.template import LandingTemplate

        return LandingTemplate(self._backend)


class AsyncLanding(Namespace):
    """Methods under ``landing`` (async)."""

    __slots__ = ()

    @property
    def block(self) -> AsyncLandingBlock:
        """Methods under ``landing.block``."""
        from b24client._api.landing.block import AsyncLandingBlock

        return AsyncLandingBlock(self._backend)

    @property
    def demos(self) -> AsyncLandingDemos:
        """Methods under ``landing.demos``."""
        from b24client._api.landing.demos import AsyncLandingDemos

        return AsyncLandingDemos(self._backend)

    @property
    def landing(self) -> AsyncLandingLanding:
        """Methods under ``landing.landing``."""
        from b24client._api.landing.landing import AsyncLandingLanding

        return AsyncLandingLanding(self._backend)

    @property
    def repo(self) -> AsyncLandingRepo:
        """Methods under ``landing.repo``."""
        from b24client._api.landing.repo import AsyncLandingRepo

        return AsyncLandingRepo(self._backend)

    @property
    def repowidget(self) -> AsyncLandingRepowidget:
        """Methods under ``landing.repowidget``."""
        from b24client._api.landing.repowidget import AsyncLandingRepowidget

        return AsyncLandingRepowidget(self._backend)

    @property
    def role(self) -> AsyncLandingRole:
        """Methods under ``landing.role``."""
        from b24client._api.landing.role import AsyncLandingRole

        return AsyncLandingRole(self._backend)

    @property
    def site(self) -> AsyncLandingSite:
        """Methods under ``landing.site``."""
        from b24client._api.landing.site import AsyncLandingSite

        return AsyncLandingSite(self._backend)

    @property
    def syspage(self) -> AsyncLandingSyspage:
        """Methods under ``landing.syspage``."""
        from b24client._api.landing.syspage import AsyncLandingSyspage

        return AsyncLandingSyspage(self._backend)

    @property
    def template(self) -> AsyncLandingTemplate:
        """Methods under ``landing.template``."""
        from b24client._api.landing.template import AsyncLandingTemplate

        return AsyncLandingTemplate(self._backend)


class BatchLanding(Namespace):
    """Methods under ``landing`` (queued into a batch)."""

    __slots__ = ()

    @property
    def block(self) -> BatchLandingBlock:
        """Methods under ``landing.block``."""
        from b24client._api.landing.block import BatchLandingBlock

        return BatchLandingBlock(self._backend)

    @property
    def demos(self) -> BatchLandingDemos:
        """Methods under ``landing.demos``."""
        from b24client._api.landing.demos import BatchLandingDemos

        return BatchLandingDemos(self._backend)

    @property
    def landing(self) -> BatchLandingLanding:
        """Methods under ``landing.landing``."""
        from b24client._api.landing.landing import BatchLandingLanding

        return BatchLandingLanding(self._backend)

    @property
    def repo(self) -> BatchLandingRepo:
        """Methods under ``landing.repo``."""
        from b24client._api.landing.repo import BatchLandingRepo

        return BatchLandingRepo(self._backend)

    @property
    def repowidget(self) -> BatchLandingRepowidget:
        """Methods under ``landing.repowidget``."""
        from b24client._api.landing.repowidget import BatchLandingRepowidget

        return BatchLandingRepowidget(self._backend)

    @property
    def role(self) -> BatchLandingRole:
        """Methods under ``landing.role``."""
        from b24client._api.landing.role import BatchLandingRole

        return BatchLandingRole(self._backend)

    @property
    def site(self) -> BatchLandingSite:
        """Methods under ``landing.site``."""
        from b24client._api.landing.site import BatchLandingSite

        return BatchLandingSite(self._backend)

    @property
    def syspage(self) -> BatchLandingSyspage:
        """Methods under ``landing.syspage``."""
        from b24client._api.landing.syspage import BatchLandingSyspage

        return BatchLandingSyspage(self._backend)

    @property
    def template(self) -> BatchLandingTemplate:
        """Methods under ``landing.template``."""
        from b24client._api.landing.template import BatchLandingTemplate

        return BatchLandingTemplate(self._backend)
