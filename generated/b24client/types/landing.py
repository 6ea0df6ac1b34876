"""TypedDicts of ``b24client.types.landing``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "LandingBlockGetbyidParams",
    "LandingBlockGetcontentParams",
    "LandingBlockGetlistParams",
    "LandingBlockGetmanifestParams",
    "LandingBlockUpdatenodesAdditional",
    "LandingBlockUploadfileParams",
    "LandingDemosGetListParams",
    "LandingDemosRegisterData",
    "LandingDemosRegisterDataItems",
    "LandingDemosRegisterDataItemsItems",
    "LandingDemosRegisterParams",
    "LandingLandingAddByTemplateFields",
    "LandingLandingAddByTemplateFieldsPrepareBlocksData",
    "LandingLandingAddFields",
    "LandingLandingAddblockFields",
    "LandingLandingCopyblockParams",
    "LandingLandingFavoriteBlockMeta",
    "LandingLandingGetListParams",
    "LandingLandingMoveblockParams",
    "LandingLandingRemoveEntitiesData",
    "LandingLandingRemoveEntitiesDataImages",
    "LandingLandingUpdateFields",
    "LandingRepoGetListParams",
    "LandingRepoRegisterFields",
    "LandingRepowidgetGetlistParams",
    "LandingRepowidgetGetlistParamsGroup",
    "LandingRepowidgetRegisterFields",
    "LandingRepowidgetRegisterFieldsWidgetParams",
    "LandingSiteAddFields",
    "LandingSiteAddFolderFields",
    "LandingSiteFullExportParams",
    "LandingSiteGetListParams",
    "LandingSiteUpdateFields",
    "LandingSiteUpdateFolderFields",
    "LandingTemplateGetlistParams",
]


class LandingBlockGetbyidParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getbyid``."""

    edit_mode: bool | int
    deleted: bool | int
    get_content: bool | int


class LandingBlockGetcontentParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getcontent``."""

    wrapper_show: bool
    force_unactive: bool


class LandingBlockGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getlist``."""

    edit_mode: bool | int
    deleted: bool | int
    get_content: bool | int


class LandingBlockGetmanifestParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.getmanifest``."""

    edit_mode: bool | int


class LandingBlockUpdatenodesAdditional(TypedDict, total=False):
    """Keys of the ``additional`` parameter of ``landing.block.updatenodes``."""

    appendMenu: bool


class LandingBlockUploadfileParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.block.uploadfile``."""

    width: int
    height: int
    resize_type: int


class LandingDemosGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.demos.getList``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[str]
    limit: int
    offset: int


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
    type: str
    tpl_type: str
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
    description: str
    type: str
    tpl_type: str
    fields: dict[str, Any]
    folders: Sequence[Any]
    items: LandingDemosRegisterDataItems
    layout: Sequence[Any]
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str
    show_in_list: str
    syspages: Sequence[Any]
    version: int


class LandingDemosRegisterParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.demos.register``."""

    site_template_id: str
    lang: dict[str, Any]
    lang_original: str


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
    ACTIVE: str
    CONTENT: str
    RETURN_CONTENT: str


class LandingLandingCopyblockParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.copyblock``."""

    AFTER_ID: int
    RETURN_CONTENT: str


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


class LandingLandingMoveblockParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.landing.moveblock``."""

    AFTER_ID: int
    RETURN_CONTENT: str


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


class LandingRepowidgetGetlistParamsGroup(TypedDict, total=False):
    """Keys of ``params.group`` in ``landing.repowidget.getlist``."""

    ID: int
    XML_ID: str
    APP_CODE: str
    ACTIVE: str
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
    ACTIVE: str
    SITE_TEMPLATE_ID: str


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
    ACTIVE: str


class LandingSiteFullExportParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.site.fullExport``."""

    edit_mode: str
    scope: str
    hooks_disable: Sequence[str]
    code: str
    name: str
    description: str
    preview: str
    preview2x: str
    preview3x: str
    preview_url: str


class LandingSiteGetListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.site.getList``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[Any] | dict[str, Any]
    limit: int
    offset: int


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
    ACTIVE: str


class LandingTemplateGetlistParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``landing.template.getlist``."""

    select: Sequence[str]
    filter: dict[str, Any]
    order: dict[str, Any]
    group: Sequence[Any] | dict[str, Any]
    limit: int
    offset: int
