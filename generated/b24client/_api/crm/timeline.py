"""Methods under ``crm.timeline``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmTimelineBindings as _CrmTimelineBindings,
        CrmTimelineBindingsBindFields,
        CrmTimelineBindingsFieldsResult,
        CrmTimelineBindingsUnbindFields,
        CrmTimelineComment as _CrmTimelineComment,
        CrmTimelineCommentAddFields,
        CrmTimelineCommentFieldsResult,
        CrmTimelineCommentUpdateFields,
        CrmTimelineIcon as _CrmTimelineIcon,
        CrmTimelineIconAddResult,
        CrmTimelineIconGetResult,
        CrmTimelineLayoutBlocksDeleteResult,
        CrmTimelineLayoutBlocksGetResult,
        CrmTimelineLayoutBlocksSetResult,
        CrmTimelineLogmessage as _CrmTimelineLogmessage,
        CrmTimelineLogmessageAddFields,
        CrmTimelineLogmessageAddResult,
        CrmTimelineLogmessageGetResult,
        CrmTimelineLogo as _CrmTimelineLogo,
        CrmTimelineLogoAddResult,
        CrmTimelineLogoGetResult,
        CrmTimelineNote as _CrmTimelineNote,
    )

_CRM_TIMELINE_BINDINGS_BIND = MethodInfo(
    name="crm.timeline.bindings.bind", idempotent=False, returns="boolean", api=1
)
_CRM_TIMELINE_BINDINGS_FIELDS = MethodInfo(
    name="crm.timeline.bindings.fields", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_BINDINGS_LIST = MethodInfo(
    name="crm.timeline.bindings.list", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_BINDINGS_UNBIND = MethodInfo(
    name="crm.timeline.bindings.unbind", idempotent=False, returns="boolean", api=1
)
_CRM_TIMELINE_COMMENT_ADD = MethodInfo(
    name="crm.timeline.comment.add", idempotent=False, returns="integer", api=1
)
_CRM_TIMELINE_COMMENT_DELETE = MethodInfo(
    name="crm.timeline.comment.delete", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_COMMENT_FIELDS = MethodInfo(
    name="crm.timeline.comment.fields", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_COMMENT_GET = MethodInfo(
    name="crm.timeline.comment.get", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_COMMENT_LIST = MethodInfo(
    name="crm.timeline.comment.list", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_COMMENT_UPDATE = MethodInfo(
    name="crm.timeline.comment.update", idempotent=False, returns="integer", api=1
)
_CRM_TIMELINE_ICON_ADD = MethodInfo(
    name="crm.timeline.icon.add", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_ICON_DELETE = MethodInfo(
    name="crm.timeline.icon.delete", idempotent=False, returns="boolean", api=1
)
_CRM_TIMELINE_ICON_GET = MethodInfo(
    name="crm.timeline.icon.get", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_ICON_LIST = MethodInfo(
    name="crm.timeline.icon.list", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_ITEM_PIN = MethodInfo(
    name="crm.timeline.item.pin", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_ITEM_UNPIN = MethodInfo(
    name="crm.timeline.item.unpin", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_LAYOUT_BLOCKS_DELETE = MethodInfo(
    name="crm.timeline.layout.blocks.delete", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_LAYOUT_BLOCKS_GET = MethodInfo(
    name="crm.timeline.layout.blocks.get", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_LAYOUT_BLOCKS_SET = MethodInfo(
    name="crm.timeline.layout.blocks.set", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_LOGMESSAGE_ADD = MethodInfo(
    name="crm.timeline.logmessage.add", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_LOGMESSAGE_DELETE = MethodInfo(
    name="crm.timeline.logmessage.delete", idempotent=False, returns="boolean", api=1
)
_CRM_TIMELINE_LOGMESSAGE_GET = MethodInfo(
    name="crm.timeline.logmessage.get", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_LOGMESSAGE_LIST = MethodInfo(
    name="crm.timeline.logmessage.list", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_LOGO_ADD = MethodInfo(
    name="crm.timeline.logo.add", idempotent=False, returns="any", api=1
)
_CRM_TIMELINE_LOGO_DELETE = MethodInfo(
    name="crm.timeline.logo.delete", idempotent=False, returns="boolean", api=1
)
_CRM_TIMELINE_LOGO_GET = MethodInfo(
    name="crm.timeline.logo.get", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_LOGO_LIST = MethodInfo(
    name="crm.timeline.logo.list", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_NOTE_DELETE = MethodInfo(
    name="crm.timeline.note.delete", idempotent=False, returns="boolean", api=1
)
_CRM_TIMELINE_NOTE_GET = MethodInfo(
    name="crm.timeline.note.get", idempotent=True, returns="any", api=1
)
_CRM_TIMELINE_NOTE_SAVE = MethodInfo(
    name="crm.timeline.note.save", idempotent=False, returns="boolean", api=1
)


class CrmTimeline(Namespace):
    """Methods under ``crm.timeline``."""

    __slots__ = ()

    @property
    def bindings(self) -> CrmTimelineBindings:
        """Methods under ``crm.timeline.bindings``."""
        return CrmTimelineBindings(self._backend)

    @property
    def comment(self) -> CrmTimelineComment:
        """Methods under ``crm.timeline.comment``."""
        return CrmTimelineComment(self._backend)

    @property
    def icon(self) -> CrmTimelineIcon:
        """Methods under ``crm.timeline.icon``."""
        return CrmTimelineIcon(self._backend)

    @property
    def item(self) -> CrmTimelineItem:
        """Methods under ``crm.timeline.item``."""
        return CrmTimelineItem(self._backend)

    @property
    def layout(self) -> CrmTimelineLayout:
        """Methods under ``crm.timeline.layout``."""
        return CrmTimelineLayout(self._backend)

    @property
    def logmessage(self) -> CrmTimelineLogmessage:
        """Methods under ``crm.timeline.logmessage``."""
        return CrmTimelineLogmessage(self._backend)

    @property
    def logo(self) -> CrmTimelineLogo:
        """Methods under ``crm.timeline.logo``."""
        return CrmTimelineLogo(self._backend)

    @property
    def note(self) -> CrmTimelineNote:
        """Methods under ``crm.timeline.note``."""
        return CrmTimelineNote(self._backend)


class AsyncCrmTimeline(Namespace):
    """Methods under ``crm.timeline`` (async)."""

    __slots__ = ()

    @property
    def bindings(self) -> AsyncCrmTimelineBindings:
        """Methods under ``crm.timeline.bindings``."""
        return AsyncCrmTimelineBindings(self._backend)

    @property
    def comment(self) -> AsyncCrmTimelineComment:
        """Methods under ``crm.timeline.comment``."""
        return AsyncCrmTimelineComment(self._backend)

    @property
    def icon(self) -> AsyncCrmTimelineIcon:
        """Methods under ``crm.timeline.icon``."""
        return AsyncCrmTimelineIcon(self._backend)

    @property
    def item(self) -> AsyncCrmTimelineItem:
        """Methods under ``crm.timeline.item``."""
        return AsyncCrmTimelineItem(self._backend)

    @property
    def layout(self) -> AsyncCrmTimelineLayout:
        """Methods under ``crm.timeline.layout``."""
        return AsyncCrmTimelineLayout(self._backend)

    @property
    def logmessage(self) -> AsyncCrmTimelineLogmessage:
        """Methods under ``crm.timeline.logmessage``."""
        return AsyncCrmTimelineLogmessage(self._backend)

    @property
    def logo(self) -> AsyncCrmTimelineLogo:
        """Methods under ``crm.timeline.logo``."""
        return AsyncCrmTimelineLogo(self._backend)

    @property
    def note(self) -> AsyncCrmTimelineNote:
        """Methods under ``crm.timeline.note``."""
        return AsyncCrmTimelineNote(self._backend)


class BatchCrmTimeline(Namespace):
    """Methods under ``crm.timeline`` (queued into a batch)."""

    __slots__ = ()

    @property
    def bindings(self) -> BatchCrmTimelineBindings:
        """Methods under ``crm.timeline.bindings``."""
        return BatchCrmTimelineBindings(self._backend)

    @property
    def comment(self) -> BatchCrmTimelineComment:
        """Methods under ``crm.timeline.comment``."""
        return BatchCrmTimelineComment(self._backend)

    @property
    def icon(self) -> BatchCrmTimelineIcon:
        """Methods under ``crm.timeline.icon``."""
        return BatchCrmTimelineIcon(self._backend)

    @property
    def item(self) -> BatchCrmTimelineItem:
        """Methods under ``crm.timeline.item``."""
        return BatchCrmTimelineItem(self._backend)

    @property
    def layout(self) -> BatchCrmTimelineLayout:
        """Methods under ``crm.timeline.layout``."""
        return BatchCrmTimelineLayout(self._backend)

    @property
    def logmessage(self) -> BatchCrmTimelineLogmessage:
        """Methods under ``crm.timeline.logmessage``."""
        return BatchCrmTimelineLogmessage(self._backend)

    @property
    def logo(self) -> BatchCrmTimelineLogo:
        """Methods under ``crm.timeline.logo``."""
        return BatchCrmTimelineLogo(self._backend)

    @property
    def note(self) -> BatchCrmTimelineNote:
        """Methods under ``crm.timeline.note``."""
        return BatchCrmTimelineNote(self._backend)


class CrmTimelineBindings(Namespace):
    """Methods under ``crm.timeline.bindings``."""

    __slots__ = ()

    def bind(self, *, fields: CrmTimelineBindingsBindFields) -> bool:
        """Attach an existing timeline record to one more CRM item so it shows there too.

        REST method: ``crm.timeline.bindings.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-bind.html

        Args:
            fields: The binding to add.

        Returns:
            bool

        Example:
            result = client.crm.timeline.bindings.bind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})
            result = await client.crm.timeline.bindings.bind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_TIMELINE_BINDINGS_BIND, {"fields": fields})
        )

    def fields(self) -> CrmTimelineBindingsFieldsResult:
        """Describe the fields of a binding between a timeline record and a CRM item.

        REST method: ``crm.timeline.bindings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-fields.html

        Returns:
            CrmTimelineBindingsFieldsResult

        Example:
            result = client.crm.timeline.bindings.fields()
            result = await client.crm.timeline.bindings.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineBindingsFieldsResult",
            self._backend._invoke(_CRM_TIMELINE_BINDINGS_FIELDS, {}),
        )

    def list(
        self, *, filter: dict[str, Any], start: int | NotGiven = NOT_GIVEN
    ) -> Page[_CrmTimelineBindings]:
        """List the CRM items a timeline record is attached to.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.bindings.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-list.html

        Args:
            filter: Must hold OWNER_ID, the ID of the timeline record, such as {"OWNER_ID": 42}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmTimelineBindings]

        Example:
            result = client.crm.timeline.bindings.list(filter={})
            result = await client.crm.timeline.bindings.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmTimelineBindings]",
            self._backend._invoke_page(
                _CRM_TIMELINE_BINDINGS_LIST, {"filter": filter, "start": start}
            ),
        )

    def unbind(self, *, fields: CrmTimelineBindingsUnbindFields) -> bool:
        """Detach a timeline record from one CRM item.

        REST method: ``crm.timeline.bindings.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-unbind.html

        Args:
            fields: The binding to remove.

        Returns:
            bool

        Example:
            result = client.crm.timeline.bindings.unbind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})
            result = await client.crm.timeline.bindings.unbind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_TIMELINE_BINDINGS_UNBIND, {"fields": fields}),
        )


class AsyncCrmTimelineBindings(Namespace):
    """Methods under ``crm.timeline.bindings`` (async)."""

    __slots__ = ()

    async def bind(self, *, fields: CrmTimelineBindingsBindFields) -> bool:
        """Attach an existing timeline record to one more CRM item so it shows there too.

        REST method: ``crm.timeline.bindings.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-bind.html

        Args:
            fields: The binding to add.

        Returns:
            bool

        Example:
            result = client.crm.timeline.bindings.bind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})
            result = await client.crm.timeline.bindings.bind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_TIMELINE_BINDINGS_BIND, {"fields": fields}
            ),
        )

    async def fields(self) -> CrmTimelineBindingsFieldsResult:
        """Describe the fields of a binding between a timeline record and a CRM item.

        REST method: ``crm.timeline.bindings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-fields.html

        Returns:
            CrmTimelineBindingsFieldsResult

        Example:
            result = client.crm.timeline.bindings.fields()
            result = await client.crm.timeline.bindings.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineBindingsFieldsResult",
            await self._backend._invoke(_CRM_TIMELINE_BINDINGS_FIELDS, {}),
        )

    async def list(
        self, *, filter: dict[str, Any], start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_CrmTimelineBindings]:
        """List the CRM items a timeline record is attached to.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.bindings.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-list.html

        Args:
            filter: Must hold OWNER_ID, the ID of the timeline record, such as {"OWNER_ID": 42}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmTimelineBindings]

        Example:
            result = client.crm.timeline.bindings.list(filter={})
            result = await client.crm.timeline.bindings.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmTimelineBindings]",
            await self._backend._invoke_page(
                _CRM_TIMELINE_BINDINGS_LIST, {"filter": filter, "start": start}
            ),
        )

    async def unbind(self, *, fields: CrmTimelineBindingsUnbindFields) -> bool:
        """Detach a timeline record from one CRM item.

        REST method: ``crm.timeline.bindings.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-unbind.html

        Args:
            fields: The binding to remove.

        Returns:
            bool

        Example:
            result = client.crm.timeline.bindings.unbind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})
            result = await client.crm.timeline.bindings.unbind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_TIMELINE_BINDINGS_UNBIND, {"fields": fields}
            ),
        )


class BatchCrmTimelineBindings(Namespace):
    """Methods under ``crm.timeline.bindings`` (queued into a batch)."""

    __slots__ = ()

    def bind(
        self, *, fields: CrmTimelineBindingsBindFields | Ref
    ) -> BatchCommand[bool]:
        """Attach an existing timeline record to one more CRM item so it shows there too.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.bindings.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-bind.html

        Args:
            fields: The binding to add.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.timeline.bindings.bind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_TIMELINE_BINDINGS_BIND, {"fields": fields}),
        )

    def fields(self) -> BatchCommand[CrmTimelineBindingsFieldsResult]:
        """Describe the fields of a binding between a timeline record and a CRM item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.bindings.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-fields.html

        Returns:
            BatchCommand[CrmTimelineBindingsFieldsResult]

        Example:
            command = batch.crm.timeline.bindings.fields()
        """
        return cast(
            "BatchCommand[CrmTimelineBindingsFieldsResult]",
            self._backend._invoke(_CRM_TIMELINE_BINDINGS_FIELDS, {}),
        )

    def list(
        self, *, filter: dict[str, Any] | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmTimelineBindings]]:
        """List the CRM items a timeline record is attached to.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.bindings.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-list.html

        Args:
            filter: Must hold OWNER_ID, the ID of the timeline record, such as {"OWNER_ID": 42}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmTimelineBindings]]

        Example:
            command = batch.crm.timeline.bindings.list(filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CrmTimelineBindings]]",
            self._backend._invoke_page(
                _CRM_TIMELINE_BINDINGS_LIST, {"filter": filter, "start": start}
            ),
        )

    def unbind(
        self, *, fields: CrmTimelineBindingsUnbindFields | Ref
    ) -> BatchCommand[bool]:
        """Detach a timeline record from one CRM item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.bindings.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-unbind.html

        Args:
            fields: The binding to remove.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.timeline.bindings.unbind(fields={"OWNER_ID": 1, "ENTITY_ID": 1, "ENTITY_TYPE": "lead"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_TIMELINE_BINDINGS_UNBIND, {"fields": fields}),
        )


