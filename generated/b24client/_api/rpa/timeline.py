"""Methods under ``rpa.timeline``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.rpa import RpaTimelineAddFields, RpaTimelineUpdateFields
else:
    from b24client._core.callsite import deprecated

_RPA_TIMELINE_ADD = MethodInfo(
    name="rpa.timeline.add", idempotent=False, returns="any", api=1
)
_RPA_TIMELINE_DELETE = MethodInfo(
    name="rpa.timeline.delete", idempotent=False, returns="any", api=1
)
_RPA_TIMELINE_LIST_FOR_ITEM = MethodInfo(
    name="rpa.timeline.listForItem", idempotent=True, returns="any", api=1
)
_RPA_TIMELINE_UPDATE = MethodInfo(
    name="rpa.timeline.update", idempotent=False, returns="any", api=1
)
_RPA_TIMELINE_UPDATE_IS_FIXED = MethodInfo(
    name="rpa.timeline.updateIsFixed", idempotent=False, returns="any", api=1
)


class RpaTimeline(Namespace):
    """Methods under ``rpa.timeline``."""

    __slots__ = ()

    @deprecated("The REST method rpa.timeline.add is deprecated.")
    def add(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        fields: RpaTimelineAddFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add an entry to the timeline of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.timeline.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            fields: Entry data.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.add(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.rpa.timeline.add(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_TIMELINE_ADD, {"typeId": type_id, "itemId": item_id, "fields": fields}
        )

    @deprecated("The REST method rpa.timeline.delete is deprecated.")
    def delete(self, *, id: int) -> Any:
        """Delete a timeline entry from an RPA item.

        No longer developed; use smart processes instead. Only entries created by the same user through an app can be deleted.

        Deprecated.

        REST method: ``rpa.timeline.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-delete.html

        Args:
            id: ID of the timeline entry.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.delete(id=1)
            result = await client.rpa.timeline.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TIMELINE_DELETE, {"id": id})

    @deprecated("The REST method rpa.timeline.listForItem is deprecated.")
    def list_for_item(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the timeline entries of an RPA item, newest first.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.timeline.listForItem``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-list-for-item.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.list_for_item()
            result = await client.rpa.timeline.list_for_item()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_TIMELINE_LIST_FOR_ITEM,
            {"typeId": type_id, "itemId": item_id, "start": start},
        )

    @deprecated("The REST method rpa.timeline.update is deprecated.")
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: RpaTimelineUpdateFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the title or text of a timeline entry on an RPA item.

        No longer developed; use smart processes instead. Only entries created by the same user through an app can be changed.

        Deprecated.

        REST method: ``rpa.timeline.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-update.html

        Args:
            id: ID of the timeline entry.
            fields: Entry data.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.update(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.rpa.timeline.update(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_TIMELINE_UPDATE, {"id": id, "fields": fields})

    @deprecated("The REST method rpa.timeline.updateIsFixed is deprecated.")
    def update_is_fixed(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        is_fixed: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Pin or unpin a timeline entry on an RPA item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.timeline.updateIsFixed``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-update-is-fixed.html

        Args:
            id: ID of the timeline entry.
            is_fixed: \"Y" pins the entry, "N" unpins it. Wire name: ``isFixed``.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.update_is_fixed()
            result = await client.rpa.timeline.update_is_fixed()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_TIMELINE_UPDATE_IS_FIXED, {"id": id, "isFixed": is_fixed}
        )


class AsyncRpaTimeline(Namespace):
    """Methods under ``rpa.timeline`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.timeline.add is deprecated.")
    async def add(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        fields: RpaTimelineAddFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add an entry to the timeline of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.timeline.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            fields: Entry data.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.add(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.rpa.timeline.add(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TIMELINE_ADD, {"typeId": type_id, "itemId": item_id, "fields": fields}
        )

    @deprecated("The REST method rpa.timeline.delete is deprecated.")
    async def delete(self, *, id: int) -> Any:
        """Delete a timeline entry from an RPA item.

        No longer developed; use smart processes instead. Only entries created by the same user through an app can be deleted.

        Deprecated.

        REST method: ``rpa.timeline.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-delete.html

        Args:
            id: ID of the timeline entry.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.delete(id=1)
            result = await client.rpa.timeline.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_TIMELINE_DELETE, {"id": id})

    @deprecated("The REST method rpa.timeline.listForItem is deprecated.")
    async def list_for_item(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List the timeline entries of an RPA item, newest first.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.timeline.listForItem``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-list-for-item.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.list_for_item()
            result = await client.rpa.timeline.list_for_item()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TIMELINE_LIST_FOR_ITEM,
            {"typeId": type_id, "itemId": item_id, "start": start},
        )

    @deprecated("The REST method rpa.timeline.update is deprecated.")
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: RpaTimelineUpdateFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the title or text of a timeline entry on an RPA item.

        No longer developed; use smart processes instead. Only entries created by the same user through an app can be changed.

        Deprecated.

        REST method: ``rpa.timeline.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-update.html

        Args:
            id: ID of the timeline entry.
            fields: Entry data.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.update(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.rpa.timeline.update(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TIMELINE_UPDATE, {"id": id, "fields": fields}
        )

    @deprecated("The REST method rpa.timeline.updateIsFixed is deprecated.")
    async def update_is_fixed(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        is_fixed: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Pin or unpin a timeline entry on an RPA item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.timeline.updateIsFixed``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-update-is-fixed.html

        Args:
            id: ID of the timeline entry.
            is_fixed: \"Y" pins the entry, "N" unpins it. Wire name: ``isFixed``.

        Returns:
            Any

        Example:
            result = client.rpa.timeline.update_is_fixed()
            result = await client.rpa.timeline.update_is_fixed()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_TIMELINE_UPDATE_IS_FIXED, {"id": id, "isFixed": is_fixed}
        )


class BatchRpaTimeline(Namespace):
    """Methods under ``rpa.timeline`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.timeline.add is deprecated.")
    def add(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        item_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: RpaTimelineAddFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Add an entry to the timeline of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.timeline.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            fields: Entry data.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.timeline.add(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_TIMELINE_ADD,
                {"typeId": type_id, "itemId": item_id, "fields": fields},
            ),
        )

    @deprecated("The REST method rpa.timeline.delete is deprecated.")
    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Delete a timeline entry from an RPA item.

        No longer developed; use smart processes instead. Only entries created by the same user through an app can be deleted.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.timeline.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-delete.html

        Args:
            id: ID of the timeline entry.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.timeline.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_RPA_TIMELINE_DELETE, {"id": id})
        )

    @deprecated("The REST method rpa.timeline.listForItem is deprecated.")
    def list_for_item(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        item_id: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """List the timeline entries of an RPA item, newest first.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.timeline.listForItem``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-list-for-item.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.timeline.list_for_item()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_TIMELINE_LIST_FOR_ITEM,
                {"typeId": type_id, "itemId": item_id, "start": start},
            ),
        )

    @deprecated("The REST method rpa.timeline.update is deprecated.")
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: RpaTimelineUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the title or text of a timeline entry on an RPA item.

        No longer developed; use smart processes instead. Only entries created by the same user through an app can be changed.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.timeline.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-update.html

        Args:
            id: ID of the timeline entry.
            fields: Entry data.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.timeline.update(fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_TIMELINE_UPDATE, {"id": id, "fields": fields}),
        )

    @deprecated("The REST method rpa.timeline.updateIsFixed is deprecated.")
    def update_is_fixed(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        is_fixed: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Pin or unpin a timeline entry on an RPA item.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.timeline.updateIsFixed``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/timeline/rpa-timeline-update-is-fixed.html

        Args:
            id: ID of the timeline entry.
            is_fixed: \"Y" pins the entry, "N" unpins it. Wire name: ``isFixed``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.timeline.update_is_fixed()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_TIMELINE_UPDATE_IS_FIXED, {"id": id, "isFixed": is_fixed}
            ),
        )
