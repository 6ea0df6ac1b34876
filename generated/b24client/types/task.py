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
    """Task checklistitem, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/checklist-item/task-checklist-item-get-list.html
    """

    ID: str
    TASK_ID: str
    PARENT_ID: str | int
    CREATED_BY: str
    TITLE: str
    SORT_INDEX: str
    IS_COMPLETE: str
    IS_IMPORTANT: str
    TOGGLED_BY: str | None
    TOGGLED_DATE: str
    MEMBERS: list[Any]
    ATTACHMENTS: dict[str, Any] | list[Any]


class TaskChecklistitemAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.checklistitem.add``."""

    TITLE: Required[str]
    SORT_INDEX: int
    IS_COMPLETE: Literal["Y", "N"]
    IS_IMPORTANT: Literal["Y", "N"]
    MEMBERS: dict[str, Any]
    PARENT_ID: int


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetmanifest(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getmanifest`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    params: list[Any]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.get.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGet(TypedDict, total=False):
    """Keys of ``result.REST: available methods.get`` in ``task.checklistitem.getmanifest``."""

    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsGetParams]
    allowedKeysInReturnValue: list[str]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlistParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlist(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlistParams]
    allowedKeysInReturnValue: list[str]
    collectionInReturnValue: bool


class TaskChecklistitemGetmanifestResultRestAvailableMethodsAddParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.add.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsAdd(TypedDict, total=False):
    """Keys of ``result.REST: available methods.add`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsAddParams]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdateParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdate(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdateParams]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsDeleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str


class TaskChecklistitemGetmanifestResultRestAvailableMethodsDelete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsDeleteParams]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsCompleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.complete.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str


class TaskChecklistitemGetmanifestResultRestAvailableMethodsComplete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.complete`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsCompleteParams]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsRenewParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.renew.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str


