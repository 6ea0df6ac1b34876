"""Methods under ``crm.dealcategory``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_CRM_DEALCATEGORY_ADD = MethodInfo(
    name="crm.dealcategory.add", idempotent=False, returns="any", api=1
)
_CRM_DEALCATEGORY_DELETE = MethodInfo(
    name="crm.dealcategory.delete", idempotent=False, returns="any", api=1
)
_CRM_DEALCATEGORY_FIELDS = MethodInfo(
    name="crm.dealcategory.fields", idempotent=True, returns="any", api=1
)
_CRM_DEALCATEGORY_GET = MethodInfo(
    name="crm.dealcategory.get", idempotent=True, returns="any", api=1
)
_CRM_DEALCATEGORY_LIST = MethodInfo(
    name="crm.dealcategory.list", idempotent=True, returns="any", api=1
)
_CRM_DEALCATEGORY_STATUS = MethodInfo(
    name="crm.dealcategory.status", idempotent=False, returns="any", api=1
)
_CRM_DEALCATEGORY_UPDATE = MethodInfo(
    name="crm.dealcategory.update", idempotent=False, returns="any", api=1
)
_CRM_DEALCATEGORY_DEFAULT_GET = MethodInfo(
    name="crm.dealcategory.default.get", idempotent=True, returns="any", api=1
)
_CRM_DEALCATEGORY_DEFAULT_SET = MethodInfo(
    name="crm.dealcategory.default.set", idempotent=False, returns="any", api=1
)
_CRM_DEALCATEGORY_STAGE_LIST = MethodInfo(
    name="crm.dealcategory.stage.list", idempotent=True, returns="any", api=1
)


class CrmDealcategory(Namespace):
    """Methods under ``crm.dealcategory``."""

    __slots__ = ()

    @property
    def default(self) -> CrmDealcategoryDefault:
        """Methods under ``crm.dealcategory.default``."""
        return CrmDealcategoryDefault(self._backend)

    @property
    def stage(self) -> CrmDealcategoryStage:
        """Methods under ``crm.dealcategory.stage``."""
        return CrmDealcategoryStage(self._backend)

    @deprecated(
        "The REST method crm.dealcategory.add is deprecated; use crm.category.add instead."
    )
    def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create a deal pipeline (legacy API).

        Deprecated: use crm.category.add with entityTypeId 2.

        Deprecated: use ``crm.category.add`` instead.

        REST method: ``crm.dealcategory.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-add.html

        Args:
            fields: Values of the pipeline, such as {"NAME": "Wholesale", "SORT": 100}.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.add()
            result = await client.crm.dealcategory.add()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.dealcategory.delete is deprecated; use crm.category.delete instead."
    )
    def delete(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """Remove a deal pipeline (legacy API).

        Deprecated: use crm.category.delete.

        Deprecated: use ``crm.category.delete`` instead.

        REST method: ``crm.dealcategory.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-delete.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.delete()
            result = await client.crm.dealcategory.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.dealcategory.fields is deprecated; use crm.category.fields instead."
    )
    def fields(self) -> Any:
        """Describe the fields of a deal pipeline (legacy API).

        Deprecated: use crm.category.fields.

        Deprecated: use ``crm.category.fields`` instead.

        REST method: ``crm.dealcategory.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-fields.html

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.fields()
            result = await client.crm.dealcategory.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_FIELDS, {})

    @deprecated(
        "The REST method crm.dealcategory.get is deprecated; use crm.category.get instead."
    )
    def get(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """Read one deal pipeline by ID (legacy API).

        Deprecated: use crm.category.get.

        Deprecated: use ``crm.category.get`` instead.

        REST method: ``crm.dealcategory.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-get.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.get()
            result = await client.crm.dealcategory.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_GET, {"id": id})

    @deprecated(
        "The REST method crm.dealcategory.list is deprecated; use crm.category.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List deal pipelines with filter and sorting (legacy API).

        Deprecated: use crm.category.list.

        Deprecated: use ``crm.category.list`` instead.

        REST method: ``crm.dealcategory.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-list.html

        Args:
            select: Fields to return.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.list()
            result = await client.crm.dealcategory.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_DEALCATEGORY_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated("The REST method crm.dealcategory.status is deprecated.")
    def status(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """Get the status-list code that stores a pipeline's stages, such as "DEAL_STAGE_1".

        Deprecated: use crm.category.*. Use the returned code as ENTITY_ID with the crm.status.* methods, for example to add a stage.

        Deprecated.

        REST method: ``crm.dealcategory.status``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-status.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.status()
            result = await client.crm.dealcategory.status()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_STATUS, {"id": id})

    @deprecated(
        "The REST method crm.dealcategory.update is deprecated; use crm.category.update instead."
    )
    def update(
        self,
        *,
        id: int | str | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Rename or reorder a deal pipeline (legacy API).

        Deprecated: use crm.category.update.

        Deprecated: use ``crm.category.update`` instead.

        REST method: ``crm.dealcategory.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-update.html

        Args:
            id: ID of the pipeline.
            fields: Values to change, such as {"NAME": "Wholesale"}.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.update()
            result = await client.crm.dealcategory.update()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_DEALCATEGORY_UPDATE, {"id": id, "fields": fields}
        )


class AsyncCrmDealcategory(Namespace):
    """Methods under ``crm.dealcategory`` (async)."""

    __slots__ = ()

    @property
    def default(self) -> AsyncCrmDealcategoryDefault:
        """Methods under ``crm.dealcategory.default``."""
        return AsyncCrmDealcategoryDefault(self._backend)

    @property
    def stage(self) -> AsyncCrmDealcategoryStage:
        """Methods under ``crm.dealcategory.stage``."""
        return AsyncCrmDealcategoryStage(self._backend)

    @deprecated(
        "The REST method crm.dealcategory.add is deprecated; use crm.category.add instead."
    )
    async def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create a deal pipeline (legacy API).

        Deprecated: use crm.category.add with entityTypeId 2.

        Deprecated: use ``crm.category.add`` instead.

        REST method: ``crm.dealcategory.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-add.html

        Args:
            fields: Values of the pipeline, such as {"NAME": "Wholesale", "SORT": 100}.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.add()
            result = await client.crm.dealcategory.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.dealcategory.delete is deprecated; use crm.category.delete instead."
    )
    async def delete(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """Remove a deal pipeline (legacy API).

        Deprecated: use crm.category.delete.

        Deprecated: use ``crm.category.delete`` instead.

        REST method: ``crm.dealcategory.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-delete.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.delete()
            result = await client.crm.dealcategory.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.dealcategory.fields is deprecated; use crm.category.fields instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of a deal pipeline (legacy API).

        Deprecated: use crm.category.fields.

        Deprecated: use ``crm.category.fields`` instead.

        REST method: ``crm.dealcategory.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-fields.html

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.fields()
            result = await client.crm.dealcategory.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_FIELDS, {})

    @deprecated(
        "The REST method crm.dealcategory.get is deprecated; use crm.category.get instead."
    )
    async def get(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """Read one deal pipeline by ID (legacy API).

        Deprecated: use crm.category.get.

        Deprecated: use ``crm.category.get`` instead.

        REST method: ``crm.dealcategory.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-get.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.get()
            result = await client.crm.dealcategory.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_GET, {"id": id})

    @deprecated(
        "The REST method crm.dealcategory.list is deprecated; use crm.category.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List deal pipelines with filter and sorting (legacy API).

        Deprecated: use crm.category.list.

        Deprecated: use ``crm.category.list`` instead.

        REST method: ``crm.dealcategory.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-list.html

        Args:
            select: Fields to return.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.list()
            result = await client.crm.dealcategory.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_DEALCATEGORY_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated("The REST method crm.dealcategory.status is deprecated.")
    async def status(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """Get the status-list code that stores a pipeline's stages, such as "DEAL_STAGE_1".

        Deprecated: use crm.category.*. Use the returned code as ENTITY_ID with the crm.status.* methods, for example to add a stage.

        Deprecated.

        REST method: ``crm.dealcategory.status``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-status.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.status()
            result = await client.crm.dealcategory.status()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_STATUS, {"id": id})

    @deprecated(
        "The REST method crm.dealcategory.update is deprecated; use crm.category.update instead."
    )
    async def update(
        self,
        *,
        id: int | str | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Rename or reorder a deal pipeline (legacy API).

        Deprecated: use crm.category.update.

        Deprecated: use ``crm.category.update`` instead.

        REST method: ``crm.dealcategory.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-update.html

        Args:
            id: ID of the pipeline.
            fields: Values to change, such as {"NAME": "Wholesale"}.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.update()
            result = await client.crm.dealcategory.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_DEALCATEGORY_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmDealcategory(Namespace):
    """Methods under ``crm.dealcategory`` (queued into a batch)."""

    __slots__ = ()

    @property
    def default(self) -> BatchCrmDealcategoryDefault:
        """Methods under ``crm.dealcategory.default``."""
        return BatchCrmDealcategoryDefault(self._backend)

    @property
    def stage(self) -> BatchCrmDealcategoryStage:
        """Methods under ``crm.dealcategory.stage``."""
        return BatchCrmDealcategoryStage(self._backend)

    @deprecated(
        "The REST method crm.dealcategory.add is deprecated; use crm.category.add instead."
    )
    def add(
        self, *, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Create a deal pipeline (legacy API).

        Deprecated: use crm.category.add with entityTypeId 2.

        Deprecated: use ``crm.category.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-add.html

        Args:
            fields: Values of the pipeline, such as {"NAME": "Wholesale", "SORT": 100}.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_ADD, {"fields": fields}),
        )

    @deprecated(
        "The REST method crm.dealcategory.delete is deprecated; use crm.category.delete instead."
    )
    def delete(
        self, *, id: int | str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Remove a deal pipeline (legacy API).

        Deprecated: use crm.category.delete.

        Deprecated: use ``crm.category.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-delete.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.delete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_DELETE, {"id": id}),
        )

    @deprecated(
        "The REST method crm.dealcategory.fields is deprecated; use crm.category.fields instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of a deal pipeline (legacy API).

        Deprecated: use crm.category.fields.

        Deprecated: use ``crm.category.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_DEALCATEGORY_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.dealcategory.get is deprecated; use crm.category.get instead."
    )
    def get(self, *, id: int | str | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read one deal pipeline by ID (legacy API).

        Deprecated: use crm.category.get.

        Deprecated: use ``crm.category.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-get.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.get()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_GET, {"id": id}),
        )

    @deprecated(
        "The REST method crm.dealcategory.list is deprecated; use crm.category.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List deal pipelines with filter and sorting (legacy API).

        Deprecated: use crm.category.list.

        Deprecated: use ``crm.category.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-list.html

        Args:
            select: Fields to return.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_DEALCATEGORY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated("The REST method crm.dealcategory.status is deprecated.")
    def status(
        self, *, id: int | str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Get the status-list code that stores a pipeline's stages, such as "DEAL_STAGE_1".

        Deprecated: use crm.category.*. Use the returned code as ENTITY_ID with the crm.status.* methods, for example to add a stage.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.status``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-status.html

        Args:
            id: ID of the deal pipeline.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.status()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_STATUS, {"id": id}),
        )

    @deprecated(
        "The REST method crm.dealcategory.update is deprecated; use crm.category.update instead."
    )
    def update(
        self,
        *,
        id: int | str | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Rename or reorder a deal pipeline (legacy API).

        Deprecated: use crm.category.update.

        Deprecated: use ``crm.category.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-update.html

        Args:
            id: ID of the pipeline.
            fields: Values to change, such as {"NAME": "Wholesale"}.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_DEALCATEGORY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmDealcategoryDefault(Namespace):
    """Methods under ``crm.dealcategory.default``."""

    __slots__ = ()

    @deprecated("The REST method crm.dealcategory.default.get is deprecated.")
    def get(self) -> Any:
        """Read the name and settings of the default deal pipeline (legacy API).

        Deprecated: use crm.category.* with entityTypeId 2.

        Deprecated.

        REST method: ``crm.dealcategory.default.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-default-get.html

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.default.get()
            result = await client.crm.dealcategory.default.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_DEFAULT_GET, {})

    @deprecated("The REST method crm.dealcategory.default.set is deprecated.")
    def set(self, *, name: str | NotGiven = NOT_GIVEN) -> Any:
        """Rename the default deal pipeline (legacy API).

        Deprecated: use crm.category.* with entityTypeId 2.

        Deprecated.

        REST method: ``crm.dealcategory.default.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-default-set.html

        Args:
            name: New name of the default pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.default.set()
            result = await client.crm.dealcategory.default.set()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_DEFAULT_SET, {"name": name})


