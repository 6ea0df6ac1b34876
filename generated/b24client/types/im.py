"""TypedDicts of ``b24client.types.im``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "ImV2FileUploadFields",
]


class ImV2FileUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``im.v2.File.upload``."""

    name: Required[str]
    content: Required[str]
    message: str
