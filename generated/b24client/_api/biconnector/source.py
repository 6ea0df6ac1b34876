"""Methods under ``biconnector.source``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.biconnector import (
        BiconnectorSource as _BiconnectorSource,
        BiconnectorSourceAddFields,
        BiconnectorSourceAddResult,
        BiconnectorSourceFieldsResult,
        BiconnectorSourceGetResult,
        BiconnectorSourceUpdateFields,
    )

_BICONNECTOR_SOURCE_ADD = MethodInfo(
    name="biconnector.source.add", idempotent=False, returns="any", api=1
)
_BICONNECTOR_SOURCE_DELETE = MethodInfo(
    name="biconnector.source.delete", idempotent=False, returns="boolean", api=1
)
_BICONNECTOR_SOURCE_FIELDS = MethodInfo(
    name="biconnector.source.fields", idempotent=True, returns="any", api=1
)
_BICONNECTOR_SOURCE_GET = MethodInfo(
    name="biconnector.source.get", idempotent=True, returns="any", api=1
)
_BICONNECTOR_SOURCE_LIST = MethodInfo(
    name="biconnector.source.list", idempotent=True, returns="any", api=1
)
_BICONNECTOR_SOURCE_UPDATE = MethodInfo(
    name="biconnector.source.update", idempotent=False, returns="boolean", api=1
)


class BiconnectorSource(Namespace):
    """Methods under ``biconnector.source``."""

    __slots__ = ()

    def add(self, *, fields: BiconnectorSourceAddFields) -> BiconnectorSourceAddResult:
        """Create a data source (a connection through a connector) in BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-add.html

        Args:
            fields: Source settings.

        Returns:
            BiconnectorSourceAddResult

        Example:
            result = client.biconnector.source.add(fields={"title": "Kick-off call", "connectorId": 1, "settings": {}})
            result = await client.biconnector.source.add(fields={"title": "Kick-off call", "connectorId": 1, "settings": {}})  # AsyncBitrix24
        """
        return cast(
            "BiconnectorSourceAddResult",
            self._backend._invoke(_BICONNECTOR_SOURCE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a BI Builder source that has no datasets.

        Requires access to the Analyst workspace (BI Builder). A source with datasets cannot be deleted.

        REST method: ``biconnector.source.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-delete.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.

        Returns:
            bool

        Example:
            result = client.biconnector.source.delete(id=1)
            result = await client.biconnector.source.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_BICONNECTOR_SOURCE_DELETE, {"id": id}))

    def fields(self) -> BiconnectorSourceFieldsResult:
        """Describe the fields of a BI Builder source and their properties.

        REST method: ``biconnector.source.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-fields.html

        Returns:
            BiconnectorSourceFieldsResult

        Example:
            result = client.biconnector.source.fields()
            result = await client.biconnector.source.fields()  # AsyncBitrix24
        """
        return cast(
            "BiconnectorSourceFieldsResult",
            self._backend._invoke(_BICONNECTOR_SOURCE_FIELDS, {}),
        )

    def get(self, *, id: int) -> BiconnectorSourceGetResult:
        """Get one BI Builder source by ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-get.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.

        Returns:
            BiconnectorSourceGetResult

        Example:
            result = client.biconnector.source.get(id=1)
            result = await client.biconnector.source.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BiconnectorSourceGetResult",
            self._backend._invoke(_BICONNECTOR_SOURCE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_BiconnectorSource]:
        """List BI Builder sources, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-list.html

        Args:
            select: Fields to return for each source; default all.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.source.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            list[BiconnectorSource]

        Example:
            result = client.biconnector.source.list()
            result = await client.biconnector.source.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_BiconnectorSource]",
            self._backend._invoke(
                _BICONNECTOR_SOURCE_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    def update(self, *, id: int, fields: BiconnectorSourceUpdateFields) -> bool:
        """Rename, turn on or off, or change the credentials of a BI Builder source.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-update.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.
            fields: Source settings to change.

        Returns:
            bool

        Example:
            result = client.biconnector.source.update(id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.biconnector.source.update(id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BICONNECTOR_SOURCE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBiconnectorSource(Namespace):
    """Methods under ``biconnector.source`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: BiconnectorSourceAddFields
    ) -> BiconnectorSourceAddResult:
        """Create a data source (a connection through a connector) in BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-add.html

        Args:
            fields: Source settings.

        Returns:
            BiconnectorSourceAddResult

        Example:
            result = client.biconnector.source.add(fields={"title": "Kick-off call", "connectorId": 1, "settings": {}})
            result = await client.biconnector.source.add(fields={"title": "Kick-off call", "connectorId": 1, "settings": {}})  # AsyncBitrix24
        """
        return cast(
            "BiconnectorSourceAddResult",
            await self._backend._invoke(_BICONNECTOR_SOURCE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a BI Builder source that has no datasets.

        Requires access to the Analyst workspace (BI Builder). A source with datasets cannot be deleted.

        REST method: ``biconnector.source.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-delete.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.

        Returns:
            bool

        Example:
            result = client.biconnector.source.delete(id=1)
            result = await client.biconnector.source.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BICONNECTOR_SOURCE_DELETE, {"id": id})
        )

    async def fields(self) -> BiconnectorSourceFieldsResult:
        """Describe the fields of a BI Builder source and their properties.

        REST method: ``biconnector.source.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-fields.html

        Returns:
            BiconnectorSourceFieldsResult

        Example:
            result = client.biconnector.source.fields()
            result = await client.biconnector.source.fields()  # AsyncBitrix24
        """
        return cast(
            "BiconnectorSourceFieldsResult",
            await self._backend._invoke(_BICONNECTOR_SOURCE_FIELDS, {}),
        )

    async def get(self, *, id: int) -> BiconnectorSourceGetResult:
        """Get one BI Builder source by ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-get.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.

        Returns:
            BiconnectorSourceGetResult

        Example:
            result = client.biconnector.source.get(id=1)
            result = await client.biconnector.source.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BiconnectorSourceGetResult",
            await self._backend._invoke(_BICONNECTOR_SOURCE_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_BiconnectorSource]:
        """List BI Builder sources, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-list.html

        Args:
            select: Fields to return for each source; default all.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.source.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            list[BiconnectorSource]

        Example:
            result = client.biconnector.source.list()
            result = await client.biconnector.source.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_BiconnectorSource]",
            await self._backend._invoke(
                _BICONNECTOR_SOURCE_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    async def update(self, *, id: int, fields: BiconnectorSourceUpdateFields) -> bool:
        """Rename, turn on or off, or change the credentials of a BI Builder source.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.source.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-update.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.
            fields: Source settings to change.

        Returns:
            bool

        Example:
            result = client.biconnector.source.update(id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.biconnector.source.update(id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BICONNECTOR_SOURCE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBiconnectorSource(Namespace):
    """Methods under ``biconnector.source`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: BiconnectorSourceAddFields | Ref
    ) -> BatchCommand[BiconnectorSourceAddResult]:
        """Create a data source (a connection through a connector) in BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.source.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-add.html

        Args:
            fields: Source settings.

        Returns:
            BatchCommand[BiconnectorSourceAddResult]

        Example:
            command = batch.biconnector.source.add(fields={"title": "Kick-off call", "connectorId": 1, "settings": {}})
        """
        return cast(
            "BatchCommand[BiconnectorSourceAddResult]",
            self._backend._invoke(_BICONNECTOR_SOURCE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a BI Builder source that has no datasets.

        Requires access to the Analyst workspace (BI Builder). A source with datasets cannot be deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.source.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-delete.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.source.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BICONNECTOR_SOURCE_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[BiconnectorSourceFieldsResult]:
        """Describe the fields of a BI Builder source and their properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.source.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-fields.html

        Returns:
            BatchCommand[BiconnectorSourceFieldsResult]

        Example:
            command = batch.biconnector.source.fields()
        """
        return cast(
            "BatchCommand[BiconnectorSourceFieldsResult]",
            self._backend._invoke(_BICONNECTOR_SOURCE_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BiconnectorSourceGetResult]:
        """Get one BI Builder source by ID.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.source.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-get.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.

        Returns:
            BatchCommand[BiconnectorSourceGetResult]

        Example:
            command = batch.biconnector.source.get(id=1)
        """
        return cast(
            "BatchCommand[BiconnectorSourceGetResult]",
            self._backend._invoke(_BICONNECTOR_SOURCE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        page: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_BiconnectorSource]]:
        """List BI Builder sources, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.source.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-list.html

        Args:
            select: Fields to return for each source; default all.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.source.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[BiconnectorSource]]

        Example:
            command = batch.biconnector.source.list()
        """
        return cast(
            "BatchCommand[builtins.list[_BiconnectorSource]]",
            self._backend._invoke(
                _BICONNECTOR_SOURCE_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    def update(
        self, *, id: int | Ref, fields: BiconnectorSourceUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Rename, turn on or off, or change the credentials of a BI Builder source.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.source.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-update.html

        Args:
            id: ID of the source, as returned by biconnector.source.list or biconnector.source.add.
            fields: Source settings to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.source.update(id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BICONNECTOR_SOURCE_UPDATE, {"id": id, "fields": fields}
            ),
        )
