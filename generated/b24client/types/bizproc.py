"""TypedDicts of ``b24client.types.bizproc``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, TypedDict

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
    "BizprocTask",
    "BizprocTaskParameters",
    "BizprocWorkflowInstancesResult",
    "BizprocWorkflowTemplate",
    "BizprocWorkflowTemplateUpdateFields",
]


class BizprocActivityAddProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``bizproc.activity.add``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any
    inputString: dict[str, Any]


class BizprocActivityAddReturnProperties(TypedDict, total=False):
    """Keys of the ``RETURN_PROPERTIES`` parameter of ``bizproc.activity.add``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any
    outputString: dict[str, Any]


class BizprocActivityUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``bizproc.activity.update``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocActivityUpdateFieldsReturnProperties(TypedDict, total=False):
    """Keys of ``FIELDS.RETURN_PROPERTIES`` in ``bizproc.activity.update``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocActivityUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.activity.update``."""

    HANDLER: str
    AUTH_USER_ID: int
    USE_SUBSCRIPTION: Literal["Y", "N"]
    NAME: Any
    DESCRIPTION: Any
    PROPERTIES: BizprocActivityUpdateFieldsProperties
    RETURN_PROPERTIES: BizprocActivityUpdateFieldsReturnProperties
    DOCUMENT_TYPE: Sequence[Any] | dict[str, Any]
    FILTER: dict[str, Any]
    USE_PLACEMENT: bool
    PLACEMENT_HANDLER: str


BizprocRobotAddProperties = TypedDict(
    "BizprocRobotAddProperties",
    {
        "Name": Any,
        "Description": Any,
        "Type": Literal[
            "bool",
            "date",
            "datetime",
            "double",
            "file",
            "int",
            "select",
            "string",
            "text",
            "user",
        ],
        "Options": Sequence[Any] | dict[str, Any],
        "Required": bool,
        "Multiple": bool,
        "Default": Any,
        "datetime": dict[str, Any],
        "text": dict[str, Any],
        "user": dict[str, Any],
    },
    total=False,
)


class BizprocRobotAddReturnProperties(TypedDict, total=False):
    """Keys of the ``RETURN_PROPERTIES`` parameter of ``bizproc.robot.add``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocRobotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``bizproc.robot.update``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocRobotUpdateFieldsReturnProperties(TypedDict, total=False):
    """Keys of ``FIELDS.RETURN_PROPERTIES`` in ``bizproc.robot.update``."""

    Name: Any
    Description: Any
    Type: Literal[
        "bool",
        "date",
        "datetime",
        "double",
        "file",
        "int",
        "select",
        "string",
        "text",
        "user",
    ]
    Options: Sequence[Any] | dict[str, Any]
    Required: bool
    Multiple: bool
    Default: Any


class BizprocRobotUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.robot.update``."""

    HANDLER: str
    AUTH_USER_ID: int
    USE_SUBSCRIPTION: Literal["Y", "N"]
    NAME: str
    DESCRIPTION: Any
    PROPERTIES: BizprocRobotUpdateFieldsProperties
    RETURN_PROPERTIES: BizprocRobotUpdateFieldsReturnProperties
    DOCUMENT_TYPE: Sequence[Any] | dict[str, Any]
    FILTER: dict[str, Any]
    USE_PLACEMENT: bool
    PLACEMENT_HANDLER: str


class BizprocTaskParameters(TypedDict, total=False):
    """Keys of ``PARAMETERS`` in ``BizprocTask``."""

    CommentLabel: str
    CommentRequired: str
    ShowComment: str
    StatusOkLabel: str
    StatusYesLabel: str
    StatusNoLabel: str
    Fields: list[Any]


class BizprocTask(TypedDict, total=False):
    """Bizproc task, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html
    """

    ID: str
    WORKFLOW_ID: str
    DOCUMENT_NAME: str
    DESCRIPTION: str
    NAME: str
    MODIFIED: str
    WORKFLOW_STARTED: str
    WORKFLOW_STARTED_BY: str
    OVERDUE_DATE: str | None
    WORKFLOW_TEMPLATE_ID: str
    WORKFLOW_TEMPLATE_NAME: str
    WORKFLOW_STATE: str
    STATUS: str
    USER_ID: str
    USER_STATUS: str
    MODULE_ID: str
    ENTITY: str
    DOCUMENT_ID: str
    ACTIVITY: str
    ACTIVITY_NAME: str
    PARAMETERS: BizprocTaskParameters
    DOCUMENT_URL: str


class BizprocWorkflowInstancesResult(TypedDict, total=False):
    """Keys of the result of ``bizproc.workflow.instances``."""

    DOCUMENT_ID: str
    ENTITY: str
    ID: str
    STARTED: str
    MODULE_ID: str
    OWNED_UNTIL: Any
    TEMPLATE_ID: str
    STARTED_BY: str


class BizprocWorkflowTemplate(TypedDict, total=False):
    """Bizproc workflow template, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-list.html
    """

    ID: str
    NAME: str
    USER_ID: str
    SYSTEM_CODE: str


class BizprocWorkflowTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.workflow.template.update``."""

    NAME: str
    DESCRIPTION: str
    TEMPLATE_DATA: tuple[str, str]
    AUTO_EXECUTE: int
