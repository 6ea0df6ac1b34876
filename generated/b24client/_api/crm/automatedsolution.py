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
        """Create a digital workplace that groups smart process types.

        REST method: ``crm.automatedsolution.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-add.html

        Args:
            fields: Values of the digital workplace.

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
        """Remove a digital workplace by its ID.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html

        Args:
            id: ID of the digital workplace.

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
        """Describe the fields of a digital workplace.

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
        """Read one digital workplace with its smart process types.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html

        Args:
            id: ID of the digital workplace.

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
        """List digital workplaces, with filter, sorting and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.automatedsolution.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-list.html

        Args:
            order: Sort order, such as {"id": "DESC"}.
            filter: Conditions on fields, such as {"title": "Logistics"}; a key prefix (=, !, >, <, %) picks the comparison.
            start: Paging offset: pass the `next` value of the previous response.

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
        """Rename a digital workplace or change which smart process types it holds.

        REST method: ``crm.automatedsolution.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-update.html

        Args:
            id: ID of the digital workplace.
            fields: Values of the digital workplace.

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
        """Create a digital workplace that groups smart process types.

        REST method: ``crm.automatedsolution.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-add.html

        Args:
            fields: Values of the digital workplace.

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
        """Remove a digital workplace by its ID.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html

        Args:
            id: ID of the digital workplace.

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
        """Describe the fields of a digital workplace.

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
        """Read one digital workplace with its smart process types.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html

        Args:
            id: ID of the digital workplace.

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
        """List digital workplaces, with filter, sorting and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.automatedsolution.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-list.html

        Args:
            order: Sort order, such as {"id": "DESC"}.
            filter: Conditions on fields, such as {"title": "Logistics"}; a key prefix (=, !, >, <, %) picks the comparison.
            start: Paging offset: pass the `next` value of the previous response.

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
        """Rename a digital workplace or change which smart process types it holds.

        REST method: ``crm.automatedsolution.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-update.html

        Args:
            id: ID of the digital workplace.
            fields: Values of the digital workplace.

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
        """Create a digital workplace that groups smart process types.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-add.html

        Args:
            fields: Values of the digital workplace.

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
        """Remove a digital workplace by its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html

        Args:
            id: ID of the digital workplace.

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
        """Describe the fields of a digital workplace.

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
        """Read one digital workplace with its smart process types.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html

        Args:
            id: ID of the digital workplace.

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
        """List digital workplaces, with filter, sorting and paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-list.html

        Args:
            order: Sort order, such as {"id": "DESC"}.
            filter: Conditions on fields, such as {"title": "Logistics"}; a key prefix (=, !, >, <, %) picks the comparison.
            start: Paging offset: pass the `next` value of the previous response.

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
        """Rename a digital workplace or change which smart process types it holds.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automatedsolution.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-update.html

        Args:
            id: ID of the digital workplace.
            fields: Values of the digital workplace.

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
