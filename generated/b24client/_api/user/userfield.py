"""Methods under ``user.userfield``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.user import (
        UserUserfield as _UserUserfield,
        UserUserfieldAddFields,
        UserUserfieldUpdateFields,
    )

_USER_USERFIELD_ADD = MethodInfo(
    name="user.userfield.add", idempotent=False, returns="integer", api=1
)
_USER_USERFIELD_DELETE = MethodInfo(
    name="user.userfield.delete", idempotent=False, returns="boolean", api=1
)
_USER_USERFIELD_LIST = MethodInfo(
    name="user.userfield.list", idempotent=True, returns="any", api=1
)
_USER_USERFIELD_UPDATE = MethodInfo(
    name="user.userfield.update", idempotent=False, returns="boolean", api=1
)
_USER_USERFIELD_FILE_GET = MethodInfo(
    name="user.userfield.file.get", idempotent=True, returns="any", api=1
)


class UserUserfield(Namespace):
    """Methods under ``user.userfield``."""

    __slots__ = ()

    @property
    def file(self) -> UserUserfieldFile:
        """Methods under ``user.userfield.file``."""
        return UserUserfieldFile(self._backend)

    def add(self, *, fields: UserUserfieldAddFields) -> int:
        """Create a custom field in user profiles; returns its ID.

        The code is upper-cased and prefixed with UF_USR_, so "DEALS" becomes "UF_USR_DEALS".

        REST method: ``user.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-add.html

        Args:
            fields: Settings of the custom field.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.user.userfield.add(fields={"FIELD_NAME": "Anna", "USER_TYPE_ID": "string"})
            result = await client.user.userfield.add(fields={"FIELD_NAME": "Anna", "USER_TYPE_ID": "string"})  # AsyncBitrix24
        """
        return cast(int, self._backend._invoke(_USER_USERFIELD_ADD, {"fields": fields}))

    def delete(self, *, id: int) -> bool:
        """Remove a custom field from user profiles, with its values.

        REST method: ``user.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-delete.html

        Args:
            id: ID of the custom field, from user.userfield.list.

        Returns:
            bool

        Example:
            result = client.user.userfield.delete(id=1)
            result = await client.user.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_USER_USERFIELD_DELETE, {"id": id}))

    def list(
        self,
        *,
        order: str | Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_UserUserfield]:
        """List the custom fields of user profiles, with filter and sort order.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``user.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-list.html

        Args:
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}; fields such as ID, ENTITY_ID, FIELD_NAME, USER_TYPE_ID, XML_ID, SORT.
            filter: Conditions as {"field": value} on the same fields as order; keys may carry an operator prefix.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[UserUserfield]

        Example:
            result = client.user.userfield.list()
            result = await client.user.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_UserUserfield]",
            self._backend._invoke_page(
                _USER_USERFIELD_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    def update(
        self, *, id: int, fields: UserUserfieldUpdateFields | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the settings and labels of a custom user profile field.

        REST method: ``user.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-update.html

        Args:
            id: ID of the custom field, from user.userfield.list.
            fields: Settings of the custom field.

        Returns:
            bool

        Example:
            result = client.user.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})
            result = await client.user.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_USER_USERFIELD_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncUserUserfield(Namespace):
    """Methods under ``user.userfield`` (async)."""

    __slots__ = ()

    @property
    def file(self) -> AsyncUserUserfieldFile:
        """Methods under ``user.userfield.file``."""
        return AsyncUserUserfieldFile(self._backend)

    async def add(self, *, fields: UserUserfieldAddFields) -> int:
        """Create a custom field in user profiles; returns its ID.

        The code is upper-cased and prefixed with UF_USR_, so "DEALS" becomes "UF_USR_DEALS".

        REST method: ``user.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-add.html

        Args:
            fields: Settings of the custom field.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.user.userfield.add(fields={"FIELD_NAME": "Anna", "USER_TYPE_ID": "string"})
            result = await client.user.userfield.add(fields={"FIELD_NAME": "Anna", "USER_TYPE_ID": "string"})  # AsyncBitrix24
        """
        return cast(
            int, await self._backend._invoke(_USER_USERFIELD_ADD, {"fields": fields})
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a custom field from user profiles, with its values.

        REST method: ``user.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-delete.html

        Args:
            id: ID of the custom field, from user.userfield.list.

        Returns:
            bool

        Example:
            result = client.user.userfield.delete(id=1)
            result = await client.user.userfield.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_USER_USERFIELD_DELETE, {"id": id})
        )

    async def list(
        self,
        *,
        order: str | Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_UserUserfield]:
        """List the custom fields of user profiles, with filter and sort order.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``user.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-list.html

        Args:
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}; fields such as ID, ENTITY_ID, FIELD_NAME, USER_TYPE_ID, XML_ID, SORT.
            filter: Conditions as {"field": value} on the same fields as order; keys may carry an operator prefix.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[UserUserfield]

        Example:
            result = client.user.userfield.list()
            result = await client.user.userfield.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_UserUserfield]",
            await self._backend._invoke_page(
                _USER_USERFIELD_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    async def update(
        self, *, id: int, fields: UserUserfieldUpdateFields | NotGiven = NOT_GIVEN
    ) -> bool:
        """Change the settings and labels of a custom user profile field.

        REST method: ``user.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-update.html

        Args:
            id: ID of the custom field, from user.userfield.list.
            fields: Settings of the custom field.

        Returns:
            bool

        Example:
            result = client.user.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})
            result = await client.user.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _USER_USERFIELD_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchUserUserfield(Namespace):
    """Methods under ``user.userfield`` (queued into a batch)."""

    __slots__ = ()

    @property
    def file(self) -> BatchUserUserfieldFile:
        """Methods under ``user.userfield.file``."""
        return BatchUserUserfieldFile(self._backend)

    def add(self, *, fields: UserUserfieldAddFields | Ref) -> BatchCommand[int]:
        """Create a custom field in user profiles; returns its ID.

        The code is upper-cased and prefixed with UF_USR_, so "DEALS" becomes "UF_USR_DEALS".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.userfield.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-add.html

        Args:
            fields: Settings of the custom field.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.user.userfield.add(fields={"FIELD_NAME": "Anna", "USER_TYPE_ID": "string"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_USER_USERFIELD_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a custom field from user profiles, with its values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.userfield.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-delete.html

        Args:
            id: ID of the custom field, from user.userfield.list.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.user.userfield.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_USER_USERFIELD_DELETE, {"id": id}),
        )

    def list(
        self,
        *,
        order: str | Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_UserUserfield]]:
        """List the custom fields of user profiles, with filter and sort order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.userfield.list``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-list.html

        Args:
            order: Sort order as {"field": "ASC"} or {"field": "DESC"}; fields such as ID, ENTITY_ID, FIELD_NAME, USER_TYPE_ID, XML_ID, SORT.
            filter: Conditions as {"field": value} on the same fields as order; keys may carry an operator prefix.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[UserUserfield]]

        Example:
            command = batch.user.userfield.list()
        """
        return cast(
            "BatchCommand[builtins.list[_UserUserfield]]",
            self._backend._invoke_page(
                _USER_USERFIELD_LIST, {"order": order, "filter": filter, "start": start}
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        fields: UserUserfieldUpdateFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the settings and labels of a custom user profile field.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.userfield.update``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-update.html

        Args:
            id: ID of the custom field, from user.userfield.list.
            fields: Settings of the custom field.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.user.userfield.update(id=1, fields={"XML_ID": "example_code", "SORT": 1})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_USER_USERFIELD_UPDATE, {"id": id, "fields": fields}),
        )


