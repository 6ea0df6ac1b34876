"""Methods under ``imopenlines.config``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.imopenlines import (
        ImopenlinesConfig as _ImopenlinesConfig,
        ImopenlinesConfigAddParams,
        ImopenlinesConfigList as _ImopenlinesConfigList,
        ImopenlinesConfigListGetOptions,
        ImopenlinesConfigListGetParams,
        ImopenlinesConfigPath as _ImopenlinesConfigPath,
    )

_IMOPENLINES_CONFIG_ADD = MethodInfo(
    name="imopenlines.config.add", idempotent=False, returns="integer", api=1
)
_IMOPENLINES_CONFIG_DELETE = MethodInfo(
    name="imopenlines.config.delete", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_CONFIG_GET = MethodInfo(
    name="imopenlines.config.get", idempotent=True, returns="any", api=1
)
_IMOPENLINES_CONFIG_UPDATE = MethodInfo(
    name="imopenlines.config.update", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_CONFIG_LIST_GET = MethodInfo(
    name="imopenlines.config.list.get", idempotent=True, returns="any", api=1
)
_IMOPENLINES_CONFIG_PATH_GET = MethodInfo(
    name="imopenlines.config.path.get", idempotent=True, returns="any", api=1
)


class ImopenlinesConfig(Namespace):
    """Methods under ``imopenlines.config``."""

    __slots__ = ()

    @property
    def list(self) -> ImopenlinesConfigList:
        """Methods under ``imopenlines.config.list``."""
        return ImopenlinesConfigList(self._backend)

    @property
    def path(self) -> ImopenlinesConfigPath:
        """Methods under ``imopenlines.config.path``."""
        return ImopenlinesConfigPath(self._backend)

    def add(self, *, params: ImopenlinesConfigAddParams | NotGiven = NOT_GIVEN) -> int:
        """Create an open channel with its queue, working hours and automation settings.

        Users can only write to the line after a channel (connector) is attached to it.

        REST method: ``imopenlines.config.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-add.html

        Args:
            params: Settings of the new line. Wire name: ``PARAMS``.

        Returns:
            int

        Example:
            result = client.imopenlines.config.add()
            result = await client.imopenlines.config.add()  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_IMOPENLINES_CONFIG_ADD, {"PARAMS": params})
        )

    def delete(self, *, config_id: int) -> bool:
        """Remove an open channel by its ID.

        Returns false when no line has that CONFIG_ID.

        REST method: ``imopenlines.config.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-delete.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``CONFIG_WRONG_USER_PERMISSION``.

        Example:
            result = client.imopenlines.config.delete(config_id=1)
            result = await client.imopenlines.config.delete(config_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_CONFIG_DELETE, {"CONFIG_ID": config_id}),
        )

    def get(
        self,
        *,
        config_id: int,
        with_queue: bool | NotGiven = NOT_GIVEN,
        show_offline: bool | NotGiven = NOT_GIVEN,
    ) -> _ImopenlinesConfig:
        """Return the settings of one open channel, optionally with its operator queue.

        Returns false when the line does not exist.

        REST method: ``imopenlines.config.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-get.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.
            with_queue: \"Y" adds the operator queue data. Wire name: ``WITH_QUEUE``.
            show_offline: \"Y" includes offline operators in the queue. Wire name: ``SHOW_OFFLINE``.

        Returns:
            ImopenlinesConfig

        Example:
            result = client.imopenlines.config.get(config_id=1)
            result = await client.imopenlines.config.get(config_id=1)  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesConfig",
            self._backend._invoke(
                _IMOPENLINES_CONFIG_GET,
                {
                    "CONFIG_ID": config_id,
                    "WITH_QUEUE": yes_no(with_queue),
                    "SHOW_OFFLINE": yes_no(show_offline),
                },
            ),
        )

    def update(
        self, *, config_id: int, params: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the settings of an existing open channel.

        Returns false when no line has that CONFIG_ID.

        REST method: ``imopenlines.config.update``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-update.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.
            params: Settings to change, with the same keys as in imopenlines.config.add. Wire name: ``PARAMS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``CONFIG_WRONG_USER_PERMISSION``.

        Example:
            result = client.imopenlines.config.update(config_id=1)
            result = await client.imopenlines.config.update(config_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_CONFIG_UPDATE, {"CONFIG_ID": config_id, "PARAMS": params}
            ),
        )


