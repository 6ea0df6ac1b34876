"""TypedDicts of ``b24client.types.salescenter``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "SalescenterPaymentGetPublicUrlResult",
    "SalescenterPaymentGetPublicUrlResultPayment",
]


class SalescenterPaymentGetPublicUrlResultPayment(TypedDict, total=False):
    """Keys of ``result.payment`` in ``salescenter.payment.getPublicUrl``."""

    url: str
    shortUrl: str
    qr: str


class SalescenterPaymentGetPublicUrlResult(TypedDict, total=False):
    """Keys of the result of ``salescenter.payment.getPublicUrl``."""

    payment: Required[SalescenterPaymentGetPublicUrlResultPayment]
