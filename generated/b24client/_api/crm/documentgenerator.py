"""Methods under ``crm.documentgenerator``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmDocumentgeneratorDocument as _CrmDocumentgeneratorDocument,
        CrmDocumentgeneratorDocumentAddResult,
        CrmDocumentgeneratorDocumentEnablepublicurlResult,
        CrmDocumentgeneratorDocumentGetResult,
        CrmDocumentgeneratorDocumentGetfieldsResult,
        CrmDocumentgeneratorDocumentGetfieldsValues,
        CrmDocumentgeneratorDocumentUpdateResult,
        CrmDocumentgeneratorDocumentUploadFields,
        CrmDocumentgeneratorDocumentUploadResult,
        CrmDocumentgeneratorNumerator as _CrmDocumentgeneratorNumerator,
        CrmDocumentgeneratorNumeratorAddFields,
        CrmDocumentgeneratorNumeratorAddResult,
        CrmDocumentgeneratorNumeratorGetResult,
        CrmDocumentgeneratorNumeratorUpdateFields,
        CrmDocumentgeneratorNumeratorUpdateResult,
        CrmDocumentgeneratorTemplate as _CrmDocumentgeneratorTemplate,
        CrmDocumentgeneratorTemplateAddFields,
        CrmDocumentgeneratorTemplateAddResult,
        CrmDocumentgeneratorTemplateGetResult,
        CrmDocumentgeneratorTemplateGetfieldsResult,
        CrmDocumentgeneratorTemplateGetfieldsValues,
        CrmDocumentgeneratorTemplateUpdateFields,
        CrmDocumentgeneratorTemplateUpdateResult,
    )

_CRM_DOCUMENTGENERATOR_DOCUMENT_ADD = MethodInfo(
    name="crm.documentgenerator.document.add", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_DELETE = MethodInfo(
    name="crm.documentgenerator.document.delete", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL = MethodInfo(
    name="crm.documentgenerator.document.enablepublicurl",
    idempotent=False,
    returns="any",
    api=1,
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_GET = MethodInfo(
    name="crm.documentgenerator.document.get", idempotent=True, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_GETFIELDS = MethodInfo(
    name="crm.documentgenerator.document.getfields",
    idempotent=True,
    returns="any",
    api=1,
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_LIST = MethodInfo(
    name="crm.documentgenerator.document.list", idempotent=True, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_UPDATE = MethodInfo(
    name="crm.documentgenerator.document.update", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_DOCUMENT_UPLOAD = MethodInfo(
    name="crm.documentgenerator.document.upload", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_NUMERATOR_ADD = MethodInfo(
    name="crm.documentgenerator.numerator.add", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_NUMERATOR_DELETE = MethodInfo(
    name="crm.documentgenerator.numerator.delete",
    idempotent=False,
    returns="any",
    api=1,
)
_CRM_DOCUMENTGENERATOR_NUMERATOR_GET = MethodInfo(
    name="crm.documentgenerator.numerator.get", idempotent=True, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_NUMERATOR_LIST = MethodInfo(
    name="crm.documentgenerator.numerator.list", idempotent=True, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_NUMERATOR_UPDATE = MethodInfo(
    name="crm.documentgenerator.numerator.update",
    idempotent=False,
    returns="any",
    api=1,
)
_CRM_DOCUMENTGENERATOR_TEMPLATE_ADD = MethodInfo(
    name="crm.documentgenerator.template.add", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_TEMPLATE_DELETE = MethodInfo(
    name="crm.documentgenerator.template.delete", idempotent=False, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_TEMPLATE_GET = MethodInfo(
    name="crm.documentgenerator.template.get", idempotent=True, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS = MethodInfo(
    name="crm.documentgenerator.template.getfields",
    idempotent=True,
    returns="any",
    api=1,
)
_CRM_DOCUMENTGENERATOR_TEMPLATE_LIST = MethodInfo(
    name="crm.documentgenerator.template.list", idempotent=True, returns="any", api=1
)
_CRM_DOCUMENTGENERATOR_TEMPLATE_UPDATE = MethodInfo(
    name="crm.documentgenerator.template.update", idempotent=False, returns="any", api=1
)


class CrmDocumentgenerator(Namespace):
    """Methods under ``crm.documentgenerator``."""

    __slots__ = ()

    @property
    def document(self) -> CrmDocumentgeneratorDocument:
        """Methods under ``crm.documentgenerator.document``."""
        return CrmDocumentgeneratorDocument(self._backend)

    @property
    def numerator(self) -> CrmDocumentgeneratorNumerator:
        """Methods under ``crm.documentgenerator.numerator``."""
        return CrmDocumentgeneratorNumerator(self._backend)

    @property
    def template(self) -> CrmDocumentgeneratorTemplate:
        """Methods under ``crm.documentgenerator.template``."""
        return CrmDocumentgeneratorTemplate(self._backend)


class AsyncCrmDocumentgenerator(Namespace):
    """Methods under ``crm.documentgenerator`` (async)."""

    __slots__ = ()

    @property
    def document(self) -> AsyncCrmDocumentgeneratorDocument:
        """Methods under ``crm.documentgenerator.document``."""
        return AsyncCrmDocumentgeneratorDocument(self._backend)

    @property
    def numerator(self) -> AsyncCrmDocumentgeneratorNumerator:
        """Methods under ``crm.documentgenerator.numerator``."""
        return AsyncCrmDocumentgeneratorNumerator(self._backend)

    @property
    def template(self) -> AsyncCrmDocumentgeneratorTemplate:
        """Methods under ``crm.documentgenerator.template``."""
        return AsyncCrmDocumentgeneratorTemplate(self._backend)


class BatchCrmDocumentgenerator(Namespace):
    """Methods under ``crm.documentgenerator`` (queued into a batch)."""

    __slots__ = ()

    @property
    def document(self) -> BatchCrmDocumentgeneratorDocument:
        """Methods under ``crm.documentgenerator.document``."""
        return BatchCrmDocumentgeneratorDocument(self._backend)

    @property
    def numerator(self) -> BatchCrmDocumentgeneratorNumerator:
        """Methods under ``crm.documentgenerator.numerator``."""
        return BatchCrmDocumentgeneratorNumerator(self._backend)

    @property
    def template(self) -> BatchCrmDocumentgeneratorTemplate:
        """Methods under ``crm.documentgenerator.template``."""
        return BatchCrmDocumentgeneratorTemplate(self._backend)


class CrmDocumentgeneratorDocument(Namespace):
    """Methods under ``crm.documentgenerator.document``."""

    __slots__ = ()

    def add(
        self,
        *,
        template_id: int,
        entity_type_id: Literal[1, 2, 3, 4, 5, 7, 31],
        entity_id: int,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorDocumentAddResult:
        """Generate a document from a template for a CRM item.

        pdfUrl and imageUrl may be missing right after creation because conversion runs in the background; check later with crm.documentgenerator.document.get.

        REST method: ``crm.documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-add.html

        Args:
            template_id: ID of the template to build the document from. Wire name: ``templateId``.
            entity_type_id: Type of the CRM item: 1 lead, 2 deal, 3 contact, 4 company, 5 old invoice, 7 quote, 31 invoice, or a smart process entityTypeId. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item whose data fills the document. Wire name: ``entityId``.
            values: Field values to put into the document, keyed by field code (see crm.documentgenerator.document.getfields).
            stamps_enabled: 1 puts in the stamp and signature, 0 (default) leaves them out. Wire name: ``stampsEnabled``.
            fields: Field descriptors for fine-tuning; keys depend on the template (see templateFields of crm.documentgenerator.template.getfields).

        Returns:
            CrmDocumentgeneratorDocumentAddResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.add(template_id=1, entity_type_id=1, entity_id=1)
            result = await client.crm.documentgenerator.document.add(template_id=1, entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentAddResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_ADD,
                {
                    "templateId": template_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a generated document.

        REST method: ``crm.documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-delete.html

        Args:
            id: ID of the document.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.delete(id=1)
            result = await client.crm.documentgenerator.document.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DOCUMENTGENERATOR_DOCUMENT_DELETE, {"id": id})

    def enablepublicurl(
        self, *, id: int, status: int | NotGiven = NOT_GIVEN
    ) -> CrmDocumentgeneratorDocumentEnablepublicurlResult:
        """Turn the public share link of a document on or off.

        REST method: ``crm.documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.html

        Args:
            id: ID of the document.
            status: 1 (default) turns the public link on, 0 turns it off.

        Returns:
            CrmDocumentgeneratorDocumentEnablepublicurlResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.enablepublicurl(id=1)
            result = await client.crm.documentgenerator.document.enablepublicurl(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentEnablepublicurlResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL,
                {"id": id, "status": status},
            ),
        )

    def get(self, *, id: int) -> CrmDocumentgeneratorDocumentGetResult:
        """Read a generated document with its download and preview links.

        REST method: ``crm.documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html

        Args:
            id: ID of the document.

        Returns:
            CrmDocumentgeneratorDocumentGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.get(id=1)
            result = await client.crm.documentgenerator.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentGetResult",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_DOCUMENT_GET, {"id": id}),
        )

    def getfields(
        self,
        *,
        id: int,
        values: CrmDocumentgeneratorDocumentGetfieldsValues | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorDocumentGetfieldsResult:
        """Read the fields a generated document uses, with their current values.

        REST method: ``crm.documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.html

        Args:
            id: ID of the document.
            values: Values to try out, keyed by field code; the result shows them applied.

        Returns:
            CrmDocumentgeneratorDocumentGetfieldsResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.getfields(id=1)
            result = await client.crm.documentgenerator.document.getfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentGetfieldsResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_GETFIELDS, {"id": id, "values": values}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmDocumentgeneratorDocument]:
        """Find generated documents by filter, with sorting and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-list.html

        Args:
            select: Fields to return, such as ["id", "title", "number"]; all by default.
            filter: Conditions on document fields, such as {"entityTypeId": 2, "entityId": 10}.
            order: Sort order, such as {"id": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmDocumentgeneratorDocument]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.documentgenerator.document.list()
            result = await client.crm.documentgenerator.document.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmDocumentgeneratorDocument]",
            self._backend._invoke_page(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorDocumentUpdateResult:
        """Change the field values or stamp setting of a generated document.

        REST method: ``crm.documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-update.html

        Args:
            id: ID of the document.
            values: New field values, keyed by field code.
            stamps_enabled: 1 puts in the stamp and signature, 0 leaves them out. Wire name: ``stampsEnabled``.

        Returns:
            CrmDocumentgeneratorDocumentUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.update(id=1)
            result = await client.crm.documentgenerator.document.update(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentUpdateResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_UPDATE,
                {"id": id, "values": values, "stampsEnabled": stamps_enabled},
            ),
        )

    def upload(
        self, *, fields: CrmDocumentgeneratorDocumentUploadFields
    ) -> CrmDocumentgeneratorDocumentUploadResult:
        """Attach a ready-made DOCX document (with optional PDF and image) to a CRM item.

        pdfUrl and imageUrl may be missing right after upload because conversion runs in the background.

        REST method: ``crm.documentgenerator.document.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-upload.html

        Args:
            fields: The document and the item to attach it to.

        Returns:
            CrmDocumentgeneratorDocumentUploadResult

        Example:
            result = client.crm.documentgenerator.document.upload(fields={"entityTypeId": 1, "entityId": 1, "fileContent": "example", "region": "example", "title": "Kick-off call", "number": "example"})
            result = await client.crm.documentgenerator.document.upload(fields={"entityTypeId": 1, "entityId": 1, "fileContent": "example", "region": "example", "title": "Kick-off call", "number": "example"})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentUploadResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_UPLOAD, {"fields": fields}
            ),
        )


