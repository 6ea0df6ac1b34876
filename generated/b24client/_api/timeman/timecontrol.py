"""Methods under ``timeman.timecontrol``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.timeman import (
        TimemanTimecontrolReports as _TimemanTimecontrolReports,
        TimemanTimecontrolReportsSettings as _TimemanTimecontrolReportsSettings,
        TimemanTimecontrolReportsUsers as _TimemanTimecontrolReportsUsers,
        TimemanTimecontrolSettings as _TimemanTimecontrolSettings,
    )

_TIMEMAN_TIMECONTROL_REPORT_ADD = MethodInfo(
    name="timeman.timecontrol.report.add", idempotent=False, returns="boolean", api=1
)
_TIMEMAN_TIMECONTROL_REPORTS_GET = MethodInfo(
    name="timeman.timecontrol.reports.get", idempotent=True, returns="any", api=1
)
_TIMEMAN_TIMECONTROL_REPORTS_SETTINGS_GET = MethodInfo(
    name="timeman.timecontrol.reports.settings.get",
    idempotent=True,
    returns="any",
    api=1,
)
_TIMEMAN_TIMECONTROL_REPORTS_USERS_GET = MethodInfo(
    name="timeman.timecontrol.reports.users.get", idempotent=True, returns="any", api=1
)
_TIMEMAN_TIMECONTROL_SETTINGS_GET = MethodInfo(
    name="timeman.timecontrol.settings.get", idempotent=True, returns="any", api=1
)
_TIMEMAN_TIMECONTROL_SETTINGS_SET = MethodInfo(
    name="timeman.timecontrol.settings.set", idempotent=False, returns="boolean", api=1
)


class TimemanTimecontrol(Namespace):
    """Methods under ``timeman.timecontrol``."""

    __slots__ = ()

    @property
    def report(self) -> TimemanTimecontrolReport:
        """Methods under ``timeman.timecontrol.report``."""
        return TimemanTimecontrolReport(self._backend)

    @property
    def reports(self) -> TimemanTimecontrolReports:
        """Methods under ``timeman.timecontrol.reports``."""
        return TimemanTimecontrolReports(self._backend)

    @property
    def settings(self) -> TimemanTimecontrolSettings:
        """Methods under ``timeman.timecontrol.settings``."""
        return TimemanTimecontrolSettings(self._backend)


class AsyncTimemanTimecontrol(Namespace):
    """Methods under ``timeman.timecontrol`` (async)."""

    __slots__ = ()

    @property
    def report(self) -> AsyncTimemanTimecontrolReport:
        """Methods under ``timeman.timecontrol.report``."""
        return AsyncTimemanTimecontrolReport(self._backend)

    @property
    def reports(self) -> AsyncTimemanTimecontrolReports:
        """Methods under ``timeman.timecontrol.reports``."""
        return AsyncTimemanTimecontrolReports(self._backend)

    @property
    def settings(self) -> AsyncTimemanTimecontrolSettings:
        """Methods under ``timeman.timecontrol.settings``."""
        return AsyncTimemanTimecontrolSettings(self._backend)


class BatchTimemanTimecontrol(Namespace):
    """Methods under ``timeman.timecontrol`` (queued into a batch)."""

    __slots__ = ()

    @property
    def report(self) -> BatchTimemanTimecontrolReport:
        """Methods under ``timeman.timecontrol.report``."""
        return BatchTimemanTimecontrolReport(self._backend)

    @property
    def reports(self) -> BatchTimemanTimecontrolReports:
        """Methods under ``timeman.timecontrol.reports``."""
        return BatchTimemanTimecontrolReports(self._backend)

    @property
    def settings(self) -> BatchTimemanTimecontrolSettings:
        """Methods under ``timeman.timecontrol.settings``."""
        return BatchTimemanTimecontrolSettings(self._backend)


class TimemanTimecontrolReport(Namespace):
    """Methods under ``timeman.timecontrol.report``."""

    __slots__ = ()

    def add(
        self,
        *,
        report_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        text: str,
        type: str | NotGiven = NOT_GIVEN,
        calendar: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Explain a detected absence with a report and optionally add it to the calendar.

        By default a user can report only for themselves; a portal administrator can report for anyone.

        REST method: ``timeman.timecontrol.report.add``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-report-add.html

        Args:
            report_id: ID of the absence record. Wire name: ``REPORT_ID``.
            user_id: ID of the user; only an administrator may set it. Wire name: ``USER_ID``.
            text: Report text. Wire name: ``TEXT``.
            type: \"WORK" work-related or "PRIVATE" (default) personal. Wire name: ``TYPE``.
            calendar: \"Y" (default) adds an event to the calendar, "N" does not. Wire name: ``CALENDAR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.report.add(report_id=1, text="Please call back after 3 pm.")
            result = await client.timeman.timecontrol.report.add(report_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORT_ADD,
                {
                    "REPORT_ID": report_id,
                    "USER_ID": user_id,
                    "TEXT": text,
                    "TYPE": type,
                    "CALENDAR": yes_no(calendar),
                },
            ),
        )


class AsyncTimemanTimecontrolReport(Namespace):
    """Methods under ``timeman.timecontrol.report`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        report_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        text: str,
        type: str | NotGiven = NOT_GIVEN,
        calendar: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Explain a detected absence with a report and optionally add it to the calendar.

        By default a user can report only for themselves; a portal administrator can report for anyone.

        REST method: ``timeman.timecontrol.report.add``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-report-add.html

        Args:
            report_id: ID of the absence record. Wire name: ``REPORT_ID``.
            user_id: ID of the user; only an administrator may set it. Wire name: ``USER_ID``.
            text: Report text. Wire name: ``TEXT``.
            type: \"WORK" work-related or "PRIVATE" (default) personal. Wire name: ``TYPE``.
            calendar: \"Y" (default) adds an event to the calendar, "N" does not. Wire name: ``CALENDAR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.report.add(report_id=1, text="Please call back after 3 pm.")
            result = await client.timeman.timecontrol.report.add(report_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORT_ADD,
                {
                    "REPORT_ID": report_id,
                    "USER_ID": user_id,
                    "TEXT": text,
                    "TYPE": type,
                    "CALENDAR": yes_no(calendar),
                },
            ),
        )


class BatchTimemanTimecontrolReport(Namespace):
    """Methods under ``timeman.timecontrol.report`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        report_id: int | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        text: str | Ref,
        type: str | Ref | NotGiven = NOT_GIVEN,
        calendar: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Explain a detected absence with a report and optionally add it to the calendar.

        By default a user can report only for themselves; a portal administrator can report for anyone.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.timecontrol.report.add``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-report-add.html

        Args:
            report_id: ID of the absence record. Wire name: ``REPORT_ID``.
            user_id: ID of the user; only an administrator may set it. Wire name: ``USER_ID``.
            text: Report text. Wire name: ``TEXT``.
            type: \"WORK" work-related or "PRIVATE" (default) personal. Wire name: ``TYPE``.
            calendar: \"Y" (default) adds an event to the calendar, "N" does not. Wire name: ``CALENDAR``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.timeman.timecontrol.report.add(report_id=1, text="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORT_ADD,
                {
                    "REPORT_ID": report_id,
                    "USER_ID": user_id,
                    "TEXT": text,
                    "TYPE": type,
                    "CALENDAR": yes_no(calendar),
                },
            ),
        )


