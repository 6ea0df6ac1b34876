"""Methods under ``lists.section``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.lists import (
        ListsSection as _ListsSection,
        ListsSectionAddFields,
        ListsSectionUpdateFields,
    )

_LISTS_SECTION_ADD = MethodInfo(
    name="lists.section.add", idempotent=False, returns="integer", api=1
)
_LISTS_SECTION_DELETE = MethodInfo(
    name="lists.section.delete", idempotent=False, returns="boolean", api=1
)
_LISTS_SECTION_GET = MethodInfo(
    name="lists.section.get", idempotent=True, returns="any", api=1
)
_LISTS_SECTION_UPDATE = MethodInfo(
    name="lists.section.update", idempotent=False, returns="boolean", api=1
)


class ListsSection(Namespace):
    """Methods under ``lists.section``."""

    __slots__ = ()

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        iblock_section_id: int | NotGiven = NOT_GIVEN,
        section_code: str,
        fields: ListsSectionAddFields,
    ) -> int:
        """Create a section (folder) in a universal list; returns its ID.

        REST method: ``lists.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            iblock_section_id: ID of the parent section, from lists.section.get; 0 (default) is the list root. Wire name: ``IBLOCK_SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.
            fields: Data of the section. Wire name: ``FIELDS``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.add(iblock_type_id="lists", iblock_id=1, section_code="example_code", fields={"NAME": "Anna"})
            result = await client.lists.section.add(iblock_type_id="lists", iblock_id=1, section_code="example_code", fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            int,
            self._backend._invoke(
                _LISTS_SECTION_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "IBLOCK_SECTION_ID": iblock_section_id,
                    "SECTION_CODE": section_code,
                    "FIELDS": fields,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        section_id: int | NotGiven = NOT_GIVEN,
        section_code: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a section from a universal list.

        REST method: ``lists.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            section_id: ID of the section, from lists.section.get. Wire name: ``SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.delete(iblock_type_id="lists", iblock_id=1, section_id=1)
            result = await client.lists.section.delete(iblock_type_id="lists", iblock_id=1, section_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_DELETE,
            {"iblock_id": iblock_id, "section_id": section_id},
            {"iblock_id": iblock_id, "section_code": section_code},
            {"iblock_code": iblock_code, "section_id": section_id},
            {"iblock_code": iblock_code, "section_code": section_code},
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_SECTION_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SECTION_ID": section_id,
                    "SECTION_CODE": section_code,
                },
            ),
        )

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_ListsSection]:
        """Read one section or list the sections of a universal list.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``lists.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            filter: Conditions as {"field": value} on fields such as ID, CODE, XML_ID, NAME or IBLOCK_SECTION_ID. Wire name: ``FILTER``.
            select: Fields of the sections to return. Wire name: ``SELECT``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[ListsSection]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.section.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "Page[_ListsSection]",
            self._backend._invoke_page(
                _LISTS_SECTION_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FILTER": filter,
                    "SELECT": select,
                    "start": start,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        section_id: int | NotGiven = NOT_GIVEN,
        section_code: str | NotGiven = NOT_GIVEN,
        fields: ListsSectionUpdateFields,
    ) -> bool:
        """Change the name or other data of a section of a universal list.

        REST method: ``lists.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            section_id: ID of the section, from lists.section.get. Wire name: ``SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.
            fields: Data of the section. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.update(iblock_type_id="lists", iblock_id=1, section_id=1, fields={"NAME": "Anna"})
            result = await client.lists.section.update(iblock_type_id="lists", iblock_id=1, section_id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_UPDATE,
            {"iblock_id": iblock_id, "section_id": section_id},
            {"iblock_id": iblock_id, "section_code": section_code},
            {"iblock_code": iblock_code, "section_id": section_id},
            {"iblock_code": iblock_code, "section_code": section_code},
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_SECTION_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SECTION_ID": section_id,
                    "SECTION_CODE": section_code,
                    "FIELDS": fields,
                },
            ),
        )


