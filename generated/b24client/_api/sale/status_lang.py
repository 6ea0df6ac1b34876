"""Methods under ``sale.statusLang``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sale import (
        SaleStatusLang as _SaleStatusLang,
        SaleStatusLangAddFields,
        SaleStatusLangAddResult,
        SaleStatusLangDeleteByFilterFields,
        SaleStatusLangGetFieldsResult,
        SaleStatusLangGetListLangsResult,
    )

_SALE_STATUS_LANG_ADD = MethodInfo(
    name="sale.statusLang.add", idempotent=False, returns="any", api=1
)
_SALE_STATUS_LANG_DELETE_BY_FILTER = MethodInfo(
    name="sale.statusLang.deleteByFilter", idempotent=False, returns="boolean", api=1
)
_SALE_STATUS_LANG_GET_FIELDS = MethodInfo(
    name="sale.statusLang.getFields", idempotent=True, returns="any", api=1
)
_SALE_STATUS_LANG_GET_LIST_LANGS = MethodInfo(
    name="sale.statusLang.getListLangs", idempotent=True, returns="any", api=1
)
_SALE_STATUS_LANG_LIST = MethodInfo(
    name="sale.statusLang.list", idempotent=True, returns="any", api=1
)


class SaleStatusLang(Namespace):
    """Methods under ``sale.statusLang``."""

    __slots__ = ()

    def add(self, *, fields: SaleStatusLangAddFields) -> SaleStatusLangAddResult:
        """Add a translated name and description of a status for one language.

        REST method: ``sale.statusLang.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-add.html

        Args:
            fields: Values of the new status translation, keyed by field name.

        Returns:
            SaleStatusLangAddResult

        Example:
            result = client.sale.status_lang.add(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})
            result = await client.sale.status_lang.add(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SaleStatusLangAddResult",
            self._backend._invoke(_SALE_STATUS_LANG_ADD, {"fields": fields}),
        )

    def delete_by_filter(self, *, fields: SaleStatusLangDeleteByFilterFields) -> bool:
        """Remove the translation of a status for one language.

        REST method: ``sale.statusLang.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-delete-by-filter.html

        Args:
            fields: The translation to remove.

        Returns:
            bool

        Example:
            result = client.sale.status_lang.delete_by_filter(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})
            result = await client.sale.status_lang.delete_by_filter(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_STATUS_LANG_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> SaleStatusLangGetFieldsResult:
        """Describe the fields of status translations.

        REST method: ``sale.statusLang.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-get-fields.html

        Returns:
            SaleStatusLangGetFieldsResult

        Example:
            result = client.sale.status_lang.get_fields()
            result = await client.sale.status_lang.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleStatusLangGetFieldsResult",
            self._backend._invoke(_SALE_STATUS_LANG_GET_FIELDS, {}),
        )

    def get_list_langs(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> Page[SaleStatusLangGetListLangsResult]:
        """List the languages available for status translations.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.statusLang.getListLangs``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-get-list-langs.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            Page[SaleStatusLangGetListLangsResult]

        Example:
            result = client.sale.status_lang.get_list_langs()
            result = await client.sale.status_lang.get_list_langs()  # AsyncBitrix24
        """
        return cast(
            "Page[SaleStatusLangGetListLangsResult]",
            self._backend._invoke_page(
                _SALE_STATUS_LANG_GET_LIST_LANGS, {"start": start}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleStatusLang]:
        """List status translations matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.statusLang.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleStatusLang]

        Example:
            result = client.sale.status_lang.list()
            result = await client.sale.status_lang.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleStatusLang]",
            self._backend._invoke_page(
                _SALE_STATUS_LANG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncSaleStatusLang(Namespace):
    """Methods under ``sale.statusLang`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SaleStatusLangAddFields) -> SaleStatusLangAddResult:
        """Add a translated name and description of a status for one language.

        REST method: ``sale.statusLang.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-add.html

        Args:
            fields: Values of the new status translation, keyed by field name.

        Returns:
            SaleStatusLangAddResult

        Example:
            result = client.sale.status_lang.add(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})
            result = await client.sale.status_lang.add(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SaleStatusLangAddResult",
            await self._backend._invoke(_SALE_STATUS_LANG_ADD, {"fields": fields}),
        )

    async def delete_by_filter(
        self, *, fields: SaleStatusLangDeleteByFilterFields
    ) -> bool:
        """Remove the translation of a status for one language.

        REST method: ``sale.statusLang.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-delete-by-filter.html

        Args:
            fields: The translation to remove.

        Returns:
            bool

        Example:
            result = client.sale.status_lang.delete_by_filter(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})
            result = await client.sale.status_lang.delete_by_filter(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_STATUS_LANG_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    async def get_fields(self) -> SaleStatusLangGetFieldsResult:
        """Describe the fields of status translations.

        REST method: ``sale.statusLang.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-get-fields.html

        Returns:
            SaleStatusLangGetFieldsResult

        Example:
            result = client.sale.status_lang.get_fields()
            result = await client.sale.status_lang.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleStatusLangGetFieldsResult",
            await self._backend._invoke(_SALE_STATUS_LANG_GET_FIELDS, {}),
        )

    async def get_list_langs(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[SaleStatusLangGetListLangsResult]:
        """List the languages available for status translations.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.statusLang.getListLangs``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-get-list-langs.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            AsyncPage[SaleStatusLangGetListLangsResult]

        Example:
            result = client.sale.status_lang.get_list_langs()
            result = await client.sale.status_lang.get_list_langs()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[SaleStatusLangGetListLangsResult]",
            await self._backend._invoke_page(
                _SALE_STATUS_LANG_GET_LIST_LANGS, {"start": start}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleStatusLang]:
        """List status translations matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.statusLang.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleStatusLang]

        Example:
            result = client.sale.status_lang.list()
            result = await client.sale.status_lang.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleStatusLang]",
            await self._backend._invoke_page(
                _SALE_STATUS_LANG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchSaleStatusLang(Namespace):
    """Methods under ``sale.statusLang`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleStatusLangAddFields | Ref
    ) -> BatchCommand[SaleStatusLangAddResult]:
        """Add a translated name and description of a status for one language.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.statusLang.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-add.html

        Args:
            fields: Values of the new status translation, keyed by field name.

        Returns:
            BatchCommand[SaleStatusLangAddResult]

        Example:
            command = batch.sale.status_lang.add(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})
        """
        return cast(
            "BatchCommand[SaleStatusLangAddResult]",
            self._backend._invoke(_SALE_STATUS_LANG_ADD, {"fields": fields}),
        )

    def delete_by_filter(
        self, *, fields: SaleStatusLangDeleteByFilterFields | Ref
    ) -> BatchCommand[bool]:
        """Remove the translation of a status for one language.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.statusLang.deleteByFilter``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-delete-by-filter.html

        Args:
            fields: The translation to remove.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.status_lang.delete_by_filter(fields={"statusId": "NEW", "lid": "1", "name": "Anna"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_STATUS_LANG_DELETE_BY_FILTER, {"fields": fields}
            ),
        )

    def get_fields(self) -> BatchCommand[SaleStatusLangGetFieldsResult]:
        """Describe the fields of status translations.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.statusLang.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-get-fields.html

        Returns:
            BatchCommand[SaleStatusLangGetFieldsResult]

        Example:
            command = batch.sale.status_lang.get_fields()
        """
        return cast(
            "BatchCommand[SaleStatusLangGetFieldsResult]",
            self._backend._invoke(_SALE_STATUS_LANG_GET_FIELDS, {}),
        )

    def get_list_langs(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[SaleStatusLangGetListLangsResult]]:
        """List the languages available for status translations.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.statusLang.getListLangs``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-get-list-langs.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[SaleStatusLangGetListLangsResult]]

        Example:
            command = batch.sale.status_lang.get_list_langs()
        """
        return cast(
            "BatchCommand[builtins.list[SaleStatusLangGetListLangsResult]]",
            self._backend._invoke_page(
                _SALE_STATUS_LANG_GET_LIST_LANGS, {"start": start}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleStatusLang]]:
        """List status translations matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.statusLang.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/status-lang/sale-status-lang-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleStatusLang]]

        Example:
            command = batch.sale.status_lang.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleStatusLang]]",
            self._backend._invoke_page(
                _SALE_STATUS_LANG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
