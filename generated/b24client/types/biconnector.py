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
    code: str
    type: str


class BiconnectorConnector(TypedDict, total=False):
    """Biconnector connector, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/biconnector/connector/biconnector-connector-get.html
    """

    id: int | str
    title: str
    dateCreate: str
    logo: str
    description: str
    sort: int
    urlCheck: str
    settings: list[BiconnectorConnectorSettings]
    urlData: str
    urlTableList: str
    urlTableDescription: str


class BiconnectorConnectorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.connector.add``."""

    title: Required[str]
    logo: Required[str]
    description: str
    urlCheck: Required[str]
    urlTableList: Required[str]
    urlTableDescription: Required[str]
    urlData: Required[str]
    settings: Required[Sequence[dict[str, Any]]]
    sort: int


class BiconnectorConnectorAddResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.connector.add``."""

    id: Required[int]


class BiconnectorConnectorFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``biconnector.connector.fields``."""

    title: str
    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool


class BiconnectorConnectorFieldsResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.connector.fields``."""

    fields: Required[list[BiconnectorConnectorFieldsResultFields]]


class BiconnectorConnectorGetResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.connector.get``."""

    item: Required[BiconnectorConnector]


class BiconnectorConnectorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.connector.update``."""

    title: str
    logo: str
    description: str
    urlCheck: str
    urlTableList: str
    urlTableDescription: str
    urlData: str
    settings: Sequence[dict[str, Any]]
    sort: int


class BiconnectorDatasetFields(TypedDict, total=False):
    """Keys of ``fields`` in ``BiconnectorDataset``."""

    id: int
    datasetId: int
    type: str
    name: str
    externalCode: str
    visible: bool


class BiconnectorDataset(TypedDict, total=False):
    """Biconnector dataset, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/biconnector/dataset/biconnector-dataset-get.html
    """

    id: int | str
    type: str
    name: str
    description: str
    externalCode: str
    externalName: str
    dateCreate: str
    dateUpdate: str
    createdById: int
    updatedById: int
    externalId: int
    fields: list[BiconnectorDatasetFields]


class BiconnectorDatasetAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.dataset.add``."""

    name: Required[str]
    externalName: Required[str]
    externalCode: Required[str]
    sourceId: Required[int]
    description: str
    fields: Required[Sequence[dict[str, Any]]]


class BiconnectorDatasetAddResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.dataset.add``."""

    id: Required[int]


class BiconnectorDatasetFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``biconnector.dataset.fields``."""

    title: str
    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool


class BiconnectorDatasetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.dataset.fields``."""

    fields: Required[list[BiconnectorDatasetFieldsResultFields]]


class BiconnectorDatasetGetResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.dataset.get``."""

    item: Required[BiconnectorDataset]


class BiconnectorDatasetUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.dataset.update``."""

    description: str


class BiconnectorSourceConnection(TypedDict, total=False):
    """Keys of ``connection`` in ``BiconnectorSource``."""

    id: int
    type: str
    code: str
    title: str
    description: str
    active: bool
    dateCreate: str
    dateUpdate: str
    createdById: int
    updatedById: int


class BiconnectorSourceSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``BiconnectorSource``."""

    code: str
    name: str
    type: str
    value: str
    id: int


class BiconnectorSource(TypedDict, total=False):
    """Biconnector source, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/biconnector/source/biconnector-source-get.html
    """

    connection: BiconnectorSourceConnection
    connectorId: int
    settings: list[BiconnectorSourceSettings]
    id: str
    title: str
    active: bool
    dateCreate: str


class BiconnectorSourceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.source.add``."""

    title: Required[str]
    description: str
    active: bool
    connectorId: Required[int]
    settings: Required[dict[str, Any]]


class BiconnectorSourceAddResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.source.add``."""

    id: Required[int]


class BiconnectorSourceFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``biconnector.source.fields``."""

    title: str
    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool


class BiconnectorSourceFieldsResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.source.fields``."""

    fields: Required[list[BiconnectorSourceFieldsResultFields]]


class BiconnectorSourceGetResult(TypedDict, total=False):
    """Keys of the result of ``biconnector.source.get``."""

    item: Required[BiconnectorSource]


class BiconnectorSourceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.source.update``."""

    title: str
    description: str
    active: bool
    settings: dict[str, Any]
