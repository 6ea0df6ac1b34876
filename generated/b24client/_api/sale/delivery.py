"""Methods under ``sale.delivery``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.sale import (
        SaleDelivery as _SaleDelivery,
        SaleDeliveryAddConfig,
        SaleDeliveryAddResult,
        SaleDeliveryConfig as _SaleDeliveryConfig,
        SaleDeliveryConfigUpdateConfig,
        SaleDeliveryExtraService as _SaleDeliveryExtraService,
        SaleDeliveryExtraServiceAddItems,
        SaleDeliveryExtraServiceUpdateItems,
        SaleDeliveryHandler as _SaleDeliveryHandler,
        SaleDeliveryHandlerAddProfiles,
        SaleDeliveryHandlerAddSettings,
        SaleDeliveryHandlerUpdateProfiles,
        SaleDeliveryHandlerUpdateSettings,
        SaleDeliveryRequestSendmessageMessage,
        SaleDeliveryRequestUpdateProperties,
        SaleDeliveryRequestUpdateStatus,
    )

_SALE_DELIVERY_ADD = MethodInfo(
    name="sale.delivery.add", idempotent=False, returns="any", api=1
)
_SALE_DELIVERY_DELETE = MethodInfo(
    name="sale.delivery.delete", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_GETLIST = MethodInfo(
    name="sale.delivery.getlist", idempotent=True, returns="any", api=1
)
_SALE_DELIVERY_UPDATE = MethodInfo(
    name="sale.delivery.update", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_CONFIG_GET = MethodInfo(
    name="sale.delivery.config.get", idempotent=True, returns="any", api=1
)
_SALE_DELIVERY_CONFIG_UPDATE = MethodInfo(
    name="sale.delivery.config.update", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_EXTRA_SERVICE_ADD = MethodInfo(
    name="sale.delivery.extra.service.add", idempotent=False, returns="integer", api=1
)
_SALE_DELIVERY_EXTRA_SERVICE_DELETE = MethodInfo(
    name="sale.delivery.extra.service.delete",
    idempotent=False,
    returns="boolean",
    api=1,
)
_SALE_DELIVERY_EXTRA_SERVICE_GET = MethodInfo(
    name="sale.delivery.extra.service.get", idempotent=True, returns="any", api=1
)
_SALE_DELIVERY_EXTRA_SERVICE_UPDATE = MethodInfo(
    name="sale.delivery.extra.service.update",
    idempotent=False,
    returns="boolean",
    api=1,
)
_SALE_DELIVERY_HANDLER_ADD = MethodInfo(
    name="sale.delivery.handler.add", idempotent=False, returns="integer", api=1
)
_SALE_DELIVERY_HANDLER_DELETE = MethodInfo(
    name="sale.delivery.handler.delete", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_HANDLER_LIST = MethodInfo(
    name="sale.delivery.handler.list", idempotent=True, returns="any", api=1
)
_SALE_DELIVERY_HANDLER_UPDATE = MethodInfo(
    name="sale.delivery.handler.update", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_REQUEST_DELETE = MethodInfo(
    name="sale.delivery.request.delete", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_REQUEST_SENDMESSAGE = MethodInfo(
    name="sale.delivery.request.sendmessage", idempotent=False, returns="boolean", api=1
)
_SALE_DELIVERY_REQUEST_UPDATE = MethodInfo(
    name="sale.delivery.request.update", idempotent=False, returns="boolean", api=1
)


class SaleDelivery(Namespace):
    """Methods under ``sale.delivery``."""

    __slots__ = ()

    @property
    def config(self) -> SaleDeliveryConfig:
        """Methods under ``sale.delivery.config``."""
        return SaleDeliveryConfig(self._backend)

    @property
    def extra(self) -> SaleDeliveryExtra:
        """Methods under ``sale.delivery.extra``."""
        return SaleDeliveryExtra(self._backend)

    @property
    def handler(self) -> SaleDeliveryHandler:
        """Methods under ``sale.delivery.handler``."""
        return SaleDeliveryHandler(self._backend)

    @property
    def request(self) -> SaleDeliveryRequest:
        """Methods under ``sale.delivery.request``."""
        return SaleDeliveryRequest(self._backend)

    def add(
        self,
        *,
        rest_code: str,
        name: str,
        currency: str,
        description: str | NotGiven = NOT_GIVEN,
        sort: int | str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        config: Sequence[SaleDeliveryAddConfig] | NotGiven = NOT_GIVEN,
        logotype: str | NotGiven = NOT_GIVEN,
    ) -> SaleDeliveryAddResult:
        """Create a delivery service backed by a REST delivery handler, with its profiles.

        The service gets one child service (profile) per profile declared by the handler; both come back in the result.

        REST method: ``sale.delivery.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-add.html

        Args:
            rest_code: Code of the delivery service handler (the CODE of sale.delivery.handler.add). Wire name: ``REST_CODE``.
            name: Delivery service name. Wire name: ``NAME``.
            currency: Currency code of the delivery service. Wire name: ``CURRENCY``.
            description: Delivery service description. Wire name: ``DESCRIPTION``.
            sort: Sort position. Wire name: ``SORT``.
            active: \"Y" (default) if the delivery service is active, "N" if not. Wire name: ``ACTIVE``.
            config: Setting values as a list of {CODE, VALUE}; the settings themselves are declared by the handler. Wire name: ``CONFIG``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.

        Returns:
            SaleDeliveryAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.add(rest_code="example_code", name="Anna", currency="USD")
            result = await client.sale.delivery.add(rest_code="example_code", name="Anna", currency="USD")  # AsyncBitrix24
        """
        return cast(
            "SaleDeliveryAddResult",
            self._backend._invoke(
                _SALE_DELIVERY_ADD,
                {
                    "REST_CODE": rest_code,
                    "NAME": name,
                    "CURRENCY": currency,
                    "DESCRIPTION": description,
                    "SORT": sort,
                    "ACTIVE": yes_no(active),
                    "CONFIG": config,
                    "LOGOTYPE": logotype,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a delivery service set up on the portal.

        REST method: ``sale.delivery.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-delete.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.delete(id=1)
            result = await client.sale.delivery.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_DELIVERY_DELETE, {"ID": id}))

    def getlist(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_SaleDelivery]:
        """List delivery services and their profiles matching a filter.

        REST method: ``sale.delivery.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-get-list.html

        Args:
            select: Fields to return; omitted or empty returns every field. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

        Returns:
            list[SaleDelivery]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.getlist()
            result = await client.sale.delivery.getlist()  # AsyncBitrix24
        """
        return cast(
            "list[_SaleDelivery]",
            self._backend._invoke(
                _SALE_DELIVERY_GETLIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        sort: int | str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        logotype: str | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the name, currency, logo or activity of a delivery service.

        REST method: ``sale.delivery.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-update.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.
            name: Delivery service name. Wire name: ``NAME``.
            currency: Currency code of the delivery service. Wire name: ``CURRENCY``.
            description: Delivery service description. Wire name: ``DESCRIPTION``.
            sort: Sort position. Wire name: ``SORT``.
            active: \"Y" if the delivery service is active, "N" if not. Wire name: ``ACTIVE``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.update(id=1)
            result = await client.sale.delivery.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "CURRENCY": currency,
                    "DESCRIPTION": description,
                    "SORT": sort,
                    "ACTIVE": yes_no(active),
                    "LOGOTYPE": logotype,
                    "FIELDS": fields,
                },
            ),
        )


class AsyncSaleDelivery(Namespace):
    """Methods under ``sale.delivery`` (async)."""

    __slots__ = ()

    @property
    def config(self) -> AsyncSaleDeliveryConfig:
        """Methods under ``sale.delivery.config``."""
        return AsyncSaleDeliveryConfig(self._backend)

    @property
    def extra(self) -> AsyncSaleDeliveryExtra:
        """Methods under ``sale.delivery.extra``."""
        return AsyncSaleDeliveryExtra(self._backend)

    @property
    def handler(self) -> AsyncSaleDeliveryHandler:
        """Methods under ``sale.delivery.handler``."""
        return AsyncSaleDeliveryHandler(self._backend)

    @property
    def request(self) -> AsyncSaleDeliveryRequest:
        """Methods under ``sale.delivery.request``."""
        return AsyncSaleDeliveryRequest(self._backend)

    async def add(
        self,
        *,
        rest_code: str,
        name: str,
        currency: str,
        description: str | NotGiven = NOT_GIVEN,
        sort: int | str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        config: Sequence[SaleDeliveryAddConfig] | NotGiven = NOT_GIVEN,
        logotype: str | NotGiven = NOT_GIVEN,
    ) -> SaleDeliveryAddResult:
        """Create a delivery service backed by a REST delivery handler, with its profiles.

        The service gets one child service (profile) per profile declared by the handler; both come back in the result.

        REST method: ``sale.delivery.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-add.html

        Args:
            rest_code: Code of the delivery service handler (the CODE of sale.delivery.handler.add). Wire name: ``REST_CODE``.
            name: Delivery service name. Wire name: ``NAME``.
            currency: Currency code of the delivery service. Wire name: ``CURRENCY``.
            description: Delivery service description. Wire name: ``DESCRIPTION``.
            sort: Sort position. Wire name: ``SORT``.
            active: \"Y" (default) if the delivery service is active, "N" if not. Wire name: ``ACTIVE``.
            config: Setting values as a list of {CODE, VALUE}; the settings themselves are declared by the handler. Wire name: ``CONFIG``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.

        Returns:
            SaleDeliveryAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.add(rest_code="example_code", name="Anna", currency="USD")
            result = await client.sale.delivery.add(rest_code="example_code", name="Anna", currency="USD")  # AsyncBitrix24
        """
        return cast(
            "SaleDeliveryAddResult",
            await self._backend._invoke(
                _SALE_DELIVERY_ADD,
                {
                    "REST_CODE": rest_code,
                    "NAME": name,
                    "CURRENCY": currency,
                    "DESCRIPTION": description,
                    "SORT": sort,
                    "ACTIVE": yes_no(active),
                    "CONFIG": config,
                    "LOGOTYPE": logotype,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a delivery service set up on the portal.

        REST method: ``sale.delivery.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-delete.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.delete(id=1)
            result = await client.sale.delivery.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_DELIVERY_DELETE, {"ID": id})
        )

    async def getlist(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> list[_SaleDelivery]:
        """List delivery services and their profiles matching a filter.

        REST method: ``sale.delivery.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-get-list.html

        Args:
            select: Fields to return; omitted or empty returns every field. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

        Returns:
            list[SaleDelivery]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.getlist()
            result = await client.sale.delivery.getlist()  # AsyncBitrix24
        """
        return cast(
            "list[_SaleDelivery]",
            await self._backend._invoke(
                _SALE_DELIVERY_GETLIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        sort: int | str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        logotype: str | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the name, currency, logo or activity of a delivery service.

        REST method: ``sale.delivery.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-update.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.
            name: Delivery service name. Wire name: ``NAME``.
            currency: Currency code of the delivery service. Wire name: ``CURRENCY``.
            description: Delivery service description. Wire name: ``DESCRIPTION``.
            sort: Sort position. Wire name: ``SORT``.
            active: \"Y" if the delivery service is active, "N" if not. Wire name: ``ACTIVE``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.update(id=1)
            result = await client.sale.delivery.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "CURRENCY": currency,
                    "DESCRIPTION": description,
                    "SORT": sort,
                    "ACTIVE": yes_no(active),
                    "LOGOTYPE": logotype,
                    "FIELDS": fields,
                },
            ),
        )


class BatchSaleDelivery(Namespace):
    """Methods under ``sale.delivery`` (queued into a batch)."""

    __slots__ = ()

    @property
    def config(self) -> BatchSaleDeliveryConfig:
        """Methods under ``sale.delivery.config``."""
        return BatchSaleDeliveryConfig(self._backend)

    @property
    def extra(self) -> BatchSaleDeliveryExtra:
        """Methods under ``sale.delivery.extra``."""
        return BatchSaleDeliveryExtra(self._backend)

    @property
    def handler(self) -> BatchSaleDeliveryHandler:
        """Methods under ``sale.delivery.handler``."""
        return BatchSaleDeliveryHandler(self._backend)

    @property
    def request(self) -> BatchSaleDeliveryRequest:
        """Methods under ``sale.delivery.request``."""
        return BatchSaleDeliveryRequest(self._backend)

    def add(
        self,
        *,
        rest_code: str | Ref,
        name: str | Ref,
        currency: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | str | Ref | NotGiven = NOT_GIVEN,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        config: Sequence[SaleDeliveryAddConfig] | Ref | NotGiven = NOT_GIVEN,
        logotype: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[SaleDeliveryAddResult]:
        """Create a delivery service backed by a REST delivery handler, with its profiles.

        The service gets one child service (profile) per profile declared by the handler; both come back in the result.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-add.html

        Args:
            rest_code: Code of the delivery service handler (the CODE of sale.delivery.handler.add). Wire name: ``REST_CODE``.
            name: Delivery service name. Wire name: ``NAME``.
            currency: Currency code of the delivery service. Wire name: ``CURRENCY``.
            description: Delivery service description. Wire name: ``DESCRIPTION``.
            sort: Sort position. Wire name: ``SORT``.
            active: \"Y" (default) if the delivery service is active, "N" if not. Wire name: ``ACTIVE``.
            config: Setting values as a list of {CODE, VALUE}; the settings themselves are declared by the handler. Wire name: ``CONFIG``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.

        Returns:
            BatchCommand[SaleDeliveryAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.add(rest_code="example_code", name="Anna", currency="USD")
        """
        return cast(
            "BatchCommand[SaleDeliveryAddResult]",
            self._backend._invoke(
                _SALE_DELIVERY_ADD,
                {
                    "REST_CODE": rest_code,
                    "NAME": name,
                    "CURRENCY": currency,
                    "DESCRIPTION": description,
                    "SORT": sort,
                    "ACTIVE": yes_no(active),
                    "CONFIG": config,
                    "LOGOTYPE": logotype,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a delivery service set up on the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-delete.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_DELIVERY_DELETE, {"ID": id}),
        )

    def getlist(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_SaleDelivery]]:
        """List delivery services and their profiles matching a filter.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.getlist``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-get-list.html

        Args:
            select: Fields to return; omitted or empty returns every field. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[SaleDelivery]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.getlist()
        """
        return cast(
            "BatchCommand[list[_SaleDelivery]]",
            self._backend._invoke(
                _SALE_DELIVERY_GETLIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        currency: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | str | Ref | NotGiven = NOT_GIVEN,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        logotype: str | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the name, currency, logo or activity of a delivery service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-update.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.
            name: Delivery service name. Wire name: ``NAME``.
            currency: Currency code of the delivery service. Wire name: ``CURRENCY``.
            description: Delivery service description. Wire name: ``DESCRIPTION``.
            sort: Sort position. Wire name: ``SORT``.
            active: \"Y" if the delivery service is active, "N" if not. Wire name: ``ACTIVE``.
            logotype: Logo as a base64-encoded image. Wire name: ``LOGOTYPE``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "CURRENCY": currency,
                    "DESCRIPTION": description,
                    "SORT": sort,
                    "ACTIVE": yes_no(active),
                    "LOGOTYPE": logotype,
                    "FIELDS": fields,
                },
            ),
        )


class SaleDeliveryConfig(Namespace):
    """Methods under ``sale.delivery.config``."""

    __slots__ = ()

    def get(self, *, id: int) -> list[_SaleDeliveryConfig]:
        """Read the setting values of a delivery service.

        REST method: ``sale.delivery.config.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-get.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.

        Returns:
            list[SaleDeliveryConfig]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.config.get(id=1)
            result = await client.sale.delivery.config.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_SaleDeliveryConfig]",
            self._backend._invoke(_SALE_DELIVERY_CONFIG_GET, {"ID": id}),
        )

    def update(
        self,
        *,
        id: int,
        config: Sequence[SaleDeliveryConfigUpdateConfig] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the setting values of a delivery service.

        REST method: ``sale.delivery.config.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-update.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.
            config: Setting values as a list of {CODE, VALUE}; the settings themselves are declared by the handler. Wire name: ``CONFIG``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.config.update(id=1)
            result = await client.sale.delivery.config.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_CONFIG_UPDATE, {"ID": id, "CONFIG": config}
            ),
        )


