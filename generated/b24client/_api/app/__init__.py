"""Methods under ``app``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.app import AppInfoResult
    from b24client._api.app.option import AppOption, AsyncAppOption, BatchAppOption

_APP_INFO = MethodInfo(name="app.info", idempotent=True, returns="any", api=1)


class App(Namespace):
    """Methods under ``app``."""

    __slots__ = ()

    @property
    def option(self) -> AppOption:
        """Methods under ``app.option``."""
        from b24client._api.app.option import AppOption

        return AppOption(self._backend)

    def info(self) -> AppInfoResult:
        """Show the calling application's install, version and license status.

        When the paid or trial period ends, the app keeps working for a grace period, then switches to demo mode.

        REST method: ``app.info``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/app-info.html

        Returns:
            AppInfoResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.app.info()
            result = await client.app.info()  # AsyncBitrix24
        """
        return cast("AppInfoResult", self._backend._invoke(_APP_INFO, {}))


class AsyncApp(Namespace):
    """Methods under ``app`` (async)."""

    __slots__ = ()

    @property
    def option(self) -> AsyncAppOption:
        """Methods under ``app.option``."""
        from b24client._api.app.option import AsyncAppOption

        return AsyncAppOption(self._backend)

    async def info(self) -> AppInfoResult:
        """Show the calling application's install, version and license status.

        When the paid or trial period ends, the app keeps working for a grace period, then switches to demo mode.

        REST method: ``app.info``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/app-info.html

        Returns:
            AppInfoResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.app.info()
            result = await client.app.info()  # AsyncBitrix24
        """
        return cast("AppInfoResult", await self._backend._invoke(_APP_INFO, {}))


class BatchApp(Namespace):
    """Methods under ``app`` (queued into a batch)."""

    __slots__ = ()

    @property
    def option(self) -> BatchAppOption:
        """Methods under ``app.option``."""
        from b24client._api.app.option import BatchAppOption

        return BatchAppOption(self._backend)

    def info(self) -> BatchCommand[AppInfoResult]:
        """Show the calling application's install, version and license status.

        When the paid or trial period ends, the app keeps working for a grace period, then switches to demo mode.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``app.info``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/app-info.html

        Returns:
            BatchCommand[AppInfoResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.app.info()
        """
        return cast("BatchCommand[AppInfoResult]", self._backend._invoke(_APP_INFO, {}))
