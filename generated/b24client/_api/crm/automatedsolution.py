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
        """
        return cast(
            "CrmAutomatedsolutionAddResult",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Delete crm automatedsolution.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html
        """
        return self._backend._invoke(_CRM_AUTOMATEDSOLUTION_DELETE, {"id": id})

    def fields(self) -> CrmAutomatedsolutionFieldsResult:
        """Describe the fields of crm automatedsolution.

        REST method: ``crm.automatedsolution.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html
        """
        return cast(
            "CrmAutomatedsolutionFieldsResult",
            self._backend._invoke(_CRM_AUTOMATEDSOLUTION_FIELDS, {}),
        )

    def get(self, *, id: int) -> CrmAutomatedsolutionGetResult:
        """Get crm automatedsolution.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html
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
        """
        return cast(
            "CrmAutomatedsolutionAddResult",
            await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> Any:
        """Delete crm automatedsolution.

        REST method: ``crm.automatedsolution.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-delete.html
        """
        return await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_DELETE, {"id": id})

    async def fields(self) -> CrmAutomatedsolutionFieldsResult:
        """Describe the fields of crm automatedsolution.

        REST method: ``crm.automatedsolution.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html
        """
        return cast(
            "CrmAutomatedsolutionFieldsResult",
            await self._backend._invoke(_CRM_AUTOMATEDSOLUTION_FIELDS, {}),
        )

    async def get(self, *, id: int) -> CrmAutomatedsolutionGetResult:
        """Get crm automatedsolution.

        REST method: ``crm.automatedsolution.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html
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
        """
        return cast(
            "BatchCommand[CrmAutomatedsolutionUpdateResult]",
            self._backend._invoke(
                _CRM_AUTOMATEDSOLUTION_UPDATE, {"id": id, "fields": fields}
            ),
        )
