"""Methods under ``crm.measure``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import CrmMeasureAddFields
else:
    from b24client._core.callsite import deprecated

_CRM_MEASURE_ADD = MethodInfo(
    name="crm.measure.add", idempotent=False, returns="any", api=1
)
_CRM_MEASURE_DELETE = MethodInfo(
    name="crm.measure.delete", idempotent=False, returns="any", api=1
)
_CRM_MEASURE_FIELDS = MethodInfo(
    name="crm.measure.fields", idempotent=True, returns="any", api=1
)
_CRM_MEASURE_GET = MethodInfo(
    name="crm.measure.get", idempotent=True, returns="any", api=1
)
_CRM_MEASURE_LIST = MethodInfo(
    name="crm.measure.list", idempotent=True, returns="any", api=1
)
_CRM_MEASURE_UPDATE = MethodInfo(
    name="crm.measure.update", idempotent=False, returns="any", api=1
)


class CrmMeasure(Namespace):
    """Methods under ``crm.measure``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.measure.add is deprecated; use catalog.measure.add instead."
    )
    def add(self, *, fields: CrmMeasureAddFields) -> Any:
        """Create a unit of measure for products, such as kilogram or piece.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.add`` instead.

        REST method: ``crm.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-add.html

        Args:
            fields: Values of the new unit.

        Returns:
            Any

        Example:
            result = client.crm.measure.add(fields={"CODE": 1, "MEASURE_TITLE": "Kick-off call"})
            result = await client.crm.measure.add(fields={"CODE": 1, "MEASURE_TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_MEASURE_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.measure.delete is deprecated; use catalog.measure.delete instead."
    )
    def delete(self, *, id: Any) -> Any:
        """Remove a unit of measure from the product catalog.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.delete`` instead.

        REST method: ``crm.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-delete.html

        Args:
            id: ID of the unit of measure.

        Returns:
            Any

        Example:
            result = client.crm.measure.delete(id="value")
            result = await client.crm.measure.delete(id="value")  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_MEASURE_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.measure.fields is deprecated; use catalog.measure.getFields instead."
    )
    def fields(self) -> Any:
        """Describe the fields of units of measure: code, names and symbols.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.getFields`` instead.

        REST method: ``crm.measure.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-fields.html

        Returns:
            Any

        Example:
            result = client.crm.measure.fields()
            result = await client.crm.measure.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_MEASURE_FIELDS, {})

    @deprecated(
        "The REST method crm.measure.get is deprecated; use catalog.measure.get instead."
    )
    def get(self, *, id: Any) -> Any:
        """Read one unit of measure: its code, name and symbols.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.get`` instead.

        REST method: ``crm.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-get.html

        Args:
            id: ID of the unit of measure.

        Returns:
            Any

        Example:
            result = client.crm.measure.get(id="value")
            result = await client.crm.measure.get(id="value")  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_MEASURE_GET, {"id": id})

    @deprecated(
        "The REST method crm.measure.list is deprecated; use catalog.measure.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the units of measure available for products.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.list`` instead.

        REST method: ``crm.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on unit fields, such as {"IS_DEFAULT": "Y"}.
            select: Fields to return, such as ["ID", "CODE", "SYMBOL_INTL"].

        Returns:
            Any

        Example:
            result = client.crm.measure.list()
            result = await client.crm.measure.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_MEASURE_LIST, {"order": order, "filter": filter, "select": select}
        )

    @deprecated(
        "The REST method crm.measure.update is deprecated; use catalog.measure.update instead."
    )
    def update(self, *, id: Any, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Change the code, name or symbols of a unit of measure.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.update`` instead.

        REST method: ``crm.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-update.html

        Args:
            id: ID of the unit of measure.
            fields: Values to change, such as MEASURE_TITLE or SYMBOL_INTL.

        Returns:
            Any

        Example:
            result = client.crm.measure.update(id="value")
            result = await client.crm.measure.update(id="value")  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_MEASURE_UPDATE, {"id": id, "fields": fields})


