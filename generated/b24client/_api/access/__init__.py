"""Methods under ``access``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.access import AccessNameResult

_ACCESS_NAME = MethodInfo(name="access.name", idempotent=False, returns="any", api=1)


class Access(Namespace):
    """Methods under ``access``."""

    __slots__ = ()

    def name(self, *, access: Sequence[str]) -> AccessNameResult:
        """Resolve access codes such as "U1" or "G2" into readable names.

        Returns false when ACCESS is missing or empty; codes unknown to the portal are left out of the result.

        REST method: ``access.name``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/access-name.html

        Args:
            access: Access codes to resolve: "U<id>" for a user, "G<id>" for a user group, "AU" for all authorized users. Wire name: ``ACCESS``.

        Returns:
            AccessNameResult

        Example:
            result = client.access.name(access=["example"])
            result = await client.access.name(access=["example"])  # AsyncBitrix24
        """
        return cast(
            "AccessNameResult", self._backend._invoke(_ACCESS_NAME, {"ACCESS": access})
        )


class AsyncAccess(Namespace):
    """Methods under ``access`` (async)."""

    __slots__ = ()

    async def name(self, *, access: Sequence[str]) -> AccessNameResult:
        """Resolve access codes such as "U1" or "G2" into readable names.

        Returns false when ACCESS is missing or empty; codes unknown to the portal are left out of the result.

        REST method: ``access.name``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/access-name.html

        Args:
            access: Access codes to resolve: "U<id>" for a user, "G<id>" for a user group, "AU" for all authorized users. Wire name: ``ACCESS``.

        Returns:
            AccessNameResult

        Example:
            result = client.access.name(access=["example"])
            result = await client.access.name(access=["example"])  # AsyncBitrix24
        """
        return cast(
            "AccessNameResult",
            await self._backend._invoke(_ACCESS_NAME, {"ACCESS": access}),
        )


class BatchAccess(Namespace):
    """Methods under ``access`` (queued into a batch)."""

    __slots__ = ()

    def name(self, *, access: Sequence[str] | Ref) -> BatchCommand[AccessNameResult]:
        """Resolve access codes such as "U1" or "G2" into readable names.

        Returns false when ACCESS is missing or empty; codes unknown to the portal are left out of the result.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``access.name``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/access-name.html

        Args:
            access: Access codes to resolve: "U<id>" for a user, "G<id>" for a user group, "AU" for all authorized users. Wire name: ``ACCESS``.

        Returns:
            BatchCommand[AccessNameResult]

        Example:
            command = batch.access.name(access=["example"])
        """
        return cast(
            "BatchCommand[AccessNameResult]",
            self._backend._invoke(_ACCESS_NAME, {"ACCESS": access}),
        )
