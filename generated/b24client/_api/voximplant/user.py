"""Methods under ``voximplant.user``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.voximplant import VoximplantUser as _VoximplantUser

_VOXIMPLANT_USER_ACTIVATE_PHONE = MethodInfo(
    name="voximplant.user.activatePhone", idempotent=False, returns="integer", api=1
)
_VOXIMPLANT_USER_DEACTIVATE_PHONE = MethodInfo(
    name="voximplant.user.deactivatePhone", idempotent=False, returns="any", api=1
)
_VOXIMPLANT_USER_GET = MethodInfo(
    name="voximplant.user.get", idempotent=True, returns="any", api=1
)


class VoximplantUser(Namespace):
    """Methods under ``voximplant.user``."""

    __slots__ = ()

    def activate_phone(self, *, user_id: int) -> int:
        """Mark that an employee has a SIP phone device.

        Requires the User settings - Edit permission.

        REST method: ``voximplant.user.activatePhone``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-activate-phone.html

        Args:
            user_id: ID of the user, as returned by user.get. Wire name: ``USER_ID``.

        Returns:
            int

        Example:
            result = client.voximplant.user.activate_phone(user_id=1)
            result = await client.voximplant.user.activate_phone(user_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _VOXIMPLANT_USER_ACTIVATE_PHONE, {"USER_ID": user_id}
            ),
        )

    def deactivate_phone(self, *, user_id: int) -> Any:
        """Clear the flag that an employee has a SIP phone device.

        The documentation page is hidden and says the method does not work.

        REST method: ``voximplant.user.deactivatePhone``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-deactivate-phone.html

        Args:
            user_id: ID of the user, as returned by user.get. Wire name: ``USER_ID``.

        Returns:
            Any

        Example:
            result = client.voximplant.user.deactivate_phone(user_id=1)
            result = await client.voximplant.user.deactivate_phone(user_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _VOXIMPLANT_USER_DEACTIVATE_PHONE, {"USER_ID": user_id}
        )

    def get(self, *, user_id: Sequence[int]) -> list[_VoximplantUser]:
        """Get users' telephony settings: default line, SIP phone credentials, extension.

        Requires the User settings - Edit permission; apps need admin confirmation to call it.

        REST method: ``voximplant.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-get.html

        Args:
            user_id: ID of a user or a list of user IDs. Wire name: ``USER_ID``.

        Returns:
            list[VoximplantUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.user.get(user_id=[1])
            result = await client.voximplant.user.get(user_id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[_VoximplantUser]",
            self._backend._invoke(_VOXIMPLANT_USER_GET, {"USER_ID": user_id}),
        )


class AsyncVoximplantUser(Namespace):
    """Methods under ``voximplant.user`` (async)."""

    __slots__ = ()

    async def activate_phone(self, *, user_id: int) -> int:
        """Mark that an employee has a SIP phone device.

        Requires the User settings - Edit permission.

        REST method: ``voximplant.user.activatePhone``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-activate-phone.html

        Args:
            user_id: ID of the user, as returned by user.get. Wire name: ``USER_ID``.

        Returns:
            int

        Example:
            result = client.voximplant.user.activate_phone(user_id=1)
            result = await client.voximplant.user.activate_phone(user_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _VOXIMPLANT_USER_ACTIVATE_PHONE, {"USER_ID": user_id}
            ),
        )

    async def deactivate_phone(self, *, user_id: int) -> Any:
        """Clear the flag that an employee has a SIP phone device.

        The documentation page is hidden and says the method does not work.

        REST method: ``voximplant.user.deactivatePhone``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-deactivate-phone.html

        Args:
            user_id: ID of the user, as returned by user.get. Wire name: ``USER_ID``.

        Returns:
            Any

        Example:
            result = client.voximplant.user.deactivate_phone(user_id=1)
            result = await client.voximplant.user.deactivate_phone(user_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _VOXIMPLANT_USER_DEACTIVATE_PHONE, {"USER_ID": user_id}
        )

    async def get(self, *, user_id: Sequence[int]) -> list[_VoximplantUser]:
        """Get users' telephony settings: default line, SIP phone credentials, extension.

        Requires the User settings - Edit permission; apps need admin confirmation to call it.

        REST method: ``voximplant.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-get.html

        Args:
            user_id: ID of a user or a list of user IDs. Wire name: ``USER_ID``.

        Returns:
            list[VoximplantUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.user.get(user_id=[1])
            result = await client.voximplant.user.get(user_id=[1])  # AsyncBitrix24
        """
        return cast(
            "list[_VoximplantUser]",
            await self._backend._invoke(_VOXIMPLANT_USER_GET, {"USER_ID": user_id}),
        )


class BatchVoximplantUser(Namespace):
    """Methods under ``voximplant.user`` (queued into a batch)."""

    __slots__ = ()

    def activate_phone(self, *, user_id: int | Ref) -> BatchCommand[int]:
        """Mark that an employee has a SIP phone device.

        Requires the User settings - Edit permission.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.user.activatePhone``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-activate-phone.html

        Args:
            user_id: ID of the user, as returned by user.get. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.voximplant.user.activate_phone(user_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _VOXIMPLANT_USER_ACTIVATE_PHONE, {"USER_ID": user_id}
            ),
        )

    def deactivate_phone(self, *, user_id: int | Ref) -> BatchCommand[Any]:
        """Clear the flag that an employee has a SIP phone device.

        The documentation page is hidden and says the method does not work.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.user.deactivatePhone``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-deactivate-phone.html

        Args:
            user_id: ID of the user, as returned by user.get. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.voximplant.user.deactivate_phone(user_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _VOXIMPLANT_USER_DEACTIVATE_PHONE, {"USER_ID": user_id}
            ),
        )

    def get(
        self, *, user_id: Sequence[int] | Ref
    ) -> BatchCommand[list[_VoximplantUser]]:
        """Get users' telephony settings: default line, SIP phone credentials, extension.

        Requires the User settings - Edit permission; apps need admin confirmation to call it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/users/voximplant-user-get.html

        Args:
            user_id: ID of a user or a list of user IDs. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[list[VoximplantUser]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.user.get(user_id=[1])
        """
        return cast(
            "BatchCommand[list[_VoximplantUser]]",
            self._backend._invoke(_VOXIMPLANT_USER_GET, {"USER_ID": user_id}),
        )
