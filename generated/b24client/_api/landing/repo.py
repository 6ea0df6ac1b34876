"""Methods under ``landing.repo``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingRepo as _LandingRepo,
        LandingRepoCheckContentResult,
        LandingRepoGetListParams,
        LandingRepoRegisterFields,
    )

_LANDING_REPO_CHECK_CONTENT = MethodInfo(
    name="landing.repo.checkContent", idempotent=False, returns="any", api=1
)
_LANDING_REPO_GET_LIST = MethodInfo(
    name="landing.repo.getList", idempotent=True, returns="any", api=1
)
_LANDING_REPO_REGISTER = MethodInfo(
    name="landing.repo.register", idempotent=False, returns="integer", api=1
)
_LANDING_REPO_UNBIND = MethodInfo(
    name="landing.repo.unbind", idempotent=False, returns="boolean", api=1
)
_LANDING_REPO_UNREGISTER = MethodInfo(
    name="landing.repo.unregister", idempotent=False, returns="boolean", api=1
)


class LandingRepo(Namespace):
    """Methods under ``landing.repo``."""

    __slots__ = ()

    def check_content(
        self, *, content: str, splitter: str | NotGiven = NOT_GIVEN
    ) -> LandingRepoCheckContentResult:
        """Check block HTML for unsafe fragments and return the cleaned copy.

        REST method: ``landing.repo.checkContent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-check-content.html

        Args:
            content: HTML to check.
            splitter: Marker placed around unsafe fragments (default "#SANITIZE#").

        Returns:
            LandingRepoCheckContentResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.check_content(content="example")
            result = await client.landing.repo.check_content(content="example")  # AsyncBitrix24
        """
        return cast(
            "LandingRepoCheckContentResult",
            self._backend._invoke(
                _LANDING_REPO_CHECK_CONTENT, {"content": content, "splitter": splitter}
            ),
        )

    def get_list(
        self,
        *,
        params: LandingRepoGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingRepo]:
        """List the custom blocks registered in the block library.

        REST method: ``landing.repo.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingRepo]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.get_list()
            result = await client.landing.repo.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingRepo]",
            self._backend._invoke(
                _LANDING_REPO_GET_LIST, {"params": params, "start": start}
            ),
        )

    def register(
        self,
        *,
        code: str,
        fields: LandingRepoRegisterFields,
        manifest: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a custom block to the library, or update it by code.

        REST method: ``landing.repo.register``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-register.html

        Args:
            code: Unique block code; registering the same code again updates the block.
            fields: Block data.
            manifest: Block manifest describing editable nodes, styles and cards.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.register(code="example_code", fields={"NAME": "Anna", "CONTENT": "example", "SECTIONS": "example", "PREVIEW": "example"})
            result = await client.landing.repo.register(code="example_code", fields={"NAME": "Anna", "CONTENT": "example", "SECTIONS": "example", "PREVIEW": "example"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_REPO_REGISTER,
                {"code": code, "fields": fields, "manifest": manifest},
            ),
        )

    def unbind(self, *, code: str, handler: str | NotGiven = NOT_GIVEN) -> bool:
        """Remove an embedding (placement) of the application in the site builder.

        REST method: ``landing.repo.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/landing-repo-unbind.html

        Args:
            code: Code of the placement, such as "LANDING_SETTINGS".
            handler: Handler URL given when the placement was bound.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.repo.unbind(code="example_code")
            result = await client.landing.repo.unbind(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_REPO_UNBIND, {"code": code, "handler": handler}
            ),
        )

    def unregister(self, *, code: str) -> bool:
        """Remove a custom block from the library by its code.

        REST method: ``landing.repo.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-unregister.html

        Args:
            code: External code (XML_ID) of the block to remove.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.unregister(code="example_code")
            result = await client.landing.repo.unregister(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_LANDING_REPO_UNREGISTER, {"code": code})
        )


