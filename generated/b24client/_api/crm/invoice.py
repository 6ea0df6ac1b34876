"""Methods under ``crm.invoice``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_CRM_INVOICE_ADD = MethodInfo(
    name="crm.invoice.add", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_DELETE = MethodInfo(
    name="crm.invoice.delete", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_FIELDS = MethodInfo(
    name="crm.invoice.fields", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_GET = MethodInfo(
    name="crm.invoice.get", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_GETEXTERNALLINK = MethodInfo(
    name="crm.invoice.getexternallink", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_LIST = MethodInfo(
    name="crm.invoice.list", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_UPDATE = MethodInfo(
    name="crm.invoice.update", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_RECURRING_ADD = MethodInfo(
    name="crm.invoice.recurring.add", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_RECURRING_DELETE = MethodInfo(
    name="crm.invoice.recurring.delete", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_RECURRING_EXPOSE = MethodInfo(
    name="crm.invoice.recurring.expose", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_RECURRING_FIELDS = MethodInfo(
    name="crm.invoice.recurring.fields", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_RECURRING_GET = MethodInfo(
    name="crm.invoice.recurring.get", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_RECURRING_LIST = MethodInfo(
    name="crm.invoice.recurring.list", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_RECURRING_UPDATE = MethodInfo(
    name="crm.invoice.recurring.update", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_STATUS_ADD = MethodInfo(
    name="crm.invoice.status.add", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_STATUS_DELETE = MethodInfo(
    name="crm.invoice.status.delete", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_STATUS_FIELDS = MethodInfo(
    name="crm.invoice.status.fields", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_STATUS_GET = MethodInfo(
    name="crm.invoice.status.get", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_STATUS_LIST = MethodInfo(
    name="crm.invoice.status.list", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_STATUS_UPDATE = MethodInfo(
    name="crm.invoice.status.update", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_USERFIELD_ADD = MethodInfo(
    name="crm.invoice.userfield.add", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_USERFIELD_DELETE = MethodInfo(
    name="crm.invoice.userfield.delete", idempotent=False, returns="any", api=1
)
_CRM_INVOICE_USERFIELD_GET = MethodInfo(
    name="crm.invoice.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_USERFIELD_LIST = MethodInfo(
    name="crm.invoice.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_INVOICE_USERFIELD_UPDATE = MethodInfo(
    name="crm.invoice.userfield.update", idempotent=False, returns="any", api=1
)


class CrmInvoice(Namespace):
    """Methods under ``crm.invoice``."""

    __slots__ = ()

    @property
    def recurring(self) -> CrmInvoiceRecurring:
        """Methods under ``crm.invoice.recurring``."""
        return CrmInvoiceRecurring(self._backend)

    @property
    def status(self) -> CrmInvoiceStatus:
        """Methods under ``crm.invoice.status``."""
        return CrmInvoiceStatus(self._backend)

    @property
    def userfield(self) -> CrmInvoiceUserfield:
        """Methods under ``crm.invoice.userfield``."""
        return CrmInvoiceUserfield(self._backend)

    @deprecated("The REST method crm.invoice.add is deprecated.")
    def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create an old-style invoice with its buyer, seller and product rows.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. The buyer (UF_COMPANY_ID or UF_CONTACT_ID) and the seller (UF_MYCOMPANY_ID) are required. To choose their requisites, call crm.requisite.link.register with the same companies.

        Deprecated.

        REST method: ``crm.invoice.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-add.html

        Args:
            fields: Values of the new invoice keyed by field name; crm.invoice.fields lists them.

        Returns:
            Any

        Example:
            result = client.crm.invoice.add()
            result = await client.crm.invoice.add()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_ADD, {"fields": fields})

    @deprecated("The REST method crm.invoice.delete is deprecated.")
    def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove an old-style invoice from the CRM.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-delete.html

        Args:
            id: ID of the invoice.

        Returns:
            Any

        Example:
            result = client.crm.invoice.delete()
            result = await client.crm.invoice.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.fields is deprecated.")
    def fields(self) -> Any:
        """Describe every field of old-style invoices: type, required and read-only flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-fields.html

        Returns:
            Any

        Example:
            result = client.crm.invoice.fields()
            result = await client.crm.invoice.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_FIELDS, {})

    @deprecated("The REST method crm.invoice.get is deprecated.")
    def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read one old-style invoice, product rows and properties included.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-get.html

        Args:
            id: ID of the invoice.

        Returns:
            Any

        Example:
            result = client.crm.invoice.get()
            result = await client.crm.invoice.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_GET, {"id": id})

    @deprecated("The REST method crm.invoice.getexternallink is deprecated.")
    def getexternallink(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Get the public link to the online version of an old-style invoice.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.getexternallink``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-get-external-link.html

        Args:
            id: ID of the invoice.

        Returns:
            Any

        Example:
            result = client.crm.invoice.getexternallink()
            result = await client.crm.invoice.getexternallink()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_GETEXTERNALLINK, {"id": id})

    @deprecated("The REST method crm.invoice.list is deprecated.")
    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find old-style invoices by filter, page by page, with chosen fields.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. Product rows and payer properties are not returned: read them with crm.invoice.get. "*" in select means all standard fields, "UF_*" all custom ones.

        Deprecated.

        REST method: ``crm.invoice.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-list.html

        Args:
            filter: Conditions on field values, such as {">PRICE": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison. All invoices when omitted.
            order: Sort order: field name mapped to "ASC" or "DESC". The same fields as in the filter can be used.
            select: Fields to return, such as ["ID", "ORDER_TOPIC"]; masks "*" and "UF_*" are accepted.

        Returns:
            Any

        Example:
            result = client.crm.invoice.list()
            result = await client.crm.invoice.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_LIST, {"filter": filter, "order": order, "select": select}
        )

    @deprecated("The REST method crm.invoice.update is deprecated.")
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the fields of an existing old-style invoice.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-update.html

        Args:
            id: ID of the invoice.
            fields: Values to change, keyed by field name; crm.invoice.fields lists them.

        Returns:
            Any

        Example:
            result = client.crm.invoice.update()
            result = await client.crm.invoice.update()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_UPDATE, {"id": id, "fields": fields})


