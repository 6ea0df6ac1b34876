"""Methods under ``sale.paysystem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.sale import (
        SalePaysystem as _SalePaysystem,
        SalePaysystemHandler as _SalePaysystemHandler,
        SalePaysystemHandlerAddSettings,
        SalePaysystemHandlerUpdateFields,
        SalePaysystemSettings as _SalePaysystemSettings,
        SalePaysystemSettingsInvoice as _SalePaysystemSettingsInvoice,
        SalePaysystemSettingsPayment as _SalePaysystemSettingsPayment,
        SalePaysystemSettingsUpdateSettings,
        SalePaysystemUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_SALE_PAYSYSTEM_ADD = MethodInfo(
    name="sale.paysystem.add", idempotent=False, returns="integer", api=1
)
_SALE_PAYSYSTEM_DELETE = MethodInfo(
    name="sale.paysystem.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_LIST = MethodInfo(
    name="sale.paysystem.list", idempotent=True, returns="any", api=1
)
_SALE_PAYSYSTEM_UPDATE = MethodInfo(
    name="sale.paysystem.update", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_HANDLER_ADD = MethodInfo(
    name="sale.paysystem.handler.add", idempotent=False, returns="integer", api=1
)
_SALE_PAYSYSTEM_HANDLER_DELETE = MethodInfo(
    name="sale.paysystem.handler.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_HANDLER_LIST = MethodInfo(
    name="sale.paysystem.handler.list", idempotent=True, returns="any", api=1
)
_SALE_PAYSYSTEM_HANDLER_UPDATE = MethodInfo(
    name="sale.paysystem.handler.update", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_PAY_INVOICE = MethodInfo(
    name="sale.paysystem.pay.invoice", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_PAY_PAYMENT = MethodInfo(
    name="sale.paysystem.pay.payment", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_SETTINGS_GET = MethodInfo(
    name="sale.paysystem.settings.get", idempotent=True, returns="any", api=1
)
_SALE_PAYSYSTEM_SETTINGS_UPDATE = MethodInfo(
    name="sale.paysystem.settings.update", idempotent=False, returns="boolean", api=1
)
_SALE_PAYSYSTEM_SETTINGS_INVOICE_GET = MethodInfo(
    name="sale.paysystem.settings.invoice.get", idempotent=True, returns="any", api=1
)
_SALE_PAYSYSTEM_SETTINGS_PAYMENT_GET = MethodInfo(
    name="sale.paysystem.settings.payment.get", idempotent=True, returns="any", api=1
)


class SalePaysystem(Namespace):
    """Methods under ``sale.paysystem``."""

    __slots__ = ()

    @property
    def handler(self) -> SalePaysystemHandler:
        """Methods under ``sale.paysystem.handler``."""
        return SalePaysystemHandler(self._backend)

    @property
    def pay(self) -> SalePaysystemPay:
        """Methods under ``sale.paysystem.pay``."""
        return SalePaysystemPay(self._backend)

    @property
    def settings(self) -> SalePaysystemSettings:
        """Methods under ``sale.paysystem.settings``."""
        return SalePaysystemSettings(self._backend)

    def add(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        person_type_id: int,
        bx_rest_handler: str,
        active: bool | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
        entity_registry_type: str | NotGiven = NOT_GIVEN,
        logotype: str | NotGiven = NOT_GIVEN,
        new_window: bool | NotGiven = NOT_GIVEN,
        xml_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a payment system that takes payments through a REST payment handler; returns its ID.

        REST method: ``sale.paysystem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-add.html

        Args:
            name: Payment system name. Wire name: ``NAME``.
            description: Payment system description. Wire name: ``DESCRIPTION``.
            person_type_id: ID of the payer type (sale.persontype.list); it must belong to the same binding as ENTITY_REGISTRY_TYPE. Wire name: ``PERSON_TYPE_ID``.
            bx_rest_handler: Code of the REST payment handler, as given to sale.paysystem.handler.add. Wire name: ``BX_REST_HANDLER``.
            active: \"Y" if the payment system is active; "N" when omitted. Wire name: ``ACTIVE``.
            settings: Handler setting values as {setting code: {"TYPE": source, "VALUE": value}}; TYPE is "ORDER", "PROPERTY", "PAYMENT", "USER", "VALUE" or "Y/N". Wire name: ``SETTINGS``.
            entity_registry_type: What the payment system serves: "ORDER" (store orders, deals, smart processes), "CRM_INVOICE" (CRM invoices, the default) or "CRM_QUOTE" (CRM estimates). Wire name: ``ENTITY_REGISTRY_TYPE``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.
            new_window: \"Y" to open the payment page in a new window; "N" when omitted. Wire name: ``NEW_WINDOW``.
            xml_id: External ID of the payment system; can be used to filter sale.paysystem.list. Wire name: ``XML_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.add(name="Anna", person_type_id=1, bx_rest_handler="https://example.com/hook")
            result = await client.sale.paysystem.add(name="Anna", person_type_id=1, bx_rest_handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SALE_PAYSYSTEM_ADD,
                {
                    "NAME": name,
                    "DESCRIPTION": description,
                    "PERSON_TYPE_ID": person_type_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                    "ACTIVE": yes_no(active),
                    "SETTINGS": settings,
                    "ENTITY_REGISTRY_TYPE": entity_registry_type,
                    "LOGOTYPE": logotype,
                    "NEW_WINDOW": yes_no(new_window),
                    "XML_ID": xml_id,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a payment system from the portal.

        REST method: ``sale.paysystem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-delete.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.delete(id=1)
            result = await client.sale.paysystem.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PAYSYSTEM_DELETE, {"ID": id}))

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_SalePaysystem]:
        """List payment systems with their handler, payer type and activity.

        REST method: ``sale.paysystem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-list.html

        Args:
            select: Fields to return; omitted or empty returns every field. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

        Returns:
            list[SalePaysystem]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.list()
            result = await client.sale.paysystem.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SalePaysystem]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePaysystemUpdateFields | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the name, handler, logo or activity of a payment system.

        REST method: ``sale.paysystem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-update.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.update(id=1, fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})
            result = await client.sale.paysystem.update(id=1, fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_SALE_PAYSYSTEM_UPDATE, {"ID": id, "FIELDS": fields}),
        )


