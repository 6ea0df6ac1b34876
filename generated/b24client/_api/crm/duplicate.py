"""Methods under ``crm.duplicate``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmDuplicateFindbycommResult,
        CrmDuplicateVolatileType as _CrmDuplicateVolatileType,
        CrmDuplicateVolatileTypeFieldsResult,
        CrmDuplicateVolatileTypeRegisterResult,
    )

_CRM_DUPLICATE_FINDBYCOMM = MethodInfo(
    name="crm.duplicate.findbycomm", idempotent=True, returns="any", api=1
)
_CRM_DUPLICATE_VOLATILE_TYPE_FIELDS = MethodInfo(
    name="crm.duplicate.volatileType.fields", idempotent=True, returns="any", api=1
)
_CRM_DUPLICATE_VOLATILE_TYPE_LIST = MethodInfo(
    name="crm.duplicate.volatileType.list", idempotent=True, returns="any", api=1
)
_CRM_DUPLICATE_VOLATILE_TYPE_REGISTER = MethodInfo(
    name="crm.duplicate.volatileType.register", idempotent=False, returns="any", api=1
)
_CRM_DUPLICATE_VOLATILE_TYPE_UNREGISTER = MethodInfo(
    name="crm.duplicate.volatileType.unregister",
    idempotent=False,
    returns="boolean",
    api=1,
)


class CrmDuplicate(Namespace):
    """Methods under ``crm.duplicate``."""

    __slots__ = ()

    @property
    def volatile_type(self) -> CrmDuplicateVolatileType:
        """Methods under ``crm.duplicate.volatileType``."""
        return CrmDuplicateVolatileType(self._backend)

    def findbycomm(
        self,
        *,
        type: Literal["EMAIL", "PHONE"],
        values: Sequence[str],
        entity_type: Literal["LEAD", "CONTACT", "COMPANY"] | NotGiven = NOT_GIVEN,
    ) -> CrmDuplicateFindbycommResult:
        """Find leads, contacts and companies that share a phone number or e-mail.

        Up to 20 values per call. Once one object type yields 20 or more duplicates, the types after it are left out of the result.

        REST method: ``crm.duplicate.findbycomm``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/crm-duplicate-find-by-comm.html

        Args:
            type: \"EMAIL" or "PHONE": what the values are.
            values: Phone numbers or e-mail addresses to look for; up to 20.
            entity_type: \"LEAD", "CONTACT" or "COMPANY" to search one type only; all three when left out.

        Returns:
            CrmDuplicateFindbycommResult

        Example:
            result = client.crm.duplicate.findbycomm(type="EMAIL", values=["example"])
            result = await client.crm.duplicate.findbycomm(type="EMAIL", values=["example"])  # AsyncBitrix24
        """
        return cast(
            "CrmDuplicateFindbycommResult",
            self._backend._invoke(
                _CRM_DUPLICATE_FINDBYCOMM,
                {"type": type, "values": values, "entity_type": entity_type},
            ),
        )


class AsyncCrmDuplicate(Namespace):
    """Methods under ``crm.duplicate`` (async)."""

    __slots__ = ()

    @property
    def volatile_type(self) -> AsyncCrmDuplicateVolatileType:
        """Methods under ``crm.duplicate.volatileType``."""
        return AsyncCrmDuplicateVolatileType(self._backend)

    async def findbycomm(
        self,
        *,
        type: Literal["EMAIL", "PHONE"],
        values: Sequence[str],
        entity_type: Literal["LEAD", "CONTACT", "COMPANY"] | NotGiven = NOT_GIVEN,
    ) -> CrmDuplicateFindbycommResult:
        """Find leads, contacts and companies that share a phone number or e-mail.

        Up to 20 values per call. Once one object type yields 20 or more duplicates, the types after it are left out of the result.

        REST method: ``crm.duplicate.findbycomm``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/crm-duplicate-find-by-comm.html

        Args:
            type: \"EMAIL" or "PHONE": what the values are.
            values: Phone numbers or e-mail addresses to look for; up to 20.
            entity_type: \"LEAD", "CONTACT" or "COMPANY" to search one type only; all three when left out.

        Returns:
            CrmDuplicateFindbycommResult

        Example:
            result = client.crm.duplicate.findbycomm(type="EMAIL", values=["example"])
            result = await client.crm.duplicate.findbycomm(type="EMAIL", values=["example"])  # AsyncBitrix24
        """
        return cast(
            "CrmDuplicateFindbycommResult",
            await self._backend._invoke(
                _CRM_DUPLICATE_FINDBYCOMM,
                {"type": type, "values": values, "entity_type": entity_type},
            ),
        )


class BatchCrmDuplicate(Namespace):
    """Methods under ``crm.duplicate`` (queued into a batch)."""

    __slots__ = ()

    @property
    def volatile_type(self) -> BatchCrmDuplicateVolatileType:
        """Methods under ``crm.duplicate.volatileType``."""
        return BatchCrmDuplicateVolatileType(self._backend)

    def findbycomm(
        self,
        *,
        type: Literal["EMAIL", "PHONE"] | Ref,
        values: Sequence[str] | Ref,
        entity_type: Literal["LEAD", "CONTACT", "COMPANY"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmDuplicateFindbycommResult]:
        """Find leads, contacts and companies that share a phone number or e-mail.

        Up to 20 values per call. Once one object type yields 20 or more duplicates, the types after it are left out of the result.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.duplicate.findbycomm``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/crm-duplicate-find-by-comm.html

        Args:
            type: \"EMAIL" or "PHONE": what the values are.
            values: Phone numbers or e-mail addresses to look for; up to 20.
            entity_type: \"LEAD", "CONTACT" or "COMPANY" to search one type only; all three when left out.

        Returns:
            BatchCommand[CrmDuplicateFindbycommResult]

        Example:
            command = batch.crm.duplicate.findbycomm(type="EMAIL", values=["example"])
        """
        return cast(
            "BatchCommand[CrmDuplicateFindbycommResult]",
            self._backend._invoke(
                _CRM_DUPLICATE_FINDBYCOMM,
                {"type": type, "values": values, "entity_type": entity_type},
            ),
        )


class CrmDuplicateVolatileType(Namespace):
    """Methods under ``crm.duplicate.volatileType``."""

    __slots__ = ()

    def fields(
        self, *, entity_type_id: Literal[1, 3, 4] | NotGiven = NOT_GIVEN
    ) -> builtins.list[CrmDuplicateVolatileTypeFieldsResult]:
        """List the fields that can be added to duplicate search for leads, contacts and companies.

        REST method: ``crm.duplicate.volatileType.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-fields.html

        Args:
            entity_type_id: 1 lead, 3 contact or 4 company; all three when left out. Wire name: ``entityTypeId``.

        Returns:
            list[CrmDuplicateVolatileTypeFieldsResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.fields()
            result = await client.crm.duplicate.volatile_type.fields()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CrmDuplicateVolatileTypeFieldsResult]",
            self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_FIELDS, {"entityTypeId": entity_type_id}
            ),
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CrmDuplicateVolatileType]:
        """List the extra fields registered for duplicate search.

        REST method: ``crm.duplicate.volatileType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmDuplicateVolatileType]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.list()
            result = await client.crm.duplicate.volatile_type.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmDuplicateVolatileType]",
            self._backend._invoke(_CRM_DUPLICATE_VOLATILE_TYPE_LIST, {"start": start}),
        )

    def register(
        self, *, entity_type_id: Literal[1, 3, 4], field_code: str
    ) -> CrmDuplicateVolatileTypeRegisterResult:
        """Add a field to duplicate search for leads, contacts or companies.

        At most seven extra fields can be registered across all types. Registering a field again returns the existing record's ID.

        REST method: ``crm.duplicate.volatileType.register``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-register.html

        Args:
            entity_type_id: 1 lead, 3 contact or 4 company. Wire name: ``entityTypeId``.
            field_code: Code of the field, such as "TITLE", "RQ.RU.NAME" or "UF_CRM_1750854801". Wire name: ``fieldCode``.

        Returns:
            CrmDuplicateVolatileTypeRegisterResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.register(entity_type_id=1, field_code="example_code")
            result = await client.crm.duplicate.volatile_type.register(entity_type_id=1, field_code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmDuplicateVolatileTypeRegisterResult",
            self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_REGISTER,
                {"entityTypeId": entity_type_id, "fieldCode": field_code},
            ),
        )

    def unregister(self, *, id: int) -> bool:
        """Take a registered field out of duplicate search.

        REST method: ``crm.duplicate.volatileType.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-unregister.html

        Args:
            id: ID of the registration record, as returned by crm.duplicate.volatileType.register.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.unregister(id=1)
            result = await client.crm.duplicate.volatile_type.unregister(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_DUPLICATE_VOLATILE_TYPE_UNREGISTER, {"id": id}),
        )


class AsyncCrmDuplicateVolatileType(Namespace):
    """Methods under ``crm.duplicate.volatileType`` (async)."""

    __slots__ = ()

    async def fields(
        self, *, entity_type_id: Literal[1, 3, 4] | NotGiven = NOT_GIVEN
    ) -> builtins.list[CrmDuplicateVolatileTypeFieldsResult]:
        """List the fields that can be added to duplicate search for leads, contacts and companies.

        REST method: ``crm.duplicate.volatileType.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-fields.html

        Args:
            entity_type_id: 1 lead, 3 contact or 4 company; all three when left out. Wire name: ``entityTypeId``.

        Returns:
            list[CrmDuplicateVolatileTypeFieldsResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.fields()
            result = await client.crm.duplicate.volatile_type.fields()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CrmDuplicateVolatileTypeFieldsResult]",
            await self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_FIELDS, {"entityTypeId": entity_type_id}
            ),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CrmDuplicateVolatileType]:
        """List the extra fields registered for duplicate search.

        REST method: ``crm.duplicate.volatileType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmDuplicateVolatileType]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.list()
            result = await client.crm.duplicate.volatile_type.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmDuplicateVolatileType]",
            await self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_LIST, {"start": start}
            ),
        )

    async def register(
        self, *, entity_type_id: Literal[1, 3, 4], field_code: str
    ) -> CrmDuplicateVolatileTypeRegisterResult:
        """Add a field to duplicate search for leads, contacts or companies.

        At most seven extra fields can be registered across all types. Registering a field again returns the existing record's ID.

        REST method: ``crm.duplicate.volatileType.register``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-register.html

        Args:
            entity_type_id: 1 lead, 3 contact or 4 company. Wire name: ``entityTypeId``.
            field_code: Code of the field, such as "TITLE", "RQ.RU.NAME" or "UF_CRM_1750854801". Wire name: ``fieldCode``.

        Returns:
            CrmDuplicateVolatileTypeRegisterResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.register(entity_type_id=1, field_code="example_code")
            result = await client.crm.duplicate.volatile_type.register(entity_type_id=1, field_code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmDuplicateVolatileTypeRegisterResult",
            await self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_REGISTER,
                {"entityTypeId": entity_type_id, "fieldCode": field_code},
            ),
        )

    async def unregister(self, *, id: int) -> bool:
        """Take a registered field out of duplicate search.

        REST method: ``crm.duplicate.volatileType.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-unregister.html

        Args:
            id: ID of the registration record, as returned by crm.duplicate.volatileType.register.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.duplicate.volatile_type.unregister(id=1)
            result = await client.crm.duplicate.volatile_type.unregister(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_UNREGISTER, {"id": id}
            ),
        )


class BatchCrmDuplicateVolatileType(Namespace):
    """Methods under ``crm.duplicate.volatileType`` (queued into a batch)."""

    __slots__ = ()

    def fields(
        self, *, entity_type_id: Literal[1, 3, 4] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[CrmDuplicateVolatileTypeFieldsResult]]:
        """List the fields that can be added to duplicate search for leads, contacts and companies.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.duplicate.volatileType.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-fields.html

        Args:
            entity_type_id: 1 lead, 3 contact or 4 company; all three when left out. Wire name: ``entityTypeId``.

        Returns:
            BatchCommand[list[CrmDuplicateVolatileTypeFieldsResult]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.duplicate.volatile_type.fields()
        """
        return cast(
            "BatchCommand[builtins.list[CrmDuplicateVolatileTypeFieldsResult]]",
            self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_FIELDS, {"entityTypeId": entity_type_id}
            ),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmDuplicateVolatileType]]:
        """List the extra fields registered for duplicate search.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.duplicate.volatileType.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmDuplicateVolatileType]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.duplicate.volatile_type.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDuplicateVolatileType]]",
            self._backend._invoke(_CRM_DUPLICATE_VOLATILE_TYPE_LIST, {"start": start}),
        )

    def register(
        self, *, entity_type_id: Literal[1, 3, 4] | Ref, field_code: str | Ref
    ) -> BatchCommand[CrmDuplicateVolatileTypeRegisterResult]:
        """Add a field to duplicate search for leads, contacts or companies.

        At most seven extra fields can be registered across all types. Registering a field again returns the existing record's ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.duplicate.volatileType.register``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-register.html

        Args:
            entity_type_id: 1 lead, 3 contact or 4 company. Wire name: ``entityTypeId``.
            field_code: Code of the field, such as "TITLE", "RQ.RU.NAME" or "UF_CRM_1750854801". Wire name: ``fieldCode``.

        Returns:
            BatchCommand[CrmDuplicateVolatileTypeRegisterResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.duplicate.volatile_type.register(entity_type_id=1, field_code="example_code")
        """
        return cast(
            "BatchCommand[CrmDuplicateVolatileTypeRegisterResult]",
            self._backend._invoke(
                _CRM_DUPLICATE_VOLATILE_TYPE_REGISTER,
                {"entityTypeId": entity_type_id, "fieldCode": field_code},
            ),
        )

    def unregister(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Take a registered field out of duplicate search.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.duplicate.volatileType.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-unregister.html

        Args:
            id: ID of the registration record, as returned by crm.duplicate.volatileType.register.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.duplicate.volatile_type.unregister(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DUPLICATE_VOLATILE_TYPE_UNREGISTER, {"id": id}),
        )
