"""REST 3.0 methods under ``call``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.call import (
        V3CallFollowup as _V3CallFollowup,
        V3CallFollowupField as _V3CallFollowupField,
        V3CallFollowupListPagination,
    )

_V3_CALL_FOLLOWUP_GET = MethodInfo(
    name="call.followup.get", idempotent=True, returns="any", api=3
)
_V3_CALL_FOLLOWUP_LIST = MethodInfo(
    name="call.followup.list", idempotent=True, returns="any", api=3
)
_V3_CALL_FOLLOWUP_FIELD_GET = MethodInfo(
    name="call.followup.field.get", idempotent=True, returns="any", api=3
)
_V3_CALL_FOLLOWUP_FIELD_LIST = MethodInfo(
    name="call.followup.field.list", idempotent=True, returns="any", api=3
)


class V3Call(Namespace):
    """REST 3.0 methods under ``call``."""

    __slots__ = ()

    @property
    def followup(self) -> V3CallFollowup:
        """REST 3.0 methods under ``call.followup``."""
        return V3CallFollowup(self._backend)


class AsyncV3Call(Namespace):
    """REST 3.0 methods under ``call`` (async)."""

    __slots__ = ()

    @property
    def followup(self) -> AsyncV3CallFollowup:
        """REST 3.0 methods under ``call.followup``."""
        return AsyncV3CallFollowup(self._backend)


class V3CallFollowup(Namespace):
    """REST 3.0 methods under ``call.followup``."""

    __slots__ = ()

    @property
    def field(self) -> V3CallFollowupField:
        """REST 3.0 methods under ``call.followup.field``."""
        return V3CallFollowupField(self._backend)

    def get(
        self,
        *,
        call_id: int,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        mention_format: Literal["bb", "html", "none"] | NotGiven = NOT_GIVEN,
    ) -> _V3CallFollowup:
        """Get call followup (REST 3.0).

        REST method: ``call.followup.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-get.html

        Args:
            call_id: Wire name: ``callId``.
            mention_format: Wire name: ``mentionFormat``.

        Returns:
            V3CallFollowup

        Example:
            result = client.v3.call.followup.get(call_id=1)
            result = await client.v3.call.followup.get(call_id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3CallFollowup",
            self._backend._invoke(
                _V3_CALL_FOLLOWUP_GET,
                {"callId": call_id, "select": select, "mentionFormat": mention_format},
            ),
        )

    def list(
        self,
        *,
        filter: dict[str, Any],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: V3CallFollowupListPagination | NotGiven = NOT_GIVEN,
        mention_format: Literal["bb", "html", "none"] | NotGiven = NOT_GIVEN,
    ) -> _V3CallFollowup:
        """List call followup entries (REST 3.0).

        REST method: ``call.followup.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-list.html

        Args:
            mention_format: Wire name: ``mentionFormat``.

        Returns:
            V3CallFollowup

        Example:
            result = client.v3.call.followup.list(filter={})
            result = await client.v3.call.followup.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "_V3CallFollowup",
            self._backend._invoke(
                _V3_CALL_FOLLOWUP_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "pagination": pagination,
                    "mentionFormat": mention_format,
                },
            ),
        )


class AsyncV3CallFollowup(Namespace):
    """REST 3.0 methods under ``call.followup`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3CallFollowupField:
        """REST 3.0 methods under ``call.followup.field``."""
        return AsyncV3CallFollowupField(self._backend)

    async def get(
        self,
        *,
        call_id: int,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        mention_format: Literal["bb", "html", "none"] | NotGiven = NOT_GIVEN,
    ) -> _V3CallFollowup:
        """Get call followup (REST 3.0).

        REST method: ``call.followup.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-get.html

        Args:
            call_id: Wire name: ``callId``.
            mention_format: Wire name: ``mentionFormat``.

        Returns:
            V3CallFollowup

        Example:
            result = client.v3.call.followup.get(call_id=1)
            result = await client.v3.call.followup.get(call_id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3CallFollowup",
            await self._backend._invoke(
                _V3_CALL_FOLLOWUP_GET,
                {"callId": call_id, "select": select, "mentionFormat": mention_format},
            ),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: V3CallFollowupListPagination | NotGiven = NOT_GIVEN,
        mention_format: Literal["bb", "html", "none"] | NotGiven = NOT_GIVEN,
    ) -> _V3CallFollowup:
        """List call followup entries (REST 3.0).

        REST method: ``call.followup.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-list.html

        Args:
            mention_format: Wire name: ``mentionFormat``.

        Returns:
            V3CallFollowup

        Example:
            result = client.v3.call.followup.list(filter={})
            result = await client.v3.call.followup.list(filter={})  # AsyncBitrix24
        """
        return cast(
            "_V3CallFollowup",
            await self._backend._invoke(
                _V3_CALL_FOLLOWUP_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "pagination": pagination,
                    "mentionFormat": mention_format,
                },
            ),
        )


class V3CallFollowupField(Namespace):
    """REST 3.0 methods under ``call.followup.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3CallFollowupField:
        """Get call followup field (REST 3.0).

        REST method: ``call.followup.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-get.html

        Returns:
            V3CallFollowupField

        Example:
            result = client.v3.call.followup.field.get(name="Anna")
            result = await client.v3.call.followup.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3CallFollowupField",
            self._backend._invoke(
                _V3_CALL_FOLLOWUP_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3CallFollowupField]:
        """List call followup field entries (REST 3.0).

        REST method: ``call.followup.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-list.html

        Returns:
            list[V3CallFollowupField]

        Example:
            result = client.v3.call.followup.field.list()
            result = await client.v3.call.followup.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3CallFollowupField]",
            self._backend._invoke(_V3_CALL_FOLLOWUP_FIELD_LIST, {"select": select}),
        )


class AsyncV3CallFollowupField(Namespace):
    """REST 3.0 methods under ``call.followup.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3CallFollowupField:
        """Get call followup field (REST 3.0).

        REST method: ``call.followup.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-get.html

        Returns:
            V3CallFollowupField

        Example:
            result = client.v3.call.followup.field.get(name="Anna")
            result = await client.v3.call.followup.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3CallFollowupField",
            await self._backend._invoke(
                _V3_CALL_FOLLOWUP_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3CallFollowupField]:
        """List call followup field entries (REST 3.0).

        REST method: ``call.followup.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-list.html

        Returns:
            list[V3CallFollowupField]

        Example:
            result = client.v3.call.followup.field.list()
            result = await client.v3.call.followup.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3CallFollowupField]",
            await self._backend._invoke(
                _V3_CALL_FOLLOWUP_FIELD_LIST, {"select": select}
            ),
        )
