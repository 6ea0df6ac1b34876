"""Methods under ``documentgenerator.role``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.documentgenerator import (
        DocumentgeneratorRole as _DocumentgeneratorRole,
        DocumentgeneratorRoleAddFields,
        DocumentgeneratorRoleAddResult,
        DocumentgeneratorRoleFillaccessesAccesses,
        DocumentgeneratorRoleGetResult,
        DocumentgeneratorRoleUpdateFields,
        DocumentgeneratorRoleUpdateResult,
    )

_DOCUMENTGENERATOR_ROLE_ADD = MethodInfo(
    name="documentgenerator.role.add", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_ROLE_DELETE = MethodInfo(
    name="documentgenerator.role.delete", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_ROLE_FILLACCESSES = MethodInfo(
    name="documentgenerator.role.fillaccesses", idempotent=False, returns="any", api=1
)
_DOCUMENTGENERATOR_ROLE_GET = MethodInfo(
    name="documentgenerator.role.get", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_ROLE_LIST = MethodInfo(
    name="documentgenerator.role.list", idempotent=True, returns="any", api=1
)
_DOCUMENTGENERATOR_ROLE_UPDATE = MethodInfo(
    name="documentgenerator.role.update", idempotent=False, returns="any", api=1
)


class DocumentgeneratorRole(Namespace):
    """Methods under ``documentgenerator.role``."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorRoleAddFields
    ) -> DocumentgeneratorRoleAddResult:
        """Create an access role for the document generator with rights on settings, templates and documents.

        REST method: ``documentgenerator.role.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-add.html

        Args:
            fields: Role data.

        Returns:
            DocumentgeneratorRoleAddResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.add(fields={"name": "Anna"})
            result = await client.documentgenerator.role.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRoleAddResult",
            self._backend._invoke(_DOCUMENTGENERATOR_ROLE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> Any:
        """Remove a document generator access role.

        REST method: ``documentgenerator.role.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-delete.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.delete(id=1)
            result = await client.documentgenerator.role.delete(id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(_DOCUMENTGENERATOR_ROLE_DELETE, {"id": id})

    def fillaccesses(
        self,
        *,
        accesses: (
            Sequence[DocumentgeneratorRoleFillaccessesAccesses] | NotGiven
        ) = NOT_GIVEN,
    ) -> Any:
        """Assign document generator roles to users, groups and departments.

        The whole role-to-access-code map is replaced by what you pass; assignments left out are removed.

        REST method: ``documentgenerator.role.fillaccesses``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-fill-accesses.html

        Args:
            accesses: Role assignments, each a roleId with an accessCode.

        Returns:
            Any

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.fillaccesses()
            result = await client.documentgenerator.role.fillaccesses()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _DOCUMENTGENERATOR_ROLE_FILLACCESSES, {"accesses": accesses}
        )

    def get(self, *, id: int) -> DocumentgeneratorRoleGetResult:
        """Read one document generator access role with its rights.

        REST method: ``documentgenerator.role.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-get.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.

        Returns:
            DocumentgeneratorRoleGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.get(id=1)
            result = await client.documentgenerator.role.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRoleGetResult",
            self._backend._invoke(_DOCUMENTGENERATOR_ROLE_GET, {"id": id}),
        )

    def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> Page[_DocumentgeneratorRole]:
        """List the document generator access roles.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``documentgenerator.role.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-list.html

        Args:
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DocumentgeneratorRole]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.list()
            result = await client.documentgenerator.role.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_DocumentgeneratorRole]",
            self._backend._invoke_page(_DOCUMENTGENERATOR_ROLE_LIST, {"start": start}),
        )

    def update(
        self, *, id: int, fields: DocumentgeneratorRoleUpdateFields
    ) -> DocumentgeneratorRoleUpdateResult:
        """Change the name, code or rights of a document generator role.

        REST method: ``documentgenerator.role.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-update.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.
            fields: Role data.

        Returns:
            DocumentgeneratorRoleUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.update(id=1, fields={"name": "Anna", "code": "example_code"})
            result = await client.documentgenerator.role.update(id=1, fields={"name": "Anna", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRoleUpdateResult",
            self._backend._invoke(
                _DOCUMENTGENERATOR_ROLE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncDocumentgeneratorRole(Namespace):
    """Methods under ``documentgenerator.role`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: DocumentgeneratorRoleAddFields
    ) -> DocumentgeneratorRoleAddResult:
        """Create an access role for the document generator with rights on settings, templates and documents.

        REST method: ``documentgenerator.role.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-add.html

        Args:
            fields: Role data.

        Returns:
            DocumentgeneratorRoleAddResult

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.add(fields={"name": "Anna"})
            result = await client.documentgenerator.role.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRoleAddResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_ROLE_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> Any:
        """Remove a document generator access role.

        REST method: ``documentgenerator.role.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-delete.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.

        Returns:
            Any

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.delete(id=1)
            result = await client.documentgenerator.role.delete(id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(_DOCUMENTGENERATOR_ROLE_DELETE, {"id": id})

    async def fillaccesses(
        self,
        *,
        accesses: (
            Sequence[DocumentgeneratorRoleFillaccessesAccesses] | NotGiven
        ) = NOT_GIVEN,
    ) -> Any:
        """Assign document generator roles to users, groups and departments.

        The whole role-to-access-code map is replaced by what you pass; assignments left out are removed.

        REST method: ``documentgenerator.role.fillaccesses``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-fill-accesses.html

        Args:
            accesses: Role assignments, each a roleId with an accessCode.

        Returns:
            Any

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.fillaccesses()
            result = await client.documentgenerator.role.fillaccesses()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _DOCUMENTGENERATOR_ROLE_FILLACCESSES, {"accesses": accesses}
        )

    async def get(self, *, id: int) -> DocumentgeneratorRoleGetResult:
        """Read one document generator access role with its rights.

        REST method: ``documentgenerator.role.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-get.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.

        Returns:
            DocumentgeneratorRoleGetResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.get(id=1)
            result = await client.documentgenerator.role.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRoleGetResult",
            await self._backend._invoke(_DOCUMENTGENERATOR_ROLE_GET, {"id": id}),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_DocumentgeneratorRole]:
        """List the document generator access roles.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``documentgenerator.role.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-list.html

        Args:
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DocumentgeneratorRole]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.list()
            result = await client.documentgenerator.role.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_DocumentgeneratorRole]",
            await self._backend._invoke_page(
                _DOCUMENTGENERATOR_ROLE_LIST, {"start": start}
            ),
        )

    async def update(
        self, *, id: int, fields: DocumentgeneratorRoleUpdateFields
    ) -> DocumentgeneratorRoleUpdateResult:
        """Change the name, code or rights of a document generator role.

        REST method: ``documentgenerator.role.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-update.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.
            fields: Role data.

        Returns:
            DocumentgeneratorRoleUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            result = client.documentgenerator.role.update(id=1, fields={"name": "Anna", "code": "example_code"})
            result = await client.documentgenerator.role.update(id=1, fields={"name": "Anna", "code": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "DocumentgeneratorRoleUpdateResult",
            await self._backend._invoke(
                _DOCUMENTGENERATOR_ROLE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchDocumentgeneratorRole(Namespace):
    """Methods under ``documentgenerator.role`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: DocumentgeneratorRoleAddFields | Ref
    ) -> BatchCommand[DocumentgeneratorRoleAddResult]:
        """Create an access role for the document generator with rights on settings, templates and documents.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.role.add``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-add.html

        Args:
            fields: Role data.

        Returns:
            BatchCommand[DocumentgeneratorRoleAddResult]

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.role.add(fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorRoleAddResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_ROLE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[Any]:
        """Remove a document generator access role.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.role.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-delete.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.

        Returns:
            BatchCommand[Any]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.role.delete(id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_DOCUMENTGENERATOR_ROLE_DELETE, {"id": id}),
        )

    def fillaccesses(
        self,
        *,
        accesses: (
            Sequence[DocumentgeneratorRoleFillaccessesAccesses] | Ref | NotGiven
        ) = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Assign document generator roles to users, groups and departments.

        The whole role-to-access-code map is replaced by what you pass; assignments left out are removed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.role.fillaccesses``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-fill-accesses.html

        Args:
            accesses: Role assignments, each a roleId with an accessCode.

        Returns:
            BatchCommand[Any]

        Raises:
            BadRequestError: the portal answers ``BX_EMPTY_REQUIRED``.
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.role.fillaccesses()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_ROLE_FILLACCESSES, {"accesses": accesses}
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[DocumentgeneratorRoleGetResult]:
        """Read one document generator access role with its rights.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.role.get``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-get.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.

        Returns:
            BatchCommand[DocumentgeneratorRoleGetResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.role.get(id=1)
        """
        return cast(
            "BatchCommand[DocumentgeneratorRoleGetResult]",
            self._backend._invoke(_DOCUMENTGENERATOR_ROLE_GET, {"id": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_DocumentgeneratorRole]]:
        """List the document generator access roles.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.role.list``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-list.html

        Args:
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DocumentgeneratorRole]]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.role.list()
        """
        return cast(
            "BatchCommand[builtins.list[_DocumentgeneratorRole]]",
            self._backend._invoke_page(_DOCUMENTGENERATOR_ROLE_LIST, {"start": start}),
        )

    def update(
        self, *, id: int | Ref, fields: DocumentgeneratorRoleUpdateFields | Ref
    ) -> BatchCommand[DocumentgeneratorRoleUpdateResult]:
        """Change the name, code or rights of a document generator role.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``documentgenerator.role.update``
        Docs: https://apidocs.bitrix24.com/api-reference/document-generator/role/document-generator-role-update.html

        Args:
            id: ID of the role, from documentgenerator.role.add or documentgenerator.role.list.
            fields: Role data.

        Returns:
            BatchCommand[DocumentgeneratorRoleUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``DOCGEN_ACCESS_ERROR``.

        Example:
            command = batch.documentgenerator.role.update(id=1, fields={"name": "Anna", "code": "example_code"})
        """
        return cast(
            "BatchCommand[DocumentgeneratorRoleUpdateResult]",
            self._backend._invoke(
                _DOCUMENTGENERATOR_ROLE_UPDATE, {"id": id, "fields": fields}
            ),
        )
