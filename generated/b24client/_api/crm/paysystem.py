"""Methods under ``crm.paysystem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_CRM_PAYSYSTEM_FIELDS = MethodInfo(
    name="crm.paysystem.fields", idempotent=True, returns="any", api=1
)
_CRM_PAYSYSTEM_LIST = MethodInfo(
    name="crm.paysystem.list", idempotent=True, returns="any", api=1
)


class CrmPaysystem(Namespace):
    """Methods under ``crm.paysystem``."""

    __slots__ = ()

    @deprecated("The REST method crm.paysystem.fields is deprecated.")
    def fields(self) -> Any:
        """Describe the fields of pay systems used for quotes and old-style invoices.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.paysystem.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-pay-system-fields.html

        Returns:
            Any

        Example:
            result = client.crm.paysystem.fields()
            result = await client.crm.paysystem.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PAYSYSTEM_FIELDS, {})

    @deprecated("The REST method crm.paysystem.list is deprecated.")
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the pay systems that quotes and old-style invoices can use.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.paysystem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-pay-system-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on pay-system fields, such as {"%NAME": "Quote"}.

        Returns:
            Any

        Example:
            result = client.crm.paysystem.list()
            result = await client.crm.paysystem.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PAYSYSTEM_LIST, {"order": order, "filter": filter}
        )


class AsyncCrmPaysystem(Namespace):
    """Methods under ``crm.paysystem`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.paysystem.fields is deprecated.")
    async def fields(self) -> Any:
        """Describe the fields of pay systems used for quotes and old-style invoices.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.paysystem.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-pay-system-fields.html

        Returns:
            Any

        Example:
            result = client.crm.paysystem.fields()
            result = await client.crm.paysystem.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PAYSYSTEM_FIELDS, {})

    @deprecated("The REST method crm.paysystem.list is deprecated.")
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the pay systems that quotes and old-style invoices can use.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        REST method: ``crm.paysystem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-pay-system-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on pay-system fields, such as {"%NAME": "Quote"}.

        Returns:
            Any

        Example:
            result = client.crm.paysystem.list()
            result = await client.crm.paysystem.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PAYSYSTEM_LIST, {"order": order, "filter": filter}
        )


class BatchCrmPaysystem(Namespace):
    """Methods under ``crm.paysystem`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.paysystem.fields is deprecated.")
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of pay systems used for quotes and old-style invoices.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.paysystem.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-pay-system-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.paysystem.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PAYSYSTEM_FIELDS, {})
        )

    @deprecated("The REST method crm.paysystem.list is deprecated.")
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the pay systems that quotes and old-style invoices can use.

        Development stopped: new invoices use crm.item.* methods.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.paysystem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-pay-system-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on pay-system fields, such as {"%NAME": "Quote"}.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.paysystem.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PAYSYSTEM_LIST, {"order": order, "filter": filter}
            ),
        )