class TimemanTimecontrolReports(Namespace):
    """Methods under ``timeman.timecontrol.reports``."""

    __slots__ = ()

    @property
    def settings(self) -> TimemanTimecontrolReportsSettings:
        """Methods under ``timeman.timecontrol.reports.settings``."""
        return TimemanTimecontrolReportsSettings(self._backend)

    @property
    def users(self) -> TimemanTimecontrolReportsUsers:
        """Methods under ``timeman.timecontrol.reports.users``."""
        return TimemanTimecontrolReportsUsers(self._backend)

    def get(
        self,
        *,
        user_id: int,
        month: int,
        year: int,
        idle_minutes: int | NotGiven = NOT_GIVEN,
        workday_hours: int | NotGiven = NOT_GIVEN,
    ) -> _TimemanTimecontrolReports:
        """Get a user's monthly report of detected absences and worked time per day.

        Requires the right to view reports.

        REST method: ``timeman.timecontrol.reports.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-get.html

        Args:
            user_id: ID of the user to report on. Wire name: ``USER_ID``.
            month: Month number. Wire name: ``MONTH``.
            year: Year. Wire name: ``YEAR``.
            idle_minutes: Longest time away from the workplace that is not counted as absence; supervisors and admins only, default from module settings. Wire name: ``IDLE_MINUTES``.
            workday_hours: Work day length in hours; default 8. Wire name: ``WORKDAY_HOURS``.

        Returns:
            TimemanTimecontrolReports

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``, ``USER_ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.reports.get(user_id=1, month=1, year=1)
            result = await client.timeman.timecontrol.reports.get(user_id=1, month=1, year=1)  # AsyncBitrix24
        """
        return cast(
            "_TimemanTimecontrolReports",
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORTS_GET,
                {
                    "USER_ID": user_id,
                    "MONTH": month,
                    "YEAR": year,
                    "IDLE_MINUTES": idle_minutes,
                    "WORKDAY_HOURS": workday_hours,
                },
            ),
        )


