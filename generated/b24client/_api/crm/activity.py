"""Methods under ``crm.activity``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import (
        CrmActivity as _CrmActivity,
        CrmActivityAddFields,
        CrmActivityBadgeAddResult,
        CrmActivityBadgeGetResult,
        CrmActivityBadgeListResult,
        CrmActivityBinding as _CrmActivityBinding,
        CrmActivityCallGetTranscriptResult,
        CrmActivityCommunicationFieldsResult,
        CrmActivityConfigurableAddFields,
        CrmActivityConfigurableAddResult,
        CrmActivityConfigurableUpdateResult,
        CrmActivityFieldsResult,
        CrmActivityTodoAddResult,
        CrmActivityTodoUpdateColorResult,
        CrmActivityTodoUpdateDeadlineResult,
        CrmActivityTodoUpdateDescriptionResult,
        CrmActivityTodoUpdateResponsibleUserResult,
        CrmActivityTodoUpdateResult,
        CrmActivityType as _CrmActivityType,
        CrmActivityTypeAddFields,
        CrmActivityUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_ACTIVITY_ADD = MethodInfo(
    name="crm.activity.add", idempotent=False, returns="integer", api=1
)
_CRM_ACTIVITY_DELETE = MethodInfo(
    name="crm.activity.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_FIELDS = MethodInfo(
    name="crm.activity.fields", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_GET = MethodInfo(
    name="crm.activity.get", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_LIST = MethodInfo(
    name="crm.activity.list", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_UPDATE = MethodInfo(
    name="crm.activity.update", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_BADGE_ADD = MethodInfo(
    name="crm.activity.badge.add", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_BADGE_DELETE = MethodInfo(
    name="crm.activity.badge.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_BADGE_GET = MethodInfo(
    name="crm.activity.badge.get", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_BADGE_LIST = MethodInfo(
    name="crm.activity.badge.list", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_BINDING_ADD = MethodInfo(
    name="crm.activity.binding.add", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_BINDING_DELETE = MethodInfo(
    name="crm.activity.binding.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_BINDING_LIST = MethodInfo(
    name="crm.activity.binding.list", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_BINDING_MOVE = MethodInfo(
    name="crm.activity.binding.move", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_CALL_GET_TRANSCRIPT = MethodInfo(
    name="crm.activity.call.getTranscript", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_COMMUNICATION_FIELDS = MethodInfo(
    name="crm.activity.communication.fields", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_CONFIGURABLE_ADD = MethodInfo(
    name="crm.activity.configurable.add", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_CONFIGURABLE_GET = MethodInfo(
    name="crm.activity.configurable.get", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_CONFIGURABLE_UPDATE = MethodInfo(
    name="crm.activity.configurable.update", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_LAYOUT_BLOCKS_DELETE = MethodInfo(
    name="crm.activity.layout.blocks.delete", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_LAYOUT_BLOCKS_GET = MethodInfo(
    name="crm.activity.layout.blocks.get", idempotent=True, returns="any", api=1
)
_CRM_ACTIVITY_LAYOUT_BLOCKS_SET = MethodInfo(
    name="crm.activity.layout.blocks.set", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_TODO_ADD = MethodInfo(
    name="crm.activity.todo.add", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_TODO_UPDATE = MethodInfo(
    name="crm.activity.todo.update", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_TODO_UPDATE_COLOR = MethodInfo(
    name="crm.activity.todo.updateColor", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_TODO_UPDATE_DEADLINE = MethodInfo(
    name="crm.activity.todo.updateDeadline", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_TODO_UPDATE_DESCRIPTION = MethodInfo(
    name="crm.activity.todo.updateDescription", idempotent=False, returns="any", api=1
)
_CRM_ACTIVITY_TODO_UPDATE_RESPONSIBLE_USER = MethodInfo(
    name="crm.activity.todo.updateResponsibleUser",
    idempotent=False,
    returns="any",
    api=1,
)
_CRM_ACTIVITY_TYPE_ADD = MethodInfo(
    name="crm.activity.type.add", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_TYPE_DELETE = MethodInfo(
    name="crm.activity.type.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ACTIVITY_TYPE_LIST = MethodInfo(
    name="crm.activity.type.list", idempotent=True, returns="any", api=1
)


class CrmActivity(Namespace):
    """Methods under ``crm.activity``."""

    __slots__ = ()

    @property
    def badge(self) -> CrmActivityBadge:
        """Methods under ``crm.activity.badge``."""
        return CrmActivityBadge(self._backend)

    @property
    def binding(self) -> CrmActivityBinding:
        """Methods under ``crm.activity.binding``."""
        return CrmActivityBinding(self._backend)

    @property
    def call(self) -> CrmActivityCall:
        """Methods under ``crm.activity.call``."""
        return CrmActivityCall(self._backend)

    @property
    def communication(self) -> CrmActivityCommunication:
        """Methods under ``crm.activity.communication``."""
        return CrmActivityCommunication(self._backend)

    @property
    def configurable(self) -> CrmActivityConfigurable:
        """Methods under ``crm.activity.configurable``."""
        return CrmActivityConfigurable(self._backend)

    @property
    def layout(self) -> CrmActivityLayout:
        """Methods under ``crm.activity.layout``."""
        return CrmActivityLayout(self._backend)

    @property
    def todo(self) -> CrmActivityTodo:
        """Methods under ``crm.activity.todo``."""
        return CrmActivityTodo(self._backend)

    @property
    def type(self) -> CrmActivityType:
        """Methods under ``crm.activity.type``."""
        return CrmActivityType(self._backend)

    @deprecated(
        "The REST method crm.activity.add is deprecated; use crm.activity.todo.add instead."
    )
    def add(self, *, fields: CrmActivityAddFields) -> int:
        """Create a legacy system activity (call, meeting, e-mail) in a CRM item's timeline and return its ID.

        Deprecated: use crm.activity.todo.add for new to-do activities. Task-type activities cannot be made here: create a task with the CRM item in UF_CRM_TASK instead. DEADLINE is not set directly; it is taken from START_TIME or END_TIME depending on the type.

        Deprecated: use ``crm.activity.todo.add`` instead.

        REST method: ``crm.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-add.html

        Args:
            fields: Values of the activity, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.activity.add(fields={"OWNER_ID": 1, "OWNER_TYPE_ID": 1, "TYPE_ID": 1, "COMMUNICATIONS": [{}], "RESPONSIBLE_ID": 1})
            result = await client.crm.activity.add(fields={"OWNER_ID": 1, "OWNER_TYPE_ID": 1, "TYPE_ID": 1, "COMMUNICATIONS": [{}], "RESPONSIBLE_ID": 1})  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_CRM_ACTIVITY_ADD, {"fields": fields}))

    def delete(self, *, id: int) -> bool:
        """Remove an activity from the timeline by its ID.

        REST method: ``crm.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-delete.html

        Args:
            id: ID of the activity.

        Returns:
            bool

        Example:
            result = client.crm.activity.delete(id=1)
            result = await client.crm.activity.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_ACTIVITY_DELETE, {"id": id}))

    def fields(self) -> CrmActivityFieldsResult:
        """Describe every field of a system activity: type, required, read-only.

        REST method: ``crm.activity.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-fields.html

        Returns:
            CrmActivityFieldsResult

        Example:
            result = client.crm.activity.fields()
            result = await client.crm.activity.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmActivityFieldsResult", self._backend._invoke(_CRM_ACTIVITY_FIELDS, {})
        )

    def get(self, *, id: int) -> _CrmActivity:
        """Read one activity with all its fields by ID.

        REST method: ``crm.activity.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-get.html

        Args:
            id: ID of the activity.

        Returns:
            CrmActivity

        Example:
            result = client.crm.activity.get(id=1)
            result = await client.crm.activity.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmActivity", self._backend._invoke(_CRM_ACTIVITY_GET, {"id": id})
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmActivity]:
        """Search timeline activities by filter, with sorting and paging.

        Returns 50 records per page; pass the `next` value as start to get the following page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.activity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-list.html

        Args:
            select: Fields to return, such as ["ID", "SUBJECT"]; "*" for all standard fields.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmActivity]

        Example:
            result = client.crm.activity.list()
            result = await client.crm.activity.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmActivity]",
            self._backend._invoke_page(
                _CRM_ACTIVITY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.activity.update is deprecated; use crm.activity.todo.update instead."
    )
    def update(self, *, id: int, fields: CrmActivityUpdateFields) -> bool:
        """Change fields of a legacy system activity.

        Deprecated: use crm.activity.todo.update for to-do activities.

        Deprecated: use ``crm.activity.todo.update`` instead.

        REST method: ``crm.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-update.html

        Args:
            id: ID of the activity.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Example:
            result = client.crm.activity.update(id=1, fields={"RESPONSIBLE_ID": 1})
            result = await client.crm.activity.update(id=1, fields={"RESPONSIBLE_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_ACTIVITY_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCrmActivity(Namespace):
    """Methods under ``crm.activity`` (async)."""

    __slots__ = ()

    @property
    def badge(self) -> AsyncCrmActivityBadge:
        """Methods under ``crm.activity.badge``."""
        return AsyncCrmActivityBadge(self._backend)

    @property
    def binding(self) -> AsyncCrmActivityBinding:
        """Methods under ``crm.activity.binding``."""
        return AsyncCrmActivityBinding(self._backend)

    @property
    def call(self) -> AsyncCrmActivityCall:
        """Methods under ``crm.activity.call``."""
        return AsyncCrmActivityCall(self._backend)

    @property
    def communication(self) -> AsyncCrmActivityCommunication:
        """Methods under ``crm.activity.communication``."""
        return AsyncCrmActivityCommunication(self._backend)

    @property
    def configurable(self) -> AsyncCrmActivityConfigurable:
        """Methods under ``crm.activity.configurable``."""
        return AsyncCrmActivityConfigurable(self._backend)

    @property
    def layout(self) -> AsyncCrmActivityLayout:
        """Methods under ``crm.activity.layout``."""
        return AsyncCrmActivityLayout(self._backend)

    @property
    def todo(self) -> AsyncCrmActivityTodo:
        """Methods under ``crm.activity.todo``."""
        return AsyncCrmActivityTodo(self._backend)

    @property
    def type(self) -> AsyncCrmActivityType:
        """Methods under ``crm.activity.type``."""
        return AsyncCrmActivityType(self._backend)

    @deprecated(
        "The REST method crm.activity.add is deprecated; use crm.activity.todo.add instead."
    )
    async def add(self, *, fields: CrmActivityAddFields) -> int:
        """Create a legacy system activity (call, meeting, e-mail) in a CRM item's timeline and return its ID.

        Deprecated: use crm.activity.todo.add for new to-do activities. Task-type activities cannot be made here: create a task with the CRM item in UF_CRM_TASK instead. DEADLINE is not set directly; it is taken from START_TIME or END_TIME depending on the type.

        Deprecated: use ``crm.activity.todo.add`` instead.

        REST method: ``crm.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-add.html

        Args:
            fields: Values of the activity, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.activity.add(fields={"OWNER_ID": 1, "OWNER_TYPE_ID": 1, "TYPE_ID": 1, "COMMUNICATIONS": [{}], "RESPONSIBLE_ID": 1})
            result = await client.crm.activity.add(fields={"OWNER_ID": 1, "OWNER_TYPE_ID": 1, "TYPE_ID": 1, "COMMUNICATIONS": [{}], "RESPONSIBLE_ID": 1})  # AsyncBitrix24
        """
        return cast(
            int, await self._backend._invoke(_CRM_ACTIVITY_ADD, {"fields": fields})
        )

    async def delete(self, *, id: int) -> bool:
        """Remove an activity from the timeline by its ID.

        REST method: ``crm.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-delete.html

        Args:
            id: ID of the activity.

        Returns:
            bool

        Example:
            result = client.crm.activity.delete(id=1)
            result = await client.crm.activity.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_ACTIVITY_DELETE, {"id": id}))

    async def fields(self) -> CrmActivityFieldsResult:
        """Describe every field of a system activity: type, required, read-only.

        REST method: ``crm.activity.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-fields.html

        Returns:
            CrmActivityFieldsResult

        Example:
            result = client.crm.activity.fields()
            result = await client.crm.activity.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmActivityFieldsResult",
            await self._backend._invoke(_CRM_ACTIVITY_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _CrmActivity:
        """Read one activity with all its fields by ID.

        REST method: ``crm.activity.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-get.html

        Args:
            id: ID of the activity.

        Returns:
            CrmActivity

        Example:
            result = client.crm.activity.get(id=1)
            result = await client.crm.activity.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmActivity", await self._backend._invoke(_CRM_ACTIVITY_GET, {"id": id})
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmActivity]:
        """Search timeline activities by filter, with sorting and paging.

        Returns 50 records per page; pass the `next` value as start to get the following page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.activity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-list.html

        Args:
            select: Fields to return, such as ["ID", "SUBJECT"]; "*" for all standard fields.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmActivity]

        Example:
            result = client.crm.activity.list()
            result = await client.crm.activity.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmActivity]",
            await self._backend._invoke_page(
                _CRM_ACTIVITY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.activity.update is deprecated; use crm.activity.todo.update instead."
    )
    async def update(self, *, id: int, fields: CrmActivityUpdateFields) -> bool:
        """Change fields of a legacy system activity.

        Deprecated: use crm.activity.todo.update for to-do activities.

        Deprecated: use ``crm.activity.todo.update`` instead.

        REST method: ``crm.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-update.html

        Args:
            id: ID of the activity.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Example:
            result = client.crm.activity.update(id=1, fields={"RESPONSIBLE_ID": 1})
            result = await client.crm.activity.update(id=1, fields={"RESPONSIBLE_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ACTIVITY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmActivity(Namespace):
    """Methods under ``crm.activity`` (queued into a batch)."""

    __slots__ = ()

    @property
    def badge(self) -> BatchCrmActivityBadge:
        """Methods under ``crm.activity.badge``."""
        return BatchCrmActivityBadge(self._backend)

    @property
    def binding(self) -> BatchCrmActivityBinding:
        """Methods under ``crm.activity.binding``."""
        return BatchCrmActivityBinding(self._backend)

    @property
    def call(self) -> BatchCrmActivityCall:
        """Methods under ``crm.activity.call``."""
        return BatchCrmActivityCall(self._backend)

    @property
    def communication(self) -> BatchCrmActivityCommunication:
        """Methods under ``crm.activity.communication``."""
        return BatchCrmActivityCommunication(self._backend)

    @property
    def configurable(self) -> BatchCrmActivityConfigurable:
        """Methods under ``crm.activity.configurable``."""
        return BatchCrmActivityConfigurable(self._backend)

    @property
    def layout(self) -> BatchCrmActivityLayout:
        """Methods under ``crm.activity.layout``."""
        return BatchCrmActivityLayout(self._backend)

    @property
    def todo(self) -> BatchCrmActivityTodo:
        """Methods under ``crm.activity.todo``."""
        return BatchCrmActivityTodo(self._backend)

    @property
    def type(self) -> BatchCrmActivityType:
        """Methods under ``crm.activity.type``."""
        return BatchCrmActivityType(self._backend)

    @deprecated(
        "The REST method crm.activity.add is deprecated; use crm.activity.todo.add instead."
    )
    def add(self, *, fields: CrmActivityAddFields | Ref) -> BatchCommand[int]:
        """Create a legacy system activity (call, meeting, e-mail) in a CRM item's timeline and return its ID.

        Deprecated: use crm.activity.todo.add for new to-do activities. Task-type activities cannot be made here: create a task with the CRM item in UF_CRM_TASK instead. DEADLINE is not set directly; it is taken from START_TIME or END_TIME depending on the type.

        Deprecated: use ``crm.activity.todo.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-add.html

        Args:
            fields: Values of the activity, keyed by field name.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.activity.add(fields={"OWNER_ID": 1, "OWNER_TYPE_ID": 1, "TYPE_ID": 1, "COMMUNICATIONS": [{}], "RESPONSIBLE_ID": 1})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_ACTIVITY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove an activity from the timeline by its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-delete.html

        Args:
            id: ID of the activity.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.activity.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ACTIVITY_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmActivityFieldsResult]:
        """Describe every field of a system activity: type, required, read-only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-fields.html

        Returns:
            BatchCommand[CrmActivityFieldsResult]

        Example:
            command = batch.crm.activity.fields()
        """
        return cast(
            "BatchCommand[CrmActivityFieldsResult]",
            self._backend._invoke(_CRM_ACTIVITY_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmActivity]:
        """Read one activity with all its fields by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-get.html

        Args:
            id: ID of the activity.

        Returns:
            BatchCommand[CrmActivity]

        Example:
            command = batch.crm.activity.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmActivity]",
            self._backend._invoke(_CRM_ACTIVITY_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmActivity]]:
        """Search timeline activities by filter, with sorting and paging.

        Returns 50 records per page; pass the `next` value as start to get the following page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-list.html

        Args:
            select: Fields to return, such as ["ID", "SUBJECT"]; "*" for all standard fields.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmActivity]]

        Example:
            command = batch.crm.activity.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmActivity]]",
            self._backend._invoke_page(
                _CRM_ACTIVITY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.activity.update is deprecated; use crm.activity.todo.update instead."
    )
    def update(
        self, *, id: int | Ref, fields: CrmActivityUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change fields of a legacy system activity.

        Deprecated: use crm.activity.todo.update for to-do activities.

        Deprecated: use ``crm.activity.todo.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-update.html

        Args:
            id: ID of the activity.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.activity.update(id=1, fields={"RESPONSIBLE_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ACTIVITY_UPDATE, {"id": id, "fields": fields}),
        )


class CrmActivityBadge(Namespace):
    """Methods under ``crm.activity.badge``."""

    __slots__ = ()

    def add(
        self, *, code: str, title: str, value: str, type: str
    ) -> CrmActivityBadgeAddResult:
        """Register a badge that configurable activities can show on the kanban card.

        Only users with administrator access to CRM may call it.

        REST method: ``crm.activity.badge.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-add.html

        Args:
            code: Unique code of the badge, such as "missedCall".
            title: Badge caption: a string or per-language strings.
            value: Badge text shown as its value: a string or per-language strings.
            type: Look of the badge, such as "failure" (see the badge type list).

        Returns:
            CrmActivityBadgeAddResult

        Raises:
            BadRequestError: the portal answers ``REQUIRED_ARG_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.add(code="example_code", title="Kick-off call", value="example", type="example")
            result = await client.crm.activity.badge.add(code="example_code", title="Kick-off call", value="example", type="example")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityBadgeAddResult",
            self._backend._invoke(
                _CRM_ACTIVITY_BADGE_ADD,
                {"code": code, "title": title, "value": value, "type": type},
            ),
        )

    def delete(self, *, code: str) -> bool:
        """Remove a registered kanban badge by its code.

        REST method: ``crm.activity.badge.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-delete.html

        Args:
            code: Code of the badge.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.delete(code="example_code")
            result = await client.crm.activity.badge.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ACTIVITY_BADGE_DELETE, {"code": code})
        )

    def get(self, *, code: str) -> CrmActivityBadgeGetResult:
        """Read one registered kanban badge by its code.

        REST method: ``crm.activity.badge.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-get.html

        Args:
            code: Code of the badge.

        Returns:
            CrmActivityBadgeGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.get(code="example_code")
            result = await client.crm.activity.badge.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityBadgeGetResult",
            self._backend._invoke(_CRM_ACTIVITY_BADGE_GET, {"code": code}),
        )

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> CrmActivityBadgeListResult:
        """List every kanban badge registered for configurable activities.

        REST method: ``crm.activity.badge.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            CrmActivityBadgeListResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.list()
            result = await client.crm.activity.badge.list()  # AsyncBitrix24
        """
        return cast(
            "CrmActivityBadgeListResult",
            self._backend._invoke(_CRM_ACTIVITY_BADGE_LIST, {"start": start}),
        )


