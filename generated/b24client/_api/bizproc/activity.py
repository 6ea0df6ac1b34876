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
        """Add bizproc activity.

        REST method: ``bizproc.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-add.html

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
        """Delete bizproc activity.

        REST method: ``bizproc.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-delete.html

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
        """List bizproc activity entries.

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
        """Call log on bizproc activity.

        REST method: ``bizproc.activity.log``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-log.html

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
        """Update bizproc activity.

        REST method: ``bizproc.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-update.html

        Args:
            code: Wire name: ``CODE``.
            fields: Wire name: ``FIELDS``.

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
        """Add bizproc activity.

        REST method: ``bizproc.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-add.html

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
        """Delete bizproc activity.

        REST method: ``bizproc.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-delete.html

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
        """List bizproc activity entries.

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
        """Call log on bizproc activity.

        REST method: ``bizproc.activity.log``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-log.html

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
        """Update bizproc activity.

        REST method: ``bizproc.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-update.html

        Args:
            code: Wire name: ``CODE``.
            fields: Wire name: ``FIELDS``.

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
        """Add bizproc activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.add``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-add.html

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
        """Delete bizproc activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-delete.html

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
        """List bizproc activity entries.

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
        """Call log on bizproc activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.log``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-log.html

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
        """Update bizproc activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.activity.update``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-activity/bizproc-activity-update.html

        Args:
            code: Wire name: ``CODE``.
            fields: Wire name: ``FIELDS``.

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
