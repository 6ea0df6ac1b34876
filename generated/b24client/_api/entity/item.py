"""Methods under ``entity.item``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.entity import (
        EntityItem as _EntityItem,
        EntityItemProperty as _EntityItemProperty,
    )

_ENTITY_ITEM_ADD = MethodInfo(
    name="entity.item.add", idempotent=False, returns="integer", api=1
)
_ENTITY_ITEM_DELETE = MethodInfo(
    name="entity.item.delete", idempotent=False, returns="boolean", api=1
)
_ENTITY_ITEM_GET = MethodInfo(
    name="entity.item.get", idempotent=True, returns="any", api=1
)
_ENTITY_ITEM_UPDATE = MethodInfo(
    name="entity.item.update", idempotent=False, returns="boolean", api=1
)
_ENTITY_ITEM_PROPERTY_ADD = MethodInfo(
    name="entity.item.property.add", idempotent=False, returns="boolean", api=1
)
_ENTITY_ITEM_PROPERTY_DELETE = MethodInfo(
    name="entity.item.property.delete", idempotent=False, returns="boolean", api=1
)
_ENTITY_ITEM_PROPERTY_GET = MethodInfo(
    name="entity.item.property.get", idempotent=True, returns="any", api=1
)
_ENTITY_ITEM_PROPERTY_UPDATE = MethodInfo(
    name="entity.item.property.update", idempotent=False, returns="boolean", api=1
)


class EntityItem(Namespace):
    """Methods under ``entity.item``."""

    __slots__ = ()

    @property
    def property_(self) -> EntityItemProperty:
        """Methods under ``entity.item.property``."""
        return EntityItemProperty(self._backend)

    def add(
        self,
        *,
        entity: str,
        name: str | NotGiven = NOT_GIVEN,
        property_values: dict[str, Any] | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        date_active_from: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date_active_to: datetime.datetime | str | NotGiven = NOT_GIVEN,
        preview_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a record to an application data storage and return its ID.

        Works only in application context. Requires the "W" or "X" right. Custom UF_* fields go as separate top-level parameters.

        REST method: ``entity.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: Item name. Wire name: ``NAME``.
            property_values: Property values as {"PROPERTY_CODE": value}; only properties that exist in the storage are saved. Wire name: ``PROPERTY_VALUES``.
            section: ID of the storage section. Wire name: ``SECTION``.
            date_active_from: Date the item becomes active. Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Date the item stops being active. Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Preview image, in the REST file format. Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Detail image, in the REST file format. Wire name: ``DETAIL_PICTURE``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.add(entity="example")
            result = await client.entity.item.add(entity="example")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _ENTITY_ITEM_ADD,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "PROPERTY_VALUES": property_values,
                    "SECTION": section,
                    "DATE_ACTIVE_FROM": date_active_from,
                    "DATE_ACTIVE_TO": date_active_to,
                    "PREVIEW_PICTURE": preview_picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )

    def delete(self, *, entity: str, id: int) -> bool:
        """Delete a record from an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the item, as returned by entity.item.get. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.delete(entity="example", id=1)
            result = await client.entity.item.delete(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_ENTITY_ITEM_DELETE, {"ENTITY": entity, "ID": id}),
        )

    def get(
        self,
        *,
        entity: str,
        sort: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_EntityItem]:
        """List records of an application data storage, with filter and sort.

        Works only in application context. Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``entity.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            sort: Sort order as {"FIELD": "ASC"|"DESC"}; default {"ID": "ASC"}. Wire name: ``SORT``.
            filter: Filter on item fields; filter on a property with PROPERTY_<CODE>, such as {"PROPERTY_PRICE": 100}; a "?" key prefix checks null / not null. Wire name: ``FILTER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Page[EntityItem]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.get(entity="example")
            result = await client.entity.item.get(entity="example")  # AsyncBitrix24
        """
        return cast(
            "Page[_EntityItem]",
            self._backend._invoke_page(
                _ENTITY_ITEM_GET,
                {"ENTITY": entity, "SORT": sort, "FILTER": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        entity: str,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        property_values: dict[str, Any] | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        date_active_from: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date_active_to: datetime.datetime | str | NotGiven = NOT_GIVEN,
        preview_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a record in an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the item, as returned by entity.item.get. Wire name: ``ID``.
            name: New item name. Wire name: ``NAME``.
            property_values: Property values as {"PROPERTY_CODE": value}; only properties that exist in the storage are saved. Wire name: ``PROPERTY_VALUES``.
            section: ID of the storage section. Wire name: ``SECTION``.
            date_active_from: Date the item becomes active. Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Date the item stops being active. Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Preview image, in the REST file format; false removes it. Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Detail image, in the REST file format; false removes it. Wire name: ``DETAIL_PICTURE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.update(entity="example", id=1)
            result = await client.entity.item.update(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_ITEM_UPDATE,
                {
                    "ENTITY": entity,
                    "ID": id,
                    "NAME": name,
                    "PROPERTY_VALUES": property_values,
                    "SECTION": section,
                    "DATE_ACTIVE_FROM": date_active_from,
                    "DATE_ACTIVE_TO": date_active_to,
                    "PREVIEW_PICTURE": preview_picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )


class AsyncEntityItem(Namespace):
    """Methods under ``entity.item`` (async)."""

    __slots__ = ()

    @property
    def property_(self) -> AsyncEntityItemProperty:
        """Methods under ``entity.item.property``."""
        return AsyncEntityItemProperty(self._backend)

    async def add(
        self,
        *,
        entity: str,
        name: str | NotGiven = NOT_GIVEN,
        property_values: dict[str, Any] | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        date_active_from: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date_active_to: datetime.datetime | str | NotGiven = NOT_GIVEN,
        preview_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a record to an application data storage and return its ID.

        Works only in application context. Requires the "W" or "X" right. Custom UF_* fields go as separate top-level parameters.

        REST method: ``entity.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: Item name. Wire name: ``NAME``.
            property_values: Property values as {"PROPERTY_CODE": value}; only properties that exist in the storage are saved. Wire name: ``PROPERTY_VALUES``.
            section: ID of the storage section. Wire name: ``SECTION``.
            date_active_from: Date the item becomes active. Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Date the item stops being active. Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Preview image, in the REST file format. Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Detail image, in the REST file format. Wire name: ``DETAIL_PICTURE``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.add(entity="example")
            result = await client.entity.item.add(entity="example")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _ENTITY_ITEM_ADD,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "PROPERTY_VALUES": property_values,
                    "SECTION": section,
                    "DATE_ACTIVE_FROM": date_active_from,
                    "DATE_ACTIVE_TO": date_active_to,
                    "PREVIEW_PICTURE": preview_picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )

    async def delete(self, *, entity: str, id: int) -> bool:
        """Delete a record from an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the item, as returned by entity.item.get. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.delete(entity="example", id=1)
            result = await client.entity.item.delete(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_ITEM_DELETE, {"ENTITY": entity, "ID": id}
            ),
        )

    async def get(
        self,
        *,
        entity: str,
        sort: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_EntityItem]:
        """List records of an application data storage, with filter and sort.

        Works only in application context. Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``entity.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            sort: Sort order as {"FIELD": "ASC"|"DESC"}; default {"ID": "ASC"}. Wire name: ``SORT``.
            filter: Filter on item fields; filter on a property with PROPERTY_<CODE>, such as {"PROPERTY_PRICE": 100}; a "?" key prefix checks null / not null. Wire name: ``FILTER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            AsyncPage[EntityItem]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.get(entity="example")
            result = await client.entity.item.get(entity="example")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_EntityItem]",
            await self._backend._invoke_page(
                _ENTITY_ITEM_GET,
                {"ENTITY": entity, "SORT": sort, "FILTER": filter, "start": start},
            ),
        )

    async def update(
        self,
        *,
        entity: str,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        property_values: dict[str, Any] | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        date_active_from: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date_active_to: datetime.datetime | str | NotGiven = NOT_GIVEN,
        preview_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a record in an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the item, as returned by entity.item.get. Wire name: ``ID``.
            name: New item name. Wire name: ``NAME``.
            property_values: Property values as {"PROPERTY_CODE": value}; only properties that exist in the storage are saved. Wire name: ``PROPERTY_VALUES``.
            section: ID of the storage section. Wire name: ``SECTION``.
            date_active_from: Date the item becomes active. Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Date the item stops being active. Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Preview image, in the REST file format; false removes it. Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Detail image, in the REST file format; false removes it. Wire name: ``DETAIL_PICTURE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.update(entity="example", id=1)
            result = await client.entity.item.update(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_ITEM_UPDATE,
                {
                    "ENTITY": entity,
                    "ID": id,
                    "NAME": name,
                    "PROPERTY_VALUES": property_values,
                    "SECTION": section,
                    "DATE_ACTIVE_FROM": date_active_from,
                    "DATE_ACTIVE_TO": date_active_to,
                    "PREVIEW_PICTURE": preview_picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )


class BatchEntityItem(Namespace):
    """Methods under ``entity.item`` (queued into a batch)."""

    __slots__ = ()

    @property
    def property_(self) -> BatchEntityItemProperty:
        """Methods under ``entity.item.property``."""
        return BatchEntityItemProperty(self._backend)

    def add(
        self,
        *,
        entity: str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        property_values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        section: int | Ref | NotGiven = NOT_GIVEN,
        date_active_from: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        date_active_to: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        preview_picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a record to an application data storage and return its ID.

        Works only in application context. Requires the "W" or "X" right. Custom UF_* fields go as separate top-level parameters.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: Item name. Wire name: ``NAME``.
            property_values: Property values as {"PROPERTY_CODE": value}; only properties that exist in the storage are saved. Wire name: ``PROPERTY_VALUES``.
            section: ID of the storage section. Wire name: ``SECTION``.
            date_active_from: Date the item becomes active. Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Date the item stops being active. Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Preview image, in the REST file format. Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Detail image, in the REST file format. Wire name: ``DETAIL_PICTURE``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.add(entity="example")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _ENTITY_ITEM_ADD,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "PROPERTY_VALUES": property_values,
                    "SECTION": section,
                    "DATE_ACTIVE_FROM": date_active_from,
                    "DATE_ACTIVE_TO": date_active_to,
                    "PREVIEW_PICTURE": preview_picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )

    def delete(self, *, entity: str | Ref, id: int | Ref) -> BatchCommand[bool]:
        """Delete a record from an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the item, as returned by entity.item.get. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.delete(entity="example", id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_ENTITY_ITEM_DELETE, {"ENTITY": entity, "ID": id}),
        )

    def get(
        self,
        *,
        entity: str | Ref,
        sort: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_EntityItem]]:
        """List records of an application data storage, with filter and sort.

        Works only in application context. Pages hold 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            sort: Sort order as {"FIELD": "ASC"|"DESC"}; default {"ID": "ASC"}. Wire name: ``SORT``.
            filter: Filter on item fields; filter on a property with PROPERTY_<CODE>, such as {"PROPERTY_PRICE": 100}; a "?" key prefix checks null / not null. Wire name: ``FILTER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[list[EntityItem]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.get(entity="example")
        """
        return cast(
            "BatchCommand[list[_EntityItem]]",
            self._backend._invoke_page(
                _ENTITY_ITEM_GET,
                {"ENTITY": entity, "SORT": sort, "FILTER": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        entity: str | Ref,
        id: int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        property_values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        section: int | Ref | NotGiven = NOT_GIVEN,
        date_active_from: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        date_active_to: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        preview_picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change a record in an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the item, as returned by entity.item.get. Wire name: ``ID``.
            name: New item name. Wire name: ``NAME``.
            property_values: Property values as {"PROPERTY_CODE": value}; only properties that exist in the storage are saved. Wire name: ``PROPERTY_VALUES``.
            section: ID of the storage section. Wire name: ``SECTION``.
            date_active_from: Date the item becomes active. Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Date the item stops being active. Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Preview image, in the REST file format; false removes it. Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Detail image, in the REST file format; false removes it. Wire name: ``DETAIL_PICTURE``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.update(entity="example", id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_ITEM_UPDATE,
                {
                    "ENTITY": entity,
                    "ID": id,
                    "NAME": name,
                    "PROPERTY_VALUES": property_values,
                    "SECTION": section,
                    "DATE_ACTIVE_FROM": date_active_from,
                    "DATE_ACTIVE_TO": date_active_to,
                    "PREVIEW_PICTURE": preview_picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )


class EntityItemProperty(Namespace):
    """Methods under ``entity.item.property``."""

    __slots__ = ()

    def add(
        self,
        *,
        entity: str,
        property: str,
        name: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Add a custom property (string, number or file) to the records of a data storage.

        Works only in application context. Requires the "X" right.

        REST method: ``entity.item.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the new property; a-z, A-Z, 0-9, "_". Wire name: ``PROPERTY``.
            name: Property name. Wire name: ``NAME``.
            type: \"S" string, "N" number or "F" file. Wire name: ``TYPE``.
            sort: Sort index of the property. Wire name: ``SORT``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.add(entity="example", property="example")
            result = await client.entity.item.property_.add(entity="example", property="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_ADD,
                {
                    "ENTITY": entity,
                    "PROPERTY": property,
                    "NAME": name,
                    "TYPE": type,
                    "SORT": sort,
                },
            ),
        )

    def delete(self, *, entity: str, property: str) -> bool:
        """Remove a property from the records of a data storage.

        Works only in application context. Requires the "X" right.

        REST method: ``entity.item.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property, as returned by entity.item.property.get. Wire name: ``PROPERTY``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.delete(entity="example", property="example")
            result = await client.entity.item.property_.delete(entity="example", property="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_DELETE, {"ENTITY": entity, "PROPERTY": property}
            ),
        )

    def get(
        self, *, entity: str, property: str | NotGiven = NOT_GIVEN
    ) -> list[_EntityItemProperty]:
        """Get one property of a data storage, or list all its properties.

        Works only in application context.

        REST method: ``entity.item.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property; without it every property is listed. Wire name: ``PROPERTY``.

        Returns:
            list[EntityItemProperty]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.get(entity="example")
            result = await client.entity.item.property_.get(entity="example")  # AsyncBitrix24
        """
        return cast(
            "list[_EntityItemProperty]",
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_GET, {"ENTITY": entity, "PROPERTY": property}
            ),
        )

    def update(
        self,
        *,
        entity: str,
        property: str,
        property_new: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename a data storage property, change its code, type or sort index.

        Works only in application context. Requires the "X" right.

        REST method: ``entity.item.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property to change. Wire name: ``PROPERTY``.
            property_new: New property code; a-z, A-Z, 0-9, "_". Wire name: ``PROPERTY_NEW``.
            name: New property name. Wire name: ``NAME``.
            type: New type: "S" string or "N" number; a property cannot be changed to "F" (file). Wire name: ``TYPE``.
            sort: Sort index of the property. Wire name: ``SORT``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.update(entity="example", property="example")
            result = await client.entity.item.property_.update(entity="example", property="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_UPDATE,
                {
                    "ENTITY": entity,
                    "PROPERTY": property,
                    "PROPERTY_NEW": property_new,
                    "NAME": name,
                    "TYPE": type,
                    "SORT": sort,
                },
            ),
        )


class AsyncEntityItemProperty(Namespace):
    """Methods under ``entity.item.property`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        entity: str,
        property: str,
        name: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Add a custom property (string, number or file) to the records of a data storage.

        Works only in application context. Requires the "X" right.

        REST method: ``entity.item.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the new property; a-z, A-Z, 0-9, "_". Wire name: ``PROPERTY``.
            name: Property name. Wire name: ``NAME``.
            type: \"S" string, "N" number or "F" file. Wire name: ``TYPE``.
            sort: Sort index of the property. Wire name: ``SORT``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.add(entity="example", property="example")
            result = await client.entity.item.property_.add(entity="example", property="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_ADD,
                {
                    "ENTITY": entity,
                    "PROPERTY": property,
                    "NAME": name,
                    "TYPE": type,
                    "SORT": sort,
                },
            ),
        )

    async def delete(self, *, entity: str, property: str) -> bool:
        """Remove a property from the records of a data storage.

        Works only in application context. Requires the "X" right.

        REST method: ``entity.item.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property, as returned by entity.item.property.get. Wire name: ``PROPERTY``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.delete(entity="example", property="example")
            result = await client.entity.item.property_.delete(entity="example", property="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_DELETE, {"ENTITY": entity, "PROPERTY": property}
            ),
        )

    async def get(
        self, *, entity: str, property: str | NotGiven = NOT_GIVEN
    ) -> list[_EntityItemProperty]:
        """Get one property of a data storage, or list all its properties.

        Works only in application context.

        REST method: ``entity.item.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property; without it every property is listed. Wire name: ``PROPERTY``.

        Returns:
            list[EntityItemProperty]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.get(entity="example")
            result = await client.entity.item.property_.get(entity="example")  # AsyncBitrix24
        """
        return cast(
            "list[_EntityItemProperty]",
            await self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_GET, {"ENTITY": entity, "PROPERTY": property}
            ),
        )

    async def update(
        self,
        *,
        entity: str,
        property: str,
        property_new: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename a data storage property, change its code, type or sort index.

        Works only in application context. Requires the "X" right.

        REST method: ``entity.item.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property to change. Wire name: ``PROPERTY``.
            property_new: New property code; a-z, A-Z, 0-9, "_". Wire name: ``PROPERTY_NEW``.
            name: New property name. Wire name: ``NAME``.
            type: New type: "S" string or "N" number; a property cannot be changed to "F" (file). Wire name: ``TYPE``.
            sort: Sort index of the property. Wire name: ``SORT``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.item.property_.update(entity="example", property="example")
            result = await client.entity.item.property_.update(entity="example", property="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_UPDATE,
                {
                    "ENTITY": entity,
                    "PROPERTY": property,
                    "PROPERTY_NEW": property_new,
                    "NAME": name,
                    "TYPE": type,
                    "SORT": sort,
                },
            ),
        )


class BatchEntityItemProperty(Namespace):
    """Methods under ``entity.item.property`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        entity: str | Ref,
        property: str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        type: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Add a custom property (string, number or file) to the records of a data storage.

        Works only in application context. Requires the "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the new property; a-z, A-Z, 0-9, "_". Wire name: ``PROPERTY``.
            name: Property name. Wire name: ``NAME``.
            type: \"S" string, "N" number or "F" file. Wire name: ``TYPE``.
            sort: Sort index of the property. Wire name: ``SORT``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.property_.add(entity="example", property="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_ADD,
                {
                    "ENTITY": entity,
                    "PROPERTY": property,
                    "NAME": name,
                    "TYPE": type,
                    "SORT": sort,
                },
            ),
        )

    def delete(self, *, entity: str | Ref, property: str | Ref) -> BatchCommand[bool]:
        """Remove a property from the records of a data storage.

        Works only in application context. Requires the "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property, as returned by entity.item.property.get. Wire name: ``PROPERTY``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.property_.delete(entity="example", property="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_DELETE, {"ENTITY": entity, "PROPERTY": property}
            ),
        )

    def get(
        self, *, entity: str | Ref, property: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[_EntityItemProperty]]:
        """Get one property of a data storage, or list all its properties.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property; without it every property is listed. Wire name: ``PROPERTY``.

        Returns:
            BatchCommand[list[EntityItemProperty]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.property_.get(entity="example")
        """
        return cast(
            "BatchCommand[list[_EntityItemProperty]]",
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_GET, {"ENTITY": entity, "PROPERTY": property}
            ),
        )

    def update(
        self,
        *,
        entity: str | Ref,
        property: str | Ref,
        property_new: str | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        type: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Rename a data storage property, change its code, type or sort index.

        Works only in application context. Requires the "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            property: Code of the property to change. Wire name: ``PROPERTY``.
            property_new: New property code; a-z, A-Z, 0-9, "_". Wire name: ``PROPERTY_NEW``.
            name: New property name. Wire name: ``NAME``.
            type: New type: "S" string or "N" number; a property cannot be changed to "F" (file). Wire name: ``TYPE``.
            sort: Sort index of the property. Wire name: ``SORT``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.item.property_.update(entity="example", property="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_ITEM_PROPERTY_UPDATE,
                {
                    "ENTITY": entity,
                    "PROPERTY": property,
                    "PROPERTY_NEW": property_new,
                    "NAME": name,
                    "TYPE": type,
                    "SORT": sort,
                },
            ),
        )