class AsyncCrmActivityBadge(Namespace):
    """Methods under ``crm.activity.badge`` (async)."""

    __slots__ = ()

    async def add(
        self, *, code: str, title: str, value: str, type: str
    ) -> CrmActivityBadgeAddResult:
        """Register a badge that configurable activities can show on the kanban card.

        Only users with administrator access to CRM may call it.

        REST method: ``crm.activity.badge.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-add.html

        Args:
            code: Unique code of the badge, such as "missedCall".
            title: Badge caption: a string or per-language strings.
            value: Badge text shown as its value: a string or per-language strings.
            type: Look of the badge, such as "failure" (see the badge type list).

        Returns:
            CrmActivityBadgeAddResult

        Raises:
            BadRequestError: the portal answers ``REQUIRED_ARG_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.add(code="example_code", title="Kick-off call", value="example", type="example")
            result = await client.crm.activity.badge.add(code="example_code", title="Kick-off call", value="example", type="example")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityBadgeAddResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_BADGE_ADD,
                {"code": code, "title": title, "value": value, "type": type},
            ),
        )

    async def delete(self, *, code: str) -> bool:
        """Remove a registered kanban badge by its code.

        REST method: ``crm.activity.badge.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-delete.html

        Args:
            code: Code of the badge.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.delete(code="example_code")
            result = await client.crm.activity.badge.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_ACTIVITY_BADGE_DELETE, {"code": code}),
        )

    async def get(self, *, code: str) -> CrmActivityBadgeGetResult:
        """Read one registered kanban badge by its code.

        REST method: ``crm.activity.badge.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-get.html

        Args:
            code: Code of the badge.

        Returns:
            CrmActivityBadgeGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.get(code="example_code")
            result = await client.crm.activity.badge.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityBadgeGetResult",
            await self._backend._invoke(_CRM_ACTIVITY_BADGE_GET, {"code": code}),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> CrmActivityBadgeListResult:
        """List every kanban badge registered for configurable activities.

        REST method: ``crm.activity.badge.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            CrmActivityBadgeListResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.badge.list()
            result = await client.crm.activity.badge.list()  # AsyncBitrix24
        """
        return cast(
            "CrmActivityBadgeListResult",
            await self._backend._invoke(_CRM_ACTIVITY_BADGE_LIST, {"start": start}),
        )


class BatchCrmActivityBadge(Namespace):
    """Methods under ``crm.activity.badge`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, code: str | Ref, title: str | Ref, value: str | Ref, type: str | Ref
    ) -> BatchCommand[CrmActivityBadgeAddResult]:
        """Register a badge that configurable activities can show on the kanban card.

        Only users with administrator access to CRM may call it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.badge.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-add.html

        Args:
            code: Unique code of the badge, such as "missedCall".
            title: Badge caption: a string or per-language strings.
            value: Badge text shown as its value: a string or per-language strings.
            type: Look of the badge, such as "failure" (see the badge type list).

        Returns:
            BatchCommand[CrmActivityBadgeAddResult]

        Raises:
            BadRequestError: the portal answers ``REQUIRED_ARG_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.badge.add(code="example_code", title="Kick-off call", value="example", type="example")
        """
        return cast(
            "BatchCommand[CrmActivityBadgeAddResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_BADGE_ADD,
                {"code": code, "title": title, "value": value, "type": type},
            ),
        )

    def delete(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove a registered kanban badge by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.badge.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-delete.html

        Args:
            code: Code of the badge.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.badge.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ACTIVITY_BADGE_DELETE, {"code": code}),
        )

    def get(self, *, code: str | Ref) -> BatchCommand[CrmActivityBadgeGetResult]:
        """Read one registered kanban badge by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.badge.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-get.html

        Args:
            code: Code of the badge.

        Returns:
            BatchCommand[CrmActivityBadgeGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.badge.get(code="example_code")
        """
        return cast(
            "BatchCommand[CrmActivityBadgeGetResult]",
            self._backend._invoke(_CRM_ACTIVITY_BADGE_GET, {"code": code}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[CrmActivityBadgeListResult]:
        """List every kanban badge registered for configurable activities.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.badge.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[CrmActivityBadgeListResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.badge.list()
        """
        return cast(
            "BatchCommand[CrmActivityBadgeListResult]",
            self._backend._invoke(_CRM_ACTIVITY_BADGE_LIST, {"start": start}),
        )


class CrmActivityBinding(Namespace):
    """Methods under ``crm.activity.binding``."""

    __slots__ = ()

    def add(self, *, activity_id: int, entity_type_id: int, entity_id: int) -> bool:
        """Attach an existing activity to one more CRM item so it shows in that timeline too.

        REST method: ``crm.activity.binding.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-add.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item. Wire name: ``entityId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.add(activity_id=1, entity_type_id=1, entity_id=1)
            result = await client.crm.activity.binding.add(activity_id=1, entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_ADD,
                {
                    "activityId": activity_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                },
            ),
        )

    def delete(self, *, activity_id: int, entity_type_id: int, entity_id: int) -> bool:
        """Detach an activity from one of the CRM items it is shown on.

        REST method: ``crm.activity.binding.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-delete.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item. Wire name: ``entityId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.delete(activity_id=1, entity_type_id=1, entity_id=1)
            result = await client.crm.activity.binding.delete(activity_id=1, entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_DELETE,
                {
                    "activityId": activity_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                },
            ),
        )

    def list(
        self, *, activity_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CrmActivityBinding]:
        """List the CRM items an activity is attached to.

        REST method: ``crm.activity.binding.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-list.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmActivityBinding]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.list(activity_id=1)
            result = await client.crm.activity.binding.list(activity_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmActivityBinding]",
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_LIST, {"activityId": activity_id, "start": start}
            ),
        )

    def move(
        self,
        *,
        activity_id: int,
        source_entity_type_id: int,
        source_entity_id: int,
        target_entity_type_id: int,
        target_entity_id: int,
    ) -> bool:
        """Move an activity from one CRM item to another.

        Returns true when the link was changed, false otherwise.

        REST method: ``crm.activity.binding.move``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-move.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            source_entity_type_id: Type of the CRM item the activity is attached to now, such as 2 for a deal. Wire name: ``sourceEntityTypeId``.
            source_entity_id: ID of the CRM item the activity is attached to now. Wire name: ``sourceEntityId``.
            target_entity_type_id: Type of the CRM item to move the activity to. Wire name: ``targetEntityTypeId``.
            target_entity_id: ID of the CRM item to move the activity to. Wire name: ``targetEntityId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.move(activity_id=1, source_entity_type_id=1, source_entity_id=1, target_entity_type_id=1, target_entity_id=1)
            result = await client.crm.activity.binding.move(activity_id=1, source_entity_type_id=1, source_entity_id=1, target_entity_type_id=1, target_entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_MOVE,
                {
                    "activityId": activity_id,
                    "sourceEntityTypeId": source_entity_type_id,
                    "sourceEntityId": source_entity_id,
                    "targetEntityTypeId": target_entity_type_id,
                    "targetEntityId": target_entity_id,
                },
            ),
        )


class AsyncCrmActivityBinding(Namespace):
    """Methods under ``crm.activity.binding`` (async)."""

    __slots__ = ()

    async def add(
        self, *, activity_id: int, entity_type_id: int, entity_id: int
    ) -> bool:
        """Attach an existing activity to one more CRM item so it shows in that timeline too.

        REST method: ``crm.activity.binding.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-add.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item. Wire name: ``entityId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.add(activity_id=1, entity_type_id=1, entity_id=1)
            result = await client.crm.activity.binding.add(activity_id=1, entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ACTIVITY_BINDING_ADD,
                {
                    "activityId": activity_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                },
            ),
        )

    async def delete(
        self, *, activity_id: int, entity_type_id: int, entity_id: int
    ) -> bool:
        """Detach an activity from one of the CRM items it is shown on.

        REST method: ``crm.activity.binding.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-delete.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item. Wire name: ``entityId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.delete(activity_id=1, entity_type_id=1, entity_id=1)
            result = await client.crm.activity.binding.delete(activity_id=1, entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ACTIVITY_BINDING_DELETE,
                {
                    "activityId": activity_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                },
            ),
        )

    async def list(
        self, *, activity_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CrmActivityBinding]:
        """List the CRM items an activity is attached to.

        REST method: ``crm.activity.binding.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-list.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmActivityBinding]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.list(activity_id=1)
            result = await client.crm.activity.binding.list(activity_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmActivityBinding]",
            await self._backend._invoke(
                _CRM_ACTIVITY_BINDING_LIST, {"activityId": activity_id, "start": start}
            ),
        )

    async def move(
        self,
        *,
        activity_id: int,
        source_entity_type_id: int,
        source_entity_id: int,
        target_entity_type_id: int,
        target_entity_id: int,
    ) -> bool:
        """Move an activity from one CRM item to another.

        Returns true when the link was changed, false otherwise.

        REST method: ``crm.activity.binding.move``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-move.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            source_entity_type_id: Type of the CRM item the activity is attached to now, such as 2 for a deal. Wire name: ``sourceEntityTypeId``.
            source_entity_id: ID of the CRM item the activity is attached to now. Wire name: ``sourceEntityId``.
            target_entity_type_id: Type of the CRM item to move the activity to. Wire name: ``targetEntityTypeId``.
            target_entity_id: ID of the CRM item to move the activity to. Wire name: ``targetEntityId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.binding.move(activity_id=1, source_entity_type_id=1, source_entity_id=1, target_entity_type_id=1, target_entity_id=1)
            result = await client.crm.activity.binding.move(activity_id=1, source_entity_type_id=1, source_entity_id=1, target_entity_type_id=1, target_entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ACTIVITY_BINDING_MOVE,
                {
                    "activityId": activity_id,
                    "sourceEntityTypeId": source_entity_type_id,
                    "sourceEntityId": source_entity_id,
                    "targetEntityTypeId": target_entity_type_id,
                    "targetEntityId": target_entity_id,
                },
            ),
        )


class BatchCrmActivityBinding(Namespace):
    """Methods under ``crm.activity.binding`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, activity_id: int | Ref, entity_type_id: int | Ref, entity_id: int | Ref
    ) -> BatchCommand[bool]:
        """Attach an existing activity to one more CRM item so it shows in that timeline too.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.binding.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-add.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item. Wire name: ``entityId``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.binding.add(activity_id=1, entity_type_id=1, entity_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_ADD,
                {
                    "activityId": activity_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                },
            ),
        )

    def delete(
        self, *, activity_id: int | Ref, entity_type_id: int | Ref, entity_id: int | Ref
    ) -> BatchCommand[bool]:
        """Detach an activity from one of the CRM items it is shown on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.binding.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-delete.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item. Wire name: ``entityId``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.binding.delete(activity_id=1, entity_type_id=1, entity_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_DELETE,
                {
                    "activityId": activity_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                },
            ),
        )

    def list(
        self, *, activity_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmActivityBinding]]:
        """List the CRM items an activity is attached to.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.binding.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-list.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmActivityBinding]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.binding.list(activity_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CrmActivityBinding]]",
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_LIST, {"activityId": activity_id, "start": start}
            ),
        )

    def move(
        self,
        *,
        activity_id: int | Ref,
        source_entity_type_id: int | Ref,
        source_entity_id: int | Ref,
        target_entity_type_id: int | Ref,
        target_entity_id: int | Ref,
    ) -> BatchCommand[bool]:
        """Move an activity from one CRM item to another.

        Returns true when the link was changed, false otherwise.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.binding.move``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-move.html

        Args:
            activity_id: ID of the activity. Wire name: ``activityId``.
            source_entity_type_id: Type of the CRM item the activity is attached to now, such as 2 for a deal. Wire name: ``sourceEntityTypeId``.
            source_entity_id: ID of the CRM item the activity is attached to now. Wire name: ``sourceEntityId``.
            target_entity_type_id: Type of the CRM item to move the activity to. Wire name: ``targetEntityTypeId``.
            target_entity_id: ID of the CRM item to move the activity to. Wire name: ``targetEntityId``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.binding.move(activity_id=1, source_entity_type_id=1, source_entity_id=1, target_entity_type_id=1, target_entity_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ACTIVITY_BINDING_MOVE,
                {
                    "activityId": activity_id,
                    "sourceEntityTypeId": source_entity_type_id,
                    "sourceEntityId": source_entity_id,
                    "targetEntityTypeId": target_entity_type_id,
                    "targetEntityId": target_entity_id,
                },
            ),
        )


