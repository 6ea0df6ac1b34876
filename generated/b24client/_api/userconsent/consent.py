"""Methods under ``userconsent.consent``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_USERCONSENT_CONSENT_ADD = MethodInfo(
    name="userconsent.consent.add", idempotent=False, returns="integer", api=1
)


class UserconsentConsent(Namespace):
    """Methods under ``userconsent.consent``."""

    __slots__ = ()

    def add(
        self,
        *,
        agreement_id: int,
        ip: str,
        user_id: int | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        origin_id: str | NotGiven = NOT_GIVEN,
        originator_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Record that a visitor or user accepted a consent agreement, and return the record ID.

        REST method: ``userconsent.consent.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-consent-add.html

        Args:
            agreement_id: ID of the agreement, as returned by userconsent.agreement.list. Wire name: ``AGREEMENT_ID``.
            ip: IP address of the person giving consent. Wire name: ``IP``.
            user_id: ID of the user giving consent. Wire name: ``USER_ID``.
            url: URL of the page where consent was given. Wire name: ``URL``.
            origin_id: Source of the consent, such as "my_contact_form". Wire name: ``ORIGIN_ID``.
            originator_id: ID of the item within that source, such as an e-mail address. Wire name: ``ORIGINATOR_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.userconsent.consent.add(agreement_id=1, ip="example")
            result = await client.userconsent.consent.add(agreement_id=1, ip="example")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _USERCONSENT_CONSENT_ADD,
                {
                    "AGREEMENT_ID": agreement_id,
                    "IP": ip,
                    "USER_ID": user_id,
                    "URL": url,
                    "ORIGIN_ID": origin_id,
                    "ORIGINATOR_ID": originator_id,
                },
            ),
        )


class AsyncUserconsentConsent(Namespace):
    """Methods under ``userconsent.consent`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        agreement_id: int,
        ip: str,
        user_id: int | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        origin_id: str | NotGiven = NOT_GIVEN,
        originator_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Record that a visitor or user accepted a consent agreement, and return the record ID.

        REST method: ``userconsent.consent.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-consent-add.html

        Args:
            agreement_id: ID of the agreement, as returned by userconsent.agreement.list. Wire name: ``AGREEMENT_ID``.
            ip: IP address of the person giving consent. Wire name: ``IP``.
            user_id: ID of the user giving consent. Wire name: ``USER_ID``.
            url: URL of the page where consent was given. Wire name: ``URL``.
            origin_id: Source of the consent, such as "my_contact_form". Wire name: ``ORIGIN_ID``.
            originator_id: ID of the item within that source, such as an e-mail address. Wire name: ``ORIGINATOR_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.userconsent.consent.add(agreement_id=1, ip="example")
            result = await client.userconsent.consent.add(agreement_id=1, ip="example")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _USERCONSENT_CONSENT_ADD,
                {
                    "AGREEMENT_ID": agreement_id,
                    "IP": ip,
                    "USER_ID": user_id,
                    "URL": url,
                    "ORIGIN_ID": origin_id,
                    "ORIGINATOR_ID": originator_id,
                },
            ),
        )


class BatchUserconsentConsent(Namespace):
    """Methods under ``userconsent.consent`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        agreement_id: int | Ref,
        ip: str | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        url: str | Ref | NotGiven = NOT_GIVEN,
        origin_id: str | Ref | NotGiven = NOT_GIVEN,
        originator_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Record that a visitor or user accepted a consent agreement, and return the record ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userconsent.consent.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-consent-add.html

        Args:
            agreement_id: ID of the agreement, as returned by userconsent.agreement.list. Wire name: ``AGREEMENT_ID``.
            ip: IP address of the person giving consent. Wire name: ``IP``.
            user_id: ID of the user giving consent. Wire name: ``USER_ID``.
            url: URL of the page where consent was given. Wire name: ``URL``.
            origin_id: Source of the consent, such as "my_contact_form". Wire name: ``ORIGIN_ID``.
            originator_id: ID of the item within that source, such as an e-mail address. Wire name: ``ORIGINATOR_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.userconsent.consent.add(agreement_id=1, ip="example")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _USERCONSENT_CONSENT_ADD,
                {
                    "AGREEMENT_ID": agreement_id,
                    "IP": ip,
                    "USER_ID": user_id,
                    "URL": url,
                    "ORIGIN_ID": origin_id,
                    "ORIGINATOR_ID": originator_id,
                },
            ),
        )
