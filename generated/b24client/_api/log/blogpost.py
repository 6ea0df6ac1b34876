"""Methods under ``log.blogpost``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.log import LogBlogpost as _LogBlogpost

_LOG_BLOGPOST_ADD = MethodInfo(
    name="log.blogpost.add", idempotent=False, returns="integer", api=1
)
_LOG_BLOGPOST_DELETE = MethodInfo(
    name="log.blogpost.delete", idempotent=False, returns="boolean", api=1
)
_LOG_BLOGPOST_GET = MethodInfo(
    name="log.blogpost.get", idempotent=True, returns="any", api=1
)
_LOG_BLOGPOST_SHARE = MethodInfo(
    name="log.blogpost.share", idempotent=False, returns="boolean", api=1
)
_LOG_BLOGPOST_UPDATE = MethodInfo(
    name="log.blogpost.update", idempotent=False, returns="integer", api=1
)
_LOG_BLOGPOST_GETUSERS_IMPORTANT = MethodInfo(
    name="log.blogpost.getusers.important", idempotent=False, returns="any", api=1
)


class LogBlogpost(Namespace):
    """Methods under ``log.blogpost``."""

    __slots__ = ()

    @property
    def getusers(self) -> LogBlogpostGetusers:
        """Methods under ``log.blogpost.getusers``."""
        return LogBlogpostGetusers(self._backend)

    def add(
        self,
        *,
        post_message: str,
        post_title: str | NotGiven = NOT_GIVEN,
        dest: Sequence[str] | NotGiven = NOT_GIVEN,
        sperm: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        files: Sequence[Sequence[str]] | NotGiven = NOT_GIVEN,
        important: bool | NotGiven = NOT_GIVEN,
        important_date_end: str | NotGiven = NOT_GIVEN,
        site_id: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        background_code: str | NotGiven = NOT_GIVEN,
        parse_preview: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Publish a post in the Feed (activity stream) and return its ID.

        REST method: ``log.blogpost.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-add.html

        Args:
            post_message: Post text. Wire name: ``POST_MESSAGE``.
            post_title: Post title. Wire name: ``POST_TITLE``.
            dest: Recipients who may see the post: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Default "UA". Wire name: ``DEST``.
            sperm: Obsolete form of DEST. Wire name: ``SPERM``.
            files: Files to attach; they are uploaded to the author's Drive. Wire name: ``FILES``.
            important: \"Y" marks the post as important. Wire name: ``IMPORTANT``.
            important_date_end: Date and time (ISO 8601) until which the post stays important. Wire name: ``IMPORTANT_DATE_END``.
            site_id: ID of the site; default the current site. Wire name: ``SITE_ID``.
            user_id: ID of the user to publish as; admins only, default the current user. Wire name: ``USER_ID``.
            tags: Post tags. Wire name: ``TAGS``.
            background_code: Code of the post background. Wire name: ``BACKGROUND_CODE``.
            parse_preview: \"Y" builds a link preview from the post text; default "N". Wire name: ``PARSE_PREVIEW``.

        Returns:
            int

        Example:
            result = client.log.blogpost.add(post_message="Please call back after 3 pm.")
            result = await client.log.blogpost.add(post_message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LOG_BLOGPOST_ADD,
                {
                    "POST_MESSAGE": post_message,
                    "POST_TITLE": post_title,
                    "DEST": dest,
                    "SPERM": sperm,
                    "FILES": files,
                    "IMPORTANT": yes_no(important),
                    "IMPORTANT_DATE_END": important_date_end,
                    "SITE_ID": site_id,
                    "USER_ID": user_id,
                    "TAGS": tags,
                    "BACKGROUND_CODE": background_code,
                    "PARSE_PREVIEW": parse_preview,
                },
            ),
        )

    def delete(self, *, post_id: int) -> bool:
        """Remove a post from the Feed.

        Allowed to the post author or an administrator.

        REST method: ``log.blogpost.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-delete.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.

        Returns:
            bool

        Example:
            result = client.log.blogpost.delete(post_id=1)
            result = await client.log.blogpost.delete(post_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_LOG_BLOGPOST_DELETE, {"POST_ID": post_id})
        )

    def get(
        self,
        *,
        post_id: int | NotGiven = NOT_GIVEN,
        log_rights: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        log_date_from: str | NotGiven = NOT_GIVEN,
        log_date_to: str | NotGiven = NOT_GIVEN,
        first_id: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_LogBlogpost]:
        """List the Feed posts the current user may see, by post, recipient or date.

        POST_ID and LOG_RIGHTS exclude each other; without both, every visible post is returned. Offset pages
        (start) are 50 records; cursor mode (FIRST_ID/LAST_ID with LIMIT) allows up to 200.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``log.blogpost.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-get.html

        Args:
            post_id: ID of the post to return. Wire name: ``POST_ID``.
            log_rights: Filter by recipients: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``LOG_RIGHTS``.
            log_date_from: Start of the publication period, ISO 8601; not later than LOG_DATE_TO. Wire name: ``LOG_DATE_FROM``.
            log_date_to: End of the publication period, ISO 8601. Wire name: ``LOG_DATE_TO``.
            first_id: Cursor forward; return Feed entries with IDs greater than this. Wire name: ``FIRST_ID``.
            last_id: Cursor backward; return Feed entries with IDs less than this. Wire name: ``LAST_ID``.
            limit: Page size in cursor mode, up to 200. Wire name: ``LIMIT``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Page[LogBlogpost]

        Example:
            result = client.log.blogpost.get()
            result = await client.log.blogpost.get()  # AsyncBitrix24
        """
        return cast(
            "Page[_LogBlogpost]",
            self._backend._invoke_page(
                _LOG_BLOGPOST_GET,
                {
                    "POST_ID": post_id,
                    "LOG_RIGHTS": log_rights,
                    "LOG_DATE_FROM": log_date_from,
                    "LOG_DATE_TO": log_date_to,
                    "FIRST_ID": first_id,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )

    def share(
        self, *, post_id: int, dest: Sequence[str], user_id: int | NotGiven = NOT_GIVEN
    ) -> bool:
        """Add recipients to an existing Feed post.

        Allowed to the post author or an administrator.

        REST method: ``log.blogpost.share``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-share.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            dest: New recipients: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``DEST``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.log.blogpost.share(post_id=1, dest=["example"])
            result = await client.log.blogpost.share(post_id=1, dest=["example"])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LOG_BLOGPOST_SHARE,
                {"POST_ID": post_id, "DEST": dest, "USER_ID": user_id},
            ),
        )

    def update(
        self,
        *,
        post_id: int,
        post_message: str | NotGiven = NOT_GIVEN,
        post_title: str | NotGiven = NOT_GIVEN,
        dest: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        sperm: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        files: dict[str, Any] | NotGiven = NOT_GIVEN,
        important: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        important_date_end: str | NotGiven = NOT_GIVEN,
        site_id: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Edit the text, recipients, files or importance of a Feed post.

        Allowed to the post author or an administrator. Passing neither POST_TITLE nor POST_MESSAGE fails with
        EMPTY_TITLE; passing only POST_MESSAGE drops the original title.

        REST method: ``log.blogpost.update``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-update.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            post_message: New post text. Wire name: ``POST_MESSAGE``.
            post_title: New post title. Wire name: ``POST_TITLE``.
            dest: New recipient list: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``DEST``.
            sperm: Obsolete form of DEST. Wire name: ``SPERM``.
            files: Files to attach; {ID: "del"} detaches the file with that attachment ID. Wire name: ``FILES``.
            important: \"Y" marks the post as important. Wire name: ``IMPORTANT``.
            important_date_end: Date and time (ISO 8601) until which the post stays important. Wire name: ``IMPORTANT_DATE_END``.
            site_id: ID of the site. Wire name: ``SITE_ID``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

        Returns:
            int

        Example:
            result = client.log.blogpost.update(post_id=1)
            result = await client.log.blogpost.update(post_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LOG_BLOGPOST_UPDATE,
                {
                    "POST_ID": post_id,
                    "POST_MESSAGE": post_message,
                    "POST_TITLE": post_title,
                    "DEST": dest,
                    "SPERM": sperm,
                    "FILES": files,
                    "IMPORTANT": important,
                    "IMPORTANT_DATE_END": important_date_end,
                    "SITE_ID": site_id,
                    "USER_ID": user_id,
                },
            ),
        )


class AsyncLogBlogpost(Namespace):
    """Methods under ``log.blogpost`` (async)."""

    __slots__ = ()

    @property
    def getusers(self) -> AsyncLogBlogpostGetusers:
        """Methods under ``log.blogpost.getusers``."""
        return AsyncLogBlogpostGetusers(self._backend)

    async def add(
        self,
        *,
        post_message: str,
        post_title: str | NotGiven = NOT_GIVEN,
        dest: Sequence[str] | NotGiven = NOT_GIVEN,
        sperm: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        files: Sequence[Sequence[str]] | NotGiven = NOT_GIVEN,
        important: bool | NotGiven = NOT_GIVEN,
        important_date_end: str | NotGiven = NOT_GIVEN,
        site_id: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        background_code: str | NotGiven = NOT_GIVEN,
        parse_preview: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Publish a post in the Feed (activity stream) and return its ID.

        REST method: ``log.blogpost.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-add.html

        Args:
            post_message: Post text. Wire name: ``POST_MESSAGE``.
            post_title: Post title. Wire name: ``POST_TITLE``.
            dest: Recipients who may see the post: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Default "UA". Wire name: ``DEST``.
            sperm: Obsolete form of DEST. Wire name: ``SPERM``.
            files: Files to attach; they are uploaded to the author's Drive. Wire name: ``FILES``.
            important: \"Y" marks the post as important. Wire name: ``IMPORTANT``.
            important_date_end: Date and time (ISO 8601) until which the post stays important. Wire name: ``IMPORTANT_DATE_END``.
            site_id: ID of the site; default the current site. Wire name: ``SITE_ID``.
            user_id: ID of the user to publish as; admins only, default the current user. Wire name: ``USER_ID``.
            tags: Post tags. Wire name: ``TAGS``.
            background_code: Code of the post background. Wire name: ``BACKGROUND_CODE``.
            parse_preview: \"Y" builds a link preview from the post text; default "N". Wire name: ``PARSE_PREVIEW``.

        Returns:
            int

        Example:
            result = client.log.blogpost.add(post_message="Please call back after 3 pm.")
            result = await client.log.blogpost.add(post_message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LOG_BLOGPOST_ADD,
                {
                    "POST_MESSAGE": post_message,
                    "POST_TITLE": post_title,
                    "DEST": dest,
                    "SPERM": sperm,
                    "FILES": files,
                    "IMPORTANT": yes_no(important),
                    "IMPORTANT_DATE_END": important_date_end,
                    "SITE_ID": site_id,
                    "USER_ID": user_id,
                    "TAGS": tags,
                    "BACKGROUND_CODE": background_code,
                    "PARSE_PREVIEW": parse_preview,
                },
            ),
        )

    async def delete(self, *, post_id: int) -> bool:
        """Remove a post from the Feed.

        Allowed to the post author or an administrator.

        REST method: ``log.blogpost.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-delete.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.

        Returns:
            bool

        Example:
            result = client.log.blogpost.delete(post_id=1)
            result = await client.log.blogpost.delete(post_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_LOG_BLOGPOST_DELETE, {"POST_ID": post_id}),
        )

    async def get(
        self,
        *,
        post_id: int | NotGiven = NOT_GIVEN,
        log_rights: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        log_date_from: str | NotGiven = NOT_GIVEN,
        log_date_to: str | NotGiven = NOT_GIVEN,
        first_id: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_LogBlogpost]:
        """List the Feed posts the current user may see, by post, recipient or date.

        POST_ID and LOG_RIGHTS exclude each other; without both, every visible post is returned. Offset pages
        (start) are 50 records; cursor mode (FIRST_ID/LAST_ID with LIMIT) allows up to 200.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``log.blogpost.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-get.html

        Args:
            post_id: ID of the post to return. Wire name: ``POST_ID``.
            log_rights: Filter by recipients: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``LOG_RIGHTS``.
            log_date_from: Start of the publication period, ISO 8601; not later than LOG_DATE_TO. Wire name: ``LOG_DATE_FROM``.
            log_date_to: End of the publication period, ISO 8601. Wire name: ``LOG_DATE_TO``.
            first_id: Cursor forward; return Feed entries with IDs greater than this. Wire name: ``FIRST_ID``.
            last_id: Cursor backward; return Feed entries with IDs less than this. Wire name: ``LAST_ID``.
            limit: Page size in cursor mode, up to 200. Wire name: ``LIMIT``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            AsyncPage[LogBlogpost]

        Example:
            result = client.log.blogpost.get()
            result = await client.log.blogpost.get()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_LogBlogpost]",
            await self._backend._invoke_page(
                _LOG_BLOGPOST_GET,
                {
                    "POST_ID": post_id,
                    "LOG_RIGHTS": log_rights,
                    "LOG_DATE_FROM": log_date_from,
                    "LOG_DATE_TO": log_date_to,
                    "FIRST_ID": first_id,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )

    async def share(
        self, *, post_id: int, dest: Sequence[str], user_id: int | NotGiven = NOT_GIVEN
    ) -> bool:
        """Add recipients to an existing Feed post.

        Allowed to the post author or an administrator.

        REST method: ``log.blogpost.share``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-share.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            dest: New recipients: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``DEST``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.log.blogpost.share(post_id=1, dest=["example"])
            result = await client.log.blogpost.share(post_id=1, dest=["example"])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LOG_BLOGPOST_SHARE,
                {"POST_ID": post_id, "DEST": dest, "USER_ID": user_id},
            ),
        )

    async def update(
        self,
        *,
        post_id: int,
        post_message: str | NotGiven = NOT_GIVEN,
        post_title: str | NotGiven = NOT_GIVEN,
        dest: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        sperm: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        files: dict[str, Any] | NotGiven = NOT_GIVEN,
        important: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        important_date_end: str | NotGiven = NOT_GIVEN,
        site_id: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Edit the text, recipients, files or importance of a Feed post.

        Allowed to the post author or an administrator. Passing neither POST_TITLE nor POST_MESSAGE fails with
        EMPTY_TITLE; passing only POST_MESSAGE drops the original title.

        REST method: ``log.blogpost.update``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-update.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            post_message: New post text. Wire name: ``POST_MESSAGE``.
            post_title: New post title. Wire name: ``POST_TITLE``.
            dest: New recipient list: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``DEST``.
            sperm: Obsolete form of DEST. Wire name: ``SPERM``.
            files: Files to attach; {ID: "del"} detaches the file with that attachment ID. Wire name: ``FILES``.
            important: \"Y" marks the post as important. Wire name: ``IMPORTANT``.
            important_date_end: Date and time (ISO 8601) until which the post stays important. Wire name: ``IMPORTANT_DATE_END``.
            site_id: ID of the site. Wire name: ``SITE_ID``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

        Returns:
            int

        Example:
            result = client.log.blogpost.update(post_id=1)
            result = await client.log.blogpost.update(post_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LOG_BLOGPOST_UPDATE,
                {
                    "POST_ID": post_id,
                    "POST_MESSAGE": post_message,
                    "POST_TITLE": post_title,
                    "DEST": dest,
                    "SPERM": sperm,
                    "FILES": files,
                    "IMPORTANT": important,
                    "IMPORTANT_DATE_END": important_date_end,
                    "SITE_ID": site_id,
                    "USER_ID": user_id,
                },
            ),
        )


