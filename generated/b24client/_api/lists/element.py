"""Methods under ``lists.element``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields, require_one_of
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.lists import (
        ListsElement as _ListsElement,
        ListsElementAddFields,
        ListsElementUpdateFields,
    )

_LISTS_ELEMENT_ADD = MethodInfo(
    name="lists.element.add", idempotent=False, returns="integer", api=1
)
_LISTS_ELEMENT_DELETE = MethodInfo(
    name="lists.element.delete", idempotent=False, returns="boolean", api=1
)
_LISTS_ELEMENT_UPDATE = MethodInfo(
    name="lists.element.update", idempotent=False, returns="boolean", api=1
)
_LISTS_ELEMENT_GET = MethodInfo(
    name="lists.element.get", idempotent=True, returns="any", api=1
)
_LISTS_ELEMENT_GET_FILE_URL = MethodInfo(
    name="lists.element.get.file.url", idempotent=False, returns="any", api=1
)


class ListsElement(Namespace):
    """Methods under ``lists.element``."""

    __slots__ = ()

    @property
    def get(self) -> ListsElementGet:
        """Methods under ``lists.element.get``."""
        return ListsElementGet(self._backend)

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_code: str,
        fields: ListsElementAddFields,
        iblock_section_id: int | NotGiven = NOT_GIVEN,
        list_element_url: str | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create an element (a row) in a universal list; returns its ID.

        For multiple properties send an array even for one value.

        REST method: ``lists.element.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_code: Symbolic code of the new element. Wire name: ``ELEMENT_CODE``.
            fields: Field values of the element, including PROPERTY_<ID> properties. Wire name: ``FIELDS``.
            iblock_section_id: ID of the section to put the element in, from lists.section.get; 0 (default) is the list root. Wire name: ``IBLOCK_SECTION_ID``.
            list_element_url: URL template of list elements; may use #list_id#, #section_id#, #element_id# and #group_id#. Wire name: ``LIST_ELEMENT_URL``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.add(iblock_type_id="lists", iblock_id=1, element_code="example_code", fields={"NAME": "Anna"})
            result = await client.lists.element.add(iblock_type_id="lists", iblock_id=1, element_code="example_code", fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            int,
            self._backend._invoke(
                _LISTS_ELEMENT_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_CODE": element_code,
                    "FIELDS": merge_user_fields(
                        _LISTS_ELEMENT_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "IBLOCK_SECTION_ID": iblock_section_id,
                    "LIST_ELEMENT_URL": list_element_url,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove an element from a universal list.

        REST method: ``lists.element.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.delete(iblock_type_id="lists", iblock_id=1, element_id=1)
            result = await client.lists.element.delete(iblock_type_id="lists", iblock_id=1, element_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_DELETE,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_ELEMENT_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
        fields: ListsElementUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change an element of a universal list.

        Every field you want to keep must be sent again: fields left out are cleared.

        REST method: ``lists.element.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.
            fields: Field values of the element, including PROPERTY_<ID> properties. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.update(iblock_type_id="lists", iblock_id=1, element_id=1, fields={"NAME": "Anna"})
            result = await client.lists.element.update(iblock_type_id="lists", iblock_id=1, element_id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_UPDATE,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_ELEMENT_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "FIELDS": merge_user_fields(
                        _LISTS_ELEMENT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncListsElement(Namespace):
    """Methods under ``lists.element`` (async)."""

    __slots__ = ()

    @property
    def get(self) -> AsyncListsElementGet:
        """Methods under ``lists.element.get``."""
        return AsyncListsElementGet(self._backend)

    async def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_code: str,
        fields: ListsElementAddFields,
        iblock_section_id: int | NotGiven = NOT_GIVEN,
        list_element_url: str | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create an element (a row) in a universal list; returns its ID.

        For multiple properties send an array even for one value.

        REST method: ``lists.element.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_code: Symbolic code of the new element. Wire name: ``ELEMENT_CODE``.
            fields: Field values of the element, including PROPERTY_<ID> properties. Wire name: ``FIELDS``.
            iblock_section_id: ID of the section to put the element in, from lists.section.get; 0 (default) is the list root. Wire name: ``IBLOCK_SECTION_ID``.
            list_element_url: URL template of list elements; may use #list_id#, #section_id#, #element_id# and #group_id#. Wire name: ``LIST_ELEMENT_URL``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.add(iblock_type_id="lists", iblock_id=1, element_code="example_code", fields={"NAME": "Anna"})
            result = await client.lists.element.add(iblock_type_id="lists", iblock_id=1, element_code="example_code", fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            int,
            await self._backend._invoke(
                _LISTS_ELEMENT_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_CODE": element_code,
                    "FIELDS": merge_user_fields(
                        _LISTS_ELEMENT_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "IBLOCK_SECTION_ID": iblock_section_id,
                    "LIST_ELEMENT_URL": list_element_url,
                },
            ),
        )

    async def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove an element from a universal list.

        REST method: ``lists.element.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.delete(iblock_type_id="lists", iblock_id=1, element_id=1)
            result = await client.lists.element.delete(iblock_type_id="lists", iblock_id=1, element_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_DELETE,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_ELEMENT_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                },
            ),
        )

    async def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
        fields: ListsElementUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change an element of a universal list.

        Every field you want to keep must be sent again: fields left out are cleared.

        REST method: ``lists.element.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.
            fields: Field values of the element, including PROPERTY_<ID> properties. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.update(iblock_type_id="lists", iblock_id=1, element_id=1, fields={"NAME": "Anna"})
            result = await client.lists.element.update(iblock_type_id="lists", iblock_id=1, element_id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_UPDATE,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_ELEMENT_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "FIELDS": merge_user_fields(
                        _LISTS_ELEMENT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchListsElement(Namespace):
    """Methods under ``lists.element`` (queued into a batch)."""

    __slots__ = ()

    @property
    def get(self) -> BatchListsElementGet:
        """Methods under ``lists.element.get``."""
        return BatchListsElementGet(self._backend)

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        element_code: str | Ref,
        fields: ListsElementAddFields | Ref,
        iblock_section_id: int | Ref | NotGiven = NOT_GIVEN,
        list_element_url: str | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create an element (a row) in a universal list; returns its ID.

        For multiple properties send an array even for one value.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.element.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_code: Symbolic code of the new element. Wire name: ``ELEMENT_CODE``.
            fields: Field values of the element, including PROPERTY_<ID> properties. Wire name: ``FIELDS``.
            iblock_section_id: ID of the section to put the element in, from lists.section.get; 0 (default) is the list root. Wire name: ``IBLOCK_SECTION_ID``.
            list_element_url: URL template of list elements; may use #list_id#, #section_id#, #element_id# and #group_id#. Wire name: ``LIST_ELEMENT_URL``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.element.add(iblock_type_id="lists", iblock_id=1, element_code="example_code", fields={"NAME": "Anna"})
        """
        require_one_of(
            _LISTS_ELEMENT_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LISTS_ELEMENT_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_CODE": element_code,
                    "FIELDS": merge_user_fields(
                        _LISTS_ELEMENT_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "IBLOCK_SECTION_ID": iblock_section_id,
                    "LIST_ELEMENT_URL": list_element_url,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        element_id: int | Ref | NotGiven = NOT_GIVEN,
        element_code: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove an element from a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.element.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.element.delete(iblock_type_id="lists", iblock_id=1, element_id=1)
        """
        require_one_of(
            _LISTS_ELEMENT_DELETE,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_ELEMENT_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        element_id: int | Ref | NotGiven = NOT_GIVEN,
        element_code: str | Ref | NotGiven = NOT_GIVEN,
        fields: ListsElementUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change an element of a universal list.

        Every field you want to keep must be sent again: fields left out are cleared.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.element.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.
            fields: Field values of the element, including PROPERTY_<ID> properties. Wire name: ``FIELDS``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.element.update(iblock_type_id="lists", iblock_id=1, element_id=1, fields={"NAME": "Anna"})
        """
        require_one_of(
            _LISTS_ELEMENT_UPDATE,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_ELEMENT_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "FIELDS": merge_user_fields(
                        _LISTS_ELEMENT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class ListsElementGet(Namespace):
    """Methods under ``lists.element.get``."""

    __slots__ = ()

    @property
    def file(self) -> ListsElementGetFile:
        """Methods under ``lists.element.get.file``."""
        return ListsElementGetFile(self._backend)

    def __call__(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        element_order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_ListsElement]:
        """Read one element or list the elements of a universal list with filter and sort order.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``lists.element.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of one element to read; leave out to list elements. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of one element to read. Wire name: ``ELEMENT_CODE``.
            select: Fields to return; all default fields when empty. Wire name: ``SELECT``.
            filter: Conditions as {"field": value} on fields such as NAME, IBLOCK_SECTION_ID, ID, CODE, CREATED_BY or PROPERTY_<ID>; keys may carry an operator prefix. Wire name: ``FILTER``.
            element_order: Sort order as {"field": "asc"} or {"field": "desc"}. Wire name: ``ELEMENT_ORDER``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[ListsElement]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.element.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "Page[_ListsElement]",
            self._backend._invoke_page(
                _LISTS_ELEMENT_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "SELECT": select,
                    "FILTER": filter,
                    "ELEMENT_ORDER": element_order,
                    "start": start,
                },
            ),
        )


class AsyncListsElementGet(Namespace):
    """Methods under ``lists.element.get`` (async)."""

    __slots__ = ()

    @property
    def file(self) -> AsyncListsElementGetFile:
        """Methods under ``lists.element.get.file``."""
        return AsyncListsElementGetFile(self._backend)

    async def __call__(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        element_order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_ListsElement]:
        """Read one element or list the elements of a universal list with filter and sort order.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``lists.element.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of one element to read; leave out to list elements. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of one element to read. Wire name: ``ELEMENT_CODE``.
            select: Fields to return; all default fields when empty. Wire name: ``SELECT``.
            filter: Conditions as {"field": value} on fields such as NAME, IBLOCK_SECTION_ID, ID, CODE, CREATED_BY or PROPERTY_<ID>; keys may carry an operator prefix. Wire name: ``FILTER``.
            element_order: Sort order as {"field": "asc"} or {"field": "desc"}. Wire name: ``ELEMENT_ORDER``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[ListsElement]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.element.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "AsyncPage[_ListsElement]",
            await self._backend._invoke_page(
                _LISTS_ELEMENT_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "SELECT": select,
                    "FILTER": filter,
                    "ELEMENT_ORDER": element_order,
                    "start": start,
                },
            ),
        )


class BatchListsElementGet(Namespace):
    """Methods under ``lists.element.get`` (queued into a batch)."""

    __slots__ = ()

    @property
    def file(self) -> BatchListsElementGetFile:
        """Methods under ``lists.element.get.file``."""
        return BatchListsElementGetFile(self._backend)

    def __call__(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        element_id: int | Ref | NotGiven = NOT_GIVEN,
        element_code: str | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        element_order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_ListsElement]]:
        """Read one element or list the elements of a universal list with filter and sort order.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.element.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of one element to read; leave out to list elements. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of one element to read. Wire name: ``ELEMENT_CODE``.
            select: Fields to return; all default fields when empty. Wire name: ``SELECT``.
            filter: Conditions as {"field": value} on fields such as NAME, IBLOCK_SECTION_ID, ID, CODE, CREATED_BY or PROPERTY_<ID>; keys may carry an operator prefix. Wire name: ``FILTER``.
            element_order: Sort order as {"field": "asc"} or {"field": "desc"}. Wire name: ``ELEMENT_ORDER``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[ListsElement]]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.element.get(iblock_type_id="lists", iblock_id=1)
        """
        require_one_of(
            _LISTS_ELEMENT_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[list[_ListsElement]]",
            self._backend._invoke_page(
                _LISTS_ELEMENT_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "SELECT": select,
                    "FILTER": filter,
                    "ELEMENT_ORDER": element_order,
                    "start": start,
                },
            ),
        )


