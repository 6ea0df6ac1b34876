"""Methods under ``imconnector.connector``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.imconnector import ImconnectorConnectorDataSetData

_IMCONNECTOR_CONNECTOR_DATA_SET = MethodInfo(
    name="imconnector.connector.data.set", idempotent=False, returns="boolean", api=1
)


class ImconnectorConnector(Namespace):
    """Methods under ``imconnector.connector``."""

    __slots__ = ()

    @property
    def data(self) -> ImconnectorConnectorData:
        """Methods under ``imconnector.connector.data``."""
        return ImconnectorConnectorData(self._backend)


class AsyncImconnectorConnector(Namespace):
    """Methods under ``imconnector.connector`` (async)."""

    __slots__ = ()

    @property
    def data(self) -> AsyncImconnectorConnectorData:
        """Methods under ``imconnector.connector.data``."""
        return AsyncImconnectorConnectorData(self._backend)


class BatchImconnectorConnector(Namespace):
    """Methods under ``imconnector.connector`` (queued into a batch)."""

    __slots__ = ()

    @property
    def data(self) -> BatchImconnectorConnectorData:
        """Methods under ``imconnector.connector.data``."""
        return BatchImconnectorConnectorData(self._backend)


class ImconnectorConnectorData(Namespace):
    """Methods under ``imconnector.connector.data``."""

    __slots__ = ()

    def set(
        self, *, connector: str, line: int, data: ImconnectorConnectorDataSetData
    ) -> bool:
        """Save the external channel's ID, name and links shown to operators.

        REST method: ``imconnector.connector.data.set``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-connector-data-set.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            data: Settings of the external channel; set them all at once. Wire name: ``DATA``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.connector.data.set(connector="example", line=1, data={"NAME": "Anna", "URL": "https://example.com/hook"})
            result = await client.imconnector.connector.data.set(connector="example", line=1, data={"NAME": "Anna", "URL": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMCONNECTOR_CONNECTOR_DATA_SET,
                {"CONNECTOR": connector, "LINE": line, "DATA": data},
            ),
        )


class AsyncImconnectorConnectorData(Namespace):
    """Methods under ``imconnector.connector.data`` (async)."""

    __slots__ = ()

    async def set(
        self, *, connector: str, line: int, data: ImconnectorConnectorDataSetData
    ) -> bool:
        """Save the external channel's ID, name and links shown to operators.

        REST method: ``imconnector.connector.data.set``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-connector-data-set.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            data: Settings of the external channel; set them all at once. Wire name: ``DATA``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.connector.data.set(connector="example", line=1, data={"NAME": "Anna", "URL": "https://example.com/hook"})
            result = await client.imconnector.connector.data.set(connector="example", line=1, data={"NAME": "Anna", "URL": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMCONNECTOR_CONNECTOR_DATA_SET,
                {"CONNECTOR": connector, "LINE": line, "DATA": data},
            ),
        )


class BatchImconnectorConnectorData(Namespace):
    """Methods under ``imconnector.connector.data`` (queued into a batch)."""

    __slots__ = ()

    def set(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        data: ImconnectorConnectorDataSetData | Ref,
    ) -> BatchCommand[bool]:
        """Save the external channel's ID, name and links shown to operators.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.connector.data.set``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-connector-data-set.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            data: Settings of the external channel; set them all at once. Wire name: ``DATA``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.connector.data.set(connector="example", line=1, data={"NAME": "Anna", "URL": "https://example.com/hook"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMCONNECTOR_CONNECTOR_DATA_SET,
                {"CONNECTOR": connector, "LINE": line, "DATA": data},
            ),
        )
