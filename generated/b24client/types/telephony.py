"""TypedDicts of ``b24client.types.telephony``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "TelephonyCallAttachTranscriptionMessages",
]


class TelephonyCallAttachTranscriptionMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``telephony.call.attachTranscription``."""

    SIDE: Required[str]
    START_TIME: Required[int]
    STOP_TIME: Required[int]
    MESSAGE: Required[str]
