"""Methods under ``imopenlines.crm``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.imopenlines import ImopenlinesCrmChat as _ImopenlinesCrmChat

_IMOPENLINES_CRM_CHAT_GET = MethodInfo(
    name="imopenlines.crm.chat.get", idempotent=True, returns="any", api=1
)
_IMOPENLINES_CRM_CHAT_GET_LAST_ID = MethodInfo(
    name="imopenlines.crm.chat.getLastId", idempotent=True, returns="integer", api=1
)
_IMOPENLINES_CRM_CHAT_USER_ADD = MethodInfo(
    name="imopenlines.crm.chat.user.add", idempotent=False, returns="integer", api=1
)
_IMOPENLINES_CRM_CHAT_USER_DELETE = MethodInfo(
    name="imopenlines.crm.chat.user.delete", idempotent=False, returns="integer", api=1
)
_IMOPENLINES_CRM_LEAD_CREATE = MethodInfo(
    name="imopenlines.crm.lead.create", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_CRM_MESSAGE_ADD = MethodInfo(
    name="imopenlines.crm.message.add", idempotent=False, returns="integer", api=1
)


class ImopenlinesCrm(Namespace):
    """Methods under ``imopenlines.crm``."""

    __slots__ = ()

    @property
    def chat(self) -> ImopenlinesCrmChat:
        """Methods under ``imopenlines.crm.chat``."""
        return ImopenlinesCrmChat(self._backend)

    @property
    def lead(self) -> ImopenlinesCrmLead:
        """Methods under ``imopenlines.crm.lead``."""
        return ImopenlinesCrmLead(self._backend)

    @property
    def message(self) -> ImopenlinesCrmMessage:
        """Methods under ``imopenlines.crm.message``."""
        return ImopenlinesCrmMessage(self._backend)


class AsyncImopenlinesCrm(Namespace):
    """Methods under ``imopenlines.crm`` (async)."""

    __slots__ = ()

    @property
    def chat(self) -> AsyncImopenlinesCrmChat:
        """Methods under ``imopenlines.crm.chat``."""
        return AsyncImopenlinesCrmChat(self._backend)

    @property
    def lead(self) -> AsyncImopenlinesCrmLead:
        """Methods under ``imopenlines.crm.lead``."""
        return AsyncImopenlinesCrmLead(self._backend)

    @property
    def message(self) -> AsyncImopenlinesCrmMessage:
        """Methods under ``imopenlines.crm.message``."""
        return AsyncImopenlinesCrmMessage(self._backend)


class BatchImopenlinesCrm(Namespace):
    """Methods under ``imopenlines.crm`` (queued into a batch)."""

    __slots__ = ()

    @property
    def chat(self) -> BatchImopenlinesCrmChat:
        """Methods under ``imopenlines.crm.chat``."""
        return BatchImopenlinesCrmChat(self._backend)

    @property
    def lead(self) -> BatchImopenlinesCrmLead:
        """Methods under ``imopenlines.crm.lead``."""
        return BatchImopenlinesCrmLead(self._backend)

    @property
    def message(self) -> BatchImopenlinesCrmMessage:
        """Methods under ``imopenlines.crm.message``."""
        return BatchImopenlinesCrmMessage(self._backend)


class ImopenlinesCrmChat(Namespace):
    """Methods under ``imopenlines.crm.chat``."""

    __slots__ = ()

    @property
    def user(self) -> ImopenlinesCrmChatUser:
        """Methods under ``imopenlines.crm.chat.user``."""
        return ImopenlinesCrmChatUser(self._backend)

    def get(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
        active_only: bool | NotGiven = NOT_GIVEN,
    ) -> list[_ImopenlinesCrmChat]:
        """List open channel chats linked to a CRM lead, deal, contact or company.

        REST method: ``imopenlines.crm.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            active_only: \"Y" returns only active chats (default). Wire name: ``ACTIVE_ONLY``.

        Returns:
            list[ImopenlinesCrmChat]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.chat.get(crm_entity_type="lead", crm_entity=1)
            result = await client.imopenlines.crm.chat.get(crm_entity_type="lead", crm_entity=1)  # AsyncBitrix24
        """
        return cast(
            "list[_ImopenlinesCrmChat]",
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_GET,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "ACTIVE_ONLY": yes_no(active_only),
                },
            ),
        )

    def get_last_id(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
    ) -> int:
        """Return the ID of the latest chat linked to a CRM record.

        REST method: ``imopenlines.crm.chat.getLastId``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get-last-id.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.imopenlines.crm.chat.get_last_id(crm_entity_type="lead", crm_entity=1)
            result = await client.imopenlines.crm.chat.get_last_id(crm_entity_type="lead", crm_entity=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_GET_LAST_ID,
                {"CRM_ENTITY_TYPE": crm_entity_type, "CRM_ENTITY": crm_entity},
            ),
        )


