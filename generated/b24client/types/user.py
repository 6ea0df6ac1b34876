"""TypedDicts of ``b24client.types.user``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "UserUserfieldAddFields",
    "UserUserfieldAddFieldsSettings",
    "UserUserfieldUpdateFields",
    "UserUserfieldUpdateFieldsSettings",
]


class UserUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``user.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int


class UserUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``user.userfield.add``."""

    FIELD_NAME: Required[str]
    USER_TYPE_ID: Required[str]
    XML_ID: str
    SORT: int
    MULTIPLE: bool
    MANDATORY: bool
    SHOW_FILTER: bool
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: bool
    IS_SEARCHABLE: bool
    SETTINGS: UserUserfieldAddFieldsSettings
    EDIT_FORM_LABEL: str
    LIST_COLUMN_LABEL: str
    LIST_FILTER_LABEL: str
    ERROR_MESSAGE: str
    HELP_MESSAGE: str
    LABEL: str


class UserUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``user.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int


class UserUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``user.userfield.update``."""

    XML_ID: str
    SORT: int
    MANDATORY: bool
    SHOW_FILTER: bool
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: bool
    IS_SEARCHABLE: bool
    SETTINGS: UserUserfieldUpdateFieldsSettings
    EDIT_FORM_LABEL: str
    LIST_COLUMN_LABEL: str
    LIST_FILTER_LABEL: str
    ERROR_MESSAGE: str
    HELP_MESSAGE: str
    LABEL: str
