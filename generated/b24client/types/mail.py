"""TypedDicts of ``b24client.types.mail``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "V3MailMailbox",
    "V3MailMailboxField",
    "V3MailMailboxSendersResult",
    "V3MailMessage",
    "V3MailMessageCreatecalendareventResult",
    "V3MailMessageCreatechatResult",
    "V3MailMessageCreatefeedpostResult",
    "V3MailMessageCreatetaskResult",
    "V3MailMessageField",
    "V3MailMessageForwardResult",
    "V3MailMessageMovetofolderResult",
    "V3MailMessageReplyResult",
    "V3MailMessageSendResult",
    "V3MailMessageThreadResult",
    "V3MailRecipientField",
    "V3MailRecipientListcontactsResult",
    "V3MailRecipientListemployeesResult",
]


class V3MailMailbox(TypedDict, total=False):
    """V3 mail mailbox, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-get.html
    """

    id: int
    name: str
    email: str
    senderName: str
    items: list[Any] | dict[str, Any]


class V3MailMailboxField(TypedDict, total=False):
    """V3 mail mailbox field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3MailMailboxSendersResult(TypedDict, total=False):
    """Keys of the result of ``mail.mailbox.senders`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    email: str
    name: str
    sender: str


V3MailMessage = TypedDict(
    "V3MailMessage",
    {
        "id": int,
        "mailboxId": int,
        "mailboxEmail": str,
        "subject": str,
        "from": str,
        "to": str,
        "cc": Any,
        "date": str,
        "isSeen": bool,
        "hasAttachments": bool,
        "url": str,
        "bindings": list[Any],
        "body": str,
        "items": list[Any] | dict[str, Any],
    },
    total=False,
)


class V3MailMessageCreatecalendareventResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createcalendarevent`` (REST 3.0)."""

    success: bool
    eventId: int
    messageId: int


class V3MailMessageCreatechatResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createchat`` (REST 3.0)."""

    success: bool
    chatId: int
    messageId: int
    existing: bool


class V3MailMessageCreatefeedpostResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createfeedpost`` (REST 3.0)."""

    success: bool
    postId: int
    messageId: int


class V3MailMessageCreatetaskResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createtask`` (REST 3.0)."""

    success: bool
    taskId: int
    messageId: int


class V3MailMessageField(TypedDict, total=False):
    """V3 mail message field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3MailMessageForwardResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.forward`` (REST 3.0)."""

    success: bool
    to: list[Any]


class V3MailMessageMovetofolderResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.movetofolder`` (REST 3.0)."""

    success: bool
    movedCount: int
    action: str


class V3MailMessageReplyResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.reply`` (REST 3.0)."""

    success: bool
    to: list[Any]


class V3MailMessageSendResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.send`` (REST 3.0)."""

    success: bool
    to: list[Any]


V3MailMessageThreadResult = TypedDict(
    "V3MailMessageThreadResult",
    {
        "id": int,
        "subject": str,
        "from": str,
        "to": str,
        "cc": str,
        "date": str,
        "body": str,
    },
    total=False,
)


class V3MailRecipientField(TypedDict, total=False):
    """V3 mail recipient field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3MailRecipientListcontactsResult(TypedDict, total=False):
    """Keys of the result of ``mail.recipient.listcontacts`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    id: int
    email: str
    name: str


class V3MailRecipientListemployeesResult(TypedDict, total=False):
    """Keys of the result of ``mail.recipient.listemployees`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    id: int
    email: str
    name: str
