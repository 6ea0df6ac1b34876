"""REST 3.0 methods under ``mail``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.mail import (
        V3MailMailbox as _V3MailMailbox,
        V3MailMailboxField as _V3MailMailboxField,
        V3MailMailboxSendersResult,
        V3MailMessage as _V3MailMessage,
        V3MailMessageCreatecalendareventResult,
        V3MailMessageCreatechatResult,
        V3MailMessageCreatefeedpostResult,
        V3MailMessageCreatetaskResult,
        V3MailMessageField as _V3MailMessageField,
        V3MailMessageForwardResult,
        V3MailMessageMovetofolderResult,
        V3MailMessageReplyResult,
        V3MailMessageSendResult,
        V3MailMessageThreadResult,
        V3MailRecipientField as _V3MailRecipientField,
        V3MailRecipientListcontactsResult,
        V3MailRecipientListemployeesResult,
    )

_V3_MAIL_MAILBOX_GET = MethodInfo(
    name="mail.mailbox.get", idempotent=True, returns="any", api=3
)
_V3_MAIL_MAILBOX_LIST = MethodInfo(
    name="mail.mailbox.list", idempotent=True, returns="any", api=3
)
_V3_MAIL_MAILBOX_SENDERS = MethodInfo(
    name="mail.mailbox.senders", idempotent=False, returns="any", api=3
)
_V3_MAIL_MAILBOX_FIELD_GET = MethodInfo(
    name="mail.mailbox.field.get", idempotent=True, returns="any", api=3
)
_V3_MAIL_MAILBOX_FIELD_LIST = MethodInfo(
    name="mail.mailbox.field.list", idempotent=True, returns="any", api=3
)
_V3_MAIL_MESSAGE_CREATECALENDAREVENT = MethodInfo(
    name="mail.message.createcalendarevent", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_CREATECHAT = MethodInfo(
    name="mail.message.createchat", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_CREATECRMACTIVITY = MethodInfo(
    name="mail.message.createcrmactivity", idempotent=False, returns="boolean", api=3
)
_V3_MAIL_MESSAGE_CREATEFEEDPOST = MethodInfo(
    name="mail.message.createfeedpost", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_CREATETASK = MethodInfo(
    name="mail.message.createtask", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_FORWARD = MethodInfo(
    name="mail.message.forward", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_GET = MethodInfo(
    name="mail.message.get", idempotent=True, returns="any", api=3
)
_V3_MAIL_MESSAGE_LIST = MethodInfo(
    name="mail.message.list", idempotent=True, returns="any", api=3
)
_V3_MAIL_MESSAGE_MOVETOFOLDER = MethodInfo(
    name="mail.message.movetofolder", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_REMOVECRMACTIVITY = MethodInfo(
    name="mail.message.removecrmactivity", idempotent=False, returns="boolean", api=3
)
_V3_MAIL_MESSAGE_REPLY = MethodInfo(
    name="mail.message.reply", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_SEND = MethodInfo(
    name="mail.message.send", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_THREAD = MethodInfo(
    name="mail.message.thread", idempotent=False, returns="any", api=3
)
_V3_MAIL_MESSAGE_FIELD_GET = MethodInfo(
    name="mail.message.field.get", idempotent=True, returns="any", api=3
)
_V3_MAIL_MESSAGE_FIELD_LIST = MethodInfo(
    name="mail.message.field.list", idempotent=True, returns="any", api=3
)
_V3_MAIL_RECIPIENT_LISTCONTACTS = MethodInfo(
    name="mail.recipient.listcontacts", idempotent=True, returns="any", api=3
)
_V3_MAIL_RECIPIENT_LISTEMPLOYEES = MethodInfo(
    name="mail.recipient.listemployees", idempotent=True, returns="any", api=3
)
_V3_MAIL_RECIPIENT_FIELD_GET = MethodInfo(
    name="mail.recipient.field.get", idempotent=True, returns="any", api=3
)
_V3_MAIL_RECIPIENT_FIELD_LIST = MethodInfo(
    name="mail.recipient.field.list", idempotent=True, returns="any", api=3
)


class V3Mail(Namespace):
    """REST 3.0 methods under ``mail``."""

    __slots__ = ()

    @property
    def mailbox(self) -> V3MailMailbox:
        """REST 3.0 methods under ``mail.mailbox``."""
        return V3MailMailbox(self._backend)

    @property
    def message(self) -> V3MailMessage:
        """REST 3.0 methods under ``mail.message``."""
        return V3MailMessage(self._backend)

    @property
    def recipient(self) -> V3MailRecipient:
        """REST 3.0 methods under ``mail.recipient``."""
        return V3MailRecipient(self._backend)


class AsyncV3Mail(Namespace):
    """REST 3.0 methods under ``mail`` (async)."""

    __slots__ = ()

    @property
    def mailbox(self) -> AsyncV3MailMailbox:
        """REST 3.0 methods under ``mail.mailbox``."""
        return AsyncV3MailMailbox(self._backend)

    @property
    def message(self) -> AsyncV3MailMessage:
        """REST 3.0 methods under ``mail.message``."""
        return AsyncV3MailMessage(self._backend)

    @property
    def recipient(self) -> AsyncV3MailRecipient:
        """REST 3.0 methods under ``mail.recipient``."""
        return AsyncV3MailRecipient(self._backend)


class V3MailMailbox(Namespace):
    """REST 3.0 methods under ``mail.mailbox``."""

    __slots__ = ()

    @property
    def field(self) -> V3MailMailboxField:
        """REST 3.0 methods under ``mail.mailbox.field``."""
        return V3MailMailboxField(self._backend)

    def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMailbox:
        """Get a connected mailbox's address and sender name by ID.

        Requires access to the mailbox.

        REST method: ``mail.mailbox.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-get.html

        Args:
            id: ID of the mailbox, as returned by mail.mailbox.list.
            select: Mailbox fields to return: "id", "email" or "senderName".

        Returns:
            V3MailMailbox

        Example:
            result = client.v3.mail.mailbox.get(id=1)
            result = await client.v3.mail.mailbox.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3MailMailbox",
            self._backend._invoke(_V3_MAIL_MAILBOX_GET, {"id": id, "select": select}),
        )

    def list(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MailMailbox]:
        """List the current user's connected mailboxes, optionally filtered by name or address.

        REST method: ``mail.mailbox.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-list.html

        Args:
            name: Part of the mailbox name to filter by.
            email: Part of the e-mail address to filter by.
            pagination: Paging: page, limit (default 25, at most 100) and offset.

        Returns:
            list[V3MailMailbox]

        Example:
            result = client.v3.mail.mailbox.list()
            result = await client.v3.mail.mailbox.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMailbox]",
            self._backend._invoke(
                _V3_MAIL_MAILBOX_LIST,
                {"name": name, "email": email, "pagination": pagination},
            ),
        )

    def senders(
        self, *, pagination: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> builtins.list[V3MailMailboxSendersResult]:
        """List the sender addresses the current user may send mail from.

        REST method: ``mail.mailbox.senders`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-senders.html

        Args:
            pagination: Paging: page, limit (default 25, at most 100) and offset.

        Returns:
            list[V3MailMailboxSendersResult]

        Example:
            result = client.v3.mail.mailbox.senders()
            result = await client.v3.mail.mailbox.senders()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3MailMailboxSendersResult]",
            self._backend._invoke(_V3_MAIL_MAILBOX_SENDERS, {"pagination": pagination}),
        )


class AsyncV3MailMailbox(Namespace):
    """REST 3.0 methods under ``mail.mailbox`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3MailMailboxField:
        """REST 3.0 methods under ``mail.mailbox.field``."""
        return AsyncV3MailMailboxField(self._backend)

    async def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMailbox:
        """Get a connected mailbox's address and sender name by ID.

        Requires access to the mailbox.

        REST method: ``mail.mailbox.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-get.html

        Args:
            id: ID of the mailbox, as returned by mail.mailbox.list.
            select: Mailbox fields to return: "id", "email" or "senderName".

        Returns:
            V3MailMailbox

        Example:
            result = client.v3.mail.mailbox.get(id=1)
            result = await client.v3.mail.mailbox.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3MailMailbox",
            await self._backend._invoke(
                _V3_MAIL_MAILBOX_GET, {"id": id, "select": select}
            ),
        )

    async def list(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MailMailbox]:
        """List the current user's connected mailboxes, optionally filtered by name or address.

        REST method: ``mail.mailbox.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-list.html

        Args:
            name: Part of the mailbox name to filter by.
            email: Part of the e-mail address to filter by.
            pagination: Paging: page, limit (default 25, at most 100) and offset.

        Returns:
            list[V3MailMailbox]

        Example:
            result = client.v3.mail.mailbox.list()
            result = await client.v3.mail.mailbox.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMailbox]",
            await self._backend._invoke(
                _V3_MAIL_MAILBOX_LIST,
                {"name": name, "email": email, "pagination": pagination},
            ),
        )

    async def senders(
        self, *, pagination: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> builtins.list[V3MailMailboxSendersResult]:
        """List the sender addresses the current user may send mail from.

        REST method: ``mail.mailbox.senders`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-senders.html

        Args:
            pagination: Paging: page, limit (default 25, at most 100) and offset.

        Returns:
            list[V3MailMailboxSendersResult]

        Example:
            result = client.v3.mail.mailbox.senders()
            result = await client.v3.mail.mailbox.senders()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3MailMailboxSendersResult]",
            await self._backend._invoke(
                _V3_MAIL_MAILBOX_SENDERS, {"pagination": pagination}
            ),
        )


class V3MailMailboxField(Namespace):
    """REST 3.0 methods under ``mail.mailbox.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMailboxField:
        """Describe one mailbox field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``mail.mailbox.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-field-get.html

        Args:
            name: Name of the field to describe, such as "id", "email" or "senderName".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MailMailboxField

        Example:
            result = client.v3.mail.mailbox.field.get(name="Anna")
            result = await client.v3.mail.mailbox.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MailMailboxField",
            self._backend._invoke(
                _V3_MAIL_MAILBOX_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3MailMailboxField]:
        """List the mailbox fields with their types, captions and filter/sort/edit flags.

        REST method: ``mail.mailbox.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3MailMailboxField]

        Example:
            result = client.v3.mail.mailbox.field.list()
            result = await client.v3.mail.mailbox.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMailboxField]",
            self._backend._invoke(_V3_MAIL_MAILBOX_FIELD_LIST, {"select": select}),
        )


