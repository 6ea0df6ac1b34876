"""Methods under ``voximplant.sip``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.voximplant import (
        VoximplantSip as _VoximplantSip,
        VoximplantSipAddResult,
        VoximplantSipConnectorStatusResult,
        VoximplantSipStatusResult,
    )

_VOXIMPLANT_SIP_ADD = MethodInfo(
    name="voximplant.sip.add", idempotent=False, returns="any", api=1
)
_VOXIMPLANT_SIP_DELETE = MethodInfo(
    name="voximplant.sip.delete", idempotent=False, returns="integer", api=1
)
_VOXIMPLANT_SIP_GET = MethodInfo(
    name="voximplant.sip.get", idempotent=True, returns="any", api=1
)
_VOXIMPLANT_SIP_STATUS = MethodInfo(
    name="voximplant.sip.status", idempotent=False, returns="any", api=1
)
_VOXIMPLANT_SIP_UPDATE = MethodInfo(
    name="voximplant.sip.update", idempotent=False, returns="integer", api=1
)
_VOXIMPLANT_SIP_CONNECTOR_STATUS = MethodInfo(
    name="voximplant.sip.connector.status", idempotent=False, returns="any", api=1
)


class VoximplantSip(Namespace):
    """Methods under ``voximplant.sip``."""

    __slots__ = ()

    @property
    def connector(self) -> VoximplantSipConnector:
        """Methods under ``voximplant.sip.connector``."""
        return VoximplantSipConnector(self._backend)

    def add(
        self,
        *,
        server: str,
        login: str,
        password: str | NotGiven = NOT_GIVEN,
        type: Literal["cloud", "office"] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
    ) -> VoximplantSipAddResult:
        """Add voximplant sip.

        REST method: ``voximplant.sip.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-add.html

        Args:
            server: Wire name: ``SERVER``.
            login: Wire name: ``LOGIN``.
            password: Wire name: ``PASSWORD``.
            type: Wire name: ``TYPE``.
            title: Wire name: ``TITLE``.

        Returns:
            VoximplantSipAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.add(server="example", login="Anna")
            result = await client.voximplant.sip.add(server="example", login="Anna")  # AsyncBitrix24
        """
        return cast(
            "VoximplantSipAddResult",
            self._backend._invoke(
                _VOXIMPLANT_SIP_ADD,
                {
                    "SERVER": server,
                    "LOGIN": login,
                    "PASSWORD": password,
                    "TYPE": type,
                    "TITLE": title,
                },
            ),
        )

    def delete(self, *, config_id: int) -> int:
        """Delete voximplant sip.

        REST method: ``voximplant.sip.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-delete.html

        Args:
            config_id: Wire name: ``CONFIG_ID``.

        Returns:
            int

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.delete(config_id=1)
            result = await client.voximplant.sip.delete(config_id=1)  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_VOXIMPLANT_SIP_DELETE, {"CONFIG_ID": config_id})
        )

    def get(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        order: Literal["ASC", "DESC"] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_VoximplantSip]:
        """Get voximplant sip.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``voximplant.sip.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html

        Args:
            filter: Wire name: ``FILTER``.
            sort: Wire name: ``SORT``.
            order: Wire name: ``ORDER``.

        Returns:
            Page[VoximplantSip]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.get()
            result = await client.voximplant.sip.get()  # AsyncBitrix24
        """
        return cast(
            "Page[_VoximplantSip]",
            self._backend._invoke_page(
                _VOXIMPLANT_SIP_GET,
                {"FILTER": filter, "SORT": sort, "ORDER": order, "start": start},
            ),
        )

    def status(self, *, reg_id: int) -> VoximplantSipStatusResult:
        """Call status on voximplant sip.

        REST method: ``voximplant.sip.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-status.html

        Args:
            reg_id: Wire name: ``REG_ID``.

        Returns:
            VoximplantSipStatusResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.status(reg_id=1)
            result = await client.voximplant.sip.status(reg_id=1)  # AsyncBitrix24
        """
        return cast(
            "VoximplantSipStatusResult",
            self._backend._invoke(_VOXIMPLANT_SIP_STATUS, {"REG_ID": reg_id}),
        )

    def update(
        self,
        *,
        config_id: int,
        title: str | NotGiven = NOT_GIVEN,
        server: str | NotGiven = NOT_GIVEN,
        login: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update voximplant sip.

        REST method: ``voximplant.sip.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-update.html

        Args:
            config_id: Wire name: ``CONFIG_ID``.
            title: Wire name: ``TITLE``.
            server: Wire name: ``SERVER``.
            login: Wire name: ``LOGIN``.
            password: Wire name: ``PASSWORD``.

        Returns:
            int

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.update(config_id=1)
            result = await client.voximplant.sip.update(config_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _VOXIMPLANT_SIP_UPDATE,
                {
                    "CONFIG_ID": config_id,
                    "TITLE": title,
                    "SERVER": server,
                    "LOGIN": login,
                    "PASSWORD": password,
                },
            ),
        )