class AsyncCrmInvoice(Namespace):
    """Methods under ``crm.invoice`` (async)."""

    __slots__ = ()

    @property
    def recurring(self) -> AsyncCrmInvoiceRecurring:
        """Methods under ``crm.invoice.recurring``."""
        return AsyncCrmInvoiceRecurring(self._backend)

    @property
    def status(self) -> AsyncCrmInvoiceStatus:
        """Methods under ``crm.invoice.status``."""
        return AsyncCrmInvoiceStatus(self._backend)

    @property
    def userfield(self) -> AsyncCrmInvoiceUserfield:
        """Methods under ``crm.invoice.userfield``."""
        return AsyncCrmInvoiceUserfield(self._backend)

    @deprecated("The REST method crm.invoice.add is deprecated.")
    async def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create an old-style invoice with its buyer, seller and product rows.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. The buyer (UF_COMPANY_ID or UF_CONTACT_ID) and the seller (UF_MYCOMPANY_ID) are required. To choose their requisites, call crm.requisite.link.register with the same companies.

        Deprecated.

        REST method: ``crm.invoice.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-add.html

        Args:
            fields: Values of the new invoice keyed by field name; crm.invoice.fields lists them.

        Returns:
            Any

        Example:
            result = client.crm.invoice.add()
            result = await client.crm.invoice.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_ADD, {"fields": fields})

    @deprecated("The REST method crm.invoice.delete is deprecated.")
    async def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove an old-style invoice from the CRM.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-delete.html

        Args:
            id: ID of the invoice.

        Returns:
            Any

        Example:
            result = client.crm.invoice.delete()
            result = await client.crm.invoice.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.fields is deprecated.")
    async def fields(self) -> Any:
        """Describe every field of old-style invoices: type, required and read-only flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-fields.html

        Returns:
            Any

        Example:
            result = client.crm.invoice.fields()
            result = await client.crm.invoice.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_FIELDS, {})

    @deprecated("The REST method crm.invoice.get is deprecated.")
    async def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read one old-style invoice, product rows and properties included.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-get.html

        Args:
            id: ID of the invoice.

        Returns:
            Any

        Example:
            result = client.crm.invoice.get()
            result = await client.crm.invoice.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_GET, {"id": id})

    @deprecated("The REST method crm.invoice.getexternallink is deprecated.")
    async def getexternallink(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Get the public link to the online version of an old-style invoice.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.getexternallink``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-get-external-link.html

        Args:
            id: ID of the invoice.

        Returns:
            Any

        Example:
            result = client.crm.invoice.getexternallink()
            result = await client.crm.invoice.getexternallink()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_GETEXTERNALLINK, {"id": id})

    @deprecated("The REST method crm.invoice.list is deprecated.")
    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find old-style invoices by filter, page by page, with chosen fields.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. Product rows and payer properties are not returned: read them with crm.invoice.get. "*" in select means all standard fields, "UF_*" all custom ones.

        Deprecated.

        REST method: ``crm.invoice.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-list.html

        Args:
            filter: Conditions on field values, such as {">PRICE": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison. All invoices when omitted.
            order: Sort order: field name mapped to "ASC" or "DESC". The same fields as in the filter can be used.
            select: Fields to return, such as ["ID", "ORDER_TOPIC"]; masks "*" and "UF_*" are accepted.

        Returns:
            Any

        Example:
            result = client.crm.invoice.list()
            result = await client.crm.invoice.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_LIST, {"filter": filter, "order": order, "select": select}
        )

    @deprecated("The REST method crm.invoice.update is deprecated.")
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the fields of an existing old-style invoice.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-update.html

        Args:
            id: ID of the invoice.
            fields: Values to change, keyed by field name; crm.invoice.fields lists them.

        Returns:
            Any

        Example:
            result = client.crm.invoice.update()
            result = await client.crm.invoice.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmInvoice(Namespace):
    """Methods under ``crm.invoice`` (queued into a batch)."""

    __slots__ = ()

    @property
    def recurring(self) -> BatchCrmInvoiceRecurring:
        """Methods under ``crm.invoice.recurring``."""
        return BatchCrmInvoiceRecurring(self._backend)

    @property
    def status(self) -> BatchCrmInvoiceStatus:
        """Methods under ``crm.invoice.status``."""
        return BatchCrmInvoiceStatus(self._backend)

    @property
    def userfield(self) -> BatchCrmInvoiceUserfield:
        """Methods under ``crm.invoice.userfield``."""
        return BatchCrmInvoiceUserfield(self._backend)

    @deprecated("The REST method crm.invoice.add is deprecated.")
    def add(
        self, *, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Create an old-style invoice with its buyer, seller and product rows.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. The buyer (UF_COMPANY_ID or UF_CONTACT_ID) and the seller (UF_MYCOMPANY_ID) are required. To choose their requisites, call crm.requisite.link.register with the same companies.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-add.html

        Args:
            fields: Values of the new invoice keyed by field name; crm.invoice.fields lists them.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_ADD, {"fields": fields}),
        )

    @deprecated("The REST method crm.invoice.delete is deprecated.")
    def delete(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Remove an old-style invoice from the CRM.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-delete.html

        Args:
            id: ID of the invoice.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.delete()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_INVOICE_DELETE, {"id": id})
        )

    @deprecated("The REST method crm.invoice.fields is deprecated.")
    def fields(self) -> BatchCommand[Any]:
        """Describe every field of old-style invoices: type, required and read-only flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.fields()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_CRM_INVOICE_FIELDS, {}))

    @deprecated("The REST method crm.invoice.get is deprecated.")
    def get(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read one old-style invoice, product rows and properties included.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-get.html

        Args:
            id: ID of the invoice.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.get()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_INVOICE_GET, {"id": id})
        )

    @deprecated("The REST method crm.invoice.getexternallink is deprecated.")
    def getexternallink(
        self, *, id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Get the public link to the online version of an old-style invoice.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.getexternallink``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-get-external-link.html

        Args:
            id: ID of the invoice.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.getexternallink()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_GETEXTERNALLINK, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.list is deprecated.")
    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Find old-style invoices by filter, page by page, with chosen fields.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. Product rows and payer properties are not returned: read them with crm.invoice.get. "*" in select means all standard fields, "UF_*" all custom ones.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-list.html

        Args:
            filter: Conditions on field values, such as {">PRICE": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison. All invoices when omitted.
            order: Sort order: field name mapped to "ASC" or "DESC". The same fields as in the filter can be used.
            select: Fields to return, such as ["ID", "ORDER_TOPIC"]; masks "*" and "UF_*" are accepted.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_LIST, {"filter": filter, "order": order, "select": select}
            ),
        )

    @deprecated("The REST method crm.invoice.update is deprecated.")
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the fields of an existing old-style invoice.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-update.html

        Args:
            id: ID of the invoice.
            fields: Values to change, keyed by field name; crm.invoice.fields lists them.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_UPDATE, {"id": id, "fields": fields}),
        )


class CrmInvoiceRecurring(Namespace):
    """Methods under ``crm.invoice.recurring``."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.recurring.add is deprecated.")
    def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Set up the repeat schedule of an invoice template marked as recurring.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. INVOICE_ID is required and must point to an invoice with IS_RECURRING="Y"; crm.invoice.recurring.fields lists the other settings.

        Deprecated.

        REST method: ``crm.invoice.recurring.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-add.html

        Args:
            fields: Values of the new recurrence setting, keyed by field name; INVOICE_ID is required.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.add()
            result = await client.crm.invoice.recurring.add()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_RECURRING_ADD, {"fields": fields})

    @deprecated("The REST method crm.invoice.recurring.delete is deprecated.")
    def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-delete.html

        Args:
            id: ID of the recurrence setting.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.delete()
            result = await client.crm.invoice.recurring.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_RECURRING_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.recurring.expose is deprecated.")
    def expose(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Issue a new invoice right now from a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-expose.html

        Args:
            id: ID of the recurrence setting of the template.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.expose()
            result = await client.crm.invoice.recurring.expose()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_RECURRING_EXPOSE, {"id": id})

    @deprecated("The REST method crm.invoice.recurring.fields is deprecated.")
    def fields(self) -> Any:
        """Describe the settings of recurring invoice schedules: names, types and flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-fields.html

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.fields()
            result = await client.crm.invoice.recurring.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_RECURRING_FIELDS, {})

    @deprecated("The REST method crm.invoice.recurring.get is deprecated.")
    def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-get.html

        Args:
            id: ID of the recurrence setting.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.get()
            result = await client.crm.invoice.recurring.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_RECURRING_GET, {"id": id})

    @deprecated("The REST method crm.invoice.recurring.list is deprecated.")
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find recurring invoice schedules by filter, page by page.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-list.html

        Args:
            select: Fields of the recurrence settings to return.
            filter: Conditions on the setting fields, such as {"INVOICE_ID": 5}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.list()
            result = await client.crm.invoice.recurring.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_RECURRING_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated("The REST method crm.invoice.recurring.update is deprecated.")
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-update.html

        Args:
            id: ID of the recurrence setting.
            fields: Setting values to change, keyed by field name.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.update()
            result = await client.crm.invoice.recurring.update()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_RECURRING_UPDATE, {"id": id, "fields": fields}
        )


