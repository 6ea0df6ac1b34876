"""TypedDicts of ``b24client.types.user``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "User",
    "UserUserfieldAddFields",
    "UserUserfieldAddFieldsSettings",
    "UserUserfieldUpdateFields",
    "UserUserfieldUpdateFieldsSettings",
]


class User(TypedDict, total=False):
    """A user's profile as user.current sends it.

    Which keys come back depends on the granted scope (user, user_brief,
    user_basic). An empty date is "", an empty custom field false; some
    dates come as an empty object ({} or []) instead.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html
    """

    ID: Required[str]
    ACTIVE: bool
    NAME: str
    LAST_NAME: str
    SECOND_NAME: str
    EMAIL: str
    LAST_LOGIN: str
    """ISO 8601, or ""."""
    DATE_REGISTER: str
    """ISO 8601, or ""."""
    TIME_ZONE: str
    IS_ONLINE: str
    LAST_ACTIVITY_DATE: str | dict[str, Any] | list[Any] | None
    """Such as "2024-07-23 08:08:50"; an empty object in some answers."""
    TIMESTAMP_X: str | dict[str, Any] | list[Any] | None
    PERSONAL_GENDER: str
    PERSONAL_BIRTHDAY: str
    """ISO 8601, or ""."""
    PERSONAL_WWW: str
    PERSONAL_MOBILE: str
    PERSONAL_CITY: str
    WORK_PHONE: str
    WORK_POSITION: str
    UF_EMPLOYMENT_DATE: str | bool
    """A date, "" or false when empty."""
    UF_DEPARTMENT: list[int] | bool
    """IDs of the user's departments; false when none."""
    USER_TYPE: str
    """Such as "employee" or "extranet"."""


class UserUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``user.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DEAL: str


class UserUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``user.userfield.add``."""

    FIELD_NAME: Required[str]
    USER_TYPE_ID: Required[str]
    XML_ID: str
    SORT: int
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool
    SETTINGS: UserUserfieldAddFieldsSettings
    EDIT_FORM_LABEL: dict[str, Any]
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