class AsyncImopenlinesCrmChat(Namespace):
    """Methods under ``imopenlines.crm.chat`` (async)."""

    __slots__ = ()

    @property
    def user(self) -> AsyncImopenlinesCrmChatUser:
        """Methods under ``imopenlines.crm.chat.user``."""
        return AsyncImopenlinesCrmChatUser(self._backend)

    async def get(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
        active_only: bool | NotGiven = NOT_GIVEN,
    ) -> list[_ImopenlinesCrmChat]:
        """List open channel chats linked to a CRM lead, deal, contact or company.

        REST method: ``imopenlines.crm.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            active_only: \"Y" returns only active chats (default). Wire name: ``ACTIVE_ONLY``.

        Returns:
            list[ImopenlinesCrmChat]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.chat.get(crm_entity_type="lead", crm_entity=1)
            result = await client.imopenlines.crm.chat.get(crm_entity_type="lead", crm_entity=1)  # AsyncBitrix24
        """
        return cast(
            "list[_ImopenlinesCrmChat]",
            await self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_GET,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "ACTIVE_ONLY": yes_no(active_only),
                },
            ),
        )

    async def get_last_id(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
    ) -> int:
        """Return the ID of the latest chat linked to a CRM record.

        REST method: ``imopenlines.crm.chat.getLastId``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get-last-id.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.imopenlines.crm.chat.get_last_id(crm_entity_type="lead", crm_entity=1)
            result = await client.imopenlines.crm.chat.get_last_id(crm_entity_type="lead", crm_entity=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_GET_LAST_ID,
                {"CRM_ENTITY_TYPE": crm_entity_type, "CRM_ENTITY": crm_entity},
            ),
        )


class BatchImopenlinesCrmChat(Namespace):
    """Methods under ``imopenlines.crm.chat`` (queued into a batch)."""

    __slots__ = ()

    @property
    def user(self) -> BatchImopenlinesCrmChatUser:
        """Methods under ``imopenlines.crm.chat.user``."""
        return BatchImopenlinesCrmChatUser(self._backend)

    def get(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"] | Ref,
        crm_entity: int | Ref,
        active_only: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_ImopenlinesCrmChat]]:
        """List open channel chats linked to a CRM lead, deal, contact or company.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.crm.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            active_only: \"Y" returns only active chats (default). Wire name: ``ACTIVE_ONLY``.

        Returns:
            BatchCommand[list[ImopenlinesCrmChat]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.crm.chat.get(crm_entity_type="lead", crm_entity=1)
        """
        return cast(
            "BatchCommand[list[_ImopenlinesCrmChat]]",
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_GET,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "ACTIVE_ONLY": yes_no(active_only),
                },
            ),
        )

    def get_last_id(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"] | Ref,
        crm_entity: int | Ref,
    ) -> BatchCommand[int]:
        """Return the ID of the latest chat linked to a CRM record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.crm.chat.getLastId``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-get-last-id.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.imopenlines.crm.chat.get_last_id(crm_entity_type="lead", crm_entity=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_GET_LAST_ID,
                {"CRM_ENTITY_TYPE": crm_entity_type, "CRM_ENTITY": crm_entity},
            ),
        )


