"""Methods under ``humanresources.hcmlink``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.humanresources import (
        HumanresourcesHcmlinkCompany as _HumanresourcesHcmlinkCompany,
        HumanresourcesHcmlinkCompanyAddFields,
        HumanresourcesHcmlinkCompanyUpdateFields,
        HumanresourcesHcmlinkCompanyUser as _HumanresourcesHcmlinkCompanyUser,
        HumanresourcesHcmlinkEmployee as _HumanresourcesHcmlinkEmployee,
        HumanresourcesHcmlinkEmployeeSetData,
        HumanresourcesHcmlinkEmployeeSetJob,
        HumanresourcesHcmlinkEmployeeSetResult,
        HumanresourcesHcmlinkFieldValueSetData,
        HumanresourcesHcmlinkFieldValueSetJob,
        HumanresourcesHcmlinkFieldValueSetResult,
        HumanresourcesHcmlinkJobStatus as _HumanresourcesHcmlinkJobStatus,
        HumanresourcesHcmlinkJobUpdateFields,
        HumanresourcesHcmlinkJobUpdateResult,
    )

_HUMANRESOURCES_HCMLINK_COMPANY_ADD = MethodInfo(
    name="humanresources.hcmlink.company.add",
    idempotent=False,
    returns="integer",
    api=1,
)
_HUMANRESOURCES_HCMLINK_COMPANY_DELETE = MethodInfo(
    name="humanresources.hcmlink.company.delete",
    idempotent=False,
    returns="boolean",
    api=1,
)
_HUMANRESOURCES_HCMLINK_COMPANY_LIST = MethodInfo(
    name="humanresources.hcmlink.company.list", idempotent=True, returns="any", api=1
)
_HUMANRESOURCES_HCMLINK_COMPANY_UPDATE = MethodInfo(
    name="humanresources.hcmlink.company.update",
    idempotent=False,
    returns="boolean",
    api=1,
)
_HUMANRESOURCES_HCMLINK_COMPANY_USER_LIST = MethodInfo(
    name="humanresources.hcmlink.company.user.list",
    idempotent=True,
    returns="any",
    api=1,
)
_HUMANRESOURCES_HCMLINK_EMPLOYEE_LIST = MethodInfo(
    name="humanresources.hcmlink.employee.list", idempotent=True, returns="any", api=1
)
_HUMANRESOURCES_HCMLINK_EMPLOYEE_SET = MethodInfo(
    name="humanresources.hcmlink.employee.set", idempotent=False, returns="any", api=1
)
_HUMANRESOURCES_HCMLINK_FIELD_VALUE_SET = MethodInfo(
    name="humanresources.hcmlink.field.value.set",
    idempotent=False,
    returns="any",
    api=1,
)
_HUMANRESOURCES_HCMLINK_JOB_UPDATE = MethodInfo(
    name="humanresources.hcmlink.job.update", idempotent=False, returns="any", api=1
)
_HUMANRESOURCES_HCMLINK_JOB_STATUS_GET = MethodInfo(
    name="humanresources.hcmlink.job.status.get", idempotent=True, returns="any", api=1
)


class HumanresourcesHcmlink(Namespace):
    """Methods under ``humanresources.hcmlink``."""

    __slots__ = ()

    @property
    def company(self) -> HumanresourcesHcmlinkCompany:
        """Methods under ``humanresources.hcmlink.company``."""
        return HumanresourcesHcmlinkCompany(self._backend)

    @property
    def employee(self) -> HumanresourcesHcmlinkEmployee:
        """Methods under ``humanresources.hcmlink.employee``."""
        return HumanresourcesHcmlinkEmployee(self._backend)

    @property
    def field(self) -> HumanresourcesHcmlinkField:
        """Methods under ``humanresources.hcmlink.field``."""
        return HumanresourcesHcmlinkField(self._backend)

    @property
    def job(self) -> HumanresourcesHcmlinkJob:
        """Methods under ``humanresources.hcmlink.job``."""
        return HumanresourcesHcmlinkJob(self._backend)


class AsyncHumanresourcesHcmlink(Namespace):
    """Methods under ``humanresources.hcmlink`` (async)."""

    __slots__ = ()

    @property
    def company(self) -> AsyncHumanresourcesHcmlinkCompany:
        """Methods under ``humanresources.hcmlink.company``."""
        return AsyncHumanresourcesHcmlinkCompany(self._backend)

    @property
    def employee(self) -> AsyncHumanresourcesHcmlinkEmployee:
        """Methods under ``humanresources.hcmlink.employee``."""
        return AsyncHumanresourcesHcmlinkEmployee(self._backend)

    @property
    def field(self) -> AsyncHumanresourcesHcmlinkField:
        """Methods under ``humanresources.hcmlink.field``."""
        return AsyncHumanresourcesHcmlinkField(self._backend)

    @property
    def job(self) -> AsyncHumanresourcesHcmlinkJob:
        """Methods under ``humanresources.hcmlink.job``."""
        return AsyncHumanresourcesHcmlinkJob(self._backend)


class BatchHumanresourcesHcmlink(Namespace):
    """Methods under ``humanresources.hcmlink`` (queued into a batch)."""

    __slots__ = ()

    @property
    def company(self) -> BatchHumanresourcesHcmlinkCompany:
        """Methods under ``humanresources.hcmlink.company``."""
        return BatchHumanresourcesHcmlinkCompany(self._backend)

    @property
    def employee(self) -> BatchHumanresourcesHcmlinkEmployee:
        """Methods under ``humanresources.hcmlink.employee``."""
        return BatchHumanresourcesHcmlinkEmployee(self._backend)

    @property
    def field(self) -> BatchHumanresourcesHcmlinkField:
        """Methods under ``humanresources.hcmlink.field``."""
        return BatchHumanresourcesHcmlinkField(self._backend)

    @property
    def job(self) -> BatchHumanresourcesHcmlinkJob:
        """Methods under ``humanresources.hcmlink.job``."""
        return BatchHumanresourcesHcmlinkJob(self._backend)


class HumanresourcesHcmlinkCompany(Namespace):
    """Methods under ``humanresources.hcmlink.company``."""

    __slots__ = ()

    @property
    def user(self) -> HumanresourcesHcmlinkCompanyUser:
        """Methods under ``humanresources.hcmlink.company.user``."""
        return HumanresourcesHcmlinkCompanyUser(self._backend)

    def add(self, *, fields: HumanresourcesHcmlinkCompanyAddFields) -> int:
        """Register a company from an external HR system in HCM Link, with the fields it can send; returns its ID.

        Only an administrator can call it.

        REST method: ``humanresources.hcmlink.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-add.html

        Args:
            fields: Company data from the HR system.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.add(fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})
            result = await client.humanresources.hcmlink.company.add(fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove an HCM Link company connection by its ID.

        REST method: ``humanresources.hcmlink.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-delete.html

        Args:
            id: ID of the HCM Link company, from humanresources.hcmlink.company.list.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.delete(id=1)
            result = await client.humanresources.hcmlink.company.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_HUMANRESOURCES_HCMLINK_COMPANY_DELETE, {"id": id}),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_HumanresourcesHcmlinkCompany]:
        """List the companies connected through HCM Link, optionally only those tied to one user.

        limit takes 1 to 1000 entries (100 by default).

        REST method: ``humanresources.hcmlink.company.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-list.html

        Args:
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.
            user_id: ID of a Bitrix24 user; only companies linked to this user are returned. Wire name: ``userId``.

        Returns:
            list[HumanresourcesHcmlinkCompany]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.list()
            result = await client.humanresources.hcmlink.company.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_HumanresourcesHcmlinkCompany]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_LIST,
                {"limit": limit, "offset": offset, "userId": user_id},
            ),
        )

    def update(
        self, *, id: int, fields: HumanresourcesHcmlinkCompanyUpdateFields
    ) -> bool:
        """Change the data or the field list of an HCM Link company.

        REST method: ``humanresources.hcmlink.company.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-update.html

        Args:
            id: ID of the HCM Link company, from humanresources.hcmlink.company.list.
            fields: Company data from the HR system.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.update(id=1, fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})
            result = await client.humanresources.hcmlink.company.update(id=1, fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncHumanresourcesHcmlinkCompany(Namespace):
    """Methods under ``humanresources.hcmlink.company`` (async)."""

    __slots__ = ()

    @property
    def user(self) -> AsyncHumanresourcesHcmlinkCompanyUser:
        """Methods under ``humanresources.hcmlink.company.user``."""
        return AsyncHumanresourcesHcmlinkCompanyUser(self._backend)

    async def add(self, *, fields: HumanresourcesHcmlinkCompanyAddFields) -> int:
        """Register a company from an external HR system in HCM Link, with the fields it can send; returns its ID.

        Only an administrator can call it.

        REST method: ``humanresources.hcmlink.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-add.html

        Args:
            fields: Company data from the HR system.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.add(fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})
            result = await client.humanresources.hcmlink.company.add(fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove an HCM Link company connection by its ID.

        REST method: ``humanresources.hcmlink.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-delete.html

        Args:
            id: ID of the HCM Link company, from humanresources.hcmlink.company.list.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.delete(id=1)
            result = await client.humanresources.hcmlink.company.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_DELETE, {"id": id}
            ),
        )

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        user_id: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_HumanresourcesHcmlinkCompany]:
        """List the companies connected through HCM Link, optionally only those tied to one user.

        limit takes 1 to 1000 entries (100 by default).

        REST method: ``humanresources.hcmlink.company.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-list.html

        Args:
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.
            user_id: ID of a Bitrix24 user; only companies linked to this user are returned. Wire name: ``userId``.

        Returns:
            list[HumanresourcesHcmlinkCompany]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.list()
            result = await client.humanresources.hcmlink.company.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_HumanresourcesHcmlinkCompany]",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_LIST,
                {"limit": limit, "offset": offset, "userId": user_id},
            ),
        )

    async def update(
        self, *, id: int, fields: HumanresourcesHcmlinkCompanyUpdateFields
    ) -> bool:
        """Change the data or the field list of an HCM Link company.

        REST method: ``humanresources.hcmlink.company.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-update.html

        Args:
            id: ID of the HCM Link company, from humanresources.hcmlink.company.list.
            fields: Company data from the HR system.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.update(id=1, fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})
            result = await client.humanresources.hcmlink.company.update(id=1, fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchHumanresourcesHcmlinkCompany(Namespace):
    """Methods under ``humanresources.hcmlink.company`` (queued into a batch)."""

    __slots__ = ()

    @property
    def user(self) -> BatchHumanresourcesHcmlinkCompanyUser:
        """Methods under ``humanresources.hcmlink.company.user``."""
        return BatchHumanresourcesHcmlinkCompanyUser(self._backend)

    def add(
        self, *, fields: HumanresourcesHcmlinkCompanyAddFields | Ref
    ) -> BatchCommand[int]:
        """Register a company from an external HR system in HCM Link, with the fields it can send; returns its ID.

        Only an administrator can call it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.company.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-add.html

        Args:
            fields: Company data from the HR system.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.company.add(fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_ADD, {"fields": fields}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove an HCM Link company connection by its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.company.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-delete.html

        Args:
            id: ID of the HCM Link company, from humanresources.hcmlink.company.list.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.company.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_HUMANRESOURCES_HCMLINK_COMPANY_DELETE, {"id": id}),
        )

    def list(
        self,
        *,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_HumanresourcesHcmlinkCompany]]:
        """List the companies connected through HCM Link, optionally only those tied to one user.

        limit takes 1 to 1000 entries (100 by default).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.company.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-list.html

        Args:
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.
            user_id: ID of a Bitrix24 user; only companies linked to this user are returned. Wire name: ``userId``.

        Returns:
            BatchCommand[list[HumanresourcesHcmlinkCompany]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.company.list()
        """
        return cast(
            "BatchCommand[builtins.list[_HumanresourcesHcmlinkCompany]]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_LIST,
                {"limit": limit, "offset": offset, "userId": user_id},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: HumanresourcesHcmlinkCompanyUpdateFields | Ref
    ) -> BatchCommand[bool]:
        """Change the data or the field list of an HCM Link company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.company.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-update.html

        Args:
            id: ID of the HCM Link company, from humanresources.hcmlink.company.list.
            fields: Company data from the HR system.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.company.update(id=1, fields={"company": "example", "crmCompanyId": 1, "title": "Kick-off call", "fields": [{"field": "example", "title": "Kick-off call"}]})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class HumanresourcesHcmlinkCompanyUser(Namespace):
    """Methods under ``humanresources.hcmlink.company.user``."""

    __slots__ = ()

    def list(
        self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_HumanresourcesHcmlinkCompanyUser]:
        """List the HCM Link companies the current user belongs to, with the user's person code in each.

        REST method: ``humanresources.hcmlink.company.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-user-list.html

        Args:
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.

        Returns:
            list[HumanresourcesHcmlinkCompanyUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.user.list()
            result = await client.humanresources.hcmlink.company.user.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_HumanresourcesHcmlinkCompanyUser]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_USER_LIST,
                {"limit": limit, "offset": offset},
            ),
        )


