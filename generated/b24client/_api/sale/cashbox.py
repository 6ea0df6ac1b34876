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
        """Register a cash register that prints fiscal receipts through your REST handler; returns its ID.

        REST method: ``sale.cashbox.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-add.html

        Args:
            name: Cash register name. Wire name: ``NAME``.
            rest_code: Code of the REST cash register handler, the CODE given to sale.cashbox.handler.add. Wire name: ``REST_CODE``.
            email: E-mail that gets notified when receipt printing fails. Wire name: ``EMAIL``.
            ofd: Code of the fiscal data operator (OFD) handler, such as "bx_firstofd", "bx_platformaofd" or "bx_taxcomofd". Wire name: ``OFD``.
            ofd_settings: Settings of the fiscal data operator; empty by default. Wire name: ``OFD_SETTINGS``.
            number_kkm: External ID of the cash register; empty by default. Wire name: ``NUMBER_KKM``.
            active: \"Y" if the cash register is active; "N" by default. Wire name: ``ACTIVE``.
            sort: Sort position; 100 by default. Wire name: ``SORT``.
            use_offline: \"Y" if the cash register works offline; "N" by default. Wire name: ``USE_OFFLINE``.
            settings: Cash register settings, following the CONFIG structure declared by its handler in sale.cashbox.handler.add. Wire name: ``SETTINGS``.

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
        """Remove a cash register from the portal.

        REST method: ``sale.cashbox.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-delete.html

        Args:
            id: ID of the cash register. Wire name: ``ID``.

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
        """List cash registers with their handler, operator and activity settings.

        REST method: ``sale.cashbox.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html

        Args:
            select: Fields to return. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

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
        """Change the name, operator settings or activity of a cash register.

        REST method: ``sale.cashbox.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-update.html

        Args:
            id: ID of the cash register. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

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
        """Register a cash register that prints fiscal receipts through your REST handler; returns its ID.

        REST method: ``sale.cashbox.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-add.html

        Args:
            name: Cash register name. Wire name: ``NAME``.
            rest_code: Code of the REST cash register handler, the CODE given to sale.cashbox.handler.add. Wire name: ``REST_CODE``.
            email: E-mail that gets notified when receipt printing fails. Wire name: ``EMAIL``.
            ofd: Code of the fiscal data operator (OFD) handler, such as "bx_firstofd", "bx_platformaofd" or "bx_taxcomofd". Wire name: ``OFD``.
            ofd_settings: Settings of the fiscal data operator; empty by default. Wire name: ``OFD_SETTINGS``.
            number_kkm: External ID of the cash register; empty by default. Wire name: ``NUMBER_KKM``.
            active: \"Y" if the cash register is active; "N" by default. Wire name: ``ACTIVE``.
            sort: Sort position; 100 by default. Wire name: ``SORT``.
            use_offline: \"Y" if the cash register works offline; "N" by default. Wire name: ``USE_OFFLINE``.
            settings: Cash register settings, following the CONFIG structure declared by its handler in sale.cashbox.handler.add. Wire name: ``SETTINGS``.

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
        """Remove a cash register from the portal.

        REST method: ``sale.cashbox.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-delete.html

        Args:
            id: ID of the cash register. Wire name: ``ID``.

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
        """List cash registers with their handler, operator and activity settings.

        REST method: ``sale.cashbox.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html

        Args:
            select: Fields to return. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

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
        """Change the name, operator settings or activity of a cash register.

        REST method: ``sale.cashbox.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-update.html

        Args:
            id: ID of the cash register. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

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
        """Register a cash register that prints fiscal receipts through your REST handler; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-add.html

        Args:
            name: Cash register name. Wire name: ``NAME``.
            rest_code: Code of the REST cash register handler, the CODE given to sale.cashbox.handler.add. Wire name: ``REST_CODE``.
            email: E-mail that gets notified when receipt printing fails. Wire name: ``EMAIL``.
            ofd: Code of the fiscal data operator (OFD) handler, such as "bx_firstofd", "bx_platformaofd" or "bx_taxcomofd". Wire name: ``OFD``.
            ofd_settings: Settings of the fiscal data operator; empty by default. Wire name: ``OFD_SETTINGS``.
            number_kkm: External ID of the cash register; empty by default. Wire name: ``NUMBER_KKM``.
            active: \"Y" if the cash register is active; "N" by default. Wire name: ``ACTIVE``.
            sort: Sort position; 100 by default. Wire name: ``SORT``.
            use_offline: \"Y" if the cash register works offline; "N" by default. Wire name: ``USE_OFFLINE``.
            settings: Cash register settings, following the CONFIG structure declared by its handler in sale.cashbox.handler.add. Wire name: ``SETTINGS``.

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
        """Remove a cash register from the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-delete.html

        Args:
            id: ID of the cash register. Wire name: ``ID``.

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
        """List cash registers with their handler, operator and activity settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-list.html

        Args:
            select: Fields to return. Wire name: ``SELECT``.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<". Wire name: ``FILTER``.
            order: Sort order as {field: "asc" | "desc"}. Wire name: ``ORDER``.
            start: Offset of the first record to return, for paging.

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
        """Change the name, operator settings or activity of a cash register.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-update.html

        Args:
            id: ID of the cash register. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

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
        """Save the fiscal data of a printed receipt returned by the cash register.

        The receipt is identified by the UUID your PRINT_URL returned when it printed the receipt.

        REST method: ``sale.cashbox.check.apply``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-check-apply.html

        Args:
            uuid: UUID of the receipt, as your PRINT_URL returned it when printing. Wire name: ``UUID``.
            print_end_time: When printing of the receipt finished. Wire name: ``PRINT_END_TIME``.
            reg_number_kkt: Registration number of the cash register (KKT). Wire name: ``REG_NUMBER_KKT``.
            fiscal_doc_attr: Fiscal attribute of the document. Wire name: ``FISCAL_DOC_ATTR``.
            fiscal_doc_number: Number of the fiscal document. Wire name: ``FISCAL_DOC_NUMBER``.
            fiscal_receipt_number: Fiscal number of the receipt. Wire name: ``FISCAL_RECEIPT_NUMBER``.
            fn_number: Number of the fiscal storage unit (FN). Wire name: ``FN_NUMBER``.
            shift_number: Number of the cashier shift. Wire name: ``SHIFT_NUMBER``.

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
        """Save the fiscal data of a printed receipt returned by the cash register.

        The receipt is identified by the UUID your PRINT_URL returned when it printed the receipt.

        REST method: ``sale.cashbox.check.apply``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-check-apply.html

        Args:
            uuid: UUID of the receipt, as your PRINT_URL returned it when printing. Wire name: ``UUID``.
            print_end_time: When printing of the receipt finished. Wire name: ``PRINT_END_TIME``.
            reg_number_kkt: Registration number of the cash register (KKT). Wire name: ``REG_NUMBER_KKT``.
            fiscal_doc_attr: Fiscal attribute of the document. Wire name: ``FISCAL_DOC_ATTR``.
            fiscal_doc_number: Number of the fiscal document. Wire name: ``FISCAL_DOC_NUMBER``.
            fiscal_receipt_number: Fiscal number of the receipt. Wire name: ``FISCAL_RECEIPT_NUMBER``.
            fn_number: Number of the fiscal storage unit (FN). Wire name: ``FN_NUMBER``.
            shift_number: Number of the cashier shift. Wire name: ``SHIFT_NUMBER``.

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
        """Save the fiscal data of a printed receipt returned by the cash register.

        The receipt is identified by the UUID your PRINT_URL returned when it printed the receipt.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.check.apply``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-check-apply.html

        Args:
            uuid: UUID of the receipt, as your PRINT_URL returned it when printing. Wire name: ``UUID``.
            print_end_time: When printing of the receipt finished. Wire name: ``PRINT_END_TIME``.
            reg_number_kkt: Registration number of the cash register (KKT). Wire name: ``REG_NUMBER_KKT``.
            fiscal_doc_attr: Fiscal attribute of the document. Wire name: ``FISCAL_DOC_ATTR``.
            fiscal_doc_number: Number of the fiscal document. Wire name: ``FISCAL_DOC_NUMBER``.
            fiscal_receipt_number: Fiscal number of the receipt. Wire name: ``FISCAL_RECEIPT_NUMBER``.
            fn_number: Number of the fiscal storage unit (FN). Wire name: ``FN_NUMBER``.
            shift_number: Number of the cashier shift. Wire name: ``SHIFT_NUMBER``.

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
        """Register a REST handler that prints fiscal receipts for cash registers; returns its ID.

        REST method: ``sale.cashbox.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-add.html

        Args:
            code: Code of the REST handler; unique among all handlers. Wire name: ``CODE``.
            name: Handler name. Wire name: ``NAME``.
            sort: Sort position; 100 by default. Wire name: ``SORT``.
            supports_ffd105: \"Y" if the cash register supports fiscal data format 1.05; "N" by default. Wire name: ``SUPPORTS_FFD105``.
            settings: Handler settings: print and status URLs and the settings form. Wire name: ``SETTINGS``.

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
        """Remove a REST cash register handler.

        REST method: ``sale.cashbox.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-delete.html

        Args:
            id: ID of the cash register handler. Wire name: ``ID``.

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
        """List the REST handlers available for fiscal cash registers.

        REST method: ``sale.cashbox.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

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
        """Change the name, sort position or settings of a REST cash register handler.

        REST method: ``sale.cashbox.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-update.html

        Args:
            id: ID of the cash register handler. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

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
        """Register a REST handler that prints fiscal receipts for cash registers; returns its ID.

        REST method: ``sale.cashbox.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-add.html

        Args:
            code: Code of the REST handler; unique among all handlers. Wire name: ``CODE``.
            name: Handler name. Wire name: ``NAME``.
            sort: Sort position; 100 by default. Wire name: ``SORT``.
            supports_ffd105: \"Y" if the cash register supports fiscal data format 1.05; "N" by default. Wire name: ``SUPPORTS_FFD105``.
            settings: Handler settings: print and status URLs and the settings form. Wire name: ``SETTINGS``.

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
        """Remove a REST cash register handler.

        REST method: ``sale.cashbox.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-delete.html

        Args:
            id: ID of the cash register handler. Wire name: ``ID``.

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
        """List the REST handlers available for fiscal cash registers.

        REST method: ``sale.cashbox.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

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
        """Change the name, sort position or settings of a REST cash register handler.

        REST method: ``sale.cashbox.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-update.html

        Args:
            id: ID of the cash register handler. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

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
        """Register a REST handler that prints fiscal receipts for cash registers; returns its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-add.html

        Args:
            code: Code of the REST handler; unique among all handlers. Wire name: ``CODE``.
            name: Handler name. Wire name: ``NAME``.
            sort: Sort position; 100 by default. Wire name: ``SORT``.
            supports_ffd105: \"Y" if the cash register supports fiscal data format 1.05; "N" by default. Wire name: ``SUPPORTS_FFD105``.
            settings: Handler settings: print and status URLs and the settings form. Wire name: ``SETTINGS``.

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
        """Remove a REST cash register handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-delete.html

        Args:
            id: ID of the cash register handler. Wire name: ``ID``.

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
        """List the REST handlers available for fiscal cash registers.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-list.html

        Args:
            start: Offset of the first record to return, for paging.

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
        """Change the name, sort position or settings of a REST cash register handler.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.cashbox.handler.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/cashbox/sale-cashbox-handler-update.html

        Args:
            id: ID of the cash register handler. Wire name: ``ID``.
            fields: Fields to change, keyed by field name. Wire name: ``FIELDS``.

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
