"""Methods under ``timeman.networkrange``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.timeman import (
        TimemanNetworkrange as _TimemanNetworkrange,
        TimemanNetworkrangeCheckResult,
        TimemanNetworkrangeSetResult,
    )

_TIMEMAN_NETWORKRANGE_CHECK = MethodInfo(
    name="timeman.networkrange.check", idempotent=False, returns="any", api=1
)
_TIMEMAN_NETWORKRANGE_GET = MethodInfo(
    name="timeman.networkrange.get", idempotent=True, returns="any", api=1
)
_TIMEMAN_NETWORKRANGE_SET = MethodInfo(
    name="timeman.networkrange.set", idempotent=False, returns="any", api=1
)


class TimemanNetworkrange(Namespace):
    """Methods under ``timeman.networkrange``."""

    __slots__ = ()

    def check(
        self, *, ip: str | NotGiven = NOT_GIVEN
    ) -> TimemanNetworkrangeCheckResult:
        """Check whether an IP address belongs to one of the office network ranges.

        Administrators only. Returns false when the address is in no range; at least one range must be set.

        REST method: ``timeman.networkrange.check``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-check.html

        Args:
            ip: IP address to check, such as "10.10.255.25"; default the caller's address. Wire name: ``IP``.

        Returns:
            TimemanNetworkrangeCheckResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.networkrange.check()
            result = await client.timeman.networkrange.check()  # AsyncBitrix24
        """
        return cast(
            "TimemanNetworkrangeCheckResult",
            self._backend._invoke(_TIMEMAN_NETWORKRANGE_CHECK, {"IP": ip}),
        )

    def get(self) -> list[_TimemanNetworkrange]:
        """List the IP address ranges defined as the office network.

        Administrators only.

        REST method: ``timeman.networkrange.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-get.html

        Returns:
            list[TimemanNetworkrange]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.networkrange.get()
            result = await client.timeman.networkrange.get()  # AsyncBitrix24
        """
        return cast(
            "list[_TimemanNetworkrange]",
            self._backend._invoke(_TIMEMAN_NETWORKRANGE_GET, {}),
        )

    def set(self, *, ranges: Sequence[dict[str, Any]]) -> TimemanNetworkrangeSetResult:
        """Replace the office network IP ranges used by time tracking.

        Administrators only.

        REST method: ``timeman.networkrange.set``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-set.html

        Args:
            ranges: Ranges as a list of objects with ip_range (a block such as "10.0.0.0-10.255.255.255" or a single address) and name.

        Returns:
            TimemanNetworkrangeSetResult

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.networkrange.set(ranges=[{}])
            result = await client.timeman.networkrange.set(ranges=[{}])  # AsyncBitrix24
        """
        return cast(
            "TimemanNetworkrangeSetResult",
            self._backend._invoke(_TIMEMAN_NETWORKRANGE_SET, {"ranges": ranges}),
        )


class AsyncTimemanNetworkrange(Namespace):
    """Methods under ``timeman.networkrange`` (async)."""

    __slots__ = ()

    async def check(
        self, *, ip: str | NotGiven = NOT_GIVEN
    ) -> TimemanNetworkrangeCheckResult:
        """Check whether an IP address belongs to one of the office network ranges.

        Administrators only. Returns false when the address is in no range; at least one range must be set.

        REST method: ``timeman.networkrange.check``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-check.html

        Args:
            ip: IP address to check, such as "10.10.255.25"; default the caller's address. Wire name: ``IP``.

        Returns:
            TimemanNetworkrangeCheckResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.networkrange.check()
            result = await client.timeman.networkrange.check()  # AsyncBitrix24
        """
        return cast(
            "TimemanNetworkrangeCheckResult",
            await self._backend._invoke(_TIMEMAN_NETWORKRANGE_CHECK, {"IP": ip}),
        )

    async def get(self) -> list[_TimemanNetworkrange]:
        """List the IP address ranges defined as the office network.

        Administrators only.

        REST method: ``timeman.networkrange.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-get.html

        Returns:
            list[TimemanNetworkrange]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.networkrange.get()
            result = await client.timeman.networkrange.get()  # AsyncBitrix24
        """
        return cast(
            "list[_TimemanNetworkrange]",
            await self._backend._invoke(_TIMEMAN_NETWORKRANGE_GET, {}),
        )

    async def set(
        self, *, ranges: Sequence[dict[str, Any]]
    ) -> TimemanNetworkrangeSetResult:
        """Replace the office network IP ranges used by time tracking.

        Administrators only.

        REST method: ``timeman.networkrange.set``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-set.html

        Args:
            ranges: Ranges as a list of objects with ip_range (a block such as "10.0.0.0-10.255.255.255" or a single address) and name.

        Returns:
            TimemanNetworkrangeSetResult

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.timeman.networkrange.set(ranges=[{}])
            result = await client.timeman.networkrange.set(ranges=[{}])  # AsyncBitrix24
        """
        return cast(
            "TimemanNetworkrangeSetResult",
            await self._backend._invoke(_TIMEMAN_NETWORKRANGE_SET, {"ranges": ranges}),
        )


class BatchTimemanNetworkrange(Namespace):
    """Methods under ``timeman.networkrange`` (queued into a batch)."""

    __slots__ = ()

    def check(
        self, *, ip: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[TimemanNetworkrangeCheckResult]:
        """Check whether an IP address belongs to one of the office network ranges.

        Administrators only. Returns false when the address is in no range; at least one range must be set.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.networkrange.check``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-check.html

        Args:
            ip: IP address to check, such as "10.10.255.25"; default the caller's address. Wire name: ``IP``.

        Returns:
            BatchCommand[TimemanNetworkrangeCheckResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.timeman.networkrange.check()
        """
        return cast(
            "BatchCommand[TimemanNetworkrangeCheckResult]",
            self._backend._invoke(_TIMEMAN_NETWORKRANGE_CHECK, {"IP": ip}),
        )

    def get(self) -> BatchCommand[list[_TimemanNetworkrange]]:
        """List the IP address ranges defined as the office network.

        Administrators only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.networkrange.get``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-get.html

        Returns:
            BatchCommand[list[TimemanNetworkrange]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.timeman.networkrange.get()
        """
        return cast(
            "BatchCommand[list[_TimemanNetworkrange]]",
            self._backend._invoke(_TIMEMAN_NETWORKRANGE_GET, {}),
        )

    def set(
        self, *, ranges: Sequence[dict[str, Any]] | Ref
    ) -> BatchCommand[TimemanNetworkrangeSetResult]:
        """Replace the office network IP ranges used by time tracking.

        Administrators only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``timeman.networkrange.set``
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/networkrange/timeman-networkrange-set.html

        Args:
            ranges: Ranges as a list of objects with ip_range (a block such as "10.0.0.0-10.255.255.255" or a single address) and name.

        Returns:
            BatchCommand[TimemanNetworkrangeSetResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.timeman.networkrange.set(ranges=[{}])
        """
        return cast(
            "BatchCommand[TimemanNetworkrangeSetResult]",
            self._backend._invoke(_TIMEMAN_NETWORKRANGE_SET, {"ranges": ranges}),
        )
