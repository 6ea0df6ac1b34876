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
    """A connected mailbox.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-get.html
    """

    id: int
    """ID of the mailbox."""
    name: str
    """Mailbox name."""
    email: str
    """Mailbox e-mail address."""
    senderName: str
    """Sender name used for outgoing mail."""
    items: list[Any] | dict[str, Any]
    """Mailboxes in a list answer."""


class V3MailMailboxField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3MailMailboxSendersResult(TypedDict, total=False):
    """Keys of the result of ``mail.mailbox.senders`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    """Senders available to the user."""
    email: str
    """Sender e-mail address."""
    name: str
    """Sender name."""
    sender: str
    """Sender as "Name <email>"."""


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
    """true when the event was created."""
    eventId: int
    """ID of the new calendar event."""
    messageId: int
    """ID of the source e-mail."""


class V3MailMessageCreatechatResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createchat`` (REST 3.0)."""

    success: bool
    """true when the operation succeeded."""
    chatId: int
    """ID of the chat."""
    messageId: int
    """ID of the source e-mail."""
    existing: bool
    """true when the chat already existed."""


class V3MailMessageCreatefeedpostResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createfeedpost`` (REST 3.0)."""

    success: bool
    """true when the post was created."""
    postId: int
    """ID of the new Feed post."""
    messageId: int
    """ID of the source e-mail."""


class V3MailMessageCreatetaskResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.createtask`` (REST 3.0)."""

    success: bool
    """true when the task was created."""
    taskId: int
    """ID of the new task."""
    messageId: int
    """ID of the source e-mail."""


class V3MailMessageField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3MailMessageForwardResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.forward`` (REST 3.0)."""

    success: bool
    """true when the message was sent."""
    to: list[Any]
    """Recipients the message was sent to."""


class V3MailMessageMovetofolderResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.movetofolder`` (REST 3.0)."""

    success: bool
    """true when the operation succeeded."""
    movedCount: int
    """Number of messages processed."""
    action: str
    """Action performed."""


class V3MailMessageReplyResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.reply`` (REST 3.0)."""

    success: bool
    """true when the message was sent."""
    to: list[Any]
    """Recipients the message was sent to."""


class V3MailMessageSendResult(TypedDict, total=False):
    """Keys of the result of ``mail.message.send`` (REST 3.0)."""

    success: bool
    """true when the message was sent."""
    to: list[Any]
    """Recipients the message was sent to."""


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
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3MailRecipientListcontactsResult(TypedDict, total=False):
    """Keys of the result of ``mail.recipient.listcontacts`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    """Contacts found."""
    id: int
    """ID of the contact."""
    email: str
    """E-mail address."""
    name: str
    """Name."""


class V3MailRecipientListemployeesResult(TypedDict, total=False):
    """Keys of the result of ``mail.recipient.listemployees`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    """Employees found."""
    id: int
    """ID of the employee."""
    email: str
    """E-mail address."""
    name: str
    """Name."""
