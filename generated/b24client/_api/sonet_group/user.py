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
        """Add users to a workgroup or project directly, without invitation or approval.

        Administrators only. Returns the IDs actually added.

        REST method: ``sonet_group.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-add.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a user or a list of user IDs; with the intranet module only employees and extranet users are added. Wire name: ``USER_ID``.

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
        """Remove members from a workgroup or project.

        Administrators only. The owner and the scrum master cannot be removed; an empty result means the owner was targeted.

        REST method: ``sonet_group.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-delete.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a member or a list of member IDs, as returned by sonet_group.user.get. Wire name: ``USER_ID``.

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
        """List the active members of a workgroup or project with their roles.

        REST method: ``sonet_group.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html

        Args:
            id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``ID``.

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
        """List the workgroups and projects the current user belongs to, with their role in each.

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
        """Send users invitations to join a workgroup or project.

        Requires the right to invite to the group. Returns the IDs actually invited.

        REST method: ``sonet_group.user.invite``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-invite.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a user or a list of user IDs. Wire name: ``USER_ID``.
            message: Invitation text. Wire name: ``MESSAGE``.

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
        """Ask to join a workgroup or project as the current user.

        REST method: ``sonet_group.user.request``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-request.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            message: Text of the join request. Wire name: ``MESSAGE``.

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
        """Make group members moderators or plain members.

        Administrators only. The owner's role is never changed (an empty result means the owner was targeted); use sonet_group.setowner to change owners.

        REST method: ``sonet_group.user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-update.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a member or a list of member IDs. Wire name: ``USER_ID``.
            role: New role: "E" moderator or "K" member. Wire name: ``ROLE``.

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
        """Add users to a workgroup or project directly, without invitation or approval.

        Administrators only. Returns the IDs actually added.

        REST method: ``sonet_group.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-add.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a user or a list of user IDs; with the intranet module only employees and extranet users are added. Wire name: ``USER_ID``.

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
        """Remove members from a workgroup or project.

        Administrators only. The owner and the scrum master cannot be removed; an empty result means the owner was targeted.

        REST method: ``sonet_group.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-delete.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a member or a list of member IDs, as returned by sonet_group.user.get. Wire name: ``USER_ID``.

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
        """List the active members of a workgroup or project with their roles.

        REST method: ``sonet_group.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html

        Args:
            id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``ID``.

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
        """List the workgroups and projects the current user belongs to, with their role in each.

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
        """Send users invitations to join a workgroup or project.

        Requires the right to invite to the group. Returns the IDs actually invited.

        REST method: ``sonet_group.user.invite``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-invite.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a user or a list of user IDs. Wire name: ``USER_ID``.
            message: Invitation text. Wire name: ``MESSAGE``.

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
        """Ask to join a workgroup or project as the current user.

        REST method: ``sonet_group.user.request``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-request.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            message: Text of the join request. Wire name: ``MESSAGE``.

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
        """Make group members moderators or plain members.

        Administrators only. The owner's role is never changed (an empty result means the owner was targeted); use sonet_group.setowner to change owners.

        REST method: ``sonet_group.user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-update.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a member or a list of member IDs. Wire name: ``USER_ID``.
            role: New role: "E" moderator or "K" member. Wire name: ``ROLE``.

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
        """Add users to a workgroup or project directly, without invitation or approval.

        Administrators only. Returns the IDs actually added.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-add.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a user or a list of user IDs; with the intranet module only employees and extranet users are added. Wire name: ``USER_ID``.

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
        """Remove members from a workgroup or project.

        Administrators only. The owner and the scrum master cannot be removed; an empty result means the owner was targeted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-delete.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a member or a list of member IDs, as returned by sonet_group.user.get. Wire name: ``USER_ID``.

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
        """List the active members of a workgroup or project with their roles.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-get.html

        Args:
            id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``ID``.

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
        """List the workgroups and projects the current user belongs to, with their role in each.

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
        """Send users invitations to join a workgroup or project.

        Requires the right to invite to the group. Returns the IDs actually invited.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.invite``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-invite.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a user or a list of user IDs. Wire name: ``USER_ID``.
            message: Invitation text. Wire name: ``MESSAGE``.

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
        """Ask to join a workgroup or project as the current user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.request``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-request.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            message: Text of the join request. Wire name: ``MESSAGE``.

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
        """Make group members moderators or plain members.

        Administrators only. The owner's role is never changed (an empty result means the owner was targeted); use sonet_group.setowner to change owners.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/members/sonet-group-user-update.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            user_id: ID of a member or a list of member IDs. Wire name: ``USER_ID``.
            role: New role: "E" moderator or "K" member. Wire name: ``ROLE``.

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
