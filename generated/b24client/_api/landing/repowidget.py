"""Methods under ``landing.repowidget``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingRepowidget as _LandingRepowidget,
        LandingRepowidgetGetlistParams,
        LandingRepowidgetRegisterFields,
    )

_LANDING_REPOWIDGET_DEBUG = MethodInfo(
    name="landing.repowidget.debug", idempotent=False, returns="boolean", api=1
)
_LANDING_REPOWIDGET_GETLIST = MethodInfo(
    name="landing.repowidget.getlist", idempotent=True, returns="any", api=1
)
_LANDING_REPOWIDGET_REGISTER = MethodInfo(
    name="landing.repowidget.register", idempotent=False, returns="integer", api=1
)
_LANDING_REPOWIDGET_UNREGISTER = MethodInfo(
    name="landing.repowidget.unregister", idempotent=False, returns="boolean", api=1
)


class LandingRepowidget(Namespace):
    """Methods under ``landing.repowidget``."""

    __slots__ = ()

    def debug(self, *, enable: bool | NotGiven = NOT_GIVEN) -> bool:
        """Switch debug mode for the application's Vibe widgets on or off.

        Debug mode makes the widgets' Vue apps report more errors in the browser console.

        REST method: ``landing.repowidget.debug``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-debug.html

        Args:
            enable: true turns debug mode on, false off.

        Returns:
            bool

        Example:
            result = client.landing.repowidget.debug()
            result = await client.landing.repowidget.debug()  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_LANDING_REPOWIDGET_DEBUG, {"enable": enable})
        )

    def getlist(
        self,
        *,
        params: LandingRepowidgetGetlistParams,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingRepowidget]:
        """List the Vibe widgets the application registered.

        REST method: ``landing.repowidget.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingRepowidget]

        Example:
            result = client.landing.repowidget.getlist(params={})
            result = await client.landing.repowidget.getlist(params={})  # AsyncBitrix24
        """
        return cast(
            "list[_LandingRepowidget]",
            self._backend._invoke(
                _LANDING_REPOWIDGET_GETLIST, {"params": params, "start": start}
            ),
        )

    def register(self, *, code: str, fields: LandingRepowidgetRegisterFields) -> int:
        """Add a Vibe widget (Vue-based dynamic block) to the library.

        Works only when the widget's handler URL is reachable from the internet.

        REST method: ``landing.repowidget.register``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-register.html

        Args:
            code: Unique widget code; a vendor prefix is advised.
            fields: Widget data.

        Returns:
            int

        Example:
            result = client.landing.repowidget.register(code="example_code", fields={"NAME": "Anna", "PREVIEW": "example", "CONTENT": "example", "SECTIONS": "example", "WIDGET_PARAMS": {"rootNode": "example", "handler": "https://example.com/hook", "demoData": {}}})
            result = await client.landing.repowidget.register(code="example_code", fields={"NAME": "Anna", "PREVIEW": "example", "CONTENT": "example", "SECTIONS": "example", "WIDGET_PARAMS": {"rootNode": "example", "handler": "https://example.com/hook", "demoData": {}}})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_REPOWIDGET_REGISTER, {"code": code, "fields": fields}
            ),
        )

    def unregister(self, *, code: str) -> bool:
        """Remove a Vibe widget by its code.

        REST method: ``landing.repowidget.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-unregister.html

        Args:
            code: Code of the widget to remove.

        Returns:
            bool

        Example:
            result = client.landing.repowidget.unregister(code="example_code")
            result = await client.landing.repowidget.unregister(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_LANDING_REPOWIDGET_UNREGISTER, {"code": code})
        )


