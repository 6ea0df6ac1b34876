"""TypedDicts of ``b24client.types.calendar``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, TypedDict

__all__ = [
    "CalendarEventAddMeeting",
    "CalendarEventAddRemind",
    "CalendarEventAddRrule",
    "CalendarEventUpdateMeeting",
    "CalendarEventUpdateRemind",
    "CalendarEventUpdateRrule",
    "CalendarSectionAddExport",
    "CalendarSectionUpdateExport",
    "CalendarUserSettingsSetSettings",
    "CalendarUserSettingsSetSettingsDefaultReminders",
    "CalendarUserSettingsSetSettingsDefaultRemindersFullDay",
    "CalendarUserSettingsSetSettingsDefaultRemindersWithTime",
]


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


class CalendarEventUpdateRrule(TypedDict, total=False):
    """Keys of the ``rrule`` parameter of ``calendar.event.update``."""

    FREQ: str
    COUNT: int
    INTERVAL: int
    BYDAY: Sequence[str]
    UNTIL: datetime.date | str


class CalendarSectionAddExport(TypedDict, total=False):
    """Keys of the ``export`` parameter of ``calendar.section.add``."""

    ALLOW: bool
    SET: str


class CalendarSectionUpdateExport(TypedDict, total=False):
    """Keys of the ``export`` parameter of ``calendar.section.update``."""

    ALLOW: bool
    SET: str


class CalendarUserSettingsSetSettingsDefaultRemindersFullDay(TypedDict, total=False):
    """Keys of ``settings.defaultReminders.fullDay`` in ``calendar.user.settings.set``."""

    type: str
    count: int


class CalendarUserSettingsSetSettingsDefaultRemindersWithTime(TypedDict, total=False):
    """Keys of ``settings.defaultReminders.withTime`` in ``calendar.user.settings.set``."""

    type: str
    count: int


class CalendarUserSettingsSetSettingsDefaultReminders(TypedDict, total=False):
    """Keys of ``settings.defaultReminders`` in ``calendar.user.settings.set``."""

    fullDay: Sequence[CalendarUserSettingsSetSettingsDefaultRemindersFullDay]
    withTime: Sequence[CalendarUserSettingsSetSettingsDefaultRemindersWithTime]


class CalendarUserSettingsSetSettings(TypedDict, total=False):
    """Keys of the ``settings`` parameter of ``calendar.user.settings.set``."""

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
    defaultSections: dict[str, Any]
    syncPeriodPast: str
    syncPeriodFuture: str
    defaultReminders: CalendarUserSettingsSetSettingsDefaultReminders
