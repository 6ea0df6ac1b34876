"""TypedDicts of ``b24client.types.timeman``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "TimemanCloseResult",
    "TimemanNetworkrange",
    "TimemanNetworkrangeCheckResult",
    "TimemanNetworkrangeSetResult",
    "TimemanNetworkrangeSetResultErrorRanges",
    "TimemanOpenResult",
    "TimemanPauseResult",
    "TimemanSchedule",
    "TimemanScheduleAllowedDevices",
    "TimemanScheduleCalendar",
    "TimemanScheduleReportPeriodOptions",
    "TimemanScheduleScheduleViolationRules",
    "TimemanScheduleScheduleViolationRulesUsersToNotify",
    "TimemanSettingsResult",
    "TimemanStatusResult",
    "TimemanTimecontrolReports",
    "TimemanTimecontrolReportsDays",
    "TimemanTimecontrolReportsDaysReports",
    "TimemanTimecontrolReportsReport",
    "TimemanTimecontrolReportsReportDays",
    "TimemanTimecontrolReportsReportDaysReports",
    "TimemanTimecontrolReportsSettings",
    "TimemanTimecontrolReportsTime",
    "TimemanTimecontrolReportsUser",
    "TimemanTimecontrolReportsUsers",
    "TimemanTimecontrolSettings",
    "V3TimemanRecord",
    "V3TimemanRecordField",
]


class TimemanCloseResult(TypedDict, total=False):
    """Keys of the result of ``timeman.close``."""

    STATUS: str
    TIME_START: str
    TIME_FINISH: str
    DURATION: str
    TIME_LEAKS: str
    ACTIVE: bool
    IP_OPEN: str
    IP_CLOSE: str
    LAT_OPEN: float
    LON_OPEN: float
    LAT_CLOSE: float
    LON_CLOSE: float
    TZ_OFFSET: int
    TIME_FINISH_DEFAULT: str


class TimemanNetworkrange(TypedDict, total=False):
    """Timeman networkrange, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-get.html
    """

    ip_range: str
    name: str


class TimemanNetworkrangeCheckResult(TypedDict, total=False):
    """Keys of the result of ``timeman.networkrange.check``."""

    ip: str
    range: str
    name: str


class TimemanNetworkrangeSetResultErrorRanges(TypedDict, total=False):
    """Keys of ``result.error_ranges`` in ``timeman.networkrange.set``."""

    ip_range: str
    name: str


class TimemanNetworkrangeSetResult(TypedDict, total=False):
    """Keys of the result of ``timeman.networkrange.set``."""

    result: bool
    error_ranges: list[TimemanNetworkrangeSetResultErrorRanges]


class TimemanOpenResult(TypedDict, total=False):
    """Keys of the result of ``timeman.open``."""

    STATUS: str
    TIME_START: str
    TIME_FINISH: str | None
    DURATION: str
    TIME_LEAKS: str
    ACTIVE: bool
    IP_OPEN: str
    IP_CLOSE: str
    LAT_OPEN: float
    LON_OPEN: float
    LAT_CLOSE: float
    LON_CLOSE: float
    TZ_OFFSET: int
    TIME_FINISH_DEFAULT: str


class TimemanPauseResult(TypedDict, total=False):
    """Keys of the result of ``timeman.pause``."""

    STATUS: str
    TIME_START: str
    TIME_FINISH: str | None
    DURATION: str
    TIME_LEAKS: str
    ACTIVE: bool
    IP_OPEN: str
    IP_CLOSE: str
    LAT_OPEN: float
    LON_OPEN: float
    LAT_CLOSE: float
    LON_CLOSE: float
    TZ_OFFSET: int
    TIME_FINISH_DEFAULT: str


class TimemanScheduleReportPeriodOptions(TypedDict, total=False):
    """Keys of ``REPORT_PERIOD_OPTIONS`` in ``TimemanSchedule``."""

    START_WEEK_DAY: int


class TimemanScheduleAllowedDevices(TypedDict, total=False):
    """Keys of ``ALLOWED_DEVICES`` in ``TimemanSchedule``."""

    browser: bool


class TimemanScheduleCalendar(TypedDict, total=False):
    """Keys of ``CALENDAR`` in ``TimemanSchedule``."""

    ID: int
    NAME: str
    PARENT_CALENDAR_ID: int
    SYSTEM_CODE: str
    EXCLUSIONS: list[Any]


class TimemanScheduleScheduleViolationRulesUsersToNotify(TypedDict, total=False):
    """Keys of ``SCHEDULE_VIOLATION_RULES.USERS_TO_NOTIFY`` in ``TimemanSchedule``."""

    FIXED_START_END: list[Any]
    FIXED_PER_RECORD: list[Any]
    FIXED_EDIT_WORKTIME: list[Any]
    FIXED_PERIODIC: list[Any]
    SHIFT_DELAY: list[Any]
    SHIFT_MISSED_START: list[Any]


class TimemanScheduleScheduleViolationRules(TypedDict, total=False):
    """Keys of ``SCHEDULE_VIOLATION_RULES`` in ``TimemanSchedule``."""

    ID: int
    SCHEDULE_ID: int
    ENTITY_CODE: str
    MAX_EXACT_START: int
    MIN_EXACT_END: int
    MAX_OFFSET_START: int
    MIN_OFFSET_END: int
    RELATIVE_START_FROM: int
    RELATIVE_START_TO: int
    RELATIVE_END_FROM: int
    RELATIVE_END_TO: int
    MIN_DAY_DURATION: int
    MAX_ALLOWED_TO_EDIT_WORK_TIME: int
    MAX_WORK_TIME_LACK_FOR_PERIOD: int
    PERIOD_TIME_LACK_AGENT_ID: int
    MAX_SHIFT_START_DELAY: int
    MISSED_SHIFT_START: int
    USERS_TO_NOTIFY: TimemanScheduleScheduleViolationRulesUsersToNotify


class TimemanSchedule(TypedDict, total=False):
    """Timeman schedule, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/schedule/timeman-schedule-get.html
    """

    ID: int
    NAME: str
    SCHEDULE_TYPE: str
    REPORT_PERIOD: str
    REPORT_PERIOD_OPTIONS: TimemanScheduleReportPeriodOptions
    CALENDAR_ID: int
    ALLOWED_DEVICES: TimemanScheduleAllowedDevices
    DELETED: str
    IS_FOR_ALL_USERS: bool
    WORKTIME_RESTRICTIONS: list[Any]
    CONTROLLED_ACTIONS: int
    UPDATED_BY: int
    DELETED_BY: int
    DELETED_AT: str
    CREATED_BY: int
    CREATED_AT: str
    SHIFTS: list[Any]
    CALENDAR: TimemanScheduleCalendar
    SCHEDULE_VIOLATION_RULES: TimemanScheduleScheduleViolationRules


class TimemanSettingsResult(TypedDict, total=False):
    """Keys of the result of ``timeman.settings``."""

    ADMIN: Required[bool]


class TimemanStatusResult(TypedDict, total=False):
    """Keys of the result of ``timeman.status``."""

    STATUS: str
    TIME_START: str
    TIME_FINISH: str | None
    DURATION: str
    TIME_LEAKS: str
    ACTIVE: bool
    IP_OPEN: str
    IP_CLOSE: str
    LAT_OPEN: float
    LON_OPEN: float
    LAT_CLOSE: float
    LON_CLOSE: float
    TZ_OFFSET: int
    TIME_FINISH_DEFAULT: str


class TimemanTimecontrolReportsReportDaysReports(TypedDict, total=False):
    """Keys of ``report.days.reports`` in ``TimemanTimecontrolReports``."""

    id: str
    user_id: str
    type: str
    date_start: str
    date_finish: str
    duration: int
    active: bool
    entry_id: str
    report_type: str
    report_text: str
    system_text: Any
    source_start: str
    source_finish: str
    ip_start: str
    ip_finish: str
    ip_start_network: bool
    ip_finish_network: bool


class TimemanTimecontrolReportsReportDays(TypedDict, total=False):
    """Keys of ``report.days`` in ``TimemanTimecontrolReports``."""

    index: str
    day_title: str
    workday_date_start: str
    workday_date_finish: str
    workday_complete: bool
    workday_time_leaks_user: int
    workday_time_leaks_final: int
    workday_duration: int
    workday_duration_final: int
    workday_duration_config: int
    reports: list[TimemanTimecontrolReportsReportDaysReports]
    workday_time_leaks_real: int


class TimemanTimecontrolReportsReport(TypedDict, total=False):
    """Keys of ``report`` in ``TimemanTimecontrolReports``."""

    month_title: str
    date_start: str
    date_finish: str
    days: list[TimemanTimecontrolReportsReportDays]


class TimemanTimecontrolReportsDaysReports(TypedDict, total=False):
    """Keys of ``days.reports`` in ``TimemanTimecontrolReports``."""

    id: str
    user_id: str
    type: str
    date_start: str
    date_finish: str
    duration: int
    active: bool
    entry_id: str
    report_type: str
    report_text: str
    system_text: str
    source_start: str
    source_finish: str
    ip_start: str
    ip_finish: str
    ip_start_network: bool | dict[str, Any]
    ip_finish_network: bool | dict[str, Any]


class TimemanTimecontrolReportsDays(TypedDict, total=False):
    """Keys of ``days`` in ``TimemanTimecontrolReports``."""

    index: int
    day_title: str
    workday_date_start: str
    workday_date_finish: str
    workday_complete: bool
    workday_time_leaks_user: int
    workday_time_leaks_final: int
    workday_duration: int
    workday_duration_final: int
    workday_duration_config: int
    reports: list[Any] | TimemanTimecontrolReportsDaysReports
    workday_time_leaks_real: int


class TimemanTimecontrolReportsUser(TypedDict, total=False):
    """Keys of ``user`` in ``TimemanTimecontrolReports``."""

    id: int
    active: bool
    name: str
    first_name: str
    last_name: str
    work_position: str
    avatar: str
    personal_gender: str
    last_activity_date: str


class TimemanTimecontrolReportsTime(TypedDict, total=False):
    """Keys of ``time`` in ``TimemanTimecontrolReports``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating_reset_at: int
    operating: int


