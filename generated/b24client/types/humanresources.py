"""TypedDicts of ``b24client.types.humanresources``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "HumanresourcesHcmlinkCompany",
    "HumanresourcesHcmlinkCompanyAddFields",
    "HumanresourcesHcmlinkCompanyAddFieldsFields",
    "HumanresourcesHcmlinkCompanyData",
    "HumanresourcesHcmlinkCompanyUpdateFields",
    "HumanresourcesHcmlinkCompanyUpdateFieldsFields",
    "HumanresourcesHcmlinkCompanyUser",
    "HumanresourcesHcmlinkCompanyUserData",
    "HumanresourcesHcmlinkEmployee",
    "HumanresourcesHcmlinkEmployeeSetData",
    "HumanresourcesHcmlinkEmployeeSetDataData",
    "HumanresourcesHcmlinkEmployeeSetJob",
    "HumanresourcesHcmlinkEmployeeSetJobFields",
    "HumanresourcesHcmlinkEmployeeSetJobFieldsData",
    "HumanresourcesHcmlinkEmployeeSetJobFieldsDataData",
    "HumanresourcesHcmlinkEmployeeSetResult",
    "HumanresourcesHcmlinkFieldValueSetData",
    "HumanresourcesHcmlinkFieldValueSetJob",
    "HumanresourcesHcmlinkFieldValueSetJobFields",
    "HumanresourcesHcmlinkFieldValueSetJobFieldsData",
    "HumanresourcesHcmlinkFieldValueSetResult",
    "HumanresourcesHcmlinkJobStatus",
    "HumanresourcesHcmlinkJobUpdateFields",
    "HumanresourcesHcmlinkJobUpdateResult",
    "V3HumanresourcesEmployeeCountResult",
    "V3HumanresourcesEmployeeField",
    "V3HumanresourcesEmployeeMultidepartmentResult",
    "V3HumanresourcesEmployeeSearchResult",
    "V3HumanresourcesEmployeeSearchResultDepartments",
    "V3HumanresourcesEmployeeSubordinatesResult",
    "V3HumanresourcesNode",
    "V3HumanresourcesNodeAddResult",
    "V3HumanresourcesNodeAddSettings",
    "V3HumanresourcesNodeAddUserIds",
    "V3HumanresourcesNodeChildrenResult",
    "V3HumanresourcesNodeCommunication",
    "V3HumanresourcesNodeCommunicationEditResult",
    "V3HumanresourcesNodeCountResult",
    "V3HumanresourcesNodeEditResult",
    "V3HumanresourcesNodeField",
    "V3HumanresourcesNodeMemberAddResult",
    "V3HumanresourcesNodeMemberField",
    "V3HumanresourcesNodeMemberMoveResult",
    "V3HumanresourcesNodeMemberRemoveResult",
    "V3HumanresourcesNodeMemberSetResult",
    "V3HumanresourcesNodeMemberSetUserIds",
    "V3HumanresourcesNodeMembers",
    "V3HumanresourcesNodeMoveResult",
    "V3HumanresourcesNodeSearchResult",
]


class HumanresourcesHcmlinkCompanyData(TypedDict, total=False):
    """Keys of ``data`` in ``HumanresourcesHcmlinkCompany``."""

    inn: str
    """Taxpayer number (INN) of the company."""


class HumanresourcesHcmlinkCompany(TypedDict, total=False):
    """A company connected through HCM Link.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-list.html
    """

    id: int
    """ID of the HCM Link company."""
    company: str
    """Code of the company in the HR system."""
    crmCompanyId: int
    """ID of the matching CRM company."""
    title: str
    """Company name."""
    data: HumanresourcesHcmlinkCompanyData
    """Extra company data."""
    createdAt: str
    """Creation date and time in ISO 8601."""
    fields: list[Any]
    """Fields the HR system supplies for this company."""
    person: str
    """Code of the natural person in the HR system; present when userId was passed."""


class HumanresourcesHcmlinkCompanyAddFieldsFields(TypedDict, total=False):
    """Keys of ``fields.fields`` in ``humanresources.hcmlink.company.add``."""

    field: Required[str]
    """Code of the field in the HR system."""
    title: Required[str]
    """Field name shown to users."""
    type: Literal[
        "STRING",
        "FIRST_NAME",
        "LAST_NAME",
        "PATRONYMIC_NAME",
        "PHONE",
        "EMAIL",
        "ADDRESS",
        "BIRTHDAY",
        "SNILS",
        "INN",
        "POSITION",
        "DEPARTMENT",
        "DOCUMENT_REGISTRATION_NUMBER",
        "DOCUMENT_UID",
        "DOCUMENT_DATE",
    ]
    """Field kind, such as "STRING", "FIRST_NAME", "PHONE", "EMAIL", "BIRTHDAY", "INN", "POSITION" or "DOCUMENT_DATE"."""
    entityType: Literal["EMPLOYEE", "COMPANY", "DOCUMENT"]
    """What the field belongs to: "EMPLOYEE", "COMPANY" or "DOCUMENT"; stored as "UNKNOWN" when left out."""
    ttl: int
    """How long a field value is kept, in seconds; default 86400."""


class HumanresourcesHcmlinkCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.company.add``."""

    company: Required[str]
    """Code of the company in the HR system."""
    crmCompanyId: Required[int]
    """ID of the matching CRM company (one of your own companies: crm.item.list with entityTypeId 4 and isMyCompany "Y")."""
    title: Required[str]
    """Company name."""
    data: dict[str, Any]
    """Extra company data, as free key-value pairs."""
    fields: Required[Sequence[HumanresourcesHcmlinkCompanyAddFieldsFields]]
    """Fields the HR system can supply for this company."""