class AsyncTimemanTimecontrolReports(Namespace):
    """Methods under ``timeman.timecontrol.reports`` (async)."""

    __slots__ = ()

    @property
    def settings(self) -> AsyncTimemanTimecontrolReportsSettings:
        """Methods under ``timeman.timecontrol.reports.settings``."""
        return AsyncTimemanTimecontrolReportsSettings(self._backend)

    @property
    def users(self) -> AsyncTimemanTimecontrolReportsUsers:
        """Methods under ``timeman.timecontrol.reports.users``."""
        return AsyncTimemanTimecontrolReportsUsers(self._backend)

    async def get(
        self,
        *,
        user_id: int,
        month: int,
        year: int,
        idle_minutes: int | NotGiven = NOT_GIVEN,
        workday_hours: int | NotGiven = NOT_GIVEN,
    ) -> _TimemanTimecontrolReports:
        """Get a user's monthly report of detected absences and worked time per day.

        Requires the right to view reports.

        REST method: ``timeman.timecontrol.reports.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-get.html

        Args:
            user_id: ID of the user to report on. Wire name: ``USER_ID``.
            month: Month number. Wire name: ``MONTH``.
            year: Year. Wire name: ``YEAR``.
            idle_minutes: Longest time away from the workplace that is not counted as absence; supervisors and admins only, default from module settings. Wire name: ``IDLE_MINUTES``.
            workday_hours: Work day length in hours; default 8. Wire name: ``WORKDAY_HOURS``.

        Returns:
            TimemanTimecontrolReports

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``, ``USER_ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.reports.get(user_id=1, month=1, year=1)
            result = await client.timeman.timecontrol.reports.get(user_id=1, month=1, year=1)  # AsyncBitrix24
        """
        return cast(
            "_TimemanTimecontrolReports",
            await self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORTS_GET,
                {
                    "USER_ID": user_id,
                    "MONTH": month,
                    "YEAR": year,
                    "IDLE_MINUTES": idle_minutes,
                    "WORKDAY_HOURS": workday_hours,
                },
            ),
        )


class BatchTimemanTimecontrolReports(Namespace):
    """Methods under ``timeman.timecontrol.reports`` (queued into a batch)."""

    __slots__ = ()

    @property
    def settings(self) -> BatchTimemanTimecontrolReportsSettings:
        """Methods under ``timeman.timecontrol.reports.settings``."""
        return BatchTimemanTimecontrolReportsSettings(self._backend)

    @property
    def users(self) -> BatchTimemanTimecontrolReportsUsers:
        """Methods under ``timeman.timecontrol.reports.users``."""
        return BatchTimemanTimecontrolReportsUsers(self._backend)

    def get(
        self,
        *,
        user_id: int | Ref,
        month: int | Ref,
        year: int | Ref,
        idle_minutes: int | Ref | NotGiven = NOT_GIVEN,
        workday_hours: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_TimemanTimecontrolReports]:
        """Get a user's monthly report of detected absences and worked time per day.

        Requires the right to view reports.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.timecontrol.reports.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-get.html

        Args:
            user_id: ID of the user to report on. Wire name: ``USER_ID``.
            month: Month number. Wire name: ``MONTH``.
            year: Year. Wire name: ``YEAR``.
            idle_minutes: Longest time away from the workplace that is not counted as absence; supervisors and admins only, default from module settings. Wire name: ``IDLE_MINUTES``.
            workday_hours: Work day length in hours; default 8. Wire name: ``WORKDAY_HOURS``.

        Returns:
            BatchCommand[TimemanTimecontrolReports]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``, ``USER_ACCESS_ERROR``.

        Example:
            command = batch.timeman.timecontrol.reports.get(user_id=1, month=1, year=1)
        """
        return cast(
            "BatchCommand[_TimemanTimecontrolReports]",
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORTS_GET,
                {
                    "USER_ID": user_id,
                    "MONTH": month,
                    "YEAR": year,
                    "IDLE_MINUTES": idle_minutes,
                    "WORKDAY_HOURS": workday_hours,
                },
            ),
        )