class CrmActivityCall(Namespace):
    """Methods under ``crm.activity.call``."""

    __slots__ = ()

    def get_transcript(self, *, activity_id: int) -> CrmActivityCallGetTranscriptResult:
        """Read the ready AI transcript of a recorded call.

        It only reads a transcript that the call's AI processing already produced; it never starts one. The result is null when there is no transcript yet, none at all, or processing failed.

        REST method: ``crm.activity.call.getTranscript``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-call-get-transcript.html

        Args:
            activity_id: ID of a call activity (TYPE_ID 2), as found with crm.activity.list. Wire name: ``activityId``.

        Returns:
            CrmActivityCallGetTranscriptResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.call.get_transcript(activity_id=1)
            result = await client.crm.activity.call.get_transcript(activity_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmActivityCallGetTranscriptResult",
            self._backend._invoke(
                _CRM_ACTIVITY_CALL_GET_TRANSCRIPT, {"activityId": activity_id}
            ),
        )


class AsyncCrmActivityCall(Namespace):
    """Methods under ``crm.activity.call`` (async)."""

    __slots__ = ()

    async def get_transcript(
        self, *, activity_id: int
    ) -> CrmActivityCallGetTranscriptResult:
        """Read the ready AI transcript of a recorded call.

        It only reads a transcript that the call's AI processing already produced; it never starts one. The result is null when there is no transcript yet, none at all, or processing failed.

        REST method: ``crm.activity.call.getTranscript``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-call-get-transcript.html

        Args:
            activity_id: ID of a call activity (TYPE_ID 2), as found with crm.activity.list. Wire name: ``activityId``.

        Returns:
            CrmActivityCallGetTranscriptResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.call.get_transcript(activity_id=1)
            result = await client.crm.activity.call.get_transcript(activity_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmActivityCallGetTranscriptResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_CALL_GET_TRANSCRIPT, {"activityId": activity_id}
            ),
        )


