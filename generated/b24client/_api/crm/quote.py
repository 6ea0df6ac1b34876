"""Methods under ``crm.quote``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import (
        CrmProductRow,
        CrmQuote as _CrmQuote,
        CrmQuoteAddFields,
        CrmQuoteAddParams,
        CrmQuoteContactAddFields,
        CrmQuoteContactDeleteFields,
        CrmQuoteContactFieldsResult,
        CrmQuoteContactItems as _CrmQuoteContactItems,
        CrmQuoteContactItemsSetItems,
        CrmQuoteFieldsResult,
        CrmQuoteProductrowsSetRows,
        CrmQuoteUpdateFields,
        CrmQuoteUpdateParams,
        CrmQuoteUserfield as _CrmQuoteUserfield,
        CrmQuoteUserfieldAddFields,
        CrmQuoteUserfieldUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_QUOTE_ADD = MethodInfo(
    name="crm.quote.add", idempotent=False, returns="integer", api=1
)
_CRM_QUOTE_DELETE = MethodInfo(
    name="crm.quote.delete", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_FIELDS = MethodInfo(
    name="crm.quote.fields", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_GET = MethodInfo(name="crm.quote.get", idempotent=True, returns="any", api=1)
_CRM_QUOTE_LIST = MethodInfo(
    name="crm.quote.list", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_UPDATE = MethodInfo(
    name="crm.quote.update", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_CONTACT_ADD = MethodInfo(
    name="crm.quote.contact.add", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_CONTACT_DELETE = MethodInfo(
    name="crm.quote.contact.delete", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_CONTACT_FIELDS = MethodInfo(
    name="crm.quote.contact.fields", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_CONTACT_ITEMS_DELETE = MethodInfo(
    name="crm.quote.contact.items.delete", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_CONTACT_ITEMS_GET = MethodInfo(
    name="crm.quote.contact.items.get", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_CONTACT_ITEMS_SET = MethodInfo(
    name="crm.quote.contact.items.set", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_PRODUCTROWS_GET = MethodInfo(
    name="crm.quote.productrows.get", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_PRODUCTROWS_SET = MethodInfo(
    name="crm.quote.productrows.set", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_USERFIELD_ADD = MethodInfo(
    name="crm.quote.userfield.add", idempotent=False, returns="integer", api=1
)
_CRM_QUOTE_USERFIELD_DELETE = MethodInfo(
    name="crm.quote.userfield.delete", idempotent=False, returns="boolean", api=1
)
_CRM_QUOTE_USERFIELD_GET = MethodInfo(
    name="crm.quote.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_USERFIELD_LIST = MethodInfo(
    name="crm.quote.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_QUOTE_USERFIELD_UPDATE = MethodInfo(
    name="crm.quote.userfield.update", idempotent=False, returns="boolean", api=1
)


class CrmQuote(Namespace):
    """Methods under ``crm.quote``."""

    __slots__ = ()

    @property
    def contact(self) -> CrmQuoteContact:
        """Methods under ``crm.quote.contact``."""
        return CrmQuoteContact(self._backend)

    @property
    def productrows(self) -> CrmQuoteProductrows:
        """Methods under ``crm.quote.productrows``."""
        return CrmQuoteProductrows(self._backend)

    @property
    def userfield(self) -> CrmQuoteUserfield:
        """Methods under ``crm.quote.userfield``."""
        return CrmQuoteUserfield(self._backend)

    @deprecated(
        "The REST method crm.quote.add is deprecated; use crm.item.add instead."
    )
    def add(
        self,
        *,
        fields: CrmQuoteAddFields,
        params: CrmQuoteAddParams | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a quote (commercial offer) for a client and return its ID.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.quote.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-add.html

        Args:
            fields: Values of the new quote keyed by field name; custom fields (UF_CRM_*) go here too.
            params: Extra options of the call.

        Returns:
            int

        Example:
            result = client.crm.quote.add(fields={"TITLE": "Kick-off call"})
            result = await client.crm.quote.add(fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(_CRM_QUOTE_ADD, {"fields": fields, "params": params}),
        )

    @deprecated(
        "The REST method crm.quote.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int) -> bool:
        """Remove a quote (commercial offer) from the CRM.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.quote.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-delete.html

        Args:
            id: ID of the quote.

        Returns:
            bool

        Example:
            result = client.crm.quote.delete(id=1)
            result = await client.crm.quote.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_QUOTE_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.quote.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> CrmQuoteFieldsResult:
        """Describe every quote field, custom fields included: type and flags.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.quote.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-fields.html

        Returns:
            CrmQuoteFieldsResult

        Example:
            result = client.crm.quote.fields()
            result = await client.crm.quote.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmQuoteFieldsResult", self._backend._invoke(_CRM_QUOTE_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.quote.get is deprecated; use crm.item.get instead."
    )
    def get(self, *, id: int) -> _CrmQuote:
        """Read one quote (commercial offer) with all its fields.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.quote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-get.html

        Args:
            id: ID of the quote.

        Returns:
            CrmQuote

        Example:
            result = client.crm.quote.get(id=1)
            result = await client.crm.quote.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmQuote", self._backend._invoke(_CRM_QUOTE_GET, {"id": id}))

    @deprecated(
        "The REST method crm.quote.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmQuote]:
        """Find quotes by filter, with chosen fields, sorting and paging.

        Deprecated: use crm.item.* with entityTypeId 7. "*" in select returns the standard fields and "UF_*" the custom ones; with no select both are returned.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.quote.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE"]; masks "*" and "UF_*" are accepted.
            filter: Conditions on field values, such as {">OPPORTUNITY": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmQuote]

        Example:
            result = client.crm.quote.list()
            result = await client.crm.quote.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmQuote]",
            self._backend._invoke_page(
                _CRM_QUOTE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.quote.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int,
        fields: CrmQuoteUpdateFields | NotGiven = NOT_GIVEN,
        params: CrmQuoteUpdateParams | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing quote; only the fields passed are touched.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.quote.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-update.html

        Args:
            id: ID of the quote.
            fields: Values to change, keyed by field name.
            params: Extra options of the call.

        Returns:
            bool

        Example:
            result = client.crm.quote.update(id=1, fields={"TITLE": "Kick-off call", "CLIENT_TITLE": "Kick-off call"})
            result = await client.crm.quote.update(id=1, fields={"TITLE": "Kick-off call", "CLIENT_TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_QUOTE_UPDATE, {"id": id, "fields": fields, "params": params}
            ),
        )


class AsyncCrmQuote(Namespace):
    """Methods under ``crm.quote`` (async)."""

    __slots__ = ()

    @property
    def contact(self) -> AsyncCrmQuoteContact:
        """Methods under ``crm.quote.contact``."""
        return AsyncCrmQuoteContact(self._backend)

    @property
    def productrows(self) -> AsyncCrmQuoteProductrows:
        """Methods under ``crm.quote.productrows``."""
        return AsyncCrmQuoteProductrows(self._backend)

    @property
    def userfield(self) -> AsyncCrmQuoteUserfield:
        """Methods under ``crm.quote.userfield``."""
        return AsyncCrmQuoteUserfield(self._backend)

    @deprecated(
        "The REST method crm.quote.add is deprecated; use crm.item.add instead."
    )
    async def add(
        self,
        *,
        fields: CrmQuoteAddFields,
        params: CrmQuoteAddParams | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a quote (commercial offer) for a client and return its ID.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.quote.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-add.html

        Args:
            fields: Values of the new quote keyed by field name; custom fields (UF_CRM_*) go here too.
            params: Extra options of the call.

        Returns:
            int

        Example:
            result = client.crm.quote.add(fields={"TITLE": "Kick-off call"})
            result = await client.crm.quote.add(fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_QUOTE_ADD, {"fields": fields, "params": params}
            ),
        )

    @deprecated(
        "The REST method crm.quote.delete is deprecated; use crm.item.delete instead."
    )
    async def delete(self, *, id: int) -> bool:
        """Remove a quote (commercial offer) from the CRM.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.quote.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-delete.html

        Args:
            id: ID of the quote.

        Returns:
            bool

        Example:
            result = client.crm.quote.delete(id=1)
            result = await client.crm.quote.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_QUOTE_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.quote.fields is deprecated; use crm.item.fields instead."
    )
    async def fields(self) -> CrmQuoteFieldsResult:
        """Describe every quote field, custom fields included: type and flags.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.quote.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-fields.html

        Returns:
            CrmQuoteFieldsResult

        Example:
            result = client.crm.quote.fields()
            result = await client.crm.quote.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmQuoteFieldsResult", await self._backend._invoke(_CRM_QUOTE_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.quote.get is deprecated; use crm.item.get instead."
    )
    async def get(self, *, id: int) -> _CrmQuote:
        """Read one quote (commercial offer) with all its fields.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.quote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-get.html

        Args:
            id: ID of the quote.

        Returns:
            CrmQuote

        Example:
            result = client.crm.quote.get(id=1)
            result = await client.crm.quote.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmQuote", await self._backend._invoke(_CRM_QUOTE_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.quote.list is deprecated; use crm.item.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmQuote]:
        """Find quotes by filter, with chosen fields, sorting and paging.

        Deprecated: use crm.item.* with entityTypeId 7. "*" in select returns the standard fields and "UF_*" the custom ones; with no select both are returned.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.quote.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE"]; masks "*" and "UF_*" are accepted.
            filter: Conditions on field values, such as {">OPPORTUNITY": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmQuote]

        Example:
            result = client.crm.quote.list()
            result = await client.crm.quote.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmQuote]",
            await self._backend._invoke_page(
                _CRM_QUOTE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.quote.update is deprecated; use crm.item.update instead."
    )
    async def update(
        self,
        *,
        id: int,
        fields: CrmQuoteUpdateFields | NotGiven = NOT_GIVEN,
        params: CrmQuoteUpdateParams | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing quote; only the fields passed are touched.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.quote.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-update.html

        Args:
            id: ID of the quote.
            fields: Values to change, keyed by field name.
            params: Extra options of the call.

        Returns:
            bool

        Example:
            result = client.crm.quote.update(id=1, fields={"TITLE": "Kick-off call", "CLIENT_TITLE": "Kick-off call"})
            result = await client.crm.quote.update(id=1, fields={"TITLE": "Kick-off call", "CLIENT_TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_QUOTE_UPDATE, {"id": id, "fields": fields, "params": params}
            ),
        )


class BatchCrmQuote(Namespace):
    """Methods under ``crm.quote`` (queued into a batch)."""

    __slots__ = ()

    @property
    def contact(self) -> BatchCrmQuoteContact:
        """Methods under ``crm.quote.contact``."""
        return BatchCrmQuoteContact(self._backend)

    @property
    def productrows(self) -> BatchCrmQuoteProductrows:
        """Methods under ``crm.quote.productrows``."""
        return BatchCrmQuoteProductrows(self._backend)

    @property
    def userfield(self) -> BatchCrmQuoteUserfield:
        """Methods under ``crm.quote.userfield``."""
        return BatchCrmQuoteUserfield(self._backend)

    @deprecated(
        "The REST method crm.quote.add is deprecated; use crm.item.add instead."
    )
    def add(
        self,
        *,
        fields: CrmQuoteAddFields | Ref,
        params: CrmQuoteAddParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a quote (commercial offer) for a client and return its ID.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-add.html

        Args:
            fields: Values of the new quote keyed by field name; custom fields (UF_CRM_*) go here too.
            params: Extra options of the call.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.quote.add(fields={"TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_QUOTE_ADD, {"fields": fields, "params": params}),
        )

    @deprecated(
        "The REST method crm.quote.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a quote (commercial offer) from the CRM.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-delete.html

        Args:
            id: ID of the quote.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.quote.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CRM_QUOTE_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.quote.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> BatchCommand[CrmQuoteFieldsResult]:
        """Describe every quote field, custom fields included: type and flags.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-fields.html

        Returns:
            BatchCommand[CrmQuoteFieldsResult]

        Example:
            command = batch.crm.quote.fields()
        """
        return cast(
            "BatchCommand[CrmQuoteFieldsResult]",
            self._backend._invoke(_CRM_QUOTE_FIELDS, {}),
        )

    @deprecated(
        "The REST method crm.quote.get is deprecated; use crm.item.get instead."
    )
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmQuote]:
        """Read one quote (commercial offer) with all its fields.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-get.html

        Args:
            id: ID of the quote.

        Returns:
            BatchCommand[CrmQuote]

        Example:
            command = batch.crm.quote.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmQuote]", self._backend._invoke(_CRM_QUOTE_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.quote.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmQuote]]:
        """Find quotes by filter, with chosen fields, sorting and paging.

        Deprecated: use crm.item.* with entityTypeId 7. "*" in select returns the standard fields and "UF_*" the custom ones; with no select both are returned.

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE"]; masks "*" and "UF_*" are accepted.
            filter: Conditions on field values, such as {">OPPORTUNITY": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmQuote]]

        Example:
            command = batch.crm.quote.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmQuote]]",
            self._backend._invoke_page(
                _CRM_QUOTE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.quote.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmQuoteUpdateFields | Ref | NotGiven = NOT_GIVEN,
        params: CrmQuoteUpdateParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change fields of an existing quote; only the fields passed are touched.

        Deprecated: use crm.item.* with entityTypeId 7.

        Deprecated: use ``crm.item.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-update.html

        Args:
            id: ID of the quote.
            fields: Values to change, keyed by field name.
            params: Extra options of the call.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.quote.update(id=1, fields={"TITLE": "Kick-off call", "CLIENT_TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_QUOTE_UPDATE, {"id": id, "fields": fields, "params": params}
            ),
        )


class CrmQuoteContact(Namespace):
    """Methods under ``crm.quote.contact``."""

    __slots__ = ()

    @property
    def items(self) -> CrmQuoteContactItems:
        """Methods under ``crm.quote.contact.items``."""
        return CrmQuoteContactItems(self._backend)

    def add(self, *, id: int, fields: CrmQuoteContactAddFields) -> bool:
        """Link an existing contact to a quote, optionally as its primary contact.

        REST method: ``crm.quote.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-add.html

        Args:
            id: ID of the quote.
            fields: The link to add.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.quote.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_QUOTE_CONTACT_ADD, {"id": id, "fields": fields}),
        )

    def delete(self, *, id: int, fields: CrmQuoteContactDeleteFields) -> bool:
        """Unlink one contact from a quote; the contact itself stays.

        REST method: ``crm.quote.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-delete.html

        Args:
            id: ID of the quote.
            fields: The link to remove.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.quote.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_QUOTE_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> CrmQuoteContactFieldsResult:
        """Describe the fields of a quote-contact link: contact ID, order and primary flag.

        REST method: ``crm.quote.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-fields.html

        Returns:
            CrmQuoteContactFieldsResult

        Example:
            result = client.crm.quote.contact.fields()
            result = await client.crm.quote.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmQuoteContactFieldsResult",
            self._backend._invoke(_CRM_QUOTE_CONTACT_FIELDS, {}),
        )


