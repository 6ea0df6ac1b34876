"""Methods under ``bizproc.robot``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.bizproc import (
        BizprocRobotAddProperties,
        BizprocRobotAddReturnProperties,
        BizprocRobotUpdateFields,
    )

_BIZPROC_ROBOT_ADD = MethodInfo(
    name="bizproc.robot.add", idempotent=False, returns="boolean", api=1
)
_BIZPROC_ROBOT_DELETE = MethodInfo(
    name="bizproc.robot.delete", idempotent=False, returns="boolean", api=1
)
_BIZPROC_ROBOT_LIST = MethodInfo(
    name="bizproc.robot.list", idempotent=True, returns="any", api=1
)
_BIZPROC_ROBOT_UPDATE = MethodInfo(
    name="bizproc.robot.update", idempotent=False, returns="boolean", api=1
)


class BizprocRobot(Namespace):
    """Methods under ``bizproc.robot``."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str,
        handler: str,
        auth_user_id: int | NotGiven = NOT_GIVEN,
        use_subscription: bool | NotGiven = NOT_GIVEN,
        name: str,
        description: Any | NotGiven = NOT_GIVEN,
        properties: BizprocRobotAddProperties | NotGiven = NOT_GIVEN,
        return_properties: BizprocRobotAddReturnProperties | NotGiven = NOT_GIVEN,
        document_type: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        use_placement: bool | NotGiven = NOT_GIVEN,
        placement_handler: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Add bizproc robot.

        REST method: ``bizproc.robot.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-add.html

        Args:
            code: Wire name: ``CODE``.
            handler: Wire name: ``HANDLER``.
            auth_user_id: Wire name: ``AUTH_USER_ID``.
            use_subscription: Wire name: ``USE_SUBSCRIPTION``.
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            properties: Wire name: ``PROPERTIES``.
            return_properties: Wire name: ``RETURN_PROPERTIES``.
            document_type: Wire name: ``DOCUMENT_TYPE``.
            filter: Wire name: ``FILTER``.
            use_placement: Wire name: ``USE_PLACEMENT``.
            placement_handler: Wire name: ``PLACEMENT_HANDLER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.add(code="example_code", handler="https://example.com/hook", name="Anna")
            result = await client.bizproc.robot.add(code="example_code", handler="https://example.com/hook", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_ROBOT_ADD,
                {
                    "CODE": code,
                    "HANDLER": handler,
                    "AUTH_USER_ID": auth_user_id,
                    "USE_SUBSCRIPTION": yes_no(use_subscription),
                    "NAME": name,
                    "DESCRIPTION": description,
                    "PROPERTIES": properties,
                    "RETURN_PROPERTIES": return_properties,
                    "DOCUMENT_TYPE": document_type,
                    "FILTER": filter,
                    "USE_PLACEMENT": use_placement,
                    "PLACEMENT_HANDLER": placement_handler,
                },
            ),
        )

    def delete(self, *, code: str) -> bool:
        """Delete bizproc robot.

        REST method: ``bizproc.robot.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-delete.html

        Args:
            code: Wire name: ``CODE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.delete(code="example_code")
            result = await client.bizproc.robot.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_BIZPROC_ROBOT_DELETE, {"CODE": code}))

    def list(self) -> builtins.list[str]:
        """List bizproc robot entries.

        REST method: ``bizproc.robot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-list.html

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.list()
            result = await client.bizproc.robot.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]", self._backend._invoke(_BIZPROC_ROBOT_LIST, {})
        )

    def update(self, *, code: str, fields: BizprocRobotUpdateFields) -> bool:
        """Update bizproc robot.

        REST method: ``bizproc.robot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-update.html

        Args:
            code: Wire name: ``CODE``.
            fields: Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.update(code="example_code", fields={"NAME": "Anna", "HANDLER": "https://example.com/hook"})
            result = await client.bizproc.robot.update(code="example_code", fields={"NAME": "Anna", "HANDLER": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_ROBOT_UPDATE, {"CODE": code, "FIELDS": fields}
            ),
        )


class AsyncBizprocRobot(Namespace):
    """Methods under ``bizproc.robot`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        code: str,
        handler: str,
        auth_user_id: int | NotGiven = NOT_GIVEN,
        use_subscription: bool | NotGiven = NOT_GIVEN,
        name: str,
        description: Any | NotGiven = NOT_GIVEN,
        properties: BizprocRobotAddProperties | NotGiven = NOT_GIVEN,
        return_properties: BizprocRobotAddReturnProperties | NotGiven = NOT_GIVEN,
        document_type: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        use_placement: bool | NotGiven = NOT_GIVEN,
        placement_handler: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Add bizproc robot.

        REST method: ``bizproc.robot.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-add.html

        Args:
            code: Wire name: ``CODE``.
            handler: Wire name: ``HANDLER``.
            auth_user_id: Wire name: ``AUTH_USER_ID``.
            use_subscription: Wire name: ``USE_SUBSCRIPTION``.
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            properties: Wire name: ``PROPERTIES``.
            return_properties: Wire name: ``RETURN_PROPERTIES``.
            document_type: Wire name: ``DOCUMENT_TYPE``.
            filter: Wire name: ``FILTER``.
            use_placement: Wire name: ``USE_PLACEMENT``.
            placement_handler: Wire name: ``PLACEMENT_HANDLER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.add(code="example_code", handler="https://example.com/hook", name="Anna")
            result = await client.bizproc.robot.add(code="example_code", handler="https://example.com/hook", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_ROBOT_ADD,
                {
                    "CODE": code,
                    "HANDLER": handler,
                    "AUTH_USER_ID": auth_user_id,
                    "USE_SUBSCRIPTION": yes_no(use_subscription),
                    "NAME": name,
                    "DESCRIPTION": description,
                    "PROPERTIES": properties,
                    "RETURN_PROPERTIES": return_properties,
                    "DOCUMENT_TYPE": document_type,
                    "FILTER": filter,
                    "USE_PLACEMENT": use_placement,
                    "PLACEMENT_HANDLER": placement_handler,
                },
            ),
        )

    async def delete(self, *, code: str) -> bool:
        """Delete bizproc robot.

        REST method: ``bizproc.robot.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-delete.html

        Args:
            code: Wire name: ``CODE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.delete(code="example_code")
            result = await client.bizproc.robot.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BIZPROC_ROBOT_DELETE, {"CODE": code})
        )

    async def list(self) -> builtins.list[str]:
        """List bizproc robot entries.

        REST method: ``bizproc.robot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-list.html

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.list()
            result = await client.bizproc.robot.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]", await self._backend._invoke(_BIZPROC_ROBOT_LIST, {})
        )

    async def update(self, *, code: str, fields: BizprocRobotUpdateFields) -> bool:
        """Update bizproc robot.

        REST method: ``bizproc.robot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-update.html

        Args:
            code: Wire name: ``CODE``.
            fields: Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.robot.update(code="example_code", fields={"NAME": "Anna", "HANDLER": "https://example.com/hook"})
            result = await client.bizproc.robot.update(code="example_code", fields={"NAME": "Anna", "HANDLER": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_ROBOT_UPDATE, {"CODE": code, "FIELDS": fields}
            ),
        )


class BatchBizprocRobot(Namespace):
    """Methods under ``bizproc.robot`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str | Ref,
        handler: str | Ref,
        auth_user_id: int | Ref | NotGiven = NOT_GIVEN,
        use_subscription: bool | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref,
        description: Any | Ref | NotGiven = NOT_GIVEN,
        properties: BizprocRobotAddProperties | Ref | NotGiven = NOT_GIVEN,
        return_properties: BizprocRobotAddReturnProperties | Ref | NotGiven = NOT_GIVEN,
        document_type: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        use_placement: bool | Ref | NotGiven = NOT_GIVEN,
        placement_handler: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Add bizproc robot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-add.html

        Args:
            code: Wire name: ``CODE``.
            handler: Wire name: ``HANDLER``.
            auth_user_id: Wire name: ``AUTH_USER_ID``.
            use_subscription: Wire name: ``USE_SUBSCRIPTION``.
            name: Wire name: ``NAME``.
            description: Wire name: ``DESCRIPTION``.
            properties: Wire name: ``PROPERTIES``.
            return_properties: Wire name: ``RETURN_PROPERTIES``.
            document_type: Wire name: ``DOCUMENT_TYPE``.
            filter: Wire name: ``FILTER``.
            use_placement: Wire name: ``USE_PLACEMENT``.
            placement_handler: Wire name: ``PLACEMENT_HANDLER``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.robot.add(code="example_code", handler="https://example.com/hook", name="Anna")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_ROBOT_ADD,
                {
                    "CODE": code,
                    "HANDLER": handler,
                    "AUTH_USER_ID": auth_user_id,
                    "USE_SUBSCRIPTION": yes_no(use_subscription),
                    "NAME": name,
                    "DESCRIPTION": description,
                    "PROPERTIES": properties,
                    "RETURN_PROPERTIES": return_properties,
                    "DOCUMENT_TYPE": document_type,
                    "FILTER": filter,
                    "USE_PLACEMENT": use_placement,
                    "PLACEMENT_HANDLER": placement_handler,
                },
            ),
        )

    def delete(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Delete bizproc robot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-delete.html

        Args:
            code: Wire name: ``CODE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.robot.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BIZPROC_ROBOT_DELETE, {"CODE": code}),
        )

    def list(self) -> BatchCommand[builtins.list[str]]:
        """List bizproc robot entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-list.html

        Returns:
            BatchCommand[list[str]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.robot.list()
        """
        return cast(
            "BatchCommand[builtins.list[str]]",
            self._backend._invoke(_BIZPROC_ROBOT_LIST, {}),
        )

    def update(
        self, *, code: str | Ref, fields: BizprocRobotUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Update bizproc robot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-update.html

        Args:
            code: Wire name: ``CODE``.
            fields: Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.robot.update(code="example_code", fields={"NAME": "Anna", "HANDLER": "https://example.com/hook"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_ROBOT_UPDATE, {"CODE": code, "FIELDS": fields}
            ),
        )
