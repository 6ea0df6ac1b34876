"""Methods under ``crm.company``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CrmCompany as _CrmCompany,
        CrmCompanyAddFields,
        CrmCompanyContactAddFields,
        CrmCompanyContactDeleteFields,
        CrmCompanyContactFieldsResult,
        CrmCompanyContactItems as _CrmCompanyContactItems,
        CrmCompanyContactItemsSetItems,
        CrmCompanyDetailsConfiguration as _CrmCompanyDetailsConfiguration,
        CrmCompanyFieldsResult,
        CrmCompanyUpdateFields,
        CrmCompanyUserfield as _CrmCompanyUserfield,
        CrmCompanyUserfieldAddFields,
        CrmCompanyUserfieldUpdateFields,
    )
else:
    from b24client._core.callsite import deprecated

_CRM_COMPANY_ADD = MethodInfo(
    name="crm.company.add", idempotent=False, returns="integer", api=1
)
_CRM_COMPANY_DELETE = MethodInfo(
    name="crm.company.delete", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_FIELDS = MethodInfo(
    name="crm.company.fields", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_GET = MethodInfo(
    name="crm.company.get", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_LIST = MethodInfo(
    name="crm.company.list", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_UPDATE = MethodInfo(
    name="crm.company.update", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_CONTACT_ADD = MethodInfo(
    name="crm.company.contact.add", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_CONTACT_DELETE = MethodInfo(
    name="crm.company.contact.delete", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_CONTACT_FIELDS = MethodInfo(
    name="crm.company.contact.fields", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_CONTACT_ITEMS_DELETE = MethodInfo(
    name="crm.company.contact.items.delete", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_CONTACT_ITEMS_GET = MethodInfo(
    name="crm.company.contact.items.get", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_CONTACT_ITEMS_SET = MethodInfo(
    name="crm.company.contact.items.set", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL = MethodInfo(
    name="crm.company.details.configuration.forceCommonScopeForAll",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_COMPANY_DETAILS_CONFIGURATION_GET = MethodInfo(
    name="crm.company.details.configuration.get", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_DETAILS_CONFIGURATION_RESET = MethodInfo(
    name="crm.company.details.configuration.reset",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_COMPANY_DETAILS_CONFIGURATION_SET = MethodInfo(
    name="crm.company.details.configuration.set",
    idempotent=False,
    returns="boolean",
    api=1,
)
_CRM_COMPANY_USERFIELD_ADD = MethodInfo(
    name="crm.company.userfield.add", idempotent=False, returns="integer", api=1
)
_CRM_COMPANY_USERFIELD_DELETE = MethodInfo(
    name="crm.company.userfield.delete", idempotent=False, returns="boolean", api=1
)
_CRM_COMPANY_USERFIELD_GET = MethodInfo(
    name="crm.company.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_USERFIELD_LIST = MethodInfo(
    name="crm.company.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_COMPANY_USERFIELD_UPDATE = MethodInfo(
    name="crm.company.userfield.update", idempotent=False, returns="boolean", api=1
)


class CrmCompany(Namespace):
    """Methods under ``crm.company``."""

    __slots__ = ()

    @property
    def contact(self) -> CrmCompanyContact:
        """Methods under ``crm.company.contact``."""
        return CrmCompanyContact(self._backend)

    @property
    def details(self) -> CrmCompanyDetails:
        """Methods under ``crm.company.details``."""
        return CrmCompanyDetails(self._backend)

    @property
    def userfield(self) -> CrmCompanyUserfield:
        """Methods under ``crm.company.userfield``."""
        return CrmCompanyUserfield(self._backend)

    @deprecated(
        "The REST method crm.company.add is deprecated; use crm.item.add instead."
    )
    def add(
        self,
        *,
        fields: CrmCompanyAddFields,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a company record and return its ID.

        Deprecated: use crm.item.add with entityTypeId 4.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html

        Args:
            fields: Values of the company, keyed by field name.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.company.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.company.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_COMPANY_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_COMPANY_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.company.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int) -> bool:
        """Remove a company record by ID.

        Deprecated: use crm.item.delete with entityTypeId 4.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-delete.html

        Args:
            id: ID of the company.

        Returns:
            bool

        Example:
            result = client.crm.company.delete(id=1)
            result = await client.crm.company.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_COMPANY_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.company.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> CrmCompanyFieldsResult:
        """Describe every company field: type, required, read-only, multiple.

        Deprecated: use crm.item.fields with entityTypeId 4.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.company.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-fields.html

        Returns:
            CrmCompanyFieldsResult

        Example:
            result = client.crm.company.fields()
            result = await client.crm.company.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCompanyFieldsResult", self._backend._invoke(_CRM_COMPANY_FIELDS, {})
        )

    @deprecated(
        "The REST method crm.company.get is deprecated; use crm.item.get instead."
    )
    def get(self, *, id: int) -> _CrmCompany:
        """Read one company with all its fields by ID.

        Deprecated: use crm.item.get with entityTypeId 4.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.company.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html

        Args:
            id: ID of the company.

        Returns:
            CrmCompany

        Example:
            result = client.crm.company.get(id=1)
            result = await client.crm.company.get(id=1)  # AsyncBitrix24
        """
        return cast("_CrmCompany", self._backend._invoke(_CRM_COMPANY_GET, {"id": id}))

    @deprecated(
        "The REST method crm.company.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmCompany]:
        """Search companies by filter, with field selection, sorting and paging.

        Deprecated: use crm.item.list with entityTypeId 4. Returns 50 records per page.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.company.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE"]; "*" for all standard fields, "UF_*" for custom ones.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmCompany]

        Example:
            result = client.crm.company.list()
            result = await client.crm.company.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmCompany]",
            self._backend._invoke_page(
                _CRM_COMPANY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.company.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int,
        fields: CrmCompanyUpdateFields,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing company.

        Deprecated: use crm.item.update with entityTypeId 4. In PHONE, EMAIL and other multi-value fields an entry without ID adds a value; an entry with an existing ID and empty VALUE removes it.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.company.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-update.html

        Args:
            id: ID of the company.
            fields: Values to change, keyed by field name; others stay as they are.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.company.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.company.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_COMPANY_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                    "params": params,
                },
            ),
        )