class AsyncImopenlinesConfig(Namespace):
    """Methods under ``imopenlines.config`` (async)."""

    __slots__ = ()

    @property
    def list(self) -> AsyncImopenlinesConfigList:
        """Methods under ``imopenlines.config.list``."""
        return AsyncImopenlinesConfigList(self._backend)

    @property
    def path(self) -> AsyncImopenlinesConfigPath:
        """Methods under ``imopenlines.config.path``."""
        return AsyncImopenlinesConfigPath(self._backend)

    async def add(
        self, *, params: ImopenlinesConfigAddParams | NotGiven = NOT_GIVEN
    ) -> int:
        """Create an open channel with its queue, working hours and automation settings.

        Users can only write to the line after a channel (connector) is attached to it.

        REST method: ``imopenlines.config.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-add.html

        Args:
            params: Settings of the new line. Wire name: ``PARAMS``.

        Returns:
            int

        Example:
            result = client.imopenlines.config.add()
            result = await client.imopenlines.config.add()  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_IMOPENLINES_CONFIG_ADD, {"PARAMS": params}),
        )

    async def delete(self, *, config_id: int) -> bool:
        """Remove an open channel by its ID.

        Returns false when no line has that CONFIG_ID.

        REST method: ``imopenlines.config.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-delete.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``CONFIG_WRONG_USER_PERMISSION``.

        Example:
            result = client.imopenlines.config.delete(config_id=1)
            result = await client.imopenlines.config.delete(config_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_CONFIG_DELETE, {"CONFIG_ID": config_id}
            ),
        )

    async def get(
        self,
        *,
        config_id: int,
        with_queue: bool | NotGiven = NOT_GIVEN,
        show_offline: bool | NotGiven = NOT_GIVEN,
    ) -> _ImopenlinesConfig:
        """Return the settings of one open channel, optionally with its operator queue.

        Returns false when the line does not exist.

        REST method: ``imopenlines.config.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-get.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.
            with_queue: \"Y" adds the operator queue data. Wire name: ``WITH_QUEUE``.
            show_offline: \"Y" includes offline operators in the queue. Wire name: ``SHOW_OFFLINE``.

        Returns:
            ImopenlinesConfig

        Example:
            result = client.imopenlines.config.get(config_id=1)
            result = await client.imopenlines.config.get(config_id=1)  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesConfig",
            await self._backend._invoke(
                _IMOPENLINES_CONFIG_GET,
                {
                    "CONFIG_ID": config_id,
                    "WITH_QUEUE": yes_no(with_queue),
                    "SHOW_OFFLINE": yes_no(show_offline),
                },
            ),
        )

    async def update(
        self, *, config_id: int, params: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the settings of an existing open channel.

        Returns false when no line has that CONFIG_ID.

        REST method: ``imopenlines.config.update``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-update.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.
            params: Settings to change, with the same keys as in imopenlines.config.add. Wire name: ``PARAMS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``CONFIG_WRONG_USER_PERMISSION``.

        Example:
            result = client.imopenlines.config.update(config_id=1)
            result = await client.imopenlines.config.update(config_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_CONFIG_UPDATE, {"CONFIG_ID": config_id, "PARAMS": params}
            ),
        )


class BatchImopenlinesConfig(Namespace):
    """Methods under ``imopenlines.config`` (queued into a batch)."""

    __slots__ = ()

    @property
    def list(self) -> BatchImopenlinesConfigList:
        """Methods under ``imopenlines.config.list``."""
        return BatchImopenlinesConfigList(self._backend)

    @property
    def path(self) -> BatchImopenlinesConfigPath:
        """Methods under ``imopenlines.config.path``."""
        return BatchImopenlinesConfigPath(self._backend)

    def add(
        self, *, params: ImopenlinesConfigAddParams | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[int]:
        """Create an open channel with its queue, working hours and automation settings.

        Users can only write to the line after a channel (connector) is attached to it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.config.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-add.html

        Args:
            params: Settings of the new line. Wire name: ``PARAMS``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.imopenlines.config.add()
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_IMOPENLINES_CONFIG_ADD, {"PARAMS": params}),
        )

    def delete(self, *, config_id: int | Ref) -> BatchCommand[bool]:
        """Remove an open channel by its ID.

        Returns false when no line has that CONFIG_ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.config.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-delete.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``CONFIG_WRONG_USER_PERMISSION``.

        Example:
            command = batch.imopenlines.config.delete(config_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_CONFIG_DELETE, {"CONFIG_ID": config_id}),
        )

    def get(
        self,
        *,
        config_id: int | Ref,
        with_queue: bool | Ref | NotGiven = NOT_GIVEN,
        show_offline: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImopenlinesConfig]:
        """Return the settings of one open channel, optionally with its operator queue.

        Returns false when the line does not exist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.config.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-get.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.
            with_queue: \"Y" adds the operator queue data. Wire name: ``WITH_QUEUE``.
            show_offline: \"Y" includes offline operators in the queue. Wire name: ``SHOW_OFFLINE``.

        Returns:
            BatchCommand[ImopenlinesConfig]

        Example:
            command = batch.imopenlines.config.get(config_id=1)
        """
        return cast(
            "BatchCommand[_ImopenlinesConfig]",
            self._backend._invoke(
                _IMOPENLINES_CONFIG_GET,
                {
                    "CONFIG_ID": config_id,
                    "WITH_QUEUE": yes_no(with_queue),
                    "SHOW_OFFLINE": yes_no(show_offline),
                },
            ),
        )

    def update(
        self,
        *,
        config_id: int | Ref,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the settings of an existing open channel.

        Returns false when no line has that CONFIG_ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.config.update``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-update.html

        Args:
            config_id: ID of the open channel. Wire name: ``CONFIG_ID``.
            params: Settings to change, with the same keys as in imopenlines.config.add. Wire name: ``PARAMS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``CONFIG_WRONG_USER_PERMISSION``.

        Example:
            command = batch.imopenlines.config.update(config_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_CONFIG_UPDATE, {"CONFIG_ID": config_id, "PARAMS": params}
            ),
        )


class ImopenlinesConfigList(Namespace):
    """Methods under ``imopenlines.config.list``."""

    __slots__ = ()

    def get(
        self,
        *,
        params: ImopenlinesConfigListGetParams | NotGiven = NOT_GIVEN,
        options: ImopenlinesConfigListGetOptions | NotGiven = NOT_GIVEN,
    ) -> list[_ImopenlinesConfigList]:
        """List open channels with chosen fields, filter and sorting.

        REST method: ``imopenlines.config.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html

        Args:
            params: Selection settings. Wire name: ``PARAMS``.
            options: Extra output options. Wire name: ``OPTIONS``.

        Returns:
            list[ImopenlinesConfigList]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            result = client.imopenlines.config.list.get()
            result = await client.imopenlines.config.list.get()  # AsyncBitrix24
        """
        return cast(
            "list[_ImopenlinesConfigList]",
            self._backend._invoke(
                _IMOPENLINES_CONFIG_LIST_GET, {"PARAMS": params, "OPTIONS": options}
            ),
        )


class AsyncImopenlinesConfigList(Namespace):
    """Methods under ``imopenlines.config.list`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        params: ImopenlinesConfigListGetParams | NotGiven = NOT_GIVEN,
        options: ImopenlinesConfigListGetOptions | NotGiven = NOT_GIVEN,
    ) -> list[_ImopenlinesConfigList]:
        """List open channels with chosen fields, filter and sorting.

        REST method: ``imopenlines.config.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html

        Args:
            params: Selection settings. Wire name: ``PARAMS``.
            options: Extra output options. Wire name: ``OPTIONS``.

        Returns:
            list[ImopenlinesConfigList]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            result = client.imopenlines.config.list.get()
            result = await client.imopenlines.config.list.get()  # AsyncBitrix24
        """
        return cast(
            "list[_ImopenlinesConfigList]",
            await self._backend._invoke(
                _IMOPENLINES_CONFIG_LIST_GET, {"PARAMS": params, "OPTIONS": options}
            ),
        )


class BatchImopenlinesConfigList(Namespace):
    """Methods under ``imopenlines.config.list`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        params: ImopenlinesConfigListGetParams | Ref | NotGiven = NOT_GIVEN,
        options: ImopenlinesConfigListGetOptions | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_ImopenlinesConfigList]]:
        """List open channels with chosen fields, filter and sorting.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.config.list.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html

        Args:
            params: Selection settings. Wire name: ``PARAMS``.
            options: Extra output options. Wire name: ``OPTIONS``.

        Returns:
            BatchCommand[list[ImopenlinesConfigList]]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            command = batch.imopenlines.config.list.get()
        """
        return cast(
            "BatchCommand[list[_ImopenlinesConfigList]]",
            self._backend._invoke(
                _IMOPENLINES_CONFIG_LIST_GET, {"PARAMS": params, "OPTIONS": options}
            ),
        )


