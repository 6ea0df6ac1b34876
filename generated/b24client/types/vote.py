"""TypedDicts of ``b24client.types.vote``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "VoteAttachedVote",
    "VoteAttachedVoteGetAnswerVotedResult",
    "VoteAttachedVoteGetManyResult",
    "VoteAttachedVoteGetManyResultItems",
    "VoteAttachedVoteGetWithVotedResult",
    "VoteAttachedVoteGetWithVotedResultAttach",
    "VoteAttachedVoteRecallResult",
    "VoteAttachedVoteRecallResultAttach",
    "VoteAttachedVoteVoteResult",
    "VoteAttachedVoteVoteResultAttach",
    "VoteIntegrationImSendImMessageVoteData",
    "VoteIntegrationImSendImMessageVoteDataQuestions",
    "VoteIntegrationImSendImMessageVoteDataQuestionsAnswers",
    "VoteIntegrationImSendResult",
]


class VoteAttachedVote(TypedDict, total=False):
    """Vote attached vote, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html
    """

    ID: int
    VOTE_ID: int
    COUNTER: int
    QUESTIONS: list[Any] | dict[str, Any]
    ANONYMITY: int
    OPTIONS: int
    userAnswerMap: list[Any] | dict[str, Any]
    canEdit: bool
    canVote: bool
    canRevote: bool
    isVoted: bool
    signedAttachId: str
    resultUrl: str
    downloadUrl: str
    entityId: int
    isFinished: bool


class VoteAttachedVoteGetAnswerVotedResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.getAnswerVoted``."""

    ID: int
    NAME: str
    IMAGE: str
    WORK_POSITION: str


class VoteAttachedVoteGetManyResultItems(TypedDict, total=False):
    """Keys of ``result.items`` in ``vote.AttachedVote.getMany``."""

    ID: int
    VOTE_ID: int
    COUNTER: int
    QUESTIONS: dict[str, Any]
    ANONYMITY: int
    OPTIONS: int
    userAnswerMap: dict[str, Any]
    canEdit: bool
    canVote: bool
    canRevote: bool
    isVoted: bool
    signedAttachId: str
    resultUrl: str
    downloadUrl: str
    entityId: int
    isFinished: bool


class VoteAttachedVoteGetManyResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.getMany``."""

    items: Required[list[VoteAttachedVoteGetManyResultItems]]


class VoteAttachedVoteGetWithVotedResultAttach(TypedDict, total=False):
    """Keys of ``result.attach`` in ``vote.AttachedVote.getWithVoted``."""

    ID: int
    VOTE_ID: int
    COUNTER: int
    QUESTIONS: dict[str, Any]
    ANONYMITY: int
    OPTIONS: int
    userAnswerMap: dict[str, Any]
    canEdit: bool
    canVote: bool
    canRevote: bool
    isVoted: bool
    signedAttachId: str
    resultUrl: str
    downloadUrl: str
    entityId: int
    isFinished: bool


class VoteAttachedVoteGetWithVotedResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.getWithVoted``."""

    attach: VoteAttachedVoteGetWithVotedResultAttach
    voted: dict[str, Any]


class VoteAttachedVoteRecallResultAttach(TypedDict, total=False):
    """Keys of ``result.attach`` in ``vote.AttachedVote.recall``."""

    ID: int
    VOTE_ID: int
    COUNTER: int
    QUESTIONS: dict[str, Any]
    ANONYMITY: int
    OPTIONS: int
    userAnswerMap: list[Any]
    canEdit: bool
    canVote: bool
    canRevote: bool
    isVoted: bool
    signedAttachId: str
    resultUrl: str
    downloadUrl: str
    entityId: int
    isFinished: bool


class VoteAttachedVoteRecallResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.recall``."""

    attach: Required[VoteAttachedVoteRecallResultAttach]


class VoteAttachedVoteVoteResultAttach(TypedDict, total=False):
    """Keys of ``result.attach`` in ``vote.AttachedVote.vote``."""

    ID: int
    VOTE_ID: int
    COUNTER: int
    QUESTIONS: dict[str, Any]
    ANONYMITY: int
    OPTIONS: int
    userAnswerMap: dict[str, Any]
    canEdit: bool
    canVote: bool
    canRevote: bool
    isVoted: bool
    signedAttachId: str
    resultUrl: str
    downloadUrl: str
    entityId: int
    isFinished: bool


class VoteAttachedVoteVoteResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.vote``."""

    attach: Required[VoteAttachedVoteVoteResultAttach]


class VoteIntegrationImSendImMessageVoteDataQuestionsAnswers(TypedDict, total=False):
    """Keys of ``IM_MESSAGE_VOTE_DATA.QUESTIONS.ANSWERS`` in ``vote.Integration.Im.send``."""

    MESSAGE: str


class VoteIntegrationImSendImMessageVoteDataQuestions(TypedDict, total=False):
    """Keys of ``IM_MESSAGE_VOTE_DATA.QUESTIONS`` in ``vote.Integration.Im.send``."""

    QUESTION: str
    FIELD_TYPE: Literal[0, 1]
    ANSWERS: Sequence[VoteIntegrationImSendImMessageVoteDataQuestionsAnswers]


class VoteIntegrationImSendImMessageVoteData(TypedDict, total=False):
    """Keys of the ``IM_MESSAGE_VOTE_DATA`` parameter of ``vote.Integration.Im.send``."""

    QUESTIONS: Required[Sequence[VoteIntegrationImSendImMessageVoteDataQuestions]]
    ANONYMITY: Literal[0, 1]
    OPTIONS: Literal[0, 1]


class VoteIntegrationImSendResult(TypedDict, total=False):
    """Keys of the result of ``vote.Integration.Im.send``."""

    messageId: int
    voteId: int