class HumanresourcesHcmlinkCompanyUpdateFieldsFields(TypedDict, total=False):
    """Keys of ``fields.fields`` in ``humanresources.hcmlink.company.update``."""

    field: Required[str]
    """Code of the field in the HR system."""
    title: Required[str]
    """Field name shown to users."""
    type: Literal[
        "STRING",
        "FIRST_NAME",
        "LAST_NAME",
        "PATRONYMIC_NAME",
        "PHONE",
        "EMAIL",
        "ADDRESS",
        "BIRTHDAY",
        "SNILS",
        "INN",
        "POSITION",
        "DEPARTMENT",
        "DOCUMENT_REGISTRATION_NUMBER",
        "DOCUMENT_UID",
        "DOCUMENT_DATE",
    ]
    """Field kind, such as "STRING", "FIRST_NAME", "PHONE", "EMAIL", "BIRTHDAY", "INN", "POSITION" or "DOCUMENT_DATE"."""
    entityType: Literal["EMPLOYEE", "COMPANY", "DOCUMENT"]
    """What the field belongs to: "EMPLOYEE", "COMPANY" or "DOCUMENT"; stored as "UNKNOWN" when left out."""
    ttl: int
    """How long a field value is kept, in seconds; default 86400."""


class HumanresourcesHcmlinkCompanyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.company.update``."""

    company: Required[str]
    """Code of the company in the HR system."""
    crmCompanyId: Required[int]
    """ID of the matching CRM company (one of your own companies: crm.item.list with entityTypeId 4 and isMyCompany "Y")."""
    title: Required[str]
    """Company name."""
    data: dict[str, Any]
    """Extra company data, as free key-value pairs."""
    fields: Required[Sequence[HumanresourcesHcmlinkCompanyUpdateFieldsFields]]
    """Fields the HR system can supply for this company."""


class HumanresourcesHcmlinkCompanyUserData(TypedDict, total=False):
    """Keys of ``data`` in ``HumanresourcesHcmlinkCompanyUser``."""

    inn: str
    """Taxpayer number (INN) of the company."""


class HumanresourcesHcmlinkCompanyUser(TypedDict, total=False):
    """An HCM Link company as seen by the current user.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-user-list.html
    """

    id: int
    """ID of the HCM Link company."""
    company: str
    """Code of the company in the HR system."""
    crmCompanyId: int
    """ID of the matching CRM company."""
    title: str
    """Company name."""
    data: HumanresourcesHcmlinkCompanyUserData
    """Extra company data."""
    person: str
    """Code of the natural person in the HR system."""


class HumanresourcesHcmlinkEmployee(TypedDict, total=False):
    """An HR-system person matched to a Bitrix24 user.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.html
    """

    id: int
    """ID of the person in HCM Link."""
    company: str
    """Code of the company in the HR system."""
    person: str
    """Code of the natural person in the HR system."""
    employees: list[Any]
    """HR-system employee records linked to this person."""
    userId: int
    """ID of the Bitrix24 user."""
    title: str
    """Name of the employee."""
    createdAt: str
    """Creation date and time in ISO 8601."""
    updatedAt: str
    """Date and time of the last change in ISO 8601."""


class HumanresourcesHcmlinkEmployeeSetDataData(TypedDict, total=False):
    """Keys of ``data.data`` in ``humanresources.hcmlink.employee.set``."""

    firstName: str
    """First name."""
    lastName: str
    """Last name."""
    patronymicName: str
    """Patronymic (middle) name."""
    position: str
    """Job title."""


class HumanresourcesHcmlinkEmployeeSetData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``humanresources.hcmlink.employee.set``."""

    employee: Required[str]
    """Code of the employee in the HR system."""
    person: Required[str]
    """Code of the natural person in the HR system."""
    userId: int
    """ID of the Bitrix24 user, from user.get."""
    data: Required[HumanresourcesHcmlinkEmployeeSetDataData]
    """Personal data of the employee."""


