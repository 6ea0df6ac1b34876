"""Methods under ``userfieldconfig``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.userfieldconfig import (
        Userfieldconfig as _Userfieldconfig,
        UserfieldconfigAddField,
        UserfieldconfigAddResult,
        UserfieldconfigGetResult,
        UserfieldconfigGetTypesResult,
        UserfieldconfigUpdateField,
        UserfieldconfigUpdateResult,
    )

_USERFIELDCONFIG_ADD = MethodInfo(
    name="userfieldconfig.add", idempotent=False, returns="any", api=1
)
_USERFIELDCONFIG_DELETE = MethodInfo(
    name="userfieldconfig.delete", idempotent=False, returns="any", api=1
)
_USERFIELDCONFIG_GET = MethodInfo(
    name="userfieldconfig.get", idempotent=True, returns="any", api=1
)
_USERFIELDCONFIG_GET_TYPES = MethodInfo(
    name="userfieldconfig.getTypes", idempotent=True, returns="any", api=1
)
_USERFIELDCONFIG_LIST = MethodInfo(
    name="userfieldconfig.list", idempotent=True, returns="any", api=1
)
_USERFIELDCONFIG_UPDATE = MethodInfo(
    name="userfieldconfig.update", idempotent=False, returns="any", api=1
)


class Userfieldconfig(Namespace):
    """Methods under ``userfieldconfig``."""

    __slots__ = ()

    def add(
        self, *, module_id: str, field: UserfieldconfigAddField
    ) -> UserfieldconfigAddResult:
        """Create a custom field for a module entity, such as a smart process, and return its settings.

        The code must look like UF_{ENTITY}_{POSTFIX}: unique within the entity, only A-Z, 0-9 and "_", at most 50 characters.

        REST method: ``userfieldconfig.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-add.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            field: Settings of the custom field.

        Returns:
            UserfieldconfigAddResult

        Example:
            result = client.userfieldconfig.add(module_id="1", field={"entityId": "1", "fieldName": "example", "userTypeId": "1"})
            result = await client.userfieldconfig.add(module_id="1", field={"entityId": "1", "fieldName": "example", "userTypeId": "1"})  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigAddResult",
            self._backend._invoke(
                _USERFIELDCONFIG_ADD, {"moduleId": module_id, "field": field}
            ),
        )

    def delete(self, *, module_id: str, id: int) -> Any:
        """Remove a custom field of a module entity, with its values.

        REST method: ``userfieldconfig.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-delete.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.

        Returns:
            Any

        Example:
            result = client.userfieldconfig.delete(module_id="1", id=1)
            result = await client.userfieldconfig.delete(module_id="1", id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _USERFIELDCONFIG_DELETE, {"moduleId": module_id, "id": id}
        )

    def get(self, *, module_id: str, id: int) -> UserfieldconfigGetResult:
        """Read the settings of one custom field, including labels and list choices.

        REST method: ``userfieldconfig.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.

        Returns:
            UserfieldconfigGetResult

        Example:
            result = client.userfieldconfig.get(module_id="1", id=1)
            result = await client.userfieldconfig.get(module_id="1", id=1)  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigGetResult",
            self._backend._invoke(
                _USERFIELDCONFIG_GET, {"moduleId": module_id, "id": id}
            ),
        )

    def get_types(self, *, module_id: str) -> UserfieldconfigGetTypesResult:
        """List the custom field data types a module supports, including types registered by applications.

        REST method: ``userfieldconfig.getTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get-types.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.

        Returns:
            UserfieldconfigGetTypesResult

        Example:
            result = client.userfieldconfig.get_types(module_id="1")
            result = await client.userfieldconfig.get_types(module_id="1")  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigGetTypesResult",
            self._backend._invoke(_USERFIELDCONFIG_GET_TYPES, {"moduleId": module_id}),
        )

    def list(
        self,
        *,
        module_id: str,
        select: dict[str, Any] | Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_Userfieldconfig]:
        """List the custom field settings of a module, with filter, sort order and paging.

        For the next page pass the next value of the previous answer as start. Filter conditions are combined with AND.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``userfieldconfig.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-list.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            select: Fields of the settings to return.
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            filter: Conditions as {"field": value}, combined with AND.
            start: Offset for paging: the next value from the previous answer.

        Returns:
            Page[Userfieldconfig]

        Example:
            result = client.userfieldconfig.list(module_id="1")
            result = await client.userfieldconfig.list(module_id="1")  # AsyncBitrix24
        """
        return cast(
            "Page[_Userfieldconfig]",
            self._backend._invoke_page(
                _USERFIELDCONFIG_LIST,
                {
                    "moduleId": module_id,
                    "select": select,
                    "order": order,
                    "filter": filter,
                    "start": start,
                },
            ),
        )

    def update(
        self, *, module_id: str, id: int, field: UserfieldconfigUpdateField
    ) -> UserfieldconfigUpdateResult:
        """Change the settings, labels or list choices of a custom field.

        REST method: ``userfieldconfig.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-update.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.
            field: Settings of the custom field.

        Returns:
            UserfieldconfigUpdateResult

        Example:
            result = client.userfieldconfig.update(module_id="1", id=1, field={"xmlId": "example_code", "sort": 1})
            result = await client.userfieldconfig.update(module_id="1", id=1, field={"xmlId": "example_code", "sort": 1})  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigUpdateResult",
            self._backend._invoke(
                _USERFIELDCONFIG_UPDATE,
                {"moduleId": module_id, "id": id, "field": field},
            ),
        )


