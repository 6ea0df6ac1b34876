"""TypedDicts of ``b24client.types.socialnetwork``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "SocialnetworkApiWorkgroupGetParams",
    "SocialnetworkApiWorkgroupListParams",
]


class SocialnetworkApiWorkgroupGetParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.get``."""

    groupId: Required[int]
    select: Sequence[str]
    mode: str


class SocialnetworkApiWorkgroupListParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``socialnetwork.api.workgroup.list``."""

    IS_ADMIN: str
    siteId: str
    mode: str
    features: Sequence[Any] | dict[str, Any]
    mandatoryFeatures: Sequence[Any] | dict[str, Any]
    shouldSelectDialogId: str
