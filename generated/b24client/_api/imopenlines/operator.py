"""Methods under ``imopenlines.operator``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_IMOPENLINES_OPERATOR_ANSWER = MethodInfo(
    name="imopenlines.operator.answer", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_OPERATOR_FINISH = MethodInfo(
    name="imopenlines.operator.finish", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_OPERATOR_SKIP = MethodInfo(
    name="imopenlines.operator.skip", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_OPERATOR_SPAM = MethodInfo(
    name="imopenlines.operator.spam", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_OPERATOR_TRANSFER = MethodInfo(
    name="imopenlines.operator.transfer", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_OPERATOR_ANOTHER_FINISH = MethodInfo(
    name="imopenlines.operator.another.finish",
    idempotent=False,
    returns="boolean",
    api=1,
)


class ImopenlinesOperator(Namespace):
    """Methods under ``imopenlines.operator``."""

    __slots__ = ()

    @property
    def another(self) -> ImopenlinesOperatorAnother:
        """Methods under ``imopenlines.operator.another``."""
        return ImopenlinesOperatorAnother(self._backend)

    def answer(self, *, chat_id: int) -> bool:
        """Take an open channel conversation as the current operator.

        REST method: ``imopenlines.operator.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-answer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.answer(chat_id=1)
            result = await client.imopenlines.operator.answer(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_OPERATOR_ANSWER, {"CHAT_ID": chat_id}),
        )

    def finish(self, *, chat_id: int) -> bool:
        """Close the current operator's open channel conversation.

        REST method: ``imopenlines.operator.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-finish.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.finish(chat_id=1)
            result = await client.imopenlines.operator.finish(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_OPERATOR_FINISH, {"CHAT_ID": chat_id}),
        )

    def skip(self, *, chat_id: int) -> bool:
        """Pass a waiting conversation on to the next operator in the queue.

        REST method: ``imopenlines.operator.skip``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-skip.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.skip(chat_id=1)
            result = await client.imopenlines.operator.skip(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_OPERATOR_SKIP, {"CHAT_ID": chat_id}),
        )

    def spam(self, *, chat_id: int) -> bool:
        """Mark an open channel conversation as spam and close it.

        REST method: ``imopenlines.operator.spam``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-spam.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.spam(chat_id=1)
            result = await client.imopenlines.operator.spam(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_OPERATOR_SPAM, {"CHAT_ID": chat_id}),
        )

    def transfer(
        self,
        *,
        chat_id: int,
        transfer_id: str | int | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        queue_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Hand an open channel conversation to another employee or queue.

        REST method: ``imopenlines.operator.transfer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-transfer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            transfer_id: Where to transfer: an employee user ID or "queue<QUEUE_ID>". Wire name: ``TRANSFER_ID``.
            user_id: ID of the employee who receives the conversation. Wire name: ``USER_ID``.
            queue_id: ID of the open channel whose queue receives the conversation. Wire name: ``QUEUE_ID``.

        Returns:
            bool

        Example:
            result = client.imopenlines.operator.transfer(chat_id=1)
            result = await client.imopenlines.operator.transfer(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_OPERATOR_TRANSFER,
                {
                    "CHAT_ID": chat_id,
                    "TRANSFER_ID": transfer_id,
                    "USER_ID": user_id,
                    "QUEUE_ID": queue_id,
                },
            ),
        )


class AsyncImopenlinesOperator(Namespace):
    """Methods under ``imopenlines.operator`` (async)."""

    __slots__ = ()

    @property
    def another(self) -> AsyncImopenlinesOperatorAnother:
        """Methods under ``imopenlines.operator.another``."""
        return AsyncImopenlinesOperatorAnother(self._backend)

    async def answer(self, *, chat_id: int) -> bool:
        """Take an open channel conversation as the current operator.

        REST method: ``imopenlines.operator.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-answer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.answer(chat_id=1)
            result = await client.imopenlines.operator.answer(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_OPERATOR_ANSWER, {"CHAT_ID": chat_id}
            ),
        )

    async def finish(self, *, chat_id: int) -> bool:
        """Close the current operator's open channel conversation.

        REST method: ``imopenlines.operator.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-finish.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.finish(chat_id=1)
            result = await client.imopenlines.operator.finish(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_OPERATOR_FINISH, {"CHAT_ID": chat_id}
            ),
        )

    async def skip(self, *, chat_id: int) -> bool:
        """Pass a waiting conversation on to the next operator in the queue.

        REST method: ``imopenlines.operator.skip``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-skip.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.skip(chat_id=1)
            result = await client.imopenlines.operator.skip(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_OPERATOR_SKIP, {"CHAT_ID": chat_id}
            ),
        )

    async def spam(self, *, chat_id: int) -> bool:
        """Mark an open channel conversation as spam and close it.

        REST method: ``imopenlines.operator.spam``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-spam.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.spam(chat_id=1)
            result = await client.imopenlines.operator.spam(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_OPERATOR_SPAM, {"CHAT_ID": chat_id}
            ),
        )

    async def transfer(
        self,
        *,
        chat_id: int,
        transfer_id: str | int | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        queue_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Hand an open channel conversation to another employee or queue.

        REST method: ``imopenlines.operator.transfer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-transfer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            transfer_id: Where to transfer: an employee user ID or "queue<QUEUE_ID>". Wire name: ``TRANSFER_ID``.
            user_id: ID of the employee who receives the conversation. Wire name: ``USER_ID``.
            queue_id: ID of the open channel whose queue receives the conversation. Wire name: ``QUEUE_ID``.

        Returns:
            bool

        Example:
            result = client.imopenlines.operator.transfer(chat_id=1)
            result = await client.imopenlines.operator.transfer(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_OPERATOR_TRANSFER,
                {
                    "CHAT_ID": chat_id,
                    "TRANSFER_ID": transfer_id,
                    "USER_ID": user_id,
                    "QUEUE_ID": queue_id,
                },
            ),
        )


class BatchImopenlinesOperator(Namespace):
    """Methods under ``imopenlines.operator`` (queued into a batch)."""

    __slots__ = ()

    @property
    def another(self) -> BatchImopenlinesOperatorAnother:
        """Methods under ``imopenlines.operator.another``."""
        return BatchImopenlinesOperatorAnother(self._backend)

    def answer(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Take an open channel conversation as the current operator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.operator.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-answer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.operator.answer(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_OPERATOR_ANSWER, {"CHAT_ID": chat_id}),
        )

    def finish(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Close the current operator's open channel conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.operator.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-finish.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.operator.finish(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_OPERATOR_FINISH, {"CHAT_ID": chat_id}),
        )

    def skip(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Pass a waiting conversation on to the next operator in the queue.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.operator.skip``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-skip.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.operator.skip(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_OPERATOR_SKIP, {"CHAT_ID": chat_id}),
        )

    def spam(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Mark an open channel conversation as spam and close it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.operator.spam``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-spam.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.operator.spam(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_OPERATOR_SPAM, {"CHAT_ID": chat_id}),
        )

    def transfer(
        self,
        *,
        chat_id: int | Ref,
        transfer_id: str | int | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        queue_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Hand an open channel conversation to another employee or queue.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.operator.transfer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-transfer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            transfer_id: Where to transfer: an employee user ID or "queue<QUEUE_ID>". Wire name: ``TRANSFER_ID``.
            user_id: ID of the employee who receives the conversation. Wire name: ``USER_ID``.
            queue_id: ID of the open channel whose queue receives the conversation. Wire name: ``QUEUE_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imopenlines.operator.transfer(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_OPERATOR_TRANSFER,
                {
                    "CHAT_ID": chat_id,
                    "TRANSFER_ID": transfer_id,
                    "USER_ID": user_id,
                    "QUEUE_ID": queue_id,
                },
            ),
        )


class ImopenlinesOperatorAnother(Namespace):
    """Methods under ``imopenlines.operator.another``."""

    __slots__ = ()

    def finish(self, *, chat_id: int) -> bool:
        """Close an open channel conversation even if it is pinned to another operator.

        REST method: ``imopenlines.operator.another.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-another-finish.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.another.finish(chat_id=1)
            result = await client.imopenlines.operator.another.finish(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_OPERATOR_ANOTHER_FINISH, {"CHAT_ID": chat_id}
            ),
        )


class AsyncImopenlinesOperatorAnother(Namespace):
    """Methods under ``imopenlines.operator.another`` (async)."""

    __slots__ = ()

    async def finish(self, *, chat_id: int) -> bool:
        """Close an open channel conversation even if it is pinned to another operator.

        REST method: ``imopenlines.operator.another.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-another-finish.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.operator.another.finish(chat_id=1)
            result = await client.imopenlines.operator.another.finish(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_OPERATOR_ANOTHER_FINISH, {"CHAT_ID": chat_id}
            ),
        )


class BatchImopenlinesOperatorAnother(Namespace):
    """Methods under ``imopenlines.operator.another`` (queued into a batch)."""

    __slots__ = ()

    def finish(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Close an open channel conversation even if it is pinned to another operator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.operator.another.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/operators/imopenlines-operator-another-finish.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.operator.another.finish(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_OPERATOR_ANOTHER_FINISH, {"CHAT_ID": chat_id}
            ),
        )
