"""Methods under ``crm.requisite``: generated from spec/ by ``python -m generator``; do not edit."""

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
    from b24client.types.crm import (
        CrmRequisite as _CrmRequisite,
        CrmRequisiteAddFields,
        CrmRequisiteBankdetail as _CrmRequisiteBankdetail,
        CrmRequisiteBankdetailAddFields,
        CrmRequisiteBankdetailFieldsResult,
        CrmRequisiteBankdetailUpdateFields,
        CrmRequisiteFieldsResult,
        CrmRequisiteLink as _CrmRequisiteLink,
        CrmRequisiteLinkFieldsResult,
        CrmRequisiteLinkListSelect,
        CrmRequisiteLinkRegisterFields,
        CrmRequisitePreset as _CrmRequisitePreset,
        CrmRequisitePresetAddFields,
        CrmRequisitePresetCountriesResult,
        CrmRequisitePresetField as _CrmRequisitePresetField,
        CrmRequisitePresetFieldAddFields,
        CrmRequisitePresetFieldFieldsResult,
        CrmRequisitePresetFieldUpdateFields,
        CrmRequisitePresetFieldsResult,
        CrmRequisitePresetUpdateFields,
        CrmRequisiteUpdateFields,
        CrmRequisiteUserfield as _CrmRequisiteUserfield,
        CrmRequisiteUserfieldAddFields,
        CrmRequisiteUserfieldUpdateFields,
    )

