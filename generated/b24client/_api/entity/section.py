"""Methods under ``entity.section``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.entity import EntitySection as _EntitySection

_ENTITY_SECTION_ADD = MethodInfo(
    name="entity.section.add", idempotent=False, returns="integer", api=1
)
_ENTITY_SECTION_DELETE = MethodInfo(
    name="entity.section.delete", idempotent=False, returns="boolean", api=1
)
_ENTITY_SECTION_GET = MethodInfo(
    name="entity.section.get", idempotent=True, returns="any", api=1
)
_ENTITY_SECTION_UPDATE = MethodInfo(
    name="entity.section.update", idempotent=False, returns="boolean", api=1
)


class EntitySection(Namespace):
    """Methods under ``entity.section``."""

    __slots__ = ()

    def add(
        self,
        *,
        entity: str,
        name: str,
        section: int | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a section (folder) in an application data storage and return its ID.

        Works only in application context. Requires the "W" or "X" right. Custom UF_* fields go as separate top-level parameters.

        REST method: ``entity.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: Section name. Wire name: ``NAME``.
            section: ID of the parent section. Wire name: ``SECTION``.
            active: \"Y" active, "N" inactive. Wire name: ``ACTIVE``.
            sort: Sort index of the section. Wire name: ``SORT``.
            code: Symbolic code of the section. Wire name: ``CODE``.
            description: Section description. Wire name: ``DESCRIPTION``.
            picture: Section image, in the REST file format. Wire name: ``PICTURE``.
            detail_picture: Detail image of the section, in the REST file format. Wire name: ``DETAIL_PICTURE``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.section.add(entity="example", name="Anna")
            result = await client.entity.section.add(entity="example", name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _ENTITY_SECTION_ADD,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "SECTION": section,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "CODE": code,
                    "DESCRIPTION": description,
                    "PICTURE": picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )

    def delete(self, *, entity: str, id: int) -> bool:
        """Delete a section from an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the section to delete. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.section.delete(entity="example", id=1)
            result = await client.entity.section.delete(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_ENTITY_SECTION_DELETE, {"ENTITY": entity, "ID": id}),
        )

    def get(
        self,
        *,
        entity: str,
        sort: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_EntitySection]:
        """List sections of an application data storage, with filter and sort.

        Works only in application context. Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``entity.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            sort: Sort order as {"FIELD": "ASC"|"DESC"}; default {"ID": "ASC"}. Wire name: ``SORT``.
            filter: Filter on section fields; a "?" key prefix checks null / not null. Wire name: ``FILTER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            Page[EntitySection]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.entity.section.get(entity="example")
            result = await client.entity.section.get(entity="example")  # AsyncBitrix24
        """
        return cast(
            "Page[_EntitySection]",
            self._backend._invoke_page(
                _ENTITY_SECTION_GET,
                {"ENTITY": entity, "SORT": sort, "FILTER": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        entity: str,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        uf_color: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename, move or change a section of an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the section to change. Wire name: ``ID``.
            name: Section name. Wire name: ``NAME``.
            section: ID of the parent section. Wire name: ``SECTION``.
            active: \"Y" active, "N" inactive. Wire name: ``ACTIVE``.
            sort: Sort index of the section. Wire name: ``SORT``.
            code: Symbolic code of the section. Wire name: ``CODE``.
            description: Section description. Wire name: ``DESCRIPTION``.
            picture: Section image, in the REST file format. Wire name: ``PICTURE``.
            detail_picture: Detail image of the section, in the REST file format. Wire name: ``DETAIL_PICTURE``.
            uf_color: Example custom section field UF_COLOR, such as "#ff6600"; any UF_* field is passed the same way. Wire name: ``UF_COLOR``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.section.update(entity="example", id=1)
            result = await client.entity.section.update(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _ENTITY_SECTION_UPDATE,
                {
                    "ENTITY": entity,
                    "ID": id,
                    "NAME": name,
                    "SECTION": section,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "CODE": code,
                    "DESCRIPTION": description,
                    "PICTURE": picture,
                    "DETAIL_PICTURE": detail_picture,
                    "UF_COLOR": uf_color,
                },
            ),
        )


class AsyncEntitySection(Namespace):
    """Methods under ``entity.section`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        entity: str,
        name: str,
        section: int | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a section (folder) in an application data storage and return its ID.

        Works only in application context. Requires the "W" or "X" right. Custom UF_* fields go as separate top-level parameters.

        REST method: ``entity.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: Section name. Wire name: ``NAME``.
            section: ID of the parent section. Wire name: ``SECTION``.
            active: \"Y" active, "N" inactive. Wire name: ``ACTIVE``.
            sort: Sort index of the section. Wire name: ``SORT``.
            code: Symbolic code of the section. Wire name: ``CODE``.
            description: Section description. Wire name: ``DESCRIPTION``.
            picture: Section image, in the REST file format. Wire name: ``PICTURE``.
            detail_picture: Detail image of the section, in the REST file format. Wire name: ``DETAIL_PICTURE``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.section.add(entity="example", name="Anna")
            result = await client.entity.section.add(entity="example", name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _ENTITY_SECTION_ADD,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "SECTION": section,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "CODE": code,
                    "DESCRIPTION": description,
                    "PICTURE": picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )

    async def delete(self, *, entity: str, id: int) -> bool:
        """Delete a section from an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the section to delete. Wire name: ``ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.section.delete(entity="example", id=1)
            result = await client.entity.section.delete(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_SECTION_DELETE, {"ENTITY": entity, "ID": id}
            ),
        )

    async def get(
        self,
        *,
        entity: str,
        sort: dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_EntitySection]:
        """List sections of an application data storage, with filter and sort.

        Works only in application context. Pages hold 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``entity.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            sort: Sort order as {"FIELD": "ASC"|"DESC"}; default {"ID": "ASC"}. Wire name: ``SORT``.
            filter: Filter on section fields; a "?" key prefix checks null / not null. Wire name: ``FILTER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            AsyncPage[EntitySection]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.entity.section.get(entity="example")
            result = await client.entity.section.get(entity="example")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_EntitySection]",
            await self._backend._invoke_page(
                _ENTITY_SECTION_GET,
                {"ENTITY": entity, "SORT": sort, "FILTER": filter, "start": start},
            ),
        )

    async def update(
        self,
        *,
        entity: str,
        id: int,
        name: str | NotGiven = NOT_GIVEN,
        section: int | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | NotGiven = NOT_GIVEN,
        uf_color: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename, move or change a section of an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        REST method: ``entity.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the section to change. Wire name: ``ID``.
            name: Section name. Wire name: ``NAME``.
            section: ID of the parent section. Wire name: ``SECTION``.
            active: \"Y" active, "N" inactive. Wire name: ``ACTIVE``.
            sort: Sort index of the section. Wire name: ``SORT``.
            code: Symbolic code of the section. Wire name: ``CODE``.
            description: Section description. Wire name: ``DESCRIPTION``.
            picture: Section image, in the REST file format. Wire name: ``PICTURE``.
            detail_picture: Detail image of the section, in the REST file format. Wire name: ``DETAIL_PICTURE``.
            uf_color: Example custom section field UF_COLOR, such as "#ff6600"; any UF_* field is passed the same way. Wire name: ``UF_COLOR``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.entity.section.update(entity="example", id=1)
            result = await client.entity.section.update(entity="example", id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _ENTITY_SECTION_UPDATE,
                {
                    "ENTITY": entity,
                    "ID": id,
                    "NAME": name,
                    "SECTION": section,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "CODE": code,
                    "DESCRIPTION": description,
                    "PICTURE": picture,
                    "DETAIL_PICTURE": detail_picture,
                    "UF_COLOR": uf_color,
                },
            ),
        )


class BatchEntitySection(Namespace):
    """Methods under ``entity.section`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        entity: str | Ref,
        name: str | Ref,
        section: int | Ref | NotGiven = NOT_GIVEN,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a section (folder) in an application data storage and return its ID.

        Works only in application context. Requires the "W" or "X" right. Custom UF_* fields go as separate top-level parameters.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.section.add``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-add.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            name: Section name. Wire name: ``NAME``.
            section: ID of the parent section. Wire name: ``SECTION``.
            active: \"Y" active, "N" inactive. Wire name: ``ACTIVE``.
            sort: Sort index of the section. Wire name: ``SORT``.
            code: Symbolic code of the section. Wire name: ``CODE``.
            description: Section description. Wire name: ``DESCRIPTION``.
            picture: Section image, in the REST file format. Wire name: ``PICTURE``.
            detail_picture: Detail image of the section, in the REST file format. Wire name: ``DETAIL_PICTURE``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.section.add(entity="example", name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _ENTITY_SECTION_ADD,
                {
                    "ENTITY": entity,
                    "NAME": name,
                    "SECTION": section,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "CODE": code,
                    "DESCRIPTION": description,
                    "PICTURE": picture,
                    "DETAIL_PICTURE": detail_picture,
                },
            ),
        )

    def delete(self, *, entity: str | Ref, id: int | Ref) -> BatchCommand[bool]:
        """Delete a section from an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.section.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-delete.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the section to delete. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.section.delete(entity="example", id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_ENTITY_SECTION_DELETE, {"ENTITY": entity, "ID": id}),
        )

    def get(
        self,
        *,
        entity: str | Ref,
        sort: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_EntitySection]]:
        """List sections of an application data storage, with filter and sort.

        Works only in application context. Pages hold 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.section.get``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-get.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            sort: Sort order as {"FIELD": "ASC"|"DESC"}; default {"ID": "ASC"}. Wire name: ``SORT``.
            filter: Filter on section fields; a "?" key prefix checks null / not null. Wire name: ``FILTER``.
            start: Offset of the page: (page number - 1) * 50.

        Returns:
            BatchCommand[list[EntitySection]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.entity.section.get(entity="example")
        """
        return cast(
            "BatchCommand[list[_EntitySection]]",
            self._backend._invoke_page(
                _ENTITY_SECTION_GET,
                {"ENTITY": entity, "SORT": sort, "FILTER": filter, "start": start},
            ),
        )

    def update(
        self,
        *,
        entity: str | Ref,
        id: int | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        section: int | Ref | NotGiven = NOT_GIVEN,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        detail_picture: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        uf_color: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Rename, move or change a section of an application data storage.

        Works only in application context. Requires the "W" or "X" right.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``entity.section.update``
        Docs: https://apidocs.bitrix24.com/api-reference/entity/sections/entity-section-update.html

        Args:
            entity: Code of the app data storage, as given when it was created. Wire name: ``ENTITY``.
            id: ID of the section to change. Wire name: ``ID``.
            name: Section name. Wire name: ``NAME``.
            section: ID of the parent section. Wire name: ``SECTION``.
            active: \"Y" active, "N" inactive. Wire name: ``ACTIVE``.
            sort: Sort index of the section. Wire name: ``SORT``.
            code: Symbolic code of the section. Wire name: ``CODE``.
            description: Section description. Wire name: ``DESCRIPTION``.
            picture: Section image, in the REST file format. Wire name: ``PICTURE``.
            detail_picture: Detail image of the section, in the REST file format. Wire name: ``DETAIL_PICTURE``.
            uf_color: Example custom section field UF_COLOR, such as "#ff6600"; any UF_* field is passed the same way. Wire name: ``UF_COLOR``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.entity.section.update(entity="example", id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _ENTITY_SECTION_UPDATE,
                {
                    "ENTITY": entity,
                    "ID": id,
                    "NAME": name,
                    "SECTION": section,
                    "ACTIVE": yes_no(active),
                    "SORT": sort,
                    "CODE": code,
                    "DESCRIPTION": description,
                    "PICTURE": picture,
                    "DETAIL_PICTURE": detail_picture,
                    "UF_COLOR": uf_color,
                },
            ),
        )