class AsyncVoximplantSip(Namespace):
    """Methods under ``voximplant.sip`` (async)."""

    __slots__ = ()

    @property
    def connector(self) -> AsyncVoximplantSipConnector:
        """Methods under ``voximplant.sip.connector``."""
        return AsyncVoximplantSipConnector(self._backend)

    async def add(
        self,
        *,
        server: str,
        login: str,
        password: str | NotGiven = NOT_GIVEN,
        type: Literal["cloud", "office"] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
    ) -> VoximplantSipAddResult:
        """Add voximplant sip.

        REST method: ``voximplant.sip.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-add.html

        Args:
            server: Wire name: ``SERVER``.
            login: Wire name: ``LOGIN``.
            password: Wire name: ``PASSWORD``.
            type: Wire name: ``TYPE``.
            title: Wire name: ``TITLE``.

        Returns:
            VoximplantSipAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.add(server="example", login="Anna")
            result = await client.voximplant.sip.add(server="example", login="Anna")  # AsyncBitrix24
        """
        return cast(
            "VoximplantSipAddResult",
            await self._backend._invoke(
                _VOXIMPLANT_SIP_ADD,
                {
                    "SERVER": server,
                    "LOGIN": login,
                    "PASSWORD": password,
                    "TYPE": type,
                    "TITLE": title,
                },
            ),
        )

    async def delete(self, *, config_id: int) -> int:
        """Delete voximplant sip.

        REST method: ``voximplant.sip.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-delete.html

        Args:
            config_id: Wire name: ``CONFIG_ID``.

        Returns:
            int

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.delete(config_id=1)
            result = await client.voximplant.sip.delete(config_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _VOXIMPLANT_SIP_DELETE, {"CONFIG_ID": config_id}
            ),
        )

    async def get(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        order: Literal["ASC", "DESC"] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_VoximplantSip]:
        """Get voximplant sip.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``voximplant.sip.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html

        Args:
            filter: Wire name: ``FILTER``.
            sort: Wire name: ``SORT``.
            order: Wire name: ``ORDER``.

        Returns:
            AsyncPage[VoximplantSip]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.get()
            result = await client.voximplant.sip.get()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_VoximplantSip]",
            await self._backend._invoke_page(
                _VOXIMPLANT_SIP_GET,
                {"FILTER": filter, "SORT": sort, "ORDER": order, "start": start},
            ),
        )

    async def status(self, *, reg_id: int) -> VoximplantSipStatusResult:
        """Call status on voximplant sip.

        REST method: ``voximplant.sip.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-status.html

        Args:
            reg_id: Wire name: ``REG_ID``.

        Returns:
            VoximplantSipStatusResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.status(reg_id=1)
            result = await client.voximplant.sip.status(reg_id=1)  # AsyncBitrix24
        """
        return cast(
            "VoximplantSipStatusResult",
            await self._backend._invoke(_VOXIMPLANT_SIP_STATUS, {"REG_ID": reg_id}),
        )

    async def update(
        self,
        *,
        config_id: int,
        title: str | NotGiven = NOT_GIVEN,
        server: str | NotGiven = NOT_GIVEN,
        login: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update voximplant sip.

        REST method: ``voximplant.sip.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-update.html

        Args:
            config_id: Wire name: ``CONFIG_ID``.
            title: Wire name: ``TITLE``.
            server: Wire name: ``SERVER``.
            login: Wire name: ``LOGIN``.
            password: Wire name: ``PASSWORD``.

        Returns:
            int

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.update(config_id=1)
            result = await client.voximplant.sip.update(config_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _VOXIMPLANT_SIP_UPDATE,
                {
                    "CONFIG_ID": config_id,
                    "TITLE": title,
                    "SERVER": server,
                    "LOGIN": login,
                    "PASSWORD": password,
                },
            ),
        )


