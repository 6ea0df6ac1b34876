"""Methods under ``im.user``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.im import ImUser as _ImUser, ImUserList as _ImUserList

_IM_USER_GET = MethodInfo(name="im.user.get", idempotent=True, returns="any", api=1)
_IM_USER_LIST_GET = MethodInfo(
    name="im.user.list.get", idempotent=True, returns="any", api=1
)
_IM_USER_STATUS_GET = MethodInfo(
    name="im.user.status.get", idempotent=True, returns="string", api=1
)
_IM_USER_STATUS_SET = MethodInfo(
    name="im.user.status.set", idempotent=False, returns="boolean", api=1
)
_IM_USER_STATUS_IDLE_END = MethodInfo(
    name="im.user.status.idle.end", idempotent=False, returns="boolean", api=1
)
_IM_USER_STATUS_IDLE_START = MethodInfo(
    name="im.user.status.idle.start", idempotent=False, returns="boolean", api=1
)


class ImUser(Namespace):
    """Methods under ``im.user``."""

    __slots__ = ()

    @property
    def list(self) -> ImUserList:
        """Methods under ``im.user.list``."""
        return ImUserList(self._backend)

    @property
    def status(self) -> ImUserStatus:
        """Methods under ``im.user.status``."""
        return ImUserStatus(self._backend)

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, avatar_hr: bool | NotGiven = NOT_GIVEN
    ) -> _ImUser:
        """Return chat profile data of the current user or of a given user.

        REST method: ``im.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html

        Args:
            id: ID of the user; the current user when omitted. Wire name: ``ID``.
            avatar_hr: \"Y" adds avatar_hr, the high-resolution avatar URL. Wire name: ``AVATAR_HR``.

        Returns:
            ImUser

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.user.get()
            result = await client.im.user.get()  # AsyncBitrix24
        """
        return cast(
            "_ImUser",
            self._backend._invoke(
                _IM_USER_GET, {"ID": id, "AVATAR_HR": yes_no(avatar_hr)}
            ),
        )


class AsyncImUser(Namespace):
    """Methods under ``im.user`` (async)."""

    __slots__ = ()

    @property
    def list(self) -> AsyncImUserList:
        """Methods under ``im.user.list``."""
        return AsyncImUserList(self._backend)

    @property
    def status(self) -> AsyncImUserStatus:
        """Methods under ``im.user.status``."""
        return AsyncImUserStatus(self._backend)

    async def get(
        self, *, id: int | NotGiven = NOT_GIVEN, avatar_hr: bool | NotGiven = NOT_GIVEN
    ) -> _ImUser:
        """Return chat profile data of the current user or of a given user.

        REST method: ``im.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html

        Args:
            id: ID of the user; the current user when omitted. Wire name: ``ID``.
            avatar_hr: \"Y" adds avatar_hr, the high-resolution avatar URL. Wire name: ``AVATAR_HR``.

        Returns:
            ImUser

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.user.get()
            result = await client.im.user.get()  # AsyncBitrix24
        """
        return cast(
            "_ImUser",
            await self._backend._invoke(
                _IM_USER_GET, {"ID": id, "AVATAR_HR": yes_no(avatar_hr)}
            ),
        )


class BatchImUser(Namespace):
    """Methods under ``im.user`` (queued into a batch)."""

    __slots__ = ()

    @property
    def list(self) -> BatchImUserList:
        """Methods under ``im.user.list``."""
        return BatchImUserList(self._backend)

    @property
    def status(self) -> BatchImUserStatus:
        """Methods under ``im.user.status``."""
        return BatchImUserStatus(self._backend)

    def get(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        avatar_hr: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImUser]:
        """Return chat profile data of the current user or of a given user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html

        Args:
            id: ID of the user; the current user when omitted. Wire name: ``ID``.
            avatar_hr: \"Y" adds avatar_hr, the high-resolution avatar URL. Wire name: ``AVATAR_HR``.

        Returns:
            BatchCommand[ImUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.im.user.get()
        """
        return cast(
            "BatchCommand[_ImUser]",
            self._backend._invoke(
                _IM_USER_GET, {"ID": id, "AVATAR_HR": yes_no(avatar_hr)}
            ),
        )


class ImUserList(Namespace):
    """Methods under ``im.user.list``."""

    __slots__ = ()

    def get(
        self,
        *,
        id: Sequence[int],
        avatar_hr: bool | NotGiven = NOT_GIVEN,
        result_type: str | NotGiven = NOT_GIVEN,
    ) -> list[_ImUserList]:
        """Return chat profile data for several users by ID.

        REST method: ``im.user.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html

        Args:
            id: IDs of the users (an array or a JSON array string). Wire name: ``ID``.
            avatar_hr: \"Y" adds avatar_hr, the high-resolution avatar URL. Wire name: ``AVATAR_HR``.
            result_type: \"array" returns a plain list; anything else returns an object keyed by user ID. Wire name: ``RESULT_TYPE``.

        Returns:
            list[ImUserList]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            result = client.im.user.list.get(id=[1])
            result = await client.im.user.list.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[_ImUserList]",
            self._backend._invoke(
                _IM_USER_LIST_GET,
                {"ID": id, "AVATAR_HR": yes_no(avatar_hr), "RESULT_TYPE": result_type},
            ),
        )


