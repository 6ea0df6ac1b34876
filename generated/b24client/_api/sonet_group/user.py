"""Methods under ``sonet_group.user``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sonet_group import SonetGroupUserGroupsResult, Sonet_groupUser

_SONET_GROUP_USER_ADD = MethodInfo(
    name="sonet_group.user.add", idempotent=False, returns="any", api=1
)
_SONET_GROUP_USER_DELETE = MethodInfo(
    name="sonet_group.user.delete", idempotent=False, returns="any", api=1
)
_SONET_GROUP_USER_GET = MethodInfo(
    name="sonet_group.user.get", idempotent=True, returns="any", api=1
)
_SONET_GROUP_USER_GROUPS = MethodInfo(
    name="sonet_group.user.groups", idempotent=False, returns="any", api=1
)
_SONET_GROUP_USER_INVITE = MethodInfo(
    name="sonet_group.user.invite", idempotent=False, returns="any", api=1
)
_SONET_GROUP_USER_REQUEST = MethodInfo(
    name="sonet_group.user.request", idempotent=False, returns="boolean", api=1
)
_SONET_GROUP_USER_UPDATE = MethodInfo(
    name="sonet_group.user.update", idempotent=False, returns="any", api=1
)


class SonetGroupUser(Namespace):
    """Methods under ``sonet_group.user``."""

    __slots__ = ()

    def add(self, *, group_id: int, user_id: Sequence[int]) -> list[str]:
        """Add sonet group user.

        REST method: ``sonet_group.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-add.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.add(group_id=1, user_id=[1])
            result = await client.sonet_group.user.add(group_id=1, user_id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            self._backend._invoke(
                _SONET_GROUP_USER_ADD, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    def delete(self, *, group_id: int, user_id: Sequence[int]) -> list[str]:
        """Delete sonet group user.

        REST method: ``sonet_group.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-delete.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.delete(group_id=1, user_id=[1])
            result = await client.sonet_group.user.delete(group_id=1, user_id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            self._backend._invoke(
                _SONET_GROUP_USER_DELETE, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    def get(self, *, id: int) -> list[Sonet_groupUser]:
        """Get sonet group user.

        REST method: ``sonet_group.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            list[Sonet_groupUser]

        Example:
            result = client.sonet_group.user.get(id=1)
            result = await client.sonet_group.user.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[Sonet_groupUser]",
            self._backend._invoke(_SONET_GROUP_USER_GET, {"ID": id}),
        )

    def groups(self) -> list[SonetGroupUserGroupsResult]:
        """Call groups on sonet group user.

        REST method: ``sonet_group.user.groups``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-user-groups.html

        Returns:
            list[SonetGroupUserGroupsResult]

        Example:
            result = client.sonet_group.user.groups()
            result = await client.sonet_group.user.groups()  # AsyncBitrix24
        """
        return cast(
            "list[SonetGroupUserGroupsResult]",
            self._backend._invoke(_SONET_GROUP_USER_GROUPS, {}),
        )

    def invite(
        self, *, group_id: int, user_id: int, message: str | NotGiven = NOT_GIVEN
    ) -> list[str]:
        """Invite sonet group user.

        REST method: ``sonet_group.user.invite``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-invite.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.
            message: Wire name: ``MESSAGE``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.invite(group_id=1, user_id=1)
            result = await client.sonet_group.user.invite(group_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            self._backend._invoke(
                _SONET_GROUP_USER_INVITE,
                {"GROUP_ID": group_id, "USER_ID": user_id, "MESSAGE": message},
            ),
        )

    def request(self, *, group_id: int, message: str | NotGiven = NOT_GIVEN) -> bool:
        """Call request on sonet group user.

        REST method: ``sonet_group.user.request``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-request.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            message: Wire name: ``MESSAGE``.

        Returns:
            bool

        Example:
            result = client.sonet_group.user.request(group_id=1)
            result = await client.sonet_group.user.request(group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SONET_GROUP_USER_REQUEST, {"GROUP_ID": group_id, "MESSAGE": message}
            ),
        )

    def update(
        self, *, group_id: int, user_id: Sequence[int], role: Literal["E", "K"]
    ) -> list[str]:
        """Update sonet group user.

        REST method: ``sonet_group.user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-update.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.
            role: Wire name: ``ROLE``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.update(group_id=1, user_id=[1], role="E")
            result = await client.sonet_group.user.update(group_id=1, user_id=[1], role="E")  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            self._backend._invoke(
                _SONET_GROUP_USER_UPDATE,
                {"GROUP_ID": group_id, "USER_ID": user_id, "ROLE": role},
            ),
        )


class AsyncSonetGroupUser(Namespace):
    """Methods under ``sonet_group.user`` (async)."""

    __slots__ = ()

    async def add(self, *, group_id: int, user_id: Sequence[int]) -> list[str]:
        """Add sonet group user.

        REST method: ``sonet_group.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-add.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.add(group_id=1, user_id=[1])
            result = await client.sonet_group.user.add(group_id=1, user_id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            await self._backend._invoke(
                _SONET_GROUP_USER_ADD, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    async def delete(self, *, group_id: int, user_id: Sequence[int]) -> list[str]:
        """Delete sonet group user.

        REST method: ``sonet_group.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-delete.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.delete(group_id=1, user_id=[1])
            result = await client.sonet_group.user.delete(group_id=1, user_id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            await self._backend._invoke(
                _SONET_GROUP_USER_DELETE, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    async def get(self, *, id: int) -> list[Sonet_groupUser]:
        """Get sonet group user.

        REST method: ``sonet_group.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            list[Sonet_groupUser]

        Example:
            result = client.sonet_group.user.get(id=1)
            result = await client.sonet_group.user.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[Sonet_groupUser]",
            await self._backend._invoke(_SONET_GROUP_USER_GET, {"ID": id}),
        )

    async def groups(self) -> list[SonetGroupUserGroupsResult]:
        """Call groups on sonet group user.

        REST method: ``sonet_group.user.groups``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-user-groups.html

        Returns:
            list[SonetGroupUserGroupsResult]

        Example:
            result = client.sonet_group.user.groups()
            result = await client.sonet_group.user.groups()  # AsyncBitrix24
        """
        return cast(
            "list[SonetGroupUserGroupsResult]",
            await self._backend._invoke(_SONET_GROUP_USER_GROUPS, {}),
        )

    async def invite(
        self, *, group_id: int, user_id: int, message: str | NotGiven = NOT_GIVEN
    ) -> list[str]:
        """Invite sonet group user.

        REST method: ``sonet_group.user.invite``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-invite.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.
            message: Wire name: ``MESSAGE``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.invite(group_id=1, user_id=1)
            result = await client.sonet_group.user.invite(group_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            await self._backend._invoke(
                _SONET_GROUP_USER_INVITE,
                {"GROUP_ID": group_id, "USER_ID": user_id, "MESSAGE": message},
            ),
        )

    async def request(
        self, *, group_id: int, message: str | NotGiven = NOT_GIVEN
    ) -> bool:
        """Call request on sonet group user.

        REST method: ``sonet_group.user.request``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-request.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            message: Wire name: ``MESSAGE``.

        Returns:
            bool

        Example:
            result = client.sonet_group.user.request(group_id=1)
            result = await client.sonet_group.user.request(group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SONET_GROUP_USER_REQUEST, {"GROUP_ID": group_id, "MESSAGE": message}
            ),
        )

    async def update(
        self, *, group_id: int, user_id: Sequence[int], role: Literal["E", "K"]
    ) -> list[str]:
        """Update sonet group user.

        REST method: ``sonet_group.user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-update.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.
            role: Wire name: ``ROLE``.

        Returns:
            list[str]

        Example:
            result = client.sonet_group.user.update(group_id=1, user_id=[1], role="E")
            result = await client.sonet_group.user.update(group_id=1, user_id=[1], role="E")  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            await self._backend._invoke(
                _SONET_GROUP_USER_UPDATE,
                {"GROUP_ID": group_id, "USER_ID": user_id, "ROLE": role},
            ),
        )


class BatchSonetGroupUser(Namespace):
    """Methods under ``sonet_group.user`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, group_id: int | Ref, user_id: Sequence[int] | Ref
    ) -> BatchCommand[list[str]]:
        """Add sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-add.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.sonet_group.user.add(group_id=1, user_id=[1])
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(
                _SONET_GROUP_USER_ADD, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    def delete(
        self, *, group_id: int | Ref, user_id: Sequence[int] | Ref
    ) -> BatchCommand[list[str]]:
        """Delete sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-delete.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.sonet_group.user.delete(group_id=1, user_id=[1])
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(
                _SONET_GROUP_USER_DELETE, {"GROUP_ID": group_id, "USER_ID": user_id}
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[list[Sonet_groupUser]]:
        """Get sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            BatchCommand[list[Sonet_groupUser]]

        Example:
            command = batch.sonet_group.user.get(id=1)
        """
        return cast(
            "BatchCommand[list[Sonet_groupUser]]",
            self._backend._invoke(_SONET_GROUP_USER_GET, {"ID": id}),
        )

    def groups(self) -> BatchCommand[list[SonetGroupUserGroupsResult]]:
        """Call groups on sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.groups``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-user-groups.html

        Returns:
            BatchCommand[list[SonetGroupUserGroupsResult]]

        Example:
            command = batch.sonet_group.user.groups()
        """
        return cast(
            "BatchCommand[list[SonetGroupUserGroupsResult]]",
            self._backend._invoke(_SONET_GROUP_USER_GROUPS, {}),
        )

    def invite(
        self,
        *,
        group_id: int | Ref,
        user_id: int | Ref,
        message: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[str]]:
        """Invite sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.invite``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-invite.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.
            message: Wire name: ``MESSAGE``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.sonet_group.user.invite(group_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(
                _SONET_GROUP_USER_INVITE,
                {"GROUP_ID": group_id, "USER_ID": user_id, "MESSAGE": message},
            ),
        )

    def request(
        self, *, group_id: int | Ref, message: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Call request on sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.request``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-request.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            message: Wire name: ``MESSAGE``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sonet_group.user.request(group_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SONET_GROUP_USER_REQUEST, {"GROUP_ID": group_id, "MESSAGE": message}
            ),
        )

    def update(
        self,
        *,
        group_id: int | Ref,
        user_id: Sequence[int] | Ref,
        role: Literal["E", "K"] | Ref,
    ) -> BatchCommand[list[str]]:
        """Update sonet group user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-update.html

        Args:
            group_id: Wire name: ``GROUP_ID``.
            user_id: Wire name: ``USER_ID``.
            role: Wire name: ``ROLE``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.sonet_group.user.update(group_id=1, user_id=[1], role="E")
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(
                _SONET_GROUP_USER_UPDATE,
                {"GROUP_ID": group_id, "USER_ID": user_id, "ROLE": role},
            ),
        )
