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
    """A poll attached to a chat message or Feed post.

    Docs: https://apidocs.bitrix24.com/api-reference/vote/vote.attachedvote.get.html
    """

    ID: int
    """ID of the attached poll."""
    VOTE_ID: int
    """ID of the poll itself."""
    COUNTER: int
    """Number of votes cast."""
    QUESTIONS: list[Any] | dict[str, Any]
    """Poll questions with their answers."""
    ANONYMITY: int
    """Anonymity level of the poll."""
    OPTIONS: int
    """Whether re-voting is allowed."""
    userAnswerMap: list[Any] | dict[str, Any]
    """Answers chosen by the current user."""
    canEdit: bool
    """Whether the current user may edit the poll."""
    canVote: bool
    """Whether the current user may vote."""
    canRevote: bool
    """Whether the current user may change their vote."""
    isVoted: bool
    """Whether the current user has already voted."""
    signedAttachId: str
    """Signed attachment ID, usable instead of attachId."""
    resultUrl: str
    """URL of the poll results page."""
    downloadUrl: str
    """URL to download the poll results."""
    entityId: int
    """ID of the item (chat message or Feed post) holding the poll."""
    isFinished: bool
    """Whether the poll is stopped."""


class VoteAttachedVoteGetAnswerVotedResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.getAnswerVoted``."""

    ID: int
    """ID of the user."""
    NAME: str
    """User name."""
    IMAGE: str
    """URL of the user photo."""
    WORK_POSITION: str
    """Job title."""


class VoteAttachedVoteGetManyResultItems(TypedDict, total=False):
    """Keys of ``result.items`` in ``vote.AttachedVote.getMany``."""

    ID: int
    """ID of the attached poll."""
    VOTE_ID: int
    """ID of the poll itself."""
    COUNTER: int
    """Number of votes cast."""
    QUESTIONS: dict[str, Any]
    """Poll questions with their answers."""
    ANONYMITY: int
    """Anonymity level of the poll."""
    OPTIONS: int
    """Whether re-voting is allowed."""
    userAnswerMap: dict[str, Any]
    """Answers chosen by the current user."""
    canEdit: bool
    """Whether the current user may edit the poll."""
    canVote: bool
    """Whether the current user may vote."""
    canRevote: bool
    """Whether the current user may change their vote."""
    isVoted: bool
    """Whether the current user has already voted."""
    signedAttachId: str
    """Signed attachment ID, usable instead of attachId."""
    resultUrl: str
    """URL of the poll results page."""
    downloadUrl: str
    """URL to download the poll results."""
    entityId: int
    """ID of the item (chat message or Feed post) holding the poll."""
    isFinished: bool
    """Whether the poll is stopped."""


class VoteAttachedVoteGetManyResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.getMany``."""

    items: Required[list[VoteAttachedVoteGetManyResultItems]]
    """The polls found."""


class VoteAttachedVoteGetWithVotedResultAttach(TypedDict, total=False):
    """Keys of ``result.attach`` in ``vote.AttachedVote.getWithVoted``."""

    ID: int
    """ID of the attached poll."""
    VOTE_ID: int
    """ID of the poll itself."""
    COUNTER: int
    """Number of votes cast."""
    QUESTIONS: dict[str, Any]
    """Poll questions with their answers."""
    ANONYMITY: int
    """Anonymity level of the poll."""
    OPTIONS: int
    """Whether re-voting is allowed."""
    userAnswerMap: dict[str, Any]
    """Answers chosen by the current user."""
    canEdit: bool
    """Whether the current user may edit the poll."""
    canVote: bool
    """Whether the current user may vote."""
    canRevote: bool
    """Whether the current user may change their vote."""
    isVoted: bool
    """Whether the current user has already voted."""
    signedAttachId: str
    """Signed attachment ID, usable instead of attachId."""
    resultUrl: str
    """URL of the poll results page."""
    downloadUrl: str
    """URL to download the poll results."""
    entityId: int
    """ID of the item (chat message or Feed post) holding the poll."""
    isFinished: bool
    """Whether the poll is stopped."""


class VoteAttachedVoteGetWithVotedResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.getWithVoted``."""

    attach: VoteAttachedVoteGetWithVotedResultAttach
    """The attached poll."""
    voted: dict[str, Any]
    """Users who voted, grouped by answer."""


class VoteAttachedVoteRecallResultAttach(TypedDict, total=False):
    """Keys of ``result.attach`` in ``vote.AttachedVote.recall``."""

    ID: int
    """ID of the attached poll."""
    VOTE_ID: int
    """ID of the poll itself."""
    COUNTER: int
    """Number of votes cast."""
    QUESTIONS: dict[str, Any]
    """Poll questions with their answers."""
    ANONYMITY: int
    """Anonymity level of the poll."""
    OPTIONS: int
    """Whether re-voting is allowed."""
    userAnswerMap: list[Any]
    """Answers chosen by the current user."""
    canEdit: bool
    """Whether the current user may edit the poll."""
    canVote: bool
    """Whether the current user may vote."""
    canRevote: bool
    """Whether the current user may change their vote."""
    isVoted: bool
    """Whether the current user has already voted."""
    signedAttachId: str
    """Signed attachment ID, usable instead of attachId."""
    resultUrl: str
    """URL of the poll results page."""
    downloadUrl: str
    """URL to download the poll results."""
    entityId: int
    """ID of the item (chat message or Feed post) holding the poll."""
    isFinished: bool
    """Whether the poll is stopped."""


class VoteAttachedVoteRecallResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.recall``."""

    attach: Required[VoteAttachedVoteRecallResultAttach]
    """The attached poll."""


class VoteAttachedVoteVoteResultAttach(TypedDict, total=False):
    """Keys of ``result.attach`` in ``vote.AttachedVote.vote``."""

    ID: int
    """ID of the attached poll."""
    VOTE_ID: int
    """ID of the poll itself."""
    COUNTER: int
    """Number of votes cast."""
    QUESTIONS: dict[str, Any]
    """Poll questions with their answers."""
    ANONYMITY: int
    """Anonymity level of the poll."""
    OPTIONS: int
    """Whether re-voting is allowed."""
    userAnswerMap: dict[str, Any]
    """Answers chosen by the current user."""
    canEdit: bool
    """Whether the current user may edit the poll."""
    canVote: bool
    """Whether the current user may vote."""
    canRevote: bool
    """Whether the current user may change their vote."""
    isVoted: bool
    """Whether the current user has already voted."""
    signedAttachId: str
    """Signed attachment ID, usable instead of attachId."""
    resultUrl: str
    """URL of the poll results page."""
    downloadUrl: str
    """URL to download the poll results."""
    entityId: int
    """ID of the item (chat message or Feed post) holding the poll."""
    isFinished: bool
    """Whether the poll is stopped."""


class VoteAttachedVoteVoteResult(TypedDict, total=False):
    """Keys of the result of ``vote.AttachedVote.vote``."""

    attach: Required[VoteAttachedVoteVoteResultAttach]
    """The attached poll."""


class VoteIntegrationImSendImMessageVoteDataQuestionsAnswers(TypedDict, total=False):
    """Keys of ``IM_MESSAGE_VOTE_DATA.QUESTIONS.ANSWERS`` in ``vote.Integration.Im.send``."""

    MESSAGE: str
    """Answer text."""


class VoteIntegrationImSendImMessageVoteDataQuestions(TypedDict, total=False):
    """Keys of ``IM_MESSAGE_VOTE_DATA.QUESTIONS`` in ``vote.Integration.Im.send``."""

    QUESTION: str
    """Question text."""
    FIELD_TYPE: Literal[0, 1]
    """0 (default) single choice, 1 multiple choice."""
    ANSWERS: Sequence[VoteIntegrationImSendImMessageVoteDataQuestionsAnswers]
    """Answer options, 2 to 10."""


class VoteIntegrationImSendImMessageVoteData(TypedDict, total=False):
    """Keys of the ``IM_MESSAGE_VOTE_DATA`` parameter of ``vote.Integration.Im.send``."""

    QUESTIONS: Required[Sequence[VoteIntegrationImSendImMessageVoteDataQuestions]]
    """Poll questions; at most one."""
    ANONYMITY: Literal[0, 1]
    """0 (default) public, 1 anonymous."""
    OPTIONS: Literal[0, 1]
    """1 allows re-voting, 0 (default) does not."""


class VoteIntegrationImSendResult(TypedDict, total=False):
    """Keys of the result of ``vote.Integration.Im.send``."""

    messageId: int
    """ID of the chat message with the poll."""
    voteId: int
    """ID of the created poll."""