class AsyncCrmCompany(Namespace):
    """Methods under ``crm.company`` (async)."""

    __slots__ = ()

    @property
    def contact(self) -> AsyncCrmCompanyContact:
        """Methods under ``crm.company.contact``."""
        return AsyncCrmCompanyContact(self._backend)

    @property
    def details(self) -> AsyncCrmCompanyDetails:
        """Methods under ``crm.company.details``."""
        return AsyncCrmCompanyDetails(self._backend)

    @property
    def userfield(self) -> AsyncCrmCompanyUserfield:
        """Methods under ``crm.company.userfield``."""
        return AsyncCrmCompanyUserfield(self._backend)

    @deprecated(
        "The REST method crm.company.add is deprecated; use crm.item.add instead."
    )
    async def add(
        self,
        *,
        fields: CrmCompanyAddFields,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a company record and return its ID.

        Deprecated: use crm.item.add with entityTypeId 4.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html

        Args:
            fields: Values of the company, keyed by field name.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.company.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.company.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_COMPANY_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_COMPANY_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.company.delete is deprecated; use crm.item.delete instead."
    )
    async def delete(self, *, id: int) -> bool:
        """Remove a company record by ID.

        Deprecated: use crm.item.delete with entityTypeId 4.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-delete.html

        Args:
            id: ID of the company.

        Returns:
            bool

        Example:
            result = client.crm.company.delete(id=1)
            result = await client.crm.company.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CRM_COMPANY_DELETE, {"id": id}))

    @deprecated(
        "The REST method crm.company.fields is deprecated; use crm.item.fields instead."
    )
    async def fields(self) -> CrmCompanyFieldsResult:
        """Describe every company field: type, required, read-only, multiple.

        Deprecated: use crm.item.fields with entityTypeId 4.

        Deprecated: use ``crm.item.fields`` instead.

        REST method: ``crm.company.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-fields.html

        Returns:
            CrmCompanyFieldsResult

        Example:
            result = client.crm.company.fields()
            result = await client.crm.company.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCompanyFieldsResult",
            await self._backend._invoke(_CRM_COMPANY_FIELDS, {}),
        )

    @deprecated(
        "The REST method crm.company.get is deprecated; use crm.item.get instead."
    )
    async def get(self, *, id: int) -> _CrmCompany:
        """Read one company with all its fields by ID.

        Deprecated: use crm.item.get with entityTypeId 4.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.company.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html

        Args:
            id: ID of the company.

        Returns:
            CrmCompany

        Example:
            result = client.crm.company.get(id=1)
            result = await client.crm.company.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmCompany", await self._backend._invoke(_CRM_COMPANY_GET, {"id": id})
        )

    @deprecated(
        "The REST method crm.company.list is deprecated; use crm.item.list instead."
    )
    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmCompany]:
        """Search companies by filter, with field selection, sorting and paging.

        Deprecated: use crm.item.list with entityTypeId 4. Returns 50 records per page.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.company.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE"]; "*" for all standard fields, "UF_*" for custom ones.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmCompany]

        Example:
            result = client.crm.company.list()
            result = await client.crm.company.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmCompany]",
            await self._backend._invoke_page(
                _CRM_COMPANY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.company.update is deprecated; use crm.item.update instead."
    )
    async def update(
        self,
        *,
        id: int,
        fields: CrmCompanyUpdateFields,
        params: dict[str, Any] | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of an existing company.

        Deprecated: use crm.item.update with entityTypeId 4. In PHONE, EMAIL and other multi-value fields an entry without ID adds a value; an entry with an existing ID and empty VALUE removes it.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.company.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-update.html

        Args:
            id: ID of the company.
            fields: Values to change, keyed by field name; others stay as they are.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.company.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
            result = await client.crm.company.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_COMPANY_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                    "params": params,
                },
            ),
        )


