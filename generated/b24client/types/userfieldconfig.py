"""TypedDicts of ``b24client.types.userfieldconfig``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "UserfieldconfigAddField",
    "UserfieldconfigAddFieldSettings",
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
    multiple: str
    mandatory: bool
    showFilter: bool
    editInList: bool
    isSearchable: bool
    settings: UserfieldconfigAddFieldSettings
    editFormLabel: str | dict[str, Any]
    helpMessage: str | dict[str, Any]
    enum: Sequence[dict[str, Any]]


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
    mandatory: str
    showFilter: bool
    isSearchable: bool
    editFormLabel: dict[str, Any]
    helpMessage: dict[str, Any]
    settings: UserfieldconfigUpdateFieldSettings
    enum: Sequence[dict[str, Any]]
    userTypeId: str
