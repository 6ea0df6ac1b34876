"""Methods under ``messageservice.sender``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_MESSAGESERVICE_SENDER_ADD = MethodInfo(
    name="messageservice.sender.add", idempotent=False, returns="boolean", api=1
)
_MESSAGESERVICE_SENDER_DELETE = MethodInfo(
    name="messageservice.sender.delete", idempotent=False, returns="boolean", api=1
)
_MESSAGESERVICE_SENDER_LIST = MethodInfo(
    name="messageservice.sender.list", idempotent=True, returns="any", api=1
)
_MESSAGESERVICE_SENDER_UPDATE = MethodInfo(
    name="messageservice.sender.update", idempotent=False, returns="boolean", api=1
)


class MessageserviceSender(Namespace):
    """Methods under ``messageservice.sender``."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str,
        type: str,
        handler: str,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register the application as an SMS provider that CRM and automation rules can send through.

        Works only in application context. Each outgoing message is posted to HANDLER with the recipient number,
        text and a message_id to report status with messageservice.message.status.update.

        REST method: ``messageservice.sender.add``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-add.html

        Args:
            code: Provider code: a-z, A-Z, 0-9, ".", "-", "_". Wire name: ``CODE``.
            type: Provider type; only "SMS". Wire name: ``TYPE``.
            handler: URL of the application handler called for every message sent. Wire name: ``HANDLER``.
            name: Provider name, a string or an object of names keyed by language code. Wire name: ``NAME``.
            description: Provider description, a string or an object keyed by language code. Wire name: ``DESCRIPTION``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.add(code="example_code", type="example", handler="https://example.com/hook", name="Anna")
            result = await client.messageservice.sender.add(code="example_code", type="example", handler="https://example.com/hook", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _MESSAGESERVICE_SENDER_ADD,
                {
                    "CODE": code,
                    "TYPE": type,
                    "HANDLER": handler,
                    "NAME": name,
                    "DESCRIPTION": description,
                },
            ),
        )

    def delete(self, *, code: str) -> bool:
        """Remove an SMS provider the current application registered.

        REST method: ``messageservice.sender.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-delete.html

        Args:
            code: Code of the provider, as listed by messageservice.sender.list. Wire name: ``CODE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.delete(code="example_code")
            result = await client.messageservice.sender.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_MESSAGESERVICE_SENDER_DELETE, {"CODE": code})
        )

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> builtins.list[str]:
        """List the codes of SMS providers the current application registered.

        An empty list means the application has no providers.

        REST method: ``messageservice.sender.list``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.list()
            result = await client.messageservice.sender.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            self._backend._invoke(_MESSAGESERVICE_SENDER_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        code: str,
        handler: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the handler URL, name or description of the application's SMS provider.

        REST method: ``messageservice.sender.update``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-update.html

        Args:
            code: Code of the provider to change. Wire name: ``CODE``.
            handler: New URL of the application handler. Wire name: ``HANDLER``.
            name: New provider name, a string or an object keyed by language code. Wire name: ``NAME``.
            description: New provider description, a string or an object keyed by language code. Wire name: ``DESCRIPTION``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.update(code="example_code", handler="https://example.com/hook")
            result = await client.messageservice.sender.update(code="example_code", handler="https://example.com/hook")  # AsyncBitrix24
        """
        require_one_of(
            _MESSAGESERVICE_SENDER_UPDATE,
            {"handler": handler},
            {"name": name},
            {"description": description},
        )
        return cast(
            bool,
            self._backend._invoke(
                _MESSAGESERVICE_SENDER_UPDATE,
                {
                    "CODE": code,
                    "HANDLER": handler,
                    "NAME": name,
                    "DESCRIPTION": description,
                },
            ),
        )


class AsyncMessageserviceSender(Namespace):
    """Methods under ``messageservice.sender`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        code: str,
        type: str,
        handler: str,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register the application as an SMS provider that CRM and automation rules can send through.

        Works only in application context. Each outgoing message is posted to HANDLER with the recipient number,
        text and a message_id to report status with messageservice.message.status.update.

        REST method: ``messageservice.sender.add``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-add.html

        Args:
            code: Provider code: a-z, A-Z, 0-9, ".", "-", "_". Wire name: ``CODE``.
            type: Provider type; only "SMS". Wire name: ``TYPE``.
            handler: URL of the application handler called for every message sent. Wire name: ``HANDLER``.
            name: Provider name, a string or an object of names keyed by language code. Wire name: ``NAME``.
            description: Provider description, a string or an object keyed by language code. Wire name: ``DESCRIPTION``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.add(code="example_code", type="example", handler="https://example.com/hook", name="Anna")
            result = await client.messageservice.sender.add(code="example_code", type="example", handler="https://example.com/hook", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _MESSAGESERVICE_SENDER_ADD,
                {
                    "CODE": code,
                    "TYPE": type,
                    "HANDLER": handler,
                    "NAME": name,
                    "DESCRIPTION": description,
                },
            ),
        )

    async def delete(self, *, code: str) -> bool:
        """Remove an SMS provider the current application registered.

        REST method: ``messageservice.sender.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-delete.html

        Args:
            code: Code of the provider, as listed by messageservice.sender.list. Wire name: ``CODE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.delete(code="example_code")
            result = await client.messageservice.sender.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_MESSAGESERVICE_SENDER_DELETE, {"CODE": code}),
        )

    async def list(self, *, start: int | NotGiven = NOT_GIVEN) -> builtins.list[str]:
        """List the codes of SMS providers the current application registered.

        An empty list means the application has no providers.

        REST method: ``messageservice.sender.list``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.list()
            result = await client.messageservice.sender.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            await self._backend._invoke(_MESSAGESERVICE_SENDER_LIST, {"start": start}),
        )

    async def update(
        self,
        *,
        code: str,
        handler: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the handler URL, name or description of the application's SMS provider.

        REST method: ``messageservice.sender.update``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-update.html

        Args:
            code: Code of the provider to change. Wire name: ``CODE``.
            handler: New URL of the application handler. Wire name: ``HANDLER``.
            name: New provider name, a string or an object keyed by language code. Wire name: ``NAME``.
            description: New provider description, a string or an object keyed by language code. Wire name: ``DESCRIPTION``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.messageservice.sender.update(code="example_code", handler="https://example.com/hook")
            result = await client.messageservice.sender.update(code="example_code", handler="https://example.com/hook")  # AsyncBitrix24
        """
        require_one_of(
            _MESSAGESERVICE_SENDER_UPDATE,
            {"handler": handler},
            {"name": name},
            {"description": description},
        )
        return cast(
            bool,
            await self._backend._invoke(
                _MESSAGESERVICE_SENDER_UPDATE,
                {
                    "CODE": code,
                    "HANDLER": handler,
                    "NAME": name,
                    "DESCRIPTION": description,
                },
            ),
        )


class BatchMessageserviceSender(Namespace):
    """Methods under ``messageservice.sender`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str | Ref,
        type: str | Ref,
        handler: str | Ref,
        name: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Register the application as an SMS provider that CRM and automation rules can send through.

        Works only in application context. Each outgoing message is posted to HANDLER with the recipient number,
        text and a message_id to report status with messageservice.message.status.update.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``messageservice.sender.add``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-add.html

        Args:
            code: Provider code: a-z, A-Z, 0-9, ".", "-", "_". Wire name: ``CODE``.
            type: Provider type; only "SMS". Wire name: ``TYPE``.
            handler: URL of the application handler called for every message sent. Wire name: ``HANDLER``.
            name: Provider name, a string or an object of names keyed by language code. Wire name: ``NAME``.
            description: Provider description, a string or an object keyed by language code. Wire name: ``DESCRIPTION``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.messageservice.sender.add(code="example_code", type="example", handler="https://example.com/hook", name="Anna")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _MESSAGESERVICE_SENDER_ADD,
                {
                    "CODE": code,
                    "TYPE": type,
                    "HANDLER": handler,
                    "NAME": name,
                    "DESCRIPTION": description,
                },
            ),
        )

    def delete(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove an SMS provider the current application registered.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``messageservice.sender.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-delete.html

        Args:
            code: Code of the provider, as listed by messageservice.sender.list. Wire name: ``CODE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.messageservice.sender.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_MESSAGESERVICE_SENDER_DELETE, {"CODE": code}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[str]]:
        """List the codes of SMS providers the current application registered.

        An empty list means the application has no providers.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``messageservice.sender.list``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[str]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.messageservice.sender.list()
        """
        return cast(
            "BatchCommand[builtins.list[str]]",
            self._backend._invoke(_MESSAGESERVICE_SENDER_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        code: str | Ref,
        handler: str | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the handler URL, name or description of the application's SMS provider.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``messageservice.sender.update``
        Docs: https://apidocs.bitrix24.com/api-reference/messageservice/messageservice-sender-update.html

        Args:
            code: Code of the provider to change. Wire name: ``CODE``.
            handler: New URL of the application handler. Wire name: ``HANDLER``.
            name: New provider name, a string or an object keyed by language code. Wire name: ``NAME``.
            description: New provider description, a string or an object keyed by language code. Wire name: ``DESCRIPTION``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.messageservice.sender.update(code="example_code", handler="https://example.com/hook")
        """
        require_one_of(
            _MESSAGESERVICE_SENDER_UPDATE,
            {"handler": handler},
            {"name": name},
            {"description": description},
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _MESSAGESERVICE_SENDER_UPDATE,
                {
                    "CODE": code,
                    "HANDLER": handler,
                    "NAME": name,
                    "DESCRIPTION": description,
                },
            ),
        )
