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
    """A user profile.

    Which keys come back depends on the granted scope (user, user_brief,
    user_basic). An empty date is "", an empty custom field false; some
    dates come as an empty object ({} or []) instead.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html
    """

    ID: Required[str]
    """ID of the user."""
    ACTIVE: bool
    """Whether the user is active; false (or "N") for a dismissed employee."""
    NAME: str
    """First name."""
    LAST_NAME: str
    """Last name."""
    SECOND_NAME: str
    """Middle name (patronymic)."""
    EMAIL: str
    """E-mail address."""
    LAST_LOGIN: str
    """Date and time of the last login."""
    DATE_REGISTER: str
    """Date of registration."""
    TIME_ZONE: str
    """Time zone of the user."""
    IS_ONLINE: str
    """\"Y" if the user is online now, otherwise "N"."""
    LAST_ACTIVITY_DATE: str | dict[str, Any] | list[Any] | None
    """Date and time the user was last active."""
    TIMESTAMP_X: str | dict[str, Any] | list[Any] | None
    """Date and time the profile was last changed."""
    PERSONAL_GENDER: str
    """Gender."""
    PERSONAL_BIRTHDAY: str
    """Date of birth."""
    PERSONAL_WWW: str
    """Personal web page."""
    PERSONAL_MOBILE: str
    """Personal mobile phone."""
    PERSONAL_CITY: str
    """Home city."""
    WORK_PHONE: str
    """Work phone."""
    WORK_POSITION: str
    """Job title."""
    UF_EMPLOYMENT_DATE: str | bool
    """Date of employment."""
    UF_DEPARTMENT: list[int] | bool
    """IDs of the departments the user belongs to."""
    USER_TYPE: str
    """Kind of user: "employee", "extranet" or "email"."""


class UserFieldsResult(TypedDict, total=False):
    """Keys of the result of ``user.fields``."""

    ID: str
    """Display name of the ID field (ID of the user)."""
    XML_ID: str
    """Display name of the XML_ID field (External ID of the user)."""
    ACTIVE: str
    """Display name of the ACTIVE field (Whether the user is active; false (or "N") for a dismissed employee)."""
    NAME: str
    """Display name of the NAME field (First name)."""
    LAST_NAME: str
    """Display name of the LAST_NAME field (Last name)."""
    SECOND_NAME: str
    """Display name of the SECOND_NAME field (Middle name (patronymic))."""
    TITLE: str
    """Display name of the TITLE field (Form of address (title))."""
    EMAIL: str
    """Display name of the EMAIL field (E-mail address)."""
    LAST_LOGIN: str
    """Display name of the LAST_LOGIN field (Date and time of the last login)."""
    DATE_REGISTER: str
    """Display name of the DATE_REGISTER field (Date of registration)."""
    TIME_ZONE: str
    """Display name of the TIME_ZONE field (Time zone of the user)."""
    IS_ONLINE: str
    """Display name of the IS_ONLINE field ("Y" if the user is online now, otherwise "N")."""
    TIMESTAMP_X: str
    """Display name of the TIMESTAMP_X field (Date and time the profile was last changed)."""
    LAST_ACTIVITY_DATE: str
    """Display name of the LAST_ACTIVITY_DATE field (Date and time the user was last active)."""
    PERSONAL_GENDER: str
    """Display name of the PERSONAL_GENDER field (Gender)."""
    PERSONAL_PROFESSION: str
    """Display name of the PERSONAL_PROFESSION field (Profession)."""
    PERSONAL_WWW: str
    """Display name of the PERSONAL_WWW field (Personal web page)."""
    PERSONAL_BIRTHDAY: str
    """Display name of the PERSONAL_BIRTHDAY field (Date of birth)."""
    PERSONAL_PHOTO: str
    """Display name of the PERSONAL_PHOTO field (Photo; to set it, send a two-item array of the file name and the Base64 content)."""
    PERSONAL_ICQ: str
    """Display name of the PERSONAL_ICQ field (ICQ number)."""
    PERSONAL_PHONE: str
    """Display name of the PERSONAL_PHONE field (Personal phone)."""
    PERSONAL_FAX: str
    """Display name of the PERSONAL_FAX field (Personal fax)."""
    PERSONAL_MOBILE: str
    """Display name of the PERSONAL_MOBILE field (Personal mobile phone)."""
    PERSONAL_PAGER: str
    """Display name of the PERSONAL_PAGER field (Pager)."""
    PERSONAL_STREET: str
    """Display name of the PERSONAL_STREET field (Home street address)."""
    PERSONAL_CITY: str
    """Display name of the PERSONAL_CITY field (Home city)."""
    PERSONAL_STATE: str
    """Display name of the PERSONAL_STATE field (Home region or state)."""
    PERSONAL_ZIP: str
    """Display name of the PERSONAL_ZIP field (Home postal code)."""
    PERSONAL_COUNTRY: str
    """Display name of the PERSONAL_COUNTRY field (Home country)."""
    PERSONAL_MAILBOX: str
    """Display name of the PERSONAL_MAILBOX field (Post office box)."""
    PERSONAL_NOTES: str
    """Display name of the PERSONAL_NOTES field (Additional notes)."""
    WORK_PHONE: str
    """Display name of the WORK_PHONE field (Work phone)."""
    WORK_COMPANY: str
    """Display name of the WORK_COMPANY field (Company name)."""
    WORK_POSITION: str
    """Display name of the WORK_POSITION field (Job title)."""
    WORK_DEPARTMENT: str
    """Display name of the WORK_DEPARTMENT field (Department name, as free text)."""
    WORK_WWW: str
    """Display name of the WORK_WWW field (Company website)."""
    WORK_FAX: str
    """Display name of the WORK_FAX field (Work fax)."""
    WORK_PAGER: str
    """Display name of the WORK_PAGER field (Work pager)."""
    WORK_STREET: str
    """Display name of the WORK_STREET field (Work street address)."""
    WORK_MAILBOX: str
    """Display name of the WORK_MAILBOX field (Work post office box)."""
    WORK_CITY: str
    """Display name of the WORK_CITY field (Work city)."""
    WORK_STATE: str
    """Display name of the WORK_STATE field (Work region or state)."""
    WORK_ZIP: str
    """Display name of the WORK_ZIP field (Work postal code)."""
    WORK_COUNTRY: str
    """Display name of the WORK_COUNTRY field (Work country)."""
    WORK_PROFILE: str
    """Display name of the WORK_PROFILE field (Company activity profile)."""
    WORK_LOGO: str
    """Display name of the WORK_LOGO field (Company logo; to set it, send a two-item array of the file name and the Base64 content)."""
    WORK_NOTES: str
    """Display name of the WORK_NOTES field (Notes about the work)."""
    USER_TYPE: str
    """Display name of the USER_TYPE field (Kind of user: "employee", "extranet" or "email")."""


