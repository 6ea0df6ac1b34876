"""Methods under ``voximplant.statistic``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.voximplant import VoximplantStatistic as _VoximplantStatistic

_VOXIMPLANT_STATISTIC_GET = MethodInfo(
    name="voximplant.statistic.get", idempotent=True, returns="any", api=1
)


class VoximplantStatistic(Namespace):
    """Methods under ``voximplant.statistic``."""

    __slots__ = ()

    def get(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        order: Literal["ASC", "DESC"] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_VoximplantStatistic]:
        """List call history records from telephony statistics, with filter and sort.

        Requires the Call statistics - View permission. Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``voximplant.statistic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html

        Args:
            filter: Filter on call fields such as CALL_ID, PORTAL_USER_ID, PHONE_NUMBER, CALL_TYPE, CALL_START_DATE, CALL_FAILED_CODE or CRM_ENTITY_ID; a "?" key prefix searches text. Wire name: ``FILTER``.
            sort: Field to sort by, one of the filter fields except CALL_TYPE. Wire name: ``SORT``.
            order: \"ASC" or "DESC". Wire name: ``ORDER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Page[VoximplantStatistic]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.statistic.get()
            result = await client.voximplant.statistic.get()  # AsyncBitrix24
        """
        return cast(
            "Page[_VoximplantStatistic]",
            self._backend._invoke_page(
                _VOXIMPLANT_STATISTIC_GET,
                {"FILTER": filter, "SORT": sort, "ORDER": order, "start": start},
            ),
        )


class AsyncVoximplantStatistic(Namespace):
    """Methods under ``voximplant.statistic`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        order: Literal["ASC", "DESC"] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_VoximplantStatistic]:
        """List call history records from telephony statistics, with filter and sort.

        Requires the Call statistics - View permission. Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``voximplant.statistic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html

        Args:
            filter: Filter on call fields such as CALL_ID, PORTAL_USER_ID, PHONE_NUMBER, CALL_TYPE, CALL_START_DATE, CALL_FAILED_CODE or CRM_ENTITY_ID; a "?" key prefix searches text. Wire name: ``FILTER``.
            sort: Field to sort by, one of the filter fields except CALL_TYPE. Wire name: ``SORT``.
            order: \"ASC" or "DESC". Wire name: ``ORDER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            AsyncPage[VoximplantStatistic]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.statistic.get()
            result = await client.voximplant.statistic.get()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_VoximplantStatistic]",
            await self._backend._invoke_page(
                _VOXIMPLANT_STATISTIC_GET,
                {"FILTER": filter, "SORT": sort, "ORDER": order, "start": start},
            ),
        )


class BatchVoximplantStatistic(Namespace):
    """Methods under ``voximplant.statistic`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        sort: str | Ref | NotGiven = NOT_GIVEN,
        order: Literal["ASC", "DESC"] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_VoximplantStatistic]]:
        """List call history records from telephony statistics, with filter and sort.

        Requires the Call statistics - View permission. Pages hold 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.statistic.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html

        Args:
            filter: Filter on call fields such as CALL_ID, PORTAL_USER_ID, PHONE_NUMBER, CALL_TYPE, CALL_START_DATE, CALL_FAILED_CODE or CRM_ENTITY_ID; a "?" key prefix searches text. Wire name: ``FILTER``.
            sort: Field to sort by, one of the filter fields except CALL_TYPE. Wire name: ``SORT``.
            order: \"ASC" or "DESC". Wire name: ``ORDER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[list[VoximplantStatistic]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.statistic.get()
        """
        return cast(
            "BatchCommand[list[_VoximplantStatistic]]",
            self._backend._invoke_page(
                _VOXIMPLANT_STATISTIC_GET,
                {"FILTER": filter, "SORT": sort, "ORDER": order, "start": start},
            ),
        )
