"""Methods under ``tasks.template``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.tasks import (
        TasksTemplate as _TasksTemplate,
        TasksTemplateChecklist as _TasksTemplateChecklist,
        TasksTemplateChecklistAddAttachmentByContentAttachmentParameters,
        TasksTemplateChecklistAddAttachmentByContentResult,
        TasksTemplateChecklistAddAttachmentsFromDiskResult,
        TasksTemplateChecklistAddFields,
        TasksTemplateChecklistAddResult,
        TasksTemplateChecklistCompleteResult,
        TasksTemplateChecklistGetResult,
        TasksTemplateChecklistMoveAfterResult,
        TasksTemplateChecklistMoveBeforeResult,
        TasksTemplateChecklistRemoveAttachmentsResult,
        TasksTemplateChecklistRenewResult,
        TasksTemplateChecklistUpdateFields,
        TasksTemplateChecklistUpdateResult,
        TasksTemplateFieldsResult,
        TasksTemplateGetParams,
    )

_TASKS_TEMPLATE_ADD = MethodInfo(
    name="tasks.template.add", idempotent=False, returns="integer", api=1
)
_TASKS_TEMPLATE_DELETE = MethodInfo(
    name="tasks.template.delete", idempotent=False, returns="boolean", api=1
)
_TASKS_TEMPLATE_FIELDS = MethodInfo(
    name="tasks.template.fields", idempotent=True, returns="any", api=1
)
_TASKS_TEMPLATE_GET = MethodInfo(
    name="tasks.template.get", idempotent=True, returns="any", api=1
)
_TASKS_TEMPLATE_UPDATE = MethodInfo(
    name="tasks.template.update", idempotent=False, returns="boolean", api=1
)
_TASKS_TEMPLATE_CHECKLIST_ADD = MethodInfo(
    name="tasks.template.checklist.add", idempotent=False, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENT_BY_CONTENT = MethodInfo(
    name="tasks.template.checklist.addAttachmentByContent",
    idempotent=False,
    returns="any",
    api=1,
)
_TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENTS_FROM_DISK = MethodInfo(
    name="tasks.template.checklist.addAttachmentsFromDisk",
    idempotent=False,
    returns="any",
    api=1,
)
_TASKS_TEMPLATE_CHECKLIST_COMPLETE = MethodInfo(
    name="tasks.template.checklist.complete", idempotent=False, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_DELETE = MethodInfo(
    name="tasks.template.checklist.delete", idempotent=False, returns="boolean", api=1
)
_TASKS_TEMPLATE_CHECKLIST_GET = MethodInfo(
    name="tasks.template.checklist.get", idempotent=True, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_LIST = MethodInfo(
    name="tasks.template.checklist.list", idempotent=True, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_MOVE_AFTER = MethodInfo(
    name="tasks.template.checklist.moveAfter", idempotent=False, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_MOVE_BEFORE = MethodInfo(
    name="tasks.template.checklist.moveBefore", idempotent=False, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_REMOVE_ATTACHMENTS = MethodInfo(
    name="tasks.template.checklist.removeAttachments",
    idempotent=False,
    returns="any",
    api=1,
)
_TASKS_TEMPLATE_CHECKLIST_RENEW = MethodInfo(
    name="tasks.template.checklist.renew", idempotent=False, returns="any", api=1
)
_TASKS_TEMPLATE_CHECKLIST_UPDATE = MethodInfo(
    name="tasks.template.checklist.update", idempotent=False, returns="any", api=1
)


class TasksTemplate(Namespace):
    """Methods under ``tasks.template``."""

    __slots__ = ()

    @property
    def checklist(self) -> TasksTemplateChecklist:
        """Methods under ``tasks.template.checklist``."""
        return TasksTemplateChecklist(self._backend)

    def add(self, *, fields: dict[str, Any]) -> int:
        """Add tasks template.

        REST method: ``tasks.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-add.html

        Returns:
            int

        Example:
            result = client.tasks.template.add(fields={})
            result = await client.tasks.template.add(fields={})  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_TASKS_TEMPLATE_ADD, {"fields": fields}))

    def delete(self, *, template_id: int) -> bool:
        """Delete tasks template.

        REST method: ``tasks.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-delete.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            bool

        Example:
            result = client.tasks.template.delete(template_id=1)
            result = await client.tasks.template.delete(template_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_TASKS_TEMPLATE_DELETE, {"templateId": template_id}),
        )

    def fields(self) -> TasksTemplateFieldsResult:
        """Describe the fields of tasks template.

        REST method: ``tasks.template.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-fields.html

        Returns:
            TasksTemplateFieldsResult

        Example:
            result = client.tasks.template.fields()
            result = await client.tasks.template.fields()  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateFieldsResult",
            self._backend._invoke(_TASKS_TEMPLATE_FIELDS, {}),
        )

    def get(
        self, *, template_id: int, params: TasksTemplateGetParams | NotGiven = NOT_GIVEN
    ) -> _TasksTemplate:
        """Get tasks template.

        REST method: ``tasks.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            TasksTemplate

        Example:
            result = client.tasks.template.get(template_id=1)
            result = await client.tasks.template.get(template_id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksTemplate",
            self._backend._invoke(
                _TASKS_TEMPLATE_GET, {"templateId": template_id, "params": params}
            ),
        )

    def update(self, *, template_id: int, fields: dict[str, Any]) -> bool:
        """Update tasks template.

        REST method: ``tasks.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-update.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            bool

        Example:
            result = client.tasks.template.update(template_id=1, fields={})
            result = await client.tasks.template.update(template_id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASKS_TEMPLATE_UPDATE, {"templateId": template_id, "fields": fields}
            ),
        )


