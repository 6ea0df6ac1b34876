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
    """Name of the organiser."""
    NOTIFY: bool
    """Notify the organiser when attendees accept or decline."""
    REINVITE: bool
    """Ask attendees to confirm again after the event is edited."""
    ALLOW_INVITE: bool
    """Let attendees invite other people."""
    HIDE_GUESTS: bool
    """Hide the attendee list from attendees."""
    MEETING_CREATOR: int
    """ID of the user who created the meeting."""
    LANGUAGE_ID: str
    """Language of the meeting notifications, such as "ru"."""
    MAIL_FROM: str
    """Sender address of the meeting notifications."""


class CalendarEventRruleByday(TypedDict, total=False):
    """Keys of ``RRULE.BYDAY`` in ``CalendarEvent``."""

    MO: str
    """Present when the event falls on Monday."""
    WE: str
    """Present when the event falls on Wednesday."""


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
    """ID of the original event of a series created by editing a recurring one."""
    COMMENT_XML_ID: str
    """ID of the original event of a single event split off a series."""


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
    """Notify the organiser when attendees accept or decline."""
    reinvite: bool
    """Ask attendees to confirm again after the event is edited."""
    allow_invite: bool
    """Let attendees invite other people."""
    hide_guests: bool
    """Hide the attendee list from attendees."""


class CalendarEventAddRemind(TypedDict, total=False):
    """Keys of the ``remind`` parameter of ``calendar.event.add``."""

    type: str
    """Unit of the reminder offset: "min", "hour" or "day"."""
    count: int
    """Number of units before the event."""


class CalendarEventAddRrule(TypedDict, total=False):
    """Keys of the ``rrule`` parameter of ``calendar.event.add``."""

    FREQ: str
    """How often it repeats: "DAILY", "WEEKLY", "MONTHLY" or "YEARLY"."""
    COUNT: int
    """Number of occurrences."""
    INTERVAL: int
    """Step between occurrences, in units of FREQ (2 with WEEKLY means every other week)."""
    BYDAY: Sequence[str]
    """Weekdays the event falls on: "MO", "TU", "WE", "TH", "FR", "SA", "SU"."""
    UNTIL: datetime.date | str
    """Last date on which the event may recur."""


class CalendarEventGetNearestResultMeeting(TypedDict, total=False):
    """Keys of ``result.MEETING`` in ``calendar.event.get.nearest``."""

    HOST_NAME: str
    """Name of the organiser."""
    NOTIFY: bool
    """Notify the organiser when attendees accept or decline."""
    REINVITE: bool
    """Ask attendees to confirm again after the event is edited."""
    ALLOW_INVITE: bool
    """Let attendees invite other people."""
    HIDE_GUESTS: bool
    """Hide the attendee list from attendees."""
    MEETING_CREATOR: int
    """ID of the user who created the meeting."""
    LANGUAGE_ID: str
    """Language of the meeting notifications, such as "ru"."""
    MAIL_FROM: str
    """Sender address of the meeting notifications."""


class CalendarEventGetNearestResultRruleByday(TypedDict, total=False):
    """Keys of ``result.RRULE.BYDAY`` in ``calendar.event.get.nearest``."""

    MO: str
    """Present when the event falls on Monday."""
    WE: str
    """Present when the event falls on Wednesday."""


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
    """ID of the original event of a series created by editing a recurring one."""
    COMMENT_XML_ID: str
    """ID of the original event of a single event split off a series."""


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
    """Name of the organiser."""
    NOTIFY: bool
    """Notify the organiser when attendees accept or decline."""
    REINVITE: bool
    """Ask attendees to confirm again after the event is edited."""
    ALLOW_INVITE: bool
    """Let attendees invite other people."""
    HIDE_GUESTS: bool
    """Hide the attendee list from attendees."""
    MEETING_CREATOR: int
    """ID of the user who created the meeting."""
    LANGUAGE_ID: str
    """Language of the meeting notifications, such as "ru"."""
    MAIL_FROM: str
    """Sender address of the meeting notifications."""


class CalendarEventGetbyidResultRruleByday(TypedDict, total=False):
    """Keys of ``result.RRULE.BYDAY`` in ``calendar.event.getbyid``."""

    MO: str
    """Present when the event falls on Monday."""
    WE: str
    """Present when the event falls on Wednesday."""


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
    """ID of the original event of a series created by editing a recurring one."""
    COMMENT_XML_ID: str
    """ID of the original event of a single event split off a series."""


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
    """Notify the organiser when attendees accept or decline."""
    reinvite: bool
    """Ask attendees to confirm again after the event is edited."""
    allow_invite: bool
    """Let attendees invite other people."""
    hide_guests: bool
    """Hide the attendee list from attendees."""


class CalendarEventUpdateRemind(TypedDict, total=False):
    """Keys of the ``remind`` parameter of ``calendar.event.update``."""

    type: str
    """Unit of the reminder offset: "min", "hour" or "day"."""
    count: int
    """Number of units before the event."""


class CalendarEventUpdateResult(TypedDict, total=False):
    """Keys of the result of ``calendar.event.update``."""

    originalDate: str
    """Start date of the new series split off the recurring event."""
    originalDavXmlId: str
    """Synchronisation ID of the event."""
    instanceTz: str
    """Time zone of the event, such as "Europe/Riga"."""
    recEventId: int
    """ID of the new series of the recurring event."""
    id: int
    """ID of the previous series of the recurring event."""


class CalendarEventUpdateRrule(TypedDict, total=False):
    """Keys of the ``rrule`` parameter of ``calendar.event.update``."""

    FREQ: str
    """How often it repeats: "DAILY", "WEEKLY", "MONTHLY" or "YEARLY"."""
    COUNT: int
    """Number of occurrences."""
    INTERVAL: int
    """Step between occurrences, in units of FREQ (2 with WEEKLY means every other week)."""
    BYDAY: Sequence[str]
    """Weekdays the event falls on: "MO", "TU", "WE", "TH", "FR", "SA", "SU"."""
    UNTIL: datetime.date | str
    """Last date on which the event may recur."""


class CalendarResource(TypedDict, total=False):
    """A bookable resource, such as a room.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-list.html
    """

    ID: str
    """ID of the resource."""
    NAME: str
    """Name of the resource."""
    CREATED_BY: str
    """ID of the user who created the resource."""


class CalendarResourceBooking(TypedDict, total=False):
    """A booking of a resource, stored as a special calendar event.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/resource/calendar-resource-booking-list.html
    """

    ID: str
    """ID of the booking."""
    PARENT_ID: str
    """Always equal to ID for a booking."""
    DELETED: str
    """\"Y" if the booking is deleted, otherwise "N"."""
    CAL_TYPE: str
    """Kind of calendar that holds the booking."""
    OWNER_ID: str
    """Always "0" for a booking."""
    NAME: str
    """Title of the booking."""
    DATE_FROM: str
    """Start of the booking."""
    DATE_TO: str
    """End of the booking."""
    TZ_FROM: str
    """Time zone of the start."""
    TZ_TO: str
    """Time zone of the end."""
    TZ_OFFSET_FROM: str
    """Offset of the start from UTC, in seconds."""
    TZ_OFFSET_TO: str
    """Offset of the end from UTC, in seconds."""
    DATE_FROM_TS_UTC: str
    """Start as a Unix timestamp in UTC."""
    DATE_TO_TS_UTC: str
    """End as a Unix timestamp in UTC."""
    DT_SKIP_TIME: str
    """\"Y" if the booking takes whole days, otherwise "N"."""
    DT_LENGTH: int
    """Duration of the booking in seconds."""
    EVENT_TYPE: str
    """Kind of booking."""
    CREATED_BY: str
    """ID of the user who made the booking."""
    DATE_CREATE: str
    """Date the booking was created."""
    TIMESTAMP_X: str
    """Date the booking was last changed."""
    DESCRIPTION: str
    """Description of the booking."""
    IS_MEETING: bool
    """Always false for a booking."""
    MEETING_STATUS: str
    """Always "Y" for a booking."""
    MEETING_HOST: str
    """Always "0" for a booking."""
    VERSION: str
    """Revision number of the booking."""
    SECTION_ID: str
    """ID of the resource the booking belongs to."""
    DATE_FROM_FORMATTED: str
    """Start date formatted for display."""
    DATE_TO_FORMATTED: str
    """End date formatted for display."""
    SECT_ID: str
    """ID of the resource the booking belongs to."""
    RESOURCE_BOOKING_ID: str
    """ID of the booking."""