class AsyncSalePaysystem(Namespace):
    """Methods under ``sale.paysystem`` (async)."""

    __slots__ = ()

    @property
    def handler(self) -> AsyncSalePaysystemHandler:
        """Methods under ``sale.paysystem.handler``."""
        return AsyncSalePaysystemHandler(self._backend)

    @property
    def pay(self) -> AsyncSalePaysystemPay:
        """Methods under ``sale.paysystem.pay``."""
        return AsyncSalePaysystemPay(self._backend)

    @property
    def settings(self) -> AsyncSalePaysystemSettings:
        """Methods under ``sale.paysystem.settings``."""
        return AsyncSalePaysystemSettings(self._backend)

    async def add(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        person_type_id: int,
        bx_rest_handler: str,
        active: bool | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
        entity_registry_type: str | NotGiven = NOT_GIVEN,
        logotype: str | NotGiven = NOT_GIVEN,
        new_window: bool | NotGiven = NOT_GIVEN,
        xml_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a payment system that takes payments through a REST payment handler; returns its ID.

        REST method: ``sale.paysystem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-add.html

        Args:
            name: Payment system name. Wire name: ``NAME``.
            description: Payment system description. Wire name: ``DESCRIPTION``.
            person_type_id: ID of the payer type (sale.persontype.list); it must belong to the same binding as ENTITY_REGISTRY_TYPE. Wire name: ``PERSON_TYPE_ID``.
            bx_rest_handler: Code of the REST payment handler, as given to sale.paysystem.handler.add. Wire name: ``BX_REST_HANDLER``.
            active: \"Y" if the payment system is active; "N" when omitted. Wire name: ``ACTIVE``.
            settings: Handler setting values as {setting code: {"TYPE": source, "VALUE": value}}; TYPE is "ORDER", "PROPERTY", "PAYMENT", "USER", "VALUE" or "Y/N". Wire name: ``SETTINGS``.
            entity_registry_type: What the payment system serves: "ORDER" (store orders, deals, smart processes), "CRM_INVOICE" (CRM invoices, the default) or "CRM_QUOTE" (CRM estimates). Wire name: ``ENTITY_REGISTRY_TYPE``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.
            new_window: \"Y" to open the payment page in a new window; "N" when omitted. Wire name: ``NEW_WINDOW``.
            xml_id: External ID of the payment system; can be used to filter sale.paysystem.list. Wire name: ``XML_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.add(name="Anna", person_type_id=1, bx_rest_handler="https://example.com/hook")
            result = await client.sale.paysystem.add(name="Anna", person_type_id=1, bx_rest_handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_ADD,
                {
                    "NAME": name,
                    "DESCRIPTION": description,
                    "PERSON_TYPE_ID": person_type_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                    "ACTIVE": yes_no(active),
                    "SETTINGS": settings,
                    "ENTITY_REGISTRY_TYPE": entity_registry_type,
                    "LOGOTYPE": logotype,
                    "NEW_WINDOW": yes_no(new_window),
                    "XML_ID": xml_id,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a payment system from the portal.

        REST method: ``sale.paysystem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-delete.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.delete(id=1)
            result = await client.sale.paysystem.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_PAYSYSTEM_DELETE, {"ID": id})
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_SalePaysystem]:
        """List payment systems with their handler, payer type and activity.

        REST method: ``sale.paysystem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-list.html

        Args:
            select: Fields to return; omitted or empty returns every field. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

        Returns:
            list[SalePaysystem]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.list()
            result = await client.sale.paysystem.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SalePaysystem]",
            await self._backend._invoke(
                _SALE_PAYSYSTEM_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePaysystemUpdateFields | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the name, handler, logo or activity of a payment system.

        REST method: ``sale.paysystem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-update.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.update(id=1, fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})
            result = await client.sale.paysystem.update(id=1, fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class BatchSalePaysystem(Namespace):
    """Methods under ``sale.paysystem`` (queued into a batch)."""

    __slots__ = ()

    @property
    def handler(self) -> BatchSalePaysystemHandler:
        """Methods under ``sale.paysystem.handler``."""
        return BatchSalePaysystemHandler(self._backend)

    @property
    def pay(self) -> BatchSalePaysystemPay:
        """Methods under ``sale.paysystem.pay``."""
        return BatchSalePaysystemPay(self._backend)

    @property
    def settings(self) -> BatchSalePaysystemSettings:
        """Methods under ``sale.paysystem.settings``."""
        return BatchSalePaysystemSettings(self._backend)

    def add(
        self,
        *,
        name: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
        person_type_id: int | Ref,
        bx_rest_handler: str | Ref,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        entity_registry_type: str | Ref | NotGiven = NOT_GIVEN,
        logotype: str | Ref | NotGiven = NOT_GIVEN,
        new_window: bool | Ref | NotGiven = NOT_GIVEN,
        xml_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a payment system that takes payments through a REST payment handler; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-add.html

        Args:
            name: Payment system name. Wire name: ``NAME``.
            description: Payment system description. Wire name: ``DESCRIPTION``.
            person_type_id: ID of the payer type (sale.persontype.list); it must belong to the same binding as ENTITY_REGISTRY_TYPE. Wire name: ``PERSON_TYPE_ID``.
            bx_rest_handler: Code of the REST payment handler, as given to sale.paysystem.handler.add. Wire name: ``BX_REST_HANDLER``.
            active: \"Y" if the payment system is active; "N" when omitted. Wire name: ``ACTIVE``.
            settings: Handler setting values as {setting code: {"TYPE": source, "VALUE": value}}; TYPE is "ORDER", "PROPERTY", "PAYMENT", "USER", "VALUE" or "Y/N". Wire name: ``SETTINGS``.
            entity_registry_type: What the payment system serves: "ORDER" (store orders, deals, smart processes), "CRM_INVOICE" (CRM invoices, the default) or "CRM_QUOTE" (CRM estimates). Wire name: ``ENTITY_REGISTRY_TYPE``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.
            new_window: \"Y" to open the payment page in a new window; "N" when omitted. Wire name: ``NEW_WINDOW``.
            xml_id: External ID of the payment system; can be used to filter sale.paysystem.list. Wire name: ``XML_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.add(name="Anna", person_type_id=1, bx_rest_handler="https://example.com/hook")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_ADD,
                {
                    "NAME": name,
                    "DESCRIPTION": description,
                    "PERSON_TYPE_ID": person_type_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                    "ACTIVE": yes_no(active),
                    "SETTINGS": settings,
                    "ENTITY_REGISTRY_TYPE": entity_registry_type,
                    "LOGOTYPE": logotype,
                    "NEW_WINDOW": yes_no(new_window),
                    "XML_ID": xml_id,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a payment system from the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-delete.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PAYSYSTEM_DELETE, {"ID": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePaysystem]]:
        """List payment systems with their handler, payer type and activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-list.html

        Args:
            select: Fields to return; omitted or empty returns every field. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[SalePaysystem]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePaysystem]]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: SalePaysystemUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the name, handler, logo or activity of a payment system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-update.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.update(id=1, fields={"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PAYSYSTEM_UPDATE, {"ID": id, "FIELDS": fields}),
        )


class SalePaysystemHandler(Namespace):
    """Methods under ``sale.paysystem.handler``."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str,
        sort: int | NotGiven = NOT_GIVEN,
        code: str,
        settings: SalePaysystemHandlerAddSettings,
    ) -> int:
        """Register a REST handler that takes online payments through your service; returns its ID.

        SETTINGS must hold one payment mode: FORM_DATA (a form posted to your URL), CHECKOUT_DATA (redirect to your payment page) or IFRAME_DATA (your page in an iframe). Parameters declared in CODES become the settings of every payment system built on the handler.

        REST method: ``sale.paysystem.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-add.html

        Args:
            name: Handler name. Wire name: ``NAME``.
            sort: Sort position. Wire name: ``SORT``.
            code: Unique code of the handler; payment systems refer to it in BX_REST_HANDLER. Wire name: ``CODE``.
            settings: Handler settings: its parameters (CODES), the payment mode (FORM_DATA, CHECKOUT_DATA or IFRAME_DATA, one required), client type and currencies. Wire name: ``SETTINGS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.handler.add(name="Anna", code="example_code", settings={"CODES": {"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."}})
            result = await client.sale.paysystem.handler.add(name="Anna", code="example_code", settings={"CODES": {"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."}})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SALE_PAYSYSTEM_HANDLER_ADD,
                {"NAME": name, "SORT": sort, "CODE": code, "SETTINGS": settings},
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a REST payment handler.

        REST method: ``sale.paysystem.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-delete.html

        Args:
            id: ID of the payment handler. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.handler.delete(id=1)
            result = await client.sale.paysystem.handler.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_PAYSYSTEM_HANDLER_DELETE, {"ID": id})
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_SalePaysystemHandler]:
        """List the REST payment handlers registered on the portal.

        REST method: ``sale.paysystem.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            list[SalePaysystemHandler]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.handler.list()
            result = await client.sale.paysystem.handler.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SalePaysystemHandler]",
            self._backend._invoke(_SALE_PAYSYSTEM_HANDLER_LIST, {"start": start}),
        )

    def update(self, *, id: int, fields: SalePaysystemHandlerUpdateFields) -> bool:
        """Change the name, code, sort position or settings of a REST payment handler.

        REST method: ``sale.paysystem.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-update.html

        Args:
            id: ID of the payment handler. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.
            ServerError: the portal answers ``ERROR_UNEXPECTED_ANSWER``.

        Example:
            result = client.sale.paysystem.handler.update(id=1, fields={"NAME": "Anna", "CODE": "example_code"})
            result = await client.sale.paysystem.handler.update(id=1, fields={"NAME": "Anna", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_PAYSYSTEM_HANDLER_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class AsyncSalePaysystemHandler(Namespace):
    """Methods under ``sale.paysystem.handler`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        name: str,
        sort: int | NotGiven = NOT_GIVEN,
        code: str,
        settings: SalePaysystemHandlerAddSettings,
    ) -> int:
        """Register a REST handler that takes online payments through your service; returns its ID.

        SETTINGS must hold one payment mode: FORM_DATA (a form posted to your URL), CHECKOUT_DATA (redirect to your payment page) or IFRAME_DATA (your page in an iframe). Parameters declared in CODES become the settings of every payment system built on the handler.

        REST method: ``sale.paysystem.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-add.html

        Args:
            name: Handler name. Wire name: ``NAME``.
            sort: Sort position. Wire name: ``SORT``.
            code: Unique code of the handler; payment systems refer to it in BX_REST_HANDLER. Wire name: ``CODE``.
            settings: Handler settings: its parameters (CODES), the payment mode (FORM_DATA, CHECKOUT_DATA or IFRAME_DATA, one required), client type and currencies. Wire name: ``SETTINGS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.handler.add(name="Anna", code="example_code", settings={"CODES": {"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."}})
            result = await client.sale.paysystem.handler.add(name="Anna", code="example_code", settings={"CODES": {"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."}})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_HANDLER_ADD,
                {"NAME": name, "SORT": sort, "CODE": code, "SETTINGS": settings},
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a REST payment handler.

        REST method: ``sale.paysystem.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-delete.html

        Args:
            id: ID of the payment handler. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.handler.delete(id=1)
            result = await client.sale.paysystem.handler.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_SALE_PAYSYSTEM_HANDLER_DELETE, {"ID": id}),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_SalePaysystemHandler]:
        """List the REST payment handlers registered on the portal.

        REST method: ``sale.paysystem.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            list[SalePaysystemHandler]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.handler.list()
            result = await client.sale.paysystem.handler.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SalePaysystemHandler]",
            await self._backend._invoke(_SALE_PAYSYSTEM_HANDLER_LIST, {"start": start}),
        )

    async def update(
        self, *, id: int, fields: SalePaysystemHandlerUpdateFields
    ) -> bool:
        """Change the name, code, sort position or settings of a REST payment handler.

        REST method: ``sale.paysystem.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-update.html

        Args:
            id: ID of the payment handler. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.
            ServerError: the portal answers ``ERROR_UNEXPECTED_ANSWER``.

        Example:
            result = client.sale.paysystem.handler.update(id=1, fields={"NAME": "Anna", "CODE": "example_code"})
            result = await client.sale.paysystem.handler.update(id=1, fields={"NAME": "Anna", "CODE": "example_code"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_HANDLER_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class BatchSalePaysystemHandler(Namespace):
    """Methods under ``sale.paysystem.handler`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str | Ref,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref,
        settings: SalePaysystemHandlerAddSettings | Ref,
    ) -> BatchCommand[int]:
        """Register a REST handler that takes online payments through your service; returns its ID.

        SETTINGS must hold one payment mode: FORM_DATA (a form posted to your URL), CHECKOUT_DATA (redirect to your payment page) or IFRAME_DATA (your page in an iframe). Parameters declared in CODES become the settings of every payment system built on the handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-add.html

        Args:
            name: Handler name. Wire name: ``NAME``.
            sort: Sort position. Wire name: ``SORT``.
            code: Unique code of the handler; payment systems refer to it in BX_REST_HANDLER. Wire name: ``CODE``.
            settings: Handler settings: its parameters (CODES), the payment mode (FORM_DATA, CHECKOUT_DATA or IFRAME_DATA, one required), client type and currencies. Wire name: ``SETTINGS``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.handler.add(name="Anna", code="example_code", settings={"CODES": {"NAME": "Anna", "DESCRIPTION": "Please call back after 3 pm."}})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_HANDLER_ADD,
                {"NAME": name, "SORT": sort, "CODE": code, "SETTINGS": settings},
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a REST payment handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-delete.html

        Args:
            id: ID of the payment handler. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.handler.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PAYSYSTEM_HANDLER_DELETE, {"ID": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_SalePaysystemHandler]]:
        """List the REST payment handlers registered on the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[SalePaysystemHandler]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.handler.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePaysystemHandler]]",
            self._backend._invoke(_SALE_PAYSYSTEM_HANDLER_LIST, {"start": start}),
        )

    def update(
        self, *, id: int | Ref, fields: SalePaysystemHandlerUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the name, code, sort position or settings of a REST payment handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-handler-update.html

        Args:
            id: ID of the payment handler. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.
            ServerError: the portal answers ``ERROR_UNEXPECTED_ANSWER``.

        Example:
            command = batch.sale.paysystem.handler.update(id=1, fields={"NAME": "Anna", "CODE": "example_code"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_HANDLER_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class SalePaysystemPay(Namespace):
    """Methods under ``sale.paysystem.pay``."""

    __slots__ = ()

    @deprecated("The REST method sale.paysystem.pay.invoice is deprecated.")
    def invoice(
        self,
        *,
        invoice_id: int,
        pay_system_id: int | NotGiven = NOT_GIVEN,
        bx_rest_handler: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark an old-style CRM invoice as paid through a given payment system.

        For old-style CRM invoices only. Call it after handling the answer of the payment system; pass PAY_SYSTEM_ID or BX_REST_HANDLER.

        Deprecated.

        REST method: ``sale.paysystem.pay.invoice``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-pay-invoice.html

        Args:
            invoice_id: ID of an old-style CRM invoice (crm.invoice.*). Wire name: ``INVOICE_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.
            bx_rest_handler: Code of the REST payment handler; give it or PAY_SYSTEM_ID. Wire name: ``BX_REST_HANDLER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.pay.invoice(invoice_id=1)
            result = await client.sale.paysystem.pay.invoice(invoice_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_PAYSYSTEM_PAY_INVOICE,
                {
                    "INVOICE_ID": invoice_id,
                    "PAY_SYSTEM_ID": pay_system_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                },
            ),
        )

    def payment(self, *, payment_id: int, pay_system_id: int) -> bool:
        """Mark an order payment as paid through a given payment system.

        Call it after handling the answer of the payment system. The payment must already be linked to that payment system.

        REST method: ``sale.paysystem.pay.payment``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-pay-payment.html

        Args:
            payment_id: ID of the payment (sale.payment.list). Wire name: ``PAYMENT_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.pay.payment(payment_id=1, pay_system_id=1)
            result = await client.sale.paysystem.pay.payment(payment_id=1, pay_system_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_PAYSYSTEM_PAY_PAYMENT,
                {"PAYMENT_ID": payment_id, "PAY_SYSTEM_ID": pay_system_id},
            ),
        )


