"""Methods under ``calendar.accessibility``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_CALENDAR_ACCESSIBILITY_GET = MethodInfo(
    name="calendar.accessibility.get", idempotent=True, returns="any", api=1
)


class CalendarAccessibility(Namespace):
    """Methods under ``calendar.accessibility``."""

    __slots__ = ()

    def get(
        self,
        *,
        users: Sequence[int],
        from_: datetime.date | str,
        to: datetime.date | str,
    ) -> dict[str, Any]:
        """Check when the given users are busy between two dates, for scheduling a meeting.

        REST method: ``calendar.accessibility.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-accessibility-get.html

        Args:
            users: IDs of the users to check.
            from_: First day of the period, as YYYY-MM-DD, for example "2024-06-20". Wire name: ``from``.
            to: Last day of the period, as YYYY-MM-DD.

        Returns:
            dict[str, Any]

        Example:
            result = client.calendar.accessibility.get(users=[1], from_="2025-01-31", to="2025-01-31")
            result = await client.calendar.accessibility.get(users=[1], from_="2025-01-31", to="2025-01-31")  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _CALENDAR_ACCESSIBILITY_GET, {"users": users, "from": from_, "to": to}
            ),
        )


class AsyncCalendarAccessibility(Namespace):
    """Methods under ``calendar.accessibility`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        users: Sequence[int],
        from_: datetime.date | str,
        to: datetime.date | str,
    ) -> dict[str, Any]:
        """Check when the given users are busy between two dates, for scheduling a meeting.

        REST method: ``calendar.accessibility.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-accessibility-get.html

        Args:
            users: IDs of the users to check.
            from_: First day of the period, as YYYY-MM-DD, for example "2024-06-20". Wire name: ``from``.
            to: Last day of the period, as YYYY-MM-DD.

        Returns:
            dict[str, Any]

        Example:
            result = client.calendar.accessibility.get(users=[1], from_="2025-01-31", to="2025-01-31")
            result = await client.calendar.accessibility.get(users=[1], from_="2025-01-31", to="2025-01-31")  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _CALENDAR_ACCESSIBILITY_GET, {"users": users, "from": from_, "to": to}
            ),
        )


class BatchCalendarAccessibility(Namespace):
    """Methods under ``calendar.accessibility`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        users: Sequence[int] | Ref,
        from_: datetime.date | str | Ref,
        to: datetime.date | str | Ref,
    ) -> BatchCommand[dict[str, Any]]:
        """Check when the given users are busy between two dates, for scheduling a meeting.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``calendar.accessibility.get``
        Docs: https://apidocs.bitrix24.com/api-reference/calendar/calendar-event/calendar-accessibility-get.html

        Args:
            users: IDs of the users to check.
            from_: First day of the period, as YYYY-MM-DD, for example "2024-06-20". Wire name: ``from``.
            to: Last day of the period, as YYYY-MM-DD.

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.calendar.accessibility.get(users=[1], from_="2025-01-31", to="2025-01-31")
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _CALENDAR_ACCESSIBILITY_GET, {"users": users, "from": from_, "to": to}
            ),
        )
