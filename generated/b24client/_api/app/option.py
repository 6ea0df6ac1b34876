"""Methods under ``app.option``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.app import AppOption as _AppOption

_APP_OPTION_GET = MethodInfo(
    name="app.option.get", idempotent=True, returns="any", api=1
)
_APP_OPTION_SET = MethodInfo(
    name="app.option.set", idempotent=False, returns="boolean", api=1
)


class AppOption(Namespace):
    """Methods under ``app.option``."""

    __slots__ = ()

    def get(self, *, option: str | NotGiven = NOT_GIVEN) -> _AppOption | str:
        """Read values the application stored on the portal with app.option.set.

        REST method: ``app.option.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-get.html

        Args:
            option: Key of one stored value; without it, every stored value is returned.

        Returns:
            AppOption | str

        Example:
            result = client.app.option.get()
            result = await client.app.option.get()  # AsyncBitrix24
        """
        return cast(
            "_AppOption | str",
            self._backend._invoke(_APP_OPTION_GET, {"option": option}),
        )

    def set(self, *, options: dict[str, Any]) -> bool:
        """Store key-value settings for the application on the portal.

        New keys are added and existing keys overwritten.

        REST method: ``app.option.set``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-set.html

        Args:
            options: Values to store, keyed by setting name.

        Returns:
            bool

        Example:
            result = client.app.option.set(options={})
            result = await client.app.option.set(options={})  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_APP_OPTION_SET, {"options": options}))


class AsyncAppOption(Namespace):
    """Methods under ``app.option`` (async)."""

    __slots__ = ()

    async def get(self, *, option: str | NotGiven = NOT_GIVEN) -> _AppOption | str:
        """Read values the application stored on the portal with app.option.set.

        REST method: ``app.option.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-get.html

        Args:
            option: Key of one stored value; without it, every stored value is returned.

        Returns:
            AppOption | str

        Example:
            result = client.app.option.get()
            result = await client.app.option.get()  # AsyncBitrix24
        """
        return cast(
            "_AppOption | str",
            await self._backend._invoke(_APP_OPTION_GET, {"option": option}),
        )

    async def set(self, *, options: dict[str, Any]) -> bool:
        """Store key-value settings for the application on the portal.

        New keys are added and existing keys overwritten.

        REST method: ``app.option.set``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-set.html

        Args:
            options: Values to store, keyed by setting name.

        Returns:
            bool

        Example:
            result = client.app.option.set(options={})
            result = await client.app.option.set(options={})  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_APP_OPTION_SET, {"options": options})
        )


class BatchAppOption(Namespace):
    """Methods under ``app.option`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, option: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[_AppOption | str]:
        """Read values the application stored on the portal with app.option.set.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``app.option.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-get.html

        Args:
            option: Key of one stored value; without it, every stored value is returned.

        Returns:
            BatchCommand[AppOption | str]

        Example:
            command = batch.app.option.get()
        """
        return cast(
            "BatchCommand[_AppOption | str]",
            self._backend._invoke(_APP_OPTION_GET, {"option": option}),
        )

    def set(self, *, options: dict[str, Any] | Ref) -> BatchCommand[bool]:
        """Store key-value settings for the application on the portal.

        New keys are added and existing keys overwritten.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``app.option.set``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/app-option-set.html

        Args:
            options: Values to store, keyed by setting name.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.app.option.set(options={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_APP_OPTION_SET, {"options": options}),
        )
