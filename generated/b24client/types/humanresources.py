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


class HumanresourcesHcmlinkCompany(TypedDict, total=False):
    """Humanresources hcmlink company, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-list.html
    """

    id: int
    company: str
    crmCompanyId: int
    title: str
    data: HumanresourcesHcmlinkCompanyData
    createdAt: str
    fields: list[Any]
    person: str


class HumanresourcesHcmlinkCompanyAddFieldsFields(TypedDict, total=False):
    """Keys of ``fields.fields`` in ``humanresources.hcmlink.company.add``."""

    field: Required[str]
    title: Required[str]
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
    entityType: Literal["EMPLOYEE", "COMPANY", "DOCUMENT"]
    ttl: int


class HumanresourcesHcmlinkCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.company.add``."""

    company: Required[str]
    crmCompanyId: Required[int]
    title: Required[str]
    data: dict[str, Any]
    fields: Required[Sequence[HumanresourcesHcmlinkCompanyAddFieldsFields]]


class HumanresourcesHcmlinkCompanyUpdateFieldsFields(TypedDict, total=False):
    """Keys of ``fields.fields`` in ``humanresources.hcmlink.company.update``."""

    field: Required[str]
    title: Required[str]
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
    entityType: Literal["EMPLOYEE", "COMPANY", "DOCUMENT"]
    ttl: int


class HumanresourcesHcmlinkCompanyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.company.update``."""

    company: Required[str]
    crmCompanyId: Required[int]
    title: Required[str]
    data: dict[str, Any]
    fields: Required[Sequence[HumanresourcesHcmlinkCompanyUpdateFieldsFields]]


class HumanresourcesHcmlinkCompanyUserData(TypedDict, total=False):
    """Keys of ``data`` in ``HumanresourcesHcmlinkCompanyUser``."""

    inn: str


class HumanresourcesHcmlinkCompanyUser(TypedDict, total=False):
    """Humanresources hcmlink company user, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-user-list.html
    """

    id: int
    company: str
    crmCompanyId: int
    title: str
    data: HumanresourcesHcmlinkCompanyUserData
    person: str


class HumanresourcesHcmlinkEmployee(TypedDict, total=False):
    """Humanresources hcmlink employee, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.html
    """

    id: int
    company: str
    person: str
    employees: list[Any]
    userId: int
    title: str
    createdAt: str
    updatedAt: str


class HumanresourcesHcmlinkEmployeeSetDataData(TypedDict, total=False):
    """Keys of ``data.data`` in ``humanresources.hcmlink.employee.set``."""

    firstName: str
    lastName: str
    patronymicName: str
    position: str


class HumanresourcesHcmlinkEmployeeSetData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``humanresources.hcmlink.employee.set``."""

    employee: Required[str]
    person: Required[str]
    userId: int
    data: Required[HumanresourcesHcmlinkEmployeeSetDataData]


class HumanresourcesHcmlinkEmployeeSetJobFieldsDataData(TypedDict, total=False):
    """Keys of ``job.fields.data.data`` in ``humanresources.hcmlink.employee.set``."""

    firstName: str
    lastName: str
    patronymicName: str


class HumanresourcesHcmlinkEmployeeSetJobFieldsData(TypedDict, total=False):
    """Keys of ``job.fields.data`` in ``humanresources.hcmlink.employee.set``."""

    employee: Required[str]
    person: Required[str]
    userId: int
    data: Required[HumanresourcesHcmlinkEmployeeSetJobFieldsDataData]


class HumanresourcesHcmlinkEmployeeSetJobFields(TypedDict, total=False):
    """Keys of ``job.fields`` in ``humanresources.hcmlink.employee.set``."""

    status: Required[Literal["IN_PROGRESS", "DONE", "CANCELED"]]
    total: int
    sent: int
    data: HumanresourcesHcmlinkEmployeeSetJobFieldsData


class HumanresourcesHcmlinkEmployeeSetJob(TypedDict, total=False):
    """Keys of the ``job`` parameter of ``humanresources.hcmlink.employee.set``."""

    id: Required[int]
    fields: Required[HumanresourcesHcmlinkEmployeeSetJobFields]


class HumanresourcesHcmlinkEmployeeSetResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.hcmlink.employee.set``."""

    status: str
    errors: list[Any]


