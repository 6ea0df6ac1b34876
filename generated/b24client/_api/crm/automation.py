"""Methods under ``crm.automation``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_CRM_AUTOMATION_TRIGGER = MethodInfo(
    name="crm.automation.trigger", idempotent=False, returns="boolean", api=1
)
_CRM_AUTOMATION_TRIGGER_ADD = MethodInfo(
    name="crm.automation.trigger.add", idempotent=False, returns="boolean", api=1
)
_CRM_AUTOMATION_TRIGGER_DELETE = MethodInfo(
    name="crm.automation.trigger.delete", idempotent=False, returns="boolean", api=1
)
_CRM_AUTOMATION_TRIGGER_EXECUTE = MethodInfo(
    name="crm.automation.trigger.execute", idempotent=False, returns="boolean", api=1
)
_CRM_AUTOMATION_TRIGGER_LIST = MethodInfo(
    name="crm.automation.trigger.list", idempotent=True, returns="any", api=1
)


class CrmAutomation(Namespace):
    """Methods under ``crm.automation``."""

    __slots__ = ()

    @property
    def trigger(self) -> CrmAutomationTrigger:
        """Methods under ``crm.automation.trigger``."""
        return CrmAutomationTrigger(self._backend)


class AsyncCrmAutomation(Namespace):
    """Methods under ``crm.automation`` (async)."""

    __slots__ = ()

    @property
    def trigger(self) -> AsyncCrmAutomationTrigger:
        """Methods under ``crm.automation.trigger``."""
        return AsyncCrmAutomationTrigger(self._backend)


class BatchCrmAutomation(Namespace):
    """Methods under ``crm.automation`` (queued into a batch)."""

    __slots__ = ()

    @property
    def trigger(self) -> BatchCrmAutomationTrigger:
        """Methods under ``crm.automation.trigger``."""
        return BatchCrmAutomationTrigger(self._backend)


class CrmAutomationTrigger(Namespace):
    """Methods under ``crm.automation.trigger``."""

    __slots__ = ()

    def __call__(self, *, target: str, code: str | NotGiven = NOT_GIVEN) -> bool:
        """Fire the incoming-webhook automation trigger for a CRM item to move it to another stage.

        When several triggers match the target (no code given, or a shared code), the one that sets the earliest stage runs. Trigger conditions and the back-to-previous-stage option still apply.

        REST method: ``crm.automation.trigger``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/crm-automation-trigger.html

        Args:
            target: CRM item to run the trigger for, as TYPENAME_ID, such as "LEAD_25".
            code: Code of the trigger set up for the wanted stage; taken from the trigger settings.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger(target="example")
            result = await client.crm.automation.trigger(target="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER, {"target": target, "code": code}
            ),
        )

    def add(self, *, code: str, name: str) -> bool:
        """Register an app trigger that robots and automation rules can wait for.

        Works only in the context of an application; the trigger belongs to it. Passing an existing CODE renames that trigger instead of adding one.

        REST method: ``crm.automation.trigger.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-add.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.
            name: Name of the trigger shown in automation settings. Wire name: ``NAME``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.add(code="example_code", name="Anna")
            result = await client.crm.automation.trigger.add(code="example_code", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER_ADD, {"CODE": code, "NAME": name}
            ),
        )

    def delete(self, *, code: str) -> bool:
        """Unregister an app trigger by its code.

        REST method: ``crm.automation.trigger.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-delete.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.delete(code="example_code")
            result = await client.crm.automation.trigger.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_AUTOMATION_TRIGGER_DELETE, {"CODE": code})
        )

    def execute(self, *, code: str, owner_type_id: int, owner_id: int) -> bool:
        """Fire an app trigger for one CRM item so its automation rules run.

        Works only in the context of an application. Triggers exist for leads, deals, quotes, invoices and smart processes.

        REST method: ``crm.automation.trigger.execute``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-execute.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.
            owner_type_id: Type of the CRM item, such as 1 for a lead (see crm.enum.ownertype). Wire name: ``OWNER_TYPE_ID``.
            owner_id: ID of the CRM item. Wire name: ``OWNER_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.execute(code="example_code", owner_type_id=1, owner_id=1)
            result = await client.crm.automation.trigger.execute(code="example_code", owner_type_id=1, owner_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER_EXECUTE,
                {"CODE": code, "OWNER_TYPE_ID": owner_type_id, "OWNER_ID": owner_id},
            ),
        )

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> builtins.list[Any]:
        """List app-registered automation triggers together with their applications.

        Works only in the context of an application.

        REST method: ``crm.automation.trigger.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.list()
            result = await client.crm.automation.trigger.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            self._backend._invoke(_CRM_AUTOMATION_TRIGGER_LIST, {"start": start}),
        )


