"""TypedDicts of ``b24client.types.humanresources``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "HumanresourcesHcmlinkCompanyAddFields",
    "HumanresourcesHcmlinkCompanyAddFieldsFields",
    "HumanresourcesHcmlinkCompanyUpdateFields",
    "HumanresourcesHcmlinkCompanyUpdateFieldsFields",
    "HumanresourcesHcmlinkEmployeeSetData",
    "HumanresourcesHcmlinkEmployeeSetDataData",
    "HumanresourcesHcmlinkEmployeeSetJob",
    "HumanresourcesHcmlinkEmployeeSetJobFields",
    "HumanresourcesHcmlinkEmployeeSetJobFieldsData",
    "HumanresourcesHcmlinkEmployeeSetJobFieldsDataData",
    "HumanresourcesHcmlinkFieldValueSetData",
    "HumanresourcesHcmlinkFieldValueSetJob",
    "HumanresourcesHcmlinkFieldValueSetJobFields",
    "HumanresourcesHcmlinkFieldValueSetJobFieldsData",
    "HumanresourcesHcmlinkJobUpdateFields",
    "V3HumanresourcesNodeAddSettings",
    "V3HumanresourcesNodeAddUserIds",
    "V3HumanresourcesNodeMemberSetUserIds",
]


class HumanresourcesHcmlinkCompanyAddFieldsFields(TypedDict, total=False):
    """Keys of ``fields.fields`` in ``humanresources.hcmlink.company.add``."""

    field: Required[str]
    title: Required[str]
    type: str
    entityType: str
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
    type: str
    entityType: str
    ttl: int


class HumanresourcesHcmlinkCompanyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.company.update``."""

    company: Required[str]
    crmCompanyId: Required[int]
    title: Required[str]
    data: dict[str, Any]
    fields: Required[Sequence[HumanresourcesHcmlinkCompanyUpdateFieldsFields]]


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

    status: Required[str]
    total: int
    sent: int
    data: HumanresourcesHcmlinkEmployeeSetJobFieldsData


class HumanresourcesHcmlinkEmployeeSetJob(TypedDict, total=False):
    """Keys of the ``job`` parameter of ``humanresources.hcmlink.employee.set``."""

    id: Required[int]
    fields: Required[HumanresourcesHcmlinkEmployeeSetJobFields]


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

    status: Required[str]
    total: int
    sent: int
    data: HumanresourcesHcmlinkFieldValueSetJobFieldsData


class HumanresourcesHcmlinkFieldValueSetJob(TypedDict, total=False):
    """Keys of the ``job`` parameter of ``humanresources.hcmlink.field.value.set``."""

    id: Required[int]
    fields: Required[HumanresourcesHcmlinkFieldValueSetJobFields]


class HumanresourcesHcmlinkJobUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``humanresources.hcmlink.job.update``."""

    status: Required[str]
    total: int
    sent: int
    data: dict[str, Any]


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


class V3HumanresourcesNodeMemberSetUserIds(TypedDict, total=False):
    """Keys of the ``userIds`` parameter of ``humanresources.node.member.set`` (REST 3.0)."""

    MEMBER_HEAD: Sequence[int]
    MEMBER_DEPUTY_HEAD: Sequence[int]
    MEMBER_EMPLOYEE: Sequence[int]
    MEMBER_TEAM_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_TEAM_DEPUTY_HEAD: Sequence[Any] | dict[str, Any]
    MEMBER_TEAM_EMPLOYEE: Sequence[Any] | dict[str, Any]