class HumanresourcesHcmlinkEmployeeSetJobFieldsDataData(TypedDict, total=False):
    """Keys of ``job.fields.data.data`` in ``humanresources.hcmlink.employee.set``."""

    firstName: str
    """First name."""
    lastName: str
    """Last name."""
    patronymicName: str
    """Patronymic (middle) name."""


class HumanresourcesHcmlinkEmployeeSetJobFieldsData(TypedDict, total=False):
    """Keys of ``job.fields.data`` in ``humanresources.hcmlink.employee.set``."""

    employee: Required[str]
    """Code of the employee in the HR system."""
    person: Required[str]
    """Code of the natural person in the HR system."""
    userId: int
    """ID of the Bitrix24 user, from user.get."""
    data: Required[HumanresourcesHcmlinkEmployeeSetJobFieldsDataData]
    """Personal data of the employee."""


class HumanresourcesHcmlinkEmployeeSetJobFields(TypedDict, total=False):
    """Keys of ``job.fields`` in ``humanresources.hcmlink.employee.set``."""

    status: Required[Literal["IN_PROGRESS", "DONE", "CANCELED"]]
    """New job status: "IN_PROGRESS", "DONE" or "CANCELED"."""
    total: int
    """Total number of items in the job."""
    sent: int
    """Number of items processed so far."""
    data: HumanresourcesHcmlinkEmployeeSetJobFieldsData
    """Employees from the HR system; each needs at least one non-empty value."""


class HumanresourcesHcmlinkEmployeeSetJob(TypedDict, total=False):
    """Keys of the ``job`` parameter of ``humanresources.hcmlink.employee.set``."""

    id: Required[int]
    """ID of the synchronisation job, from the jobId field of the event."""
    fields: Required[HumanresourcesHcmlinkEmployeeSetJobFields]
    """New values for the job."""


class HumanresourcesHcmlinkEmployeeSetResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.hcmlink.employee.set``."""

    status: str
    """\"ok" if the list was processed without errors, otherwise "error"."""
    errors: list[Any]
    """Errors met while processing single items."""


class HumanresourcesHcmlinkFieldValueSetData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``humanresources.hcmlink.field.value.set``."""

    field: Required[str]
    """Code of the field in the HR system (fields[].field from humanresources.hcmlink.company.list)."""
    employee: Required[str]
    """Code of the employee in the HR system (employees[].employee from humanresources.hcmlink.employee.list)."""
    value: Required[str]
    """Value of the field."""


class HumanresourcesHcmlinkFieldValueSetJobFieldsData(TypedDict, total=False):
    """Keys of ``job.fields.data`` in ``humanresources.hcmlink.field.value.set``."""

    field: Required[str]
    """Code of the field in the HR system (fields[].field from humanresources.hcmlink.company.list)."""
    employee: Required[str]
    """Code of the employee in the HR system (employees[].employee from humanresources.hcmlink.employee.list)."""
    value: Required[str]
    """Value of the field."""


class HumanresourcesHcmlinkFieldValueSetJobFields(TypedDict, total=False):
    """Keys of ``job.fields`` in ``humanresources.hcmlink.field.value.set``."""

    status: Required[Literal["IN_PROGRESS", "DONE", "CANCELED"]]
    """New job status: "IN_PROGRESS", "DONE" or "CANCELED"."""
    total: int
    """Total number of items in the job."""
    sent: int
    """Number of items processed so far."""
    data: HumanresourcesHcmlinkFieldValueSetJobFieldsData
    """Field values, each with field, employee and value."""


