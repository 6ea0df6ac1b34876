"""Methods under ``landing.site``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import (
        LandingSite as _LandingSite,
        LandingSiteAddFields,
        LandingSiteAddFolderFields,
        LandingSiteFullExportParams,
        LandingSiteFullExportResult,
        LandingSiteGetFoldersResult,
        LandingSiteGetGroupBindingsResult,
        LandingSiteGetListParams,
        LandingSiteGetMenuBindingsResult,
        LandingSiteGetadditionalfieldsResult,
        LandingSiteUpdateFields,
        LandingSiteUpdateFolderFields,
    )

_LANDING_SITE_ADD = MethodInfo(
    name="landing.site.add", idempotent=False, returns="integer", api=1
)
_LANDING_SITE_ADD_FOLDER = MethodInfo(
    name="landing.site.addFolder", idempotent=False, returns="integer", api=1
)
_LANDING_SITE_BINDING_TO_GROUP = MethodInfo(
    name="landing.site.bindingToGroup", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_BINDING_TO_MENU = MethodInfo(
    name="landing.site.bindingToMenu", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_DELETE = MethodInfo(
    name="landing.site.delete", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_FULL_EXPORT = MethodInfo(
    name="landing.site.fullExport", idempotent=False, returns="any", api=1
)
_LANDING_SITE_GET_FOLDERS = MethodInfo(
    name="landing.site.getFolders", idempotent=True, returns="any", api=1
)
_LANDING_SITE_GET_GROUP_BINDINGS = MethodInfo(
    name="landing.site.getGroupBindings", idempotent=True, returns="any", api=1
)
_LANDING_SITE_GET_LIST = MethodInfo(
    name="landing.site.getList", idempotent=True, returns="any", api=1
)
_LANDING_SITE_GET_MENU_BINDINGS = MethodInfo(
    name="landing.site.getMenuBindings", idempotent=True, returns="any", api=1
)
_LANDING_SITE_GET_PREVIEW = MethodInfo(
    name="landing.site.getPreview", idempotent=True, returns="string", api=1
)
_LANDING_SITE_GET_PUBLIC_URL = MethodInfo(
    name="landing.site.getPublicUrl", idempotent=True, returns="any", api=1
)
_LANDING_SITE_GET_RIGHTS = MethodInfo(
    name="landing.site.getRights", idempotent=True, returns="any", api=1
)
_LANDING_SITE_GETADDITIONALFIELDS = MethodInfo(
    name="landing.site.getadditionalfields", idempotent=True, returns="any", api=1
)
_LANDING_SITE_MARK_DELETE = MethodInfo(
    name="landing.site.markDelete", idempotent=False, returns="integer", api=1
)
_LANDING_SITE_MARK_FOLDER_DELETE = MethodInfo(
    name="landing.site.markFolderDelete", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_MARK_FOLDER_UN_DELETE = MethodInfo(
    name="landing.site.markFolderUnDelete", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_MARK_UN_DELETE = MethodInfo(
    name="landing.site.markUnDelete", idempotent=False, returns="integer", api=1
)
_LANDING_SITE_PUBLICATION = MethodInfo(
    name="landing.site.publication", idempotent=False, returns="integer", api=1
)
_LANDING_SITE_PUBLICATION_FOLDER = MethodInfo(
    name="landing.site.publicationFolder", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_SET_RIGHTS = MethodInfo(
    name="landing.site.setRights", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_UN_PUBLIC_FOLDER = MethodInfo(
    name="landing.site.unPublicFolder", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_UNBINDING_FROM_GROUP = MethodInfo(
    name="landing.site.unbindingFromGroup", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_UNBINDING_FROM_MENU = MethodInfo(
    name="landing.site.unbindingFromMenu", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_UNPUBLIC = MethodInfo(
    name="landing.site.unpublic", idempotent=False, returns="integer", api=1
)
_LANDING_SITE_UPDATE = MethodInfo(
    name="landing.site.update", idempotent=False, returns="boolean", api=1
)
_LANDING_SITE_UPDATE_FOLDER = MethodInfo(
    name="landing.site.updateFolder", idempotent=False, returns="boolean", api=1
)


class LandingSite(Namespace):
    """Methods under ``landing.site``."""

    __slots__ = ()

    def add(
        self, *, scope: str | NotGiven = NOT_GIVEN, fields: LandingSiteAddFields
    ) -> int:
        """Create a site (landing, store or knowledge base) and return its ID.

        REST method: ``landing.site.add``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-add.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            fields: Fields of the new site.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.add(fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.site.add(fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_SITE_ADD, {"scope": scope, "fields": fields}
            ),
        )

    def add_folder(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        fields: LandingSiteAddFolderFields,
    ) -> int:
        """Create a folder inside a site and return its ID.

        REST method: ``landing.site.addFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-add-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            fields: Fields of the new folder.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.add_folder(site_id=1, fields={"TITLE": "Kick-off call"})
            result = await client.landing.site.add_folder(site_id=1, fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_SITE_ADD_FOLDER,
                {"scope": scope, "siteId": site_id, "fields": fields},
            ),
        )

    def binding_to_group(self, *, id: int, group_id: int) -> bool:
        """Attach a knowledge base to a workgroup.

        REST method: ``landing.site.bindingToGroup``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-binding-to-group.html

        Args:
            id: ID of the knowledge base site.
            group_id: ID of the workgroup. Wire name: ``groupId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.binding_to_group(id=1, group_id=1)
            result = await client.landing.site.binding_to_group(id=1, group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_BINDING_TO_GROUP, {"id": id, "groupId": group_id}
            ),
        )

    def binding_to_menu(self, *, id: int, menu_code: str) -> bool:
        """Attach a knowledge base to a menu section.

        REST method: ``landing.site.bindingToMenu``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-binding-to-menu.html

        Args:
            id: ID of the knowledge base site.
            menu_code: Code of the menu section. Wire name: ``menuCode``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.binding_to_menu(id=1, menu_code="example_code")
            result = await client.landing.site.binding_to_menu(id=1, menu_code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_BINDING_TO_MENU, {"id": id, "menuCode": menu_code}
            ),
        )

    def delete(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> bool:
        """Permanently remove a site.

        REST method: ``landing.site.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.delete(id=1)
            result = await client.landing.site.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_LANDING_SITE_DELETE, {"scope": scope, "id": id}),
        )

    def full_export(
        self, *, id: int, params: LandingSiteFullExportParams | NotGiven = NOT_GIVEN
    ) -> LandingSiteFullExportResult:
        """Export a site with its pages and blocks as template data.

        REST method: ``landing.site.fullExport``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-full-export.html

        Args:
            id: ID of the site to export.
            params: Export options.

        Returns:
            LandingSiteFullExportResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.full_export(id=1)
            result = await client.landing.site.full_export(id=1)  # AsyncBitrix24
        """
        return cast(
            "LandingSiteFullExportResult",
            self._backend._invoke(
                _LANDING_SITE_FULL_EXPORT, {"id": id, "params": params}
            ),
        )

    def get_folders(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[LandingSiteGetFoldersResult]:
        """Return the folder tree of a site with titles, parents and publication state.

        REST method: ``landing.site.getFolders``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-folders.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            filter: Filter by folder fields, such as {"ACTIVE": "Y"}.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingSiteGetFoldersResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_folders(site_id=1)
            result = await client.landing.site.get_folders(site_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[LandingSiteGetFoldersResult]",
            self._backend._invoke(
                _LANDING_SITE_GET_FOLDERS,
                {"scope": scope, "siteId": site_id, "filter": filter, "start": start},
            ),
        )

    def get_group_bindings(
        self, *, group_id: int | NotGiven = NOT_GIVEN
    ) -> list[LandingSiteGetGroupBindingsResult]:
        """List knowledge bases attached to workgroups.

        REST method: ``landing.site.getGroupBindings``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-get-group-bindings.html

        Args:
            group_id: ID of the workgroup; all workgroups when omitted. Wire name: ``groupId``.

        Returns:
            list[LandingSiteGetGroupBindingsResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_group_bindings()
            result = await client.landing.site.get_group_bindings()  # AsyncBitrix24
        """
        return cast(
            "list[LandingSiteGetGroupBindingsResult]",
            self._backend._invoke(
                _LANDING_SITE_GET_GROUP_BINDINGS, {"groupId": group_id}
            ),
        )

    def get_list(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        params: LandingSiteGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingSite]:
        """List sites with chosen fields, filter and sorting.

        May return an empty list without an error when nothing matches or access is missing.

        REST method: ``landing.site.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingSite]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_list()
            result = await client.landing.site.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingSite]",
            self._backend._invoke(
                _LANDING_SITE_GET_LIST,
                {"scope": scope, "params": params, "start": start},
            ),
        )

    def get_menu_bindings(
        self, *, menu_code: str | NotGiven = NOT_GIVEN
    ) -> list[LandingSiteGetMenuBindingsResult]:
        """List knowledge bases attached to menu sections.

        REST method: ``landing.site.getMenuBindings``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-get-menu-bindings.html

        Args:
            menu_code: Code of the menu; all menus when omitted. Wire name: ``menuCode``.

        Returns:
            list[LandingSiteGetMenuBindingsResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_menu_bindings()
            result = await client.landing.site.get_menu_bindings()  # AsyncBitrix24
        """
        return cast(
            "list[LandingSiteGetMenuBindingsResult]",
            self._backend._invoke(
                _LANDING_SITE_GET_MENU_BINDINGS, {"menuCode": menu_code}
            ),
        )

    def get_preview(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> str:
        """Return the preview image URL of a site's home page.

        REST method: ``landing.site.getPreview``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-preview.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_preview(id=1)
            result = await client.landing.site.get_preview(id=1)  # AsyncBitrix24
        """
        return cast(
            str,
            self._backend._invoke(
                _LANDING_SITE_GET_PREVIEW, {"scope": scope, "id": id}
            ),
        )

    def get_public_url(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int | Sequence[Any] | dict[str, Any],
    ) -> dict[str, Any]:
        """Return the public address of one or several sites.

        Returns a string for one ID and an object keyed by site ID for several.

        REST method: ``landing.site.getPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site, or a list of IDs.

        Returns:
            dict[str, Any]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_public_url(id=1)
            result = await client.landing.site.get_public_url(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(
                _LANDING_SITE_GET_PUBLIC_URL, {"scope": scope, "id": id}
            ),
        )

    def get_rights(self, *, id: int | str) -> list[str]:
        """Return the current user's permission codes on a site.

        REST method: ``landing.site.getRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/extended-model/landing-site-get-rights.html

        Args:
            id: ID of the site.

        Returns:
            list[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_rights(id=1)
            result = await client.landing.site.get_rights(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[str]", self._backend._invoke(_LANDING_SITE_GET_RIGHTS, {"id": id})
        )

    def getadditionalfields(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> LandingSiteGetadditionalfieldsResult:
        """Return the extra settings (cookies, theme, counters) of a site.

        REST method: ``landing.site.getadditionalfields``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-additional-fields.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            LandingSiteGetadditionalfieldsResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.getadditionalfields(id=1)
            result = await client.landing.site.getadditionalfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "LandingSiteGetadditionalfieldsResult",
            self._backend._invoke(
                _LANDING_SITE_GETADDITIONALFIELDS, {"scope": scope, "id": id}
            ),
        )

    def mark_delete(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a site to the recycle bin and unpublish it, or bring it back.

        The site stays in the database and can be restored.

        REST method: ``landing.site.markDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.
            mark: true moves the site to the recycle bin (default); false restores it.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_delete(id=1)
            result = await client.landing.site.mark_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_SITE_MARK_DELETE, {"scope": scope, "id": id, "mark": mark}
            ),
        )

    def mark_folder_delete(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send a site folder to the recycle bin, or bring it back.

        REST method: ``landing.site.markFolderDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-folder-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the folder.
            mark: true moves the folder to the recycle bin (default); false restores it.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_folder_delete(id=1)
            result = await client.landing.site.mark_folder_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_MARK_FOLDER_DELETE,
                {"scope": scope, "id": id, "mark": mark},
            ),
        )

    def mark_folder_un_delete(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> bool:
        """Restore a site folder from the recycle bin.

        REST method: ``landing.site.markFolderUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-folder-undelete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the folder.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_folder_un_delete(id=1)
            result = await client.landing.site.mark_folder_un_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_MARK_FOLDER_UN_DELETE, {"scope": scope, "id": id}
            ),
        )

    def mark_un_delete(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> int:
        """Restore a site from the recycle bin.

        REST method: ``landing.site.markUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-undelete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_un_delete(id=1)
            result = await client.landing.site.mark_un_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_SITE_MARK_UN_DELETE, {"scope": scope, "id": id}
            ),
        )

    def publication(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> int:
        """Make a whole site public.

        REST method: ``landing.site.publication``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-publication.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.publication(id=1)
            result = await client.landing.site.publication(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _LANDING_SITE_PUBLICATION, {"scope": scope, "id": id}
            ),
        )

    def publication_folder(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        folder_id: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Publish a site folder, or take it offline.

        REST method: ``landing.site.publicationFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-publication-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            folder_id: ID of the folder. Wire name: ``folderId``.
            mark: true publishes the folder (default); false takes it offline.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.publication_folder(folder_id=1)
            result = await client.landing.site.publication_folder(folder_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_PUBLICATION_FOLDER,
                {"scope": scope, "folderId": folder_id, "mark": mark},
            ),
        )

    def set_rights(
        self,
        *,
        id: int | str,
        rights: dict[str, Any] | Sequence[Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set which users and groups may read, edit or manage a site.

        Used in the extended rights model (roles switched off).

        REST method: ``landing.site.setRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/extended-model/landing-site-set-rights.html

        Args:
            id: ID of the site.
            rights: Operations per access code, such as {"U1": ["read", "edit"]}.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.set_rights(id=1)
            result = await client.landing.site.set_rights(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_SET_RIGHTS, {"id": id, "rights": rights}
            ),
        )

    def un_public_folder(
        self, *, scope: str | NotGiven = NOT_GIVEN, folder_id: int
    ) -> bool:
        """Take a site folder offline.

        REST method: ``landing.site.unPublicFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-unpublic-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            folder_id: ID of the folder. Wire name: ``folderId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.un_public_folder(folder_id=1)
            result = await client.landing.site.un_public_folder(folder_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_UN_PUBLIC_FOLDER, {"scope": scope, "folderId": folder_id}
            ),
        )

    def unbinding_from_group(self, *, id: int, group_id: int) -> bool:
        """Detach a knowledge base from a workgroup.

        REST method: ``landing.site.unbindingFromGroup``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-unbinding-from-group.html

        Args:
            id: ID of the knowledge base site.
            group_id: ID of the workgroup. Wire name: ``groupId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.unbinding_from_group(id=1, group_id=1)
            result = await client.landing.site.unbinding_from_group(id=1, group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_UNBINDING_FROM_GROUP, {"id": id, "groupId": group_id}
            ),
        )

    def unbinding_from_menu(self, *, id: int, menu_code: str) -> bool:
        """Detach a knowledge base from a menu section.

        REST method: ``landing.site.unbindingFromMenu``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-unbinding-from-menu.html

        Args:
            id: ID of the knowledge base site.
            menu_code: Code of the menu section. Wire name: ``menuCode``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.unbinding_from_menu(id=1, menu_code="example_code")
            result = await client.landing.site.unbinding_from_menu(id=1, menu_code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_UNBINDING_FROM_MENU, {"id": id, "menuCode": menu_code}
            ),
        )

    def unpublic(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> int:
        """Take a whole site offline.

        REST method: ``landing.site.unpublic``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-unpublic.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.unpublic(id=1)
            result = await client.landing.site.unpublic(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(_LANDING_SITE_UNPUBLIC, {"scope": scope, "id": id}),
        )

    def update(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        fields: LandingSiteUpdateFields,
    ) -> bool:
        """Change the title, address, type or special pages of a site.

        REST method: ``landing.site.update``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-update.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.
            fields: Site fields to change.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.update(id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.site.update(id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_UPDATE, {"scope": scope, "id": id, "fields": fields}
            ),
        )

    def update_folder(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        folder_id: int,
        fields: LandingSiteUpdateFolderFields,
    ) -> bool:
        """Change the title, address, parent or index page of a site folder.

        REST method: ``landing.site.updateFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-update-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            folder_id: ID of the folder. Wire name: ``folderId``.
            fields: Folder fields to change.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.update_folder(site_id=1, folder_id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.site.update_folder(site_id=1, folder_id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_SITE_UPDATE_FOLDER,
                {
                    "scope": scope,
                    "siteId": site_id,
                    "folderId": folder_id,
                    "fields": fields,
                },
            ),
        )


class AsyncLandingSite(Namespace):
    """Methods under ``landing.site`` (async)."""

    __slots__ = ()

    async def add(
        self, *, scope: str | NotGiven = NOT_GIVEN, fields: LandingSiteAddFields
    ) -> int:
        """Create a site (landing, store or knowledge base) and return its ID.

        REST method: ``landing.site.add``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-add.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            fields: Fields of the new site.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.add(fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.site.add(fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_SITE_ADD, {"scope": scope, "fields": fields}
            ),
        )

    async def add_folder(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        fields: LandingSiteAddFolderFields,
    ) -> int:
        """Create a folder inside a site and return its ID.

        REST method: ``landing.site.addFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-add-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            fields: Fields of the new folder.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.add_folder(site_id=1, fields={"TITLE": "Kick-off call"})
            result = await client.landing.site.add_folder(site_id=1, fields={"TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_SITE_ADD_FOLDER,
                {"scope": scope, "siteId": site_id, "fields": fields},
            ),
        )

    async def binding_to_group(self, *, id: int, group_id: int) -> bool:
        """Attach a knowledge base to a workgroup.

        REST method: ``landing.site.bindingToGroup``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-binding-to-group.html

        Args:
            id: ID of the knowledge base site.
            group_id: ID of the workgroup. Wire name: ``groupId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.binding_to_group(id=1, group_id=1)
            result = await client.landing.site.binding_to_group(id=1, group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_BINDING_TO_GROUP, {"id": id, "groupId": group_id}
            ),
        )

    async def binding_to_menu(self, *, id: int, menu_code: str) -> bool:
        """Attach a knowledge base to a menu section.

        REST method: ``landing.site.bindingToMenu``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-binding-to-menu.html

        Args:
            id: ID of the knowledge base site.
            menu_code: Code of the menu section. Wire name: ``menuCode``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.binding_to_menu(id=1, menu_code="example_code")
            result = await client.landing.site.binding_to_menu(id=1, menu_code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_BINDING_TO_MENU, {"id": id, "menuCode": menu_code}
            ),
        )

    async def delete(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> bool:
        """Permanently remove a site.

        REST method: ``landing.site.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.delete(id=1)
            result = await client.landing.site.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_DELETE, {"scope": scope, "id": id}
            ),
        )

    async def full_export(
        self, *, id: int, params: LandingSiteFullExportParams | NotGiven = NOT_GIVEN
    ) -> LandingSiteFullExportResult:
        """Export a site with its pages and blocks as template data.

        REST method: ``landing.site.fullExport``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-full-export.html

        Args:
            id: ID of the site to export.
            params: Export options.

        Returns:
            LandingSiteFullExportResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.full_export(id=1)
            result = await client.landing.site.full_export(id=1)  # AsyncBitrix24
        """
        return cast(
            "LandingSiteFullExportResult",
            await self._backend._invoke(
                _LANDING_SITE_FULL_EXPORT, {"id": id, "params": params}
            ),
        )

    async def get_folders(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[LandingSiteGetFoldersResult]:
        """Return the folder tree of a site with titles, parents and publication state.

        REST method: ``landing.site.getFolders``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-folders.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            filter: Filter by folder fields, such as {"ACTIVE": "Y"}.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingSiteGetFoldersResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_folders(site_id=1)
            result = await client.landing.site.get_folders(site_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[LandingSiteGetFoldersResult]",
            await self._backend._invoke(
                _LANDING_SITE_GET_FOLDERS,
                {"scope": scope, "siteId": site_id, "filter": filter, "start": start},
            ),
        )

    async def get_group_bindings(
        self, *, group_id: int | NotGiven = NOT_GIVEN
    ) -> list[LandingSiteGetGroupBindingsResult]:
        """List knowledge bases attached to workgroups.

        REST method: ``landing.site.getGroupBindings``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-get-group-bindings.html

        Args:
            group_id: ID of the workgroup; all workgroups when omitted. Wire name: ``groupId``.

        Returns:
            list[LandingSiteGetGroupBindingsResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_group_bindings()
            result = await client.landing.site.get_group_bindings()  # AsyncBitrix24
        """
        return cast(
            "list[LandingSiteGetGroupBindingsResult]",
            await self._backend._invoke(
                _LANDING_SITE_GET_GROUP_BINDINGS, {"groupId": group_id}
            ),
        )

    async def get_list(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        params: LandingSiteGetListParams | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_LandingSite]:
        """List sites with chosen fields, filter and sorting.

        May return an empty list without an error when nothing matches or access is missing.

        REST method: ``landing.site.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingSite]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_list()
            result = await client.landing.site.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingSite]",
            await self._backend._invoke(
                _LANDING_SITE_GET_LIST,
                {"scope": scope, "params": params, "start": start},
            ),
        )

    async def get_menu_bindings(
        self, *, menu_code: str | NotGiven = NOT_GIVEN
    ) -> list[LandingSiteGetMenuBindingsResult]:
        """List knowledge bases attached to menu sections.

        REST method: ``landing.site.getMenuBindings``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-get-menu-bindings.html

        Args:
            menu_code: Code of the menu; all menus when omitted. Wire name: ``menuCode``.

        Returns:
            list[LandingSiteGetMenuBindingsResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_menu_bindings()
            result = await client.landing.site.get_menu_bindings()  # AsyncBitrix24
        """
        return cast(
            "list[LandingSiteGetMenuBindingsResult]",
            await self._backend._invoke(
                _LANDING_SITE_GET_MENU_BINDINGS, {"menuCode": menu_code}
            ),
        )

    async def get_preview(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> str:
        """Return the preview image URL of a site's home page.

        REST method: ``landing.site.getPreview``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-preview.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_preview(id=1)
            result = await client.landing.site.get_preview(id=1)  # AsyncBitrix24
        """
        return cast(
            str,
            await self._backend._invoke(
                _LANDING_SITE_GET_PREVIEW, {"scope": scope, "id": id}
            ),
        )

    async def get_public_url(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int | Sequence[Any] | dict[str, Any],
    ) -> dict[str, Any]:
        """Return the public address of one or several sites.

        Returns a string for one ID and an object keyed by site ID for several.

        REST method: ``landing.site.getPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site, or a list of IDs.

        Returns:
            dict[str, Any]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_public_url(id=1)
            result = await client.landing.site.get_public_url(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _LANDING_SITE_GET_PUBLIC_URL, {"scope": scope, "id": id}
            ),
        )

    async def get_rights(self, *, id: int | str) -> list[str]:
        """Return the current user's permission codes on a site.

        REST method: ``landing.site.getRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/extended-model/landing-site-get-rights.html

        Args:
            id: ID of the site.

        Returns:
            list[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.get_rights(id=1)
            result = await client.landing.site.get_rights(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[str]",
            await self._backend._invoke(_LANDING_SITE_GET_RIGHTS, {"id": id}),
        )

    async def getadditionalfields(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> LandingSiteGetadditionalfieldsResult:
        """Return the extra settings (cookies, theme, counters) of a site.

        REST method: ``landing.site.getadditionalfields``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-additional-fields.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            LandingSiteGetadditionalfieldsResult

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.getadditionalfields(id=1)
            result = await client.landing.site.getadditionalfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "LandingSiteGetadditionalfieldsResult",
            await self._backend._invoke(
                _LANDING_SITE_GETADDITIONALFIELDS, {"scope": scope, "id": id}
            ),
        )

    async def mark_delete(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a site to the recycle bin and unpublish it, or bring it back.

        The site stays in the database and can be restored.

        REST method: ``landing.site.markDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.
            mark: true moves the site to the recycle bin (default); false restores it.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_delete(id=1)
            result = await client.landing.site.mark_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_SITE_MARK_DELETE, {"scope": scope, "id": id, "mark": mark}
            ),
        )

    async def mark_folder_delete(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send a site folder to the recycle bin, or bring it back.

        REST method: ``landing.site.markFolderDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-folder-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the folder.
            mark: true moves the folder to the recycle bin (default); false restores it.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_folder_delete(id=1)
            result = await client.landing.site.mark_folder_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_MARK_FOLDER_DELETE,
                {"scope": scope, "id": id, "mark": mark},
            ),
        )

    async def mark_folder_un_delete(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> bool:
        """Restore a site folder from the recycle bin.

        REST method: ``landing.site.markFolderUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-folder-undelete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the folder.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_folder_un_delete(id=1)
            result = await client.landing.site.mark_folder_un_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_MARK_FOLDER_UN_DELETE, {"scope": scope, "id": id}
            ),
        )

    async def mark_un_delete(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> int:
        """Restore a site from the recycle bin.

        REST method: ``landing.site.markUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-undelete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.mark_un_delete(id=1)
            result = await client.landing.site.mark_un_delete(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_SITE_MARK_UN_DELETE, {"scope": scope, "id": id}
            ),
        )

    async def publication(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> int:
        """Make a whole site public.

        REST method: ``landing.site.publication``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-publication.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.publication(id=1)
            result = await client.landing.site.publication(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_SITE_PUBLICATION, {"scope": scope, "id": id}
            ),
        )

    async def publication_folder(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        folder_id: int,
        mark: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Publish a site folder, or take it offline.

        REST method: ``landing.site.publicationFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-publication-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            folder_id: ID of the folder. Wire name: ``folderId``.
            mark: true publishes the folder (default); false takes it offline.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.publication_folder(folder_id=1)
            result = await client.landing.site.publication_folder(folder_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_PUBLICATION_FOLDER,
                {"scope": scope, "folderId": folder_id, "mark": mark},
            ),
        )

    async def set_rights(
        self,
        *,
        id: int | str,
        rights: dict[str, Any] | Sequence[Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set which users and groups may read, edit or manage a site.

        Used in the extended rights model (roles switched off).

        REST method: ``landing.site.setRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/extended-model/landing-site-set-rights.html

        Args:
            id: ID of the site.
            rights: Operations per access code, such as {"U1": ["read", "edit"]}.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.set_rights(id=1)
            result = await client.landing.site.set_rights(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_SET_RIGHTS, {"id": id, "rights": rights}
            ),
        )

    async def un_public_folder(
        self, *, scope: str | NotGiven = NOT_GIVEN, folder_id: int
    ) -> bool:
        """Take a site folder offline.

        REST method: ``landing.site.unPublicFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-unpublic-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            folder_id: ID of the folder. Wire name: ``folderId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.un_public_folder(folder_id=1)
            result = await client.landing.site.un_public_folder(folder_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_UN_PUBLIC_FOLDER, {"scope": scope, "folderId": folder_id}
            ),
        )

    async def unbinding_from_group(self, *, id: int, group_id: int) -> bool:
        """Detach a knowledge base from a workgroup.

        REST method: ``landing.site.unbindingFromGroup``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-unbinding-from-group.html

        Args:
            id: ID of the knowledge base site.
            group_id: ID of the workgroup. Wire name: ``groupId``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.unbinding_from_group(id=1, group_id=1)
            result = await client.landing.site.unbinding_from_group(id=1, group_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_UNBINDING_FROM_GROUP, {"id": id, "groupId": group_id}
            ),
        )

    async def unbinding_from_menu(self, *, id: int, menu_code: str) -> bool:
        """Detach a knowledge base from a menu section.

        REST method: ``landing.site.unbindingFromMenu``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-unbinding-from-menu.html

        Args:
            id: ID of the knowledge base site.
            menu_code: Code of the menu section. Wire name: ``menuCode``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.unbinding_from_menu(id=1, menu_code="example_code")
            result = await client.landing.site.unbinding_from_menu(id=1, menu_code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_UNBINDING_FROM_MENU, {"id": id, "menuCode": menu_code}
            ),
        )

    async def unpublic(self, *, scope: str | NotGiven = NOT_GIVEN, id: int) -> int:
        """Take a whole site offline.

        REST method: ``landing.site.unpublic``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-unpublic.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.unpublic(id=1)
            result = await client.landing.site.unpublic(id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _LANDING_SITE_UNPUBLIC, {"scope": scope, "id": id}
            ),
        )

    async def update(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        fields: LandingSiteUpdateFields,
    ) -> bool:
        """Change the title, address, type or special pages of a site.

        REST method: ``landing.site.update``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-update.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.
            fields: Site fields to change.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.update(id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.site.update(id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_UPDATE, {"scope": scope, "id": id, "fields": fields}
            ),
        )

    async def update_folder(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        site_id: int,
        folder_id: int,
        fields: LandingSiteUpdateFolderFields,
    ) -> bool:
        """Change the title, address, parent or index page of a site folder.

        REST method: ``landing.site.updateFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-update-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            folder_id: ID of the folder. Wire name: ``folderId``.
            fields: Folder fields to change.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.site.update_folder(site_id=1, folder_id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
            result = await client.landing.site.update_folder(site_id=1, folder_id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_SITE_UPDATE_FOLDER,
                {
                    "scope": scope,
                    "siteId": site_id,
                    "folderId": folder_id,
                    "fields": fields,
                },
            ),
        )


class BatchLandingSite(Namespace):
    """Methods under ``landing.site`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        fields: LandingSiteAddFields | Ref,
    ) -> BatchCommand[int]:
        """Create a site (landing, store or knowledge base) and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.add``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-add.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            fields: Fields of the new site.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.add(fields={"TITLE": "Kick-off call", "CODE": "example_code"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_SITE_ADD, {"scope": scope, "fields": fields}
            ),
        )

    def add_folder(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        site_id: int | Ref,
        fields: LandingSiteAddFolderFields | Ref,
    ) -> BatchCommand[int]:
        """Create a folder inside a site and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.addFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-add-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            fields: Fields of the new folder.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.add_folder(site_id=1, fields={"TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_SITE_ADD_FOLDER,
                {"scope": scope, "siteId": site_id, "fields": fields},
            ),
        )

    def binding_to_group(
        self, *, id: int | Ref, group_id: int | Ref
    ) -> BatchCommand[bool]:
        """Attach a knowledge base to a workgroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.bindingToGroup``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-binding-to-group.html

        Args:
            id: ID of the knowledge base site.
            group_id: ID of the workgroup. Wire name: ``groupId``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.binding_to_group(id=1, group_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_BINDING_TO_GROUP, {"id": id, "groupId": group_id}
            ),
        )

    def binding_to_menu(
        self, *, id: int | Ref, menu_code: str | Ref
    ) -> BatchCommand[bool]:
        """Attach a knowledge base to a menu section.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.bindingToMenu``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-binding-to-menu.html

        Args:
            id: ID of the knowledge base site.
            menu_code: Code of the menu section. Wire name: ``menuCode``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.binding_to_menu(id=1, menu_code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_BINDING_TO_MENU, {"id": id, "menuCode": menu_code}
            ),
        )

    def delete(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[bool]:
        """Permanently remove a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_SITE_DELETE, {"scope": scope, "id": id}),
        )

    def full_export(
        self,
        *,
        id: int | Ref,
        params: LandingSiteFullExportParams | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[LandingSiteFullExportResult]:
        """Export a site with its pages and blocks as template data.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.fullExport``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-full-export.html

        Args:
            id: ID of the site to export.
            params: Export options.

        Returns:
            BatchCommand[LandingSiteFullExportResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.full_export(id=1)
        """
        return cast(
            "BatchCommand[LandingSiteFullExportResult]",
            self._backend._invoke(
                _LANDING_SITE_FULL_EXPORT, {"id": id, "params": params}
            ),
        )

    def get_folders(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        site_id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[LandingSiteGetFoldersResult]]:
        """Return the folder tree of a site with titles, parents and publication state.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getFolders``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-folders.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            filter: Filter by folder fields, such as {"ACTIVE": "Y"}.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingSiteGetFoldersResult]]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_folders(site_id=1)
        """
        return cast(
            "BatchCommand[list[LandingSiteGetFoldersResult]]",
            self._backend._invoke(
                _LANDING_SITE_GET_FOLDERS,
                {"scope": scope, "siteId": site_id, "filter": filter, "start": start},
            ),
        )

    def get_group_bindings(
        self, *, group_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[LandingSiteGetGroupBindingsResult]]:
        """List knowledge bases attached to workgroups.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getGroupBindings``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-get-group-bindings.html

        Args:
            group_id: ID of the workgroup; all workgroups when omitted. Wire name: ``groupId``.

        Returns:
            BatchCommand[list[LandingSiteGetGroupBindingsResult]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_group_bindings()
        """
        return cast(
            "BatchCommand[list[LandingSiteGetGroupBindingsResult]]",
            self._backend._invoke(
                _LANDING_SITE_GET_GROUP_BINDINGS, {"groupId": group_id}
            ),
        )

    def get_list(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        params: LandingSiteGetListParams | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingSite]]:
        """List sites with chosen fields, filter and sorting.

        May return an empty list without an error when nothing matches or access is missing.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-list.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            params: Selection settings.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingSite]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_list()
        """
        return cast(
            "BatchCommand[list[_LandingSite]]",
            self._backend._invoke(
                _LANDING_SITE_GET_LIST,
                {"scope": scope, "params": params, "start": start},
            ),
        )

    def get_menu_bindings(
        self, *, menu_code: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[LandingSiteGetMenuBindingsResult]]:
        """List knowledge bases attached to menu sections.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getMenuBindings``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-get-menu-bindings.html

        Args:
            menu_code: Code of the menu; all menus when omitted. Wire name: ``menuCode``.

        Returns:
            BatchCommand[list[LandingSiteGetMenuBindingsResult]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_menu_bindings()
        """
        return cast(
            "BatchCommand[list[LandingSiteGetMenuBindingsResult]]",
            self._backend._invoke(
                _LANDING_SITE_GET_MENU_BINDINGS, {"menuCode": menu_code}
            ),
        )

    def get_preview(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[str]:
        """Return the preview image URL of a site's home page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getPreview``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-preview.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_preview(id=1)
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(
                _LANDING_SITE_GET_PREVIEW, {"scope": scope, "id": id}
            ),
        )

    def get_public_url(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Sequence[Any] | dict[str, Any] | Ref,
    ) -> BatchCommand[dict[str, Any]]:
        """Return the public address of one or several sites.

        Returns a string for one ID and an object keyed by site ID for several.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getPublicUrl``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-public-url.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site, or a list of IDs.

        Returns:
            BatchCommand[dict[str, Any]]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_public_url(id=1)
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(
                _LANDING_SITE_GET_PUBLIC_URL, {"scope": scope, "id": id}
            ),
        )

    def get_rights(self, *, id: int | str | Ref) -> BatchCommand[list[str]]:
        """Return the current user's permission codes on a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/extended-model/landing-site-get-rights.html

        Args:
            id: ID of the site.

        Returns:
            BatchCommand[list[str]]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.get_rights(id=1)
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(_LANDING_SITE_GET_RIGHTS, {"id": id}),
        )

    def getadditionalfields(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[LandingSiteGetadditionalfieldsResult]:
        """Return the extra settings (cookies, theme, counters) of a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.getadditionalfields``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-get-additional-fields.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            BatchCommand[LandingSiteGetadditionalfieldsResult]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.getadditionalfields(id=1)
        """
        return cast(
            "BatchCommand[LandingSiteGetadditionalfieldsResult]",
            self._backend._invoke(
                _LANDING_SITE_GETADDITIONALFIELDS, {"scope": scope, "id": id}
            ),
        )

    def mark_delete(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref,
        mark: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Send a site to the recycle bin and unpublish it, or bring it back.

        The site stays in the database and can be restored.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.markDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.
            mark: true moves the site to the recycle bin (default); false restores it.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.mark_delete(id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_SITE_MARK_DELETE, {"scope": scope, "id": id, "mark": mark}
            ),
        )

    def mark_folder_delete(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref,
        mark: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Send a site folder to the recycle bin, or bring it back.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.markFolderDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-folder-delete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the folder.
            mark: true moves the folder to the recycle bin (default); false restores it.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.mark_folder_delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_MARK_FOLDER_DELETE,
                {"scope": scope, "id": id, "mark": mark},
            ),
        )

    def mark_folder_un_delete(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[bool]:
        """Restore a site folder from the recycle bin.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.markFolderUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-folder-undelete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the folder.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.mark_folder_un_delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_MARK_FOLDER_UN_DELETE, {"scope": scope, "id": id}
            ),
        )

    def mark_un_delete(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[int]:
        """Restore a site from the recycle bin.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.markUnDelete``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-mark-undelete.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.mark_un_delete(id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_SITE_MARK_UN_DELETE, {"scope": scope, "id": id}
            ),
        )

    def publication(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[int]:
        """Make a whole site public.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.publication``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-publication.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.publication(id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _LANDING_SITE_PUBLICATION, {"scope": scope, "id": id}
            ),
        )

    def publication_folder(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        folder_id: int | Ref,
        mark: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Publish a site folder, or take it offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.publicationFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-publication-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            folder_id: ID of the folder. Wire name: ``folderId``.
            mark: true publishes the folder (default); false takes it offline.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.publication_folder(folder_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_PUBLICATION_FOLDER,
                {"scope": scope, "folderId": folder_id, "mark": mark},
            ),
        )

    def set_rights(
        self,
        *,
        id: int | str | Ref,
        rights: dict[str, Any] | Sequence[Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Set which users and groups may read, edit or manage a site.

        Used in the extended rights model (roles switched off).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.setRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/extended-model/landing-site-set-rights.html

        Args:
            id: ID of the site.
            rights: Operations per access code, such as {"U1": ["read", "edit"]}.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.set_rights(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_SET_RIGHTS, {"id": id, "rights": rights}
            ),
        )

    def un_public_folder(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, folder_id: int | Ref
    ) -> BatchCommand[bool]:
        """Take a site folder offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.unPublicFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-unpublic-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            folder_id: ID of the folder. Wire name: ``folderId``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.un_public_folder(folder_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_UN_PUBLIC_FOLDER, {"scope": scope, "folderId": folder_id}
            ),
        )

    def unbinding_from_group(
        self, *, id: int | Ref, group_id: int | Ref
    ) -> BatchCommand[bool]:
        """Detach a knowledge base from a workgroup.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.unbindingFromGroup``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-unbinding-from-group.html

        Args:
            id: ID of the knowledge base site.
            group_id: ID of the workgroup. Wire name: ``groupId``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.unbinding_from_group(id=1, group_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_UNBINDING_FROM_GROUP, {"id": id, "groupId": group_id}
            ),
        )

    def unbinding_from_menu(
        self, *, id: int | Ref, menu_code: str | Ref
    ) -> BatchCommand[bool]:
        """Detach a knowledge base from a menu section.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.unbindingFromMenu``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/embedding/knowledge-base/landing-site-unbinding-from-menu.html

        Args:
            id: ID of the knowledge base site.
            menu_code: Code of the menu section. Wire name: ``menuCode``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.unbinding_from_menu(id=1, menu_code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_UNBINDING_FROM_MENU, {"id": id, "menuCode": menu_code}
            ),
        )

    def unpublic(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[int]:
        """Take a whole site offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.unpublic``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-unpublic.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.unpublic(id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_LANDING_SITE_UNPUBLIC, {"scope": scope, "id": id}),
        )

    def update(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref,
        fields: LandingSiteUpdateFields | Ref,
    ) -> BatchCommand[bool]:
        """Change the title, address, type or special pages of a site.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.update``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-update.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the site.
            fields: Site fields to change.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.update(id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_UPDATE, {"scope": scope, "id": id, "fields": fields}
            ),
        )

    def update_folder(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        site_id: int | Ref,
        folder_id: int | Ref,
        fields: LandingSiteUpdateFolderFields | Ref,
    ) -> BatchCommand[bool]:
        """Change the title, address, parent or index page of a site folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.site.updateFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/site/landing-site-update-folder.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            site_id: ID of the site. Wire name: ``siteId``.
            folder_id: ID of the folder. Wire name: ``folderId``.
            fields: Folder fields to change.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.site.update_folder(site_id=1, folder_id=1, fields={"TITLE": "Kick-off call", "CODE": "example_code"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_SITE_UPDATE_FOLDER,
                {
                    "scope": scope,
                    "siteId": site_id,
                    "folderId": folder_id,
                    "fields": fields,
                },
            ),
        )