_CRM_REQUISITE_ADD = MethodInfo(
    name="crm.requisite.add", idempotent=False, returns="integer", api=1
)
_CRM_REQUISITE_DELETE = MethodInfo(
    name="crm.requisite.delete", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_FIELDS = MethodInfo(
    name="crm.requisite.fields", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_GET = MethodInfo(
    name="crm.requisite.get", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_LIST = MethodInfo(
    name="crm.requisite.list", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_UPDATE = MethodInfo(
    name="crm.requisite.update", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_BANKDETAIL_ADD = MethodInfo(
    name="crm.requisite.bankdetail.add", idempotent=False, returns="integer", api=1
)
_CRM_REQUISITE_BANKDETAIL_DELETE = MethodInfo(
    name="crm.requisite.bankdetail.delete", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_BANKDETAIL_FIELDS = MethodInfo(
    name="crm.requisite.bankdetail.fields", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_BANKDETAIL_GET = MethodInfo(
    name="crm.requisite.bankdetail.get", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_BANKDETAIL_LIST = MethodInfo(
    name="crm.requisite.bankdetail.list", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_BANKDETAIL_UPDATE = MethodInfo(
    name="crm.requisite.bankdetail.update", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_LINK_FIELDS = MethodInfo(
    name="crm.requisite.link.fields", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_LINK_GET = MethodInfo(
    name="crm.requisite.link.get", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_LINK_LIST = MethodInfo(
    name="crm.requisite.link.list", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_LINK_REGISTER = MethodInfo(
    name="crm.requisite.link.register", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_LINK_UNREGISTER = MethodInfo(
    name="crm.requisite.link.unregister", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_PRESET_ADD = MethodInfo(
    name="crm.requisite.preset.add", idempotent=False, returns="integer", api=1
)
_CRM_REQUISITE_PRESET_COUNTRIES = MethodInfo(
    name="crm.requisite.preset.countries", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_DELETE = MethodInfo(
    name="crm.requisite.preset.delete", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_PRESET_FIELDS = MethodInfo(
    name="crm.requisite.preset.fields", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_GET = MethodInfo(
    name="crm.requisite.preset.get", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_LIST = MethodInfo(
    name="crm.requisite.preset.list", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_UPDATE = MethodInfo(
    name="crm.requisite.preset.update", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_PRESET_FIELD_ADD = MethodInfo(
    name="crm.requisite.preset.field.add", idempotent=False, returns="integer", api=1
)
_CRM_REQUISITE_PRESET_FIELD_AVAILABLETOADD = MethodInfo(
    name="crm.requisite.preset.field.availabletoadd",
    idempotent=False,
    returns="any",
    api=1,
)
_CRM_REQUISITE_PRESET_FIELD_DELETE = MethodInfo(
    name="crm.requisite.preset.field.delete", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_PRESET_FIELD_FIELDS = MethodInfo(
    name="crm.requisite.preset.field.fields", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_FIELD_GET = MethodInfo(
    name="crm.requisite.preset.field.get", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_FIELD_LIST = MethodInfo(
    name="crm.requisite.preset.field.list", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_PRESET_FIELD_UPDATE = MethodInfo(
    name="crm.requisite.preset.field.update", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_USERFIELD_ADD = MethodInfo(
    name="crm.requisite.userfield.add", idempotent=False, returns="integer", api=1
)
_CRM_REQUISITE_USERFIELD_DELETE = MethodInfo(
    name="crm.requisite.userfield.delete", idempotent=False, returns="boolean", api=1
)
_CRM_REQUISITE_USERFIELD_GET = MethodInfo(
    name="crm.requisite.userfield.get", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_USERFIELD_LIST = MethodInfo(
    name="crm.requisite.userfield.list", idempotent=True, returns="any", api=1
)
_CRM_REQUISITE_USERFIELD_UPDATE = MethodInfo(
    name="crm.requisite.userfield.update", idempotent=False, returns="boolean", api=1
)


class CrmRequisite(Namespace):
    """Methods under ``crm.requisite``."""

    __slots__ = ()

    @property
    def bankdetail(self) -> CrmRequisiteBankdetail:
        """Methods under ``crm.requisite.bankdetail``."""
        return CrmRequisiteBankdetail(self._backend)

    @property
    def link(self) -> CrmRequisiteLink:
        """Methods under ``crm.requisite.link``."""
        return CrmRequisiteLink(self._backend)

    @property
    def preset(self) -> CrmRequisitePreset:
        """Methods under ``crm.requisite.preset``."""
        return CrmRequisitePreset(self._backend)

    @property
    def userfield(self) -> CrmRequisiteUserfield:
        """Methods under ``crm.requisite.userfield``."""
        return CrmRequisiteUserfield(self._backend)

    def add(
        self,
        *,
        fields: CrmRequisiteAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a set of legal details (tax IDs, names, addresses) for a company or contact.

        Only RQ_* fields present in the chosen template (PRESET_ID) are accepted. Returns the new requisite ID.

        REST method: ``crm.requisite.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-add.html

        Args:
            fields: Values of the new requisite; custom fields of types string, boolean, double and datetime are allowed.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.requisite.add(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "PRESET_ID": 1, "NAME": "Anna"})
            result = await client.crm.requisite.add(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "PRESET_ID": 1, "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_REQUISITE_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_REQUISITE_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a set of legal details together with its addresses, bank details and links.

        REST method: ``crm.requisite.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-delete.html

        Args:
            id: ID of the requisite.

        Returns:
            bool

        Example:
            result = client.crm.requisite.delete(id=1)
            result = await client.crm.requisite.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CRM_REQUISITE_DELETE, {"id": id}))

    def fields(self) -> CrmRequisiteFieldsResult:
        """Describe every requisite field, country-specific RQ_* fields included.

        REST method: ``crm.requisite.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-fields.html

        Returns:
            CrmRequisiteFieldsResult

        Example:
            result = client.crm.requisite.fields()
            result = await client.crm.requisite.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisiteFieldsResult", self._backend._invoke(_CRM_REQUISITE_FIELDS, {})
        )

    def get(self, *, id: int) -> _CrmRequisite:
        """Read one set of legal details of a company or contact.

        REST method: ``crm.requisite.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-get.html

        Args:
            id: ID of the requisite.

        Returns:
            CrmRequisite

        Example:
            result = client.crm.requisite.get(id=1)
            result = await client.crm.requisite.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisite", self._backend._invoke(_CRM_REQUISITE_GET, {"id": id})
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmRequisite]:
        """Find requisites by filter, such as all legal details of one company.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "RQ_INN"].
            filter: Conditions on field values, such as {"ENTITY_TYPE_ID": 4, "ENTITY_ID": 12}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmRequisite]

        Example:
            result = client.crm.requisite.list()
            result = await client.crm.requisite.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmRequisite]",
            self._backend._invoke_page(
                _CRM_REQUISITE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int,
        fields: CrmRequisiteUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of a set of legal details of a company or contact.

        Only RQ_* fields present in the requisite's template are accepted.

        REST method: ``crm.requisite.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-update.html

        Args:
            id: ID of the requisite.
            fields: Values to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.requisite.update(id=1, fields={"NAME": "Anna", "RQ_NAME": "Anna"})
            result = await client.crm.requisite.update(id=1, fields={"NAME": "Anna", "RQ_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_REQUISITE_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class AsyncCrmRequisite(Namespace):
    """Methods under ``crm.requisite`` (async)."""

    __slots__ = ()

    @property
    def bankdetail(self) -> AsyncCrmRequisiteBankdetail:
        """Methods under ``crm.requisite.bankdetail``."""
        return AsyncCrmRequisiteBankdetail(self._backend)

    @property
    def link(self) -> AsyncCrmRequisiteLink:
        """Methods under ``crm.requisite.link``."""
        return AsyncCrmRequisiteLink(self._backend)

    @property
    def preset(self) -> AsyncCrmRequisitePreset:
        """Methods under ``crm.requisite.preset``."""
        return AsyncCrmRequisitePreset(self._backend)

    @property
    def userfield(self) -> AsyncCrmRequisiteUserfield:
        """Methods under ``crm.requisite.userfield``."""
        return AsyncCrmRequisiteUserfield(self._backend)

    async def add(
        self,
        *,
        fields: CrmRequisiteAddFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a set of legal details (tax IDs, names, addresses) for a company or contact.

        Only RQ_* fields present in the chosen template (PRESET_ID) are accepted. Returns the new requisite ID.

        REST method: ``crm.requisite.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-add.html

        Args:
            fields: Values of the new requisite; custom fields of types string, boolean, double and datetime are allowed.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            int

        Example:
            result = client.crm.requisite.add(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "PRESET_ID": 1, "NAME": "Anna"})
            result = await client.crm.requisite.add(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "PRESET_ID": 1, "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_REQUISITE_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_REQUISITE_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a set of legal details together with its addresses, bank details and links.

        REST method: ``crm.requisite.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-delete.html

        Args:
            id: ID of the requisite.

        Returns:
            bool

        Example:
            result = client.crm.requisite.delete(id=1)
            result = await client.crm.requisite.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_REQUISITE_DELETE, {"id": id})
        )

    async def fields(self) -> CrmRequisiteFieldsResult:
        """Describe every requisite field, country-specific RQ_* fields included.

        REST method: ``crm.requisite.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-fields.html

        Returns:
            CrmRequisiteFieldsResult

        Example:
            result = client.crm.requisite.fields()
            result = await client.crm.requisite.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisiteFieldsResult",
            await self._backend._invoke(_CRM_REQUISITE_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _CrmRequisite:
        """Read one set of legal details of a company or contact.

        REST method: ``crm.requisite.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-get.html

        Args:
            id: ID of the requisite.

        Returns:
            CrmRequisite

        Example:
            result = client.crm.requisite.get(id=1)
            result = await client.crm.requisite.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisite", await self._backend._invoke(_CRM_REQUISITE_GET, {"id": id})
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmRequisite]:
        """Find requisites by filter, such as all legal details of one company.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "RQ_INN"].
            filter: Conditions on field values, such as {"ENTITY_TYPE_ID": 4, "ENTITY_ID": 12}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmRequisite]

        Example:
            result = client.crm.requisite.list()
            result = await client.crm.requisite.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmRequisite]",
            await self._backend._invoke_page(
                _CRM_REQUISITE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self,
        *,
        id: int,
        fields: CrmRequisiteUpdateFields,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change fields of a set of legal details of a company or contact.

        Only RQ_* fields present in the requisite's template are accepted.

        REST method: ``crm.requisite.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-update.html

        Args:
            id: ID of the requisite.
            fields: Values to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            bool

        Example:
            result = client.crm.requisite.update(id=1, fields={"NAME": "Anna", "RQ_NAME": "Anna"})
            result = await client.crm.requisite.update(id=1, fields={"NAME": "Anna", "RQ_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_REQUISITE_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class BatchCrmRequisite(Namespace):
    """Methods under ``crm.requisite`` (queued into a batch)."""

    __slots__ = ()

    @property
    def bankdetail(self) -> BatchCrmRequisiteBankdetail:
        """Methods under ``crm.requisite.bankdetail``."""
        return BatchCrmRequisiteBankdetail(self._backend)

    @property
    def link(self) -> BatchCrmRequisiteLink:
        """Methods under ``crm.requisite.link``."""
        return BatchCrmRequisiteLink(self._backend)

    @property
    def preset(self) -> BatchCrmRequisitePreset:
        """Methods under ``crm.requisite.preset``."""
        return BatchCrmRequisitePreset(self._backend)

    @property
    def userfield(self) -> BatchCrmRequisiteUserfield:
        """Methods under ``crm.requisite.userfield``."""
        return BatchCrmRequisiteUserfield(self._backend)

    def add(
        self,
        *,
        fields: CrmRequisiteAddFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a set of legal details (tax IDs, names, addresses) for a company or contact.

        Only RQ_* fields present in the chosen template (PRESET_ID) are accepted. Returns the new requisite ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-add.html

        Args:
            fields: Values of the new requisite; custom fields of types string, boolean, double and datetime are allowed.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.requisite.add(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "PRESET_ID": 1, "NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_REQUISITE_ADD,
                {
                    "fields": merge_user_fields(
                        _CRM_REQUISITE_ADD, fields, user_fields, "fields", "user_fields"
                    ),
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a set of legal details together with its addresses, bank details and links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-delete.html

        Args:
            id: ID of the requisite.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_REQUISITE_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmRequisiteFieldsResult]:
        """Describe every requisite field, country-specific RQ_* fields included.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-fields.html

        Returns:
            BatchCommand[CrmRequisiteFieldsResult]

        Example:
            command = batch.crm.requisite.fields()
        """
        return cast(
            "BatchCommand[CrmRequisiteFieldsResult]",
            self._backend._invoke(_CRM_REQUISITE_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmRequisite]:
        """Read one set of legal details of a company or contact.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-get.html

        Args:
            id: ID of the requisite.

        Returns:
            BatchCommand[CrmRequisite]

        Example:
            command = batch.crm.requisite.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmRequisite]",
            self._backend._invoke(_CRM_REQUISITE_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmRequisite]]:
        """Find requisites by filter, such as all legal details of one company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-list.html

        Args:
            select: Fields to return, such as ["ID", "NAME", "RQ_INN"].
            filter: Conditions on field values, such as {"ENTITY_TYPE_ID": 4, "ENTITY_ID": 12}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmRequisite]]

        Example:
            command = batch.crm.requisite.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmRequisite]]",
            self._backend._invoke_page(
                _CRM_REQUISITE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: CrmRequisiteUpdateFields | Ref,
        user_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change fields of a set of legal details of a company or contact.

        Only RQ_* fields present in the requisite's template are accepted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-update.html

        Args:
            id: ID of the requisite.
            fields: Values to change, keyed by field name.
            user_fields: Portal-defined keys (UF_*) merged into fields.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.update(id=1, fields={"NAME": "Anna", "RQ_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_UPDATE,
                {
                    "id": id,
                    "fields": merge_user_fields(
                        _CRM_REQUISITE_UPDATE,
                        fields,
                        user_fields,
                        "fields",
                        "user_fields",
                    ),
                },
            ),
        )


class CrmRequisiteBankdetail(Namespace):
    """Methods under ``crm.requisite.bankdetail``."""

    __slots__ = ()

    def add(self, *, fields: CrmRequisiteBankdetailAddFields) -> int:
        """Add bank account details (bank, account number, IBAN) to a requisite.

        Returns the new record ID.

        REST method: ``crm.requisite.bankdetail.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-add.html

        Args:
            fields: Values of the new bank details record.

        Returns:
            int

        Example:
            result = client.crm.requisite.bankdetail.add(fields={"ENTITY_ID": 1, "NAME": "Anna"})
            result = await client.crm.requisite.bankdetail.add(fields={"ENTITY_ID": 1, "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove one set of bank account details from a requisite.

        REST method: ``crm.requisite.bankdetail.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-delete.html

        Args:
            id: ID of the bank details record.

        Returns:
            bool

        Example:
            result = client.crm.requisite.bankdetail.delete(id=1)
            result = await client.crm.requisite.bankdetail.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_DELETE, {"id": id})
        )

    def fields(self) -> CrmRequisiteBankdetailFieldsResult:
        """Describe the fields of bank details records: types and flags.

        REST method: ``crm.requisite.bankdetail.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-fields.html

        Returns:
            CrmRequisiteBankdetailFieldsResult

        Example:
            result = client.crm.requisite.bankdetail.fields()
            result = await client.crm.requisite.bankdetail.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisiteBankdetailFieldsResult",
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_FIELDS, {}),
        )

    def get(self, *, id: int) -> _CrmRequisiteBankdetail:
        """Read one bank details record: bank, account and codes.

        REST method: ``crm.requisite.bankdetail.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-get.html

        Args:
            id: ID of the bank details record.

        Returns:
            CrmRequisiteBankdetail

        Example:
            result = client.crm.requisite.bankdetail.get(id=1)
            result = await client.crm.requisite.bankdetail.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisiteBankdetail",
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmRequisiteBankdetail]:
        """Find bank details records by filter, page by page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.bankdetail.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-list.html

        Args:
            select: Fields to return, such as ["ID", "RQ_IBAN"].
            filter: Conditions on field values, such as {"ENTITY_ID": 5} for one requisite.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmRequisiteBankdetail]

        Example:
            result = client.crm.requisite.bankdetail.list()
            result = await client.crm.requisite.bankdetail.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmRequisiteBankdetail]",
            self._backend._invoke_page(
                _CRM_REQUISITE_BANKDETAIL_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmRequisiteBankdetailUpdateFields) -> bool:
        """Change the bank, account number or codes of a bank details record.

        REST method: ``crm.requisite.bankdetail.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-update.html

        Args:
            id: ID of the bank details record.
            fields: Values to change.

        Returns:
            bool

        Example:
            result = client.crm.requisite.bankdetail.update(id=1, fields={"NAME": "Anna", "RQ_BANK_NAME": "Anna"})
            result = await client.crm.requisite.bankdetail.update(id=1, fields={"NAME": "Anna", "RQ_BANK_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_BANKDETAIL_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmRequisiteBankdetail(Namespace):
    """Methods under ``crm.requisite.bankdetail`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmRequisiteBankdetailAddFields) -> int:
        """Add bank account details (bank, account number, IBAN) to a requisite.

        Returns the new record ID.

        REST method: ``crm.requisite.bankdetail.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-add.html

        Args:
            fields: Values of the new bank details record.

        Returns:
            int

        Example:
            result = client.crm.requisite.bankdetail.add(fields={"ENTITY_ID": 1, "NAME": "Anna"})
            result = await client.crm.requisite.bankdetail.add(fields={"ENTITY_ID": 1, "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_REQUISITE_BANKDETAIL_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove one set of bank account details from a requisite.

        REST method: ``crm.requisite.bankdetail.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-delete.html

        Args:
            id: ID of the bank details record.

        Returns:
            bool

        Example:
            result = client.crm.requisite.bankdetail.delete(id=1)
            result = await client.crm.requisite.bankdetail.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_DELETE, {"id": id}),
        )

    async def fields(self) -> CrmRequisiteBankdetailFieldsResult:
        """Describe the fields of bank details records: types and flags.

        REST method: ``crm.requisite.bankdetail.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-fields.html

        Returns:
            CrmRequisiteBankdetailFieldsResult

        Example:
            result = client.crm.requisite.bankdetail.fields()
            result = await client.crm.requisite.bankdetail.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisiteBankdetailFieldsResult",
            await self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _CrmRequisiteBankdetail:
        """Read one bank details record: bank, account and codes.

        REST method: ``crm.requisite.bankdetail.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-get.html

        Args:
            id: ID of the bank details record.

        Returns:
            CrmRequisiteBankdetail

        Example:
            result = client.crm.requisite.bankdetail.get(id=1)
            result = await client.crm.requisite.bankdetail.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisiteBankdetail",
            await self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmRequisiteBankdetail]:
        """Find bank details records by filter, page by page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.bankdetail.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-list.html

        Args:
            select: Fields to return, such as ["ID", "RQ_IBAN"].
            filter: Conditions on field values, such as {"ENTITY_ID": 5} for one requisite.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmRequisiteBankdetail]

        Example:
            result = client.crm.requisite.bankdetail.list()
            result = await client.crm.requisite.bankdetail.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmRequisiteBankdetail]",
            await self._backend._invoke_page(
                _CRM_REQUISITE_BANKDETAIL_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CrmRequisiteBankdetailUpdateFields
    ) -> bool:
        """Change the bank, account number or codes of a bank details record.

        REST method: ``crm.requisite.bankdetail.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-update.html

        Args:
            id: ID of the bank details record.
            fields: Values to change.

        Returns:
            bool

        Example:
            result = client.crm.requisite.bankdetail.update(id=1, fields={"NAME": "Anna", "RQ_BANK_NAME": "Anna"})
            result = await client.crm.requisite.bankdetail.update(id=1, fields={"NAME": "Anna", "RQ_BANK_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_BANKDETAIL_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmRequisiteBankdetail(Namespace):
    """Methods under ``crm.requisite.bankdetail`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CrmRequisiteBankdetailAddFields | Ref
    ) -> BatchCommand[int]:
        """Add bank account details (bank, account number, IBAN) to a requisite.

        Returns the new record ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.bankdetail.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-add.html

        Args:
            fields: Values of the new bank details record.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.requisite.bankdetail.add(fields={"ENTITY_ID": 1, "NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove one set of bank account details from a requisite.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.bankdetail.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-delete.html

        Args:
            id: ID of the bank details record.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.bankdetail.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmRequisiteBankdetailFieldsResult]:
        """Describe the fields of bank details records: types and flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.bankdetail.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-fields.html

        Returns:
            BatchCommand[CrmRequisiteBankdetailFieldsResult]

        Example:
            command = batch.crm.requisite.bankdetail.fields()
        """
        return cast(
            "BatchCommand[CrmRequisiteBankdetailFieldsResult]",
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmRequisiteBankdetail]:
        """Read one bank details record: bank, account and codes.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.bankdetail.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-get.html

        Args:
            id: ID of the bank details record.

        Returns:
            BatchCommand[CrmRequisiteBankdetail]

        Example:
            command = batch.crm.requisite.bankdetail.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmRequisiteBankdetail]",
            self._backend._invoke(_CRM_REQUISITE_BANKDETAIL_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmRequisiteBankdetail]]:
        """Find bank details records by filter, page by page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.bankdetail.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-list.html

        Args:
            select: Fields to return, such as ["ID", "RQ_IBAN"].
            filter: Conditions on field values, such as {"ENTITY_ID": 5} for one requisite.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmRequisiteBankdetail]]

        Example:
            command = batch.crm.requisite.bankdetail.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmRequisiteBankdetail]]",
            self._backend._invoke_page(
                _CRM_REQUISITE_BANKDETAIL_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmRequisiteBankdetailUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the bank, account number or codes of a bank details record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.bankdetail.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-update.html

        Args:
            id: ID of the bank details record.
            fields: Values to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.bankdetail.update(id=1, fields={"NAME": "Anna", "RQ_BANK_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_BANKDETAIL_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmRequisiteLink(Namespace):
    """Methods under ``crm.requisite.link``."""

    __slots__ = ()

    def fields(self) -> CrmRequisiteLinkFieldsResult:
        """Describe the fields that tie a deal, quote or invoice to client and seller requisites.

        REST method: ``crm.requisite.link.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-fields.html

        Returns:
            CrmRequisiteLinkFieldsResult

        Example:
            result = client.crm.requisite.link.fields()
            result = await client.crm.requisite.link.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisiteLinkFieldsResult",
            self._backend._invoke(_CRM_REQUISITE_LINK_FIELDS, {}),
        )

    def get(self, *, entity_type_id: int, entity_id: int) -> _CrmRequisiteLink:
        """Find which client and seller requisites a deal, quote or invoice uses.

        REST method: ``crm.requisite.link.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-get.html

        Args:
            entity_type_id: Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type. Wire name: ``entityTypeId``.
            entity_id: ID of the deal, quote, invoice or other object. Wire name: ``entityId``.

        Returns:
            CrmRequisiteLink

        Example:
            result = client.crm.requisite.link.get(entity_type_id=1, entity_id=1)
            result = await client.crm.requisite.link.get(entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisiteLink",
            self._backend._invoke(
                _CRM_REQUISITE_LINK_GET,
                {"entityTypeId": entity_type_id, "entityId": entity_id},
            ),
        )

    def list(
        self,
        *,
        select: Sequence[Any] | CrmRequisiteLinkListSelect | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmRequisiteLink]:
        """Find requisite links of deals, quotes and invoices by filter.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.link.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-list.html

        Args:
            select: Fields of the links to return, such as ["ENTITY_ID", "REQUISITE_ID"].
            filter: Conditions on link fields, such as {"ENTITY_TYPE_ID": 2}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmRequisiteLink]

        Example:
            result = client.crm.requisite.link.list()
            result = await client.crm.requisite.link.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmRequisiteLink]",
            self._backend._invoke_page(
                _CRM_REQUISITE_LINK_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def register(self, *, fields: CrmRequisiteLinkRegisterFields) -> bool:
        """Choose which client and seller requisites and bank details a deal, quote or invoice uses.

        The requisites must belong to the client and seller chosen in the object. Pass 0 for a missing one; all zeros means no requisites are linked.

        REST method: ``crm.requisite.link.register``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-register.html

        Args:
            fields: The link to save.

        Returns:
            bool

        Example:
            result = client.crm.requisite.link.register(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "REQUISITE_ID": 1, "BANK_DETAIL_ID": 1, "MC_REQUISITE_ID": 1, "MC_BANK_DETAIL_ID": 1})
            result = await client.crm.requisite.link.register(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "REQUISITE_ID": 1, "BANK_DETAIL_ID": 1, "MC_REQUISITE_ID": 1, "MC_BANK_DETAIL_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_CRM_REQUISITE_LINK_REGISTER, {"fields": fields}),
        )

    def unregister(self, *, entity_type_id: int, entity_id: int) -> bool:
        """Clear the requisite choice of a deal, quote or invoice.

        REST method: ``crm.requisite.link.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-unregister.html

        Args:
            entity_type_id: Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type. Wire name: ``entityTypeId``.
            entity_id: ID of the deal, quote, invoice or other object. Wire name: ``entityId``.

        Returns:
            bool

        Example:
            result = client.crm.requisite.link.unregister(entity_type_id=1, entity_id=1)
            result = await client.crm.requisite.link.unregister(entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_LINK_UNREGISTER,
                {"entityTypeId": entity_type_id, "entityId": entity_id},
            ),
        )


class AsyncCrmRequisiteLink(Namespace):
    """Methods under ``crm.requisite.link`` (async)."""

    __slots__ = ()

    async def fields(self) -> CrmRequisiteLinkFieldsResult:
        """Describe the fields that tie a deal, quote or invoice to client and seller requisites.

        REST method: ``crm.requisite.link.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-fields.html

        Returns:
            CrmRequisiteLinkFieldsResult

        Example:
            result = client.crm.requisite.link.fields()
            result = await client.crm.requisite.link.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisiteLinkFieldsResult",
            await self._backend._invoke(_CRM_REQUISITE_LINK_FIELDS, {}),
        )

    async def get(self, *, entity_type_id: int, entity_id: int) -> _CrmRequisiteLink:
        """Find which client and seller requisites a deal, quote or invoice uses.

        REST method: ``crm.requisite.link.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-get.html

        Args:
            entity_type_id: Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type. Wire name: ``entityTypeId``.
            entity_id: ID of the deal, quote, invoice or other object. Wire name: ``entityId``.

        Returns:
            CrmRequisiteLink

        Example:
            result = client.crm.requisite.link.get(entity_type_id=1, entity_id=1)
            result = await client.crm.requisite.link.get(entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisiteLink",
            await self._backend._invoke(
                _CRM_REQUISITE_LINK_GET,
                {"entityTypeId": entity_type_id, "entityId": entity_id},
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[Any] | CrmRequisiteLinkListSelect | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmRequisiteLink]:
        """Find requisite links of deals, quotes and invoices by filter.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.link.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-list.html

        Args:
            select: Fields of the links to return, such as ["ENTITY_ID", "REQUISITE_ID"].
            filter: Conditions on link fields, such as {"ENTITY_TYPE_ID": 2}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmRequisiteLink]

        Example:
            result = client.crm.requisite.link.list()
            result = await client.crm.requisite.link.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmRequisiteLink]",
            await self._backend._invoke_page(
                _CRM_REQUISITE_LINK_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def register(self, *, fields: CrmRequisiteLinkRegisterFields) -> bool:
        """Choose which client and seller requisites and bank details a deal, quote or invoice uses.

        The requisites must belong to the client and seller chosen in the object. Pass 0 for a missing one; all zeros means no requisites are linked.

        REST method: ``crm.requisite.link.register``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-register.html

        Args:
            fields: The link to save.

        Returns:
            bool

        Example:
            result = client.crm.requisite.link.register(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "REQUISITE_ID": 1, "BANK_DETAIL_ID": 1, "MC_REQUISITE_ID": 1, "MC_BANK_DETAIL_ID": 1})
            result = await client.crm.requisite.link.register(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "REQUISITE_ID": 1, "BANK_DETAIL_ID": 1, "MC_REQUISITE_ID": 1, "MC_BANK_DETAIL_ID": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_LINK_REGISTER, {"fields": fields}
            ),
        )

    async def unregister(self, *, entity_type_id: int, entity_id: int) -> bool:
        """Clear the requisite choice of a deal, quote or invoice.

        REST method: ``crm.requisite.link.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-unregister.html

        Args:
            entity_type_id: Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type. Wire name: ``entityTypeId``.
            entity_id: ID of the deal, quote, invoice or other object. Wire name: ``entityId``.

        Returns:
            bool

        Example:
            result = client.crm.requisite.link.unregister(entity_type_id=1, entity_id=1)
            result = await client.crm.requisite.link.unregister(entity_type_id=1, entity_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_LINK_UNREGISTER,
                {"entityTypeId": entity_type_id, "entityId": entity_id},
            ),
        )


class BatchCrmRequisiteLink(Namespace):
    """Methods under ``crm.requisite.link`` (queued into a batch)."""

    __slots__ = ()

    def fields(self) -> BatchCommand[CrmRequisiteLinkFieldsResult]:
        """Describe the fields that tie a deal, quote or invoice to client and seller requisites.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.link.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-fields.html

        Returns:
            BatchCommand[CrmRequisiteLinkFieldsResult]

        Example:
            command = batch.crm.requisite.link.fields()
        """
        return cast(
            "BatchCommand[CrmRequisiteLinkFieldsResult]",
            self._backend._invoke(_CRM_REQUISITE_LINK_FIELDS, {}),
        )

    def get(
        self, *, entity_type_id: int | Ref, entity_id: int | Ref
    ) -> BatchCommand[_CrmRequisiteLink]:
        """Find which client and seller requisites a deal, quote or invoice uses.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.link.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-get.html

        Args:
            entity_type_id: Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type. Wire name: ``entityTypeId``.
            entity_id: ID of the deal, quote, invoice or other object. Wire name: ``entityId``.

        Returns:
            BatchCommand[CrmRequisiteLink]

        Example:
            command = batch.crm.requisite.link.get(entity_type_id=1, entity_id=1)
        """
        return cast(
            "BatchCommand[_CrmRequisiteLink]",
            self._backend._invoke(
                _CRM_REQUISITE_LINK_GET,
                {"entityTypeId": entity_type_id, "entityId": entity_id},
            ),
        )

    def list(
        self,
        *,
        select: Sequence[Any] | CrmRequisiteLinkListSelect | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmRequisiteLink]]:
        """Find requisite links of deals, quotes and invoices by filter.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.link.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-list.html

        Args:
            select: Fields of the links to return, such as ["ENTITY_ID", "REQUISITE_ID"].
            filter: Conditions on link fields, such as {"ENTITY_TYPE_ID": 2}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmRequisiteLink]]

        Example:
            command = batch.crm.requisite.link.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmRequisiteLink]]",
            self._backend._invoke_page(
                _CRM_REQUISITE_LINK_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def register(
        self, *, fields: CrmRequisiteLinkRegisterFields | Ref
    ) -> BatchCommand[bool]:
        """Choose which client and seller requisites and bank details a deal, quote or invoice uses.

        The requisites must belong to the client and seller chosen in the object. Pass 0 for a missing one; all zeros means no requisites are linked.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.link.register``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-register.html

        Args:
            fields: The link to save.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.link.register(fields={"ENTITY_TYPE_ID": 1, "ENTITY_ID": 1, "REQUISITE_ID": 1, "BANK_DETAIL_ID": 1, "MC_REQUISITE_ID": 1, "MC_BANK_DETAIL_ID": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_REQUISITE_LINK_REGISTER, {"fields": fields}),
        )

    def unregister(
        self, *, entity_type_id: int | Ref, entity_id: int | Ref
    ) -> BatchCommand[bool]:
        """Clear the requisite choice of a deal, quote or invoice.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.link.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-unregister.html

        Args:
            entity_type_id: Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type. Wire name: ``entityTypeId``.
            entity_id: ID of the deal, quote, invoice or other object. Wire name: ``entityId``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.link.unregister(entity_type_id=1, entity_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_LINK_UNREGISTER,
                {"entityTypeId": entity_type_id, "entityId": entity_id},
            ),
        )


class CrmRequisitePreset(Namespace):
    """Methods under ``crm.requisite.preset``."""

    __slots__ = ()

    @property
    def field(self) -> CrmRequisitePresetField:
        """Methods under ``crm.requisite.preset.field``."""
        return CrmRequisitePresetField(self._backend)

    def add(self, *, fields: CrmRequisitePresetAddFields) -> int:
        """Create a requisite template that decides which legal-detail fields a country uses.

        REST method: ``crm.requisite.preset.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-add.html

        Args:
            fields: Values of the new template.

        Returns:
            int

        Example:
            result = client.crm.requisite.preset.add(fields={"ENTITY_TYPE_ID": 1, "COUNTRY_ID": 10, "NAME": "Anna"})
            result = await client.crm.requisite.preset.add(fields={"ENTITY_TYPE_ID": 1, "COUNTRY_ID": 10, "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_REQUISITE_PRESET_ADD, {"fields": fields})
        )

    def countries(self) -> builtins.list[CrmRequisitePresetCountriesResult]:
        """List the countries requisite templates can be built for.

        REST method: ``crm.requisite.preset.countries``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-countries.html

        Returns:
            list[CrmRequisitePresetCountriesResult]

        Example:
            result = client.crm.requisite.preset.countries()
            result = await client.crm.requisite.preset.countries()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CrmRequisitePresetCountriesResult]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_COUNTRIES, {}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a requisite template.

        REST method: ``crm.requisite.preset.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-delete.html

        Args:
            id: ID of the template.

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.delete(id=1)
            result = await client.crm.requisite.preset.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_REQUISITE_PRESET_DELETE, {"id": id})
        )

    def fields(self) -> CrmRequisitePresetFieldsResult:
        """Describe the fields of requisite templates: country, name and flags.

        REST method: ``crm.requisite.preset.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-fields.html

        Returns:
            CrmRequisitePresetFieldsResult

        Example:
            result = client.crm.requisite.preset.fields()
            result = await client.crm.requisite.preset.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisitePresetFieldsResult",
            self._backend._invoke(_CRM_REQUISITE_PRESET_FIELDS, {}),
        )

    def get(self, *, id: int) -> _CrmRequisitePreset:
        """Read one requisite template: country, name and status.

        REST method: ``crm.requisite.preset.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-get.html

        Args:
            id: ID of the template.

        Returns:
            CrmRequisitePreset

        Example:
            result = client.crm.requisite.preset.get(id=1)
            result = await client.crm.requisite.preset.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisitePreset",
            self._backend._invoke(_CRM_REQUISITE_PRESET_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmRequisitePreset]:
        """Find requisite templates by filter, such as those of one country.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.preset.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-list.html

        Args:
            select: Fields to return.
            filter: Conditions on template fields, such as {"COUNTRY_ID": 1}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmRequisitePreset]

        Example:
            result = client.crm.requisite.preset.list()
            result = await client.crm.requisite.preset.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmRequisitePreset]",
            self._backend._invoke_page(
                _CRM_REQUISITE_PRESET_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmRequisitePresetUpdateFields) -> bool:
        """Rename, reorder or deactivate a requisite template.

        REST method: ``crm.requisite.preset.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-update.html

        Args:
            id: ID of the template.
            fields: Values to change; NAME is required.

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.update(id=1, fields={"NAME": "Anna"})
            result = await client.crm.requisite.preset.update(id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmRequisitePreset(Namespace):
    """Methods under ``crm.requisite.preset`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncCrmRequisitePresetField:
        """Methods under ``crm.requisite.preset.field``."""
        return AsyncCrmRequisitePresetField(self._backend)

    async def add(self, *, fields: CrmRequisitePresetAddFields) -> int:
        """Create a requisite template that decides which legal-detail fields a country uses.

        REST method: ``crm.requisite.preset.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-add.html

        Args:
            fields: Values of the new template.

        Returns:
            int

        Example:
            result = client.crm.requisite.preset.add(fields={"ENTITY_TYPE_ID": 1, "COUNTRY_ID": 10, "NAME": "Anna"})
            result = await client.crm.requisite.preset.add(fields={"ENTITY_TYPE_ID": 1, "COUNTRY_ID": 10, "NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(_CRM_REQUISITE_PRESET_ADD, {"fields": fields}),
        )

    async def countries(self) -> builtins.list[CrmRequisitePresetCountriesResult]:
        """List the countries requisite templates can be built for.

        REST method: ``crm.requisite.preset.countries``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-countries.html

        Returns:
            list[CrmRequisitePresetCountriesResult]

        Example:
            result = client.crm.requisite.preset.countries()
            result = await client.crm.requisite.preset.countries()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[CrmRequisitePresetCountriesResult]",
            await self._backend._invoke(_CRM_REQUISITE_PRESET_COUNTRIES, {}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a requisite template.

        REST method: ``crm.requisite.preset.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-delete.html

        Args:
            id: ID of the template.

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.delete(id=1)
            result = await client.crm.requisite.preset.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CRM_REQUISITE_PRESET_DELETE, {"id": id})
        )

    async def fields(self) -> CrmRequisitePresetFieldsResult:
        """Describe the fields of requisite templates: country, name and flags.

        REST method: ``crm.requisite.preset.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-fields.html

        Returns:
            CrmRequisitePresetFieldsResult

        Example:
            result = client.crm.requisite.preset.fields()
            result = await client.crm.requisite.preset.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisitePresetFieldsResult",
            await self._backend._invoke(_CRM_REQUISITE_PRESET_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _CrmRequisitePreset:
        """Read one requisite template: country, name and status.

        REST method: ``crm.requisite.preset.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-get.html

        Args:
            id: ID of the template.

        Returns:
            CrmRequisitePreset

        Example:
            result = client.crm.requisite.preset.get(id=1)
            result = await client.crm.requisite.preset.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisitePreset",
            await self._backend._invoke(_CRM_REQUISITE_PRESET_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmRequisitePreset]:
        """Find requisite templates by filter, such as those of one country.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.preset.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-list.html

        Args:
            select: Fields to return.
            filter: Conditions on template fields, such as {"COUNTRY_ID": 1}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmRequisitePreset]

        Example:
            result = client.crm.requisite.preset.list()
            result = await client.crm.requisite.preset.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmRequisitePreset]",
            await self._backend._invoke_page(
                _CRM_REQUISITE_PRESET_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(self, *, id: int, fields: CrmRequisitePresetUpdateFields) -> bool:
        """Rename, reorder or deactivate a requisite template.

        REST method: ``crm.requisite.preset.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-update.html

        Args:
            id: ID of the template.
            fields: Values to change; NAME is required.

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.update(id=1, fields={"NAME": "Anna"})
            result = await client.crm.requisite.preset.update(id=1, fields={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_PRESET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmRequisitePreset(Namespace):
    """Methods under ``crm.requisite.preset`` (queued into a batch)."""

    __slots__ = ()

    @property
    def field(self) -> BatchCrmRequisitePresetField:
        """Methods under ``crm.requisite.preset.field``."""
        return BatchCrmRequisitePresetField(self._backend)

    def add(self, *, fields: CrmRequisitePresetAddFields | Ref) -> BatchCommand[int]:
        """Create a requisite template that decides which legal-detail fields a country uses.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-add.html

        Args:
            fields: Values of the new template.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.requisite.preset.add(fields={"ENTITY_TYPE_ID": 1, "COUNTRY_ID": 10, "NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_ADD, {"fields": fields}),
        )

    def countries(
        self,
    ) -> BatchCommand[builtins.list[CrmRequisitePresetCountriesResult]]:
        """List the countries requisite templates can be built for.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.countries``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-countries.html

        Returns:
            BatchCommand[list[CrmRequisitePresetCountriesResult]]

        Example:
            command = batch.crm.requisite.preset.countries()
        """
        return cast(
            "BatchCommand[builtins.list[CrmRequisitePresetCountriesResult]]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_COUNTRIES, {}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-delete.html

        Args:
            id: ID of the template.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.preset.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_DELETE, {"id": id}),
        )

    def fields(self) -> BatchCommand[CrmRequisitePresetFieldsResult]:
        """Describe the fields of requisite templates: country, name and flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-fields.html

        Returns:
            BatchCommand[CrmRequisitePresetFieldsResult]

        Example:
            command = batch.crm.requisite.preset.fields()
        """
        return cast(
            "BatchCommand[CrmRequisitePresetFieldsResult]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmRequisitePreset]:
        """Read one requisite template: country, name and status.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-get.html

        Args:
            id: ID of the template.

        Returns:
            BatchCommand[CrmRequisitePreset]

        Example:
            command = batch.crm.requisite.preset.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmRequisitePreset]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_GET, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmRequisitePreset]]:
        """Find requisite templates by filter, such as those of one country.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-list.html

        Args:
            select: Fields to return.
            filter: Conditions on template fields, such as {"COUNTRY_ID": 1}.
            order: Sort order: field name mapped to "ASC" or "DESC".
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmRequisitePreset]]

        Example:
            command = batch.crm.requisite.preset.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmRequisitePreset]]",
            self._backend._invoke_page(
                _CRM_REQUISITE_PRESET_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmRequisitePresetUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Rename, reorder or deactivate a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-update.html

        Args:
            id: ID of the template.
            fields: Values to change; NAME is required.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.preset.update(id=1, fields={"NAME": "Anna"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class CrmRequisitePresetField(Namespace):
    """Methods under ``crm.requisite.preset.field``."""

    __slots__ = ()

    def add(
        self, *, preset: dict[str, Any], fields: CrmRequisitePresetFieldAddFields
    ) -> int:
        """Add a field to a requisite template, optionally with its own title.

        REST method: ``crm.requisite.preset.field.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-add.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            fields: The field to add.

        Returns:
            int

        Example:
            result = client.crm.requisite.preset.field.add(preset={}, fields={"FIELD_NAME": "Anna"})
            result = await client.crm.requisite.preset.field.add(preset={}, fields={"FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_ADD, {"preset": preset, "fields": fields}
            ),
        )

    def availabletoadd(self, *, preset: dict[str, Any]) -> builtins.list[str]:
        """List the fields that can still be added to a requisite template.

        REST method: ``crm.requisite.preset.field.availabletoadd``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-available-to-add.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            list[str]

        Example:
            result = client.crm.requisite.preset.field.availabletoadd(preset={})
            result = await client.crm.requisite.preset.field.availabletoadd(preset={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_AVAILABLETOADD, {"preset": preset}
            ),
        )

    def delete(self, *, id: int, preset: dict[str, Any]) -> bool:
        """Take a field out of a requisite template.

        REST method: ``crm.requisite.preset.field.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-delete.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.field.delete(id=1, preset={})
            result = await client.crm.requisite.preset.field.delete(id=1, preset={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_DELETE, {"ID": id, "preset": preset}
            ),
        )

    def fields(self) -> CrmRequisitePresetFieldFieldsResult:
        """Describe the settings a field of a requisite template has.

        REST method: ``crm.requisite.preset.field.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-fields.html

        Returns:
            CrmRequisitePresetFieldFieldsResult

        Example:
            result = client.crm.requisite.preset.field.fields()
            result = await client.crm.requisite.preset.field.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisitePresetFieldFieldsResult",
            self._backend._invoke(_CRM_REQUISITE_PRESET_FIELD_FIELDS, {}),
        )

    def get(self, *, id: int, preset: dict[str, Any]) -> _CrmRequisitePresetField:
        """Read the settings of one field of a requisite template.

        REST method: ``crm.requisite.preset.field.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-get.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            CrmRequisitePresetField

        Example:
            result = client.crm.requisite.preset.field.get(id=1, preset={})
            result = await client.crm.requisite.preset.field.get(id=1, preset={})  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisitePresetField",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_GET, {"ID": id, "preset": preset}
            ),
        )

    def list(
        self, *, preset: dict[str, Any], start: int | NotGiven = NOT_GIVEN
    ) -> Page[_CrmRequisitePresetField]:
        """List the fields included in a requisite template.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.preset.field.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-list.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmRequisitePresetField]

        Example:
            result = client.crm.requisite.preset.field.list(preset={})
            result = await client.crm.requisite.preset.field.list(preset={})  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmRequisitePresetField]",
            self._backend._invoke_page(
                _CRM_REQUISITE_PRESET_FIELD_LIST, {"preset": preset, "start": start}
            ),
        )

    def update(
        self,
        *,
        id: int,
        preset: dict[str, Any],
        fields: CrmRequisitePresetFieldUpdateFields,
    ) -> bool:
        """Change the title or position of a field in a requisite template.

        REST method: ``crm.requisite.preset.field.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-update.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            fields: Settings to change.

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.field.update(id=1, preset={}, fields={"FIELD_NAME": "Anna"})
            result = await client.crm.requisite.preset.field.update(id=1, preset={}, fields={"FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_UPDATE,
                {"ID": id, "preset": preset, "fields": fields},
            ),
        )


class AsyncCrmRequisitePresetField(Namespace):
    """Methods under ``crm.requisite.preset.field`` (async)."""

    __slots__ = ()

    async def add(
        self, *, preset: dict[str, Any], fields: CrmRequisitePresetFieldAddFields
    ) -> int:
        """Add a field to a requisite template, optionally with its own title.

        REST method: ``crm.requisite.preset.field.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-add.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            fields: The field to add.

        Returns:
            int

        Example:
            result = client.crm.requisite.preset.field.add(preset={}, fields={"FIELD_NAME": "Anna"})
            result = await client.crm.requisite.preset.field.add(preset={}, fields={"FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_ADD, {"preset": preset, "fields": fields}
            ),
        )

    async def availabletoadd(self, *, preset: dict[str, Any]) -> builtins.list[str]:
        """List the fields that can still be added to a requisite template.

        REST method: ``crm.requisite.preset.field.availabletoadd``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-available-to-add.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            list[str]

        Example:
            result = client.crm.requisite.preset.field.availabletoadd(preset={})
            result = await client.crm.requisite.preset.field.availabletoadd(preset={})  # AsyncBitrix24
        """
        return cast(
            "builtins.list[str]",
            await self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_AVAILABLETOADD, {"preset": preset}
            ),
        )

    async def delete(self, *, id: int, preset: dict[str, Any]) -> bool:
        """Take a field out of a requisite template.

        REST method: ``crm.requisite.preset.field.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-delete.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.field.delete(id=1, preset={})
            result = await client.crm.requisite.preset.field.delete(id=1, preset={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_DELETE, {"ID": id, "preset": preset}
            ),
        )

    async def fields(self) -> CrmRequisitePresetFieldFieldsResult:
        """Describe the settings a field of a requisite template has.

        REST method: ``crm.requisite.preset.field.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-fields.html

        Returns:
            CrmRequisitePresetFieldFieldsResult

        Example:
            result = client.crm.requisite.preset.field.fields()
            result = await client.crm.requisite.preset.field.fields()  # AsyncBitrix24
        """
        return cast(
            "CrmRequisitePresetFieldFieldsResult",
            await self._backend._invoke(_CRM_REQUISITE_PRESET_FIELD_FIELDS, {}),
        )

    async def get(self, *, id: int, preset: dict[str, Any]) -> _CrmRequisitePresetField:
        """Read the settings of one field of a requisite template.

        REST method: ``crm.requisite.preset.field.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-get.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            CrmRequisitePresetField

        Example:
            result = client.crm.requisite.preset.field.get(id=1, preset={})
            result = await client.crm.requisite.preset.field.get(id=1, preset={})  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisitePresetField",
            await self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_GET, {"ID": id, "preset": preset}
            ),
        )

    async def list(
        self, *, preset: dict[str, Any], start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_CrmRequisitePresetField]:
        """List the fields included in a requisite template.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.preset.field.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-list.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmRequisitePresetField]

        Example:
            result = client.crm.requisite.preset.field.list(preset={})
            result = await client.crm.requisite.preset.field.list(preset={})  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmRequisitePresetField]",
            await self._backend._invoke_page(
                _CRM_REQUISITE_PRESET_FIELD_LIST, {"preset": preset, "start": start}
            ),
        )

    async def update(
        self,
        *,
        id: int,
        preset: dict[str, Any],
        fields: CrmRequisitePresetFieldUpdateFields,
    ) -> bool:
        """Change the title or position of a field in a requisite template.

        REST method: ``crm.requisite.preset.field.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-update.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            fields: Settings to change.

        Returns:
            bool

        Example:
            result = client.crm.requisite.preset.field.update(id=1, preset={}, fields={"FIELD_NAME": "Anna"})
            result = await client.crm.requisite.preset.field.update(id=1, preset={}, fields={"FIELD_NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_UPDATE,
                {"ID": id, "preset": preset, "fields": fields},
            ),
        )


class BatchCrmRequisitePresetField(Namespace):
    """Methods under ``crm.requisite.preset.field`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        preset: dict[str, Any] | Ref,
        fields: CrmRequisitePresetFieldAddFields | Ref,
    ) -> BatchCommand[int]:
        """Add a field to a requisite template, optionally with its own title.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-add.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            fields: The field to add.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.requisite.preset.field.add(preset={}, fields={"FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_ADD, {"preset": preset, "fields": fields}
            ),
        )

    def availabletoadd(
        self, *, preset: dict[str, Any] | Ref
    ) -> BatchCommand[builtins.list[str]]:
        """List the fields that can still be added to a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.availabletoadd``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-available-to-add.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.crm.requisite.preset.field.availabletoadd(preset={})
        """
        return cast(
            "BatchCommand[builtins.list[str]]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_AVAILABLETOADD, {"preset": preset}
            ),
        )

    def delete(
        self, *, id: int | Ref, preset: dict[str, Any] | Ref
    ) -> BatchCommand[bool]:
        """Take a field out of a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-delete.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.preset.field.delete(id=1, preset={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_DELETE, {"ID": id, "preset": preset}
            ),
        )

    def fields(self) -> BatchCommand[CrmRequisitePresetFieldFieldsResult]:
        """Describe the settings a field of a requisite template has.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-fields.html

        Returns:
            BatchCommand[CrmRequisitePresetFieldFieldsResult]

        Example:
            command = batch.crm.requisite.preset.field.fields()
        """
        return cast(
            "BatchCommand[CrmRequisitePresetFieldFieldsResult]",
            self._backend._invoke(_CRM_REQUISITE_PRESET_FIELD_FIELDS, {}),
        )

    def get(
        self, *, id: int | Ref, preset: dict[str, Any] | Ref
    ) -> BatchCommand[_CrmRequisitePresetField]:
        """Read the settings of one field of a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-get.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).

        Returns:
            BatchCommand[CrmRequisitePresetField]

        Example:
            command = batch.crm.requisite.preset.field.get(id=1, preset={})
        """
        return cast(
            "BatchCommand[_CrmRequisitePresetField]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_GET, {"ID": id, "preset": preset}
            ),
        )

    def list(
        self, *, preset: dict[str, Any] | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmRequisitePresetField]]:
        """List the fields included in a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-list.html

        Args:
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmRequisitePresetField]]

        Example:
            command = batch.crm.requisite.preset.field.list(preset={})
        """
        return cast(
            "BatchCommand[builtins.list[_CrmRequisitePresetField]]",
            self._backend._invoke_page(
                _CRM_REQUISITE_PRESET_FIELD_LIST, {"preset": preset, "start": start}
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        preset: dict[str, Any] | Ref,
        fields: CrmRequisitePresetFieldUpdateFields | Ref,
    ) -> BatchCommand[bool]:
        """Change the title or position of a field in a requisite template.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.preset.field.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-update.html

        Args:
            id: ID of the field inside the template. Wire name: ``ID``.
            preset: The template, given as {"ID": <template ID>} (crm.requisite.preset.list).
            fields: Settings to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.preset.field.update(id=1, preset={}, fields={"FIELD_NAME": "Anna"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_PRESET_FIELD_UPDATE,
                {"ID": id, "preset": preset, "fields": fields},
            ),
        )


