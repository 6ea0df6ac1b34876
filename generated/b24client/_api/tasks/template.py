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
        """Create a task template that new tasks can be made from.

        TITLE, CREATED_BY and RESPONSIBLE_ID are required; without them no template is created and the result is 0.

        REST method: ``tasks.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-add.html

        Args:
            fields: Values of the new template keyed by field name (see tasks.template.fields).

        Returns:
            int

        Example:
            result = client.tasks.template.add(fields={})
            result = await client.tasks.template.add(fields={})  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_TASKS_TEMPLATE_ADD, {"fields": fields}))

    def delete(self, *, template_id: int) -> bool:
        """Remove a task template permanently.

        The result is false even when the template was deleted; if it is still there, check the user rights.

        REST method: ``tasks.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-delete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.

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
        """List the task template fields with their titles, data types and defaults.

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
        """Read one task template with its fields by ID.

        Returns false when the template ID is empty, the template does not exist or the user may not see it.

        REST method: ``tasks.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            params: Extra selection options.

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
        """Change fields of an existing task template.

        Returns false when the template does not exist or the user may not edit it.

        REST method: ``tasks.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-update.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            fields: Template fields to change, keyed by field name.

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
        """Create a task template that new tasks can be made from.

        TITLE, CREATED_BY and RESPONSIBLE_ID are required; without them no template is created and the result is 0.

        REST method: ``tasks.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-add.html

        Args:
            fields: Values of the new template keyed by field name (see tasks.template.fields).

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
        """Remove a task template permanently.

        The result is false even when the template was deleted; if it is still there, check the user rights.

        REST method: ``tasks.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-delete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.

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
        """List the task template fields with their titles, data types and defaults.

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
        """Read one task template with its fields by ID.

        Returns false when the template ID is empty, the template does not exist or the user may not see it.

        REST method: ``tasks.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            params: Extra selection options.

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
        """Change fields of an existing task template.

        Returns false when the template does not exist or the user may not edit it.

        REST method: ``tasks.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-update.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            fields: Template fields to change, keyed by field name.

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
        """Create a task template that new tasks can be made from.

        TITLE, CREATED_BY and RESPONSIBLE_ID are required; without them no template is created and the result is 0.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-add.html

        Args:
            fields: Values of the new template keyed by field name (see tasks.template.fields).

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
        """Remove a task template permanently.

        The result is false even when the template was deleted; if it is still there, check the user rights.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-delete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.

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
        """List the task template fields with their titles, data types and defaults.

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
        """Read one task template with its fields by ID.

        Returns false when the template ID is empty, the template does not exist or the user may not see it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            params: Extra selection options.

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
        """Change fields of an existing task template.

        Returns false when the template does not exist or the user may not edit it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-update.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            fields: Template fields to change, keyed by field name.

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
        """Add an item, or a new checklist, to a task template.

        Pass PARENT_ID 0 to start a new checklist whose name is TITLE.

        REST method: ``tasks.template.checklist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            fields: Values of the new item.

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
        """Upload a file from base64 content and attach it to a template checklist item.

        The new file is not listed in attachments of the response; read the item again to see it.

        REST method: ``tasks.template.checklist.addAttachmentByContent``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachment-by-content.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            attachment_parameters: The file to create. Wire name: ``attachmentParameters``.

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
        """Attach existing Drive files to a template checklist item.

        REST method: ``tasks.template.checklist.addAttachmentsFromDisk``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachments-from-disk.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            files_ids: Drive file IDs, each prefixed with "n", such as ["n5065", "n5067"]. Wire name: ``filesIds``.

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
        """Tick off a checklist item in a task template.

        REST method: ``tasks.template.checklist.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-complete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Remove one checklist item from a task template.

        Returns true once the item is deleted.

        REST method: ``tasks.template.checklist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-delete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Read one checklist item of a task template.

        Empty field values come back when the template or item ID is wrong or missing.

        REST method: ``tasks.template.checklist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Read the checklist items of a task template with filter and sort.

        REST method: ``tasks.template.checklist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-list.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            filter: Conditions as {"FIELD": value}, such as ID, TEMPLATE_ID, PARENT_ID, TITLE, IS_COMPLETE.
            select: Fields to return, such as ID, TEMPLATE_ID, PARENT_ID, TITLE, SORT_INDEX.
            order: Sort order as {"FIELD": "asc" | "desc"}.
            start: Offset of the first item, for paging.

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
        """Reorder a template checklist item so it follows another one.

        REST method: ``tasks.template.checklist.moveAfter``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-after.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the item to move. Wire name: ``checkListItemId``.
            after_item_id: ID of the item to place it after. Wire name: ``afterItemId``.

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
        """Reorder a template checklist item so it precedes another one.

        REST method: ``tasks.template.checklist.moveBefore``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-before.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the item to move. Wire name: ``checkListItemId``.
            before_item_id: ID of the item to place it before. Wire name: ``beforeItemId``.

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
        """Detach files from a template checklist item.

        REST method: ``tasks.template.checklist.removeAttachments``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-remove-attachments.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            attachments_ids: IDs of the attachments to remove. Wire name: ``attachmentsIds``.

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
        """Clear the done mark from a template checklist item.

        REST method: ``tasks.template.checklist.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-renew.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Change the text, position, flags or people of a template checklist item.

        REST method: ``tasks.template.checklist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-update.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            fields: Item fields to change.

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
        """Add an item, or a new checklist, to a task template.

        Pass PARENT_ID 0 to start a new checklist whose name is TITLE.

        REST method: ``tasks.template.checklist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            fields: Values of the new item.

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
        """Upload a file from base64 content and attach it to a template checklist item.

        The new file is not listed in attachments of the response; read the item again to see it.

        REST method: ``tasks.template.checklist.addAttachmentByContent``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachment-by-content.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            attachment_parameters: The file to create. Wire name: ``attachmentParameters``.

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
        """Attach existing Drive files to a template checklist item.

        REST method: ``tasks.template.checklist.addAttachmentsFromDisk``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachments-from-disk.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            files_ids: Drive file IDs, each prefixed with "n", such as ["n5065", "n5067"]. Wire name: ``filesIds``.

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
        """Tick off a checklist item in a task template.

        REST method: ``tasks.template.checklist.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-complete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Remove one checklist item from a task template.

        Returns true once the item is deleted.

        REST method: ``tasks.template.checklist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-delete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Read one checklist item of a task template.

        Empty field values come back when the template or item ID is wrong or missing.

        REST method: ``tasks.template.checklist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Read the checklist items of a task template with filter and sort.

        REST method: ``tasks.template.checklist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-list.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            filter: Conditions as {"FIELD": value}, such as ID, TEMPLATE_ID, PARENT_ID, TITLE, IS_COMPLETE.
            select: Fields to return, such as ID, TEMPLATE_ID, PARENT_ID, TITLE, SORT_INDEX.
            order: Sort order as {"FIELD": "asc" | "desc"}.
            start: Offset of the first item, for paging.

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
        """Reorder a template checklist item so it follows another one.

        REST method: ``tasks.template.checklist.moveAfter``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-after.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the item to move. Wire name: ``checkListItemId``.
            after_item_id: ID of the item to place it after. Wire name: ``afterItemId``.

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
        """Reorder a template checklist item so it precedes another one.

        REST method: ``tasks.template.checklist.moveBefore``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-before.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the item to move. Wire name: ``checkListItemId``.
            before_item_id: ID of the item to place it before. Wire name: ``beforeItemId``.

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
        """Detach files from a template checklist item.

        REST method: ``tasks.template.checklist.removeAttachments``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-remove-attachments.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            attachments_ids: IDs of the attachments to remove. Wire name: ``attachmentsIds``.

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
        """Clear the done mark from a template checklist item.

        REST method: ``tasks.template.checklist.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-renew.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Change the text, position, flags or people of a template checklist item.

        REST method: ``tasks.template.checklist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-update.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            fields: Item fields to change.

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
        """Add an item, or a new checklist, to a task template.

        Pass PARENT_ID 0 to start a new checklist whose name is TITLE.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            fields: Values of the new item.

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
        """Upload a file from base64 content and attach it to a template checklist item.

        The new file is not listed in attachments of the response; read the item again to see it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.addAttachmentByContent``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachment-by-content.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            attachment_parameters: The file to create. Wire name: ``attachmentParameters``.

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
        """Attach existing Drive files to a template checklist item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.addAttachmentsFromDisk``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-add-attachments-from-disk.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            files_ids: Drive file IDs, each prefixed with "n", such as ["n5065", "n5067"]. Wire name: ``filesIds``.

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
        """Tick off a checklist item in a task template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-complete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Remove one checklist item from a task template.

        Returns true once the item is deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-delete.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Read one checklist item of a task template.

        Empty field values come back when the template or item ID is wrong or missing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Read the checklist items of a task template with filter and sort.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-list.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            filter: Conditions as {"FIELD": value}, such as ID, TEMPLATE_ID, PARENT_ID, TITLE, IS_COMPLETE.
            select: Fields to return, such as ID, TEMPLATE_ID, PARENT_ID, TITLE, SORT_INDEX.
            order: Sort order as {"FIELD": "asc" | "desc"}.
            start: Offset of the first item, for paging.

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
        """Reorder a template checklist item so it follows another one.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.moveAfter``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-after.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the item to move. Wire name: ``checkListItemId``.
            after_item_id: ID of the item to place it after. Wire name: ``afterItemId``.

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
        """Reorder a template checklist item so it precedes another one.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.moveBefore``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-move-before.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the item to move. Wire name: ``checkListItemId``.
            before_item_id: ID of the item to place it before. Wire name: ``beforeItemId``.

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
        """Detach files from a template checklist item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.removeAttachments``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-remove-attachments.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            attachments_ids: IDs of the attachments to remove. Wire name: ``attachmentsIds``.

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
        """Clear the done mark from a template checklist item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-renew.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.

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
        """Change the text, position, flags or people of a template checklist item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``tasks.template.checklist.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-update.html

        Args:
            template_id: ID of the task template. Wire name: ``templateId``.
            check_list_item_id: ID of the checklist item in the template. Wire name: ``checkListItemId``.
            fields: Item fields to change.

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
