"""Methods under ``crm.persontype``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_CRM_PERSONTYPE_FIELDS = MethodInfo(
    name="crm.persontype.fields", idempotent=True, returns="any", api=1
)
_CRM_PERSONTYPE_LIST = MethodInfo(
    name="crm.persontype.list", idempotent=True, returns="any", api=1
)


class CrmPersontype(Namespace):
    """Methods under ``crm.persontype``."""

    __slots__ = ()

    @deprecated("The REST method crm.persontype.fields is deprecated.")
    def fields(self) -> Any:
        """Describe the fields of payer types (individual or company) used in the CRM.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.persontype.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-person-type-fields.html

        Returns:
            Any

        Example:
            result = client.crm.persontype.fields()
            result = await client.crm.persontype.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PERSONTYPE_FIELDS, {})

    @deprecated("The REST method crm.persontype.list is deprecated.")
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the payer types (individual, company) used by CRM invoices, deals and pay systems.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.persontype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-person-type-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on payer-type fields.

        Returns:
            Any

        Example:
            result = client.crm.persontype.list()
            result = await client.crm.persontype.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PERSONTYPE_LIST, {"order": order, "filter": filter}
        )


class AsyncCrmPersontype(Namespace):
    """Methods under ``crm.persontype`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.persontype.fields is deprecated.")
    async def fields(self) -> Any:
        """Describe the fields of payer types (individual or company) used in the CRM.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.persontype.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-person-type-fields.html

        Returns:
            Any

        Example:
            result = client.crm.persontype.fields()
            result = await client.crm.persontype.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PERSONTYPE_FIELDS, {})

    @deprecated("The REST method crm.persontype.list is deprecated.")
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the payer types (individual, company) used by CRM invoices, deals and pay systems.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.persontype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-person-type-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on payer-type fields.

        Returns:
            Any

        Example:
            result = client.crm.persontype.list()
            result = await client.crm.persontype.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PERSONTYPE_LIST, {"order": order, "filter": filter}
        )


class BatchCrmPersontype(Namespace):
    """Methods under ``crm.persontype`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.persontype.fields is deprecated.")
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of payer types (individual or company) used in the CRM.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.persontype.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-person-type-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.persontype.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PERSONTYPE_FIELDS, {})
        )

    @deprecated("The REST method crm.persontype.list is deprecated.")
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the payer types (individual, company) used by CRM invoices, deals and pay systems.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.persontype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-person-type-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on payer-type fields.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.persontype.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PERSONTYPE_LIST, {"order": order, "filter": filter}
            ),
        )
