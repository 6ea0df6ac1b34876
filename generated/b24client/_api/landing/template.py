"""Methods under ``landing.template``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingTemplate as _LandingTemplate,
        LandingTemplateGetlistParams,
    )

_LANDING_TEMPLATE_GET_LANDING_REF = MethodInfo(
    name="landing.template.getLandingRef", idempotent=True, returns="any", api=1
)
_LANDING_TEMPLATE_GET_SITE_REF = MethodInfo(
    name="landing.template.getSiteRef", idempotent=True, returns="any", api=1
)
_LANDING_TEMPLATE_GETLIST = MethodInfo(
    name="landing.template.getlist", idempotent=True, returns="any", api=1
)
_LANDING_TEMPLATE_SET_LANDING_REF = MethodInfo(
    name="landing.template.setLandingRef", idempotent=False, returns="boolean", api=1
)
_LANDING_TEMPLATE_SET_SITE_REF = MethodInfo(
    name="landing.template.setSiteRef", idempotent=False, returns="boolean", api=1
)


class LandingTemplate(Namespace):
    """Methods under ``landing.template``."""

    __slots__ = ()

    def get_landing_ref(self, *, id: int) -> dict[str, Any] | bool:
        """Return which pages fill the include areas of a page.

        REST method: ``landing.template.getLandingRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-landing-ref.html

        Args:
            id: ID of the page.

        Returns:
            dict[str, Any] | bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.get_landing_ref(id=1)
            result = await client.landing.template.get_landing_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any] | bool",
            self._backend._invoke(_LANDING_TEMPLATE_GET_LANDING_REF, {"id": id}),
        )

    def get_site_ref(self, *, id: int) -> dict[str, Any] | bool:
        """Return which pages fill the include areas of a site.

        REST method: ``landing.template.getSiteRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-site-ref.html

        Args:
            id: ID of the site.

        Returns:
            dict[str, Any] | bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.get_site_ref(id=1)
            result = await client.landing.template.get_site_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any] | bool",
            self._backend._invoke(_LANDING_TEMPLATE_GET_SITE_REF, {"id": id}),
        )

    def getlist(
        self, *, params: LandingTemplateGetlistParams | NotGiven = NOT_GIVEN
    ) -> list[_LandingTemplate]:
        """List the layout templates for sites and pages.

        REST method: ``landing.template.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-list.html

        Args:
            params: Selection settings.

        Returns:
            list[LandingTemplate]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.getlist()
            result = await client.landing.template.getlist()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingTemplate]",
            self._backend._invoke(_LANDING_TEMPLATE_GETLIST, {"params": params}),
        )

    def set_landing_ref(
        self, *, id: int, data: dict[str, Any] | Sequence[Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Set which pages fill the include areas of a page.

        REST method: ``landing.template.setLandingRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-set-landing-ref.html

        Args:
            id: ID of the page.
            data: Full set of include-area bindings as {"area ID": page ID}; replaces the saved set.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.set_landing_ref(id=1)
            result = await client.landing.template.set_landing_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_TEMPLATE_SET_LANDING_REF, {"id": id, "data": data}
            ),
        )

    def set_site_ref(
        self, *, id: int, data: dict[str, Any] | Sequence[Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Set which pages fill the include areas of a site.

        REST method: ``landing.template.setSiteRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-set-site-ref.html

        Args:
            id: ID of the site.
            data: Full set of include-area bindings as {"area ID": page ID}; replaces the saved set.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.set_site_ref(id=1)
            result = await client.landing.template.set_site_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_TEMPLATE_SET_SITE_REF, {"id": id, "data": data}
            ),
        )


