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
    """Messenger widget option "extranet", such as "N"."""
    context: str
    """Messenger widget option "context", such as "ALL"."""
    role: str
    """Messenger widget option "role", such as "USER"."""
    errorHandlerUrl: str
    """Error handler URL; required for PAGE_BACKGROUND_WORKER widgets."""


class PlacementLangAllRu(TypedDict, total=False):
    """Keys of ``langAll.ru`` in ``Placement``."""

    TITLE: str
    """Widget name in that language."""
    DESCRIPTION: str
    """Widget description in that language."""
    GROUP_NAME: str
    """Group caption in that language."""


class PlacementLangAll(TypedDict, total=False):
    """Keys of ``langAll`` in ``Placement``."""

    ru: PlacementLangAllRu
    """Names for the language "ru" (example key)."""


class Placement(TypedDict, total=False):
    """A widget handler registered by the application.

    Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-get.html
    """

    placement: str
    """Code of the embedding point."""
    userId: int
    """ID of the only user the widget is for; 0 when registered for everyone."""
    handler: str
    """URL of the widget handler."""
    options: list[Any] | PlacementOptions
    """Extra display settings of the widget."""
    title: str
    """Widget name in the interface."""
    description: str
    """Widget description."""
    langAll: PlacementLangAll
    """Localized names keyed by language code."""


class PlacementUnbindResult(TypedDict, total=False):
    """Keys of the result of ``placement.unbind``."""

    count: Required[int]
    """Counter raised by 1 for each handler found and by 1 more for each one deleted."""
