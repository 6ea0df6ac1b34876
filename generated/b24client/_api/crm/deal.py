"""Methods under ``crm.deal``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import merge_user_fields
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.crm import (
        CrmDeal as _CrmDeal,
        CrmDealAddParams,
        CrmDealContactAddFields,
        CrmDealContactBinding,
        CrmDealContactDeleteFields,
        CrmDealContactItemsSetItems,
        CrmDealDetailsConfiguration as _CrmDealDetailsConfiguration,
        CrmDealDetailsConfigurationForceCommonScopeForAllExtras,
        CrmDealDetailsConfigurationGetExtras,
        CrmDealDetailsConfigurationResetExtras,
        CrmDealDetailsConfigurationSetExtras,
        CrmDealFields,
        CrmDealProductrowsSetRows,
        CrmDealRecurring as _CrmDealRecurring,
        CrmDealRecurringAddFields,
        CrmDealRecurringExposeResult,
        CrmDealRecurringFieldsResult,
        CrmDealRecurringUpdateFields,
        CrmDealUpdateFields,
        CrmDealUpdateParams,
        CrmDealUserfield as _CrmDealUserfield,
        CrmDealUserfieldAddFields,
        CrmDealUserfieldUpdateFields,
        CrmProductRow,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_DEAL_ADD = MethodInfo(
    name="crm.deal.add", idempotent=False, returns="integer", api=1
)
_CRM_DEAL_DELETE = MethodInfo(
    name="crm.deal.delete", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_FIELDS = MethodInfo(
    name="crm.deal.fields", idempotent=True, returns="any", api=1
)
_CRM_DEAL_GET = MethodInfo(name="crm.deal.get", idempotent=True, returns="any", api=1)
_CRM_DEAL_LIST = MethodInfo(name="crm.deal.list", idempotent=True, returns="any", api=1)
_CRM_DEAL_UPDATE = MethodInfo(
    name="crm.deal.update", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_CONTACT_ADD = MethodInfo(
    name="crm.deal.contact.add", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_CONTACT_DELETE = MethodInfo(
    name="crm.deal.contact.delete", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_CONTACT_FIELDS = MethodInfo(
    name="crm.deal.contact.fields", idempotent=True, returns="any", api=1
)
_CRM_DEAL_CONTACT_ITEMS_DELETE = MethodInfo(
    name="crm.deal.contact.items.delete", idempotent=True, returns="boolean", api=1
)
_CRM_DEAL_CONTACT_ITEMS_GET = MethodInfo(
    name="crm.deal.contact.items.get", idempotent=True, returns="any", api=1
)
_CRM_DEAL_CONTACT_ITEMS_SET = MethodInfo(
    name="crm.deal.contact.items.set", idempotent=True, returns="boolean", api=1
)
_CRM_DEAL_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL = MethodInfo(
    name="crm.deal.details.configuration.forceCommonScopeForAll",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_DEAL_DETAILS_CONFIGURATION_GET = MethodInfo(
    name="crm.deal.details.configuration.get", idempotent=True, returns="any", api=1
)
_CRM_DEAL_DETAILS_CONFIGURATION_RESET = MethodInfo(
    name="crm.deal.details.configuration.reset",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_DEAL_DETAILS_CONFIGURATION_SET = MethodInfo(
    name="crm.deal.details.configuration.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_DEAL_PRODUCTROWS_GET = MethodInfo(
    name="crm.deal.productrows.get", idempotent=True, returns="any", api=1
)
_CRM_DEAL_PRODUCTROWS_SET = MethodInfo(
    name="crm.deal.productrows.set", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_RECURRING_ADD = MethodInfo(
    name="crm.deal.recurring.add", idempotent=False, returns="integer", api=1
)
_CRM_DEAL_RECURRING_DELETE = MethodInfo(
    name="crm.deal.recurring.delete", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_RECURRING_EXPOSE = MethodInfo(
    name="crm.deal.recurring.expose", idempotent=False, returns="any", api=1
)
_CRM_DEAL_RECURRING_FIELDS = MethodInfo(
    name="crm.deal.recurring.fields", idempotent=True, returns="any", api=1
)
_CRM_DEAL_RECURRING_GET = MethodInfo(
    name="crm.deal.recurring.get", idempotent=True, returns="any", api=1
)
_CRM_DEAL_RECURRING_LIST = MethodInfo(
    name="crm.deal.recurring.list", idempotent=True, returns="any", api=1
)
_CRM_DEAL_RECURRING_UPDATE = MethodInfo(
    name="crm.deal.recurring.update", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_USERFIELD_ADD = MethodInfo(
    name="crm.deal.userfield.add", idempotent=False, returns="integer", api=1
)
_CRM_DEAL_USERFIELD_DELETE = MethodInfo(
    name="crm.deal.userfield.delete", idempotent=False, returns="boolean", api=1
)
_CRM_DEAL_USERFIELD_GET = MethodInfo(
    name="crm.deal.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_DEAL_USERFIELD_LIST = MethodInfo(
    name="crm.deal.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_DEAL_USERFIELD_UPDATE = MethodInfo(
    name="crm.deal.userfield.update", idempotent=False, returns="boolean", api=1
)


class CrmDeal(Namespace):
    """Methods under ``crm.deal``."""

    __slots__ = ()

    @property
    def contact(self) -> CrmDealContact:
        """Methods under ``crm.deal.contact``."""
        return CrmDealContact(self._backend)

    @property
    def details(self) -> CrmDealDetails:
        """Methods under ``crm.deal.details``."""
        return CrmDealDetails(self._backend)

    @property
    def productrows(self) -> CrmDealProductrows:
        """Methods under ``crm.deal.productrows``."""
        return CrmDealProductrows(self._backend)

    @property
    def recurring(self) -> CrmDealRecurring:
        """Methods under ``crm.deal.recurring``."""
        return CrmDealRecurring(self._backend)

    @property
    def userfield(self) -> CrmDealUserfield:
        """Methods under ``crm.deal.userfield``."""
        return CrmDealUserfield(self._backend)

    @deprecated("The REST method crm.deal.add is deprecated; use crm.item.add instead.")
    def add(
        self,
        *,
        fields: CrmDealFields | NotGiven = NOT_GIVEN,
        params: CrmDealAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a deal and return its ID.

        Keys are the upper-case deal fields (TITLE, STAGE_ID, OPPORTUNITY,
        CONTACT_IDS...); the portal's own (UF_CRM_*, PARENT_ID_*) go in
        user_fields and are merged into fields on the wire. Omitted fields get
        portal defaults. Not retried automatically: a blind retry could create
        a duplicate deal.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.deal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html

        Args:
            fields: Values of the new deal, e.g. {"TITLE": "Website redesign"}; custom fields go in user_fields.
            params: Extra options.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.deal.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.deal.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_DEAL_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_DEAL_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.deal.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int) -> bool:
        """Delete a deal together with its dependent records.

        Activities, history and timeline entries that belong only to this deal are
        removed as well; records shared with other entities just lose the link.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.deal.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-delete.html

        Args:
            id: ID of the deal to delete.

        Returns:
            bool

        Example:
            result = client.crm.deal.delete(id=1)
            result = await client.crm.deal.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_DEAL_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.deal.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> dict[str, Any]:
        """Describe every deal field, custom fields included.

        Maps each field name to its metadata (type, title, isRequired, isReadOnly,
        isMultiple and so on). Use it to discover the keys accepted by crm.deal.add,
        crm.deal.update and the select/filter/order arguments of crm.deal.list.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.deal.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html

        Returns:
            dict[str, Any]

        Example:
            result = client.crm.deal.fields()
            result = await client.crm.deal.fields()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", self._backend._invoke(_CRM_DEAL_FIELDS, {}))

    @deprecated("The REST method crm.deal.get is deprecated; use crm.item.get instead.")
    def get(self, *, id: int) -> _CrmDeal:
        """Fetch one deal by ID.

        Returns the deal with its upper-case keys, as the portal sends them: IDs
        and numbers as strings, empty values as null. Custom fields (UF_CRM_*)
        are read with .get(). CONTACT_IDS is not included; use
        crm.deal.contact.items.get for the deal's contacts.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.deal.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html

        Args:
            id: ID of the deal.

        Returns:
            CrmDeal

        Example:
            result = client.crm.deal.get(id=1)
            result = await client.crm.deal.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmDeal", self._backend._invoke(_CRM_DEAL_GET, {"id": id}))

    @deprecated(
        "The REST method crm.deal.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmDeal]:
        """Search deals with a filter, sort order and field selection.

        Results come in pages of 50 deals; the page iterator follows the portal's
        next offset for you. CONTACT_IDS can be neither selected nor filtered on.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html

        Args:
            select: Fields to return; masks "*" (standard fields) and "UF_*" (custom fields) are allowed. Defaults to both.
            filter: Conditions keyed by field name; a key may carry an operator prefix such as ">=", "<", "@" (in list), "!@", "%" (substring) or "!=".
            order: Sort order, e.g. {"DATE_CREATE": "DESC"}; values are "ASC" or "DESC".
            start: Offset of the first deal to return (a multiple of 50).

        Returns:
            Page[CrmDeal]

        Example:
            result = client.crm.deal.list()
            result = await client.crm.deal.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmDeal]",
            self._backend._invoke_page(
                _CRM_DEAL_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.deal.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int,
        fields: CrmDealUpdateFields | NotGiven = NOT_GIVEN,
        params: CrmDealUpdateParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing deal.

        Send only the fields to change; unknown field names are ignored. Setting
        CONTACT_IDS replaces the whole contact list. Moving a deal to another
        pipeline is not possible here; use crm.item.update for that.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.deal.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html

        Args:
            id: ID of the deal to change.
            fields: New values, e.g. {"STAGE_ID": "WON"}; custom fields go in user_fields.
            params: Extra options.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.deal.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.deal.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_DEAL_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )


class AsyncCrmDeal(Namespace):
    """Methods under ``crm.deal`` (async)."""

    __slots__ = ()

    @property
    def contact(self) -> AsyncCrmDealContact:
        """Methods under ``crm.deal.contact``."""
        return AsyncCrmDealContact(self._backend)

    @property
    def details(self) -> AsyncCrmDealDetails:
        """Methods under ``crm.deal.details``."""
        return AsyncCrmDealDetails(self._backend)

    @property
    def productrows(self) -> AsyncCrmDealProductrows:
        """Methods under ``crm.deal.productrows``."""
        return AsyncCrmDealProductrows(self._backend)

    @property
    def recurring(self) -> AsyncCrmDealRecurring:
        """Methods under ``crm.deal.recurring``."""
        return AsyncCrmDealRecurring(self._backend)

    @property
    def userfield(self) -> AsyncCrmDealUserfield:
        """Methods under ``crm.deal.userfield``."""
        return AsyncCrmDealUserfield(self._backend)

    @deprecated("The REST method crm.deal.add is deprecated; use crm.item.add instead.")
    async def add(
        self,
        *,
        fields: CrmDealFields | NotGiven = NOT_GIVEN,
        params: CrmDealAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a deal and return its ID.

        Keys are the upper-case deal fields (TITLE, STAGE_ID, OPPORTUNITY,
        CONTACT_IDS...); the portal's own (UF_CRM_*, PARENT_ID_*) go in
        user_fields and are merged into fields on the wire. Omitted fields get
        portal defaults. Not retried automatically: a blind retry could create
        a duplicate deal.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.deal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html

        Args:
            fields: Values of the new deal, e.g. {"TITLE": "Website redesign"}; custom fields go in user_fields.
            params: Extra options.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.deal.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.deal.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_DEAL_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_DEAL_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.deal.delete is deprecated; use crm.item.delete instead."
    )
    async def delete(self, *, id: int) -> bool:
        """Delete a deal together with its dependent records.

        Activities, history and timeline entries that belong only to this deal are
        removed as well; records shared with other entities just lose the link.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.deal.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-delete.html

        Args:
            id: ID of the deal to delete.

        Returns:
            bool

        Example:
            result = client.crm.deal.delete(id=1)
            result = await client.crm.deal.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_DEAL_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.deal.fields is deprecated; use crm.item.fields instead."
    )
    async def fields(self) -> dict[str, Any]:
        """Describe every deal field, custom fields included.

        Maps each field name to its metadata (type, title, isRequired, isReadOnly,
        isMultiple and so on). Use it to discover the keys accepted by crm.deal.add,
        crm.deal.update and the select/filter/order arguments of crm.deal.list.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.deal.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html

        Returns:
            dict[str, Any]

        Example:
            result = client.crm.deal.fields()
            result = await client.crm.deal.fields()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", await self._backend._invoke(_CRM_DEAL_FIELDS, {}))

    @deprecated("The REST method crm.deal.get is deprecated; use crm.item.get instead.")
    async def get(self, *, id: int) -> _CrmDeal:
        """Fetch one deal by ID.

        Returns the deal with its upper-case keys, as the portal sends them: IDs
        and numbers as strings, empty values as null. Custom fields (UF_CRM_*)
        are read with .get(). CONTACT_IDS is not included; use
        crm.deal.contact.items.get for the deal's contacts.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.deal.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html

        Args:
            id: ID of the deal.

        Returns:
            CrmDeal

        Example:
            result = client.crm.deal.get(id=1)
            result = await client.crm.deal.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmDeal", await self._backend._invoke(_CRM_DEAL_GET, {"id": id}))

    @deprecated(
        "The REST method crm.deal.list is deprecated; use crm.item.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmDeal]:
        """Search deals with a filter, sort order and field selection.

        Results come in pages of 50 deals; the page iterator follows the portal's
        next offset for you. CONTACT_IDS can be neither selected nor filtered on.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html

        Args:
            select: Fields to return; masks "*" (standard fields) and "UF_*" (custom fields) are allowed. Defaults to both.
            filter: Conditions keyed by field name; a key may carry an operator prefix such as ">=", "<", "@" (in list), "!@", "%" (substring) or "!=".
            order: Sort order, e.g. {"DATE_CREATE": "DESC"}; values are "ASC" or "DESC".
            start: Offset of the first deal to return (a multiple of 50).

        Returns:
            AsyncPage[CrmDeal]

        Example:
            result = client.crm.deal.list()
            result = await client.crm.deal.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmDeal]",
            await self._backend._invoke_page(
                _CRM_DEAL_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.deal.update is deprecated; use crm.item.update instead."
    )
    async def update(
        self,
        *,
        id: int,
        fields: CrmDealUpdateFields | NotGiven = NOT_GIVEN,
        params: CrmDealUpdateParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing deal.

        Send only the fields to change; unknown field names are ignored. Setting
        CONTACT_IDS replaces the whole contact list. Moving a deal to another
        pipeline is not possible here; use crm.item.update for that.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.deal.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html

        Args:
            id: ID of the deal to change.
            fields: New values, e.g. {"STAGE_ID": "WON"}; custom fields go in user_fields.
            params: Extra options.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.deal.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.deal.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_DEAL_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )


class BatchCrmDeal(Namespace):
    """Methods under ``crm.deal`` (queued into a batch)."""

    __slots__ = ()

    @property
    def contact(self) -> BatchCrmDealContact:
        """Methods under ``crm.deal.contact``."""
        return BatchCrmDealContact(self._backend)

    @property
    def details(self) -> BatchCrmDealDetails:
        """Methods under ``crm.deal.details``."""
        return BatchCrmDealDetails(self._backend)

    @property
    def productrows(self) -> BatchCrmDealProductrows:
        """Methods under ``crm.deal.productrows``."""
        return BatchCrmDealProductrows(self._backend)

    @property
    def recurring(self) -> BatchCrmDealRecurring:
        """Methods under ``crm.deal.recurring``."""
        return BatchCrmDealRecurring(self._backend)

    @property
    def userfield(self) -> BatchCrmDealUserfield:
        """Methods under ``crm.deal.userfield``."""
        return BatchCrmDealUserfield(self._backend)

    @deprecated("The REST method crm.deal.add is deprecated; use crm.item.add instead.")
    def add(
        self,
        *,
        fields: CrmDealFields | Ref | NotGiven = NOT_GIVEN,
        params: CrmDealAddParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a deal and return its ID.

        Keys are the upper-case deal fields (TITLE, STAGE_ID, OPPORTUNITY,
        CONTACT_IDS...); the portal's own (UF_CRM_*, PARENT_ID_*) go in
        user_fields and are merged into fields on the wire. Omitted fields get
        portal defaults. Not retried automatically: a blind retry could create
        a duplicate deal.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html

        Args:
            fields: Values of the new deal, e.g. {"TITLE": "Website redesign"}; custom fields go in user_fields.
            params: Extra options.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.deal.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_DEAL_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_DEAL_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.deal.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete a deal together with its dependent records.

        Activities, history and timeline entries that belong only to this deal are
        removed as well; records shared with other entities just lose the link.

        Deprecated: use ``crm.item.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-delete.html

        Args:
            id: ID of the deal to delete.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CRM_DEAL_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.deal.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> BatchCommand[dict[str, Any]]:
        """Describe every deal field, custom fields included.

        Maps each field name to its metadata (type, title, isRequired, isReadOnly,
        isMultiple and so on). Use it to discover the keys accepted by crm.deal.add,
        crm.deal.update and the select/filter/order arguments of crm.deal.list.

        Deprecated: use ``crm.item.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.crm.deal.fields()
        """
        return cast(
            "BatchCommand[dict[str, Any]]", self._backend._invoke(_CRM_DEAL_FIELDS, {})
        )

    @deprecated("The REST method crm.deal.get is deprecated; use crm.item.get instead.")
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmDeal]:
        """Fetch one deal by ID.

        Returns the deal with its upper-case keys, as the portal sends them: IDs
        and numbers as strings, empty values as null. Custom fields (UF_CRM_*)
        are read with .get(). CONTACT_IDS is not included; use
        crm.deal.contact.items.get for the deal's contacts.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html

        Args:
            id: ID of the deal.

        Returns:
            BatchCommand[CrmDeal]

        Example:
            command = batch.crm.deal.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmDeal]", self._backend._invoke(_CRM_DEAL_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.deal.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmDeal]]:
        """Search deals with a filter, sort order and field selection.

        Results come in pages of 50 deals; the page iterator follows the portal's
        next offset for you. CONTACT_IDS can be neither selected nor filtered on.

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html

        Args:
            select: Fields to return; masks "*" (standard fields) and "UF_*" (custom fields) are allowed. Defaults to both.
            filter: Conditions keyed by field name; a key may carry an operator prefix such as ">=", "<", "@" (in list), "!@", "%" (substring) or "!=".
            order: Sort order, e.g. {"DATE_CREATE": "DESC"}; values are "ASC" or "DESC".
            start: Offset of the first deal to return (a multiple of 50).

        Returns:
            BatchCommand[list[CrmDeal]]

        Example:
            command = batch.crm.deal.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDeal]]",
            self._backend._invoke_page(
                _CRM_DEAL_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.deal.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmDealUpdateFields | Ref | NotGiven = NOT_GIVEN,
        params: CrmDealUpdateParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change fields of an existing deal.

        Send only the fields to change; unknown field names are ignored. Setting
        CONTACT_IDS replaces the whole contact list. Moving a deal to another
        pipeline is not possible here; use crm.item.update for that.

        Deprecated: use ``crm.item.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html

        Args:
            id: ID of the deal to change.
            fields: New values, e.g. {"STAGE_ID": "WON"}; custom fields go in user_fields.
            params: Extra options.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_DEAL_UPDATE, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )


class CrmDealContact(Namespace):
    """Methods under ``crm.deal.contact``."""

    __slots__ = ()

    @property
    def items(self) -> CrmDealContactItems:
        """Methods under ``crm.deal.contact.items``."""
        return CrmDealContactItems(self._backend)

    def add(self, *, id: int, fields: CrmDealContactAddFields) -> bool:
        """Link a contact person to a deal, adding it to the deal's contact list.

        Returns False when the contact is already linked to the deal. If the deal
        has no primary contact yet and IS_PRIMARY is not given, the new link
        becomes the primary one.

        REST method: ``crm.deal.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-add.html

        Args:
            id: ID of the deal.
            fields: The link to add.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_DEAL_CONTACT_ADD, {"id": id, "fields": fields}),
        )

    def delete(self, *, id: int, fields: CrmDealContactDeleteFields) -> bool:
        """Unlink a contact person from a deal, removing it from the deal's contact list.

        Returns False when the contact was not linked to the deal. Removing the
        primary link promotes the first remaining link to primary.

        REST method: ``crm.deal.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-delete.html

        Args:
            id: ID of the deal.
            fields: Which contact to unlink.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.deal.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> dict[str, Any]:
        """Describe the fields of a deal-contact link.

        Maps each field name (CONTACT_ID, SORT, IS_PRIMARY) to its metadata:
        type, title and the isRequired/isReadOnly/isMultiple style flags.

        REST method: ``crm.deal.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-fields.html

        Returns:
            dict[str, Any]

        Example:
            result = client.crm.deal.contact.fields()
            result = await client.crm.deal.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]", self._backend._invoke(_CRM_DEAL_CONTACT_FIELDS, {})
        )