class AsyncLandingRepo(Namespace):
    """Methods under ``landing.repo`` (async)."""

    __slots__ = ()

    async def check_content(
        self, *, content: str, splitter: str | NotGiven = NOT_GIVEN
    ) -> LandingRepoCheckContentResult:
        """Check block HTML for unsafe fragments and return the cleaned copy.

        REST method: ``landing.repo.checkContent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-check-content.html

        Args:
            content: HTML to check.
            splitter: Marker placed around unsafe fragments (default "#SANITIZE#").

        Returns:
            LandingRepoCheckContentResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.check_content(content="example")
            result = await client.landing.repo.check_content(content="example")  # AsyncBitrix24
        """
        return cast(
            "LandingRepoCheckContentResult",
            await self._backend._invoke(
                _LANDING_REPO_CHECK_CONTENT, {"content": content, "splitter": splitter}
            ),
        )

    async def get_list(
        self,
        *,
        params: LandingRepoGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingRepo]:
        """List the custom blocks registered in the block library.

        REST method: ``landing.repo.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingRepo]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.get_list()
            result = await client.landing.repo.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingRepo]",
            await self._backend._invoke(
                _LANDING_REPO_GET_LIST, {"params": params, "start": start}
            ),
        )

    async def register(
        self,
        *,
        code: str,
        fields: LandingRepoRegisterFields,
        manifest: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a custom block to the library, or update it by code.

        REST method: ``landing.repo.register``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-register.html

        Args:
            code: Unique block code; registering the same code again updates the block.
            fields: Block data.
            manifest: Block manifest describing editable nodes, styles and cards.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.register(code="example_code", fields={"NAME": "Anna", "CONTENT": "example", "SECTIONS": "example", "PREVIEW": "example"})
            result = await client.landing.repo.register(code="example_code", fields={"NAME": "Anna", "CONTENT": "example", "SECTIONS": "example", "PREVIEW": "example"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_REPO_REGISTER,
                {"code": code, "fields": fields, "manifest": manifest},
            ),
        )

    async def unbind(self, *, code: str, handler: str | NotGiven = NOT_GIVEN) -> bool:
        """Remove an embedding (placement) of the application in the site builder.

        REST method: ``landing.repo.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/landing-repo-unbind.html

        Args:
            code: Code of the placement, such as "LANDING_SETTINGS".
            handler: Handler URL given when the placement was bound.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.repo.unbind(code="example_code")
            result = await client.landing.repo.unbind(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_REPO_UNBIND, {"code": code, "handler": handler}
            ),
        )

    async def unregister(self, *, code: str) -> bool:
        """Remove a custom block from the library by its code.

        REST method: ``landing.repo.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-unregister.html

        Args:
            code: External code (XML_ID) of the block to remove.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            result = client.landing.repo.unregister(code="example_code")
            result = await client.landing.repo.unregister(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_LANDING_REPO_UNREGISTER, {"code": code})
        )


class BatchLandingRepo(Namespace):
    """Methods under ``landing.repo`` (queued into a batch)."""

    __slots__ = ()

    def check_content(
        self, *, content: str | Ref, splitter: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[LandingRepoCheckContentResult]:
        """Check block HTML for unsafe fragments and return the cleaned copy.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repo.checkContent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-check-content.html

        Args:
            content: HTML to check.
            splitter: Marker placed around unsafe fragments (default "#SANITIZE#").

        Returns:
            BatchCommand[LandingRepoCheckContentResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            command = batch.landing.repo.check_content(content="example")
        """
        return cast(
            "BatchCommand[LandingRepoCheckContentResult]",
            self._backend._invoke(
                _LANDING_REPO_CHECK_CONTENT, {"content": content, "splitter": splitter}
            ),
        )

    def get_list(
        self,
        *,
        params: LandingRepoGetListParams | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingRepo]]:
        """List the custom blocks registered in the block library.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repo.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingRepo]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            command = batch.landing.repo.get_list()
        """
        return cast(
            "BatchCommand[list[_LandingRepo]]",
            self._backend._invoke(
                _LANDING_REPO_GET_LIST, {"params": params, "start": start}
            ),
        )

    def register(
        self,
        *,
        code: str | Ref,
        fields: LandingRepoRegisterFields | Ref,
        manifest: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a custom block to the library, or update it by code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repo.register``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-register.html

        Args:
            code: Unique block code; registering the same code again updates the block.
            fields: Block data.
            manifest: Block manifest describing editable nodes, styles and cards.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            command = batch.landing.repo.register(code="example_code", fields={"NAME": "Anna", "CONTENT": "example", "SECTIONS": "example", "PREVIEW": "example"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_REPO_REGISTER,
                {"code": code, "fields": fields, "manifest": manifest},
            ),
        )

    def unbind(
        self, *, code: str | Ref, handler: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Remove an embedding (placement) of the application in the site builder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repo.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/landing-repo-unbind.html

        Args:
            code: Code of the placement, such as "LANDING_SETTINGS".
            handler: Handler URL given when the placement was bound.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.repo.unbind(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_REPO_UNBIND, {"code": code, "handler": handler}
            ),
        )

    def unregister(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove a custom block from the library by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.repo.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-unregister.html

        Args:
            code: External code (XML_ID) of the block to remove.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``insufficient_scope``.

        Example:
            command = batch.landing.repo.unregister(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_REPO_UNREGISTER, {"code": code}),
        )
