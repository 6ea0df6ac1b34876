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
        """Get one workgroup, project, scrum team or collab by its ID.

        An administrator can read any group on the portal, including secret groups they are not a member of.

        REST method: ``socialnetwork.api.workgroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html

        Args:
            params: Request settings.

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
        """List workgroups, projects, scrum teams and collabs visible to the current user.

        Pages hold 50 records. Access rights are checked unless params IS_ADMIN is "Y", and a filter by site
        is always added. Without select only ID is returned.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``socialnetwork.api.workgroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html

        Args:
            filter: Filter on fields such as ID, NAME, OWNER_ID, ACTIVE, VISIBLE, OPENED, CLOSED, PROJECT, SITE_ID or DATE_CREATE; a key may carry an operator prefix such as ">=", "%" or "!".
            select: Fields to return; only ID when empty.
            order: Sort order, such as {"NAME": "ASC"}; "ASC" or "DESC" per filterable field.
            params: Extra request settings.
            start: Offset of the page: (page number - 1) * 50; -1 omits total from the answer.

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
        """Get one workgroup, project, scrum team or collab by its ID.

        An administrator can read any group on the portal, including secret groups they are not a member of.

        REST method: ``socialnetwork.api.workgroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html

        Args:
            params: Request settings.

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
        """List workgroups, projects, scrum teams and collabs visible to the current user.

        Pages hold 50 records. Access rights are checked unless params IS_ADMIN is "Y", and a filter by site
        is always added. Without select only ID is returned.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``socialnetwork.api.workgroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html

        Args:
            filter: Filter on fields such as ID, NAME, OWNER_ID, ACTIVE, VISIBLE, OPENED, CLOSED, PROJECT, SITE_ID or DATE_CREATE; a key may carry an operator prefix such as ">=", "%" or "!".
            select: Fields to return; only ID when empty.
            order: Sort order, such as {"NAME": "ASC"}; "ASC" or "DESC" per filterable field.
            params: Extra request settings.
            start: Offset of the page: (page number - 1) * 50; -1 omits total from the answer.

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
        """Get one workgroup, project, scrum team or collab by its ID.

        An administrator can read any group on the portal, including secret groups they are not a member of.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``socialnetwork.api.workgroup.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-get.html

        Args:
            params: Request settings.

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
        """List workgroups, projects, scrum teams and collabs visible to the current user.

        Pages hold 50 records. Access rights are checked unless params IS_ADMIN is "Y", and a filter by site
        is always added. Without select only ID is returned.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``socialnetwork.api.workgroup.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html

        Args:
            filter: Filter on fields such as ID, NAME, OWNER_ID, ACTIVE, VISIBLE, OPENED, CLOSED, PROJECT, SITE_ID or DATE_CREATE; a key may carry an operator prefix such as ">=", "%" or "!".
            select: Fields to return; only ID when empty.
            order: Sort order, such as {"NAME": "ASC"}; "ASC" or "DESC" per filterable field.
            params: Extra request settings.
            start: Offset of the page: (page number - 1) * 50; -1 omits total from the answer.

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