class AsyncCrmDocumentgeneratorDocument(Namespace):
    """Methods under ``crm.documentgenerator.document`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        template_id: int,
        entity_type_id: Literal[1, 2, 3, 4, 5, 7, 31],
        entity_id: int,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorDocumentAddResult:
        """Generate a document from a template for a CRM item.

        pdfUrl and imageUrl may be missing right after creation because conversion runs in the background; check later with crm.documentgenerator.document.get.

        REST method: ``crm.documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-add.html

        Args:
            template_id: ID of the template to build the document from. Wire name: ``templateId``.
            entity_type_id: Type of the CRM item: 1 lead, 2 deal, 3 contact, 4 company, 5 old invoice, 7 quote, 31 invoice, or a smart process entityTypeId. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item whose data fills the document. Wire name: ``entityId``.
            values: Field values to put into the document, keyed by field code (see crm.documentgenerator.document.getfields).
            stamps_enabled: 1 puts in the stamp and signature, 0 (default) leaves them out. Wire name: ``stampsEnabled``.
            fields: Field descriptors for fine-tuning; keys depend on the template (see templateFields of crm.documentgenerator.template.getfields).

        Returns:
            CrmDocumentgeneratorDocumentAddResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.add(template_id=1, entity_type_id=1, entity_id=1)
            result = await client.crm.documentgenerator.document.add(template_id=1, entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentAddResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_ADD,
                {
                    "templateId": template_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a generated document.

        REST method: ``crm.documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-delete.html

        Args:
            id: ID of the document.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.delete(id=1)
            result = await client.crm.documentgenerator.document.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_DOCUMENTGENERATOR_DOCUMENT_DELETE, {"id": id}
        )

    async def enablepublicurl(
        self, *, id: int, status: int | NotGiven = NOT_GIVEN
    ) -> CrmDocumentgeneratorDocumentEnablepublicurlResult:
        """Turn the public share link of a document on or off.

        REST method: ``crm.documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.html

        Args:
            id: ID of the document.
            status: 1 (default) turns the public link on, 0 turns it off.

        Returns:
            CrmDocumentgeneratorDocumentEnablepublicurlResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.enablepublicurl(id=1)
            result = await client.crm.documentgenerator.document.enablepublicurl(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentEnablepublicurlResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL,
                {"id": id, "status": status},
            ),
        )

    async def get(self, *, id: int) -> CrmDocumentgeneratorDocumentGetResult:
        """Read a generated document with its download and preview links.

        REST method: ``crm.documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html

        Args:
            id: ID of the document.

        Returns:
            CrmDocumentgeneratorDocumentGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.get(id=1)
            result = await client.crm.documentgenerator.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentGetResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_GET, {"id": id}
            ),
        )

    async def getfields(
        self,
        *,
        id: int,
        values: CrmDocumentgeneratorDocumentGetfieldsValues | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorDocumentGetfieldsResult:
        """Read the fields a generated document uses, with their current values.

        REST method: ``crm.documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.html

        Args:
            id: ID of the document.
            values: Values to try out, keyed by field code; the result shows them applied.

        Returns:
            CrmDocumentgeneratorDocumentGetfieldsResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.getfields(id=1)
            result = await client.crm.documentgenerator.document.getfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentGetfieldsResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_GETFIELDS, {"id": id, "values": values}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmDocumentgeneratorDocument]:
        """Find generated documents by filter, with sorting and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-list.html

        Args:
            select: Fields to return, such as ["id", "title", "number"]; all by default.
            filter: Conditions on document fields, such as {"entityTypeId": 2, "entityId": 10}.
            order: Sort order, such as {"id": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmDocumentgeneratorDocument]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.documentgenerator.document.list()
            result = await client.crm.documentgenerator.document.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmDocumentgeneratorDocument]",
            await self._backend._invoke_page(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorDocumentUpdateResult:
        """Change the field values or stamp setting of a generated document.

        REST method: ``crm.documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-update.html

        Args:
            id: ID of the document.
            values: New field values, keyed by field code.
            stamps_enabled: 1 puts in the stamp and signature, 0 leaves them out. Wire name: ``stampsEnabled``.

        Returns:
            CrmDocumentgeneratorDocumentUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.document.update(id=1)
            result = await client.crm.documentgenerator.document.update(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentUpdateResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_UPDATE,
                {"id": id, "values": values, "stampsEnabled": stamps_enabled},
            ),
        )

    async def upload(
        self, *, fields: CrmDocumentgeneratorDocumentUploadFields
    ) -> CrmDocumentgeneratorDocumentUploadResult:
        """Attach a ready-made DOCX document (with optional PDF and image) to a CRM item.

        pdfUrl and imageUrl may be missing right after upload because conversion runs in the background.

        REST method: ``crm.documentgenerator.document.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-upload.html

        Args:
            fields: The document and the item to attach it to.

        Returns:
            CrmDocumentgeneratorDocumentUploadResult

        Example:
            result = client.crm.documentgenerator.document.upload(fields={"entityTypeId": 1, "entityId": 1, "fileContent": "example", "region": "example", "title": "Kick-off call", "number": "example"})
            result = await client.crm.documentgenerator.document.upload(fields={"entityTypeId": 1, "entityId": 1, "fileContent": "example", "region": "example", "title": "Kick-off call", "number": "example"})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorDocumentUploadResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_UPLOAD, {"fields": fields}
            ),
        )


