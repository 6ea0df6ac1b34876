"""Methods under ``crm.catalog``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_CRM_CATALOG_FIELDS = MethodInfo(
    name="crm.catalog.fields", idempotent=True, returns="any", api=1
)
_CRM_CATALOG_GET = MethodInfo(
    name="crm.catalog.get", idempotent=True, returns="any", api=1
)
_CRM_CATALOG_LIST = MethodInfo(
    name="crm.catalog.list", idempotent=True, returns="any", api=1
)


class CrmCatalog(Namespace):
    """Methods under ``crm.catalog``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.catalog.fields is deprecated; use catalog.catalog.getFields instead."
    )
    def fields(self) -> Any:
        """Describe the fields of a legacy product catalog.

        Deprecated: use catalog.catalog.getFields.

        Deprecated: use ``catalog.catalog.getFields`` instead.

        REST method: ``crm.catalog.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-fields.html

        Returns:
            Any

        Example:
            result = client.crm.catalog.fields()
            result = await client.crm.catalog.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_CATALOG_FIELDS, {})

    @deprecated(
        "The REST method crm.catalog.get is deprecated; use catalog.catalog.get instead."
    )
    def get(self, *, id: int) -> Any:
        """Read one legacy product catalog by ID.

        Deprecated: use catalog.catalog.get.

        Deprecated: use ``catalog.catalog.get`` instead.

        REST method: ``crm.catalog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-get.html

        Args:
            id: ID of the catalog.

        Returns:
            Any

        Example:
            result = client.crm.catalog.get(id=1)
            result = await client.crm.catalog.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_CATALOG_GET, {"id": id})

    @deprecated(
        "The REST method crm.catalog.list is deprecated; use catalog.catalog.list instead."
    )
    def list(self) -> Any:
        """List legacy product catalogs.

        Deprecated: use catalog.catalog.list.

        Deprecated: use ``catalog.catalog.list`` instead.

        REST method: ``crm.catalog.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-list.html

        Returns:
            Any

        Example:
            result = client.crm.catalog.list()
            result = await client.crm.catalog.list()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_CATALOG_LIST, {})


class AsyncCrmCatalog(Namespace):
    """Methods under ``crm.catalog`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.catalog.fields is deprecated; use catalog.catalog.getFields instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of a legacy product catalog.

        Deprecated: use catalog.catalog.getFields.

        Deprecated: use ``catalog.catalog.getFields`` instead.

        REST method: ``crm.catalog.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-fields.html

        Returns:
            Any

        Example:
            result = client.crm.catalog.fields()
            result = await client.crm.catalog.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_CATALOG_FIELDS, {})

    @deprecated(
        "The REST method crm.catalog.get is deprecated; use catalog.catalog.get instead."
    )
    async def get(self, *, id: int) -> Any:
        """Read one legacy product catalog by ID.

        Deprecated: use catalog.catalog.get.

        Deprecated: use ``catalog.catalog.get`` instead.

        REST method: ``crm.catalog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-get.html

        Args:
            id: ID of the catalog.

        Returns:
            Any

        Example:
            result = client.crm.catalog.get(id=1)
            result = await client.crm.catalog.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_CATALOG_GET, {"id": id})

    @deprecated(
        "The REST method crm.catalog.list is deprecated; use catalog.catalog.list instead."
    )
    async def list(self) -> Any:
        """List legacy product catalogs.

        Deprecated: use catalog.catalog.list.

        Deprecated: use ``catalog.catalog.list`` instead.

        REST method: ``crm.catalog.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-list.html

        Returns:
            Any

        Example:
            result = client.crm.catalog.list()
            result = await client.crm.catalog.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_CATALOG_LIST, {})


class BatchCrmCatalog(Namespace):
    """Methods under ``crm.catalog`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.catalog.fields is deprecated; use catalog.catalog.getFields instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of a legacy product catalog.

        Deprecated: use catalog.catalog.getFields.

        Deprecated: use ``catalog.catalog.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.catalog.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.catalog.fields()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_CRM_CATALOG_FIELDS, {}))

    @deprecated(
        "The REST method crm.catalog.get is deprecated; use catalog.catalog.get instead."
    )
    def get(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Read one legacy product catalog by ID.

        Deprecated: use catalog.catalog.get.

        Deprecated: use ``catalog.catalog.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.catalog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-get.html

        Args:
            id: ID of the catalog.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.catalog.get(id=1)
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_CATALOG_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.catalog.list is deprecated; use catalog.catalog.list instead."
    )
    def list(self) -> BatchCommand[Any]:
        """List legacy product catalogs.

        Deprecated: use catalog.catalog.list.

        Deprecated: use ``catalog.catalog.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.catalog.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/catalog/crm-catalog-list.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.catalog.list()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_CRM_CATALOG_LIST, {}))
