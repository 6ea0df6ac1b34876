"""Methods under ``rpa.fields``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_RPA_FIELDS_GET_SETTINGS = MethodInfo(
    name="rpa.fields.getSettings", idempotent=True, returns="any", api=1
)
_RPA_FIELDS_SET_SETTINGS = MethodInfo(
    name="rpa.fields.setSettings", idempotent=False, returns="any", api=1
)
_RPA_FIELDS_SET_VISIBILITY_SETTINGS = MethodInfo(
    name="rpa.fields.setVisibilitySettings", idempotent=False, returns="any", api=1
)


class RpaFields(Namespace):
    """Methods under ``rpa.fields``."""

    __slots__ = ()

    @deprecated("The REST method rpa.fields.getSettings is deprecated.")
    def get_settings(
        self, *, type_id: int, stage_id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Get the field visibility settings of an RPA process stage.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.fields.getSettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-get-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.

        Returns:
            Any

        Example:
            result = client.rpa.fields.get_settings(type_id=1)
            result = await client.rpa.fields.get_settings(type_id=1)  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_FIELDS_GET_SETTINGS, {"typeId": type_id, "stageId": stage_id}
        )

    @deprecated("The REST method rpa.fields.setSettings is deprecated.")
    def set_settings(
        self,
        *,
        type_id: int,
        stage_id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any],
    ) -> Any:
        """Replace all field visibility settings of an RPA process stage.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.fields.setSettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-set-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.
            fields: Visibility settings; an empty value erases them all.

        Returns:
            Any

        Example:
            result = client.rpa.fields.set_settings(type_id=1, fields={})
            result = await client.rpa.fields.set_settings(type_id=1, fields={})  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_FIELDS_SET_SETTINGS,
            {"typeId": type_id, "stageId": stage_id, "fields": fields},
        )

    @deprecated("The REST method rpa.fields.setVisibilitySettings is deprecated.")
    def set_visibility_settings(
        self,
        *,
        type_id: int,
        visibility: str,
        stage_id: int | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | dict[str, Any],
    ) -> Any:
        """Change one kind of field visibility for chosen fields of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.fields.setVisibilitySettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-set-visibility-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            visibility: Visibility kind whose settings change.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.
            fields: Fields whose setting changes.

        Returns:
            Any

        Example:
            result = client.rpa.fields.set_visibility_settings(type_id=1, visibility="example", fields=["value"])
            result = await client.rpa.fields.set_visibility_settings(type_id=1, visibility="example", fields=["value"])  # AsyncBitrix24
        """
        return self._backend._invoke(
            _RPA_FIELDS_SET_VISIBILITY_SETTINGS,
            {
                "typeId": type_id,
                "visibility": visibility,
                "stageId": stage_id,
                "fields": fields,
            },
        )


class AsyncRpaFields(Namespace):
    """Methods under ``rpa.fields`` (async)."""

    __slots__ = ()

    @deprecated("The REST method rpa.fields.getSettings is deprecated.")
    async def get_settings(
        self, *, type_id: int, stage_id: int | NotGiven = NOT_GIVEN
    ) -> Any:
        """Get the field visibility settings of an RPA process stage.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.fields.getSettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-get-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.

        Returns:
            Any

        Example:
            result = client.rpa.fields.get_settings(type_id=1)
            result = await client.rpa.fields.get_settings(type_id=1)  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_FIELDS_GET_SETTINGS, {"typeId": type_id, "stageId": stage_id}
        )

    @deprecated("The REST method rpa.fields.setSettings is deprecated.")
    async def set_settings(
        self,
        *,
        type_id: int,
        stage_id: int | NotGiven = NOT_GIVEN,
        fields: dict[str, Any],
    ) -> Any:
        """Replace all field visibility settings of an RPA process stage.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.fields.setSettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-set-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.
            fields: Visibility settings; an empty value erases them all.

        Returns:
            Any

        Example:
            result = client.rpa.fields.set_settings(type_id=1, fields={})
            result = await client.rpa.fields.set_settings(type_id=1, fields={})  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_FIELDS_SET_SETTINGS,
            {"typeId": type_id, "stageId": stage_id, "fields": fields},
        )

    @deprecated("The REST method rpa.fields.setVisibilitySettings is deprecated.")
    async def set_visibility_settings(
        self,
        *,
        type_id: int,
        visibility: str,
        stage_id: int | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | dict[str, Any],
    ) -> Any:
        """Change one kind of field visibility for chosen fields of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        REST method: ``rpa.fields.setVisibilitySettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-set-visibility-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            visibility: Visibility kind whose settings change.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.
            fields: Fields whose setting changes.

        Returns:
            Any

        Example:
            result = client.rpa.fields.set_visibility_settings(type_id=1, visibility="example", fields=["value"])
            result = await client.rpa.fields.set_visibility_settings(type_id=1, visibility="example", fields=["value"])  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _RPA_FIELDS_SET_VISIBILITY_SETTINGS,
            {
                "typeId": type_id,
                "visibility": visibility,
                "stageId": stage_id,
                "fields": fields,
            },
        )


class BatchRpaFields(Namespace):
    """Methods under ``rpa.fields`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method rpa.fields.getSettings is deprecated.")
    def get_settings(
        self, *, type_id: int | Ref, stage_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Get the field visibility settings of an RPA process stage.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.fields.getSettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-get-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.fields.get_settings(type_id=1)
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_FIELDS_GET_SETTINGS, {"typeId": type_id, "stageId": stage_id}
            ),
        )

    @deprecated("The REST method rpa.fields.setSettings is deprecated.")
    def set_settings(
        self,
        *,
        type_id: int | Ref,
        stage_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: dict[str, Any] | Ref,
    ) -> BatchCommand[Any]:
        """Replace all field visibility settings of an RPA process stage.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.fields.setSettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-set-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.
            fields: Visibility settings; an empty value erases them all.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.fields.set_settings(type_id=1, fields={})
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_FIELDS_SET_SETTINGS,
                {"typeId": type_id, "stageId": stage_id, "fields": fields},
            ),
        )

    @deprecated("The REST method rpa.fields.setVisibilitySettings is deprecated.")
    def set_visibility_settings(
        self,
        *,
        type_id: int | Ref,
        visibility: str | Ref,
        stage_id: int | Ref | NotGiven = NOT_GIVEN,
        fields: Sequence[Any] | dict[str, Any] | Ref,
    ) -> BatchCommand[Any]:
        """Change one kind of field visibility for chosen fields of an RPA process.

        No longer developed; use smart processes instead.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``rpa.fields.setVisibilitySettings``
        Docs: https://apidocs.bitrix24.com/api-reference/outdated/rpa/fields/rpa-fields-set-visibility-settings.html

        Args:
            type_id: ID of the process (RPA type). Wire name: ``typeId``.
            visibility: Visibility kind whose settings change.
            stage_id: ID of the stage. Default 0, the common settings. Wire name: ``stageId``.
            fields: Fields whose setting changes.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.rpa.fields.set_visibility_settings(type_id=1, visibility="example", fields=["value"])
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _RPA_FIELDS_SET_VISIBILITY_SETTINGS,
                {
                    "typeId": type_id,
                    "visibility": visibility,
                    "stageId": stage_id,
                    "fields": fields,
                },
            ),
        )