class BatchCrmDocumentgeneratorDocument(Namespace):
    """Methods under ``crm.documentgenerator.document`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        template_id: int | Ref,
        entity_type_id: Literal[1, 2, 3, 4, 5, 7, 31] | Ref,
        entity_id: int | Ref,
        values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        stamps_enabled: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmDocumentgeneratorDocumentAddResult]:
        """Generate a document from a template for a CRM item.

        pdfUrl and imageUrl may be missing right after creation because conversion runs in the background; check later with crm.documentgenerator.document.get.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-add.html

        Args:
            template_id: ID of the template to build the document from. Wire name: ``templateId``.
            entity_type_id: Type of the CRM item: 1 lead, 2 deal, 3 contact, 4 company, 5 old invoice, 7 quote, 31 invoice, or a smart process entityTypeId. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item whose data fills the document. Wire name: ``entityId``.
            values: Field values to put into the document, keyed by field code (see crm.documentgenerator.document.getfields).
            stamps_enabled: 1 puts in the stamp and signature, 0 (default) leaves them out. Wire name: ``stampsEnabled``.
            fields: Field descriptors for fine-tuning; keys depend on the template (see templateFields of crm.documentgenerator.template.getfields).

        Returns:
            BatchCommand[CrmDocumentgeneratorDocumentAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.document.add(template_id=1, entity_type_id=1, entity_id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorDocumentAddResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_ADD,
                {
                    "templateId": template_id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a generated document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-delete.html

        Args:
            id: ID of the document.

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.document.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_DOCUMENT_DELETE, {"id": id}),
        )

    def enablepublicurl(
        self, *, id: int | Ref, status: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[CrmDocumentgeneratorDocumentEnablepublicurlResult]:
        """Turn the public share link of a document on or off.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.html

        Args:
            id: ID of the document.
            status: 1 (default) turns the public link on, 0 turns it off.

        Returns:
            BatchCommand[CrmDocumentgeneratorDocumentEnablepublicurlResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.document.enablepublicurl(id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorDocumentEnablepublicurlResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL,
                {"id": id, "status": status},
            ),
        )

    def get(
        self, *, id: int | Ref
    ) -> BatchCommand[CrmDocumentgeneratorDocumentGetResult]:
        """Read a generated document with its download and preview links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html

        Args:
            id: ID of the document.

        Returns:
            BatchCommand[CrmDocumentgeneratorDocumentGetResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.document.get(id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorDocumentGetResult]",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_DOCUMENT_GET, {"id": id}),
        )

    def getfields(
        self,
        *,
        id: int | Ref,
        values: (
            CrmDocumentgeneratorDocumentGetfieldsValues | Ref | NotGiven
        ) = NOT_GIVEN,
    ) -> BatchCommand[CrmDocumentgeneratorDocumentGetfieldsResult]:
        """Read the fields a generated document uses, with their current values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.html

        Args:
            id: ID of the document.
            values: Values to try out, keyed by field code; the result shows them applied.

        Returns:
            BatchCommand[CrmDocumentgeneratorDocumentGetfieldsResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.document.getfields(id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorDocumentGetfieldsResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_GETFIELDS, {"id": id, "values": values}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmDocumentgeneratorDocument]]:
        """Find generated documents by filter, with sorting and paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-list.html

        Args:
            select: Fields to return, such as ["id", "title", "number"]; all by default.
            filter: Conditions on document fields, such as {"entityTypeId": 2, "entityId": 10}.
            order: Sort order, such as {"id": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmDocumentgeneratorDocument]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.documentgenerator.document.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDocumentgeneratorDocument]]",
            self._backend._invoke_page(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        stamps_enabled: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmDocumentgeneratorDocumentUpdateResult]:
        """Change the field values or stamp setting of a generated document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-update.html

        Args:
            id: ID of the document.
            values: New field values, keyed by field code.
            stamps_enabled: 1 puts in the stamp and signature, 0 leaves them out. Wire name: ``stampsEnabled``.

        Returns:
            BatchCommand[CrmDocumentgeneratorDocumentUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.document.update(id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorDocumentUpdateResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_UPDATE,
                {"id": id, "values": values, "stampsEnabled": stamps_enabled},
            ),
        )

    def upload(
        self, *, fields: CrmDocumentgeneratorDocumentUploadFields | Ref
    ) -> BatchCommand[CrmDocumentgeneratorDocumentUploadResult]:
        """Attach a ready-made DOCX document (with optional PDF and image) to a CRM item.

        pdfUrl and imageUrl may be missing right after upload because conversion runs in the background.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-upload.html

        Args:
            fields: The document and the item to attach it to.

        Returns:
            BatchCommand[CrmDocumentgeneratorDocumentUploadResult]

        Example:
            command = batch.crm.documentgenerator.document.upload(fields={"entityTypeId": 1, "entityId": 1, "fileContent": "example", "region": "example", "title": "Kick-off call", "number": "example"})
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorDocumentUploadResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_DOCUMENT_UPLOAD, {"fields": fields}
            ),
        )


