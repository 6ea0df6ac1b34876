"""TypedDicts of ``b24client.types.tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "TasksApiScrumBacklogAddFields",
    "TasksApiScrumBacklogUpdateFields",
    "TasksApiScrumEpicAddFields",
    "TasksApiScrumEpicUpdateFields",
    "TasksApiScrumKanbanAddStageFields",
    "TasksApiScrumKanbanUpdateStageFields",
    "TasksApiScrumSprintAddFields",
    "TasksApiScrumSprintUpdateFields",
    "TasksApiScrumTaskUpdateFields",
    "TasksFlowFlowCreateFlowData",
    "TasksFlowFlowDeleteFlowData",
    "TasksFlowFlowUpdateFlowData",
    "TasksTemplateChecklistAddAttachmentByContentAttachmentParameters",
    "TasksTemplateChecklistAddFields",
    "TasksTemplateChecklistUpdateFields",
    "TasksTemplateGetParams",
    "V3TasksTaskAddFields",
    "V3TasksTaskChatMessageSendFields",
    "V3TasksTaskResultAddFields",
    "V3TasksTaskResultAddfromchatmessageFields",
    "V3TasksTaskResultUpdateFields",
]


class TasksApiScrumBacklogAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.backlog.add``."""

    groupId: Required[int]
    createdBy: int
    modifiedBy: int


class TasksApiScrumBacklogUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.backlog.update``."""

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


class TasksApiScrumKanbanUpdateStageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.kanban.updateStage``."""

    sprintId: int
    name: str
    type: str
    sort: int
    color: str


class TasksApiScrumSprintAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.sprint.add``."""

    groupId: Required[int]
    name: Required[str]
    sort: int
    dateStart: str
    dateEnd: str
    status: str
    createdBy: int


class TasksApiScrumSprintUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.sprint.update``."""

    groupId: int
    name: str
    sort: int
    dateStart: str
    dateEnd: str
    status: str


class TasksApiScrumTaskUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.api.scrum.task.update``."""

    entityId: int
    storyPoints: str
    epicId: int
    sort: int


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


class TasksFlowFlowDeleteFlowData(TypedDict, total=False):
    """Keys of the ``flowData`` parameter of ``tasks.flow.Flow.delete``."""

    id: Required[int]


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


class TasksTemplateChecklistAddAttachmentByContentAttachmentParameters(
    TypedDict, total=False
):
    """Keys of the ``attachmentParameters`` parameter of ``tasks.template.checklist.addAttachmentByContent``."""

    NAME: str
    CONTENT: str


class TasksTemplateChecklistAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.template.checklist.add``."""

    TITLE: Required[str]
    PARENT_ID: Required[int]
    SORT_INDEX: int
    IS_COMPLETE: str
    IS_IMPORTANT: str
    MEMBERS: dict[str, Any]


class TasksTemplateChecklistUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.template.checklist.update``."""

    TITLE: str
    PARENT_ID: int
    SORT_INDEX: int
    IS_COMPLETE: bool
    IS_IMPORTANT: bool
    MEMBERS: dict[str, Any]


class TasksTemplateGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``tasks.template.get``."""

    select: Sequence[Any] | dict[str, Any]


class V3TasksTaskAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.add`` (REST 3.0)."""

    title: Required[str]
    creatorId: Required[int]
    responsibleId: Required[int]
    deadline: str
    crmItemIds: Sequence[str]


class V3TasksTaskChatMessageSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.chat.message.send`` (REST 3.0)."""

    taskId: Required[int]
    text: Required[str]


class V3TasksTaskResultAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.add`` (REST 3.0)."""

    taskId: Required[int]
    text: Required[str]


class V3TasksTaskResultAddfromchatmessageFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.addfromchatmessage`` (REST 3.0)."""

    messageId: Required[int]


class V3TasksTaskResultUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.result.update`` (REST 3.0)."""

    text: Required[str]
