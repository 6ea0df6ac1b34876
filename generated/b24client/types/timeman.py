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
    """Work day status: "OPENED", "CLOSED", "PAUSED" or "EXPIRED" (opened before today and never closed)."""
    TIME_START: str
    """Date and time the work day started, in the time zone it was started in."""
    TIME_FINISH: str
    """Date and time the work day ended; null while it is not finished."""
    DURATION: str
    """Work day length as "HH:MM:SS"; "00:00:00" while it is not finished."""
    TIME_LEAKS: str
    """Total break time of the day as "HH:MM:SS"."""
    ACTIVE: bool
    """false while a change to the work day awaits the supervisor's approval."""
    IP_OPEN: str
    """IP address the day was started from."""
    IP_CLOSE: str
    """IP address the day was ended from; null while it is not finished."""
    LAT_OPEN: float
    """Latitude where the day was started."""
    LON_OPEN: float
    """Longitude where the day was started."""
    LAT_CLOSE: float
    """Latitude where the day was ended."""
    LON_CLOSE: float
    """Longitude where the day was ended."""
    TZ_OFFSET: int
    """Time zone offset of the place the day was started; the end time is converted to it."""
    TIME_FINISH_DEFAULT: str
    """Suggested end time to show the user; present only for an EXPIRED day."""


class TimemanNetworkrange(TypedDict, total=False):
    """An office network IP range.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-get.html
    """

    ip_range: str
    """Range of addresses, or a single address."""
    name: str
    """Range name."""


class TimemanNetworkrangeCheckResult(TypedDict, total=False):
    """Keys of the result of ``timeman.networkrange.check``."""

    ip: str
    """IP address that was checked."""
    range: str
    """Range the address belongs to."""
    name: str
    """Name of that range."""


class TimemanNetworkrangeSetResultErrorRanges(TypedDict, total=False):
    """Keys of ``result.error_ranges`` in ``timeman.networkrange.set``."""

    ip_range: str
    """The faulty range."""
    name: str
    """Name of the faulty range."""


class TimemanNetworkrangeSetResult(TypedDict, total=False):
    """Keys of the result of ``timeman.networkrange.set``."""

    result: bool
    """true when every range was saved, false when some had errors."""
    error_ranges: list[TimemanNetworkrangeSetResultErrorRanges]
    """Ranges that had errors."""


class TimemanOpenResult(TypedDict, total=False):
    """Keys of the result of ``timeman.open``."""

    STATUS: str
    """Work day status: "OPENED", "CLOSED", "PAUSED" or "EXPIRED" (opened before today and never closed)."""
    TIME_START: str
    """Date and time the work day started, in the time zone it was started in."""
    TIME_FINISH: str | None
    """Date and time the work day ended; null while it is not finished."""
    DURATION: str
    """Work day length as "HH:MM:SS"; "00:00:00" while it is not finished."""
    TIME_LEAKS: str
    """Total break time of the day as "HH:MM:SS"."""
    ACTIVE: bool
    """false while a change to the work day awaits the supervisor's approval."""
    IP_OPEN: str
    """IP address the day was started from."""
    IP_CLOSE: str
    """IP address the day was ended from; null while it is not finished."""
    LAT_OPEN: float
    """Latitude where the day was started."""
    LON_OPEN: float
    """Longitude where the day was started."""
    LAT_CLOSE: float
    """Latitude where the day was ended."""
    LON_CLOSE: float
    """Longitude where the day was ended."""
    TZ_OFFSET: int
    """Time zone offset of the place the day was started; the end time is converted to it."""
    TIME_FINISH_DEFAULT: str
    """Suggested end time to show the user; present only for an EXPIRED day."""


class TimemanPauseResult(TypedDict, total=False):
    """Keys of the result of ``timeman.pause``."""

    STATUS: str
    """Work day status: "OPENED", "CLOSED", "PAUSED" or "EXPIRED" (opened before today and never closed)."""
    TIME_START: str
    """Date and time the work day started, in the time zone it was started in."""
    TIME_FINISH: str | None
    """Date and time the work day ended; null while it is not finished."""
    DURATION: str
    """Work day length as "HH:MM:SS"; "00:00:00" while it is not finished."""
    TIME_LEAKS: str
    """Total break time of the day as "HH:MM:SS"."""
    ACTIVE: bool
    """false while a change to the work day awaits the supervisor's approval."""
    IP_OPEN: str
    """IP address the day was started from."""
    IP_CLOSE: str
    """IP address the day was ended from; null while it is not finished."""
    LAT_OPEN: float
    """Latitude where the day was started."""
    LON_OPEN: float
    """Longitude where the day was started."""
    LAT_CLOSE: float
    """Latitude where the day was ended."""
    LON_CLOSE: float
    """Longitude where the day was ended."""
    TZ_OFFSET: int
    """Time zone offset of the place the day was started; the end time is converted to it."""
    TIME_FINISH_DEFAULT: str
    """Suggested end time to show the user; present only for an EXPIRED day."""


