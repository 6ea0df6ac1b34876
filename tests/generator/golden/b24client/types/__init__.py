"""The TypedDicts of b24client: ``from b24client.types import CrmDeal``.

Importing this package loads none of its modules; a name loads its module on
first use.  Generated from spec/ by ``python -m generator``; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .crm import CrmDeal, CrmDealAddParams, CrmDealFields, CrmDealUtm, CrmProductRow
    from .lists import ListsElementGetFilter
    from .tasks import (
        TasksTask,
        TasksTaskUpdateFields,
        TasksTaskUpdateFieldsChecklist,
        TasksTaskUpdateResult,
    )
else:
    import importlib

    _MODULES = {
        "CrmDeal": "crm",
        "CrmDealAddParams": "crm",
        "CrmDealFields": "crm",
        "CrmDealUtm": "crm",
        "CrmProductRow": "crm",
        "ListsElementGetFilter": "lists",
        "TasksTask": "tasks",
        "TasksTaskUpdateFields": "tasks",
        "TasksTaskUpdateFieldsChecklist": "tasks",
        "TasksTaskUpdateResult": "tasks",
    }

    def __getattr__(name: str) -> object:
        """Load ``name`` with its module on first use (PEP 562)."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))


__all__ = [
    "CrmDeal",
    "CrmDealAddParams",
    "CrmDealFields",
    "CrmDealUtm",
    "CrmProductRow",
    "ListsElementGetFilter",
    "TasksTask",
    "TasksTaskUpdateFields",
    "TasksTaskUpdateFieldsChecklist",
    "TasksTaskUpdateResult",
]