class BatchVoximplantSip(Namespace):
    """Methods under ``voximplant.sip`` (queued into a batch)."""

    __slots__ = ()

    @property
    def connector(self) -> BatchVoximplantSipConnector:
        """Methods under ``voximplant.sip.connector``."""
        return BatchVoximplantSipConnector(self._backend)

    def add(
        self,
        *,
        server: str | Ref,
        login: str | Ref,
        password: str | Ref | NotGiven = NOT_GIVEN,
        type: Literal["cloud", "office"] | Ref | NotGiven = NOT_GIVEN,
        title: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[VoximplantSipAddResult]:
        """Add voximplant sip.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-add.html

        Args:
            server: Wire name: ``SERVER``.
            login: Wire name: ``LOGIN``.
            password: Wire name: ``PASSWORD``.
            type: Wire name: ``TYPE``.
            title: Wire name: ``TITLE``.

        Returns:
            BatchCommand[VoximplantSipAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.sip.add(server="example", login="Anna")
        """
        return cast(
            "BatchCommand[VoximplantSipAddResult]",
            self._backend._invoke(
                _VOXIMPLANT_SIP_ADD,
                {
                    "SERVER": server,
                    "LOGIN": login,
                    "PASSWORD": password,
                    "TYPE": type,
                    "TITLE": title,
                },
            ),
        )

    def delete(self, *, config_id: int | Ref) -> BatchCommand[int]:
        """Delete voximplant sip.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-delete.html

        Args:
            config_id: Wire name: ``CONFIG_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.sip.delete(config_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_VOXIMPLANT_SIP_DELETE, {"CONFIG_ID": config_id}),
        )

    def get(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        sort: str | Ref | NotGiven = NOT_GIVEN,
        order: Literal["ASC", "DESC"] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_VoximplantSip]]:
        """Get voximplant sip.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html

        Args:
            filter: Wire name: ``FILTER``.
            sort: Wire name: ``SORT``.
            order: Wire name: ``ORDER``.

        Returns:
            BatchCommand[list[VoximplantSip]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.sip.get()
        """
        return cast(
            "BatchCommand[list[_VoximplantSip]]",
            self._backend._invoke_page(
                _VOXIMPLANT_SIP_GET,
                {"FILTER": filter, "SORT": sort, "ORDER": order, "start": start},
            ),
        )

    def status(self, *, reg_id: int | Ref) -> BatchCommand[VoximplantSipStatusResult]:
        """Call status on voximplant sip.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-status.html

        Args:
            reg_id: Wire name: ``REG_ID``.

        Returns:
            BatchCommand[VoximplantSipStatusResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.sip.status(reg_id=1)
        """
        return cast(
            "BatchCommand[VoximplantSipStatusResult]",
            self._backend._invoke(_VOXIMPLANT_SIP_STATUS, {"REG_ID": reg_id}),
        )

    def update(
        self,
        *,
        config_id: int | Ref,
        title: str | Ref | NotGiven = NOT_GIVEN,
        server: str | Ref | NotGiven = NOT_GIVEN,
        login: str | Ref | NotGiven = NOT_GIVEN,
        password: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Update voximplant sip.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-update.html

        Args:
            config_id: Wire name: ``CONFIG_ID``.
            title: Wire name: ``TITLE``.
            server: Wire name: ``SERVER``.
            login: Wire name: ``LOGIN``.
            password: Wire name: ``PASSWORD``.

        Returns:
            BatchCommand[int]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.sip.update(config_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _VOXIMPLANT_SIP_UPDATE,
                {
                    "CONFIG_ID": config_id,
                    "TITLE": title,
                    "SERVER": server,
                    "LOGIN": login,
                    "PASSWORD": password,
                },
            ),
        )


class VoximplantSipConnector(Namespace):
    """Methods under ``voximplant.sip.connector``."""

    __slots__ = ()

    def status(self) -> VoximplantSipConnectorStatusResult:
        """Call status on voximplant sip connector.

        REST method: ``voximplant.sip.connector.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-connector-status.html

        Returns:
            VoximplantSipConnectorStatusResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.connector.status()
            result = await client.voximplant.sip.connector.status()  # AsyncBitrix24
        """
        return cast(
            "VoximplantSipConnectorStatusResult",
            self._backend._invoke(_VOXIMPLANT_SIP_CONNECTOR_STATUS, {}),
        )


class AsyncVoximplantSipConnector(Namespace):
    """Methods under ``voximplant.sip.connector`` (async)."""

    __slots__ = ()

    async def status(self) -> VoximplantSipConnectorStatusResult:
        """Call status on voximplant sip connector.

        REST method: ``voximplant.sip.connector.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-connector-status.html

        Returns:
            VoximplantSipConnectorStatusResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.sip.connector.status()
            result = await client.voximplant.sip.connector.status()  # AsyncBitrix24
        """
        return cast(
            "VoximplantSipConnectorStatusResult",
            await self._backend._invoke(_VOXIMPLANT_SIP_CONNECTOR_STATUS, {}),
        )


class BatchVoximplantSipConnector(Namespace):
    """Methods under ``voximplant.sip.connector`` (queued into a batch)."""

    __slots__ = ()

    def status(self) -> BatchCommand[VoximplantSipConnectorStatusResult]:
        """Call status on voximplant sip connector.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.connector.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-connector-status.html

        Returns:
            BatchCommand[VoximplantSipConnectorStatusResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.sip.connector.status()
        """
        return cast(
            "BatchCommand[VoximplantSipConnectorStatusResult]",
            self._backend._invoke(_VOXIMPLANT_SIP_CONNECTOR_STATUS, {}),
        )
