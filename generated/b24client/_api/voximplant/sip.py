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
        """Connect a cloud or office PBX as a SIP line owned by the application.

        At most 10 cloud SIP lines can be connected; beyond that MAX_CLOUD_PBX is returned.

        REST method: ``voximplant.sip.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-add.html

        Args:
            server: SIP registration server address. Wire name: ``SERVER``.
            login: Login for the server. Wire name: ``LOGIN``.
            password: Password for the server, up to 100 characters; needed for a working registration. Wire name: ``PASSWORD``.
            type: \"cloud" (default) cloud PBX or "office" office PBX. Wire name: ``TYPE``.
            title: Connection name; without it a system name by type is shown and TITLE comes back empty. Wire name: ``TITLE``.

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
        """Remove a SIP line the current application created.

        REST method: ``voximplant.sip.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-delete.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.

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
        """List the SIP lines created by the current application.

        Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``voximplant.sip.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html

        Args:
            filter: Filter on ID, TYPE, TITLE, CONFIG_ID, REG_ID, SERVER, LOGIN and other line fields; a "?" key prefix searches text. Always limited to the current app. Wire name: ``FILTER``.
            sort: Field to sort by, one of the filter fields. Wire name: ``SORT``.
            order: \"ASC" or "DESC". Wire name: ``ORDER``.
            start: Offset of the page: (page number - 1) * 50.

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
        """Check the registration status of a cloud PBX SIP line.

        REST method: ``voximplant.sip.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-status.html

        Args:
            reg_id: ID of the SIP registration, as returned by voximplant.sip.get. Wire name: ``REG_ID``.

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
        """Change the name, server or credentials of an application's SIP line.

        Pass at least one of TITLE, SERVER, LOGIN or PASSWORD.

        REST method: ``voximplant.sip.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-update.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.
            title: New connection name. Wire name: ``TITLE``.
            server: New SIP registration server address. Wire name: ``SERVER``.
            login: New login. Wire name: ``LOGIN``.
            password: New password, up to 100 characters. Wire name: ``PASSWORD``.

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
        """Connect a cloud or office PBX as a SIP line owned by the application.

        At most 10 cloud SIP lines can be connected; beyond that MAX_CLOUD_PBX is returned.

        REST method: ``voximplant.sip.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-add.html

        Args:
            server: SIP registration server address. Wire name: ``SERVER``.
            login: Login for the server. Wire name: ``LOGIN``.
            password: Password for the server, up to 100 characters; needed for a working registration. Wire name: ``PASSWORD``.
            type: \"cloud" (default) cloud PBX or "office" office PBX. Wire name: ``TYPE``.
            title: Connection name; without it a system name by type is shown and TITLE comes back empty. Wire name: ``TITLE``.

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
        """Remove a SIP line the current application created.

        REST method: ``voximplant.sip.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-delete.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.

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
        """List the SIP lines created by the current application.

        Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``voximplant.sip.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html

        Args:
            filter: Filter on ID, TYPE, TITLE, CONFIG_ID, REG_ID, SERVER, LOGIN and other line fields; a "?" key prefix searches text. Always limited to the current app. Wire name: ``FILTER``.
            sort: Field to sort by, one of the filter fields. Wire name: ``SORT``.
            order: \"ASC" or "DESC". Wire name: ``ORDER``.
            start: Offset of the page: (page number - 1) * 50.

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
        """Check the registration status of a cloud PBX SIP line.

        REST method: ``voximplant.sip.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-status.html

        Args:
            reg_id: ID of the SIP registration, as returned by voximplant.sip.get. Wire name: ``REG_ID``.

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
        """Change the name, server or credentials of an application's SIP line.

        Pass at least one of TITLE, SERVER, LOGIN or PASSWORD.

        REST method: ``voximplant.sip.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-update.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.
            title: New connection name. Wire name: ``TITLE``.
            server: New SIP registration server address. Wire name: ``SERVER``.
            login: New login. Wire name: ``LOGIN``.
            password: New password, up to 100 characters. Wire name: ``PASSWORD``.

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
        """Connect a cloud or office PBX as a SIP line owned by the application.

        At most 10 cloud SIP lines can be connected; beyond that MAX_CLOUD_PBX is returned.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.add``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-add.html

        Args:
            server: SIP registration server address. Wire name: ``SERVER``.
            login: Login for the server. Wire name: ``LOGIN``.
            password: Password for the server, up to 100 characters; needed for a working registration. Wire name: ``PASSWORD``.
            type: \"cloud" (default) cloud PBX or "office" office PBX. Wire name: ``TYPE``.
            title: Connection name; without it a system name by type is shown and TITLE comes back empty. Wire name: ``TITLE``.

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
        """Remove a SIP line the current application created.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-delete.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.

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
        """List the SIP lines created by the current application.

        Pages hold 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-get.html

        Args:
            filter: Filter on ID, TYPE, TITLE, CONFIG_ID, REG_ID, SERVER, LOGIN and other line fields; a "?" key prefix searches text. Always limited to the current app. Wire name: ``FILTER``.
            sort: Field to sort by, one of the filter fields. Wire name: ``SORT``.
            order: \"ASC" or "DESC". Wire name: ``ORDER``.
            start: Offset of the page: (page number - 1) * 50.

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
        """Check the registration status of a cloud PBX SIP line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.status``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-status.html

        Args:
            reg_id: ID of the SIP registration, as returned by voximplant.sip.get. Wire name: ``REG_ID``.

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
        """Change the name, server or credentials of an application's SIP line.

        Pass at least one of TITLE, SERVER, LOGIN or PASSWORD.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.sip.update``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/sip/voximplant-sip-update.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.
            title: New connection name. Wire name: ``TITLE``.
            server: New SIP registration server address. Wire name: ``SERVER``.
            login: New login. Wire name: ``LOGIN``.
            password: New password, up to 100 characters. Wire name: ``PASSWORD``.

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
        """Check the SIP connector subscription: free minutes left and paid period.

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
        """Check the SIP connector subscription: free minutes left and paid period.

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
        """Check the SIP connector subscription: free minutes left and paid period.

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
