"""TypedDicts of ``b24client.types.userfieldconfig``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "UserfieldconfigAddField",
    "UserfieldconfigAddFieldSettings",
    "UserfieldconfigListFilter",
    "UserfieldconfigListSelect",
    "UserfieldconfigUpdateField",
    "UserfieldconfigUpdateFieldSettings",
]


class UserfieldconfigAddFieldSettings(TypedDict, total=False):
    """Keys of ``field.settings`` in ``userfieldconfig.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    SIZE: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int


class UserfieldconfigAddField(TypedDict, total=False):
    """Keys of the ``field`` parameter of ``userfieldconfig.add``."""

    entityId: Required[str]
    fieldName: Required[str]
    userTypeId: Required[str]
    xmlId: str
    sort: int
    multiple: bool
    mandatory: bool
    showFilter: bool
    editInList: bool
    isSearchable: bool
    settings: UserfieldconfigAddFieldSettings
    editFormLabel: str | dict[str, Any]
    helpMessage: str | dict[str, Any]
    enum: Sequence[dict[str, Any]]


class UserfieldconfigListFilter(TypedDict, total=False):
    """Keys of the ``filter`` parameter of ``userfieldconfig.list``."""

    id: int
    fieldName: str
    userTypeId: str
    xmlId: str
    sort: int
    multiple: bool
    mandatory: bool
    showFilter: str
    showInList: bool
    editInList: bool
    isSearchable: bool


class UserfieldconfigListSelect(TypedDict, total=False):
    """Keys of the ``select`` parameter of ``userfieldconfig.list``."""

    language: str
    id: str
    entityId: str
    fieldName: str
    userTypeId: str
    xmlId: str
    sort: str
    multiple: str
    mandatory: str
    showFilter: str
    showInList: str
    editInList: str
    isSearchable: str
    settings: str
    languageId: str


class UserfieldconfigUpdateFieldSettings(TypedDict, total=False):
    """Keys of ``field.settings`` in ``userfieldconfig.update``."""

    DEFAULT_VALUE: str
    ROWS: int
    SIZE: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int


class UserfieldconfigUpdateField(TypedDict, total=False):
    """Keys of the ``field`` parameter of ``userfieldconfig.update``."""

    xmlId: str
    sort: int
    mandatory: bool
    showFilter: bool
    isSearchable: bool
    editFormLabel: dict[str, Any]
    helpMessage: dict[str, Any]
    settings: UserfieldconfigUpdateFieldSettings
    enum: Sequence[dict[str, Any]]
    userTypeId: str
