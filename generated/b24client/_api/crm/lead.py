"""Methods under ``crm.lead``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import (
        CrmLead as _CrmLead,
        CrmLeadAddFields,
        CrmLeadAddParams,
        CrmLeadContactAddFields,
        CrmLeadContactDeleteFields,
        CrmLeadContactFieldsResult,
        CrmLeadContactItems as _CrmLeadContactItems,
        CrmLeadDetailsConfiguration as _CrmLeadDetailsConfiguration,
        CrmLeadDetailsConfigurationForceCommonScopeForAllExtras,
        CrmLeadDetailsConfigurationSetExtras,
        CrmLeadFieldsResult,
        CrmLeadProductrowsSetRows,
        CrmLeadUpdateFields,
        CrmLeadUpdateParams,
        CrmLeadUserfield as _CrmLeadUserfield,
        CrmLeadUserfieldAddFields,
        CrmLeadUserfieldUpdateFields,
        CrmProductRow,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_LEAD_ADD = MethodInfo(
    name="crm.lead.add", idempotent=False, returns="integer", api=1
)
_CRM_LEAD_DELETE = MethodInfo(
    name="crm.lead.delete", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_FIELDS = MethodInfo(
    name="crm.lead.fields", idempotent=True, returns="any", api=1
)
_CRM_LEAD_GET = MethodInfo(name="crm.lead.get", idempotent=True, returns="any", api=1)
_CRM_LEAD_LIST = MethodInfo(name="crm.lead.list", idempotent=True, returns="any", api=1)
_CRM_LEAD_UPDATE = MethodInfo(
    name="crm.lead.update", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_CONTACT_ADD = MethodInfo(
    name="crm.lead.contact.add", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_CONTACT_DELETE = MethodInfo(
    name="crm.lead.contact.delete", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_CONTACT_FIELDS = MethodInfo(
    name="crm.lead.contact.fields", idempotent=True, returns="any", api=1
)
_CRM_LEAD_CONTACT_ITEMS_DELETE = MethodInfo(
    name="crm.lead.contact.items.delete", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_CONTACT_ITEMS_GET = MethodInfo(
    name="crm.lead.contact.items.get", idempotent=True, returns="any", api=1
)
_CRM_LEAD_CONTACT_ITEMS_SET = MethodInfo(
    name="crm.lead.contact.items.set", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL = MethodInfo(
    name="crm.lead.details.configuration.forceCommonScopeForAll",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_LEAD_DETAILS_CONFIGURATION_GET = MethodInfo(
    name="crm.lead.details.configuration.get", idempotent=True, returns="any", api=1
)
_CRM_LEAD_DETAILS_CONFIGURATION_RESET = MethodInfo(
    name="crm.lead.details.configuration.reset",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_LEAD_DETAILS_CONFIGURATION_SET = MethodInfo(
    name="crm.lead.details.configuration.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_LEAD_PRODUCTROWS_GET = MethodInfo(
    name="crm.lead.productrows.get", idempotent=True, returns="any", api=1
)
_CRM_LEAD_PRODUCTROWS_SET = MethodInfo(
    name="crm.lead.productrows.set", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_USERFIELD_ADD = MethodInfo(
    name="crm.lead.userfield.add", idempotent=False, returns="integer", api=1
)
_CRM_LEAD_USERFIELD_DELETE = MethodInfo(
    name="crm.lead.userfield.delete", idempotent=False, returns="boolean", api=1
)
_CRM_LEAD_USERFIELD_GET = MethodInfo(
    name="crm.lead.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_LEAD_USERFIELD_LIST = MethodInfo(
    name="crm.lead.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_LEAD_USERFIELD_UPDATE = MethodInfo(
    name="crm.lead.userfield.update", idempotent=False, returns="boolean", api=1
)


class CrmLead(Namespace):
    """Methods under ``crm.lead``."""

    __slots__ = ()

    @property
    def contact(self) -> CrmLeadContact:
        """Methods under ``crm.lead.contact``."""
        return CrmLeadContact(self._backend)

    @property
    def details(self) -> CrmLeadDetails:
        """Methods under ``crm.lead.details``."""
        return CrmLeadDetails(self._backend)

    @property
    def productrows(self) -> CrmLeadProductrows:
        """Methods under ``crm.lead.productrows``."""
        return CrmLeadProductrows(self._backend)

    @property
    def userfield(self) -> CrmLeadUserfield:
        """Methods under ``crm.lead.userfield``."""
        return CrmLeadUserfield(self._backend)

    @deprecated("The REST method crm.lead.add is deprecated; use crm.item.add instead.")
    def add(
        self,
        *,
        fields: CrmLeadAddFields | NotGiven = NOT_GIVEN,
        params: CrmLeadAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a lead with contact details, source and amount, and return its ID.

        Deprecated: use crm.item.* with entityTypeId 1. IS_RETURN_CUSTOMER cannot be set by hand: it becomes "Y" when COMPANY_ID or CONTACT_ID is given.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.lead.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-add.html

        Args:
            fields: Values of the new lead keyed by field name; custom fields (UF_CRM_*) go here too.
            params: Extra options of the call.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.lead.add(fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})
            result = await client.crm.lead.add(fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_LEAD_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_LEAD_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.lead.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int | str) -> bool:
        """Remove a lead together with its activities, history and timeline records.

        Deprecated: use crm.item.* with entityTypeId 1. Linked objects are removed only when nothing else refers to them; otherwise just the link to the lead is dropped.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.lead.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-delete.html

        Args:
            id: ID of the lead.

        Returns:
            bool

        Example:
            result = client.crm.lead.delete(id=1)
            result = await client.crm.lead.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_LEAD_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.lead.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> CrmLeadFieldsResult:
        """Describe every lead field, custom fields included: type, required and read-only flags.

        Deprecated: use crm.item.* with entityTypeId 1.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.lead.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-fields.html

        Returns:
            CrmLeadFieldsResult

        Example:
            result = client.crm.lead.fields()
            result = await client.crm.lead.fields()  # AsyncBitrix24
        """
        return cast("CrmLeadFieldsResult", self._backend._invoke(_CRM_LEAD_FIELDS, {}))

    @deprecated("The REST method crm.lead.get is deprecated; use crm.item.get instead.")
    def get(self, *, id: int) -> _CrmLead:
        """Read one lead with all its fields, phones and e-mails included.

        Deprecated: use crm.item.* with entityTypeId 1.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.lead.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-get.html

        Args:
            id: ID of the lead.

        Returns:
            CrmLead

        Example:
            result = client.crm.lead.get(id=1)
            result = await client.crm.lead.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmLead", self._backend._invoke(_CRM_LEAD_GET, {"id": id}))

    @deprecated(
        "The REST method crm.lead.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmLead]:
        """Find leads by filter, with chosen fields, sorting and paging.

        Deprecated: use crm.item.* with entityTypeId 1. "*" in select returns the standard fields and "UF_*" the custom ones; multifields such as PHONE and EMAIL must be named one by one. The filter has no OR.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.lead.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE", "PHONE"]; masks "*" and "UF_*" are accepted.
            filter: Conditions on field values, such as {">OPPORTUNITY": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmLead]

        Example:
            result = client.crm.lead.list()
            result = await client.crm.lead.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmLead]",
            self._backend._invoke_page(
                _CRM_LEAD_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.lead.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int,
        fields: CrmLeadUpdateFields | NotGiven = NOT_GIVEN,
        params: CrmLeadUpdateParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing lead; only the fields passed are touched.

        Deprecated: use crm.item.* with entityTypeId 1. When changing the address, pass all address fields together.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.lead.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-update.html

        Args:
            id: ID of the lead.
            fields: Values to change, keyed by field name.
            params: Extra options of the call.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.lead.update(id=1, fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})
            result = await client.crm.lead.update(id=1, fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_LEAD_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )


