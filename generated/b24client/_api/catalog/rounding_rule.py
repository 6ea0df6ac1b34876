"""Methods under ``catalog.roundingRule``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogRoundingRule as _CatalogRoundingRule,
        CatalogRoundingRuleAddFields,
        CatalogRoundingRuleAddResult,
        CatalogRoundingRuleGetFieldsResult,
        CatalogRoundingRuleGetResult,
        CatalogRoundingRuleUpdateFields,
        CatalogRoundingRuleUpdateResult,
    )

_CATALOG_ROUNDING_RULE_ADD = MethodInfo(
    name="catalog.roundingRule.add", idempotent=False, returns="any", api=1
)
_CATALOG_ROUNDING_RULE_DELETE = MethodInfo(
    name="catalog.roundingRule.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_ROUNDING_RULE_GET = MethodInfo(
    name="catalog.roundingRule.get", idempotent=True, returns="any", api=1
)
_CATALOG_ROUNDING_RULE_GET_FIELDS = MethodInfo(
    name="catalog.roundingRule.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_ROUNDING_RULE_LIST = MethodInfo(
    name="catalog.roundingRule.list", idempotent=True, returns="any", api=1
)
_CATALOG_ROUNDING_RULE_UPDATE = MethodInfo(
    name="catalog.roundingRule.update", idempotent=False, returns="any", api=1
)


class CatalogRoundingRule(Namespace):
    """Methods under ``catalog.roundingRule``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogRoundingRuleAddFields
    ) -> CatalogRoundingRuleAddResult:
        """Create a price rounding rule for one price type from a given price upward.

        REST method: ``catalog.roundingRule.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-add.html

        Args:
            fields: Values of the new rounding rule, keyed by field name.

        Returns:
            CatalogRoundingRuleAddResult

        Example:
            result = client.catalog.rounding_rule.add(fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})
            result = await client.catalog.rounding_rule.add(fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleAddResult",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a price rounding rule.

        REST method: ``catalog.roundingRule.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-delete.html

        Args:
            id: ID of the rounding rule.

        Returns:
            bool

        Example:
            result = client.catalog.rounding_rule.delete(id=1)
            result = await client.catalog.rounding_rule.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_ROUNDING_RULE_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> CatalogRoundingRuleGetResult:
        """Read one price rounding rule with its threshold and precision.

        REST method: ``catalog.roundingRule.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get.html

        Args:
            id: ID of the rounding rule.

        Returns:
            CatalogRoundingRuleGetResult

        Example:
            result = client.catalog.rounding_rule.get(id=1)
            result = await client.catalog.rounding_rule.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleGetResult",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogRoundingRuleGetFieldsResult:
        """Describe the price rounding rule fields: type, required and read-only flags.

        REST method: ``catalog.roundingRule.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get-fields.html

        Returns:
            CatalogRoundingRuleGetFieldsResult

        Example:
            result = client.catalog.rounding_rule.get_fields()
            result = await client.catalog.rounding_rule.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleGetFieldsResult",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogRoundingRule]:
        """List the price rounding rules of the catalog.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.roundingRule.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogRoundingRule]

        Example:
            result = client.catalog.rounding_rule.list()
            result = await client.catalog.rounding_rule.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogRoundingRule]",
            self._backend._invoke_page(
                _CATALOG_ROUNDING_RULE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogRoundingRuleUpdateFields
    ) -> CatalogRoundingRuleUpdateResult:
        """Change the price type, threshold, mode or precision of a rounding rule.

        REST method: ``catalog.roundingRule.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-update.html

        Args:
            id: ID of the rounding rule.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogRoundingRuleUpdateResult

        Example:
            result = client.catalog.rounding_rule.update(id=1, fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})
            result = await client.catalog.rounding_rule.update(id=1, fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleUpdateResult",
            self._backend._invoke(
                _CATALOG_ROUNDING_RULE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogRoundingRule(Namespace):
    """Methods under ``catalog.roundingRule`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogRoundingRuleAddFields
    ) -> CatalogRoundingRuleAddResult:
        """Create a price rounding rule for one price type from a given price upward.

        REST method: ``catalog.roundingRule.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-add.html

        Args:
            fields: Values of the new rounding rule, keyed by field name.

        Returns:
            CatalogRoundingRuleAddResult

        Example:
            result = client.catalog.rounding_rule.add(fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})
            result = await client.catalog.rounding_rule.add(fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleAddResult",
            await self._backend._invoke(_CATALOG_ROUNDING_RULE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a price rounding rule.

        REST method: ``catalog.roundingRule.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-delete.html

        Args:
            id: ID of the rounding rule.

        Returns:
            bool

        Example:
            result = client.catalog.rounding_rule.delete(id=1)
            result = await client.catalog.rounding_rule.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_ROUNDING_RULE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogRoundingRuleGetResult:
        """Read one price rounding rule with its threshold and precision.

        REST method: ``catalog.roundingRule.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get.html

        Args:
            id: ID of the rounding rule.

        Returns:
            CatalogRoundingRuleGetResult

        Example:
            result = client.catalog.rounding_rule.get(id=1)
            result = await client.catalog.rounding_rule.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleGetResult",
            await self._backend._invoke(_CATALOG_ROUNDING_RULE_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogRoundingRuleGetFieldsResult:
        """Describe the price rounding rule fields: type, required and read-only flags.

        REST method: ``catalog.roundingRule.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get-fields.html

        Returns:
            CatalogRoundingRuleGetFieldsResult

        Example:
            result = client.catalog.rounding_rule.get_fields()
            result = await client.catalog.rounding_rule.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleGetFieldsResult",
            await self._backend._invoke(_CATALOG_ROUNDING_RULE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogRoundingRule]:
        """List the price rounding rules of the catalog.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.roundingRule.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogRoundingRule]

        Example:
            result = client.catalog.rounding_rule.list()
            result = await client.catalog.rounding_rule.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogRoundingRule]",
            await self._backend._invoke_page(
                _CATALOG_ROUNDING_RULE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogRoundingRuleUpdateFields
    ) -> CatalogRoundingRuleUpdateResult:
        """Change the price type, threshold, mode or precision of a rounding rule.

        REST method: ``catalog.roundingRule.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-update.html

        Args:
            id: ID of the rounding rule.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogRoundingRuleUpdateResult

        Example:
            result = client.catalog.rounding_rule.update(id=1, fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})
            result = await client.catalog.rounding_rule.update(id=1, fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogRoundingRuleUpdateResult",
            await self._backend._invoke(
                _CATALOG_ROUNDING_RULE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogRoundingRule(Namespace):
    """Methods under ``catalog.roundingRule`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogRoundingRuleAddFields | Ref
    ) -> BatchCommand[CatalogRoundingRuleAddResult]:
        """Create a price rounding rule for one price type from a given price upward.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.roundingRule.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-add.html

        Args:
            fields: Values of the new rounding rule, keyed by field name.

        Returns:
            BatchCommand[CatalogRoundingRuleAddResult]

        Example:
            command = batch.catalog.rounding_rule.add(fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})
        """
        return cast(
            "BatchCommand[CatalogRoundingRuleAddResult]",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a price rounding rule.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.roundingRule.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-delete.html

        Args:
            id: ID of the rounding rule.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.rounding_rule.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogRoundingRuleGetResult]:
        """Read one price rounding rule with its threshold and precision.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.roundingRule.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get.html

        Args:
            id: ID of the rounding rule.

        Returns:
            BatchCommand[CatalogRoundingRuleGetResult]

        Example:
            command = batch.catalog.rounding_rule.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogRoundingRuleGetResult]",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogRoundingRuleGetFieldsResult]:
        """Describe the price rounding rule fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.roundingRule.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-get-fields.html

        Returns:
            BatchCommand[CatalogRoundingRuleGetFieldsResult]

        Example:
            command = batch.catalog.rounding_rule.get_fields()
        """
        return cast(
            "BatchCommand[CatalogRoundingRuleGetFieldsResult]",
            self._backend._invoke(_CATALOG_ROUNDING_RULE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogRoundingRule]]:
        """List the price rounding rules of the catalog.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.roundingRule.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogRoundingRule]]

        Example:
            command = batch.catalog.rounding_rule.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogRoundingRule]]",
            self._backend._invoke_page(
                _CATALOG_ROUNDING_RULE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogRoundingRuleUpdateFields | Ref
    ) -> BatchCommand[CatalogRoundingRuleUpdateResult]:
        """Change the price type, threshold, mode or precision of a rounding rule.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.roundingRule.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/rounding-rule/catalog-rounding-rule-update.html

        Args:
            id: ID of the rounding rule.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogRoundingRuleUpdateResult]

        Example:
            command = batch.catalog.rounding_rule.update(id=1, fields={"catalogGroupId": 1, "price": 100.0, "roundType": 1, "roundPrecision": 1.5})
        """
        return cast(
            "BatchCommand[CatalogRoundingRuleUpdateResult]",
            self._backend._invoke(
                _CATALOG_ROUNDING_RULE_UPDATE, {"id": id, "fields": fields}
            ),
        )
