"""Methods under ``crm.address``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmAddress as _CrmAddress,
        CrmAddressAddFields,
        CrmAddressDeleteFields,
        CrmAddressFieldsResult,
        CrmAddressListSelect,
        CrmAddressUpdateFields,
    )

_CRM_ADDRESS_ADD = MethodInfo(
    name="crm.address.add", idempotent=False, returns="boolean", api=1
)
_CRM_ADDRESS_DELETE = MethodInfo(
    name="crm.address.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ADDRESS_FIELDS = MethodInfo(
    name="crm.address.fields", idempotent=True, returns="any", api=1
)
_CRM_ADDRESS_LIST = MethodInfo(
    name="crm.address.list", idempotent=True, returns="any", api=1
)
_CRM_ADDRESS_UPDATE = MethodInfo(
    name="crm.address.update", idempotent=False, returns="boolean", api=1
)


class CrmAddress(Namespace):
    """Methods under ``crm.address``."""

    __slots__ = ()

    def add(self, *, fields: CrmAddressAddFields) -> bool:
        """Create an address of a given type for a requisite or lead.

        Addresses belong to requisites (which belong to companies or contacts) or to leads. A requisite can hold several addresses, one per address type. Returns true when added.

        REST method: ``crm.address.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-add.html

        Args:
            fields: Address values, keyed by field name.

        Returns:
            bool

        Example:
            result = client.crm.address.add(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
            result = await client.crm.address.add(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_ADDRESS_ADD, {"fields": fields}))

    def delete(self, *, fields: CrmAddressDeleteFields) -> bool:
        """Remove the address of a given type from a requisite or lead.

        REST method: ``crm.address.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-delete.html

        Args:
            fields: Keys that identify the address: TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID.

        Returns:
            bool

        Example:
            result = client.crm.address.delete(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
            result = await client.crm.address.delete(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ADDRESS_DELETE, {"fields": fields})
        )

    def fields(self) -> CrmAddressFieldsResult:
        """Describe the fields of a requisite or lead address.

        REST method: ``crm.address.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-fields.html

        Returns:
            CrmAddressFieldsResult

        Example:
            result = client.crm.address.fields()
            result = await client.crm.address.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmAddressFieldsResult", self._backend._invoke(_CRM_ADDRESS_FIELDS, {})
        )

    def list(
        self,
        *,
        select: Sequence[Any] | CrmAddressListSelect | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmAddress]:
        """Find addresses of requisites and leads by filter.

        An empty or missing select returns every address field.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.address.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-list.html

        Args:
            select: Address fields to return; all when empty.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.
            limit: Maximum number of addresses to return.

        Returns:
            Page[CrmAddress]

        Example:
            result = client.crm.address.list()
            result = await client.crm.address.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmAddress]",
            self._backend._invoke_page(
                _CRM_ADDRESS_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "limit": limit,
                },
            ),
        )

    def update(self, *, fields: CrmAddressUpdateFields) -> bool:
        """Change the address of a given type stored for a requisite or lead.

        The address is found by TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID together.

        REST method: ``crm.address.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-update.html

        Args:
            fields: Address values, keyed by field name.

        Returns:
            bool

        Example:
            result = client.crm.address.update(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
            result = await client.crm.address.update(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ADDRESS_UPDATE, {"fields": fields})
        )