class CrmTimelineComment(Namespace):
    """Methods under ``crm.timeline.comment``."""

    __slots__ = ()

    def add(self, *, fields: CrmTimelineCommentAddFields) -> int:
        """Post a text comment, optionally with files, to the timeline of a CRM item.

        Since crm 23.100.0 only the lowercase key fields is accepted.

        REST method: ``crm.timeline.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-add.html

        Args:
            fields: The comment to post.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.comment.add(fields={"ENTITY_ID": 1, "ENTITY_TYPE": "CRM_DEAL", "COMMENT": "Please call back after 3 pm."})
            result = await client.crm.timeline.comment.add(fields={"ENTITY_ID": 1, "ENTITY_TYPE": "CRM_DEAL", "COMMENT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_TIMELINE_COMMENT_ADD, {"fields": fields})
        )

    def delete(
        self,
        *,
        id: int,
        owner_type_id: int | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Remove a comment from the timeline of a CRM item.

        With ownerTypeId and ownerId given, a comment attached to several items is removed from that item only.

        REST method: ``crm.timeline.comment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-delete.html

        Args:
            id: ID of the comment.
            owner_type_id: Numeric CRM type of the item the comment is attached to. Wire name: ``ownerTypeId``.
            owner_id: ID of the item the comment is attached to. Wire name: ``ownerId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.comment.delete(id=1)
            result = await client.crm.timeline.comment.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_TIMELINE_COMMENT_DELETE,
            {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
        )

    def fields(self) -> CrmTimelineCommentFieldsResult:
        """Describe the fields of timeline comments: author, text, files and owner.

        REST method: ``crm.timeline.comment.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-fields.html

        Returns:
            CrmTimelineCommentFieldsResult

        Example:
            result = client.crm.timeline.comment.fields()
            result = await client.crm.timeline.comment.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineCommentFieldsResult",
            self._backend._invoke(_CRM_TIMELINE_COMMENT_FIELDS, {}),
        )

    def get(self, *, id: int) -> _CrmTimelineComment:
        """Read one timeline comment with its text and files.

        REST method: ``crm.timeline.comment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-get.html

        Args:
            id: ID of the comment.

        Returns:
            CrmTimelineComment

        Example:
            result = client.crm.timeline.comment.get(id=1)
            result = await client.crm.timeline.comment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmTimelineComment",
            self._backend._invoke(_CRM_TIMELINE_COMMENT_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmTimelineComment]:
        """List the comments posted in the timeline of a CRM item, with paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.comment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-list.html

        Args:
            select: Fields to return.
            filter: Must name the item, such as {"ENTITY_ID": 5, "ENTITY_TYPE": "deal"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmTimelineComment]

        Example:
            result = client.crm.timeline.comment.list(filter={})
            result = await client.crm.timeline.comment.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmTimelineComment]",
            self._backend._invoke_page(
                _CRM_TIMELINE_COMMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: CrmTimelineCommentUpdateFields,
        owner_type_id: int | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Change the text or files of a timeline comment.

        Since crm 23.100.0 only the lowercase key fields is accepted.

        REST method: ``crm.timeline.comment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-update.html

        Args:
            id: ID of the comment.
            fields: Values to change.
            owner_type_id: Numeric CRM type of the item the comment is attached to. Wire name: ``ownerTypeId``.
            owner_id: ID of the item the comment is attached to. Wire name: ``ownerId``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.comment.update(id=1, fields={"COMMENT": "Please call back after 3 pm."})
            result = await client.crm.timeline.comment.update(id=1, fields={"COMMENT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_TIMELINE_COMMENT_UPDATE,
                {
                    "id": id,
                    "fields": fields,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                },
            ),
        )


class AsyncCrmTimelineComment(Namespace):
    """Methods under ``crm.timeline.comment`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmTimelineCommentAddFields) -> int:
        """Post a text comment, optionally with files, to the timeline of a CRM item.

        Since crm 23.100.0 only the lowercase key fields is accepted.

        REST method: ``crm.timeline.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-add.html

        Args:
            fields: The comment to post.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.comment.add(fields={"ENTITY_ID": 1, "ENTITY_TYPE": "CRM_DEAL", "COMMENT": "Please call back after 3 pm."})
            result = await client.crm.timeline.comment.add(fields={"ENTITY_ID": 1, "ENTITY_TYPE": "CRM_DEAL", "COMMENT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_TIMELINE_COMMENT_ADD, {"fields": fields}),
        )

    async def delete(
        self,
        *,
        id: int,
        owner_type_id: int | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Remove a comment from the timeline of a CRM item.

        With ownerTypeId and ownerId given, a comment attached to several items is removed from that item only.

        REST method: ``crm.timeline.comment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-delete.html

        Args:
            id: ID of the comment.
            owner_type_id: Numeric CRM type of the item the comment is attached to. Wire name: ``ownerTypeId``.
            owner_id: ID of the item the comment is attached to. Wire name: ``ownerId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.comment.delete(id=1)
            result = await client.crm.timeline.comment.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_TIMELINE_COMMENT_DELETE,
            {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
        )

    async def fields(self) -> CrmTimelineCommentFieldsResult:
        """Describe the fields of timeline comments: author, text, files and owner.

        REST method: ``crm.timeline.comment.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-fields.html

        Returns:
            CrmTimelineCommentFieldsResult

        Example:
            result = client.crm.timeline.comment.fields()
            result = await client.crm.timeline.comment.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineCommentFieldsResult",
            await self._backend._invoke(_CRM_TIMELINE_COMMENT_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _CrmTimelineComment:
        """Read one timeline comment with its text and files.

        REST method: ``crm.timeline.comment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-get.html

        Args:
            id: ID of the comment.

        Returns:
            CrmTimelineComment

        Example:
            result = client.crm.timeline.comment.get(id=1)
            result = await client.crm.timeline.comment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmTimelineComment",
            await self._backend._invoke(_CRM_TIMELINE_COMMENT_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmTimelineComment]:
        """List the comments posted in the timeline of a CRM item, with paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.comment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-list.html

        Args:
            select: Fields to return.
            filter: Must name the item, such as {"ENTITY_ID": 5, "ENTITY_TYPE": "deal"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmTimelineComment]

        Example:
            result = client.crm.timeline.comment.list(filter={})
            result = await client.crm.timeline.comment.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmTimelineComment]",
            await self._backend._invoke_page(
                _CRM_TIMELINE_COMMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: CrmTimelineCommentUpdateFields,
        owner_type_id: int | NotGiven = NOT_GIVEN,
        owner_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Change the text or files of a timeline comment.

        Since crm 23.100.0 only the lowercase key fields is accepted.

        REST method: ``crm.timeline.comment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-update.html

        Args:
            id: ID of the comment.
            fields: Values to change.
            owner_type_id: Numeric CRM type of the item the comment is attached to. Wire name: ``ownerTypeId``.
            owner_id: ID of the item the comment is attached to. Wire name: ``ownerId``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.comment.update(id=1, fields={"COMMENT": "Please call back after 3 pm."})
            result = await client.crm.timeline.comment.update(id=1, fields={"COMMENT": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_TIMELINE_COMMENT_UPDATE,
                {
                    "id": id,
                    "fields": fields,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                },
            ),
        )


class BatchCrmTimelineComment(Namespace):
    """Methods under ``crm.timeline.comment`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmTimelineCommentAddFields | Ref) -> BatchCommand[int]:
        """Post a text comment, optionally with files, to the timeline of a CRM item.

        Since crm 23.100.0 only the lowercase key fields is accepted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.comment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-add.html

        Args:
            fields: The comment to post.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.comment.add(fields={"ENTITY_ID": 1, "ENTITY_TYPE": "CRM_DEAL", "COMMENT": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_TIMELINE_COMMENT_ADD, {"fields": fields}),
        )

    def delete(
        self,
        *,
        id: int | Ref,
        owner_type_id: int | Ref | NotGiven = NOT_GIVEN,
        owner_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Remove a comment from the timeline of a CRM item.

        With ownerTypeId and ownerId given, a comment attached to several items is removed from that item only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.comment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-delete.html

        Args:
            id: ID of the comment.
            owner_type_id: Numeric CRM type of the item the comment is attached to. Wire name: ``ownerTypeId``.
            owner_id: ID of the item the comment is attached to. Wire name: ``ownerId``.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.comment.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_TIMELINE_COMMENT_DELETE,
                {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
            ),
        )

    def fields(self) -> BatchCommand[CrmTimelineCommentFieldsResult]:
        """Describe the fields of timeline comments: author, text, files and owner.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.comment.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-fields.html

        Returns:
            BatchCommand[CrmTimelineCommentFieldsResult]

        Example:
            command = batch.crm.timeline.comment.fields()
        """
        return cast(
            "BatchCommand[CrmTimelineCommentFieldsResult]",
            self._backend._invoke(_CRM_TIMELINE_COMMENT_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmTimelineComment]:
        """Read one timeline comment with its text and files.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.comment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-get.html

        Args:
            id: ID of the comment.

        Returns:
            BatchCommand[CrmTimelineComment]

        Example:
            command = batch.crm.timeline.comment.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmTimelineComment]",
            self._backend._invoke(_CRM_TIMELINE_COMMENT_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmTimelineComment]]:
        """List the comments posted in the timeline of a CRM item, with paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.comment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-list.html

        Args:
            select: Fields to return.
            filter: Must name the item, such as {"ENTITY_ID": 5, "ENTITY_TYPE": "deal"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmTimelineComment]]

        Example:
            command = batch.crm.timeline.comment.list(filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CrmTimelineComment]]",
            self._backend._invoke_page(
                _CRM_TIMELINE_COMMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmTimelineCommentUpdateFields | Ref,
        owner_type_id: int | Ref | NotGiven = NOT_GIVEN,
        owner_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Change the text or files of a timeline comment.

        Since crm 23.100.0 only the lowercase key fields is accepted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.comment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-update.html

        Args:
            id: ID of the comment.
            fields: Values to change.
            owner_type_id: Numeric CRM type of the item the comment is attached to. Wire name: ``ownerTypeId``.
            owner_id: ID of the item the comment is attached to. Wire name: ``ownerId``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.comment.update(id=1, fields={"COMMENT": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_TIMELINE_COMMENT_UPDATE,
                {
                    "id": id,
                    "fields": fields,
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                },
            ),
        )


class CrmTimelineIcon(Namespace):
    """Methods under ``crm.timeline.icon``."""

    __slots__ = ()

    def add(self, *, code: str, file_content: str) -> CrmTimelineIconAddResult:
        """Upload a custom icon for log messages an app writes to the timeline.

        Only an administrator can add or delete icons.

        REST method: ``crm.timeline.icon.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-add.html

        Args:
            code: Code of the icon, such as "info".
            file_content: Base64 PNG image, 24x24 pixels, transparent background. Wire name: ``fileContent``.

        Returns:
            CrmTimelineIconAddResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.icon.add(code="example_code", file_content="example")
            result = await client.crm.timeline.icon.add(code="example_code", file_content="example")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineIconAddResult",
            self._backend._invoke(
                _CRM_TIMELINE_ICON_ADD, {"code": code, "fileContent": file_content}
            ),
        )

    def delete(self, *, code: str) -> bool:
        """Remove a custom icon of timeline log messages.

        Only an administrator can delete icons.

        REST method: ``crm.timeline.icon.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-delete.html

        Args:
            code: Code of the icon, such as "info".

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.icon.delete(code="example_code")
            result = await client.crm.timeline.icon.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_TIMELINE_ICON_DELETE, {"code": code})
        )

    def get(self, *, code: str) -> CrmTimelineIconGetResult:
        """Read one timeline icon: its code and image link.

        REST method: ``crm.timeline.icon.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-get.html

        Args:
            code: Code of the icon, such as "info".

        Returns:
            CrmTimelineIconGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.timeline.icon.get(code="example_code")
            result = await client.crm.timeline.icon.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineIconGetResult",
            self._backend._invoke(_CRM_TIMELINE_ICON_GET, {"code": code}),
        )

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> Page[_CrmTimelineIcon]:
        """List the icons available for timeline log messages, built-in and uploaded.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.icon.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-list.html

        Args:
            start: Offset for paging; the docs describe the call as taking no parameters.

        Returns:
            Page[CrmTimelineIcon]

        Example:
            result = client.crm.timeline.icon.list()
            result = await client.crm.timeline.icon.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmTimelineIcon]",
            self._backend._invoke_page(_CRM_TIMELINE_ICON_LIST, {"start": start}),
        )


class AsyncCrmTimelineIcon(Namespace):
    """Methods under ``crm.timeline.icon`` (async)."""

    __slots__ = ()

    async def add(self, *, code: str, file_content: str) -> CrmTimelineIconAddResult:
        """Upload a custom icon for log messages an app writes to the timeline.

        Only an administrator can add or delete icons.

        REST method: ``crm.timeline.icon.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-add.html

        Args:
            code: Code of the icon, such as "info".
            file_content: Base64 PNG image, 24x24 pixels, transparent background. Wire name: ``fileContent``.

        Returns:
            CrmTimelineIconAddResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.icon.add(code="example_code", file_content="example")
            result = await client.crm.timeline.icon.add(code="example_code", file_content="example")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineIconAddResult",
            await self._backend._invoke(
                _CRM_TIMELINE_ICON_ADD, {"code": code, "fileContent": file_content}
            ),
        )

    async def delete(self, *, code: str) -> bool:
        """Remove a custom icon of timeline log messages.

        Only an administrator can delete icons.

        REST method: ``crm.timeline.icon.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-delete.html

        Args:
            code: Code of the icon, such as "info".

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.icon.delete(code="example_code")
            result = await client.crm.timeline.icon.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_TIMELINE_ICON_DELETE, {"code": code})
        )

    async def get(self, *, code: str) -> CrmTimelineIconGetResult:
        """Read one timeline icon: its code and image link.

        REST method: ``crm.timeline.icon.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-get.html

        Args:
            code: Code of the icon, such as "info".

        Returns:
            CrmTimelineIconGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.timeline.icon.get(code="example_code")
            result = await client.crm.timeline.icon.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineIconGetResult",
            await self._backend._invoke(_CRM_TIMELINE_ICON_GET, {"code": code}),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_CrmTimelineIcon]:
        """List the icons available for timeline log messages, built-in and uploaded.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.icon.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-list.html

        Args:
            start: Offset for paging; the docs describe the call as taking no parameters.

        Returns:
            AsyncPage[CrmTimelineIcon]

        Example:
            result = client.crm.timeline.icon.list()
            result = await client.crm.timeline.icon.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmTimelineIcon]",
            await self._backend._invoke_page(_CRM_TIMELINE_ICON_LIST, {"start": start}),
        )


class BatchCrmTimelineIcon(Namespace):
    """Methods under ``crm.timeline.icon`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, code: str | Ref, file_content: str | Ref
    ) -> BatchCommand[CrmTimelineIconAddResult]:
        """Upload a custom icon for log messages an app writes to the timeline.

        Only an administrator can add or delete icons.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.icon.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-add.html

        Args:
            code: Code of the icon, such as "info".
            file_content: Base64 PNG image, 24x24 pixels, transparent background. Wire name: ``fileContent``.

        Returns:
            BatchCommand[CrmTimelineIconAddResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.icon.add(code="example_code", file_content="example")
        """
        return cast(
            "BatchCommand[CrmTimelineIconAddResult]",
            self._backend._invoke(
                _CRM_TIMELINE_ICON_ADD, {"code": code, "fileContent": file_content}
            ),
        )

    def delete(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove a custom icon of timeline log messages.

        Only an administrator can delete icons.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.icon.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-delete.html

        Args:
            code: Code of the icon, such as "info".

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.icon.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_TIMELINE_ICON_DELETE, {"code": code}),
        )

    def get(self, *, code: str | Ref) -> BatchCommand[CrmTimelineIconGetResult]:
        """Read one timeline icon: its code and image link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.icon.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-get.html

        Args:
            code: Code of the icon, such as "info".

        Returns:
            BatchCommand[CrmTimelineIconGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.crm.timeline.icon.get(code="example_code")
        """
        return cast(
            "BatchCommand[CrmTimelineIconGetResult]",
            self._backend._invoke(_CRM_TIMELINE_ICON_GET, {"code": code}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmTimelineIcon]]:
        """List the icons available for timeline log messages, built-in and uploaded.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.icon.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-list.html

        Args:
            start: Offset for paging; the docs describe the call as taking no parameters.

        Returns:
            BatchCommand[list[CrmTimelineIcon]]

        Example:
            command = batch.crm.timeline.icon.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmTimelineIcon]]",
            self._backend._invoke_page(_CRM_TIMELINE_ICON_LIST, {"start": start}),
        )


class CrmTimelineItem(Namespace):
    """Methods under ``crm.timeline.item``."""

    __slots__ = ()

    def pin(self, *, id: int, owner_type_id: int, owner_id: int) -> Any:
        """Pin a timeline record to the top of a CRM item's timeline.

        REST method: ``crm.timeline.item.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/actions/crm-timeline-item-pin.html

        Args:
            id: ID of the timeline record.
            owner_type_id: Numeric CRM type of the item whose timeline holds the record. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.item.pin(id=1, owner_type_id=1, owner_id=1)
            result = await client.crm.timeline.item.pin(id=1, owner_type_id=1, owner_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_TIMELINE_ITEM_PIN,
            {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
        )

    def unpin(self, *, id: int, owner_type_id: int, owner_id: int) -> Any:
        """Release a pinned record back into the normal timeline order.

        REST method: ``crm.timeline.item.unpin``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/actions/crm-timeline-item-unpin.html

        Args:
            id: ID of the timeline record.
            owner_type_id: Numeric CRM type of the item whose timeline holds the record. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.item.unpin(id=1, owner_type_id=1, owner_id=1)
            result = await client.crm.timeline.item.unpin(id=1, owner_type_id=1, owner_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_TIMELINE_ITEM_UNPIN,
            {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
        )


class AsyncCrmTimelineItem(Namespace):
    """Methods under ``crm.timeline.item`` (async)."""

    __slots__ = ()

    async def pin(self, *, id: int, owner_type_id: int, owner_id: int) -> Any:
        """Pin a timeline record to the top of a CRM item's timeline.

        REST method: ``crm.timeline.item.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/actions/crm-timeline-item-pin.html

        Args:
            id: ID of the timeline record.
            owner_type_id: Numeric CRM type of the item whose timeline holds the record. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.item.pin(id=1, owner_type_id=1, owner_id=1)
            result = await client.crm.timeline.item.pin(id=1, owner_type_id=1, owner_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_TIMELINE_ITEM_PIN,
            {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
        )

    async def unpin(self, *, id: int, owner_type_id: int, owner_id: int) -> Any:
        """Release a pinned record back into the normal timeline order.

        REST method: ``crm.timeline.item.unpin``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/actions/crm-timeline-item-unpin.html

        Args:
            id: ID of the timeline record.
            owner_type_id: Numeric CRM type of the item whose timeline holds the record. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.item.unpin(id=1, owner_type_id=1, owner_id=1)
            result = await client.crm.timeline.item.unpin(id=1, owner_type_id=1, owner_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_TIMELINE_ITEM_UNPIN,
            {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
        )


class BatchCrmTimelineItem(Namespace):
    """Methods under ``crm.timeline.item`` (queued into a batch)."""

    __slots__ = ()

    def pin(
        self, *, id: int | Ref, owner_type_id: int | Ref, owner_id: int | Ref
    ) -> BatchCommand[Any]:
        """Pin a timeline record to the top of a CRM item's timeline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.item.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/actions/crm-timeline-item-pin.html

        Args:
            id: ID of the timeline record.
            owner_type_id: Numeric CRM type of the item whose timeline holds the record. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.item.pin(id=1, owner_type_id=1, owner_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_TIMELINE_ITEM_PIN,
                {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
            ),
        )

    def unpin(
        self, *, id: int | Ref, owner_type_id: int | Ref, owner_id: int | Ref
    ) -> BatchCommand[Any]:
        """Release a pinned record back into the normal timeline order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.item.unpin``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/actions/crm-timeline-item-unpin.html

        Args:
            id: ID of the timeline record.
            owner_type_id: Numeric CRM type of the item whose timeline holds the record. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.item.unpin(id=1, owner_type_id=1, owner_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_TIMELINE_ITEM_UNPIN,
                {"id": id, "ownerTypeId": owner_type_id, "ownerId": owner_id},
            ),
        )


class CrmTimelineLayout(Namespace):
    """Methods under ``crm.timeline.layout``."""

    __slots__ = ()

    @property
    def blocks(self) -> CrmTimelineLayoutBlocks:
        """Methods under ``crm.timeline.layout.blocks``."""
        return CrmTimelineLayoutBlocks(self._backend)


class AsyncCrmTimelineLayout(Namespace):
    """Methods under ``crm.timeline.layout`` (async)."""

    __slots__ = ()

    @property
    def blocks(self) -> AsyncCrmTimelineLayoutBlocks:
        """Methods under ``crm.timeline.layout.blocks``."""
        return AsyncCrmTimelineLayoutBlocks(self._backend)


class BatchCrmTimelineLayout(Namespace):
    """Methods under ``crm.timeline.layout`` (queued into a batch)."""

    __slots__ = ()

    @property
    def blocks(self) -> BatchCrmTimelineLayoutBlocks:
        """Methods under ``crm.timeline.layout.blocks``."""
        return BatchCrmTimelineLayoutBlocks(self._backend)


class CrmTimelineLayoutBlocks(Namespace):
    """Methods under ``crm.timeline.layout.blocks``."""

    __slots__ = ()

    def delete(
        self, *, entity_type_id: int, entity_id: int, timeline_id: int
    ) -> CrmTimelineLayoutBlocksDeleteResult:
        """Remove the extra content blocks your app added to a timeline record.

        REST method: ``crm.timeline.layout.blocks.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-delete.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.

        Returns:
            CrmTimelineLayoutBlocksDeleteResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.layout.blocks.delete(entity_type_id=1, entity_id=1, timeline_id=1)
            result = await client.crm.timeline.layout.blocks.delete(entity_type_id=1, entity_id=1, timeline_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLayoutBlocksDeleteResult",
            self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_DELETE,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                },
            ),
        )

    def get(
        self, *, entity_type_id: int, entity_id: int, timeline_id: int
    ) -> CrmTimelineLayoutBlocksGetResult:
        """Read the extra content blocks your app added to a timeline record.

        REST method: ``crm.timeline.layout.blocks.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-get.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.

        Returns:
            CrmTimelineLayoutBlocksGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.layout.blocks.get(entity_type_id=1, entity_id=1, timeline_id=1)
            result = await client.crm.timeline.layout.blocks.get(entity_type_id=1, entity_id=1, timeline_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLayoutBlocksGetResult",
            self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_GET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                },
            ),
        )

    def set(
        self,
        *,
        entity_type_id: int,
        entity_id: int,
        timeline_id: int,
        layout: dict[str, Any],
    ) -> CrmTimelineLayoutBlocksSetResult:
        """Add or replace your app's extra content blocks on a timeline record.

        A new set replaces the set this app added before. Activities (use crm.activity.layout.blocks.*) and log messages cannot carry these blocks.

        REST method: ``crm.timeline.layout.blocks.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-set.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.
            layout: Content blocks to show, as a RestAppLayoutDto object.

        Returns:
            CrmTimelineLayoutBlocksSetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.layout.blocks.set(entity_type_id=1, entity_id=1, timeline_id=1, layout={})
            result = await client.crm.timeline.layout.blocks.set(entity_type_id=1, entity_id=1, timeline_id=1, layout={})  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLayoutBlocksSetResult",
            self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_SET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                    "layout": layout,
                },
            ),
        )