class ImopenlinesCrmChatUser(Namespace):
    """Methods under ``imopenlines.crm.chat.user``."""

    __slots__ = ()

    def add(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
        user_id: int,
        chat_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a user or bot to the chat linked to a CRM record.

        Without CHAT_ID, the latest chat of the CRM record is used.

        REST method: ``imopenlines.crm.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-user-add.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the user or bot to add. Wire name: ``USER_ID``.
            chat_id: ID of the chat; the latest chat of the record when omitted. Wire name: ``CHAT_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.chat.user.add(crm_entity_type="lead", crm_entity=1, user_id=1)
            result = await client.imopenlines.crm.chat.user.add(crm_entity_type="lead", crm_entity=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_USER_ADD,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                },
            ),
        )

    def delete(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
        user_id: int,
        chat_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Remove a user or bot from the chat linked to a CRM record.

        Without CHAT_ID, the latest chat of the CRM record is used.

        REST method: ``imopenlines.crm.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-user-delete.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the user or bot to remove. Wire name: ``USER_ID``.
            chat_id: ID of the chat; the latest chat of the record when omitted. Wire name: ``CHAT_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.chat.user.delete(crm_entity_type="lead", crm_entity=1, user_id=1)
            result = await client.imopenlines.crm.chat.user.delete(crm_entity_type="lead", crm_entity=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_USER_DELETE,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                },
            ),
        )


