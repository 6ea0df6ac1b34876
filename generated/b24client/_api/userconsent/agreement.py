"""Methods under ``userconsent.agreement``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.userconsent import (
        UserconsentAgreement as _UserconsentAgreement,
        UserconsentAgreementTextReplace,
        UserconsentAgreementTextResult,
    )

_USERCONSENT_AGREEMENT_LIST = MethodInfo(
    name="userconsent.agreement.list", idempotent=True, returns="any", api=1
)
_USERCONSENT_AGREEMENT_TEXT = MethodInfo(
    name="userconsent.agreement.text", idempotent=False, returns="any", api=1
)


class UserconsentAgreement(Namespace):
    """Methods under ``userconsent.agreement``."""

    __slots__ = ()

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_UserconsentAgreement]:
        """List the consent agreements (privacy and data processing terms) set up on the portal.

        REST method: ``userconsent.agreement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[UserconsentAgreement]

        Example:
            result = client.userconsent.agreement.list()
            result = await client.userconsent.agreement.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_UserconsentAgreement]",
            self._backend._invoke(_USERCONSENT_AGREEMENT_LIST, {"start": start}),
        )

    def text(
        self,
        *,
        id: int,
        replace: UserconsentAgreementTextReplace | NotGiven = NOT_GIVEN,
    ) -> UserconsentAgreementTextResult:
        """Get the heading and full text of a consent agreement, with company details filled in.

        Substitution through replace works only for standard agreements built from templates; it is ignored
        for custom agreements with free HTML text.

        REST method: ``userconsent.agreement.text``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-text.html

        Args:
            id: ID of the agreement, as returned by userconsent.agreement.list.
            replace: Values substituted into the agreement text.

        Returns:
            UserconsentAgreementTextResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.userconsent.agreement.text(id=1)
            result = await client.userconsent.agreement.text(id=1)  # AsyncBitrix24
        """
        return cast(
            "UserconsentAgreementTextResult",
            self._backend._invoke(
                _USERCONSENT_AGREEMENT_TEXT, {"id": id, "replace": replace}
            ),
        )


class AsyncUserconsentAgreement(Namespace):
    """Methods under ``userconsent.agreement`` (async)."""

    __slots__ = ()

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_UserconsentAgreement]:
        """List the consent agreements (privacy and data processing terms) set up on the portal.

        REST method: ``userconsent.agreement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[UserconsentAgreement]

        Example:
            result = client.userconsent.agreement.list()
            result = await client.userconsent.agreement.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_UserconsentAgreement]",
            await self._backend._invoke(_USERCONSENT_AGREEMENT_LIST, {"start": start}),
        )

    async def text(
        self,
        *,
        id: int,
        replace: UserconsentAgreementTextReplace | NotGiven = NOT_GIVEN,
    ) -> UserconsentAgreementTextResult:
        """Get the heading and full text of a consent agreement, with company details filled in.

        Substitution through replace works only for standard agreements built from templates; it is ignored
        for custom agreements with free HTML text.

        REST method: ``userconsent.agreement.text``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-text.html

        Args:
            id: ID of the agreement, as returned by userconsent.agreement.list.
            replace: Values substituted into the agreement text.

        Returns:
            UserconsentAgreementTextResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.userconsent.agreement.text(id=1)
            result = await client.userconsent.agreement.text(id=1)  # AsyncBitrix24
        """
        return cast(
            "UserconsentAgreementTextResult",
            await self._backend._invoke(
                _USERCONSENT_AGREEMENT_TEXT, {"id": id, "replace": replace}
            ),
        )


class BatchUserconsentAgreement(Namespace):
    """Methods under ``userconsent.agreement`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_UserconsentAgreement]]:
        """List the consent agreements (privacy and data processing terms) set up on the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userconsent.agreement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[UserconsentAgreement]]

        Example:
            command = batch.userconsent.agreement.list()
        """
        return cast(
            "BatchCommand[builtins.list[_UserconsentAgreement]]",
            self._backend._invoke(_USERCONSENT_AGREEMENT_LIST, {"start": start}),
        )

    def text(
        self,
        *,
        id: int | Ref,
        replace: UserconsentAgreementTextReplace | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[UserconsentAgreementTextResult]:
        """Get the heading and full text of a consent agreement, with company details filled in.

        Substitution through replace works only for standard agreements built from templates; it is ignored
        for custom agreements with free HTML text.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userconsent.agreement.text``
        Docs: https://apidocs.bitrix24.com/api-reference/user-consent/user-consent-agreement-text.html

        Args:
            id: ID of the agreement, as returned by userconsent.agreement.list.
            replace: Values substituted into the agreement text.

        Returns:
            BatchCommand[UserconsentAgreementTextResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.userconsent.agreement.text(id=1)
        """
        return cast(
            "BatchCommand[UserconsentAgreementTextResult]",
            self._backend._invoke(
                _USERCONSENT_AGREEMENT_TEXT, {"id": id, "replace": replace}
            ),
        )
