"""Methods under ``user.option``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.user import UserOption as _UserOption

_USER_OPTION_GET = MethodInfo(
    name="user.option.get", idempotent=True, returns="any", api=1
)
_USER_OPTION_SET = MethodInfo(
    name="user.option.set", idempotent=False, returns="boolean", api=1
)


class UserOption(Namespace):
    """Methods under ``user.option``."""

    __slots__ = ()

    def get(self, *, option: str | NotGiven = NOT_GIVEN) -> _UserOption | str:
        """Read data the application stored for the current user, one key or all of them.

        REST method: ``user.option.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-get.html

        Args:
            option: Key saved earlier with user.option.set; leave out to get all saved keys.

        Returns:
            UserOption | str

        Example:
            result = client.user.option.get()
            result = await client.user.option.get()  # AsyncBitrix24
        """
        return cast(
            "_UserOption | str",
            self._backend._invoke(_USER_OPTION_GET, {"option": option}),
        )

    def set(self, *, options: dict[str, Any]) -> bool:
        """Store application data for the current user under named keys; new keys are added, existing ones overwritten.

        REST method: ``user.option.set``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-set.html

        Args:
            options: Data to store as {"key": "value"}.

        Returns:
            bool

        Example:
            result = client.user.option.set(options={})
            result = await client.user.option.set(options={})  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_USER_OPTION_SET, {"options": options}))


class AsyncUserOption(Namespace):
    """Methods under ``user.option`` (async)."""

    __slots__ = ()

    async def get(self, *, option: str | NotGiven = NOT_GIVEN) -> _UserOption | str:
        """Read data the application stored for the current user, one key or all of them.

        REST method: ``user.option.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-get.html

        Args:
            option: Key saved earlier with user.option.set; leave out to get all saved keys.

        Returns:
            UserOption | str

        Example:
            result = client.user.option.get()
            result = await client.user.option.get()  # AsyncBitrix24
        """
        return cast(
            "_UserOption | str",
            await self._backend._invoke(_USER_OPTION_GET, {"option": option}),
        )

    async def set(self, *, options: dict[str, Any]) -> bool:
        """Store application data for the current user under named keys; new keys are added, existing ones overwritten.

        REST method: ``user.option.set``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-set.html

        Args:
            options: Data to store as {"key": "value"}.

        Returns:
            bool

        Example:
            result = client.user.option.set(options={})
            result = await client.user.option.set(options={})  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_USER_OPTION_SET, {"options": options})
        )


class BatchUserOption(Namespace):
    """Methods under ``user.option`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, option: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[_UserOption | str]:
        """Read data the application stored for the current user, one key or all of them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.option.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-get.html

        Args:
            option: Key saved earlier with user.option.set; leave out to get all saved keys.

        Returns:
            BatchCommand[UserOption | str]

        Example:
            command = batch.user.option.get()
        """
        return cast(
            "BatchCommand[_UserOption | str]",
            self._backend._invoke(_USER_OPTION_GET, {"option": option}),
        )

    def set(self, *, options: dict[str, Any] | Ref) -> BatchCommand[bool]:
        """Store application data for the current user under named keys; new keys are added, existing ones overwritten.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.option.set``
        Docs: https://apidocs.bitrix24.com/api-reference/common/settings/user-option-set.html

        Args:
            options: Data to store as {"key": "value"}.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.user.option.set(options={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_USER_OPTION_SET, {"options": options}),
        )
