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
        """Register an application robot that users can add to automation rules.

        CODE must be unique within the application. HANDLER must be on the domain where the application is installed.

        REST method: ``bizproc.robot.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-add.html

        Args:
            code: Code of the robot, unique within the application: a-z, A-Z, 0-9, ".", "-" and "_". Wire name: ``CODE``.
            handler: URL the robot sends its data to; must be on the domain where the application is installed. Wire name: ``HANDLER``.
            auth_user_id: ID of the user whose token is passed to the application. Wire name: ``AUTH_USER_ID``.
            use_subscription: \"Y" makes the robot wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off. Wire name: ``USE_SUBSCRIPTION``.
            name: Name of the robot: a string or an object by language, such as {"ru": "...", "en": "..."}. Wire name: ``NAME``.
            description: Description of the robot: a string or an object by language. Wire name: ``DESCRIPTION``.
            properties: Input parameters of the robot, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_"). Wire name: ``PROPERTIES``.
            return_properties: Values the robot returns to the process, keyed by system name; needed for waiting for the application answer. Wire name: ``RETURN_PROPERTIES``.
            document_type: Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]. Wire name: ``DOCUMENT_TYPE``.
            filter: Where the robot is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise). Wire name: ``FILTER``.
            use_placement: \"Y" lets the robot open extra settings in an application slider. Wire name: ``USE_PLACEMENT``.
            placement_handler: URL of the application page for the extra settings; required when USE_PLACEMENT is "Y". Wire name: ``PLACEMENT_HANDLER``.

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
        """Unregister an application robot from automation rules.

        REST method: ``bizproc.robot.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-delete.html

        Args:
            code: Code of the robot to remove, as given when it was registered. Wire name: ``CODE``.

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
        """List the codes of the robots the application has registered.

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
        """Change the handler, labels or parameters of a registered application robot.

        REST method: ``bizproc.robot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-update.html

        Args:
            code: Code of the robot to change, as given when it was registered. Wire name: ``CODE``.
            fields: New values for the robot. Wire name: ``FIELDS``.

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
        """Register an application robot that users can add to automation rules.

        CODE must be unique within the application. HANDLER must be on the domain where the application is installed.

        REST method: ``bizproc.robot.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-add.html

        Args:
            code: Code of the robot, unique within the application: a-z, A-Z, 0-9, ".", "-" and "_". Wire name: ``CODE``.
            handler: URL the robot sends its data to; must be on the domain where the application is installed. Wire name: ``HANDLER``.
            auth_user_id: ID of the user whose token is passed to the application. Wire name: ``AUTH_USER_ID``.
            use_subscription: \"Y" makes the robot wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off. Wire name: ``USE_SUBSCRIPTION``.
            name: Name of the robot: a string or an object by language, such as {"ru": "...", "en": "..."}. Wire name: ``NAME``.
            description: Description of the robot: a string or an object by language. Wire name: ``DESCRIPTION``.
            properties: Input parameters of the robot, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_"). Wire name: ``PROPERTIES``.
            return_properties: Values the robot returns to the process, keyed by system name; needed for waiting for the application answer. Wire name: ``RETURN_PROPERTIES``.
            document_type: Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]. Wire name: ``DOCUMENT_TYPE``.
            filter: Where the robot is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise). Wire name: ``FILTER``.
            use_placement: \"Y" lets the robot open extra settings in an application slider. Wire name: ``USE_PLACEMENT``.
            placement_handler: URL of the application page for the extra settings; required when USE_PLACEMENT is "Y". Wire name: ``PLACEMENT_HANDLER``.

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
        """Unregister an application robot from automation rules.

        REST method: ``bizproc.robot.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-delete.html

        Args:
            code: Code of the robot to remove, as given when it was registered. Wire name: ``CODE``.

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
        """List the codes of the robots the application has registered.

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
        """Change the handler, labels or parameters of a registered application robot.

        REST method: ``bizproc.robot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-update.html

        Args:
            code: Code of the robot to change, as given when it was registered. Wire name: ``CODE``.
            fields: New values for the robot. Wire name: ``FIELDS``.

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
        """Register an application robot that users can add to automation rules.

        CODE must be unique within the application. HANDLER must be on the domain where the application is installed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-add.html

        Args:
            code: Code of the robot, unique within the application: a-z, A-Z, 0-9, ".", "-" and "_". Wire name: ``CODE``.
            handler: URL the robot sends its data to; must be on the domain where the application is installed. Wire name: ``HANDLER``.
            auth_user_id: ID of the user whose token is passed to the application. Wire name: ``AUTH_USER_ID``.
            use_subscription: \"Y" makes the robot wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off. Wire name: ``USE_SUBSCRIPTION``.
            name: Name of the robot: a string or an object by language, such as {"ru": "...", "en": "..."}. Wire name: ``NAME``.
            description: Description of the robot: a string or an object by language. Wire name: ``DESCRIPTION``.
            properties: Input parameters of the robot, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_"). Wire name: ``PROPERTIES``.
            return_properties: Values the robot returns to the process, keyed by system name; needed for waiting for the application answer. Wire name: ``RETURN_PROPERTIES``.
            document_type: Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]. Wire name: ``DOCUMENT_TYPE``.
            filter: Where the robot is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise). Wire name: ``FILTER``.
            use_placement: \"Y" lets the robot open extra settings in an application slider. Wire name: ``USE_PLACEMENT``.
            placement_handler: URL of the application page for the extra settings; required when USE_PLACEMENT is "Y". Wire name: ``PLACEMENT_HANDLER``.

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
        """Unregister an application robot from automation rules.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-delete.html

        Args:
            code: Code of the robot to remove, as given when it was registered. Wire name: ``CODE``.

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
        """List the codes of the robots the application has registered.

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
        """Change the handler, labels or parameters of a registered application robot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.robot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-robot-update.html

        Args:
            code: Code of the robot to change, as given when it was registered. Wire name: ``CODE``.
            fields: New values for the robot. Wire name: ``FIELDS``.

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
