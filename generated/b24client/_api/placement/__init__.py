"""Methods under ``placement``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.placement import Placement as _Placement, PlacementUnbindResult

_PLACEMENT_BIND = MethodInfo(
    name="placement.bind", idempotent=False, returns="boolean", api=1
)
_PLACEMENT_GET = MethodInfo(name="placement.get", idempotent=True, returns="any", api=1)
_PLACEMENT_LIST = MethodInfo(
    name="placement.list", idempotent=True, returns="any", api=1
)
_PLACEMENT_UNBIND = MethodInfo(
    name="placement.unbind", idempotent=False, returns="any", api=1
)


class Placement(Namespace):
    """Methods under ``placement``."""

    __slots__ = ()

    def bind(
        self,
        *,
        placement: str,
        handler: str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        group_name: str | NotGiven = NOT_GIVEN,
        lang_all: dict[str, Any] | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register an application widget handler at an embedding point of the Bitrix24 interface.

        Usually called during installation; widgets stay hidden from everyone, admins included, until the
        installation is finished.

        REST method: ``placement.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html

        Args:
            placement: Code of the embedding point, as listed by placement.list. Wire name: ``PLACEMENT``.
            handler: URL of the widget handler. Wire name: ``HANDLER``.
            title: Widget name in the interface, such as a tab or menu item caption. Wire name: ``TITLE``.
            description: Widget description; not used in practice. Wire name: ``DESCRIPTION``.
            group_name: Group caption that joins several handlers of the same widget kind, such as items of one drop-down menu. Wire name: ``GROUP_NAME``.
            lang_all: TITLE, DESCRIPTION and GROUP_NAME per language code, shown to users with that interface language. Wire name: ``LANG_ALL``.
            options: Extra display settings; their set depends on the embedding point. Wire name: ``OPTIONS``.
            user_id: ID of the only user who gets the widget; supported only by PAGE_BACKGROUND_WORKER. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.placement.bind(placement="example", handler="https://example.com/hook")
            result = await client.placement.bind(placement="example", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _PLACEMENT_BIND,
                {
                    "PLACEMENT": placement,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "GROUP_NAME": group_name,
                    "LANG_ALL": lang_all,
                    "OPTIONS": options,
                    "USER_ID": user_id,
                },
            ),
        )

    def get(self) -> builtins.list[_Placement]:
        """List the widget handlers the application has registered, with their embedding points.

        REST method: ``placement.get``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-get.html

        Returns:
            list[Placement]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.placement.get()
            result = await client.placement.get()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_Placement]", self._backend._invoke(_PLACEMENT_GET, {})
        )

    def list(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        full: bool | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:
        """List the embedding point codes where the application can place widgets.

        Works only in application context.

        REST method: ``placement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-list.html

        Args:
            scope: Permission code; only its embedding points are returned. Wire name: ``SCOPE``.
            full: true returns points of every scope; by default only the app's scopes and global points. Ignored when SCOPE is given. Wire name: ``FULL``.
            start: Offset of the first record, for paging.

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.placement.list()
            result = await client.placement.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            self._backend._invoke(
                _PLACEMENT_LIST, {"SCOPE": scope, "FULL": full, "start": start}
            ),
        )

    def unbind(
        self,
        *,
        placement: str,
        handler: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> PlacementUnbindResult:
        """Remove one or all of the application's widget handlers from an embedding point.

        Works only in application context.

        REST method: ``placement.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-unbind.html

        Args:
            placement: Code of the embedding point. Wire name: ``PLACEMENT``.
            handler: URL of the handler to remove; empty removes every handler the app has at this point. Wire name: ``HANDLER``.
            user_id: ID of the user the handler was registered for; only that user's handlers are removed. Wire name: ``USER_ID``.

        Returns:
            PlacementUnbindResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.placement.unbind(placement="example")
            result = await client.placement.unbind(placement="example")  # AsyncBitrix24
        """
        return cast(
            "PlacementUnbindResult",
            self._backend._invoke(
                _PLACEMENT_UNBIND,
                {"PLACEMENT": placement, "HANDLER": handler, "USER_ID": user_id},
            ),
        )


class AsyncPlacement(Namespace):
    """Methods under ``placement`` (async)."""

    __slots__ = ()

    async def bind(
        self,
        *,
        placement: str,
        handler: str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        group_name: str | NotGiven = NOT_GIVEN,
        lang_all: dict[str, Any] | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register an application widget handler at an embedding point of the Bitrix24 interface.

        Usually called during installation; widgets stay hidden from everyone, admins included, until the
        installation is finished.

        REST method: ``placement.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html

        Args:
            placement: Code of the embedding point, as listed by placement.list. Wire name: ``PLACEMENT``.
            handler: URL of the widget handler. Wire name: ``HANDLER``.
            title: Widget name in the interface, such as a tab or menu item caption. Wire name: ``TITLE``.
            description: Widget description; not used in practice. Wire name: ``DESCRIPTION``.
            group_name: Group caption that joins several handlers of the same widget kind, such as items of one drop-down menu. Wire name: ``GROUP_NAME``.
            lang_all: TITLE, DESCRIPTION and GROUP_NAME per language code, shown to users with that interface language. Wire name: ``LANG_ALL``.
            options: Extra display settings; their set depends on the embedding point. Wire name: ``OPTIONS``.
            user_id: ID of the only user who gets the widget; supported only by PAGE_BACKGROUND_WORKER. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.placement.bind(placement="example", handler="https://example.com/hook")
            result = await client.placement.bind(placement="example", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _PLACEMENT_BIND,
                {
                    "PLACEMENT": placement,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "GROUP_NAME": group_name,
                    "LANG_ALL": lang_all,
                    "OPTIONS": options,
                    "USER_ID": user_id,
                },
            ),
        )

    async def get(self) -> builtins.list[_Placement]:
        """List the widget handlers the application has registered, with their embedding points.

        REST method: ``placement.get``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-get.html

        Returns:
            list[Placement]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.placement.get()
            result = await client.placement.get()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_Placement]", await self._backend._invoke(_PLACEMENT_GET, {})
        )

    async def list(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        full: bool | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:
        """List the embedding point codes where the application can place widgets.

        Works only in application context.

        REST method: ``placement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-list.html

        Args:
            scope: Permission code; only its embedding points are returned. Wire name: ``SCOPE``.
            full: true returns points of every scope; by default only the app's scopes and global points. Ignored when SCOPE is given. Wire name: ``FULL``.
            start: Offset of the first record, for paging.

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.placement.list()
            result = await client.placement.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            await self._backend._invoke(
                _PLACEMENT_LIST, {"SCOPE": scope, "FULL": full, "start": start}
            ),
        )

    async def unbind(
        self,
        *,
        placement: str,
        handler: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> PlacementUnbindResult:
        """Remove one or all of the application's widget handlers from an embedding point.

        Works only in application context.

        REST method: ``placement.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-unbind.html

        Args:
            placement: Code of the embedding point. Wire name: ``PLACEMENT``.
            handler: URL of the handler to remove; empty removes every handler the app has at this point. Wire name: ``HANDLER``.
            user_id: ID of the user the handler was registered for; only that user's handlers are removed. Wire name: ``USER_ID``.

        Returns:
            PlacementUnbindResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.placement.unbind(placement="example")
            result = await client.placement.unbind(placement="example")  # AsyncBitrix24
        """
        return cast(
            "PlacementUnbindResult",
            await self._backend._invoke(
                _PLACEMENT_UNBIND,
                {"PLACEMENT": placement, "HANDLER": handler, "USER_ID": user_id},
            ),
        )


class BatchPlacement(Namespace):
    """Methods under ``placement`` (queued into a batch)."""

    __slots__ = ()

    def bind(
        self,
        *,
        placement: str | Ref,
        handler: str | Ref,
        title: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        group_name: str | Ref | NotGiven = NOT_GIVEN,
        lang_all: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Register an application widget handler at an embedding point of the Bitrix24 interface.

        Usually called during installation; widgets stay hidden from everyone, admins included, until the
        installation is finished.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html

        Args:
            placement: Code of the embedding point, as listed by placement.list. Wire name: ``PLACEMENT``.
            handler: URL of the widget handler. Wire name: ``HANDLER``.
            title: Widget name in the interface, such as a tab or menu item caption. Wire name: ``TITLE``.
            description: Widget description; not used in practice. Wire name: ``DESCRIPTION``.
            group_name: Group caption that joins several handlers of the same widget kind, such as items of one drop-down menu. Wire name: ``GROUP_NAME``.
            lang_all: TITLE, DESCRIPTION and GROUP_NAME per language code, shown to users with that interface language. Wire name: ``LANG_ALL``.
            options: Extra display settings; their set depends on the embedding point. Wire name: ``OPTIONS``.
            user_id: ID of the only user who gets the widget; supported only by PAGE_BACKGROUND_WORKER. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.placement.bind(placement="example", handler="https://example.com/hook")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _PLACEMENT_BIND,
                {
                    "PLACEMENT": placement,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "GROUP_NAME": group_name,
                    "LANG_ALL": lang_all,
                    "OPTIONS": options,
                    "USER_ID": user_id,
                },
            ),
        )

    def get(self) -> BatchCommand[builtins.list[_Placement]]:
        """List the widget handlers the application has registered, with their embedding points.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.get``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-get.html

        Returns:
            BatchCommand[list[Placement]]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.placement.get()
        """
        return cast(
            "BatchCommand[builtins.list[_Placement]]",
            self._backend._invoke(_PLACEMENT_GET, {}),
        )

    def list(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        full: bool | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[str]]:
        """List the embedding point codes where the application can place widgets.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-list.html

        Args:
            scope: Permission code; only its embedding points are returned. Wire name: ``SCOPE``.
            full: true returns points of every scope; by default only the app's scopes and global points. Ignored when SCOPE is given. Wire name: ``FULL``.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[str]]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.placement.list()
        """
        return cast(
            "BatchCommand[builtins.list[str]]",
            self._backend._invoke(
                _PLACEMENT_LIST, {"SCOPE": scope, "FULL": full, "start": start}
            ),
        )

    def unbind(
        self,
        *,
        placement: str | Ref,
        handler: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[PlacementUnbindResult]:
        """Remove one or all of the application's widget handlers from an embedding point.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-unbind.html

        Args:
            placement: Code of the embedding point. Wire name: ``PLACEMENT``.
            handler: URL of the handler to remove; empty removes every handler the app has at this point. Wire name: ``HANDLER``.
            user_id: ID of the user the handler was registered for; only that user's handlers are removed. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[PlacementUnbindResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            command = batch.placement.unbind(placement="example")
        """
        return cast(
            "BatchCommand[PlacementUnbindResult]",
            self._backend._invoke(
                _PLACEMENT_UNBIND,
                {"PLACEMENT": placement, "HANDLER": handler, "USER_ID": user_id},
            ),
        )
