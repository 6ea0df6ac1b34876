"""TypedDicts of ``b24client.types.tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "TasksApiScrumBacklog",
    "TasksApiScrumBacklogAddFields",
    "TasksApiScrumBacklogAddResult",
    "TasksApiScrumBacklogGetFieldsResult",
    "TasksApiScrumBacklogGetFieldsResultFields",
    "TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy",
    "TasksApiScrumBacklogGetFieldsResultFieldsGroupId",
    "TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy",
    "TasksApiScrumBacklogUpdateFields",
    "TasksApiScrumBacklogUpdateResult",
    "TasksApiScrumEpicAddFields",
    "TasksApiScrumEpicUpdateFields",
    "TasksApiScrumKanbanAddStageFields",
    "TasksApiScrumKanbanGetFieldsResult",
    "TasksApiScrumKanbanGetFieldsResultFields",
    "TasksApiScrumKanbanGetFieldsResultFieldsColor",
    "TasksApiScrumKanbanGetFieldsResultFieldsName",
    "TasksApiScrumKanbanGetFieldsResultFieldsSort",
    "TasksApiScrumKanbanGetFieldsResultFieldsSprintId",
    "TasksApiScrumKanbanGetFieldsResultFieldsType",
    "TasksApiScrumKanbanGetStagesResult",
    "TasksApiScrumKanbanUpdateStageFields",
    "TasksApiScrumSprint",
    "TasksApiScrumSprintAddFields",
    "TasksApiScrumSprintAddResult",
    "TasksApiScrumSprintCompleteResult",
    "TasksApiScrumSprintGetFieldsResult",
    "TasksApiScrumSprintGetFieldsResultFields",
    "TasksApiScrumSprintGetFieldsResultFieldsCreatedBy",
    "TasksApiScrumSprintGetFieldsResultFieldsDateEnd",
    "TasksApiScrumSprintGetFieldsResultFieldsDateStart",
    "TasksApiScrumSprintGetFieldsResultFieldsGroupId",
    "TasksApiScrumSprintGetFieldsResultFieldsModifiedBy",
    "TasksApiScrumSprintGetFieldsResultFieldsName",
    "TasksApiScrumSprintGetFieldsResultFieldsSort",
    "TasksApiScrumSprintGetFieldsResultFieldsStatus",
    "TasksApiScrumSprintStartResult",
    "TasksApiScrumSprintUpdateFields",
    "TasksApiScrumSprintUpdateResult",
    "TasksApiScrumTask",
    "TasksApiScrumTaskUpdateFields",
    "TasksFlowFlow",
    "TasksFlowFlowCreateFlowData",
    "TasksFlowFlowCreateResult",
    "TasksFlowFlowDeleteFlowData",
    "TasksFlowFlowDeleteResult",
    "TasksFlowFlowIsExistsResult",
    "TasksFlowFlowUpdateFlowData",
    "TasksFlowFlowUpdateResult",
    "TasksTask",
    "TasksTaskAction",
    "TasksTaskAddResult",
    "TasksTaskApproveResult",
    "TasksTaskApproveResultTask",
    "TasksTaskApproveResultTaskAction",
    "TasksTaskApproveResultTaskCheckListTree",
    "TasksTaskApproveResultTaskCheckListTreeFields",
    "TasksTaskApproveResultTaskCreator",
    "TasksTaskApproveResultTaskGroup",
    "TasksTaskApproveResultTaskResponsible",
    "TasksTaskApproveResultTime",
    "TasksTaskCheckListTree",
    "TasksTaskCheckListTreeAction",
    "TasksTaskCheckListTreeFields",
    "TasksTaskCompleteResult",
    "TasksTaskCounter",
    "TasksTaskCounterCounters",
    "TasksTaskCounters",
    "TasksTaskCountersExpired",
    "TasksTaskCountersNewComments",
    "TasksTaskCreator",
    "TasksTaskDeferResult",
    "TasksTaskDeferResultTask",
    "TasksTaskDeferResultTaskAction",
    "TasksTaskDeferResultTaskCheckListTree",
    "TasksTaskDeferResultTaskCheckListTreeFields",
    "TasksTaskDeferResultTaskCreator",
    "TasksTaskDeferResultTaskGroup",
    "TasksTaskDeferResultTaskResponsible",
    "TasksTaskDeferResultTime",
    "TasksTaskDelegateResult",
    "TasksTaskDelegateResultTask",
    "TasksTaskDelegateResultTaskAction",
    "TasksTaskDelegateResultTaskCheckListTree",
    "TasksTaskDelegateResultTaskCheckListTreeFields",
    "TasksTaskDelegateResultTaskCreator",
    "TasksTaskDelegateResultTaskGroup",
    "TasksTaskDelegateResultTaskResponsible",
    "TasksTaskDelegateResultTime",
    "TasksTaskDeleteResult",
    "TasksTaskDisapproveResult",
    "TasksTaskDisapproveResultTask",
    "TasksTaskDisapproveResultTaskAction",
    "TasksTaskDisapproveResultTaskCheckListTree",
    "TasksTaskDisapproveResultTaskCheckListTreeFields",
    "TasksTaskDisapproveResultTaskCreator",
    "TasksTaskDisapproveResultTaskGroup",
    "TasksTaskDisapproveResultTaskResponsible",
    "TasksTaskDisapproveResultTime",
    "TasksTaskFilesAttachResult",
    "TasksTaskGetFieldsResult",
    "TasksTaskGetFieldsResultAction",
    "TasksTaskGetFieldsResultFields",
    "TasksTaskGetFieldsResultFieldsAccomplices",
    "TasksTaskGetFieldsResultFieldsActivityDate",
    "TasksTaskGetFieldsResultFieldsAddInReport",
    "TasksTaskGetFieldsResultFieldsAddInReportValues",
    "TasksTaskGetFieldsResultFieldsAllowChangeDeadline",
    "TasksTaskGetFieldsResultFieldsAllowChangeDeadlineValues",
    "TasksTaskGetFieldsResultFieldsAllowTimeTracking",
    "TasksTaskGetFieldsResultFieldsAllowTimeTrackingValues",
    "TasksTaskGetFieldsResultFieldsAuditors",
    "TasksTaskGetFieldsResultFieldsBacklogId",
    "TasksTaskGetFieldsResultFieldsChangedBy",
    "TasksTaskGetFieldsResultFieldsChangedDate",
    "TasksTaskGetFieldsResultFieldsChecklist",
    "TasksTaskGetFieldsResultFieldsClosedBy",
    "TasksTaskGetFieldsResultFieldsClosedDate",
    "TasksTaskGetFieldsResultFieldsCommentsCount",
    "TasksTaskGetFieldsResultFieldsCreatedBy",
    "TasksTaskGetFieldsResultFieldsCreatedDate",
    "TasksTaskGetFieldsResultFieldsDateStart",
    "TasksTaskGetFieldsResultFieldsDeadline",
    "TasksTaskGetFieldsResultFieldsDescription",
    "TasksTaskGetFieldsResultFieldsDurationFact",
    "TasksTaskGetFieldsResultFieldsDurationPlan",
    "TasksTaskGetFieldsResultFieldsDurationType",
    "TasksTaskGetFieldsResultFieldsEndDatePlan",
    "TasksTaskGetFieldsResultFieldsExchangeId",
    "TasksTaskGetFieldsResultFieldsExchangeModified",
    "TasksTaskGetFieldsResultFieldsFavorite",
    "TasksTaskGetFieldsResultFieldsFavoriteValues",
    "TasksTaskGetFieldsResultFieldsFlowId",
    "TasksTaskGetFieldsResultFieldsForkedByTemplateId",
    "TasksTaskGetFieldsResultFieldsForkedByTemplateIdValues",
    "TasksTaskGetFieldsResultFieldsForumId",
    "TasksTaskGetFieldsResultFieldsForumTopicId",
    "TasksTaskGetFieldsResultFieldsGroupId",
    "TasksTaskGetFieldsResultFieldsGuid",
    "TasksTaskGetFieldsResultFieldsId",
    "TasksTaskGetFieldsResultFieldsIsMuted",
    "TasksTaskGetFieldsResultFieldsIsMutedValues",
    "TasksTaskGetFieldsResultFieldsIsPinned",
    "TasksTaskGetFieldsResultFieldsIsPinnedInGroup",
    "TasksTaskGetFieldsResultFieldsIsPinnedInGroupValues",
    "TasksTaskGetFieldsResultFieldsIsPinnedValues",
    "TasksTaskGetFieldsResultFieldsMark",
    "TasksTaskGetFieldsResultFieldsMarkValues",
    "TasksTaskGetFieldsResultFieldsMatchWorkTime",
    "TasksTaskGetFieldsResultFieldsMultitask",
    "TasksTaskGetFieldsResultFieldsMultitaskValues",
    "TasksTaskGetFieldsResultFieldsNewCommentsCount",
    "TasksTaskGetFieldsResultFieldsNotViewed",
    "TasksTaskGetFieldsResultFieldsNotViewedValues",
    "TasksTaskGetFieldsResultFieldsOutlookVersion",
    "TasksTaskGetFieldsResultFieldsParentId",
    "TasksTaskGetFieldsResultFieldsPriority",
    "TasksTaskGetFieldsResultFieldsReplicate",
    "TasksTaskGetFieldsResultFieldsReplicateValues",
    "TasksTaskGetFieldsResultFieldsResponsibleId",
    "TasksTaskGetFieldsResultFieldsServiceCommentsCount",
    "TasksTaskGetFieldsResultFieldsSiteId",
    "TasksTaskGetFieldsResultFieldsSorting",
    "TasksTaskGetFieldsResultFieldsSprintId",
    "TasksTaskGetFieldsResultFieldsStageId",
    "TasksTaskGetFieldsResultFieldsStartDatePlan",
    "TasksTaskGetFieldsResultFieldsStatus",
    "TasksTaskGetFieldsResultFieldsStatusChangedBy",
    "TasksTaskGetFieldsResultFieldsStatusChangedDate",
    "TasksTaskGetFieldsResultFieldsSubordinate",
    "TasksTaskGetFieldsResultFieldsSubordinateValues",
    "TasksTaskGetFieldsResultFieldsTaskControl",
    "TasksTaskGetFieldsResultFieldsTaskControlValues",
    "TasksTaskGetFieldsResultFieldsTimeEstimate",
    "TasksTaskGetFieldsResultFieldsTimeSpentInLogs",
    "TasksTaskGetFieldsResultFieldsTitle",
    "TasksTaskGetFieldsResultFieldsViewedDate",
    "TasksTaskGetFieldsResultFieldsXmlId",
    "TasksTaskGetResult",
    "TasksTaskGetaccessResult",
    "TasksTaskGroup",
    "TasksTaskHistory",
    "TasksTaskHistoryListResult",
    "TasksTaskHistoryUser",
    "TasksTaskHistoryValue",
    "TasksTaskMuteResult",
    "TasksTaskMuteResultTask",
    "TasksTaskMuteResultTaskAction",
    "TasksTaskMuteResultTaskCheckListTree",
    "TasksTaskMuteResultTaskCheckListTreeFields",
    "TasksTaskMuteResultTaskCreator",
    "TasksTaskMuteResultTaskGroup",
    "TasksTaskMuteResultTaskResponsible",
    "TasksTaskMuteResultTime",
    "TasksTaskPauseResult",
    "TasksTaskPauseResultTask",
    "TasksTaskPauseResultTaskAction",
    "TasksTaskPauseResultTaskCheckListTree",
    "TasksTaskPauseResultTaskCheckListTreeFields",
    "TasksTaskPauseResultTaskCreator",
    "TasksTaskPauseResultTaskGroup",
    "TasksTaskPauseResultTaskResponsible",
    "TasksTaskPauseResultTime",
    "TasksTaskPinResult",
    "TasksTaskRenewResult",
    "TasksTaskRenewResultTask",
    "TasksTaskRenewResultTaskAction",
    "TasksTaskRenewResultTaskCheckListTree",
    "TasksTaskRenewResultTaskCheckListTreeFields",
    "TasksTaskRenewResultTaskCreator",
    "TasksTaskRenewResultTaskGroup",
    "TasksTaskRenewResultTaskResponsible",
    "TasksTaskRenewResultTime",
    "TasksTaskResponsible",
    "TasksTaskResult",
    "TasksTaskResultAddFromCommentResult",
    "TasksTaskStartResult",
    "TasksTaskStartResultTask",
    "TasksTaskStartResultTaskAction",
    "TasksTaskStartResultTaskCheckListTree",
    "TasksTaskStartResultTaskCheckListTreeFields",
    "TasksTaskStartResultTaskCreator",
    "TasksTaskStartResultTaskGroup",
    "TasksTaskStartResultTaskResponsible",
    "TasksTaskStartResultTime",
    "TasksTaskStartwatchResult",
    "TasksTaskStartwatchResultTask",
    "TasksTaskStartwatchResultTaskAction",
    "TasksTaskStartwatchResultTaskCheckListTree",
    "TasksTaskStartwatchResultTaskCheckListTreeFields",
    "TasksTaskStartwatchResultTaskCreator",
    "TasksTaskStartwatchResultTaskGroup",
    "TasksTaskStartwatchResultTaskResponsible",
    "TasksTaskStartwatchResultTime",
    "TasksTaskStopwatchResult",
    "TasksTaskStopwatchResultTask",
    "TasksTaskStopwatchResultTaskAction",
    "TasksTaskStopwatchResultTaskCheckListTree",
    "TasksTaskStopwatchResultTaskCheckListTreeFields",
    "TasksTaskStopwatchResultTaskCreator",
    "TasksTaskStopwatchResultTaskGroup",
    "TasksTaskStopwatchResultTaskResponsible",
    "TasksTaskStopwatchResultTime",
    "TasksTaskUnmuteResult",
    "TasksTaskUnmuteResultTask",
    "TasksTaskUnmuteResultTaskAction",
    "TasksTaskUnmuteResultTaskCheckListTree",
    "TasksTaskUnmuteResultTaskCheckListTreeFields",
    "TasksTaskUnmuteResultTaskCreator",
    "TasksTaskUnmuteResultTaskGroup",
    "TasksTaskUnmuteResultTaskResponsible",
    "TasksTaskUnmuteResultTime",
    "TasksTaskUnpinResult",
    "TasksTaskUpdateResult",
    "TasksTemplate",
    "TasksTemplateChecklist",
    "TasksTemplateChecklistAddAttachmentByContentAttachmentParameters",
    "TasksTemplateChecklistAddAttachmentByContentResult",
    "TasksTemplateChecklistAddAttachmentByContentResultCheckListItem",
    "TasksTemplateChecklistAddAttachmentByContentResultCheckListItemAttachments",
    "TasksTemplateChecklistAddAttachmentsFromDiskResult",
    "TasksTemplateChecklistAddAttachmentsFromDiskResultCheckListItem",
    "TasksTemplateChecklistAddFields",
    "TasksTemplateChecklistAddResult",
    "TasksTemplateChecklistAddResultCheckListItem",
    "TasksTemplateChecklistAddResultCheckListItemAttachments",
    "TasksTemplateChecklistCompleteResult",
    "TasksTemplateChecklistCompleteResultCheckListItem",
    "TasksTemplateChecklistCompleteResultCheckListItemAttachments",
    "TasksTemplateChecklistGetResult",
    "TasksTemplateChecklistMoveAfterResult",
    "TasksTemplateChecklistMoveAfterResultCheckListItem",
    "TasksTemplateChecklistMoveAfterResultCheckListItemAttachments",
    "TasksTemplateChecklistMoveBeforeResult",
    "TasksTemplateChecklistMoveBeforeResultCheckListItem",
    "TasksTemplateChecklistRemoveAttachmentsResult",
    "TasksTemplateChecklistRemoveAttachmentsResultCheckListItem",
    "TasksTemplateChecklistRemoveAttachmentsResultCheckListItemAttachments",
    "TasksTemplateChecklistRenewResult",
    "TasksTemplateChecklistRenewResultCheckListItem",
    "TasksTemplateChecklistRenewResultCheckListItemAttachments",
    "TasksTemplateChecklistUpdateFields",
    "TasksTemplateChecklistUpdateResult",
    "TasksTemplateChecklistUpdateResultCheckListItem",
    "TasksTemplateChecklistUpdateResultCheckListItemAttachments",
    "TasksTemplateFieldsResult",
    "TasksTemplateFieldsResultAccomplices",
    "TasksTemplateFieldsResultAddInReport",
    "TasksTemplateFieldsResultAddInReportValues",
    "TasksTemplateFieldsResultAuditors",
    "TasksTemplateFieldsResultBaseTemplateId",
    "TasksTemplateFieldsResultCreatedBy",
    "TasksTemplateFieldsResultDeadlineAfter",
    "TasksTemplateFieldsResultDependsOn",
    "TasksTemplateFieldsResultDescription",
    "TasksTemplateFieldsResultEndDatePlanAfter",
    "TasksTemplateFieldsResultGroupId",
    "TasksTemplateFieldsResultId",
    "TasksTemplateFieldsResultMultitask",
    "TasksTemplateFieldsResultMultitaskValues",
    "TasksTemplateFieldsResultParentId",
    "TasksTemplateFieldsResultPriority",
    "TasksTemplateFieldsResultReplicate",
    "TasksTemplateFieldsResultReplicateParams",
    "TasksTemplateFieldsResultReplicateValues",
    "TasksTemplateFieldsResultResponsibleId",
    "TasksTemplateFieldsResultResponsibles",
    "TasksTemplateFieldsResultSiteId",
    "TasksTemplateFieldsResultStageId",
    "TasksTemplateFieldsResultStartDatePlanAfter",
    "TasksTemplateFieldsResultStatus",
    "TasksTemplateFieldsResultTaskControl",
    "TasksTemplateFieldsResultTaskControlValues",
    "TasksTemplateFieldsResultTemplateChildrenCount",
    "TasksTemplateFieldsResultTitle",
    "TasksTemplateFieldsResultTparamReplicationCount",
    "TasksTemplateFieldsResultTparamType",
    "TasksTemplateFieldsResultXmlId",
    "TasksTemplateGetParams",
    "V3TasksTask",
    "V3TasksTaskAccess",
    "V3TasksTaskAccessField",
    "V3TasksTaskAddFields",
    "V3TasksTaskAddResult",
    "V3TasksTaskAddResultChangedBy",
    "V3TasksTaskAddResultChangedByImage",
    "V3TasksTaskAddResultChat",
    "V3TasksTaskAddResultClosedBy",
    "V3TasksTaskAddResultClosedByImage",
    "V3TasksTaskAddResultCreator",
    "V3TasksTaskAddResultCreatorImage",
    "V3TasksTaskAddResultElapsedTime",
    "V3TasksTaskAddResultEmail",
    "V3TasksTaskAddResultFlow",
    "V3TasksTaskAddResultForkedByTemplate",
    "V3TasksTaskAddResultForkedByTemplateCreator",
    "V3TasksTaskAddResultForkedByTemplateCreatorImage",
    "V3TasksTaskAddResultForkedByTemplateGroup",
    "V3TasksTaskAddResultForkedByTemplateGroupImage",
    "V3TasksTaskAddResultForkedByTemplateReplicateParams",
    "V3TasksTaskAddResultGroup",
    "V3TasksTaskAddResultGroupImage",
    "V3TasksTaskAddResultResponsible",
    "V3TasksTaskAddResultResponsibleImage",
    "V3TasksTaskAddResultRights",
    "V3TasksTaskAddResultSource",
    "V3TasksTaskAddResultStage",
    "V3TasksTaskAddResultStatusChangedBy",
    "V3TasksTaskAddResultStatusChangedByImage",
    "V3TasksTaskChangedBy",
    "V3TasksTaskChangedByImage",
    "V3TasksTaskChat",
    "V3TasksTaskChatMessageField",
    "V3TasksTaskChatMessageSendFields",
    "V3TasksTaskClosedBy",
    "V3TasksTaskClosedByImage",
    "V3TasksTaskCreator",
    "V3TasksTaskCreatorImage",
    "V3TasksTaskElapsedTime",
    "V3TasksTaskEmail",
    "V3TasksTaskField",
    "V3TasksTaskFileField",
    "V3TasksTaskFlow",
    "V3TasksTaskForkedByTemplate",
    "V3TasksTaskForkedByTemplateCreator",
    "V3TasksTaskForkedByTemplateCreatorImage",
    "V3TasksTaskForkedByTemplateGroup",
    "V3TasksTaskForkedByTemplateGroupImage",
    "V3TasksTaskForkedByTemplateReplicateParams",
    "V3TasksTaskGroup",
    "V3TasksTaskGroupImage",
    "V3TasksTaskResponsible",
    "V3TasksTaskResponsibleImage",
    "V3TasksTaskResult",
    "V3TasksTaskResultAddFields",
    "V3TasksTaskResultAddResult",
    "V3TasksTaskResultAddResultRights",
    "V3TasksTaskResultAddfromchatmessageFields",
    "V3TasksTaskResultAddfromchatmessageResult",
    "V3TasksTaskResultAddfromchatmessageResultRights",
    "V3TasksTaskResultUpdateFields",
    "V3TasksTaskResultUpdateResult",
    "V3TasksTaskResultUpdateResultRights",
    "V3TasksTaskRights",
    "V3TasksTaskSource",
    "V3TasksTaskStage",
    "V3TasksTaskStatusChangedBy",
    "V3TasksTaskStatusChangedByImage",
]


class TasksApiScrumBacklog(TypedDict, total=False):
    """The backlog of a Scrum workgroup.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html
    """

    id: int
    """ID of the backlog."""
    groupId: int
    """ID of the Scrum workgroup the backlog belongs to."""
    createdBy: int
    """ID of the user who created the backlog."""
    modifiedBy: int
    """ID of the user who last changed the backlog."""


class TasksApiScrumBacklogAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.backlog.add``."""

    groupId: Required[int]
    """ID of the Scrum workgroup to create the backlog for."""
    createdBy: int
    """ID of the user the backlog is created on behalf of."""
    modifiedBy: int
    """ID of the user recorded as the last editor."""


class TasksApiScrumBacklogAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.backlog.add``."""

    id: int
    """ID of the backlog."""
    groupId: int
    """ID of the Scrum workgroup the backlog belongs to."""
    createdBy: int
    """ID of the user who created the backlog."""
    modifiedBy: int
    """ID of the user who last changed the backlog."""


class TasksApiScrumBacklogGetFieldsResultFieldsGroupId(TypedDict, total=False):
    """Keys of ``result.fields.groupId`` in ``tasks.api.scrum.backlog.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy(TypedDict, total=False):
    """Keys of ``result.fields.createdBy`` in ``tasks.api.scrum.backlog.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy(TypedDict, total=False):
    """Keys of ``result.fields.modifiedBy`` in ``tasks.api.scrum.backlog.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumBacklogGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.api.scrum.backlog.getFields``."""

    groupId: TasksApiScrumBacklogGetFieldsResultFieldsGroupId
    """The groupId field."""
    createdBy: TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy
    """The createdBy field."""
    modifiedBy: TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy
    """The modifiedBy field."""


class TasksApiScrumBacklogGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.backlog.getFields``."""

    fields: Required[TasksApiScrumBacklogGetFieldsResultFields]
    """Fields of the backlog keyed by name, each with its data type."""


class TasksApiScrumBacklogUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.backlog.update``."""

    groupId: int
    """ID of the Scrum workgroup the backlog belongs to."""
    createdBy: int
    """ID of the user recorded as the creator."""
    modifiedBy: int
    """ID of the user recorded as the last editor."""


class TasksApiScrumBacklogUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.backlog.update``."""

    id: int
    """ID of the backlog."""
    groupId: int
    """ID of the Scrum workgroup the backlog belongs to."""
    createdBy: int
    """ID of the user who created the backlog."""
    modifiedBy: int
    """ID of the user who last changed the backlog."""


class TasksApiScrumEpicAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.epic.add``."""

    name: Required[str]
    """Epic name."""
    description: str
    """Epic description."""
    groupId: Required[int]
    """ID of the Scrum workgroup the epic belongs to."""
    color: str
    """Epic colour, HEX such as "#69dafc"."""
    files: Sequence[str]
    """Files to attach: Drive file IDs, each prefixed with "n"."""
    createdBy: int
    """ID of the user who created the epic."""
    modifiedBy: int
    """ID of the user who last changed the epic."""


class TasksApiScrumEpicUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.epic.update``."""

    name: Required[str]
    """Epic name."""
    description: str
    """Epic description."""
    groupId: int
    """ID of the Scrum workgroup the epic belongs to."""
    color: str
    """Epic colour, HEX such as "#69dafc"."""
    files: Sequence[str]
    """Files to attach: Drive file IDs, each prefixed with "n"."""


class TasksApiScrumKanbanAddStageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.kanban.addStage``."""

    sprintId: Required[int]
    """ID of the sprint whose Kanban holds the stage."""
    name: Required[str]
    """Stage name."""
    type: str
    """Stage type: "NEW", "WORK" or "FINISH"."""
    sort: int
    """Sort order; a multiple of 100."""
    color: str
    """Stage colour."""


class TasksApiScrumKanbanGetFieldsResultFieldsName(TypedDict, total=False):
    """Keys of ``result.fields.name`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumKanbanGetFieldsResultFieldsSort(TypedDict, total=False):
    """Keys of ``result.fields.sort`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumKanbanGetFieldsResultFieldsType(TypedDict, total=False):
    """Keys of ``result.fields.type`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumKanbanGetFieldsResultFieldsSprintId(TypedDict, total=False):
    """Keys of ``result.fields.sprintId`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumKanbanGetFieldsResultFieldsColor(TypedDict, total=False):
    """Keys of ``result.fields.color`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumKanbanGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.api.scrum.kanban.getFields``."""

    name: TasksApiScrumKanbanGetFieldsResultFieldsName
    """The name field."""
    sort: TasksApiScrumKanbanGetFieldsResultFieldsSort
    """The sort field."""
    type: TasksApiScrumKanbanGetFieldsResultFieldsType
    """The type field."""
    sprintId: TasksApiScrumKanbanGetFieldsResultFieldsSprintId
    """The sprintId field."""
    color: TasksApiScrumKanbanGetFieldsResultFieldsColor
    """The color field."""


class TasksApiScrumKanbanGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.kanban.getFields``."""

    fields: Required[TasksApiScrumKanbanGetFieldsResultFields]
    """Fields of the stage keyed by name, each with its data type."""


class TasksApiScrumKanbanGetStagesResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.kanban.getStages``."""

    id: str
    """ID of the stage."""
    name: str
    """Stage name."""
    type: str
    """Stage type: "NEW", "WORK" or "FINISH"."""
    sort: str
    """Sort order; a multiple of 100."""
    color: str
    """Stage colour."""
    sprintId: str
    """ID of the sprint."""


class TasksApiScrumKanbanUpdateStageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.kanban.updateStage``."""

    sprintId: int
    """ID of the sprint whose Kanban holds the stage."""
    name: str
    """Stage name."""
    type: str
    """Stage type: "NEW", "WORK" or "FINISH"."""
    sort: int
    """Sort order; a multiple of 100."""
    color: str
    """Stage colour."""


class TasksApiScrumSprint(TypedDict, total=False):
    """A sprint of a Scrum workgroup.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html
    """

    id: int
    """ID of the sprint."""
    groupId: int
    """ID of the Scrum workgroup the sprint belongs to."""
    entityType: str
    """Kind of entity; "sprint" here."""
    name: str
    """Sprint name."""
    goal: str
    """Sprint goal; can only be set in the interface when the sprint starts."""
    sort: int
    """Sort order."""
    createdBy: int
    """ID of the user who created the sprint."""
    modifiedBy: int
    """ID of the user who last changed the sprint."""
    dateStart: str
    """Sprint start date, ISO 8601."""
    dateEnd: str
    """Sprint end date, ISO 8601."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""


class TasksApiScrumSprintAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.sprint.add``."""

    groupId: Required[int]
    """ID of the Scrum workgroup the sprint belongs to."""
    name: Required[str]
    """Sprint name."""
    sort: int
    """Sort order."""
    dateStart: str
    """Start date, ISO 8601 or Unix timestamp."""
    dateEnd: str
    """End date, ISO 8601 or Unix timestamp."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""
    createdBy: int
    """ID of the user the sprint is created on behalf of."""


class TasksApiScrumSprintAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.add``."""

    id: int
    """ID of the sprint."""
    groupId: int
    """ID of the Scrum workgroup the sprint belongs to."""
    entityType: str
    """Kind of entity; "sprint" here."""
    name: str
    """Sprint name."""
    goal: str
    """Sprint goal; can only be set in the interface when the sprint starts."""
    sort: int
    """Sort order."""
    createdBy: int
    """ID of the user who created the sprint."""
    modifiedBy: int
    """ID of the user who last changed the sprint."""
    dateStart: str
    """Sprint start date, ISO 8601."""
    dateEnd: str
    """Sprint end date, ISO 8601."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""


class TasksApiScrumSprintCompleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.complete``."""

    id: int
    """ID of the Scrum workgroup whose active sprint to close."""
    groupId: int
    """ID of the Scrum workgroup the sprint belongs to."""
    entityType: str
    """Kind of entity; "sprint" here."""
    name: str
    """Sprint name."""
    goal: str
    """Sprint goal; can only be set in the interface when the sprint starts."""
    sort: int
    """Sort order."""
    createdBy: int
    """ID of the user who created the sprint."""
    modifiedBy: int
    """ID of the user who last changed the sprint."""
    dateStart: str
    """Sprint start date, ISO 8601."""
    dateEnd: str
    """Sprint end date, ISO 8601."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""


class TasksApiScrumSprintGetFieldsResultFieldsGroupId(TypedDict, total=False):
    """Keys of ``result.fields.groupId`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsName(TypedDict, total=False):
    """Keys of ``result.fields.name`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsSort(TypedDict, total=False):
    """Keys of ``result.fields.sort`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsCreatedBy(TypedDict, total=False):
    """Keys of ``result.fields.createdBy`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsModifiedBy(TypedDict, total=False):
    """Keys of ``result.fields.modifiedBy`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsDateStart(TypedDict, total=False):
    """Keys of ``result.fields.dateStart`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsDateEnd(TypedDict, total=False):
    """Keys of ``result.fields.dateEnd`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFieldsStatus(TypedDict, total=False):
    """Keys of ``result.fields.status`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str
    """Data type of the field."""


class TasksApiScrumSprintGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.api.scrum.sprint.getFields``."""

    groupId: TasksApiScrumSprintGetFieldsResultFieldsGroupId
    """The groupId field."""
    name: TasksApiScrumSprintGetFieldsResultFieldsName
    """The name field."""
    sort: TasksApiScrumSprintGetFieldsResultFieldsSort
    """The sort field."""
    createdBy: TasksApiScrumSprintGetFieldsResultFieldsCreatedBy
    """The createdBy field."""
    modifiedBy: TasksApiScrumSprintGetFieldsResultFieldsModifiedBy
    """The modifiedBy field."""
    dateStart: TasksApiScrumSprintGetFieldsResultFieldsDateStart
    """The dateStart field."""
    dateEnd: TasksApiScrumSprintGetFieldsResultFieldsDateEnd
    """The dateEnd field."""
    status: TasksApiScrumSprintGetFieldsResultFieldsStatus
    """The status field."""


class TasksApiScrumSprintGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.getFields``."""

    fields: Required[TasksApiScrumSprintGetFieldsResultFields]
    """Fields of the sprint keyed by name, each with its data type."""


class TasksApiScrumSprintStartResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.start``."""

    id: int
    """ID of the sprint."""
    groupId: int
    """ID of the Scrum workgroup the sprint belongs to."""
    entityType: str
    """Kind of entity; "sprint" here."""
    name: str
    """Sprint name."""
    goal: str
    """Sprint goal; can only be set in the interface when the sprint starts."""
    sort: int
    """Sort order."""
    createdBy: int
    """ID of the user who created the sprint."""
    modifiedBy: int
    """ID of the user who last changed the sprint."""
    dateStart: str
    """Sprint start date, ISO 8601."""
    dateEnd: str
    """Sprint end date, ISO 8601."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""


class TasksApiScrumSprintUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.sprint.update``."""

    groupId: int
    """ID of the Scrum workgroup the sprint belongs to."""
    name: str
    """Sprint name."""
    sort: int
    """Sort order."""
    dateStart: str
    """Start date, ISO 8601 or Unix timestamp."""
    dateEnd: str
    """End date, ISO 8601 or Unix timestamp."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""


class TasksApiScrumSprintUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.update``."""

    id: int
    """ID of the sprint."""
    groupId: int
    """ID of the Scrum workgroup the sprint belongs to."""
    entityType: str
    """Kind of entity; "sprint" here."""
    name: str
    """Sprint name."""
    goal: str
    """Sprint goal; can only be set in the interface when the sprint starts."""
    sort: int
    """Sort order."""
    createdBy: int
    """ID of the user who created the sprint."""
    modifiedBy: int
    """ID of the user who last changed the sprint."""
    dateStart: str
    """Sprint start date, ISO 8601."""
    dateEnd: str
    """Sprint end date, ISO 8601."""
    status: str
    """Sprint status: "active", "planned" or "completed"."""


class TasksApiScrumTask(TypedDict, total=False):
    """Scrum data of a task.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html
    """

    entityId: int
    """ID of the backlog or sprint holding the task."""
    storyPoints: str
    """Story points, a relative size estimate; a string, since it need not be a number."""
    epicId: int
    """ID of the epic."""
    sort: int
    """Sort order."""
    createdBy: int
    """ID of the user who created the task."""
    modifiedBy: int
    """ID of the user who last changed the task."""


class TasksApiScrumTaskUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.task.update``."""

    entityId: int
    """ID of the backlog or sprint; the Scrum backlog when omitted."""
    storyPoints: str
    """Story points, a relative size estimate; a string, since it need not be a number."""
    epicId: int
    """ID of the epic."""
    sort: int
    """Sort order."""


class TasksFlowFlow(TypedDict, total=False):
    """A flow: a queue that hands incoming tasks to a team.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-get.html
    """

    id: int
    """ID of the flow."""
    creatorId: int
    """ID of the user who created the flow; read-only."""
    ownerId: int
    """ID of the flow administrator; the creator when omitted."""
    groupId: int
    """ID of the workgroup the flow is bound to; a new group is created when omitted."""
    templateId: int
    """ID of the task template used for tasks added to the flow."""
    efficiency: int
    """Flow efficiency, in percent; read-only."""
    active: bool
    """Whether the flow is switched on."""
    plannedCompletionTime: int
    """Planned time to complete a task, in seconds."""
    activity: str
    """Time of the latest activity in the flow; read-only."""
    name: str
    """Flow name; must be unique (check it with tasks.flow.Flow.isExists)."""
    description: str
    """Flow description."""
    distributionType: str
    """How tasks are assigned: "manually", "queue" or "himself" (members pick tasks)."""
    responsibleList: list[Any]
    """Who receives tasks: the moderator for manual assignment, or users/departments for queue and self-assignment, such as [["user","3"],["department","17:F"]]; a department without ":F" includes its subdepartments."""
    demo: bool
    """Whether this is a demo flow; system value, read-only."""
    responsibleCanChangeDeadline: bool
    """Whether the assignee may move the deadline (1/0 on input; default 0)."""
    matchWorkTime: bool
    """Whether weekends and holidays are skipped when the deadline is computed (1/0 on input; default 1)."""
    taskControl: bool
    """Whether finished tasks go to the creator for review (1/0 on input; default 0)."""
    notifyAtHalfTime: bool
    """Whether the assignee is reminded at half the task time (1/0 on input; default 0)."""
    notifyOnQueueOverflow: int
    """Notify the administrator when the queue holds more tasks than this; null turns it off."""
    notifyOnTasksInProgressOverflow: int
    """Notify the administrator when more tasks than this are in progress; null turns it off."""
    notifyWhenEfficiencyDecreases: int | None
    """Notify the administrator when efficiency falls below this percentage; null turns it off."""
    taskCreators: list[list[str]]
    """Who may add tasks to the flow, as type/ID pairs such as ["user","3"] or ["department","17:F"]; ["meta-user","all-users"] lets everyone."""
    team: list[list[str]]
    """Flow team: for manual assignment all project members except the moderator, otherwise the same as responsibleList."""
    trialFeatureEnabled: bool
    """Whether the trial period is on for the flow; system value, read-only."""


class TasksFlowFlowCreateFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.create``."""

    name: Required[str]
    """Flow name; must be unique (check it with tasks.flow.Flow.isExists)."""
    description: str
    """Flow description."""
    groupId: int
    """ID of the workgroup the flow is bound to; a new group is created when omitted."""
    ownerId: int
    """ID of the flow administrator; the creator when omitted."""
    templateId: int
    """ID of the task template used for tasks added to the flow."""
    plannedCompletionTime: Required[int]
    """Planned time to complete a task, in seconds."""
    distributionType: Required[str]
    """How tasks are assigned: "manually", "queue" or "himself" (members pick tasks)."""
    responsibleList: Required[Sequence[Sequence[str]]]
    """Who receives tasks: the moderator for manual assignment, or users/departments for queue and self-assignment, such as [["user","3"],["department","17:F"]]; a department without ":F" includes its subdepartments."""
    taskCreators: Sequence[Sequence[str]]
    """Who may add tasks to the flow, as type/ID pairs such as ["user","3"] or ["department","17:F"]; ["meta-user","all-users"] lets everyone."""
    matchWorkTime: int
    """Whether weekends and holidays are skipped when the deadline is computed (1/0 on input; default 1)."""
    responsibleCanChangeDeadline: int
    """Whether the assignee may move the deadline (1/0 on input; default 0)."""
    notifyAtHalfTime: int
    """Whether the assignee is reminded at half the task time (1/0 on input; default 0)."""
    taskControl: int
    """Whether finished tasks go to the creator for review (1/0 on input; default 0)."""
    notifyOnQueueOverflow: int
    """Notify the administrator when the queue holds more tasks than this; null turns it off."""
    notifyOnTasksInProgressOverflow: int
    """Notify the administrator when more tasks than this are in progress; null turns it off."""
    notifyWhenEfficiencyDecreases: int
    """Notify the administrator when efficiency falls below this percentage; null turns it off."""


class TasksFlowFlowCreateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.create``."""

    id: int
    """ID of the flow."""
    creatorId: int
    """ID of the user who created the flow; read-only."""
    ownerId: int
    """ID of the flow administrator; the creator when omitted."""
    groupId: int
    """ID of the workgroup the flow is bound to; a new group is created when omitted."""
    templateId: int
    """ID of the task template used for tasks added to the flow."""
    efficiency: int
    """Flow efficiency, in percent; read-only."""
    active: bool
    """Whether the flow is switched on."""
    plannedCompletionTime: int
    """Planned time to complete a task, in seconds."""
    activity: str
    """Time of the latest activity in the flow; read-only."""
    name: str
    """Flow name; must be unique (check it with tasks.flow.Flow.isExists)."""
    description: str
    """Flow description."""
    distributionType: str
    """How tasks are assigned: "manually", "queue" or "himself" (members pick tasks)."""
    responsibleList: list[Any]
    """Who receives tasks: the moderator for manual assignment, or users/departments for queue and self-assignment, such as [["user","3"],["department","17:F"]]; a department without ":F" includes its subdepartments."""
    demo: bool
    """Whether this is a demo flow; system value, read-only."""
    responsibleCanChangeDeadline: bool
    """Whether the assignee may move the deadline (1/0 on input; default 0)."""
    matchWorkTime: bool
    """Whether weekends and holidays are skipped when the deadline is computed (1/0 on input; default 1)."""
    taskControl: bool
    """Whether finished tasks go to the creator for review (1/0 on input; default 0)."""
    notifyAtHalfTime: bool
    """Whether the assignee is reminded at half the task time (1/0 on input; default 0)."""
    notifyOnQueueOverflow: int
    """Notify the administrator when the queue holds more tasks than this; null turns it off."""
    notifyOnTasksInProgressOverflow: int
    """Notify the administrator when more tasks than this are in progress; null turns it off."""
    notifyWhenEfficiencyDecreases: int | None
    """Notify the administrator when efficiency falls below this percentage; null turns it off."""
    taskCreators: list[list[str]]
    """Who may add tasks to the flow, as type/ID pairs such as ["user","3"] or ["department","17:F"]; ["meta-user","all-users"] lets everyone."""
    team: list[list[str]]
    """Flow team: for manual assignment all project members except the moderator, otherwise the same as responsibleList."""
    trialFeatureEnabled: bool
    """Whether the trial period is on for the flow; system value, read-only."""


class TasksFlowFlowDeleteFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.delete``."""

    id: Required[int]
    """ID of the flow to delete."""


class TasksFlowFlowDeleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.delete``."""

    deleted: Required[bool]
    """Whether the flow was deleted."""


class TasksFlowFlowIsExistsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.isExists``."""

    exists: Required[bool]
    """Whether a flow with that name exists."""


class TasksFlowFlowUpdateFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.update``."""

    id: Required[int]
    """ID of the flow to change."""
    name: str
    """Flow name; must be unique (check it with tasks.flow.Flow.isExists)."""
    description: str
    """Flow description."""
    groupId: int
    """ID of the workgroup the flow is bound to; a new group is created when omitted."""
    ownerId: int
    """ID of the flow administrator; the creator when omitted."""
    templateId: int
    """ID of the task template used for tasks added to the flow."""
    plannedCompletionTime: Required[int]
    """Planned time to complete a task, in seconds."""
    distributionType: Required[str]
    """How tasks are assigned: "manually", "queue" or "himself" (members pick tasks)."""
    responsibleList: Required[Sequence[Sequence[str]]]
    """Who receives tasks: the moderator for manual assignment, or users/departments for queue and self-assignment, such as [["user","3"],["department","17:F"]]; a department without ":F" includes its subdepartments."""
    taskCreators: Sequence[Sequence[str]]
    """Who may add tasks to the flow, as type/ID pairs such as ["user","3"] or ["department","17:F"]; ["meta-user","all-users"] lets everyone."""
    matchWorkTime: int
    """Whether weekends and holidays are skipped when the deadline is computed (1/0 on input; default 1)."""
    responsibleCanChangeDeadline: int
    """Whether the assignee may move the deadline (1/0 on input; default 0)."""
    notifyAtHalfTime: int
    """Whether the assignee is reminded at half the task time (1/0 on input; default 0)."""
    taskControl: int
    """Whether finished tasks go to the creator for review (1/0 on input; default 0)."""
    notifyOnQueueOverflow: int
    """Notify the administrator when the queue holds more tasks than this; null turns it off."""
    notifyOnTasksInProgressOverflow: int
    """Notify the administrator when more tasks than this are in progress; 50 by default, null turns it off."""
    notifyWhenEfficiencyDecreases: int
    """Notify the administrator when efficiency falls below this percentage; null turns it off."""


class TasksFlowFlowUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.update``."""

    id: int
    """ID of the flow."""
    creatorId: int
    """ID of the user who created the flow; read-only."""
    ownerId: int
    """ID of the flow administrator; the creator when omitted."""
    groupId: int
    """ID of the workgroup the flow is bound to; a new group is created when omitted."""
    templateId: int
    """ID of the task template used for tasks added to the flow."""
    efficiency: int
    """Flow efficiency, in percent; read-only."""
    active: bool
    """Whether the flow is switched on."""
    plannedCompletionTime: int
    """Planned time to complete a task, in seconds."""
    activity: str
    """Time of the latest activity in the flow; read-only."""
    name: str
    """Flow name; must be unique (check it with tasks.flow.Flow.isExists)."""
    description: str
    """Flow description."""
    distributionType: str
    """How tasks are assigned: "manually", "queue" or "himself" (members pick tasks)."""
    responsibleList: list[Any]
    """Who receives tasks: the moderator for manual assignment, or users/departments for queue and self-assignment, such as [["user","3"],["department","17:F"]]; a department without ":F" includes its subdepartments."""
    demo: bool
    """Whether this is a demo flow; system value, read-only."""
    responsibleCanChangeDeadline: bool
    """Whether the assignee may move the deadline (1/0 on input; default 0)."""
    matchWorkTime: bool
    """Whether weekends and holidays are skipped when the deadline is computed (1/0 on input; default 1)."""
    taskControl: bool
    """Whether finished tasks go to the creator for review (1/0 on input; default 0)."""
    notifyAtHalfTime: bool
    """Whether the assignee is reminded at half the task time (1/0 on input; default 0)."""
    notifyOnQueueOverflow: int
    """Notify the administrator when the queue holds more tasks than this; null turns it off."""
    notifyOnTasksInProgressOverflow: int
    """Notify the administrator when more tasks than this are in progress; null turns it off."""
    notifyWhenEfficiencyDecreases: int | None
    """Notify the administrator when efficiency falls below this percentage; null turns it off."""
    taskCreators: list[list[str]]
    """Who may add tasks to the flow, as type/ID pairs such as ["user","3"] or ["department","17:F"]; ["meta-user","all-users"] lets everyone."""
    team: list[list[str]]
    """Flow team: for manual assignment all project members except the moderator, otherwise the same as responsibleList."""
    trialFeatureEnabled: bool
    """Whether the trial period is on for the flow; system value, read-only."""


class TasksTaskGroup(TypedDict, total=False):
    """Keys of ``group`` in ``TasksTask``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool | str
    """Whether the workgroup is open for anyone to join."""
    membersCount: int | str
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any] | dict[str, Any]
    """Extra data about the workgroup."""


class TasksTaskCreator(TypedDict, total=False):
    """Keys of ``creator`` in ``TasksTask``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str | None
    """Job title of the user."""


class TasksTaskResponsible(TypedDict, total=False):
    """Keys of ``responsible`` in ``TasksTask``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str | None
    """Job title of the user."""