class BatchCrmCompany(Namespace):
    """Methods under ``crm.company`` (queued into a batch)."""

    __slots__ = ()

    @property
    def contact(self) -> BatchCrmCompanyContact:
        """Methods under ``crm.company.contact``."""
        return BatchCrmCompanyContact(self._backend)

    @property
    def details(self) -> BatchCrmCompanyDetails:
        """Methods under ``crm.company.details``."""
        return BatchCrmCompanyDetails(self._backend)

    @property
    def userfield(self) -> BatchCrmCompanyUserfield:
        """Methods under ``crm.company.userfield``."""
        return BatchCrmCompanyUserfield(self._backend)

    @deprecated(
        "The REST method crm.company.add is deprecated; use crm.item.add instead."
    )
    def add(
        self,
        *,
        fields: CrmCompanyAddFields | Ref,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a company record and return its ID.

        Deprecated: use crm.item.add with entityTypeId 4.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html

        Args:
            fields: Values of the company, keyed by field name.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.company.add(fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_COMPANY_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_COMPANY_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                    "params": params,
                },
            ),
        )

    @deprecated(
        "The REST method crm.company.delete is deprecated; use crm.item.delete instead."
    )
    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a company record by ID.

        Deprecated: use crm.item.delete with entityTypeId 4.

        Deprecated: use ``crm.item.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-delete.html

        Args:
            id: ID of the company.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.company.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CRM_COMPANY_DELETE, {"id": id})
        )

    @deprecated(
        "The REST method crm.company.fields is deprecated; use crm.item.fields instead."
    )
    def fields(self) -> BatchCommand[CrmCompanyFieldsResult]:
        """Describe every company field: type, required, read-only, multiple.

        Deprecated: use crm.item.fields with entityTypeId 4.

        Deprecated: use ``crm.item.fields`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-fields.html

        Returns:
            BatchCommand[CrmCompanyFieldsResult]

        Example:
            command = batch.crm.company.fields()
        """
        return cast(
            "BatchCommand[CrmCompanyFieldsResult]",
            self._backend._invoke(_CRM_COMPANY_FIELDS, {}),
        )

    @deprecated(
        "The REST method crm.company.get is deprecated; use crm.item.get instead."
    )
    def get(self, *, id: int | Ref) -> BatchCommand[_CrmCompany]:
        """Read one company with all its fields by ID.

        Deprecated: use crm.item.get with entityTypeId 4.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html

        Args:
            id: ID of the company.

        Returns:
            BatchCommand[CrmCompany]

        Example:
            command = batch.crm.company.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmCompany]",
            self._backend._invoke(_CRM_COMPANY_GET, {"id": id}),
        )

    @deprecated(
        "The REST method crm.company.list is deprecated; use crm.item.list instead."
    )
    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmCompany]]:
        """Search companies by filter, with field selection, sorting and paging.

        Deprecated: use crm.item.list with entityTypeId 4. Returns 50 records per page.

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-list.html

        Args:
            select: Fields to return, such as ["ID", "TITLE"]; "*" for all standard fields, "UF_*" for custom ones.
            filter: Conditions on fields, such as {">=ID": 10}; a key prefix (=, !, >, <, %) picks the comparison.
            order: Sort order, such as {"ID": "DESC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmCompany]]

        Example:
            command = batch.crm.company.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmCompany]]",
            self._backend._invoke_page(
                _CRM_COMPANY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    @deprecated(
        "The REST method crm.company.update is deprecated; use crm.item.update instead."
    )
    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmCompanyUpdateFields | Ref,
        params: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change fields of an existing company.

        Deprecated: use crm.item.update with entityTypeId 4. In PHONE, EMAIL and other multi-value fields an entry without ID adds a value; an entry with an existing ID and empty VALUE removes it.

        Deprecated: use ``crm.item.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-update.html

        Args:
            id: ID of the company.
            fields: Values to change, keyed by field name; others stay as they are.
            params: Extra options, such as {"REGISTER_SONET_EVENT": "Y"}.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.company.update(id=1, fields={"TITLE": "Kick-off call", "COMMENTS": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_COMPANY_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                    "params": params,
                },
            ),
        )