class AsyncCrmTimelineLayoutBlocks(Namespace):
    """Methods under ``crm.timeline.layout.blocks`` (async)."""

    __slots__ = ()

    async def delete(
        self, *, entity_type_id: int, entity_id: int, timeline_id: int
    ) -> CrmTimelineLayoutBlocksDeleteResult:
        """Remove the extra content blocks your app added to a timeline record.

        REST method: ``crm.timeline.layout.blocks.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-delete.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.

        Returns:
            CrmTimelineLayoutBlocksDeleteResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.layout.blocks.delete(entity_type_id=1, entity_id=1, timeline_id=1)
            result = await client.crm.timeline.layout.blocks.delete(entity_type_id=1, entity_id=1, timeline_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLayoutBlocksDeleteResult",
            await self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_DELETE,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                },
            ),
        )

    async def get(
        self, *, entity_type_id: int, entity_id: int, timeline_id: int
    ) -> CrmTimelineLayoutBlocksGetResult:
        """Read the extra content blocks your app added to a timeline record.

        REST method: ``crm.timeline.layout.blocks.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-get.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.

        Returns:
            CrmTimelineLayoutBlocksGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.layout.blocks.get(entity_type_id=1, entity_id=1, timeline_id=1)
            result = await client.crm.timeline.layout.blocks.get(entity_type_id=1, entity_id=1, timeline_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLayoutBlocksGetResult",
            await self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_GET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                },
            ),
        )

    async def set(
        self,
        *,
        entity_type_id: int,
        entity_id: int,
        timeline_id: int,
        layout: dict[str, Any],
    ) -> CrmTimelineLayoutBlocksSetResult:
        """Add or replace your app's extra content blocks on a timeline record.

        A new set replaces the set this app added before. Activities (use crm.activity.layout.blocks.*) and log messages cannot carry these blocks.

        REST method: ``crm.timeline.layout.blocks.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-set.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.
            layout: Content blocks to show, as a RestAppLayoutDto object.

        Returns:
            CrmTimelineLayoutBlocksSetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.layout.blocks.set(entity_type_id=1, entity_id=1, timeline_id=1, layout={})
            result = await client.crm.timeline.layout.blocks.set(entity_type_id=1, entity_id=1, timeline_id=1, layout={})  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLayoutBlocksSetResult",
            await self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_SET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                    "layout": layout,
                },
            ),
        )


class BatchCrmTimelineLayoutBlocks(Namespace):
    """Methods under ``crm.timeline.layout.blocks`` (queued into a batch)."""

    __slots__ = ()

    def delete(
        self, *, entity_type_id: int | Ref, entity_id: int | Ref, timeline_id: int | Ref
    ) -> BatchCommand[CrmTimelineLayoutBlocksDeleteResult]:
        """Remove the extra content blocks your app added to a timeline record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.layout.blocks.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-delete.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.

        Returns:
            BatchCommand[CrmTimelineLayoutBlocksDeleteResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.layout.blocks.delete(entity_type_id=1, entity_id=1, timeline_id=1)
        """
        return cast(
            "BatchCommand[CrmTimelineLayoutBlocksDeleteResult]",
            self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_DELETE,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                },
            ),
        )

    def get(
        self, *, entity_type_id: int | Ref, entity_id: int | Ref, timeline_id: int | Ref
    ) -> BatchCommand[CrmTimelineLayoutBlocksGetResult]:
        """Read the extra content blocks your app added to a timeline record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.layout.blocks.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-get.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.

        Returns:
            BatchCommand[CrmTimelineLayoutBlocksGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.layout.blocks.get(entity_type_id=1, entity_id=1, timeline_id=1)
        """
        return cast(
            "BatchCommand[CrmTimelineLayoutBlocksGetResult]",
            self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_GET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                },
            ),
        )

    def set(
        self,
        *,
        entity_type_id: int | Ref,
        entity_id: int | Ref,
        timeline_id: int | Ref,
        layout: dict[str, Any] | Ref,
    ) -> BatchCommand[CrmTimelineLayoutBlocksSetResult]:
        """Add or replace your app's extra content blocks on a timeline record.

        A new set replaces the set this app added before. Activities (use crm.activity.layout.blocks.*) and log messages cannot carry these blocks.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.layout.blocks.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-set.html

        Args:
            entity_type_id: Numeric CRM type of the item the timeline record belongs to. Wire name: ``entityTypeId``.
            entity_id: ID of that item. Wire name: ``entityId``.
            timeline_id: ID of the timeline record. Wire name: ``timelineId``.
            layout: Content blocks to show, as a RestAppLayoutDto object.

        Returns:
            BatchCommand[CrmTimelineLayoutBlocksSetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.layout.blocks.set(entity_type_id=1, entity_id=1, timeline_id=1, layout={})
        """
        return cast(
            "BatchCommand[CrmTimelineLayoutBlocksSetResult]",
            self._backend._invoke(
                _CRM_TIMELINE_LAYOUT_BLOCKS_SET,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "timelineId": timeline_id,
                    "layout": layout,
                },
            ),
        )


class CrmTimelineLogmessage(Namespace):
    """Methods under ``crm.timeline.logmessage``."""

    __slots__ = ()

    def add(
        self, *, fields: CrmTimelineLogmessageAddFields
    ) -> CrmTimelineLogmessageAddResult:
        """Write an informational log message into the timeline of a CRM item.

        Needs the right to change the CRM item.

        REST method: ``crm.timeline.logmessage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-add.html

        Args:
            fields: The message to write.

        Returns:
            CrmTimelineLogmessageAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logmessage.add(fields={"entityTypeId": 1, "entityId": 1, "title": "Kick-off call", "text": "Please call back after 3 pm.", "iconCode": "example_code"})
            result = await client.crm.timeline.logmessage.add(fields={"entityTypeId": 1, "entityId": 1, "title": "Kick-off call", "text": "Please call back after 3 pm.", "iconCode": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogmessageAddResult",
            self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a log message from a CRM timeline.

        Works only in the context of the app that created the message.

        REST method: ``crm.timeline.logmessage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-delete.html

        Args:
            id: ID of the log message.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logmessage.delete(id=1)
            result = await client.crm.timeline.logmessage.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> CrmTimelineLogmessageGetResult:
        """Read one timeline log message: title, text and icon.

        REST method: ``crm.timeline.logmessage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-get.html

        Args:
            id: ID of the log message.

        Returns:
            CrmTimelineLogmessageGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.timeline.logmessage.get(id=1)
            result = await client.crm.timeline.logmessage.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogmessageGetResult",
            self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        entity_type_id: int,
        entity_id: int,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmTimelineLogmessage]:
        """List the log messages in the timeline of a CRM item.

        Returns only messages written with crm.timeline.logmessage.add (by any app), not system records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.logmessage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-list.html

        Args:
            entity_type_id: Numeric CRM type of the item. Wire name: ``entityTypeId``.
            entity_id: ID of the item. Wire name: ``entityId``.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmTimelineLogmessage]

        Example:
            result = client.crm.timeline.logmessage.list(entity_type_id=1, entity_id=1)
            result = await client.crm.timeline.logmessage.list(entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmTimelineLogmessage]",
            self._backend._invoke_page(
                _CRM_TIMELINE_LOGMESSAGE_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "order": order,
                    "start": start,
                },
            ),
        )


class AsyncCrmTimelineLogmessage(Namespace):
    """Methods under ``crm.timeline.logmessage`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CrmTimelineLogmessageAddFields
    ) -> CrmTimelineLogmessageAddResult:
        """Write an informational log message into the timeline of a CRM item.

        Needs the right to change the CRM item.

        REST method: ``crm.timeline.logmessage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-add.html

        Args:
            fields: The message to write.

        Returns:
            CrmTimelineLogmessageAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logmessage.add(fields={"entityTypeId": 1, "entityId": 1, "title": "Kick-off call", "text": "Please call back after 3 pm.", "iconCode": "example_code"})
            result = await client.crm.timeline.logmessage.add(fields={"entityTypeId": 1, "entityId": 1, "title": "Kick-off call", "text": "Please call back after 3 pm.", "iconCode": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogmessageAddResult",
            await self._backend._invoke(
                _CRM_TIMELINE_LOGMESSAGE_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a log message from a CRM timeline.

        Works only in the context of the app that created the message.

        REST method: ``crm.timeline.logmessage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-delete.html

        Args:
            id: ID of the log message.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logmessage.delete(id=1)
            result = await client.crm.timeline.logmessage.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> CrmTimelineLogmessageGetResult:
        """Read one timeline log message: title, text and icon.

        REST method: ``crm.timeline.logmessage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-get.html

        Args:
            id: ID of the log message.

        Returns:
            CrmTimelineLogmessageGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.timeline.logmessage.get(id=1)
            result = await client.crm.timeline.logmessage.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogmessageGetResult",
            await self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        entity_type_id: int,
        entity_id: int,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmTimelineLogmessage]:
        """List the log messages in the timeline of a CRM item.

        Returns only messages written with crm.timeline.logmessage.add (by any app), not system records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.logmessage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-list.html

        Args:
            entity_type_id: Numeric CRM type of the item. Wire name: ``entityTypeId``.
            entity_id: ID of the item. Wire name: ``entityId``.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmTimelineLogmessage]

        Example:
            result = client.crm.timeline.logmessage.list(entity_type_id=1, entity_id=1)
            result = await client.crm.timeline.logmessage.list(entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmTimelineLogmessage]",
            await self._backend._invoke_page(
                _CRM_TIMELINE_LOGMESSAGE_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "order": order,
                    "start": start,
                },
            ),
        )


class BatchCrmTimelineLogmessage(Namespace):
    """Methods under ``crm.timeline.logmessage`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmTimelineLogmessageAddFields | Ref
    ) -> BatchCommand[CrmTimelineLogmessageAddResult]:
        """Write an informational log message into the timeline of a CRM item.

        Needs the right to change the CRM item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logmessage.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-add.html

        Args:
            fields: The message to write.

        Returns:
            BatchCommand[CrmTimelineLogmessageAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.logmessage.add(fields={"entityTypeId": 1, "entityId": 1, "title": "Kick-off call", "text": "Please call back after 3 pm.", "iconCode": "example_code"})
        """
        return cast(
            "BatchCommand[CrmTimelineLogmessageAddResult]",
            self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a log message from a CRM timeline.

        Works only in the context of the app that created the message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logmessage.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-delete.html

        Args:
            id: ID of the log message.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.logmessage.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CrmTimelineLogmessageGetResult]:
        """Read one timeline log message: title, text and icon.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logmessage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-get.html

        Args:
            id: ID of the log message.

        Returns:
            BatchCommand[CrmTimelineLogmessageGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.crm.timeline.logmessage.get(id=1)
        """
        return cast(
            "BatchCommand[CrmTimelineLogmessageGetResult]",
            self._backend._invoke(_CRM_TIMELINE_LOGMESSAGE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        entity_type_id: int | Ref,
        entity_id: int | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmTimelineLogmessage]]:
        """List the log messages in the timeline of a CRM item.

        Returns only messages written with crm.timeline.logmessage.add (by any app), not system records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logmessage.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-list.html

        Args:
            entity_type_id: Numeric CRM type of the item. Wire name: ``entityTypeId``.
            entity_id: ID of the item. Wire name: ``entityId``.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmTimelineLogmessage]]

        Example:
            command = batch.crm.timeline.logmessage.list(entity_type_id=1, entity_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CrmTimelineLogmessage]]",
            self._backend._invoke_page(
                _CRM_TIMELINE_LOGMESSAGE_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "order": order,
                    "start": start,
                },
            ),
        )


