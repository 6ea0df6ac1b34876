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
    CREATED_BY_ID: str
    DATE_CREATE: str
    MODIFIED_BY_ID: str
    DATE_MODIFY: str
    SITE_TYPE: str
    LANDING_TITLE: str
    LANDING_TPL_CODE: str
    SITE_TPL_CODE: str
    XML_ID: str
    FAVORITE_META: str
    DESIGNER_MODE: str


class LandingBlock(TypedDict, total=False):
    """Landing block, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/block/methods/landing-block-get-list.html
    """

    id: int
    lid: int
    code: str
    name: str
    active: bool
    meta: LandingBlockMeta
    content: str
    css: list[str]
    js: list[str]


class LandingBlockGetbyidParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getbyid``."""

    edit_mode: bool | int
    deleted: bool | int
    get_content: bool | int


class LandingBlockGetbyidResultMeta(TypedDict, total=False):
    """Keys of ``result.meta`` in ``landing.block.getbyid``."""

    LID: str
    CREATED_BY_ID: str
    DATE_CREATE: str
    MODIFIED_BY_ID: str
    DATE_MODIFY: str
    SITE_TYPE: str
    LANDING_TITLE: str
    LANDING_TPL_CODE: str
    SITE_TPL_CODE: str
    XML_ID: str
    DESIGNER_MODE: str
    FAVORITE_META: str


class LandingBlockGetbyidResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getbyid``."""

    id: int
    lid: int
    code: str
    name: str
    active: bool
    meta: LandingBlockGetbyidResultMeta
    content: str
    css: list[str]
    js: list[str]


class LandingBlockGetcontentParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getcontent``."""

    wrapper_show: bool
    force_unactive: bool


class LandingBlockGetcontentResultManifestBlock(TypedDict, total=False):
    """Keys of ``result.manifest.block`` in ``landing.block.getcontent``."""

    name: str
    section: list[str]


class LandingBlockGetcontentResultManifestCardsLandingBlockCard(TypedDict, total=False):
    """Keys of ``result.manifest.cards..landing-block-card`` in ``landing.block.getcontent``."""

    name: str
    label: list[str]


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
    cards: LandingBlockGetcontentResultManifestCards


class LandingBlockGetcontentResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getcontent``."""

    id: int
    sections: str
    active: bool
    access: str
    anchor: str
    php: bool
    designed: bool
    repoId: int | None
    content: str
    content_ext: str
    css: list[Any]
    js: list[Any]
    assetStrings: list[Any]
    lang: list[Any]
    manifest: LandingBlockGetcontentResultManifest
    dynamicParams: list[Any]
    requiredUserAction: list[Any] | dict[str, Any]


class LandingBlockGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getlist``."""

    edit_mode: bool | int
    deleted: bool | int
    get_content: bool | int


class LandingBlockGetmanifestParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getmanifest``."""

    edit_mode: bool | int


class LandingBlockGetmanifestResultBlock(TypedDict, total=False):
    """Keys of ``result.block`` in ``landing.block.getmanifest``."""

    name: str
    section: list[str]
    dynamic: bool
    subtype: str
    attrsFormDescription: str


class LandingBlockGetmanifestResultNodesWrapper(TypedDict, total=False):
    """Keys of ``result.nodes.#wrapper`` in ``landing.block.getmanifest``."""

    type: str
    code: str


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
    value: str


class LandingBlockGetmanifestResultAttrsBitrix24forms(TypedDict, total=False):
    """Keys of ``result.attrs..bitrix24forms`` in ``landing.block.getmanifest``."""

    name: str
    attribute: str
    type: str
    hidden: bool
    items: list[LandingBlockGetmanifestResultAttrsBitrix24formsItems]


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


class LandingBlockGetmanifestResultStyleNodesBitrix24forms(TypedDict, total=False):
    """Keys of ``result.style.nodes..bitrix24forms`` in ``landing.block.getmanifest``."""

    type: str


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
    nodes: LandingBlockGetmanifestResultStyleNodes


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


class LandingBlockGetmanifestResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getmanifest``."""

    block: LandingBlockGetmanifestResultBlock
    cards: dict[str, Any] | list[Any]
    nodes: LandingBlockGetmanifestResultNodes
    attrs: LandingBlockGetmanifestResultAttrs
    menu: dict[str, Any] | list[Any]
    style: LandingBlockGetmanifestResultStyle
    namespace: str
    code: str
    preview: str
    assets: LandingBlockGetmanifestResultAssets
    timestamp: int
    callbacks: LandingBlockGetmanifestResultCallbacks


class LandingBlockGetmanifestfileResultBlock(TypedDict, total=False):
    """Keys of ``result.block`` in ``landing.block.getmanifestfile``."""

    name: str
    section: list[str]
    dynamic: bool


class LandingBlockGetmanifestfileResultCardsLandingBlockCardImg(TypedDict, total=False):
    """Keys of ``result.cards..landing-block-card-img`` in ``landing.block.getmanifestfile``."""

    name: str
    label: list[str]


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
    type: str


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeTitle(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-title`` in ``landing.block.getmanifestfile``."""

    name: str
    type: str


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeText(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-text`` in ``landing.block.getmanifestfile``."""

    name: str
    type: str


class LandingBlockGetmanifestfileResultNodesLandingBlockNodeButton(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-node-button`` in ``landing.block.getmanifestfile``."""

    name: str
    type: str


class LandingBlockGetmanifestfileResultNodesLandingBlockCardImgDimensions(
    TypedDict, total=False
):
    """Keys of ``result.nodes..landing-block-card-img.dimensions`` in ``landing.block.getmanifestfile``."""

    width: int
    height: int


class LandingBlockGetmanifestfileResultNodesLandingBlockCardImg(TypedDict, total=False):
    """Keys of ``result.nodes..landing-block-card-img`` in ``landing.block.getmanifestfile``."""

    name: str
    type: str
    dimensions: LandingBlockGetmanifestfileResultNodesLandingBlockCardImgDimensions
    allowInlineEdit: bool
    useInDesigner: bool
    create2xByDefault: bool


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
    attrsType: list[str]


class LandingBlockGetmanifestfileResultStyleBlock(TypedDict, total=False):
    """Keys of ``result.style.block`` in ``landing.block.getmanifestfile``."""

    type: list[str]
    additional: LandingBlockGetmanifestfileResultStyleBlockAdditional


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTextContainer(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-text-container`` in ``landing.block.getmanifestfile``."""

    title: str
    type: list[str]


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeSmallTitle(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-small-title`` in ``landing.block.getmanifestfile``."""

    title: str
    type: list[str]


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeTitle(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-title`` in ``landing.block.getmanifestfile``."""

    title: str
    type: list[str]


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeText(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-text`` in ``landing.block.getmanifestfile``."""

    title: str
    type: str


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockNodeButton(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-node-button`` in ``landing.block.getmanifestfile``."""

    title: str
    type: str


class LandingBlockGetmanifestfileResultStyleNodesLandingBlockCardImg(
    TypedDict, total=False
):
    """Keys of ``result.style.nodes..landing-block-card-img`` in ``landing.block.getmanifestfile``."""

    name: str
    type: list[str]


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
    nodes: LandingBlockGetmanifestfileResultStyleNodes


class LandingBlockGetmanifestfileResultAssets(TypedDict, total=False):
    """Keys of ``result.assets`` in ``landing.block.getmanifestfile``."""

    ext: list[str]


class LandingBlockGetmanifestfileResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getmanifestfile``."""

    block: LandingBlockGetmanifestfileResultBlock
    cards: LandingBlockGetmanifestfileResultCards
    nodes: LandingBlockGetmanifestfileResultNodes
    style: LandingBlockGetmanifestfileResultStyle
    attrs: dict[str, Any] | list[Any]
    assets: LandingBlockGetmanifestfileResultAssets
    menu: dict[str, Any] | list[Any]


class LandingBlockGetrepositoryResultMeta(TypedDict, total=False):
    """Keys of ``result.meta`` in ``landing.block.getrepository``."""

    ai_text_placeholder: str
    ai_text_max_tokens: int


class LandingBlockGetrepositoryResultItems031ThreeColsBigWithTextAndTitles(
    TypedDict, total=False
):
    """Keys of ``result.items.03.1.three_cols_big_with_text_and_titles`` in ``landing.block.getrepository``."""

    id: Any
    name: str
    namespace: str
    new: bool
    version: Any
    type: list[Any]
    section: list[str]
    system: bool
    description: str
    preview: str
    restricted: bool
    repo_id: bool
    app_code: bool
    only_for_license: str
    requires_updates: bool


class LandingBlockGetrepositoryResultItemsRepo405(TypedDict, total=False):
    """Keys of ``result.items.repo_405`` in ``landing.block.getrepository``."""

    id: Any
    new: bool
    name: str
    description: Any
    namespace: str
    type: list[Any]
    section: list[str]
    preview: str
    restricted: bool
    repo_id: str
    app_code: str
    requires_updates: bool


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
    meta: list[Any]
    new: bool
    type: Any
    specialType: Any
    separator: bool
    app_code: bool
    items: dict[str, Any]


class LandingBlockGetrepositoryResultTextMeta(TypedDict, total=False):
    """Keys of ``result.text.meta`` in ``landing.block.getrepository``."""

    ai_text_placeholder: str
    ai_text_max_tokens: int


class LandingBlockGetrepositoryResultTextItems031ThreeColsBigWithTextAndTitles(
    TypedDict, total=False
):
    """Keys of ``result.text.items.03.1.three_cols_big_with_text_and_titles`` in ``landing.block.getrepository``."""

    id: Any
    name: str
    namespace: str
    new: bool
    version: Any
    type: list[Any]
    section: list[str]
    system: bool
    description: str
    preview: str
    restricted: bool
    repo_id: bool
    app_code: bool
    only_for_license: str
    requires_updates: bool


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
    meta: LandingBlockGetrepositoryResultTextMeta
    new: bool
    type: Any
    specialType: Any
    separator: bool
    app_code: bool
    items: LandingBlockGetrepositoryResultTextItems


class LandingBlockGetrepositoryResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.getrepository``."""

    name: str
    meta: LandingBlockGetrepositoryResultMeta
    new: bool
    type: str | list[Any] | dict[str, Any] | None
    specialType: str | None
    separator: bool
    app_code: bool
    items: LandingBlockGetrepositoryResultItems
    favourite: LandingBlockGetrepositoryResultFavourite
    text: LandingBlockGetrepositoryResultText


class LandingBlockUpdatenodesAdditional(TypedDict, total=False):
    """Keys of the ``additional`` parameter of ``landing.block.updatenodes``."""

    appendMenu: bool


class LandingBlockUploadfileParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.uploadfile``."""

    width: int
    height: int
    resize_type: int


class LandingBlockUploadfileResult(TypedDict, total=False):
    """Keys of the result of ``landing.block.uploadfile``."""

    id: int
    src: str


class LandingDemos(TypedDict, total=False):
    """Landing demos, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/demos/landing-demos-get-list.html
    """

    ID: str
    XML_ID: str
    APP_CODE: str
    ACTIVE: str
    TITLE: str
    DESCRIPTION: str
    TYPE: str
    TPL_TYPE: str
    SHOW_IN_LIST: str
    PREVIEW_URL: str
    PREVIEW: str
    PREVIEW2X: str
    PREVIEW3X: str
    MANIFEST: bool
    LANG: dict[str, Any]
    SITE_TEMPLATE_ID: str
    CREATED_BY_ID: str
    MODIFIED_BY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str


class LandingDemosGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.demos.getList``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[str]
    limit: int
    offset: int


class LandingDemosGetPageListResultEmptyData(TypedDict, total=False):
    """Keys of ``result.empty.DATA`` in ``landing.demos.getPageList``."""

    name: str
    active: bool
    type: list[str]
    items: list[Any]
    version: int
    old_id: int
    encoded: bool
    charset: str


class LandingDemosGetPageListResultEmpty(TypedDict, total=False):
    """Keys of ``result.empty`` in ``landing.demos.getPageList``."""

    ID: str
    XML_ID: str
    TYPE: list[str]
    TITLE: str
    ACTIVE: bool
    PUBLICATION: bool
    LOCK_DELETE: bool
    AVAILABLE: bool
    SINGLETON: bool
    SECTION: list[Any]
    DESCRIPTION: str
    PREVIEW: str
    PREVIEW2X: str
    PREVIEW3X: str
    APP_CODE: str
    REST: int
    DATA: LandingDemosGetPageListResultEmptyData


class LandingDemosGetPageListResultSearchResultDataItemsBlock3430(
    TypedDict, total=False
):
    """Keys of ``result.search-result.DATA.items.#block3430`` in ``landing.demos.getPageList``."""

    code: str


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
    section: list[str]
    publication: bool
    layout: list[Any]
    items: LandingDemosGetPageListResultSearchResultDataItems
    encoded: bool
    charset: str


class LandingDemosGetPageListResultSearchResult(TypedDict, total=False):
    """Keys of ``result.search-result`` in ``landing.demos.getPageList``."""

    ID: str
    XML_ID: str
    TYPE: list[str]
    TITLE: str
    ACTIVE: bool
    PUBLICATION: bool
    SECTION: list[str]
    DATA: LandingDemosGetPageListResultSearchResultData


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
    items: list[Any]
    encoded: bool
    charset: str


class LandingDemosGetSiteListResultEmpty(TypedDict, total=False):
    """Keys of ``result.empty`` in ``landing.demos.getSiteList``."""

    ID: str
    XML_ID: str
    TYPE: list[str]
    TITLE: str
    ACTIVE: bool
    PUBLICATION: bool
    LOCK_DELETE: bool
    AVAILABLE: bool
    SINGLETON: bool
    SECTION: list[Any]
    DESCRIPTION: str
    PREVIEW: str
    PREVIEW2X: str
    PREVIEW3X: str
    APP_CODE: str
    REST: int
    DATA: LandingDemosGetSiteListResultEmptyData


class LandingDemosGetSiteListResult(TypedDict, total=False):
    """Keys of the result of ``landing.demos.getSiteList``."""

    empty: Required[LandingDemosGetSiteListResultEmpty]


class LandingDemosRegisterDataItemsItems(TypedDict, total=False):
    """Keys of ``data.items.items`` in ``landing.demos.register``."""

    code: str
    access: str
    anchor: str
    old_id: int
    cards: dict[str, Any]
    nodes: dict[str, Any]
    style: dict[str, Any]
    attrs: dict[str, Any]


class LandingDemosRegisterDataItems(TypedDict, total=False):
    """Keys of ``data.items`` in ``landing.demos.register``."""

    old_id: str | int
    code: str
    name: str
    description: str
    type: Literal["page", "store", "knowledge", "group", "mainpage"]
    tpl_type: Literal["S", "P"]
    version: int
    fields: dict[str, Any]
    layout: Sequence[Any] | dict[str, Any]
    items: LandingDemosRegisterDataItemsItems | Sequence[Any]
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str
    show_in_list: str
    ftmlt: dict[str, Any]


class LandingDemosRegisterData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``landing.demos.register``."""

    charset: str
    code: Required[str]
    site_code: str
    name: str
    description: str | None
    type: Literal["page", "store", "knowledge", "group", "mainpage"]
    tpl_type: Literal["S", "P"]
    fields: dict[str, Any]
    folders: Sequence[Any]
    items: LandingDemosRegisterDataItems
    layout: Sequence[Any]
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str
    show_in_list: Literal["Y", "N"]
    syspages: Sequence[Any]
    version: int


class LandingDemosRegisterParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.demos.register``."""

    site_template_id: str
    lang: dict[str, Any]
    lang_original: str


class LandingLanding(TypedDict, total=False):
    """Landing landing, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/page/methods/landing-landing-get-list.html
    """

    FIELD: str
    DOMAIN_ID: str
    PUBLIC_URL: str
    PREVIEW: str
    IS_AREA: str
    ID: str
    TITLE: str
    SITE_ID: str
    DATE_MODIFY: str


class LandingLandingAddByTemplateFieldsPrepareBlocksData(TypedDict, total=False):
    """Keys of ``fields.PREPARE_BLOCKS_DATA`` in ``landing.landing.addByTemplate``."""

    ACTION: str
    PARAMS: dict[str, Any]


class LandingLandingAddByTemplateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.addByTemplate``."""

    TITLE: str
    DESCRIPTION: str
    ID: int
    FOLDER_ID: int
    SITE_TYPE: str
    PREPARE_BLOCKS: bool
    PREPARE_BLOCKS_DATA: LandingLandingAddByTemplateFieldsPrepareBlocksData
    ADD_IN_MENU: str
    BLOCK_ID: int
    MENU_CODE: str


class LandingLandingAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.add``."""

    TITLE: Required[str]
    SITE_ID: Required[int]
    CODE: str
    DESCRIPTION: str
    XML_ID: str
    SITEMAP: str
    FOLDER: str
    FOLDER_ID: int
    TPL_ID: int
    ADDITIONAL_FIELDS: dict[str, Any]
    BLOCK_ID: int
    MENU_CODE: str


class LandingLandingAddblockFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.addblock``."""

    CODE: Required[str]
    AFTER_ID: int
    ACTIVE: Literal["Y", "N"]
    CONTENT: str
    RETURN_CONTENT: str


class LandingLandingCopyblockParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.copyblock``."""

    AFTER_ID: int
    RETURN_CONTENT: Literal["Y", "N"]


class LandingLandingCopyblockResultContentManifestBlock(TypedDict, total=False):
    """Keys of ``result.content.manifest.block`` in ``landing.landing.copyblock``."""

    name: str
    section: list[str]


class LandingLandingCopyblockResultContentManifest(TypedDict, total=False):
    """Keys of ``result.content.manifest`` in ``landing.landing.copyblock``."""

    block: LandingLandingCopyblockResultContentManifestBlock
    timestamp: int
    namespace: str
    code: str
    preview: str


class LandingLandingCopyblockResultContent(TypedDict, total=False):
    """Keys of ``result.content`` in ``landing.landing.copyblock``."""

    id: int
    sections: str
    active: bool
    access: str
    anchor: str
    php: bool
    designed: bool
    repoId: Any
    content: str
    content_ext: str
    css: list[Any]
    js: list[str]
    assetStrings: list[Any]
    lang: list[Any]
    manifest: LandingLandingCopyblockResultContentManifest
    dynamicParams: list[Any]


class LandingLandingCopyblockResult(TypedDict, total=False):
    """Keys of the result of ``landing.landing.copyblock``."""

    result: bool
    content: LandingLandingCopyblockResultContent


class LandingLandingFavoriteBlockMeta(TypedDict, total=False):
    """Keys of the ``meta`` parameter of ``landing.landing.favoriteBlock``."""

    name: str
    section: Sequence[Any] | dict[str, Any] | str
    preview: int
    tpl_code: str


class LandingLandingGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.getList``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[Any] | dict[str, Any]
    limit: int
    offset: int
    get_preview: bool | int
    get_urls: bool | int
    check_area: bool | int


class LandingLandingGetadditionalfieldsResult(TypedDict, total=False):
    """Keys of the result of ``landing.landing.getadditionalfields``."""

    FONTS_CODE: str
    GACOUNTER_USE: str
    METAMAIN_USE: str
    METAMAIN_TITLE: str
    METAOG_TITLE: str
    METAOG_IMAGE: str
    SETTINGS_PRICE_CODE: list[str]
    SETTINGS_SHOW_PRICE_COUNT: int
    THEMEFONTS_LINE_HEIGHT: str
    VIEW_TYPE: str
    YACOUNTER_USE: str


class LandingLandingMoveblockParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.moveblock``."""

    AFTER_ID: int
    RETURN_CONTENT: Literal["Y", "N"]


class LandingLandingMoveblockResultContentManifestBlock(TypedDict, total=False):
    """Keys of ``result.content.manifest.block`` in ``landing.landing.moveblock``."""

    name: str
    type: list[str]
    section: list[str]


class LandingLandingMoveblockResultContentManifest(TypedDict, total=False):
    """Keys of ``result.content.manifest`` in ``landing.landing.moveblock``."""

    block: LandingLandingMoveblockResultContentManifestBlock
    timestamp: int
    namespace: str
    code: str
    preview: str


class LandingLandingMoveblockResultContent(TypedDict, total=False):
    """Keys of ``result.content`` in ``landing.landing.moveblock``."""

    id: int
    sections: str
    active: bool
    access: str
    anchor: str
    php: bool
    designed: bool
    repoId: Any
    content: str
    content_ext: str
    css: list[Any]
    js: list[str]
    assetStrings: list[Any]
    lang: list[Any]
    manifest: LandingLandingMoveblockResultContentManifest
    dynamicParams: list[Any]


class LandingLandingMoveblockResult(TypedDict, total=False):
    """Keys of the result of ``landing.landing.moveblock``."""

    result: bool
    content: LandingLandingMoveblockResultContent


class LandingLandingRemoveEntitiesDataImages(TypedDict, total=False):
    """Keys of ``data.images`` in ``landing.landing.removeEntities``."""

    block: Required[int]
    image: Required[int]


class LandingLandingRemoveEntitiesData(TypedDict, total=False):
    """Keys of the ``data`` parameter of ``landing.landing.removeEntities``."""

    blocks: Sequence[int]
    images: Sequence[LandingLandingRemoveEntitiesDataImages]


class LandingLandingUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.landing.update``."""

    TITLE: str
    CODE: str
    DESCRIPTION: str
    XML_ID: str
    SITE_ID: int
    SITEMAP: str
    FOLDER: str
    FOLDER_ID: int
    TPL_ID: int
    DELETED: str
    DATE_PUBLIC: str
    ADDITIONAL_FIELDS: dict[str, Any]


class LandingRepoManifestBlock(TypedDict, total=False):
    """Keys of ``MANIFEST.block`` in ``LandingRepo``."""

    name: str


class LandingRepoManifestNodesLandingBlockNodeText(TypedDict, total=False):
    """Keys of ``MANIFEST.nodes..landing-block-node-text`` in ``LandingRepo``."""

    name: str
    type: str


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
    nodes: LandingRepoManifestNodes


class LandingRepo(TypedDict, total=False):
    """Landing repo, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/user-blocks/landing-repo-get-list.html
    """

    ID: str
    XML_ID: str
    APP_CODE: str
    ACTIVE: str
    NAME: str
    DESCRIPTION: str
    SECTIONS: str
    SITE_TEMPLATE_ID: str | None
    PREVIEW: str
    MANIFEST: LandingRepoManifest
    CONTENT: str
    CREATED_BY_ID: str
    MODIFIED_BY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str


class LandingRepoCheckContentResult(TypedDict, total=False):
    """Keys of the result of ``landing.repo.checkContent``."""

    is_bad: bool
    content: str


class LandingRepoGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.repo.getList``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[str]
    limit: int
    offset: int


class LandingRepoRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.repo.register``."""

    NAME: Required[str]
    CONTENT: Required[str]
    SECTIONS: Required[str]
    PREVIEW: Required[str]
    DESCRIPTION: str
    ACTIVE: str
    SITE_TEMPLATE_ID: str
    RESET: str


class LandingRepowidgetManifestBlockSubtypeParamsDemoData(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.demoData`` in ``LandingRepowidget``."""

    desc: str
    count: str


class LandingRepowidgetManifestBlockSubtypeParamsLangRu(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.lang.ru`` in ``LandingRepowidget``."""

    W_TITLE: str
    W_EMPTY: str


class LandingRepowidgetManifestBlockSubtypeParamsLangEn(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.lang.en`` in ``LandingRepowidget``."""

    W_TITLE: str
    W_EMPTY: str


class LandingRepowidgetManifestBlockSubtypeParamsLang(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params.lang`` in ``LandingRepowidget``."""

    ru: LandingRepowidgetManifestBlockSubtypeParamsLangRu
    en: LandingRepowidgetManifestBlockSubtypeParamsLangEn


class LandingRepowidgetManifestBlockSubtypeParams(TypedDict, total=False):
    """Keys of ``MANIFEST.block.subtype_params`` in ``LandingRepowidget``."""

    rootNode: str
    demoData: LandingRepowidgetManifestBlockSubtypeParamsDemoData
    handler: str
    style: str
    lang: LandingRepowidgetManifestBlockSubtypeParamsLang


class LandingRepowidgetManifestBlock(TypedDict, total=False):
    """Keys of ``MANIFEST.block`` in ``LandingRepowidget``."""

    type: list[str]
    subtype: list[str]
    subtype_params: LandingRepowidgetManifestBlockSubtypeParams


class LandingRepowidgetManifest(TypedDict, total=False):
    """Keys of ``MANIFEST`` in ``LandingRepowidget``."""

    block: LandingRepowidgetManifestBlock


class LandingRepowidget(TypedDict, total=False):
    """Landing repowidget, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/vibe/landing-repowidget-get-list.html
    """

    ID: str
    XML_ID: str
    APP_CODE: str
    ACTIVE: str
    NAME: str
    DESCRIPTION: Any
    SECTIONS: str
    SITE_TEMPLATE_ID: Any
    PREVIEW: str
    MANIFEST: LandingRepowidgetManifest
    CONTENT: str
    CREATED_BY_ID: str
    MODIFIED_BY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str


class LandingRepowidgetGetlistParamsGroup(TypedDict, total=False):
    """Keys of ``params.group`` in ``landing.repowidget.getlist``."""

    ID: int
    XML_ID: str
    APP_CODE: str
    ACTIVE: Literal["Y", "N"]
    NAME: str
    DESCRIPTION: str
    SECTIONS: str
    PREVIEW: str
    WIDGET_PARAMS: dict[str, Any]
    CONTENT: str
    MANIFEST: dict[str, Any]
    CREATED_BY_ID: int
    MODIFIED_BY_ID: int
    DATE_CREATE: datetime.date | str
    DATE_MODIFY: datetime.date | str
    SITE_TEMPLATE_ID: str


class LandingRepowidgetGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.repowidget.getlist``."""

    select: Sequence[str]
    filter: dict[str, Any]
    group: Sequence[Any] | LandingRepowidgetGetlistParamsGroup
    order: dict[str, Any]


class LandingRepowidgetRegisterFieldsWidgetParams(TypedDict, total=False):
    """Keys of ``fields.WIDGET_PARAMS`` in ``landing.repowidget.register``."""

    rootNode: Required[str]
    lang: dict[str, Any]
    handler: Required[str]
    style: str
    demoData: Required[dict[str, Any]]


class LandingRepowidgetRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.repowidget.register``."""

    NAME: Required[str]
    PREVIEW: Required[str]
    DESCRIPTION: str
    CONTENT: Required[str]
    SECTIONS: Required[str]
    WIDGET_PARAMS: Required[LandingRepowidgetRegisterFieldsWidgetParams]
    ACTIVE: Literal["Y", "N"]
    SITE_TEMPLATE_ID: str


class LandingRole(TypedDict, total=False):
    """Landing role, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-list.html
    """

    ID: str
    TITLE: str
    XML_ID: str


class LandingSite(TypedDict, total=False):
    """Landing site, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-list.html
    """

    ID: str
    TYPE: str
    DOMAIN_NAME: str
    PUBLIC_URL: str
    PREVIEW_PICTURE: str
    PHONE: str
    DATE_CREATE: str
    DATE_MODIFY: str
    LANDING_ID_INDEX: str
    TITLE: str


class LandingSiteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.add``."""

    TITLE: Required[str]
    CODE: Required[str]
    TYPE: str
    DOMAIN_ID: int | str
    DESCRIPTION: str
    XML_ID: str
    ADDITIONAL_FIELDS: dict[str, Any]


class LandingSiteAddFolderFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.addFolder``."""

    TITLE: Required[str]
    CODE: str
    PARENT_ID: int
    ACTIVE: Literal["Y", "N"]


class LandingSiteFullExportParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.site.fullExport``."""

    edit_mode: Literal["Y", "N"]
    scope: str
    hooks_disable: Sequence[str]
    code: str
    name: str
    description: str
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str


class LandingSiteFullExportResultFieldsAdditionalFields(TypedDict, total=False):
    """Keys of ``result.fields.ADDITIONAL_FIELDS`` in ``landing.site.fullExport``."""

    COOKIES_USE: str
    B24BUTTON_COLOR: str
    BACKGROUND_PICTURE: str
    THEME_USE: str


class LandingSiteFullExportResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``landing.site.fullExport``."""

    ADDITIONAL_FIELDS: LandingSiteFullExportResultFieldsAdditionalFields
    TITLE: str
    LANDING_ID_INDEX: str
    LANDING_ID_404: str


class LandingSiteFullExportResultItemsMyfirstsite2026FieldsAdditionalFields(
    TypedDict, total=False
):
    """Keys of ``result.items.myfirstsite2026.fields.ADDITIONAL_FIELDS`` in ``landing.site.fullExport``."""

    B24BUTTON_USE: str
    METAOG_TITLE: str
    THEME_USE: str


class LandingSiteFullExportResultItemsMyfirstsite2026Fields(TypedDict, total=False):
    """Keys of ``result.items.myfirstsite2026.fields`` in ``landing.site.fullExport``."""

    TITLE: str
    RULE: Any
    ADDITIONAL_FIELDS: (
        LandingSiteFullExportResultItemsMyfirstsite2026FieldsAdditionalFields
    )


class LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175NodesLandingBlockNodeMenuListItemLink(
    TypedDict, total=False
):
    """Keys of ``result.items.myfirstsite2026.items.#block28175.nodes..landing-block-node-menu-list-item-link`` in ``landing.site.fullExport``."""

    href: str
    target: str
    text: str


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
    code: str
    access: str
    anchor: str
    nodes: LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Nodes
    style: LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Style
    attrs: LandingSiteFullExportResultItemsMyfirstsite2026ItemsBlock28175Attrs


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
    code: str
    name: str
    description: str
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str
    show_in_list: str
    type: str
    version: int
    fields: LandingSiteFullExportResultItemsMyfirstsite2026Fields
    layout: list[Any]
    items: LandingSiteFullExportResultItemsMyfirstsite2026Items


class LandingSiteFullExportResultItems(TypedDict, total=False):
    """Keys of ``result.items`` in ``landing.site.fullExport``."""

    myfirstsite2026: LandingSiteFullExportResultItemsMyfirstsite2026


class LandingSiteFullExportResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.fullExport``."""

    charset: str
    code: str
    site_code: str
    name: str
    description: str
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str
    show_in_list: str
    type: str
    version: int
    fields: LandingSiteFullExportResultFields
    layout: list[Any]
    folders: list[Any]
    syspages: list[Any]
    items: LandingSiteFullExportResultItems


class LandingSiteGetFoldersResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getFolders``."""

    ID: str
    PARENT_ID: str | None
    SITE_ID: str
    INDEX_ID: str | None
    ACTIVE: str
    DELETED: str
    TITLE: str
    CODE: str
    CREATED_BY_ID: str
    MODIFIED_BY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str


class LandingSiteGetGroupBindingsResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getGroupBindings``."""

    ENTITY_ID: str
    ENTITY_TYPE: str
    BINDING_ID: str
    TITLE: str
    PUBLIC_URL: str


class LandingSiteGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.site.getList``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[Any] | dict[str, Any]
    limit: int
    offset: int


class LandingSiteGetMenuBindingsResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getMenuBindings``."""

    ENTITY_ID: str
    ENTITY_TYPE: str
    BINDING_ID: str
    TITLE: str
    PUBLIC_URL: str


class LandingSiteGetadditionalfieldsResult(TypedDict, total=False):
    """Keys of the result of ``landing.site.getadditionalfields``."""

    COOKIES_USE: str
    COOKIES_AGREEMENT_ID: str
    COOKIES_COLOR_BG: str
    COOKIES_COLOR_TEXT: str
    COOKIES_POSITION: str
    COOKIES_MODE: str
    B24BUTTON_CODE: str
    B24BUTTON_COLOR: str
    B24BUTTON_COLOR_VALUE: str
    COPYRIGHT_SHOW: str
    COPYRIGHT_CODE: str
    SETTINGS_PRICE_CODE: list[str]
    SETTINGS_SHOW_PRICE_COUNT: int
    SETTINGS_CURRENCY_ID: str
    SPEED_USE_LAZY: str
    THEME_CODE: str
    THEME_COLOR: str
    YACOUNTER_USE: str
    YACOUNTER_COUNTER: str
    ROBOTS_USE: str
    ROBOTS_CONTENT: str
    CSSBLOCK_USE: str
    HEADBLOCK_USE: str


class LandingSiteUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.update``."""

    TITLE: str
    CODE: str
    TYPE: str
    DOMAIN_ID: int | str
    DESCRIPTION: str
    XML_ID: str
    LANDING_ID_INDEX: int
    LANDING_ID_404: int
    LANDING_ID_503: int


class LandingSiteUpdateFolderFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``landing.site.updateFolder``."""

    TITLE: str
    CODE: str
    PARENT_ID: int
    INDEX_ID: int
    ACTIVE: Literal["Y", "N"]


class LandingSyspageMainpage(TypedDict, total=False):
    """Keys of ``mainpage`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspageCatalog(TypedDict, total=False):
    """Keys of ``catalog`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspagePersonal(TypedDict, total=False):
    """Keys of ``personal`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspageCart(TypedDict, total=False):
    """Keys of ``cart`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspageOrder(TypedDict, total=False):
    """Keys of ``order`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspageCompare(TypedDict, total=False):
    """Keys of ``compare`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspagePayment(TypedDict, total=False):
    """Keys of ``payment`` in ``LandingSyspage``."""

    TYPE: str
    LANDING_ID: str
    TITLE: str
    DELETED: str
    ACTIVE: str


class LandingSyspage(TypedDict, total=False):
    """Landing syspage, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/page/special-pages/landing-syspage-get.html
    """

    mainpage: LandingSyspageMainpage
    catalog: LandingSyspageCatalog
    personal: LandingSyspagePersonal
    cart: LandingSyspageCart
    order: LandingSyspageOrder
    compare: LandingSyspageCompare
    payment: LandingSyspagePayment


class LandingTemplate(TypedDict, total=False):
    """Landing template, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/landing/template/landing-template-get-list.html
    """

    ID: str
    TITLE: str
    XML_ID: str
    SORT: str
    ACTIVE: str
    DATE_MODIFY: str


class LandingTemplateGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.template.getlist``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[Any] | dict[str, Any]
    limit: int
    offset: int
