"""Methods under ``department``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.department import (
        Department as _Department,
        DepartmentFieldsResult,
    )

_DEPARTMENT_ADD = MethodInfo(
    name="department.add", idempotent=False, returns="integer", api=1
)
_DEPARTMENT_DELETE = MethodInfo(
    name="department.delete", idempotent=False, returns="boolean", api=1
)
_DEPARTMENT_FIELDS = MethodInfo(
    name="department.fields", idempotent=True, returns="any", api=1
)
_DEPARTMENT_GET = MethodInfo(
    name="department.get", idempotent=True, returns="any", api=1
)
_DEPARTMENT_UPDATE = MethodInfo(
    name="department.update", idempotent=False, returns="boolean", api=1
)


class Department(Namespace):
    """Methods under ``department``."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str,
        sort: int | NotGiven = NOT_GIVEN,
        parent: int,
        uf_head: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a department in the company structure and return its ID.

        Requires the right to edit the company structure.

        REST method: ``department.add``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-add.html

        Args:
            name: Department name. Wire name: ``NAME``.
            sort: Sort index of the department. Wire name: ``SORT``.
            parent: ID of the parent department. Wire name: ``PARENT``.
            uf_head: ID of the user who heads the department. Wire name: ``UF_HEAD``.

        Returns:
            int

        Example:
            result = client.department.add(name="Anna", parent=1)
            result = await client.department.add(name="Anna", parent=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _DEPARTMENT_ADD,
                {"NAME": name, "SORT": sort, "PARENT": parent, "UF_HEAD": uf_head},
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a department from the company structure.

        Requires the right to edit the company structure.

        REST method: ``department.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-delete.html

        Args:
            id: ID of the department. Wire name: ``ID``.

        Returns:
            bool

        Example:
            result = client.department.delete(id=1)
            result = await client.department.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_DEPARTMENT_DELETE, {"ID": id}))

    def fields(self) -> DepartmentFieldsResult:
        """Describe the department fields with their captions.

        REST method: ``department.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-fields.html

        Returns:
            DepartmentFieldsResult

        Example:
            result = client.department.fields()
            result = await client.department.fields()  # AsyncBitrix24
        """
        return cast(
            "DepartmentFieldsResult", self._backend._invoke(_DEPARTMENT_FIELDS, {})
        )

    def get(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        order: str | NotGiven = NOT_GIVEN,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        sort_2: str | NotGiven = NOT_GIVEN,
        parent: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        start_2: int | NotGiven = NOT_GIVEN,
    ) -> Page[_Department]:
        """List company departments, filtered by ID, name, parent or head.

        Pages are always 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``department.get``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-get.html

        Args:
            sort: Field to sort by: "ID", "NAME", "SORT", "PARENT" or "UF_HEAD".
            order: \"ASC" or "DESC".
            id: Filter by department ID. Wire name: ``ID``.
            name: Filter by the full department name. Wire name: ``NAME``.
            sort_2: Filter by sort index. Wire name: ``SORT``.
            parent: Filter by parent department ID. Wire name: ``PARENT``.
            start: Offset of the page: (page number - 1) * 50. Wire name: ``START``.
            start_2: Offset of the page: (page number - 1) * 50. Wire name: ``start``.

        Returns:
            Page[Department]

        Example:
            result = client.department.get()
            result = await client.department.get()  # AsyncBitrix24
        """
        return cast(
            "Page[_Department]",
            self._backend._invoke_page(
                _DEPARTMENT_GET,
                {
                    "sort": sort,
                    "order": order,
                    "ID": id,
                    "NAME": name,
                    "SORT": sort_2,
                    "PARENT": parent,
                    "START": start,
                    "start": start_2,
                },
            ),
        )

    def update(
        self,
        *,
        id: int | str,
        name: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        parent: int | NotGiven = NOT_GIVEN,
        uf_head: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename, move or change the head of a department.

        Requires the right to edit the company structure.

        REST method: ``department.update``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-update.html

        Args:
            id: ID of the department. Wire name: ``ID``.
            name: Department name. Wire name: ``NAME``.
            sort: Sort index of the department. Wire name: ``SORT``.
            parent: ID of the parent department. Wire name: ``PARENT``.
            uf_head: ID of the user who heads the department. Wire name: ``UF_HEAD``.

        Returns:
            bool

        Example:
            result = client.department.update(id=1)
            result = await client.department.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _DEPARTMENT_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "SORT": sort,
                    "PARENT": parent,
                    "UF_HEAD": uf_head,
                },
            ),
        )


class AsyncDepartment(Namespace):
    """Methods under ``department`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        name: str,
        sort: int | NotGiven = NOT_GIVEN,
        parent: int,
        uf_head: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a department in the company structure and return its ID.

        Requires the right to edit the company structure.

        REST method: ``department.add``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-add.html

        Args:
            name: Department name. Wire name: ``NAME``.
            sort: Sort index of the department. Wire name: ``SORT``.
            parent: ID of the parent department. Wire name: ``PARENT``.
            uf_head: ID of the user who heads the department. Wire name: ``UF_HEAD``.

        Returns:
            int

        Example:
            result = client.department.add(name="Anna", parent=1)
            result = await client.department.add(name="Anna", parent=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _DEPARTMENT_ADD,
                {"NAME": name, "SORT": sort, "PARENT": parent, "UF_HEAD": uf_head},
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a department from the company structure.

        Requires the right to edit the company structure.

        REST method: ``department.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-delete.html

        Args:
            id: ID of the department. Wire name: ``ID``.

        Returns:
            bool

        Example:
            result = client.department.delete(id=1)
            result = await client.department.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_DEPARTMENT_DELETE, {"ID": id}))

    async def fields(self) -> DepartmentFieldsResult:
        """Describe the department fields with their captions.

        REST method: ``department.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-fields.html

        Returns:
            DepartmentFieldsResult

        Example:
            result = client.department.fields()
            result = await client.department.fields()  # AsyncBitrix24
        """
        return cast(
            "DepartmentFieldsResult",
            await self._backend._invoke(_DEPARTMENT_FIELDS, {}),
        )

    async def get(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        order: str | NotGiven = NOT_GIVEN,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        sort_2: str | NotGiven = NOT_GIVEN,
        parent: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        start_2: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_Department]:
        """List company departments, filtered by ID, name, parent or head.

        Pages are always 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``department.get``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-get.html

        Args:
            sort: Field to sort by: "ID", "NAME", "SORT", "PARENT" or "UF_HEAD".
            order: \"ASC" or "DESC".
            id: Filter by department ID. Wire name: ``ID``.
            name: Filter by the full department name. Wire name: ``NAME``.
            sort_2: Filter by sort index. Wire name: ``SORT``.
            parent: Filter by parent department ID. Wire name: ``PARENT``.
            start: Offset of the page: (page number - 1) * 50. Wire name: ``START``.
            start_2: Offset of the page: (page number - 1) * 50. Wire name: ``start``.

        Returns:
            AsyncPage[Department]

        Example:
            result = client.department.get()
            result = await client.department.get()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_Department]",
            await self._backend._invoke_page(
                _DEPARTMENT_GET,
                {
                    "sort": sort,
                    "order": order,
                    "ID": id,
                    "NAME": name,
                    "SORT": sort_2,
                    "PARENT": parent,
                    "START": start,
                    "start": start_2,
                },
            ),
        )

    async def update(
        self,
        *,
        id: int | str,
        name: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        parent: int | NotGiven = NOT_GIVEN,
        uf_head: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename, move or change the head of a department.

        Requires the right to edit the company structure.

        REST method: ``department.update``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-update.html

        Args:
            id: ID of the department. Wire name: ``ID``.
            name: Department name. Wire name: ``NAME``.
            sort: Sort index of the department. Wire name: ``SORT``.
            parent: ID of the parent department. Wire name: ``PARENT``.
            uf_head: ID of the user who heads the department. Wire name: ``UF_HEAD``.

        Returns:
            bool

        Example:
            result = client.department.update(id=1)
            result = await client.department.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _DEPARTMENT_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "SORT": sort,
                    "PARENT": parent,
                    "UF_HEAD": uf_head,
                },
            ),
        )


