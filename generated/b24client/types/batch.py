"""TypedDicts of ``b24client.types.batch``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "BatchResult",
    "BatchResultResult",
    "BatchResultResultError",
    "BatchResultResultErrorGetDepartment",
    "BatchResultResultErrorGetUser",
    "BatchResultResultGetDepartment",
    "BatchResultResultGetUser",
    "BatchResultResultTime",
    "BatchResultResultTimeGetDepartment",
    "BatchResultResultTimeGetUser",
    "BatchResultResultTotal",
]


class BatchResultResultGetUser(TypedDict, total=False):
    """Keys of ``result.result.get_user`` in ``batch``."""

    ID: str
    """ID of the user."""
    ACTIVE: bool
    """Whether the user is active."""
    NAME: str
    """First name."""
    LAST_NAME: str
    """Last name."""
    EMAIL: str
    """E-mail address."""
    LAST_LOGIN: str
    """Date and time of the last login."""
    DATE_REGISTER: str
    """Registration date."""
    IS_ONLINE: str
    """\"Y" when the user is online."""
    TIMESTAMP_X: str
    """Date and time the user record last changed."""
    LAST_ACTIVITY_DATE: str
    """Date and time of the user's last activity."""
    PERSONAL_GENDER: str
    """\"M" or "F"."""
    PERSONAL_BIRTHDAY: str
    """Date of birth."""


class BatchResultResultGetDepartment(TypedDict, total=False):
    """Keys of ``result.result.get_department`` in ``batch``."""

    ID: str
    """ID of the department."""
    NAME: str
    """Department name."""
    SORT: int
    """Sort index of the department."""


class BatchResultResult(TypedDict, total=False):
    """Keys of ``result.result`` in ``batch``."""

    get_user: BatchResultResultGetUser
    """Result of the example sub-request get_user (a user.get call)."""
    get_department: list[BatchResultResultGetDepartment]
    """Result of the example sub-request get_department (a department.get call)."""


class BatchResultResultErrorGetUser(TypedDict, total=False):
    """Keys of ``result.result_error.get_user`` in ``batch``."""

    error: str
    """Error code."""
    error_description: str
    """Error text."""


class BatchResultResultErrorGetDepartment(TypedDict, total=False):
    """Keys of ``result.result_error.get_department`` in ``batch``."""

    error: str
    """Error code."""
    error_description: str
    """Error text."""


class BatchResultResultError(TypedDict, total=False):
    """Keys of ``result.result_error`` in ``batch``."""

    get_user: BatchResultResultErrorGetUser
    """Error of sub-request get_user."""
    get_department: BatchResultResultErrorGetDepartment
    """Error of sub-request get_department."""


class BatchResultResultTotal(TypedDict, total=False):
    """Keys of ``result.result_total`` in ``batch``."""

    get_department: int
    """Total number of departments found by get_department."""


class BatchResultResultTimeGetUser(TypedDict, total=False):
    """Keys of ``result.result_time.get_user`` in ``batch``."""

    start: float
    """Unix time the sub-request started."""
    finish: float
    """Unix time the sub-request finished."""
    duration: float
    """Total sub-request time in seconds."""
    processing: float
    """Time spent executing the method, in seconds."""
    date_start: str
    """Start time, ISO 8601."""
    date_finish: str
    """Finish time, ISO 8601."""


class BatchResultResultTimeGetDepartment(TypedDict, total=False):
    """Keys of ``result.result_time.get_department`` in ``batch``."""

    start: float
    """Unix time the sub-request started."""
    finish: float
    """Unix time the sub-request finished."""
    duration: float
    """Total sub-request time in seconds."""
    processing: float
    """Time spent executing the method, in seconds."""
    date_start: str
    """Start time, ISO 8601."""
    date_finish: str
    """Finish time, ISO 8601."""


class BatchResultResultTime(TypedDict, total=False):
    """Keys of ``result.result_time`` in ``batch``."""

    get_user: BatchResultResultTimeGetUser
    """Timing of sub-request get_user."""
    get_department: BatchResultResultTimeGetDepartment
    """Timing of sub-request get_department."""


class BatchResult(TypedDict, total=False):
    """Keys of the result of ``batch``."""

    result: BatchResultResult | list[Any]
    """Results of the successful sub-requests, keyed by sub-request name."""
    result_error: BatchResultResultError | list[Any]
    """Errors of the failed sub-requests, keyed by sub-request name."""
    result_total: BatchResultResultTotal | list[Any]
    """Total record counts of list sub-requests, keyed by sub-request name."""
    result_next: dict[str, Any] | list[Any]
    """Offsets of the next page for list sub-requests, keyed by sub-request name."""
    result_time: BatchResultResultTime | list[Any]
    """Timing of each sub-request, keyed by sub-request name."""