class AsyncSaleDeliveryConfig(Namespace):
    """Methods under ``sale.delivery.config`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> list[_SaleDeliveryConfig]:
        """Read the setting values of a delivery service.

        REST method: ``sale.delivery.config.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-get.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.

        Returns:
            list[SaleDeliveryConfig]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.config.get(id=1)
            result = await client.sale.delivery.config.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_SaleDeliveryConfig]",
            await self._backend._invoke(_SALE_DELIVERY_CONFIG_GET, {"ID": id}),
        )

    async def update(
        self,
        *,
        id: int,
        config: Sequence[SaleDeliveryConfigUpdateConfig] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the setting values of a delivery service.

        REST method: ``sale.delivery.config.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-update.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.
            config: Setting values as a list of {CODE, VALUE}; the settings themselves are declared by the handler. Wire name: ``CONFIG``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.config.update(id=1)
            result = await client.sale.delivery.config.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_CONFIG_UPDATE, {"ID": id, "CONFIG": config}
            ),
        )


class BatchSaleDeliveryConfig(Namespace):
    """Methods under ``sale.delivery.config`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[list[_SaleDeliveryConfig]]:
        """Read the setting values of a delivery service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.config.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-get.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.

        Returns:
            BatchCommand[list[SaleDeliveryConfig]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.config.get(id=1)
        """
        return cast(
            "BatchCommand[list[_SaleDeliveryConfig]]",
            self._backend._invoke(_SALE_DELIVERY_CONFIG_GET, {"ID": id}),
        )

    def update(
        self,
        *,
        id: int | Ref,
        config: Sequence[SaleDeliveryConfigUpdateConfig] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the setting values of a delivery service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.config.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery/sale-delivery-config-update.html

        Args:
            id: ID of the delivery service. Wire name: ``ID``.
            config: Setting values as a list of {CODE, VALUE}; the settings themselves are declared by the handler. Wire name: ``CONFIG``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.config.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_CONFIG_UPDATE, {"ID": id, "CONFIG": config}
            ),
        )


class SaleDeliveryExtra(Namespace):
    """Methods under ``sale.delivery.extra``."""

    __slots__ = ()

    @property
    def service(self) -> SaleDeliveryExtraService:
        """Methods under ``sale.delivery.extra.service``."""
        return SaleDeliveryExtraService(self._backend)


class AsyncSaleDeliveryExtra(Namespace):
    """Methods under ``sale.delivery.extra`` (async)."""

    __slots__ = ()

    @property
    def service(self) -> AsyncSaleDeliveryExtraService:
        """Methods under ``sale.delivery.extra.service``."""
        return AsyncSaleDeliveryExtraService(self._backend)


class BatchSaleDeliveryExtra(Namespace):
    """Methods under ``sale.delivery.extra`` (queued into a batch)."""

    __slots__ = ()

    @property
    def service(self) -> BatchSaleDeliveryExtraService:
        """Methods under ``sale.delivery.extra.service``."""
        return BatchSaleDeliveryExtraService(self._backend)


class SaleDeliveryExtraService(Namespace):
    """Methods under ``sale.delivery.extra.service``."""

    __slots__ = ()

    def add(
        self,
        *,
        delivery_id: int,
        type: Literal["enum", "checkbox", "quantity"],
        name: str,
        active: bool | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        items: Sequence[SaleDeliveryExtraServiceAddItems] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a paid option (such as door delivery or packing) to a delivery service; returns its ID.

        REST method: ``sale.delivery.extra.service.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-add.html

        Args:
            delivery_id: ID of the delivery service the extra service belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            type: \"enum" (pick one option from a list), "checkbox" (a single service such as door delivery) or "quantity" (charged per unit). Wire name: ``TYPE``.
            name: Name of the extra service. Wire name: ``NAME``.
            active: \"Y" if the extra service is active; "N" when omitted on create. Wire name: ``ACTIVE``.
            code: Symbolic code of the extra service. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the extra service. Wire name: ``DESCRIPTION``.
            price: Price in the delivery service currency; for "checkbox" and "quantity" types only. Wire name: ``PRICE``.
            items: Options to choose from; for the "enum" type only. Wire name: ``ITEMS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.add(delivery_id=1, type="enum", name="Anna")
            result = await client.sale.delivery.extra.service.add(delivery_id=1, type="enum", name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_ADD,
                {
                    "DELIVERY_ID": delivery_id,
                    "TYPE": type,
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "PRICE": price,
                    "ITEMS": items,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a paid option from a delivery service.

        REST method: ``sale.delivery.extra.service.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-delete.html

        Args:
            id: ID of the extra service. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.delete(id=1)
            result = await client.sale.delivery.extra.service.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_DELIVERY_EXTRA_SERVICE_DELETE, {"ID": id})
        )

    def get(self, *, delivery_id: int) -> list[_SaleDeliveryExtraService]:
        """Read the paid options (extra services) of a delivery service.

        REST method: ``sale.delivery.extra.service.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-get.html

        Args:
            delivery_id: ID of the delivery service the extra service belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.

        Returns:
            list[SaleDeliveryExtraService]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.get(delivery_id=1)
            result = await client.sale.delivery.extra.service.get(delivery_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_SaleDeliveryExtraService]",
            self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_GET, {"DELIVERY_ID": delivery_id}
            ),
        )

    def update(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        items: Sequence[SaleDeliveryExtraServiceUpdateItems] | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the name, price or options of a delivery extra service.

        REST method: ``sale.delivery.extra.service.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-update.html

        Args:
            id: ID of the extra service. Wire name: ``ID``.
            name: Name of the extra service. Wire name: ``NAME``.
            active: \"Y" if the extra service is active; "N" when omitted on create. Wire name: ``ACTIVE``.
            code: Symbolic code of the extra service. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the extra service. Wire name: ``DESCRIPTION``.
            price: Price in the delivery service currency; for "checkbox" and "quantity" types only. Wire name: ``PRICE``.
            items: Options to choose from; for the "enum" type only. Wire name: ``ITEMS``.
            type: \"enum" (pick one option from a list), "checkbox" (a single service such as door delivery) or "quantity" (charged per unit). Wire name: ``TYPE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.update(id=1)
            result = await client.sale.delivery.extra.service.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "PRICE": price,
                    "ITEMS": items,
                    "TYPE": type,
                },
            ),
        )


