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
    ACTIVE: bool
    NAME: str
    LAST_NAME: str
    EMAIL: str
    LAST_LOGIN: str
    DATE_REGISTER: str
    IS_ONLINE: str
    TIMESTAMP_X: str
    LAST_ACTIVITY_DATE: str
    PERSONAL_GENDER: str
    PERSONAL_BIRTHDAY: str


class BatchResultResultGetDepartment(TypedDict, total=False):
    """Keys of ``result.result.get_department`` in ``batch``."""

    ID: str
    NAME: str
    SORT: int


class BatchResultResult(TypedDict, total=False):
    """Keys of ``result.result`` in ``batch``."""

    get_user: BatchResultResultGetUser
    get_department: list[BatchResultResultGetDepartment]


class BatchResultResultErrorGetUser(TypedDict, total=False):
    """Keys of ``result.result_error.get_user`` in ``batch``."""

    error: str
    error_description: str


class BatchResultResultErrorGetDepartment(TypedDict, total=False):
    """Keys of ``result.result_error.get_department`` in ``batch``."""

    error: str
    error_description: str


class BatchResultResultError(TypedDict, total=False):
    """Keys of ``result.result_error`` in ``batch``."""

    get_user: BatchResultResultErrorGetUser
    get_department: BatchResultResultErrorGetDepartment


class BatchResultResultTotal(TypedDict, total=False):
    """Keys of ``result.result_total`` in ``batch``."""

    get_department: int


class BatchResultResultTimeGetUser(TypedDict, total=False):
    """Keys of ``result.result_time.get_user`` in ``batch``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str


class BatchResultResultTimeGetDepartment(TypedDict, total=False):
    """Keys of ``result.result_time.get_department`` in ``batch``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str


class BatchResultResultTime(TypedDict, total=False):
    """Keys of ``result.result_time`` in ``batch``."""

    get_user: BatchResultResultTimeGetUser
    get_department: BatchResultResultTimeGetDepartment


class BatchResult(TypedDict, total=False):
    """Keys of the result of ``batch``."""

    result: BatchResultResult | list[Any]
    result_error: BatchResultResultError | list[Any]
    result_total: BatchResultResultTotal | list[Any]
    result_next: dict[str, Any] | list[Any]
    result_time: BatchResultResultTime | list[Any]