class BatchCrmActivityCall(Namespace):
    """Methods under ``crm.activity.call`` (queued into a batch)."""

    __slots__ = ()

    def get_transcript(
        self, *, activity_id: int | Ref
    ) -> BatchCommand[CrmActivityCallGetTranscriptResult]:
        """Read the ready AI transcript of a recorded call.

        It only reads a transcript that the call's AI processing already produced; it never starts one. The result is null when there is no transcript yet, none at all, or processing failed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.call.getTranscript``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-call-get-transcript.html

        Args:
            activity_id: ID of a call activity (TYPE_ID 2), as found with crm.activity.list. Wire name: ``activityId``.

        Returns:
            BatchCommand[CrmActivityCallGetTranscriptResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.call.get_transcript(activity_id=1)
        """
        return cast(
            "BatchCommand[CrmActivityCallGetTranscriptResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_CALL_GET_TRANSCRIPT, {"activityId": activity_id}
            ),
        )


class CrmActivityCommunication(Namespace):
    """Methods under ``crm.activity.communication``."""

    __slots__ = ()

    def fields(self) -> CrmActivityCommunicationFieldsResult:
        """Describe the fields of an activity's communication entry (phone, e-mail and its client).

        REST method: ``crm.activity.communication.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-communication-fields.html

        Returns:
            CrmActivityCommunicationFieldsResult

        Example:
            result = client.crm.activity.communication.fields()
            result = await client.crm.activity.communication.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmActivityCommunicationFieldsResult",
            self._backend._invoke(_CRM_ACTIVITY_COMMUNICATION_FIELDS, {}),
        )


class AsyncCrmActivityCommunication(Namespace):
    """Methods under ``crm.activity.communication`` (async)."""

    __slots__ = ()

    async def fields(self) -> CrmActivityCommunicationFieldsResult:
        """Describe the fields of an activity's communication entry (phone, e-mail and its client).

        REST method: ``crm.activity.communication.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-communication-fields.html

        Returns:
            CrmActivityCommunicationFieldsResult

        Example:
            result = client.crm.activity.communication.fields()
            result = await client.crm.activity.communication.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmActivityCommunicationFieldsResult",
            await self._backend._invoke(_CRM_ACTIVITY_COMMUNICATION_FIELDS, {}),
        )