class CrmDocumentgeneratorNumerator(Namespace):
    """Methods under ``crm.documentgenerator.numerator``."""

    __slots__ = ()

    def add(
        self, *, fields: CrmDocumentgeneratorNumeratorAddFields
    ) -> CrmDocumentgeneratorNumeratorAddResult:
        """Create a numbering rule for generated documents.

        REST method: ``crm.documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.html

        Args:
            fields: Values of the numerator.

        Returns:
            CrmDocumentgeneratorNumeratorAddResult

        Example:
            result = client.crm.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})
            result = await client.crm.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorNumeratorAddResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a document numbering rule.

        REST method: ``crm.documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.html

        Args:
            id: ID of the numerator.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.numerator.delete(id=1)
            result = await client.crm.documentgenerator.numerator.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_DOCUMENTGENERATOR_NUMERATOR_DELETE, {"id": id}
        )

    def get(self, *, id: int) -> CrmDocumentgeneratorNumeratorGetResult:
        """Read one document numbering rule by ID.

        REST method: ``crm.documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html

        Args:
            id: ID of the numerator.

        Returns:
            CrmDocumentgeneratorNumeratorGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.numerator.get(id=1)
            result = await client.crm.documentgenerator.numerator.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorNumeratorGetResult",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_NUMERATOR_GET, {"id": id}),
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> Page[_CrmDocumentgeneratorNumerator]:
        """List the document numbering rules.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmDocumentgeneratorNumerator]

        Example:
            result = client.crm.documentgenerator.numerator.list()
            result = await client.crm.documentgenerator.numerator.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmDocumentgeneratorNumerator]",
            self._backend._invoke_page(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_LIST, {"start": start}
            ),
        )

    def update(
        self, *, id: int, fields: CrmDocumentgeneratorNumeratorUpdateFields
    ) -> CrmDocumentgeneratorNumeratorUpdateResult:
        """Change a document numbering rule's name, pattern or counter settings.

        REST method: ``crm.documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.html

        Args:
            id: ID of the numerator.
            fields: Values to change, keyed by field name.

        Returns:
            CrmDocumentgeneratorNumeratorUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})
            result = await client.crm.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorNumeratorUpdateResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmDocumentgeneratorNumerator(Namespace):
    """Methods under ``crm.documentgenerator.numerator`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CrmDocumentgeneratorNumeratorAddFields
    ) -> CrmDocumentgeneratorNumeratorAddResult:
        """Create a numbering rule for generated documents.

        REST method: ``crm.documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.html

        Args:
            fields: Values of the numerator.

        Returns:
            CrmDocumentgeneratorNumeratorAddResult

        Example:
            result = client.crm.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})
            result = await client.crm.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorNumeratorAddResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a document numbering rule.

        REST method: ``crm.documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.html

        Args:
            id: ID of the numerator.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.numerator.delete(id=1)
            result = await client.crm.documentgenerator.numerator.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_DOCUMENTGENERATOR_NUMERATOR_DELETE, {"id": id}
        )

    async def get(self, *, id: int) -> CrmDocumentgeneratorNumeratorGetResult:
        """Read one document numbering rule by ID.

        REST method: ``crm.documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html

        Args:
            id: ID of the numerator.

        Returns:
            CrmDocumentgeneratorNumeratorGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.numerator.get(id=1)
            result = await client.crm.documentgenerator.numerator.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorNumeratorGetResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_GET, {"id": id}
            ),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_CrmDocumentgeneratorNumerator]:
        """List the document numbering rules.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmDocumentgeneratorNumerator]

        Example:
            result = client.crm.documentgenerator.numerator.list()
            result = await client.crm.documentgenerator.numerator.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmDocumentgeneratorNumerator]",
            await self._backend._invoke_page(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_LIST, {"start": start}
            ),
        )

    async def update(
        self, *, id: int, fields: CrmDocumentgeneratorNumeratorUpdateFields
    ) -> CrmDocumentgeneratorNumeratorUpdateResult:
        """Change a document numbering rule's name, pattern or counter settings.

        REST method: ``crm.documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.html

        Args:
            id: ID of the numerator.
            fields: Values to change, keyed by field name.

        Returns:
            CrmDocumentgeneratorNumeratorUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})
            result = await client.crm.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorNumeratorUpdateResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmDocumentgeneratorNumerator(Namespace):
    """Methods under ``crm.documentgenerator.numerator`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmDocumentgeneratorNumeratorAddFields | Ref
    ) -> BatchCommand[CrmDocumentgeneratorNumeratorAddResult]:
        """Create a numbering rule for generated documents.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.html

        Args:
            fields: Values of the numerator.

        Returns:
            BatchCommand[CrmDocumentgeneratorNumeratorAddResult]

        Example:
            command = batch.crm.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorNumeratorAddResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a document numbering rule.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.html

        Args:
            id: ID of the numerator.

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.numerator.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_NUMERATOR_DELETE, {"id": id}),
        )

    def get(
        self, *, id: int | Ref
    ) -> BatchCommand[CrmDocumentgeneratorNumeratorGetResult]:
        """Read one document numbering rule by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html

        Args:
            id: ID of the numerator.

        Returns:
            BatchCommand[CrmDocumentgeneratorNumeratorGetResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.numerator.get(id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorNumeratorGetResult]",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_NUMERATOR_GET, {"id": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmDocumentgeneratorNumerator]]:
        """List the document numbering rules.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmDocumentgeneratorNumerator]]

        Example:
            command = batch.crm.documentgenerator.numerator.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDocumentgeneratorNumerator]]",
            self._backend._invoke_page(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_LIST, {"start": start}
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmDocumentgeneratorNumeratorUpdateFields | Ref
    ) -> BatchCommand[CrmDocumentgeneratorNumeratorUpdateResult]:
        """Change a document numbering rule's name, pattern or counter settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.html

        Args:
            id: ID of the numerator.
            fields: Values to change, keyed by field name.

        Returns:
            BatchCommand[CrmDocumentgeneratorNumeratorUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorNumeratorUpdateResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_NUMERATOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmDocumentgeneratorTemplate(Namespace):
    """Methods under ``crm.documentgenerator.template``."""

    __slots__ = ()

    def add(
        self, *, fields: CrmDocumentgeneratorTemplateAddFields
    ) -> CrmDocumentgeneratorTemplateAddResult:
        """Upload a DOCX template that documents can be generated from.

        When users is missing or empty, access is given to the calling user only.

        REST method: ``crm.documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-add.html

        Args:
            fields: Values of the template.

        Returns:
            CrmDocumentgeneratorTemplateAddResult

        Example:
            result = client.crm.documentgenerator.template.add(fields={"name": "Anna", "file": ("report.pdf", "JVBERi0xLjQK"), "numeratorId": 1, "region": "example", "entityTypeId": ["CRM_DEAL"]})
            result = await client.crm.documentgenerator.template.add(fields={"name": "Anna", "file": ("report.pdf", "JVBERi0xLjQK"), "numeratorId": 1, "region": "example", "entityTypeId": ["CRM_DEAL"]})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateAddResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a document template.

        REST method: ``crm.documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-delete.html

        Args:
            id: ID of the template.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.delete(id=1)
            result = await client.crm.documentgenerator.template.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_DOCUMENTGENERATOR_TEMPLATE_DELETE, {"id": id})

    def get(self, *, id: int) -> CrmDocumentgeneratorTemplateGetResult:
        """Read one document template by ID.

        REST method: ``crm.documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html

        Args:
            id: ID of the template.

        Returns:
            CrmDocumentgeneratorTemplateGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.get(id=1)
            result = await client.crm.documentgenerator.template.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateGetResult",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_TEMPLATE_GET, {"id": id}),
        )

    def getfields(
        self,
        *,
        id: int,
        entity_type_id: int,
        entity_id: int | NotGiven = NOT_GIVEN,
        values: CrmDocumentgeneratorTemplateGetfieldsValues | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorTemplateGetfieldsResult:
        """Read the fields a template would fill for a given CRM item, before generating.

        REST method: ``crm.documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.html

        Args:
            id: ID of the template.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item whose data fills the fields. Wire name: ``entityId``.
            values: Values to try out, keyed by field code.

        Returns:
            CrmDocumentgeneratorTemplateGetfieldsResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.getfields(id=1, entity_type_id=1)
            result = await client.crm.documentgenerator.template.getfields(id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateGetfieldsResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS,
                {
                    "id": id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "values": values,
                },
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _CrmDocumentgeneratorTemplate:
        """Find document templates by filter, with sorting and paging.

        REST method: ``crm.documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-list.html

        Args:
            select: Fields to return, such as ["id", "name", "region", "active"]; all by default.
            filter: Conditions on template fields, such as {"region": "ru"}; deleted templates are left out unless isDeleted is given.
            order: Sort order, such as {"sort": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            CrmDocumentgeneratorTemplate

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.list()
            result = await client.crm.documentgenerator.template.list()  # AsyncBitrix24
        """
        return cast(
            "_CrmDocumentgeneratorTemplate",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CrmDocumentgeneratorTemplateUpdateFields
    ) -> CrmDocumentgeneratorTemplateUpdateResult:
        """Change a document template's file, name, access or settings.

        REST method: ``crm.documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-update.html

        Args:
            id: ID of the template.
            fields: Values to change, keyed by field name.

        Returns:
            CrmDocumentgeneratorTemplateUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})
            result = await client.crm.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateUpdateResult",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmDocumentgeneratorTemplate(Namespace):
    """Methods under ``crm.documentgenerator.template`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CrmDocumentgeneratorTemplateAddFields
    ) -> CrmDocumentgeneratorTemplateAddResult:
        """Upload a DOCX template that documents can be generated from.

        When users is missing or empty, access is given to the calling user only.

        REST method: ``crm.documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-add.html

        Args:
            fields: Values of the template.

        Returns:
            CrmDocumentgeneratorTemplateAddResult

        Example:
            result = client.crm.documentgenerator.template.add(fields={"name": "Anna", "file": ("report.pdf", "JVBERi0xLjQK"), "numeratorId": 1, "region": "example", "entityTypeId": ["CRM_DEAL"]})
            result = await client.crm.documentgenerator.template.add(fields={"name": "Anna", "file": ("report.pdf", "JVBERi0xLjQK"), "numeratorId": 1, "region": "example", "entityTypeId": ["CRM_DEAL"]})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateAddResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a document template.

        REST method: ``crm.documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-delete.html

        Args:
            id: ID of the template.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.delete(id=1)
            result = await client.crm.documentgenerator.template.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_DOCUMENTGENERATOR_TEMPLATE_DELETE, {"id": id}
        )

    async def get(self, *, id: int) -> CrmDocumentgeneratorTemplateGetResult:
        """Read one document template by ID.

        REST method: ``crm.documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html

        Args:
            id: ID of the template.

        Returns:
            CrmDocumentgeneratorTemplateGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.get(id=1)
            result = await client.crm.documentgenerator.template.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateGetResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_GET, {"id": id}
            ),
        )

    async def getfields(
        self,
        *,
        id: int,
        entity_type_id: int,
        entity_id: int | NotGiven = NOT_GIVEN,
        values: CrmDocumentgeneratorTemplateGetfieldsValues | NotGiven = NOT_GIVEN,
    ) -> CrmDocumentgeneratorTemplateGetfieldsResult:
        """Read the fields a template would fill for a given CRM item, before generating.

        REST method: ``crm.documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.html

        Args:
            id: ID of the template.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item whose data fills the fields. Wire name: ``entityId``.
            values: Values to try out, keyed by field code.

        Returns:
            CrmDocumentgeneratorTemplateGetfieldsResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.getfields(id=1, entity_type_id=1)
            result = await client.crm.documentgenerator.template.getfields(id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateGetfieldsResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS,
                {
                    "id": id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "values": values,
                },
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _CrmDocumentgeneratorTemplate:
        """Find document templates by filter, with sorting and paging.

        REST method: ``crm.documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-list.html

        Args:
            select: Fields to return, such as ["id", "name", "region", "active"]; all by default.
            filter: Conditions on template fields, such as {"region": "ru"}; deleted templates are left out unless isDeleted is given.
            order: Sort order, such as {"sort": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            CrmDocumentgeneratorTemplate

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.list()
            result = await client.crm.documentgenerator.template.list()  # AsyncBitrix24
        """
        return cast(
            "_CrmDocumentgeneratorTemplate",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CrmDocumentgeneratorTemplateUpdateFields
    ) -> CrmDocumentgeneratorTemplateUpdateResult:
        """Change a document template's file, name, access or settings.

        REST method: ``crm.documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-update.html

        Args:
            id: ID of the template.
            fields: Values to change, keyed by field name.

        Returns:
            CrmDocumentgeneratorTemplateUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.crm.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})
            result = await client.crm.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmDocumentgeneratorTemplateUpdateResult",
            await self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmDocumentgeneratorTemplate(Namespace):
    """Methods under ``crm.documentgenerator.template`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmDocumentgeneratorTemplateAddFields | Ref
    ) -> BatchCommand[CrmDocumentgeneratorTemplateAddResult]:
        """Upload a DOCX template that documents can be generated from.

        When users is missing or empty, access is given to the calling user only.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-add.html

        Args:
            fields: Values of the template.

        Returns:
            BatchCommand[CrmDocumentgeneratorTemplateAddResult]

        Example:
            command = batch.crm.documentgenerator.template.add(fields={"name": "Anna", "file": ("report.pdf", "JVBERi0xLjQK"), "numeratorId": 1, "region": "example", "entityTypeId": ["CRM_DEAL"]})
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorTemplateAddResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a document template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-delete.html

        Args:
            id: ID of the template.

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.template.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_TEMPLATE_DELETE, {"id": id}),
        )

    def get(
        self, *, id: int | Ref
    ) -> BatchCommand[CrmDocumentgeneratorTemplateGetResult]:
        """Read one document template by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html

        Args:
            id: ID of the template.

        Returns:
            BatchCommand[CrmDocumentgeneratorTemplateGetResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.template.get(id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorTemplateGetResult]",
            self._backend._invoke(_CRM_DOCUMENTGENERATOR_TEMPLATE_GET, {"id": id}),
        )

    def getfields(
        self,
        *,
        id: int | Ref,
        entity_type_id: int | Ref,
        entity_id: int | Ref | NotGiven = NOT_GIVEN,
        values: (
            CrmDocumentgeneratorTemplateGetfieldsValues | Ref | NotGiven
        ) = NOT_GIVEN,
    ) -> BatchCommand[CrmDocumentgeneratorTemplateGetfieldsResult]:
        """Read the fields a template would fill for a given CRM item, before generating.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.html

        Args:
            id: ID of the template.
            entity_type_id: Type of the CRM item, such as 2 for a deal. Wire name: ``entityTypeId``.
            entity_id: ID of the CRM item whose data fills the fields. Wire name: ``entityId``.
            values: Values to try out, keyed by field code.

        Returns:
            BatchCommand[CrmDocumentgeneratorTemplateGetfieldsResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.template.getfields(id=1, entity_type_id=1)
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorTemplateGetfieldsResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS,
                {
                    "id": id,
                    "entityTypeId": entity_type_id,
                    "entityId": entity_id,
                    "values": values,
                },
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_CrmDocumentgeneratorTemplate]:
        """Find document templates by filter, with sorting and paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-list.html

        Args:
            select: Fields to return, such as ["id", "name", "region", "active"]; all by default.
            filter: Conditions on template fields, such as {"region": "ru"}; deleted templates are left out unless isDeleted is given.
            order: Sort order, such as {"sort": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[CrmDocumentgeneratorTemplate]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.template.list()
        """
        return cast(
            "BatchCommand[_CrmDocumentgeneratorTemplate]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmDocumentgeneratorTemplateUpdateFields | Ref
    ) -> BatchCommand[CrmDocumentgeneratorTemplateUpdateResult]:
        """Change a document template's file, name, access or settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-update.html

        Args:
            id: ID of the template.
            fields: Values to change, keyed by field name.

        Returns:
            BatchCommand[CrmDocumentgeneratorTemplateUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.crm.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})
        """
        return cast(
            "BatchCommand[CrmDocumentgeneratorTemplateUpdateResult]",
            self._backend._invoke(
                _CRM_DOCUMENTGENERATOR_TEMPLATE_UPDATE, {"id": id, "fields": fields}
            ),
        )
