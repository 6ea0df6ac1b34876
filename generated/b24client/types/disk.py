"""TypedDicts of ``b24client.types.disk``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "DiskFileSearchFilter",
]


class DiskFileSearchFilter(TypedDict, total=False):
    """Keys of the ``FILTER`` parameter of ``disk.file.search``."""

    STORAGE_ID: int
    FOLDER_ID: int
