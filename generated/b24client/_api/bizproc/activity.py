"""Methods under ``bizproc.activity``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.bizproc import (
        BizprocActivityAddProperties,
        BizprocActivityAddReturnProperties,
        BizprocActivityUpdateFields,
    )

_BIZPROC_ACTIVITY_ADD = MethodInfo(
    name="bizproc.activity.add", idempotent=False, returns="boolean", api=1
)
_BIZPROC_ACTIVITY_DELETE = MethodInfo(
    name="bizproc.activity.delete", idempotent=False, returns="boolean", api=1
)
_BIZPROC_ACTIVITY_LIST = MethodInfo(
    name="bizproc.activity.list", idempotent=True, returns="any", api=1
)
_BIZPROC_ACTIVITY_LOG = MethodInfo(
    name="bizproc.activity.log", idempotent=False, returns="boolean", api=1
)
_BIZPROC_ACTIVITY_UPDATE = MethodInfo(
    name="bizproc.activity.update", idempotent=False, returns="boolean", api=1
)


class BizprocActivity(Namespace):
    """Methods under ``bizproc.activity``."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str,
        handler: str,
        auth_user_id: int | NotGiven = NOT_GIVEN,
        use_subscription: bool | NotGiven = NOT_GIVEN,
        name: dict[str, Any],
        description: dict[str, Any] | NotGiven = NOT_GIVEN,
        properties: BizprocActivityAddProperties | NotGiven = NOT_GIVEN,
        return_properties: BizprocActivityAddReturnProperties | NotGiven = NOT_GIVEN,
        document_type: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        use_placement: bool | NotGiven = NOT_GIVEN,
        placement_handler: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register an application action that workflow designers can drop into business process templates.

        CODE must be unique within the application. HANDLER must be on the domain where the application is installed.

        REST method: ``bizproc.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-add.html

        Args:
            code: Code of the action, unique within the application: a-z, A-Z, 0-9, ".", "-" and "_". Wire name: ``CODE``.
            handler: URL the action sends its data to; must be on the domain where the application is installed. Wire name: ``HANDLER``.
            auth_user_id: ID of the user whose token is passed to the application. Wire name: ``AUTH_USER_ID``.
            use_subscription: \"Y" makes the action wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off. Wire name: ``USE_SUBSCRIPTION``.
            name: Name of the action: a string or an object by language, such as {"ru": "...", "en": "..."}. Wire name: ``NAME``.
            description: Description of the action: a string or an object by language. Wire name: ``DESCRIPTION``.
            properties: Input parameters of the action, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_"). Wire name: ``PROPERTIES``.
            return_properties: Values the action returns to the process, keyed by system name; needed for waiting for the application answer. Wire name: ``RETURN_PROPERTIES``.
            document_type: Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]. Wire name: ``DOCUMENT_TYPE``.
            filter: Where the action is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise). Wire name: ``FILTER``.
            use_placement: \"Y" lets the action open extra settings in an application slider. Wire name: ``USE_PLACEMENT``.
            placement_handler: URL of the application page for the extra settings; required when USE_PLACEMENT is "Y". Wire name: ``PLACEMENT_HANDLER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.add(code="example_code", handler="https://example.com/hook", name={})
            result = await client.bizproc.activity.add(code="example_code", handler="https://example.com/hook", name={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_ACTIVITY_ADD,
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
        """Unregister an action of the application from business process templates.

        REST method: ``bizproc.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-delete.html

        Args:
            code: Code of the action to remove, as given when it was registered.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.delete(code="example_code")
            result = await client.bizproc.activity.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_BIZPROC_ACTIVITY_DELETE, {"code": code})
        )

    def list(self) -> builtins.list[str]:
        """List the codes of the actions the application has registered.

        REST method: ``bizproc.activity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-list.html

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.list()
            result = await client.bizproc.activity.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]", self._backend._invoke(_BIZPROC_ACTIVITY_LIST, {})
        )

    def log(self, *, event_token: str, log_message: str) -> bool:
        """Write a line into the business process log from an application action that is running.

        Works only while the event token is valid; an expired token gives ACCESS_DENIED.

        REST method: ``bizproc.activity.log``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-log.html

        Args:
            event_token: Event token the action handler received when the process reached the action.
            log_message: Text to write into the log.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.log(event_token="example", log_message="Please call back after 3 pm.")
            result = await client.bizproc.activity.log(event_token="example", log_message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_ACTIVITY_LOG,
                {"event_token": event_token, "log_message": log_message},
            ),
        )

    def update(self, *, code: str, fields: BizprocActivityUpdateFields) -> bool:
        """Change the handler, labels or parameters of a registered application action.

        REST method: ``bizproc.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-update.html

        Args:
            code: Code of the action to change, as given when it was registered. Wire name: ``CODE``.
            fields: New values for the action. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.update(code="example_code", fields={"HANDLER": "https://example.com/hook", "AUTH_USER_ID": 1})
            result = await client.bizproc.activity.update(code="example_code", fields={"HANDLER": "https://example.com/hook", "AUTH_USER_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_ACTIVITY_UPDATE, {"CODE": code, "FIELDS": fields}
            ),
        )