class AsyncCrmDealContact(Namespace):
    """Methods under ``crm.deal.contact`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmDealContactItems:
        """Methods under ``crm.deal.contact.items``."""
        return AsyncCrmDealContactItems(self._backend)

    async def add(self, *, id: int, fields: CrmDealContactAddFields) -> bool:
        """Link a contact person to a deal, adding it to the deal's contact list.

        Returns False when the contact is already linked to the deal. If the deal
        has no primary contact yet and IS_PRIMARY is not given, the new link
        becomes the primary one.

        REST method: ``crm.deal.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-add.html

        Args:
            id: ID of the deal.
            fields: The link to add.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_CONTACT_ADD, {"id": id, "fields": fields}
            ),
        )

    async def delete(self, *, id: int, fields: CrmDealContactDeleteFields) -> bool:
        """Unlink a contact person from a deal, removing it from the deal's contact list.

        Returns False when the contact was not linked to the deal. Removing the
        primary link promotes the first remaining link to primary.

        REST method: ``crm.deal.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-delete.html

        Args:
            id: ID of the deal.
            fields: Which contact to unlink.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.deal.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    async def fields(self) -> dict[str, Any]:
        """Describe the fields of a deal-contact link.

        Maps each field name (CONTACT_ID, SORT, IS_PRIMARY) to its metadata:
        type, title and the isRequired/isReadOnly/isMultiple style flags.

        REST method: ``crm.deal.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-fields.html

        Returns:
            dict[str, Any]

        Example:
            result = client.crm.deal.contact.fields()
            result = await client.crm.deal.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]", await self._backend._invoke(_CRM_DEAL_CONTACT_FIELDS, {})
        )


