"""Methods under ``crm.deal``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import (
        CrmDeal as _CrmDeal,
        CrmDealAddParams,
        CrmDealFields,
        CrmProductRow,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_DEAL_ADD = MethodInfo(
    name="crm.deal.add", idempotent=False, returns="integer", api=1
)
_CRM_DEAL_GET = MethodInfo(name="crm.deal.get", idempotent=True, returns="any", api=1)
_CRM_DEAL_LIST = MethodInfo(name="crm.deal.list", idempotent=True, returns="any", api=1)
_CRM_DEAL_CONTACT_ITEMS_DELETE = MethodInfo(
    name="crm.deal.contact.items.delete", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_PRODUCTROWS_SET = MethodInfo(
    name="crm.deal.productrows.set", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_RECURRING_EXPOSE = MethodInfo(
    name="crm.deal.recurring.expose", idempotent=False, returns="any", api=1
)


class CrmDeal(Namespace):
    """Methods under ``crm.deal``."""

    __slots__ = ()

    @property
    def contact(self) -> CrmDealContact:
        """Methods under ``crm.deal.contact``."""
        return CrmDealContact(self._backend)

    @property
    def productrows(self) -> CrmDealProductrows:
        """Methods under ``crm.deal.productrows``."""
        return CrmDealProductrows(self._backend)

    @property
    def recurring(self) -> CrmDealRecurring:
        """Methods under ``crm.deal.recurring``."""
        return CrmDealRecurring(self._backend)

    @deprecated("The REST method crm.deal.add is deprecated; use crm.item.add instead.")
    def add(
        self,
        *,
        fields: CrmDealFields,
        params: CrmDealAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a deal.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.deal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html

        Args:
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.deal.add(fields={"TITLE": "Kick-off call"})
            result = await client.crm.deal.add(fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_DEAL_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_DEAL_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated("The REST method crm.deal.get is deprecated; use crm.item.get instead.")
    def get(self, *, id: int) -> _CrmDeal:
        """Fetch one deal.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.deal.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html

        Returns:
            CrmDeal

        Example:
            result = client.crm.deal.get(id=1)
            result = await client.crm.deal.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmDeal", self._backend._invoke(_CRM_DEAL_GET, {"id": id}))

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmDeal]:
        """List deals, page by page.

        Filters, sorts and selects deal fields.
        Each page holds up to 50 deals.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html

        Args:
            filter: Field conditions, such as {">OPPORTUNITY": 1000}.
            select: Fields to return.

        Returns:
            Page[CrmDeal]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.list()
            result = await client.crm.deal.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmDeal]",
            self._backend._invoke_page(
                _CRM_DEAL_LIST, {"filter": filter, "select": select, "order": order}
            ),
        )


class AsyncCrmDeal(Namespace):
    """Methods under ``crm.deal`` (async)."""

    __slots__ = ()

    @property
    def contact(self) -> AsyncCrmDealContact:
        """Methods under ``crm.deal.contact``."""
        return AsyncCrmDealContact(self._backend)

    @property
    def productrows(self) -> AsyncCrmDealProductrows:
        """Methods under ``crm.deal.productrows``."""
        return AsyncCrmDealProductrows(self._backend)

    @property
    def recurring(self) -> AsyncCrmDealRecurring:
        """Methods under ``crm.deal.recurring``."""
        return AsyncCrmDealRecurring(self._backend)

    @deprecated("The REST method crm.deal.add is deprecated; use crm.item.add instead.")
    async def add(
        self,
        *,
        fields: CrmDealFields,
        params: CrmDealAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a deal.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.deal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html

        Args:
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.deal.add(fields={"TITLE": "Kick-off call"})
            result = await client.crm.deal.add(fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_DEAL_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_DEAL_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated("The REST method crm.deal.get is deprecated; use crm.item.get instead.")
    async def get(self, *, id: int) -> _CrmDeal:
        """Fetch one deal.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.deal.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html

        Returns:
            CrmDeal

        Example:
            result = client.crm.deal.get(id=1)
            result = await client.crm.deal.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmDeal", await self._backend._invoke(_CRM_DEAL_GET, {"id": id}))

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmDeal]:
        """List deals, page by page.

        Filters, sorts and selects deal fields.
        Each page holds up to 50 deals.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html

        Args:
            filter: Field conditions, such as {">OPPORTUNITY": 1000}.
            select: Fields to return.

        Returns:
            AsyncPage[CrmDeal]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.list()
            result = await client.crm.deal.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmDeal]",
            await self._backend._invoke_page(
                _CRM_DEAL_LIST, {"filter": filter, "select": select, "order": order}
            ),
        )


class BatchCrmDeal(Namespace):
    """Methods under ``crm.deal`` (queued into a batch)."""

    __slots__ = ()

    @property
    def contact(self) -> BatchCrmDealContact:
        """Methods under ``crm.deal.contact``."""
        return BatchCrmDealContact(self._backend)

    @property
    def productrows(self) -> BatchCrmDealProductrows:
        """Methods under ``crm.deal.productrows``."""
        return BatchCrmDealProductrows(self._backend)

    @property
    def recurring(self) -> BatchCrmDealRecurring:
        """Methods under ``crm.deal.recurring``."""
        return BatchCrmDealRecurring(self._backend)

    @deprecated("The REST method crm.deal.add is deprecated; use crm.item.add instead.")
    def add(
        self,
        *,
        fields: CrmDealFields | Ref,
        params: CrmDealAddParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a deal.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html

        Args:
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.deal.add(fields={"TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_DEAL_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_DEAL_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated("The REST method crm.deal.get is deprecated; use crm.item.get instead.")
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmDeal]:
        """Fetch one deal.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html

        Returns:
            BatchCommand[CrmDeal]

        Example:
            command = batch.crm.deal.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmDeal]", self._backend._invoke(_CRM_DEAL_GET, {"id": id})
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmDeal]]:
        """List deals, page by page.

        Filters, sorts and selects deal fields.
        Each page holds up to 50 deals.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html

        Args:
            filter: Field conditions, such as {">OPPORTUNITY": 1000}.
            select: Fields to return.

        Returns:
            BatchCommand[list[CrmDeal]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.deal.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDeal]]",
            self._backend._invoke_page(
                _CRM_DEAL_LIST, {"filter": filter, "select": select, "order": order}
            ),
        )


class CrmDealContact(Namespace):
    """Methods under ``crm.deal.contact``."""

    __slots__ = ()

    @property
    def items(self) -> CrmDealContactItems:
        """Methods under ``crm.deal.contact.items``."""
        return CrmDealContactItems(self._backend)


class AsyncCrmDealContact(Namespace):
    """Methods under ``crm.deal.contact`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmDealContactItems:
        """Methods under ``crm.deal.contact.items``."""
        return AsyncCrmDealContactItems(self._backend)


class BatchCrmDealContact(Namespace):
    """Methods under ``crm.deal.contact`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmDealContactItems:
        """Methods under ``crm.deal.contact.items``."""
        return BatchCrmDealContactItems(self._backend)


