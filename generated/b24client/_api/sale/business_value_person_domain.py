"""Methods under ``sale.businessValuePersonDomain``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sale import (
        SaleBusinessValuePersonDomain as _SaleBusinessValuePersonDomain,
        SaleBusinessValuePersonDomainAddFields,
        SaleBusinessValuePersonDomainAddResult,
        SaleBusinessValuePersonDomainDeleteByFilterFields,
        SaleBusinessValuePersonDomainGetFieldsResult,
    )

_SALE_BUSINESS_VALUE_PERSON_DOMAIN_ADD = MethodInfo(
    name="sale.businessValuePersonDomain.add", idempotent=False, returns="any", api=1
)
_SALE_BUSINESS_VALUE_PERSON_DOMAIN_DELETE_BY_FILTER = MethodInfo(
    name="sale.businessValuePersonDomain.deleteByFilter",
    idempotent=False,
    returns="boolean",
    api=1,
)
_SALE_BUSINESS_VALUE_PERSON_DOMAIN_GET_FIELDS = MethodInfo(
    name="sale.businessValuePersonDomain.getFields",
    idempotent=True,
    returns="any",
    api=1,
)
_SALE_BUSINESS_VALUE_PERSON_DOMAIN_LIST = MethodInfo(
    name="sale.businessValuePersonDomain.list", idempotent=True, returns="any", api=1
)


class SaleBusinessValuePersonDomain(Namespace):
    """Methods under ``sale.businessValuePersonDomain``."""

    __slots__ = ()

    def add(
        self, *, fields: SaleBusinessValuePersonDomainAddFields
    ) -> SaleBusinessValuePersonDomainAddResult:
        """Mark a payer type as an individual or a legal entity.

        REST method: ``sale.businessValuePersonDomain.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-add.html

        Args:
            fields: The mapping to create.

        Returns:
            SaleBusinessValuePersonDomainAddResult

        Example:
            result = client.sale.business_value_person_domain.add(fields={"personTypeId": 1, "domain": "https://example.com/hook"})
            result = await client.sale.business_value_person_domain.add(fields={"personTypeId": 1, "domain": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            "SaleBusinessValuePersonDomainAddResult",
            self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_ADD, {"fields": fields}
            ),
        )

    def delete_by_filter(
        self, *, fields: SaleBusinessValuePersonDomainDeleteByFilterFields
    ) -> bool:
        """Remove the individual/legal-entity mapping of a payer type.

        REST method: ``sale.businessValuePersonDomain.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-delete-by-filter.html

        Args:
            fields: The mapping to remove, identified by both keys.

        Returns:
            bool

        Example:
            result = client.sale.business_value_person_domain.delete_by_filter(fields={"personTypeId": 1, "domain": "https://example.com/hook"})
            result = await client.sale.business_value_person_domain.delete_by_filter(fields={"personTypeId": 1, "domain": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> SaleBusinessValuePersonDomainGetFieldsResult:
        """Describe the fields of payer type to individual/legal-entity mappings.

        REST method: ``sale.businessValuePersonDomain.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-get-fields.html

        Returns:
            SaleBusinessValuePersonDomainGetFieldsResult

        Example:
            result = client.sale.business_value_person_domain.get_fields()
            result = await client.sale.business_value_person_domain.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleBusinessValuePersonDomainGetFieldsResult",
            self._backend._invoke(_SALE_BUSINESS_VALUE_PERSON_DOMAIN_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleBusinessValuePersonDomain]:
        """List which payer types count as individuals or legal entities.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.businessValuePersonDomain.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleBusinessValuePersonDomain]

        Example:
            result = client.sale.business_value_person_domain.list()
            result = await client.sale.business_value_person_domain.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleBusinessValuePersonDomain]",
            self._backend._invoke_page(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncSaleBusinessValuePersonDomain(Namespace):
    """Methods under ``sale.businessValuePersonDomain`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SaleBusinessValuePersonDomainAddFields
    ) -> SaleBusinessValuePersonDomainAddResult:
        """Mark a payer type as an individual or a legal entity.

        REST method: ``sale.businessValuePersonDomain.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-add.html

        Args:
            fields: The mapping to create.

        Returns:
            SaleBusinessValuePersonDomainAddResult

        Example:
            result = client.sale.business_value_person_domain.add(fields={"personTypeId": 1, "domain": "https://example.com/hook"})
            result = await client.sale.business_value_person_domain.add(fields={"personTypeId": 1, "domain": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            "SaleBusinessValuePersonDomainAddResult",
            await self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_ADD, {"fields": fields}
            ),
        )

    async def delete_by_filter(
        self, *, fields: SaleBusinessValuePersonDomainDeleteByFilterFields
    ) -> bool:
        """Remove the individual/legal-entity mapping of a payer type.

        REST method: ``sale.businessValuePersonDomain.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-delete-by-filter.html

        Args:
            fields: The mapping to remove, identified by both keys.

        Returns:
            bool

        Example:
            result = client.sale.business_value_person_domain.delete_by_filter(fields={"personTypeId": 1, "domain": "https://example.com/hook"})
            result = await client.sale.business_value_person_domain.delete_by_filter(fields={"personTypeId": 1, "domain": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    async def get_fields(self) -> SaleBusinessValuePersonDomainGetFieldsResult:
        """Describe the fields of payer type to individual/legal-entity mappings.

        REST method: ``sale.businessValuePersonDomain.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-get-fields.html

        Returns:
            SaleBusinessValuePersonDomainGetFieldsResult

        Example:
            result = client.sale.business_value_person_domain.get_fields()
            result = await client.sale.business_value_person_domain.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleBusinessValuePersonDomainGetFieldsResult",
            await self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_GET_FIELDS, {}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleBusinessValuePersonDomain]:
        """List which payer types count as individuals or legal entities.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.businessValuePersonDomain.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleBusinessValuePersonDomain]

        Example:
            result = client.sale.business_value_person_domain.list()
            result = await client.sale.business_value_person_domain.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleBusinessValuePersonDomain]",
            await self._backend._invoke_page(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchSaleBusinessValuePersonDomain(Namespace):
    """Methods under ``sale.businessValuePersonDomain`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleBusinessValuePersonDomainAddFields | Ref
    ) -> BatchCommand[SaleBusinessValuePersonDomainAddResult]:
        """Mark a payer type as an individual or a legal entity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.businessValuePersonDomain.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-add.html

        Args:
            fields: The mapping to create.

        Returns:
            BatchCommand[SaleBusinessValuePersonDomainAddResult]

        Example:
            command = batch.sale.business_value_person_domain.add(fields={"personTypeId": 1, "domain": "https://example.com/hook"})
        """
        return cast(
            "BatchCommand[SaleBusinessValuePersonDomainAddResult]",
            self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_ADD, {"fields": fields}
            ),
        )

    def delete_by_filter(
        self, *, fields: SaleBusinessValuePersonDomainDeleteByFilterFields | Ref
    ) -> BatchCommand[bool]:
        """Remove the individual/legal-entity mapping of a payer type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.businessValuePersonDomain.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-delete-by-filter.html

        Args:
            fields: The mapping to remove, identified by both keys.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.business_value_person_domain.delete_by_filter(fields={"personTypeId": 1, "domain": "https://example.com/hook"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> BatchCommand[SaleBusinessValuePersonDomainGetFieldsResult]:
        """Describe the fields of payer type to individual/legal-entity mappings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.businessValuePersonDomain.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-get-fields.html

        Returns:
            BatchCommand[SaleBusinessValuePersonDomainGetFieldsResult]

        Example:
            command = batch.sale.business_value_person_domain.get_fields()
        """
        return cast(
            "BatchCommand[SaleBusinessValuePersonDomainGetFieldsResult]",
            self._backend._invoke(_SALE_BUSINESS_VALUE_PERSON_DOMAIN_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleBusinessValuePersonDomain]]:
        """List which payer types count as individuals or legal entities.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.businessValuePersonDomain.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/business-value-person-domain/sale-business-value-person-domain-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleBusinessValuePersonDomain]]

        Example:
            command = batch.sale.business_value_person_domain.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleBusinessValuePersonDomain]]",
            self._backend._invoke_page(
                _SALE_BUSINESS_VALUE_PERSON_DOMAIN_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