class AsyncLandingTemplate(Namespace):
    """Methods under ``landing.template`` (async)."""

    __slots__ = ()

    async def get_landing_ref(self, *, id: int) -> dict[str, Any] | bool:
        """Return which pages fill the include areas of a page.

        REST method: ``landing.template.getLandingRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-landing-ref.html

        Args:
            id: ID of the page.

        Returns:
            dict[str, Any] | bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.get_landing_ref(id=1)
            result = await client.landing.template.get_landing_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any] | bool",
            await self._backend._invoke(_LANDING_TEMPLATE_GET_LANDING_REF, {"id": id}),
        )

    async def get_site_ref(self, *, id: int) -> dict[str, Any] | bool:
        """Return which pages fill the include areas of a site.

        REST method: ``landing.template.getSiteRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-site-ref.html

        Args:
            id: ID of the site.

        Returns:
            dict[str, Any] | bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.get_site_ref(id=1)
            result = await client.landing.template.get_site_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any] | bool",
            await self._backend._invoke(_LANDING_TEMPLATE_GET_SITE_REF, {"id": id}),
        )

    async def getlist(
        self, *, params: LandingTemplateGetlistParams | NotGiven = NOT_GIVEN
    ) -> list[_LandingTemplate]:
        """List the layout templates for sites and pages.

        REST method: ``landing.template.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-list.html

        Args:
            params: Selection settings.

        Returns:
            list[LandingTemplate]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.getlist()
            result = await client.landing.template.getlist()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingTemplate]",
            await self._backend._invoke(_LANDING_TEMPLATE_GETLIST, {"params": params}),
        )

    async def set_landing_ref(
        self, *, id: int, data: dict[str, Any] | Sequence[Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Set which pages fill the include areas of a page.

        REST method: ``landing.template.setLandingRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-set-landing-ref.html

        Args:
            id: ID of the page.
            data: Full set of include-area bindings as {"area ID": page ID}; replaces the saved set.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.set_landing_ref(id=1)
            result = await client.landing.template.set_landing_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_TEMPLATE_SET_LANDING_REF, {"id": id, "data": data}
            ),
        )

    async def set_site_ref(
        self, *, id: int, data: dict[str, Any] | Sequence[Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Set which pages fill the include areas of a site.

        REST method: ``landing.template.setSiteRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-set-site-ref.html

        Args:
            id: ID of the site.
            data: Full set of include-area bindings as {"area ID": page ID}; replaces the saved set.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.template.set_site_ref(id=1)
            result = await client.landing.template.set_site_ref(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_TEMPLATE_SET_SITE_REF, {"id": id, "data": data}
            ),
        )


class BatchLandingTemplate(Namespace):
    """Methods under ``landing.template`` (queued into a batch)."""

    __slots__ = ()

    def get_landing_ref(self, *, id: int | Ref) -> BatchCommand[dict[str, Any] | bool]:
        """Return which pages fill the include areas of a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.template.getLandingRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-landing-ref.html

        Args:
            id: ID of the page.

        Returns:
            BatchCommand[dict[str, Any] | bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.template.get_landing_ref(id=1)
        """
        return cast(
            "BatchCommand[dict[str, Any] | bool]",
            self._backend._invoke(_LANDING_TEMPLATE_GET_LANDING_REF, {"id": id}),
        )

    def get_site_ref(self, *, id: int | Ref) -> BatchCommand[dict[str, Any] | bool]:
        """Return which pages fill the include areas of a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.template.getSiteRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-site-ref.html

        Args:
            id: ID of the site.

        Returns:
            BatchCommand[dict[str, Any] | bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.template.get_site_ref(id=1)
        """
        return cast(
            "BatchCommand[dict[str, Any] | bool]",
            self._backend._invoke(_LANDING_TEMPLATE_GET_SITE_REF, {"id": id}),
        )

    def getlist(
        self, *, params: LandingTemplateGetlistParams | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[_LandingTemplate]]:
        """List the layout templates for sites and pages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.template.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-list.html

        Args:
            params: Selection settings.

        Returns:
            BatchCommand[list[LandingTemplate]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.template.getlist()
        """
        return cast(
            "BatchCommand[list[_LandingTemplate]]",
            self._backend._invoke(_LANDING_TEMPLATE_GETLIST, {"params": params}),
        )

    def set_landing_ref(
        self,
        *,
        id: int | Ref,
        data: dict[str, Any] | Sequence[Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Set which pages fill the include areas of a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.template.setLandingRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-set-landing-ref.html

        Args:
            id: ID of the page.
            data: Full set of include-area bindings as {"area ID": page ID}; replaces the saved set.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.template.set_landing_ref(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_TEMPLATE_SET_LANDING_REF, {"id": id, "data": data}
            ),
        )

    def set_site_ref(
        self,
        *,
        id: int | Ref,
        data: dict[str, Any] | Sequence[Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Set which pages fill the include areas of a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.template.setSiteRef``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-set-site-ref.html

        Args:
            id: ID of the site.
            data: Full set of include-area bindings as {"area ID": page ID}; replaces the saved set.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.template.set_site_ref(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_TEMPLATE_SET_SITE_REF, {"id": id, "data": data}
            ),
        )
