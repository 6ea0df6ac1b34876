"""Methods under ``telephony``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.telephony.call import (
        AsyncTelephonyCall,
        BatchTelephonyCall,
        TelephonyCall,
    )
    from b24client._api.telephony.external_call import (
        AsyncTelephonyExternalCall,
        BatchTelephonyExternalCall,
        TelephonyExternalCall,
    )
    from b24client._api.telephony.external_line import (
        AsyncTelephonyExternalLine,
        BatchTelephonyExternalLine,
        TelephonyExternalLine,
    )


class Telephony(Namespace):
    """Methods under ``telephony``."""

    __slots__ = ()

    @property
    def call(self) -> TelephonyCall:
        """Methods under ``telephony.call``."""
        from b24client._api.telephony.call import TelephonyCall

        return TelephonyCall(self._backend)

    @property
    def external_call(self) -> TelephonyExternalCall:
        """Methods under ``telephony.externalCall``."""
        from b24client._api.telephony.external_call import TelephonyExternalCall

        return TelephonyExternalCall(self._backend)

    @property
    def external_line(self) -> TelephonyExternalLine:
        """Methods under ``telephony.externalLine``."""
        from b24client._api.telephony.external_line import TelephonyExternalLine

        return TelephonyExternalLine(self._backend)


class AsyncTelephony(Namespace):
    """Methods under ``telephony`` (async)."""

    __slots__ = ()

    @property
    def call(self) -> AsyncTelephonyCall:
        """Methods under ``telephony.call``."""
        from b24client._api.telephony.call import AsyncTelephonyCall

        return AsyncTelephonyCall(self._backend)

    @property
    def external_call(self) -> AsyncTelephonyExternalCall:
        """Methods under ``telephony.externalCall``."""
        from b24client._api.telephony.external_call import AsyncTelephonyExternalCall

        return AsyncTelephonyExternalCall(self._backend)

    @property
    def external_line(self) -> AsyncTelephonyExternalLine:
        """Methods under ``telephony.externalLine``."""
        from b24client._api.telephony.external_line import AsyncTelephonyExternalLine

        return AsyncTelephonyExternalLine(self._backend)


class BatchTelephony(Namespace):
    """Methods under ``telephony`` (queued into a batch)."""

    __slots__ = ()

    @property
    def call(self) -> BatchTelephonyCall:
        """Methods under ``telephony.call``."""
        from b24client._api.telephony.call import BatchTelephonyCall

        return BatchTelephonyCall(self._backend)

    @property
    def external_call(self) -> BatchTelephonyExternalCall:
        """Methods under ``telephony.externalCall``."""
        from b24client._api.telephony.external_call import BatchTelephonyExternalCall

        return BatchTelephonyExternalCall(self._backend)

    @property
    def external_line(self) -> BatchTelephonyExternalLine:
        """Methods under ``telephony.externalLine``."""
        from b24client._api.telephony.external_line import BatchTelephonyExternalLine

        return BatchTelephonyExternalLine(self._backend)