class HumanresourcesHcmlinkFieldValueSetJob(TypedDict, total=False):
    """Keys of the ``job`` parameter of ``humanresources.hcmlink.field.value.set``."""

    id: Required[int]
    """ID of the synchronisation job, from the jobId field of the event."""
    fields: Required[HumanresourcesHcmlinkFieldValueSetJobFields]
    """New values for the job."""


class HumanresourcesHcmlinkFieldValueSetResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.hcmlink.field.value.set``."""

    status: str
    """\"ok" if the values were processed without errors, otherwise "error"."""
    errors: list[Any]
    """Errors met while processing single items."""


class HumanresourcesHcmlinkJobStatus(TypedDict, total=False):
    """State of an HCM Link synchronisation job.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-status-get.html
    """

    alive: bool
    """true while the job is not finished."""


class HumanresourcesHcmlinkJobUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.job.update``."""

    status: Required[Literal["IN_PROGRESS", "DONE", "CANCELED"]]
    """New job status: "IN_PROGRESS", "DONE" or "CANCELED"."""
    total: int
    """Total number of items in the job."""
    sent: int
    """Number of items processed so far."""
    data: dict[str, Any]
    """Extra job data."""


class HumanresourcesHcmlinkJobUpdateResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.hcmlink.job.update``."""

    error: int
    """Error code, when the update failed."""
    error_description: str
    """Error text, when the update failed."""


class V3HumanresourcesEmployeeCountResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.count`` (REST 3.0)."""

    total: Required[int]
    """Number of unique employees in the company structure."""


class V3HumanresourcesEmployeeField(TypedDict, total=False):
    """Description of one employee field.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-field-get.html
    """

    description: Any
    """Field description, or null."""
    editable: bool
    """Whether the field can be changed."""
    elementType: Any
    """Type of the elements of a multiple field, or null."""
    filterable: bool
    """Whether the field can be used in filter."""
    multiple: bool
    """Whether the field holds several values."""
    name: str
    """Field name, such as "userId", "name", "workPosition", "avatar", "url" or "departments"."""
    requiredGroups: Any
    """Groups of fields that must be filled together, or null."""
    sortable: bool
    """Whether results can be sorted by the field."""
    title: str
    """Display name of the field."""
    type: str
    """Data type of the field, such as "int"."""
    validationRules: list[Any]
    """Validation rules of the field."""


class V3HumanresourcesEmployeeMultidepartmentResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.multidepartment`` (REST 3.0)."""

    employees: list[Any]
    """Employees found, each with userId, name, workPosition and their departments (id, name)."""
    total: int
    """Number of employees found."""


class V3HumanresourcesEmployeeSearchResultDepartments(TypedDict, total=False):
    """Keys of ``result.departments`` in ``humanresources.employee.search`` (REST 3.0)."""

    id: int
    """ID of the department."""
    name: str
    """Department name."""


class V3HumanresourcesEmployeeSearchResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.search`` (REST 3.0)."""

    userId: int
    """ID of the user."""
    name: str
    """Employee name."""
    workPosition: str
    """Job title."""
    avatar: str
    """URL of the avatar."""
    url: str
    """URL of the user profile."""
    departments: list[V3HumanresourcesEmployeeSearchResultDepartments]
    """Departments of the employee."""
    teams: list[Any]
    """Teams of the employee."""


class V3HumanresourcesEmployeeSubordinatesResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.subordinates`` (REST 3.0)."""

    userId: int
    """ID of the user from the request."""
    departments: list[Any]
    """Departments with nodeId, name, the user's role and subordinatesCount."""


class V3HumanresourcesNodeMembers(TypedDict, total=False):
    """Keys of ``members`` in ``V3HumanresourcesNode``."""

    userId: int
    """ID of the user."""
    name: str
    """Full name of the user."""
    workPosition: str
    """Job title of the user."""
    role: str
    """Role in the department, such as "MEMBER_HEAD" or "MEMBER_EMPLOYEE"."""
    avatar: str
    """Link to the user's photo."""
    url: str
    """Link to the user's profile."""