class AsyncBizprocActivity(Namespace):
    """Methods under ``bizproc.activity`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        code: str,
        handler: str,
        auth_user_id: int | NotGiven = NOT_GIVEN,
        use_subscription: bool | NotGiven = NOT_GIVEN,
        name: dict[str, Any],
        description: dict[str, Any] | NotGiven = NOT_GIVEN,
        properties: BizprocActivityAddProperties | NotGiven = NOT_GIVEN,
        return_properties: BizprocActivityAddReturnProperties | NotGiven = NOT_GIVEN,
        document_type: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        use_placement: bool | NotGiven = NOT_GIVEN,
        placement_handler: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register an application action that workflow designers can drop into business process templates.

        CODE must be unique within the application. HANDLER must be on the domain where the application is installed.

        REST method: ``bizproc.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-add.html

        Args:
            code: Code of the action, unique within the application: a-z, A-Z, 0-9, ".", "-" and "_". Wire name: ``CODE``.
            handler: URL the action sends its data to; must be on the domain where the application is installed. Wire name: ``HANDLER``.
            auth_user_id: ID of the user whose token is passed to the application. Wire name: ``AUTH_USER_ID``.
            use_subscription: \"Y" makes the action wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off. Wire name: ``USE_SUBSCRIPTION``.
            name: Name of the action: a string or an object by language, such as {"ru": "...", "en": "..."}. Wire name: ``NAME``.
            description: Description of the action: a string or an object by language. Wire name: ``DESCRIPTION``.
            properties: Input parameters of the action, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_"). Wire name: ``PROPERTIES``.
            return_properties: Values the action returns to the process, keyed by system name; needed for waiting for the application answer. Wire name: ``RETURN_PROPERTIES``.
            document_type: Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]. Wire name: ``DOCUMENT_TYPE``.
            filter: Where the action is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise). Wire name: ``FILTER``.
            use_placement: \"Y" lets the action open extra settings in an application slider. Wire name: ``USE_PLACEMENT``.
            placement_handler: URL of the application page for the extra settings; required when USE_PLACEMENT is "Y". Wire name: ``PLACEMENT_HANDLER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.add(code="example_code", handler="https://example.com/hook", name={})
            result = await client.bizproc.activity.add(code="example_code", handler="https://example.com/hook", name={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_ACTIVITY_ADD,
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
        """Unregister an action of the application from business process templates.

        REST method: ``bizproc.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-delete.html

        Args:
            code: Code of the action to remove, as given when it was registered.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.delete(code="example_code")
            result = await client.bizproc.activity.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_BIZPROC_ACTIVITY_DELETE, {"code": code})
        )

    async def list(self) -> builtins.list[str]:
        """List the codes of the actions the application has registered.

        REST method: ``bizproc.activity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-list.html

        Returns:
            list[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.list()
            result = await client.bizproc.activity.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            await self._backend._invoke(_BIZPROC_ACTIVITY_LIST, {}),
        )

    async def log(self, *, event_token: str, log_message: str) -> bool:
        """Write a line into the business process log from an application action that is running.

        Works only while the event token is valid; an expired token gives ACCESS_DENIED.

        REST method: ``bizproc.activity.log``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-log.html

        Args:
            event_token: Event token the action handler received when the process reached the action.
            log_message: Text to write into the log.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.log(event_token="example", log_message="Please call back after 3 pm.")
            result = await client.bizproc.activity.log(event_token="example", log_message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_ACTIVITY_LOG,
                {"event_token": event_token, "log_message": log_message},
            ),
        )

    async def update(self, *, code: str, fields: BizprocActivityUpdateFields) -> bool:
        """Change the handler, labels or parameters of a registered application action.

        REST method: ``bizproc.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-update.html

        Args:
            code: Code of the action to change, as given when it was registered. Wire name: ``CODE``.
            fields: New values for the action. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.activity.update(code="example_code", fields={"HANDLER": "https://example.com/hook", "AUTH_USER_ID": 1})
            result = await client.bizproc.activity.update(code="example_code", fields={"HANDLER": "https://example.com/hook", "AUTH_USER_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_ACTIVITY_UPDATE, {"CODE": code, "FIELDS": fields}
            ),
        )


class BatchBizprocActivity(Namespace):
    """Methods under ``bizproc.activity`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str | Ref,
        handler: str | Ref,
        auth_user_id: int | Ref | NotGiven = NOT_GIVEN,
        use_subscription: bool | Ref | NotGiven = NOT_GIVEN,
        name: dict[str, Any] | Ref,
        description: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        properties: BizprocActivityAddProperties | Ref | NotGiven = NOT_GIVEN,
        return_properties: (
            BizprocActivityAddReturnProperties | Ref | NotGiven
        ) = NOT_GIVEN,
        document_type: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        use_placement: bool | Ref | NotGiven = NOT_GIVEN,
        placement_handler: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Register an application action that workflow designers can drop into business process templates.

        CODE must be unique within the application. HANDLER must be on the domain where the application is installed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-add.html

        Args:
            code: Code of the action, unique within the application: a-z, A-Z, 0-9, ".", "-" and "_". Wire name: ``CODE``.
            handler: URL the action sends its data to; must be on the domain where the application is installed. Wire name: ``HANDLER``.
            auth_user_id: ID of the user whose token is passed to the application. Wire name: ``AUTH_USER_ID``.
            use_subscription: \"Y" makes the action wait for the application to answer with bizproc.event.send; only an explicit "N" turns waiting off. Wire name: ``USE_SUBSCRIPTION``.
            name: Name of the action: a string or an object by language, such as {"ru": "...", "en": "..."}. Wire name: ``NAME``.
            description: Description of the action: a string or an object by language. Wire name: ``DESCRIPTION``.
            properties: Input parameters of the action, keyed by system name (starts with a letter; a-z, A-Z, 0-9, "_"). Wire name: ``PROPERTIES``.
            return_properties: Values the action returns to the process, keyed by system name; needed for waiting for the application answer. Wire name: ``RETURN_PROPERTIES``.
            document_type: Document type that sets the data types of PROPERTIES and RETURN_PROPERTIES: [module, object, type], such as ["crm", "CCrmDocumentDeal", "DEAL"]. Wire name: ``DOCUMENT_TYPE``.
            filter: Where the action is offered: INCLUDE and/or EXCLUDE lists of document types (full or partial) or editions ("b24" cloud, "box" on-premise). Wire name: ``FILTER``.
            use_placement: \"Y" lets the action open extra settings in an application slider. Wire name: ``USE_PLACEMENT``.
            placement_handler: URL of the application page for the extra settings; required when USE_PLACEMENT is "Y". Wire name: ``PLACEMENT_HANDLER``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.activity.add(code="example_code", handler="https://example.com/hook", name={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_ACTIVITY_ADD,
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
        """Unregister an action of the application from business process templates.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-delete.html

        Args:
            code: Code of the action to remove, as given when it was registered.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.activity.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_BIZPROC_ACTIVITY_DELETE, {"code": code}),
        )

    def list(self) -> BatchCommand[builtins.list[str]]:
        """List the codes of the actions the application has registered.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.list``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-list.html

        Returns:
            BatchCommand[list[str]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.activity.list()
        """
        return cast(
            "BatchCommand[builtins.list[str]]",
            self._backend._invoke(_BIZPROC_ACTIVITY_LIST, {}),
        )

    def log(
        self, *, event_token: str | Ref, log_message: str | Ref
    ) -> BatchCommand[bool]:
        """Write a line into the business process log from an application action that is running.

        Works only while the event token is valid; an expired token gives ACCESS_DENIED.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.log``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-log.html

        Args:
            event_token: Event token the action handler received when the process reached the action.
            log_message: Text to write into the log.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.activity.log(event_token="example", log_message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_ACTIVITY_LOG,
                {"event_token": event_token, "log_message": log_message},
            ),
        )

    def update(
        self, *, code: str | Ref, fields: BizprocActivityUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the handler, labels or parameters of a registered application action.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-update.html

        Args:
            code: Code of the action to change, as given when it was registered. Wire name: ``CODE``.
            fields: New values for the action. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.activity.update(code="example_code", fields={"HANDLER": "https://example.com/hook", "AUTH_USER_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_ACTIVITY_UPDATE, {"CODE": code, "FIELDS": fields}
            ),
        )
