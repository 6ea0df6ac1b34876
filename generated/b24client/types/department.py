"""TypedDicts of ``b24client.types.department``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Department",
    "DepartmentFieldsResult",
]


class Department(TypedDict, total=False):
    """A department of the company structure.

    Docs: https://apidocs.bitrix24.com/api-reference/departments/department-get.html
    """

    ID: str
    """ID of the department."""
    NAME: str
    """Department name."""
    SORT: int
    """Sort index."""
    PARENT: str
    """ID of the parent department."""


class DepartmentFieldsResult(TypedDict, total=False):
    """Keys of the result of ``department.fields``."""

    ID: str
    """Caption of the department ID field."""
    NAME: str
    """Caption of the department name field."""
    SORT: str
    """Caption of the sort index field."""
    PARENT: str
    """Caption of the parent department field."""