class AsyncV3MailMailboxField(Namespace):
    """REST 3.0 methods under ``mail.mailbox.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMailboxField:
        """Describe one mailbox field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``mail.mailbox.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-field-get.html

        Args:
            name: Name of the field to describe, such as "id", "email" or "senderName".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MailMailboxField

        Example:
            result = client.v3.mail.mailbox.field.get(name="Anna")
            result = await client.v3.mail.mailbox.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MailMailboxField",
            await self._backend._invoke(
                _V3_MAIL_MAILBOX_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3MailMailboxField]:
        """List the mailbox fields with their types, captions and filter/sort/edit flags.

        REST method: ``mail.mailbox.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/mailbox/mail-mailbox-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3MailMailboxField]

        Example:
            result = client.v3.mail.mailbox.field.list()
            result = await client.v3.mail.mailbox.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMailboxField]",
            await self._backend._invoke(
                _V3_MAIL_MAILBOX_FIELD_LIST, {"select": select}
            ),
        )


class V3MailMessage(Namespace):
    """REST 3.0 methods under ``mail.message``."""

    __slots__ = ()

    @property
    def field(self) -> V3MailMessageField:
        """REST 3.0 methods under ``mail.message.field``."""
        return V3MailMessageField(self._backend)

    def createcalendarevent(
        self,
        *,
        message_id: int,
        date_from: str,
        date_to: str,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageCreatecalendareventResult:
        """Turn an e-mail into a calendar event at a given time.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createcalendarevent`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createcalendarevent.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.
            date_from: Event start as "Y-m-d H:i:s", such as "2026-04-15 10:00:00". Wire name: ``dateFrom``.
            date_to: Event end as "Y-m-d H:i:s", such as "2026-04-15 11:00:00". Wire name: ``dateTo``.
            name: Event name; default the e-mail subject.
            description: Event description.

        Returns:
            V3MailMessageCreatecalendareventResult

        Example:
            result = client.v3.mail.message.createcalendarevent(message_id=1, date_from="2025-01-31T10:00:00+03:00", date_to="2025-01-31T10:00:00+03:00")
            result = await client.v3.mail.message.createcalendarevent(message_id=1, date_from="2025-01-31T10:00:00+03:00", date_to="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatecalendareventResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATECALENDAREVENT,
                {
                    "messageId": message_id,
                    "dateFrom": date_from,
                    "dateTo": date_to,
                    "name": name,
                    "description": description,
                },
            ),
        )

    def createchat(self, *, message_id: int) -> V3MailMessageCreatechatResult:
        """Open a chat to discuss an e-mail, or return the one already created.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createchat`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createchat.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.

        Returns:
            V3MailMessageCreatechatResult

        Example:
            result = client.v3.mail.message.createchat(message_id=1)
            result = await client.v3.mail.message.createchat(message_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatechatResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATECHAT, {"messageId": message_id}
            ),
        )

    def createcrmactivity(self, *, message_id: int) -> bool:
        """Save an e-mail to CRM as an activity.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createcrmactivity`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createcrmactivity.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.

        Returns:
            bool

        Example:
            result = client.v3.mail.message.createcrmactivity(message_id=1)
            result = await client.v3.mail.message.createcrmactivity(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATECRMACTIVITY, {"messageId": message_id}
            ),
        )

    def createfeedpost(
        self, *, message_id: int, title: str | NotGiven = NOT_GIVEN
    ) -> V3MailMessageCreatefeedpostResult:
        """Share an e-mail as a Feed (activity stream) post.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createfeedpost`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createfeedpost.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.
            title: Post title; default the e-mail subject.

        Returns:
            V3MailMessageCreatefeedpostResult

        Example:
            result = client.v3.mail.message.createfeedpost(message_id=1)
            result = await client.v3.mail.message.createfeedpost(message_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatefeedpostResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATEFEEDPOST,
                {"messageId": message_id, "title": title},
            ),
        )

    def createtask(
        self,
        *,
        message_id: int,
        title: str | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageCreatetaskResult:
        """Create a task from an e-mail, assigned to you or another user.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createtask`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createtask.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.
            title: Task name; default the e-mail subject.
            responsible_id: ID of the responsible user; default the current user. Wire name: ``responsibleId``.
            description: Task description.

        Returns:
            V3MailMessageCreatetaskResult

        Example:
            result = client.v3.mail.message.createtask(message_id=1)
            result = await client.v3.mail.message.createtask(message_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatetaskResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATETASK,
                {
                    "messageId": message_id,
                    "title": title,
                    "responsibleId": responsible_id,
                    "description": description,
                },
            ),
        )

    def forward(
        self,
        *,
        forward_message_id: int,
        from_: str,
        to: Sequence[str],
        subject: str,
        body: str,
        cc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        bcc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageForwardResult:
        """Forward an e-mail to new recipients from one of your mailboxes.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.forward`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-forward.html

        Args:
            forward_message_id: ID of the e-mail to forward, as returned by mail.message.list. Wire name: ``forwardMessageId``.
            from_: Sender address, one of those returned by mail.mailbox.senders. Wire name: ``from``.
            to: Recipient e-mail addresses.
            subject: Subject line.
            body: Message text, plain text or basic HTML.
            cc: Carbon copy addresses.
            bcc: Blind carbon copy addresses.

        Returns:
            V3MailMessageForwardResult

        Example:
            result = client.v3.mail.message.forward(forward_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")
            result = await client.v3.mail.message.forward(forward_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageForwardResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_FORWARD,
                {
                    "forwardMessageId": forward_message_id,
                    "from": from_,
                    "to": to,
                    "subject": subject,
                    "body": body,
                    "cc": cc,
                    "bcc": bcc,
                },
            ),
        )

    def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMessage:
        """Get one e-mail with its headers, body and CRM links.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-get.html

        Args:
            id: ID of the e-mail message, as returned by mail.message.list.
            select: Message fields to return: "id", "mailboxId", "mailboxEmail", "subject", "from", "to", "cc", "date", "isSeen", "hasAttachments", "url", "bindings" or "body".

        Returns:
            V3MailMessage

        Example:
            result = client.v3.mail.message.get(id=1)
            result = await client.v3.mail.message.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3MailMessage",
            self._backend._invoke(_V3_MAIL_MESSAGE_GET, {"id": id, "select": select}),
        )

    def list(
        self,
        *,
        mailbox_id: int | NotGiven = NOT_GIVEN,
        search_query: str | NotGiven = NOT_GIVEN,
        date_from: str | NotGiven = NOT_GIVEN,
        date_to: str | NotGiven = NOT_GIVEN,
        is_seen: bool | NotGiven = NOT_GIVEN,
        has_attachments: bool | NotGiven = NOT_GIVEN,
        folder: str | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MailMessage]:
        """Search e-mails by mailbox, text, period, folder, read state or attachments.

        REST method: ``mail.message.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-list.html

        Args:
            mailbox_id: ID of the mailbox, as returned by mail.mailbox.list. Wire name: ``mailboxId``.
            search_query: Text searched in message content and headers. Wire name: ``searchQuery``.
            date_from: Start of the period, ISO 8601 such as "2026-01-01T00:00:00+03:00". Wire name: ``dateFrom``.
            date_to: End of the period, ISO 8601. Wire name: ``dateTo``.
            is_seen: true returns only read messages, false only unread ones. Wire name: ``isSeen``.
            has_attachments: true returns only messages with attachments, false only those without. Wire name: ``hasAttachments``.
            folder: Name or path of the mail folder.
            pagination: Paging: page, limit (default 25, at most 200) and offset.

        Returns:
            list[V3MailMessage]

        Example:
            result = client.v3.mail.message.list()
            result = await client.v3.mail.message.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMessage]",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_LIST,
                {
                    "mailboxId": mailbox_id,
                    "searchQuery": search_query,
                    "dateFrom": date_from,
                    "dateTo": date_to,
                    "isSeen": is_seen,
                    "hasAttachments": has_attachments,
                    "folder": folder,
                    "pagination": pagination,
                },
            ),
        )

    def movetofolder(
        self,
        *,
        message_ids: Sequence[int],
        action: str,
        folder: str | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageMovetofolderResult:
        """Move e-mails to a folder, to spam or to the trash.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.movetofolder`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-movetofolder.html

        Args:
            message_ids: IDs of the messages; all from one folder of one mailbox. Wire name: ``messageIds``.
            action: \"move" to the folder given, "spam" or "delete" (to the trash).
            folder: Name or path of an existing folder of the mailbox; required for "move".

        Returns:
            V3MailMessageMovetofolderResult

        Example:
            result = client.v3.mail.message.movetofolder(message_ids=[1], action="example")
            result = await client.v3.mail.message.movetofolder(message_ids=[1], action="example")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageMovetofolderResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_MOVETOFOLDER,
                {"messageIds": message_ids, "action": action, "folder": folder},
            ),
        )

    def removecrmactivity(self, *, message_id: int) -> bool:
        """Unlink an e-mail from its CRM activity.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.removecrmactivity`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-removecrmactivity.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.

        Returns:
            bool

        Example:
            result = client.v3.mail.message.removecrmactivity(message_id=1)
            result = await client.v3.mail.message.removecrmactivity(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _V3_MAIL_MESSAGE_REMOVECRMACTIVITY, {"messageId": message_id}
            ),
        )

    def reply(
        self,
        *,
        reply_to_message_id: int,
        from_: str,
        to: Sequence[str],
        subject: str,
        body: str,
        cc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        bcc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageReplyResult:
        """Send a reply to an e-mail from one of your mailboxes.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.reply`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-reply.html

        Args:
            reply_to_message_id: ID of the e-mail to reply to, as returned by mail.message.list. Wire name: ``replyToMessageId``.
            from_: Sender address, one of those returned by mail.mailbox.senders. Wire name: ``from``.
            to: Recipient e-mail addresses.
            subject: Subject line.
            body: Message text, plain text or basic HTML.
            cc: Carbon copy addresses.
            bcc: Blind carbon copy addresses.

        Returns:
            V3MailMessageReplyResult

        Example:
            result = client.v3.mail.message.reply(reply_to_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")
            result = await client.v3.mail.message.reply(reply_to_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageReplyResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_REPLY,
                {
                    "replyToMessageId": reply_to_message_id,
                    "from": from_,
                    "to": to,
                    "subject": subject,
                    "body": body,
                    "cc": cc,
                    "bcc": bcc,
                },
            ),
        )

    def send(
        self,
        *,
        from_: str,
        to: Sequence[str],
        subject: str,
        body: str,
        cc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        bcc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageSendResult:
        """Send a new e-mail from a mailbox the user has access to.

        REST method: ``mail.message.send`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-send.html

        Args:
            from_: Sender address, one of those returned by mail.mailbox.senders. Wire name: ``from``.
            to: Recipient e-mail addresses.
            subject: Subject line.
            body: Message text, plain text or basic HTML.
            cc: Carbon copy addresses.
            bcc: Blind carbon copy addresses.

        Returns:
            V3MailMessageSendResult

        Example:
            result = client.v3.mail.message.send(from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")
            result = await client.v3.mail.message.send(from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageSendResult",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_SEND,
                {
                    "from": from_,
                    "to": to,
                    "subject": subject,
                    "body": body,
                    "cc": cc,
                    "bcc": bcc,
                },
            ),
        )

    def thread(
        self, *, id: int, limit: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[V3MailMessageThreadResult]:
        """Get the conversation thread that an e-mail belongs to.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.thread`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-thread.html

        Args:
            id: ID of any message in the thread.
            limit: Maximum number of messages; default 20, at most 50.

        Returns:
            list[V3MailMessageThreadResult]

        Example:
            result = client.v3.mail.message.thread(id=1)
            result = await client.v3.mail.message.thread(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3MailMessageThreadResult]",
            self._backend._invoke(_V3_MAIL_MESSAGE_THREAD, {"id": id, "limit": limit}),
        )