class BatchCrmActivityCommunication(Namespace):
    """Methods under ``crm.activity.communication`` (queued into a batch)."""

    __slots__ = ()

    def fields(self) -> BatchCommand[CrmActivityCommunicationFieldsResult]:
        """Describe the fields of an activity's communication entry (phone, e-mail and its client).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.communication.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-communication-fields.html

        Returns:
            BatchCommand[CrmActivityCommunicationFieldsResult]

        Example:
            command = batch.crm.activity.communication.fields()
        """
        return cast(
            "BatchCommand[CrmActivityCommunicationFieldsResult]",
            self._backend._invoke(_CRM_ACTIVITY_COMMUNICATION_FIELDS, {}),
        )


class CrmActivityConfigurable(Namespace):
    """Methods under ``crm.activity.configurable``."""

    __slots__ = ()

    def add(
        self,
        *,
        owner_type_id: int,
        owner_id: int,
        fields: CrmActivityConfigurableAddFields,
        layout: dict[str, Any],
    ) -> CrmActivityConfigurableAddResult:
        """Create an app-defined activity whose look in the timeline is described by a layout.

        Works only in the context of an application. Returns null on failure.

        REST method: ``crm.activity.configurable.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-add.html

        Args:
            owner_type_id: Type of the CRM item that gets the activity, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that gets the activity. Wire name: ``ownerId``.
            fields: Values of the activity.
            layout: Look of the activity in the timeline, as a LayoutDto object.

        Returns:
            CrmActivityConfigurableAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.configurable.add(owner_type_id=1, owner_id=1, fields={"typeId": "1", "deadline": "2025-01-31T10:00:00+03:00"}, layout={})
            result = await client.crm.activity.configurable.add(owner_type_id=1, owner_id=1, fields={"typeId": "1", "deadline": "2025-01-31T10:00:00+03:00"}, layout={})  # AsyncBitrix24
        """
        return cast(
            "CrmActivityConfigurableAddResult",
            self._backend._invoke(
                _CRM_ACTIVITY_CONFIGURABLE_ADD,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "fields": fields,
                    "layout": layout,
                },
            ),
        )

    def get(self, *, id: int) -> Any:
        """Read a configurable activity with its fields and layout.

        REST method: ``crm.activity.configurable.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-get.html

        Args:
            id: ID of the configurable activity.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.configurable.get(id=1)
            result = await client.crm.activity.configurable.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_ACTIVITY_CONFIGURABLE_GET, {"id": id})

    def update(
        self, *, id: int, fields: dict[str, Any], layout: dict[str, Any]
    ) -> CrmActivityConfigurableUpdateResult:
        """Replace the fields and layout of a configurable activity.

        Works only in the context of an application, for activities that application created.

        REST method: ``crm.activity.configurable.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-update.html

        Args:
            id: ID of the configurable activity.
            fields: Values of the activity.
            layout: Look of the activity in the timeline, as a LayoutDto object.

        Returns:
            CrmActivityConfigurableUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.configurable.update(id=1, fields={}, layout={})
            result = await client.crm.activity.configurable.update(id=1, fields={}, layout={})  # AsyncBitrix24
        """
        return cast(
            "CrmActivityConfigurableUpdateResult",
            self._backend._invoke(
                _CRM_ACTIVITY_CONFIGURABLE_UPDATE,
                {"id": id, "fields": fields, "layout": layout},
            ),
        )


class AsyncCrmActivityConfigurable(Namespace):
    """Methods under ``crm.activity.configurable`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        owner_type_id: int,
        owner_id: int,
        fields: CrmActivityConfigurableAddFields,
        layout: dict[str, Any],
    ) -> CrmActivityConfigurableAddResult:
        """Create an app-defined activity whose look in the timeline is described by a layout.

        Works only in the context of an application. Returns null on failure.

        REST method: ``crm.activity.configurable.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-add.html

        Args:
            owner_type_id: Type of the CRM item that gets the activity, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that gets the activity. Wire name: ``ownerId``.
            fields: Values of the activity.
            layout: Look of the activity in the timeline, as a LayoutDto object.

        Returns:
            CrmActivityConfigurableAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.configurable.add(owner_type_id=1, owner_id=1, fields={"typeId": "1", "deadline": "2025-01-31T10:00:00+03:00"}, layout={})
            result = await client.crm.activity.configurable.add(owner_type_id=1, owner_id=1, fields={"typeId": "1", "deadline": "2025-01-31T10:00:00+03:00"}, layout={})  # AsyncBitrix24
        """
        return cast(
            "CrmActivityConfigurableAddResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_CONFIGURABLE_ADD,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "fields": fields,
                    "layout": layout,
                },
            ),
        )

    async def get(self, *, id: int) -> Any:
        """Read a configurable activity with its fields and layout.

        REST method: ``crm.activity.configurable.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-get.html

        Args:
            id: ID of the configurable activity.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.configurable.get(id=1)
            result = await client.crm.activity.configurable.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_ACTIVITY_CONFIGURABLE_GET, {"id": id})

    async def update(
        self, *, id: int, fields: dict[str, Any], layout: dict[str, Any]
    ) -> CrmActivityConfigurableUpdateResult:
        """Replace the fields and layout of a configurable activity.

        Works only in the context of an application, for activities that application created.

        REST method: ``crm.activity.configurable.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-update.html

        Args:
            id: ID of the configurable activity.
            fields: Values of the activity.
            layout: Look of the activity in the timeline, as a LayoutDto object.

        Returns:
            CrmActivityConfigurableUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.configurable.update(id=1, fields={}, layout={})
            result = await client.crm.activity.configurable.update(id=1, fields={}, layout={})  # AsyncBitrix24
        """
        return cast(
            "CrmActivityConfigurableUpdateResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_CONFIGURABLE_UPDATE,
                {"id": id, "fields": fields, "layout": layout},
            ),
        )


class BatchCrmActivityConfigurable(Namespace):
    """Methods under ``crm.activity.configurable`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        fields: CrmActivityConfigurableAddFields | Ref,
        layout: dict[str, Any] | Ref,
    ) -> BatchCommand[CrmActivityConfigurableAddResult]:
        """Create an app-defined activity whose look in the timeline is described by a layout.

        Works only in the context of an application. Returns null on failure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.configurable.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-add.html

        Args:
            owner_type_id: Type of the CRM item that gets the activity, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that gets the activity. Wire name: ``ownerId``.
            fields: Values of the activity.
            layout: Look of the activity in the timeline, as a LayoutDto object.

        Returns:
            BatchCommand[CrmActivityConfigurableAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.configurable.add(owner_type_id=1, owner_id=1, fields={"typeId": "1", "deadline": "2025-01-31T10:00:00+03:00"}, layout={})
        """
        return cast(
            "BatchCommand[CrmActivityConfigurableAddResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_CONFIGURABLE_ADD,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "fields": fields,
                    "layout": layout,
                },
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Read a configurable activity with its fields and layout.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.configurable.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-get.html

        Args:
            id: ID of the configurable activity.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.configurable.get(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_ACTIVITY_CONFIGURABLE_GET, {"id": id}),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: dict[str, Any] | Ref,
        layout: dict[str, Any] | Ref,
    ) -> BatchCommand[CrmActivityConfigurableUpdateResult]:
        """Replace the fields and layout of a configurable activity.

        Works only in the context of an application, for activities that application created.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.configurable.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/crm-activity-configurable-update.html

        Args:
            id: ID of the configurable activity.
            fields: Values of the activity.
            layout: Look of the activity in the timeline, as a LayoutDto object.

        Returns:
            BatchCommand[CrmActivityConfigurableUpdateResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.configurable.update(id=1, fields={}, layout={})
        """
        return cast(
            "BatchCommand[CrmActivityConfigurableUpdateResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_CONFIGURABLE_UPDATE,
                {"id": id, "fields": fields, "layout": layout},
            ),
        )


class CrmActivityLayout(Namespace):
    """Methods under ``crm.activity.layout``."""

    __slots__ = ()

    @property
    def blocks(self) -> CrmActivityLayoutBlocks:
        """Methods under ``crm.activity.layout.blocks``."""
        return CrmActivityLayoutBlocks(self._backend)


class AsyncCrmActivityLayout(Namespace):
    """Methods under ``crm.activity.layout`` (async)."""

    __slots__ = ()

    @property
    def blocks(self) -> AsyncCrmActivityLayoutBlocks:
        """Methods under ``crm.activity.layout.blocks``."""
        return AsyncCrmActivityLayoutBlocks(self._backend)


