"""Methods under ``voximplant``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.voximplant.callback import (
        AsyncVoximplantCallback,
        BatchVoximplantCallback,
        VoximplantCallback,
    )
    from b24client._api.voximplant.infocall import (
        AsyncVoximplantInfocall,
        BatchVoximplantInfocall,
        VoximplantInfocall,
    )
    from b24client._api.voximplant.line import (
        AsyncVoximplantLine,
        BatchVoximplantLine,
        VoximplantLine,
    )
    from b24client._api.voximplant.sip import (
        AsyncVoximplantSip,
        BatchVoximplantSip,
        VoximplantSip,
    )
    from b24client._api.voximplant.statistic import (
        AsyncVoximplantStatistic,
        BatchVoximplantStatistic,
        VoximplantStatistic,
    )
    from b24client._api.voximplant.tts import (
        AsyncVoximplantTts,
        BatchVoximplantTts,
        VoximplantTts,
    )
    from b24client._api.voximplant.url import (
        AsyncVoximplantUrl,
        BatchVoximplantUrl,
        VoximplantUrl,
    )
    from b24client._api.voximplant.user import (
        AsyncVoximplantUser,
        BatchVoximplantUser,
        VoximplantUser,
    )


class Voximplant(Namespace):
    """Methods under ``voximplant``."""

    __slots__ = ()

    @property
    def callback(self) -> VoximplantCallback:
        """Methods under ``voximplant.callback``."""
        from b24client._api.voximplant.callback import VoximplantCallback

        return VoximplantCallback(self._backend)

    @property
    def infocall(self) -> VoximplantInfocall:
        """Methods under ``voximplant.infocall``."""
        from b24client._api.voximplant.infocall import VoximplantInfocall

        return VoximplantInfocall(self._backend)

    @property
    def line(self) -> VoximplantLine:
        """Methods under ``voximplant.line``."""
        from b24client._api.voximplant.line import VoximplantLine

        return VoximplantLine(self._backend)

    @property
    def sip(self) -> VoximplantSip:
        """Methods under ``voximplant.sip``."""
        from b24client._api.voximplant.sip import VoximplantSip

        return VoximplantSip(self._backend)

    @property
    def statistic(self) -> VoximplantStatistic:
        """Methods under ``voximplant.statistic``."""
        from b24client._api.voximplant.statistic import VoximplantStatistic

        return VoximplantStatistic(self._backend)

    @property
    def tts(self) -> VoximplantTts:
        """Methods under ``voximplant.tts``."""
        from b24client._api.voximplant.tts import VoximplantTts

        return VoximplantTts(self._backend)

    @property
    def url(self) -> VoximplantUrl:
        """Methods under ``voximplant.url``."""
        from b24client._api.voximplant.url import VoximplantUrl

        return VoximplantUrl(self._backend)

    @property
    def user(self) -> VoximplantUser:
        """Methods under ``voximplant.user``."""
        from b24client._api.voximplant.user import VoximplantUser

        return VoximplantUser(self._backend)


class AsyncVoximplant(Namespace):
    """Methods under ``voximplant`` (async)."""

    __slots__ = ()

    @property
    def callback(self) -> AsyncVoximplantCallback:
        """Methods under ``voximplant.callback``."""
        from b24client._api.voximplant.callback import AsyncVoximplantCallback

        return AsyncVoximplantCallback(self._backend)

    @property
    def infocall(self) -> AsyncVoximplantInfocall:
        """Methods under ``voximplant.infocall``."""
        from b24client._api.voximplant.infocall import AsyncVoximplantInfocall

        return AsyncVoximplantInfocall(self._backend)

    @property
    def line(self) -> AsyncVoximplantLine:
        """Methods under ``voximplant.line``."""
        from b24client._api.voximplant.line import AsyncVoximplantLine

        return AsyncVoximplantLine(self._backend)

    @property
    def sip(self) -> AsyncVoximplantSip:
        """Methods under ``voximplant.sip``."""
        from b24client._api.voximplant.sip import AsyncVoximplantSip

        return AsyncVoximplantSip(self._backend)

    @property
    def statistic(self) -> AsyncVoximplantStatistic:
        """Methods under ``voximplant.statistic``."""
        from b24client._api.voximplant.statistic import AsyncVoximplantStatistic

        return AsyncVoximplantStatistic(self._backend)

    @property
    def tts(self) -> AsyncVoximplantTts:
        """Methods under ``voximplant.tts``."""
        from b24client._api.voximplant.tts import AsyncVoximplantTts

        return AsyncVoximplantTts(self._backend)

    @property
    def url(self) -> AsyncVoximplantUrl:
        """Methods under ``voximplant.url``."""
        from b24client._api.voximplant.url import AsyncVoximplantUrl

        return AsyncVoximplantUrl(self._backend)

    @property
    def user(self) -> AsyncVoximplantUser:
        """Methods under ``voximplant.user``."""
        from b24client._api.voximplant.user import AsyncVoximplantUser

        return AsyncVoximplantUser(self._backend)


class BatchVoximplant(Namespace):
    """Methods under ``voximplant`` (queued into a batch)."""

    __slots__ = ()

    @property
    def callback(self) -> BatchVoximplantCallback:
        """Methods under ``voximplant.callback``."""
        from b24client._api.voximplant.callback import BatchVoximplantCallback

        return BatchVoximplantCallback(self._backend)

    @property
    def infocall(self) -> BatchVoximplantInfocall:
        """Methods under ``voximplant.infocall``."""
        from b24client._api.voximplant.infocall import BatchVoximplantInfocall

        return BatchVoximplantInfocall(self._backend)

    @property
    def line(self) -> BatchVoximplantLine:
        """Methods under ``voximplant.line``."""
        from b24client._api.voximplant.line import BatchVoximplantLine

        return BatchVoximplantLine(self._backend)

    @property
    def sip(self) -> BatchVoximplantSip:
        """Methods under ``voximplant.sip``."""
        from b24client._api.voximplant.sip import BatchVoximplantSip

        return BatchVoximplantSip(self._backend)

    @property
    def statistic(self) -> BatchVoximplantStatistic:
        """Methods under ``voximplant.statistic``."""
        from b24client._api.voximplant.statistic import BatchVoximplantStatistic

        return BatchVoximplantStatistic(self._backend)

    @property
    def tts(self) -> BatchVoximplantTts:
        """Methods under ``voximplant.tts``."""
        from b24client._api.voximplant.tts import BatchVoximplantTts

        return BatchVoximplantTts(self._backend)

    @property
    def url(self) -> BatchVoximplantUrl:
        """Methods under ``voximplant.url``."""
        from b24client._api.voximplant.url import BatchVoximplantUrl

        return BatchVoximplantUrl(self._backend)

    @property
    def user(self) -> BatchVoximplantUser:
        """Methods under ``voximplant.user``."""
        from b24client._api.voximplant.user import BatchVoximplantUser

        return BatchVoximplantUser(self._backend)