class AsyncSaleDeliveryExtraService(Namespace):
    """Methods under ``sale.delivery.extra.service`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        delivery_id: int,
        type: Literal["enum", "checkbox", "quantity"],
        name: str,
        active: bool | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        items: Sequence[SaleDeliveryExtraServiceAddItems] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a paid option (such as door delivery or packing) to a delivery service; returns its ID.

        REST method: ``sale.delivery.extra.service.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-add.html

        Args:
            delivery_id: ID of the delivery service the extra service belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            type: \"enum" (pick one option from a list), "checkbox" (a single service such as door delivery) or "quantity" (charged per unit). Wire name: ``TYPE``.
            name: Name of the extra service. Wire name: ``NAME``.
            active: \"Y" if the extra service is active; "N" when omitted on create. Wire name: ``ACTIVE``.
            code: Symbolic code of the extra service. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the extra service. Wire name: ``DESCRIPTION``.
            price: Price in the delivery service currency; for "checkbox" and "quantity" types only. Wire name: ``PRICE``.
            items: Options to choose from; for the "enum" type only. Wire name: ``ITEMS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.add(delivery_id=1, type="enum", name="Anna")
            result = await client.sale.delivery.extra.service.add(delivery_id=1, type="enum", name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_ADD,
                {
                    "DELIVERY_ID": delivery_id,
                    "TYPE": type,
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "PRICE": price,
                    "ITEMS": items,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a paid option from a delivery service.

        REST method: ``sale.delivery.extra.service.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-delete.html

        Args:
            id: ID of the extra service. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.delete(id=1)
            result = await client.sale.delivery.extra.service.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_DELETE, {"ID": id}
            ),
        )

    async def get(self, *, delivery_id: int) -> list[_SaleDeliveryExtraService]:
        """Read the paid options (extra services) of a delivery service.

        REST method: ``sale.delivery.extra.service.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-get.html

        Args:
            delivery_id: ID of the delivery service the extra service belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.

        Returns:
            list[SaleDeliveryExtraService]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.get(delivery_id=1)
            result = await client.sale.delivery.extra.service.get(delivery_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_SaleDeliveryExtraService]",
            await self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_GET, {"DELIVERY_ID": delivery_id}
            ),
        )

    async def update(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        items: Sequence[SaleDeliveryExtraServiceUpdateItems] | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the name, price or options of a delivery extra service.

        REST method: ``sale.delivery.extra.service.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-update.html

        Args:
            id: ID of the extra service. Wire name: ``ID``.
            name: Name of the extra service. Wire name: ``NAME``.
            active: \"Y" if the extra service is active; "N" when omitted on create. Wire name: ``ACTIVE``.
            code: Symbolic code of the extra service. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the extra service. Wire name: ``DESCRIPTION``.
            price: Price in the delivery service currency; for "checkbox" and "quantity" types only. Wire name: ``PRICE``.
            items: Options to choose from; for the "enum" type only. Wire name: ``ITEMS``.
            type: \"enum" (pick one option from a list), "checkbox" (a single service such as door delivery) or "quantity" (charged per unit). Wire name: ``TYPE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.extra.service.update(id=1)
            result = await client.sale.delivery.extra.service.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "PRICE": price,
                    "ITEMS": items,
                    "TYPE": type,
                },
            ),
        )