class BatchCrmDealContact(Namespace):
    """Methods under ``crm.deal.contact`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmDealContactItems:
        """Methods under ``crm.deal.contact.items``."""
        return BatchCrmDealContactItems(self._backend)

    def add(
        self, *, id: int | Ref, fields: CrmDealContactAddFields | Ref
    ) -> BatchCommand[bool]:
        """Link a contact person to a deal, adding it to the deal's contact list.

        Returns False when the contact is already linked to the deal. If the deal
        has no primary contact yet and IS_PRIMARY is not given, the new link
        becomes the primary one.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-add.html

        Args:
            id: ID of the deal.
            fields: The link to add.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_CONTACT_ADD, {"id": id, "fields": fields}),
        )

    def delete(
        self, *, id: int | Ref, fields: CrmDealContactDeleteFields | Ref
    ) -> BatchCommand[bool]:
        """Unlink a contact person from a deal, removing it from the deal's contact list.

        Returns False when the contact was not linked to the deal. Removing the
        primary link promotes the first remaining link to primary.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-delete.html

        Args:
            id: ID of the deal.
            fields: Which contact to unlink.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.deal.contact.delete(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> BatchCommand[dict[str, Any]]:
        """Describe the fields of a deal-contact link.

        Maps each field name (CONTACT_ID, SORT, IS_PRIMARY) to its metadata:
        type, title and the isRequired/isReadOnly/isMultiple style flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-fields.html

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.crm.deal.contact.fields()
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(_CRM_DEAL_CONTACT_FIELDS, {}),
        )


