"""Methods under ``crm.category``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.crm import (
        CrmCategory as _CrmCategory,
        CrmCategoryAddFields,
        CrmCategoryAddResult,
        CrmCategoryFieldsResult,
        CrmCategoryGetResult,
        CrmCategoryUpdateFields,
        CrmCategoryUpdateResult,
    )

_CRM_CATEGORY_ADD = MethodInfo(
    name="crm.category.add", idempotent=False, returns="any", api=1
)
_CRM_CATEGORY_DELETE = MethodInfo(
    name="crm.category.delete", idempotent=False, returns="any", api=1
)
_CRM_CATEGORY_FIELDS = MethodInfo(
    name="crm.category.fields", idempotent=True, returns="any", api=1
)
_CRM_CATEGORY_GET = MethodInfo(
    name="crm.category.get", idempotent=True, returns="any", api=1
)
_CRM_CATEGORY_LIST = MethodInfo(
    name="crm.category.list", idempotent=True, returns="any", api=1
)
_CRM_CATEGORY_UPDATE = MethodInfo(
    name="crm.category.update", idempotent=False, returns="any", api=1
)


class CrmCategory(Namespace):
    """Methods under ``crm.category``."""

    __slots__ = ()

    def add(
        self, *, entity_type_id: int, fields: CrmCategoryAddFields
    ) -> CrmCategoryAddResult:
        """Create a pipeline for deals or a smart process type.

        Requires administrator access to CRM. Passing isDefault "Y" for a smart process makes the new pipeline the default one.

        REST method: ``crm.category.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-add.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            fields: Values of the pipeline.

        Returns:
            CrmCategoryAddResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.add(entity_type_id=1, fields={"name": "Anna"})
            result = await client.crm.category.add(entity_type_id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryAddResult",
            self._backend._invoke(
                _CRM_CATEGORY_ADD, {"entityTypeId": entity_type_id, "fields": fields}
            ),
        )

    def delete(self, *, entity_type_id: int, id: int) -> Any:
        """Remove a pipeline of deals or a smart process type.

        The default pipeline cannot be deleted.

        REST method: ``crm.category.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-delete.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.delete(entity_type_id=1, id=1)
            result = await client.crm.category.delete(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _CRM_CATEGORY_DELETE, {"entityTypeId": entity_type_id, "id": id}
        )

    def fields(self, *, entity_type_id: int) -> CrmCategoryFieldsResult:
        """Describe the fields of a pipeline for a given CRM object type.

        REST method: ``crm.category.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-fields.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.

        Returns:
            CrmCategoryFieldsResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.category.fields(entity_type_id=1)
            result = await client.crm.category.fields(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryFieldsResult",
            self._backend._invoke(
                _CRM_CATEGORY_FIELDS, {"entityTypeId": entity_type_id}
            ),
        )

    def get(self, *, entity_type_id: int, id: int) -> CrmCategoryGetResult:
        """Read one pipeline of a CRM object type by ID.

        REST method: ``crm.category.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-get.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.

        Returns:
            CrmCategoryGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.get(entity_type_id=1, id=1)
            result = await client.crm.category.get(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryGetResult",
            self._backend._invoke(
                _CRM_CATEGORY_GET, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    def list(
        self, *, entity_type_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> Page[_CrmCategory]:
        """List the pipelines of deals or a smart process type.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.category.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-list.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            Page[CrmCategory]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.category.list(entity_type_id=1)
            result = await client.crm.category.list(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[_CrmCategory]",
            self._backend._invoke_page(
                _CRM_CATEGORY_LIST, {"entityTypeId": entity_type_id, "start": start}
            ),
        )

    def update(
        self, *, entity_type_id: int, id: int, fields: CrmCategoryUpdateFields
    ) -> CrmCategoryUpdateResult:
        """Rename, reorder or make default a pipeline.

        In deals isDefault cannot be changed. In smart processes the default pipeline cannot be made non-default directly; setting isDefault "Y" on another pipeline moves the flag.

        REST method: ``crm.category.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-update.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.
            fields: Values of the pipeline.

        Returns:
            CrmCategoryUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.update(entity_type_id=1, id=1, fields={"name": "Anna", "sort": 1})
            result = await client.crm.category.update(entity_type_id=1, id=1, fields={"name": "Anna", "sort": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryUpdateResult",
            self._backend._invoke(
                _CRM_CATEGORY_UPDATE,
                {"entityTypeId": entity_type_id, "id": id, "fields": fields},
            ),
        )


class AsyncCrmCategory(Namespace):
    """Methods under ``crm.category`` (async)."""

    __slots__ = ()

    async def add(
        self, *, entity_type_id: int, fields: CrmCategoryAddFields
    ) -> CrmCategoryAddResult:
        """Create a pipeline for deals or a smart process type.

        Requires administrator access to CRM. Passing isDefault "Y" for a smart process makes the new pipeline the default one.

        REST method: ``crm.category.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-add.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            fields: Values of the pipeline.

        Returns:
            CrmCategoryAddResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.add(entity_type_id=1, fields={"name": "Anna"})
            result = await client.crm.category.add(entity_type_id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryAddResult",
            await self._backend._invoke(
                _CRM_CATEGORY_ADD, {"entityTypeId": entity_type_id, "fields": fields}
            ),
        )

    async def delete(self, *, entity_type_id: int, id: int) -> Any:
        """Remove a pipeline of deals or a smart process type.

        The default pipeline cannot be deleted.

        REST method: ``crm.category.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-delete.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.

        Returns:
            Any

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.delete(entity_type_id=1, id=1)
            result = await client.crm.category.delete(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _CRM_CATEGORY_DELETE, {"entityTypeId": entity_type_id, "id": id}
        )

    async def fields(self, *, entity_type_id: int) -> CrmCategoryFieldsResult:
        """Describe the fields of a pipeline for a given CRM object type.

        REST method: ``crm.category.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-fields.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.

        Returns:
            CrmCategoryFieldsResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.category.fields(entity_type_id=1)
            result = await client.crm.category.fields(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryFieldsResult",
            await self._backend._invoke(
                _CRM_CATEGORY_FIELDS, {"entityTypeId": entity_type_id}
            ),
        )

    async def get(self, *, entity_type_id: int, id: int) -> CrmCategoryGetResult:
        """Read one pipeline of a CRM object type by ID.

        REST method: ``crm.category.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-get.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.

        Returns:
            CrmCategoryGetResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.get(entity_type_id=1, id=1)
            result = await client.crm.category.get(entity_type_id=1, id=1)  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryGetResult",
            await self._backend._invoke(
                _CRM_CATEGORY_GET, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    async def list(
        self, *, entity_type_id: int, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_CrmCategory]:
        """List the pipelines of deals or a smart process type.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``crm.category.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-list.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            AsyncPage[CrmCategory]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.crm.category.list(entity_type_id=1)
            result = await client.crm.category.list(entity_type_id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CrmCategory]",
            await self._backend._invoke_page(
                _CRM_CATEGORY_LIST, {"entityTypeId": entity_type_id, "start": start}
            ),
        )

    async def update(
        self, *, entity_type_id: int, id: int, fields: CrmCategoryUpdateFields
    ) -> CrmCategoryUpdateResult:
        """Rename, reorder or make default a pipeline.

        In deals isDefault cannot be changed. In smart processes the default pipeline cannot be made non-default directly; setting isDefault "Y" on another pipeline moves the flag.

        REST method: ``crm.category.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-update.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.
            fields: Values of the pipeline.

        Returns:
            CrmCategoryUpdateResult

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.crm.category.update(entity_type_id=1, id=1, fields={"name": "Anna", "sort": 1})
            result = await client.crm.category.update(entity_type_id=1, id=1, fields={"name": "Anna", "sort": 1})  # AsyncBitrix24
        """
        return cast(
            "CrmCategoryUpdateResult",
            await self._backend._invoke(
                _CRM_CATEGORY_UPDATE,
                {"entityTypeId": entity_type_id, "id": id, "fields": fields},
            ),
        )