class AsyncCrmLead(Namespace):
    """Methods under ``crm.lead`` (async)."""

    __slots__ = ()

    @property
    def contact(self) -> AsyncCrmLeadContact:
        """Methods under ``crm.lead.contact``."""
        return AsyncCrmLeadContact(self._backend)

    @property
    def details(self) -> AsyncCrmLeadDetails:
        """Methods under ``crm.lead.details``."""
        return AsyncCrmLeadDetails(self._backend)

    @property
    def productrows(self) -> AsyncCrmLeadProductrows:
        """Methods under ``crm.lead.productrows``."""
        return AsyncCrmLeadProductrows(self._backend)

    @property
    def userfield(self) -> AsyncCrmLeadUserfield:
        """Methods under ``crm.lead.userfield``."""
        return AsyncCrmLeadUserfield(self._backend)

    @deprecated("The REST method crm.lead.add is deprecated; use crm.item.add instead.")
    async def add(
        self,
        *,
        fields: CrmLeadAddFields | NotGiven = NOT_GIVEN,
        params: CrmLeadAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a lead with contact details, source and amount, and return its ID.

        Deprecated: use crm.item.* with entityTypeId 1. IS_RETURN_CUSTOMER cannot be set by hand: it becomes "Y" when COMPANY_ID or CONTACT_ID is given.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.lead.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-add.html

        Args:
            fields: Values of the new lead keyed by field name; custom fields (UF_CRM_*) go here too.
            params: Extra options of the call.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.lead.add(fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})
            result = await client.crm.lead.add(fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_LEAD_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_LEAD_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.lead.delete is deprecated; use crm.item.delete instead."
    )
    async def delete(self, *, id: int | str) -> bool:
        """Remove a lead together with its activities, history and timeline records.

        Deprecated: use crm.item.* with entityTypeId 1. Linked objects are removed only when nothing else refers to them; otherwise just the link to the lead is dropped.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.lead.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-delete.html

        Args:
            id: ID of the lead.

        Returns:
            bool

        Example:
            result = client.crm.lead.delete(id=1)
            result = await client.crm.lead.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_LEAD_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.lead.fields is deprecated; use crm.item.fields instead."
    )
    async def fields(self) -> CrmLeadFieldsResult:
        """Describe every lead field, custom fields included: type, required and read-only flags.

        Deprecated: use crm.item.* with entityTypeId 1.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.lead.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-fields.html

        Returns:
            CrmLeadFieldsResult

        Example:
            result = client.crm.lead.fields()
            result = await client.crm.lead.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmLeadFieldsResult", await self._backend._invoke(_CRM_LEAD_FIELDS, {})
        )

    @deprecated("The REST method crm.lead.get is deprecated; use crm.item.get instead.")
    async def get(self, *, id: int) -> _CrmLead:
        """Read one lead with all its fields, phones and e-mails included.

        Deprecated: use crm.item.* with entityTypeId 1.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.lead.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-get.html

        Args:
            id: ID of the lead.

        Returns:
            CrmLead

        Example:
            result = client.crm.lead.get(id=1)
            result = await client.crm.lead.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmLead", await self._backend._invoke(_CRM_LEAD_GET, {"id": id}))

    @deprecated(
        "The REST method crm.lead.list is deprecated; use crm.item.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmLead]:
        """Find leads by filter, with chosen fields, sorting and paging.

        Deprecated: use crm.item.* with entityTypeId 1. "*" in select returns the standard fields and "UF_*" the custom ones; multifields such as PHONE and EMAIL must be named one by one. The filter has no OR.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.lead.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE", "PHONE"]; masks "*" and "UF_*" are accepted.
            filter: Conditions on field values, such as {">OPPORTUNITY": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmLead]

        Example:
            result = client.crm.lead.list()
            result = await client.crm.lead.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmLead]",
            await self._backend._invoke_page(
                _CRM_LEAD_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.lead.update is deprecated; use crm.item.update instead."
    )
    async def update(
        self,
        *,
        id: int,
        fields: CrmLeadUpdateFields | NotGiven = NOT_GIVEN,
        params: CrmLeadUpdateParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing lead; only the fields passed are touched.

        Deprecated: use crm.item.* with entityTypeId 1. When changing the address, pass all address fields together.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.lead.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-update.html

        Args:
            id: ID of the lead.
            fields: Values to change, keyed by field name.
            params: Extra options of the call.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.lead.update(id=1, fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})
            result = await client.crm.lead.update(id=1, fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_LEAD_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )


class BatchCrmLead(Namespace):
    """Methods under ``crm.lead`` (queued into a batch)."""

    __slots__ = ()

    @property
    def contact(self) -> BatchCrmLeadContact:
        """Methods under ``crm.lead.contact``."""
        return BatchCrmLeadContact(self._backend)

    @property
    def details(self) -> BatchCrmLeadDetails:
        """Methods under ``crm.lead.details``."""
        return BatchCrmLeadDetails(self._backend)

    @property
    def productrows(self) -> BatchCrmLeadProductrows:
        """Methods under ``crm.lead.productrows``."""
        return BatchCrmLeadProductrows(self._backend)

    @property
    def userfield(self) -> BatchCrmLeadUserfield:
        """Methods under ``crm.lead.userfield``."""
        return BatchCrmLeadUserfield(self._backend)

    @deprecated("The REST method crm.lead.add is deprecated; use crm.item.add instead.")
    def add(
        self,
        *,
        fields: CrmLeadAddFields | Ref | NotGiven = NOT_GIVEN,
        params: CrmLeadAddParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a lead with contact details, source and amount, and return its ID.

        Deprecated: use crm.item.* with entityTypeId 1. IS_RETURN_CUSTOMER cannot be set by hand: it becomes "Y" when COMPANY_ID or CONTACT_ID is given.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-add.html

        Args:
            fields: Values of the new lead keyed by field name; custom fields (UF_CRM_*) go here too.
            params: Extra options of the call.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.lead.add(fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_LEAD_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_LEAD_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.lead.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int | str | Ref) -> BatchCommand[bool]:
        """Remove a lead together with its activities, history and timeline records.

        Deprecated: use crm.item.* with entityTypeId 1. Linked objects are removed only when nothing else refers to them; otherwise just the link to the lead is dropped.

        Deprecated: use ``crm.item.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-delete.html

        Args:
            id: ID of the lead.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.lead.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CRM_LEAD_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.lead.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> BatchCommand[CrmLeadFieldsResult]:
        """Describe every lead field, custom fields included: type, required and read-only flags.

        Deprecated: use crm.item.* with entityTypeId 1.

        Deprecated: use ``crm.item.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-fields.html

        Returns:
            BatchCommand[CrmLeadFieldsResult]

        Example:
            command = batch.crm.lead.fields()
        """
        return cast(
            "BatchCommand[CrmLeadFieldsResult]",
            self._backend._invoke(_CRM_LEAD_FIELDS, {}),
        )

    @deprecated("The REST method crm.lead.get is deprecated; use crm.item.get instead.")
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmLead]:
        """Read one lead with all its fields, phones and e-mails included.

        Deprecated: use crm.item.* with entityTypeId 1.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-get.html

        Args:
            id: ID of the lead.

        Returns:
            BatchCommand[CrmLead]

        Example:
            command = batch.crm.lead.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmLead]", self._backend._invoke(_CRM_LEAD_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.lead.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmLead]]:
        """Find leads by filter, with chosen fields, sorting and paging.

        Deprecated: use crm.item.* with entityTypeId 1. "*" in select returns the standard fields and "UF_*" the custom ones; multifields such as PHONE and EMAIL must be named one by one. The filter has no OR.

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE", "PHONE"]; masks "*" and "UF_*" are accepted.
            filter: Conditions on field values, such as {">OPPORTUNITY": 1000}; a prefix on the name (>, <, !, %, @) changes the comparison.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmLead]]

        Example:
            command = batch.crm.lead.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmLead]]",
            self._backend._invoke_page(
                _CRM_LEAD_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.lead.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmLeadUpdateFields | Ref | NotGiven = NOT_GIVEN,
        params: CrmLeadUpdateParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change fields of an existing lead; only the fields passed are touched.

        Deprecated: use crm.item.* with entityTypeId 1. When changing the address, pass all address fields together.

        Deprecated: use ``crm.item.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-update.html

        Args:
            id: ID of the lead.
            fields: Values to change, keyed by field name.
            params: Extra options of the call.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.lead.update(id=1, fields={"COMPANY_TITLE": "Kick-off call", "TITLE": "Kick-off call"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_LEAD_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )


class CrmLeadContact(Namespace):
    """Methods under ``crm.lead.contact``."""

    __slots__ = ()

    @property
    def items(self) -> CrmLeadContactItems:
        """Methods under ``crm.lead.contact.items``."""
        return CrmLeadContactItems(self._backend)

    def add(self, *, id: int, fields: CrmLeadContactAddFields) -> bool:
        """Link an existing contact to a lead, optionally as its primary contact.

        REST method: ``crm.lead.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-add.html

        Args:
            id: ID of the lead.
            fields: The link to add.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.lead.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_LEAD_CONTACT_ADD, {"id": id, "fields": fields}),
        )

    def delete(self, *, id: int, fields: CrmLeadContactDeleteFields) -> bool:
        """Unlink one contact from a lead; the contact itself stays.

        REST method: ``crm.lead.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-delete.html

        Args:
            id: ID of the lead.
            fields: The link to remove.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.lead.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> CrmLeadContactFieldsResult:
        """Describe the fields of a lead-contact link: contact ID, order and primary flag.

        REST method: ``crm.lead.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-fields.html

        Returns:
            CrmLeadContactFieldsResult

        Example:
            result = client.crm.lead.contact.fields()
            result = await client.crm.lead.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmLeadContactFieldsResult",
            self._backend._invoke(_CRM_LEAD_CONTACT_FIELDS, {}),
        )