class CrmDealContactItems(Namespace):
    """Methods under ``crm.deal.contact.items``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Unlink every contact from a deal.

        Clears the deal's whole contact list in one call; the contacts themselves
        are kept. Needs both read and edit rights on deals.

        REST method: ``crm.deal.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-delete.html

        Args:
            id: ID of the deal whose contact links are removed.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.items.delete(id=1)
            result = await client.crm.deal.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> list[CrmDealContactBinding]:
        """List the contacts linked to a deal.

        Each item holds CONTACT_ID, SORT, ROLE_ID (numbers) and IS_PRIMARY ("Y" or "N").

        REST method: ``crm.deal.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-get.html

        Args:
            id: ID of the deal.

        Returns:
            list[CrmDealContactBinding]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.items.get(id=1)
            result = await client.crm.deal.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmDealContactBinding]",
            self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(self, *, id: int, items: Sequence[CrmDealContactItemsSetItems]) -> bool:
        """Replace the full set of contacts linked to a deal.

        Any contact missing from items is unlinked. Each item is a dict with
        CONTACT_ID (required), and optionally IS_PRIMARY ("Y"/"N") and SORT.
        When no item is marked primary, the first one becomes primary; when
        several are, the first marked one wins. SORT defaults to (index + 1) * 10.

        REST method: ``crm.deal.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-set.html

        Args:
            id: ID of the deal.
            items: New contact links, e.g. [{"CONTACT_ID": 55, "IS_PRIMARY": "Y", "SORT": 100}].

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
            result = await client.crm.deal.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class AsyncCrmDealContactItems(Namespace):
    """Methods under ``crm.deal.contact.items`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Unlink every contact from a deal.

        Clears the deal's whole contact list in one call; the contacts themselves
        are kept. Needs both read and edit rights on deals.

        REST method: ``crm.deal.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-delete.html

        Args:
            id: ID of the deal whose contact links are removed.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.items.delete(id=1)
            result = await client.crm.deal.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> list[CrmDealContactBinding]:
        """List the contacts linked to a deal.

        Each item holds CONTACT_ID, SORT, ROLE_ID (numbers) and IS_PRIMARY ("Y" or "N").

        REST method: ``crm.deal.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-get.html

        Args:
            id: ID of the deal.

        Returns:
            list[CrmDealContactBinding]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.items.get(id=1)
            result = await client.crm.deal.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmDealContactBinding]",
            await self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_GET, {"id": id}),
        )

    async def set(
        self, *, id: int, items: Sequence[CrmDealContactItemsSetItems]
    ) -> bool:
        """Replace the full set of contacts linked to a deal.

        Any contact missing from items is unlinked. Each item is a dict with
        CONTACT_ID (required), and optionally IS_PRIMARY ("Y"/"N") and SORT.
        When no item is marked primary, the first one becomes primary; when
        several are, the first marked one wins. SORT defaults to (index + 1) * 10.

        REST method: ``crm.deal.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-set.html

        Args:
            id: ID of the deal.
            items: New contact links, e.g. [{"CONTACT_ID": 55, "IS_PRIMARY": "Y", "SORT": 100}].

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.deal.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
            result = await client.crm.deal.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class BatchCrmDealContactItems(Namespace):
    """Methods under ``crm.deal.contact.items`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink every contact from a deal.

        Clears the deal's whole contact list in one call; the contacts themselves
        are kept. Needs both read and edit rights on deals.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-delete.html

        Args:
            id: ID of the deal whose contact links are removed.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.deal.contact.items.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[list[CrmDealContactBinding]]:
        """List the contacts linked to a deal.

        Each item holds CONTACT_ID, SORT, ROLE_ID (numbers) and IS_PRIMARY ("Y" or "N").

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-get.html

        Args:
            id: ID of the deal.

        Returns:
            BatchCommand[list[CrmDealContactBinding]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.deal.contact.items.get(id=1)
        """
        return cast(
            "BatchCommand[list[CrmDealContactBinding]]",
            self._backend._invoke(_CRM_DEAL_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(
        self, *, id: int | Ref, items: Sequence[CrmDealContactItemsSetItems] | Ref
    ) -> BatchCommand[bool]:
        """Replace the full set of contacts linked to a deal.

        Any contact missing from items is unlinked. Each item is a dict with
        CONTACT_ID (required), and optionally IS_PRIMARY ("Y"/"N") and SORT.
        When no item is marked primary, the first one becomes primary; when
        several are, the first marked one wins. SORT defaults to (index + 1) * 10.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-set.html

        Args:
            id: ID of the deal.
            items: New contact links, e.g. [{"CONTACT_ID": 55, "IS_PRIMARY": "Y", "SORT": 100}].

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.deal.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class CrmDealDetails(Namespace):
    """Methods under ``crm.deal.details``."""

    __slots__ = ()

    @property
    def configuration(self) -> CrmDealDetailsConfiguration:
        """Methods under ``crm.deal.details.configuration``."""
        return CrmDealDetailsConfiguration(self._backend)


class AsyncCrmDealDetails(Namespace):
    """Methods under ``crm.deal.details`` (async)."""

    __slots__ = ()

    @property
    def configuration(self) -> AsyncCrmDealDetailsConfiguration:
        """Methods under ``crm.deal.details.configuration``."""
        return AsyncCrmDealDetailsConfiguration(self._backend)


class BatchCrmDealDetails(Namespace):
    """Methods under ``crm.deal.details`` (queued into a batch)."""

    __slots__ = ()

    @property
    def configuration(self) -> BatchCrmDealDetailsConfiguration:
        """Methods under ``crm.deal.details.configuration``."""
        return BatchCrmDealDetailsConfiguration(self._backend)


class CrmDealDetailsConfiguration(Namespace):
    """Methods under ``crm.deal.details.configuration``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.deal.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(
        self,
        *,
        extras: (
            CrmDealDetailsConfigurationForceCommonScopeForAllExtras | NotGiven
        ) = NOT_GIVEN,
    ) -> bool:
        """Make every user see the shared deal card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll. Layouts can differ per pipeline: pick one with extras.dealCategoryId.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.deal.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-force-common-scope-for-all.html

        Args:
            extras: Extra options, such as the pipeline.

        Returns:
            bool

        Example:
            result = client.crm.deal.details.configuration.force_common_scope_for_all()
            result = await client.crm.deal.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        extras: CrmDealDetailsConfigurationGetExtras | NotGiven = NOT_GIVEN,
    ) -> list[_CrmDealDetailsConfiguration]:
        """Read the personal or shared layout of the deal card.

        Deprecated: use crm.item.details.configuration.get. Layouts can differ per pipeline: pick one with extras.dealCategoryId. Returns null when no layout is stored.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.deal.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            extras: Extra options, such as the pipeline.

        Returns:
            list[CrmDealDetailsConfiguration]

        Example:
            result = client.crm.deal.details.configuration.get()
            result = await client.crm.deal.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmDealDetailsConfiguration]",
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        extras: CrmDealDetailsConfigurationResetExtras | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Drop the personal or shared deal card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.deal.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            extras: Extra options, such as the pipeline.

        Returns:
            bool

        Example:
            result = client.crm.deal.details.configuration.reset()
            result = await client.crm.deal.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]],
        extras: CrmDealDetailsConfigurationSetExtras | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the sections and fields shown on the deal card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.deal.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the deal card: each has name, title, type "section" and elements listing fields.
            extras: Extra options, such as the pipeline.

        Returns:
            bool

        Example:
            result = client.crm.deal.details.configuration.set(data=[{}])
            result = await client.crm.deal.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data, "extras": extras},
            ),
        )


