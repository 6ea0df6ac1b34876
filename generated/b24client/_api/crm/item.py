"""Methods under ``crm.item``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmItem as _CrmItem,
        CrmItemAddFields,
        CrmItemAddResult,
        CrmItemBatchImportResult,
        CrmItemDelivery as _CrmItemDelivery,
        CrmItemDetailsConfiguration as _CrmItemDetailsConfiguration,
        CrmItemFieldsResult,
        CrmItemGetResult,
        CrmItemImportFields,
        CrmItemImportResult,
        CrmItemPayment as _CrmItemPayment,
        CrmItemPaymentDelivery as _CrmItemPaymentDelivery,
        CrmItemPaymentProduct as _CrmItemPaymentProduct,
        CrmItemPaymentUpdateFields,
        CrmItemProductrow as _CrmItemProductrow,
        CrmItemProductrowAddFields,
        CrmItemProductrowAddResult,
        CrmItemProductrowFieldsResult,
        CrmItemProductrowGetAvailableForPaymentResult,
        CrmItemProductrowGetResult,
        CrmItemProductrowSetProductRows,
        CrmItemProductrowSetResult,
        CrmItemProductrowUpdateFields,
        CrmItemProductrowUpdateResult,
        CrmItemUpdateFields,
        CrmItemUpdateResult,
    )

_CRM_ITEM_ADD = MethodInfo(name="crm.item.add", idempotent=False, returns="any", api=1)
_CRM_ITEM_BATCH_IMPORT = MethodInfo(
    name="crm.item.batchImport", idempotent=False, returns="any", api=1
)
_CRM_ITEM_DELETE = MethodInfo(
    name="crm.item.delete", idempotent=False, returns="any", api=1
)
_CRM_ITEM_FIELDS = MethodInfo(
    name="crm.item.fields", idempotent=True, returns="any", api=1
)
_CRM_ITEM_GET = MethodInfo(name="crm.item.get", idempotent=True, returns="any", api=1)
_CRM_ITEM_IMPORT = MethodInfo(
    name="crm.item.import", idempotent=False, returns="any", api=1
)
_CRM_ITEM_LIST = MethodInfo(name="crm.item.list", idempotent=True, returns="any", api=1)
_CRM_ITEM_UPDATE = MethodInfo(
    name="crm.item.update", idempotent=False, returns="any", api=1
)
_CRM_ITEM_DELIVERY_GET = MethodInfo(
    name="crm.item.delivery.get", idempotent=True, returns="any", api=1
)
_CRM_ITEM_DELIVERY_LIST = MethodInfo(
    name="crm.item.delivery.list", idempotent=True, returns="any", api=1
)
_CRM_ITEM_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL = MethodInfo(
    name="crm.item.details.configuration.forceCommonScopeForAll",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_ITEM_DETAILS_CONFIGURATION_GET = MethodInfo(
    name="crm.item.details.configuration.get", idempotent=True, returns="any", api=1
)
_CRM_ITEM_DETAILS_CONFIGURATION_RESET = MethodInfo(
    name="crm.item.details.configuration.reset",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_ITEM_DETAILS_CONFIGURATION_SET = MethodInfo(
    name="crm.item.details.configuration.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_ITEM_PAYMENT_ADD = MethodInfo(
    name="crm.item.payment.add", idempotent=False, returns="integer", api=1
)
_CRM_ITEM_PAYMENT_DELETE = MethodInfo(
    name="crm.item.payment.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ITEM_PAYMENT_GET = MethodInfo(
    name="crm.item.payment.get", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PAYMENT_LIST = MethodInfo(
    name="crm.item.payment.list", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PAYMENT_PAY = MethodInfo(
    name="crm.item.payment.pay", idempotent=False, returns="boolean", api=1
)
_CRM_ITEM_PAYMENT_UNPAY = MethodInfo(
    name="crm.item.payment.unpay", idempotent=False, returns="boolean", api=1
)
_CRM_ITEM_PAYMENT_UPDATE = MethodInfo(
    name="crm.item.payment.update", idempotent=False, returns="boolean", api=1
)
_CRM_ITEM_PAYMENT_DELIVERY_ADD = MethodInfo(
    name="crm.item.payment.delivery.add", idempotent=False, returns="integer", api=1
)
_CRM_ITEM_PAYMENT_DELIVERY_DELETE = MethodInfo(
    name="crm.item.payment.delivery.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ITEM_PAYMENT_DELIVERY_LIST = MethodInfo(
    name="crm.item.payment.delivery.list", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PAYMENT_DELIVERY_SET_DELIVERY = MethodInfo(
    name="crm.item.payment.delivery.setDelivery",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_ITEM_PAYMENT_PRODUCT_ADD = MethodInfo(
    name="crm.item.payment.product.add", idempotent=False, returns="integer", api=1
)
_CRM_ITEM_PAYMENT_PRODUCT_DELETE = MethodInfo(
    name="crm.item.payment.product.delete", idempotent=False, returns="boolean", api=1
)
_CRM_ITEM_PAYMENT_PRODUCT_LIST = MethodInfo(
    name="crm.item.payment.product.list", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PAYMENT_PRODUCT_SET_QUANTITY = MethodInfo(
    name="crm.item.payment.product.setQuantity",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_ITEM_PRODUCTROW_ADD = MethodInfo(
    name="crm.item.productrow.add", idempotent=False, returns="any", api=1
)
_CRM_ITEM_PRODUCTROW_DELETE = MethodInfo(
    name="crm.item.productrow.delete", idempotent=False, returns="any", api=1
)
_CRM_ITEM_PRODUCTROW_FIELDS = MethodInfo(
    name="crm.item.productrow.fields", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PRODUCTROW_GET = MethodInfo(
    name="crm.item.productrow.get", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PRODUCTROW_GET_AVAILABLE_FOR_PAYMENT = MethodInfo(
    name="crm.item.productrow.getAvailableForPayment",
    idempotent=True,
    returns="any",
    api=1,
)
_CRM_ITEM_PRODUCTROW_LIST = MethodInfo(
    name="crm.item.productrow.list", idempotent=True, returns="any", api=1
)
_CRM_ITEM_PRODUCTROW_SET = MethodInfo(
    name="crm.item.productrow.set", idempotent=False, returns="any", api=1
)
_CRM_ITEM_PRODUCTROW_UPDATE = MethodInfo(
    name="crm.item.productrow.update", idempotent=False, returns="any", api=1
)


class CrmItem(Namespace):
    """Methods under ``crm.item``."""

    __slots__ = ()

    @property
    def delivery(self) -> CrmItemDelivery:
        """Methods under ``crm.item.delivery``."""
        return CrmItemDelivery(self._backend)

    @property
    def details(self) -> CrmItemDetails:
        """Methods under ``crm.item.details``."""
        return CrmItemDetails(self._backend)

    @property
    def payment(self) -> CrmItemPayment:
        """Methods under ``crm.item.payment``."""
        return CrmItemPayment(self._backend)

    @property
    def productrow(self) -> CrmItemProductrow:
        """Methods under ``crm.item.productrow``."""
        return CrmItemProductrow(self._backend)

    def add(
        self,
        *,
        entity_type_id: int,
        fields: CrmItemAddFields,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmItemAddResult:
        """Create a lead, deal, contact, company, invoice, quote or smart-process item of any CRM type.

        Fields unknown to the type are ignored silently. Required fields (including stage-dependent ones) and access rights are checked, defaults are filled in, and automation rules start after saving.

        REST method: ``crm.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-add.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            fields: Values of the new item keyed by camelCase field name; the set of fields depends on the type (crm.item.fields).
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CrmItemAddResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.add(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
            result = await client.crm.item.add(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemAddResult",
            self._backend._invoke(
                _CRM_ITEM_ADD,
                {
                    "entityTypeId": entity_type_id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def batch_import(
        self,
        *,
        entity_type_id: int,
        data: Sequence[dict[str, Any]] | Sequence[Any],
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
    ) -> CrmItemBatchImportResult:
        """Import up to 20 CRM items of one type in a single request, keeping their history.

        Import checks the import right rather than the add right, and automation rules and business processes do not run for imported items. Each item succeeds or fails on its own: failed ones come back as error entries in items.

        REST method: ``crm.item.batchImport``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/import/crm-item-batch-import.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            data: Up to 20 items, each an object of field values as in crm.item.import.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            CrmItemBatchImportResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``INVALID_CREDENTIALS``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.item.batch_import(entity_type_id=1, data=[{}])
            result = await client.crm.item.batch_import(entity_type_id=1, data=[{}])  # AsyncBitrix24
        """
        return cast(
            "CrmItemBatchImportResult",
            self._backend._invoke(
                _CRM_ITEM_BATCH_IMPORT,
                {
                    "entityTypeId": entity_type_id,
                    "data": data,
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def delete(self, *, entity_type_id: int, id: int) -> builtins.list[Any]:
        """Remove an item of any CRM type (lead, deal, smart process and so on) by its ID.

        REST method: ``crm.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-delete.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.

        Returns:
            list[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.delete(entity_type_id=1, id=1)
            result = await client.crm.item.delete(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            self._backend._invoke(
                _CRM_ITEM_DELETE, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    def fields(
        self, *, entity_type_id: int, use_original_uf_names: bool | NotGiven = NOT_GIVEN
    ) -> CrmItemFieldsResult:
        """Describe every field of a CRM object type, custom fields included: type, flags and list values.

        REST method: ``crm.item.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-fields.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            CrmItemFieldsResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.fields(entity_type_id=1)
            result = await client.crm.item.fields(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmItemFieldsResult",
            self._backend._invoke(
                _CRM_ITEM_FIELDS,
                {
                    "entityTypeId": entity_type_id,
                    "useOriginalUfNames": yes_no(use_original_uf_names),
                },
            ),
        )

    def get(
        self,
        *,
        entity_type_id: int,
        id: int,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
    ) -> CrmItemGetResult:
        """Read one item of any CRM type with all its fields.

        REST method: ``crm.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-get.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            CrmItemGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.get(entity_type_id=1, id=1)
            result = await client.crm.item.get(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmItemGetResult",
            self._backend._invoke(
                _CRM_ITEM_GET,
                {
                    "entityTypeId": entity_type_id,
                    "id": id,
                    "useOriginalUfNames": yes_no(use_original_uf_names),
                },
            ),
        )

    def import_(
        self,
        *,
        entity_type_id: int,
        fields: CrmItemImportFields,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmItemImportResult:
        """Import one CRM item, keeping its creation date, authors and other history.

        Import checks the import right rather than the add right, and automation rules and business processes do not run. Fields unknown to the type are ignored.

        REST method: ``crm.item.import``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/import/crm-item-import.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            fields: Values of the imported item keyed by field name; history fields such as createdTime and createdBy are accepted.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CrmItemImportResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``INVALID_CREDENTIALS``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.item.import_(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
            result = await client.crm.item.import_(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemImportResult",
            self._backend._invoke(
                _CRM_ITEM_IMPORT,
                {
                    "entityTypeId": entity_type_id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_IMPORT, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def list(
        self,
        *,
        entity_type_id: int,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmItem]:
        """Find items of any CRM type by filter, with chosen fields, sorting and paging.

        Pages always hold 50 items. Multifields (fm: phones, e-mails) cannot be requested in select.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-list.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            select: camelCase fields to return, such as ["id", "title"], or "*" for all fields.
            filter: Conditions on field values, such as {">opportunity": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison. Conditions are joined by AND; a nested group with "logic": "OR" gives OR.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            Page[CrmItem]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``.

        Example:
            result = client.crm.item.list(entity_type_id=1)
            result = await client.crm.item.list(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmItem]",
            self._backend._invoke_page(
                _CRM_ITEM_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def update(
        self,
        *,
        entity_type_id: int,
        id: int,
        fields: CrmItemUpdateFields,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmItemUpdateResult:
        """Change fields of an item of any CRM type (lead, deal, smart process and so on).

        Only the fields passed are changed; unknown fields are ignored. Rights and required fields are checked and automation rules may start.

        REST method: ``crm.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-update.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.
            fields: Values to change, keyed by camelCase field name.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CrmItemUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.update(entity_type_id=1, id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
            result = await client.crm.item.update(entity_type_id=1, id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemUpdateResult",
            self._backend._invoke(
                _CRM_ITEM_UPDATE,
                {
                    "entityTypeId": entity_type_id,
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )


class AsyncCrmItem(Namespace):
    """Methods under ``crm.item`` (async)."""

    __slots__ = ()

    @property
    def delivery(self) -> AsyncCrmItemDelivery:
        """Methods under ``crm.item.delivery``."""
        return AsyncCrmItemDelivery(self._backend)

    @property
    def details(self) -> AsyncCrmItemDetails:
        """Methods under ``crm.item.details``."""
        return AsyncCrmItemDetails(self._backend)

    @property
    def payment(self) -> AsyncCrmItemPayment:
        """Methods under ``crm.item.payment``."""
        return AsyncCrmItemPayment(self._backend)

    @property
    def productrow(self) -> AsyncCrmItemProductrow:
        """Methods under ``crm.item.productrow``."""
        return AsyncCrmItemProductrow(self._backend)

    async def add(
        self,
        *,
        entity_type_id: int,
        fields: CrmItemAddFields,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmItemAddResult:
        """Create a lead, deal, contact, company, invoice, quote or smart-process item of any CRM type.

        Fields unknown to the type are ignored silently. Required fields (including stage-dependent ones) and access rights are checked, defaults are filled in, and automation rules start after saving.

        REST method: ``crm.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-add.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            fields: Values of the new item keyed by camelCase field name; the set of fields depends on the type (crm.item.fields).
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CrmItemAddResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.add(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
            result = await client.crm.item.add(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemAddResult",
            await self._backend._invoke(
                _CRM_ITEM_ADD,
                {
                    "entityTypeId": entity_type_id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    async def batch_import(
        self,
        *,
        entity_type_id: int,
        data: Sequence[dict[str, Any]] | Sequence[Any],
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
    ) -> CrmItemBatchImportResult:
        """Import up to 20 CRM items of one type in a single request, keeping their history.

        Import checks the import right rather than the add right, and automation rules and business processes do not run for imported items. Each item succeeds or fails on its own: failed ones come back as error entries in items.

        REST method: ``crm.item.batchImport``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/import/crm-item-batch-import.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            data: Up to 20 items, each an object of field values as in crm.item.import.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            CrmItemBatchImportResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``INVALID_CREDENTIALS``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.item.batch_import(entity_type_id=1, data=[{}])
            result = await client.crm.item.batch_import(entity_type_id=1, data=[{}])  # AsyncBitrix24
        """
        return cast(
            "CrmItemBatchImportResult",
            await self._backend._invoke(
                _CRM_ITEM_BATCH_IMPORT,
                {
                    "entityTypeId": entity_type_id,
                    "data": data,
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    async def delete(self, *, entity_type_id: int, id: int) -> builtins.list[Any]:
        """Remove an item of any CRM type (lead, deal, smart process and so on) by its ID.

        REST method: ``crm.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-delete.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.

        Returns:
            list[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.delete(entity_type_id=1, id=1)
            result = await client.crm.item.delete(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[Any]",
            await self._backend._invoke(
                _CRM_ITEM_DELETE, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    async def fields(
        self, *, entity_type_id: int, use_original_uf_names: bool | NotGiven = NOT_GIVEN
    ) -> CrmItemFieldsResult:
        """Describe every field of a CRM object type, custom fields included: type, flags and list values.

        REST method: ``crm.item.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-fields.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            CrmItemFieldsResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.fields(entity_type_id=1)
            result = await client.crm.item.fields(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmItemFieldsResult",
            await self._backend._invoke(
                _CRM_ITEM_FIELDS,
                {
                    "entityTypeId": entity_type_id,
                    "useOriginalUfNames": yes_no(use_original_uf_names),
                },
            ),
        )

    async def get(
        self,
        *,
        entity_type_id: int,
        id: int,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
    ) -> CrmItemGetResult:
        """Read one item of any CRM type with all its fields.

        REST method: ``crm.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-get.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            CrmItemGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.get(entity_type_id=1, id=1)
            result = await client.crm.item.get(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmItemGetResult",
            await self._backend._invoke(
                _CRM_ITEM_GET,
                {
                    "entityTypeId": entity_type_id,
                    "id": id,
                    "useOriginalUfNames": yes_no(use_original_uf_names),
                },
            ),
        )

    async def import_(
        self,
        *,
        entity_type_id: int,
        fields: CrmItemImportFields,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmItemImportResult:
        """Import one CRM item, keeping its creation date, authors and other history.

        Import checks the import right rather than the add right, and automation rules and business processes do not run. Fields unknown to the type are ignored.

        REST method: ``crm.item.import``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/import/crm-item-import.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            fields: Values of the imported item keyed by field name; history fields such as createdTime and createdBy are accepted.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CrmItemImportResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``INVALID_CREDENTIALS``, ``allowed_only_intranet_user``.

        Example:
            result = client.crm.item.import_(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
            result = await client.crm.item.import_(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemImportResult",
            await self._backend._invoke(
                _CRM_ITEM_IMPORT,
                {
                    "entityTypeId": entity_type_id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_IMPORT, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    async def list(
        self,
        *,
        entity_type_id: int,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmItem]:
        """Find items of any CRM type by filter, with chosen fields, sorting and paging.

        Pages always hold 50 items. Multifields (fm: phones, e-mails) cannot be requested in select.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-list.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            select: camelCase fields to return, such as ["id", "title"], or "*" for all fields.
            filter: Conditions on field values, such as {">opportunity": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison. Conditions are joined by AND; a nested group with "logic": "OR" gives OR.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            AsyncPage[CrmItem]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``.

        Example:
            result = client.crm.item.list(entity_type_id=1)
            result = await client.crm.item.list(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmItem]",
            await self._backend._invoke_page(
                _CRM_ITEM_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    async def update(
        self,
        *,
        entity_type_id: int,
        id: int,
        fields: CrmItemUpdateFields,
        use_original_uf_names: bool | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> CrmItemUpdateResult:
        """Change fields of an item of any CRM type (lead, deal, smart process and so on).

        Only the fields passed are changed; unknown fields are ignored. Rights and required fields are checked and automation rules may start.

        REST method: ``crm.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-update.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.
            fields: Values to change, keyed by camelCase field name.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            CrmItemUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.update(entity_type_id=1, id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
            result = await client.crm.item.update(entity_type_id=1, id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemUpdateResult",
            await self._backend._invoke(
                _CRM_ITEM_UPDATE,
                {
                    "entityTypeId": entity_type_id,
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )


class BatchCrmItem(Namespace):
    """Methods under ``crm.item`` (queued into a batch)."""

    __slots__ = ()

    @property
    def delivery(self) -> BatchCrmItemDelivery:
        """Methods under ``crm.item.delivery``."""
        return BatchCrmItemDelivery(self._backend)

    @property
    def details(self) -> BatchCrmItemDetails:
        """Methods under ``crm.item.details``."""
        return BatchCrmItemDetails(self._backend)

    @property
    def payment(self) -> BatchCrmItemPayment:
        """Methods under ``crm.item.payment``."""
        return BatchCrmItemPayment(self._backend)

    @property
    def productrow(self) -> BatchCrmItemProductrow:
        """Methods under ``crm.item.productrow``."""
        return BatchCrmItemProductrow(self._backend)

    def add(
        self,
        *,
        entity_type_id: int | Ref,
        fields: CrmItemAddFields | Ref,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmItemAddResult]:
        """Create a lead, deal, contact, company, invoice, quote or smart-process item of any CRM type.

        Fields unknown to the type are ignored silently. Required fields (including stage-dependent ones) and access rights are checked, defaults are filled in, and automation rules start after saving.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-add.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            fields: Values of the new item keyed by camelCase field name; the set of fields depends on the type (crm.item.fields).
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CrmItemAddResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.add(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CrmItemAddResult]",
            self._backend._invoke(
                _CRM_ITEM_ADD,
                {
                    "entityTypeId": entity_type_id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def batch_import(
        self,
        *,
        entity_type_id: int | Ref,
        data: Sequence[dict[str, Any]] | Sequence[Any] | Ref,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmItemBatchImportResult]:
        """Import up to 20 CRM items of one type in a single request, keeping their history.

        Import checks the import right rather than the add right, and automation rules and business processes do not run for imported items. Each item succeeds or fails on its own: failed ones come back as error entries in items.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.batchImport``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/import/crm-item-batch-import.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            data: Up to 20 items, each an object of field values as in crm.item.import.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            BatchCommand[CrmItemBatchImportResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``INVALID_CREDENTIALS``, ``allowed_only_intranet_user``.

        Example:
            command = batch.crm.item.batch_import(entity_type_id=1, data=[{}])
        """
        return cast(
            "BatchCommand[CrmItemBatchImportResult]",
            self._backend._invoke(
                _CRM_ITEM_BATCH_IMPORT,
                {
                    "entityTypeId": entity_type_id,
                    "data": data,
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def delete(
        self, *, entity_type_id: int | Ref, id: int | Ref
    ) -> BatchCommand[builtins.list[Any]]:
        """Remove an item of any CRM type (lead, deal, smart process and so on) by its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-delete.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.

        Returns:
            BatchCommand[list[Any]]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.delete(entity_type_id=1, id=1)
        """
        return cast(
            "BatchCommand[builtins.list[Any]]",
            self._backend._invoke(
                _CRM_ITEM_DELETE, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    def fields(
        self,
        *,
        entity_type_id: int | Ref,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmItemFieldsResult]:
        """Describe every field of a CRM object type, custom fields included: type, flags and list values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-fields.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            BatchCommand[CrmItemFieldsResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.fields(entity_type_id=1)
        """
        return cast(
            "BatchCommand[CrmItemFieldsResult]",
            self._backend._invoke(
                _CRM_ITEM_FIELDS,
                {
                    "entityTypeId": entity_type_id,
                    "useOriginalUfNames": yes_no(use_original_uf_names),
                },
            ),
        )

    def get(
        self,
        *,
        entity_type_id: int | Ref,
        id: int | Ref,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmItemGetResult]:
        """Read one item of any CRM type with all its fields.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-get.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            BatchCommand[CrmItemGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.get(entity_type_id=1, id=1)
        """
        return cast(
            "BatchCommand[CrmItemGetResult]",
            self._backend._invoke(
                _CRM_ITEM_GET,
                {
                    "entityTypeId": entity_type_id,
                    "id": id,
                    "useOriginalUfNames": yes_no(use_original_uf_names),
                },
            ),
        )

    def import_(
        self,
        *,
        entity_type_id: int | Ref,
        fields: CrmItemImportFields | Ref,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmItemImportResult]:
        """Import one CRM item, keeping its creation date, authors and other history.

        Import checks the import right rather than the add right, and automation rules and business processes do not run. Fields unknown to the type are ignored.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.import``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/import/crm-item-import.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            fields: Values of the imported item keyed by field name; history fields such as createdTime and createdBy are accepted.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CrmItemImportResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``INVALID_CREDENTIALS``, ``allowed_only_intranet_user``.

        Example:
            command = batch.crm.item.import_(entity_type_id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CrmItemImportResult]",
            self._backend._invoke(
                _CRM_ITEM_IMPORT,
                {
                    "entityTypeId": entity_type_id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_IMPORT, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def list(
        self,
        *,
        entity_type_id: int | Ref,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmItem]]:
        """Find items of any CRM type by filter, with chosen fields, sorting and paging.

        Pages always hold 50 items. Multifields (fm: phones, e-mails) cannot be requested in select.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-list.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            select: camelCase fields to return, such as ["id", "title"], or "*" for all fields.
            filter: Conditions on field values, such as {">opportunity": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison. Conditions are joined by AND; a nested group with "logic": "OR" gives OR.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" (default) uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.

        Returns:
            BatchCommand[list[CrmItem]]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``.

        Example:
            command = batch.crm.item.list(entity_type_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CrmItem]]",
            self._backend._invoke_page(
                _CRM_ITEM_LIST,
                {
                    "entityTypeId": entity_type_id,
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )

    def update(
        self,
        *,
        entity_type_id: int | Ref,
        id: int | Ref,
        fields: CrmItemUpdateFields | Ref,
        use_original_uf_names: bool | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[CrmItemUpdateResult]:
        """Change fields of an item of any CRM type (lead, deal, smart process and so on).

        Only the fields passed are changed; unknown fields are ignored. Rights and required fields are checked and automation rules may start.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-update.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            id: ID of the item.
            fields: Values to change, keyed by camelCase field name.
            use_original_uf_names: \"Y" uses original custom field names such as UF_CRM_2_1639669411830 in the request and answer; "N" uses camelCase such as ufCrm2_1639669411830. Wire name: ``useOriginalUfNames``.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[CrmItemUpdateResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``allowed_only_intranet_user``, ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.update(entity_type_id=1, id=1, fields={"title": "Kick-off call", "companyTitle": "Kick-off call"})
        """
        return cast(
            "BatchCommand[CrmItemUpdateResult]",
            self._backend._invoke(
                _CRM_ITEM_UPDATE,
                {
                    "entityTypeId": entity_type_id,
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_ITEM_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "useOriginalUfNames": use_original_uf_names,
                },
            ),
        )


class CrmItemDelivery(Namespace):
    """Methods under ``crm.item.delivery``."""

    __slots__ = ()

    def get(self, *, id: int) -> _CrmItemDelivery:
        """Read one delivery (shipment) of a CRM item such as a deal.

        REST method: ``crm.item.delivery.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-get.html

        Args:
            id: ID of the delivery (shipment).

        Returns:
            CrmItemDelivery

        Example:
            result = client.crm.item.delivery.get(id=1)
            result = await client.crm.item.delivery.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmItemDelivery",
            self._backend._invoke(_CRM_ITEM_DELIVERY_GET, {"id": id}),
        )

    def list(
        self,
        *,
        entity_id: int,
        entity_type_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemDelivery]:
        """List the deliveries (shipments) attached to a CRM item such as a deal.

        REST method: ``crm.item.delivery.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-list.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.
            filter: Extra conditions on delivery fields, in the format of sale.shipment.list.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemDelivery]

        Example:
            result = client.crm.item.delivery.list(entity_id=1, entity_type_id=1)
            result = await client.crm.item.delivery.list(entity_id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemDelivery]",
            self._backend._invoke(
                _CRM_ITEM_DELIVERY_LIST,
                {
                    "entityId": entity_id,
                    "entityTypeId": entity_type_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )


class AsyncCrmItemDelivery(Namespace):
    """Methods under ``crm.item.delivery`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> _CrmItemDelivery:
        """Read one delivery (shipment) of a CRM item such as a deal.

        REST method: ``crm.item.delivery.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-get.html

        Args:
            id: ID of the delivery (shipment).

        Returns:
            CrmItemDelivery

        Example:
            result = client.crm.item.delivery.get(id=1)
            result = await client.crm.item.delivery.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmItemDelivery",
            await self._backend._invoke(_CRM_ITEM_DELIVERY_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        entity_id: int,
        entity_type_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemDelivery]:
        """List the deliveries (shipments) attached to a CRM item such as a deal.

        REST method: ``crm.item.delivery.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-list.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.
            filter: Extra conditions on delivery fields, in the format of sale.shipment.list.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemDelivery]

        Example:
            result = client.crm.item.delivery.list(entity_id=1, entity_type_id=1)
            result = await client.crm.item.delivery.list(entity_id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemDelivery]",
            await self._backend._invoke(
                _CRM_ITEM_DELIVERY_LIST,
                {
                    "entityId": entity_id,
                    "entityTypeId": entity_type_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )


class BatchCrmItemDelivery(Namespace):
    """Methods under ``crm.item.delivery`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmItemDelivery]:
        """Read one delivery (shipment) of a CRM item such as a deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.delivery.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-get.html

        Args:
            id: ID of the delivery (shipment).

        Returns:
            BatchCommand[CrmItemDelivery]

        Example:
            command = batch.crm.item.delivery.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmItemDelivery]",
            self._backend._invoke(_CRM_ITEM_DELIVERY_GET, {"id": id}),
        )

    def list(
        self,
        *,
        entity_id: int | Ref,
        entity_type_id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmItemDelivery]]:
        """List the deliveries (shipments) attached to a CRM item such as a deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.delivery.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-list.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.
            filter: Extra conditions on delivery fields, in the format of sale.shipment.list.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmItemDelivery]]

        Example:
            command = batch.crm.item.delivery.list(entity_id=1, entity_type_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CrmItemDelivery]]",
            self._backend._invoke(
                _CRM_ITEM_DELIVERY_LIST,
                {
                    "entityId": entity_id,
                    "entityTypeId": entity_type_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )


class CrmItemDetails(Namespace):
    """Methods under ``crm.item.details``."""

    __slots__ = ()

    @property
    def configuration(self) -> CrmItemDetailsConfiguration:
        """Methods under ``crm.item.details.configuration``."""
        return CrmItemDetailsConfiguration(self._backend)


class AsyncCrmItemDetails(Namespace):
    """Methods under ``crm.item.details`` (async)."""

    __slots__ = ()

    @property
    def configuration(self) -> AsyncCrmItemDetailsConfiguration:
        """Methods under ``crm.item.details.configuration``."""
        return AsyncCrmItemDetailsConfiguration(self._backend)


class BatchCrmItemDetails(Namespace):
    """Methods under ``crm.item.details`` (queued into a batch)."""

    __slots__ = ()

    @property
    def configuration(self) -> BatchCrmItemDetailsConfiguration:
        """Methods under ``crm.item.details.configuration``."""
        return BatchCrmItemDetailsConfiguration(self._backend)


class CrmItemDetailsConfiguration(Namespace):
    """Methods under ``crm.item.details.configuration``."""

    __slots__ = ()

    def force_common_scope_for_all(
        self, *, entity_type_id: int, extras: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Make every user see the shared item card layout instead of a personal one.

        Personal layouts are dropped, so all users get the common layout. Needs administrator rights.

        REST method: ``crm.item.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-forceCommonScopeForAll.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            bool

        Example:
            result = client.crm.item.details.configuration.force_common_scope_for_all(entity_type_id=1)
            result = await client.crm.item.details.configuration.force_common_scope_for_all(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"entityTypeId": entity_type_id, "extras": extras},
            ),
        )

    def get(
        self,
        *,
        entity_type_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[_CrmItemDetailsConfiguration]:
        """Read the card layout (sections and fields) of a CRM object type.

        REST method: ``crm.item.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-get.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            list[CrmItemDetailsConfiguration]

        Example:
            result = client.crm.item.details.configuration.get(entity_type_id=1)
            result = await client.crm.item.details.configuration.get(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmItemDetailsConfiguration]",
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_GET,
                {
                    "entityTypeId": entity_type_id,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )

    def reset(
        self,
        *,
        entity_type_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Restore the default card layout of a CRM object type.

        REST method: ``crm.item.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-reset.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            bool

        Example:
            result = client.crm.item.details.configuration.reset(entity_type_id=1)
            result = await client.crm.item.details.configuration.reset(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_RESET,
                {
                    "entityTypeId": entity_type_id,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )

    def set(
        self,
        *,
        entity_type_id: int,
        data: Sequence[dict[str, Any]],
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the card layout (sections and their fields) for a CRM object type.

        Setting another user's personal layout or the shared layout needs administrator rights.

        REST method: ``crm.item.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-set.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            data: Sections of the card in display order, each with its name, title, type and the fields it shows.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            bool

        Example:
            result = client.crm.item.details.configuration.set(entity_type_id=1, data=[{}])
            result = await client.crm.item.details.configuration.set(entity_type_id=1, data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_SET,
                {
                    "entityTypeId": entity_type_id,
                    "data": data,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )


class AsyncCrmItemDetailsConfiguration(Namespace):
    """Methods under ``crm.item.details.configuration`` (async)."""

    __slots__ = ()

    async def force_common_scope_for_all(
        self, *, entity_type_id: int, extras: dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Make every user see the shared item card layout instead of a personal one.

        Personal layouts are dropped, so all users get the common layout. Needs administrator rights.

        REST method: ``crm.item.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-forceCommonScopeForAll.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            bool

        Example:
            result = client.crm.item.details.configuration.force_common_scope_for_all(entity_type_id=1)
            result = await client.crm.item.details.configuration.force_common_scope_for_all(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"entityTypeId": entity_type_id, "extras": extras},
            ),
        )

    async def get(
        self,
        *,
        entity_type_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[_CrmItemDetailsConfiguration]:
        """Read the card layout (sections and fields) of a CRM object type.

        REST method: ``crm.item.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-get.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            list[CrmItemDetailsConfiguration]

        Example:
            result = client.crm.item.details.configuration.get(entity_type_id=1)
            result = await client.crm.item.details.configuration.get(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmItemDetailsConfiguration]",
            await self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_GET,
                {
                    "entityTypeId": entity_type_id,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )

    async def reset(
        self,
        *,
        entity_type_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Restore the default card layout of a CRM object type.

        REST method: ``crm.item.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-reset.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            bool

        Example:
            result = client.crm.item.details.configuration.reset(entity_type_id=1)
            result = await client.crm.item.details.configuration.reset(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_RESET,
                {
                    "entityTypeId": entity_type_id,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )

    async def set(
        self,
        *,
        entity_type_id: int,
        data: Sequence[dict[str, Any]],
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the card layout (sections and their fields) for a CRM object type.

        Setting another user's personal layout or the shared layout needs administrator rights.

        REST method: ``crm.item.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-set.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            data: Sections of the card in display order, each with its name, title, type and the fields it shows.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            bool

        Example:
            result = client.crm.item.details.configuration.set(entity_type_id=1, data=[{}])
            result = await client.crm.item.details.configuration.set(entity_type_id=1, data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_SET,
                {
                    "entityTypeId": entity_type_id,
                    "data": data,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )


class BatchCrmItemDetailsConfiguration(Namespace):
    """Methods under ``crm.item.details.configuration`` (queued into a batch)."""

    __slots__ = ()

    def force_common_scope_for_all(
        self,
        *,
        entity_type_id: int | Ref,
        extras: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Make every user see the shared item card layout instead of a personal one.

        Personal layouts are dropped, so all users get the common layout. Needs administrator rights.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-forceCommonScopeForAll.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.details.configuration.force_common_scope_for_all(entity_type_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"entityTypeId": entity_type_id, "extras": extras},
            ),
        )

    def get(
        self,
        *,
        entity_type_id: int | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CrmItemDetailsConfiguration]]:
        """Read the card layout (sections and fields) of a CRM object type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-get.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            BatchCommand[list[CrmItemDetailsConfiguration]]

        Example:
            command = batch.crm.item.details.configuration.get(entity_type_id=1)
        """
        return cast(
            "BatchCommand[list[_CrmItemDetailsConfiguration]]",
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_GET,
                {
                    "entityTypeId": entity_type_id,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )

    def reset(
        self,
        *,
        entity_type_id: int | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Restore the default card layout of a CRM object type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-reset.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.details.configuration.reset(entity_type_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_RESET,
                {
                    "entityTypeId": entity_type_id,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )

    def set(
        self,
        *,
        entity_type_id: int | Ref,
        data: Sequence[dict[str, Any]] | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Save the card layout (sections and their fields) for a CRM object type.

        Setting another user's personal layout or the shared layout needs administrator rights.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-set.html

        Args:
            entity_type_id: Numeric CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process ID (crm.type.list). Wire name: ``entityTypeId``.
            data: Sections of the card in display order, each with its name, title, type and the fields it shows.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector: categoryId (smart-process pipeline), dealCategoryId (deal pipeline) or leadCustomerType (1 simple, 2 repeat leads).

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.details.configuration.set(entity_type_id=1, data=[{}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ITEM_DETAILS_CONFIGURATION_SET,
                {
                    "entityTypeId": entity_type_id,
                    "data": data,
                    "userId": user_id,
                    "scope": scope,
                    "extras": extras,
                },
            ),
        )


class CrmItemPayment(Namespace):
    """Methods under ``crm.item.payment``."""

    __slots__ = ()

    @property
    def delivery(self) -> CrmItemPaymentDelivery:
        """Methods under ``crm.item.payment.delivery``."""
        return CrmItemPaymentDelivery(self._backend)

    @property
    def product(self) -> CrmItemPaymentProduct:
        """Methods under ``crm.item.payment.product``."""
        return CrmItemPaymentProduct(self._backend)

    def add(self, *, entity_id: int, entity_type_id: int) -> int:
        """Create a payment record for a CRM item such as a deal.

        Needs the right to change the item. Returns the new payment ID.

        REST method: ``crm.item.payment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-add.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.

        Returns:
            int

        Example:
            result = client.crm.item.payment.add(entity_id=1, entity_type_id=1)
            result = await client.crm.item.payment.add(entity_id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_ADD,
                {"entityId": entity_id, "entityTypeId": entity_type_id},
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a payment record from a CRM item.

        REST method: ``crm.item.payment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-delete.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.delete(id=1)
            result = await client.crm.item.payment.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_ITEM_PAYMENT_DELETE, {"id": id}))

    def get(self, *, id: int) -> _CrmItemPayment:
        """Read one payment of a CRM item: amount, paid status and pay system.

        REST method: ``crm.item.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-get.html

        Args:
            id: ID of the payment.

        Returns:
            CrmItemPayment

        Example:
            result = client.crm.item.payment.get(id=1)
            result = await client.crm.item.payment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmItemPayment", self._backend._invoke(_CRM_ITEM_PAYMENT_GET, {"id": id})
        )

    def list(
        self,
        *,
        entity_id: int,
        entity_type_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemPayment]:
        """List the payments recorded for a CRM item such as a deal.

        REST method: ``crm.item.payment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-list.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.
            filter: Extra conditions on payment fields.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemPayment]

        Example:
            result = client.crm.item.payment.list(entity_id=1, entity_type_id=1)
            result = await client.crm.item.payment.list(entity_id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemPayment]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_LIST,
                {
                    "entityId": entity_id,
                    "entityTypeId": entity_type_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def pay(self, *, id: int) -> bool:
        """Mark a payment of a CRM item as paid.

        REST method: ``crm.item.payment.pay``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-pay.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.pay(id=1)
            result = await client.crm.item.payment.pay(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_ITEM_PAYMENT_PAY, {"id": id}))

    def unpay(self, *, id: int) -> bool:
        """Mark a paid payment of a CRM item as not paid again.

        REST method: ``crm.item.payment.unpay``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-unpay.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.unpay(id=1)
            result = await client.crm.item.payment.unpay(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_ITEM_PAYMENT_UNPAY, {"id": id}))

    def update(self, *, id: int, fields: CrmItemPaymentUpdateFields) -> bool:
        """Change the paid status or pay system of a payment.

        REST method: ``crm.item.payment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-update.html

        Args:
            id: ID of the payment.
            fields: Values to change.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.update(id=1, fields={"paid": "Y", "paySystemId": 1})
            result = await client.crm.item.payment.update(id=1, fields={"paid": "Y", "paySystemId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmItemPayment(Namespace):
    """Methods under ``crm.item.payment`` (async)."""

    __slots__ = ()

    @property
    def delivery(self) -> AsyncCrmItemPaymentDelivery:
        """Methods under ``crm.item.payment.delivery``."""
        return AsyncCrmItemPaymentDelivery(self._backend)

    @property
    def product(self) -> AsyncCrmItemPaymentProduct:
        """Methods under ``crm.item.payment.product``."""
        return AsyncCrmItemPaymentProduct(self._backend)

    async def add(self, *, entity_id: int, entity_type_id: int) -> int:
        """Create a payment record for a CRM item such as a deal.

        Needs the right to change the item. Returns the new payment ID.

        REST method: ``crm.item.payment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-add.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.

        Returns:
            int

        Example:
            result = client.crm.item.payment.add(entity_id=1, entity_type_id=1)
            result = await client.crm.item.payment.add(entity_id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_ADD,
                {"entityId": entity_id, "entityTypeId": entity_type_id},
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a payment record from a CRM item.

        REST method: ``crm.item.payment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-delete.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.delete(id=1)
            result = await client.crm.item.payment.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_ITEM_PAYMENT_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _CrmItemPayment:
        """Read one payment of a CRM item: amount, paid status and pay system.

        REST method: ``crm.item.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-get.html

        Args:
            id: ID of the payment.

        Returns:
            CrmItemPayment

        Example:
            result = client.crm.item.payment.get(id=1)
            result = await client.crm.item.payment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmItemPayment",
            await self._backend._invoke(_CRM_ITEM_PAYMENT_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        entity_id: int,
        entity_type_id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemPayment]:
        """List the payments recorded for a CRM item such as a deal.

        REST method: ``crm.item.payment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-list.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.
            filter: Extra conditions on payment fields.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemPayment]

        Example:
            result = client.crm.item.payment.list(entity_id=1, entity_type_id=1)
            result = await client.crm.item.payment.list(entity_id=1, entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemPayment]",
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_LIST,
                {
                    "entityId": entity_id,
                    "entityTypeId": entity_type_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    async def pay(self, *, id: int) -> bool:
        """Mark a payment of a CRM item as paid.

        REST method: ``crm.item.payment.pay``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-pay.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.pay(id=1)
            result = await client.crm.item.payment.pay(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_ITEM_PAYMENT_PAY, {"id": id})
        )

    async def unpay(self, *, id: int) -> bool:
        """Mark a paid payment of a CRM item as not paid again.

        REST method: ``crm.item.payment.unpay``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-unpay.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.unpay(id=1)
            result = await client.crm.item.payment.unpay(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_ITEM_PAYMENT_UNPAY, {"id": id})
        )

    async def update(self, *, id: int, fields: CrmItemPaymentUpdateFields) -> bool:
        """Change the paid status or pay system of a payment.

        REST method: ``crm.item.payment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-update.html

        Args:
            id: ID of the payment.
            fields: Values to change.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.update(id=1, fields={"paid": "Y", "paySystemId": 1})
            result = await client.crm.item.payment.update(id=1, fields={"paid": "Y", "paySystemId": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmItemPayment(Namespace):
    """Methods under ``crm.item.payment`` (queued into a batch)."""

    __slots__ = ()

    @property
    def delivery(self) -> BatchCrmItemPaymentDelivery:
        """Methods under ``crm.item.payment.delivery``."""
        return BatchCrmItemPaymentDelivery(self._backend)

    @property
    def product(self) -> BatchCrmItemPaymentProduct:
        """Methods under ``crm.item.payment.product``."""
        return BatchCrmItemPaymentProduct(self._backend)

    def add(
        self, *, entity_id: int | Ref, entity_type_id: int | Ref
    ) -> BatchCommand[int]:
        """Create a payment record for a CRM item such as a deal.

        Needs the right to change the item. Returns the new payment ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-add.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.item.payment.add(entity_id=1, entity_type_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_ADD,
                {"entityId": entity_id, "entityTypeId": entity_type_id},
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a payment record from a CRM item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-delete.html

        Args:
            id: ID of the payment.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ITEM_PAYMENT_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmItemPayment]:
        """Read one payment of a CRM item: amount, paid status and pay system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-get.html

        Args:
            id: ID of the payment.

        Returns:
            BatchCommand[CrmItemPayment]

        Example:
            command = batch.crm.item.payment.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmItemPayment]",
            self._backend._invoke(_CRM_ITEM_PAYMENT_GET, {"id": id}),
        )

    def list(
        self,
        *,
        entity_id: int | Ref,
        entity_type_id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmItemPayment]]:
        """List the payments recorded for a CRM item such as a deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-list.html

        Args:
            entity_id: ID of the CRM item. Wire name: ``entityId``.
            entity_type_id: Numeric CRM object type of the item, such as 2 for a deal. Wire name: ``entityTypeId``.
            filter: Extra conditions on payment fields.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmItemPayment]]

        Example:
            command = batch.crm.item.payment.list(entity_id=1, entity_type_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CrmItemPayment]]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_LIST,
                {
                    "entityId": entity_id,
                    "entityTypeId": entity_type_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def pay(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Mark a payment of a CRM item as paid.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.pay``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-pay.html

        Args:
            id: ID of the payment.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.pay(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ITEM_PAYMENT_PAY, {"id": id}),
        )

    def unpay(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Mark a paid payment of a CRM item as not paid again.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.unpay``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-unpay.html

        Args:
            id: ID of the payment.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.unpay(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ITEM_PAYMENT_UNPAY, {"id": id}),
        )

    def update(
        self, *, id: int | Ref, fields: CrmItemPaymentUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the paid status or pay system of a payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-update.html

        Args:
            id: ID of the payment.
            fields: Values to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.update(id=1, fields={"paid": "Y", "paySystemId": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmItemPaymentDelivery(Namespace):
    """Methods under ``crm.item.payment.delivery``."""

    __slots__ = ()

    def add(self, *, payment_id: int, delivery_id: int) -> int:
        """Attach an existing delivery to a payment so its cost is paid there.

        REST method: ``crm.item.payment.delivery.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-add.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            delivery_id: ID of the delivery (shipment). Wire name: ``deliveryId``.

        Returns:
            int

        Example:
            result = client.crm.item.payment.delivery.add(payment_id=1, delivery_id=1)
            result = await client.crm.item.payment.delivery.add(payment_id=1, delivery_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_ADD,
                {"paymentId": payment_id, "deliveryId": delivery_id},
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Detach a delivery (shipment) from a payment so its cost is no longer billed there.

        REST method: ``crm.item.payment.delivery.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-delete.html

        Args:
            id: ID of the link between the payment and the delivery (crm.item.payment.delivery.list).

        Returns:
            bool

        Example:
            result = client.crm.item.payment.delivery.delete(id=1)
            result = await client.crm.item.payment.delivery.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ITEM_PAYMENT_DELIVERY_DELETE, {"id": id})
        )

    def list(
        self,
        *,
        payment_id: int,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemPaymentDelivery]:
        """List the deliveries attached to a payment.

        REST method: ``crm.item.payment.delivery.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-list.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            filter: Conditions on the link fields.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemPaymentDelivery]

        Example:
            result = client.crm.item.payment.delivery.list(payment_id=1, filter={})
            result = await client.crm.item.payment.delivery.list(payment_id=1, filter={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemPaymentDelivery]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_LIST,
                {
                    "paymentId": payment_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def set_delivery(self, *, id: int, delivery_id: int) -> bool:
        """Point a payment-delivery link to a different delivery.

        REST method: ``crm.item.payment.delivery.setDelivery``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-set-delivery.html

        Args:
            id: ID of the link between the payment and the delivery.
            delivery_id: ID of the new delivery (shipment). Wire name: ``deliveryId``.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.delivery.set_delivery(id=1, delivery_id=1)
            result = await client.crm.item.payment.delivery.set_delivery(id=1, delivery_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_SET_DELIVERY,
                {"id": id, "deliveryId": delivery_id},
            ),
        )


class AsyncCrmItemPaymentDelivery(Namespace):
    """Methods under ``crm.item.payment.delivery`` (async)."""

    __slots__ = ()

    async def add(self, *, payment_id: int, delivery_id: int) -> int:
        """Attach an existing delivery to a payment so its cost is paid there.

        REST method: ``crm.item.payment.delivery.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-add.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            delivery_id: ID of the delivery (shipment). Wire name: ``deliveryId``.

        Returns:
            int

        Example:
            result = client.crm.item.payment.delivery.add(payment_id=1, delivery_id=1)
            result = await client.crm.item.payment.delivery.add(payment_id=1, delivery_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_ADD,
                {"paymentId": payment_id, "deliveryId": delivery_id},
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Detach a delivery (shipment) from a payment so its cost is no longer billed there.

        REST method: ``crm.item.payment.delivery.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-delete.html

        Args:
            id: ID of the link between the payment and the delivery (crm.item.payment.delivery.list).

        Returns:
            bool

        Example:
            result = client.crm.item.payment.delivery.delete(id=1)
            result = await client.crm.item.payment.delivery.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_ITEM_PAYMENT_DELIVERY_DELETE, {"id": id}),
        )

    async def list(
        self,
        *,
        payment_id: int,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemPaymentDelivery]:
        """List the deliveries attached to a payment.

        REST method: ``crm.item.payment.delivery.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-list.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            filter: Conditions on the link fields.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemPaymentDelivery]

        Example:
            result = client.crm.item.payment.delivery.list(payment_id=1, filter={})
            result = await client.crm.item.payment.delivery.list(payment_id=1, filter={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemPaymentDelivery]",
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_LIST,
                {
                    "paymentId": payment_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    async def set_delivery(self, *, id: int, delivery_id: int) -> bool:
        """Point a payment-delivery link to a different delivery.

        REST method: ``crm.item.payment.delivery.setDelivery``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-set-delivery.html

        Args:
            id: ID of the link between the payment and the delivery.
            delivery_id: ID of the new delivery (shipment). Wire name: ``deliveryId``.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.delivery.set_delivery(id=1, delivery_id=1)
            result = await client.crm.item.payment.delivery.set_delivery(id=1, delivery_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_SET_DELIVERY,
                {"id": id, "deliveryId": delivery_id},
            ),
        )


class BatchCrmItemPaymentDelivery(Namespace):
    """Methods under ``crm.item.payment.delivery`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, payment_id: int | Ref, delivery_id: int | Ref
    ) -> BatchCommand[int]:
        """Attach an existing delivery to a payment so its cost is paid there.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.delivery.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-add.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            delivery_id: ID of the delivery (shipment). Wire name: ``deliveryId``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.item.payment.delivery.add(payment_id=1, delivery_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_ADD,
                {"paymentId": payment_id, "deliveryId": delivery_id},
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Detach a delivery (shipment) from a payment so its cost is no longer billed there.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.delivery.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-delete.html

        Args:
            id: ID of the link between the payment and the delivery (crm.item.payment.delivery.list).

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.delivery.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ITEM_PAYMENT_DELIVERY_DELETE, {"id": id}),
        )

    def list(
        self,
        *,
        payment_id: int | Ref,
        filter: dict[str, Any] | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmItemPaymentDelivery]]:
        """List the deliveries attached to a payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.delivery.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-list.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            filter: Conditions on the link fields.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmItemPaymentDelivery]]

        Example:
            command = batch.crm.item.payment.delivery.list(payment_id=1, filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CrmItemPaymentDelivery]]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_LIST,
                {
                    "paymentId": payment_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def set_delivery(
        self, *, id: int | Ref, delivery_id: int | Ref
    ) -> BatchCommand[bool]:
        """Point a payment-delivery link to a different delivery.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.delivery.setDelivery``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-set-delivery.html

        Args:
            id: ID of the link between the payment and the delivery.
            delivery_id: ID of the new delivery (shipment). Wire name: ``deliveryId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.delivery.set_delivery(id=1, delivery_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_DELIVERY_SET_DELIVERY,
                {"id": id, "deliveryId": delivery_id},
            ),
        )


class CrmItemPaymentProduct(Namespace):
    """Methods under ``crm.item.payment.product``."""

    __slots__ = ()

    def add(self, *, payment_id: int, row_id: int, quantity: float) -> int:
        """Put a product row of the CRM item into a payment, with the quantity to bill.

        REST method: ``crm.item.payment.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-add.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            row_id: ID of the product row of the CRM item (crm.item.productrow.list). Wire name: ``rowId``.
            quantity: Quantity of the product to include in the payment.

        Returns:
            int

        Example:
            result = client.crm.item.payment.product.add(payment_id=1, row_id=1, quantity=1.5)
            result = await client.crm.item.payment.product.add(payment_id=1, row_id=1, quantity=1.5)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_ADD,
                {"paymentId": payment_id, "rowId": row_id, "quantity": quantity},
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Take a product out of a payment.

        REST method: ``crm.item.payment.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-delete.html

        Args:
            id: ID of the product entry in the payment (crm.item.payment.product.list).

        Returns:
            bool

        Example:
            result = client.crm.item.payment.product.delete(id=1)
            result = await client.crm.item.payment.product.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_ITEM_PAYMENT_PRODUCT_DELETE, {"id": id})
        )

    def list(
        self,
        *,
        payment_id: int,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemPaymentProduct]:
        """List the product lines a payment bills for, with their quantities.

        REST method: ``crm.item.payment.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-list.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            filter: Conditions on the product entries.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemPaymentProduct]

        Example:
            result = client.crm.item.payment.product.list(payment_id=1, filter={})
            result = await client.crm.item.payment.product.list(payment_id=1, filter={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemPaymentProduct]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_LIST,
                {
                    "paymentId": payment_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def set_quantity(self, *, id: int, quantity: float) -> bool:
        """Change how many units of a product a payment covers.

        REST method: ``crm.item.payment.product.setQuantity``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-set-quantity.html

        Args:
            id: ID of the product entry in the payment.
            quantity: New quantity.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.product.set_quantity(id=1, quantity=1.5)
            result = await client.crm.item.payment.product.set_quantity(id=1, quantity=1.5)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_SET_QUANTITY, {"id": id, "quantity": quantity}
            ),
        )


class AsyncCrmItemPaymentProduct(Namespace):
    """Methods under ``crm.item.payment.product`` (async)."""

    __slots__ = ()

    async def add(self, *, payment_id: int, row_id: int, quantity: float) -> int:
        """Put a product row of the CRM item into a payment, with the quantity to bill.

        REST method: ``crm.item.payment.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-add.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            row_id: ID of the product row of the CRM item (crm.item.productrow.list). Wire name: ``rowId``.
            quantity: Quantity of the product to include in the payment.

        Returns:
            int

        Example:
            result = client.crm.item.payment.product.add(payment_id=1, row_id=1, quantity=1.5)
            result = await client.crm.item.payment.product.add(payment_id=1, row_id=1, quantity=1.5)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_ADD,
                {"paymentId": payment_id, "rowId": row_id, "quantity": quantity},
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Take a product out of a payment.

        REST method: ``crm.item.payment.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-delete.html

        Args:
            id: ID of the product entry in the payment (crm.item.payment.product.list).

        Returns:
            bool

        Example:
            result = client.crm.item.payment.product.delete(id=1)
            result = await client.crm.item.payment.product.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_ITEM_PAYMENT_PRODUCT_DELETE, {"id": id}),
        )

    async def list(
        self,
        *,
        payment_id: int,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_CrmItemPaymentProduct]:
        """List the product lines a payment bills for, with their quantities.

        REST method: ``crm.item.payment.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-list.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            filter: Conditions on the product entries.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            list[CrmItemPaymentProduct]

        Example:
            result = client.crm.item.payment.product.list(payment_id=1, filter={})
            result = await client.crm.item.payment.product.list(payment_id=1, filter={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_CrmItemPaymentProduct]",
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_LIST,
                {
                    "paymentId": payment_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    async def set_quantity(self, *, id: int, quantity: float) -> bool:
        """Change how many units of a product a payment covers.

        REST method: ``crm.item.payment.product.setQuantity``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-set-quantity.html

        Args:
            id: ID of the product entry in the payment.
            quantity: New quantity.

        Returns:
            bool

        Example:
            result = client.crm.item.payment.product.set_quantity(id=1, quantity=1.5)
            result = await client.crm.item.payment.product.set_quantity(id=1, quantity=1.5)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_SET_QUANTITY, {"id": id, "quantity": quantity}
            ),
        )


class BatchCrmItemPaymentProduct(Namespace):
    """Methods under ``crm.item.payment.product`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, payment_id: int | Ref, row_id: int | Ref, quantity: float | Ref
    ) -> BatchCommand[int]:
        """Put a product row of the CRM item into a payment, with the quantity to bill.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.product.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-add.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            row_id: ID of the product row of the CRM item (crm.item.productrow.list). Wire name: ``rowId``.
            quantity: Quantity of the product to include in the payment.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.item.payment.product.add(payment_id=1, row_id=1, quantity=1.5)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_ADD,
                {"paymentId": payment_id, "rowId": row_id, "quantity": quantity},
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Take a product out of a payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.product.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-delete.html

        Args:
            id: ID of the product entry in the payment (crm.item.payment.product.list).

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.product.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_ITEM_PAYMENT_PRODUCT_DELETE, {"id": id}),
        )

    def list(
        self,
        *,
        payment_id: int | Ref,
        filter: dict[str, Any] | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmItemPaymentProduct]]:
        """List the product lines a payment bills for, with their quantities.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.product.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-list.html

        Args:
            payment_id: ID of the payment. Wire name: ``paymentId``.
            filter: Conditions on the product entries.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmItemPaymentProduct]]

        Example:
            command = batch.crm.item.payment.product.list(payment_id=1, filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CrmItemPaymentProduct]]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_LIST,
                {
                    "paymentId": payment_id,
                    "filter": filter,
                    "order": order,
                    "start": start,
                },
            ),
        )

    def set_quantity(
        self, *, id: int | Ref, quantity: float | Ref
    ) -> BatchCommand[bool]:
        """Change how many units of a product a payment covers.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.payment.product.setQuantity``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-set-quantity.html

        Args:
            id: ID of the product entry in the payment.
            quantity: New quantity.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.item.payment.product.set_quantity(id=1, quantity=1.5)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_ITEM_PAYMENT_PRODUCT_SET_QUANTITY, {"id": id, "quantity": quantity}
            ),
        )


class CrmItemProductrow(Namespace):
    """Methods under ``crm.item.productrow``."""

    __slots__ = ()

    def add(self, *, fields: CrmItemProductrowAddFields) -> CrmItemProductrowAddResult:
        """Add one product or service line to a deal, lead, quote, invoice or smart-process item.

        Needs the right to change the CRM item. ownerType takes the short type code, such as "D" for a deal.

        REST method: ``crm.item.productrow.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-add.html

        Args:
            fields: Values of the new product row.

        Returns:
            CrmItemProductrowAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.add(fields={"ownerId": 1, "ownerType": "CRM_DEAL"})
            result = await client.crm.item.productrow.add(fields={"ownerId": 1, "ownerType": "CRM_DEAL"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowAddResult",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Remove one product line from a CRM item.

        REST method: ``crm.item.productrow.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-delete.html

        Args:
            id: ID of the product row.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.delete(id=1)
            result = await client.crm.item.productrow.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_CRM_ITEM_PRODUCTROW_DELETE, {"id": id})

    def fields(self) -> CrmItemProductrowFieldsResult:
        """Describe the fields of CRM product rows: types and read-only flags.

        REST method: ``crm.item.productrow.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-fields.html

        Returns:
            CrmItemProductrowFieldsResult

        Example:
            result = client.crm.item.productrow.fields()
            result = await client.crm.item.productrow.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowFieldsResult",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_FIELDS, {}),
        )

    def get(self, *, id: int) -> CrmItemProductrowGetResult:
        """Read one product line of a CRM item.

        REST method: ``crm.item.productrow.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get.html

        Args:
            id: ID of the product row.

        Returns:
            CrmItemProductrowGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.get(id=1)
            result = await client.crm.item.productrow.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowGetResult",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_GET, {"id": id}),
        )

    def get_available_for_payment(
        self, *, owner_id: int, owner_type: str
    ) -> CrmItemProductrowGetAvailableForPaymentResult:
        """List the product rows of a CRM item the client has not yet been billed for.

        REST method: ``crm.item.productrow.getAvailableForPayment``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get-available-for-payment.html

        Args:
            owner_id: ID of the CRM item that owns the row. Wire name: ``ownerId``.
            owner_type: Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process. Wire name: ``ownerType``.

        Returns:
            CrmItemProductrowGetAvailableForPaymentResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.get_available_for_payment(owner_id=1, owner_type="CRM_DEAL")
            result = await client.crm.item.productrow.get_available_for_payment(owner_id=1, owner_type="CRM_DEAL")  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowGetAvailableForPaymentResult",
            self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_GET_AVAILABLE_FOR_PAYMENT,
                {"ownerId": owner_id, "ownerType": owner_type},
            ),
        )

    def list(
        self,
        *,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmItemProductrow]:
        """Find product rows of CRM items by owner and other conditions.

        The filter must name the owner: ownerType and ownerId. Returns 50 rows per page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.item.productrow.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-list.html

        Args:
            filter: Conditions on row fields; must include "=ownerType" and "=ownerId", such as {"=ownerType": "D", "=ownerId": 5}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmItemProductrow]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.list(filter={})
            result = await client.crm.item.productrow.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmItemProductrow]",
            self._backend._invoke_page(
                _CRM_ITEM_PRODUCTROW_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def set(
        self,
        *,
        owner_id: int,
        owner_type: str,
        product_rows: Sequence[CrmItemProductrowSetProductRows],
    ) -> CrmItemProductrowSetResult:
        """Replace all product rows of a CRM item with the given list.

        Rows not in the list are deleted; an empty list removes every row.

        REST method: ``crm.item.productrow.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-set.html

        Args:
            owner_id: ID of the CRM item that owns the row. Wire name: ``ownerId``.
            owner_type: Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process. Wire name: ``ownerType``.
            product_rows: The complete new list of product rows. Wire name: ``productRows``.

        Returns:
            CrmItemProductrowSetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.set(owner_id=1, owner_type="CRM_DEAL", product_rows=[{"productName": "example", "productId": 1}])
            result = await client.crm.item.productrow.set(owner_id=1, owner_type="CRM_DEAL", product_rows=[{"productName": "example", "productId": 1}])  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowSetResult",
            self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_SET,
                {
                    "ownerId": owner_id,
                    "ownerType": owner_type,
                    "productRows": product_rows,
                },
            ),
        )

    def update(
        self, *, id: int, fields: CrmItemProductrowUpdateFields
    ) -> CrmItemProductrowUpdateResult:
        """Change the product, price, quantity or discount of one product row.

        REST method: ``crm.item.productrow.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-update.html

        Args:
            id: ID of the product row.
            fields: Values to change.

        Returns:
            CrmItemProductrowUpdateResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.update(id=1, fields={"productName": "example", "productId": 1})
            result = await client.crm.item.productrow.update(id=1, fields={"productName": "example", "productId": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowUpdateResult",
            self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmItemProductrow(Namespace):
    """Methods under ``crm.item.productrow`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CrmItemProductrowAddFields
    ) -> CrmItemProductrowAddResult:
        """Add one product or service line to a deal, lead, quote, invoice or smart-process item.

        Needs the right to change the CRM item. ownerType takes the short type code, such as "D" for a deal.

        REST method: ``crm.item.productrow.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-add.html

        Args:
            fields: Values of the new product row.

        Returns:
            CrmItemProductrowAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.add(fields={"ownerId": 1, "ownerType": "CRM_DEAL"})
            result = await client.crm.item.productrow.add(fields={"ownerId": 1, "ownerType": "CRM_DEAL"})  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowAddResult",
            await self._backend._invoke(_CRM_ITEM_PRODUCTROW_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove one product line from a CRM item.

        REST method: ``crm.item.productrow.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-delete.html

        Args:
            id: ID of the product row.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.delete(id=1)
            result = await client.crm.item.productrow.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_CRM_ITEM_PRODUCTROW_DELETE, {"id": id})

    async def fields(self) -> CrmItemProductrowFieldsResult:
        """Describe the fields of CRM product rows: types and read-only flags.

        REST method: ``crm.item.productrow.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-fields.html

        Returns:
            CrmItemProductrowFieldsResult

        Example:
            result = client.crm.item.productrow.fields()
            result = await client.crm.item.productrow.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowFieldsResult",
            await self._backend._invoke(_CRM_ITEM_PRODUCTROW_FIELDS, {}),
        )

    async def get(self, *, id: int) -> CrmItemProductrowGetResult:
        """Read one product line of a CRM item.

        REST method: ``crm.item.productrow.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get.html

        Args:
            id: ID of the product row.

        Returns:
            CrmItemProductrowGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.get(id=1)
            result = await client.crm.item.productrow.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowGetResult",
            await self._backend._invoke(_CRM_ITEM_PRODUCTROW_GET, {"id": id}),
        )

    async def get_available_for_payment(
        self, *, owner_id: int, owner_type: str
    ) -> CrmItemProductrowGetAvailableForPaymentResult:
        """List the product rows of a CRM item the client has not yet been billed for.

        REST method: ``crm.item.productrow.getAvailableForPayment``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get-available-for-payment.html

        Args:
            owner_id: ID of the CRM item that owns the row. Wire name: ``ownerId``.
            owner_type: Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process. Wire name: ``ownerType``.

        Returns:
            CrmItemProductrowGetAvailableForPaymentResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.get_available_for_payment(owner_id=1, owner_type="CRM_DEAL")
            result = await client.crm.item.productrow.get_available_for_payment(owner_id=1, owner_type="CRM_DEAL")  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowGetAvailableForPaymentResult",
            await self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_GET_AVAILABLE_FOR_PAYMENT,
                {"ownerId": owner_id, "ownerType": owner_type},
            ),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmItemProductrow]:
        """Find product rows of CRM items by owner and other conditions.

        The filter must name the owner: ownerType and ownerId. Returns 50 rows per page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.item.productrow.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-list.html

        Args:
            filter: Conditions on row fields; must include "=ownerType" and "=ownerId", such as {"=ownerType": "D", "=ownerId": 5}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmItemProductrow]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.list(filter={})
            result = await client.crm.item.productrow.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmItemProductrow]",
            await self._backend._invoke_page(
                _CRM_ITEM_PRODUCTROW_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def set(
        self,
        *,
        owner_id: int,
        owner_type: str,
        product_rows: Sequence[CrmItemProductrowSetProductRows],
    ) -> CrmItemProductrowSetResult:
        """Replace all product rows of a CRM item with the given list.

        Rows not in the list are deleted; an empty list removes every row.

        REST method: ``crm.item.productrow.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-set.html

        Args:
            owner_id: ID of the CRM item that owns the row. Wire name: ``ownerId``.
            owner_type: Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process. Wire name: ``ownerType``.
            product_rows: The complete new list of product rows. Wire name: ``productRows``.

        Returns:
            CrmItemProductrowSetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.set(owner_id=1, owner_type="CRM_DEAL", product_rows=[{"productName": "example", "productId": 1}])
            result = await client.crm.item.productrow.set(owner_id=1, owner_type="CRM_DEAL", product_rows=[{"productName": "example", "productId": 1}])  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowSetResult",
            await self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_SET,
                {
                    "ownerId": owner_id,
                    "ownerType": owner_type,
                    "productRows": product_rows,
                },
            ),
        )

    async def update(
        self, *, id: int, fields: CrmItemProductrowUpdateFields
    ) -> CrmItemProductrowUpdateResult:
        """Change the product, price, quantity or discount of one product row.

        REST method: ``crm.item.productrow.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-update.html

        Args:
            id: ID of the product row.
            fields: Values to change.

        Returns:
            CrmItemProductrowUpdateResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.item.productrow.update(id=1, fields={"productName": "example", "productId": 1})
            result = await client.crm.item.productrow.update(id=1, fields={"productName": "example", "productId": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmItemProductrowUpdateResult",
            await self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmItemProductrow(Namespace):
    """Methods under ``crm.item.productrow`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmItemProductrowAddFields | Ref
    ) -> BatchCommand[CrmItemProductrowAddResult]:
        """Add one product or service line to a deal, lead, quote, invoice or smart-process item.

        Needs the right to change the CRM item. ownerType takes the short type code, such as "D" for a deal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-add.html

        Args:
            fields: Values of the new product row.

        Returns:
            BatchCommand[CrmItemProductrowAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.add(fields={"ownerId": 1, "ownerType": "CRM_DEAL"})
        """
        return cast(
            "BatchCommand[CrmItemProductrowAddResult]",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove one product line from a CRM item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-delete.html

        Args:
            id: ID of the product row.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmItemProductrowFieldsResult]:
        """Describe the fields of CRM product rows: types and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-fields.html

        Returns:
            BatchCommand[CrmItemProductrowFieldsResult]

        Example:
            command = batch.crm.item.productrow.fields()
        """
        return cast(
            "BatchCommand[CrmItemProductrowFieldsResult]",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CrmItemProductrowGetResult]:
        """Read one product line of a CRM item.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get.html

        Args:
            id: ID of the product row.

        Returns:
            BatchCommand[CrmItemProductrowGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.get(id=1)
        """
        return cast(
            "BatchCommand[CrmItemProductrowGetResult]",
            self._backend._invoke(_CRM_ITEM_PRODUCTROW_GET, {"id": id}),
        )

    def get_available_for_payment(
        self, *, owner_id: int | Ref, owner_type: str | Ref
    ) -> BatchCommand[CrmItemProductrowGetAvailableForPaymentResult]:
        """List the product rows of a CRM item the client has not yet been billed for.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.getAvailableForPayment``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get-available-for-payment.html

        Args:
            owner_id: ID of the CRM item that owns the row. Wire name: ``ownerId``.
            owner_type: Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process. Wire name: ``ownerType``.

        Returns:
            BatchCommand[CrmItemProductrowGetAvailableForPaymentResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.get_available_for_payment(owner_id=1, owner_type="CRM_DEAL")
        """
        return cast(
            "BatchCommand[CrmItemProductrowGetAvailableForPaymentResult]",
            self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_GET_AVAILABLE_FOR_PAYMENT,
                {"ownerId": owner_id, "ownerType": owner_type},
            ),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmItemProductrow]]:
        """Find product rows of CRM items by owner and other conditions.

        The filter must name the owner: ownerType and ownerId. Returns 50 rows per page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-list.html

        Args:
            filter: Conditions on row fields; must include "=ownerType" and "=ownerId", such as {"=ownerType": "D", "=ownerId": 5}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmItemProductrow]]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.list(filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CrmItemProductrow]]",
            self._backend._invoke_page(
                _CRM_ITEM_PRODUCTROW_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def set(
        self,
        *,
        owner_id: int | Ref,
        owner_type: str | Ref,
        product_rows: Sequence[CrmItemProductrowSetProductRows] | Ref,
    ) -> BatchCommand[CrmItemProductrowSetResult]:
        """Replace all product rows of a CRM item with the given list.

        Rows not in the list are deleted; an empty list removes every row.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-set.html

        Args:
            owner_id: ID of the CRM item that owns the row. Wire name: ``ownerId``.
            owner_type: Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process. Wire name: ``ownerType``.
            product_rows: The complete new list of product rows. Wire name: ``productRows``.

        Returns:
            BatchCommand[CrmItemProductrowSetResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.set(owner_id=1, owner_type="CRM_DEAL", product_rows=[{"productName": "example", "productId": 1}])
        """
        return cast(
            "BatchCommand[CrmItemProductrowSetResult]",
            self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_SET,
                {
                    "ownerId": owner_id,
                    "ownerType": owner_type,
                    "productRows": product_rows,
                },
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmItemProductrowUpdateFields | Ref
    ) -> BatchCommand[CrmItemProductrowUpdateResult]:
        """Change the product, price, quantity or discount of one product row.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.item.productrow.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-update.html

        Args:
            id: ID of the product row.
            fields: Values to change.

        Returns:
            BatchCommand[CrmItemProductrowUpdateResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARG_VALUE``.
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.item.productrow.update(id=1, fields={"productName": "example", "productId": 1})
        """
        return cast(
            "BatchCommand[CrmItemProductrowUpdateResult]",
            self._backend._invoke(
                _CRM_ITEM_PRODUCTROW_UPDATE, {"id": id, "fields": fields}
            ),
        )
