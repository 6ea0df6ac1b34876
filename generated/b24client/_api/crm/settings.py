"""Methods under ``crm.settings``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_CRM_SETTINGS_MODE_GET = MethodInfo(
    name="crm.settings.mode.get", idempotent=True, returns="integer", api=1
)


class CrmSettings(Namespace):
    """Methods under ``crm.settings``."""

    __slots__ = ()

    @property
    def mode(self) -> CrmSettingsMode:
        """Methods under ``crm.settings.mode``."""
        return CrmSettingsMode(self._backend)


class AsyncCrmSettings(Namespace):
    """Methods under ``crm.settings`` (async)."""

    __slots__ = ()

    @property
    def mode(self) -> AsyncCrmSettingsMode:
        """Methods under ``crm.settings.mode``."""
        return AsyncCrmSettingsMode(self._backend)


class BatchCrmSettings(Namespace):
    """Methods under ``crm.settings`` (queued into a batch)."""

    __slots__ = ()

    @property
    def mode(self) -> BatchCrmSettingsMode:
        """Methods under ``crm.settings.mode``."""
        return BatchCrmSettingsMode(self._backend)


class CrmSettingsMode(Namespace):
    """Methods under ``crm.settings.mode``."""

    __slots__ = ()

    def get(self) -> int:
        """Tell whether the CRM works in classic mode (with leads) or simple mode (without).

        Takes no parameters. The mode affects many CRM scenarios, for example whether incoming requests become leads.

        REST method: ``crm.settings.mode.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-settings-mode-get.html

        Returns:
            int

        Example:
            result = client.crm.settings.mode.get()
            result = await client.crm.settings.mode.get()  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_CRM_SETTINGS_MODE_GET, {}))


class AsyncCrmSettingsMode(Namespace):
    """Methods under ``crm.settings.mode`` (async)."""

    __slots__ = ()

    async def get(self) -> int:
        """Tell whether the CRM works in classic mode (with leads) or simple mode (without).

        Takes no parameters. The mode affects many CRM scenarios, for example whether incoming requests become leads.

        REST method: ``crm.settings.mode.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-settings-mode-get.html

        Returns:
            int

        Example:
            result = client.crm.settings.mode.get()
            result = await client.crm.settings.mode.get()  # AsyncBitrix24
        """
        return cast(int, await self._backend._invoke(_CRM_SETTINGS_MODE_GET, {}))


class BatchCrmSettingsMode(Namespace):
    """Methods under ``crm.settings.mode`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[int]:
        """Tell whether the CRM works in classic mode (with leads) or simple mode (without).

        Takes no parameters. The mode affects many CRM scenarios, for example whether incoming requests become leads.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.settings.mode.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-settings-mode-get.html

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.settings.mode.get()
        """
        return cast(
            "BatchCommand[int]", self._backend._invoke(_CRM_SETTINGS_MODE_GET, {})
        )
