"""TypedDicts of ``b24client.types.user``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Literal, Required, TypedDict

__all__ = [
    "User",
    "UserFieldsResult",
    "UserOption",
    "UserSearchResult",
    "UserUserfield",
    "UserUserfieldAddFields",
    "UserUserfieldAddFieldsSettings",
    "UserUserfieldList",
    "UserUserfieldSettings",
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


class UserFieldsResult(TypedDict, total=False):
    """Keys of the result of ``user.fields``."""

    ID: str
    XML_ID: str
    ACTIVE: str
    NAME: str
    LAST_NAME: str
    SECOND_NAME: str
    TITLE: str
    EMAIL: str
    LAST_LOGIN: str
    DATE_REGISTER: str
    TIME_ZONE: str
    IS_ONLINE: str
    TIMESTAMP_X: str
    LAST_ACTIVITY_DATE: str
    PERSONAL_GENDER: str
    PERSONAL_PROFESSION: str
    PERSONAL_WWW: str
    PERSONAL_BIRTHDAY: str
    PERSONAL_PHOTO: str
    PERSONAL_ICQ: str
    PERSONAL_PHONE: str
    PERSONAL_FAX: str
    PERSONAL_MOBILE: str
    PERSONAL_PAGER: str
    PERSONAL_STREET: str
    PERSONAL_CITY: str
    PERSONAL_STATE: str
    PERSONAL_ZIP: str
    PERSONAL_COUNTRY: str
    PERSONAL_MAILBOX: str
    PERSONAL_NOTES: str
    WORK_PHONE: str
    WORK_COMPANY: str
    WORK_POSITION: str
    WORK_DEPARTMENT: str
    WORK_WWW: str
    WORK_FAX: str
    WORK_PAGER: str
    WORK_STREET: str
    WORK_MAILBOX: str
    WORK_CITY: str
    WORK_STATE: str
    WORK_ZIP: str
    WORK_COUNTRY: str
    WORK_PROFILE: str
    WORK_LOGO: str
    WORK_NOTES: str
    USER_TYPE: str


class UserOption(TypedDict, total=False):
    """User option, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-get.html
    """

    data: str
    data2: str


class UserSearchResult(TypedDict, total=False):
    """Keys of the result of ``user.search``."""

    ID: str
    ACTIVE: bool
    NAME: str
    LAST_NAME: str
    SECOND_NAME: str
    EMAIL: str
    LAST_LOGIN: str
    DATE_REGISTER: str
    TIME_ZONE: str
    IS_ONLINE: str
    TIMESTAMP_X: dict[str, Any]
    LAST_ACTIVITY_DATE: dict[str, Any]
    PERSONAL_GENDER: str
    PERSONAL_WWW: str
    PERSONAL_BIRTHDAY: str
    PERSONAL_MOBILE: str
    PERSONAL_CITY: str
    WORK_PHONE: str
    WORK_POSITION: str
    USER_TYPE: str


class UserUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``UserUserfield``."""

    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str
    DEFAULT_VALUE: str


class UserUserfieldList(TypedDict, total=False):
    """Keys of ``LIST`` in ``UserUserfield``."""

    ID: str
    SORT: str
    VALUE: str
    DEF: str
    XML_ID: str


class UserUserfield(TypedDict, total=False):
    """User userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-list.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: UserUserfieldSettings
    LIST: list[UserUserfieldList]


class UserUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``user.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DEAL: Literal["Y", "N"]


class UserUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``user.userfield.add``."""

    FIELD_NAME: Required[str]
    USER_TYPE_ID: Required[
        Literal[
            "string",
            "integer",
            "double",
            "date",
            "datetime",
            "boolean",
            "file",
            "enumeration",
            "url",
            "address",
            "money",
            "iblock_section",
            "iblock_element",
            "employee",
            "crm",
            "crm_status",
        ]
    ]
    XML_ID: str
    SORT: int
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    SHOW_IN_LIST: Literal["Y", "N"]
    EDIT_IN_LIST: Literal["Y", "N"]
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
