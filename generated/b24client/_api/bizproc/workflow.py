"""Methods under ``bizproc.workflow``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.bizproc import (
        BizprocWorkflowInstancesResult,
        BizprocWorkflowTemplate as _BizprocWorkflowTemplate,
        BizprocWorkflowTemplateUpdateFields,
    )

_BIZPROC_WORKFLOW_INSTANCES = MethodInfo(
    name="bizproc.workflow.instances", idempotent=False, returns="any", api=1
)
_BIZPROC_WORKFLOW_KILL = MethodInfo(
    name="bizproc.workflow.kill", idempotent=False, returns="boolean", api=1
)
_BIZPROC_WORKFLOW_START = MethodInfo(
    name="bizproc.workflow.start", idempotent=False, returns="string", api=1
)
_BIZPROC_WORKFLOW_TERMINATE = MethodInfo(
    name="bizproc.workflow.terminate", idempotent=False, returns="boolean", api=1
)
_BIZPROC_WORKFLOW_TEMPLATE_ADD = MethodInfo(
    name="bizproc.workflow.template.add", idempotent=False, returns="integer", api=1
)
_BIZPROC_WORKFLOW_TEMPLATE_DELETE = MethodInfo(
    name="bizproc.workflow.template.delete", idempotent=False, returns="any", api=1
)
_BIZPROC_WORKFLOW_TEMPLATE_LIST = MethodInfo(
    name="bizproc.workflow.template.list", idempotent=True, returns="any", api=1
)
_BIZPROC_WORKFLOW_TEMPLATE_UPDATE = MethodInfo(
    name="bizproc.workflow.template.update", idempotent=False, returns="integer", api=1
)


class BizprocWorkflow(Namespace):
    """Methods under ``bizproc.workflow``."""

    __slots__ = ()

    @property
    def template(self) -> BizprocWorkflowTemplate:
        """Methods under ``bizproc.workflow.template``."""
        return BizprocWorkflowTemplate(self._backend)

    def instances(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[BizprocWorkflowInstancesResult]:
        """List the business processes that are currently running.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.workflow.instances``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-instances.html

        Args:
            select: Fields to return, such as ID, MODIFIED, OWNED_UNTIL, MODULE_ID, ENTITY, DOCUMENT_ID, STARTED, STARTED_BY, TEMPLATE_ID; default ID, MODIFIED, OWNED_UNTIL.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[BizprocWorkflowInstancesResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.instances()
            result = await client.bizproc.workflow.instances()  # AsyncBitrix24
        """
        return cast(
            "Page[BizprocWorkflowInstancesResult]",
            self._backend._invoke_page(
                _BIZPROC_WORKFLOW_INSTANCES,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def kill(self, *, id: str) -> bool:
        """Stop a running business process and erase all its data.

        REST method: ``bizproc.workflow.kill``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-kill.html

        Args:
            id: ID of the running process, from bizproc.workflow.instances. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.kill(id="1")
            result = await client.bizproc.workflow.kill(id="1")  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_BIZPROC_WORKFLOW_KILL, {"ID": id}))

    def start(
        self,
        *,
        template_id: int,
        document_id: Sequence[str],
        parameters: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> str:
        """Run a business process template on a document such as a CRM deal or list element; returns the process ID.

        REST method: ``bizproc.workflow.start``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-start.html

        Args:
            template_id: ID of the business process template. Wire name: ``TEMPLATE_ID``.
            document_id: Document to run on, as [module, object, ID], such as ["crm", "CCrmDocumentDeal", "DEAL_777"] or ["lists", "BizprocDocument", "777"]. Wire name: ``DOCUMENT_ID``.
            parameters: Values of the template parameters, if it has any; a user parameter takes "user_<ID>". Wire name: ``PARAMETERS``.

        Returns:
            str

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.start(template_id=1, document_id=["1"])
            result = await client.bizproc.workflow.start(template_id=1, document_id=["1"])  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(
                _BIZPROC_WORKFLOW_START,
                {
                    "TEMPLATE_ID": template_id,
                    "DOCUMENT_ID": document_id,
                    "PARAMETERS": parameters,
                },
            ),
        )

    def terminate(self, *, id: str, status: str | NotGiven = NOT_GIVEN) -> bool:
        """Stop a running business process, keeping its data, and set a status text.

        REST method: ``bizproc.workflow.terminate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-terminate.html

        Args:
            id: ID of the running process, from bizproc.workflow.instances. Wire name: ``ID``.
            status: Status text to show for the stopped process. Wire name: ``STATUS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.terminate(id="1")
            result = await client.bizproc.workflow.terminate(id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_WORKFLOW_TERMINATE, {"ID": id, "STATUS": status}
            ),
        )


