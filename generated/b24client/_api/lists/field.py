"""Methods under ``lists.field``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.lists import (
        ListsFieldAddFields,
        ListsFieldGetResult,
        ListsFieldType as _ListsFieldType,
        ListsFieldUpdateFields,
    )

_LISTS_FIELD_ADD = MethodInfo(
    name="lists.field.add", idempotent=False, returns="string", api=1
)
_LISTS_FIELD_DELETE = MethodInfo(
    name="lists.field.delete", idempotent=False, returns="boolean", api=1
)
_LISTS_FIELD_GET = MethodInfo(
    name="lists.field.get", idempotent=True, returns="any", api=1
)
_LISTS_FIELD_UPDATE = MethodInfo(
    name="lists.field.update", idempotent=False, returns="boolean", api=1
)
_LISTS_FIELD_TYPE_GET = MethodInfo(
    name="lists.field.type.get", idempotent=True, returns="any", api=1
)


class ListsField(Namespace):
    """Methods under ``lists.field``."""

    __slots__ = ()

    @property
    def type(self) -> ListsFieldType:
        """Methods under ``lists.field.type``."""
        return ListsFieldType(self._backend)

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        fields: ListsFieldAddFields,
    ) -> str:
        """Add a field (a property) to a universal list; returns its ID.

        The field type cannot be changed after creation. System fields are not added to new lists by default.

        REST method: ``lists.field.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            fields: Settings of the field. Wire name: ``FIELDS``.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.add(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"})
            result = await client.lists.field.add(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            str,
            self._backend._invoke(
                _LISTS_FIELD_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELDS": fields,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        field_id: str,
    ) -> bool:
        """Remove a field from a universal list.

        REST method: ``lists.field.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. From lists.field.get. Wire name: ``FIELD_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.delete(iblock_type_id="lists", iblock_id=1, field_id="1")
            result = await client.lists.field.delete(iblock_type_id="lists", iblock_id=1, field_id="1")  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_DELETE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_FIELD_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        field_id: str | NotGiven = NOT_GIVEN,
    ) -> ListsFieldGetResult:
        """Read one field or all fields of a universal list with their settings.

        REST method: ``lists.field.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. Leave out to get all fields. Wire name: ``FIELD_ID``.

        Returns:
            ListsFieldGetResult

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.field.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "ListsFieldGetResult",
            self._backend._invoke(
                _LISTS_FIELD_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        fields: ListsFieldUpdateFields,
        field_id: str,
    ) -> bool:
        """Change the name, settings or default value of a field of a universal list.

        REST method: ``lists.field.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            fields: Settings of the field. Wire name: ``FIELDS``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. From lists.field.get. Wire name: ``FIELD_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"}, field_id="1")
            result = await client.lists.field.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"}, field_id="1")  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_UPDATE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            self._backend._invoke(
                _LISTS_FIELD_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELDS": fields,
                    "FIELD_ID": field_id,
                },
            ),
        )


class AsyncListsField(Namespace):
    """Methods under ``lists.field`` (async)."""

    __slots__ = ()

    @property
    def type(self) -> AsyncListsFieldType:
        """Methods under ``lists.field.type``."""
        return AsyncListsFieldType(self._backend)

    async def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        fields: ListsFieldAddFields,
    ) -> str:
        """Add a field (a property) to a universal list; returns its ID.

        The field type cannot be changed after creation. System fields are not added to new lists by default.

        REST method: ``lists.field.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            fields: Settings of the field. Wire name: ``FIELDS``.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.add(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"})
            result = await client.lists.field.add(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"})  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            str,
            await self._backend._invoke(
                _LISTS_FIELD_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELDS": fields,
                },
            ),
        )

    async def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        field_id: str,
    ) -> bool:
        """Remove a field from a universal list.

        REST method: ``lists.field.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. From lists.field.get. Wire name: ``FIELD_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.delete(iblock_type_id="lists", iblock_id=1, field_id="1")
            result = await client.lists.field.delete(iblock_type_id="lists", iblock_id=1, field_id="1")  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_DELETE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_FIELD_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )

    async def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        field_id: str | NotGiven = NOT_GIVEN,
    ) -> ListsFieldGetResult:
        """Read one field or all fields of a universal list with their settings.

        REST method: ``lists.field.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. Leave out to get all fields. Wire name: ``FIELD_ID``.

        Returns:
            ListsFieldGetResult

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.field.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "ListsFieldGetResult",
            await self._backend._invoke(
                _LISTS_FIELD_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )

    async def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        fields: ListsFieldUpdateFields,
        field_id: str,
    ) -> bool:
        """Change the name, settings or default value of a field of a universal list.

        REST method: ``lists.field.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            fields: Settings of the field. Wire name: ``FIELDS``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. From lists.field.get. Wire name: ``FIELD_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"}, field_id="1")
            result = await client.lists.field.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"}, field_id="1")  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_UPDATE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _LISTS_FIELD_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELDS": fields,
                    "FIELD_ID": field_id,
                },
            ),
        )


class BatchListsField(Namespace):
    """Methods under ``lists.field`` (queued into a batch)."""

    __slots__ = ()

    @property
    def type(self) -> BatchListsFieldType:
        """Methods under ``lists.field.type``."""
        return BatchListsFieldType(self._backend)

    def add(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | str | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        fields: ListsFieldAddFields | Ref,
    ) -> BatchCommand[str]:
        """Add a field (a property) to a universal list; returns its ID.

        The field type cannot be changed after creation. System fields are not added to new lists by default.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.field.add``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-add.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            fields: Settings of the field. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.field.add(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"})
        """
        require_one_of(
            _LISTS_FIELD_ADD, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LISTS_FIELD_ADD,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELDS": fields,
                },
            ),
        )

    def delete(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | str | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        field_id: str | Ref,
    ) -> BatchCommand[bool]:
        """Remove a field from a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.field.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-delete.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. From lists.field.get. Wire name: ``FIELD_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.field.delete(iblock_type_id="lists", iblock_id=1, field_id="1")
        """
        require_one_of(
            _LISTS_FIELD_DELETE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_FIELD_DELETE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | str | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        field_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ListsFieldGetResult]:
        """Read one field or all fields of a universal list with their settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.field.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. Leave out to get all fields. Wire name: ``FIELD_ID``.

        Returns:
            BatchCommand[ListsFieldGetResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.field.get(iblock_type_id="lists", iblock_id=1)
        """
        require_one_of(
            _LISTS_FIELD_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[ListsFieldGetResult]",
            self._backend._invoke(
                _LISTS_FIELD_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )

    def update(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | str | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        fields: ListsFieldUpdateFields | Ref,
        field_id: str | Ref,
    ) -> BatchCommand[bool]:
        """Change the name, settings or default value of a field of a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.field.update``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-update.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            fields: Settings of the field. Wire name: ``FIELDS``.
            field_id: ID of the field: PROPERTY_<ID> for a custom field, the code for a system field. From lists.field.get. Wire name: ``FIELD_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.field.update(iblock_type_id="lists", iblock_id=1, fields={"NAME": "Anna", "TYPE": "example"}, field_id="1")
        """
        require_one_of(
            _LISTS_FIELD_UPDATE, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LISTS_FIELD_UPDATE,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELDS": fields,
                    "FIELD_ID": field_id,
                },
            ),
        )


class ListsFieldType(Namespace):
    """Methods under ``lists.field.type``."""

    __slots__ = ()

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        field_id: int | NotGiven = NOT_GIVEN,
    ) -> _ListsFieldType:
        """List the field types that can be added to a universal list.

        REST method: ``lists.field.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-type-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of an existing field; its type is then included in the result. Wire name: ``FIELD_ID``.

        Returns:
            ListsFieldType

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.type.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.field.type.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_TYPE_GET,
            {"iblock_id": iblock_id},
            {"iblock_code": iblock_code},
        )
        return cast(
            "_ListsFieldType",
            self._backend._invoke(
                _LISTS_FIELD_TYPE_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )


class AsyncListsFieldType(Namespace):
    """Methods under ``lists.field.type`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | str | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        field_id: int | NotGiven = NOT_GIVEN,
    ) -> _ListsFieldType:
        """List the field types that can be added to a universal list.

        REST method: ``lists.field.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-type-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of an existing field; its type is then included in the result. Wire name: ``FIELD_ID``.

        Returns:
            ListsFieldType

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.field.type.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.field.type.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_FIELD_TYPE_GET,
            {"iblock_id": iblock_id},
            {"iblock_code": iblock_code},
        )
        return cast(
            "_ListsFieldType",
            await self._backend._invoke(
                _LISTS_FIELD_TYPE_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )


class BatchListsFieldType(Namespace):
    """Methods under ``lists.field.type`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | str | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        field_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ListsFieldType]:
        """List the field types that can be added to a universal list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.field.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/fields/lists-field-type-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.
            field_id: ID of an existing field; its type is then included in the result. Wire name: ``FIELD_ID``.

        Returns:
            BatchCommand[ListsFieldType]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.field.type.get(iblock_type_id="lists", iblock_id=1)
        """
        require_one_of(
            _LISTS_FIELD_TYPE_GET,
            {"iblock_id": iblock_id},
            {"iblock_code": iblock_code},
        )
        return cast(
            "BatchCommand[_ListsFieldType]",
            self._backend._invoke(
                _LISTS_FIELD_TYPE_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FIELD_ID": field_id,
                },
            ),
        )
