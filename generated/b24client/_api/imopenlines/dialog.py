"""Methods under ``imopenlines.dialog``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.imopenlines import ImopenlinesDialog as _ImopenlinesDialog

_IMOPENLINES_DIALOG_GET = MethodInfo(
    name="imopenlines.dialog.get", idempotent=True, returns="any", api=1
)


class ImopenlinesDialog(Namespace):
    """Methods under ``imopenlines.dialog``."""

    __slots__ = ()

    def get(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        session_id: int | NotGiven = NOT_GIVEN,
        user_code: str | NotGiven = NOT_GIVEN,
    ) -> _ImopenlinesDialog:
        """Return details of an open channel chat by chat, dialog, session or user code.

        REST method: ``imopenlines.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-dialog-get.html

        Args:
            chat_id: ID of the chat. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID as "chatXXX". Wire name: ``DIALOG_ID``.
            session_id: ID of a session of the chat. Wire name: ``SESSION_ID``.
            user_code: Client code in the form "connector|LINE_ID|CONNECTOR_CHAT_ID|CONNECTOR_USER_ID". Wire name: ``USER_CODE``.

        Returns:
            ImopenlinesDialog

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imopenlines.dialog.get()
            result = await client.imopenlines.dialog.get()  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesDialog",
            self._backend._invoke(
                _IMOPENLINES_DIALOG_GET,
                {
                    "CHAT_ID": chat_id,
                    "DIALOG_ID": dialog_id,
                    "SESSION_ID": session_id,
                    "USER_CODE": user_code,
                },
            ),
        )


class AsyncImopenlinesDialog(Namespace):
    """Methods under ``imopenlines.dialog`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        session_id: int | NotGiven = NOT_GIVEN,
        user_code: str | NotGiven = NOT_GIVEN,
    ) -> _ImopenlinesDialog:
        """Return details of an open channel chat by chat, dialog, session or user code.

        REST method: ``imopenlines.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-dialog-get.html

        Args:
            chat_id: ID of the chat. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID as "chatXXX". Wire name: ``DIALOG_ID``.
            session_id: ID of a session of the chat. Wire name: ``SESSION_ID``.
            user_code: Client code in the form "connector|LINE_ID|CONNECTOR_CHAT_ID|CONNECTOR_USER_ID". Wire name: ``USER_CODE``.

        Returns:
            ImopenlinesDialog

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imopenlines.dialog.get()
            result = await client.imopenlines.dialog.get()  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesDialog",
            await self._backend._invoke(
                _IMOPENLINES_DIALOG_GET,
                {
                    "CHAT_ID": chat_id,
                    "DIALOG_ID": dialog_id,
                    "SESSION_ID": session_id,
                    "USER_CODE": user_code,
                },
            ),
        )


class BatchImopenlinesDialog(Namespace):
    """Methods under ``imopenlines.dialog`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        session_id: int | Ref | NotGiven = NOT_GIVEN,
        user_code: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImopenlinesDialog]:
        """Return details of an open channel chat by chat, dialog, session or user code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-dialog-get.html

        Args:
            chat_id: ID of the chat. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID as "chatXXX". Wire name: ``DIALOG_ID``.
            session_id: ID of a session of the chat. Wire name: ``SESSION_ID``.
            user_code: Client code in the form "connector|LINE_ID|CONNECTOR_CHAT_ID|CONNECTOR_USER_ID". Wire name: ``USER_CODE``.

        Returns:
            BatchCommand[ImopenlinesDialog]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imopenlines.dialog.get()
        """
        return cast(
            "BatchCommand[_ImopenlinesDialog]",
            self._backend._invoke(
                _IMOPENLINES_DIALOG_GET,
                {
                    "CHAT_ID": chat_id,
                    "DIALOG_ID": dialog_id,
                    "SESSION_ID": session_id,
                    "USER_CODE": user_code,
                },
            ),
        )
