"""Methods under ``userconsent``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.userconsent.agreement import (
        AsyncUserconsentAgreement,
        BatchUserconsentAgreement,
        UserconsentAgreement,
    )
    from b24client._api.userconsent.consent import (
        AsyncUserconsentConsent,
        BatchUserconsentConsent,
        UserconsentConsent,
    )


class Userconsent(Namespace):
    """Methods under ``userconsent``."""

    __slots__ = ()

    @property
    def agreement(self) -> UserconsentAgreement:
        """Methods under ``userconsent.agreement``."""
        from b24client._api.userconsent.agreement import UserconsentAgreement

        return UserconsentAgreement(self._backend)

    @property
    def consent(self) -> UserconsentConsent:
        """Methods under ``userconsent.consent``."""
        from b24client._api.userconsent.consent import UserconsentConsent

        return UserconsentConsent(self._backend)


class AsyncUserconsent(Namespace):
    """Methods under ``userconsent`` (async)."""

    __slots__ = ()

    @property
    def agreement(self) -> AsyncUserconsentAgreement:
        """Methods under ``userconsent.agreement``."""
        from b24client._api.userconsent.agreement import AsyncUserconsentAgreement

        return AsyncUserconsentAgreement(self._backend)

    @property
    def consent(self) -> AsyncUserconsentConsent:
        """Methods under ``userconsent.consent``."""
        from b24client._api.userconsent.consent import AsyncUserconsentConsent

        return AsyncUserconsentConsent(self._backend)


class BatchUserconsent(Namespace):
    """Methods under ``userconsent`` (queued into a batch)."""

    __slots__ = ()

    @property
    def agreement(self) -> BatchUserconsentAgreement:
        """Methods under ``userconsent.agreement``."""
        from b24client._api.userconsent.agreement import BatchUserconsentAgreement

        return BatchUserconsentAgreement(self._backend)

    @property
    def consent(self) -> BatchUserconsentConsent:
        """Methods under ``userconsent.consent``."""
        from b24client._api.userconsent.consent import BatchUserconsentConsent

        return BatchUserconsentConsent(self._backend)