class CalendarSectionExport(TypedDict, total=False):
    """Keys of ``EXPORT`` in ``CalendarSection``."""

    ALLOW: bool
    """Whether the calendar may be exported."""


class CalendarSectionAccess(TypedDict, total=False):
    """Keys of ``ACCESS`` in ``CalendarSection``."""

    D114: int
    """Access level of department 114 (an example key; keys are access codes)."""
    G2: int
    """Access level of group G2 (an example key; keys are access codes)."""
    U2: int
    """Access level of user 2 (an example key; keys are access codes)."""
    U1: int
    """Access level of user 1 (an example key; keys are access codes)."""


class CalendarSectionPerm(TypedDict, total=False):
    """Keys of ``PERM`` in ``CalendarSection``."""

    view_time: bool
    """May see when events take place."""
    view_title: bool
    """May see event titles."""
    view_full: bool
    """May see all event details."""
    add: bool
    """May add events."""
    edit: bool
    """May edit events."""
    edit_section: bool
    """May edit the calendar itself."""
    access: bool
    """Has full access to the calendar."""


class CalendarSection(TypedDict, total=False):
    """A calendar (section) with its owner, colors and access rights.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html
    """

    ID: str
    """ID of the calendar."""
    NAME: str
    """Name of the calendar."""
    GAPI_CALENDAR_ID: str | None
    """ID of the calendar in Google, for synchronisation; null if not synchronised."""
    DESCRIPTION: str
    """Description of the calendar."""
    COLOR: str
    """Color of the calendar."""
    TEXT_COLOR: str
    """Text color of the calendar."""
    EXPORT: CalendarSectionExport
    """Export settings of the calendar."""
    CAL_TYPE: str
    """Calendar kind, such as "user" or "group"."""
    OWNER_ID: str
    """ID of the owner: the user for a "user" calendar, the group for a "group" calendar."""
    CREATED_BY: str
    """ID of the user who created the calendar."""
    DATE_CREATE: str
    """Date and time the calendar was created."""
    TIMESTAMP_X: str
    """Date and time the calendar was last changed."""
    CAL_DAV_CON: str | None
    """ID of the CalDAV connection, or null."""
    SYNC_TOKEN: str | None
    """Synchronisation token, or null."""
    PAGE_TOKEN: str | None
    """Synchronisation page token, or null."""
    EXTERNAL_TYPE: str
    """Synchronisation provider kind, such as "local"."""
    ACCESS: CalendarSectionAccess
    """Access rights, keyed by access code (such as "U2", "G2", "D114"); each value is the ID of an access level. access.name turns codes into names."""
    IS_COLLAB: bool
    """Whether the calendar belongs to a collab."""
    PERM: CalendarSectionPerm
    """What the current user may do with the calendar."""


class CalendarSectionAddExport(TypedDict, total=False):
    """Keys of the ``export`` parameter of ``calendar.section.add``."""

    ALLOW: bool
    """Whether the calendar may be exported."""
    SET: Literal["all", "3_9", "6_12"]
    """Period to export: "all", "3_9" (3 months back, 9 ahead) or "6_12" (6 back, 12 ahead)."""


