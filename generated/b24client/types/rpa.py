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
    """Comment text; HTML and BB-code allowed."""
    files: Sequence[Sequence[str]]
    """Attached files, each a name and base64 content."""


class RpaCommentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.comment.update``."""

    description: int
    """Comment text; HTML and BB-code allowed."""
    files: int
    """Attached files; list existing files by id to keep them and add new ones as a name and base64 content."""


class RpaItemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.item.update``."""

    stageId: int
    """ID of the new stage."""


class RpaStageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.stage.add``."""

    name: Required[Any]
    """Stage name."""
    typeId: Required[Any]
    """ID of the process (RPA type)."""
    code: Any
    """Symbolic code of the stage."""
    color: Any
    """Stage color, 6 hex digits."""
    sort: Any
    """Sort index."""
    semantic: Any
    """\"SUCCESS" or "FAIL"; a process has only one success stage."""


class RpaStageUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.stage.update``."""

    name: Any
    """Stage name."""
    code: Any
    """Symbolic code of the stage."""
    color: Any
    """Stage color, 6 hex digits."""
    sort: Any
    """Sort index."""
    semantic: Any
    """\"SUCCESS" or "FAIL"; a process has only one success stage."""


class RpaTimelineAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.timeline.add``."""

    title: str
    """Entry title."""
    description: str
    """Entry text; HTML tags allowed."""


class RpaTimelineUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.timeline.update``."""

    title: str
    """Entry title."""
    description: str
    """Entry text; HTML tags allowed."""


class RpaTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``rpa.type.add``."""

    title: Required[str]
    """Process name."""
    image: str
    """Icon of the process, from the preset list."""
    settings: Sequence[Any] | dict[str, Any]
    """Any process settings."""
    permissions: Sequence[Any] | dict[str, Any]
    """Access rights to the process; must include the right to change it."""