class TimemanScheduleReportPeriodOptions(TypedDict, total=False):
    """Keys of ``REPORT_PERIOD_OPTIONS`` in ``TimemanSchedule``."""

    START_WEEK_DAY: int
    """Day the week starts on."""


class TimemanScheduleAllowedDevices(TypedDict, total=False):
    """Keys of ``ALLOWED_DEVICES`` in ``TimemanSchedule``."""

    browser: bool
    """Whether tracking from the browser is allowed."""


class TimemanScheduleCalendar(TypedDict, total=False):
    """Keys of ``CALENDAR`` in ``TimemanSchedule``."""

    ID: int
    """ID of the calendar."""
    NAME: str
    """Calendar name."""
    PARENT_CALENDAR_ID: int
    """ID of the parent calendar; 0 when none."""
    SYSTEM_CODE: str
    """System code of the calendar."""
    EXCLUSIONS: list[Any]
    """Dates or periods excluded from the calendar."""


class TimemanScheduleScheduleViolationRulesUsersToNotify(TypedDict, total=False):
    """Keys of ``SCHEDULE_VIOLATION_RULES.USERS_TO_NOTIFY`` in ``TimemanSchedule``."""

    FIXED_START_END: list[Any]
    """Users ("U<ID>") notified about fixed start and end violations."""
    FIXED_PER_RECORD: list[Any]
    """Users ("U<ID>") notified about violations in single work time records."""
    FIXED_EDIT_WORKTIME: list[Any]
    """Users ("U<ID>") notified about work time changes."""
    FIXED_PERIODIC: list[Any]
    """Users ("U<ID>") notified about periodic violations."""
    SHIFT_DELAY: list[Any]
    """Users notified about late shift starts."""
    SHIFT_MISSED_START: list[Any]
    """Users notified about missed shift starts."""


class TimemanScheduleScheduleViolationRules(TypedDict, total=False):
    """Keys of ``SCHEDULE_VIOLATION_RULES`` in ``TimemanSchedule``."""

    ID: int
    """ID of the rule set."""
    SCHEDULE_ID: int
    """ID of the schedule."""
    ENTITY_CODE: str
    """Code of the entity the rules apply to, such as "UA"."""
    MAX_EXACT_START: int
    """Latest allowed start of the day, seconds from midnight."""
    MIN_EXACT_END: int
    """Earliest allowed end of the day, seconds from midnight."""
    MAX_OFFSET_START: int
    """Maximum start offset; -1 when not limited."""
    MIN_OFFSET_END: int
    """Minimum end offset; -1 when not limited."""
    RELATIVE_START_FROM: int
    """Relative start window begin, against the planned time; -1 when not limited."""
    RELATIVE_START_TO: int
    """Relative start window end; -1 when not limited."""
    RELATIVE_END_FROM: int
    """Relative end window begin; -1 when not limited."""
    RELATIVE_END_TO: int
    """Relative end window end; -1 when not limited."""
    MIN_DAY_DURATION: int
    """Minimum work day length in seconds."""
    MAX_ALLOWED_TO_EDIT_WORK_TIME: int
    """Maximum work time change allowed, in seconds."""
    MAX_WORK_TIME_LACK_FOR_PERIOD: int
    """Maximum shortfall of work time per period, in seconds."""
    PERIOD_TIME_LACK_AGENT_ID: int
    """ID of the agent that checks the period shortfall."""
    MAX_SHIFT_START_DELAY: int
    """Maximum shift start delay in seconds; -1 when not limited."""
    MISSED_SHIFT_START: int
    """Missed shift start flag; 0 when not recorded."""
    USERS_TO_NOTIFY: TimemanScheduleScheduleViolationRulesUsersToNotify
    """Users to notify about violations, by kind."""