class AsyncCrmInvoiceRecurring(Namespace):
    """Methods under ``crm.invoice.recurring`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.recurring.add is deprecated.")
    async def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Set up the repeat schedule of an invoice template marked as recurring.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. INVOICE_ID is required and must point to an invoice with IS_RECURRING="Y"; crm.invoice.recurring.fields lists the other settings.

        Deprecated.

        REST method: ``crm.invoice.recurring.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-add.html

        Args:
            fields: Values of the new recurrence setting, keyed by field name; INVOICE_ID is required.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.add()
            result = await client.crm.invoice.recurring.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_RECURRING_ADD, {"fields": fields}
        )

    @deprecated("The REST method crm.invoice.recurring.delete is deprecated.")
    async def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-delete.html

        Args:
            id: ID of the recurrence setting.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.delete()
            result = await client.crm.invoice.recurring.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_RECURRING_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.recurring.expose is deprecated.")
    async def expose(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Issue a new invoice right now from a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-expose.html

        Args:
            id: ID of the recurrence setting of the template.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.expose()
            result = await client.crm.invoice.recurring.expose()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_RECURRING_EXPOSE, {"id": id})

    @deprecated("The REST method crm.invoice.recurring.fields is deprecated.")
    async def fields(self) -> Any:
        """Describe the settings of recurring invoice schedules: names, types and flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-fields.html

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.fields()
            result = await client.crm.invoice.recurring.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_RECURRING_FIELDS, {})

    @deprecated("The REST method crm.invoice.recurring.get is deprecated.")
    async def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-get.html

        Args:
            id: ID of the recurrence setting.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.get()
            result = await client.crm.invoice.recurring.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_RECURRING_GET, {"id": id})

    @deprecated("The REST method crm.invoice.recurring.list is deprecated.")
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find recurring invoice schedules by filter, page by page.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-list.html

        Args:
            select: Fields of the recurrence settings to return.
            filter: Conditions on the setting fields, such as {"INVOICE_ID": 5}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.list()
            result = await client.crm.invoice.recurring.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_RECURRING_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated("The REST method crm.invoice.recurring.update is deprecated.")
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.recurring.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-update.html

        Args:
            id: ID of the recurrence setting.
            fields: Setting values to change, keyed by field name.

        Returns:
            Any

        Example:
            result = client.crm.invoice.recurring.update()
            result = await client.crm.invoice.recurring.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_RECURRING_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmInvoiceRecurring(Namespace):
    """Methods under ``crm.invoice.recurring`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.recurring.add is deprecated.")
    def add(
        self, *, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Set up the repeat schedule of an invoice template marked as recurring.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. INVOICE_ID is required and must point to an invoice with IS_RECURRING="Y"; crm.invoice.recurring.fields lists the other settings.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-add.html

        Args:
            fields: Values of the new recurrence setting, keyed by field name; INVOICE_ID is required.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_RECURRING_ADD, {"fields": fields}),
        )

    @deprecated("The REST method crm.invoice.recurring.delete is deprecated.")
    def delete(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Remove the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-delete.html

        Args:
            id: ID of the recurrence setting.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.delete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_RECURRING_DELETE, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.recurring.expose is deprecated.")
    def expose(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Issue a new invoice right now from a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-expose.html

        Args:
            id: ID of the recurrence setting of the template.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.expose()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_RECURRING_EXPOSE, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.recurring.fields is deprecated.")
    def fields(self) -> BatchCommand[Any]:
        """Describe the settings of recurring invoice schedules: names, types and flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.fields()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_RECURRING_FIELDS, {}),
        )

    @deprecated("The REST method crm.invoice.recurring.get is deprecated.")
    def get(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-get.html

        Args:
            id: ID of the recurrence setting.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.get()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_RECURRING_GET, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.recurring.list is deprecated.")
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Find recurring invoice schedules by filter, page by page.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-list.html

        Args:
            select: Fields of the recurrence settings to return.
            filter: Conditions on the setting fields, such as {"INVOICE_ID": 5}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_RECURRING_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated("The REST method crm.invoice.recurring.update is deprecated.")
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the repeat schedule of a recurring invoice template.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.recurring.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-recurring-update.html

        Args:
            id: ID of the recurrence setting.
            fields: Setting values to change, keyed by field name.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.recurring.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_RECURRING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmInvoiceStatus(Namespace):
    """Methods under ``crm.invoice.status``."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.status.add is deprecated.")
    def add(self, *, fields: Sequence[Any] | dict[str, Any]) -> Any:
        """Create a status for old-style invoices in the invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. crm.status.add with ENTITY_ID "INVOICE_STATUS" does the same.

        Deprecated.

        REST method: ``crm.invoice.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-add.html

        Args:
            fields: Values of the new status: NAME, STATUS_ID, SORT and so on (crm.invoice.status.fields).

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.add(fields=["value"])
            result = await client.crm.invoice.status.add(fields=["value"])  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_STATUS_ADD, {"fields": fields})

    @deprecated("The REST method crm.invoice.status.delete is deprecated.")
    def delete(self, *, id: int) -> Any:
        """Remove a status from the old-style invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-delete.html

        Args:
            id: ID of the status record.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.delete(id=1)
            result = await client.crm.invoice.status.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_STATUS_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.status.fields is deprecated.")
    def fields(self) -> Any:
        """Describe the fields of old-style invoice statuses: names, types and flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-fields.html

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.fields()
            result = await client.crm.invoice.status.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_STATUS_FIELDS, {})

    @deprecated("The REST method crm.invoice.status.get is deprecated.")
    def get(self, *, id: int) -> Any:
        """Read one status of the old-style invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-get.html

        Args:
            id: ID of the status record.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.get(id=1)
            result = await client.crm.invoice.status.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_STATUS_GET, {"id": id})

    @deprecated("The REST method crm.invoice.status.list is deprecated.")
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the statuses available to old-style invoices, with filter and paging.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-list.html

        Args:
            select: Fields of the statuses to return.
            filter: Conditions on status fields, such as {"NAME": "Paid"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.list()
            result = await client.crm.invoice.status.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_STATUS_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated("The REST method crm.invoice.status.update is deprecated.")
    def update(self, *, id: int, fields: Sequence[Any] | dict[str, Any]) -> Any:
        """Rename or reorder a status of old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-update.html

        Args:
            id: ID of the status record.
            fields: Status values to change, such as NAME or SORT.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.update(id=1, fields=["value"])
            result = await client.crm.invoice.status.update(id=1, fields=["value"])  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_STATUS_UPDATE, {"id": id, "fields": fields}
        )