class BatchCrmCategory(Namespace):
    """Methods under ``crm.category`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, entity_type_id: int | Ref, fields: CrmCategoryAddFields | Ref
    ) -> BatchCommand[CrmCategoryAddResult]:
        """Create a pipeline for deals or a smart process type.

        Requires administrator access to CRM. Passing isDefault "Y" for a smart process makes the new pipeline the default one.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.category.add``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-add.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            fields: Values of the pipeline.

        Returns:
            BatchCommand[CrmCategoryAddResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.category.add(entity_type_id=1, fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[CrmCategoryAddResult]",
            self._backend._invoke(
                _CRM_CATEGORY_ADD, {"entityTypeId": entity_type_id, "fields": fields}
            ),
        )

    def delete(self, *, entity_type_id: int | Ref, id: int | Ref) -> BatchCommand[Any]:
        """Remove a pipeline of deals or a smart process type.

        The default pipeline cannot be deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.category.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-delete.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.

        Returns:
            BatchCommand[Any]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.category.delete(entity_type_id=1, id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _CRM_CATEGORY_DELETE, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    def fields(
        self, *, entity_type_id: int | Ref
    ) -> BatchCommand[CrmCategoryFieldsResult]:
        """Describe the fields of a pipeline for a given CRM object type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.category.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-fields.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.

        Returns:
            BatchCommand[CrmCategoryFieldsResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.crm.category.fields(entity_type_id=1)
        """
        return cast(
            "BatchCommand[CrmCategoryFieldsResult]",
            self._backend._invoke(
                _CRM_CATEGORY_FIELDS, {"entityTypeId": entity_type_id}
            ),
        )

    def get(
        self, *, entity_type_id: int | Ref, id: int | Ref
    ) -> BatchCommand[CrmCategoryGetResult]:
        """Read one pipeline of a CRM object type by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.category.get``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-get.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.

        Returns:
            BatchCommand[CrmCategoryGetResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.category.get(entity_type_id=1, id=1)
        """
        return cast(
            "BatchCommand[CrmCategoryGetResult]",
            self._backend._invoke(
                _CRM_CATEGORY_GET, {"entityTypeId": entity_type_id, "id": id}
            ),
        )

    def list(
        self, *, entity_type_id: int | Ref, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_CrmCategory]]:
        """List the pipelines of deals or a smart process type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.category.list``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-list.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            start: Paging offset: pass the `next` value of the previous response.

        Returns:
            BatchCommand[list[CrmCategory]]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.crm.category.list(entity_type_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[_CrmCategory]]",
            self._backend._invoke_page(
                _CRM_CATEGORY_LIST, {"entityTypeId": entity_type_id, "start": start}
            ),
        )

    def update(
        self,
        *,
        entity_type_id: int | Ref,
        id: int | Ref,
        fields: CrmCategoryUpdateFields | Ref,
    ) -> BatchCommand[CrmCategoryUpdateResult]:
        """Rename, reorder or make default a pipeline.

        In deals isDefault cannot be changed. In smart processes the default pipeline cannot be made non-default directly; setting isDefault "Y" on another pipeline moves the flag.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``crm.category.update``
        Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-update.html

        Args:
            entity_type_id: CRM object type that owns the pipelines: 2 for deals or a smart process entityTypeId. Wire name: ``entityTypeId``.
            id: ID of the pipeline.
            fields: Values of the pipeline.

        Returns:
            BatchCommand[CrmCategoryUpdateResult]

        Raises:
            NotFoundError: the portal answers ``NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.crm.category.update(entity_type_id=1, id=1, fields={"name": "Anna", "sort": 1})
        """
        return cast(
            "BatchCommand[CrmCategoryUpdateResult]",
            self._backend._invoke(
                _CRM_CATEGORY_UPDATE,
                {"entityTypeId": entity_type_id, "id": id, "fields": fields},
            ),
        )
