"""Methods under ``rpa.stage``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.rpa import RpaStageAddFields, RpaStageUpdateFields
else:
    from b24client._core.callsite import deprecated

_RPA_STAGE_ADD = MethodInfo(
    name="rpa.stage.add", idempotent=False, returns="any", api=1
)
_RPA_STAGE_DELETE = MethodInfo(
    name="rpa.stage.delete", idempotent=False, returns="any", api=1
)
_RPA_STAGE_GET = MethodInfo(name="rpa.stage.get", idempotent=True, returns="any", api=1)
_RPA_STAGE_LIST_FOR_TYPE = MethodInfo(
    name="rpa.stage.listForType", idempotent=True, returns="any", api=1
)
_RPA_STAGE_UPDATE = MethodInfo(
    name="rpa.stage.update", idempotent=False, returns="any", api=1
)


class RpaStage(Namespace):
    """Methods under ``rpa.stage``."""

    __slots__ = ()

    @deprecated("The REST method rpa.stage.add is deprecated.")
    def add(self, *, fields: RpaStageAddFields) -> Any:
        """Create a new pipeline column (step) with its color and semantic in an RPA process.

        No longer developed; use smart processes instead. Returns the same data as rpa.stage.get.

        Deprecated.

        REST method: ``rpa.stage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-add.html

        Args:
            fields: Stage data.

        Returns:
            Any

        Example:
            result = client.rpa.stage.add(fields={"name": "value", "typeId": "value"})
            result = await client.rpa.stage.add(fields={"name": "value", "typeId": "value"})  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_STAGE_ADD, {"fields": fields})

    @deprecated("The REST method rpa.stage.delete is deprecated.")
    def delete(self, *, id: int) -> Any:
        """Remove a pipeline column (step) from an RPA process.

        No longer developed; use smart processes instead. The success stage cannot be deleted.

        Deprecated.

        REST method: ``rpa.stage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-delete.html

        Args:
            id: ID of the stage.

        Returns:
            Any

        Example:
            result = client.rpa.stage.delete(id=1)
            result = await client.rpa.stage.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_STAGE_DELETE, {"id": id})

    @deprecated("The REST method rpa.stage.get is deprecated.")
    def get(self) -> Any:
        """Get an RPA stage with its tasks, robot count and kanban permissions.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.stage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-get.html

        Returns:
            Any

        Example:
            result = client.rpa.stage.get()
            result = await client.rpa.stage.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_STAGE_GET, {})

    @deprecated("The REST method rpa.stage.listForType is deprecated.")
    def list_for_type(self, *, type_id: int, start: int | NotGiven = NOT_GIVEN) -> Any:
        """List the stages of an RPA process in their order, final stages last.

        No longer developed; use smart processes instead. Stages come without tasks, robotsCount, possibleNextStages or permissions.

        Deprecated.

        REST method: ``rpa.stage.listForType``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-list-for-type.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.stage.list_for_type(type_id=1)
            result = await client.rpa.stage.list_for_type(type_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_STAGE_LIST_FOR_TYPE, {"typeId": type_id, "start": start}
        )

    @deprecated("The REST method rpa.stage.update is deprecated.")
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | RpaStageUpdateFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Rename, recolor or reorder an RPA process stage.

        No longer developed; use smart processes instead. The semantic of the success stage cannot be changed. Returns the same data as rpa.stage.get.

        Deprecated.

        REST method: ``rpa.stage.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-update.html

        Args:
            id: ID of the stage.
            fields: Stage data.

        Returns:
            Any

        Example:
            result = client.rpa.stage.update(fields=["value"])
            result = await client.rpa.stage.update(fields=["value"])  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_STAGE_UPDATE, {"id": id, "fields": fields})


class AsyncRpaStage(Namespace):
    """Methods under ``rpa.stage`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.stage.add is deprecated.")
    async def add(self, *, fields: RpaStageAddFields) -> Any:
        """Create a new pipeline column (step) with its color and semantic in an RPA process.

        No longer developed; use smart processes instead. Returns the same data as rpa.stage.get.

        Deprecated.

        REST method: ``rpa.stage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-add.html

        Args:
            fields: Stage data.

        Returns:
            Any

        Example:
            result = client.rpa.stage.add(fields={"name": "value", "typeId": "value"})
            result = await client.rpa.stage.add(fields={"name": "value", "typeId": "value"})  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_STAGE_ADD, {"fields": fields})

    @deprecated("The REST method rpa.stage.delete is deprecated.")
    async def delete(self, *, id: int) -> Any:
        """Remove a pipeline column (step) from an RPA process.

        No longer developed; use smart processes instead. The success stage cannot be deleted.

        Deprecated.

        REST method: ``rpa.stage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-delete.html

        Args:
            id: ID of the stage.

        Returns:
            Any

        Example:
            result = client.rpa.stage.delete(id=1)
            result = await client.rpa.stage.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_STAGE_DELETE, {"id": id})

    @deprecated("The REST method rpa.stage.get is deprecated.")
    async def get(self) -> Any:
        """Get an RPA stage with its tasks, robot count and kanban permissions.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.stage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-get.html

        Returns:
            Any

        Example:
            result = client.rpa.stage.get()
            result = await client.rpa.stage.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_STAGE_GET, {})

    @deprecated("The REST method rpa.stage.listForType is deprecated.")
    async def list_for_type(
        self, *, type_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """List the stages of an RPA process in their order, final stages last.

        No longer developed; use smart processes instead. Stages come without tasks, robotsCount, possibleNextStages or permissions.

        Deprecated.

        REST method: ``rpa.stage.listForType``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-list-for-type.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.stage.list_for_type(type_id=1)
            result = await client.rpa.stage.list_for_type(type_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_STAGE_LIST_FOR_TYPE, {"typeId": type_id, "start": start}
        )

    @deprecated("The REST method rpa.stage.update is deprecated.")
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | RpaStageUpdateFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Rename, recolor or reorder an RPA process stage.

        No longer developed; use smart processes instead. The semantic of the success stage cannot be changed. Returns the same data as rpa.stage.get.

        Deprecated.

        REST method: ``rpa.stage.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-update.html

        Args:
            id: ID of the stage.
            fields: Stage data.

        Returns:
            Any

        Example:
            result = client.rpa.stage.update(fields=["value"])
            result = await client.rpa.stage.update(fields=["value"])  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_STAGE_UPDATE, {"id": id, "fields": fields}
        )


class BatchRpaStage(Namespace):
    """Methods under ``rpa.stage`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.stage.add is deprecated.")
    def add(self, *, fields: RpaStageAddFields | Ref) -> BatchCommand[Any]:
        """Create a new pipeline column (step) with its color and semantic in an RPA process.

        No longer developed; use smart processes instead. Returns the same data as rpa.stage.get.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.stage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-add.html

        Args:
            fields: Stage data.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.stage.add(fields={"name": "value", "typeId": "value"})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_STAGE_ADD, {"fields": fields}),
        )

    @deprecated("The REST method rpa.stage.delete is deprecated.")
    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a pipeline column (step) from an RPA process.

        No longer developed; use smart processes instead. The success stage cannot be deleted.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.stage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-delete.html

        Args:
            id: ID of the stage.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.stage.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_RPA_STAGE_DELETE, {"id": id})
        )

    @deprecated("The REST method rpa.stage.get is deprecated.")
    def get(self) -> BatchCommand[Any]:
        """Get an RPA stage with its tasks, robot count and kanban permissions.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.stage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-get.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.stage.get()
        """
        return cast("BatchCommand[Any]", self._backend._invoke(_RPA_STAGE_GET, {}))

    @deprecated("The REST method rpa.stage.listForType is deprecated.")
    def list_for_type(
        self, *, type_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """List the stages of an RPA process in their order, final stages last.

        No longer developed; use smart processes instead. Stages come without tasks, robotsCount, possibleNextStages or permissions.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.stage.listForType``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-list-for-type.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.stage.list_for_type(type_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_STAGE_LIST_FOR_TYPE, {"typeId": type_id, "start": start}
            ),
        )

    @deprecated("The REST method rpa.stage.update is deprecated.")
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | RpaStageUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Rename, recolor or reorder an RPA process stage.

        No longer developed; use smart processes instead. The semantic of the success stage cannot be changed. Returns the same data as rpa.stage.get.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.stage.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/stage/rpa-stage-update.html

        Args:
            id: ID of the stage.
            fields: Stage data.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.stage.update(fields=["value"])
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_STAGE_UPDATE, {"id": id, "fields": fields}),
        )