class AsyncCrmInvoiceStatus(Namespace):
    """Methods under ``crm.invoice.status`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.status.add is deprecated.")
    async def add(self, *, fields: Sequence[Any] | dict[str, Any]) -> Any:
        """Create a status for old-style invoices in the invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. crm.status.add with ENTITY_ID "INVOICE_STATUS" does the same.

        Deprecated.

        REST method: ``crm.invoice.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-add.html

        Args:
            fields: Values of the new status: NAME, STATUS_ID, SORT and so on (crm.invoice.status.fields).

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.add(fields=["value"])
            result = await client.crm.invoice.status.add(fields=["value"])  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_STATUS_ADD, {"fields": fields})

    @deprecated("The REST method crm.invoice.status.delete is deprecated.")
    async def delete(self, *, id: int) -> Any:
        """Remove a status from the old-style invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-delete.html

        Args:
            id: ID of the status record.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.delete(id=1)
            result = await client.crm.invoice.status.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_STATUS_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.status.fields is deprecated.")
    async def fields(self) -> Any:
        """Describe the fields of old-style invoice statuses: names, types and flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-fields.html

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.fields()
            result = await client.crm.invoice.status.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_STATUS_FIELDS, {})

    @deprecated("The REST method crm.invoice.status.get is deprecated.")
    async def get(self, *, id: int) -> Any:
        """Read one status of the old-style invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-get.html

        Args:
            id: ID of the status record.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.get(id=1)
            result = await client.crm.invoice.status.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_STATUS_GET, {"id": id})

    @deprecated("The REST method crm.invoice.status.list is deprecated.")
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the statuses available to old-style invoices, with filter and paging.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-list.html

        Args:
            select: Fields of the statuses to return.
            filter: Conditions on status fields, such as {"NAME": "Paid"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.list()
            result = await client.crm.invoice.status.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_STATUS_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated("The REST method crm.invoice.status.update is deprecated.")
    async def update(self, *, id: int, fields: Sequence[Any] | dict[str, Any]) -> Any:
        """Rename or reorder a status of old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-update.html

        Args:
            id: ID of the status record.
            fields: Status values to change, such as NAME or SORT.

        Returns:
            Any

        Example:
            result = client.crm.invoice.status.update(id=1, fields=["value"])
            result = await client.crm.invoice.status.update(id=1, fields=["value"])  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_STATUS_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmInvoiceStatus(Namespace):
    """Methods under ``crm.invoice.status`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.status.add is deprecated.")
    def add(self, *, fields: Sequence[Any] | dict[str, Any] | Ref) -> BatchCommand[Any]:
        """Create a status for old-style invoices in the invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. crm.status.add with ENTITY_ID "INVOICE_STATUS" does the same.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-add.html

        Args:
            fields: Values of the new status: NAME, STATUS_ID, SORT and so on (crm.invoice.status.fields).

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.status.add(fields=["value"])
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_STATUS_ADD, {"fields": fields}),
        )

    @deprecated("The REST method crm.invoice.status.delete is deprecated.")
    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a status from the old-style invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-delete.html

        Args:
            id: ID of the status record.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.status.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_STATUS_DELETE, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.status.fields is deprecated.")
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of old-style invoice statuses: names, types and flags.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.status.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.status.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_INVOICE_STATUS_FIELDS, {})
        )

    @deprecated("The REST method crm.invoice.status.get is deprecated.")
    def get(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Read one status of the old-style invoice status reference list.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-get.html

        Args:
            id: ID of the status record.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.status.get(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_STATUS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.status.list is deprecated.")
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the statuses available to old-style invoices, with filter and paging.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-list.html

        Args:
            select: Fields of the statuses to return.
            filter: Conditions on status fields, such as {"NAME": "Paid"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.status.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_STATUS_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated("The REST method crm.invoice.status.update is deprecated.")
    def update(
        self, *, id: int | Ref, fields: Sequence[Any] | dict[str, Any] | Ref
    ) -> BatchCommand[Any]:
        """Rename or reorder a status of old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice-status-old/crm-invoice-status-update.html

        Args:
            id: ID of the status record.
            fields: Status values to change, such as NAME or SORT.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.status.update(id=1, fields=["value"])
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_STATUS_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmInvoiceUserfield(Namespace):
    """Methods under ``crm.invoice.userfield``."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.userfield.add is deprecated.")
    def add(
        self, *, fields: Any | NotGiven = NOT_GIVEN, list_: Any | NotGiven = NOT_GIVEN
    ) -> Any:
        """Create a custom field (UF_CRM_*) on old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. The field code is limited to 20 characters and always gets the "UF_CRM_" prefix.

        Deprecated.

        REST method: ``crm.invoice.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-add.html

        Args:
            fields: Description of the new field: FIELD_NAME, USER_TYPE_ID, labels and settings (crm.userfield.fields).
            list_: Options of a list field: each with VALUE, SORT, DEF ("Y" for the default) and XML_ID. Wire name: ``LIST``.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.add()
            result = await client.crm.invoice.userfield.add()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_USERFIELD_ADD, {"fields": fields, "LIST": list_}
        )

    @deprecated("The REST method crm.invoice.userfield.delete is deprecated.")
    def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a custom field of old-style invoices together with its values.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.delete()
            result = await client.crm.invoice.userfield.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_USERFIELD_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.userfield.get is deprecated.")
    def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read the settings of one custom field of old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-get.html

        Args:
            id: ID of the custom field.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.get()
            result = await client.crm.invoice.userfield.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_INVOICE_USERFIELD_GET, {"id": id})

    @deprecated("The REST method crm.invoice.userfield.list is deprecated.")
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the custom fields defined on old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.list()
            result = await client.crm.invoice.userfield.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_USERFIELD_LIST, {"order": order, "filter": filter}
        )

    @deprecated("The REST method crm.invoice.userfield.update is deprecated.")
    def update(
        self,
        *,
        id: Any | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
        list_: Any | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the labels, settings or list options of an old-style invoice custom field.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change, keyed by the names crm.userfield.fields lists.
            list_: List options: each with VALUE, SORT, DEF and XML_ID; pass ID to change an option and DEL "Y" with ID to remove it. Wire name: ``LIST``.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.update()
            result = await client.crm.invoice.userfield.update()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_INVOICE_USERFIELD_UPDATE, {"id": id, "fields": fields, "LIST": list_}
        )


class AsyncCrmInvoiceUserfield(Namespace):
    """Methods under ``crm.invoice.userfield`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.userfield.add is deprecated.")
    async def add(
        self, *, fields: Any | NotGiven = NOT_GIVEN, list_: Any | NotGiven = NOT_GIVEN
    ) -> Any:
        """Create a custom field (UF_CRM_*) on old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. The field code is limited to 20 characters and always gets the "UF_CRM_" prefix.

        Deprecated.

        REST method: ``crm.invoice.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-add.html

        Args:
            fields: Description of the new field: FIELD_NAME, USER_TYPE_ID, labels and settings (crm.userfield.fields).
            list_: Options of a list field: each with VALUE, SORT, DEF ("Y" for the default) and XML_ID. Wire name: ``LIST``.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.add()
            result = await client.crm.invoice.userfield.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_USERFIELD_ADD, {"fields": fields, "LIST": list_}
        )

    @deprecated("The REST method crm.invoice.userfield.delete is deprecated.")
    async def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a custom field of old-style invoices together with its values.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.delete()
            result = await client.crm.invoice.userfield.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_USERFIELD_DELETE, {"id": id})

    @deprecated("The REST method crm.invoice.userfield.get is deprecated.")
    async def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read the settings of one custom field of old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-get.html

        Args:
            id: ID of the custom field.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.get()
            result = await client.crm.invoice.userfield.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_INVOICE_USERFIELD_GET, {"id": id})

    @deprecated("The REST method crm.invoice.userfield.list is deprecated.")
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the custom fields defined on old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.list()
            result = await client.crm.invoice.userfield.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_USERFIELD_LIST, {"order": order, "filter": filter}
        )

    @deprecated("The REST method crm.invoice.userfield.update is deprecated.")
    async def update(
        self,
        *,
        id: Any | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
        list_: Any | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the labels, settings or list options of an old-style invoice custom field.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        REST method: ``crm.invoice.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change, keyed by the names crm.userfield.fields lists.
            list_: List options: each with VALUE, SORT, DEF and XML_ID; pass ID to change an option and DEL "Y" with ID to remove it. Wire name: ``LIST``.

        Returns:
            Any

        Example:
            result = client.crm.invoice.userfield.update()
            result = await client.crm.invoice.userfield.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_INVOICE_USERFIELD_UPDATE, {"id": id, "fields": fields, "LIST": list_}
        )


class BatchCrmInvoiceUserfield(Namespace):
    """Methods under ``crm.invoice.userfield`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.invoice.userfield.add is deprecated.")
    def add(
        self,
        *,
        fields: Any | Ref | NotGiven = NOT_GIVEN,
        list_: Any | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Create a custom field (UF_CRM_*) on old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31. The field code is limited to 20 characters and always gets the "UF_CRM_" prefix.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-add.html

        Args:
            fields: Description of the new field: FIELD_NAME, USER_TYPE_ID, labels and settings (crm.userfield.fields).
            list_: Options of a list field: each with VALUE, SORT, DEF ("Y" for the default) and XML_ID. Wire name: ``LIST``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.userfield.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_USERFIELD_ADD, {"fields": fields, "LIST": list_}
            ),
        )

    @deprecated("The REST method crm.invoice.userfield.delete is deprecated.")
    def delete(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Remove a custom field of old-style invoices together with its values.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.userfield.delete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_USERFIELD_DELETE, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.userfield.get is deprecated.")
    def get(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read the settings of one custom field of old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.userfield.get()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_INVOICE_USERFIELD_GET, {"id": id}),
        )

    @deprecated("The REST method crm.invoice.userfield.list is deprecated.")
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the custom fields defined on old-style invoices.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.userfield.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_USERFIELD_LIST, {"order": order, "filter": filter}
            ),
        )

    @deprecated("The REST method crm.invoice.userfield.update is deprecated.")
    def update(
        self,
        *,
        id: Any | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        list_: Any | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the labels, settings or list options of an old-style invoice custom field.

        Deprecated: new invoices are handled by crm.item.* with entityTypeId 31.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.invoice.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/invoice/crm-invoice-user-field-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change, keyed by the names crm.userfield.fields lists.
            list_: List options: each with VALUE, SORT, DEF and XML_ID; pass ID to change an option and DEL "Y" with ID to remove it. Wire name: ``LIST``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.invoice.userfield.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_INVOICE_USERFIELD_UPDATE,
                {"id": id, "fields": fields, "LIST": list_},
            ),
        )
