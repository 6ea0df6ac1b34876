"""Methods under ``crm.vat``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CrmVat as _CrmVat,
        CrmVatAddFields,
        CrmVatFieldsResult,
        CrmVatUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_VAT_ADD = MethodInfo(
    name="crm.vat.add", idempotent=False, returns="integer", api=1
)
_CRM_VAT_DELETE = MethodInfo(
    name="crm.vat.delete", idempotent=False, returns="boolean", api=1
)
_CRM_VAT_FIELDS = MethodInfo(
    name="crm.vat.fields", idempotent=True, returns="any", api=1
)
_CRM_VAT_GET = MethodInfo(name="crm.vat.get", idempotent=True, returns="any", api=1)
_CRM_VAT_LIST = MethodInfo(name="crm.vat.list", idempotent=True, returns="any", api=1)
_CRM_VAT_UPDATE = MethodInfo(
    name="crm.vat.update", idempotent=False, returns="any", api=1
)


class CrmVat(Namespace):
    """Methods under ``crm.vat``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.vat.add is deprecated; use catalog.vat.add instead."
    )
    def add(self, *, fields: CrmVatAddFields) -> int:
        """Create a VAT rate for products and return its ID.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.add`` instead.

        REST method: ``crm.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-add.html

        Args:
            fields: Values of the new rate.

        Returns:
            int

        Example:
            result = client.crm.vat.add(fields={"NAME": "Anna", "RATE": 1.5})
            result = await client.crm.vat.add(fields={"NAME": "Anna", "RATE": 1.5})  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_CRM_VAT_ADD, {"fields": fields}))

    @deprecated(
        "The REST method crm.vat.delete is deprecated; use catalog.vat.delete instead."
    )
    def delete(self, *, id: int) -> bool:
        """Remove a VAT rate from the product catalog.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.delete`` instead.

        REST method: ``crm.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-delete.html

        Args:
            id: ID of the tax rate.

        Returns:
            bool

        Example:
            result = client.crm.vat.delete(id=1)
            result = await client.crm.vat.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_VAT_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.vat.fields is deprecated; use catalog.vat.getFields instead."
    )
    def fields(self) -> CrmVatFieldsResult:
        """Describe the fields of VAT rates: name, percent, sort and status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.getFields`` instead.

        REST method: ``crm.vat.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-fields.html

        Returns:
            CrmVatFieldsResult

        Example:
            result = client.crm.vat.fields()
            result = await client.crm.vat.fields()  # AsyncBitrix24
        """
        return cast("CrmVatFieldsResult", self._backend._invoke(_CRM_VAT_FIELDS, {}))

    @deprecated(
        "The REST method crm.vat.get is deprecated; use catalog.vat.get instead."
    )
    def get(self, *, id: int) -> _CrmVat:
        """Read one VAT rate: its name, percent and status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.get`` instead.

        REST method: ``crm.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-get.html

        Args:
            id: ID of the tax rate.

        Returns:
            CrmVat

        Example:
            result = client.crm.vat.get(id=1)
            result = await client.crm.vat.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmVat", self._backend._invoke(_CRM_VAT_GET, {"id": id}))

    @deprecated(
        "The REST method crm.vat.list is deprecated; use catalog.vat.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmVat]:
        """List the VAT rates of the product catalog.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on rate fields, such as {"ACTIVE": "Y"}.
            select: Fields to return.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmVat]

        Example:
            result = client.crm.vat.list()
            result = await client.crm.vat.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmVat]",
            self._backend._invoke_page(
                _CRM_VAT_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.vat.update is deprecated; use catalog.vat.update instead."
    )
    def update(self, *, id: int, fields: CrmVatUpdateFields) -> bool | int:
        """Rename a VAT rate or change its percent or status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.update`` instead.

        REST method: ``crm.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-update.html

        Args:
            id: ID of the tax rate.
            fields: Values to change.

        Returns:
            bool | int

        Example:
            result = client.crm.vat.update(id=1, fields={"NAME": "Anna"})
            result = await client.crm.vat.update(id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "bool | int",
            self._backend._invoke(_CRM_VAT_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCrmVat(Namespace):
    """Methods under ``crm.vat`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.vat.add is deprecated; use catalog.vat.add instead."
    )
    async def add(self, *, fields: CrmVatAddFields) -> int:
        """Create a VAT rate for products and return its ID.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.add`` instead.

        REST method: ``crm.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-add.html

        Args:
            fields: Values of the new rate.

        Returns:
            int

        Example:
            result = client.crm.vat.add(fields={"NAME": "Anna", "RATE": 1.5})
            result = await client.crm.vat.add(fields={"NAME": "Anna", "RATE": 1.5})  # AsyncBitrix24
        """
        return cast(int, await self._backend._invoke(_CRM_VAT_ADD, {"fields": fields}))

    @deprecated(
        "The REST method crm.vat.delete is deprecated; use catalog.vat.delete instead."
    )
    async def delete(self, *, id: int) -> bool:
        """Remove a VAT rate from the product catalog.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.delete`` instead.

        REST method: ``crm.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-delete.html

        Args:
            id: ID of the tax rate.

        Returns:
            bool

        Example:
            result = client.crm.vat.delete(id=1)
            result = await client.crm.vat.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_VAT_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.vat.fields is deprecated; use catalog.vat.getFields instead."
    )
    async def fields(self) -> CrmVatFieldsResult:
        """Describe the fields of VAT rates: name, percent, sort and status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.getFields`` instead.

        REST method: ``crm.vat.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-fields.html

        Returns:
            CrmVatFieldsResult

        Example:
            result = client.crm.vat.fields()
            result = await client.crm.vat.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmVatFieldsResult", await self._backend._invoke(_CRM_VAT_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.vat.get is deprecated; use catalog.vat.get instead."
    )
    async def get(self, *, id: int) -> _CrmVat:
        """Read one VAT rate: its name, percent and status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.get`` instead.

        REST method: ``crm.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-get.html

        Args:
            id: ID of the tax rate.

        Returns:
            CrmVat

        Example:
            result = client.crm.vat.get(id=1)
            result = await client.crm.vat.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmVat", await self._backend._invoke(_CRM_VAT_GET, {"id": id}))

    @deprecated(
        "The REST method crm.vat.list is deprecated; use catalog.vat.list instead."
    )
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmVat]:
        """List the VAT rates of the product catalog.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on rate fields, such as {"ACTIVE": "Y"}.
            select: Fields to return.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmVat]

        Example:
            result = client.crm.vat.list()
            result = await client.crm.vat.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmVat]",
            await self._backend._invoke_page(
                _CRM_VAT_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.vat.update is deprecated; use catalog.vat.update instead."
    )
    async def update(self, *, id: int, fields: CrmVatUpdateFields) -> bool | int:
        """Rename a VAT rate or change its percent or status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.update`` instead.

        REST method: ``crm.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-update.html

        Args:
            id: ID of the tax rate.
            fields: Values to change.

        Returns:
            bool | int

        Example:
            result = client.crm.vat.update(id=1, fields={"NAME": "Anna"})
            result = await client.crm.vat.update(id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "bool | int",
            await self._backend._invoke(_CRM_VAT_UPDATE, {"id": id, "fields": fields}),
        )


class BatchCrmVat(Namespace):
    """Methods under ``crm.vat`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.vat.add is deprecated; use catalog.vat.add instead."
    )
    def add(self, *, fields: CrmVatAddFields | Ref) -> BatchCommand[int]:
        """Create a VAT rate for products and return its ID.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-add.html

        Args:
            fields: Values of the new rate.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.vat.add(fields={"NAME": "Anna", "RATE": 1.5})
        """
        return cast(
            "BatchCommand[int]", self._backend._invoke(_CRM_VAT_ADD, {"fields": fields})
        )

    @deprecated(
        "The REST method crm.vat.delete is deprecated; use catalog.vat.delete instead."
    )
    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a VAT rate from the product catalog.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-delete.html

        Args:
            id: ID of the tax rate.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.vat.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CRM_VAT_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.vat.fields is deprecated; use catalog.vat.getFields instead."
    )
    def fields(self) -> BatchCommand[CrmVatFieldsResult]:
        """Describe the fields of VAT rates: name, percent, sort and status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.vat.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-fields.html

        Returns:
            BatchCommand[CrmVatFieldsResult]

        Example:
            command = batch.crm.vat.fields()
        """
        return cast(
            "BatchCommand[CrmVatFieldsResult]",
            self._backend._invoke(_CRM_VAT_FIELDS, {}),
        )

    @deprecated(
        "The REST method crm.vat.get is deprecated; use catalog.vat.get instead."
    )
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmVat]:
        """Read one VAT rate: its name, percent and status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-get.html

        Args:
            id: ID of the tax rate.

        Returns:
            BatchCommand[CrmVat]

        Example:
            command = batch.crm.vat.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmVat]", self._backend._invoke(_CRM_VAT_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.vat.list is deprecated; use catalog.vat.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmVat]]:
        """List the VAT rates of the product catalog.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on rate fields, such as {"ACTIVE": "Y"}.
            select: Fields to return.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmVat]]

        Example:
            command = batch.crm.vat.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmVat]]",
            self._backend._invoke_page(
                _CRM_VAT_LIST,
                {"order": order, "filter": filter, "select": select, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.vat.update is deprecated; use catalog.vat.update instead."
    )
    def update(
        self, *, id: int | Ref, fields: CrmVatUpdateFields | Ref
    ) -> BatchCommand[bool | int]:
        """Rename a VAT rate or change its percent or status.

        Deprecated: use catalog.vat.* instead.

        Deprecated: use ``catalog.vat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-update.html

        Args:
            id: ID of the tax rate.
            fields: Values to change.

        Returns:
            BatchCommand[bool | int]

        Example:
            command = batch.crm.vat.update(id=1, fields={"NAME": "Anna"})
        """
        return cast(
            "BatchCommand[bool | int]",
            self._backend._invoke(_CRM_VAT_UPDATE, {"id": id, "fields": fields}),
        )
