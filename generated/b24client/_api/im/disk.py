"""Methods under ``im.disk``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.im import (
        ImDiskFileCommitResult,
        ImDiskFileSaveResult,
        ImDiskFolder as _ImDiskFolder,
    )
else:
    from b24client._core.callsite import deprecated

_IM_DISK_FILE_COMMIT = MethodInfo(
    name="im.disk.file.commit", idempotent=False, returns="any", api=1
)
_IM_DISK_FILE_DELETE = MethodInfo(
    name="im.disk.file.delete", idempotent=False, returns="boolean", api=1
)
_IM_DISK_FILE_SAVE = MethodInfo(
    name="im.disk.file.save", idempotent=False, returns="any", api=1
)
_IM_DISK_FOLDER_GET = MethodInfo(
    name="im.disk.folder.get", idempotent=True, returns="any", api=1
)


class ImDisk(Namespace):
    """Methods under ``im.disk``."""

    __slots__ = ()

    @property
    def file(self) -> ImDiskFile:
        """Methods under ``im.disk.file``."""
        return ImDiskFile(self._backend)

    @property
    def folder(self) -> ImDiskFolder:
        """Methods under ``im.disk.folder``."""
        return ImDiskFolder(self._backend)


class AsyncImDisk(Namespace):
    """Methods under ``im.disk`` (async)."""

    __slots__ = ()

    @property
    def file(self) -> AsyncImDiskFile:
        """Methods under ``im.disk.file``."""
        return AsyncImDiskFile(self._backend)

    @property
    def folder(self) -> AsyncImDiskFolder:
        """Methods under ``im.disk.folder``."""
        return AsyncImDiskFolder(self._backend)


class BatchImDisk(Namespace):
    """Methods under ``im.disk`` (queued into a batch)."""

    __slots__ = ()

    @property
    def file(self) -> BatchImDiskFile:
        """Methods under ``im.disk.file``."""
        return BatchImDiskFile(self._backend)

    @property
    def folder(self) -> BatchImDiskFolder:
        """Methods under ``im.disk.folder``."""
        return BatchImDiskFolder(self._backend)


class ImDiskFile(Namespace):
    """Methods under ``im.disk.file``."""

    __slots__ = ()

    @deprecated(
        "The REST method im.disk.file.commit is deprecated; use im.v2.File.upload instead."
    )
    def commit(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        file_id: Sequence[int] | NotGiven = NOT_GIVEN,
        upload_id: int | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        silent_mode: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        as_file: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> ImDiskFileCommitResult:
        """Post files already on Drive or uploaded into a chat as a message.

        Deprecated; use im.v2.File.upload, which uploads and posts in one call.

        Deprecated: use ``im.v2.File.upload`` instead.

        REST method: ``im.disk.file.commit``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html

        Args:
            chat_id: ID of the chat; required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID ("chatXXX", "sgXXX" or a user ID); required unless CHAT_ID is given. Wire name: ``DIALOG_ID``.
            file_id: IDs of files already on Drive; required unless UPLOAD_ID is given. Wire name: ``FILE_ID``.
            upload_id: IDs of files uploaded to the chat folder; required unless FILE_ID is given. Wire name: ``UPLOAD_ID``.
            message: Text posted with the files. Wire name: ``MESSAGE``.
            silent_mode: For open channel chats: "Y" notifies the client, "N" does not. Wire name: ``SILENT_MODE``.
            as_file: \"Y" sends images as files without compression; only with UPLOAD_ID. Wire name: ``AS_FILE``.

        Returns:
            ImDiskFileCommitResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.disk.file.commit(chat_id=1, file_id=[1])
            result = await client.im.disk.file.commit(chat_id=1, file_id=[1])  # AsyncBitrix24
        """
        require_one_of(
            _IM_DISK_FILE_COMMIT,
            {"chat_id": chat_id, "file_id": file_id},
            {"chat_id": chat_id, "upload_id": upload_id},
            {"dialog_id": dialog_id, "file_id": file_id},
            {"dialog_id": dialog_id, "upload_id": upload_id},
        )
        return cast(
            "ImDiskFileCommitResult",
            self._backend._invoke(
                _IM_DISK_FILE_COMMIT,
                {
                    "CHAT_ID": chat_id,
                    "DIALOG_ID": dialog_id,
                    "FILE_ID": file_id,
                    "UPLOAD_ID": upload_id,
                    "MESSAGE": message,
                    "SILENT_MODE": silent_mode,
                    "AS_FILE": as_file,
                },
            ),
        )

    def delete(self, *, chat_id: int, file_id: int) -> bool:
        """Remove a file the current user posted in a chat.

        Returns true but deletes nothing when the caller is a chat member who did not post the file.

        REST method: ``im.disk.file.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            file_id: ID of the file to remove. Wire name: ``FILE_ID``.

        Returns:
            bool

        Example:
            result = client.im.disk.file.delete(chat_id=1, file_id=1)
            result = await client.im.disk.file.delete(chat_id=1, file_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_DISK_FILE_DELETE, {"CHAT_ID": chat_id, "FILE_ID": file_id}
            ),
        )

    def save(self, *, file_id: int) -> ImDiskFileSaveResult:
        """Copy a chat file to the current user's personal Drive ("Saved files").

        REST method: ``im.disk.file.save``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html

        Args:
            file_id: ID of the chat file to save. Wire name: ``FILE_ID``.

        Returns:
            ImDiskFileSaveResult

        Example:
            result = client.im.disk.file.save(file_id=1)
            result = await client.im.disk.file.save(file_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImDiskFileSaveResult",
            self._backend._invoke(_IM_DISK_FILE_SAVE, {"FILE_ID": file_id}),
        )


class AsyncImDiskFile(Namespace):
    """Methods under ``im.disk.file`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method im.disk.file.commit is deprecated; use im.v2.File.upload instead."
    )
    async def commit(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        file_id: Sequence[int] | NotGiven = NOT_GIVEN,
        upload_id: int | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        silent_mode: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        as_file: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> ImDiskFileCommitResult:
        """Post files already on Drive or uploaded into a chat as a message.

        Deprecated; use im.v2.File.upload, which uploads and posts in one call.

        Deprecated: use ``im.v2.File.upload`` instead.

        REST method: ``im.disk.file.commit``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html

        Args:
            chat_id: ID of the chat; required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID ("chatXXX", "sgXXX" or a user ID); required unless CHAT_ID is given. Wire name: ``DIALOG_ID``.
            file_id: IDs of files already on Drive; required unless UPLOAD_ID is given. Wire name: ``FILE_ID``.
            upload_id: IDs of files uploaded to the chat folder; required unless FILE_ID is given. Wire name: ``UPLOAD_ID``.
            message: Text posted with the files. Wire name: ``MESSAGE``.
            silent_mode: For open channel chats: "Y" notifies the client, "N" does not. Wire name: ``SILENT_MODE``.
            as_file: \"Y" sends images as files without compression; only with UPLOAD_ID. Wire name: ``AS_FILE``.

        Returns:
            ImDiskFileCommitResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.disk.file.commit(chat_id=1, file_id=[1])
            result = await client.im.disk.file.commit(chat_id=1, file_id=[1])  # AsyncBitrix24
        """
        require_one_of(
            _IM_DISK_FILE_COMMIT,
            {"chat_id": chat_id, "file_id": file_id},
            {"chat_id": chat_id, "upload_id": upload_id},
            {"dialog_id": dialog_id, "file_id": file_id},
            {"dialog_id": dialog_id, "upload_id": upload_id},
        )
        return cast(
            "ImDiskFileCommitResult",
            await self._backend._invoke(
                _IM_DISK_FILE_COMMIT,
                {
                    "CHAT_ID": chat_id,
                    "DIALOG_ID": dialog_id,
                    "FILE_ID": file_id,
                    "UPLOAD_ID": upload_id,
                    "MESSAGE": message,
                    "SILENT_MODE": silent_mode,
                    "AS_FILE": as_file,
                },
            ),
        )

    async def delete(self, *, chat_id: int, file_id: int) -> bool:
        """Remove a file the current user posted in a chat.

        Returns true but deletes nothing when the caller is a chat member who did not post the file.

        REST method: ``im.disk.file.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            file_id: ID of the file to remove. Wire name: ``FILE_ID``.

        Returns:
            bool

        Example:
            result = client.im.disk.file.delete(chat_id=1, file_id=1)
            result = await client.im.disk.file.delete(chat_id=1, file_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_DISK_FILE_DELETE, {"CHAT_ID": chat_id, "FILE_ID": file_id}
            ),
        )

    async def save(self, *, file_id: int) -> ImDiskFileSaveResult:
        """Copy a chat file to the current user's personal Drive ("Saved files").

        REST method: ``im.disk.file.save``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html

        Args:
            file_id: ID of the chat file to save. Wire name: ``FILE_ID``.

        Returns:
            ImDiskFileSaveResult

        Example:
            result = client.im.disk.file.save(file_id=1)
            result = await client.im.disk.file.save(file_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImDiskFileSaveResult",
            await self._backend._invoke(_IM_DISK_FILE_SAVE, {"FILE_ID": file_id}),
        )


class BatchImDiskFile(Namespace):
    """Methods under ``im.disk.file`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method im.disk.file.commit is deprecated; use im.v2.File.upload instead."
    )
    def commit(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        file_id: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        upload_id: int | Ref | NotGiven = NOT_GIVEN,
        message: str | Ref | NotGiven = NOT_GIVEN,
        silent_mode: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        as_file: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImDiskFileCommitResult]:
        """Post files already on Drive or uploaded into a chat as a message.

        Deprecated; use im.v2.File.upload, which uploads and posts in one call.

        Deprecated: use ``im.v2.File.upload`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.disk.file.commit``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html

        Args:
            chat_id: ID of the chat; required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID ("chatXXX", "sgXXX" or a user ID); required unless CHAT_ID is given. Wire name: ``DIALOG_ID``.
            file_id: IDs of files already on Drive; required unless UPLOAD_ID is given. Wire name: ``FILE_ID``.
            upload_id: IDs of files uploaded to the chat folder; required unless FILE_ID is given. Wire name: ``UPLOAD_ID``.
            message: Text posted with the files. Wire name: ``MESSAGE``.
            silent_mode: For open channel chats: "Y" notifies the client, "N" does not. Wire name: ``SILENT_MODE``.
            as_file: \"Y" sends images as files without compression; only with UPLOAD_ID. Wire name: ``AS_FILE``.

        Returns:
            BatchCommand[ImDiskFileCommitResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.disk.file.commit(chat_id=1, file_id=[1])
        """
        require_one_of(
            _IM_DISK_FILE_COMMIT,
            {"chat_id": chat_id, "file_id": file_id},
            {"chat_id": chat_id, "upload_id": upload_id},
            {"dialog_id": dialog_id, "file_id": file_id},
            {"dialog_id": dialog_id, "upload_id": upload_id},
        )
        return cast(
            "BatchCommand[ImDiskFileCommitResult]",
            self._backend._invoke(
                _IM_DISK_FILE_COMMIT,
                {
                    "CHAT_ID": chat_id,
                    "DIALOG_ID": dialog_id,
                    "FILE_ID": file_id,
                    "UPLOAD_ID": upload_id,
                    "MESSAGE": message,
                    "SILENT_MODE": silent_mode,
                    "AS_FILE": as_file,
                },
            ),
        )

    def delete(self, *, chat_id: int | Ref, file_id: int | Ref) -> BatchCommand[bool]:
        """Remove a file the current user posted in a chat.

        Returns true but deletes nothing when the caller is a chat member who did not post the file.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.disk.file.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            file_id: ID of the file to remove. Wire name: ``FILE_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.disk.file.delete(chat_id=1, file_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_DISK_FILE_DELETE, {"CHAT_ID": chat_id, "FILE_ID": file_id}
            ),
        )

    def save(self, *, file_id: int | Ref) -> BatchCommand[ImDiskFileSaveResult]:
        """Copy a chat file to the current user's personal Drive ("Saved files").

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.disk.file.save``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html

        Args:
            file_id: ID of the chat file to save. Wire name: ``FILE_ID``.

        Returns:
            BatchCommand[ImDiskFileSaveResult]

        Example:
            command = batch.im.disk.file.save(file_id=1)
        """
        return cast(
            "BatchCommand[ImDiskFileSaveResult]",
            self._backend._invoke(_IM_DISK_FILE_SAVE, {"FILE_ID": file_id}),
        )


class ImDiskFolder(Namespace):
    """Methods under ``im.disk.folder``."""

    __slots__ = ()

    @deprecated(
        "The REST method im.disk.folder.get is deprecated; use im.v2.File.upload instead."
    )
    def get(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
    ) -> _ImDiskFolder:
        """Return the ID of the Drive folder where a chat keeps its files.

        Deprecated; im.v2.File.upload no longer needs the folder.

        Deprecated: use ``im.v2.File.upload`` instead.

        REST method: ``im.disk.folder.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html

        Args:
            chat_id: ID of the chat; required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID as "chatXXX"; required unless CHAT_ID is given. Wire name: ``DIALOG_ID``.

        Returns:
            ImDiskFolder

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.disk.folder.get(chat_id=1)
            result = await client.im.disk.folder.get(chat_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _IM_DISK_FOLDER_GET, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "_ImDiskFolder",
            self._backend._invoke(
                _IM_DISK_FOLDER_GET, {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id}
            ),
        )