class BatchLogBlogpost(Namespace):
    """Methods under ``log.blogpost`` (queued into a batch)."""

    __slots__ = ()

    @property
    def getusers(self) -> BatchLogBlogpostGetusers:
        """Methods under ``log.blogpost.getusers``."""
        return BatchLogBlogpostGetusers(self._backend)

    def add(
        self,
        *,
        post_message: str | Ref,
        post_title: str | Ref | NotGiven = NOT_GIVEN,
        dest: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        sperm: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        files: Sequence[Sequence[str]] | Ref | NotGiven = NOT_GIVEN,
        important: bool | Ref | NotGiven = NOT_GIVEN,
        important_date_end: str | Ref | NotGiven = NOT_GIVEN,
        site_id: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        tags: str | Ref | NotGiven = NOT_GIVEN,
        background_code: str | Ref | NotGiven = NOT_GIVEN,
        parse_preview: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Publish a post in the Feed (activity stream) and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogpost.add``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-add.html

        Args:
            post_message: Post text. Wire name: ``POST_MESSAGE``.
            post_title: Post title. Wire name: ``POST_TITLE``.
            dest: Recipients who may see the post: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Default "UA". Wire name: ``DEST``.
            sperm: Obsolete form of DEST. Wire name: ``SPERM``.
            files: Files to attach; they are uploaded to the author's Drive. Wire name: ``FILES``.
            important: \"Y" marks the post as important. Wire name: ``IMPORTANT``.
            important_date_end: Date and time (ISO 8601) until which the post stays important. Wire name: ``IMPORTANT_DATE_END``.
            site_id: ID of the site; default the current site. Wire name: ``SITE_ID``.
            user_id: ID of the user to publish as; admins only, default the current user. Wire name: ``USER_ID``.
            tags: Post tags. Wire name: ``TAGS``.
            background_code: Code of the post background. Wire name: ``BACKGROUND_CODE``.
            parse_preview: \"Y" builds a link preview from the post text; default "N". Wire name: ``PARSE_PREVIEW``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.log.blogpost.add(post_message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LOG_BLOGPOST_ADD,
                {
                    "POST_MESSAGE": post_message,
                    "POST_TITLE": post_title,
                    "DEST": dest,
                    "SPERM": sperm,
                    "FILES": files,
                    "IMPORTANT": yes_no(important),
                    "IMPORTANT_DATE_END": important_date_end,
                    "SITE_ID": site_id,
                    "USER_ID": user_id,
                    "TAGS": tags,
                    "BACKGROUND_CODE": background_code,
                    "PARSE_PREVIEW": parse_preview,
                },
            ),
        )

    def delete(self, *, post_id: int | Ref) -> BatchCommand[bool]:
        """Remove a post from the Feed.

        Allowed to the post author or an administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogpost.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-delete.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.log.blogpost.delete(post_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LOG_BLOGPOST_DELETE, {"POST_ID": post_id}),
        )

    def get(
        self,
        *,
        post_id: int | Ref | NotGiven = NOT_GIVEN,
        log_rights: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        log_date_from: str | Ref | NotGiven = NOT_GIVEN,
        log_date_to: str | Ref | NotGiven = NOT_GIVEN,
        first_id: int | Ref | NotGiven = NOT_GIVEN,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LogBlogpost]]:
        """List the Feed posts the current user may see, by post, recipient or date.

        POST_ID and LOG_RIGHTS exclude each other; without both, every visible post is returned. Offset pages
        (start) are 50 records; cursor mode (FIRST_ID/LAST_ID with LIMIT) allows up to 200.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogpost.get``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-get.html

        Args:
            post_id: ID of the post to return. Wire name: ``POST_ID``.
            log_rights: Filter by recipients: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``LOG_RIGHTS``.
            log_date_from: Start of the publication period, ISO 8601; not later than LOG_DATE_TO. Wire name: ``LOG_DATE_FROM``.
            log_date_to: End of the publication period, ISO 8601. Wire name: ``LOG_DATE_TO``.
            first_id: Cursor forward; return Feed entries with IDs greater than this. Wire name: ``FIRST_ID``.
            last_id: Cursor backward; return Feed entries with IDs less than this. Wire name: ``LAST_ID``.
            limit: Page size in cursor mode, up to 200. Wire name: ``LIMIT``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[list[LogBlogpost]]

        Example:
            command = batch.log.blogpost.get()
        """
        return cast(
            "BatchCommand[list[_LogBlogpost]]",
            self._backend._invoke_page(
                _LOG_BLOGPOST_GET,
                {
                    "POST_ID": post_id,
                    "LOG_RIGHTS": log_rights,
                    "LOG_DATE_FROM": log_date_from,
                    "LOG_DATE_TO": log_date_to,
                    "FIRST_ID": first_id,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )

    def share(
        self,
        *,
        post_id: int | Ref,
        dest: Sequence[str] | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Add recipients to an existing Feed post.

        Allowed to the post author or an administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogpost.share``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-share.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            dest: New recipients: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``DEST``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.log.blogpost.share(post_id=1, dest=["example"])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LOG_BLOGPOST_SHARE,
                {"POST_ID": post_id, "DEST": dest, "USER_ID": user_id},
            ),
        )

    def update(
        self,
        *,
        post_id: int | Ref,
        post_message: str | Ref | NotGiven = NOT_GIVEN,
        post_title: str | Ref | NotGiven = NOT_GIVEN,
        dest: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        sperm: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        files: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        important: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        important_date_end: str | Ref | NotGiven = NOT_GIVEN,
        site_id: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Edit the text, recipients, files or importance of a Feed post.

        Allowed to the post author or an administrator. Passing neither POST_TITLE nor POST_MESSAGE fails with
        EMPTY_TITLE; passing only POST_MESSAGE drops the original title.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogpost.update``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-update.html

        Args:
            post_id: ID of the post, as returned by log.blogpost.get. Wire name: ``POST_ID``.
            post_message: New post text. Wire name: ``POST_MESSAGE``.
            post_title: New post title. Wire name: ``POST_TITLE``.
            dest: New recipient list: "SG<id>" workgroup, "U<id>" user, "DR<id>" department, "UA" all authorized users. Wire name: ``DEST``.
            sperm: Obsolete form of DEST. Wire name: ``SPERM``.
            files: Files to attach; {ID: "del"} detaches the file with that attachment ID. Wire name: ``FILES``.
            important: \"Y" marks the post as important. Wire name: ``IMPORTANT``.
            important_date_end: Date and time (ISO 8601) until which the post stays important. Wire name: ``IMPORTANT_DATE_END``.
            site_id: ID of the site. Wire name: ``SITE_ID``.
            user_id: ID of the user to act as; admins only, default the current user. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.log.blogpost.update(post_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LOG_BLOGPOST_UPDATE,
                {
                    "POST_ID": post_id,
                    "POST_MESSAGE": post_message,
                    "POST_TITLE": post_title,
                    "DEST": dest,
                    "SPERM": sperm,
                    "FILES": files,
                    "IMPORTANT": important,
                    "IMPORTANT_DATE_END": important_date_end,
                    "SITE_ID": site_id,
                    "USER_ID": user_id,
                },
            ),
        )


class LogBlogpostGetusers(Namespace):
    """Methods under ``log.blogpost.getusers``."""

    __slots__ = ()

    def important(self, *, post_id: int) -> list[str]:
        """List the IDs of users who have read an important Feed post.

        Returns at most 500 IDs. An empty list means the caller cannot see the post.

        REST method: ``log.blogpost.getusers.important``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-getusers-important.html

        Args:
            post_id: ID of the important post. Wire name: ``POST_ID``.

        Returns:
            list[str]

        Example:
            result = client.log.blogpost.getusers.important(post_id=1)
            result = await client.log.blogpost.getusers.important(post_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            self._backend._invoke(
                _LOG_BLOGPOST_GETUSERS_IMPORTANT, {"POST_ID": post_id}
            ),
        )


class AsyncLogBlogpostGetusers(Namespace):
    """Methods under ``log.blogpost.getusers`` (async)."""

    __slots__ = ()

    async def important(self, *, post_id: int) -> list[str]:
        """List the IDs of users who have read an important Feed post.

        Returns at most 500 IDs. An empty list means the caller cannot see the post.

        REST method: ``log.blogpost.getusers.important``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-getusers-important.html

        Args:
            post_id: ID of the important post. Wire name: ``POST_ID``.

        Returns:
            list[str]

        Example:
            result = client.log.blogpost.getusers.important(post_id=1)
            result = await client.log.blogpost.getusers.important(post_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            await self._backend._invoke(
                _LOG_BLOGPOST_GETUSERS_IMPORTANT, {"POST_ID": post_id}
            ),
        )


class BatchLogBlogpostGetusers(Namespace):
    """Methods under ``log.blogpost.getusers`` (queued into a batch)."""

    __slots__ = ()

    def important(self, *, post_id: int | Ref) -> BatchCommand[list[str]]:
        """List the IDs of users who have read an important Feed post.

        Returns at most 500 IDs. An empty list means the caller cannot see the post.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``log.blogpost.getusers.important``
        Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-getusers-important.html

        Args:
            post_id: ID of the important post. Wire name: ``POST_ID``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.log.blogpost.getusers.important(post_id=1)
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(
                _LOG_BLOGPOST_GETUSERS_IMPORTANT, {"POST_ID": post_id}
            ),
        )
