"""TypedDicts of ``b24client.types.task``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Literal, Required, TypedDict

__all__ = [
    "TaskChecklistitem",
    "TaskChecklistitemAddFields",
    "TaskChecklistitemGetmanifestResult",
    "TaskChecklistitemGetmanifestResultRestAvailableMethods",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsAdd",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsAddParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsComplete",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsCompleteParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsDelete",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsDeleteParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsGet",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsGetParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlist",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlistParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsGetmanifest",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowed",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowedParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritem",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritemParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsRenew",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsRenewParams",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdate",
    "TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdateParams",
    "TaskChecklistitemUpdateFields",
    "TaskCommentitem",
    "TaskCommentitemAddFields",
    "TaskCommentitemGetmanifestResult",
    "TaskCommentitemGetmanifestResultRestAvailableMethods",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsAdd",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsAddParams",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsDelete",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsDeleteParams",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsGet",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsGetParams",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsGetlist",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsGetlistParams",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsGetmanifest",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowed",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowedParams",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsUpdate",
    "TaskCommentitemGetmanifestResultRestAvailableMethodsUpdateParams",
    "TaskCommentitemUpdateFields",
    "TaskElapseditem",
    "TaskElapseditemAddArfields",
    "TaskElapseditemGetmanifestResult",
    "TaskElapseditemGetmanifestResultRestAvailableMethods",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsAdd",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsAddParams",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsDelete",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsDeleteParams",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsGet",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsGetParams",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsGetlist",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsGetlistParams",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsGetmanifest",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowed",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowedParams",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsUpdate",
    "TaskElapseditemGetmanifestResultRestAvailableMethodsUpdateParams",
    "TaskElapseditemUpdateArfields",
    "TaskItemUserfield",
    "TaskItemUserfieldAddParams",
    "TaskItemUserfieldAddParamsEditFormLabel",
    "TaskItemUserfieldAddParamsSettings",
    "TaskItemUserfieldEditFormLabel",
    "TaskItemUserfieldErrorMessage",
    "TaskItemUserfieldGetfieldsResult",
    "TaskItemUserfieldGetfieldsResultEditFormLabel",
    "TaskItemUserfieldGetfieldsResultEditInList",
    "TaskItemUserfieldGetfieldsResultEntityId",
    "TaskItemUserfieldGetfieldsResultErrorMessage",
    "TaskItemUserfieldGetfieldsResultFieldName",
    "TaskItemUserfieldGetfieldsResultHelpMessage",
    "TaskItemUserfieldGetfieldsResultId",
    "TaskItemUserfieldGetfieldsResultIsSearchable",
    "TaskItemUserfieldGetfieldsResultList",
    "TaskItemUserfieldGetfieldsResultListColumnLabel",
    "TaskItemUserfieldGetfieldsResultListFilterLabel",
    "TaskItemUserfieldGetfieldsResultMandatory",
    "TaskItemUserfieldGetfieldsResultMultiple",
    "TaskItemUserfieldGetfieldsResultSettings",
    "TaskItemUserfieldGetfieldsResultShowFilter",
    "TaskItemUserfieldGetfieldsResultShowInList",
    "TaskItemUserfieldGetfieldsResultSort",
    "TaskItemUserfieldGetfieldsResultUserTypeId",
    "TaskItemUserfieldGetfieldsResultXmlId",
    "TaskItemUserfieldGettypesResult",
    "TaskItemUserfieldHelpMessage",
    "TaskItemUserfieldListColumnLabel",
    "TaskItemUserfieldListFilterLabel",
    "TaskItemUserfieldSettings",
    "TaskItemUserfieldSettingsDefaultValue",
    "TaskItemUserfieldUpdateData",
    "TaskItemUserfieldUpdateDataEditFormLabel",
    "TaskItemUserfieldUpdateDataSettings",
    "TaskStagesAddFields",
    "TaskStagesUpdateFields",
]


class TaskChecklistitem(TypedDict, total=False):
    """A checklist item of a task (legacy task.checklistitem.* methods).

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-list.html
    """

    ID: str
    """ID of the checklist item."""
    TASK_ID: str
    """ID of the task the item belongs to."""
    PARENT_ID: str | int
    """ID of the parent item; 0 for a top-level item (a checklist)."""
    CREATED_BY: str
    """ID of the user who added the item."""
    TITLE: str
    """Item text; for a top-level item, the checklist name."""
    SORT_INDEX: str
    """Sort index; lower values come first."""
    IS_COMPLETE: str
    """\"Y" done, "N" not done."""
    IS_IMPORTANT: str
    """\"Y" important, "N" normal."""
    TOGGLED_BY: str | None
    """ID of the user who last ticked or unticked the item; null if never."""
    TOGGLED_DATE: str
    """When the item was last ticked or unticked, ISO 8601."""
    MEMBERS: list[Any]
    """Users on the item: ID, TYPE ("A" participant, "U" observer), NAME and photo data."""
    ATTACHMENTS: dict[str, Any] | list[Any]
    """Files on the item keyed by attachment ID, with name, size, Drive file ID and download/view URLs."""


class TaskChecklistitemAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.checklistitem.add``."""

    TITLE: Required[str]
    """Item text; with PARENT_ID 0 it is the name of a new checklist."""
    SORT_INDEX: int
    """Sort index; lower values come first."""
    IS_COMPLETE: Literal["Y", "N"]
    """\"Y" done, "N" not done (default)."""
    IS_IMPORTANT: Literal["Y", "N"]
    """\"Y" important, "N" normal."""
    MEMBERS: dict[str, Any]
    """Users on the item keyed by user ID, each {"TYPE": "A"} for a participant or {"TYPE": "U"} for an observer."""
    PARENT_ID: int
    """ID of the parent item; 0 makes a new checklist."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetmanifest(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getmanifest`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    params: list[Any]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.get.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGet(TypedDict, total=False):
    """Keys of ``result.REST: available methods.get`` in ``task.checklistitem.getmanifest``."""

    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsGetParams]
    """Parameters of the method, in call order."""
    allowedKeysInReturnValue: list[str]
    """Keys the method can return."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlistParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlist(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlistParams]
    """Parameters of the method, in call order."""
    allowedKeysInReturnValue: list[str]
    """Keys the method can return."""
    collectionInReturnValue: bool
    """Whether the method returns a list."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsAddParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.add.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsAdd(TypedDict, total=False):
    """Keys of ``result.REST: available methods.add`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsAddParams]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdateParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdate(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdateParams]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsDeleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsDelete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsDeleteParams]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsCompleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.complete.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsComplete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.complete`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsCompleteParams]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsRenewParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.renew.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsRenew(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.renew`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsRenewParams]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritemParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.moveafteritem.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritem(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.moveafteritem`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[
        TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritemParams
    ]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowedParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowed(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[
        TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowedParams
    ]
    """Parameters of the method, in call order."""


class TaskChecklistitemGetmanifestResultRestAvailableMethods(TypedDict, total=False):
    """Keys of ``result.REST: available methods`` in ``task.checklistitem.getmanifest``."""

    getmanifest: TaskChecklistitemGetmanifestResultRestAvailableMethodsGetmanifest
    """Description of the getmanifest method."""
    get: TaskChecklistitemGetmanifestResultRestAvailableMethodsGet
    """Description of the get method."""
    getlist: TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlist
    """Description of the getlist method."""
    add: TaskChecklistitemGetmanifestResultRestAvailableMethodsAdd
    """Description of the add method."""
    update: TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdate
    """Description of the update method."""
    delete: TaskChecklistitemGetmanifestResultRestAvailableMethodsDelete
    """Description of the delete method."""
    complete: TaskChecklistitemGetmanifestResultRestAvailableMethodsComplete
    """Description of the complete method."""
    renew: TaskChecklistitemGetmanifestResultRestAvailableMethodsRenew
    """Description of the renew method."""
    moveafteritem: TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritem
    """Description of the moveafteritem method."""
    isactionallowed: (
        TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowed
    )
    """Description of the isactionallowed method."""


TaskChecklistitemGetmanifestResult = TypedDict(
    "TaskChecklistitemGetmanifestResult",
    {
        "Manifest version": str,
        "Warning": str,
        "REST: shortname alias to class": str,
        "REST: writable checklistitem data fields": list[str],
        "REST: readable checklistitem data fields": list[str],
        "REST: sortable checklistitem data fields": list[str],
        "REST: date fields": list[str],
        "REST: available methods": TaskChecklistitemGetmanifestResultRestAvailableMethods,
    },
    total=False,
)


class TaskChecklistitemUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.checklistitem.update``."""

    TITLE: str
    """Item text; with PARENT_ID 0 it is the name of a new checklist."""
    SORT_INDEX: int
    """Sort index; lower values come first."""
    IS_COMPLETE: Literal["Y", "N"]
    """\"Y" done, "N" not done (default)."""
    IS_IMPORTANT: Literal["Y", "N"]
    """\"Y" important, "N" normal."""
    MEMBERS: dict[str, Any]
    """Users on the item keyed by user ID, each {"TYPE": "A"} for a participant or {"TYPE": "U"} for an observer."""
    PARENT_ID: int
    """ID of the parent item; 0 makes a new checklist."""


class TaskCommentitem(TypedDict, total=False):
    """A comment in a task.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-list.html
    """

    POST_MESSAGE_HTML: str | None
    """Comment as HTML."""
    ID: str
    """ID of the comment."""
    AUTHOR_ID: str
    """ID of the comment author."""
    AUTHOR_NAME: str
    """Name of the author."""
    AUTHOR_EMAIL: str
    """E-mail of the author."""
    POST_DATE: str
    """When the comment was posted."""
    POST_MESSAGE: str
    """Comment text."""
    ATTACHED_OBJECTS: dict[str, Any]
    """Attachments keyed by attachment ID, each with download and view URLs."""


class TaskCommentitemAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.commentitem.add``."""

    POST_MESSAGE: Required[str]
    """Comment text."""
    AUTHOR_ID: int
    """ID of the user to post as."""
    POST_DATE: str
    """Date of the comment."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetmanifest(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getmanifest`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    params: list[Any]
    """Parameters of the method, in call order."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetlistParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist.params`` in ``task.commentitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""
    allowedKeyPrefixes: list[str]
    """Prefixes allowed before filter keys, such as "!" or ">="."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetlist(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsGetlistParams]
    """Parameters of the method, in call order."""
    allowedKeysInReturnValue: list[str]
    """Keys the method can return."""
    collectionInReturnValue: bool
    """Whether the method returns a list."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.get.params`` in ``task.commentitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsGet(TypedDict, total=False):
    """Keys of ``result.REST: available methods.get`` in ``task.commentitem.getmanifest``."""

    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsGetParams]
    """Parameters of the method, in call order."""
    allowedKeysInReturnValue: list[str]
    """Keys the method can return."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsAddParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.add.params`` in ``task.commentitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsAdd(TypedDict, total=False):
    """Keys of ``result.REST: available methods.add`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsAddParams]
    """Parameters of the method, in call order."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsUpdateParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update.params`` in ``task.commentitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsUpdate(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsUpdateParams]
    """Parameters of the method, in call order."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsDeleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete.params`` in ``task.commentitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsDelete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsDeleteParams]
    """Parameters of the method, in call order."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowedParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed.params`` in ``task.commentitem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowed(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[
        TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowedParams
    ]
    """Parameters of the method, in call order."""


class TaskCommentitemGetmanifestResultRestAvailableMethods(TypedDict, total=False):
    """Keys of ``result.REST: available methods`` in ``task.commentitem.getmanifest``."""

    getmanifest: TaskCommentitemGetmanifestResultRestAvailableMethodsGetmanifest
    """Description of the getmanifest method."""
    getlist: TaskCommentitemGetmanifestResultRestAvailableMethodsGetlist
    """Description of the getlist method."""
    get: TaskCommentitemGetmanifestResultRestAvailableMethodsGet
    """Description of the get method."""
    add: TaskCommentitemGetmanifestResultRestAvailableMethodsAdd
    """Description of the add method."""
    update: TaskCommentitemGetmanifestResultRestAvailableMethodsUpdate
    """Description of the update method."""
    delete: TaskCommentitemGetmanifestResultRestAvailableMethodsDelete
    """Description of the delete method."""
    isactionallowed: TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowed
    """Description of the isactionallowed method."""


TaskCommentitemGetmanifestResult = TypedDict(
    "TaskCommentitemGetmanifestResult",
    {
        "Manifest version": str,
        "Warning": str,
        "REST: shortname alias to class": str,
        "REST: writable commentitem data fields": list[str],
        "REST: readable commentitem data fields": list[str],
        "REST: sortable commentitem data fields": list[str],
        "REST: filterable commentitem data fields": list[str],
        "REST: date fields": list[str],
        "REST: available methods": TaskCommentitemGetmanifestResultRestAvailableMethods,
    },
    total=False,
)


class TaskCommentitemUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.commentitem.update``."""

    POST_MESSAGE: Required[str]
    """New comment text."""


class TaskElapseditem(TypedDict, total=False):
    """A record of time spent on a task.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html
    """

    ID: str
    """ID of the time record."""
    TASK_ID: str
    """ID of the task."""
    USER_ID: str
    """ID of the user the time is logged for."""
    COMMENT_TEXT: str
    """Comment on the record."""
    SECONDS: str
    """Time spent, in seconds."""
    MINUTES: str
    """Time spent, in minutes."""
    SOURCE: str
    """Where the record came from."""
    CREATED_DATE: str
    """When the record was created."""
    DATE_START: str
    """Start of the logged period."""
    DATE_STOP: str
    """End of the logged period."""


class TaskElapseditemAddArfields(TypedDict, total=False):
    """Keys of the ``ARFIELDS`` parameter of ``task.elapseditem.add``."""

    SECONDS: Required[int]
    """Time spent, in seconds."""
    COMMENT_TEXT: Required[str]
    """Comment on the time spent."""
    USER_ID: int
    """ID of the user the time is logged for."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetmanifest(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getmanifest`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    params: list[Any]
    """Parameters of the method, in call order."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetlistParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""
    allowedKeyPrefixes: list[str]
    """Prefixes allowed before filter keys, such as "!" or ">="."""
    allowedValues: list[str]
    """Values accepted in this parameter."""
    allowedAggregations: list[str]
    """Aggregate functions the method accepts."""
    allowedValuesInAggregation: list[str]
    """Fields that can be aggregated."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetlist(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsGetlistParams]
    """Parameters of the method, in call order."""
    allowedKeysInReturnValue: list[str]
    """Keys the method can return."""
    allowedAggregations: list[str]
    """Aggregate functions the method accepts."""
    collectionInReturnValue: bool
    """Whether the method returns a list."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.get.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsGet(TypedDict, total=False):
    """Keys of ``result.REST: available methods.get`` in ``task.elapseditem.getmanifest``."""

    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsGetParams]
    """Parameters of the method, in call order."""
    allowedKeysInReturnValue: list[str]
    """Keys the method can return."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsAddParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.add.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsAdd(TypedDict, total=False):
    """Keys of ``result.REST: available methods.add`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsAddParams]
    """Parameters of the method, in call order."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsUpdateParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""
    allowedKeys: list[str]
    """Keys accepted in this parameter."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsUpdate(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsUpdateParams]
    """Parameters of the method, in call order."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsDeleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsDelete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsDeleteParams]
    """Parameters of the method, in call order."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowedParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    """Name of the parameter."""
    type: str
    """Data type of the parameter."""


class TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowed(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    """Whether the method is called without an item ID."""
    mandatoryParamsCount: int
    """Number of required parameters."""
    params: list[
        TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowedParams
    ]
    """Parameters of the method, in call order."""


class TaskElapseditemGetmanifestResultRestAvailableMethods(TypedDict, total=False):
    """Keys of ``result.REST: available methods`` in ``task.elapseditem.getmanifest``."""

    getmanifest: TaskElapseditemGetmanifestResultRestAvailableMethodsGetmanifest
    """Description of the getmanifest method."""
    getlist: TaskElapseditemGetmanifestResultRestAvailableMethodsGetlist
    """Description of the getlist method."""
    get: TaskElapseditemGetmanifestResultRestAvailableMethodsGet
    """Description of the get method."""
    add: TaskElapseditemGetmanifestResultRestAvailableMethodsAdd
    """Description of the add method."""
    update: TaskElapseditemGetmanifestResultRestAvailableMethodsUpdate
    """Description of the update method."""
    delete: TaskElapseditemGetmanifestResultRestAvailableMethodsDelete
    """Description of the delete method."""
    isactionallowed: TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowed
    """Description of the isactionallowed method."""


TaskElapseditemGetmanifestResult = TypedDict(
    "TaskElapseditemGetmanifestResult",
    {
        "Manifest version": str,
        "Manifest change date": str,
        "Warning": str,
        "REST: shortname alias to class": str,
        "REST: writable elapseditem data fields": list[str],
        "REST: readable elapseditem data fields": list[str],
        "REST: sortable elapseditem data fields": list[str],
        "REST: filterable elapseditem data fields": list[str],
        "REST: date fields": list[str],
        "REST: available methods": TaskElapseditemGetmanifestResultRestAvailableMethods,
    },
    total=False,
)


class TaskElapseditemUpdateArfields(TypedDict, total=False):
    """Keys of the ``ARFIELDS`` parameter of ``task.elapseditem.update``."""

    SECONDS: Required[int]
    """Time spent, in seconds."""
    COMMENT_TEXT: Required[str]
    """Comment on the time spent."""
    USER_ID: int
    """ID of the user the time is logged for."""


class TaskItemUserfieldSettingsDefaultValue(TypedDict, total=False):
    """Keys of ``SETTINGS.DEFAULT_VALUE`` in ``TaskItemUserfield``."""

    TYPE: str
    """How the default date is filled: "NONE", "NOW" or "FIXED"."""
    VALUE: str
    """Fixed default date."""


class TaskItemUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``TaskItemUserfield``."""

    LEAD: str
    """Whether leads may be linked."""
    CONTACT: str
    """Whether contacts may be linked."""
    COMPANY: str
    """Whether companies may be linked."""
    DEAL: str
    """Whether deals may be linked."""
    IBLOCK_ID: int
    """ID of the information block used by the field."""
    SECTION_ID: int
    """ID of the information block section."""
    SIZE: int
    """Width of the input box."""
    ROWS: int
    """Number of lines in the input box."""
    REGEXP: str
    """Regular expression the value must match."""
    MIN_LENGTH: int
    """Minimum length of the value."""
    MAX_LENGTH: int
    """Maximum length of the value."""
    DEFAULT_VALUE: str | int | TaskItemUserfieldSettingsDefaultValue
    """Default value; for date fields an object with TYPE and VALUE."""
    PRECISION: int
    """Digits after the decimal point."""
    MIN_VALUE: int
    """Smallest allowed number."""
    MAX_VALUE: int
    """Largest allowed number."""
    USE_SECOND: str
    """Whether seconds are used in times."""
    USE_TIMEZONE: str
    """Whether the time zone is taken into account."""
    DISPLAY: str
    """How a yes/no value is shown: "CHECKBOX", "RADIO" or "DROPDOWN"."""
    LABEL: list[str]
    """Labels of the "no" and "yes" values."""
    LABEL_CHECKBOX: str
    """Label next to the checkbox."""


class TaskItemUserfieldEditFormLabel(TypedDict, total=False):
    """Keys of ``EDIT_FORM_LABEL`` in ``TaskItemUserfield``."""

    ar: str
    """Arabic text."""
    br: str
    """Portuguese (Brazil) text."""
    de: str
    """German text."""
    en: str
    """English text."""
    ru: str
    """Russian text."""


class TaskItemUserfieldListColumnLabel(TypedDict, total=False):
    """Keys of ``LIST_COLUMN_LABEL`` in ``TaskItemUserfield``."""

    ar: str
    """Arabic text."""
    br: str
    """Portuguese (Brazil) text."""


class TaskItemUserfieldListFilterLabel(TypedDict, total=False):
    """Keys of ``LIST_FILTER_LABEL`` in ``TaskItemUserfield``."""

    ar: str
    """Arabic text."""
    br: str
    """Portuguese (Brazil) text."""


class TaskItemUserfieldErrorMessage(TypedDict, total=False):
    """Keys of ``ERROR_MESSAGE`` in ``TaskItemUserfield``."""

    ar: str
    """Arabic text."""
    br: str
    """Portuguese (Brazil) text."""


class TaskItemUserfieldHelpMessage(TypedDict, total=False):
    """Keys of ``HELP_MESSAGE`` in ``TaskItemUserfield``."""

    ar: str
    """Arabic text."""
    br: str
    """Portuguese (Brazil) text."""


class TaskItemUserfield(TypedDict, total=False):
    """A custom field of tasks with its settings and labels.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-list.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Code of the object the field belongs to ("TASKS_TASK")."""
    FIELD_NAME: str
    """Field code, starting with "UF_"."""
    USER_TYPE_ID: str
    """Data type: "string", "double", "datetime" or "boolean"."""
    XML_ID: str
    """External ID of the field."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" holds several values, "N" one."""
    MANDATORY: str
    """\"Y" if a value is required."""
    SHOW_FILTER: str
    """Whether the field shows in the list filter."""
    SHOW_IN_LIST: str
    """Whether the field shows in the list."""
    EDIT_IN_LIST: str
    """Whether users may edit the value in the list."""
    IS_SEARCHABLE: str
    """Whether the value takes part in search."""
    SETTINGS: TaskItemUserfieldSettings | list[Any]
    """Type-specific settings; their keys depend on USER_TYPE_ID."""
    EDIT_FORM_LABEL: TaskItemUserfieldEditFormLabel
    """Label in the edit form, per language."""
    LIST_COLUMN_LABEL: TaskItemUserfieldListColumnLabel
    """Column header in the list, per language."""
    LIST_FILTER_LABEL: TaskItemUserfieldListFilterLabel
    """Label in the list filter, per language."""
    ERROR_MESSAGE: TaskItemUserfieldErrorMessage
    """Validation error text, per language."""
    HELP_MESSAGE: TaskItemUserfieldHelpMessage
    """Help text, per language."""


class TaskItemUserfieldAddParamsEditFormLabel(TypedDict, total=False):
    """Keys of ``PARAMS.EDIT_FORM_LABEL`` in ``task.item.userfield.add``."""

    ru: str
    """Russian label."""
    en: str
    """English label."""


class TaskItemUserfieldAddParamsSettings(TypedDict, total=False):
    """Keys of ``PARAMS.SETTINGS`` in ``task.item.userfield.add``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Number of lines in the input box."""


class TaskItemUserfieldAddParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``task.item.userfield.add``."""

    USER_TYPE_ID: Required[Literal["string", "double", "datetime", "boolean"]]
    """Data type: "string", "double", "datetime" or "boolean"."""
    FIELD_NAME: Required[str]
    """Field code; must start with "UF_"."""
    XML_ID: str
    """External ID of the field."""
    EDIT_FORM_LABEL: TaskItemUserfieldAddParamsEditFormLabel
    """Label in the edit form, per language."""
    LABEL: str
    """Name of the field."""
    SORT: int
    """Sort order."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" for several values, "N" for one; ignored for boolean fields."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" if a value is required."""
    SETTINGS: TaskItemUserfieldAddParamsSettings
    """Type-specific settings."""


class TaskItemUserfieldGetfieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""
    isReadOnly: bool
    """true if the field is read-only."""


class TaskItemUserfieldGetfieldsResultEntityId(TypedDict, total=False):
    """Keys of ``result.ENTITY_ID`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""
    isImmutable: bool
    """true if the field cannot be changed after creation."""


class TaskItemUserfieldGetfieldsResultFieldName(TypedDict, total=False):
    """Keys of ``result.FIELD_NAME`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""
    isImmutable: bool
    """true if the field cannot be changed after creation."""


class TaskItemUserfieldGetfieldsResultUserTypeId(TypedDict, total=False):
    """Keys of ``result.USER_TYPE_ID`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""
    isImmutable: bool
    """true if the field cannot be changed after creation."""


class TaskItemUserfieldGetfieldsResultXmlId(TypedDict, total=False):
    """Keys of ``result.XML_ID`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultSort(TypedDict, total=False):
    """Keys of ``result.SORT`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultMultiple(TypedDict, total=False):
    """Keys of ``result.MULTIPLE`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultMandatory(TypedDict, total=False):
    """Keys of ``result.MANDATORY`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultShowFilter(TypedDict, total=False):
    """Keys of ``result.SHOW_FILTER`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultShowInList(TypedDict, total=False):
    """Keys of ``result.SHOW_IN_LIST`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultEditInList(TypedDict, total=False):
    """Keys of ``result.EDIT_IN_LIST`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultIsSearchable(TypedDict, total=False):
    """Keys of ``result.IS_SEARCHABLE`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultEditFormLabel(TypedDict, total=False):
    """Keys of ``result.EDIT_FORM_LABEL`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultListColumnLabel(TypedDict, total=False):
    """Keys of ``result.LIST_COLUMN_LABEL`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultListFilterLabel(TypedDict, total=False):
    """Keys of ``result.LIST_FILTER_LABEL`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultErrorMessage(TypedDict, total=False):
    """Keys of ``result.ERROR_MESSAGE`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultHelpMessage(TypedDict, total=False):
    """Keys of ``result.HELP_MESSAGE`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResultList(TypedDict, total=False):
    """Keys of ``result.LIST`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""
    isMultiple: bool
    """true if the field holds several values."""


class TaskItemUserfieldGetfieldsResultSettings(TypedDict, total=False):
    """Keys of ``result.SETTINGS`` in ``task.item.userfield.getfields``."""

    type: str
    """Data type of the field."""
    title: str
    """Display name of the field."""


class TaskItemUserfieldGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``task.item.userfield.getfields``."""

    ID: TaskItemUserfieldGetfieldsResultId
    """Metadata of ID. ID of the custom field."""
    ENTITY_ID: TaskItemUserfieldGetfieldsResultEntityId
    """Metadata of ENTITY_ID. Code of the object the field belongs to ("TASKS_TASK")."""
    FIELD_NAME: TaskItemUserfieldGetfieldsResultFieldName
    """Metadata of FIELD_NAME. Field code, starting with "UF_"."""
    USER_TYPE_ID: TaskItemUserfieldGetfieldsResultUserTypeId
    """Metadata of USER_TYPE_ID. Data type: "string", "double", "datetime" or "boolean"."""
    XML_ID: TaskItemUserfieldGetfieldsResultXmlId
    """Metadata of XML_ID. External ID of the field."""
    SORT: TaskItemUserfieldGetfieldsResultSort
    """Metadata of SORT. Sort order."""
    MULTIPLE: TaskItemUserfieldGetfieldsResultMultiple
    """Metadata of MULTIPLE. "Y" holds several values, "N" one."""
    MANDATORY: TaskItemUserfieldGetfieldsResultMandatory
    """Metadata of MANDATORY. "Y" if a value is required."""
    SHOW_FILTER: TaskItemUserfieldGetfieldsResultShowFilter
    """Metadata of SHOW_FILTER. Whether the field shows in the list filter."""
    SHOW_IN_LIST: TaskItemUserfieldGetfieldsResultShowInList
    """Metadata of SHOW_IN_LIST. Whether the field shows in the list."""
    EDIT_IN_LIST: TaskItemUserfieldGetfieldsResultEditInList
    """Metadata of EDIT_IN_LIST. Whether users may edit the value in the list."""
    IS_SEARCHABLE: TaskItemUserfieldGetfieldsResultIsSearchable
    """Metadata of IS_SEARCHABLE. Whether the value takes part in search."""
    EDIT_FORM_LABEL: TaskItemUserfieldGetfieldsResultEditFormLabel
    """Metadata of EDIT_FORM_LABEL. Label in the edit form, per language."""
    LIST_COLUMN_LABEL: TaskItemUserfieldGetfieldsResultListColumnLabel
    """Metadata of LIST_COLUMN_LABEL. Column header in the list, per language."""
    LIST_FILTER_LABEL: TaskItemUserfieldGetfieldsResultListFilterLabel
    """Metadata of LIST_FILTER_LABEL. Label in the list filter, per language."""
    ERROR_MESSAGE: TaskItemUserfieldGetfieldsResultErrorMessage
    """Metadata of ERROR_MESSAGE. Validation error text, per language."""
    HELP_MESSAGE: TaskItemUserfieldGetfieldsResultHelpMessage
    """Metadata of HELP_MESSAGE. Help text, per language."""
    LIST: TaskItemUserfieldGetfieldsResultList
    """Metadata of LIST. Items of a list-type field."""
    SETTINGS: TaskItemUserfieldGetfieldsResultSettings
    """Metadata of SETTINGS. Type-specific settings; their keys depend on USER_TYPE_ID."""


class TaskItemUserfieldGettypesResult(TypedDict, total=False):
    """Keys of the result of ``task.item.userfield.gettypes``."""

    ID: str
    """Code of the type, such as "string"."""
    title: str
    """Display name of the type."""


class TaskItemUserfieldUpdateDataEditFormLabel(TypedDict, total=False):
    """Keys of ``DATA.EDIT_FORM_LABEL`` in ``task.item.userfield.update``."""

    ru: str
    """Russian label."""
    en: str
    """English label."""


class TaskItemUserfieldUpdateDataSettings(TypedDict, total=False):
    """Keys of ``DATA.SETTINGS`` in ``task.item.userfield.update``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Number of lines in the input box."""


class TaskItemUserfieldUpdateData(TypedDict, total=False):
    """Keys of the ``DATA`` parameter of ``task.item.userfield.update``."""

    XML_ID: str
    """External ID of the field."""
    EDIT_FORM_LABEL: TaskItemUserfieldUpdateDataEditFormLabel
    """Label in the edit form, per language."""
    LABEL: str
    """Name of the field."""
    SORT: int
    """Sort order."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" for several values, "N" for one; ignored for boolean fields."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" if a value is required."""
    SETTINGS: TaskItemUserfieldUpdateDataSettings
    """Type-specific settings."""


class TaskStagesAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``task.stages.add``."""

    TITLE: Required[str]
    """Stage name."""
    COLOR: str
    """Stage colour, RGB hex such as "#FFAAEE"."""
    AFTER_ID: int
    """ID of the stage to insert after; 0 or omitted puts it first."""
    ENTITY_ID: int
    """ID of the workgroup for its Kanban; 0 or omitted for the current user's My Plan."""


class TaskStagesUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``task.stages.update``."""

    TITLE: str
    """Stage name."""
    COLOR: str
    """Stage colour, RGB hex such as "#FFAAEE"."""
    AFTER_ID: int
    """ID of the stage to place it after; 0 puts it first."""
    SORT: int
    """Sort order."""
