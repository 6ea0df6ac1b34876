"""Methods under ``crm.tracking``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import CrmTrackingTraceAddEntities

_CRM_TRACKING_TRACE_ADD = MethodInfo(
    name="crm.tracking.trace.add", idempotent=False, returns="integer", api=1
)
_CRM_TRACKING_TRACE_DELETE = MethodInfo(
    name="crm.tracking.trace.delete", idempotent=False, returns="any", api=1
)


class CrmTracking(Namespace):
    """Methods under ``crm.tracking``."""

    __slots__ = ()

    @property
    def trace(self) -> CrmTrackingTrace:
        """Methods under ``crm.tracking.trace``."""
        return CrmTrackingTrace(self._backend)


class AsyncCrmTracking(Namespace):
    """Methods under ``crm.tracking`` (async)."""

    __slots__ = ()

    @property
    def trace(self) -> AsyncCrmTrackingTrace:
        """Methods under ``crm.tracking.trace``."""
        return AsyncCrmTrackingTrace(self._backend)


class BatchCrmTracking(Namespace):
    """Methods under ``crm.tracking`` (queued into a batch)."""

    __slots__ = ()

    @property
    def trace(self) -> BatchCrmTrackingTrace:
        """Methods under ``crm.tracking.trace``."""
        return BatchCrmTrackingTrace(self._backend)


class CrmTrackingTrace(Namespace):
    """Methods under ``crm.tracking.trace``."""

    __slots__ = ()

    def add(
        self,
        *,
        trace: str,
        entities: Sequence[CrmTrackingTraceAddEntities] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Record where a visitor came from (UTM tags, channel) and tie it to CRM items for analytics.

        Without ENTITIES the trace is stored without links to CRM items. Returns the trace ID.

        REST method: ``crm.tracking.trace.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/tracking/crm-tracking-trace-add.html

        Args:
            trace: JSON string with the trace, as returned by b24Tracker.guest.getTrace() on the site; built by hand, UTM tags go in tags.list, such as {"tags": {"list": {"utm_source": "google"}}}. Wire name: ``TRACE``.
            entities: CRM items to link the trace to. Wire name: ``ENTITIES``.

        Returns:
            int

        Example:
            result = client.crm.tracking.trace.add(trace="example")
            result = await client.crm.tracking.trace.add(trace="example")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_TRACKING_TRACE_ADD, {"TRACE": trace, "ENTITIES": entities}
            ),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a sales-analytics trace recorded with crm.tracking.trace.add.

        REST method: ``crm.tracking.trace.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/tracking/crm-tracking-trace-delete.html

        Args:
            id: ID of the trace.

        Returns:
            Any

        Example:
            result = client.crm.tracking.trace.delete(id=1)
            result = await client.crm.tracking.trace.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_TRACKING_TRACE_DELETE, {"id": id})


class AsyncCrmTrackingTrace(Namespace):
    """Methods under ``crm.tracking.trace`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        trace: str,
        entities: Sequence[CrmTrackingTraceAddEntities] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Record where a visitor came from (UTM tags, channel) and tie it to CRM items for analytics.

        Without ENTITIES the trace is stored without links to CRM items. Returns the trace ID.

        REST method: ``crm.tracking.trace.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/tracking/crm-tracking-trace-add.html

        Args:
            trace: JSON string with the trace, as returned by b24Tracker.guest.getTrace() on the site; built by hand, UTM tags go in tags.list, such as {"tags": {"list": {"utm_source": "google"}}}. Wire name: ``TRACE``.
            entities: CRM items to link the trace to. Wire name: ``ENTITIES``.

        Returns:
            int

        Example:
            result = client.crm.tracking.trace.add(trace="example")
            result = await client.crm.tracking.trace.add(trace="example")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_TRACKING_TRACE_ADD, {"TRACE": trace, "ENTITIES": entities}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a sales-analytics trace recorded with crm.tracking.trace.add.

        REST method: ``crm.tracking.trace.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/tracking/crm-tracking-trace-delete.html

        Args:
            id: ID of the trace.

        Returns:
            Any

        Example:
            result = client.crm.tracking.trace.delete(id=1)
            result = await client.crm.tracking.trace.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_TRACKING_TRACE_DELETE, {"id": id})


class BatchCrmTrackingTrace(Namespace):
    """Methods under ``crm.tracking.trace`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        trace: str | Ref,
        entities: Sequence[CrmTrackingTraceAddEntities] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Record where a visitor came from (UTM tags, channel) and tie it to CRM items for analytics.

        Without ENTITIES the trace is stored without links to CRM items. Returns the trace ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.tracking.trace.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/tracking/crm-tracking-trace-add.html

        Args:
            trace: JSON string with the trace, as returned by b24Tracker.guest.getTrace() on the site; built by hand, UTM tags go in tags.list, such as {"tags": {"list": {"utm_source": "google"}}}. Wire name: ``TRACE``.
            entities: CRM items to link the trace to. Wire name: ``ENTITIES``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.tracking.trace.add(trace="example")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_TRACKING_TRACE_ADD, {"TRACE": trace, "ENTITIES": entities}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a sales-analytics trace recorded with crm.tracking.trace.add.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.tracking.trace.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/tracking/crm-tracking-trace-delete.html

        Args:
            id: ID of the trace.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.crm.tracking.trace.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_TRACKING_TRACE_DELETE, {"id": id}),
        )
