"""Methods under ``entity``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.entity import Entity as _Entity, EntityRightsResult
    from b24client._api.entity.item import AsyncEntityItem, BatchEntityItem, EntityItem
    from b24client._api.entity.section import (
        AsyncEntitySection,
        BatchEntitySection,
        EntitySection,
    )

_ENTITY_ADD = MethodInfo(name="entity.add", idempotent=False, returns="boolean", api=1)
_ENTITY_DELETE = MethodInfo(
    name="entity.delete", idempotent=False, returns="boolean", api=1
)
_ENTITY_GET = MethodInfo(name="entity.get", idempotent=True, returns="any", api=1)
_ENTITY_RIGHTS = MethodInfo(
    name="entity.rights", idempotent=False, returns="any", api=1
)
_ENTITY_UPDATE = MethodInfo(
    name="entity.update", idempotent=False, returns="boolean", api=1
)


class Entity(Namespace):
    """Methods under ``entity``."""

    __slots__ = ()

    @property
    def item(self) -> EntityItem:
        """Methods under ``entity.item``."""
        from b24client._api.entity.item import EntityItem

        return EntityItem(self._backend)

    @property
    def section(self) -> EntitySection:
        """Methods under ``entity.section``."""
        from b24client._api.entity.section import EntitySection

        return EntitySection(self._backend)

    def add(
        self, *, entity: str, name: str, access: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Create a key-value data storage owned by the application.

        Works only in application context.

        REST method: ``entity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-add.html

        Args:
            entity: Storage code used by the other entity.* methods; a-z, A-Z, 0-9, "_", usually up to 13 characters (50 minus the length of "APP_<clientId>_"). Wire name: ``ENTITY``.
            name: Storage name. Wire name: ``NAME``.
            access: Access rights as {"access code": "level"}; codes such as "U1", "G2", "AU"; levels "R" read, "W" write, "X" manage. Other levels are skipped. The creator always gets "X". Wire name: ``ACCESS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.add(entity="example", name="Anna")
            result = await client.entity.add(entity="example", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_ADD, {"ENTITY": entity, "NAME": name, "ACCESS": access}
            ),
        )

    def delete(self, *, entity: str) -> bool:
        """Delete an application data storage with all its sections and items.

        Works only in application context. Requires the "X" (manage) right on the storage.

        REST method: ``entity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.delete(entity="example")
            result = await client.entity.delete(entity="example")  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_ENTITY_DELETE, {"ENTITY": entity}))

    def get(self, *, entity: str | NotGiven = NOT_GIVEN) -> _Entity:
        """Get one application data storage, or list all storages of the app.

        Works only in application context.

        REST method: ``entity.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-get.html

        Args:
            entity: Code of the storage to return; without it, every storage of the app is listed. Wire name: ``ENTITY``.

        Returns:
            Entity

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.get()
            result = await client.entity.get()  # AsyncBitrix24
        """
        return cast("_Entity", self._backend._invoke(_ENTITY_GET, {"ENTITY": entity}))

    def rights(
        self, *, entity: str, access: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> EntityRightsResult:
        """Read or replace the access rights of an application data storage.

        Works only in application context. Anyone may read the rights; changing them requires "X". Returns null when the storage does not exist.

        REST method: ``entity.rights``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-rights.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            access: New rights as {"access code": "level"} with levels "R", "W" or "X"; without it the current rights are returned. The caller always keeps "X". Wire name: ``ACCESS``.

        Returns:
            EntityRightsResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.rights(entity="example")
            result = await client.entity.rights(entity="example")  # AsyncBitrix24
        """
        return cast(
            "EntityRightsResult",
            self._backend._invoke(_ENTITY_RIGHTS, {"ENTITY": entity, "ACCESS": access}),
        )

    def update(
        self,
        *,
        entity: str,
        name: str | NotGiven = NOT_GIVEN,
        entity_new: str | NotGiven = NOT_GIVEN,
        access: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename an application data storage, change its code or its access rights.

        Works only in application context. Requires the "X" (manage) right on the storage.

        REST method: ``entity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: New storage name. Wire name: ``NAME``.
            entity_new: New storage code; a-z, A-Z, 0-9, "_", usually up to 13 characters. Wire name: ``ENTITY_NEW``.
            access: Access rights as {"access code": "level"}; codes such as "U1", "G2", "AU"; levels "R" read, "W" write, "X" manage. Other levels are skipped. The caller always keeps "X". Wire name: ``ACCESS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.update(entity="example")
            result = await client.entity.update(entity="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_UPDATE,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "ENTITY_NEW": entity_new,
                    "ACCESS": access,
                },
            ),
        )


class AsyncEntity(Namespace):
    """Methods under ``entity`` (async)."""

    __slots__ = ()

    @property
    def item(self) -> AsyncEntityItem:
        """Methods under ``entity.item``."""
        from b24client._api.entity.item import AsyncEntityItem

        return AsyncEntityItem(self._backend)

    @property
    def section(self) -> AsyncEntitySection:
        """Methods under ``entity.section``."""
        from b24client._api.entity.section import AsyncEntitySection

        return AsyncEntitySection(self._backend)

    async def add(
        self, *, entity: str, name: str, access: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Create a key-value data storage owned by the application.

        Works only in application context.

        REST method: ``entity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-add.html

        Args:
            entity: Storage code used by the other entity.* methods; a-z, A-Z, 0-9, "_", usually up to 13 characters (50 minus the length of "APP_<clientId>_"). Wire name: ``ENTITY``.
            name: Storage name. Wire name: ``NAME``.
            access: Access rights as {"access code": "level"}; codes such as "U1", "G2", "AU"; levels "R" read, "W" write, "X" manage. Other levels are skipped. The creator always gets "X". Wire name: ``ACCESS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.add(entity="example", name="Anna")
            result = await client.entity.add(entity="example", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_ADD, {"ENTITY": entity, "NAME": name, "ACCESS": access}
            ),
        )

    async def delete(self, *, entity: str) -> bool:
        """Delete an application data storage with all its sections and items.

        Works only in application context. Requires the "X" (manage) right on the storage.

        REST method: ``entity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.delete(entity="example")
            result = await client.entity.delete(entity="example")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_ENTITY_DELETE, {"ENTITY": entity})
        )

    async def get(self, *, entity: str | NotGiven = NOT_GIVEN) -> _Entity:
        """Get one application data storage, or list all storages of the app.

        Works only in application context.

        REST method: ``entity.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-get.html

        Args:
            entity: Code of the storage to return; without it, every storage of the app is listed. Wire name: ``ENTITY``.

        Returns:
            Entity

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.get()
            result = await client.entity.get()  # AsyncBitrix24
        """
        return cast(
            "_Entity", await self._backend._invoke(_ENTITY_GET, {"ENTITY": entity})
        )

    async def rights(
        self, *, entity: str, access: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> EntityRightsResult:
        """Read or replace the access rights of an application data storage.

        Works only in application context. Anyone may read the rights; changing them requires "X". Returns null when the storage does not exist.

        REST method: ``entity.rights``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-rights.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            access: New rights as {"access code": "level"} with levels "R", "W" or "X"; without it the current rights are returned. The caller always keeps "X". Wire name: ``ACCESS``.

        Returns:
            EntityRightsResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.rights(entity="example")
            result = await client.entity.rights(entity="example")  # AsyncBitrix24
        """
        return cast(
            "EntityRightsResult",
            await self._backend._invoke(
                _ENTITY_RIGHTS, {"ENTITY": entity, "ACCESS": access}
            ),
        )

    async def update(
        self,
        *,
        entity: str,
        name: str | NotGiven = NOT_GIVEN,
        entity_new: str | NotGiven = NOT_GIVEN,
        access: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename an application data storage, change its code or its access rights.

        Works only in application context. Requires the "X" (manage) right on the storage.

        REST method: ``entity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: New storage name. Wire name: ``NAME``.
            entity_new: New storage code; a-z, A-Z, 0-9, "_", usually up to 13 characters. Wire name: ``ENTITY_NEW``.
            access: Access rights as {"access code": "level"}; codes such as "U1", "G2", "AU"; levels "R" read, "W" write, "X" manage. Other levels are skipped. The caller always keeps "X". Wire name: ``ACCESS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.update(entity="example")
            result = await client.entity.update(entity="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_UPDATE,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "ENTITY_NEW": entity_new,
                    "ACCESS": access,
                },
            ),
        )


class BatchEntity(Namespace):
    """Methods under ``entity`` (queued into a batch)."""

    __slots__ = ()

    @property
    def item(self) -> BatchEntityItem:
        """Methods under ``entity.item``."""
        from b24client._api.entity.item import BatchEntityItem

        return BatchEntityItem(self._backend)

    @property
    def section(self) -> BatchEntitySection:
        """Methods under ``entity.section``."""
        from b24client._api.entity.section import BatchEntitySection

        return BatchEntitySection(self._backend)

    def add(
        self,
        *,
        entity: str | Ref,
        name: str | Ref,
        access: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Create a key-value data storage owned by the application.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-add.html

        Args:
            entity: Storage code used by the other entity.* methods; a-z, A-Z, 0-9, "_", usually up to 13 characters (50 minus the length of "APP_<clientId>_"). Wire name: ``ENTITY``.
            name: Storage name. Wire name: ``NAME``.
            access: Access rights as {"access code": "level"}; codes such as "U1", "G2", "AU"; levels "R" read, "W" write, "X" manage. Other levels are skipped. The creator always gets "X". Wire name: ``ACCESS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.add(entity="example", name="Anna")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_ADD, {"ENTITY": entity, "NAME": name, "ACCESS": access}
            ),
        )

    def delete(self, *, entity: str | Ref) -> BatchCommand[bool]:
        """Delete an application data storage with all its sections and items.

        Works only in application context. Requires the "X" (manage) right on the storage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.delete(entity="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_ENTITY_DELETE, {"ENTITY": entity}),
        )

    def get(self, *, entity: str | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[_Entity]:
        """Get one application data storage, or list all storages of the app.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-get.html

        Args:
            entity: Code of the storage to return; without it, every storage of the app is listed. Wire name: ``ENTITY``.

        Returns:
            BatchCommand[Entity]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.get()
        """
        return cast(
            "BatchCommand[_Entity]",
            self._backend._invoke(_ENTITY_GET, {"ENTITY": entity}),
        )

    def rights(
        self, *, entity: str | Ref, access: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[EntityRightsResult]:
        """Read or replace the access rights of an application data storage.

        Works only in application context. Anyone may read the rights; changing them requires "X". Returns null when the storage does not exist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.rights``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-rights.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            access: New rights as {"access code": "level"} with levels "R", "W" or "X"; without it the current rights are returned. The caller always keeps "X". Wire name: ``ACCESS``.

        Returns:
            BatchCommand[EntityRightsResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.rights(entity="example")
        """
        return cast(
            "BatchCommand[EntityRightsResult]",
            self._backend._invoke(_ENTITY_RIGHTS, {"ENTITY": entity, "ACCESS": access}),
        )

    def update(
        self,
        *,
        entity: str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        entity_new: str | Ref | NotGiven = NOT_GIVEN,
        access: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Rename an application data storage, change its code or its access rights.

        Works only in application context. Requires the "X" (manage) right on the storage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/entities/entity-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: New storage name. Wire name: ``NAME``.
            entity_new: New storage code; a-z, A-Z, 0-9, "_", usually up to 13 characters. Wire name: ``ENTITY_NEW``.
            access: Access rights as {"access code": "level"}; codes such as "U1", "G2", "AU"; levels "R" read, "W" write, "X" manage. Other levels are skipped. The caller always keeps "X". Wire name: ``ACCESS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.update(entity="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_UPDATE,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "ENTITY_NEW": entity_new,
                    "ACCESS": access,
                },
            ),
        )
