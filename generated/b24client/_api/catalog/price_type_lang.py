"""Methods under ``catalog.priceTypeLang``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.catalog import (
        CatalogPriceTypeLang as _CatalogPriceTypeLang,
        CatalogPriceTypeLangAddFields,
        CatalogPriceTypeLangAddResult,
        CatalogPriceTypeLangGetFieldsResult,
        CatalogPriceTypeLangGetLanguagesResult,
        CatalogPriceTypeLangGetResult,
        CatalogPriceTypeLangUpdateFields,
        CatalogPriceTypeLangUpdateResult,
    )

_CATALOG_PRICE_TYPE_LANG_ADD = MethodInfo(
    name="catalog.priceTypeLang.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRICE_TYPE_LANG_DELETE = MethodInfo(
    name="catalog.priceTypeLang.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRICE_TYPE_LANG_GET = MethodInfo(
    name="catalog.priceTypeLang.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_LANG_GET_FIELDS = MethodInfo(
    name="catalog.priceTypeLang.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_LANG_GET_LANGUAGES = MethodInfo(
    name="catalog.priceTypeLang.getLanguages", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_LANG_LIST = MethodInfo(
    name="catalog.priceTypeLang.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_TYPE_LANG_UPDATE = MethodInfo(
    name="catalog.priceTypeLang.update", idempotent=False, returns="any", api=1
)


class CatalogPriceTypeLang(Namespace):
    """Methods under ``catalog.priceTypeLang``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogPriceTypeLangAddFields
    ) -> CatalogPriceTypeLangAddResult:
        """Add a translated name of a price type for one language.

        REST method: ``catalog.priceTypeLang.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-add.html

        Args:
            fields: Values of the new price type translation, keyed by field name.

        Returns:
            CatalogPriceTypeLangAddResult

        Example:
            result = client.catalog.price_type_lang.add(fields={"catalogGroupId": 1, "name": "Anna", "lang": "en"})
            result = await client.catalog.price_type_lang.add(fields={"catalogGroupId": 1, "name": "Anna", "lang": "en"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangAddResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a translated name of a price type.

        REST method: ``catalog.priceTypeLang.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-delete.html

        Args:
            id: ID of the price type translation.

        Returns:
            bool

        Example:
            result = client.catalog.price_type_lang.delete(id=1)
            result = await client.catalog.price_type_lang.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> CatalogPriceTypeLangGetResult:
        """Read one translated name of a price type.

        REST method: ``catalog.priceTypeLang.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get.html

        Args:
            id: ID of the price type translation.

        Returns:
            CatalogPriceTypeLangGetResult

        Example:
            result = client.catalog.price_type_lang.get(id=1)
            result = await client.catalog.price_type_lang.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangGetResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogPriceTypeLangGetFieldsResult:
        """Describe the fields of price type name translations.

        REST method: ``catalog.priceTypeLang.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get-fields.html

        Returns:
            CatalogPriceTypeLangGetFieldsResult

        Example:
            result = client.catalog.price_type_lang.get_fields()
            result = await client.catalog.price_type_lang.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangGetFieldsResult",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_GET_FIELDS, {}),
        )

    def get_languages(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> Page[CatalogPriceTypeLangGetLanguagesResult]:
        """List the languages price type names can be translated into.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceTypeLang.getLanguages``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get-languages.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            Page[CatalogPriceTypeLangGetLanguagesResult]

        Example:
            result = client.catalog.price_type_lang.get_languages()
            result = await client.catalog.price_type_lang.get_languages()  # AsyncBitrix24
        """
        return cast(
            "Page[CatalogPriceTypeLangGetLanguagesResult]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LANG_GET_LANGUAGES, {"start": start}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogPriceTypeLang]:
        """List translated names of price types matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceTypeLang.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogPriceTypeLang]

        Example:
            result = client.catalog.price_type_lang.list()
            result = await client.catalog.price_type_lang.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogPriceTypeLang]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LANG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogPriceTypeLangUpdateFields
    ) -> CatalogPriceTypeLangUpdateResult:
        """Change a translated name of a price type or its language.

        REST method: ``catalog.priceTypeLang.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-update.html

        Args:
            id: ID of the price type translation.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogPriceTypeLangUpdateResult

        Example:
            result = client.catalog.price_type_lang.update(id=1, fields={"name": "Anna", "catalogGroupId": 1})
            result = await client.catalog.price_type_lang.update(id=1, fields={"name": "Anna", "catalogGroupId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangUpdateResult",
            self._backend._invoke(
                _CATALOG_PRICE_TYPE_LANG_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogPriceTypeLang(Namespace):
    """Methods under ``catalog.priceTypeLang`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogPriceTypeLangAddFields
    ) -> CatalogPriceTypeLangAddResult:
        """Add a translated name of a price type for one language.

        REST method: ``catalog.priceTypeLang.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-add.html

        Args:
            fields: Values of the new price type translation, keyed by field name.

        Returns:
            CatalogPriceTypeLangAddResult

        Example:
            result = client.catalog.price_type_lang.add(fields={"catalogGroupId": 1, "name": "Anna", "lang": "en"})
            result = await client.catalog.price_type_lang.add(fields={"catalogGroupId": 1, "name": "Anna", "lang": "en"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangAddResult",
            await self._backend._invoke(
                _CATALOG_PRICE_TYPE_LANG_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a translated name of a price type.

        REST method: ``catalog.priceTypeLang.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-delete.html

        Args:
            id: ID of the price type translation.

        Returns:
            bool

        Example:
            result = client.catalog.price_type_lang.delete(id=1)
            result = await client.catalog.price_type_lang.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> CatalogPriceTypeLangGetResult:
        """Read one translated name of a price type.

        REST method: ``catalog.priceTypeLang.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get.html

        Args:
            id: ID of the price type translation.

        Returns:
            CatalogPriceTypeLangGetResult

        Example:
            result = client.catalog.price_type_lang.get(id=1)
            result = await client.catalog.price_type_lang.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangGetResult",
            await self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogPriceTypeLangGetFieldsResult:
        """Describe the fields of price type name translations.

        REST method: ``catalog.priceTypeLang.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get-fields.html

        Returns:
            CatalogPriceTypeLangGetFieldsResult

        Example:
            result = client.catalog.price_type_lang.get_fields()
            result = await client.catalog.price_type_lang.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_GET_FIELDS, {}),
        )

    async def get_languages(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[CatalogPriceTypeLangGetLanguagesResult]:
        """List the languages price type names can be translated into.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceTypeLang.getLanguages``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get-languages.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            AsyncPage[CatalogPriceTypeLangGetLanguagesResult]

        Example:
            result = client.catalog.price_type_lang.get_languages()
            result = await client.catalog.price_type_lang.get_languages()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[CatalogPriceTypeLangGetLanguagesResult]",
            await self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LANG_GET_LANGUAGES, {"start": start}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogPriceTypeLang]:
        """List translated names of price types matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.priceTypeLang.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogPriceTypeLang]

        Example:
            result = client.catalog.price_type_lang.list()
            result = await client.catalog.price_type_lang.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogPriceTypeLang]",
            await self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LANG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogPriceTypeLangUpdateFields
    ) -> CatalogPriceTypeLangUpdateResult:
        """Change a translated name of a price type or its language.

        REST method: ``catalog.priceTypeLang.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-update.html

        Args:
            id: ID of the price type translation.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogPriceTypeLangUpdateResult

        Example:
            result = client.catalog.price_type_lang.update(id=1, fields={"name": "Anna", "catalogGroupId": 1})
            result = await client.catalog.price_type_lang.update(id=1, fields={"name": "Anna", "catalogGroupId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceTypeLangUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRICE_TYPE_LANG_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogPriceTypeLang(Namespace):
    """Methods under ``catalog.priceTypeLang`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogPriceTypeLangAddFields | Ref
    ) -> BatchCommand[CatalogPriceTypeLangAddResult]:
        """Add a translated name of a price type for one language.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-add.html

        Args:
            fields: Values of the new price type translation, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceTypeLangAddResult]

        Example:
            command = batch.catalog.price_type_lang.add(fields={"catalogGroupId": 1, "name": "Anna", "lang": "en"})
        """
        return cast(
            "BatchCommand[CatalogPriceTypeLangAddResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a translated name of a price type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-delete.html

        Args:
            id: ID of the price type translation.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.price_type_lang.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogPriceTypeLangGetResult]:
        """Read one translated name of a price type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get.html

        Args:
            id: ID of the price type translation.

        Returns:
            BatchCommand[CatalogPriceTypeLangGetResult]

        Example:
            command = batch.catalog.price_type_lang.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogPriceTypeLangGetResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogPriceTypeLangGetFieldsResult]:
        """Describe the fields of price type name translations.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get-fields.html

        Returns:
            BatchCommand[CatalogPriceTypeLangGetFieldsResult]

        Example:
            command = batch.catalog.price_type_lang.get_fields()
        """
        return cast(
            "BatchCommand[CatalogPriceTypeLangGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRICE_TYPE_LANG_GET_FIELDS, {}),
        )

    def get_languages(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[CatalogPriceTypeLangGetLanguagesResult]]:
        """List the languages price type names can be translated into.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.getLanguages``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-get-languages.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[CatalogPriceTypeLangGetLanguagesResult]]

        Example:
            command = batch.catalog.price_type_lang.get_languages()
        """
        return cast(
            "BatchCommand[builtins.list[CatalogPriceTypeLangGetLanguagesResult]]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LANG_GET_LANGUAGES, {"start": start}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogPriceTypeLang]]:
        """List translated names of price types matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogPriceTypeLang]]

        Example:
            command = batch.catalog.price_type_lang.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogPriceTypeLang]]",
            self._backend._invoke_page(
                _CATALOG_PRICE_TYPE_LANG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogPriceTypeLangUpdateFields | Ref
    ) -> BatchCommand[CatalogPriceTypeLangUpdateResult]:
        """Change a translated name of a price type or its language.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.priceTypeLang.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price-type/price-type-lang/catalog-price-type-lang-update.html

        Args:
            id: ID of the price type translation.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceTypeLangUpdateResult]

        Example:
            command = batch.catalog.price_type_lang.update(id=1, fields={"name": "Anna", "catalogGroupId": 1})
        """
        return cast(
            "BatchCommand[CatalogPriceTypeLangUpdateResult]",
            self._backend._invoke(
                _CATALOG_PRICE_TYPE_LANG_UPDATE, {"id": id, "fields": fields}
            ),
        )
