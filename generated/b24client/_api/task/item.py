"""Methods under ``task.item``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.task import (
        TaskItemUserfield as _TaskItemUserfield,
        TaskItemUserfieldAddParams,
        TaskItemUserfieldGetfieldsResult,
        TaskItemUserfieldGettypesResult,
        TaskItemUserfieldUpdateData,
    )
else:
    from b24client._core.callsite import deprecated

_TASK_ITEM_ADD = MethodInfo(
    name="task.item.add", idempotent=False, returns="any", api=1
)
_TASK_ITEM_ADDFILE = MethodInfo(
    name="task.item.addfile", idempotent=False, returns="any", api=1
)
_TASK_ITEM_ADDTOFAVORITE = MethodInfo(
    name="task.item.addtofavorite", idempotent=False, returns="any", api=1
)
_TASK_ITEM_APPROVE = MethodInfo(
    name="task.item.approve", idempotent=False, returns="any", api=1
)
_TASK_ITEM_COMPLETE = MethodInfo(
    name="task.item.complete", idempotent=False, returns="any", api=1
)
_TASK_ITEM_DEFER = MethodInfo(
    name="task.item.defer", idempotent=False, returns="any", api=1
)
_TASK_ITEM_DELEGATE = MethodInfo(
    name="task.item.delegate", idempotent=False, returns="any", api=1
)
_TASK_ITEM_DELETE = MethodInfo(
    name="task.item.delete", idempotent=False, returns="any", api=1
)
_TASK_ITEM_DELETEFILE = MethodInfo(
    name="task.item.deletefile", idempotent=False, returns="any", api=1
)
_TASK_ITEM_DELETEFROMFAVORITE = MethodInfo(
    name="task.item.deletefromfavorite", idempotent=False, returns="any", api=1
)
_TASK_ITEM_DISAPPROVE = MethodInfo(
    name="task.item.disapprove", idempotent=False, returns="any", api=1
)
_TASK_ITEM_GETALLOWEDACTIONS = MethodInfo(
    name="task.item.getallowedactions", idempotent=True, returns="any", api=1
)
_TASK_ITEM_GETALLOWEDTASKACTIONSASSTRINGS = MethodInfo(
    name="task.item.getallowedtaskactionsasstrings",
    idempotent=True,
    returns="any",
    api=1,
)
_TASK_ITEM_GETDATA = MethodInfo(
    name="task.item.getdata", idempotent=True, returns="any", api=1
)
_TASK_ITEM_GETDEPENDSON = MethodInfo(
    name="task.item.getdependson", idempotent=True, returns="any", api=1
)
_TASK_ITEM_GETDESCRIPTION = MethodInfo(
    name="task.item.getdescription", idempotent=True, returns="any", api=1
)
_TASK_ITEM_GETFILES = MethodInfo(
    name="task.item.getfiles", idempotent=True, returns="any", api=1
)
_TASK_ITEM_GETMANIFEST = MethodInfo(
    name="task.item.getmanifest", idempotent=True, returns="any", api=1
)
_TASK_ITEM_ISACTIONALLOWED = MethodInfo(
    name="task.item.isactionallowed", idempotent=False, returns="any", api=1
)
_TASK_ITEM_LIST = MethodInfo(
    name="task.item.list", idempotent=True, returns="any", api=1
)
_TASK_ITEM_RENEW = MethodInfo(
    name="task.item.renew", idempotent=False, returns="any", api=1
)
_TASK_ITEM_STARTEXECUTION = MethodInfo(
    name="task.item.startexecution", idempotent=False, returns="any", api=1
)
_TASK_ITEM_UPDATE = MethodInfo(
    name="task.item.update", idempotent=False, returns="any", api=1
)
_TASK_ITEM_USERFIELD_ADD = MethodInfo(
    name="task.item.userfield.add", idempotent=False, returns="integer", api=1
)
_TASK_ITEM_USERFIELD_DELETE = MethodInfo(
    name="task.item.userfield.delete", idempotent=False, returns="boolean", api=1
)
_TASK_ITEM_USERFIELD_GET = MethodInfo(
    name="task.item.userfield.get", idempotent=True, returns="any", api=1
)
_TASK_ITEM_USERFIELD_GETFIELDS = MethodInfo(
    name="task.item.userfield.getfields", idempotent=True, returns="any", api=1
)
_TASK_ITEM_USERFIELD_GETLIST = MethodInfo(
    name="task.item.userfield.getlist", idempotent=True, returns="any", api=1
)
_TASK_ITEM_USERFIELD_GETTYPES = MethodInfo(
    name="task.item.userfield.gettypes", idempotent=True, returns="any", api=1
)
_TASK_ITEM_USERFIELD_UPDATE = MethodInfo(
    name="task.item.userfield.update", idempotent=False, returns="boolean", api=1
)


class TaskItem(Namespace):
    """Methods under ``task.item``."""

    __slots__ = ()

    @property
    def userfield(self) -> TaskItemUserfield:
        """Methods under ``task.item.userfield``."""
        return TaskItemUserfield(self._backend)

    @deprecated(
        "The REST method task.item.add is deprecated; use tasks.task.add instead."
    )
    def add(
        self,
        *,
        taskdata: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Create a task from a set of fields (legacy call).

        Deprecated: no longer developed; use tasks.task.add instead. Returns the ID of the new task.

        Deprecated: use ``tasks.task.add`` instead.

        REST method: ``task.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add.html

        Args:
            taskdata: Task fields such as TITLE and DESCRIPTION. Wire name: ``TASKDATA``.
            fields: Task fields.

        Returns:
            Any

        Example:
            result = client.task.item.add()
            result = await client.task.item.add()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_ADD, {"TASKDATA": taskdata, "fields": fields}
        )

    @deprecated(
        "The REST method task.item.addfile is deprecated; use tasks.task.files.attach instead."
    )
    def addfile(
        self,
        *,
        task_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        content: Any | NotGiven = NOT_GIVEN,
        file: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Upload a file from base64 content and attach it to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.files.attach instead.

        Deprecated: use ``tasks.task.files.attach`` instead.

        REST method: ``task.item.addfile``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add-file.html

        Args:
            task_id: ID of the task. Wire name: ``TASK_ID``.
            name: File name. Wire name: ``NAME``.
            content: File content, base64-encoded. Wire name: ``CONTENT``.
            file: File data. Wire name: ``FILE``.

        Returns:
            Any

        Example:
            result = client.task.item.addfile()
            result = await client.task.item.addfile()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_ADDFILE,
            {"TASK_ID": task_id, "NAME": name, "CONTENT": content, "FILE": file},
        )

    @deprecated(
        "The REST method task.item.addtofavorite is deprecated; use tasks.task.favorite.add instead."
    )
    def addtofavorite(
        self,
        *,
        auth: Any | NotGiven = NOT_GIVEN,
        task_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Mark a task as a favorite in the user's list (legacy call).

        Deprecated: no longer developed; use tasks.task.favorite.add instead.

        Deprecated: use ``tasks.task.favorite.add`` instead.

        REST method: ``task.item.addtofavorite``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add-to-favourite.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            params: Options; AFFECT_CHILDREN says whether subtasks are added too. Wire name: ``PARAMS``.

        Returns:
            Any

        Example:
            result = client.task.item.addtofavorite()
            result = await client.task.item.addtofavorite()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_ADDTOFAVORITE,
            {"auth": auth, "TASK_ID": task_id, "PARAMS": params},
        )

    @deprecated(
        "The REST method task.item.approve is deprecated; use tasks.task.approve instead."
    )
    def approve(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Accept the work on a task awaiting control and close it (legacy call).

        Deprecated: no longer developed; use tasks.task.approve instead.

        Deprecated: use ``tasks.task.approve`` instead.

        REST method: ``task.item.approve``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-approve.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.approve()
            result = await client.task.item.approve()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_APPROVE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.complete is deprecated; use tasks.task.complete instead."
    )
    def complete(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Finish a task, or send it for control, via the legacy API.

        Deprecated: no longer developed; use tasks.task.complete instead.

        Deprecated: use ``tasks.task.complete`` instead.

        REST method: ``task.item.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-complete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.complete()
            result = await client.task.item.complete()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_COMPLETE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.defer is deprecated; use tasks.task.defer instead."
    )
    def defer(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Put an in-progress task on hold (legacy call).

        Deprecated: no longer developed; use tasks.task.defer instead. The task must be in progress.

        Deprecated: use ``tasks.task.defer`` instead.

        REST method: ``task.item.defer``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-defer.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.defer()
            result = await client.task.item.defer()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_DEFER, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.delegate is deprecated; use tasks.task.delegate instead."
    )
    def delegate(
        self, *, taskid: int | NotGiven = NOT_GIVEN, userid: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Hand a task over to a new assignee (legacy call).

        Deprecated: no longer developed; use tasks.task.delegate instead.

        Deprecated: use ``tasks.task.delegate`` instead.

        REST method: ``task.item.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delegate.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            userid: ID of the new assignee. Wire name: ``USERID``.

        Returns:
            Any

        Example:
            result = client.task.item.delegate()
            result = await client.task.item.delegate()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_DELEGATE, {"TASKID": taskid, "USERID": userid}
        )

    @deprecated(
        "The REST method task.item.delete is deprecated; use tasks.task.delete instead."
    )
    def delete(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a task permanently (legacy call).

        Deprecated: no longer developed; use tasks.task.delete instead.

        Deprecated: use ``tasks.task.delete`` instead.

        REST method: ``task.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.delete()
            result = await client.task.item.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_DELETE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.deletefile is deprecated; use tasks.task.update instead."
    )
    def deletefile(
        self,
        *,
        auth: Any | NotGiven = NOT_GIVEN,
        task_id: int | NotGiven = NOT_GIVEN,
        attachment_id: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Detach a file from a task (legacy call).

        Deprecated: no longer developed; use tasks.task.update instead.

        Deprecated: use ``tasks.task.update`` instead.

        REST method: ``task.item.deletefile``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete-file.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            attachment_id: ID of the attached file. Wire name: ``ATTACHMENT_ID``.

        Returns:
            Any

        Example:
            result = client.task.item.deletefile()
            result = await client.task.item.deletefile()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_DELETEFILE,
            {"auth": auth, "TASK_ID": task_id, "ATTACHMENT_ID": attachment_id},
        )

    @deprecated(
        "The REST method task.item.deletefromfavorite is deprecated; use tasks.task.favorite.remove instead."
    )
    def deletefromfavorite(
        self,
        *,
        auth: Any | NotGiven = NOT_GIVEN,
        task_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Drop a task from the user's favorites (legacy call).

        Deprecated: no longer developed; use tasks.task.favorite.remove instead.

        Deprecated: use ``tasks.task.favorite.remove`` instead.

        REST method: ``task.item.deletefromfavorite``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete-from-favorite.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            params: Options; AFFECT_CHILDREN says whether subtasks are affected too. Wire name: ``PARAMS``.

        Returns:
            Any

        Example:
            result = client.task.item.deletefromfavorite()
            result = await client.task.item.deletefromfavorite()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_DELETEFROMFAVORITE,
            {"auth": auth, "TASK_ID": task_id, "PARAMS": params},
        )

    @deprecated(
        "The REST method task.item.disapprove is deprecated; use tasks.task.disapprove instead."
    )
    def disapprove(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Reject the work on a task awaiting control and reopen it (legacy call).

        Deprecated: no longer developed; use tasks.task.disapprove instead.

        Deprecated: use ``tasks.task.disapprove`` instead.

        REST method: ``task.item.disapprove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-disapprove.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.disapprove()
            result = await client.task.item.disapprove()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_DISAPPROVE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getallowedactions is deprecated; use tasks.task.getAccess instead."
    )
    def getallowedactions(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """List the IDs of actions the current user may take on a task (legacy call).

        Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        REST method: ``task.item.getallowedactions``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-allowed-actions.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getallowedactions()
            result = await client.task.item.getallowedactions()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_GETALLOWEDACTIONS, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getallowedtaskactionsasstrings is deprecated; use tasks.task.getAccess instead."
    )
    def getallowedtaskactionsasstrings(
        self, *, taskid: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Map each task action name to whether the current user may take it (legacy call).

        Action names match the constants of the PHP class CTaskItem. Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        REST method: ``task.item.getallowedtaskactionsasstrings``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-allowed-task-actions-as-strings.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getallowedtaskactionsasstrings()
            result = await client.task.item.getallowedtaskactionsasstrings()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_GETALLOWEDTASKACTIONSASSTRINGS, {"TASKID": taskid}
        )

    @deprecated(
        "The REST method task.item.getdata is deprecated; use tasks.task.get instead."
    )
    def getdata(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Read the fields of one task (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getdata``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-data.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getdata()
            result = await client.task.item.getdata()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_GETDATA, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getdependson is deprecated; use tasks.task.get instead."
    )
    def getdependson(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """List the IDs of the tasks this task depends on (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getdependson``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-dependson.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getdependson()
            result = await client.task.item.getdependson()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_GETDEPENDSON, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getdescription is deprecated; use tasks.task.get instead."
    )
    def getdescription(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        format: Any | NotGiven = NOT_GIVEN,
        userid: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Read the description of a task as raw, HTML or plain text (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getdescription``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-description.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            format: 1 as stored (HTML or BBCode, unsanitized), 2 sanitized HTML, 3 plain text without tags. Wire name: ``FORMAT``.
            userid: ID of the user. Wire name: ``USERID``.

        Returns:
            Any

        Example:
            result = client.task.item.getdescription()
            result = await client.task.item.getdescription()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_GETDESCRIPTION,
            {"TASKID": taskid, "FORMAT": format, "USERID": userid},
        )

    @deprecated(
        "The REST method task.item.getfiles is deprecated; use tasks.task.get instead."
    )
    def getfiles(self, *, taskid: Any | NotGiven = NOT_GIVEN) -> Any:
        """List links to the files attached to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getfiles``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-files.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getfiles()
            result = await client.task.item.getfiles()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_GETFILES, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getmanifest is deprecated; use tasks.task.getFields instead."
    )
    def getmanifest(self) -> Any:
        """Describe the legacy task.item.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        Deprecated: use ``tasks.task.getFields`` instead.

        REST method: ``task.item.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-manifest.html

        Returns:
            Any

        Example:
            result = client.task.item.getmanifest()
            result = await client.task.item.getmanifest()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_GETMANIFEST, {})

    @deprecated(
        "The REST method task.item.isactionallowed is deprecated; use tasks.task.getAccess instead."
    )
    def isactionallowed(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        actionid: Any | NotGiven = NOT_GIVEN,
        action: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Check whether the current user may take a given action on a task (legacy call).

        Returns true or false. Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        REST method: ``task.item.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            actionid: ID of the action, as listed for task.item.getallowedactions. Wire name: ``ACTIONID``.
            action: ID of the action. Wire name: ``ACTION``.

        Returns:
            Any

        Example:
            result = client.task.item.isactionallowed()
            result = await client.task.item.isactionallowed()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_ISACTIONALLOWED,
            {"TASKID": taskid, "ACTIONID": actionid, "ACTION": action},
        )

    @deprecated(
        "The REST method task.item.list is deprecated; use tasks.task.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find tasks by filter with the legacy list call.

        Deprecated: no longer developed; use tasks.task.list instead.

        Deprecated: use ``tasks.task.list`` instead.

        REST method: ``task.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}.
            filter: Conditions as {"FIELD": value}, such as ID, PARENT_ID or RESPONSIBLE_ID.
            params: Call options; NAV_PARAMS holds nPageSize (at most 50) and iNumPage.
            select: Fields to return; "*" for all. Wire name: ``SELECT``.

        Returns:
            Any

        Example:
            result = client.task.item.list()
            result = await client.task.item.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_LIST,
            {"order": order, "filter": filter, "params": params, "SELECT": select},
        )

    @deprecated(
        "The REST method task.item.renew is deprecated; use tasks.task.renew instead."
    )
    def renew(self, *, task_id: int | NotGiven = NOT_GIVEN) -> Any:
        """Reopen a completed task so it is pending again (legacy call).

        Deprecated: no longer developed; use tasks.task.renew instead.

        Deprecated: use ``tasks.task.renew`` instead.

        REST method: ``task.item.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-renew.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            Any

        Example:
            result = client.task.item.renew()
            result = await client.task.item.renew()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_RENEW, {"taskId": task_id})

    @deprecated(
        "The REST method task.item.startexecution is deprecated; use tasks.task.start instead."
    )
    def startexecution(self, *, task_id: int | NotGiven = NOT_GIVEN) -> Any:
        """Move a task to the in-progress status (legacy call).

        Deprecated: no longer developed; use tasks.task.start instead.

        Deprecated: use ``tasks.task.start`` instead.

        REST method: ``task.item.startexecution``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-start-execution.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            Any

        Example:
            result = client.task.item.startexecution()
            result = await client.task.item.startexecution()  # AsyncBitrix24
        """
        return self._backend._invoke(_TASK_ITEM_STARTEXECUTION, {"taskId": task_id})

    @deprecated(
        "The REST method task.item.update is deprecated; use tasks.task.update instead."
    )
    def update(
        self,
        *,
        task_id: int | NotGiven = NOT_GIVEN,
        taskdata: Any | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change fields of a task (legacy call).

        Deprecated: no longer developed; use tasks.task.update instead.

        Deprecated: use ``tasks.task.update`` instead.

        REST method: ``task.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-update.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            taskdata: Fields to change with their new values. Wire name: ``TASKDATA``.
            fields: Fields to change.

        Returns:
            Any

        Example:
            result = client.task.item.update()
            result = await client.task.item.update()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _TASK_ITEM_UPDATE,
            {"taskId": task_id, "TASKDATA": taskdata, "fields": fields},
        )


class AsyncTaskItem(Namespace):
    """Methods under ``task.item`` (async)."""

    __slots__ = ()

    @property
    def userfield(self) -> AsyncTaskItemUserfield:
        """Methods under ``task.item.userfield``."""
        return AsyncTaskItemUserfield(self._backend)

    @deprecated(
        "The REST method task.item.add is deprecated; use tasks.task.add instead."
    )
    async def add(
        self,
        *,
        taskdata: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Create a task from a set of fields (legacy call).

        Deprecated: no longer developed; use tasks.task.add instead. Returns the ID of the new task.

        Deprecated: use ``tasks.task.add`` instead.

        REST method: ``task.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add.html

        Args:
            taskdata: Task fields such as TITLE and DESCRIPTION. Wire name: ``TASKDATA``.
            fields: Task fields.

        Returns:
            Any

        Example:
            result = client.task.item.add()
            result = await client.task.item.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_ADD, {"TASKDATA": taskdata, "fields": fields}
        )

    @deprecated(
        "The REST method task.item.addfile is deprecated; use tasks.task.files.attach instead."
    )
    async def addfile(
        self,
        *,
        task_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        content: Any | NotGiven = NOT_GIVEN,
        file: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Upload a file from base64 content and attach it to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.files.attach instead.

        Deprecated: use ``tasks.task.files.attach`` instead.

        REST method: ``task.item.addfile``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add-file.html

        Args:
            task_id: ID of the task. Wire name: ``TASK_ID``.
            name: File name. Wire name: ``NAME``.
            content: File content, base64-encoded. Wire name: ``CONTENT``.
            file: File data. Wire name: ``FILE``.

        Returns:
            Any

        Example:
            result = client.task.item.addfile()
            result = await client.task.item.addfile()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_ADDFILE,
            {"TASK_ID": task_id, "NAME": name, "CONTENT": content, "FILE": file},
        )

    @deprecated(
        "The REST method task.item.addtofavorite is deprecated; use tasks.task.favorite.add instead."
    )
    async def addtofavorite(
        self,
        *,
        auth: Any | NotGiven = NOT_GIVEN,
        task_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Mark a task as a favorite in the user's list (legacy call).

        Deprecated: no longer developed; use tasks.task.favorite.add instead.

        Deprecated: use ``tasks.task.favorite.add`` instead.

        REST method: ``task.item.addtofavorite``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add-to-favourite.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            params: Options; AFFECT_CHILDREN says whether subtasks are added too. Wire name: ``PARAMS``.

        Returns:
            Any

        Example:
            result = client.task.item.addtofavorite()
            result = await client.task.item.addtofavorite()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_ADDTOFAVORITE,
            {"auth": auth, "TASK_ID": task_id, "PARAMS": params},
        )

    @deprecated(
        "The REST method task.item.approve is deprecated; use tasks.task.approve instead."
    )
    async def approve(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Accept the work on a task awaiting control and close it (legacy call).

        Deprecated: no longer developed; use tasks.task.approve instead.

        Deprecated: use ``tasks.task.approve`` instead.

        REST method: ``task.item.approve``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-approve.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.approve()
            result = await client.task.item.approve()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_APPROVE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.complete is deprecated; use tasks.task.complete instead."
    )
    async def complete(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Finish a task, or send it for control, via the legacy API.

        Deprecated: no longer developed; use tasks.task.complete instead.

        Deprecated: use ``tasks.task.complete`` instead.

        REST method: ``task.item.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-complete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.complete()
            result = await client.task.item.complete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_COMPLETE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.defer is deprecated; use tasks.task.defer instead."
    )
    async def defer(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Put an in-progress task on hold (legacy call).

        Deprecated: no longer developed; use tasks.task.defer instead. The task must be in progress.

        Deprecated: use ``tasks.task.defer`` instead.

        REST method: ``task.item.defer``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-defer.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.defer()
            result = await client.task.item.defer()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_DEFER, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.delegate is deprecated; use tasks.task.delegate instead."
    )
    async def delegate(
        self, *, taskid: int | NotGiven = NOT_GIVEN, userid: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Hand a task over to a new assignee (legacy call).

        Deprecated: no longer developed; use tasks.task.delegate instead.

        Deprecated: use ``tasks.task.delegate`` instead.

        REST method: ``task.item.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delegate.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            userid: ID of the new assignee. Wire name: ``USERID``.

        Returns:
            Any

        Example:
            result = client.task.item.delegate()
            result = await client.task.item.delegate()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_DELEGATE, {"TASKID": taskid, "USERID": userid}
        )

    @deprecated(
        "The REST method task.item.delete is deprecated; use tasks.task.delete instead."
    )
    async def delete(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a task permanently (legacy call).

        Deprecated: no longer developed; use tasks.task.delete instead.

        Deprecated: use ``tasks.task.delete`` instead.

        REST method: ``task.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.delete()
            result = await client.task.item.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_DELETE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.deletefile is deprecated; use tasks.task.update instead."
    )
    async def deletefile(
        self,
        *,
        auth: Any | NotGiven = NOT_GIVEN,
        task_id: int | NotGiven = NOT_GIVEN,
        attachment_id: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Detach a file from a task (legacy call).

        Deprecated: no longer developed; use tasks.task.update instead.

        Deprecated: use ``tasks.task.update`` instead.

        REST method: ``task.item.deletefile``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete-file.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            attachment_id: ID of the attached file. Wire name: ``ATTACHMENT_ID``.

        Returns:
            Any

        Example:
            result = client.task.item.deletefile()
            result = await client.task.item.deletefile()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_DELETEFILE,
            {"auth": auth, "TASK_ID": task_id, "ATTACHMENT_ID": attachment_id},
        )

    @deprecated(
        "The REST method task.item.deletefromfavorite is deprecated; use tasks.task.favorite.remove instead."
    )
    async def deletefromfavorite(
        self,
        *,
        auth: Any | NotGiven = NOT_GIVEN,
        task_id: int | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Drop a task from the user's favorites (legacy call).

        Deprecated: no longer developed; use tasks.task.favorite.remove instead.

        Deprecated: use ``tasks.task.favorite.remove`` instead.

        REST method: ``task.item.deletefromfavorite``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete-from-favorite.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            params: Options; AFFECT_CHILDREN says whether subtasks are affected too. Wire name: ``PARAMS``.

        Returns:
            Any

        Example:
            result = client.task.item.deletefromfavorite()
            result = await client.task.item.deletefromfavorite()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_DELETEFROMFAVORITE,
            {"auth": auth, "TASK_ID": task_id, "PARAMS": params},
        )

    @deprecated(
        "The REST method task.item.disapprove is deprecated; use tasks.task.disapprove instead."
    )
    async def disapprove(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Reject the work on a task awaiting control and reopen it (legacy call).

        Deprecated: no longer developed; use tasks.task.disapprove instead.

        Deprecated: use ``tasks.task.disapprove`` instead.

        REST method: ``task.item.disapprove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-disapprove.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.disapprove()
            result = await client.task.item.disapprove()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_DISAPPROVE, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getallowedactions is deprecated; use tasks.task.getAccess instead."
    )
    async def getallowedactions(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """List the IDs of actions the current user may take on a task (legacy call).

        Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        REST method: ``task.item.getallowedactions``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-allowed-actions.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getallowedactions()
            result = await client.task.item.getallowedactions()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_GETALLOWEDACTIONS, {"TASKID": taskid}
        )

    @deprecated(
        "The REST method task.item.getallowedtaskactionsasstrings is deprecated; use tasks.task.getAccess instead."
    )
    async def getallowedtaskactionsasstrings(
        self, *, taskid: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Map each task action name to whether the current user may take it (legacy call).

        Action names match the constants of the PHP class CTaskItem. Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        REST method: ``task.item.getallowedtaskactionsasstrings``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-allowed-task-actions-as-strings.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getallowedtaskactionsasstrings()
            result = await client.task.item.getallowedtaskactionsasstrings()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_GETALLOWEDTASKACTIONSASSTRINGS, {"TASKID": taskid}
        )

    @deprecated(
        "The REST method task.item.getdata is deprecated; use tasks.task.get instead."
    )
    async def getdata(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """Read the fields of one task (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getdata``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-data.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getdata()
            result = await client.task.item.getdata()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_GETDATA, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getdependson is deprecated; use tasks.task.get instead."
    )
    async def getdependson(self, *, taskid: int | NotGiven = NOT_GIVEN) -> Any:
        """List the IDs of the tasks this task depends on (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getdependson``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-dependson.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getdependson()
            result = await client.task.item.getdependson()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_GETDEPENDSON, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getdescription is deprecated; use tasks.task.get instead."
    )
    async def getdescription(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        format: Any | NotGiven = NOT_GIVEN,
        userid: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Read the description of a task as raw, HTML or plain text (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getdescription``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-description.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            format: 1 as stored (HTML or BBCode, unsanitized), 2 sanitized HTML, 3 plain text without tags. Wire name: ``FORMAT``.
            userid: ID of the user. Wire name: ``USERID``.

        Returns:
            Any

        Example:
            result = client.task.item.getdescription()
            result = await client.task.item.getdescription()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_GETDESCRIPTION,
            {"TASKID": taskid, "FORMAT": format, "USERID": userid},
        )

    @deprecated(
        "The REST method task.item.getfiles is deprecated; use tasks.task.get instead."
    )
    async def getfiles(self, *, taskid: Any | NotGiven = NOT_GIVEN) -> Any:
        """List links to the files attached to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        REST method: ``task.item.getfiles``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-files.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            Any

        Example:
            result = client.task.item.getfiles()
            result = await client.task.item.getfiles()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_GETFILES, {"TASKID": taskid})

    @deprecated(
        "The REST method task.item.getmanifest is deprecated; use tasks.task.getFields instead."
    )
    async def getmanifest(self) -> Any:
        """Describe the legacy task.item.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        Deprecated: use ``tasks.task.getFields`` instead.

        REST method: ``task.item.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-manifest.html

        Returns:
            Any

        Example:
            result = client.task.item.getmanifest()
            result = await client.task.item.getmanifest()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_GETMANIFEST, {})

    @deprecated(
        "The REST method task.item.isactionallowed is deprecated; use tasks.task.getAccess instead."
    )
    async def isactionallowed(
        self,
        *,
        taskid: int | NotGiven = NOT_GIVEN,
        actionid: Any | NotGiven = NOT_GIVEN,
        action: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Check whether the current user may take a given action on a task (legacy call).

        Returns true or false. Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        REST method: ``task.item.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            actionid: ID of the action, as listed for task.item.getallowedactions. Wire name: ``ACTIONID``.
            action: ID of the action. Wire name: ``ACTION``.

        Returns:
            Any

        Example:
            result = client.task.item.isactionallowed()
            result = await client.task.item.isactionallowed()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_ISACTIONALLOWED,
            {"TASKID": taskid, "ACTIONID": actionid, "ACTION": action},
        )

    @deprecated(
        "The REST method task.item.list is deprecated; use tasks.task.list instead."
    )
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find tasks by filter with the legacy list call.

        Deprecated: no longer developed; use tasks.task.list instead.

        Deprecated: use ``tasks.task.list`` instead.

        REST method: ``task.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}.
            filter: Conditions as {"FIELD": value}, such as ID, PARENT_ID or RESPONSIBLE_ID.
            params: Call options; NAV_PARAMS holds nPageSize (at most 50) and iNumPage.
            select: Fields to return; "*" for all. Wire name: ``SELECT``.

        Returns:
            Any

        Example:
            result = client.task.item.list()
            result = await client.task.item.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_LIST,
            {"order": order, "filter": filter, "params": params, "SELECT": select},
        )

    @deprecated(
        "The REST method task.item.renew is deprecated; use tasks.task.renew instead."
    )
    async def renew(self, *, task_id: int | NotGiven = NOT_GIVEN) -> Any:
        """Reopen a completed task so it is pending again (legacy call).

        Deprecated: no longer developed; use tasks.task.renew instead.

        Deprecated: use ``tasks.task.renew`` instead.

        REST method: ``task.item.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-renew.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            Any

        Example:
            result = client.task.item.renew()
            result = await client.task.item.renew()  # AsyncBitrix24
        """
        return await self._backend._invoke(_TASK_ITEM_RENEW, {"taskId": task_id})

    @deprecated(
        "The REST method task.item.startexecution is deprecated; use tasks.task.start instead."
    )
    async def startexecution(self, *, task_id: int | NotGiven = NOT_GIVEN) -> Any:
        """Move a task to the in-progress status (legacy call).

        Deprecated: no longer developed; use tasks.task.start instead.

        Deprecated: use ``tasks.task.start`` instead.

        REST method: ``task.item.startexecution``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-start-execution.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            Any

        Example:
            result = client.task.item.startexecution()
            result = await client.task.item.startexecution()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_STARTEXECUTION, {"taskId": task_id}
        )

    @deprecated(
        "The REST method task.item.update is deprecated; use tasks.task.update instead."
    )
    async def update(
        self,
        *,
        task_id: int | NotGiven = NOT_GIVEN,
        taskdata: Any | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change fields of a task (legacy call).

        Deprecated: no longer developed; use tasks.task.update instead.

        Deprecated: use ``tasks.task.update`` instead.

        REST method: ``task.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-update.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            taskdata: Fields to change with their new values. Wire name: ``TASKDATA``.
            fields: Fields to change.

        Returns:
            Any

        Example:
            result = client.task.item.update()
            result = await client.task.item.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _TASK_ITEM_UPDATE,
            {"taskId": task_id, "TASKDATA": taskdata, "fields": fields},
        )