class UserOption(TypedDict, total=False):
    """Application data stored for a user, keyed by option name.

    Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-get.html
    """

    data: str
    """A stored value (an example key; keys are the option names saved by user.option.set)."""
    data2: str
    """A stored value (an example key; keys are the option names saved by user.option.set)."""


class UserSearchResult(TypedDict, total=False):
    """Keys of the result of ``user.search``."""

    ID: str
    """ID of the user."""
    ACTIVE: bool
    """Whether the user is active; false (or "N") for a dismissed employee."""
    NAME: str
    """First name."""
    LAST_NAME: str
    """Last name."""
    SECOND_NAME: str
    """Middle name (patronymic)."""
    EMAIL: str
    """E-mail address."""
    LAST_LOGIN: str
    """Date and time of the last login."""
    DATE_REGISTER: str
    """Date of registration."""
    TIME_ZONE: str
    """Time zone of the user."""
    IS_ONLINE: str
    """\"Y" if the user is online now, otherwise "N"."""
    TIMESTAMP_X: dict[str, Any]
    """Date and time the profile was last changed."""
    LAST_ACTIVITY_DATE: dict[str, Any]
    """Date and time the user was last active."""
    PERSONAL_GENDER: str
    """Gender."""
    PERSONAL_WWW: str
    """Personal web page."""
    PERSONAL_BIRTHDAY: str
    """Date of birth."""
    PERSONAL_MOBILE: str
    """Personal mobile phone."""
    PERSONAL_CITY: str
    """Home city."""
    WORK_PHONE: str
    """Work phone."""
    WORK_POSITION: str
    """Job title."""
    USER_TYPE: str
    """Kind of user: "employee", "extranet" or "email"."""


class UserUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``UserUserfield``."""

    DISPLAY: str
    """How a list field is shown, such as "UI"."""
    LIST_HEIGHT: int
    """Height of the list box, in lines."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice."""
    SHOW_NO_VALUE: str
    """\"Y" to offer an empty choice."""
    DEFAULT_VALUE: str
    """Default value."""


