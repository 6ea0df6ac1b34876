"""Methods under ``crm.product``: generated from spec/ by ``python -m generator``; do not edit."""

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

_CRM_PRODUCT_ADD = MethodInfo(
    name="crm.product.add", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_DELETE = MethodInfo(
    name="crm.product.delete", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_FIELDS = MethodInfo(
    name="crm.product.fields", idempotent=True, returns="any", api=1
)
_CRM_PRODUCT_GET = MethodInfo(
    name="crm.product.get", idempotent=True, returns="any", api=1
)
_CRM_PRODUCT_LIST = MethodInfo(
    name="crm.product.list", idempotent=True, returns="any", api=1
)
_CRM_PRODUCT_UPDATE = MethodInfo(
    name="crm.product.update", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_ADD = MethodInfo(
    name="crm.product.property.add", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_DELETE = MethodInfo(
    name="crm.product.property.delete", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_FIELDS = MethodInfo(
    name="crm.product.property.fields", idempotent=True, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_GET = MethodInfo(
    name="crm.product.property.get", idempotent=True, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_LIST = MethodInfo(
    name="crm.product.property.list", idempotent=True, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_TYPES = MethodInfo(
    name="crm.product.property.types", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_UPDATE = MethodInfo(
    name="crm.product.property.update", idempotent=False, returns="any", api=1
)
_CRM_PRODUCT_PROPERTY_ENUMERATION_FIELDS = MethodInfo(
    name="crm.product.property.enumeration.fields",
    idempotent=True,
    returns="any",
    api=1,
)
_CRM_PRODUCT_PROPERTY_SETTINGS_FIELDS = MethodInfo(
    name="crm.product.property.settings.fields", idempotent=True, returns="any", api=1
)


class CrmProduct(Namespace):
    """Methods under ``crm.product``."""

    __slots__ = ()

    @property
    def property_(self) -> CrmProductProperty:
        """Methods under ``crm.product.property``."""
        return CrmProductProperty(self._backend)

    @deprecated(
        "The REST method crm.product.add is deprecated; use catalog.product.add instead."
    )
    def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create a product in the CRM product catalog and return its ID.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.add`` instead.

        REST method: ``crm.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-add.html

        Args:
            fields: Values of the new product, such as NAME, PRICE, CURRENCY_ID and SECTION_ID (crm.product.fields).

        Returns:
            Any

        Example:
            result = client.crm.product.add()
            result = await client.crm.product.add()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.product.delete is deprecated; use catalog.product.delete instead."
    )
    def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a product from the CRM product catalog.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.delete`` instead.

        REST method: ``crm.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-delete.html

        Args:
            id: ID of the product.

        Returns:
            Any

        Example:
            result = client.crm.product.delete()
            result = await client.crm.product.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.product.fields is deprecated; use catalog.product.getFieldsByFilter instead."
    )
    def fields(self) -> Any:
        """Describe the fields of CRM catalog products, custom properties included.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.getFieldsByFilter`` instead.

        REST method: ``crm.product.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-fields.html

        Returns:
            Any

        Example:
            result = client.crm.product.fields()
            result = await client.crm.product.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_FIELDS, {})

    @deprecated(
        "The REST method crm.product.get is deprecated; use catalog.product.get instead."
    )
    def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read one catalog product with its price, section and properties.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.get`` instead.

        REST method: ``crm.product.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-get.html

        Args:
            id: ID of the product.

        Returns:
            Any

        Example:
            result = client.crm.product.get()
            result = await client.crm.product.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_GET, {"id": id})

    @deprecated(
        "The REST method crm.product.list is deprecated; use catalog.product.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find catalog products by filter, page by page, with chosen fields.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.list`` instead.

        REST method: ``crm.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "PRICE"]; "PROPERTY_*" adds the product properties.
            filter: Conditions on product fields, such as {"SECTION_ID": 3}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.product.list()
            result = await client.crm.product.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCT_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated(
        "The REST method crm.product.update is deprecated; use catalog.product.update instead."
    )
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the name, price, section or properties of a catalog product.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.update`` instead.

        REST method: ``crm.product.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-update.html

        Args:
            id: ID of the product.
            fields: Values to change, keyed by field name.

        Returns:
            Any

        Example:
            result = client.crm.product.update()
            result = await client.crm.product.update()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_UPDATE, {"id": id, "fields": fields})


class AsyncCrmProduct(Namespace):
    """Methods under ``crm.product`` (async)."""

    __slots__ = ()

    @property
    def property_(self) -> AsyncCrmProductProperty:
        """Methods under ``crm.product.property``."""
        return AsyncCrmProductProperty(self._backend)

    @deprecated(
        "The REST method crm.product.add is deprecated; use catalog.product.add instead."
    )
    async def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create a product in the CRM product catalog and return its ID.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.add`` instead.

        REST method: ``crm.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-add.html

        Args:
            fields: Values of the new product, such as NAME, PRICE, CURRENCY_ID and SECTION_ID (crm.product.fields).

        Returns:
            Any

        Example:
            result = client.crm.product.add()
            result = await client.crm.product.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.product.delete is deprecated; use catalog.product.delete instead."
    )
    async def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a product from the CRM product catalog.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.delete`` instead.

        REST method: ``crm.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-delete.html

        Args:
            id: ID of the product.

        Returns:
            Any

        Example:
            result = client.crm.product.delete()
            result = await client.crm.product.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.product.fields is deprecated; use catalog.product.getFieldsByFilter instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of CRM catalog products, custom properties included.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.getFieldsByFilter`` instead.

        REST method: ``crm.product.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-fields.html

        Returns:
            Any

        Example:
            result = client.crm.product.fields()
            result = await client.crm.product.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_FIELDS, {})

    @deprecated(
        "The REST method crm.product.get is deprecated; use catalog.product.get instead."
    )
    async def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read one catalog product with its price, section and properties.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.get`` instead.

        REST method: ``crm.product.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-get.html

        Args:
            id: ID of the product.

        Returns:
            Any

        Example:
            result = client.crm.product.get()
            result = await client.crm.product.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_GET, {"id": id})

    @deprecated(
        "The REST method crm.product.list is deprecated; use catalog.product.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Find catalog products by filter, page by page, with chosen fields.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.list`` instead.

        REST method: ``crm.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "PRICE"]; "PROPERTY_*" adds the product properties.
            filter: Conditions on product fields, such as {"SECTION_ID": 3}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Any

        Example:
            result = client.crm.product.list()
            result = await client.crm.product.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCT_LIST,
            {"select": select, "filter": filter, "order": order, "start": start},
        )

    @deprecated(
        "The REST method crm.product.update is deprecated; use catalog.product.update instead."
    )
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the name, price, section or properties of a catalog product.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.update`` instead.

        REST method: ``crm.product.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-update.html

        Args:
            id: ID of the product.
            fields: Values to change, keyed by field name.

        Returns:
            Any

        Example:
            result = client.crm.product.update()
            result = await client.crm.product.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCT_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmProduct(Namespace):
    """Methods under ``crm.product`` (queued into a batch)."""

    __slots__ = ()

    @property
    def property_(self) -> BatchCrmProductProperty:
        """Methods under ``crm.product.property``."""
        return BatchCrmProductProperty(self._backend)

    @deprecated(
        "The REST method crm.product.add is deprecated; use catalog.product.add instead."
    )
    def add(
        self, *, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Create a product in the CRM product catalog and return its ID.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-add.html

        Args:
            fields: Values of the new product, such as NAME, PRICE, CURRENCY_ID and SECTION_ID (crm.product.fields).

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_ADD, {"fields": fields}),
        )

    @deprecated(
        "The REST method crm.product.delete is deprecated; use catalog.product.delete instead."
    )
    def delete(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Remove a product from the CRM product catalog.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-delete.html

        Args:
            id: ID of the product.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.delete()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PRODUCT_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.product.fields is deprecated; use catalog.product.getFieldsByFilter instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of CRM catalog products, custom properties included.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.getFieldsByFilter`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.fields()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_CRM_PRODUCT_FIELDS, {}))

    @deprecated(
        "The REST method crm.product.get is deprecated; use catalog.product.get instead."
    )
    def get(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read one catalog product with its price, section and properties.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-get.html

        Args:
            id: ID of the product.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.get()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PRODUCT_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.product.list is deprecated; use catalog.product.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Find catalog products by filter, page by page, with chosen fields.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "PRICE"]; "PROPERTY_*" adds the product properties.
            filter: Conditions on product fields, such as {"SECTION_ID": 3}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.product.update is deprecated; use catalog.product.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the name, price, section or properties of a catalog product.

        Deprecated: use catalog.product.* instead.

        Deprecated: use ``catalog.product.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-update.html

        Args:
            id: ID of the product.
            fields: Values to change, keyed by field name.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_UPDATE, {"id": id, "fields": fields}),
        )


class CrmProductProperty(Namespace):
    """Methods under ``crm.product.property``."""

    __slots__ = ()

    @property
    def enumeration(self) -> CrmProductPropertyEnumeration:
        """Methods under ``crm.product.property.enumeration``."""
        return CrmProductPropertyEnumeration(self._backend)

    @property
    def settings(self) -> CrmProductPropertySettings:
        """Methods under ``crm.product.property.settings``."""
        return CrmProductPropertySettings(self._backend)

    @deprecated(
        "The REST method crm.product.property.add is deprecated; use catalog.productProperty.add instead."
    )
    def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create a product property (custom attribute of catalog products).

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.add`` instead.

        REST method: ``crm.product.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-add.html

        Args:
            fields: Values of the new property, such as NAME and PROPERTY_TYPE (crm.product.property.fields).

        Returns:
            Any

        Example:
            result = client.crm.product.property_.add()
            result = await client.crm.product.property_.add()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_PROPERTY_ADD, {"fields": fields})

    @deprecated(
        "The REST method crm.product.property.delete is deprecated; use catalog.productProperty.delete instead."
    )
    def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a product property and its values from the catalog.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.delete`` instead.

        REST method: ``crm.product.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-delete.html

        Args:
            id: ID of the property.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.delete()
            result = await client.crm.product.property_.delete()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_PROPERTY_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.product.property.fields is deprecated; use catalog.productProperty.getFields instead."
    )
    def fields(self) -> Any:
        """Describe the fields of product properties: type, code, sort and so on.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.getFields`` instead.

        REST method: ``crm.product.property.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-fields.html

        Returns:
            Any

        Example:
            result = client.crm.product.property_.fields()
            result = await client.crm.product.property_.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_PROPERTY_FIELDS, {})

    @deprecated(
        "The REST method crm.product.property.get is deprecated; use catalog.productProperty.get instead."
    )
    def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read one product property with its settings and list options.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.get`` instead.

        REST method: ``crm.product.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-get.html

        Args:
            id: ID of the property.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.get()
            result = await client.crm.product.property_.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_PROPERTY_GET, {"id": id})

    @deprecated(
        "The REST method crm.product.property.list is deprecated; use catalog.productProperty.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the product properties defined in the catalog.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.list`` instead.

        REST method: ``crm.product.property.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on property fields, such as {"PROPERTY_TYPE": "S", "USER_TYPE": "HTML"}.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.list()
            result = await client.crm.product.property_.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_LIST, {"order": order, "filter": filter}
        )

    @deprecated("The REST method crm.product.property.types is deprecated.")
    def types(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """List the types a product property can have, base and custom.

        Development stopped: use catalog.productPropertyFeature.*. The call takes no parameters.

        Deprecated.

        REST method: ``crm.product.property.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-types.html

        Args:
            id: Not used by the method; the docs describe no parameters.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.types()
            result = await client.crm.product.property_.types()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_PROPERTY_TYPES, {"id": id})

    @deprecated(
        "The REST method crm.product.property.update is deprecated; use catalog.productProperty.update instead."
    )
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the name, settings or options of a product property.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.update`` instead.

        REST method: ``crm.product.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-update.html

        Args:
            id: ID of the property.
            fields: Values to change.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.update()
            result = await client.crm.product.property_.update()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
        )


class AsyncCrmProductProperty(Namespace):
    """Methods under ``crm.product.property`` (async)."""

    __slots__ = ()

    @property
    def enumeration(self) -> AsyncCrmProductPropertyEnumeration:
        """Methods under ``crm.product.property.enumeration``."""
        return AsyncCrmProductPropertyEnumeration(self._backend)

    @property
    def settings(self) -> AsyncCrmProductPropertySettings:
        """Methods under ``crm.product.property.settings``."""
        return AsyncCrmProductPropertySettings(self._backend)

    @deprecated(
        "The REST method crm.product.property.add is deprecated; use catalog.productProperty.add instead."
    )
    async def add(self, *, fields: dict[str, Any] | NotGiven = NOT_GIVEN) -> Any:
        """Create a product property (custom attribute of catalog products).

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.add`` instead.

        REST method: ``crm.product.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-add.html

        Args:
            fields: Values of the new property, such as NAME and PROPERTY_TYPE (crm.product.property.fields).

        Returns:
            Any

        Example:
            result = client.crm.product.property_.add()
            result = await client.crm.product.property_.add()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_ADD, {"fields": fields}
        )

    @deprecated(
        "The REST method crm.product.property.delete is deprecated; use catalog.productProperty.delete instead."
    )
    async def delete(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Remove a product property and its values from the catalog.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.delete`` instead.

        REST method: ``crm.product.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-delete.html

        Args:
            id: ID of the property.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.delete()
            result = await client.crm.product.property_.delete()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_PROPERTY_DELETE, {"id": id})

    @deprecated(
        "The REST method crm.product.property.fields is deprecated; use catalog.productProperty.getFields instead."
    )
    async def fields(self) -> Any:
        """Describe the fields of product properties: type, code, sort and so on.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.getFields`` instead.

        REST method: ``crm.product.property.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-fields.html

        Returns:
            Any

        Example:
            result = client.crm.product.property_.fields()
            result = await client.crm.product.property_.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_PROPERTY_FIELDS, {})

    @deprecated(
        "The REST method crm.product.property.get is deprecated; use catalog.productProperty.get instead."
    )
    async def get(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """Read one product property with its settings and list options.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.get`` instead.

        REST method: ``crm.product.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-get.html

        Args:
            id: ID of the property.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.get()
            result = await client.crm.product.property_.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_PROPERTY_GET, {"id": id})

    @deprecated(
        "The REST method crm.product.property.list is deprecated; use catalog.productProperty.list instead."
    )
    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the product properties defined in the catalog.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.list`` instead.

        REST method: ``crm.product.property.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on property fields, such as {"PROPERTY_TYPE": "S", "USER_TYPE": "HTML"}.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.list()
            result = await client.crm.product.property_.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_LIST, {"order": order, "filter": filter}
        )

    @deprecated("The REST method crm.product.property.types is deprecated.")
    async def types(self, *, id: int | NotGiven = NOT_GIVEN) -> Any:
        """List the types a product property can have, base and custom.

        Development stopped: use catalog.productPropertyFeature.*. The call takes no parameters.

        Deprecated.

        REST method: ``crm.product.property.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-types.html

        Args:
            id: Not used by the method; the docs describe no parameters.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.types()
            result = await client.crm.product.property_.types()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_PROPERTY_TYPES, {"id": id})

    @deprecated(
        "The REST method crm.product.property.update is deprecated; use catalog.productProperty.update instead."
    )
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the name, settings or options of a product property.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.update`` instead.

        REST method: ``crm.product.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-update.html

        Args:
            id: ID of the property.
            fields: Values to change.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.update()
            result = await client.crm.product.property_.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
        )


class BatchCrmProductProperty(Namespace):
    """Methods under ``crm.product.property`` (queued into a batch)."""

    __slots__ = ()

    @property
    def enumeration(self) -> BatchCrmProductPropertyEnumeration:
        """Methods under ``crm.product.property.enumeration``."""
        return BatchCrmProductPropertyEnumeration(self._backend)

    @property
    def settings(self) -> BatchCrmProductPropertySettings:
        """Methods under ``crm.product.property.settings``."""
        return BatchCrmProductPropertySettings(self._backend)

    @deprecated(
        "The REST method crm.product.property.add is deprecated; use catalog.productProperty.add instead."
    )
    def add(
        self, *, fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Create a product property (custom attribute of catalog products).

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-add.html

        Args:
            fields: Values of the new property, such as NAME and PROPERTY_TYPE (crm.product.property.fields).

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.add()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_PROPERTY_ADD, {"fields": fields}),
        )

    @deprecated(
        "The REST method crm.product.property.delete is deprecated; use catalog.productProperty.delete instead."
    )
    def delete(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Remove a product property and its values from the catalog.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-delete.html

        Args:
            id: ID of the property.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.delete()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_PROPERTY_DELETE, {"id": id}),
        )

    @deprecated(
        "The REST method crm.product.property.fields is deprecated; use catalog.productProperty.getFields instead."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of product properties: type, code, sort and so on.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.fields()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_CRM_PRODUCT_PROPERTY_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.product.property.get is deprecated; use catalog.productProperty.get instead."
    )
    def get(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """Read one product property with its settings and list options.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-get.html

        Args:
            id: ID of the property.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.get()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_PROPERTY_GET, {"id": id}),
        )

    @deprecated(
        "The REST method crm.product.property.list is deprecated; use catalog.productProperty.list instead."
    )
    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the product properties defined in the catalog.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on property fields, such as {"PROPERTY_TYPE": "S", "USER_TYPE": "HTML"}.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCT_PROPERTY_LIST, {"order": order, "filter": filter}
            ),
        )

    @deprecated("The REST method crm.product.property.types is deprecated.")
    def types(self, *, id: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[Any]:
        """List the types a product property can have, base and custom.

        Development stopped: use catalog.productPropertyFeature.*. The call takes no parameters.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.types``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-types.html

        Args:
            id: Not used by the method; the docs describe no parameters.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.types()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_PROPERTY_TYPES, {"id": id}),
        )

    @deprecated(
        "The REST method crm.product.property.update is deprecated; use catalog.productProperty.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the name, settings or options of a product property.

        Deprecated: use catalog.productProperty.* instead.

        Deprecated: use ``catalog.productProperty.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-update.html

        Args:
            id: ID of the property.
            fields: Values to change.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCT_PROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmProductPropertyEnumeration(Namespace):
    """Methods under ``crm.product.property.enumeration``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.product.property.enumeration.fields is deprecated."
    )
    def fields(self) -> Any:
        """Describe the fields of options of list-type product properties.

        Development stopped: use catalog.productPropertyEnum.*.

        Deprecated.

        REST method: ``crm.product.property.enumeration.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-enumeration-fields.html

        Returns:
            Any

        Example:
            result = client.crm.product.property_.enumeration.fields()
            result = await client.crm.product.property_.enumeration.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_PRODUCT_PROPERTY_ENUMERATION_FIELDS, {})


class AsyncCrmProductPropertyEnumeration(Namespace):
    """Methods under ``crm.product.property.enumeration`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.product.property.enumeration.fields is deprecated."
    )
    async def fields(self) -> Any:
        """Describe the fields of options of list-type product properties.

        Development stopped: use catalog.productPropertyEnum.*.

        Deprecated.

        REST method: ``crm.product.property.enumeration.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-enumeration-fields.html

        Returns:
            Any

        Example:
            result = client.crm.product.property_.enumeration.fields()
            result = await client.crm.product.property_.enumeration.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_PRODUCT_PROPERTY_ENUMERATION_FIELDS, {})


class BatchCrmProductPropertyEnumeration(Namespace):
    """Methods under ``crm.product.property.enumeration`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.product.property.enumeration.fields is deprecated."
    )
    def fields(self) -> BatchCommand[Any]:
        """Describe the fields of options of list-type product properties.

        Development stopped: use catalog.productPropertyEnum.*.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.enumeration.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-enumeration-fields.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.enumeration.fields()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_PRODUCT_PROPERTY_ENUMERATION_FIELDS, {}),
        )


class CrmProductPropertySettings(Namespace):
    """Methods under ``crm.product.property.settings``."""

    __slots__ = ()

    @deprecated("The REST method crm.product.property.settings.fields is deprecated.")
    def fields(
        self,
        *,
        property_type: str | NotGiven = NOT_GIVEN,
        user_type: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Describe the extra settings of a product property of a given custom type.

        Development stopped: use catalog.productPropertyFeature.*.

        Deprecated.

        REST method: ``crm.product.property.settings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-settings-fields.html

        Args:
            property_type: Base property type, such as "S" (string) or "N" (number). Wire name: ``propertyType``.
            user_type: Custom property type, such as "HTML". Wire name: ``userType``.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.settings.fields()
            result = await client.crm.product.property_.settings.fields()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_SETTINGS_FIELDS,
            {"propertyType": property_type, "userType": user_type},
        )


class AsyncCrmProductPropertySettings(Namespace):
    """Methods under ``crm.product.property.settings`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.product.property.settings.fields is deprecated.")
    async def fields(
        self,
        *,
        property_type: str | NotGiven = NOT_GIVEN,
        user_type: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Describe the extra settings of a product property of a given custom type.

        Development stopped: use catalog.productPropertyFeature.*.

        Deprecated.

        REST method: ``crm.product.property.settings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-settings-fields.html

        Args:
            property_type: Base property type, such as "S" (string) or "N" (number). Wire name: ``propertyType``.
            user_type: Custom property type, such as "HTML". Wire name: ``userType``.

        Returns:
            Any

        Example:
            result = client.crm.product.property_.settings.fields()
            result = await client.crm.product.property_.settings.fields()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_PRODUCT_PROPERTY_SETTINGS_FIELDS,
            {"propertyType": property_type, "userType": user_type},
        )


class BatchCrmProductPropertySettings(Namespace):
    """Methods under ``crm.product.property.settings`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.product.property.settings.fields is deprecated.")
    def fields(
        self,
        *,
        property_type: str | Ref | NotGiven = NOT_GIVEN,
        user_type: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Describe the extra settings of a product property of a given custom type.

        Development stopped: use catalog.productPropertyFeature.*.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.product.property.settings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/products/crm-product-property-settings-fields.html

        Args:
            property_type: Base property type, such as "S" (string) or "N" (number). Wire name: ``propertyType``.
            user_type: Custom property type, such as "HTML". Wire name: ``userType``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.product.property_.settings.fields()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_PRODUCT_PROPERTY_SETTINGS_FIELDS,
                {"propertyType": property_type, "userType": user_type},
            ),
        )
