"""Methods under ``crm.entity``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.crm import CrmEntityMergeBatchParams, CrmEntityMergeBatchResult

_CRM_ENTITY_MERGE_BATCH = MethodInfo(
    name="crm.entity.mergeBatch", idempotent=False, returns="any", api=1
)


class CrmEntity(Namespace):
    """Methods under ``crm.entity``."""

    __slots__ = ()

    def merge_batch(
        self, *, params: CrmEntityMergeBatchParams
    ) -> CrmEntityMergeBatchResult:
        """Merge duplicate CRM items of one type into the first one.

        The first ID in entityIds survives and receives the data; the others are deleted. CONFLICT means the values need a manual merge in the web interface. Needs edit rights on the first item and delete rights on the rest.

        REST method: ``crm.entity.mergeBatch``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/crm-entity-merge-batch.html

        Args:
            params: What to merge.

        Returns:
            CrmEntityMergeBatchResult

        Example:
            result = client.crm.entity.merge_batch(params={"entityTypeId": 1, "entityIds": [1]})
            result = await client.crm.entity.merge_batch(params={"entityTypeId": 1, "entityIds": [1]})  # AsyncBitrix24
        """
        return cast(
            "CrmEntityMergeBatchResult",
            self._backend._invoke(_CRM_ENTITY_MERGE_BATCH, {"params": params}),
        )


class AsyncCrmEntity(Namespace):
    """Methods under ``crm.entity`` (async)."""

    __slots__ = ()

    async def merge_batch(
        self, *, params: CrmEntityMergeBatchParams
    ) -> CrmEntityMergeBatchResult:
        """Merge duplicate CRM items of one type into the first one.

        The first ID in entityIds survives and receives the data; the others are deleted. CONFLICT means the values need a manual merge in the web interface. Needs edit rights on the first item and delete rights on the rest.

        REST method: ``crm.entity.mergeBatch``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/crm-entity-merge-batch.html

        Args:
            params: What to merge.

        Returns:
            CrmEntityMergeBatchResult

        Example:
            result = client.crm.entity.merge_batch(params={"entityTypeId": 1, "entityIds": [1]})
            result = await client.crm.entity.merge_batch(params={"entityTypeId": 1, "entityIds": [1]})  # AsyncBitrix24
        """
        return cast(
            "CrmEntityMergeBatchResult",
            await self._backend._invoke(_CRM_ENTITY_MERGE_BATCH, {"params": params}),
        )


class BatchCrmEntity(Namespace):
    """Methods under ``crm.entity`` (queued into a batch)."""

    __slots__ = ()

    def merge_batch(
        self, *, params: CrmEntityMergeBatchParams | Ref
    ) -> BatchCommand[CrmEntityMergeBatchResult]:
        """Merge duplicate CRM items of one type into the first one.

        The first ID in entityIds survives and receives the data; the others are deleted. CONFLICT means the values need a manual merge in the web interface. Needs edit rights on the first item and delete rights on the rest.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.entity.mergeBatch``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/crm-entity-merge-batch.html

        Args:
            params: What to merge.

        Returns:
            BatchCommand[CrmEntityMergeBatchResult]

        Example:
            command = batch.crm.entity.merge_batch(params={"entityTypeId": 1, "entityIds": [1]})
        """
        return cast(
            "BatchCommand[CrmEntityMergeBatchResult]",
            self._backend._invoke(_CRM_ENTITY_MERGE_BATCH, {"params": params}),
        )