class AsyncTasksTemplate(Namespace):
    """Methods under ``tasks.template`` (async)."""

    __slots__ = ()

    @property
    def checklist(self) -> AsyncTasksTemplateChecklist:
        """Methods under ``tasks.template.checklist``."""
        return AsyncTasksTemplateChecklist(self._backend)

    async def add(self, *, fields: dict[str, Any]) -> int:
        """Add tasks template.

        REST method: ``tasks.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-add.html

        Returns:
            int

        Example:
            result = client.tasks.template.add(fields={})
            result = await client.tasks.template.add(fields={})  # AsyncBitrix24
        """
        return cast(
            int, await self._backend._invoke(_TASKS_TEMPLATE_ADD, {"fields": fields})
        )

    async def delete(self, *, template_id: int) -> bool:
        """Delete tasks template.

        REST method: ``tasks.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-delete.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            bool

        Example:
            result = client.tasks.template.delete(template_id=1)
            result = await client.tasks.template.delete(template_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_TEMPLATE_DELETE, {"templateId": template_id}
            ),
        )

    async def fields(self) -> TasksTemplateFieldsResult:
        """Describe the fields of tasks template.

        REST method: ``tasks.template.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-fields.html

        Returns:
            TasksTemplateFieldsResult

        Example:
            result = client.tasks.template.fields()
            result = await client.tasks.template.fields()  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateFieldsResult",
            await self._backend._invoke(_TASKS_TEMPLATE_FIELDS, {}),
        )

    async def get(
        self, *, template_id: int, params: TasksTemplateGetParams | NotGiven = NOT_GIVEN
    ) -> _TasksTemplate:
        """Get tasks template.

        REST method: ``tasks.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            TasksTemplate

        Example:
            result = client.tasks.template.get(template_id=1)
            result = await client.tasks.template.get(template_id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksTemplate",
            await self._backend._invoke(
                _TASKS_TEMPLATE_GET, {"templateId": template_id, "params": params}
            ),
        )

    async def update(self, *, template_id: int, fields: dict[str, Any]) -> bool:
        """Update tasks template.

        REST method: ``tasks.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-update.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            bool

        Example:
            result = client.tasks.template.update(template_id=1, fields={})
            result = await client.tasks.template.update(template_id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_TEMPLATE_UPDATE, {"templateId": template_id, "fields": fields}
            ),
        )