class AsyncImDiskFolder(Namespace):
    """Methods under ``im.disk.folder`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method im.disk.folder.get is deprecated; use im.v2.File.upload instead."
    )
    async def get(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
    ) -> _ImDiskFolder:
        """Return the ID of the Drive folder where a chat keeps its files.

        Deprecated; im.v2.File.upload no longer needs the folder.

        Deprecated: use ``im.v2.File.upload`` instead.

        REST method: ``im.disk.folder.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html

        Args:
            chat_id: ID of the chat; required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID as "chatXXX"; required unless CHAT_ID is given. Wire name: ``DIALOG_ID``.

        Returns:
            ImDiskFolder

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.disk.folder.get(chat_id=1)
            result = await client.im.disk.folder.get(chat_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _IM_DISK_FOLDER_GET, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "_ImDiskFolder",
            await self._backend._invoke(
                _IM_DISK_FOLDER_GET, {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id}
            ),
        )


class BatchImDiskFolder(Namespace):
    """Methods under ``im.disk.folder`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method im.disk.folder.get is deprecated; use im.v2.File.upload instead."
    )
    def get(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImDiskFolder]:
        """Return the ID of the Drive folder where a chat keeps its files.

        Deprecated; im.v2.File.upload no longer needs the folder.

        Deprecated: use ``im.v2.File.upload`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.disk.folder.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html

        Args:
            chat_id: ID of the chat; required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID as "chatXXX"; required unless CHAT_ID is given. Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[ImDiskFolder]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.disk.folder.get(chat_id=1)
        """
        require_one_of(
            _IM_DISK_FOLDER_GET, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "BatchCommand[_ImDiskFolder]",
            self._backend._invoke(
                _IM_DISK_FOLDER_GET, {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id}
            ),
        )