class CrmCompanyContact(Namespace):
    """Methods under ``crm.company.contact``."""

    __slots__ = ()

    @property
    def items(self) -> CrmCompanyContactItems:
        """Methods under ``crm.company.contact.items``."""
        return CrmCompanyContactItems(self._backend)

    def add(self, *, id: int, fields: CrmCompanyContactAddFields) -> bool:
        """Attach a contact person to a company record.

        REST method: ``crm.company.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-add.html

        Args:
            id: ID of the company.
            fields: The contact to link and how.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.company.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_CONTACT_ADD, {"id": id, "fields": fields}
            ),
        )

    def delete(self, *, id: int, fields: CrmCompanyContactDeleteFields) -> bool:
        """Detach a contact person from a company record.

        REST method: ``crm.company.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-delete.html

        Args:
            id: ID of the company.
            fields: The contact to unlink from the company.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.company.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> CrmCompanyContactFieldsResult:
        """Describe the fields of a company-contact link.

        REST method: ``crm.company.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-fields.html

        Returns:
            CrmCompanyContactFieldsResult

        Example:
            result = client.crm.company.contact.fields()
            result = await client.crm.company.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCompanyContactFieldsResult",
            self._backend._invoke(_CRM_COMPANY_CONTACT_FIELDS, {}),
        )


class AsyncCrmCompanyContact(Namespace):
    """Methods under ``crm.company.contact`` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncCrmCompanyContactItems:
        """Methods under ``crm.company.contact.items``."""
        return AsyncCrmCompanyContactItems(self._backend)

    async def add(self, *, id: int, fields: CrmCompanyContactAddFields) -> bool:
        """Attach a contact person to a company record.

        REST method: ``crm.company.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-add.html

        Args:
            id: ID of the company.
            fields: The contact to link and how.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.add(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.company.contact.add(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_CONTACT_ADD, {"id": id, "fields": fields}
            ),
        )

    async def delete(self, *, id: int, fields: CrmCompanyContactDeleteFields) -> bool:
        """Detach a contact person from a company record.

        REST method: ``crm.company.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-delete.html

        Args:
            id: ID of the company.
            fields: The contact to unlink from the company.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.delete(id=1, fields={"CONTACT_ID": 1})
            result = await client.crm.company.contact.delete(id=1, fields={"CONTACT_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    async def fields(self) -> CrmCompanyContactFieldsResult:
        """Describe the fields of a company-contact link.

        REST method: ``crm.company.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-fields.html

        Returns:
            CrmCompanyContactFieldsResult

        Example:
            result = client.crm.company.contact.fields()
            result = await client.crm.company.contact.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmCompanyContactFieldsResult",
            await self._backend._invoke(_CRM_COMPANY_CONTACT_FIELDS, {}),
        )


class BatchCrmCompanyContact(Namespace):
    """Methods under ``crm.company.contact`` (queued into a batch)."""

    __slots__ = ()

    @property
    def items(self) -> BatchCrmCompanyContactItems:
        """Methods under ``crm.company.contact.items``."""
        return BatchCrmCompanyContactItems(self._backend)

    def add(
        self, *, id: int | Ref, fields: CrmCompanyContactAddFields | Ref
    ) -> BatchCommand[bool]:
        """Attach a contact person to a company record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-add.html

        Args:
            id: ID of the company.
            fields: The contact to link and how.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.company.contact.add(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_CONTACT_ADD, {"id": id, "fields": fields}
            ),
        )

    def delete(
        self, *, id: int | Ref, fields: CrmCompanyContactDeleteFields | Ref
    ) -> BatchCommand[bool]:
        """Detach a contact person from a company record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-delete.html

        Args:
            id: ID of the company.
            fields: The contact to unlink from the company.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.company.contact.delete(id=1, fields={"CONTACT_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_CONTACT_DELETE, {"id": id, "fields": fields}
            ),
        )

    def fields(self) -> BatchCommand[CrmCompanyContactFieldsResult]:
        """Describe the fields of a company-contact link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.contact.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-fields.html

        Returns:
            BatchCommand[CrmCompanyContactFieldsResult]

        Example:
            command = batch.crm.company.contact.fields()
        """
        return cast(
            "BatchCommand[CrmCompanyContactFieldsResult]",
            self._backend._invoke(_CRM_COMPANY_CONTACT_FIELDS, {}),
        )


class CrmCompanyContactItems(Namespace):
    """Methods under ``crm.company.contact.items``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Unlink every contact from a company.

        REST method: ``crm.company.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-delete.html

        Args:
            id: ID of the company.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.items.delete(id=1)
            result = await client.crm.company.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_COMPANY_CONTACT_ITEMS_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> list[_CrmCompanyContactItems]:
        """List the contacts linked to a company, with order and primary flag.

        REST method: ``crm.company.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-get.html

        Args:
            id: ID of the company.

        Returns:
            list[CrmCompanyContactItems]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.items.get(id=1)
            result = await client.crm.company.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmCompanyContactItems]",
            self._backend._invoke(_CRM_COMPANY_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(self, *, id: int, items: Sequence[CrmCompanyContactItemsSetItems]) -> bool:
        """Replace the whole set of contacts linked to a company.

        REST method: ``crm.company.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-set.html

        Args:
            id: ID of the company.
            items: All contact links of the company; the list replaces the current one.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
            result = await client.crm.company.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class AsyncCrmCompanyContactItems(Namespace):
    """Methods under ``crm.company.contact.items`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Unlink every contact from a company.

        REST method: ``crm.company.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-delete.html

        Args:
            id: ID of the company.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.items.delete(id=1)
            result = await client.crm.company.contact.items.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_COMPANY_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> list[_CrmCompanyContactItems]:
        """List the contacts linked to a company, with order and primary flag.

        REST method: ``crm.company.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-get.html

        Args:
            id: ID of the company.

        Returns:
            list[CrmCompanyContactItems]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.items.get(id=1)
            result = await client.crm.company.contact.items.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "list[_CrmCompanyContactItems]",
            await self._backend._invoke(_CRM_COMPANY_CONTACT_ITEMS_GET, {"id": id}),
        )

    async def set(
        self, *, id: int, items: Sequence[CrmCompanyContactItemsSetItems]
    ) -> bool:
        """Replace the whole set of contacts linked to a company.

        REST method: ``crm.company.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-set.html

        Args:
            id: ID of the company.
            items: All contact links of the company; the list replaces the current one.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.company.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
            result = await client.crm.company.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class BatchCrmCompanyContactItems(Namespace):
    """Methods under ``crm.company.contact.items`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink every contact from a company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.contact.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-delete.html

        Args:
            id: ID of the company.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.company.contact.items.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_COMPANY_CONTACT_ITEMS_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[list[_CrmCompanyContactItems]]:
        """List the contacts linked to a company, with order and primary flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.contact.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-get.html

        Args:
            id: ID of the company.

        Returns:
            BatchCommand[list[CrmCompanyContactItems]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.company.contact.items.get(id=1)
        """
        return cast(
            "BatchCommand[list[_CrmCompanyContactItems]]",
            self._backend._invoke(_CRM_COMPANY_CONTACT_ITEMS_GET, {"id": id}),
        )

    def set(
        self, *, id: int | Ref, items: Sequence[CrmCompanyContactItemsSetItems] | Ref
    ) -> BatchCommand[bool]:
        """Replace the whole set of contacts linked to a company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.contact.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-set.html

        Args:
            id: ID of the company.
            items: All contact links of the company; the list replaces the current one.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.company.contact.items.set(id=1, items=[{"CONTACT_ID": 1}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_CONTACT_ITEMS_SET, {"id": id, "items": items}
            ),
        )


class CrmCompanyDetails(Namespace):
    """Methods under ``crm.company.details``."""

    __slots__ = ()

    @property
    def configuration(self) -> CrmCompanyDetailsConfiguration:
        """Methods under ``crm.company.details.configuration``."""
        return CrmCompanyDetailsConfiguration(self._backend)


class AsyncCrmCompanyDetails(Namespace):
    """Methods under ``crm.company.details`` (async)."""

    __slots__ = ()

    @property
    def configuration(self) -> AsyncCrmCompanyDetailsConfiguration:
        """Methods under ``crm.company.details.configuration``."""
        return AsyncCrmCompanyDetailsConfiguration(self._backend)


class BatchCrmCompanyDetails(Namespace):
    """Methods under ``crm.company.details`` (queued into a batch)."""

    __slots__ = ()

    @property
    def configuration(self) -> BatchCrmCompanyDetailsConfiguration:
        """Methods under ``crm.company.details.configuration``."""
        return BatchCrmCompanyDetailsConfiguration(self._backend)


class CrmCompanyDetailsConfiguration(Namespace):
    """Methods under ``crm.company.details.configuration``."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.company.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(self) -> bool:
        """Make every user see the shared company card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.company.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-force-common-scope-for-all.html

        Returns:
            bool

        Example:
            result = client.crm.company.details.configuration.force_common_scope_for_all()
            result = await client.crm.company.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL, {}
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> list[_CrmCompanyDetailsConfiguration]:
        """Read the personal or shared layout of the company card.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.company.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            list[CrmCompanyDetailsConfiguration]

        Example:
            result = client.crm.company.details.configuration.get()
            result = await client.crm.company.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmCompanyDetailsConfiguration]",
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Drop the personal or shared company card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.company.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            bool

        Example:
            result = client.crm.company.details.configuration.reset()
            result = await client.crm.company.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]],
    ) -> bool:
        """Save the sections and fields shown on the company card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set. Changing another user's or the shared layout needs the CRM right to change settings.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.company.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the company card: each has name, title, type "section" and elements listing fields.

        Returns:
            bool

        Example:
            result = client.crm.company.details.configuration.set(data=[{}])
            result = await client.crm.company.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data},
            ),
        )


class AsyncCrmCompanyDetailsConfiguration(Namespace):
    """Methods under ``crm.company.details.configuration`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.company.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    async def force_common_scope_for_all(self) -> bool:
        """Make every user see the shared company card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        REST method: ``crm.company.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-force-common-scope-for-all.html

        Returns:
            bool

        Example:
            result = client.crm.company.details.configuration.force_common_scope_for_all()
            result = await client.crm.company.details.configuration.force_common_scope_for_all()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL, {}
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    async def get(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> list[_CrmCompanyDetailsConfiguration]:
        """Read the personal or shared layout of the company card.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.company.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            list[CrmCompanyDetailsConfiguration]

        Example:
            result = client.crm.company.details.configuration.get()
            result = await client.crm.company.details.configuration.get()  # AsyncBitrix24
        """
        return cast(
            "list[_CrmCompanyDetailsConfiguration]",
            await self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    async def reset(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Drop the personal or shared company card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.company.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            bool

        Example:
            result = client.crm.company.details.configuration.reset()
            result = await client.crm.company.details.configuration.reset()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    async def set(
        self,
        *,
        scope: Literal["P", "C"] | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]],
    ) -> bool:
        """Save the sections and fields shown on the company card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set. Changing another user's or the shared layout needs the CRM right to change settings.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.company.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the company card: each has name, title, type "section" and elements listing fields.

        Returns:
            bool

        Example:
            result = client.crm.company.details.configuration.set(data=[{}])
            result = await client.crm.company.details.configuration.set(data=[{}])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data},
            ),
        )


