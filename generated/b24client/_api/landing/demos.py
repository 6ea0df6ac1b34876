"""Methods under ``landing.demos``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingDemos as _LandingDemos,
        LandingDemosGetListParams,
        LandingDemosGetPageListResult,
        LandingDemosGetSiteListResult,
        LandingDemosRegisterData,
        LandingDemosRegisterParams,
    )

_LANDING_DEMOS_GET_LIST = MethodInfo(
    name="landing.demos.getList", idempotent=True, returns="any", api=1
)
_LANDING_DEMOS_GET_PAGE_LIST = MethodInfo(
    name="landing.demos.getPageList", idempotent=True, returns="any", api=1
)
_LANDING_DEMOS_GET_SITE_LIST = MethodInfo(
    name="landing.demos.getSiteList", idempotent=True, returns="any", api=1
)
_LANDING_DEMOS_REGISTER = MethodInfo(
    name="landing.demos.register", idempotent=False, returns="any", api=1
)
_LANDING_DEMOS_UNREGISTER = MethodInfo(
    name="landing.demos.unregister", idempotent=False, returns="boolean", api=1
)


class LandingDemos(Namespace):
    """Methods under ``landing.demos``."""

    __slots__ = ()

    def get_list(
        self,
        *,
        params: LandingDemosGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingDemos]:
        """List the custom site and page templates registered through REST.

        REST method: ``landing.demos.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingDemos]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.get_list()
            result = await client.landing.demos.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingDemos]",
            self._backend._invoke(
                _LANDING_DEMOS_GET_LIST, {"params": params, "start": start}
            ),
        )

    def get_page_list(
        self,
        *,
        type: Literal["page", "store", "knowledge", "group", "mainpage"],
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> LandingDemosGetPageListResult:
        """Return the page templates available for a site type.

        REST method: ``landing.demos.getPageList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-page-list.html

        Args:
            type: Template type: "page", "store", "knowledge", "group" or "mainpage".
            filter: Filter for the templates.

        Returns:
            LandingDemosGetPageListResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.get_page_list(type="page")
            result = await client.landing.demos.get_page_list(type="page")  # AsyncBitrix24
        """
        return cast(
            "LandingDemosGetPageListResult",
            self._backend._invoke(
                _LANDING_DEMOS_GET_PAGE_LIST, {"type": type, "filter": filter}
            ),
        )

    def get_site_list(
        self,
        *,
        type: Literal["page", "store", "knowledge", "group", "mainpage"],
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> LandingDemosGetSiteListResult:
        """Return the site templates available for a site type.

        REST method: ``landing.demos.getSiteList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-site-list.html

        Args:
            type: Template type: "page", "store", "knowledge", "group" or "mainpage".
            filter: Filter for the templates.

        Returns:
            LandingDemosGetSiteListResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.get_site_list(type="page")
            result = await client.landing.demos.get_site_list(type="page")  # AsyncBitrix24
        """
        return cast(
            "LandingDemosGetSiteListResult",
            self._backend._invoke(
                _LANDING_DEMOS_GET_SITE_LIST, {"type": type, "filter": filter}
            ),
        )

    def register(
        self,
        *,
        data: LandingDemosRegisterData | Sequence[Any],
        params: LandingDemosRegisterParams | NotGiven = NOT_GIVEN,
    ) -> list[int]:
        """Add a custom template to the site and page creation wizard, or update it.

        REST method: ``landing.demos.register``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-register.html

        Args:
            data: Template data, usually the result of landing.site.fullExport.
            params: Registration options.

        Returns:
            list[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.register(data={"code": "example_code"})
            result = await client.landing.demos.register(data={"code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "list[int]",
            self._backend._invoke(
                _LANDING_DEMOS_REGISTER, {"data": data, "params": params}
            ),
        )

    def unregister(self, *, code: str) -> bool:
        """Remove a registered site or page template by its code.

        REST method: ``landing.demos.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-unregister.html

        Args:
            code: External code of the template to remove.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.unregister(code="example_code")
            result = await client.landing.demos.unregister(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_LANDING_DEMOS_UNREGISTER, {"code": code})
        )


class AsyncLandingDemos(Namespace):
    """Methods under ``landing.demos`` (async)."""

    __slots__ = ()

    async def get_list(
        self,
        *,
        params: LandingDemosGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingDemos]:
        """List the custom site and page templates registered through REST.

        REST method: ``landing.demos.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingDemos]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.get_list()
            result = await client.landing.demos.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingDemos]",
            await self._backend._invoke(
                _LANDING_DEMOS_GET_LIST, {"params": params, "start": start}
            ),
        )

    async def get_page_list(
        self,
        *,
        type: Literal["page", "store", "knowledge", "group", "mainpage"],
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> LandingDemosGetPageListResult:
        """Return the page templates available for a site type.

        REST method: ``landing.demos.getPageList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-page-list.html

        Args:
            type: Template type: "page", "store", "knowledge", "group" or "mainpage".
            filter: Filter for the templates.

        Returns:
            LandingDemosGetPageListResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.get_page_list(type="page")
            result = await client.landing.demos.get_page_list(type="page")  # AsyncBitrix24
        """
        return cast(
            "LandingDemosGetPageListResult",
            await self._backend._invoke(
                _LANDING_DEMOS_GET_PAGE_LIST, {"type": type, "filter": filter}
            ),
        )

    async def get_site_list(
        self,
        *,
        type: Literal["page", "store", "knowledge", "group", "mainpage"],
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> LandingDemosGetSiteListResult:
        """Return the site templates available for a site type.

        REST method: ``landing.demos.getSiteList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-site-list.html

        Args:
            type: Template type: "page", "store", "knowledge", "group" or "mainpage".
            filter: Filter for the templates.

        Returns:
            LandingDemosGetSiteListResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.get_site_list(type="page")
            result = await client.landing.demos.get_site_list(type="page")  # AsyncBitrix24
        """
        return cast(
            "LandingDemosGetSiteListResult",
            await self._backend._invoke(
                _LANDING_DEMOS_GET_SITE_LIST, {"type": type, "filter": filter}
            ),
        )

    async def register(
        self,
        *,
        data: LandingDemosRegisterData | Sequence[Any],
        params: LandingDemosRegisterParams | NotGiven = NOT_GIVEN,
    ) -> list[int]:
        """Add a custom template to the site and page creation wizard, or update it.

        REST method: ``landing.demos.register``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-register.html

        Args:
            data: Template data, usually the result of landing.site.fullExport.
            params: Registration options.

        Returns:
            list[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.register(data={"code": "example_code"})
            result = await client.landing.demos.register(data={"code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "list[int]",
            await self._backend._invoke(
                _LANDING_DEMOS_REGISTER, {"data": data, "params": params}
            ),
        )

    async def unregister(self, *, code: str) -> bool:
        """Remove a registered site or page template by its code.

        REST method: ``landing.demos.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-unregister.html

        Args:
            code: External code of the template to remove.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.demos.unregister(code="example_code")
            result = await client.landing.demos.unregister(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_LANDING_DEMOS_UNREGISTER, {"code": code})
        )


class BatchLandingDemos(Namespace):
    """Methods under ``landing.demos`` (queued into a batch)."""

    __slots__ = ()

    def get_list(
        self,
        *,
        params: LandingDemosGetListParams | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingDemos]]:
        """List the custom site and page templates registered through REST.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.demos.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-list.html

        Args:
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingDemos]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.demos.get_list()
        """
        return cast(
            "BatchCommand[list[_LandingDemos]]",
            self._backend._invoke(
                _LANDING_DEMOS_GET_LIST, {"params": params, "start": start}
            ),
        )

    def get_page_list(
        self,
        *,
        type: Literal["page", "store", "knowledge", "group", "mainpage"] | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingDemosGetPageListResult]:
        """Return the page templates available for a site type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.demos.getPageList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-page-list.html

        Args:
            type: Template type: "page", "store", "knowledge", "group" or "mainpage".
            filter: Filter for the templates.

        Returns:
            BatchCommand[LandingDemosGetPageListResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.demos.get_page_list(type="page")
        """
        return cast(
            "BatchCommand[LandingDemosGetPageListResult]",
            self._backend._invoke(
                _LANDING_DEMOS_GET_PAGE_LIST, {"type": type, "filter": filter}
            ),
        )

    def get_site_list(
        self,
        *,
        type: Literal["page", "store", "knowledge", "group", "mainpage"] | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingDemosGetSiteListResult]:
        """Return the site templates available for a site type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.demos.getSiteList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-site-list.html

        Args:
            type: Template type: "page", "store", "knowledge", "group" or "mainpage".
            filter: Filter for the templates.

        Returns:
            BatchCommand[LandingDemosGetSiteListResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.demos.get_site_list(type="page")
        """
        return cast(
            "BatchCommand[LandingDemosGetSiteListResult]",
            self._backend._invoke(
                _LANDING_DEMOS_GET_SITE_LIST, {"type": type, "filter": filter}
            ),
        )

    def register(
        self,
        *,
        data: LandingDemosRegisterData | Sequence[Any] | Ref,
        params: LandingDemosRegisterParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[int]]:
        """Add a custom template to the site and page creation wizard, or update it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.demos.register``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-register.html

        Args:
            data: Template data, usually the result of landing.site.fullExport.
            params: Registration options.

        Returns:
            BatchCommand[list[int]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``, ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.demos.register(data={"code": "example_code"})
        """
        return cast(
            "BatchCommand[list[int]]",
            self._backend._invoke(
                _LANDING_DEMOS_REGISTER, {"data": data, "params": params}
            ),
        )

    def unregister(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Remove a registered site or page template by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.demos.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-unregister.html

        Args:
            code: External code of the template to remove.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.demos.unregister(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_DEMOS_UNREGISTER, {"code": code}),
        )
