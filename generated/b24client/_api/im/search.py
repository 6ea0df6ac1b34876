"""Methods under ``im.search``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.im import (
        ImSearchChat as _ImSearchChat,
        ImSearchDepartment as _ImSearchDepartment,
        ImSearchLast as _ImSearchLast,
    )
else:
    from b24client._core.callsite import deprecated

_IM_SEARCH_CHAT_LIST = MethodInfo(
    name="im.search.chat.list", idempotent=True, returns="any", api=1
)
_IM_SEARCH_DEPARTMENT_LIST = MethodInfo(
    name="im.search.department.list", idempotent=True, returns="any", api=1
)
_IM_SEARCH_LAST_ADD = MethodInfo(
    name="im.search.last.add", idempotent=False, returns="boolean", api=1
)
_IM_SEARCH_LAST_DELETE = MethodInfo(
    name="im.search.last.delete", idempotent=False, returns="boolean", api=1
)
_IM_SEARCH_LAST_GET = MethodInfo(
    name="im.search.last.get", idempotent=True, returns="any", api=1
)
_IM_SEARCH_USER_LIST = MethodInfo(
    name="im.search.user.list", idempotent=True, returns="any", api=1
)


class ImSearch(Namespace):
    """Methods under ``im.search``."""

    __slots__ = ()

    @property
    def chat(self) -> ImSearchChat:
        """Methods under ``im.search.chat``."""
        return ImSearchChat(self._backend)

    @property
    def department(self) -> ImSearchDepartment:
        """Methods under ``im.search.department``."""
        return ImSearchDepartment(self._backend)

    @property
    def last(self) -> ImSearchLast:
        """Methods under ``im.search.last``."""
        return ImSearchLast(self._backend)

    @property
    def user(self) -> ImSearchUser:
        """Methods under ``im.search.user``."""
        return ImSearchUser(self._backend)


class AsyncImSearch(Namespace):
    """Methods under ``im.search`` (async)."""

    __slots__ = ()

    @property
    def chat(self) -> AsyncImSearchChat:
        """Methods under ``im.search.chat``."""
        return AsyncImSearchChat(self._backend)

    @property
    def department(self) -> AsyncImSearchDepartment:
        """Methods under ``im.search.department``."""
        return AsyncImSearchDepartment(self._backend)

    @property
    def last(self) -> AsyncImSearchLast:
        """Methods under ``im.search.last``."""
        return AsyncImSearchLast(self._backend)

    @property
    def user(self) -> AsyncImSearchUser:
        """Methods under ``im.search.user``."""
        return AsyncImSearchUser(self._backend)


class BatchImSearch(Namespace):
    """Methods under ``im.search`` (queued into a batch)."""

    __slots__ = ()

    @property
    def chat(self) -> BatchImSearchChat:
        """Methods under ``im.search.chat``."""
        return BatchImSearchChat(self._backend)

    @property
    def department(self) -> BatchImSearchDepartment:
        """Methods under ``im.search.department``."""
        return BatchImSearchDepartment(self._backend)

    @property
    def last(self) -> BatchImSearchLast:
        """Methods under ``im.search.last``."""
        return BatchImSearchLast(self._backend)

    @property
    def user(self) -> BatchImSearchUser:
        """Methods under ``im.search.user``."""
        return BatchImSearchUser(self._backend)


class ImSearchChat(Namespace):
    """Methods under ``im.search.chat``."""

    __slots__ = ()

    def list(
        self,
        *,
        find: str | NotGiven = NOT_GIVEN,
        find_lines: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_ImSearchChat]:
        """Find chats the current user can access by title or member names.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.search.chat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            find_lines: Search phrase for open channel chats, at least 2 characters. Wire name: ``FIND_LINES``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            Page[ImSearchChat]

        Example:
            result = client.im.search.chat.list()
            result = await client.im.search.chat.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_ImSearchChat]",
            self._backend._invoke_page(
                _IM_SEARCH_CHAT_LIST,
                {
                    "FIND": find,
                    "FIND_LINES": find_lines,
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class AsyncImSearchChat(Namespace):
    """Methods under ``im.search.chat`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        find: str | NotGiven = NOT_GIVEN,
        find_lines: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_ImSearchChat]:
        """Find chats the current user can access by title or member names.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.search.chat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            find_lines: Search phrase for open channel chats, at least 2 characters. Wire name: ``FIND_LINES``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            AsyncPage[ImSearchChat]

        Example:
            result = client.im.search.chat.list()
            result = await client.im.search.chat.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_ImSearchChat]",
            await self._backend._invoke_page(
                _IM_SEARCH_CHAT_LIST,
                {
                    "FIND": find,
                    "FIND_LINES": find_lines,
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class BatchImSearchChat(Namespace):
    """Methods under ``im.search.chat`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        find: str | Ref | NotGiven = NOT_GIVEN,
        find_lines: str | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_ImSearchChat]]:
        """Find chats the current user can access by title or member names.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.search.chat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            find_lines: Search phrase for open channel chats, at least 2 characters. Wire name: ``FIND_LINES``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[ImSearchChat]]

        Example:
            command = batch.im.search.chat.list()
        """
        return cast(
            "BatchCommand[builtins.list[_ImSearchChat]]",
            self._backend._invoke_page(
                _IM_SEARCH_CHAT_LIST,
                {
                    "FIND": find,
                    "FIND_LINES": find_lines,
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class ImSearchDepartment(Namespace):
    """Methods under ``im.search.department``."""

    __slots__ = ()

    def list(
        self,
        *,
        find: str,
        user_data: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_ImSearchDepartment]:
        """Find departments by name.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.search.department.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            user_data: \"Y" adds full data of each department head. Wire name: ``USER_DATA``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            Page[ImSearchDepartment]

        Example:
            result = client.im.search.department.list(find="example")
            result = await client.im.search.department.list(find="example")  # AsyncBitrix24
        """
        return cast(
            "Page[_ImSearchDepartment]",
            self._backend._invoke_page(
                _IM_SEARCH_DEPARTMENT_LIST,
                {
                    "FIND": find,
                    "USER_DATA": yes_no(user_data),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class AsyncImSearchDepartment(Namespace):
    """Methods under ``im.search.department`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        find: str,
        user_data: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_ImSearchDepartment]:
        """Find departments by name.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.search.department.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            user_data: \"Y" adds full data of each department head. Wire name: ``USER_DATA``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            AsyncPage[ImSearchDepartment]

        Example:
            result = client.im.search.department.list(find="example")
            result = await client.im.search.department.list(find="example")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_ImSearchDepartment]",
            await self._backend._invoke_page(
                _IM_SEARCH_DEPARTMENT_LIST,
                {
                    "FIND": find,
                    "USER_DATA": yes_no(user_data),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class BatchImSearchDepartment(Namespace):
    """Methods under ``im.search.department`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        find: str | Ref,
        user_data: bool | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_ImSearchDepartment]]:
        """Find departments by name.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.search.department.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            user_data: \"Y" adds full data of each department head. Wire name: ``USER_DATA``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[ImSearchDepartment]]

        Example:
            command = batch.im.search.department.list(find="example")
        """
        return cast(
            "BatchCommand[builtins.list[_ImSearchDepartment]]",
            self._backend._invoke_page(
                _IM_SEARCH_DEPARTMENT_LIST,
                {
                    "FIND": find,
                    "USER_DATA": yes_no(user_data),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )


class ImSearchLast(Namespace):
    """Methods under ``im.search.last``."""

    __slots__ = ()

    @deprecated("The REST method im.search.last.add is deprecated.")
    def add(self, *, dialog_id: str) -> bool:
        """Record a conversation in the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        REST method: ``im.search.last.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-add.html

        Args:
            dialog_id: Dialog to add ("chatXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Example:
            result = client.im.search.last.add(dialog_id="1")
            result = await client.im.search.last.add(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IM_SEARCH_LAST_ADD, {"DIALOG_ID": dialog_id})
        )

    @deprecated("The REST method im.search.last.delete is deprecated.")
    def delete(self, *, dialog_id: str) -> bool:
        """Remove a conversation from the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        REST method: ``im.search.last.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-delete.html

        Args:
            dialog_id: Dialog to remove ("chatXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Example:
            result = client.im.search.last.delete(dialog_id="1")
            result = await client.im.search.last.delete(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IM_SEARCH_LAST_DELETE, {"DIALOG_ID": dialog_id}),
        )

    @deprecated("The REST method im.search.last.get is deprecated.")
    def get(
        self,
        *,
        skip_openlines: bool | NotGiven = NOT_GIVEN,
        skip_chat: bool | NotGiven = NOT_GIVEN,
        skip_dialog: bool | NotGiven = NOT_GIVEN,
    ) -> list[_ImSearchLast]:
        """Return conversations from the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        REST method: ``im.search.last.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.

        Returns:
            list[ImSearchLast]

        Example:
            result = client.im.search.last.get()
            result = await client.im.search.last.get()  # AsyncBitrix24
        """
        return cast(
            "list[_ImSearchLast]",
            self._backend._invoke(
                _IM_SEARCH_LAST_GET,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_CHAT": yes_no(skip_chat),
                    "SKIP_DIALOG": yes_no(skip_dialog),
                },
            ),
        )


class AsyncImSearchLast(Namespace):
    """Methods under ``im.search.last`` (async)."""

    __slots__ = ()

    @deprecated("The REST method im.search.last.add is deprecated.")
    async def add(self, *, dialog_id: str) -> bool:
        """Record a conversation in the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        REST method: ``im.search.last.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-add.html

        Args:
            dialog_id: Dialog to add ("chatXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Example:
            result = client.im.search.last.add(dialog_id="1")
            result = await client.im.search.last.add(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_IM_SEARCH_LAST_ADD, {"DIALOG_ID": dialog_id}),
        )

    @deprecated("The REST method im.search.last.delete is deprecated.")
    async def delete(self, *, dialog_id: str) -> bool:
        """Remove a conversation from the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        REST method: ``im.search.last.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-delete.html

        Args:
            dialog_id: Dialog to remove ("chatXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Example:
            result = client.im.search.last.delete(dialog_id="1")
            result = await client.im.search.last.delete(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_SEARCH_LAST_DELETE, {"DIALOG_ID": dialog_id}
            ),
        )

    @deprecated("The REST method im.search.last.get is deprecated.")
    async def get(
        self,
        *,
        skip_openlines: bool | NotGiven = NOT_GIVEN,
        skip_chat: bool | NotGiven = NOT_GIVEN,
        skip_dialog: bool | NotGiven = NOT_GIVEN,
    ) -> list[_ImSearchLast]:
        """Return conversations from the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        REST method: ``im.search.last.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.

        Returns:
            list[ImSearchLast]

        Example:
            result = client.im.search.last.get()
            result = await client.im.search.last.get()  # AsyncBitrix24
        """
        return cast(
            "list[_ImSearchLast]",
            await self._backend._invoke(
                _IM_SEARCH_LAST_GET,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_CHAT": yes_no(skip_chat),
                    "SKIP_DIALOG": yes_no(skip_dialog),
                },
            ),
        )


class BatchImSearchLast(Namespace):
    """Methods under ``im.search.last`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method im.search.last.add is deprecated.")
    def add(self, *, dialog_id: str | Ref) -> BatchCommand[bool]:
        """Record a conversation in the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.search.last.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-add.html

        Args:
            dialog_id: Dialog to add ("chatXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.search.last.add(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_SEARCH_LAST_ADD, {"DIALOG_ID": dialog_id}),
        )

    @deprecated("The REST method im.search.last.delete is deprecated.")
    def delete(self, *, dialog_id: str | Ref) -> BatchCommand[bool]:
        """Remove a conversation from the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.search.last.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-delete.html

        Args:
            dialog_id: Dialog to remove ("chatXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.search.last.delete(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_SEARCH_LAST_DELETE, {"DIALOG_ID": dialog_id}),
        )

    @deprecated("The REST method im.search.last.get is deprecated.")
    def get(
        self,
        *,
        skip_openlines: bool | Ref | NotGiven = NOT_GIVEN,
        skip_chat: bool | Ref | NotGiven = NOT_GIVEN,
        skip_dialog: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_ImSearchLast]]:
        """Return conversations from the user's recent search history.

        Deprecated; kept for the previous chat version.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.search.last.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.

        Returns:
            BatchCommand[list[ImSearchLast]]

        Example:
            command = batch.im.search.last.get()
        """
        return cast(
            "BatchCommand[list[_ImSearchLast]]",
            self._backend._invoke(
                _IM_SEARCH_LAST_GET,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_CHAT": yes_no(skip_chat),
                    "SKIP_DIALOG": yes_no(skip_dialog),
                },
            ),
        )


class ImSearchUser(Namespace):
    """Methods under ``im.search.user``."""

    __slots__ = ()

    def list(
        self,
        *,
        find: str,
        business: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Find users by name, job title or department.

        REST method: ``im.search.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-user-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            business: \"Y" searches only among business users. Wire name: ``BUSINESS``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.

        Returns:
            dict[str, Any]

        Example:
            result = client.im.search.user.list(find="example")
            result = await client.im.search.user.list(find="example")  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _IM_SEARCH_USER_LIST,
                {
                    "FIND": find,
                    "BUSINESS": yes_no(business),
                    "OFFSET": offset,
                    "LIMIT": limit,
                },
            ),
        )


class AsyncImSearchUser(Namespace):
    """Methods under ``im.search.user`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        find: str,
        business: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Find users by name, job title or department.

        REST method: ``im.search.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-user-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            business: \"Y" searches only among business users. Wire name: ``BUSINESS``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.

        Returns:
            dict[str, Any]

        Example:
            result = client.im.search.user.list(find="example")
            result = await client.im.search.user.list(find="example")  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _IM_SEARCH_USER_LIST,
                {
                    "FIND": find,
                    "BUSINESS": yes_no(business),
                    "OFFSET": offset,
                    "LIMIT": limit,
                },
            ),
        )


class BatchImSearchUser(Namespace):
    """Methods under ``im.search.user`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        find: str | Ref,
        business: bool | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[dict[str, Any]]:
        """Find users by name, job title or department.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.search.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/search/im-search-user-list.html

        Args:
            find: Search phrase, at least 2 characters. Wire name: ``FIND``.
            business: \"Y" searches only among business users. Wire name: ``BUSINESS``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 10, at most 50). Wire name: ``LIMIT``.

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.im.search.user.list(find="example")
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _IM_SEARCH_USER_LIST,
                {
                    "FIND": find,
                    "BUSINESS": yes_no(business),
                    "OFFSET": offset,
                    "LIMIT": limit,
                },
            ),
        )
