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
        """Add entity item.

        REST method: ``entity.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-add.html

        Args:
            entity: Wire name: ``ENTITY``.
            name: Wire name: ``NAME``.
            property_values: Wire name: ``PROPERTY_VALUES``.
            section: Wire name: ``SECTION``.
            date_active_from: Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Wire name: ``DETAIL_PICTURE``.

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
        """Delete entity item.

        REST method: ``entity.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-delete.html

        Args:
            entity: Wire name: ``ENTITY``.
            id: Wire name: ``ID``.

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
        """Get entity item.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``entity.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html

        Args:
            entity: Wire name: ``ENTITY``.
            sort: Wire name: ``SORT``.
            filter: Wire name: ``FILTER``.

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
        """Update entity item.

        REST method: ``entity.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-update.html

        Args:
            entity: Wire name: ``ENTITY``.
            id: Wire name: ``ID``.
            name: Wire name: ``NAME``.
            property_values: Wire name: ``PROPERTY_VALUES``.
            section: Wire name: ``SECTION``.
            date_active_from: Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Wire name: ``DETAIL_PICTURE``.

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
        """Add entity item.

        REST method: ``entity.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-add.html

        Args:
            entity: Wire name: ``ENTITY``.
            name: Wire name: ``NAME``.
            property_values: Wire name: ``PROPERTY_VALUES``.
            section: Wire name: ``SECTION``.
            date_active_from: Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Wire name: ``DETAIL_PICTURE``.

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
        """Delete entity item.

        REST method: ``entity.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-delete.html

        Args:
            entity: Wire name: ``ENTITY``.
            id: Wire name: ``ID``.

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
        """Get entity item.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``entity.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html

        Args:
            entity: Wire name: ``ENTITY``.
            sort: Wire name: ``SORT``.
            filter: Wire name: ``FILTER``.

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
        """Update entity item.

        REST method: ``entity.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-update.html

        Args:
            entity: Wire name: ``ENTITY``.
            id: Wire name: ``ID``.
            name: Wire name: ``NAME``.
            property_values: Wire name: ``PROPERTY_VALUES``.
            section: Wire name: ``SECTION``.
            date_active_from: Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Wire name: ``DETAIL_PICTURE``.

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
        """Add entity item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-add.html

        Args:
            entity: Wire name: ``ENTITY``.
            name: Wire name: ``NAME``.
            property_values: Wire name: ``PROPERTY_VALUES``.
            section: Wire name: ``SECTION``.
            date_active_from: Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Wire name: ``DETAIL_PICTURE``.

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
        """Delete entity item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-delete.html

        Args:
            entity: Wire name: ``ENTITY``.
            id: Wire name: ``ID``.

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
        """Get entity item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html

        Args:
            entity: Wire name: ``ENTITY``.
            sort: Wire name: ``SORT``.
            filter: Wire name: ``FILTER``.

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
        """Update entity item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-update.html

        Args:
            entity: Wire name: ``ENTITY``.
            id: Wire name: ``ID``.
            name: Wire name: ``NAME``.
            property_values: Wire name: ``PROPERTY_VALUES``.
            section: Wire name: ``SECTION``.
            date_active_from: Wire name: ``DATE_ACTIVE_FROM``.
            date_active_to: Wire name: ``DATE_ACTIVE_TO``.
            preview_picture: Wire name: ``PREVIEW_PICTURE``.
            detail_picture: Wire name: ``DETAIL_PICTURE``.

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
        """Add entity item property.

        REST method: ``entity.item.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-add.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.
            name: Wire name: ``NAME``.
            type: Wire name: ``TYPE``.
            sort: Wire name: ``SORT``.

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
        """Delete entity item property.

        REST method: ``entity.item.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-delete.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.

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
        """Get entity item property.

        REST method: ``entity.item.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.

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
        """Update entity item property.

        REST method: ``entity.item.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-update.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.
            property_new: Wire name: ``PROPERTY_NEW``.
            name: Wire name: ``NAME``.
            type: Wire name: ``TYPE``.
            sort: Wire name: ``SORT``.

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
        """Add entity item property.

        REST method: ``entity.item.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-add.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.
            name: Wire name: ``NAME``.
            type: Wire name: ``TYPE``.
            sort: Wire name: ``SORT``.

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
        """Delete entity item property.

        REST method: ``entity.item.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-delete.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.

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
        """Get entity item property.

        REST method: ``entity.item.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.

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
        """Update entity item property.

        REST method: ``entity.item.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-update.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.
            property_new: Wire name: ``PROPERTY_NEW``.
            name: Wire name: ``NAME``.
            type: Wire name: ``TYPE``.
            sort: Wire name: ``SORT``.

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
        """Add entity item property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-add.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.
            name: Wire name: ``NAME``.
            type: Wire name: ``TYPE``.
            sort: Wire name: ``SORT``.

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
        """Delete entity item property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-delete.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.

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
        """Get entity item property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-get.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.

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
        """Update entity item property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.item.property.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/items/properties/entity-item-property-update.html

        Args:
            entity: Wire name: ``ENTITY``.
            property: Wire name: ``PROPERTY``.
            property_new: Wire name: ``PROPERTY_NEW``.
            name: Wire name: ``NAME``.
            type: Wire name: ``TYPE``.
            sort: Wire name: ``SORT``.

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