class AsyncCrmLeadContact(Namespace):
    """Methods under ``crm.lead.contact`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmLeadContactItems:
        """Methods under ``crm.lead.contact.items``."""
        return AsyncCrmLeadContactItems(self._backend)

    async def add(self, *, id: int, fields: CrmLeadContactAddFields) -> bool:
        """Link an existing contact to a lead, optionally as its primary contact.

        REST method: ``crm.lead.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-add.html

        Args:
            id: ID of the lead.
            fields: The link to add.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.lead.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_CONTACT_ADD, {"id": id, "fields": fields}
            ),
        )

    async def delete(self, *, id: int, fields: CrmLeadContactDeleteFields) -> bool:
        """Unlink one contact from a lead; the contact itself stays.

        REST method: ``crm.lead.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-delete.html

        Args:
            id: ID of the lead.
            fields: The link to remove.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.lead.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    async def fields(self) -> CrmLeadContactFieldsResult:
        """Describe the fields of a lead-contact link: contact ID, order and primary flag.

        REST method: ``crm.lead.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-fields.html

        Returns:
            CrmLeadContactFieldsResult

        Example:
            result = client.crm.lead.contact.fields()
            result = await client.crm.lead.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmLeadContactFieldsResult",
            await self._backend._invoke(_CRM_LEAD_CONTACT_FIELDS, {}),
        )


