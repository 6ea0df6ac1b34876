"""Methods under ``crm.enum``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import (
        CrmEnumActivitydirectionResult,
        CrmEnumActivitynotifytypeResult,
        CrmEnumActivitypriorityResult,
        CrmEnumActivitystatusResult,
        CrmEnumActivitytypeResult,
        CrmEnumAddresstypeResult,
        CrmEnumContenttypeResult,
        CrmEnumFieldsResult,
        CrmEnumGetorderownertypesResult,
        CrmEnumOwnertypeResult,
        CrmEnumSettingsModeResult,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_ENUM_ACTIVITYDIRECTION = MethodInfo(
    name="crm.enum.activitydirection", idempotent=False, returns="any", api=1
)
_CRM_ENUM_ACTIVITYNOTIFYTYPE = MethodInfo(
    name="crm.enum.activitynotifytype", idempotent=False, returns="any", api=1
)
_CRM_ENUM_ACTIVITYPRIORITY = MethodInfo(
    name="crm.enum.activitypriority", idempotent=False, returns="any", api=1
)
_CRM_ENUM_ACTIVITYSTATUS = MethodInfo(
    name="crm.enum.activitystatus", idempotent=False, returns="any", api=1
)
_CRM_ENUM_ACTIVITYTYPE = MethodInfo(
    name="crm.enum.activitytype", idempotent=False, returns="any", api=1
)
_CRM_ENUM_ADDRESSTYPE = MethodInfo(
    name="crm.enum.addresstype", idempotent=False, returns="any", api=1
)
_CRM_ENUM_CONTENTTYPE = MethodInfo(
    name="crm.enum.contenttype", idempotent=False, returns="any", api=1
)
_CRM_ENUM_FIELDS = MethodInfo(
    name="crm.enum.fields", idempotent=True, returns="any", api=1
)
_CRM_ENUM_GETORDEROWNERTYPES = MethodInfo(
    name="crm.enum.getorderownertypes", idempotent=True, returns="any", api=1
)
_CRM_ENUM_OWNERTYPE = MethodInfo(
    name="crm.enum.ownertype", idempotent=False, returns="any", api=1
)
_CRM_ENUM_SETTINGS_MODE = MethodInfo(
    name="crm.enum.settings.mode", idempotent=False, returns="any", api=1
)


class CrmEnum(Namespace):
    """Methods under ``crm.enum``."""

    __slots__ = ()

    @property
    def settings(self) -> CrmEnumSettings:
        """Methods under ``crm.enum.settings``."""
        return CrmEnumSettings(self._backend)

    @deprecated("The REST method crm.enum.activitydirection is deprecated.")
    def activitydirection(self) -> list[CrmEnumActivitydirectionResult]:
        """List activity direction values: incoming or outgoing.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitydirection``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-direction.html

        Returns:
            list[CrmEnumActivitydirectionResult]

        Example:
            result = client.crm.enum.activitydirection()
            result = await client.crm.enum.activitydirection()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitydirectionResult]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYDIRECTION, {}),
        )

    @deprecated("The REST method crm.enum.activitynotifytype is deprecated.")
    def activitynotifytype(self) -> list[CrmEnumActivitynotifytypeResult]:
        """List the reminder time units of activities: minutes, hours, days.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitynotifytype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-notify-type.html

        Returns:
            list[CrmEnumActivitynotifytypeResult]

        Example:
            result = client.crm.enum.activitynotifytype()
            result = await client.crm.enum.activitynotifytype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitynotifytypeResult]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYNOTIFYTYPE, {}),
        )

    @deprecated("The REST method crm.enum.activitypriority is deprecated.")
    def activitypriority(self) -> list[CrmEnumActivitypriorityResult]:
        """List activity priority values: low, medium, high.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitypriority``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-priority.html

        Returns:
            list[CrmEnumActivitypriorityResult]

        Example:
            result = client.crm.enum.activitypriority()
            result = await client.crm.enum.activitypriority()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitypriorityResult]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYPRIORITY, {}),
        )

    @deprecated("The REST method crm.enum.activitystatus is deprecated.")
    def activitystatus(self) -> list[CrmEnumActivitystatusResult]:
        """List activity status values: waiting, completed, auto-completed.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitystatus``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-status.html

        Returns:
            list[CrmEnumActivitystatusResult]

        Example:
            result = client.crm.enum.activitystatus()
            result = await client.crm.enum.activitystatus()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitystatusResult]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYSTATUS, {}),
        )

    @deprecated("The REST method crm.enum.activitytype is deprecated.")
    def activitytype(self) -> list[CrmEnumActivitytypeResult]:
        """List activity type values such as meeting, call, task and e-mail.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitytype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-type.html

        Returns:
            list[CrmEnumActivitytypeResult]

        Example:
            result = client.crm.enum.activitytype()
            result = await client.crm.enum.activitytype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitytypeResult]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYTYPE, {}),
        )

    def addresstype(self) -> list[CrmEnumAddresstypeResult]:
        """List the address kinds a requisite can hold, such as actual, legal or delivery address.

        REST method: ``crm.enum.addresstype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-address-type.html

        Returns:
            list[CrmEnumAddresstypeResult]

        Example:
            result = client.crm.enum.addresstype()
            result = await client.crm.enum.addresstype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumAddresstypeResult]",
            self._backend._invoke(_CRM_ENUM_ADDRESSTYPE, {}),
        )

    @deprecated("The REST method crm.enum.contenttype is deprecated.")
    def contenttype(self) -> list[CrmEnumContenttypeResult]:
        """List text format values for descriptions: plain text, BBCode, HTML.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.contenttype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-content-type.html

        Returns:
            list[CrmEnumContenttypeResult]

        Example:
            result = client.crm.enum.contenttype()
            result = await client.crm.enum.contenttype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumContenttypeResult]",
            self._backend._invoke(_CRM_ENUM_CONTENTTYPE, {}),
        )

    def fields(self) -> CrmEnumFieldsResult:
        """Describe the fields every CRM reference list entry has.

        REST method: ``crm.enum.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-fields.html

        Returns:
            CrmEnumFieldsResult

        Example:
            result = client.crm.enum.fields()
            result = await client.crm.enum.fields()  # AsyncBitrix24
        """
        return cast("CrmEnumFieldsResult", self._backend._invoke(_CRM_ENUM_FIELDS, {}))

    def getorderownertypes(self) -> list[CrmEnumGetorderownertypesResult]:
        """List the CRM object types an order can be bound to.

        For now orders can be bound to deals only.

        REST method: ``crm.enum.getorderownertypes``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-get-order-owner-types.html

        Returns:
            list[CrmEnumGetorderownertypesResult]

        Example:
            result = client.crm.enum.getorderownertypes()
            result = await client.crm.enum.getorderownertypes()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumGetorderownertypesResult]",
            self._backend._invoke(_CRM_ENUM_GETORDEROWNERTYPES, {}),
        )

    def ownertype(self) -> list[CrmEnumOwnertypeResult]:
        """List CRM object types with their numeric IDs and codes, smart processes included.

        REST method: ``crm.enum.ownertype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-owner-type.html

        Returns:
            list[CrmEnumOwnertypeResult]

        Example:
            result = client.crm.enum.ownertype()
            result = await client.crm.enum.ownertype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumOwnertypeResult]",
            self._backend._invoke(_CRM_ENUM_OWNERTYPE, {}),
        )


