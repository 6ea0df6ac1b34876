"""Methods under ``biconnector.connector``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.biconnector import (
        BiconnectorConnector as _BiconnectorConnector,
        BiconnectorConnectorAddFields,
        BiconnectorConnectorAddResult,
        BiconnectorConnectorFieldsResult,
        BiconnectorConnectorGetResult,
        BiconnectorConnectorUpdateFields,
    )

_BICONNECTOR_CONNECTOR_ADD = MethodInfo(
    name="biconnector.connector.add", idempotent=False, returns="any", api=1
)
_BICONNECTOR_CONNECTOR_DELETE = MethodInfo(
    name="biconnector.connector.delete", idempotent=False, returns="boolean", api=1
)
_BICONNECTOR_CONNECTOR_FIELDS = MethodInfo(
    name="biconnector.connector.fields", idempotent=True, returns="any", api=1
)
_BICONNECTOR_CONNECTOR_GET = MethodInfo(
    name="biconnector.connector.get", idempotent=True, returns="any", api=1
)
_BICONNECTOR_CONNECTOR_LIST = MethodInfo(
    name="biconnector.connector.list", idempotent=True, returns="any", api=1
)
_BICONNECTOR_CONNECTOR_UPDATE = MethodInfo(
    name="biconnector.connector.update", idempotent=False, returns="boolean", api=1
)


class BiconnectorConnector(Namespace):
    """Methods under ``biconnector.connector``."""

    __slots__ = ()

    def add(
        self, *, fields: BiconnectorConnectorAddFields
    ) -> BiconnectorConnectorAddResult:
        """Register a connector that feeds an external data service into BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-add.html

        Args:
            fields: Connector settings.

        Returns:
            BiconnectorConnectorAddResult

        Example:
            result = client.biconnector.connector.add(fields={"title": "Kick-off call", "logo": "example", "urlCheck": "https://example.com/hook", "urlTableList": "https://example.com/hook", "urlTableDescription": "https://example.com/hook", "urlData": "https://example.com/hook", "settings": [{}]})
            result = await client.biconnector.connector.add(fields={"title": "Kick-off call", "logo": "example", "urlCheck": "https://example.com/hook", "urlTableList": "https://example.com/hook", "urlTableDescription": "https://example.com/hook", "urlData": "https://example.com/hook", "settings": [{}]})  # AsyncBitrix24
        """
        return cast(
            "BiconnectorConnectorAddResult",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a BI Builder connector that has no sources.

        Requires access to the Analyst workspace (BI Builder). A connector with sources cannot be deleted.

        REST method: ``biconnector.connector.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-delete.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.

        Returns:
            bool

        Example:
            result = client.biconnector.connector.delete(id=1)
            result = await client.biconnector.connector.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_BICONNECTOR_CONNECTOR_DELETE, {"id": id})
        )

    def fields(self) -> BiconnectorConnectorFieldsResult:
        """Describe the fields of a BI Builder connector and their properties.

        REST method: ``biconnector.connector.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-fields.html

        Returns:
            BiconnectorConnectorFieldsResult

        Example:
            result = client.biconnector.connector.fields()
            result = await client.biconnector.connector.fields()  # AsyncBitrix24
        """
        return cast(
            "BiconnectorConnectorFieldsResult",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_FIELDS, {}),
        )

    def get(self, *, id: int) -> BiconnectorConnectorGetResult:
        """Get one BI Builder connector by ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-get.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.

        Returns:
            BiconnectorConnectorGetResult

        Example:
            result = client.biconnector.connector.get(id=1)
            result = await client.biconnector.connector.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BiconnectorConnectorGetResult",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_BiconnectorConnector]:
        """List BI Builder connectors, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-list.html

        Args:
            select: Fields to return for each connector; default all.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.connector.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            list[BiconnectorConnector]

        Example:
            result = client.biconnector.connector.list()
            result = await client.biconnector.connector.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_BiconnectorConnector]",
            self._backend._invoke(
                _BICONNECTOR_CONNECTOR_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    def update(self, *, id: int, fields: BiconnectorConnectorUpdateFields) -> bool:
        """Change the name, logo, endpoints or settings of a BI Builder connector.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-update.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.
            fields: Connector settings to change.

        Returns:
            bool

        Example:
            result = client.biconnector.connector.update(id=1, fields={"title": "Kick-off call", "logo": "example"})
            result = await client.biconnector.connector.update(id=1, fields={"title": "Kick-off call", "logo": "example"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BICONNECTOR_CONNECTOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncBiconnectorConnector(Namespace):
    """Methods under ``biconnector.connector`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: BiconnectorConnectorAddFields
    ) -> BiconnectorConnectorAddResult:
        """Register a connector that feeds an external data service into BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-add.html

        Args:
            fields: Connector settings.

        Returns:
            BiconnectorConnectorAddResult

        Example:
            result = client.biconnector.connector.add(fields={"title": "Kick-off call", "logo": "example", "urlCheck": "https://example.com/hook", "urlTableList": "https://example.com/hook", "urlTableDescription": "https://example.com/hook", "urlData": "https://example.com/hook", "settings": [{}]})
            result = await client.biconnector.connector.add(fields={"title": "Kick-off call", "logo": "example", "urlCheck": "https://example.com/hook", "urlTableList": "https://example.com/hook", "urlTableDescription": "https://example.com/hook", "urlData": "https://example.com/hook", "settings": [{}]})  # AsyncBitrix24
        """
        return cast(
            "BiconnectorConnectorAddResult",
            await self._backend._invoke(_BICONNECTOR_CONNECTOR_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a BI Builder connector that has no sources.

        Requires access to the Analyst workspace (BI Builder). A connector with sources cannot be deleted.

        REST method: ``biconnector.connector.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-delete.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.

        Returns:
            bool

        Example:
            result = client.biconnector.connector.delete(id=1)
            result = await client.biconnector.connector.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BICONNECTOR_CONNECTOR_DELETE, {"id": id})
        )

    async def fields(self) -> BiconnectorConnectorFieldsResult:
        """Describe the fields of a BI Builder connector and their properties.

        REST method: ``biconnector.connector.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-fields.html

        Returns:
            BiconnectorConnectorFieldsResult

        Example:
            result = client.biconnector.connector.fields()
            result = await client.biconnector.connector.fields()  # AsyncBitrix24
        """
        return cast(
            "BiconnectorConnectorFieldsResult",
            await self._backend._invoke(_BICONNECTOR_CONNECTOR_FIELDS, {}),
        )

    async def get(self, *, id: int) -> BiconnectorConnectorGetResult:
        """Get one BI Builder connector by ID.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-get.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.

        Returns:
            BiconnectorConnectorGetResult

        Example:
            result = client.biconnector.connector.get(id=1)
            result = await client.biconnector.connector.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "BiconnectorConnectorGetResult",
            await self._backend._invoke(_BICONNECTOR_CONNECTOR_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_BiconnectorConnector]:
        """List BI Builder connectors, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-list.html

        Args:
            select: Fields to return for each connector; default all.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.connector.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            list[BiconnectorConnector]

        Example:
            result = client.biconnector.connector.list()
            result = await client.biconnector.connector.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_BiconnectorConnector]",
            await self._backend._invoke(
                _BICONNECTOR_CONNECTOR_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "page": page,
                    "start": start,
                },
            ),
        )

    async def update(
        self, *, id: int, fields: BiconnectorConnectorUpdateFields
    ) -> bool:
        """Change the name, logo, endpoints or settings of a BI Builder connector.

        Requires access to the Analyst workspace (BI Builder).

        REST method: ``biconnector.connector.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-update.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.
            fields: Connector settings to change.

        Returns:
            bool

        Example:
            result = client.biconnector.connector.update(id=1, fields={"title": "Kick-off call", "logo": "example"})
            result = await client.biconnector.connector.update(id=1, fields={"title": "Kick-off call", "logo": "example"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BICONNECTOR_CONNECTOR_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchBiconnectorConnector(Namespace):
    """Methods under ``biconnector.connector`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: BiconnectorConnectorAddFields | Ref
    ) -> BatchCommand[BiconnectorConnectorAddResult]:
        """Register a connector that feeds an external data service into BI Builder, and return its ID.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.connector.add``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-add.html

        Args:
            fields: Connector settings.

        Returns:
            BatchCommand[BiconnectorConnectorAddResult]

        Example:
            command = batch.biconnector.connector.add(fields={"title": "Kick-off call", "logo": "example", "urlCheck": "https://example.com/hook", "urlTableList": "https://example.com/hook", "urlTableDescription": "https://example.com/hook", "urlData": "https://example.com/hook", "settings": [{}]})
        """
        return cast(
            "BatchCommand[BiconnectorConnectorAddResult]",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a BI Builder connector that has no sources.

        Requires access to the Analyst workspace (BI Builder). A connector with sources cannot be deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.connector.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-delete.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.connector.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[BiconnectorConnectorFieldsResult]:
        """Describe the fields of a BI Builder connector and their properties.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.connector.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-fields.html

        Returns:
            BatchCommand[BiconnectorConnectorFieldsResult]

        Example:
            command = batch.biconnector.connector.fields()
        """
        return cast(
            "BatchCommand[BiconnectorConnectorFieldsResult]",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[BiconnectorConnectorGetResult]:
        """Get one BI Builder connector by ID.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.connector.get``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-get.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.

        Returns:
            BatchCommand[BiconnectorConnectorGetResult]

        Example:
            command = batch.biconnector.connector.get(id=1)
        """
        return cast(
            "BatchCommand[BiconnectorConnectorGetResult]",
            self._backend._invoke(_BICONNECTOR_CONNECTOR_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        page: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_BiconnectorConnector]]:
        """List BI Builder connectors, with filter, sort and field selection.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.connector.list``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-list.html

        Args:
            select: Fields to return for each connector; default all.
            filter: Filter as {"field": value}; a key may carry an operator prefix such as ">=", "%" or "!"; fields as listed by biconnector.connector.fields.
            order: Sort order as {"field": "ASC"|"DESC"}.
            page: Page number; pages hold 50 records.
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[BiconnectorConnector]]

        Example:
            command = batch.biconnector.connector.list()
        """
        return cast(
            "BatchCommand[builtins.list[_BiconnectorConnector]]",
            self._backend._invoke(
                _BICONNECTOR_CONNECTOR_LIST,
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
        self, *, id: int | Ref, fields: BiconnectorConnectorUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the name, logo, endpoints or settings of a BI Builder connector.

        Requires access to the Analyst workspace (BI Builder).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``biconnector.connector.update``
        Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-update.html

        Args:
            id: ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add.
            fields: Connector settings to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.biconnector.connector.update(id=1, fields={"title": "Kick-off call", "logo": "example"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BICONNECTOR_CONNECTOR_UPDATE, {"id": id, "fields": fields}
            ),
        )