class HumanresourcesHcmlinkFieldValueSetData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``humanresources.hcmlink.field.value.set``."""

    field: Required[str]
    employee: Required[str]
    value: Required[str]


class HumanresourcesHcmlinkFieldValueSetJobFieldsData(TypedDict, total=False):
    """Keys of ``job.fields.data`` in ``humanresources.hcmlink.field.value.set``."""

    field: Required[str]
    employee: Required[str]
    value: Required[str]


class HumanresourcesHcmlinkFieldValueSetJobFields(TypedDict, total=False):
    """Keys of ``job.fields`` in ``humanresources.hcmlink.field.value.set``."""

    status: Required[Literal["IN_PROGRESS", "DONE", "CANCELED"]]
    total: int
    sent: int
    data: HumanresourcesHcmlinkFieldValueSetJobFieldsData


class HumanresourcesHcmlinkFieldValueSetJob(TypedDict, total=False):
    """Keys of the ``job`` parameter of ``humanresources.hcmlink.field.value.set``."""

    id: Required[int]
    fields: Required[HumanresourcesHcmlinkFieldValueSetJobFields]


class HumanresourcesHcmlinkFieldValueSetResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.hcmlink.field.value.set``."""

    status: str
    errors: list[Any]


class HumanresourcesHcmlinkJobStatus(TypedDict, total=False):
    """Humanresources hcmlink job status, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-status-get.html
    """

    alive: bool


class HumanresourcesHcmlinkJobUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.job.update``."""

    status: Required[Literal["IN_PROGRESS", "DONE", "CANCELED"]]
    total: int
    sent: int
    data: dict[str, Any]


class HumanresourcesHcmlinkJobUpdateResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.hcmlink.job.update``."""

    error: int
    error_description: str


class V3HumanresourcesEmployeeCountResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.count`` (REST 3.0)."""

    total: Required[int]


class V3HumanresourcesEmployeeField(TypedDict, total=False):
    """V3 humanresources employee field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-field-get.html
    """

    description: Any
    editable: bool
    elementType: Any
    filterable: bool
    multiple: bool
    name: str
    requiredGroups: Any
    sortable: bool
    title: str
    type: str
    validationRules: list[Any]


class V3HumanresourcesEmployeeMultidepartmentResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.multidepartment`` (REST 3.0)."""

    employees: list[Any]
    total: int


class V3HumanresourcesEmployeeSearchResultDepartments(TypedDict, total=False):
    """Keys of ``result.departments`` in ``humanresources.employee.search`` (REST 3.0)."""

    id: int
    name: str


class V3HumanresourcesEmployeeSearchResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.search`` (REST 3.0)."""

    userId: int
    name: str
    workPosition: str
    avatar: str
    url: str
    departments: list[V3HumanresourcesEmployeeSearchResultDepartments]
    teams: list[Any]


class V3HumanresourcesEmployeeSubordinatesResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.employee.subordinates`` (REST 3.0)."""

    userId: int
    departments: list[Any]


class V3HumanresourcesNodeMembers(TypedDict, total=False):
    """Keys of ``members`` in ``V3HumanresourcesNode``."""

    userId: int
    name: str
    workPosition: str
    role: str
    avatar: str
    url: str


class V3HumanresourcesNode(TypedDict, total=False):
    """V3 humanresources node, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-get.html
    """

    id: int
    name: str
    type: str
    structureId: int
    parentId: Any
    description: str
    accessCode: str
    userCount: int
    colorName: Any
    xmlId: Any
    createdAt: str
    updatedAt: str
    members: list[V3HumanresourcesNodeMembers]


class V3HumanresourcesNodeAddResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.add`` (REST 3.0)."""

    id: int
    name: str
    type: str
    structureId: int
    parentId: int
    description: str
    accessCode: str
    userCount: int
    colorName: str | None
    xmlId: str | None
    createdAt: str
    updatedAt: str
    members: list[Any]
    userId: int
    workPosition: str
    role: str
    avatar: str
    url: str


class V3HumanresourcesNodeAddSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``humanresources.node.add`` (REST 3.0)."""

    BUSINESS_PROC_AUTHORITY: Sequence[str]
    REPORTS_AUTHORITY: Sequence[str]


class V3HumanresourcesNodeAddUserIds(TypedDict, total=False):
    """Keys of the ``userIds`` parameter of ``humanresources.node.add`` (REST 3.0)."""

    MEMBER_HEAD: Sequence[int]
    MEMBER_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_EMPLOYEE: Sequence[int]
    MEMBER_TEAM_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_TEAM_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_TEAM_EMPLOYEE: Sequence[Any] | dict[str, Any]


class V3HumanresourcesNodeChildrenResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.children`` (REST 3.0)."""

    id: int
    name: str
    type: str
    structureId: int
    parentId: int
    description: str
    accessCode: str
    userCount: int
    colorName: Any
    xmlId: Any
    createdAt: str
    updatedAt: str


class V3HumanresourcesNodeCommunication(TypedDict, total=False):
    """V3 humanresources node communication, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-list.html
    """

    chats: list[Any]
    chatsNoAccess: int
    channels: list[Any]
    channelsNoAccess: int
    collabs: list[Any]
    collabsNoAccess: int


class V3HumanresourcesNodeCommunicationEditResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.communication.edit`` (REST 3.0)."""

    success: Required[bool]


class V3HumanresourcesNodeCountResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.count`` (REST 3.0)."""

    departments: int
    teams: int


class V3HumanresourcesNodeEditResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.edit`` (REST 3.0)."""

    id: int
    name: str
    type: str
    structureId: int
    parentId: int
    description: str
    accessCode: str
    userCount: int
    colorName: str | None
    xmlId: str | None
    createdAt: str
    updatedAt: str


class V3HumanresourcesNodeField(TypedDict, total=False):
    """V3 humanresources node field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3HumanresourcesNodeMemberAddResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.add`` (REST 3.0)."""

    success: Required[bool]


class V3HumanresourcesNodeMemberField(TypedDict, total=False):
    """V3 humanresources node member field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-field-get.html
    """

    name: str
    type: str
    title: str
    description: Any
    filterable: bool
    sortable: bool


class V3HumanresourcesNodeMemberMoveResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.move`` (REST 3.0)."""

    success: Required[bool]


class V3HumanresourcesNodeMemberRemoveResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.remove`` (REST 3.0)."""

    removed: list[Any]
    failed: list[Any]
    userId: int
    reason: str


class V3HumanresourcesNodeMemberSetResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.member.set`` (REST 3.0)."""

    success: Required[bool]


class V3HumanresourcesNodeMemberSetUserIds(TypedDict, total=False):
    """Keys of the ``userIds`` parameter of ``humanresources.node.member.set`` (REST 3.0)."""

    MEMBER_HEAD: Sequence[int]
    MEMBER_DEPUTY_HEAD: Sequence[int]
    MEMBER_EMPLOYEE: Sequence[int]
    MEMBER_TEAM_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_TEAM_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_TEAM_EMPLOYEE: Sequence[Any] | dict[str, Any]


class V3HumanresourcesNodeMoveResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.move`` (REST 3.0)."""

    id: int
    name: str
    type: str
    structureId: int
    parentId: int
    description: str
    accessCode: str
    userCount: int
    colorName: str | None
    xmlId: str | None
    createdAt: str
    updatedAt: str


class V3HumanresourcesNodeSearchResult(TypedDict, total=False):
    """Keys of the result of ``humanresources.node.search`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    id: int
    name: str
    type: str
    structureId: int
    parentId: int
    description: str
    accessCode: str
    userCount: int
    colorName: str | None
    xmlId: str | None
    createdAt: str
    updatedAt: str