class BatchCrmActivityLayout(Namespace):
    """Methods under ``crm.activity.layout`` (queued into a batch)."""

    __slots__ = ()

    @property
    def blocks(self) -> BatchCrmActivityLayoutBlocks:
        """Methods under ``crm.activity.layout.blocks``."""
        return BatchCrmActivityLayoutBlocks(self._backend)


class CrmActivityLayoutBlocks(Namespace):
    """Methods under ``crm.activity.layout.blocks``."""

    __slots__ = ()

    def delete(self, *, entity_type_id: int, entity_id: int, activity_id: int) -> Any:
        """Remove the extra content blocks your app added to an activity.

        REST method: ``crm.activity.layout.blocks.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-delete.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.layout.blocks.delete(entity_type_id=1, entity_id=1, activity_id=1)
            result = await client.crm.activity.layout.blocks.delete(entity_type_id=1, entity_id=1, activity_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_ACTIVITY_LAYOUT_BLOCKS_DELETE,
            {
                "entityTypeId": entity_type_id,
                "entityId": entity_id,
                "activityId": activity_id,
            },
        )

    def get(self, *, entity_type_id: int, entity_id: int, activity_id: int) -> Any:
        """Read the extra content blocks your app added to an activity.

        REST method: ``crm.activity.layout.blocks.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-get.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.layout.blocks.get(entity_type_id=1, entity_id=1, activity_id=1)
            result = await client.crm.activity.layout.blocks.get(entity_type_id=1, entity_id=1, activity_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_ACTIVITY_LAYOUT_BLOCKS_GET,
            {
                "entityTypeId": entity_type_id,
                "entityId": entity_id,
                "activityId": activity_id,
            },
        )

    def set(
        self,
        *,
        entity_type_id: int,
        entity_id: int,
        activity_id: int,
        layout: dict[str, Any],
    ) -> Any:
        """Show extra content blocks from your app inside an activity in the timeline.

        A new set replaces the set this application added before. Not allowed for configurable activities or activities of legacy types. Returns {"success": true} on success, otherwise null.

        REST method: ``crm.activity.layout.blocks.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-set.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.
            layout: Set of content blocks to show, as a RestAppLayoutDto object.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.layout.blocks.set(entity_type_id=1, entity_id=1, activity_id=1, layout={})
            result = await client.crm.activity.layout.blocks.set(entity_type_id=1, entity_id=1, activity_id=1, layout={})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_ACTIVITY_LAYOUT_BLOCKS_SET,
            {
                "entityTypeId": entity_type_id,
                "entityId": entity_id,
                "activityId": activity_id,
                "layout": layout,
            },
        )


class AsyncCrmActivityLayoutBlocks(Namespace):
    """Methods under ``crm.activity.layout.blocks`` (async)."""

    __slots__ = ()

    async def delete(
        self, *, entity_type_id: int, entity_id: int, activity_id: int
    ) -> Any:
        """Remove the extra content blocks your app added to an activity.

        REST method: ``crm.activity.layout.blocks.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-delete.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.layout.blocks.delete(entity_type_id=1, entity_id=1, activity_id=1)
            result = await client.crm.activity.layout.blocks.delete(entity_type_id=1, entity_id=1, activity_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_ACTIVITY_LAYOUT_BLOCKS_DELETE,
            {
                "entityTypeId": entity_type_id,
                "entityId": entity_id,
                "activityId": activity_id,
            },
        )

    async def get(
        self, *, entity_type_id: int, entity_id: int, activity_id: int
    ) -> Any:
        """Read the extra content blocks your app added to an activity.

        REST method: ``crm.activity.layout.blocks.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-get.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.layout.blocks.get(entity_type_id=1, entity_id=1, activity_id=1)
            result = await client.crm.activity.layout.blocks.get(entity_type_id=1, entity_id=1, activity_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_ACTIVITY_LAYOUT_BLOCKS_GET,
            {
                "entityTypeId": entity_type_id,
                "entityId": entity_id,
                "activityId": activity_id,
            },
        )

    async def set(
        self,
        *,
        entity_type_id: int,
        entity_id: int,
        activity_id: int,
        layout: dict[str, Any],
    ) -> Any:
        """Show extra content blocks from your app inside an activity in the timeline.

        A new set replaces the set this application added before. Not allowed for configurable activities or activities of legacy types. Returns {"success": true} on success, otherwise null.

        REST method: ``crm.activity.layout.blocks.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-set.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.
            layout: Set of content blocks to show, as a RestAppLayoutDto object.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.layout.blocks.set(entity_type_id=1, entity_id=1, activity_id=1, layout={})
            result = await client.crm.activity.layout.blocks.set(entity_type_id=1, entity_id=1, activity_id=1, layout={})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_ACTIVITY_LAYOUT_BLOCKS_SET,
            {
                "entityTypeId": entity_type_id,
                "entityId": entity_id,
                "activityId": activity_id,
                "layout": layout,
            },
        )


