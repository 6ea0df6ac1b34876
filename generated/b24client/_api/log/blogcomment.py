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
        """Post a comment under a Feed (activity stream) post and return the comment ID.

        REST method: ``log.blogcomment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-add.html

        Args:
            post_id: ID of the Feed post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            text: Comment text; checked for duplicates. Wire name: ``TEXT``.
            files: Files to attach; they are uploaded to the author's Drive. Wire name: ``FILES``.
            user_id: ID of the user to comment as; admins only, default the current user. Wire name: ``USER_ID``.

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
        """Remove a comment from a Feed post.

        Allowed to the comment's author or a user with full write access.

        REST method: ``log.blogcomment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-delete.html

        Args:
            comment_id: ID of the comment, greater than 0. Wire name: ``COMMENT_ID``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

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
        """Post a comment under a Feed (activity stream) post and return the comment ID.

        REST method: ``log.blogcomment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-add.html

        Args:
            post_id: ID of the Feed post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            text: Comment text; checked for duplicates. Wire name: ``TEXT``.
            files: Files to attach; they are uploaded to the author's Drive. Wire name: ``FILES``.
            user_id: ID of the user to comment as; admins only, default the current user. Wire name: ``USER_ID``.

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
        """Remove a comment from a Feed post.

        Allowed to the comment's author or a user with full write access.

        REST method: ``log.blogcomment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-delete.html

        Args:
            comment_id: ID of the comment, greater than 0. Wire name: ``COMMENT_ID``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

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
        """Post a comment under a Feed (activity stream) post and return the comment ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogcomment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-add.html

        Args:
            post_id: ID of the Feed post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            text: Comment text; checked for duplicates. Wire name: ``TEXT``.
            files: Files to attach; they are uploaded to the author's Drive. Wire name: ``FILES``.
            user_id: ID of the user to comment as; admins only, default the current user. Wire name: ``USER_ID``.

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
        """Remove a comment from a Feed post.

        Allowed to the comment's author or a user with full write access.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogcomment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-delete.html

        Args:
            comment_id: ID of the comment, greater than 0. Wire name: ``COMMENT_ID``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

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
        """List the Feed comments written by a user, with their attached files.

        When an admin reads another user's comments, the text may come back empty.

        REST method: ``log.blogcomment.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html

        Args:
            user_id: ID of the user whose comments to return; default the current user. Wire name: ``USER_ID``.
            first_id: Return only comments with IDs greater than this. Wire name: ``FIRST_ID``.
            last_id: Return only comments with IDs less than this. Wire name: ``LAST_ID``.
            limit: Number of comments, 1 to 100; default 100. Wire name: ``LIMIT``.

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
        """List the Feed comments written by a user, with their attached files.

        When an admin reads another user's comments, the text may come back empty.

        REST method: ``log.blogcomment.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html

        Args:
            user_id: ID of the user whose comments to return; default the current user. Wire name: ``USER_ID``.
            first_id: Return only comments with IDs greater than this. Wire name: ``FIRST_ID``.
            last_id: Return only comments with IDs less than this. Wire name: ``LAST_ID``.
            limit: Number of comments, 1 to 100; default 100. Wire name: ``LIMIT``.

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
        """List the Feed comments written by a user, with their attached files.

        When an admin reads another user's comments, the text may come back empty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogcomment.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html

        Args:
            user_id: ID of the user whose comments to return; default the current user. Wire name: ``USER_ID``.
            first_id: Return only comments with IDs greater than this. Wire name: ``FIRST_ID``.
            last_id: Return only comments with IDs less than this. Wire name: ``LAST_ID``.
            limit: Number of comments, 1 to 100; default 100. Wire name: ``LIMIT``.

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
