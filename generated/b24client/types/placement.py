"""TypedDicts of ``b24client.types.placement``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "Placement",
    "PlacementLangAll",
    "PlacementLangAllRu",
    "PlacementOptions",
    "PlacementUnbindResult",
]


class PlacementOptions(TypedDict, total=False):
    """Keys of ``options`` in ``Placement``."""

    extranet: str
    context: str
    role: str
    errorHandlerUrl: str


class PlacementLangAllRu(TypedDict, total=False):
    """Keys of ``langAll.ru`` in ``Placement``."""

    TITLE: str
    DESCRIPTION: str
    GROUP_NAME: str


class PlacementLangAll(TypedDict, total=False):
    """Keys of ``langAll`` in ``Placement``."""

    ru: PlacementLangAllRu


class Placement(TypedDict, total=False):
    """Placement, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-get.html
    """

    placement: str
    userId: int
    handler: str
    options: list[Any] | PlacementOptions
    title: str
    description: str
    langAll: PlacementLangAll


class PlacementUnbindResult(TypedDict, total=False):
    """Keys of the result of ``placement.unbind``."""

    count: Required[int]