class CalendarSectionUpdateExport(TypedDict, total=False):
    """Keys of the ``export`` parameter of ``calendar.section.update``."""

    ALLOW: bool
    """Whether the calendar may be exported."""
    SET: Literal["all", "3_9", "6_12"]
    """Period to export: "all", "3_9" (3 months back, 9 ahead) or "6_12" (6 back, 12 ahead)."""


class CalendarSettings(TypedDict, total=False):
    """Portal-wide calendar settings.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-settings-get.html
    """

    work_time_start: str
    """Start of the working day, such as "9"."""
    work_time_end: str
    """End of the working day, such as "19"."""
    year_holidays: str
    """Public holidays as a comma-separated list of day.month dates, such as "1.01,7.01"."""
    week_holidays: list[Any]
    """Days off in a week, as two-letter codes such as "SA" and "SU"."""
    week_start: str
    """First day of the week, such as "MO"."""
    user_name_template: str
    """Template for showing user names, such as "#NAME# #LAST_NAME#"."""
    sync_by_push: bool
    """Synchronise subscribed calendars automatically on push notifications from Google or Office 365."""
    user_show_login: bool
    """Show user logins."""
    path_to_user: str
    """Link template of a user profile."""
    path_to_user_calendar: str
    """Link template of a user calendar."""
    path_to_group: str
    """Link template of a workgroup."""
    path_to_group_calendar: str
    """Link template of a group calendar."""
    path_to_vr: str
    """Link template of the video meeting room."""
    path_to_rm: str
    """Link template of the meeting room."""
    rm_iblock_type: str
    """Type of the information block that stores meeting room bookings."""
    rm_iblock_id: str
    """ID of the information block that stores meeting room bookings."""
    dep_manager_sub: bool
    """Let heads of departments see the calendars of their subordinates."""
    denied_superpose_types: list[Any]
    """Calendar kinds that cannot be added to favourites."""
    pathes_for_sites: str
    """Whether the link templates are shared by all sites."""
    forum_id: str
    """ID of the forum that holds event comments."""
    rm_for_sites: bool
    """Whether the meeting room settings are shared by all sites."""
    path_to_type_company_calendar: str
    """Link template of the company calendars."""
    path_to_type_location: str
    """Link template of the meeting room bookings."""
    path_to_type_open_event: str
    """Link template of the open events calendar."""
    year_workdays: str
    """Extra working days as a comma-separated list of day.month dates."""


class CalendarUserSettingsDefaultSections(TypedDict, total=False):
    """Keys of ``defaultSections`` in ``CalendarUserSettings``."""

    user1: str
    """ID of the preset calendar of user 1 (an example key; keys are "user<ID>")."""
    group6: str
    """ID of the preset calendar of group 6 (an example key; keys are "group<ID>")."""


class CalendarUserSettingsDefaultReminders(TypedDict, total=False):
    """Keys of ``defaultReminders`` in ``CalendarUserSettings``."""

    fullDay: list[Any]
    """Default reminders for all-day events, each with type and count."""
    withTime: list[Any]
    """Default reminders for events with a set time, each with type and count."""


