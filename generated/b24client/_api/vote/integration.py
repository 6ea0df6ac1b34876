"""Methods under ``vote.Integration``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.vote import (
        VoteIntegrationImSendImMessageVoteData,
        VoteIntegrationImSendResult,
    )

_VOTE_INTEGRATION_IM_SEND = MethodInfo(
    name="vote.Integration.Im.send", idempotent=False, returns="any", api=1
)


class VoteIntegration(Namespace):
    """Methods under ``vote.Integration``."""

    __slots__ = ()

    @property
    def im(self) -> VoteIntegrationIm:
        """Methods under ``vote.Integration.Im``."""
        return VoteIntegrationIm(self._backend)


class AsyncVoteIntegration(Namespace):
    """Methods under ``vote.Integration`` (async)."""

    __slots__ = ()

    @property
    def im(self) -> AsyncVoteIntegrationIm:
        """Methods under ``vote.Integration.Im``."""
        return AsyncVoteIntegrationIm(self._backend)


class BatchVoteIntegration(Namespace):
    """Methods under ``vote.Integration`` (queued into a batch)."""

    __slots__ = ()

    @property
    def im(self) -> BatchVoteIntegrationIm:
        """Methods under ``vote.Integration.Im``."""
        return BatchVoteIntegrationIm(self._backend)


class VoteIntegrationIm(Namespace):
    """Methods under ``vote.Integration.Im``."""

    __slots__ = ()

    def send(
        self,
        *,
        chat_id: int,
        im_message_vote_data: VoteIntegrationImSendImMessageVoteData,
        template_id: str | None | NotGiven = NOT_GIVEN,
    ) -> VoteIntegrationImSendResult:
        """Create a poll and post it as a message in a chat.

        REST method: ``vote.Integration.Im.send``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.integration.im.send.html

        Args:
            chat_id: ID of the chat to post the poll in. Wire name: ``chatId``.
            im_message_vote_data: Poll data. Wire name: ``IM_MESSAGE_VOTE_DATA``.
            template_id: Any unique request ID; a repeat request with the same value does not create a duplicate poll. Wire name: ``templateId``.

        Returns:
            VoteIntegrationImSendResult

        Example:
            result = client.vote.integration.im.send(chat_id=1, im_message_vote_data={"QUESTIONS": [{"QUESTION": "example", "FIELD_TYPE": 0}]})
            result = await client.vote.integration.im.send(chat_id=1, im_message_vote_data={"QUESTIONS": [{"QUESTION": "example", "FIELD_TYPE": 0}]})  # AsyncBitrix24
        """
        return cast(
            "VoteIntegrationImSendResult",
            self._backend._invoke(
                _VOTE_INTEGRATION_IM_SEND,
                {
                    "chatId": chat_id,
                    "IM_MESSAGE_VOTE_DATA": im_message_vote_data,
                    "templateId": template_id,
                },
            ),
        )


class AsyncVoteIntegrationIm(Namespace):
    """Methods under ``vote.Integration.Im`` (async)."""

    __slots__ = ()

    async def send(
        self,
        *,
        chat_id: int,
        im_message_vote_data: VoteIntegrationImSendImMessageVoteData,
        template_id: str | None | NotGiven = NOT_GIVEN,
    ) -> VoteIntegrationImSendResult:
        """Create a poll and post it as a message in a chat.

        REST method: ``vote.Integration.Im.send``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.integration.im.send.html

        Args:
            chat_id: ID of the chat to post the poll in. Wire name: ``chatId``.
            im_message_vote_data: Poll data. Wire name: ``IM_MESSAGE_VOTE_DATA``.
            template_id: Any unique request ID; a repeat request with the same value does not create a duplicate poll. Wire name: ``templateId``.

        Returns:
            VoteIntegrationImSendResult

        Example:
            result = client.vote.integration.im.send(chat_id=1, im_message_vote_data={"QUESTIONS": [{"QUESTION": "example", "FIELD_TYPE": 0}]})
            result = await client.vote.integration.im.send(chat_id=1, im_message_vote_data={"QUESTIONS": [{"QUESTION": "example", "FIELD_TYPE": 0}]})  # AsyncBitrix24
        """
        return cast(
            "VoteIntegrationImSendResult",
            await self._backend._invoke(
                _VOTE_INTEGRATION_IM_SEND,
                {
                    "chatId": chat_id,
                    "IM_MESSAGE_VOTE_DATA": im_message_vote_data,
                    "templateId": template_id,
                },
            ),
        )


class BatchVoteIntegrationIm(Namespace):
    """Methods under ``vote.Integration.Im`` (queued into a batch)."""

    __slots__ = ()

    def send(
        self,
        *,
        chat_id: int | Ref,
        im_message_vote_data: VoteIntegrationImSendImMessageVoteData | Ref,
        template_id: str | None | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoteIntegrationImSendResult]:
        """Create a poll and post it as a message in a chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.Integration.Im.send``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.integration.im.send.html

        Args:
            chat_id: ID of the chat to post the poll in. Wire name: ``chatId``.
            im_message_vote_data: Poll data. Wire name: ``IM_MESSAGE_VOTE_DATA``.
            template_id: Any unique request ID; a repeat request with the same value does not create a duplicate poll. Wire name: ``templateId``.

        Returns:
            BatchCommand[VoteIntegrationImSendResult]

        Example:
            command = batch.vote.integration.im.send(chat_id=1, im_message_vote_data={"QUESTIONS": [{"QUESTION": "example", "FIELD_TYPE": 0}]})
        """
        return cast(
            "BatchCommand[VoteIntegrationImSendResult]",
            self._backend._invoke(
                _VOTE_INTEGRATION_IM_SEND,
                {
                    "chatId": chat_id,
                    "IM_MESSAGE_VOTE_DATA": im_message_vote_data,
                    "templateId": template_id,
                },
            ),
        )