class BatchTasksTemplate(Namespace):
    """Methods under ``tasks.template`` (queued into a batch)."""

    __slots__ = ()

    @property
    def checklist(self) -> BatchTasksTemplateChecklist:
        """Methods under ``tasks.template.checklist``."""
        return BatchTasksTemplateChecklist(self._backend)

    def add(self, *, fields: dict[str, Any] | Ref) -> BatchCommand[int]:
        """Add tasks template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-add.html

        Returns:
            BatchCommand[int]

        Example:
            command = batch.tasks.template.add(fields={})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_TASKS_TEMPLATE_ADD, {"fields": fields}),
        )

    def delete(self, *, template_id: int | Ref) -> BatchCommand[bool]:
        """Delete tasks template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-delete.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.template.delete(template_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASKS_TEMPLATE_DELETE, {"templateId": template_id}),
        )

    def fields(self) -> BatchCommand[TasksTemplateFieldsResult]:
        """Describe the fields of tasks template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-fields.html

        Returns:
            BatchCommand[TasksTemplateFieldsResult]

        Example:
            command = batch.tasks.template.fields()
        """
        return cast(
            "BatchCommand[TasksTemplateFieldsResult]",
            self._backend._invoke(_TASKS_TEMPLATE_FIELDS, {}),
        )

    def get(
        self,
        *,
        template_id: int | Ref,
        params: TasksTemplateGetParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_TasksTemplate]:
        """Get tasks template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            BatchCommand[TasksTemplate]

        Example:
            command = batch.tasks.template.get(template_id=1)
        """
        return cast(
            "BatchCommand[_TasksTemplate]",
            self._backend._invoke(
                _TASKS_TEMPLATE_GET, {"templateId": template_id, "params": params}
            ),
        )

    def update(
        self, *, template_id: int | Ref, fields: dict[str, Any] | Ref
    ) -> BatchCommand[bool]:
        """Update tasks template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-update.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.template.update(template_id=1, fields={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASKS_TEMPLATE_UPDATE, {"templateId": template_id, "fields": fields}
            ),
        )


class TasksTemplateChecklist(Namespace):
    """Methods under ``tasks.template.checklist``."""

    __slots__ = ()

    def add(
        self, *, template_id: int, fields: TasksTemplateChecklistAddFields
    ) -> TasksTemplateChecklistAddResult:
        """Add tasks template checklist.

        REST method: ``tasks.template.checklist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            TasksTemplateChecklistAddResult

        Example:
            result = client.tasks.template.checklist.add(template_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})
            result = await client.tasks.template.checklist.add(template_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistAddResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD,
                {"templateId": template_id, "fields": fields},
            ),
        )

    def add_attachment_by_content(
        self,
        *,
        template_id: int,
        check_list_item_id: int,
        attachment_parameters: TasksTemplateChecklistAddAttachmentByContentAttachmentParameters,
    ) -> TasksTemplateChecklistAddAttachmentByContentResult:
        """Add attachment by content of tasks template checklist.

        REST method: ``tasks.template.checklist.addAttachmentByContent``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachment-by-content.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            attachment_parameters: Wire name: ``attachmentParameters``.

        Returns:
            TasksTemplateChecklistAddAttachmentByContentResult

        Example:
            result = client.tasks.template.checklist.add_attachment_by_content(template_id=1, check_list_item_id=1, attachment_parameters={"NAME": "Anna", "CONTENT": "example"})
            result = await client.tasks.template.checklist.add_attachment_by_content(template_id=1, check_list_item_id=1, attachment_parameters={"NAME": "Anna", "CONTENT": "example"})  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistAddAttachmentByContentResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENT_BY_CONTENT,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "attachmentParameters": attachment_parameters,
                },
            ),
        )

    def add_attachments_from_disk(
        self, *, template_id: int, check_list_item_id: int, files_ids: Sequence[str]
    ) -> TasksTemplateChecklistAddAttachmentsFromDiskResult:
        """Add attachments from disk of tasks template checklist.

        REST method: ``tasks.template.checklist.addAttachmentsFromDisk``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachments-from-disk.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            files_ids: Wire name: ``filesIds``.

        Returns:
            TasksTemplateChecklistAddAttachmentsFromDiskResult

        Example:
            result = client.tasks.template.checklist.add_attachments_from_disk(template_id=1, check_list_item_id=1, files_ids=["example"])
            result = await client.tasks.template.checklist.add_attachments_from_disk(template_id=1, check_list_item_id=1, files_ids=["example"])  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistAddAttachmentsFromDiskResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENTS_FROM_DISK,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "filesIds": files_ids,
                },
            ),
        )

    def complete(
        self, *, template_id: int, check_list_item_id: int
    ) -> TasksTemplateChecklistCompleteResult:
        """Complete tasks template checklist.

        REST method: ``tasks.template.checklist.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-complete.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistCompleteResult

        Example:
            result = client.tasks.template.checklist.complete(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.complete(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistCompleteResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_COMPLETE,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def delete(self, *, template_id: int, check_list_item_id: int) -> bool:
        """Delete tasks template checklist.

        REST method: ``tasks.template.checklist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-delete.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            bool

        Example:
            result = client.tasks.template.checklist.delete(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.delete(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_DELETE,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def get(
        self, *, template_id: int, check_list_item_id: int
    ) -> TasksTemplateChecklistGetResult:
        """Get tasks template checklist.

        REST method: ``tasks.template.checklist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistGetResult

        Example:
            result = client.tasks.template.checklist.get(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.get(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistGetResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_GET,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def list(
        self,
        *,
        template_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _TasksTemplateChecklist:
        """List tasks template checklist entries.

        REST method: ``tasks.template.checklist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-list.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            TasksTemplateChecklist

        Example:
            result = client.tasks.template.checklist.list(template_id=1)
            result = await client.tasks.template.checklist.list(template_id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksTemplateChecklist",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_LIST,
                {
                    "templateId": template_id,
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def move_after(
        self, *, template_id: int, check_list_item_id: int, after_item_id: int
    ) -> TasksTemplateChecklistMoveAfterResult:
        """Move after of tasks template checklist.

        REST method: ``tasks.template.checklist.moveAfter``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-after.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            after_item_id: Wire name: ``afterItemId``.

        Returns:
            TasksTemplateChecklistMoveAfterResult

        Example:
            result = client.tasks.template.checklist.move_after(template_id=1, check_list_item_id=1, after_item_id=1)
            result = await client.tasks.template.checklist.move_after(template_id=1, check_list_item_id=1, after_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistMoveAfterResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_MOVE_AFTER,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "afterItemId": after_item_id,
                },
            ),
        )

    def move_before(
        self, *, template_id: int, check_list_item_id: int, before_item_id: int
    ) -> TasksTemplateChecklistMoveBeforeResult:
        """Move before of tasks template checklist.

        REST method: ``tasks.template.checklist.moveBefore``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-before.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            before_item_id: Wire name: ``beforeItemId``.

        Returns:
            TasksTemplateChecklistMoveBeforeResult

        Example:
            result = client.tasks.template.checklist.move_before(template_id=1, check_list_item_id=1, before_item_id=1)
            result = await client.tasks.template.checklist.move_before(template_id=1, check_list_item_id=1, before_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistMoveBeforeResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_MOVE_BEFORE,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "beforeItemId": before_item_id,
                },
            ),
        )

    def remove_attachments(
        self,
        *,
        template_id: int,
        check_list_item_id: int,
        attachments_ids: Sequence[int],
    ) -> TasksTemplateChecklistRemoveAttachmentsResult:
        """Remove attachments of tasks template checklist.

        REST method: ``tasks.template.checklist.removeAttachments``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-remove-attachments.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            attachments_ids: Wire name: ``attachmentsIds``.

        Returns:
            TasksTemplateChecklistRemoveAttachmentsResult

        Example:
            result = client.tasks.template.checklist.remove_attachments(template_id=1, check_list_item_id=1, attachments_ids=[1])
            result = await client.tasks.template.checklist.remove_attachments(template_id=1, check_list_item_id=1, attachments_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistRemoveAttachmentsResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_REMOVE_ATTACHMENTS,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "attachmentsIds": attachments_ids,
                },
            ),
        )

    def renew(
        self, *, template_id: int, check_list_item_id: int
    ) -> TasksTemplateChecklistRenewResult:
        """Renew tasks template checklist.

        REST method: ``tasks.template.checklist.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-renew.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistRenewResult

        Example:
            result = client.tasks.template.checklist.renew(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.renew(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistRenewResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_RENEW,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def update(
        self,
        *,
        template_id: int,
        check_list_item_id: int,
        fields: TasksTemplateChecklistUpdateFields,
    ) -> TasksTemplateChecklistUpdateResult:
        """Update tasks template checklist.

        REST method: ``tasks.template.checklist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-update.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistUpdateResult

        Example:
            result = client.tasks.template.checklist.update(template_id=1, check_list_item_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})
            result = await client.tasks.template.checklist.update(template_id=1, check_list_item_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistUpdateResult",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_UPDATE,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "fields": fields,
                },
            ),
        )


class AsyncTasksTemplateChecklist(Namespace):
    """Methods under ``tasks.template.checklist`` (async)."""

    __slots__ = ()

    async def add(
        self, *, template_id: int, fields: TasksTemplateChecklistAddFields
    ) -> TasksTemplateChecklistAddResult:
        """Add tasks template checklist.

        REST method: ``tasks.template.checklist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            TasksTemplateChecklistAddResult

        Example:
            result = client.tasks.template.checklist.add(template_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})
            result = await client.tasks.template.checklist.add(template_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistAddResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD,
                {"templateId": template_id, "fields": fields},
            ),
        )

    async def add_attachment_by_content(
        self,
        *,
        template_id: int,
        check_list_item_id: int,
        attachment_parameters: TasksTemplateChecklistAddAttachmentByContentAttachmentParameters,
    ) -> TasksTemplateChecklistAddAttachmentByContentResult:
        """Add attachment by content of tasks template checklist.

        REST method: ``tasks.template.checklist.addAttachmentByContent``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachment-by-content.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            attachment_parameters: Wire name: ``attachmentParameters``.

        Returns:
            TasksTemplateChecklistAddAttachmentByContentResult

        Example:
            result = client.tasks.template.checklist.add_attachment_by_content(template_id=1, check_list_item_id=1, attachment_parameters={"NAME": "Anna", "CONTENT": "example"})
            result = await client.tasks.template.checklist.add_attachment_by_content(template_id=1, check_list_item_id=1, attachment_parameters={"NAME": "Anna", "CONTENT": "example"})  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistAddAttachmentByContentResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENT_BY_CONTENT,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "attachmentParameters": attachment_parameters,
                },
            ),
        )

    async def add_attachments_from_disk(
        self, *, template_id: int, check_list_item_id: int, files_ids: Sequence[str]
    ) -> TasksTemplateChecklistAddAttachmentsFromDiskResult:
        """Add attachments from disk of tasks template checklist.

        REST method: ``tasks.template.checklist.addAttachmentsFromDisk``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachments-from-disk.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            files_ids: Wire name: ``filesIds``.

        Returns:
            TasksTemplateChecklistAddAttachmentsFromDiskResult

        Example:
            result = client.tasks.template.checklist.add_attachments_from_disk(template_id=1, check_list_item_id=1, files_ids=["example"])
            result = await client.tasks.template.checklist.add_attachments_from_disk(template_id=1, check_list_item_id=1, files_ids=["example"])  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistAddAttachmentsFromDiskResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENTS_FROM_DISK,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "filesIds": files_ids,
                },
            ),
        )

    async def complete(
        self, *, template_id: int, check_list_item_id: int
    ) -> TasksTemplateChecklistCompleteResult:
        """Complete tasks template checklist.

        REST method: ``tasks.template.checklist.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-complete.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistCompleteResult

        Example:
            result = client.tasks.template.checklist.complete(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.complete(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistCompleteResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_COMPLETE,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    async def delete(self, *, template_id: int, check_list_item_id: int) -> bool:
        """Delete tasks template checklist.

        REST method: ``tasks.template.checklist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-delete.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            bool

        Example:
            result = client.tasks.template.checklist.delete(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.delete(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_DELETE,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    async def get(
        self, *, template_id: int, check_list_item_id: int
    ) -> TasksTemplateChecklistGetResult:
        """Get tasks template checklist.

        REST method: ``tasks.template.checklist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistGetResult

        Example:
            result = client.tasks.template.checklist.get(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.get(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistGetResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_GET,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    async def list(
        self,
        *,
        template_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _TasksTemplateChecklist:
        """List tasks template checklist entries.

        REST method: ``tasks.template.checklist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-list.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            TasksTemplateChecklist

        Example:
            result = client.tasks.template.checklist.list(template_id=1)
            result = await client.tasks.template.checklist.list(template_id=1)  # AsyncBitrix24
        """
        return cast(
            "_TasksTemplateChecklist",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_LIST,
                {
                    "templateId": template_id,
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "start": start,
                },
            ),
        )

    async def move_after(
        self, *, template_id: int, check_list_item_id: int, after_item_id: int
    ) -> TasksTemplateChecklistMoveAfterResult:
        """Move after of tasks template checklist.

        REST method: ``tasks.template.checklist.moveAfter``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-after.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            after_item_id: Wire name: ``afterItemId``.

        Returns:
            TasksTemplateChecklistMoveAfterResult

        Example:
            result = client.tasks.template.checklist.move_after(template_id=1, check_list_item_id=1, after_item_id=1)
            result = await client.tasks.template.checklist.move_after(template_id=1, check_list_item_id=1, after_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistMoveAfterResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_MOVE_AFTER,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "afterItemId": after_item_id,
                },
            ),
        )

    async def move_before(
        self, *, template_id: int, check_list_item_id: int, before_item_id: int
    ) -> TasksTemplateChecklistMoveBeforeResult:
        """Move before of tasks template checklist.

        REST method: ``tasks.template.checklist.moveBefore``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-before.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            before_item_id: Wire name: ``beforeItemId``.

        Returns:
            TasksTemplateChecklistMoveBeforeResult

        Example:
            result = client.tasks.template.checklist.move_before(template_id=1, check_list_item_id=1, before_item_id=1)
            result = await client.tasks.template.checklist.move_before(template_id=1, check_list_item_id=1, before_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistMoveBeforeResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_MOVE_BEFORE,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "beforeItemId": before_item_id,
                },
            ),
        )

    async def remove_attachments(
        self,
        *,
        template_id: int,
        check_list_item_id: int,
        attachments_ids: Sequence[int],
    ) -> TasksTemplateChecklistRemoveAttachmentsResult:
        """Remove attachments of tasks template checklist.

        REST method: ``tasks.template.checklist.removeAttachments``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-remove-attachments.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            attachments_ids: Wire name: ``attachmentsIds``.

        Returns:
            TasksTemplateChecklistRemoveAttachmentsResult

        Example:
            result = client.tasks.template.checklist.remove_attachments(template_id=1, check_list_item_id=1, attachments_ids=[1])
            result = await client.tasks.template.checklist.remove_attachments(template_id=1, check_list_item_id=1, attachments_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistRemoveAttachmentsResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_REMOVE_ATTACHMENTS,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "attachmentsIds": attachments_ids,
                },
            ),
        )

    async def renew(
        self, *, template_id: int, check_list_item_id: int
    ) -> TasksTemplateChecklistRenewResult:
        """Renew tasks template checklist.

        REST method: ``tasks.template.checklist.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-renew.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistRenewResult

        Example:
            result = client.tasks.template.checklist.renew(template_id=1, check_list_item_id=1)
            result = await client.tasks.template.checklist.renew(template_id=1, check_list_item_id=1)  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistRenewResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_RENEW,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    async def update(
        self,
        *,
        template_id: int,
        check_list_item_id: int,
        fields: TasksTemplateChecklistUpdateFields,
    ) -> TasksTemplateChecklistUpdateResult:
        """Update tasks template checklist.

        REST method: ``tasks.template.checklist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-update.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            TasksTemplateChecklistUpdateResult

        Example:
            result = client.tasks.template.checklist.update(template_id=1, check_list_item_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})
            result = await client.tasks.template.checklist.update(template_id=1, check_list_item_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            "TasksTemplateChecklistUpdateResult",
            await self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_UPDATE,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "fields": fields,
                },
            ),
        )


