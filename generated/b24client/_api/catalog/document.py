"""Methods under ``catalog.document``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.catalog import (
        CatalogDocument as _CatalogDocument,
        CatalogDocumentAddFields,
        CatalogDocumentAddResult,
        CatalogDocumentElement as _CatalogDocumentElement,
        CatalogDocumentElementAddFields,
        CatalogDocumentElementAddResult,
        CatalogDocumentElementFieldsResult,
        CatalogDocumentElementGetFieldsResult,
        CatalogDocumentElementUpdateFields,
        CatalogDocumentElementUpdateResult,
        CatalogDocumentFieldsResult,
        CatalogDocumentGetFieldsResult,
        CatalogDocumentUpdateFields,
        CatalogDocumentUpdateResult,
    )
else:
    from b24client._core.callsite import deprecated

_CATALOG_DOCUMENT_ADD = MethodInfo(
    name="catalog.document.add", idempotent=False, returns="any", api=1
)
_CATALOG_DOCUMENT_CANCEL = MethodInfo(
    name="catalog.document.cancel", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_CANCEL_LIST = MethodInfo(
    name="catalog.document.cancelList", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_CONDUCT = MethodInfo(
    name="catalog.document.conduct", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_CONDUCT_LIST = MethodInfo(
    name="catalog.document.conductList", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_CONFIRM = MethodInfo(
    name="catalog.document.confirm", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_DELETE = MethodInfo(
    name="catalog.document.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_DELETE_LIST = MethodInfo(
    name="catalog.document.deleteList", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_FIELDS = MethodInfo(
    name="catalog.document.fields", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENT_GET_FIELDS = MethodInfo(
    name="catalog.document.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENT_LIST = MethodInfo(
    name="catalog.document.list", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENT_UNCONFIRM = MethodInfo(
    name="catalog.document.unconfirm", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_UPDATE = MethodInfo(
    name="catalog.document.update", idempotent=False, returns="any", api=1
)
_CATALOG_DOCUMENT_ELEMENT_ADD = MethodInfo(
    name="catalog.document.element.add", idempotent=False, returns="any", api=1
)
_CATALOG_DOCUMENT_ELEMENT_DELETE = MethodInfo(
    name="catalog.document.element.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENT_ELEMENT_FIELDS = MethodInfo(
    name="catalog.document.element.fields", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENT_ELEMENT_GET_FIELDS = MethodInfo(
    name="catalog.document.element.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENT_ELEMENT_LIST = MethodInfo(
    name="catalog.document.element.list", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENT_ELEMENT_UPDATE = MethodInfo(
    name="catalog.document.element.update", idempotent=False, returns="any", api=1
)
_CATALOG_DOCUMENT_MODE_STATUS = MethodInfo(
    name="catalog.document.mode.status", idempotent=False, returns="boolean", api=1
)


class CatalogDocument(Namespace):
    """Methods under ``catalog.document``."""

    __slots__ = ()

    @property
    def element(self) -> CatalogDocumentElement:
        """Methods under ``catalog.document.element``."""
        return CatalogDocumentElement(self._backend)

    @property
    def mode(self) -> CatalogDocumentMode:
        """Methods under ``catalog.document.mode``."""
        return CatalogDocumentMode(self._backend)

    def add(self, *, fields: CatalogDocumentAddFields) -> CatalogDocumentAddResult:
        """Create an inventory document (receipt, transfer, write-off and so on) as a draft.

        REST method: ``catalog.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-add.html

        Args:
            fields: Values of the new inventory document, keyed by field name.

        Returns:
            CatalogDocumentAddResult

        Example:
            result = client.catalog.document.add(fields={"docType": "A", "currency": "USD", "responsibleId": 1})
            result = await client.catalog.document.add(fields={"docType": "A", "currency": "USD", "responsibleId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentAddResult",
            self._backend._invoke(_CATALOG_DOCUMENT_ADD, {"fields": fields}),
        )

    def cancel(self, *, id: int) -> bool:
        """Cancel a posted inventory document and roll its stock changes back.

        The status becomes "C" and warehouse stock is updated from the document lines. Needs the "cancel posting" right for the document type and access to the warehouses involved.

        REST method: ``catalog.document.cancel``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-cancel.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.cancel(id=1)
            result = await client.catalog.document.cancel(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_DOCUMENT_CANCEL, {"id": id}))

    def cancel_list(self, *, document_ids: Sequence[int]) -> bool:
        """Cancel several posted inventory documents and roll their stock changes back.

        Each document becomes "C" (canceled) and stock is updated; rights are checked for each document separately.

        REST method: ``catalog.document.cancelList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-cancel-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            bool

        Example:
            result = client.catalog.document.cancel_list(document_ids=[1])
            result = await client.catalog.document.cancel_list(document_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CATALOG_DOCUMENT_CANCEL_LIST, {"documentIds": document_ids}
            ),
        )

    def conduct(self, *, id: int) -> bool:
        """Post an inventory document so its lines change warehouse stock.

        The status becomes "Y" and stock is updated from the document lines. Needs the "post document" right for the document type and access to the warehouses involved.

        REST method: ``catalog.document.conduct``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-conduct.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.conduct(id=1)
            result = await client.catalog.document.conduct(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_DOCUMENT_CONDUCT, {"id": id}))

    def conduct_list(self, *, document_ids: Sequence[int]) -> bool:
        """Post several inventory documents so their lines change warehouse stock.

        Each document becomes "Y" (posted) and stock is updated; rights are checked for each document separately.

        REST method: ``catalog.document.conductList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-conduct-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            bool

        Example:
            result = client.catalog.document.conduct_list(document_ids=[1])
            result = await client.catalog.document.conduct_list(document_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CATALOG_DOCUMENT_CONDUCT_LIST, {"documentIds": document_ids}
            ),
        )

    @deprecated(
        "The REST method catalog.document.confirm is deprecated; use catalog.document.conduct instead."
    )
    def confirm(self, *, id: int) -> bool:
        """Post an inventory document (old call; use catalog.document.conduct).

        No longer developed; use catalog.document.conduct instead.

        Deprecated: use ``catalog.document.conduct`` instead.

        REST method: ``catalog.document.confirm``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-confirm.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.confirm(id=1)
            result = await client.catalog.document.confirm(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_DOCUMENT_CONFIRM, {"id": id}))

    def delete(self, *, id: int) -> bool:
        """Delete an inventory document for good.

        REST method: ``catalog.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-delete.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.delete(id=1)
            result = await client.catalog.document.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_DOCUMENT_DELETE, {"id": id}))

    def delete_list(self, *, document_ids: Sequence[int]) -> bool:
        """Delete several inventory documents in one call.

        Rights are checked for each document separately.

        REST method: ``catalog.document.deleteList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-delete-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            bool

        Example:
            result = client.catalog.document.delete_list(document_ids=[1])
            result = await client.catalog.document.delete_list(document_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CATALOG_DOCUMENT_DELETE_LIST, {"documentIds": document_ids}
            ),
        )

    @deprecated(
        "The REST method catalog.document.fields is deprecated; use catalog.document.getFields instead."
    )
    def fields(self) -> builtins.list[CatalogDocumentFieldsResult]:
        """Describe the inventory document fields (old call; use catalog.document.getFields).

        No longer developed; use catalog.document.getFields instead.

        Deprecated: use ``catalog.document.getFields`` instead.

        REST method: ``catalog.document.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-fields.html

        Returns:
            list[CatalogDocumentFieldsResult]

        Example:
            result = client.catalog.document.fields()
            result = await client.catalog.document.fields()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CatalogDocumentFieldsResult]",
            self._backend._invoke(_CATALOG_DOCUMENT_FIELDS, {}),
        )

    def get_fields(self) -> CatalogDocumentGetFieldsResult:
        """Describe the inventory document fields: type, required and read-only flags.

        REST method: ``catalog.document.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-get-fields.html

        Returns:
            CatalogDocumentGetFieldsResult

        Example:
            result = client.catalog.document.get_fields()
            result = await client.catalog.document.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentGetFieldsResult",
            self._backend._invoke(_CATALOG_DOCUMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogDocument]:
        """List inventory documents the user may see, page by page.

        Results are limited to the document types and warehouses the user has rights to. Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogDocument]

        Example:
            result = client.catalog.document.list()
            result = await client.catalog.document.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogDocument]",
            self._backend._invoke_page(
                _CATALOG_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method catalog.document.unconfirm is deprecated; use catalog.document.cancel instead."
    )
    def unconfirm(self, *, id: int) -> bool:
        """Cancel posting of an inventory document (old call; use catalog.document.cancel).

        No longer developed; use catalog.document.cancel instead.

        Deprecated: use ``catalog.document.cancel`` instead.

        REST method: ``catalog.document.unconfirm``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-unconfirm.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.unconfirm(id=1)
            result = await client.catalog.document.unconfirm(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_DOCUMENT_UNCONFIRM, {"id": id})
        )

    def update(
        self, *, id: int, fields: CatalogDocumentUpdateFields
    ) -> CatalogDocumentUpdateResult:
        """Change the title, date, number, responsible person or comment of an inventory document.

        REST method: ``catalog.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-update.html

        Args:
            id: ID of the inventory document.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogDocumentUpdateResult

        Example:
            result = client.catalog.document.update(id=1, fields={"title": "Kick-off call", "commentary": "Please call back after 3 pm."})
            result = await client.catalog.document.update(id=1, fields={"title": "Kick-off call", "commentary": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentUpdateResult",
            self._backend._invoke(
                _CATALOG_DOCUMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogDocument(Namespace):
    """Methods under ``catalog.document`` (async)."""

    __slots__ = ()

    @property
    def element(self) -> AsyncCatalogDocumentElement:
        """Methods under ``catalog.document.element``."""
        return AsyncCatalogDocumentElement(self._backend)

    @property
    def mode(self) -> AsyncCatalogDocumentMode:
        """Methods under ``catalog.document.mode``."""
        return AsyncCatalogDocumentMode(self._backend)

    async def add(
        self, *, fields: CatalogDocumentAddFields
    ) -> CatalogDocumentAddResult:
        """Create an inventory document (receipt, transfer, write-off and so on) as a draft.

        REST method: ``catalog.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-add.html

        Args:
            fields: Values of the new inventory document, keyed by field name.

        Returns:
            CatalogDocumentAddResult

        Example:
            result = client.catalog.document.add(fields={"docType": "A", "currency": "USD", "responsibleId": 1})
            result = await client.catalog.document.add(fields={"docType": "A", "currency": "USD", "responsibleId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentAddResult",
            await self._backend._invoke(_CATALOG_DOCUMENT_ADD, {"fields": fields}),
        )

    async def cancel(self, *, id: int) -> bool:
        """Cancel a posted inventory document and roll its stock changes back.

        The status becomes "C" and warehouse stock is updated from the document lines. Needs the "cancel posting" right for the document type and access to the warehouses involved.

        REST method: ``catalog.document.cancel``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-cancel.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.cancel(id=1)
            result = await client.catalog.document.cancel(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_DOCUMENT_CANCEL, {"id": id})
        )

    async def cancel_list(self, *, document_ids: Sequence[int]) -> bool:
        """Cancel several posted inventory documents and roll their stock changes back.

        Each document becomes "C" (canceled) and stock is updated; rights are checked for each document separately.

        REST method: ``catalog.document.cancelList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-cancel-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            bool

        Example:
            result = client.catalog.document.cancel_list(document_ids=[1])
            result = await client.catalog.document.cancel_list(document_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CATALOG_DOCUMENT_CANCEL_LIST, {"documentIds": document_ids}
            ),
        )

    async def conduct(self, *, id: int) -> bool:
        """Post an inventory document so its lines change warehouse stock.

        The status becomes "Y" and stock is updated from the document lines. Needs the "post document" right for the document type and access to the warehouses involved.

        REST method: ``catalog.document.conduct``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-conduct.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.conduct(id=1)
            result = await client.catalog.document.conduct(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_DOCUMENT_CONDUCT, {"id": id})
        )

    async def conduct_list(self, *, document_ids: Sequence[int]) -> bool:
        """Post several inventory documents so their lines change warehouse stock.

        Each document becomes "Y" (posted) and stock is updated; rights are checked for each document separately.

        REST method: ``catalog.document.conductList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-conduct-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            bool

        Example:
            result = client.catalog.document.conduct_list(document_ids=[1])
            result = await client.catalog.document.conduct_list(document_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CATALOG_DOCUMENT_CONDUCT_LIST, {"documentIds": document_ids}
            ),
        )

    @deprecated(
        "The REST method catalog.document.confirm is deprecated; use catalog.document.conduct instead."
    )
    async def confirm(self, *, id: int) -> bool:
        """Post an inventory document (old call; use catalog.document.conduct).

        No longer developed; use catalog.document.conduct instead.

        Deprecated: use ``catalog.document.conduct`` instead.

        REST method: ``catalog.document.confirm``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-confirm.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.confirm(id=1)
            result = await client.catalog.document.confirm(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_DOCUMENT_CONFIRM, {"id": id})
        )

    async def delete(self, *, id: int) -> bool:
        """Delete an inventory document for good.

        REST method: ``catalog.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-delete.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.delete(id=1)
            result = await client.catalog.document.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_DOCUMENT_DELETE, {"id": id})
        )

    async def delete_list(self, *, document_ids: Sequence[int]) -> bool:
        """Delete several inventory documents in one call.

        Rights are checked for each document separately.

        REST method: ``catalog.document.deleteList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-delete-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            bool

        Example:
            result = client.catalog.document.delete_list(document_ids=[1])
            result = await client.catalog.document.delete_list(document_ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CATALOG_DOCUMENT_DELETE_LIST, {"documentIds": document_ids}
            ),
        )

    @deprecated(
        "The REST method catalog.document.fields is deprecated; use catalog.document.getFields instead."
    )
    async def fields(self) -> builtins.list[CatalogDocumentFieldsResult]:
        """Describe the inventory document fields (old call; use catalog.document.getFields).

        No longer developed; use catalog.document.getFields instead.

        Deprecated: use ``catalog.document.getFields`` instead.

        REST method: ``catalog.document.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-fields.html

        Returns:
            list[CatalogDocumentFieldsResult]

        Example:
            result = client.catalog.document.fields()
            result = await client.catalog.document.fields()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CatalogDocumentFieldsResult]",
            await self._backend._invoke(_CATALOG_DOCUMENT_FIELDS, {}),
        )

    async def get_fields(self) -> CatalogDocumentGetFieldsResult:
        """Describe the inventory document fields: type, required and read-only flags.

        REST method: ``catalog.document.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-get-fields.html

        Returns:
            CatalogDocumentGetFieldsResult

        Example:
            result = client.catalog.document.get_fields()
            result = await client.catalog.document.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentGetFieldsResult",
            await self._backend._invoke(_CATALOG_DOCUMENT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogDocument]:
        """List inventory documents the user may see, page by page.

        Results are limited to the document types and warehouses the user has rights to. Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogDocument]

        Example:
            result = client.catalog.document.list()
            result = await client.catalog.document.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogDocument]",
            await self._backend._invoke_page(
                _CATALOG_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method catalog.document.unconfirm is deprecated; use catalog.document.cancel instead."
    )
    async def unconfirm(self, *, id: int) -> bool:
        """Cancel posting of an inventory document (old call; use catalog.document.cancel).

        No longer developed; use catalog.document.cancel instead.

        Deprecated: use ``catalog.document.cancel`` instead.

        REST method: ``catalog.document.unconfirm``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-unconfirm.html

        Args:
            id: ID of the inventory document.

        Returns:
            bool

        Example:
            result = client.catalog.document.unconfirm(id=1)
            result = await client.catalog.document.unconfirm(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_DOCUMENT_UNCONFIRM, {"id": id})
        )

    async def update(
        self, *, id: int, fields: CatalogDocumentUpdateFields
    ) -> CatalogDocumentUpdateResult:
        """Change the title, date, number, responsible person or comment of an inventory document.

        REST method: ``catalog.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-update.html

        Args:
            id: ID of the inventory document.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogDocumentUpdateResult

        Example:
            result = client.catalog.document.update(id=1, fields={"title": "Kick-off call", "commentary": "Please call back after 3 pm."})
            result = await client.catalog.document.update(id=1, fields={"title": "Kick-off call", "commentary": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentUpdateResult",
            await self._backend._invoke(
                _CATALOG_DOCUMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogDocument(Namespace):
    """Methods under ``catalog.document`` (queued into a batch)."""

    __slots__ = ()

    @property
    def element(self) -> BatchCatalogDocumentElement:
        """Methods under ``catalog.document.element``."""
        return BatchCatalogDocumentElement(self._backend)

    @property
    def mode(self) -> BatchCatalogDocumentMode:
        """Methods under ``catalog.document.mode``."""
        return BatchCatalogDocumentMode(self._backend)

    def add(
        self, *, fields: CatalogDocumentAddFields | Ref
    ) -> BatchCommand[CatalogDocumentAddResult]:
        """Create an inventory document (receipt, transfer, write-off and so on) as a draft.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-add.html

        Args:
            fields: Values of the new inventory document, keyed by field name.

        Returns:
            BatchCommand[CatalogDocumentAddResult]

        Example:
            command = batch.catalog.document.add(fields={"docType": "A", "currency": "USD", "responsibleId": 1})
        """
        return cast(
            "BatchCommand[CatalogDocumentAddResult]",
            self._backend._invoke(_CATALOG_DOCUMENT_ADD, {"fields": fields}),
        )

    def cancel(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Cancel a posted inventory document and roll its stock changes back.

        The status becomes "C" and warehouse stock is updated from the document lines. Needs the "cancel posting" right for the document type and access to the warehouses involved.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.cancel``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-cancel.html

        Args:
            id: ID of the inventory document.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.cancel(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_CANCEL, {"id": id}),
        )

    def cancel_list(self, *, document_ids: Sequence[int] | Ref) -> BatchCommand[bool]:
        """Cancel several posted inventory documents and roll their stock changes back.

        Each document becomes "C" (canceled) and stock is updated; rights are checked for each document separately.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.cancelList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-cancel-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.cancel_list(document_ids=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CATALOG_DOCUMENT_CANCEL_LIST, {"documentIds": document_ids}
            ),
        )

    def conduct(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Post an inventory document so its lines change warehouse stock.

        The status becomes "Y" and stock is updated from the document lines. Needs the "post document" right for the document type and access to the warehouses involved.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.conduct``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-conduct.html

        Args:
            id: ID of the inventory document.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.conduct(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_CONDUCT, {"id": id}),
        )

    def conduct_list(self, *, document_ids: Sequence[int] | Ref) -> BatchCommand[bool]:
        """Post several inventory documents so their lines change warehouse stock.

        Each document becomes "Y" (posted) and stock is updated; rights are checked for each document separately.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.conductList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-conduct-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.conduct_list(document_ids=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CATALOG_DOCUMENT_CONDUCT_LIST, {"documentIds": document_ids}
            ),
        )

    @deprecated(
        "The REST method catalog.document.confirm is deprecated; use catalog.document.conduct instead."
    )
    def confirm(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Post an inventory document (old call; use catalog.document.conduct).

        No longer developed; use catalog.document.conduct instead.

        Deprecated: use ``catalog.document.conduct`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.confirm``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-confirm.html

        Args:
            id: ID of the inventory document.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.confirm(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_CONFIRM, {"id": id}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete an inventory document for good.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-delete.html

        Args:
            id: ID of the inventory document.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_DELETE, {"id": id}),
        )

    def delete_list(self, *, document_ids: Sequence[int] | Ref) -> BatchCommand[bool]:
        """Delete several inventory documents in one call.

        Rights are checked for each document separately.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.deleteList``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-delete-list.html

        Args:
            document_ids: IDs of the inventory documents (catalog.document.list). Wire name: ``documentIds``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.delete_list(document_ids=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CATALOG_DOCUMENT_DELETE_LIST, {"documentIds": document_ids}
            ),
        )

    @deprecated(
        "The REST method catalog.document.fields is deprecated; use catalog.document.getFields instead."
    )
    def fields(self) -> BatchCommand[builtins.list[CatalogDocumentFieldsResult]]:
        """Describe the inventory document fields (old call; use catalog.document.getFields).

        No longer developed; use catalog.document.getFields instead.

        Deprecated: use ``catalog.document.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-fields.html

        Returns:
            BatchCommand[list[CatalogDocumentFieldsResult]]

        Example:
            command = batch.catalog.document.fields()
        """
        return cast(
            "BatchCommand[builtins.list[CatalogDocumentFieldsResult]]",
            self._backend._invoke(_CATALOG_DOCUMENT_FIELDS, {}),
        )

    def get_fields(self) -> BatchCommand[CatalogDocumentGetFieldsResult]:
        """Describe the inventory document fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-get-fields.html

        Returns:
            BatchCommand[CatalogDocumentGetFieldsResult]

        Example:
            command = batch.catalog.document.get_fields()
        """
        return cast(
            "BatchCommand[CatalogDocumentGetFieldsResult]",
            self._backend._invoke(_CATALOG_DOCUMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogDocument]]:
        """List inventory documents the user may see, page by page.

        Results are limited to the document types and warehouses the user has rights to. Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogDocument]]

        Example:
            command = batch.catalog.document.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogDocument]]",
            self._backend._invoke_page(
                _CATALOG_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method catalog.document.unconfirm is deprecated; use catalog.document.cancel instead."
    )
    def unconfirm(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Cancel posting of an inventory document (old call; use catalog.document.cancel).

        No longer developed; use catalog.document.cancel instead.

        Deprecated: use ``catalog.document.cancel`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.unconfirm``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-unconfirm.html

        Args:
            id: ID of the inventory document.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.unconfirm(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_UNCONFIRM, {"id": id}),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogDocumentUpdateFields | Ref
    ) -> BatchCommand[CatalogDocumentUpdateResult]:
        """Change the title, date, number, responsible person or comment of an inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-update.html

        Args:
            id: ID of the inventory document.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogDocumentUpdateResult]

        Example:
            command = batch.catalog.document.update(id=1, fields={"title": "Kick-off call", "commentary": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[CatalogDocumentUpdateResult]",
            self._backend._invoke(
                _CATALOG_DOCUMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CatalogDocumentElement(Namespace):
    """Methods under ``catalog.document.element``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogDocumentElementAddFields
    ) -> CatalogDocumentElementAddResult:
        """Add a product line, with quantity and warehouses, to a draft inventory document.

        REST method: ``catalog.document.element.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-add.html

        Args:
            fields: Values of the new document line, keyed by field name.

        Returns:
            CatalogDocumentElementAddResult

        Example:
            result = client.catalog.document.element.add(fields={"docId": 1, "elementId": 1})
            result = await client.catalog.document.element.add(fields={"docId": 1, "elementId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentElementAddResult",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a product line from an inventory document.

        REST method: ``catalog.document.element.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-delete.html

        Args:
            id: ID of the document line.

        Returns:
            bool

        Example:
            result = client.catalog.document.element.delete(id=1)
            result = await client.catalog.document.element.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method catalog.document.element.fields is deprecated; use catalog.document.element.getFields instead."
    )
    def fields(self) -> builtins.list[CatalogDocumentElementFieldsResult]:
        """Describe the product line fields of inventory documents (old call).

        No longer developed; use catalog.document.element.getFields instead.

        Deprecated: use ``catalog.document.element.getFields`` instead.

        REST method: ``catalog.document.element.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-element-fields.html

        Returns:
            list[CatalogDocumentElementFieldsResult]

        Example:
            result = client.catalog.document.element.fields()
            result = await client.catalog.document.element.fields()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CatalogDocumentElementFieldsResult]",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_FIELDS, {}),
        )

    def get_fields(self) -> CatalogDocumentElementGetFieldsResult:
        """Describe the product line fields of inventory documents: type, required and read-only flags.

        REST method: ``catalog.document.element.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-get-fields.html

        Returns:
            CatalogDocumentElementGetFieldsResult

        Example:
            result = client.catalog.document.element.get_fields()
            result = await client.catalog.document.element.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentElementGetFieldsResult",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogDocumentElement]:
        """List product lines of inventory documents the user may see.

        Results are limited to the document types and warehouses the user has rights to. Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.document.element.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogDocumentElement]

        Example:
            result = client.catalog.document.element.list()
            result = await client.catalog.document.element.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogDocumentElement]",
            self._backend._invoke_page(
                _CATALOG_DOCUMENT_ELEMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogDocumentElementUpdateFields
    ) -> CatalogDocumentElementUpdateResult:
        """Change the quantity, price or warehouses of a product line in an inventory document.

        REST method: ``catalog.document.element.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-update.html

        Args:
            id: ID of the document line.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogDocumentElementUpdateResult

        Example:
            result = client.catalog.document.element.update(id=1, fields={"storeFrom": 1, "storeTo": 1})
            result = await client.catalog.document.element.update(id=1, fields={"storeFrom": 1, "storeTo": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentElementUpdateResult",
            self._backend._invoke(
                _CATALOG_DOCUMENT_ELEMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCatalogDocumentElement(Namespace):
    """Methods under ``catalog.document.element`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogDocumentElementAddFields
    ) -> CatalogDocumentElementAddResult:
        """Add a product line, with quantity and warehouses, to a draft inventory document.

        REST method: ``catalog.document.element.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-add.html

        Args:
            fields: Values of the new document line, keyed by field name.

        Returns:
            CatalogDocumentElementAddResult

        Example:
            result = client.catalog.document.element.add(fields={"docId": 1, "elementId": 1})
            result = await client.catalog.document.element.add(fields={"docId": 1, "elementId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentElementAddResult",
            await self._backend._invoke(
                _CATALOG_DOCUMENT_ELEMENT_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a product line from an inventory document.

        REST method: ``catalog.document.element.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-delete.html

        Args:
            id: ID of the document line.

        Returns:
            bool

        Example:
            result = client.catalog.document.element.delete(id=1)
            result = await client.catalog.document.element.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_DELETE, {"id": id}),
        )

    @deprecated(
        "The REST method catalog.document.element.fields is deprecated; use catalog.document.element.getFields instead."
    )
    async def fields(self) -> builtins.list[CatalogDocumentElementFieldsResult]:
        """Describe the product line fields of inventory documents (old call).

        No longer developed; use catalog.document.element.getFields instead.

        Deprecated: use ``catalog.document.element.getFields`` instead.

        REST method: ``catalog.document.element.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-element-fields.html

        Returns:
            list[CatalogDocumentElementFieldsResult]

        Example:
            result = client.catalog.document.element.fields()
            result = await client.catalog.document.element.fields()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CatalogDocumentElementFieldsResult]",
            await self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_FIELDS, {}),
        )

    async def get_fields(self) -> CatalogDocumentElementGetFieldsResult:
        """Describe the product line fields of inventory documents: type, required and read-only flags.

        REST method: ``catalog.document.element.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-get-fields.html

        Returns:
            CatalogDocumentElementGetFieldsResult

        Example:
            result = client.catalog.document.element.get_fields()
            result = await client.catalog.document.element.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentElementGetFieldsResult",
            await self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogDocumentElement]:
        """List product lines of inventory documents the user may see.

        Results are limited to the document types and warehouses the user has rights to. Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.document.element.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogDocumentElement]

        Example:
            result = client.catalog.document.element.list()
            result = await client.catalog.document.element.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogDocumentElement]",
            await self._backend._invoke_page(
                _CATALOG_DOCUMENT_ELEMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogDocumentElementUpdateFields
    ) -> CatalogDocumentElementUpdateResult:
        """Change the quantity, price or warehouses of a product line in an inventory document.

        REST method: ``catalog.document.element.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-update.html

        Args:
            id: ID of the document line.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogDocumentElementUpdateResult

        Example:
            result = client.catalog.document.element.update(id=1, fields={"storeFrom": 1, "storeTo": 1})
            result = await client.catalog.document.element.update(id=1, fields={"storeFrom": 1, "storeTo": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentElementUpdateResult",
            await self._backend._invoke(
                _CATALOG_DOCUMENT_ELEMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogDocumentElement(Namespace):
    """Methods under ``catalog.document.element`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogDocumentElementAddFields | Ref
    ) -> BatchCommand[CatalogDocumentElementAddResult]:
        """Add a product line, with quantity and warehouses, to a draft inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.element.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-add.html

        Args:
            fields: Values of the new document line, keyed by field name.

        Returns:
            BatchCommand[CatalogDocumentElementAddResult]

        Example:
            command = batch.catalog.document.element.add(fields={"docId": 1, "elementId": 1})
        """
        return cast(
            "BatchCommand[CatalogDocumentElementAddResult]",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a product line from an inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.element.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-delete.html

        Args:
            id: ID of the document line.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.element.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_DELETE, {"id": id}),
        )

    @deprecated(
        "The REST method catalog.document.element.fields is deprecated; use catalog.document.element.getFields instead."
    )
    def fields(self) -> BatchCommand[builtins.list[CatalogDocumentElementFieldsResult]]:
        """Describe the product line fields of inventory documents (old call).

        No longer developed; use catalog.document.element.getFields instead.

        Deprecated: use ``catalog.document.element.getFields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.element.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/outdated/catalog-document-element-fields.html

        Returns:
            BatchCommand[list[CatalogDocumentElementFieldsResult]]

        Example:
            command = batch.catalog.document.element.fields()
        """
        return cast(
            "BatchCommand[builtins.list[CatalogDocumentElementFieldsResult]]",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_FIELDS, {}),
        )

    def get_fields(self) -> BatchCommand[CatalogDocumentElementGetFieldsResult]:
        """Describe the product line fields of inventory documents: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.element.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-get-fields.html

        Returns:
            BatchCommand[CatalogDocumentElementGetFieldsResult]

        Example:
            command = batch.catalog.document.element.get_fields()
        """
        return cast(
            "BatchCommand[CatalogDocumentElementGetFieldsResult]",
            self._backend._invoke(_CATALOG_DOCUMENT_ELEMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogDocumentElement]]:
        """List product lines of inventory documents the user may see.

        Results are limited to the document types and warehouses the user has rights to. Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.element.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogDocumentElement]]

        Example:
            command = batch.catalog.document.element.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogDocumentElement]]",
            self._backend._invoke_page(
                _CATALOG_DOCUMENT_ELEMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogDocumentElementUpdateFields | Ref
    ) -> BatchCommand[CatalogDocumentElementUpdateResult]:
        """Change the quantity, price or warehouses of a product line in an inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.element.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/document-element/catalog-document-element-update.html

        Args:
            id: ID of the document line.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogDocumentElementUpdateResult]

        Example:
            command = batch.catalog.document.element.update(id=1, fields={"storeFrom": 1, "storeTo": 1})
        """
        return cast(
            "BatchCommand[CatalogDocumentElementUpdateResult]",
            self._backend._invoke(
                _CATALOG_DOCUMENT_ELEMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CatalogDocumentMode(Namespace):
    """Methods under ``catalog.document.mode``."""

    __slots__ = ()

    def status(self) -> bool:
        """Check whether inventory management (warehouse accounting) is turned on.

        REST method: ``catalog.document.mode.status``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-mode-status.html

        Returns:
            bool

        Example:
            result = client.catalog.document.mode.status()
            result = await client.catalog.document.mode.status()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_DOCUMENT_MODE_STATUS, {}))


class AsyncCatalogDocumentMode(Namespace):
    """Methods under ``catalog.document.mode`` (async)."""

    __slots__ = ()

    async def status(self) -> bool:
        """Check whether inventory management (warehouse accounting) is turned on.

        REST method: ``catalog.document.mode.status``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-mode-status.html

        Returns:
            bool

        Example:
            result = client.catalog.document.mode.status()
            result = await client.catalog.document.mode.status()  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_DOCUMENT_MODE_STATUS, {})
        )


class BatchCatalogDocumentMode(Namespace):
    """Methods under ``catalog.document.mode`` (queued into a batch)."""

    __slots__ = ()

    def status(self) -> BatchCommand[bool]:
        """Check whether inventory management (warehouse accounting) is turned on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.document.mode.status``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/document/catalog-document-mode-status.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.document.mode.status()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENT_MODE_STATUS, {}),
        )
