"""Methods under ``socialnetwork.api``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.socialnetwork import (
        SocialnetworkApiWorkgroup as _SocialnetworkApiWorkgroup,
        SocialnetworkApiWorkgroupGetParams,
        SocialnetworkApiWorkgroupListParams,
    )

_SOCIALNETWORK_API_WORKGROUP_GET = MethodInfo(
    name="socialnetwork.api.workgroup.get", idempotent=True, returns="any", api=1
)
_SOCIALNETWORK_API_WORKGROUP_LIST = MethodInfo(
    name="socialnetwork.api.workgroup.list", idempotent=True, returns="any", api=1
)


class SocialnetworkApi(Namespace):
    """Methods under ``socialnetwork.api``."""

    __slots__ = ()

    @property
    def workgroup(self) -> SocialnetworkApiWorkgroup:
        """Methods under ``socialnetwork.api.workgroup``."""
        return SocialnetworkApiWorkgroup(self._backend)


class AsyncSocialnetworkApi(Namespace):
    """Methods under ``socialnetwork.api`` (async)."""

    __slots__ = ()

    @property
    def workgroup(self) -> AsyncSocialnetworkApiWorkgroup:
        """Methods under ``socialnetwork.api.workgroup``."""
        return AsyncSocialnetworkApiWorkgroup(self._backend)


class BatchSocialnetworkApi(Namespace):
    """Methods under ``socialnetwork.api`` (queued into a batch)."""

    __slots__ = ()

    @property
    def workgroup(self) -> BatchSocialnetworkApiWorkgroup:
        """Methods under ``socialnetwork.api.workgroup``."""
        return BatchSocialnetworkApiWorkgroup(self._backend)


class SocialnetworkApiWorkgroup(Namespace):
    """Methods under ``socialnetwork.api.workgroup``."""

    __slots__ = ()

    def get(
        self, *, params: SocialnetworkApiWorkgroupGetParams
    ) -> _SocialnetworkApiWorkgroup:
        """Get socialnetwork api workgroup.

        REST method: ``socialnetwork.api.workgroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html

        Returns:
            SocialnetworkApiWorkgroup

        Example:
            result = client.socialnetwork.api.workgroup.get(params={"groupId": 1})
            result = await client.socialnetwork.api.workgroup.get(params={"groupId": 1})  # AsyncBitrix24
        """
        return cast(
            "_SocialnetworkApiWorkgroup",
            self._backend._invoke(_SOCIALNETWORK_API_WORKGROUP_GET, {"params": params}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        params: SocialnetworkApiWorkgroupListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SocialnetworkApiWorkgroup]:
        """List socialnetwork api workgroup entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``socialnetwork.api.workgroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html

        Returns:
            Page[SocialnetworkApiWorkgroup]

        Example:
            result = client.socialnetwork.api.workgroup.list()
            result = await client.socialnetwork.api.workgroup.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SocialnetworkApiWorkgroup]",
            self._backend._invoke_page(
                _SOCIALNETWORK_API_WORKGROUP_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "params": params,
                    "start": start,
                },
            ),
        )


class AsyncSocialnetworkApiWorkgroup(Namespace):
    """Methods under ``socialnetwork.api.workgroup`` (async)."""

    __slots__ = ()

    async def get(
        self, *, params: SocialnetworkApiWorkgroupGetParams
    ) -> _SocialnetworkApiWorkgroup:
        """Get socialnetwork api workgroup.

        REST method: ``socialnetwork.api.workgroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html

        Returns:
            SocialnetworkApiWorkgroup

        Example:
            result = client.socialnetwork.api.workgroup.get(params={"groupId": 1})
            result = await client.socialnetwork.api.workgroup.get(params={"groupId": 1})  # AsyncBitrix24
        """
        return cast(
            "_SocialnetworkApiWorkgroup",
            await self._backend._invoke(
                _SOCIALNETWORK_API_WORKGROUP_GET, {"params": params}
            ),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        params: SocialnetworkApiWorkgroupListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SocialnetworkApiWorkgroup]:
        """List socialnetwork api workgroup entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``socialnetwork.api.workgroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html

        Returns:
            AsyncPage[SocialnetworkApiWorkgroup]

        Example:
            result = client.socialnetwork.api.workgroup.list()
            result = await client.socialnetwork.api.workgroup.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SocialnetworkApiWorkgroup]",
            await self._backend._invoke_page(
                _SOCIALNETWORK_API_WORKGROUP_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "params": params,
                    "start": start,
                },
            ),
        )


class BatchSocialnetworkApiWorkgroup(Namespace):
    """Methods under ``socialnetwork.api.workgroup`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, params: SocialnetworkApiWorkgroupGetParams | Ref
    ) -> BatchCommand[_SocialnetworkApiWorkgroup]:
        """Get socialnetwork api workgroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``socialnetwork.api.workgroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html

        Returns:
            BatchCommand[SocialnetworkApiWorkgroup]

        Example:
            command = batch.socialnetwork.api.workgroup.get(params={"groupId": 1})
        """
        return cast(
            "BatchCommand[_SocialnetworkApiWorkgroup]",
            self._backend._invoke(_SOCIALNETWORK_API_WORKGROUP_GET, {"params": params}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        params: SocialnetworkApiWorkgroupListParams | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SocialnetworkApiWorkgroup]]:
        """List socialnetwork api workgroup entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``socialnetwork.api.workgroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html

        Returns:
            BatchCommand[list[SocialnetworkApiWorkgroup]]

        Example:
            command = batch.socialnetwork.api.workgroup.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SocialnetworkApiWorkgroup]]",
            self._backend._invoke_page(
                _SOCIALNETWORK_API_WORKGROUP_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "params": params,
                    "start": start,
                },
            ),
        )
