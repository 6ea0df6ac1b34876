"""TypedDicts of ``b24client.types.department``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Department",
    "DepartmentFieldsResult",
]


class Department(TypedDict, total=False):
    """Department, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/department-get.html
    """

    ID: str
    NAME: str
    SORT: int
    PARENT: str


class DepartmentFieldsResult(TypedDict, total=False):
    """Keys of the result of ``department.fields``."""

    ID: str
    NAME: str
    SORT: str
    PARENT: str