class TimemanTimecontrolReports(TypedDict, total=False):
    """Timeman timecontrol reports, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-get.html
    """

    report: TimemanTimecontrolReportsReport
    month_title: str
    date_start: str
    date_finish: str
    days: list[Any] | TimemanTimecontrolReportsDays
    user: TimemanTimecontrolReportsUser
    time: TimemanTimecontrolReportsTime


class TimemanTimecontrolReportsSettings(TypedDict, total=False):
    """Timeman timecontrol reports settings, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-settings-get.html
    """

    active: bool
    user_id: int
    user_admin: bool
    user_head: bool
    departments: list[Any]
    minimum_idle_for_report: int
    report_view_type: str


class TimemanTimecontrolReportsUsers(TypedDict, total=False):
    """Timeman timecontrol reports users, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-users-get.html
    """

    id: int
    name: str
    first_name: str
    last_name: str
    work_position: str
    avatar: str
    personal_gender: str
    last_activity_date: str


class TimemanTimecontrolSettings(TypedDict, total=False):
    """Timeman timecontrol settings, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-get.html
    """

    active: bool
    minimum_idle_for_report: int
    register_offline: bool
    register_idle: bool
    register_desktop: bool
    report_request_type: str
    report_request_users: list[Any]
    report_simple_type: str
    report_simple_users: list[Any]
    report_full_type: str
    report_full_users: list[Any]


class V3TimemanRecord(TypedDict, total=False):
    """V3 timeman record, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-list.html
    """

    id: int
    startTime: str
    endTime: str
    duration: int


class V3TimemanRecordField(TypedDict, total=False):
    """V3 timeman record field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool
