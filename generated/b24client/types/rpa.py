"""TypedDicts of ``b24client.types.rpa``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "RpaCommentAddFields",
    "RpaCommentUpdateFields",
    "RpaItemUpdateFields",
    "RpaStageAddFields",
    "RpaStageUpdateFields",
    "RpaTimelineAddFields",
    "RpaTimelineUpdateFields",
    "RpaTypeAddFields",
]


class RpaCommentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.comment.add``."""

    description: str
    files: Sequence[Sequence[str]]


class RpaCommentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.comment.update``."""

    description: int
    files: int


class RpaItemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.item.update``."""

    stageId: int


class RpaStageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.stage.add``."""

    name: Required[Any]
    typeId: Required[Any]
    code: Any
    color: Any
    sort: Any
    semantic: Any


class RpaStageUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.stage.update``."""

    name: Any
    code: Any
    color: Any
    sort: Any
    semantic: Any


class RpaTimelineAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.timeline.add``."""

    title: str
    description: str


class RpaTimelineUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.timeline.update``."""

    title: str
    description: str


class RpaTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.type.add``."""

    title: Required[str]
    image: str
    settings: Sequence[Any] | dict[str, Any]
    permissions: Sequence[Any] | dict[str, Any]
