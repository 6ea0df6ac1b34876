"""Methods under ``crm.currency``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmCurrency as _CrmCurrency,
        CrmCurrencyAddFields,
        CrmCurrencyFieldsResult,
        CrmCurrencyLocalizations as _CrmCurrencyLocalizations,
        CrmCurrencyLocalizationsFieldsResult,
        CrmCurrencyUpdateFields,
    )

_CRM_CURRENCY_ADD = MethodInfo(
    name="crm.currency.add", idempotent=False, returns="string", api=1
)
_CRM_CURRENCY_DELETE = MethodInfo(
    name="crm.currency.delete", idempotent=False, returns="boolean", api=1
)
_CRM_CURRENCY_FIELDS = MethodInfo(
    name="crm.currency.fields", idempotent=True, returns="any", api=1
)
_CRM_CURRENCY_GET = MethodInfo(
    name="crm.currency.get", idempotent=True, returns="any", api=1
)
_CRM_CURRENCY_LIST = MethodInfo(
    name="crm.currency.list", idempotent=True, returns="any", api=1
)
_CRM_CURRENCY_UPDATE = MethodInfo(
    name="crm.currency.update", idempotent=False, returns="boolean", api=1
)
_CRM_CURRENCY_BASE_GET = MethodInfo(
    name="crm.currency.base.get", idempotent=True, returns="string", api=1
)
_CRM_CURRENCY_BASE_SET = MethodInfo(
    name="crm.currency.base.set", idempotent=False, returns="boolean", api=1
)
_CRM_CURRENCY_LOCALIZATIONS_DELETE = MethodInfo(
    name="crm.currency.localizations.delete", idempotent=False, returns="boolean", api=1
)
_CRM_CURRENCY_LOCALIZATIONS_FIELDS = MethodInfo(
    name="crm.currency.localizations.fields", idempotent=True, returns="any", api=1
)
_CRM_CURRENCY_LOCALIZATIONS_GET = MethodInfo(
    name="crm.currency.localizations.get", idempotent=True, returns="any", api=1
)
_CRM_CURRENCY_LOCALIZATIONS_SET = MethodInfo(
    name="crm.currency.localizations.set", idempotent=False, returns="boolean", api=1
)


class CrmCurrency(Namespace):
    """Methods under ``crm.currency``."""

    __slots__ = ()

    @property
    def base(self) -> CrmCurrencyBase:
        """Methods under ``crm.currency.base``."""
        return CrmCurrencyBase(self._backend)

    @property
    def localizations(self) -> CrmCurrencyLocalizations:
        """Methods under ``crm.currency.localizations``."""
        return CrmCurrencyLocalizations(self._backend)

    def add(self, *, fields: CrmCurrencyAddFields) -> str:
        """Create a currency with its exchange rate and display formats; return its code.

        Languages you leave out of LANG get default formatting. Changing the base currency through REST is discouraged: every rate would have to be recalculated.

        REST method: ``crm.currency.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-add.html

        Args:
            fields: Values of the currency.

        Returns:
            str

        Example:
            result = client.crm.currency.add(fields={"CURRENCY": "USD", "AMOUNT_CNT": 1, "AMOUNT": 100.0})
            result = await client.crm.currency.add(fields={"CURRENCY": "USD", "AMOUNT_CNT": 1, "AMOUNT": 100.0})  # AsyncBitrix24
        """
        return cast(str, self._backend._invoke(_CRM_CURRENCY_ADD, {"fields": fields}))

    def delete(self, *, id: str) -> bool:
        """Remove a currency from the portal by its code.

        REST method: ``crm.currency.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-delete.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            bool

        Example:
            result = client.crm.currency.delete(id="1")
            result = await client.crm.currency.delete(id="1")  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_CURRENCY_DELETE, {"id": id}))

    def fields(self) -> CrmCurrencyFieldsResult:
        """Describe the fields of a currency record.

        REST method: ``crm.currency.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-fields.html

        Returns:
            CrmCurrencyFieldsResult

        Example:
            result = client.crm.currency.fields()
            result = await client.crm.currency.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCurrencyFieldsResult", self._backend._invoke(_CRM_CURRENCY_FIELDS, {})
        )

    def get(self, *, id: str | NotGiven = NOT_GIVEN) -> _CrmCurrency:
        """Read one currency with its rate and formats by code.

        REST method: ``crm.currency.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-get.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            CrmCurrency

        Example:
            result = client.crm.currency.get()
            result = await client.crm.currency.get()  # AsyncBitrix24
        """
        return cast(
            "_CrmCurrency", self._backend._invoke(_CRM_CURRENCY_GET, {"id": id})
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmCurrency]:
        """List the portal's currencies with rates and formats.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.currency.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-list.html

        Args:
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmCurrency]

        Example:
            result = client.crm.currency.list()
            result = await client.crm.currency.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmCurrency]",
            self._backend._invoke_page(
                _CRM_CURRENCY_LIST, {"order": order, "start": start}
            ),
        )

    def update(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        fields: CrmCurrencyUpdateFields | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a currency's rate, order or display formats.

        REST method: ``crm.currency.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-update.html

        Args:
            id: Currency code (ISO 4217), such as "EUR". Wire name: ``ID``.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Example:
            result = client.crm.currency.update(fields={"SORT": 1, "AMOUNT_CNT": 1})
            result = await client.crm.currency.update(fields={"SORT": 1, "AMOUNT_CNT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_CURRENCY_UPDATE, {"ID": id, "fields": fields}),
        )


class AsyncCrmCurrency(Namespace):
    """Methods under ``crm.currency`` (async)."""

    __slots__ = ()

    @property
    def base(self) -> AsyncCrmCurrencyBase:
        """Methods under ``crm.currency.base``."""
        return AsyncCrmCurrencyBase(self._backend)

    @property
    def localizations(self) -> AsyncCrmCurrencyLocalizations:
        """Methods under ``crm.currency.localizations``."""
        return AsyncCrmCurrencyLocalizations(self._backend)

    async def add(self, *, fields: CrmCurrencyAddFields) -> str:
        """Create a currency with its exchange rate and display formats; return its code.

        Languages you leave out of LANG get default formatting. Changing the base currency through REST is discouraged: every rate would have to be recalculated.

        REST method: ``crm.currency.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-add.html

        Args:
            fields: Values of the currency.

        Returns:
            str

        Example:
            result = client.crm.currency.add(fields={"CURRENCY": "USD", "AMOUNT_CNT": 1, "AMOUNT": 100.0})
            result = await client.crm.currency.add(fields={"CURRENCY": "USD", "AMOUNT_CNT": 1, "AMOUNT": 100.0})  # AsyncBitrix24
        """
        return cast(
            str, await self._backend._invoke(_CRM_CURRENCY_ADD, {"fields": fields})
        )

    async def delete(self, *, id: str) -> bool:
        """Remove a currency from the portal by its code.

        REST method: ``crm.currency.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-delete.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            bool

        Example:
            result = client.crm.currency.delete(id="1")
            result = await client.crm.currency.delete(id="1")  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_CURRENCY_DELETE, {"id": id}))

    async def fields(self) -> CrmCurrencyFieldsResult:
        """Describe the fields of a currency record.

        REST method: ``crm.currency.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-fields.html

        Returns:
            CrmCurrencyFieldsResult

        Example:
            result = client.crm.currency.fields()
            result = await client.crm.currency.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCurrencyFieldsResult",
            await self._backend._invoke(_CRM_CURRENCY_FIELDS, {}),
        )

    async def get(self, *, id: str | NotGiven = NOT_GIVEN) -> _CrmCurrency:
        """Read one currency with its rate and formats by code.

        REST method: ``crm.currency.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-get.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            CrmCurrency

        Example:
            result = client.crm.currency.get()
            result = await client.crm.currency.get()  # AsyncBitrix24
        """
        return cast(
            "_CrmCurrency", await self._backend._invoke(_CRM_CURRENCY_GET, {"id": id})
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmCurrency]:
        """List the portal's currencies with rates and formats.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.currency.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-list.html

        Args:
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmCurrency]

        Example:
            result = client.crm.currency.list()
            result = await client.crm.currency.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmCurrency]",
            await self._backend._invoke_page(
                _CRM_CURRENCY_LIST, {"order": order, "start": start}
            ),
        )

    async def update(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        fields: CrmCurrencyUpdateFields | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a currency's rate, order or display formats.

        REST method: ``crm.currency.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-update.html

        Args:
            id: Currency code (ISO 4217), such as "EUR". Wire name: ``ID``.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Example:
            result = client.crm.currency.update(fields={"SORT": 1, "AMOUNT_CNT": 1})
            result = await client.crm.currency.update(fields={"SORT": 1, "AMOUNT_CNT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CURRENCY_UPDATE, {"ID": id, "fields": fields}
            ),
        )


class BatchCrmCurrency(Namespace):
    """Methods under ``crm.currency`` (queued into a batch)."""

    __slots__ = ()

    @property
    def base(self) -> BatchCrmCurrencyBase:
        """Methods under ``crm.currency.base``."""
        return BatchCrmCurrencyBase(self._backend)

    @property
    def localizations(self) -> BatchCrmCurrencyLocalizations:
        """Methods under ``crm.currency.localizations``."""
        return BatchCrmCurrencyLocalizations(self._backend)

    def add(self, *, fields: CrmCurrencyAddFields | Ref) -> BatchCommand[str]:
        """Create a currency with its exchange rate and display formats; return its code.

        Languages you leave out of LANG get default formatting. Changing the base currency through REST is discouraged: every rate would have to be recalculated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-add.html

        Args:
            fields: Values of the currency.

        Returns:
            BatchCommand[str]

        Example:
            command = batch.crm.currency.add(fields={"CURRENCY": "USD", "AMOUNT_CNT": 1, "AMOUNT": 100.0})
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(_CRM_CURRENCY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: str | Ref) -> BatchCommand[bool]:
        """Remove a currency from the portal by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-delete.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.currency.delete(id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_CURRENCY_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmCurrencyFieldsResult]:
        """Describe the fields of a currency record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-fields.html

        Returns:
            BatchCommand[CrmCurrencyFieldsResult]

        Example:
            command = batch.crm.currency.fields()
        """
        return cast(
            "BatchCommand[CrmCurrencyFieldsResult]",
            self._backend._invoke(_CRM_CURRENCY_FIELDS, {}),
        )

    def get(
        self, *, id: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[_CrmCurrency]:
        """Read one currency with its rate and formats by code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-get.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            BatchCommand[CrmCurrency]

        Example:
            command = batch.crm.currency.get()
        """
        return cast(
            "BatchCommand[_CrmCurrency]",
            self._backend._invoke(_CRM_CURRENCY_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmCurrency]]:
        """List the portal's currencies with rates and formats.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-list.html

        Args:
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmCurrency]]

        Example:
            command = batch.crm.currency.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmCurrency]]",
            self._backend._invoke_page(
                _CRM_CURRENCY_LIST, {"order": order, "start": start}
            ),
        )

    def update(
        self,
        *,
        id: str | Ref | NotGiven = NOT_GIVEN,
        fields: CrmCurrencyUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change a currency's rate, order or display formats.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-update.html

        Args:
            id: Currency code (ISO 4217), such as "EUR". Wire name: ``ID``.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.currency.update(fields={"SORT": 1, "AMOUNT_CNT": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_CURRENCY_UPDATE, {"ID": id, "fields": fields}),
        )


class CrmCurrencyBase(Namespace):
    """Methods under ``crm.currency.base``."""

    __slots__ = ()

    def get(self) -> str:
        """Read the code of the portal's base currency, such as "USD".

        REST method: ``crm.currency.base.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-base-get.html

        Returns:
            str

        Example:
            result = client.crm.currency.base.get()
            result = await client.crm.currency.base.get()  # AsyncBitrix24
        """
        return cast(str, self._backend._invoke(_CRM_CURRENCY_BASE_GET, {}))

    def set(self, *, id: str | NotGiven = NOT_GIVEN) -> bool:
        """Make another currency the base one for exchange rates.

        Afterwards update the other currencies' rates: they are all relative to the base currency.

        REST method: ``crm.currency.base.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-base-set.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            bool

        Example:
            result = client.crm.currency.base.set()
            result = await client.crm.currency.base.set()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_CURRENCY_BASE_SET, {"id": id}))


class AsyncCrmCurrencyBase(Namespace):
    """Methods under ``crm.currency.base`` (async)."""

    __slots__ = ()

    async def get(self) -> str:
        """Read the code of the portal's base currency, such as "USD".

        REST method: ``crm.currency.base.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-base-get.html

        Returns:
            str

        Example:
            result = client.crm.currency.base.get()
            result = await client.crm.currency.base.get()  # AsyncBitrix24
        """
        return cast(str, await self._backend._invoke(_CRM_CURRENCY_BASE_GET, {}))

    async def set(self, *, id: str | NotGiven = NOT_GIVEN) -> bool:
        """Make another currency the base one for exchange rates.

        Afterwards update the other currencies' rates: they are all relative to the base currency.

        REST method: ``crm.currency.base.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-base-set.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            bool

        Example:
            result = client.crm.currency.base.set()
            result = await client.crm.currency.base.set()  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_CURRENCY_BASE_SET, {"id": id})
        )