class AsyncUserfieldconfig(Namespace):
    """Methods under ``userfieldconfig`` (async)."""

    __slots__ = ()

    async def add(
        self, *, module_id: str, field: UserfieldconfigAddField
    ) -> UserfieldconfigAddResult:
        """Create a custom field for a module entity, such as a smart process, and return its settings.

        The code must look like UF_{ENTITY}_{POSTFIX}: unique within the entity, only A-Z, 0-9 and "_", at most 50 characters.

        REST method: ``userfieldconfig.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-add.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            field: Settings of the custom field.

        Returns:
            UserfieldconfigAddResult

        Example:
            result = client.userfieldconfig.add(module_id="1", field={"entityId": "1", "fieldName": "example", "userTypeId": "1"})
            result = await client.userfieldconfig.add(module_id="1", field={"entityId": "1", "fieldName": "example", "userTypeId": "1"})  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigAddResult",
            await self._backend._invoke(
                _USERFIELDCONFIG_ADD, {"moduleId": module_id, "field": field}
            ),
        )

    async def delete(self, *, module_id: str, id: int) -> Any:
        """Remove a custom field of a module entity, with its values.

        REST method: ``userfieldconfig.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-delete.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.

        Returns:
            Any

        Example:
            result = client.userfieldconfig.delete(module_id="1", id=1)
            result = await client.userfieldconfig.delete(module_id="1", id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _USERFIELDCONFIG_DELETE, {"moduleId": module_id, "id": id}
        )

    async def get(self, *, module_id: str, id: int) -> UserfieldconfigGetResult:
        """Read the settings of one custom field, including labels and list choices.

        REST method: ``userfieldconfig.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.

        Returns:
            UserfieldconfigGetResult

        Example:
            result = client.userfieldconfig.get(module_id="1", id=1)
            result = await client.userfieldconfig.get(module_id="1", id=1)  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigGetResult",
            await self._backend._invoke(
                _USERFIELDCONFIG_GET, {"moduleId": module_id, "id": id}
            ),
        )

    async def get_types(self, *, module_id: str) -> UserfieldconfigGetTypesResult:
        """List the custom field data types a module supports, including types registered by applications.

        REST method: ``userfieldconfig.getTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get-types.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.

        Returns:
            UserfieldconfigGetTypesResult

        Example:
            result = client.userfieldconfig.get_types(module_id="1")
            result = await client.userfieldconfig.get_types(module_id="1")  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigGetTypesResult",
            await self._backend._invoke(
                _USERFIELDCONFIG_GET_TYPES, {"moduleId": module_id}
            ),
        )

    async def list(
        self,
        *,
        module_id: str,
        select: dict[str, Any] | Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_Userfieldconfig]:
        """List the custom field settings of a module, with filter, sort order and paging.

        For the next page pass the next value of the previous answer as start. Filter conditions are combined with AND.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``userfieldconfig.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-list.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            select: Fields of the settings to return.
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            filter: Conditions as {"field": value}, combined with AND.
            start: Offset for paging: the next value from the previous answer.

        Returns:
            AsyncPage[Userfieldconfig]

        Example:
            result = client.userfieldconfig.list(module_id="1")
            result = await client.userfieldconfig.list(module_id="1")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_Userfieldconfig]",
            await self._backend._invoke_page(
                _USERFIELDCONFIG_LIST,
                {
                    "moduleId": module_id,
                    "select": select,
                    "order": order,
                    "filter": filter,
                    "start": start,
                },
            ),
        )

    async def update(
        self, *, module_id: str, id: int, field: UserfieldconfigUpdateField
    ) -> UserfieldconfigUpdateResult:
        """Change the settings, labels or list choices of a custom field.

        REST method: ``userfieldconfig.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-update.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.
            field: Settings of the custom field.

        Returns:
            UserfieldconfigUpdateResult

        Example:
            result = client.userfieldconfig.update(module_id="1", id=1, field={"xmlId": "example_code", "sort": 1})
            result = await client.userfieldconfig.update(module_id="1", id=1, field={"xmlId": "example_code", "sort": 1})  # AsyncBitrix24
        """
        return cast(
            "UserfieldconfigUpdateResult",
            await self._backend._invoke(
                _USERFIELDCONFIG_UPDATE,
                {"moduleId": module_id, "id": id, "field": field},
            ),
        )


class BatchUserfieldconfig(Namespace):
    """Methods under ``userfieldconfig`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, module_id: str | Ref, field: UserfieldconfigAddField | Ref
    ) -> BatchCommand[UserfieldconfigAddResult]:
        """Create a custom field for a module entity, such as a smart process, and return its settings.

        The code must look like UF_{ENTITY}_{POSTFIX}: unique within the entity, only A-Z, 0-9 and "_", at most 50 characters.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldconfig.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-add.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            field: Settings of the custom field.

        Returns:
            BatchCommand[UserfieldconfigAddResult]

        Example:
            command = batch.userfieldconfig.add(module_id="1", field={"entityId": "1", "fieldName": "example", "userTypeId": "1"})
        """
        return cast(
            "BatchCommand[UserfieldconfigAddResult]",
            self._backend._invoke(
                _USERFIELDCONFIG_ADD, {"moduleId": module_id, "field": field}
            ),
        )

    def delete(self, *, module_id: str | Ref, id: int | Ref) -> BatchCommand[Any]:
        """Remove a custom field of a module entity, with its values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldconfig.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-delete.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.userfieldconfig.delete(module_id="1", id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _USERFIELDCONFIG_DELETE, {"moduleId": module_id, "id": id}
            ),
        )

    def get(
        self, *, module_id: str | Ref, id: int | Ref
    ) -> BatchCommand[UserfieldconfigGetResult]:
        """Read the settings of one custom field, including labels and list choices.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldconfig.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.

        Returns:
            BatchCommand[UserfieldconfigGetResult]

        Example:
            command = batch.userfieldconfig.get(module_id="1", id=1)
        """
        return cast(
            "BatchCommand[UserfieldconfigGetResult]",
            self._backend._invoke(
                _USERFIELDCONFIG_GET, {"moduleId": module_id, "id": id}
            ),
        )

    def get_types(
        self, *, module_id: str | Ref
    ) -> BatchCommand[UserfieldconfigGetTypesResult]:
        """List the custom field data types a module supports, including types registered by applications.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldconfig.getTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-get-types.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.

        Returns:
            BatchCommand[UserfieldconfigGetTypesResult]

        Example:
            command = batch.userfieldconfig.get_types(module_id="1")
        """
        return cast(
            "BatchCommand[UserfieldconfigGetTypesResult]",
            self._backend._invoke(_USERFIELDCONFIG_GET_TYPES, {"moduleId": module_id}),
        )

    def list(
        self,
        *,
        module_id: str | Ref,
        select: dict[str, Any] | Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_Userfieldconfig]]:
        """List the custom field settings of a module, with filter, sort order and paging.

        For the next page pass the next value of the previous answer as start. Filter conditions are combined with AND.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldconfig.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-list.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            select: Fields of the settings to return.
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            filter: Conditions as {"field": value}, combined with AND.
            start: Offset for paging: the next value from the previous answer.

        Returns:
            BatchCommand[list[Userfieldconfig]]

        Example:
            command = batch.userfieldconfig.list(module_id="1")
        """
        return cast(
            "BatchCommand[builtins.list[_Userfieldconfig]]",
            self._backend._invoke_page(
                _USERFIELDCONFIG_LIST,
                {
                    "moduleId": module_id,
                    "select": select,
                    "order": order,
                    "filter": filter,
                    "start": start,
                },
            ),
        )

    def update(
        self,
        *,
        module_id: str | Ref,
        id: int | Ref,
        field: UserfieldconfigUpdateField | Ref,
    ) -> BatchCommand[UserfieldconfigUpdateResult]:
        """Change the settings, labels or list choices of a custom field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldconfig.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/userfieldconfig/userfieldconfig-update.html

        Args:
            module_id: Module that owns the entity, such as "crm". Wire name: ``moduleId``.
            id: ID of the field settings, from userfieldconfig.list or userfieldconfig.add.
            field: Settings of the custom field.

        Returns:
            BatchCommand[UserfieldconfigUpdateResult]

        Example:
            command = batch.userfieldconfig.update(module_id="1", id=1, field={"xmlId": "example_code", "sort": 1})
        """
        return cast(
            "BatchCommand[UserfieldconfigUpdateResult]",
            self._backend._invoke(
                _USERFIELDCONFIG_UPDATE,
                {"moduleId": module_id, "id": id, "field": field},
            ),
        )
