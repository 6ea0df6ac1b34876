"""Methods under ``im.notify``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.im import (
        ImNotify as _ImNotify,
        ImNotifyAnswerResult,
        ImNotifyConfirmResult,
        ImNotifyHistorySearchResult,
        ImNotifyReadAllResult,
        ImNotifySchemaGetResult,
    )

_IM_NOTIFY = MethodInfo(name="im.notify", idempotent=False, returns="integer", api=1)
_IM_NOTIFY_ANSWER = MethodInfo(
    name="im.notify.answer", idempotent=False, returns="any", api=1
)
_IM_NOTIFY_CONFIRM = MethodInfo(
    name="im.notify.confirm", idempotent=False, returns="any", api=1
)
_IM_NOTIFY_DELETE = MethodInfo(
    name="im.notify.delete", idempotent=False, returns="boolean", api=1
)
_IM_NOTIFY_GET = MethodInfo(name="im.notify.get", idempotent=True, returns="any", api=1)
_IM_NOTIFY_HISTORY_SEARCH = MethodInfo(
    name="im.notify.history.search", idempotent=True, returns="any", api=1
)
_IM_NOTIFY_PERSONAL_ADD = MethodInfo(
    name="im.notify.personal.add", idempotent=False, returns="integer", api=1
)
_IM_NOTIFY_READ = MethodInfo(
    name="im.notify.read", idempotent=False, returns="boolean", api=1
)
_IM_NOTIFY_READ_ALL = MethodInfo(
    name="im.notify.read.all", idempotent=False, returns="any", api=1
)
_IM_NOTIFY_READ_LIST = MethodInfo(
    name="im.notify.read.list", idempotent=True, returns="boolean", api=1
)
_IM_NOTIFY_SCHEMA_GET = MethodInfo(
    name="im.notify.schema.get", idempotent=True, returns="any", api=1
)
_IM_NOTIFY_SYSTEM_ADD = MethodInfo(
    name="im.notify.system.add", idempotent=False, returns="integer", api=1
)


class ImNotify(Namespace):
    """Methods under ``im.notify``."""

    __slots__ = ()

    @property
    def history(self) -> ImNotifyHistory:
        """Methods under ``im.notify.history``."""
        return ImNotifyHistory(self._backend)

    @property
    def personal(self) -> ImNotifyPersonal:
        """Methods under ``im.notify.personal``."""
        return ImNotifyPersonal(self._backend)

    @property
    def read(self) -> ImNotifyRead:
        """Methods under ``im.notify.read``."""
        return ImNotifyRead(self._backend)

    @property
    def schema(self) -> ImNotifySchema:
        """Methods under ``im.notify.schema``."""
        return ImNotifySchema(self._backend)

    @property
    def system(self) -> ImNotifySystem:
        """Methods under ``im.notify.system``."""
        return ImNotifySystem(self._backend)

    def __call__(
        self,
        *,
        user_id: int,
        type: Literal["USER", "SYSTEM"] | NotGiven = NOT_GIVEN,
        message: str,
        message_out: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a personal or system notification to a user.

        Not available with session (browser) authorization.

        REST method: ``im.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            type: \"USER" for a personal notification (default), "SYSTEM" for a system one. Wire name: ``TYPE``.
            message: Notification text; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.im.notify(user_id=1, message="Please call back after 3 pm.")
            result = await client.im.notify(user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IM_NOTIFY,
                {
                    "USER_ID": user_id,
                    "TYPE": type,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    def answer(self, *, notify_id: int, answer_text: str) -> ImNotifyAnswerResult:
        """Send a quick text reply to a notification that accepts one.

        REST method: ``im.notify.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-answer.html

        Args:
            notify_id: ID of a notification that accepts quick replies. Wire name: ``NOTIFY_ID``.
            answer_text: Reply text. Wire name: ``ANSWER_TEXT``.

        Returns:
            ImNotifyAnswerResult

        Example:
            result = client.im.notify.answer(notify_id=1, answer_text="Please call back after 3 pm.")
            result = await client.im.notify.answer(notify_id=1, answer_text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "ImNotifyAnswerResult",
            self._backend._invoke(
                _IM_NOTIFY_ANSWER, {"NOTIFY_ID": notify_id, "ANSWER_TEXT": answer_text}
            ),
        )

    def confirm(self, *, notify_id: int, notify_value: bool) -> ImNotifyConfirmResult:
        """Press one of the buttons of an interactive notification.

        REST method: ``im.notify.confirm``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-confirm.html

        Args:
            notify_id: ID of a notification with buttons. Wire name: ``NOTIFY_ID``.
            notify_value: Value of the button being pressed. Wire name: ``NOTIFY_VALUE``.

        Returns:
            ImNotifyConfirmResult

        Example:
            result = client.im.notify.confirm(notify_id=1, notify_value=True)
            result = await client.im.notify.confirm(notify_id=1, notify_value=True)  # AsyncBitrix24
        """
        return cast(
            "ImNotifyConfirmResult",
            self._backend._invoke(
                _IM_NOTIFY_CONFIRM,
                {"NOTIFY_ID": notify_id, "NOTIFY_VALUE": yes_no(notify_value)},
            ),
        )

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove notifications by ID or by the app's tags.

        Pass exactly one of ID, TAG or SUB_TAG. Tags only delete notifications of the calling app.

        REST method: ``im.notify.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-delete.html

        Args:
            id: ID of the notification to delete. Wire name: ``ID``.
            tag: Tag of the app's notifications to delete. Wire name: ``TAG``.
            sub_tag: Sub-tag of the app's notifications to delete. Wire name: ``SUB_TAG``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.notify.delete()
            result = await client.im.notify.delete()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_NOTIFY_DELETE,
                {"ID": id, "TAG": tag, "SUB_TAG": sub_tag, "CLIENT_ID": client_id},
            ),
        )

    def get(
        self,
        *,
        last_id: int | NotGiven = NOT_GIVEN,
        last_type: Literal[1, 3] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        convert_text: bool | NotGiven = NOT_GIVEN,
    ) -> _ImNotify:
        """Load a page of the current user's notifications.

        At most 50 per page; continue with LAST_ID and LAST_TYPE.

        REST method: ``im.notify.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html

        Args:
            last_id: ID of the last notification of the previous page. Wire name: ``LAST_ID``.
            last_type: Paging cursor: 1 continues with confirmations, 3 with ordinary notifications. Wire name: ``LAST_TYPE``.
            limit: Notifications per page (default and maximum 50). Wire name: ``LIMIT``.
            convert_text: \"Y" converts notification text for display. Wire name: ``CONVERT_TEXT``.

        Returns:
            ImNotify

        Example:
            result = client.im.notify.get()
            result = await client.im.notify.get()  # AsyncBitrix24
        """
        return cast(
            "_ImNotify",
            self._backend._invoke(
                _IM_NOTIFY_GET,
                {
                    "LAST_ID": last_id,
                    "LAST_TYPE": last_type,
                    "LIMIT": limit,
                    "CONVERT_TEXT": yes_no(convert_text),
                },
            ),
        )


