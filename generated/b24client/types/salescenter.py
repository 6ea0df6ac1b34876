"""TypedDicts of ``b24client.types.salescenter``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "SalescenterPaymentGetPublicUrlResult",
    "SalescenterPaymentGetPublicUrlResultPayment",
]


class SalescenterPaymentGetPublicUrlResultPayment(TypedDict, total=False):
    """Keys of ``result.payment`` in ``salescenter.payment.getPublicUrl``."""

    url: str
    """Full payment page URL."""
    shortUrl: str
    """Short payment page URL."""
    qr: str
    """QR code holding the short URL."""


class SalescenterPaymentGetPublicUrlResult(TypedDict, total=False):
    """Keys of the result of ``salescenter.payment.getPublicUrl``."""

    payment: Required[SalescenterPaymentGetPublicUrlResultPayment]
    """Link data for the payment."""
