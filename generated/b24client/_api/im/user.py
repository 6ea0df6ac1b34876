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
        """Get im user.

        REST method: ``im.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html

        Args:
            id: Wire name: ``ID``.
            avatar_hr: Wire name: ``AVATAR_HR``.

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
        """Get im user.

        REST method: ``im.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html

        Args:
            id: Wire name: ``ID``.
            avatar_hr: Wire name: ``AVATAR_HR``.

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
        """Get im user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html

        Args:
            id: Wire name: ``ID``.
            avatar_hr: Wire name: ``AVATAR_HR``.

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
        """Get im user list.

        REST method: ``im.user.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html

        Args:
            id: Wire name: ``ID``.
            avatar_hr: Wire name: ``AVATAR_HR``.
            result_type: Wire name: ``RESULT_TYPE``.

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
        """Get im user list.

        REST method: ``im.user.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html

        Args:
            id: Wire name: ``ID``.
            avatar_hr: Wire name: ``AVATAR_HR``.
            result_type: Wire name: ``RESULT_TYPE``.

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
        """Get im user list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html

        Args:
            id: Wire name: ``ID``.
            avatar_hr: Wire name: ``AVATAR_HR``.
            result_type: Wire name: ``RESULT_TYPE``.

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
        """Get im user status.

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
        """Set im user status.

        REST method: ``im.user.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html

        Args:
            status: Wire name: ``STATUS``.

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
        """Get im user status.

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
        """Set im user status.

        REST method: ``im.user.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html

        Args:
            status: Wire name: ``STATUS``.

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
        """Get im user status.

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
        """Set im user status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.status.set``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html

        Args:
            status: Wire name: ``STATUS``.

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
        """Call end on im user status idle.

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
        """Start im user status idle.

        REST method: ``im.user.status.idle.start``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html

        Args:
            ago: Wire name: ``AGO``.

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
        """Call end on im user status idle.

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
        """Start im user status idle.

        REST method: ``im.user.status.idle.start``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html

        Args:
            ago: Wire name: ``AGO``.

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
        """Call end on im user status idle.

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
        """Start im user status idle.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.user.status.idle.start``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html

        Args:
            ago: Wire name: ``AGO``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.user.status.idle.start()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_USER_STATUS_IDLE_START, {"AGO": ago}),
        )