class ImopenlinesConfigPath(Namespace):
    """Methods under ``imopenlines.config.path``."""

    __slots__ = ()

    def get(self) -> _ImopenlinesConfigPath:
        """Return the address of the portal's public open channels page.

        REST method: ``imopenlines.config.path.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-path-get.html

        Returns:
            ImopenlinesConfigPath

        Example:
            result = client.imopenlines.config.path.get()
            result = await client.imopenlines.config.path.get()  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesConfigPath",
            self._backend._invoke(_IMOPENLINES_CONFIG_PATH_GET, {}),
        )


class AsyncImopenlinesConfigPath(Namespace):
    """Methods under ``imopenlines.config.path`` (async)."""

    __slots__ = ()

    async def get(self) -> _ImopenlinesConfigPath:
        """Return the address of the portal's public open channels page.

        REST method: ``imopenlines.config.path.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-path-get.html

        Returns:
            ImopenlinesConfigPath

        Example:
            result = client.imopenlines.config.path.get()
            result = await client.imopenlines.config.path.get()  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesConfigPath",
            await self._backend._invoke(_IMOPENLINES_CONFIG_PATH_GET, {}),
        )


class BatchImopenlinesConfigPath(Namespace):
    """Methods under ``imopenlines.config.path`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_ImopenlinesConfigPath]:
        """Return the address of the portal's public open channels page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.config.path.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-path-get.html

        Returns:
            BatchCommand[ImopenlinesConfigPath]

        Example:
            command = batch.imopenlines.config.path.get()
        """
        return cast(
            "BatchCommand[_ImopenlinesConfigPath]",
            self._backend._invoke(_IMOPENLINES_CONFIG_PATH_GET, {}),
        )
