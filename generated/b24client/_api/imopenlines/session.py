"""Methods under ``imopenlines.session``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.imopenlines import (
        ImopenlinesSessionHistory as _ImopenlinesSessionHistory,
        ImopenlinesSessionOpenResult,
    )
else:
    from b24client._core.callsite import deprecated

_IMOPENLINES_SESSION_INTERCEPT = MethodInfo(
    name="imopenlines.session.intercept", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_SESSION_JOIN = MethodInfo(
    name="imopenlines.session.join", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_SESSION_OPEN = MethodInfo(
    name="imopenlines.session.open", idempotent=False, returns="any", api=1
)
_IMOPENLINES_SESSION_START = MethodInfo(
    name="imopenlines.session.start", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_SESSION_HEAD_VOTE = MethodInfo(
    name="imopenlines.session.head.vote", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_SESSION_HISTORY_GET = MethodInfo(
    name="imopenlines.session.history.get", idempotent=True, returns="any", api=1
)
_IMOPENLINES_SESSION_MODE_PIN = MethodInfo(
    name="imopenlines.session.mode.pin", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_SESSION_MODE_PIN_ALL = MethodInfo(
    name="imopenlines.session.mode.pinAll", idempotent=False, returns="any", api=1
)
_IMOPENLINES_SESSION_MODE_SILENT = MethodInfo(
    name="imopenlines.session.mode.silent", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_SESSION_MODE_UNPIN_ALL = MethodInfo(
    name="imopenlines.session.mode.unpinAll", idempotent=False, returns="any", api=1
)


class ImopenlinesSession(Namespace):
    """Methods under ``imopenlines.session``."""

    __slots__ = ()

    @property
    def head(self) -> ImopenlinesSessionHead:
        """Methods under ``imopenlines.session.head``."""
        return ImopenlinesSessionHead(self._backend)

    @property
    def history(self) -> ImopenlinesSessionHistory:
        """Methods under ``imopenlines.session.history``."""
        return ImopenlinesSessionHistory(self._backend)

    @property
    def mode(self) -> ImopenlinesSessionMode:
        """Methods under ``imopenlines.session.mode``."""
        return ImopenlinesSessionMode(self._backend)

    def intercept(self, *, chat_id: int) -> bool:
        """Take over a conversation already assigned to another operator.

        REST method: ``imopenlines.session.intercept``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-intercept.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Example:
            result = client.imopenlines.session.intercept(chat_id=1)
            result = await client.imopenlines.session.intercept(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_SESSION_INTERCEPT, {"CHAT_ID": chat_id}),
        )

    def join(self, *, chat_id: int) -> bool:
        """Add the current operator to an active open channel conversation.

        REST method: ``imopenlines.session.join``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-join.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.join(chat_id=1)
            result = await client.imopenlines.session.join(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IMOPENLINES_SESSION_JOIN, {"CHAT_ID": chat_id})
        )

    def open(self, *, user_code: str) -> ImopenlinesSessionOpenResult:
        """Open (or find) the chat for an open channel client by user code.

        REST method: ``imopenlines.session.open``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-open.html

        Args:
            user_code: Client code in the form "connector|LINE_ID|CONNECTOR_CHAT_ID|CONNECTOR_USER_ID". Wire name: ``USER_CODE``.

        Returns:
            ImopenlinesSessionOpenResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.open(user_code="example_code")
            result = await client.imopenlines.session.open(user_code="example_code")  # AsyncBitrix24
        """
        return cast(
            "ImopenlinesSessionOpenResult",
            self._backend._invoke(_IMOPENLINES_SESSION_OPEN, {"USER_CODE": user_code}),
        )

    def start(self, *, chat_id: int) -> bool:
        """Start a new conversation session in an open channel chat.

        REST method: ``imopenlines.session.start``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-start.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.start(chat_id=1)
            result = await client.imopenlines.session.start(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_SESSION_START, {"CHAT_ID": chat_id}),
        )