class AsyncCrmMeasure(Namespace):
    """Methods under ``crm.measure`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.measure.add is deprecated; use catalog.measure.add instead."
    )
    async def add(self, *, fields: CrmMeasureAddFields) -> Any:
        """Create a unit of measure for products, such as kilogram or piece.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.add`` instead.

        REST method: ``crm.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-add.html

        Args:
            fields: Values of the new unit.

        Returns:
            Any

        Example:
            result = client.crm.measure.add(fields={"CODE": 1, "MEASURE_TITLE": "Kick-off call"})
            result = await client.crm.measure.add(fields={"CODE": 1, "MEASURE_TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_MEASURE_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.measure.delete is deprecated; use catalog.measure.delete instead."
    )
    async def delete(self, *, id: Any) -> Any:
        """Remove a unit of measure from the product catalog.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.delete`` instead.

        REST method: ``crm.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-delete.html

        Args:
            id: ID of the unit of measure.

        Returns:
            Any

        Example:
            result = client.crm.measure.delete(id="value")
            result = await client.crm.measure.delete(id="value")  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_MEASURE_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.measure.fields is deprecated; use catalog.measure.getFields instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of units of measure: code, names and symbols.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.getFields`` instead.

        REST method: ``crm.measure.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-fields.html

        Returns:
            Any

        Example:
            result = client.crm.measure.fields()
            result = await client.crm.measure.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_MEASURE_FIELDS, {})

    @deprecated(
        "The REST method crm.measure.get is deprecated; use catalog.measure.get instead."
    )
    async def get(self, *, id: Any) -> Any:
        """Read one unit of measure: its code, name and symbols.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.get`` instead.

        REST method: ``crm.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-get.html

        Args:
            id: ID of the unit of measure.

        Returns:
            Any

        Example:
            result = client.crm.measure.get(id="value")
            result = await client.crm.measure.get(id="value")  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_MEASURE_GET, {"id": id})

    @deprecated(
        "The REST method crm.measure.list is deprecated; use catalog.measure.list instead."
    )
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the units of measure available for products.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.list`` instead.

        REST method: ``crm.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on unit fields, such as {"IS_DEFAULT": "Y"}.
            select: Fields to return, such as ["ID", "CODE", "SYMBOL_INTL"].

        Returns:
            Any

        Example:
            result = client.crm.measure.list()
            result = await client.crm.measure.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_MEASURE_LIST, {"order": order, "filter": filter, "select": select}
        )

    @deprecated(
        "The REST method crm.measure.update is deprecated; use catalog.measure.update instead."
    )
    async def update(
        self, *, id: Any, fields: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> Any:
        """Change the code, name or symbols of a unit of measure.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.update`` instead.

        REST method: ``crm.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-update.html

        Args:
            id: ID of the unit of measure.
            fields: Values to change, such as MEASURE_TITLE or SYMBOL_INTL.

        Returns:
            Any

        Example:
            result = client.crm.measure.update(id="value")
            result = await client.crm.measure.update(id="value")  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_MEASURE_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmMeasure(Namespace):
    """Methods under ``crm.measure`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.measure.add is deprecated; use catalog.measure.add instead."
    )
    def add(self, *, fields: CrmMeasureAddFields | Ref) -> BatchCommand[Any]:
        """Create a unit of measure for products, such as kilogram or piece.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.measure.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-add.html

        Args:
            fields: Values of the new unit.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.measure.add(fields={"CODE": 1, "MEASURE_TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_MEASURE_ADD, {"fields": fields}),
        )

    @deprecated(
        "The REST method crm.measure.delete is deprecated; use catalog.measure.delete instead."
    )
    def delete(self, *, id: Any | Ref) -> BatchCommand[Any]:
        """Remove a unit of measure from the product catalog.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.measure.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-delete.html

        Args:
            id: ID of the unit of measure.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.measure.delete(id="value")
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_MEASURE_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.measure.fields is deprecated; use catalog.measure.getFields instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of units of measure: code, names and symbols.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.measure.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.measure.fields()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_CRM_MEASURE_FIELDS, {}))

    @deprecated(
        "The REST method crm.measure.get is deprecated; use catalog.measure.get instead."
    )
    def get(self, *, id: Any | Ref) -> BatchCommand[Any]:
        """Read one unit of measure: its code, name and symbols.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.measure.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-get.html

        Args:
            id: ID of the unit of measure.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.measure.get(id="value")
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_MEASURE_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.measure.list is deprecated; use catalog.measure.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the units of measure available for products.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.measure.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on unit fields, such as {"IS_DEFAULT": "Y"}.
            select: Fields to return, such as ["ID", "CODE", "SYMBOL_INTL"].

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.measure.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_MEASURE_LIST, {"order": order, "filter": filter, "select": select}
            ),
        )

    @deprecated(
        "The REST method crm.measure.update is deprecated; use catalog.measure.update instead."
    )
    def update(
        self, *, id: Any | Ref, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Change the code, name or symbols of a unit of measure.

        Deprecated: use catalog.measure.* instead.

        Deprecated: use ``catalog.measure.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.measure.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/measure/crm-measure-update.html

        Args:
            id: ID of the unit of measure.
            fields: Values to change, such as MEASURE_TITLE or SYMBOL_INTL.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.measure.update(id="value")
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_MEASURE_UPDATE, {"id": id, "fields": fields}),
        )
