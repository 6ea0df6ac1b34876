"""Methods under ``crm.productsection``: generated from spec/ by ``python -m generator``; do not edit."""

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

_CRM_PRODUCTSECTION_ADD = MethodInfo(
    name="crm.productsection.add", idempotent=False, returns="any", api=1
)
_CRM_PRODUCTSECTION_DELETE = MethodInfo(
    name="crm.productsection.delete", idempotent=False, returns="any", api=1
)
_CRM_PRODUCTSECTION_FIELDS = MethodInfo(
    name="crm.productsection.fields", idempotent=True, returns="any", api=1
)
_CRM_PRODUCTSECTION_GET = MethodInfo(
    name="crm.productsection.get", idempotent=True, returns="any", api=1
)
_CRM_PRODUCTSECTION_LIST = MethodInfo(
    name="crm.productsection.list", idempotent=True, returns="any", api=1
)
_CRM_PRODUCTSECTION_UPDATE = MethodInfo(
    name="crm.productsection.update", idempotent=False, returns="any", api=1
)


class CrmProductsection(Namespace):
    """Methods under ``crm.productsection``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.productsection.add is deprecated; use catalog.section.add instead."
    )
    def add(self, *, fields: dict[str, Any]) -> Any:
        """Create a section (folder) in the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.add`` instead.

        REST method: ``crm.productsection.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-add.html

        Args:
            fields: Values of the new section, such as NAME, CATALOG_ID and SECTION_ID of the parent.

        Returns:
            Any

        Example:
            result = client.crm.productsection.add(fields={})
            result = await client.crm.productsection.add(fields={})  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCTSECTION_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.productsection.delete is deprecated; use catalog.section.delete instead."
    )
    def delete(self, *, id: int) -> Any:
        """Remove a section from the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.delete`` instead.

        REST method: ``crm.productsection.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-delete.html

        Args:
            id: ID of the section.

        Returns:
            Any

        Example:
            result = client.crm.productsection.delete(id=1)
            result = await client.crm.productsection.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCTSECTION_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.productsection.fields is deprecated; use catalog.section.getFields instead."
    )
    def fields(self) -> Any:
        """Describe the fields of catalog sections: name, parent, catalog and code.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.getFields`` instead.

        REST method: ``crm.productsection.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-fields.html

        Returns:
            Any

        Example:
            result = client.crm.productsection.fields()
            result = await client.crm.productsection.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCTSECTION_FIELDS, {})

    @deprecated(
        "The REST method crm.productsection.get is deprecated; use catalog.section.get instead."
    )
    def get(self, *, id: int) -> Any:
        """Read one catalog section: name, parent and catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.get`` instead.

        REST method: ``crm.productsection.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-get.html

        Args:
            id: ID of the section.

        Returns:
            Any

        Example:
            result = client.crm.productsection.get(id=1)
            result = await client.crm.productsection.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCTSECTION_GET, {"id": id})

    @deprecated(
        "The REST method crm.productsection.list is deprecated; use catalog.section.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the sections (folders) of the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.list`` instead.

        REST method: ``crm.productsection.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions on section fields, such as {"CATALOG_ID": 25}.
            order: Sort order: field name mapped to "ASC" or "DESC".

        Returns:
            Any

        Example:
            result = client.crm.productsection.list()
            result = await client.crm.productsection.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCTSECTION_LIST,
            {"select": select, "filter": filter, "order": order},
        )

    @deprecated(
        "The REST method crm.productsection.update is deprecated; use catalog.section.update instead."
    )
    def update(self, *, id: int, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Rename or move a section of the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.update`` instead.

        REST method: ``crm.productsection.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-update.html

        Args:
            id: ID of the section.
            fields: Values to change, such as NAME or SECTION_ID.

        Returns:
            Any

        Example:
            result = client.crm.productsection.update(id=1)
            result = await client.crm.productsection.update(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCTSECTION_UPDATE, {"id": id, "fields": fields}
        )


class AsyncCrmProductsection(Namespace):
    """Methods under ``crm.productsection`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.productsection.add is deprecated; use catalog.section.add instead."
    )
    async def add(self, *, fields: dict[str, Any]) -> Any:
        """Create a section (folder) in the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.add`` instead.

        REST method: ``crm.productsection.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-add.html

        Args:
            fields: Values of the new section, such as NAME, CATALOG_ID and SECTION_ID of the parent.

        Returns:
            Any

        Example:
            result = client.crm.productsection.add(fields={})
            result = await client.crm.productsection.add(fields={})  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCTSECTION_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.productsection.delete is deprecated; use catalog.section.delete instead."
    )
    async def delete(self, *, id: int) -> Any:
        """Remove a section from the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.delete`` instead.

        REST method: ``crm.productsection.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-delete.html

        Args:
            id: ID of the section.

        Returns:
            Any

        Example:
            result = client.crm.productsection.delete(id=1)
            result = await client.crm.productsection.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCTSECTION_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.productsection.fields is deprecated; use catalog.section.getFields instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of catalog sections: name, parent, catalog and code.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.getFields`` instead.

        REST method: ``crm.productsection.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-fields.html

        Returns:
            Any

        Example:
            result = client.crm.productsection.fields()
            result = await client.crm.productsection.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCTSECTION_FIELDS, {})

    @deprecated(
        "The REST method crm.productsection.get is deprecated; use catalog.section.get instead."
    )
    async def get(self, *, id: int) -> Any:
        """Read one catalog section: name, parent and catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.get`` instead.

        REST method: ``crm.productsection.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-get.html

        Args:
            id: ID of the section.

        Returns:
            Any

        Example:
            result = client.crm.productsection.get(id=1)
            result = await client.crm.productsection.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCTSECTION_GET, {"id": id})

    @deprecated(
        "The REST method crm.productsection.list is deprecated; use catalog.section.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the sections (folders) of the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.list`` instead.

        REST method: ``crm.productsection.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions on section fields, such as {"CATALOG_ID": 25}.
            order: Sort order: field name mapped to "ASC" or "DESC".

        Returns:
            Any

        Example:
            result = client.crm.productsection.list()
            result = await client.crm.productsection.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCTSECTION_LIST,
            {"select": select, "filter": filter, "order": order},
        )

    @deprecated(
        "The REST method crm.productsection.update is deprecated; use catalog.section.update instead."
    )
    async def update(
        self, *, id: int, fields: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> Any:
        """Rename or move a section of the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.update`` instead.

        REST method: ``crm.productsection.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-update.html

        Args:
            id: ID of the section.
            fields: Values to change, such as NAME or SECTION_ID.

        Returns:
            Any

        Example:
            result = client.crm.productsection.update(id=1)
            result = await client.crm.productsection.update(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCTSECTION_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmProductsection(Namespace):
    """Methods under ``crm.productsection`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.productsection.add is deprecated; use catalog.section.add instead."
    )
    def add(self, *, fields: dict[str, Any] | Ref) -> BatchCommand[Any]:
        """Create a section (folder) in the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productsection.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-add.html

        Args:
            fields: Values of the new section, such as NAME, CATALOG_ID and SECTION_ID of the parent.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productsection.add(fields={})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCTSECTION_ADD, {"fields": fields}),
        )

    @deprecated(
        "The REST method crm.productsection.delete is deprecated; use catalog.section.delete instead."
    )
    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a section from the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productsection.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-delete.html

        Args:
            id: ID of the section.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productsection.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCTSECTION_DELETE, {"id": id}),
        )

    @deprecated(
        "The REST method crm.productsection.fields is deprecated; use catalog.section.getFields instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of catalog sections: name, parent, catalog and code.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productsection.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productsection.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PRODUCTSECTION_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.productsection.get is deprecated; use catalog.section.get instead."
    )
    def get(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Read one catalog section: name, parent and catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productsection.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-get.html

        Args:
            id: ID of the section.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productsection.get(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCTSECTION_GET, {"id": id}),
        )

    @deprecated(
        "The REST method crm.productsection.list is deprecated; use catalog.section.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the sections (folders) of the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productsection.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-list.html

        Args:
            select: Fields to return.
            filter: Conditions on section fields, such as {"CATALOG_ID": 25}.
            order: Sort order: field name mapped to "ASC" or "DESC".

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productsection.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCTSECTION_LIST,
                {"select": select, "filter": filter, "order": order},
            ),
        )

    @deprecated(
        "The REST method crm.productsection.update is deprecated; use catalog.section.update instead."
    )
    def update(
        self, *, id: int | Ref, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Rename or move a section of the CRM product catalog.

        Deprecated: use catalog.section.* instead.

        Deprecated: use ``catalog.section.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.productsection.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/product-section/crm-product-section-update.html

        Args:
            id: ID of the section.
            fields: Values to change, such as NAME or SECTION_ID.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.productsection.update(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCTSECTION_UPDATE, {"id": id, "fields": fields}
            ),
        )