class AsyncImUserList(Namespace):
    """Methods under ``im.user.list`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        id: Sequence[int],
        avatar_hr: bool | NotGiven = NOT_GIVEN,
        result_type: str | NotGiven = NOT_GIVEN,
    ) -> list[_ImUserList]:
        """Return chat profile data for several users by ID.

        REST method: ``im.user.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html

        Args:
            id: IDs of the users (an array or a JSON array string). Wire name: ``ID``.
            avatar_hr: \"Y" adds avatar_hr, the high-resolution avatar URL. Wire name: ``AVATAR_HR``.
            result_type: \"array" returns a plain list; anything else returns an object keyed by user ID. Wire name: ``RESULT_TYPE``.

        Returns:
            list[ImUserList]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            result = client.im.user.list.get(id=[1])
            result = await client.im.user.list.get(id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[_ImUserList]",
            await self._backend._invoke(
                _IM_USER_LIST_GET,
                {"ID": id, "AVATAR_HR": yes_no(avatar_hr), "RESULT_TYPE": result_type},
            ),
        )


class BatchImUserList(Namespace):
    """Methods under ``im.user.list`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        id: Sequence[int] | Ref,
        avatar_hr: bool | Ref | NotGiven = NOT_GIVEN,
        result_type: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_ImUserList]]:
        """Return chat profile data for several users by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html

        Args:
            id: IDs of the users (an array or a JSON array string). Wire name: ``ID``.
            avatar_hr: \"Y" adds avatar_hr, the high-resolution avatar URL. Wire name: ``AVATAR_HR``.
            result_type: \"array" returns a plain list; anything else returns an object keyed by user ID. Wire name: ``RESULT_TYPE``.

        Returns:
            BatchCommand[list[ImUserList]]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            command = batch.im.user.list.get(id=[1])
        """
        return cast(
            "BatchCommand[list[_ImUserList]]",
            self._backend._invoke(
                _IM_USER_LIST_GET,
                {"ID": id, "AVATAR_HR": yes_no(avatar_hr), "RESULT_TYPE": result_type},
            ),
        )


class ImUserStatus(Namespace):
    """Methods under ``im.user.status``."""

    __slots__ = ()

    @property
    def idle(self) -> ImUserStatusIdle:
        """Methods under ``im.user.status.idle``."""
        return ImUserStatusIdle(self._backend)

    def get(self) -> str:
        """Return the current user's presence status (online, away, do not disturb).

        REST method: ``im.user.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-get.html

        Returns:
            str

        Example:
            result = client.im.user.status.get()
            result = await client.im.user.status.get()  # AsyncBitrix24
        """
        return cast(str, self._backend._invoke(_IM_USER_STATUS_GET, {}))

    def set(self, *, status: Literal["online", "dnd", "away", "break"]) -> bool:
        """Set the current user's presence status (online, away, do not disturb).

        REST method: ``im.user.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html

        Args:
            status: New status in lower case: "online", "dnd" (do not disturb), "away" or "break". Wire name: ``STATUS``.

        Returns:
            bool

        Example:
            result = client.im.user.status.set(status="online")
            result = await client.im.user.status.set(status="online")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IM_USER_STATUS_SET, {"STATUS": status})
        )


