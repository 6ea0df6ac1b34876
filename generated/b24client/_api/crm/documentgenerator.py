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
        """Add crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-add.html

        Args:
            template_id: Wire name: ``templateId``.
            entity_type_id: Wire name: ``entityTypeId``.
            entity_id: Wire name: ``entityId``.
            stamps_enabled: Wire name: ``stampsEnabled``.

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
        """Delete crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-delete.html

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
        """Enable publicurl of crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.html

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
        """Get crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html

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
        """Describe the fields of crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.html

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
        """List crm documentgenerator document entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-list.html

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
        """Update crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-update.html

        Args:
            stamps_enabled: Wire name: ``stampsEnabled``.

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
        """Upload crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-upload.html

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
        """Add crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-add.html

        Args:
            template_id: Wire name: ``templateId``.
            entity_type_id: Wire name: ``entityTypeId``.
            entity_id: Wire name: ``entityId``.
            stamps_enabled: Wire name: ``stampsEnabled``.

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
        """Delete crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-delete.html

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
        """Enable publicurl of crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.html

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
        """Get crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html

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
        """Describe the fields of crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.html

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
        """List crm documentgenerator document entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-list.html

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
        """Update crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-update.html

        Args:
            stamps_enabled: Wire name: ``stampsEnabled``.

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
        """Upload crm documentgenerator document.

        REST method: ``crm.documentgenerator.document.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-upload.html

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
        """Add crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-add.html

        Args:
            template_id: Wire name: ``templateId``.
            entity_type_id: Wire name: ``entityTypeId``.
            entity_id: Wire name: ``entityId``.
            stamps_enabled: Wire name: ``stampsEnabled``.

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
        """Delete crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-delete.html

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
        """Enable publicurl of crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.html

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
        """Get crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html

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
        """Describe the fields of crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.html

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
        """List crm documentgenerator document entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-list.html

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
        """Update crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-update.html

        Args:
            stamps_enabled: Wire name: ``stampsEnabled``.

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
        """Upload crm documentgenerator document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.document.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-upload.html

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
        """Add crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.html

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
        """Delete crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.html

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
        """Get crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html

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
        """List crm documentgenerator numerator entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.html

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
        """Update crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.html

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
        """Add crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.html

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
        """Delete crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.html

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
        """Get crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html

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
        """List crm documentgenerator numerator entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.html

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
        """Update crm documentgenerator numerator.

        REST method: ``crm.documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.html

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
        """Add crm documentgenerator numerator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.html

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
        """Delete crm documentgenerator numerator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.html

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
        """Get crm documentgenerator numerator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html

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
        """List crm documentgenerator numerator entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.html

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
        """Update crm documentgenerator numerator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.html

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
        """Add crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-add.html

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
        """Delete crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-delete.html

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
        """Get crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html

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
        """Describe the fields of crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.html

        Args:
            entity_type_id: Wire name: ``entityTypeId``.
            entity_id: Wire name: ``entityId``.

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
        """List crm documentgenerator template entries.

        REST method: ``crm.documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-list.html

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
        """Update crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-update.html

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
        """Add crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-add.html

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
        """Delete crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-delete.html

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
        """Get crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html

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
        """Describe the fields of crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.html

        Args:
            entity_type_id: Wire name: ``entityTypeId``.
            entity_id: Wire name: ``entityId``.

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
        """List crm documentgenerator template entries.

        REST method: ``crm.documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-list.html

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
        """Update crm documentgenerator template.

        REST method: ``crm.documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-update.html

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
        """Add crm documentgenerator template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-add.html

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
        """Delete crm documentgenerator template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-delete.html

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
        """Get crm documentgenerator template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html

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
        """Describe the fields of crm documentgenerator template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.html

        Args:
            entity_type_id: Wire name: ``entityTypeId``.
            entity_id: Wire name: ``entityId``.

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
        """List crm documentgenerator template entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-list.html

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
        """Update crm documentgenerator template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-update.html

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
