"""TypedDicts of ``b24client.types.calendar``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Literal, TypedDict

__all__ = [
    "CalendarEvent",
    "CalendarEventAddMeeting",
    "CalendarEventAddRemind",
    "CalendarEventAddRrule",
    "CalendarEventGetNearestResult",
    "CalendarEventGetNearestResultMeeting",
    "CalendarEventGetNearestResultRelations",
    "CalendarEventGetNearestResultRrule",
    "CalendarEventGetNearestResultRruleByday",
    "CalendarEventGetbyidResult",
    "CalendarEventGetbyidResultMeeting",
    "CalendarEventGetbyidResultRelations",
    "CalendarEventGetbyidResultRrule",
    "CalendarEventGetbyidResultRruleByday",
    "CalendarEventMeeting",
    "CalendarEventRelations",
    "CalendarEventRrule",
    "CalendarEventRruleByday",
    "CalendarEventUpdateMeeting",
    "CalendarEventUpdateRemind",
    "CalendarEventUpdateResult",
    "CalendarEventUpdateRrule",
    "CalendarResource",
    "CalendarResourceBooking",
    "CalendarSection",
    "CalendarSectionAccess",
    "CalendarSectionAddExport",
    "CalendarSectionExport",
    "CalendarSectionPerm",
    "CalendarSectionUpdateExport",
    "CalendarSettings",
    "CalendarUserSettings",
    "CalendarUserSettingsDefaultReminders",
    "CalendarUserSettingsDefaultSections",
    "CalendarUserSettingsSetSettings",
    "CalendarUserSettingsSetSettingsDefaultReminders",
    "CalendarUserSettingsSetSettingsDefaultRemindersFullDay",
    "CalendarUserSettingsSetSettingsDefaultRemindersWithTime",
]


class CalendarEventMeeting(TypedDict, total=False):
    """Keys of ``MEETING`` in ``CalendarEvent``."""

    HOST_NAME: str
    NOTIFY: bool
    REINVITE: bool
    ALLOW_INVITE: bool
    HIDE_GUESTS: bool
    MEETING_CREATOR: int
    LANGUAGE_ID: str
    MAIL_FROM: str


class CalendarEventRruleByday(TypedDict, total=False):
    """Keys of ``RRULE.BYDAY`` in ``CalendarEvent``."""

    MO: str
    WE: str


CalendarEventRrule = TypedDict(
    "CalendarEventRrule",
    {
        "FREQ": str,
        "BYDAY": CalendarEventRruleByday,
        "INTERVAL": int,
        "UNTIL": str,
        "UNTIL_TS": int,
        "~UNTIL": str,
    },
    total=False,
)


class CalendarEventRelations(TypedDict, total=False):
    """Keys of ``RELATIONS`` in ``CalendarEvent``."""

    ORIGINAL_RECURSION_ID: int
    COMMENT_XML_ID: str


CalendarEvent = TypedDict(
    "CalendarEvent",
    {
        "ID": str,
        "PARENT_ID": str,
        "DELETED": str,
        "CAL_TYPE": str,
        "OWNER_ID": str,
        "NAME": str,
        "DATE_FROM": str,
        "DATE_TO": str,
        "ORIGINAL_DATE_FROM": str | None,
        "TZ_FROM": str,
        "TZ_TO": str,
        "TZ_OFFSET_FROM": str,
        "TZ_OFFSET_TO": str,
        "DATE_FROM_TS_UTC": str,
        "DATE_TO_TS_UTC": str,
        "DT_SKIP_TIME": str,
        "DT_LENGTH": int,
        "EVENT_TYPE": str | None,
        "CREATED_BY": str,
        "DATE_CREATE": str,
        "TIMESTAMP_X": str,
        "DESCRIPTION": str,
        "PRIVATE_EVENT": str,
        "ACCESSIBILITY": str,
        "IMPORTANCE": str,
        "IS_MEETING": bool,
        "MEETING_STATUS": str,
        "MEETING_HOST": str,
        "MEETING": CalendarEventMeeting,
        "LOCATION": str,
        "REMIND": list[Any],
        "COLOR": str,
        "RRULE": CalendarEventRrule,
        "EXDATE": str,
        "DAV_XML_ID": str,
        "G_EVENT_ID": str,
        "CAL_DAV_LABEL": str,
        "VERSION": str,
        "ATTENDEES_CODES": list[Any],
        "RECURRENCE_ID": int,
        "RELATIONS": CalendarEventRelations,
        "SECTION_ID": str,
        "SYNC_STATUS": str | None,
        "SECTION_DAV_XML_ID": list[Any] | dict[str, Any] | None,
        "DATE_FROM_FORMATTED": str,
        "DATE_TO_FORMATTED": str,
        "SECT_ID": str,
        "ATTENDEE_LIST": list[Any],
        "COLLAB_ID": str | None,
        "attendeesEntityList": list[Any],
        "DAV_EXCH_LABEL": str,
        "~RRULE_DESCRIPTION": str,
        "~DESCRIPTION": str,
        "~USER_OFFSET_FROM": int,
        "~USER_OFFSET_TO": int,
    },
    total=False,
)


class CalendarEventAddMeeting(TypedDict, total=False):
    """Keys of the ``meeting`` parameter of ``calendar.event.add``."""

    notify: bool
    reinvite: bool
    allow_invite: bool
    hide_guests: bool


class CalendarEventAddRemind(TypedDict, total=False):
    """Keys of the ``remind`` parameter of ``calendar.event.add``."""

    type: str
    count: int


class CalendarEventAddRrule(TypedDict, total=False):
    """Keys of the ``rrule`` parameter of ``calendar.event.add``."""

    FREQ: str
    COUNT: int
    INTERVAL: int
    BYDAY: Sequence[str]
    UNTIL: datetime.date | str


class CalendarEventGetNearestResultMeeting(TypedDict, total=False):
    """Keys of ``result.MEETING`` in ``calendar.event.get.nearest``."""

    HOST_NAME: str
    NOTIFY: bool
    REINVITE: bool
    ALLOW_INVITE: bool
    HIDE_GUESTS: bool
    MEETING_CREATOR: int
    LANGUAGE_ID: str
    MAIL_FROM: str


class CalendarEventGetNearestResultRruleByday(TypedDict, total=False):
    """Keys of ``result.RRULE.BYDAY`` in ``calendar.event.get.nearest``."""

    MO: str
    WE: str


CalendarEventGetNearestResultRrule = TypedDict(
    "CalendarEventGetNearestResultRrule",
    {
        "FREQ": str,
        "BYDAY": CalendarEventGetNearestResultRruleByday,
        "INTERVAL": int,
        "UNTIL": str,
        "UNTIL_TS": int,
        "~UNTIL": str,
    },
    total=False,
)


class CalendarEventGetNearestResultRelations(TypedDict, total=False):
    """Keys of ``result.RELATIONS`` in ``calendar.event.get.nearest``."""

    ORIGINAL_RECURSION_ID: int
    COMMENT_XML_ID: str


CalendarEventGetNearestResult = TypedDict(
    "CalendarEventGetNearestResult",
    {
        "ID": str,
        "PARENT_ID": str,
        "DELETED": str,
        "CAL_TYPE": str,
        "OWNER_ID": str,
        "NAME": str,
        "DATE_FROM": str,
        "DATE_TO": str,
        "ORIGINAL_DATE_FROM": str | None,
        "TZ_FROM": str,
        "TZ_TO": str,
        "TZ_OFFSET_FROM": str,
        "TZ_OFFSET_TO": str,
        "DATE_FROM_TS_UTC": str,
        "DATE_TO_TS_UTC": str,
        "DT_SKIP_TIME": str,
        "DT_LENGTH": int,
        "EVENT_TYPE": str | None,
        "CREATED_BY": str,
        "DATE_CREATE": str,
        "TIMESTAMP_X": str,
        "DESCRIPTION": str,
        "PRIVATE_EVENT": str,
        "ACCESSIBILITY": str,
        "IMPORTANCE": str,
        "IS_MEETING": bool,
        "MEETING_STATUS": str,
        "MEETING_HOST": str,
        "MEETING": CalendarEventGetNearestResultMeeting,
        "LOCATION": str,
        "REMIND": list[Any],
        "COLOR": str,
        "RRULE": CalendarEventGetNearestResultRrule,
        "EXDATE": str,
        "DAV_XML_ID": str,
        "G_EVENT_ID": str,
        "CAL_DAV_LABEL": str,
        "VERSION": str,
        "ATTENDEES_CODES": list[Any],
        "RECURRENCE_ID": int,
        "RELATIONS": CalendarEventGetNearestResultRelations,
        "SECTION_ID": str,
        "SYNC_STATUS": str | None,
        "SECTION_DAV_XML_ID": list[Any] | dict[str, Any] | None,
        "DATE_FROM_FORMATTED": str,
        "DATE_TO_FORMATTED": str,
        "SECT_ID": str,
        "ATTENDEE_LIST": list[Any],
        "COLLAB_ID": str | None,
        "attendeesEntityList": list[Any],
        "DAV_EXCH_LABEL": str,
        "~RRULE_DESCRIPTION": str,
        "~DESCRIPTION": str,
        "~USER_OFFSET_FROM": int,
        "~USER_OFFSET_TO": int,
    },
    total=False,
)


class CalendarEventGetbyidResultMeeting(TypedDict, total=False):
    """Keys of ``result.MEETING`` in ``calendar.event.getbyid``."""

    HOST_NAME: str
    NOTIFY: bool
    REINVITE: bool
    ALLOW_INVITE: bool
    HIDE_GUESTS: bool
    MEETING_CREATOR: int
    LANGUAGE_ID: str
    MAIL_FROM: str


class CalendarEventGetbyidResultRruleByday(TypedDict, total=False):
    """Keys of ``result.RRULE.BYDAY`` in ``calendar.event.getbyid``."""

    MO: str
    WE: str


CalendarEventGetbyidResultRrule = TypedDict(
    "CalendarEventGetbyidResultRrule",
    {
        "FREQ": str,
        "BYDAY": CalendarEventGetbyidResultRruleByday,
        "INTERVAL": int,
        "UNTIL": str,
        "UNTIL_TS": int,
        "~UNTIL": str,
    },
    total=False,
)


class CalendarEventGetbyidResultRelations(TypedDict, total=False):
    """Keys of ``result.RELATIONS`` in ``calendar.event.getbyid``."""

    ORIGINAL_RECURSION_ID: int
    COMMENT_XML_ID: str


CalendarEventGetbyidResult = TypedDict(
    "CalendarEventGetbyidResult",
    {
        "ID": str,
        "PARENT_ID": str,
        "DELETED": str,
        "CAL_TYPE": str,
        "OWNER_ID": str,
        "NAME": str,
        "DATE_FROM": str,
        "DATE_TO": str,
        "ORIGINAL_DATE_FROM": str | None,
        "TZ_FROM": str,
        "TZ_TO": str,
        "TZ_OFFSET_FROM": str,
        "TZ_OFFSET_TO": str,
        "DATE_FROM_TS_UTC": str,
        "DATE_TO_TS_UTC": str,
        "DT_SKIP_TIME": str,
        "DT_LENGTH": int,
        "EVENT_TYPE": str | None,
        "CREATED_BY": str,
        "DATE_CREATE": str,
        "TIMESTAMP_X": str,
        "DESCRIPTION": str,
        "PRIVATE_EVENT": str,
        "ACCESSIBILITY": str,
        "IMPORTANCE": str,
        "IS_MEETING": bool,
        "MEETING_STATUS": str,
        "MEETING_HOST": str,
        "MEETING": CalendarEventGetbyidResultMeeting,
        "LOCATION": str,
        "REMIND": list[Any],
        "COLOR": str,
        "RRULE": CalendarEventGetbyidResultRrule,
        "EXDATE": str,
        "DAV_XML_ID": str,
        "G_EVENT_ID": str,
        "CAL_DAV_LABEL": str,
        "VERSION": str,
        "ATTENDEES_CODES": list[Any],
        "RECURRENCE_ID": int,
        "RELATIONS": CalendarEventGetbyidResultRelations,
        "SECTION_ID": str,
        "SYNC_STATUS": str | None,
        "SECTION_DAV_XML_ID": list[Any] | dict[str, Any] | None,
        "DATE_FROM_FORMATTED": str,
        "DATE_TO_FORMATTED": str,
        "SECT_ID": str,
        "ATTENDEE_LIST": list[Any],
        "COLLAB_ID": str | None,
        "attendeesEntityList": list[Any],
        "DAV_EXCH_LABEL": str,
        "~RRULE_DESCRIPTION": str,
        "~DESCRIPTION": str,
        "~USER_OFFSET_FROM": int,
        "~USER_OFFSET_TO": int,
    },
    total=False,
)


class CalendarEventUpdateMeeting(TypedDict, total=False):
    """Keys of the ``meeting`` parameter of ``calendar.event.update``."""

    notify: bool
    reinvite: bool
    allow_invite: bool
    hide_guests: bool


class CalendarEventUpdateRemind(TypedDict, total=False):
    """Keys of the ``remind`` parameter of ``calendar.event.update``."""

    type: str
    count: int


class CalendarEventUpdateResult(TypedDict, total=False):
    """Keys of the result of ``calendar.event.update``."""

    originalDate: str
    originalDavXmlId: str
    instanceTz: str
    recEventId: int
    id: int


class CalendarEventUpdateRrule(TypedDict, total=False):
    """Keys of the ``rrule`` parameter of ``calendar.event.update``."""

    FREQ: str
    COUNT: int
    INTERVAL: int
    BYDAY: Sequence[str]
    UNTIL: datetime.date | str


class CalendarResource(TypedDict, total=False):
    """Calendar resource, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-list.html
    """

    ID: str
    NAME: str
    CREATED_BY: str


class CalendarResourceBooking(TypedDict, total=False):
    """Calendar resource booking, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-booking-list.html
    """

    ID: str
    PARENT_ID: str
    DELETED: str
    CAL_TYPE: str
    OWNER_ID: str
    NAME: str
    DATE_FROM: str
    DATE_TO: str
    TZ_FROM: str
    TZ_TO: str
    TZ_OFFSET_FROM: str
    TZ_OFFSET_TO: str
    DATE_FROM_TS_UTC: str
    DATE_TO_TS_UTC: str
    DT_SKIP_TIME: str
    DT_LENGTH: int
    EVENT_TYPE: str
    CREATED_BY: str
    DATE_CREATE: str
    TIMESTAMP_X: str
    DESCRIPTION: str
    IS_MEETING: bool
    MEETING_STATUS: str
    MEETING_HOST: str
    VERSION: str
    SECTION_ID: str
    DATE_FROM_FORMATTED: str
    DATE_TO_FORMATTED: str
    SECT_ID: str
    RESOURCE_BOOKING_ID: str


class CalendarSectionExport(TypedDict, total=False):
    """Keys of ``EXPORT`` in ``CalendarSection``."""

    ALLOW: bool


class CalendarSectionAccess(TypedDict, total=False):
    """Keys of ``ACCESS`` in ``CalendarSection``."""

    D114: int
    G2: int
    U2: int
    U1: int


class CalendarSectionPerm(TypedDict, total=False):
    """Keys of ``PERM`` in ``CalendarSection``."""

    view_time: bool
    view_title: bool
    view_full: bool
    add: bool
    edit: bool
    edit_section: bool
    access: bool


class CalendarSection(TypedDict, total=False):
    """Calendar section, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html
    """

    ID: str
    NAME: str
    GAPI_CALENDAR_ID: str | None
    DESCRIPTION: str
    COLOR: str
    TEXT_COLOR: str
    EXPORT: CalendarSectionExport
    CAL_TYPE: str
    OWNER_ID: str
    CREATED_BY: str
    DATE_CREATE: str
    TIMESTAMP_X: str
    CAL_DAV_CON: str | None
    SYNC_TOKEN: str | None
    PAGE_TOKEN: str | None
    EXTERNAL_TYPE: str
    ACCESS: CalendarSectionAccess
    IS_COLLAB: bool
    PERM: CalendarSectionPerm


class CalendarSectionAddExport(TypedDict, total=False):
    """Keys of the ``export`` parameter of ``calendar.section.add``."""

    ALLOW: bool
    SET: Literal["all", "3_9", "6_12"]


class CalendarSectionUpdateExport(TypedDict, total=False):
    """Keys of the ``export`` parameter of ``calendar.section.update``."""

    ALLOW: bool
    SET: Literal["all", "3_9", "6_12"]


class CalendarSettings(TypedDict, total=False):
    """Calendar settings, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-settings-get.html
    """

    work_time_start: str
    work_time_end: str
    year_holidays: str
    week_holidays: list[Any]
    week_start: str
    user_name_template: str
    sync_by_push: bool
    user_show_login: bool
    path_to_user: str
    path_to_user_calendar: str
    path_to_group: str
    path_to_group_calendar: str
    path_to_vr: str
    path_to_rm: str
    rm_iblock_type: str
    rm_iblock_id: str
    dep_manager_sub: bool
    denied_superpose_types: list[Any]
    pathes_for_sites: str
    forum_id: str
    rm_for_sites: bool
    path_to_type_company_calendar: str
    path_to_type_location: str
    path_to_type_open_event: str
    year_workdays: str


class CalendarUserSettingsDefaultSections(TypedDict, total=False):
    """Keys of ``defaultSections`` in ``CalendarUserSettings``."""

    user1: str
    group6: str


class CalendarUserSettingsDefaultReminders(TypedDict, total=False):
    """Keys of ``defaultReminders`` in ``CalendarUserSettings``."""

    fullDay: list[Any]
    withTime: list[Any]


class CalendarUserSettings(TypedDict, total=False):
    """Calendar user settings, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-get.html
    """

    view: str
    meetSection: str
    crmSection: str
    showDeclined: bool
    denyBusyInvitation: bool
    collapseOffHours: str
    showWeekNumbers: str
    showTasks: str
    syncTasks: str
    showCompletedTasks: str
    lastUsedSection: str
    sendFromEmail: str
    defaultSections: CalendarUserSettingsDefaultSections
    syncPeriodPast: str
    syncPeriodFuture: str
    defaultReminders: CalendarUserSettingsDefaultReminders
    timezoneName: str
    timezoneOffsetUTC: int
    timezoneDefaultName: str
    work_time_start: str
    work_time_end: str


class CalendarUserSettingsSetSettingsDefaultRemindersFullDay(TypedDict, total=False):
    """Keys of ``settings.defaultReminders.fullDay`` in ``calendar.user.settings.set``."""

    type: Literal["min", "hour", "day"]
    count: int


class CalendarUserSettingsSetSettingsDefaultRemindersWithTime(TypedDict, total=False):
    """Keys of ``settings.defaultReminders.withTime`` in ``calendar.user.settings.set``."""

    type: Literal["min", "hour", "day"]
    count: int


class CalendarUserSettingsSetSettingsDefaultReminders(TypedDict, total=False):
    """Keys of ``settings.defaultReminders`` in ``calendar.user.settings.set``."""

    fullDay: Sequence[CalendarUserSettingsSetSettingsDefaultRemindersFullDay]
    withTime: Sequence[CalendarUserSettingsSetSettingsDefaultRemindersWithTime]


class CalendarUserSettingsSetSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``calendar.user.settings.set``."""

    view: Literal["day", "week", "month", "list"]
    meetSection: str
    crmSection: str
    showDeclined: bool
    denyBusyInvitation: bool
    collapseOffHours: Literal["Y", "N"]
    showWeekNumbers: Literal["Y", "N"]
    showTasks: Literal["Y", "N"]
    syncTasks: Literal["Y", "N"]
    showCompletedTasks: Literal["Y", "N"]
    lastUsedSection: str
    sendFromEmail: str
    defaultSections: dict[str, Any]
    syncPeriodPast: str
    syncPeriodFuture: str
    defaultReminders: CalendarUserSettingsSetSettingsDefaultReminders
