"""Methods under ``imopenlines.network``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

_IMOPENLINES_NETWORK_JOIN = MethodInfo(
    name="imopenlines.network.join", idempotent=False, returns="integer", api=1
)
_IMOPENLINES_NETWORK_MESSAGE_ADD = MethodInfo(
    name="imopenlines.network.message.add", idempotent=False, returns="boolean", api=1
)


class ImopenlinesNetwork(Namespace):
    """Methods under ``imopenlines.network``."""

    __slots__ = ()

    @property
    def message(self) -> ImopenlinesNetworkMessage:
        """Methods under ``imopenlines.network.message``."""
        return ImopenlinesNetworkMessage(self._backend)

    def join(self, *, code: str) -> int:
        """Connect an external open channel from another Bitrix24 to this portal.

        Returns the existing network bot ID when the line was already connected.

        REST method: ``imopenlines.network.join``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-network-join.html

        Args:
            code: 32-character code of the external open channel. Wire name: ``CODE``.

        Returns:
            int

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.imopenlines.network.join(code="example_code")
            result = await client.imopenlines.network.join(code="example_code")  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_IMOPENLINES_NETWORK_JOIN, {"CODE": code})
        )


class AsyncImopenlinesNetwork(Namespace):
    """Methods under ``imopenlines.network`` (async)."""

    __slots__ = ()

    @property
    def message(self) -> AsyncImopenlinesNetworkMessage:
        """Methods under ``imopenlines.network.message``."""
        return AsyncImopenlinesNetworkMessage(self._backend)

    async def join(self, *, code: str) -> int:
        """Connect an external open channel from another Bitrix24 to this portal.

        Returns the existing network bot ID when the line was already connected.

        REST method: ``imopenlines.network.join``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-network-join.html

        Args:
            code: 32-character code of the external open channel. Wire name: ``CODE``.

        Returns:
            int

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.imopenlines.network.join(code="example_code")
            result = await client.imopenlines.network.join(code="example_code")  # AsyncBitrix24
        """
        return cast(
            int, await self._backend._invoke(_IMOPENLINES_NETWORK_JOIN, {"CODE": code})
        )


class BatchImopenlinesNetwork(Namespace):
    """Methods under ``imopenlines.network`` (queued into a batch)."""

    __slots__ = ()

    @property
    def message(self) -> BatchImopenlinesNetworkMessage:
        """Methods under ``imopenlines.network.message``."""
        return BatchImopenlinesNetworkMessage(self._backend)

    def join(self, *, code: str | Ref) -> BatchCommand[int]:
        """Connect an external open channel from another Bitrix24 to this portal.

        Returns the existing network bot ID when the line was already connected.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.network.join``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-network-join.html

        Args:
            code: 32-character code of the external open channel. Wire name: ``CODE``.

        Returns:
            BatchCommand[int]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.imopenlines.network.join(code="example_code")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_IMOPENLINES_NETWORK_JOIN, {"CODE": code}),
        )


class ImopenlinesNetworkMessage(Namespace):
    """Methods under ``imopenlines.network.message``."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str,
        user_id: int,
        message: str,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send a message to a user through a connected external open channel.

        REST method: ``imopenlines.network.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-network-message-add.html

        Args:
            code: 32-character code of the open channel, such as "ab515f5d85a8b844d484f6ea75a2e494". Wire name: ``CODE``.
            user_id: ID of the recipient. Wire name: ``USER_ID``.
            message: Message text, with BB-code formatting. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message. Wire name: ``KEYBOARD``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.network.message.add(code="example_code", user_id=1, message="Please call back after 3 pm.")
            result = await client.imopenlines.network.message.add(code="example_code", user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_NETWORK_MESSAGE_ADD,
                {
                    "CODE": code,
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "URL_PREVIEW": yes_no(url_preview),
                },
            ),
        )


class AsyncImopenlinesNetworkMessage(Namespace):
    """Methods under ``imopenlines.network.message`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        code: str,
        user_id: int,
        message: str,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send a message to a user through a connected external open channel.

        REST method: ``imopenlines.network.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-network-message-add.html

        Args:
            code: 32-character code of the open channel, such as "ab515f5d85a8b844d484f6ea75a2e494". Wire name: ``CODE``.
            user_id: ID of the recipient. Wire name: ``USER_ID``.
            message: Message text, with BB-code formatting. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message. Wire name: ``KEYBOARD``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.network.message.add(code="example_code", user_id=1, message="Please call back after 3 pm.")
            result = await client.imopenlines.network.message.add(code="example_code", user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_NETWORK_MESSAGE_ADD,
                {
                    "CODE": code,
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "URL_PREVIEW": yes_no(url_preview),
                },
            ),
        )


class BatchImopenlinesNetworkMessage(Namespace):
    """Methods under ``imopenlines.network.message`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str | Ref,
        user_id: int | Ref,
        message: str | Ref,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        url_preview: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Send a message to a user through a connected external open channel.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.network.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-network-message-add.html

        Args:
            code: 32-character code of the open channel, such as "ab515f5d85a8b844d484f6ea75a2e494". Wire name: ``CODE``.
            user_id: ID of the recipient. Wire name: ``USER_ID``.
            message: Message text, with BB-code formatting. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message. Wire name: ``KEYBOARD``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imopenlines.network.message.add(code="example_code", user_id=1, message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_NETWORK_MESSAGE_ADD,
                {
                    "CODE": code,
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "URL_PREVIEW": yes_no(url_preview),
                },
            ),
        )
