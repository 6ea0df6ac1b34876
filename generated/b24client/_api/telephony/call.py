"""Methods under ``telephony.call``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.telephony import (
        TelephonyCallAttachTranscriptionMessages,
        TelephonyCallAttachTranscriptionResult,
    )

_TELEPHONY_CALL_ATTACH_TRANSCRIPTION = MethodInfo(
    name="telephony.call.attachTranscription", idempotent=False, returns="any", api=1
)


class TelephonyCall(Namespace):
    """Methods under ``telephony.call``."""

    __slots__ = ()

    def attach_transcription(
        self,
        *,
        call_id: str,
        messages: Sequence[TelephonyCallAttachTranscriptionMessages],
        cost: float | NotGiven = NOT_GIVEN,
        cost_currency: str | NotGiven = NOT_GIVEN,
    ) -> TelephonyCallAttachTranscriptionResult:
        """Attach a speaker-by-speaker conversation transcript to a finished call.

        REST method: ``telephony.call.attachTranscription``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-call-attach-transcription.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            messages: Transcript lines in order. Wire name: ``MESSAGES``.
            cost: Cost of the transcription. Wire name: ``COST``.
            cost_currency: Currency of COST; used only together with COST. Wire name: ``COST_CURRENCY``.

        Returns:
            TelephonyCallAttachTranscriptionResult

        Example:
            result = client.telephony.call.attach_transcription(call_id="1", messages=[{"SIDE": "User", "START_TIME": 1, "STOP_TIME": 1, "MESSAGE": "Please call back after 3 pm."}])
            result = await client.telephony.call.attach_transcription(call_id="1", messages=[{"SIDE": "User", "START_TIME": 1, "STOP_TIME": 1, "MESSAGE": "Please call back after 3 pm."}])  # AsyncBitrix24
        """
        return cast(
            "TelephonyCallAttachTranscriptionResult",
            self._backend._invoke(
                _TELEPHONY_CALL_ATTACH_TRANSCRIPTION,
                {
                    "CALL_ID": call_id,
                    "MESSAGES": messages,
                    "COST": cost,
                    "COST_CURRENCY": cost_currency,
                },
            ),
        )


class AsyncTelephonyCall(Namespace):
    """Methods under ``telephony.call`` (async)."""

    __slots__ = ()

    async def attach_transcription(
        self,
        *,
        call_id: str,
        messages: Sequence[TelephonyCallAttachTranscriptionMessages],
        cost: float | NotGiven = NOT_GIVEN,
        cost_currency: str | NotGiven = NOT_GIVEN,
    ) -> TelephonyCallAttachTranscriptionResult:
        """Attach a speaker-by-speaker conversation transcript to a finished call.

        REST method: ``telephony.call.attachTranscription``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-call-attach-transcription.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            messages: Transcript lines in order. Wire name: ``MESSAGES``.
            cost: Cost of the transcription. Wire name: ``COST``.
            cost_currency: Currency of COST; used only together with COST. Wire name: ``COST_CURRENCY``.

        Returns:
            TelephonyCallAttachTranscriptionResult

        Example:
            result = client.telephony.call.attach_transcription(call_id="1", messages=[{"SIDE": "User", "START_TIME": 1, "STOP_TIME": 1, "MESSAGE": "Please call back after 3 pm."}])
            result = await client.telephony.call.attach_transcription(call_id="1", messages=[{"SIDE": "User", "START_TIME": 1, "STOP_TIME": 1, "MESSAGE": "Please call back after 3 pm."}])  # AsyncBitrix24
        """
        return cast(
            "TelephonyCallAttachTranscriptionResult",
            await self._backend._invoke(
                _TELEPHONY_CALL_ATTACH_TRANSCRIPTION,
                {
                    "CALL_ID": call_id,
                    "MESSAGES": messages,
                    "COST": cost,
                    "COST_CURRENCY": cost_currency,
                },
            ),
        )


class BatchTelephonyCall(Namespace):
    """Methods under ``telephony.call`` (queued into a batch)."""

    __slots__ = ()

    def attach_transcription(
        self,
        *,
        call_id: str | Ref,
        messages: Sequence[TelephonyCallAttachTranscriptionMessages] | Ref,
        cost: float | Ref | NotGiven = NOT_GIVEN,
        cost_currency: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TelephonyCallAttachTranscriptionResult]:
        """Attach a speaker-by-speaker conversation transcript to a finished call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.call.attachTranscription``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-call-attach-transcription.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            messages: Transcript lines in order. Wire name: ``MESSAGES``.
            cost: Cost of the transcription. Wire name: ``COST``.
            cost_currency: Currency of COST; used only together with COST. Wire name: ``COST_CURRENCY``.

        Returns:
            BatchCommand[TelephonyCallAttachTranscriptionResult]

        Example:
            command = batch.telephony.call.attach_transcription(call_id="1", messages=[{"SIDE": "User", "START_TIME": 1, "STOP_TIME": 1, "MESSAGE": "Please call back after 3 pm."}])
        """
        return cast(
            "BatchCommand[TelephonyCallAttachTranscriptionResult]",
            self._backend._invoke(
                _TELEPHONY_CALL_ATTACH_TRANSCRIPTION,
                {
                    "CALL_ID": call_id,
                    "MESSAGES": messages,
                    "COST": cost,
                    "COST_CURRENCY": cost_currency,
                },
            ),
        )
