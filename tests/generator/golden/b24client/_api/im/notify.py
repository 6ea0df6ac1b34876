"""Methods under ``im.notify``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

_IM_NOTIFY = MethodInfo(name="im.notify", idempotent=False, returns="integer", api=1)
_IM_NOTIFY_READ = MethodInfo(
    name="im.notify.read", idempotent=False, returns="boolean", api=1
)


class ImNotify(Namespace):
    """Methods under ``im.notify``."""

    __slots__ = ()

    def __call__(
        self,
        *,
        to: int,
        message: str,
        type: Literal["USER", "SYSTEM"] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a notification (the older form of im.notify.personal.add).

        REST method: ``im.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html

        Returns:
            int

        Example:
            result = client.im.notify(to=1, message="Please call back after 3 pm.")
            result = await client.im.notify(to=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IM_NOTIFY, {"to": to, "message": message, "type": type}
            ),
        )

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        only_current: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark notifications as read.

        REST method: ``im.notify.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html

        Returns:
            bool

        Example:
            result = client.im.notify.read()
            result = await client.im.notify.read()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_NOTIFY_READ, {"id": id, "only_current": yes_no(only_current)}
            ),
        )


class AsyncImNotify(Namespace):
    """Methods under ``im.notify`` (async)."""

    __slots__ = ()

    async def __call__(
        self,
        *,
        to: int,
        message: str,
        type: Literal["USER", "SYSTEM"] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a notification (the older form of im.notify.personal.add).

        REST method: ``im.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html

        Returns:
            int

        Example:
            result = client.im.notify(to=1, message="Please call back after 3 pm.")
            result = await client.im.notify(to=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IM_NOTIFY, {"to": to, "message": message, "type": type}
            ),
        )

    async def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        only_current: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark notifications as read.

        REST method: ``im.notify.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html

        Returns:
            bool

        Example:
            result = client.im.notify.read()
            result = await client.im.notify.read()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_NOTIFY_READ, {"id": id, "only_current": yes_no(only_current)}
            ),
        )


class BatchImNotify(Namespace):
    """Methods under ``im.notify`` (queued into a batch)."""

    __slots__ = ()

    def __call__(
        self,
        *,
        to: int | Ref,
        message: str | Ref,
        type: Literal["USER", "SYSTEM"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Send a notification (the older form of im.notify.personal.add).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html

        Returns:
            BatchCommand[int]

        Example:
            command = batch.im.notify(to=1, message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IM_NOTIFY, {"to": to, "message": message, "type": type}
            ),
        )

    def read(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        only_current: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Mark notifications as read.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.notify.read()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_NOTIFY_READ, {"id": id, "only_current": yes_no(only_current)}
            ),
        )
