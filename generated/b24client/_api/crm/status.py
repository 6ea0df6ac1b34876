"""Methods under ``crm.status``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmStatus as _CrmStatus,
        CrmStatusAddFields,
        CrmStatusEntityItemsResult,
        CrmStatusEntityTypesResult,
        CrmStatusFieldsResult,
        CrmStatusUpdateFields,
    )

_CRM_STATUS_ADD = MethodInfo(
    name="crm.status.add", idempotent=False, returns="integer", api=1
)
_CRM_STATUS_DELETE = MethodInfo(
    name="crm.status.delete", idempotent=False, returns="boolean", api=1
)
_CRM_STATUS_FIELDS = MethodInfo(
    name="crm.status.fields", idempotent=True, returns="any", api=1
)
_CRM_STATUS_GET = MethodInfo(
    name="crm.status.get", idempotent=True, returns="any", api=1
)
_CRM_STATUS_LIST = MethodInfo(
    name="crm.status.list", idempotent=True, returns="any", api=1
)
_CRM_STATUS_UPDATE = MethodInfo(
    name="crm.status.update", idempotent=False, returns="boolean", api=1
)
_CRM_STATUS_ENTITY_ITEMS = MethodInfo(
    name="crm.status.entity.items", idempotent=False, returns="any", api=1
)
_CRM_STATUS_ENTITY_TYPES = MethodInfo(
    name="crm.status.entity.types", idempotent=False, returns="any", api=1
)


class CrmStatus(Namespace):
    """Methods under ``crm.status``."""

    __slots__ = ()

    @property
    def entity(self) -> CrmStatusEntity:
        """Methods under ``crm.status.entity``."""
        return CrmStatusEntity(self._backend)

    def add(self, *, fields: CrmStatusAddFields) -> int:
        """Add an entry to a CRM reference list, such as a deal stage or lead source.

        STATUS_ID may hold up to 21-22 Latin letters, digits, "-" and "_" for stage lists, up to 50 characters elsewhere. Stages of a non-default deal pipeline get the "C<ID>:" prefix automatically.

        REST method: ``crm.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-add.html

        Args:
            fields: Values of the new entry.

        Returns:
            int

        Example:
            result = client.crm.status.add(fields={"ENTITY_ID": "1", "STATUS_ID": "NEW", "NAME": "Anna"})
            result = await client.crm.status.add(fields={"ENTITY_ID": "1", "STATUS_ID": "NEW", "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_CRM_STATUS_ADD, {"fields": fields}))

    def delete(self, *, id: int, params: dict[str, Any] | NotGiven = NOT_GIVEN) -> bool:
        """Remove an entry from a CRM reference list, such as an unused stage.

        REST method: ``crm.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-delete.html

        Args:
            id: ID of the entry.
            params: {"FORCED": "Y"} also removes a built-in (system) entry.

        Returns:
            bool

        Example:
            result = client.crm.status.delete(id=1)
            result = await client.crm.status.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_STATUS_DELETE, {"id": id, "params": params}),
        )

    def fields(self) -> CrmStatusFieldsResult:
        """Describe the fields of CRM reference list entries (stages, sources and so on).

        REST method: ``crm.status.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-fields.html

        Returns:
            CrmStatusFieldsResult

        Example:
            result = client.crm.status.fields()
            result = await client.crm.status.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmStatusFieldsResult", self._backend._invoke(_CRM_STATUS_FIELDS, {})
        )

    def get(self, *, id: int) -> _CrmStatus:
        """Read one entry of a CRM reference list, such as a stage or source.

        REST method: ``crm.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-get.html

        Args:
            id: ID of the entry.

        Returns:
            CrmStatus

        Example:
            result = client.crm.status.get(id=1)
            result = await client.crm.status.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmStatus", self._backend._invoke(_CRM_STATUS_GET, {"id": id}))

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmStatus]:
        """Find entries of CRM reference lists, such as all stages of a pipeline.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on entry fields, such as {"ENTITY_ID": "SOURCE"}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmStatus]

        Example:
            result = client.crm.status.list()
            result = await client.crm.status.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmStatus]",
            self._backend._invoke_page(
                _CRM_STATUS_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    def update(self, *, id: int, fields: CrmStatusUpdateFields) -> bool:
        """Rename, reorder or recolor an entry of a CRM reference list.

        REST method: ``crm.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-update.html

        Args:
            id: ID of the entry.
            fields: Values to change.

        Returns:
            bool

        Example:
            result = client.crm.status.update(id=1, fields={"NAME": "Anna", "SORT": 1})
            result = await client.crm.status.update(id=1, fields={"NAME": "Anna", "SORT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_STATUS_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCrmStatus(Namespace):
    """Methods under ``crm.status`` (async)."""

    __slots__ = ()

    @property
    def entity(self) -> AsyncCrmStatusEntity:
        """Methods under ``crm.status.entity``."""
        return AsyncCrmStatusEntity(self._backend)

    async def add(self, *, fields: CrmStatusAddFields) -> int:
        """Add an entry to a CRM reference list, such as a deal stage or lead source.

        STATUS_ID may hold up to 21-22 Latin letters, digits, "-" and "_" for stage lists, up to 50 characters elsewhere. Stages of a non-default deal pipeline get the "C<ID>:" prefix automatically.

        REST method: ``crm.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-add.html

        Args:
            fields: Values of the new entry.

        Returns:
            int

        Example:
            result = client.crm.status.add(fields={"ENTITY_ID": "1", "STATUS_ID": "NEW", "NAME": "Anna"})
            result = await client.crm.status.add(fields={"ENTITY_ID": "1", "STATUS_ID": "NEW", "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, await self._backend._invoke(_CRM_STATUS_ADD, {"fields": fields})
        )

    async def delete(
        self, *, id: int, params: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Remove an entry from a CRM reference list, such as an unused stage.

        REST method: ``crm.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-delete.html

        Args:
            id: ID of the entry.
            params: {"FORCED": "Y"} also removes a built-in (system) entry.

        Returns:
            bool

        Example:
            result = client.crm.status.delete(id=1)
            result = await client.crm.status.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_STATUS_DELETE, {"id": id, "params": params}
            ),
        )

    async def fields(self) -> CrmStatusFieldsResult:
        """Describe the fields of CRM reference list entries (stages, sources and so on).

        REST method: ``crm.status.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-fields.html

        Returns:
            CrmStatusFieldsResult

        Example:
            result = client.crm.status.fields()
            result = await client.crm.status.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmStatusFieldsResult", await self._backend._invoke(_CRM_STATUS_FIELDS, {})
        )

    async def get(self, *, id: int) -> _CrmStatus:
        """Read one entry of a CRM reference list, such as a stage or source.

        REST method: ``crm.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-get.html

        Args:
            id: ID of the entry.

        Returns:
            CrmStatus

        Example:
            result = client.crm.status.get(id=1)
            result = await client.crm.status.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmStatus", await self._backend._invoke(_CRM_STATUS_GET, {"id": id})
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmStatus]:
        """Find entries of CRM reference lists, such as all stages of a pipeline.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on entry fields, such as {"ENTITY_ID": "SOURCE"}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmStatus]

        Example:
            result = client.crm.status.list()
            result = await client.crm.status.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmStatus]",
            await self._backend._invoke_page(
                _CRM_STATUS_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    async def update(self, *, id: int, fields: CrmStatusUpdateFields) -> bool:
        """Rename, reorder or recolor an entry of a CRM reference list.

        REST method: ``crm.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-update.html

        Args:
            id: ID of the entry.
            fields: Values to change.

        Returns:
            bool

        Example:
            result = client.crm.status.update(id=1, fields={"NAME": "Anna", "SORT": 1})
            result = await client.crm.status.update(id=1, fields={"NAME": "Anna", "SORT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_STATUS_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmStatus(Namespace):
    """Methods under ``crm.status`` (queued into a batch)."""

    __slots__ = ()

    @property
    def entity(self) -> BatchCrmStatusEntity:
        """Methods under ``crm.status.entity``."""
        return BatchCrmStatusEntity(self._backend)

    def add(self, *, fields: CrmStatusAddFields | Ref) -> BatchCommand[int]:
        """Add an entry to a CRM reference list, such as a deal stage or lead source.

        STATUS_ID may hold up to 21-22 Latin letters, digits, "-" and "_" for stage lists, up to 50 characters elsewhere. Stages of a non-default deal pipeline get the "C<ID>:" prefix automatically.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-add.html

        Args:
            fields: Values of the new entry.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.status.add(fields={"ENTITY_ID": "1", "STATUS_ID": "NEW", "NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_STATUS_ADD, {"fields": fields}),
        )

    def delete(
        self, *, id: int | Ref, params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Remove an entry from a CRM reference list, such as an unused stage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-delete.html

        Args:
            id: ID of the entry.
            params: {"FORCED": "Y"} also removes a built-in (system) entry.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.status.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_STATUS_DELETE, {"id": id, "params": params}),
        )

    def fields(self) -> BatchCommand[CrmStatusFieldsResult]:
        """Describe the fields of CRM reference list entries (stages, sources and so on).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-fields.html

        Returns:
            BatchCommand[CrmStatusFieldsResult]

        Example:
            command = batch.crm.status.fields()
        """
        return cast(
            "BatchCommand[CrmStatusFieldsResult]",
            self._backend._invoke(_CRM_STATUS_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmStatus]:
        """Read one entry of a CRM reference list, such as a stage or source.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-get.html

        Args:
            id: ID of the entry.

        Returns:
            BatchCommand[CrmStatus]

        Example:
            command = batch.crm.status.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmStatus]",
            self._backend._invoke(_CRM_STATUS_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmStatus]]:
        """Find entries of CRM reference lists, such as all stages of a pipeline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on entry fields, such as {"ENTITY_ID": "SOURCE"}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmStatus]]

        Example:
            command = batch.crm.status.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmStatus]]",
            self._backend._invoke_page(
                _CRM_STATUS_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmStatusUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Rename, reorder or recolor an entry of a CRM reference list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-update.html

        Args:
            id: ID of the entry.
            fields: Values to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.status.update(id=1, fields={"NAME": "Anna", "SORT": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_STATUS_UPDATE, {"id": id, "fields": fields}),
        )


class CrmStatusEntity(Namespace):
    """Methods under ``crm.status.entity``."""

    __slots__ = ()

    def items(self, *, entity_id: str) -> list[CrmStatusEntityItemsResult]:
        """List the entries of one CRM reference list, such as all lead sources.

        REST method: ``crm.status.entity.items``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-entity-items.html

        Args:
            entity_id: Reference list code, such as "SOURCE" or "DEAL_STAGE". Wire name: ``entityId``.

        Returns:
            list[CrmStatusEntityItemsResult]

        Example:
            result = client.crm.status.entity.items(entity_id="1")
            result = await client.crm.status.entity.items(entity_id="1")  # AsyncBitrix24
        """
        return cast(
            "list[CrmStatusEntityItemsResult]",
            self._backend._invoke(_CRM_STATUS_ENTITY_ITEMS, {"entityId": entity_id}),
        )

    def types(self) -> list[CrmStatusEntityTypesResult]:
        """List the kinds of CRM reference lists: stages, sources, salutations and so on.

        REST method: ``crm.status.entity.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-entity-types.html

        Returns:
            list[CrmStatusEntityTypesResult]

        Example:
            result = client.crm.status.entity.types()
            result = await client.crm.status.entity.types()  # AsyncBitrix24
        """
        return cast(
            "list[CrmStatusEntityTypesResult]",
            self._backend._invoke(_CRM_STATUS_ENTITY_TYPES, {}),
        )


class AsyncCrmStatusEntity(Namespace):
    """Methods under ``crm.status.entity`` (async)."""

    __slots__ = ()

    async def items(self, *, entity_id: str) -> list[CrmStatusEntityItemsResult]:
        """List the entries of one CRM reference list, such as all lead sources.

        REST method: ``crm.status.entity.items``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-entity-items.html

        Args:
            entity_id: Reference list code, such as "SOURCE" or "DEAL_STAGE". Wire name: ``entityId``.

        Returns:
            list[CrmStatusEntityItemsResult]

        Example:
            result = client.crm.status.entity.items(entity_id="1")
            result = await client.crm.status.entity.items(entity_id="1")  # AsyncBitrix24
        """
        return cast(
            "list[CrmStatusEntityItemsResult]",
            await self._backend._invoke(
                _CRM_STATUS_ENTITY_ITEMS, {"entityId": entity_id}
            ),
        )

    async def types(self) -> list[CrmStatusEntityTypesResult]:
        """List the kinds of CRM reference lists: stages, sources, salutations and so on.

        REST method: ``crm.status.entity.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-entity-types.html

        Returns:
            list[CrmStatusEntityTypesResult]

        Example:
            result = client.crm.status.entity.types()
            result = await client.crm.status.entity.types()  # AsyncBitrix24
        """
        return cast(
            "list[CrmStatusEntityTypesResult]",
            await self._backend._invoke(_CRM_STATUS_ENTITY_TYPES, {}),
        )


class BatchCrmStatusEntity(Namespace):
    """Methods under ``crm.status.entity`` (queued into a batch)."""

    __slots__ = ()

    def items(
        self, *, entity_id: str | Ref
    ) -> BatchCommand[list[CrmStatusEntityItemsResult]]:
        """List the entries of one CRM reference list, such as all lead sources.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.entity.items``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-entity-items.html

        Args:
            entity_id: Reference list code, such as "SOURCE" or "DEAL_STAGE". Wire name: ``entityId``.

        Returns:
            BatchCommand[list[CrmStatusEntityItemsResult]]

        Example:
            command = batch.crm.status.entity.items(entity_id="1")
        """
        return cast(
            "BatchCommand[list[CrmStatusEntityItemsResult]]",
            self._backend._invoke(_CRM_STATUS_ENTITY_ITEMS, {"entityId": entity_id}),
        )

    def types(self) -> BatchCommand[list[CrmStatusEntityTypesResult]]:
        """List the kinds of CRM reference lists: stages, sources, salutations and so on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.status.entity.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-entity-types.html

        Returns:
            BatchCommand[list[CrmStatusEntityTypesResult]]

        Example:
            command = batch.crm.status.entity.types()
        """
        return cast(
            "BatchCommand[list[CrmStatusEntityTypesResult]]",
            self._backend._invoke(_CRM_STATUS_ENTITY_TYPES, {}),
        )
