"""TypedDicts of ``b24client.types.landing``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "LandingBlock",
    "LandingBlockGetbyidParams",
    "LandingBlockGetbyidResult",
    "LandingBlockGetbyidResultMeta",
    "LandingBlockGetcontentParams",
    "LandingBlockGetcontentResult",
    "LandingBlockGetcontentResultManifest",
    "LandingBlockGetcontentResultManifestBlock",
    "LandingBlockGetcontentResultManifestCards",
    "LandingBlockGetcontentResultManifestCardsLandingBlockCard",
    "LandingBlockGetlistParams",
    "LandingBlockGetmanifestParams",
    "LandingBlockGetmanifestResult",
    "LandingBlockGetmanifestResultAssets",
    "LandingBlockGetmanifestResultAttrs",
    "LandingBlockGetmanifestResultAttrsBitrix24forms",
    "LandingBlockGetmanifestResultAttrsBitrix24formsItems",
    "LandingBlockGetmanifestResultBlock",
    "LandingBlockGetmanifestResultCallbacks",
    "LandingBlockGetmanifestResultNodes",
    "LandingBlockGetmanifestResultNodesWrapper",
    "LandingBlockGetmanifestResultStyle",
    "LandingBlockGetmanifestResultStyleBlock",
    "LandingBlockGetmanifestResultStyleNodes",
    "LandingBlockGetmanifestResultStyleNodesBitrix24forms",
    "LandingBlockGetmanifestfileResult",
    "LandingBlockGetmanifestfileResultAssets",
    "LandingBlockGetmanifestfileResultBlock",
    "LandingBlockGetmanifestfileResultCards",
    "LandingBlockGetmanifestfileResultCardsLandingBlockCardImg",
    "LandingBlockGetmanifestfileResultNodes",
    "LandingBlockGetmanifestfileResultNodesLandingBlockCardImg",
    "LandingBlockGetmanifestfileResultNodesLandingBlockCardImgDimensions",
    "LandingBlockGetmanifestfileResultNodesLandingBlockNodeButton",
    "LandingBlockGetmanifestfileResultNodesLandingBlockNodeSmallTitle",
    "LandingBlockGetmanifestfileResultNodesLandingBlockNodeText",
    "LandingBlockGetmanifestfileResultNodesLandingBlockNodeTitle",
    "LandingBlockGetmanifestfileResultStyle",
    "LandingBlockGetmanifestfileResultStyleBlock",
    "LandingBlockGetmanifestfileResultStyleBlockAdditional",
    "LandingBlockGetmanifestfileResultStyleNodes",
    "LandingBlockGetmanifestfileResultStyleNodesLandingBlockCardImg",
    "LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeButton",
    "LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeSmallTitle",
    "LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeText",
    "LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTextContainer",
    "LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTitle",
    "LandingBlockGetrepositoryResult",
    "LandingBlockGetrepositoryResultFavourite",
    "LandingBlockGetrepositoryResultItems",
    "LandingBlockGetrepositoryResultItems031ThreeColsBigWithTextAndTitles",
    "LandingBlockGetrepositoryResultItemsRepo405",
    "LandingBlockGetrepositoryResultMeta",
    "LandingBlockGetrepositoryResultText",
    "LandingBlockGetrepositoryResultTextItems",
    "LandingBlockGetrepositoryResultTextItems031ThreeColsBigWithTextAndTitles",
    "LandingBlockGetrepositoryResultTextMeta",
    "LandingBlockMeta",
    "LandingBlockUpdatenodesAdditional",
    "LandingBlockUploadfileParams",
    "LandingBlockUploadfileResult",
    "LandingDemos",
    "LandingDemosGetListParams",
    "LandingDemosGetPageListResult",
    "LandingDemosGetPageListResultEmpty",
    "LandingDemosGetPageListResultEmptyData",
    "LandingDemosGetPageListResultSearchResult",
    "LandingDemosGetPageListResultSearchResultData",
    "LandingDemosGetPageListResultSearchResultDataItems",
    "LandingDemosGetPageListResultSearchResultDataItemsBlock3430",
    "LandingDemosGetSiteListResult",
    "LandingDemosGetSiteListResultEmpty",
    "LandingDemosGetSiteListResultEmptyData",
    "LandingDemosRegisterData",
    "LandingDemosRegisterDataItems",
    "LandingDemosRegisterDataItemsItems",
    "LandingDemosRegisterParams",
    "LandingLanding",
    "LandingLandingAddByTemplateFields",
    "LandingLandingAddByTemplateFieldsPrepareBlocksData",
    "LandingLandingAddFields",
    "LandingLandingAddblockFields",
    "LandingLandingCopyblockParams",
    "LandingLandingCopyblockResult",
    "LandingLandingCopyblockResultContent",
    "LandingLandingCopyblockResultContentManifest",
    "LandingLandingCopyblockResultContentManifestBlock",
    "LandingLandingFavoriteBlockMeta",
    "LandingLandingGetListParams",
    "LandingLandingGetadditionalfieldsResult",
    "LandingLandingMoveblockParams",
    "LandingLandingMoveblockResult",
    "LandingLandingMoveblockResultContent",
    "LandingLandingMoveblockResultContentManifest",
    "LandingLandingMoveblockResultContentManifestBlock",
    "LandingLandingRemoveEntitiesData",
    "LandingLandingRemoveEntitiesDataImages",
    "LandingLandingUpdateFields",
    "LandingRepo",
    "LandingRepoCheckContentResult",
    "LandingRepoGetListParams",
    "LandingRepoManifest",
    "LandingRepoManifestBlock",
    "LandingRepoManifestNodes",
    "LandingRepoManifestNodesLandingBlockNodeText",
    "LandingRepoRegisterFields",
    "LandingRepowidget",
    "LandingRepowidgetGetlistParams",
    "LandingRepowidgetGetlistParamsGroup",
    "LandingRepowidgetManifest",
    "LandingRepowidgetManifestBlock",
    "LandingRepowidgetManifestBlockSubtypeParams",
    "LandingRepowidgetManifestBlockSubtypeParamsDemoData",
    "LandingRepowidgetManifestBlockSubtypeParamsLang",
    "LandingRepowidgetManifestBlockSubtypeParamsLangEn",
    "LandingRepowidgetManifestBlockSubtypeParamsLangRu",
    "LandingRepowidgetRegisterFields",
    "LandingRepowidgetRegisterFieldsWidgetParams",
    "LandingRole",
    "LandingSite",
    "LandingSiteAddFields",
    "LandingSiteAddFolderFields",
    "LandingSiteFullExportParams",
    "LandingSiteFullExportResult",
    "LandingSiteFullExportResultFields",
    "LandingSiteFullExportResultFieldsAdditionalFields",
    "LandingSiteFullExportResultItems",
    "LandingSiteFullExportResultItemsMyfirstsite2026",
    "LandingSiteFullExportResultItemsMyfirstsite2026Fields",
    "LandingSiteFullExportResultItemsMyfirstsite2026FieldsAdditionalFields",
    "LandingSiteFullExportResultItemsMyfirstsite2026Items",
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175",
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Attrs",
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175AttrsNavbarCollapse",
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Nodes",
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175NodesLandingBlockNodeMenuListItemLink",
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Style",
    "LandingSiteGetFoldersResult",
    "LandingSiteGetGroupBindingsResult",
    "LandingSiteGetListParams",
    "LandingSiteGetMenuBindingsResult",
    "LandingSiteGetadditionalfieldsResult",
    "LandingSiteUpdateFields",
    "LandingSiteUpdateFolderFields",
    "LandingSyspage",
    "LandingSyspageCart",
    "LandingSyspageCatalog",
    "LandingSyspageCompare",
    "LandingSyspageMainpage",
    "LandingSyspageOrder",
    "LandingSyspagePayment",
    "LandingSyspagePersonal",
    "LandingTemplate",
    "LandingTemplateGetlistParams",
]


class LandingBlockMeta(TypedDict, total=False):
    """Keys of ``meta`` in ``LandingBlock``."""

    LID: str
    """ID of the page."""
    CREATED_BY_ID: str
    """ID of the user who created the block."""
    DATE_CREATE: str
    """Time the block was created."""
    MODIFIED_BY_ID: str
    """ID of the user who last changed the block."""
    DATE_MODIFY: str
    """Time the block was last changed."""
    SITE_TYPE: str
    """Type of the site."""
    LANDING_TITLE: str
    """Title of the page."""
    LANDING_TPL_CODE: str
    """Template code of the page."""
    SITE_TPL_CODE: str
    """Template code of the site."""
    XML_ID: str
    """External ID of the block."""
    FAVORITE_META: str
    """Data saved with the block as a favourite."""
    DESIGNER_MODE: str
    """Whether the block was changed in the designer."""


class LandingBlock(TypedDict, total=False):
    """A block on a page.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-list.html
    """

    id: int
    """ID of the block."""
    lid: int
    """ID of the page the block is on."""
    code: str
    """Library code of the block, such as "01.big_with_text"."""
    name: str
    """Name of the block."""
    active: bool
    """Whether the block is shown on the page."""
    meta: LandingBlockMeta
    """Service data of the block and page (all values are strings)."""
    content: str
    """HTML of the block."""
    css: list[str]
    """CSS files of the block."""
    js: list[str]
    """JS files of the block."""


class LandingBlockGetbyidParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getbyid``."""

    edit_mode: bool | int
    """true reads the page draft instead of the published version."""
    deleted: bool | int
    """true returns only blocks marked as deleted."""
    get_content: bool | int
    """true adds the content, css and js fields to the result."""


