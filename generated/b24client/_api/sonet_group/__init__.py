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
        """Create sonet group.

        REST method: ``sonet_group.create``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-create.html

        Args:
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            visible: Wire name: ``VISIBLE``.
            opened: Wire name: ``OPENED``.
            closed: Wire name: ``CLOSED``.
            keywords: Wire name: ``KEYWORDS``.
            initiate_perms: Wire name: ``INITIATE_PERMS``.
            project: Wire name: ``PROJECT``.
            project_date_start: Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Wire name: ``PROJECT_DATE_FINISH``.
            scrum_master_id: Wire name: ``SCRUM_MASTER_ID``.
            owner_id: Wire name: ``OWNER_ID``.
            image: Wire name: ``IMAGE``.
            image_file_id: Wire name: ``IMAGE_FILE_ID``.
            site_id: Wire name: ``SITE_ID``.
            subject_id: Wire name: ``SUBJECT_ID``.

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
        """Delete sonet group.

        REST method: ``sonet_group.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-delete.html

        Args:
            group_id: Wire name: ``GROUP_ID``.

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
        """Get sonet group.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sonet_group.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html

        Args:
            order: Wire name: ``ORDER``.
            filter: Wire name: ``FILTER``.
            group_id: Wire name: ``GROUP_ID``.
            is_admin: Wire name: ``IS_ADMIN``.

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
        """Set owner of sonet group.

        REST method: ``sonet_group.setowner``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-setowner.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Update sonet group.

        REST method: ``sonet_group.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-update.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            visible: Wire name: ``VISIBLE``.
            opened: Wire name: ``OPENED``.
            closed: Wire name: ``CLOSED``.
            keywords: Wire name: ``KEYWORDS``.
            initiate_perms: Wire name: ``INITIATE_PERMS``.
            project_date_start: Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Wire name: ``PROJECT_DATE_FINISH``.
            owner_id: Wire name: ``OWNER_ID``.
            image: Wire name: ``IMAGE``.
            image_file_id: Wire name: ``IMAGE_FILE_ID``.
            site_id: Wire name: ``SITE_ID``.

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
        """Create sonet group.

        REST method: ``sonet_group.create``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-create.html

        Args:
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            visible: Wire name: ``VISIBLE``.
            opened: Wire name: ``OPENED``.
            closed: Wire name: ``CLOSED``.
            keywords: Wire name: ``KEYWORDS``.
            initiate_perms: Wire name: ``INITIATE_PERMS``.
            project: Wire name: ``PROJECT``.
            project_date_start: Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Wire name: ``PROJECT_DATE_FINISH``.
            scrum_master_id: Wire name: ``SCRUM_MASTER_ID``.
            owner_id: Wire name: ``OWNER_ID``.
            image: Wire name: ``IMAGE``.
            image_file_id: Wire name: ``IMAGE_FILE_ID``.
            site_id: Wire name: ``SITE_ID``.
            subject_id: Wire name: ``SUBJECT_ID``.

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
        """Delete sonet group.

        REST method: ``sonet_group.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-delete.html

        Args:
            group_id: Wire name: ``GROUP_ID``.

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
        """Get sonet group.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sonet_group.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html

        Args:
            order: Wire name: ``ORDER``.
            filter: Wire name: ``FILTER``.
            group_id: Wire name: ``GROUP_ID``.
            is_admin: Wire name: ``IS_ADMIN``.

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
        """Set owner of sonet group.

        REST method: ``sonet_group.setowner``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-setowner.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Update sonet group.

        REST method: ``sonet_group.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-update.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            visible: Wire name: ``VISIBLE``.
            opened: Wire name: ``OPENED``.
            closed: Wire name: ``CLOSED``.
            keywords: Wire name: ``KEYWORDS``.
            initiate_perms: Wire name: ``INITIATE_PERMS``.
            project_date_start: Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Wire name: ``PROJECT_DATE_FINISH``.
            owner_id: Wire name: ``OWNER_ID``.
            image: Wire name: ``IMAGE``.
            image_file_id: Wire name: ``IMAGE_FILE_ID``.
            site_id: Wire name: ``SITE_ID``.

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
        """Create sonet group.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.create``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-create.html

        Args:
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            visible: Wire name: ``VISIBLE``.
            opened: Wire name: ``OPENED``.
            closed: Wire name: ``CLOSED``.
            keywords: Wire name: ``KEYWORDS``.
            initiate_perms: Wire name: ``INITIATE_PERMS``.
            project: Wire name: ``PROJECT``.
            project_date_start: Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Wire name: ``PROJECT_DATE_FINISH``.
            scrum_master_id: Wire name: ``SCRUM_MASTER_ID``.
            owner_id: Wire name: ``OWNER_ID``.
            image: Wire name: ``IMAGE``.
            image_file_id: Wire name: ``IMAGE_FILE_ID``.
            site_id: Wire name: ``SITE_ID``.
            subject_id: Wire name: ``SUBJECT_ID``.

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
        """Delete sonet group.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-delete.html

        Args:
            group_id: Wire name: ``GROUP_ID``.

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
        """Get sonet group.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-get.html

        Args:
            order: Wire name: ``ORDER``.
            filter: Wire name: ``FILTER``.
            group_id: Wire name: ``GROUP_ID``.
            is_admin: Wire name: ``IS_ADMIN``.

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
        """Set owner of sonet group.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.setowner``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-setowner.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Update sonet group.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-update.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            visible: Wire name: ``VISIBLE``.
            opened: Wire name: ``OPENED``.
            closed: Wire name: ``CLOSED``.
            keywords: Wire name: ``KEYWORDS``.
            initiate_perms: Wire name: ``INITIATE_PERMS``.
            project_date_start: Wire name: ``PROJECT_DATE_START``.
            project_date_finish: Wire name: ``PROJECT_DATE_FINISH``.
            owner_id: Wire name: ``OWNER_ID``.
            image: Wire name: ``IMAGE``.
            image_file_id: Wire name: ``IMAGE_FILE_ID``.
            site_id: Wire name: ``SITE_ID``.

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
