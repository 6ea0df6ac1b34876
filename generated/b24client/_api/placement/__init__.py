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
        """Bind placement.

        REST method: ``placement.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html

        Args:
            placement: Wire name: ``PLACEMENT``.
            handler: Wire name: ``HANDLER``.
            title: Wire name: ``TITLE``.
            description: Wire name: ``DESCRIPTION``.
            group_name: Wire name: ``GROUP_NAME``.
            lang_all: Wire name: ``LANG_ALL``.
            options: Wire name: ``OPTIONS``.
            user_id: Wire name: ``USER_ID``.

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
        """Get placement.

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
        """List placement entries.

        REST method: ``placement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-list.html

        Args:
            scope: Wire name: ``SCOPE``.
            full: Wire name: ``FULL``.

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
        """Unbind placement.

        REST method: ``placement.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-unbind.html

        Args:
            placement: Wire name: ``PLACEMENT``.
            handler: Wire name: ``HANDLER``.
            user_id: Wire name: ``USER_ID``.

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
        """Bind placement.

        REST method: ``placement.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html

        Args:
            placement: Wire name: ``PLACEMENT``.
            handler: Wire name: ``HANDLER``.
            title: Wire name: ``TITLE``.
            description: Wire name: ``DESCRIPTION``.
            group_name: Wire name: ``GROUP_NAME``.
            lang_all: Wire name: ``LANG_ALL``.
            options: Wire name: ``OPTIONS``.
            user_id: Wire name: ``USER_ID``.

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
        """Get placement.

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
        """List placement entries.

        REST method: ``placement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-list.html

        Args:
            scope: Wire name: ``SCOPE``.
            full: Wire name: ``FULL``.

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
        """Unbind placement.

        REST method: ``placement.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-unbind.html

        Args:
            placement: Wire name: ``PLACEMENT``.
            handler: Wire name: ``HANDLER``.
            user_id: Wire name: ``USER_ID``.

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
        """Bind placement.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html

        Args:
            placement: Wire name: ``PLACEMENT``.
            handler: Wire name: ``HANDLER``.
            title: Wire name: ``TITLE``.
            description: Wire name: ``DESCRIPTION``.
            group_name: Wire name: ``GROUP_NAME``.
            lang_all: Wire name: ``LANG_ALL``.
            options: Wire name: ``OPTIONS``.
            user_id: Wire name: ``USER_ID``.

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
        """Get placement.

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
        """List placement entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-list.html

        Args:
            scope: Wire name: ``SCOPE``.
            full: Wire name: ``FULL``.

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
        """Unbind placement.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``placement.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-unbind.html

        Args:
            placement: Wire name: ``PLACEMENT``.
            handler: Wire name: ``HANDLER``.
            user_id: Wire name: ``USER_ID``.

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
