"""Methods under ``bizproc``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.bizproc.activity import (
        AsyncBizprocActivity,
        BatchBizprocActivity,
        BizprocActivity,
    )
    from b24client._api.bizproc.event import (
        AsyncBizprocEvent,
        BatchBizprocEvent,
        BizprocEvent,
    )
    from b24client._api.bizproc.robot import (
        AsyncBizprocRobot,
        BatchBizprocRobot,
        BizprocRobot,
    )
    from b24client._api.bizproc.task import (
        AsyncBizprocTask,
        BatchBizprocTask,
        BizprocTask,
    )
    from b24client._api.bizproc.workflow import (
        AsyncBizprocWorkflow,
        BatchBizprocWorkflow,
        BizprocWorkflow,
    )


class Bizproc(Namespace):
    """Methods under ``bizproc``."""

    __slots__ = ()

    @property
    def activity(self) -> BizprocActivity:
        """Methods under ``bizproc.activity``."""
        from b24client._api.bizproc.activity import BizprocActivity

        return BizprocActivity(self._backend)

    @property
    def event(self) -> BizprocEvent:
        """Methods under ``bizproc.event``."""
        from b24client._api.bizproc.event import BizprocEvent

        return BizprocEvent(self._backend)

    @property
    def robot(self) -> BizprocRobot:
        """Methods under ``bizproc.robot``."""
        from b24client._api.bizproc.robot import BizprocRobot

        return BizprocRobot(self._backend)

    @property
    def task(self) -> BizprocTask:
        """Methods under ``bizproc.task``."""
        from b24client._api.bizproc.task import BizprocTask

        return BizprocTask(self._backend)

    @property
    def workflow(self) -> BizprocWorkflow:
        """Methods under ``bizproc.workflow``."""
        from b24client._api.bizproc.workflow import BizprocWorkflow

        return BizprocWorkflow(self._backend)


class AsyncBizproc(Namespace):
    """Methods under ``bizproc`` (async)."""

    __slots__ = ()

    @property
    def activity(self) -> AsyncBizprocActivity:
        """Methods under ``bizproc.activity``."""
        from b24client._api.bizproc.activity import AsyncBizprocActivity

        return AsyncBizprocActivity(self._backend)

    @property
    def event(self) -> AsyncBizprocEvent:
        """Methods under ``bizproc.event``."""
        from b24client._api.bizproc.event import AsyncBizprocEvent

        return AsyncBizprocEvent(self._backend)

    @property
    def robot(self) -> AsyncBizprocRobot:
        """Methods under ``bizproc.robot``."""
        from b24client._api.bizproc.robot import AsyncBizprocRobot

        return AsyncBizprocRobot(self._backend)

    @property
    def task(self) -> AsyncBizprocTask:
        """Methods under ``bizproc.task``."""
        from b24client._api.bizproc.task import AsyncBizprocTask

        return AsyncBizprocTask(self._backend)

    @property
    def workflow(self) -> AsyncBizprocWorkflow:
        """Methods under ``bizproc.workflow``."""
        from b24client._api.bizproc.workflow import AsyncBizprocWorkflow

        return AsyncBizprocWorkflow(self._backend)


class BatchBizproc(Namespace):
    """Methods under ``bizproc`` (queued into a batch)."""

    __slots__ = ()

    @property
    def activity(self) -> BatchBizprocActivity:
        """Methods under ``bizproc.activity``."""
        from b24client._api.bizproc.activity import BatchBizprocActivity

        return BatchBizprocActivity(self._backend)

    @property
    def event(self) -> BatchBizprocEvent:
        """Methods under ``bizproc.event``."""
        from b24client._api.bizproc.event import BatchBizprocEvent

        return BatchBizprocEvent(self._backend)

    @property
    def robot(self) -> BatchBizprocRobot:
        """Methods under ``bizproc.robot``."""
        from b24client._api.bizproc.robot import BatchBizprocRobot

        return BatchBizprocRobot(self._backend)

    @property
    def task(self) -> BatchBizprocTask:
        """Methods under ``bizproc.task``."""
        from b24client._api.bizproc.task import BatchBizprocTask

        return BatchBizprocTask(self._backend)

    @property
    def workflow(self) -> BatchBizprocWorkflow:
        """Methods under ``bizproc.workflow``."""
        from b24client._api.bizproc.workflow import BatchBizprocWorkflow

        return BatchBizprocWorkflow(self._backend)
