"""Methods under ``pull.application``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.pull import PullApplicationConfig as _PullApplicationConfig

_PULL_APPLICATION_CONFIG_GET = MethodInfo(
    name="pull.application.config.get", idempotent=True, returns="any", api=1
)
_PULL_APPLICATION_EVENT_ADD = MethodInfo(
    name="pull.application.event.add", idempotent=False, returns="boolean", api=1
)
_PULL_APPLICATION_PUSH_ADD = MethodInfo(
    name="pull.application.push.add", idempotent=False, returns="boolean", api=1
)


class PullApplication(Namespace):
    """Methods under ``pull.application``."""

    __slots__ = ()

    @property
    def config(self) -> PullApplicationConfig:
        """Methods under ``pull.application.config``."""
        return PullApplicationConfig(self._backend)

    @property
    def event(self) -> PullApplicationEvent:
        """Methods under ``pull.application.event``."""
        return PullApplicationEvent(self._backend)

    @property
    def push(self) -> PullApplicationPush:
        """Methods under ``pull.application.push``."""
        return PullApplicationPush(self._backend)


class AsyncPullApplication(Namespace):
    """Methods under ``pull.application`` (async)."""

    __slots__ = ()

    @property
    def config(self) -> AsyncPullApplicationConfig:
        """Methods under ``pull.application.config``."""
        return AsyncPullApplicationConfig(self._backend)

    @property
    def event(self) -> AsyncPullApplicationEvent:
        """Methods under ``pull.application.event``."""
        return AsyncPullApplicationEvent(self._backend)

    @property
    def push(self) -> AsyncPullApplicationPush:
        """Methods under ``pull.application.push``."""
        return AsyncPullApplicationPush(self._backend)


class BatchPullApplication(Namespace):
    """Methods under ``pull.application`` (queued into a batch)."""

    __slots__ = ()

    @property
    def config(self) -> BatchPullApplicationConfig:
        """Methods under ``pull.application.config``."""
        return BatchPullApplicationConfig(self._backend)

    @property
    def event(self) -> BatchPullApplicationEvent:
        """Methods under ``pull.application.event``."""
        return BatchPullApplicationEvent(self._backend)

    @property
    def push(self) -> BatchPullApplicationPush:
        """Methods under ``pull.application.push``."""
        return BatchPullApplicationPush(self._backend)


class PullApplicationConfig(Namespace):
    """Methods under ``pull.application.config``."""

    __slots__ = ()

    def get(
        self, *, cache: bool | NotGiven = NOT_GIVEN, reopen: bool | NotGiven = NOT_GIVEN
    ) -> _PullApplicationConfig:
        """Get the Push&Pull server connection settings for the application's real-time channels.

        Works only in application context. The set of returned fields depends on the Push&Pull server setup.

        REST method: ``pull.application.config.get``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-config-get.html

        Args:
            cache: \"Y" (default) uses cached data, "N" bypasses the cache. Wire name: ``CACHE``.
            reopen: \"Y" (default) renews expired channels, "N" does not. Wire name: ``REOPEN``.

        Returns:
            PullApplicationConfig

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.pull.application.config.get()
            result = await client.pull.application.config.get()  # AsyncBitrix24
        """
        return cast(
            "_PullApplicationConfig",
            self._backend._invoke(
                _PULL_APPLICATION_CONFIG_GET,
                {"CACHE": yes_no(cache), "REOPEN": yes_no(reopen)},
            ),
        )


class AsyncPullApplicationConfig(Namespace):
    """Methods under ``pull.application.config`` (async)."""

    __slots__ = ()

    async def get(
        self, *, cache: bool | NotGiven = NOT_GIVEN, reopen: bool | NotGiven = NOT_GIVEN
    ) -> _PullApplicationConfig:
        """Get the Push&Pull server connection settings for the application's real-time channels.

        Works only in application context. The set of returned fields depends on the Push&Pull server setup.

        REST method: ``pull.application.config.get``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-config-get.html

        Args:
            cache: \"Y" (default) uses cached data, "N" bypasses the cache. Wire name: ``CACHE``.
            reopen: \"Y" (default) renews expired channels, "N" does not. Wire name: ``REOPEN``.

        Returns:
            PullApplicationConfig

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.pull.application.config.get()
            result = await client.pull.application.config.get()  # AsyncBitrix24
        """
        return cast(
            "_PullApplicationConfig",
            await self._backend._invoke(
                _PULL_APPLICATION_CONFIG_GET,
                {"CACHE": yes_no(cache), "REOPEN": yes_no(reopen)},
            ),
        )


class BatchPullApplicationConfig(Namespace):
    """Methods under ``pull.application.config`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        cache: bool | Ref | NotGiven = NOT_GIVEN,
        reopen: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_PullApplicationConfig]:
        """Get the Push&Pull server connection settings for the application's real-time channels.

        Works only in application context. The set of returned fields depends on the Push&Pull server setup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``pull.application.config.get``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-config-get.html

        Args:
            cache: \"Y" (default) uses cached data, "N" bypasses the cache. Wire name: ``CACHE``.
            reopen: \"Y" (default) renews expired channels, "N" does not. Wire name: ``REOPEN``.

        Returns:
            BatchCommand[PullApplicationConfig]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.pull.application.config.get()
        """
        return cast(
            "BatchCommand[_PullApplicationConfig]",
            self._backend._invoke(
                _PULL_APPLICATION_CONFIG_GET,
                {"CACHE": yes_no(cache), "REOPEN": yes_no(reopen)},
            ),
        )


class PullApplicationEvent(Namespace):
    """Methods under ``pull.application.event``."""

    __slots__ = ()

    def add(
        self,
        *,
        command: str,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        user_id: int | Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Push a custom real-time event into the application's channel for chosen users or everyone.

        Works only in application context. A user without admin rights may address only themselves.

        REST method: ``pull.application.event.add``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-event-add.html

        Args:
            command: Event command name, any value made of A-Z, a-z, 0-9, "_", ":", "|", ".", "-". Wire name: ``COMMAND``.
            params: Event payload as free-form name/value pairs. Wire name: ``PARAMS``.
            module_id: Module ID of the event (a-z, 0-9, ".", "_"); default "application". Wire name: ``MODULE_ID``.
            user_id: ID of a user, or a list of IDs, to receive the event; without it the event goes to the shared channel. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.pull.application.event.add(command="example")
            result = await client.pull.application.event.add(command="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _PULL_APPLICATION_EVENT_ADD,
                {
                    "COMMAND": command,
                    "PARAMS": params,
                    "MODULE_ID": module_id,
                    "USER_ID": user_id,
                },
            ),
        )


class AsyncPullApplicationEvent(Namespace):
    """Methods under ``pull.application.event`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        command: str,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        module_id: str | NotGiven = NOT_GIVEN,
        user_id: int | Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Push a custom real-time event into the application's channel for chosen users or everyone.

        Works only in application context. A user without admin rights may address only themselves.

        REST method: ``pull.application.event.add``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-event-add.html

        Args:
            command: Event command name, any value made of A-Z, a-z, 0-9, "_", ":", "|", ".", "-". Wire name: ``COMMAND``.
            params: Event payload as free-form name/value pairs. Wire name: ``PARAMS``.
            module_id: Module ID of the event (a-z, 0-9, ".", "_"); default "application". Wire name: ``MODULE_ID``.
            user_id: ID of a user, or a list of IDs, to receive the event; without it the event goes to the shared channel. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.pull.application.event.add(command="example")
            result = await client.pull.application.event.add(command="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _PULL_APPLICATION_EVENT_ADD,
                {
                    "COMMAND": command,
                    "PARAMS": params,
                    "MODULE_ID": module_id,
                    "USER_ID": user_id,
                },
            ),
        )


