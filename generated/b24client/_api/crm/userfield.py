"""Methods under ``crm.userfield``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmUserfieldEnumerationFieldsResult,
        CrmUserfieldFieldsResult,
        CrmUserfieldSettingsFieldsResult,
        CrmUserfieldTypesResult,
    )

_CRM_USERFIELD_FIELDS = MethodInfo(
    name="crm.userfield.fields", idempotent=True, returns="any", api=1
)
_CRM_USERFIELD_TYPES = MethodInfo(
    name="crm.userfield.types", idempotent=False, returns="any", api=1
)
_CRM_USERFIELD_ENUMERATION_FIELDS = MethodInfo(
    name="crm.userfield.enumeration.fields", idempotent=True, returns="any", api=1
)
_CRM_USERFIELD_SETTINGS_FIELDS = MethodInfo(
    name="crm.userfield.settings.fields", idempotent=True, returns="any", api=1
)


class CrmUserfield(Namespace):
    """Methods under ``crm.userfield``."""

    __slots__ = ()

    @property
    def enumeration(self) -> CrmUserfieldEnumeration:
        """Methods under ``crm.userfield.enumeration``."""
        return CrmUserfieldEnumeration(self._backend)

    @property
    def settings(self) -> CrmUserfieldSettings:
        """Methods under ``crm.userfield.settings``."""
        return CrmUserfieldSettings(self._backend)

    def fields(self) -> CrmUserfieldFieldsResult:
        """Describe the settings every CRM custom field has, for use in *.userfield.add.

        REST method: ``crm.userfield.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-fields.html

        Returns:
            CrmUserfieldFieldsResult

        Example:
            result = client.crm.userfield.fields()
            result = await client.crm.userfield.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmUserfieldFieldsResult", self._backend._invoke(_CRM_USERFIELD_FIELDS, {})
        )

    def types(self) -> list[CrmUserfieldTypesResult]:
        """List the data types a CRM custom field can have.

        REST method: ``crm.userfield.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-types.html

        Returns:
            list[CrmUserfieldTypesResult]

        Example:
            result = client.crm.userfield.types()
            result = await client.crm.userfield.types()  # AsyncBitrix24
        """
        return cast(
            "list[CrmUserfieldTypesResult]",
            self._backend._invoke(_CRM_USERFIELD_TYPES, {}),
        )


class AsyncCrmUserfield(Namespace):
    """Methods under ``crm.userfield`` (async)."""

    __slots__ = ()

    @property
    def enumeration(self) -> AsyncCrmUserfieldEnumeration:
        """Methods under ``crm.userfield.enumeration``."""
        return AsyncCrmUserfieldEnumeration(self._backend)

    @property
    def settings(self) -> AsyncCrmUserfieldSettings:
        """Methods under ``crm.userfield.settings``."""
        return AsyncCrmUserfieldSettings(self._backend)

    async def fields(self) -> CrmUserfieldFieldsResult:
        """Describe the settings every CRM custom field has, for use in *.userfield.add.

        REST method: ``crm.userfield.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-fields.html

        Returns:
            CrmUserfieldFieldsResult

        Example:
            result = client.crm.userfield.fields()
            result = await client.crm.userfield.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmUserfieldFieldsResult",
            await self._backend._invoke(_CRM_USERFIELD_FIELDS, {}),
        )

    async def types(self) -> list[CrmUserfieldTypesResult]:
        """List the data types a CRM custom field can have.

        REST method: ``crm.userfield.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-types.html

        Returns:
            list[CrmUserfieldTypesResult]

        Example:
            result = client.crm.userfield.types()
            result = await client.crm.userfield.types()  # AsyncBitrix24
        """
        return cast(
            "list[CrmUserfieldTypesResult]",
            await self._backend._invoke(_CRM_USERFIELD_TYPES, {}),
        )


class BatchCrmUserfield(Namespace):
    """Methods under ``crm.userfield`` (queued into a batch)."""

    __slots__ = ()

    @property
    def enumeration(self) -> BatchCrmUserfieldEnumeration:
        """Methods under ``crm.userfield.enumeration``."""
        return BatchCrmUserfieldEnumeration(self._backend)

    @property
    def settings(self) -> BatchCrmUserfieldSettings:
        """Methods under ``crm.userfield.settings``."""
        return BatchCrmUserfieldSettings(self._backend)

    def fields(self) -> BatchCommand[CrmUserfieldFieldsResult]:
        """Describe the settings every CRM custom field has, for use in *.userfield.add.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.userfield.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-fields.html

        Returns:
            BatchCommand[CrmUserfieldFieldsResult]

        Example:
            command = batch.crm.userfield.fields()
        """
        return cast(
            "BatchCommand[CrmUserfieldFieldsResult]",
            self._backend._invoke(_CRM_USERFIELD_FIELDS, {}),
        )

    def types(self) -> BatchCommand[list[CrmUserfieldTypesResult]]:
        """List the data types a CRM custom field can have.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.userfield.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-types.html

        Returns:
            BatchCommand[list[CrmUserfieldTypesResult]]

        Example:
            command = batch.crm.userfield.types()
        """
        return cast(
            "BatchCommand[list[CrmUserfieldTypesResult]]",
            self._backend._invoke(_CRM_USERFIELD_TYPES, {}),
        )


class CrmUserfieldEnumeration(Namespace):
    """Methods under ``crm.userfield.enumeration``."""

    __slots__ = ()

    def fields(self) -> CrmUserfieldEnumerationFieldsResult:
        """Describe the keys of options in list-type CRM custom fields.

        REST method: ``crm.userfield.enumeration.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-enumeration-fields.html

        Returns:
            CrmUserfieldEnumerationFieldsResult

        Example:
            result = client.crm.userfield.enumeration.fields()
            result = await client.crm.userfield.enumeration.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmUserfieldEnumerationFieldsResult",
            self._backend._invoke(_CRM_USERFIELD_ENUMERATION_FIELDS, {}),
        )