class AsyncHumanresourcesHcmlinkCompanyUser(Namespace):
    """Methods under ``humanresources.hcmlink.company.user`` (async)."""

    __slots__ = ()

    async def list(
        self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_HumanresourcesHcmlinkCompanyUser]:
        """List the HCM Link companies the current user belongs to, with the user's person code in each.

        REST method: ``humanresources.hcmlink.company.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-user-list.html

        Args:
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.

        Returns:
            list[HumanresourcesHcmlinkCompanyUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.company.user.list()
            result = await client.humanresources.hcmlink.company.user.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_HumanresourcesHcmlinkCompanyUser]",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_USER_LIST,
                {"limit": limit, "offset": offset},
            ),
        )


class BatchHumanresourcesHcmlinkCompanyUser(Namespace):
    """Methods under ``humanresources.hcmlink.company.user`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_HumanresourcesHcmlinkCompanyUser]]:
        """List the HCM Link companies the current user belongs to, with the user's person code in each.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.company.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-company-user-list.html

        Args:
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.

        Returns:
            BatchCommand[list[HumanresourcesHcmlinkCompanyUser]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.company.user.list()
        """
        return cast(
            "BatchCommand[builtins.list[_HumanresourcesHcmlinkCompanyUser]]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_COMPANY_USER_LIST,
                {"limit": limit, "offset": offset},
            ),
        )


class HumanresourcesHcmlinkEmployee(Namespace):
    """Methods under ``humanresources.hcmlink.employee``."""

    __slots__ = ()

    def list(
        self,
        *,
        company: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        updated_at: str | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_HumanresourcesHcmlinkEmployee]:
        """List the HR-system employees of a company matched to Bitrix24 users.

        Pass updatedAt to get only records changed after that moment.

        REST method: ``humanresources.hcmlink.employee.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.html

        Args:
            company: Code of the company in the HR system, from humanresources.hcmlink.company.list.
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.
            updated_at: ISO 8601 date and time; only records changed after it are returned. Wire name: ``updatedAt``.

        Returns:
            list[HumanresourcesHcmlinkEmployee]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.employee.list(company="example")
            result = await client.humanresources.hcmlink.employee.list(company="example")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_HumanresourcesHcmlinkEmployee]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_EMPLOYEE_LIST,
                {
                    "company": company,
                    "limit": limit,
                    "offset": offset,
                    "updatedAt": updated_at,
                },
            ),
        )

    def set(
        self,
        *,
        company: str,
        data: Sequence[HumanresourcesHcmlinkEmployeeSetData],
        job: HumanresourcesHcmlinkEmployeeSetJob | NotGiven = NOT_GIVEN,
    ) -> HumanresourcesHcmlinkEmployeeSetResult:
        """Send employees from the HR system to HCM Link so they can be matched with Bitrix24 users.

        When answering the OnHumanResourcesHcmLinkEmployeeListRequested event, pass job with the jobId from the event to report progress.

        REST method: ``humanresources.hcmlink.employee.set``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-set.html

        Args:
            company: Code of the company in the HR system, from humanresources.hcmlink.company.list.
            data: Employees from the HR system; each needs at least one non-empty value.
            job: Progress of the synchronisation job that asked for this data; pass it when replying to the job's event.

        Returns:
            HumanresourcesHcmlinkEmployeeSetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.employee.set(company="example", data=[{"employee": "example", "person": "example", "data": {"firstName": "Anna", "lastName": "Smith"}}])
            result = await client.humanresources.hcmlink.employee.set(company="example", data=[{"employee": "example", "person": "example", "data": {"firstName": "Anna", "lastName": "Smith"}}])  # AsyncBitrix24
        """
        return cast(
            "HumanresourcesHcmlinkEmployeeSetResult",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_EMPLOYEE_SET,
                {"company": company, "data": data, "job": job},
            ),
        )


class AsyncHumanresourcesHcmlinkEmployee(Namespace):
    """Methods under ``humanresources.hcmlink.employee`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        company: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        updated_at: str | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_HumanresourcesHcmlinkEmployee]:
        """List the HR-system employees of a company matched to Bitrix24 users.

        Pass updatedAt to get only records changed after that moment.

        REST method: ``humanresources.hcmlink.employee.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.html

        Args:
            company: Code of the company in the HR system, from humanresources.hcmlink.company.list.
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.
            updated_at: ISO 8601 date and time; only records changed after it are returned. Wire name: ``updatedAt``.

        Returns:
            list[HumanresourcesHcmlinkEmployee]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.employee.list(company="example")
            result = await client.humanresources.hcmlink.employee.list(company="example")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_HumanresourcesHcmlinkEmployee]",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_EMPLOYEE_LIST,
                {
                    "company": company,
                    "limit": limit,
                    "offset": offset,
                    "updatedAt": updated_at,
                },
            ),
        )

    async def set(
        self,
        *,
        company: str,
        data: Sequence[HumanresourcesHcmlinkEmployeeSetData],
        job: HumanresourcesHcmlinkEmployeeSetJob | NotGiven = NOT_GIVEN,
    ) -> HumanresourcesHcmlinkEmployeeSetResult:
        """Send employees from the HR system to HCM Link so they can be matched with Bitrix24 users.

        When answering the OnHumanResourcesHcmLinkEmployeeListRequested event, pass job with the jobId from the event to report progress.

        REST method: ``humanresources.hcmlink.employee.set``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-set.html

        Args:
            company: Code of the company in the HR system, from humanresources.hcmlink.company.list.
            data: Employees from the HR system; each needs at least one non-empty value.
            job: Progress of the synchronisation job that asked for this data; pass it when replying to the job's event.

        Returns:
            HumanresourcesHcmlinkEmployeeSetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.employee.set(company="example", data=[{"employee": "example", "person": "example", "data": {"firstName": "Anna", "lastName": "Smith"}}])
            result = await client.humanresources.hcmlink.employee.set(company="example", data=[{"employee": "example", "person": "example", "data": {"firstName": "Anna", "lastName": "Smith"}}])  # AsyncBitrix24
        """
        return cast(
            "HumanresourcesHcmlinkEmployeeSetResult",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_EMPLOYEE_SET,
                {"company": company, "data": data, "job": job},
            ),
        )


class BatchHumanresourcesHcmlinkEmployee(Namespace):
    """Methods under ``humanresources.hcmlink.employee`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        company: str | Ref,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        updated_at: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_HumanresourcesHcmlinkEmployee]]:
        """List the HR-system employees of a company matched to Bitrix24 users.

        Pass updatedAt to get only records changed after that moment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.employee.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.html

        Args:
            company: Code of the company in the HR system, from humanresources.hcmlink.company.list.
            limit: Entries per page, 1 to 1000; default 100.
            offset: Number of entries to skip; default 0.
            updated_at: ISO 8601 date and time; only records changed after it are returned. Wire name: ``updatedAt``.

        Returns:
            BatchCommand[list[HumanresourcesHcmlinkEmployee]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.employee.list(company="example")
        """
        return cast(
            "BatchCommand[builtins.list[_HumanresourcesHcmlinkEmployee]]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_EMPLOYEE_LIST,
                {
                    "company": company,
                    "limit": limit,
                    "offset": offset,
                    "updatedAt": updated_at,
                },
            ),
        )

    def set(
        self,
        *,
        company: str | Ref,
        data: Sequence[HumanresourcesHcmlinkEmployeeSetData] | Ref,
        job: HumanresourcesHcmlinkEmployeeSetJob | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[HumanresourcesHcmlinkEmployeeSetResult]:
        """Send employees from the HR system to HCM Link so they can be matched with Bitrix24 users.

        When answering the OnHumanResourcesHcmLinkEmployeeListRequested event, pass job with the jobId from the event to report progress.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.employee.set``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-employee-set.html

        Args:
            company: Code of the company in the HR system, from humanresources.hcmlink.company.list.
            data: Employees from the HR system; each needs at least one non-empty value.
            job: Progress of the synchronisation job that asked for this data; pass it when replying to the job's event.

        Returns:
            BatchCommand[HumanresourcesHcmlinkEmployeeSetResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.employee.set(company="example", data=[{"employee": "example", "person": "example", "data": {"firstName": "Anna", "lastName": "Smith"}}])
        """
        return cast(
            "BatchCommand[HumanresourcesHcmlinkEmployeeSetResult]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_EMPLOYEE_SET,
                {"company": company, "data": data, "job": job},
            ),
        )


class HumanresourcesHcmlinkField(Namespace):
    """Methods under ``humanresources.hcmlink.field``."""

    __slots__ = ()

    @property
    def value(self) -> HumanresourcesHcmlinkFieldValue:
        """Methods under ``humanresources.hcmlink.field.value``."""
        return HumanresourcesHcmlinkFieldValue(self._backend)


class AsyncHumanresourcesHcmlinkField(Namespace):
    """Methods under ``humanresources.hcmlink.field`` (async)."""

    __slots__ = ()

    @property
    def value(self) -> AsyncHumanresourcesHcmlinkFieldValue:
        """Methods under ``humanresources.hcmlink.field.value``."""
        return AsyncHumanresourcesHcmlinkFieldValue(self._backend)


class BatchHumanresourcesHcmlinkField(Namespace):
    """Methods under ``humanresources.hcmlink.field`` (queued into a batch)."""

    __slots__ = ()

    @property
    def value(self) -> BatchHumanresourcesHcmlinkFieldValue:
        """Methods under ``humanresources.hcmlink.field.value``."""
        return BatchHumanresourcesHcmlinkFieldValue(self._backend)


class HumanresourcesHcmlinkFieldValue(Namespace):
    """Methods under ``humanresources.hcmlink.field.value``."""

    __slots__ = ()

    def set(
        self,
        *,
        company: str,
        data: Sequence[HumanresourcesHcmlinkFieldValueSetData],
        job: HumanresourcesHcmlinkFieldValueSetJob | NotGiven = NOT_GIVEN,
    ) -> HumanresourcesHcmlinkFieldValueSetResult:
        """Send field values for employees (such as tax numbers or document data) from the HR system.

        When answering a field-value, PIN or salary/vacation request event, pass job with the jobId from the event to report progress.

        REST method: ``humanresources.hcmlink.field.value.set``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-field-value-set.html

        Args:
            company: Code of the company in the HR system, or ID of the CRM company.
            data: Field values, each with field, employee and value.
            job: Progress of the synchronisation job that asked for this data; pass it when replying to the job's event.

        Returns:
            HumanresourcesHcmlinkFieldValueSetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.field.value.set(company="example", data=[{"field": "example", "employee": "example", "value": "example"}])
            result = await client.humanresources.hcmlink.field.value.set(company="example", data=[{"field": "example", "employee": "example", "value": "example"}])  # AsyncBitrix24
        """
        return cast(
            "HumanresourcesHcmlinkFieldValueSetResult",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_FIELD_VALUE_SET,
                {"company": company, "data": data, "job": job},
            ),
        )


class AsyncHumanresourcesHcmlinkFieldValue(Namespace):
    """Methods under ``humanresources.hcmlink.field.value`` (async)."""

    __slots__ = ()

    async def set(
        self,
        *,
        company: str,
        data: Sequence[HumanresourcesHcmlinkFieldValueSetData],
        job: HumanresourcesHcmlinkFieldValueSetJob | NotGiven = NOT_GIVEN,
    ) -> HumanresourcesHcmlinkFieldValueSetResult:
        """Send field values for employees (such as tax numbers or document data) from the HR system.

        When answering a field-value, PIN or salary/vacation request event, pass job with the jobId from the event to report progress.

        REST method: ``humanresources.hcmlink.field.value.set``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-field-value-set.html

        Args:
            company: Code of the company in the HR system, or ID of the CRM company.
            data: Field values, each with field, employee and value.
            job: Progress of the synchronisation job that asked for this data; pass it when replying to the job's event.

        Returns:
            HumanresourcesHcmlinkFieldValueSetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.field.value.set(company="example", data=[{"field": "example", "employee": "example", "value": "example"}])
            result = await client.humanresources.hcmlink.field.value.set(company="example", data=[{"field": "example", "employee": "example", "value": "example"}])  # AsyncBitrix24
        """
        return cast(
            "HumanresourcesHcmlinkFieldValueSetResult",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_FIELD_VALUE_SET,
                {"company": company, "data": data, "job": job},
            ),
        )


class BatchHumanresourcesHcmlinkFieldValue(Namespace):
    """Methods under ``humanresources.hcmlink.field.value`` (queued into a batch)."""

    __slots__ = ()

    def set(
        self,
        *,
        company: str | Ref,
        data: Sequence[HumanresourcesHcmlinkFieldValueSetData] | Ref,
        job: HumanresourcesHcmlinkFieldValueSetJob | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[HumanresourcesHcmlinkFieldValueSetResult]:
        """Send field values for employees (such as tax numbers or document data) from the HR system.

        When answering a field-value, PIN or salary/vacation request event, pass job with the jobId from the event to report progress.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.field.value.set``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-field-value-set.html

        Args:
            company: Code of the company in the HR system, or ID of the CRM company.
            data: Field values, each with field, employee and value.
            job: Progress of the synchronisation job that asked for this data; pass it when replying to the job's event.

        Returns:
            BatchCommand[HumanresourcesHcmlinkFieldValueSetResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.field.value.set(company="example", data=[{"field": "example", "employee": "example", "value": "example"}])
        """
        return cast(
            "BatchCommand[HumanresourcesHcmlinkFieldValueSetResult]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_FIELD_VALUE_SET,
                {"company": company, "data": data, "job": job},
            ),
        )


class HumanresourcesHcmlinkJob(Namespace):
    """Methods under ``humanresources.hcmlink.job``."""

    __slots__ = ()

    @property
    def status(self) -> HumanresourcesHcmlinkJobStatus:
        """Methods under ``humanresources.hcmlink.job.status``."""
        return HumanresourcesHcmlinkJobStatus(self._backend)

    def update(
        self, *, id: int, fields: HumanresourcesHcmlinkJobUpdateFields
    ) -> bool | HumanresourcesHcmlinkJobUpdateResult:
        """Report progress or a new status for an HCM Link synchronisation job.

        REST method: ``humanresources.hcmlink.job.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-update.html

        Args:
            id: ID of the synchronisation job, from the jobId field of the HCM Link event.
            fields: New values for the job.

        Returns:
            bool | HumanresourcesHcmlinkJobUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.job.update(id=1, fields={"status": "IN_PROGRESS"})
            result = await client.humanresources.hcmlink.job.update(id=1, fields={"status": "IN_PROGRESS"})  # AsyncBitrix24
        """
        return cast(
            "bool | HumanresourcesHcmlinkJobUpdateResult",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_JOB_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncHumanresourcesHcmlinkJob(Namespace):
    """Methods under ``humanresources.hcmlink.job`` (async)."""

    __slots__ = ()

    @property
    def status(self) -> AsyncHumanresourcesHcmlinkJobStatus:
        """Methods under ``humanresources.hcmlink.job.status``."""
        return AsyncHumanresourcesHcmlinkJobStatus(self._backend)

    async def update(
        self, *, id: int, fields: HumanresourcesHcmlinkJobUpdateFields
    ) -> bool | HumanresourcesHcmlinkJobUpdateResult:
        """Report progress or a new status for an HCM Link synchronisation job.

        REST method: ``humanresources.hcmlink.job.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-update.html

        Args:
            id: ID of the synchronisation job, from the jobId field of the HCM Link event.
            fields: New values for the job.

        Returns:
            bool | HumanresourcesHcmlinkJobUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.job.update(id=1, fields={"status": "IN_PROGRESS"})
            result = await client.humanresources.hcmlink.job.update(id=1, fields={"status": "IN_PROGRESS"})  # AsyncBitrix24
        """
        return cast(
            "bool | HumanresourcesHcmlinkJobUpdateResult",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_JOB_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchHumanresourcesHcmlinkJob(Namespace):
    """Methods under ``humanresources.hcmlink.job`` (queued into a batch)."""

    __slots__ = ()

    @property
    def status(self) -> BatchHumanresourcesHcmlinkJobStatus:
        """Methods under ``humanresources.hcmlink.job.status``."""
        return BatchHumanresourcesHcmlinkJobStatus(self._backend)

    def update(
        self, *, id: int | Ref, fields: HumanresourcesHcmlinkJobUpdateFields | Ref
    ) -> BatchCommand[bool | HumanresourcesHcmlinkJobUpdateResult]:
        """Report progress or a new status for an HCM Link synchronisation job.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.job.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-update.html

        Args:
            id: ID of the synchronisation job, from the jobId field of the HCM Link event.
            fields: New values for the job.

        Returns:
            BatchCommand[bool | HumanresourcesHcmlinkJobUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.job.update(id=1, fields={"status": "IN_PROGRESS"})
        """
        return cast(
            "BatchCommand[bool | HumanresourcesHcmlinkJobUpdateResult]",
            self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_JOB_UPDATE, {"id": id, "fields": fields}
            ),
        )


class HumanresourcesHcmlinkJobStatus(Namespace):
    """Methods under ``humanresources.hcmlink.job.status``."""

    __slots__ = ()

    def get(self, *, id: int) -> _HumanresourcesHcmlinkJobStatus:
        """Check whether an HCM Link synchronisation job is still running.

        REST method: ``humanresources.hcmlink.job.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-status-get.html

        Args:
            id: ID of the synchronisation job, from the jobId field of the HCM Link event.

        Returns:
            HumanresourcesHcmlinkJobStatus

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.job.status.get(id=1)
            result = await client.humanresources.hcmlink.job.status.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_HumanresourcesHcmlinkJobStatus",
            self._backend._invoke(_HUMANRESOURCES_HCMLINK_JOB_STATUS_GET, {"id": id}),
        )


class AsyncHumanresourcesHcmlinkJobStatus(Namespace):
    """Methods under ``humanresources.hcmlink.job.status`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> _HumanresourcesHcmlinkJobStatus:
        """Check whether an HCM Link synchronisation job is still running.

        REST method: ``humanresources.hcmlink.job.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-status-get.html

        Args:
            id: ID of the synchronisation job, from the jobId field of the HCM Link event.

        Returns:
            HumanresourcesHcmlinkJobStatus

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.humanresources.hcmlink.job.status.get(id=1)
            result = await client.humanresources.hcmlink.job.status.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_HumanresourcesHcmlinkJobStatus",
            await self._backend._invoke(
                _HUMANRESOURCES_HCMLINK_JOB_STATUS_GET, {"id": id}
            ),
        )


class BatchHumanresourcesHcmlinkJobStatus(Namespace):
    """Methods under ``humanresources.hcmlink.job.status`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[_HumanresourcesHcmlinkJobStatus]:
        """Check whether an HCM Link synchronisation job is still running.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``humanresources.hcmlink.job.status.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/hcm-link/humanresources-hcmlink-job-status-get.html

        Args:
            id: ID of the synchronisation job, from the jobId field of the HCM Link event.

        Returns:
            BatchCommand[HumanresourcesHcmlinkJobStatus]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.humanresources.hcmlink.job.status.get(id=1)
        """
        return cast(
            "BatchCommand[_HumanresourcesHcmlinkJobStatus]",
            self._backend._invoke(_HUMANRESOURCES_HCMLINK_JOB_STATUS_GET, {"id": id}),
        )
