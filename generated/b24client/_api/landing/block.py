"""Methods under ``landing.block``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingBlock as _LandingBlock,
        LandingBlockGetbyidParams,
        LandingBlockGetbyidResult,
        LandingBlockGetcontentParams,
        LandingBlockGetcontentResult,
        LandingBlockGetlistParams,
        LandingBlockGetmanifestParams,
        LandingBlockGetmanifestResult,
        LandingBlockGetmanifestfileResult,
        LandingBlockGetrepositoryResult,
        LandingBlockUpdatenodesAdditional,
        LandingBlockUploadfileParams,
        LandingBlockUploadfileResult,
    )

_LANDING_BLOCK_ADDCARD = MethodInfo(
    name="landing.block.addcard", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_CHANGE_ANCHOR = MethodInfo(
    name="landing.block.changeAnchor", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_CHANGE_NODE_NAME = MethodInfo(
    name="landing.block.changeNodeName", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_CLONECARD = MethodInfo(
    name="landing.block.clonecard", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_GET_CONTENT_FROM_REPOSITORY = MethodInfo(
    name="landing.block.getContentFromRepository",
    idempotent=True,
    returns="string",
    api=1,
)
_LANDING_BLOCK_GETBYID = MethodInfo(
    name="landing.block.getbyid", idempotent=True, returns="any", api=1
)
_LANDING_BLOCK_GETCONTENT = MethodInfo(
    name="landing.block.getcontent", idempotent=True, returns="any", api=1
)
_LANDING_BLOCK_GETLIST = MethodInfo(
    name="landing.block.getlist", idempotent=True, returns="any", api=1
)
_LANDING_BLOCK_GETMANIFEST = MethodInfo(
    name="landing.block.getmanifest", idempotent=True, returns="any", api=1
)
_LANDING_BLOCK_GETMANIFESTFILE = MethodInfo(
    name="landing.block.getmanifestfile", idempotent=True, returns="any", api=1
)
_LANDING_BLOCK_GETREPOSITORY = MethodInfo(
    name="landing.block.getrepository", idempotent=True, returns="any", api=1
)
_LANDING_BLOCK_REMOVECARD = MethodInfo(
    name="landing.block.removecard", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_UPDATE_CARDS = MethodInfo(
    name="landing.block.updateCards", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_UPDATE_STYLES = MethodInfo(
    name="landing.block.updateStyles", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_UPDATEATTRS = MethodInfo(
    name="landing.block.updateattrs", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_UPDATECONTENT = MethodInfo(
    name="landing.block.updatecontent", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_UPDATENODES = MethodInfo(
    name="landing.block.updatenodes", idempotent=False, returns="boolean", api=1
)
_LANDING_BLOCK_UPLOADFILE = MethodInfo(
    name="landing.block.uploadfile", idempotent=False, returns="any", api=1
)


class LandingBlock(Namespace):
    """Methods under ``landing.block``."""

    __slots__ = ()

    def addcard(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        selector: str,
        content: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Insert a new card (repeating item) into a block at a chosen position.

        REST method: ``landing.block.addcard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-add-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            content: HTML of the new card.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.addcard(lid=1, block=1, selector="example", content="example")
            result = await client.landing.block.addcard(lid=1, block=1, selector="example", content="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_ADDCARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "content": content,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def change_anchor(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set the HTML anchor (link target ID) of a block on a page.

        REST method: ``landing.block.changeAnchor``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-change-anchor.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New anchor without "#"; starts with a Latin letter.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.change_anchor(lid=1, block=1, data="example")
            result = await client.landing.block.change_anchor(lid=1, block=1, data="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_CHANGE_ANCHOR,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def change_node_name(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the HTML tag of block elements, such as h2 to h3.

        REST method: ``landing.block.changeNodeName``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-change-node-name.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New tags keyed by element selector, such as {".landing-block-node-title@0": "h3"}.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.change_node_name(lid=1, block=1, data={})
            result = await client.landing.block.change_node_name(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_CHANGE_NODE_NAME,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def clonecard(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        selector: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Duplicate a card (repeating item) inside a block.

        REST method: ``landing.block.clonecard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-clone-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.clonecard(lid=1, block=1, selector="example")
            result = await client.landing.block.clonecard(lid=1, block=1, selector="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_CLONECARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def get_content_from_repository(self, *, code: str) -> str:
        """Return the HTML template of a block from the block library by its code.

        REST method: ``landing.block.getContentFromRepository``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-content-from-repository.html

        Args:
            code: Library code of the block, such as "01.big_with_text".

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.get_content_from_repository(code="example_code")
            result = await client.landing.block.get_content_from_repository(code="example_code")  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(
                _LANDING_BLOCK_GET_CONTENT_FROM_REPOSITORY, {"code": code}
            ),
        )

    def getbyid(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        block: int,
        params: LandingBlockGetbyidParams | NotGiven = NOT_GIVEN,
    ) -> LandingBlockGetbyidResult:
        """Return one block by its ID, optionally with HTML, CSS and JS.

        REST method: ``landing.block.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-by-id.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            block: ID of the block.
            params: Reading options.

        Returns:
            LandingBlockGetbyidResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getbyid(block=1)
            result = await client.landing.block.getbyid(block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetbyidResult",
            self._backend._invoke(
                _LANDING_BLOCK_GETBYID,
                {"scope": scope, "block": block, "params": params},
            ),
        )

    def getcontent(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        edit_mode: bool | NotGiven = NOT_GIVEN,
        params: LandingBlockGetcontentParams | NotGiven = NOT_GIVEN,
    ) -> LandingBlockGetcontentResult:
        """Return the rendered HTML, assets and manifest of a block on a page.

        REST method: ``landing.block.getcontent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-content.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            edit_mode: true returns the draft of the block, false the published version. Wire name: ``editMode``.
            params: Rendering options.

        Returns:
            LandingBlockGetcontentResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getcontent(lid=1, block=1)
            result = await client.landing.block.getcontent(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetcontentResult",
            self._backend._invoke(
                _LANDING_BLOCK_GETCONTENT,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "editMode": edit_mode,
                    "params": params,
                },
            ),
        )

    def getlist(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int | Sequence[int],
        params: LandingBlockGetlistParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingBlock]:
        """List the blocks of one or several pages.

        May return an empty list without an error when nothing matches or access is missing.

        REST method: ``landing.block.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingBlock]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getlist(lid=1)
            result = await client.landing.block.getlist(lid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_LandingBlock]",
            self._backend._invoke(
                _LANDING_BLOCK_GETLIST,
                {"scope": scope, "lid": lid, "params": params, "start": start},
            ),
        )

    def getmanifest(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        params: LandingBlockGetmanifestParams | NotGiven = NOT_GIVEN,
    ) -> LandingBlockGetmanifestResult:
        """Return the prepared manifest (editable nodes, styles, cards) of a block on a page.

        REST method: ``landing.block.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-manifest.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            params: Reading options.

        Returns:
            LandingBlockGetmanifestResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getmanifest(lid=1, block=1)
            result = await client.landing.block.getmanifest(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetmanifestResult",
            self._backend._invoke(
                _LANDING_BLOCK_GETMANIFEST,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    def getmanifestfile(self, *, code: str) -> LandingBlockGetmanifestfileResult:
        """Return the raw manifest of a library block by its code.

        REST method: ``landing.block.getmanifestfile``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-manifest-file.html

        Args:
            code: Library code of the block, such as "01.big_with_text".

        Returns:
            LandingBlockGetmanifestfileResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getmanifestfile(code="example_code")
            result = await client.landing.block.getmanifestfile(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetmanifestfileResult",
            self._backend._invoke(_LANDING_BLOCK_GETMANIFESTFILE, {"code": code}),
        )

    def getrepository(
        self, *, section: str | NotGiven = NOT_GIVEN, scope: str | NotGiven = NOT_GIVEN
    ) -> LandingBlockGetrepositoryResult:
        """Return the block library sections and the blocks in them.

        REST method: ``landing.block.getrepository``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-repository.html

        Args:
            section: Section code, such as "text"; all sections when omitted.
            scope: Site builder area whose repository to return, such as "KNOWLEDGE".

        Returns:
            LandingBlockGetrepositoryResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getrepository()
            result = await client.landing.block.getrepository()  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetrepositoryResult",
            self._backend._invoke(
                _LANDING_BLOCK_GETREPOSITORY, {"section": section, "scope": scope}
            ),
        )

    def removecard(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        selector: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Delete a card (repeating item) from a block.

        REST method: ``landing.block.removecard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-remove-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.removecard(lid=1, block=1, selector="example")
            result = await client.landing.block.removecard(lid=1, block=1, selector="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_REMOVECARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def update_cards(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
    ) -> bool:
        """Replace the set of cards in a block in one call.

        REST method: ``landing.block.updateCards``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-cards.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Card changes keyed by card selector.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.update_cards(lid=1, block=1, data={})
            result = await client.landing.block.update_cards(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_UPDATE_CARDS,
                {"scope": scope, "lid": lid, "block": block, "data": data},
            ),
        )

    def update_styles(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change CSS classes and inline styles of block elements.

        REST method: ``landing.block.updateStyles``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-styles.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Styles keyed by selector, each with classList, affect and style.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.update_styles(lid=1, block=1, data={})
            result = await client.landing.block.update_styles(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_UPDATE_STYLES,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def updateattrs(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
    ) -> bool:
        """Change HTML attributes of block elements.

        REST method: ``landing.block.updateattrs``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-attrs.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Attribute values keyed by element selector.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.updateattrs(lid=1, block=1, data={})
            result = await client.landing.block.updateattrs(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_UPDATEATTRS,
                {"scope": scope, "lid": lid, "block": block, "data": data},
            ),
        )

    def updatecontent(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        content: str,
        designed: bool | int | str | NotGiven = NOT_GIVEN,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace the whole HTML of a block.

        The new HTML replaces the block content completely.

        REST method: ``landing.block.updatecontent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-content.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            content: Complete new HTML of the block.
            designed: true, "true" or 1 marks the block as changed by hand.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.updatecontent(lid=1, block=1, content="example")
            result = await client.landing.block.updatecontent(lid=1, block=1, content="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_UPDATECONTENT,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "content": content,
                    "designed": designed,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def updatenodes(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
        additional: LandingBlockUpdatenodesAdditional | NotGiven = NOT_GIVEN,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change texts, images, links and menus inside a block.

        REST method: ``landing.block.updatenodes``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-nodes.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New element values (text, images, links, component settings) keyed by selector.
            additional: Extra saving options.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.updatenodes(lid=1, block=1, data={})
            result = await client.landing.block.updatenodes(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_BLOCK_UPDATENODES,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "additional": additional,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def uploadfile(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        block: int,
        picture: str | Sequence[str],
        ext: str | NotGiven = NOT_GIVEN,
        params: LandingBlockUploadfileParams | NotGiven = NOT_GIVEN,
        temp: bool | int | NotGiven = NOT_GIVEN,
    ) -> LandingBlockUploadfileResult:
        """Upload an image for a block and return its file ID and URL.

        REST method: ``landing.block.uploadfile``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-upload-file.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            block: ID of the block the image belongs to.
            picture: Image to upload: a URL, or a [name, base64 content] pair.
            ext: File extension to use when the URL does not show it.
            params: Resize options.
            temp: true marks the file as temporary.

        Returns:
            LandingBlockUploadfileResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.block.uploadfile(block=1, picture="example")
            result = await client.landing.block.uploadfile(block=1, picture="example")  # AsyncBitrix24
        """
        return cast(
            "LandingBlockUploadfileResult",
            self._backend._invoke(
                _LANDING_BLOCK_UPLOADFILE,
                {
                    "scope": scope,
                    "block": block,
                    "picture": picture,
                    "ext": ext,
                    "params": params,
                    "temp": temp,
                },
            ),
        )


class AsyncLandingBlock(Namespace):
    """Methods under ``landing.block`` (async)."""

    __slots__ = ()

    async def addcard(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        selector: str,
        content: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Insert a new card (repeating item) into a block at a chosen position.

        REST method: ``landing.block.addcard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-add-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            content: HTML of the new card.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.addcard(lid=1, block=1, selector="example", content="example")
            result = await client.landing.block.addcard(lid=1, block=1, selector="example", content="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_ADDCARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "content": content,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def change_anchor(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set the HTML anchor (link target ID) of a block on a page.

        REST method: ``landing.block.changeAnchor``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-change-anchor.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New anchor without "#"; starts with a Latin letter.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.change_anchor(lid=1, block=1, data="example")
            result = await client.landing.block.change_anchor(lid=1, block=1, data="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_CHANGE_ANCHOR,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def change_node_name(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the HTML tag of block elements, such as h2 to h3.

        REST method: ``landing.block.changeNodeName``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-change-node-name.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New tags keyed by element selector, such as {".landing-block-node-title@0": "h3"}.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.change_node_name(lid=1, block=1, data={})
            result = await client.landing.block.change_node_name(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_CHANGE_NODE_NAME,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def clonecard(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        selector: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Duplicate a card (repeating item) inside a block.

        REST method: ``landing.block.clonecard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-clone-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.clonecard(lid=1, block=1, selector="example")
            result = await client.landing.block.clonecard(lid=1, block=1, selector="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_CLONECARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def get_content_from_repository(self, *, code: str) -> str:
        """Return the HTML template of a block from the block library by its code.

        REST method: ``landing.block.getContentFromRepository``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-content-from-repository.html

        Args:
            code: Library code of the block, such as "01.big_with_text".

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.get_content_from_repository(code="example_code")
            result = await client.landing.block.get_content_from_repository(code="example_code")  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _LANDING_BLOCK_GET_CONTENT_FROM_REPOSITORY, {"code": code}
            ),
        )

    async def getbyid(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        block: int,
        params: LandingBlockGetbyidParams | NotGiven = NOT_GIVEN,
    ) -> LandingBlockGetbyidResult:
        """Return one block by its ID, optionally with HTML, CSS and JS.

        REST method: ``landing.block.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-by-id.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            block: ID of the block.
            params: Reading options.

        Returns:
            LandingBlockGetbyidResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getbyid(block=1)
            result = await client.landing.block.getbyid(block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetbyidResult",
            await self._backend._invoke(
                _LANDING_BLOCK_GETBYID,
                {"scope": scope, "block": block, "params": params},
            ),
        )

    async def getcontent(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        edit_mode: bool | NotGiven = NOT_GIVEN,
        params: LandingBlockGetcontentParams | NotGiven = NOT_GIVEN,
    ) -> LandingBlockGetcontentResult:
        """Return the rendered HTML, assets and manifest of a block on a page.

        REST method: ``landing.block.getcontent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-content.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            edit_mode: true returns the draft of the block, false the published version. Wire name: ``editMode``.
            params: Rendering options.

        Returns:
            LandingBlockGetcontentResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getcontent(lid=1, block=1)
            result = await client.landing.block.getcontent(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetcontentResult",
            await self._backend._invoke(
                _LANDING_BLOCK_GETCONTENT,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "editMode": edit_mode,
                    "params": params,
                },
            ),
        )

    async def getlist(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int | Sequence[int],
        params: LandingBlockGetlistParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingBlock]:
        """List the blocks of one or several pages.

        May return an empty list without an error when nothing matches or access is missing.

        REST method: ``landing.block.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingBlock]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getlist(lid=1)
            result = await client.landing.block.getlist(lid=1)  # AsyncBitrix24
        """
        return cast(
            "list[_LandingBlock]",
            await self._backend._invoke(
                _LANDING_BLOCK_GETLIST,
                {"scope": scope, "lid": lid, "params": params, "start": start},
            ),
        )

    async def getmanifest(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        params: LandingBlockGetmanifestParams | NotGiven = NOT_GIVEN,
    ) -> LandingBlockGetmanifestResult:
        """Return the prepared manifest (editable nodes, styles, cards) of a block on a page.

        REST method: ``landing.block.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-manifest.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            params: Reading options.

        Returns:
            LandingBlockGetmanifestResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getmanifest(lid=1, block=1)
            result = await client.landing.block.getmanifest(lid=1, block=1)  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetmanifestResult",
            await self._backend._invoke(
                _LANDING_BLOCK_GETMANIFEST,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    async def getmanifestfile(self, *, code: str) -> LandingBlockGetmanifestfileResult:
        """Return the raw manifest of a library block by its code.

        REST method: ``landing.block.getmanifestfile``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-manifest-file.html

        Args:
            code: Library code of the block, such as "01.big_with_text".

        Returns:
            LandingBlockGetmanifestfileResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getmanifestfile(code="example_code")
            result = await client.landing.block.getmanifestfile(code="example_code")  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetmanifestfileResult",
            await self._backend._invoke(_LANDING_BLOCK_GETMANIFESTFILE, {"code": code}),
        )

    async def getrepository(
        self, *, section: str | NotGiven = NOT_GIVEN, scope: str | NotGiven = NOT_GIVEN
    ) -> LandingBlockGetrepositoryResult:
        """Return the block library sections and the blocks in them.

        REST method: ``landing.block.getrepository``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-repository.html

        Args:
            section: Section code, such as "text"; all sections when omitted.
            scope: Site builder area whose repository to return, such as "KNOWLEDGE".

        Returns:
            LandingBlockGetrepositoryResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.getrepository()
            result = await client.landing.block.getrepository()  # AsyncBitrix24
        """
        return cast(
            "LandingBlockGetrepositoryResult",
            await self._backend._invoke(
                _LANDING_BLOCK_GETREPOSITORY, {"section": section, "scope": scope}
            ),
        )

    async def removecard(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        selector: str,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Delete a card (repeating item) from a block.

        REST method: ``landing.block.removecard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-remove-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.removecard(lid=1, block=1, selector="example")
            result = await client.landing.block.removecard(lid=1, block=1, selector="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_REMOVECARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def update_cards(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
    ) -> bool:
        """Replace the set of cards in a block in one call.

        REST method: ``landing.block.updateCards``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-cards.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Card changes keyed by card selector.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.update_cards(lid=1, block=1, data={})
            result = await client.landing.block.update_cards(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_UPDATE_CARDS,
                {"scope": scope, "lid": lid, "block": block, "data": data},
            ),
        )

    async def update_styles(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change CSS classes and inline styles of block elements.

        REST method: ``landing.block.updateStyles``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-styles.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Styles keyed by selector, each with classList, affect and style.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.update_styles(lid=1, block=1, data={})
            result = await client.landing.block.update_styles(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_UPDATE_STYLES,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def updateattrs(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
    ) -> bool:
        """Change HTML attributes of block elements.

        REST method: ``landing.block.updateattrs``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-attrs.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Attribute values keyed by element selector.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.updateattrs(lid=1, block=1, data={})
            result = await client.landing.block.updateattrs(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_UPDATEATTRS,
                {"scope": scope, "lid": lid, "block": block, "data": data},
            ),
        )

    async def updatecontent(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        content: str,
        designed: bool | int | str | NotGiven = NOT_GIVEN,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace the whole HTML of a block.

        The new HTML replaces the block content completely.

        REST method: ``landing.block.updatecontent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-content.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            content: Complete new HTML of the block.
            designed: true, "true" or 1 marks the block as changed by hand.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.updatecontent(lid=1, block=1, content="example")
            result = await client.landing.block.updatecontent(lid=1, block=1, content="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_UPDATECONTENT,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "content": content,
                    "designed": designed,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def updatenodes(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        lid: int,
        block: int,
        data: dict[str, Any],
        additional: LandingBlockUpdatenodesAdditional | NotGiven = NOT_GIVEN,
        prevent_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change texts, images, links and menus inside a block.

        REST method: ``landing.block.updatenodes``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-nodes.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New element values (text, images, links, component settings) keyed by selector.
            additional: Extra saving options.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.block.updatenodes(lid=1, block=1, data={})
            result = await client.landing.block.updatenodes(lid=1, block=1, data={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_BLOCK_UPDATENODES,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "additional": additional,
                    "preventHistory": prevent_history,
                },
            ),
        )

    async def uploadfile(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        block: int,
        picture: str | Sequence[str],
        ext: str | NotGiven = NOT_GIVEN,
        params: LandingBlockUploadfileParams | NotGiven = NOT_GIVEN,
        temp: bool | int | NotGiven = NOT_GIVEN,
    ) -> LandingBlockUploadfileResult:
        """Upload an image for a block and return its file ID and URL.

        REST method: ``landing.block.uploadfile``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-upload-file.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            block: ID of the block the image belongs to.
            picture: Image to upload: a URL, or a [name, base64 content] pair.
            ext: File extension to use when the URL does not show it.
            params: Resize options.
            temp: true marks the file as temporary.

        Returns:
            LandingBlockUploadfileResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            result = client.landing.block.uploadfile(block=1, picture="example")
            result = await client.landing.block.uploadfile(block=1, picture="example")  # AsyncBitrix24
        """
        return cast(
            "LandingBlockUploadfileResult",
            await self._backend._invoke(
                _LANDING_BLOCK_UPLOADFILE,
                {
                    "scope": scope,
                    "block": block,
                    "picture": picture,
                    "ext": ext,
                    "params": params,
                    "temp": temp,
                },
            ),
        )


class BatchLandingBlock(Namespace):
    """Methods under ``landing.block`` (queued into a batch)."""

    __slots__ = ()

    def addcard(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        selector: str | Ref,
        content: str | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Insert a new card (repeating item) into a block at a chosen position.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.addcard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-add-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            content: HTML of the new card.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.addcard(lid=1, block=1, selector="example", content="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_ADDCARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "content": content,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def change_anchor(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        data: str | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Set the HTML anchor (link target ID) of a block on a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.changeAnchor``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-change-anchor.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New anchor without "#"; starts with a Latin letter.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.change_anchor(lid=1, block=1, data="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_CHANGE_ANCHOR,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def change_node_name(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        data: dict[str, Any] | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the HTML tag of block elements, such as h2 to h3.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.changeNodeName``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-change-node-name.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New tags keyed by element selector, such as {".landing-block-node-title@0": "h3"}.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.change_node_name(lid=1, block=1, data={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_CHANGE_NODE_NAME,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def clonecard(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        selector: str | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Duplicate a card (repeating item) inside a block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.clonecard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-clone-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.clonecard(lid=1, block=1, selector="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_CLONECARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def get_content_from_repository(self, *, code: str | Ref) -> BatchCommand[str]:
        """Return the HTML template of a block from the block library by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getContentFromRepository``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-content-from-repository.html

        Args:
            code: Library code of the block, such as "01.big_with_text".

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.get_content_from_repository(code="example_code")
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LANDING_BLOCK_GET_CONTENT_FROM_REPOSITORY, {"code": code}
            ),
        )

    def getbyid(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        block: int | Ref,
        params: LandingBlockGetbyidParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingBlockGetbyidResult]:
        """Return one block by its ID, optionally with HTML, CSS and JS.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getbyid``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-by-id.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            block: ID of the block.
            params: Reading options.

        Returns:
            BatchCommand[LandingBlockGetbyidResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.getbyid(block=1)
        """
        return cast(
            "BatchCommand[LandingBlockGetbyidResult]",
            self._backend._invoke(
                _LANDING_BLOCK_GETBYID,
                {"scope": scope, "block": block, "params": params},
            ),
        )

    def getcontent(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        edit_mode: bool | Ref | NotGiven = NOT_GIVEN,
        params: LandingBlockGetcontentParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingBlockGetcontentResult]:
        """Return the rendered HTML, assets and manifest of a block on a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getcontent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-content.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            edit_mode: true returns the draft of the block, false the published version. Wire name: ``editMode``.
            params: Rendering options.

        Returns:
            BatchCommand[LandingBlockGetcontentResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.getcontent(lid=1, block=1)
        """
        return cast(
            "BatchCommand[LandingBlockGetcontentResult]",
            self._backend._invoke(
                _LANDING_BLOCK_GETCONTENT,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "editMode": edit_mode,
                    "params": params,
                },
            ),
        )

    def getlist(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Sequence[int] | Ref,
        params: LandingBlockGetlistParams | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingBlock]]:
        """List the blocks of one or several pages.

        May return an empty list without an error when nothing matches or access is missing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingBlock]]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.getlist(lid=1)
        """
        return cast(
            "BatchCommand[list[_LandingBlock]]",
            self._backend._invoke(
                _LANDING_BLOCK_GETLIST,
                {"scope": scope, "lid": lid, "params": params, "start": start},
            ),
        )

    def getmanifest(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        params: LandingBlockGetmanifestParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingBlockGetmanifestResult]:
        """Return the prepared manifest (editable nodes, styles, cards) of a block on a page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getmanifest``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-manifest.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            params: Reading options.

        Returns:
            BatchCommand[LandingBlockGetmanifestResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.getmanifest(lid=1, block=1)
        """
        return cast(
            "BatchCommand[LandingBlockGetmanifestResult]",
            self._backend._invoke(
                _LANDING_BLOCK_GETMANIFEST,
                {"scope": scope, "lid": lid, "block": block, "params": params},
            ),
        )

    def getmanifestfile(
        self, *, code: str | Ref
    ) -> BatchCommand[LandingBlockGetmanifestfileResult]:
        """Return the raw manifest of a library block by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getmanifestfile``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-manifest-file.html

        Args:
            code: Library code of the block, such as "01.big_with_text".

        Returns:
            BatchCommand[LandingBlockGetmanifestfileResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.getmanifestfile(code="example_code")
        """
        return cast(
            "BatchCommand[LandingBlockGetmanifestfileResult]",
            self._backend._invoke(_LANDING_BLOCK_GETMANIFESTFILE, {"code": code}),
        )

    def getrepository(
        self,
        *,
        section: str | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingBlockGetrepositoryResult]:
        """Return the block library sections and the blocks in them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.getrepository``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-repository.html

        Args:
            section: Section code, such as "text"; all sections when omitted.
            scope: Site builder area whose repository to return, such as "KNOWLEDGE".

        Returns:
            BatchCommand[LandingBlockGetrepositoryResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.getrepository()
        """
        return cast(
            "BatchCommand[LandingBlockGetrepositoryResult]",
            self._backend._invoke(
                _LANDING_BLOCK_GETREPOSITORY, {"section": section, "scope": scope}
            ),
        )

    def removecard(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        selector: str | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Delete a card (repeating item) from a block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.removecard``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-remove-card.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            selector: Card selector from the block manifest, optionally with a position, such as ".landing-block-card@0".
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.removecard(lid=1, block=1, selector="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_REMOVECARD,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "selector": selector,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def update_cards(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        data: dict[str, Any] | Ref,
    ) -> BatchCommand[bool]:
        """Replace the set of cards in a block in one call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.updateCards``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-cards.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Card changes keyed by card selector.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.update_cards(lid=1, block=1, data={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_UPDATE_CARDS,
                {"scope": scope, "lid": lid, "block": block, "data": data},
            ),
        )

    def update_styles(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        data: dict[str, Any] | Ref,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change CSS classes and inline styles of block elements.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.updateStyles``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-styles.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Styles keyed by selector, each with classList, affect and style.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.update_styles(lid=1, block=1, data={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_UPDATE_STYLES,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def updateattrs(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        data: dict[str, Any] | Ref,
    ) -> BatchCommand[bool]:
        """Change HTML attributes of block elements.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.updateattrs``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-attrs.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: Attribute values keyed by element selector.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.updateattrs(lid=1, block=1, data={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_UPDATEATTRS,
                {"scope": scope, "lid": lid, "block": block, "data": data},
            ),
        )

    def updatecontent(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        content: str | Ref,
        designed: bool | int | str | Ref | NotGiven = NOT_GIVEN,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Replace the whole HTML of a block.

        The new HTML replaces the block content completely.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.updatecontent``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-content.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            content: Complete new HTML of the block.
            designed: true, "true" or 1 marks the block as changed by hand.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.updatecontent(lid=1, block=1, content="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_UPDATECONTENT,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "content": content,
                    "designed": designed,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def updatenodes(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        lid: int | Ref,
        block: int | Ref,
        data: dict[str, Any] | Ref,
        additional: LandingBlockUpdatenodesAdditional | Ref | NotGiven = NOT_GIVEN,
        prevent_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change texts, images, links and menus inside a block.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.updatenodes``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-update-nodes.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            lid: ID of the page.
            block: ID of the block (draft version; see landing.block.getlist with edit_mode).
            data: New element values (text, images, links, component settings) keyed by selector.
            additional: Extra saving options.
            prevent_history: true keeps the change out of the page's undo history (default false). Wire name: ``preventHistory``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.block.updatenodes(lid=1, block=1, data={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_BLOCK_UPDATENODES,
                {
                    "scope": scope,
                    "lid": lid,
                    "block": block,
                    "data": data,
                    "additional": additional,
                    "preventHistory": prevent_history,
                },
            ),
        )

    def uploadfile(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        block: int | Ref,
        picture: str | Sequence[str] | Ref,
        ext: str | Ref | NotGiven = NOT_GIVEN,
        params: LandingBlockUploadfileParams | Ref | NotGiven = NOT_GIVEN,
        temp: bool | int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingBlockUploadfileResult]:
        """Upload an image for a block and return its file ID and URL.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.block.uploadfile``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-upload-file.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            block: ID of the block the image belongs to.
            picture: Image to upload: a URL, or a [name, base64 content] pair.
            ext: File extension to use when the URL does not show it.
            params: Resize options.
            temp: true marks the file as temporary.

        Returns:
            BatchCommand[LandingBlockUploadfileResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.

        Example:
            command = batch.landing.block.uploadfile(block=1, picture="example")
        """
        return cast(
            "BatchCommand[LandingBlockUploadfileResult]",
            self._backend._invoke(
                _LANDING_BLOCK_UPLOADFILE,
                {
                    "scope": scope,
                    "block": block,
                    "picture": picture,
                    "ext": ext,
                    "params": params,
                    "temp": temp,
                },
            ),
        )