class BatchCrmCurrencyBase(Namespace):
    """Methods under ``crm.currency.base`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[str]:
        """Read the code of the portal's base currency, such as "USD".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.base.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-base-get.html

        Returns:
            BatchCommand[str]

        Example:
            command = batch.crm.currency.base.get()
        """
        return cast(
            "BatchCommand[str]", self._backend._invoke(_CRM_CURRENCY_BASE_GET, {})
        )

    def set(self, *, id: str | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[bool]:
        """Make another currency the base one for exchange rates.

        Afterwards update the other currencies' rates: they are all relative to the base currency.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.base.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-base-set.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.currency.base.set()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_CURRENCY_BASE_SET, {"id": id}),
        )


class CrmCurrencyLocalizations(Namespace):
    """Methods under ``crm.currency.localizations``."""

    __slots__ = ()

    def delete(self, *, id: str, lids: Sequence[str]) -> bool:
        """Drop a currency's display formats for the given languages.

        REST method: ``crm.currency.localizations.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-delete.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".
            lids: Language IDs whose formats to drop, such as ["de", "en"].

        Returns:
            bool

        Example:
            result = client.crm.currency.localizations.delete(id="1", lids=["example"])
            result = await client.crm.currency.localizations.delete(id="1", lids=["example"])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CURRENCY_LOCALIZATIONS_DELETE, {"id": id, "lids": lids}
            ),
        )

    def fields(self) -> CrmCurrencyLocalizationsFieldsResult:
        """Describe the fields of a currency display format.

        REST method: ``crm.currency.localizations.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-fields.html

        Returns:
            CrmCurrencyLocalizationsFieldsResult

        Example:
            result = client.crm.currency.localizations.fields()
            result = await client.crm.currency.localizations.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCurrencyLocalizationsFieldsResult",
            self._backend._invoke(_CRM_CURRENCY_LOCALIZATIONS_FIELDS, {}),
        )

    def get(self, *, id: str | NotGiven = NOT_GIVEN) -> _CrmCurrencyLocalizations:
        """Read a currency's display formats for every language.

        REST method: ``crm.currency.localizations.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-get.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            CrmCurrencyLocalizations

        Example:
            result = client.crm.currency.localizations.get()
            result = await client.crm.currency.localizations.get()  # AsyncBitrix24
        """
        return cast(
            "_CrmCurrencyLocalizations",
            self._backend._invoke(_CRM_CURRENCY_LOCALIZATIONS_GET, {"id": id}),
        )

    def set(self, *, id: str, localizations: dict[str, Any]) -> bool:
        """Add or replace a currency's display formats per language.

        Languages not passed keep their formats. Returns false without an error when nothing was changed, the object is empty or the currency module is missing.

        REST method: ``crm.currency.localizations.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-set.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".
            localizations: Formats keyed by language ID, such as {"en": {"FULL_NAME": "Euro", "DECIMALS": 2}}.

        Returns:
            bool

        Example:
            result = client.crm.currency.localizations.set(id="1", localizations={})
            result = await client.crm.currency.localizations.set(id="1", localizations={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CURRENCY_LOCALIZATIONS_SET,
                {"id": id, "localizations": localizations},
            ),
        )


class AsyncCrmCurrencyLocalizations(Namespace):
    """Methods under ``crm.currency.localizations`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: str, lids: Sequence[str]) -> bool:
        """Drop a currency's display formats for the given languages.

        REST method: ``crm.currency.localizations.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-delete.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".
            lids: Language IDs whose formats to drop, such as ["de", "en"].

        Returns:
            bool

        Example:
            result = client.crm.currency.localizations.delete(id="1", lids=["example"])
            result = await client.crm.currency.localizations.delete(id="1", lids=["example"])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CURRENCY_LOCALIZATIONS_DELETE, {"id": id, "lids": lids}
            ),
        )

    async def fields(self) -> CrmCurrencyLocalizationsFieldsResult:
        """Describe the fields of a currency display format.

        REST method: ``crm.currency.localizations.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-fields.html

        Returns:
            CrmCurrencyLocalizationsFieldsResult

        Example:
            result = client.crm.currency.localizations.fields()
            result = await client.crm.currency.localizations.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCurrencyLocalizationsFieldsResult",
            await self._backend._invoke(_CRM_CURRENCY_LOCALIZATIONS_FIELDS, {}),
        )

    async def get(self, *, id: str | NotGiven = NOT_GIVEN) -> _CrmCurrencyLocalizations:
        """Read a currency's display formats for every language.

        REST method: ``crm.currency.localizations.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-get.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            CrmCurrencyLocalizations

        Example:
            result = client.crm.currency.localizations.get()
            result = await client.crm.currency.localizations.get()  # AsyncBitrix24
        """
        return cast(
            "_CrmCurrencyLocalizations",
            await self._backend._invoke(_CRM_CURRENCY_LOCALIZATIONS_GET, {"id": id}),
        )

    async def set(self, *, id: str, localizations: dict[str, Any]) -> bool:
        """Add or replace a currency's display formats per language.

        Languages not passed keep their formats. Returns false without an error when nothing was changed, the object is empty or the currency module is missing.

        REST method: ``crm.currency.localizations.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-set.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".
            localizations: Formats keyed by language ID, such as {"en": {"FULL_NAME": "Euro", "DECIMALS": 2}}.

        Returns:
            bool

        Example:
            result = client.crm.currency.localizations.set(id="1", localizations={})
            result = await client.crm.currency.localizations.set(id="1", localizations={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CURRENCY_LOCALIZATIONS_SET,
                {"id": id, "localizations": localizations},
            ),
        )


class BatchCrmCurrencyLocalizations(Namespace):
    """Methods under ``crm.currency.localizations`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: str | Ref, lids: Sequence[str] | Ref) -> BatchCommand[bool]:
        """Drop a currency's display formats for the given languages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.localizations.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-delete.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".
            lids: Language IDs whose formats to drop, such as ["de", "en"].

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.currency.localizations.delete(id="1", lids=["example"])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CURRENCY_LOCALIZATIONS_DELETE, {"id": id, "lids": lids}
            ),
        )

    def fields(self) -> BatchCommand[CrmCurrencyLocalizationsFieldsResult]:
        """Describe the fields of a currency display format.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.localizations.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-fields.html

        Returns:
            BatchCommand[CrmCurrencyLocalizationsFieldsResult]

        Example:
            command = batch.crm.currency.localizations.fields()
        """
        return cast(
            "BatchCommand[CrmCurrencyLocalizationsFieldsResult]",
            self._backend._invoke(_CRM_CURRENCY_LOCALIZATIONS_FIELDS, {}),
        )

    def get(
        self, *, id: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[_CrmCurrencyLocalizations]:
        """Read a currency's display formats for every language.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.localizations.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-get.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".

        Returns:
            BatchCommand[CrmCurrencyLocalizations]

        Example:
            command = batch.crm.currency.localizations.get()
        """
        return cast(
            "BatchCommand[_CrmCurrencyLocalizations]",
            self._backend._invoke(_CRM_CURRENCY_LOCALIZATIONS_GET, {"id": id}),
        )

    def set(
        self, *, id: str | Ref, localizations: dict[str, Any] | Ref
    ) -> BatchCommand[bool]:
        """Add or replace a currency's display formats per language.

        Languages not passed keep their formats. Returns false without an error when nothing was changed, the object is empty or the currency module is missing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.currency.localizations.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-set.html

        Args:
            id: Currency code (ISO 4217), such as "EUR".
            localizations: Formats keyed by language ID, such as {"en": {"FULL_NAME": "Euro", "DECIMALS": 2}}.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.currency.localizations.set(id="1", localizations={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CURRENCY_LOCALIZATIONS_SET,
                {"id": id, "localizations": localizations},
            ),
        )