class AsyncSalePaysystemPay(Namespace):
    """Methods under ``sale.paysystem.pay`` (async)."""

    __slots__ = ()

    @deprecated("The REST method sale.paysystem.pay.invoice is deprecated.")
    async def invoice(
        self,
        *,
        invoice_id: int,
        pay_system_id: int | NotGiven = NOT_GIVEN,
        bx_rest_handler: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark an old-style CRM invoice as paid through a given payment system.

        For old-style CRM invoices only. Call it after handling the answer of the payment system; pass PAY_SYSTEM_ID or BX_REST_HANDLER.

        Deprecated.

        REST method: ``sale.paysystem.pay.invoice``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-pay-invoice.html

        Args:
            invoice_id: ID of an old-style CRM invoice (crm.invoice.*). Wire name: ``INVOICE_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.
            bx_rest_handler: Code of the REST payment handler; give it or PAY_SYSTEM_ID. Wire name: ``BX_REST_HANDLER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.pay.invoice(invoice_id=1)
            result = await client.sale.paysystem.pay.invoice(invoice_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_PAY_INVOICE,
                {
                    "INVOICE_ID": invoice_id,
                    "PAY_SYSTEM_ID": pay_system_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                },
            ),
        )

    async def payment(self, *, payment_id: int, pay_system_id: int) -> bool:
        """Mark an order payment as paid through a given payment system.

        Call it after handling the answer of the payment system. The payment must already be linked to that payment system.

        REST method: ``sale.paysystem.pay.payment``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-pay-payment.html

        Args:
            payment_id: ID of the payment (sale.payment.list). Wire name: ``PAYMENT_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.pay.payment(payment_id=1, pay_system_id=1)
            result = await client.sale.paysystem.pay.payment(payment_id=1, pay_system_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_PAY_PAYMENT,
                {"PAYMENT_ID": payment_id, "PAY_SYSTEM_ID": pay_system_id},
            ),
        )


class BatchSalePaysystemPay(Namespace):
    """Methods under ``sale.paysystem.pay`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method sale.paysystem.pay.invoice is deprecated.")
    def invoice(
        self,
        *,
        invoice_id: int | Ref,
        pay_system_id: int | Ref | NotGiven = NOT_GIVEN,
        bx_rest_handler: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Mark an old-style CRM invoice as paid through a given payment system.

        For old-style CRM invoices only. Call it after handling the answer of the payment system; pass PAY_SYSTEM_ID or BX_REST_HANDLER.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.pay.invoice``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-pay-invoice.html

        Args:
            invoice_id: ID of an old-style CRM invoice (crm.invoice.*). Wire name: ``INVOICE_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.
            bx_rest_handler: Code of the REST payment handler; give it or PAY_SYSTEM_ID. Wire name: ``BX_REST_HANDLER``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.pay.invoice(invoice_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_PAY_INVOICE,
                {
                    "INVOICE_ID": invoice_id,
                    "PAY_SYSTEM_ID": pay_system_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                },
            ),
        )

    def payment(
        self, *, payment_id: int | Ref, pay_system_id: int | Ref
    ) -> BatchCommand[bool]:
        """Mark an order payment as paid through a given payment system.

        Call it after handling the answer of the payment system. The payment must already be linked to that payment system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.pay.payment``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-pay-payment.html

        Args:
            payment_id: ID of the payment (sale.payment.list). Wire name: ``PAYMENT_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.pay.payment(payment_id=1, pay_system_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_PAY_PAYMENT,
                {"PAYMENT_ID": payment_id, "PAY_SYSTEM_ID": pay_system_id},
            ),
        )


class SalePaysystemSettings(Namespace):
    """Methods under ``sale.paysystem.settings``."""

    __slots__ = ()

    @property
    def invoice(self) -> SalePaysystemSettingsInvoice:
        """Methods under ``sale.paysystem.settings.invoice``."""
        return SalePaysystemSettingsInvoice(self._backend)

    @property
    def payment(self) -> SalePaysystemSettingsPayment:
        """Methods under ``sale.paysystem.settings.payment``."""
        return SalePaysystemSettingsPayment(self._backend)

    def get(self, *, id: int, person_type_id: int) -> _SalePaysystemSettings:
        """Read the setting values of a payment system for a payer type.

        The settings follow the CODES declared by the payment handler in sale.paysystem.handler.add.

        REST method: ``sale.paysystem.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-get.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            person_type_id: ID of the payer type the settings apply to; 0 means the default settings. Wire name: ``PERSON_TYPE_ID``.

        Returns:
            SalePaysystemSettings

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.get(id=1, person_type_id=1)
            result = await client.sale.paysystem.settings.get(id=1, person_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "_SalePaysystemSettings",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_GET,
                {"ID": id, "PERSON_TYPE_ID": person_type_id},
            ),
        )

    def update(
        self,
        *,
        id: int,
        person_type_id: int | NotGiven = NOT_GIVEN,
        settings: SalePaysystemSettingsUpdateSettings,
    ) -> bool:
        """Change the setting values of a payment system for a payer type.

        REST method: ``sale.paysystem.settings.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-update.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            person_type_id: ID of the payer type the settings apply to; 0 means the default settings. Wire name: ``PERSON_TYPE_ID``.
            settings: Settings to change, keyed by setting code; each value is {"TYPE": source, "VALUE": code or value}. Wire name: ``SETTINGS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.update(id=1, settings={"TYPE": "example", "VALUE": "example"})
            result = await client.sale.paysystem.settings.update(id=1, settings={"TYPE": "example", "VALUE": "example"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_UPDATE,
                {"ID": id, "PERSON_TYPE_ID": person_type_id, "SETTINGS": settings},
            ),
        )


class AsyncSalePaysystemSettings(Namespace):
    """Methods under ``sale.paysystem.settings`` (async)."""

    __slots__ = ()

    @property
    def invoice(self) -> AsyncSalePaysystemSettingsInvoice:
        """Methods under ``sale.paysystem.settings.invoice``."""
        return AsyncSalePaysystemSettingsInvoice(self._backend)

    @property
    def payment(self) -> AsyncSalePaysystemSettingsPayment:
        """Methods under ``sale.paysystem.settings.payment``."""
        return AsyncSalePaysystemSettingsPayment(self._backend)

    async def get(self, *, id: int, person_type_id: int) -> _SalePaysystemSettings:
        """Read the setting values of a payment system for a payer type.

        The settings follow the CODES declared by the payment handler in sale.paysystem.handler.add.

        REST method: ``sale.paysystem.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-get.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            person_type_id: ID of the payer type the settings apply to; 0 means the default settings. Wire name: ``PERSON_TYPE_ID``.

        Returns:
            SalePaysystemSettings

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.get(id=1, person_type_id=1)
            result = await client.sale.paysystem.settings.get(id=1, person_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "_SalePaysystemSettings",
            await self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_GET,
                {"ID": id, "PERSON_TYPE_ID": person_type_id},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        person_type_id: int | NotGiven = NOT_GIVEN,
        settings: SalePaysystemSettingsUpdateSettings,
    ) -> bool:
        """Change the setting values of a payment system for a payer type.

        REST method: ``sale.paysystem.settings.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-update.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            person_type_id: ID of the payer type the settings apply to; 0 means the default settings. Wire name: ``PERSON_TYPE_ID``.
            settings: Settings to change, keyed by setting code; each value is {"TYPE": source, "VALUE": code or value}. Wire name: ``SETTINGS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.update(id=1, settings={"TYPE": "example", "VALUE": "example"})
            result = await client.sale.paysystem.settings.update(id=1, settings={"TYPE": "example", "VALUE": "example"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_UPDATE,
                {"ID": id, "PERSON_TYPE_ID": person_type_id, "SETTINGS": settings},
            ),
        )


class BatchSalePaysystemSettings(Namespace):
    """Methods under ``sale.paysystem.settings`` (queued into a batch)."""

    __slots__ = ()

    @property
    def invoice(self) -> BatchSalePaysystemSettingsInvoice:
        """Methods under ``sale.paysystem.settings.invoice``."""
        return BatchSalePaysystemSettingsInvoice(self._backend)

    @property
    def payment(self) -> BatchSalePaysystemSettingsPayment:
        """Methods under ``sale.paysystem.settings.payment``."""
        return BatchSalePaysystemSettingsPayment(self._backend)

    def get(
        self, *, id: int | Ref, person_type_id: int | Ref
    ) -> BatchCommand[_SalePaysystemSettings]:
        """Read the setting values of a payment system for a payer type.

        The settings follow the CODES declared by the payment handler in sale.paysystem.handler.add.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.settings.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-get.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            person_type_id: ID of the payer type the settings apply to; 0 means the default settings. Wire name: ``PERSON_TYPE_ID``.

        Returns:
            BatchCommand[SalePaysystemSettings]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.settings.get(id=1, person_type_id=1)
        """
        return cast(
            "BatchCommand[_SalePaysystemSettings]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_GET,
                {"ID": id, "PERSON_TYPE_ID": person_type_id},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        person_type_id: int | Ref | NotGiven = NOT_GIVEN,
        settings: SalePaysystemSettingsUpdateSettings | Ref,
    ) -> BatchCommand[bool]:
        """Change the setting values of a payment system for a payer type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.settings.update``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-update.html

        Args:
            id: ID of the payment system. Wire name: ``ID``.
            person_type_id: ID of the payer type the settings apply to; 0 means the default settings. Wire name: ``PERSON_TYPE_ID``.
            settings: Settings to change, keyed by setting code; each value is {"TYPE": source, "VALUE": code or value}. Wire name: ``SETTINGS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.settings.update(id=1, settings={"TYPE": "example", "VALUE": "example"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_UPDATE,
                {"ID": id, "PERSON_TYPE_ID": person_type_id, "SETTINGS": settings},
            ),
        )


class SalePaysystemSettingsInvoice(Namespace):
    """Methods under ``sale.paysystem.settings.invoice``."""

    __slots__ = ()

    @deprecated("The REST method sale.paysystem.settings.invoice.get is deprecated.")
    def get(
        self,
        *,
        invoice_id: int,
        pay_system_id: int | NotGiven = NOT_GIVEN,
        bx_rest_handler: str | NotGiven = NOT_GIVEN,
    ) -> _SalePaysystemSettingsInvoice:
        """Read the payment system settings that apply to an old-style CRM invoice.

        Deprecated.

        REST method: ``sale.paysystem.settings.invoice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-settings-invoice-get.html

        Args:
            invoice_id: ID of an old-style CRM invoice (crm.invoice.*). Wire name: ``INVOICE_ID``.
            pay_system_id: ID of the payment system; give it or BX_REST_HANDLER. Wire name: ``PAY_SYSTEM_ID``.
            bx_rest_handler: Code of the payment handler; give it or PAY_SYSTEM_ID. Wire name: ``BX_REST_HANDLER``.

        Returns:
            SalePaysystemSettingsInvoice

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.invoice.get(invoice_id=1)
            result = await client.sale.paysystem.settings.invoice.get(invoice_id=1)  # AsyncBitrix24
        """
        return cast(
            "_SalePaysystemSettingsInvoice",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_INVOICE_GET,
                {
                    "INVOICE_ID": invoice_id,
                    "PAY_SYSTEM_ID": pay_system_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                },
            ),
        )


class AsyncSalePaysystemSettingsInvoice(Namespace):
    """Methods under ``sale.paysystem.settings.invoice`` (async)."""

    __slots__ = ()

    @deprecated("The REST method sale.paysystem.settings.invoice.get is deprecated.")
    async def get(
        self,
        *,
        invoice_id: int,
        pay_system_id: int | NotGiven = NOT_GIVEN,
        bx_rest_handler: str | NotGiven = NOT_GIVEN,
    ) -> _SalePaysystemSettingsInvoice:
        """Read the payment system settings that apply to an old-style CRM invoice.

        Deprecated.

        REST method: ``sale.paysystem.settings.invoice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-settings-invoice-get.html

        Args:
            invoice_id: ID of an old-style CRM invoice (crm.invoice.*). Wire name: ``INVOICE_ID``.
            pay_system_id: ID of the payment system; give it or BX_REST_HANDLER. Wire name: ``PAY_SYSTEM_ID``.
            bx_rest_handler: Code of the payment handler; give it or PAY_SYSTEM_ID. Wire name: ``BX_REST_HANDLER``.

        Returns:
            SalePaysystemSettingsInvoice

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.invoice.get(invoice_id=1)
            result = await client.sale.paysystem.settings.invoice.get(invoice_id=1)  # AsyncBitrix24
        """
        return cast(
            "_SalePaysystemSettingsInvoice",
            await self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_INVOICE_GET,
                {
                    "INVOICE_ID": invoice_id,
                    "PAY_SYSTEM_ID": pay_system_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                },
            ),
        )


class BatchSalePaysystemSettingsInvoice(Namespace):
    """Methods under ``sale.paysystem.settings.invoice`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method sale.paysystem.settings.invoice.get is deprecated.")
    def get(
        self,
        *,
        invoice_id: int | Ref,
        pay_system_id: int | Ref | NotGiven = NOT_GIVEN,
        bx_rest_handler: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_SalePaysystemSettingsInvoice]:
        """Read the payment system settings that apply to an old-style CRM invoice.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.settings.invoice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/outdated/sale-pay-system-settings-invoice-get.html

        Args:
            invoice_id: ID of an old-style CRM invoice (crm.invoice.*). Wire name: ``INVOICE_ID``.
            pay_system_id: ID of the payment system; give it or BX_REST_HANDLER. Wire name: ``PAY_SYSTEM_ID``.
            bx_rest_handler: Code of the payment handler; give it or PAY_SYSTEM_ID. Wire name: ``BX_REST_HANDLER``.

        Returns:
            BatchCommand[SalePaysystemSettingsInvoice]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.settings.invoice.get(invoice_id=1)
        """
        return cast(
            "BatchCommand[_SalePaysystemSettingsInvoice]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_INVOICE_GET,
                {
                    "INVOICE_ID": invoice_id,
                    "PAY_SYSTEM_ID": pay_system_id,
                    "BX_REST_HANDLER": bx_rest_handler,
                },
            ),
        )


