"""Methods under ``salescenter.payment``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.salescenter import SalescenterPaymentGetPublicUrlResult

_SALESCENTER_PAYMENT_GET_PUBLIC_URL = MethodInfo(
    name="salescenter.payment.getPublicUrl", idempotent=True, returns="any", api=1
)


class SalescenterPayment(Namespace):
    """Methods under ``salescenter.payment``."""

    __slots__ = ()

    def get_public_url(self, *, id: int) -> SalescenterPaymentGetPublicUrlResult:
        """Generate a customer-facing link and QR code for paying a specific order payment.

        The payment method the customer picks on that page is applied to this payment.

        REST method: ``salescenter.payment.getPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/salescenter-payment-get-public-url.html

        Args:
            id: ID of the order payment.

        Returns:
            SalescenterPaymentGetPublicUrlResult

        Example:
            result = client.salescenter.payment.get_public_url(id=1)
            result = await client.salescenter.payment.get_public_url(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalescenterPaymentGetPublicUrlResult",
            self._backend._invoke(_SALESCENTER_PAYMENT_GET_PUBLIC_URL, {"id": id}),
        )


class AsyncSalescenterPayment(Namespace):
    """Methods under ``salescenter.payment`` (async)."""

    __slots__ = ()

    async def get_public_url(self, *, id: int) -> SalescenterPaymentGetPublicUrlResult:
        """Generate a customer-facing link and QR code for paying a specific order payment.

        The payment method the customer picks on that page is applied to this payment.

        REST method: ``salescenter.payment.getPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/salescenter-payment-get-public-url.html

        Args:
            id: ID of the order payment.

        Returns:
            SalescenterPaymentGetPublicUrlResult

        Example:
            result = client.salescenter.payment.get_public_url(id=1)
            result = await client.salescenter.payment.get_public_url(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalescenterPaymentGetPublicUrlResult",
            await self._backend._invoke(
                _SALESCENTER_PAYMENT_GET_PUBLIC_URL, {"id": id}
            ),
        )


class BatchSalescenterPayment(Namespace):
    """Methods under ``salescenter.payment`` (queued into a batch)."""

    __slots__ = ()

    def get_public_url(
        self, *, id: int | Ref
    ) -> BatchCommand[SalescenterPaymentGetPublicUrlResult]:
        """Generate a customer-facing link and QR code for paying a specific order payment.

        The payment method the customer picks on that page is applied to this payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``salescenter.payment.getPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/salescenter-payment-get-public-url.html

        Args:
            id: ID of the order payment.

        Returns:
            BatchCommand[SalescenterPaymentGetPublicUrlResult]

        Example:
            command = batch.salescenter.payment.get_public_url(id=1)
        """
        return cast(
            "BatchCommand[SalescenterPaymentGetPublicUrlResult]",
            self._backend._invoke(_SALESCENTER_PAYMENT_GET_PUBLIC_URL, {"id": id}),
        )
