"""Methods under ``voximplant.callback``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.voximplant import VoximplantCallbackStartResult

_VOXIMPLANT_CALLBACK_START = MethodInfo(
    name="voximplant.callback.start", idempotent=False, returns="any", api=1
)


class VoximplantCallback(Namespace):
    """Methods under ``voximplant.callback``."""

    __slots__ = ()

    def start(
        self,
        *,
        from_line: str,
        to_number: str,
        text_to_pronounce: str,
        voice: str | NotGiven = NOT_GIVEN,
    ) -> VoximplantCallbackStartResult:
        """Start a callback: ring an employee, read them a text, then connect them to the client.

        Requires the Outgoing call - Perform permission.

        REST method: ``voximplant.callback.start``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-callback-start.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Client number to call. Wire name: ``TO_NUMBER``.
            text_to_pronounce: Text spoken to the employee before the client is connected. Wire name: ``TEXT_TO_PRONOUNCE``.
            voice: Speech synthesis voice ID, from voximplant.tts.voices.get; default the portal language voice. Wire name: ``VOICE``.

        Returns:
            VoximplantCallbackStartResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.callback.start(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")
            result = await client.voximplant.callback.start(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "VoximplantCallbackStartResult",
            self._backend._invoke(
                _VOXIMPLANT_CALLBACK_START,
                {
                    "FROM_LINE": from_line,
                    "TO_NUMBER": to_number,
                    "TEXT_TO_PRONOUNCE": text_to_pronounce,
                    "VOICE": voice,
                },
            ),
        )


class AsyncVoximplantCallback(Namespace):
    """Methods under ``voximplant.callback`` (async)."""

    __slots__ = ()

    async def start(
        self,
        *,
        from_line: str,
        to_number: str,
        text_to_pronounce: str,
        voice: str | NotGiven = NOT_GIVEN,
    ) -> VoximplantCallbackStartResult:
        """Start a callback: ring an employee, read them a text, then connect them to the client.

        Requires the Outgoing call - Perform permission.

        REST method: ``voximplant.callback.start``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-callback-start.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Client number to call. Wire name: ``TO_NUMBER``.
            text_to_pronounce: Text spoken to the employee before the client is connected. Wire name: ``TEXT_TO_PRONOUNCE``.
            voice: Speech synthesis voice ID, from voximplant.tts.voices.get; default the portal language voice. Wire name: ``VOICE``.

        Returns:
            VoximplantCallbackStartResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.callback.start(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")
            result = await client.voximplant.callback.start(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "VoximplantCallbackStartResult",
            await self._backend._invoke(
                _VOXIMPLANT_CALLBACK_START,
                {
                    "FROM_LINE": from_line,
                    "TO_NUMBER": to_number,
                    "TEXT_TO_PRONOUNCE": text_to_pronounce,
                    "VOICE": voice,
                },
            ),
        )


class BatchVoximplantCallback(Namespace):
    """Methods under ``voximplant.callback`` (queued into a batch)."""

    __slots__ = ()

    def start(
        self,
        *,
        from_line: str | Ref,
        to_number: str | Ref,
        text_to_pronounce: str | Ref,
        voice: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoximplantCallbackStartResult]:
        """Start a callback: ring an employee, read them a text, then connect them to the client.

        Requires the Outgoing call - Perform permission.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.callback.start``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-callback-start.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Client number to call. Wire name: ``TO_NUMBER``.
            text_to_pronounce: Text spoken to the employee before the client is connected. Wire name: ``TEXT_TO_PRONOUNCE``.
            voice: Speech synthesis voice ID, from voximplant.tts.voices.get; default the portal language voice. Wire name: ``VOICE``.

        Returns:
            BatchCommand[VoximplantCallbackStartResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.callback.start(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[VoximplantCallbackStartResult]",
            self._backend._invoke(
                _VOXIMPLANT_CALLBACK_START,
                {
                    "FROM_LINE": from_line,
                    "TO_NUMBER": to_number,
                    "TEXT_TO_PRONOUNCE": text_to_pronounce,
                    "VOICE": voice,
                },
            ),
        )