class TimemanSchedule(TypedDict, total=False):
    """A work schedule with its shifts, calendar and violation rules.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/schedule/timeman-schedule-get.html
    """

    ID: int
    """ID of the schedule."""
    NAME: str
    """Schedule name."""
    SCHEDULE_TYPE: str
    """\"FIXED", "SHIFT" or "FLEXTIME"."""
    REPORT_PERIOD: str
    """Report period: "MONTH", "WEEK", "TWO_WEEKS" or "QUARTER"."""
    REPORT_PERIOD_OPTIONS: TimemanScheduleReportPeriodOptions
    """Extra report period settings; only for "WEEK" and "TWO_WEEKS"."""
    CALENDAR_ID: int
    """ID of the linked calendar."""
    ALLOWED_DEVICES: TimemanScheduleAllowedDevices
    """Devices allowed for time tracking."""
    DELETED: str
    """\"0" active, "1" deleted."""
    IS_FOR_ALL_USERS: bool
    """Whether the schedule applies to all users."""
    WORKTIME_RESTRICTIONS: list[Any]
    """Work time restriction rules."""
    CONTROLLED_ACTIONS: int
    """Number of controlled actions."""
    UPDATED_BY: int
    """ID of the user who last changed it."""
    DELETED_BY: int
    """ID of the user who deleted it; 0 when not deleted."""
    DELETED_AT: str
    """Deletion date and time; empty when not deleted."""
    CREATED_BY: int
    """ID of the user who created it; 0 for the system."""
    CREATED_AT: str
    """Creation date and time."""
    SHIFTS: list[Any]
    """Shifts of the schedule."""
    CALENDAR: TimemanScheduleCalendar
    """Linked calendar."""
    SCHEDULE_VIOLATION_RULES: TimemanScheduleScheduleViolationRules
    """Rules for schedule violations."""


class TimemanSettingsResult(TypedDict, total=False):
    """Keys of the result of ``timeman.settings``."""

    ADMIN: Required[bool]
    """true when the caller may manage the user's work time (the user's supervisor or an admin)."""


class TimemanStatusResult(TypedDict, total=False):
    """Keys of the result of ``timeman.status``."""

    STATUS: str
    """Work day status: "OPENED", "CLOSED", "PAUSED" or "EXPIRED" (opened before today and never closed)."""
    TIME_START: str
    """Date and time the work day started, in the time zone it was started in."""
    TIME_FINISH: str | None
    """Date and time the work day ended; null while it is not finished."""
    DURATION: str
    """Work day length as "HH:MM:SS"; "00:00:00" while it is not finished."""
    TIME_LEAKS: str
    """Total break time of the day as "HH:MM:SS"."""
    ACTIVE: bool
    """false while a change to the work day awaits the supervisor's approval."""
    IP_OPEN: str
    """IP address the day was started from."""
    IP_CLOSE: str
    """IP address the day was ended from; null while it is not finished."""
    LAT_OPEN: float
    """Latitude where the day was started."""
    LON_OPEN: float
    """Longitude where the day was started."""
    LAT_CLOSE: float
    """Latitude where the day was ended."""
    LON_CLOSE: float
    """Longitude where the day was ended."""
    TZ_OFFSET: int
    """Time zone offset of the place the day was started; the end time is converted to it."""
    TIME_FINISH_DEFAULT: str
    """Suggested end time to show the user; present only for an EXPIRED day."""


class TimemanTimecontrolReportsReportDaysReports(TypedDict, total=False):
    """Keys of ``report.days.reports`` in ``TimemanTimecontrolReports``."""

    id: str
    """ID of the record."""
    user_id: str
    """ID of the user."""
    type: str
    """Record type: "IDLE", "OFFLINE", "DESKTOP_ONLINE", "DESKTOP_OFFLINE", "DESKTOP_START", "TM_START", "TM_PAUSE", "TM_CONTINUE" or "TM_END"."""
    date_start: str
    """Start of the record, ATOM format."""
    date_finish: str
    """End of the record, ATOM format; the report time while active."""
    duration: int
    """Length of the record."""
    active: bool
    """Whether the record is still active."""
    entry_id: str
    """ID of the work time entry."""
    report_type: str
    """Absence kind: "work", "private" or "none" (treated as private)."""
    report_text: str
    """Reason given for the absence."""
    system_text: Any
    """System description of the absence; supervisors only."""
    source_start: str
    """What recorded the start, such as "ONLINE_EVENT", "OFFLINE_AGENT", "IDLE_EVENT" or "TM_EVENT"."""
    source_finish: str
    """What recorded the end, such as "ONLINE_EVENT", "OFFLINE_AGENT", "IDLE_EVENT" or "TM_EVENT"."""
    ip_start: str
    """IP address at the start; supervisors only."""
    ip_finish: str
    """IP address at the end; supervisors only."""
    ip_start_network: bool
    """Office network of the start IP; supervisors only."""
    ip_finish_network: bool
    """Office network of the end IP; supervisors only."""