class AsyncCrmEnum(Namespace):
    """Methods under ``crm.enum`` (async)."""

    __slots__ = ()

    @property
    def settings(self) -> AsyncCrmEnumSettings:
        """Methods under ``crm.enum.settings``."""
        return AsyncCrmEnumSettings(self._backend)

    @deprecated("The REST method crm.enum.activitydirection is deprecated.")
    async def activitydirection(self) -> list[CrmEnumActivitydirectionResult]:
        """List activity direction values: incoming or outgoing.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitydirection``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-direction.html

        Returns:
            list[CrmEnumActivitydirectionResult]

        Example:
            result = client.crm.enum.activitydirection()
            result = await client.crm.enum.activitydirection()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitydirectionResult]",
            await self._backend._invoke(_CRM_ENUM_ACTIVITYDIRECTION, {}),
        )

    @deprecated("The REST method crm.enum.activitynotifytype is deprecated.")
    async def activitynotifytype(self) -> list[CrmEnumActivitynotifytypeResult]:
        """List the reminder time units of activities: minutes, hours, days.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitynotifytype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-notify-type.html

        Returns:
            list[CrmEnumActivitynotifytypeResult]

        Example:
            result = client.crm.enum.activitynotifytype()
            result = await client.crm.enum.activitynotifytype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitynotifytypeResult]",
            await self._backend._invoke(_CRM_ENUM_ACTIVITYNOTIFYTYPE, {}),
        )

    @deprecated("The REST method crm.enum.activitypriority is deprecated.")
    async def activitypriority(self) -> list[CrmEnumActivitypriorityResult]:
        """List activity priority values: low, medium, high.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitypriority``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-priority.html

        Returns:
            list[CrmEnumActivitypriorityResult]

        Example:
            result = client.crm.enum.activitypriority()
            result = await client.crm.enum.activitypriority()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitypriorityResult]",
            await self._backend._invoke(_CRM_ENUM_ACTIVITYPRIORITY, {}),
        )

    @deprecated("The REST method crm.enum.activitystatus is deprecated.")
    async def activitystatus(self) -> list[CrmEnumActivitystatusResult]:
        """List activity status values: waiting, completed, auto-completed.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitystatus``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-status.html

        Returns:
            list[CrmEnumActivitystatusResult]

        Example:
            result = client.crm.enum.activitystatus()
            result = await client.crm.enum.activitystatus()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitystatusResult]",
            await self._backend._invoke(_CRM_ENUM_ACTIVITYSTATUS, {}),
        )

    @deprecated("The REST method crm.enum.activitytype is deprecated.")
    async def activitytype(self) -> list[CrmEnumActivitytypeResult]:
        """List activity type values such as meeting, call, task and e-mail.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.activitytype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-type.html

        Returns:
            list[CrmEnumActivitytypeResult]

        Example:
            result = client.crm.enum.activitytype()
            result = await client.crm.enum.activitytype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumActivitytypeResult]",
            await self._backend._invoke(_CRM_ENUM_ACTIVITYTYPE, {}),
        )

    async def addresstype(self) -> list[CrmEnumAddresstypeResult]:
        """List the address kinds a requisite can hold, such as actual, legal or delivery address.

        REST method: ``crm.enum.addresstype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-address-type.html

        Returns:
            list[CrmEnumAddresstypeResult]

        Example:
            result = client.crm.enum.addresstype()
            result = await client.crm.enum.addresstype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumAddresstypeResult]",
            await self._backend._invoke(_CRM_ENUM_ADDRESSTYPE, {}),
        )

    @deprecated("The REST method crm.enum.contenttype is deprecated.")
    async def contenttype(self) -> list[CrmEnumContenttypeResult]:
        """List text format values for descriptions: plain text, BBCode, HTML.

        Deprecated reference list.

        Deprecated.

        REST method: ``crm.enum.contenttype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-content-type.html

        Returns:
            list[CrmEnumContenttypeResult]

        Example:
            result = client.crm.enum.contenttype()
            result = await client.crm.enum.contenttype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumContenttypeResult]",
            await self._backend._invoke(_CRM_ENUM_CONTENTTYPE, {}),
        )

    async def fields(self) -> CrmEnumFieldsResult:
        """Describe the fields every CRM reference list entry has.

        REST method: ``crm.enum.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-fields.html

        Returns:
            CrmEnumFieldsResult

        Example:
            result = client.crm.enum.fields()
            result = await client.crm.enum.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmEnumFieldsResult", await self._backend._invoke(_CRM_ENUM_FIELDS, {})
        )

    async def getorderownertypes(self) -> list[CrmEnumGetorderownertypesResult]:
        """List the CRM object types an order can be bound to.

        For now orders can be bound to deals only.

        REST method: ``crm.enum.getorderownertypes``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-get-order-owner-types.html

        Returns:
            list[CrmEnumGetorderownertypesResult]

        Example:
            result = client.crm.enum.getorderownertypes()
            result = await client.crm.enum.getorderownertypes()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumGetorderownertypesResult]",
            await self._backend._invoke(_CRM_ENUM_GETORDEROWNERTYPES, {}),
        )

    async def ownertype(self) -> list[CrmEnumOwnertypeResult]:
        """List CRM object types with their numeric IDs and codes, smart processes included.

        REST method: ``crm.enum.ownertype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-owner-type.html

        Returns:
            list[CrmEnumOwnertypeResult]

        Example:
            result = client.crm.enum.ownertype()
            result = await client.crm.enum.ownertype()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumOwnertypeResult]",
            await self._backend._invoke(_CRM_ENUM_OWNERTYPE, {}),
        )