class AsyncCrmUserfieldEnumeration(Namespace):
    """Methods under ``crm.userfield.enumeration`` (async)."""

    __slots__ = ()

    async def fields(self) -> CrmUserfieldEnumerationFieldsResult:
        """Describe the keys of options in list-type CRM custom fields.

        REST method: ``crm.userfield.enumeration.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-enumeration-fields.html

        Returns:
            CrmUserfieldEnumerationFieldsResult

        Example:
            result = client.crm.userfield.enumeration.fields()
            result = await client.crm.userfield.enumeration.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmUserfieldEnumerationFieldsResult",
            await self._backend._invoke(_CRM_USERFIELD_ENUMERATION_FIELDS, {}),
        )


class BatchCrmUserfieldEnumeration(Namespace):
    """Methods under ``crm.userfield.enumeration`` (queued into a batch)."""

    __slots__ = ()

    def fields(self) -> BatchCommand[CrmUserfieldEnumerationFieldsResult]:
        """Describe the keys of options in list-type CRM custom fields.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.userfield.enumeration.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-enumeration-fields.html

        Returns:
            BatchCommand[CrmUserfieldEnumerationFieldsResult]

        Example:
            command = batch.crm.userfield.enumeration.fields()
        """
        return cast(
            "BatchCommand[CrmUserfieldEnumerationFieldsResult]",
            self._backend._invoke(_CRM_USERFIELD_ENUMERATION_FIELDS, {}),
        )


class CrmUserfieldSettings(Namespace):
    """Methods under ``crm.userfield.settings``."""

    __slots__ = ()

    def fields(self, *, type: str) -> CrmUserfieldSettingsFieldsResult:
        """Describe the type-specific settings of a CRM custom field type.

        REST method: ``crm.userfield.settings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-settings-fields.html

        Args:
            type: Field type, such as "string" or "double" (crm.userfield.types).

        Returns:
            CrmUserfieldSettingsFieldsResult

        Example:
            result = client.crm.userfield.settings.fields(type="example")
            result = await client.crm.userfield.settings.fields(type="example")  # AsyncBitrix24
        """
        return cast(
            "CrmUserfieldSettingsFieldsResult",
            self._backend._invoke(_CRM_USERFIELD_SETTINGS_FIELDS, {"type": type}),
        )


class AsyncCrmUserfieldSettings(Namespace):
    """Methods under ``crm.userfield.settings`` (async)."""

    __slots__ = ()

    async def fields(self, *, type: str) -> CrmUserfieldSettingsFieldsResult:
        """Describe the type-specific settings of a CRM custom field type.

        REST method: ``crm.userfield.settings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-settings-fields.html

        Args:
            type: Field type, such as "string" or "double" (crm.userfield.types).

        Returns:
            CrmUserfieldSettingsFieldsResult

        Example:
            result = client.crm.userfield.settings.fields(type="example")
            result = await client.crm.userfield.settings.fields(type="example")  # AsyncBitrix24
        """
        return cast(
            "CrmUserfieldSettingsFieldsResult",
            await self._backend._invoke(_CRM_USERFIELD_SETTINGS_FIELDS, {"type": type}),
        )


class BatchCrmUserfieldSettings(Namespace):
    """Methods under ``crm.userfield.settings`` (queued into a batch)."""

    __slots__ = ()

    def fields(
        self, *, type: str | Ref
    ) -> BatchCommand[CrmUserfieldSettingsFieldsResult]:
        """Describe the type-specific settings of a CRM custom field type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.userfield.settings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-fields/crm-userfield-settings-fields.html

        Args:
            type: Field type, such as "string" or "double" (crm.userfield.types).

        Returns:
            BatchCommand[CrmUserfieldSettingsFieldsResult]

        Example:
            command = batch.crm.userfield.settings.fields(type="example")
        """
        return cast(
            "BatchCommand[CrmUserfieldSettingsFieldsResult]",
            self._backend._invoke(_CRM_USERFIELD_SETTINGS_FIELDS, {"type": type}),
        )
