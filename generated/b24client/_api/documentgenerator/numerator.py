"""Methods under ``documentgenerator.numerator``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.documentgenerator import (
        DocumentgeneratorNumerator as _DocumentgeneratorNumerator,
        DocumentgeneratorNumeratorAddFields,
        DocumentgeneratorNumeratorAddResult,
        DocumentgeneratorNumeratorGetResult,
        DocumentgeneratorNumeratorUpdateFields,
        DocumentgeneratorNumeratorUpdateResult,
    )

_DOCUMENTGENERATOR_NUMERATOR_ADD = MethodInfo(
    name="documentgenerator.numerator.add", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_NUMERATOR_DELETE = MethodInfo(
    name="documentgenerator.numerator.delete", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_NUMERATOR_GET = MethodInfo(
    name="documentgenerator.numerator.get", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_NUMERATOR_LIST = MethodInfo(
    name="documentgenerator.numerator.list", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_NUMERATOR_UPDATE = MethodInfo(
    name="documentgenerator.numerator.update", idempotent=False, returns="any", api=1
)


class DocumentgeneratorNumerator(Namespace):
    """Methods under ``documentgenerator.numerator``."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorNumeratorAddFields
    ) -> DocumentgeneratorNumeratorAddResult:
        """Create a numbering scheme that gives documents sequential numbers such as "INV-{NUMBER}".

        REST method: ``documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-add.html

        Args:
            fields: Settings of the numbering scheme.

        Returns:
            DocumentgeneratorNumeratorAddResult

        Example:
            result = client.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})
            result = await client.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorNumeratorAddResult",
            self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a document numbering scheme.

        REST method: ``documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-delete.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.numerator.delete(id=1)
            result = await client.documentgenerator.numerator.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_DELETE, {"id": id})

    def get(self, *, id: int) -> DocumentgeneratorNumeratorGetResult:
        """Read one document numbering scheme with its counter settings.

        REST method: ``documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-get.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.

        Returns:
            DocumentgeneratorNumeratorGetResult

        Example:
            result = client.documentgenerator.numerator.get(id=1)
            result = await client.documentgenerator.numerator.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorNumeratorGetResult",
            self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_GET, {"id": id}),
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> Page[_DocumentgeneratorNumerator]:
        """List the document numbering schemes.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-list.html

        Args:
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DocumentgeneratorNumerator]

        Example:
            result = client.documentgenerator.numerator.list()
            result = await client.documentgenerator.numerator.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_DocumentgeneratorNumerator]",
            self._backend._invoke_page(
                _DOCUMENTGENERATOR_NUMERATOR_LIST, {"start": start}
            ),
        )

    def update(
        self, *, id: int, fields: DocumentgeneratorNumeratorUpdateFields
    ) -> DocumentgeneratorNumeratorUpdateResult:
        """Change the name, template or counter settings of a numbering scheme.

        REST method: ``documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-update.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.
            fields: Settings of the numbering scheme.

        Returns:
            DocumentgeneratorNumeratorUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})
            result = await client.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorNumeratorUpdateResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_NUMERATOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncDocumentgeneratorNumerator(Namespace):
    """Methods under ``documentgenerator.numerator`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: DocumentgeneratorNumeratorAddFields
    ) -> DocumentgeneratorNumeratorAddResult:
        """Create a numbering scheme that gives documents sequential numbers such as "INV-{NUMBER}".

        REST method: ``documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-add.html

        Args:
            fields: Settings of the numbering scheme.

        Returns:
            DocumentgeneratorNumeratorAddResult

        Example:
            result = client.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})
            result = await client.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorNumeratorAddResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_NUMERATOR_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a document numbering scheme.

        REST method: ``documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-delete.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.numerator.delete(id=1)
            result = await client.documentgenerator.numerator.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _DOCUMENTGENERATOR_NUMERATOR_DELETE, {"id": id}
        )

    async def get(self, *, id: int) -> DocumentgeneratorNumeratorGetResult:
        """Read one document numbering scheme with its counter settings.

        REST method: ``documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-get.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.

        Returns:
            DocumentgeneratorNumeratorGetResult

        Example:
            result = client.documentgenerator.numerator.get(id=1)
            result = await client.documentgenerator.numerator.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorNumeratorGetResult",
            await self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_GET, {"id": id}),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_DocumentgeneratorNumerator]:
        """List the document numbering schemes.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-list.html

        Args:
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DocumentgeneratorNumerator]

        Example:
            result = client.documentgenerator.numerator.list()
            result = await client.documentgenerator.numerator.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_DocumentgeneratorNumerator]",
            await self._backend._invoke_page(
                _DOCUMENTGENERATOR_NUMERATOR_LIST, {"start": start}
            ),
        )

    async def update(
        self, *, id: int, fields: DocumentgeneratorNumeratorUpdateFields
    ) -> DocumentgeneratorNumeratorUpdateResult:
        """Change the name, template or counter settings of a numbering scheme.

        REST method: ``documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-update.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.
            fields: Settings of the numbering scheme.

        Returns:
            DocumentgeneratorNumeratorUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})
            result = await client.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorNumeratorUpdateResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_NUMERATOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchDocumentgeneratorNumerator(Namespace):
    """Methods under ``documentgenerator.numerator`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorNumeratorAddFields | Ref
    ) -> BatchCommand[DocumentgeneratorNumeratorAddResult]:
        """Create a numbering scheme that gives documents sequential numbers such as "INV-{NUMBER}".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.numerator.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-add.html

        Args:
            fields: Settings of the numbering scheme.

        Returns:
            BatchCommand[DocumentgeneratorNumeratorAddResult]

        Example:
            command = batch.documentgenerator.numerator.add(fields={"name": "Anna", "template": "example"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorNumeratorAddResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a document numbering scheme.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.numerator.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-delete.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.numerator.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_DELETE, {"id": id}),
        )

    def get(
        self, *, id: int | Ref
    ) -> BatchCommand[DocumentgeneratorNumeratorGetResult]:
        """Read one document numbering scheme with its counter settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.numerator.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-get.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.

        Returns:
            BatchCommand[DocumentgeneratorNumeratorGetResult]

        Example:
            command = batch.documentgenerator.numerator.get(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorNumeratorGetResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_NUMERATOR_GET, {"id": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_DocumentgeneratorNumerator]]:
        """List the document numbering schemes.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.numerator.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-list.html

        Args:
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DocumentgeneratorNumerator]]

        Example:
            command = batch.documentgenerator.numerator.list()
        """
        return cast(
            "BatchCommand[builtins.list[_DocumentgeneratorNumerator]]",
            self._backend._invoke_page(
                _DOCUMENTGENERATOR_NUMERATOR_LIST, {"start": start}
            ),
        )

    def update(
        self, *, id: int | Ref, fields: DocumentgeneratorNumeratorUpdateFields | Ref
    ) -> BatchCommand[DocumentgeneratorNumeratorUpdateResult]:
        """Change the name, template or counter settings of a numbering scheme.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.numerator.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/numerators/document-generator-numerator-update.html

        Args:
            id: ID of the numbering scheme, from documentgenerator.numerator.add or documentgenerator.numerator.list.
            fields: Settings of the numbering scheme.

        Returns:
            BatchCommand[DocumentgeneratorNumeratorUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.numerator.update(id=1, fields={"name": "Anna", "template": "example"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorNumeratorUpdateResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_NUMERATOR_UPDATE, {"id": id, "fields": fields}
            ),
        )
