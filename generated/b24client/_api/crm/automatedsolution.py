"""Methods under ``crm.automatedsolution``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmAutomatedsolution as _CrmAutomatedsolution,
        CrmAutomatedsolutionAddFields,
        CrmAutomatedsolutionAddResult,
        CrmAutomatedsolutionFieldsResult,
        CrmAutomatedsolutionGetResult,
        CrmAutomatedsolutionUpdateFields,
        CrmAutomatedsolutionUpdateResult,
    )

_CRM_AUTOMATEDSOLUTION_ADD = MethodInfo(
    name="crm.automatedsolution.add", idempotent=False, returns="any", api=1
)
_CRM_AUTOMATEDSOLUTION_DELETE = MethodInfo(
    name="crm.automatedsolution.delete", idempotent=False, returns="any", api=1
)
_CRM_AUTOMATEDSOLUTION_FIELDS = MethodInfo(
    name="crm.automatedsolution.fields", idempotent=True, returns="any", api=1
)
_CRM_AUTOMATEDSOLUTION_GET = MethodInfo(
    name="crm.automatedsolution.get", idempotent=True, returns="any", api=1
)
_CRM_AUTOMATEDSOLUTION_LIST = MethodInfo(
    name="crm.automatedsolution.list", idempotent=True, returns="any", api=1
)
_CRM_AUTOMATEDSOLUTION_UPDATE = MethodInfo(
    name="crm.automatedsolution.update", idempotent=False, returns="any", api=1
)


class CrmAutomatedsolution(Namespace):
    """Methods under ``crm.automatedsolution``."""

    __slots__ = ()

    def add(
        self, *, fields: CrmAutomatedsolutionAddFields
    ) -> CrmAutomatedsolutionAddResult:
        """Add crm automatedsolution.

        REST method: ``crm.automatedsolution.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-add.html

        Returns:
            CrmAutomatedsolutionAddResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.add(fields={"title": "Kick-off call"})
            result = await client.crm.automatedsolution.add(fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionAddResult",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Delete crm automatedsolution.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.delete(id=1)
            result = await client.crm.automatedsolution.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_AUTOMATEDSOLUTION_DELETE, {"id": id})

    def fields(self) -> CrmAutomatedsolutionFieldsResult:
        """Describe the fields of crm automatedsolution.

        REST method: ``crm.automatedsolution.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html

        Returns:
            CrmAutomatedsolutionFieldsResult

        Example:
            result = client.crm.automatedsolution.fields()
            result = await client.crm.automatedsolution.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionFieldsResult",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_FIELDS, {}),
        )

    def get(self, *, id: int) -> CrmAutomatedsolutionGetResult:
        """Get crm automatedsolution.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html

        Returns:
            CrmAutomatedsolutionGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.get(id=1)
            result = await client.crm.automatedsolution.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionGetResult",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmAutomatedsolution]:
        """List crm automatedsolution entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.automatedsolution.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-list.html

        Returns:
            Page[CrmAutomatedsolution]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.list()
            result = await client.crm.automatedsolution.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmAutomatedsolution]",
            self._backend._invoke_page(
                _CRM_AUTOMATEDSOLUTION_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CrmAutomatedsolutionUpdateFields
    ) -> CrmAutomatedsolutionUpdateResult:
        """Update crm automatedsolution.

        REST method: ``crm.automatedsolution.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-update.html

        Returns:
            CrmAutomatedsolutionUpdateResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.update(id=1, fields={"title": "Kick-off call"})
            result = await client.crm.automatedsolution.update(id=1, fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionUpdateResult",
            self._backend._invoke(
                _CRM_AUTOMATEDSOLUTION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmAutomatedsolution(Namespace):
    """Methods under ``crm.automatedsolution`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CrmAutomatedsolutionAddFields
    ) -> CrmAutomatedsolutionAddResult:
        """Add crm automatedsolution.

        REST method: ``crm.automatedsolution.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-add.html

        Returns:
            CrmAutomatedsolutionAddResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.add(fields={"title": "Kick-off call"})
            result = await client.crm.automatedsolution.add(fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionAddResult",
            await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> Any:
        """Delete crm automatedsolution.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.delete(id=1)
            result = await client.crm.automatedsolution.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_DELETE, {"id": id})

    async def fields(self) -> CrmAutomatedsolutionFieldsResult:
        """Describe the fields of crm automatedsolution.

        REST method: ``crm.automatedsolution.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html

        Returns:
            CrmAutomatedsolutionFieldsResult

        Example:
            result = client.crm.automatedsolution.fields()
            result = await client.crm.automatedsolution.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionFieldsResult",
            await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_FIELDS, {}),
        )

    async def get(self, *, id: int) -> CrmAutomatedsolutionGetResult:
        """Get crm automatedsolution.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html

        Returns:
            CrmAutomatedsolutionGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.get(id=1)
            result = await client.crm.automatedsolution.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionGetResult",
            await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmAutomatedsolution]:
        """List crm automatedsolution entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.automatedsolution.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-list.html

        Returns:
            AsyncPage[CrmAutomatedsolution]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.list()
            result = await client.crm.automatedsolution.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmAutomatedsolution]",
            await self._backend._invoke_page(
                _CRM_AUTOMATEDSOLUTION_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CrmAutomatedsolutionUpdateFields
    ) -> CrmAutomatedsolutionUpdateResult:
        """Update crm automatedsolution.

        REST method: ``crm.automatedsolution.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-update.html

        Returns:
            CrmAutomatedsolutionUpdateResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automatedsolution.update(id=1, fields={"title": "Kick-off call"})
            result = await client.crm.automatedsolution.update(id=1, fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmAutomatedsolutionUpdateResult",
            await self._backend._invoke(
                _CRM_AUTOMATEDSOLUTION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmAutomatedsolution(Namespace):
    """Methods under ``crm.automatedsolution`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmAutomatedsolutionAddFields | Ref
    ) -> BatchCommand[CrmAutomatedsolutionAddResult]:
        """Add crm automatedsolution.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-add.html

        Returns:
            BatchCommand[CrmAutomatedsolutionAddResult]

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automatedsolution.add(fields={"title": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CrmAutomatedsolutionAddResult]",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Delete crm automatedsolution.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automatedsolution.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmAutomatedsolutionFieldsResult]:
        """Describe the fields of crm automatedsolution.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html

        Returns:
            BatchCommand[CrmAutomatedsolutionFieldsResult]

        Example:
            command = batch.crm.automatedsolution.fields()
        """
        return cast(
            "BatchCommand[CrmAutomatedsolutionFieldsResult]",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CrmAutomatedsolutionGetResult]:
        """Get crm automatedsolution.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html

        Returns:
            BatchCommand[CrmAutomatedsolutionGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automatedsolution.get(id=1)
        """
        return cast(
            "BatchCommand[CrmAutomatedsolutionGetResult]",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmAutomatedsolution]]:
        """List crm automatedsolution entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-list.html

        Returns:
            BatchCommand[list[CrmAutomatedsolution]]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automatedsolution.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmAutomatedsolution]]",
            self._backend._invoke_page(
                _CRM_AUTOMATEDSOLUTION_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmAutomatedsolutionUpdateFields | Ref
    ) -> BatchCommand[CrmAutomatedsolutionUpdateResult]:
        """Update crm automatedsolution.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-update.html

        Returns:
            BatchCommand[CrmAutomatedsolutionUpdateResult]

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automatedsolution.update(id=1, fields={"title": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CrmAutomatedsolutionUpdateResult]",
            self._backend._invoke(
                _CRM_AUTOMATEDSOLUTION_UPDATE, {"id": id, "fields": fields}
            ),
        )