class AsyncImopenlinesCrmChatUser(Namespace):
    """Methods under ``imopenlines.crm.chat.user`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
        user_id: int,
        chat_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a user or bot to the chat linked to a CRM record.

        Without CHAT_ID, the latest chat of the CRM record is used.

        REST method: ``imopenlines.crm.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-user-add.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the user or bot to add. Wire name: ``USER_ID``.
            chat_id: ID of the chat; the latest chat of the record when omitted. Wire name: ``CHAT_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.chat.user.add(crm_entity_type="lead", crm_entity=1, user_id=1)
            result = await client.imopenlines.crm.chat.user.add(crm_entity_type="lead", crm_entity=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_USER_ADD,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                },
            ),
        )

    async def delete(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"],
        crm_entity: int,
        user_id: int,
        chat_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Remove a user or bot from the chat linked to a CRM record.

        Without CHAT_ID, the latest chat of the CRM record is used.

        REST method: ``imopenlines.crm.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-user-delete.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the user or bot to remove. Wire name: ``USER_ID``.
            chat_id: ID of the chat; the latest chat of the record when omitted. Wire name: ``CHAT_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.chat.user.delete(crm_entity_type="lead", crm_entity=1, user_id=1)
            result = await client.imopenlines.crm.chat.user.delete(crm_entity_type="lead", crm_entity=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_USER_DELETE,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                },
            ),
        )


class BatchImopenlinesCrmChatUser(Namespace):
    """Methods under ``imopenlines.crm.chat.user`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"] | Ref,
        crm_entity: int | Ref,
        user_id: int | Ref,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a user or bot to the chat linked to a CRM record.

        Without CHAT_ID, the latest chat of the CRM record is used.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.crm.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-user-add.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the user or bot to add. Wire name: ``USER_ID``.
            chat_id: ID of the chat; the latest chat of the record when omitted. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.crm.chat.user.add(crm_entity_type="lead", crm_entity=1, user_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_USER_ADD,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                },
            ),
        )

    def delete(
        self,
        *,
        crm_entity_type: Literal["lead", "deal", "company", "contact"] | Ref,
        crm_entity: int | Ref,
        user_id: int | Ref,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Remove a user or bot from the chat linked to a CRM record.

        Without CHAT_ID, the latest chat of the CRM record is used.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.crm.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chats/imopenlines-crm-chat-user-delete.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the user or bot to remove. Wire name: ``USER_ID``.
            chat_id: ID of the chat; the latest chat of the record when omitted. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.crm.chat.user.delete(crm_entity_type="lead", crm_entity=1, user_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMOPENLINES_CRM_CHAT_USER_DELETE,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                },
            ),
        )


class ImopenlinesCrmLead(Namespace):
    """Methods under ``imopenlines.crm.lead``."""

    __slots__ = ()

    def create(self, *, chat_id: int) -> bool:
        """Create a CRM lead from the current open channel conversation.

        REST method: ``imopenlines.crm.lead.create``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-crm-lead-create.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.lead.create(chat_id=1)
            result = await client.imopenlines.crm.lead.create(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_IMOPENLINES_CRM_LEAD_CREATE, {"CHAT_ID": chat_id}),
        )


class AsyncImopenlinesCrmLead(Namespace):
    """Methods under ``imopenlines.crm.lead`` (async)."""

    __slots__ = ()

    async def create(self, *, chat_id: int) -> bool:
        """Create a CRM lead from the current open channel conversation.

        REST method: ``imopenlines.crm.lead.create``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-crm-lead-create.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.lead.create(chat_id=1)
            result = await client.imopenlines.crm.lead.create(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_CRM_LEAD_CREATE, {"CHAT_ID": chat_id}
            ),
        )


class BatchImopenlinesCrmLead(Namespace):
    """Methods under ``imopenlines.crm.lead`` (queued into a batch)."""

    __slots__ = ()

    def create(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Create a CRM lead from the current open channel conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.crm.lead.create``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-crm-lead-create.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.crm.lead.create(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IMOPENLINES_CRM_LEAD_CREATE, {"CHAT_ID": chat_id}),
        )


class ImopenlinesCrmMessage(Namespace):
    """Methods under ``imopenlines.crm.message``."""

    __slots__ = ()

    def add(
        self,
        *,
        crm_entity_type: str,
        crm_entity: int,
        user_id: int,
        chat_id: int,
        message: str,
    ) -> int:
        """Post a message into the open channel chat linked to a CRM record.

        REST method: ``imopenlines.crm.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/messages/imopenlines-crm-message-add.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the sender, a user or bot who is a chat member. Wire name: ``USER_ID``.
            chat_id: ID of the open channel chat linked to the record. Wire name: ``CHAT_ID``.
            message: Message text. Wire name: ``MESSAGE``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.message.add(crm_entity_type="CRM_DEAL", crm_entity=1, user_id=1, chat_id=1, message="Please call back after 3 pm.")
            result = await client.imopenlines.crm.message.add(crm_entity_type="CRM_DEAL", crm_entity=1, user_id=1, chat_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMOPENLINES_CRM_MESSAGE_ADD,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                    "MESSAGE": message,
                },
            ),
        )


class AsyncImopenlinesCrmMessage(Namespace):
    """Methods under ``imopenlines.crm.message`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        crm_entity_type: str,
        crm_entity: int,
        user_id: int,
        chat_id: int,
        message: str,
    ) -> int:
        """Post a message into the open channel chat linked to a CRM record.

        REST method: ``imopenlines.crm.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/messages/imopenlines-crm-message-add.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the sender, a user or bot who is a chat member. Wire name: ``USER_ID``.
            chat_id: ID of the open channel chat linked to the record. Wire name: ``CHAT_ID``.
            message: Message text. Wire name: ``MESSAGE``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.crm.message.add(crm_entity_type="CRM_DEAL", crm_entity=1, user_id=1, chat_id=1, message="Please call back after 3 pm.")
            result = await client.imopenlines.crm.message.add(crm_entity_type="CRM_DEAL", crm_entity=1, user_id=1, chat_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMOPENLINES_CRM_MESSAGE_ADD,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                    "MESSAGE": message,
                },
            ),
        )


class BatchImopenlinesCrmMessage(Namespace):
    """Methods under ``imopenlines.crm.message`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        crm_entity_type: str | Ref,
        crm_entity: int | Ref,
        user_id: int | Ref,
        chat_id: int | Ref,
        message: str | Ref,
    ) -> BatchCommand[int]:
        """Post a message into the open channel chat linked to a CRM record.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.crm.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/messages/imopenlines-crm-message-add.html

        Args:
            crm_entity_type: CRM record type: "lead", "deal", "company" or "contact". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity: ID of the CRM record. Wire name: ``CRM_ENTITY``.
            user_id: ID of the sender, a user or bot who is a chat member. Wire name: ``USER_ID``.
            chat_id: ID of the open channel chat linked to the record. Wire name: ``CHAT_ID``.
            message: Message text. Wire name: ``MESSAGE``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.crm.message.add(crm_entity_type="CRM_DEAL", crm_entity=1, user_id=1, chat_id=1, message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMOPENLINES_CRM_MESSAGE_ADD,
                {
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY": crm_entity,
                    "USER_ID": user_id,
                    "CHAT_ID": chat_id,
                    "MESSAGE": message,
                },
            ),
        )