class AsyncV3MailMessage(Namespace):
    """REST 3.0 methods under ``mail.message`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3MailMessageField:
        """REST 3.0 methods under ``mail.message.field``."""
        return AsyncV3MailMessageField(self._backend)

    async def createcalendarevent(
        self,
        *,
        message_id: int,
        date_from: str,
        date_to: str,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageCreatecalendareventResult:
        """Turn an e-mail into a calendar event at a given time.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createcalendarevent`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createcalendarevent.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.
            date_from: Event start as "Y-m-d H:i:s", such as "2026-04-15 10:00:00". Wire name: ``dateFrom``.
            date_to: Event end as "Y-m-d H:i:s", such as "2026-04-15 11:00:00". Wire name: ``dateTo``.
            name: Event name; default the e-mail subject.
            description: Event description.

        Returns:
            V3MailMessageCreatecalendareventResult

        Example:
            result = client.v3.mail.message.createcalendarevent(message_id=1, date_from="2025-01-31T10:00:00+03:00", date_to="2025-01-31T10:00:00+03:00")
            result = await client.v3.mail.message.createcalendarevent(message_id=1, date_from="2025-01-31T10:00:00+03:00", date_to="2025-01-31T10:00:00+03:00")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatecalendareventResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATECALENDAREVENT,
                {
                    "messageId": message_id,
                    "dateFrom": date_from,
                    "dateTo": date_to,
                    "name": name,
                    "description": description,
                },
            ),
        )

    async def createchat(self, *, message_id: int) -> V3MailMessageCreatechatResult:
        """Open a chat to discuss an e-mail, or return the one already created.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createchat`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createchat.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.

        Returns:
            V3MailMessageCreatechatResult

        Example:
            result = client.v3.mail.message.createchat(message_id=1)
            result = await client.v3.mail.message.createchat(message_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatechatResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATECHAT, {"messageId": message_id}
            ),
        )

    async def createcrmactivity(self, *, message_id: int) -> bool:
        """Save an e-mail to CRM as an activity.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createcrmactivity`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createcrmactivity.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.

        Returns:
            bool

        Example:
            result = client.v3.mail.message.createcrmactivity(message_id=1)
            result = await client.v3.mail.message.createcrmactivity(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATECRMACTIVITY, {"messageId": message_id}
            ),
        )

    async def createfeedpost(
        self, *, message_id: int, title: str | NotGiven = NOT_GIVEN
    ) -> V3MailMessageCreatefeedpostResult:
        """Share an e-mail as a Feed (activity stream) post.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createfeedpost`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createfeedpost.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.
            title: Post title; default the e-mail subject.

        Returns:
            V3MailMessageCreatefeedpostResult

        Example:
            result = client.v3.mail.message.createfeedpost(message_id=1)
            result = await client.v3.mail.message.createfeedpost(message_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatefeedpostResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATEFEEDPOST,
                {"messageId": message_id, "title": title},
            ),
        )

    async def createtask(
        self,
        *,
        message_id: int,
        title: str | NotGiven = NOT_GIVEN,
        responsible_id: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageCreatetaskResult:
        """Create a task from an e-mail, assigned to you or another user.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.createtask`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-createtask.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.
            title: Task name; default the e-mail subject.
            responsible_id: ID of the responsible user; default the current user. Wire name: ``responsibleId``.
            description: Task description.

        Returns:
            V3MailMessageCreatetaskResult

        Example:
            result = client.v3.mail.message.createtask(message_id=1)
            result = await client.v3.mail.message.createtask(message_id=1)  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageCreatetaskResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_CREATETASK,
                {
                    "messageId": message_id,
                    "title": title,
                    "responsibleId": responsible_id,
                    "description": description,
                },
            ),
        )

    async def forward(
        self,
        *,
        forward_message_id: int,
        from_: str,
        to: Sequence[str],
        subject: str,
        body: str,
        cc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        bcc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageForwardResult:
        """Forward an e-mail to new recipients from one of your mailboxes.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.forward`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-forward.html

        Args:
            forward_message_id: ID of the e-mail to forward, as returned by mail.message.list. Wire name: ``forwardMessageId``.
            from_: Sender address, one of those returned by mail.mailbox.senders. Wire name: ``from``.
            to: Recipient e-mail addresses.
            subject: Subject line.
            body: Message text, plain text or basic HTML.
            cc: Carbon copy addresses.
            bcc: Blind carbon copy addresses.

        Returns:
            V3MailMessageForwardResult

        Example:
            result = client.v3.mail.message.forward(forward_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")
            result = await client.v3.mail.message.forward(forward_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageForwardResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_FORWARD,
                {
                    "forwardMessageId": forward_message_id,
                    "from": from_,
                    "to": to,
                    "subject": subject,
                    "body": body,
                    "cc": cc,
                    "bcc": bcc,
                },
            ),
        )

    async def get(
        self, *, id: int, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMessage:
        """Get one e-mail with its headers, body and CRM links.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-get.html

        Args:
            id: ID of the e-mail message, as returned by mail.message.list.
            select: Message fields to return: "id", "mailboxId", "mailboxEmail", "subject", "from", "to", "cc", "date", "isSeen", "hasAttachments", "url", "bindings" or "body".

        Returns:
            V3MailMessage

        Example:
            result = client.v3.mail.message.get(id=1)
            result = await client.v3.mail.message.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3MailMessage",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_GET, {"id": id, "select": select}
            ),
        )

    async def list(
        self,
        *,
        mailbox_id: int | NotGiven = NOT_GIVEN,
        search_query: str | NotGiven = NOT_GIVEN,
        date_from: str | NotGiven = NOT_GIVEN,
        date_to: str | NotGiven = NOT_GIVEN,
        is_seen: bool | NotGiven = NOT_GIVEN,
        has_attachments: bool | NotGiven = NOT_GIVEN,
        folder: str | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MailMessage]:
        """Search e-mails by mailbox, text, period, folder, read state or attachments.

        REST method: ``mail.message.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-list.html

        Args:
            mailbox_id: ID of the mailbox, as returned by mail.mailbox.list. Wire name: ``mailboxId``.
            search_query: Text searched in message content and headers. Wire name: ``searchQuery``.
            date_from: Start of the period, ISO 8601 such as "2026-01-01T00:00:00+03:00". Wire name: ``dateFrom``.
            date_to: End of the period, ISO 8601. Wire name: ``dateTo``.
            is_seen: true returns only read messages, false only unread ones. Wire name: ``isSeen``.
            has_attachments: true returns only messages with attachments, false only those without. Wire name: ``hasAttachments``.
            folder: Name or path of the mail folder.
            pagination: Paging: page, limit (default 25, at most 200) and offset.

        Returns:
            list[V3MailMessage]

        Example:
            result = client.v3.mail.message.list()
            result = await client.v3.mail.message.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMessage]",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_LIST,
                {
                    "mailboxId": mailbox_id,
                    "searchQuery": search_query,
                    "dateFrom": date_from,
                    "dateTo": date_to,
                    "isSeen": is_seen,
                    "hasAttachments": has_attachments,
                    "folder": folder,
                    "pagination": pagination,
                },
            ),
        )

    async def movetofolder(
        self,
        *,
        message_ids: Sequence[int],
        action: str,
        folder: str | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageMovetofolderResult:
        """Move e-mails to a folder, to spam or to the trash.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.movetofolder`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-movetofolder.html

        Args:
            message_ids: IDs of the messages; all from one folder of one mailbox. Wire name: ``messageIds``.
            action: \"move" to the folder given, "spam" or "delete" (to the trash).
            folder: Name or path of an existing folder of the mailbox; required for "move".

        Returns:
            V3MailMessageMovetofolderResult

        Example:
            result = client.v3.mail.message.movetofolder(message_ids=[1], action="example")
            result = await client.v3.mail.message.movetofolder(message_ids=[1], action="example")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageMovetofolderResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_MOVETOFOLDER,
                {"messageIds": message_ids, "action": action, "folder": folder},
            ),
        )

    async def removecrmactivity(self, *, message_id: int) -> bool:
        """Unlink an e-mail from its CRM activity.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.removecrmactivity`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-removecrmactivity.html

        Args:
            message_id: ID of the e-mail message, as returned by mail.message.list. Wire name: ``messageId``.

        Returns:
            bool

        Example:
            result = client.v3.mail.message.removecrmactivity(message_id=1)
            result = await client.v3.mail.message.removecrmactivity(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_REMOVECRMACTIVITY, {"messageId": message_id}
            ),
        )

    async def reply(
        self,
        *,
        reply_to_message_id: int,
        from_: str,
        to: Sequence[str],
        subject: str,
        body: str,
        cc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        bcc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageReplyResult:
        """Send a reply to an e-mail from one of your mailboxes.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.reply`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-reply.html

        Args:
            reply_to_message_id: ID of the e-mail to reply to, as returned by mail.message.list. Wire name: ``replyToMessageId``.
            from_: Sender address, one of those returned by mail.mailbox.senders. Wire name: ``from``.
            to: Recipient e-mail addresses.
            subject: Subject line.
            body: Message text, plain text or basic HTML.
            cc: Carbon copy addresses.
            bcc: Blind carbon copy addresses.

        Returns:
            V3MailMessageReplyResult

        Example:
            result = client.v3.mail.message.reply(reply_to_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")
            result = await client.v3.mail.message.reply(reply_to_message_id=1, from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageReplyResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_REPLY,
                {
                    "replyToMessageId": reply_to_message_id,
                    "from": from_,
                    "to": to,
                    "subject": subject,
                    "body": body,
                    "cc": cc,
                    "bcc": bcc,
                },
            ),
        )

    async def send(
        self,
        *,
        from_: str,
        to: Sequence[str],
        subject: str,
        body: str,
        cc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        bcc: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> V3MailMessageSendResult:
        """Send a new e-mail from a mailbox the user has access to.

        REST method: ``mail.message.send`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-send.html

        Args:
            from_: Sender address, one of those returned by mail.mailbox.senders. Wire name: ``from``.
            to: Recipient e-mail addresses.
            subject: Subject line.
            body: Message text, plain text or basic HTML.
            cc: Carbon copy addresses.
            bcc: Blind carbon copy addresses.

        Returns:
            V3MailMessageSendResult

        Example:
            result = client.v3.mail.message.send(from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")
            result = await client.v3.mail.message.send(from_="2025-01-31T10:00:00+03:00", to=["2025-01-31T10:00:00+03:00"], subject="Kick-off call", body="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "V3MailMessageSendResult",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_SEND,
                {
                    "from": from_,
                    "to": to,
                    "subject": subject,
                    "body": body,
                    "cc": cc,
                    "bcc": bcc,
                },
            ),
        )

    async def thread(
        self, *, id: int, limit: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[V3MailMessageThreadResult]:
        """Get the conversation thread that an e-mail belongs to.

        Requires access to the mailbox holding the message.

        REST method: ``mail.message.thread`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-thread.html

        Args:
            id: ID of any message in the thread.
            limit: Maximum number of messages; default 20, at most 50.

        Returns:
            list[V3MailMessageThreadResult]

        Example:
            result = client.v3.mail.message.thread(id=1)
            result = await client.v3.mail.message.thread(id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3MailMessageThreadResult]",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_THREAD, {"id": id, "limit": limit}
            ),
        )


