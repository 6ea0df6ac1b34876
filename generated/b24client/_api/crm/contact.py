"""Methods under ``crm.contact``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CrmContact as _CrmContact,
        CrmContactAddFields,
        CrmContactAddParams,
        CrmContactCompanyAddFields,
        CrmContactCompanyDeleteFields,
        CrmContactCompanyFieldsResult,
        CrmContactCompanyItems as _CrmContactCompanyItems,
        CrmContactCompanyItemsSetItems,
        CrmContactDetailsConfiguration as _CrmContactDetailsConfiguration,
        CrmContactFieldsResult,
        CrmContactUpdateFields,
        CrmContactUpdateParams,
        CrmContactUserfield as _CrmContactUserfield,
        CrmContactUserfieldAddFields,
        CrmContactUserfieldUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_CONTACT_ADD = MethodInfo(
    name="crm.contact.add", idempotent=False, returns="integer", api=1
)
_CRM_CONTACT_DELETE = MethodInfo(
    name="crm.contact.delete", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_FIELDS = MethodInfo(
    name="crm.contact.fields", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_GET = MethodInfo(
    name="crm.contact.get", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_LIST = MethodInfo(
    name="crm.contact.list", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_UPDATE = MethodInfo(
    name="crm.contact.update", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_COMPANY_ADD = MethodInfo(
    name="crm.contact.company.add", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_COMPANY_DELETE = MethodInfo(
    name="crm.contact.company.delete", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_COMPANY_FIELDS = MethodInfo(
    name="crm.contact.company.fields", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_COMPANY_ITEMS_DELETE = MethodInfo(
    name="crm.contact.company.items.delete", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_COMPANY_ITEMS_GET = MethodInfo(
    name="crm.contact.company.items.get", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_COMPANY_ITEMS_SET = MethodInfo(
    name="crm.contact.company.items.set", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL = MethodInfo(
    name="crm.contact.details.configuration.forceCommonScopeForAll",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_CONTACT_DETAILS_CONFIGURATION_GET = MethodInfo(
    name="crm.contact.details.configuration.get", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_DETAILS_CONFIGURATION_RESET = MethodInfo(
    name="crm.contact.details.configuration.reset",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_CONTACT_DETAILS_CONFIGURATION_SET = MethodInfo(
    name="crm.contact.details.configuration.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_CONTACT_USERFIELD_ADD = MethodInfo(
    name="crm.contact.userfield.add", idempotent=False, returns="integer", api=1
)
_CRM_CONTACT_USERFIELD_DELETE = MethodInfo(
    name="crm.contact.userfield.delete", idempotent=False, returns="boolean", api=1
)
_CRM_CONTACT_USERFIELD_GET = MethodInfo(
    name="crm.contact.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_USERFIELD_LIST = MethodInfo(
    name="crm.contact.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_CONTACT_USERFIELD_UPDATE = MethodInfo(
    name="crm.contact.userfield.update", idempotent=False, returns="boolean", api=1
)


class CrmContact(Namespace):
    """Methods under ``crm.contact``."""

    __slots__ = ()

    @property
    def company(self) -> CrmContactCompany:
        """Methods under ``crm.contact.company``."""
        return CrmContactCompany(self._backend)

    @property
    def details(self) -> CrmContactDetails:
        """Methods under ``crm.contact.details``."""
        return CrmContactDetails(self._backend)

    @property
    def userfield(self) -> CrmContactUserfield:
        """Methods under ``crm.contact.userfield``."""
        return CrmContactUserfield(self._backend)

    @deprecated(
        "The REST method crm.contact.add is deprecated; use crm.item.add instead."
    )
    def add(
        self,
        *,
        fields: CrmContactAddFields | NotGiven = NOT_GIVEN,
        params: CrmContactAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a contact person record and return its ID.

        Deprecated: use crm.item.add with entityTypeId 3. With params IMPORT "Y" the creation date and author can be set too.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html

        Args:
            fields: Values of the contact, keyed by field name.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.contact.add(fields={"NAME": "Anna", "SECOND_NAME": "Lee"})
            result = await client.crm.contact.add(fields={"NAME": "Anna", "SECOND_NAME": "Lee"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_CONTACT_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_CONTACT_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.contact.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int) -> bool:
        """Remove a contact person record by ID.

        Deprecated: use crm.item.delete with entityTypeId 3.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html

        Args:
            id: ID of the contact.

        Returns:
            bool

        Example:
            result = client.crm.contact.delete(id=1)
            result = await client.crm.contact.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_CONTACT_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.contact.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> CrmContactFieldsResult:
        """Describe every contact field: type, required, read-only, multiple.

        Deprecated: use crm.item.fields with entityTypeId 3.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-fields.html

        Returns:
            CrmContactFieldsResult

        Example:
            result = client.crm.contact.fields()
            result = await client.crm.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmContactFieldsResult", self._backend._invoke(_CRM_CONTACT_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.contact.get is deprecated; use crm.item.get instead."
    )
    def get(self, *, id: int) -> _CrmContact:
        """Read one contact person with all fields by ID.

        Deprecated: use crm.item.get with entityTypeId 3.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.contact.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html

        Args:
            id: ID of the contact.

        Returns:
            CrmContact

        Example:
            result = client.crm.contact.get(id=1)
            result = await client.crm.contact.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmContact", self._backend._invoke(_CRM_CONTACT_GET, {"id": id}))

    @deprecated(
        "The REST method crm.contact.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmContact]:
        """Search contact persons by filter, with field selection, sorting and paging.

        Deprecated: use crm.item.list with entityTypeId 3. Returns 50 records per page.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "LAST_NAME"]; "*" for all standard fields, "UF_*" for custom ones.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmContact]

        Example:
            result = client.crm.contact.list()
            result = await client.crm.contact.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmContact]",
            self._backend._invoke_page(
                _CRM_CONTACT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.contact.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int,
        fields: CrmContactUpdateFields,
        params: CrmContactUpdateParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing contact person.

        Deprecated: use crm.item.update with entityTypeId 3. In PHONE, EMAIL and other multi-value fields an entry without ID adds a value; an entry with an existing ID and empty VALUE removes it.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.contact.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html

        Args:
            id: ID of the contact.
            fields: Values to change, keyed by field name; others stay as they are.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.contact.update(id=1, fields={"NAME": "Anna", "SECOND_NAME": "Lee"})
            result = await client.crm.contact.update(id=1, fields={"NAME": "Anna", "SECOND_NAME": "Lee"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_CONTACT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                    "params": params,
                },
            ),
        )


class AsyncCrmContact(Namespace):
    """Methods under ``crm.contact`` (async)."""

    __slots__ = ()

    @property
    def company(self) -> AsyncCrmContactCompany:
        """Methods under ``crm.contact.company``."""
        return AsyncCrmContactCompany(self._backend)

    @property
    def details(self) -> AsyncCrmContactDetails:
        """Methods under ``crm.contact.details``."""
        return AsyncCrmContactDetails(self._backend)

    @property
    def userfield(self) -> AsyncCrmContactUserfield:
        """Methods under ``crm.contact.userfield``."""
        return AsyncCrmContactUserfield(self._backend)

    @deprecated(
        "The REST method crm.contact.add is deprecated; use crm.item.add instead."
    )
    async def add(
        self,
        *,
        fields: CrmContactAddFields | NotGiven = NOT_GIVEN,
        params: CrmContactAddParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a contact person record and return its ID.

        Deprecated: use crm.item.add with entityTypeId 3. With params IMPORT "Y" the creation date and author can be set too.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html

        Args:
            fields: Values of the contact, keyed by field name.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.contact.add(fields={"NAME": "Anna", "SECOND_NAME": "Lee"})
            result = await client.crm.contact.add(fields={"NAME": "Anna", "SECOND_NAME": "Lee"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_CONTACT_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_CONTACT_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.contact.delete is deprecated; use crm.item.delete instead."
    )
    async def delete(self, *, id: int) -> bool:
        """Remove a contact person record by ID.

        Deprecated: use crm.item.delete with entityTypeId 3.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html

        Args:
            id: ID of the contact.

        Returns:
            bool

        Example:
            result = client.crm.contact.delete(id=1)
            result = await client.crm.contact.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_CONTACT_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.contact.fields is deprecated; use crm.item.fields instead."
    )
    async def fields(self) -> CrmContactFieldsResult:
        """Describe every contact field: type, required, read-only, multiple.

        Deprecated: use crm.item.fields with entityTypeId 3.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-fields.html

        Returns:
            CrmContactFieldsResult

        Example:
            result = client.crm.contact.fields()
            result = await client.crm.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmContactFieldsResult",
            await self._backend._invoke(_CRM_CONTACT_FIELDS, {}),
        )

    @deprecated(
        "The REST method crm.contact.get is deprecated; use crm.item.get instead."
    )
    async def get(self, *, id: int) -> _CrmContact:
        """Read one contact person with all fields by ID.

        Deprecated: use crm.item.get with entityTypeId 3.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.contact.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html

        Args:
            id: ID of the contact.

        Returns:
            CrmContact

        Example:
            result = client.crm.contact.get(id=1)
            result = await client.crm.contact.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmContact", await self._backend._invoke(_CRM_CONTACT_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.contact.list is deprecated; use crm.item.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmContact]:
        """Search contact persons by filter, with field selection, sorting and paging.

        Deprecated: use crm.item.list with entityTypeId 3. Returns 50 records per page.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "LAST_NAME"]; "*" for all standard fields, "UF_*" for custom ones.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmContact]

        Example:
            result = client.crm.contact.list()
            result = await client.crm.contact.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmContact]",
            await self._backend._invoke_page(
                _CRM_CONTACT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.contact.update is deprecated; use crm.item.update instead."
    )
    async def update(
        self,
        *,
        id: int,
        fields: CrmContactUpdateFields,
        params: CrmContactUpdateParams | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing contact person.

        Deprecated: use crm.item.update with entityTypeId 3. In PHONE, EMAIL and other multi-value fields an entry without ID adds a value; an entry with an existing ID and empty VALUE removes it.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.contact.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html

        Args:
            id: ID of the contact.
            fields: Values to change, keyed by field name; others stay as they are.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.contact.update(id=1, fields={"NAME": "Anna", "SECOND_NAME": "Lee"})
            result = await client.crm.contact.update(id=1, fields={"NAME": "Anna", "SECOND_NAME": "Lee"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_CONTACT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                    "params": params,
                },
            ),
        )


class BatchCrmContact(Namespace):
    """Methods under ``crm.contact`` (queued into a batch)."""

    __slots__ = ()

    @property
    def company(self) -> BatchCrmContactCompany:
        """Methods under ``crm.contact.company``."""
        return BatchCrmContactCompany(self._backend)

    @property
    def details(self) -> BatchCrmContactDetails:
        """Methods under ``crm.contact.details``."""
        return BatchCrmContactDetails(self._backend)

    @property
    def userfield(self) -> BatchCrmContactUserfield:
        """Methods under ``crm.contact.userfield``."""
        return BatchCrmContactUserfield(self._backend)

    @deprecated(
        "The REST method crm.contact.add is deprecated; use crm.item.add instead."
    )
    def add(
        self,
        *,
        fields: CrmContactAddFields | Ref | NotGiven = NOT_GIVEN,
        params: CrmContactAddParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a contact person record and return its ID.

        Deprecated: use crm.item.add with entityTypeId 3. With params IMPORT "Y" the creation date and author can be set too.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html

        Args:
            fields: Values of the contact, keyed by field name.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.contact.add(fields={"NAME": "Anna", "SECOND_NAME": "Lee"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_CONTACT_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_CONTACT_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.contact.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a contact person record by ID.

        Deprecated: use crm.item.delete with entityTypeId 3.

        Deprecated: use ``crm.item.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html

        Args:
            id: ID of the contact.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.contact.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CRM_CONTACT_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.contact.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> BatchCommand[CrmContactFieldsResult]:
        """Describe every contact field: type, required, read-only, multiple.

        Deprecated: use crm.item.fields with entityTypeId 3.

        Deprecated: use ``crm.item.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-fields.html

        Returns:
            BatchCommand[CrmContactFieldsResult]

        Example:
            command = batch.crm.contact.fields()
        """
        return cast(
            "BatchCommand[CrmContactFieldsResult]",
            self._backend._invoke(_CRM_CONTACT_FIELDS, {}),
        )

    @deprecated(
        "The REST method crm.contact.get is deprecated; use crm.item.get instead."
    )
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmContact]:
        """Read one contact person with all fields by ID.

        Deprecated: use crm.item.get with entityTypeId 3.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html

        Args:
            id: ID of the contact.

        Returns:
            BatchCommand[CrmContact]

        Example:
            command = batch.crm.contact.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmContact]",
            self._backend._invoke(_CRM_CONTACT_GET, {"id": id}),
        )

    @deprecated(
        "The REST method crm.contact.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmContact]]:
        """Search contact persons by filter, with field selection, sorting and paging.

        Deprecated: use crm.item.list with entityTypeId 3. Returns 50 records per page.

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "LAST_NAME"]; "*" for all standard fields, "UF_*" for custom ones.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmContact]]

        Example:
            command = batch.crm.contact.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmContact]]",
            self._backend._invoke_page(
                _CRM_CONTACT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.contact.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmContactUpdateFields | Ref,
        params: CrmContactUpdateParams | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change fields of an existing contact person.

        Deprecated: use crm.item.update with entityTypeId 3. In PHONE, EMAIL and other multi-value fields an entry without ID adds a value; an entry with an existing ID and empty VALUE removes it.

        Deprecated: use ``crm.item.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html

        Args:
            id: ID of the contact.
            fields: Values to change, keyed by field name; others stay as they are.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.contact.update(id=1, fields={"NAME": "Anna", "SECOND_NAME": "Lee"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_CONTACT_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                    "params": params,
                },
            ),
        )


class CrmContactCompany(Namespace):
    """Methods under ``crm.contact.company``."""

    __slots__ = ()

    @property
    def items(self) -> CrmContactCompanyItems:
        """Methods under ``crm.contact.company.items``."""
        return CrmContactCompanyItems(self._backend)

    def add(self, *, id: int, fields: CrmContactCompanyAddFields) -> bool:
        """Attach a company record to a contact person.

        REST method: ``crm.contact.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-add.html

        Args:
            id: ID of the contact.
            fields: The company to link and how.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.add(id=1, fields={"COMPANY_ID": 1})
            result = await client.crm.contact.company.add(id=1, fields={"COMPANY_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_COMPANY_ADD, {"id": id, "fields": fields}
            ),
        )

    def delete(self, *, id: int, fields: CrmContactCompanyDeleteFields) -> bool:
        """Detach a company record from a contact person.

        REST method: ``crm.contact.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-delete.html

        Args:
            id: ID of the contact.
            fields: The company to unlink from the contact.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.delete(id=1, fields={"COMPANY_ID": 1})
            result = await client.crm.contact.company.delete(id=1, fields={"COMPANY_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_COMPANY_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> CrmContactCompanyFieldsResult:
        """Describe the fields of a contact-company link.

        REST method: ``crm.contact.company.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-fields.html

        Returns:
            CrmContactCompanyFieldsResult

        Example:
            result = client.crm.contact.company.fields()
            result = await client.crm.contact.company.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmContactCompanyFieldsResult",
            self._backend._invoke(_CRM_CONTACT_COMPANY_FIELDS, {}),
        )


class AsyncCrmContactCompany(Namespace):
    """Methods under ``crm.contact.company`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmContactCompanyItems:
        """Methods under ``crm.contact.company.items``."""
        return AsyncCrmContactCompanyItems(self._backend)

    async def add(self, *, id: int, fields: CrmContactCompanyAddFields) -> bool:
        """Attach a company record to a contact person.

        REST method: ``crm.contact.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-add.html

        Args:
            id: ID of the contact.
            fields: The company to link and how.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.add(id=1, fields={"COMPANY_ID": 1})
            result = await client.crm.contact.company.add(id=1, fields={"COMPANY_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_COMPANY_ADD, {"id": id, "fields": fields}
            ),
        )

    async def delete(self, *, id: int, fields: CrmContactCompanyDeleteFields) -> bool:
        """Detach a company record from a contact person.

        REST method: ``crm.contact.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-delete.html

        Args:
            id: ID of the contact.
            fields: The company to unlink from the contact.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.delete(id=1, fields={"COMPANY_ID": 1})
            result = await client.crm.contact.company.delete(id=1, fields={"COMPANY_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_COMPANY_DELETE, {"id": id, "fields": fields}
            ),
        )

    async def fields(self) -> CrmContactCompanyFieldsResult:
        """Describe the fields of a contact-company link.

        REST method: ``crm.contact.company.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-fields.html

        Returns:
            CrmContactCompanyFieldsResult

        Example:
            result = client.crm.contact.company.fields()
            result = await client.crm.contact.company.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmContactCompanyFieldsResult",
            await self._backend._invoke(_CRM_CONTACT_COMPANY_FIELDS, {}),
        )


class BatchCrmContactCompany(Namespace):
    """Methods under ``crm.contact.company`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmContactCompanyItems:
        """Methods under ``crm.contact.company.items``."""
        return BatchCrmContactCompanyItems(self._backend)

    def add(
        self, *, id: int | Ref, fields: CrmContactCompanyAddFields | Ref
    ) -> BatchCommand[bool]:
        """Attach a company record to a contact person.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-add.html

        Args:
            id: ID of the contact.
            fields: The company to link and how.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.contact.company.add(id=1, fields={"COMPANY_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_COMPANY_ADD, {"id": id, "fields": fields}
            ),
        )

    def delete(
        self, *, id: int | Ref, fields: CrmContactCompanyDeleteFields | Ref
    ) -> BatchCommand[bool]:
        """Detach a company record from a contact person.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-delete.html

        Args:
            id: ID of the contact.
            fields: The company to unlink from the contact.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.contact.company.delete(id=1, fields={"COMPANY_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_COMPANY_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> BatchCommand[CrmContactCompanyFieldsResult]:
        """Describe the fields of a contact-company link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-fields.html

        Returns:
            BatchCommand[CrmContactCompanyFieldsResult]

        Example:
            command = batch.crm.contact.company.fields()
        """
        return cast(
            "BatchCommand[CrmContactCompanyFieldsResult]",
            self._backend._invoke(_CRM_CONTACT_COMPANY_FIELDS, {}),
        )


class CrmContactCompanyItems(Namespace):
    """Methods under ``crm.contact.company.items``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Unlink every company from a contact.

        REST method: ``crm.contact.company.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-delete.html

        Args:
            id: ID of the contact.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.items.delete(id=1)
            result = await client.crm.contact.company.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_CONTACT_COMPANY_ITEMS_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> list[_CrmContactCompanyItems]:
        """List the companies linked to a contact, with order and primary flag.

        REST method: ``crm.contact.company.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html

        Args:
            id: ID of the contact.

        Returns:
            list[CrmContactCompanyItems]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.items.get(id=1)
            result = await client.crm.contact.company.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmContactCompanyItems]",
            self._backend._invoke(_CRM_CONTACT_COMPANY_ITEMS_GET, {"id": id}),
        )

    def set(self, *, id: int, items: Sequence[CrmContactCompanyItemsSetItems]) -> bool:
        """Replace the whole set of companies linked to a contact.

        REST method: ``crm.contact.company.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-set.html

        Args:
            id: ID of the contact.
            items: All company links of the contact; the list replaces the current one.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.items.set(id=1, items=[{"COMPANY_ID": 1}])
            result = await client.crm.contact.company.items.set(id=1, items=[{"COMPANY_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_COMPANY_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class AsyncCrmContactCompanyItems(Namespace):
    """Methods under ``crm.contact.company.items`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Unlink every company from a contact.

        REST method: ``crm.contact.company.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-delete.html

        Args:
            id: ID of the contact.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.items.delete(id=1)
            result = await client.crm.contact.company.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_CONTACT_COMPANY_ITEMS_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> list[_CrmContactCompanyItems]:
        """List the companies linked to a contact, with order and primary flag.

        REST method: ``crm.contact.company.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html

        Args:
            id: ID of the contact.

        Returns:
            list[CrmContactCompanyItems]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.items.get(id=1)
            result = await client.crm.contact.company.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmContactCompanyItems]",
            await self._backend._invoke(_CRM_CONTACT_COMPANY_ITEMS_GET, {"id": id}),
        )

    async def set(
        self, *, id: int, items: Sequence[CrmContactCompanyItemsSetItems]
    ) -> bool:
        """Replace the whole set of companies linked to a contact.

        REST method: ``crm.contact.company.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-set.html

        Args:
            id: ID of the contact.
            items: All company links of the contact; the list replaces the current one.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.contact.company.items.set(id=1, items=[{"COMPANY_ID": 1}])
            result = await client.crm.contact.company.items.set(id=1, items=[{"COMPANY_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_COMPANY_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class BatchCrmContactCompanyItems(Namespace):
    """Methods under ``crm.contact.company.items`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink every company from a contact.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-delete.html

        Args:
            id: ID of the contact.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.contact.company.items.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_CONTACT_COMPANY_ITEMS_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[list[_CrmContactCompanyItems]]:
        """List the companies linked to a contact, with order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html

        Args:
            id: ID of the contact.

        Returns:
            BatchCommand[list[CrmContactCompanyItems]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.contact.company.items.get(id=1)
        """
        return cast(
            "BatchCommand[list[_CrmContactCompanyItems]]",
            self._backend._invoke(_CRM_CONTACT_COMPANY_ITEMS_GET, {"id": id}),
        )

    def set(
        self, *, id: int | Ref, items: Sequence[CrmContactCompanyItemsSetItems] | Ref
    ) -> BatchCommand[bool]:
        """Replace the whole set of companies linked to a contact.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-set.html

        Args:
            id: ID of the contact.
            items: All company links of the contact; the list replaces the current one.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.contact.company.items.set(id=1, items=[{"COMPANY_ID": 1}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_COMPANY_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class CrmContactDetails(Namespace):
    """Methods under ``crm.contact.details``."""

    __slots__ = ()

    @property
    def configuration(self) -> CrmContactDetailsConfiguration:
        """Methods under ``crm.contact.details.configuration``."""
        return CrmContactDetailsConfiguration(self._backend)


class AsyncCrmContactDetails(Namespace):
    """Methods under ``crm.contact.details`` (async)."""

    __slots__ = ()

    @property
    def configuration(self) -> AsyncCrmContactDetailsConfiguration:
        """Methods under ``crm.contact.details.configuration``."""
        return AsyncCrmContactDetailsConfiguration(self._backend)


class BatchCrmContactDetails(Namespace):
    """Methods under ``crm.contact.details`` (queued into a batch)."""

    __slots__ = ()

    @property
    def configuration(self) -> BatchCrmContactDetailsConfiguration:
        """Methods under ``crm.contact.details.configuration``."""
        return BatchCrmContactDetailsConfiguration(self._backend)


class CrmContactDetailsConfiguration(Namespace):
    """Methods under ``crm.contact.details.configuration``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.contact.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(self) -> bool:
        """Make every user see the shared contact card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.contact.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-force-common-scope-for-all.html

        Returns:
            bool

        Example:
            result = client.crm.contact.details.configuration.force_common_scope_for_all()
            result = await client.crm.contact.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL, {}
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self, *, scope: str | NotGiven = NOT_GIVEN, user_id: int | NotGiven = NOT_GIVEN
    ) -> list[_CrmContactDetailsConfiguration]:
        """Read the personal or shared layout of the contact card.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.contact.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            list[CrmContactDetailsConfiguration]

        Example:
            result = client.crm.contact.details.configuration.get()
            result = await client.crm.contact.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmContactDetailsConfiguration]",
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self, *, scope: str | NotGiven = NOT_GIVEN, user_id: int | NotGiven = NOT_GIVEN
    ) -> bool:
        """Drop the personal or shared contact card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.contact.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            bool

        Example:
            result = client.crm.contact.details.configuration.reset()
            result = await client.crm.contact.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]],
    ) -> bool:
        """Save the sections and fields shown on the contact card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.contact.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the contact card: each has name, title, type "section" and elements listing fields.

        Returns:
            bool

        Example:
            result = client.crm.contact.details.configuration.set(data=[{}])
            result = await client.crm.contact.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data},
            ),
        )


class AsyncCrmContactDetailsConfiguration(Namespace):
    """Methods under ``crm.contact.details.configuration`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.contact.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    async def force_common_scope_for_all(self) -> bool:
        """Make every user see the shared contact card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.contact.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-force-common-scope-for-all.html

        Returns:
            bool

        Example:
            result = client.crm.contact.details.configuration.force_common_scope_for_all()
            result = await client.crm.contact.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL, {}
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    async def get(
        self, *, scope: str | NotGiven = NOT_GIVEN, user_id: int | NotGiven = NOT_GIVEN
    ) -> list[_CrmContactDetailsConfiguration]:
        """Read the personal or shared layout of the contact card.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.contact.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            list[CrmContactDetailsConfiguration]

        Example:
            result = client.crm.contact.details.configuration.get()
            result = await client.crm.contact.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmContactDetailsConfiguration]",
            await self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    async def reset(
        self, *, scope: str | NotGiven = NOT_GIVEN, user_id: int | NotGiven = NOT_GIVEN
    ) -> bool:
        """Drop the personal or shared contact card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.contact.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            bool

        Example:
            result = client.crm.contact.details.configuration.reset()
            result = await client.crm.contact.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    async def set(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]],
    ) -> bool:
        """Save the sections and fields shown on the contact card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.contact.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the contact card: each has name, title, type "section" and elements listing fields.

        Returns:
            bool

        Example:
            result = client.crm.contact.details.configuration.set(data=[{}])
            result = await client.crm.contact.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data},
            ),
        )


