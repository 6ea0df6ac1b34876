"""Methods under ``landing.syspage``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import LandingSyspage as _LandingSyspage

_LANDING_SYSPAGE_DELETE_FOR_LANDING = MethodInfo(
    name="landing.syspage.deleteForLanding", idempotent=False, returns="boolean", api=1
)
_LANDING_SYSPAGE_DELETE_FOR_SITE = MethodInfo(
    name="landing.syspage.deleteForSite", idempotent=False, returns="boolean", api=1
)
_LANDING_SYSPAGE_GET = MethodInfo(
    name="landing.syspage.get", idempotent=True, returns="any", api=1
)
_LANDING_SYSPAGE_GET_SPECIAL_PAGE = MethodInfo(
    name="landing.syspage.getSpecialPage", idempotent=True, returns="string", api=1
)
_LANDING_SYSPAGE_SET = MethodInfo(
    name="landing.syspage.set", idempotent=False, returns="boolean", api=1
)


class LandingSyspage(Namespace):
    """Methods under ``landing.syspage``."""

    __slots__ = ()

    def delete_for_landing(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> bool:
        """Remove every special-page assignment that points to a page.

        true only means the call succeeded, not that bindings existed.

        REST method: ``landing.syspage.deleteForLanding``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-delete-for-landing.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the page.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.delete_for_landing(id=1)
            result = await client.landing.syspage.delete_for_landing(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SYSPAGE_DELETE_FOR_LANDING, {"scope": scope, "id": id}
            ),
        )

    def delete_for_site(self, *, id: int) -> bool:
        """Remove every special-page assignment of a site.

        true only means the call succeeded, not that bindings existed.

        REST method: ``landing.syspage.deleteForSite``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-delete-for-site.html

        Args:
            id: ID of the site.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.delete_for_site(id=1)
            result = await client.landing.syspage.delete_for_site(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_LANDING_SYSPAGE_DELETE_FOR_SITE, {"id": id})
        )

    def get(self, *, id: int, active: bool | NotGiven = NOT_GIVEN) -> _LandingSyspage:
        """Return the special pages (cart, catalog, checkout) assigned in a site.

        REST method: ``landing.syspage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get.html

        Args:
            id: ID of the site.
            active: true returns only pages that are active and not deleted.

        Returns:
            LandingSyspage

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.get(id=1)
            result = await client.landing.syspage.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_LandingSyspage",
            self._backend._invoke(_LANDING_SYSPAGE_GET, {"id": id, "active": active}),
        )

    def get_special_page(
        self,
        *,
        site_id: int,
        type: Literal[
            "mainpage",
            "catalog",
            "personal",
            "cart",
            "order",
            "payment",
            "compare",
            "feedback",
        ],
        additional: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> str:
        """Return the URL of a site's special page of a given type.

        REST method: ``landing.syspage.getSpecialPage``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get-special-page.html

        Args:
            site_id: ID of the site. Wire name: ``siteId``.
            type: Special page type: "mainpage", "catalog", "personal", "cart", "order", "payment", "compare" or "feedback".
            additional: Extra URL parameters appended to the page address.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.get_special_page(site_id=1, type="mainpage")
            result = await client.landing.syspage.get_special_page(site_id=1, type="mainpage")  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(
                _LANDING_SYSPAGE_GET_SPECIAL_PAGE,
                {"siteId": site_id, "type": type, "additional": additional},
            ),
        )

    def set(
        self,
        *,
        id: int,
        type: Literal[
            "mainpage",
            "catalog",
            "personal",
            "cart",
            "order",
            "payment",
            "compare",
            "feedback",
        ],
        lid: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Assign a page as a site's special page of a given type.

        REST method: ``landing.syspage.set``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-set.html

        Args:
            id: ID of the site.
            type: Special page type: "mainpage", "catalog", "personal", "cart", "order", "payment", "compare" or "feedback".
            lid: ID of the page to assign; omit to clear the assignment.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.set(id=1, type="mainpage")
            result = await client.landing.syspage.set(id=1, type="mainpage")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SYSPAGE_SET, {"id": id, "type": type, "lid": lid}
            ),
        )


class AsyncLandingSyspage(Namespace):
    """Methods under ``landing.syspage`` (async)."""

    __slots__ = ()

    async def delete_for_landing(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> bool:
        """Remove every special-page assignment that points to a page.

        true only means the call succeeded, not that bindings existed.

        REST method: ``landing.syspage.deleteForLanding``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-delete-for-landing.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the page.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.delete_for_landing(id=1)
            result = await client.landing.syspage.delete_for_landing(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SYSPAGE_DELETE_FOR_LANDING, {"scope": scope, "id": id}
            ),
        )

    async def delete_for_site(self, *, id: int) -> bool:
        """Remove every special-page assignment of a site.

        true only means the call succeeded, not that bindings existed.

        REST method: ``landing.syspage.deleteForSite``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-delete-for-site.html

        Args:
            id: ID of the site.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.delete_for_site(id=1)
            result = await client.landing.syspage.delete_for_site(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_LANDING_SYSPAGE_DELETE_FOR_SITE, {"id": id}),
        )

    async def get(
        self, *, id: int, active: bool | NotGiven = NOT_GIVEN
    ) -> _LandingSyspage:
        """Return the special pages (cart, catalog, checkout) assigned in a site.

        REST method: ``landing.syspage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get.html

        Args:
            id: ID of the site.
            active: true returns only pages that are active and not deleted.

        Returns:
            LandingSyspage

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.get(id=1)
            result = await client.landing.syspage.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_LandingSyspage",
            await self._backend._invoke(
                _LANDING_SYSPAGE_GET, {"id": id, "active": active}
            ),
        )

    async def get_special_page(
        self,
        *,
        site_id: int,
        type: Literal[
            "mainpage",
            "catalog",
            "personal",
            "cart",
            "order",
            "payment",
            "compare",
            "feedback",
        ],
        additional: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> str:
        """Return the URL of a site's special page of a given type.

        REST method: ``landing.syspage.getSpecialPage``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get-special-page.html

        Args:
            site_id: ID of the site. Wire name: ``siteId``.
            type: Special page type: "mainpage", "catalog", "personal", "cart", "order", "payment", "compare" or "feedback".
            additional: Extra URL parameters appended to the page address.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.get_special_page(site_id=1, type="mainpage")
            result = await client.landing.syspage.get_special_page(site_id=1, type="mainpage")  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _LANDING_SYSPAGE_GET_SPECIAL_PAGE,
                {"siteId": site_id, "type": type, "additional": additional},
            ),
        )

    async def set(
        self,
        *,
        id: int,
        type: Literal[
            "mainpage",
            "catalog",
            "personal",
            "cart",
            "order",
            "payment",
            "compare",
            "feedback",
        ],
        lid: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Assign a page as a site's special page of a given type.

        REST method: ``landing.syspage.set``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-set.html

        Args:
            id: ID of the site.
            type: Special page type: "mainpage", "catalog", "personal", "cart", "order", "payment", "compare" or "feedback".
            lid: ID of the page to assign; omit to clear the assignment.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.syspage.set(id=1, type="mainpage")
            result = await client.landing.syspage.set(id=1, type="mainpage")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SYSPAGE_SET, {"id": id, "type": type, "lid": lid}
            ),
        )


class BatchLandingSyspage(Namespace):
    """Methods under ``landing.syspage`` (queued into a batch)."""

    __slots__ = ()

    def delete_for_landing(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[bool]:
        """Remove every special-page assignment that points to a page.

        true only means the call succeeded, not that bindings existed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.syspage.deleteForLanding``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-delete-for-landing.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the page.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.syspage.delete_for_landing(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SYSPAGE_DELETE_FOR_LANDING, {"scope": scope, "id": id}
            ),
        )

    def delete_for_site(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove every special-page assignment of a site.

        true only means the call succeeded, not that bindings existed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.syspage.deleteForSite``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-delete-for-site.html

        Args:
            id: ID of the site.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.syspage.delete_for_site(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_SYSPAGE_DELETE_FOR_SITE, {"id": id}),
        )

    def get(
        self, *, id: int | Ref, active: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[_LandingSyspage]:
        """Return the special pages (cart, catalog, checkout) assigned in a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.syspage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get.html

        Args:
            id: ID of the site.
            active: true returns only pages that are active and not deleted.

        Returns:
            BatchCommand[LandingSyspage]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.syspage.get(id=1)
        """
        return cast(
            "BatchCommand[_LandingSyspage]",
            self._backend._invoke(_LANDING_SYSPAGE_GET, {"id": id, "active": active}),
        )

    def get_special_page(
        self,
        *,
        site_id: int | Ref,
        type: (
            Literal[
                "mainpage",
                "catalog",
                "personal",
                "cart",
                "order",
                "payment",
                "compare",
                "feedback",
            ]
            | Ref
        ),
        additional: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[str]:
        """Return the URL of a site's special page of a given type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.syspage.getSpecialPage``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get-special-page.html

        Args:
            site_id: ID of the site. Wire name: ``siteId``.
            type: Special page type: "mainpage", "catalog", "personal", "cart", "order", "payment", "compare" or "feedback".
            additional: Extra URL parameters appended to the page address.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.syspage.get_special_page(site_id=1, type="mainpage")
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LANDING_SYSPAGE_GET_SPECIAL_PAGE,
                {"siteId": site_id, "type": type, "additional": additional},
            ),
        )

    def set(
        self,
        *,
        id: int | Ref,
        type: (
            Literal[
                "mainpage",
                "catalog",
                "personal",
                "cart",
                "order",
                "payment",
                "compare",
                "feedback",
            ]
            | Ref
        ),
        lid: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Assign a page as a site's special page of a given type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.syspage.set``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-set.html

        Args:
            id: ID of the site.
            type: Special page type: "mainpage", "catalog", "personal", "cart", "order", "payment", "compare" or "feedback".
            lid: ID of the page to assign; omit to clear the assignment.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.syspage.set(id=1, type="mainpage")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SYSPAGE_SET, {"id": id, "type": type, "lid": lid}
            ),
        )