class V3MailMessageField(Namespace):
    """REST 3.0 methods under ``mail.message.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMessageField:
        """Describe one e-mail message field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``mail.message.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-field-get.html

        Args:
            name: Name of the field to describe, such as "subject" or "isSeen".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MailMessageField

        Example:
            result = client.v3.mail.message.field.get(name="Anna")
            result = await client.v3.mail.message.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MailMessageField",
            self._backend._invoke(
                _V3_MAIL_MESSAGE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3MailMessageField]:
        """List the e-mail message fields with their types, captions and filter/sort/edit flags.

        REST method: ``mail.message.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3MailMessageField]

        Example:
            result = client.v3.mail.message.field.list()
            result = await client.v3.mail.message.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMessageField]",
            self._backend._invoke(_V3_MAIL_MESSAGE_FIELD_LIST, {"select": select}),
        )


class AsyncV3MailMessageField(Namespace):
    """REST 3.0 methods under ``mail.message.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailMessageField:
        """Describe one e-mail message field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``mail.message.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-field-get.html

        Args:
            name: Name of the field to describe, such as "subject" or "isSeen".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MailMessageField

        Example:
            result = client.v3.mail.message.field.get(name="Anna")
            result = await client.v3.mail.message.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MailMessageField",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3MailMessageField]:
        """List the e-mail message fields with their types, captions and filter/sort/edit flags.

        REST method: ``mail.message.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/message/mail-message-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3MailMessageField]

        Example:
            result = client.v3.mail.message.field.list()
            result = await client.v3.mail.message.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailMessageField]",
            await self._backend._invoke(
                _V3_MAIL_MESSAGE_FIELD_LIST, {"select": select}
            ),
        )


