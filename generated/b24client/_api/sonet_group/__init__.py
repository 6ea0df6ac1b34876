"""Methods under ``sonet_group``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.sonet_group import Sonet_group
    from b24client._api.sonet_group.feature import (
        AsyncSonetGroupFeature,
        BatchSonetGroupFeature,
        SonetGroupFeature,
    )
    from b24client._api.sonet_group.user import (
        AsyncSonetGroupUser,
        BatchSonetGroupUser,
        SonetGroupUser,
    )

_SONET_GROUP_CREATE = MethodInfo(
    name="sonet_group.create", idempotent=False, returns="integer", api=1
)
_SONET_GROUP_DELETE = MethodInfo(
    name="sonet_group.delete", idempotent=False, returns="boolean", api=1
)
_SONET_GROUP_GET = MethodInfo(
    name="sonet_group.get", idempotent=True, returns="any", api=1
)
_SONET_GROUP_SETOWNER = MethodInfo(
    name="sonet_group.setowner", idempotent=False, returns="boolean", api=1
)
_SONET_GROUP_UPDATE = MethodInfo(
    name="sonet_group.update", idempotent=False, returns="integer", api=1
)


class SonetGroup(Namespace):
    """Methods under ``sonet_group``."""

    __slots__ = ()

    @property
    def feature(self) -> SonetGroupFeature:
        """Methods under ``sonet_group.feature``."""
        from b24client._api.sonet_group.feature import SonetGroupFeature

        return SonetGroupFeature(self._backend)

    @property
    def user(self) -> SonetGroupUser:
        """Methods under ``sonet_group.user``."""
        from b24client._api.sonet_group.user import SonetGroupUser

        return SonetGroupUser(self._backend)

    def create(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        visible: bool | NotGiven = NOT_GIVEN,
        opened: bool | NotGiven = NOT_GIVEN,
        closed: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        keywords: str | NotGiven = NOT_GIVEN,
        initiate_perms: Literal["A", "E", "K"] | NotGiven = NOT_GIVEN,
        project: bool | NotGiven = NOT_GIVEN,
        project_date_start: datetime.datetime | str | NotGiven = NOT_GIVEN,
        project_date_finish: datetime.datetime | str | NotGiven = NOT_GIVEN,
        scrum_master_id: int | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
        image: tuple[str, str] | NotGiven = NOT_GIVEN,
        image_file_id: int | NotGiven = NOT_GIVEN,
        site_id: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        subject_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a workgroup or project (optionally a scrum) and return its ID.

        Requires the right to create groups or projects.

        REST method: ``sonet_group.create``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-create.html

        Args:
            name: Group or project name. Wire name: ``NAME``.
            description: Group or project description. Wire name: ``DESCRIPTION``.
            visible: \"Y" shows the group in the public list, "N" hides it; always "N" for extranet users. Default "Y". Wire name: ``VISIBLE``.
            opened: \"Y" lets users join freely, "N" requires an invitation or request; always "N" for extranet users. Default "N". Wire name: ``OPENED``.
            closed: \"Y" archives the group, "N" keeps it active. Default "N". Wire name: ``CLOSED``.
            keywords: Keywords, comma-separated. Wire name: ``KEYWORDS``.
            initiate_perms: Who may invite members: "A" owner only, "E" owner and moderators, "K" all members. Default "K" for intranet users, "E" for extranet users. Wire name: ``INITIATE_PERMS``.
            project: \"Y" creates a project instead of a group; default "N". Wire name: ``PROJECT``.
            project_date_start: Project start date, ISO 8601. Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Project end date, ISO 8601. Wire name: ``PROJECT_DATE_FINISH``.
            scrum_master_id: ID of the scrum master user, making the project a scrum. Wire name: ``SCRUM_MASTER_ID``.
            owner_id: ID of the owner user; only admins may set it, otherwise the caller becomes owner. Wire name: ``OWNER_ID``.
            image: Group avatar, Base64-encoded. Wire name: ``IMAGE``.
            image_file_id: ID of a Drive file to use as the avatar; wins over IMAGE. Wire name: ``IMAGE_FILE_ID``.
            site_id: IDs of the sites the group belongs to; default the current site. Wire name: ``SITE_ID``.
            subject_id: ID of the group subject (topic). Wire name: ``SUBJECT_ID``.

        Returns:
            int

        Example:
            result = client.sonet_group.create(name="Anna")
            result = await client.sonet_group.create(name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SONET_GROUP_CREATE,
                {
                    "NAME": name,
                    "DESCRIPTION": description,
                    "VISIBLE": yes_no(visible),
                    "OPENED": yes_no(opened),
                    "CLOSED": closed,
                    "KEYWORDS": keywords,
                    "INITIATE_PERMS": initiate_perms,
                    "PROJECT": yes_no(project),
                    "PROJECT_DATE_START": project_date_start,
                    "PROJECT_DATE_FINISH": project_date_finish,
                    "SCRUM_MASTER_ID": scrum_master_id,
                    "OWNER_ID": owner_id,
                    "IMAGE": image,
                    "IMAGE_FILE_ID": image_file_id,
                    "SITE_ID": site_id,
                    "SUBJECT_ID": subject_id,
                },
            ),
        )

    def delete(self, *, group_id: int) -> bool:
        """Remove a workgroup or project permanently.

        Allowed to an administrator or the group owner.

        REST method: ``sonet_group.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-delete.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.

        Returns:
            bool

        Example:
            result = client.sonet_group.delete(group_id=1)
            result = await client.sonet_group.delete(group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SONET_GROUP_DELETE, {"GROUP_ID": group_id})
        )

    def get(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        group_id: int | NotGiven = NOT_GIVEN,
        is_admin: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[Sonet_group]:
        """List the workgroups and projects the current user may see, with filter and sort.

        Pages hold 50 records. An empty list means nothing matched that the user may see.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sonet_group.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html

        Args:
            order: Sort order as {"FIELD": "ASC"|"DESC"}; default ID descending. Wire name: ``ORDER``.
            filter: Filter on ID, NAME, OWNER_ID, ACTIVE, VISIBLE, OPENED, CLOSED, DATE_CREATE, DATE_UPDATE, DATE_ACTIVITY or IS_EXTRANET; a "?" key prefix searches text. Wire name: ``FILTER``.
            group_id: ID of one group to return; added to the filter as ID. Wire name: ``GROUP_ID``.
            is_admin: \"Y" skips the rights check when the caller is an administrator; ignored otherwise. Wire name: ``IS_ADMIN``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Page[Sonet_group]

        Example:
            result = client.sonet_group.get()
            result = await client.sonet_group.get()  # AsyncBitrix24
        """
        return cast(
            "Page[Sonet_group]",
            self._backend._invoke_page(
                _SONET_GROUP_GET,
                {
                    "ORDER": order,
                    "FILTER": filter,
                    "GROUP_ID": group_id,
                    "IS_ADMIN": is_admin,
                    "start": start,
                },
            ),
        )

    def setowner(self, *, group_id: int, user_id: int) -> bool:
        """Hand ownership of a workgroup or project to another user.

        Allowed to the current owner.

        REST method: ``sonet_group.setowner``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-setowner.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of the new owner user. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.sonet_group.setowner(group_id=1, user_id=1)
            result = await client.sonet_group.setowner(group_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SONET_GROUP_SETOWNER, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    def update(
        self,
        *,
        group_id: int,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        visible: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        opened: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        closed: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        keywords: str | NotGiven = NOT_GIVEN,
        initiate_perms: Literal["A", "E", "K"] | NotGiven = NOT_GIVEN,
        project_date_start: datetime.datetime | str | NotGiven = NOT_GIVEN,
        project_date_finish: datetime.datetime | str | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
        image: tuple[str, str] | NotGiven = NOT_GIVEN,
        image_file_id: int | NotGiven = NOT_GIVEN,
        site_id: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Change the name, visibility, dates or avatar of a workgroup or project.

        Allowed to an administrator or the group owner. Returns the group ID.

        REST method: ``sonet_group.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-update.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            name: Group or project name. Wire name: ``NAME``.
            description: Group or project description. Wire name: ``DESCRIPTION``.
            visible: \"Y" shows the group in the public list, "N" hides it; always "N" for extranet users. Wire name: ``VISIBLE``.
            opened: \"Y" lets users join freely, "N" requires an invitation or request; always "N" for extranet users. Wire name: ``OPENED``.
            closed: \"Y" archives the group, "N" keeps it active. Wire name: ``CLOSED``.
            keywords: Keywords, comma-separated. Wire name: ``KEYWORDS``.
            initiate_perms: Who may invite members: "A" owner only, "E" owner and moderators, "K" all members. Wire name: ``INITIATE_PERMS``.
            project_date_start: Project start date, ISO 8601. Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Project end date, ISO 8601. Wire name: ``PROJECT_DATE_FINISH``.
            owner_id: ID of the new owner user. Wire name: ``OWNER_ID``.
            image: New group avatar, Base64-encoded. Wire name: ``IMAGE``.
            image_file_id: ID of a Drive file to use as the avatar; 0 removes the avatar, even when IMAGE is also passed. Wire name: ``IMAGE_FILE_ID``.
            site_id: IDs of the sites the group belongs to. Wire name: ``SITE_ID``.

        Returns:
            int

        Example:
            result = client.sonet_group.update(group_id=1)
            result = await client.sonet_group.update(group_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SONET_GROUP_UPDATE,
                {
                    "GROUP_ID": group_id,
                    "NAME": name,
                    "DESCRIPTION": description,
                    "VISIBLE": visible,
                    "OPENED": opened,
                    "CLOSED": closed,
                    "KEYWORDS": keywords,
                    "INITIATE_PERMS": initiate_perms,
                    "PROJECT_DATE_START": project_date_start,
                    "PROJECT_DATE_FINISH": project_date_finish,
                    "OWNER_ID": owner_id,
                    "IMAGE": image,
                    "IMAGE_FILE_ID": image_file_id,
                    "SITE_ID": site_id,
                },
            ),
        )


class AsyncSonetGroup(Namespace):
    """Methods under ``sonet_group`` (async)."""

    __slots__ = ()

    @property
    def feature(self) -> AsyncSonetGroupFeature:
        """Methods under ``sonet_group.feature``."""
        from b24client._api.sonet_group.feature import AsyncSonetGroupFeature

        return AsyncSonetGroupFeature(self._backend)

    @property
    def user(self) -> AsyncSonetGroupUser:
        """Methods under ``sonet_group.user``."""
        from b24client._api.sonet_group.user import AsyncSonetGroupUser

        return AsyncSonetGroupUser(self._backend)

    async def create(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        visible: bool | NotGiven = NOT_GIVEN,
        opened: bool | NotGiven = NOT_GIVEN,
        closed: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        keywords: str | NotGiven = NOT_GIVEN,
        initiate_perms: Literal["A", "E", "K"] | NotGiven = NOT_GIVEN,
        project: bool | NotGiven = NOT_GIVEN,
        project_date_start: datetime.datetime | str | NotGiven = NOT_GIVEN,
        project_date_finish: datetime.datetime | str | NotGiven = NOT_GIVEN,
        scrum_master_id: int | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
        image: tuple[str, str] | NotGiven = NOT_GIVEN,
        image_file_id: int | NotGiven = NOT_GIVEN,
        site_id: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        subject_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a workgroup or project (optionally a scrum) and return its ID.

        Requires the right to create groups or projects.

        REST method: ``sonet_group.create``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-create.html

        Args:
            name: Group or project name. Wire name: ``NAME``.
            description: Group or project description. Wire name: ``DESCRIPTION``.
            visible: \"Y" shows the group in the public list, "N" hides it; always "N" for extranet users. Default "Y". Wire name: ``VISIBLE``.
            opened: \"Y" lets users join freely, "N" requires an invitation or request; always "N" for extranet users. Default "N". Wire name: ``OPENED``.
            closed: \"Y" archives the group, "N" keeps it active. Default "N". Wire name: ``CLOSED``.
            keywords: Keywords, comma-separated. Wire name: ``KEYWORDS``.
            initiate_perms: Who may invite members: "A" owner only, "E" owner and moderators, "K" all members. Default "K" for intranet users, "E" for extranet users. Wire name: ``INITIATE_PERMS``.
            project: \"Y" creates a project instead of a group; default "N". Wire name: ``PROJECT``.
            project_date_start: Project start date, ISO 8601. Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Project end date, ISO 8601. Wire name: ``PROJECT_DATE_FINISH``.
            scrum_master_id: ID of the scrum master user, making the project a scrum. Wire name: ``SCRUM_MASTER_ID``.
            owner_id: ID of the owner user; only admins may set it, otherwise the caller becomes owner. Wire name: ``OWNER_ID``.
            image: Group avatar, Base64-encoded. Wire name: ``IMAGE``.
            image_file_id: ID of a Drive file to use as the avatar; wins over IMAGE. Wire name: ``IMAGE_FILE_ID``.
            site_id: IDs of the sites the group belongs to; default the current site. Wire name: ``SITE_ID``.
            subject_id: ID of the group subject (topic). Wire name: ``SUBJECT_ID``.

        Returns:
            int

        Example:
            result = client.sonet_group.create(name="Anna")
            result = await client.sonet_group.create(name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SONET_GROUP_CREATE,
                {
                    "NAME": name,
                    "DESCRIPTION": description,
                    "VISIBLE": yes_no(visible),
                    "OPENED": yes_no(opened),
                    "CLOSED": closed,
                    "KEYWORDS": keywords,
                    "INITIATE_PERMS": initiate_perms,
                    "PROJECT": yes_no(project),
                    "PROJECT_DATE_START": project_date_start,
                    "PROJECT_DATE_FINISH": project_date_finish,
                    "SCRUM_MASTER_ID": scrum_master_id,
                    "OWNER_ID": owner_id,
                    "IMAGE": image,
                    "IMAGE_FILE_ID": image_file_id,
                    "SITE_ID": site_id,
                    "SUBJECT_ID": subject_id,
                },
            ),
        )

    async def delete(self, *, group_id: int) -> bool:
        """Remove a workgroup or project permanently.

        Allowed to an administrator or the group owner.

        REST method: ``sonet_group.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-delete.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.

        Returns:
            bool

        Example:
            result = client.sonet_group.delete(group_id=1)
            result = await client.sonet_group.delete(group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_SONET_GROUP_DELETE, {"GROUP_ID": group_id}),
        )

    async def get(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        group_id: int | NotGiven = NOT_GIVEN,
        is_admin: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Sonet_group]:
        """List the workgroups and projects the current user may see, with filter and sort.

        Pages hold 50 records. An empty list means nothing matched that the user may see.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sonet_group.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html

        Args:
            order: Sort order as {"FIELD": "ASC"|"DESC"}; default ID descending. Wire name: ``ORDER``.
            filter: Filter on ID, NAME, OWNER_ID, ACTIVE, VISIBLE, OPENED, CLOSED, DATE_CREATE, DATE_UPDATE, DATE_ACTIVITY or IS_EXTRANET; a "?" key prefix searches text. Wire name: ``FILTER``.
            group_id: ID of one group to return; added to the filter as ID. Wire name: ``GROUP_ID``.
            is_admin: \"Y" skips the rights check when the caller is an administrator; ignored otherwise. Wire name: ``IS_ADMIN``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            AsyncPage[Sonet_group]

        Example:
            result = client.sonet_group.get()
            result = await client.sonet_group.get()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[Sonet_group]",
            await self._backend._invoke_page(
                _SONET_GROUP_GET,
                {
                    "ORDER": order,
                    "FILTER": filter,
                    "GROUP_ID": group_id,
                    "IS_ADMIN": is_admin,
                    "start": start,
                },
            ),
        )

    async def setowner(self, *, group_id: int, user_id: int) -> bool:
        """Hand ownership of a workgroup or project to another user.

        Allowed to the current owner.

        REST method: ``sonet_group.setowner``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-setowner.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of the new owner user. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.sonet_group.setowner(group_id=1, user_id=1)
            result = await client.sonet_group.setowner(group_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SONET_GROUP_SETOWNER, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    async def update(
        self,
        *,
        group_id: int,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        visible: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        opened: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        closed: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        keywords: str | NotGiven = NOT_GIVEN,
        initiate_perms: Literal["A", "E", "K"] | NotGiven = NOT_GIVEN,
        project_date_start: datetime.datetime | str | NotGiven = NOT_GIVEN,
        project_date_finish: datetime.datetime | str | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
        image: tuple[str, str] | NotGiven = NOT_GIVEN,
        image_file_id: int | NotGiven = NOT_GIVEN,
        site_id: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Change the name, visibility, dates or avatar of a workgroup or project.

        Allowed to an administrator or the group owner. Returns the group ID.

        REST method: ``sonet_group.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-update.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            name: Group or project name. Wire name: ``NAME``.
            description: Group or project description. Wire name: ``DESCRIPTION``.
            visible: \"Y" shows the group in the public list, "N" hides it; always "N" for extranet users. Wire name: ``VISIBLE``.
            opened: \"Y" lets users join freely, "N" requires an invitation or request; always "N" for extranet users. Wire name: ``OPENED``.
            closed: \"Y" archives the group, "N" keeps it active. Wire name: ``CLOSED``.
            keywords: Keywords, comma-separated. Wire name: ``KEYWORDS``.
            initiate_perms: Who may invite members: "A" owner only, "E" owner and moderators, "K" all members. Wire name: ``INITIATE_PERMS``.
            project_date_start: Project start date, ISO 8601. Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Project end date, ISO 8601. Wire name: ``PROJECT_DATE_FINISH``.
            owner_id: ID of the new owner user. Wire name: ``OWNER_ID``.
            image: New group avatar, Base64-encoded. Wire name: ``IMAGE``.
            image_file_id: ID of a Drive file to use as the avatar; 0 removes the avatar, even when IMAGE is also passed. Wire name: ``IMAGE_FILE_ID``.
            site_id: IDs of the sites the group belongs to. Wire name: ``SITE_ID``.

        Returns:
            int

        Example:
            result = client.sonet_group.update(group_id=1)
            result = await client.sonet_group.update(group_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SONET_GROUP_UPDATE,
                {
                    "GROUP_ID": group_id,
                    "NAME": name,
                    "DESCRIPTION": description,
                    "VISIBLE": visible,
                    "OPENED": opened,
                    "CLOSED": closed,
                    "KEYWORDS": keywords,
                    "INITIATE_PERMS": initiate_perms,
                    "PROJECT_DATE_START": project_date_start,
                    "PROJECT_DATE_FINISH": project_date_finish,
                    "OWNER_ID": owner_id,
                    "IMAGE": image,
                    "IMAGE_FILE_ID": image_file_id,
                    "SITE_ID": site_id,
                },
            ),
        )


class BatchSonetGroup(Namespace):
    """Methods under ``sonet_group`` (queued into a batch)."""

    __slots__ = ()

    @property
    def feature(self) -> BatchSonetGroupFeature:
        """Methods under ``sonet_group.feature``."""
        from b24client._api.sonet_group.feature import BatchSonetGroupFeature

        return BatchSonetGroupFeature(self._backend)

    @property
    def user(self) -> BatchSonetGroupUser:
        """Methods under ``sonet_group.user``."""
        from b24client._api.sonet_group.user import BatchSonetGroupUser

        return BatchSonetGroupUser(self._backend)

    def create(
        self,
        *,
        name: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
        visible: bool | Ref | NotGiven = NOT_GIVEN,
        opened: bool | Ref | NotGiven = NOT_GIVEN,
        closed: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        keywords: str | Ref | NotGiven = NOT_GIVEN,
        initiate_perms: Literal["A", "E", "K"] | Ref | NotGiven = NOT_GIVEN,
        project: bool | Ref | NotGiven = NOT_GIVEN,
        project_date_start: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        project_date_finish: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        scrum_master_id: int | Ref | NotGiven = NOT_GIVEN,
        owner_id: int | Ref | NotGiven = NOT_GIVEN,
        image: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        image_file_id: int | Ref | NotGiven = NOT_GIVEN,
        site_id: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        subject_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a workgroup or project (optionally a scrum) and return its ID.

        Requires the right to create groups or projects.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.create``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-create.html

        Args:
            name: Group or project name. Wire name: ``NAME``.
            description: Group or project description. Wire name: ``DESCRIPTION``.
            visible: \"Y" shows the group in the public list, "N" hides it; always "N" for extranet users. Default "Y". Wire name: ``VISIBLE``.
            opened: \"Y" lets users join freely, "N" requires an invitation or request; always "N" for extranet users. Default "N". Wire name: ``OPENED``.
            closed: \"Y" archives the group, "N" keeps it active. Default "N". Wire name: ``CLOSED``.
            keywords: Keywords, comma-separated. Wire name: ``KEYWORDS``.
            initiate_perms: Who may invite members: "A" owner only, "E" owner and moderators, "K" all members. Default "K" for intranet users, "E" for extranet users. Wire name: ``INITIATE_PERMS``.
            project: \"Y" creates a project instead of a group; default "N". Wire name: ``PROJECT``.
            project_date_start: Project start date, ISO 8601. Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Project end date, ISO 8601. Wire name: ``PROJECT_DATE_FINISH``.
            scrum_master_id: ID of the scrum master user, making the project a scrum. Wire name: ``SCRUM_MASTER_ID``.
            owner_id: ID of the owner user; only admins may set it, otherwise the caller becomes owner. Wire name: ``OWNER_ID``.
            image: Group avatar, Base64-encoded. Wire name: ``IMAGE``.
            image_file_id: ID of a Drive file to use as the avatar; wins over IMAGE. Wire name: ``IMAGE_FILE_ID``.
            site_id: IDs of the sites the group belongs to; default the current site. Wire name: ``SITE_ID``.
            subject_id: ID of the group subject (topic). Wire name: ``SUBJECT_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.sonet_group.create(name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SONET_GROUP_CREATE,
                {
                    "NAME": name,
                    "DESCRIPTION": description,
                    "VISIBLE": yes_no(visible),
                    "OPENED": yes_no(opened),
                    "CLOSED": closed,
                    "KEYWORDS": keywords,
                    "INITIATE_PERMS": initiate_perms,
                    "PROJECT": yes_no(project),
                    "PROJECT_DATE_START": project_date_start,
                    "PROJECT_DATE_FINISH": project_date_finish,
                    "SCRUM_MASTER_ID": scrum_master_id,
                    "OWNER_ID": owner_id,
                    "IMAGE": image,
                    "IMAGE_FILE_ID": image_file_id,
                    "SITE_ID": site_id,
                    "SUBJECT_ID": subject_id,
                },
            ),
        )

    def delete(self, *, group_id: int | Ref) -> BatchCommand[bool]:
        """Remove a workgroup or project permanently.

        Allowed to an administrator or the group owner.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-delete.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sonet_group.delete(group_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SONET_GROUP_DELETE, {"GROUP_ID": group_id}),
        )

    def get(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        group_id: int | Ref | NotGiven = NOT_GIVEN,
        is_admin: str | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[Sonet_group]]:
        """List the workgroups and projects the current user may see, with filter and sort.

        Pages hold 50 records. An empty list means nothing matched that the user may see.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html

        Args:
            order: Sort order as {"FIELD": "ASC"|"DESC"}; default ID descending. Wire name: ``ORDER``.
            filter: Filter on ID, NAME, OWNER_ID, ACTIVE, VISIBLE, OPENED, CLOSED, DATE_CREATE, DATE_UPDATE, DATE_ACTIVITY or IS_EXTRANET; a "?" key prefix searches text. Wire name: ``FILTER``.
            group_id: ID of one group to return; added to the filter as ID. Wire name: ``GROUP_ID``.
            is_admin: \"Y" skips the rights check when the caller is an administrator; ignored otherwise. Wire name: ``IS_ADMIN``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[list[Sonet_group]]

        Example:
            command = batch.sonet_group.get()
        """
        return cast(
            "BatchCommand[list[Sonet_group]]",
            self._backend._invoke_page(
                _SONET_GROUP_GET,
                {
                    "ORDER": order,
                    "FILTER": filter,
                    "GROUP_ID": group_id,
                    "IS_ADMIN": is_admin,
                    "start": start,
                },
            ),
        )

    def setowner(
        self, *, group_id: int | Ref, user_id: int | Ref
    ) -> BatchCommand[bool]:
        """Hand ownership of a workgroup or project to another user.

        Allowed to the current owner.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.setowner``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-setowner.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of the new owner user. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sonet_group.setowner(group_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SONET_GROUP_SETOWNER, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    def update(
        self,
        *,
        group_id: int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        visible: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        opened: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        closed: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        keywords: str | Ref | NotGiven = NOT_GIVEN,
        initiate_perms: Literal["A", "E", "K"] | Ref | NotGiven = NOT_GIVEN,
        project_date_start: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        project_date_finish: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        owner_id: int | Ref | NotGiven = NOT_GIVEN,
        image: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        image_file_id: int | Ref | NotGiven = NOT_GIVEN,
        site_id: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Change the name, visibility, dates or avatar of a workgroup or project.

        Allowed to an administrator or the group owner. Returns the group ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-update.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            name: Group or project name. Wire name: ``NAME``.
            description: Group or project description. Wire name: ``DESCRIPTION``.
            visible: \"Y" shows the group in the public list, "N" hides it; always "N" for extranet users. Wire name: ``VISIBLE``.
            opened: \"Y" lets users join freely, "N" requires an invitation or request; always "N" for extranet users. Wire name: ``OPENED``.
            closed: \"Y" archives the group, "N" keeps it active. Wire name: ``CLOSED``.
            keywords: Keywords, comma-separated. Wire name: ``KEYWORDS``.
            initiate_perms: Who may invite members: "A" owner only, "E" owner and moderators, "K" all members. Wire name: ``INITIATE_PERMS``.
            project_date_start: Project start date, ISO 8601. Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Project end date, ISO 8601. Wire name: ``PROJECT_DATE_FINISH``.
            owner_id: ID of the new owner user. Wire name: ``OWNER_ID``.
            image: New group avatar, Base64-encoded. Wire name: ``IMAGE``.
            image_file_id: ID of a Drive file to use as the avatar; 0 removes the avatar, even when IMAGE is also passed. Wire name: ``IMAGE_FILE_ID``.
            site_id: IDs of the sites the group belongs to. Wire name: ``SITE_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.sonet_group.update(group_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SONET_GROUP_UPDATE,
                {
                    "GROUP_ID": group_id,
                    "NAME": name,
                    "DESCRIPTION": description,
                    "VISIBLE": visible,
                    "OPENED": opened,
                    "CLOSED": closed,
                    "KEYWORDS": keywords,
                    "INITIATE_PERMS": initiate_perms,
                    "PROJECT_DATE_START": project_date_start,
                    "PROJECT_DATE_FINISH": project_date_finish,
                    "OWNER_ID": owner_id,
                    "IMAGE": image,
                    "IMAGE_FILE_ID": image_file_id,
                    "SITE_ID": site_id,
                },
            ),
        )