class AsyncImUserStatus(Namespace):
    """Methods under ``im.user.status`` (async)."""

    __slots__ = ()

    @property
    def idle(self) -> AsyncImUserStatusIdle:
        """Methods under ``im.user.status.idle``."""
        return AsyncImUserStatusIdle(self._backend)

    async def get(self) -> str:
        """Return the current user's presence status (online, away, do not disturb).

        REST method: ``im.user.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-get.html

        Returns:
            str

        Example:
            result = client.im.user.status.get()
            result = await client.im.user.status.get()  # AsyncBitrix24
        """
        return cast(str, await self._backend._invoke(_IM_USER_STATUS_GET, {}))

    async def set(self, *, status: Literal["online", "dnd", "away", "break"]) -> bool:
        """Set the current user's presence status (online, away, do not disturb).

        REST method: ``im.user.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html

        Args:
            status: New status in lower case: "online", "dnd" (do not disturb), "away" or "break". Wire name: ``STATUS``.

        Returns:
            bool

        Example:
            result = client.im.user.status.set(status="online")
            result = await client.im.user.status.set(status="online")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_IM_USER_STATUS_SET, {"STATUS": status})
        )


class BatchImUserStatus(Namespace):
    """Methods under ``im.user.status`` (queued into a batch)."""

    __slots__ = ()

    @property
    def idle(self) -> BatchImUserStatusIdle:
        """Methods under ``im.user.status.idle``."""
        return BatchImUserStatusIdle(self._backend)

    def get(self) -> BatchCommand[str]:
        """Return the current user's presence status (online, away, do not disturb).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-get.html

        Returns:
            BatchCommand[str]

        Example:
            command = batch.im.user.status.get()
        """
        return cast("BatchCommand[str]", self._backend._invoke(_IM_USER_STATUS_GET, {}))

    def set(
        self, *, status: Literal["online", "dnd", "away", "break"] | Ref
    ) -> BatchCommand[bool]:
        """Set the current user's presence status (online, away, do not disturb).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html

        Args:
            status: New status in lower case: "online", "dnd" (do not disturb), "away" or "break". Wire name: ``STATUS``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.user.status.set(status="online")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_USER_STATUS_SET, {"STATUS": status}),
        )


class ImUserStatusIdle(Namespace):
    """Methods under ``im.user.status.idle``."""

    __slots__ = ()

    def end(self) -> bool:
        """Turn off the automatic "away" status of the current user.

        Made for the previous chat version.

        REST method: ``im.user.status.idle.end``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-end.html

        Returns:
            bool

        Example:
            result = client.im.user.status.idle.end()
            result = await client.im.user.status.idle.end()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_IM_USER_STATUS_IDLE_END, {}))

    def start(self, *, ago: int | NotGiven = NOT_GIVEN) -> bool:
        """Turn on the automatic "away" status of the current user.

        Made for the previous chat version.

        REST method: ``im.user.status.idle.start``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html

        Args:
            ago: Minutes ago the "away" status should start from (default 10, minimum 1). Wire name: ``AGO``.

        Returns:
            bool

        Example:
            result = client.im.user.status.idle.start()
            result = await client.im.user.status.idle.start()  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IM_USER_STATUS_IDLE_START, {"AGO": ago})
        )


class AsyncImUserStatusIdle(Namespace):
    """Methods under ``im.user.status.idle`` (async)."""

    __slots__ = ()

    async def end(self) -> bool:
        """Turn off the automatic "away" status of the current user.

        Made for the previous chat version.

        REST method: ``im.user.status.idle.end``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-end.html

        Returns:
            bool

        Example:
            result = client.im.user.status.idle.end()
            result = await client.im.user.status.idle.end()  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_IM_USER_STATUS_IDLE_END, {}))

    async def start(self, *, ago: int | NotGiven = NOT_GIVEN) -> bool:
        """Turn on the automatic "away" status of the current user.

        Made for the previous chat version.

        REST method: ``im.user.status.idle.start``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html

        Args:
            ago: Minutes ago the "away" status should start from (default 10, minimum 1). Wire name: ``AGO``.

        Returns:
            bool

        Example:
            result = client.im.user.status.idle.start()
            result = await client.im.user.status.idle.start()  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_IM_USER_STATUS_IDLE_START, {"AGO": ago})
        )


class BatchImUserStatusIdle(Namespace):
    """Methods under ``im.user.status.idle`` (queued into a batch)."""

    __slots__ = ()

    def end(self) -> BatchCommand[bool]:
        """Turn off the automatic "away" status of the current user.

        Made for the previous chat version.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.status.idle.end``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-end.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.user.status.idle.end()
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_IM_USER_STATUS_IDLE_END, {})
        )

    def start(self, *, ago: int | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[bool]:
        """Turn on the automatic "away" status of the current user.

        Made for the previous chat version.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.status.idle.start``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html

        Args:
            ago: Minutes ago the "away" status should start from (default 10, minimum 1). Wire name: ``AGO``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.user.status.idle.start()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_USER_STATUS_IDLE_START, {"AGO": ago}),
        )