class AsyncImNotify(Namespace):
    """Methods under ``im.notify`` (async)."""

    __slots__ = ()

    @property
    def history(self) -> AsyncImNotifyHistory:
        """Methods under ``im.notify.history``."""
        return AsyncImNotifyHistory(self._backend)

    @property
    def personal(self) -> AsyncImNotifyPersonal:
        """Methods under ``im.notify.personal``."""
        return AsyncImNotifyPersonal(self._backend)

    @property
    def read(self) -> AsyncImNotifyRead:
        """Methods under ``im.notify.read``."""
        return AsyncImNotifyRead(self._backend)

    @property
    def schema(self) -> AsyncImNotifySchema:
        """Methods under ``im.notify.schema``."""
        return AsyncImNotifySchema(self._backend)

    @property
    def system(self) -> AsyncImNotifySystem:
        """Methods under ``im.notify.system``."""
        return AsyncImNotifySystem(self._backend)

    async def __call__(
        self,
        *,
        user_id: int,
        type: Literal["USER", "SYSTEM"] | NotGiven = NOT_GIVEN,
        message: str,
        message_out: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a personal or system notification to a user.

        Not available with session (browser) authorization.

        REST method: ``im.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            type: \"USER" for a personal notification (default), "SYSTEM" for a system one. Wire name: ``TYPE``.
            message: Notification text; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.im.notify(user_id=1, message="Please call back after 3 pm.")
            result = await client.im.notify(user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IM_NOTIFY,
                {
                    "USER_ID": user_id,
                    "TYPE": type,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    async def answer(self, *, notify_id: int, answer_text: str) -> ImNotifyAnswerResult:
        """Send a quick text reply to a notification that accepts one.

        REST method: ``im.notify.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-answer.html

        Args:
            notify_id: ID of a notification that accepts quick replies. Wire name: ``NOTIFY_ID``.
            answer_text: Reply text. Wire name: ``ANSWER_TEXT``.

        Returns:
            ImNotifyAnswerResult

        Example:
            result = client.im.notify.answer(notify_id=1, answer_text="Please call back after 3 pm.")
            result = await client.im.notify.answer(notify_id=1, answer_text="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            "ImNotifyAnswerResult",
            await self._backend._invoke(
                _IM_NOTIFY_ANSWER, {"NOTIFY_ID": notify_id, "ANSWER_TEXT": answer_text}
            ),
        )

    async def confirm(
        self, *, notify_id: int, notify_value: bool
    ) -> ImNotifyConfirmResult:
        """Press one of the buttons of an interactive notification.

        REST method: ``im.notify.confirm``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-confirm.html

        Args:
            notify_id: ID of a notification with buttons. Wire name: ``NOTIFY_ID``.
            notify_value: Value of the button being pressed. Wire name: ``NOTIFY_VALUE``.

        Returns:
            ImNotifyConfirmResult

        Example:
            result = client.im.notify.confirm(notify_id=1, notify_value=True)
            result = await client.im.notify.confirm(notify_id=1, notify_value=True)  # AsyncBitrix24
        """
        return cast(
            "ImNotifyConfirmResult",
            await self._backend._invoke(
                _IM_NOTIFY_CONFIRM,
                {"NOTIFY_ID": notify_id, "NOTIFY_VALUE": yes_no(notify_value)},
            ),
        )

    async def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove notifications by ID or by the app's tags.

        Pass exactly one of ID, TAG or SUB_TAG. Tags only delete notifications of the calling app.

        REST method: ``im.notify.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-delete.html

        Args:
            id: ID of the notification to delete. Wire name: ``ID``.
            tag: Tag of the app's notifications to delete. Wire name: ``TAG``.
            sub_tag: Sub-tag of the app's notifications to delete. Wire name: ``SUB_TAG``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.im.notify.delete()
            result = await client.im.notify.delete()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_NOTIFY_DELETE,
                {"ID": id, "TAG": tag, "SUB_TAG": sub_tag, "CLIENT_ID": client_id},
            ),
        )

    async def get(
        self,
        *,
        last_id: int | NotGiven = NOT_GIVEN,
        last_type: Literal[1, 3] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        convert_text: bool | NotGiven = NOT_GIVEN,
    ) -> _ImNotify:
        """Load a page of the current user's notifications.

        At most 50 per page; continue with LAST_ID and LAST_TYPE.

        REST method: ``im.notify.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html

        Args:
            last_id: ID of the last notification of the previous page. Wire name: ``LAST_ID``.
            last_type: Paging cursor: 1 continues with confirmations, 3 with ordinary notifications. Wire name: ``LAST_TYPE``.
            limit: Notifications per page (default and maximum 50). Wire name: ``LIMIT``.
            convert_text: \"Y" converts notification text for display. Wire name: ``CONVERT_TEXT``.

        Returns:
            ImNotify

        Example:
            result = client.im.notify.get()
            result = await client.im.notify.get()  # AsyncBitrix24
        """
        return cast(
            "_ImNotify",
            await self._backend._invoke(
                _IM_NOTIFY_GET,
                {
                    "LAST_ID": last_id,
                    "LAST_TYPE": last_type,
                    "LIMIT": limit,
                    "CONVERT_TEXT": yes_no(convert_text),
                },
            ),
        )


class BatchImNotify(Namespace):
    """Methods under ``im.notify`` (queued into a batch)."""

    __slots__ = ()

    @property
    def history(self) -> BatchImNotifyHistory:
        """Methods under ``im.notify.history``."""
        return BatchImNotifyHistory(self._backend)

    @property
    def personal(self) -> BatchImNotifyPersonal:
        """Methods under ``im.notify.personal``."""
        return BatchImNotifyPersonal(self._backend)

    @property
    def read(self) -> BatchImNotifyRead:
        """Methods under ``im.notify.read``."""
        return BatchImNotifyRead(self._backend)

    @property
    def schema(self) -> BatchImNotifySchema:
        """Methods under ``im.notify.schema``."""
        return BatchImNotifySchema(self._backend)

    @property
    def system(self) -> BatchImNotifySystem:
        """Methods under ``im.notify.system``."""
        return BatchImNotifySystem(self._backend)

    def __call__(
        self,
        *,
        user_id: int | Ref,
        type: Literal["USER", "SYSTEM"] | Ref | NotGiven = NOT_GIVEN,
        message: str | Ref,
        message_out: str | Ref | NotGiven = NOT_GIVEN,
        tag: str | Ref | NotGiven = NOT_GIVEN,
        sub_tag: str | Ref | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Send a personal or system notification to a user.

        Not available with session (browser) authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            type: \"USER" for a personal notification (default), "SYSTEM" for a system one. Wire name: ``TYPE``.
            message: Notification text; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.im.notify(user_id=1, message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IM_NOTIFY,
                {
                    "USER_ID": user_id,
                    "TYPE": type,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    def answer(
        self, *, notify_id: int | Ref, answer_text: str | Ref
    ) -> BatchCommand[ImNotifyAnswerResult]:
        """Send a quick text reply to a notification that accepts one.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-answer.html

        Args:
            notify_id: ID of a notification that accepts quick replies. Wire name: ``NOTIFY_ID``.
            answer_text: Reply text. Wire name: ``ANSWER_TEXT``.

        Returns:
            BatchCommand[ImNotifyAnswerResult]

        Example:
            command = batch.im.notify.answer(notify_id=1, answer_text="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[ImNotifyAnswerResult]",
            self._backend._invoke(
                _IM_NOTIFY_ANSWER, {"NOTIFY_ID": notify_id, "ANSWER_TEXT": answer_text}
            ),
        )

    def confirm(
        self, *, notify_id: int | Ref, notify_value: bool | Ref
    ) -> BatchCommand[ImNotifyConfirmResult]:
        """Press one of the buttons of an interactive notification.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.confirm``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-confirm.html

        Args:
            notify_id: ID of a notification with buttons. Wire name: ``NOTIFY_ID``.
            notify_value: Value of the button being pressed. Wire name: ``NOTIFY_VALUE``.

        Returns:
            BatchCommand[ImNotifyConfirmResult]

        Example:
            command = batch.im.notify.confirm(notify_id=1, notify_value=True)
        """
        return cast(
            "BatchCommand[ImNotifyConfirmResult]",
            self._backend._invoke(
                _IM_NOTIFY_CONFIRM,
                {"NOTIFY_ID": notify_id, "NOTIFY_VALUE": yes_no(notify_value)},
            ),
        )

    def delete(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        tag: str | Ref | NotGiven = NOT_GIVEN,
        sub_tag: str | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove notifications by ID or by the app's tags.

        Pass exactly one of ID, TAG or SUB_TAG. Tags only delete notifications of the calling app.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-delete.html

        Args:
            id: ID of the notification to delete. Wire name: ``ID``.
            tag: Tag of the app's notifications to delete. Wire name: ``TAG``.
            sub_tag: Sub-tag of the app's notifications to delete. Wire name: ``SUB_TAG``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.im.notify.delete()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_NOTIFY_DELETE,
                {"ID": id, "TAG": tag, "SUB_TAG": sub_tag, "CLIENT_ID": client_id},
            ),
        )

    def get(
        self,
        *,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
        last_type: Literal[1, 3] | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        convert_text: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImNotify]:
        """Load a page of the current user's notifications.

        At most 50 per page; continue with LAST_ID and LAST_TYPE.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html

        Args:
            last_id: ID of the last notification of the previous page. Wire name: ``LAST_ID``.
            last_type: Paging cursor: 1 continues with confirmations, 3 with ordinary notifications. Wire name: ``LAST_TYPE``.
            limit: Notifications per page (default and maximum 50). Wire name: ``LIMIT``.
            convert_text: \"Y" converts notification text for display. Wire name: ``CONVERT_TEXT``.

        Returns:
            BatchCommand[ImNotify]

        Example:
            command = batch.im.notify.get()
        """
        return cast(
            "BatchCommand[_ImNotify]",
            self._backend._invoke(
                _IM_NOTIFY_GET,
                {
                    "LAST_ID": last_id,
                    "LAST_TYPE": last_type,
                    "LIMIT": limit,
                    "CONVERT_TEXT": yes_no(convert_text),
                },
            ),
        )


class ImNotifyHistory(Namespace):
    """Methods under ``im.notify.history``."""

    __slots__ = ()

    def search(
        self,
        *,
        search_text: str | NotGiven = NOT_GIVEN,
        search_type: str | NotGiven = NOT_GIVEN,
        search_types: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        search_date: str | NotGiven = NOT_GIVEN,
        search_date_from: str | NotGiven = NOT_GIVEN,
        search_date_to: str | NotGiven = NOT_GIVEN,
        search_authors: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        convert_text: bool | NotGiven = NOT_GIVEN,
        group_tag: str | NotGiven = NOT_GIVEN,
    ) -> ImNotifyHistorySearchResult:
        """Find past notifications by text, type, date or author.

        REST method: ``im.notify.history.search``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-history-search.html

        Args:
            search_text: Text to find; at least 3 characters unless SEARCH_TYPE or SEARCH_DATE is set. Wire name: ``SEARCH_TEXT``.
            search_type: Notification type as "MODULE" or "MODULE|EVENT" (see im.notify.schema.get). Wire name: ``SEARCH_TYPE``.
            search_types: Several types, each as "MODULE" or "MODULE|EVENT". Wire name: ``SEARCH_TYPES``.
            search_date: Day to search, ISO 8601 date. Wire name: ``SEARCH_DATE``.
            search_date_from: Start of the date range, ISO 8601; used with SEARCH_DATE_TO. Wire name: ``SEARCH_DATE_FROM``.
            search_date_to: End of the date range, ISO 8601; used with SEARCH_DATE_FROM. Wire name: ``SEARCH_DATE_TO``.
            search_authors: IDs of notification authors. Wire name: ``SEARCH_AUTHORS``.
            last_id: ID of the last notification of the previous page. Wire name: ``LAST_ID``.
            limit: Notifications per page (default and maximum 50). Wire name: ``LIMIT``.
            convert_text: \"Y" converts notification text for display. Wire name: ``CONVERT_TEXT``.
            group_tag: Group tag to narrow the search. Wire name: ``GROUP_TAG``.

        Returns:
            ImNotifyHistorySearchResult

        Example:
            result = client.im.notify.history.search()
            result = await client.im.notify.history.search()  # AsyncBitrix24
        """
        return cast(
            "ImNotifyHistorySearchResult",
            self._backend._invoke(
                _IM_NOTIFY_HISTORY_SEARCH,
                {
                    "SEARCH_TEXT": search_text,
                    "SEARCH_TYPE": search_type,
                    "SEARCH_TYPES": search_types,
                    "SEARCH_DATE": search_date,
                    "SEARCH_DATE_FROM": search_date_from,
                    "SEARCH_DATE_TO": search_date_to,
                    "SEARCH_AUTHORS": search_authors,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                    "CONVERT_TEXT": yes_no(convert_text),
                    "GROUP_TAG": group_tag,
                },
            ),
        )


class AsyncImNotifyHistory(Namespace):
    """Methods under ``im.notify.history`` (async)."""

    __slots__ = ()

    async def search(
        self,
        *,
        search_text: str | NotGiven = NOT_GIVEN,
        search_type: str | NotGiven = NOT_GIVEN,
        search_types: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        search_date: str | NotGiven = NOT_GIVEN,
        search_date_from: str | NotGiven = NOT_GIVEN,
        search_date_to: str | NotGiven = NOT_GIVEN,
        search_authors: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        convert_text: bool | NotGiven = NOT_GIVEN,
        group_tag: str | NotGiven = NOT_GIVEN,
    ) -> ImNotifyHistorySearchResult:
        """Find past notifications by text, type, date or author.

        REST method: ``im.notify.history.search``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-history-search.html

        Args:
            search_text: Text to find; at least 3 characters unless SEARCH_TYPE or SEARCH_DATE is set. Wire name: ``SEARCH_TEXT``.
            search_type: Notification type as "MODULE" or "MODULE|EVENT" (see im.notify.schema.get). Wire name: ``SEARCH_TYPE``.
            search_types: Several types, each as "MODULE" or "MODULE|EVENT". Wire name: ``SEARCH_TYPES``.
            search_date: Day to search, ISO 8601 date. Wire name: ``SEARCH_DATE``.
            search_date_from: Start of the date range, ISO 8601; used with SEARCH_DATE_TO. Wire name: ``SEARCH_DATE_FROM``.
            search_date_to: End of the date range, ISO 8601; used with SEARCH_DATE_FROM. Wire name: ``SEARCH_DATE_TO``.
            search_authors: IDs of notification authors. Wire name: ``SEARCH_AUTHORS``.
            last_id: ID of the last notification of the previous page. Wire name: ``LAST_ID``.
            limit: Notifications per page (default and maximum 50). Wire name: ``LIMIT``.
            convert_text: \"Y" converts notification text for display. Wire name: ``CONVERT_TEXT``.
            group_tag: Group tag to narrow the search. Wire name: ``GROUP_TAG``.

        Returns:
            ImNotifyHistorySearchResult

        Example:
            result = client.im.notify.history.search()
            result = await client.im.notify.history.search()  # AsyncBitrix24
        """
        return cast(
            "ImNotifyHistorySearchResult",
            await self._backend._invoke(
                _IM_NOTIFY_HISTORY_SEARCH,
                {
                    "SEARCH_TEXT": search_text,
                    "SEARCH_TYPE": search_type,
                    "SEARCH_TYPES": search_types,
                    "SEARCH_DATE": search_date,
                    "SEARCH_DATE_FROM": search_date_from,
                    "SEARCH_DATE_TO": search_date_to,
                    "SEARCH_AUTHORS": search_authors,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                    "CONVERT_TEXT": yes_no(convert_text),
                    "GROUP_TAG": group_tag,
                },
            ),
        )


class BatchImNotifyHistory(Namespace):
    """Methods under ``im.notify.history`` (queued into a batch)."""

    __slots__ = ()

    def search(
        self,
        *,
        search_text: str | Ref | NotGiven = NOT_GIVEN,
        search_type: str | Ref | NotGiven = NOT_GIVEN,
        search_types: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        search_date: str | Ref | NotGiven = NOT_GIVEN,
        search_date_from: str | Ref | NotGiven = NOT_GIVEN,
        search_date_to: str | Ref | NotGiven = NOT_GIVEN,
        search_authors: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        convert_text: bool | Ref | NotGiven = NOT_GIVEN,
        group_tag: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImNotifyHistorySearchResult]:
        """Find past notifications by text, type, date or author.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.history.search``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-history-search.html

        Args:
            search_text: Text to find; at least 3 characters unless SEARCH_TYPE or SEARCH_DATE is set. Wire name: ``SEARCH_TEXT``.
            search_type: Notification type as "MODULE" or "MODULE|EVENT" (see im.notify.schema.get). Wire name: ``SEARCH_TYPE``.
            search_types: Several types, each as "MODULE" or "MODULE|EVENT". Wire name: ``SEARCH_TYPES``.
            search_date: Day to search, ISO 8601 date. Wire name: ``SEARCH_DATE``.
            search_date_from: Start of the date range, ISO 8601; used with SEARCH_DATE_TO. Wire name: ``SEARCH_DATE_FROM``.
            search_date_to: End of the date range, ISO 8601; used with SEARCH_DATE_FROM. Wire name: ``SEARCH_DATE_TO``.
            search_authors: IDs of notification authors. Wire name: ``SEARCH_AUTHORS``.
            last_id: ID of the last notification of the previous page. Wire name: ``LAST_ID``.
            limit: Notifications per page (default and maximum 50). Wire name: ``LIMIT``.
            convert_text: \"Y" converts notification text for display. Wire name: ``CONVERT_TEXT``.
            group_tag: Group tag to narrow the search. Wire name: ``GROUP_TAG``.

        Returns:
            BatchCommand[ImNotifyHistorySearchResult]

        Example:
            command = batch.im.notify.history.search()
        """
        return cast(
            "BatchCommand[ImNotifyHistorySearchResult]",
            self._backend._invoke(
                _IM_NOTIFY_HISTORY_SEARCH,
                {
                    "SEARCH_TEXT": search_text,
                    "SEARCH_TYPE": search_type,
                    "SEARCH_TYPES": search_types,
                    "SEARCH_DATE": search_date,
                    "SEARCH_DATE_FROM": search_date_from,
                    "SEARCH_DATE_TO": search_date_to,
                    "SEARCH_AUTHORS": search_authors,
                    "LAST_ID": last_id,
                    "LIMIT": limit,
                    "CONVERT_TEXT": yes_no(convert_text),
                    "GROUP_TAG": group_tag,
                },
            ),
        )


class ImNotifyPersonal(Namespace):
    """Methods under ``im.notify.personal``."""

    __slots__ = ()

    def add(
        self,
        *,
        user_id: int,
        message: str,
        message_out: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a notification to a user on behalf of the current user.

        Not available with session (browser) authorization.

        REST method: ``im.notify.personal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-personal-add.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            message: Notification text, with BB-codes; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.im.notify.personal.add(user_id=1, message="Please call back after 3 pm.")
            result = await client.im.notify.personal.add(user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IM_NOTIFY_PERSONAL_ADD,
                {
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class AsyncImNotifyPersonal(Namespace):
    """Methods under ``im.notify.personal`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        user_id: int,
        message: str,
        message_out: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a notification to a user on behalf of the current user.

        Not available with session (browser) authorization.

        REST method: ``im.notify.personal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-personal-add.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            message: Notification text, with BB-codes; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.im.notify.personal.add(user_id=1, message="Please call back after 3 pm.")
            result = await client.im.notify.personal.add(user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IM_NOTIFY_PERSONAL_ADD,
                {
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class BatchImNotifyPersonal(Namespace):
    """Methods under ``im.notify.personal`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        user_id: int | Ref,
        message: str | Ref,
        message_out: str | Ref | NotGiven = NOT_GIVEN,
        tag: str | Ref | NotGiven = NOT_GIVEN,
        sub_tag: str | Ref | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Send a notification to a user on behalf of the current user.

        Not available with session (browser) authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.personal.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-personal-add.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            message: Notification text, with BB-codes; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.im.notify.personal.add(user_id=1, message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IM_NOTIFY_PERSONAL_ADD,
                {
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class ImNotifyRead(Namespace):
    """Methods under ``im.notify.read``."""

    __slots__ = ()

    def __call__(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        action: bool | NotGiven = NOT_GIVEN,
        only_current: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark one notification, or all from it onwards, as read or unread.

        REST method: ``im.notify.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html

        Args:
            id: ID of the notification; without it nothing changes. Wire name: ``ID``.
            action: \"Y" marks read (default), "N" unread. Wire name: ``ACTION``.
            only_current: \"Y" changes only this notification; otherwise all with this ID or higher. Wire name: ``ONLY_CURRENT``.

        Returns:
            bool

        Example:
            result = client.im.notify.read()
            result = await client.im.notify.read()  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_NOTIFY_READ,
                {
                    "ID": id,
                    "ACTION": yes_no(action),
                    "ONLY_CURRENT": yes_no(only_current),
                },
            ),
        )

    def all(self) -> ImNotifyReadAllResult:
        """Mark every notification of the current user as read.

        REST method: ``im.notify.read.all``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-all.html

        Returns:
            ImNotifyReadAllResult

        Example:
            result = client.im.notify.read.all()
            result = await client.im.notify.read.all()  # AsyncBitrix24
        """
        return cast(
            "ImNotifyReadAllResult", self._backend._invoke(_IM_NOTIFY_READ_ALL, {})
        )

    def list(self, *, ids: Sequence[int], action: bool | NotGiven = NOT_GIVEN) -> bool:
        """Mark several notifications as read or unread at once.

        REST method: ``im.notify.read.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-list.html

        Args:
            ids: IDs of the notifications; processing stops at the first value of 0 or less. Wire name: ``IDS``.
            action: \"Y" marks them read (default), "N" unread. Wire name: ``ACTION``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            result = client.im.notify.read.list(ids=[1])
            result = await client.im.notify.read.list(ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_NOTIFY_READ_LIST, {"IDS": ids, "ACTION": yes_no(action)}
            ),
        )


class AsyncImNotifyRead(Namespace):
    """Methods under ``im.notify.read`` (async)."""

    __slots__ = ()

    async def __call__(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        action: bool | NotGiven = NOT_GIVEN,
        only_current: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Mark one notification, or all from it onwards, as read or unread.

        REST method: ``im.notify.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html

        Args:
            id: ID of the notification; without it nothing changes. Wire name: ``ID``.
            action: \"Y" marks read (default), "N" unread. Wire name: ``ACTION``.
            only_current: \"Y" changes only this notification; otherwise all with this ID or higher. Wire name: ``ONLY_CURRENT``.

        Returns:
            bool

        Example:
            result = client.im.notify.read()
            result = await client.im.notify.read()  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_NOTIFY_READ,
                {
                    "ID": id,
                    "ACTION": yes_no(action),
                    "ONLY_CURRENT": yes_no(only_current),
                },
            ),
        )

    async def all(self) -> ImNotifyReadAllResult:
        """Mark every notification of the current user as read.

        REST method: ``im.notify.read.all``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-all.html

        Returns:
            ImNotifyReadAllResult

        Example:
            result = client.im.notify.read.all()
            result = await client.im.notify.read.all()  # AsyncBitrix24
        """
        return cast(
            "ImNotifyReadAllResult",
            await self._backend._invoke(_IM_NOTIFY_READ_ALL, {}),
        )

    async def list(
        self, *, ids: Sequence[int], action: bool | NotGiven = NOT_GIVEN
    ) -> bool:
        """Mark several notifications as read or unread at once.

        REST method: ``im.notify.read.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-list.html

        Args:
            ids: IDs of the notifications; processing stops at the first value of 0 or less. Wire name: ``IDS``.
            action: \"Y" marks them read (default), "N" unread. Wire name: ``ACTION``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            result = client.im.notify.read.list(ids=[1])
            result = await client.im.notify.read.list(ids=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_NOTIFY_READ_LIST, {"IDS": ids, "ACTION": yes_no(action)}
            ),
        )


class BatchImNotifyRead(Namespace):
    """Methods under ``im.notify.read`` (queued into a batch)."""

    __slots__ = ()

    def __call__(
        self,
        *,
        id: int | Ref | NotGiven = NOT_GIVEN,
        action: bool | Ref | NotGiven = NOT_GIVEN,
        only_current: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Mark one notification, or all from it onwards, as read or unread.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html

        Args:
            id: ID of the notification; without it nothing changes. Wire name: ``ID``.
            action: \"Y" marks read (default), "N" unread. Wire name: ``ACTION``.
            only_current: \"Y" changes only this notification; otherwise all with this ID or higher. Wire name: ``ONLY_CURRENT``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.notify.read()
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_NOTIFY_READ,
                {
                    "ID": id,
                    "ACTION": yes_no(action),
                    "ONLY_CURRENT": yes_no(only_current),
                },
            ),
        )

    def all(self) -> BatchCommand[ImNotifyReadAllResult]:
        """Mark every notification of the current user as read.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.read.all``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-all.html

        Returns:
            BatchCommand[ImNotifyReadAllResult]

        Example:
            command = batch.im.notify.read.all()
        """
        return cast(
            "BatchCommand[ImNotifyReadAllResult]",
            self._backend._invoke(_IM_NOTIFY_READ_ALL, {}),
        )

    def list(
        self, *, ids: Sequence[int] | Ref, action: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Mark several notifications as read or unread at once.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.read.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-list.html

        Args:
            ids: IDs of the notifications; processing stops at the first value of 0 or less. Wire name: ``IDS``.
            action: \"Y" marks them read (default), "N" unread. Wire name: ``ACTION``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            command = batch.im.notify.read.list(ids=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_NOTIFY_READ_LIST, {"IDS": ids, "ACTION": yes_no(action)}
            ),
        )


class ImNotifySchema(Namespace):
    """Methods under ``im.notify.schema``."""

    __slots__ = ()

    def get(self) -> ImNotifySchemaGetResult:
        """List notification types by module, for filtering notification search.

        REST method: ``im.notify.schema.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html

        Returns:
            ImNotifySchemaGetResult

        Example:
            result = client.im.notify.schema.get()
            result = await client.im.notify.schema.get()  # AsyncBitrix24
        """
        return cast(
            "ImNotifySchemaGetResult", self._backend._invoke(_IM_NOTIFY_SCHEMA_GET, {})
        )


class AsyncImNotifySchema(Namespace):
    """Methods under ``im.notify.schema`` (async)."""

    __slots__ = ()

    async def get(self) -> ImNotifySchemaGetResult:
        """List notification types by module, for filtering notification search.

        REST method: ``im.notify.schema.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html

        Returns:
            ImNotifySchemaGetResult

        Example:
            result = client.im.notify.schema.get()
            result = await client.im.notify.schema.get()  # AsyncBitrix24
        """
        return cast(
            "ImNotifySchemaGetResult",
            await self._backend._invoke(_IM_NOTIFY_SCHEMA_GET, {}),
        )


class BatchImNotifySchema(Namespace):
    """Methods under ``im.notify.schema`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[ImNotifySchemaGetResult]:
        """List notification types by module, for filtering notification search.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.schema.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html

        Returns:
            BatchCommand[ImNotifySchemaGetResult]

        Example:
            command = batch.im.notify.schema.get()
        """
        return cast(
            "BatchCommand[ImNotifySchemaGetResult]",
            self._backend._invoke(_IM_NOTIFY_SCHEMA_GET, {}),
        )


class ImNotifySystem(Namespace):
    """Methods under ``im.notify.system``."""

    __slots__ = ()

    def add(
        self,
        *,
        user_id: int,
        message: str,
        message_out: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a system notification (no sender shown) to a user.

        Not available with session (browser) authorization.

        REST method: ``im.notify.system.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-system-add.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            message: Notification text, with BB-codes; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.im.notify.system.add(user_id=1, message="Please call back after 3 pm.")
            result = await client.im.notify.system.add(user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IM_NOTIFY_SYSTEM_ADD,
                {
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class AsyncImNotifySystem(Namespace):
    """Methods under ``im.notify.system`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        user_id: int,
        message: str,
        message_out: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        sub_tag: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Send a system notification (no sender shown) to a user.

        Not available with session (browser) authorization.

        REST method: ``im.notify.system.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-system-add.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            message: Notification text, with BB-codes; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.im.notify.system.add(user_id=1, message="Please call back after 3 pm.")
            result = await client.im.notify.system.add(user_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IM_NOTIFY_SYSTEM_ADD,
                {
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class BatchImNotifySystem(Namespace):
    """Methods under ``im.notify.system`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        user_id: int | Ref,
        message: str | Ref,
        message_out: str | Ref | NotGiven = NOT_GIVEN,
        tag: str | Ref | NotGiven = NOT_GIVEN,
        sub_tag: str | Ref | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Send a system notification (no sender shown) to a user.

        Not available with session (browser) authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.notify.system.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-system-add.html

        Args:
            user_id: ID of the user who receives the notification. Wire name: ``USER_ID``.
            message: Notification text, with BB-codes; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            message_out: Text for external channels such as e-mail. Wire name: ``MESSAGE_OUT``.
            tag: Tag unique within the app; a new notification with the same tag replaces older ones. Wire name: ``TAG``.
            sub_tag: Extra tag, not checked for uniqueness. Wire name: ``SUB_TAG``.
            attach: Attachment block, as an object or a JSON string. Wire name: ``ATTACH``.
            client_id: Application code; required only for webhooks, together with TAG and SUB_TAG. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.im.notify.system.add(user_id=1, message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IM_NOTIFY_SYSTEM_ADD,
                {
                    "USER_ID": user_id,
                    "MESSAGE": message,
                    "MESSAGE_OUT": message_out,
                    "TAG": tag,
                    "SUB_TAG": sub_tag,
                    "ATTACH": attach,
                    "CLIENT_ID": client_id,
                },
            ),
        )
