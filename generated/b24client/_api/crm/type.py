"""Methods under ``crm.type``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CrmType as _CrmType,
        CrmTypeAddFields,
        CrmTypeAddResult,
        CrmTypeFieldsResult,
        CrmTypeGetByEntityTypeIdResult,
        CrmTypeGetResult,
        CrmTypeUpdateFields,
        CrmTypeUpdateResult,
    )

_CRM_TYPE_ADD = MethodInfo(name="crm.type.add", idempotent=False, returns="any", api=1)
_CRM_TYPE_DELETE = MethodInfo(
    name="crm.type.delete", idempotent=False, returns="any", api=1
)
_CRM_TYPE_FIELDS = MethodInfo(
    name="crm.type.fields", idempotent=True, returns="any", api=1
)
_CRM_TYPE_GET = MethodInfo(name="crm.type.get", idempotent=True, returns="any", api=1)
_CRM_TYPE_GET_BY_ENTITY_TYPE_ID = MethodInfo(
    name="crm.type.getByEntityTypeId", idempotent=True, returns="any", api=1
)
_CRM_TYPE_LIST = MethodInfo(name="crm.type.list", idempotent=True, returns="any", api=1)
_CRM_TYPE_UPDATE = MethodInfo(
    name="crm.type.update", idempotent=False, returns="any", api=1
)


class CrmType(Namespace):
    """Methods under ``crm.type``."""

    __slots__ = ()

    def add(self, *, fields: CrmTypeAddFields) -> CrmTypeAddResult:
        """Create a smart process: a custom CRM object type with its own items and features.

        Feature flags default to off ("N") except isSetOpenPermissions. entityTypeId must be unique.

        REST method: ``crm.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-add.html

        Args:
            fields: Settings of the new smart process.

        Returns:
            CrmTypeAddResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.type.add(fields={"title": "Kick-off call"})
            result = await client.crm.type.add(fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmTypeAddResult", self._backend._invoke(_CRM_TYPE_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> builtins.list[Any]:
        """Remove a smart process type.

        A smart process that still has items cannot be removed.

        REST method: ``crm.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-delete.html

        Args:
            id: ID of the smart process record (not its entityTypeId).

        Returns:
            list[Any]

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.delete(id=1)
            result = await client.crm.type.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]", self._backend._invoke(_CRM_TYPE_DELETE, {"id": id})
        )

    def fields(self) -> CrmTypeFieldsResult:
        """Describe the settings fields of smart processes: names, types and flags.

        REST method: ``crm.type.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-fields.html

        Returns:
            CrmTypeFieldsResult

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.fields()
            result = await client.crm.type.fields()  # AsyncBitrix24
        """
        return cast("CrmTypeFieldsResult", self._backend._invoke(_CRM_TYPE_FIELDS, {}))

    def get(self, *, id: int) -> CrmTypeGetResult:
        """Read the settings of one smart process by its record ID.

        REST method: ``crm.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get.html

        Args:
            id: ID of the smart process record (not its entityTypeId).

        Returns:
            CrmTypeGetResult

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.get(id=1)
            result = await client.crm.type.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTypeGetResult", self._backend._invoke(_CRM_TYPE_GET, {"id": id})
        )

    def get_by_entity_type_id(
        self, *, entity_type_id: int
    ) -> CrmTypeGetByEntityTypeIdResult:
        """Read the settings of a smart process by its numeric type ID.

        REST method: ``crm.type.getByEntityTypeId``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get-by-entity-type-id.html

        Args:
            entity_type_id: Numeric type ID of the smart process, such as 128. Wire name: ``entityTypeId``.

        Returns:
            CrmTypeGetByEntityTypeIdResult

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.get_by_entity_type_id(entity_type_id=1)
            result = await client.crm.type.get_by_entity_type_id(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTypeGetByEntityTypeIdResult",
            self._backend._invoke(
                _CRM_TYPE_GET_BY_ENTITY_TYPE_ID, {"entityTypeId": entity_type_id}
            ),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmType]:
        """List the smart processes of the portal, with filter and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on settings fields, such as {"isCategoriesEnabled": "Y"}; joined by AND unless a nested group has "logic": "OR".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmType]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.list()
            result = await client.crm.type.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmType]",
            self._backend._invoke_page(
                _CRM_TYPE_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    def update(
        self, *, id: int, fields: CrmTypeUpdateFields | NotGiven = NOT_GIVEN
    ) -> CrmTypeUpdateResult:
        """Rename a smart process or switch its features on or off.

        REST method: ``crm.type.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-update.html

        Args:
            id: ID of the smart process record (not its entityTypeId).
            fields: Settings to change.

        Returns:
            CrmTypeUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.type.update(id=1, fields={"title": "Kick-off call", "isUseInUserfieldEnabled": "Y"})
            result = await client.crm.type.update(id=1, fields={"title": "Kick-off call", "isUseInUserfieldEnabled": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CrmTypeUpdateResult",
            self._backend._invoke(_CRM_TYPE_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCrmType(Namespace):
    """Methods under ``crm.type`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmTypeAddFields) -> CrmTypeAddResult:
        """Create a smart process: a custom CRM object type with its own items and features.

        Feature flags default to off ("N") except isSetOpenPermissions. entityTypeId must be unique.

        REST method: ``crm.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-add.html

        Args:
            fields: Settings of the new smart process.

        Returns:
            CrmTypeAddResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.type.add(fields={"title": "Kick-off call"})
            result = await client.crm.type.add(fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmTypeAddResult",
            await self._backend._invoke(_CRM_TYPE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> builtins.list[Any]:
        """Remove a smart process type.

        A smart process that still has items cannot be removed.

        REST method: ``crm.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-delete.html

        Args:
            id: ID of the smart process record (not its entityTypeId).

        Returns:
            list[Any]

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.delete(id=1)
            result = await client.crm.type.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            await self._backend._invoke(_CRM_TYPE_DELETE, {"id": id}),
        )

    async def fields(self) -> CrmTypeFieldsResult:
        """Describe the settings fields of smart processes: names, types and flags.

        REST method: ``crm.type.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-fields.html

        Returns:
            CrmTypeFieldsResult

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.fields()
            result = await client.crm.type.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmTypeFieldsResult", await self._backend._invoke(_CRM_TYPE_FIELDS, {})
        )

    async def get(self, *, id: int) -> CrmTypeGetResult:
        """Read the settings of one smart process by its record ID.

        REST method: ``crm.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get.html

        Args:
            id: ID of the smart process record (not its entityTypeId).

        Returns:
            CrmTypeGetResult

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.get(id=1)
            result = await client.crm.type.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTypeGetResult", await self._backend._invoke(_CRM_TYPE_GET, {"id": id})
        )

    async def get_by_entity_type_id(
        self, *, entity_type_id: int
    ) -> CrmTypeGetByEntityTypeIdResult:
        """Read the settings of a smart process by its numeric type ID.

        REST method: ``crm.type.getByEntityTypeId``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get-by-entity-type-id.html

        Args:
            entity_type_id: Numeric type ID of the smart process, such as 128. Wire name: ``entityTypeId``.

        Returns:
            CrmTypeGetByEntityTypeIdResult

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.get_by_entity_type_id(entity_type_id=1)
            result = await client.crm.type.get_by_entity_type_id(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTypeGetByEntityTypeIdResult",
            await self._backend._invoke(
                _CRM_TYPE_GET_BY_ENTITY_TYPE_ID, {"entityTypeId": entity_type_id}
            ),
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmType]:
        """List the smart processes of the portal, with filter and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on settings fields, such as {"isCategoriesEnabled": "Y"}; joined by AND unless a nested group has "logic": "OR".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmType]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.type.list()
            result = await client.crm.type.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmType]",
            await self._backend._invoke_page(
                _CRM_TYPE_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    async def update(
        self, *, id: int, fields: CrmTypeUpdateFields | NotGiven = NOT_GIVEN
    ) -> CrmTypeUpdateResult:
        """Rename a smart process or switch its features on or off.

        REST method: ``crm.type.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-update.html

        Args:
            id: ID of the smart process record (not its entityTypeId).
            fields: Settings to change.

        Returns:
            CrmTypeUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.type.update(id=1, fields={"title": "Kick-off call", "isUseInUserfieldEnabled": "Y"})
            result = await client.crm.type.update(id=1, fields={"title": "Kick-off call", "isUseInUserfieldEnabled": "Y"})  # AsyncBitrix24
        """
        return cast(
            "CrmTypeUpdateResult",
            await self._backend._invoke(_CRM_TYPE_UPDATE, {"id": id, "fields": fields}),
        )


class BatchCrmType(Namespace):
    """Methods under ``crm.type`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmTypeAddFields | Ref) -> BatchCommand[CrmTypeAddResult]:
        """Create a smart process: a custom CRM object type with its own items and features.

        Feature flags default to off ("N") except isSetOpenPermissions. entityTypeId must be unique.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-add.html

        Args:
            fields: Settings of the new smart process.

        Returns:
            BatchCommand[CrmTypeAddResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``allowed_only_intranet_user``.

        Example:
            command = batch.crm.type.add(fields={"title": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CrmTypeAddResult]",
            self._backend._invoke(_CRM_TYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[builtins.list[Any]]:
        """Remove a smart process type.

        A smart process that still has items cannot be removed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-delete.html

        Args:
            id: ID of the smart process record (not its entityTypeId).

        Returns:
            BatchCommand[list[Any]]

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.type.delete(id=1)
        """
        return cast(
            "BatchCommand[builtins.list[Any]]",
            self._backend._invoke(_CRM_TYPE_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmTypeFieldsResult]:
        """Describe the settings fields of smart processes: names, types and flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-fields.html

        Returns:
            BatchCommand[CrmTypeFieldsResult]

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.type.fields()
        """
        return cast(
            "BatchCommand[CrmTypeFieldsResult]",
            self._backend._invoke(_CRM_TYPE_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CrmTypeGetResult]:
        """Read the settings of one smart process by its record ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get.html

        Args:
            id: ID of the smart process record (not its entityTypeId).

        Returns:
            BatchCommand[CrmTypeGetResult]

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.type.get(id=1)
        """
        return cast(
            "BatchCommand[CrmTypeGetResult]",
            self._backend._invoke(_CRM_TYPE_GET, {"id": id}),
        )

    def get_by_entity_type_id(
        self, *, entity_type_id: int | Ref
    ) -> BatchCommand[CrmTypeGetByEntityTypeIdResult]:
        """Read the settings of a smart process by its numeric type ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.getByEntityTypeId``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get-by-entity-type-id.html

        Args:
            entity_type_id: Numeric type ID of the smart process, such as 128. Wire name: ``entityTypeId``.

        Returns:
            BatchCommand[CrmTypeGetByEntityTypeIdResult]

        Raises:
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.type.get_by_entity_type_id(entity_type_id=1)
        """
        return cast(
            "BatchCommand[CrmTypeGetByEntityTypeIdResult]",
            self._backend._invoke(
                _CRM_TYPE_GET_BY_ENTITY_TYPE_ID, {"entityTypeId": entity_type_id}
            ),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmType]]:
        """List the smart processes of the portal, with filter and paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on settings fields, such as {"isCategoriesEnabled": "Y"}; joined by AND unless a nested group has "logic": "OR".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmType]]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.type.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmType]]",
            self._backend._invoke_page(
                _CRM_TYPE_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmTypeUpdateFields | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[CrmTypeUpdateResult]:
        """Rename a smart process or switch its features on or off.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.type.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-update.html

        Args:
            id: ID of the smart process record (not its entityTypeId).
            fields: Settings to change.

        Returns:
            BatchCommand[CrmTypeUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``allowed_only_intranet_user``.

        Example:
            command = batch.crm.type.update(id=1, fields={"title": "Kick-off call", "isUseInUserfieldEnabled": "Y"})
        """
        return cast(
            "BatchCommand[CrmTypeUpdateResult]",
            self._backend._invoke(_CRM_TYPE_UPDATE, {"id": id, "fields": fields}),
        )