class AsyncImopenlinesSession(Namespace):
    """Methods under ``imopenlines.session`` (async)."""

    __slots__ = ()

    @property
    def head(self) -> AsyncImopenlinesSessionHead:
        """Methods under ``imopenlines.session.head``."""
        return AsyncImopenlinesSessionHead(self._backend)

    @property
    def history(self) -> AsyncImopenlinesSessionHistory:
        """Methods under ``imopenlines.session.history``."""
        return AsyncImopenlinesSessionHistory(self._backend)

    @property
    def mode(self) -> AsyncImopenlinesSessionMode:
        """Methods under ``imopenlines.session.mode``."""
        return AsyncImopenlinesSessionMode(self._backend)

    async def intercept(self, *, chat_id: int) -> bool:
        """Take over a conversation already assigned to another operator.

        REST method: ``imopenlines.session.intercept``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-intercept.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Example:
            result = client.imopenlines.session.intercept(chat_id=1)
            result = await client.imopenlines.session.intercept(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_SESSION_INTERCEPT, {"CHAT_ID": chat_id}
            ),
        )

    async def join(self, *, chat_id: int) -> bool:
        """Add the current operator to an active open channel conversation.

        REST method: ``imopenlines.session.join``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-join.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.join(chat_id=1)
            result = await client.imopenlines.session.join(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_SESSION_JOIN, {"CHAT_ID": chat_id}
            ),
        )

    async def open(self, *, user_code: str) -> ImopenlinesSessionOpenResult:
        """Open (or find) the chat for an open channel client by user code.

        REST method: ``imopenlines.session.open``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-open.html

        Args:
            user_code: Client code in the form "connector|LINE_ID|CONNECTOR_CHAT_ID|CONNECTOR_USER_ID". Wire name: ``USER_CODE``.

        Returns:
            ImopenlinesSessionOpenResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.open(user_code="example_code")
            result = await client.imopenlines.session.open(user_code="example_code")  # AsyncBitrix24
        """
        return cast(
            "ImopenlinesSessionOpenResult",
            await self._backend._invoke(
                _IMOPENLINES_SESSION_OPEN, {"USER_CODE": user_code}
            ),
        )

    async def start(self, *, chat_id: int) -> bool:
        """Start a new conversation session in an open channel chat.

        REST method: ``imopenlines.session.start``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-start.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.start(chat_id=1)
            result = await client.imopenlines.session.start(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_SESSION_START, {"CHAT_ID": chat_id}
            ),
        )


class BatchImopenlinesSession(Namespace):
    """Methods under ``imopenlines.session`` (queued into a batch)."""

    __slots__ = ()

    @property
    def head(self) -> BatchImopenlinesSessionHead:
        """Methods under ``imopenlines.session.head``."""
        return BatchImopenlinesSessionHead(self._backend)

    @property
    def history(self) -> BatchImopenlinesSessionHistory:
        """Methods under ``imopenlines.session.history``."""
        return BatchImopenlinesSessionHistory(self._backend)

    @property
    def mode(self) -> BatchImopenlinesSessionMode:
        """Methods under ``imopenlines.session.mode``."""
        return BatchImopenlinesSessionMode(self._backend)

    def intercept(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Take over a conversation already assigned to another operator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.intercept``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-intercept.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imopenlines.session.intercept(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_SESSION_INTERCEPT, {"CHAT_ID": chat_id}),
        )

    def join(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Add the current operator to an active open channel conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.join``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-join.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.join(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_SESSION_JOIN, {"CHAT_ID": chat_id}),
        )

    def open(
        self, *, user_code: str | Ref
    ) -> BatchCommand[ImopenlinesSessionOpenResult]:
        """Open (or find) the chat for an open channel client by user code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.open``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-open.html

        Args:
            user_code: Client code in the form "connector|LINE_ID|CONNECTOR_CHAT_ID|CONNECTOR_USER_ID". Wire name: ``USER_CODE``.

        Returns:
            BatchCommand[ImopenlinesSessionOpenResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.open(user_code="example_code")
        """
        return cast(
            "BatchCommand[ImopenlinesSessionOpenResult]",
            self._backend._invoke(_IMOPENLINES_SESSION_OPEN, {"USER_CODE": user_code}),
        )

    def start(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Start a new conversation session in an open channel chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.start``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-start.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.start(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_SESSION_START, {"CHAT_ID": chat_id}),
        )


class ImopenlinesSessionHead(Namespace):
    """Methods under ``imopenlines.session.head``."""

    __slots__ = ()

    def vote(
        self,
        *,
        session_id: int,
        rating: int | NotGiven = NOT_GIVEN,
        comment: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save a supervisor's rating (1 to 5) and comment for a finished conversation.

        Only a supervisor allowed to rate in the line settings may call it.

        REST method: ``imopenlines.session.head.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-head-vote.html

        Args:
            session_id: ID of the conversation session. Wire name: ``SESSION_ID``.
            rating: Supervisor's rating from 1 to 5. Wire name: ``RATING``.
            comment: Supervisor's comment on the rating. Wire name: ``COMMENT``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.head.vote(session_id=1, rating=1)
            result = await client.imopenlines.session.head.vote(session_id=1, rating=1)  # AsyncBitrix24
        """
        require_one_of(
            _IMOPENLINES_SESSION_HEAD_VOTE, {"rating": rating}, {"comment": comment}
        )
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_SESSION_HEAD_VOTE,
                {"SESSION_ID": session_id, "RATING": rating, "COMMENT": comment},
            ),
        )


class AsyncImopenlinesSessionHead(Namespace):
    """Methods under ``imopenlines.session.head`` (async)."""

    __slots__ = ()

    async def vote(
        self,
        *,
        session_id: int,
        rating: int | NotGiven = NOT_GIVEN,
        comment: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save a supervisor's rating (1 to 5) and comment for a finished conversation.

        Only a supervisor allowed to rate in the line settings may call it.

        REST method: ``imopenlines.session.head.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-head-vote.html

        Args:
            session_id: ID of the conversation session. Wire name: ``SESSION_ID``.
            rating: Supervisor's rating from 1 to 5. Wire name: ``RATING``.
            comment: Supervisor's comment on the rating. Wire name: ``COMMENT``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.head.vote(session_id=1, rating=1)
            result = await client.imopenlines.session.head.vote(session_id=1, rating=1)  # AsyncBitrix24
        """
        require_one_of(
            _IMOPENLINES_SESSION_HEAD_VOTE, {"rating": rating}, {"comment": comment}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_SESSION_HEAD_VOTE,
                {"SESSION_ID": session_id, "RATING": rating, "COMMENT": comment},
            ),
        )


class BatchImopenlinesSessionHead(Namespace):
    """Methods under ``imopenlines.session.head`` (queued into a batch)."""

    __slots__ = ()

    def vote(
        self,
        *,
        session_id: int | Ref,
        rating: int | Ref | NotGiven = NOT_GIVEN,
        comment: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Save a supervisor's rating (1 to 5) and comment for a finished conversation.

        Only a supervisor allowed to rate in the line settings may call it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.head.vote``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-head-vote.html

        Args:
            session_id: ID of the conversation session. Wire name: ``SESSION_ID``.
            rating: Supervisor's rating from 1 to 5. Wire name: ``RATING``.
            comment: Supervisor's comment on the rating. Wire name: ``COMMENT``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.head.vote(session_id=1, rating=1)
        """
        require_one_of(
            _IMOPENLINES_SESSION_HEAD_VOTE, {"rating": rating}, {"comment": comment}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_SESSION_HEAD_VOTE,
                {"SESSION_ID": session_id, "RATING": rating, "COMMENT": comment},
            ),
        )


class ImopenlinesSessionHistory(Namespace):
    """Methods under ``imopenlines.session.history``."""

    __slots__ = ()

    def get(
        self,
        *,
        session_id: int | NotGiven = NOT_GIVEN,
        chat_id: int | NotGiven = NOT_GIVEN,
    ) -> _ImopenlinesSessionHistory:
        """Return the messages and participants of an open channel conversation.

        REST method: ``imopenlines.session.history.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-history-get.html

        Args:
            session_id: ID of the session. Wire name: ``SESSION_ID``.
            chat_id: ID of the chat. Wire name: ``CHAT_ID``.

        Returns:
            ImopenlinesSessionHistory

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.history.get(session_id=1)
            result = await client.imopenlines.session.history.get(session_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _IMOPENLINES_SESSION_HISTORY_GET,
            {"session_id": session_id},
            {"chat_id": chat_id},
        )
        return cast(
            "_ImopenlinesSessionHistory",
            self._backend._invoke(
                _IMOPENLINES_SESSION_HISTORY_GET,
                {"SESSION_ID": session_id, "CHAT_ID": chat_id},
            ),
        )


class AsyncImopenlinesSessionHistory(Namespace):
    """Methods under ``imopenlines.session.history`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        session_id: int | NotGiven = NOT_GIVEN,
        chat_id: int | NotGiven = NOT_GIVEN,
    ) -> _ImopenlinesSessionHistory:
        """Return the messages and participants of an open channel conversation.

        REST method: ``imopenlines.session.history.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-history-get.html

        Args:
            session_id: ID of the session. Wire name: ``SESSION_ID``.
            chat_id: ID of the chat. Wire name: ``CHAT_ID``.

        Returns:
            ImopenlinesSessionHistory

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.history.get(session_id=1)
            result = await client.imopenlines.session.history.get(session_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _IMOPENLINES_SESSION_HISTORY_GET,
            {"session_id": session_id},
            {"chat_id": chat_id},
        )
        return cast(
            "_ImopenlinesSessionHistory",
            await self._backend._invoke(
                _IMOPENLINES_SESSION_HISTORY_GET,
                {"SESSION_ID": session_id, "CHAT_ID": chat_id},
            ),
        )


class BatchImopenlinesSessionHistory(Namespace):
    """Methods under ``imopenlines.session.history`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        session_id: int | Ref | NotGiven = NOT_GIVEN,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImopenlinesSessionHistory]:
        """Return the messages and participants of an open channel conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.history.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-history-get.html

        Args:
            session_id: ID of the session. Wire name: ``SESSION_ID``.
            chat_id: ID of the chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[ImopenlinesSessionHistory]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.history.get(session_id=1)
        """
        require_one_of(
            _IMOPENLINES_SESSION_HISTORY_GET,
            {"session_id": session_id},
            {"chat_id": chat_id},
        )
        return cast(
            "BatchCommand[_ImopenlinesSessionHistory]",
            self._backend._invoke(
                _IMOPENLINES_SESSION_HISTORY_GET,
                {"SESSION_ID": session_id, "CHAT_ID": chat_id},
            ),
        )


class ImopenlinesSessionMode(Namespace):
    """Methods under ``imopenlines.session.mode``."""

    __slots__ = ()

    def pin(self, *, chat_id: int, activate: bool | NotGiven = NOT_GIVEN) -> bool:
        """Pin or unpin a conversation to the current operator.

        REST method: ``imopenlines.session.mode.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-pin.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            activate: \"Y" pins the conversation (default), "N" unpins it. Wire name: ``ACTIVATE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.mode.pin(chat_id=1)
            result = await client.imopenlines.session.mode.pin(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_SESSION_MODE_PIN,
                {"CHAT_ID": chat_id, "ACTIVATE": yes_no(activate)},
            ),
        )

    def pin_all(self) -> list[int]:
        """Pin every available active conversation to the current operator.

        Returns the IDs of the sessions that were pinned.

        REST method: ``imopenlines.session.mode.pinAll``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-pin-all.html

        Returns:
            list[int]

        Example:
            result = client.imopenlines.session.mode.pin_all()
            result = await client.imopenlines.session.mode.pin_all()  # AsyncBitrix24
        """
        return cast(
            "list[int]", self._backend._invoke(_IMOPENLINES_SESSION_MODE_PIN_ALL, {})
        )

    @deprecated("The REST method imopenlines.session.mode.silent is deprecated.")
    def silent(self, *, chat_id: int, activate: bool | NotGiven = NOT_GIVEN) -> bool:
        """Turn hidden-correspondence mode on or off in an open channel conversation.

        Deprecated; development has stopped but the method still works.

        Deprecated.

        REST method: ``imopenlines.session.mode.silent``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-silent.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            activate: \"Y" turns hidden mode on; any other value turns it off (default off). Wire name: ``ACTIVATE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.mode.silent(chat_id=1)
            result = await client.imopenlines.session.mode.silent(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_SESSION_MODE_SILENT,
                {"CHAT_ID": chat_id, "ACTIVATE": yes_no(activate)},
            ),
        )

    def unpin_all(self) -> list[int]:
        """Unpin every conversation pinned to the current operator.

        Returns the IDs of the sessions that were unpinned.

        REST method: ``imopenlines.session.mode.unpinAll``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-unpin-all.html

        Returns:
            list[int]

        Example:
            result = client.imopenlines.session.mode.unpin_all()
            result = await client.imopenlines.session.mode.unpin_all()  # AsyncBitrix24
        """
        return cast(
            "list[int]", self._backend._invoke(_IMOPENLINES_SESSION_MODE_UNPIN_ALL, {})
        )