class CrmRequisiteUserfield(Namespace):
    """Methods under ``crm.requisite.userfield``."""

    __slots__ = ()

    def add(self, *, fields: CrmRequisiteUserfieldAddFields) -> int:
        """Create a custom field on requisites and return its ID.

        Requisites accept custom fields of types string, boolean, double and datetime.

        REST method: ``crm.requisite.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-add.html

        Args:
            fields: Description of the new field.

        Returns:
            int

        Example:
            result = client.crm.requisite.userfield.add(fields={"ENTITY_ID": "1", "FIELD_NAME": "Anna", "USER_TYPE_ID": "1"})
            result = await client.crm.requisite.userfield.add(fields={"ENTITY_ID": "1", "FIELD_NAME": "Anna", "USER_TYPE_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            int, self._backend._invoke(_CRM_REQUISITE_USERFIELD_ADD, {"fields": fields})
        )

    def delete(self, *, id: int) -> bool:
        """Remove a custom field of requisites together with its values.

        REST method: ``crm.requisite.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Example:
            result = client.crm.requisite.userfield.delete(id=1)
            result = await client.crm.requisite.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CRM_REQUISITE_USERFIELD_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> _CrmRequisiteUserfield:
        """Read the settings of one custom field of requisites.

        REST method: ``crm.requisite.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmRequisiteUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.requisite.userfield.get(id=1)
            result = await client.crm.requisite.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisiteUserfield",
            self._backend._invoke(_CRM_REQUISITE_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CrmRequisiteUserfield]:
        """List the custom fields defined on requisites.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            Page[CrmRequisiteUserfield]

        Example:
            result = client.crm.requisite.userfield.list()
            result = await client.crm.requisite.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmRequisiteUserfield]",
            self._backend._invoke_page(
                _CRM_REQUISITE_USERFIELD_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    def update(self, *, id: int, fields: CrmRequisiteUserfieldUpdateFields) -> bool:
        """Change labels or settings of a custom field of requisites.

        REST method: ``crm.requisite.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            bool

        Example:
            result = client.crm.requisite.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})
            result = await client.crm.requisite.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _CRM_REQUISITE_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncCrmRequisiteUserfield(Namespace):
    """Methods under ``crm.requisite.userfield`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CrmRequisiteUserfieldAddFields) -> int:
        """Create a custom field on requisites and return its ID.

        Requisites accept custom fields of types string, boolean, double and datetime.

        REST method: ``crm.requisite.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-add.html

        Args:
            fields: Description of the new field.

        Returns:
            int

        Example:
            result = client.crm.requisite.userfield.add(fields={"ENTITY_ID": "1", "FIELD_NAME": "Anna", "USER_TYPE_ID": "1"})
            result = await client.crm.requisite.userfield.add(fields={"ENTITY_ID": "1", "FIELD_NAME": "Anna", "USER_TYPE_ID": "1"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _CRM_REQUISITE_USERFIELD_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a custom field of requisites together with its values.

        REST method: ``crm.requisite.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            bool

        Example:
            result = client.crm.requisite.userfield.delete(id=1)
            result = await client.crm.requisite.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CRM_REQUISITE_USERFIELD_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> _CrmRequisiteUserfield:
        """Read the settings of one custom field of requisites.

        REST method: ``crm.requisite.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            CrmRequisiteUserfield

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.crm.requisite.userfield.get(id=1)
            result = await client.crm.requisite.userfield.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CrmRequisiteUserfield",
            await self._backend._invoke(_CRM_REQUISITE_USERFIELD_GET, {"id": id}),
        )

    async def list(
        self,
        *,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CrmRequisiteUserfield]:
        """List the custom fields defined on requisites.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.requisite.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            AsyncPage[CrmRequisiteUserfield]

        Example:
            result = client.crm.requisite.userfield.list()
            result = await client.crm.requisite.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmRequisiteUserfield]",
            await self._backend._invoke_page(
                _CRM_REQUISITE_USERFIELD_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CrmRequisiteUserfieldUpdateFields
    ) -> bool:
        """Change labels or settings of a custom field of requisites.

        REST method: ``crm.requisite.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            bool

        Example:
            result = client.crm.requisite.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})
            result = await client.crm.requisite.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _CRM_REQUISITE_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCrmRequisiteUserfield(Namespace):
    """Methods under ``crm.requisite.userfield`` (queued into a batch)."""

    __slots__ = ()

    def add(self, *, fields: CrmRequisiteUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field on requisites and return its ID.

        Requisites accept custom fields of types string, boolean, double and datetime.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-add.html

        Args:
            fields: Description of the new field.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.crm.requisite.userfield.add(fields={"ENTITY_ID": "1", "FIELD_NAME": "Anna", "USER_TYPE_ID": "1"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_CRM_REQUISITE_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a custom field of requisites together with its values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-delete.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CRM_REQUISITE_USERFIELD_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CrmRequisiteUserfield]:
        """Read the settings of one custom field of requisites.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.userfield.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-get.html

        Args:
            id: ID of the custom field.

        Returns:
            BatchCommand[CrmRequisiteUserfield]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.crm.requisite.userfield.get(id=1)
        """
        return cast(
            "BatchCommand[_CrmRequisiteUserfield]",
            self._backend._invoke(_CRM_REQUISITE_USERFIELD_GET, {"id": id}),
        )

    def list(
        self,
        *,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CrmRequisiteUserfield]]:
        """List the custom fields defined on requisites.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-list.html

        Args:
            order: Sort order: field name mapped to "ASC" or "DESC".
            filter: Conditions on the field settings, such as {"USER_TYPE_ID": "string"}.
            start: Offset for paging: pass the "next" value of the previous answer; a page holds 50 records.

        Returns:
            BatchCommand[list[CrmRequisiteUserfield]]

        Example:
            command = batch.crm.requisite.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CrmRequisiteUserfield]]",
            self._backend._invoke_page(
                _CRM_REQUISITE_USERFIELD_LIST,
                {"order": order, "filter": filter, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CrmRequisiteUserfieldUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change labels or settings of a custom field of requisites.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.requisite.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-update.html

        Args:
            id: ID of the custom field.
            fields: Settings to change.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.crm.requisite.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _CRM_REQUISITE_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )
