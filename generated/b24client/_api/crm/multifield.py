"""Methods under ``crm.multifield``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.crm import CrmMultifieldFieldsResult

_CRM_MULTIFIELD_FIELDS = MethodInfo(
    name="crm.multifield.fields", idempotent=True, returns="any", api=1
)


class CrmMultifield(Namespace):
    """Methods under ``crm.multifield``."""

    __slots__ = ()

    def fields(self) -> CrmMultifieldFieldsResult:
        """Describe the structure of phone, e-mail, web and messenger values of CRM records.

        REST method: ``crm.multifield.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/multifield/crm-multifield-fields.html

        Returns:
            CrmMultifieldFieldsResult

        Example:
            result = client.crm.multifield.fields()
            result = await client.crm.multifield.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmMultifieldFieldsResult",
            self._backend._invoke(_CRM_MULTIFIELD_FIELDS, {}),
        )


class AsyncCrmMultifield(Namespace):
    """Methods under ``crm.multifield`` (async)."""

    __slots__ = ()

    async def fields(self) -> CrmMultifieldFieldsResult:
        """Describe the structure of phone, e-mail, web and messenger values of CRM records.

        REST method: ``crm.multifield.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/multifield/crm-multifield-fields.html

        Returns:
            CrmMultifieldFieldsResult

        Example:
            result = client.crm.multifield.fields()
            result = await client.crm.multifield.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmMultifieldFieldsResult",
            await self._backend._invoke(_CRM_MULTIFIELD_FIELDS, {}),
        )


class BatchCrmMultifield(Namespace):
    """Methods under ``crm.multifield`` (queued into a batch)."""

    __slots__ = ()

    def fields(self) -> BatchCommand[CrmMultifieldFieldsResult]:
        """Describe the structure of phone, e-mail, web and messenger values of CRM records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.multifield.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/auxiliary/multifield/crm-multifield-fields.html

        Returns:
            BatchCommand[CrmMultifieldFieldsResult]

        Example:
            command = batch.crm.multifield.fields()
        """
        return cast(
            "BatchCommand[CrmMultifieldFieldsResult]",
            self._backend._invoke(_CRM_MULTIFIELD_FIELDS, {}),
        )