class AsyncListsSection(Namespace):
    """Methods under ``lists.section`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        iblock_section_id: int | NotGiven = NOT_GIVEN,
        section_code: str,
        fields: ListsSectionAddFields,
    ) -> int:
        """Create a section (folder) in a universal list; returns its ID.

        REST method: ``lists.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            iblock_section_id: ID of the parent section, from lists.section.get; 0 (default) is the list root. Wire name: ``IBLOCK_SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.
            fields: Data of the section. Wire name: ``FIELDS``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.add(iblock_type_id="lists", iblock_id=1, section_code="example_code", fields={"NAME": "Anna"})
            result = await client.lists.section.add(iblock_type_id="lists", iblock_id=1, section_code="example_code", fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            int,
            await self._backend._invoke(
                _LISTS_SECTION_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "IBLOCK_SECTION_ID": iblock_section_id,
                    "SECTION_CODE": section_code,
                    "FIELDS": fields,
                },
            ),
        )

    async def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        section_id: int | NotGiven = NOT_GIVEN,
        section_code: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a section from a universal list.

        REST method: ``lists.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            section_id: ID of the section, from lists.section.get. Wire name: ``SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.delete(iblock_type_id="lists", iblock_id=1, section_id=1)
            result = await client.lists.section.delete(iblock_type_id="lists", iblock_id=1, section_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_DELETE,
            {"iblock_id": iblock_id, "section_id": section_id},
            {"iblock_id": iblock_id, "section_code": section_code},
            {"iblock_code": iblock_code, "section_id": section_id},
            {"iblock_code": iblock_code, "section_code": section_code},
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_SECTION_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SECTION_ID": section_id,
                    "SECTION_CODE": section_code,
                },
            ),
        )

    async def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_ListsSection]:
        """Read one section or list the sections of a universal list.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``lists.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            filter: Conditions as {"field": value} on fields such as ID, CODE, XML_ID, NAME or IBLOCK_SECTION_ID. Wire name: ``FILTER``.
            select: Fields of the sections to return. Wire name: ``SELECT``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[ListsSection]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.section.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "AsyncPage[_ListsSection]",
            await self._backend._invoke_page(
                _LISTS_SECTION_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FILTER": filter,
                    "SELECT": select,
                    "start": start,
                },
            ),
        )

    async def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        section_id: int | NotGiven = NOT_GIVEN,
        section_code: str | NotGiven = NOT_GIVEN,
        fields: ListsSectionUpdateFields,
    ) -> bool:
        """Change the name or other data of a section of a universal list.

        REST method: ``lists.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            section_id: ID of the section, from lists.section.get. Wire name: ``SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.
            fields: Data of the section. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.section.update(iblock_type_id="lists", iblock_id=1, section_id=1, fields={"NAME": "Anna"})
            result = await client.lists.section.update(iblock_type_id="lists", iblock_id=1, section_id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_SECTION_UPDATE,
            {"iblock_id": iblock_id, "section_id": section_id},
            {"iblock_id": iblock_id, "section_code": section_code},
            {"iblock_code": iblock_code, "section_id": section_id},
            {"iblock_code": iblock_code, "section_code": section_code},
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_SECTION_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SECTION_ID": section_id,
                    "SECTION_CODE": section_code,
                    "FIELDS": fields,
                },
            ),
        )


class BatchListsSection(Namespace):
    """Methods under ``lists.section`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        iblock_section_id: int | Ref | NotGiven = NOT_GIVEN,
        section_code: str | Ref,
        fields: ListsSectionAddFields | Ref,
    ) -> BatchCommand[int]:
        """Create a section (folder) in a universal list; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            iblock_section_id: ID of the parent section, from lists.section.get; 0 (default) is the list root. Wire name: ``IBLOCK_SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.
            fields: Data of the section. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.section.add(iblock_type_id="lists", iblock_id=1, section_code="example_code", fields={"NAME": "Anna"})
        """
        require_one_of(
            _LISTS_SECTION_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LISTS_SECTION_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "IBLOCK_SECTION_ID": iblock_section_id,
                    "SECTION_CODE": section_code,
                    "FIELDS": fields,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        section_id: int | Ref | NotGiven = NOT_GIVEN,
        section_code: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove a section from a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            section_id: ID of the section, from lists.section.get. Wire name: ``SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.section.delete(iblock_type_id="lists", iblock_id=1, section_id=1)
        """
        require_one_of(
            _LISTS_SECTION_DELETE,
            {"iblock_id": iblock_id, "section_id": section_id},
            {"iblock_id": iblock_id, "section_code": section_code},
            {"iblock_code": iblock_code, "section_id": section_id},
            {"iblock_code": iblock_code, "section_code": section_code},
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_SECTION_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SECTION_ID": section_id,
                    "SECTION_CODE": section_code,
                },
            ),
        )

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_ListsSection]]:
        """Read one section or list the sections of a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            filter: Conditions as {"field": value} on fields such as ID, CODE, XML_ID, NAME or IBLOCK_SECTION_ID. Wire name: ``FILTER``.
            select: Fields of the sections to return. Wire name: ``SELECT``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[ListsSection]]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.section.get(iblock_type_id="lists", iblock_id=1)
        """
        require_one_of(
            _LISTS_SECTION_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[list[_ListsSection]]",
            self._backend._invoke_page(
                _LISTS_SECTION_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FILTER": filter,
                    "SELECT": select,
                    "start": start,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        section_id: int | Ref | NotGiven = NOT_GIVEN,
        section_code: str | Ref | NotGiven = NOT_GIVEN,
        fields: ListsSectionUpdateFields | Ref,
    ) -> BatchCommand[bool]:
        """Change the name or other data of a section of a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/sections/lists-section-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            section_id: ID of the section, from lists.section.get. Wire name: ``SECTION_ID``.
            section_code: Symbolic code of the section. Wire name: ``SECTION_CODE``.
            fields: Data of the section. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.section.update(iblock_type_id="lists", iblock_id=1, section_id=1, fields={"NAME": "Anna"})
        """
        require_one_of(
            _LISTS_SECTION_UPDATE,
            {"iblock_id": iblock_id, "section_id": section_id},
            {"iblock_id": iblock_id, "section_code": section_code},
            {"iblock_code": iblock_code, "section_id": section_id},
            {"iblock_code": iblock_code, "section_code": section_code},
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_SECTION_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SECTION_ID": section_id,
                    "SECTION_CODE": section_code,
                    "FIELDS": fields,
                },
            ),
        )