class CrmTimelineLogo(Namespace):
    """Methods under ``crm.timeline.logo``."""

    __slots__ = ()

    def add(self, *, code: str, file_content: str) -> CrmTimelineLogoAddResult:
        """Upload a custom logo that marks timeline log messages.

        Only an administrator can add or delete logos.

        REST method: ``crm.timeline.logo.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-add.html

        Args:
            code: Code of the logo, such as "info".
            file_content: Base64 PNG image, 60x60 pixels, transparent background. Wire name: ``fileContent``.

        Returns:
            CrmTimelineLogoAddResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logo.add(code="example_code", file_content="example")
            result = await client.crm.timeline.logo.add(code="example_code", file_content="example")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogoAddResult",
            self._backend._invoke(
                _CRM_TIMELINE_LOGO_ADD, {"code": code, "fileContent": file_content}
            ),
        )

    def delete(self, *, code: str) -> bool:
        """Remove a custom logo of timeline log messages.

        Only an administrator can delete logos.

        REST method: ``crm.timeline.logo.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-delete.html

        Args:
            code: Code of the logo, such as "info".

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logo.delete(code="example_code")
            result = await client.crm.timeline.logo.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_TIMELINE_LOGO_DELETE, {"code": code})
        )

    def get(self, *, code: str) -> CrmTimelineLogoGetResult:
        """Read one timeline logo: its code and image link.

        REST method: ``crm.timeline.logo.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-get.html

        Args:
            code: Code of the logo, such as "info".

        Returns:
            CrmTimelineLogoGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.timeline.logo.get(code="example_code")
            result = await client.crm.timeline.logo.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogoGetResult",
            self._backend._invoke(_CRM_TIMELINE_LOGO_GET, {"code": code}),
        )

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> Page[_CrmTimelineLogo]:
        """List the logos available for timeline log messages, built-in and uploaded.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.logo.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-list.html

        Args:
            start: Offset for paging; the docs describe the call as taking no parameters.

        Returns:
            Page[CrmTimelineLogo]

        Example:
            result = client.crm.timeline.logo.list()
            result = await client.crm.timeline.logo.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmTimelineLogo]",
            self._backend._invoke_page(_CRM_TIMELINE_LOGO_LIST, {"start": start}),
        )