class TimemanTimecontrolReportsReportDays(TypedDict, total=False):
    """Keys of ``report.days`` in ``TimemanTimecontrolReports``."""

    index: str
    """Day as YYYYMMDD, such as 20250526."""
    day_title: str
    """Date in the site format."""
    workday_date_start: str
    """Work day start, ATOM format."""
    workday_date_finish: str
    """Work day end, ATOM format; the report time when the day is not complete."""
    workday_complete: bool
    """Whether the work day is complete."""
    workday_time_leaks_user: int
    """Break length in seconds."""
    workday_time_leaks_final: int
    """Time short (positive) or overtime (negative), in seconds."""
    workday_duration: int
    """Day length by the timesheet in seconds, breaks included."""
    workday_duration_final: int
    """Actual worked time in seconds, after breaks, unconfirmed and personal absences."""
    workday_duration_config: int
    """Required day length in seconds."""
    reports: list[TimemanTimecontrolReportsReportDaysReports]
    """Detected absences; in full detail for a supervisor."""
    workday_time_leaks_real: int
    """Break length recorded automatically, including unconfirmed absences."""


class TimemanTimecontrolReportsReport(TypedDict, total=False):
    """Keys of ``report`` in ``TimemanTimecontrolReports``."""

    month_title: str
    """Month name."""
    date_start: str
    """Start of the period, ATOM format."""
    date_finish: str
    """End of the period, ATOM format."""
    days: list[TimemanTimecontrolReportsReportDays]
    """Worked days."""


class TimemanTimecontrolReportsDaysReports(TypedDict, total=False):
    """Keys of ``days.reports`` in ``TimemanTimecontrolReports``."""

    id: str
    """ID of the record."""
    user_id: str
    """ID of the user."""
    type: str
    """Record type: "IDLE", "OFFLINE", "DESKTOP_ONLINE", "DESKTOP_OFFLINE", "DESKTOP_START", "TM_START", "TM_PAUSE", "TM_CONTINUE" or "TM_END"."""
    date_start: str
    """Start of the record, ATOM format."""
    date_finish: str
    """End of the record, ATOM format; the report time while active."""
    duration: int
    """Length of the record."""
    active: bool
    """Whether the record is still active."""
    entry_id: str
    """ID of the work time entry."""
    report_type: str
    """Absence kind: "work", "private" or "none" (treated as private)."""
    report_text: str
    """Reason given for the absence."""
    system_text: str
    """System description of the absence; supervisors only."""
    source_start: str
    """What recorded the start, such as "ONLINE_EVENT", "OFFLINE_AGENT", "IDLE_EVENT" or "TM_EVENT"."""
    source_finish: str
    """What recorded the end, such as "ONLINE_EVENT", "OFFLINE_AGENT", "IDLE_EVENT" or "TM_EVENT"."""
    ip_start: str
    """IP address at the start; supervisors only."""
    ip_finish: str
    """IP address at the end; supervisors only."""
    ip_start_network: bool | dict[str, Any]
    """Office network of the start IP; supervisors only."""
    ip_finish_network: bool | dict[str, Any]
    """Office network of the end IP; supervisors only."""


class TimemanTimecontrolReportsDays(TypedDict, total=False):
    """Keys of ``days`` in ``TimemanTimecontrolReports``."""

    index: int
    """Day as YYYYMMDD, such as 20250526."""
    day_title: str
    """Date in the site format."""
    workday_date_start: str
    """Work day start, ATOM format."""
    workday_date_finish: str
    """Work day end, ATOM format; the report time when the day is not complete."""
    workday_complete: bool
    """Whether the work day is complete."""
    workday_time_leaks_user: int
    """Break length in seconds."""
    workday_time_leaks_final: int
    """Time short (positive) or overtime (negative), in seconds."""
    workday_duration: int
    """Day length by the timesheet in seconds, breaks included."""
    workday_duration_final: int
    """Actual worked time in seconds, after breaks, unconfirmed and personal absences."""
    workday_duration_config: int
    """Required day length in seconds."""
    reports: list[Any] | TimemanTimecontrolReportsDaysReports
    """Detected absences; in full detail for a supervisor."""
    workday_time_leaks_real: int
    """Break length recorded automatically, including unconfirmed absences."""


