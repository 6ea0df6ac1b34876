"""TypedDicts of ``b24client.types.biconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "BiconnectorConnector",
    "BiconnectorConnectorAddFields",
    "BiconnectorConnectorAddResult",
    "BiconnectorConnectorFieldsResult",
    "BiconnectorConnectorFieldsResultFields",
    "BiconnectorConnectorGetResult",
    "BiconnectorConnectorSettings",
    "BiconnectorConnectorUpdateFields",
    "BiconnectorDataset",
    "BiconnectorDatasetAddFields",
    "BiconnectorDatasetAddResult",
    "BiconnectorDatasetFields",
    "BiconnectorDatasetFieldsResult",
    "BiconnectorDatasetFieldsResultFields",
    "BiconnectorDatasetGetResult",
    "BiconnectorDatasetUpdateFields",
    "BiconnectorSource",
    "BiconnectorSourceAddFields",
    "BiconnectorSourceAddResult",
    "BiconnectorSourceConnection",
    "BiconnectorSourceFieldsResult",
    "BiconnectorSourceFieldsResultFields",
    "BiconnectorSourceGetResult",
    "BiconnectorSourceSettings",
    "BiconnectorSourceUpdateFields",
]


class BiconnectorConnectorSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``BiconnectorConnector``."""

    name: str
    """Parameter caption."""
    code: str
    """Parameter code."""
    type: str
    """Parameter type."""


class BiconnectorConnector(TypedDict, total=False):
    """A BI Builder connector to an external data service.

    Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-get.html
    """

    id: int | str
    """ID of the connector."""
    title: str
    """Connector name."""
    dateCreate: str
    """Creation date."""
    logo: str
    """Connector logo, as an image URL or a base64 data URI."""
    description: str
    """Connector description."""
    sort: int
    """Sort index."""
    urlCheck: str
    """Endpoint that checks the connector is reachable."""
    settings: list[BiconnectorConnectorSettings]
    """Connection parameters the user fills in when creating a source."""
    urlData: str
    """Endpoint that returns the data of a chosen table."""
    urlTableList: str
    """Endpoint that returns the list of tables."""
    urlTableDescription: str
    """Endpoint that describes one table."""


class BiconnectorConnectorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.connector.add``."""

    title: Required[str]
    """Connector name."""
    logo: Required[str]
    """Connector logo, as an image URL or a base64 data URI."""
    description: str
    """Connector description."""
    urlCheck: Required[str]
    """Endpoint that checks the connector is reachable."""
    urlTableList: Required[str]
    """Endpoint that returns the list of tables."""
    urlTableDescription: Required[str]
    """Endpoint that describes one table."""
    urlData: Required[str]
    """Endpoint that returns the data of a chosen table."""
    settings: Required[Sequence[dict[str, Any]]]
    """Connection parameters the user fills in when creating a source."""
    sort: int
    """Sort index of the connector; default 100."""


class BiconnectorConnectorAddResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.connector.add``."""

    id: Required[int]
    """ID of the new connector."""


class BiconnectorConnectorFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``biconnector.connector.fields``."""

    title: str
    """Field caption."""
    type: str
    """Field data type."""
    isRequired: bool
    """Whether the field is required."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only on creation."""
    isMultiple: bool
    """Whether the field holds several values."""


class BiconnectorConnectorFieldsResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.connector.fields``."""

    fields: Required[list[BiconnectorConnectorFieldsResultFields]]
    """Field descriptions, keyed by field name."""


class BiconnectorConnectorGetResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.connector.get``."""

    item: Required[BiconnectorConnector]
    """The connector with its fields."""


class BiconnectorConnectorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.connector.update``."""

    title: str
    """Connector name."""
    logo: str
    """Connector logo, as an image URL or a base64 data URI."""
    description: str
    """Connector description."""
    urlCheck: str
    """Endpoint that checks the connector is reachable."""
    urlTableList: str
    """Endpoint that returns the list of tables."""
    urlTableDescription: str
    """Endpoint that describes one table."""
    urlData: str
    """Endpoint that returns the data of a chosen table."""
    settings: Sequence[dict[str, Any]]
    """Connection parameters the user fills in when creating a source."""
    sort: int
    """Sort index of the connector."""


class BiconnectorDatasetFields(TypedDict, total=False):
    """Keys of ``fields`` in ``BiconnectorDataset``."""

    id: int
    """ID of the column."""
    datasetId: int
    """ID of the dataset."""
    type: str
    """Column data type."""
    name: str
    """Column name."""
    externalCode: str
    """Column code in the external source."""
    visible: bool
    """Whether the column is visible."""


class BiconnectorDataset(TypedDict, total=False):
    """A BI Builder dataset mapped from a table of an external source.

    Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-get.html
    """

    id: int | str
    """ID of the dataset."""
    type: str
    """Dataset type."""
    name: str
    """Dataset name."""
    description: str
    """Dataset description."""
    externalCode: str
    """Dataset code in the external source."""
    externalName: str
    """Dataset name in the external source."""
    dateCreate: str
    """Creation date."""
    dateUpdate: str
    """Date of the last change."""
    createdById: int
    """ID of the user who created it."""
    updatedById: int
    """ID of the user who last changed it."""
    externalId: int
    """External ID of the dataset."""
    fields: list[BiconnectorDatasetFields]
    """Dataset columns."""


class BiconnectorDatasetAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.dataset.add``."""

    name: Required[str]
    """Dataset name; starts with a letter, lower-case Latin letters, digits and "_" only."""
    externalName: Required[str]
    """Dataset name in the external source."""
    externalCode: Required[str]
    """Unique dataset code in the external source, used when fetching data."""
    sourceId: Required[int]
    """ID of the source, as returned by biconnector.source.list or biconnector.source.add."""
    description: str
    """Dataset description."""
    fields: Required[Sequence[dict[str, Any]]]
    """Dataset fields (columns)."""


class BiconnectorDatasetAddResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.dataset.add``."""

    id: Required[int]
    """ID of the new dataset."""


class BiconnectorDatasetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``biconnector.dataset.fields``."""

    title: str
    """Field caption."""
    type: str
    """Field data type."""
    isRequired: bool
    """Whether the field is required."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only on creation."""
    isMultiple: bool
    """Whether the field holds several values."""


class BiconnectorDatasetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.dataset.fields``."""

    fields: Required[list[BiconnectorDatasetFieldsResultFields]]
    """Field descriptions, keyed by field name."""


class BiconnectorDatasetGetResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.dataset.get``."""

    item: Required[BiconnectorDataset]
    """The dataset with its fields."""


class BiconnectorDatasetUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.dataset.update``."""

    description: str
    """Dataset description."""


class BiconnectorSourceConnection(TypedDict, total=False):
    """Keys of ``connection`` in ``BiconnectorSource``."""

    id: int
    """ID of the source."""
    type: str
    """Source type."""
    code: str
    """Source code."""
    title: str
    """Source name."""
    description: str
    """Source description."""
    active: bool
    """Whether the source is active."""
    dateCreate: str
    """Creation date."""
    dateUpdate: str
    """Date of the last change."""
    createdById: int
    """ID of the user who created it."""
    updatedById: int
    """ID of the user who last changed it."""


class BiconnectorSourceSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``BiconnectorSource``."""

    code: str
    """Parameter code."""
    name: str
    """Parameter caption."""
    type: str
    """Parameter type."""
    value: str
    """Parameter value."""
    id: int
    """ID of the parameter value."""


class BiconnectorSource(TypedDict, total=False):
    """A BI Builder data source: a connection made through a connector.

    Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-get.html
    """

    connection: BiconnectorSourceConnection
    """The source connection."""
    connectorId: int
    """ID of the connector."""
    settings: list[BiconnectorSourceSettings]
    """Authorization parameter values."""
    id: str
    """ID of the source."""
    title: str
    """Source name."""
    active: bool
    """Whether the source is active."""
    dateCreate: str
    """Creation date."""


class BiconnectorSourceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.source.add``."""

    title: Required[str]
    """Source name."""
    description: str
    """Source description."""
    active: bool
    """Whether the source is active; default true."""
    connectorId: Required[int]
    """ID of the connector, as returned by biconnector.connector.list or biconnector.connector.add."""
    settings: Required[dict[str, Any]]
    """Authorization parameters keyed by their code, as listed in the connector settings."""


class BiconnectorSourceAddResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.source.add``."""

    id: Required[int]
    """ID of the new source."""


class BiconnectorSourceFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``biconnector.source.fields``."""

    title: str
    """Field caption."""
    type: str
    """Field data type."""
    isRequired: bool
    """Whether the field is required."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only on creation."""
    isMultiple: bool
    """Whether the field holds several values."""


class BiconnectorSourceFieldsResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.source.fields``."""

    fields: Required[list[BiconnectorSourceFieldsResultFields]]
    """Field descriptions, keyed by field name."""


class BiconnectorSourceGetResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.source.get``."""

    item: Required[BiconnectorSource]
    """The source with its fields."""


class BiconnectorSourceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.source.update``."""

    title: str
    """Source name."""
    description: str
    """Source description."""
    active: bool
    """Whether the source is active."""
    settings: dict[str, Any]
    """Authorization parameters keyed by their code, as listed in the connector settings."""