class AsyncCrmTimelineLogo(Namespace):
    """Methods under ``crm.timeline.logo`` (async)."""

    __slots__ = ()

    async def add(self, *, code: str, file_content: str) -> CrmTimelineLogoAddResult:
        """Upload a custom logo that marks timeline log messages.

        Only an administrator can add or delete logos.

        REST method: ``crm.timeline.logo.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-add.html

        Args:
            code: Code of the logo, such as "info".
            file_content: Base64 PNG image, 60x60 pixels, transparent background. Wire name: ``fileContent``.

        Returns:
            CrmTimelineLogoAddResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logo.add(code="example_code", file_content="example")
            result = await client.crm.timeline.logo.add(code="example_code", file_content="example")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogoAddResult",
            await self._backend._invoke(
                _CRM_TIMELINE_LOGO_ADD, {"code": code, "fileContent": file_content}
            ),
        )

    async def delete(self, *, code: str) -> bool:
        """Remove a custom logo of timeline log messages.

        Only an administrator can delete logos.

        REST method: ``crm.timeline.logo.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-delete.html

        Args:
            code: Code of the logo, such as "info".

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.logo.delete(code="example_code")
            result = await client.crm.timeline.logo.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_TIMELINE_LOGO_DELETE, {"code": code})
        )

    async def get(self, *, code: str) -> CrmTimelineLogoGetResult:
        """Read one timeline logo: its code and image link.

        REST method: ``crm.timeline.logo.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-get.html

        Args:
            code: Code of the logo, such as "info".

        Returns:
            CrmTimelineLogoGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.timeline.logo.get(code="example_code")
            result = await client.crm.timeline.logo.get(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "CrmTimelineLogoGetResult",
            await self._backend._invoke(_CRM_TIMELINE_LOGO_GET, {"code": code}),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_CrmTimelineLogo]:
        """List the logos available for timeline log messages, built-in and uploaded.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.timeline.logo.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-list.html

        Args:
            start: Offset for paging; the docs describe the call as taking no parameters.

        Returns:
            AsyncPage[CrmTimelineLogo]

        Example:
            result = client.crm.timeline.logo.list()
            result = await client.crm.timeline.logo.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmTimelineLogo]",
            await self._backend._invoke_page(_CRM_TIMELINE_LOGO_LIST, {"start": start}),
        )