class AsyncCrmAutomationTrigger(Namespace):
    """Methods under ``crm.automation.trigger`` (async)."""

    __slots__ = ()

    async def __call__(self, *, target: str, code: str | NotGiven = NOT_GIVEN) -> bool:
        """Fire the incoming-webhook automation trigger for a CRM item to move it to another stage.

        When several triggers match the target (no code given, or a shared code), the one that sets the earliest stage runs. Trigger conditions and the back-to-previous-stage option still apply.

        REST method: ``crm.automation.trigger``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/crm-automation-trigger.html

        Args:
            target: CRM item to run the trigger for, as TYPENAME_ID, such as "LEAD_25".
            code: Code of the trigger set up for the wanted stage; taken from the trigger settings.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger(target="example")
            result = await client.crm.automation.trigger(target="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER, {"target": target, "code": code}
            ),
        )

    async def add(self, *, code: str, name: str) -> bool:
        """Register an app trigger that robots and automation rules can wait for.

        Works only in the context of an application; the trigger belongs to it. Passing an existing CODE renames that trigger instead of adding one.

        REST method: ``crm.automation.trigger.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-add.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.
            name: Name of the trigger shown in automation settings. Wire name: ``NAME``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.add(code="example_code", name="Anna")
            result = await client.crm.automation.trigger.add(code="example_code", name="Anna")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER_ADD, {"CODE": code, "NAME": name}
            ),
        )

    async def delete(self, *, code: str) -> bool:
        """Unregister an app trigger by its code.

        REST method: ``crm.automation.trigger.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-delete.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.delete(code="example_code")
            result = await client.crm.automation.trigger.delete(code="example_code")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_AUTOMATION_TRIGGER_DELETE, {"CODE": code}),
        )

    async def execute(self, *, code: str, owner_type_id: int, owner_id: int) -> bool:
        """Fire an app trigger for one CRM item so its automation rules run.

        Works only in the context of an application. Triggers exist for leads, deals, quotes, invoices and smart processes.

        REST method: ``crm.automation.trigger.execute``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-execute.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.
            owner_type_id: Type of the CRM item, such as 1 for a lead (see crm.enum.ownertype). Wire name: ``OWNER_TYPE_ID``.
            owner_id: ID of the CRM item. Wire name: ``OWNER_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.execute(code="example_code", owner_type_id=1, owner_id=1)
            result = await client.crm.automation.trigger.execute(code="example_code", owner_type_id=1, owner_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER_EXECUTE,
                {"CODE": code, "OWNER_TYPE_ID": owner_type_id, "OWNER_ID": owner_id},
            ),
        )

    async def list(self, *, start: int | NotGiven = NOT_GIVEN) -> builtins.list[Any]:
        """List app-registered automation triggers together with their applications.

        Works only in the context of an application.

        REST method: ``crm.automation.trigger.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            list[Any]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.automation.trigger.list()
            result = await client.crm.automation.trigger.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            await self._backend._invoke(_CRM_AUTOMATION_TRIGGER_LIST, {"start": start}),
        )


class BatchCrmAutomationTrigger(Namespace):
    """Methods under ``crm.automation.trigger`` (queued into a batch)."""

    __slots__ = ()

    def __call__(
        self, *, target: str | Ref, code: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Fire the incoming-webhook automation trigger for a CRM item to move it to another stage.

        When several triggers match the target (no code given, or a shared code), the one that sets the earliest stage runs. Trigger conditions and the back-to-previous-stage option still apply.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automation.trigger``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/crm-automation-trigger.html

        Args:
            target: CRM item to run the trigger for, as TYPENAME_ID, such as "LEAD_25".
            code: Code of the trigger set up for the wanted stage; taken from the trigger settings.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automation.trigger(target="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER, {"target": target, "code": code}
            ),
        )

    def add(self, *, code: str | Ref, name: str | Ref) -> BatchCommand[bool]:
        """Register an app trigger that robots and automation rules can wait for.

        Works only in the context of an application; the trigger belongs to it. Passing an existing CODE renames that trigger instead of adding one.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automation.trigger.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-add.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.
            name: Name of the trigger shown in automation settings. Wire name: ``NAME``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automation.trigger.add(code="example_code", name="Anna")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER_ADD, {"CODE": code, "NAME": name}
            ),
        )

    def delete(self, *, code: str | Ref) -> BatchCommand[bool]:
        """Unregister an app trigger by its code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automation.trigger.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-delete.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automation.trigger.delete(code="example_code")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_AUTOMATION_TRIGGER_DELETE, {"CODE": code}),
        )

    def execute(
        self, *, code: str | Ref, owner_type_id: int | Ref, owner_id: int | Ref
    ) -> BatchCommand[bool]:
        """Fire an app trigger for one CRM item so its automation rules run.

        Works only in the context of an application. Triggers exist for leads, deals, quotes, invoices and smart processes.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automation.trigger.execute``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-execute.html

        Args:
            code: Code of the trigger, unique within the app; letters a-z, digits, dot, dash and underscore. Wire name: ``CODE``.
            owner_type_id: Type of the CRM item, such as 1 for a lead (see crm.enum.ownertype). Wire name: ``OWNER_TYPE_ID``.
            owner_id: ID of the CRM item. Wire name: ``OWNER_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automation.trigger.execute(code="example_code", owner_type_id=1, owner_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_AUTOMATION_TRIGGER_EXECUTE,
                {"CODE": code, "OWNER_TYPE_ID": owner_type_id, "OWNER_ID": owner_id},
            ),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[Any]]:
        """List app-registered automation triggers together with their applications.

        Works only in the context of an application.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.automation.trigger.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/crm-automation-trigger-list.html

        Args:
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[Any]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.automation.trigger.list()
        """
        return cast(
            "BatchCommand[builtins.list[Any]]",
            self._backend._invoke(_CRM_AUTOMATION_TRIGGER_LIST, {"start": start}),
        )
