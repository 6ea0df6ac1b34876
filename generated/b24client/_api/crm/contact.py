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
        """Add crm contact.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html

        Args:
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
        """Delete crm contact.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html

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
        """Describe the fields of crm contact.

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
        """Get crm contact.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.contact.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html

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
        """List crm contact entries.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html

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
        """Update crm contact.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.contact.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html

        Args:
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
        """Add crm contact.

        Deprecated: use ``crm.item.add`` instead.

        REST method: ``crm.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html

        Args:
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
        """Delete crm contact.

        Deprecated: use ``crm.item.delete`` instead.

        REST method: ``crm.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html

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
        """Describe the fields of crm contact.

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
        """Get crm contact.

        Deprecated: use ``crm.item.get`` instead.

        REST method: ``crm.contact.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html

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
        """List crm contact entries.

        Deprecated: use ``crm.item.list`` instead.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html

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
        """Update crm contact.

        Deprecated: use ``crm.item.update`` instead.

        REST method: ``crm.contact.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html

        Args:
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
        """Add crm contact.

        Deprecated: use ``crm.item.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html

        Args:
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
        """Delete crm contact.

        Deprecated: use ``crm.item.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html

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
        """Describe the fields of crm contact.

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
        """Get crm contact.

        Deprecated: use ``crm.item.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html

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
        """List crm contact entries.

        Deprecated: use ``crm.item.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html

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
        """Update crm contact.

        Deprecated: use ``crm.item.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html

        Args:
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
        """Add crm contact company.

        REST method: ``crm.contact.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-add.html

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
        """Delete crm contact company.

        REST method: ``crm.contact.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-delete.html

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
        """Describe the fields of crm contact company.

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
        """Add crm contact company.

        REST method: ``crm.contact.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-add.html

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
        """Delete crm contact company.

        REST method: ``crm.contact.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-delete.html

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
        """Describe the fields of crm contact company.

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
        """Add crm contact company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-add.html

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
        """Delete crm contact company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-delete.html

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
        """Describe the fields of crm contact company.

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
        """Delete crm contact company items.

        REST method: ``crm.contact.company.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-delete.html

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
        """Get crm contact company items.

        REST method: ``crm.contact.company.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html

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
        """Set crm contact company items.

        REST method: ``crm.contact.company.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-set.html

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
        """Delete crm contact company items.

        REST method: ``crm.contact.company.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-delete.html

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
        """Get crm contact company items.

        REST method: ``crm.contact.company.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html

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
        """Set crm contact company items.

        REST method: ``crm.contact.company.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-set.html

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
        """Delete crm contact company items.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.items.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-delete.html

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
        """Get crm contact company items.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.items.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html

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
        """Set crm contact company items.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.company.items.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-set.html

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
        """Force common scope for all of crm contact details configuration.

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
        """Get crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.contact.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Reset crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.contact.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-reset.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Set crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.contact.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-set.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Force common scope for all of crm contact details configuration.

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
        """Get crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        REST method: ``crm.contact.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Reset crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        REST method: ``crm.contact.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-reset.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Set crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        REST method: ``crm.contact.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-set.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Force common scope for all of crm contact details configuration.

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
        """Get crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Reset crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.reset`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.reset``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-reset.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Set crm contact details configuration.

        Deprecated: use ``crm.item.details.configuration.set`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.details.configuration.set``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-set.html

        Args:
            user_id: Wire name: ``userId``.

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
        """Add crm contact userfield.

        REST method: ``crm.contact.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-add.html

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
        """Delete crm contact userfield.

        REST method: ``crm.contact.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-delete.html

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
        """Get crm contact userfield.

        REST method: ``crm.contact.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html

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
        """List crm contact userfield entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-list.html

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
        """Update crm contact userfield.

        REST method: ``crm.contact.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-update.html

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
        """Add crm contact userfield.

        REST method: ``crm.contact.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-add.html

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
        """Delete crm contact userfield.

        REST method: ``crm.contact.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-delete.html

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
        """Get crm contact userfield.

        REST method: ``crm.contact.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html

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
        """List crm contact userfield entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.contact.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-list.html

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
        """Update crm contact userfield.

        REST method: ``crm.contact.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-update.html

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
        """Add crm contact userfield.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-add.html

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
        """Delete crm contact userfield.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-delete.html

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
        """Get crm contact userfield.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html

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
        """List crm contact userfield entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-list.html

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
        """Update crm contact userfield.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.contact.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-update.html

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