class TimemanTimecontrolReportsSettings(Namespace):
    """Methods under ``timeman.timecontrol.reports.settings``."""

    __slots__ = ()

    def get(self) -> _TimemanTimecontrolReportsSettings:
        """Get the current user's access to absence reports and related settings.

        REST method: ``timeman.timecontrol.reports.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-settings-get.html

        Returns:
            TimemanTimecontrolReportsSettings

        Example:
            result = client.timeman.timecontrol.reports.settings.get()
            result = await client.timeman.timecontrol.reports.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_TimemanTimecontrolReportsSettings",
            self._backend._invoke(_TIMEMAN_TIMECONTROL_REPORTS_SETTINGS_GET, {}),
        )


class AsyncTimemanTimecontrolReportsSettings(Namespace):
    """Methods under ``timeman.timecontrol.reports.settings`` (async)."""

    __slots__ = ()

    async def get(self) -> _TimemanTimecontrolReportsSettings:
        """Get the current user's access to absence reports and related settings.

        REST method: ``timeman.timecontrol.reports.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-settings-get.html

        Returns:
            TimemanTimecontrolReportsSettings

        Example:
            result = client.timeman.timecontrol.reports.settings.get()
            result = await client.timeman.timecontrol.reports.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_TimemanTimecontrolReportsSettings",
            await self._backend._invoke(_TIMEMAN_TIMECONTROL_REPORTS_SETTINGS_GET, {}),
        )


