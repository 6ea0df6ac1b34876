"""TypedDicts of ``b24client.types.vote``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Required, TypedDict

__all__ = [
    "VoteIntegrationImSendImMessageVoteData",
    "VoteIntegrationImSendImMessageVoteDataQuestions",
    "VoteIntegrationImSendImMessageVoteDataQuestionsAnswers",
]


class VoteIntegrationImSendImMessageVoteDataQuestionsAnswers(TypedDict, total=False):
    """Keys of ``IM_MESSAGE_VOTE_DATA.QUESTIONS.ANSWERS`` in ``vote.Integration.Im.send``."""

    MESSAGE: str


class VoteIntegrationImSendImMessageVoteDataQuestions(TypedDict, total=False):
    """Keys of ``IM_MESSAGE_VOTE_DATA.QUESTIONS`` in ``vote.Integration.Im.send``."""

    QUESTION: str
    FIELD_TYPE: int
    ANSWERS: Sequence[VoteIntegrationImSendImMessageVoteDataQuestionsAnswers]


class VoteIntegrationImSendImMessageVoteData(TypedDict, total=False):
    """Keys of the ``IM_MESSAGE_VOTE_DATA`` parameter of ``vote.Integration.Im.send``."""

    QUESTIONS: Required[Sequence[VoteIntegrationImSendImMessageVoteDataQuestions]]
    ANONYMITY: int
    OPTIONS: int
