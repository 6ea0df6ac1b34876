"""Methods under ``im.department``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.im import ImDepartment as _ImDepartment

_IM_DEPARTMENT_GET = MethodInfo(
    name="im.department.get", idempotent=True, returns="any", api=1
)
_IM_DEPARTMENT_COLLEAGUES_LIST = MethodInfo(
    name="im.department.colleagues.list", idempotent=True, returns="any", api=1
)
_IM_DEPARTMENT_EMPLOYEES_GET = MethodInfo(
    name="im.department.employees.get", idempotent=True, returns="any", api=1
)
_IM_DEPARTMENT_MANAGERS_GET = MethodInfo(
    name="im.department.managers.get", idempotent=True, returns="any", api=1
)


class ImDepartment(Namespace):
    """Methods under ``im.department``."""

    __slots__ = ()

    @property
    def colleagues(self) -> ImDepartmentColleagues:
        """Methods under ``im.department.colleagues``."""
        return ImDepartmentColleagues(self._backend)

    @property
    def employees(self) -> ImDepartmentEmployees:
        """Methods under ``im.department.employees``."""
        return ImDepartmentEmployees(self._backend)

    @property
    def managers(self) -> ImDepartmentManagers:
        """Methods under ``im.department.managers``."""
        return ImDepartmentManagers(self._backend)

    def get(
        self, *, id: Sequence[int], user_data: bool | NotGiven = NOT_GIVEN
    ) -> list[_ImDepartment]:
        """Return name, full path and head of the given departments.

        REST method: ``im.department.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" adds full data of each department head. Wire name: ``USER_DATA``.

        Returns:
            list[ImDepartment]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.get(id=[1])
            result = await client.im.department.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[_ImDepartment]",
            self._backend._invoke(
                _IM_DEPARTMENT_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class AsyncImDepartment(Namespace):
    """Methods under ``im.department`` (async)."""

    __slots__ = ()

    @property
    def colleagues(self) -> AsyncImDepartmentColleagues:
        """Methods under ``im.department.colleagues``."""
        return AsyncImDepartmentColleagues(self._backend)

    @property
    def employees(self) -> AsyncImDepartmentEmployees:
        """Methods under ``im.department.employees``."""
        return AsyncImDepartmentEmployees(self._backend)

    @property
    def managers(self) -> AsyncImDepartmentManagers:
        """Methods under ``im.department.managers``."""
        return AsyncImDepartmentManagers(self._backend)

    async def get(
        self, *, id: Sequence[int], user_data: bool | NotGiven = NOT_GIVEN
    ) -> list[_ImDepartment]:
        """Return name, full path and head of the given departments.

        REST method: ``im.department.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" adds full data of each department head. Wire name: ``USER_DATA``.

        Returns:
            list[ImDepartment]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.get(id=[1])
            result = await client.im.department.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[_ImDepartment]",
            await self._backend._invoke(
                _IM_DEPARTMENT_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class BatchImDepartment(Namespace):
    """Methods under ``im.department`` (queued into a batch)."""

    __slots__ = ()

    @property
    def colleagues(self) -> BatchImDepartmentColleagues:
        """Methods under ``im.department.colleagues``."""
        return BatchImDepartmentColleagues(self._backend)

    @property
    def employees(self) -> BatchImDepartmentEmployees:
        """Methods under ``im.department.employees``."""
        return BatchImDepartmentEmployees(self._backend)

    @property
    def managers(self) -> BatchImDepartmentManagers:
        """Methods under ``im.department.managers``."""
        return BatchImDepartmentManagers(self._backend)

    def get(
        self, *, id: Sequence[int] | Ref, user_data: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[_ImDepartment]]:
        """Return name, full path and head of the given departments.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.department.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" adds full data of each department head. Wire name: ``USER_DATA``.

        Returns:
            BatchCommand[list[ImDepartment]]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.department.get(id=[1])
        """
        return cast(
            "BatchCommand[list[_ImDepartment]]",
            self._backend._invoke(
                _IM_DEPARTMENT_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class ImDepartmentColleagues(Namespace):
    """Methods under ``im.department.colleagues``."""

    __slots__ = ()

    def list(
        self,
        *,
        user_data: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[Any]:
        """List the current user's coworkers (subordinates and managers for a head).

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.department.colleagues.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-colleagues-list.html

        Args:
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Number of users per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            Page[Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.colleagues.list()
            result = await client.im.department.colleagues.list()  # AsyncBitrix24
        """
        return cast(
            "Page[Any]",
            self._backend._invoke_page(
                _IM_DEPARTMENT_COLLEAGUES_LIST,
                {
                    "USER_DATA": yes_no(user_data),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class AsyncImDepartmentColleagues(Namespace):
    """Methods under ``im.department.colleagues`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        user_data: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Any]:
        """List the current user's coworkers (subordinates and managers for a head).

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.department.colleagues.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-colleagues-list.html

        Args:
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Number of users per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            AsyncPage[Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.colleagues.list()
            result = await client.im.department.colleagues.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[Any]",
            await self._backend._invoke_page(
                _IM_DEPARTMENT_COLLEAGUES_LIST,
                {
                    "USER_DATA": yes_no(user_data),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class BatchImDepartmentColleagues(Namespace):
    """Methods under ``im.department.colleagues`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        user_data: bool | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[Any]]:
        """List the current user's coworkers (subordinates and managers for a head).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.department.colleagues.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-colleagues-list.html

        Args:
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Number of users per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[Any]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.department.colleagues.list()
        """
        return cast(
            "BatchCommand[builtins.list[Any]]",
            self._backend._invoke_page(
                _IM_DEPARTMENT_COLLEAGUES_LIST,
                {
                    "USER_DATA": yes_no(user_data),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class ImDepartmentEmployees(Namespace):
    """Methods under ``im.department.employees``."""

    __slots__ = ()

    def get(
        self, *, id: Sequence[int], user_data: bool | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Return the staff of the given departments, keyed by department ID.

        REST method: ``im.department.employees.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-employees-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.employees.get(id=[1])
            result = await client.im.department.employees.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _IM_DEPARTMENT_EMPLOYEES_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class AsyncImDepartmentEmployees(Namespace):
    """Methods under ``im.department.employees`` (async)."""

    __slots__ = ()

    async def get(
        self, *, id: Sequence[int], user_data: bool | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Return the staff of the given departments, keyed by department ID.

        REST method: ``im.department.employees.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-employees-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.employees.get(id=[1])
            result = await client.im.department.employees.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _IM_DEPARTMENT_EMPLOYEES_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class BatchImDepartmentEmployees(Namespace):
    """Methods under ``im.department.employees`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, id: Sequence[int] | Ref, user_data: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[dict[str, Any]]:
        """Return the staff of the given departments, keyed by department ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.department.employees.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-employees-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.

        Returns:
            BatchCommand[dict[str, Any]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.department.employees.get(id=[1])
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _IM_DEPARTMENT_EMPLOYEES_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class ImDepartmentManagers(Namespace):
    """Methods under ``im.department.managers``."""

    __slots__ = ()

    def get(
        self, *, id: Sequence[int], user_data: bool | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Return the heads of the given departments, keyed by department ID.

        REST method: ``im.department.managers.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-managers-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.managers.get(id=[1])
            result = await client.im.department.managers.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _IM_DEPARTMENT_MANAGERS_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class AsyncImDepartmentManagers(Namespace):
    """Methods under ``im.department.managers`` (async)."""

    __slots__ = ()

    async def get(
        self, *, id: Sequence[int], user_data: bool | NotGiven = NOT_GIVEN
    ) -> dict[str, Any]:
        """Return the heads of the given departments, keyed by department ID.

        REST method: ``im.department.managers.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-managers-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.department.managers.get(id=[1])
            result = await client.im.department.managers.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _IM_DEPARTMENT_MANAGERS_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )


class BatchImDepartmentManagers(Namespace):
    """Methods under ``im.department.managers`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, id: Sequence[int] | Ref, user_data: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[dict[str, Any]]:
        """Return the heads of the given departments, keyed by department ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.department.managers.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-managers-get.html

        Args:
            id: IDs of the departments (an array or a JSON array string). Wire name: ``ID``.
            user_data: \"Y" returns full user objects instead of bare user IDs. Wire name: ``USER_DATA``.

        Returns:
            BatchCommand[dict[str, Any]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.department.managers.get(id=[1])
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _IM_DEPARTMENT_MANAGERS_GET, {"ID": id, "USER_DATA": yes_no(user_data)}
            ),
        )
