"""Methods under ``sale.cashbox``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.sale import (
        SaleCashbox as _SaleCashbox,
        SaleCashboxAddOfdSettings,
        SaleCashboxHandler as _SaleCashboxHandler,
        SaleCashboxHandlerAddSettings,
        SaleCashboxUpdateFields,
    )

_SALE_CASHBOX_ADD = MethodInfo(
    name="sale.cashbox.add", idempotent=False, returns="integer", api=1
)
_SALE_CASHBOX_DELETE = MethodInfo(
    name="sale.cashbox.delete", idempotent=False, returns="boolean", api=1
)
_SALE_CASHBOX_LIST = MethodInfo(
    name="sale.cashbox.list", idempotent=True, returns="any", api=1
)
_SALE_CASHBOX_UPDATE = MethodInfo(
    name="sale.cashbox.update", idempotent=False, returns="boolean", api=1
)
_SALE_CASHBOX_CHECK_APPLY = MethodInfo(
    name="sale.cashbox.check.apply", idempotent=False, returns="boolean", api=1
)
_SALE_CASHBOX_HANDLER_ADD = MethodInfo(
    name="sale.cashbox.handler.add", idempotent=False, returns="integer", api=1
)
_SALE_CASHBOX_HANDLER_DELETE = MethodInfo(
    name="sale.cashbox.handler.delete", idempotent=False, returns="boolean", api=1
)
_SALE_CASHBOX_HANDLER_LIST = MethodInfo(
    name="sale.cashbox.handler.list", idempotent=True, returns="any", api=1
)
_SALE_CASHBOX_HANDLER_UPDATE = MethodInfo(
    name="sale.cashbox.handler.update", idempotent=False, returns="boolean", api=1
)


class SaleCashbox(Namespace):
    """Methods under ``sale.cashbox``."""

    __slots__ = ()

    @property
    def check(self) -> SaleCashboxCheck:
        """Methods under ``sale.cashbox.check``."""
        return SaleCashboxCheck(self._backend)

    @property
    def handler(self) -> SaleCashboxHandler:
        """Methods under ``sale.cashbox.handler``."""
        return SaleCashboxHandler(self._backend)

    def add(
        self,
        *,
        name: str,
        rest_code: str,
        email: str,
        ofd: str | NotGiven = NOT_GIVEN,
        ofd_settings: SaleCashboxAddOfdSettings | NotGiven = NOT_GIVEN,
        number_kkm: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        use_offline: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add sale cashbox.

        REST method: ``sale.cashbox.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-add.html

        Args:
            name: Wire name: ``NAME``.
            rest_code: Wire name: ``REST_CODE``.
            email: Wire name: ``EMAIL``.
            ofd: Wire name: ``OFD``.
            ofd_settings: Wire name: ``OFD_SETTINGS``.
            number_kkm: Wire name: ``NUMBER_KKM``.
            active: Wire name: ``ACTIVE``.
            sort: Wire name: ``SORT``.
            use_offline: Wire name: ``USE_OFFLINE``.
            settings: Wire name: ``SETTINGS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.add(name="Anna", rest_code="example_code", email="anna.smith@example.com")
            result = await client.sale.cashbox.add(name="Anna", rest_code="example_code", email="anna.smith@example.com")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SALE_CASHBOX_ADD,
                {
                    "NAME": name,
                    "REST_CODE": rest_code,
                    "EMAIL": email,
                    "OFD": ofd,
                    "OFD_SETTINGS": ofd_settings,
                    "NUMBER_KKM": number_kkm,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "USE_OFFLINE": use_offline,
                    "SETTINGS": settings,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Delete sale cashbox.

        REST method: ``sale.cashbox.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-delete.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.delete(id=1)
            result = await client.sale.cashbox.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_CASHBOX_DELETE, {"ID": id}))

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_SaleCashbox]:
        """List sale cashbox entries.

        REST method: ``sale.cashbox.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html

        Args:
            select: Wire name: ``SELECT``.
            filter: Wire name: ``FILTER``.
            order: Wire name: ``ORDER``.

        Returns:
            list[SaleCashbox]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.list()
            result = await client.sale.cashbox.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SaleCashbox]",
            self._backend._invoke(
                _SALE_CASHBOX_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: SaleCashboxUpdateFields) -> bool:
        """Update sale cashbox.

        REST method: ``sale.cashbox.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-update.html

        Args:
            id: Wire name: ``ID``.
            fields: Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.update(id=1, fields={"NAME": "Anna", "EMAIL": "anna.smith@example.com"})
            result = await client.sale.cashbox.update(id=1, fields={"NAME": "Anna", "EMAIL": "anna.smith@example.com"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_SALE_CASHBOX_UPDATE, {"ID": id, "FIELDS": fields}),
        )


class AsyncSaleCashbox(Namespace):
    """Methods under ``sale.cashbox`` (async)."""

    __slots__ = ()

    @property
    def check(self) -> AsyncSaleCashboxCheck:
        """Methods under ``sale.cashbox.check``."""
        return AsyncSaleCashboxCheck(self._backend)

    @property
    def handler(self) -> AsyncSaleCashboxHandler:
        """Methods under ``sale.cashbox.handler``."""
        return AsyncSaleCashboxHandler(self._backend)

    async def add(
        self,
        *,
        name: str,
        rest_code: str,
        email: str,
        ofd: str | NotGiven = NOT_GIVEN,
        ofd_settings: SaleCashboxAddOfdSettings | NotGiven = NOT_GIVEN,
        number_kkm: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        use_offline: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add sale cashbox.

        REST method: ``sale.cashbox.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-add.html

        Args:
            name: Wire name: ``NAME``.
            rest_code: Wire name: ``REST_CODE``.
            email: Wire name: ``EMAIL``.
            ofd: Wire name: ``OFD``.
            ofd_settings: Wire name: ``OFD_SETTINGS``.
            number_kkm: Wire name: ``NUMBER_KKM``.
            active: Wire name: ``ACTIVE``.
            sort: Wire name: ``SORT``.
            use_offline: Wire name: ``USE_OFFLINE``.
            settings: Wire name: ``SETTINGS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.add(name="Anna", rest_code="example_code", email="anna.smith@example.com")
            result = await client.sale.cashbox.add(name="Anna", rest_code="example_code", email="anna.smith@example.com")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SALE_CASHBOX_ADD,
                {
                    "NAME": name,
                    "REST_CODE": rest_code,
                    "EMAIL": email,
                    "OFD": ofd,
                    "OFD_SETTINGS": ofd_settings,
                    "NUMBER_KKM": number_kkm,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "USE_OFFLINE": use_offline,
                    "SETTINGS": settings,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete sale cashbox.

        REST method: ``sale.cashbox.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-delete.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.delete(id=1)
            result = await client.sale.cashbox.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_SALE_CASHBOX_DELETE, {"ID": id}))

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_SaleCashbox]:
        """List sale cashbox entries.

        REST method: ``sale.cashbox.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html

        Args:
            select: Wire name: ``SELECT``.
            filter: Wire name: ``FILTER``.
            order: Wire name: ``ORDER``.

        Returns:
            list[SaleCashbox]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.list()
            result = await client.sale.cashbox.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SaleCashbox]",
            await self._backend._invoke(
                _SALE_CASHBOX_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: SaleCashboxUpdateFields) -> bool:
        """Update sale cashbox.

        REST method: ``sale.cashbox.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-update.html

        Args:
            id: Wire name: ``ID``.
            fields: Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.update(id=1, fields={"NAME": "Anna", "EMAIL": "anna.smith@example.com"})
            result = await client.sale.cashbox.update(id=1, fields={"NAME": "Anna", "EMAIL": "anna.smith@example.com"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_CASHBOX_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class BatchSaleCashbox(Namespace):
    """Methods under ``sale.cashbox`` (queued into a batch)."""

    __slots__ = ()

    @property
    def check(self) -> BatchSaleCashboxCheck:
        """Methods under ``sale.cashbox.check``."""
        return BatchSaleCashboxCheck(self._backend)

    @property
    def handler(self) -> BatchSaleCashboxHandler:
        """Methods under ``sale.cashbox.handler``."""
        return BatchSaleCashboxHandler(self._backend)

    def add(
        self,
        *,
        name: str | Ref,
        rest_code: str | Ref,
        email: str | Ref,
        ofd: str | Ref | NotGiven = NOT_GIVEN,
        ofd_settings: SaleCashboxAddOfdSettings | Ref | NotGiven = NOT_GIVEN,
        number_kkm: str | Ref | NotGiven = NOT_GIVEN,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        use_offline: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add sale cashbox.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-add.html

        Args:
            name: Wire name: ``NAME``.
            rest_code: Wire name: ``REST_CODE``.
            email: Wire name: ``EMAIL``.
            ofd: Wire name: ``OFD``.
            ofd_settings: Wire name: ``OFD_SETTINGS``.
            number_kkm: Wire name: ``NUMBER_KKM``.
            active: Wire name: ``ACTIVE``.
            sort: Wire name: ``SORT``.
            use_offline: Wire name: ``USE_OFFLINE``.
            settings: Wire name: ``SETTINGS``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.add(name="Anna", rest_code="example_code", email="anna.smith@example.com")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SALE_CASHBOX_ADD,
                {
                    "NAME": name,
                    "REST_CODE": rest_code,
                    "EMAIL": email,
                    "OFD": ofd,
                    "OFD_SETTINGS": ofd_settings,
                    "NUMBER_KKM": number_kkm,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "USE_OFFLINE": use_offline,
                    "SETTINGS": settings,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete sale cashbox.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-delete.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_CASHBOX_DELETE, {"ID": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleCashbox]]:
        """List sale cashbox entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html

        Args:
            select: Wire name: ``SELECT``.
            filter: Wire name: ``FILTER``.
            order: Wire name: ``ORDER``.

        Returns:
            BatchCommand[list[SaleCashbox]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleCashbox]]",
            self._backend._invoke(
                _SALE_CASHBOX_LIST,
                {"SELECT": select, "FILTER": filter, "ORDER": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleCashboxUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Update sale cashbox.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-update.html

        Args:
            id: Wire name: ``ID``.
            fields: Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.update(id=1, fields={"NAME": "Anna", "EMAIL": "anna.smith@example.com"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_CASHBOX_UPDATE, {"ID": id, "FIELDS": fields}),
        )


class SaleCashboxCheck(Namespace):
    """Methods under ``sale.cashbox.check``."""

    __slots__ = ()

    def apply(
        self,
        *,
        uuid: str,
        print_end_time: str | NotGiven = NOT_GIVEN,
        reg_number_kkt: str | NotGiven = NOT_GIVEN,
        fiscal_doc_attr: str | NotGiven = NOT_GIVEN,
        fiscal_doc_number: str | NotGiven = NOT_GIVEN,
        fiscal_receipt_number: str | NotGiven = NOT_GIVEN,
        fn_number: str | NotGiven = NOT_GIVEN,
        shift_number: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Apply sale cashbox check.

        REST method: ``sale.cashbox.check.apply``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-check-apply.html

        Args:
            uuid: Wire name: ``UUID``.
            print_end_time: Wire name: ``PRINT_END_TIME``.
            reg_number_kkt: Wire name: ``REG_NUMBER_KKT``.
            fiscal_doc_attr: Wire name: ``FISCAL_DOC_ATTR``.
            fiscal_doc_number: Wire name: ``FISCAL_DOC_NUMBER``.
            fiscal_receipt_number: Wire name: ``FISCAL_RECEIPT_NUMBER``.
            fn_number: Wire name: ``FN_NUMBER``.
            shift_number: Wire name: ``SHIFT_NUMBER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.check.apply(uuid="1")
            result = await client.sale.cashbox.check.apply(uuid="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_CASHBOX_CHECK_APPLY,
                {
                    "UUID": uuid,
                    "PRINT_END_TIME": print_end_time,
                    "REG_NUMBER_KKT": reg_number_kkt,
                    "FISCAL_DOC_ATTR": fiscal_doc_attr,
                    "FISCAL_DOC_NUMBER": fiscal_doc_number,
                    "FISCAL_RECEIPT_NUMBER": fiscal_receipt_number,
                    "FN_NUMBER": fn_number,
                    "SHIFT_NUMBER": shift_number,
                },
            ),
        )


class AsyncSaleCashboxCheck(Namespace):
    """Methods under ``sale.cashbox.check`` (async)."""

    __slots__ = ()

    async def apply(
        self,
        *,
        uuid: str,
        print_end_time: str | NotGiven = NOT_GIVEN,
        reg_number_kkt: str | NotGiven = NOT_GIVEN,
        fiscal_doc_attr: str | NotGiven = NOT_GIVEN,
        fiscal_doc_number: str | NotGiven = NOT_GIVEN,
        fiscal_receipt_number: str | NotGiven = NOT_GIVEN,
        fn_number: str | NotGiven = NOT_GIVEN,
        shift_number: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Apply sale cashbox check.

        REST method: ``sale.cashbox.check.apply``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-check-apply.html

        Args:
            uuid: Wire name: ``UUID``.
            print_end_time: Wire name: ``PRINT_END_TIME``.
            reg_number_kkt: Wire name: ``REG_NUMBER_KKT``.
            fiscal_doc_attr: Wire name: ``FISCAL_DOC_ATTR``.
            fiscal_doc_number: Wire name: ``FISCAL_DOC_NUMBER``.
            fiscal_receipt_number: Wire name: ``FISCAL_RECEIPT_NUMBER``.
            fn_number: Wire name: ``FN_NUMBER``.
            shift_number: Wire name: ``SHIFT_NUMBER``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.check.apply(uuid="1")
            result = await client.sale.cashbox.check.apply(uuid="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_CASHBOX_CHECK_APPLY,
                {
                    "UUID": uuid,
                    "PRINT_END_TIME": print_end_time,
                    "REG_NUMBER_KKT": reg_number_kkt,
                    "FISCAL_DOC_ATTR": fiscal_doc_attr,
                    "FISCAL_DOC_NUMBER": fiscal_doc_number,
                    "FISCAL_RECEIPT_NUMBER": fiscal_receipt_number,
                    "FN_NUMBER": fn_number,
                    "SHIFT_NUMBER": shift_number,
                },
            ),
        )


class BatchSaleCashboxCheck(Namespace):
    """Methods under ``sale.cashbox.check`` (queued into a batch)."""

    __slots__ = ()

    def apply(
        self,
        *,
        uuid: str | Ref,
        print_end_time: str | Ref | NotGiven = NOT_GIVEN,
        reg_number_kkt: str | Ref | NotGiven = NOT_GIVEN,
        fiscal_doc_attr: str | Ref | NotGiven = NOT_GIVEN,
        fiscal_doc_number: str | Ref | NotGiven = NOT_GIVEN,
        fiscal_receipt_number: str | Ref | NotGiven = NOT_GIVEN,
        fn_number: str | Ref | NotGiven = NOT_GIVEN,
        shift_number: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Apply sale cashbox check.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.check.apply``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-check-apply.html

        Args:
            uuid: Wire name: ``UUID``.
            print_end_time: Wire name: ``PRINT_END_TIME``.
            reg_number_kkt: Wire name: ``REG_NUMBER_KKT``.
            fiscal_doc_attr: Wire name: ``FISCAL_DOC_ATTR``.
            fiscal_doc_number: Wire name: ``FISCAL_DOC_NUMBER``.
            fiscal_receipt_number: Wire name: ``FISCAL_RECEIPT_NUMBER``.
            fn_number: Wire name: ``FN_NUMBER``.
            shift_number: Wire name: ``SHIFT_NUMBER``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.check.apply(uuid="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_CASHBOX_CHECK_APPLY,
                {
                    "UUID": uuid,
                    "PRINT_END_TIME": print_end_time,
                    "REG_NUMBER_KKT": reg_number_kkt,
                    "FISCAL_DOC_ATTR": fiscal_doc_attr,
                    "FISCAL_DOC_NUMBER": fiscal_doc_number,
                    "FISCAL_RECEIPT_NUMBER": fiscal_receipt_number,
                    "FN_NUMBER": fn_number,
                    "SHIFT_NUMBER": shift_number,
                },
            ),
        )


class SaleCashboxHandler(Namespace):
    """Methods under ``sale.cashbox.handler``."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str,
        name: str,
        sort: int | NotGiven = NOT_GIVEN,
        supports_ffd105: bool | NotGiven = NOT_GIVEN,
        settings: SaleCashboxHandlerAddSettings,
    ) -> int:
        """Add sale cashbox handler.

        REST method: ``sale.cashbox.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-add.html

        Args:
            code: Wire name: ``CODE``.
            name: Wire name: ``NAME``.
            sort: Wire name: ``SORT``.
            supports_ffd105: Wire name: ``SUPPORTS_FFD105``.
            settings: Wire name: ``SETTINGS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.add(code="example_code", name="Anna", settings={"PRINT_URL": "https://example.com/hook", "CHECK_URL": "https://example.com/hook", "CONFIG": {"LABEL": "Kick-off call"}})
            result = await client.sale.cashbox.handler.add(code="example_code", name="Anna", settings={"PRINT_URL": "https://example.com/hook", "CHECK_URL": "https://example.com/hook", "CONFIG": {"LABEL": "Kick-off call"}})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _SALE_CASHBOX_HANDLER_ADD,
                {
                    "CODE": code,
                    "NAME": name,
                    "SORT": sort,
                    "SUPPORTS_FFD105": yes_no(supports_ffd105),
                    "SETTINGS": settings,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Delete sale cashbox handler.

        REST method: ``sale.cashbox.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-delete.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.delete(id=1)
            result = await client.sale.cashbox.handler.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_CASHBOX_HANDLER_DELETE, {"ID": id})
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_SaleCashboxHandler]:
        """List sale cashbox handler entries.

        REST method: ``sale.cashbox.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html

        Returns:
            list[SaleCashboxHandler]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.list()
            result = await client.sale.cashbox.handler.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SaleCashboxHandler]",
            self._backend._invoke(_SALE_CASHBOX_HANDLER_LIST, {"start": start}),
        )

    def update(self, *, id: int, fields: dict[str, Any]) -> bool:
        """Update sale cashbox handler.

        REST method: ``sale.cashbox.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-update.html

        Args:
            id: Wire name: ``ID``.
            fields: Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.update(id=1, fields={})
            result = await client.sale.cashbox.handler.update(id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _SALE_CASHBOX_HANDLER_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class AsyncSaleCashboxHandler(Namespace):
    """Methods under ``sale.cashbox.handler`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        code: str,
        name: str,
        sort: int | NotGiven = NOT_GIVEN,
        supports_ffd105: bool | NotGiven = NOT_GIVEN,
        settings: SaleCashboxHandlerAddSettings,
    ) -> int:
        """Add sale cashbox handler.

        REST method: ``sale.cashbox.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-add.html

        Args:
            code: Wire name: ``CODE``.
            name: Wire name: ``NAME``.
            sort: Wire name: ``SORT``.
            supports_ffd105: Wire name: ``SUPPORTS_FFD105``.
            settings: Wire name: ``SETTINGS``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.add(code="example_code", name="Anna", settings={"PRINT_URL": "https://example.com/hook", "CHECK_URL": "https://example.com/hook", "CONFIG": {"LABEL": "Kick-off call"}})
            result = await client.sale.cashbox.handler.add(code="example_code", name="Anna", settings={"PRINT_URL": "https://example.com/hook", "CHECK_URL": "https://example.com/hook", "CONFIG": {"LABEL": "Kick-off call"}})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _SALE_CASHBOX_HANDLER_ADD,
                {
                    "CODE": code,
                    "NAME": name,
                    "SORT": sort,
                    "SUPPORTS_FFD105": yes_no(supports_ffd105),
                    "SETTINGS": settings,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete sale cashbox handler.

        REST method: ``sale.cashbox.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-delete.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.delete(id=1)
            result = await client.sale.cashbox.handler.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_CASHBOX_HANDLER_DELETE, {"ID": id})
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_SaleCashboxHandler]:
        """List sale cashbox handler entries.

        REST method: ``sale.cashbox.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html

        Returns:
            list[SaleCashboxHandler]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.list()
            result = await client.sale.cashbox.handler.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_SaleCashboxHandler]",
            await self._backend._invoke(_SALE_CASHBOX_HANDLER_LIST, {"start": start}),
        )

    async def update(self, *, id: int, fields: dict[str, Any]) -> bool:
        """Update sale cashbox handler.

        REST method: ``sale.cashbox.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-update.html

        Args:
            id: Wire name: ``ID``.
            fields: Wire name: ``FIELDS``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.sale.cashbox.handler.update(id=1, fields={})
            result = await client.sale.cashbox.handler.update(id=1, fields={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _SALE_CASHBOX_HANDLER_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )


class BatchSaleCashboxHandler(Namespace):
    """Methods under ``sale.cashbox.handler`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        code: str | Ref,
        name: str | Ref,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        supports_ffd105: bool | Ref | NotGiven = NOT_GIVEN,
        settings: SaleCashboxHandlerAddSettings | Ref,
    ) -> BatchCommand[int]:
        """Add sale cashbox handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-add.html

        Args:
            code: Wire name: ``CODE``.
            name: Wire name: ``NAME``.
            sort: Wire name: ``SORT``.
            supports_ffd105: Wire name: ``SUPPORTS_FFD105``.
            settings: Wire name: ``SETTINGS``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.handler.add(code="example_code", name="Anna", settings={"PRINT_URL": "https://example.com/hook", "CHECK_URL": "https://example.com/hook", "CONFIG": {"LABEL": "Kick-off call"}})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _SALE_CASHBOX_HANDLER_ADD,
                {
                    "CODE": code,
                    "NAME": name,
                    "SORT": sort,
                    "SUPPORTS_FFD105": yes_no(supports_ffd105),
                    "SETTINGS": settings,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete sale cashbox handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-delete.html

        Args:
            id: Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.handler.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_CASHBOX_HANDLER_DELETE, {"ID": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_SaleCashboxHandler]]:
        """List sale cashbox handler entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html

        Returns:
            BatchCommand[list[SaleCashboxHandler]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.handler.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleCashboxHandler]]",
            self._backend._invoke(_SALE_CASHBOX_HANDLER_LIST, {"start": start}),
        )

    def update(
        self, *, id: int | Ref, fields: dict[str, Any] | Ref
    ) -> BatchCommand[bool]:
        """Update sale cashbox handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-update.html

        Args:
            id: Wire name: ``ID``.
            fields: Wire name: ``FIELDS``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.sale.cashbox.handler.update(id=1, fields={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _SALE_CASHBOX_HANDLER_UPDATE, {"ID": id, "FIELDS": fields}
            ),
        )