class BatchDepartment(Namespace):
    """Methods under ``department`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str | Ref,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        parent: int | Ref,
        uf_head: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a department in the company structure and return its ID.

        Requires the right to edit the company structure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``department.add``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-add.html

        Args:
            name: Department name. Wire name: ``NAME``.
            sort: Sort index of the department. Wire name: ``SORT``.
            parent: ID of the parent department. Wire name: ``PARENT``.
            uf_head: ID of the user who heads the department. Wire name: ``UF_HEAD``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.department.add(name="Anna", parent=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _DEPARTMENT_ADD,
                {"NAME": name, "SORT": sort, "PARENT": parent, "UF_HEAD": uf_head},
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a department from the company structure.

        Requires the right to edit the company structure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``department.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-delete.html

        Args:
            id: ID of the department. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.department.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_DEPARTMENT_DELETE, {"ID": id})
        )

    def fields(self) -> BatchCommand[DepartmentFieldsResult]:
        """Describe the department fields with their captions.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``department.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-fields.html

        Returns:
            BatchCommand[DepartmentFieldsResult]

        Example:
            command = batch.department.fields()
        """
        return cast(
            "BatchCommand[DepartmentFieldsResult]",
            self._backend._invoke(_DEPARTMENT_FIELDS, {}),
        )

    def get(
        self,
        *,
        sort: str | Ref | NotGiven = NOT_GIVEN,
        order: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        sort_2: str | Ref | NotGiven = NOT_GIVEN,
        parent: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        start_2: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_Department]]:
        """List company departments, filtered by ID, name, parent or head.

        Pages are always 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``department.get``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-get.html

        Args:
            sort: Field to sort by: "ID", "NAME", "SORT", "PARENT" or "UF_HEAD".
            order: \"ASC" or "DESC".
            id: Filter by department ID. Wire name: ``ID``.
            name: Filter by the full department name. Wire name: ``NAME``.
            sort_2: Filter by sort index. Wire name: ``SORT``.
            parent: Filter by parent department ID. Wire name: ``PARENT``.
            start: Offset of the page: (page number - 1) * 50. Wire name: ``START``.
            start_2: Offset of the page: (page number - 1) * 50. Wire name: ``start``.

        Returns:
            BatchCommand[list[Department]]

        Example:
            command = batch.department.get()
        """
        return cast(
            "BatchCommand[list[_Department]]",
            self._backend._invoke_page(
                _DEPARTMENT_GET,
                {
                    "sort": sort,
                    "order": order,
                    "ID": id,
                    "NAME": name,
                    "SORT": sort_2,
                    "PARENT": parent,
                    "START": start,
                    "start": start_2,
                },
            ),
        )

    def update(
        self,
        *,
        id: int | str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        parent: int | Ref | NotGiven = NOT_GIVEN,
        uf_head: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Rename, move or change the head of a department.

        Requires the right to edit the company structure.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``department.update``
        Docs: https://apidocs.bitrix24.com/api-reference/departments/department-update.html

        Args:
            id: ID of the department. Wire name: ``ID``.
            name: Department name. Wire name: ``NAME``.
            sort: Sort index of the department. Wire name: ``SORT``.
            parent: ID of the parent department. Wire name: ``PARENT``.
            uf_head: ID of the user who heads the department. Wire name: ``UF_HEAD``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.department.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _DEPARTMENT_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "SORT": sort,
                    "PARENT": parent,
                    "UF_HEAD": uf_head,
                },
            ),
        )