class V3MailRecipient(Namespace):
    """REST 3.0 methods under ``mail.recipient``."""

    __slots__ = ()

    @property
    def field(self) -> V3MailRecipientField:
        """REST 3.0 methods under ``mail.recipient.field``."""
        return V3MailRecipientField(self._backend)

    def listcontacts(
        self,
        *,
        query: str | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[V3MailRecipientListcontactsResult]:
        """Search the current user's mail address book by name or e-mail.

        REST method: ``mail.recipient.listcontacts`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-listcontacts.html

        Args:
            query: Text to search in names and addresses; without it the recent contacts are returned.
            pagination: Paging: page, limit (default 50, at most 200) and offset.

        Returns:
            list[V3MailRecipientListcontactsResult]

        Example:
            result = client.v3.mail.recipient.listcontacts()
            result = await client.v3.mail.recipient.listcontacts()  # AsyncBitrix24
        """
        return cast(
            "list[V3MailRecipientListcontactsResult]",
            self._backend._invoke(
                _V3_MAIL_RECIPIENT_LISTCONTACTS,
                {"query": query, "pagination": pagination},
            ),
        )

    def listemployees(
        self, *, query: str, pagination: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> list[V3MailRecipientListemployeesResult]:
        """Search employees by name or e-mail to address a message to.

        REST method: ``mail.recipient.listemployees`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-listemployees.html

        Args:
            query: Text to search in names and addresses; at least one character.
            pagination: Paging: page, limit (default 50, at most 200) and offset.

        Returns:
            list[V3MailRecipientListemployeesResult]

        Example:
            result = client.v3.mail.recipient.listemployees(query="example")
            result = await client.v3.mail.recipient.listemployees(query="example")  # AsyncBitrix24
        """
        return cast(
            "list[V3MailRecipientListemployeesResult]",
            self._backend._invoke(
                _V3_MAIL_RECIPIENT_LISTEMPLOYEES,
                {"query": query, "pagination": pagination},
            ),
        )


class AsyncV3MailRecipient(Namespace):
    """REST 3.0 methods under ``mail.recipient`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3MailRecipientField:
        """REST 3.0 methods under ``mail.recipient.field``."""
        return AsyncV3MailRecipientField(self._backend)

    async def listcontacts(
        self,
        *,
        query: str | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[V3MailRecipientListcontactsResult]:
        """Search the current user's mail address book by name or e-mail.

        REST method: ``mail.recipient.listcontacts`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-listcontacts.html

        Args:
            query: Text to search in names and addresses; without it the recent contacts are returned.
            pagination: Paging: page, limit (default 50, at most 200) and offset.

        Returns:
            list[V3MailRecipientListcontactsResult]

        Example:
            result = client.v3.mail.recipient.listcontacts()
            result = await client.v3.mail.recipient.listcontacts()  # AsyncBitrix24
        """
        return cast(
            "list[V3MailRecipientListcontactsResult]",
            await self._backend._invoke(
                _V3_MAIL_RECIPIENT_LISTCONTACTS,
                {"query": query, "pagination": pagination},
            ),
        )

    async def listemployees(
        self, *, query: str, pagination: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> list[V3MailRecipientListemployeesResult]:
        """Search employees by name or e-mail to address a message to.

        REST method: ``mail.recipient.listemployees`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-listemployees.html

        Args:
            query: Text to search in names and addresses; at least one character.
            pagination: Paging: page, limit (default 50, at most 200) and offset.

        Returns:
            list[V3MailRecipientListemployeesResult]

        Example:
            result = client.v3.mail.recipient.listemployees(query="example")
            result = await client.v3.mail.recipient.listemployees(query="example")  # AsyncBitrix24
        """
        return cast(
            "list[V3MailRecipientListemployeesResult]",
            await self._backend._invoke(
                _V3_MAIL_RECIPIENT_LISTEMPLOYEES,
                {"query": query, "pagination": pagination},
            ),
        )


class V3MailRecipientField(Namespace):
    """REST 3.0 methods under ``mail.recipient.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailRecipientField:
        """Describe one mail recipient field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``mail.recipient.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-field-get.html

        Args:
            name: Name of the field to describe, such as "id" or "email".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MailRecipientField

        Example:
            result = client.v3.mail.recipient.field.get(name="Anna")
            result = await client.v3.mail.recipient.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MailRecipientField",
            self._backend._invoke(
                _V3_MAIL_RECIPIENT_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MailRecipientField]:
        """List the mail recipient fields with their types, captions and filter/sort/edit flags.

        REST method: ``mail.recipient.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".
            start: Offset of the first record, for paging.

        Returns:
            list[V3MailRecipientField]

        Example:
            result = client.v3.mail.recipient.field.list()
            result = await client.v3.mail.recipient.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailRecipientField]",
            self._backend._invoke(
                _V3_MAIL_RECIPIENT_FIELD_LIST, {"select": select, "start": start}
            ),
        )


class AsyncV3MailRecipientField(Namespace):
    """REST 3.0 methods under ``mail.recipient.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MailRecipientField:
        """Describe one mail recipient field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``mail.recipient.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-field-get.html

        Args:
            name: Name of the field to describe, such as "id" or "email".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MailRecipientField

        Example:
            result = client.v3.mail.recipient.field.get(name="Anna")
            result = await client.v3.mail.recipient.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MailRecipientField",
            await self._backend._invoke(
                _V3_MAIL_RECIPIENT_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MailRecipientField]:
        """List the mail recipient fields with their types, captions and filter/sort/edit flags.

        REST method: ``mail.recipient.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/mail/recipient/mail-recipient-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".
            start: Offset of the first record, for paging.

        Returns:
            list[V3MailRecipientField]

        Example:
            result = client.v3.mail.recipient.field.list()
            result = await client.v3.mail.recipient.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MailRecipientField]",
            await self._backend._invoke(
                _V3_MAIL_RECIPIENT_FIELD_LIST, {"select": select, "start": start}
            ),
        )
