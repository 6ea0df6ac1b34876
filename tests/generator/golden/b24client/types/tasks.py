"""TypedDicts of ``b24client.types.tasks``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

if TYPE_CHECKING:
    from b24client.types.crm import CrmDeal

__all__ = [
    "TasksTask",
    "TasksTaskUpdateFields",
    "TasksTaskUpdateFieldsChecklist",
    "TasksTaskUpdateResult",
]


class TasksTask(TypedDict, total=False):
    """A task as the portal sends it."""

    id: Required[str]
    title: str
    parent: "TasksTask | None"
    """The parent task, when there is one."""
    deal: "CrmDeal | None"


class TasksTaskUpdateFieldsChecklist(TypedDict, total=False):
    """Keys of ``fields.CHECKLIST`` in ``tasks.task.update``."""

    TITLE: Required[str]
    IS_COMPLETE: str


class TasksTaskUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``tasks.task.update``."""

    TITLE: str
    """The new title."""
    STAGE_ID: str
    CHECKLIST: Sequence[TasksTaskUpdateFieldsChecklist]


class TasksTaskUpdateResult(TypedDict, total=False):
    """Keys of the result of ``tasks.task.update``."""

    task: Required[TasksTask]
