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
        """Download vote attached vote.

        REST method: ``vote.AttachedVote.download``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.download.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get vote attached vote.

        REST method: ``vote.AttachedVote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get answer voted of vote attached vote.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``vote.AttachedVote.getAnswerVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getAnswerVoted.html

        Args:
            attach_id: Wire name: ``attachId``.
            answer_id: Wire name: ``answerId``.
            page_navigation: Wire name: ``pageNavigation``.
            user_for_mobile_format: Wire name: ``userForMobileFormat``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get many of vote attached vote.

        REST method: ``vote.AttachedVote.getMany``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getMany.html

        Args:
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_ids: Wire name: ``entityIds``.

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
        """Get with voted of vote attached vote.

        REST method: ``vote.AttachedVote.getWithVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getWithVoted.html

        Args:
            attach_id: Wire name: ``attachId``.
            page_size: Wire name: ``pageSize``.
            user_for_mobile_format: Wire name: ``userForMobileFormat``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Recall vote attached vote.

        REST method: ``vote.AttachedVote.recall``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.recall.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Resume vote attached vote.

        REST method: ``vote.AttachedVote.resume``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.resume.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Stop vote attached vote.

        REST method: ``vote.AttachedVote.stop``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.stop.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Vote in vote attached vote.

        REST method: ``vote.AttachedVote.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.vote.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Download vote attached vote.

        REST method: ``vote.AttachedVote.download``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.download.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get vote attached vote.

        REST method: ``vote.AttachedVote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get answer voted of vote attached vote.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``vote.AttachedVote.getAnswerVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getAnswerVoted.html

        Args:
            attach_id: Wire name: ``attachId``.
            answer_id: Wire name: ``answerId``.
            page_navigation: Wire name: ``pageNavigation``.
            user_for_mobile_format: Wire name: ``userForMobileFormat``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get many of vote attached vote.

        REST method: ``vote.AttachedVote.getMany``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getMany.html

        Args:
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_ids: Wire name: ``entityIds``.

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
        """Get with voted of vote attached vote.

        REST method: ``vote.AttachedVote.getWithVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getWithVoted.html

        Args:
            attach_id: Wire name: ``attachId``.
            page_size: Wire name: ``pageSize``.
            user_for_mobile_format: Wire name: ``userForMobileFormat``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Recall vote attached vote.

        REST method: ``vote.AttachedVote.recall``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.recall.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Resume vote attached vote.

        REST method: ``vote.AttachedVote.resume``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.resume.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Stop vote attached vote.

        REST method: ``vote.AttachedVote.stop``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.stop.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Vote in vote attached vote.

        REST method: ``vote.AttachedVote.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.vote.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Download vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.download``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.download.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.get``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get answer voted of vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.getAnswerVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getAnswerVoted.html

        Args:
            attach_id: Wire name: ``attachId``.
            answer_id: Wire name: ``answerId``.
            page_navigation: Wire name: ``pageNavigation``.
            user_for_mobile_format: Wire name: ``userForMobileFormat``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Get many of vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.getMany``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getMany.html

        Args:
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_ids: Wire name: ``entityIds``.

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
        """Get with voted of vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.getWithVoted``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.getWithVoted.html

        Args:
            attach_id: Wire name: ``attachId``.
            page_size: Wire name: ``pageSize``.
            user_for_mobile_format: Wire name: ``userForMobileFormat``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Recall vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.recall``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.recall.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Resume vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.resume``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.resume.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Stop vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.stop``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.stop.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
        """Vote in vote attached vote.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``vote.AttachedVote.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.vote.html

        Args:
            attach_id: Wire name: ``attachId``.
            module_id: Wire name: ``moduleId``.
            entity_type: Wire name: ``entityType``.
            entity_id: Wire name: ``entityId``.
            signed_attach_id: Wire name: ``signedAttachId``.

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