class BatchCrmEnum(Namespace):
    """Methods under ``crm.enum`` (queued into a batch)."""

    __slots__ = ()

    @property
    def settings(self) -> BatchCrmEnumSettings:
        """Methods under ``crm.enum.settings``."""
        return BatchCrmEnumSettings(self._backend)

    @deprecated("The REST method crm.enum.activitydirection is deprecated.")
    def activitydirection(self) -> BatchCommand[list[CrmEnumActivitydirectionResult]]:
        """List activity direction values: incoming or outgoing.

        Deprecated reference list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.activitydirection``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-direction.html

        Returns:
            BatchCommand[list[CrmEnumActivitydirectionResult]]

        Example:
            command = batch.crm.enum.activitydirection()
        """
        return cast(
            "BatchCommand[list[CrmEnumActivitydirectionResult]]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYDIRECTION, {}),
        )

    @deprecated("The REST method crm.enum.activitynotifytype is deprecated.")
    def activitynotifytype(self) -> BatchCommand[list[CrmEnumActivitynotifytypeResult]]:
        """List the reminder time units of activities: minutes, hours, days.

        Deprecated reference list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.activitynotifytype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-notify-type.html

        Returns:
            BatchCommand[list[CrmEnumActivitynotifytypeResult]]

        Example:
            command = batch.crm.enum.activitynotifytype()
        """
        return cast(
            "BatchCommand[list[CrmEnumActivitynotifytypeResult]]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYNOTIFYTYPE, {}),
        )

    @deprecated("The REST method crm.enum.activitypriority is deprecated.")
    def activitypriority(self) -> BatchCommand[list[CrmEnumActivitypriorityResult]]:
        """List activity priority values: low, medium, high.

        Deprecated reference list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.activitypriority``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-priority.html

        Returns:
            BatchCommand[list[CrmEnumActivitypriorityResult]]

        Example:
            command = batch.crm.enum.activitypriority()
        """
        return cast(
            "BatchCommand[list[CrmEnumActivitypriorityResult]]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYPRIORITY, {}),
        )

    @deprecated("The REST method crm.enum.activitystatus is deprecated.")
    def activitystatus(self) -> BatchCommand[list[CrmEnumActivitystatusResult]]:
        """List activity status values: waiting, completed, auto-completed.

        Deprecated reference list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.activitystatus``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-status.html

        Returns:
            BatchCommand[list[CrmEnumActivitystatusResult]]

        Example:
            command = batch.crm.enum.activitystatus()
        """
        return cast(
            "BatchCommand[list[CrmEnumActivitystatusResult]]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYSTATUS, {}),
        )

    @deprecated("The REST method crm.enum.activitytype is deprecated.")
    def activitytype(self) -> BatchCommand[list[CrmEnumActivitytypeResult]]:
        """List activity type values such as meeting, call, task and e-mail.

        Deprecated reference list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.activitytype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-activity-type.html

        Returns:
            BatchCommand[list[CrmEnumActivitytypeResult]]

        Example:
            command = batch.crm.enum.activitytype()
        """
        return cast(
            "BatchCommand[list[CrmEnumActivitytypeResult]]",
            self._backend._invoke(_CRM_ENUM_ACTIVITYTYPE, {}),
        )

    def addresstype(self) -> BatchCommand[list[CrmEnumAddresstypeResult]]:
        """List the address kinds a requisite can hold, such as actual, legal or delivery address.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.addresstype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-address-type.html

        Returns:
            BatchCommand[list[CrmEnumAddresstypeResult]]

        Example:
            command = batch.crm.enum.addresstype()
        """
        return cast(
            "BatchCommand[list[CrmEnumAddresstypeResult]]",
            self._backend._invoke(_CRM_ENUM_ADDRESSTYPE, {}),
        )

    @deprecated("The REST method crm.enum.contenttype is deprecated.")
    def contenttype(self) -> BatchCommand[list[CrmEnumContenttypeResult]]:
        """List text format values for descriptions: plain text, BBCode, HTML.

        Deprecated reference list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.contenttype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/outdated/crm-enum-content-type.html

        Returns:
            BatchCommand[list[CrmEnumContenttypeResult]]

        Example:
            command = batch.crm.enum.contenttype()
        """
        return cast(
            "BatchCommand[list[CrmEnumContenttypeResult]]",
            self._backend._invoke(_CRM_ENUM_CONTENTTYPE, {}),
        )

    def fields(self) -> BatchCommand[CrmEnumFieldsResult]:
        """Describe the fields every CRM reference list entry has.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-fields.html

        Returns:
            BatchCommand[CrmEnumFieldsResult]

        Example:
            command = batch.crm.enum.fields()
        """
        return cast(
            "BatchCommand[CrmEnumFieldsResult]",
            self._backend._invoke(_CRM_ENUM_FIELDS, {}),
        )

    def getorderownertypes(self) -> BatchCommand[list[CrmEnumGetorderownertypesResult]]:
        """List the CRM object types an order can be bound to.

        For now orders can be bound to deals only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.getorderownertypes``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-get-order-owner-types.html

        Returns:
            BatchCommand[list[CrmEnumGetorderownertypesResult]]

        Example:
            command = batch.crm.enum.getorderownertypes()
        """
        return cast(
            "BatchCommand[list[CrmEnumGetorderownertypesResult]]",
            self._backend._invoke(_CRM_ENUM_GETORDEROWNERTYPES, {}),
        )

    def ownertype(self) -> BatchCommand[list[CrmEnumOwnertypeResult]]:
        """List CRM object types with their numeric IDs and codes, smart processes included.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.ownertype``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-owner-type.html

        Returns:
            BatchCommand[list[CrmEnumOwnertypeResult]]

        Example:
            command = batch.crm.enum.ownertype()
        """
        return cast(
            "BatchCommand[list[CrmEnumOwnertypeResult]]",
            self._backend._invoke(_CRM_ENUM_OWNERTYPE, {}),
        )


