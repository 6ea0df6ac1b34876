"""Methods under ``vote``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.vote.attached_vote import (
        AsyncVoteAttachedVote,
        BatchVoteAttachedVote,
        VoteAttachedVote,
    )
    from b24client._api.vote.integration import (
        AsyncVoteIntegration,
        BatchVoteIntegration,
        VoteIntegration,
    )


class Vote(Namespace):
    """Methods under ``vote``."""

    __slots__ = ()

    @property
    def attached_vote(self) -> VoteAttachedVote:
        """Methods under ``vote.AttachedVote``."""
        from b24client._api.vote.attached_vote import VoteAttachedVote

        return VoteAttachedVote(self._backend)

    @property
    def integration(self) -> VoteIntegration:
        """Methods under ``vote.Integration``."""
        from b24client._api.vote.integration import VoteIntegration

        return VoteIntegration(self._backend)


class AsyncVote(Namespace):
    """Methods under ``vote`` (async)."""

    __slots__ = ()

    @property
    def attached_vote(self) -> AsyncVoteAttachedVote:
        """Methods under ``vote.AttachedVote``."""
        from b24client._api.vote.attached_vote import AsyncVoteAttachedVote

        return AsyncVoteAttachedVote(self._backend)

    @property
    def integration(self) -> AsyncVoteIntegration:
        """Methods under ``vote.Integration``."""
        from b24client._api.vote.integration import AsyncVoteIntegration

        return AsyncVoteIntegration(self._backend)


class BatchVote(Namespace):
    """Methods under ``vote`` (queued into a batch)."""

    __slots__ = ()

    @property
    def attached_vote(self) -> BatchVoteAttachedVote:
        """Methods under ``vote.AttachedVote``."""
        from b24client._api.vote.attached_vote import BatchVoteAttachedVote

        return BatchVoteAttachedVote(self._backend)

    @property
    def integration(self) -> BatchVoteIntegration:
        """Methods under ``vote.Integration``."""
        from b24client._api.vote.integration import BatchVoteIntegration

        return BatchVoteIntegration(self._backend)
