"""Methods under ``lists.get``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.lists import Lists

_LISTS_GET = MethodInfo(name="lists.get", idempotent=True, returns="any", api=1)
_LISTS_GET_IBLOCK_TYPE_ID = MethodInfo(
    name="lists.get.iblock.type.id", idempotent=False, returns="string", api=1
)


class ListsGet(Namespace):
    """Methods under ``lists.get``."""

    __slots__ = ()

    @property
    def iblock(self) -> ListsGetIblock:
        """Methods under ``lists.get.iblock``."""
        return ListsGetIblock(self._backend)

    def __call__(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        socnet_group_id: int | NotGiven = NOT_GIVEN,
        iblock_order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[Lists]:
        """Read one universal list or all lists of a given kind.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``lists.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of one list to read; leave out, together with IBLOCK_CODE, to get all lists of the kind. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of one list to read. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup the list belongs to; required for workgroup lists. Wire name: ``SOCNET_GROUP_ID``.
            iblock_order: Sort order as {"field": "asc"} or {"field": "desc"} on ID, IBLOCK_TYPE, NAME, CODE, SORT or TIMESTAMP_X. Wire name: ``IBLOCK_ORDER``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[Lists]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.get(iblock_type_id="lists")
            result = await client.lists.get(iblock_type_id="lists")  # AsyncBitrix24
        """
        return cast(
            "Page[Lists]",
            self._backend._invoke_page(
                _LISTS_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "IBLOCK_ORDER": iblock_order,
                    "start": start,
                },
            ),
        )


class AsyncListsGet(Namespace):
    """Methods under ``lists.get`` (async)."""

    __slots__ = ()

    @property
    def iblock(self) -> AsyncListsGetIblock:
        """Methods under ``lists.get.iblock``."""
        return AsyncListsGetIblock(self._backend)

    async def __call__(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        socnet_group_id: int | NotGiven = NOT_GIVEN,
        iblock_order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Lists]:
        """Read one universal list or all lists of a given kind.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``lists.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of one list to read; leave out, together with IBLOCK_CODE, to get all lists of the kind. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of one list to read. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup the list belongs to; required for workgroup lists. Wire name: ``SOCNET_GROUP_ID``.
            iblock_order: Sort order as {"field": "asc"} or {"field": "desc"} on ID, IBLOCK_TYPE, NAME, CODE, SORT or TIMESTAMP_X. Wire name: ``IBLOCK_ORDER``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[Lists]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.lists.get(iblock_type_id="lists")
            result = await client.lists.get(iblock_type_id="lists")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[Lists]",
            await self._backend._invoke_page(
                _LISTS_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "IBLOCK_ORDER": iblock_order,
                    "start": start,
                },
            ),
        )


class BatchListsGet(Namespace):
    """Methods under ``lists.get`` (queued into a batch)."""

    __slots__ = ()

    @property
    def iblock(self) -> BatchListsGetIblock:
        """Methods under ``lists.get.iblock``."""
        return BatchListsGetIblock(self._backend)

    def __call__(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        socnet_group_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[Lists]]:
        """Read one universal list or all lists of a given kind.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get.html

        Args:
            iblock_type_id: Kind of information block: "lists" (a list), "bitrix_processes" (a process) or "lists_socnet" (a workgroup list). Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: ID of one list to read; leave out, together with IBLOCK_CODE, to get all lists of the kind. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of one list to read. Wire name: ``IBLOCK_CODE``.
            socnet_group_id: ID of the workgroup the list belongs to; required for workgroup lists. Wire name: ``SOCNET_GROUP_ID``.
            iblock_order: Sort order as {"field": "asc"} or {"field": "desc"} on ID, IBLOCK_TYPE, NAME, CODE, SORT or TIMESTAMP_X. Wire name: ``IBLOCK_ORDER``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[Lists]]

        Raises:
            BadRequestError: the portal answers ``ERROR_REQUIRED_PARAMETERS_MISSING``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.lists.get(iblock_type_id="lists")
        """
        return cast(
            "BatchCommand[list[Lists]]",
            self._backend._invoke_page(
                _LISTS_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "SOCNET_GROUP_ID": socnet_group_id,
                    "IBLOCK_ORDER": iblock_order,
                    "start": start,
                },
            ),
        )


class ListsGetIblock(Namespace):
    """Methods under ``lists.get.iblock``."""

    __slots__ = ()

    @property
    def type(self) -> ListsGetIblockType:
        """Methods under ``lists.get.iblock.type``."""
        return ListsGetIblockType(self._backend)


class AsyncListsGetIblock(Namespace):
    """Methods under ``lists.get.iblock`` (async)."""

    __slots__ = ()

    @property
    def type(self) -> AsyncListsGetIblockType:
        """Methods under ``lists.get.iblock.type``."""
        return AsyncListsGetIblockType(self._backend)


class BatchListsGetIblock(Namespace):
    """Methods under ``lists.get.iblock`` (queued into a batch)."""

    __slots__ = ()

    @property
    def type(self) -> BatchListsGetIblockType:
        """Methods under ``lists.get.iblock.type``."""
        return BatchListsGetIblockType(self._backend)


class ListsGetIblockType(Namespace):
    """Methods under ``lists.get.iblock.type``."""

    __slots__ = ()

    def id(
        self,
        *,
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
    ) -> str:
        """Find out which kind of information block (list, process or group list) a list belongs to.

        REST method: ``lists.get.iblock.type.id``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get-iblock-type-id.html

        Args:
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.

        Returns:
            str

        Example:
            result = client.lists.get.iblock.type.id(iblock_id=1)
            result = await client.lists.get.iblock.type.id(iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_GET_IBLOCK_TYPE_ID,
            {"iblock_id": iblock_id},
            {"iblock_code": iblock_code},
        )
        return cast(
            str,
            self._backend._invoke(
                _LISTS_GET_IBLOCK_TYPE_ID,
                {"IBLOCK_ID": iblock_id, "IBLOCK_CODE": iblock_code},
            ),
        )


class AsyncListsGetIblockType(Namespace):
    """Methods under ``lists.get.iblock.type`` (async)."""

    __slots__ = ()

    async def id(
        self,
        *,
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
    ) -> str:
        """Find out which kind of information block (list, process or group list) a list belongs to.

        REST method: ``lists.get.iblock.type.id``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get-iblock-type-id.html

        Args:
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.

        Returns:
            str

        Example:
            result = client.lists.get.iblock.type.id(iblock_id=1)
            result = await client.lists.get.iblock.type.id(iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_GET_IBLOCK_TYPE_ID,
            {"iblock_id": iblock_id},
            {"iblock_code": iblock_code},
        )
        return cast(
            str,
            await self._backend._invoke(
                _LISTS_GET_IBLOCK_TYPE_ID,
                {"IBLOCK_ID": iblock_id, "IBLOCK_CODE": iblock_code},
            ),
        )


class BatchListsGetIblockType(Namespace):
    """Methods under ``lists.get.iblock.type`` (queued into a batch)."""

    __slots__ = ()

    def id(
        self,
        *,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[str]:
        """Find out which kind of information block (list, process or group list) a list belongs to.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.get.iblock.type.id``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/lists/lists-get-iblock-type-id.html

        Args:
            iblock_id: ID of the list (information block), from lists.get. Give it or IBLOCK_CODE. Wire name: ``IBLOCK_ID``.
            iblock_code: Symbolic code of the list, from lists.get. Give it or IBLOCK_ID. Wire name: ``IBLOCK_CODE``.

        Returns:
            BatchCommand[str]

        Example:
            command = batch.lists.get.iblock.type.id(iblock_id=1)
        """
        require_one_of(
            _LISTS_GET_IBLOCK_TYPE_ID,
            {"iblock_id": iblock_id},
            {"iblock_code": iblock_code},
        )
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LISTS_GET_IBLOCK_TYPE_ID,
                {"IBLOCK_ID": iblock_id, "IBLOCK_CODE": iblock_code},
            ),
        )