class CalendarUserSettings(TypedDict, total=False):
    """Personal calendar preferences of a user.

    Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-user-settings-get.html
    """

    view: str
    """Default view: "day", "week", "month" or "list"."""
    meetSection: str
    """ID of the calendar that receives meeting invitations."""
    crmSection: str
    """ID of the calendar used for CRM events."""
    showDeclined: bool
    """Show events the user declined."""
    denyBusyInvitation: bool
    """Refuse invitations to times when the user is already busy."""
    collapseOffHours: str
    """\"Y" hides non-working hours in the day and week views."""
    showWeekNumbers: str
    """\"Y" shows week numbers."""
    showTasks: str
    """\"Y" shows tasks in the calendar."""
    syncTasks: str
    """\"Y" synchronises the task calendar."""
    showCompletedTasks: str
    """\"Y" shows completed tasks."""
    lastUsedSection: str
    """ID of the calendar new events go to when none is given; false when not set."""
    sendFromEmail: str
    """E-mail address invitations are sent from."""
    defaultSections: CalendarUserSettingsDefaultSections
    """Preset calendars, keyed by calendar kind and owner such as "user12" or "group6"; each value is a calendar ID."""
    syncPeriodPast: str
    """Number of past months to synchronise."""
    syncPeriodFuture: str
    """Number of future months to synchronise."""
    defaultReminders: CalendarUserSettingsDefaultReminders
    """Default reminders for new events."""
    timezoneName: str
    """Time zone of the calendar, such as "Europe/Riga"."""
    timezoneOffsetUTC: int
    """Offset of the time zone from UTC, in seconds."""
    timezoneDefaultName: str
    """Time zone derived from timezoneOffsetUTC, used when timezoneName is not set."""
    work_time_start: str
    """Start of the working day, such as "9"."""
    work_time_end: str
    """End of the working day, such as "19"."""


class CalendarUserSettingsSetSettingsDefaultRemindersFullDay(TypedDict, total=False):
    """Keys of ``settings.defaultReminders.fullDay`` in ``calendar.user.settings.set``."""

    type: Literal["min", "hour", "day"]
    """Unit of the reminder offset: "min", "hour" or "day"."""
    count: int
    """Number of units before the event."""


class CalendarUserSettingsSetSettingsDefaultRemindersWithTime(TypedDict, total=False):
    """Keys of ``settings.defaultReminders.withTime`` in ``calendar.user.settings.set``."""

    type: Literal["min", "hour", "day"]
    """Unit of the reminder offset: "min", "hour" or "day"."""
    count: int
    """Number of units before the event."""


class CalendarUserSettingsSetSettingsDefaultReminders(TypedDict, total=False):
    """Keys of ``settings.defaultReminders`` in ``calendar.user.settings.set``."""

    fullDay: Sequence[CalendarUserSettingsSetSettingsDefaultRemindersFullDay]
    """Default reminders for all-day events, each with type and count."""
    withTime: Sequence[CalendarUserSettingsSetSettingsDefaultRemindersWithTime]
    """Default reminders for events with a set time, each with type and count."""


class CalendarUserSettingsSetSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``calendar.user.settings.set``."""

    view: Literal["day", "week", "month", "list"]
    """Default view: "day", "week", "month" or "list"."""
    meetSection: str
    """ID of the calendar that receives meeting invitations."""
    crmSection: str
    """ID of the calendar used for CRM events."""
    showDeclined: bool
    """Show events the user declined."""
    denyBusyInvitation: bool
    """Refuse invitations to times when the user is already busy."""
    collapseOffHours: Literal["Y", "N"]
    """\"Y" hides non-working hours in the day and week views."""
    showWeekNumbers: Literal["Y", "N"]
    """\"Y" shows week numbers."""
    showTasks: Literal["Y", "N"]
    """\"Y" shows tasks in the calendar."""
    syncTasks: Literal["Y", "N"]
    """\"Y" synchronises the task calendar."""
    showCompletedTasks: Literal["Y", "N"]
    """\"Y" shows completed tasks."""
    lastUsedSection: str
    """ID of the calendar new events go to when none is given; false when not set."""
    sendFromEmail: str
    """E-mail address invitations are sent from."""
    defaultSections: dict[str, Any]
    """Preset calendars, keyed by calendar kind and owner such as "user12" or "group6"; each value is a calendar ID."""
    syncPeriodPast: str
    """Number of past months to synchronise."""
    syncPeriodFuture: str
    """Number of future months to synchronise."""
    defaultReminders: CalendarUserSettingsSetSettingsDefaultReminders
    """Default reminders for new events."""