class AsyncCrmQuoteContact(Namespace):
    """Methods under ``crm.quote.contact`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmQuoteContactItems:
        """Methods under ``crm.quote.contact.items``."""
        return AsyncCrmQuoteContactItems(self._backend)

    async def add(self, *, id: int, fields: CrmQuoteContactAddFields) -> bool:
        """Link an existing contact to a quote, optionally as its primary contact.

        REST method: ``crm.quote.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-add.html

        Args:
            id: ID of the quote.
            fields: The link to add.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.quote.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_QUOTE_CONTACT_ADD, {"id": id, "fields": fields}
            ),
        )

    async def delete(self, *, id: int, fields: CrmQuoteContactDeleteFields) -> bool:
        """Unlink one contact from a quote; the contact itself stays.

        REST method: ``crm.quote.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-delete.html

        Args:
            id: ID of the quote.
            fields: The link to remove.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.quote.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_QUOTE_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    async def fields(self) -> CrmQuoteContactFieldsResult:
        """Describe the fields of a quote-contact link: contact ID, order and primary flag.

        REST method: ``crm.quote.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-fields.html

        Returns:
            CrmQuoteContactFieldsResult

        Example:
            result = client.crm.quote.contact.fields()
            result = await client.crm.quote.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmQuoteContactFieldsResult",
            await self._backend._invoke(_CRM_QUOTE_CONTACT_FIELDS, {}),
        )