class AsyncBizprocWorkflow(Namespace):
    """Methods under ``bizproc.workflow`` (async)."""

    __slots__ = ()

    @property
    def template(self) -> AsyncBizprocWorkflowTemplate:
        """Methods under ``bizproc.workflow.template``."""
        return AsyncBizprocWorkflowTemplate(self._backend)

    async def instances(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[BizprocWorkflowInstancesResult]:
        """List the business processes that are currently running.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.workflow.instances``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-instances.html

        Args:
            select: Fields to return, such as ID, MODIFIED, OWNED_UNTIL, MODULE_ID, ENTITY, DOCUMENT_ID, STARTED, STARTED_BY, TEMPLATE_ID; default ID, MODIFIED, OWNED_UNTIL.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[BizprocWorkflowInstancesResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.instances()
            result = await client.bizproc.workflow.instances()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[BizprocWorkflowInstancesResult]",
            await self._backend._invoke_page(
                _BIZPROC_WORKFLOW_INSTANCES,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def kill(self, *, id: str) -> bool:
        """Stop a running business process and erase all its data.

        REST method: ``bizproc.workflow.kill``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-kill.html

        Args:
            id: ID of the running process, from bizproc.workflow.instances. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.kill(id="1")
            result = await client.bizproc.workflow.kill(id="1")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BIZPROC_WORKFLOW_KILL, {"ID": id})
        )

    async def start(
        self,
        *,
        template_id: int,
        document_id: Sequence[str],
        parameters: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> str:
        """Run a business process template on a document such as a CRM deal or list element; returns the process ID.

        REST method: ``bizproc.workflow.start``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-start.html

        Args:
            template_id: ID of the business process template. Wire name: ``TEMPLATE_ID``.
            document_id: Document to run on, as [module, object, ID], such as ["crm", "CCrmDocumentDeal", "DEAL_777"] or ["lists", "BizprocDocument", "777"]. Wire name: ``DOCUMENT_ID``.
            parameters: Values of the template parameters, if it has any; a user parameter takes "user_<ID>". Wire name: ``PARAMETERS``.

        Returns:
            str

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.start(template_id=1, document_id=["1"])
            result = await client.bizproc.workflow.start(template_id=1, document_id=["1"])  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _BIZPROC_WORKFLOW_START,
                {
                    "TEMPLATE_ID": template_id,
                    "DOCUMENT_ID": document_id,
                    "PARAMETERS": parameters,
                },
            ),
        )

    async def terminate(self, *, id: str, status: str | NotGiven = NOT_GIVEN) -> bool:
        """Stop a running business process, keeping its data, and set a status text.

        REST method: ``bizproc.workflow.terminate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-terminate.html

        Args:
            id: ID of the running process, from bizproc.workflow.instances. Wire name: ``ID``.
            status: Status text to show for the stopped process. Wire name: ``STATUS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.terminate(id="1")
            result = await client.bizproc.workflow.terminate(id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_WORKFLOW_TERMINATE, {"ID": id, "STATUS": status}
            ),
        )