class BatchSaleDeliveryExtraService(Namespace):
    """Methods under ``sale.delivery.extra.service`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        delivery_id: int | Ref,
        type: Literal["enum", "checkbox", "quantity"] | Ref,
        name: str | Ref,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        price: float | Ref | NotGiven = NOT_GIVEN,
        items: Sequence[SaleDeliveryExtraServiceAddItems] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a paid option (such as door delivery or packing) to a delivery service; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.extra.service.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-add.html

        Args:
            delivery_id: ID of the delivery service the extra service belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            type: \"enum" (pick one option from a list), "checkbox" (a single service such as door delivery) or "quantity" (charged per unit). Wire name: ``TYPE``.
            name: Name of the extra service. Wire name: ``NAME``.
            active: \"Y" if the extra service is active; "N" when omitted on create. Wire name: ``ACTIVE``.
            code: Symbolic code of the extra service. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the extra service. Wire name: ``DESCRIPTION``.
            price: Price in the delivery service currency; for "checkbox" and "quantity" types only. Wire name: ``PRICE``.
            items: Options to choose from; for the "enum" type only. Wire name: ``ITEMS``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.extra.service.add(delivery_id=1, type="enum", name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_ADD,
                {
                    "DELIVERY_ID": delivery_id,
                    "TYPE": type,
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "PRICE": price,
                    "ITEMS": items,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a paid option from a delivery service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.extra.service.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-delete.html

        Args:
            id: ID of the extra service. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.extra.service.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_DELIVERY_EXTRA_SERVICE_DELETE, {"ID": id}),
        )

    def get(
        self, *, delivery_id: int | Ref
    ) -> BatchCommand[list[_SaleDeliveryExtraService]]:
        """Read the paid options (extra services) of a delivery service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.extra.service.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-get.html

        Args:
            delivery_id: ID of the delivery service the extra service belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.

        Returns:
            BatchCommand[list[SaleDeliveryExtraService]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.extra.service.get(delivery_id=1)
        """
        return cast(
            "BatchCommand[list[_SaleDeliveryExtraService]]",
            self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_GET, {"DELIVERY_ID": delivery_id}
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        price: float | Ref | NotGiven = NOT_GIVEN,
        items: (
            Sequence[SaleDeliveryExtraServiceUpdateItems] | Ref | NotGiven
        ) = NOT_GIVEN,
        type: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the name, price or options of a delivery extra service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.extra.service.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/extra-service/sale-delivery-extra-service-update.html

        Args:
            id: ID of the extra service. Wire name: ``ID``.
            name: Name of the extra service. Wire name: ``NAME``.
            active: \"Y" if the extra service is active; "N" when omitted on create. Wire name: ``ACTIVE``.
            code: Symbolic code of the extra service. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the extra service. Wire name: ``DESCRIPTION``.
            price: Price in the delivery service currency; for "checkbox" and "quantity" types only. Wire name: ``PRICE``.
            items: Options to choose from; for the "enum" type only. Wire name: ``ITEMS``.
            type: \"enum" (pick one option from a list), "checkbox" (a single service such as door delivery) or "quantity" (charged per unit). Wire name: ``TYPE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.extra.service.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_EXTRA_SERVICE_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "PRICE": price,
                    "ITEMS": items,
                    "TYPE": type,
                },
            ),
        )


class SaleDeliveryHandler(Namespace):
    """Methods under ``sale.delivery.handler``."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str,
        code: str,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        settings: SaleDeliveryHandlerAddSettings,
        profiles: Sequence[SaleDeliveryHandlerAddProfiles],
    ) -> int:
        """Register a REST handler that calculates and orders deliveries through your service; returns its ID.

        REST method: ``sale.delivery.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-add.html

        Args:
            name: Name of the delivery service handler. Wire name: ``NAME``.
            code: Symbolic code of the handler. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the handler. Wire name: ``DESCRIPTION``.
            settings: Handler settings: webhook URLs and the settings form of services that use it. Wire name: ``SETTINGS``.
            profiles: Delivery profiles of the handler; at least one. Wire name: ``PROFILES``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.add(name="Anna", code="example_code", settings={"CALCULATE_URL": "https://example.com/hook"}, profiles=[{"NAME": "Anna", "CODE": "example_code"}])
            result = await client.sale.delivery.handler.add(name="Anna", code="example_code", settings={"CALCULATE_URL": "https://example.com/hook"}, profiles=[{"NAME": "Anna", "CODE": "example_code"}])  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SALE_DELIVERY_HANDLER_ADD,
                {
                    "NAME": name,
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "SETTINGS": settings,
                    "PROFILES": profiles,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Unregister a REST delivery handler from the portal.

        REST method: ``sale.delivery.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-delete.html

        Args:
            id: ID of the delivery handler. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.delete(id=1)
            result = await client.sale.delivery.handler.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_DELIVERY_HANDLER_DELETE, {"ID": id})
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_SaleDeliveryHandler]:
        """List the REST delivery handlers registered on the portal.

        REST method: ``sale.delivery.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            list[SaleDeliveryHandler]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.list()
            result = await client.sale.delivery.handler.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SaleDeliveryHandler]",
            self._backend._invoke(_SALE_DELIVERY_HANDLER_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        settings: SaleDeliveryHandlerUpdateSettings | NotGiven = NOT_GIVEN,
        profiles: Sequence[SaleDeliveryHandlerUpdateProfiles] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the URLs, settings or profiles of a REST delivery handler.

        REST method: ``sale.delivery.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-update.html

        Args:
            id: ID of the delivery handler. Wire name: ``ID``.
            name: Name of the delivery service handler. Wire name: ``NAME``.
            code: Symbolic code of the handler. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the handler. Wire name: ``DESCRIPTION``.
            settings: Handler settings: webhook URLs and the settings form of services that use it. Wire name: ``SETTINGS``.
            profiles: Delivery profiles of the handler; at least one. Wire name: ``PROFILES``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.update(id=1)
            result = await client.sale.delivery.handler.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_HANDLER_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "SETTINGS": settings,
                    "PROFILES": profiles,
                },
            ),
        )


