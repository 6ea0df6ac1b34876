"""Methods under ``voximplant.tts``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.voximplant import VoximplantTtsVoices as _VoximplantTtsVoices

_VOXIMPLANT_TTS_VOICES_GET = MethodInfo(
    name="voximplant.tts.voices.get", idempotent=True, returns="any", api=1
)


class VoximplantTts(Namespace):
    """Methods under ``voximplant.tts``."""

    __slots__ = ()

    @property
    def voices(self) -> VoximplantTtsVoices:
        """Methods under ``voximplant.tts.voices``."""
        return VoximplantTtsVoices(self._backend)


class AsyncVoximplantTts(Namespace):
    """Methods under ``voximplant.tts`` (async)."""

    __slots__ = ()

    @property
    def voices(self) -> AsyncVoximplantTtsVoices:
        """Methods under ``voximplant.tts.voices``."""
        return AsyncVoximplantTtsVoices(self._backend)


class BatchVoximplantTts(Namespace):
    """Methods under ``voximplant.tts`` (queued into a batch)."""

    __slots__ = ()

    @property
    def voices(self) -> BatchVoximplantTtsVoices:
        """Methods under ``voximplant.tts.voices``."""
        return BatchVoximplantTtsVoices(self._backend)


class VoximplantTtsVoices(Namespace):
    """Methods under ``voximplant.tts.voices``."""

    __slots__ = ()

    def get(self) -> _VoximplantTtsVoices:
        """List the speech synthesis voices as voice ID to voice name.

        REST method: ``voximplant.tts.voices.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-tts-voices-get.html

        Returns:
            VoximplantTtsVoices

        Example:
            result = client.voximplant.tts.voices.get()
            result = await client.voximplant.tts.voices.get()  # AsyncBitrix24
        """
        return cast(
            "_VoximplantTtsVoices",
            self._backend._invoke(_VOXIMPLANT_TTS_VOICES_GET, {}),
        )


class AsyncVoximplantTtsVoices(Namespace):
    """Methods under ``voximplant.tts.voices`` (async)."""

    __slots__ = ()

    async def get(self) -> _VoximplantTtsVoices:
        """List the speech synthesis voices as voice ID to voice name.

        REST method: ``voximplant.tts.voices.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-tts-voices-get.html

        Returns:
            VoximplantTtsVoices

        Example:
            result = client.voximplant.tts.voices.get()
            result = await client.voximplant.tts.voices.get()  # AsyncBitrix24
        """
        return cast(
            "_VoximplantTtsVoices",
            await self._backend._invoke(_VOXIMPLANT_TTS_VOICES_GET, {}),
        )


class BatchVoximplantTtsVoices(Namespace):
    """Methods under ``voximplant.tts.voices`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_VoximplantTtsVoices]:
        """List the speech synthesis voices as voice ID to voice name.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.tts.voices.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-tts-voices-get.html

        Returns:
            BatchCommand[VoximplantTtsVoices]

        Example:
            command = batch.voximplant.tts.voices.get()
        """
        return cast(
            "BatchCommand[_VoximplantTtsVoices]",
            self._backend._invoke(_VOXIMPLANT_TTS_VOICES_GET, {}),
        )