class TaskChecklistitemGetmanifestResultRestAvailableMethodsRenew(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.renew`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskChecklistitemGetmanifestResultRestAvailableMethodsRenewParams]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritemParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.moveafteritem.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str


class TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritem(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.moveafteritem`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[
        TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritemParams
    ]


class TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowedParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed.params`` in ``task.checklistitem.getmanifest``."""

    description: str
    type: str


class TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowed(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed`` in ``task.checklistitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[
        TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowedParams
    ]


class TaskChecklistitemGetmanifestResultRestAvailableMethods(TypedDict, total=False):
    """Keys of ``result.REST: available methods`` in ``task.checklistitem.getmanifest``."""

    getmanifest: TaskChecklistitemGetmanifestResultRestAvailableMethodsGetmanifest
    get: TaskChecklistitemGetmanifestResultRestAvailableMethodsGet
    getlist: TaskChecklistitemGetmanifestResultRestAvailableMethodsGetlist
    add: TaskChecklistitemGetmanifestResultRestAvailableMethodsAdd
    update: TaskChecklistitemGetmanifestResultRestAvailableMethodsUpdate
    delete: TaskChecklistitemGetmanifestResultRestAvailableMethodsDelete
    complete: TaskChecklistitemGetmanifestResultRestAvailableMethodsComplete
    renew: TaskChecklistitemGetmanifestResultRestAvailableMethodsRenew
    moveafteritem: TaskChecklistitemGetmanifestResultRestAvailableMethodsMoveafteritem
    isactionallowed: (
        TaskChecklistitemGetmanifestResultRestAvailableMethodsIsactionallowed
    )


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
    SORT_INDEX: int
    IS_COMPLETE: Literal["Y", "N"]
    IS_IMPORTANT: Literal["Y", "N"]
    MEMBERS: dict[str, Any]
    PARENT_ID: int


class TaskCommentitem(TypedDict, total=False):
    """Task commentitem, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/comment-item/task-comment-item-get-list.html
    """

    POST_MESSAGE_HTML: str | None
    ID: str
    AUTHOR_ID: str
    AUTHOR_NAME: str
    AUTHOR_EMAIL: str
    POST_DATE: str
    POST_MESSAGE: str
    ATTACHED_OBJECTS: dict[str, Any]


class TaskCommentitemAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.commentitem.add``."""

    POST_MESSAGE: Required[str]
    AUTHOR_ID: int
    POST_DATE: str


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetmanifest(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getmanifest`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    params: list[Any]


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetlistParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist.params`` in ``task.commentitem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]
    allowedKeyPrefixes: list[str]


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetlist(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsGetlistParams]
    allowedKeysInReturnValue: list[str]
    collectionInReturnValue: bool


class TaskCommentitemGetmanifestResultRestAvailableMethodsGetParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.get.params`` in ``task.commentitem.getmanifest``."""

    description: str
    type: str


class TaskCommentitemGetmanifestResultRestAvailableMethodsGet(TypedDict, total=False):
    """Keys of ``result.REST: available methods.get`` in ``task.commentitem.getmanifest``."""

    mandatoryParamsCount: int
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsGetParams]
    allowedKeysInReturnValue: list[str]


class TaskCommentitemGetmanifestResultRestAvailableMethodsAddParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.add.params`` in ``task.commentitem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskCommentitemGetmanifestResultRestAvailableMethodsAdd(TypedDict, total=False):
    """Keys of ``result.REST: available methods.add`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsAddParams]


class TaskCommentitemGetmanifestResultRestAvailableMethodsUpdateParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update.params`` in ``task.commentitem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskCommentitemGetmanifestResultRestAvailableMethodsUpdate(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsUpdateParams]


class TaskCommentitemGetmanifestResultRestAvailableMethodsDeleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete.params`` in ``task.commentitem.getmanifest``."""

    description: str
    type: str


class TaskCommentitemGetmanifestResultRestAvailableMethodsDelete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskCommentitemGetmanifestResultRestAvailableMethodsDeleteParams]


class TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowedParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed.params`` in ``task.commentitem.getmanifest``."""

    description: str
    type: str


class TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowed(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed`` in ``task.commentitem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[
        TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowedParams
    ]


class TaskCommentitemGetmanifestResultRestAvailableMethods(TypedDict, total=False):
    """Keys of ``result.REST: available methods`` in ``task.commentitem.getmanifest``."""

    getmanifest: TaskCommentitemGetmanifestResultRestAvailableMethodsGetmanifest
    getlist: TaskCommentitemGetmanifestResultRestAvailableMethodsGetlist
    get: TaskCommentitemGetmanifestResultRestAvailableMethodsGet
    add: TaskCommentitemGetmanifestResultRestAvailableMethodsAdd
    update: TaskCommentitemGetmanifestResultRestAvailableMethodsUpdate
    delete: TaskCommentitemGetmanifestResultRestAvailableMethodsDelete
    isactionallowed: TaskCommentitemGetmanifestResultRestAvailableMethodsIsactionallowed


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


class TaskElapseditem(TypedDict, total=False):
    """Task elapseditem, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/elapsed-item/task-elapsed-item-get-list.html
    """

    ID: str
    TASK_ID: str
    USER_ID: str
    COMMENT_TEXT: str
    SECONDS: str
    MINUTES: str
    SOURCE: str
    CREATED_DATE: str
    DATE_START: str
    DATE_STOP: str


class TaskElapseditemAddArfields(TypedDict, total=False):
    """Keys of the ``ARFIELDS`` parameter of ``task.elapseditem.add``."""

    SECONDS: Required[int]
    COMMENT_TEXT: Required[str]
    USER_ID: int


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetmanifest(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getmanifest`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    params: list[Any]


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetlistParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]
    allowedKeyPrefixes: list[str]
    allowedValues: list[str]
    allowedAggregations: list[str]
    allowedValuesInAggregation: list[str]


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetlist(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.getlist`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsGetlistParams]
    allowedKeysInReturnValue: list[str]
    allowedAggregations: list[str]
    collectionInReturnValue: bool


class TaskElapseditemGetmanifestResultRestAvailableMethodsGetParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.get.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    type: str


class TaskElapseditemGetmanifestResultRestAvailableMethodsGet(TypedDict, total=False):
    """Keys of ``result.REST: available methods.get`` in ``task.elapseditem.getmanifest``."""

    mandatoryParamsCount: int
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsGetParams]
    allowedKeysInReturnValue: list[str]


class TaskElapseditemGetmanifestResultRestAvailableMethodsAddParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.add.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskElapseditemGetmanifestResultRestAvailableMethodsAdd(TypedDict, total=False):
    """Keys of ``result.REST: available methods.add`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsAddParams]


class TaskElapseditemGetmanifestResultRestAvailableMethodsUpdateParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    type: str
    allowedKeys: list[str]


class TaskElapseditemGetmanifestResultRestAvailableMethodsUpdate(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.update`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsUpdateParams]


class TaskElapseditemGetmanifestResultRestAvailableMethodsDeleteParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    type: str


class TaskElapseditemGetmanifestResultRestAvailableMethodsDelete(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.delete`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[TaskElapseditemGetmanifestResultRestAvailableMethodsDeleteParams]


class TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowedParams(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed.params`` in ``task.elapseditem.getmanifest``."""

    description: str
    type: str


class TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowed(
    TypedDict, total=False
):
    """Keys of ``result.REST: available methods.isactionallowed`` in ``task.elapseditem.getmanifest``."""

    staticMethod: bool
    mandatoryParamsCount: int
    params: list[
        TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowedParams
    ]


class TaskElapseditemGetmanifestResultRestAvailableMethods(TypedDict, total=False):
    """Keys of ``result.REST: available methods`` in ``task.elapseditem.getmanifest``."""

    getmanifest: TaskElapseditemGetmanifestResultRestAvailableMethodsGetmanifest
    getlist: TaskElapseditemGetmanifestResultRestAvailableMethodsGetlist
    get: TaskElapseditemGetmanifestResultRestAvailableMethodsGet
    add: TaskElapseditemGetmanifestResultRestAvailableMethodsAdd
    update: TaskElapseditemGetmanifestResultRestAvailableMethodsUpdate
    delete: TaskElapseditemGetmanifestResultRestAvailableMethodsDelete
    isactionallowed: TaskElapseditemGetmanifestResultRestAvailableMethodsIsactionallowed


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
    COMMENT_TEXT: Required[str]
    USER_ID: int


class TaskItemUserfieldSettingsDefaultValue(TypedDict, total=False):
    """Keys of ``SETTINGS.DEFAULT_VALUE`` in ``TaskItemUserfield``."""

    TYPE: str
    VALUE: str


class TaskItemUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``TaskItemUserfield``."""

    LEAD: str
    CONTACT: str
    COMPANY: str
    DEAL: str
    IBLOCK_ID: int
    SECTION_ID: int
    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str | int | TaskItemUserfieldSettingsDefaultValue
    PRECISION: int
    MIN_VALUE: int
    MAX_VALUE: int
    USE_SECOND: str
    USE_TIMEZONE: str
    DISPLAY: str
    LABEL: list[str]
    LABEL_CHECKBOX: str


class TaskItemUserfieldEditFormLabel(TypedDict, total=False):
    """Keys of ``EDIT_FORM_LABEL`` in ``TaskItemUserfield``."""

    ar: str
    br: str
    de: str
    en: str
    ru: str


class TaskItemUserfieldListColumnLabel(TypedDict, total=False):
    """Keys of ``LIST_COLUMN_LABEL`` in ``TaskItemUserfield``."""

    ar: str
    br: str


class TaskItemUserfieldListFilterLabel(TypedDict, total=False):
    """Keys of ``LIST_FILTER_LABEL`` in ``TaskItemUserfield``."""

    ar: str
    br: str


class TaskItemUserfieldErrorMessage(TypedDict, total=False):
    """Keys of ``ERROR_MESSAGE`` in ``TaskItemUserfield``."""

    ar: str
    br: str


class TaskItemUserfieldHelpMessage(TypedDict, total=False):
    """Keys of ``HELP_MESSAGE`` in ``TaskItemUserfield``."""

    ar: str
    br: str


class TaskItemUserfield(TypedDict, total=False):
    """Task item userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/user-field/task-item-user-field-get-list.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: str
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: TaskItemUserfieldSettings | list[Any]
    EDIT_FORM_LABEL: TaskItemUserfieldEditFormLabel
    LIST_COLUMN_LABEL: TaskItemUserfieldListColumnLabel
    LIST_FILTER_LABEL: TaskItemUserfieldListFilterLabel
    ERROR_MESSAGE: TaskItemUserfieldErrorMessage
    HELP_MESSAGE: TaskItemUserfieldHelpMessage


class TaskItemUserfieldAddParamsEditFormLabel(TypedDict, total=False):
    """Keys of ``PARAMS.EDIT_FORM_LABEL`` in ``task.item.userfield.add``."""

    ru: str
    en: str


class TaskItemUserfieldAddParamsSettings(TypedDict, total=False):
    """Keys of ``PARAMS.SETTINGS`` in ``task.item.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int


class TaskItemUserfieldAddParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``task.item.userfield.add``."""

    USER_TYPE_ID: Required[Literal["string", "double", "datetime", "boolean"]]
    FIELD_NAME: Required[str]
    XML_ID: str
    EDIT_FORM_LABEL: TaskItemUserfieldAddParamsEditFormLabel
    LABEL: str
    SORT: int
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SETTINGS: TaskItemUserfieldAddParamsSettings


class TaskItemUserfieldGetfieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``task.item.userfield.getfields``."""

    type: str
    title: str
    isReadOnly: bool


class TaskItemUserfieldGetfieldsResultEntityId(TypedDict, total=False):
    """Keys of ``result.ENTITY_ID`` in ``task.item.userfield.getfields``."""

    type: str
    title: str
    isImmutable: bool


class TaskItemUserfieldGetfieldsResultFieldName(TypedDict, total=False):
    """Keys of ``result.FIELD_NAME`` in ``task.item.userfield.getfields``."""

    type: str
    title: str
    isImmutable: bool


class TaskItemUserfieldGetfieldsResultUserTypeId(TypedDict, total=False):
    """Keys of ``result.USER_TYPE_ID`` in ``task.item.userfield.getfields``."""

    type: str
    title: str
    isImmutable: bool


class TaskItemUserfieldGetfieldsResultXmlId(TypedDict, total=False):
    """Keys of ``result.XML_ID`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultSort(TypedDict, total=False):
    """Keys of ``result.SORT`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultMultiple(TypedDict, total=False):
    """Keys of ``result.MULTIPLE`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultMandatory(TypedDict, total=False):
    """Keys of ``result.MANDATORY`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultShowFilter(TypedDict, total=False):
    """Keys of ``result.SHOW_FILTER`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultShowInList(TypedDict, total=False):
    """Keys of ``result.SHOW_IN_LIST`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultEditInList(TypedDict, total=False):
    """Keys of ``result.EDIT_IN_LIST`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultIsSearchable(TypedDict, total=False):
    """Keys of ``result.IS_SEARCHABLE`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultEditFormLabel(TypedDict, total=False):
    """Keys of ``result.EDIT_FORM_LABEL`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultListColumnLabel(TypedDict, total=False):
    """Keys of ``result.LIST_COLUMN_LABEL`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultListFilterLabel(TypedDict, total=False):
    """Keys of ``result.LIST_FILTER_LABEL`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultErrorMessage(TypedDict, total=False):
    """Keys of ``result.ERROR_MESSAGE`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultHelpMessage(TypedDict, total=False):
    """Keys of ``result.HELP_MESSAGE`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResultList(TypedDict, total=False):
    """Keys of ``result.LIST`` in ``task.item.userfield.getfields``."""

    type: str
    title: str
    isMultiple: bool


class TaskItemUserfieldGetfieldsResultSettings(TypedDict, total=False):
    """Keys of ``result.SETTINGS`` in ``task.item.userfield.getfields``."""

    type: str
    title: str


class TaskItemUserfieldGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``task.item.userfield.getfields``."""

    ID: TaskItemUserfieldGetfieldsResultId
    ENTITY_ID: TaskItemUserfieldGetfieldsResultEntityId
    FIELD_NAME: TaskItemUserfieldGetfieldsResultFieldName
    USER_TYPE_ID: TaskItemUserfieldGetfieldsResultUserTypeId
    XML_ID: TaskItemUserfieldGetfieldsResultXmlId
    SORT: TaskItemUserfieldGetfieldsResultSort
    MULTIPLE: TaskItemUserfieldGetfieldsResultMultiple
    MANDATORY: TaskItemUserfieldGetfieldsResultMandatory
    SHOW_FILTER: TaskItemUserfieldGetfieldsResultShowFilter
    SHOW_IN_LIST: TaskItemUserfieldGetfieldsResultShowInList
    EDIT_IN_LIST: TaskItemUserfieldGetfieldsResultEditInList
    IS_SEARCHABLE: TaskItemUserfieldGetfieldsResultIsSearchable
    EDIT_FORM_LABEL: TaskItemUserfieldGetfieldsResultEditFormLabel
    LIST_COLUMN_LABEL: TaskItemUserfieldGetfieldsResultListColumnLabel
    LIST_FILTER_LABEL: TaskItemUserfieldGetfieldsResultListFilterLabel
    ERROR_MESSAGE: TaskItemUserfieldGetfieldsResultErrorMessage
    HELP_MESSAGE: TaskItemUserfieldGetfieldsResultHelpMessage
    LIST: TaskItemUserfieldGetfieldsResultList
    SETTINGS: TaskItemUserfieldGetfieldsResultSettings


class TaskItemUserfieldGettypesResult(TypedDict, total=False):
    """Keys of the result of ``task.item.userfield.gettypes``."""

    ID: str
    title: str


class TaskItemUserfieldUpdateDataEditFormLabel(TypedDict, total=False):
    """Keys of ``DATA.EDIT_FORM_LABEL`` in ``task.item.userfield.update``."""

    ru: str
    en: str


class TaskItemUserfieldUpdateDataSettings(TypedDict, total=False):
    """Keys of ``DATA.SETTINGS`` in ``task.item.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int


class TaskItemUserfieldUpdateData(TypedDict, total=False):
    """Keys of the ``DATA`` parameter of ``task.item.userfield.update``."""

    XML_ID: str
    EDIT_FORM_LABEL: TaskItemUserfieldUpdateDataEditFormLabel
    LABEL: str
    SORT: int
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SETTINGS: TaskItemUserfieldUpdateDataSettings


class TaskStagesAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``task.stages.add``."""

    TITLE: Required[str]
    COLOR: str
    AFTER_ID: int
    ENTITY_ID: int


class TaskStagesUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``task.stages.update``."""

    TITLE: str
    COLOR: str
    AFTER_ID: int
    SORT: int