class V3HumanresourcesNode(TypedDict, total=False):
    """A department or team of the company structure.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-get.html
    """

    id: int
    """ID of the department or team."""
    name: str
    """Name of the department or team."""
    type: str
    """Kind of structure element, such as "DEPARTMENT"."""
    structureId: int
    """ID of the company structure."""
    parentId: Any
    """ID of the parent department, or null."""
    description: str
    """Description of the department."""
    accessCode: str
    """Access code of the department, such as "DR1"."""
    userCount: int
    """Number of users in the department."""
    colorName: Any
    """Color of a team, or null."""
    xmlId: Any
    """External ID of the department, or null."""
    createdAt: str
    """Creation date and time in ISO 8601."""
    updatedAt: str
    """Date and time of the last change in ISO 8601."""
    members: list[V3HumanresourcesNodeMembers]
    """Users of the department."""


class V3HumanresourcesNodeAddResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.add`` (REST 3.0)."""

    id: int
    """ID of the department or team."""
    name: str
    """Name of the department or team."""
    type: str
    """\"DEPARTMENT" or "TEAM"."""
    structureId: int
    """ID of the company structure."""
    parentId: int
    """ID of the parent department or team."""
    description: str
    """Description of the department or team."""
    accessCode: str
    """Access code of the structure node."""
    userCount: int
    """Number of users in the department or team."""
    colorName: str | None
    """Team color, when set."""
    xmlId: str | None
    """External ID of the structure node."""
    createdAt: str
    """Date and time the node was created."""
    updatedAt: str
    """Date and time the node was last changed."""
    members: list[Any]
    """Users added to the node with their roles."""
    userId: int
    """ID of the member user."""
    workPosition: str
    """Job title of the member."""
    role: str
    """Role of the member in the node."""
    avatar: str
    """URL of the member avatar."""
    url: str
    """URL of the member profile."""


class V3HumanresourcesNodeAddSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``humanresources.node.add`` (REST 3.0)."""

    BUSINESS_PROC_AUTHORITY: Sequence[str]
    """Roles allowed to work with the node's business processes, such as "HEAD" or "DEPUTY_HEAD"."""
    REPORTS_AUTHORITY: Sequence[str]
    """Roles allowed to work with the node's reports, such as "HEAD" or "DEPUTY_HEAD"."""


class V3HumanresourcesNodeAddUserIds(TypedDict, total=False):
    """Keys of the ``userIds`` parameter of ``humanresources.node.add`` (REST 3.0)."""

    MEMBER_HEAD: Sequence[int]
    """IDs of the department heads."""
    MEMBER_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    """IDs of the deputy department heads."""
    MEMBER_EMPLOYEE: Sequence[int]
    """IDs of the department employees."""
    MEMBER_TEAM_HEAD: Sequence[Any] | dict[str, Any]
    """IDs of the team heads."""
    MEMBER_TEAM_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    """IDs of the deputy team heads."""
    MEMBER_TEAM_EMPLOYEE: Sequence[Any] | dict[str, Any]
    """IDs of the team members."""


class V3HumanresourcesNodeChildrenResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.children`` (REST 3.0)."""

    id: int
    """ID of the department or team."""
    name: str
    """Name of the department or team."""
    type: str
    """\"DEPARTMENT" or "TEAM"."""
    structureId: int
    """ID of the company structure."""
    parentId: int
    """ID of the parent department or team."""
    description: str
    """Description of the department or team."""
    accessCode: str
    """Access code of the structure node."""
    userCount: int
    """Number of users in the department or team."""
    colorName: Any
    """Team color, when set."""
    xmlId: Any
    """External ID of the structure node."""
    createdAt: str
    """Date and time the node was created."""
    updatedAt: str
    """Date and time the node was last changed."""


class V3HumanresourcesNodeCommunication(TypedDict, total=False):
    """Chats, channels and collabs linked to a department.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-list.html
    """

    chats: list[Any]
    """Chats linked to the department."""
    chatsNoAccess: int
    """Number of linked chats the current user cannot access."""
    channels: list[Any]
    """Channels linked to the department."""
    channelsNoAccess: int
    """Number of linked channels the current user cannot access."""
    collabs: list[Any]
    """Collabs linked to the department."""
    collabsNoAccess: int
    """Number of linked collabs the current user cannot access."""


class V3HumanresourcesNodeCommunicationEditResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.communication.edit`` (REST 3.0)."""

    success: Required[bool]
    """true when the communications were changed."""


class V3HumanresourcesNodeCountResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.count`` (REST 3.0)."""

    departments: int
    """Number of departments."""
    teams: int
    """Number of teams."""


class V3HumanresourcesNodeEditResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.edit`` (REST 3.0)."""

    id: int
    """ID of the department or team."""
    name: str
    """Name of the department or team."""
    type: str
    """\"DEPARTMENT" or "TEAM"."""
    structureId: int
    """ID of the company structure."""
    parentId: int
    """ID of the parent department or team."""
    description: str
    """Description of the department or team."""
    accessCode: str
    """Access code of the structure node."""
    userCount: int
    """Number of users in the department or team."""
    colorName: str | None
    """Team color, when set."""
    xmlId: str | None
    """External ID of the structure node."""
    createdAt: str
    """Date and time the node was created."""
    updatedAt: str
    """Date and time the node was last changed."""


class V3HumanresourcesNodeField(TypedDict, total=False):
    """Description of one department field.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-field-get.html
    """

    name: str
    """Field name, such as "id", "name", "type", "structureId" or "parentId"."""
    type: str
    """Data type of the field, such as "int"."""
    title: str
    """Display name of the field."""
    filterable: bool
    """Whether the field can be used in filter."""
    sortable: bool
    """Whether results can be sorted by the field."""


class V3HumanresourcesNodeMemberAddResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.add`` (REST 3.0)."""

    success: Required[bool]
    """true when the users were added."""


class V3HumanresourcesNodeMemberField(TypedDict, total=False):
    """Description of one department member field.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-field-get.html
    """

    name: str
    """Field name, such as "userId", "name", "workPosition", "role", "avatar" or "url"."""
    type: str
    """Data type of the field, such as "int"."""
    title: str
    """Display name of the field."""
    description: Any
    """Field description, or null."""
    filterable: bool
    """Whether the field can be used in filter."""
    sortable: bool
    """Whether results can be sorted by the field."""


class V3HumanresourcesNodeMemberMoveResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.move`` (REST 3.0)."""

    success: Required[bool]
    """true when the users were moved."""


class V3HumanresourcesNodeMemberRemoveResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.remove`` (REST 3.0)."""

    removed: list[Any]
    """IDs of the users removed."""
    failed: list[Any]
    """Users that could not be removed."""
    userId: int
    """ID of a user that could not be removed."""
    reason: str
    """Why that user was not removed."""


class V3HumanresourcesNodeMemberSetResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.set`` (REST 3.0)."""

    success: Required[bool]
    """true when the membership was updated."""


class V3HumanresourcesNodeMemberSetUserIds(TypedDict, total=False):
    """Keys of the ``userIds`` parameter of ``humanresources.node.member.set`` (REST 3.0)."""

    MEMBER_HEAD: Sequence[int]
    """IDs of the department heads."""
    MEMBER_DEPUTY_HEAD: Sequence[int]
    """IDs of the deputy department heads."""
    MEMBER_EMPLOYEE: Sequence[int]
    """IDs of the department employees."""
    MEMBER_TEAM_HEAD: Sequence[Any] | dict[str, Any]
    """IDs of the team heads."""
    MEMBER_TEAM_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    """IDs of the deputy team heads."""
    MEMBER_TEAM_EMPLOYEE: Sequence[Any] | dict[str, Any]
    """IDs of the team members."""


class V3HumanresourcesNodeMoveResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.move`` (REST 3.0)."""

    id: int
    """ID of the department or team."""
    name: str
    """Name of the department or team."""
    type: str
    """\"DEPARTMENT" or "TEAM"."""
    structureId: int
    """ID of the company structure."""
    parentId: int
    """ID of the new parent department."""
    description: str
    """Description of the department or team."""
    accessCode: str
    """Access code of the structure node."""
    userCount: int
    """Number of users in the department or team."""
    colorName: str | None
    """Team color, when set."""
    xmlId: str | None
    """External ID of the structure node."""
    createdAt: str
    """Date and time the node was created."""
    updatedAt: str
    """Date and time the node was last changed."""


class V3HumanresourcesNodeSearchResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.search`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    """Departments or teams found."""
    id: int
    """ID of the department or team."""
    name: str
    """Name of the department or team."""
    type: str
    """\"DEPARTMENT" or "TEAM"."""
    structureId: int
    """ID of the company structure."""
    parentId: int
    """ID of the parent department or team."""
    description: str
    """Description of the department or team."""
    accessCode: str
    """Access code of the structure node."""
    userCount: int
    """Number of users in the department or team."""
    colorName: str | None
    """Team color, when set."""
    xmlId: str | None
    """External ID of the structure node."""
    createdAt: str
    """Date and time the node was created."""
    updatedAt: str
    """Date and time the node was last changed."""