class CrmEnumSettings(Namespace):
    """Methods under ``crm.enum.settings``."""

    __slots__ = ()

    def mode(self) -> list[CrmEnumSettingsModeResult]:
        """List CRM operating modes to decode the value of crm.settings.mode.get.

        REST method: ``crm.enum.settings.mode``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-settings-mode.html

        Returns:
            list[CrmEnumSettingsModeResult]

        Example:
            result = client.crm.enum.settings.mode()
            result = await client.crm.enum.settings.mode()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumSettingsModeResult]",
            self._backend._invoke(_CRM_ENUM_SETTINGS_MODE, {}),
        )


class AsyncCrmEnumSettings(Namespace):
    """Methods under ``crm.enum.settings`` (async)."""

    __slots__ = ()

    async def mode(self) -> list[CrmEnumSettingsModeResult]:
        """List CRM operating modes to decode the value of crm.settings.mode.get.

        REST method: ``crm.enum.settings.mode``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-settings-mode.html

        Returns:
            list[CrmEnumSettingsModeResult]

        Example:
            result = client.crm.enum.settings.mode()
            result = await client.crm.enum.settings.mode()  # AsyncBitrix24
        """
        return cast(
            "list[CrmEnumSettingsModeResult]",
            await self._backend._invoke(_CRM_ENUM_SETTINGS_MODE, {}),
        )


class BatchCrmEnumSettings(Namespace):
    """Methods under ``crm.enum.settings`` (queued into a batch)."""

    __slots__ = ()

    def mode(self) -> BatchCommand[list[CrmEnumSettingsModeResult]]:
        """List CRM operating modes to decode the value of crm.settings.mode.get.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.enum.settings.mode``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/enum/crm-enum-settings-mode.html

        Returns:
            BatchCommand[list[CrmEnumSettingsModeResult]]

        Example:
            command = batch.crm.enum.settings.mode()
        """
        return cast(
            "BatchCommand[list[CrmEnumSettingsModeResult]]",
            self._backend._invoke(_CRM_ENUM_SETTINGS_MODE, {}),
        )
