"""Methods under ``socialnetwork``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.socialnetwork.api import (
        AsyncSocialnetworkApi,
        BatchSocialnetworkApi,
        SocialnetworkApi,
    )


class Socialnetwork(Namespace):
    """Methods under ``socialnetwork``."""

    __slots__ = ()

    @property
    def api(self) -> SocialnetworkApi:
        """Methods under ``socialnetwork.api``."""
        from b24client._api.socialnetwork.api import SocialnetworkApi

        return SocialnetworkApi(self._backend)


class AsyncSocialnetwork(Namespace):
    """Methods under ``socialnetwork`` (async)."""

    __slots__ = ()

    @property
    def api(self) -> AsyncSocialnetworkApi:
        """Methods under ``socialnetwork.api``."""
        from b24client._api.socialnetwork.api import AsyncSocialnetworkApi

        return AsyncSocialnetworkApi(self._backend)


class BatchSocialnetwork(Namespace):
    """Methods under ``socialnetwork`` (queued into a batch)."""

    __slots__ = ()

    @property
    def api(self) -> BatchSocialnetworkApi:
        """Methods under ``socialnetwork.api``."""
        from b24client._api.socialnetwork.api import BatchSocialnetworkApi

        return BatchSocialnetworkApi(self._backend)
