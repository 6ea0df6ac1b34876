"""Methods under ``log.blogcomment``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.log import LogBlogcommentUser as _LogBlogcommentUser

_LOG_BLOGCOMMENT_ADD = MethodInfo(
    name="log.blogcomment.add", idempotent=False, returns="integer", api=1
)
_LOG_BLOGCOMMENT_DELETE = MethodInfo(
    name="log.blogcomment.delete", idempotent=False, returns="boolean", api=1
)
_LOG_BLOGCOMMENT_USER_GET = MethodInfo(
    name="log.blogcomment.user.get", idempotent=True, returns="any", api=1
)


class LogBlogcomment(Namespace):
    """Methods under ``log.blogcomment``."""

    __slots__ = ()

    @property
    def user(self) -> LogBlogcommentUser:
        """Methods under ``log.blogcomment.user``."""
        return LogBlogcommentUser(self._backend)

    def add(
        self,
        *,
        post_id: int,
        text: str,
        files: Sequence[Sequence[str]] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add log blogcomment.

        REST method: ``log.blogcomment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-add.html

        Args:
            post_id: Wire name: ``POST_ID``.
            text: Wire name: ``TEXT``.
            files: Wire name: ``FILES``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            int

        Example:
            result = client.log.blogcomment.add(post_id=1, text="Please call back after 3 pm.")
            result = await client.log.blogcomment.add(post_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LOG_BLOGCOMMENT_ADD,
                {"POST_ID": post_id, "TEXT": text, "FILES": files, "USER_ID": user_id},
            ),
        )

    def delete(self, *, comment_id: int, user_id: int | NotGiven = NOT_GIVEN) -> bool:
        """Delete log blogcomment.

        REST method: ``log.blogcomment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-delete.html

        Args:
            comment_id: Wire name: ``COMMENT_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.log.blogcomment.delete(comment_id=1)
            result = await client.log.blogcomment.delete(comment_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LOG_BLOGCOMMENT_DELETE, {"COMMENT_ID": comment_id, "USER_ID": user_id}
            ),
        )


class AsyncLogBlogcomment(Namespace):
    """Methods under ``log.blogcomment`` (async)."""

    __slots__ = ()

    @property
    def user(self) -> AsyncLogBlogcommentUser:
        """Methods under ``log.blogcomment.user``."""
        return AsyncLogBlogcommentUser(self._backend)

    async def add(
        self,
        *,
        post_id: int,
        text: str,
        files: Sequence[Sequence[str]] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add log blogcomment.

        REST method: ``log.blogcomment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-add.html

        Args:
            post_id: Wire name: ``POST_ID``.
            text: Wire name: ``TEXT``.
            files: Wire name: ``FILES``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            int

        Example:
            result = client.log.blogcomment.add(post_id=1, text="Please call back after 3 pm.")
            result = await client.log.blogcomment.add(post_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LOG_BLOGCOMMENT_ADD,
                {"POST_ID": post_id, "TEXT": text, "FILES": files, "USER_ID": user_id},
            ),
        )

    async def delete(
        self, *, comment_id: int, user_id: int | NotGiven = NOT_GIVEN
    ) -> bool:
        """Delete log blogcomment.

        REST method: ``log.blogcomment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-delete.html

        Args:
            comment_id: Wire name: ``COMMENT_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.log.blogcomment.delete(comment_id=1)
            result = await client.log.blogcomment.delete(comment_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LOG_BLOGCOMMENT_DELETE, {"COMMENT_ID": comment_id, "USER_ID": user_id}
            ),
        )


class BatchLogBlogcomment(Namespace):
    """Methods under ``log.blogcomment`` (queued into a batch)."""

    __slots__ = ()

    @property
    def user(self) -> BatchLogBlogcommentUser:
        """Methods under ``log.blogcomment.user``."""
        return BatchLogBlogcommentUser(self._backend)

    def add(
        self,
        *,
        post_id: int | Ref,
        text: str | Ref,
        files: Sequence[Sequence[str]] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add log blogcomment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogcomment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-add.html

        Args:
            post_id: Wire name: ``POST_ID``.
            text: Wire name: ``TEXT``.
            files: Wire name: ``FILES``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.log.blogcomment.add(post_id=1, text="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LOG_BLOGCOMMENT_ADD,
                {"POST_ID": post_id, "TEXT": text, "FILES": files, "USER_ID": user_id},
            ),
        )

    def delete(
        self, *, comment_id: int | Ref, user_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Delete log blogcomment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogcomment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-delete.html

        Args:
            comment_id: Wire name: ``COMMENT_ID``.
            user_id: Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.log.blogcomment.delete(comment_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LOG_BLOGCOMMENT_DELETE, {"COMMENT_ID": comment_id, "USER_ID": user_id}
            ),
        )


class LogBlogcommentUser(Namespace):
    """Methods under ``log.blogcomment.user``."""

    __slots__ = ()

    def get(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        first_id: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> _LogBlogcommentUser:
        """Get log blogcomment user.

        REST method: ``log.blogcomment.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html

        Args:
            user_id: Wire name: ``USER_ID``.
            first_id: Wire name: ``FIRST_ID``.
            last_id: Wire name: ``LAST_ID``.
            limit: Wire name: ``LIMIT``.

        Returns:
            LogBlogcommentUser

        Example:
            result = client.log.blogcomment.user.get()
            result = await client.log.blogcomment.user.get()  # AsyncBitrix24
        """
        return cast(
            "_LogBlogcommentUser",
            self._backend._invoke(
                _LOG_BLOGCOMMENT_USER_GET,
                {
                    "USER_ID": user_id,
                    "FIRST_ID": first_id,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                },
            ),
        )


class AsyncLogBlogcommentUser(Namespace):
    """Methods under ``log.blogcomment.user`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        first_id: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> _LogBlogcommentUser:
        """Get log blogcomment user.

        REST method: ``log.blogcomment.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html

        Args:
            user_id: Wire name: ``USER_ID``.
            first_id: Wire name: ``FIRST_ID``.
            last_id: Wire name: ``LAST_ID``.
            limit: Wire name: ``LIMIT``.

        Returns:
            LogBlogcommentUser

        Example:
            result = client.log.blogcomment.user.get()
            result = await client.log.blogcomment.user.get()  # AsyncBitrix24
        """
        return cast(
            "_LogBlogcommentUser",
            await self._backend._invoke(
                _LOG_BLOGCOMMENT_USER_GET,
                {
                    "USER_ID": user_id,
                    "FIRST_ID": first_id,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                },
            ),
        )


class BatchLogBlogcommentUser(Namespace):
    """Methods under ``log.blogcomment.user`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        first_id: int | Ref | NotGiven = NOT_GIVEN,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_LogBlogcommentUser]:
        """Get log blogcomment user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogcomment.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html

        Args:
            user_id: Wire name: ``USER_ID``.
            first_id: Wire name: ``FIRST_ID``.
            last_id: Wire name: ``LAST_ID``.
            limit: Wire name: ``LIMIT``.

        Returns:
            BatchCommand[LogBlogcommentUser]

        Example:
            command = batch.log.blogcomment.user.get()
        """
        return cast(
            "BatchCommand[_LogBlogcommentUser]",
            self._backend._invoke(
                _LOG_BLOGCOMMENT_USER_GET,
                {
                    "USER_ID": user_id,
                    "FIRST_ID": first_id,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                },
            ),
        )