class AsyncCrmDealDetailsConfiguration(Namespace):
    """Methods under ``crm.deal.details.configuration`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.deal.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    async def force_common_scope_for_all(
        self,
        *,
        extras: (
            CrmDealDetailsConfigurationForceCommonScopeForAllExtras | NotGiven
        ) = NOT_GIVEN,
    ) -> bool:
        """Make every user see the shared deal card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll. Layouts can differ per pipeline: pick one with extras.dealCategoryId.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.deal.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-force-common-scope-for-all.html

        Args:
            extras: Extra options, such as the pipeline.

        Returns:
            bool

        Example:
            result = client.crm.deal.details.configuration.force_common_scope_for_all()
            result = await client.crm.deal.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    async def get(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        extras: CrmDealDetailsConfigurationGetExtras | NotGiven = NOT_GIVEN,
    ) -> list[_CrmDealDetailsConfiguration]:
        """Read the personal or shared layout of the deal card.

        Deprecated: use crm.item.details.configuration.get. Layouts can differ per pipeline: pick one with extras.dealCategoryId. Returns null when no layout is stored.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.deal.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            extras: Extra options, such as the pipeline.

        Returns:
            list[CrmDealDetailsConfiguration]

        Example:
            result = client.crm.deal.details.configuration.get()
            result = await client.crm.deal.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmDealDetailsConfiguration]",
            await self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    async def reset(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        extras: CrmDealDetailsConfigurationResetExtras | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Drop the personal or shared deal card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.deal.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            extras: Extra options, such as the pipeline.

        Returns:
            bool

        Example:
            result = client.crm.deal.details.configuration.reset()
            result = await client.crm.deal.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    async def set(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]],
        extras: CrmDealDetailsConfigurationSetExtras | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Save the sections and fields shown on the deal card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.deal.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the deal card: each has name, title, type "section" and elements listing fields.
            extras: Extra options, such as the pipeline.

        Returns:
            bool

        Example:
            result = client.crm.deal.details.configuration.set(data=[{}])
            result = await client.crm.deal.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data, "extras": extras},
            ),
        )


class BatchCrmDealDetailsConfiguration(Namespace):
    """Methods under ``crm.deal.details.configuration`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.deal.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(
        self,
        *,
        extras: (
            CrmDealDetailsConfigurationForceCommonScopeForAllExtras | Ref | NotGiven
        ) = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Make every user see the shared deal card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll. Layouts can differ per pipeline: pick one with extras.dealCategoryId.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-force-common-scope-for-all.html

        Args:
            extras: Extra options, such as the pipeline.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.details.configuration.force_common_scope_for_all()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL,
                {"extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        scope: Literal["P", "C"] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        extras: CrmDealDetailsConfigurationGetExtras | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CrmDealDetailsConfiguration]]:
        """Read the personal or shared layout of the deal card.

        Deprecated: use crm.item.details.configuration.get. Layouts can differ per pipeline: pick one with extras.dealCategoryId. Returns null when no layout is stored.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            extras: Extra options, such as the pipeline.

        Returns:
            BatchCommand[list[CrmDealDetailsConfiguration]]

        Example:
            command = batch.crm.deal.details.configuration.get()
        """
        return cast(
            "BatchCommand[list[_CrmDealDetailsConfiguration]]",
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        scope: Literal["P", "C"] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        extras: CrmDealDetailsConfigurationResetExtras | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Drop the personal or shared deal card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            extras: Extra options, such as the pipeline.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.details.configuration.reset()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id, "extras": extras},
            ),
        )

    @deprecated(
        "The REST method crm.deal.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        scope: Literal["P", "C"] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]] | Ref,
        extras: CrmDealDetailsConfigurationSetExtras | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Save the sections and fields shown on the deal card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the deal card: each has name, title, type "section" and elements listing fields.
            extras: Extra options, such as the pipeline.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.details.configuration.set(data=[{}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data, "extras": extras},
            ),
        )


class CrmDealProductrows(Namespace):
    """Methods under ``crm.deal.productrows``."""

    __slots__ = ()

    @deprecated("The REST method crm.deal.productrows.get is deprecated.")
    def get(self, *, id: int) -> list[CrmProductRow]:
        """Read the product lines of a deal: products, prices, quantities, discounts, taxes.

        Deprecated: use the crm.item.productrow.* methods.

        Deprecated.

        REST method: ``crm.deal.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-get.html

        Args:
            id: ID of the deal.

        Returns:
            list[CrmProductRow]

        Example:
            result = client.crm.deal.productrows.get(id=1)
            result = await client.crm.deal.productrows.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmProductRow]",
            self._backend._invoke(_CRM_DEAL_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.deal.productrows.set is deprecated.")
    def set(
        self,
        *,
        id: int,
        rows: Sequence[CrmDealProductrowsSetRows] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace all product lines of a deal.

        Deprecated: use crm.item.productrow.set. Existing lines not passed in rows are removed from the deal.

        Deprecated.

        REST method: ``crm.deal.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-set.html

        Args:
            id: ID of the deal.
            rows: All product lines of the deal; replaces the current ones.

        Returns:
            bool

        Example:
            result = client.crm.deal.productrows.set(id=1)
            result = await client.crm.deal.productrows.set(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_DEAL_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class AsyncCrmDealProductrows(Namespace):
    """Methods under ``crm.deal.productrows`` (async)."""

    __slots__ = ()

    @deprecated("The REST method crm.deal.productrows.get is deprecated.")
    async def get(self, *, id: int) -> list[CrmProductRow]:
        """Read the product lines of a deal: products, prices, quantities, discounts, taxes.

        Deprecated: use the crm.item.productrow.* methods.

        Deprecated.

        REST method: ``crm.deal.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-get.html

        Args:
            id: ID of the deal.

        Returns:
            list[CrmProductRow]

        Example:
            result = client.crm.deal.productrows.get(id=1)
            result = await client.crm.deal.productrows.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[CrmProductRow]",
            await self._backend._invoke(_CRM_DEAL_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.deal.productrows.set is deprecated.")
    async def set(
        self,
        *,
        id: int,
        rows: Sequence[CrmDealProductrowsSetRows] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace all product lines of a deal.

        Deprecated: use crm.item.productrow.set. Existing lines not passed in rows are removed from the deal.

        Deprecated.

        REST method: ``crm.deal.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-set.html

        Args:
            id: ID of the deal.
            rows: All product lines of the deal; replaces the current ones.

        Returns:
            bool

        Example:
            result = client.crm.deal.productrows.set(id=1)
            result = await client.crm.deal.productrows.set(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_PRODUCTROWS_SET, {"id": id, "rows": rows}
            ),
        )


class BatchCrmDealProductrows(Namespace):
    """Methods under ``crm.deal.productrows`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method crm.deal.productrows.get is deprecated.")
    def get(self, *, id: int | Ref) -> BatchCommand[list[CrmProductRow]]:
        """Read the product lines of a deal: products, prices, quantities, discounts, taxes.

        Deprecated: use the crm.item.productrow.* methods.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.productrows.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-get.html

        Args:
            id: ID of the deal.

        Returns:
            BatchCommand[list[CrmProductRow]]

        Example:
            command = batch.crm.deal.productrows.get(id=1)
        """
        return cast(
            "BatchCommand[list[CrmProductRow]]",
            self._backend._invoke(_CRM_DEAL_PRODUCTROWS_GET, {"id": id}),
        )

    @deprecated("The REST method crm.deal.productrows.set is deprecated.")
    def set(
        self,
        *,
        id: int | Ref,
        rows: Sequence[CrmDealProductrowsSetRows] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Replace all product lines of a deal.

        Deprecated: use crm.item.productrow.set. Existing lines not passed in rows are removed from the deal.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.productrows.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-set.html

        Args:
            id: ID of the deal.
            rows: All product lines of the deal; replaces the current ones.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.productrows.set(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_PRODUCTROWS_SET, {"id": id, "rows": rows}),
        )


