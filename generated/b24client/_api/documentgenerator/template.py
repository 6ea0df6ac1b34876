"""Methods under ``documentgenerator.template``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.documentgenerator import (
        DocumentgeneratorTemplate as _DocumentgeneratorTemplate,
        DocumentgeneratorTemplateAddFields,
        DocumentgeneratorTemplateAddResult,
        DocumentgeneratorTemplateGetResult,
        DocumentgeneratorTemplateGetfieldsResult,
        DocumentgeneratorTemplateUpdateFields,
        DocumentgeneratorTemplateUpdateResult,
    )

_DOCUMENTGENERATOR_TEMPLATE_ADD = MethodInfo(
    name="documentgenerator.template.add", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_TEMPLATE_DELETE = MethodInfo(
    name="documentgenerator.template.delete", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_TEMPLATE_GET = MethodInfo(
    name="documentgenerator.template.get", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS = MethodInfo(
    name="documentgenerator.template.getfields", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_TEMPLATE_LIST = MethodInfo(
    name="documentgenerator.template.list", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_TEMPLATE_UPDATE = MethodInfo(
    name="documentgenerator.template.update", idempotent=False, returns="any", api=1
)


class DocumentgeneratorTemplate(Namespace):
    """Methods under ``documentgenerator.template``."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorTemplateAddFields
    ) -> DocumentgeneratorTemplateAddResult:
        """Upload a DOCX document template with its region, numbering and access settings.

        REST method: ``documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-add.html

        Args:
            fields: Template data.

        Returns:
            DocumentgeneratorTemplateAddResult

        Example:
            result = client.documentgenerator.template.add(fields={"name": "Anna", "fileId": 1, "numeratorId": 1, "region": "example"})
            result = await client.documentgenerator.template.add(fields={"name": "Anna", "fileId": 1, "numeratorId": 1, "region": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateAddResult",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a document template.

        REST method: ``documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-delete.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            Any

        Example:
            result = client.documentgenerator.template.delete(id=1)
            result = await client.documentgenerator.template.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_DELETE, {"id": id})

    def get(self, *, id: int) -> DocumentgeneratorTemplateGetResult:
        """Read one document template with its settings and download link.

        REST method: ``documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            DocumentgeneratorTemplateGetResult

        Example:
            result = client.documentgenerator.template.get(id=1)
            result = await client.documentgenerator.template.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateGetResult",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_GET, {"id": id}),
        )

    def getfields(self, *, id: int) -> DocumentgeneratorTemplateGetfieldsResult:
        """List the fields a document template contains, with their default values.

        REST method: ``documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get-fields.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            DocumentgeneratorTemplateGetfieldsResult

        Example:
            result = client.documentgenerator.template.getfields(id=1)
            result = await client.documentgenerator.template.getfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateGetfieldsResult",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _DocumentgeneratorTemplate:
        """List document templates with filter, sort order and paging.

        Pages hold 50 entries; pass start to get the next page. Add "users" and "providers" to select to get access codes and data providers.

        REST method: ``documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-list.html

        Args:
            select: Fields to return; default ["*"]. Add "users" and "providers" to get access codes and data providers.
            order: Sort order as {"field": "asc"} or {"field": "desc"}.
            filter: Conditions as {"field": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            DocumentgeneratorTemplate

        Example:
            result = client.documentgenerator.template.list()
            result = await client.documentgenerator.template.list()  # AsyncBitrix24
        """
        return cast(
            "_DocumentgeneratorTemplate",
            self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: DocumentgeneratorTemplateUpdateFields
    ) -> DocumentgeneratorTemplateUpdateResult:
        """Change the file, name or settings of a document template.

        REST method: ``documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-update.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.
            fields: Template data.

        Returns:
            DocumentgeneratorTemplateUpdateResult

        Example:
            result = client.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})
            result = await client.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateUpdateResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncDocumentgeneratorTemplate(Namespace):
    """Methods under ``documentgenerator.template`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: DocumentgeneratorTemplateAddFields
    ) -> DocumentgeneratorTemplateAddResult:
        """Upload a DOCX document template with its region, numbering and access settings.

        REST method: ``documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-add.html

        Args:
            fields: Template data.

        Returns:
            DocumentgeneratorTemplateAddResult

        Example:
            result = client.documentgenerator.template.add(fields={"name": "Anna", "fileId": 1, "numeratorId": 1, "region": "example"})
            result = await client.documentgenerator.template.add(fields={"name": "Anna", "fileId": 1, "numeratorId": 1, "region": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateAddResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a document template.

        REST method: ``documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-delete.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            Any

        Example:
            result = client.documentgenerator.template.delete(id=1)
            result = await client.documentgenerator.template.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _DOCUMENTGENERATOR_TEMPLATE_DELETE, {"id": id}
        )

    async def get(self, *, id: int) -> DocumentgeneratorTemplateGetResult:
        """Read one document template with its settings and download link.

        REST method: ``documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            DocumentgeneratorTemplateGetResult

        Example:
            result = client.documentgenerator.template.get(id=1)
            result = await client.documentgenerator.template.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateGetResult",
            await self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_GET, {"id": id}),
        )

    async def getfields(self, *, id: int) -> DocumentgeneratorTemplateGetfieldsResult:
        """List the fields a document template contains, with their default values.

        REST method: ``documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get-fields.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            DocumentgeneratorTemplateGetfieldsResult

        Example:
            result = client.documentgenerator.template.getfields(id=1)
            result = await client.documentgenerator.template.getfields(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateGetfieldsResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_GETFIELDS, {"id": id}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> _DocumentgeneratorTemplate:
        """List document templates with filter, sort order and paging.

        Pages hold 50 entries; pass start to get the next page. Add "users" and "providers" to select to get access codes and data providers.

        REST method: ``documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-list.html

        Args:
            select: Fields to return; default ["*"]. Add "users" and "providers" to get access codes and data providers.
            order: Sort order as {"field": "asc"} or {"field": "desc"}.
            filter: Conditions as {"field": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            DocumentgeneratorTemplate

        Example:
            result = client.documentgenerator.template.list()
            result = await client.documentgenerator.template.list()  # AsyncBitrix24
        """
        return cast(
            "_DocumentgeneratorTemplate",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: DocumentgeneratorTemplateUpdateFields
    ) -> DocumentgeneratorTemplateUpdateResult:
        """Change the file, name or settings of a document template.

        REST method: ``documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-update.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.
            fields: Template data.

        Returns:
            DocumentgeneratorTemplateUpdateResult

        Example:
            result = client.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})
            result = await client.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorTemplateUpdateResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchDocumentgeneratorTemplate(Namespace):
    """Methods under ``documentgenerator.template`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorTemplateAddFields | Ref
    ) -> BatchCommand[DocumentgeneratorTemplateAddResult]:
        """Upload a DOCX document template with its region, numbering and access settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.template.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-add.html

        Args:
            fields: Template data.

        Returns:
            BatchCommand[DocumentgeneratorTemplateAddResult]

        Example:
            command = batch.documentgenerator.template.add(fields={"name": "Anna", "fileId": 1, "numeratorId": 1, "region": "example"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorTemplateAddResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a document template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.template.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-delete.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.documentgenerator.template.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[DocumentgeneratorTemplateGetResult]:
        """Read one document template with its settings and download link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.template.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            BatchCommand[DocumentgeneratorTemplateGetResult]

        Example:
            command = batch.documentgenerator.template.get(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorTemplateGetResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_GET, {"id": id}),
        )

    def getfields(
        self, *, id: int | Ref
    ) -> BatchCommand[DocumentgeneratorTemplateGetfieldsResult]:
        """List the fields a document template contains, with their default values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.template.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-get-fields.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.

        Returns:
            BatchCommand[DocumentgeneratorTemplateGetfieldsResult]

        Example:
            command = batch.documentgenerator.template.getfields(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorTemplateGetfieldsResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_TEMPLATE_GETFIELDS, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_DocumentgeneratorTemplate]:
        """List document templates with filter, sort order and paging.

        Pages hold 50 entries; pass start to get the next page. Add "users" and "providers" to select to get access codes and data providers.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.template.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-list.html

        Args:
            select: Fields to return; default ["*"]. Add "users" and "providers" to get access codes and data providers.
            order: Sort order as {"field": "asc"} or {"field": "desc"}.
            filter: Conditions as {"field": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[DocumentgeneratorTemplate]

        Example:
            command = batch.documentgenerator.template.list()
        """
        return cast(
            "BatchCommand[_DocumentgeneratorTemplate]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_LIST,
                {"select": select, "order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: DocumentgeneratorTemplateUpdateFields | Ref
    ) -> BatchCommand[DocumentgeneratorTemplateUpdateResult]:
        """Change the file, name or settings of a document template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.template.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/templates/document-generator-template-update.html

        Args:
            id: ID of the template, from documentgenerator.template.add or documentgenerator.template.list.
            fields: Template data.

        Returns:
            BatchCommand[DocumentgeneratorTemplateUpdateResult]

        Example:
            command = batch.documentgenerator.template.update(id=1, fields={"name": "Anna", "numeratorId": 1})
        """
        return cast(
            "BatchCommand[DocumentgeneratorTemplateUpdateResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_TEMPLATE_UPDATE, {"id": id, "fields": fields}
            ),
        )