class BatchTasksTemplateChecklist(Namespace):
    """Methods under ``tasks.template.checklist`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, template_id: int | Ref, fields: TasksTemplateChecklistAddFields | Ref
    ) -> BatchCommand[TasksTemplateChecklistAddResult]:
        """Add tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            BatchCommand[TasksTemplateChecklistAddResult]

        Example:
            command = batch.tasks.template.checklist.add(template_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistAddResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD,
                {"templateId": template_id, "fields": fields},
            ),
        )

    def add_attachment_by_content(
        self,
        *,
        template_id: int | Ref,
        check_list_item_id: int | Ref,
        attachment_parameters: (
            TasksTemplateChecklistAddAttachmentByContentAttachmentParameters | Ref
        ),
    ) -> BatchCommand[TasksTemplateChecklistAddAttachmentByContentResult]:
        """Add attachment by content of tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.addAttachmentByContent``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachment-by-content.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            attachment_parameters: Wire name: ``attachmentParameters``.

        Returns:
            BatchCommand[TasksTemplateChecklistAddAttachmentByContentResult]

        Example:
            command = batch.tasks.template.checklist.add_attachment_by_content(template_id=1, check_list_item_id=1, attachment_parameters={"NAME": "Anna", "CONTENT": "example"})
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistAddAttachmentByContentResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENT_BY_CONTENT,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "attachmentParameters": attachment_parameters,
                },
            ),
        )

    def add_attachments_from_disk(
        self,
        *,
        template_id: int | Ref,
        check_list_item_id: int | Ref,
        files_ids: Sequence[str] | Ref,
    ) -> BatchCommand[TasksTemplateChecklistAddAttachmentsFromDiskResult]:
        """Add attachments from disk of tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.addAttachmentsFromDisk``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachments-from-disk.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            files_ids: Wire name: ``filesIds``.

        Returns:
            BatchCommand[TasksTemplateChecklistAddAttachmentsFromDiskResult]

        Example:
            command = batch.tasks.template.checklist.add_attachments_from_disk(template_id=1, check_list_item_id=1, files_ids=["example"])
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistAddAttachmentsFromDiskResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_ADD_ATTACHMENTS_FROM_DISK,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "filesIds": files_ids,
                },
            ),
        )

    def complete(
        self, *, template_id: int | Ref, check_list_item_id: int | Ref
    ) -> BatchCommand[TasksTemplateChecklistCompleteResult]:
        """Complete tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-complete.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            BatchCommand[TasksTemplateChecklistCompleteResult]

        Example:
            command = batch.tasks.template.checklist.complete(template_id=1, check_list_item_id=1)
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistCompleteResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_COMPLETE,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def delete(
        self, *, template_id: int | Ref, check_list_item_id: int | Ref
    ) -> BatchCommand[bool]:
        """Delete tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-delete.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.tasks.template.checklist.delete(template_id=1, check_list_item_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_DELETE,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def get(
        self, *, template_id: int | Ref, check_list_item_id: int | Ref
    ) -> BatchCommand[TasksTemplateChecklistGetResult]:
        """Get tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            BatchCommand[TasksTemplateChecklistGetResult]

        Example:
            command = batch.tasks.template.checklist.get(template_id=1, check_list_item_id=1)
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistGetResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_GET,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def list(
        self,
        *,
        template_id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_TasksTemplateChecklist]:
        """List tasks template checklist entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-list.html

        Args:
            template_id: Wire name: ``templateId``.

        Returns:
            BatchCommand[TasksTemplateChecklist]

        Example:
            command = batch.tasks.template.checklist.list(template_id=1)
        """
        return cast(
            "BatchCommand[_TasksTemplateChecklist]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_LIST,
                {
                    "templateId": template_id,
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def move_after(
        self,
        *,
        template_id: int | Ref,
        check_list_item_id: int | Ref,
        after_item_id: int | Ref,
    ) -> BatchCommand[TasksTemplateChecklistMoveAfterResult]:
        """Move after of tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.moveAfter``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-after.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            after_item_id: Wire name: ``afterItemId``.

        Returns:
            BatchCommand[TasksTemplateChecklistMoveAfterResult]

        Example:
            command = batch.tasks.template.checklist.move_after(template_id=1, check_list_item_id=1, after_item_id=1)
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistMoveAfterResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_MOVE_AFTER,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "afterItemId": after_item_id,
                },
            ),
        )

    def move_before(
        self,
        *,
        template_id: int | Ref,
        check_list_item_id: int | Ref,
        before_item_id: int | Ref,
    ) -> BatchCommand[TasksTemplateChecklistMoveBeforeResult]:
        """Move before of tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.moveBefore``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-before.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            before_item_id: Wire name: ``beforeItemId``.

        Returns:
            BatchCommand[TasksTemplateChecklistMoveBeforeResult]

        Example:
            command = batch.tasks.template.checklist.move_before(template_id=1, check_list_item_id=1, before_item_id=1)
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistMoveBeforeResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_MOVE_BEFORE,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "beforeItemId": before_item_id,
                },
            ),
        )

    def remove_attachments(
        self,
        *,
        template_id: int | Ref,
        check_list_item_id: int | Ref,
        attachments_ids: Sequence[int] | Ref,
    ) -> BatchCommand[TasksTemplateChecklistRemoveAttachmentsResult]:
        """Remove attachments of tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.removeAttachments``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-remove-attachments.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.
            attachments_ids: Wire name: ``attachmentsIds``.

        Returns:
            BatchCommand[TasksTemplateChecklistRemoveAttachmentsResult]

        Example:
            command = batch.tasks.template.checklist.remove_attachments(template_id=1, check_list_item_id=1, attachments_ids=[1])
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistRemoveAttachmentsResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_REMOVE_ATTACHMENTS,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "attachmentsIds": attachments_ids,
                },
            ),
        )

    def renew(
        self, *, template_id: int | Ref, check_list_item_id: int | Ref
    ) -> BatchCommand[TasksTemplateChecklistRenewResult]:
        """Renew tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-renew.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            BatchCommand[TasksTemplateChecklistRenewResult]

        Example:
            command = batch.tasks.template.checklist.renew(template_id=1, check_list_item_id=1)
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistRenewResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_RENEW,
                {"templateId": template_id, "checkListItemId": check_list_item_id},
            ),
        )

    def update(
        self,
        *,
        template_id: int | Ref,
        check_list_item_id: int | Ref,
        fields: TasksTemplateChecklistUpdateFields | Ref,
    ) -> BatchCommand[TasksTemplateChecklistUpdateResult]:
        """Update tasks template checklist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-update.html

        Args:
            template_id: Wire name: ``templateId``.
            check_list_item_id: Wire name: ``checkListItemId``.

        Returns:
            BatchCommand[TasksTemplateChecklistUpdateResult]

        Example:
            command = batch.tasks.template.checklist.update(template_id=1, check_list_item_id=1, fields={"TITLE": "Kick-off call", "PARENT_ID": 1})
        """
        return cast(
            "BatchCommand[TasksTemplateChecklistUpdateResult]",
            self._backend._invoke(
                _TASKS_TEMPLATE_CHECKLIST_UPDATE,
                {
                    "templateId": template_id,
                    "checkListItemId": check_list_item_id,
                    "fields": fields,
                },
            ),
        )