class BatchCrmTimelineLogo(Namespace):
    """Methods under ``crm.timeline.logo`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, code: str | Ref, file_content: str | Ref
    ) -> BatchCommand[CrmTimelineLogoAddResult]:
        """Upload a custom logo that marks timeline log messages.

        Only an administrator can add or delete logos.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logo.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-add.html

        Args:
            code: Code of the logo, such as "info".
            file_content: Base64 PNG image, 60x60 pixels, transparent background. Wire name: ``fileContent``.

        Returns:
            BatchCommand[CrmTimelineLogoAddResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.logo.add(code="example_code", file_content="example")
        """
        return cast(
            "BatchCommand[CrmTimelineLogoAddResult]",
            self._backend._invoke(
                _CRM_TIMELINE_LOGO_ADD, {"code": code, "fileContent": file_content}
            ),
        )

    def delete(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove a custom logo of timeline log messages.

        Only an administrator can delete logos.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logo.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-delete.html

        Args:
            code: Code of the logo, such as "info".

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.logo.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_TIMELINE_LOGO_DELETE, {"code": code}),
        )

    def get(self, *, code: str | Ref) -> BatchCommand[CrmTimelineLogoGetResult]:
        """Read one timeline logo: its code and image link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logo.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-get.html

        Args:
            code: Code of the logo, such as "info".

        Returns:
            BatchCommand[CrmTimelineLogoGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.crm.timeline.logo.get(code="example_code")
        """
        return cast(
            "BatchCommand[CrmTimelineLogoGetResult]",
            self._backend._invoke(_CRM_TIMELINE_LOGO_GET, {"code": code}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmTimelineLogo]]:
        """List the logos available for timeline log messages, built-in and uploaded.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.logo.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-list.html

        Args:
            start: Offset for paging; the docs describe the call as taking no parameters.

        Returns:
            BatchCommand[list[CrmTimelineLogo]]

        Example:
            command = batch.crm.timeline.logo.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmTimelineLogo]]",
            self._backend._invoke_page(_CRM_TIMELINE_LOGO_LIST, {"start": start}),
        )


