"""Methods under ``im.v2``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.im import (
        ImV2Event as _ImV2Event,
        ImV2FileDownloadResult,
        ImV2FileUploadFields,
        ImV2FileUploadResult,
    )

_IM_V2_EVENT_GET = MethodInfo(
    name="im.v2.Event.get", idempotent=True, returns="any", api=1
)
_IM_V2_EVENT_SUBSCRIBE = MethodInfo(
    name="im.v2.Event.subscribe", idempotent=False, returns="boolean", api=1
)
_IM_V2_EVENT_UNSUBSCRIBE = MethodInfo(
    name="im.v2.Event.unsubscribe", idempotent=False, returns="boolean", api=1
)
_IM_V2_FILE_DOWNLOAD = MethodInfo(
    name="im.v2.File.download", idempotent=False, returns="any", api=1
)
_IM_V2_FILE_UPLOAD = MethodInfo(
    name="im.v2.File.upload", idempotent=False, returns="any", api=1
)


class ImV2(Namespace):
    """Methods under ``im.v2``."""

    __slots__ = ()

    @property
    def event(self) -> ImV2Event:
        """Methods under ``im.v2.Event``."""
        return ImV2Event(self._backend)

    @property
    def file(self) -> ImV2File:
        """Methods under ``im.v2.File``."""
        return ImV2File(self._backend)


class AsyncImV2(Namespace):
    """Methods under ``im.v2`` (async)."""

    __slots__ = ()

    @property
    def event(self) -> AsyncImV2Event:
        """Methods under ``im.v2.Event``."""
        return AsyncImV2Event(self._backend)

    @property
    def file(self) -> AsyncImV2File:
        """Methods under ``im.v2.File``."""
        return AsyncImV2File(self._backend)


class BatchImV2(Namespace):
    """Methods under ``im.v2`` (queued into a batch)."""

    __slots__ = ()

    @property
    def event(self) -> BatchImV2Event:
        """Methods under ``im.v2.Event``."""
        return BatchImV2Event(self._backend)

    @property
    def file(self) -> BatchImV2File:
        """Methods under ``im.v2.File``."""
        return BatchImV2File(self._backend)


class ImV2Event(Namespace):
    """Methods under ``im.v2.Event``."""

    __slots__ = ()

    def get(
        self, *, offset: int | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN
    ) -> _ImV2Event:
        """Poll messenger events recorded for the current user.

        The user must first call im.v2.Event.subscribe. Pass nextOffset back to confirm the events you processed.

        REST method: ``im.v2.Event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-get.html

        Args:
            offset: Confirms processed events and returns those from this offset; pass nextOffset of the previous reply.
            limit: Maximum number of events to return (1 to 1000, default 100).

        Returns:
            ImV2Event

        Example:
            result = client.im.v2.event.get()
            result = await client.im.v2.event.get()  # AsyncBitrix24
        """
        return cast(
            "_ImV2Event",
            self._backend._invoke(_IM_V2_EVENT_GET, {"offset": offset, "limit": limit}),
        )

    def subscribe(self) -> bool:
        """Start recording messenger events for the current user to poll.

        REST method: ``im.v2.Event.subscribe``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-subscribe.html

        Returns:
            bool

        Example:
            result = client.im.v2.event.subscribe()
            result = await client.im.v2.event.subscribe()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_IM_V2_EVENT_SUBSCRIBE, {}))

    def unsubscribe(self) -> bool:
        """Stop recording messenger events for the current user.

        REST method: ``im.v2.Event.unsubscribe``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-unsubscribe.html

        Returns:
            bool

        Example:
            result = client.im.v2.event.unsubscribe()
            result = await client.im.v2.event.unsubscribe()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_IM_V2_EVENT_UNSUBSCRIBE, {}))


class AsyncImV2Event(Namespace):
    """Methods under ``im.v2.Event`` (async)."""

    __slots__ = ()

    async def get(
        self, *, offset: int | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN
    ) -> _ImV2Event:
        """Poll messenger events recorded for the current user.

        The user must first call im.v2.Event.subscribe. Pass nextOffset back to confirm the events you processed.

        REST method: ``im.v2.Event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-get.html

        Args:
            offset: Confirms processed events and returns those from this offset; pass nextOffset of the previous reply.
            limit: Maximum number of events to return (1 to 1000, default 100).

        Returns:
            ImV2Event

        Example:
            result = client.im.v2.event.get()
            result = await client.im.v2.event.get()  # AsyncBitrix24
        """
        return cast(
            "_ImV2Event",
            await self._backend._invoke(
                _IM_V2_EVENT_GET, {"offset": offset, "limit": limit}
            ),
        )

    async def subscribe(self) -> bool:
        """Start recording messenger events for the current user to poll.

        REST method: ``im.v2.Event.subscribe``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-subscribe.html

        Returns:
            bool

        Example:
            result = client.im.v2.event.subscribe()
            result = await client.im.v2.event.subscribe()  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_IM_V2_EVENT_SUBSCRIBE, {}))

    async def unsubscribe(self) -> bool:
        """Stop recording messenger events for the current user.

        REST method: ``im.v2.Event.unsubscribe``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-unsubscribe.html

        Returns:
            bool

        Example:
            result = client.im.v2.event.unsubscribe()
            result = await client.im.v2.event.unsubscribe()  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_IM_V2_EVENT_UNSUBSCRIBE, {}))


class BatchImV2Event(Namespace):
    """Methods under ``im.v2.Event`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImV2Event]:
        """Poll messenger events recorded for the current user.

        The user must first call im.v2.Event.subscribe. Pass nextOffset back to confirm the events you processed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.v2.Event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-get.html

        Args:
            offset: Confirms processed events and returns those from this offset; pass nextOffset of the previous reply.
            limit: Maximum number of events to return (1 to 1000, default 100).

        Returns:
            BatchCommand[ImV2Event]

        Example:
            command = batch.im.v2.event.get()
        """
        return cast(
            "BatchCommand[_ImV2Event]",
            self._backend._invoke(_IM_V2_EVENT_GET, {"offset": offset, "limit": limit}),
        )

    def subscribe(self) -> BatchCommand[bool]:
        """Start recording messenger events for the current user to poll.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.v2.Event.subscribe``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-subscribe.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.v2.event.subscribe()
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_IM_V2_EVENT_SUBSCRIBE, {})
        )

    def unsubscribe(self) -> BatchCommand[bool]:
        """Stop recording messenger events for the current user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.v2.Event.unsubscribe``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/event-unsubscribe.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.v2.event.unsubscribe()
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_IM_V2_EVENT_UNSUBSCRIBE, {})
        )


class ImV2File(Namespace):
    """Methods under ``im.v2.File``."""

    __slots__ = ()

    def download(self, *, dialog_id: str, file_id: int) -> ImV2FileDownloadResult:
        """Get a download link for a file posted in a chat.

        REST method: ``im.v2.File.download``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/files/file-download.html

        Args:
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            file_id: ID of the file on Drive, as returned by im.v2.File.upload. Wire name: ``fileId``.

        Returns:
            ImV2FileDownloadResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.v2.file.download(dialog_id="1", file_id=1)
            result = await client.im.v2.file.download(dialog_id="1", file_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImV2FileDownloadResult",
            self._backend._invoke(
                _IM_V2_FILE_DOWNLOAD, {"dialogId": dialog_id, "fileId": file_id}
            ),
        )

    def upload(
        self, *, dialog_id: str, fields: ImV2FileUploadFields
    ) -> ImV2FileUploadResult:
        """Upload a base64 file into a chat and post it as a message in one call.

        Replaces the old folder/upload/commit sequence. The file content is limited to 100 MB.

        REST method: ``im.v2.File.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/files/file-upload.html

        Args:
            dialog_id: Dialog to post to: "chat{chatId}" for a group chat, a user ID for a private one. Wire name: ``dialogId``.
            fields: File and message data.

        Returns:
            ImV2FileUploadResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.v2.file.upload(dialog_id="1", fields={"name": "Anna", "content": "example"})
            result = await client.im.v2.file.upload(dialog_id="1", fields={"name": "Anna", "content": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImV2FileUploadResult",
            self._backend._invoke(
                _IM_V2_FILE_UPLOAD, {"dialogId": dialog_id, "fields": fields}
            ),
        )


class AsyncImV2File(Namespace):
    """Methods under ``im.v2.File`` (async)."""

    __slots__ = ()

    async def download(self, *, dialog_id: str, file_id: int) -> ImV2FileDownloadResult:
        """Get a download link for a file posted in a chat.

        REST method: ``im.v2.File.download``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/files/file-download.html

        Args:
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            file_id: ID of the file on Drive, as returned by im.v2.File.upload. Wire name: ``fileId``.

        Returns:
            ImV2FileDownloadResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.v2.file.download(dialog_id="1", file_id=1)
            result = await client.im.v2.file.download(dialog_id="1", file_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImV2FileDownloadResult",
            await self._backend._invoke(
                _IM_V2_FILE_DOWNLOAD, {"dialogId": dialog_id, "fileId": file_id}
            ),
        )

    async def upload(
        self, *, dialog_id: str, fields: ImV2FileUploadFields
    ) -> ImV2FileUploadResult:
        """Upload a base64 file into a chat and post it as a message in one call.

        Replaces the old folder/upload/commit sequence. The file content is limited to 100 MB.

        REST method: ``im.v2.File.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/files/file-upload.html

        Args:
            dialog_id: Dialog to post to: "chat{chatId}" for a group chat, a user ID for a private one. Wire name: ``dialogId``.
            fields: File and message data.

        Returns:
            ImV2FileUploadResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.v2.file.upload(dialog_id="1", fields={"name": "Anna", "content": "example"})
            result = await client.im.v2.file.upload(dialog_id="1", fields={"name": "Anna", "content": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImV2FileUploadResult",
            await self._backend._invoke(
                _IM_V2_FILE_UPLOAD, {"dialogId": dialog_id, "fields": fields}
            ),
        )


class BatchImV2File(Namespace):
    """Methods under ``im.v2.File`` (queued into a batch)."""

    __slots__ = ()

    def download(
        self, *, dialog_id: str | Ref, file_id: int | Ref
    ) -> BatchCommand[ImV2FileDownloadResult]:
        """Get a download link for a file posted in a chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.v2.File.download``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/files/file-download.html

        Args:
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            file_id: ID of the file on Drive, as returned by im.v2.File.upload. Wire name: ``fileId``.

        Returns:
            BatchCommand[ImV2FileDownloadResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.im.v2.file.download(dialog_id="1", file_id=1)
        """
        return cast(
            "BatchCommand[ImV2FileDownloadResult]",
            self._backend._invoke(
                _IM_V2_FILE_DOWNLOAD, {"dialogId": dialog_id, "fileId": file_id}
            ),
        )

    def upload(
        self, *, dialog_id: str | Ref, fields: ImV2FileUploadFields | Ref
    ) -> BatchCommand[ImV2FileUploadResult]:
        """Upload a base64 file into a chat and post it as a message in one call.

        Replaces the old folder/upload/commit sequence. The file content is limited to 100 MB.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.v2.File.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/files/file-upload.html

        Args:
            dialog_id: Dialog to post to: "chat{chatId}" for a group chat, a user ID for a private one. Wire name: ``dialogId``.
            fields: File and message data.

        Returns:
            BatchCommand[ImV2FileUploadResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.im.v2.file.upload(dialog_id="1", fields={"name": "Anna", "content": "example"})
        """
        return cast(
            "BatchCommand[ImV2FileUploadResult]",
            self._backend._invoke(
                _IM_V2_FILE_UPLOAD, {"dialogId": dialog_id, "fields": fields}
            ),
        )
