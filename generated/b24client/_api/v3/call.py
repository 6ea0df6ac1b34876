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
        """Get the AI follow-up of one call: transcript, overview and insights.

        Requires access to the call. Missing data comes back as null.

        REST method: ``call.followup.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-get.html

        Args:
            call_id: ID of the call, as returned by call.followup.list. Wire name: ``callId``.
            select: Fields or nested paths to return; by default all. An empty list returns only the basic call metadata; callId is always included.
            mention_format: How user mentions appear in AI text fields: "bb" (default) BBCode, "html" or "none" plain text. Wire name: ``mentionFormat``.

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
        """List AI follow-ups of calls that started within a period.

        A non-admin user gets only follow-ups of calls they took part in. hasMore tells whether another page exists.

        REST method: ``call.followup.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-list.html

        Args:
            filter: Selection conditions: startDate with from and to (ISO 8601, required), and optionally participantId.
            select: Fields or nested paths to return; by default only basic call metadata. Heavy fields transcription, overview and insights cap the page at 20.
            order: Sort order by startDate, "asc" or "desc"; default {"startDate": "desc"}.
            pagination: Cursor paging settings.
            mention_format: How user mentions appear in AI text fields: "bb" (default) BBCode, "html" or "none" plain text. Wire name: ``mentionFormat``.

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
        """Get the AI follow-up of one call: transcript, overview and insights.

        Requires access to the call. Missing data comes back as null.

        REST method: ``call.followup.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-get.html

        Args:
            call_id: ID of the call, as returned by call.followup.list. Wire name: ``callId``.
            select: Fields or nested paths to return; by default all. An empty list returns only the basic call metadata; callId is always included.
            mention_format: How user mentions appear in AI text fields: "bb" (default) BBCode, "html" or "none" plain text. Wire name: ``mentionFormat``.

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
        """List AI follow-ups of calls that started within a period.

        A non-admin user gets only follow-ups of calls they took part in. hasMore tells whether another page exists.

        REST method: ``call.followup.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-list.html

        Args:
            filter: Selection conditions: startDate with from and to (ISO 8601, required), and optionally participantId.
            select: Fields or nested paths to return; by default only basic call metadata. Heavy fields transcription, overview and insights cap the page at 20.
            order: Sort order by startDate, "asc" or "desc"; default {"startDate": "desc"}.
            pagination: Cursor paging settings.
            mention_format: How user mentions appear in AI text fields: "bb" (default) BBCode, "html" or "none" plain text. Wire name: ``mentionFormat``.

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
        """Describe one call follow-up field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``call.followup.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-get.html

        Args:
            name: Name of the field to describe, such as "overview" or "insights".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

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
        """List the call follow-up fields with their types, captions and filter/sort/edit flags.

        REST method: ``call.followup.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

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
        """Describe one call follow-up field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``call.followup.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-get.html

        Args:
            name: Name of the field to describe, such as "overview" or "insights".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

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
        """List the call follow-up fields with their types, captions and filter/sort/edit flags.

        REST method: ``call.followup.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/follow-up/call-followup-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

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
