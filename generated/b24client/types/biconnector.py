"""TypedDicts of ``b24client.types.biconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "BiconnectorConnectorAddFields",
    "BiconnectorConnectorUpdateFields",
    "BiconnectorDatasetAddFields",
    "BiconnectorDatasetUpdateFields",
    "BiconnectorSourceAddFields",
    "BiconnectorSourceUpdateFields",
]


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


class BiconnectorDatasetAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.dataset.add``."""

    name: Required[str]
    externalName: Required[str]
    externalCode: Required[str]
    sourceId: Required[int]
    description: str
    fields: Required[Sequence[dict[str, Any]]]


class BiconnectorDatasetUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.dataset.update``."""

    description: str


class BiconnectorSourceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.source.add``."""

    title: Required[str]
    description: str
    active: bool
    connectorId: Required[int]
    settings: Required[dict[str, Any]]


class BiconnectorSourceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``biconnector.source.update``."""

    title: str
    description: str
    active: bool
    settings: dict[str, Any]