class CrmTimelineNote(Namespace):
    """Methods under ``crm.timeline.note``."""

    __slots__ = ()

    def delete(
        self, *, owner_type_id: int, owner_id: int, item_type: int, item_id: int
    ) -> bool:
        """Remove the note attached to a timeline record or activity.

        REST method: ``crm.timeline.note.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-delete.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.note.delete(owner_type_id=1, owner_id=1, item_type=1, item_id=1)
            result = await client.crm.timeline.note.delete(owner_type_id=1, owner_id=1, item_type=1, item_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_TIMELINE_NOTE_DELETE,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                },
            ),
        )

    def get(
        self, *, owner_type_id: int, owner_id: int, item_type: int, item_id: int
    ) -> _CrmTimelineNote:
        """Read the note attached to a timeline record or activity.

        REST method: ``crm.timeline.note.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-get.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.

        Returns:
            CrmTimelineNote

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.note.get(owner_type_id=1, owner_id=1, item_type=1, item_id=1)
            result = await client.crm.timeline.note.get(owner_type_id=1, owner_id=1, item_type=1, item_id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmTimelineNote",
            self._backend._invoke(
                _CRM_TIMELINE_NOTE_GET,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                },
            ),
        )

    def save(
        self,
        *,
        owner_type_id: int,
        owner_id: int,
        item_type: int,
        item_id: int,
        text: str,
    ) -> bool:
        """Attach or replace a note on a timeline record or activity.

        REST method: ``crm.timeline.note.save``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-save.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.
            text: Text of the note.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.note.save(owner_type_id=1, owner_id=1, item_type=1, item_id=1, text="Please call back after 3 pm.")
            result = await client.crm.timeline.note.save(owner_type_id=1, owner_id=1, item_type=1, item_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_TIMELINE_NOTE_SAVE,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                    "text": text,
                },
            ),
        )


class AsyncCrmTimelineNote(Namespace):
    """Methods under ``crm.timeline.note`` (async)."""

    __slots__ = ()

    async def delete(
        self, *, owner_type_id: int, owner_id: int, item_type: int, item_id: int
    ) -> bool:
        """Remove the note attached to a timeline record or activity.

        REST method: ``crm.timeline.note.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-delete.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.note.delete(owner_type_id=1, owner_id=1, item_type=1, item_id=1)
            result = await client.crm.timeline.note.delete(owner_type_id=1, owner_id=1, item_type=1, item_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_TIMELINE_NOTE_DELETE,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                },
            ),
        )

    async def get(
        self, *, owner_type_id: int, owner_id: int, item_type: int, item_id: int
    ) -> _CrmTimelineNote:
        """Read the note attached to a timeline record or activity.

        REST method: ``crm.timeline.note.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-get.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.

        Returns:
            CrmTimelineNote

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.note.get(owner_type_id=1, owner_id=1, item_type=1, item_id=1)
            result = await client.crm.timeline.note.get(owner_type_id=1, owner_id=1, item_type=1, item_id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmTimelineNote",
            await self._backend._invoke(
                _CRM_TIMELINE_NOTE_GET,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                },
            ),
        )

    async def save(
        self,
        *,
        owner_type_id: int,
        owner_id: int,
        item_type: int,
        item_id: int,
        text: str,
    ) -> bool:
        """Attach or replace a note on a timeline record or activity.

        REST method: ``crm.timeline.note.save``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-save.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.
            text: Text of the note.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.timeline.note.save(owner_type_id=1, owner_id=1, item_type=1, item_id=1, text="Please call back after 3 pm.")
            result = await client.crm.timeline.note.save(owner_type_id=1, owner_id=1, item_type=1, item_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_TIMELINE_NOTE_SAVE,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                    "text": text,
                },
            ),
        )


class BatchCrmTimelineNote(Namespace):
    """Methods under ``crm.timeline.note`` (queued into a batch)."""

    __slots__ = ()

    def delete(
        self,
        *,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        item_type: int | Ref,
        item_id: int | Ref,
    ) -> BatchCommand[bool]:
        """Remove the note attached to a timeline record or activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.note.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-delete.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.note.delete(owner_type_id=1, owner_id=1, item_type=1, item_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_TIMELINE_NOTE_DELETE,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                },
            ),
        )

    def get(
        self,
        *,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        item_type: int | Ref,
        item_id: int | Ref,
    ) -> BatchCommand[_CrmTimelineNote]:
        """Read the note attached to a timeline record or activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.note.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-get.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.

        Returns:
            BatchCommand[CrmTimelineNote]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.note.get(owner_type_id=1, owner_id=1, item_type=1, item_id=1)
        """
        return cast(
            "BatchCommand[_CrmTimelineNote]",
            self._backend._invoke(
                _CRM_TIMELINE_NOTE_GET,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                },
            ),
        )

    def save(
        self,
        *,
        owner_type_id: int | Ref,
        owner_id: int | Ref,
        item_type: int | Ref,
        item_id: int | Ref,
        text: str | Ref,
    ) -> BatchCommand[bool]:
        """Attach or replace a note on a timeline record or activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.timeline.note.save``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-save.html

        Args:
            owner_type_id: Numeric CRM type of the item the record belongs to. Wire name: ``ownerTypeId``.
            owner_id: ID of that item. Wire name: ``ownerId``.
            item_type: Kind of record: 1 history record, 2 activity. Wire name: ``itemType``.
            item_id: ID of the history record or activity. Wire name: ``itemId``.
            text: Text of the note.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.timeline.note.save(owner_type_id=1, owner_id=1, item_type=1, item_id=1, text="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_TIMELINE_NOTE_SAVE,
                {
                    "ownerTypeId": owner_type_id,
                    "ownerId": owner_id,
                    "itemType": item_type,
                    "itemId": item_id,
                    "text": text,
                },
            ),
        )