class BatchCrmContactDetailsConfiguration(Namespace):
    """Methods under ``crm.contact.details.configuration`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.contact.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(self) -> BatchCommand[bool]:
        """Make every user see the shared contact card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-force-common-scope-for-all.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.contact.details.configuration.force_common_scope_for_all()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL, {}
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CrmContactDetailsConfiguration]]:
        """Read the personal or shared layout of the contact card.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            BatchCommand[list[CrmContactDetailsConfiguration]]

        Example:
            command = batch.crm.contact.details.configuration.get()
        """
        return cast(
            "BatchCommand[list[_CrmContactDetailsConfiguration]]",
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Drop the personal or shared contact card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.contact.details.configuration.reset()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.contact.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]] | Ref,
    ) -> BatchCommand[bool]:
        """Save the sections and fields shown on the contact card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the contact card: each has name, title, type "section" and elements listing fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.contact.details.configuration.set(data=[{}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data},
            ),
        )


class CrmContactUserfield(Namespace):
    """Methods under ``crm.contact.userfield``."""

    __slots__ = ()

    def add(self, *, fields: CrmContactUserfieldAddFields) -> int:
        """Create a custom field for contacts and return its ID.

        REST method: ``crm.contact.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.contact.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.contact.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_CONTACT_USERFIELD_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove the definition of a custom contact field.

        REST method: ``crm.contact.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.contact.userfield.delete(id=1)
            result = await client.crm.contact.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_CONTACT_USERFIELD_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> _CrmContactUserfield:
        """Read the settings of one custom contact field by ID.

        REST method: ``crm.contact.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmContactUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.contact.userfield.get(id=1)
            result = await client.crm.contact.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmContactUserfield",
            self._backend._invoke(_CRM_CONTACT_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmContactUserfield]:
        """List the custom fields defined for contacts.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmContactUserfield]

        Example:
            result = client.crm.contact.userfield.list()
            result = await client.crm.contact.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmContactUserfield]",
            self._backend._invoke_page(
                _CRM_CONTACT_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | NotGiven = NOT_GIVEN, fields: CrmContactUserfieldUpdateFields
    ) -> bool:
        """Change labels and settings of a custom contact field.

        REST method: ``crm.contact.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.contact.userfield.update(fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.contact.userfield.update(fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_CONTACT_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmContactUserfield(Namespace):
    """Methods under ``crm.contact.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmContactUserfieldAddFields) -> int:
        """Create a custom field for contacts and return its ID.

        REST method: ``crm.contact.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.contact.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.contact.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_CONTACT_USERFIELD_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove the definition of a custom contact field.

        REST method: ``crm.contact.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.contact.userfield.delete(id=1)
            result = await client.crm.contact.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_CONTACT_USERFIELD_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _CrmContactUserfield:
        """Read the settings of one custom contact field by ID.

        REST method: ``crm.contact.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmContactUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.contact.userfield.get(id=1)
            result = await client.crm.contact.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmContactUserfield",
            await self._backend._invoke(_CRM_CONTACT_USERFIELD_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmContactUserfield]:
        """List the custom fields defined for contacts.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmContactUserfield]

        Example:
            result = client.crm.contact.userfield.list()
            result = await client.crm.contact.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmContactUserfield]",
            await self._backend._invoke_page(
                _CRM_CONTACT_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int | NotGiven = NOT_GIVEN, fields: CrmContactUserfieldUpdateFields
    ) -> bool:
        """Change labels and settings of a custom contact field.

        REST method: ``crm.contact.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.contact.userfield.update(fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.contact.userfield.update(fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_CONTACT_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmContactUserfield(Namespace):
    """Methods under ``crm.contact.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmContactUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field for contacts and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.contact.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_CONTACT_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove the definition of a custom contact field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.contact.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_CONTACT_USERFIELD_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmContactUserfield]:
        """Read the settings of one custom contact field by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[CrmContactUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.contact.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmContactUserfield]",
            self._backend._invoke(_CRM_CONTACT_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmContactUserfield]]:
        """List the custom fields defined for contacts.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmContactUserfield]]

        Example:
            command = batch.crm.contact.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmContactUserfield]]",
            self._backend._invoke_page(
                _CRM_CONTACT_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        fields: CrmContactUserfieldUpdateFields | Ref,
    ) -> BatchCommand[bool]:
        """Change labels and settings of a custom contact field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.contact.userfield.update(fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_CONTACT_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )
