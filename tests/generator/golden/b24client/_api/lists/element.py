"""Methods under ``lists.element``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.lists import ListsElementGetFilter

_LISTS_ELEMENT_GET = MethodInfo(
    name="lists.element.get", idempotent=True, returns="any", api=1
)


class ListsElement(Namespace):
    """Methods under ``lists.element``."""

    __slots__ = ()

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        filter: ListsElementGetFilter | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, Any]]:
        """Read the elements of a list.

        REST method: ``lists.element.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html

        Args:
            iblock_type_id: Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: Wire name: ``IBLOCK_ID``.
            iblock_code: Wire name: ``IBLOCK_CODE``.
            filter: Wire name: ``FILTER``.

        Returns:
            list[dict[str, Any]]

        Example:
            result = client.lists.element.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.element.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "list[dict[str, Any]]",
            self._backend._invoke(
                _LISTS_ELEMENT_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FILTER": filter,
                },
            ),
        )


class AsyncListsElement(Namespace):
    """Methods under ``lists.element`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"],
        iblock_id: int | NotGiven = NOT_GIVEN,
        iblock_code: str | NotGiven = NOT_GIVEN,
        filter: ListsElementGetFilter | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, Any]]:
        """Read the elements of a list.

        REST method: ``lists.element.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html

        Args:
            iblock_type_id: Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: Wire name: ``IBLOCK_ID``.
            iblock_code: Wire name: ``IBLOCK_CODE``.
            filter: Wire name: ``FILTER``.

        Returns:
            list[dict[str, Any]]

        Example:
            result = client.lists.element.get(iblock_type_id="lists", iblock_id=1)
            result = await client.lists.element.get(iblock_type_id="lists", iblock_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _LISTS_ELEMENT_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "list[dict[str, Any]]",
            await self._backend._invoke(
                _LISTS_ELEMENT_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FILTER": filter,
                },
            ),
        )


class BatchListsElement(Namespace):
    """Methods under ``lists.element`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        iblock_type_id: Literal["lists", "bitrix_processes", "lists_socnet"] | Ref,
        iblock_id: int | Ref | NotGiven = NOT_GIVEN,
        iblock_code: str | Ref | NotGiven = NOT_GIVEN,
        filter: ListsElementGetFilter | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[dict[str, Any]]]:
        """Read the elements of a list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``lists.element.get``
        Docs: https://apidocs.bitrix24.com/api-reference/lists/elements/lists-element-get.html

        Args:
            iblock_type_id: Wire name: ``IBLOCK_TYPE_ID``.
            iblock_id: Wire name: ``IBLOCK_ID``.
            iblock_code: Wire name: ``IBLOCK_CODE``.
            filter: Wire name: ``FILTER``.

        Returns:
            BatchCommand[list[dict[str, Any]]]

        Example:
            command = batch.lists.element.get(iblock_type_id="lists", iblock_id=1)
        """
        require_one_of(
            _LISTS_ELEMENT_GET, {"iblock_id": iblock_id}, {"iblock_code": iblock_code}
        )
        return cast(
            "BatchCommand[list[dict[str, Any]]]",
            self._backend._invoke(
                _LISTS_ELEMENT_GET,
                {
                    "IBLOCK_TYPE_ID": iblock_type_id,
                    "IBLOCK_ID": iblock_id,
                    "IBLOCK_CODE": iblock_code,
                    "FILTER": filter,
                },
            ),
        )