class CrmDealContactItems(Namespace):
    """Methods under ``crm.deal.contact.items``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Unlink every contact from a deal.

        REST method: ``crm.deal.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-delete.html

        Args:
            id: ID of the deal.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.deal.contact.items.delete(id=1)
            result = await client.crm.deal.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_DELETE, {"id": id})
        )


class AsyncCrmDealContactItems(Namespace):
    """Methods under ``crm.deal.contact.items`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Unlink every contact from a deal.

        REST method: ``crm.deal.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-delete.html

        Args:
            id: ID of the deal.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.deal.contact.items.delete(id=1)
            result = await client.crm.deal.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_DELETE, {"id": id}),
        )


class BatchCrmDealContactItems(Namespace):
    """Methods under ``crm.deal.contact.items`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink every contact from a deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-delete.html

        Args:
            id: ID of the deal.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.crm.deal.contact.items.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_DELETE, {"id": id}),
        )


class CrmDealProductrows(Namespace):
    """Methods under ``crm.deal.productrows``."""

    __slots__ = ()

    def set(self, *, id: int, rows: Sequence[CrmProductRow]) -> bool:
        """Replace the product rows of a deal.

        REST method: ``crm.deal.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-set.html

        Returns:
            bool

        Example:
            result = client.crm.deal.productrows.set(id=1, rows=[{"PRODUCT_ID": 1}])
            result = await client.crm.deal.productrows.set(id=1, rows=[{"PRODUCT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_DEAL_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class AsyncCrmDealProductrows(Namespace):
    """Methods under ``crm.deal.productrows`` (async)."""

    __slots__ = ()

    async def set(self, *, id: int, rows: Sequence[CrmProductRow]) -> bool:
        """Replace the product rows of a deal.

        REST method: ``crm.deal.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-set.html

        Returns:
            bool

        Example:
            result = client.crm.deal.productrows.set(id=1, rows=[{"PRODUCT_ID": 1}])
            result = await client.crm.deal.productrows.set(id=1, rows=[{"PRODUCT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_PRODUCTROWS_SET, {"id": id, "rows": rows}
            ),
        )


class BatchCrmDealProductrows(Namespace):
    """Methods under ``crm.deal.productrows`` (queued into a batch)."""

    __slots__ = ()

    def set(
        self, *, id: int | Ref, rows: Sequence[CrmProductRow] | Ref
    ) -> BatchCommand[bool]:
        """Replace the product rows of a deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-set.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.productrows.set(id=1, rows=[{"PRODUCT_ID": 1}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class CrmDealRecurring(Namespace):
    """Methods under ``crm.deal.recurring``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.deal.recurring.expose is deprecated; use crm.item.list instead."
    )
    def expose(
        self, *, id: int, date: datetime.date | str | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Hostile: ""\" \\ {{ x }} {% if %} '' \\n ends in a quote\"

        First line with ""\"" and a backslash \\
        second {{ line }} {% raw %}

          indented ''' line\ttab
        unicode: Сделка ✓ — \u2028 sep
        last \"

        Deprecated: use ``crm.item.list`` instead.

        REST method: ``crm.deal.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.html

        Args:
            id: A param description with ""\" and \\ and a second line

        Returns:
            dict[str, Any]

        Example:
            result = client.crm.deal.recurring.expose(id=1)
            result = await client.crm.deal.recurring.expose(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(_CRM_DEAL_RECURRING_EXPOSE, {"id": id, "date": date}),
        )


class AsyncCrmDealRecurring(Namespace):
    """Methods under ``crm.deal.recurring`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.deal.recurring.expose is deprecated; use crm.item.list instead."
    )
    async def expose(
        self, *, id: int, date: datetime.date | str | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Hostile: ""\" \\ {{ x }} {% if %} '' \\n ends in a quote\"

        First line with ""\"" and a backslash \\
        second {{ line }} {% raw %}

          indented ''' line\ttab
        unicode: Сделка ✓ — \u2028 sep
        last \"

        Deprecated: use ``crm.item.list`` instead.

        REST method: ``crm.deal.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.html

        Args:
            id: A param description with ""\" and \\ and a second line

        Returns:
            dict[str, Any]

        Example:
            result = client.crm.deal.recurring.expose(id=1)
            result = await client.crm.deal.recurring.expose(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _CRM_DEAL_RECURRING_EXPOSE, {"id": id, "date": date}
            ),
        )


class BatchCrmDealRecurring(Namespace):
    """Methods under ``crm.deal.recurring`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.deal.recurring.expose is deprecated; use crm.item.list instead."
    )
    def expose(
        self, *, id: int | Ref, date: datetime.date | str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[dict[str, Any]]:
        """Hostile: ""\" \\ {{ x }} {% if %} '' \\n ends in a quote\"

        First line with ""\"" and a backslash \\
        second {{ line }} {% raw %}

          indented ''' line\ttab
        unicode: Сделка ✓ — \u2028 sep
        last \"

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.html

        Args:
            id: A param description with ""\" and \\ and a second line

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.crm.deal.recurring.expose(id=1)
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(_CRM_DEAL_RECURRING_EXPOSE, {"id": id, "date": date}),
        )
