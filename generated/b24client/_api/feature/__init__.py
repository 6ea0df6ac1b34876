"""Methods under ``feature``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.feature import Feature as _Feature

_FEATURE_GET = MethodInfo(name="feature.get", idempotent=True, returns="any", api=1)


class Feature(Namespace):
    """Methods under ``feature``."""

    __slots__ = ()

    def get(self, *, code: str) -> _Feature:
        """Check whether an optional REST capability is available on this portal.

        REST method: ``feature.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/feature-get.html

        Args:
            code: Capability key: "rest_offline_extended" (offline events) or "rest_auth_connector" (the auth_connector key in events). Wire name: ``CODE``.

        Returns:
            Feature

        Example:
            result = client.feature.get(code="example_code")
            result = await client.feature.get(code="example_code")  # AsyncBitrix24
        """
        return cast("_Feature", self._backend._invoke(_FEATURE_GET, {"CODE": code}))


class AsyncFeature(Namespace):
    """Methods under ``feature`` (async)."""

    __slots__ = ()

    async def get(self, *, code: str) -> _Feature:
        """Check whether an optional REST capability is available on this portal.

        REST method: ``feature.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/feature-get.html

        Args:
            code: Capability key: "rest_offline_extended" (offline events) or "rest_auth_connector" (the auth_connector key in events). Wire name: ``CODE``.

        Returns:
            Feature

        Example:
            result = client.feature.get(code="example_code")
            result = await client.feature.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "_Feature", await self._backend._invoke(_FEATURE_GET, {"CODE": code})
        )


class BatchFeature(Namespace):
    """Methods under ``feature`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, code: str | Ref) -> BatchCommand[_Feature]:
        """Check whether an optional REST capability is available on this portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``feature.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/feature-get.html

        Args:
            code: Capability key: "rest_offline_extended" (offline events) or "rest_auth_connector" (the auth_connector key in events). Wire name: ``CODE``.

        Returns:
            BatchCommand[Feature]

        Example:
            command = batch.feature.get(code="example_code")
        """
        return cast(
            "BatchCommand[_Feature]",
            self._backend._invoke(_FEATURE_GET, {"CODE": code}),
        )
