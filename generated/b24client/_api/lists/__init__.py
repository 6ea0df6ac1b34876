"""Methods under ``lists``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.lists import ListsAddFields, ListsUpdateFields
    from b24client._api.lists.element import (
        AsyncListsElement,
        BatchListsElement,
        ListsElement,
    )
    from b24client._api.lists.field import AsyncListsField, BatchListsField, ListsField
    from b24client._api.lists.get import AsyncListsGet, BatchListsGet, ListsGet
    from b24client._api.lists.section import (
        AsyncListsSection,
        BatchListsSection,
        ListsSection,
    )

_LISTS_ADD = MethodInfo(name="lists.add", idempotent=False, returns="integer", api=1)
_LISTS_DELETE = MethodInfo(
    name="lists.delete", idempotent=False, returns="boolean", api=1
)
_LISTS_UPDATE = MethodInfo(
    name="lists.update", idempotent=False, returns="boolean", api=1
)


class Lists(Namespace):
    """Methods under ``lists``."""

    __slots__ = ()

    @property
    def element(self) -> ListsElement:
        """Methods under ``lists.element``."""
        from b24client._api.lists.element import ListsElement

        return ListsElement(self._backend)

    @property
    def field(self) -> ListsField:
        """Methods under ``lists.field``."""
        from b24client._api.lists.field import ListsField

        return ListsField(self._backend)

    @property
    def get(self) -> ListsGet:
        """Methods under ``lists.get``."""
        from b24client._api.lists.get import ListsGet

        return ListsGet(self._backend)

    @property
    def section(self) -> ListsSection:
        """Methods under ``lists.section``."""
        from b24client._api.lists.section import ListsSection

        return ListsSection(self._backend)

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_code: str,
        socnet_group_id: int | NotGiven = NOT_GIVEN,
        fields: ListsAddFields,
        messages: dict[str, Any] | NotGiven = NOT_GIVEN,
        rights: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a universal list (or a process list, or a workgroup list) with its labels and access rights; returns its ID.

        For a list inside a workgroup pass SOCNET_GROUP_ID with IBLOCK_TYPE_ID "lists_socnet".

        REST method: ``lists.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_code: Symbolic code of the new list. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup to create the list in. Wire name: ``SOCNET_GROUP_ID``.
            fields: Properties of the list. Wire name: ``FIELDS``.
            messages: Interface labels, such as ELEMENTS_NAME, ELEMENT_NAME, ELEMENT_ADD, ELEMENT_EDIT, ELEMENT_DELETE, SECTIONS_NAME, SECTION_NAME, SECTION_ADD, SECTION_EDIT, SECTION_DELETE. Wire name: ``MESSAGES``.
            rights: Access rights as {"U1": "X", "D5": "D"}: key is a user ("U"), department ("D"), department with subdepartments ("DR") or everyone ("*") with an ID; value is a right from "D" (no access) through "R" (read), "E" (add), "W" (edit) to "X" (full). Wire name: ``RIGHTS``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.add(iblock_type_id="lists", iblock_code="example_code", fields={"NAME": "Anna"})
            result = await client.lists.add(iblock_type_id="lists", iblock_code="example_code", fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LISTS_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "FIELDS": fields,
                    "MESSAGES": messages,
                    "RIGHTS": rights,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a universal list with all its elements.

        REST method: ``lists.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.delete(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.delete(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_DELETE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        socnet_group_id: int | NotGiven = NOT_GIVEN,
        fields: ListsUpdateFields,
        messages: dict[str, Any] | NotGiven = NOT_GIVEN,
        rights: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the name, description, labels or access rights of a universal list.

        REST method: ``lists.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup the list belongs to; required for workgroup lists. Wire name: ``SOCNET_GROUP_ID``.
            fields: Properties of the list. Wire name: ``FIELDS``.
            messages: Interface labels, such as ELEMENTS_NAME, ELEMENT_NAME, ELEMENT_ADD, ELEMENT_EDIT, ELEMENT_DELETE, SECTIONS_NAME, SECTION_NAME, SECTION_ADD, SECTION_EDIT, SECTION_DELETE. Wire name: ``MESSAGES``.
            rights: Access rights as {"U1": "X", "D5": "D"}: key is a user ("U"), department ("D"), department with subdepartments ("DR") or everyone ("*") with an ID; value is a right from "D" (no access) through "R" (read), "E" (add), "W" (edit) to "X" (full). Wire name: ``RIGHTS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna"})
            result = await client.lists.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_UPDATE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "FIELDS": fields,
                    "MESSAGES": messages,
                    "RIGHTS": rights,
                },
            ),
        )


class AsyncLists(Namespace):
    """Methods under ``lists`` (async)."""

    __slots__ = ()

    @property
    def element(self) -> AsyncListsElement:
        """Methods under ``lists.element``."""
        from b24client._api.lists.element import AsyncListsElement

        return AsyncListsElement(self._backend)

    @property
    def field(self) -> AsyncListsField:
        """Methods under ``lists.field``."""
        from b24client._api.lists.field import AsyncListsField

        return AsyncListsField(self._backend)

    @property
    def get(self) -> AsyncListsGet:
        """Methods under ``lists.get``."""
        from b24client._api.lists.get import AsyncListsGet

        return AsyncListsGet(self._backend)

    @property
    def section(self) -> AsyncListsSection:
        """Methods under ``lists.section``."""
        from b24client._api.lists.section import AsyncListsSection

        return AsyncListsSection(self._backend)

    async def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_code: str,
        socnet_group_id: int | NotGiven = NOT_GIVEN,
        fields: ListsAddFields,
        messages: dict[str, Any] | NotGiven = NOT_GIVEN,
        rights: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a universal list (or a process list, or a workgroup list) with its labels and access rights; returns its ID.

        For a list inside a workgroup pass SOCNET_GROUP_ID with IBLOCK_TYPE_ID "lists_socnet".

        REST method: ``lists.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_code: Symbolic code of the new list. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup to create the list in. Wire name: ``SOCNET_GROUP_ID``.
            fields: Properties of the list. Wire name: ``FIELDS``.
            messages: Interface labels, such as ELEMENTS_NAME, ELEMENT_NAME, ELEMENT_ADD, ELEMENT_EDIT, ELEMENT_DELETE, SECTIONS_NAME, SECTION_NAME, SECTION_ADD, SECTION_EDIT, SECTION_DELETE. Wire name: ``MESSAGES``.
            rights: Access rights as {"U1": "X", "D5": "D"}: key is a user ("U"), department ("D"), department with subdepartments ("DR") or everyone ("*") with an ID; value is a right from "D" (no access) through "R" (read), "E" (add), "W" (edit) to "X" (full). Wire name: ``RIGHTS``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.add(iblock_type_id="lists", iblock_code="example_code", fields={"NAME": "Anna"})
            result = await client.lists.add(iblock_type_id="lists", iblock_code="example_code", fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LISTS_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "FIELDS": fields,
                    "MESSAGES": messages,
                    "RIGHTS": rights,
                },
            ),
        )

    async def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a universal list with all its elements.

        REST method: ``lists.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.delete(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.delete(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_DELETE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                },
            ),
        )

    async def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        socnet_group_id: int | NotGiven = NOT_GIVEN,
        fields: ListsUpdateFields,
        messages: dict[str, Any] | NotGiven = NOT_GIVEN,
        rights: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the name, description, labels or access rights of a universal list.

        REST method: ``lists.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup the list belongs to; required for workgroup lists. Wire name: ``SOCNET_GROUP_ID``.
            fields: Properties of the list. Wire name: ``FIELDS``.
            messages: Interface labels, such as ELEMENTS_NAME, ELEMENT_NAME, ELEMENT_ADD, ELEMENT_EDIT, ELEMENT_DELETE, SECTIONS_NAME, SECTION_NAME, SECTION_ADD, SECTION_EDIT, SECTION_DELETE. Wire name: ``MESSAGES``.
            rights: Access rights as {"U1": "X", "D5": "D"}: key is a user ("U"), department ("D"), department with subdepartments ("DR") or everyone ("*") with an ID; value is a right from "D" (no access) through "R" (read), "E" (add), "W" (edit) to "X" (full). Wire name: ``RIGHTS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna"})
            result = await client.lists.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_UPDATE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "FIELDS": fields,
                    "MESSAGES": messages,
                    "RIGHTS": rights,
                },
            ),
        )


class BatchLists(Namespace):
    """Methods under ``lists`` (queued into a batch)."""

    __slots__ = ()

    @property
    def element(self) -> BatchListsElement:
        """Methods under ``lists.element``."""
        from b24client._api.lists.element import BatchListsElement

        return BatchListsElement(self._backend)

    @property
    def field(self) -> BatchListsField:
        """Methods under ``lists.field``."""
        from b24client._api.lists.field import BatchListsField

        return BatchListsField(self._backend)

    @property
    def get(self) -> BatchListsGet:
        """Methods under ``lists.get``."""
        from b24client._api.lists.get import BatchListsGet

        return BatchListsGet(self._backend)

    @property
    def section(self) -> BatchListsSection:
        """Methods under ``lists.section``."""
        from b24client._api.lists.section import BatchListsSection

        return BatchListsSection(self._backend)

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_code: str | Ref,
        socnet_group_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: ListsAddFields | Ref,
        messages: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        rights: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a universal list (or a process list, or a workgroup list) with its labels and access rights; returns its ID.

        For a list inside a workgroup pass SOCNET_GROUP_ID with IBLOCK_TYPE_ID "lists_socnet".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_code: Symbolic code of the new list. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup to create the list in. Wire name: ``SOCNET_GROUP_ID``.
            fields: Properties of the list. Wire name: ``FIELDS``.
            messages: Interface labels, such as ELEMENTS_NAME, ELEMENT_NAME, ELEMENT_ADD, ELEMENT_EDIT, ELEMENT_DELETE, SECTIONS_NAME, SECTION_NAME, SECTION_ADD, SECTION_EDIT, SECTION_DELETE. Wire name: ``MESSAGES``.
            rights: Access rights as {"U1": "X", "D5": "D"}: key is a user ("U"), department ("D"), department with subdepartments ("DR") or everyone ("*") with an ID; value is a right from "D" (no access) through "R" (read), "E" (add), "W" (edit) to "X" (full). Wire name: ``RIGHTS``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.add(iblock_type_id="lists", iblock_code="example_code", fields={"NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LISTS_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "FIELDS": fields,
                    "MESSAGES": messages,
                    "RIGHTS": rights,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove a universal list with all its elements.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.delete(iblock_type_id="lists", iblock_id=1)
        """
        require_one_of(
            _LISTS_DELETE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        socnet_group_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: ListsUpdateFields | Ref,
        messages: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        rights: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the name, description, labels or access rights of a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup the list belongs to; required for workgroup lists. Wire name: ``SOCNET_GROUP_ID``.
            fields: Properties of the list. Wire name: ``FIELDS``.
            messages: Interface labels, such as ELEMENTS_NAME, ELEMENT_NAME, ELEMENT_ADD, ELEMENT_EDIT, ELEMENT_DELETE, SECTIONS_NAME, SECTION_NAME, SECTION_ADD, SECTION_EDIT, SECTION_DELETE. Wire name: ``MESSAGES``.
            rights: Access rights as {"U1": "X", "D5": "D"}: key is a user ("U"), department ("D"), department with subdepartments ("DR") or everyone ("*") with an ID; value is a right from "D" (no access) through "R" (read), "E" (add), "W" (edit) to "X" (full). Wire name: ``RIGHTS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna"})
        """
        require_one_of(
            _LISTS_UPDATE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "FIELDS": fields,
                    "MESSAGES": messages,
                    "RIGHTS": rights,
                },
            ),
        )