class BatchTimemanTimecontrolReportsSettings(Namespace):
    """Methods under ``timeman.timecontrol.reports.settings`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_TimemanTimecontrolReportsSettings]:
        """Get the current user's access to absence reports and related settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.timecontrol.reports.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-settings-get.html

        Returns:
            BatchCommand[TimemanTimecontrolReportsSettings]

        Example:
            command = batch.timeman.timecontrol.reports.settings.get()
        """
        return cast(
            "BatchCommand[_TimemanTimecontrolReportsSettings]",
            self._backend._invoke(_TIMEMAN_TIMECONTROL_REPORTS_SETTINGS_GET, {}),
        )


class TimemanTimecontrolReportsUsers(Namespace):
    """Methods under ``timeman.timecontrol.reports.users``."""

    __slots__ = ()

    def get(
        self, *, department_id: int | NotGiven = NOT_GIVEN
    ) -> list[_TimemanTimecontrolReportsUsers]:
        """List the users of a department for absence reports.

        An employee gets only their own data, a supervisor their department, an admin any department.

        REST method: ``timeman.timecontrol.reports.users.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-users-get.html

        Args:
            department_id: ID of the department; needed only for supervisors and admins. Wire name: ``DEPARTMENT_ID``.

        Returns:
            list[TimemanTimecontrolReportsUsers]

        Example:
            result = client.timeman.timecontrol.reports.users.get()
            result = await client.timeman.timecontrol.reports.users.get()  # AsyncBitrix24
        """
        return cast(
            "list[_TimemanTimecontrolReportsUsers]",
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORTS_USERS_GET, {"DEPARTMENT_ID": department_id}
            ),
        )


class AsyncTimemanTimecontrolReportsUsers(Namespace):
    """Methods under ``timeman.timecontrol.reports.users`` (async)."""

    __slots__ = ()

    async def get(
        self, *, department_id: int | NotGiven = NOT_GIVEN
    ) -> list[_TimemanTimecontrolReportsUsers]:
        """List the users of a department for absence reports.

        An employee gets only their own data, a supervisor their department, an admin any department.

        REST method: ``timeman.timecontrol.reports.users.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-users-get.html

        Args:
            department_id: ID of the department; needed only for supervisors and admins. Wire name: ``DEPARTMENT_ID``.

        Returns:
            list[TimemanTimecontrolReportsUsers]

        Example:
            result = client.timeman.timecontrol.reports.users.get()
            result = await client.timeman.timecontrol.reports.users.get()  # AsyncBitrix24
        """
        return cast(
            "list[_TimemanTimecontrolReportsUsers]",
            await self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORTS_USERS_GET, {"DEPARTMENT_ID": department_id}
            ),
        )


class BatchTimemanTimecontrolReportsUsers(Namespace):
    """Methods under ``timeman.timecontrol.reports.users`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, department_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[_TimemanTimecontrolReportsUsers]]:
        """List the users of a department for absence reports.

        An employee gets only their own data, a supervisor their department, an admin any department.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.timecontrol.reports.users.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-reports-users-get.html

        Args:
            department_id: ID of the department; needed only for supervisors and admins. Wire name: ``DEPARTMENT_ID``.

        Returns:
            BatchCommand[list[TimemanTimecontrolReportsUsers]]

        Example:
            command = batch.timeman.timecontrol.reports.users.get()
        """
        return cast(
            "BatchCommand[list[_TimemanTimecontrolReportsUsers]]",
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_REPORTS_USERS_GET, {"DEPARTMENT_ID": department_id}
            ),
        )


class TimemanTimecontrolSettings(Namespace):
    """Methods under ``timeman.timecontrol.settings``."""

    __slots__ = ()

    def get(self) -> _TimemanTimecontrolSettings:
        """Get the time control module settings: what is tracked and who sees reports.

        Administrators only.

        REST method: ``timeman.timecontrol.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-get.html

        Returns:
            TimemanTimecontrolSettings

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.settings.get()
            result = await client.timeman.timecontrol.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_TimemanTimecontrolSettings",
            self._backend._invoke(_TIMEMAN_TIMECONTROL_SETTINGS_GET, {}),
        )

    def set(
        self,
        *,
        active: bool | NotGiven = NOT_GIVEN,
        minimum_idle_for_report: int | NotGiven = NOT_GIVEN,
        register_offline: bool | NotGiven = NOT_GIVEN,
        register_idle: bool | NotGiven = NOT_GIVEN,
        register_desktop: bool | NotGiven = NOT_GIVEN,
        report_request_type: Literal["all", "user", "none"] | NotGiven = NOT_GIVEN,
        report_request_users: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        report_simple_type: Literal["all", "user", "none"] | NotGiven = NOT_GIVEN,
        report_simple_users: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        report_full_type: Literal["all", "user", "none"] | NotGiven = NOT_GIVEN,
        report_full_users: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Turn absence tracking on or off and choose who files and sees reports.

        Administrators only.

        REST method: ``timeman.timecontrol.settings.set``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-set.html

        Args:
            active: true or 1 turns the module on, 0 turns it off (false does not). Wire name: ``ACTIVE``.
            minimum_idle_for_report: Absence, in minutes, after which a report is required. Wire name: ``MINIMUM_IDLE_FOR_REPORT``.
            register_offline: Whether to record the offline status. Wire name: ``REGISTER_OFFLINE``.
            register_idle: Whether to record the Away status. Wire name: ``REGISTER_IDLE``.
            register_desktop: Whether to record the desktop app status. Wire name: ``REGISTER_DESKTOP``.
            report_request_type: Who is asked for absence reports: "all", "user" (the users listed) or "none". Wire name: ``REPORT_REQUEST_TYPE``.
            report_request_users: IDs of users asked for reports, when REPORT_REQUEST_TYPE is "user". Wire name: ``REPORT_REQUEST_USERS``.
            report_simple_type: Who sees the simple report: "all", "user" (the users listed) or "none". Wire name: ``REPORT_SIMPLE_TYPE``.
            report_simple_users: IDs of users with the simple report, when REPORT_SIMPLE_TYPE is "user". Wire name: ``REPORT_SIMPLE_USERS``.
            report_full_type: Who sees the full report: "all", "user" (the users listed) or "none". Wire name: ``REPORT_FULL_TYPE``.
            report_full_users: IDs of users with the full report, when REPORT_FULL_TYPE is "user". Wire name: ``REPORT_FULL_USERS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.settings.set()
            result = await client.timeman.timecontrol.settings.set()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_SETTINGS_SET,
                {
                    "ACTIVE": active,
                    "MINIMUM_IDLE_FOR_REPORT": minimum_idle_for_report,
                    "REGISTER_OFFLINE": register_offline,
                    "REGISTER_IDLE": register_idle,
                    "REGISTER_DESKTOP": register_desktop,
                    "REPORT_REQUEST_TYPE": report_request_type,
                    "REPORT_REQUEST_USERS": report_request_users,
                    "REPORT_SIMPLE_TYPE": report_simple_type,
                    "REPORT_SIMPLE_USERS": report_simple_users,
                    "REPORT_FULL_TYPE": report_full_type,
                    "REPORT_FULL_USERS": report_full_users,
                },
            ),
        )


class AsyncTimemanTimecontrolSettings(Namespace):
    """Methods under ``timeman.timecontrol.settings`` (async)."""

    __slots__ = ()

    async def get(self) -> _TimemanTimecontrolSettings:
        """Get the time control module settings: what is tracked and who sees reports.

        Administrators only.

        REST method: ``timeman.timecontrol.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-get.html

        Returns:
            TimemanTimecontrolSettings

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.settings.get()
            result = await client.timeman.timecontrol.settings.get()  # AsyncBitrix24
        """
        return cast(
            "_TimemanTimecontrolSettings",
            await self._backend._invoke(_TIMEMAN_TIMECONTROL_SETTINGS_GET, {}),
        )

    async def set(
        self,
        *,
        active: bool | NotGiven = NOT_GIVEN,
        minimum_idle_for_report: int | NotGiven = NOT_GIVEN,
        register_offline: bool | NotGiven = NOT_GIVEN,
        register_idle: bool | NotGiven = NOT_GIVEN,
        register_desktop: bool | NotGiven = NOT_GIVEN,
        report_request_type: Literal["all", "user", "none"] | NotGiven = NOT_GIVEN,
        report_request_users: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        report_simple_type: Literal["all", "user", "none"] | NotGiven = NOT_GIVEN,
        report_simple_users: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        report_full_type: Literal["all", "user", "none"] | NotGiven = NOT_GIVEN,
        report_full_users: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Turn absence tracking on or off and choose who files and sees reports.

        Administrators only.

        REST method: ``timeman.timecontrol.settings.set``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-set.html

        Args:
            active: true or 1 turns the module on, 0 turns it off (false does not). Wire name: ``ACTIVE``.
            minimum_idle_for_report: Absence, in minutes, after which a report is required. Wire name: ``MINIMUM_IDLE_FOR_REPORT``.
            register_offline: Whether to record the offline status. Wire name: ``REGISTER_OFFLINE``.
            register_idle: Whether to record the Away status. Wire name: ``REGISTER_IDLE``.
            register_desktop: Whether to record the desktop app status. Wire name: ``REGISTER_DESKTOP``.
            report_request_type: Who is asked for absence reports: "all", "user" (the users listed) or "none". Wire name: ``REPORT_REQUEST_TYPE``.
            report_request_users: IDs of users asked for reports, when REPORT_REQUEST_TYPE is "user". Wire name: ``REPORT_REQUEST_USERS``.
            report_simple_type: Who sees the simple report: "all", "user" (the users listed) or "none". Wire name: ``REPORT_SIMPLE_TYPE``.
            report_simple_users: IDs of users with the simple report, when REPORT_SIMPLE_TYPE is "user". Wire name: ``REPORT_SIMPLE_USERS``.
            report_full_type: Who sees the full report: "all", "user" (the users listed) or "none". Wire name: ``REPORT_FULL_TYPE``.
            report_full_users: IDs of users with the full report, when REPORT_FULL_TYPE is "user". Wire name: ``REPORT_FULL_USERS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.timecontrol.settings.set()
            result = await client.timeman.timecontrol.settings.set()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TIMEMAN_TIMECONTROL_SETTINGS_SET,
                {
                    "ACTIVE": active,
                    "MINIMUM_IDLE_FOR_REPORT": minimum_idle_for_report,
                    "REGISTER_OFFLINE": register_offline,
                    "REGISTER_IDLE": register_idle,
                    "REGISTER_DESKTOP": register_desktop,
                    "REPORT_REQUEST_TYPE": report_request_type,
                    "REPORT_REQUEST_USERS": report_request_users,
                    "REPORT_SIMPLE_TYPE": report_simple_type,
                    "REPORT_SIMPLE_USERS": report_simple_users,
                    "REPORT_FULL_TYPE": report_full_type,
                    "REPORT_FULL_USERS": report_full_users,
                },
            ),
        )


class BatchTimemanTimecontrolSettings(Namespace):
    """Methods under ``timeman.timecontrol.settings`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_TimemanTimecontrolSettings]:
        """Get the time control module settings: what is tracked and who sees reports.

        Administrators only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.timecontrol.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-get.html

        Returns:
            BatchCommand[TimemanTimecontrolSettings]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.timeman.timecontrol.settings.get()
        """
        return cast(
            "BatchCommand[_TimemanTimecontrolSettings]",
            self._backend._invoke(_TIMEMAN_TIMECONTROL_SETTINGS_GET, {}),
        )

    def set(
        self,
        *,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        minimum_idle_for_report: int | Ref | NotGiven = NOT_GIVEN,
        register_offline: bool | Ref | NotGiven = NOT_GIVEN,
        register_idle: bool | Ref | NotGiven = NOT_GIVEN,
        register_desktop: bool | Ref | NotGiven = NOT_GIVEN,
        report_request_type: (
            Literal["all", "user", "none"] | Ref | NotGiven
        ) = NOT_GIVEN,
        report_request_users: (
            Sequence[Any] | dict[str, Any] | Ref | NotGiven
        ) = NOT_GIVEN,
        report_simple_type: Literal["all", "user", "none"] | Ref | NotGiven = NOT_GIVEN,
        report_simple_users: (
            Sequence[Any] | dict[str, Any] | Ref | NotGiven
        ) = NOT_GIVEN,
        report_full_type: Literal["all", "user", "none"] | Ref | NotGiven = NOT_GIVEN,
        report_full_users: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Turn absence tracking on or off and choose who files and sees reports.

        Administrators only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.timecontrol.settings.set``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/timecontrol/timeman-timecontrol-settings-set.html

        Args:
            active: true or 1 turns the module on, 0 turns it off (false does not). Wire name: ``ACTIVE``.
            minimum_idle_for_report: Absence, in minutes, after which a report is required. Wire name: ``MINIMUM_IDLE_FOR_REPORT``.
            register_offline: Whether to record the offline status. Wire name: ``REGISTER_OFFLINE``.
            register_idle: Whether to record the Away status. Wire name: ``REGISTER_IDLE``.
            register_desktop: Whether to record the desktop app status. Wire name: ``REGISTER_DESKTOP``.
            report_request_type: Who is asked for absence reports: "all", "user" (the users listed) or "none". Wire name: ``REPORT_REQUEST_TYPE``.
            report_request_users: IDs of users asked for reports, when REPORT_REQUEST_TYPE is "user". Wire name: ``REPORT_REQUEST_USERS``.
            report_simple_type: Who sees the simple report: "all", "user" (the users listed) or "none". Wire name: ``REPORT_SIMPLE_TYPE``.
            report_simple_users: IDs of users with the simple report, when REPORT_SIMPLE_TYPE is "user". Wire name: ``REPORT_SIMPLE_USERS``.
            report_full_type: Who sees the full report: "all", "user" (the users listed) or "none". Wire name: ``REPORT_FULL_TYPE``.
            report_full_users: IDs of users with the full report, when REPORT_FULL_TYPE is "user". Wire name: ``REPORT_FULL_USERS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.timeman.timecontrol.settings.set()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TIMEMAN_TIMECONTROL_SETTINGS_SET,
                {
                    "ACTIVE": active,
                    "MINIMUM_IDLE_FOR_REPORT": minimum_idle_for_report,
                    "REGISTER_OFFLINE": register_offline,
                    "REGISTER_IDLE": register_idle,
                    "REGISTER_DESKTOP": register_desktop,
                    "REPORT_REQUEST_TYPE": report_request_type,
                    "REPORT_REQUEST_USERS": report_request_users,
                    "REPORT_SIMPLE_TYPE": report_simple_type,
                    "REPORT_SIMPLE_USERS": report_simple_users,
                    "REPORT_FULL_TYPE": report_full_type,
                    "REPORT_FULL_USERS": report_full_users,
                },
            ),
        )