class BatchCrmCompanyDetailsConfiguration(Namespace):
    """Methods under ``crm.company.details.configuration`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method crm.company.details.configuration.forceCommonScopeForAll is deprecated; use crm.item.details.configuration.forceCommonScopeForAll instead."
    )
    def force_common_scope_for_all(self) -> BatchCommand[bool]:
        """Make every user see the shared company card layout instead of a personal one.

        Deprecated: use crm.item.details.configuration.forceCommonScopeForAll.

        Deprecated: use ``crm.item.details.configuration.forceCommonScopeForAll`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.details.configuration.forceCommonScopeForAll``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-force-common-scope-for-all.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.company.details.configuration.force_common_scope_for_all()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_FORCE_COMMON_SCOPE_FOR_ALL, {}
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.get is deprecated; use crm.item.details.configuration.get instead."
    )
    def get(
        self,
        *,
        scope: Literal["P", "C"] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_CrmCompanyDetailsConfiguration]]:
        """Read the personal or shared layout of the company card.

        Deprecated: use crm.item.details.configuration.get.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-get.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            BatchCommand[list[CrmCompanyDetailsConfiguration]]

        Example:
            command = batch.crm.company.details.configuration.get()
        """
        return cast(
            "BatchCommand[list[_CrmCompanyDetailsConfiguration]]",
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_GET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.reset is deprecated; use crm.item.details.configuration.reset instead."
    )
    def reset(
        self,
        *,
        scope: Literal["P", "C"] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Drop the personal or shared company card layout back to defaults.

        Deprecated: use crm.item.details.configuration.reset.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-reset.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.company.details.configuration.reset()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_RESET,
                {"scope": scope, "userId": user_id},
            ),
        )

    @deprecated(
        "The REST method crm.company.details.configuration.set is deprecated; use crm.item.details.configuration.set instead."
    )
    def set(
        self,
        *,
        scope: Literal["P", "C"] | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        data: Sequence[dict[str, Any]] | Ref,
    ) -> BatchCommand[bool]:
        """Save the sections and fields shown on the company card, for one user or everyone.

        Deprecated: use crm.item.details.configuration.set. Changing another user's or the shared layout needs the CRM right to change settings.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-set.html

        Args:
            scope: \"P" for the personal layout, "C" for the shared one; "P" by default.
            user_id: ID of the user whose personal layout is meant; the caller when left out. Wire name: ``userId``.
            data: Sections of the company card: each has name, title, type "section" and elements listing fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.company.details.configuration.set(data=[{}])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_DETAILS_CONFIGURATION_SET,
                {"scope": scope, "userId": user_id, "data": data},
            ),
        )


class CrmCompanyUserfield(Namespace):
    """Methods under ``crm.company.userfield``."""

    __slots__ = ()

    def add(self, *, fields: CrmCompanyUserfieldAddFields) -> int:
        """Create a custom field for companies and return its ID.

        REST method: ``crm.company.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.company.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.company.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_COMPANY_USERFIELD_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove the definition of a custom company field.

        REST method: ``crm.company.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.company.userfield.delete(id=1)
            result = await client.crm.company.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_COMPANY_USERFIELD_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> _CrmCompanyUserfield:
        """Read the settings of one custom company field by ID.

        REST method: ``crm.company.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmCompanyUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.company.userfield.get(id=1)
            result = await client.crm.company.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmCompanyUserfield",
            self._backend._invoke(_CRM_COMPANY_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmCompanyUserfield]:
        """List the custom fields defined for companies.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.company.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmCompanyUserfield]

        Example:
            result = client.crm.company.userfield.list()
            result = await client.crm.company.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmCompanyUserfield]",
            self._backend._invoke_page(
                _CRM_COMPANY_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmCompanyUserfieldUpdateFields) -> bool:
        """Change labels and settings of a custom company field.

        REST method: ``crm.company.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.company.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.company.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_COMPANY_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmCompanyUserfield(Namespace):
    """Methods under ``crm.company.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmCompanyUserfieldAddFields) -> int:
        """Create a custom field for companies and return its ID.

        REST method: ``crm.company.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            int

        Example:
            result = client.crm.company.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
            result = await client.crm.company.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_COMPANY_USERFIELD_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove the definition of a custom company field.

        REST method: ``crm.company.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.company.userfield.delete(id=1)
            result = await client.crm.company.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_COMPANY_USERFIELD_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _CrmCompanyUserfield:
        """Read the settings of one custom company field by ID.

        REST method: ``crm.company.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmCompanyUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.company.userfield.get(id=1)
            result = await client.crm.company.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmCompanyUserfield",
            await self._backend._invoke(_CRM_COMPANY_USERFIELD_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmCompanyUserfield]:
        """List the custom fields defined for companies.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.company.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmCompanyUserfield]

        Example:
            result = client.crm.company.userfield.list()
            result = await client.crm.company.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmCompanyUserfield]",
            await self._backend._invoke_page(
                _CRM_COMPANY_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: CrmCompanyUserfieldUpdateFields) -> bool:
        """Change labels and settings of a custom company field.

        REST method: ``crm.company.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            bool

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.company.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
            result = await client.crm.company.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_COMPANY_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmCompanyUserfield(Namespace):
    """Methods under ``crm.company.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmCompanyUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field for companies and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-add.html

        Args:
            fields: Values of the custom field, keyed by field name.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.company.userfield.add(fields={"USER_TYPE_ID": "string", "FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_COMPANY_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove the definition of a custom company field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.company.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_COMPANY_USERFIELD_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmCompanyUserfield]:
        """Read the settings of one custom company field by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[CrmCompanyUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.company.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmCompanyUserfield]",
            self._backend._invoke(_CRM_COMPANY_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmCompanyUserfield]]:
        """List the custom fields defined for companies.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-list.html

        Args:
            filter: Conditions on field properties, such as {"USER_TYPE_ID": "string"}; all of them must hold.
            order: Sort order, such as {"SORT": "ASC"}.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmCompanyUserfield]]

        Example:
            command = batch.crm.company.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmCompanyUserfield]]",
            self._backend._invoke_page(
                _CRM_COMPANY_USERFIELD_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmCompanyUserfieldUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change labels and settings of a custom company field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.company.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Values to change, keyed by field name; others stay as they are.

        Returns:
            BatchCommand[bool]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.company.userfield.update(id=1, fields={"MANDATORY": "Y", "SHOW_FILTER": "Y"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_COMPANY_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )
