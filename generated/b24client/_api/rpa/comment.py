"""Methods under ``rpa.comment``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.rpa import RpaCommentAddFields, RpaCommentUpdateFields
else:
    from b24client._core.callsite import deprecated

_RPA_COMMENT_ADD = MethodInfo(
    name="rpa.comment.add", idempotent=False, returns="any", api=1
)
_RPA_COMMENT_DELETE = MethodInfo(
    name="rpa.comment.delete", idempotent=False, returns="any", api=1
)
_RPA_COMMENT_UPDATE = MethodInfo(
    name="rpa.comment.update", idempotent=False, returns="any", api=1
)


class RpaComment(Namespace):
    """Methods under ``rpa.comment``."""

    __slots__ = ()

    @deprecated("The REST method rpa.comment.add is deprecated.")
    def add(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        fields: RpaCommentAddFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Post a comment in the timeline of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            fields: Comment data.

        Returns:
            Any

        Example:
            result = client.rpa.comment.add(fields={"description": "Please call back after 3 pm."})
            result = await client.rpa.comment.add(fields={"description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_COMMENT_ADD, {"typeId": type_id, "itemId": item_id, "fields": fields}
        )

    @deprecated("The REST method rpa.comment.delete is deprecated.")
    def delete(self, *, id: int) -> Any:
        """Delete your own comment from an RPA item timeline.

        No longer developed; use smart processes instead. Only comments added by the same user can be deleted.

        Deprecated.

        REST method: ``rpa.comment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-delete.html

        Args:
            id: ID of the comment.

        Returns:
            Any

        Example:
            result = client.rpa.comment.delete(id=1)
            result = await client.rpa.comment.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_COMMENT_DELETE, {"id": id})

    @deprecated("The REST method rpa.comment.update is deprecated.")
    def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: RpaCommentUpdateFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Edit the text or files of your own comment on an RPA item.

        No longer developed; use smart processes instead. Only comments added by the same user can be changed.

        Deprecated.

        REST method: ``rpa.comment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-update.html

        Args:
            id: ID of the comment.
            fields: Comment data.

        Returns:
            Any

        Example:
            result = client.rpa.comment.update(fields={"description": 1, "files": 1})
            result = await client.rpa.comment.update(fields={"description": 1, "files": 1})  # AsyncBitrix24
        """
        return self._backend._invoke(_RPA_COMMENT_UPDATE, {"id": id, "fields": fields})


class AsyncRpaComment(Namespace):
    """Methods under ``rpa.comment`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.comment.add is deprecated.")
    async def add(
        self,
        *,
        type_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        fields: RpaCommentAddFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Post a comment in the timeline of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            fields: Comment data.

        Returns:
            Any

        Example:
            result = client.rpa.comment.add(fields={"description": "Please call back after 3 pm."})
            result = await client.rpa.comment.add(fields={"description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_COMMENT_ADD, {"typeId": type_id, "itemId": item_id, "fields": fields}
        )

    @deprecated("The REST method rpa.comment.delete is deprecated.")
    async def delete(self, *, id: int) -> Any:
        """Delete your own comment from an RPA item timeline.

        No longer developed; use smart processes instead. Only comments added by the same user can be deleted.

        Deprecated.

        REST method: ``rpa.comment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-delete.html

        Args:
            id: ID of the comment.

        Returns:
            Any

        Example:
            result = client.rpa.comment.delete(id=1)
            result = await client.rpa.comment.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_RPA_COMMENT_DELETE, {"id": id})

    @deprecated("The REST method rpa.comment.update is deprecated.")
    async def update(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        fields: RpaCommentUpdateFields | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Edit the text or files of your own comment on an RPA item.

        No longer developed; use smart processes instead. Only comments added by the same user can be changed.

        Deprecated.

        REST method: ``rpa.comment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-update.html

        Args:
            id: ID of the comment.
            fields: Comment data.

        Returns:
            Any

        Example:
            result = client.rpa.comment.update(fields={"description": 1, "files": 1})
            result = await client.rpa.comment.update(fields={"description": 1, "files": 1})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_COMMENT_UPDATE, {"id": id, "fields": fields}
        )


class BatchRpaComment(Namespace):
    """Methods under ``rpa.comment`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.comment.add is deprecated.")
    def add(
        self,
        *,
        type_id: int | Ref | NotGiven = NOT_GIVEN,
        item_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: RpaCommentAddFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Post a comment in the timeline of an RPA process item.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-add.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            item_id: ID of the process item. Wire name: ``itemId``.
            fields: Comment data.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.comment.add(fields={"description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_COMMENT_ADD,
                {"typeId": type_id, "itemId": item_id, "fields": fields},
            ),
        )

    @deprecated("The REST method rpa.comment.delete is deprecated.")
    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Delete your own comment from an RPA item timeline.

        No longer developed; use smart processes instead. Only comments added by the same user can be deleted.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.comment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-delete.html

        Args:
            id: ID of the comment.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.comment.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_RPA_COMMENT_DELETE, {"id": id})
        )

    @deprecated("The REST method rpa.comment.update is deprecated.")
    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: RpaCommentUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Edit the text or files of your own comment on an RPA item.

        No longer developed; use smart processes instead. Only comments added by the same user can be changed.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.comment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/comment/rpa-comment-update.html

        Args:
            id: ID of the comment.
            fields: Comment data.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.comment.update(fields={"description": 1, "files": 1})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_RPA_COMMENT_UPDATE, {"id": id, "fields": fields}),
        )
