"""Methods under ``landing.landing``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingLanding as _LandingLanding,
        LandingLandingAddByTemplateFields,
        LandingLandingAddFields,
        LandingLandingAddblockFields,
        LandingLandingCopyblockParams,
        LandingLandingCopyblockResult,
        LandingLandingFavoriteBlockMeta,
        LandingLandingGetListParams,
        LandingLandingGetadditionalfieldsResult,
        LandingLandingMoveblockParams,
        LandingLandingMoveblockResult,
        LandingLandingRemoveEntitiesData,
        LandingLandingUpdateFields,
    )

_LANDING_LANDING_ADD = MethodInfo(
    name="landing.landing.add", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_ADD_BY_TEMPLATE = MethodInfo(
    name="landing.landing.addByTemplate", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_ADDBLOCK = MethodInfo(
    name="landing.landing.addblock", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_COPY = MethodInfo(
    name="landing.landing.copy", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_COPYBLOCK = MethodInfo(
    name="landing.landing.copyblock", idempotent=False, returns="any", api=1
)
_LANDING_LANDING_DELETE = MethodInfo(
    name="landing.landing.delete", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_DELETEBLOCK = MethodInfo(
    name="landing.landing.deleteblock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_DOWNBLOCK = MethodInfo(
    name="landing.landing.downblock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_FAVORITE_BLOCK = MethodInfo(
    name="landing.landing.favoriteBlock", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_GET_LIST = MethodInfo(
    name="landing.landing.getList", idempotent=True, returns="any", api=1
)
_LANDING_LANDING_GETADDITIONALFIELDS = MethodInfo(
    name="landing.landing.getadditionalfields", idempotent=True, returns="any", api=1
)
_LANDING_LANDING_GETPREVIEW = MethodInfo(
    name="landing.landing.getpreview", idempotent=True, returns="string", api=1
)
_LANDING_LANDING_GETPUBLICURL = MethodInfo(
    name="landing.landing.getpublicurl", idempotent=True, returns="string", api=1
)
_LANDING_LANDING_HIDEBLOCK = MethodInfo(
    name="landing.landing.hideblock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_MARK_DELETE = MethodInfo(
    name="landing.landing.markDelete", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_MARK_UN_DELETE = MethodInfo(
    name="landing.landing.markUnDelete", idempotent=False, returns="integer", api=1
)
_LANDING_LANDING_MARKDELETEDBLOCK = MethodInfo(
    name="landing.landing.markdeletedblock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_MARKUNDELETEDBLOCK = MethodInfo(
    name="landing.landing.markundeletedblock",
    idempotent=False,
    returns="boolean",
    api=1,
)
_LANDING_LANDING_MOVE = MethodInfo(
    name="landing.landing.move", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_MOVEBLOCK = MethodInfo(
    name="landing.landing.moveblock", idempotent=False, returns="any", api=1
)
_LANDING_LANDING_PUBLICATION = MethodInfo(
    name="landing.landing.publication", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_REMOVE_ENTITIES = MethodInfo(
    name="landing.landing.removeEntities", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_RESOLVE_ID_BY_PUBLIC_URL = MethodInfo(
    name="landing.landing.resolveIdByPublicUrl",
    idempotent=False,
    returns="integer",
    api=1,
)
_LANDING_LANDING_SHOWBLOCK = MethodInfo(
    name="landing.landing.showblock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_UN_FAVORITE_BLOCK = MethodInfo(
    name="landing.landing.unFavoriteBlock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_UNPUBLIC = MethodInfo(
    name="landing.landing.unpublic", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_UPBLOCK = MethodInfo(
    name="landing.landing.upblock", idempotent=False, returns="boolean", api=1
)
_LANDING_LANDING_UPDATE = MethodInfo(
    name="landing.landing.update", idempotent=False, returns="boolean", api=1
)


class LandingLanding(Namespace):
    """Methods under ``landing.landing``."""

    __slots__ = ()

    def add(
        self, *, scope: str | NotGiven = NOT_GIVEN, fields: LandingLandingAddFields
    ) -> int:
        """Create a page (or folder) in a site and return its ID.

        REST method: ``landing.landing.add``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-add.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            fields: Fields of the new page.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.add(fields={"TITLE": "Kick-off call", "SITE_ID": 1})
            result = await client.landing.landing.add(fields={"TITLE": "Kick-off call", "SITE_ID": 1})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_ADD, {"scope": scope, "fields": fields}
            ),
        )

    def add_by_template(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        code: str,
        fields: LandingLandingAddByTemplateFields | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a page in a site from a page template.

        REST method: ``landing.landing.addByTemplate``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-add-by-template.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            code: Code of the page template (see landing.demos.getPageList).
            fields: Fields of the new page.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.add_by_template(site_id=1, code="example_code", fields={"TITLE": "Kick-off call", "DESCRIPTION": "Please call back after 3 pm."})
            result = await client.landing.landing.add_by_template(site_id=1, code="example_code", fields={"TITLE": "Kick-off call", "DESCRIPTION": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_ADD_BY_TEMPLATE,
                {"scope": scope, "siteId": site_id, "code": code, "fields": fields},
            ),
        )

    def addblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        fields: LandingLandingAddblockFields,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Put a library block onto a page and return the new block's ID.

        With fields/RETURN_CONTENT "Y" the result is the block data instead of the bare ID.

        REST method: ``landing.landing.addblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-add-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            fields: Fields of the new block.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.addblock(lid=1, fields={"CODE": "example_code"})
            result = await client.landing.landing.addblock(lid=1, fields={"CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_ADDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "fields": fields,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def copy(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        to_site_id: int | NotGiven = NOT_GIVEN,
        to_folder_id: int | NotGiven = NOT_GIVEN,
        skip_system: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Duplicate a page, optionally into another site or folder.

        REST method: ``landing.landing.copy``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-copy.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to copy.
            to_site_id: ID of the target site. Wire name: ``toSiteId``.
            to_folder_id: ID of the target folder. Wire name: ``toFolderId``.
            skip_system: true makes the copy a regular page even when the original is a system page. Wire name: ``skipSystem``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.copy(lid=1)
            result = await client.landing.landing.copy(lid=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_COPY,
                {
                    "scope": scope,
                    "lid": lid,
                    "toSiteId": to_site_id,
                    "toFolderId": to_folder_id,
                    "skipSystem": skip_system,
                },
            ),
        )

    def copyblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        params: LandingLandingCopyblockParams | NotGiven = NOT_GIVEN,
    ) -> int | LandingLandingCopyblockResult:
        """Copy a block from any page onto a given page.

        REST method: ``landing.landing.copyblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-copy-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page that receives the block.
            block: ID of the source block.
            params: Placement options.

        Returns:
            int | LandingLandingCopyblockResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.copyblock(lid=1, block=1)
            result = await client.landing.landing.copyblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "int | LandingLandingCopyblockResult",
            self._backend._invoke(
                _LANDING_LANDING_COPYBLOCK,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    def delete(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> bool:
        """Permanently remove a page.

        REST method: ``landing.landing.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to delete.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.delete(lid=1)
            result = await client.landing.landing.delete(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_DELETE, {"scope": scope, "lid": lid}
            ),
        )

    def deleteblock(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int, block: int
    ) -> bool:
        """Remove a block from a page.

        REST method: ``landing.landing.deleteblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-delete-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.deleteblock(lid=1, block=1)
            result = await client.landing.landing.deleteblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_DELETEBLOCK,
                {"scope": scope, "lid": lid, "block": block},
            ),
        )

    def downblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a block one position lower on its page.

        REST method: ``landing.landing.downblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-down-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.downblock(lid=1, block=1)
            result = await client.landing.landing.downblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_DOWNBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def favorite_block(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        meta: LandingLandingFavoriteBlockMeta | NotGiven = NOT_GIVEN,
    ) -> int:
        """Save a block as a reusable favourite in the block library.

        REST method: ``landing.landing.favoriteBlock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-favorite-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            meta: Library data for the saved block.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.favorite_block(lid=1, block=1)
            result = await client.landing.landing.favorite_block(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_FAVORITE_BLOCK,
                {"scope": scope, "lid": lid, "block": block, "meta": meta},
            ),
        )

    def get_list(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        params: LandingLandingGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingLanding]:
        """List pages with chosen fields, filter and sorting.

        May return an empty list without an error when nothing matches or access is missing.

        REST method: ``landing.landing.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingLanding]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.get_list()
            result = await client.landing.landing.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingLanding]",
            self._backend._invoke(
                _LANDING_LANDING_GET_LIST,
                {"scope": scope, "params": params, "start": start},
            ),
        )

    def getadditionalfields(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int
    ) -> LandingLandingGetadditionalfieldsResult:
        """Return the extra settings (SEO, fonts, counters) of a page.

        REST method: ``landing.landing.getadditionalfields``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-additional-fields.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            LandingLandingGetadditionalfieldsResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.getadditionalfields(lid=1)
            result = await client.landing.landing.getadditionalfields(lid=1)  # AsyncBitrix24
        """
        return cast(
            "LandingLandingGetadditionalfieldsResult",
            self._backend._invoke(
                _LANDING_LANDING_GETADDITIONALFIELDS, {"scope": scope, "lid": lid}
            ),
        )

    def getpreview(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> str:
        """Return the URL or relative path of a page's preview image.

        REST method: ``landing.landing.getpreview``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-preview.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.landing.getpreview(lid=1)
            result = await client.landing.landing.getpreview(lid=1)  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(
                _LANDING_LANDING_GETPREVIEW, {"scope": scope, "lid": lid}
            ),
        )

    def getpublicurl(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> str:
        """Return the full public address of a page.

        REST method: ``landing.landing.getpublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.getpublicurl(lid=1)
            result = await client.landing.landing.getpublicurl(lid=1)  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(
                _LANDING_LANDING_GETPUBLICURL, {"scope": scope, "lid": lid}
            ),
        )

    def hideblock(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int, block: int
    ) -> bool:
        """Make a block invisible on its page without deleting it.

        REST method: ``landing.landing.hideblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-hide-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.hideblock(lid=1, block=1)
            result = await client.landing.landing.hideblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_HIDEBLOCK, {"scope": scope, "lid": lid, "block": block}
            ),
        )

    def mark_delete(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a page to the recycle bin and unpublish it, or bring it back.

        The page stays in the database and can be restored.

        REST method: ``landing.landing.markDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-mark-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            mark: true moves the page to the recycle bin (default); false restores it.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.mark_delete(lid=1)
            result = await client.landing.landing.mark_delete(lid=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_MARK_DELETE, {"scope": scope, "lid": lid, "mark": mark}
            ),
        )

    def mark_un_delete(self, *, lid: int) -> int:
        """Restore a page from the recycle bin.

        REST method: ``landing.landing.markUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-mark-undelete.html

        Args:
            lid: ID of the page.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.mark_un_delete(lid=1)
            result = await client.landing.landing.mark_un_delete(lid=1)  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_LANDING_LANDING_MARK_UN_DELETE, {"lid": lid})
        )

    def markdeletedblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        mark: bool | NotGiven = NOT_GIVEN,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark a block as deleted, or clear the mark.

        REST method: ``landing.landing.markdeletedblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-mark-deleted-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            mark: true marks the block as deleted (default); false clears the mark.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.markdeletedblock(lid=1, block=1)
            result = await client.landing.landing.markdeletedblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_MARKDELETEDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "mark": mark,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def markundeletedblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Restore a block that was marked as deleted.

        REST method: ``landing.landing.markundeletedblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-mark-undeleted-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.markundeletedblock(lid=1, block=1)
            result = await client.landing.landing.markundeletedblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_MARKUNDELETEDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def move(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        to_site_id: int | NotGiven = NOT_GIVEN,
        to_folder_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a page to another site or folder.

        REST method: ``landing.landing.move``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-move.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to move.
            to_site_id: ID of the target site. Wire name: ``toSiteId``.
            to_folder_id: ID of the target folder. Wire name: ``toFolderId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.move(lid=1)
            result = await client.landing.landing.move(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_MOVE,
                {
                    "scope": scope,
                    "lid": lid,
                    "toSiteId": to_site_id,
                    "toFolderId": to_folder_id,
                },
            ),
        )

    def moveblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        params: LandingLandingMoveblockParams | NotGiven = NOT_GIVEN,
    ) -> LandingLandingMoveblockResult | int:
        """Move a block from any page to a given page.

        REST method: ``landing.landing.moveblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-move-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page that receives the block.
            block: ID of the source block.
            params: Placement options.

        Returns:
            LandingLandingMoveblockResult | int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.moveblock(lid=1, block=1)
            result = await client.landing.landing.moveblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingLandingMoveblockResult | int",
            self._backend._invoke(
                _LANDING_LANDING_MOVEBLOCK,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    def publication(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> bool:
        """Make a page public with its current draft.

        REST method: ``landing.landing.publication``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-publication.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.landing.publication(lid=1)
            result = await client.landing.landing.publication(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_PUBLICATION, {"scope": scope, "lid": lid}
            ),
        )

    def remove_entities(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        data: LandingLandingRemoveEntitiesData,
    ) -> bool:
        """Remove chosen blocks and their images from a page in one call.

        REST method: ``landing.landing.removeEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-remove-entities.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            data: What to remove.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.landing.remove_entities(lid=1, data={})
            result = await client.landing.landing.remove_entities(lid=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_REMOVE_ENTITIES,
                {"scope": scope, "lid": lid, "data": data},
            ),
        )

    def resolve_id_by_public_url(
        self, *, scope: str | NotGiven = NOT_GIVEN, landing_url: str, site_id: int
    ) -> int:
        """Find a page ID from its relative public URL within a site.

        Returns null when no page has that URL.

        REST method: ``landing.landing.resolveIdByPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-resolve-id-by-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            landing_url: Relative public URL of the page without the domain, such as "/catalog/sale/". Wire name: ``landingUrl``.
            site_id: ID of the site to search in. Wire name: ``siteId``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.resolve_id_by_public_url(landing_url="https://example.com/hook", site_id=1)
            result = await client.landing.landing.resolve_id_by_public_url(landing_url="https://example.com/hook", site_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_LANDING_RESOLVE_ID_BY_PUBLIC_URL,
                {"scope": scope, "landingUrl": landing_url, "siteId": site_id},
            ),
        )

    def showblock(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int, block: int
    ) -> bool:
        """Make a hidden block visible again on its page.

        REST method: ``landing.landing.showblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-show-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.showblock(lid=1, block=1)
            result = await client.landing.landing.showblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_SHOWBLOCK, {"scope": scope, "lid": lid, "block": block}
            ),
        )

    def un_favorite_block(self, *, block_id: int) -> bool:
        """Remove a block saved as a favourite from the block library.

        REST method: ``landing.landing.unFavoriteBlock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-unfavorite-block.html

        Args:
            block_id: ID of the favourite block (as returned by landing.landing.favoriteBlock). Wire name: ``blockId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.un_favorite_block(block_id=1)
            result = await client.landing.landing.un_favorite_block(block_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_UN_FAVORITE_BLOCK, {"blockId": block_id}
            ),
        )

    def unpublic(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> bool:
        """Take a page offline.

        REST method: ``landing.landing.unpublic``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-unpublic.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.unpublic(lid=1)
            result = await client.landing.landing.unpublic(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_UNPUBLIC, {"scope": scope, "lid": lid}
            ),
        )

    def upblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a block one position higher on its page.

        REST method: ``landing.landing.upblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-up-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.upblock(lid=1, block=1)
            result = await client.landing.landing.upblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_UPBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def update(self, *, lid: int, fields: LandingLandingUpdateFields) -> bool:
        """Change the title, address, folder or other fields of a page.

        REST method: ``landing.landing.update``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-update.html

        Args:
            lid: ID of the page to change.
            fields: Page fields to change.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.update(lid=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.landing.update(lid=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_LANDING_UPDATE, {"lid": lid, "fields": fields}
            ),
        )


class AsyncLandingLanding(Namespace):
    """Methods under ``landing.landing`` (async)."""

    __slots__ = ()

    async def add(
        self, *, scope: str | NotGiven = NOT_GIVEN, fields: LandingLandingAddFields
    ) -> int:
        """Create a page (or folder) in a site and return its ID.

        REST method: ``landing.landing.add``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-add.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            fields: Fields of the new page.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.add(fields={"TITLE": "Kick-off call", "SITE_ID": 1})
            result = await client.landing.landing.add(fields={"TITLE": "Kick-off call", "SITE_ID": 1})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_ADD, {"scope": scope, "fields": fields}
            ),
        )

    async def add_by_template(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        code: str,
        fields: LandingLandingAddByTemplateFields | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a page in a site from a page template.

        REST method: ``landing.landing.addByTemplate``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-add-by-template.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            code: Code of the page template (see landing.demos.getPageList).
            fields: Fields of the new page.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.add_by_template(site_id=1, code="example_code", fields={"TITLE": "Kick-off call", "DESCRIPTION": "Please call back after 3 pm."})
            result = await client.landing.landing.add_by_template(site_id=1, code="example_code", fields={"TITLE": "Kick-off call", "DESCRIPTION": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_ADD_BY_TEMPLATE,
                {"scope": scope, "siteId": site_id, "code": code, "fields": fields},
            ),
        )

    async def addblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        fields: LandingLandingAddblockFields,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Put a library block onto a page and return the new block's ID.

        With fields/RETURN_CONTENT "Y" the result is the block data instead of the bare ID.

        REST method: ``landing.landing.addblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-add-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            fields: Fields of the new block.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.addblock(lid=1, fields={"CODE": "example_code"})
            result = await client.landing.landing.addblock(lid=1, fields={"CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_ADDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "fields": fields,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def copy(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        to_site_id: int | NotGiven = NOT_GIVEN,
        to_folder_id: int | NotGiven = NOT_GIVEN,
        skip_system: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Duplicate a page, optionally into another site or folder.

        REST method: ``landing.landing.copy``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-copy.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to copy.
            to_site_id: ID of the target site. Wire name: ``toSiteId``.
            to_folder_id: ID of the target folder. Wire name: ``toFolderId``.
            skip_system: true makes the copy a regular page even when the original is a system page. Wire name: ``skipSystem``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.copy(lid=1)
            result = await client.landing.landing.copy(lid=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_COPY,
                {
                    "scope": scope,
                    "lid": lid,
                    "toSiteId": to_site_id,
                    "toFolderId": to_folder_id,
                    "skipSystem": skip_system,
                },
            ),
        )

    async def copyblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        params: LandingLandingCopyblockParams | NotGiven = NOT_GIVEN,
    ) -> int | LandingLandingCopyblockResult:
        """Copy a block from any page onto a given page.

        REST method: ``landing.landing.copyblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-copy-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page that receives the block.
            block: ID of the source block.
            params: Placement options.

        Returns:
            int | LandingLandingCopyblockResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.copyblock(lid=1, block=1)
            result = await client.landing.landing.copyblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "int | LandingLandingCopyblockResult",
            await self._backend._invoke(
                _LANDING_LANDING_COPYBLOCK,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    async def delete(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> bool:
        """Permanently remove a page.

        REST method: ``landing.landing.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to delete.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.delete(lid=1)
            result = await client.landing.landing.delete(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_DELETE, {"scope": scope, "lid": lid}
            ),
        )

    async def deleteblock(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int, block: int
    ) -> bool:
        """Remove a block from a page.

        REST method: ``landing.landing.deleteblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-delete-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.deleteblock(lid=1, block=1)
            result = await client.landing.landing.deleteblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_DELETEBLOCK,
                {"scope": scope, "lid": lid, "block": block},
            ),
        )

    async def downblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a block one position lower on its page.

        REST method: ``landing.landing.downblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-down-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.downblock(lid=1, block=1)
            result = await client.landing.landing.downblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_DOWNBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def favorite_block(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        meta: LandingLandingFavoriteBlockMeta | NotGiven = NOT_GIVEN,
    ) -> int:
        """Save a block as a reusable favourite in the block library.

        REST method: ``landing.landing.favoriteBlock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-favorite-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            meta: Library data for the saved block.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.favorite_block(lid=1, block=1)
            result = await client.landing.landing.favorite_block(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_FAVORITE_BLOCK,
                {"scope": scope, "lid": lid, "block": block, "meta": meta},
            ),
        )

    async def get_list(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        params: LandingLandingGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingLanding]:
        """List pages with chosen fields, filter and sorting.

        May return an empty list without an error when nothing matches or access is missing.

        REST method: ``landing.landing.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingLanding]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.get_list()
            result = await client.landing.landing.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingLanding]",
            await self._backend._invoke(
                _LANDING_LANDING_GET_LIST,
                {"scope": scope, "params": params, "start": start},
            ),
        )

    async def getadditionalfields(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int
    ) -> LandingLandingGetadditionalfieldsResult:
        """Return the extra settings (SEO, fonts, counters) of a page.

        REST method: ``landing.landing.getadditionalfields``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-additional-fields.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            LandingLandingGetadditionalfieldsResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.getadditionalfields(lid=1)
            result = await client.landing.landing.getadditionalfields(lid=1)  # AsyncBitrix24
        """
        return cast(
            "LandingLandingGetadditionalfieldsResult",
            await self._backend._invoke(
                _LANDING_LANDING_GETADDITIONALFIELDS, {"scope": scope, "lid": lid}
            ),
        )

    async def getpreview(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> str:
        """Return the URL or relative path of a page's preview image.

        REST method: ``landing.landing.getpreview``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-preview.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.landing.getpreview(lid=1)
            result = await client.landing.landing.getpreview(lid=1)  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _LANDING_LANDING_GETPREVIEW, {"scope": scope, "lid": lid}
            ),
        )

    async def getpublicurl(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> str:
        """Return the full public address of a page.

        REST method: ``landing.landing.getpublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.getpublicurl(lid=1)
            result = await client.landing.landing.getpublicurl(lid=1)  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _LANDING_LANDING_GETPUBLICURL, {"scope": scope, "lid": lid}
            ),
        )

    async def hideblock(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int, block: int
    ) -> bool:
        """Make a block invisible on its page without deleting it.

        REST method: ``landing.landing.hideblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-hide-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.hideblock(lid=1, block=1)
            result = await client.landing.landing.hideblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_HIDEBLOCK, {"scope": scope, "lid": lid, "block": block}
            ),
        )

    async def mark_delete(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a page to the recycle bin and unpublish it, or bring it back.

        The page stays in the database and can be restored.

        REST method: ``landing.landing.markDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-mark-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            mark: true moves the page to the recycle bin (default); false restores it.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.mark_delete(lid=1)
            result = await client.landing.landing.mark_delete(lid=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_MARK_DELETE, {"scope": scope, "lid": lid, "mark": mark}
            ),
        )

    async def mark_un_delete(self, *, lid: int) -> int:
        """Restore a page from the recycle bin.

        REST method: ``landing.landing.markUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-mark-undelete.html

        Args:
            lid: ID of the page.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.mark_un_delete(lid=1)
            result = await client.landing.landing.mark_un_delete(lid=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_LANDING_LANDING_MARK_UN_DELETE, {"lid": lid}),
        )

    async def markdeletedblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        mark: bool | NotGiven = NOT_GIVEN,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark a block as deleted, or clear the mark.

        REST method: ``landing.landing.markdeletedblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-mark-deleted-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            mark: true marks the block as deleted (default); false clears the mark.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.markdeletedblock(lid=1, block=1)
            result = await client.landing.landing.markdeletedblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_MARKDELETEDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "mark": mark,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def markundeletedblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Restore a block that was marked as deleted.

        REST method: ``landing.landing.markundeletedblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-mark-undeleted-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.markundeletedblock(lid=1, block=1)
            result = await client.landing.landing.markundeletedblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_MARKUNDELETEDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def move(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        to_site_id: int | NotGiven = NOT_GIVEN,
        to_folder_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a page to another site or folder.

        REST method: ``landing.landing.move``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-move.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to move.
            to_site_id: ID of the target site. Wire name: ``toSiteId``.
            to_folder_id: ID of the target folder. Wire name: ``toFolderId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.move(lid=1)
            result = await client.landing.landing.move(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_MOVE,
                {
                    "scope": scope,
                    "lid": lid,
                    "toSiteId": to_site_id,
                    "toFolderId": to_folder_id,
                },
            ),
        )

    async def moveblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        params: LandingLandingMoveblockParams | NotGiven = NOT_GIVEN,
    ) -> LandingLandingMoveblockResult | int:
        """Move a block from any page to a given page.

        REST method: ``landing.landing.moveblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-move-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page that receives the block.
            block: ID of the source block.
            params: Placement options.

        Returns:
            LandingLandingMoveblockResult | int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.moveblock(lid=1, block=1)
            result = await client.landing.landing.moveblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingLandingMoveblockResult | int",
            await self._backend._invoke(
                _LANDING_LANDING_MOVEBLOCK,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    async def publication(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> bool:
        """Make a page public with its current draft.

        REST method: ``landing.landing.publication``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-publication.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.landing.publication(lid=1)
            result = await client.landing.landing.publication(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_PUBLICATION, {"scope": scope, "lid": lid}
            ),
        )

    async def remove_entities(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        data: LandingLandingRemoveEntitiesData,
    ) -> bool:
        """Remove chosen blocks and their images from a page in one call.

        REST method: ``landing.landing.removeEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-remove-entities.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            data: What to remove.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.landing.remove_entities(lid=1, data={})
            result = await client.landing.landing.remove_entities(lid=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_REMOVE_ENTITIES,
                {"scope": scope, "lid": lid, "data": data},
            ),
        )

    async def resolve_id_by_public_url(
        self, *, scope: str | NotGiven = NOT_GIVEN, landing_url: str, site_id: int
    ) -> int:
        """Find a page ID from its relative public URL within a site.

        Returns null when no page has that URL.

        REST method: ``landing.landing.resolveIdByPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-resolve-id-by-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            landing_url: Relative public URL of the page without the domain, such as "/catalog/sale/". Wire name: ``landingUrl``.
            site_id: ID of the site to search in. Wire name: ``siteId``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.resolve_id_by_public_url(landing_url="https://example.com/hook", site_id=1)
            result = await client.landing.landing.resolve_id_by_public_url(landing_url="https://example.com/hook", site_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_LANDING_RESOLVE_ID_BY_PUBLIC_URL,
                {"scope": scope, "landingUrl": landing_url, "siteId": site_id},
            ),
        )

    async def showblock(
        self, *, scope: str | NotGiven = NOT_GIVEN, lid: int, block: int
    ) -> bool:
        """Make a hidden block visible again on its page.

        REST method: ``landing.landing.showblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-show-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.showblock(lid=1, block=1)
            result = await client.landing.landing.showblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_SHOWBLOCK, {"scope": scope, "lid": lid, "block": block}
            ),
        )

    async def un_favorite_block(self, *, block_id: int) -> bool:
        """Remove a block saved as a favourite from the block library.

        REST method: ``landing.landing.unFavoriteBlock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-unfavorite-block.html

        Args:
            block_id: ID of the favourite block (as returned by landing.landing.favoriteBlock). Wire name: ``blockId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.un_favorite_block(block_id=1)
            result = await client.landing.landing.un_favorite_block(block_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_UN_FAVORITE_BLOCK, {"blockId": block_id}
            ),
        )

    async def unpublic(self, *, scope: str | NotGiven = NOT_GIVEN, lid: int) -> bool:
        """Take a page offline.

        REST method: ``landing.landing.unpublic``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-unpublic.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.unpublic(lid=1)
            result = await client.landing.landing.unpublic(lid=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_UNPUBLIC, {"scope": scope, "lid": lid}
            ),
        )

    async def upblock(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Move a block one position higher on its page.

        REST method: ``landing.landing.upblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-up-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.upblock(lid=1, block=1)
            result = await client.landing.landing.upblock(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_UPBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def update(self, *, lid: int, fields: LandingLandingUpdateFields) -> bool:
        """Change the title, address, folder or other fields of a page.

        REST method: ``landing.landing.update``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-update.html

        Args:
            lid: ID of the page to change.
            fields: Page fields to change.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.landing.update(lid=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.landing.update(lid=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_LANDING_UPDATE, {"lid": lid, "fields": fields}
            ),
        )


class BatchLandingLanding(Namespace):
    """Methods under ``landing.landing`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        fields: LandingLandingAddFields | Ref,
    ) -> BatchCommand[int]:
        """Create a page (or folder) in a site and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.add``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-add.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            fields: Fields of the new page.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.add(fields={"TITLE": "Kick-off call", "SITE_ID": 1})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_ADD, {"scope": scope, "fields": fields}
            ),
        )

    def add_by_template(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        site_id: int | Ref,
        code: str | Ref,
        fields: LandingLandingAddByTemplateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a page in a site from a page template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.addByTemplate``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-add-by-template.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            code: Code of the page template (see landing.demos.getPageList).
            fields: Fields of the new page.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.add_by_template(site_id=1, code="example_code", fields={"TITLE": "Kick-off call", "DESCRIPTION": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_ADD_BY_TEMPLATE,
                {"scope": scope, "siteId": site_id, "code": code, "fields": fields},
            ),
        )

    def addblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        fields: LandingLandingAddblockFields | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Put a library block onto a page and return the new block's ID.

        With fields/RETURN_CONTENT "Y" the result is the block data instead of the bare ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.addblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-add-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            fields: Fields of the new block.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.addblock(lid=1, fields={"CODE": "example_code"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_ADDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "fields": fields,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def copy(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        to_site_id: int | Ref | NotGiven = NOT_GIVEN,
        to_folder_id: int | Ref | NotGiven = NOT_GIVEN,
        skip_system: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Duplicate a page, optionally into another site or folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.copy``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-copy.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to copy.
            to_site_id: ID of the target site. Wire name: ``toSiteId``.
            to_folder_id: ID of the target folder. Wire name: ``toFolderId``.
            skip_system: true makes the copy a regular page even when the original is a system page. Wire name: ``skipSystem``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.copy(lid=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_COPY,
                {
                    "scope": scope,
                    "lid": lid,
                    "toSiteId": to_site_id,
                    "toFolderId": to_folder_id,
                    "skipSystem": skip_system,
                },
            ),
        )

    def copyblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        params: LandingLandingCopyblockParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int | LandingLandingCopyblockResult]:
        """Copy a block from any page onto a given page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.copyblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-copy-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page that receives the block.
            block: ID of the source block.
            params: Placement options.

        Returns:
            BatchCommand[int | LandingLandingCopyblockResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.copyblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[int | LandingLandingCopyblockResult]",
            self._backend._invoke(
                _LANDING_LANDING_COPYBLOCK,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    def delete(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, lid: int | Ref
    ) -> BatchCommand[bool]:
        """Permanently remove a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to delete.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.delete(lid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_DELETE, {"scope": scope, "lid": lid}
            ),
        )

    def deleteblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
    ) -> BatchCommand[bool]:
        """Remove a block from a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.deleteblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-delete-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.deleteblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_DELETEBLOCK,
                {"scope": scope, "lid": lid, "block": block},
            ),
        )

    def downblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Move a block one position lower on its page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.downblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-down-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.downblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_DOWNBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def favorite_block(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        meta: LandingLandingFavoriteBlockMeta | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Save a block as a reusable favourite in the block library.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.favoriteBlock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-favorite-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            meta: Library data for the saved block.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.favorite_block(lid=1, block=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_FAVORITE_BLOCK,
                {"scope": scope, "lid": lid, "block": block, "meta": meta},
            ),
        )

    def get_list(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        params: LandingLandingGetListParams | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingLanding]]:
        """List pages with chosen fields, filter and sorting.

        May return an empty list without an error when nothing matches or access is missing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingLanding]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.get_list()
        """
        return cast(
            "BatchCommand[list[_LandingLanding]]",
            self._backend._invoke(
                _LANDING_LANDING_GET_LIST,
                {"scope": scope, "params": params, "start": start},
            ),
        )

    def getadditionalfields(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, lid: int | Ref
    ) -> BatchCommand[LandingLandingGetadditionalfieldsResult]:
        """Return the extra settings (SEO, fonts, counters) of a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.getadditionalfields``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-additional-fields.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            BatchCommand[LandingLandingGetadditionalfieldsResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.getadditionalfields(lid=1)
        """
        return cast(
            "BatchCommand[LandingLandingGetadditionalfieldsResult]",
            self._backend._invoke(
                _LANDING_LANDING_GETADDITIONALFIELDS, {"scope": scope, "lid": lid}
            ),
        )

    def getpreview(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, lid: int | Ref
    ) -> BatchCommand[str]:
        """Return the URL or relative path of a page's preview image.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.getpreview``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-preview.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            command = batch.landing.landing.getpreview(lid=1)
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LANDING_LANDING_GETPREVIEW, {"scope": scope, "lid": lid}
            ),
        )

    def getpublicurl(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, lid: int | Ref
    ) -> BatchCommand[str]:
        """Return the full public address of a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.getpublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.getpublicurl(lid=1)
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LANDING_LANDING_GETPUBLICURL, {"scope": scope, "lid": lid}
            ),
        )

    def hideblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
    ) -> BatchCommand[bool]:
        """Make a block invisible on its page without deleting it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.hideblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-hide-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.hideblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_HIDEBLOCK, {"scope": scope, "lid": lid, "block": block}
            ),
        )

    def mark_delete(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        mark: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Send a page to the recycle bin and unpublish it, or bring it back.

        The page stays in the database and can be restored.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.markDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-mark-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            mark: true moves the page to the recycle bin (default); false restores it.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.mark_delete(lid=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_MARK_DELETE, {"scope": scope, "lid": lid, "mark": mark}
            ),
        )

    def mark_un_delete(self, *, lid: int | Ref) -> BatchCommand[int]:
        """Restore a page from the recycle bin.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.markUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-mark-undelete.html

        Args:
            lid: ID of the page.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.mark_un_delete(lid=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_LANDING_LANDING_MARK_UN_DELETE, {"lid": lid}),
        )

    def markdeletedblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        mark: bool | Ref | NotGiven = NOT_GIVEN,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Mark a block as deleted, or clear the mark.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.markdeletedblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-mark-deleted-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            mark: true marks the block as deleted (default); false clears the mark.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.markdeletedblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_MARKDELETEDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "mark": mark,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def markundeletedblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Restore a block that was marked as deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.markundeletedblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-mark-undeleted-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.markundeletedblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_MARKUNDELETEDBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def move(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        to_site_id: int | Ref | NotGiven = NOT_GIVEN,
        to_folder_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Move a page to another site or folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.move``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-move.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page to move.
            to_site_id: ID of the target site. Wire name: ``toSiteId``.
            to_folder_id: ID of the target folder. Wire name: ``toFolderId``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.move(lid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_MOVE,
                {
                    "scope": scope,
                    "lid": lid,
                    "toSiteId": to_site_id,
                    "toFolderId": to_folder_id,
                },
            ),
        )

    def moveblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        params: LandingLandingMoveblockParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingLandingMoveblockResult | int]:
        """Move a block from any page to a given page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.moveblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-move-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page that receives the block.
            block: ID of the source block.
            params: Placement options.

        Returns:
            BatchCommand[LandingLandingMoveblockResult | int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.moveblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[LandingLandingMoveblockResult | int]",
            self._backend._invoke(
                _LANDING_LANDING_MOVEBLOCK,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    def publication(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, lid: int | Ref
    ) -> BatchCommand[bool]:
        """Make a page public with its current draft.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.publication``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-publication.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            command = batch.landing.landing.publication(lid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_PUBLICATION, {"scope": scope, "lid": lid}
            ),
        )

    def remove_entities(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        data: LandingLandingRemoveEntitiesData | Ref,
    ) -> BatchCommand[bool]:
        """Remove chosen blocks and their images from a page in one call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.removeEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-remove-entities.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            data: What to remove.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            command = batch.landing.landing.remove_entities(lid=1, data={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_REMOVE_ENTITIES,
                {"scope": scope, "lid": lid, "data": data},
            ),
        )

    def resolve_id_by_public_url(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        landing_url: str | Ref,
        site_id: int | Ref,
    ) -> BatchCommand[int]:
        """Find a page ID from its relative public URL within a site.

        Returns null when no page has that URL.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.resolveIdByPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-resolve-id-by-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            landing_url: Relative public URL of the page without the domain, such as "/catalog/sale/". Wire name: ``landingUrl``.
            site_id: ID of the site to search in. Wire name: ``siteId``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.resolve_id_by_public_url(landing_url="https://example.com/hook", site_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_LANDING_RESOLVE_ID_BY_PUBLIC_URL,
                {"scope": scope, "landingUrl": landing_url, "siteId": site_id},
            ),
        )

    def showblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
    ) -> BatchCommand[bool]:
        """Make a hidden block visible again on its page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.showblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-show-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.showblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_SHOWBLOCK, {"scope": scope, "lid": lid, "block": block}
            ),
        )

    def un_favorite_block(self, *, block_id: int | Ref) -> BatchCommand[bool]:
        """Remove a block saved as a favourite from the block library.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.unFavoriteBlock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-unfavorite-block.html

        Args:
            block_id: ID of the favourite block (as returned by landing.landing.favoriteBlock). Wire name: ``blockId``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.un_favorite_block(block_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_UN_FAVORITE_BLOCK, {"blockId": block_id}
            ),
        )

    def unpublic(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, lid: int | Ref
    ) -> BatchCommand[bool]:
        """Take a page offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.unpublic``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-unpublic.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.unpublic(lid=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_UNPUBLIC, {"scope": scope, "lid": lid}
            ),
        )

    def upblock(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Move a block one position higher on its page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.upblock``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/block-methods/landing-landing-up-block.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.upblock(lid=1, block=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_UPBLOCK,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def update(
        self, *, lid: int | Ref, fields: LandingLandingUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the title, address, folder or other fields of a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.landing.update``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-update.html

        Args:
            lid: ID of the page to change.
            fields: Page fields to change.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.landing.update(lid=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_LANDING_UPDATE, {"lid": lid, "fields": fields}
            ),
        )