class AsyncImopenlinesSessionMode(Namespace):
    """Methods under ``imopenlines.session.mode`` (async)."""

    __slots__ = ()

    async def pin(self, *, chat_id: int, activate: bool | NotGiven = NOT_GIVEN) -> bool:
        """Pin or unpin a conversation to the current operator.

        REST method: ``imopenlines.session.mode.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-pin.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            activate: \"Y" pins the conversation (default), "N" unpins it. Wire name: ``ACTIVATE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.mode.pin(chat_id=1)
            result = await client.imopenlines.session.mode.pin(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_SESSION_MODE_PIN,
                {"CHAT_ID": chat_id, "ACTIVATE": yes_no(activate)},
            ),
        )

    async def pin_all(self) -> list[int]:
        """Pin every available active conversation to the current operator.

        Returns the IDs of the sessions that were pinned.

        REST method: ``imopenlines.session.mode.pinAll``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-pin-all.html

        Returns:
            list[int]

        Example:
            result = client.imopenlines.session.mode.pin_all()
            result = await client.imopenlines.session.mode.pin_all()  # AsyncBitrix24
        """
        return cast(
            "list[int]",
            await self._backend._invoke(_IMOPENLINES_SESSION_MODE_PIN_ALL, {}),
        )

    @deprecated("The REST method imopenlines.session.mode.silent is deprecated.")
    async def silent(
        self, *, chat_id: int, activate: bool | NotGiven = NOT_GIVEN
    ) -> bool:
        """Turn hidden-correspondence mode on or off in an open channel conversation.

        Deprecated; development has stopped but the method still works.

        Deprecated.

        REST method: ``imopenlines.session.mode.silent``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-silent.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            activate: \"Y" turns hidden mode on; any other value turns it off (default off). Wire name: ``ACTIVATE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.session.mode.silent(chat_id=1)
            result = await client.imopenlines.session.mode.silent(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_SESSION_MODE_SILENT,
                {"CHAT_ID": chat_id, "ACTIVATE": yes_no(activate)},
            ),
        )

    async def unpin_all(self) -> list[int]:
        """Unpin every conversation pinned to the current operator.

        Returns the IDs of the sessions that were unpinned.

        REST method: ``imopenlines.session.mode.unpinAll``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-unpin-all.html

        Returns:
            list[int]

        Example:
            result = client.imopenlines.session.mode.unpin_all()
            result = await client.imopenlines.session.mode.unpin_all()  # AsyncBitrix24
        """
        return cast(
            "list[int]",
            await self._backend._invoke(_IMOPENLINES_SESSION_MODE_UNPIN_ALL, {}),
        )


class BatchImopenlinesSessionMode(Namespace):
    """Methods under ``imopenlines.session.mode`` (queued into a batch)."""

    __slots__ = ()

    def pin(
        self, *, chat_id: int | Ref, activate: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Pin or unpin a conversation to the current operator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.mode.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-pin.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            activate: \"Y" pins the conversation (default), "N" unpins it. Wire name: ``ACTIVATE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.mode.pin(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_SESSION_MODE_PIN,
                {"CHAT_ID": chat_id, "ACTIVATE": yes_no(activate)},
            ),
        )

    def pin_all(self) -> BatchCommand[list[int]]:
        """Pin every available active conversation to the current operator.

        Returns the IDs of the sessions that were pinned.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.mode.pinAll``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-pin-all.html

        Returns:
            BatchCommand[list[int]]

        Example:
            command = batch.imopenlines.session.mode.pin_all()
        """
        return cast(
            "BatchCommand[list[int]]",
            self._backend._invoke(_IMOPENLINES_SESSION_MODE_PIN_ALL, {}),
        )

    @deprecated("The REST method imopenlines.session.mode.silent is deprecated.")
    def silent(
        self, *, chat_id: int | Ref, activate: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Turn hidden-correspondence mode on or off in an open channel conversation.

        Deprecated; development has stopped but the method still works.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.mode.silent``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-silent.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            activate: \"Y" turns hidden mode on; any other value turns it off (default off). Wire name: ``ACTIVATE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.session.mode.silent(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_SESSION_MODE_SILENT,
                {"CHAT_ID": chat_id, "ACTIVATE": yes_no(activate)},
            ),
        )

    def unpin_all(self) -> BatchCommand[list[int]]:
        """Unpin every conversation pinned to the current operator.

        Returns the IDs of the sessions that were unpinned.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.session.mode.unpinAll``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-session-mode-unpin-all.html

        Returns:
            BatchCommand[list[int]]

        Example:
            command = batch.imopenlines.session.mode.unpin_all()
        """
        return cast(
            "BatchCommand[list[int]]",
            self._backend._invoke(_IMOPENLINES_SESSION_MODE_UNPIN_ALL, {}),
        )
