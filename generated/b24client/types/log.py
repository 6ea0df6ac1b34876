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
    comment_id: int
    log_id: int
    date: str
    text: str
    attach: list[int]


class LogBlogcommentUser(TypedDict, total=False):
    """Log blogcomment user, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/log/blogcomment/log-blogcomment-user-get.html
    """

    comments: list[LogBlogcommentUserComments]
    files: dict[str, Any]


class LogBlogpost(TypedDict, total=False):
    """Log blogpost, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/log/log-blogpost-get.html
    """

    ID: str
    BLOG_ID: str
    PUBLISH_STATUS: str
    TITLE: str
    AUTHOR_ID: str
    ENABLE_COMMENTS: str
    NUM_COMMENTS: str
    CODE: str | None
    MICRO: str
    DETAIL_TEXT: str
    DATE_PUBLISH: str
    CATEGORY_ID: str
    HAS_SOCNET_ALL: str
    HAS_TAGS: str
    HAS_IMAGES: str
    HAS_PROPS: str
    HAS_COMMENT_IMAGES: str | None
    FILES: list[Any]
