"""Methods under ``biconnector.dataset``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.biconnector import (
        BiconnectorDataset as _BiconnectorDataset,
        BiconnectorDatasetAddFields,
        BiconnectorDatasetAddResult,
        BiconnectorDatasetFieldsResult,
        BiconnectorDatasetGetResult,
        BiconnectorDatasetUpdateFields,
    )

_BICONNECTOR_DATASET_ADD = MethodInfo(
    name="biconnector.dataset.add", idempotent=False, returns="any", api=1
)
_BICONNECTOR_DATASET_DELETE = MethodInfo(
    name="biconnector.dataset.delete", idempotent=False, returns="boolean", api=1
)
_BICONNECTOR_DATASET_GET = MethodInfo(
    name="biconnector.dataset.get", idempotent=True, returns="any", api=1
)
_BICONNECTOR_DATASET_LIST = MethodInfo(
    name="biconnector.dataset.list", idempotent=True, returns="any", api=1
)
_BICONNECTOR_DATASET_UPDATE = MethodInfo(
    name="biconnector.dataset.update", idempotent=False, returns="boolean", api=1
)
_BICONNECTOR_DATASET_FIELDS = MethodInfo(
    name="biconnector.dataset.fields", idempotent=True, returns="any", api=1
)
_BICONNECTOR_DATASET_FIELDS_UPDATE = MethodInfo(
    name="biconnector.dataset.fields.update", idempotent=False, returns="boolean", api=1
)


class BiconnectorDataset(Namespace):
    """Methods under ``biconnector.dataset``."""

    __slots__ = ()

    @property
    def fields(self) -> BiconnectorDatasetFields:
        """Methods under ``biconnector.dataset.fields``."""
        return BiconnectorDatasetFields(self._backend)

    def add(
        self, *, fields: BiconnectorDatasetAddFields
    ) -> BiconnectorDatasetAddResult:
        """Create a dataset that maps a table of an external source into BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-add.html

        Args:
            fields: Dataset settings.

        Returns:
            BiconnectorDatasetAddResult

        Example:
            result = client.biconnector.dataset.add(fields={"name": "Anna", "externalName": "example", "externalCode": "example_code", "sourceId": 1, "fields": [{}]})
            result = await client.biconnector.dataset.add(fields={"name": "Anna", "externalName": "example", "externalCode": "example_code", "sourceId": 1, "fields": [{}]})  # AsyncBitrix24
        """
        return cast(
            "BiconnectorDatasetAddResult",
            self._backend._invoke(_BICONNECTOR_DATASET_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-delete.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.

        Returns:
            bool

        Example:
            result = client.biconnector.dataset.delete(id=1)
            result = await client.biconnector.dataset.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_BICONNECTOR_DATASET_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> BiconnectorDatasetGetResult:
        """Get one BI Builder dataset by ID, with its columns.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-get.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.

        Returns:
            BiconnectorDatasetGetResult

        Example:
            result = client.biconnector.dataset.get(id=1)
            result = await client.biconnector.dataset.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BiconnectorDatasetGetResult",
            self._backend._invoke(_BICONNECTOR_DATASET_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_BiconnectorDataset]:
        """List BI Builder datasets, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-list.html

        Args:
            select: Fields to return for each dataset; default all. The fields column list is not supported here.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.dataset.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            list[BiconnectorDataset]

        Example:
            result = client.biconnector.dataset.list()
            result = await client.biconnector.dataset.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_BiconnectorDataset]",
            self._backend._invoke(
                _BICONNECTOR_DATASET_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    def update(self, *, id: int, fields: BiconnectorDatasetUpdateFields) -> bool:
        """Change the description of a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder). To change the dataset columns use biconnector.dataset.fields.update.

        REST method: ``biconnector.dataset.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-update.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.
            fields: Dataset settings to change.

        Returns:
            bool

        Example:
            result = client.biconnector.dataset.update(id=1, fields={"description": "Please call back after 3 pm."})
            result = await client.biconnector.dataset.update(id=1, fields={"description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BICONNECTOR_DATASET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBiconnectorDataset(Namespace):
    """Methods under ``biconnector.dataset`` (async)."""

    __slots__ = ()

    @property
    def fields(self) -> AsyncBiconnectorDatasetFields:
        """Methods under ``biconnector.dataset.fields``."""
        return AsyncBiconnectorDatasetFields(self._backend)

    async def add(
        self, *, fields: BiconnectorDatasetAddFields
    ) -> BiconnectorDatasetAddResult:
        """Create a dataset that maps a table of an external source into BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-add.html

        Args:
            fields: Dataset settings.

        Returns:
            BiconnectorDatasetAddResult

        Example:
            result = client.biconnector.dataset.add(fields={"name": "Anna", "externalName": "example", "externalCode": "example_code", "sourceId": 1, "fields": [{}]})
            result = await client.biconnector.dataset.add(fields={"name": "Anna", "externalName": "example", "externalCode": "example_code", "sourceId": 1, "fields": [{}]})  # AsyncBitrix24
        """
        return cast(
            "BiconnectorDatasetAddResult",
            await self._backend._invoke(_BICONNECTOR_DATASET_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-delete.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.

        Returns:
            bool

        Example:
            result = client.biconnector.dataset.delete(id=1)
            result = await client.biconnector.dataset.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BICONNECTOR_DATASET_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> BiconnectorDatasetGetResult:
        """Get one BI Builder dataset by ID, with its columns.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-get.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.

        Returns:
            BiconnectorDatasetGetResult

        Example:
            result = client.biconnector.dataset.get(id=1)
            result = await client.biconnector.dataset.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BiconnectorDatasetGetResult",
            await self._backend._invoke(_BICONNECTOR_DATASET_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_BiconnectorDataset]:
        """List BI Builder datasets, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-list.html

        Args:
            select: Fields to return for each dataset; default all. The fields column list is not supported here.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.dataset.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            list[BiconnectorDataset]

        Example:
            result = client.biconnector.dataset.list()
            result = await client.biconnector.dataset.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_BiconnectorDataset]",
            await self._backend._invoke(
                _BICONNECTOR_DATASET_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    async def update(self, *, id: int, fields: BiconnectorDatasetUpdateFields) -> bool:
        """Change the description of a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder). To change the dataset columns use biconnector.dataset.fields.update.

        REST method: ``biconnector.dataset.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-update.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.
            fields: Dataset settings to change.

        Returns:
            bool

        Example:
            result = client.biconnector.dataset.update(id=1, fields={"description": "Please call back after 3 pm."})
            result = await client.biconnector.dataset.update(id=1, fields={"description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BICONNECTOR_DATASET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBiconnectorDataset(Namespace):
    """Methods under ``biconnector.dataset`` (queued into a batch)."""

    __slots__ = ()

    @property
    def fields(self) -> BatchBiconnectorDatasetFields:
        """Methods under ``biconnector.dataset.fields``."""
        return BatchBiconnectorDatasetFields(self._backend)

    def add(
        self, *, fields: BiconnectorDatasetAddFields | Ref
    ) -> BatchCommand[BiconnectorDatasetAddResult]:
        """Create a dataset that maps a table of an external source into BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-add.html

        Args:
            fields: Dataset settings.

        Returns:
            BatchCommand[BiconnectorDatasetAddResult]

        Example:
            command = batch.biconnector.dataset.add(fields={"name": "Anna", "externalName": "example", "externalCode": "example_code", "sourceId": 1, "fields": [{}]})
        """
        return cast(
            "BatchCommand[BiconnectorDatasetAddResult]",
            self._backend._invoke(_BICONNECTOR_DATASET_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-delete.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.dataset.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BICONNECTOR_DATASET_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BiconnectorDatasetGetResult]:
        """Get one BI Builder dataset by ID, with its columns.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-get.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.

        Returns:
            BatchCommand[BiconnectorDatasetGetResult]

        Example:
            command = batch.biconnector.dataset.get(id=1)
        """
        return cast(
            "BatchCommand[BiconnectorDatasetGetResult]",
            self._backend._invoke(_BICONNECTOR_DATASET_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        page: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_BiconnectorDataset]]:
        """List BI Builder datasets, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-list.html

        Args:
            select: Fields to return for each dataset; default all. The fields column list is not supported here.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.dataset.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[BiconnectorDataset]]

        Example:
            command = batch.biconnector.dataset.list()
        """
        return cast(
            "BatchCommand[builtins.list[_BiconnectorDataset]]",
            self._backend._invoke(
                _BICONNECTOR_DATASET_LIST,
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
        self, *, id: int | Ref, fields: BiconnectorDatasetUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the description of a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder). To change the dataset columns use biconnector.dataset.fields.update.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-update.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.
            fields: Dataset settings to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.dataset.update(id=1, fields={"description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BICONNECTOR_DATASET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BiconnectorDatasetFields(Namespace):
    """Methods under ``biconnector.dataset.fields``."""

    __slots__ = ()

    def __call__(self) -> BiconnectorDatasetFieldsResult:
        """Describe the fields of a BI Builder dataset and their properties.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-fields.html

        Returns:
            BiconnectorDatasetFieldsResult

        Example:
            result = client.biconnector.dataset.fields()
            result = await client.biconnector.dataset.fields()  # AsyncBitrix24
        """
        return cast(
            "BiconnectorDatasetFieldsResult",
            self._backend._invoke(_BICONNECTOR_DATASET_FIELDS, {}),
        )

    def update(
        self,
        *,
        id: int,
        add: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        update: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        delete: Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Add, hide, show or remove the columns of a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.fields.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-fields-update.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.
            add: Columns to add, each with type, name and externalCode.
            update: Columns to change, each with id (from biconnector.dataset.get) and visible.
            delete: IDs of the columns to remove.

        Returns:
            bool

        Example:
            result = client.biconnector.dataset.fields.update(id=1)
            result = await client.biconnector.dataset.fields.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BICONNECTOR_DATASET_FIELDS_UPDATE,
                {"id": id, "add": add, "update": update, "delete": delete},
            ),
        )


class AsyncBiconnectorDatasetFields(Namespace):
    """Methods under ``biconnector.dataset.fields`` (async)."""

    __slots__ = ()

    async def __call__(self) -> BiconnectorDatasetFieldsResult:
        """Describe the fields of a BI Builder dataset and their properties.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-fields.html

        Returns:
            BiconnectorDatasetFieldsResult

        Example:
            result = client.biconnector.dataset.fields()
            result = await client.biconnector.dataset.fields()  # AsyncBitrix24
        """
        return cast(
            "BiconnectorDatasetFieldsResult",
            await self._backend._invoke(_BICONNECTOR_DATASET_FIELDS, {}),
        )

    async def update(
        self,
        *,
        id: int,
        add: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        update: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        delete: Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Add, hide, show or remove the columns of a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.dataset.fields.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-fields-update.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.
            add: Columns to add, each with type, name and externalCode.
            update: Columns to change, each with id (from biconnector.dataset.get) and visible.
            delete: IDs of the columns to remove.

        Returns:
            bool

        Example:
            result = client.biconnector.dataset.fields.update(id=1)
            result = await client.biconnector.dataset.fields.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BICONNECTOR_DATASET_FIELDS_UPDATE,
                {"id": id, "add": add, "update": update, "delete": delete},
            ),
        )


class BatchBiconnectorDatasetFields(Namespace):
    """Methods under ``biconnector.dataset.fields`` (queued into a batch)."""

    __slots__ = ()

    def __call__(self) -> BatchCommand[BiconnectorDatasetFieldsResult]:
        """Describe the fields of a BI Builder dataset and their properties.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-fields.html

        Returns:
            BatchCommand[BiconnectorDatasetFieldsResult]

        Example:
            command = batch.biconnector.dataset.fields()
        """
        return cast(
            "BatchCommand[BiconnectorDatasetFieldsResult]",
            self._backend._invoke(_BICONNECTOR_DATASET_FIELDS, {}),
        )

    def update(
        self,
        *,
        id: int | Ref,
        add: Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        update: Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        delete: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Add, hide, show or remove the columns of a BI Builder dataset.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.dataset.fields.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-fields-update.html

        Args:
            id: ID of the dataset, as returned by biconnector.dataset.list or biconnector.dataset.add.
            add: Columns to add, each with type, name and externalCode.
            update: Columns to change, each with id (from biconnector.dataset.get) and visible.
            delete: IDs of the columns to remove.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.dataset.fields.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BICONNECTOR_DATASET_FIELDS_UPDATE,
                {"id": id, "add": add, "update": update, "delete": delete},
            ),
        )