class LandingBlockGetbyidResultMeta(TypedDict, total=False):
    """Keys of ``result.meta`` in ``landing.block.getbyid``."""

    LID: str
    """ID of the page."""
    CREATED_BY_ID: str
    """ID of the user who created the block."""
    DATE_CREATE: str
    """Time the block was created."""
    MODIFIED_BY_ID: str
    """ID of the user who last changed the block."""
    DATE_MODIFY: str
    """Time the block was last changed."""
    SITE_TYPE: str
    """Type of the site."""
    LANDING_TITLE: str
    """Title of the page."""
    LANDING_TPL_CODE: str
    """Template code of the page."""
    SITE_TPL_CODE: str
    """Template code of the site."""
    XML_ID: str
    """External ID of the block."""
    DESIGNER_MODE: str
    """Whether the block was changed in the designer."""
    FAVORITE_META: str
    """Data saved with the block as a favourite."""


class LandingBlockGetbyidResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getbyid``."""

    id: int
    """ID of the block."""
    lid: int
    """ID of the page the block is on."""
    code: str
    """Library code of the block, such as "01.big_with_text"."""
    name: str
    """Name of the block."""
    active: bool
    """Whether the block is shown on the page."""
    meta: LandingBlockGetbyidResultMeta
    """Service data of the block and page (all values are strings)."""
    content: str
    """HTML of the block."""
    css: list[str]
    """CSS files of the block."""
    js: list[str]
    """JS files of the block."""


class LandingBlockGetcontentParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getcontent``."""

    wrapper_show: bool
    """true wraps the HTML in the block's outer wrapper (default)."""
    force_unactive: bool
    """true renders HTML even when the block is hidden."""


class LandingBlockGetcontentResultManifestBlock(TypedDict, total=False):
    """Keys of ``result.manifest.block`` in ``landing.block.getcontent``."""

    name: str
    """Block name."""
    section: list[str]
    """Library sections of the block."""


class LandingBlockGetcontentResultManifestCardsLandingBlockCard(TypedDict, total=False):
    """Keys of ``result.manifest.cards..landing-block-card`` in ``landing.block.getcontent``."""

    name: str
    """Card name."""
    label: list[str]
    """Elements used as the card label."""


LandingBlockGetcontentResultManifestCards = TypedDict(
    "LandingBlockGetcontentResultManifestCards",
    {
        ".landing-block-card": LandingBlockGetcontentResultManifestCardsLandingBlockCard,
    },
    total=False,
)


class LandingBlockGetcontentResultManifest(TypedDict, total=False):
    """Keys of ``result.manifest`` in ``landing.block.getcontent``."""

    block: LandingBlockGetcontentResultManifestBlock
    """Main properties of the block."""
    cards: LandingBlockGetcontentResultManifestCards
    """Card (repeating item) definitions keyed by selector."""


class LandingBlockGetcontentResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getcontent``."""

    id: int
    """ID of the block."""
    sections: str
    """Library sections of the block, comma-separated."""
    active: bool
    """Whether the block is shown on the page."""
    access: str
    """Access level to the block: "A" all closed, "D" denied, "V" design only, "W" content and design, "X" full."""
    anchor: str
    """HTML anchor of the block."""
    php: bool
    """Whether the block contains PHP code."""
    designed: bool
    """Whether the block was changed in the designer."""
    repoId: int | None
    """ID of the custom library block, or null."""
    content: str
    """Rendered HTML of the block."""
    content_ext: str
    """Extra HTML of the block."""
    css: list[Any]
    """CSS files of the block."""
    js: list[Any]
    """JS files of the block."""
    assetStrings: list[Any]
    """Extra asset strings of the block."""
    lang: list[Any]
    """Language phrases of the block's extensions."""
    manifest: LandingBlockGetcontentResultManifest
    """Manifest of the block."""
    dynamicParams: list[Any]
    """Settings of dynamic content."""
    requiredUserAction: list[Any] | dict[str, Any]
    """Action the user must take before the block works, if any."""


class LandingBlockGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getlist``."""

    edit_mode: bool | int
    """true reads the page draft instead of the published version."""
    deleted: bool | int
    """true returns only blocks marked as deleted."""
    get_content: bool | int
    """true adds the content, css and js fields to the result."""


class LandingBlockGetmanifestParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getmanifest``."""

    edit_mode: bool | int
    """true reads the page draft instead of the published version."""


class LandingBlockGetmanifestResultBlock(TypedDict, total=False):
    """Keys of ``result.block`` in ``landing.block.getmanifest``."""

    name: str
    """Block name."""
    section: list[str]
    """Library sections of the block."""
    dynamic: bool
    """Whether the block can show dynamic content."""
    subtype: str
    """Subtype of the block, such as a form or menu."""
    attrsFormDescription: str
    """Description of the block's attribute form."""


class LandingBlockGetmanifestResultNodesWrapper(TypedDict, total=False):
    """Keys of ``result.nodes.#wrapper`` in ``landing.block.getmanifest``."""

    type: str
    """Element type."""
    code: str
    """Element code."""


LandingBlockGetmanifestResultNodes = TypedDict(
    "LandingBlockGetmanifestResultNodes",
    {
        "#wrapper": LandingBlockGetmanifestResultNodesWrapper,
    },
    total=False,
)


class LandingBlockGetmanifestResultAttrsBitrix24formsItems(TypedDict, total=False):
    """Keys of ``result.attrs..bitrix24forms.items`` in ``landing.block.getmanifest``."""

    name: str
    """Option name."""
    value: str
    """Option value."""


class LandingBlockGetmanifestResultAttrsBitrix24forms(TypedDict, total=False):
    """Keys of ``result.attrs..bitrix24forms`` in ``landing.block.getmanifest``."""

    name: str
    """Attribute name shown in the editor."""
    attribute: str
    """HTML attribute it edits."""
    type: str
    """Editor field type."""
    hidden: bool
    """Whether the field is hidden in the editor."""
    items: list[LandingBlockGetmanifestResultAttrsBitrix24formsItems]
    """Options for a list field."""


LandingBlockGetmanifestResultAttrs = TypedDict(
    "LandingBlockGetmanifestResultAttrs",
    {
        ".bitrix24forms": list[LandingBlockGetmanifestResultAttrsBitrix24forms],
    },
    total=False,
)


class LandingBlockGetmanifestResultStyleBlock(TypedDict, total=False):
    """Keys of ``result.style.block`` in ``landing.block.getmanifest``."""

    type: list[str]
    """Style groups available for the block."""


class LandingBlockGetmanifestResultStyleNodesBitrix24forms(TypedDict, total=False):
    """Keys of ``result.style.nodes..bitrix24forms`` in ``landing.block.getmanifest``."""

    type: str
    """Style groups of the element."""


LandingBlockGetmanifestResultStyleNodes = TypedDict(
    "LandingBlockGetmanifestResultStyleNodes",
    {
        ".bitrix24forms": LandingBlockGetmanifestResultStyleNodesBitrix24forms,
    },
    total=False,
)


class LandingBlockGetmanifestResultStyle(TypedDict, total=False):
    """Keys of ``result.style`` in ``landing.block.getmanifest``."""

    block: LandingBlockGetmanifestResultStyleBlock
    """Style settings of the whole block."""
    nodes: LandingBlockGetmanifestResultStyleNodes
    """Style settings of elements, keyed by CSS selector."""


LandingBlockGetmanifestResultAssets = TypedDict(
    "LandingBlockGetmanifestResultAssets",
    {
        "css": list[str],
        "js": list[str],
        "ext": list[str],
        "class": list[str],
        "callbacks": list[Any],
    },
    total=False,
)


class LandingBlockGetmanifestResultCallbacks(TypedDict, total=False):
    """Keys of ``result.callbacks`` in ``landing.block.getmanifest``."""

    afteradd: dict[str, Any]
    """Callback run after the block is added."""


class LandingBlockGetmanifestResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getmanifest``."""

    block: LandingBlockGetmanifestResultBlock
    """Main properties of the block."""
    cards: dict[str, Any] | list[Any]
    """Card (repeating item) definitions keyed by CSS selector."""
    nodes: LandingBlockGetmanifestResultNodes
    """Editable elements keyed by CSS selector."""
    attrs: LandingBlockGetmanifestResultAttrs
    """Editable HTML attributes keyed by CSS selector."""
    menu: dict[str, Any] | list[Any]
    """Menus of the block."""
    style: LandingBlockGetmanifestResultStyle
    """Style settings of the block."""
    namespace: str
    """Namespace of the block."""
    code: str
    """Code of the block."""
    preview: str
    """URL of the block preview image."""
    assets: LandingBlockGetmanifestResultAssets
    """Files and extensions the block needs."""
    timestamp: int
    """Time the manifest was last built (Unix timestamp)."""
    callbacks: LandingBlockGetmanifestResultCallbacks
    """Callbacks of the block."""


class LandingBlockGetmanifestfileResultBlock(TypedDict, total=False):
    """Keys of ``result.block`` in ``landing.block.getmanifestfile``."""

    name: str
    """Block name."""
    section: list[str]
    """Library sections of the block."""
    dynamic: bool
    """Whether the block can show dynamic content."""


class LandingBlockGetmanifestfileResultCardsLandingBlockCardImg(TypedDict, total=False):
    """Keys of ``result.cards..landing-block-card-img`` in ``landing.block.getmanifestfile``."""

    name: str
    """Card name."""
    label: list[str]
    """Elements used as the card label."""


LandingBlockGetmanifestfileResultCards = TypedDict(
    "LandingBlockGetmanifestfileResultCards",
    {
        ".landing-block-card-img": LandingBlockGetmanifestfileResultCardsLandingBlockCardImg,
    },
    total=False,
)


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeSmallTitle(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-small-title`` in ``landing.block.getmanifestfile``."""

    name: str
    """Element name shown in the editor."""
    type: str
    """Element type, such as "text", "img" or "link"."""


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeTitle(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-title`` in ``landing.block.getmanifestfile``."""

    name: str
    """Element name shown in the editor."""
    type: str
    """Element type, such as "text", "img" or "link"."""


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeText(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-text`` in ``landing.block.getmanifestfile``."""

    name: str
    """Element name shown in the editor."""
    type: str
    """Element type, such as "text", "img" or "link"."""


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeButton(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-button`` in ``landing.block.getmanifestfile``."""

    name: str
    """Element name shown in the editor."""
    type: str
    """Element type, such as "text", "img" or "link"."""


class LandingBlockGetmanifestfileResultNodesLandingBlockCardImgDimensions(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-card-img.dimensions`` in ``landing.block.getmanifestfile``."""

    width: int
    """Maximum width in pixels."""
    height: int
    """Maximum height in pixels."""


class LandingBlockGetmanifestfileResultNodesLandingBlockCardImg(TypedDict, total=False):
    """Keys of ``result.nodes..landing-block-card-img`` in ``landing.block.getmanifestfile``."""

    name: str
    """Element name shown in the editor."""
    type: str
    """Element type, such as "text", "img" or "link"."""
    dimensions: LandingBlockGetmanifestfileResultNodesLandingBlockCardImgDimensions
    """Maximum image size for the element."""
    allowInlineEdit: bool
    """Whether the element can be edited in place."""
    useInDesigner: bool
    """Whether the element is available in the designer."""
    create2xByDefault: bool
    """Whether a 2x (retina) copy of the image is made by default."""


LandingBlockGetmanifestfileResultNodes = TypedDict(
    "LandingBlockGetmanifestfileResultNodes",
    {
        ".landing-block-node-small-title": LandingBlockGetmanifestfileResultNodesLandingBlockNodeSmallTitle,
        ".landing-block-node-title": LandingBlockGetmanifestfileResultNodesLandingBlockNodeTitle,
        ".landing-block-node-text": LandingBlockGetmanifestfileResultNodesLandingBlockNodeText,
        ".landing-block-node-button": LandingBlockGetmanifestfileResultNodesLandingBlockNodeButton,
        ".landing-block-card-img": LandingBlockGetmanifestfileResultNodesLandingBlockCardImg,
    },
    total=False,
)


class LandingBlockGetmanifestfileResultStyleBlockAdditional(TypedDict, total=False):
    """Keys of ``result.style.block.additional`` in ``landing.block.getmanifestfile``."""

    name: str
    """Name of the style group."""
    attrsType: list[str]
    """Attribute types of the style group."""


class LandingBlockGetmanifestfileResultStyleBlock(TypedDict, total=False):
    """Keys of ``result.style.block`` in ``landing.block.getmanifestfile``."""

    type: list[str]
    """Style groups available for the block."""
    additional: LandingBlockGetmanifestfileResultStyleBlockAdditional
    """Extra style group of the block."""


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTextContainer(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-text-container`` in ``landing.block.getmanifestfile``."""

    title: str
    """Element name shown in the style panel."""
    type: list[str]
    """Style groups available for the element."""


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeSmallTitle(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-small-title`` in ``landing.block.getmanifestfile``."""

    title: str
    """Element name shown in the style panel."""
    type: list[str]
    """Style groups available for the element."""


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTitle(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-title`` in ``landing.block.getmanifestfile``."""

    title: str
    """Element name shown in the style panel."""
    type: list[str]
    """Style groups available for the element."""


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeText(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-text`` in ``landing.block.getmanifestfile``."""

    title: str
    """Element name shown in the style panel."""
    type: str
    """Style groups available for the element."""


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeButton(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-button`` in ``landing.block.getmanifestfile``."""

    title: str
    """Element name shown in the style panel."""
    type: str
    """Style groups available for the element."""


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockCardImg(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-card-img`` in ``landing.block.getmanifestfile``."""

    name: str
    """Element name shown in the style panel."""
    type: list[str]
    """Style groups available for the element."""


LandingBlockGetmanifestfileResultStyleNodes = TypedDict(
    "LandingBlockGetmanifestfileResultStyleNodes",
    {
        ".landing-block-node-text-container": LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTextContainer,
        ".landing-block-node-small-title": LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeSmallTitle,
        ".landing-block-node-title": LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTitle,
        ".landing-block-node-text": LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeText,
        ".landing-block-node-button": LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeButton,
        ".landing-block-card-img": LandingBlockGetmanifestfileResultStyleNodesLandingBlockCardImg,
    },
    total=False,
)


class LandingBlockGetmanifestfileResultStyle(TypedDict, total=False):
    """Keys of ``result.style`` in ``landing.block.getmanifestfile``."""

    block: LandingBlockGetmanifestfileResultStyleBlock
    """Style settings of the whole block."""
    nodes: LandingBlockGetmanifestfileResultStyleNodes
    """Style settings of elements, keyed by CSS selector."""


class LandingBlockGetmanifestfileResultAssets(TypedDict, total=False):
    """Keys of ``result.assets`` in ``landing.block.getmanifestfile``."""

    ext: list[str]
    """Client extensions."""


class LandingBlockGetmanifestfileResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getmanifestfile``."""

    block: LandingBlockGetmanifestfileResultBlock
    """Main properties of the block."""
    cards: LandingBlockGetmanifestfileResultCards
    """Card (repeating item) definitions keyed by CSS selector."""
    nodes: LandingBlockGetmanifestfileResultNodes
    """Editable elements keyed by CSS selector."""
    style: LandingBlockGetmanifestfileResultStyle
    """Style settings of the block."""
    attrs: dict[str, Any] | list[Any]
    """Editable HTML attributes keyed by CSS selector."""
    assets: LandingBlockGetmanifestfileResultAssets
    """Files and extensions the block needs."""
    menu: dict[str, Any] | list[Any]
    """Menus of the block."""


class LandingBlockGetrepositoryResultMeta(TypedDict, total=False):
    """Keys of ``result.meta`` in ``landing.block.getrepository``."""

    ai_text_placeholder: str
    """Placeholder for the AI text prompt."""
    ai_text_max_tokens: int
    """Token limit for AI text generation."""


class LandingBlockGetrepositoryResultItems031ThreeColsBigWithTextAndTitles(
    TypedDict, total=False
):
    """Keys of ``result.items.03.1.three_cols_big_with_text_and_titles`` in ``landing.block.getrepository``."""

    id: Any
    """ID of the block."""
    name: str
    """Name of the block."""
    namespace: str
    """Namespace of the block."""
    new: bool
    """Whether the item is marked as new."""
    version: Any
    """Version of the block."""
    type: list[Any]
    """Site types the block is for."""
    section: list[str]
    """Library sections of the block."""
    system: bool
    """Whether it is a system block."""
    description: str
    """Description of the block."""
    preview: str
    """URL of the preview image."""
    restricted: bool
    """Whether the block is unavailable on the current plan."""
    repo_id: bool
    """ID of the custom library block, or null."""
    app_code: bool
    """Code of the application that added it, or false."""
    only_for_license: str
    """License the block requires."""
    requires_updates: bool
    """Whether the block needs module updates."""


class LandingBlockGetrepositoryResultItemsRepo405(TypedDict, total=False):
    """Keys of ``result.items.repo_405`` in ``landing.block.getrepository``."""

    id: Any
    """ID of the block."""
    new: bool
    """Whether the item is marked as new."""
    name: str
    """Name of the block."""
    description: Any
    """Description of the block."""
    namespace: str
    """Namespace of the block."""
    type: list[Any]
    """Site types the block is for."""
    section: list[str]
    """Library sections of the block."""
    preview: str
    """URL of the preview image."""
    restricted: bool
    """Whether the block is unavailable on the current plan."""
    repo_id: str
    """ID of the custom library block, or null."""
    app_code: str
    """Code of the application that added it, or false."""
    requires_updates: bool
    """Whether the block needs module updates."""


LandingBlockGetrepositoryResultItems = TypedDict(
    "LandingBlockGetrepositoryResultItems",
    {
        "id": str,
        "name": str,
        "namespace": str,
        "new": bool,
        "version": str,
        "type": list[Any] | dict[str, Any],
        "section": str | list[Any] | dict[str, Any],
        "system": bool,
        "description": str,
        "preview": str,
        "restricted": bool,
        "repo_id": int | str | bool,
        "app_code": str | bool,
        "only_for_license": str,
        "app_expired": bool,
        "requires_updates": bool,
        "favorite": bool,
        "favoriteMy": bool,
        "03.1.three_cols_big_with_text_and_titles": LandingBlockGetrepositoryResultItems031ThreeColsBigWithTextAndTitles,
        "repo_405": LandingBlockGetrepositoryResultItemsRepo405,
    },
    total=False,
)


class LandingBlockGetrepositoryResultFavourite(TypedDict, total=False):
    """Keys of ``result.favourite`` in ``landing.block.getrepository``."""

    name: str
    """Section name."""
    meta: list[Any]
    """Extra section data."""
    new: bool
    """Whether the item is marked as new."""
    type: Any
    """Site types the section is for."""
    specialType: Any
    """Special kind of the section, or null."""
    separator: bool
    """Whether the entry is a separator in the section list."""
    app_code: bool
    """Code of the application that added it, or false."""
    items: dict[str, Any]
    """Saved favourite blocks."""


class LandingBlockGetrepositoryResultTextMeta(TypedDict, total=False):
    """Keys of ``result.text.meta`` in ``landing.block.getrepository``."""

    ai_text_placeholder: str
    """Placeholder for the AI text prompt."""
    ai_text_max_tokens: int
    """Token limit for AI text generation."""


class LandingBlockGetrepositoryResultTextItems031ThreeColsBigWithTextAndTitles(
    TypedDict, total=False
):
    """Keys of ``result.text.items.03.1.three_cols_big_with_text_and_titles`` in ``landing.block.getrepository``."""

    id: Any
    """ID of the block."""
    name: str
    """Name of the block."""
    namespace: str
    """Namespace of the block."""
    new: bool
    """Whether the item is marked as new."""
    version: Any
    """Version of the block."""
    type: list[Any]
    """Site types the block is for."""
    section: list[str]
    """Library sections of the block."""
    system: bool
    """Whether it is a system block."""
    description: str
    """Description of the block."""
    preview: str
    """URL of the preview image."""
    restricted: bool
    """Whether the block is unavailable on the current plan."""
    repo_id: bool
    """ID of the custom library block, or null."""
    app_code: bool
    """Code of the application that added it, or false."""
    only_for_license: str
    """License the block requires."""
    requires_updates: bool
    """Whether the block needs module updates."""


LandingBlockGetrepositoryResultTextItems = TypedDict(
    "LandingBlockGetrepositoryResultTextItems",
    {
        "03.1.three_cols_big_with_text_and_titles": LandingBlockGetrepositoryResultTextItems031ThreeColsBigWithTextAndTitles,
    },
    total=False,
)


class LandingBlockGetrepositoryResultText(TypedDict, total=False):
    """Keys of ``result.text`` in ``landing.block.getrepository``."""

    name: str
    """Section name."""
    meta: LandingBlockGetrepositoryResultTextMeta
    """Extra section data, such as AI text hints."""
    new: bool
    """Whether the item is marked as new."""
    type: Any
    """Site types the section is for."""
    specialType: Any
    """Special kind of the section, or null."""
    separator: bool
    """Whether the entry is a separator in the section list."""
    app_code: bool
    """Code of the application that added it, or false."""
    items: LandingBlockGetrepositoryResultTextItems
    """Blocks of the section, keyed by block code."""


class LandingBlockGetrepositoryResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getrepository``."""

    name: str
    """Section name."""
    meta: LandingBlockGetrepositoryResultMeta
    """Extra section data, such as AI text hints."""
    new: bool
    """Whether the item is marked as new."""
    type: str | list[Any] | dict[str, Any] | None
    """Site types the section is for."""
    specialType: str | None
    """Special kind of the section, or null."""
    separator: bool
    """Whether the entry is a separator in the section list."""
    app_code: bool
    """Code of the application that added it, or false."""
    items: LandingBlockGetrepositoryResultItems
    """Blocks of the section, keyed by block code."""
    favourite: LandingBlockGetrepositoryResultFavourite
    """The "Favourites" section."""
    text: LandingBlockGetrepositoryResultText
    """The "Text" section (example of a section keyed by its code)."""


class LandingBlockUpdatenodesAdditional(TypedDict, total=False):
    """Keys of the ``additional`` parameter of ``landing.block.updatenodes``."""

    appendMenu: bool
    """true adds menu items to the existing menu instead of replacing it."""


class LandingBlockUploadfileParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.uploadfile``."""

    width: int
    """Target width in pixels; resizing happens only when width is given."""
    height: int
    """Target height in pixels."""
    resize_type: int
    """0 fits inside the size keeping proportions, 1 scales by the longer side (default), 2 crops to the exact size."""


class LandingBlockUploadfileResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.uploadfile``."""

    id: int
    """ID of the saved file."""
    src: str
    """URL of the saved file."""


class LandingDemos(TypedDict, total=False):
    """A registered site or page template.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-list.html
    """

    ID: str
    """ID of the template."""
    XML_ID: str
    """External code of the template."""
    APP_CODE: str
    """Code of the application that registered it."""
    ACTIVE: str
    """\"Y" when active."""
    TITLE: str
    """Template title."""
    DESCRIPTION: str
    """Template description."""
    TYPE: str
    """Template type: "page", "store", "knowledge", "group" or "mainpage"."""
    TPL_TYPE: str
    """\"S" for a site template, "P" for a page template."""
    SHOW_IN_LIST: str
    """\"Y" when shown in the template list."""
    PREVIEW_URL: str
    """URL of the live preview."""
    PREVIEW: str
    """URL of the preview image."""
    PREVIEW2X: str
    """URL of the 2x preview image."""
    PREVIEW3X: str
    """URL of the 3x preview image."""
    MANIFEST: bool
    """Template manifest."""
    LANG: dict[str, Any]
    """Translations of the template phrases."""
    SITE_TEMPLATE_ID: str
    """ID of the main module site template."""
    CREATED_BY_ID: str
    """ID of the creator."""
    MODIFIED_BY_ID: str
    """ID of the last editor."""
    DATE_CREATE: str
    """Time the template was created."""
    DATE_MODIFY: str
    """Time the template was last changed."""


class LandingDemosGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.demos.getList``."""

    select: Sequence[str]
    """Fields to return."""
    filter: dict[str, Any]
    """Filter by fields, such as {"ACTIVE": "Y"}."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "DESC"}."""
    group: Sequence[str]
    """Fields to group by."""
    limit: int
    """Maximum number of items to return."""
    offset: int
    """Number of items to skip."""


class LandingDemosGetPageListResultEmptyData(TypedDict, total=False):
    """Keys of ``result.empty.DATA`` in ``landing.demos.getPageList``."""

    name: str
    """Template name."""
    active: bool
    """Whether the template is active."""
    type: list[str]
    """Site types the template is for."""
    items: list[Any]
    """Pages or blocks of the template."""
    version: int
    """Template version."""
    old_id: int
    """Original ID."""
    encoded: bool
    """Whether the data is encoded."""
    charset: str
    """Charset of the data."""


class LandingDemosGetPageListResultEmpty(TypedDict, total=False):
    """Keys of ``result.empty`` in ``landing.demos.getPageList``."""

    ID: str
    """Template code."""
    XML_ID: str
    """External code of the template."""
    TYPE: list[str]
    """Site types the template is for."""
    TITLE: str
    """Template title."""
    ACTIVE: bool
    """Whether the template is active."""
    PUBLICATION: bool
    """Whether the result is published on creation."""
    LOCK_DELETE: bool
    """Whether deleting the created item is blocked."""
    AVAILABLE: bool
    """Whether the template is available on the plan."""
    SINGLETON: bool
    """Whether only one item may be created from it."""
    SECTION: list[Any]
    """Sections of the template."""
    DESCRIPTION: str
    """Template description."""
    PREVIEW: str
    """URL of the preview image."""
    PREVIEW2X: str
    """URL of the 2x preview image."""
    PREVIEW3X: str
    """URL of the 3x preview image."""
    APP_CODE: str
    """Code of the application that registered it."""
    REST: int
    """ID of the REST registration, when registered through REST."""
    DATA: LandingDemosGetPageListResultEmptyData
    """Template data."""


class LandingDemosGetPageListResultSearchResultDataItemsBlock3430(
    TypedDict, total=False
):
    """Keys of ``result.search-result.DATA.items.#block3430`` in ``landing.demos.getPageList``."""

    code: str
    """Library code of the block."""


LandingDemosGetPageListResultSearchResultDataItems = TypedDict(
    "LandingDemosGetPageListResultSearchResultDataItems",
    {
        "#block3430": LandingDemosGetPageListResultSearchResultDataItemsBlock3430,
    },
    total=False,
)


class LandingDemosGetPageListResultSearchResultData(TypedDict, total=False):
    """Keys of ``result.search-result.DATA`` in ``landing.demos.getPageList``."""

    code: str
    """Template code."""
    section: list[str]
    """Sections of the template."""
    publication: bool
    """Whether the page is published on creation."""
    layout: list[Any]
    """Layout settings."""
    items: LandingDemosGetPageListResultSearchResultDataItems
    """Blocks of the template, keyed by "#block" plus ID."""
    encoded: bool
    """Whether the data is encoded."""
    charset: str
    """Charset of the data."""


class LandingDemosGetPageListResultSearchResult(TypedDict, total=False):
    """Keys of ``result.search-result`` in ``landing.demos.getPageList``."""

    ID: str
    """Template code."""
    XML_ID: str
    """External code of the template."""
    TYPE: list[str]
    """Site types the template is for."""
    TITLE: str
    """Template title."""
    ACTIVE: bool
    """Whether the template is active."""
    PUBLICATION: bool
    """Whether the result is published on creation."""
    SECTION: list[str]
    """Sections of the template."""
    DATA: LandingDemosGetPageListResultSearchResultData
    """Template data."""


LandingDemosGetPageListResult = TypedDict(
    "LandingDemosGetPageListResult",
    {
        "empty": LandingDemosGetPageListResultEmpty,
        "search-result": LandingDemosGetPageListResultSearchResult,
    },
    total=False,
)


class LandingDemosGetSiteListResultEmptyData(TypedDict, total=False):
    """Keys of ``result.empty.DATA`` in ``landing.demos.getSiteList``."""

    name: str
    """Template name."""
    items: list[Any]
    """Pages or blocks of the template."""
    encoded: bool
    """Whether the data is encoded."""
    charset: str
    """Charset of the data."""


class LandingDemosGetSiteListResultEmpty(TypedDict, total=False):
    """Keys of ``result.empty`` in ``landing.demos.getSiteList``."""

    ID: str
    """Template code."""
    XML_ID: str
    """External code of the template."""
    TYPE: list[str]
    """Site types the template is for."""
    TITLE: str
    """Template title."""
    ACTIVE: bool
    """Whether the template is active."""
    PUBLICATION: bool
    """Whether the result is published on creation."""
    LOCK_DELETE: bool
    """Whether deleting the created item is blocked."""
    AVAILABLE: bool
    """Whether the template is available on the plan."""
    SINGLETON: bool
    """Whether only one item may be created from it."""
    SECTION: list[Any]
    """Sections of the template."""
    DESCRIPTION: str
    """Template description."""
    PREVIEW: str
    """URL of the preview image."""
    PREVIEW2X: str
    """URL of the 2x preview image."""
    PREVIEW3X: str
    """URL of the 3x preview image."""
    APP_CODE: str
    """Code of the application that registered it."""
    REST: int
    """ID of the REST registration, when registered through REST."""
    DATA: LandingDemosGetSiteListResultEmptyData
    """Template data."""


class LandingDemosGetSiteListResult(TypedDict, total=False):
    """Keys of the result of ``landing.demos.getSiteList``."""

    empty: Required[LandingDemosGetSiteListResultEmpty]
    """Example entry for the blank template (key is the template code)."""


class LandingDemosRegisterDataItemsItems(TypedDict, total=False):
    """Keys of ``data.items.items`` in ``landing.demos.register``."""

    code: str
    """Library code of the block."""
    access: str
    """Access level of the block."""
    anchor: str
    """HTML anchor of the block."""
    old_id: int
    """Original ID of the block."""
    cards: dict[str, Any]
    """Cards of the block."""
    nodes: dict[str, Any]
    """Element values of the block."""
    style: dict[str, Any]
    """Styles of the block."""
    attrs: dict[str, Any]
    """Attributes of the block."""


class LandingDemosRegisterDataItems(TypedDict, total=False):
    """Keys of ``data.items`` in ``landing.demos.register``."""

    old_id: str | int
    """Original ID of the page."""
    code: str
    """Page code."""
    name: str
    """Page name."""
    description: str
    """Page description."""
    type: Literal["page", "store", "knowledge", "group", "mainpage"]
    """Template type: "page", "store", "knowledge", "group" or "mainpage"."""
    tpl_type: Literal["S", "P"]
    """\"S" for a site template, "P" for a page template."""
    version: int
    """Version of the page data."""
    fields: dict[str, Any]
    """Page fields."""
    layout: Sequence[Any] | dict[str, Any]
    """Layout settings of the page."""
    items: LandingDemosRegisterDataItemsItems | Sequence[Any]
    """Blocks of the page."""
    preview: str
    """URL of the preview image."""
    preview2x: str
    """URL of the 2x preview image."""
    preview3x: str
    """URL of the 3x preview image."""
    preview_url: str
    """URL of the live preview."""
    show_in_list: str
    """\"Y" shows the page in the template list."""
    ftmlt: dict[str, Any]
    """Extra template data."""


class LandingDemosRegisterData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``landing.demos.register``."""

    charset: str
    """Charset of the data."""
    code: Required[str]
    """Template code."""
    site_code: str
    """Site code."""
    name: str
    """Template name."""
    description: str | None
    """Template description."""
    type: Literal["page", "store", "knowledge", "group", "mainpage"]
    """Template type: "page", "store", "knowledge", "group" or "mainpage"."""
    tpl_type: Literal["S", "P"]
    """\"S" for a site template, "P" for a page template."""
    fields: dict[str, Any]
    """Site fields."""
    folders: Sequence[Any]
    """Folders of the site."""
    items: LandingDemosRegisterDataItems
    """Pages of the template, keyed by page code."""
    layout: Sequence[Any]
    """Layout settings of the site."""
    preview: str
    """URL of the preview image."""
    preview2x: str
    """URL of the 2x preview image."""
    preview3x: str
    """URL of the 3x preview image."""
    preview_url: str
    """URL of the live preview."""
    show_in_list: Literal["Y", "N"]
    """\"Y" shows the template in the list."""
    syspages: Sequence[Any]
    """Special pages of the site."""
    version: int
    """Version of the template data."""


class LandingDemosRegisterParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.demos.register``."""

    site_template_id: str
    """ID of the main module site template (on-premise)."""
    lang: dict[str, Any]
    """Translations of the template phrases."""
    lang_original: str
    """Language code of the original phrases."""


class LandingLanding(TypedDict, total=False):
    """A page of a site.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-list.html
    """

    FIELD: str
    """Placeholder for any other page field requested in select."""
    DOMAIN_ID: str
    """ID of the site's domain; always returned."""
    PUBLIC_URL: str
    """Public address; only with params/get_urls."""
    PREVIEW: str
    """Preview image URL; only with params/get_preview."""
    IS_AREA: str
    """Whether the page is an include area; only with params/check_area."""
    ID: str
    """ID of the page."""
    TITLE: str
    """Page title."""
    SITE_ID: str
    """ID of the site."""
    DATE_MODIFY: str
    """Time the page was last changed."""


class LandingLandingAddByTemplateFieldsPrepareBlocksData(TypedDict, total=False):
    """Keys of ``fields.PREPARE_BLOCKS_DATA`` in ``landing.landing.addByTemplate``."""

    ACTION: str
    """Preparation action."""
    PARAMS: dict[str, Any]
    """Parameters of the action."""


class LandingLandingAddByTemplateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.addByTemplate``."""

    TITLE: str
    """Page title."""
    DESCRIPTION: str
    """Page description."""
    ID: int
    """ID of an existing page to fill."""
    FOLDER_ID: int
    """ID of the folder holding the page."""
    SITE_TYPE: str
    """Type of the site."""
    PREPARE_BLOCKS: bool
    """true prepares the template blocks; works only with PREPARE_BLOCKS_DATA."""
    PREPARE_BLOCKS_DATA: LandingLandingAddByTemplateFieldsPrepareBlocksData
    """Data used to prepare the template blocks."""
    ADD_IN_MENU: str
    """\"Y" adds the new page to the site menu."""
    BLOCK_ID: int
    """ID of a menu block; with MENU_CODE, a link to the new page is added to that menu."""
    MENU_CODE: str
    """Menu code inside BLOCK_ID where the link to the new page is added."""


class LandingLandingAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.add``."""

    TITLE: Required[str]
    """Page title."""
    SITE_ID: Required[int]
    """ID of the site the page belongs to."""
    CODE: str
    """Symbolic code used in the page address."""
    DESCRIPTION: str
    """Page description."""
    XML_ID: str
    """External ID of the page."""
    SITEMAP: str
    """\"Y" lists the page in the site map; default "N"."""
    FOLDER: str
    """\"Y" creates a folder instead of a page; default "N"."""
    FOLDER_ID: int
    """ID of the folder holding the page."""
    TPL_ID: int
    """ID of the layout template (see landing.template.getlist)."""
    ADDITIONAL_FIELDS: dict[str, Any]
    """Extra settings keyed by code, such as {"METAMAIN_TITLE": "..."}."""
    BLOCK_ID: int
    """ID of a menu block; with MENU_CODE, a link to the new page is added to that menu."""
    MENU_CODE: str
    """Menu code inside BLOCK_ID where the link to the new page is added."""


class LandingLandingAddblockFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.addblock``."""

    CODE: Required[str]
    """Library code of the block, such as "01.big_with_text"."""
    AFTER_ID: int
    """ID of the block after which the new one is placed."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" shows the block (default), "N" hides it."""
    CONTENT: str
    """HTML to use instead of the library content."""
    RETURN_CONTENT: str
    """\"Y" returns the block data instead of the bare ID."""


class LandingLandingCopyblockParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.copyblock``."""

    AFTER_ID: int
    """ID of the block after which the block is placed."""
    RETURN_CONTENT: Literal["Y", "N"]
    """\"Y" returns the block data along with the success flag."""


class LandingLandingCopyblockResultContentManifestBlock(TypedDict, total=False):
    """Keys of ``result.content.manifest.block`` in ``landing.landing.copyblock``."""

    name: str
    """Block name."""
    section: list[str]
    """Library sections of the block."""


class LandingLandingCopyblockResultContentManifest(TypedDict, total=False):
    """Keys of ``result.content.manifest`` in ``landing.landing.copyblock``."""

    block: LandingLandingCopyblockResultContentManifestBlock
    """Main properties of the block."""
    timestamp: int
    """Time the manifest was last built (Unix timestamp)."""
    namespace: str
    """Namespace of the block."""
    code: str
    """Code of the block."""
    preview: str
    """URL of the block preview image."""


class LandingLandingCopyblockResultContent(TypedDict, total=False):
    """Keys of ``result.content`` in ``landing.landing.copyblock``."""

    id: int
    """ID of the block."""
    sections: str
    """Library sections of the block, comma-separated."""
    active: bool
    """Whether the block is shown on the page."""
    access: str
    """Access level to the block: "A" all closed, "D" denied, "V" design only, "W" content and design, "X" full."""
    anchor: str
    """HTML anchor of the block."""
    php: bool
    """Whether the block contains PHP code."""
    designed: bool
    """Whether the block was changed in the designer."""
    repoId: Any
    """ID of the custom library block, or null."""
    content: str
    """HTML of the block."""
    content_ext: str
    """Extra HTML of the block."""
    css: list[Any]
    """CSS files of the block."""
    js: list[str]
    """JS files of the block."""
    assetStrings: list[Any]
    """Extra asset strings of the block."""
    lang: list[Any]
    """Language phrases of the block's extensions."""
    manifest: LandingLandingCopyblockResultContentManifest
    """Manifest of the block."""
    dynamicParams: list[Any]
    """Settings of dynamic content."""


class LandingLandingCopyblockResult(TypedDict, total=False):
    """Keys of the result of ``landing.landing.copyblock``."""

    result: bool
    """true when the operation succeeded."""
    content: LandingLandingCopyblockResultContent
    """Data of the resulting block."""


class LandingLandingFavoriteBlockMeta(TypedDict, total=False):
    """Keys of the ``meta`` parameter of ``landing.landing.favoriteBlock``."""

    name: str
    """Name of the saved block."""
    section: Sequence[Any] | dict[str, Any] | str
    """Library section or sections where it appears."""
    preview: int
    """ID of the preview image file."""
    tpl_code: str
    """Template code of the block."""


class LandingLandingGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.getList``."""

    select: Sequence[str]
    """Fields to return."""
    filter: dict[str, Any]
    """Filter by fields, such as {"ACTIVE": "Y"}."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "DESC"}."""
    group: Sequence[Any] | dict[str, Any]
    """Fields to group by."""
    limit: int
    """Maximum number of items to return."""
    offset: int
    """Number of items to skip."""
    get_preview: bool | int
    """true adds PREVIEW (preview URL) to each page."""
    get_urls: bool | int
    """true adds PUBLIC_URL to each page."""
    check_area: bool | int
    """true adds IS_AREA, showing whether the page is an include area."""


class LandingLandingGetadditionalfieldsResult(TypedDict, total=False):
    """Keys of the result of ``landing.landing.getadditionalfields``."""

    FONTS_CODE: str
    """Code of extra fonts."""
    GACOUNTER_USE: str
    """\"Y" when the Google Analytics counter is on."""
    METAMAIN_USE: str
    """\"Y" when custom meta tags are on."""
    METAMAIN_TITLE: str
    """Meta title of the page."""
    METAOG_TITLE: str
    """Open Graph title."""
    METAOG_IMAGE: str
    """Open Graph image."""
    SETTINGS_PRICE_CODE: list[str]
    """Price types shown in the store."""
    SETTINGS_SHOW_PRICE_COUNT: int
    """Number of price types shown."""
    THEMEFONTS_LINE_HEIGHT: str
    """Line height of the theme font."""
    VIEW_TYPE: str
    """Page display mode."""
    YACOUNTER_USE: str
    """\"Y" when the Yandex.Metrica counter is on."""


class LandingLandingMoveblockParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.moveblock``."""

    AFTER_ID: int
    """ID of the block after which the block is placed."""
    RETURN_CONTENT: Literal["Y", "N"]
    """\"Y" returns the block data along with the success flag."""


class LandingLandingMoveblockResultContentManifestBlock(TypedDict, total=False):
    """Keys of ``result.content.manifest.block`` in ``landing.landing.moveblock``."""

    name: str
    """Block name."""
    type: list[str]
    """Site types the block is for."""
    section: list[str]
    """Library sections of the block."""


class LandingLandingMoveblockResultContentManifest(TypedDict, total=False):
    """Keys of ``result.content.manifest`` in ``landing.landing.moveblock``."""

    block: LandingLandingMoveblockResultContentManifestBlock
    """Main properties of the block."""
    timestamp: int
    """Time the manifest was last built (Unix timestamp)."""
    namespace: str
    """Namespace of the block."""
    code: str
    """Code of the block."""
    preview: str
    """URL of the block preview image."""


class LandingLandingMoveblockResultContent(TypedDict, total=False):
    """Keys of ``result.content`` in ``landing.landing.moveblock``."""

    id: int
    """ID of the block."""
    sections: str
    """Library sections of the block, comma-separated."""
    active: bool
    """Whether the block is shown on the page."""
    access: str
    """Access level to the block: "A" all closed, "D" denied, "V" design only, "W" content and design, "X" full."""
    anchor: str
    """HTML anchor of the block."""
    php: bool
    """Whether the block contains PHP code."""
    designed: bool
    """Whether the block was changed in the designer."""
    repoId: Any
    """ID of the custom library block, or null."""
    content: str
    """HTML of the block."""
    content_ext: str
    """Extra HTML of the block."""
    css: list[Any]
    """CSS files of the block."""
    js: list[str]
    """JS files of the block."""
    assetStrings: list[Any]
    """Extra asset strings of the block."""
    lang: list[Any]
    """Language phrases of the block's extensions."""
    manifest: LandingLandingMoveblockResultContentManifest
    """Manifest of the block."""
    dynamicParams: list[Any]
    """Settings of dynamic content."""


class LandingLandingMoveblockResult(TypedDict, total=False):
    """Keys of the result of ``landing.landing.moveblock``."""

    result: bool
    """true when the operation succeeded."""
    content: LandingLandingMoveblockResultContent
    """Data of the resulting block."""


class LandingLandingRemoveEntitiesDataImages(TypedDict, total=False):
    """Keys of ``data.images`` in ``landing.landing.removeEntities``."""

    block: Required[int]
    """ID of the block the image is bound to."""
    image: Required[int]
    """ID of the image file."""


class LandingLandingRemoveEntitiesData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``landing.landing.removeEntities``."""

    blocks: Sequence[int]
    """IDs of the blocks to remove."""
    images: Sequence[LandingLandingRemoveEntitiesDataImages]
    """Image bindings to remove."""


class LandingLandingUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.update``."""

    TITLE: str
    """Page title."""
    CODE: str
    """Symbolic code used in the page address."""
    DESCRIPTION: str
    """Page description."""
    XML_ID: str
    """External ID of the page."""
    SITE_ID: int
    """ID of the site the page belongs to."""
    SITEMAP: str
    """\"Y" lists the page in the site map."""
    FOLDER: str
    """\"Y" marks the item as a folder."""
    FOLDER_ID: int
    """ID of the folder holding the page."""
    TPL_ID: int
    """ID of the layout template (see landing.template.getlist)."""
    DELETED: str
    """\"Y" marks the page as deleted."""
    DATE_PUBLIC: str
    """Publication date of the page."""
    ADDITIONAL_FIELDS: dict[str, Any]
    """Extra settings keyed by code, such as {"METAMAIN_TITLE": "..."}."""


class LandingRepoManifestBlock(TypedDict, total=False):
    """Keys of ``MANIFEST.block`` in ``LandingRepo``."""

    name: str
    """Block name."""


class LandingRepoManifestNodesLandingBlockNodeText(TypedDict, total=False):
    """Keys of ``MANIFEST.nodes..landing-block-node-text`` in ``LandingRepo``."""

    name: str
    """Element name."""
    type: str
    """Element type, such as "text"."""


LandingRepoManifestNodes = TypedDict(
    "LandingRepoManifestNodes",
    {
        ".landing-block-node-text": LandingRepoManifestNodesLandingBlockNodeText,
    },
    total=False,
)


class LandingRepoManifest(TypedDict, total=False):
    """Keys of ``MANIFEST`` in ``LandingRepo``."""

    block: LandingRepoManifestBlock
    """Main properties of the block."""
    nodes: LandingRepoManifestNodes
    """Editable elements keyed by selector."""


class LandingRepo(TypedDict, total=False):
    """A custom block in the library.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-get-list.html
    """

    ID: str
    """ID of the block."""
    XML_ID: str
    """External code of the block."""
    APP_CODE: str
    """Code of the application that added it."""
    ACTIVE: str
    """\"Y" when active."""
    NAME: str
    """Block name."""
    DESCRIPTION: str
    """Block description."""
    SECTIONS: str
    """Library sections, comma-separated."""
    SITE_TEMPLATE_ID: str | None
    """ID of the main module site template, or null."""
    PREVIEW: str
    """URL of the preview image."""
    MANIFEST: LandingRepoManifest
    """Block manifest."""
    CONTENT: str
    """HTML of the block."""
    CREATED_BY_ID: str
    """ID of the creator."""
    MODIFIED_BY_ID: str
    """ID of the last editor."""
    DATE_CREATE: str
    """Time the block was added."""
    DATE_MODIFY: str
    """Time the block was last changed."""


class LandingRepoCheckContentResult(TypedDict, total=False):
    """Keys of the result of ``landing.repo.checkContent``."""

    is_bad: bool
    """Whether unsafe fragments were found."""
    content: str
    """HTML after cleaning, with unsafe fragments marked."""


class LandingRepoGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.repo.getList``."""

    select: Sequence[str]
    """Fields to return."""
    filter: dict[str, Any]
    """Filter by fields, such as {"ACTIVE": "Y"}."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "DESC"}."""
    group: Sequence[str]
    """Fields to group by."""
    limit: int
    """Maximum number of items to return."""
    offset: int
    """Number of items to skip."""


class LandingRepoRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.repo.register``."""

    NAME: Required[str]
    """Name shown in the block library."""
    CONTENT: Required[str]
    """HTML of the block."""
    SECTIONS: Required[str]
    """Library sections, comma-separated, such as "cover,about"."""
    PREVIEW: Required[str]
    """URL of the preview image."""
    DESCRIPTION: str
    """Block description."""
    ACTIVE: str
    """\"Y" active, "N" inactive."""
    SITE_TEMPLATE_ID: str
    """ID of the main module site template (on-premise only)."""
    RESET: str
    """\"Y" also updates copies of the block already placed on pages."""


class LandingRepowidgetManifestBlockSubtypeParamsDemoData(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.demoData`` in ``LandingRepowidget``."""

    desc: str
    """Sample description."""
    count: str
    """Sample count."""


class LandingRepowidgetManifestBlockSubtypeParamsLangRu(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.lang.ru`` in ``LandingRepowidget``."""

    W_TITLE: str
    """Widget title phrase."""
    W_EMPTY: str
    """Phrase shown when there is no data."""


class LandingRepowidgetManifestBlockSubtypeParamsLangEn(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.lang.en`` in ``LandingRepowidget``."""

    W_TITLE: str
    """Widget title phrase."""
    W_EMPTY: str
    """Phrase shown when there is no data."""


class LandingRepowidgetManifestBlockSubtypeParamsLang(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.lang`` in ``LandingRepowidget``."""

    ru: LandingRepowidgetManifestBlockSubtypeParamsLangRu
    """Russian phrases."""
    en: LandingRepowidgetManifestBlockSubtypeParamsLangEn
    """English phrases."""


class LandingRepowidgetManifestBlockSubtypeParams(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params`` in ``LandingRepowidget``."""

    rootNode: str
    """Selector of the root element."""
    demoData: LandingRepowidgetManifestBlockSubtypeParamsDemoData
    """Sample data for previews."""
    handler: str
    """URL of the external data handler."""
    style: str
    """URL of the widget's CSS file."""
    lang: LandingRepowidgetManifestBlockSubtypeParamsLang
    """Phrases keyed by language."""


class LandingRepowidgetManifestBlock(TypedDict, total=False):
    """Keys of ``MANIFEST.block`` in ``LandingRepowidget``."""

    type: list[str]
    """Site types the widget is for."""
    subtype: list[str]
    """Block subtype, "widgetvue" for Vibe widgets."""
    subtype_params: LandingRepowidgetManifestBlockSubtypeParams
    """Widget settings given at registration."""


class LandingRepowidgetManifest(TypedDict, total=False):
    """Keys of ``MANIFEST`` in ``LandingRepowidget``."""

    block: LandingRepowidgetManifestBlock
    """Main properties of the widget block."""


class LandingRepowidget(TypedDict, total=False):
    """A Vibe widget in the library.

    Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-get-list.html
    """

    ID: str
    """ID of the widget."""
    XML_ID: str
    """Code of the widget."""
    APP_CODE: str
    """Code of the application that added it."""
    ACTIVE: str
    """\"Y" when active."""
    NAME: str
    """Widget name."""
    DESCRIPTION: Any
    """Widget description."""
    SECTIONS: str
    """Library sections, comma-separated."""
    SITE_TEMPLATE_ID: Any
    """ID of the main module site template, or null."""
    PREVIEW: str
    """URL of the preview image."""
    MANIFEST: LandingRepowidgetManifest
    """Widget manifest."""
    CONTENT: str
    """HTML markup of the widget."""
    CREATED_BY_ID: str
    """ID of the creator."""
    MODIFIED_BY_ID: str
    """ID of the last editor."""
    DATE_CREATE: str
    """Time the widget was added."""
    DATE_MODIFY: str
    """Time the widget was last changed."""


class LandingRepowidgetGetlistParamsGroup(TypedDict, total=False):
    """Keys of ``params.group`` in ``landing.repowidget.getlist``."""

    ID: int
    """ID of the widget."""
    XML_ID: str
    """Code of the widget."""
    APP_CODE: str
    """Code of the application."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" active, "N" inactive."""
    NAME: str
    """Widget name."""
    DESCRIPTION: str
    """Widget description."""
    SECTIONS: str
    """Library sections of the widget."""
    PREVIEW: str
    """URL of the preview image."""
    WIDGET_PARAMS: dict[str, Any]
    """Widget settings."""
    CONTENT: str
    """HTML of the widget."""
    MANIFEST: dict[str, Any]
    """Widget manifest."""
    CREATED_BY_ID: int
    """ID of the creator."""
    MODIFIED_BY_ID: int
    """ID of the last editor."""
    DATE_CREATE: datetime.date | str
    """Time the widget was created."""
    DATE_MODIFY: datetime.date | str
    """Time the widget was last changed."""
    SITE_TEMPLATE_ID: str
    """ID of the main module site template."""


class LandingRepowidgetGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.repowidget.getlist``."""

    select: Sequence[str]
    """Fields to return."""
    filter: dict[str, Any]
    """Filter by fields, such as {"ACTIVE": "Y"}."""
    group: Sequence[Any] | LandingRepowidgetGetlistParamsGroup
    """Fields to group by."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "DESC"}."""


class LandingRepowidgetRegisterFieldsWidgetParams(TypedDict, total=False):
    """Keys of ``fields.WIDGET_PARAMS`` in ``landing.repowidget.register``."""

    rootNode: Required[str]
    """Selector of the single root element that becomes the Vue component."""
    lang: dict[str, Any]
    """Phrases used as {{$Bitrix.Loc.getMessage('CODE')}}, keyed by language."""
    handler: Required[str]
    """URL of the external handler the widget requests data from; must be publicly reachable."""
    style: str
    """URL of the widget's CSS file."""
    demoData: Required[dict[str, Any]]
    """Sample data shown in template previews."""


class LandingRepowidgetRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.repowidget.register``."""

    NAME: Required[str]
    """Widget name."""
    PREVIEW: Required[str]
    """URL of the preview image."""
    DESCRIPTION: str
    """Widget description."""
    CONTENT: Required[str]
    """HTML markup of the widget, with Vue template syntax."""
    SECTIONS: Required[str]
    """Library sections, comma-separated, such as "cover,about"."""
    WIDGET_PARAMS: Required[LandingRepowidgetRegisterFieldsWidgetParams]
    """Widget settings."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" active, "N" inactive."""
    SITE_TEMPLATE_ID: str
    """ID of the main module site template (on-premise only)."""


class LandingRole(TypedDict, total=False):
    """An access role of the site builder.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-list.html
    """

    ID: str
    """ID of the role."""
    TITLE: str
    """Role name."""
    XML_ID: str
    """External code of the role."""


class LandingSite(TypedDict, total=False):
    """A site of the site builder.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-list.html
    """

    ID: str
    """ID of the site."""
    TYPE: str
    """Site type, such as "PAGE" or "STORE"; always returned."""
    DOMAIN_NAME: str
    """Domain name of the site."""
    PUBLIC_URL: str
    """Public address of the site."""
    PREVIEW_PICTURE: str
    """URL of the preview image."""
    PHONE: str
    """Contact phone of the site, or null."""
    DATE_CREATE: str
    """Time the site was created."""
    DATE_MODIFY: str
    """Time the site was last changed."""
    LANDING_ID_INDEX: str
    """ID of the home page, or null."""
    TITLE: str
    """Site title."""


class LandingSiteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.add``."""

    TITLE: Required[str]
    """Site title."""
    CODE: Required[str]
    """Symbolic code used in the site address."""
    TYPE: str
    """Site type: "PAGE" (default), "STORE", "SMN", "KNOWLEDGE", "GROUP" or "MAINPAGE"."""
    DOMAIN_ID: int | str
    """Site domain; on Bitrix24 pass the domain name."""
    DESCRIPTION: str
    """Site description."""
    XML_ID: str
    """External ID of the site."""
    ADDITIONAL_FIELDS: dict[str, Any]
    """Extra settings keyed by code, such as {"THEME_CODE": "..."}."""


class LandingSiteAddFolderFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.addFolder``."""

    TITLE: Required[str]
    """Folder title."""
    CODE: str
    """Symbolic code used in the folder address."""
    PARENT_ID: int
    """ID of the parent folder."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" active, "N" inactive (default)."""


class LandingSiteFullExportParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.site.fullExport``."""

    edit_mode: Literal["Y", "N"]
    """\"Y" exports settings in edit mode."""
    scope: str
    """Site builder area of the site."""
    hooks_disable: Sequence[str]
    """Codes of extra settings to leave out of ADDITIONAL_FIELDS."""
    code: str
    """Code of the exported site (Latin letters and digits)."""
    name: str
    """Name of the template."""
    description: str
    """Description of the template."""
    preview: str
    """URL of the preview image."""
    preview2x: str
    """URL of the 2x preview image."""
    preview3x: str
    """URL of the 3x preview image."""
    preview_url: str
    """URL of the live preview."""


class LandingSiteFullExportResultFieldsAdditionalFields(TypedDict, total=False):
    """Keys of ``result.fields.ADDITIONAL_FIELDS`` in ``landing.site.fullExport``."""

    COOKIES_USE: str
    """\"Y" when the cookie banner is on."""
    B24BUTTON_COLOR: str
    """Colour mode of the Bitrix24 widget button."""
    BACKGROUND_PICTURE: str
    """Background picture."""
    THEME_USE: str
    """\"Y" when a custom theme is used."""


class LandingSiteFullExportResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``landing.site.fullExport``."""

    ADDITIONAL_FIELDS: LandingSiteFullExportResultFieldsAdditionalFields
    """Extra site settings keyed by code."""
    TITLE: str
    """Site title."""
    LANDING_ID_INDEX: str
    """Code of the home page."""
    LANDING_ID_404: str
    """Code of the 404 page."""


class LandingSiteFullExportResultItemsMyfirstsite2026FieldsAdditionalFields(
    TypedDict, total=False
):
    """Keys of ``result.items.myfirstsite2026.fields.ADDITIONAL_FIELDS`` in ``landing.site.fullExport``."""

    B24BUTTON_USE: str
    """\"Y" when the Bitrix24 widget button is shown."""
    METAOG_TITLE: str
    """Open Graph title."""
    THEME_USE: str
    """\"Y" when a custom theme is used."""


class LandingSiteFullExportResultItemsMyfirstsite2026Fields(TypedDict, total=False):
    """Keys of ``result.items.myfirstsite2026.fields`` in ``landing.site.fullExport``."""

    TITLE: str
    """Page title."""
    RULE: Any
    """URL rule of the page."""
    ADDITIONAL_FIELDS: (
        LandingSiteFullExportResultItemsMyfirstsite2026FieldsAdditionalFields
    )
    """Extra page settings keyed by code."""


class LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175NodesLandingBlockNodeMenuListItemLink(
    TypedDict, total=False
):
    """Keys of ``result.items.myfirstsite2026.items.#block28175.nodes..landing-block-node-menu-list-item-link`` in ``landing.site.fullExport``."""

    href: str
    """Link URL."""
    target: str
    """Link target, such as "_self"."""
    text: str
    """Link text."""


LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Nodes = TypedDict(
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Nodes",
    {
        ".landing-block-node-menu-list-item-link": list[
            LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175NodesLandingBlockNodeMenuListItemLink
        ],
    },
    total=False,
)


LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Style = TypedDict(
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Style",
    {
        ".navbar": list[str],
    },
    total=False,
)


class LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175AttrsNavbarCollapse(
    TypedDict, total=False
):
    """Keys of ``result.items.myfirstsite2026.items.#block28175.attrs..navbar-collapse`` in ``landing.site.fullExport``."""

    id: str
    """Value of the id attribute."""


LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Attrs = TypedDict(
    "LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Attrs",
    {
        ".navbar-collapse": list[
            LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175AttrsNavbarCollapse
        ],
    },
    total=False,
)


class LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175(
    TypedDict, total=False
):
    """Keys of ``result.items.myfirstsite2026.items.#block28175`` in ``landing.site.fullExport``."""

    old_id: int
    """Original ID of the block."""
    code: str
    """Library code of the block."""
    access: str
    """Access level of the block."""
    anchor: str
    """HTML anchor of the block."""
    nodes: LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Nodes
    """Element values keyed by selector."""
    style: LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Style
    """Styles keyed by selector."""
    attrs: LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Attrs
    """Attributes keyed by selector."""


LandingSiteFullExportResultItemsMyfirstsite2026Items = TypedDict(
    "LandingSiteFullExportResultItemsMyfirstsite2026Items",
    {
        "#block28175": LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175,
    },
    total=False,
)


class LandingSiteFullExportResultItemsMyfirstsite2026(TypedDict, total=False):
    """Keys of ``result.items.myfirstsite2026`` in ``landing.site.fullExport``."""

    old_id: str
    """Original ID of the page."""
    code: str
    """Page code."""
    name: str
    """Page name."""
    description: str
    """Page description."""
    preview: str
    """URL of the preview image."""
    preview2x: str
    """URL of the 2x preview image."""
    preview3x: str
    """URL of the 3x preview image."""
    preview_url: str
    """URL of the live preview."""
    show_in_list: str
    """\"Y" when shown in the list."""
    type: str
    """Site type of the page."""
    version: int
    """Version of the page data."""
    fields: LandingSiteFullExportResultItemsMyfirstsite2026Fields
    """Page fields."""
    layout: list[Any]
    """Layout settings of the page."""
    items: LandingSiteFullExportResultItemsMyfirstsite2026Items
    """Blocks of the page, keyed by "#block" plus ID."""


class LandingSiteFullExportResultItems(TypedDict, total=False):
    """Keys of ``result.items`` in ``landing.site.fullExport``."""

    myfirstsite2026: LandingSiteFullExportResultItemsMyfirstsite2026
    """Example page (key is the page code)."""


class LandingSiteFullExportResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.fullExport``."""

    charset: str
    """Charset of the data."""
    code: str
    """Code of the template."""
    site_code: str
    """Code of the site."""
    name: str
    """Template name."""
    description: str
    """Template description."""
    preview: str
    """URL of the preview image."""
    preview2x: str
    """URL of the 2x preview image."""
    preview3x: str
    """URL of the 3x preview image."""
    preview_url: str
    """URL of the live preview."""
    show_in_list: str
    """\"Y" when shown in the template list."""
    type: str
    """Site type of the template."""
    version: int
    """Version of the export format."""
    fields: LandingSiteFullExportResultFields
    """Site fields."""
    layout: list[Any]
    """Layout settings."""
    folders: list[Any]
    """Folders of the site."""
    syspages: list[Any]
    """Special pages of the site."""
    items: LandingSiteFullExportResultItems
    """Pages of the site, keyed by page code."""


class LandingSiteGetFoldersResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getFolders``."""

    ID: str
    """ID of the folder."""
    PARENT_ID: str | None
    """ID of the parent folder, or null."""
    SITE_ID: str
    """ID of the site."""
    INDEX_ID: str | None
    """ID of the folder's index page, or null."""
    ACTIVE: str
    """\"Y" when the folder is published."""
    DELETED: str
    """\"Y" when the folder is in the recycle bin."""
    TITLE: str
    """Folder title."""
    CODE: str
    """Symbolic code of the folder."""
    CREATED_BY_ID: str
    """ID of the creator."""
    MODIFIED_BY_ID: str
    """ID of the last editor."""
    DATE_CREATE: str
    """Time the folder was created."""
    DATE_MODIFY: str
    """Time the folder was last changed."""


class LandingSiteGetGroupBindingsResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getGroupBindings``."""

    ENTITY_ID: str
    """ID of the bound object."""
    ENTITY_TYPE: str
    """Type of the bound object."""
    BINDING_ID: str
    """ID of the workgroup or menu the site is bound to."""
    TITLE: str
    """Title of the knowledge base."""
    PUBLIC_URL: str
    """Public address of the knowledge base."""


class LandingSiteGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.site.getList``."""

    select: Sequence[str]
    """Fields to return."""
    filter: dict[str, Any]
    """Filter by fields, such as {"ACTIVE": "Y"}."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "DESC"}."""
    group: Sequence[Any] | dict[str, Any]
    """Fields to group by."""
    limit: int
    """Maximum number of items to return."""
    offset: int
    """Number of items to skip."""


class LandingSiteGetMenuBindingsResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getMenuBindings``."""

    ENTITY_ID: str
    """ID of the bound object."""
    ENTITY_TYPE: str
    """Type of the bound object."""
    BINDING_ID: str
    """Code of the menu the site is bound to."""
    TITLE: str
    """Title of the knowledge base."""
    PUBLIC_URL: str
    """Public address of the knowledge base."""


class LandingSiteGetadditionalfieldsResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getadditionalfields``."""

    COOKIES_USE: str
    """\"Y" when the cookie banner is on."""
    COOKIES_AGREEMENT_ID: str
    """ID of the cookie consent agreement."""
    COOKIES_COLOR_BG: str
    """Background colour of the cookie banner."""
    COOKIES_COLOR_TEXT: str
    """Text colour of the cookie banner."""
    COOKIES_POSITION: str
    """Position of the cookie banner."""
    COOKIES_MODE: str
    """Display mode of the cookie banner."""
    B24BUTTON_CODE: str
    """Code of the Bitrix24 widget button."""
    B24BUTTON_COLOR: str
    """Colour mode of the widget button."""
    B24BUTTON_COLOR_VALUE: str
    """Custom colour of the widget button."""
    COPYRIGHT_SHOW: str
    """\"Y" shows the Bitrix24 copyright."""
    COPYRIGHT_CODE: str
    """Code of the copyright text."""
    SETTINGS_PRICE_CODE: list[str]
    """Price types shown in the store."""
    SETTINGS_SHOW_PRICE_COUNT: int
    """Number of price types shown."""
    SETTINGS_CURRENCY_ID: str
    """Currency of the store."""
    SPEED_USE_LAZY: str
    """\"Y" turns on lazy loading of images."""
    THEME_CODE: str
    """Code of the colour theme."""
    THEME_COLOR: str
    """Main colour of the theme."""
    YACOUNTER_USE: str
    """\"Y" when the Yandex.Metrica counter is on."""
    YACOUNTER_COUNTER: str
    """ID of the Yandex.Metrica counter."""
    ROBOTS_USE: str
    """\"Y" when a custom robots.txt is used."""
    ROBOTS_CONTENT: str
    """Content of robots.txt."""
    CSSBLOCK_USE: str
    """\"Y" when custom CSS is on."""
    HEADBLOCK_USE: str
    """\"Y" when custom head code is on."""


class LandingSiteUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.update``."""

    TITLE: str
    """Site title."""
    CODE: str
    """Symbolic code used in the site address."""
    TYPE: str
    """Site type: "PAGE", "STORE", "SMN", "KNOWLEDGE", "GROUP" or "MAINPAGE"."""
    DOMAIN_ID: int | str
    """Site domain; on Bitrix24 pass the domain name."""
    DESCRIPTION: str
    """Site description."""
    XML_ID: str
    """External ID of the site."""
    LANDING_ID_INDEX: int
    """ID of the home page."""
    LANDING_ID_404: int
    """ID of the "not found" page."""
    LANDING_ID_503: int
    """ID of the "temporarily unavailable" page."""


class LandingSiteUpdateFolderFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.updateFolder``."""

    TITLE: str
    """Folder title."""
    CODE: str
    """Symbolic code used in the folder address."""
    PARENT_ID: int
    """ID of the parent folder."""
    INDEX_ID: int
    """ID of the folder's index page."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" active, "N" inactive."""


class LandingSyspageMainpage(TypedDict, total=False):
    """Keys of ``mainpage`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspageCatalog(TypedDict, total=False):
    """Keys of ``catalog`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspagePersonal(TypedDict, total=False):
    """Keys of ``personal`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspageCart(TypedDict, total=False):
    """Keys of ``cart`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspageOrder(TypedDict, total=False):
    """Keys of ``order`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspageCompare(TypedDict, total=False):
    """Keys of ``compare`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspagePayment(TypedDict, total=False):
    """Keys of ``payment`` in ``LandingSyspage``."""

    TYPE: str
    """Special page type, the same as its key."""
    LANDING_ID: str
    """ID of the assigned page."""
    TITLE: str
    """Title of the assigned page."""
    DELETED: str
    """\"Y" when the page is in the recycle bin."""
    ACTIVE: str
    """\"Y" when the page is active."""


class LandingSyspage(TypedDict, total=False):
    """Special pages of a site, keyed by type.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get.html
    """

    mainpage: LandingSyspageMainpage
    """Home page assignment."""
    catalog: LandingSyspageCatalog
    """Catalog page assignment."""
    personal: LandingSyspagePersonal
    """Personal account page assignment."""
    cart: LandingSyspageCart
    """Cart page assignment."""
    order: LandingSyspageOrder
    """Checkout page assignment."""
    compare: LandingSyspageCompare
    """Product comparison page assignment."""
    payment: LandingSyspagePayment
    """Payment page assignment."""


class LandingTemplate(TypedDict, total=False):
    """A layout template for sites and pages.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-list.html
    """

    ID: str
    """ID of the template."""
    TITLE: str
    """Template name."""
    XML_ID: str
    """External code of the template."""
    SORT: str
    """Sort order."""
    ACTIVE: str
    """\"Y" when active."""
    DATE_MODIFY: str
    """Time the template was last changed."""


class LandingTemplateGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.template.getlist``."""

    select: Sequence[str]
    """Fields to return."""
    filter: dict[str, Any]
    """Filter by fields, such as {"ACTIVE": "Y"}."""
    order: dict[str, Any]
    """Sort order, such as {"ID": "DESC"}."""
    group: Sequence[Any] | dict[str, Any]
    """Fields to group by."""
    limit: int
    """Maximum number of items to return."""
    offset: int
    """Number of items to skip."""
