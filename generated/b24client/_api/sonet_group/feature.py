"""Methods under ``sonet_group.feature``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_SONET_GROUP_FEATURE_ACCESS = MethodInfo(
    name="sonet_group.feature.access", idempotent=False, returns="boolean", api=1
)


class SonetGroupFeature(Namespace):
    """Methods under ``sonet_group.feature``."""

    __slots__ = ()

    def access(
        self,
        *,
        group_id: int,
        feature: Literal["photo", "calendar", "tasks", "files", "blog"],
        operation: str,
    ) -> bool:
        """Check whether the current user may perform an action in a group tool such as tasks or files.

        Returns false when the action is not allowed.

        REST method: ``sonet_group.feature.access``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-feature-access.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            feature: Group tool code: "photo", "calendar", "tasks", "files" or "blog"; more may exist depending on installed modules. Wire name: ``FEATURE``.
            operation: Action code within the tool, such as "view" or "write"; tasks also accept "view_all", "sort", "create_tasks", "edit_tasks", "delete_tasks", blog accepts "view_post", "write_post", "moderate_post", "full_post", "write_comment" and similar. Wire name: ``OPERATION``.

        Returns:
            bool

        Example:
            result = client.sonet_group.feature.access(group_id=1, feature="photo", operation="example")
            result = await client.sonet_group.feature.access(group_id=1, feature="photo", operation="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SONET_GROUP_FEATURE_ACCESS,
                {"GROUP_ID": group_id, "FEATURE": feature, "OPERATION": operation},
            ),
        )


class AsyncSonetGroupFeature(Namespace):
    """Methods under ``sonet_group.feature`` (async)."""

    __slots__ = ()

    async def access(
        self,
        *,
        group_id: int,
        feature: Literal["photo", "calendar", "tasks", "files", "blog"],
        operation: str,
    ) -> bool:
        """Check whether the current user may perform an action in a group tool such as tasks or files.

        Returns false when the action is not allowed.

        REST method: ``sonet_group.feature.access``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-feature-access.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            feature: Group tool code: "photo", "calendar", "tasks", "files" or "blog"; more may exist depending on installed modules. Wire name: ``FEATURE``.
            operation: Action code within the tool, such as "view" or "write"; tasks also accept "view_all", "sort", "create_tasks", "edit_tasks", "delete_tasks", blog accepts "view_post", "write_post", "moderate_post", "full_post", "write_comment" and similar. Wire name: ``OPERATION``.

        Returns:
            bool

        Example:
            result = client.sonet_group.feature.access(group_id=1, feature="photo", operation="example")
            result = await client.sonet_group.feature.access(group_id=1, feature="photo", operation="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SONET_GROUP_FEATURE_ACCESS,
                {"GROUP_ID": group_id, "FEATURE": feature, "OPERATION": operation},
            ),
        )


class BatchSonetGroupFeature(Namespace):
    """Methods under ``sonet_group.feature`` (queued into a batch)."""

    __slots__ = ()

    def access(
        self,
        *,
        group_id: int | Ref,
        feature: Literal["photo", "calendar", "tasks", "files", "blog"] | Ref,
        operation: str | Ref,
    ) -> BatchCommand[bool]:
        """Check whether the current user may perform an action in a group tool such as tasks or files.

        Returns false when the action is not allowed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sonet_group.feature.access``
        Docs: https://apidocs.bitrix24.com/api-reference/sonet-group/sonet-group-feature-access.html

        Args:
            group_id: ID of the workgroup or project, as returned by sonet_group.get. Wire name: ``GROUP_ID``.
            feature: Group tool code: "photo", "calendar", "tasks", "files" or "blog"; more may exist depending on installed modules. Wire name: ``FEATURE``.
            operation: Action code within the tool, such as "view" or "write"; tasks also accept "view_all", "sort", "create_tasks", "edit_tasks", "delete_tasks", blog accepts "view_post", "write_post", "moderate_post", "full_post", "write_comment" and similar. Wire name: ``OPERATION``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sonet_group.feature.access(group_id=1, feature="photo", operation="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SONET_GROUP_FEATURE_ACCESS,
                {"GROUP_ID": group_id, "FEATURE": feature, "OPERATION": operation},
            ),
        )
