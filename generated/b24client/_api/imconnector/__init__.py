"""Methods under ``imconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.imconnector import (
        Imconnector as _Imconnector,
        ImconnectorRegisterIcon,
        ImconnectorRegisterIconDisabled,
        ImconnectorRegisterResult,
        ImconnectorStatusResult,
        ImconnectorUnregisterResult,
    )
    from b24client._api.imconnector.chat import (
        AsyncImconnectorChat,
        BatchImconnectorChat,
        ImconnectorChat,
    )
    from b24client._api.imconnector.connector import (
        AsyncImconnectorConnector,
        BatchImconnectorConnector,
        ImconnectorConnector,
    )
    from b24client._api.imconnector.delete import (
        AsyncImconnectorDelete,
        BatchImconnectorDelete,
        ImconnectorDelete,
    )
    from b24client._api.imconnector.send import (
        AsyncImconnectorSend,
        BatchImconnectorSend,
        ImconnectorSend,
    )
    from b24client._api.imconnector.update import (
        AsyncImconnectorUpdate,
        BatchImconnectorUpdate,
        ImconnectorUpdate,
    )

_IMCONNECTOR_ACTIVATE = MethodInfo(
    name="imconnector.activate", idempotent=False, returns="boolean", api=1
)
_IMCONNECTOR_LIST = MethodInfo(
    name="imconnector.list", idempotent=True, returns="any", api=1
)
_IMCONNECTOR_REGISTER = MethodInfo(
    name="imconnector.register", idempotent=False, returns="any", api=1
)
_IMCONNECTOR_STATUS = MethodInfo(
    name="imconnector.status", idempotent=False, returns="any", api=1
)
_IMCONNECTOR_UNREGISTER = MethodInfo(
    name="imconnector.unregister", idempotent=False, returns="any", api=1
)


class Imconnector(Namespace):
    """Methods under ``imconnector``."""

    __slots__ = ()

    @property
    def chat(self) -> ImconnectorChat:
        """Methods under ``imconnector.chat``."""
        from b24client._api.imconnector.chat import ImconnectorChat

        return ImconnectorChat(self._backend)

    @property
    def connector(self) -> ImconnectorConnector:
        """Methods under ``imconnector.connector``."""
        from b24client._api.imconnector.connector import ImconnectorConnector

        return ImconnectorConnector(self._backend)

    @property
    def delete(self) -> ImconnectorDelete:
        """Methods under ``imconnector.delete``."""
        from b24client._api.imconnector.delete import ImconnectorDelete

        return ImconnectorDelete(self._backend)

    @property
    def send(self) -> ImconnectorSend:
        """Methods under ``imconnector.send``."""
        from b24client._api.imconnector.send import ImconnectorSend

        return ImconnectorSend(self._backend)

    @property
    def update(self) -> ImconnectorUpdate:
        """Methods under ``imconnector.update``."""
        from b24client._api.imconnector.update import ImconnectorUpdate

        return ImconnectorUpdate(self._backend)

    def activate(self, *, connector: str, line: int, active: str) -> bool:
        """Switch a custom connector on or off for an open channel.

        REST method: ``imconnector.activate``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-activate.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            active: Any non-empty value turns the connector on; an empty value or "0" turns it off. Wire name: ``ACTIVE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.activate(connector="example", line=1, active="example")
            result = await client.imconnector.activate(connector="example", line=1, active="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMCONNECTOR_ACTIVATE,
                {"CONNECTOR": connector, "LINE": line, "ACTIVE": active},
            ),
        )

    def list(self) -> _Imconnector:
        """Return every open channel connector available on the portal.

        REST method: ``imconnector.list``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-list.html

        Returns:
            Imconnector

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imconnector.list()
            result = await client.imconnector.list()  # AsyncBitrix24
        """
        return cast("_Imconnector", self._backend._invoke(_IMCONNECTOR_LIST, {}))

    def register(
        self,
        *,
        id: str,
        name: str,
        icon: ImconnectorRegisterIcon,
        placement_handler: str,
        icon_disabled: ImconnectorRegisterIconDisabled | NotGiven = NOT_GIVEN,
        del_external_messages: bool | NotGiven = NOT_GIVEN,
        edit_internal_messages: bool | NotGiven = NOT_GIVEN,
        del_internal_messages: bool | NotGiven = NOT_GIVEN,
        newsletter: bool | NotGiven = NOT_GIVEN,
        need_system_messages: bool | NotGiven = NOT_GIVEN,
        need_signature: bool | NotGiven = NOT_GIVEN,
        chat_group: bool | NotGiven = NOT_GIVEN,
    ) -> ImconnectorRegisterResult:
        """Add a custom open channel connector with its icon and settings page.

        The connector ID is turned to lower case. On failure result is false and error explains why.

        REST method: ``imconnector.register``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-register.html

        Args:
            id: Unique connector code; turned to lower case. Wire name: ``ID``.
            name: Connector name shown in the interface. Wire name: ``NAME``.
            icon: Main connector icon. Wire name: ``ICON``.
            placement_handler: URL of the page that opens as the connector's settings in the open channel. Wire name: ``PLACEMENT_HANDLER``.
            icon_disabled: Icon shown while the connector is inactive. Wire name: ``ICON_DISABLED``.
            del_external_messages: Whether incoming client messages can be deleted (default true). Wire name: ``DEL_EXTERNAL_MESSAGES``.
            edit_internal_messages: Whether operators can edit their messages (default true). Wire name: ``EDIT_INTERNAL_MESSAGES``.
            del_internal_messages: Whether operators can delete their messages (default true). Wire name: ``DEL_INTERNAL_MESSAGES``.
            newsletter: Whether the channel can be used in CRM mailings (default true). Wire name: ``NEWSLETTER``.
            need_system_messages: Whether system messages go to the channel (default true). Wire name: ``NEED_SYSTEM_MESSAGES``.
            need_signature: Whether the operator's signature is added to messages (default true). Wire name: ``NEED_SIGNATURE``.
            chat_group: true groups conversations by chat.id (group chats); false by user.id. Wire name: ``CHAT_GROUP``.

        Returns:
            ImconnectorRegisterResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.register(id="1", name="Anna", icon={"DATA_IMAGE": "example"}, placement_handler="https://example.com/hook")
            result = await client.imconnector.register(id="1", name="Anna", icon={"DATA_IMAGE": "example"}, placement_handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorRegisterResult",
            self._backend._invoke(
                _IMCONNECTOR_REGISTER,
                {
                    "ID": id,
                    "NAME": name,
                    "ICON": icon,
                    "PLACEMENT_HANDLER": placement_handler,
                    "ICON_DISABLED": icon_disabled,
                    "DEL_EXTERNAL_MESSAGES": del_external_messages,
                    "EDIT_INTERNAL_MESSAGES": edit_internal_messages,
                    "DEL_INTERNAL_MESSAGES": del_internal_messages,
                    "NEWSLETTER": newsletter,
                    "NEED_SYSTEM_MESSAGES": need_system_messages,
                    "NEED_SIGNATURE": need_signature,
                    "CHAT_GROUP": chat_group,
                },
            ),
        )

    def status(
        self, *, connector: str, line: int | str | NotGiven = NOT_GIVEN
    ) -> ImconnectorStatusResult:
        """Return whether a connector is active, configured and error-free on a line.

        REST method: ``imconnector.status``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-status.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.

        Returns:
            ImconnectorStatusResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.status(connector="example")
            result = await client.imconnector.status(connector="example")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorStatusResult",
            self._backend._invoke(
                _IMCONNECTOR_STATUS, {"CONNECTOR": connector, "LINE": line}
            ),
        )

    def unregister(self, *, id: str) -> ImconnectorUnregisterResult:
        """Remove a custom open channel connector.

        REST method: ``imconnector.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-unregister.html

        Args:
            id: Code of the connector to remove. Wire name: ``ID``.

        Returns:
            ImconnectorUnregisterResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.unregister(id="1")
            result = await client.imconnector.unregister(id="1")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorUnregisterResult",
            self._backend._invoke(_IMCONNECTOR_UNREGISTER, {"ID": id}),
        )


class AsyncImconnector(Namespace):
    """Methods under ``imconnector`` (async)."""

    __slots__ = ()

    @property
    def chat(self) -> AsyncImconnectorChat:
        """Methods under ``imconnector.chat``."""
        from b24client._api.imconnector.chat import AsyncImconnectorChat

        return AsyncImconnectorChat(self._backend)

    @property
    def connector(self) -> AsyncImconnectorConnector:
        """Methods under ``imconnector.connector``."""
        from b24client._api.imconnector.connector import AsyncImconnectorConnector

        return AsyncImconnectorConnector(self._backend)

    @property
    def delete(self) -> AsyncImconnectorDelete:
        """Methods under ``imconnector.delete``."""
        from b24client._api.imconnector.delete import AsyncImconnectorDelete

        return AsyncImconnectorDelete(self._backend)

    @property
    def send(self) -> AsyncImconnectorSend:
        """Methods under ``imconnector.send``."""
        from b24client._api.imconnector.send import AsyncImconnectorSend

        return AsyncImconnectorSend(self._backend)

    @property
    def update(self) -> AsyncImconnectorUpdate:
        """Methods under ``imconnector.update``."""
        from b24client._api.imconnector.update import AsyncImconnectorUpdate

        return AsyncImconnectorUpdate(self._backend)

    async def activate(self, *, connector: str, line: int, active: str) -> bool:
        """Switch a custom connector on or off for an open channel.

        REST method: ``imconnector.activate``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-activate.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            active: Any non-empty value turns the connector on; an empty value or "0" turns it off. Wire name: ``ACTIVE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.activate(connector="example", line=1, active="example")
            result = await client.imconnector.activate(connector="example", line=1, active="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMCONNECTOR_ACTIVATE,
                {"CONNECTOR": connector, "LINE": line, "ACTIVE": active},
            ),
        )

    async def list(self) -> _Imconnector:
        """Return every open channel connector available on the portal.

        REST method: ``imconnector.list``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-list.html

        Returns:
            Imconnector

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imconnector.list()
            result = await client.imconnector.list()  # AsyncBitrix24
        """
        return cast("_Imconnector", await self._backend._invoke(_IMCONNECTOR_LIST, {}))

    async def register(
        self,
        *,
        id: str,
        name: str,
        icon: ImconnectorRegisterIcon,
        placement_handler: str,
        icon_disabled: ImconnectorRegisterIconDisabled | NotGiven = NOT_GIVEN,
        del_external_messages: bool | NotGiven = NOT_GIVEN,
        edit_internal_messages: bool | NotGiven = NOT_GIVEN,
        del_internal_messages: bool | NotGiven = NOT_GIVEN,
        newsletter: bool | NotGiven = NOT_GIVEN,
        need_system_messages: bool | NotGiven = NOT_GIVEN,
        need_signature: bool | NotGiven = NOT_GIVEN,
        chat_group: bool | NotGiven = NOT_GIVEN,
    ) -> ImconnectorRegisterResult:
        """Add a custom open channel connector with its icon and settings page.

        The connector ID is turned to lower case. On failure result is false and error explains why.

        REST method: ``imconnector.register``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-register.html

        Args:
            id: Unique connector code; turned to lower case. Wire name: ``ID``.
            name: Connector name shown in the interface. Wire name: ``NAME``.
            icon: Main connector icon. Wire name: ``ICON``.
            placement_handler: URL of the page that opens as the connector's settings in the open channel. Wire name: ``PLACEMENT_HANDLER``.
            icon_disabled: Icon shown while the connector is inactive. Wire name: ``ICON_DISABLED``.
            del_external_messages: Whether incoming client messages can be deleted (default true). Wire name: ``DEL_EXTERNAL_MESSAGES``.
            edit_internal_messages: Whether operators can edit their messages (default true). Wire name: ``EDIT_INTERNAL_MESSAGES``.
            del_internal_messages: Whether operators can delete their messages (default true). Wire name: ``DEL_INTERNAL_MESSAGES``.
            newsletter: Whether the channel can be used in CRM mailings (default true). Wire name: ``NEWSLETTER``.
            need_system_messages: Whether system messages go to the channel (default true). Wire name: ``NEED_SYSTEM_MESSAGES``.
            need_signature: Whether the operator's signature is added to messages (default true). Wire name: ``NEED_SIGNATURE``.
            chat_group: true groups conversations by chat.id (group chats); false by user.id. Wire name: ``CHAT_GROUP``.

        Returns:
            ImconnectorRegisterResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.register(id="1", name="Anna", icon={"DATA_IMAGE": "example"}, placement_handler="https://example.com/hook")
            result = await client.imconnector.register(id="1", name="Anna", icon={"DATA_IMAGE": "example"}, placement_handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorRegisterResult",
            await self._backend._invoke(
                _IMCONNECTOR_REGISTER,
                {
                    "ID": id,
                    "NAME": name,
                    "ICON": icon,
                    "PLACEMENT_HANDLER": placement_handler,
                    "ICON_DISABLED": icon_disabled,
                    "DEL_EXTERNAL_MESSAGES": del_external_messages,
                    "EDIT_INTERNAL_MESSAGES": edit_internal_messages,
                    "DEL_INTERNAL_MESSAGES": del_internal_messages,
                    "NEWSLETTER": newsletter,
                    "NEED_SYSTEM_MESSAGES": need_system_messages,
                    "NEED_SIGNATURE": need_signature,
                    "CHAT_GROUP": chat_group,
                },
            ),
        )

    async def status(
        self, *, connector: str, line: int | str | NotGiven = NOT_GIVEN
    ) -> ImconnectorStatusResult:
        """Return whether a connector is active, configured and error-free on a line.

        REST method: ``imconnector.status``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-status.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.

        Returns:
            ImconnectorStatusResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.status(connector="example")
            result = await client.imconnector.status(connector="example")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorStatusResult",
            await self._backend._invoke(
                _IMCONNECTOR_STATUS, {"CONNECTOR": connector, "LINE": line}
            ),
        )

    async def unregister(self, *, id: str) -> ImconnectorUnregisterResult:
        """Remove a custom open channel connector.

        REST method: ``imconnector.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-unregister.html

        Args:
            id: Code of the connector to remove. Wire name: ``ID``.

        Returns:
            ImconnectorUnregisterResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.unregister(id="1")
            result = await client.imconnector.unregister(id="1")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorUnregisterResult",
            await self._backend._invoke(_IMCONNECTOR_UNREGISTER, {"ID": id}),
        )


class BatchImconnector(Namespace):
    """Methods under ``imconnector`` (queued into a batch)."""

    __slots__ = ()

    @property
    def chat(self) -> BatchImconnectorChat:
        """Methods under ``imconnector.chat``."""
        from b24client._api.imconnector.chat import BatchImconnectorChat

        return BatchImconnectorChat(self._backend)

    @property
    def connector(self) -> BatchImconnectorConnector:
        """Methods under ``imconnector.connector``."""
        from b24client._api.imconnector.connector import BatchImconnectorConnector

        return BatchImconnectorConnector(self._backend)

    @property
    def delete(self) -> BatchImconnectorDelete:
        """Methods under ``imconnector.delete``."""
        from b24client._api.imconnector.delete import BatchImconnectorDelete

        return BatchImconnectorDelete(self._backend)

    @property
    def send(self) -> BatchImconnectorSend:
        """Methods under ``imconnector.send``."""
        from b24client._api.imconnector.send import BatchImconnectorSend

        return BatchImconnectorSend(self._backend)

    @property
    def update(self) -> BatchImconnectorUpdate:
        """Methods under ``imconnector.update``."""
        from b24client._api.imconnector.update import BatchImconnectorUpdate

        return BatchImconnectorUpdate(self._backend)

    def activate(
        self, *, connector: str | Ref, line: int | Ref, active: str | Ref
    ) -> BatchCommand[bool]:
        """Switch a custom connector on or off for an open channel.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.activate``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-activate.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            active: Any non-empty value turns the connector on; an empty value or "0" turns it off. Wire name: ``ACTIVE``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.activate(connector="example", line=1, active="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMCONNECTOR_ACTIVATE,
                {"CONNECTOR": connector, "LINE": line, "ACTIVE": active},
            ),
        )

    def list(self) -> BatchCommand[_Imconnector]:
        """Return every open channel connector available on the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.list``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-list.html

        Returns:
            BatchCommand[Imconnector]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            command = batch.imconnector.list()
        """
        return cast(
            "BatchCommand[_Imconnector]", self._backend._invoke(_IMCONNECTOR_LIST, {})
        )

    def register(
        self,
        *,
        id: str | Ref,
        name: str | Ref,
        icon: ImconnectorRegisterIcon | Ref,
        placement_handler: str | Ref,
        icon_disabled: ImconnectorRegisterIconDisabled | Ref | NotGiven = NOT_GIVEN,
        del_external_messages: bool | Ref | NotGiven = NOT_GIVEN,
        edit_internal_messages: bool | Ref | NotGiven = NOT_GIVEN,
        del_internal_messages: bool | Ref | NotGiven = NOT_GIVEN,
        newsletter: bool | Ref | NotGiven = NOT_GIVEN,
        need_system_messages: bool | Ref | NotGiven = NOT_GIVEN,
        need_signature: bool | Ref | NotGiven = NOT_GIVEN,
        chat_group: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImconnectorRegisterResult]:
        """Add a custom open channel connector with its icon and settings page.

        The connector ID is turned to lower case. On failure result is false and error explains why.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.register``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-register.html

        Args:
            id: Unique connector code; turned to lower case. Wire name: ``ID``.
            name: Connector name shown in the interface. Wire name: ``NAME``.
            icon: Main connector icon. Wire name: ``ICON``.
            placement_handler: URL of the page that opens as the connector's settings in the open channel. Wire name: ``PLACEMENT_HANDLER``.
            icon_disabled: Icon shown while the connector is inactive. Wire name: ``ICON_DISABLED``.
            del_external_messages: Whether incoming client messages can be deleted (default true). Wire name: ``DEL_EXTERNAL_MESSAGES``.
            edit_internal_messages: Whether operators can edit their messages (default true). Wire name: ``EDIT_INTERNAL_MESSAGES``.
            del_internal_messages: Whether operators can delete their messages (default true). Wire name: ``DEL_INTERNAL_MESSAGES``.
            newsletter: Whether the channel can be used in CRM mailings (default true). Wire name: ``NEWSLETTER``.
            need_system_messages: Whether system messages go to the channel (default true). Wire name: ``NEED_SYSTEM_MESSAGES``.
            need_signature: Whether the operator's signature is added to messages (default true). Wire name: ``NEED_SIGNATURE``.
            chat_group: true groups conversations by chat.id (group chats); false by user.id. Wire name: ``CHAT_GROUP``.

        Returns:
            BatchCommand[ImconnectorRegisterResult]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.register(id="1", name="Anna", icon={"DATA_IMAGE": "example"}, placement_handler="https://example.com/hook")
        """
        return cast(
            "BatchCommand[ImconnectorRegisterResult]",
            self._backend._invoke(
                _IMCONNECTOR_REGISTER,
                {
                    "ID": id,
                    "NAME": name,
                    "ICON": icon,
                    "PLACEMENT_HANDLER": placement_handler,
                    "ICON_DISABLED": icon_disabled,
                    "DEL_EXTERNAL_MESSAGES": del_external_messages,
                    "EDIT_INTERNAL_MESSAGES": edit_internal_messages,
                    "DEL_INTERNAL_MESSAGES": del_internal_messages,
                    "NEWSLETTER": newsletter,
                    "NEED_SYSTEM_MESSAGES": need_system_messages,
                    "NEED_SIGNATURE": need_signature,
                    "CHAT_GROUP": chat_group,
                },
            ),
        )

    def status(
        self, *, connector: str | Ref, line: int | str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[ImconnectorStatusResult]:
        """Return whether a connector is active, configured and error-free on a line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.status``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-status.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.

        Returns:
            BatchCommand[ImconnectorStatusResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.status(connector="example")
        """
        return cast(
            "BatchCommand[ImconnectorStatusResult]",
            self._backend._invoke(
                _IMCONNECTOR_STATUS, {"CONNECTOR": connector, "LINE": line}
            ),
        )

    def unregister(self, *, id: str | Ref) -> BatchCommand[ImconnectorUnregisterResult]:
        """Remove a custom open channel connector.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-unregister.html

        Args:
            id: Code of the connector to remove. Wire name: ``ID``.

        Returns:
            BatchCommand[ImconnectorUnregisterResult]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.unregister(id="1")
        """
        return cast(
            "BatchCommand[ImconnectorUnregisterResult]",
            self._backend._invoke(_IMCONNECTOR_UNREGISTER, {"ID": id}),
        )
