"""Methods under ``rpa.type``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.rpa import RpaTypeAddFields
else:
    from b24client._core.callsite import deprecated

_RPA_TYPE_ADD = MethodInfo(name="rpa.type.add", idempotent=False, returns="any", api=1)
_RPA_TYPE_DELETE = MethodInfo(
    name="rpa.type.delete", idempotent=False, returns="any", api=1
)
_RPA_TYPE_GET = MethodInfo(name="rpa.type.get", idempotent=True, returns="any", api=1)
_RPA_TYPE_LIST = MethodInfo(name="rpa.type.list", idempotent=True, returns="any", api=1)
_RPA_TYPE_UPDATE = MethodInfo(
    name="rpa.type.update", idempotent=False, returns="any", api=1
)


class RpaType(Namespace):
    """Methods under ``rpa.type``."""

    __slots__ = ()

    @deprecated("The REST method rpa.type.add is deprecated.")
    def add(self, *, fields: Sequence[Any] | RpaTypeAddFields) -> Any:
        """Create an RPA process (robotic process automation pipeline).

        No longer developed; use smart processes instead. Default stages, robots and fields are not created when a process is added through REST.

        Deprecated.

        REST method: ``rpa.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-add.html

        Args:
            fields: Process fields: title, image, settings and permissions.

        Returns:
            Any

        Example:
            result = client.rpa.type.add(fields=["value"])
            result = await client.rpa.type.add(fields=["value"])  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TYPE_ADD, {"fields": fields})

    @deprecated("The REST method rpa.type.delete is deprecated.")
    def delete(self, *, id: int) -> Any:
        """Remove a whole RPA pipeline.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-delete.html

        Args:
            id: ID of the process (RPA type).

        Returns:
            Any

        Example:
            result = client.rpa.type.delete(id=1)
            result = await client.rpa.type.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TYPE_DELETE, {"id": id})

    @deprecated("The REST method rpa.type.get is deprecated.")
    def get(self, *, id: int) -> Any:
        """Get an RPA process with its settings and access rights.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-get.html

        Args:
            id: ID of the process (RPA type).

        Returns:
            Any

        Example:
            result = client.rpa.type.get(id=1)
            result = await client.rpa.type.get(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TYPE_GET, {"id": id})

    @deprecated("The REST method rpa.type.list is deprecated.")
    def list(
        self,
        *,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List RPA processes with their fields.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-list.html

        Args:
            select: Fields to return; default all.
            order: Sort order as {"field": "ASC"|"DESC"}.
            filter: Filter on process fields.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.type.list()
            result = await client.rpa.type.list()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_TYPE_LIST,
            {"select": select, "order": order, "filter": filter, "start": start},
        )

    @deprecated("The REST method rpa.type.update is deprecated.")
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the name, icon, settings or access rights of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-update.html

        Args:
            id: ID of the process (RPA type).
            fields: Process fields: title, image, settings and permissions. Same set as in rpa.type.add.

        Returns:
            Any

        Example:
            result = client.rpa.type.update()
            result = await client.rpa.type.update()  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TYPE_UPDATE, {"id": id, "fields": fields})


class AsyncRpaType(Namespace):
    """Methods under ``rpa.type`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.type.add is deprecated.")
    async def add(self, *, fields: Sequence[Any] | RpaTypeAddFields) -> Any:
        """Create an RPA process (robotic process automation pipeline).

        No longer developed; use smart processes instead. Default stages, robots and fields are not created when a process is added through REST.

        Deprecated.

        REST method: ``rpa.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-add.html

        Args:
            fields: Process fields: title, image, settings and permissions.

        Returns:
            Any

        Example:
            result = client.rpa.type.add(fields=["value"])
            result = await client.rpa.type.add(fields=["value"])  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_TYPE_ADD, {"fields": fields})

    @deprecated("The REST method rpa.type.delete is deprecated.")
    async def delete(self, *, id: int) -> Any:
        """Remove a whole RPA pipeline.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-delete.html

        Args:
            id: ID of the process (RPA type).

        Returns:
            Any

        Example:
            result = client.rpa.type.delete(id=1)
            result = await client.rpa.type.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_TYPE_DELETE, {"id": id})

    @deprecated("The REST method rpa.type.get is deprecated.")
    async def get(self, *, id: int) -> Any:
        """Get an RPA process with its settings and access rights.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-get.html

        Args:
            id: ID of the process (RPA type).

        Returns:
            Any

        Example:
            result = client.rpa.type.get(id=1)
            result = await client.rpa.type.get(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_TYPE_GET, {"id": id})

    @deprecated("The REST method rpa.type.list is deprecated.")
    async def list(
        self,
        *,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List RPA processes with their fields.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-list.html

        Args:
            select: Fields to return; default all.
            order: Sort order as {"field": "ASC"|"DESC"}.
            filter: Filter on process fields.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.type.list()
            result = await client.rpa.type.list()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TYPE_LIST,
            {"select": select, "order": order, "filter": filter, "start": start},
        )

    @deprecated("The REST method rpa.type.update is deprecated.")
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the name, icon, settings or access rights of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.type.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-update.html

        Args:
            id: ID of the process (RPA type).
            fields: Process fields: title, image, settings and permissions. Same set as in rpa.type.add.

        Returns:
            Any

        Example:
            result = client.rpa.type.update()
            result = await client.rpa.type.update()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TYPE_UPDATE, {"id": id, "fields": fields}
        )


class BatchRpaType(Namespace):
    """Methods under ``rpa.type`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.type.add is deprecated.")
    def add(
        self, *, fields: Sequence[Any] | RpaTypeAddFields | Ref
    ) -> BatchCommand[Any]:
        """Create an RPA process (robotic process automation pipeline).

        No longer developed; use smart processes instead. Default stages, robots and fields are not created when a process is added through REST.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.type.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-add.html

        Args:
            fields: Process fields: title, image, settings and permissions.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.type.add(fields=["value"])
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_TYPE_ADD, {"fields": fields}),
        )

    @deprecated("The REST method rpa.type.delete is deprecated.")
    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a whole RPA pipeline.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.type.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-delete.html

        Args:
            id: ID of the process (RPA type).

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.type.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_RPA_TYPE_DELETE, {"id": id})
        )

    @deprecated("The REST method rpa.type.get is deprecated.")
    def get(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Get an RPA process with its settings and access rights.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.type.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-get.html

        Args:
            id: ID of the process (RPA type).

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.type.get(id=1)
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_RPA_TYPE_GET, {"id": id})
        )

    @deprecated("The REST method rpa.type.list is deprecated.")
    def list(
        self,
        *,
        select: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List RPA processes with their fields.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.type.list``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-list.html

        Args:
            select: Fields to return; default all.
            order: Sort order as {"field": "ASC"|"DESC"}.
            filter: Filter on process fields.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.type.list()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_TYPE_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    @deprecated("The REST method rpa.type.update is deprecated.")
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the name, icon, settings or access rights of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.type.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/type/rpa-type-update.html

        Args:
            id: ID of the process (RPA type).
            fields: Process fields: title, image, settings and permissions. Same set as in rpa.type.add.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.type.update()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_TYPE_UPDATE, {"id": id, "fields": fields}),
        )