class UserUserfieldFile(Namespace):
    """Methods under ``user.userfield.file``."""

    __slots__ = ()

    def get(self) -> Any:
        """Download a file stored in a file-type custom field of a user profile.

        Pass the downloadData values taken from the field as returned by user.current or user.get. The answer is the file content, not JSON.

        REST method: ``user.userfield.file.get``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-file-get.html

        Returns:
            Any

        Example:
            result = client.user.userfield.file.get()
            result = await client.user.userfield.file.get()  # AsyncBitrix24
        """
        return self._backend._invoke(_USER_USERFIELD_FILE_GET, {})


class AsyncUserUserfieldFile(Namespace):
    """Methods under ``user.userfield.file`` (async)."""

    __slots__ = ()

    async def get(self) -> Any:
        """Download a file stored in a file-type custom field of a user profile.

        Pass the downloadData values taken from the field as returned by user.current or user.get. The answer is the file content, not JSON.

        REST method: ``user.userfield.file.get``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-file-get.html

        Returns:
            Any

        Example:
            result = client.user.userfield.file.get()
            result = await client.user.userfield.file.get()  # AsyncBitrix24
        """
        return await self._backend._invoke(_USER_USERFIELD_FILE_GET, {})


class BatchUserUserfieldFile(Namespace):
    """Methods under ``user.userfield.file`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[Any]:
        """Download a file stored in a file-type custom field of a user profile.

        Pass the downloadData values taken from the field as returned by user.current or user.get. The answer is the file content, not JSON.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.userfield.file.get``
        Docs: https://apidocs.bitrix24.com/api-reference/user/userfields/user-userfield-file-get.html

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.user.userfield.file.get()
        """
        return cast(
            "BatchCommand[Any]", self._backend._invoke(_USER_USERFIELD_FILE_GET, {})
        )