class CrmDealRecurring(Namespace):
    """Methods under ``crm.deal.recurring``."""

    __slots__ = ()

    def add(self, *, fields: CrmDealRecurringAddFields) -> int:
        """Turn a deal into a template that creates new deals on a schedule; return the template ID.

        REST method: ``crm.deal.recurring.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-add.html

        Args:
            fields: Values of the recurring template.

        Returns:
            int

        Example:
            result = client.crm.deal.recurring.add(fields={"DEAL_ID": 1, "ACTIVE": "Y"})
            result = await client.crm.deal.recurring.add(fields={"DEAL_ID": 1, "ACTIVE": "Y"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_DEAL_RECURRING_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove a recurring deal template.

        REST method: ``crm.deal.recurring.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-delete.html

        Args:
            id: ID of the recurring template.

        Returns:
            bool

        Example:
            result = client.crm.deal.recurring.delete(id=1)
            result = await client.crm.deal.recurring.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_DEAL_RECURRING_DELETE, {"id": id}))

    def expose(self, *, id: int) -> CrmDealRecurringExposeResult:
        """Create a new deal from a recurring template right now.

        REST method: ``crm.deal.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.html

        Args:
            id: ID of the recurring template.

        Returns:
            CrmDealRecurringExposeResult

        Example:
            result = client.crm.deal.recurring.expose(id=1)
            result = await client.crm.deal.recurring.expose(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDealRecurringExposeResult",
            self._backend._invoke(_CRM_DEAL_RECURRING_EXPOSE, {"id": id}),
        )

    def fields(self) -> CrmDealRecurringFieldsResult:
        """Describe the fields of a recurring deal template.

        REST method: ``crm.deal.recurring.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-fields.html

        Returns:
            CrmDealRecurringFieldsResult

        Example:
            result = client.crm.deal.recurring.fields()
            result = await client.crm.deal.recurring.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmDealRecurringFieldsResult",
            self._backend._invoke(_CRM_DEAL_RECURRING_FIELDS, {}),
        )

    def get(self, *, id: int) -> _CrmDealRecurring:
        """Read one recurring deal template by ID.

        REST method: ``crm.deal.recurring.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-get.html

        Args:
            id: ID of the recurring template.

        Returns:
            CrmDealRecurring

        Example:
            result = client.crm.deal.recurring.get(id=1)
            result = await client.crm.deal.recurring.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmDealRecurring",
            self._backend._invoke(_CRM_DEAL_RECURRING_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmDealRecurring]:
        """List recurring deal templates, with filter, sorting and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.recurring.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-list.html

        Args:
            order: Sort order, such as {"ID": "DESC"}.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmDealRecurring]

        Example:
            result = client.crm.deal.recurring.list()
            result = await client.crm.deal.recurring.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmDealRecurring]",
            self._backend._invoke_page(
                _CRM_DEAL_RECURRING_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CrmDealRecurringUpdateFields | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the schedule or limits of a recurring deal template.

        REST method: ``crm.deal.recurring.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-update.html

        Args:
            id: ID of the recurring template.
            fields: Values of the recurring template.

        Returns:
            bool

        Example:
            result = client.crm.deal.recurring.update(id=1, fields={"ACTIVE": "Y", "CATEGORY_ID": "1"})
            result = await client.crm.deal.recurring.update(id=1, fields={"ACTIVE": "Y", "CATEGORY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_RECURRING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmDealRecurring(Namespace):
    """Methods under ``crm.deal.recurring`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmDealRecurringAddFields) -> int:
        """Turn a deal into a template that creates new deals on a schedule; return the template ID.

        REST method: ``crm.deal.recurring.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-add.html

        Args:
            fields: Values of the recurring template.

        Returns:
            int

        Example:
            result = client.crm.deal.recurring.add(fields={"DEAL_ID": 1, "ACTIVE": "Y"})
            result = await client.crm.deal.recurring.add(fields={"DEAL_ID": 1, "ACTIVE": "Y"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_DEAL_RECURRING_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a recurring deal template.

        REST method: ``crm.deal.recurring.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-delete.html

        Args:
            id: ID of the recurring template.

        Returns:
            bool

        Example:
            result = client.crm.deal.recurring.delete(id=1)
            result = await client.crm.deal.recurring.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_DEAL_RECURRING_DELETE, {"id": id})
        )

    async def expose(self, *, id: int) -> CrmDealRecurringExposeResult:
        """Create a new deal from a recurring template right now.

        REST method: ``crm.deal.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.html

        Args:
            id: ID of the recurring template.

        Returns:
            CrmDealRecurringExposeResult

        Example:
            result = client.crm.deal.recurring.expose(id=1)
            result = await client.crm.deal.recurring.expose(id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmDealRecurringExposeResult",
            await self._backend._invoke(_CRM_DEAL_RECURRING_EXPOSE, {"id": id}),
        )

    async def fields(self) -> CrmDealRecurringFieldsResult:
        """Describe the fields of a recurring deal template.

        REST method: ``crm.deal.recurring.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-fields.html

        Returns:
            CrmDealRecurringFieldsResult

        Example:
            result = client.crm.deal.recurring.fields()
            result = await client.crm.deal.recurring.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmDealRecurringFieldsResult",
            await self._backend._invoke(_CRM_DEAL_RECURRING_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _CrmDealRecurring:
        """Read one recurring deal template by ID.

        REST method: ``crm.deal.recurring.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-get.html

        Args:
            id: ID of the recurring template.

        Returns:
            CrmDealRecurring

        Example:
            result = client.crm.deal.recurring.get(id=1)
            result = await client.crm.deal.recurring.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmDealRecurring",
            await self._backend._invoke(_CRM_DEAL_RECURRING_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmDealRecurring]:
        """List recurring deal templates, with filter, sorting and paging.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.recurring.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-list.html

        Args:
            order: Sort order, such as {"ID": "DESC"}.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmDealRecurring]

        Example:
            result = client.crm.deal.recurring.list()
            result = await client.crm.deal.recurring.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmDealRecurring]",
            await self._backend._invoke_page(
                _CRM_DEAL_RECURRING_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CrmDealRecurringUpdateFields | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the schedule or limits of a recurring deal template.

        REST method: ``crm.deal.recurring.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-update.html

        Args:
            id: ID of the recurring template.
            fields: Values of the recurring template.

        Returns:
            bool

        Example:
            result = client.crm.deal.recurring.update(id=1, fields={"ACTIVE": "Y", "CATEGORY_ID": "1"})
            result = await client.crm.deal.recurring.update(id=1, fields={"ACTIVE": "Y", "CATEGORY_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_RECURRING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmDealRecurring(Namespace):
    """Methods under ``crm.deal.recurring`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmDealRecurringAddFields | Ref) -> BatchCommand[int]:
        """Turn a deal into a template that creates new deals on a schedule; return the template ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-add.html

        Args:
            fields: Values of the recurring template.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.deal.recurring.add(fields={"DEAL_ID": 1, "ACTIVE": "Y"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_DEAL_RECURRING_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a recurring deal template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-delete.html

        Args:
            id: ID of the recurring template.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.recurring.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_RECURRING_DELETE, {"id": id}),
        )

    def expose(self, *, id: int | Ref) -> BatchCommand[CrmDealRecurringExposeResult]:
        """Create a new deal from a recurring template right now.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.expose``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.html

        Args:
            id: ID of the recurring template.

        Returns:
            BatchCommand[CrmDealRecurringExposeResult]

        Example:
            command = batch.crm.deal.recurring.expose(id=1)
        """
        return cast(
            "BatchCommand[CrmDealRecurringExposeResult]",
            self._backend._invoke(_CRM_DEAL_RECURRING_EXPOSE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmDealRecurringFieldsResult]:
        """Describe the fields of a recurring deal template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-fields.html

        Returns:
            BatchCommand[CrmDealRecurringFieldsResult]

        Example:
            command = batch.crm.deal.recurring.fields()
        """
        return cast(
            "BatchCommand[CrmDealRecurringFieldsResult]",
            self._backend._invoke(_CRM_DEAL_RECURRING_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmDealRecurring]:
        """Read one recurring deal template by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-get.html

        Args:
            id: ID of the recurring template.

        Returns:
            BatchCommand[CrmDealRecurring]

        Example:
            command = batch.crm.deal.recurring.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmDealRecurring]",
            self._backend._invoke(_CRM_DEAL_RECURRING_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmDealRecurring]]:
        """List recurring deal templates, with filter, sorting and paging.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-list.html

        Args:
            order: Sort order, such as {"ID": "DESC"}.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmDealRecurring]]

        Example:
            command = batch.crm.deal.recurring.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDealRecurring]]",
            self._backend._invoke_page(
                _CRM_DEAL_RECURRING_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmDealRecurringUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the schedule or limits of a recurring deal template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.recurring.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-update.html

        Args:
            id: ID of the recurring template.
            fields: Values of the recurring template.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.deal.recurring.update(id=1, fields={"ACTIVE": "Y", "CATEGORY_ID": "1"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_RECURRING_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmDealUserfield(Namespace):
    """Methods under ``crm.deal.userfield``."""

    __slots__ = ()

    def add(self, *, fields: CrmDealUserfieldAddFields) -> int:
        """Create a custom field for deals and return its ID.

        Unknown keys in fields are ignored. FIELD_NAME always gets the UF_CRM_ prefix.

        REST method: ``crm.deal.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.deal.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.deal.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_DEAL_USERFIELD_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove the definition of a custom deal field.

        REST method: ``crm.deal.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.deal.userfield.delete(id=1)
            result = await client.crm.deal.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_DEAL_USERFIELD_DELETE, {"id": id}))

    def get(self, *, id: int) -> _CrmDealUserfield:
        """Read the settings of one custom deal field by ID.

        REST method: ``crm.deal.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmDealUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.deal.userfield.get(id=1)
            result = await client.crm.deal.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmDealUserfield",
            self._backend._invoke(_CRM_DEAL_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmDealUserfield]:
        """List the custom fields defined for deals.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmDealUserfield]

        Example:
            result = client.crm.deal.userfield.list()
            result = await client.crm.deal.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmDealUserfield]",
            self._backend._invoke_page(
                _CRM_DEAL_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmDealUserfieldUpdateFields) -> bool:
        """Change labels and settings of a custom deal field.

        REST method: ``crm.deal.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.deal.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.deal.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_DEAL_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmDealUserfield(Namespace):
    """Methods under ``crm.deal.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmDealUserfieldAddFields) -> int:
        """Create a custom field for deals and return its ID.

        Unknown keys in fields are ignored. FIELD_NAME always gets the UF_CRM_ prefix.

        REST method: ``crm.deal.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.deal.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.deal.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_DEAL_USERFIELD_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove the definition of a custom deal field.

        REST method: ``crm.deal.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.deal.userfield.delete(id=1)
            result = await client.crm.deal.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_DEAL_USERFIELD_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _CrmDealUserfield:
        """Read the settings of one custom deal field by ID.

        REST method: ``crm.deal.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmDealUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.deal.userfield.get(id=1)
            result = await client.crm.deal.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmDealUserfield",
            await self._backend._invoke(_CRM_DEAL_USERFIELD_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmDealUserfield]:
        """List the custom fields defined for deals.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.deal.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmDealUserfield]

        Example:
            result = client.crm.deal.userfield.list()
            result = await client.crm.deal.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmDealUserfield]",
            await self._backend._invoke_page(
                _CRM_DEAL_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: CrmDealUserfieldUpdateFields) -> bool:
        """Change labels and settings of a custom deal field.

        REST method: ``crm.deal.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.deal.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.deal.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_DEAL_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmDealUserfield(Namespace):
    """Methods under ``crm.deal.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmDealUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field for deals and return its ID.

        Unknown keys in fields are ignored. FIELD_NAME always gets the UF_CRM_ prefix.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.deal.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_DEAL_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove the definition of a custom deal field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.deal.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_DEAL_USERFIELD_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmDealUserfield]:
        """Read the settings of one custom deal field by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[CrmDealUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.deal.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmDealUserfield]",
            self._backend._invoke(_CRM_DEAL_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmDealUserfield]]:
        """List the custom fields defined for deals.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmDealUserfield]]

        Example:
            command = batch.crm.deal.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmDealUserfield]]",
            self._backend._invoke_page(
                _CRM_DEAL_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmDealUserfieldUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change labels and settings of a custom deal field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.deal.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.deal.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_DEAL_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )
