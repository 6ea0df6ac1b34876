"""TypedDicts of ``b24client.types.task``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "TaskChecklistitemAddFields",
    "TaskChecklistitemUpdateFields",
    "TaskCommentitemAddFields",
    "TaskCommentitemUpdateFields",
    "TaskElapseditemAddArfields",
    "TaskElapseditemUpdateArfields",
    "TaskItemUserfieldAddParams",
    "TaskItemUserfieldAddParamsEditFormLabel",
    "TaskItemUserfieldAddParamsSettings",
    "TaskItemUserfieldUpdateData",
    "TaskItemUserfieldUpdateDataEditFormLabel",
    "TaskItemUserfieldUpdateDataSettings",
    "TaskStagesAddFields",
    "TaskStagesUpdateFields",
]


class TaskChecklistitemAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.checklistitem.add``."""

    TITLE: Required[str]
    SORT_INDEX: int
    IS_COMPLETE: str
    IS_IMPORTANT: str
    MEMBERS: dict[str, Any]
    PARENT_ID: int


class TaskChecklistitemUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.checklistitem.update``."""

    TITLE: str
    SORT_INDEX: int
    IS_COMPLETE: str
    IS_IMPORTANT: str
    MEMBERS: dict[str, Any]
    PARENT_ID: int


class TaskCommentitemAddFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.commentitem.add``."""

    POST_MESSAGE: Required[str]
    AUTHOR_ID: int
    POST_DATE: str


class TaskCommentitemUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``task.commentitem.update``."""

    POST_MESSAGE: Required[str]


class TaskElapseditemAddArfields(TypedDict, total=False):
    """Keys of the ``ARFIELDS`` parameter of ``task.elapseditem.add``."""

    SECONDS: Required[int]
    COMMENT_TEXT: Required[str]
    USER_ID: int


class TaskElapseditemUpdateArfields(TypedDict, total=False):
    """Keys of the ``ARFIELDS`` parameter of ``task.elapseditem.update``."""

    SECONDS: Required[int]
    COMMENT_TEXT: Required[str]
    USER_ID: int


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

    USER_TYPE_ID: Required[str]
    FIELD_NAME: Required[str]
    XML_ID: str
    EDIT_FORM_LABEL: TaskItemUserfieldAddParamsEditFormLabel
    LABEL: str
    SORT: int
    MULTIPLE: str
    MANDATORY: str
    SETTINGS: TaskItemUserfieldAddParamsSettings


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
    MULTIPLE: str
    MANDATORY: str
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
