"""Methods under ``telephony.externalLine``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.telephony import (
        TelephonyExternalLine as _TelephonyExternalLine,
        TelephonyExternalLineAddResult,
        TelephonyExternalLineUpdateResult,
    )

_TELEPHONY_EXTERNAL_LINE_ADD = MethodInfo(
    name="telephony.externalLine.add", idempotent=False, returns="any", api=1
)
_TELEPHONY_EXTERNAL_LINE_DELETE = MethodInfo(
    name="telephony.externalLine.delete", idempotent=False, returns="any", api=1
)
_TELEPHONY_EXTERNAL_LINE_GET = MethodInfo(
    name="telephony.externalLine.get", idempotent=True, returns="any", api=1
)
_TELEPHONY_EXTERNAL_LINE_UPDATE = MethodInfo(
    name="telephony.externalLine.update", idempotent=False, returns="any", api=1
)


class TelephonyExternalLine(Namespace):
    """Methods under ``telephony.externalLine``."""

    __slots__ = ()

    def add(
        self,
        *,
        number: str,
        name: str | NotGiven = NOT_GIVEN,
        crm_auto_create: bool | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalLineAddResult:
        """Add an external phone line for the application to place and log calls on.

        Works only in application context.

        REST method: ``telephony.externalLine.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-add.html

        Args:
            number: Line number. Wire name: ``NUMBER``.
            name: Line name. Wire name: ``NAME``.
            crm_auto_create: \"Y" (default) creates CRM records on outgoing calls, "N" does not. Wire name: ``CRM_AUTO_CREATE``.

        Returns:
            TelephonyExternalLineAddResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.add(number="example")
            result = await client.telephony.external_line.add(number="example")  # AsyncBitrix24
        """
        return cast(
            "TelephonyExternalLineAddResult",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_ADD,
                {
                    "NUMBER": number,
                    "NAME": name,
                    "CRM_AUTO_CREATE": yes_no(crm_auto_create),
                },
            ),
        )

    def delete(self, *, number: str) -> list[Any]:
        """Remove an external phone line of the application.

        Works only in application context. Returns an empty list on success.

        REST method: ``telephony.externalLine.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-delete.html

        Args:
            number: Number of the external line, as returned by telephony.externalLine.get. Wire name: ``NUMBER``.

        Returns:
            list[Any]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.delete(number="example")
            result = await client.telephony.external_line.delete(number="example")  # AsyncBitrix24
        """
        return cast(
            "list[Any]",
            self._backend._invoke(_TELEPHONY_EXTERNAL_LINE_DELETE, {"NUMBER": number}),
        )

    def get(self) -> list[_TelephonyExternalLine]:
        """List the external phone lines the application has added.

        Works only in application context.

        REST method: ``telephony.externalLine.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-get.html

        Returns:
            list[TelephonyExternalLine]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.get()
            result = await client.telephony.external_line.get()  # AsyncBitrix24
        """
        return cast(
            "list[_TelephonyExternalLine]",
            self._backend._invoke(_TELEPHONY_EXTERNAL_LINE_GET, {}),
        )

    def update(
        self,
        *,
        number: str,
        name: str | NotGiven = NOT_GIVEN,
        crm_auto_create: bool | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalLineUpdateResult:
        """Rename an application's external line or change its CRM auto-create setting.

        Works only in application context. Pass NAME or CRM_AUTO_CREATE, otherwise ERROR_CORE is returned.

        REST method: ``telephony.externalLine.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-update.html

        Args:
            number: Number of the external line, as returned by telephony.externalLine.get. Wire name: ``NUMBER``.
            name: New line name. Wire name: ``NAME``.
            crm_auto_create: \"Y" creates CRM records on outgoing calls, "N" does not. Wire name: ``CRM_AUTO_CREATE``.

        Returns:
            TelephonyExternalLineUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.update(number="example")
            result = await client.telephony.external_line.update(number="example")  # AsyncBitrix24
        """
        return cast(
            "TelephonyExternalLineUpdateResult",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_UPDATE,
                {
                    "NUMBER": number,
                    "NAME": name,
                    "CRM_AUTO_CREATE": yes_no(crm_auto_create),
                },
            ),
        )


class AsyncTelephonyExternalLine(Namespace):
    """Methods under ``telephony.externalLine`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        number: str,
        name: str | NotGiven = NOT_GIVEN,
        crm_auto_create: bool | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalLineAddResult:
        """Add an external phone line for the application to place and log calls on.

        Works only in application context.

        REST method: ``telephony.externalLine.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-add.html

        Args:
            number: Line number. Wire name: ``NUMBER``.
            name: Line name. Wire name: ``NAME``.
            crm_auto_create: \"Y" (default) creates CRM records on outgoing calls, "N" does not. Wire name: ``CRM_AUTO_CREATE``.

        Returns:
            TelephonyExternalLineAddResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.add(number="example")
            result = await client.telephony.external_line.add(number="example")  # AsyncBitrix24
        """
        return cast(
            "TelephonyExternalLineAddResult",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_ADD,
                {
                    "NUMBER": number,
                    "NAME": name,
                    "CRM_AUTO_CREATE": yes_no(crm_auto_create),
                },
            ),
        )

    async def delete(self, *, number: str) -> list[Any]:
        """Remove an external phone line of the application.

        Works only in application context. Returns an empty list on success.

        REST method: ``telephony.externalLine.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-delete.html

        Args:
            number: Number of the external line, as returned by telephony.externalLine.get. Wire name: ``NUMBER``.

        Returns:
            list[Any]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.delete(number="example")
            result = await client.telephony.external_line.delete(number="example")  # AsyncBitrix24
        """
        return cast(
            "list[Any]",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_DELETE, {"NUMBER": number}
            ),
        )

    async def get(self) -> list[_TelephonyExternalLine]:
        """List the external phone lines the application has added.

        Works only in application context.

        REST method: ``telephony.externalLine.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-get.html

        Returns:
            list[TelephonyExternalLine]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.get()
            result = await client.telephony.external_line.get()  # AsyncBitrix24
        """
        return cast(
            "list[_TelephonyExternalLine]",
            await self._backend._invoke(_TELEPHONY_EXTERNAL_LINE_GET, {}),
        )

    async def update(
        self,
        *,
        number: str,
        name: str | NotGiven = NOT_GIVEN,
        crm_auto_create: bool | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalLineUpdateResult:
        """Rename an application's external line or change its CRM auto-create setting.

        Works only in application context. Pass NAME or CRM_AUTO_CREATE, otherwise ERROR_CORE is returned.

        REST method: ``telephony.externalLine.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-update.html

        Args:
            number: Number of the external line, as returned by telephony.externalLine.get. Wire name: ``NUMBER``.
            name: New line name. Wire name: ``NAME``.
            crm_auto_create: \"Y" creates CRM records on outgoing calls, "N" does not. Wire name: ``CRM_AUTO_CREATE``.

        Returns:
            TelephonyExternalLineUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_line.update(number="example")
            result = await client.telephony.external_line.update(number="example")  # AsyncBitrix24
        """
        return cast(
            "TelephonyExternalLineUpdateResult",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_UPDATE,
                {
                    "NUMBER": number,
                    "NAME": name,
                    "CRM_AUTO_CREATE": yes_no(crm_auto_create),
                },
            ),
        )


class BatchTelephonyExternalLine(Namespace):
    """Methods under ``telephony.externalLine`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        number: str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        crm_auto_create: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TelephonyExternalLineAddResult]:
        """Add an external phone line for the application to place and log calls on.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalLine.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-add.html

        Args:
            number: Line number. Wire name: ``NUMBER``.
            name: Line name. Wire name: ``NAME``.
            crm_auto_create: \"Y" (default) creates CRM records on outgoing calls, "N" does not. Wire name: ``CRM_AUTO_CREATE``.

        Returns:
            BatchCommand[TelephonyExternalLineAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.telephony.external_line.add(number="example")
        """
        return cast(
            "BatchCommand[TelephonyExternalLineAddResult]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_ADD,
                {
                    "NUMBER": number,
                    "NAME": name,
                    "CRM_AUTO_CREATE": yes_no(crm_auto_create),
                },
            ),
        )

    def delete(self, *, number: str | Ref) -> BatchCommand[list[Any]]:
        """Remove an external phone line of the application.

        Works only in application context. Returns an empty list on success.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalLine.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-delete.html

        Args:
            number: Number of the external line, as returned by telephony.externalLine.get. Wire name: ``NUMBER``.

        Returns:
            BatchCommand[list[Any]]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.telephony.external_line.delete(number="example")
        """
        return cast(
            "BatchCommand[list[Any]]",
            self._backend._invoke(_TELEPHONY_EXTERNAL_LINE_DELETE, {"NUMBER": number}),
        )

    def get(self) -> BatchCommand[list[_TelephonyExternalLine]]:
        """List the external phone lines the application has added.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalLine.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-get.html

        Returns:
            BatchCommand[list[TelephonyExternalLine]]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.telephony.external_line.get()
        """
        return cast(
            "BatchCommand[list[_TelephonyExternalLine]]",
            self._backend._invoke(_TELEPHONY_EXTERNAL_LINE_GET, {}),
        )

    def update(
        self,
        *,
        number: str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        crm_auto_create: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TelephonyExternalLineUpdateResult]:
        """Rename an application's external line or change its CRM auto-create setting.

        Works only in application context. Pass NAME or CRM_AUTO_CREATE, otherwise ERROR_CORE is returned.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalLine.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-line-update.html

        Args:
            number: Number of the external line, as returned by telephony.externalLine.get. Wire name: ``NUMBER``.
            name: New line name. Wire name: ``NAME``.
            crm_auto_create: \"Y" creates CRM records on outgoing calls, "N" does not. Wire name: ``CRM_AUTO_CREATE``.

        Returns:
            BatchCommand[TelephonyExternalLineUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.telephony.external_line.update(number="example")
        """
        return cast(
            "BatchCommand[TelephonyExternalLineUpdateResult]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_LINE_UPDATE,
                {
                    "NUMBER": number,
                    "NAME": name,
                    "CRM_AUTO_CREATE": yes_no(crm_auto_create),
                },
            ),
        )