class BatchTaskItem(Namespace):
    """Methods under ``task.item`` (queued into a batch)."""

    __slots__ = ()

    @property
    def userfield(self) -> BatchTaskItemUserfield:
        """Methods under ``task.item.userfield``."""
        return BatchTaskItemUserfield(self._backend)

    @deprecated(
        "The REST method task.item.add is deprecated; use tasks.task.add instead."
    )
    def add(
        self,
        *,
        taskdata: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Create a task from a set of fields (legacy call).

        Deprecated: no longer developed; use tasks.task.add instead. Returns the ID of the new task.

        Deprecated: use ``tasks.task.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add.html

        Args:
            taskdata: Task fields such as TITLE and DESCRIPTION. Wire name: ``TASKDATA``.
            fields: Task fields.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_ADD, {"TASKDATA": taskdata, "fields": fields}
            ),
        )

    @deprecated(
        "The REST method task.item.addfile is deprecated; use tasks.task.files.attach instead."
    )
    def addfile(
        self,
        *,
        task_id: str | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        content: Any | Ref | NotGiven = NOT_GIVEN,
        file: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Upload a file from base64 content and attach it to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.files.attach instead.

        Deprecated: use ``tasks.task.files.attach`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.addfile``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add-file.html

        Args:
            task_id: ID of the task. Wire name: ``TASK_ID``.
            name: File name. Wire name: ``NAME``.
            content: File content, base64-encoded. Wire name: ``CONTENT``.
            file: File data. Wire name: ``FILE``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.addfile()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_ADDFILE,
                {"TASK_ID": task_id, "NAME": name, "CONTENT": content, "FILE": file},
            ),
        )

    @deprecated(
        "The REST method task.item.addtofavorite is deprecated; use tasks.task.favorite.add instead."
    )
    def addtofavorite(
        self,
        *,
        auth: Any | Ref | NotGiven = NOT_GIVEN,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Mark a task as a favorite in the user's list (legacy call).

        Deprecated: no longer developed; use tasks.task.favorite.add instead.

        Deprecated: use ``tasks.task.favorite.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.addtofavorite``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-add-to-favourite.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            params: Options; AFFECT_CHILDREN says whether subtasks are added too. Wire name: ``PARAMS``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.addtofavorite()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_ADDTOFAVORITE,
                {"auth": auth, "TASK_ID": task_id, "PARAMS": params},
            ),
        )

    @deprecated(
        "The REST method task.item.approve is deprecated; use tasks.task.approve instead."
    )
    def approve(self, *, taskid: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Accept the work on a task awaiting control and close it (legacy call).

        Deprecated: no longer developed; use tasks.task.approve instead.

        Deprecated: use ``tasks.task.approve`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.approve``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-approve.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.approve()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_APPROVE, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.complete is deprecated; use tasks.task.complete instead."
    )
    def complete(
        self, *, taskid: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Finish a task, or send it for control, via the legacy API.

        Deprecated: no longer developed; use tasks.task.complete instead.

        Deprecated: use ``tasks.task.complete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.complete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-complete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.complete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_COMPLETE, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.defer is deprecated; use tasks.task.defer instead."
    )
    def defer(self, *, taskid: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Put an in-progress task on hold (legacy call).

        Deprecated: no longer developed; use tasks.task.defer instead. The task must be in progress.

        Deprecated: use ``tasks.task.defer`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.defer``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-defer.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.defer()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_DEFER, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.delegate is deprecated; use tasks.task.delegate instead."
    )
    def delegate(
        self,
        *,
        taskid: int | Ref | NotGiven = NOT_GIVEN,
        userid: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Hand a task over to a new assignee (legacy call).

        Deprecated: no longer developed; use tasks.task.delegate instead.

        Deprecated: use ``tasks.task.delegate`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.delegate``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delegate.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            userid: ID of the new assignee. Wire name: ``USERID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.delegate()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_DELEGATE, {"TASKID": taskid, "USERID": userid}
            ),
        )

    @deprecated(
        "The REST method task.item.delete is deprecated; use tasks.task.delete instead."
    )
    def delete(self, *, taskid: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Remove a task permanently (legacy call).

        Deprecated: no longer developed; use tasks.task.delete instead.

        Deprecated: use ``tasks.task.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.delete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_DELETE, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.deletefile is deprecated; use tasks.task.update instead."
    )
    def deletefile(
        self,
        *,
        auth: Any | Ref | NotGiven = NOT_GIVEN,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
        attachment_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Detach a file from a task (legacy call).

        Deprecated: no longer developed; use tasks.task.update instead.

        Deprecated: use ``tasks.task.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.deletefile``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete-file.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            attachment_id: ID of the attached file. Wire name: ``ATTACHMENT_ID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.deletefile()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_DELETEFILE,
                {"auth": auth, "TASK_ID": task_id, "ATTACHMENT_ID": attachment_id},
            ),
        )

    @deprecated(
        "The REST method task.item.deletefromfavorite is deprecated; use tasks.task.favorite.remove instead."
    )
    def deletefromfavorite(
        self,
        *,
        auth: Any | Ref | NotGiven = NOT_GIVEN,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Drop a task from the user's favorites (legacy call).

        Deprecated: no longer developed; use tasks.task.favorite.remove instead.

        Deprecated: use ``tasks.task.favorite.remove`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.deletefromfavorite``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-delete-from-favorite.html

        Args:
            auth: Authorization token.
            task_id: ID of the task. Wire name: ``TASK_ID``.
            params: Options; AFFECT_CHILDREN says whether subtasks are affected too. Wire name: ``PARAMS``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.deletefromfavorite()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_DELETEFROMFAVORITE,
                {"auth": auth, "TASK_ID": task_id, "PARAMS": params},
            ),
        )

    @deprecated(
        "The REST method task.item.disapprove is deprecated; use tasks.task.disapprove instead."
    )
    def disapprove(
        self, *, taskid: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Reject the work on a task awaiting control and reopen it (legacy call).

        Deprecated: no longer developed; use tasks.task.disapprove instead.

        Deprecated: use ``tasks.task.disapprove`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.disapprove``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-disapprove.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.disapprove()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_DISAPPROVE, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.getallowedactions is deprecated; use tasks.task.getAccess instead."
    )
    def getallowedactions(
        self, *, taskid: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """List the IDs of actions the current user may take on a task (legacy call).

        Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getallowedactions``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-allowed-actions.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getallowedactions()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_GETALLOWEDACTIONS, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.getallowedtaskactionsasstrings is deprecated; use tasks.task.getAccess instead."
    )
    def getallowedtaskactionsasstrings(
        self, *, taskid: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Map each task action name to whether the current user may take it (legacy call).

        Action names match the constants of the PHP class CTaskItem. Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getallowedtaskactionsasstrings``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-allowed-task-actions-as-strings.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getallowedtaskactionsasstrings()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_GETALLOWEDTASKACTIONSASSTRINGS, {"TASKID": taskid}
            ),
        )

    @deprecated(
        "The REST method task.item.getdata is deprecated; use tasks.task.get instead."
    )
    def getdata(self, *, taskid: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read the fields of one task (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getdata``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-data.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getdata()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_GETDATA, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.getdependson is deprecated; use tasks.task.get instead."
    )
    def getdependson(
        self, *, taskid: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """List the IDs of the tasks this task depends on (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getdependson``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-dependson.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getdependson()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_GETDEPENDSON, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.getdescription is deprecated; use tasks.task.get instead."
    )
    def getdescription(
        self,
        *,
        taskid: int | Ref | NotGiven = NOT_GIVEN,
        format: Any | Ref | NotGiven = NOT_GIVEN,
        userid: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Read the description of a task as raw, HTML or plain text (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getdescription``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-description.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            format: 1 as stored (HTML or BBCode, unsanitized), 2 sanitized HTML, 3 plain text without tags. Wire name: ``FORMAT``.
            userid: ID of the user. Wire name: ``USERID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getdescription()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_GETDESCRIPTION,
                {"TASKID": taskid, "FORMAT": format, "USERID": userid},
            ),
        )

    @deprecated(
        "The REST method task.item.getfiles is deprecated; use tasks.task.get instead."
    )
    def getfiles(
        self, *, taskid: Any | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """List links to the files attached to a task (legacy call).

        Deprecated: no longer developed; use tasks.task.get instead.

        Deprecated: use ``tasks.task.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getfiles``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-files.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getfiles()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_GETFILES, {"TASKID": taskid}),
        )

    @deprecated(
        "The REST method task.item.getmanifest is deprecated; use tasks.task.getFields instead."
    )
    def getmanifest(self) -> BatchCommand[Any]:
        """Describe the legacy task.item.* methods and their parameters.

        Meant for reading by a person, not for automated processing.

        Deprecated: use ``tasks.task.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-get-manifest.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.getmanifest()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_TASK_ITEM_GETMANIFEST, {})
        )

    @deprecated(
        "The REST method task.item.isactionallowed is deprecated; use tasks.task.getAccess instead."
    )
    def isactionallowed(
        self,
        *,
        taskid: int | Ref | NotGiven = NOT_GIVEN,
        actionid: Any | Ref | NotGiven = NOT_GIVEN,
        action: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Check whether the current user may take a given action on a task (legacy call).

        Returns true or false. Deprecated: no longer developed; use tasks.task.getaccess instead.

        Deprecated: use ``tasks.task.getAccess`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.isactionallowed``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-is-action-allowed.html

        Args:
            taskid: ID of the task. Wire name: ``TASKID``.
            actionid: ID of the action, as listed for task.item.getallowedactions. Wire name: ``ACTIONID``.
            action: ID of the action. Wire name: ``ACTION``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.isactionallowed()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_ISACTIONALLOWED,
                {"TASKID": taskid, "ACTIONID": actionid, "ACTION": action},
            ),
        )

    @deprecated(
        "The REST method task.item.list is deprecated; use tasks.task.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Find tasks by filter with the legacy list call.

        Deprecated: no longer developed; use tasks.task.list instead.

        Deprecated: use ``tasks.task.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}.
            filter: Conditions as {"FIELD": value}, such as ID, PARENT_ID or RESPONSIBLE_ID.
            params: Call options; NAV_PARAMS holds nPageSize (at most 50) and iNumPage.
            select: Fields to return; "*" for all. Wire name: ``SELECT``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_LIST,
                {"order": order, "filter": filter, "params": params, "SELECT": select},
            ),
        )

    @deprecated(
        "The REST method task.item.renew is deprecated; use tasks.task.renew instead."
    )
    def renew(self, *, task_id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Reopen a completed task so it is pending again (legacy call).

        Deprecated: no longer developed; use tasks.task.renew instead.

        Deprecated: use ``tasks.task.renew`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.renew``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-renew.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.renew()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_RENEW, {"taskId": task_id}),
        )

    @deprecated(
        "The REST method task.item.startexecution is deprecated; use tasks.task.start instead."
    )
    def startexecution(
        self, *, task_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Move a task to the in-progress status (legacy call).

        Deprecated: no longer developed; use tasks.task.start instead.

        Deprecated: use ``tasks.task.start`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.startexecution``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-start-execution.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.startexecution()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_TASK_ITEM_STARTEXECUTION, {"taskId": task_id}),
        )

    @deprecated(
        "The REST method task.item.update is deprecated; use tasks.task.update instead."
    )
    def update(
        self,
        *,
        task_id: int | Ref | NotGiven = NOT_GIVEN,
        taskdata: Any | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change fields of a task (legacy call).

        Deprecated: no longer developed; use tasks.task.update instead.

        Deprecated: use ``tasks.task.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/deprecated/task-item/task-item-update.html

        Args:
            task_id: ID of the task. Wire name: ``taskId``.
            taskdata: Fields to change with their new values. Wire name: ``TASKDATA``.
            fields: Fields to change.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.task.item.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _TASK_ITEM_UPDATE,
                {"taskId": task_id, "TASKDATA": taskdata, "fields": fields},
            ),
        )


class TaskItemUserfield(Namespace):
    """Methods under ``task.item.userfield``."""

    __slots__ = ()

    def add(self, *, params: TaskItemUserfieldAddParams) -> int:
        """Create a custom field for tasks, such as a string or date field.

        FIELD_NAME must start with "UF_". Only string, double, datetime and boolean types are supported for tasks.

        REST method: ``task.item.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-add.html

        Args:
            params: Settings of the new field. Wire name: ``PARAMS``.

        Returns:
            int

        Example:
            result = client.task.item.userfield.add(params={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.task.item.userfield.add(params={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_TASK_ITEM_USERFIELD_ADD, {"PARAMS": params})
        )

    def delete(self, *, id: int) -> bool:
        """Remove a custom field from tasks.

        REST method: ``task.item.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-delete.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.task.item.userfield.delete(id=1)
            result = await client.task.item.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_TASK_ITEM_USERFIELD_DELETE, {"ID": id})
        )

    def get(self, *, id: int) -> _TaskItemUserfield:
        """Read the settings of one task custom field by ID.

        REST method: ``task.item.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.

        Returns:
            TaskItemUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.task.item.userfield.get(id=1)
            result = await client.task.item.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_TaskItemUserfield",
            self._backend._invoke(_TASK_ITEM_USERFIELD_GET, {"ID": id}),
        )

    def getfields(self) -> TaskItemUserfieldGetfieldsResult:
        """Describe the settings a task custom field can have.

        REST method: ``task.item.userfield.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-fields.html

        Returns:
            TaskItemUserfieldGetfieldsResult

        Example:
            result = client.task.item.userfield.getfields()
            result = await client.task.item.userfield.getfields()  # AsyncBitrix24
        """
        return cast(
            "TaskItemUserfieldGetfieldsResult",
            self._backend._invoke(_TASK_ITEM_USERFIELD_GETFIELDS, {}),
        )

    def getlist(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_TaskItemUserfield]:
        """List the custom fields of tasks with sort and filter.

        The list includes the system fields UF_CRM_TASK, UF_TASK_WEBDAV_FILES and UF_MAIL_MESSAGE.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.item.userfield.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, FIELD_NAME, SORT and others. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}; a value may be a list. Wire name: ``FILTER``.
            start: Offset of the first record, for paging.

        Returns:
            Page[TaskItemUserfield]

        Example:
            result = client.task.item.userfield.getlist()
            result = await client.task.item.userfield.getlist()  # AsyncBitrix24
        """
        return cast(
            "Page[_TaskItemUserfield]",
            self._backend._invoke_page(
                _TASK_ITEM_USERFIELD_GETLIST,
                {"ORDER": order, "FILTER": filter, "start": start},
            ),
        )

    def gettypes(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> Page[TaskItemUserfieldGettypesResult]:
        """List the data types available for task custom fields.

        Tasks support only string, double, datetime and boolean.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.item.userfield.gettypes``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-types.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            Page[TaskItemUserfieldGettypesResult]

        Example:
            result = client.task.item.userfield.gettypes()
            result = await client.task.item.userfield.gettypes()  # AsyncBitrix24
        """
        return cast(
            "Page[TaskItemUserfieldGettypesResult]",
            self._backend._invoke_page(_TASK_ITEM_USERFIELD_GETTYPES, {"start": start}),
        )

    def update(self, *, id: int, data: TaskItemUserfieldUpdateData) -> bool:
        """Change a task custom field's labels, order, flags or settings.

        REST method: ``task.item.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-update.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.
            data: Settings to change. Wire name: ``DATA``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.task.item.userfield.update(id=1, data={"XML_ID": "example_code", "LABEL": "Kick-off call"})
            result = await client.task.item.userfield.update(id=1, data={"XML_ID": "example_code", "LABEL": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TASK_ITEM_USERFIELD_UPDATE, {"ID": id, "DATA": data}
            ),
        )


class AsyncTaskItemUserfield(Namespace):
    """Methods under ``task.item.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, params: TaskItemUserfieldAddParams) -> int:
        """Create a custom field for tasks, such as a string or date field.

        FIELD_NAME must start with "UF_". Only string, double, datetime and boolean types are supported for tasks.

        REST method: ``task.item.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-add.html

        Args:
            params: Settings of the new field. Wire name: ``PARAMS``.

        Returns:
            int

        Example:
            result = client.task.item.userfield.add(params={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.task.item.userfield.add(params={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_TASK_ITEM_USERFIELD_ADD, {"PARAMS": params}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a custom field from tasks.

        REST method: ``task.item.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-delete.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.task.item.userfield.delete(id=1)
            result = await client.task.item.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_TASK_ITEM_USERFIELD_DELETE, {"ID": id})
        )

    async def get(self, *, id: int) -> _TaskItemUserfield:
        """Read the settings of one task custom field by ID.

        REST method: ``task.item.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.

        Returns:
            TaskItemUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.task.item.userfield.get(id=1)
            result = await client.task.item.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_TaskItemUserfield",
            await self._backend._invoke(_TASK_ITEM_USERFIELD_GET, {"ID": id}),
        )

    async def getfields(self) -> TaskItemUserfieldGetfieldsResult:
        """Describe the settings a task custom field can have.

        REST method: ``task.item.userfield.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-fields.html

        Returns:
            TaskItemUserfieldGetfieldsResult

        Example:
            result = client.task.item.userfield.getfields()
            result = await client.task.item.userfield.getfields()  # AsyncBitrix24
        """
        return cast(
            "TaskItemUserfieldGetfieldsResult",
            await self._backend._invoke(_TASK_ITEM_USERFIELD_GETFIELDS, {}),
        )

    async def getlist(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_TaskItemUserfield]:
        """List the custom fields of tasks with sort and filter.

        The list includes the system fields UF_CRM_TASK, UF_TASK_WEBDAV_FILES and UF_MAIL_MESSAGE.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.item.userfield.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, FIELD_NAME, SORT and others. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}; a value may be a list. Wire name: ``FILTER``.
            start: Offset of the first record, for paging.

        Returns:
            AsyncPage[TaskItemUserfield]

        Example:
            result = client.task.item.userfield.getlist()
            result = await client.task.item.userfield.getlist()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_TaskItemUserfield]",
            await self._backend._invoke_page(
                _TASK_ITEM_USERFIELD_GETLIST,
                {"ORDER": order, "FILTER": filter, "start": start},
            ),
        )

    async def gettypes(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[TaskItemUserfieldGettypesResult]:
        """List the data types available for task custom fields.

        Tasks support only string, double, datetime and boolean.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``task.item.userfield.gettypes``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-types.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            AsyncPage[TaskItemUserfieldGettypesResult]

        Example:
            result = client.task.item.userfield.gettypes()
            result = await client.task.item.userfield.gettypes()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[TaskItemUserfieldGettypesResult]",
            await self._backend._invoke_page(
                _TASK_ITEM_USERFIELD_GETTYPES, {"start": start}
            ),
        )

    async def update(self, *, id: int, data: TaskItemUserfieldUpdateData) -> bool:
        """Change a task custom field's labels, order, flags or settings.

        REST method: ``task.item.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-update.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.
            data: Settings to change. Wire name: ``DATA``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.task.item.userfield.update(id=1, data={"XML_ID": "example_code", "LABEL": "Kick-off call"})
            result = await client.task.item.userfield.update(id=1, data={"XML_ID": "example_code", "LABEL": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TASK_ITEM_USERFIELD_UPDATE, {"ID": id, "DATA": data}
            ),
        )


class BatchTaskItemUserfield(Namespace):
    """Methods under ``task.item.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, params: TaskItemUserfieldAddParams | Ref) -> BatchCommand[int]:
        """Create a custom field for tasks, such as a string or date field.

        FIELD_NAME must start with "UF_". Only string, double, datetime and boolean types are supported for tasks.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-add.html

        Args:
            params: Settings of the new field. Wire name: ``PARAMS``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.task.item.userfield.add(params={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_TASK_ITEM_USERFIELD_ADD, {"PARAMS": params}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a custom field from tasks.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-delete.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.task.item.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_TASK_ITEM_USERFIELD_DELETE, {"ID": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_TaskItemUserfield]:
        """Read the settings of one task custom field by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.

        Returns:
            BatchCommand[TaskItemUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.task.item.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_TaskItemUserfield]",
            self._backend._invoke(_TASK_ITEM_USERFIELD_GET, {"ID": id}),
        )

    def getfields(self) -> BatchCommand[TaskItemUserfieldGetfieldsResult]:
        """Describe the settings a task custom field can have.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-fields.html

        Returns:
            BatchCommand[TaskItemUserfieldGetfieldsResult]

        Example:
            command = batch.task.item.userfield.getfields()
        """
        return cast(
            "BatchCommand[TaskItemUserfieldGetfieldsResult]",
            self._backend._invoke(_TASK_ITEM_USERFIELD_GETFIELDS, {}),
        )

    def getlist(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_TaskItemUserfield]]:
        """List the custom fields of tasks with sort and filter.

        The list includes the system fields UF_CRM_TASK, UF_TASK_WEBDAV_FILES and UF_MAIL_MESSAGE.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-list.html

        Args:
            order: Sort order as {"FIELD": "asc" | "desc"}, on ID, FIELD_NAME, SORT and others. Wire name: ``ORDER``.
            filter: Conditions as {"FIELD": value}; a value may be a list. Wire name: ``FILTER``.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[TaskItemUserfield]]

        Example:
            command = batch.task.item.userfield.getlist()
        """
        return cast(
            "BatchCommand[list[_TaskItemUserfield]]",
            self._backend._invoke_page(
                _TASK_ITEM_USERFIELD_GETLIST,
                {"ORDER": order, "FILTER": filter, "start": start},
            ),
        )

    def gettypes(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[TaskItemUserfieldGettypesResult]]:
        """List the data types available for task custom fields.

        Tasks support only string, double, datetime and boolean.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.gettypes``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-types.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[TaskItemUserfieldGettypesResult]]

        Example:
            command = batch.task.item.userfield.gettypes()
        """
        return cast(
            "BatchCommand[list[TaskItemUserfieldGettypesResult]]",
            self._backend._invoke_page(_TASK_ITEM_USERFIELD_GETTYPES, {"start": start}),
        )

    def update(
        self, *, id: int | Ref, data: TaskItemUserfieldUpdateData | Ref
    ) -> BatchCommand[bool]:
        """Change a task custom field's labels, order, flags or settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``task.item.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-update.html

        Args:
            id: ID of the custom field. Wire name: ``ID``.
            data: Settings to change. Wire name: ``DATA``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.task.item.userfield.update(id=1, data={"XML_ID": "example_code", "LABEL": "Kick-off call"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TASK_ITEM_USERFIELD_UPDATE, {"ID": id, "DATA": data}
            ),
        )