class SalePaysystemSettingsPayment(Namespace):
    """Methods under ``sale.paysystem.settings.payment``."""

    __slots__ = ()

    def get(
        self, *, payment_id: int, pay_system_id: int
    ) -> _SalePaysystemSettingsPayment:
        """Read the payment system settings that apply to one order payment.

        REST method: ``sale.paysystem.settings.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-payment-get.html

        Args:
            payment_id: ID of the payment (sale.payment.list). Wire name: ``PAYMENT_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.

        Returns:
            SalePaysystemSettingsPayment

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.payment.get(payment_id=1, pay_system_id=1)
            result = await client.sale.paysystem.settings.payment.get(payment_id=1, pay_system_id=1)  # AsyncBitrix24
        """
        return cast(
            "_SalePaysystemSettingsPayment",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_PAYMENT_GET,
                {"PAYMENT_ID": payment_id, "PAY_SYSTEM_ID": pay_system_id},
            ),
        )


class AsyncSalePaysystemSettingsPayment(Namespace):
    """Methods under ``sale.paysystem.settings.payment`` (async)."""

    __slots__ = ()

    async def get(
        self, *, payment_id: int, pay_system_id: int
    ) -> _SalePaysystemSettingsPayment:
        """Read the payment system settings that apply to one order payment.

        REST method: ``sale.paysystem.settings.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-payment-get.html

        Args:
            payment_id: ID of the payment (sale.payment.list). Wire name: ``PAYMENT_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.

        Returns:
            SalePaysystemSettingsPayment

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.paysystem.settings.payment.get(payment_id=1, pay_system_id=1)
            result = await client.sale.paysystem.settings.payment.get(payment_id=1, pay_system_id=1)  # AsyncBitrix24
        """
        return cast(
            "_SalePaysystemSettingsPayment",
            await self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_PAYMENT_GET,
                {"PAYMENT_ID": payment_id, "PAY_SYSTEM_ID": pay_system_id},
            ),
        )


class BatchSalePaysystemSettingsPayment(Namespace):
    """Methods under ``sale.paysystem.settings.payment`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self, *, payment_id: int | Ref, pay_system_id: int | Ref
    ) -> BatchCommand[_SalePaysystemSettingsPayment]:
        """Read the payment system settings that apply to one order payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paysystem.settings.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/pay-system/sale-pay-system-settings-payment-get.html

        Args:
            payment_id: ID of the payment (sale.payment.list). Wire name: ``PAYMENT_ID``.
            pay_system_id: ID of the payment system. Wire name: ``PAY_SYSTEM_ID``.

        Returns:
            BatchCommand[SalePaysystemSettingsPayment]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.paysystem.settings.payment.get(payment_id=1, pay_system_id=1)
        """
        return cast(
            "BatchCommand[_SalePaysystemSettingsPayment]",
            self._backend._invoke(
                _SALE_PAYSYSTEM_SETTINGS_PAYMENT_GET,
                {"PAYMENT_ID": payment_id, "PAY_SYSTEM_ID": pay_system_id},
            ),
        )
