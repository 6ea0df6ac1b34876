"""TypedDicts of ``b24client.types.bizproc``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, TypedDict

__all__ = [
    "BizprocActivityAddProperties",
    "BizprocActivityAddReturnProperties",
    "BizprocActivityUpdateFields",
    "BizprocActivityUpdateFieldsProperties",
    "BizprocActivityUpdateFieldsReturnProperties",
    "BizprocRobotAddProperties",
    "BizprocRobotAddReturnProperties",
    "BizprocRobotUpdateFields",
    "BizprocRobotUpdateFieldsProperties",
    "BizprocRobotUpdateFieldsReturnProperties",
    "BizprocWorkflowTemplateUpdateFields",
]


class BizprocActivityAddProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``bizproc.activity.add``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any
    inputString: dict[str, Any]


class BizprocActivityAddReturnProperties(TypedDict, total=False):
    """Keys of the ``RETURN_PROPERTIES`` parameter of ``bizproc.activity.add``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any
    outputString: dict[str, Any]


class BizprocActivityUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``bizproc.activity.update``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocActivityUpdateFieldsReturnProperties(TypedDict, total=False):
    """Keys of ``FIELDS.RETURN_PROPERTIES`` in ``bizproc.activity.update``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocActivityUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.activity.update``."""

    HANDLER: str
    AUTH_USER_ID: int
    USE_SUBSCRIPTION: str
    NAME: Any
    DESCRIPTION: Any
    PROPERTIES: BizprocActivityUpdateFieldsProperties
    RETURN_PROPERTIES: BizprocActivityUpdateFieldsReturnProperties
    DOCUMENT_TYPE: Sequence[Any] | dict[str, Any]
    FILTER: dict[str, Any]
    USE_PLACEMENT: bool
    PLACEMENT_HANDLER: str


class BizprocRobotAddProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``bizproc.robot.add``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any
    datetime: dict[str, Any]
    text: dict[str, Any]
    user: dict[str, Any]


class BizprocRobotAddReturnProperties(TypedDict, total=False):
    """Keys of the ``RETURN_PROPERTIES`` parameter of ``bizproc.robot.add``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocRobotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``bizproc.robot.update``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocRobotUpdateFieldsReturnProperties(TypedDict, total=False):
    """Keys of ``FIELDS.RETURN_PROPERTIES`` in ``bizproc.robot.update``."""

    Name: Any
    Description: Any
    Type: str
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocRobotUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.robot.update``."""

    HANDLER: str
    AUTH_USER_ID: int
    USE_SUBSCRIPTION: str
    NAME: str
    DESCRIPTION: Any
    PROPERTIES: BizprocRobotUpdateFieldsProperties
    RETURN_PROPERTIES: BizprocRobotUpdateFieldsReturnProperties
    DOCUMENT_TYPE: Sequence[Any] | dict[str, Any]
    FILTER: dict[str, Any]
    USE_PLACEMENT: bool
    PLACEMENT_HANDLER: str


class BizprocWorkflowTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.workflow.template.update``."""

    NAME: str
    DESCRIPTION: str
    TEMPLATE_DATA: tuple[str, str]
    AUTO_EXECUTE: int
