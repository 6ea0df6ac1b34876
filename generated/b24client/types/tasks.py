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
    """Tasks api scrum backlog, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.html
    """

    id: int
    groupId: int
    createdBy: int
    modifiedBy: int


class TasksApiScrumBacklogAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.backlog.add``."""

    groupId: Required[int]
    createdBy: int
    modifiedBy: int


class TasksApiScrumBacklogAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.backlog.add``."""

    id: int
    groupId: int
    createdBy: int
    modifiedBy: int


class TasksApiScrumBacklogGetFieldsResultFieldsGroupId(TypedDict, total=False):
    """Keys of ``result.fields.groupId`` in ``tasks.api.scrum.backlog.getFields``."""

    type: str


class TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy(TypedDict, total=False):
    """Keys of ``result.fields.createdBy`` in ``tasks.api.scrum.backlog.getFields``."""

    type: str


class TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy(TypedDict, total=False):
    """Keys of ``result.fields.modifiedBy`` in ``tasks.api.scrum.backlog.getFields``."""

    type: str


class TasksApiScrumBacklogGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.api.scrum.backlog.getFields``."""

    groupId: TasksApiScrumBacklogGetFieldsResultFieldsGroupId
    createdBy: TasksApiScrumBacklogGetFieldsResultFieldsCreatedBy
    modifiedBy: TasksApiScrumBacklogGetFieldsResultFieldsModifiedBy


class TasksApiScrumBacklogGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.backlog.getFields``."""

    fields: Required[TasksApiScrumBacklogGetFieldsResultFields]


class TasksApiScrumBacklogUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.backlog.update``."""

    groupId: int
    createdBy: int
    modifiedBy: int


class TasksApiScrumBacklogUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.backlog.update``."""

    id: int
    groupId: int
    createdBy: int
    modifiedBy: int


class TasksApiScrumEpicAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.epic.add``."""

    name: Required[str]
    description: str
    groupId: Required[int]
    color: str
    files: Sequence[str]
    createdBy: int
    modifiedBy: int


class TasksApiScrumEpicUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.epic.update``."""

    name: Required[str]
    description: str
    groupId: int
    color: str
    files: Sequence[str]


class TasksApiScrumKanbanAddStageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.kanban.addStage``."""

    sprintId: Required[int]
    name: Required[str]
    type: str
    sort: int
    color: str


class TasksApiScrumKanbanGetFieldsResultFieldsName(TypedDict, total=False):
    """Keys of ``result.fields.name`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str


class TasksApiScrumKanbanGetFieldsResultFieldsSort(TypedDict, total=False):
    """Keys of ``result.fields.sort`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str


class TasksApiScrumKanbanGetFieldsResultFieldsType(TypedDict, total=False):
    """Keys of ``result.fields.type`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str


class TasksApiScrumKanbanGetFieldsResultFieldsSprintId(TypedDict, total=False):
    """Keys of ``result.fields.sprintId`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str


class TasksApiScrumKanbanGetFieldsResultFieldsColor(TypedDict, total=False):
    """Keys of ``result.fields.color`` in ``tasks.api.scrum.kanban.getFields``."""

    type: str


class TasksApiScrumKanbanGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.api.scrum.kanban.getFields``."""

    name: TasksApiScrumKanbanGetFieldsResultFieldsName
    sort: TasksApiScrumKanbanGetFieldsResultFieldsSort
    type: TasksApiScrumKanbanGetFieldsResultFieldsType
    sprintId: TasksApiScrumKanbanGetFieldsResultFieldsSprintId
    color: TasksApiScrumKanbanGetFieldsResultFieldsColor


class TasksApiScrumKanbanGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.kanban.getFields``."""

    fields: Required[TasksApiScrumKanbanGetFieldsResultFields]


class TasksApiScrumKanbanGetStagesResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.kanban.getStages``."""

    id: str
    name: str
    type: str
    sort: str
    color: str
    sprintId: str


class TasksApiScrumKanbanUpdateStageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.kanban.updateStage``."""

    sprintId: int
    name: str
    type: str
    sort: int
    color: str


class TasksApiScrumSprint(TypedDict, total=False):
    """Tasks api scrum sprint, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/sprint/tasks-api-scrum-sprint-get.html
    """

    id: int
    groupId: int
    entityType: str
    name: str
    goal: str
    sort: int
    createdBy: int
    modifiedBy: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumSprintAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.sprint.add``."""

    groupId: Required[int]
    name: Required[str]
    sort: int
    dateStart: str
    dateEnd: str
    status: str
    createdBy: int


class TasksApiScrumSprintAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.add``."""

    id: int
    groupId: int
    entityType: str
    name: str
    goal: str
    sort: int
    createdBy: int
    modifiedBy: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumSprintCompleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.complete``."""

    id: int
    groupId: int
    entityType: str
    name: str
    goal: str
    sort: int
    createdBy: int
    modifiedBy: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumSprintGetFieldsResultFieldsGroupId(TypedDict, total=False):
    """Keys of ``result.fields.groupId`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsName(TypedDict, total=False):
    """Keys of ``result.fields.name`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsSort(TypedDict, total=False):
    """Keys of ``result.fields.sort`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsCreatedBy(TypedDict, total=False):
    """Keys of ``result.fields.createdBy`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsModifiedBy(TypedDict, total=False):
    """Keys of ``result.fields.modifiedBy`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsDateStart(TypedDict, total=False):
    """Keys of ``result.fields.dateStart`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsDateEnd(TypedDict, total=False):
    """Keys of ``result.fields.dateEnd`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFieldsStatus(TypedDict, total=False):
    """Keys of ``result.fields.status`` in ``tasks.api.scrum.sprint.getFields``."""

    type: str


class TasksApiScrumSprintGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.api.scrum.sprint.getFields``."""

    groupId: TasksApiScrumSprintGetFieldsResultFieldsGroupId
    name: TasksApiScrumSprintGetFieldsResultFieldsName
    sort: TasksApiScrumSprintGetFieldsResultFieldsSort
    createdBy: TasksApiScrumSprintGetFieldsResultFieldsCreatedBy
    modifiedBy: TasksApiScrumSprintGetFieldsResultFieldsModifiedBy
    dateStart: TasksApiScrumSprintGetFieldsResultFieldsDateStart
    dateEnd: TasksApiScrumSprintGetFieldsResultFieldsDateEnd
    status: TasksApiScrumSprintGetFieldsResultFieldsStatus


class TasksApiScrumSprintGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.getFields``."""

    fields: Required[TasksApiScrumSprintGetFieldsResultFields]


class TasksApiScrumSprintStartResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.start``."""

    id: int
    groupId: int
    entityType: str
    name: str
    goal: str
    sort: int
    createdBy: int
    modifiedBy: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumSprintUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.sprint.update``."""

    groupId: int
    name: str
    sort: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumSprintUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.api.scrum.sprint.update``."""

    id: int
    groupId: int
    entityType: str
    name: str
    goal: str
    sort: int
    createdBy: int
    modifiedBy: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumTask(TypedDict, total=False):
    """Tasks api scrum task, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/task/tasks-api-scrum-task-get.html
    """

    entityId: int
    storyPoints: str
    epicId: int
    sort: int
    createdBy: int
    modifiedBy: int


class TasksApiScrumTaskUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.task.update``."""

    entityId: int
    storyPoints: str
    epicId: int
    sort: int


class TasksFlowFlow(TypedDict, total=False):
    """Tasks flow flow, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-get.html
    """

    id: int
    creatorId: int
    ownerId: int
    groupId: int
    templateId: int
    efficiency: int
    active: bool
    plannedCompletionTime: int
    activity: str
    name: str
    description: str
    distributionType: str
    responsibleList: list[Any]
    demo: bool
    responsibleCanChangeDeadline: bool
    matchWorkTime: bool
    taskControl: bool
    notifyAtHalfTime: bool
    notifyOnQueueOverflow: int
    notifyOnTasksInProgressOverflow: int
    notifyWhenEfficiencyDecreases: int | None
    taskCreators: list[list[str]]
    team: list[list[str]]
    trialFeatureEnabled: bool


class TasksFlowFlowCreateFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.create``."""

    name: Required[str]
    description: str
    groupId: int
    ownerId: int
    templateId: int
    plannedCompletionTime: Required[int]
    distributionType: Required[str]
    responsibleList: Required[Sequence[Sequence[str]]]
    taskCreators: Sequence[Sequence[str]]
    matchWorkTime: int
    responsibleCanChangeDeadline: int
    notifyAtHalfTime: int
    taskControl: int
    notifyOnQueueOverflow: int
    notifyOnTasksInProgressOverflow: int
    notifyWhenEfficiencyDecreases: int


class TasksFlowFlowCreateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.create``."""

    id: int
    creatorId: int
    ownerId: int
    groupId: int
    templateId: int
    efficiency: int
    active: bool
    plannedCompletionTime: int
    activity: str
    name: str
    description: str
    distributionType: str
    responsibleList: list[Any]
    demo: bool
    responsibleCanChangeDeadline: bool
    matchWorkTime: bool
    taskControl: bool
    notifyAtHalfTime: bool
    notifyOnQueueOverflow: int
    notifyOnTasksInProgressOverflow: int
    notifyWhenEfficiencyDecreases: int | None
    taskCreators: list[list[str]]
    team: list[list[str]]
    trialFeatureEnabled: bool


class TasksFlowFlowDeleteFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.delete``."""

    id: Required[int]


class TasksFlowFlowDeleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.delete``."""

    deleted: Required[bool]


class TasksFlowFlowIsExistsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.isExists``."""

    exists: Required[bool]


class TasksFlowFlowUpdateFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.update``."""

    id: Required[int]
    name: str
    description: str
    groupId: int
    ownerId: int
    templateId: int
    plannedCompletionTime: Required[int]
    distributionType: Required[str]
    responsibleList: Required[Sequence[Sequence[str]]]
    taskCreators: Sequence[Sequence[str]]
    matchWorkTime: int
    responsibleCanChangeDeadline: int
    notifyAtHalfTime: int
    taskControl: int
    notifyOnQueueOverflow: int
    notifyOnTasksInProgressOverflow: int
    notifyWhenEfficiencyDecreases: int


class TasksFlowFlowUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.flow.Flow.update``."""

    id: int
    creatorId: int
    ownerId: int
    groupId: int
    templateId: int
    efficiency: int
    active: bool
    plannedCompletionTime: int
    activity: str
    name: str
    description: str
    distributionType: str
    responsibleList: list[Any]
    demo: bool
    responsibleCanChangeDeadline: bool
    matchWorkTime: bool
    taskControl: bool
    notifyAtHalfTime: bool
    notifyOnQueueOverflow: int
    notifyOnTasksInProgressOverflow: int
    notifyWhenEfficiencyDecreases: int | None
    taskCreators: list[list[str]]
    team: list[list[str]]
    trialFeatureEnabled: bool


class TasksTaskGroup(TypedDict, total=False):
    """Keys of ``group`` in ``TasksTask``."""

    id: str
    name: str
    opened: bool | str
    membersCount: int | str
    image: str
    additionalData: list[Any] | dict[str, Any]


class TasksTaskCreator(TypedDict, total=False):
    """Keys of ``creator`` in ``TasksTask``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str | None


class TasksTaskResponsible(TypedDict, total=False):
    """Keys of ``responsible`` in ``TasksTask``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str | None


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
    copiedId: str | None
    entityId: str | None
    userId: int | str
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool | str
    isImportant: bool | str
    completedCount: int | str
    members: list[Any] | dict[str, Any]
    attachments: list[Any] | dict[str, Any]
    nodeId: str | None


class TasksTaskCheckListTreeAction(TypedDict, total=False):
    """Keys of ``checkListTree.action`` in ``TasksTask``."""

    accept: bool | str
    decline: bool | str
    complete: bool | str
    approve: bool | str
    disapprove: bool | str
    start: bool | str
    pause: bool | str
    delegate: bool | str
    remove: bool | str
    edit: bool | str
    defer: bool | str
    renew: bool | str
    create: bool | str
    changeDeadline: bool | str
    checklistAddItems: bool | str
    addFavorite: bool | str
    deleteFavorite: bool | str
    rate: bool | str
    take: bool | str


class TasksTaskCheckListTree(TypedDict, total=False):
    """Keys of ``checkListTree`` in ``TasksTask``."""

    nodeId: int | str
    fields: TasksTaskCheckListTreeFields
    action: list[Any] | TasksTaskCheckListTreeAction
    descendants: list[Any] | dict[str, Any]


class TasksTaskCounterCounters(TypedDict, total=False):
    """Keys of ``counter.counters`` in ``TasksTask``."""

    expired: int
    newComments: int
    projectExpired: int
    projectNewComments: int
    mutedExpired: int
    mutedNewComments: int


class TasksTaskCounter(TypedDict, total=False):
    """Keys of ``counter`` in ``TasksTask``."""

    counters: TasksTaskCounterCounters
    color: str
    value: int


class TasksTask(TypedDict, total=False):
    """Tasks task, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html
    """

    id: str
    parentId: str | None
    title: str
    description: str
    chatId: int | str
    mark: str | None
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str | None
    closedBy: str | None
    closedDate: str | None
    activityDate: str
    dateStart: str | None
    deadline: str | None
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str | None
    serviceCommentsCount: str | None
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str | None
    matchWorkTime: str
    forumTopicId: str | None
    forumId: str | None
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str | None
    sorting: str | None
    durationFact: str | None
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str | None
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any] | dict[str, Any]
    accomplices: list[Any] | dict[str, Any]
    checklist: dict[str, Any] | list[Any]
    group: TasksTaskGroup | list[Any]
    creator: TasksTaskCreator
    responsible: TasksTaskResponsible
    accomplicesData: list[Any] | dict[str, Any]
    auditorsData: dict[str, Any] | list[Any]
    newCommentsCount: int | str
    action: TasksTaskAction
    checkListTree: TasksTaskCheckListTree
    checkListCanAdd: bool | str
    lengthDeadline: str
    taskRequireResult: str
    taskHasOpenResult: str
    taskHasResult: str
    timeElapsed: Any
    timerIsRunningForCurrentUser: str
    parsedDescription: str
    counter: TasksTaskCounter
    tags: dict[str, Any]
    subStatus: str


class TasksTaskAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.add``."""

    task: Required[TasksTask]


class TasksTaskApproveResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.approve``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskApproveResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.approve``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskApproveResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.approve``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskApproveResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.approve``."""

    nodeId: int
    fields: TasksTaskApproveResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskApproveResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.approve``."""

    id: str
    parentId: str | None
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskApproveResultTaskGroup
    creator: TasksTaskApproveResultTaskCreator
    responsible: TasksTaskApproveResultTaskResponsible
    accomplicesData: list[Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskApproveResultTaskAction
    checkListTree: TasksTaskApproveResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskApproveResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.approve``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskApproveResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.approve``."""

    task: TasksTaskApproveResultTask
    time: TasksTaskApproveResultTime


class TasksTaskCompleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.complete``."""

    task: Required[TasksTask]


class TasksTaskCountersExpired(TypedDict, total=False):
    """Keys of ``expired`` in ``TasksTaskCounters``."""

    counter: int
    code: int


class TasksTaskCountersNewComments(TypedDict, total=False):
    """Keys of ``new_comments`` in ``TasksTaskCounters``."""

    counter: int
    code: int


class TasksTaskCounters(TypedDict, total=False):
    """Tasks task counters, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-counters-get.html
    """

    expired: TasksTaskCountersExpired
    new_comments: TasksTaskCountersNewComments


class TasksTaskDeferResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.defer``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskDeferResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.defer``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskDeferResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.defer``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskDeferResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.defer``."""

    nodeId: int
    fields: TasksTaskDeferResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskDeferResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.defer``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskDeferResultTaskGroup
    creator: TasksTaskDeferResultTaskCreator
    responsible: TasksTaskDeferResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskDeferResultTaskAction
    checkListTree: TasksTaskDeferResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskDeferResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.defer``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskDeferResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.defer``."""

    task: TasksTaskDeferResultTask
    time: TasksTaskDeferResultTime


class TasksTaskDelegateResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.delegate``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskDelegateResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.delegate``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskDelegateResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.delegate``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskDelegateResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.delegate``."""

    nodeId: int
    fields: TasksTaskDelegateResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskDelegateResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.delegate``."""

    id: str
    parentId: str | None
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskDelegateResultTaskGroup
    creator: TasksTaskDelegateResultTaskCreator
    responsible: TasksTaskDelegateResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskDelegateResultTaskAction
    checkListTree: TasksTaskDelegateResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskDelegateResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.delegate``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskDelegateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.delegate``."""

    task: TasksTaskDelegateResultTask
    time: TasksTaskDelegateResultTime


class TasksTaskDeleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.delete``."""

    task: Required[bool]


class TasksTaskDisapproveResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.disapprove``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskDisapproveResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.disapprove``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskDisapproveResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.disapprove``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskDisapproveResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.disapprove``."""

    nodeId: int
    fields: TasksTaskDisapproveResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskDisapproveResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.disapprove``."""

    id: str
    parentId: str | None
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskDisapproveResultTaskGroup
    creator: TasksTaskDisapproveResultTaskCreator
    responsible: TasksTaskDisapproveResultTaskResponsible
    accomplicesData: list[Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskDisapproveResultTaskAction
    checkListTree: TasksTaskDisapproveResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskDisapproveResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.disapprove``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskDisapproveResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.disapprove``."""

    task: TasksTaskDisapproveResultTask
    time: TasksTaskDisapproveResultTime


class TasksTaskFilesAttachResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.files.attach``."""

    attachmentId: Required[int]


class TasksTaskGetFieldsResultFieldsId(TypedDict, total=False):
    """Keys of ``result.fields.ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    primary: bool


class TasksTaskGetFieldsResultFieldsParentId(TypedDict, total=False):
    """Keys of ``result.fields.PARENT_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsTitle(TypedDict, total=False):
    """Keys of ``result.fields.TITLE`` in ``tasks.task.getFields``."""

    title: str
    type: str
    required: bool


class TasksTaskGetFieldsResultFieldsDescription(TypedDict, total=False):
    """Keys of ``result.fields.DESCRIPTION`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsMarkValues(TypedDict, total=False):
    """Keys of ``result.fields.MARK.values`` in ``tasks.task.getFields``."""

    N: str
    P: str


class TasksTaskGetFieldsResultFieldsMark(TypedDict, total=False):
    """Keys of ``result.fields.MARK`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsMarkValues
    default: Any


class TasksTaskGetFieldsResultFieldsPriority(TypedDict, total=False):
    """Keys of ``result.fields.PRIORITY`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: dict[str, Any]
    default: int


class TasksTaskGetFieldsResultFieldsStatus(TypedDict, total=False):
    """Keys of ``result.fields.STATUS`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: dict[str, Any]
    default: int


class TasksTaskGetFieldsResultFieldsMultitaskValues(TypedDict, total=False):
    """Keys of ``result.fields.MULTITASK.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsMultitask(TypedDict, total=False):
    """Keys of ``result.fields.MULTITASK`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsMultitaskValues
    default: str


class TasksTaskGetFieldsResultFieldsNotViewedValues(TypedDict, total=False):
    """Keys of ``result.fields.NOT_VIEWED.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsNotViewed(TypedDict, total=False):
    """Keys of ``result.fields.NOT_VIEWED`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsNotViewedValues
    default: str


class TasksTaskGetFieldsResultFieldsReplicateValues(TypedDict, total=False):
    """Keys of ``result.fields.REPLICATE.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsReplicate(TypedDict, total=False):
    """Keys of ``result.fields.REPLICATE`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsReplicateValues
    default: str


class TasksTaskGetFieldsResultFieldsGroupId(TypedDict, total=False):
    """Keys of ``result.fields.GROUP_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsStageId(TypedDict, total=False):
    """Keys of ``result.fields.STAGE_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsSprintId(TypedDict, total=False):
    """Keys of ``result.fields.SPRINT_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsBacklogId(TypedDict, total=False):
    """Keys of ``result.fields.BACKLOG_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsCreatedBy(TypedDict, total=False):
    """Keys of ``result.fields.CREATED_BY`` in ``tasks.task.getFields``."""

    title: str
    type: str
    required: bool


class TasksTaskGetFieldsResultFieldsCreatedDate(TypedDict, total=False):
    """Keys of ``result.fields.CREATED_DATE`` in ``tasks.task.getFields``."""

    title: Any
    type: str


class TasksTaskGetFieldsResultFieldsResponsibleId(TypedDict, total=False):
    """Keys of ``result.fields.RESPONSIBLE_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    required: bool


class TasksTaskGetFieldsResultFieldsAccomplices(TypedDict, total=False):
    """Keys of ``result.fields.ACCOMPLICES`` in ``tasks.task.getFields``."""

    title: Any
    type: str


class TasksTaskGetFieldsResultFieldsAuditors(TypedDict, total=False):
    """Keys of ``result.fields.AUDITORS`` in ``tasks.task.getFields``."""

    title: Any
    type: str


class TasksTaskGetFieldsResultFieldsChangedBy(TypedDict, total=False):
    """Keys of ``result.fields.CHANGED_BY`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsChangedDate(TypedDict, total=False):
    """Keys of ``result.fields.CHANGED_DATE`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsStatusChangedBy(TypedDict, total=False):
    """Keys of ``result.fields.STATUS_CHANGED_BY`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsStatusChangedDate(TypedDict, total=False):
    """Keys of ``result.fields.STATUS_CHANGED_DATE`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsClosedBy(TypedDict, total=False):
    """Keys of ``result.fields.CLOSED_BY`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsClosedDate(TypedDict, total=False):
    """Keys of ``result.fields.CLOSED_DATE`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsActivityDate(TypedDict, total=False):
    """Keys of ``result.fields.ACTIVITY_DATE`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsDateStart(TypedDict, total=False):
    """Keys of ``result.fields.DATE_START`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsDeadline(TypedDict, total=False):
    """Keys of ``result.fields.DEADLINE`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsStartDatePlan(TypedDict, total=False):
    """Keys of ``result.fields.START_DATE_PLAN`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsEndDatePlan(TypedDict, total=False):
    """Keys of ``result.fields.END_DATE_PLAN`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsGuid(TypedDict, total=False):
    """Keys of ``result.fields.GUID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsXmlId(TypedDict, total=False):
    """Keys of ``result.fields.XML_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsCommentsCount(TypedDict, total=False):
    """Keys of ``result.fields.COMMENTS_COUNT`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsServiceCommentsCount(TypedDict, total=False):
    """Keys of ``result.fields.SERVICE_COMMENTS_COUNT`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsNewCommentsCount(TypedDict, total=False):
    """Keys of ``result.fields.NEW_COMMENTS_COUNT`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    default: int


class TasksTaskGetFieldsResultFieldsAllowChangeDeadlineValues(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_CHANGE_DEADLINE.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsAllowChangeDeadline(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_CHANGE_DEADLINE`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsAllowChangeDeadlineValues
    default: str


class TasksTaskGetFieldsResultFieldsAllowTimeTrackingValues(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_TIME_TRACKING.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsAllowTimeTracking(TypedDict, total=False):
    """Keys of ``result.fields.ALLOW_TIME_TRACKING`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsAllowTimeTrackingValues
    default: str


class TasksTaskGetFieldsResultFieldsTaskControlValues(TypedDict, total=False):
    """Keys of ``result.fields.TASK_CONTROL.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsTaskControl(TypedDict, total=False):
    """Keys of ``result.fields.TASK_CONTROL`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsTaskControlValues
    default: str


class TasksTaskGetFieldsResultFieldsAddInReportValues(TypedDict, total=False):
    """Keys of ``result.fields.ADD_IN_REPORT.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsAddInReport(TypedDict, total=False):
    """Keys of ``result.fields.ADD_IN_REPORT`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsAddInReportValues
    default: str


class TasksTaskGetFieldsResultFieldsForkedByTemplateIdValues(TypedDict, total=False):
    """Keys of ``result.fields.FORKED_BY_TEMPLATE_ID.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsForkedByTemplateId(TypedDict, total=False):
    """Keys of ``result.fields.FORKED_BY_TEMPLATE_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsForkedByTemplateIdValues
    default: str


class TasksTaskGetFieldsResultFieldsTimeEstimate(TypedDict, total=False):
    """Keys of ``result.fields.TIME_ESTIMATE`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsTimeSpentInLogs(TypedDict, total=False):
    """Keys of ``result.fields.TIME_SPENT_IN_LOGS`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsMatchWorkTime(TypedDict, total=False):
    """Keys of ``result.fields.MATCH_WORK_TIME`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsForumTopicId(TypedDict, total=False):
    """Keys of ``result.fields.FORUM_TOPIC_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsForumId(TypedDict, total=False):
    """Keys of ``result.fields.FORUM_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsSiteId(TypedDict, total=False):
    """Keys of ``result.fields.SITE_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsSubordinateValues(TypedDict, total=False):
    """Keys of ``result.fields.SUBORDINATE.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsSubordinate(TypedDict, total=False):
    """Keys of ``result.fields.SUBORDINATE`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: TasksTaskGetFieldsResultFieldsSubordinateValues
    default: Any


class TasksTaskGetFieldsResultFieldsFavoriteValues(TypedDict, total=False):
    """Keys of ``result.fields.FAVORITE.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsFavorite(TypedDict, total=False):
    """Keys of ``result.fields.FAVORITE`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsFavoriteValues
    default: Any


class TasksTaskGetFieldsResultFieldsExchangeModified(TypedDict, total=False):
    """Keys of ``result.fields.EXCHANGE_MODIFIED`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsExchangeId(TypedDict, total=False):
    """Keys of ``result.fields.EXCHANGE_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsOutlookVersion(TypedDict, total=False):
    """Keys of ``result.fields.OUTLOOK_VERSION`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: Any


class TasksTaskGetFieldsResultFieldsViewedDate(TypedDict, total=False):
    """Keys of ``result.fields.VIEWED_DATE`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsSorting(TypedDict, total=False):
    """Keys of ``result.fields.SORTING`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsDurationPlan(TypedDict, total=False):
    """Keys of ``result.fields.DURATION_PLAN`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsDurationFact(TypedDict, total=False):
    """Keys of ``result.fields.DURATION_FACT`` in ``tasks.task.getFields``."""

    title: str
    type: str


class TasksTaskGetFieldsResultFieldsChecklist(TypedDict, total=False):
    """Keys of ``result.fields.CHECKLIST`` in ``tasks.task.getFields``."""

    title: Any
    type: str


class TasksTaskGetFieldsResultFieldsDurationType(TypedDict, total=False):
    """Keys of ``result.fields.DURATION_TYPE`` in ``tasks.task.getFields``."""

    title: str
    type: str
    values: list[str]
    default: str


class TasksTaskGetFieldsResultFieldsIsMutedValues(TypedDict, total=False):
    """Keys of ``result.fields.IS_MUTED.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsIsMuted(TypedDict, total=False):
    """Keys of ``result.fields.IS_MUTED`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsIsMutedValues
    default: str


class TasksTaskGetFieldsResultFieldsIsPinnedValues(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsIsPinned(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsIsPinnedValues
    default: str


class TasksTaskGetFieldsResultFieldsIsPinnedInGroupValues(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED_IN_GROUP.values`` in ``tasks.task.getFields``."""

    Y: str
    N: str


class TasksTaskGetFieldsResultFieldsIsPinnedInGroup(TypedDict, total=False):
    """Keys of ``result.fields.IS_PINNED_IN_GROUP`` in ``tasks.task.getFields``."""

    title: Any
    type: str
    values: TasksTaskGetFieldsResultFieldsIsPinnedInGroupValues
    default: str


class TasksTaskGetFieldsResultFieldsFlowId(TypedDict, total=False):
    """Keys of ``result.fields.FLOW_ID`` in ``tasks.task.getFields``."""

    title: str
    type: str
    default: int


class TasksTaskGetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``tasks.task.getFields``."""

    id: str
    copiedId: str
    entityId: str
    userId: int
    createdBy: str
    parentId: str
    title: str
    sortIndex: str
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any] | dict[str, Any]
    attachments: list[Any] | dict[str, Any]
    nodeId: str
    ID: TasksTaskGetFieldsResultFieldsId
    PARENT_ID: TasksTaskGetFieldsResultFieldsParentId
    TITLE: TasksTaskGetFieldsResultFieldsTitle
    DESCRIPTION: TasksTaskGetFieldsResultFieldsDescription
    MARK: TasksTaskGetFieldsResultFieldsMark
    PRIORITY: TasksTaskGetFieldsResultFieldsPriority
    STATUS: TasksTaskGetFieldsResultFieldsStatus
    MULTITASK: TasksTaskGetFieldsResultFieldsMultitask
    NOT_VIEWED: TasksTaskGetFieldsResultFieldsNotViewed
    REPLICATE: TasksTaskGetFieldsResultFieldsReplicate
    GROUP_ID: TasksTaskGetFieldsResultFieldsGroupId
    STAGE_ID: TasksTaskGetFieldsResultFieldsStageId
    SPRINT_ID: TasksTaskGetFieldsResultFieldsSprintId
    BACKLOG_ID: TasksTaskGetFieldsResultFieldsBacklogId
    CREATED_BY: TasksTaskGetFieldsResultFieldsCreatedBy
    CREATED_DATE: TasksTaskGetFieldsResultFieldsCreatedDate
    RESPONSIBLE_ID: TasksTaskGetFieldsResultFieldsResponsibleId
    ACCOMPLICES: TasksTaskGetFieldsResultFieldsAccomplices
    AUDITORS: TasksTaskGetFieldsResultFieldsAuditors
    CHANGED_BY: TasksTaskGetFieldsResultFieldsChangedBy
    CHANGED_DATE: TasksTaskGetFieldsResultFieldsChangedDate
    STATUS_CHANGED_BY: TasksTaskGetFieldsResultFieldsStatusChangedBy
    STATUS_CHANGED_DATE: TasksTaskGetFieldsResultFieldsStatusChangedDate
    CLOSED_BY: TasksTaskGetFieldsResultFieldsClosedBy
    CLOSED_DATE: TasksTaskGetFieldsResultFieldsClosedDate
    ACTIVITY_DATE: TasksTaskGetFieldsResultFieldsActivityDate
    DATE_START: TasksTaskGetFieldsResultFieldsDateStart
    DEADLINE: TasksTaskGetFieldsResultFieldsDeadline
    START_DATE_PLAN: TasksTaskGetFieldsResultFieldsStartDatePlan
    END_DATE_PLAN: TasksTaskGetFieldsResultFieldsEndDatePlan
    GUID: TasksTaskGetFieldsResultFieldsGuid
    XML_ID: TasksTaskGetFieldsResultFieldsXmlId
    COMMENTS_COUNT: TasksTaskGetFieldsResultFieldsCommentsCount
    SERVICE_COMMENTS_COUNT: TasksTaskGetFieldsResultFieldsServiceCommentsCount
    NEW_COMMENTS_COUNT: TasksTaskGetFieldsResultFieldsNewCommentsCount
    ALLOW_CHANGE_DEADLINE: TasksTaskGetFieldsResultFieldsAllowChangeDeadline
    ALLOW_TIME_TRACKING: TasksTaskGetFieldsResultFieldsAllowTimeTracking
    TASK_CONTROL: TasksTaskGetFieldsResultFieldsTaskControl
    ADD_IN_REPORT: TasksTaskGetFieldsResultFieldsAddInReport
    FORKED_BY_TEMPLATE_ID: TasksTaskGetFieldsResultFieldsForkedByTemplateId
    TIME_ESTIMATE: TasksTaskGetFieldsResultFieldsTimeEstimate
    TIME_SPENT_IN_LOGS: TasksTaskGetFieldsResultFieldsTimeSpentInLogs
    MATCH_WORK_TIME: TasksTaskGetFieldsResultFieldsMatchWorkTime
    FORUM_TOPIC_ID: TasksTaskGetFieldsResultFieldsForumTopicId
    FORUM_ID: TasksTaskGetFieldsResultFieldsForumId
    SITE_ID: TasksTaskGetFieldsResultFieldsSiteId
    SUBORDINATE: TasksTaskGetFieldsResultFieldsSubordinate
    FAVORITE: TasksTaskGetFieldsResultFieldsFavorite
    EXCHANGE_MODIFIED: TasksTaskGetFieldsResultFieldsExchangeModified
    EXCHANGE_ID: TasksTaskGetFieldsResultFieldsExchangeId
    OUTLOOK_VERSION: TasksTaskGetFieldsResultFieldsOutlookVersion
    VIEWED_DATE: TasksTaskGetFieldsResultFieldsViewedDate
    SORTING: TasksTaskGetFieldsResultFieldsSorting
    DURATION_PLAN: TasksTaskGetFieldsResultFieldsDurationPlan
    DURATION_FACT: TasksTaskGetFieldsResultFieldsDurationFact
    CHECKLIST: TasksTaskGetFieldsResultFieldsChecklist
    DURATION_TYPE: TasksTaskGetFieldsResultFieldsDurationType
    IS_MUTED: TasksTaskGetFieldsResultFieldsIsMuted
    IS_PINNED: TasksTaskGetFieldsResultFieldsIsPinned
    IS_PINNED_IN_GROUP: TasksTaskGetFieldsResultFieldsIsPinnedInGroup
    FLOW_ID: TasksTaskGetFieldsResultFieldsFlowId


class TasksTaskGetFieldsResultAction(TypedDict, total=False):
    """Keys of ``result.action`` in ``tasks.task.getFields``."""

    accept: bool
    decline: bool
    complete: bool
    approve: bool
    disapprove: bool
    start: bool
    pause: bool
    delegate: bool
    remove: bool
    edit: bool
    defer: bool
    renew: bool
    create: bool
    changeDeadline: bool
    checklistAddItems: bool
    addFavorite: bool
    deleteFavorite: bool
    rate: bool
    take: bool


class TasksTaskGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.getFields``."""

    nodeId: int
    fields: TasksTaskGetFieldsResultFields
    action: list[Any] | TasksTaskGetFieldsResultAction
    descendants: list[Any] | dict[str, Any]


class TasksTaskGetResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.get``."""

    task: Required[TasksTask]


class TasksTaskGetaccessResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.getaccess``."""

    allowedActions: Required[dict[str, Any]]


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
    name: str
    lastName: str
    secondName: str
    login: str


class TasksTaskHistory(TypedDict, total=False):
    """Tasks task history, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-history-list.html
    """

    id: int
    createdDate: str
    field: str
    value: TasksTaskHistoryValue
    user: TasksTaskHistoryUser


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
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskMuteResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.mute``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskMuteResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.mute``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskMuteResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.mute``."""

    nodeId: int
    fields: TasksTaskMuteResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskMuteResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.mute``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskMuteResultTaskGroup
    creator: TasksTaskMuteResultTaskCreator
    responsible: TasksTaskMuteResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskMuteResultTaskAction
    checkListTree: TasksTaskMuteResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskMuteResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.mute``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: int


class TasksTaskMuteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.mute``."""

    task: TasksTaskMuteResultTask
    time: TasksTaskMuteResultTime


class TasksTaskPauseResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.pause``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskPauseResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.pause``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskPauseResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.pause``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskPauseResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.pause``."""

    nodeId: int
    fields: TasksTaskPauseResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskPauseResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.pause``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskPauseResultTaskGroup
    creator: TasksTaskPauseResultTaskCreator
    responsible: TasksTaskPauseResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskPauseResultTaskAction
    checkListTree: TasksTaskPauseResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskPauseResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.pause``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskPauseResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.pause``."""

    task: TasksTaskPauseResultTask
    time: TasksTaskPauseResultTime


class TasksTaskPinResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.pin``."""

    task: Required[TasksTask]


class TasksTaskRenewResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.renew``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskRenewResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.renew``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskRenewResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.renew``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskRenewResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.renew``."""

    nodeId: int
    fields: TasksTaskRenewResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskRenewResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.renew``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskRenewResultTaskGroup
    creator: TasksTaskRenewResultTaskCreator
    responsible: TasksTaskRenewResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskRenewResultTaskAction
    checkListTree: TasksTaskRenewResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskRenewResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.renew``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskRenewResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.renew``."""

    task: TasksTaskRenewResultTask
    time: TasksTaskRenewResultTime


class TasksTaskResult(TypedDict, total=False):
    """Tasks task result, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list.html
    """

    id: int
    taskId: int
    commentId: int
    createdBy: int
    createdAt: str
    updatedAt: str
    status: int
    text: str
    formattedText: str
    files: list[Any]


class TasksTaskResultAddFromCommentResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.addFromComment``."""

    id: int
    taskId: int
    commentId: int
    createdBy: int
    createdAt: str
    updatedAt: str
    status: int
    text: str
    formattedText: str
    files: Any


class TasksTaskStartResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.start``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskStartResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.start``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskStartResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.start``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskStartResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.start``."""

    nodeId: int
    fields: TasksTaskStartResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskStartResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.start``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str | None
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskStartResultTaskGroup
    creator: TasksTaskStartResultTaskCreator
    responsible: TasksTaskStartResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskStartResultTaskAction
    checkListTree: TasksTaskStartResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskStartResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.start``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskStartResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.start``."""

    task: TasksTaskStartResultTask
    time: TasksTaskStartResultTime


class TasksTaskStartwatchResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.startwatch``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskStartwatchResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.startwatch``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskStartwatchResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.startwatch``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskStartwatchResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.startwatch``."""

    nodeId: int
    fields: TasksTaskStartwatchResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskStartwatchResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.startwatch``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskStartwatchResultTaskGroup
    creator: TasksTaskStartwatchResultTaskCreator
    responsible: TasksTaskStartwatchResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskStartwatchResultTaskAction
    checkListTree: TasksTaskStartwatchResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskStartwatchResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.startwatch``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskStartwatchResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.startwatch``."""

    task: TasksTaskStartwatchResultTask
    time: TasksTaskStartwatchResultTime


class TasksTaskStopwatchResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.stopwatch``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskStopwatchResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.stopwatch``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskStopwatchResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.stopwatch``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskStopwatchResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.stopwatch``."""

    nodeId: int
    fields: TasksTaskStopwatchResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskStopwatchResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.stopwatch``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskStopwatchResultTaskGroup
    creator: TasksTaskStopwatchResultTaskCreator
    responsible: TasksTaskStopwatchResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskStopwatchResultTaskAction
    checkListTree: TasksTaskStopwatchResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskStopwatchResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.stopwatch``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: float


class TasksTaskStopwatchResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.stopwatch``."""

    task: TasksTaskStopwatchResultTask
    time: TasksTaskStopwatchResultTime


class TasksTaskUnmuteResultTaskGroup(TypedDict, total=False):
    """Keys of ``result.task.group`` in ``tasks.task.unmute``."""

    id: str
    name: str
    opened: bool
    membersCount: int
    image: str
    additionalData: list[Any]


class TasksTaskUnmuteResultTaskCreator(TypedDict, total=False):
    """Keys of ``result.task.creator`` in ``tasks.task.unmute``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


class TasksTaskUnmuteResultTaskResponsible(TypedDict, total=False):
    """Keys of ``result.task.responsible`` in ``tasks.task.unmute``."""

    id: str
    name: str
    link: str
    icon: str
    workPosition: str


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
    copiedId: str | None
    entityId: str | None
    userId: int
    createdBy: str | None
    parentId: str | None
    title: str
    sortIndex: str | None
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: list[Any]
    nodeId: str | None


class TasksTaskUnmuteResultTaskCheckListTree(TypedDict, total=False):
    """Keys of ``result.task.checkListTree`` in ``tasks.task.unmute``."""

    nodeId: int
    fields: TasksTaskUnmuteResultTaskCheckListTreeFields
    action: list[Any]
    descendants: list[Any]


class TasksTaskUnmuteResultTask(TypedDict, total=False):
    """Keys of ``result.task`` in ``tasks.task.unmute``."""

    id: str
    parentId: str
    title: str
    description: str
    chatId: int
    mark: str
    priority: str
    multitask: str
    notViewed: str
    replicate: str
    stageId: str
    sprintId: str | None
    backlogId: str | None
    createdBy: str
    createdDate: str
    responsibleId: str
    changedBy: str
    changedDate: str
    statusChangedBy: str
    closedBy: str
    closedDate: str | None
    activityDate: str
    dateStart: str
    deadline: str
    startDatePlan: str | None
    endDatePlan: str | None
    guid: str
    xmlId: str | None
    commentsCount: str
    serviceCommentsCount: str
    allowChangeDeadline: str
    allowTimeTracking: str
    taskControl: str
    addInReport: str
    forkedByTemplateId: str | None
    timeEstimate: str
    timeSpentInLogs: str
    matchWorkTime: str
    forumTopicId: str
    forumId: str
    siteId: str
    subordinate: str
    exchangeModified: str | None
    exchangeId: str | None
    outlookVersion: str
    viewedDate: str
    sorting: str | None
    durationFact: str
    isMuted: str
    isPinned: str
    isPinnedInGroup: str
    flowId: str
    descriptionInBbcode: str
    status: str
    statusChangedDate: str
    durationPlan: str
    durationType: str
    favorite: str
    groupId: str
    auditors: list[Any]
    accomplices: list[Any]
    checklist: dict[str, Any]
    group: TasksTaskUnmuteResultTaskGroup
    creator: TasksTaskUnmuteResultTaskCreator
    responsible: TasksTaskUnmuteResultTaskResponsible
    accomplicesData: dict[str, Any]
    auditorsData: dict[str, Any]
    newCommentsCount: int
    action: TasksTaskUnmuteResultTaskAction
    checkListTree: TasksTaskUnmuteResultTaskCheckListTree
    checkListCanAdd: bool


class TasksTaskUnmuteResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``tasks.task.unmute``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: int


class TasksTaskUnmuteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.unmute``."""

    task: TasksTaskUnmuteResultTask
    time: TasksTaskUnmuteResultTime


class TasksTaskUnpinResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.unpin``."""

    task: Required[TasksTask]


class TasksTaskUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.update``."""

    task: Required[TasksTask]


class TasksTemplate(TypedDict, total=False):
    """Tasks template, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/tasks-template-get.html
    """

    ID: str
    TITLE: str
    DESCRIPTION: str
    DESCRIPTION_IN_BBCODE: str
    PRIORITY: str
    STATUS: str
    STAGE_ID: str
    RESPONSIBLE_ID: str
    DEADLINE_AFTER: str | None
    START_DATE_PLAN_AFTER: str
    END_DATE_PLAN_AFTER: str
    REPLICATE: str
    CREATED_BY: str
    XML_ID: str | None
    ALLOW_CHANGE_DEADLINE: str
    ALLOW_TIME_TRACKING: str
    TASK_CONTROL: str
    ADD_IN_REPORT: str
    GROUP_ID: str
    PARENT_ID: str
    MULTITASK: str
    SITE_ID: str
    ACCOMPLICES: str
    AUDITORS: str
    RESPONSIBLES: str
    FILES: list[Any] | dict[str, Any] | None
    TAGS: list[Any] | dict[str, Any] | None
    DEPENDS_ON: list[Any] | dict[str, Any] | None
    MATCH_WORK_TIME: str
    TASK_ID: str | None
    TPARAM_TYPE: str
    TPARAM_REPLICATION_COUNT: str
    REPLICATE_PARAMS: str
    BASE_TEMPLATE_ID: str
    TEMPLATE_CHILDREN_COUNT: str
    CREATED_BY_NAME: str
    CREATED_BY_LAST_NAME: str
    CREATED_BY_SECOND_NAME: str
    CREATED_BY_LOGIN: str
    CREATED_BY_WORK_POSITION: str
    CREATED_BY_PHOTO: str
    RESPONSIBLE_NAME: str
    RESPONSIBLE_LAST_NAME: str
    RESPONSIBLE_SECOND_NAME: str
    RESPONSIBLE_LOGIN: str
    RESPONSIBLE_WORK_POSITION: str
    RESPONSIBLE_PHOTO: str
    SCENARIO: str


class TasksTemplateChecklist(TypedDict, total=False):
    """Tasks template checklist, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/template/checklist/tasks-template-checklist-get.html
    """

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: dict[str, Any]
    nodeId: int | None
    templateId: int
    checkListItems: dict[str, Any]


class TasksTemplateChecklistAddAttachmentByContentAttachmentParameters(
    TypedDict, total=False
):
    """Keys of the ``attachmentParameters`` parameter of ``tasks.template.checklist.addAttachmentByContent``."""

    NAME: str
    CONTENT: str


class TasksTemplateChecklistAddAttachmentByContentResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.addAttachmentByContent``."""

    attachmentId: str


class TasksTemplateChecklistAddAttachmentByContentResultCheckListItem(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.addAttachmentByContent``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: (
        TasksTemplateChecklistAddAttachmentByContentResultCheckListItemAttachments
        | list[Any]
    )
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistAddAttachmentByContentResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.addAttachmentByContent``."""

    checkListItem: Required[
        TasksTemplateChecklistAddAttachmentByContentResultCheckListItem
    ]


class TasksTemplateChecklistAddAttachmentsFromDiskResultCheckListItem(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.addAttachmentsFromDisk``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: dict[str, Any]
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistAddAttachmentsFromDiskResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.addAttachmentsFromDisk``."""

    checkListItem: Required[
        TasksTemplateChecklistAddAttachmentsFromDiskResultCheckListItem
    ]


class TasksTemplateChecklistAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.template.checklist.add``."""

    TITLE: Required[str]
    PARENT_ID: Required[int]
    SORT_INDEX: int
    IS_COMPLETE: Literal["Y", "N"]
    IS_IMPORTANT: Literal["Y", "N"]
    MEMBERS: dict[str, Any]


class TasksTemplateChecklistAddResultCheckListItemAttachments(TypedDict, total=False):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.add``."""

    attachmentId: str


class TasksTemplateChecklistAddResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.add``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: TasksTemplateChecklistAddResultCheckListItemAttachments | list[Any]
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.add``."""

    checkListItem: Required[TasksTemplateChecklistAddResultCheckListItem]


class TasksTemplateChecklistCompleteResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.complete``."""

    attachmentId: str


class TasksTemplateChecklistCompleteResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.complete``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: (
        TasksTemplateChecklistCompleteResultCheckListItemAttachments | list[Any]
    )
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistCompleteResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.complete``."""

    checkListItem: Required[TasksTemplateChecklistCompleteResultCheckListItem]


class TasksTemplateChecklistGetResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.get``."""

    checkListItem: Required[TasksTemplateChecklist]


class TasksTemplateChecklistMoveAfterResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.moveAfter``."""

    attachmentId: str


class TasksTemplateChecklistMoveAfterResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.moveAfter``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: (
        TasksTemplateChecklistMoveAfterResultCheckListItemAttachments | list[Any]
    )
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistMoveAfterResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.moveAfter``."""

    checkListItem: Required[TasksTemplateChecklistMoveAfterResultCheckListItem]


class TasksTemplateChecklistMoveBeforeResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.moveBefore``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: dict[str, Any]
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistMoveBeforeResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.moveBefore``."""

    checkListItem: Required[TasksTemplateChecklistMoveBeforeResultCheckListItem]


class TasksTemplateChecklistRemoveAttachmentsResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.removeAttachments``."""

    attachmentId: str


class TasksTemplateChecklistRemoveAttachmentsResultCheckListItem(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.removeAttachments``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: (
        TasksTemplateChecklistRemoveAttachmentsResultCheckListItemAttachments
        | list[Any]
    )
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistRemoveAttachmentsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.removeAttachments``."""

    checkListItem: Required[TasksTemplateChecklistRemoveAttachmentsResultCheckListItem]


class TasksTemplateChecklistRenewResultCheckListItemAttachments(TypedDict, total=False):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.renew``."""

    attachmentId: str


class TasksTemplateChecklistRenewResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.renew``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: TasksTemplateChecklistRenewResultCheckListItemAttachments | list[Any]
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistRenewResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.renew``."""

    checkListItem: Required[TasksTemplateChecklistRenewResultCheckListItem]


class TasksTemplateChecklistUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.template.checklist.update``."""

    TITLE: str
    PARENT_ID: int
    SORT_INDEX: int
    IS_COMPLETE: bool
    IS_IMPORTANT: bool
    MEMBERS: dict[str, Any]


class TasksTemplateChecklistUpdateResultCheckListItemAttachments(
    TypedDict, total=False
):
    """Keys of ``result.checkListItem.attachments`` in ``tasks.template.checklist.update``."""

    attachmentId: str


class TasksTemplateChecklistUpdateResultCheckListItem(TypedDict, total=False):
    """Keys of ``result.checkListItem`` in ``tasks.template.checklist.update``."""

    id: int
    copiedId: int | None
    userId: int
    createdBy: int | None
    parentId: int
    title: str
    sortIndex: int
    displaySortIndex: str
    isComplete: bool
    isImportant: bool
    completedCount: int
    members: list[Any]
    attachments: TasksTemplateChecklistUpdateResultCheckListItemAttachments | list[Any]
    nodeId: int | None
    templateId: int


class TasksTemplateChecklistUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.checklist.update``."""

    checkListItem: Required[TasksTemplateChecklistUpdateResultCheckListItem]


class TasksTemplateFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    primary: bool


class TasksTemplateFieldsResultParentId(TypedDict, total=False):
    """Keys of ``result.PARENT_ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: int


class TasksTemplateFieldsResultTitle(TypedDict, total=False):
    """Keys of ``result.TITLE`` in ``tasks.template.fields``."""

    title: str
    type: str
    required: bool


class TasksTemplateFieldsResultDescription(TypedDict, total=False):
    """Keys of ``result.DESCRIPTION`` in ``tasks.template.fields``."""

    title: str
    type: str


class TasksTemplateFieldsResultPriority(TypedDict, total=False):
    """Keys of ``result.PRIORITY`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: dict[str, Any]
    default: int


class TasksTemplateFieldsResultGroupId(TypedDict, total=False):
    """Keys of ``result.GROUP_ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: int


class TasksTemplateFieldsResultStageId(TypedDict, total=False):
    """Keys of ``result.STAGE_ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: int


class TasksTemplateFieldsResultCreatedBy(TypedDict, total=False):
    """Keys of ``result.CREATED_BY`` in ``tasks.template.fields``."""

    title: str
    type: str
    required: bool


class TasksTemplateFieldsResultResponsibleId(TypedDict, total=False):
    """Keys of ``result.RESPONSIBLE_ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    required: bool


class TasksTemplateFieldsResultDependsOn(TypedDict, total=False):
    """Keys of ``result.DEPENDS_ON`` in ``tasks.template.fields``."""

    title: str
    type: str
    required: bool


class TasksTemplateFieldsResultResponsibles(TypedDict, total=False):
    """Keys of ``result.RESPONSIBLES`` in ``tasks.template.fields``."""

    title: str
    type: str


class TasksTemplateFieldsResultAccomplices(TypedDict, total=False):
    """Keys of ``result.ACCOMPLICES`` in ``tasks.template.fields``."""

    title: str
    type: str


class TasksTemplateFieldsResultAuditors(TypedDict, total=False):
    """Keys of ``result.AUDITORS`` in ``tasks.template.fields``."""

    title: str
    type: str


class TasksTemplateFieldsResultStatus(TypedDict, total=False):
    """Keys of ``result.STATUS`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: dict[str, Any]
    default: int


class TasksTemplateFieldsResultMultitaskValues(TypedDict, total=False):
    """Keys of ``result.MULTITASK.values`` in ``tasks.template.fields``."""

    Y: str
    N: str


class TasksTemplateFieldsResultMultitask(TypedDict, total=False):
    """Keys of ``result.MULTITASK`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: TasksTemplateFieldsResultMultitaskValues
    default: str


class TasksTemplateFieldsResultReplicateValues(TypedDict, total=False):
    """Keys of ``result.REPLICATE.values`` in ``tasks.template.fields``."""

    Y: str
    N: str


class TasksTemplateFieldsResultReplicate(TypedDict, total=False):
    """Keys of ``result.REPLICATE`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: TasksTemplateFieldsResultReplicateValues
    default: str


class TasksTemplateFieldsResultSiteId(TypedDict, total=False):
    """Keys of ``result.SITE_ID`` in ``tasks.template.fields``."""

    title: str
    type: str


class TasksTemplateFieldsResultTaskControlValues(TypedDict, total=False):
    """Keys of ``result.TASK_CONTROL.values`` in ``tasks.template.fields``."""

    Y: str
    N: str


class TasksTemplateFieldsResultTaskControl(TypedDict, total=False):
    """Keys of ``result.TASK_CONTROL`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: TasksTemplateFieldsResultTaskControlValues
    default: str


class TasksTemplateFieldsResultAddInReportValues(TypedDict, total=False):
    """Keys of ``result.ADD_IN_REPORT.values`` in ``tasks.template.fields``."""

    Y: str
    N: str


class TasksTemplateFieldsResultAddInReport(TypedDict, total=False):
    """Keys of ``result.ADD_IN_REPORT`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: TasksTemplateFieldsResultAddInReportValues
    default: str


class TasksTemplateFieldsResultXmlId(TypedDict, total=False):
    """Keys of ``result.XML_ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: Any


class TasksTemplateFieldsResultDeadlineAfter(TypedDict, total=False):
    """Keys of ``result.DEADLINE_AFTER`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: Any


class TasksTemplateFieldsResultStartDatePlanAfter(TypedDict, total=False):
    """Keys of ``result.START_DATE_PLAN_AFTER`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: Any


class TasksTemplateFieldsResultEndDatePlanAfter(TypedDict, total=False):
    """Keys of ``result.END_DATE_PLAN_AFTER`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: Any


class TasksTemplateFieldsResultTparamType(TypedDict, total=False):
    """Keys of ``result.TPARAM_TYPE`` in ``tasks.template.fields``."""

    title: str
    type: str
    values: dict[str, Any]
    default: int


class TasksTemplateFieldsResultTparamReplicationCount(TypedDict, total=False):
    """Keys of ``result.TPARAM_REPLICATION_COUNT`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: int


class TasksTemplateFieldsResultReplicateParams(TypedDict, total=False):
    """Keys of ``result.REPLICATE_PARAMS`` in ``tasks.template.fields``."""

    title: str
    type: str


class TasksTemplateFieldsResultBaseTemplateId(TypedDict, total=False):
    """Keys of ``result.BASE_TEMPLATE_ID`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: Any


class TasksTemplateFieldsResultTemplateChildrenCount(TypedDict, total=False):
    """Keys of ``result.TEMPLATE_CHILDREN_COUNT`` in ``tasks.template.fields``."""

    title: str
    type: str
    default: Any


class TasksTemplateFieldsResult(TypedDict, total=False):
    """Keys of the result of ``tasks.template.fields``."""

    ID: TasksTemplateFieldsResultId
    PARENT_ID: TasksTemplateFieldsResultParentId
    TITLE: TasksTemplateFieldsResultTitle
    DESCRIPTION: TasksTemplateFieldsResultDescription
    PRIORITY: TasksTemplateFieldsResultPriority
    GROUP_ID: TasksTemplateFieldsResultGroupId
    STAGE_ID: TasksTemplateFieldsResultStageId
    CREATED_BY: TasksTemplateFieldsResultCreatedBy
    RESPONSIBLE_ID: TasksTemplateFieldsResultResponsibleId
    DEPENDS_ON: TasksTemplateFieldsResultDependsOn
    RESPONSIBLES: TasksTemplateFieldsResultResponsibles
    ACCOMPLICES: TasksTemplateFieldsResultAccomplices
    AUDITORS: TasksTemplateFieldsResultAuditors
    STATUS: TasksTemplateFieldsResultStatus
    MULTITASK: TasksTemplateFieldsResultMultitask
    REPLICATE: TasksTemplateFieldsResultReplicate
    SITE_ID: TasksTemplateFieldsResultSiteId
    TASK_CONTROL: TasksTemplateFieldsResultTaskControl
    ADD_IN_REPORT: TasksTemplateFieldsResultAddInReport
    XML_ID: TasksTemplateFieldsResultXmlId
    DEADLINE_AFTER: TasksTemplateFieldsResultDeadlineAfter
    START_DATE_PLAN_AFTER: TasksTemplateFieldsResultStartDatePlanAfter
    END_DATE_PLAN_AFTER: TasksTemplateFieldsResultEndDatePlanAfter
    TPARAM_TYPE: TasksTemplateFieldsResultTparamType
    TPARAM_REPLICATION_COUNT: TasksTemplateFieldsResultTparamReplicationCount
    REPLICATE_PARAMS: TasksTemplateFieldsResultReplicateParams
    BASE_TEMPLATE_ID: TasksTemplateFieldsResultBaseTemplateId
    TEMPLATE_CHILDREN_COUNT: TasksTemplateFieldsResultTemplateChildrenCount


class TasksTemplateGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``tasks.template.get``."""

    select: Sequence[Any] | dict[str, Any]


class V3TasksTaskCreatorImage(TypedDict, total=False):
    """Keys of ``creator.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskCreator(TypedDict, total=False):
    """Keys of ``creator`` in ``V3TasksTask``."""

    id: int
    name: str
    role: str
    image: V3TasksTaskCreatorImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskResponsibleImage(TypedDict, total=False):
    """Keys of ``responsible.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskResponsible(TypedDict, total=False):
    """Keys of ``responsible`` in ``V3TasksTask``."""

    id: int
    name: str
    role: str
    image: V3TasksTaskResponsibleImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskGroupImage(TypedDict, total=False):
    """Keys of ``group.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskGroup(TypedDict, total=False):
    """Keys of ``group`` in ``V3TasksTask``."""

    id: int
    name: str
    image: V3TasksTaskGroupImage
    type: str
    isVisible: bool


class V3TasksTaskStage(TypedDict, total=False):
    """Keys of ``stage`` in ``V3TasksTask``."""

    id: int
    title: str
    color: str


class V3TasksTaskFlow(TypedDict, total=False):
    """Keys of ``flow`` in ``V3TasksTask``."""

    id: int
    name: str


class V3TasksTaskChat(TypedDict, total=False):
    """Keys of ``chat`` in ``V3TasksTask``."""

    id: int
    entityId: int
    entityType: str


class V3TasksTaskChangedByImage(TypedDict, total=False):
    """Keys of ``changedBy.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskChangedBy(TypedDict, total=False):
    """Keys of ``changedBy`` in ``V3TasksTask``."""

    id: int
    name: str
    role: str
    image: V3TasksTaskChangedByImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskStatusChangedByImage(TypedDict, total=False):
    """Keys of ``statusChangedBy.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskStatusChangedBy(TypedDict, total=False):
    """Keys of ``statusChangedBy`` in ``V3TasksTask``."""

    id: int
    name: str
    role: str
    image: V3TasksTaskStatusChangedByImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskClosedByImage(TypedDict, total=False):
    """Keys of ``closedBy.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskClosedBy(TypedDict, total=False):
    """Keys of ``closedBy`` in ``V3TasksTask``."""

    id: int
    name: str
    role: str
    image: V3TasksTaskClosedByImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskForkedByTemplateCreatorImage(TypedDict, total=False):
    """Keys of ``forkedByTemplate.creator.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskForkedByTemplateCreator(TypedDict, total=False):
    """Keys of ``forkedByTemplate.creator`` in ``V3TasksTask``."""

    id: int
    name: str
    role: str
    image: V3TasksTaskForkedByTemplateCreatorImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskForkedByTemplateGroupImage(TypedDict, total=False):
    """Keys of ``forkedByTemplate.group.image`` in ``V3TasksTask``."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskForkedByTemplateGroup(TypedDict, total=False):
    """Keys of ``forkedByTemplate.group`` in ``V3TasksTask``."""

    id: int
    name: str
    image: V3TasksTaskForkedByTemplateGroupImage
    type: str
    isVisible: bool


class V3TasksTaskForkedByTemplateReplicateParams(TypedDict, total=False):
    """Keys of ``forkedByTemplate.replicateParams`` in ``V3TasksTask``."""

    period: str
    everyDay: str
    workdayOnly: str
    dailyMonthInterval: str
    everyWeek: str
    monthlyType: str
    monthlyDayNum: str
    monthlyMonthNum1: str
    monthlyWeekDayNum: str
    monthlyWeekDay: str
    monthlyMonthNum2: str
    yearlyType: str
    yearlyDayNum: str
    yearlyMonth1: str
    yearlyWeekDayNum: str
    yearlyWeekDay: str
    yearlyMonth2: str
    time: str
    timezoneOffset: str
    startDate: str
    repeatTill: str
    endDate: str
    times: str


class V3TasksTaskForkedByTemplate(TypedDict, total=False):
    """Keys of ``forkedByTemplate`` in ``V3TasksTask``."""

    id: int
    task: dict[str, Any]
    title: str
    description: str
    creator: V3TasksTaskForkedByTemplateCreator
    responsibleCollection: list[Any] | dict[str, Any]
    deadlineAfterTs: int
    startDatePlanTs: int
    endDatePlanTs: int
    replicate: bool
    checklist: list[Any] | dict[str, Any]
    group: V3TasksTaskForkedByTemplateGroup
    priority: str
    accomplices: list[Any] | dict[str, Any]
    auditors: list[Any] | dict[str, Any]
    parent: dict[str, Any]
    replicateParams: V3TasksTaskForkedByTemplateReplicateParams


class V3TasksTaskRights(TypedDict, total=False):
    """Keys of ``rights`` in ``V3TasksTask``."""

    read: bool
    watch: bool
    mute: bool
    createResult: bool
    edit: bool
    remove: bool
    complete: bool
    approve: bool
    disapprove: bool
    start: bool
    take: bool
    delegate: bool
    defer: bool
    renew: bool
    deadline: bool
    datePlan: bool
    changeDirector: bool
    changeResponsible: bool
    changeAccomplices: bool
    pause: bool
    timeTracking: bool
    mark: bool
    changeStatus: bool
    reminder: bool
    addAuditors: bool
    elapsedTime: bool
    favorite: bool
    checklistAdd: bool
    checklistEdit: bool
    checklistSave: bool
    checklistToggle: bool
    automate: bool
    resultEdit: bool
    completeResult: bool
    removeResult: bool
    resultRead: bool
    admin: bool
    createSubtask: bool
    copy: bool
    saveAsTemplate: bool
    attachFile: bool
    detachFile: bool
    detachParent: bool
    createGanttDependence: bool
    sort: bool


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
    userId: int
    taskId: int
    minutes: int
    seconds: int
    source: str
    text: str
    createdAtTs: int
    startTs: int
    stopTs: int


class V3TasksTaskSource(TypedDict, total=False):
    """Keys of ``source`` in ``V3TasksTask``."""

    type: str
    data: list[Any] | dict[str, Any]


class V3TasksTask(TypedDict, total=False):
    """V3 tasks task, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html
    """

    id: int
    title: str
    description: str
    creatorId: int
    creator: V3TasksTaskCreator
    created: str
    responsibleId: int
    responsible: V3TasksTaskResponsible
    deadline: str | None
    needsControl: bool
    startPlan: str | None
    endPlan: str | None
    checklist: list[Any] | dict[str, Any]
    groupId: int
    group: V3TasksTaskGroup
    stageId: int
    stage: V3TasksTaskStage
    epicId: int | None
    storyPoints: int | None
    flowId: int
    flow: V3TasksTaskFlow
    priority: str
    status: str
    statusChanged: str
    accomplices: Any
    auditors: Any
    parentId: int | None
    parent: dict[str, Any]
    containsChecklist: bool
    containsSubTasks: bool
    containsRelatedTasks: bool
    containsGanttLinks: bool
    containsPlacements: bool
    containsResults: bool
    numberOfReminders: int
    chatId: int
    chat: V3TasksTaskChat
    plannedDuration: int
    actualDuration: int
    durationType: str
    started: str | None
    estimatedTime: int
    replicate: bool
    changed: str
    changedById: int
    changedBy: V3TasksTaskChangedBy
    statusChangedById: int
    statusChangedBy: V3TasksTaskStatusChangedBy
    closedById: int
    closedBy: V3TasksTaskClosedBy
    closed: str | None
    activity: str
    guid: str
    xmlId: str | None
    exchangeId: str | None
    exchangeModified: str | None
    outlookVersion: int
    mark: str
    allowsChangeDeadline: bool
    allowsTimeTracking: bool
    matchesWorkTime: bool
    addInReport: bool | None
    isMultitask: bool
    siteId: str
    forkedByTemplateId: int
    forkedByTemplate: V3TasksTaskForkedByTemplate
    maxDeadlineChangeDate: str | None
    maxDeadlineChanges: int | None
    requireDeadlineChangeReason: bool
    link: str
    rights: V3TasksTaskRights | list[Any]
    archiveLink: str
    crmItemIds: list[Any] | dict[str, Any]
    emailId: int
    email: V3TasksTaskEmail
    elapsedTime: V3TasksTaskElapsedTime
    requireResult: bool
    matchesSubTasksTime: bool
    autocompleteSubTasks: bool
    allowsChangeDatePlan: bool
    inFavorite: list[Any] | dict[str, Any]
    inPin: list[Any] | dict[str, Any]
    inGroupPin: list[Any] | dict[str, Any]
    inMute: list[Any] | dict[str, Any]
    source: V3TasksTaskSource
    dependsOn: list[Any] | dict[str, Any]
    scenarios: list[Any] | dict[str, Any]
    fileIds: Any
    deadlineCount: Any
    declineReason: Any
    forumTopicId: Any


class V3TasksTaskAccess(TypedDict, total=False):
    """V3 tasks task access, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-get.html
    """

    read: bool
    watch: bool
    mute: bool
    createSubtask: bool
    createResult: bool
    edit: bool
    remove: bool
    complete: bool
    approve: bool
    disapprove: bool
    start: bool
    take: bool
    delegate: bool
    defer: bool
    renew: bool
    deadline: bool
    datePlan: bool
    changeDirector: bool
    changeResponsible: bool
    changeAccomplices: bool
    pause: bool
    timeTracking: bool
    mark: bool
    changeStatus: bool
    reminder: bool
    addAuditors: bool
    elapsedTime: bool
    favorite: bool
    checklistAdd: bool
    checklistEdit: bool
    checklistSave: bool
    checklistToggle: bool
    automate: bool
    resultEdit: bool
    completeResult: bool
    removeResult: bool
    resultRead: bool
    admin: bool
    copy: bool
    saveAsTemplate: bool
    attachFile: bool
    detachFile: bool
    detachParent: bool
    createGanttDependence: bool
    sort: bool


class V3TasksTaskAccessField(TypedDict, total=False):
    """V3 tasks task access field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-access-field-get.html
    """

    name: str
    type: str
    title: str
    description: str
    validationRules: list[Any]
    requiredGroups: Any
    filterable: bool
    sortable: bool
    editable: bool
    multiple: bool
    elementType: Any


class V3TasksTaskAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.add`` (REST 3.0)."""

    title: Required[str]
    creatorId: Required[int]
    responsibleId: Required[int]
    deadline: str
    crmItemIds: Sequence[str]


class V3TasksTaskAddResultCreatorImage(TypedDict, total=False):
    """Keys of ``result.creator.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultCreator(TypedDict, total=False):
    """Keys of ``result.creator`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    role: str
    image: V3TasksTaskAddResultCreatorImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskAddResultResponsibleImage(TypedDict, total=False):
    """Keys of ``result.responsible.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultResponsible(TypedDict, total=False):
    """Keys of ``result.responsible`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    role: str
    image: V3TasksTaskAddResultResponsibleImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskAddResultGroupImage(TypedDict, total=False):
    """Keys of ``result.group.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultGroup(TypedDict, total=False):
    """Keys of ``result.group`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    image: V3TasksTaskAddResultGroupImage
    type: str
    isVisible: bool


class V3TasksTaskAddResultStage(TypedDict, total=False):
    """Keys of ``result.stage`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    title: str
    color: str


class V3TasksTaskAddResultFlow(TypedDict, total=False):
    """Keys of ``result.flow`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str


class V3TasksTaskAddResultChat(TypedDict, total=False):
    """Keys of ``result.chat`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    entityId: int
    entityType: str


class V3TasksTaskAddResultChangedByImage(TypedDict, total=False):
    """Keys of ``result.changedBy.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultChangedBy(TypedDict, total=False):
    """Keys of ``result.changedBy`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    role: str
    image: V3TasksTaskAddResultChangedByImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskAddResultStatusChangedByImage(TypedDict, total=False):
    """Keys of ``result.statusChangedBy.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultStatusChangedBy(TypedDict, total=False):
    """Keys of ``result.statusChangedBy`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    role: str
    image: V3TasksTaskAddResultStatusChangedByImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskAddResultClosedByImage(TypedDict, total=False):
    """Keys of ``result.closedBy.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultClosedBy(TypedDict, total=False):
    """Keys of ``result.closedBy`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    role: str
    image: V3TasksTaskAddResultClosedByImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskAddResultForkedByTemplateCreatorImage(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.creator.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultForkedByTemplateCreator(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.creator`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    role: str
    image: V3TasksTaskAddResultForkedByTemplateCreatorImage
    gender: str
    email: str
    externalAuthId: str
    rights: list[Any] | dict[str, Any]


class V3TasksTaskAddResultForkedByTemplateGroupImage(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.group.image`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    src: str
    name: str
    width: int
    height: int
    size: int
    subDir: str
    contentType: str
    file: list[Any] | dict[str, Any]


class V3TasksTaskAddResultForkedByTemplateGroup(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.group`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    name: str
    image: V3TasksTaskAddResultForkedByTemplateGroupImage
    type: str
    isVisible: bool


class V3TasksTaskAddResultForkedByTemplateReplicateParams(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate.replicateParams`` in ``tasks.task.add`` (REST 3.0)."""

    period: str
    everyDay: str
    workdayOnly: str
    dailyMonthInterval: str
    everyWeek: str
    monthlyType: str
    monthlyDayNum: str
    monthlyMonthNum1: str
    monthlyWeekDayNum: str
    monthlyWeekDay: str
    monthlyMonthNum2: str
    yearlyType: str
    yearlyDayNum: str
    yearlyMonth1: str
    yearlyWeekDayNum: str
    yearlyWeekDay: str
    yearlyMonth2: str
    time: str
    timezoneOffset: str
    startDate: str
    repeatTill: str
    endDate: str
    times: str


class V3TasksTaskAddResultForkedByTemplate(TypedDict, total=False):
    """Keys of ``result.forkedByTemplate`` in ``tasks.task.add`` (REST 3.0)."""

    id: int
    task: dict[str, Any]
    title: str
    description: str
    creator: V3TasksTaskAddResultForkedByTemplateCreator
    responsibleCollection: list[Any] | dict[str, Any]
    deadlineAfterTs: int
    startDatePlanTs: int
    endDatePlanTs: int
    replicate: bool
    checklist: list[Any] | dict[str, Any]
    group: V3TasksTaskAddResultForkedByTemplateGroup
    priority: str
    accomplices: list[Any] | dict[str, Any]
    auditors: list[Any] | dict[str, Any]
    parent: dict[str, Any]
    replicateParams: V3TasksTaskAddResultForkedByTemplateReplicateParams


class V3TasksTaskAddResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.add`` (REST 3.0)."""

    read: bool
    watch: bool
    mute: bool
    createResult: bool
    edit: bool
    remove: bool
    complete: bool
    approve: bool
    disapprove: bool
    start: bool
    take: bool
    delegate: bool
    defer: bool
    renew: bool
    deadline: bool
    datePlan: bool
    changeDirector: bool
    changeResponsible: bool
    changeAccomplices: bool
    pause: bool
    timeTracking: bool
    mark: bool
    changeStatus: bool
    reminder: bool
    addAuditors: bool
    elapsedTime: bool
    favorite: bool
    checklistAdd: bool
    checklistEdit: bool
    checklistSave: bool
    checklistToggle: bool
    automate: bool
    resultEdit: bool
    completeResult: bool
    removeResult: bool
    resultRead: bool
    admin: bool
    createSubtask: bool
    copy: bool
    saveAsTemplate: bool
    attachFile: bool
    detachFile: bool
    detachParent: bool
    createGanttDependence: bool
    sort: bool


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
    userId: int
    taskId: int
    minutes: int
    seconds: int
    source: str
    text: str
    createdAtTs: int
    startTs: int
    stopTs: int


class V3TasksTaskAddResultSource(TypedDict, total=False):
    """Keys of ``result.source`` in ``tasks.task.add`` (REST 3.0)."""

    type: str
    data: list[Any] | dict[str, Any]


class V3TasksTaskAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.add`` (REST 3.0)."""

    id: int
    title: str
    description: str
    creatorId: int
    creator: V3TasksTaskAddResultCreator
    created: str
    responsibleId: int
    responsible: V3TasksTaskAddResultResponsible
    deadline: str
    needsControl: bool
    startPlan: str | None
    endPlan: str | None
    checklist: list[Any]
    groupId: int
    group: V3TasksTaskAddResultGroup
    stageId: int
    stage: V3TasksTaskAddResultStage
    epicId: int | None
    storyPoints: int | None
    flowId: int
    flow: V3TasksTaskAddResultFlow
    priority: str
    status: str
    statusChanged: str | None
    accomplices: Any
    auditors: Any
    parentId: int | None
    parent: dict[str, Any]
    containsChecklist: bool
    containsSubTasks: bool
    containsRelatedTasks: bool
    containsGanttLinks: bool
    containsPlacements: bool
    containsResults: bool
    numberOfReminders: int
    chatId: int
    chat: V3TasksTaskAddResultChat
    plannedDuration: int
    actualDuration: int
    durationType: str
    started: str | None
    estimatedTime: int
    replicate: bool
    changed: str
    changedById: int
    changedBy: V3TasksTaskAddResultChangedBy
    statusChangedById: int
    statusChangedBy: V3TasksTaskAddResultStatusChangedBy
    closedById: int
    closedBy: V3TasksTaskAddResultClosedBy
    closed: str | None
    activity: str
    guid: str
    xmlId: str | None
    exchangeId: str | None
    exchangeModified: str | None
    outlookVersion: int
    mark: str
    allowsChangeDeadline: bool
    allowsTimeTracking: bool
    matchesWorkTime: bool
    addInReport: bool | None
    isMultitask: bool
    siteId: str
    forkedByTemplateId: int
    forkedByTemplate: V3TasksTaskAddResultForkedByTemplate
    maxDeadlineChangeDate: str | None
    maxDeadlineChanges: int | None
    requireDeadlineChangeReason: bool
    link: str
    rights: V3TasksTaskAddResultRights
    archiveLink: str
    crmItemIds: list[Any]
    emailId: int
    email: V3TasksTaskAddResultEmail
    elapsedTime: V3TasksTaskAddResultElapsedTime
    requireResult: bool
    matchesSubTasksTime: bool
    autocompleteSubTasks: bool
    allowsChangeDatePlan: bool
    inFavorite: list[Any]
    inPin: list[Any]
    inGroupPin: list[Any]
    inMute: list[Any]
    source: V3TasksTaskAddResultSource
    dependsOn: list[Any]
    scenarios: list[Any]
    fileIds: Any
    deadlineCount: Any
    declineReason: Any
    forumTopicId: Any


class V3TasksTaskChatMessageField(TypedDict, total=False):
    """V3 tasks task chat message field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-chat-message-field-get.html
    """

    name: str
    type: str
    title: str
    description: Any
    filterable: bool
    sortable: bool
    multiple: bool


class V3TasksTaskChatMessageSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.chat.message.send`` (REST 3.0)."""

    taskId: Required[int]
    text: Required[str]


class V3TasksTaskField(TypedDict, total=False):
    """V3 tasks task field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-field-get.html
    """

    name: str
    type: str
    title: str
    description: Any
    validationRules: list[Any]
    requiredGroups: Any
    filterable: bool
    sortable: bool
    editable: bool
    multiple: bool
    elementType: Any


class V3TasksTaskFileField(TypedDict, total=False):
    """V3 tasks task file field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-file-field-get.html
    """

    name: str
    type: str
    title: str
    description: Any
    filterable: bool
    sortable: bool
    multiple: bool


class V3TasksTaskResult(TypedDict, total=False):
    """V3 tasks task result, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/tasks/result/tasks-task-result-list-rest-v3.html
    """

    id: int
    taskId: int
    text: str
    authorId: int
    createdAt: str
    status: str
    messageId: Any


class V3TasksTaskResultAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.add`` (REST 3.0)."""

    taskId: Required[int]
    text: Required[str]


class V3TasksTaskResultAddResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.result.add`` (REST 3.0)."""

    edit: bool
    remove: bool


class V3TasksTaskResultAddResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.add`` (REST 3.0)."""

    id: int
    taskId: int
    text: str
    authorId: int
    createdAt: str
    updatedAt: str | None
    status: str
    fileIds: list[Any]
    rights: V3TasksTaskResultAddResultRights
    messageId: int | None


class V3TasksTaskResultAddfromchatmessageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    messageId: Required[int]


class V3TasksTaskResultAddfromchatmessageResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    edit: bool
    remove: bool


class V3TasksTaskResultAddfromchatmessageResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    id: int
    taskId: int
    text: str
    authorId: int
    createdAt: str
    updatedAt: Any
    status: str
    fileIds: list[Any]
    rights: V3TasksTaskResultAddfromchatmessageResultRights
    messageId: int


class V3TasksTaskResultUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.update`` (REST 3.0)."""

    text: Required[str]


class V3TasksTaskResultUpdateResultRights(TypedDict, total=False):
    """Keys of ``result.rights`` in ``tasks.task.result.update`` (REST 3.0)."""

    edit: bool
    remove: bool


class V3TasksTaskResultUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.result.update`` (REST 3.0)."""

    id: int
    taskId: int
    text: str
    authorId: int
    createdAt: str
    updatedAt: str
    status: str
    fileIds: list[Any]
    rights: V3TasksTaskResultUpdateResultRights
    messageId: Any