class BatchPullApplicationEvent(Namespace):
    """Methods under ``pull.application.event`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        command: str | Ref,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        module_id: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Sequence[int] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Push a custom real-time event into the application's channel for chosen users or everyone.

        Works only in application context. A user without admin rights may address only themselves.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``pull.application.event.add``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-event-add.html

        Args:
            command: Event command name, any value made of A-Z, a-z, 0-9, "_", ":", "|", ".", "-". Wire name: ``COMMAND``.
            params: Event payload as free-form name/value pairs. Wire name: ``PARAMS``.
            module_id: Module ID of the event (a-z, 0-9, ".", "_"); default "application". Wire name: ``MODULE_ID``.
            user_id: ID of a user, or a list of IDs, to receive the event; without it the event goes to the shared channel. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.pull.application.event.add(command="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _PULL_APPLICATION_EVENT_ADD,
                {
                    "COMMAND": command,
                    "PARAMS": params,
                    "MODULE_ID": module_id,
                    "USER_ID": user_id,
                },
            ),
        )


class PullApplicationPush(Namespace):
    """Methods under ``pull.application.push``."""

    __slots__ = ()

    def add(
        self,
        *,
        user_id: int | Sequence[int],
        text: str,
        avatar: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send a push notification to users' mobile devices on behalf of the application.

        Works only in application context.

        REST method: ``pull.application.push.add``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-push-add.html

        Args:
            user_id: ID of the recipient user, or a list of user IDs. Wire name: ``USER_ID``.
            text: Notification text. Wire name: ``TEXT``.
            avatar: URL of the image shown with the notification. Wire name: ``AVATAR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_ERROR``.

        Example:
            result = client.pull.application.push.add(user_id=1, text="Please call back after 3 pm.")
            result = await client.pull.application.push.add(user_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _PULL_APPLICATION_PUSH_ADD,
                {"USER_ID": user_id, "TEXT": text, "AVATAR": avatar},
            ),
        )


class AsyncPullApplicationPush(Namespace):
    """Methods under ``pull.application.push`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        user_id: int | Sequence[int],
        text: str,
        avatar: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send a push notification to users' mobile devices on behalf of the application.

        Works only in application context.

        REST method: ``pull.application.push.add``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-push-add.html

        Args:
            user_id: ID of the recipient user, or a list of user IDs. Wire name: ``USER_ID``.
            text: Notification text. Wire name: ``TEXT``.
            avatar: URL of the image shown with the notification. Wire name: ``AVATAR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_ERROR``.

        Example:
            result = client.pull.application.push.add(user_id=1, text="Please call back after 3 pm.")
            result = await client.pull.application.push.add(user_id=1, text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _PULL_APPLICATION_PUSH_ADD,
                {"USER_ID": user_id, "TEXT": text, "AVATAR": avatar},
            ),
        )


class BatchPullApplicationPush(Namespace):
    """Methods under ``pull.application.push`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        user_id: int | Sequence[int] | Ref,
        text: str | Ref,
        avatar: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Send a push notification to users' mobile devices on behalf of the application.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``pull.application.push.add``
        Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-push-add.html

        Args:
            user_id: ID of the recipient user, or a list of user IDs. Wire name: ``USER_ID``.
            text: Notification text. Wire name: ``TEXT``.
            avatar: URL of the image shown with the notification. Wire name: ``AVATAR``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_ERROR``.

        Example:
            command = batch.pull.application.push.add(user_id=1, text="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _PULL_APPLICATION_PUSH_ADD,
                {"USER_ID": user_id, "TEXT": text, "AVATAR": avatar},
            ),
        )
