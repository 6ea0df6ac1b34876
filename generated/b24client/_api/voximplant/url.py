"""Methods under ``voximplant.url``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.voximplant import VoximplantUrl as _VoximplantUrl

_VOXIMPLANT_URL_GET = MethodInfo(
    name="voximplant.url.get", idempotent=True, returns="any", api=1
)


class VoximplantUrl(Namespace):
    """Methods under ``voximplant.url``."""

    __slots__ = ()

    def get(self) -> _VoximplantUrl:
        """Get links to the telephony pages: statistics, line list, line settings, connector purchase.

        REST method: ``voximplant.url.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-url-get.html

        Returns:
            VoximplantUrl

        Example:
            result = client.voximplant.url.get()
            result = await client.voximplant.url.get()  # AsyncBitrix24
        """
        return cast("_VoximplantUrl", self._backend._invoke(_VOXIMPLANT_URL_GET, {}))


class AsyncVoximplantUrl(Namespace):
    """Methods under ``voximplant.url`` (async)."""

    __slots__ = ()

    async def get(self) -> _VoximplantUrl:
        """Get links to the telephony pages: statistics, line list, line settings, connector purchase.

        REST method: ``voximplant.url.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-url-get.html

        Returns:
            VoximplantUrl

        Example:
            result = client.voximplant.url.get()
            result = await client.voximplant.url.get()  # AsyncBitrix24
        """
        return cast(
            "_VoximplantUrl", await self._backend._invoke(_VOXIMPLANT_URL_GET, {})
        )


class BatchVoximplantUrl(Namespace):
    """Methods under ``voximplant.url`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_VoximplantUrl]:
        """Get links to the telephony pages: statistics, line list, line settings, connector purchase.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.url.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-url-get.html

        Returns:
            BatchCommand[VoximplantUrl]

        Example:
            command = batch.voximplant.url.get()
        """
        return cast(
            "BatchCommand[_VoximplantUrl]",
            self._backend._invoke(_VOXIMPLANT_URL_GET, {}),
        )
