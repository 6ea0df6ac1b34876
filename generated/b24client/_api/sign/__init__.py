"""Methods under ``sign``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.sign.b2e import AsyncSignB2e, BatchSignB2e, SignB2e


class Sign(Namespace):
    """Methods under ``sign``."""

    __slots__ = ()

    @property
    def b2e(self) -> SignB2e:
        """Methods under ``sign.b2e``."""
        from b24client._api.sign.b2e import SignB2e

        return SignB2e(self._backend)


class AsyncSign(Namespace):
    """Methods under ``sign`` (async)."""

    __slots__ = ()

    @property
    def b2e(self) -> AsyncSignB2e:
        """Methods under ``sign.b2e``."""
        from b24client._api.sign.b2e import AsyncSignB2e

        return AsyncSignB2e(self._backend)


class BatchSign(Namespace):
    """Methods under ``sign`` (queued into a batch)."""

    __slots__ = ()

    @property
    def b2e(self) -> BatchSignB2e:
        """Methods under ``sign.b2e``."""
        from b24client._api.sign.b2e import BatchSignB2e

        return BatchSignB2e(self._backend)
