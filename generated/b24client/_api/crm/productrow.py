"""Methods under ``crm.productrow``: generated from spec/ by ``python -m generator``; do not edit."""

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

_CRM_PRODUCTROW_FIELDS = MethodInfo(
    name="crm.productrow.fields", idempotent=True, returns="any", api=1
)
_CRM_PRODUCTROW_LIST = MethodInfo(
    name="crm.productrow.list", idempotent=True, returns="any", api=1
)


class CrmProductrow(Namespace):
    """Methods under ``crm.productrow``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.productrow.fields is deprecated; use crm.item.productrow.fields instead."
    )
    def fields(self) -> Any:
        """Describe the fields of product rows of CRM records (old style).

        Development stopped: use crm.item.productrow.fields.

        Deprecated: use ``crm.item.productrow.fields`` instead.

        REST method: ``crm.productrow.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/productrow-old/crm-productrow-fields.html

        Returns:
            Any

        Example:
            result = client.crm.productrow.fields()
            result = await client.crm.productrow.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCTROW_FIELDS, {})

    @deprecated(
        "The REST method crm.productrow.list is deprecated; use crm.item.productrow.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find product rows of deals, leads, quotes or other owners by filter.

        Development stopped: use crm.item.productrow.list. The filter must name the owner: OWNER_TYPE (such as "D" for a deal) and OWNER_ID.

        Deprecated: use ``crm.item.productrow.list`` instead.

        REST method: ``crm.productrow.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/productrow-old/crm-productrow-list.html

        Args:
            select: Fields of the rows to return.
            filter: Conditions on row fields, including OWNER_TYPE and OWNER_ID, such as {"OWNER_TYPE": "D", "OWNER_ID": 1}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.productrow.list()
            result = await client.crm.productrow.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCTROW_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )


class AsyncCrmProductrow(Namespace):
    """Methods under ``crm.productrow`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.productrow.fields is deprecated; use crm.item.productrow.fields instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of product rows of CRM records (old style).

        Development stopped: use crm.item.productrow.fields.

        Deprecated: use ``crm.item.productrow.fields`` instead.

        REST method: ``crm.productrow.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/productrow-old/crm-productrow-fields.html

        Returns:
            Any

        Example:
            result = client.crm.productrow.fields()
            result = await client.crm.productrow.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCTROW_FIELDS, {})

    @deprecated(
        "The REST method crm.productrow.list is deprecated; use crm.item.productrow.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find product rows of deals, leads, quotes or other owners by filter.

        Development stopped: use crm.item.productrow.list. The filter must name the owner: OWNER_TYPE (such as "D" for a deal) and OWNER_ID.

        Deprecated: use ``crm.item.productrow.list`` instead.

        REST method: ``crm.productrow.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/productrow-old/crm-productrow-list.html

        Args:
            select: Fields of the rows to return.
            filter: Conditions on row fields, including OWNER_TYPE and OWNER_ID, such as {"OWNER_TYPE": "D", "OWNER_ID": 1}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.productrow.list()
            result = await client.crm.productrow.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCTROW_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )


class BatchCrmProductrow(Namespace):
    """Methods under ``crm.productrow`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.productrow.fields is deprecated; use crm.item.productrow.fields instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of product rows of CRM records (old style).

        Development stopped: use crm.item.productrow.fields.

        Deprecated: use ``crm.item.productrow.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productrow.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/productrow-old/crm-productrow-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productrow.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PRODUCTROW_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.productrow.list is deprecated; use crm.item.productrow.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Find product rows of deals, leads, quotes or other owners by filter.

        Development stopped: use crm.item.productrow.list. The filter must name the owner: OWNER_TYPE (such as "D" for a deal) and OWNER_ID.

        Deprecated: use ``crm.item.productrow.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productrow.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/productrow-old/crm-productrow-list.html

        Args:
            select: Fields of the rows to return.
            filter: Conditions on row fields, including OWNER_TYPE and OWNER_ID, such as {"OWNER_TYPE": "D", "OWNER_ID": 1}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productrow.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCTROW_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
