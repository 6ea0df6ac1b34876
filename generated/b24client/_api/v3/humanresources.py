"""REST 3.0 methods under ``humanresources``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.humanresources import (
        V3HumanresourcesEmployeeCountResult,
        V3HumanresourcesEmployeeField as _V3HumanresourcesEmployeeField,
        V3HumanresourcesEmployeeMultidepartmentResult,
        V3HumanresourcesEmployeeSearchResult,
        V3HumanresourcesEmployeeSubordinatesResult,
        V3HumanresourcesNode as _V3HumanresourcesNode,
        V3HumanresourcesNodeAddResult,
        V3HumanresourcesNodeAddSettings,
        V3HumanresourcesNodeAddUserIds,
        V3HumanresourcesNodeChildrenResult,
        V3HumanresourcesNodeCommunication as _V3HumanresourcesNodeCommunication,
        V3HumanresourcesNodeCommunicationEditResult,
        V3HumanresourcesNodeCountResult,
        V3HumanresourcesNodeEditResult,
        V3HumanresourcesNodeField as _V3HumanresourcesNodeField,
        V3HumanresourcesNodeMemberAddResult,
        V3HumanresourcesNodeMemberField as _V3HumanresourcesNodeMemberField,
        V3HumanresourcesNodeMemberMoveResult,
        V3HumanresourcesNodeMemberRemoveResult,
        V3HumanresourcesNodeMemberSetResult,
        V3HumanresourcesNodeMemberSetUserIds,
        V3HumanresourcesNodeMoveResult,
        V3HumanresourcesNodeSearchResult,
    )

_V3_HUMANRESOURCES_EMPLOYEE_COUNT = MethodInfo(
    name="humanresources.employee.count", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_EMPLOYEE_MULTIDEPARTMENT = MethodInfo(
    name="humanresources.employee.multidepartment",
    idempotent=False,
    returns="any",
    api=3,
)
_V3_HUMANRESOURCES_EMPLOYEE_SEARCH = MethodInfo(
    name="humanresources.employee.search", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_EMPLOYEE_SUBORDINATES = MethodInfo(
    name="humanresources.employee.subordinates", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_EMPLOYEE_FIELD_GET = MethodInfo(
    name="humanresources.employee.field.get", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_EMPLOYEE_FIELD_LIST = MethodInfo(
    name="humanresources.employee.field.list", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_ADD = MethodInfo(
    name="humanresources.node.add", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_CHILDREN = MethodInfo(
    name="humanresources.node.children", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_COUNT = MethodInfo(
    name="humanresources.node.count", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_EDIT = MethodInfo(
    name="humanresources.node.edit", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_GET = MethodInfo(
    name="humanresources.node.get", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_LIST = MethodInfo(
    name="humanresources.node.list", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MOVE = MethodInfo(
    name="humanresources.node.move", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_SEARCH = MethodInfo(
    name="humanresources.node.search", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_COMMUNICATION_EDIT = MethodInfo(
    name="humanresources.node.communication.edit",
    idempotent=False,
    returns="any",
    api=3,
)
_V3_HUMANRESOURCES_NODE_COMMUNICATION_LIST = MethodInfo(
    name="humanresources.node.communication.list", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_FIELD_GET = MethodInfo(
    name="humanresources.node.field.get", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_FIELD_LIST = MethodInfo(
    name="humanresources.node.field.list", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MEMBER_ADD = MethodInfo(
    name="humanresources.node.member.add", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MEMBER_MOVE = MethodInfo(
    name="humanresources.node.member.move", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MEMBER_REMOVE = MethodInfo(
    name="humanresources.node.member.remove", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MEMBER_SET = MethodInfo(
    name="humanresources.node.member.set", idempotent=False, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MEMBER_FIELD_GET = MethodInfo(
    name="humanresources.node.member.field.get", idempotent=True, returns="any", api=3
)
_V3_HUMANRESOURCES_NODE_MEMBER_FIELD_LIST = MethodInfo(
    name="humanresources.node.member.field.list", idempotent=True, returns="any", api=3
)


class V3Humanresources(Namespace):
    """REST 3.0 methods under ``humanresources``."""

    __slots__ = ()

    @property
    def employee(self) -> V3HumanresourcesEmployee:
        """REST 3.0 methods under ``humanresources.employee``."""
        return V3HumanresourcesEmployee(self._backend)

    @property
    def node(self) -> V3HumanresourcesNode:
        """REST 3.0 methods under ``humanresources.node``."""
        return V3HumanresourcesNode(self._backend)


class AsyncV3Humanresources(Namespace):
    """REST 3.0 methods under ``humanresources`` (async)."""

    __slots__ = ()

    @property
    def employee(self) -> AsyncV3HumanresourcesEmployee:
        """REST 3.0 methods under ``humanresources.employee``."""
        return AsyncV3HumanresourcesEmployee(self._backend)

    @property
    def node(self) -> AsyncV3HumanresourcesNode:
        """REST 3.0 methods under ``humanresources.node``."""
        return AsyncV3HumanresourcesNode(self._backend)


class V3HumanresourcesEmployee(Namespace):
    """REST 3.0 methods under ``humanresources.employee``."""

    __slots__ = ()

    @property
    def field(self) -> V3HumanresourcesEmployeeField:
        """REST 3.0 methods under ``humanresources.employee.field``."""
        return V3HumanresourcesEmployeeField(self._backend)

    def count(self) -> V3HumanresourcesEmployeeCountResult:
        """Count the unique employees placed in the company structure.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.count`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-count.html

        Returns:
            V3HumanresourcesEmployeeCountResult

        Example:
            result = client.v3.humanresources.employee.count()
            result = await client.v3.humanresources.employee.count()  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesEmployeeCountResult",
            self._backend._invoke(_V3_HUMANRESOURCES_EMPLOYEE_COUNT, {}),
        )

    def multidepartment(self) -> V3HumanresourcesEmployeeMultidepartmentResult:
        """List employees who belong to more than one department.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.multidepartment`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-multidepartment.html

        Returns:
            V3HumanresourcesEmployeeMultidepartmentResult

        Example:
            result = client.v3.humanresources.employee.multidepartment()
            result = await client.v3.humanresources.employee.multidepartment()  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesEmployeeMultidepartmentResult",
            self._backend._invoke(_V3_HUMANRESOURCES_EMPLOYEE_MULTIDEPARTMENT, {}),
        )

    def search(
        self,
        *,
        name: str,
        node_id: int | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> list[V3HumanresourcesEmployeeSearchResult]:
        """Find employees in the company structure by name.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.search`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-search.html

        Args:
            name: Text to search for in employee names.
            node_id: ID of a department or team to search within. Wire name: ``nodeId``.
            select: Employee fields to return: "userId", "name", "workPosition", "avatar", "url", "departments" or "teams".

        Returns:
            list[V3HumanresourcesEmployeeSearchResult]

        Example:
            result = client.v3.humanresources.employee.search(name="Anna")
            result = await client.v3.humanresources.employee.search(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "list[V3HumanresourcesEmployeeSearchResult]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_SEARCH,
                {"name": name, "nodeId": node_id, "select": select},
            ),
        )

    def subordinates(self, *, id: int) -> V3HumanresourcesEmployeeSubordinatesResult:
        """Count a user's subordinates in each department they manage.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.subordinates`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-subordinates.html

        Args:
            id: ID of the user, as returned by user.get.

        Returns:
            V3HumanresourcesEmployeeSubordinatesResult

        Example:
            result = client.v3.humanresources.employee.subordinates(id=1)
            result = await client.v3.humanresources.employee.subordinates(id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesEmployeeSubordinatesResult",
            self._backend._invoke(_V3_HUMANRESOURCES_EMPLOYEE_SUBORDINATES, {"id": id}),
        )


class AsyncV3HumanresourcesEmployee(Namespace):
    """REST 3.0 methods under ``humanresources.employee`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3HumanresourcesEmployeeField:
        """REST 3.0 methods under ``humanresources.employee.field``."""
        return AsyncV3HumanresourcesEmployeeField(self._backend)

    async def count(self) -> V3HumanresourcesEmployeeCountResult:
        """Count the unique employees placed in the company structure.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.count`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-count.html

        Returns:
            V3HumanresourcesEmployeeCountResult

        Example:
            result = client.v3.humanresources.employee.count()
            result = await client.v3.humanresources.employee.count()  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesEmployeeCountResult",
            await self._backend._invoke(_V3_HUMANRESOURCES_EMPLOYEE_COUNT, {}),
        )

    async def multidepartment(self) -> V3HumanresourcesEmployeeMultidepartmentResult:
        """List employees who belong to more than one department.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.multidepartment`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-multidepartment.html

        Returns:
            V3HumanresourcesEmployeeMultidepartmentResult

        Example:
            result = client.v3.humanresources.employee.multidepartment()
            result = await client.v3.humanresources.employee.multidepartment()  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesEmployeeMultidepartmentResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_MULTIDEPARTMENT, {}
            ),
        )

    async def search(
        self,
        *,
        name: str,
        node_id: int | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> list[V3HumanresourcesEmployeeSearchResult]:
        """Find employees in the company structure by name.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.search`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-search.html

        Args:
            name: Text to search for in employee names.
            node_id: ID of a department or team to search within. Wire name: ``nodeId``.
            select: Employee fields to return: "userId", "name", "workPosition", "avatar", "url", "departments" or "teams".

        Returns:
            list[V3HumanresourcesEmployeeSearchResult]

        Example:
            result = client.v3.humanresources.employee.search(name="Anna")
            result = await client.v3.humanresources.employee.search(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "list[V3HumanresourcesEmployeeSearchResult]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_SEARCH,
                {"name": name, "nodeId": node_id, "select": select},
            ),
        )

    async def subordinates(
        self, *, id: int
    ) -> V3HumanresourcesEmployeeSubordinatesResult:
        """Count a user's subordinates in each department they manage.

        The caller must be assigned to a department in the company structure.

        REST method: ``humanresources.employee.subordinates`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-subordinates.html

        Args:
            id: ID of the user, as returned by user.get.

        Returns:
            V3HumanresourcesEmployeeSubordinatesResult

        Example:
            result = client.v3.humanresources.employee.subordinates(id=1)
            result = await client.v3.humanresources.employee.subordinates(id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesEmployeeSubordinatesResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_SUBORDINATES, {"id": id}
            ),
        )


class V3HumanresourcesEmployeeField(Namespace):
    """REST 3.0 methods under ``humanresources.employee.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesEmployeeField:
        """Describe one employee field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``humanresources.employee.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-field-get.html

        Args:
            name: Name of the field to describe, such as "userId", "name", "workPosition", "avatar", "url", "departments" or "teams".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3HumanresourcesEmployeeField

        Example:
            result = client.v3.humanresources.employee.field.get(name="Anna")
            result = await client.v3.humanresources.employee.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesEmployeeField",
            self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3HumanresourcesEmployeeField]:
        """List the employee fields with their types, captions and filter/sort/edit flags.

        REST method: ``humanresources.employee.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3HumanresourcesEmployeeField]

        Example:
            result = client.v3.humanresources.employee.field.list()
            result = await client.v3.humanresources.employee.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesEmployeeField]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_FIELD_LIST, {"select": select}
            ),
        )


class AsyncV3HumanresourcesEmployeeField(Namespace):
    """REST 3.0 methods under ``humanresources.employee.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesEmployeeField:
        """Describe one employee field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``humanresources.employee.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-field-get.html

        Args:
            name: Name of the field to describe, such as "userId", "name", "workPosition", "avatar", "url", "departments" or "teams".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3HumanresourcesEmployeeField

        Example:
            result = client.v3.humanresources.employee.field.get(name="Anna")
            result = await client.v3.humanresources.employee.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesEmployeeField",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3HumanresourcesEmployeeField]:
        """List the employee fields with their types, captions and filter/sort/edit flags.

        REST method: ``humanresources.employee.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/employee/humanresources-employee-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3HumanresourcesEmployeeField]

        Example:
            result = client.v3.humanresources.employee.field.list()
            result = await client.v3.humanresources.employee.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesEmployeeField]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_EMPLOYEE_FIELD_LIST, {"select": select}
            ),
        )


class V3HumanresourcesNode(Namespace):
    """REST 3.0 methods under ``humanresources.node``."""

    __slots__ = ()

    @property
    def communication(self) -> V3HumanresourcesNodeCommunication:
        """REST 3.0 methods under ``humanresources.node.communication``."""
        return V3HumanresourcesNodeCommunication(self._backend)

    @property
    def field(self) -> V3HumanresourcesNodeField:
        """REST 3.0 methods under ``humanresources.node.field``."""
        return V3HumanresourcesNodeField(self._backend)

    @property
    def member(self) -> V3HumanresourcesNodeMember:
        """REST 3.0 methods under ``humanresources.node.member``."""
        return V3HumanresourcesNodeMember(self._backend)

    def add(
        self,
        *,
        type: Literal["DEPARTMENT", "TEAM"],
        name: str,
        parent_id: int,
        description: str | NotGiven = NOT_GIVEN,
        color_name: (
            Literal["blue", "green", "cyan", "orange", "purple", "pink"] | NotGiven
        ) = NOT_GIVEN,
        user_ids: V3HumanresourcesNodeAddUserIds | NotGiven = NOT_GIVEN,
        move_users_to_node: bool | NotGiven = NOT_GIVEN,
        create_chat: bool | NotGiven = NOT_GIVEN,
        binding_chat_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        create_channel: bool | NotGiven = NOT_GIVEN,
        binding_channel_ids: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        create_collab: bool | NotGiven = NOT_GIVEN,
        binding_collab_ids: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        settings: V3HumanresourcesNodeAddSettings | NotGiven = NOT_GIVEN,
    ) -> V3HumanresourcesNodeAddResult:
        """Create a department or team in the company structure, with members and linked chats.

        Requires the "Add departments" or "Add teams" permission.

        REST method: ``humanresources.node.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-add.html

        Args:
            type: \"DEPARTMENT" or "TEAM".
            name: Name of the department or team.
            parent_id: ID of the parent department or team, as returned by humanresources.node.list. Wire name: ``parentId``.
            description: Description of the department or team.
            color_name: Team color: "blue", "green", "cyan", "orange", "purple" or "pink". Wire name: ``colorName``.
            user_ids: Users to add, grouped by role. Wire name: ``userIds``.
            move_users_to_node: true moves the users out of their current department into the new one; false (default) only adds them. For departments. Wire name: ``moveUsersToNode``.
            create_chat: true creates a new chat for the node; default false. Wire name: ``createChat``.
            binding_chat_ids: IDs of existing chats to link, as returned by im.recent.list. Wire name: ``bindingChatIds``.
            create_channel: true creates a new channel for the node; default false. Wire name: ``createChannel``.
            binding_channel_ids: IDs of existing channels to link, as returned by im.recent.list. Wire name: ``bindingChannelIds``.
            create_collab: true creates a new collab for the node when the plan allows; default false. Wire name: ``createCollab``.
            binding_collab_ids: IDs of existing collabs to link, as returned by socialnetwork.api.workgroup.list. Wire name: ``bindingCollabIds``.
            settings: Extra node settings.

        Returns:
            V3HumanresourcesNodeAddResult

        Example:
            result = client.v3.humanresources.node.add(type="DEPARTMENT", name="Anna", parent_id=1)
            result = await client.v3.humanresources.node.add(type="DEPARTMENT", name="Anna", parent_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeAddResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_ADD,
                {
                    "type": type,
                    "name": name,
                    "parentId": parent_id,
                    "description": description,
                    "colorName": color_name,
                    "userIds": user_ids,
                    "moveUsersToNode": move_users_to_node,
                    "createChat": create_chat,
                    "bindingChatIds": binding_chat_ids,
                    "createChannel": create_channel,
                    "bindingChannelIds": binding_channel_ids,
                    "createCollab": create_collab,
                    "bindingCollabIds": binding_collab_ids,
                    "settings": settings,
                },
            ),
        )

    def children(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[V3HumanresourcesNodeChildrenResult]:
        """List the direct child departments and teams of a structure node.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.children`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-children.html

        Args:
            id: ID of the parent department or team.
            select: Node fields to return, such as "id", "name", "parentId", "userCount", "colorName", "createdAt".

        Returns:
            list[V3HumanresourcesNodeChildrenResult]

        Example:
            result = client.v3.humanresources.node.children(id=1)
            result = await client.v3.humanresources.node.children(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3HumanresourcesNodeChildrenResult]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_CHILDREN, {"id": id, "select": select}
            ),
        )

    def count(self) -> V3HumanresourcesNodeCountResult:
        """Count the departments and teams in the company structure.

        REST method: ``humanresources.node.count`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-count.html

        Returns:
            V3HumanresourcesNodeCountResult

        Example:
            result = client.v3.humanresources.node.count()
            result = await client.v3.humanresources.node.count()  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeCountResult",
            self._backend._invoke(_V3_HUMANRESOURCES_NODE_COUNT, {}),
        )

    def edit(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color_name: (
            Literal["blue", "green", "cyan", "orange", "purple", "pink"] | NotGiven
        ) = NOT_GIVEN,
    ) -> V3HumanresourcesNodeEditResult:
        """Rename a department or team, or change its description or color.

        Pass at least one of name, description or colorName. Requires the "Edit departments" or "Edit teams" permission.

        REST method: ``humanresources.node.edit`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-edit.html

        Args:
            id: ID of the department or team, as returned by humanresources.node.list.
            name: New name.
            description: New description.
            color_name: New team color: "blue", "green", "cyan", "orange", "purple" or "pink". Wire name: ``colorName``.

        Returns:
            V3HumanresourcesNodeEditResult

        Example:
            result = client.v3.humanresources.node.edit(id=1)
            result = await client.v3.humanresources.node.edit(id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeEditResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_EDIT,
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "colorName": color_name,
                },
            ),
        )

    def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesNode:
        """Get a department or team by ID, optionally with its members.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-get.html

        Args:
            id: ID of the department or team, as returned by humanresources.node.list.
            select: Node fields to return, such as "id", "structureId", "parentId", "accessCode", "userCount", "colorName", "xmlId", "createdAt", "updatedAt" or "members".

        Returns:
            V3HumanresourcesNode

        Example:
            result = client.v3.humanresources.node.get(id=1)
            result = await client.v3.humanresources.node.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNode",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_GET, {"id": id, "select": select}
            ),
        )

    def list(
        self,
        *,
        type: Literal["DEPARTMENT", "TEAM"],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3HumanresourcesNode]:
        """List the departments or the teams of the company structure.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-list.html

        Args:
            type: \"DEPARTMENT" or "TEAM".
            select: Node fields to return, such as "id", "name", "parentId", "userCount", "colorName", "createdAt".
            pagination: Paging: page, limit (default 50, at most 200) and offset.

        Returns:
            list[V3HumanresourcesNode]

        Example:
            result = client.v3.humanresources.node.list(type="DEPARTMENT")
            result = await client.v3.humanresources.node.list(type="DEPARTMENT")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesNode]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_LIST,
                {"type": type, "select": select, "pagination": pagination},
            ),
        )

    def move(self, *, id: int, parent_id: int) -> V3HumanresourcesNodeMoveResult:
        """Move a department or team under a different parent department.

        Requires the "Edit departments" or "Edit teams" permission.

        REST method: ``humanresources.node.move`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-move.html

        Args:
            id: ID of the department or team to move.
            parent_id: ID of the new parent department. Wire name: ``parentId``.

        Returns:
            V3HumanresourcesNodeMoveResult

        Example:
            result = client.v3.humanresources.node.move(id=1, parent_id=1)
            result = await client.v3.humanresources.node.move(id=1, parent_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMoveResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MOVE, {"id": id, "parentId": parent_id}
            ),
        )

    def search(
        self,
        *,
        type: Literal["DEPARTMENT", "TEAM"],
        name: str,
        parent_id: int | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[V3HumanresourcesNodeSearchResult]:
        """Find departments or teams by part of their name.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.search`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-search.html

        Args:
            type: \"DEPARTMENT" or "TEAM".
            name: Part of the name to search for.
            parent_id: ID of a parent department to search under. Wire name: ``parentId``.
            pagination: Paging: limit, records per page (default 50, at most 200).

        Returns:
            list[V3HumanresourcesNodeSearchResult]

        Example:
            result = client.v3.humanresources.node.search(type="DEPARTMENT", name="Anna")
            result = await client.v3.humanresources.node.search(type="DEPARTMENT", name="Anna")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3HumanresourcesNodeSearchResult]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_SEARCH,
                {
                    "type": type,
                    "name": name,
                    "parentId": parent_id,
                    "pagination": pagination,
                },
            ),
        )


class AsyncV3HumanresourcesNode(Namespace):
    """REST 3.0 methods under ``humanresources.node`` (async)."""

    __slots__ = ()

    @property
    def communication(self) -> AsyncV3HumanresourcesNodeCommunication:
        """REST 3.0 methods under ``humanresources.node.communication``."""
        return AsyncV3HumanresourcesNodeCommunication(self._backend)

    @property
    def field(self) -> AsyncV3HumanresourcesNodeField:
        """REST 3.0 methods under ``humanresources.node.field``."""
        return AsyncV3HumanresourcesNodeField(self._backend)

    @property
    def member(self) -> AsyncV3HumanresourcesNodeMember:
        """REST 3.0 methods under ``humanresources.node.member``."""
        return AsyncV3HumanresourcesNodeMember(self._backend)

    async def add(
        self,
        *,
        type: Literal["DEPARTMENT", "TEAM"],
        name: str,
        parent_id: int,
        description: str | NotGiven = NOT_GIVEN,
        color_name: (
            Literal["blue", "green", "cyan", "orange", "purple", "pink"] | NotGiven
        ) = NOT_GIVEN,
        user_ids: V3HumanresourcesNodeAddUserIds | NotGiven = NOT_GIVEN,
        move_users_to_node: bool | NotGiven = NOT_GIVEN,
        create_chat: bool | NotGiven = NOT_GIVEN,
        binding_chat_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        create_channel: bool | NotGiven = NOT_GIVEN,
        binding_channel_ids: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        create_collab: bool | NotGiven = NOT_GIVEN,
        binding_collab_ids: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        settings: V3HumanresourcesNodeAddSettings | NotGiven = NOT_GIVEN,
    ) -> V3HumanresourcesNodeAddResult:
        """Create a department or team in the company structure, with members and linked chats.

        Requires the "Add departments" or "Add teams" permission.

        REST method: ``humanresources.node.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-add.html

        Args:
            type: \"DEPARTMENT" or "TEAM".
            name: Name of the department or team.
            parent_id: ID of the parent department or team, as returned by humanresources.node.list. Wire name: ``parentId``.
            description: Description of the department or team.
            color_name: Team color: "blue", "green", "cyan", "orange", "purple" or "pink". Wire name: ``colorName``.
            user_ids: Users to add, grouped by role. Wire name: ``userIds``.
            move_users_to_node: true moves the users out of their current department into the new one; false (default) only adds them. For departments. Wire name: ``moveUsersToNode``.
            create_chat: true creates a new chat for the node; default false. Wire name: ``createChat``.
            binding_chat_ids: IDs of existing chats to link, as returned by im.recent.list. Wire name: ``bindingChatIds``.
            create_channel: true creates a new channel for the node; default false. Wire name: ``createChannel``.
            binding_channel_ids: IDs of existing channels to link, as returned by im.recent.list. Wire name: ``bindingChannelIds``.
            create_collab: true creates a new collab for the node when the plan allows; default false. Wire name: ``createCollab``.
            binding_collab_ids: IDs of existing collabs to link, as returned by socialnetwork.api.workgroup.list. Wire name: ``bindingCollabIds``.
            settings: Extra node settings.

        Returns:
            V3HumanresourcesNodeAddResult

        Example:
            result = client.v3.humanresources.node.add(type="DEPARTMENT", name="Anna", parent_id=1)
            result = await client.v3.humanresources.node.add(type="DEPARTMENT", name="Anna", parent_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeAddResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_ADD,
                {
                    "type": type,
                    "name": name,
                    "parentId": parent_id,
                    "description": description,
                    "colorName": color_name,
                    "userIds": user_ids,
                    "moveUsersToNode": move_users_to_node,
                    "createChat": create_chat,
                    "bindingChatIds": binding_chat_ids,
                    "createChannel": create_channel,
                    "bindingChannelIds": binding_channel_ids,
                    "createCollab": create_collab,
                    "bindingCollabIds": binding_collab_ids,
                    "settings": settings,
                },
            ),
        )

    async def children(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[V3HumanresourcesNodeChildrenResult]:
        """List the direct child departments and teams of a structure node.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.children`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-children.html

        Args:
            id: ID of the parent department or team.
            select: Node fields to return, such as "id", "name", "parentId", "userCount", "colorName", "createdAt".

        Returns:
            list[V3HumanresourcesNodeChildrenResult]

        Example:
            result = client.v3.humanresources.node.children(id=1)
            result = await client.v3.humanresources.node.children(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3HumanresourcesNodeChildrenResult]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_CHILDREN, {"id": id, "select": select}
            ),
        )

    async def count(self) -> V3HumanresourcesNodeCountResult:
        """Count the departments and teams in the company structure.

        REST method: ``humanresources.node.count`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-count.html

        Returns:
            V3HumanresourcesNodeCountResult

        Example:
            result = client.v3.humanresources.node.count()
            result = await client.v3.humanresources.node.count()  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeCountResult",
            await self._backend._invoke(_V3_HUMANRESOURCES_NODE_COUNT, {}),
        )

    async def edit(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color_name: (
            Literal["blue", "green", "cyan", "orange", "purple", "pink"] | NotGiven
        ) = NOT_GIVEN,
    ) -> V3HumanresourcesNodeEditResult:
        """Rename a department or team, or change its description or color.

        Pass at least one of name, description or colorName. Requires the "Edit departments" or "Edit teams" permission.

        REST method: ``humanresources.node.edit`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-edit.html

        Args:
            id: ID of the department or team, as returned by humanresources.node.list.
            name: New name.
            description: New description.
            color_name: New team color: "blue", "green", "cyan", "orange", "purple" or "pink". Wire name: ``colorName``.

        Returns:
            V3HumanresourcesNodeEditResult

        Example:
            result = client.v3.humanresources.node.edit(id=1)
            result = await client.v3.humanresources.node.edit(id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeEditResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_EDIT,
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "colorName": color_name,
                },
            ),
        )

    async def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesNode:
        """Get a department or team by ID, optionally with its members.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-get.html

        Args:
            id: ID of the department or team, as returned by humanresources.node.list.
            select: Node fields to return, such as "id", "structureId", "parentId", "accessCode", "userCount", "colorName", "xmlId", "createdAt", "updatedAt" or "members".

        Returns:
            V3HumanresourcesNode

        Example:
            result = client.v3.humanresources.node.get(id=1)
            result = await client.v3.humanresources.node.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNode",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_GET, {"id": id, "select": select}
            ),
        )

    async def list(
        self,
        *,
        type: Literal["DEPARTMENT", "TEAM"],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3HumanresourcesNode]:
        """List the departments or the teams of the company structure.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-list.html

        Args:
            type: \"DEPARTMENT" or "TEAM".
            select: Node fields to return, such as "id", "name", "parentId", "userCount", "colorName", "createdAt".
            pagination: Paging: page, limit (default 50, at most 200) and offset.

        Returns:
            list[V3HumanresourcesNode]

        Example:
            result = client.v3.humanresources.node.list(type="DEPARTMENT")
            result = await client.v3.humanresources.node.list(type="DEPARTMENT")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesNode]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_LIST,
                {"type": type, "select": select, "pagination": pagination},
            ),
        )

    async def move(self, *, id: int, parent_id: int) -> V3HumanresourcesNodeMoveResult:
        """Move a department or team under a different parent department.

        Requires the "Edit departments" or "Edit teams" permission.

        REST method: ``humanresources.node.move`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-move.html

        Args:
            id: ID of the department or team to move.
            parent_id: ID of the new parent department. Wire name: ``parentId``.

        Returns:
            V3HumanresourcesNodeMoveResult

        Example:
            result = client.v3.humanresources.node.move(id=1, parent_id=1)
            result = await client.v3.humanresources.node.move(id=1, parent_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMoveResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MOVE, {"id": id, "parentId": parent_id}
            ),
        )

    async def search(
        self,
        *,
        type: Literal["DEPARTMENT", "TEAM"],
        name: str,
        parent_id: int | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[V3HumanresourcesNodeSearchResult]:
        """Find departments or teams by part of their name.

        Requires the "View departments" or "View teams" permission.

        REST method: ``humanresources.node.search`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-search.html

        Args:
            type: \"DEPARTMENT" or "TEAM".
            name: Part of the name to search for.
            parent_id: ID of a parent department to search under. Wire name: ``parentId``.
            pagination: Paging: limit, records per page (default 50, at most 200).

        Returns:
            list[V3HumanresourcesNodeSearchResult]

        Example:
            result = client.v3.humanresources.node.search(type="DEPARTMENT", name="Anna")
            result = await client.v3.humanresources.node.search(type="DEPARTMENT", name="Anna")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3HumanresourcesNodeSearchResult]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_SEARCH,
                {
                    "type": type,
                    "name": name,
                    "parentId": parent_id,
                    "pagination": pagination,
                },
            ),
        )


class V3HumanresourcesNodeCommunication(Namespace):
    """REST 3.0 methods under ``humanresources.node.communication``."""

    __slots__ = ()

    def edit(
        self,
        *,
        node_id: int,
        communication_type: Literal["CHAT", "CHANNEL", "COLLAB"],
        create_default: bool | NotGiven = NOT_GIVEN,
        ids: Sequence[int] | NotGiven = NOT_GIVEN,
        remove_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        with_children: bool | NotGiven = NOT_GIVEN,
    ) -> V3HumanresourcesNodeCommunicationEditResult:
        """Link, unlink or create the chats, channels or collabs of a department or team.

        Requires the "Edit departments" or "Edit teams" permission.

        REST method: ``humanresources.node.communication.edit`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-edit.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            communication_type: \"CHAT", "CHANNEL" or "COLLAB". Wire name: ``communicationType``.
            create_default: true creates the default communication for the node; default false. Wire name: ``createDefault``.
            ids: IDs of communications to link; chats and channels from im.recent.list, collabs from socialnetwork.api.workgroup.list.
            remove_ids: IDs of communications to unlink, as returned by humanresources.node.communication.list. Wire name: ``removeIds``.
            with_children: true applies the change to child departments and teams too; default false. Wire name: ``withChildren``.

        Returns:
            V3HumanresourcesNodeCommunicationEditResult

        Example:
            result = client.v3.humanresources.node.communication.edit(node_id=1, communication_type="CHAT")
            result = await client.v3.humanresources.node.communication.edit(node_id=1, communication_type="CHAT")  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeCommunicationEditResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_COMMUNICATION_EDIT,
                {
                    "nodeId": node_id,
                    "communicationType": communication_type,
                    "createDefault": create_default,
                    "ids": ids,
                    "removeIds": remove_ids,
                    "withChildren": with_children,
                },
            ),
        )

    def list(self, *, id: int) -> _V3HumanresourcesNodeCommunication:
        """List the chats, channels and collabs linked to a department or team.

        Counts of linked items the caller cannot access are returned separately.

        REST method: ``humanresources.node.communication.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-list.html

        Args:
            id: ID of the department or team, as returned by humanresources.node.list.

        Returns:
            V3HumanresourcesNodeCommunication

        Example:
            result = client.v3.humanresources.node.communication.list(id=1)
            result = await client.v3.humanresources.node.communication.list(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNodeCommunication",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_COMMUNICATION_LIST, {"id": id}
            ),
        )


class AsyncV3HumanresourcesNodeCommunication(Namespace):
    """REST 3.0 methods under ``humanresources.node.communication`` (async)."""

    __slots__ = ()

    async def edit(
        self,
        *,
        node_id: int,
        communication_type: Literal["CHAT", "CHANNEL", "COLLAB"],
        create_default: bool | NotGiven = NOT_GIVEN,
        ids: Sequence[int] | NotGiven = NOT_GIVEN,
        remove_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        with_children: bool | NotGiven = NOT_GIVEN,
    ) -> V3HumanresourcesNodeCommunicationEditResult:
        """Link, unlink or create the chats, channels or collabs of a department or team.

        Requires the "Edit departments" or "Edit teams" permission.

        REST method: ``humanresources.node.communication.edit`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-edit.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            communication_type: \"CHAT", "CHANNEL" or "COLLAB". Wire name: ``communicationType``.
            create_default: true creates the default communication for the node; default false. Wire name: ``createDefault``.
            ids: IDs of communications to link; chats and channels from im.recent.list, collabs from socialnetwork.api.workgroup.list.
            remove_ids: IDs of communications to unlink, as returned by humanresources.node.communication.list. Wire name: ``removeIds``.
            with_children: true applies the change to child departments and teams too; default false. Wire name: ``withChildren``.

        Returns:
            V3HumanresourcesNodeCommunicationEditResult

        Example:
            result = client.v3.humanresources.node.communication.edit(node_id=1, communication_type="CHAT")
            result = await client.v3.humanresources.node.communication.edit(node_id=1, communication_type="CHAT")  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeCommunicationEditResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_COMMUNICATION_EDIT,
                {
                    "nodeId": node_id,
                    "communicationType": communication_type,
                    "createDefault": create_default,
                    "ids": ids,
                    "removeIds": remove_ids,
                    "withChildren": with_children,
                },
            ),
        )

    async def list(self, *, id: int) -> _V3HumanresourcesNodeCommunication:
        """List the chats, channels and collabs linked to a department or team.

        Counts of linked items the caller cannot access are returned separately.

        REST method: ``humanresources.node.communication.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-list.html

        Args:
            id: ID of the department or team, as returned by humanresources.node.list.

        Returns:
            V3HumanresourcesNodeCommunication

        Example:
            result = client.v3.humanresources.node.communication.list(id=1)
            result = await client.v3.humanresources.node.communication.list(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNodeCommunication",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_COMMUNICATION_LIST, {"id": id}
            ),
        )


class V3HumanresourcesNodeField(Namespace):
    """REST 3.0 methods under ``humanresources.node.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesNodeField:
        """Describe one department (structure node) field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``humanresources.node.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-field-get.html

        Args:
            name: Name of the field to describe, such as "id", "structureId", "parentId", "accessCode", "userCount", "colorName", "xmlId", "createdAt", "updatedAt" or "members".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3HumanresourcesNodeField

        Example:
            result = client.v3.humanresources.node.field.get(name="Anna")
            result = await client.v3.humanresources.node.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNodeField",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3HumanresourcesNodeField]:
        """List the department (structure node) fields with their types, captions and filter/sort/edit flags.

        REST method: ``humanresources.node.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3HumanresourcesNodeField]

        Example:
            result = client.v3.humanresources.node.field.list()
            result = await client.v3.humanresources.node.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesNodeField]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_FIELD_LIST, {"select": select}
            ),
        )


class AsyncV3HumanresourcesNodeField(Namespace):
    """REST 3.0 methods under ``humanresources.node.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesNodeField:
        """Describe one department (structure node) field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``humanresources.node.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-field-get.html

        Args:
            name: Name of the field to describe, such as "id", "structureId", "parentId", "accessCode", "userCount", "colorName", "xmlId", "createdAt", "updatedAt" or "members".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3HumanresourcesNodeField

        Example:
            result = client.v3.humanresources.node.field.get(name="Anna")
            result = await client.v3.humanresources.node.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNodeField",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3HumanresourcesNodeField]:
        """List the department (structure node) fields with their types, captions and filter/sort/edit flags.

        REST method: ``humanresources.node.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3HumanresourcesNodeField]

        Example:
            result = client.v3.humanresources.node.field.list()
            result = await client.v3.humanresources.node.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesNodeField]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_FIELD_LIST, {"select": select}
            ),
        )


class V3HumanresourcesNodeMember(Namespace):
    """REST 3.0 methods under ``humanresources.node.member``."""

    __slots__ = ()

    @property
    def field(self) -> V3HumanresourcesNodeMemberField:
        """REST 3.0 methods under ``humanresources.node.member.field``."""
        return V3HumanresourcesNodeMemberField(self._backend)

    def add(
        self,
        *,
        node_id: int,
        user_ids: Sequence[int],
        role: Literal["MEMBER_HEAD", "MEMBER_DEPUTY_HEAD", "MEMBER_EMPLOYEE"],
    ) -> V3HumanresourcesNodeMemberAddResult:
        """Add users to a department or team with one role.

        REST method: ``humanresources.node.member.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-add.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            user_ids: IDs of the users to add, as returned by user.get. Wire name: ``userIds``.
            role: Role given to all the users: "MEMBER_HEAD", "MEMBER_DEPUTY_HEAD" or "MEMBER_EMPLOYEE" for a department; "MEMBER_TEAM_HEAD", "MEMBER_TEAM_DEPUTY_HEAD" or "MEMBER_TEAM_EMPLOYEE" for a team.

        Returns:
            V3HumanresourcesNodeMemberAddResult

        Example:
            result = client.v3.humanresources.node.member.add(node_id=1, user_ids=[1], role="MEMBER_HEAD")
            result = await client.v3.humanresources.node.member.add(node_id=1, user_ids=[1], role="MEMBER_HEAD")  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberAddResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_ADD,
                {"nodeId": node_id, "userIds": user_ids, "role": role},
            ),
        )

    def move(
        self,
        *,
        node_id: int,
        user_ids: Sequence[int],
        role: (
            Literal["MEMBER_HEAD", "MEMBER_DEPUTY_HEAD", "MEMBER_EMPLOYEE"] | NotGiven
        ) = NOT_GIVEN,
    ) -> V3HumanresourcesNodeMemberMoveResult:
        """Move users into another department or team.

        REST method: ``humanresources.node.member.move`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-move.html

        Args:
            node_id: ID of the target department or team. Wire name: ``nodeId``.
            user_ids: IDs of the users to move. Wire name: ``userIds``.
            role: Role in the target node: "MEMBER_HEAD", "MEMBER_DEPUTY_HEAD" or "MEMBER_EMPLOYEE" for a department; "MEMBER_TEAM_HEAD", "MEMBER_TEAM_DEPUTY_HEAD" or "MEMBER_TEAM_EMPLOYEE" for a team. Default the employee role.

        Returns:
            V3HumanresourcesNodeMemberMoveResult

        Example:
            result = client.v3.humanresources.node.member.move(node_id=1, user_ids=[1])
            result = await client.v3.humanresources.node.member.move(node_id=1, user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberMoveResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_MOVE,
                {"nodeId": node_id, "userIds": user_ids, "role": role},
            ),
        )

    def remove(
        self, *, node_id: int, user_ids: Sequence[int]
    ) -> V3HumanresourcesNodeMemberRemoveResult:
        """Remove users from a department or team.

        REST method: ``humanresources.node.member.remove`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-remove.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            user_ids: IDs of the users to remove. Wire name: ``userIds``.

        Returns:
            V3HumanresourcesNodeMemberRemoveResult

        Example:
            result = client.v3.humanresources.node.member.remove(node_id=1, user_ids=[1])
            result = await client.v3.humanresources.node.member.remove(node_id=1, user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberRemoveResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_REMOVE,
                {"nodeId": node_id, "userIds": user_ids},
            ),
        )

    def set(
        self, *, node_id: int, user_ids: V3HumanresourcesNodeMemberSetUserIds
    ) -> V3HumanresourcesNodeMemberSetResult:
        """Set the members of a department or team by role.

        REST method: ``humanresources.node.member.set`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-set.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            user_ids: Member lists by role, as {"ROLE": [user IDs]}. Wire name: ``userIds``.

        Returns:
            V3HumanresourcesNodeMemberSetResult

        Example:
            result = client.v3.humanresources.node.member.set(node_id=1, user_ids={})
            result = await client.v3.humanresources.node.member.set(node_id=1, user_ids={})  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberSetResult",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_SET,
                {"nodeId": node_id, "userIds": user_ids},
            ),
        )


class AsyncV3HumanresourcesNodeMember(Namespace):
    """REST 3.0 methods under ``humanresources.node.member`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3HumanresourcesNodeMemberField:
        """REST 3.0 methods under ``humanresources.node.member.field``."""
        return AsyncV3HumanresourcesNodeMemberField(self._backend)

    async def add(
        self,
        *,
        node_id: int,
        user_ids: Sequence[int],
        role: Literal["MEMBER_HEAD", "MEMBER_DEPUTY_HEAD", "MEMBER_EMPLOYEE"],
    ) -> V3HumanresourcesNodeMemberAddResult:
        """Add users to a department or team with one role.

        REST method: ``humanresources.node.member.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-add.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            user_ids: IDs of the users to add, as returned by user.get. Wire name: ``userIds``.
            role: Role given to all the users: "MEMBER_HEAD", "MEMBER_DEPUTY_HEAD" or "MEMBER_EMPLOYEE" for a department; "MEMBER_TEAM_HEAD", "MEMBER_TEAM_DEPUTY_HEAD" or "MEMBER_TEAM_EMPLOYEE" for a team.

        Returns:
            V3HumanresourcesNodeMemberAddResult

        Example:
            result = client.v3.humanresources.node.member.add(node_id=1, user_ids=[1], role="MEMBER_HEAD")
            result = await client.v3.humanresources.node.member.add(node_id=1, user_ids=[1], role="MEMBER_HEAD")  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberAddResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_ADD,
                {"nodeId": node_id, "userIds": user_ids, "role": role},
            ),
        )

    async def move(
        self,
        *,
        node_id: int,
        user_ids: Sequence[int],
        role: (
            Literal["MEMBER_HEAD", "MEMBER_DEPUTY_HEAD", "MEMBER_EMPLOYEE"] | NotGiven
        ) = NOT_GIVEN,
    ) -> V3HumanresourcesNodeMemberMoveResult:
        """Move users into another department or team.

        REST method: ``humanresources.node.member.move`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-move.html

        Args:
            node_id: ID of the target department or team. Wire name: ``nodeId``.
            user_ids: IDs of the users to move. Wire name: ``userIds``.
            role: Role in the target node: "MEMBER_HEAD", "MEMBER_DEPUTY_HEAD" or "MEMBER_EMPLOYEE" for a department; "MEMBER_TEAM_HEAD", "MEMBER_TEAM_DEPUTY_HEAD" or "MEMBER_TEAM_EMPLOYEE" for a team. Default the employee role.

        Returns:
            V3HumanresourcesNodeMemberMoveResult

        Example:
            result = client.v3.humanresources.node.member.move(node_id=1, user_ids=[1])
            result = await client.v3.humanresources.node.member.move(node_id=1, user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberMoveResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_MOVE,
                {"nodeId": node_id, "userIds": user_ids, "role": role},
            ),
        )

    async def remove(
        self, *, node_id: int, user_ids: Sequence[int]
    ) -> V3HumanresourcesNodeMemberRemoveResult:
        """Remove users from a department or team.

        REST method: ``humanresources.node.member.remove`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-remove.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            user_ids: IDs of the users to remove. Wire name: ``userIds``.

        Returns:
            V3HumanresourcesNodeMemberRemoveResult

        Example:
            result = client.v3.humanresources.node.member.remove(node_id=1, user_ids=[1])
            result = await client.v3.humanresources.node.member.remove(node_id=1, user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberRemoveResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_REMOVE,
                {"nodeId": node_id, "userIds": user_ids},
            ),
        )

    async def set(
        self, *, node_id: int, user_ids: V3HumanresourcesNodeMemberSetUserIds
    ) -> V3HumanresourcesNodeMemberSetResult:
        """Set the members of a department or team by role.

        REST method: ``humanresources.node.member.set`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-set.html

        Args:
            node_id: ID of the department or team, as returned by humanresources.node.list. Wire name: ``nodeId``.
            user_ids: Member lists by role, as {"ROLE": [user IDs]}. Wire name: ``userIds``.

        Returns:
            V3HumanresourcesNodeMemberSetResult

        Example:
            result = client.v3.humanresources.node.member.set(node_id=1, user_ids={})
            result = await client.v3.humanresources.node.member.set(node_id=1, user_ids={})  # AsyncBitrix24
        """
        return cast(
            "V3HumanresourcesNodeMemberSetResult",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_SET,
                {"nodeId": node_id, "userIds": user_ids},
            ),
        )


class V3HumanresourcesNodeMemberField(Namespace):
    """REST 3.0 methods under ``humanresources.node.member.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesNodeMemberField:
        """Describe one structure node member field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``humanresources.node.member.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-field-get.html

        Args:
            name: Name of the field to describe, such as "userId", "workPosition", "role", "avatar" or "url".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3HumanresourcesNodeMemberField

        Example:
            result = client.v3.humanresources.node.member.field.get(name="Anna")
            result = await client.v3.humanresources.node.member.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNodeMemberField",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_FIELD_GET,
                {"name": name, "select": select},
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3HumanresourcesNodeMemberField]:
        """List the structure node member fields with their types, captions and filter/sort/edit flags.

        REST method: ``humanresources.node.member.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3HumanresourcesNodeMemberField]

        Example:
            result = client.v3.humanresources.node.member.field.list()
            result = await client.v3.humanresources.node.member.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesNodeMemberField]",
            self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_FIELD_LIST, {"select": select}
            ),
        )


class AsyncV3HumanresourcesNodeMemberField(Namespace):
    """REST 3.0 methods under ``humanresources.node.member.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3HumanresourcesNodeMemberField:
        """Describe one structure node member field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``humanresources.node.member.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-field-get.html

        Args:
            name: Name of the field to describe, such as "userId", "workPosition", "role", "avatar" or "url".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3HumanresourcesNodeMemberField

        Example:
            result = client.v3.humanresources.node.member.field.get(name="Anna")
            result = await client.v3.humanresources.node.member.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3HumanresourcesNodeMemberField",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_FIELD_GET,
                {"name": name, "select": select},
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3HumanresourcesNodeMemberField]:
        """List the structure node member fields with their types, captions and filter/sort/edit flags.

        REST method: ``humanresources.node.member.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/departments/node-member/humanresources-node-member-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3HumanresourcesNodeMemberField]

        Example:
            result = client.v3.humanresources.node.member.field.list()
            result = await client.v3.humanresources.node.member.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3HumanresourcesNodeMemberField]",
            await self._backend._invoke(
                _V3_HUMANRESOURCES_NODE_MEMBER_FIELD_LIST, {"select": select}
            ),
        )