class BatchCrmQuoteContact(Namespace):
    """Methods under ``crm.quote.contact`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmQuoteContactItems:
        """Methods under ``crm.quote.contact.items``."""
        return BatchCrmQuoteContactItems(self._backend)

    def add(
        self, *, id: int | Ref, fields: CrmQuoteContactAddFields | Ref
    ) -> BatchCommand[bool]:
        """Link an existing contact to a quote, optionally as its primary contact.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-add.html

        Args:
            id: ID of the quote.
            fields: The link to add.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.quote.contact.add(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_QUOTE_CONTACT_ADD, {"id": id, "fields": fields}),
        )

    def delete(
        self, *, id: int | Ref, fields: CrmQuoteContactDeleteFields | Ref
    ) -> BatchCommand[bool]:
        """Unlink one contact from a quote; the contact itself stays.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-delete.html

        Args:
            id: ID of the quote.
            fields: The link to remove.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.quote.contact.delete(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_QUOTE_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> BatchCommand[CrmQuoteContactFieldsResult]:
        """Describe the fields of a quote-contact link: contact ID, order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-fields.html

        Returns:
            BatchCommand[CrmQuoteContactFieldsResult]

        Example:
            command = batch.crm.quote.contact.fields()
        """
        return cast(
            "BatchCommand[CrmQuoteContactFieldsResult]",
            self._backend._invoke(_CRM_QUOTE_CONTACT_FIELDS, {}),
        )


class CrmQuoteContactItems(Namespace):
    """Methods under ``crm.quote.contact.items``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Unlink all contacts from a quote at once; the contacts themselves stay.

        REST method: ``crm.quote.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-delete.html

        Args:
            id: ID of the quote.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.items.delete(id=1)
            result = await client.crm.quote.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_QUOTE_CONTACT_ITEMS_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> list[_CrmQuoteContactItems]:
        """List the contacts linked to a quote, with their order and primary flag.

        REST method: ``crm.quote.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-get.html

        Args:
            id: ID of the quote.

        Returns:
            list[CrmQuoteContactItems]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.items.get(id=1)
            result = await client.crm.quote.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmQuoteContactItems]",
            self._backend._invoke(_CRM_QUOTE_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(self, *, id: int, items: Sequence[CrmQuoteContactItemsSetItems]) -> bool:
        """Replace the whole list of contacts linked to a quote.

        Links not in the list are removed.

        REST method: ``crm.quote.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-set.html

        Args:
            id: ID of the quote.
            items: The new links.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
            result = await client.crm.quote.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_QUOTE_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class AsyncCrmQuoteContactItems(Namespace):
    """Methods under ``crm.quote.contact.items`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Unlink all contacts from a quote at once; the contacts themselves stay.

        REST method: ``crm.quote.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-delete.html

        Args:
            id: ID of the quote.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.items.delete(id=1)
            result = await client.crm.quote.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_QUOTE_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> list[_CrmQuoteContactItems]:
        """List the contacts linked to a quote, with their order and primary flag.

        REST method: ``crm.quote.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-get.html

        Args:
            id: ID of the quote.

        Returns:
            list[CrmQuoteContactItems]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.items.get(id=1)
            result = await client.crm.quote.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmQuoteContactItems]",
            await self._backend._invoke(_CRM_QUOTE_CONTACT_ITEMS_GET, {"id": id}),
        )

    async def set(
        self, *, id: int, items: Sequence[CrmQuoteContactItemsSetItems]
    ) -> bool:
        """Replace the whole list of contacts linked to a quote.

        Links not in the list are removed.

        REST method: ``crm.quote.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-set.html

        Args:
            id: ID of the quote.
            items: The new links.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.quote.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
            result = await client.crm.quote.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_QUOTE_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class BatchCrmQuoteContactItems(Namespace):
    """Methods under ``crm.quote.contact.items`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink all contacts from a quote at once; the contacts themselves stay.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-delete.html

        Args:
            id: ID of the quote.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.quote.contact.items.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_QUOTE_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[list[_CrmQuoteContactItems]]:
        """List the contacts linked to a quote, with their order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-get.html

        Args:
            id: ID of the quote.

        Returns:
            BatchCommand[list[CrmQuoteContactItems]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.quote.contact.items.get(id=1)
        """
        return cast(
            "BatchCommand[list[_CrmQuoteContactItems]]",
            self._backend._invoke(_CRM_QUOTE_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(
        self, *, id: int | Ref, items: Sequence[CrmQuoteContactItemsSetItems] | Ref
    ) -> BatchCommand[bool]:
        """Replace the whole list of contacts linked to a quote.

        Links not in the list are removed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-set.html

        Args:
            id: ID of the quote.
            items: The new links.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.quote.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_QUOTE_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class CrmQuoteProductrows(Namespace):
    """Methods under ``crm.quote.productrows``."""

    __slots__ = ()

    @deprecated("The REST method crm.quote.productrows.get is deprecated.")
    def get(self, *, id: int) -> list[CrmProductRow]:
        """List the product rows of a quote: products, prices, discounts and taxes.

        Development stopped: use crm.item.productrow.list.

        Deprecated.

        REST method: ``crm.quote.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-product-rows-get.html

        Args:
            id: ID of the quote.

        Returns:
            list[CrmProductRow]

        Example:
            result = client.crm.quote.productrows.get(id=1)
            result = await client.crm.quote.productrows.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmProductRow]",
            self._backend._invoke(_CRM_QUOTE_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.quote.productrows.set is deprecated.")
    def set(
        self,
        *,
        id: int,
        rows: Sequence[CrmQuoteProductrowsSetRows] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the product rows of a quote: create new ones and update existing ones.

        Development stopped: use crm.item.productrow.*, which also changes a single row.

        Deprecated.

        REST method: ``crm.quote.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-product-rows-set.html

        Args:
            id: ID of the quote.
            rows: The complete new list of product rows.

        Returns:
            bool

        Example:
            result = client.crm.quote.productrows.set(id=1)
            result = await client.crm.quote.productrows.set(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_QUOTE_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class AsyncCrmQuoteProductrows(Namespace):
    """Methods under ``crm.quote.productrows`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.quote.productrows.get is deprecated.")
    async def get(self, *, id: int) -> list[CrmProductRow]:
        """List the product rows of a quote: products, prices, discounts and taxes.

        Development stopped: use crm.item.productrow.list.

        Deprecated.

        REST method: ``crm.quote.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-product-rows-get.html

        Args:
            id: ID of the quote.

        Returns:
            list[CrmProductRow]

        Example:
            result = client.crm.quote.productrows.get(id=1)
            result = await client.crm.quote.productrows.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmProductRow]",
            await self._backend._invoke(_CRM_QUOTE_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.quote.productrows.set is deprecated.")
    async def set(
        self,
        *,
        id: int,
        rows: Sequence[CrmQuoteProductrowsSetRows] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the product rows of a quote: create new ones and update existing ones.

        Development stopped: use crm.item.productrow.*, which also changes a single row.

        Deprecated.

        REST method: ``crm.quote.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-product-rows-set.html

        Args:
            id: ID of the quote.
            rows: The complete new list of product rows.

        Returns:
            bool

        Example:
            result = client.crm.quote.productrows.set(id=1)
            result = await client.crm.quote.productrows.set(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_QUOTE_PRODUCTROWS_SET, {"id": id, "rows": rows}
            ),
        )


class BatchCrmQuoteProductrows(Namespace):
    """Methods under ``crm.quote.productrows`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.quote.productrows.get is deprecated.")
    def get(self, *, id: int | Ref) -> BatchCommand[list[CrmProductRow]]:
        """List the product rows of a quote: products, prices, discounts and taxes.

        Development stopped: use crm.item.productrow.list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-product-rows-get.html

        Args:
            id: ID of the quote.

        Returns:
            BatchCommand[list[CrmProductRow]]

        Example:
            command = batch.crm.quote.productrows.get(id=1)
        """
        return cast(
            "BatchCommand[list[CrmProductRow]]",
            self._backend._invoke(_CRM_QUOTE_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.quote.productrows.set is deprecated.")
    def set(
        self,
        *,
        id: int | Ref,
        rows: Sequence[CrmQuoteProductrowsSetRows] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Save the product rows of a quote: create new ones and update existing ones.

        Development stopped: use crm.item.productrow.*, which also changes a single row.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-product-rows-set.html

        Args:
            id: ID of the quote.
            rows: The complete new list of product rows.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.quote.productrows.set(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_QUOTE_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class CrmQuoteUserfield(Namespace):
    """Methods under ``crm.quote.userfield``."""

    __slots__ = ()

    def add(self, *, fields: CrmQuoteUserfieldAddFields) -> int:
        """Create a custom field (UF_CRM_*) on quotes and return its ID.

        The field code gets the "UF_CRM_" prefix; crm.userfield.types lists the allowed types.

        REST method: ``crm.quote.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-add.html

        Args:
            fields: Description of the new field.

        Returns:
            int

        Example:
            result = client.crm.quote.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.quote.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_QUOTE_USERFIELD_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove a custom field of quotes together with all its values.

        REST method: ``crm.quote.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.quote.userfield.delete(id=1)
            result = await client.crm.quote.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_QUOTE_USERFIELD_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> _CrmQuoteUserfield:
        """Read the settings of one custom field of quotes.

        REST method: ``crm.quote.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmQuoteUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.quote.userfield.get(id=1)
            result = await client.crm.quote.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmQuoteUserfield",
            self._backend._invoke(_CRM_QUOTE_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmQuoteUserfield]:
        """List the custom fields defined on quotes, with their settings.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.quote.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-list.html

        Args:
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmQuoteUserfield]

        Example:
            result = client.crm.quote.userfield.list()
            result = await client.crm.quote.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmQuoteUserfield]",
            self._backend._invoke_page(
                _CRM_QUOTE_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmQuoteUserfieldUpdateFields) -> bool:
        """Change labels, settings or list options of a custom field of quotes.

        REST method: ``crm.quote.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.quote.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.quote.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_QUOTE_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmQuoteUserfield(Namespace):
    """Methods under ``crm.quote.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmQuoteUserfieldAddFields) -> int:
        """Create a custom field (UF_CRM_*) on quotes and return its ID.

        The field code gets the "UF_CRM_" prefix; crm.userfield.types lists the allowed types.

        REST method: ``crm.quote.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-add.html

        Args:
            fields: Description of the new field.

        Returns:
            int

        Example:
            result = client.crm.quote.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.quote.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_QUOTE_USERFIELD_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a custom field of quotes together with all its values.

        REST method: ``crm.quote.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.quote.userfield.delete(id=1)
            result = await client.crm.quote.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_QUOTE_USERFIELD_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _CrmQuoteUserfield:
        """Read the settings of one custom field of quotes.

        REST method: ``crm.quote.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmQuoteUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.quote.userfield.get(id=1)
            result = await client.crm.quote.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmQuoteUserfield",
            await self._backend._invoke(_CRM_QUOTE_USERFIELD_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmQuoteUserfield]:
        """List the custom fields defined on quotes, with their settings.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.quote.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-list.html

        Args:
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmQuoteUserfield]

        Example:
            result = client.crm.quote.userfield.list()
            result = await client.crm.quote.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmQuoteUserfield]",
            await self._backend._invoke_page(
                _CRM_QUOTE_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: CrmQuoteUserfieldUpdateFields) -> bool:
        """Change labels, settings or list options of a custom field of quotes.

        REST method: ``crm.quote.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.quote.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.quote.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_QUOTE_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmQuoteUserfield(Namespace):
    """Methods under ``crm.quote.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmQuoteUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field (UF_CRM_*) on quotes and return its ID.

        The field code gets the "UF_CRM_" prefix; crm.userfield.types lists the allowed types.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-add.html

        Args:
            fields: Description of the new field.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.quote.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_QUOTE_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a custom field of quotes together with all its values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.quote.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_QUOTE_USERFIELD_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmQuoteUserfield]:
        """Read the settings of one custom field of quotes.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[CrmQuoteUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.quote.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmQuoteUserfield]",
            self._backend._invoke(_CRM_QUOTE_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmQuoteUserfield]]:
        """List the custom fields defined on quotes, with their settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-list.html

        Args:
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmQuoteUserfield]]

        Example:
            command = batch.crm.quote.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmQuoteUserfield]]",
            self._backend._invoke_page(
                _CRM_QUOTE_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmQuoteUserfieldUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change labels, settings or list options of a custom field of quotes.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.quote.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.quote.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_QUOTE_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )
