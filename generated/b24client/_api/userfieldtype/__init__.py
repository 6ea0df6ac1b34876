"""Methods under ``userfieldtype``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.userfieldtype import Userfieldtype as _Userfieldtype

_USERFIELDTYPE_ADD = MethodInfo(
    name="userfieldtype.add", idempotent=False, returns="boolean", api=1
)
_USERFIELDTYPE_DELETE = MethodInfo(
    name="userfieldtype.delete", idempotent=False, returns="boolean", api=1
)
_USERFIELDTYPE_LIST = MethodInfo(
    name="userfieldtype.list", idempotent=True, returns="any", api=1
)
_USERFIELDTYPE_UPDATE = MethodInfo(
    name="userfieldtype.update", idempotent=False, returns="boolean", api=1
)


class Userfieldtype(Namespace):
    """Methods under ``userfieldtype``."""

    __slots__ = ()

    def add(
        self,
        *,
        user_type_id: str,
        handler: str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register a custom field type whose editor is rendered by the application's iframe handler.

        After registering, create fields of the type with userfieldconfig.add. The full code becomes
        rest_<APP_ID>_<USER_TYPE_ID> and may not exceed 50 characters.

        REST method: ``userfieldtype.add``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-add.html

        Args:
            user_type_id: Type code, unique, made of a-z and 0-9. Wire name: ``USER_TYPE_ID``.
            handler: URL of the type's handler; must be unique and on the app's domain. Wire name: ``HANDLER``.
            title: Type name shown in the field settings interface. Wire name: ``TITLE``.
            description: Type description shown in the field settings interface. Wire name: ``DESCRIPTION``.
            options: Extra settings; only "height", the field height in pixels (0, the default, means the standard height). Wire name: ``OPTIONS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.userfieldtype.add(user_type_id="1", handler="https://example.com/hook")
            result = await client.userfieldtype.add(user_type_id="1", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _USERFIELDTYPE_ADD,
                {
                    "USER_TYPE_ID": user_type_id,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "OPTIONS": options,
                },
            ),
        )

    def delete(self, *, user_type_id: str) -> bool:
        """Remove a custom field type that the application registered.

        REST method: ``userfieldtype.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-delete.html

        Args:
            user_type_id: Code of the type to remove. Wire name: ``USER_TYPE_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.userfieldtype.delete(user_type_id="1")
            result = await client.userfieldtype.delete(user_type_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _USERFIELDTYPE_DELETE, {"USER_TYPE_ID": user_type_id}
            ),
        )

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> Page[_Userfieldtype]:
        """List the custom field types registered by the application.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``userfieldtype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            Page[Userfieldtype]

        Example:
            result = client.userfieldtype.list()
            result = await client.userfieldtype.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_Userfieldtype]",
            self._backend._invoke_page(_USERFIELDTYPE_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        user_type_id: str,
        handler: str,
        title: str,
        description: str | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the handler URL, name or height of an application's custom field type.

        REST method: ``userfieldtype.update``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-update.html

        Args:
            user_type_id: Code of the type to change. Wire name: ``USER_TYPE_ID``.
            handler: New URL of the type's handler; must be unique and on the app's domain. Wire name: ``HANDLER``.
            title: Type name shown in the field settings interface. Wire name: ``TITLE``.
            description: Type description shown in the field settings interface. Wire name: ``DESCRIPTION``.
            options: Extra settings; only "height", the field height in pixels (0 means the standard height). Wire name: ``OPTIONS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.userfieldtype.update(user_type_id="1", handler="https://example.com/hook", title="Kick-off call")
            result = await client.userfieldtype.update(user_type_id="1", handler="https://example.com/hook", title="Kick-off call")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _USERFIELDTYPE_UPDATE,
                {
                    "USER_TYPE_ID": user_type_id,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "OPTIONS": options,
                },
            ),
        )


class AsyncUserfieldtype(Namespace):
    """Methods under ``userfieldtype`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        user_type_id: str,
        handler: str,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Register a custom field type whose editor is rendered by the application's iframe handler.

        After registering, create fields of the type with userfieldconfig.add. The full code becomes
        rest_<APP_ID>_<USER_TYPE_ID> and may not exceed 50 characters.

        REST method: ``userfieldtype.add``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-add.html

        Args:
            user_type_id: Type code, unique, made of a-z and 0-9. Wire name: ``USER_TYPE_ID``.
            handler: URL of the type's handler; must be unique and on the app's domain. Wire name: ``HANDLER``.
            title: Type name shown in the field settings interface. Wire name: ``TITLE``.
            description: Type description shown in the field settings interface. Wire name: ``DESCRIPTION``.
            options: Extra settings; only "height", the field height in pixels (0, the default, means the standard height). Wire name: ``OPTIONS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.userfieldtype.add(user_type_id="1", handler="https://example.com/hook")
            result = await client.userfieldtype.add(user_type_id="1", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _USERFIELDTYPE_ADD,
                {
                    "USER_TYPE_ID": user_type_id,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "OPTIONS": options,
                },
            ),
        )

    async def delete(self, *, user_type_id: str) -> bool:
        """Remove a custom field type that the application registered.

        REST method: ``userfieldtype.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-delete.html

        Args:
            user_type_id: Code of the type to remove. Wire name: ``USER_TYPE_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.userfieldtype.delete(user_type_id="1")
            result = await client.userfieldtype.delete(user_type_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _USERFIELDTYPE_DELETE, {"USER_TYPE_ID": user_type_id}
            ),
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> AsyncPage[_Userfieldtype]:
        """List the custom field types registered by the application.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``userfieldtype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            AsyncPage[Userfieldtype]

        Example:
            result = client.userfieldtype.list()
            result = await client.userfieldtype.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_Userfieldtype]",
            await self._backend._invoke_page(_USERFIELDTYPE_LIST, {"start": start}),
        )

    async def update(
        self,
        *,
        user_type_id: str,
        handler: str,
        title: str,
        description: str | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the handler URL, name or height of an application's custom field type.

        REST method: ``userfieldtype.update``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-update.html

        Args:
            user_type_id: Code of the type to change. Wire name: ``USER_TYPE_ID``.
            handler: New URL of the type's handler; must be unique and on the app's domain. Wire name: ``HANDLER``.
            title: Type name shown in the field settings interface. Wire name: ``TITLE``.
            description: Type description shown in the field settings interface. Wire name: ``DESCRIPTION``.
            options: Extra settings; only "height", the field height in pixels (0 means the standard height). Wire name: ``OPTIONS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.userfieldtype.update(user_type_id="1", handler="https://example.com/hook", title="Kick-off call")
            result = await client.userfieldtype.update(user_type_id="1", handler="https://example.com/hook", title="Kick-off call")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _USERFIELDTYPE_UPDATE,
                {
                    "USER_TYPE_ID": user_type_id,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "OPTIONS": options,
                },
            ),
        )


class BatchUserfieldtype(Namespace):
    """Methods under ``userfieldtype`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        user_type_id: str | Ref,
        handler: str | Ref,
        title: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Register a custom field type whose editor is rendered by the application's iframe handler.

        After registering, create fields of the type with userfieldconfig.add. The full code becomes
        rest_<APP_ID>_<USER_TYPE_ID> and may not exceed 50 characters.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldtype.add``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-add.html

        Args:
            user_type_id: Type code, unique, made of a-z and 0-9. Wire name: ``USER_TYPE_ID``.
            handler: URL of the type's handler; must be unique and on the app's domain. Wire name: ``HANDLER``.
            title: Type name shown in the field settings interface. Wire name: ``TITLE``.
            description: Type description shown in the field settings interface. Wire name: ``DESCRIPTION``.
            options: Extra settings; only "height", the field height in pixels (0, the default, means the standard height). Wire name: ``OPTIONS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.userfieldtype.add(user_type_id="1", handler="https://example.com/hook")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _USERFIELDTYPE_ADD,
                {
                    "USER_TYPE_ID": user_type_id,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "OPTIONS": options,
                },
            ),
        )

    def delete(self, *, user_type_id: str | Ref) -> BatchCommand[bool]:
        """Remove a custom field type that the application registered.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldtype.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-delete.html

        Args:
            user_type_id: Code of the type to remove. Wire name: ``USER_TYPE_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.userfieldtype.delete(user_type_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _USERFIELDTYPE_DELETE, {"USER_TYPE_ID": user_type_id}
            ),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_Userfieldtype]]:
        """List the custom field types registered by the application.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldtype.list``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[Userfieldtype]]

        Example:
            command = batch.userfieldtype.list()
        """
        return cast(
            "BatchCommand[builtins.list[_Userfieldtype]]",
            self._backend._invoke_page(_USERFIELDTYPE_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        user_type_id: str | Ref,
        handler: str | Ref,
        title: str | Ref,
        description: str | Ref | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the handler URL, name or height of an application's custom field type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``userfieldtype.update``
        Docs: https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-update.html

        Args:
            user_type_id: Code of the type to change. Wire name: ``USER_TYPE_ID``.
            handler: New URL of the type's handler; must be unique and on the app's domain. Wire name: ``HANDLER``.
            title: Type name shown in the field settings interface. Wire name: ``TITLE``.
            description: Type description shown in the field settings interface. Wire name: ``DESCRIPTION``.
            options: Extra settings; only "height", the field height in pixels (0 means the standard height). Wire name: ``OPTIONS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.userfieldtype.update(user_type_id="1", handler="https://example.com/hook", title="Kick-off call")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _USERFIELDTYPE_UPDATE,
                {
                    "USER_TYPE_ID": user_type_id,
                    "HANDLER": handler,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "OPTIONS": options,
                },
            ),
        )
