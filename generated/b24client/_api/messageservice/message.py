"""Methods under ``messageservice.message``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_MESSAGESERVICE_MESSAGE_STATUS_UPDATE = MethodInfo(
    name="messageservice.message.status.update",
    idempotent=False,
    returns="boolean",
    api=1,
)


class MessageserviceMessage(Namespace):
    """Methods under ``messageservice.message``."""

    __slots__ = ()

    @property
    def status(self) -> MessageserviceMessageStatus:
        """Methods under ``messageservice.message.status``."""
        return MessageserviceMessageStatus(self._backend)


class AsyncMessageserviceMessage(Namespace):
    """Methods under ``messageservice.message`` (async)."""

    __slots__ = ()

    @property
    def status(self) -> AsyncMessageserviceMessageStatus:
        """Methods under ``messageservice.message.status``."""
        return AsyncMessageserviceMessageStatus(self._backend)


class BatchMessageserviceMessage(Namespace):
    """Methods under ``messageservice.message`` (queued into a batch)."""

    __slots__ = ()

    @property
    def status(self) -> BatchMessageserviceMessageStatus:
        """Methods under ``messageservice.message.status``."""
        return BatchMessageserviceMessageStatus(self._backend)


class MessageserviceMessageStatus(Namespace):
    """Methods under ``messageservice.message.status``."""

    __slots__ = ()

    def update(
        self,
        *,
        code: str,
        message_id: str,
        status: Literal["queued", "sent", "delivered", "undelivered", "failed"],
    ) -> bool:
        """Report the delivery status of an SMS sent through the application's provider.

        Works only in application context; allowed to the message sender or an administrator.

        REST method: ``messageservice.message.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-message-status-update.html

        Args:
            code: Code of the provider, as listed by messageservice.sender.list. Wire name: ``CODE``.
            message_id: Message ID the application's handler received when the message was sent. Wire name: ``MESSAGE_ID``.
            status: New status: "queued", "sent", "delivered", "undelivered" or "failed". Wire name: ``STATUS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.message.status.update(code="example_code", message_id="Please call back after 3 pm.", status="queued")
            result = await client.messageservice.message.status.update(code="example_code", message_id="Please call back after 3 pm.", status="queued")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _MESSAGESERVICE_MESSAGE_STATUS_UPDATE,
                {"CODE": code, "MESSAGE_ID": message_id, "STATUS": status},
            ),
        )


class AsyncMessageserviceMessageStatus(Namespace):
    """Methods under ``messageservice.message.status`` (async)."""

    __slots__ = ()

    async def update(
        self,
        *,
        code: str,
        message_id: str,
        status: Literal["queued", "sent", "delivered", "undelivered", "failed"],
    ) -> bool:
        """Report the delivery status of an SMS sent through the application's provider.

        Works only in application context; allowed to the message sender or an administrator.

        REST method: ``messageservice.message.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-message-status-update.html

        Args:
            code: Code of the provider, as listed by messageservice.sender.list. Wire name: ``CODE``.
            message_id: Message ID the application's handler received when the message was sent. Wire name: ``MESSAGE_ID``.
            status: New status: "queued", "sent", "delivered", "undelivered" or "failed". Wire name: ``STATUS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.message.status.update(code="example_code", message_id="Please call back after 3 pm.", status="queued")
            result = await client.messageservice.message.status.update(code="example_code", message_id="Please call back after 3 pm.", status="queued")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _MESSAGESERVICE_MESSAGE_STATUS_UPDATE,
                {"CODE": code, "MESSAGE_ID": message_id, "STATUS": status},
            ),
        )


class BatchMessageserviceMessageStatus(Namespace):
    """Methods under ``messageservice.message.status`` (queued into a batch)."""

    __slots__ = ()

    def update(
        self,
        *,
        code: str | Ref,
        message_id: str | Ref,
        status: Literal["queued", "sent", "delivered", "undelivered", "failed"] | Ref,
    ) -> BatchCommand[bool]:
        """Report the delivery status of an SMS sent through the application's provider.

        Works only in application context; allowed to the message sender or an administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``messageservice.message.status.update``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-message-status-update.html

        Args:
            code: Code of the provider, as listed by messageservice.sender.list. Wire name: ``CODE``.
            message_id: Message ID the application's handler received when the message was sent. Wire name: ``MESSAGE_ID``.
            status: New status: "queued", "sent", "delivered", "undelivered" or "failed". Wire name: ``STATUS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.messageservice.message.status.update(code="example_code", message_id="Please call back after 3 pm.", status="queued")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _MESSAGESERVICE_MESSAGE_STATUS_UPDATE,
                {"CODE": code, "MESSAGE_ID": message_id, "STATUS": status},
            ),
        )
