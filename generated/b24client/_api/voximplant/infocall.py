"""Methods under ``voximplant.infocall``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.voximplant import (
        VoximplantInfocallStartwithsoundResult,
        VoximplantInfocallStartwithtextResult,
    )

_VOXIMPLANT_INFOCALL_STARTWITHSOUND = MethodInfo(
    name="voximplant.infocall.startwithsound", idempotent=False, returns="any", api=1
)
_VOXIMPLANT_INFOCALL_STARTWITHTEXT = MethodInfo(
    name="voximplant.infocall.startwithtext", idempotent=False, returns="any", api=1
)


class VoximplantInfocall(Namespace):
    """Methods under ``voximplant.infocall``."""

    __slots__ = ()

    def startwithsound(
        self, *, from_line: str, to_number: str, url: str
    ) -> VoximplantInfocallStartwithsoundResult:
        """Place an automated call that plays an MP3 file to the recipient.

        Requires the Outgoing call - Perform permission.

        REST method: ``voximplant.infocall.startwithsound``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-infocall-start-with-sound.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Number to call. Wire name: ``TO_NUMBER``.
            url: URL of the MP3 file to play. Wire name: ``URL``.

        Returns:
            VoximplantInfocallStartwithsoundResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.infocall.startwithsound(from_line="example", to_number="example", url="https://example.com/hook")
            result = await client.voximplant.infocall.startwithsound(from_line="example", to_number="example", url="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            "VoximplantInfocallStartwithsoundResult",
            self._backend._invoke(
                _VOXIMPLANT_INFOCALL_STARTWITHSOUND,
                {"FROM_LINE": from_line, "TO_NUMBER": to_number, "URL": url},
            ),
        )

    def startwithtext(
        self,
        *,
        from_line: str,
        to_number: str,
        text_to_pronounce: str,
        voice: str | NotGiven = NOT_GIVEN,
    ) -> VoximplantInfocallStartwithtextResult:
        """Place an automated call that reads a text to the recipient by speech synthesis.

        Requires the Outgoing call - Perform permission.

        REST method: ``voximplant.infocall.startwithtext``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-infocall-start-with-text.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Number to call. Wire name: ``TO_NUMBER``.
            text_to_pronounce: Text read to the recipient. Wire name: ``TEXT_TO_PRONOUNCE``.
            voice: Speech synthesis voice ID, from voximplant.tts.voices.get; default the portal language voice. Wire name: ``VOICE``.

        Returns:
            VoximplantInfocallStartwithtextResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.infocall.startwithtext(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")
            result = await client.voximplant.infocall.startwithtext(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "VoximplantInfocallStartwithtextResult",
            self._backend._invoke(
                _VOXIMPLANT_INFOCALL_STARTWITHTEXT,
                {
                    "FROM_LINE": from_line,
                    "TO_NUMBER": to_number,
                    "TEXT_TO_PRONOUNCE": text_to_pronounce,
                    "VOICE": voice,
                },
            ),
        )


class AsyncVoximplantInfocall(Namespace):
    """Methods under ``voximplant.infocall`` (async)."""

    __slots__ = ()

    async def startwithsound(
        self, *, from_line: str, to_number: str, url: str
    ) -> VoximplantInfocallStartwithsoundResult:
        """Place an automated call that plays an MP3 file to the recipient.

        Requires the Outgoing call - Perform permission.

        REST method: ``voximplant.infocall.startwithsound``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-infocall-start-with-sound.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Number to call. Wire name: ``TO_NUMBER``.
            url: URL of the MP3 file to play. Wire name: ``URL``.

        Returns:
            VoximplantInfocallStartwithsoundResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.infocall.startwithsound(from_line="example", to_number="example", url="https://example.com/hook")
            result = await client.voximplant.infocall.startwithsound(from_line="example", to_number="example", url="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            "VoximplantInfocallStartwithsoundResult",
            await self._backend._invoke(
                _VOXIMPLANT_INFOCALL_STARTWITHSOUND,
                {"FROM_LINE": from_line, "TO_NUMBER": to_number, "URL": url},
            ),
        )

    async def startwithtext(
        self,
        *,
        from_line: str,
        to_number: str,
        text_to_pronounce: str,
        voice: str | NotGiven = NOT_GIVEN,
    ) -> VoximplantInfocallStartwithtextResult:
        """Place an automated call that reads a text to the recipient by speech synthesis.

        Requires the Outgoing call - Perform permission.

        REST method: ``voximplant.infocall.startwithtext``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-infocall-start-with-text.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Number to call. Wire name: ``TO_NUMBER``.
            text_to_pronounce: Text read to the recipient. Wire name: ``TEXT_TO_PRONOUNCE``.
            voice: Speech synthesis voice ID, from voximplant.tts.voices.get; default the portal language voice. Wire name: ``VOICE``.

        Returns:
            VoximplantInfocallStartwithtextResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.infocall.startwithtext(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")
            result = await client.voximplant.infocall.startwithtext(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "VoximplantInfocallStartwithtextResult",
            await self._backend._invoke(
                _VOXIMPLANT_INFOCALL_STARTWITHTEXT,
                {
                    "FROM_LINE": from_line,
                    "TO_NUMBER": to_number,
                    "TEXT_TO_PRONOUNCE": text_to_pronounce,
                    "VOICE": voice,
                },
            ),
        )


class BatchVoximplantInfocall(Namespace):
    """Methods under ``voximplant.infocall`` (queued into a batch)."""

    __slots__ = ()

    def startwithsound(
        self, *, from_line: str | Ref, to_number: str | Ref, url: str | Ref
    ) -> BatchCommand[VoximplantInfocallStartwithsoundResult]:
        """Place an automated call that plays an MP3 file to the recipient.

        Requires the Outgoing call - Perform permission.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.infocall.startwithsound``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-infocall-start-with-sound.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Number to call. Wire name: ``TO_NUMBER``.
            url: URL of the MP3 file to play. Wire name: ``URL``.

        Returns:
            BatchCommand[VoximplantInfocallStartwithsoundResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.infocall.startwithsound(from_line="example", to_number="example", url="https://example.com/hook")
        """
        return cast(
            "BatchCommand[VoximplantInfocallStartwithsoundResult]",
            self._backend._invoke(
                _VOXIMPLANT_INFOCALL_STARTWITHSOUND,
                {"FROM_LINE": from_line, "TO_NUMBER": to_number, "URL": url},
            ),
        )

    def startwithtext(
        self,
        *,
        from_line: str | Ref,
        to_number: str | Ref,
        text_to_pronounce: str | Ref,
        voice: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoximplantInfocallStartwithtextResult]:
        """Place an automated call that reads a text to the recipient by speech synthesis.

        Requires the Outgoing call - Perform permission.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.infocall.startwithtext``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-infocall-start-with-text.html

        Args:
            from_line: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``FROM_LINE``.
            to_number: Number to call. Wire name: ``TO_NUMBER``.
            text_to_pronounce: Text read to the recipient. Wire name: ``TEXT_TO_PRONOUNCE``.
            voice: Speech synthesis voice ID, from voximplant.tts.voices.get; default the portal language voice. Wire name: ``VOICE``.

        Returns:
            BatchCommand[VoximplantInfocallStartwithtextResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.infocall.startwithtext(from_line="example", to_number="example", text_to_pronounce="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[VoximplantInfocallStartwithtextResult]",
            self._backend._invoke(
                _VOXIMPLANT_INFOCALL_STARTWITHTEXT,
                {
                    "FROM_LINE": from_line,
                    "TO_NUMBER": to_number,
                    "TEXT_TO_PRONOUNCE": text_to_pronounce,
                    "VOICE": voice,
                },
            ),
        )