class ListsElementGetFile(Namespace):
    """Methods under ``lists.element.get.file``."""

    __slots__ = ()

    def url(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
        field_id: int,
    ) -> list[str]:
        """Get links to the files stored in a File or Drive file property of a list element.

        REST method: ``lists.element.get.file.url``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get-file-url.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.
            field_id: ID of the File or Drive file property, without the PROPERTY_ prefix. Wire name: ``FIELD_ID``.

        Returns:
            list[str]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.get.file.url(iblock_type_id="lists", iblock_id=1, element_id=1, field_id=1)
            result = await client.lists.element.get.file.url(iblock_type_id="lists", iblock_id=1, element_id=1, field_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_GET_FILE_URL,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            "list[str]",
            self._backend._invoke(
                _LISTS_ELEMENT_GET_FILE_URL,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "FIELD_ID": field_id,
                },
            ),
        )


class AsyncListsElementGetFile(Namespace):
    """Methods under ``lists.element.get.file`` (async)."""

    __slots__ = ()

    async def url(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        element_id: int | NotGiven = NOT_GIVEN,
        element_code: str | NotGiven = NOT_GIVEN,
        field_id: int,
    ) -> list[str]:
        """Get links to the files stored in a File or Drive file property of a list element.

        REST method: ``lists.element.get.file.url``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get-file-url.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.
            field_id: ID of the File or Drive file property, without the PROPERTY_ prefix. Wire name: ``FIELD_ID``.

        Returns:
            list[str]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.element.get.file.url(iblock_type_id="lists", iblock_id=1, element_id=1, field_id=1)
            result = await client.lists.element.get.file.url(iblock_type_id="lists", iblock_id=1, element_id=1, field_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_GET_FILE_URL,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            "list[str]",
            await self._backend._invoke(
                _LISTS_ELEMENT_GET_FILE_URL,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "FIELD_ID": field_id,
                },
            ),
        )


