"""Methods under ``catalog.enum``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.catalog import (
        CatalogEnumGetRoundTypesResult,
        CatalogEnumGetStoreDocumentTypesResult,
    )

_CATALOG_ENUM_GET_ROUND_TYPES = MethodInfo(
    name="catalog.enum.getRoundTypes", idempotent=True, returns="any", api=1
)
_CATALOG_ENUM_GET_STORE_DOCUMENT_TYPES = MethodInfo(
    name="catalog.enum.getStoreDocumentTypes", idempotent=True, returns="any", api=1
)


class CatalogEnum(Namespace):
    """Methods under ``catalog.enum``."""

    __slots__ = ()

    def get_round_types(self) -> CatalogEnumGetRoundTypesResult:
        """List the price rounding modes available for rounding rules.

        REST method: ``catalog.enum.getRoundTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/enum/catalog-enum-get-round-types.html

        Returns:
            CatalogEnumGetRoundTypesResult

        Example:
            result = client.catalog.enum.get_round_types()
            result = await client.catalog.enum.get_round_types()  # AsyncBitrix24
        """
        return cast(
            "CatalogEnumGetRoundTypesResult",
            self._backend._invoke(_CATALOG_ENUM_GET_ROUND_TYPES, {}),
        )

    def get_store_document_types(self) -> CatalogEnumGetStoreDocumentTypesResult:
        """List the inventory document types, such as receipt or write-off.

        REST method: ``catalog.enum.getStoreDocumentTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/enum/catalog-enum-get-store-document-types.html

        Returns:
            CatalogEnumGetStoreDocumentTypesResult

        Example:
            result = client.catalog.enum.get_store_document_types()
            result = await client.catalog.enum.get_store_document_types()  # AsyncBitrix24
        """
        return cast(
            "CatalogEnumGetStoreDocumentTypesResult",
            self._backend._invoke(_CATALOG_ENUM_GET_STORE_DOCUMENT_TYPES, {}),
        )


class AsyncCatalogEnum(Namespace):
    """Methods under ``catalog.enum`` (async)."""

    __slots__ = ()

    async def get_round_types(self) -> CatalogEnumGetRoundTypesResult:
        """List the price rounding modes available for rounding rules.

        REST method: ``catalog.enum.getRoundTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/enum/catalog-enum-get-round-types.html

        Returns:
            CatalogEnumGetRoundTypesResult

        Example:
            result = client.catalog.enum.get_round_types()
            result = await client.catalog.enum.get_round_types()  # AsyncBitrix24
        """
        return cast(
            "CatalogEnumGetRoundTypesResult",
            await self._backend._invoke(_CATALOG_ENUM_GET_ROUND_TYPES, {}),
        )

    async def get_store_document_types(self) -> CatalogEnumGetStoreDocumentTypesResult:
        """List the inventory document types, such as receipt or write-off.

        REST method: ``catalog.enum.getStoreDocumentTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/enum/catalog-enum-get-store-document-types.html

        Returns:
            CatalogEnumGetStoreDocumentTypesResult

        Example:
            result = client.catalog.enum.get_store_document_types()
            result = await client.catalog.enum.get_store_document_types()  # AsyncBitrix24
        """
        return cast(
            "CatalogEnumGetStoreDocumentTypesResult",
            await self._backend._invoke(_CATALOG_ENUM_GET_STORE_DOCUMENT_TYPES, {}),
        )


class BatchCatalogEnum(Namespace):
    """Methods under ``catalog.enum`` (queued into a batch)."""

    __slots__ = ()

    def get_round_types(self) -> BatchCommand[CatalogEnumGetRoundTypesResult]:
        """List the price rounding modes available for rounding rules.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.enum.getRoundTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/enum/catalog-enum-get-round-types.html

        Returns:
            BatchCommand[CatalogEnumGetRoundTypesResult]

        Example:
            command = batch.catalog.enum.get_round_types()
        """
        return cast(
            "BatchCommand[CatalogEnumGetRoundTypesResult]",
            self._backend._invoke(_CATALOG_ENUM_GET_ROUND_TYPES, {}),
        )

    def get_store_document_types(
        self,
    ) -> BatchCommand[CatalogEnumGetStoreDocumentTypesResult]:
        """List the inventory document types, such as receipt or write-off.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.enum.getStoreDocumentTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/enum/catalog-enum-get-store-document-types.html

        Returns:
            BatchCommand[CatalogEnumGetStoreDocumentTypesResult]

        Example:
            command = batch.catalog.enum.get_store_document_types()
        """
        return cast(
            "BatchCommand[CatalogEnumGetStoreDocumentTypesResult]",
            self._backend._invoke(_CATALOG_ENUM_GET_STORE_DOCUMENT_TYPES, {}),
        )