class BatchCrmLeadContact(Namespace):
    """Methods under ``crm.lead.contact`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmLeadContactItems:
        """Methods under ``crm.lead.contact.items``."""
        return BatchCrmLeadContactItems(self._backend)

    def add(
        self, *, id: int | Ref, fields: CrmLeadContactAddFields | Ref
    ) -> BatchCommand[bool]:
        """Link an existing contact to a lead, optionally as its primary contact.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-add.html

        Args:
            id: ID of the lead.
            fields: The link to add.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.lead.contact.add(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_LEAD_CONTACT_ADD, {"id": id, "fields": fields}),
        )

    def delete(
        self, *, id: int | Ref, fields: CrmLeadContactDeleteFields | Ref
    ) -> BatchCommand[bool]:
        """Unlink one contact from a lead; the contact itself stays.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-delete.html

        Args:
            id: ID of the lead.
            fields: The link to remove.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.lead.contact.delete(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> BatchCommand[CrmLeadContactFieldsResult]:
        """Describe the fields of a lead-contact link: contact ID, order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-fields.html

        Returns:
            BatchCommand[CrmLeadContactFieldsResult]

        Example:
            command = batch.crm.lead.contact.fields()
        """
        return cast(
            "BatchCommand[CrmLeadContactFieldsResult]",
            self._backend._invoke(_CRM_LEAD_CONTACT_FIELDS, {}),
        )


class CrmLeadContactItems(Namespace):
    """Methods under ``crm.lead.contact.items``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Unlink all contacts from a lead at once; the contacts themselves stay.

        REST method: ``crm.lead.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-delete.html

        Args:
            id: ID of the lead.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.items.delete(id=1)
            result = await client.crm.lead.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_LEAD_CONTACT_ITEMS_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> list[_CrmLeadContactItems]:
        """List the contacts linked to a lead, with their order and primary flag.

        REST method: ``crm.lead.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-get.html

        Args:
            id: ID of the lead.

        Returns:
            list[CrmLeadContactItems]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.items.get(id=1)
            result = await client.crm.lead.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmLeadContactItems]",
            self._backend._invoke(_CRM_LEAD_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(self, *, id: int, items: Sequence[dict[str, Any]]) -> bool:
        """Attach a list of contacts to a lead in one call, with order and primary flag.

        REST method: ``crm.lead.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-set.html

        Args:
            id: ID of the lead.
            items: The new links, each with CONTACT_ID (required), SORT and IS_PRIMARY.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.items.set(id=1, items=[{}])
            result = await client.crm.lead.contact.items.set(id=1, items=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class AsyncCrmLeadContactItems(Namespace):
    """Methods under ``crm.lead.contact.items`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Unlink all contacts from a lead at once; the contacts themselves stay.

        REST method: ``crm.lead.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-delete.html

        Args:
            id: ID of the lead.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.items.delete(id=1)
            result = await client.crm.lead.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_LEAD_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> list[_CrmLeadContactItems]:
        """List the contacts linked to a lead, with their order and primary flag.

        REST method: ``crm.lead.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-get.html

        Args:
            id: ID of the lead.

        Returns:
            list[CrmLeadContactItems]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.items.get(id=1)
            result = await client.crm.lead.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmLeadContactItems]",
            await self._backend._invoke(_CRM_LEAD_CONTACT_ITEMS_GET, {"id": id}),
        )

    async def set(self, *, id: int, items: Sequence[dict[str, Any]]) -> bool:
        """Attach a list of contacts to a lead in one call, with order and primary flag.

        REST method: ``crm.lead.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-set.html

        Args:
            id: ID of the lead.
            items: The new links, each with CONTACT_ID (required), SORT and IS_PRIMARY.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.lead.contact.items.set(id=1, items=[{}])
            result = await client.crm.lead.contact.items.set(id=1, items=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class BatchCrmLeadContactItems(Namespace):
    """Methods under ``crm.lead.contact.items`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink all contacts from a lead at once; the contacts themselves stay.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-delete.html

        Args:
            id: ID of the lead.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.lead.contact.items.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_LEAD_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[list[_CrmLeadContactItems]]:
        """List the contacts linked to a lead, with their order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-get.html

        Args:
            id: ID of the lead.

        Returns:
            BatchCommand[list[CrmLeadContactItems]]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.lead.contact.items.get(id=1)
        """
        return cast(
            "BatchCommand[list[_CrmLeadContactItems]]",
            self._backend._invoke(_CRM_LEAD_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(
        self, *, id: int | Ref, items: Sequence[dict[str, Any]] | Ref
    ) -> BatchCommand[bool]:
        """Attach a list of contacts to a lead in one call, with order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-set.html

        Args:
            id: ID of the lead.
            items: The new links, each with CONTACT_ID (required), SORT and IS_PRIMARY.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.lead.contact.items.set(id=1, items=[{}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class CrmLeadDetails(Namespace):
    """Methods under ``crm.lead.details``."""

    __slots__ = ()

    @property
    def configuration(self) -> CrmLeadDetailsConfiguration:
        """Methods under ``crm.lead.details.configuration``."""
        return CrmLeadDetailsConfiguration(self._backend)


class AsyncCrmLeadDetails(Namespace):
    """Methods under ``crm.lead.details`` (async)."""

    __slots__ = ()

    @property
    def configuration(self) -> AsyncCrmLeadDetailsConfiguration:
        """Methods under ``crm.lead.details.configuration``."""
        return AsyncCrmLeadDetailsConfiguration(self._backend)


class BatchCrmLeadDetails(Namespace):
    """Methods under ``crm.lead.details`` (queued into a batch)."""

    __slots__ = ()

    @property
    def configuration(self) -> BatchCrmLeadDetailsConfiguration:
        """Methods under ``crm.lead.details.configuration``."""
        return BatchCrmLeadDetailsConfiguration(self._backend)


class CrmLeadDetailsConfiguration(Namespace):
    """Methods under ``crm.lead.details.configuration``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.lead.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(
        self,
        *,
        extras: (
            CrmLeadDetailsConfigurationForceCommonScopeForAllExtras | NotGiven
        ) = NOT_GIVEN,
    ) -> bool:
        """Make every user see the shared lead card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll. Personal layouts are dropped; administrators only.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.lead.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-force-common-scope-for-all.html

        Args:
            extras: Extra selector for leads.

        Returns:
            bool

        Example:
            result = client.crm.lead.details.configuration.force_common_scope_for_all()
            result = await client.crm.lead.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[_CrmLeadDetailsConfiguration]:
        """Read the lead card layout: its sections and the fields in them.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.lead.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-get.html

        Args:
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            list[CrmLeadDetailsConfiguration]

        Example:
            result = client.crm.lead.details.configuration.get()
            result = await client.crm.lead.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmLeadDetailsConfiguration]",
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_GET,
                {"userId": user_id, "scope": scope, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Restore the default lead card layout, personal or shared.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.lead.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-reset.html

        Args:
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            bool

        Example:
            result = client.crm.lead.details.configuration.reset()
            result = await client.crm.lead.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_RESET,
                {"userId": user_id, "scope": scope, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        data: Sequence[dict[str, Any]],
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: CrmLeadDetailsConfigurationSetExtras | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the lead card layout: sections and the fields they show.

        Deprecated: use crm.item.details.configuration.set. Setting another user's layout or the shared one needs administrator rights.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.lead.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-set.html

        Args:
            data: Sections of the card in display order, each with its name, title, type and fields.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            bool

        Example:
            result = client.crm.lead.details.configuration.set(data=[{}])
            result = await client.crm.lead.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_SET,
                {"data": data, "userId": user_id, "scope": scope, "extras": extras},
            ),
        )


class AsyncCrmLeadDetailsConfiguration(Namespace):
    """Methods under ``crm.lead.details.configuration`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.lead.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    async def force_common_scope_for_all(
        self,
        *,
        extras: (
            CrmLeadDetailsConfigurationForceCommonScopeForAllExtras | NotGiven
        ) = NOT_GIVEN,
    ) -> bool:
        """Make every user see the shared lead card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll. Personal layouts are dropped; administrators only.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.lead.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-force-common-scope-for-all.html

        Args:
            extras: Extra selector for leads.

        Returns:
            bool

        Example:
            result = client.crm.lead.details.configuration.force_common_scope_for_all()
            result = await client.crm.lead.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    async def get(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> list[_CrmLeadDetailsConfiguration]:
        """Read the lead card layout: its sections and the fields in them.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.lead.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-get.html

        Args:
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            list[CrmLeadDetailsConfiguration]

        Example:
            result = client.crm.lead.details.configuration.get()
            result = await client.crm.lead.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmLeadDetailsConfiguration]",
            await self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_GET,
                {"userId": user_id, "scope": scope, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    async def reset(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Restore the default lead card layout, personal or shared.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.lead.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-reset.html

        Args:
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            bool

        Example:
            result = client.crm.lead.details.configuration.reset()
            result = await client.crm.lead.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_RESET,
                {"userId": user_id, "scope": scope, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    async def set(
        self,
        *,
        data: Sequence[dict[str, Any]],
        user_id: int | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extras: CrmLeadDetailsConfigurationSetExtras | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the lead card layout: sections and the fields they show.

        Deprecated: use crm.item.details.configuration.set. Setting another user's layout or the shared one needs administrator rights.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.lead.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-set.html

        Args:
            data: Sections of the card in display order, each with its name, title, type and fields.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            bool

        Example:
            result = client.crm.lead.details.configuration.set(data=[{}])
            result = await client.crm.lead.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_SET,
                {"data": data, "userId": user_id, "scope": scope, "extras": extras},
            ),
        )


class BatchCrmLeadDetailsConfiguration(Namespace):
    """Methods under ``crm.lead.details.configuration`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.lead.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(
        self,
        *,
        extras: (
            CrmLeadDetailsConfigurationForceCommonScopeForAllExtras | Ref | NotGiven
        ) = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Make every user see the shared lead card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll. Personal layouts are dropped; administrators only.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-force-common-scope-for-all.html

        Args:
            extras: Extra selector for leads.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.lead.details.configuration.force_common_scope_for_all()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CrmLeadDetailsConfiguration]]:
        """Read the lead card layout: its sections and the fields in them.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-get.html

        Args:
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            BatchCommand[list[CrmLeadDetailsConfiguration]]

        Example:
            command = batch.crm.lead.details.configuration.get()
        """
        return cast(
            "BatchCommand[list[_CrmLeadDetailsConfiguration]]",
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_GET,
                {"userId": user_id, "scope": scope, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Restore the default lead card layout, personal or shared.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-reset.html

        Args:
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.lead.details.configuration.reset()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_RESET,
                {"userId": user_id, "scope": scope, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.lead.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        data: Sequence[dict[str, Any]] | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        extras: CrmLeadDetailsConfigurationSetExtras | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Save the lead card layout: sections and the fields they show.

        Deprecated: use crm.item.details.configuration.set. Setting another user's layout or the shared one needs administrator rights.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-set.html

        Args:
            data: Sections of the card in display order, each with its name, title, type and fields.
            user_id: ID of the user whose personal layout is meant; defaults to the calling user and is used only with scope "P". Wire name: ``userId``.
            scope: \"P" for a personal layout (default) or "C" for the layout shared by everyone.
            extras: Extra selector for leads.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.lead.details.configuration.set(data=[{}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_DETAILS_CONFIGURATION_SET,
                {"data": data, "userId": user_id, "scope": scope, "extras": extras},
            ),
        )


class CrmLeadProductrows(Namespace):
    """Methods under ``crm.lead.productrows``."""

    __slots__ = ()

    @deprecated("The REST method crm.lead.productrows.get is deprecated.")
    def get(self, *, id: int) -> list[CrmProductRow]:
        """List the product rows of a lead: products, prices, discounts and taxes.

        Development stopped: use crm.item.productrow.list.

        Deprecated.

        REST method: ``crm.lead.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-productrows-get.html

        Args:
            id: ID of the lead.

        Returns:
            list[CrmProductRow]

        Example:
            result = client.crm.lead.productrows.get(id=1)
            result = await client.crm.lead.productrows.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmProductRow]",
            self._backend._invoke(_CRM_LEAD_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.lead.productrows.set is deprecated.")
    def set(
        self,
        *,
        id: int,
        rows: Sequence[CrmLeadProductrowsSetRows] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace all product rows of a lead with the given list.

        Rows not in the list are deleted. Development stopped: use crm.item.productrow.* to change a single row.

        Deprecated.

        REST method: ``crm.lead.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-productrows-set.html

        Args:
            id: ID of the lead.
            rows: The complete new list of product rows.

        Returns:
            bool

        Example:
            result = client.crm.lead.productrows.set(id=1)
            result = await client.crm.lead.productrows.set(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_LEAD_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class AsyncCrmLeadProductrows(Namespace):
    """Methods under ``crm.lead.productrows`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.lead.productrows.get is deprecated.")
    async def get(self, *, id: int) -> list[CrmProductRow]:
        """List the product rows of a lead: products, prices, discounts and taxes.

        Development stopped: use crm.item.productrow.list.

        Deprecated.

        REST method: ``crm.lead.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-productrows-get.html

        Args:
            id: ID of the lead.

        Returns:
            list[CrmProductRow]

        Example:
            result = client.crm.lead.productrows.get(id=1)
            result = await client.crm.lead.productrows.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmProductRow]",
            await self._backend._invoke(_CRM_LEAD_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.lead.productrows.set is deprecated.")
    async def set(
        self,
        *,
        id: int,
        rows: Sequence[CrmLeadProductrowsSetRows] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace all product rows of a lead with the given list.

        Rows not in the list are deleted. Development stopped: use crm.item.productrow.* to change a single row.

        Deprecated.

        REST method: ``crm.lead.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-productrows-set.html

        Args:
            id: ID of the lead.
            rows: The complete new list of product rows.

        Returns:
            bool

        Example:
            result = client.crm.lead.productrows.set(id=1)
            result = await client.crm.lead.productrows.set(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_PRODUCTROWS_SET, {"id": id, "rows": rows}
            ),
        )


class BatchCrmLeadProductrows(Namespace):
    """Methods under ``crm.lead.productrows`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.lead.productrows.get is deprecated.")
    def get(self, *, id: int | Ref) -> BatchCommand[list[CrmProductRow]]:
        """List the product rows of a lead: products, prices, discounts and taxes.

        Development stopped: use crm.item.productrow.list.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-productrows-get.html

        Args:
            id: ID of the lead.

        Returns:
            BatchCommand[list[CrmProductRow]]

        Example:
            command = batch.crm.lead.productrows.get(id=1)
        """
        return cast(
            "BatchCommand[list[CrmProductRow]]",
            self._backend._invoke(_CRM_LEAD_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.lead.productrows.set is deprecated.")
    def set(
        self,
        *,
        id: int | Ref,
        rows: Sequence[CrmLeadProductrowsSetRows] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Replace all product rows of a lead with the given list.

        Rows not in the list are deleted. Development stopped: use crm.item.productrow.* to change a single row.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-productrows-set.html

        Args:
            id: ID of the lead.
            rows: The complete new list of product rows.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.lead.productrows.set(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_LEAD_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class CrmLeadUserfield(Namespace):
    """Methods under ``crm.lead.userfield``."""

    __slots__ = ()

    def add(self, *, fields: CrmLeadUserfieldAddFields) -> int:
        """Create a custom field (UF_CRM_*) on leads and return its ID.

        The field code gets the "UF_CRM_" prefix; crm.userfield.types lists the allowed types.

        REST method: ``crm.lead.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-add.html

        Args:
            fields: Description of the new field.

        Returns:
            int

        Example:
            result = client.crm.lead.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.lead.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_LEAD_USERFIELD_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove a custom field of leads together with all its values.

        REST method: ``crm.lead.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.lead.userfield.delete(id=1)
            result = await client.crm.lead.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_LEAD_USERFIELD_DELETE, {"id": id}))

    def get(self, *, id: int) -> _CrmLeadUserfield:
        """Read the settings of one custom field of leads.

        REST method: ``crm.lead.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmLeadUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.lead.userfield.get(id=1)
            result = await client.crm.lead.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmLeadUserfield",
            self._backend._invoke(_CRM_LEAD_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmLeadUserfield]:
        """List the custom fields defined on leads, with their settings.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.lead.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-list.html

        Args:
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmLeadUserfield]

        Example:
            result = client.crm.lead.userfield.list()
            result = await client.crm.lead.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmLeadUserfield]",
            self._backend._invoke_page(
                _CRM_LEAD_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmLeadUserfieldUpdateFields) -> bool:
        """Change labels, settings or list options of a custom field of leads.

        REST method: ``crm.lead.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.lead.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.lead.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_LEAD_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmLeadUserfield(Namespace):
    """Methods under ``crm.lead.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmLeadUserfieldAddFields) -> int:
        """Create a custom field (UF_CRM_*) on leads and return its ID.

        The field code gets the "UF_CRM_" prefix; crm.userfield.types lists the allowed types.

        REST method: ``crm.lead.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-add.html

        Args:
            fields: Description of the new field.

        Returns:
            int

        Example:
            result = client.crm.lead.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.lead.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_LEAD_USERFIELD_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a custom field of leads together with all its values.

        REST method: ``crm.lead.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.lead.userfield.delete(id=1)
            result = await client.crm.lead.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_LEAD_USERFIELD_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _CrmLeadUserfield:
        """Read the settings of one custom field of leads.

        REST method: ``crm.lead.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmLeadUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.lead.userfield.get(id=1)
            result = await client.crm.lead.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmLeadUserfield",
            await self._backend._invoke(_CRM_LEAD_USERFIELD_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmLeadUserfield]:
        """List the custom fields defined on leads, with their settings.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.lead.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-list.html

        Args:
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmLeadUserfield]

        Example:
            result = client.crm.lead.userfield.list()
            result = await client.crm.lead.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmLeadUserfield]",
            await self._backend._invoke_page(
                _CRM_LEAD_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: CrmLeadUserfieldUpdateFields) -> bool:
        """Change labels, settings or list options of a custom field of leads.

        REST method: ``crm.lead.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.lead.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.lead.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_LEAD_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmLeadUserfield(Namespace):
    """Methods under ``crm.lead.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmLeadUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field (UF_CRM_*) on leads and return its ID.

        The field code gets the "UF_CRM_" prefix; crm.userfield.types lists the allowed types.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-add.html

        Args:
            fields: Description of the new field.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.lead.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_LEAD_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a custom field of leads together with all its values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.lead.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_LEAD_USERFIELD_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmLeadUserfield]:
        """Read the settings of one custom field of leads.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[CrmLeadUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.lead.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmLeadUserfield]",
            self._backend._invoke(_CRM_LEAD_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmLeadUserfield]]:
        """List the custom fields defined on leads, with their settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-list.html

        Args:
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmLeadUserfield]]

        Example:
            command = batch.crm.lead.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmLeadUserfield]]",
            self._backend._invoke_page(
                _CRM_LEAD_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmLeadUserfieldUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change labels, settings or list options of a custom field of leads.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.lead.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.lead.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_LEAD_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )
