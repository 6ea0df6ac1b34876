"""Methods under ``ai.engine``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.ai import AiEngine as _AiEngine, AiEngineRegisterSettings

_AI_ENGINE_LIST = MethodInfo(
    name="ai.engine.list", idempotent=True, returns="any", api=1
)
_AI_ENGINE_REGISTER = MethodInfo(
    name="ai.engine.register", idempotent=False, returns="integer", api=1
)
_AI_ENGINE_UNREGISTER = MethodInfo(
    name="ai.engine.unregister", idempotent=False, returns="boolean", api=1
)


class AiEngine(Namespace):
    """Methods under ``ai.engine``."""

    __slots__ = ()

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_AiEngine]:
        """List the custom AI services registered on the portal.

        Called from an OAuth application it shows only that application's services; a webhook can filter by any APP_CODE.

        REST method: ``ai.engine.list``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-list.html

        Args:
            filter: Filter by ID, APP_CODE, NAME, CODE, CATEGORY, COMPLETIONS_URL or DATE_CREATE; prefix a field with an operator such as ">=", "@", "%" or "!".
            limit: Maximum number of services to return.
            start: Offset of the first record, for paging.

        Returns:
            list[AiEngine]

        Example:
            result = client.ai.engine.list()
            result = await client.ai.engine.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_AiEngine]",
            self._backend._invoke(
                _AI_ENGINE_LIST, {"filter": filter, "limit": limit, "start": start}
            ),
        )

    def register(
        self,
        *,
        name: str,
        code: str,
        category: Literal["text", "image", "audio", "call"],
        completions_url: str,
        settings: AiEngineRegisterSettings | NotGiven = NOT_GIVEN,
    ) -> int:
        """Plug a custom AI provider (text, image, audio or call) into Bitrix24 CoPilot features.

        completions_url must answer HTTP 200 during the registration check and give its first reply within 5 seconds.
        Results go back to the callbackUrl sent with each request, before its ttl runs out; image requests should be handled asynchronously.

        REST method: ``ai.engine.register``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-register.html

        Args:
            name: Service name shown in the interface.
            code: Unique service code; only A-Z, a-z, 0-9, "-" and "_".
            category: Service category: "text", "image", "audio" or "call".
            completions_url: URL of your endpoint that receives the requests.
            settings: Extra service settings, a free-form object.

        Returns:
            int

        Example:
            result = client.ai.engine.register(name="Anna", code="example_code", category="text", completions_url="https://example.com/hook")
            result = await client.ai.engine.register(name="Anna", code="example_code", category="text", completions_url="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _AI_ENGINE_REGISTER,
                {
                    "name": name,
                    "code": code,
                    "category": category,
                    "completions_url": completions_url,
                    "settings": settings,
                },
            ),
        )

    def unregister(self, *, code: str | NotGiven = NOT_GIVEN) -> bool:
        """Remove a custom AI service registered by ai.engine.register.

        REST method: ``ai.engine.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-unregister.html

        Args:
            code: Code of the service to remove.

        Returns:
            bool

        Example:
            result = client.ai.engine.unregister()
            result = await client.ai.engine.unregister()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_AI_ENGINE_UNREGISTER, {"code": code}))


class AsyncAiEngine(Namespace):
    """Methods under ``ai.engine`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_AiEngine]:
        """List the custom AI services registered on the portal.

        Called from an OAuth application it shows only that application's services; a webhook can filter by any APP_CODE.

        REST method: ``ai.engine.list``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-list.html

        Args:
            filter: Filter by ID, APP_CODE, NAME, CODE, CATEGORY, COMPLETIONS_URL or DATE_CREATE; prefix a field with an operator such as ">=", "@", "%" or "!".
            limit: Maximum number of services to return.
            start: Offset of the first record, for paging.

        Returns:
            list[AiEngine]

        Example:
            result = client.ai.engine.list()
            result = await client.ai.engine.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_AiEngine]",
            await self._backend._invoke(
                _AI_ENGINE_LIST, {"filter": filter, "limit": limit, "start": start}
            ),
        )

    async def register(
        self,
        *,
        name: str,
        code: str,
        category: Literal["text", "image", "audio", "call"],
        completions_url: str,
        settings: AiEngineRegisterSettings | NotGiven = NOT_GIVEN,
    ) -> int:
        """Plug a custom AI provider (text, image, audio or call) into Bitrix24 CoPilot features.

        completions_url must answer HTTP 200 during the registration check and give its first reply within 5 seconds.
        Results go back to the callbackUrl sent with each request, before its ttl runs out; image requests should be handled asynchronously.

        REST method: ``ai.engine.register``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-register.html

        Args:
            name: Service name shown in the interface.
            code: Unique service code; only A-Z, a-z, 0-9, "-" and "_".
            category: Service category: "text", "image", "audio" or "call".
            completions_url: URL of your endpoint that receives the requests.
            settings: Extra service settings, a free-form object.

        Returns:
            int

        Example:
            result = client.ai.engine.register(name="Anna", code="example_code", category="text", completions_url="https://example.com/hook")
            result = await client.ai.engine.register(name="Anna", code="example_code", category="text", completions_url="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _AI_ENGINE_REGISTER,
                {
                    "name": name,
                    "code": code,
                    "category": category,
                    "completions_url": completions_url,
                    "settings": settings,
                },
            ),
        )

    async def unregister(self, *, code: str | NotGiven = NOT_GIVEN) -> bool:
        """Remove a custom AI service registered by ai.engine.register.

        REST method: ``ai.engine.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-unregister.html

        Args:
            code: Code of the service to remove.

        Returns:
            bool

        Example:
            result = client.ai.engine.unregister()
            result = await client.ai.engine.unregister()  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_AI_ENGINE_UNREGISTER, {"code": code})
        )


class BatchAiEngine(Namespace):
    """Methods under ``ai.engine`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_AiEngine]]:
        """List the custom AI services registered on the portal.

        Called from an OAuth application it shows only that application's services; a webhook can filter by any APP_CODE.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``ai.engine.list``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-list.html

        Args:
            filter: Filter by ID, APP_CODE, NAME, CODE, CATEGORY, COMPLETIONS_URL or DATE_CREATE; prefix a field with an operator such as ">=", "@", "%" or "!".
            limit: Maximum number of services to return.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[AiEngine]]

        Example:
            command = batch.ai.engine.list()
        """
        return cast(
            "BatchCommand[builtins.list[_AiEngine]]",
            self._backend._invoke(
                _AI_ENGINE_LIST, {"filter": filter, "limit": limit, "start": start}
            ),
        )

    def register(
        self,
        *,
        name: str | Ref,
        code: str | Ref,
        category: Literal["text", "image", "audio", "call"] | Ref,
        completions_url: str | Ref,
        settings: AiEngineRegisterSettings | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Plug a custom AI provider (text, image, audio or call) into Bitrix24 CoPilot features.

        completions_url must answer HTTP 200 during the registration check and give its first reply within 5 seconds.
        Results go back to the callbackUrl sent with each request, before its ttl runs out; image requests should be handled asynchronously.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``ai.engine.register``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-register.html

        Args:
            name: Service name shown in the interface.
            code: Unique service code; only A-Z, a-z, 0-9, "-" and "_".
            category: Service category: "text", "image", "audio" or "call".
            completions_url: URL of your endpoint that receives the requests.
            settings: Extra service settings, a free-form object.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.ai.engine.register(name="Anna", code="example_code", category="text", completions_url="https://example.com/hook")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _AI_ENGINE_REGISTER,
                {
                    "name": name,
                    "code": code,
                    "category": category,
                    "completions_url": completions_url,
                    "settings": settings,
                },
            ),
        )

    def unregister(
        self, *, code: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Remove a custom AI service registered by ai.engine.register.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``ai.engine.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/ai/ai-engine-unregister.html

        Args:
            code: Code of the service to remove.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.ai.engine.unregister()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_AI_ENGINE_UNREGISTER, {"code": code}),
        )
