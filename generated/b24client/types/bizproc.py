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
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""
    inputString: dict[str, Any]
    """Example parameter "inputString" (keys are your own parameter names)."""


class BizprocActivityAddReturnProperties(TypedDict, total=False):
    """Keys of the ``RETURN_PROPERTIES`` parameter of ``bizproc.activity.add``."""

    Name: Any
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""
    outputString: dict[str, Any]
    """Example parameter "outputString" (keys are your own parameter names)."""


class BizprocActivityUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``bizproc.activity.update``."""

    Name: Any
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""


class BizprocActivityUpdateFieldsReturnProperties(TypedDict, total=False):
    """Keys of ``FIELDS.RETURN_PROPERTIES`` in ``bizproc.activity.update``."""

    Name: Any
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""


class BizprocActivityUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.activity.update``."""

    HANDLER: str
    """URL the action sends its data to; must be on the domain where the application is installed."""
    AUTH_USER_ID: int
    """ID of the user whose token is passed to the application."""
    USE_SUBSCRIPTION: Literal["Y", "N"]
    """\"Y" makes the action wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off."""
    NAME: Any
    """Name of the action: a string or an object by language, such as {"ru": "...", "en": "..."}."""
    DESCRIPTION: Any
    """Description of the action: a string or an object by language."""
    PROPERTIES: BizprocActivityUpdateFieldsProperties
    """Input parameters of the action, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_")."""
    RETURN_PROPERTIES: BizprocActivityUpdateFieldsReturnProperties
    """Values the action returns to the process, keyed by system name; needed for waiting for the application answer."""
    DOCUMENT_TYPE: Sequence[Any] | dict[str, Any]
    """Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]."""
    FILTER: dict[str, Any]
    """Where the action is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise)."""
    USE_PLACEMENT: bool
    """\"Y" lets the action open extra settings in an application slider."""
    PLACEMENT_HANDLER: str
    """URL of the application page for the extra settings; required when USE_PLACEMENT is "Y"."""


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
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""


class BizprocRobotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``bizproc.robot.update``."""

    Name: Any
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""


class BizprocRobotUpdateFieldsReturnProperties(TypedDict, total=False):
    """Keys of ``FIELDS.RETURN_PROPERTIES`` in ``bizproc.robot.update``."""

    Name: Any
    """Name of the parameter: a string or an object by language."""
    Description: Any
    """Description of the parameter: a string or an object by language."""
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
    """Data type: "bool", "date", "datetime", "double", "file", "int", "select", "string", "text" or "user"."""
    Options: Sequence[Any] | dict[str, Any]
    """Choices of a "select" parameter as {"value": "title"}."""
    Required: bool
    """\"Y" if the parameter is required."""
    Multiple: bool
    """\"Y" if the parameter takes several values."""
    Default: Any
    """Default value; for "select" give a key of Options."""


class BizprocRobotUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.robot.update``."""

    HANDLER: str
    """URL the robot sends its data to; must be on the domain where the application is installed."""
    AUTH_USER_ID: int
    """ID of the user whose token is passed to the application."""
    USE_SUBSCRIPTION: Literal["Y", "N"]
    """\"Y" makes the robot wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off."""
    NAME: str
    """Name of the robot: a string or an object by language, such as {"ru": "...", "en": "..."}."""
    DESCRIPTION: Any
    """Description of the robot: a string or an object by language."""
    PROPERTIES: BizprocRobotUpdateFieldsProperties
    """Input parameters of the robot, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_")."""
    RETURN_PROPERTIES: BizprocRobotUpdateFieldsReturnProperties
    """Values the robot returns to the process, keyed by system name; needed for waiting for the application answer."""
    DOCUMENT_TYPE: Sequence[Any] | dict[str, Any]
    """Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]."""
    FILTER: dict[str, Any]
    """Where the robot is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise)."""
    USE_PLACEMENT: bool
    """\"Y" lets the robot open extra settings in an application slider."""
    PLACEMENT_HANDLER: str
    """URL of the application page for the extra settings; required when USE_PLACEMENT is "Y"."""


class BizprocTaskParameters(TypedDict, total=False):
    """Keys of ``PARAMETERS`` in ``BizprocTask``."""

    CommentLabel: str
    """Label of the comment field."""
    CommentRequired: str
    """Whether a comment is required: "N", "Y", "YA" (when approving) or "YR" (when rejecting)."""
    ShowComment: str
    """\"Y" if the comment field is shown."""
    StatusOkLabel: str
    """Text of the acknowledge button."""
    StatusYesLabel: str
    """Text of the approve button."""
    StatusNoLabel: str
    """Text of the reject button."""
    Fields: list[Any]
    """Fields the user must fill in, one object per field."""


class BizprocTask(TypedDict, total=False):
    """A business process task assigned to a user.

    Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-task/bizproc-task-list.html
    """

    ID: str
    """ID of the task."""
    WORKFLOW_ID: str
    """ID of the business process."""
    DOCUMENT_NAME: str
    """Name of the document."""
    DESCRIPTION: str
    """Description of the task."""
    NAME: str
    """Name of the task."""
    MODIFIED: str
    """Date and time of the last change."""
    WORKFLOW_STARTED: str
    """Date and time the business process started."""
    WORKFLOW_STARTED_BY: str
    """ID of the user who started the business process."""
    OVERDUE_DATE: str | None
    """Deadline of the task, or null."""
    WORKFLOW_TEMPLATE_ID: str
    """ID of the business process template."""
    WORKFLOW_TEMPLATE_NAME: str
    """Name of the business process template."""
    WORKFLOW_STATE: str
    """Status of the business process."""
    STATUS: str
    """Task status: 0 running, 1 approved, 2 rejected, 3 done, 4 overdue."""
    USER_ID: str
    """ID of the user the task is assigned to."""
    USER_STATUS: str
    """Answer of the user: 0 waiting, 1 approved, 2 rejected, 3 done."""
    MODULE_ID: str
    """Module of the document, such as "crm"."""
    ENTITY: str
    """Entity class of the document."""
    DOCUMENT_ID: str
    """ID of the document."""
    ACTIVITY: str
    """Task kind: "ApproveActivity", "ReviewActivity", "RequestInformationActivity" or "RequestInformationOptionalActivity"."""
    ACTIVITY_NAME: str
    """ID of the action in the template."""
    PARAMETERS: BizprocTaskParameters
    """Settings of the task."""
    DOCUMENT_URL: str
    """Link to the document."""


class BizprocWorkflowInstancesResult(TypedDict, total=False):
    """Keys of the result of ``bizproc.workflow.instances``."""

    DOCUMENT_ID: str
    """ID of the document the process runs on."""
    ENTITY: str
    """Document entity class, such as "CCrmDocumentDeal"."""
    ID: str
    """ID of the running process."""
    STARTED: str
    """Date and time the process was started."""
    MODULE_ID: str
    """Module of the document, such as "crm"."""
    OWNED_UNTIL: Any
    """Lock time of the process; a process whose lock time is long past is considered stuck."""
    TEMPLATE_ID: str
    """ID of the template the process was started from."""
    STARTED_BY: str
    """ID of the user who started the process."""


class BizprocWorkflowTemplate(TypedDict, total=False):
    """A business process template.

    Docs: https://apidocs.bitrix24.com/api-reference/bizproc/template/bizproc-workflow-template-list.html
    """

    ID: str
    """ID of the template."""
    NAME: str
    """Name of the template."""
    USER_ID: str
    """ID of the user who created or last changed the template."""
    SYSTEM_CODE: str
    """System code that marks standard templates or templates created by an application."""


class BizprocWorkflowTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``bizproc.workflow.template.update``."""

    NAME: str
    """Name of the template."""
    DESCRIPTION: str
    """Description of the template."""
    TEMPLATE_DATA: tuple[str, str]
    """Content of the .bpt template file."""
    AUTO_EXECUTE: int
    """Autostart: 0 none, 1 on creation, 2 on change, 3 on creation and change."""