class BatchBizprocWorkflow(Namespace):
    """Methods under ``bizproc.workflow`` (queued into a batch)."""

    __slots__ = ()

    @property
    def template(self) -> BatchBizprocWorkflowTemplate:
        """Methods under ``bizproc.workflow.template``."""
        return BatchBizprocWorkflowTemplate(self._backend)

    def instances(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[BizprocWorkflowInstancesResult]]:
        """List the business processes that are currently running.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.instances``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-instances.html

        Args:
            select: Fields to return, such as ID, MODIFIED, OWNED_UNTIL, MODULE_ID, ENTITY, DOCUMENT_ID, STARTED, STARTED_BY, TEMPLATE_ID; default ID, MODIFIED, OWNED_UNTIL.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[BizprocWorkflowInstancesResult]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.instances()
        """
        return cast(
            "BatchCommand[list[BizprocWorkflowInstancesResult]]",
            self._backend._invoke_page(
                _BIZPROC_WORKFLOW_INSTANCES,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def kill(self, *, id: str | Ref) -> BatchCommand[bool]:
        """Stop a running business process and erase all its data.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.kill``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-kill.html

        Args:
            id: ID of the running process, from bizproc.workflow.instances. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.kill(id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BIZPROC_WORKFLOW_KILL, {"ID": id}),
        )

    def start(
        self,
        *,
        template_id: int | Ref,
        document_id: Sequence[str] | Ref,
        parameters: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[str]:
        """Run a business process template on a document such as a CRM deal or list element; returns the process ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.start``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-start.html

        Args:
            template_id: ID of the business process template. Wire name: ``TEMPLATE_ID``.
            document_id: Document to run on, as [module, object, ID], such as ["crm", "CCrmDocumentDeal", "DEAL_777"] or ["lists", "BizprocDocument", "777"]. Wire name: ``DOCUMENT_ID``.
            parameters: Values of the template parameters, if it has any; a user parameter takes "user_<ID>". Wire name: ``PARAMETERS``.

        Returns:
            BatchCommand[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.start(template_id=1, document_id=["1"])
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _BIZPROC_WORKFLOW_START,
                {
                    "TEMPLATE_ID": template_id,
                    "DOCUMENT_ID": document_id,
                    "PARAMETERS": parameters,
                },
            ),
        )

    def terminate(
        self, *, id: str | Ref, status: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Stop a running business process, keeping its data, and set a status text.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.terminate``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-workflow-terminate.html

        Args:
            id: ID of the running process, from bizproc.workflow.instances. Wire name: ``ID``.
            status: Status text to show for the stopped process. Wire name: ``STATUS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.terminate(id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_WORKFLOW_TERMINATE, {"ID": id, "STATUS": status}
            ),
        )


class BizprocWorkflowTemplate(Namespace):
    """Methods under ``bizproc.workflow.template``."""

    __slots__ = ()

    def add(
        self,
        *,
        document_type: Sequence[str],
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        template_data: tuple[str, str],
        auto_execute: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Upload a business process template (.bpt file) for a document type; returns its ID.

        REST method: ``bizproc.workflow.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-add.html

        Args:
            document_type: Document type the template is for: [module, object, type], such as ["crm", "CCrmDocumentLead", "LEAD"]. Wire name: ``DOCUMENT_TYPE``.
            name: Name of the template. Wire name: ``NAME``.
            description: Description of the template. Wire name: ``DESCRIPTION``.
            template_data: Content of the .bpt template file. Wire name: ``TEMPLATE_DATA``.
            auto_execute: Autostart: 0 none (default), 1 on creation, 2 on change, 3 on creation and change. Wire name: ``AUTO_EXECUTE``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.add(document_type=["example"], name="Anna", template_data=("report.pdf", "JVBERi0xLjQK"))
            result = await client.bizproc.workflow.template.add(document_type=["example"], name="Anna", template_data=("report.pdf", "JVBERi0xLjQK"))  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _BIZPROC_WORKFLOW_TEMPLATE_ADD,
                {
                    "DOCUMENT_TYPE": document_type,
                    "NAME": name,
                    "DESCRIPTION": description,
                    "TEMPLATE_DATA": template_data,
                    "AUTO_EXECUTE": auto_execute,
                },
            ),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a business process template.

        REST method: ``bizproc.workflow.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-delete.html

        Args:
            id: ID of the business process template. Wire name: ``ID``.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.delete(id=1)
            result = await client.bizproc.workflow.template.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_BIZPROC_WORKFLOW_TEMPLATE_DELETE, {"ID": id})

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_BizprocWorkflowTemplate]:
        """List business process templates with filter and sort order.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.workflow.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-list.html

        Args:
            select: Fields of the templates to return.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[BizprocWorkflowTemplate]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.list()
            result = await client.bizproc.workflow.template.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_BizprocWorkflowTemplate]",
            self._backend._invoke_page(
                _BIZPROC_WORKFLOW_TEMPLATE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: str | int, fields: BizprocWorkflowTemplateUpdateFields
    ) -> int:
        """Change the name, description, file or autostart setting of a business process template.

        Only NAME, DESCRIPTION, TEMPLATE_DATA and AUTO_EXECUTE can be changed; other fields are ignored without an error.

        REST method: ``bizproc.workflow.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-update.html

        Args:
            id: ID of the business process template. Wire name: ``ID``.
            fields: New values of the template; only NAME, DESCRIPTION, TEMPLATE_DATA and AUTO_EXECUTE are applied. Wire name: ``FIELDS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.update(id="1", fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})
            result = await client.bizproc.workflow.template.update(id="1", fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _BIZPROC_WORKFLOW_TEMPLATE_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class AsyncBizprocWorkflowTemplate(Namespace):
    """Methods under ``bizproc.workflow.template`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        document_type: Sequence[str],
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        template_data: tuple[str, str],
        auto_execute: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Upload a business process template (.bpt file) for a document type; returns its ID.

        REST method: ``bizproc.workflow.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-add.html

        Args:
            document_type: Document type the template is for: [module, object, type], such as ["crm", "CCrmDocumentLead", "LEAD"]. Wire name: ``DOCUMENT_TYPE``.
            name: Name of the template. Wire name: ``NAME``.
            description: Description of the template. Wire name: ``DESCRIPTION``.
            template_data: Content of the .bpt template file. Wire name: ``TEMPLATE_DATA``.
            auto_execute: Autostart: 0 none (default), 1 on creation, 2 on change, 3 on creation and change. Wire name: ``AUTO_EXECUTE``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.add(document_type=["example"], name="Anna", template_data=("report.pdf", "JVBERi0xLjQK"))
            result = await client.bizproc.workflow.template.add(document_type=["example"], name="Anna", template_data=("report.pdf", "JVBERi0xLjQK"))  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _BIZPROC_WORKFLOW_TEMPLATE_ADD,
                {
                    "DOCUMENT_TYPE": document_type,
                    "NAME": name,
                    "DESCRIPTION": description,
                    "TEMPLATE_DATA": template_data,
                    "AUTO_EXECUTE": auto_execute,
                },
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a business process template.

        REST method: ``bizproc.workflow.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-delete.html

        Args:
            id: ID of the business process template. Wire name: ``ID``.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.delete(id=1)
            result = await client.bizproc.workflow.template.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _BIZPROC_WORKFLOW_TEMPLATE_DELETE, {"ID": id}
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_BizprocWorkflowTemplate]:
        """List business process templates with filter and sort order.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``bizproc.workflow.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-list.html

        Args:
            select: Fields of the templates to return.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[BizprocWorkflowTemplate]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.list()
            result = await client.bizproc.workflow.template.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_BizprocWorkflowTemplate]",
            await self._backend._invoke_page(
                _BIZPROC_WORKFLOW_TEMPLATE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: str | int, fields: BizprocWorkflowTemplateUpdateFields
    ) -> int:
        """Change the name, description, file or autostart setting of a business process template.

        Only NAME, DESCRIPTION, TEMPLATE_DATA and AUTO_EXECUTE can be changed; other fields are ignored without an error.

        REST method: ``bizproc.workflow.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-update.html

        Args:
            id: ID of the business process template. Wire name: ``ID``.
            fields: New values of the template; only NAME, DESCRIPTION, TEMPLATE_DATA and AUTO_EXECUTE are applied. Wire name: ``FIELDS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.workflow.template.update(id="1", fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})
            result = await client.bizproc.workflow.template.update(id="1", fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _BIZPROC_WORKFLOW_TEMPLATE_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class BatchBizprocWorkflowTemplate(Namespace):
    """Methods under ``bizproc.workflow.template`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        document_type: Sequence[str] | Ref,
        name: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
        template_data: tuple[str, str] | Ref,
        auto_execute: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Upload a business process template (.bpt file) for a document type; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-add.html

        Args:
            document_type: Document type the template is for: [module, object, type], such as ["crm", "CCrmDocumentLead", "LEAD"]. Wire name: ``DOCUMENT_TYPE``.
            name: Name of the template. Wire name: ``NAME``.
            description: Description of the template. Wire name: ``DESCRIPTION``.
            template_data: Content of the .bpt template file. Wire name: ``TEMPLATE_DATA``.
            auto_execute: Autostart: 0 none (default), 1 on creation, 2 on change, 3 on creation and change. Wire name: ``AUTO_EXECUTE``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.template.add(document_type=["example"], name="Anna", template_data=("report.pdf", "JVBERi0xLjQK"))
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _BIZPROC_WORKFLOW_TEMPLATE_ADD,
                {
                    "DOCUMENT_TYPE": document_type,
                    "NAME": name,
                    "DESCRIPTION": description,
                    "TEMPLATE_DATA": template_data,
                    "AUTO_EXECUTE": auto_execute,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a business process template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-delete.html

        Args:
            id: ID of the business process template. Wire name: ``ID``.

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.template.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_BIZPROC_WORKFLOW_TEMPLATE_DELETE, {"ID": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_BizprocWorkflowTemplate]]:
        """List business process templates with filter and sort order.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-list.html

        Args:
            select: Fields of the templates to return.
            filter: Conditions as {"field": value}; a field name may start with "=", "!", "<", "<=", ">" or ">=".
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[BizprocWorkflowTemplate]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.template.list()
        """
        return cast(
            "BatchCommand[builtins.list[_BizprocWorkflowTemplate]]",
            self._backend._invoke_page(
                _BIZPROC_WORKFLOW_TEMPLATE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: str | int | Ref, fields: BizprocWorkflowTemplateUpdateFields | Ref
    ) -> BatchCommand[int]:
        """Change the name, description, file or autostart setting of a business process template.

        Only NAME, DESCRIPTION, TEMPLATE_DATA and AUTO_EXECUTE can be changed; other fields are ignored without an error.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.workflow.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-update.html

        Args:
            id: ID of the business process template. Wire name: ``ID``.
            fields: New values of the template; only NAME, DESCRIPTION, TEMPLATE_DATA and AUTO_EXECUTE are applied. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.workflow.template.update(id="1", fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _BIZPROC_WORKFLOW_TEMPLATE_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )
