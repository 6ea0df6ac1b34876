"""TypedDicts of ``b24client.types.log``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "LogBlogcommentUser",
    "LogBlogcommentUserComments",
    "LogBlogpost",
]


class LogBlogcommentUserComments(TypedDict, total=False):
    """Keys of ``comments`` in ``LogBlogcommentUser``."""

    id: int
    """ID of the comment entry."""
    comment_id: int
    """ID of the comment."""
    log_id: int
    """ID of the Feed entry the comment belongs to."""
    date: str
    """Comment date, ISO 8601."""
    text: str
    """Comment text."""
    attach: list[int]
    """IDs of the attached Drive files."""


class LogBlogcommentUser(TypedDict, total=False):
    """A user's Feed comments with their attached files.

    Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html
    """

    comments: list[LogBlogcommentUserComments]
    """Comments of the user."""
    files: dict[str, Any]
    """Attached files keyed by Drive object ID, with name, size, type, date and author."""


class LogBlogpost(TypedDict, total=False):
    """A Feed (activity stream) post.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-get.html
    """

    ID: str
    """ID of the post."""
    BLOG_ID: str
    """ID of the blog the post belongs to."""
    PUBLISH_STATUS: str
    """Publication status."""
    TITLE: str
    """Post title."""
    AUTHOR_ID: str
    """ID of the author."""
    ENABLE_COMMENTS: str
    """Whether comments are allowed."""
    NUM_COMMENTS: str
    """Number of comments."""
    CODE: str | None
    """Symbolic code of the post."""
    MICRO: str
    """Whether this is a micro post."""
    DETAIL_TEXT: str
    """Post text."""
    DATE_PUBLISH: str
    """Publication date and time."""
    CATEGORY_ID: str
    """IDs of the tags (categories), comma-separated."""
    HAS_SOCNET_ALL: str
    """Whether the post is addressed to all authorized users."""
    HAS_TAGS: str
    """Whether the post has tags."""
    HAS_IMAGES: str
    """Whether the post has images."""
    HAS_PROPS: str
    """Whether the post has custom fields."""
    HAS_COMMENT_IMAGES: str | None
    """Whether comments have images."""
    FILES: list[Any]
    """Files attached to the post."""