class BatchCrmActivityLayoutBlocks(Namespace):
    """Methods under ``crm.activity.layout.blocks`` (queued into a batch)."""

    __slots__ = ()

    def delete(
        self, *, entity_type_id: int | Ref, entity_id: int | Ref, activity_id: int | Ref
    ) -> BatchCommand[Any]:
        """Remove the extra content blocks your app added to an activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.layout.blocks.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-delete.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.layout.blocks.delete(entity_type_id=1, entity_id=1, activity_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_ACTIVITY_LAYOUT_BLOCKS_DELETE,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "activityId": activity_id,
                },
            ),
        )

    def get(
        self, *, entity_type_id: int | Ref, entity_id: int | Ref, activity_id: int | Ref
    ) -> BatchCommand[Any]:
        """Read the extra content blocks your app added to an activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.layout.blocks.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-get.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.layout.blocks.get(entity_type_id=1, entity_id=1, activity_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_ACTIVITY_LAYOUT_BLOCKS_GET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "activityId": activity_id,
                },
            ),
        )

    def set(
        self,
        *,
        entity_type_id: int | Ref,
        entity_id: int | Ref,
        activity_id: int | Ref,
        layout: dict[str, Any] | Ref,
    ) -> BatchCommand[Any]:
        """Show extra content blocks from your app inside an activity in the timeline.

        A new set replaces the set this application added before. Not allowed for configurable activities or activities of legacy types. Returns {"success": true} on success, otherwise null.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.layout.blocks.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-set.html

        Args:
            entity_type_id: Type of the CRM item the activity is attached to, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item the activity is attached to. Wire name: ``entityId``.
            activity_id: ID of the activity. Wire name: ``activityId``.
            layout: Set of content blocks to show, as a RestAppLayoutDto object.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.layout.blocks.set(entity_type_id=1, entity_id=1, activity_id=1, layout={})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_ACTIVITY_LAYOUT_BLOCKS_SET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "activityId": activity_id,
                    "layout": layout,
                },
            ),
        )


class CrmActivityTodo(Namespace):
    """Methods under ``crm.activity.todo``."""

    __slots__ = ()

    def add(
        self,
        *,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime.datetime | str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        parent_activity_id: int | NotGiven = NOT_GIVEN,
        ping_offsets: Sequence[int] | NotGiven = NOT_GIVEN,
        color_id: str | NotGiven = NOT_GIVEN,
    ) -> CrmActivityTodoAddResult:
        """Create a to-do with a deadline in a CRM item's timeline and return its ID.

        Requires edit rights on the CRM item. Returns null on failure.

        REST method: ``crm.activity.todo.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-add.html

        Args:
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            deadline: Due date and time, such as "2025-02-03T15:00:00".
            title: Title of the to-do; empty by default.
            description: Text of the to-do; empty by default.
            responsible_id: ID of the user responsible for the to-do. Wire name: ``responsibleId``.
            parent_activity_id: ID of another timeline activity this to-do is linked to. Wire name: ``parentActivityId``.
            ping_offsets: Reminder times in minutes before the deadline, such as [0, 15]. Wire name: ``pingOffsets``.
            color_id: Colour of the to-do in the timeline: "1" to "7", or leave out for the default colour. Wire name: ``colorId``.

        Returns:
            CrmActivityTodoAddResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.add(owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
            result = await client.crm.activity.todo.add(owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoAddResult",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_ADD,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "title": title,
                    "description": description,
                    "responsibleId": responsible_id,
                    "parentActivityId": parent_activity_id,
                    "pingOffsets": ping_offsets,
                    "colorId": color_id,
                },
            ),
        )

    def update(
        self,
        *,
        id: int,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime.datetime | str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        parent_activity_id: int | NotGiven = NOT_GIVEN,
        ping_offsets: Sequence[int] | NotGiven = NOT_GIVEN,
        color_id: str | NotGiven = NOT_GIVEN,
    ) -> CrmActivityTodoUpdateResult:
        """Change the deadline, text, responsible user and reminders of a to-do.

        REST method: ``crm.activity.todo.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            deadline: Due date and time, such as "2025-02-03T15:00:00".
            title: Title of the to-do.
            description: Text of the to-do.
            responsible_id: ID of the user responsible for the to-do. Wire name: ``responsibleId``.
            parent_activity_id: ID of another timeline activity this to-do is linked to. Wire name: ``parentActivityId``.
            ping_offsets: Reminder times in minutes before the deadline, such as [0, 15]. Wire name: ``pingOffsets``.
            color_id: Colour of the to-do in the timeline: "1" to "7", or leave out for the default colour. Wire name: ``colorId``.

        Returns:
            CrmActivityTodoUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
            result = await client.crm.activity.todo.update(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateResult",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "title": title,
                    "description": description,
                    "responsibleId": responsible_id,
                    "parentActivityId": parent_activity_id,
                    "pingOffsets": ping_offsets,
                    "colorId": color_id,
                },
            ),
        )

    def update_color(
        self, *, id: int, owner_type_id: int, owner_id: int, color_id: str
    ) -> CrmActivityTodoUpdateColorResult:
        """Change the timeline colour of a to-do.

        REST method: ``crm.activity.todo.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-color.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            color_id: New colour ID: "1" to "7". Wire name: ``colorId``.

        Returns:
            CrmActivityTodoUpdateColorResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_color(id=1, owner_type_id=1, owner_id=1, color_id="#1e90ff")
            result = await client.crm.activity.todo.update_color(id=1, owner_type_id=1, owner_id=1, color_id="#1e90ff")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateColorResult",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_COLOR,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "colorId": color_id,
                },
            ),
        )

    def update_deadline(
        self,
        *,
        id: int,
        owner_type_id: int,
        owner_id: int,
        value: datetime.datetime | str,
    ) -> CrmActivityTodoUpdateDeadlineResult:
        """Move a to-do to a new due date and time.

        REST method: ``crm.activity.todo.updateDeadline``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            value: New due date and time.

        Returns:
            CrmActivityTodoUpdateDeadlineResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, value="2025-01-31T10:00:00+03:00")
            result = await client.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, value="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateDeadlineResult",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "value": value,
                },
            ),
        )

    def update_description(
        self, *, id: int, owner_type_id: int, owner_id: int, value: str
    ) -> CrmActivityTodoUpdateDescriptionResult:
        """Replace the text of a to-do.

        REST method: ``crm.activity.todo.updateDescription``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-description.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            value: New text of the to-do.

        Returns:
            CrmActivityTodoUpdateDescriptionResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_description(id=1, owner_type_id=1, owner_id=1, value="example")
            result = await client.crm.activity.todo.update_description(id=1, owner_type_id=1, owner_id=1, value="example")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateDescriptionResult",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DESCRIPTION,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "value": value,
                },
            ),
        )

    def update_responsible_user(
        self, *, id: int, owner_type_id: int, owner_id: int, responsible_id: int
    ) -> CrmActivityTodoUpdateResponsibleUserResult:
        """Hand a to-do over to another user.

        REST method: ``crm.activity.todo.updateResponsibleUser``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-responsible-user.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            responsible_id: ID of the new responsible user. Wire name: ``responsibleId``.

        Returns:
            CrmActivityTodoUpdateResponsibleUserResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_responsible_user(id=1, owner_type_id=1, owner_id=1, responsible_id=1)
            result = await client.crm.activity.todo.update_responsible_user(id=1, owner_type_id=1, owner_id=1, responsible_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateResponsibleUserResult",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_RESPONSIBLE_USER,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "responsibleId": responsible_id,
                },
            ),
        )


class AsyncCrmActivityTodo(Namespace):
    """Methods under ``crm.activity.todo`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime.datetime | str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        parent_activity_id: int | NotGiven = NOT_GIVEN,
        ping_offsets: Sequence[int] | NotGiven = NOT_GIVEN,
        color_id: str | NotGiven = NOT_GIVEN,
    ) -> CrmActivityTodoAddResult:
        """Create a to-do with a deadline in a CRM item's timeline and return its ID.

        Requires edit rights on the CRM item. Returns null on failure.

        REST method: ``crm.activity.todo.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-add.html

        Args:
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            deadline: Due date and time, such as "2025-02-03T15:00:00".
            title: Title of the to-do; empty by default.
            description: Text of the to-do; empty by default.
            responsible_id: ID of the user responsible for the to-do. Wire name: ``responsibleId``.
            parent_activity_id: ID of another timeline activity this to-do is linked to. Wire name: ``parentActivityId``.
            ping_offsets: Reminder times in minutes before the deadline, such as [0, 15]. Wire name: ``pingOffsets``.
            color_id: Colour of the to-do in the timeline: "1" to "7", or leave out for the default colour. Wire name: ``colorId``.

        Returns:
            CrmActivityTodoAddResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.add(owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
            result = await client.crm.activity.todo.add(owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoAddResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_ADD,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "title": title,
                    "description": description,
                    "responsibleId": responsible_id,
                    "parentActivityId": parent_activity_id,
                    "pingOffsets": ping_offsets,
                    "colorId": color_id,
                },
            ),
        )

    async def update(
        self,
        *,
        id: int,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime.datetime | str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        parent_activity_id: int | NotGiven = NOT_GIVEN,
        ping_offsets: Sequence[int] | NotGiven = NOT_GIVEN,
        color_id: str | NotGiven = NOT_GIVEN,
    ) -> CrmActivityTodoUpdateResult:
        """Change the deadline, text, responsible user and reminders of a to-do.

        REST method: ``crm.activity.todo.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            deadline: Due date and time, such as "2025-02-03T15:00:00".
            title: Title of the to-do.
            description: Text of the to-do.
            responsible_id: ID of the user responsible for the to-do. Wire name: ``responsibleId``.
            parent_activity_id: ID of another timeline activity this to-do is linked to. Wire name: ``parentActivityId``.
            ping_offsets: Reminder times in minutes before the deadline, such as [0, 15]. Wire name: ``pingOffsets``.
            color_id: Colour of the to-do in the timeline: "1" to "7", or leave out for the default colour. Wire name: ``colorId``.

        Returns:
            CrmActivityTodoUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
            result = await client.crm.activity.todo.update(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "title": title,
                    "description": description,
                    "responsibleId": responsible_id,
                    "parentActivityId": parent_activity_id,
                    "pingOffsets": ping_offsets,
                    "colorId": color_id,
                },
            ),
        )

    async def update_color(
        self, *, id: int, owner_type_id: int, owner_id: int, color_id: str
    ) -> CrmActivityTodoUpdateColorResult:
        """Change the timeline colour of a to-do.

        REST method: ``crm.activity.todo.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-color.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            color_id: New colour ID: "1" to "7". Wire name: ``colorId``.

        Returns:
            CrmActivityTodoUpdateColorResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_color(id=1, owner_type_id=1, owner_id=1, color_id="#1e90ff")
            result = await client.crm.activity.todo.update_color(id=1, owner_type_id=1, owner_id=1, color_id="#1e90ff")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateColorResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_COLOR,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "colorId": color_id,
                },
            ),
        )

    async def update_deadline(
        self,
        *,
        id: int,
        owner_type_id: int,
        owner_id: int,
        value: datetime.datetime | str,
    ) -> CrmActivityTodoUpdateDeadlineResult:
        """Move a to-do to a new due date and time.

        REST method: ``crm.activity.todo.updateDeadline``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            value: New due date and time.

        Returns:
            CrmActivityTodoUpdateDeadlineResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, value="2025-01-31T10:00:00+03:00")
            result = await client.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, value="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateDeadlineResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "value": value,
                },
            ),
        )

    async def update_description(
        self, *, id: int, owner_type_id: int, owner_id: int, value: str
    ) -> CrmActivityTodoUpdateDescriptionResult:
        """Replace the text of a to-do.

        REST method: ``crm.activity.todo.updateDescription``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-description.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            value: New text of the to-do.

        Returns:
            CrmActivityTodoUpdateDescriptionResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_description(id=1, owner_type_id=1, owner_id=1, value="example")
            result = await client.crm.activity.todo.update_description(id=1, owner_type_id=1, owner_id=1, value="example")  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateDescriptionResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DESCRIPTION,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "value": value,
                },
            ),
        )

    async def update_responsible_user(
        self, *, id: int, owner_type_id: int, owner_id: int, responsible_id: int
    ) -> CrmActivityTodoUpdateResponsibleUserResult:
        """Hand a to-do over to another user.

        REST method: ``crm.activity.todo.updateResponsibleUser``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-responsible-user.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            responsible_id: ID of the new responsible user. Wire name: ``responsibleId``.

        Returns:
            CrmActivityTodoUpdateResponsibleUserResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.todo.update_responsible_user(id=1, owner_type_id=1, owner_id=1, responsible_id=1)
            result = await client.crm.activity.todo.update_responsible_user(id=1, owner_type_id=1, owner_id=1, responsible_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmActivityTodoUpdateResponsibleUserResult",
            await self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_RESPONSIBLE_USER,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "responsibleId": responsible_id,
                },
            ),
        )


class BatchCrmActivityTodo(Namespace):
    """Methods under ``crm.activity.todo`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        deadline: datetime.datetime | str | Ref,
        title: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        responsible_id: int | Ref | NotGiven = NOT_GIVEN,
        parent_activity_id: int | Ref | NotGiven = NOT_GIVEN,
        ping_offsets: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        color_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmActivityTodoAddResult]:
        """Create a to-do with a deadline in a CRM item's timeline and return its ID.

        Requires edit rights on the CRM item. Returns null on failure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-add.html

        Args:
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            deadline: Due date and time, such as "2025-02-03T15:00:00".
            title: Title of the to-do; empty by default.
            description: Text of the to-do; empty by default.
            responsible_id: ID of the user responsible for the to-do. Wire name: ``responsibleId``.
            parent_activity_id: ID of another timeline activity this to-do is linked to. Wire name: ``parentActivityId``.
            ping_offsets: Reminder times in minutes before the deadline, such as [0, 15]. Wire name: ``pingOffsets``.
            color_id: Colour of the to-do in the timeline: "1" to "7", or leave out for the default colour. Wire name: ``colorId``.

        Returns:
            BatchCommand[CrmActivityTodoAddResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.todo.add(owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
        """
        return cast(
            "BatchCommand[CrmActivityTodoAddResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_ADD,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "title": title,
                    "description": description,
                    "responsibleId": responsible_id,
                    "parentActivityId": parent_activity_id,
                    "pingOffsets": ping_offsets,
                    "colorId": color_id,
                },
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        deadline: datetime.datetime | str | Ref,
        title: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        responsible_id: int | Ref | NotGiven = NOT_GIVEN,
        parent_activity_id: int | Ref | NotGiven = NOT_GIVEN,
        ping_offsets: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        color_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmActivityTodoUpdateResult]:
        """Change the deadline, text, responsible user and reminders of a to-do.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            deadline: Due date and time, such as "2025-02-03T15:00:00".
            title: Title of the to-do.
            description: Text of the to-do.
            responsible_id: ID of the user responsible for the to-do. Wire name: ``responsibleId``.
            parent_activity_id: ID of another timeline activity this to-do is linked to. Wire name: ``parentActivityId``.
            ping_offsets: Reminder times in minutes before the deadline, such as [0, 15]. Wire name: ``pingOffsets``.
            color_id: Colour of the to-do in the timeline: "1" to "7", or leave out for the default colour. Wire name: ``colorId``.

        Returns:
            BatchCommand[CrmActivityTodoUpdateResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.todo.update(id=1, owner_type_id=1, owner_id=1, deadline="2025-01-31T10:00:00+03:00")
        """
        return cast(
            "BatchCommand[CrmActivityTodoUpdateResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "deadline": deadline,
                    "title": title,
                    "description": description,
                    "responsibleId": responsible_id,
                    "parentActivityId": parent_activity_id,
                    "pingOffsets": ping_offsets,
                    "colorId": color_id,
                },
            ),
        )

    def update_color(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        color_id: str | Ref,
    ) -> BatchCommand[CrmActivityTodoUpdateColorResult]:
        """Change the timeline colour of a to-do.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-color.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            color_id: New colour ID: "1" to "7". Wire name: ``colorId``.

        Returns:
            BatchCommand[CrmActivityTodoUpdateColorResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.todo.update_color(id=1, owner_type_id=1, owner_id=1, color_id="#1e90ff")
        """
        return cast(
            "BatchCommand[CrmActivityTodoUpdateColorResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_COLOR,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "colorId": color_id,
                },
            ),
        )

    def update_deadline(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        value: datetime.datetime | str | Ref,
    ) -> BatchCommand[CrmActivityTodoUpdateDeadlineResult]:
        """Move a to-do to a new due date and time.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.updateDeadline``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            value: New due date and time.

        Returns:
            BatchCommand[CrmActivityTodoUpdateDeadlineResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.todo.update_deadline(id=1, owner_type_id=1, owner_id=1, value="2025-01-31T10:00:00+03:00")
        """
        return cast(
            "BatchCommand[CrmActivityTodoUpdateDeadlineResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DEADLINE,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "value": value,
                },
            ),
        )

    def update_description(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        value: str | Ref,
    ) -> BatchCommand[CrmActivityTodoUpdateDescriptionResult]:
        """Replace the text of a to-do.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.updateDescription``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-description.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            value: New text of the to-do.

        Returns:
            BatchCommand[CrmActivityTodoUpdateDescriptionResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.todo.update_description(id=1, owner_type_id=1, owner_id=1, value="example")
        """
        return cast(
            "BatchCommand[CrmActivityTodoUpdateDescriptionResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_DESCRIPTION,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "value": value,
                },
            ),
        )

    def update_responsible_user(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        responsible_id: int | Ref,
    ) -> BatchCommand[CrmActivityTodoUpdateResponsibleUserResult]:
        """Hand a to-do over to another user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.todo.updateResponsibleUser``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-update-responsible-user.html

        Args:
            id: ID of the to-do.
            owner_type_id: Type of the CRM item that holds the to-do, such as 2 for a deal. Wire name: ``ownerTypeId``.
            owner_id: ID of the CRM item that holds the to-do. Wire name: ``ownerId``.
            responsible_id: ID of the new responsible user. Wire name: ``responsibleId``.

        Returns:
            BatchCommand[CrmActivityTodoUpdateResponsibleUserResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.todo.update_responsible_user(id=1, owner_type_id=1, owner_id=1, responsible_id=1)
        """
        return cast(
            "BatchCommand[CrmActivityTodoUpdateResponsibleUserResult]",
            self._backend._invoke(
                _CRM_ACTIVITY_TODO_UPDATE_RESPONSIBLE_USER,
                {
                    "id": id,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "responsibleId": responsible_id,
                },
            ),
        )