class UserUserfieldList(TypedDict, total=False):
    """Keys of ``LIST`` in ``UserUserfield``."""

    ID: str
    """ID of the choice."""
    SORT: str
    """Sort index of the choice."""
    VALUE: str
    """Text of the choice."""
    DEF: str
    """\"Y" if the choice is selected by default."""
    XML_ID: str
    """External code of the choice."""


class UserUserfield(TypedDict, total=False):
    """A custom field of user profiles.

    Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-list.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Entity the field belongs to, "USER"."""
    FIELD_NAME: str
    """Field code, such as "UF_USR_DEALS"."""
    USER_TYPE_ID: str
    """Data type, such as "string" or "enumeration"."""
    XML_ID: Any
    """External code of the field."""
    SORT: str
    """Sort index."""
    MULTIPLE: str
    """\"Y" if the field holds several values."""
    MANDATORY: str
    """\"Y" if the field must be filled."""
    SHOW_FILTER: str
    """How the field appears in the list filter, such as "E"."""
    SHOW_IN_LIST: str
    """\"Y" if the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" if the field can be edited in the list."""
    IS_SEARCHABLE: str
    """\"Y" if the field is included in search."""
    SETTINGS: UserUserfieldSettings
    """Extra settings that depend on the data type."""
    LIST: list[UserUserfieldList]
    """Choices of a list (enumeration) field."""


class UserUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``user.userfield.add``."""

    DEFAULT_VALUE: str
    """Default value; empty by default."""
    ROWS: int
    """Number of lines in the input box, above 0; default 1."""
    DEAL: Literal["Y", "N"]
    """For a CRM field: "Y" allows linking deals; default "N"."""


class UserUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``user.userfield.add``."""

    FIELD_NAME: Required[str]
    """Field code; upper-cased and prefixed with UF_USR_ (so "DEALS" and "UF_DEALS" become "UF_USR_DEALS")."""
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
    """Data type, such as "string", "integer", "double", "date", "datetime", "boolean", "file", "enumeration", "url", "address", "money", "employee" or "crm"."""
    XML_ID: str
    """External code of the field."""
    SORT: int
    """Sort index."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" if the field holds several values."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" if the field must be filled."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" to show the field in the list filter."""
    SHOW_IN_LIST: Literal["Y", "N"]
    """\"Y" to show the field in the list."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" to allow editing the field in the list."""
    IS_SEARCHABLE: bool
    """\"Y" to include the field in search."""
    SETTINGS: UserUserfieldAddFieldsSettings
    """Extra settings that depend on the data type, as {"key": value}."""
    EDIT_FORM_LABEL: dict[str, Any]
    """Label in the edit form: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    LIST_COLUMN_LABEL: str
    """Column header in the list: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    LIST_FILTER_LABEL: str
    """Label in the list filter: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    ERROR_MESSAGE: str
    """Message shown when the value is invalid: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    HELP_MESSAGE: str
    """Hint shown for the field: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    LABEL: str
    """Default name of the field, used for any of the labels and messages above that are not given."""


class UserUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``user.userfield.update``."""

    DEFAULT_VALUE: str
    """Default value; empty by default."""
    ROWS: int
    """Number of lines in the input box, above 0; default 1."""


class UserUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``user.userfield.update``."""

    XML_ID: str
    """External code of the field."""
    SORT: int
    """Sort index."""
    MANDATORY: bool
    """\"Y" if the field must be filled."""
    SHOW_FILTER: bool
    """\"Y" to show the field in the list filter."""
    SHOW_IN_LIST: bool
    """\"Y" to show the field in the list."""
    EDIT_IN_LIST: bool
    """\"Y" to allow editing the field in the list."""
    IS_SEARCHABLE: bool
    """\"Y" to include the field in search."""
    SETTINGS: UserUserfieldUpdateFieldsSettings
    """Extra settings that depend on the data type, as {"key": value}."""
    EDIT_FORM_LABEL: str
    """Label in the edit form: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    LIST_COLUMN_LABEL: str
    """Column header in the list: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    LIST_FILTER_LABEL: str
    """Label in the list filter: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    ERROR_MESSAGE: str
    """Message shown when the value is invalid: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    HELP_MESSAGE: str
    """Hint shown for the field: a string for all languages or an object by language such as {"ru": "...", "en": "..."}."""
    LABEL: str
    """Default name of the field, used for any of the labels and messages above that are not given."""