class AsyncLandingRepowidget(Namespace):
    """Methods under ``landing.repowidget`` (async)."""

    __slots__ = ()

    async def debug(self, *, enable: bool | NotGiven = NOT_GIVEN) -> bool:
        """Switch debug mode for the application's Vibe widgets on or off.

        Debug mode makes the widgets' Vue apps report more errors in the browser console.

        REST method: ``landing.repowidget.debug``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-debug.html

        Args:
            enable: true turns debug mode on, false off.

        Returns:
            bool

        Example:
            result = client.landing.repowidget.debug()
            result = await client.landing.repowidget.debug()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_LANDING_REPOWIDGET_DEBUG, {"enable": enable}),
        )

    async def getlist(
        self,
        *,
        params: LandingRepowidgetGetlistParams,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingRepowidget]:
        """List the Vibe widgets the application registered.

        REST method: ``landing.repowidget.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingRepowidget]

        Example:
            result = client.landing.repowidget.getlist(params={})
            result = await client.landing.repowidget.getlist(params={})  # AsyncBitrix24
        """
        return cast(
            "list[_LandingRepowidget]",
            await self._backend._invoke(
                _LANDING_REPOWIDGET_GETLIST, {"params": params, "start": start}
            ),
        )

    async def register(
        self, *, code: str, fields: LandingRepowidgetRegisterFields
    ) -> int:
        """Add a Vibe widget (Vue-based dynamic block) to the library.

        Works only when the widget's handler URL is reachable from the internet.

        REST method: ``landing.repowidget.register``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-register.html

        Args:
            code: Unique widget code; a vendor prefix is advised.
            fields: Widget data.

        Returns:
            int

        Example:
            result = client.landing.repowidget.register(code="example_code", fields={"NAME": "Anna", "PREVIEW": "example", "CONTENT": "example", "SECTIONS": "example", "WIDGET_PARAMS": {"rootNode": "example", "handler": "https://example.com/hook", "demoData": {}}})
            result = await client.landing.repowidget.register(code="example_code", fields={"NAME": "Anna", "PREVIEW": "example", "CONTENT": "example", "SECTIONS": "example", "WIDGET_PARAMS": {"rootNode": "example", "handler": "https://example.com/hook", "demoData": {}}})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_REPOWIDGET_REGISTER, {"code": code, "fields": fields}
            ),
        )

    async def unregister(self, *, code: str) -> bool:
        """Remove a Vibe widget by its code.

        REST method: ``landing.repowidget.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-unregister.html

        Args:
            code: Code of the widget to remove.

        Returns:
            bool

        Example:
            result = client.landing.repowidget.unregister(code="example_code")
            result = await client.landing.repowidget.unregister(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_LANDING_REPOWIDGET_UNREGISTER, {"code": code}),
        )


class BatchLandingRepowidget(Namespace):
    """Methods under ``landing.repowidget`` (queued into a batch)."""

    __slots__ = ()

    def debug(self, *, enable: bool | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[bool]:
        """Switch debug mode for the application's Vibe widgets on or off.

        Debug mode makes the widgets' Vue apps report more errors in the browser console.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repowidget.debug``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-debug.html

        Args:
            enable: true turns debug mode on, false off.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.landing.repowidget.debug()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_REPOWIDGET_DEBUG, {"enable": enable}),
        )

    def getlist(
        self,
        *,
        params: LandingRepowidgetGetlistParams | Ref,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingRepowidget]]:
        """List the Vibe widgets the application registered.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repowidget.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingRepowidget]]

        Example:
            command = batch.landing.repowidget.getlist(params={})
        """
        return cast(
            "BatchCommand[list[_LandingRepowidget]]",
            self._backend._invoke(
                _LANDING_REPOWIDGET_GETLIST, {"params": params, "start": start}
            ),
        )

    def register(
        self, *, code: str | Ref, fields: LandingRepowidgetRegisterFields | Ref
    ) -> BatchCommand[int]:
        """Add a Vibe widget (Vue-based dynamic block) to the library.

        Works only when the widget's handler URL is reachable from the internet.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repowidget.register``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-register.html

        Args:
            code: Unique widget code; a vendor prefix is advised.
            fields: Widget data.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.landing.repowidget.register(code="example_code", fields={"NAME": "Anna", "PREVIEW": "example", "CONTENT": "example", "SECTIONS": "example", "WIDGET_PARAMS": {"rootNode": "example", "handler": "https://example.com/hook", "demoData": {}}})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_REPOWIDGET_REGISTER, {"code": code, "fields": fields}
            ),
        )

    def unregister(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove a Vibe widget by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repowidget.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-unregister.html

        Args:
            code: Code of the widget to remove.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.landing.repowidget.unregister(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_REPOWIDGET_UNREGISTER, {"code": code}),
        )