class CrmActivityType(Namespace):
    """Methods under ``crm.activity.type``."""

    __slots__ = ()

    def add(self, *, fields: CrmActivityTypeAddFields) -> bool:
        """Register a custom activity type with its own name and icon.

        Administrators only. The TYPE_ID you choose becomes PROVIDER_TYPE_ID of activities of this type.

        REST method: ``crm.activity.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-add.html

        Args:
            fields: Values of the new activity type.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.type.add(fields={"TYPE_ID": "1"})
            result = await client.crm.activity.type.add(fields={"TYPE_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ACTIVITY_TYPE_ADD, {"fields": fields})
        )

    def delete(self, *, type_id: str) -> bool:
        """Unregister a custom activity type.

        REST method: ``crm.activity.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-delete.html

        Args:
            type_id: Code of the custom type to remove. Wire name: ``TYPE_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.type.delete(type_id="1")
            result = await client.crm.activity.type.delete(type_id="1")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ACTIVITY_TYPE_DELETE, {"TYPE_ID": type_id})
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CrmActivityType]:
        """List the custom activity types registered on the portal.

        REST method: ``crm.activity.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmActivityType]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.type.list()
            result = await client.crm.activity.type.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmActivityType]",
            self._backend._invoke(_CRM_ACTIVITY_TYPE_LIST, {"start": start}),
        )


class AsyncCrmActivityType(Namespace):
    """Methods under ``crm.activity.type`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmActivityTypeAddFields) -> bool:
        """Register a custom activity type with its own name and icon.

        Administrators only. The TYPE_ID you choose becomes PROVIDER_TYPE_ID of activities of this type.

        REST method: ``crm.activity.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-add.html

        Args:
            fields: Values of the new activity type.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.type.add(fields={"TYPE_ID": "1"})
            result = await client.crm.activity.type.add(fields={"TYPE_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_ACTIVITY_TYPE_ADD, {"fields": fields}),
        )

    async def delete(self, *, type_id: str) -> bool:
        """Unregister a custom activity type.

        REST method: ``crm.activity.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-delete.html

        Args:
            type_id: Code of the custom type to remove. Wire name: ``TYPE_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.type.delete(type_id="1")
            result = await client.crm.activity.type.delete(type_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ACTIVITY_TYPE_DELETE, {"TYPE_ID": type_id}
            ),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_CrmActivityType]:
        """List the custom activity types registered on the portal.

        REST method: ``crm.activity.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[CrmActivityType]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.activity.type.list()
            result = await client.crm.activity.type.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmActivityType]",
            await self._backend._invoke(_CRM_ACTIVITY_TYPE_LIST, {"start": start}),
        )


class BatchCrmActivityType(Namespace):
    """Methods under ``crm.activity.type`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmActivityTypeAddFields | Ref) -> BatchCommand[bool]:
        """Register a custom activity type with its own name and icon.

        Administrators only. The TYPE_ID you choose becomes PROVIDER_TYPE_ID of activities of this type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-add.html

        Args:
            fields: Values of the new activity type.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.type.add(fields={"TYPE_ID": "1"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ACTIVITY_TYPE_ADD, {"fields": fields}),
        )

    def delete(self, *, type_id: str | Ref) -> BatchCommand[bool]:
        """Unregister a custom activity type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-delete.html

        Args:
            type_id: Code of the custom type to remove. Wire name: ``TYPE_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.type.delete(type_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ACTIVITY_TYPE_DELETE, {"TYPE_ID": type_id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmActivityType]]:
        """List the custom activity types registered on the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.activity.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmActivityType]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.activity.type.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmActivityType]]",
            self._backend._invoke(_CRM_ACTIVITY_TYPE_LIST, {"start": start}),
        )
