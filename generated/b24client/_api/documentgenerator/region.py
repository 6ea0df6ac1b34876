"""Methods under ``documentgenerator.region``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.documentgenerator import (
        DocumentgeneratorRegionAddFields,
        DocumentgeneratorRegionAddResult,
        DocumentgeneratorRegionGetResult,
        DocumentgeneratorRegionListResult,
        DocumentgeneratorRegionUpdateFields,
        DocumentgeneratorRegionUpdateResult,
    )

_DOCUMENTGENERATOR_REGION_ADD = MethodInfo(
    name="documentgenerator.region.add", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_REGION_DELETE = MethodInfo(
    name="documentgenerator.region.delete", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_REGION_GET = MethodInfo(
    name="documentgenerator.region.get", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_REGION_LIST = MethodInfo(
    name="documentgenerator.region.list", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_REGION_UPDATE = MethodInfo(
    name="documentgenerator.region.update", idempotent=False, returns="any", api=1
)


class DocumentgeneratorRegion(Namespace):
    """Methods under ``documentgenerator.region``."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorRegionAddFields
    ) -> DocumentgeneratorRegionAddResult:
        """Create a custom region with its language, date and name formats for documents.

        REST method: ``documentgenerator.region.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-add.html

        Args:
            fields: Region settings.

        Returns:
            DocumentgeneratorRegionAddResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.

        Example:
            result = client.documentgenerator.region.add(fields={"title": "Kick-off call"})
            result = await client.documentgenerator.region.add(fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionAddResult",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a custom document region.

        REST method: ``documentgenerator.region.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-delete.html

        Args:
            id: ID of the custom region, from documentgenerator.region.add or documentgenerator.region.list.

        Returns:
            Any

        Example:
            result = client.documentgenerator.region.delete(id=1)
            result = await client.documentgenerator.region.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_DOCUMENTGENERATOR_REGION_DELETE, {"id": id})

    def get(self, *, id: str) -> DocumentgeneratorRegionGetResult:
        """Read a custom or preset region used to format documents.

        REST method: ``documentgenerator.region.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-get.html

        Args:
            id: ID of a custom region or code of a preset one, such as "ru".

        Returns:
            DocumentgeneratorRegionGetResult

        Example:
            result = client.documentgenerator.region.get(id="1")
            result = await client.documentgenerator.region.get(id="1")  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionGetResult",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_GET, {"id": id}),
        )

    def list(self) -> DocumentgeneratorRegionListResult:
        """List all regions, preset and custom, keyed by region code.

        REST method: ``documentgenerator.region.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-list.html

        Returns:
            DocumentgeneratorRegionListResult

        Example:
            result = client.documentgenerator.region.list()
            result = await client.documentgenerator.region.list()  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionListResult",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_LIST, {}),
        )

    def update(
        self, *, id: int, fields: DocumentgeneratorRegionUpdateFields
    ) -> DocumentgeneratorRegionUpdateResult:
        """Change the language, formats or phrases of a custom region.

        REST method: ``documentgenerator.region.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-update.html

        Args:
            id: ID of the custom region to change.
            fields: Region settings.

        Returns:
            DocumentgeneratorRegionUpdateResult

        Example:
            result = client.documentgenerator.region.update(id=1, fields={"title": "Kick-off call", "formatName": "example"})
            result = await client.documentgenerator.region.update(id=1, fields={"title": "Kick-off call", "formatName": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionUpdateResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_REGION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncDocumentgeneratorRegion(Namespace):
    """Methods under ``documentgenerator.region`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: DocumentgeneratorRegionAddFields
    ) -> DocumentgeneratorRegionAddResult:
        """Create a custom region with its language, date and name formats for documents.

        REST method: ``documentgenerator.region.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-add.html

        Args:
            fields: Region settings.

        Returns:
            DocumentgeneratorRegionAddResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.

        Example:
            result = client.documentgenerator.region.add(fields={"title": "Kick-off call"})
            result = await client.documentgenerator.region.add(fields={"title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionAddResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_REGION_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a custom document region.

        REST method: ``documentgenerator.region.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-delete.html

        Args:
            id: ID of the custom region, from documentgenerator.region.add or documentgenerator.region.list.

        Returns:
            Any

        Example:
            result = client.documentgenerator.region.delete(id=1)
            result = await client.documentgenerator.region.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_DOCUMENTGENERATOR_REGION_DELETE, {"id": id})

    async def get(self, *, id: str) -> DocumentgeneratorRegionGetResult:
        """Read a custom or preset region used to format documents.

        REST method: ``documentgenerator.region.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-get.html

        Args:
            id: ID of a custom region or code of a preset one, such as "ru".

        Returns:
            DocumentgeneratorRegionGetResult

        Example:
            result = client.documentgenerator.region.get(id="1")
            result = await client.documentgenerator.region.get(id="1")  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionGetResult",
            await self._backend._invoke(_DOCUMENTGENERATOR_REGION_GET, {"id": id}),
        )

    async def list(self) -> DocumentgeneratorRegionListResult:
        """List all regions, preset and custom, keyed by region code.

        REST method: ``documentgenerator.region.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-list.html

        Returns:
            DocumentgeneratorRegionListResult

        Example:
            result = client.documentgenerator.region.list()
            result = await client.documentgenerator.region.list()  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionListResult",
            await self._backend._invoke(_DOCUMENTGENERATOR_REGION_LIST, {}),
        )

    async def update(
        self, *, id: int, fields: DocumentgeneratorRegionUpdateFields
    ) -> DocumentgeneratorRegionUpdateResult:
        """Change the language, formats or phrases of a custom region.

        REST method: ``documentgenerator.region.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-update.html

        Args:
            id: ID of the custom region to change.
            fields: Region settings.

        Returns:
            DocumentgeneratorRegionUpdateResult

        Example:
            result = client.documentgenerator.region.update(id=1, fields={"title": "Kick-off call", "formatName": "example"})
            result = await client.documentgenerator.region.update(id=1, fields={"title": "Kick-off call", "formatName": "example"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRegionUpdateResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_REGION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchDocumentgeneratorRegion(Namespace):
    """Methods under ``documentgenerator.region`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorRegionAddFields | Ref
    ) -> BatchCommand[DocumentgeneratorRegionAddResult]:
        """Create a custom region with its language, date and name formats for documents.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.region.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-add.html

        Args:
            fields: Region settings.

        Returns:
            BatchCommand[DocumentgeneratorRegionAddResult]

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.

        Example:
            command = batch.documentgenerator.region.add(fields={"title": "Kick-off call"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorRegionAddResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a custom document region.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.region.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-delete.html

        Args:
            id: ID of the custom region, from documentgenerator.region.add or documentgenerator.region.list.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.documentgenerator.region.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_DELETE, {"id": id}),
        )

    def get(self, *, id: str | Ref) -> BatchCommand[DocumentgeneratorRegionGetResult]:
        """Read a custom or preset region used to format documents.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.region.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-get.html

        Args:
            id: ID of a custom region or code of a preset one, such as "ru".

        Returns:
            BatchCommand[DocumentgeneratorRegionGetResult]

        Example:
            command = batch.documentgenerator.region.get(id="1")
        """
        return cast(
            "BatchCommand[DocumentgeneratorRegionGetResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_GET, {"id": id}),
        )

    def list(self) -> BatchCommand[DocumentgeneratorRegionListResult]:
        """List all regions, preset and custom, keyed by region code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.region.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-list.html

        Returns:
            BatchCommand[DocumentgeneratorRegionListResult]

        Example:
            command = batch.documentgenerator.region.list()
        """
        return cast(
            "BatchCommand[DocumentgeneratorRegionListResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_REGION_LIST, {}),
        )

    def update(
        self, *, id: int | Ref, fields: DocumentgeneratorRegionUpdateFields | Ref
    ) -> BatchCommand[DocumentgeneratorRegionUpdateResult]:
        """Change the language, formats or phrases of a custom region.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.region.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/region/document-generator-region-update.html

        Args:
            id: ID of the custom region to change.
            fields: Region settings.

        Returns:
            BatchCommand[DocumentgeneratorRegionUpdateResult]

        Example:
            command = batch.documentgenerator.region.update(id=1, fields={"title": "Kick-off call", "formatName": "example"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorRegionUpdateResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_REGION_UPDATE, {"id": id, "fields": fields}
            ),
        )
