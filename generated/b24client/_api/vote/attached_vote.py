"""Methods under ``vote.AttachedVote``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.vote import (
        VoteAttachedVote as _VoteAttachedVote,
        VoteAttachedVoteGetAnswerVotedResult,
        VoteAttachedVoteGetManyResult,
        VoteAttachedVoteGetWithVotedResult,
        VoteAttachedVoteRecallResult,
        VoteAttachedVoteVoteResult,
    )

_VOTE_ATTACHED_VOTE_DOWNLOAD = MethodInfo(
    name="vote.AttachedVote.download", idempotent=False, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_GET = MethodInfo(
    name="vote.AttachedVote.get", idempotent=True, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED = MethodInfo(
    name="vote.AttachedVote.getAnswerVoted", idempotent=True, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_GET_MANY = MethodInfo(
    name="vote.AttachedVote.getMany", idempotent=True, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_GET_WITH_VOTED = MethodInfo(
    name="vote.AttachedVote.getWithVoted", idempotent=True, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_RECALL = MethodInfo(
    name="vote.AttachedVote.recall", idempotent=False, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_RESUME = MethodInfo(
    name="vote.AttachedVote.resume", idempotent=False, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_STOP = MethodInfo(
    name="vote.AttachedVote.stop", idempotent=False, returns="any", api=1
)
_VOTE_ATTACHED_VOTE_VOTE = MethodInfo(
    name="vote.AttachedVote.vote", idempotent=False, returns="any", api=1
)


class VoteAttachedVote(Namespace):
    """Methods under ``vote.AttachedVote``."""

    __slots__ = ()

    def download(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Download a poll results report as a file.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. The answer is a file, not JSON, so BX24.callMethod cannot handle it; use a plain HTTP request.

        REST method: ``vote.AttachedVote.download``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.download.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            Any

        Example:
            result = client.vote.attached_vote.download(attach_id=1)
            result = await client.vote.attached_vote.download(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_DOWNLOAD,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return self._backend._invoke(
            _VOTE_ATTACHED_VOTE_DOWNLOAD,
            {
                "attachId": attach_id,
                "moduleId": module_id,
                "entityType": entity_type,
                "entityId": entity_id,
                "signedAttachId": signed_attach_id,
            },
        )

    def get(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> _VoteAttachedVote:
        """Get a chat or Feed poll with its questions, counts and the current user's vote.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        REST method: ``vote.AttachedVote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html

        Args:
            attach_id: ID of the attached poll; can equal voteId from vote.Integration.Im.send. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVote

        Example:
            result = client.vote.attached_vote.get(attach_id=1)
            result = await client.vote.attached_vote.get(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "_VoteAttachedVote",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def get_answer_voted(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        answer_id: int,
        page_navigation: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_for_mobile_format: bool | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[VoteAttachedVoteGetAnswerVotedResult]:
        """List the users who picked a given answer in a poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``vote.AttachedVote.getAnswerVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getAnswerVoted.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            answer_id: ID of the answer, from vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``answerId``.
            page_navigation: Paging, such as {"size": 10, "page": 1}. Wire name: ``pageNavigation``.
            user_for_mobile_format: true returns user data in the mobile app format; default false. Wire name: ``userForMobileFormat``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.
            start: Offset of the first record, for paging.

        Returns:
            Page[VoteAttachedVoteGetAnswerVotedResult]

        Example:
            result = client.vote.attached_vote.get_answer_voted(attach_id=1, answer_id=1)
            result = await client.vote.attached_vote.get_answer_voted(attach_id=1, answer_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "Page[VoteAttachedVoteGetAnswerVotedResult]",
            self._backend._invoke_page(
                _VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED,
                {
                    "attachId": attach_id,
                    "answerId": answer_id,
                    "pageNavigation": page_navigation,
                    "userForMobileFormat": user_for_mobile_format,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                    "start": start,
                },
            ),
        )

    def get_many(
        self, *, module_id: str, entity_type: str, entity_ids: Sequence[int]
    ) -> VoteAttachedVoteGetManyResult:
        """Get the polls attached to several chat messages or Feed posts at once.

        REST method: ``vote.AttachedVote.getMany``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getMany.html

        Args:
            module_id: \"im" for chat polls, "blog" for Feed polls. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_ids: IDs of the chat messages or Feed posts holding the polls; at most 50. Wire name: ``entityIds``.

        Returns:
            VoteAttachedVoteGetManyResult

        Example:
            result = client.vote.attached_vote.get_many(module_id="1", entity_type="CRM_DEAL", entity_ids=[1])
            result = await client.vote.attached_vote.get_many(module_id="1", entity_type="CRM_DEAL", entity_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "VoteAttachedVoteGetManyResult",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET_MANY,
                {
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityIds": entity_ids,
                },
            ),
        )

    def get_with_voted(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        user_for_mobile_format: bool | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> VoteAttachedVoteGetWithVotedResult:
        """Get a poll together with the users who voted for each answer.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        REST method: ``vote.AttachedVote.getWithVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getWithVoted.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            page_size: Number of voters per page; default 10. Wire name: ``pageSize``.
            user_for_mobile_format: true returns user data in the mobile app format; default false. Wire name: ``userForMobileFormat``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVoteGetWithVotedResult

        Example:
            result = client.vote.attached_vote.get_with_voted(attach_id=1)
            result = await client.vote.attached_vote.get_with_voted(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET_WITH_VOTED,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "VoteAttachedVoteGetWithVotedResult",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET_WITH_VOTED,
                {
                    "attachId": attach_id,
                    "pageSize": page_size,
                    "userForMobileFormat": user_for_mobile_format,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def recall(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> VoteAttachedVoteRecallResult:
        """Take back the current user's vote in an active poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Works only in polls that allow re-voting.

        REST method: ``vote.AttachedVote.recall``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.recall.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVoteRecallResult

        Example:
            result = client.vote.attached_vote.recall(attach_id=1)
            result = await client.vote.attached_vote.recall(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_RECALL,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "VoteAttachedVoteRecallResult",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_RECALL,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def resume(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Reopen a stopped poll so users can vote again.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Requires the right to edit the poll.

        REST method: ``vote.AttachedVote.resume``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.resume.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            list[Any]

        Example:
            result = client.vote.attached_vote.resume(attach_id=1)
            result = await client.vote.attached_vote.resume(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_RESUME,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "list[Any]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_RESUME,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def stop(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Close an active poll to further voting.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Requires the right to edit the poll.

        REST method: ``vote.AttachedVote.stop``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.stop.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            list[Any]

        Example:
            result = client.vote.attached_vote.stop(attach_id=1)
            result = await client.vote.attached_vote.stop(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_STOP,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "list[Any]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_STOP,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def vote(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        ballot: dict[str, Any],
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> VoteAttachedVoteVoteResult:
        """Cast the current user's vote in a chat or Feed poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        REST method: ``vote.AttachedVote.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.vote.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            ballot: Chosen answers: question ID as key, list of answer IDs as value. Chat polls have one question; Feed polls may have several.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVoteVoteResult

        Example:
            result = client.vote.attached_vote.vote(attach_id=1, ballot={})
            result = await client.vote.attached_vote.vote(attach_id=1, ballot={})  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_VOTE,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "VoteAttachedVoteVoteResult",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_VOTE,
                {
                    "attachId": attach_id,
                    "ballot": ballot,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )


class AsyncVoteAttachedVote(Namespace):
    """Methods under ``vote.AttachedVote`` (async)."""

    __slots__ = ()

    async def download(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Download a poll results report as a file.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. The answer is a file, not JSON, so BX24.callMethod cannot handle it; use a plain HTTP request.

        REST method: ``vote.AttachedVote.download``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.download.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            Any

        Example:
            result = client.vote.attached_vote.download(attach_id=1)
            result = await client.vote.attached_vote.download(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_DOWNLOAD,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return await self._backend._invoke(
            _VOTE_ATTACHED_VOTE_DOWNLOAD,
            {
                "attachId": attach_id,
                "moduleId": module_id,
                "entityType": entity_type,
                "entityId": entity_id,
                "signedAttachId": signed_attach_id,
            },
        )

    async def get(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> _VoteAttachedVote:
        """Get a chat or Feed poll with its questions, counts and the current user's vote.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        REST method: ``vote.AttachedVote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html

        Args:
            attach_id: ID of the attached poll; can equal voteId from vote.Integration.Im.send. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVote

        Example:
            result = client.vote.attached_vote.get(attach_id=1)
            result = await client.vote.attached_vote.get(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "_VoteAttachedVote",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    async def get_answer_voted(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        answer_id: int,
        page_navigation: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_for_mobile_format: bool | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[VoteAttachedVoteGetAnswerVotedResult]:
        """List the users who picked a given answer in a poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``vote.AttachedVote.getAnswerVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getAnswerVoted.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            answer_id: ID of the answer, from vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``answerId``.
            page_navigation: Paging, such as {"size": 10, "page": 1}. Wire name: ``pageNavigation``.
            user_for_mobile_format: true returns user data in the mobile app format; default false. Wire name: ``userForMobileFormat``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.
            start: Offset of the first record, for paging.

        Returns:
            AsyncPage[VoteAttachedVoteGetAnswerVotedResult]

        Example:
            result = client.vote.attached_vote.get_answer_voted(attach_id=1, answer_id=1)
            result = await client.vote.attached_vote.get_answer_voted(attach_id=1, answer_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "AsyncPage[VoteAttachedVoteGetAnswerVotedResult]",
            await self._backend._invoke_page(
                _VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED,
                {
                    "attachId": attach_id,
                    "answerId": answer_id,
                    "pageNavigation": page_navigation,
                    "userForMobileFormat": user_for_mobile_format,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                    "start": start,
                },
            ),
        )

    async def get_many(
        self, *, module_id: str, entity_type: str, entity_ids: Sequence[int]
    ) -> VoteAttachedVoteGetManyResult:
        """Get the polls attached to several chat messages or Feed posts at once.

        REST method: ``vote.AttachedVote.getMany``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getMany.html

        Args:
            module_id: \"im" for chat polls, "blog" for Feed polls. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_ids: IDs of the chat messages or Feed posts holding the polls; at most 50. Wire name: ``entityIds``.

        Returns:
            VoteAttachedVoteGetManyResult

        Example:
            result = client.vote.attached_vote.get_many(module_id="1", entity_type="CRM_DEAL", entity_ids=[1])
            result = await client.vote.attached_vote.get_many(module_id="1", entity_type="CRM_DEAL", entity_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "VoteAttachedVoteGetManyResult",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET_MANY,
                {
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityIds": entity_ids,
                },
            ),
        )

    async def get_with_voted(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        user_for_mobile_format: bool | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> VoteAttachedVoteGetWithVotedResult:
        """Get a poll together with the users who voted for each answer.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        REST method: ``vote.AttachedVote.getWithVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getWithVoted.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            page_size: Number of voters per page; default 10. Wire name: ``pageSize``.
            user_for_mobile_format: true returns user data in the mobile app format; default false. Wire name: ``userForMobileFormat``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVoteGetWithVotedResult

        Example:
            result = client.vote.attached_vote.get_with_voted(attach_id=1)
            result = await client.vote.attached_vote.get_with_voted(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET_WITH_VOTED,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "VoteAttachedVoteGetWithVotedResult",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET_WITH_VOTED,
                {
                    "attachId": attach_id,
                    "pageSize": page_size,
                    "userForMobileFormat": user_for_mobile_format,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    async def recall(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> VoteAttachedVoteRecallResult:
        """Take back the current user's vote in an active poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Works only in polls that allow re-voting.

        REST method: ``vote.AttachedVote.recall``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.recall.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVoteRecallResult

        Example:
            result = client.vote.attached_vote.recall(attach_id=1)
            result = await client.vote.attached_vote.recall(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_RECALL,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "VoteAttachedVoteRecallResult",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_RECALL,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    async def resume(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Reopen a stopped poll so users can vote again.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Requires the right to edit the poll.

        REST method: ``vote.AttachedVote.resume``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.resume.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            list[Any]

        Example:
            result = client.vote.attached_vote.resume(attach_id=1)
            result = await client.vote.attached_vote.resume(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_RESUME,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "list[Any]",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_RESUME,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    async def stop(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Close an active poll to further voting.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Requires the right to edit the poll.

        REST method: ``vote.AttachedVote.stop``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.stop.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            list[Any]

        Example:
            result = client.vote.attached_vote.stop(attach_id=1)
            result = await client.vote.attached_vote.stop(attach_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_STOP,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "list[Any]",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_STOP,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    async def vote(
        self,
        *,
        attach_id: int | NotGiven = NOT_GIVEN,
        ballot: dict[str, Any],
        module_id: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: int | NotGiven = NOT_GIVEN,
        signed_attach_id: str | NotGiven = NOT_GIVEN,
    ) -> VoteAttachedVoteVoteResult:
        """Cast the current user's vote in a chat or Feed poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        REST method: ``vote.AttachedVote.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.vote.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            ballot: Chosen answers: question ID as key, list of answer IDs as value. Chat polls have one question; Feed polls may have several.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            VoteAttachedVoteVoteResult

        Example:
            result = client.vote.attached_vote.vote(attach_id=1, ballot={})
            result = await client.vote.attached_vote.vote(attach_id=1, ballot={})  # AsyncBitrix24
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_VOTE,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "VoteAttachedVoteVoteResult",
            await self._backend._invoke(
                _VOTE_ATTACHED_VOTE_VOTE,
                {
                    "attachId": attach_id,
                    "ballot": ballot,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )


class BatchVoteAttachedVote(Namespace):
    """Methods under ``vote.AttachedVote`` (queued into a batch)."""

    __slots__ = ()

    def download(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Download a poll results report as a file.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. The answer is a file, not JSON, so BX24.callMethod cannot handle it; use a plain HTTP request.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.download``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.download.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.vote.attached_vote.download(attach_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_DOWNLOAD,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_DOWNLOAD,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def get(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_VoteAttachedVote]:
        """Get a chat or Feed poll with its questions, counts and the current user's vote.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html

        Args:
            attach_id: ID of the attached poll; can equal voteId from vote.Integration.Im.send. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[VoteAttachedVote]

        Example:
            command = batch.vote.attached_vote.get(attach_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[_VoteAttachedVote]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def get_answer_voted(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        answer_id: int | Ref,
        page_navigation: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        user_for_mobile_format: bool | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[VoteAttachedVoteGetAnswerVotedResult]]:
        """List the users who picked a given answer in a poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.getAnswerVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getAnswerVoted.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            answer_id: ID of the answer, from vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``answerId``.
            page_navigation: Paging, such as {"size": 10, "page": 1}. Wire name: ``pageNavigation``.
            user_for_mobile_format: true returns user data in the mobile app format; default false. Wire name: ``userForMobileFormat``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[VoteAttachedVoteGetAnswerVotedResult]]

        Example:
            command = batch.vote.attached_vote.get_answer_voted(attach_id=1, answer_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[list[VoteAttachedVoteGetAnswerVotedResult]]",
            self._backend._invoke_page(
                _VOTE_ATTACHED_VOTE_GET_ANSWER_VOTED,
                {
                    "attachId": attach_id,
                    "answerId": answer_id,
                    "pageNavigation": page_navigation,
                    "userForMobileFormat": user_for_mobile_format,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                    "start": start,
                },
            ),
        )

    def get_many(
        self,
        *,
        module_id: str | Ref,
        entity_type: str | Ref,
        entity_ids: Sequence[int] | Ref,
    ) -> BatchCommand[VoteAttachedVoteGetManyResult]:
        """Get the polls attached to several chat messages or Feed posts at once.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.getMany``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getMany.html

        Args:
            module_id: \"im" for chat polls, "blog" for Feed polls. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_ids: IDs of the chat messages or Feed posts holding the polls; at most 50. Wire name: ``entityIds``.

        Returns:
            BatchCommand[VoteAttachedVoteGetManyResult]

        Example:
            command = batch.vote.attached_vote.get_many(module_id="1", entity_type="CRM_DEAL", entity_ids=[1])
        """
        return cast(
            "BatchCommand[VoteAttachedVoteGetManyResult]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET_MANY,
                {
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityIds": entity_ids,
                },
            ),
        )

    def get_with_voted(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        page_size: int | Ref | NotGiven = NOT_GIVEN,
        user_for_mobile_format: bool | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoteAttachedVoteGetWithVotedResult]:
        """Get a poll together with the users who voted for each answer.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.getWithVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getWithVoted.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            page_size: Number of voters per page; default 10. Wire name: ``pageSize``.
            user_for_mobile_format: true returns user data in the mobile app format; default false. Wire name: ``userForMobileFormat``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[VoteAttachedVoteGetWithVotedResult]

        Example:
            command = batch.vote.attached_vote.get_with_voted(attach_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_GET_WITH_VOTED,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[VoteAttachedVoteGetWithVotedResult]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_GET_WITH_VOTED,
                {
                    "attachId": attach_id,
                    "pageSize": page_size,
                    "userForMobileFormat": user_for_mobile_format,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def recall(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoteAttachedVoteRecallResult]:
        """Take back the current user's vote in an active poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Works only in polls that allow re-voting.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.recall``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.recall.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[VoteAttachedVoteRecallResult]

        Example:
            command = batch.vote.attached_vote.recall(attach_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_RECALL,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[VoteAttachedVoteRecallResult]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_RECALL,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def resume(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[Any]]:
        """Reopen a stopped poll so users can vote again.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Requires the right to edit the poll.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.resume``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.resume.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[list[Any]]

        Example:
            command = batch.vote.attached_vote.resume(attach_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_RESUME,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[list[Any]]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_RESUME,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def stop(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[Any]]:
        """Close an active poll to further voting.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId. Requires the right to edit the poll.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.stop``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.stop.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[list[Any]]

        Example:
            command = batch.vote.attached_vote.stop(attach_id=1)
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_STOP,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[list[Any]]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_STOP,
                {
                    "attachId": attach_id,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )

    def vote(
        self,
        *,
        attach_id: int | Ref | NotGiven = NOT_GIVEN,
        ballot: dict[str, Any] | Ref,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        signed_attach_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoteAttachedVoteVoteResult]:
        """Cast the current user's vote in a chat or Feed poll.

        Identify the poll in one of three ways: attachId; moduleId with entityType and entityId; or signedAttachId.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.vote.html

        Args:
            attach_id: ID of the attached poll, as returned by vote.AttachedVote.get or vote.AttachedVote.getMany. Wire name: ``attachId``.
            ballot: Chosen answers: question ID as key, list of answer IDs as value. Chat polls have one question; Feed polls may have several.
            module_id: Module holding the poll: "Im" for a chat poll, "blog" for a Feed post poll. Use with entityType and entityId. Wire name: ``moduleId``.
            entity_type: Attachment type: "Bitrix\\Vote\\Attachment\\ImMessageConnector" for a chat poll, "Bitrix\\Vote\\Attachment\\BlogPostConnector" for a Feed poll. Wire name: ``entityType``.
            entity_id: ID of the chat message or Feed post holding the poll. Wire name: ``entityId``.
            signed_attach_id: Signed attachment ID, from signedAttachId in vote.AttachedVote.get. Wire name: ``signedAttachId``.

        Returns:
            BatchCommand[VoteAttachedVoteVoteResult]

        Example:
            command = batch.vote.attached_vote.vote(attach_id=1, ballot={})
        """
        require_one_of(
            _VOTE_ATTACHED_VOTE_VOTE,
            {"attach_id": attach_id},
            {
                "module_id": module_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
            },
            {"signed_attach_id": signed_attach_id},
        )
        return cast(
            "BatchCommand[VoteAttachedVoteVoteResult]",
            self._backend._invoke(
                _VOTE_ATTACHED_VOTE_VOTE,
                {
                    "attachId": attach_id,
                    "ballot": ballot,
                    "moduleId": module_id,
                    "entityType": entity_type,
                    "entityId": entity_id,
                    "signedAttachId": signed_attach_id,
                },
            ),
        )
