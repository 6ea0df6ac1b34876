"""Methods under ``documentgenerator.document``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.documentgenerator import (
        DocumentgeneratorDocument as _DocumentgeneratorDocument,
        DocumentgeneratorDocumentAddFields,
        DocumentgeneratorDocumentAddResult,
        DocumentgeneratorDocumentEnablepublicurlResult,
        DocumentgeneratorDocumentGetResult,
        DocumentgeneratorDocumentGetfieldsResult,
        DocumentgeneratorDocumentUpdateFields,
        DocumentgeneratorDocumentUpdateResult,
    )

_DOCUMENTGENERATOR_DOCUMENT_ADD = MethodInfo(
    name="documentgenerator.document.add", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_DOCUMENT_DELETE = MethodInfo(
    name="documentgenerator.document.delete", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL = MethodInfo(
    name="documentgenerator.document.enablepublicurl",
    idempotent=False,
    returns="any",
    api=1,
)
_DOCUMENTGENERATOR_DOCUMENT_GET = MethodInfo(
    name="documentgenerator.document.get", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_DOCUMENT_GETFIELDS = MethodInfo(
    name="documentgenerator.document.getfields", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_DOCUMENT_LIST = MethodInfo(
    name="documentgenerator.document.list", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_DOCUMENT_UPDATE = MethodInfo(
    name="documentgenerator.document.update", idempotent=False, returns="any", api=1
)


class DocumentgeneratorDocument(Namespace):
    """Methods under ``documentgenerator.document``."""

    __slots__ = ()

    def add(
        self,
        *,
        template_id: int,
        provider_class_name: str | NotGiven = NOT_GIVEN,
        value: str,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
        fields: DocumentgeneratorDocumentAddFields | NotGiven = NOT_GIVEN,
    ) -> DocumentgeneratorDocumentAddResult:
        """Generate a document from a template, filling its fields with your values.

        value is your own ID of the object the document is for, such as "DEAL_901"; keep one format so you can filter documents by it later.

        REST method: ``documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-add.html

        Args:
            template_id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list. Wire name: ``templateId``.
            provider_class_name: Data provider class; ignored over REST, where "Bitrix\\DocumentGenerator\\DataProvider\\Rest" is always used. Wire name: ``providerClassName``.
            value: Your external ID of the object the document is for, such as "DEAL_901" or "ORDER_1024".
            values: Field values as {"FieldCode": "value"}.
            stamps_enabled: 1 to include stamps and signatures, 0 to leave them out; defaults to the template setting. Wire name: ``stampsEnabled``.
            fields: How to read and format the values, keyed by template field code; not needed for plain text.

        Returns:
            DocumentgeneratorDocumentAddResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.document.add(template_id=1, value="example", fields={"TITLE": "Kick-off call", "TYPE": "example"})
            result = await client.documentgenerator.document.add(template_id=1, value="example", fields={"TITLE": "Kick-off call", "TYPE": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentAddResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_ADD,
                {
                    "templateId": template_id,
                    "providerClassName": provider_class_name,
                    "value": value,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a generated document.

        REST method: ``documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-delete.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.

        Returns:
            Any

        Example:
            result = client.documentgenerator.document.delete(id=1)
            result = await client.documentgenerator.document.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_DOCUMENTGENERATOR_DOCUMENT_DELETE, {"id": id})

    def enablepublicurl(
        self, *, id: int, status: int | NotGiven = NOT_GIVEN
    ) -> DocumentgeneratorDocumentEnablepublicurlResult:
        """Turn the public link of a generated document on or off.

        REST method: ``documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-enable-public-url.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            status: 1 turns the public link on (default), 0 turns it off.

        Returns:
            DocumentgeneratorDocumentEnablepublicurlResult

        Example:
            result = client.documentgenerator.document.enablepublicurl(id=1)
            result = await client.documentgenerator.document.enablepublicurl(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentEnablepublicurlResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL,
                {"id": id, "status": status},
            ),
        )

    def get(self, *, id: int) -> DocumentgeneratorDocumentGetResult:
        """Read a generated document with its download, PDF and print links.

        REST method: ``documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.

        Returns:
            DocumentgeneratorDocumentGetResult

        Example:
            result = client.documentgenerator.document.get(id=1)
            result = await client.documentgenerator.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentGetResult",
            self._backend._invoke(_DOCUMENTGENERATOR_DOCUMENT_GET, {"id": id}),
        )

    def getfields(
        self, *, id: int, values: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> DocumentgeneratorDocumentGetfieldsResult:
        """List the fields of a generated document with their current and default values.

        REST method: ``documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get-fields.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            values: Values to substitute temporarily before the field list is built, to preview how they will be shown.

        Returns:
            DocumentgeneratorDocumentGetfieldsResult

        Example:
            result = client.documentgenerator.document.getfields(id=1)
            result = await client.documentgenerator.document.getfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentGetfieldsResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_GETFIELDS, {"id": id, "values": values}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_DocumentgeneratorDocument]:
        """List generated documents with filter, sort order and paging.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-list.html

        Args:
            select: Fields to return; default ["*"].
            order: Sort order as {"field": "asc"} or {"field": "desc"}.
            filter: Conditions as {"field": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DocumentgeneratorDocument]

        Example:
            result = client.documentgenerator.document.list()
            result = await client.documentgenerator.document.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_DocumentgeneratorDocument]",
            self._backend._invoke_page(
                _DOCUMENTGENERATOR_DOCUMENT_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
        fields: DocumentgeneratorDocumentUpdateFields | NotGiven = NOT_GIVEN,
    ) -> DocumentgeneratorDocumentUpdateResult:
        """Change field values of a generated document and build it again.

        REST method: ``documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-update.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            values: Field values as {"FieldCode": "value"}.
            stamps_enabled: 1 to include stamps and signatures, 0 to leave them out; defaults to the template setting. Wire name: ``stampsEnabled``.
            fields: How to read and format the values, keyed by template field code; not needed for plain text.

        Returns:
            DocumentgeneratorDocumentUpdateResult

        Example:
            result = client.documentgenerator.document.update(id=1, fields={"TITLE": "Kick-off call", "TYPE": "example"})
            result = await client.documentgenerator.document.update(id=1, fields={"TITLE": "Kick-off call", "TYPE": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentUpdateResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_UPDATE,
                {
                    "id": id,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )


class AsyncDocumentgeneratorDocument(Namespace):
    """Methods under ``documentgenerator.document`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        template_id: int,
        provider_class_name: str | NotGiven = NOT_GIVEN,
        value: str,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
        fields: DocumentgeneratorDocumentAddFields | NotGiven = NOT_GIVEN,
    ) -> DocumentgeneratorDocumentAddResult:
        """Generate a document from a template, filling its fields with your values.

        value is your own ID of the object the document is for, such as "DEAL_901"; keep one format so you can filter documents by it later.

        REST method: ``documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-add.html

        Args:
            template_id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list. Wire name: ``templateId``.
            provider_class_name: Data provider class; ignored over REST, where "Bitrix\\DocumentGenerator\\DataProvider\\Rest" is always used. Wire name: ``providerClassName``.
            value: Your external ID of the object the document is for, such as "DEAL_901" or "ORDER_1024".
            values: Field values as {"FieldCode": "value"}.
            stamps_enabled: 1 to include stamps and signatures, 0 to leave them out; defaults to the template setting. Wire name: ``stampsEnabled``.
            fields: How to read and format the values, keyed by template field code; not needed for plain text.

        Returns:
            DocumentgeneratorDocumentAddResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.document.add(template_id=1, value="example", fields={"TITLE": "Kick-off call", "TYPE": "example"})
            result = await client.documentgenerator.document.add(template_id=1, value="example", fields={"TITLE": "Kick-off call", "TYPE": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentAddResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_ADD,
                {
                    "templateId": template_id,
                    "providerClassName": provider_class_name,
                    "value": value,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a generated document.

        REST method: ``documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-delete.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.

        Returns:
            Any

        Example:
            result = client.documentgenerator.document.delete(id=1)
            result = await client.documentgenerator.document.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _DOCUMENTGENERATOR_DOCUMENT_DELETE, {"id": id}
        )

    async def enablepublicurl(
        self, *, id: int, status: int | NotGiven = NOT_GIVEN
    ) -> DocumentgeneratorDocumentEnablepublicurlResult:
        """Turn the public link of a generated document on or off.

        REST method: ``documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-enable-public-url.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            status: 1 turns the public link on (default), 0 turns it off.

        Returns:
            DocumentgeneratorDocumentEnablepublicurlResult

        Example:
            result = client.documentgenerator.document.enablepublicurl(id=1)
            result = await client.documentgenerator.document.enablepublicurl(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentEnablepublicurlResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL,
                {"id": id, "status": status},
            ),
        )

    async def get(self, *, id: int) -> DocumentgeneratorDocumentGetResult:
        """Read a generated document with its download, PDF and print links.

        REST method: ``documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.

        Returns:
            DocumentgeneratorDocumentGetResult

        Example:
            result = client.documentgenerator.document.get(id=1)
            result = await client.documentgenerator.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentGetResult",
            await self._backend._invoke(_DOCUMENTGENERATOR_DOCUMENT_GET, {"id": id}),
        )

    async def getfields(
        self, *, id: int, values: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> DocumentgeneratorDocumentGetfieldsResult:
        """List the fields of a generated document with their current and default values.

        REST method: ``documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get-fields.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            values: Values to substitute temporarily before the field list is built, to preview how they will be shown.

        Returns:
            DocumentgeneratorDocumentGetfieldsResult

        Example:
            result = client.documentgenerator.document.getfields(id=1)
            result = await client.documentgenerator.document.getfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentGetfieldsResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_GETFIELDS, {"id": id, "values": values}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_DocumentgeneratorDocument]:
        """List generated documents with filter, sort order and paging.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-list.html

        Args:
            select: Fields to return; default ["*"].
            order: Sort order as {"field": "asc"} or {"field": "desc"}.
            filter: Conditions as {"field": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DocumentgeneratorDocument]

        Example:
            result = client.documentgenerator.document.list()
            result = await client.documentgenerator.document.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_DocumentgeneratorDocument]",
            await self._backend._invoke_page(
                _DOCUMENTGENERATOR_DOCUMENT_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        values: dict[str, Any] | NotGiven = NOT_GIVEN,
        stamps_enabled: int | NotGiven = NOT_GIVEN,
        fields: DocumentgeneratorDocumentUpdateFields | NotGiven = NOT_GIVEN,
    ) -> DocumentgeneratorDocumentUpdateResult:
        """Change field values of a generated document and build it again.

        REST method: ``documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-update.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            values: Field values as {"FieldCode": "value"}.
            stamps_enabled: 1 to include stamps and signatures, 0 to leave them out; defaults to the template setting. Wire name: ``stampsEnabled``.
            fields: How to read and format the values, keyed by template field code; not needed for plain text.

        Returns:
            DocumentgeneratorDocumentUpdateResult

        Example:
            result = client.documentgenerator.document.update(id=1, fields={"TITLE": "Kick-off call", "TYPE": "example"})
            result = await client.documentgenerator.document.update(id=1, fields={"TITLE": "Kick-off call", "TYPE": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorDocumentUpdateResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_UPDATE,
                {
                    "id": id,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )


class BatchDocumentgeneratorDocument(Namespace):
    """Methods under ``documentgenerator.document`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        template_id: int | Ref,
        provider_class_name: str | Ref | NotGiven = NOT_GIVEN,
        value: str | Ref,
        values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        stamps_enabled: int | Ref | NotGiven = NOT_GIVEN,
        fields: DocumentgeneratorDocumentAddFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[DocumentgeneratorDocumentAddResult]:
        """Generate a document from a template, filling its fields with your values.

        value is your own ID of the object the document is for, such as "DEAL_901"; keep one format so you can filter documents by it later.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.document.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-add.html

        Args:
            template_id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list. Wire name: ``templateId``.
            provider_class_name: Data provider class; ignored over REST, where "Bitrix\\DocumentGenerator\\DataProvider\\Rest" is always used. Wire name: ``providerClassName``.
            value: Your external ID of the object the document is for, such as "DEAL_901" or "ORDER_1024".
            values: Field values as {"FieldCode": "value"}.
            stamps_enabled: 1 to include stamps and signatures, 0 to leave them out; defaults to the template setting. Wire name: ``stampsEnabled``.
            fields: How to read and format the values, keyed by template field code; not needed for plain text.

        Returns:
            BatchCommand[DocumentgeneratorDocumentAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.document.add(template_id=1, value="example", fields={"TITLE": "Kick-off call", "TYPE": "example"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorDocumentAddResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_ADD,
                {
                    "templateId": template_id,
                    "providerClassName": provider_class_name,
                    "value": value,
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

        REST method: ``documentgenerator.document.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-delete.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.documentgenerator.document.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_DOCUMENTGENERATOR_DOCUMENT_DELETE, {"id": id}),
        )

    def enablepublicurl(
        self, *, id: int | Ref, status: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[DocumentgeneratorDocumentEnablepublicurlResult]:
        """Turn the public link of a generated document on or off.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.document.enablepublicurl``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-enable-public-url.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            status: 1 turns the public link on (default), 0 turns it off.

        Returns:
            BatchCommand[DocumentgeneratorDocumentEnablepublicurlResult]

        Example:
            command = batch.documentgenerator.document.enablepublicurl(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorDocumentEnablepublicurlResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_ENABLEPUBLICURL,
                {"id": id, "status": status},
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[DocumentgeneratorDocumentGetResult]:
        """Read a generated document with its download, PDF and print links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.

        Returns:
            BatchCommand[DocumentgeneratorDocumentGetResult]

        Example:
            command = batch.documentgenerator.document.get(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorDocumentGetResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_DOCUMENT_GET, {"id": id}),
        )

    def getfields(
        self, *, id: int | Ref, values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[DocumentgeneratorDocumentGetfieldsResult]:
        """List the fields of a generated document with their current and default values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.document.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-get-fields.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            values: Values to substitute temporarily before the field list is built, to preview how they will be shown.

        Returns:
            BatchCommand[DocumentgeneratorDocumentGetfieldsResult]

        Example:
            command = batch.documentgenerator.document.getfields(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorDocumentGetfieldsResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_GETFIELDS, {"id": id, "values": values}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_DocumentgeneratorDocument]]:
        """List generated documents with filter, sort order and paging.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-list.html

        Args:
            select: Fields to return; default ["*"].
            order: Sort order as {"field": "asc"} or {"field": "desc"}.
            filter: Conditions as {"field": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DocumentgeneratorDocument]]

        Example:
            command = batch.documentgenerator.document.list()
        """
        return cast(
            "BatchCommand[builtins.list[_DocumentgeneratorDocument]]",
            self._backend._invoke_page(
                _DOCUMENTGENERATOR_DOCUMENT_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        stamps_enabled: int | Ref | NotGiven = NOT_GIVEN,
        fields: DocumentgeneratorDocumentUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[DocumentgeneratorDocumentUpdateResult]:
        """Change field values of a generated document and build it again.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/document-generator-document-update.html

        Args:
            id: ID of the document, from documentgenerator.document.add or documentgenerator.document.list.
            values: Field values as {"FieldCode": "value"}.
            stamps_enabled: 1 to include stamps and signatures, 0 to leave them out; defaults to the template setting. Wire name: ``stampsEnabled``.
            fields: How to read and format the values, keyed by template field code; not needed for plain text.

        Returns:
            BatchCommand[DocumentgeneratorDocumentUpdateResult]

        Example:
            command = batch.documentgenerator.document.update(id=1, fields={"TITLE": "Kick-off call", "TYPE": "example"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorDocumentUpdateResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_DOCUMENT_UPDATE,
                {
                    "id": id,
                    "values": values,
                    "stampsEnabled": stamps_enabled,
                    "fields": fields,
                },
            ),
        )