class BatchListsElementGetFile(Namespace):
    """Methods under ``lists.element.get.file`` (queued into a batch)."""

    __slots__ = ()

    def url(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        element_id: int | Ref | NotGiven = NOT_GIVEN,
        element_code: str | Ref | NotGiven = NOT_GIVEN,
        field_id: int | Ref,
    ) -> BatchCommand[list[str]]:
        """Get links to the files stored in a File or Drive file property of a list element.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.element.get.file.url``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get-file-url.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            element_id: ID of the element, from lists.element.get. Give it or ELEMENT_CODE. Wire name: ``ELEMENT_ID``.
            element_code: Symbolic code of the element. Give it or ELEMENT_ID. Wire name: ``ELEMENT_CODE``.
            field_id: ID of the File or Drive file property, without the PROPERTY_ prefix. Wire name: ``FIELD_ID``.

        Returns:
            BatchCommand[list[str]]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.element.get.file.url(iblock_type_id="lists", iblock_id=1, element_id=1, field_id=1)
        """
        require_one_of(
            _LISTS_ELEMENT_GET_FILE_URL,
            {"iblock_id": iblock_id, "element_id": element_id},
            {"iblock_id": iblock_id, "element_code": element_code},
            {"iblock_code": iblock_code, "element_id": element_id},
            {"iblock_code": iblock_code, "element_code": element_code},
        )
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(
                _LISTS_ELEMENT_GET_FILE_URL,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "ELEMENT_ID": element_id,
                    "ELEMENT_CODE": element_code,
                    "FIELD_ID": field_id,
                },
            ),
        )