class AsyncCrmAddress(Namespace):
    """Methods under ``crm.address`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmAddressAddFields) -> bool:
        """Create an address of a given type for a requisite or lead.

        Addresses belong to requisites (which belong to companies or contacts) or to leads. A requisite can hold several addresses, one per address type. Returns true when added.

        REST method: ``crm.address.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-add.html

        Args:
            fields: Address values, keyed by field name.

        Returns:
            bool

        Example:
            result = client.crm.address.add(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
            result = await client.crm.address.add(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_ADDRESS_ADD, {"fields": fields})
        )

    async def delete(self, *, fields: CrmAddressDeleteFields) -> bool:
        """Remove the address of a given type from a requisite or lead.

        REST method: ``crm.address.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-delete.html

        Args:
            fields: Keys that identify the address: TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID.

        Returns:
            bool

        Example:
            result = client.crm.address.delete(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
            result = await client.crm.address.delete(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_ADDRESS_DELETE, {"fields": fields})
        )

    async def fields(self) -> CrmAddressFieldsResult:
        """Describe the fields of a requisite or lead address.

        REST method: ``crm.address.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-fields.html

        Returns:
            CrmAddressFieldsResult

        Example:
            result = client.crm.address.fields()
            result = await client.crm.address.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmAddressFieldsResult",
            await self._backend._invoke(_CRM_ADDRESS_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[Any] | CrmAddressListSelect | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmAddress]:
        """Find addresses of requisites and leads by filter.

        An empty or missing select returns every address field.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.address.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-list.html

        Args:
            select: Address fields to return; all when empty.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.
            limit: Maximum number of addresses to return.

        Returns:
            AsyncPage[CrmAddress]

        Example:
            result = client.crm.address.list()
            result = await client.crm.address.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmAddress]",
            await self._backend._invoke_page(
                _CRM_ADDRESS_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "limit": limit,
                },
            ),
        )

    async def update(self, *, fields: CrmAddressUpdateFields) -> bool:
        """Change the address of a given type stored for a requisite or lead.

        The address is found by TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID together.

        REST method: ``crm.address.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-update.html

        Args:
            fields: Address values, keyed by field name.

        Returns:
            bool

        Example:
            result = client.crm.address.update(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
            result = await client.crm.address.update(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_ADDRESS_UPDATE, {"fields": fields})
        )


class BatchCrmAddress(Namespace):
    """Methods under ``crm.address`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmAddressAddFields | Ref) -> BatchCommand[bool]:
        """Create an address of a given type for a requisite or lead.

        Addresses belong to requisites (which belong to companies or contacts) or to leads. A requisite can hold several addresses, one per address type. Returns true when added.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.address.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-add.html

        Args:
            fields: Address values, keyed by field name.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.address.add(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ADDRESS_ADD, {"fields": fields}),
        )

    def delete(self, *, fields: CrmAddressDeleteFields | Ref) -> BatchCommand[bool]:
        """Remove the address of a given type from a requisite or lead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.address.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-delete.html

        Args:
            fields: Keys that identify the address: TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.address.delete(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ADDRESS_DELETE, {"fields": fields}),
        )

    def fields(self) -> BatchCommand[CrmAddressFieldsResult]:
        """Describe the fields of a requisite or lead address.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.address.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-fields.html

        Returns:
            BatchCommand[CrmAddressFieldsResult]

        Example:
            command = batch.crm.address.fields()
        """
        return cast(
            "BatchCommand[CrmAddressFieldsResult]",
            self._backend._invoke(_CRM_ADDRESS_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[Any] | CrmAddressListSelect | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmAddress]]:
        """Find addresses of requisites and leads by filter.

        An empty or missing select returns every address field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.address.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-list.html

        Args:
            select: Address fields to return; all when empty.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.
            limit: Maximum number of addresses to return.

        Returns:
            BatchCommand[list[CrmAddress]]

        Example:
            command = batch.crm.address.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmAddress]]",
            self._backend._invoke_page(
                _CRM_ADDRESS_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "limit": limit,
                },
            ),
        )

    def update(self, *, fields: CrmAddressUpdateFields | Ref) -> BatchCommand[bool]:
        """Change the address of a given type stored for a requisite or lead.

        The address is found by TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID together.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.address.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-update.html

        Args:
            fields: Address values, keyed by field name.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.address.update(fields={"TYPE_ID": 1, "ENTITY_TYPE_ID": 1, "ENTITY_ID": "1"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ADDRESS_UPDATE, {"fields": fields}),
        )
