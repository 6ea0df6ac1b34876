"""TypedDicts of ``b24client.types.imopenlines``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, TypedDict

__all__ = [
    "ImopenlinesConfigAddParams",
    "ImopenlinesConfigListGetOptions",
    "ImopenlinesConfigListGetParams",
]


class ImopenlinesConfigAddParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``imopenlines.config.add``."""

    LINE_NAME: str
    ACTIVE: str
    QUEUE: Sequence[dict[str, Any]]
    QUEUE_TYPE: str
    QUEUE_TIME: int
    NO_ANSWER_TIME: int
    WELCOME_MESSAGE: str
    WELCOME_MESSAGE_TEXT: str
    WORKTIME_ENABLE: str
    WORKTIME_FROM: str
    WORKTIME_TO: str
    WORKTIME_TIMEZONE: str
    CRM: str
    CRM_CREATE: str
    VOTE_MESSAGE: str
    LANGUAGE_ID: str
    CRM_CREATE_SECOND: str
    CRM_CREATE_THIRD: str
    CRM_CHAT_TRACKER: str
    CRM_FORWARD: str
    CRM_TRANSFER_CHANGE: str
    CRM_SOURCE: str
    MAX_CHAT: int
    TYPE_MAX_CHAT: str
    CATEGORY_ENABLE: str
    CATEGORY_ID: int
    SESSION_PRIORITY: int
    WELCOME_BOT_ENABLE: str
    WELCOME_BOT_JOIN: str
    WELCOME_BOT_ID: int
    WELCOME_BOT_TIME: int
    WELCOME_BOT_LEFT: str
    CHECK_AVAILABLE: str
    WATCH_TYPING: str
    SEND_WELCOME_EACH_SESSION: str
    OPERATOR_DATA: str
    DEFAULT_OPERATOR_DATA: dict[str, Any]
    NO_ANSWER_RULE: str
    NO_ANSWER_FORM_ID: int
    NO_ANSWER_BOT_ID: int
    NO_ANSWER_TEXT: str
    WORKTIME_DAYOFF: Sequence[str]
    WORKTIME_HOLIDAYS: str
    WORKTIME_DAYOFF_RULE: str
    WORKTIME_DAYOFF_FORM_ID: int
    WORKTIME_DAYOFF_BOT_ID: int
    WORKTIME_DAYOFF_TEXT: str
    CLOSE_RULE: str
    CLOSE_FORM_ID: int
    CLOSE_BOT_ID: int
    CLOSE_TEXT: str
    VOTE_TIME_LIMIT: int
    VOTE_CLOSING_DELAY: str
    VOTE_BEFORE_FINISH: str
    VOTE_MESSAGE_1_TEXT: str
    VOTE_MESSAGE_1_LIKE: str
    VOTE_MESSAGE_1_DISLIKE: str
    VOTE_MESSAGE_2_TEXT: str
    VOTE_MESSAGE_2_LIKE: str
    VOTE_MESSAGE_2_DISLIKE: str
    AUTO_CLOSE_RULE: str
    FULL_CLOSE_TIME: int
    AUTO_CLOSE_TIME: int
    AUTO_CLOSE_FORM_ID: int
    AUTO_CLOSE_BOT_ID: int
    AUTO_CLOSE_TEXT: str
    AUTO_EXPIRE_TIME: int
    TEMPORARY: str
    QUICK_ANSWERS_IBLOCK_ID: int
    KPI_FIRST_ANSWER_TIME: int
    KPI_FIRST_ANSWER_ALERT: str
    KPI_FIRST_ANSWER_LIST: Sequence[Any] | dict[str, Any]
    KPI_FIRST_ANSWER_TEXT: str
    KPI_FURTHER_ANSWER_TIME: int
    KPI_FURTHER_ANSWER_ALERT: str
    KPI_FURTHER_ANSWER_LIST: Sequence[Any] | dict[str, Any]
    KPI_FURTHER_ANSWER_TEXT: str
    KPI_CHECK_OPERATOR_ACTIVITY: str
    USE_WELCOME_FORM: str
    WELCOME_FORM_ID: int
    WELCOME_FORM_DELAY: str
    CONFIRM_CLOSE: str
    IGNORE_WELCOME_FORM_RESPONSIBLE: str


class ImopenlinesConfigListGetOptions(TypedDict, total=False):
    """Keys of the ``OPTIONS`` parameter of ``imopenlines.config.list.get``."""

    QUEUE: str
    CONFIG_QUEUE: str
    CHECK_PERMISSION: str


class ImopenlinesConfigListGetParams(TypedDict, total=False):
    """Keys of the ``PARAMS`` parameter of ``imopenlines.config.list.get``."""

    select: Sequence[str]
    order: dict[str, Any]
    filter: dict[str, Any]
    limit: int
    offset: int