class AsyncCrmDealcategoryDefault(Namespace):
    """Methods under ``crm.dealcategory.default`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.dealcategory.default.get is deprecated.")
    async def get(self) -> Any:
        """Read the name and settings of the default deal pipeline (legacy API).

        Deprecated: use crm.category.* with entityTypeId 2.

        Deprecated.

        REST method: ``crm.dealcategory.default.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-default-get.html

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.default.get()
            result = await client.crm.dealcategory.default.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_DEFAULT_GET, {})

    @deprecated("The REST method crm.dealcategory.default.set is deprecated.")
    async def set(self, *, name: str | NotGiven = NOT_GIVEN) -> Any:
        """Rename the default deal pipeline (legacy API).

        Deprecated: use crm.category.* with entityTypeId 2.

        Deprecated.

        REST method: ``crm.dealcategory.default.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-default-set.html

        Args:
            name: New name of the default pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.default.set()
            result = await client.crm.dealcategory.default.set()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_DEALCATEGORY_DEFAULT_SET, {"name": name}
        )


class BatchCrmDealcategoryDefault(Namespace):
    """Methods under ``crm.dealcategory.default`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.dealcategory.default.get is deprecated.")
    def get(self) -> BatchCommand[Any]:
        """Read the name and settings of the default deal pipeline (legacy API).

        Deprecated: use crm.category.* with entityTypeId 2.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.default.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-default-get.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.default.get()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_DEFAULT_GET, {}),
        )

    @deprecated("The REST method crm.dealcategory.default.set is deprecated.")
    def set(self, *, name: str | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Rename the default deal pipeline (legacy API).

        Deprecated: use crm.category.* with entityTypeId 2.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.default.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-default-set.html

        Args:
            name: New name of the default pipeline.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.default.set()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_DEFAULT_SET, {"name": name}),
        )


class CrmDealcategoryStage(Namespace):
    """Methods under ``crm.dealcategory.stage``."""

    __slots__ = ()

    @deprecated("The REST method crm.dealcategory.stage.list is deprecated.")
    def list(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """List the stages of one deal pipeline (legacy API).

        Deprecated: use crm.category.* and crm.status.list. It equals crm.status.list on the pipeline's stage list.

        Deprecated.

        REST method: ``crm.dealcategory.stage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-stage-list.html

        Args:
            id: ID of the deal pipeline; 0 or none for the default pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.stage.list()
            result = await client.crm.dealcategory.stage.list()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DEALCATEGORY_STAGE_LIST, {"id": id})


class AsyncCrmDealcategoryStage(Namespace):
    """Methods under ``crm.dealcategory.stage`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.dealcategory.stage.list is deprecated.")
    async def list(self, *, id: int | str | NotGiven = NOT_GIVEN) -> Any:
        """List the stages of one deal pipeline (legacy API).

        Deprecated: use crm.category.* and crm.status.list. It equals crm.status.list on the pipeline's stage list.

        Deprecated.

        REST method: ``crm.dealcategory.stage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-stage-list.html

        Args:
            id: ID of the deal pipeline; 0 or none for the default pipeline.

        Returns:
            Any

        Example:
            result = client.crm.dealcategory.stage.list()
            result = await client.crm.dealcategory.stage.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_DEALCATEGORY_STAGE_LIST, {"id": id})


class BatchCrmDealcategoryStage(Namespace):
    """Methods under ``crm.dealcategory.stage`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.dealcategory.stage.list is deprecated.")
    def list(self, *, id: int | str | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """List the stages of one deal pipeline (legacy API).

        Deprecated: use crm.category.* and crm.status.list. It equals crm.status.list on the pipeline's stage list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.dealcategory.stage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/category-old/crm-deal-category-stage-list.html

        Args:
            id: ID of the deal pipeline; 0 or none for the default pipeline.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.dealcategory.stage.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DEALCATEGORY_STAGE_LIST, {"id": id}),
        )