TasksTaskAction = TypedDict(
    "TasksTaskAction",
    {
        "accept": bool | str,
        "decline": bool | str,
        "complete": bool | str,
        "approve": bool | str,
        "disapprove": bool | str,
        "start": bool | str,
        "pause": bool | str,
        "delegate": bool | str,
        "remove": bool | str,
        "edit": bool | str,
        "defer": bool | str,
        "renew": bool | str,
        "create": bool | str,
        "changeDeadline": bool | str,
        "checklistAddItems": bool | str,
        "addFavorite": bool | str,
        "deleteFavorite": bool | str,
        "rate": bool | str,
        "take": bool | str,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``checkListTree.fields`` in ``TasksTask``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int | str
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool | str
    """Whether the item is done."""
    isImportant: bool | str
    """Whether the item is marked important."""
    completedCount: int | str
    """Number of completed sub-items."""
    members: list[Any] | dict[str, Any]
    """Users assigned to the item."""
    attachments: list[Any] | dict[str, Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskCheckListTreeAction(TypedDict, total=False):
    """Keys of ``checkListTree.action`` in ``TasksTask``."""

    accept: bool | str
    """Obsolete: accepting a task is no longer used."""
    decline: bool | str
    """Obsolete: declining a task is no longer used."""
    complete: bool | str
    """Whether the user can complete the task."""
    approve: bool | str
    """Whether the user can accept the finished work (when task control is on)."""
    disapprove: bool | str
    """Whether the user can send the work back for rework (when task control is on)."""
    start: bool | str
    """Whether the user can start work on the task."""
    pause: bool | str
    """Whether the user can pause work on the task."""
    delegate: bool | str
    """Whether the user can delegate the task."""
    remove: bool | str
    """Whether the user can delete the task."""
    edit: bool | str
    """Whether the user can edit the task."""
    defer: bool | str
    """Whether the user can defer the task."""
    renew: bool | str
    """Whether the user can resume a completed or deferred task."""
    create: bool | str
    """Whether the user can create related tasks."""
    changeDeadline: bool | str
    """Whether the user can change the deadline."""
    checklistAddItems: bool | str
    """Whether the user can add checklist items."""
    addFavorite: bool | str
    """Whether the user can add the task to favorites."""
    deleteFavorite: bool | str
    """Whether the user can remove the task from favorites."""
    rate: bool | str
    """Whether the user can rate the task."""
    take: bool | str
    """Whether the user can take the task on."""


class TasksTaskCheckListTree(TypedDict, total=False):
    """Keys of ``checkListTree`` in ``TasksTask``."""

    nodeId: int | str
    """ID of the root node of the checklist tree."""
    fields: TasksTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any] | TasksTaskCheckListTreeAction
    """Actions available on the node."""
    descendants: list[Any] | dict[str, Any]
    """Child nodes of this node."""


class TasksTaskCounterCounters(TypedDict, total=False):
    """Keys of ``counter.counters`` in ``TasksTask``."""

    expired: int
    """Overdue count."""
    newComments: int
    """Unread comments count."""
    projectExpired: int
    """Overdue count within the project."""
    projectNewComments: int
    """Unread comments count within the project."""
    mutedExpired: int
    """Overdue count for a muted task."""
    mutedNewComments: int
    """Unread comments count for a muted task."""


class TasksTaskCounter(TypedDict, total=False):
    """Keys of ``counter`` in ``TasksTask``."""

    counters: TasksTaskCounterCounters
    """Counts behind the task counter."""
    color: str
    """Colour of the counter badge, such as "gray"."""
    value: int
    """Number shown on the counter badge."""


class TasksTask(TypedDict, total=False):
    """A task as tasks.task.* methods return it (camelCase keys).

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html
    """

    id: str
    """ID of the task."""
    parentId: str | None
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int | str
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str | None
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str | None
    """ID of the user who last changed the task status."""
    closedBy: str | None
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str | None
    """When work on the task actually started."""
    deadline: str | None
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str | None
    """Number of comments in the task."""
    serviceCommentsCount: str | None
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str | None
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str | None
    """ID of the forum topic that stores the task comments."""
    forumId: str | None
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str | None
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str | None
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str | None
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any] | dict[str, Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any] | dict[str, Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any] | list[Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskGroup | list[Any]
    """Short card of the task workgroup."""
    creator: TasksTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: list[Any] | dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any] | list[Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int | str
    """Number of comments the current user has not read yet."""
    action: TasksTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool | str
    """Whether the current user can add checklist items."""
    lengthDeadline: str
    """Deadline length value reported with the task."""
    taskRequireResult: str
    """\"Y" if the task cannot be completed without a result (returned with WITH_RESULT_INFO)."""
    taskHasOpenResult: str
    """\"Y" if the task has a result that is still open (returned with WITH_RESULT_INFO)."""
    taskHasResult: str
    """\"Y" if a result has been recorded in the task (returned with WITH_RESULT_INFO)."""
    timeElapsed: Any
    """Time spent according to the timer, or null (returned with WITH_TIMER_INFO)."""
    timerIsRunningForCurrentUser: str
    """\"Y" if the current user has the timer running on this task (returned with WITH_TIMER_INFO)."""
    parsedDescription: str
    """Description with formatting turned into markup (returned with WITH_PARSED_DESCRIPTION)."""
    counter: TasksTaskCounter
    """Task counters for the current user and the colour they show in."""
    tags: dict[str, Any]
    """Tags of the task."""
    subStatus: str
    """Sorting status: the real status, or a meta status "-1" overdue, "-2" not viewed, "-3" almost overdue."""


class TasksTaskAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.add``."""

    task: Required[TasksTask]
    """The created task."""


class TasksTaskApproveResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.approve``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskApproveResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.approve``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskApproveResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.approve``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskApproveResultTaskAction = TypedDict(
    "TasksTaskApproveResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskApproveResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.approve``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskApproveResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.approve``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskApproveResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskApproveResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.approve``."""

    id: str
    """ID of the task."""
    parentId: str | None
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskApproveResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskApproveResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskApproveResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: list[Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskApproveResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskApproveResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskApproveResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.approve``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskApproveResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.approve``."""

    task: TasksTaskApproveResultTask
    """The task as it is after the change."""
    time: TasksTaskApproveResultTime
    """Timing of the request on the server."""


class TasksTaskCompleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.complete``."""

    task: Required[TasksTask]
    """The task as it is after the change."""


class TasksTaskCountersExpired(TypedDict, total=False):
    """Keys of ``expired`` in ``TasksTaskCounters``."""

    counter: int
    """Number of overdue tasks."""
    code: int
    """Internal code of the counter."""


class TasksTaskCountersNewComments(TypedDict, total=False):
    """Keys of ``new_comments`` in ``TasksTaskCounters``."""

    counter: int
    """Number of unread comments."""
    code: int
    """Internal code of the counter."""


class TasksTaskCounters(TypedDict, total=False):
    """Task counters of a user, keyed by counter name.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-counters-get.html
    """

    expired: TasksTaskCountersExpired
    """Overdue tasks."""
    new_comments: TasksTaskCountersNewComments
    """Unread comments."""


class TasksTaskDeferResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.defer``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskDeferResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.defer``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskDeferResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.defer``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskDeferResultTaskAction = TypedDict(
    "TasksTaskDeferResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskDeferResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.defer``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskDeferResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.defer``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskDeferResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskDeferResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.defer``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskDeferResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskDeferResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskDeferResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskDeferResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskDeferResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskDeferResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.defer``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskDeferResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.defer``."""

    task: TasksTaskDeferResultTask
    """The task as it is after the change."""
    time: TasksTaskDeferResultTime
    """Timing of the request on the server."""


class TasksTaskDelegateResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.delegate``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskDelegateResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.delegate``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskDelegateResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.delegate``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskDelegateResultTaskAction = TypedDict(
    "TasksTaskDelegateResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskDelegateResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.delegate``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskDelegateResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.delegate``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskDelegateResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskDelegateResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.delegate``."""

    id: str
    """ID of the task."""
    parentId: str | None
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskDelegateResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskDelegateResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskDelegateResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskDelegateResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskDelegateResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskDelegateResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.delegate``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskDelegateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.delegate``."""

    task: TasksTaskDelegateResultTask
    """The task as it is after the change."""
    time: TasksTaskDelegateResultTime
    """Timing of the request on the server."""


class TasksTaskDeleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.delete``."""

    task: Required[bool]
    """true when the task was deleted."""


class TasksTaskDisapproveResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.disapprove``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskDisapproveResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.disapprove``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskDisapproveResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.disapprove``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskDisapproveResultTaskAction = TypedDict(
    "TasksTaskDisapproveResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskDisapproveResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.disapprove``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskDisapproveResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.disapprove``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskDisapproveResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskDisapproveResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.disapprove``."""

    id: str
    """ID of the task."""
    parentId: str | None
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskDisapproveResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskDisapproveResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskDisapproveResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: list[Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskDisapproveResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskDisapproveResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskDisapproveResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.disapprove``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskDisapproveResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.disapprove``."""

    task: TasksTaskDisapproveResultTask
    """The task as it is after the change."""
    time: TasksTaskDisapproveResultTime
    """Timing of the request on the server."""


class TasksTaskFilesAttachResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.files.attach``."""

    attachmentId: Required[int]
    """ID of the attachment; read the file data with disk.attachedObject.get."""


class TasksTaskGetFieldsResultFieldsId(TypedDict, total=False):
    """Keys of ``result.fields.ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    primary: bool
    """true for the primary key."""


class TasksTaskGetFieldsResultFieldsParentId(TypedDict, total=False):
    """Keys of ``result.fields.PARENT_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsTitle(TypedDict, total=False):
    """Keys of ``result.fields.TITLE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field must be filled."""


class TasksTaskGetFieldsResultFieldsDescription(TypedDict, total=False):
    """Keys of ``result.fields.DESCRIPTION`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsMarkValues(TypedDict, total=False):
    """Keys of ``result.fields.MARK.values`` in ``tasks.task.getFields``."""

    N: str
    """Display name of the value "N"."""
    P: str
    """Display name of the value "P"."""


class TasksTaskGetFieldsResultFieldsMark(TypedDict, total=False):
    """Keys of ``result.fields.MARK`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsMarkValues
    """Allowed values mapped to their display names."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsPriority(TypedDict, total=False):
    """Keys of ``result.fields.PRIORITY`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: dict[str, Any]
    """Allowed values mapped to their display names."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsStatus(TypedDict, total=False):
    """Keys of ``result.fields.STATUS`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: dict[str, Any]
    """Allowed values mapped to their display names."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsMultitaskValues(TypedDict, total=False):
    """Keys of ``result.fields.MULTITASK.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsMultitask(TypedDict, total=False):
    """Keys of ``result.fields.MULTITASK`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsMultitaskValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsNotViewedValues(TypedDict, total=False):
    """Keys of ``result.fields.NOT_VIEWED.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsNotViewed(TypedDict, total=False):
    """Keys of ``result.fields.NOT_VIEWED`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsNotViewedValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsReplicateValues(TypedDict, total=False):
    """Keys of ``result.fields.REPLICATE.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsReplicate(TypedDict, total=False):
    """Keys of ``result.fields.REPLICATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsReplicateValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsGroupId(TypedDict, total=False):
    """Keys of ``result.fields.GROUP_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsStageId(TypedDict, total=False):
    """Keys of ``result.fields.STAGE_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsSprintId(TypedDict, total=False):
    """Keys of ``result.fields.SPRINT_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsBacklogId(TypedDict, total=False):
    """Keys of ``result.fields.BACKLOG_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsCreatedBy(TypedDict, total=False):
    """Keys of ``result.fields.CREATED_BY`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field must be filled."""


class TasksTaskGetFieldsResultFieldsCreatedDate(TypedDict, total=False):
    """Keys of ``result.fields.CREATED_DATE`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsResponsibleId(TypedDict, total=False):
    """Keys of ``result.fields.RESPONSIBLE_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field must be filled."""


class TasksTaskGetFieldsResultFieldsAccomplices(TypedDict, total=False):
    """Keys of ``result.fields.ACCOMPLICES`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsAuditors(TypedDict, total=False):
    """Keys of ``result.fields.AUDITORS`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsChangedBy(TypedDict, total=False):
    """Keys of ``result.fields.CHANGED_BY`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsChangedDate(TypedDict, total=False):
    """Keys of ``result.fields.CHANGED_DATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsStatusChangedBy(TypedDict, total=False):
    """Keys of ``result.fields.STATUS_CHANGED_BY`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsStatusChangedDate(TypedDict, total=False):
    """Keys of ``result.fields.STATUS_CHANGED_DATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsClosedBy(TypedDict, total=False):
    """Keys of ``result.fields.CLOSED_BY`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsClosedDate(TypedDict, total=False):
    """Keys of ``result.fields.CLOSED_DATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsActivityDate(TypedDict, total=False):
    """Keys of ``result.fields.ACTIVITY_DATE`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsDateStart(TypedDict, total=False):
    """Keys of ``result.fields.DATE_START`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsDeadline(TypedDict, total=False):
    """Keys of ``result.fields.DEADLINE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsStartDatePlan(TypedDict, total=False):
    """Keys of ``result.fields.START_DATE_PLAN`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsEndDatePlan(TypedDict, total=False):
    """Keys of ``result.fields.END_DATE_PLAN`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsGuid(TypedDict, total=False):
    """Keys of ``result.fields.GUID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsXmlId(TypedDict, total=False):
    """Keys of ``result.fields.XML_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsCommentsCount(TypedDict, total=False):
    """Keys of ``result.fields.COMMENTS_COUNT`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsServiceCommentsCount(TypedDict, total=False):
    """Keys of ``result.fields.SERVICE_COMMENTS_COUNT`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsNewCommentsCount(TypedDict, total=False):
    """Keys of ``result.fields.NEW_COMMENTS_COUNT`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsAllowChangeDeadlineValues(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_CHANGE_DEADLINE.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsAllowChangeDeadline(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_CHANGE_DEADLINE`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsAllowChangeDeadlineValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsAllowTimeTrackingValues(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_TIME_TRACKING.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsAllowTimeTracking(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_TIME_TRACKING`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsAllowTimeTrackingValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsTaskControlValues(TypedDict, total=False):
    """Keys of ``result.fields.TASK_CONTROL.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsTaskControl(TypedDict, total=False):
    """Keys of ``result.fields.TASK_CONTROL`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsTaskControlValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsAddInReportValues(TypedDict, total=False):
    """Keys of ``result.fields.ADD_IN_REPORT.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsAddInReport(TypedDict, total=False):
    """Keys of ``result.fields.ADD_IN_REPORT`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsAddInReportValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsForkedByTemplateIdValues(TypedDict, total=False):
    """Keys of ``result.fields.FORKED_BY_TEMPLATE_ID.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsForkedByTemplateId(TypedDict, total=False):
    """Keys of ``result.fields.FORKED_BY_TEMPLATE_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsForkedByTemplateIdValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsTimeEstimate(TypedDict, total=False):
    """Keys of ``result.fields.TIME_ESTIMATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsTimeSpentInLogs(TypedDict, total=False):
    """Keys of ``result.fields.TIME_SPENT_IN_LOGS`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsMatchWorkTime(TypedDict, total=False):
    """Keys of ``result.fields.MATCH_WORK_TIME`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsForumTopicId(TypedDict, total=False):
    """Keys of ``result.fields.FORUM_TOPIC_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsForumId(TypedDict, total=False):
    """Keys of ``result.fields.FORUM_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsSiteId(TypedDict, total=False):
    """Keys of ``result.fields.SITE_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsSubordinateValues(TypedDict, total=False):
    """Keys of ``result.fields.SUBORDINATE.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsSubordinate(TypedDict, total=False):
    """Keys of ``result.fields.SUBORDINATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsSubordinateValues
    """Allowed values mapped to their display names."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsFavoriteValues(TypedDict, total=False):
    """Keys of ``result.fields.FAVORITE.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsFavorite(TypedDict, total=False):
    """Keys of ``result.fields.FAVORITE`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsFavoriteValues
    """Allowed values mapped to their display names."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsExchangeModified(TypedDict, total=False):
    """Keys of ``result.fields.EXCHANGE_MODIFIED`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsExchangeId(TypedDict, total=False):
    """Keys of ``result.fields.EXCHANGE_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsOutlookVersion(TypedDict, total=False):
    """Keys of ``result.fields.OUTLOOK_VERSION`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsViewedDate(TypedDict, total=False):
    """Keys of ``result.fields.VIEWED_DATE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsSorting(TypedDict, total=False):
    """Keys of ``result.fields.SORTING`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsDurationPlan(TypedDict, total=False):
    """Keys of ``result.fields.DURATION_PLAN`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsDurationFact(TypedDict, total=False):
    """Keys of ``result.fields.DURATION_FACT`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsChecklist(TypedDict, total=False):
    """Keys of ``result.fields.CHECKLIST`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTaskGetFieldsResultFieldsDurationType(TypedDict, total=False):
    """Keys of ``result.fields.DURATION_TYPE`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: list[str]
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsIsMutedValues(TypedDict, total=False):
    """Keys of ``result.fields.IS_MUTED.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsIsMuted(TypedDict, total=False):
    """Keys of ``result.fields.IS_MUTED`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsIsMutedValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsIsPinnedValues(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsIsPinned(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsIsPinnedValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsIsPinnedInGroupValues(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED_IN_GROUP.values`` in ``tasks.task.getFields``."""

    Y: str
    """Display name of the value "Y"."""
    N: str
    """Display name of the value "N"."""


class TasksTaskGetFieldsResultFieldsIsPinnedInGroup(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED_IN_GROUP`` in ``tasks.task.getFields``."""

    title: Any
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTaskGetFieldsResultFieldsIsPinnedInGroupValues
    """Allowed values mapped to their display names."""
    default: str
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFieldsFlowId(TypedDict, total=False):
    """Keys of ``result.fields.FLOW_ID`` in ``tasks.task.getFields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Value the field takes when none is given."""


class TasksTaskGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.task.getFields``."""

    id: str
    """ID of the checklist item (for the root node too)."""
    copiedId: str
    """ID of the item this one was copied from."""
    entityId: str
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str
    """ID of the user who added the item."""
    parentId: str
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any] | dict[str, Any]
    """Users assigned to the item."""
    attachments: list[Any] | dict[str, Any]
    """Files attached to the item."""
    nodeId: str
    """ID of the node in the tree."""
    ID: TasksTaskGetFieldsResultFieldsId
    """Metadata of the ID field. ID of the task."""
    PARENT_ID: TasksTaskGetFieldsResultFieldsParentId
    """Metadata of the PARENT_ID field. ID of the parent task; null or 0 when the task is not a subtask."""
    TITLE: TasksTaskGetFieldsResultFieldsTitle
    """Metadata of the TITLE field. Task name."""
    DESCRIPTION: TasksTaskGetFieldsResultFieldsDescription
    """Metadata of the DESCRIPTION field. Task description text."""
    MARK: TasksTaskGetFieldsResultFieldsMark
    """Metadata of the MARK field. Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    PRIORITY: TasksTaskGetFieldsResultFieldsPriority
    """Metadata of the PRIORITY field. Priority: "2" high, "1" medium, "0" low."""
    STATUS: TasksTaskGetFieldsResultFieldsStatus
    """Metadata of the STATUS field. Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    MULTITASK: TasksTaskGetFieldsResultFieldsMultitask
    """Metadata of the MULTITASK field. "Y" if this is a base task that has subtasks, "N" if not."""
    NOT_VIEWED: TasksTaskGetFieldsResultFieldsNotViewed
    """Metadata of the NOT_VIEWED field. "Y" while the current user has not opened the task yet, "N" once viewed."""
    REPLICATE: TasksTaskGetFieldsResultFieldsReplicate
    """Metadata of the REPLICATE field. "Y" makes the task recurring; "N" means it does not repeat."""
    GROUP_ID: TasksTaskGetFieldsResultFieldsGroupId
    """Metadata of the GROUP_ID field. ID of the workgroup or project the task is linked to; 0 for none."""
    STAGE_ID: TasksTaskGetFieldsResultFieldsStageId
    """Metadata of the STAGE_ID field. ID of the Kanban or My Plan stage the task is in."""
    SPRINT_ID: TasksTaskGetFieldsResultFieldsSprintId
    """Metadata of the SPRINT_ID field. ID of the Scrum sprint holding the task, or null."""
    BACKLOG_ID: TasksTaskGetFieldsResultFieldsBacklogId
    """Metadata of the BACKLOG_ID field. ID of the Scrum backlog holding the task."""
    CREATED_BY: TasksTaskGetFieldsResultFieldsCreatedBy
    """Metadata of the CREATED_BY field. ID of the user who set the task (the creator)."""
    CREATED_DATE: TasksTaskGetFieldsResultFieldsCreatedDate
    """Metadata of the CREATED_DATE field. When the task was created, ISO 8601."""
    RESPONSIBLE_ID: TasksTaskGetFieldsResultFieldsResponsibleId
    """Metadata of the RESPONSIBLE_ID field. ID of the user responsible for doing the task (the assignee)."""
    ACCOMPLICES: TasksTaskGetFieldsResultFieldsAccomplices
    """Metadata of the ACCOMPLICES field. IDs of the users helping with the task (participants)."""
    AUDITORS: TasksTaskGetFieldsResultFieldsAuditors
    """Metadata of the AUDITORS field. IDs of the users watching the task (observers)."""
    CHANGED_BY: TasksTaskGetFieldsResultFieldsChangedBy
    """Metadata of the CHANGED_BY field. ID of the user who last changed the task."""
    CHANGED_DATE: TasksTaskGetFieldsResultFieldsChangedDate
    """Metadata of the CHANGED_DATE field. When the task was last changed, ISO 8601."""
    STATUS_CHANGED_BY: TasksTaskGetFieldsResultFieldsStatusChangedBy
    """Metadata of the STATUS_CHANGED_BY field. ID of the user who last changed the task status."""
    STATUS_CHANGED_DATE: TasksTaskGetFieldsResultFieldsStatusChangedDate
    """Metadata of the STATUS_CHANGED_DATE field. When the status last changed, ISO 8601."""
    CLOSED_BY: TasksTaskGetFieldsResultFieldsClosedBy
    """Metadata of the CLOSED_BY field. ID of the user who completed the task; "0" while it is open."""
    CLOSED_DATE: TasksTaskGetFieldsResultFieldsClosedDate
    """Metadata of the CLOSED_DATE field. When the task was completed, ISO 8601; null while it is open."""
    ACTIVITY_DATE: TasksTaskGetFieldsResultFieldsActivityDate
    """Metadata of the ACTIVITY_DATE field. Time of the latest activity in the task, ISO 8601."""
    DATE_START: TasksTaskGetFieldsResultFieldsDateStart
    """Metadata of the DATE_START field. When work on the task actually started."""
    DEADLINE: TasksTaskGetFieldsResultFieldsDeadline
    """Metadata of the DEADLINE field. Deadline of the task (date and time)."""
    START_DATE_PLAN: TasksTaskGetFieldsResultFieldsStartDatePlan
    """Metadata of the START_DATE_PLAN field. Planned start date; send it together with the planned end date when creating or updating."""
    END_DATE_PLAN: TasksTaskGetFieldsResultFieldsEndDatePlan
    """Metadata of the END_DATE_PLAN field. Planned end date; send it together with the planned start date when creating or updating."""
    GUID: TasksTaskGetFieldsResultFieldsGuid
    """Metadata of the GUID field. Globally unique identifier (GUID) of the task."""
    XML_ID: TasksTaskGetFieldsResultFieldsXmlId
    """Metadata of the XML_ID field. External ID, free for integrations to set."""
    COMMENTS_COUNT: TasksTaskGetFieldsResultFieldsCommentsCount
    """Metadata of the COMMENTS_COUNT field. Number of comments in the task."""
    SERVICE_COMMENTS_COUNT: TasksTaskGetFieldsResultFieldsServiceCommentsCount
    """Metadata of the SERVICE_COMMENTS_COUNT field. Number of system (service) comments in the task."""
    NEW_COMMENTS_COUNT: TasksTaskGetFieldsResultFieldsNewCommentsCount
    """Metadata of the NEW_COMMENTS_COUNT field. Number of comments the current user has not read yet."""
    ALLOW_CHANGE_DEADLINE: TasksTaskGetFieldsResultFieldsAllowChangeDeadline
    """Metadata of the ALLOW_CHANGE_DEADLINE field. "Y" lets the assignee move the deadline, "N" forbids it."""
    ALLOW_TIME_TRACKING: TasksTaskGetFieldsResultFieldsAllowTimeTracking
    """Metadata of the ALLOW_TIME_TRACKING field. "Y" turns on time tracking for the task, "N" leaves it off."""
    TASK_CONTROL: TasksTaskGetFieldsResultFieldsTaskControl
    """Metadata of the TASK_CONTROL field. "Y" means the creator must review and approve the finished work; "N" means no review step."""
    ADD_IN_REPORT: TasksTaskGetFieldsResultFieldsAddInReport
    """Metadata of the ADD_IN_REPORT field. "Y" includes the task in the work report, "N" leaves it out."""
    FORKED_BY_TEMPLATE_ID: TasksTaskGetFieldsResultFieldsForkedByTemplateId
    """Metadata of the FORKED_BY_TEMPLATE_ID field. ID of the template the task was created from, if any."""
    TIME_ESTIMATE: TasksTaskGetFieldsResultFieldsTimeEstimate
    """Metadata of the TIME_ESTIMATE field. Estimated effort, in seconds."""
    TIME_SPENT_IN_LOGS: TasksTaskGetFieldsResultFieldsTimeSpentInLogs
    """Metadata of the TIME_SPENT_IN_LOGS field. Time actually logged on the task."""
    MATCH_WORK_TIME: TasksTaskGetFieldsResultFieldsMatchWorkTime
    """Metadata of the MATCH_WORK_TIME field. "Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    FORUM_TOPIC_ID: TasksTaskGetFieldsResultFieldsForumTopicId
    """Metadata of the FORUM_TOPIC_ID field. ID of the forum topic that stores the task comments."""
    FORUM_ID: TasksTaskGetFieldsResultFieldsForumId
    """Metadata of the FORUM_ID field. ID of the forum that stores the task comments."""
    SITE_ID: TasksTaskGetFieldsResultFieldsSiteId
    """Metadata of the SITE_ID field. ID of the site the task belongs to."""
    SUBORDINATE: TasksTaskGetFieldsResultFieldsSubordinate
    """Metadata of the SUBORDINATE field. "Y" if the task is a subtask, "N" if not."""
    FAVORITE: TasksTaskGetFieldsResultFieldsFavorite
    """Metadata of the FAVORITE field. "Y" if the current user added the task to favorites, "N" if not."""
    EXCHANGE_MODIFIED: TasksTaskGetFieldsResultFieldsExchangeModified
    """Metadata of the EXCHANGE_MODIFIED field. When the task was last changed by Exchange sync, ISO 8601."""
    EXCHANGE_ID: TasksTaskGetFieldsResultFieldsExchangeId
    """Metadata of the EXCHANGE_ID field. ID of the task in Exchange synchronization."""
    OUTLOOK_VERSION: TasksTaskGetFieldsResultFieldsOutlookVersion
    """Metadata of the OUTLOOK_VERSION field. Version number used for Outlook synchronization."""
    VIEWED_DATE: TasksTaskGetFieldsResultFieldsViewedDate
    """Metadata of the VIEWED_DATE field. When the current user last viewed the task, ISO 8601."""
    SORTING: TasksTaskGetFieldsResultFieldsSorting
    """Metadata of the SORTING field. Sort index of the task in manual ordering."""
    DURATION_PLAN: TasksTaskGetFieldsResultFieldsDurationPlan
    """Metadata of the DURATION_PLAN field. Planned duration, in the unit given by the duration type."""
    DURATION_FACT: TasksTaskGetFieldsResultFieldsDurationFact
    """Metadata of the DURATION_FACT field. Actual duration of the task."""
    CHECKLIST: TasksTaskGetFieldsResultFieldsChecklist
    """Metadata of the CHECKLIST field. Checklist items keyed by item ID, each with the item data."""
    DURATION_TYPE: TasksTaskGetFieldsResultFieldsDurationType
    """Metadata of the DURATION_TYPE field. Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    IS_MUTED: TasksTaskGetFieldsResultFieldsIsMuted
    """Metadata of the IS_MUTED field. "Y" if the current user muted notifications for the task, "N" if not."""
    IS_PINNED: TasksTaskGetFieldsResultFieldsIsPinned
    """Metadata of the IS_PINNED field. "Y" if the current user pinned the task in their list, "N" if not."""
    IS_PINNED_IN_GROUP: TasksTaskGetFieldsResultFieldsIsPinnedInGroup
    """Metadata of the IS_PINNED_IN_GROUP field. "Y" if the task is pinned in its workgroup, "N" if not."""
    FLOW_ID: TasksTaskGetFieldsResultFieldsFlowId
    """Metadata of the FLOW_ID field. ID of the flow the task belongs to."""


class TasksTaskGetFieldsResultAction(TypedDict, total=False):
    """Keys of ``result.action`` in ``tasks.task.getFields``."""

    accept: bool
    """Obsolete: accepting a task is no longer used."""
    decline: bool
    """Obsolete: declining a task is no longer used."""
    complete: bool
    """Whether the user can complete the task."""
    approve: bool
    """Whether the user can accept the finished work (when task control is on)."""
    disapprove: bool
    """Whether the user can send the work back for rework (when task control is on)."""
    start: bool
    """Whether the user can start work on the task."""
    pause: bool
    """Whether the user can pause work on the task."""
    delegate: bool
    """Whether the user can delegate the task."""
    remove: bool
    """Whether the user can delete the task."""
    edit: bool
    """Whether the user can edit the task."""
    defer: bool
    """Whether the user can defer the task."""
    renew: bool
    """Whether the user can resume a completed or deferred task."""
    create: bool
    """Whether the user can create related tasks."""
    changeDeadline: bool
    """Whether the user can change the deadline."""
    checklistAddItems: bool
    """Whether the user can add checklist items."""
    addFavorite: bool
    """Whether the user can add the task to favorites."""
    deleteFavorite: bool
    """Whether the user can remove the task from favorites."""
    rate: bool
    """Whether the user can rate the task."""
    take: bool
    """Whether the user can take the task on."""


class TasksTaskGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.getFields``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskGetFieldsResultFields
    """Field descriptions keyed by field name (ID, TITLE, STATUS, ...); each gives the display title, data type and, where relevant, allowed values and default."""
    action: list[Any] | TasksTaskGetFieldsResultAction
    """What the current user may do with the task, one flag per action."""
    descendants: list[Any] | dict[str, Any]
    """Child nodes of this node."""


class TasksTaskGetResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.get``."""

    task: Required[TasksTask]
    """The requested task."""


class TasksTaskGetaccessResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.getaccess``."""

    allowedActions: Required[dict[str, Any]]
    """Allowed actions keyed by user ID, each a set of true/false flags per action."""


TasksTaskHistoryValue = TypedDict(
    "TasksTaskHistoryValue",
    {
        "from": str | None,
        "to": str | None,
    },
    total=False,
)


class TasksTaskHistoryUser(TypedDict, total=False):
    """Keys of ``user`` in ``TasksTaskHistory``."""

    id: int
    """ID of the user."""
    name: str
    """First name."""
    lastName: str
    """Last name."""
    secondName: str
    """Middle name."""
    login: str
    """Login."""


class TasksTaskHistory(TypedDict, total=False):
    """One event in the change log of a task.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-history-list.html
    """

    id: int
    """ID of the history event."""
    createdDate: str
    """When the event happened, ISO 8601."""
    field: str
    """What changed, such as "TITLE", "DESCRIPTION", "STATUS", "PRIORITY", "DEADLINE", "COMMENT" or "NEW"."""
    value: TasksTaskHistoryValue
    """The change itself: the value before and after."""
    user: TasksTaskHistoryUser
    """The user who made the change."""


TasksTaskHistoryListResult = TypedDict(
    "TasksTaskHistoryListResult",
    {
        "list": Required[list[TasksTaskHistory]],
    },
    total=False,
)


class TasksTaskMuteResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.mute``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskMuteResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.mute``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskMuteResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.mute``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskMuteResultTaskAction = TypedDict(
    "TasksTaskMuteResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskMuteResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.mute``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskMuteResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.mute``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskMuteResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskMuteResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.mute``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskMuteResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskMuteResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskMuteResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskMuteResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskMuteResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskMuteResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.mute``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: int
    """Time this method has used from its budget, in seconds."""


class TasksTaskMuteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.mute``."""

    task: TasksTaskMuteResultTask
    """The task as it is after the change."""
    time: TasksTaskMuteResultTime
    """Timing of the request on the server."""


class TasksTaskPauseResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.pause``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskPauseResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.pause``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskPauseResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.pause``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskPauseResultTaskAction = TypedDict(
    "TasksTaskPauseResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskPauseResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.pause``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskPauseResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.pause``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskPauseResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskPauseResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.pause``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskPauseResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskPauseResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskPauseResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskPauseResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskPauseResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskPauseResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.pause``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskPauseResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.pause``."""

    task: TasksTaskPauseResultTask
    """The task as it is after the change."""
    time: TasksTaskPauseResultTime
    """Timing of the request on the server."""


class TasksTaskPinResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.pin``."""

    task: Required[TasksTask]
    """The task after pinning."""


class TasksTaskRenewResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.renew``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskRenewResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.renew``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskRenewResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.renew``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskRenewResultTaskAction = TypedDict(
    "TasksTaskRenewResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskRenewResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.renew``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskRenewResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.renew``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskRenewResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskRenewResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.renew``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskRenewResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskRenewResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskRenewResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskRenewResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskRenewResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskRenewResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.renew``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskRenewResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.renew``."""

    task: TasksTaskRenewResultTask
    """The task as it is after the change."""
    time: TasksTaskRenewResultTime
    """Timing of the request on the server."""


class TasksTaskResult(TypedDict, total=False):
    """A result recorded in a task, made from a comment.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list.html
    """

    id: int
    """ID of the result."""
    taskId: int
    """ID of the task."""
    commentId: int
    """ID of the comment fixed as the result."""
    createdBy: int
    """ID of the user who fixed the result."""
    createdAt: str
    """When the result was fixed, ISO 8601."""
    updatedAt: str
    """When the result last changed, ISO 8601."""
    status: int
    """0 while the result is open, 1 once closed (closed when the task is completed)."""
    text: str
    """Result text."""
    formattedText: str
    """Result text with formatting applied."""
    files: list[Any]
    """IDs of the files attached to the result; empty when there are none."""


class TasksTaskResultAddFromCommentResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.addFromComment``."""

    id: int
    """ID of the result."""
    taskId: int
    """ID of the task."""
    commentId: int
    """ID of the comment to use as the result."""
    createdBy: int
    """ID of the user who fixed the result."""
    createdAt: str
    """When the result was fixed, ISO 8601."""
    updatedAt: str
    """When the result last changed, ISO 8601."""
    status: int
    """0 while the result is open, 1 once closed."""
    text: str
    """Result text."""
    formattedText: str
    """Result text with formatting applied."""
    files: Any
    """Always null here; read the files with tasks.task.result.list."""


class TasksTaskStartResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.start``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskStartResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.start``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskStartResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.start``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskStartResultTaskAction = TypedDict(
    "TasksTaskStartResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskStartResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.start``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskStartResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.start``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskStartResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskStartResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.start``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str | None
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskStartResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskStartResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskStartResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskStartResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskStartResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskStartResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.start``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskStartResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.start``."""

    task: TasksTaskStartResultTask
    """The task as it is after the change."""
    time: TasksTaskStartResultTime
    """Timing of the request on the server."""


class TasksTaskStartwatchResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.startwatch``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskStartwatchResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.startwatch``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskStartwatchResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.startwatch``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskStartwatchResultTaskAction = TypedDict(
    "TasksTaskStartwatchResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskStartwatchResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.startwatch``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskStartwatchResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.startwatch``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskStartwatchResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskStartwatchResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.startwatch``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskStartwatchResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskStartwatchResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskStartwatchResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskStartwatchResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskStartwatchResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskStartwatchResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.startwatch``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskStartwatchResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.startwatch``."""

    task: TasksTaskStartwatchResultTask
    """The task as it is after the change."""
    time: TasksTaskStartwatchResultTime
    """Timing of the request on the server."""


class TasksTaskStopwatchResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.stopwatch``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskStopwatchResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.stopwatch``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskStopwatchResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.stopwatch``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskStopwatchResultTaskAction = TypedDict(
    "TasksTaskStopwatchResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskStopwatchResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.stopwatch``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskStopwatchResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.stopwatch``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskStopwatchResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskStopwatchResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.stopwatch``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskStopwatchResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskStopwatchResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskStopwatchResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskStopwatchResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskStopwatchResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskStopwatchResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.stopwatch``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: float
    """Time this method has used from its budget, in seconds."""


class TasksTaskStopwatchResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.stopwatch``."""

    task: TasksTaskStopwatchResultTask
    """The task as it is after the change."""
    time: TasksTaskStopwatchResultTime
    """Timing of the request on the server."""


class TasksTaskUnmuteResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.unmute``."""

    id: str
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    opened: bool
    """Whether the workgroup is open for anyone to join."""
    membersCount: int
    """Number of workgroup members."""
    image: str
    """URL of the workgroup picture."""
    additionalData: list[Any]
    """Extra data about the workgroup."""


class TasksTaskUnmuteResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.unmute``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


class TasksTaskUnmuteResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.unmute``."""

    id: str
    """ID of the user."""
    name: str
    """First and last name of the user."""
    link: str
    """Link to the user profile."""
    icon: str
    """URL of the user avatar."""
    workPosition: str
    """Job title of the user."""


TasksTaskUnmuteResultTaskAction = TypedDict(
    "TasksTaskUnmuteResultTaskAction",
    {
        "accept": bool,
        "decline": bool,
        "complete": bool,
        "approve": bool,
        "disapprove": bool,
        "start": bool,
        "pause": bool,
        "delegate": bool,
        "remove": bool,
        "edit": bool,
        "defer": bool,
        "renew": bool,
        "create": bool,
        "changeDeadline": bool,
        "checklistAddItems": bool,
        "addFavorite": bool,
        "deleteFavorite": bool,
        "rate": bool,
        "take": bool,
        "edit.originator": bool,
        "checklist.reorder": bool,
        "elapsedtime.add": bool,
        "dayplan.timer.toggle": bool,
        "edit.plan": bool,
        "checklist.add": bool,
        "favorite.add": bool,
        "favorite.delete": bool,
    },
    total=False,
)


class TasksTaskUnmuteResultTaskCheckListTreeFields(TypedDict, total=False):
    """Keys of ``result.task.checkListTree.fields`` in ``tasks.task.unmute``."""

    id: str | None
    """ID of the checklist item (for the root node too)."""
    copiedId: str | None
    """ID of the item this one was copied from."""
    entityId: str | None
    """ID of the task the checklist belongs to."""
    userId: int
    """ID of the user the tree was built for."""
    createdBy: str | None
    """ID of the user who added the item."""
    parentId: str | None
    """ID of the parent item."""
    title: str
    """Item text."""
    sortIndex: str | None
    """Sort index of the item."""
    displaySortIndex: str
    """Sort index as shown to the user, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """Number of completed sub-items."""
    members: list[Any]
    """Users assigned to the item."""
    attachments: list[Any]
    """Files attached to the item."""
    nodeId: str | None
    """ID of the node in the tree."""


class TasksTaskUnmuteResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.unmute``."""

    nodeId: int
    """ID of the root node of the checklist tree."""
    fields: TasksTaskUnmuteResultTaskCheckListTreeFields
    """Data of the node."""
    action: list[Any]
    """Actions available on the node."""
    descendants: list[Any]
    """Child nodes of this node."""


class TasksTaskUnmuteResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.unmute``."""

    id: str
    """ID of the task."""
    parentId: str
    """ID of the parent task; null or 0 when the task is not a subtask."""
    title: str
    """Task name."""
    description: str
    """Task description text."""
    chatId: int
    """ID of the task chat used by the new task card; pass it to the chat methods."""
    mark: str
    """Rating given to the result: "P" positive, "N" negative, empty or null when not rated."""
    priority: str
    """Priority: "2" high, "1" medium, "0" low."""
    multitask: str
    """\"Y" if this is a base task that has subtasks, "N" if not."""
    notViewed: str
    """\"Y" while the current user has not opened the task yet, "N" once viewed."""
    replicate: str
    """\"Y" makes the task recurring; "N" means it does not repeat."""
    stageId: str
    """ID of the Kanban or My Plan stage the task is in."""
    sprintId: str | None
    """ID of the Scrum sprint holding the task, or null."""
    backlogId: str | None
    """ID of the Scrum backlog holding the task."""
    createdBy: str
    """ID of the user who set the task (the creator)."""
    createdDate: str
    """When the task was created, ISO 8601."""
    responsibleId: str
    """ID of the user responsible for doing the task (the assignee)."""
    changedBy: str
    """ID of the user who last changed the task."""
    changedDate: str
    """When the task was last changed, ISO 8601."""
    statusChangedBy: str
    """ID of the user who last changed the task status."""
    closedBy: str
    """ID of the user who completed the task; "0" while it is open."""
    closedDate: str | None
    """When the task was completed, ISO 8601; null while it is open."""
    activityDate: str
    """Time of the latest activity in the task, ISO 8601."""
    dateStart: str
    """When work on the task actually started."""
    deadline: str
    """Deadline of the task (date and time)."""
    startDatePlan: str | None
    """Planned start date; send it together with the planned end date when creating or updating."""
    endDatePlan: str | None
    """Planned end date; send it together with the planned start date when creating or updating."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    commentsCount: str
    """Number of comments in the task."""
    serviceCommentsCount: str
    """Number of system (service) comments in the task."""
    allowChangeDeadline: str
    """\"Y" lets the assignee move the deadline, "N" forbids it."""
    allowTimeTracking: str
    """\"Y" turns on time tracking for the task, "N" leaves it off."""
    taskControl: str
    """\"Y" means the creator must review and approve the finished work; "N" means no review step."""
    addInReport: str
    """\"Y" includes the task in the work report, "N" leaves it out."""
    forkedByTemplateId: str | None
    """ID of the template the task was created from, if any."""
    timeEstimate: str
    """Estimated effort, in seconds."""
    timeSpentInLogs: str
    """Time actually logged on the task."""
    matchWorkTime: str
    """\"Y" counts only working hours and skips days off when planning dates; "N" uses calendar time."""
    forumTopicId: str
    """ID of the forum topic that stores the task comments."""
    forumId: str
    """ID of the forum that stores the task comments."""
    siteId: str
    """ID of the site the task belongs to."""
    subordinate: str
    """\"Y" if the task is a subtask, "N" if not."""
    exchangeModified: str | None
    """When the task was last changed by Exchange sync, ISO 8601."""
    exchangeId: str | None
    """ID of the task in Exchange synchronization."""
    outlookVersion: str
    """Version number used for Outlook synchronization."""
    viewedDate: str
    """When the current user last viewed the task, ISO 8601."""
    sorting: str | None
    """Sort index of the task in manual ordering."""
    durationFact: str
    """Actual duration of the task."""
    isMuted: str
    """\"Y" if the current user muted notifications for the task, "N" if not."""
    isPinned: str
    """\"Y" if the current user pinned the task in their list, "N" if not."""
    isPinnedInGroup: str
    """\"Y" if the task is pinned in its workgroup, "N" if not."""
    flowId: str
    """ID of the flow the task belongs to."""
    descriptionInBbcode: str
    """\"Y" if the description is written in BBCode, "N" if not."""
    status: str
    """Status: "2" pending, "3" in progress, "4" awaiting control, "5" completed, "6" deferred."""
    statusChangedDate: str
    """When the status last changed, ISO 8601."""
    durationPlan: str
    """Planned duration, in the unit given by the duration type."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    favorite: str
    """\"Y" if the current user added the task to favorites, "N" if not."""
    groupId: str
    """ID of the workgroup or project the task is linked to; 0 for none."""
    auditors: list[Any]
    """IDs of the users watching the task (observers)."""
    accomplices: list[Any]
    """IDs of the users helping with the task (participants)."""
    checklist: dict[str, Any]
    """Checklist items keyed by item ID, each with the item data."""
    group: TasksTaskUnmuteResultTaskGroup
    """Short card of the task workgroup."""
    creator: TasksTaskUnmuteResultTaskCreator
    """Short card of the user who set the task."""
    responsible: TasksTaskUnmuteResultTaskResponsible
    """Short card of the user responsible for the task."""
    accomplicesData: dict[str, Any]
    """Short cards of the participants, keyed by user ID."""
    auditorsData: dict[str, Any]
    """Short cards of the observers, keyed by user ID."""
    newCommentsCount: int
    """Number of comments the current user has not read yet."""
    action: TasksTaskUnmuteResultTaskAction
    """What the current user may do with the task, one flag per action."""
    checkListTree: TasksTaskUnmuteResultTaskCheckListTree
    """Checklist of the task as a tree of nodes."""
    checkListCanAdd: bool
    """Whether the current user can add checklist items."""


class TasksTaskUnmuteResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.unmute``."""

    start: float
    """When processing started, Unix time with fractions."""
    finish: float
    """When processing finished, Unix time with fractions."""
    duration: float
    """Total request time, in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """When processing started, ISO 8601."""
    date_finish: str
    """When processing finished, ISO 8601."""
    operating_reset_at: int
    """Unix time when the method time budget is reset."""
    operating: int
    """Time this method has used from its budget, in seconds."""


class TasksTaskUnmuteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.unmute``."""

    task: TasksTaskUnmuteResultTask
    """The task as it is after the change."""
    time: TasksTaskUnmuteResultTime
    """Timing of the request on the server."""


class TasksTaskUnpinResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.unpin``."""

    task: Required[TasksTask]
    """The task after unpinning."""


class TasksTaskUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.update``."""

    task: Required[TasksTask]
    """The task as it is after the change."""


class TasksTemplate(TypedDict, total=False):
    """A task template as tasks.template.get returns it (UPPER_CASE keys).

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html
    """

    ID: str
    """ID of the template; ignored when creating."""
    TITLE: str
    """Template name; required when creating."""
    DESCRIPTION: str
    """Description copied into tasks made from the template."""
    DESCRIPTION_IN_BBCODE: str
    """\"Y" if the description is stored in BBCode."""
    PRIORITY: str
    """Priority of tasks made from the template."""
    STATUS: str
    """Status of the template."""
    STAGE_ID: str
    """ID of the stage; 0 by default."""
    RESPONSIBLE_ID: str
    """ID of the assignee; required when creating."""
    DEADLINE_AFTER: str | None
    """Deadline offset from the moment a task is created from the template."""
    START_DATE_PLAN_AFTER: str
    """Planned start offset, in seconds, from task creation."""
    END_DATE_PLAN_AFTER: str
    """Planned end offset, in seconds, from task creation."""
    REPLICATE: str
    """\"Y" if tasks are created from the template on a schedule; "N" by default."""
    CREATED_BY: str
    """ID of the user who sets the tasks; required when creating."""
    XML_ID: str | None
    """External ID of the template."""
    ALLOW_CHANGE_DEADLINE: str
    """\"Y" lets the assignee move the deadline."""
    ALLOW_TIME_TRACKING: str
    """\"Y" turns on time tracking in tasks made from the template."""
    TASK_CONTROL: str
    """\"Y" means the creator must accept the finished work; "N" by default."""
    ADD_IN_REPORT: str
    """\"Y" includes the tasks in the efficiency report; "N" by default."""
    GROUP_ID: str
    """ID of the project; 0 by default."""
    PARENT_ID: str
    """ID of the parent task or template; 0 by default."""
    MULTITASK: str
    """\"Y" marks a multiple task, "N" (default) a regular one."""
    SITE_ID: str
    """ID of the site."""
    ACCOMPLICES: str
    """Participants (IDs of users); read back as a serialized list."""
    AUDITORS: str
    """Observers (IDs of users); read back as a serialized list."""
    RESPONSIBLES: str
    """Assignees (IDs of users); read back as a serialized list."""
    FILES: list[Any] | dict[str, Any] | None
    """Files of the template."""
    TAGS: list[Any] | dict[str, Any] | None
    """Tags of the template."""
    DEPENDS_ON: list[Any] | dict[str, Any] | None
    """IDs of the templates this one depends on."""
    MATCH_WORK_TIME: str
    """\"Y" counts only working time when computing dates."""
    TASK_ID: str | None
    """ID of the linked task."""
    TPARAM_TYPE: str
    """Template kind, used to mark templates for new employees; 0 by default."""
    TPARAM_REPLICATION_COUNT: str
    """Number of tasks already created by the recurrence rule."""
    REPLICATE_PARAMS: str
    """Recurrence settings (period, start, time, end rule)."""
    BASE_TEMPLATE_ID: str
    """ID of the base (parent) template."""
    TEMPLATE_CHILDREN_COUNT: str
    """Number of child templates."""
    CREATED_BY_NAME: str
    """First name of the creator."""
    CREATED_BY_LAST_NAME: str
    """Last name of the creator."""
    CREATED_BY_SECOND_NAME: str
    """Middle name of the creator."""
    CREATED_BY_LOGIN: str
    """Login of the creator."""
    CREATED_BY_WORK_POSITION: str
    """Job title of the creator."""
    CREATED_BY_PHOTO: str
    """ID of the creator photo file."""
    RESPONSIBLE_NAME: str
    """First name of the assignee."""
    RESPONSIBLE_LAST_NAME: str
    """Last name of the assignee."""
    RESPONSIBLE_SECOND_NAME: str
    """Middle name of the assignee."""
    RESPONSIBLE_LOGIN: str
    """Login of the assignee."""
    RESPONSIBLE_WORK_POSITION: str
    """Job title of the assignee."""
    RESPONSIBLE_PHOTO: str
    """ID of the assignee photo file."""
    SCENARIO: str
    """Scenario the template was created in."""


class TasksTemplateChecklist(TypedDict, total=False):
    """A checklist item of a task template.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html
    """

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: dict[str, Any]
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""
    checkListItems: dict[str, Any]
    """Checklist items keyed by item ID."""


class TasksTemplateChecklistAddAttachmentByContentAttachmentParameters(
    TypedDict, total=False
):
    """Keys of the ``attachmentParameters`` parameter of ``tasks.template.checklist.addAttachmentByContent``."""

    NAME: str
    """Name of the new file."""
    CONTENT: str
    """File content, base64-encoded."""


class TasksTemplateChecklistAddAttachmentByContentResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.addAttachmentByContent``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistAddAttachmentByContentResultCheckListItem(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.addAttachmentByContent``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: (
        TasksTemplateChecklistAddAttachmentByContentResultCheckListItemAttachments
        | list[Any]
    )
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistAddAttachmentByContentResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.addAttachmentByContent``."""

    checkListItem: Required[
        TasksTemplateChecklistAddAttachmentByContentResultCheckListItem
    ]
    """The checklist item after the change."""


class TasksTemplateChecklistAddAttachmentsFromDiskResultCheckListItem(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.addAttachmentsFromDisk``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: dict[str, Any]
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistAddAttachmentsFromDiskResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.addAttachmentsFromDisk``."""

    checkListItem: Required[
        TasksTemplateChecklistAddAttachmentsFromDiskResultCheckListItem
    ]
    """The checklist item after the change."""


class TasksTemplateChecklistAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.template.checklist.add``."""

    TITLE: Required[str]
    """Item text; with PARENT_ID 0 it is the name of a new checklist."""
    PARENT_ID: Required[int]
    """ID of the parent item; 0 creates a new checklist."""
    SORT_INDEX: int
    """Sort index; lower values come first."""
    IS_COMPLETE: Literal["Y", "N"]
    """\"Y" done, "N" not done."""
    IS_IMPORTANT: Literal["Y", "N"]
    """\"Y" important, "N" normal."""
    MEMBERS: dict[str, Any]
    """Users on the item keyed by user ID, each {"TYPE": "A"} for a participant or {"TYPE": "U"} for an observer."""


class TasksTemplateChecklistAddResultCheckListItemAttachments(TypedDict, total=False):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.add``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistAddResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.add``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: TasksTemplateChecklistAddResultCheckListItemAttachments | list[Any]
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.add``."""

    checkListItem: Required[TasksTemplateChecklistAddResultCheckListItem]
    """The created checklist item."""


class TasksTemplateChecklistCompleteResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.complete``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistCompleteResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.complete``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: (
        TasksTemplateChecklistCompleteResultCheckListItemAttachments | list[Any]
    )
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistCompleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.complete``."""

    checkListItem: Required[TasksTemplateChecklistCompleteResultCheckListItem]
    """The checklist item after the change."""


class TasksTemplateChecklistGetResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.get``."""

    checkListItem: Required[TasksTemplateChecklist]
    """The checklist item."""


class TasksTemplateChecklistMoveAfterResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.moveAfter``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistMoveAfterResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.moveAfter``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: (
        TasksTemplateChecklistMoveAfterResultCheckListItemAttachments | list[Any]
    )
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistMoveAfterResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.moveAfter``."""

    checkListItem: Required[TasksTemplateChecklistMoveAfterResultCheckListItem]
    """The checklist item after the change."""


class TasksTemplateChecklistMoveBeforeResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.moveBefore``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: dict[str, Any]
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistMoveBeforeResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.moveBefore``."""

    checkListItem: Required[TasksTemplateChecklistMoveBeforeResultCheckListItem]
    """The checklist item after the change."""


class TasksTemplateChecklistRemoveAttachmentsResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.removeAttachments``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistRemoveAttachmentsResultCheckListItem(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.removeAttachments``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: (
        TasksTemplateChecklistRemoveAttachmentsResultCheckListItemAttachments
        | list[Any]
    )
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistRemoveAttachmentsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.removeAttachments``."""

    checkListItem: Required[TasksTemplateChecklistRemoveAttachmentsResultCheckListItem]
    """The checklist item after the change."""


class TasksTemplateChecklistRenewResultCheckListItemAttachments(TypedDict, total=False):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.renew``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistRenewResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.renew``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: TasksTemplateChecklistRenewResultCheckListItemAttachments | list[Any]
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistRenewResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.renew``."""

    checkListItem: Required[TasksTemplateChecklistRenewResultCheckListItem]
    """The checklist item after the change."""


class TasksTemplateChecklistUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.template.checklist.update``."""

    TITLE: str
    """Item text; with PARENT_ID 0 it is the name of a new checklist."""
    PARENT_ID: int
    """ID of the parent item, for nesting; 0 turns the item into a new checklist."""
    SORT_INDEX: int
    """Sort index; lower values come first."""
    IS_COMPLETE: bool
    """\"Y" done, "N" not done."""
    IS_IMPORTANT: bool
    """\"Y" important, "N" normal."""
    MEMBERS: dict[str, Any]
    """Users on the item keyed by user ID, each {"TYPE": "A"} for a participant or {"TYPE": "U"} for an observer."""


class TasksTemplateChecklistUpdateResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.update``."""

    attachmentId: str
    """Drive file in the form "n<fileId>"."""


class TasksTemplateChecklistUpdateResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.update``."""

    id: int
    """ID of the checklist item."""
    copiedId: int | None
    """ID of the item this one was copied from, if any."""
    userId: int
    """ID of the user in whose context the item was built."""
    createdBy: int | None
    """ID of the user who added the item."""
    parentId: int
    """ID of the parent item; 0 for a top-level item."""
    title: str
    """Item text."""
    sortIndex: int
    """Sort index; lower values come first."""
    displaySortIndex: str
    """Position as displayed, such as "1.2"."""
    isComplete: bool
    """Whether the item is done."""
    isImportant: bool
    """Whether the item is marked important."""
    completedCount: int
    """How many times the item was completed."""
    members: list[Any]
    """Users on the item (participants "A", observers "U"); empty array when none."""
    attachments: TasksTemplateChecklistUpdateResultCheckListItemAttachments | list[Any]
    """Files on the item keyed by attachment ID; empty array when none."""
    nodeId: int | None
    """Internal node ID, when used."""
    templateId: int
    """ID of the task template."""


class TasksTemplateChecklistUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.update``."""

    checkListItem: Required[TasksTemplateChecklistUpdateResultCheckListItem]
    """The checklist item after the change."""


class TasksTemplateFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    primary: bool
    """true for the primary key."""


class TasksTemplateFieldsResultParentId(TypedDict, total=False):
    """Keys of ``result.PARENT_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultTitle(TypedDict, total=False):
    """Keys of ``result.TITLE`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field is required (not given for every field)."""


class TasksTemplateFieldsResultDescription(TypedDict, total=False):
    """Keys of ``result.DESCRIPTION`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTemplateFieldsResultPriority(TypedDict, total=False):
    """Keys of ``result.PRIORITY`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: dict[str, Any]
    """For enum fields, allowed values mapped to their labels."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultGroupId(TypedDict, total=False):
    """Keys of ``result.GROUP_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultStageId(TypedDict, total=False):
    """Keys of ``result.STAGE_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultCreatedBy(TypedDict, total=False):
    """Keys of ``result.CREATED_BY`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field is required (not given for every field)."""


class TasksTemplateFieldsResultResponsibleId(TypedDict, total=False):
    """Keys of ``result.RESPONSIBLE_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field is required (not given for every field)."""


class TasksTemplateFieldsResultDependsOn(TypedDict, total=False):
    """Keys of ``result.DEPENDS_ON`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    required: bool
    """true if the field is required (not given for every field)."""


class TasksTemplateFieldsResultResponsibles(TypedDict, total=False):
    """Keys of ``result.RESPONSIBLES`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTemplateFieldsResultAccomplices(TypedDict, total=False):
    """Keys of ``result.ACCOMPLICES`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTemplateFieldsResultAuditors(TypedDict, total=False):
    """Keys of ``result.AUDITORS`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTemplateFieldsResultStatus(TypedDict, total=False):
    """Keys of ``result.STATUS`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: dict[str, Any]
    """For enum fields, allowed values mapped to their labels."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultMultitaskValues(TypedDict, total=False):
    """Keys of ``result.MULTITASK.values`` in ``tasks.template.fields``."""

    Y: str
    """Label of the value "Y"."""
    N: str
    """Label of the value "N"."""


class TasksTemplateFieldsResultMultitask(TypedDict, total=False):
    """Keys of ``result.MULTITASK`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTemplateFieldsResultMultitaskValues
    """For enum fields, allowed values mapped to their labels."""
    default: str
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultReplicateValues(TypedDict, total=False):
    """Keys of ``result.REPLICATE.values`` in ``tasks.template.fields``."""

    Y: str
    """Label of the value "Y"."""
    N: str
    """Label of the value "N"."""


class TasksTemplateFieldsResultReplicate(TypedDict, total=False):
    """Keys of ``result.REPLICATE`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTemplateFieldsResultReplicateValues
    """For enum fields, allowed values mapped to their labels."""
    default: str
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultSiteId(TypedDict, total=False):
    """Keys of ``result.SITE_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTemplateFieldsResultTaskControlValues(TypedDict, total=False):
    """Keys of ``result.TASK_CONTROL.values`` in ``tasks.template.fields``."""

    Y: str
    """Label of the value "Y"."""
    N: str
    """Label of the value "N"."""


class TasksTemplateFieldsResultTaskControl(TypedDict, total=False):
    """Keys of ``result.TASK_CONTROL`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTemplateFieldsResultTaskControlValues
    """For enum fields, allowed values mapped to their labels."""
    default: str
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultAddInReportValues(TypedDict, total=False):
    """Keys of ``result.ADD_IN_REPORT.values`` in ``tasks.template.fields``."""

    Y: str
    """Label of the value "Y"."""
    N: str
    """Label of the value "N"."""


class TasksTemplateFieldsResultAddInReport(TypedDict, total=False):
    """Keys of ``result.ADD_IN_REPORT`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: TasksTemplateFieldsResultAddInReportValues
    """For enum fields, allowed values mapped to their labels."""
    default: str
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultXmlId(TypedDict, total=False):
    """Keys of ``result.XML_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultDeadlineAfter(TypedDict, total=False):
    """Keys of ``result.DEADLINE_AFTER`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultStartDatePlanAfter(TypedDict, total=False):
    """Keys of ``result.START_DATE_PLAN_AFTER`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultEndDatePlanAfter(TypedDict, total=False):
    """Keys of ``result.END_DATE_PLAN_AFTER`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultTparamType(TypedDict, total=False):
    """Keys of ``result.TPARAM_TYPE`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    values: dict[str, Any]
    """For enum fields, allowed values mapped to their labels."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultTparamReplicationCount(TypedDict, total=False):
    """Keys of ``result.TPARAM_REPLICATION_COUNT`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: int
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultReplicateParams(TypedDict, total=False):
    """Keys of ``result.REPLICATE_PARAMS`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""


class TasksTemplateFieldsResultBaseTemplateId(TypedDict, total=False):
    """Keys of ``result.BASE_TEMPLATE_ID`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResultTemplateChildrenCount(TypedDict, total=False):
    """Keys of ``result.TEMPLATE_CHILDREN_COUNT`` in ``tasks.template.fields``."""

    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "integer", "string" or "enum"."""
    default: Any
    """Default value: a string, a number or null."""


class TasksTemplateFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.fields``."""

    ID: TasksTemplateFieldsResultId
    """Metadata of the ID field. ID of the template; ignored when creating."""
    PARENT_ID: TasksTemplateFieldsResultParentId
    """Metadata of the PARENT_ID field. ID of the parent task or template; 0 by default."""
    TITLE: TasksTemplateFieldsResultTitle
    """Metadata of the TITLE field. Template name; required when creating."""
    DESCRIPTION: TasksTemplateFieldsResultDescription
    """Metadata of the DESCRIPTION field. Description copied into tasks made from the template."""
    PRIORITY: TasksTemplateFieldsResultPriority
    """Metadata of the PRIORITY field. Priority of tasks made from the template."""
    GROUP_ID: TasksTemplateFieldsResultGroupId
    """Metadata of the GROUP_ID field. ID of the project; 0 by default."""
    STAGE_ID: TasksTemplateFieldsResultStageId
    """Metadata of the STAGE_ID field. ID of the stage; 0 by default."""
    CREATED_BY: TasksTemplateFieldsResultCreatedBy
    """Metadata of the CREATED_BY field. ID of the user who sets the tasks; required when creating."""
    RESPONSIBLE_ID: TasksTemplateFieldsResultResponsibleId
    """Metadata of the RESPONSIBLE_ID field. ID of the assignee; required when creating."""
    DEPENDS_ON: TasksTemplateFieldsResultDependsOn
    """Metadata of the DEPENDS_ON field. IDs of the templates this one depends on."""
    RESPONSIBLES: TasksTemplateFieldsResultResponsibles
    """Metadata of the RESPONSIBLES field. Assignees (IDs of users); read back as a serialized list."""
    ACCOMPLICES: TasksTemplateFieldsResultAccomplices
    """Metadata of the ACCOMPLICES field. Participants (IDs of users); read back as a serialized list."""
    AUDITORS: TasksTemplateFieldsResultAuditors
    """Metadata of the AUDITORS field. Observers (IDs of users); read back as a serialized list."""
    STATUS: TasksTemplateFieldsResultStatus
    """Metadata of the STATUS field. Status of the template."""
    MULTITASK: TasksTemplateFieldsResultMultitask
    """Metadata of the MULTITASK field. "Y" marks a multiple task, "N" (default) a regular one."""
    REPLICATE: TasksTemplateFieldsResultReplicate
    """Metadata of the REPLICATE field. "Y" if tasks are created from the template on a schedule; "N" by default."""
    SITE_ID: TasksTemplateFieldsResultSiteId
    """Metadata of the SITE_ID field. ID of the site."""
    TASK_CONTROL: TasksTemplateFieldsResultTaskControl
    """Metadata of the TASK_CONTROL field. "Y" means the creator must accept the finished work; "N" by default."""
    ADD_IN_REPORT: TasksTemplateFieldsResultAddInReport
    """Metadata of the ADD_IN_REPORT field. "Y" includes the tasks in the efficiency report; "N" by default."""
    XML_ID: TasksTemplateFieldsResultXmlId
    """Metadata of the XML_ID field. External ID of the template."""
    DEADLINE_AFTER: TasksTemplateFieldsResultDeadlineAfter
    """Metadata of the DEADLINE_AFTER field. Deadline offset from the moment a task is created from the template."""
    START_DATE_PLAN_AFTER: TasksTemplateFieldsResultStartDatePlanAfter
    """Metadata of the START_DATE_PLAN_AFTER field. Planned start offset, in seconds, from task creation."""
    END_DATE_PLAN_AFTER: TasksTemplateFieldsResultEndDatePlanAfter
    """Metadata of the END_DATE_PLAN_AFTER field. Planned end offset, in seconds, from task creation."""
    TPARAM_TYPE: TasksTemplateFieldsResultTparamType
    """Metadata of the TPARAM_TYPE field. Template kind, used to mark templates for new employees; 0 by default."""
    TPARAM_REPLICATION_COUNT: TasksTemplateFieldsResultTparamReplicationCount
    """Metadata of the TPARAM_REPLICATION_COUNT field. Number of tasks already created by the recurrence rule."""
    REPLICATE_PARAMS: TasksTemplateFieldsResultReplicateParams
    """Metadata of the REPLICATE_PARAMS field. Recurrence settings (period, start, time, end rule)."""
    BASE_TEMPLATE_ID: TasksTemplateFieldsResultBaseTemplateId
    """Metadata of the BASE_TEMPLATE_ID field. ID of the base (parent) template."""
    TEMPLATE_CHILDREN_COUNT: TasksTemplateFieldsResultTemplateChildrenCount
    """Metadata of the TEMPLATE_CHILDREN_COUNT field. Number of child templates."""


class TasksTemplateGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``tasks.template.get``."""

    select: Sequence[Any] | dict[str, Any]
    """Fields to return; ["*", "UF_*"] (all standard and custom fields) by default."""


class V3TasksTaskCreatorImage(TypedDict, total=False):
    """Keys of ``creator.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskCreator(TypedDict, total=False):
    """Keys of ``creator`` in ``V3TasksTask``."""

    id: int
    """ID of the user."""
    name: str
    """Name of the user."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskCreatorImage
    """User photo as a file object."""
    gender: str
    """Gender of the user."""
    email: str
    """E-mail address of the user."""
    externalAuthId: str
    """External authentication ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskResponsibleImage(TypedDict, total=False):
    """Keys of ``responsible.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskResponsible(TypedDict, total=False):
    """Keys of ``responsible`` in ``V3TasksTask``."""

    id: int
    """ID of the user."""
    name: str
    """Name of the user."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskResponsibleImage
    """User photo as a file object."""
    gender: str
    """Gender of the user."""
    email: str
    """E-mail address of the user."""
    externalAuthId: str
    """External authentication ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskGroupImage(TypedDict, total=False):
    """Keys of ``group.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskGroup(TypedDict, total=False):
    """Keys of ``group`` in ``V3TasksTask``."""

    id: int
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    image: V3TasksTaskGroupImage
    """Workgroup picture as a file object."""
    type: str
    """Kind of workgroup."""
    isVisible: bool
    """Whether the workgroup is visible to everyone."""


class V3TasksTaskStage(TypedDict, total=False):
    """Keys of ``stage`` in ``V3TasksTask``."""

    id: int
    """ID of the stage."""
    title: str
    """Stage name."""
    color: str
    """Stage colour."""


class V3TasksTaskFlow(TypedDict, total=False):
    """Keys of ``flow`` in ``V3TasksTask``."""

    id: int
    """ID of the flow."""
    name: str
    """Flow name."""


class V3TasksTaskChat(TypedDict, total=False):
    """Keys of ``chat`` in ``V3TasksTask``."""

    id: int
    """ID of the chat."""
    entityId: int
    """ID of the object the chat belongs to."""
    entityType: str
    """Kind of object the chat belongs to."""


class V3TasksTaskChangedByImage(TypedDict, total=False):
    """Keys of ``changedBy.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskChangedBy(TypedDict, total=False):
    """Keys of ``changedBy`` in ``V3TasksTask``."""

    id: int
    """ID of the user."""
    name: str
    """Name of the user."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskChangedByImage
    """User photo as a file object."""
    gender: str
    """Gender of the user."""
    email: str
    """E-mail address of the user."""
    externalAuthId: str
    """External authentication ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskStatusChangedByImage(TypedDict, total=False):
    """Keys of ``statusChangedBy.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskStatusChangedBy(TypedDict, total=False):
    """Keys of ``statusChangedBy`` in ``V3TasksTask``."""

    id: int
    """ID of the user."""
    name: str
    """Name of the user."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskStatusChangedByImage
    """User photo as a file object."""
    gender: str
    """Gender of the user."""
    email: str
    """E-mail address of the user."""
    externalAuthId: str
    """External authentication ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskClosedByImage(TypedDict, total=False):
    """Keys of ``closedBy.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskClosedBy(TypedDict, total=False):
    """Keys of ``closedBy`` in ``V3TasksTask``."""

    id: int
    """ID of the user."""
    name: str
    """Name of the user."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskClosedByImage
    """User photo as a file object."""
    gender: str
    """Gender of the user."""
    email: str
    """E-mail address of the user."""
    externalAuthId: str
    """External authentication ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskForkedByTemplateCreatorImage(TypedDict, total=False):
    """Keys of ``forkedByTemplate.creator.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskForkedByTemplateCreator(TypedDict, total=False):
    """Keys of ``forkedByTemplate.creator`` in ``V3TasksTask``."""

    id: int
    """ID of the user."""
    name: str
    """Name of the user."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskForkedByTemplateCreatorImage
    """User photo as a file object."""
    gender: str
    """Gender of the user."""
    email: str
    """E-mail address of the user."""
    externalAuthId: str
    """External authentication ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskForkedByTemplateGroupImage(TypedDict, total=False):
    """Keys of ``forkedByTemplate.group.image`` in ``V3TasksTask``."""

    id: int
    """ID of the file."""
    src: str
    """Link to the file."""
    name: str
    """File name."""
    width: int
    """Width, in pixels."""
    height: int
    """Height, in pixels."""
    size: int
    """Size, in bytes."""
    subDir: str
    """Storage subfolder."""
    contentType: str
    """MIME type, such as "image/png"."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskForkedByTemplateGroup(TypedDict, total=False):
    """Keys of ``forkedByTemplate.group`` in ``V3TasksTask``."""

    id: int
    """ID of the workgroup."""
    name: str
    """Workgroup name."""
    image: V3TasksTaskForkedByTemplateGroupImage
    """Workgroup picture as a file object."""
    type: str
    """Kind of workgroup."""
    isVisible: bool
    """Whether the workgroup is visible to everyone."""


class V3TasksTaskForkedByTemplateReplicateParams(TypedDict, total=False):
    """Keys of ``forkedByTemplate.replicateParams`` in ``V3TasksTask``."""

    period: str
    """Recurrence period, such as daily, weekly, monthly or yearly."""
    everyDay: str
    """Repeat every N days."""
    workdayOnly: str
    """Whether only working days count."""
    dailyMonthInterval: str
    """Extra interval for daily recurrence."""
    everyWeek: str
    """Repeat every N weeks."""
    monthlyType: str
    """Kind of monthly recurrence (by day number or by weekday)."""
    monthlyDayNum: str
    """Day of the month to repeat on."""
    monthlyMonthNum1: str
    """Repeat every N months (by day number)."""
    monthlyWeekDayNum: str
    """Week of the month to repeat in."""
    monthlyWeekDay: str
    """Weekday to repeat on."""
    monthlyMonthNum2: str
    """Repeat every N months (by weekday)."""
    yearlyType: str
    """Kind of yearly recurrence (by date or by weekday)."""
    yearlyDayNum: str
    """Day of the month for yearly recurrence."""
    yearlyMonth1: str
    """Month for yearly recurrence by date."""
    yearlyWeekDayNum: str
    """Week of the month for yearly recurrence."""
    yearlyWeekDay: str
    """Weekday for yearly recurrence."""
    yearlyMonth2: str
    """Month for yearly recurrence by weekday."""
    time: str
    """Time of day the recurring task is created."""
    timezoneOffset: str
    """Time zone offset applied to the time."""
    startDate: str
    """Date recurrence starts."""
    repeatTill: str
    """What ends the recurrence: a date, a number of repetitions, or nothing."""
    endDate: str
    """Date recurrence ends."""
    times: str
    """Number of repetitions."""


class V3TasksTaskForkedByTemplate(TypedDict, total=False):
    """Keys of ``forkedByTemplate`` in ``V3TasksTask``."""

    id: int
    """ID of the template."""
    task: dict[str, Any]
    """Task linked to the template, as a task object."""
    title: str
    """Template title."""
    description: str
    """Template description."""
    creator: V3TasksTaskForkedByTemplateCreator
    """The template creator as a user object."""
    responsibleCollection: list[Any] | dict[str, Any]
    """Assignees set in the template."""
    deadlineAfterTs: int
    """Deadline offset from task creation."""
    startDatePlanTs: int
    """Planned start date of the template."""
    endDatePlanTs: int
    """Planned end date of the template."""
    replicate: bool
    """Whether tasks are created from the template on a schedule."""
    checklist: list[Any] | dict[str, Any]
    """IDs of the template checklist items."""
    group: V3TasksTaskForkedByTemplateGroup
    """Workgroup set in the template."""
    priority: str
    """Priority set in the template."""
    accomplices: list[Any] | dict[str, Any]
    """Participants set in the template."""
    auditors: list[Any] | dict[str, Any]
    """Observers set in the template."""
    parent: dict[str, Any]
    """Parent template."""
    replicateParams: V3TasksTaskForkedByTemplateReplicateParams
    """Recurrence settings of the template."""


class V3TasksTaskRights(TypedDict, total=False):
    """Keys of ``rights`` in ``V3TasksTask``."""

    read: bool
    """Can view the task."""
    watch: bool
    """Can start or stop watching the task."""
    mute: bool
    """Can mute task notifications."""
    createResult: bool
    """Can record a result."""
    edit: bool
    """Can edit the task."""
    remove: bool
    """Can delete the task."""
    complete: bool
    """Can complete the task."""
    approve: bool
    """Can accept the finished work."""
    disapprove: bool
    """Can send the work back for rework."""
    start: bool
    """Can start work on the task."""
    take: bool
    """Can take the task on."""
    delegate: bool
    """Can delegate the task to another user."""
    defer: bool
    """Can defer the task."""
    renew: bool
    """Can resume the task."""
    deadline: bool
    """Can change the deadline."""
    datePlan: bool
    """Can change the planned dates."""
    changeDirector: bool
    """Can change the creator."""
    changeResponsible: bool
    """Can change the assignee."""
    changeAccomplices: bool
    """Can change the participants."""
    pause: bool
    """Can pause work."""
    timeTracking: bool
    """Can use time tracking."""
    mark: bool
    """Can rate the task."""
    changeStatus: bool
    """Can change the status."""
    reminder: bool
    """Can set reminders."""
    addAuditors: bool
    """Can add observers."""
    elapsedTime: bool
    """Can log time spent."""
    favorite: bool
    """Can add the task to favorites."""
    checklistAdd: bool
    """Can add a checklist."""
    checklistEdit: bool
    """Can edit checklist items."""
    checklistSave: bool
    """Can save checklist changes."""
    checklistToggle: bool
    """Can tick and untick checklist items."""
    automate: bool
    """Can set up automation rules."""
    resultEdit: bool
    """Can edit results."""
    completeResult: bool
    """Can close results."""
    removeResult: bool
    """Can delete results."""
    resultRead: bool
    """Can view results."""
    admin: bool
    """Has administrator rights on the task."""
    createSubtask: bool
    """Can create a subtask."""
    copy: bool
    """Can copy the task."""
    saveAsTemplate: bool
    """Can save the task as a template."""
    attachFile: bool
    """Can attach files."""
    detachFile: bool
    """Can remove attached files."""
    detachParent: bool
    """Can unlink the task from its parent."""
    createGanttDependence: bool
    """Can create Gantt dependencies."""
    sort: bool
    """Can change the manual sort order."""


V3TasksTaskEmail = TypedDict(
    "V3TasksTaskEmail",
    {
        "id": int,
        "taskId": int,
        "mailboxId": int,
        "title": str,
        "body": str,
        "from": str,
        "dateTs": int,
        "link": str,
    },
    total=False,
)


class V3TasksTaskElapsedTime(TypedDict, total=False):
    """Keys of ``elapsedTime`` in ``V3TasksTask``."""

    id: int
    """ID of the time record."""
    userId: int
    """ID of the user who logged the time."""
    taskId: int
    """ID of the task."""
    minutes: int
    """Logged time, in minutes."""
    seconds: int
    """Logged time, in seconds."""
    source: str
    """Where the record came from."""
    text: str
    """Comment on the record."""
    createdAtTs: int
    """When the record was created, Unix timestamp."""
    startTs: int
    """Start of the period, Unix timestamp."""
    stopTs: int
    """End of the period, Unix timestamp."""


class V3TasksTaskSource(TypedDict, total=False):
    """Keys of ``source`` in ``V3TasksTask``."""

    type: str
    """Kind of source."""
    data: list[Any] | dict[str, Any]
    """Data of the source."""


class V3TasksTask(TypedDict, total=False):
    """A task in REST 3.0; linked objects come only when named in select.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html
    """

    id: int
    """ID of the task."""
    title: str
    """Task name; required when creating."""
    description: str
    """Task description text."""
    creatorId: int
    """ID of the user who set the task; required when creating."""
    creator: V3TasksTaskCreator
    """The creator as a user object (ask for it in select)."""
    created: str
    """When the task was created, ISO 8601."""
    responsibleId: int
    """ID of the assignee; required when creating."""
    responsible: V3TasksTaskResponsible
    """The assignee as a user object (ask for it in select)."""
    deadline: str | None
    """Deadline, ISO 8601, such as "2025-12-31T23:59:59+02:00"."""
    needsControl: bool
    """Whether the creator must review the finished work; off by default."""
    startPlan: str | None
    """Planned start, ISO 8601."""
    endPlan: str | None
    """Planned end, ISO 8601."""
    checklist: list[Any] | dict[str, Any]
    """IDs of the checklist items; manage them with task.checklistitem.*."""
    groupId: int
    """ID of the workgroup or project."""
    group: V3TasksTaskGroup
    """The workgroup as an object (ask for it in select)."""
    stageId: int
    """ID of the stage; used when the task is in a workgroup or project."""
    stage: V3TasksTaskStage
    """The stage as an object (ask for it in select)."""
    epicId: int | None
    """ID of the Scrum epic; manage epics with tasks.api.scrum.epic.*."""
    storyPoints: int | None
    """Story points; change them with tasks.api.scrum.task.update."""
    flowId: int
    """ID of the flow."""
    flow: V3TasksTaskFlow
    """The flow as an object (ask for it in select)."""
    priority: str
    """Priority: "high", "average" or "low"."""
    status: str
    """Status: "pending", "in_progress", "supposedly_completed" (awaiting control), "completed", "deferred" or "declined"."""
    statusChanged: str
    """When the status last changed, ISO 8601."""
    accomplices: Any
    """Participants: IDs when writing, user objects when read with select."""
    auditors: Any
    """Observers: IDs when writing, user objects when read with select."""
    parentId: int | None
    """ID of the parent task; null when there is none."""
    parent: dict[str, Any]
    """The parent task as an object (ask for it in select)."""
    containsChecklist: bool
    """Whether the task has a checklist; maintained by the system."""
    containsSubTasks: bool
    """Whether the task has subtasks; maintained by the system."""
    containsRelatedTasks: bool
    """Whether the task has related tasks; maintained by the system."""
    containsGanttLinks: bool
    """Whether the task has Gantt links; maintained by the system."""
    containsPlacements: bool
    """Whether the task has app placements; maintained by the system."""
    containsResults: bool
    """Whether the task has results; maintained by the system."""
    numberOfReminders: int
    """Number of reminders set on the task; maintained by the system."""
    chatId: int
    """ID of the task chat; use it with the im.message.* methods."""
    chat: V3TasksTaskChat
    """The task chat as an object (ask for it in select)."""
    plannedDuration: int
    """Planned duration, in the unit given by durationType."""
    actualDuration: int
    """Actual duration."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    started: str | None
    """When work started, ISO 8601."""
    estimatedTime: int
    """Estimated effort, in seconds."""
    replicate: bool
    """Whether the task is recurring."""
    changed: str
    """When the task was last changed, ISO 8601."""
    changedById: int
    """ID of the user who last changed the task."""
    changedBy: V3TasksTaskChangedBy
    """The user who last changed the task (ask for it in select)."""
    statusChangedById: int
    """ID of the user who last changed the status."""
    statusChangedBy: V3TasksTaskStatusChangedBy
    """The user who last changed the status (ask for it in select)."""
    closedById: int
    """ID of the user who closed the task."""
    closedBy: V3TasksTaskClosedBy
    """The user who closed the task (ask for it in select)."""
    closed: str | None
    """When the task was closed, ISO 8601."""
    activity: str
    """Time of the latest activity, ISO 8601."""
    guid: str
    """Globally unique identifier (GUID) of the task."""
    xmlId: str | None
    """External ID, free for integrations to set."""
    exchangeId: str | None
    """ID of the task in Exchange."""
    exchangeModified: str | None
    """When Exchange last changed the task."""
    outlookVersion: int
    """Version number used for Outlook synchronization."""
    mark: str
    """Rating: "P" positive, "N" negative, null when not rated."""
    allowsChangeDeadline: bool
    """Whether the assignee may move the deadline."""
    allowsTimeTracking: bool
    """Whether time tracking is on."""
    matchesWorkTime: bool
    """Whether only working hours count when planning."""
    addInReport: bool | None
    """Whether the task goes into the work report."""
    isMultitask: bool
    """Whether this is a base task with subtasks."""
    siteId: str
    """ID of the site."""
    forkedByTemplateId: int
    """ID of the template the task was created from."""
    forkedByTemplate: V3TasksTaskForkedByTemplate
    """The template the task was created from (ask for it in select)."""
    maxDeadlineChangeDate: str | None
    """Date after which the deadline can no longer be changed, ISO 8601."""
    maxDeadlineChanges: int | None
    """How many times the deadline may be moved."""
    requireDeadlineChangeReason: bool
    """Whether a reason is required to move the deadline."""
    link: str
    """Link to the task."""
    rights: V3TasksTaskRights | list[Any]
    """Actions the current user may perform on the task."""
    archiveLink: str
    """Link to download all task files as one archive."""
    crmItemIds: list[Any] | dict[str, Any]
    """Linked CRM items, such as "L_4" lead, "D_10" deal, "C_7" contact, "CO_5" company, "SI_1" invoice, "T1a_5" smart process item."""
    emailId: int
    """ID of the e-mail the task was created from."""
    email: V3TasksTaskEmail
    """The e-mail the task was created from (ask for it in select)."""
    elapsedTime: V3TasksTaskElapsedTime
    """Time tracking record (ask for it in select)."""
    requireResult: bool
    """Whether the task cannot be completed without a result."""
    matchesSubTasksTime: bool
    """Whether dates follow the subtasks."""
    autocompleteSubTasks: bool
    """Whether subtasks complete together with the task."""
    allowsChangeDatePlan: bool
    """Whether planned dates may be changed."""
    inFavorite: list[Any] | dict[str, Any]
    """Holds the current user ID when the user added the task to favorites, such as [29]."""
    inPin: list[Any] | dict[str, Any]
    """Holds the current user ID when the user pinned the task."""
    inGroupPin: list[Any] | dict[str, Any]
    """Holds the current user ID when the task is pinned in the group for that user."""
    inMute: list[Any] | dict[str, Any]
    """Holds the current user ID when the user muted the task."""
    source: V3TasksTaskSource
    """Where the task came from (ask for it in select)."""
    dependsOn: list[Any] | dict[str, Any]
    """Tasks this task depends on."""
    scenarios: list[Any] | dict[str, Any]
    """How the task was created: "default", "crm", "mobile", "voice" (AI audio) or "video" (AI video)."""
    fileIds: Any
    """IDs of the files attached to the task."""
    deadlineCount: Any
    """Number of times the deadline has been moved."""
    declineReason: Any
    """Reason given when the task was declined."""
    forumTopicId: Any
    """ID of the forum topic holding the task comments."""


class V3TasksTaskAccess(TypedDict, total=False):
    """What the current user may do with a task, one true/false flag per action.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-get.html
    """

    read: bool
    """Can view the task."""
    watch: bool
    """Can start or stop watching the task."""
    mute: bool
    """Can mute task notifications."""
    createSubtask: bool
    """Can create a subtask."""
    createResult: bool
    """Can record a result."""
    edit: bool
    """Can edit the task."""
    remove: bool
    """Can delete the task."""
    complete: bool
    """Can complete the task."""
    approve: bool
    """Can accept the finished work."""
    disapprove: bool
    """Can send the work back for rework."""
    start: bool
    """Can start work on the task."""
    take: bool
    """Can take the task on."""
    delegate: bool
    """Can delegate the task to another user."""
    defer: bool
    """Can defer the task."""
    renew: bool
    """Can resume the task."""
    deadline: bool
    """Can change the deadline."""
    datePlan: bool
    """Can change the planned dates."""
    changeDirector: bool
    """Can change the creator."""
    changeResponsible: bool
    """Can change the assignee."""
    changeAccomplices: bool
    """Can change the participants."""
    pause: bool
    """Can pause work."""
    timeTracking: bool
    """Can use time tracking."""
    mark: bool
    """Can rate the task."""
    changeStatus: bool
    """Can change the status."""
    reminder: bool
    """Can set reminders."""
    addAuditors: bool
    """Can add observers."""
    elapsedTime: bool
    """Can log time spent."""
    favorite: bool
    """Can add the task to favorites."""
    checklistAdd: bool
    """Can add a checklist."""
    checklistEdit: bool
    """Can edit checklist items."""
    checklistSave: bool
    """Can save checklist changes."""
    checklistToggle: bool
    """Can tick and untick checklist items."""
    automate: bool
    """Can set up automation rules."""
    resultEdit: bool
    """Can edit results."""
    completeResult: bool
    """Can close results."""
    removeResult: bool
    """Can delete results."""
    resultRead: bool
    """Can view results."""
    admin: bool
    """Has administrator rights on the task."""
    copy: bool
    """Can copy the task."""
    saveAsTemplate: bool
    """Can save the task as a template."""
    attachFile: bool
    """Can attach files."""
    detachFile: bool
    """Can remove attached files."""
    detachParent: bool
    """Can unlink the task from its parent."""
    createGanttDependence: bool
    """Can create Gantt dependencies."""
    sort: bool
    """Can change the manual sort order."""


class V3TasksTaskAccessField(TypedDict, total=False):
    """Description of one field of the task access object.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Data type of the field."""
    title: str
    """Display title of the field."""
    description: str
    """Description of the field."""
    validationRules: list[Any]
    """Validation rules applied to the value."""
    requiredGroups: Any
    """Groups of fields of which at least one is required."""
    filterable: bool
    """Whether the field can be used in filter."""
    sortable: bool
    """Whether the field can be used in order."""
    editable: bool
    """Whether the field can be written."""
    multiple: bool
    """Whether the field holds several values."""
    elementType: Any
    """Type of each element of a multiple field."""


class V3TasksTaskAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.add`` (REST 3.0)."""

    title: Required[str]
    """Task name."""
    creatorId: Required[int]
    """ID of the task creator."""
    responsibleId: Required[int]
    """ID of the assignee."""
    deadline: str
    """Deadline, ISO 8601 such as "2025-12-31T23:59:59+02:00"."""
    crmItemIds: Sequence[str]
    """Linked CRM items: "L_<id>" lead, "D_<id>" deal, "C_<id>" contact, "CO_<id>" company, "SI_<id>" invoice, "T<type>_<id>" smart process item."""


class V3TasksTaskAddResultCreatorImage(TypedDict, total=False):
    """Keys of ``result.creator.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultCreator(TypedDict, total=False):
    """Keys of ``result.creator`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the user."""
    name: str
    """User name."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskAddResultCreatorImage
    """User photo."""
    gender: str
    """Gender."""
    email: str
    """E-mail address."""
    externalAuthId: str
    """External authorization ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskAddResultResponsibleImage(TypedDict, total=False):
    """Keys of ``result.responsible.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultResponsible(TypedDict, total=False):
    """Keys of ``result.responsible`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the user."""
    name: str
    """User name."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskAddResultResponsibleImage
    """User photo."""
    gender: str
    """Gender."""
    email: str
    """E-mail address."""
    externalAuthId: str
    """External authorization ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskAddResultGroupImage(TypedDict, total=False):
    """Keys of ``result.group.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultGroup(TypedDict, total=False):
    """Keys of ``result.group`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the group."""
    name: str
    """Group name."""
    image: V3TasksTaskAddResultGroupImage
    """Group avatar."""
    type: str
    """Group type."""
    isVisible: bool
    """Whether the group is visible."""


class V3TasksTaskAddResultStage(TypedDict, total=False):
    """Keys of ``result.stage`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the stage."""
    title: str
    """Stage name."""
    color: str
    """Stage color."""


class V3TasksTaskAddResultFlow(TypedDict, total=False):
    """Keys of ``result.flow`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the flow."""
    name: str
    """Flow name."""


class V3TasksTaskAddResultChat(TypedDict, total=False):
    """Keys of ``result.chat`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the chat item."""
    entityId: int
    """ID of the chat entity."""
    entityType: str
    """Type of the chat entity."""


class V3TasksTaskAddResultChangedByImage(TypedDict, total=False):
    """Keys of ``result.changedBy.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultChangedBy(TypedDict, total=False):
    """Keys of ``result.changedBy`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the user."""
    name: str
    """User name."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskAddResultChangedByImage
    """User photo."""
    gender: str
    """Gender."""
    email: str
    """E-mail address."""
    externalAuthId: str
    """External authorization ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskAddResultStatusChangedByImage(TypedDict, total=False):
    """Keys of ``result.statusChangedBy.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultStatusChangedBy(TypedDict, total=False):
    """Keys of ``result.statusChangedBy`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the user."""
    name: str
    """User name."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskAddResultStatusChangedByImage
    """User photo."""
    gender: str
    """Gender."""
    email: str
    """E-mail address."""
    externalAuthId: str
    """External authorization ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskAddResultClosedByImage(TypedDict, total=False):
    """Keys of ``result.closedBy.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultClosedBy(TypedDict, total=False):
    """Keys of ``result.closedBy`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the user."""
    name: str
    """User name."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskAddResultClosedByImage
    """User photo."""
    gender: str
    """Gender."""
    email: str
    """E-mail address."""
    externalAuthId: str
    """External authorization ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskAddResultForkedByTemplateCreatorImage(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.creator.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultForkedByTemplateCreator(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.creator`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the user."""
    name: str
    """User name."""
    role: str
    """Role of the user in the task."""
    image: V3TasksTaskAddResultForkedByTemplateCreatorImage
    """User photo."""
    gender: str
    """Gender."""
    email: str
    """E-mail address."""
    externalAuthId: str
    """External authorization ID of the user."""
    rights: list[Any] | dict[str, Any]
    """Rights of the user."""


class V3TasksTaskAddResultForkedByTemplateGroupImage(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.group.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the file."""
    src: str
    """URL of the file."""
    name: str
    """File name."""
    width: int
    """Image width."""
    height: int
    """Image height."""
    size: int
    """File size."""
    subDir: str
    """Storage subdirectory."""
    contentType: str
    """MIME type."""
    file: list[Any] | dict[str, Any]
    """File data."""


class V3TasksTaskAddResultForkedByTemplateGroup(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.group`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the group."""
    name: str
    """Group name."""
    image: V3TasksTaskAddResultForkedByTemplateGroupImage
    """Group avatar."""
    type: str
    """Group type."""
    isVisible: bool
    """Whether the group is visible."""


class V3TasksTaskAddResultForkedByTemplateReplicateParams(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.replicateParams`` in ``tasks.task.add`` (REST 3.0)."""

    period: str
    """Repeat period."""
    everyDay: str
    """Repeat every N days."""
    workdayOnly: str
    """Whether to repeat on work days only."""
    dailyMonthInterval: str
    """Interval in days of the month."""
    everyWeek: str
    """Repeat every N weeks."""
    monthlyType: str
    """Kind of monthly repeat."""
    monthlyDayNum: str
    """Day of the month."""
    monthlyMonthNum1: str
    """First month of the period."""
    monthlyWeekDayNum: str
    """Week number in the month."""
    monthlyWeekDay: str
    """Day of the week."""
    monthlyMonthNum2: str
    """Second month of the period."""
    yearlyType: str
    """Kind of yearly repeat."""
    yearlyDayNum: str
    """Day of the month for the yearly repeat."""
    yearlyMonth1: str
    """First month of the yearly repeat."""
    yearlyWeekDayNum: str
    """Week number for the yearly repeat."""
    yearlyWeekDay: str
    """Day of the week for the yearly repeat."""
    yearlyMonth2: str
    """Second month of the yearly repeat."""
    time: str
    """Time of day to create the task."""
    timezoneOffset: str
    """Time zone offset."""
    startDate: str
    """Date the repeating starts."""
    repeatTill: str
    """Repeat-until rule."""
    endDate: str
    """Date the repeating ends."""
    times: str
    """Number of repeats."""


class V3TasksTaskAddResultForkedByTemplate(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the template."""
    task: dict[str, Any]
    """Task of the template."""
    title: str
    """Template title."""
    description: str
    """Template description."""
    creator: V3TasksTaskAddResultForkedByTemplateCreator
    """Template creator."""
    responsibleCollection: list[Any] | dict[str, Any]
    """Assignees of the template."""
    deadlineAfterTs: int
    """Deadline offset."""
    startDatePlanTs: int
    """Planned start."""
    endDatePlanTs: int
    """Planned end."""
    replicate: bool
    """Whether tasks repeat from this template."""
    checklist: list[Any] | dict[str, Any]
    """IDs of checklist items."""
    group: V3TasksTaskAddResultForkedByTemplateGroup
    """Group of the template."""
    priority: str
    """Priority."""
    accomplices: list[Any] | dict[str, Any]
    """Participants."""
    auditors: list[Any] | dict[str, Any]
    """Observers."""
    parent: dict[str, Any]
    """Parent template."""
    replicateParams: V3TasksTaskAddResultForkedByTemplateReplicateParams
    """Repeat settings."""


class V3TasksTaskAddResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.add`` (REST 3.0)."""

    read: bool
    """true when the current user may view the task."""
    watch: bool
    """true when the current user may watch the task (become an observer)."""
    mute: bool
    """true when the current user may mute the task."""
    createResult: bool
    """true when the current user may add a result."""
    edit: bool
    """true when the current user may edit the task."""
    remove: bool
    """true when the current user may delete the task."""
    complete: bool
    """true when the current user may complete the task."""
    approve: bool
    """true when the current user may approve the completed task."""
    disapprove: bool
    """true when the current user may send the completed task back."""
    start: bool
    """true when the current user may start work on the task."""
    take: bool
    """true when the current user may take the task."""
    delegate: bool
    """true when the current user may delegate the task."""
    defer: bool
    """true when the current user may defer the task."""
    renew: bool
    """true when the current user may resume the task."""
    deadline: bool
    """true when the current user may change the deadline."""
    datePlan: bool
    """true when the current user may change planned dates."""
    changeDirector: bool
    """true when the current user may change the creator."""
    changeResponsible: bool
    """true when the current user may change the assignee."""
    changeAccomplices: bool
    """true when the current user may change participants."""
    pause: bool
    """true when the current user may pause work on the task."""
    timeTracking: bool
    """true when the current user may track time."""
    mark: bool
    """true when the current user may rate the task."""
    changeStatus: bool
    """true when the current user may change the status."""
    reminder: bool
    """true when the current user may set reminders."""
    addAuditors: bool
    """true when the current user may add observers."""
    elapsedTime: bool
    """true when the current user may add time spent."""
    favorite: bool
    """true when the current user may add the task to favorites."""
    checklistAdd: bool
    """true when the current user may add checklist items."""
    checklistEdit: bool
    """true when the current user may edit the checklist."""
    checklistSave: bool
    """true when the current user may save the checklist."""
    checklistToggle: bool
    """true when the current user may tick checklist items."""
    automate: bool
    """true when the current user may set up automation."""
    resultEdit: bool
    """true when the current user may edit results."""
    completeResult: bool
    """true when the current user may complete with a result."""
    removeResult: bool
    """true when the current user may delete results."""
    resultRead: bool
    """true when the current user may read results."""
    admin: bool
    """true when the current user may act as task administrator."""
    createSubtask: bool
    """true when the current user may create subtasks."""
    copy: bool
    """true when the current user may copy the task."""
    saveAsTemplate: bool
    """true when the current user may save the task as a template."""
    attachFile: bool
    """true when the current user may attach files."""
    detachFile: bool
    """true when the current user may detach files."""
    detachParent: bool
    """true when the current user may detach the task from its parent."""
    createGanttDependence: bool
    """true when the current user may create Gantt dependencies."""
    sort: bool
    """true when the current user may sort the task."""


V3TasksTaskAddResultEmail = TypedDict(
    "V3TasksTaskAddResultEmail",
    {
        "id": int,
        "taskId": int,
        "mailboxId": int,
        "title": str,
        "body": str,
        "from": str,
        "dateTs": int,
        "link": str,
    },
    total=False,
)


class V3TasksTaskAddResultElapsedTime(TypedDict, total=False):
    """Keys of ``result.elapsedTime`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the time record."""
    userId: int
    """ID of the user."""
    taskId: int
    """ID of the task."""
    minutes: int
    """Minutes spent."""
    seconds: int
    """Seconds spent."""
    source: str
    """Source of the record."""
    text: str
    """Comment."""
    createdAtTs: int
    """Creation time."""
    startTs: int
    """Start time."""
    stopTs: int
    """Stop time."""


class V3TasksTaskAddResultSource(TypedDict, total=False):
    """Keys of ``result.source`` in ``tasks.task.add`` (REST 3.0)."""

    type: str
    """Source type."""
    data: list[Any] | dict[str, Any]
    """Source data."""


class V3TasksTaskAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.add`` (REST 3.0)."""

    id: int
    """ID of the task."""
    title: str
    """Task name."""
    description: str
    """Task description."""
    creatorId: int
    """ID of the task creator."""
    creator: V3TasksTaskAddResultCreator
    """Task creator."""
    created: str
    """Creation date, ISO 8601."""
    responsibleId: int
    """ID of the assignee."""
    responsible: V3TasksTaskAddResultResponsible
    """Assignee."""
    deadline: str
    """Deadline, ISO 8601 such as "2025-12-31T23:59:59+02:00"."""
    needsControl: bool
    """Whether the creator must review the task on completion: "Y" or "N" (default)."""
    startPlan: str | None
    """Planned start, ISO 8601."""
    endPlan: str | None
    """Planned end, ISO 8601."""
    checklist: list[Any]
    """IDs of checklist items; manage them with task.checklistitem.*."""
    groupId: int
    """ID of the workgroup or project."""
    group: V3TasksTaskAddResultGroup
    """Workgroup or project."""
    stageId: int
    """ID of the stage, for a task in a group or project."""
    stage: V3TasksTaskAddResultStage
    """Stage of the task."""
    epicId: int | None
    """ID of the scrum epic."""
    storyPoints: int | None
    """Scrum story points."""
    flowId: int
    """ID of the flow."""
    flow: V3TasksTaskAddResultFlow
    """Flow of the task."""
    priority: str
    """\"high", "average" or "low"."""
    status: str
    """\"pending", "in_progress", "supposedly_completed" (awaiting review), "completed", "deferred" or "declined"."""
    statusChanged: str | None
    """Date the status last changed, ISO 8601."""
    accomplices: Any
    """Participants (co-assignees); user IDs when writing."""
    auditors: Any
    """Observers; user IDs when writing."""
    parentId: int | None
    """ID of the parent task, or null."""
    parent: dict[str, Any]
    """Parent task."""
    containsChecklist: bool
    """Whether the task has a checklist; set automatically."""
    containsSubTasks: bool
    """Whether the task has subtasks; set automatically."""
    containsRelatedTasks: bool
    """Whether the task has related tasks; set automatically."""
    containsGanttLinks: bool
    """Whether the task has Gantt links; set automatically."""
    containsPlacements: bool
    """Whether the task has app widgets; set automatically."""
    containsResults: bool
    """Whether the task has results; set automatically."""
    numberOfReminders: int
    """Number of reminders; set automatically."""
    chatId: int
    """ID of the task chat."""
    chat: V3TasksTaskAddResultChat
    """Task chat."""
    plannedDuration: int
    """Planned duration, in durationType units."""
    actualDuration: int
    """Actual duration."""
    durationType: str
    """Unit of the planned duration: "secs", "mins", "hours", "days", "weeks", "monts" or "years"."""
    started: str | None
    """Date work started, ISO 8601."""
    estimatedTime: int
    """Time estimate in seconds."""
    replicate: bool
    """Whether the task repeats: "Y" yes, "N" no."""
    changed: str
    """Date of the last change, ISO 8601."""
    changedById: int
    """ID of the user who last changed the task."""
    changedBy: V3TasksTaskAddResultChangedBy
    """User who last changed the task."""
    statusChangedById: int
    """ID of the user who last changed the status."""
    statusChangedBy: V3TasksTaskAddResultStatusChangedBy
    """User who last changed the status."""
    closedById: int
    """ID of the user who closed the task."""
    closedBy: V3TasksTaskAddResultClosedBy
    """User who closed the task."""
    closed: str | None
    """Closing date, ISO 8601."""
    activity: str
    """Date of the last activity, ISO 8601."""
    guid: str
    """GUID of the task."""
    xmlId: str | None
    """External ID."""
    exchangeId: str | None
    """Exchange ID."""
    exchangeModified: str | None
    """Date of the last change in Exchange."""
    outlookVersion: int
    """Outlook sync version."""
    mark: str
    """Task rating: "P" positive, "N" negative, null none."""
    allowsChangeDeadline: bool
    """Whether the assignee may change the deadline: "Y" yes, "N" no."""
    allowsTimeTracking: bool
    """Whether time tracking is on: "Y" yes, "N" no."""
    matchesWorkTime: bool
    """Whether only work time counts: "Y" yes, "N" no."""
    addInReport: bool | None
    """Whether the task goes into the work report: "Y" yes, "N" no."""
    isMultitask: bool
    """Whether this is a base task with subtasks: "Y" yes, "N" no."""
    siteId: str
    """ID of the site."""
    forkedByTemplateId: int
    """ID of the template the task was created from."""
    forkedByTemplate: V3TasksTaskAddResultForkedByTemplate
    """Template the task was created from."""
    maxDeadlineChangeDate: str | None
    """Date after which the deadline can no longer change, ISO 8601."""
    maxDeadlineChanges: int | None
    """Maximum number of deadline postponements."""
    requireDeadlineChangeReason: bool
    """Whether a reason is required to change the deadline: "Y" yes, "N" no."""
    link: str
    """URL of the task."""
    rights: V3TasksTaskAddResultRights
    """Actions the current user may perform on the task."""
    archiveLink: str
    """URL to download all task files as an archive."""
    crmItemIds: list[Any]
    """Linked CRM items: "L_<id>" lead, "D_<id>" deal, "C_<id>" contact, "CO_<id>" company, "SI_<id>" invoice, "T<type>_<id>" smart process item."""
    emailId: int
    """ID of the e-mail the task was created from."""
    email: V3TasksTaskAddResultEmail
    """E-mail the task was created from."""
    elapsedTime: V3TasksTaskAddResultElapsedTime
    """Time tracking record."""
    requireResult: bool
    """Whether a result is required to complete the task: "Y" yes, "N" no."""
    matchesSubTasksTime: bool
    """Whether the task dates follow its subtasks: "Y" yes, "N" no."""
    autocompleteSubTasks: bool
    """Whether subtasks are completed automatically: "Y" yes, "N" no."""
    allowsChangeDatePlan: bool
    """Whether planned dates may be changed: "Y" yes, "N" no."""
    inFavorite: list[Any]
    """Holds the current user's ID when the task is in their favorites."""
    inPin: list[Any]
    """Holds the current user's ID when they pinned the task."""
    inGroupPin: list[Any]
    """Holds the current user's ID when they pinned the task in its group."""
    inMute: list[Any]
    """Holds the current user's ID when they muted the task."""
    source: V3TasksTaskAddResultSource
    """Source of the task."""
    dependsOn: list[Any]
    """Tasks this task depends on."""
    scenarios: list[Any]
    """Creation scenario: "default", "crm", "mobile", "voice" or "video" (AI tasks)."""
    fileIds: Any
    """IDs of the attached Drive files."""
    deadlineCount: Any
    """Number of deadline changes."""
    declineReason: Any
    """Reason the task was declined."""
    forumTopicId: Any
    """ID of the task comments forum topic."""


class V3TasksTaskChatMessageField(TypedDict, total=False):
    """Description of one field of a task chat message.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Data type of the field."""
    title: str
    """Display title of the field."""
    description: Any
    """Description of the field."""
    filterable: bool
    """Whether the field can be used in filter."""
    sortable: bool
    """Whether the field can be used in order."""
    multiple: bool
    """Whether the field holds several values."""


class V3TasksTaskChatMessageSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.chat.message.send`` (REST 3.0)."""

    taskId: Required[int]
    """ID of the task whose chat gets the message."""
    text: Required[str]
    """Message text."""


class V3TasksTaskField(TypedDict, total=False):
    """Description of one task field in REST 3.0.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Data type of the field."""
    title: str
    """Display title of the field."""
    description: Any
    """Description of the field."""
    validationRules: list[Any]
    """Validation rules applied to the value."""
    requiredGroups: Any
    """Groups of fields of which at least one is required."""
    filterable: bool
    """Whether the field can be used in filter."""
    sortable: bool
    """Whether the field can be used in order."""
    editable: bool
    """Whether the field can be written."""
    multiple: bool
    """Whether the field holds several values."""
    elementType: Any
    """Type of each element of a multiple field."""


class V3TasksTaskFileField(TypedDict, total=False):
    """Description of one field of a task file.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Data type of the field."""
    title: str
    """Display title of the field."""
    description: Any
    """Description of the field."""
    filterable: bool
    """Whether the field can be used in filter."""
    sortable: bool
    """Whether the field can be used in order."""
    multiple: bool
    """Whether the field holds several values."""


class V3TasksTaskResult(TypedDict, total=False):
    """A task result in REST 3.0.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list-rest-v3.html
    """

    id: int
    """ID of the result."""
    taskId: int
    """ID of the task."""
    text: str
    """Result text."""
    authorId: int
    """ID of the user who wrote the result."""
    createdAt: str
    """When the result was created, ISO 8601."""
    status: str
    """Status of the result: open or closed."""
    messageId: Any
    """ID of the chat message holding the result."""


class V3TasksTaskResultAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.add`` (REST 3.0)."""

    taskId: Required[int]
    """ID of the task."""
    text: Required[str]
    """Result text."""


class V3TasksTaskResultAddResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.result.add`` (REST 3.0)."""

    edit: bool
    """true when the user may edit the result."""
    remove: bool
    """true when the user may delete the result."""


class V3TasksTaskResultAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.add`` (REST 3.0)."""

    id: int
    """ID of the result."""
    taskId: int
    """ID of the task."""
    text: str
    """Result text."""
    authorId: int
    """ID of the result author."""
    createdAt: str
    """Creation date."""
    updatedAt: str | None
    """Date of the last change."""
    status: str
    """\"open" or "closed"."""
    fileIds: list[Any]
    """IDs of the result files."""
    rights: V3TasksTaskResultAddResultRights
    """What the current user may do with the result."""
    messageId: int | None
    """ID of the chat message the result was created from."""


class V3TasksTaskResultAddfromchatmessageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    messageId: Required[int]
    """ID of the task chat message."""


class V3TasksTaskResultAddfromchatmessageResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    edit: bool
    """true when the user may edit the result."""
    remove: bool
    """true when the user may delete the result."""


class V3TasksTaskResultAddfromchatmessageResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    id: int
    """ID of the result."""
    taskId: int
    """ID of the task."""
    text: str
    """Result text."""
    authorId: int
    """ID of the result author."""
    createdAt: str
    """Creation date."""
    updatedAt: Any
    """Date of the last change."""
    status: str
    """\"open" or "closed"."""
    fileIds: list[Any]
    """IDs of the result files."""
    rights: V3TasksTaskResultAddfromchatmessageResultRights
    """What the current user may do with the result."""
    messageId: int
    """ID of the chat message the result was created from."""


class V3TasksTaskResultUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.update`` (REST 3.0)."""

    text: Required[str]
    """New result text."""


class V3TasksTaskResultUpdateResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.result.update`` (REST 3.0)."""

    edit: bool
    """true when the user may edit the result."""
    remove: bool
    """true when the user may delete the result."""


class V3TasksTaskResultUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.update`` (REST 3.0)."""

    id: int
    """ID of the result."""
    taskId: int
    """ID of the task."""
    text: str
    """Result text."""
    authorId: int
    """ID of the result author."""
    createdAt: str
    """Creation date."""
    updatedAt: str
    """Date of the last change."""
    status: str
    """\"open" or "closed"."""
    fileIds: list[Any]
    """IDs of the result files."""
    rights: V3TasksTaskResultUpdateResultRights
    """What the current user may do with the result."""
    messageId: Any
    """ID of the chat message the result was created from."""