class AsyncSaleDeliveryHandler(Namespace):
    """Methods under ``sale.delivery.handler`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        name: str,
        code: str,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        settings: SaleDeliveryHandlerAddSettings,
        profiles: Sequence[SaleDeliveryHandlerAddProfiles],
    ) -> int:
        """Register a REST handler that calculates and orders deliveries through your service; returns its ID.

        REST method: ``sale.delivery.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-add.html

        Args:
            name: Name of the delivery service handler. Wire name: ``NAME``.
            code: Symbolic code of the handler. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the handler. Wire name: ``DESCRIPTION``.
            settings: Handler settings: webhook URLs and the settings form of services that use it. Wire name: ``SETTINGS``.
            profiles: Delivery profiles of the handler; at least one. Wire name: ``PROFILES``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.add(name="Anna", code="example_code", settings={"CALCULATE_URL": "https://example.com/hook"}, profiles=[{"NAME": "Anna", "CODE": "example_code"}])
            result = await client.sale.delivery.handler.add(name="Anna", code="example_code", settings={"CALCULATE_URL": "https://example.com/hook"}, profiles=[{"NAME": "Anna", "CODE": "example_code"}])  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SALE_DELIVERY_HANDLER_ADD,
                {
                    "NAME": name,
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "SETTINGS": settings,
                    "PROFILES": profiles,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Unregister a REST delivery handler from the portal.

        REST method: ``sale.delivery.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-delete.html

        Args:
            id: ID of the delivery handler. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.delete(id=1)
            result = await client.sale.delivery.handler.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_DELIVERY_HANDLER_DELETE, {"ID": id})
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_SaleDeliveryHandler]:
        """List the REST delivery handlers registered on the portal.

        REST method: ``sale.delivery.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            list[SaleDeliveryHandler]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.list()
            result = await client.sale.delivery.handler.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SaleDeliveryHandler]",
            await self._backend._invoke(_SALE_DELIVERY_HANDLER_LIST, {"start": start}),
        )

    async def update(
        self,
        *,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        settings: SaleDeliveryHandlerUpdateSettings | NotGiven = NOT_GIVEN,
        profiles: Sequence[SaleDeliveryHandlerUpdateProfiles] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the URLs, settings or profiles of a REST delivery handler.

        REST method: ``sale.delivery.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-update.html

        Args:
            id: ID of the delivery handler. Wire name: ``ID``.
            name: Name of the delivery service handler. Wire name: ``NAME``.
            code: Symbolic code of the handler. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the handler. Wire name: ``DESCRIPTION``.
            settings: Handler settings: webhook URLs and the settings form of services that use it. Wire name: ``SETTINGS``.
            profiles: Delivery profiles of the handler; at least one. Wire name: ``PROFILES``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.handler.update(id=1)
            result = await client.sale.delivery.handler.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_HANDLER_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "SETTINGS": settings,
                    "PROFILES": profiles,
                },
            ),
        )


class BatchSaleDeliveryHandler(Namespace):
    """Methods under ``sale.delivery.handler`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str | Ref,
        code: str | Ref,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        settings: SaleDeliveryHandlerAddSettings | Ref,
        profiles: Sequence[SaleDeliveryHandlerAddProfiles] | Ref,
    ) -> BatchCommand[int]:
        """Register a REST handler that calculates and orders deliveries through your service; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-add.html

        Args:
            name: Name of the delivery service handler. Wire name: ``NAME``.
            code: Symbolic code of the handler. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the handler. Wire name: ``DESCRIPTION``.
            settings: Handler settings: webhook URLs and the settings form of services that use it. Wire name: ``SETTINGS``.
            profiles: Delivery profiles of the handler; at least one. Wire name: ``PROFILES``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.handler.add(name="Anna", code="example_code", settings={"CALCULATE_URL": "https://example.com/hook"}, profiles=[{"NAME": "Anna", "CODE": "example_code"}])
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SALE_DELIVERY_HANDLER_ADD,
                {
                    "NAME": name,
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "SETTINGS": settings,
                    "PROFILES": profiles,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unregister a REST delivery handler from the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-delete.html

        Args:
            id: ID of the delivery handler. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.handler.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_DELIVERY_HANDLER_DELETE, {"ID": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_SaleDeliveryHandler]]:
        """List the REST delivery handlers registered on the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

        Returns:
            BatchCommand[list[SaleDeliveryHandler]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.handler.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleDeliveryHandler]]",
            self._backend._invoke(_SALE_DELIVERY_HANDLER_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        id: int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        settings: SaleDeliveryHandlerUpdateSettings | Ref | NotGiven = NOT_GIVEN,
        profiles: (
            Sequence[SaleDeliveryHandlerUpdateProfiles] | Ref | NotGiven
        ) = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the URLs, settings or profiles of a REST delivery handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/handler/sale-delivery-handler-update.html

        Args:
            id: ID of the delivery handler. Wire name: ``ID``.
            name: Name of the delivery service handler. Wire name: ``NAME``.
            code: Symbolic code of the handler. Wire name: ``CODE``.
            sort: Sort position. Wire name: ``SORT``.
            description: Description of the handler. Wire name: ``DESCRIPTION``.
            settings: Handler settings: webhook URLs and the settings form of services that use it. Wire name: ``SETTINGS``.
            profiles: Delivery profiles of the handler; at least one. Wire name: ``PROFILES``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.handler.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_HANDLER_UPDATE,
                {
                    "ID": id,
                    "NAME": name,
                    "CODE": code,
                    "SORT": sort,
                    "DESCRIPTION": description,
                    "SETTINGS": settings,
                    "PROFILES": profiles,
                },
            ),
        )


class SaleDeliveryRequest(Namespace):
    """Methods under ``sale.delivery.request``."""

    __slots__ = ()

    def delete(self, *, delivery_id: int, request_id: str) -> bool:
        """Remove a delivery order request created through a REST delivery service.

        REST method: ``sale.delivery.request.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-delete.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.request.delete(delivery_id=1, request_id="1")
            result = await client.sale.delivery.request.delete(delivery_id=1, request_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_REQUEST_DELETE,
                {"DELIVERY_ID": delivery_id, "REQUEST_ID": request_id},
            ),
        )

    def sendmessage(
        self,
        *,
        delivery_id: int,
        request_id: str,
        addressee: Literal["MANAGER", "RECIPIENT"],
        message: SaleDeliveryRequestSendmessageMessage,
    ) -> bool:
        """Send a status notice about a delivery order to the manager or the recipient.

        REST method: ``sale.delivery.request.sendmessage``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-send-message.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.
            addressee: Who gets the message: "MANAGER" or "RECIPIENT" (the consignee). Wire name: ``ADDRESSEE``.
            message: The message; give SUBJECT, BODY or both. Wire name: ``MESSAGE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.request.sendmessage(delivery_id=1, request_id="1", addressee="MANAGER", message={"SUBJECT": "Kick-off call", "BODY": "Please call back after 3 pm."})
            result = await client.sale.delivery.request.sendmessage(delivery_id=1, request_id="1", addressee="MANAGER", message={"SUBJECT": "Kick-off call", "BODY": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_REQUEST_SENDMESSAGE,
                {
                    "DELIVERY_ID": delivery_id,
                    "REQUEST_ID": request_id,
                    "ADDRESSEE": addressee,
                    "MESSAGE": message,
                },
            ),
        )

    def update(
        self,
        *,
        delivery_id: int,
        request_id: str,
        finalize: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        status: SaleDeliveryRequestUpdateStatus | NotGiven = NOT_GIVEN,
        properties: (
            Sequence[SaleDeliveryRequestUpdateProperties] | NotGiven
        ) = NOT_GIVEN,
        overwrite_properties: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Report the status and properties of a delivery order, or close it.

        REST method: ``sale.delivery.request.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-update.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.
            finalize: \"Y" closes the request once the delivery is done; omitted leaves it open. Wire name: ``FINALIZE``.
            status: New status of the request. Wire name: ``STATUS``.
            properties: Properties of the request, such as a courier phone. Wire name: ``PROPERTIES``.
            overwrite_properties: \"Y" replaces all request properties with the ones passed; "N" (default) only adds them. Wire name: ``OVERWRITE_PROPERTIES``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.request.update(delivery_id=1, request_id="1")
            result = await client.sale.delivery.request.update(delivery_id=1, request_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_DELIVERY_REQUEST_UPDATE,
                {
                    "DELIVERY_ID": delivery_id,
                    "REQUEST_ID": request_id,
                    "FINALIZE": finalize,
                    "STATUS": status,
                    "PROPERTIES": properties,
                    "OVERWRITE_PROPERTIES": overwrite_properties,
                },
            ),
        )


class AsyncSaleDeliveryRequest(Namespace):
    """Methods under ``sale.delivery.request`` (async)."""

    __slots__ = ()

    async def delete(self, *, delivery_id: int, request_id: str) -> bool:
        """Remove a delivery order request created through a REST delivery service.

        REST method: ``sale.delivery.request.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-delete.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.request.delete(delivery_id=1, request_id="1")
            result = await client.sale.delivery.request.delete(delivery_id=1, request_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_REQUEST_DELETE,
                {"DELIVERY_ID": delivery_id, "REQUEST_ID": request_id},
            ),
        )

    async def sendmessage(
        self,
        *,
        delivery_id: int,
        request_id: str,
        addressee: Literal["MANAGER", "RECIPIENT"],
        message: SaleDeliveryRequestSendmessageMessage,
    ) -> bool:
        """Send a status notice about a delivery order to the manager or the recipient.

        REST method: ``sale.delivery.request.sendmessage``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-send-message.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.
            addressee: Who gets the message: "MANAGER" or "RECIPIENT" (the consignee). Wire name: ``ADDRESSEE``.
            message: The message; give SUBJECT, BODY or both. Wire name: ``MESSAGE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.request.sendmessage(delivery_id=1, request_id="1", addressee="MANAGER", message={"SUBJECT": "Kick-off call", "BODY": "Please call back after 3 pm."})
            result = await client.sale.delivery.request.sendmessage(delivery_id=1, request_id="1", addressee="MANAGER", message={"SUBJECT": "Kick-off call", "BODY": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_REQUEST_SENDMESSAGE,
                {
                    "DELIVERY_ID": delivery_id,
                    "REQUEST_ID": request_id,
                    "ADDRESSEE": addressee,
                    "MESSAGE": message,
                },
            ),
        )

    async def update(
        self,
        *,
        delivery_id: int,
        request_id: str,
        finalize: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        status: SaleDeliveryRequestUpdateStatus | NotGiven = NOT_GIVEN,
        properties: (
            Sequence[SaleDeliveryRequestUpdateProperties] | NotGiven
        ) = NOT_GIVEN,
        overwrite_properties: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Report the status and properties of a delivery order, or close it.

        REST method: ``sale.delivery.request.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-update.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.
            finalize: \"Y" closes the request once the delivery is done; omitted leaves it open. Wire name: ``FINALIZE``.
            status: New status of the request. Wire name: ``STATUS``.
            properties: Properties of the request, such as a courier phone. Wire name: ``PROPERTIES``.
            overwrite_properties: \"Y" replaces all request properties with the ones passed; "N" (default) only adds them. Wire name: ``OVERWRITE_PROPERTIES``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.delivery.request.update(delivery_id=1, request_id="1")
            result = await client.sale.delivery.request.update(delivery_id=1, request_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_DELIVERY_REQUEST_UPDATE,
                {
                    "DELIVERY_ID": delivery_id,
                    "REQUEST_ID": request_id,
                    "FINALIZE": finalize,
                    "STATUS": status,
                    "PROPERTIES": properties,
                    "OVERWRITE_PROPERTIES": overwrite_properties,
                },
            ),
        )


class BatchSaleDeliveryRequest(Namespace):
    """Methods under ``sale.delivery.request`` (queued into a batch)."""

    __slots__ = ()

    def delete(
        self, *, delivery_id: int | Ref, request_id: str | Ref
    ) -> BatchCommand[bool]:
        """Remove a delivery order request created through a REST delivery service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.request.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-delete.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.request.delete(delivery_id=1, request_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_REQUEST_DELETE,
                {"DELIVERY_ID": delivery_id, "REQUEST_ID": request_id},
            ),
        )

    def sendmessage(
        self,
        *,
        delivery_id: int | Ref,
        request_id: str | Ref,
        addressee: Literal["MANAGER", "RECIPIENT"] | Ref,
        message: SaleDeliveryRequestSendmessageMessage | Ref,
    ) -> BatchCommand[bool]:
        """Send a status notice about a delivery order to the manager or the recipient.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.request.sendmessage``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-send-message.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.
            addressee: Who gets the message: "MANAGER" or "RECIPIENT" (the consignee). Wire name: ``ADDRESSEE``.
            message: The message; give SUBJECT, BODY or both. Wire name: ``MESSAGE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.request.sendmessage(delivery_id=1, request_id="1", addressee="MANAGER", message={"SUBJECT": "Kick-off call", "BODY": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_REQUEST_SENDMESSAGE,
                {
                    "DELIVERY_ID": delivery_id,
                    "REQUEST_ID": request_id,
                    "ADDRESSEE": addressee,
                    "MESSAGE": message,
                },
            ),
        )

    def update(
        self,
        *,
        delivery_id: int | Ref,
        request_id: str | Ref,
        finalize: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        status: SaleDeliveryRequestUpdateStatus | Ref | NotGiven = NOT_GIVEN,
        properties: (
            Sequence[SaleDeliveryRequestUpdateProperties] | Ref | NotGiven
        ) = NOT_GIVEN,
        overwrite_properties: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Report the status and properties of a delivery order, or close it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.delivery.request.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/delivery/delivery-request/sale-delivery-request-update.html

        Args:
            delivery_id: ID of the delivery service the request belongs to (sale.delivery.getlist). Wire name: ``DELIVERY_ID``.
            request_id: ID of the delivery request, as your service returned it when the delivery was ordered. Wire name: ``REQUEST_ID``.
            finalize: \"Y" closes the request once the delivery is done; omitted leaves it open. Wire name: ``FINALIZE``.
            status: New status of the request. Wire name: ``STATUS``.
            properties: Properties of the request, such as a courier phone. Wire name: ``PROPERTIES``.
            overwrite_properties: \"Y" replaces all request properties with the ones passed; "N" (default) only adds them. Wire name: ``OVERWRITE_PROPERTIES``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.delivery.request.update(delivery_id=1, request_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_DELIVERY_REQUEST_UPDATE,
                {
                    "DELIVERY_ID": delivery_id,
                    "REQUEST_ID": request_id,
                    "FINALIZE": finalize,
                    "STATUS": status,
                    "PROPERTIES": properties,
                    "OVERWRITE_PROPERTIES": overwrite_properties,
                },
            ),
        )