class TimemanTimecontrolReportsUser(TypedDict, total=False):
    """Keys of ``user`` in ``TimemanTimecontrolReports``."""

    id: int
    """ID of the user."""
    active: bool
    """Whether the user is active."""
    name: str
    """Full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    avatar: str
    """URL of the avatar; empty when none."""
    personal_gender: str
    """Gender."""
    last_activity_date: str
    """Date of the last action, ATOM format."""


class TimemanTimecontrolReportsTime(TypedDict, total=False):
    """Keys of ``time`` in ``TimemanTimecontrolReports``."""

    start: float
    """Unix time the request started."""
    finish: float
    """Unix time the request finished."""
    duration: float
    """Total request time in seconds."""
    processing: float
    """Time spent executing the method, in seconds."""
    date_start: str
    """Start time, ISO 8601."""
    date_finish: str
    """Finish time, ISO 8601."""
    operating_reset_at: int
    """Unix time when part of the method's resource limit is released."""
    operating: int
    """Accumulated execution time of this method in seconds, used for the resource limit."""


class TimemanTimecontrolReports(TypedDict, total=False):
    """A user's monthly absence report with worked time per day.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-get.html
    """

    report: TimemanTimecontrolReportsReport
    """Report data."""
    month_title: str
    """Month name."""
    date_start: str
    """Start of the period, ATOM format."""
    date_finish: str
    """End of the period, ATOM format."""
    days: list[Any] | TimemanTimecontrolReportsDays
    """Worked days."""
    user: TimemanTimecontrolReportsUser
    """The user the report is for."""
    time: TimemanTimecontrolReportsTime
    """Request timing information."""


class TimemanTimecontrolReportsSettings(TypedDict, total=False):
    """The current user's access to absence reports.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-settings-get.html
    """

    active: bool
    """Whether time control is on."""
    user_id: int
    """ID of the current user."""
    user_admin: bool
    """Whether the user is an administrator."""
    user_head: bool
    """Whether the user is a supervisor."""
    departments: list[Any]
    """Departments the user can see: all for an admin, their own for a supervisor, none for an employee."""
    minimum_idle_for_report: int
    """Absence, in minutes, after which a report is required."""
    report_view_type: str
    """\"none", "head", "full" or "simple"."""


class TimemanTimecontrolReportsUsers(TypedDict, total=False):
    """A user listed for absence reports.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-users-get.html
    """

    id: int
    """ID of the user."""
    name: str
    """Full name."""
    first_name: str
    """First name."""
    last_name: str
    """Last name."""
    work_position: str
    """Job title."""
    avatar: str
    """URL of the avatar; empty when there is none."""
    personal_gender: str
    """Gender."""
    last_activity_date: str
    """Date of the last action, ATOM format."""


class TimemanTimecontrolSettings(TypedDict, total=False):
    """Settings of the time control module.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-get.html
    """

    active: bool
    """Whether time control is on."""
    minimum_idle_for_report: int
    """Absence, in minutes, after which a report is required."""
    register_offline: bool
    """Whether the offline status is recorded."""
    register_idle: bool
    """Whether the Away status is recorded."""
    register_desktop: bool
    """Whether the desktop app status is recorded."""
    report_request_type: str
    """Who is asked for absence reports: "all", "user" (the users listed) or "none"."""
    report_request_users: list[Any]
    """IDs of users asked for reports."""
    report_simple_type: str
    """Who sees the simple report: "all", "user" (the users listed) or "none"."""
    report_simple_users: list[Any]
    """IDs of users with the simple report."""
    report_full_type: str
    """Who sees the full report: "all", "user" (the users listed) or "none"."""
    report_full_users: list[Any]
    """IDs of users with the full report."""


class V3TimemanRecord(TypedDict, total=False):
    """A work time interval of an employee.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-list.html
    """

    id: int
    """ID of the record."""
    startTime: str
    """Start of the work interval."""
    endTime: str
    """End of the work interval."""
    duration: int
    """Interval length in seconds."""


class V3TimemanRecordField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""
